//! OAuth: the authorize redirect, code exchange, rotating refresh tokens with the 30-second
//! grace window (moved through with the control API, never by sleeping), access-token expiry,
//! agency → location tokens, and scope (401) and location (403) checks.

mod common;

use std::time::Duration;

use common::{advance, assert_schema, client, config, control, ghl, json_of, start};
use ghl_notion_sandbox::Sandbox;
use reqwest::Method;
use serde_json::{Value, json};

async fn authorize(sb: &Sandbox, scope: &str) -> String {
    let resp = client()
        .get(format!("{}/v2/oauth/chooselocation", sb.ghl_base_url()))
        .query(&[
            ("response_type", "code"),
            ("client_id", sb.oauth_client_id()),
            ("redirect_uri", "http://localhost:9/callback"),
            ("scope", scope),
            ("state", "xyz"),
        ])
        .send()
        .await
        .expect("authorize");
    assert_eq!(resp.status().as_u16(), 302);
    let location = resp.headers()["location"]
        .to_str()
        .expect("ascii")
        .to_owned();
    let url = url::Url::parse(&location).expect("redirect is a URL");
    assert!(location.starts_with("http://localhost:9/callback?"));
    let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    assert!(pairs.contains(&("state".into(), "xyz".into())));
    pairs
        .into_iter()
        .find(|(k, _)| k == "code")
        .map(|(_, v)| v)
        .expect("code")
}

async fn token(sb: &Sandbox, form: &[(&str, &str)]) -> (u16, Value) {
    let mut full = vec![
        ("client_id", sb.oauth_client_id()),
        ("client_secret", sb.oauth_client_secret()),
    ];
    full.extend_from_slice(form);
    json_of(
        client()
            .post(format!("{}/oauth/token", sb.ghl_base_url()))
            .form(&full),
    )
    .await
}

async fn get_with(sb: &Sandbox, token: &str, path: &str) -> u16 {
    client()
        .get(format!("{}{path}", sb.ghl_base_url()))
        .bearer_auth(token)
        .header("Version", "2021-07-28")
        .send()
        .await
        .expect("request")
        .status()
        .as_u16()
}

#[tokio::test]
async fn refresh_tokens_rotate_with_a_thirty_second_grace_window() {
    let sb = start(config().with_access_token_ttl(Duration::from_secs(3600))).await;
    let code = authorize(&sb, "contacts.readonly contacts.write").await;
    let (s, first) = token(
        &sb,
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("user_type", "Location"),
        ],
    )
    .await;
    assert_eq!(s, 200, "{first}");
    assert_schema("oauth", "GetAccessCodeSuccessfulResponseDto", &first);
    assert_eq!(first["token_type"], "Bearer");
    assert_eq!(first["expires_in"], 3600);
    assert_eq!(first["locationId"], sb.location_id());
    assert_eq!(first["scope"], "contacts.readonly contacts.write");
    let (s, _) = token(
        &sb,
        &[("grant_type", "authorization_code"), ("code", &code)],
    )
    .await;
    assert_eq!(s, 400, "a code is single-use");

    let access = first["access_token"].as_str().expect("access").to_owned();
    let refresh = first["refresh_token"].as_str().expect("refresh").to_owned();
    let contact_path = format!("/contacts/?locationId={}&limit=1", sb.location_id());
    assert_eq!(get_with(&sb, &access, &contact_path).await, 200);

    let (s, second) = token(
        &sb,
        &[("grant_type", "refresh_token"), ("refresh_token", &refresh)],
    )
    .await;
    assert_eq!(s, 200);
    assert_ne!(
        second["refresh_token"], first["refresh_token"],
        "refresh rotates"
    );
    assert_ne!(second["access_token"], first["access_token"]);

    advance(&sb, 29.0).await;
    let (s, again) = token(
        &sb,
        &[("grant_type", "refresh_token"), ("refresh_token", &refresh)],
    )
    .await;
    assert_eq!(s, 200, "inside the grace window the old token still works");
    assert_eq!(
        again["access_token"], second["access_token"],
        "and returns the same pair"
    );
    assert_eq!(again["refresh_token"], second["refresh_token"]);

    advance(&sb, 2.0).await;
    let (s, err) = token(
        &sb,
        &[("grant_type", "refresh_token"), ("refresh_token", &refresh)],
    )
    .await;
    assert_eq!(s, 400);
    assert_eq!(err["error"], "invalid_grant");

    let newest = second["refresh_token"]
        .as_str()
        .expect("refresh")
        .to_owned();
    let (s, third) = token(
        &sb,
        &[("grant_type", "refresh_token"), ("refresh_token", &newest)],
    )
    .await;
    assert_eq!(s, 200);

    // Access tokens expire in sandbox time.
    let access3 = third["access_token"].as_str().expect("access").to_owned();
    assert_eq!(get_with(&sb, &access3, &contact_path).await, 200);
    advance(&sb, 3601.0).await;
    assert_eq!(get_with(&sb, &access3, &contact_path).await, 401);

    let (s, _) = json_of(
        client()
            .post(format!("{}/oauth/token", sb.ghl_base_url()))
            .form(&[
                ("client_id", sb.oauth_client_id()),
                ("client_secret", "wrong"),
                ("grant_type", "refresh_token"),
                ("refresh_token", &newest),
            ]),
    )
    .await;
    assert_eq!(s, 401);
}

#[tokio::test]
async fn agency_tokens_mint_location_tokens() {
    let sb = start(config()).await;
    let code = authorize(&sb, "").await;
    let (s, agency) = token(
        &sb,
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("user_type", "Company"),
        ],
    )
    .await;
    assert_eq!(s, 200, "{agency}");
    assert_eq!(agency["userType"], "Company");
    assert!(agency.get("locationId").is_none());
    let agency_token = agency["access_token"].as_str().expect("token").to_owned();

    let (s, e) = json_of(
        client()
            .get(format!(
                "{}/contacts/?locationId={}",
                sb.ghl_base_url(),
                sb.location_id()
            ))
            .bearer_auth(&agency_token)
            .header("Version", "2021-07-28"),
    )
    .await;
    assert_eq!(s, 401, "an agency token cannot read contacts: {e}");

    let (s, loc_token) = json_of(
        client()
            .post(format!("{}/oauth/locationToken", sb.ghl_base_url()))
            .bearer_auth(&agency_token)
            .header("Version", "2021-07-28")
            .form(&[
                ("companyId", sb.company_id()),
                ("locationId", sb.location_id()),
            ]),
    )
    .await;
    assert_eq!(s, 200, "{loc_token}");
    assert_schema(
        "oauth",
        "GetLocationAccessTokenSuccessfulResponseDto",
        &loc_token,
    );
    assert!(
        loc_token.get("refresh_token").is_none(),
        "no refresh token for location tokens"
    );
    let t = loc_token["access_token"].as_str().expect("token");
    assert_eq!(
        get_with(
            &sb,
            t,
            &format!("/contacts/?locationId={}", sb.location_id())
        )
        .await,
        200
    );

    let (s, installed) = json_of(
        client()
            .get(format!("{}/oauth/installedLocations", sb.ghl_base_url()))
            .query(&[("companyId", sb.company_id()), ("appId", sb.oauth_app_id())])
            .bearer_auth(&agency_token)
            .header("Version", "2021-07-28"),
    )
    .await;
    assert_eq!(s, 200, "{installed}");
    assert_eq!(installed["count"], 1);
    assert_schema(
        "oauth",
        "GetInstalledLocationsSuccessfulResponseDto",
        &installed,
    );

    // The PIT (a location token) may not mint location tokens.
    let (s, _) = json_of(ghl(&sb, Method::POST, "/oauth/locationToken").form(&[
        ("companyId", sb.company_id()),
        ("locationId", sb.location_id()),
    ]))
    .await;
    assert_eq!(s, 401);
}

#[tokio::test]
async fn missing_scope_is_401_and_wrong_location_is_403() {
    let sb = start(config()).await;
    let (_, narrow) = json_of(
        control(&sb, Method::POST, "/oauth/tokens").json(&json!({"scopes": ["contacts.readonly"]})),
    )
    .await;
    let narrow = narrow["access_token"].as_str().expect("token").to_owned();
    let loc = sb.location_id().to_owned();
    let (s, e) = json_of(
        client()
            .get(format!(
                "{}/opportunities/search?location_id={loc}",
                sb.ghl_base_url()
            ))
            .bearer_auth(&narrow)
            .header("Version", "2021-07-28"),
    )
    .await;
    assert_eq!(s, 401);
    assert_eq!(e["message"], "The token is not authorized for this scope.");

    let (s, e) = json_of(
        ghl(&sb, Method::POST, "/contacts/search")
            .json(&json!({"locationId": "someOtherLocation0001", "pageLimit": 10})),
    )
    .await;
    assert_eq!(s, 403);
    assert_eq!(
        e["message"],
        "The token does not have access to this location."
    );

    let (_, other) = json_of(
        control(&sb, Method::POST, "/oauth/tokens")
            .json(&json!({"locationId": "someOtherLocation0001"})),
    )
    .await;
    let other = other["access_token"].as_str().expect("token").to_owned();
    let (_, page) = json_of(
        ghl(&sb, Method::POST, "/contacts/search")
            .json(&json!({"locationId": loc, "pageLimit": 1})),
    )
    .await;
    let id = page["contacts"][0]["id"].as_str().expect("id").to_owned();
    assert_eq!(get_with(&sb, &other, &format!("/contacts/{id}")).await, 403);
}
