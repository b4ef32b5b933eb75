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

/// A journal path in a fresh private directory (`<dir>/journal.jsonl`).
fn journal_path(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "ghl-inbox-{name}-{}-{}",
        std::process::id(),
        fastrand::u64(..)
    ));
    dir.join("journal.jsonl")
}

fn cleanup(journal: &std::path::Path) {
    if let Some(dir) = journal.parent() {
        let _ = std::fs::remove_dir_all(dir);
    }
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

    // Everything acknowledged is in the journal (wh-2 twice: harmless, the engine dedupes),
    // and every line verifies with the keys it was received under.
    let replayed = EngineInbox::replay_verified(&path, &signer.verifier()).unwrap();
    let ids: Vec<_> = replayed
        .events
        .iter()
        .map(|e| e.event_id.as_str())
        .collect();
    assert_eq!(ids, vec!["wh-1", "wh-2", "wh-2"]);
    assert_eq!((replayed.rejected, replayed.unreadable), (0, 0));
    assert_eq!(EngineInbox::queued(&path).unwrap(), 3);
    EngineInbox::compact(&path).unwrap();
    assert!(EngineInbox::replay(&path).unwrap().is_empty());
    cleanup(&path);
}

#[tokio::test]
async fn a_journal_line_without_a_valid_signature_is_not_replayed() {
    let clock = ManualClock::starting_at(std::time::SystemTime::now());
    let signer = TestSigner::new();
    let path = journal_path("forged");
    let (tx, _rx) = mpsc::channel(8);
    let ingress = Ingress::builder(EngineInbox::open(&path, tx).unwrap())
        .verifier(signer.verifier())
        .clock(clock.shared())
        .build();
    let real = contact_update(&clock, "wh-real", "c-1");
    let out = ingress.handle(&signer.headers(&real), real, None).await;
    assert!(matches!(out, Outcome::Persisted { .. }), "{out:?}");

    // Planted lines: one without signatures (as an old version or an intruder writes),
    // one signed by someone else.
    let line = std::fs::read_to_string(&path).unwrap();
    let template: serde_json::Value = serde_json::from_str(line.trim()).unwrap();
    let planted_body = contact_update(&clock, "wh-planted", "c-evil");
    let mut planted = template.clone();
    planted["body"] = String::from_utf8(planted_body.to_vec()).unwrap().into();
    planted["webhook_id"] = "wh-planted".into();
    planted.as_object_mut().unwrap().remove("signatures");
    let forger = TestSigner::from_seed([3; 32]);
    let forged_body = contact_update(&clock, "wh-forged", "c-evil");
    let mut forged = planted.clone();
    forged["body"] = String::from_utf8(forged_body.to_vec()).unwrap().into();
    forged["webhook_id"] = "wh-forged".into();
    forged["signatures"] = json!({"ghl": forger.sign_ed25519(&forged_body)});
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .unwrap();
    use std::io::Write as _;
    writeln!(file, "{planted}\n{forged}").unwrap();
    drop(file);

    let leftovers = EngineInbox::take_leftovers(&path).unwrap().expect("lines");
    let replay = EngineInbox::replay_verified(&leftovers, &signer.verifier()).unwrap();
    let ids: Vec<_> = replay.events.iter().map(|e| e.event_id.as_str()).collect();
    assert_eq!(ids, vec!["wh-real"], "only the verified line is replayed");
    assert_eq!(replay.rejected, 2);
    EngineInbox::finish_replay(&leftovers).unwrap();
    assert!(!leftovers.exists());
    cleanup(&path);
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
    cleanup(&path);
}

#[test]
fn a_missing_journal_replays_nothing() {
    let path = journal_path("none");
    assert!(EngineInbox::replay(&path).unwrap().is_empty());
    assert_eq!(EngineInbox::take_leftovers(&path).unwrap(), None);
    let replay = EngineInbox::replay_verified(&path, &TestSigner::new().verifier()).unwrap();
    assert!(replay.events.is_empty());
    assert_eq!(EngineInbox::queued(&path).unwrap(), 0);
}

#[cfg(unix)]
#[test]
fn the_journal_is_private_and_never_opened_through_a_link() {
    use std::os::unix::fs::PermissionsExt as _;
    let path = journal_path("private");
    let (tx, _rx) = mpsc::channel(1);
    drop(EngineInbox::open(&path, tx.clone()).unwrap());
    let mode =
        |p: &std::path::Path| std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(path.parent().unwrap()), 0o700);
    assert_eq!(mode(&path), 0o600);
    let victim = path.with_file_name("victim");
    std::fs::write(&victim, b"precious").unwrap();
    let link = path.with_file_name("link.jsonl");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    assert!(EngineInbox::open(&link, tx).is_err());
    assert!(EngineInbox::compact(&link).is_err());
    assert_eq!(std::fs::read(&victim).unwrap(), b"precious");
    cleanup(&path);
}
