//! The `Version` header: every emulated route family answers each version GHL supports
//! (`2021-04-15`, `2021-07-28`, `2023-02-21`) with the same shape, refuses a missing or unknown
//! one with GHL's 400 `{statusCode, message}`, and answers `v3` as not emulated. The family
//! table agrees with the official specs' `Version` enums.

mod common;

use common::{assert_common, client, config, control, json_of, load, start};
use ghl_notion_sandbox::Sandbox;
use ghl_notion_sandbox::ghl::versions::{FAMILIES, SUPPORTED, family};
use reqwest::{Method, RequestBuilder};
use serde_json::{Value, json};

#[test]
fn the_family_table_matches_the_specs() {
    for f in FAMILIES {
        assert!(SUPPORTED.contains(&f.declared), "{f:?}");
        let spec = load(&format!("apps/{}", f.spec));
        let mut operations = 0;
        for (path, ops) in spec["paths"].as_object().expect("paths") {
            if family(path) != Some(&f) {
                continue;
            }
            for (method, op) in ops.as_object().expect("operations") {
                let Some(params) = op["parameters"].as_array() else {
                    continue;
                };
                for p in params.iter().filter(|p| p["name"] == "Version") {
                    operations += 1;
                    assert_eq!(
                        p["schema"]["enum"],
                        json!([f.declared]),
                        "{method} {path} in {}",
                        f.spec
                    );
                }
            }
        }
        assert!(
            operations > 0,
            "{} declares no Version under {}",
            f.spec,
            f.prefix
        );
    }
}

/// One request per family, built for a given `Version` (or none), and the token to send.
struct Probe {
    family: &'static str,
    method: Method,
    path: String,
    token: String,
    form: Option<Vec<(&'static str, String)>>,
}

impl Probe {
    fn request(&self, sb: &Sandbox, version: Option<&str>) -> RequestBuilder {
        let mut rb = client()
            .request(
                self.method.clone(),
                format!("{}{}", sb.ghl_base_url(), self.path),
            )
            .bearer_auth(&self.token);
        if let Some(v) = version {
            rb = rb.header("Version", v);
        }
        match &self.form {
            Some(form) => rb.form(form),
            None => rb,
        }
    }
}

async fn probes(sb: &Sandbox) -> Vec<Probe> {
    let (_, state) = json_of(control(sb, Method::GET, "/state")).await;
    let user = state["ghl"]["users"][0]["id"]
        .as_str()
        .expect("user")
        .to_owned();
    let (s, agency) = json_of(control(sb, Method::POST, "/oauth/tokens").json(&json!({
        "userType": "Company", "scopes": ["oauth.readonly", "oauth.write"]
    })))
    .await;
    assert_eq!(s, 200, "{agency}");
    let agency = agency["access_token"].as_str().expect("token").to_owned();
    let loc = sb.location_id();
    let pit = sb.ghl_api_key().to_owned();
    let start = common::fixed_start().timestamp_millis();
    let get = |family, path: String, token: &str| Probe {
        family,
        method: Method::GET,
        path,
        token: token.to_owned(),
        form: None,
    };
    vec![
        get(
            "calendars",
            format!(
                "/calendars/events?locationId={loc}&userId={user}&startTime={start}&endTime={start}"
            ),
            &pit,
        ),
        get("contacts", format!("/contacts/?locationId={loc}"), &pit),
        get(
            "opportunities",
            format!("/opportunities/pipelines?locationId={loc}"),
            &pit,
        ),
        get("locations", format!("/locations/{loc}"), &pit),
        get("users", format!("/users/{user}"), &pit),
        get(
            "oauth",
            format!(
                "/oauth/installedLocations?companyId={}&appId={}",
                sb.company_id(),
                sb.oauth_app_id()
            ),
            &agency,
        ),
        Probe {
            family: "oauth",
            method: Method::POST,
            path: "/oauth/locationToken".into(),
            token: agency.clone(),
            form: Some(vec![
                ("companyId", sb.company_id().to_owned()),
                ("locationId", loc.to_owned()),
            ]),
        },
    ]
}

#[tokio::test]
async fn every_family_answers_every_supported_version_alike() {
    let sb = start(config()).await;
    let probes = probes(&sb).await;
    let families: std::collections::BTreeSet<_> = probes.iter().map(|p| p.family).collect();
    assert_eq!(
        families.len(),
        FAMILIES.len(),
        "one probe per family at least"
    );
    for probe in &probes {
        let mut bodies = Vec::new();
        for version in SUPPORTED {
            let (status, body) = json_of(probe.request(&sb, Some(version))).await;
            assert_eq!(status, 200, "{} {version}: {body}", probe.path);
            bodies.push(body);
        }
        // Same shape: the same top-level keys under every version.
        let keys = |b: &Value| {
            b.as_object()
                .map(|o| o.keys().cloned().collect::<Vec<_>>())
                .unwrap_or_default()
        };
        for b in &bodies[1..] {
            assert_eq!(keys(b), keys(&bodies[0]), "{}", probe.path);
        }
    }
}

#[tokio::test]
async fn a_missing_or_unknown_version_is_refused_everywhere() {
    let sb = start(config()).await;
    for probe in probes(&sb).await {
        for (version, says) in [
            (None, "Version header is required"),
            (Some("2022-01-01"), "is not supported here"),
            (Some("2021-7-28"), "is not supported here"),
        ] {
            let (status, body) = json_of(probe.request(&sb, version)).await;
            assert_eq!(status, 400, "{} {version:?}: {body}", probe.path);
            assert_common("BadRequestDTO", &body);
            assert_eq!(body["statusCode"], 400);
            let message = body["message"].as_str().expect("message is a string");
            assert!(message.contains(says), "{message}");
        }

        let resp = probe.request(&sb, Some("v3")).send().await.expect("sent");
        assert_eq!(resp.status().as_u16(), 501, "{}", probe.path);
        assert_eq!(resp.headers()["x-sandbox-not-emulated"], "1");
        let body: Value = resp.json().await.expect("json");
        assert_eq!(body["error"], "NotEmulated");
    }
}
