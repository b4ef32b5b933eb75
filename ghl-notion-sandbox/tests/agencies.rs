//! One agency with several locations (`SandboxConfig::with_locations`, `--locations N`): an
//! agency token mints a token per location; each location has its own records, API key,
//! rate-limit counters and webhook stream; a token of one location neither reads nor finds
//! another's records; the typed client, one per location, lists only its own contacts.
//! Time stands still (scale 1e-6) and every wait is on a channel, never on the wall clock.

mod common;

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use common::{assert_schema, client, config, control, json_of, start};
use ghl_client::GhlClient;
use ghl_client::ids::ContactId;
use ghl_client::models::contact::ContactSearch;
use ghl_notion_sandbox::{Sandbox, SandboxConfig};
use reqwest::{Method, RequestBuilder};
use serde_json::{Value, json};
use tokio::sync::{mpsc, watch};

const LOCATION_DENIED: &str = "The token does not have access to this location.";

fn agency() -> SandboxConfig {
    config()
        .with_locations(3)
        .with_contacts(20)
        .with_opportunities(8)
}

/// A GHL request with `token`.
fn ghl_as(sb: &Sandbox, token: &str, method: Method, path: &str) -> RequestBuilder {
    client()
        .request(method, format!("{}{path}", sb.ghl_base_url()))
        .bearer_auth(token)
        .header("Version", "2021-07-28")
}

fn location_ids(sb: &Sandbox) -> Vec<String> {
    sb.locations().iter().map(|l| l.id.clone()).collect()
}

/// An agency (Company) token through the authorize page and the token endpoint.
async fn agency_token(sb: &Sandbox) -> Value {
    let resp = client()
        .get(format!("{}/v2/oauth/chooselocation", sb.ghl_base_url()))
        .query(&[
            ("response_type", "code"),
            ("client_id", sb.oauth_client_id()),
            ("redirect_uri", "http://localhost:9/callback"),
        ])
        .send()
        .await
        .expect("authorize");
    assert_eq!(resp.status().as_u16(), 302);
    let redirect = resp.headers()["location"]
        .to_str()
        .expect("ascii")
        .to_owned();
    let code = url::Url::parse(&redirect)
        .expect("redirect is a URL")
        .query_pairs()
        .find(|(k, _)| k == "code")
        .map(|(_, v)| v.into_owned())
        .expect("code");
    let (status, body) = json_of(
        client()
            .post(format!("{}/oauth/token", sb.ghl_base_url()))
            .form(&[
                ("client_id", sb.oauth_client_id()),
                ("client_secret", sb.oauth_client_secret()),
                ("grant_type", "authorization_code"),
                ("code", &code),
                ("user_type", "Company"),
            ]),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    body
}

/// `POST /oauth/locationToken` with the agency token.
async fn location_token(sb: &Sandbox, agency: &str, location: &str) -> (u16, Value) {
    json_of(
        ghl_as(sb, agency, Method::POST, "/oauth/locationToken")
            .form(&[("companyId", sb.company_id()), ("locationId", location)]),
    )
    .await
}

/// The contacts of `location` through `POST /contacts/search` with `token`.
async fn search(sb: &Sandbox, token: &str, location: &str) -> (u16, Value) {
    json_of(
        ghl_as(sb, token, Method::POST, "/contacts/search")
            .json(&json!({"locationId": location, "pageLimit": 500})),
    )
    .await
}

#[tokio::test]
async fn the_start_up_facts_list_every_location_and_keep_the_first_one_s_fields() {
    let sb = start(agency()).await;
    let info = sb.info();
    let listed = info["locations"].as_array().expect("locations").clone();
    assert_eq!(listed.len(), 3);
    assert_eq!(info["location_id"], listed[0]["id"]);
    assert_eq!(info["ghl_api_key"], listed[0]["api_key"]);
    assert_eq!(info["location_id"], sb.location_id());
    let ids: BTreeSet<&str> = listed.iter().filter_map(|l| l["id"].as_str()).collect();
    let keys: BTreeSet<&str> = listed
        .iter()
        .filter_map(|l| l["api_key"].as_str())
        .collect();
    let names: BTreeSet<&str> = listed.iter().filter_map(|l| l["name"].as_str()).collect();
    assert_eq!((ids.len(), keys.len(), names.len()), (3, 3, 3), "{info:#}");

    // The first location is the one a one-location sandbox has, record for record.
    let one = start(config().with_contacts(20).with_opportunities(8)).await;
    assert_eq!(one.info()["locations"].as_array().map(Vec::len), Some(1));
    assert_eq!(one.location_id(), sb.location_id());
    assert_eq!(one.ghl_api_key(), sb.ghl_api_key());
    let first = |dump: &Value, key: &str| -> Vec<Value> {
        dump["ghl"][key]
            .as_array()
            .expect("records")
            .iter()
            .filter(|r| r["locationId"] == listed[0]["id"])
            .cloned()
            .collect()
    };
    let (_, a) = json_of(control(&one, Method::GET, "/state")).await;
    let (_, b) = json_of(control(&sb, Method::GET, "/state")).await;
    for key in ["contacts", "opportunities", "pipelines", "customFields"] {
        assert!(!first(&a, key).is_empty(), "{key}");
        assert_eq!(first(&a, key), first(&b, key), "{key}");
    }
    assert_eq!(a["ghl"]["location"], b["ghl"]["location"]);
    assert_eq!(b["ghl"]["contacts"].as_array().map(Vec::len), Some(60));
}

#[tokio::test]
async fn an_agency_token_mints_a_token_per_location_that_reaches_only_that_location() {
    let sb = start(agency()).await;
    let ids = location_ids(&sb);
    let agency = agency_token(&sb).await;
    let approved: Vec<&str> = agency["approvedLocations"]
        .as_array()
        .expect("approvedLocations")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(approved, ids);
    let agency = agency["access_token"].as_str().expect("token").to_owned();

    // The agency sees the three locations.
    let (s, found) = json_of(ghl_as(
        &sb,
        &agency,
        Method::GET,
        &format!("/locations/search?companyId={}", sb.company_id()),
    ))
    .await;
    assert_eq!(s, 200, "{found}");
    assert_schema("locations", "SearchSuccessfulResponseDto", &found);
    let listed: Vec<&str> = found["locations"]
        .as_array()
        .expect("locations")
        .iter()
        .filter_map(|l| l["id"].as_str())
        .collect();
    assert_eq!(listed, ids);
    let (s, installed) = json_of(
        ghl_as(&sb, &agency, Method::GET, "/oauth/installedLocations")
            .query(&[("companyId", sb.company_id()), ("appId", sb.oauth_app_id())]),
    )
    .await;
    assert_eq!(
        (s, installed["count"].clone()),
        (200, json!(3)),
        "{installed}"
    );

    let mut tokens = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        let (s, minted) = location_token(&sb, &agency, id).await;
        assert_eq!(s, 200, "{minted}");
        assert_eq!(minted["locationId"], id.as_str());
        let token = minted["access_token"].as_str().expect("token").to_owned();

        let (s, location) = json_of(ghl_as(
            &sb,
            &token,
            Method::GET,
            &format!("/locations/{id}"),
        ))
        .await;
        assert_eq!(s, 200, "{location}");
        assert_eq!(location["location"]["name"], sb.locations()[i].name);
        // A location token's own listing holds its location only.
        let (s, own) = json_of(ghl_as(&sb, &token, Method::GET, "/locations/search")).await;
        assert_eq!(s, 200, "{own}");
        assert_eq!(own["locations"].as_array().map(Vec::len), Some(1));
        assert_eq!(own["locations"][0]["id"], id.as_str());

        let (s, page) = search(&sb, &token, id).await;
        assert_eq!(s, 200, "{page}");
        assert_eq!(page["total"], 20, "each location has its own 20 contacts");
        let contacts = page["contacts"].as_array().expect("contacts");
        assert!(contacts.iter().all(|c| c["locationId"] == id.as_str()));
        tokens.push(token);
    }

    // A minted token works only for its location.
    for (i, token) in tokens.iter().enumerate() {
        for (j, other) in ids.iter().enumerate() {
            if i == j {
                continue;
            }
            let (s, e) = search(&sb, token, other).await;
            assert_eq!(s, 403, "{e}");
            assert_eq!(e["message"], LOCATION_DENIED);
            let (s, _) = json_of(ghl_as(
                &sb,
                token,
                Method::GET,
                &format!("/opportunities/pipelines?locationId={other}"),
            ))
            .await;
            assert_eq!(s, 403);
        }
    }

    // A location the agency does not have cannot be minted.
    let (s, e) = location_token(&sb, &agency, "notAnAgencyLocation01").await;
    assert_eq!(s, 403, "{e}");
    assert_eq!(e["message"], LOCATION_DENIED);
}

#[tokio::test]
async fn a_location_s_token_cannot_read_another_location_s_records() {
    let sb = start(agency()).await;
    let (a, b) = (&sb.locations()[0], &sb.locations()[1]);
    let (_, page) = search(&sb, &b.api_key, &b.id).await;
    let b_contact = page["contacts"][0]["id"].as_str().expect("id").to_owned();
    let (_, opps) = json_of(ghl_as(
        &sb,
        &b.api_key,
        Method::GET,
        &format!("/opportunities/search?location_id={}", b.id),
    ))
    .await;
    let b_opportunity = opps["opportunities"][0]["id"]
        .as_str()
        .expect("id")
        .to_owned();

    // B's own key reads them.
    let path = format!("/contacts/{b_contact}");
    let (s, own) = json_of(ghl_as(&sb, &b.api_key, Method::GET, &path)).await;
    assert_eq!(s, 200, "{own}");
    assert_eq!(own["contact"]["locationId"], b.id.as_str());

    // A's key does not find them: by id they do not exist for A (404, as an unknown id).
    let (s, e) = json_of(ghl_as(&sb, &a.api_key, Method::GET, &path)).await;
    assert_eq!(s, 404, "{e}");
    assert_eq!(e["statusCode"], 404);
    assert!(
        e.get("contact").is_none(),
        "nothing of B's contact leaks: {e}"
    );
    let (s, _) = json_of(ghl_as(
        &sb,
        &a.api_key,
        Method::GET,
        &format!("/opportunities/{b_opportunity}"),
    ))
    .await;
    assert_eq!(s, 404);
    for (method, sub) in [(Method::GET, "/tasks"), (Method::GET, "/notes")] {
        let (s, _) = json_of(ghl_as(&sb, &a.api_key, method, &format!("{path}{sub}"))).await;
        assert_eq!(s, 404, "{sub}");
    }

    // Nor change them.
    let (s, _) = json_of(
        ghl_as(&sb, &a.api_key, Method::PUT, &path).json(&json!({"firstName": "Intruder"})),
    )
    .await;
    assert_eq!(s, 404);
    let (s, _) = json_of(ghl_as(&sb, &a.api_key, Method::DELETE, &path)).await;
    assert_eq!(s, 404);
    let (_, after) = json_of(ghl_as(&sb, &b.api_key, Method::GET, &path)).await;
    assert_eq!(after["contact"], own["contact"], "B's contact is untouched");

    // Naming B's location with A's key is refused as GHL refuses it.
    let (s, e) = search(&sb, &a.api_key, &b.id).await;
    assert_eq!(s, 403);
    assert_eq!(e["message"], LOCATION_DENIED);

    // A token minted for A by the agency behaves the same.
    let agency = agency_token(&sb).await;
    let agency = agency["access_token"].as_str().expect("token");
    let (_, minted) = location_token(&sb, agency, &a.id).await;
    let minted = minted["access_token"].as_str().expect("token");
    let (s, _) = json_of(ghl_as(&sb, minted, Method::GET, &path)).await;
    assert_eq!(s, 404);
}

fn header(resp: &reqwest::Response, name: &str) -> i64 {
    resp.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("missing header {name}"))
}

#[tokio::test]
async fn each_location_has_its_own_rate_limit_counters() {
    // Sandbox time barely moves (scale 1e-6): all requests fall in one 10-second window.
    let sb = start(agency()).await;
    let (a, b) = (&sb.locations()[0], &sb.locations()[1]);
    let path = |loc: &str| format!("/opportunities/pipelines?locationId={loc}");
    for i in 1..=100 {
        let resp = ghl_as(&sb, &a.api_key, Method::GET, &path(&a.id))
            .send()
            .await
            .expect("request");
        assert_eq!(resp.status().as_u16(), 200, "request {i}");
    }
    let refused = ghl_as(&sb, &a.api_key, Method::GET, &path(&a.id))
        .send()
        .await
        .expect("request");
    assert_eq!(refused.status().as_u16(), 429, "A's window is full");
    assert_eq!(header(&refused, "x-ratelimit-remaining"), 0);

    // B's burst window and daily budget are untouched.
    let resp = ghl_as(&sb, &b.api_key, Method::GET, &path(&b.id))
        .send()
        .await
        .expect("request");
    assert_eq!(resp.status().as_u16(), 200, "B is not held back by A");
    assert_eq!(header(&resp, "x-ratelimit-remaining"), 99);
    assert_eq!(header(&resp, "x-ratelimit-daily-remaining"), 199_999);

    // And A stays refused until its own window ends.
    let again = ghl_as(&sb, &a.api_key, Method::GET, &path(&a.id))
        .send()
        .await
        .expect("request");
    assert_eq!(again.status().as_u16(), 429);
    common::advance(&sb, 10.0).await;
    let later = ghl_as(&sb, &a.api_key, Method::GET, &path(&a.id))
        .send()
        .await
        .expect("request");
    assert_eq!(later.status().as_u16(), 200);
}

/// A webhook receiver that reports each delivery as it arrives and holds the answers for one
/// location until released.
#[derive(Clone)]
struct Hook {
    tx: mpsc::UnboundedSender<Value>,
    hold: Arc<Mutex<Option<String>>>,
    release: watch::Receiver<bool>,
}

async fn receive(State(hook): State<Hook>, body: Bytes) -> StatusCode {
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let held = hook
        .hold
        .lock()
        .map(|h| h.as_deref() == body["locationId"].as_str())
        .unwrap_or(false);
    let _ = hook.tx.send(body);
    if held {
        let mut release = hook.release.clone();
        let _ = release.wait_for(|r| *r).await;
    }
    StatusCode::OK
}

struct Receiver {
    url: String,
    rx: mpsc::UnboundedReceiver<Value>,
    hold: Arc<Mutex<Option<String>>>,
    release: watch::Sender<bool>,
}

async fn receiver() -> Receiver {
    let (tx, rx) = mpsc::unbounded_channel();
    let (release, released) = watch::channel(false);
    let hold = Arc::new(Mutex::new(None));
    let app = axum::Router::new()
        .route("/hook", post(receive))
        .with_state(Hook {
            tx,
            hold: hold.clone(),
            release: released,
        });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Receiver {
        url: format!("http://{addr}/hook"),
        rx,
        hold,
        release,
    }
}

async fn next(rx: &mut mpsc::UnboundedReceiver<Value>) -> Value {
    tokio::time::timeout(Duration::from_secs(20), rx.recv())
        .await
        .expect("a delivery arrives")
        .expect("channel open")
}

async fn create_contact(sb: &Sandbox, key: &str, location: &str, email: &str) -> String {
    let (s, created) = json_of(
        ghl_as(sb, key, Method::POST, "/contacts/")
            .json(&json!({"locationId": location, "firstName": "Hook", "email": email})),
    )
    .await;
    assert_eq!(s, 201, "{created}");
    assert_eq!(created["contact"]["locationId"], location);
    created["contact"]["id"].as_str().expect("id").to_owned()
}

#[tokio::test]
async fn each_location_has_its_own_webhook_stream() {
    let mut hook = receiver().await;
    let sb = start(agency().with_webhook_url(hook.url.clone())).await;
    let (a, b) = (&sb.locations()[0], &sb.locations()[1]);

    // A contact created in B: one event, B's, and none for A.
    let id = create_contact(&sb, &b.api_key, &b.id, "b@example.com").await;
    let event = next(&mut hook.rx).await;
    assert_eq!(event["type"], "ContactCreate");
    assert_eq!(event["locationId"], b.id.as_str());
    assert_eq!(event["id"], id.as_str());
    assert_eq!(sb.stats()["webhooks"]["published"], 1, "{}", sb.stats());
    assert!(hook.rx.try_recv().is_err(), "no other delivery");

    // A's subscriber answer hangs; B's next event is delivered all the same.
    if let Ok(mut hold) = hook.hold.lock() {
        *hold = Some(a.id.clone());
    }
    create_contact(&sb, &a.api_key, &a.id, "a@example.com").await;
    let held = next(&mut hook.rx).await;
    assert_eq!(held["locationId"], a.id.as_str());
    let id = create_contact(&sb, &b.api_key, &b.id, "b2@example.com").await;
    let event = next(&mut hook.rx).await;
    assert_eq!(event["locationId"], b.id.as_str());
    assert_eq!(event["id"], id.as_str());
    // A's delivery is still in flight: its stream has not recorded an outcome yet.
    let (_, log) = json_of(control(&sb, Method::GET, "/webhooks/log")).await;
    let outcomes: HashMap<String, usize> =
        log["deliveries"]
            .as_array()
            .expect("log")
            .iter()
            .fold(HashMap::new(), |mut seen, r| {
                let loc = r["locationId"].as_str().unwrap_or_default().to_owned();
                *seen.entry(loc).or_default() += 1;
                seen
            });
    assert_eq!(outcomes.get(&a.id), None, "{log:#}");
    let _ = hook.release.send(true);
}

#[tokio::test]
async fn a_typed_client_per_location_lists_only_its_own_contacts() {
    let sb = start(agency()).await;
    let mut seen = BTreeSet::new();
    let mut firsts = Vec::new();
    for location in sb.locations() {
        let ghl = GhlClient::builder()
            .base_url(sb.ghl_base_url())
            .private_token(location.api_key.as_str())
            .location_id(location.id.as_str())
            .jitter_seed(3)
            .build()
            .expect("client");
        let page = ghl
            .contacts()
            .search(ContactSearch::new().page_limit(100))
            .await
            .expect("search");
        assert_eq!(page.items.len(), 20, "{}", location.id);
        assert_eq!(page.total, Some(20));
        for c in &page.items {
            assert_eq!(
                c.location_id.as_ref().map(|l| l.as_str()),
                Some(location.id.as_str())
            );
            assert!(
                seen.insert(c.id.as_str().to_owned()),
                "contact listed twice"
            );
        }
        firsts.push((ghl, page.items[0].id.clone()));
    }
    assert_eq!(seen.len(), 60);
    // Each client finds its own contact by id and not the next location's.
    for i in 0..firsts.len() {
        let (ghl, own) = &firsts[i];
        let other: &ContactId = &firsts[(i + 1) % firsts.len()].1;
        assert_eq!(&ghl.contacts().get(own).await.expect("own contact").id, own);
        let err = ghl
            .contacts()
            .get(other)
            .await
            .expect_err("another's contact");
        assert!(err.is_not_found(), "{err}");
    }
}
