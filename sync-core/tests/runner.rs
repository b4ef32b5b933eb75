//! The hybrid runner: burst collapsing, scheduled reconciliation, graceful shutdown.

mod common;

use std::time::Duration;

use common::{Fixture, log};
use sync_core::record::{EntityKind, EventKind, SourceEvent};
use sync_core::runner::HybridRunner;

const C: EntityKind = EntityKind::from_static("contact");

#[tokio::test]
async fn a_burst_for_one_record_collapses_into_one_fetch() {
    let fx = Fixture::new();
    fx.source.set(C, "c1", "Ada");
    let engine = std::sync::Arc::new(fx.engine());
    let handle = HybridRunner::new(engine)
        .reconcile_on_start(false)
        .collapse_window(Duration::from_secs(2))
        .spawn();
    // Five events about one record (no payload: each alone would need a fetch), one about another.
    let sender = handle.sender();
    for i in 0..5 {
        sender
            .send(SourceEvent::new(
                format!("wh-{i}"),
                C,
                "c1",
                EventKind::Updated,
            ))
            .await
            .unwrap();
    }
    fx.source.set(C, "c2", "Bob");
    sender
        .send(SourceEvent::new("wh-x", C, "c2", EventKind::Created))
        .await
        .unwrap();
    let summary = handle.shutdown().await.unwrap();
    assert_eq!(summary.events_received, 6);
    assert_eq!(summary.groups_applied, 2, "{summary:?}");
    assert_eq!(fx.source.stats().fetches, 2, "one fetch per record");
    assert_eq!(fx.sink.events(&log()).len(), 6, "every event is logged");
    fx.assert_mirrored();
}

#[tokio::test]
async fn reconciles_on_schedule_and_shuts_down_cleanly() {
    let fx = Fixture::new();
    for i in 0..10 {
        fx.source.set(C, &format!("c{i}"), "x");
    }
    let engine = std::sync::Arc::new(fx.engine());
    let mut progress = engine.subscribe();
    let handle = HybridRunner::new(engine)
        .entities(vec![C])
        .interval(Duration::from_secs(600))
        .spawn();
    // Wait until the first round reports done.
    loop {
        let p = progress.recv().await.unwrap();
        if p.phase == sync_core::progress::Phase::Done {
            break;
        }
    }
    let summary = handle.shutdown().await.unwrap();
    assert!(summary.reconciliations >= 1);
    assert_eq!(summary.failures, 0, "{:?}", summary.errors);
    assert_eq!(summary.last_reports.get(&C).map(|r| r.failed), Some(0));
    fx.assert_mirrored();
}

#[tokio::test]
async fn duplicates_and_stale_events_are_counted() {
    let fx = Fixture::new();
    let engine = std::sync::Arc::new(fx.engine());
    let old = fx.source.set(C, "c1", "old");
    let new = fx.source.set(C, "c1", "new");
    let mk = |id: &str, r: &sync_core::SourceRecord| {
        let mut e = SourceEvent::new(id, C, "c1", EventKind::Updated);
        e.record = Some(r.clone());
        e
    };
    engine.apply_event(&mk("wh-new", &new)).await.unwrap();
    let handle = HybridRunner::new(engine).reconcile_on_start(false).spawn();
    handle.send(mk("wh-new", &new)).await.unwrap();
    handle.send(mk("wh-old", &old)).await.unwrap();
    let summary = handle.shutdown().await.unwrap();
    assert_eq!(summary.duplicates, 1);
    assert_eq!(summary.stale, 1);
    fx.assert_mirrored();
}

#[tokio::test]
async fn a_full_channel_applies_backpressure() {
    let fx = Fixture::new();
    let engine = std::sync::Arc::new(fx.engine());
    let handle = HybridRunner::new(engine)
        .reconcile_on_start(false)
        .channel_capacity(1)
        .spawn();
    let sender = handle.sender();
    // try_send fails when the buffer is full: the runner has not drained yet on this thread.
    sender
        .try_send(SourceEvent::new("a", C, "x", EventKind::Updated))
        .unwrap();
    assert!(
        sender
            .try_send(SourceEvent::new("b", C, "x", EventKind::Updated))
            .is_err()
    );
    drop(sender);
    handle.shutdown().await.unwrap();
}
