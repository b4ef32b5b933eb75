//! Reconciliation: idempotence, write counts, deletion policies, dry run, bootstrap.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::common;

use common::{Fixture, contacts, reference};
use sync_core::engine::{DeletionPolicy, EngineOptions};
use sync_core::progress::Phase;
use sync_core::projection::Value;
use sync_core::record::EntityKind;
use sync_core::report::RunMode;
use sync_core::state::StateStore;
use sync_core::strategy::Strategy;

const C: EntityKind = EntityKind::from_static("contact");

fn seed(fx: &Fixture, n: usize) {
    for i in 0..n {
        fx.source.set(C, &format!("c{i:03}"), &format!("Name {i}"));
    }
}

#[tokio::test]
async fn second_run_without_changes_writes_and_reads_nothing() {
    let fx = Fixture::new();
    fx.source.set_incremental(false); // force full passes: the harder case
    seed(&fx, 50);
    let engine = fx.engine();
    let first = engine.reconcile(&C).await.unwrap();
    assert_eq!((first.created, first.failed), (50, 0));
    fx.assert_mirrored();

    let before = fx.sink.stats();
    let second = engine.reconcile(&C).await.unwrap();
    let after = fx.sink.stats();
    assert_eq!(second.mode, RunMode::Full);
    assert_eq!((second.unchanged, second.writes()), (50, 0));
    assert_eq!(after.writes(), before.writes(), "no sink write");
    assert_eq!(
        after.reads(),
        before.reads(),
        "no sink read either: state answers"
    );
}

#[tokio::test]
async fn a_fresh_state_adopts_existing_rows_instead_of_duplicating() {
    let fx = Fixture::new();
    seed(&fx, 10);
    fx.engine().reconcile(&C).await.unwrap();
    // A new process with an empty state store, over the same sink.
    let mut fx2 = Fixture::new();
    fx2.source = fx.source.clone();
    fx2.sink = fx.sink.clone();
    let before = fx.sink.stats();
    let report = fx2.engine().reconcile(&C).await.unwrap();
    let after = fx.sink.stats();
    assert_eq!((report.created, report.unchanged), (0, 10));
    assert_eq!(after.writes(), before.writes());
    assert_eq!(after.index_loads, before.index_loads + 1, "one index read");
    fx.assert_mirrored();
}

#[tokio::test]
async fn k_changes_cause_k_writes_full_and_incremental() {
    for incremental in [false, true] {
        let fx = Fixture::new();
        fx.source.set_incremental(incremental);
        seed(&fx, 30);
        let engine = fx.engine();
        engine.reconcile(&C).await.unwrap();
        fx.source.set(C, "c001", "Changed 1");
        fx.source.set(C, "c002", "Changed 2");
        fx.source.set(C, "c100", "New");
        fx.source.delete(&C, "c003");
        let before = fx.sink.stats();
        let report = engine.reconcile(&C).await.unwrap();
        let after = fx.sink.stats();
        let mode = if incremental {
            RunMode::Incremental
        } else {
            RunMode::Full
        };
        assert_eq!(report.mode, mode);
        assert_eq!((report.updated, report.created, report.trashed), (2, 1, 1));
        assert_eq!(
            after.writes() - before.writes(),
            4,
            "incremental={incremental}"
        );
        if incremental {
            assert_eq!(report.seen, 4, "only changes are read");
        }
        fx.assert_mirrored();
    }
}

#[tokio::test]
async fn an_unchanged_source_timestamp_bump_is_not_a_write() {
    let fx = Fixture::new();
    fx.source.set(C, "c1", "Same");
    let engine = fx.engine();
    engine.reconcile(&C).await.unwrap();
    fx.source.set(C, "c1", "Same"); // new updated_at, same content
    let report = engine.reconcile_full(&C).await.unwrap();
    assert_eq!((report.unchanged, report.writes()), (1, 0));
}

#[tokio::test]
async fn deleted_record_is_trashed_and_restored_when_it_returns() {
    let fx = Fixture::new();
    fx.source.set_incremental(false);
    seed(&fx, 3);
    let engine = fx.engine();
    engine.reconcile(&C).await.unwrap();
    let record = fx.source.get(&C, "c001").unwrap();
    fx.source.delete(&C, "c001");
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!(report.trashed, 1);
    let row = fx
        .sink
        .rows(&contacts())
        .into_iter()
        .find(|r| r.key == "c001")
        .unwrap();
    assert!(row.trashed);
    fx.assert_mirrored();
    // Already trashed: the next pass does nothing.
    assert_eq!(engine.reconcile(&C).await.unwrap().writes(), 0);
    // It comes back.
    fx.source.upsert(record);
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!((report.updated, report.created), (1, 0));
    assert_eq!(fx.sink.stats().restores, 1);
    fx.assert_mirrored();
}

#[tokio::test]
async fn mark_deleted_policy_sets_the_flag_and_keeps_the_row() {
    let fx = Fixture::new();
    let options = EngineOptions {
        deletion: DeletionPolicy::MarkDeleted("Deleted".into()),
        ..EngineOptions::default()
    };
    seed(&fx, 2);
    let engine = fx.engine_with(options);
    engine.reconcile(&C).await.unwrap();
    let rows = fx.sink.live_rows(&contacts());
    assert!(
        rows.iter()
            .all(|(_, p)| p.get("Deleted") == Some(&Value::Checkbox(false)))
    );
    fx.source.delete(&C, "c000");
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!(report.trashed, 1);
    let rows = fx.sink.live_rows(&contacts());
    assert_eq!(rows.len(), 2, "the row stays");
    let gone = rows.iter().find(|(k, _)| k == "c000").unwrap();
    assert_eq!(gone.1.get("Deleted"), Some(&Value::Checkbox(true)));
    assert_eq!(engine.reconcile(&C).await.unwrap().writes(), 0);
}

#[tokio::test]
async fn keep_policy_writes_nothing_on_deletion() {
    let fx = Fixture::new();
    let options = EngineOptions {
        deletion: DeletionPolicy::Keep,
        ..EngineOptions::default()
    };
    seed(&fx, 2);
    let engine = fx.engine_with(options);
    engine.reconcile(&C).await.unwrap();
    let before = fx.sink.stats();
    fx.source.delete(&C, "c000");
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!((report.trashed, report.skipped), (0, 1));
    assert_eq!(fx.sink.stats().writes(), before.writes());
    assert_eq!(fx.sink.live_rows(&contacts()).len(), 2);
}

#[tokio::test]
async fn dry_run_writes_nothing_and_reports_the_plan() {
    let fx = Fixture::new();
    seed(&fx, 5);
    fx.engine().reconcile(&C).await.unwrap();
    fx.source.set(C, "c001", "Changed");
    fx.source.set(C, "c009", "New");
    fx.source.delete(&C, "c002");
    let store_writes = fx.store.writes();
    let sink_writes = fx.sink.stats().writes();
    let dry = fx.engine_with(EngineOptions {
        dry_run: true,
        ..EngineOptions::default()
    });
    let report = dry.reconcile(&C).await.unwrap();
    assert_eq!(report.mode, RunMode::DryRun);
    assert_eq!(
        (
            report.created,
            report.updated,
            report.trashed,
            report.unchanged
        ),
        (1, 1, 1, 3)
    );
    let plan = dry.plan(&C).await.unwrap();
    assert_eq!(plan.creates, vec!["c009".to_owned()]);
    assert_eq!(plan.updates, vec!["c001".to_owned()]);
    assert_eq!(plan.trashes, vec!["c002".to_owned()]);
    assert_eq!(fx.sink.stats().writes(), sink_writes, "no sink write");
    assert_eq!(fx.store.writes(), store_writes, "no state write");
}

#[tokio::test]
async fn a_failing_source_stream_applies_no_deletions_and_keeps_the_cursor() {
    let fx = Fixture::new();
    fx.source.set_incremental(false);
    seed(&fx, 3);
    let engine = fx.engine();
    engine.reconcile(&C).await.unwrap();
    fx.source.fail_next(1, true);
    let report = engine.reconcile(&C).await.unwrap();
    assert!(report.source_failed);
    assert_eq!(
        report.trashed, 0,
        "an empty failed stream must not look like deletions"
    );
    fx.assert_mirrored();
}

#[tokio::test]
async fn failed_writes_are_counted_and_retried_next_run() {
    let fx = Fixture::new();
    let engine = fx.engine();
    engine.reconcile(&C).await.unwrap(); // indexes the empty table
    seed(&fx, 3);
    fx.sink.fail_next(3, sync_core::Outcome::NotApplied, false);
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!(report.failed, 3);
    assert!(report.errors.iter().any(|e| e.contains("injected")));
    let report = engine.reconcile(&C).await.unwrap();
    // The failed incremental run kept its cursor, so this one reads the same changes again.
    assert_eq!(report.mode, RunMode::Incremental);
    assert_eq!(report.created, 3);
    fx.assert_mirrored();
}

#[tokio::test]
async fn retryable_faults_are_retried_within_the_run() {
    let fx = Fixture::new();
    seed(&fx, 1);
    fx.sink.fail_next(2, sync_core::Outcome::NotApplied, true);
    let report = fx.engine().reconcile(&C).await.unwrap();
    assert_eq!((report.created, report.failed), (1, 0));
    assert!(
        !fx.clock.sleeps().is_empty(),
        "backoff slept on the injected clock"
    );
}

#[tokio::test]
async fn full_pass_schedule_by_run_count() {
    let fx = Fixture::new();
    let engine = fx.engine_with(EngineOptions {
        full_pass_every_runs: Some(2),
        full_pass_every: None,
        ..EngineOptions::default()
    });
    let modes: Vec<RunMode> = {
        let mut v = Vec::new();
        for _ in 0..5 {
            v.push(engine.reconcile(&C).await.unwrap().mode);
        }
        v
    };
    use RunMode::{Full, Incremental};
    assert_eq!(
        modes,
        vec![Full, Incremental, Incremental, Full, Incremental]
    );
}

#[tokio::test]
async fn progress_is_broadcast() {
    let fx = Fixture::new();
    seed(&fx, 5);
    let engine = fx.engine_with(EngineOptions {
        progress_every: 2,
        ..EngineOptions::default()
    });
    let mut rx = engine.subscribe();
    engine.reconcile(&C).await.unwrap();
    let mut last = None;
    let mut count = 0;
    while let Ok(p) = rx.try_recv() {
        count += 1;
        last = Some(p);
    }
    let last = last.unwrap();
    assert!(count >= 3);
    assert_eq!((last.phase, last.seen, last.created), (Phase::Done, 5, 5));
}

#[tokio::test]
async fn writes_overlap_up_to_the_concurrency_limit_and_stay_correct() {
    let fx = Fixture::new();
    seed(&fx, 200);
    let engine = fx.engine_with(EngineOptions {
        concurrency: 16,
        ..EngineOptions::default()
    });
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!(report.created, 200);
    fx.assert_mirrored();
    let state = fx.memory.rows(&contacts()).await.unwrap();
    assert_eq!(state.len(), 200);
    let s = reference();
    let r = fx.source.get(&C, "c007").unwrap();
    let expected = s.project(&r).unwrap().content_hash();
    let stored = state.iter().find(|(k, _)| k == "c007").unwrap().1.hash;
    assert_eq!(stored, Some(expected));
}

async fn modes(engine: &sync_core::engine::Engine, n: usize) -> Vec<RunMode> {
    let mut v = Vec::new();
    for _ in 0..n {
        v.push(engine.reconcile(&C).await.unwrap().mode);
    }
    v
}

/// No schedule: only the engine's own reasons (state, cursor, feed) choose the mode.
fn unscheduled() -> EngineOptions {
    EngineOptions {
        full_pass_every_runs: None,
        full_pass_every: None,
        ..EngineOptions::default()
    }
}

#[tokio::test]
async fn an_unclean_full_pass_makes_the_next_run_full_again() {
    use RunMode::{Full, Incremental};
    let fx = Fixture::new();
    seed(&fx, 3);
    let engine = fx.engine_with(unscheduled());
    assert_eq!(modes(&engine, 2).await, vec![Full, Incremental]);
    fx.source.fail_next(1, false);
    let failed = engine.reconcile_full(&C).await.unwrap();
    assert!(failed.source_failed);
    // The cursor and the last full pass are still there: only `needs_full` asks for it.
    assert_eq!(
        modes(&engine, 3).await,
        vec![Full, Incremental, Incremental],
        "full until one is clean, then incremental"
    );
}

#[tokio::test]
async fn a_full_pass_with_failed_writes_is_repeated() {
    use RunMode::{Full, Incremental};
    let fx = Fixture::new();
    let engine = fx.engine_with(unscheduled());
    seed(&fx, 2);
    engine.reconcile(&C).await.unwrap();
    fx.source.set(C, "c000", "Changed");
    fx.sink.fail_next(1, sync_core::Outcome::NotApplied, false);
    let report = engine.reconcile_full(&C).await.unwrap();
    assert_eq!(report.failed, 1);
    assert_eq!(modes(&engine, 2).await, vec![Full, Incremental]);
    fx.assert_mirrored();
}

#[tokio::test]
async fn full_pass_schedule_by_age_fires_at_the_age_on_the_injected_clock() {
    use RunMode::{Full, Incremental};
    use std::time::Duration;
    let fx = Fixture::new();
    seed(&fx, 2);
    let hour = Duration::from_secs(3600);
    let engine = fx.engine_with(EngineOptions {
        full_pass_every_runs: None,
        full_pass_every: Some(hour),
        ..EngineOptions::default()
    });
    assert_eq!(modes(&engine, 1).await, vec![Full]);
    fx.clock.advance(hour - Duration::from_secs(1));
    assert_eq!(modes(&engine, 1).await, vec![Incremental], "not yet due");
    fx.clock.advance(Duration::from_secs(1));
    assert_eq!(
        modes(&engine, 1).await,
        vec![Full],
        "due at exactly the age"
    );
    assert_eq!(
        modes(&engine, 1).await,
        vec![Incremental],
        "the age restarts"
    );
    fx.clock.advance(hour * 3);
    assert_eq!(modes(&engine, 2).await, vec![Full, Incremental]);
}

#[tokio::test]
async fn full_pass_schedule_by_run_count_counts_incremental_runs_exactly() {
    use RunMode::{Full, Incremental};
    let fx = Fixture::new();
    let engine = fx.engine_with(EngineOptions {
        full_pass_every_runs: Some(1),
        full_pass_every: None,
        ..EngineOptions::default()
    });
    assert_eq!(
        modes(&engine, 5).await,
        vec![Full, Incremental, Full, Incremental, Full]
    );
    let fx = Fixture::new();
    let engine = fx.engine_with(EngineOptions {
        full_pass_every_runs: Some(3),
        full_pass_every: None,
        ..EngineOptions::default()
    });
    assert_eq!(
        modes(&engine, 6).await,
        vec![
            Full,
            Incremental,
            Incremental,
            Incremental,
            Full,
            Incremental
        ]
    );
}

#[tokio::test]
async fn without_a_schedule_runs_stay_incremental() {
    use RunMode::{Full, Incremental};
    let fx = Fixture::new();
    seed(&fx, 2);
    let engine = fx.engine_with(unscheduled());
    fx.clock
        .advance(std::time::Duration::from_secs(365 * 24 * 3600));
    assert_eq!(
        modes(&engine, 4).await,
        vec![Full, Incremental, Incremental, Incremental]
    );
}

#[tokio::test]
async fn a_lost_cursor_or_a_missing_change_feed_means_a_full_pass() {
    use RunMode::{Full, Incremental};
    let fx = Fixture::new();
    seed(&fx, 2);
    let engine = fx.engine_with(unscheduled());
    assert_eq!(modes(&engine, 2).await, vec![Full, Incremental]);
    // The cursor is gone (expired, unreadable, reset).
    fx.memory.set_cursor(&C, None).await.unwrap();
    assert_eq!(modes(&engine, 2).await, vec![Full, Incremental]);
    // The source cannot answer from this cursor (no feed, or the cursor expired).
    fx.source.set_incremental(false);
    let before = fx.source.stats().streams;
    assert_eq!(modes(&engine, 2).await, vec![Full, Full]);
    assert_eq!(fx.source.stats().streams, before + 2, "each one listed all");
    // A source without a feed gives no checkpoint either: one more full pass to get one.
    fx.source.set_incremental(true);
    assert_eq!(modes(&engine, 2).await, vec![Full, Incremental]);
}

#[tokio::test]
async fn an_incremental_run_with_failures_keeps_the_cursor_and_a_clean_one_moves_it() {
    let fx = Fixture::new();
    seed(&fx, 2);
    let engine = fx.engine_with(unscheduled());
    engine.reconcile(&C).await.unwrap();
    let start = fx.memory.cursor(&C).await.unwrap();
    fx.source.set(C, "c000", "Changed");
    fx.sink.fail_next(1, sync_core::Outcome::NotApplied, false);
    let failed = engine.reconcile(&C).await.unwrap();
    assert_eq!((failed.mode, failed.failed), (RunMode::Incremental, 1));
    assert_eq!(fx.memory.cursor(&C).await.unwrap(), start, "kept");
    let clean = engine.reconcile(&C).await.unwrap();
    assert_eq!((clean.mode, clean.updated), (RunMode::Incremental, 1));
    assert_ne!(fx.memory.cursor(&C).await.unwrap(), start, "moved");
    let after = engine.reconcile(&C).await.unwrap();
    assert_eq!((after.seen, after.writes()), (0, 0), "nothing read twice");
    fx.assert_mirrored();
}

#[tokio::test]
async fn dry_run_counts_restores_as_updates_and_sees_every_live_record() {
    let fx = Fixture::new();
    seed(&fx, 5);
    let engine = fx.engine();
    engine.reconcile(&C).await.unwrap();
    let back = fx.source.get(&C, "c000").unwrap();
    fx.source.delete(&C, "c000");
    engine.reconcile_full(&C).await.unwrap();
    fx.source.upsert(back); // returns: a restore
    fx.source.set(C, "c001", "Changed"); // an update
    fx.source.set(C, "c009", "New"); // a create
    let dry = fx.engine_with(EngineOptions {
        dry_run: true,
        ..EngineOptions::default()
    });
    let plan = dry.plan(&C).await.unwrap();
    assert_eq!(plan.restores, vec!["c000".to_owned()]);
    let report = dry.reconcile(&C).await.unwrap();
    assert_eq!(
        (
            report.created,
            report.updated,
            report.unchanged,
            report.seen
        ),
        (1, 2, 3, 6)
    );
}

#[tokio::test]
async fn a_failing_source_is_named_in_the_report() {
    let fx = Fixture::new();
    fx.source.set_incremental(false);
    seed(&fx, 2);
    let engine = fx.engine();
    engine.reconcile(&C).await.unwrap();
    fx.source.fail_next(1, false);
    let report = engine.reconcile(&C).await.unwrap();
    assert!(report.source_failed);
    assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
    assert!(
        report.errors[0].starts_with("source: "),
        "{:?}",
        report.errors
    );
    assert!(!report.is_clean());
}

#[tokio::test]
async fn seen_keys_are_stored_in_batches_not_one_by_one() {
    let fx = Fixture::new();
    seed(&fx, 300);
    let engine = fx.engine_with(unscheduled());
    engine.reconcile(&C).await.unwrap();
    // A full pass over 300 unchanged records: seen keys go in two batches (256 + 44).
    let before = fx.store.writes();
    let report = engine.reconcile_full(&C).await.unwrap();
    assert_eq!((report.unchanged, report.writes()), (300, 0));
    let full_pass_writes = fx.store.writes() - before;
    assert!(
        full_pass_writes <= 8,
        "{full_pass_writes} state writes for a quiet full pass"
    );
    // An incremental run marks nothing seen: 300 changes, no touch at all.
    for i in 0..300 {
        fx.source.set(C, &format!("c{i:03}"), "Changed");
    }
    engine.reconcile(&C).await.unwrap(); // writes 300 rows
    let quiet = {
        let before = fx.store.writes();
        let report = engine.reconcile(&C).await.unwrap();
        assert_eq!((report.mode, report.seen), (RunMode::Incremental, 0));
        fx.store.writes() - before
    };
    for i in 0..300 {
        fx.source.set(C, &format!("c{i:03}"), &format!("Again {i}"));
    }
    let before = fx.store.writes();
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!((report.mode, report.updated), (RunMode::Incremental, 300));
    // Per updated row: intent begun, state stored, intent finished.
    assert_eq!(fx.store.writes() - before, quiet + 300 * 3);
}

/// A strategy that mirrors every contact except those named "skip me".
struct Picky;

impl sync_core::strategy::Strategy for Picky {
    fn name(&self) -> &str {
        "picky"
    }

    fn table(&self, _: &EntityKind) -> Option<sync_core::sink::TableId> {
        Some(contacts())
    }

    fn project(
        &self,
        record: &sync_core::record::SourceRecord,
    ) -> Option<sync_core::projection::Projection> {
        let name = record.display_name.clone().unwrap_or_default();
        (name != "skip me").then(|| {
            sync_core::projection::Projection::new()
                .with("Name", sync_core::projection::Value::Title(name))
        })
    }
}

#[tokio::test]
async fn the_plan_counts_records_the_strategy_skips() {
    let fx = Fixture::new();
    fx.source.set(C, "c1", "Ada");
    fx.source.set(C, "c2", "skip me");
    fx.source.set(C, "c3", "skip me");
    let engine = sync_core::engine::Engine::builder()
        .source(fx.source.clone())
        .sink(fx.sink.clone())
        .store(std::sync::Arc::new(fx.store.clone()))
        .clock(fx.clock.shared())
        .strategy(std::sync::Arc::new(Picky))
        .build()
        .unwrap();
    let plan = engine.plan(&C).await.unwrap();
    assert_eq!(plan.creates, vec!["c1".to_owned()]);
    assert_eq!(plan.skipped, 2);
}

/// Reading a table never indexed, a live row wins over a trashed one for the same key,
/// whichever the sink lists first: the record is mirrored, not restored or created again.
#[tokio::test]
async fn bootstrap_prefers_a_live_row_over_a_trashed_twin() {
    for trashed_first in [false, true] {
        let fx = Fixture::new();
        let record = fx.source.set(C, "c1", "Ada");
        let projection = reference().project(&record).unwrap();
        let table = contacts();
        let insert = |trashed: bool| {
            let id = fx.sink.insert_row(&table, "c1", &projection, true);
            if trashed {
                fx.sink.hand_trash(&table, &id, true);
            }
        };
        insert(trashed_first);
        insert(!trashed_first);
        let plan = fx.engine().plan(&C).await.unwrap();
        assert!(
            plan.restores.is_empty() && plan.creates.is_empty(),
            "trashed first: {trashed_first}: {plan:?}"
        );
    }
}

#[tokio::test]
async fn the_listing_is_read_ahead_of_the_writes() {
    // Without read-ahead the listing is pulled only as writes finish: to reach record 40 the
    // first 36 (40 less the 4 in flight) must have been written. With it, the next records
    // (the next page, against GHL) are read while the writes of this one are still going.
    let fx = Fixture::new();
    fx.source.set_incremental(false);
    seed(&fx, 100);
    let (sink, written_at_40) = (fx.sink.clone(), Arc::new(AtomicU64::new(u64::MAX)));
    let at_40 = Arc::clone(&written_at_40);
    fx.source.pause_next_listing(40, async move {
        at_40.store(sink.stats().creates, Ordering::SeqCst);
    });
    let engine = fx.engine_with(EngineOptions {
        concurrency: 4,
        ..fx.options.clone()
    });
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!((report.created, report.failed), (100, 0), "{report:?}");
    let written = written_at_40.load(Ordering::SeqCst);
    assert!(
        written < 36,
        "{written} records were written before the listing reached record 40"
    );
    fx.assert_mirrored();
}
