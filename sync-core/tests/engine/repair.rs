//! Drift repair: hand edits, hand trashing, duplicates, hand deletions, orphans.

use crate::common;

use common::{Fixture, contacts};
use sync_core::projection::{Projection, Value};
use sync_core::record::EntityKind;
use sync_core::sink::RowId;
use sync_core::state::StateStore;

const C: EntityKind = EntityKind::from_static("contact");

async fn synced(n: usize) -> (Fixture, sync_core::Engine) {
    let fx = Fixture::new();
    for i in 0..n {
        fx.source.set(C, &format!("c{i}"), &format!("Name {i}"));
    }
    let engine = fx.engine();
    engine.reconcile(&C).await.unwrap();
    (fx, engine)
}

fn row_of(fx: &Fixture, key: &str) -> RowId {
    fx.sink
        .rows(&contacts())
        .into_iter()
        .find(|r| r.key == key && !r.trashed)
        .map(|r| r.row_id)
        .unwrap()
}

#[tokio::test]
async fn nothing_to_repair_writes_nothing() {
    let (fx, engine) = synced(3).await;
    let before = fx.sink.stats().writes();
    let fetches = fx.source.stats().fetches;
    let report = engine.verify_and_repair(&C).await.unwrap();
    assert_eq!(fx.source.stats().fetches, fetches, "nothing fetched");
    assert_eq!(report.checked, 3);
    assert_eq!(
        (
            report.rewritten,
            report.restored,
            report.recreated,
            report.duplicates_trashed
        ),
        (0, 0, 0, 0)
    );
    assert_eq!(fx.sink.stats().writes(), before);
}

#[tokio::test]
async fn hand_edit_is_rewritten() {
    let (fx, engine) = synced(2).await;
    fx.sink.hand_edit(
        &contacts(),
        &row_of(&fx, "c0"),
        "Name",
        Value::Title("Vandal".into()),
    );
    let report = engine.verify_and_repair(&C).await.unwrap();
    assert_eq!(report.rewritten, 1);
    fx.assert_mirrored();
}

#[tokio::test]
async fn hand_trash_is_restored() {
    let (fx, engine) = synced(2).await;
    fx.sink.hand_trash(&contacts(), &row_of(&fx, "c1"), true);
    let report = engine.verify_and_repair(&C).await.unwrap();
    assert_eq!(report.restored, 1);
    fx.assert_mirrored();
}

#[tokio::test]
async fn duplicates_are_trashed_keeping_the_one_in_state() {
    let (fx, engine) = synced(2).await;
    let original = row_of(&fx, "c0");
    fx.sink.hand_duplicate(&contacts(), "c0").unwrap();
    fx.sink.hand_duplicate(&contacts(), "c0").unwrap();
    let fetches = fx.source.stats().fetches;
    let report = engine.verify_and_repair(&C).await.unwrap();
    assert_eq!(report.duplicates_trashed, 2);
    assert_eq!(
        fx.source.stats().fetches,
        fetches + 1,
        "the kept row is checked against the source once"
    );
    fx.assert_mirrored();
    assert_eq!(row_of(&fx, "c0"), original);
}

#[tokio::test]
async fn hand_deleted_row_is_recreated() {
    let (fx, engine) = synced(2).await;
    fx.sink.hand_delete(&contacts(), &row_of(&fx, "c1"));
    let report = engine.verify_and_repair(&C).await.unwrap();
    assert_eq!(report.recreated, 1);
    fx.assert_mirrored();
}

#[tokio::test]
async fn orphan_rows_are_adopted_or_trashed() {
    let (fx, engine) = synced(1).await;
    // A managed row for a record the source has, unknown to the state (say, a lost state file
    // entry), and one for a record the source does not have.
    fx.source.set(C, "c9", "Nine");
    let p = Projection::new().with("Name", Value::Title("stale".into()));
    fx.sink.insert_row(&contacts(), "c9", &p, true);
    fx.sink.insert_row(&contacts(), "ghost", &p, true);
    // A row nobody manages is left alone.
    fx.sink.insert_row(&contacts(), "mine", &p, false);
    let report = engine.verify_and_repair(&C).await.unwrap();
    assert_eq!((report.adopted, report.trashed), (2, 1));
    let live: Vec<String> = fx
        .sink
        .live_rows(&contacts())
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert!(live.contains(&"mine".to_owned()));
    assert!(!live.contains(&"ghost".to_owned()));
    let managed: std::collections::BTreeMap<_, _> = fx
        .sink
        .rows(&contacts())
        .into_iter()
        .filter(|r| r.managed && !r.trashed)
        .map(|r| (r.key, r.properties))
        .collect();
    assert_eq!(managed, fx.expected());
}

#[tokio::test]
async fn untrashed_row_of_a_deleted_record_goes_back_to_the_trash() {
    let (fx, engine) = synced(2).await;
    let row = row_of(&fx, "c0");
    fx.source.delete(&C, "c0");
    engine.reconcile_full(&C).await.unwrap();
    fx.sink.hand_trash(&contacts(), &row, false);
    let report = engine.verify_and_repair(&C).await.unwrap();
    assert_eq!(report.trashed, 1);
    fx.assert_mirrored();
}

/// A sink that cannot hash its rows: a hand edit is found by its edit time, later than the
/// engine's last write (beyond the margin), and only that row is rewritten.
#[tokio::test]
async fn without_hashes_a_hand_edit_is_found_by_its_time() {
    let fx = Fixture::new();
    let _ = fx.sink.as_ref().clone().without_hashes();
    fx.source.set(C, "c0", "Name 0");
    fx.source.set(C, "c1", "Name 1");
    let engine = fx.engine();
    engine.reconcile(&C).await.unwrap(); // rows edited at +1 s and +2 s, written at +0 s
    fx.sink.hand_edit(
        &contacts(),
        &row_of(&fx, "c0"),
        "Name",
        Value::Title("Vandal".into()),
    ); // edited at +3 s: past the 2 s margin
    let report = engine.verify_and_repair(&C).await.unwrap();
    assert_eq!(report.rewritten, 1, "{report:?}");
    fx.assert_mirrored();
}

/// A failed rewrite is counted, and as an unknown outcome only when it may have landed.
#[tokio::test]
async fn failed_repairs_are_counted_by_outcome() {
    for (outcome, unknown) in [
        (sync_core::Outcome::Unknown, 1),
        (sync_core::Outcome::NotApplied, 0),
    ] {
        let (fx, engine) = synced(1).await;
        fx.sink.hand_edit(
            &contacts(),
            &row_of(&fx, "c0"),
            "Name",
            Value::Title("Vandal".into()),
        );
        fx.sink.fail_next_writes(1_000, outcome, false);
        let report = engine.verify_and_repair(&C).await.unwrap();
        assert_eq!(
            (report.failed, report.unknown_outcomes),
            (1, unknown),
            "{outcome:?}: {report:?}"
        );
    }
}

/// The state's row was deleted by hand but a copy of it survives: the state now names the
/// copy, and the next change lands there.
#[tokio::test]
async fn the_state_follows_the_surviving_copy_of_a_deleted_row() {
    let (fx, engine) = synced(1).await;
    let original = row_of(&fx, "c0");
    let copy = fx.sink.hand_duplicate(&contacts(), "c0").unwrap();
    fx.sink.hand_delete(&contacts(), &original);
    engine.verify_and_repair(&C).await.unwrap();
    let state = fx.memory.get_row(&contacts(), "c0").await.unwrap().unwrap();
    assert_eq!(state.row_id, copy);
    fx.source.set(C, "c0", "Renamed");
    engine.reconcile(&C).await.unwrap();
    fx.assert_mirrored();
    assert_eq!(fx.sink.rows(&contacts()).len(), 1);
}

/// With the mark-deleted policy, a deleted record's row stays live and marked: a repair
/// leaves it alone (no write).
#[tokio::test]
async fn a_marked_row_of_a_deleted_record_is_left_alone() {
    use sync_core::engine::{DeletionPolicy, EngineOptions};
    let fx = Fixture::new();
    fx.source.set(C, "c0", "Name 0");
    let engine = fx.engine_with(EngineOptions {
        deletion: DeletionPolicy::MarkDeleted("Deleted".into()),
        ..EngineOptions::default()
    });
    engine.reconcile(&C).await.unwrap();
    fx.source.delete(&C, "c0");
    let full = engine.reconcile_full(&C).await.unwrap();
    assert_eq!(full.trashed, 1, "marked");
    let before = fx.sink.stats().writes();
    engine.verify_and_repair(&C).await.unwrap();
    assert_eq!(fx.sink.stats().writes(), before, "nothing to repair");
}
