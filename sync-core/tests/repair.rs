//! Drift repair: hand edits, hand trashing, duplicates, hand deletions, orphans.

mod common;

use common::{Fixture, contacts};
use sync_core::projection::{Projection, Value};
use sync_core::record::EntityKind;
use sync_core::sink::RowId;

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
    let report = engine.verify_and_repair(&C).await.unwrap();
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
    let report = engine.verify_and_repair(&C).await.unwrap();
    assert_eq!(report.duplicates_trashed, 2);
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
