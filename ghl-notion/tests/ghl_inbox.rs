//! The ingress → engine hand-off: journaled before acknowledged, 429 when the queue is full
//! (so GHL keeps the event), replayed after a crash.

use bytes::Bytes;
use ghl_client::runtime::{Clock, ManualClock};
use ghl_client::webhooks::testing::TestSigner;
use ghl_client::webhooks::{Ingress, Outcome};
use ghl_notion::inbox::EngineInbox;
use serde_json::json;
use tokio::sync::mpsc;

fn contact_update(clock: &ManualClock, webhook_id: &str, contact: &str) -> Bytes {
    let at = chrono::DateTime::<chrono::Utc>::from(clock.wall()).to_rfc3339();
    Bytes::from(
        serde_json::to_vec(&json!({
            "type": "ContactUpdate", "locationId": "loc_1", "id": contact,
            "firstName": "Ada", "email": "ada@example.com",
            "timestamp": at, "webhookId": webhook_id
        }))
        .unwrap(),
    )
}

fn journal_path(name: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!(
        "ghl-inbox-{name}-{}-{}.jsonl",
        std::process::id(),
        fastrand::u64(..)
    ));
    let _ = std::fs::remove_file(&path);
    path
}

#[tokio::test]
async fn journals_then_queues_and_answers_429_when_full() {
    let clock = ManualClock::starting_at(std::time::SystemTime::now());
    let signer = TestSigner::new();
    let path = journal_path("full");
    let (tx, mut rx) = mpsc::channel(1);
    let inbox = EngineInbox::open(&path, tx).unwrap();
    let ingress = Ingress::builder(inbox)
        .verifier(signer.verifier())
        .clock(clock.shared())
        .build();

    let first = contact_update(&clock, "wh-1", "c-1");
    let out = ingress.handle(&signer.headers(&first), first, None).await;
    assert!(matches!(out, Outcome::Persisted { .. }), "{out:?}");

    // The queue holds one event: the next delivery is refused with 429, not lost.
    let second = contact_update(&clock, "wh-2", "c-2");
    let out = ingress
        .handle(&signer.headers(&second), second.clone(), None)
        .await;
    assert_eq!(out.status().as_u16(), 429, "{out:?}");

    let got = rx.recv().await.unwrap();
    assert_eq!(
        (got.event_id.as_str(), got.record_id.as_str()),
        ("wh-1", "c-1")
    );

    // GHL delivers the refused event again; now there is room.
    let out = ingress.handle(&signer.headers(&second), second, None).await;
    assert!(matches!(out, Outcome::Persisted { .. }), "{out:?}");
    assert_eq!(rx.recv().await.unwrap().event_id, "wh-2");

    // Everything acknowledged is in the journal (wh-2 twice: harmless, the engine dedupes).
    let replayed = EngineInbox::replay(&path).unwrap();
    let ids: Vec<_> = replayed.iter().map(|e| e.event_id.as_str()).collect();
    assert_eq!(ids, vec!["wh-1", "wh-2", "wh-2"]);
    EngineInbox::compact(&path).unwrap();
    assert!(EngineInbox::replay(&path).unwrap().is_empty());
    let _ = std::fs::remove_file(&path);
}

#[tokio::test]
async fn events_that_concern_no_record_are_acknowledged_without_storing() {
    let clock = ManualClock::starting_at(std::time::SystemTime::now());
    let signer = TestSigner::new();
    let path = journal_path("install");
    let (tx, mut rx) = mpsc::channel(4);
    let ingress = Ingress::builder(EngineInbox::open(&path, tx).unwrap())
        .verifier(signer.verifier())
        .clock(clock.shared())
        .build();
    let at = chrono::DateTime::<chrono::Utc>::from(clock.wall()).to_rfc3339();
    let body = Bytes::from(
        serde_json::to_vec(&json!({
            "type": "INSTALL", "appId": "app", "companyId": "co", "locationId": "loc_1",
            "timestamp": at, "webhookId": "wh-install"
        }))
        .unwrap(),
    );
    let out = ingress.handle(&signer.headers(&body), body, None).await;
    assert_eq!(out.status().as_u16(), 200, "{out:?}");
    assert!(rx.try_recv().is_err());
    assert!(EngineInbox::replay(&path).unwrap().is_empty());
    let _ = std::fs::remove_file(&path);
}

#[test]
fn a_missing_journal_replays_nothing() {
    assert!(
        EngineInbox::replay(journal_path("none"))
            .unwrap()
            .is_empty()
    );
}
