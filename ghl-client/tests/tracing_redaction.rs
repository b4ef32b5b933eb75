//! Captures every `tracing` line of a run (all targets, TRACE level) with a token, through
//! successes, retries, errors that echo the token, and decode failures, and finds no token
//! bytes anywhere.

use std::io::Write;
use std::sync::{Arc, Mutex};

use ghl_client::runtime::ManualClock;
use ghl_client::{GhlClient, Request};
use serde_json::json;
use wiremock::matchers::path;
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "pit-4b1d-SECRET-never-log-me";

#[derive(Clone)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn no_token_bytes_in_any_log_line() {
    let buf = Arc::new(Mutex::new(Vec::new()));
    let writer = Capture(buf.clone());
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = MockServer::start().await;
    Mock::given(path("/ok"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"ok": true})))
        .mount(&server)
        .await;
    Mock::given(path("/echo"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({
            "statusCode": 401,
            "message": format!("Invalid token {TOKEN}"),
            "detail": format!("Bearer {TOKEN}"),
        })))
        .mount(&server)
        .await;
    Mock::given(path("/flaky"))
        .respond_with(ResponseTemplate::new(503).set_body_string(TOKEN))
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = GhlClient::builder()
        .base_url(server.uri())
        .private_token(TOKEN)
        .location_id("loc_1")
        .clock(clock.shared())
        .build()
        .unwrap();

    client.send_empty(Request::get("/ok", "/ok")).await.unwrap();
    let e1 = client
        .send_empty(Request::get("/echo", "/echo"))
        .await
        .unwrap_err();
    let e2 = client
        .send_empty(Request::get("/flaky", "/flaky"))
        .await
        .unwrap_err();
    let e3 = client
        .send::<Vec<u8>>(Request::get("/ok", "/ok"))
        .await
        .unwrap_err();
    for e in [&e1, &e2, &e3] {
        tracing::error!(error = %e, debug = ?e, "reporting the failure");
    }
    tracing::info!(client = ?client, "client state");

    let text = String::from_utf8_lossy(&buf.lock().unwrap()).to_string();
    assert!(text.contains("ghl.request"), "spans were captured: {text}");
    assert!(text.contains("retrying"), "retries were logged");
    assert!(!text.contains(TOKEN), "token leaked into logs:\n{text}");
    assert!(
        !text.contains("SECRET-never"),
        "token fragment leaked:\n{text}"
    );
}
