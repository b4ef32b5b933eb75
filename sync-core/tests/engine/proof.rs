//! Deleting only with proof: a full pass trashes an unseen key only if its state was written
//! before the listing started and a fetch by id does not find the record.
//!
//! Each test pauses the full pass half-way through its listing (a snapshot taken when the
//! listing started) to do what webhooks do meanwhile.

use crate::common;

use std::sync::Arc;
use std::time::Duration;

use common::{Fixture, contacts};
use sync_core::engine::Engine;
use sync_core::record::{EntityKind, EventKind, SourceEvent, SourceRecord};
use sync_core::report::RunMode;
use sync_core::sink::TableId;
use sync_core::state::MemoryStore;
use sync_core::strategy::ReferenceStrategy;
use sync_core::testing::{FakeSink, FakeSource};

const C: EntityKind = EntityKind::from_static("contact");

/// A fixture with full passes only and `n` synced contacts, and its engine.
async fn synced(n: usize) -> (Fixture, Arc<Engine>) {
    let fx = Fixture::new();
    fx.source.set_incremental(false);
    for i in 0..n {
        fx.source.set(C, &format!("c{i}"), &format!("Name {i}"));
    }
    let engine = Arc::new(fx.engine());
    let first = engine.reconcile(&C).await.unwrap();
    assert_eq!(first.created, n as u64);
    (fx, engine)
}

fn created(record: &SourceRecord) -> SourceEvent {
    let mut event = SourceEvent::new(
        format!("wh-{}", record.id),
        C,
        &record.id,
        EventKind::Created,
    );
    event.occurred_at = record.updated_at;
    event.record = Some(record.clone());
    event
}

fn live(fx: &Fixture, key: &str) -> bool {
    fx.sink
        .rows(&contacts())
        .iter()
        .any(|r| r.key == key && !r.trashed)
}

#[tokio::test]
async fn a_record_created_by_a_webhook_during_a_full_pass_keeps_its_row() {
    let (fx, engine) = synced(3).await;
    let (source, clock, hook_engine) = (fx.source.clone(), fx.clock.clone(), Arc::clone(&engine));
    fx.source.pause_next_listing(1, async move {
        clock.advance(Duration::from_secs(1));
        let record = source.set(C, "new", "Webhook");
        hook_engine.apply_event(&created(&record)).await.unwrap();
    });
    let fetches = fx.source.stats().fetches;
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!(report.mode, RunMode::Full);
    assert_eq!((report.trashed, report.skipped), (0, 1), "{report:?}");
    assert!(report.is_complete());
    assert!(live(&fx, "new"));
    assert_eq!(
        fx.source.stats().fetches,
        fetches,
        "a row written during the pass is left alone without asking the source"
    );
    fx.assert_mirrored();
}

#[tokio::test]
async fn a_row_written_during_the_pass_waits_for_the_next_pass_even_if_its_record_is_gone() {
    let (fx, engine) = synced(2).await;
    let (source, clock, hook_engine) = (fx.source.clone(), fx.clock.clone(), Arc::clone(&engine));
    fx.source.pause_next_listing(1, async move {
        clock.advance(Duration::from_secs(1));
        let record = source.set(C, "brief", "Here and gone");
        hook_engine.apply_event(&created(&record)).await.unwrap();
        // Deleted at once, and its deletion webhook lost.
        source.delete(&C, "brief");
    });
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!(report.trashed, 0, "written during this pass: no proof yet");
    assert!(live(&fx, "brief"));
    fx.clock.advance(Duration::from_secs(1));
    let next = engine.reconcile(&C).await.unwrap();
    assert_eq!(next.trashed, 1, "the next pass proves it gone");
    fx.assert_mirrored();
}

#[tokio::test]
async fn an_unseen_record_that_a_fetch_finds_is_written_not_trashed() {
    let (fx, engine) = synced(3).await;
    // Missing from the listing (it began while c1 was briefly away), back by the end.
    let away = fx.source.get(&C, "c1").unwrap();
    fx.source.delete(&C, "c1");
    let source = fx.source.clone();
    fx.source.pause_next_listing(1, async move {
        let back = away
            .with_display_name("Renamed")
            .with_fields(serde_json::json!({"name": "Renamed"}));
        source.upsert(back);
    });
    let (fetches, trashes) = (fx.source.stats().fetches, fx.sink.stats().trashes);
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!((report.trashed, report.updated), (0, 1), "{report:?}");
    assert_eq!(
        fx.source.stats().fetches,
        fetches + 1,
        "one fetch for the unseen key"
    );
    assert_eq!(fx.sink.stats().trashes, trashes, "nothing trashed");
    assert!(live(&fx, "c1"));
    fx.assert_mirrored();
}

#[tokio::test]
async fn a_row_written_between_the_proof_and_the_trash_is_left_alone() {
    let (fx, engine) = synced(2).await;
    fx.source.delete(&C, "c1");
    let (source, clock, hook_engine) = (fx.source.clone(), fx.clock.clone(), Arc::clone(&engine));
    // The fetch finds nothing; while its answer travels, c1 comes back through a webhook.
    fx.source.pause_next_fetch(async move {
        clock.advance(Duration::from_secs(1));
        let record = source.set(C, "c1", "Back");
        hook_engine.apply_event(&created(&record)).await.unwrap();
    });
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!((report.trashed, report.skipped), (0, 1), "{report:?}");
    assert!(live(&fx, "c1"));
    fx.assert_mirrored();
}

#[tokio::test]
async fn a_failed_proof_is_a_failure_and_trashes_nothing() {
    let (fx, engine) = synced(3).await;
    fx.source.delete(&C, "c1");
    let source = fx.source.clone();
    // The listing is already read; the next source call, the proof's fetch, fails.
    fx.source
        .pause_next_listing(3, async move { source.fail_next(1, false) });
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!((report.trashed, report.failed), (0, 1), "{report:?}");
    assert!(!report.is_complete());
    assert_eq!(report.unknown_outcomes, 0, "a failed read changed nothing");
    assert!(live(&fx, "c1"), "no deletion without proof");
    let next = engine.reconcile(&C).await.unwrap();
    assert_eq!(
        next.mode,
        RunMode::Full,
        "an incomplete full pass is run again"
    );
    assert_eq!(next.trashed, 1);
    fx.assert_mirrored();
}

#[tokio::test]
async fn a_deleted_record_costs_one_fetch_whatever_the_number_of_tables() {
    let source = Arc::new(FakeSource::new());
    source.set_incremental(false);
    let sink = Arc::new(FakeSink::new());
    let engine = Engine::builder()
        .source(source.clone())
        .sink(sink.clone())
        .store(Arc::new(MemoryStore::new()))
        .strategy(Arc::new(ReferenceStrategy::new().table(C, "a")))
        .strategy(Arc::new(ReferenceStrategy::new().table(C, "b")))
        .build()
        .unwrap();
    source.set(C, "c0", "Ada");
    source.set(C, "c1", "Bob");
    engine.reconcile(&C).await.unwrap();
    source.delete(&C, "c1");
    let fetches = source.stats().fetches;
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!(report.trashed, 2, "one row per table");
    assert_eq!(source.stats().fetches, fetches + 1);
    for table in ["a", "b"] {
        let live: Vec<String> = sink
            .live_rows(&TableId::from(table))
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        assert_eq!(live, ["c0"], "{table}");
    }
}

#[tokio::test]
async fn a_change_feed_deletion_is_proof_enough() {
    let fx = Fixture::new();
    fx.source.set(C, "c0", "Ada");
    fx.source.set(C, "c1", "Bob");
    let engine = fx.engine();
    engine.reconcile(&C).await.unwrap();
    fx.source.delete(&C, "c1");
    let fetches = fx.source.stats().fetches;
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!((report.mode, report.trashed), (RunMode::Incremental, 1));
    assert_eq!(fx.source.stats().fetches, fetches, "no fetch needed");
    fx.assert_mirrored();
}
