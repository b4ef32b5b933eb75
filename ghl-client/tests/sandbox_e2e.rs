//! The client against the sandbox over real HTTP, with the sandbox's clock and the client's
//! sped up by the same factor: limits adapt without 429s, faults are retried where safe, and a
//! create whose answer is lost is never duplicated.

use std::time::Duration;

use ghl_client::models::contact::{ContactSearch, NewContact};
use ghl_client::runtime::ScaledClock;
use ghl_client::runtime::retry::RetryPolicy;
use ghl_client::{GhlClient, GhlClientBuilder};
use ghl_notion_sandbox::{Sandbox, SandboxConfig};
use serde_json::{Value, json};

/// Fast enough to keep the tests short, slow enough that a few milliseconds of scheduling
/// delay on a loaded machine stay well inside a rate-limit window.
const SCALE: f64 = 20.0;

async fn sandbox(config: SandboxConfig) -> Sandbox {
    Sandbox::start(config.with_seed(5).with_contacts(40).with_time_scale(SCALE))
        .await
        .expect("sandbox starts")
}

fn client(sandbox: &Sandbox) -> GhlClientBuilder {
    GhlClient::builder()
        .base_url(sandbox.ghl_base_url())
        .private_token(sandbox.ghl_api_key())
        .location_id(sandbox.location_id())
        .clock(ScaledClock::new(SCALE).shared())
        .jitter_seed(3)
}

async fn control(sandbox: &Sandbox, method: reqwest::Method, path: &str, body: Value) -> Value {
    reqwest::Client::new()
        .request(method, format!("{}{path}", sandbox.control_url()))
        .json(&body)
        .send()
        .await
        .expect("control API answers")
        .json()
        .await
        .unwrap_or(Value::Null)
}

#[tokio::test]
async fn a_stricter_server_limit_is_followed_with_at_most_the_probes_429() {
    // The account allows 25 per 10 s; the client is configured for GHL's usual 100.
    let sb = sandbox(SandboxConfig::default().with_rate_limit(25, 200_000)).await;
    let ghl = client(&sb).build().unwrap();
    let mut tasks = Vec::new();
    for _ in 0..4 {
        let ghl = ghl.clone();
        tasks.push(tokio::spawn(async move {
            for _ in 0..15 {
                ghl.locations()
                    .get(ghl.location_id().unwrap())
                    .await
                    .expect("every call succeeds");
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let location = sb.location_id().to_owned();
    let m = ghl.metrics();
    // At most one 429: the probe that learns the phase of the server's fixed window once the
    // local log and the server both say it is full (`ghl-client/tests/limiter_windows.rs`).
    assert!(m.requests <= 61, "{m:?}");
    assert!(
        m.throttled <= 1,
        "at most the probe's 429 reached the client: {m:?}"
    );
    assert!(
        m.throttle_waits > 0,
        "the client waited for windows instead"
    );
    let status = ghl.rate_limit_status(&location).unwrap();
    assert_eq!(status.max, Some(25));
    let stats = sb.stats();
    assert!(stats["rateLimited"].as_u64() <= Some(1), "{stats}");
}

#[tokio::test]
async fn reads_survive_injected_server_errors() {
    let sb = sandbox(SandboxConfig::default()).await;
    control(
        &sb,
        reqwest::Method::POST,
        "/faults",
        json!({"api": "ghl", "script": ["503", "502", "ok"], "method": "POST", "pathPrefix": "/contacts/search"}),
    )
    .await;
    let ghl = client(&sb).build().unwrap();
    let page = ghl
        .contacts()
        .search(ContactSearch::new().page_limit(10))
        .await
        .expect("the search is retried past two 5xx");
    assert_eq!(page.items.len(), 10);
    assert_eq!(ghl.metrics().retries, 2);
}

#[tokio::test]
async fn a_create_whose_answer_is_lost_is_not_duplicated() {
    let sb = sandbox(SandboxConfig::default()).await;
    let ghl = client(&sb)
        .retry_policy(RetryPolicy::default())
        .build()
        .unwrap();
    let before = ghl
        .contacts()
        .search(ContactSearch::new().page_limit(1))
        .await
        .unwrap()
        .total;
    control(
        &sb,
        reqwest::Method::POST,
        "/faults",
        json!({"api": "ghl", "script": ["lost_response"], "method": "POST", "pathPrefix": "/contacts/"}),
    )
    .await;
    let err = ghl
        .contacts()
        .create(
            NewContact::new()
                .email("once@example.com")
                .first_name("Once"),
        )
        .await
        .expect_err("the client saw a 500");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(
        ghl.metrics().retries,
        0,
        "a create is never repeated blindly"
    );
    let after = ghl
        .contacts()
        .search(ContactSearch::new().page_limit(1))
        .await
        .unwrap()
        .total;
    assert_eq!(
        after,
        before.map(|n| n + 1),
        "exactly one contact was created"
    );
}

#[tokio::test]
async fn a_429_from_the_server_is_waited_out_and_retried() {
    let sb = sandbox(SandboxConfig::default()).await;
    control(
        &sb,
        reqwest::Method::POST,
        "/faults",
        json!({"api": "ghl", "script": ["429", "ok"], "pathPrefix": "/locations/"}),
    )
    .await;
    let ghl = client(&sb).build().unwrap();
    let started = std::time::Instant::now();
    ghl.locations()
        .get(ghl.location_id().unwrap())
        .await
        .expect("retried after the 429");
    let m = ghl.metrics();
    assert_eq!((m.throttled, m.retries), (1, 1));
    // Sandbox time runs 20× faster: whatever the wait, it stays well under real seconds.
    assert!(started.elapsed() < Duration::from_secs(5));
}
