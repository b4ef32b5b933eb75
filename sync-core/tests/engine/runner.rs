//! The hybrid runner: burst collapsing, scheduled reconciliation, graceful shutdown.

use crate::common;

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

/// A sink that holds the first create of one key until released: a reconciliation paused
/// mid-write, holding that record's lock.
struct GatedSink {
    inner: std::sync::Arc<sync_core::testing::FakeSink>,
    key: String,
    entered: std::sync::Arc<tokio::sync::Notify>,
    release: std::sync::Arc<tokio::sync::Semaphore>,
}

mod gated {
    use super::GatedSink;
    use sync_core::error::RemoteError;
    use sync_core::projection::Projection;
    use sync_core::sink::{EventRow, RowId, Sink, SinkRow, TableId};
    use sync_core::{BoxFuture, BoxStream};

    impl Sink for GatedSink {
        fn find_by_key<'a>(
            &'a self,
            table: &'a TableId,
            key: &'a str,
        ) -> BoxFuture<'a, Result<Vec<SinkRow>, RemoteError>> {
            self.inner.find_by_key(table, key)
        }
        fn create<'a>(
            &'a self,
            table: &'a TableId,
            key: &'a str,
            projection: &'a Projection,
        ) -> BoxFuture<'a, Result<RowId, RemoteError>> {
            Box::pin(async move {
                if key == self.key {
                    self.entered.notify_one();
                    let _permit = self.release.acquire().await;
                }
                self.inner.create(table, key, projection).await
            })
        }
        fn update<'a>(
            &'a self,
            table: &'a TableId,
            row: &'a RowId,
            projection: &'a Projection,
        ) -> BoxFuture<'a, Result<(), RemoteError>> {
            self.inner.update(table, row, projection)
        }
        fn trash<'a>(
            &'a self,
            table: &'a TableId,
            row: &'a RowId,
        ) -> BoxFuture<'a, Result<(), RemoteError>> {
            self.inner.trash(table, row)
        }
        fn restore<'a>(
            &'a self,
            table: &'a TableId,
            row: &'a RowId,
        ) -> BoxFuture<'a, Result<(), RemoteError>> {
            self.inner.restore(table, row)
        }
        fn append_event<'a>(
            &'a self,
            table: &'a TableId,
            event: &'a EventRow,
        ) -> BoxFuture<'a, Result<RowId, RemoteError>> {
            self.inner.append_event(table, event)
        }
        fn find_event<'a>(
            &'a self,
            table: &'a TableId,
            event_id: &'a str,
        ) -> BoxFuture<'a, Result<Option<RowId>, RemoteError>> {
            self.inner.find_event(table, event_id)
        }
        fn load_index<'a>(
            &'a self,
            table: &'a TableId,
        ) -> BoxStream<'a, Result<SinkRow, RemoteError>> {
            self.inner.load_index(table)
        }
    }
}

/// A webhook for a record that a running reconciliation is writing must not deadlock the
/// runner: the round keeps running (and releases the record) while the event waits for it.
#[tokio::test(flavor = "current_thread")]
async fn an_event_for_a_record_the_round_is_writing_does_not_deadlock() {
    let fx = Fixture::new();
    fx.source.set(C, "c1", "Ada");
    let entered = std::sync::Arc::new(tokio::sync::Notify::new());
    let release = std::sync::Arc::new(tokio::sync::Semaphore::new(0));
    let sink = std::sync::Arc::new(GatedSink {
        inner: fx.sink.clone(),
        key: "c1".into(),
        entered: entered.clone(),
        release: release.clone(),
    });
    let engine = sync_core::Engine::builder()
        .source(fx.source.clone())
        .sink(sink)
        .store(std::sync::Arc::new(fx.store.clone()))
        .clock(fx.clock.shared())
        .strategy(std::sync::Arc::new(common::reference()))
        .build()
        .expect("engine");
    let handle = HybridRunner::new(std::sync::Arc::new(engine))
        .entities(vec![C])
        .collapse_window(Duration::ZERO)
        .reconcile_on_start(true)
        .spawn();
    // The round is now inside the create of c1, holding its lock.
    entered.notified().await;
    fx.source.set(C, "c1", "Ada Lovelace");
    handle
        .send(SourceEvent::new("wh-1", C, "c1", EventKind::Updated))
        .await
        .expect("queued");
    // Let the runner take the event and start waiting for c1 (one thread: it runs now).
    for _ in 0..100 {
        tokio::task::yield_now().await;
    }
    release.add_permits(1);
    let summary = tokio::time::timeout(Duration::from_secs(10), handle.shutdown())
        .await
        .expect("the runner finishes instead of deadlocking")
        .expect("summary");
    assert_eq!(summary.reconciliations, 1, "{summary:?}");
    assert_eq!(summary.groups_applied, 1, "{summary:?}");
    assert_eq!(summary.failures, 0, "{summary:?}");
    let rows = fx.sink.live_rows(&common::contacts());
    assert_eq!(rows.len(), 1);
    assert_eq!(
        rows[0].1.get("Name"),
        Some(&sync_core::projection::Value::Title("Ada Lovelace".into()))
    );
}

#[tokio::test]
async fn a_runner_spawned_on_an_earlier_channel_applies_what_waited_in_it() {
    let fx = Fixture::new();
    fx.source.set(C, "c1", "Ada");
    // A receiver queued this before the engine existed.
    let (tx, rx) = tokio::sync::mpsc::channel(8);
    tx.send(SourceEvent::new("wh-early", C, "c1", EventKind::Created))
        .await
        .unwrap();
    let engine = std::sync::Arc::new(fx.engine());
    let handle = HybridRunner::new(engine)
        .reconcile_on_start(false)
        .spawn_on((tx.clone(), rx));
    drop(tx);
    let summary = handle.shutdown().await.unwrap();
    assert_eq!(summary.events_received, 1);
    assert_eq!(summary.groups_applied, 1);
    assert_eq!(fx.sink.events(&log()).len(), 1);
    fx.assert_mirrored();
}

#[tokio::test]
async fn unknown_outcomes_are_counted_while_the_runner_runs() {
    let fx = Fixture::new();
    for i in 0..3 {
        fx.source.set(C, &format!("c{i}"), "x");
    }
    // Every sink call fails with an unknown outcome, not retryable: nothing settles.
    fx.sink
        .fail_next(1000, sync_core::error::Outcome::Unknown, false);
    let engine = std::sync::Arc::new(fx.engine());
    let handle = HybridRunner::new(engine)
        .entities(vec![C])
        .interval(Duration::from_secs(600))
        .spawn();
    // The round's outcome is folded in when its task ends: readable while running.
    let mut spins = 0;
    while handle.unknown_outcomes() == 0 && spins < 1_000_000 {
        tokio::task::yield_now().await;
        spins += 1;
    }
    let seen = handle.unknown_outcomes();
    assert!(seen > 0, "no unknown outcome counted");
    let summary = handle.shutdown().await.unwrap();
    assert_eq!(summary.unknown_outcomes, seen);
}

/// Writes down what a runner tells its observer.
#[derive(Default)]
struct Recorder(std::sync::Mutex<Vec<String>>);

impl Recorder {
    fn seen(&self) -> Vec<String> {
        self.0.lock().unwrap().clone()
    }
}

impl sync_core::runner::RunnerObserver for Recorder {
    fn round_finished(&self, round: &sync_core::runner::RoundOutcome<'_>) {
        for (entity, result) in round.results {
            let what = match result {
                Ok(r) => format!("round {entity} created {}", r.created),
                Err(e) => format!("round {entity} failed: {e}"),
            };
            self.0.lock().unwrap().push(what);
        }
    }

    fn group_applied(&self, entity: &EntityKind, record_id: &str, applied: &sync_core::Applied) {
        self.0.lock().unwrap().push(format!(
            "applied {entity} {record_id} logged {}",
            applied.logged
        ));
    }

    fn group_failed(
        &self,
        entity: &EntityKind,
        record_id: &str,
        _error: &sync_core::SyncError,
        retrying: bool,
    ) {
        self.0
            .lock()
            .unwrap()
            .push(format!("failed {entity} {record_id} retrying {retrying}"));
    }
}

#[tokio::test]
async fn the_observer_hears_each_group_and_the_gauge_counts_the_queue() {
    let fx = Fixture::new();
    fx.source.set(C, "c1", "Ada");
    fx.source.set(C, "c2", "Bob");
    let engine = std::sync::Arc::new(fx.engine());
    let recorder = std::sync::Arc::new(Recorder::default());
    let handle = HybridRunner::new(engine)
        .reconcile_on_start(false)
        .channel_capacity(8)
        .observer(recorder.clone())
        .spawn();
    let gauge = handle.queue_gauge();
    assert_eq!(gauge.queued(), 0);
    let sender = handle.sender();
    for (id, record) in [("wh-1", "c1"), ("wh-2", "c1"), ("wh-3", "c2")] {
        sender
            .try_send(SourceEvent::new(id, C, record, EventKind::Updated))
            .unwrap();
    }
    // This thread has not let the runner drain the channel yet.
    assert_eq!(gauge.queued(), 3);
    drop(sender);
    // The first group's fetch fails for good; the second applies.
    fx.source.fail_next(1, false);
    let summary = handle.shutdown().await.unwrap();
    assert_eq!(summary.failures, 1, "{summary:?}");
    assert_eq!(
        recorder.seen(),
        vec![
            "failed contact c1 retrying false".to_owned(),
            "applied contact c2 logged 1".to_owned(),
        ]
    );
    assert_eq!(gauge.queued(), 0, "nothing is left once the runner is gone");
}

#[tokio::test]
async fn the_observer_hears_each_round() {
    let fx = Fixture::new();
    fx.source.set(C, "c1", "Ada");
    let engine = std::sync::Arc::new(fx.engine());
    let mut progress = engine.subscribe();
    let recorder = std::sync::Arc::new(Recorder::default());
    let handle = HybridRunner::new(engine)
        .entities(vec![C])
        .interval(Duration::from_secs(600))
        .observer(recorder.clone())
        .spawn();
    loop {
        let p = progress.recv().await.unwrap();
        if p.phase == sync_core::progress::Phase::Done {
            break;
        }
    }
    handle.shutdown().await.unwrap();
    assert_eq!(recorder.seen(), vec!["round contact created 1".to_owned()]);
}
