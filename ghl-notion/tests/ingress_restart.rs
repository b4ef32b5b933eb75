//! Restarting `serve` with events left in the journal: the receiver answers at once while the
//! old events are applied behind it, lines that do not verify are skipped, and a replay cut
//! short by a crash is finished on the next start.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use bytes::Bytes;
use ghl_client::runtime::ManualClock;
use ghl_client::webhooks::{FileSink, Ingress, Outcome, Verifier, WebhookKeys};
use ghl_notion::service::default_sandbox;
use ghl_notion::{Config, SyncService};
use ghl_notion_sandbox::webhooks::sign::WebhookSigner;
use serde_json::json;
use tokio::sync::oneshot;

/// A fresh private directory for the journal.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "ghl-ingress-{name}-{}-{}",
        std::process::id(),
        fastrand::u64(..)
    ));
    ghl_client::runtime::private_fs::create_private_dir(&dir).expect("scratch");
    dir
}

fn now_iso() -> String {
    chrono::DateTime::<chrono::Utc>::from(SystemTime::now()).to_rfc3339()
}

fn contact_update(location: &str, webhook_id: &str, contact: &str) -> Bytes {
    Bytes::from(
        serde_json::to_vec(&json!({
            "type": "ContactUpdate", "locationId": location, "id": contact,
            "firstName": "Replayed", "lastName": contact, "email": format!("{contact}@example.com"),
            "timestamp": now_iso(), "webhookId": webhook_id
        }))
        .expect("json"),
    )
}

/// Signature headers the sandbox's keys produce (the embedded sandbox's keys are what
/// `serve` verifies with), and `Content-Type: application/json`.
fn signed_headers(signer: &WebhookSigner, body: &[u8]) -> http::HeaderMap {
    let signatures = signer.sign(body);
    let mut headers = http::HeaderMap::new();
    headers.insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("application/json"),
    );
    headers.insert(
        "x-ghl-signature",
        http::HeaderValue::from_str(&signatures.ed25519).expect("base64"),
    );
    headers
}

fn sandbox_verifier(signer: &WebhookSigner) -> Verifier {
    Verifier::new(
        WebhookKeys::empty()
            .with_pem(&signer.ed25519_public_pem())
            .expect("sandbox key"),
    )
}

/// Journals `count` verified contact updates at `path` as a crashed run would have left
/// them, then appends `planted` lines that do not verify.
async fn leave_journal(path: &Path, location: &str, prefix: &str, count: usize, planted: usize) {
    let signer = WebhookSigner::new();
    let ingress = Ingress::builder(FileSink::open(path).expect("journal"))
        .verifier(sandbox_verifier(&signer))
        .clock(ManualClock::starting_at(SystemTime::now()).shared())
        .build();
    for i in 0..count {
        let body = contact_update(
            location,
            &format!("{prefix}-{i}"),
            &format!("{prefix}-c{i}"),
        );
        let out = ingress
            .handle(&signed_headers(&signer, &body), body, None)
            .await;
        assert!(matches!(out, Outcome::Persisted { .. }), "{out:?}");
    }
    if planted > 0 {
        let template = FileSink::read(path).expect("read").swap_remove(0);
        let mut line = serde_json::to_value(&template).expect("json");
        line.as_object_mut().expect("object").remove("signatures");
        let mut text = String::new();
        for i in 0..planted {
            let body = contact_update(location, &format!("planted-{i}"), "evil");
            line["body"] = String::from_utf8(body.to_vec()).expect("utf8").into();
            line["webhook_id"] = format!("planted-{i}").into();
            text.push_str(&format!("{line}\n"));
        }
        use std::io::Write as _;
        std::fs::OpenOptions::new()
            .append(true)
            .open(path)
            .and_then(|mut f| f.write_all(text.as_bytes()))
            .expect("plant");
    }
}

async fn service(journal: &Path) -> SyncService {
    let mut config = Config::default();
    config.webhooks.listen = "127.0.0.1:0".to_owned();
    config.admin.listen = "127.0.0.1:0".to_owned();
    config.webhooks.journal = Some(journal.to_path_buf());
    config.schedule.repair_every = Duration::ZERO;
    SyncService::builder()
        .config(config)
        .sandbox(
            default_sandbox()
                .with_contacts(3)
                .with_opportunities(0)
                // The emulated APIs' rate limits run ten times faster; the clock too, which
                // keeps a delivery stamped now well inside the five-minute window.
                .with_time_scale(10.0),
        )
        .build()
        .await
        .expect("the service starts on the embedded sandbox")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_with_a_large_journal_answers_before_the_replay_finishes() {
    // 40 events, each delivered 100 times (as GHL's retries of 429s leave them): 4,000
    // lines to read and verify, 40 records to write to Notion.
    const DISTINCT: usize = 40;
    const COPIES: usize = 100;
    let dir = scratch("restart");
    let journal = dir.join("journal.jsonl");
    let service = service(&journal).await;
    let location = service
        .sandbox()
        .expect("embedded")
        .location_id()
        .to_owned();
    leave_journal(&journal, &location, "old", DISTINCT, 0).await;
    let once = std::fs::read_to_string(&journal).expect("journal");
    std::fs::write(&journal, once.repeat(COPIES)).expect("copies");
    leave_journal(&journal, &location, "old-extra", 0, 2).await;
    let replaying = FileSink::replaying_path(&journal);

    let (url_tx, url_rx) = oneshot::channel::<String>();
    let (stop_tx, stop_rx) = oneshot::channel::<()>();
    let serving = service.serve_announced(
        async {
            let _ = stop_rx.await;
        },
        move |url| {
            let _ = url_tx.send(url.to_owned());
        },
    );
    let client = async {
        let url = url_rx.await.expect("serve announces its URL");
        let started = Instant::now();
        let signer = WebhookSigner::new();
        let body = contact_update(&location, "live-1", "live-c1");
        let response = reqwest::Client::new()
            .post(&url)
            .headers(signed_headers(&signer, &body))
            .body(body)
            .timeout(Duration::from_secs(5))
            .send()
            .await
            .expect("the port answers");
        let took = started.elapsed();
        // The old events are still being applied: their file is still there.
        let replay_pending = replaying.exists();
        let status = response.status().as_u16();
        let _ = stop_tx.send(());
        (status, took, replay_pending)
    };
    let (summary, (status, took, replay_pending)) = tokio::join!(serving, client);
    let summary = summary.expect("serve");
    assert_eq!(status, 200);
    assert!(took < Duration::from_secs(1), "answered in {took:?}");
    assert!(replay_pending, "answered before the replay finished");
    assert_eq!(summary.replayed, (DISTINCT * COPIES) as u64, "{summary:?}");
    assert_eq!(summary.replay_rejected, 2, "planted lines skipped");
    assert!(summary.events_received >= 1, "{summary:?}");
    assert!(!replaying.exists(), "removed once applied");
    assert_eq!(FileSink::read(&journal).map(|l| l.len()).unwrap_or(0), 0);
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replay_cut_short_by_a_crash_is_finished_on_the_next_start() {
    let dir = scratch("crash");
    let journal = dir.join("journal.jsonl");
    let service = service(&journal).await;
    let location = service
        .sandbox()
        .expect("embedded")
        .location_id()
        .to_owned();
    // A first run crashed while replaying (its `.replaying` file is left), after the second
    // run's receiver had journaled new events.
    leave_journal(&journal, &location, "older", 20, 0).await;
    let replaying = FileSink::rotate(&journal).expect("rotate").expect("lines");
    leave_journal(&journal, &location, "newer", 10, 1).await;

    let summary = service
        .serve(async {})
        .await
        .expect("serve starts and stops");
    assert_eq!(summary.replayed, 30, "{summary:?}");
    assert_eq!(summary.replay_rejected, 1);
    assert!(!replaying.exists());
    let _ = std::fs::remove_dir_all(&dir);
}
