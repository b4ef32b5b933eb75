//! The axum ingress, driven with `tower::ServiceExt::oneshot` (no port).
#![cfg(feature = "webhook-server")]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use ghl_client::runtime::ManualClock;
use ghl_client::webhooks::testing::TestSigner;
use ghl_client::webhooks::{
    ChannelSink, EventKind, EventSink, FileSink, Ingress, SinkError, VerifiedEvent, router,
};
use http::HeaderMap;
use tower::ServiceExt as _;

/// Stores events in memory; fails the first `failures` calls.
#[derive(Debug, Default)]
struct FlakySink {
    failures: AtomicUsize,
    calls: AtomicUsize,
    stored: Mutex<Vec<VerifiedEvent>>,
}

impl FlakySink {
    fn failing(n: usize) -> Arc<Self> {
        Arc::new(Self {
            failures: AtomicUsize::new(n),
            ..Self::default()
        })
    }

    fn stored(&self) -> Vec<VerifiedEvent> {
        self.stored.lock().expect("lock").clone()
    }
}

impl EventSink for FlakySink {
    async fn persist(&self, event: VerifiedEvent) -> Result<(), SinkError> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        if self
            .failures
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok()
        {
            return Err(SinkError::other("database is down"));
        }
        self.stored.lock().expect("lock").push(event);
        Ok(())
    }
}

struct Rig<S> {
    app: Router,
    clock: ManualClock,
    signer: TestSigner,
    ingress: Ingress<S>,
}

fn rig<S: EventSink>(sink: S) -> Rig<S> {
    let clock = ManualClock::new(); // 2026-01-01T00:00:00Z
    let signer = TestSigner::new();
    let ingress = Ingress::builder(sink)
        .verifier(signer.verifier())
        .clock(clock.shared())
        .max_body_bytes(64 * 1024)
        .build();
    Rig {
        app: router(ingress.clone()),
        clock,
        signer,
        ingress,
    }
}

fn delivery(webhook_id: &str) -> Vec<u8> {
    format!(
        r#"{{"type":"ContactCreate","locationId":"loc1","id":"c-{webhook_id}","timestamp":"2026-01-01T00:00:00Z","webhookId":"{webhook_id}"}}"#
    )
    .into_bytes()
}

/// Only `Content-Type: application/json`.
fn json_only() -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("application/json"),
    );
    headers
}

async fn post(
    app: &Router,
    path: &str,
    headers: HeaderMap,
    body: Vec<u8>,
) -> (StatusCode, HeaderMap, String) {
    let mut request = Request::post(path).body(Body::from(body)).expect("request");
    request.headers_mut().extend(headers);
    let response = app.clone().oneshot(request).await.expect("infallible");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .expect("body");
    (
        status,
        headers,
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

#[tokio::test]
async fn a_signed_delivery_is_persisted_then_answered_200() {
    let sink = FlakySink::failing(0);
    let rig = rig(Arc::clone(&sink));
    let body = delivery("w1");
    let (status, _, text) = post(
        &rig.app,
        "/webhooks/ghl",
        rig.signer.headers(&body),
        body.clone(),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{text}");
    assert!(text.contains("persisted"));
    let stored = sink.stored();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].body.as_ref(), body.as_slice(), "exact bytes kept");
    assert_eq!(stored[0].event.kind(), Some(EventKind::ContactCreate));
    assert_eq!(stored[0].dedupe_key, "webhook:w1");
    assert_eq!(
        stored[0].envelope.location_id.as_ref().map(|l| l.as_str()),
        Some("loc1")
    );
}

#[tokio::test]
async fn a_replayed_webhook_id_answers_200_without_persisting_again() {
    let sink = FlakySink::failing(0);
    let rig = rig(Arc::clone(&sink));
    let body = delivery("w2");
    for _ in 0..3 {
        let (status, _, _) = post(
            &rig.app,
            "/webhooks/ghl",
            rig.signer.headers(&body),
            body.clone(),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
    }
    let (_, _, text) = post(
        &rig.app,
        "/webhooks/ghl",
        rig.signer.headers(&body),
        body.clone(),
    )
    .await;
    assert!(text.contains("duplicate"), "{text}");
    assert_eq!(sink.stored().len(), 1);
    assert_eq!(sink.calls.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_failing_sink_answers_429_and_the_retried_delivery_is_persisted_exactly_once() {
    let sink = FlakySink::failing(3);
    let rig = rig(Arc::clone(&sink));
    let body = delivery("w3");
    let headers = rig.signer.headers(&body);
    // GHL's schedule: first attempt, then retries ~10 minutes apart (same bytes, same id).
    for attempt in 0..3 {
        let (status, response_headers, _) =
            post(&rig.app, "/webhooks/ghl", headers.clone(), body.clone()).await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "attempt {attempt}");
        assert!(response_headers.contains_key("retry-after"));
        assert!(sink.stored().is_empty());
        rig.clock.advance(Duration::from_secs(10 * 60 + 7));
    }
    // The 4th attempt is 30+ minutes after the timestamp: outside the window, but deferred.
    let (status, _, text) = post(&rig.app, "/webhooks/ghl", headers.clone(), body.clone()).await;
    assert_eq!(status, StatusCode::OK, "{text}");
    // A late extra retry is a duplicate.
    rig.clock.advance(Duration::from_secs(600));
    let (status, _, _) = post(&rig.app, "/webhooks/ghl", headers, body).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(sink.stored().len(), 1, "persisted exactly once");
    assert_eq!(sink.calls.load(Ordering::SeqCst), 4);
}

#[tokio::test]
async fn a_full_channel_answers_429_and_nothing_is_marked_seen() {
    let (sink, mut events) = ChannelSink::new(1);
    let rig = rig(sink);
    let (a, b) = (delivery("a"), delivery("b"));
    let (status, _, _) = post(&rig.app, "/webhooks/ghl", rig.signer.headers(&a), a.clone()).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = post(&rig.app, "/webhooks/ghl", rig.signer.headers(&b), b.clone()).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(events.recv().await.is_some());
    let (status, _, text) =
        post(&rig.app, "/webhooks/ghl", rig.signer.headers(&b), b.clone()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        text.contains("persisted"),
        "b was not marked seen by the failed attempt: {text}"
    );
    let event = events.recv().await.expect("b");
    assert_eq!(event.envelope.webhook_id.as_deref(), Some("b"));
}

#[tokio::test]
async fn bad_signatures_and_stale_timestamps_answer_401() {
    let sink = FlakySink::failing(0);
    let rig = rig(Arc::clone(&sink));
    let body = delivery("w4");
    // Unsigned.
    let (status, _, _) = post(&rig.app, "/webhooks/ghl", json_only(), body.clone()).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // Signed by someone else.
    let other = TestSigner::from_seed([7; 32]);
    let (status, _, text) = post(
        &rig.app,
        "/webhooks/ghl",
        other.ed25519_headers(&body),
        body.clone(),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{text}");
    // Valid signature over other bytes.
    let mut tampered = body.clone();
    tampered[10] ^= 1;
    let (status, _, _) = post(
        &rig.app,
        "/webhooks/ghl",
        rig.signer.headers(&body),
        tampered,
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // Stale.
    rig.clock.advance(Duration::from_secs(301));
    let (status, _, text) = post(&rig.app, "/webhooks/ghl", rig.signer.headers(&body), body).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(text.contains("stale"), "{text}");
    assert!(sink.stored().is_empty());
}

#[tokio::test]
async fn oversized_bodies_answer_413_and_bad_json_400() {
    let sink = FlakySink::failing(0);
    let rig = rig(Arc::clone(&sink));
    let big = vec![b' '; 64 * 1024 + 1];
    let (status, _, _) = post(
        &rig.app,
        "/webhooks/ghl",
        rig.signer.headers(&big),
        big.clone(),
    )
    .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    // The pipeline enforces the limit on its own too (for other frameworks).
    let outcome = rig
        .ingress
        .handle(&rig.signer.headers(&big), big.into(), None)
        .await;
    assert_eq!(outcome.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let junk = b"[not json".to_vec();
    let (status, _, _) = post(&rig.app, "/webhooks/ghl", rig.signer.headers(&junk), junk).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _, _) = post(
        &rig.app,
        "/webhooks/ghl/NoSuchEvent",
        HeaderMap::new(),
        b"{}".to_vec(),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(sink.stored().is_empty());
}

#[tokio::test]
async fn the_event_route_hints_the_kind_for_typeless_bodies() {
    let sink = FlakySink::failing(0);
    let rig = rig(Arc::clone(&sink));
    let body = br#"{"_id":"i1","altId":"loc1","altType":"location","invoiceNumber":"7","status":"draft","webhookId":"w5","timestamp":"2026-01-01T00:00:00Z"}"#.to_vec();
    let (status, _, _) = post(
        &rig.app,
        "/webhooks/ghl/InvoiceCreate",
        rig.signer.headers(&body),
        body,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let stored = sink.stored();
    assert_eq!(stored[0].event.kind(), Some(EventKind::InvoiceCreate));
    assert_eq!(
        stored[0].envelope.location_id.as_ref().map(|l| l.as_str()),
        Some("loc1")
    );
}

#[tokio::test]
async fn only_json_is_accepted_and_unstamped_bodies_are_refused() {
    let sink = FlakySink::failing(0);
    let rig = rig(Arc::clone(&sink));
    let body = delivery("ct");
    for content_type in ["text/plain", "application/x-www-form-urlencoded", ""] {
        let mut headers = rig.signer.headers(&body);
        headers.remove(http::header::CONTENT_TYPE);
        if !content_type.is_empty() {
            headers.insert(
                http::header::CONTENT_TYPE,
                http::HeaderValue::from_static(content_type),
            );
        }
        let (status, _, _) = post(&rig.app, "/webhooks/ghl", headers, body.clone()).await;
        assert_eq!(
            status,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "{content_type:?}"
        );
    }
    let mut headers = rig.signer.headers(&body);
    headers.insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("application/json; charset=utf-8"),
    );
    let (status, _, text) = post(&rig.app, "/webhooks/ghl", headers, body).await;
    assert_eq!(status, StatusCode::OK, "{text}");

    // Signed, but with no readable timestamp: refused by default.
    for unstamped in [
        br#"{"type":"ContactCreate","id":"c1","webhookId":"n1"}"#.to_vec(),
        br#"{"type":"ContactCreate","id":"c1","webhookId":"n2","timestamp":"soon"}"#.to_vec(),
        br#"{"type":"ContactCreate","id":"c1","webhookId":"n3","timestamp":-9223372036854775808}"#
            .to_vec(),
        br#"{"type":"ContactCreate","id":"c1","webhookId":"n4","timestamp":{"at":1}}"#.to_vec(),
    ] {
        let (status, _, text) = post(
            &rig.app,
            "/webhooks/ghl",
            rig.signer.headers(&unstamped),
            unstamped,
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{text}");
        assert!(text.contains("timestamp"), "{text}");
    }
    assert_eq!(sink.stored().len(), 1);
}

#[tokio::test]
async fn get_is_not_allowed() {
    let rig = rig(FlakySink::failing(0));
    let request = Request::get("/webhooks/ghl")
        .body(Body::empty())
        .expect("request");
    let response = rig.app.clone().oneshot(request).await.expect("infallible");
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test]
async fn the_file_sink_appends_durable_lines_with_the_exact_body() {
    let path = std::env::temp_dir().join(format!("ghl-webhooks-{}.jsonl", std::process::id()));
    let _ = std::fs::remove_file(&path);
    let rig = rig(FileSink::open(&path).expect("open"));
    for id in ["f1", "f2", "f1"] {
        let body = delivery(id);
        let (status, _, _) = post(&rig.app, "/webhooks/ghl", rig.signer.headers(&body), body).await;
        assert_eq!(status, StatusCode::OK);
    }
    let stored = FileSink::read(&path).expect("read");
    assert_eq!(stored.len(), 2);
    assert_eq!(stored[0].body.as_bytes(), delivery("f1").as_slice());
    assert_eq!(stored[1].webhook_id.as_deref(), Some("f2"));
    assert_eq!(stored[0].event, "ContactCreate");
    // Re-verifiable from the stored line alone: its signature headers are kept.
    assert!(stored[1].signatures.ghl.is_some() && stored[1].signatures.wh.is_some());
    assert!(stored[1].verify(&rig.signer.verifier()).is_ok());
    let _ = std::fs::remove_file(&path);
}
