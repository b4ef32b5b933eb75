//! `Ingress::stats`: every delivery lands in exactly one outcome's count.
#![cfg(feature = "webhooks")]

use ghl_client::runtime::ManualClock;
use ghl_client::webhooks::testing::TestSigner;
use ghl_client::webhooks::{ChannelSink, Ingress, IngressStats};

fn body(id: &str, timestamp: &str) -> Vec<u8> {
    format!(r#"{{"type":"TaskComplete","id":"t1","webhookId":"{id}","timestamp":"{timestamp}"}}"#)
        .into_bytes()
}

#[tokio::test]
async fn each_outcome_has_its_own_count() {
    let signer = TestSigner::new();
    let clock = ManualClock::new(); // 2026-01-01T00:00:00Z
    let (sink, mut events) = ChannelSink::new(16);
    let ingress = Ingress::builder(sink)
        .verifier(signer.verifier())
        .clock(clock.shared())
        .max_body_bytes(400)
        .build();
    assert_eq!(ingress.stats(), IngressStats::default());
    let send = |body: Vec<u8>, signed: bool| {
        let headers = match signed {
            true => signer.headers(&body),
            false => TestSigner::from_seed([7; 32]).headers(&body),
        };
        let ingress = ingress.clone();
        async move { ingress.handle(&headers, body.into(), None).await }
    };
    let now = "2026-01-01T00:00:00Z";
    assert_eq!(send(body("w1", now), true).await.status(), 200);
    assert_eq!(send(body("w2", now), true).await.status(), 200);
    assert_eq!(
        send(body("w1", now), true).await.status(),
        200,
        "a duplicate"
    );
    assert_eq!(
        send(body("w3", now), false).await.status(),
        401,
        "another key"
    );
    assert_eq!(
        send(b"[1,2]".to_vec(), true).await.status(),
        400,
        "not an object"
    );
    assert_eq!(
        send(body("w4", "2025-12-31T23:00:00Z"), true)
            .await
            .status(),
        401,
        "stale"
    );
    assert_eq!(send(vec![b' '; 401], true).await.status(), 413);
    drop(events.recv().await);

    let stats = ingress.stats();
    let want = (2, 1, 0, 1, 1, 1, 1);
    assert_eq!(
        (
            stats.persisted,
            stats.duplicate,
            stats.retry_later,
            stats.too_large,
            stats.bad_signature,
            stats.malformed,
            stats.replay
        ),
        want
    );
    assert_eq!(stats.rejected(), 4);
    assert_eq!(stats.total(), 7);
}
