//! INSTALL / UNINSTALL webhooks reach the install hooks through the ingress; every other
//! event goes on to the inner sink.
#![cfg(all(feature = "oauth", feature = "webhooks"))]

use std::sync::Arc;

use bytes::Bytes;
use ghl_client::oauth::{InstallHooks, InstallSink, MemoryStore, TokenResponse, TokenStore};
use ghl_client::runtime::{Clock, ManualClock};
use ghl_client::webhooks::testing::TestSigner;
use ghl_client::webhooks::{ChannelSink, Ingress, Outcome};
use serde_json::{Value, json};

fn body(clock: &ManualClock, mut event: Value, id: &str) -> Bytes {
    let at = chrono::DateTime::<chrono::Utc>::from(clock.wall()).to_rfc3339();
    event["timestamp"] = json!(at);
    event["webhookId"] = json!(id);
    Bytes::from(serde_json::to_vec(&event).unwrap())
}

#[tokio::test]
async fn uninstall_deletes_the_token_and_other_events_pass_through() {
    let clock = ManualClock::starting_at(std::time::SystemTime::now());
    let store: Arc<dyn TokenStore> = Arc::new(MemoryStore::new());
    let token: TokenResponse = serde_json::from_value(json!({
        "access_token": "at-1", "token_type": "Bearer", "expires_in": 86399,
        "refresh_token": "rt-1", "userType": "Location", "locationId": "loc_1",
        "companyId": "co_1", "userId": "u_1", "scope": "contacts.readonly"
    }))
    .unwrap();
    store
        .save("loc_1", &token.into_stored(clock.wall()))
        .await
        .unwrap();

    let (channel, mut rx) = ChannelSink::new(8);
    let signer = TestSigner::new();
    let ingress = Ingress::builder(InstallSink::new(InstallHooks::new(store.clone()), channel))
        .verifier(signer.verifier())
        .clock(clock.shared())
        .build();

    // An agency-level INSTALL with no agency token here: acknowledged, nothing to mint.
    let install = body(
        &clock,
        json!({"type": "INSTALL", "appId": "app", "companyId": "co_1"}),
        "wh-1",
    );
    let out = ingress
        .handle(&signer.headers(&install), install, None)
        .await;
    assert!(matches!(out, Outcome::Persisted { .. }), "{out:?}");

    let uninstall = body(
        &clock,
        json!({"type": "UNINSTALL", "appId": "app", "locationId": "loc_1"}),
        "wh-2",
    );
    let out = ingress
        .handle(&signer.headers(&uninstall), uninstall, None)
        .await;
    assert!(matches!(out, Outcome::Persisted { .. }), "{out:?}");
    assert!(
        store.load("loc_1").await.unwrap().is_none(),
        "the token is gone"
    );
    assert!(rx.try_recv().is_err(), "install events are not forwarded");

    let contact = body(
        &clock,
        json!({"type": "ContactCreate", "locationId": "loc_1", "id": "c_1"}),
        "wh-3",
    );
    let out = ingress
        .handle(&signer.headers(&contact), contact, None)
        .await;
    assert!(matches!(out, Outcome::Persisted { .. }), "{out:?}");
    let forwarded = rx.recv().await.unwrap();
    assert_eq!(forwarded.envelope.webhook_id.as_deref(), Some("wh-3"));
}
