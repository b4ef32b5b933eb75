//! Webhooks reach a real receiver, signed over the exact bytes sent: both signatures verify
//! with the public keys the control API serves. A 429 is retried after the retry interval
//! (reached by advancing sandbox time); a 500 loses the event. No wall-clock waits: the test
//! reads deliveries from a channel.

mod common;

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use common::{advance, assert_webhook_event, config, control, ghl, json_of, start};
use ed25519_dalek::pkcs8::DecodePublicKey as _;
use reqwest::Method;
use rsa::pkcs1v15;
use rsa::sha2::Sha256;
use rsa::signature::Verifier as _;
use serde_json::{Value, json};
use tokio::sync::mpsc;

struct Delivery {
    headers: HeaderMap,
    body: Bytes,
}

impl Delivery {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("webhook body is JSON")
    }
}

#[derive(Clone)]
struct Receiver {
    tx: mpsc::UnboundedSender<Delivery>,
    script: Arc<Mutex<VecDeque<u16>>>,
}

async fn receive(State(r): State<Receiver>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let status = r
        .script
        .lock()
        .map(|mut s| s.pop_front())
        .ok()
        .flatten()
        .unwrap_or(200);
    let _ = r.tx.send(Delivery { headers, body });
    StatusCode::from_u16(status).unwrap_or(StatusCode::OK)
}

async fn receiver() -> (
    String,
    mpsc::UnboundedReceiver<Delivery>,
    Arc<Mutex<VecDeque<u16>>>,
) {
    let (tx, rx) = mpsc::unbounded_channel();
    let script = Arc::new(Mutex::new(VecDeque::new()));
    let app = axum::Router::new()
        .route("/hook", post(receive))
        .with_state(Receiver {
            tx,
            script: script.clone(),
        });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (format!("http://{addr}/hook"), rx, script)
}

async fn next(rx: &mut mpsc::UnboundedReceiver<Delivery>) -> Delivery {
    tokio::time::timeout(Duration::from_secs(20), rx.recv())
        .await
        .expect("a delivery arrives")
        .expect("channel open")
}

#[tokio::test]
async fn deliveries_are_signed_over_the_exact_bytes() {
    let sb = start(config()).await;
    let (url, mut rx, _) = receiver().await;
    let (s, _) = json_of(control(&sb, Method::PUT, "/webhooks").json(&json!({"url": url}))).await;
    assert_eq!(s, 200);
    let (_, keys) = json_of(control(&sb, Method::GET, "/keys")).await;
    let ed =
        ed25519_dalek::VerifyingKey::from_public_key_pem(keys["ed25519"].as_str().expect("pem"))
            .expect("ed25519 pem");
    let rsa_key =
        rsa::PublicKey::from_public_key_pem(keys["rsa"].as_str().expect("pem")).expect("rsa pem");
    let rsa = pkcs1v15::VerifyingKey::<Sha256>::new(rsa_key);

    let (_, created) = json_of(ghl(&sb, Method::POST, "/contacts/").json(&json!({
        "locationId": sb.location_id(), "firstName": "Hook", "email": "hook@example.com"
    })))
    .await;
    let contact_id = created["contact"]["id"].as_str().expect("id").to_owned();
    let d = next(&mut rx).await;
    let body = d.json();
    assert_eq!(body["type"], "ContactCreate");
    assert_eq!(body["locationId"], sb.location_id());
    assert_eq!(body["id"], contact_id.as_str());
    assert_eq!(body["email"], "hook@example.com");
    assert!(body["webhookId"].is_string() && body["timestamp"].is_string());

    let sig = STANDARD
        .decode(d.headers["x-ghl-signature"].as_bytes())
        .expect("base64");
    let sig = ed25519_dalek::Signature::from_slice(&sig).expect("signature");
    assert!(
        ed.verify_strict(&d.body, &sig).is_ok(),
        "Ed25519 verifies over the raw body"
    );
    let rsa_sig = STANDARD
        .decode(d.headers["x-wh-signature"].as_bytes())
        .expect("base64");
    let rsa_sig = pkcs1v15::Signature::try_from(rsa_sig.as_slice()).expect("signature");
    assert!(
        rsa.verify(&d.body, &rsa_sig).is_ok(),
        "RSA verifies over the raw body"
    );
    let mut tampered = d.body.to_vec();
    tampered.push(b' ');
    assert!(ed.verify_strict(&tampered, &sig).is_err());

    // Tags, then a CRM user's change through the control API.
    ghl(&sb, Method::POST, &format!("/contacts/{contact_id}/tags"))
        .json(&json!({"tags": ["vip"]}))
        .send()
        .await
        .expect("tags");
    assert_eq!(next(&mut rx).await.json()["type"], "ContactTagUpdate");
    control(&sb, Method::PUT, &format!("/ghl/contacts/{contact_id}"))
        .json(&json!({"city": "Lima"}))
        .send()
        .await
        .expect("update");
    let update = next(&mut rx).await.json();
    assert_eq!(update["type"], "ContactUpdate");
    assert_eq!(update["city"], "Lima");
    control(
        &sb,
        Method::POST,
        &format!("/ghl/contacts/{contact_id}/notes"),
    )
    .json(&json!({"body": "n"}))
    .send()
    .await
    .expect("note");
    assert_eq!(next(&mut rx).await.json()["type"], "NoteCreate");
}

#[tokio::test]
async fn a_429_is_retried_later_and_a_500_loses_the_event() {
    let sb = start(config()).await;
    let (url, mut rx, script) = receiver().await;
    control(&sb, Method::PUT, "/webhooks")
        .json(&json!({"url": url}))
        .send()
        .await
        .expect("set url");
    let (_, state) = json_of(control(&sb, Method::GET, "/state")).await;
    let opp = state["ghl"]["opportunities"][0].clone();
    let opp_id = opp["id"].as_str().expect("id").to_owned();

    script.lock().expect("lock").extend([429]);
    let (s, _) = json_of(
        ghl(&sb, Method::PUT, &format!("/opportunities/{opp_id}/status"))
            .json(&json!({"status": if opp["status"] == "won" { "lost" } else { "won" }})),
    )
    .await;
    assert_eq!(s, 200);
    let first = next(&mut rx).await;
    assert_eq!(first.json()["type"], "OpportunityUpdate");
    let status_event = next(&mut rx).await;
    assert_eq!(status_event.json()["type"], "OpportunityStatusUpdate");
    // The refused OpportunityUpdate comes back after 10 minutes (+ up to 1 minute of jitter).
    advance(&sb, 11.0 * 60.0).await;
    let retried = next(&mut rx).await;
    assert_eq!(retried.body, first.body, "a retry resends the same bytes");

    script.lock().expect("lock").extend([500]);
    control(&sb, Method::DELETE, &format!("/ghl/opportunities/{opp_id}"))
        .send()
        .await
        .expect("delete");
    let lost = next(&mut rx).await;
    assert_eq!(lost.json()["type"], "OpportunityDelete");
    advance(&sb, 2.0 * 3600.0).await;
    let (_, c) =
        json_of(control(&sb, Method::POST, "/ghl/contacts").json(&json!({"firstName": "After"})))
            .await;
    let after = next(&mut rx).await.json();
    assert_eq!(
        after["type"], "ContactCreate",
        "the 500'd event was never retried"
    );
    assert_eq!(after["id"], c["contact"]["id"]);

    let (_, log) = json_of(control(&sb, Method::GET, "/webhooks/log")).await;
    assert_eq!(log["stats"]["retried"], 1);
    assert_eq!(log["stats"]["lost"], 1);
}

#[tokio::test]
async fn chaos_settings_duplicate_reorder_delay_and_drop() {
    let sb = start(config()).await;
    let (url, mut rx, _) = receiver().await;
    let create = |name: &'static str| {
        control(&sb, Method::POST, "/ghl/contacts")
            .json(&json!({"firstName": name}))
            .send()
    };

    control(&sb, Method::PUT, "/webhooks")
        .json(&json!({"url": url, "duplicateRate": 1.0}))
        .send()
        .await
        .expect("settings");
    create("Twice").await.expect("create");
    let (a, b) = (next(&mut rx).await, next(&mut rx).await);
    assert_eq!(a.body, b.body, "a duplicate is the same delivery again");

    control(&sb, Method::PUT, "/webhooks")
        .json(&json!({"duplicateRate": 0.0, "reorderRate": 1.0}))
        .send()
        .await
        .expect("settings");
    create("First").await.expect("create");
    create("Second").await.expect("create");
    assert_eq!(
        next(&mut rx).await.json()["firstName"],
        "Second",
        "the held event comes after the next one"
    );
    assert_eq!(next(&mut rx).await.json()["firstName"], "First");

    control(&sb, Method::PUT, "/webhooks")
        .json(&json!({"reorderRate": 0.0, "delayRate": 1.0, "delayMs": 60_000}))
        .send()
        .await
        .expect("settings");
    create("Late").await.expect("create");
    // It arrives once sandbox time moves past the delay.
    advance(&sb, 61.0).await;
    assert_eq!(next(&mut rx).await.json()["firstName"], "Late");

    control(&sb, Method::PUT, "/webhooks")
        .json(&json!({"delayRate": 0.0, "dropRate": 1.0}))
        .send()
        .await
        .expect("settings");
    create("Gone").await.expect("create");
    control(&sb, Method::PUT, "/webhooks")
        .json(&json!({"dropRate": 0.0}))
        .send()
        .await
        .expect("settings");
    create("Kept").await.expect("create");
    assert_eq!(
        next(&mut rx).await.json()["firstName"],
        "Kept",
        "the dropped event never came"
    );
    let (_, log) = json_of(control(&sb, Method::GET, "/webhooks/log")).await;
    assert_eq!(log["stats"]["dropped"], 1);
    assert_eq!(log["stats"]["duplicated"], 1);
    assert_eq!(log["stats"]["reordered"], 1);
    assert_eq!(log["stats"]["delayed"], 1);
}

/// The id of the one record in a control-API answer (`{"task": {...}}` and the like).
fn record_id(answer: &Value) -> String {
    answer
        .as_object()
        .and_then(|o| o.values().next())
        .and_then(|r| r["id"].as_str())
        .unwrap_or_else(|| panic!("no record id in {answer}"))
        .to_owned()
}

#[tokio::test]
async fn every_event_kind_matches_its_schema_and_names_the_app() {
    let sb = start(config()).await;
    let (url, mut rx, _) = receiver().await;
    let (s, _) = json_of(control(&sb, Method::PUT, "/webhooks").json(&json!({"url": url}))).await;
    assert_eq!(s, 200);
    let app_id = sb.info()["app_id"].as_str().expect("app_id").to_owned();
    assert_eq!(app_id, sb.oauth_app_id());
    let (_, state) = json_of(control(&sb, Method::GET, "/state")).await;
    let ghl_state = &state["ghl"];
    let pipeline = &ghl_state["pipelines"][0];
    let stage = |i: usize| {
        pipeline["stages"][i]["id"]
            .as_str()
            .expect("stage")
            .to_owned()
    };
    let calendar = ghl_state["calendars"][0]["id"].as_str().expect("calendar");
    let user = ghl_state["users"][0]["id"].as_str().expect("user");

    let call = |method: Method, path: String, body: Value| {
        let rb = control(&sb, method, &path).json(&body);
        async move {
            let (status, answer) = json_of(rb).await;
            assert!(status < 300, "{path}: {status} {answer}");
            answer
        }
    };
    let contact = record_id(
        &call(
            Method::POST,
            "/ghl/contacts".into(),
            json!({"locationId": sb.location_id(), "firstName": "Every", "email": "every@example.com"}),
        )
        .await,
    );
    let c = format!("/ghl/contacts/{contact}");
    call(Method::PUT, c.clone(), json!({"city": "Lima"})).await;
    call(Method::POST, format!("{c}/tags"), json!({"tags": ["vip"]})).await;
    let task = record_id(
        &call(
            Method::POST,
            format!("{c}/tasks"),
            json!({"title": "Call", "dueDate": "2025-07-01T00:00:00Z", "completed": false}),
        )
        .await,
    );
    call(
        Method::PUT,
        format!("{c}/tasks/{task}"),
        json!({"completed": true}),
    )
    .await;
    call(Method::DELETE, format!("{c}/tasks/{task}"), json!({})).await;
    let note = record_id(&call(Method::POST, format!("{c}/notes"), json!({"body": "n"})).await);
    call(
        Method::PUT,
        format!("{c}/notes/{note}"),
        json!({"body": "m"}),
    )
    .await;
    call(Method::DELETE, format!("{c}/notes/{note}"), json!({})).await;
    let opportunity = record_id(
        &call(
            Method::POST,
            "/ghl/opportunities".into(),
            json!({
                "locationId": sb.location_id(), "pipelineId": pipeline["id"],
                "pipelineStageId": stage(0), "name": "Deal", "status": "open",
                "contactId": contact,
            }),
        )
        .await,
    );
    let o = format!("/ghl/opportunities/{opportunity}");
    call(
        Method::PUT,
        o.clone(),
        json!({"pipelineStageId": stage(1), "status": "won", "monetaryValue": 10, "assignedTo": user}),
    )
    .await;
    call(Method::DELETE, o, json!({})).await;
    let appointment = record_id(
        &call(
            Method::POST,
            "/ghl/appointments".into(),
            json!({
                "calendarId": calendar, "contactId": contact, "title": "Meet",
                "startTime": "2025-07-01T10:00:00Z", "endTime": "2025-07-01T10:30:00Z",
            }),
        )
        .await,
    );
    let a = format!("/ghl/appointments/{appointment}");
    call(Method::PUT, a.clone(), json!({"title": "Meet again"})).await;
    call(Method::DELETE, a, json!({})).await;
    call(Method::DELETE, c, json!({})).await;

    let mut seen = std::collections::BTreeSet::new();
    while seen.len() < 20 {
        let body = next(&mut rx).await.json();
        assert_webhook_event(&body);
        assert_eq!(body["appId"], app_id.as_str(), "{body}");
        assert_eq!(body["locationId"], sb.location_id(), "{body}");
        assert!(body["timestamp"].is_string() && body["webhookId"].is_string());
        seen.insert(body["type"].as_str().expect("type").to_owned());
    }
}
