//! The time handshake against a sandbox started on its own (`--time-scale`): clients built
//! with defaults and the service's webhook receiver follow the sandbox's clock, learned from
//! its `x-sandbox-time-scale` / `x-sandbox-now` headers, with no configuration.

mod cli_support;

use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use cli_support::Sandbox;
use ghl_client::GhlClient;
use ghl_notion::WebhookReceiver;
use ghl_notion::config::{Config, TimeScale};
use ghl_notion::service::service_clock;
use ghl_notion_sandbox::webhooks::sign::WebhookSigner;
use notion_activity::NotionClient;
use reqwest::Method;
use serde_json::json;

/// The sandbox's time now (`GET /_sandbox/time`), in Unix milliseconds.
async fn sandbox_now_ms(sandbox: &Sandbox) -> i64 {
    sandbox.control(Method::GET, "/time", None).await["nowMs"]
        .as_i64()
        .expect("nowMs")
}

fn unix_ms(at: SystemTime) -> i64 {
    at.duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

fn ghl_client(sandbox: &Sandbox) -> GhlClient {
    GhlClient::builder()
        .base_url(sandbox.field("ghl_base_url"))
        .private_token(sandbox.field("ghl_api_key"))
        .location_id(sandbox.field("location_id"))
        .build()
        .expect("client")
}

/// How fast `clock` runs against real time (what it learned from the sandbox, if anything).
fn scale_of(clock: &ghl_client::runtime::SharedClock) -> f64 {
    clock.time_scale()
}

#[tokio::test]
async fn clients_built_with_defaults_follow_a_standalone_scaled_sandbox() {
    let sandbox = Sandbox::start_with(10, 2, &["--time-scale", "10"]);
    // An hour ahead of this machine: a client on real time would be an hour off.
    sandbox
        .control(
            Method::POST,
            "/time/advance",
            Some(json!({"seconds": 3600})),
        )
        .await;

    let ghl = ghl_client(&sandbox);
    let before = scale_of(ghl.clock());
    assert_eq!(before, 1.0, "real speed before any answer");
    let location = ghl.location_id().expect("location").clone();
    ghl.locations().get(&location).await.expect("a GHL answer");
    assert_eq!(
        scale_of(ghl.clock()),
        10.0,
        "the GHL client follows the sandbox"
    );
    let off = (unix_ms(ghl.clock().wall()) - sandbox_now_ms(&sandbox).await).abs();
    assert!(
        off < 2_000,
        "GHL client's wall time is {off} ms off the sandbox's"
    );

    let notion = NotionClient::builder()
        .base_url(sandbox.field("notion_base_url"))
        .token(sandbox.field("notion_token"))
        .build()
        .expect("client");
    notion.me().await.expect("a Notion answer");
    assert_eq!(
        scale_of(notion.clock()),
        10.0,
        "the Notion client follows the sandbox"
    );
    let off = (unix_ms(notion.clock().wall()) - sandbox_now_ms(&sandbox).await).abs();
    assert!(
        off < 2_000,
        "Notion client's wall time is {off} ms off the sandbox's"
    );

    // An explicit clock or time scale is not overridden by what the sandbox says.
    let pinned = GhlClient::builder()
        .base_url(sandbox.field("ghl_base_url"))
        .private_token(sandbox.field("ghl_api_key"))
        .location_id(sandbox.field("location_id"))
        .time_scale(1.0)
        .build()
        .expect("client");
    pinned
        .locations()
        .get(&location)
        .await
        .expect("a GHL answer");
    assert_eq!(scale_of(pinned.clock()), 1.0, "a pinned scale stays");
}

#[tokio::test]
async fn the_rate_limit_window_passes_at_the_sandbox_speed() {
    // Five requests per 10-second window, sandbox time running 50 times faster: sixteen
    // calls need three full windows, 30 sandbox seconds, 0.6 real seconds when the client
    // follows and 30 real seconds when it does not. (Whether it follows is read from the
    // clock, not timed: the test asserts what the client decided, not how fast this machine is.)
    let sandbox = Sandbox::start_with(10, 2, &["--time-scale", "50", "--burst-limit", "5"]);
    let ghl = ghl_client(&sandbox);
    let location = ghl.location_id().expect("location").clone();
    let began = sandbox_now_ms(&sandbox).await;
    for call in 0..16 {
        ghl.locations()
            .get(&location)
            .await
            .unwrap_or_else(|e| panic!("call {call}: {e}"));
    }
    assert_eq!(
        scale_of(ghl.clock()),
        50.0,
        "the client follows the sandbox"
    );
    // Sixteen calls at five per window cross at least three window boundaries: more than 20
    // sandbox seconds, waited out by the client (at most one 429: the probe that learns the
    // window's phase), not refused. How much of that time the client spent asleep and how much
    // went by while this machine worked (each real millisecond is 50 sandbox ones) depends on
    // the machine's load, so only the fact that it waited is asserted.
    let passed = sandbox_now_ms(&sandbox).await - began;
    assert!(passed > 20_000, "{passed} sandbox ms for 16 calls");
    let metrics = ghl.metrics();
    assert!(
        metrics.throttle_waits >= 1 && metrics.throttled <= 1,
        "the client waited for its windows in sandbox time: {metrics:?}"
    );
}

/// A fresh private directory.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "ghl-handshake-{name}-{}-{}",
        std::process::id(),
        fastrand::u64(..)
    ));
    ghl_client::runtime::private_fs::create_private_dir(&dir).expect("scratch");
    dir
}

fn contact_update(location: &str, webhook_id: &str, timestamp_ms: i64) -> Bytes {
    let timestamp = chrono::DateTime::<chrono::Utc>::from_timestamp_millis(timestamp_ms)
        .expect("a time")
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    Bytes::from(
        serde_json::to_vec(&json!({
            "type": "ContactUpdate", "locationId": location, "id": format!("c-{webhook_id}"),
            "firstName": "Timely", "email": format!("{webhook_id}@example.com"),
            "timestamp": timestamp, "webhookId": webhook_id
        }))
        .expect("json"),
    )
}

/// Posts `body` signed with the sandbox's key to the receiver; returns the status.
async fn deliver(receiver: &WebhookReceiver, signer: &WebhookSigner, body: Bytes) -> u16 {
    let signature = signer.sign(&body).ed25519;
    reqwest::Client::new()
        .post(receiver.url())
        .header("content-type", "application/json")
        .header("x-ghl-signature", signature)
        .body(body)
        .send()
        .await
        .expect("the receiver answers")
        .status()
        .as_u16()
}

#[tokio::test]
async fn the_receiver_checks_webhook_timestamps_in_sandbox_time() {
    let sandbox = Sandbox::start_with(10, 2, &["--time-scale", "10"]);
    // Sandbox time an hour ahead of this machine's: a receiver on real time refuses every
    // fresh delivery as from the future.
    sandbox
        .control(
            Method::POST,
            "/time/advance",
            Some(json!({"seconds": 3600})),
        )
        .await;
    let dir = scratch("receiver");
    let signer = WebhookSigner::new();
    let key = dir.join("sandbox-ed25519.pem");
    std::fs::write(&key, signer.ed25519_public_pem()).expect("key file");
    let mut config = Config::default();
    assert_eq!(config.sandbox.time_scale, TimeScale::Auto, "the default");
    config.ghl.base_url = Some(sandbox.field("ghl_base_url"));
    config.notion.base_url = Some(sandbox.field("notion_base_url"));
    config.webhooks.listen = "127.0.0.1:0".into();
    config.admin.listen = "127.0.0.1:0".into();
    config.webhooks.public_key = key.display().to_string();
    config.webhooks.journal = Some(dir.join("journal.jsonl"));
    config.state.path = dir.join("state.sqlite");

    let clock = service_clock(&config).await;
    let receiver = WebhookReceiver::start(&config, clock)
        .await
        .expect("receiver");
    let location = sandbox.field("location_id");
    let now = sandbox_now_ms(&sandbox).await;
    let minute = 60_000;
    for (what, timestamp, expected) in [
        ("sandbox now", now, 200),
        ("four sandbox minutes old", now - 4 * minute, 200),
        ("ten sandbox minutes old", now - 10 * minute, 401),
        ("ten sandbox minutes ahead", now + 10 * minute, 401),
        ("this machine's now", unix_ms(SystemTime::now()), 401),
    ] {
        let id = format!("wh-{}", what.replace(' ', "-"));
        let status = deliver(
            &receiver,
            &signer,
            contact_update(&location, &id, timestamp),
        )
        .await;
        assert_eq!(status, expected, "{what}");
    }

    // And what the sandbox itself signs and sends is accepted.
    sandbox
        .control(
            Method::PUT,
            "/webhooks",
            Some(json!({"url": receiver.url()})),
        )
        .await;
    sandbox
        .control(
            Method::POST,
            "/ghl/contacts",
            Some(json!({"firstName": "Delivered", "email": "delivered@example.com"})),
        )
        .await;
    sandbox
        .wait_for(
            "the sandbox's delivery",
            Duration::from_secs(30),
            || async {
                let log = sandbox.control(Method::GET, "/webhooks/log", None).await;
                log["deliveries"].as_array().is_some_and(|d| !d.is_empty())
            },
        )
        .await;
    let log = sandbox.control(Method::GET, "/webhooks/log", None).await;
    let deliveries = log["deliveries"].as_array().cloned().unwrap_or_default();
    assert!(
        deliveries
            .iter()
            .all(|d| d["outcome"] == "delivered" && d["status"] == 200),
        "{deliveries:#?}"
    );
    drop(receiver);
    let _ = std::fs::remove_dir_all(&dir);
}
