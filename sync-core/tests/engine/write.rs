//! The write path's decisions, each pinned by what it leaves in the sink: staleness, the
//! stored hash after an unknown update, the lookup before a create or append is retried,
//! and the settling of a trash or mark whose outcome is unknown.

use crate::common;

use std::sync::Arc;

use common::{Fixture, contacts, log, reference};
use sync_core::Outcome;
use sync_core::engine::{DeletionPolicy, Engine, EngineOptions};
use sync_core::projection::Value;
use sync_core::record::{EntityKind, EventKind, SourceEvent, SourceRecord};
use sync_core::sink::TableId;
use sync_core::state::StateStore;
use sync_core::strategy::{EventStreamStrategy, ReferenceStrategy};
use sync_core::testing::fake_time;

const C: EntityKind = EntityKind::from_static("contact");

fn event(id: &str, record: &SourceRecord) -> SourceEvent {
    let mut e = SourceEvent::new(id, C, record.id.clone(), EventKind::Updated);
    e.occurred_at = record.updated_at;
    e.record = Some(record.clone());
    e
}

/// `record` with another name (same id, same `updated_at` unless changed after).
fn renamed(record: &SourceRecord, name: &str) -> SourceRecord {
    let mut r = record.clone();
    r.display_name = Some(name.to_owned());
    r.fields = serde_json::json!({ "name": name });
    r
}

fn name_in(fx: &Fixture, table: &TableId, key: &str) -> Option<Value> {
    fx.sink
        .live_rows(table)
        .into_iter()
        .find(|(k, _)| k == key)
        .and_then(|(_, p)| p.get("Name").cloned())
}

fn title(s: &str) -> Option<Value> {
    Some(Value::Title(s.into()))
}

/// One try per call: an unknown outcome stays unknown.
fn one_attempt() -> EngineOptions {
    let mut options = EngineOptions::default();
    options.retry.max_attempts = 1;
    options
}

#[tokio::test]
async fn an_older_event_does_not_overwrite_a_table_that_applied_a_newer_one() {
    let fx = Fixture::new();
    let old = fx.source.set(C, "c1", "Old");
    let new = fx.source.set(C, "c1", "New");
    let contacts_only = Engine::builder()
        .source(fx.source.clone())
        .sink(fx.sink.clone())
        .store(Arc::new(fx.store.clone()))
        .clock(fx.clock.shared())
        .strategy(Arc::new(reference()))
        .build()
        .unwrap();
    contacts_only
        .apply_event(&event("wh-2", &new))
        .await
        .unwrap();
    // A second table joins: the older event is news to it, but stale for contacts.
    let mirror = TableId::from("mirror");
    let both = Engine::builder()
        .source(fx.source.clone())
        .sink(fx.sink.clone())
        .store(Arc::new(fx.store.clone()))
        .clock(fx.clock.shared())
        .strategy(Arc::new(reference()))
        .strategy(Arc::new(ReferenceStrategy::new().table(C, "mirror")))
        .build()
        .unwrap();
    let updates = fx.sink.stats().updates;
    let applied = both.apply_event(&event("wh-1", &old)).await.unwrap();
    assert_eq!((applied.stale, applied.created), (1, 1));
    assert_eq!(fx.sink.stats().updates, updates, "contacts not written");
    assert_eq!(name_in(&fx, &contacts(), "c1"), title("New"));
    assert_eq!(name_in(&fx, &mirror, "c1"), title("Old"));
}

#[tokio::test]
async fn an_event_as_new_as_the_applied_one_is_not_stale() {
    let fx = Fixture::new();
    let engine = fx.engine();
    let first = fx.source.set(C, "c1", "First");
    engine.apply_event(&event("wh-1", &first)).await.unwrap();
    let same_time = renamed(&first, "Second");
    let applied = engine
        .apply_event(&event("wh-2", &same_time))
        .await
        .unwrap();
    assert_eq!((applied.stale, applied.updated), (0, 1));
    assert_eq!(name_in(&fx, &contacts(), "c1"), title("Second"));
}

#[tokio::test]
async fn a_newer_event_after_an_older_one_is_applied() {
    let fx = Fixture::new();
    let engine = fx.engine();
    let old = fx.source.set(C, "c1", "Old");
    let new = fx.source.set(C, "c1", "New");
    engine.apply_event(&event("wh-1", &old)).await.unwrap();
    let applied = engine.apply_event(&event("wh-2", &new)).await.unwrap();
    assert_eq!((applied.stale, applied.updated), (0, 1));
    assert_eq!(name_in(&fx, &contacts(), "c1"), title("New"));
}

#[tokio::test]
async fn an_unchanged_record_with_a_newer_time_makes_older_events_stale() {
    let fx = Fixture::new();
    let engine = fx.engine();
    let first = fx.source.set(C, "c1", "Same");
    engine.reconcile(&C).await.unwrap();
    fx.source.set(C, "c1", "Same"); // one second later, same content
    let report = engine.reconcile_full(&C).await.unwrap();
    assert_eq!((report.unchanged, report.writes()), (1, 0));
    // Between the two: older than what the last pass saw.
    let mut between = renamed(&first, "Between");
    between.updated_at = first
        .updated_at
        .map(|t| t + chrono::Duration::milliseconds(500));
    let applied = engine.apply_event(&event("wh-1", &between)).await.unwrap();
    assert_eq!((applied.stale, applied.updated), (1, 0));
    assert_eq!(name_in(&fx, &contacts(), "c1"), title("Same"));
}

#[tokio::test]
async fn after_an_update_with_an_unknown_outcome_the_next_pass_rewrites_the_row() {
    let fx = Fixture::new();
    fx.source.set_incremental(false);
    let engine = fx.engine_with(one_attempt());
    let a = fx.source.set(C, "c1", "A");
    engine.reconcile(&C).await.unwrap();
    fx.source.set(C, "c1", "B");
    fx.sink.lose_next_writes(1); // B reaches the row, the answer is lost
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!((report.failed, report.unknown_outcomes), (1, 1));
    assert_eq!(name_in(&fx, &contacts(), "c1"), title("B"));
    // The source goes back to A: only a forgotten hash makes the pass write it.
    fx.source
        .upsert(renamed(&a, "A").with_updated_at(fake_time(10)));
    let updates = fx.sink.stats().updates;
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!((report.updated, report.failed), (1, 0));
    assert_eq!(fx.sink.stats().updates, updates + 1);
    fx.assert_mirrored();
}

#[tokio::test]
async fn after_an_update_that_certainly_failed_the_next_pass_writes_once() {
    let fx = Fixture::new();
    fx.source.set_incremental(false);
    let engine = fx.engine_with(one_attempt());
    fx.source.set(C, "c1", "A");
    engine.reconcile(&C).await.unwrap();
    fx.source.set(C, "c1", "B");
    fx.sink.fail_next(1, Outcome::NotApplied, false);
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!((report.failed, report.unknown_outcomes), (1, 0));
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!((report.updated, report.failed), (1, 0));
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!((report.unchanged, report.writes()), (1, 0));
    fx.assert_mirrored();
}

#[tokio::test]
async fn a_create_with_an_unknown_outcome_is_looked_up_before_creating_again() {
    let fx = Fixture::new();
    let engine = fx.engine_with(one_attempt());
    engine.reconcile(&C).await.unwrap(); // indexes the empty table
    fx.source.set(C, "c1", "Ada");
    fx.sink.lose_next_creates(1);
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!((report.failed, report.unknown_outcomes), (1, 1));
    let before = fx.sink.stats();
    engine.reconcile(&C).await.unwrap();
    let after = fx.sink.stats();
    assert_eq!(after.creates, before.creates, "no second create");
    assert_eq!(after.finds, before.finds + 1, "one lookup");
    fx.assert_mirrored();
}

#[tokio::test]
async fn a_create_that_certainly_failed_is_created_again_without_a_lookup() {
    let fx = Fixture::new();
    let engine = fx.engine_with(one_attempt());
    engine.reconcile(&C).await.unwrap();
    fx.source.set(C, "c1", "Ada");
    fx.sink.fail_next(1, Outcome::NotApplied, false);
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!((report.failed, report.unknown_outcomes), (1, 0));
    let before = fx.sink.stats();
    let report = engine.reconcile(&C).await.unwrap();
    let after = fx.sink.stats();
    assert_eq!(report.created, 1);
    assert_eq!(after.creates, before.creates + 1);
    assert_eq!(after.reads(), before.reads(), "nothing to look up");
    fx.assert_mirrored();
}

#[tokio::test]
async fn an_append_with_an_unknown_outcome_is_looked_up_before_appending_again() {
    let fx = Fixture::new();
    let engine = fx.engine_with(one_attempt());
    let r = fx.source.set(C, "c1", "Ada");
    let e = event("wh-1", &r);
    fx.sink.lose_next_appends(1);
    assert!(engine.apply_event(&e).await.is_err());
    assert_eq!(fx.sink.events(&log()).len(), 1, "the lost append landed");
    let before = fx.sink.stats();
    let applied = engine.apply_event(&e).await.unwrap(); // redelivery
    let after = fx.sink.stats();
    assert_eq!(applied.logged, 1);
    assert_eq!(after.appends, before.appends, "no second append");
    assert_eq!(after.find_events, before.find_events + 1, "one lookup");
    assert_eq!(fx.sink.events(&log()).len(), 1);
}

#[tokio::test]
async fn an_append_that_certainly_failed_is_appended_again_without_a_lookup() {
    let fx = Fixture::new();
    let engine = fx.engine_with(one_attempt());
    let r = fx.source.set(C, "c1", "Ada");
    let e = event("wh-1", &r);
    fx.sink.fail_next(1, Outcome::NotApplied, false);
    assert!(engine.apply_event(&e).await.is_err());
    let before = fx.sink.stats();
    engine.apply_event(&e).await.unwrap();
    let after = fx.sink.stats();
    assert_eq!(after.appends, before.appends + 1);
    assert_eq!(after.find_events, before.find_events, "nothing to look up");
    assert_eq!(fx.sink.events(&log()).len(), 1);
}

#[tokio::test]
async fn an_unsettled_append_makes_only_its_own_event_look_up_first() {
    let fx = Fixture::new();
    let engine = fx.engine_with(one_attempt());
    let r = fx.source.set(C, "c1", "Ada");
    fx.sink.lose_next_appends(1);
    assert!(engine.apply_event(&event("wh-1", &r)).await.is_err());
    let before = fx.sink.stats();
    let r2 = fx.source.set(C, "c2", "Grace");
    let applied = engine.apply_event(&event("wh-2", &r2)).await.unwrap();
    let after = fx.sink.stats();
    assert_eq!(applied.logged, 1);
    assert_eq!(
        after.find_events, before.find_events,
        "wh-2 needs no lookup"
    );
    assert_eq!(after.appends, before.appends + 1);
}

#[tokio::test]
async fn each_activity_table_logs_each_event_once() {
    let fx = Fixture::new();
    let engine = Engine::builder()
        .source(fx.source.clone())
        .sink(fx.sink.clone())
        .store(Arc::new(fx.store.clone()))
        .clock(fx.clock.shared())
        .strategy(Arc::new(reference()))
        .strategy(Arc::new(EventStreamStrategy::new("log")))
        .strategy(Arc::new(EventStreamStrategy::new("audit")))
        .build()
        .unwrap();
    let r = fx.source.set(C, "c1", "Ada");
    let e = event("wh-1", &r);
    let applied = engine.apply_event(&e).await.unwrap();
    assert_eq!(applied.logged, 2);
    assert_eq!(fx.sink.events(&log()).len(), 1);
    assert_eq!(fx.sink.events(&TableId::from("audit")).len(), 1);
    let again = engine.apply_event(&e).await.unwrap();
    assert_eq!((again.duplicates, again.logged), (1, 0));
    assert_eq!(fx.sink.events(&TableId::from("audit")).len(), 1);
}

/// The deletion policy's write is lost (applied, its answer never seen); then the record
/// comes back unchanged. Returns the fixture and engine after the next pass.
async fn policy_write_lost_then_record_back(deletion: DeletionPolicy) -> (Fixture, Engine) {
    let fx = Fixture::new();
    fx.source.set_incremental(false);
    let engine = fx.engine_with(EngineOptions {
        deletion,
        ..one_attempt()
    });
    let a = fx.source.set(C, "c1", "A");
    engine.reconcile(&C).await.unwrap();
    fx.source.delete(&C, "c1");
    fx.sink.lose_next_writes(1);
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!((report.failed, report.unknown_outcomes), (1, 1));
    fx.source.upsert(a.with_updated_at(fake_time(10)));
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!(report.failed, 0, "{:?}", report.errors);
    (fx, engine)
}

#[tokio::test]
async fn a_trash_with_an_unknown_outcome_is_settled_and_a_record_back_gets_its_row_back() {
    let (fx, engine) = policy_write_lost_then_record_back(DeletionPolicy::Trash).await;
    assert_eq!(fx.sink.stats().restores, 1);
    fx.assert_mirrored();
    assert!(fx.memory.pending_intents().await.unwrap().is_empty());
    assert_eq!(engine.reconcile(&C).await.unwrap().writes(), 0);
}

#[tokio::test]
async fn a_mark_with_an_unknown_outcome_is_settled_and_a_record_back_is_unmarked() {
    let deletion = DeletionPolicy::MarkDeleted("Deleted".into());
    let (fx, engine) = policy_write_lost_then_record_back(deletion).await;
    let rows = fx.sink.live_rows(&contacts());
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].1.get("Deleted"), Some(&Value::Checkbox(false)));
    assert!(fx.memory.pending_intents().await.unwrap().is_empty());
    assert_eq!(engine.reconcile(&C).await.unwrap().writes(), 0);
}

#[tokio::test]
async fn a_trash_with_an_unknown_outcome_that_did_not_happen_is_applied_on_the_next_operation() {
    let fx = Fixture::new();
    fx.source.set_incremental(false);
    let engine = fx.engine_with(one_attempt());
    fx.source.set(C, "c1", "A");
    let r2 = fx.source.set(C, "c2", "B");
    engine.reconcile(&C).await.unwrap();
    fx.source.delete(&C, "c1");
    fx.sink.fail_next(1, Outcome::Unknown, true); // refused before it reached the row
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!((report.failed, report.unknown_outcomes), (1, 1));
    assert_eq!(fx.sink.live_rows(&contacts()).len(), 2);
    assert_eq!(fx.memory.pending_intents().await.unwrap().len(), 1);
    // Any next operation settles it first, without waiting for a restart or a full pass.
    engine.apply_event(&event("wh-2", &r2)).await.unwrap();
    assert!(fx.memory.pending_intents().await.unwrap().is_empty());
    fx.assert_mirrored();
}
