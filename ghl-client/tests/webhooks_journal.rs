//! The journal: lines keep their signatures and are verified again when read back, files are
//! private, links are refused, and rotation never loses a line.
#![cfg(feature = "webhooks")]

use std::io::Write as _;
use std::path::{Path, PathBuf};

use ghl_client::runtime::ManualClock;
use ghl_client::webhooks::testing::TestSigner;
use ghl_client::webhooks::{FileSink, Ingress, Outcome, StoredEvent};

/// A fresh private scratch directory (removed by the caller).
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "ghl-journal-{name}-{}-{}",
        std::process::id(),
        fastrand::u64(..)
    ));
    ghl_client::runtime::private_fs::create_private_dir(&dir).expect("scratch dir");
    dir
}

fn delivery(id: &str) -> Vec<u8> {
    format!(
        r#"{{"type":"ContactCreate","locationId":"loc1","id":"c-{id}","timestamp":"2026-01-01T00:00:00Z","webhookId":"{id}"}}"#
    )
    .into_bytes()
}

/// Journals `ids` through an ingress, as the receiver does.
async fn journal(path: &Path, signer: &TestSigner, ids: &[&str]) {
    let ingress = Ingress::builder(FileSink::open(path).expect("open"))
        .verifier(signer.verifier())
        .clock(ManualClock::new().shared())
        .build();
    for id in ids {
        let body = delivery(id);
        let out = ingress
            .handle(&signer.headers(&body), body.into(), None)
            .await;
        assert!(matches!(out, Outcome::Persisted { .. }), "{out:?}");
    }
}

fn append(path: &Path, line: &str) {
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(path)
        .expect("open");
    writeln!(file, "{line}").expect("append");
}

#[tokio::test]
async fn lines_that_do_not_verify_are_skipped_and_counted() {
    let dir = scratch("forged");
    let path = dir.join("journal.jsonl");
    let signer = TestSigner::new();
    journal(&path, &signer, &["a", "b"]).await;
    let good = FileSink::read(&path).expect("read");
    assert_eq!(good.len(), 2);

    // A planted line: a valid-looking event with no signatures (as an older version wrote).
    let mut planted = serde_json::to_value(&good[0]).expect("json");
    planted["body"] = String::from_utf8(delivery("planted")).expect("utf8").into();
    planted["dedupe_key"] = "webhook:planted".into();
    planted
        .as_object_mut()
        .expect("object")
        .remove("signatures");
    append(&path, &planted.to_string());
    // A forged one: signed by another key.
    let forger = TestSigner::from_seed([9; 32]);
    let body = delivery("forged");
    let mut forged = planted.clone();
    forged["body"] = String::from_utf8(body.clone()).expect("utf8").into();
    forged["signatures"] = serde_json::json!({"ghl": forger.sign_ed25519(&body)});
    append(&path, &forged.to_string());
    // An edited one: a real signature over other bytes.
    let mut edited = serde_json::to_value(&good[1]).expect("json");
    edited["body"] = String::from_utf8(delivery("edited")).expect("utf8").into();
    append(&path, &edited.to_string());
    // Junk, and a torn last line.
    append(&path, "not json");
    std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .and_then(|mut f| f.write_all(br#"{"dedupe_key":"webhook:c","ev"#))
        .expect("torn");

    let read = FileSink::read_verified(&path, &signer.verifier()).expect("read");
    let ids: Vec<_> = read
        .events
        .iter()
        .map(|e| e.webhook_id.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(ids, ["a", "b"], "only lines that verify");
    assert_eq!(read.rejected, 3, "planted, forged and edited");
    assert_eq!(read.unreadable, 2, "junk and the torn line");
    // Unverified reading still sees them (for counting), verification does not.
    assert_eq!(FileSink::read(&path).expect("read").len(), 5);
    // The same lines under other keys: nothing verifies.
    let other = FileSink::read_verified(&path, &forger.verifier()).expect("read");
    assert_eq!(other.events.len(), 1, "only the forger's own line");
    std::fs::remove_dir_all(&dir).expect("cleanup");
}

#[tokio::test]
async fn a_new_line_after_a_torn_one_starts_on_its_own_line() {
    let dir = scratch("torn");
    let path = dir.join("journal.jsonl");
    let signer = TestSigner::new();
    journal(&path, &signer, &["a"]).await;
    std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .and_then(|mut f| f.write_all(br#"{"dedupe_key":"torn"#))
        .expect("torn");
    journal(&path, &signer, &["b"]).await;
    let read = FileSink::read_verified(&path, &signer.verifier()).expect("read");
    assert_eq!(read.events.len(), 2, "the line after the torn one survives");
    assert_eq!(read.unreadable, 1);
    std::fs::remove_dir_all(&dir).expect("cleanup");
}

#[cfg(unix)]
#[tokio::test]
async fn journal_files_are_private_and_links_are_refused() {
    use std::os::unix::fs::PermissionsExt as _;
    let mode = |p: &Path| {
        std::fs::symlink_metadata(p)
            .expect("metadata")
            .permissions()
            .mode()
            & 0o777
    };
    let dir = scratch("modes");
    let path = dir.join("state").join("journal.jsonl");
    let signer = TestSigner::new();
    journal(&path, &signer, &["a"]).await;
    assert_eq!(mode(&dir.join("state")), 0o700, "directory created 0700");
    assert_eq!(mode(&path), 0o600, "journal created 0600");
    let replaying = FileSink::rotate(&path).expect("rotate").expect("lines");
    assert_eq!(mode(&replaying), 0o600);

    // An old world-readable journal is narrowed when opened.
    let old = dir.join("old.jsonl");
    std::fs::write(&old, b"").expect("write");
    std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    drop(FileSink::open(&old).expect("open"));
    assert_eq!(mode(&old), 0o600);

    // A link planted where the journal goes: refused, its target untouched.
    let victim = dir.join("victim");
    std::fs::write(&victim, b"precious").expect("write");
    let link = dir.join("linked.jsonl");
    std::os::unix::fs::symlink(&victim, &link).expect("symlink");
    assert!(FileSink::open(&link).is_err(), "open refuses a link");
    assert!(FileSink::read(&link).is_err(), "read refuses a link");
    assert!(FileSink::compact(&link).is_err(), "compact refuses a link");
    assert!(FileSink::rotate(&link).is_err(), "rotate refuses a link");
    let planted = FileSink::replaying_path(dir.join("j2.jsonl"));
    std::os::unix::fs::symlink(&victim, &planted).expect("symlink");
    assert!(FileSink::rotate(dir.join("j2.jsonl")).is_err());
    assert_eq!(std::fs::read(&victim).expect("read"), b"precious");
    std::fs::remove_dir_all(&dir).expect("cleanup");
}

#[tokio::test]
async fn rotation_moves_old_lines_aside_and_merges_a_leftover_replay() {
    let dir = scratch("rotate");
    let path = dir.join("journal.jsonl");
    let signer = TestSigner::new();
    assert_eq!(
        FileSink::rotate(&path).expect("rotate"),
        None,
        "nothing yet"
    );

    journal(&path, &signer, &["a", "b"]).await;
    let replaying = FileSink::rotate(&path).expect("rotate").expect("lines");
    assert_eq!(replaying, FileSink::replaying_path(&path));
    assert!(!path.exists(), "the journal starts empty");

    // A new run journals while the old lines wait; then it crashes before the replay ended,
    // with a torn last line in the old file.
    journal(&path, &signer, &["c"]).await;
    std::fs::OpenOptions::new()
        .append(true)
        .open(&replaying)
        .and_then(|mut f| f.write_all(br#"{"dedupe_key":"x"#))
        .expect("torn");
    let again = FileSink::rotate(&path).expect("rotate").expect("lines");
    assert_eq!(again, replaying);
    let read = FileSink::read_verified(&again, &signer.verifier()).expect("read");
    let ids: Vec<_> = read
        .events
        .iter()
        .map(|e| e.webhook_id.clone().unwrap_or_default())
        .collect();
    assert_eq!(ids, ["a", "b", "c"], "oldest first, nothing lost");
    assert_eq!(read.unreadable, 1);

    FileSink::finish_replay(&again).expect("finish");
    assert!(!again.exists());
    assert_eq!(FileSink::rotate(&path).expect("rotate"), None);
    FileSink::finish_replay(&again).expect("finishing twice is fine");
    std::fs::remove_dir_all(&dir).expect("cleanup");
}

#[tokio::test]
async fn compaction_empties_the_journal() {
    let dir = scratch("compact");
    let path = dir.join("journal.jsonl");
    let signer = TestSigner::new();
    journal(&path, &signer, &["a"]).await;
    FileSink::compact(&path).expect("compact");
    assert!(FileSink::read(&path).expect("read").is_empty());
    FileSink::compact(dir.join("missing.jsonl")).expect("a missing journal is fine");
    let stored: Vec<StoredEvent> = FileSink::read(&path).expect("read");
    assert!(stored.is_empty());
    std::fs::remove_dir_all(&dir).expect("cleanup");
}
