//! Pushed events: deduplication, staleness, payload use, deletions.

use crate::common;

use common::{Fixture, contacts, log};
use sync_core::projection::Value;
use sync_core::record::{EntityKind, EventKind, SourceEvent, SourceRecord};

const C: EntityKind = EntityKind::from_static("contact");

fn event(id: &str, record: &SourceRecord, kind: EventKind) -> SourceEvent {
    let mut e = SourceEvent::new(id, C, record.id.clone(), kind);
    e.occurred_at = record.updated_at;
    e.record = Some(record.clone());
    e
}

fn name_of(fx: &Fixture, key: &str) -> Option<Value> {
    fx.sink
        .live_rows(&contacts())
        .into_iter()
        .find(|(k, _)| k == key)
        .and_then(|(_, p)| p.get("Name").cloned())
}

#[tokio::test]
async fn duplicate_delivery_logs_once_and_writes_once() {
    let fx = Fixture::new();
    let engine = fx.engine();
    let r = fx.source.set(C, "c1", "Ada");
    let e = event("wh-1", &r, EventKind::Created);
    let first = engine.apply_event(&e).await.unwrap();
    assert_eq!((first.logged, first.created, first.fetched), (1, 1, false));
    let before = fx.sink.stats();
    let again = engine.apply_event(&e).await.unwrap();
    assert_eq!(again.duplicates, 1);
    assert_eq!(fx.sink.stats(), before, "a redelivery touches nothing");
    assert_eq!(fx.sink.events(&log()).len(), 1);
}

#[tokio::test]
async fn stale_events_are_ignored() {
    let fx = Fixture::new();
    let engine = fx.engine();
    let old = fx.source.set(C, "c1", "Old");
    let new = fx.source.set(C, "c1", "New");
    // Delivered out of order: newest first.
    engine
        .apply_event(&event("wh-2", &new, EventKind::Updated))
        .await
        .unwrap();
    let fetches = fx.source.stats().fetches;
    let applied = engine
        .apply_event(&event("wh-1", &old, EventKind::Updated))
        .await
        .unwrap();
    assert_eq!(
        (applied.stale, applied.logged),
        (1, 1),
        "logged, but not mirrored"
    );
    assert_eq!(
        fx.source.stats().fetches,
        fetches,
        "a stale event costs no fetch"
    );
    assert_eq!(name_of(&fx, "c1"), Some(Value::Title("New".into())));
    assert_eq!(
        fx.sink.events(&log()).len(),
        2,
        "every delivered event is in the log"
    );
}

#[tokio::test]
async fn an_event_without_timestamp_or_record_is_refetched() {
    let fx = Fixture::new();
    let engine = fx.engine();
    fx.source.set(C, "c1", "Fresh");
    let bare = SourceEvent::new("wh-1", C, "c1", EventKind::Updated);
    let applied = engine.apply_event(&bare).await.unwrap();
    assert!(applied.fetched);
    assert_eq!(fx.source.stats().fetches, 1);
    assert_eq!(name_of(&fx, "c1"), Some(Value::Title("Fresh".into())));
}

#[tokio::test]
async fn a_payload_with_timestamp_is_applied_without_fetching() {
    let fx = Fixture::new();
    let engine = fx.engine();
    let r = fx.source.set(C, "c1", "Ada");
    let applied = engine
        .apply_event(&event("wh-1", &r, EventKind::Updated))
        .await
        .unwrap();
    assert!(!applied.fetched);
    assert_eq!(fx.source.stats().fetches, 0);
}

#[tokio::test]
async fn a_delete_event_is_checked_against_the_source() {
    let fx = Fixture::new();
    let engine = fx.engine();
    let r = fx.source.set(C, "c1", "Ada");
    engine
        .apply_event(&event("wh-1", &r, EventKind::Created))
        .await
        .unwrap();
    // A delete event for a record the source still has (e.g. a misrouted webhook) trashes nothing.
    let mut bogus = SourceEvent::new("wh-2", C, "c1", EventKind::Deleted);
    bogus.occurred_at = Some(sync_core::testing::fake_time(100));
    let applied = engine.apply_event(&bogus).await.unwrap();
    assert_eq!(applied.trashed, 0);
    assert_eq!(fx.sink.live_rows(&contacts()).len(), 1);
    // A real deletion trashes the row.
    fx.source.delete(&C, "c1");
    let mut real = SourceEvent::new("wh-3", C, "c1", EventKind::Deleted);
    real.occurred_at = Some(sync_core::testing::fake_time(200));
    let applied = engine.apply_event(&real).await.unwrap();
    assert_eq!(applied.trashed, 1);
    assert!(fx.sink.live_rows(&contacts()).is_empty());
    // An older create delivered late does not bring it back.
    let applied = engine
        .apply_event(&event("wh-0", &r, EventKind::Created))
        .await
        .unwrap();
    assert_eq!(applied.created + applied.updated, 0);
    assert!(fx.sink.live_rows(&contacts()).is_empty());
}

#[tokio::test]
async fn a_batch_for_one_record_fetches_once() {
    let fx = Fixture::new();
    let engine = fx.engine();
    let events: Vec<SourceEvent> = (0..5)
        .map(|i| {
            let r = fx.source.set(C, "c1", &format!("v{i}"));
            event(&format!("wh-{i}"), &r, EventKind::Updated)
        })
        .collect();
    let applied = engine.apply_events(&events).await.unwrap();
    assert_eq!((applied.logged, applied.created), (5, 1));
    assert_eq!(fx.source.stats().fetches, 1);
    assert_eq!(fx.sink.stats().creates + fx.sink.stats().updates, 1);
    assert_eq!(name_of(&fx, "c1"), Some(Value::Title("v4".into())));
}

#[tokio::test]
async fn a_failed_event_is_safe_to_redeliver() {
    let fx = Fixture::new();
    let engine = fx.engine();
    let r = fx.source.set(C, "c1", "Ada");
    let e = event("wh-1", &r, EventKind::Created);
    fx.sink.fail_next(1, sync_core::Outcome::NotApplied, false);
    assert!(engine.apply_event(&e).await.is_err());
    engine.apply_event(&e).await.unwrap();
    assert_eq!(fx.sink.events(&log()).len(), 1);
    fx.assert_mirrored();
}

#[tokio::test]
async fn processed_events_age_out_on_full_passes() {
    let fx = Fixture::new();
    let engine = fx.engine();
    let r = fx.source.set(C, "c1", "Ada");
    engine
        .apply_event(&event("wh-1", &r, EventKind::Created))
        .await
        .unwrap();
    assert!(fx.memory.processed_len() > 0);
    fx.clock
        .advance(std::time::Duration::from_secs(8 * 24 * 3600));
    engine.reconcile_full(&C).await.unwrap();
    assert_eq!(fx.memory.processed_len(), 0);
}

/// A dry run reports what a refresh of a deleted record would do, and writes nothing: a
/// live row would be trashed, a row under the `Keep` policy stays, an already trashed row
/// needs nothing.
#[tokio::test]
async fn a_dry_run_refresh_of_a_deleted_record_reports_the_policy_and_writes_nothing() {
    use sync_core::engine::{DeletionPolicy, EngineOptions};
    let fx = Fixture::new();
    let engine = fx.engine();
    fx.source.set(C, "c1", "Ada");
    fx.source.set(C, "c2", "Bob");
    engine.reconcile(&C).await.unwrap();
    fx.source.delete(&C, "c1");
    fx.source.delete(&C, "c2");
    let dry = |deletion| {
        fx.engine_with(EngineOptions {
            dry_run: true,
            deletion,
            ..EngineOptions::default()
        })
    };
    let sink_writes = fx.sink.stats().writes();
    let store_writes = fx.store.writes();

    let would_trash = dry(DeletionPolicy::Trash).refresh(&C, "c1").await.unwrap();
    assert_eq!((would_trash.trashed, would_trash.unchanged), (1, 0));
    let kept = dry(DeletionPolicy::Keep).refresh(&C, "c1").await.unwrap();
    assert_eq!(
        (kept.trashed, kept.unchanged),
        (0, 1),
        "Keep leaves the row"
    );
    assert_eq!(fx.sink.stats().writes(), sink_writes, "no sink write");
    assert_eq!(fx.store.writes(), store_writes, "no state write");
    assert_eq!(fx.sink.live_rows(&contacts()).len(), 2);

    // Trashed for real, a second (dry) look finds nothing left to do.
    let real = engine.refresh(&C, "c2").await.unwrap();
    assert_eq!(real.trashed, 1);
    let again = dry(DeletionPolicy::Trash).refresh(&C, "c2").await.unwrap();
    assert_eq!((again.trashed, again.unchanged), (0, 1), "already trashed");
}

/// The payload of a single event is used only when it is a full, timestamped copy of that
/// very record and the event is not a deletion; anything else is fetched from the source.
#[tokio::test]
async fn only_a_timestamped_payload_of_the_same_record_is_used() {
    // A deletion carrying the last copy of the record: fetched (gone), so trashed.
    let fx = Fixture::new();
    let engine = fx.engine();
    let r = fx.source.set(C, "c1", "Ada");
    engine.reconcile(&C).await.unwrap();
    fx.source.delete(&C, "c1");
    let mut deleted = event("wh-del", &r, EventKind::Deleted);
    deleted.occurred_at = r.updated_at.map(|t| t + chrono::Duration::seconds(1));
    let applied = engine.apply_event(&deleted).await.unwrap();
    assert!(
        applied.fetched,
        "a deletion is always checked at the source"
    );
    assert_eq!(applied.trashed, 1);

    // A payload without its update time: fetched, and the source's newer name wins.
    let fx = Fixture::new();
    let engine = fx.engine();
    let mut old = fx.source.set(C, "c1", "Old");
    fx.source.set(C, "c1", "New");
    old.updated_at = None;
    let mut e = SourceEvent::new("wh-1", C, "c1", EventKind::Updated);
    e.record = Some(old);
    let applied = engine.apply_event(&e).await.unwrap();
    assert!(applied.fetched);
    assert_eq!(name_of(&fx, "c1"), Some(Value::Title("New".into())));

    // A payload of another record: fetched; the other record is not written under this key.
    let fx = Fixture::new();
    let engine = fx.engine();
    fx.source.set(C, "c1", "Ada");
    let other = fx.source.set(C, "c2", "Bob");
    let mut e = SourceEvent::new("wh-2", C, "c1", EventKind::Updated);
    e.occurred_at = other.updated_at;
    e.record = Some(other);
    let applied = engine.apply_event(&e).await.unwrap();
    assert!(applied.fetched);
    assert_eq!(name_of(&fx, "c1"), Some(Value::Title("Ada".into())));
    assert_eq!(name_of(&fx, "c2"), None, "c2 was not asked for");
}

#[tokio::test]
async fn a_refresh_says_it_fetched() {
    let fx = Fixture::new();
    let engine = fx.engine();
    fx.source.set(C, "c1", "Ada");
    let applied = engine.refresh(&C, "c1").await.unwrap();
    assert!(applied.fetched);
    assert_eq!(applied.created, 1);
}
