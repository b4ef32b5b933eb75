//! A process killed at any step of a write leaves no duplicate and no lost update.
//!
//! Each test sweeps the crash point over every sink write (before and after it takes
//! effect) and every state-store write of one operation, drops the engine's future there,
//! builds a new engine over the same store, recovers, and checks the sink.

use crate::common;

use common::{Fixture, contacts, log};
use sync_core::engine::Engine;
use sync_core::record::{EntityKind, EventKind, SourceEvent};
use sync_core::state::StateStore;

const C: EntityKind = EntityKind::from_static("contact");

#[derive(Debug, Clone, Copy)]
enum CrashAt {
    Sink { write: u64, applied: bool },
    Store { write: u64 },
}

fn plans() -> Vec<CrashAt> {
    let mut v = Vec::new();
    for write in 1..=3 {
        for applied in [false, true] {
            v.push(CrashAt::Sink { write, applied });
        }
    }
    for write in 1..=10 {
        v.push(CrashAt::Store { write });
    }
    v
}

fn arm(fx: &Fixture, plan: CrashAt) {
    match plan {
        CrashAt::Sink { write, applied } => fx.sink.crash_at_write(write, applied),
        CrashAt::Store { write } => fx.store.crash_at_write(write),
    }
}

/// Restarts after a crash: new engine, recovery, and the faults cleared.
async fn restart(fx: &Fixture) -> Engine {
    fx.switch.reset();
    fx.sink.clear_faults();
    fx.store.clear_faults();
    let engine = fx.engine();
    engine.recover().await.expect("recover");
    engine
}

async fn assert_settled(fx: &Fixture, engine: &Engine) {
    engine.reconcile_full(&C).await.expect("final reconcile");
    fx.assert_mirrored();
    assert!(
        fx.memory.pending_intents().await.unwrap().is_empty(),
        "no intent left"
    );
    let all = fx.sink.rows(&contacts());
    let mut keys: Vec<_> = all.iter().map(|r| r.key.clone()).collect();
    keys.sort();
    keys.dedup();
    assert_eq!(
        keys.len(),
        all.len(),
        "one row per key, trashed rows included: {all:?}"
    );
}

/// Runs `operation` against a prepared fixture for every crash point.
async fn sweep<P, O>(prepare: P, operation: O) -> usize
where
    P: AsyncFn(&Fixture, &Engine),
    O: AsyncFn(&Fixture, &Engine),
{
    let mut crashed = 0;
    for plan in plans() {
        let fx = Fixture::new();
        let engine = fx.engine();
        prepare(&fx, &engine).await;
        arm(&fx, plan);
        let outcome = fx.switch.run(operation(&fx, &engine)).await;
        drop(engine);
        if outcome.is_err() {
            crashed += 1;
        }
        let engine = restart(&fx).await;
        assert_settled(&fx, &engine).await;
    }
    crashed
}

#[tokio::test]
async fn crash_during_create() {
    let crashed = sweep(
        async |_fx, engine| {
            engine.reconcile(&C).await.unwrap();
        },
        async |fx, engine| {
            fx.source.set(C, "c1", "Ada");
            let _ = engine.reconcile(&C).await;
        },
    )
    .await;
    assert!(crashed >= 7, "crash points exercised: {crashed}");
}

#[tokio::test]
async fn crash_during_update() {
    let crashed = sweep(
        async |fx, engine| {
            fx.source.set(C, "c1", "Ada");
            engine.reconcile(&C).await.unwrap();
        },
        async |fx, engine| {
            fx.source.set(C, "c1", "Ada Lovelace");
            let _ = engine.reconcile(&C).await;
        },
    )
    .await;
    assert!(crashed >= 7, "crash points exercised: {crashed}");
}

#[tokio::test]
async fn crash_during_trash() {
    let crashed = sweep(
        async |fx, engine| {
            fx.source.set(C, "c1", "Ada");
            fx.source.set(C, "c2", "Bob");
            engine.reconcile(&C).await.unwrap();
        },
        async |fx, engine| {
            fx.source.delete(&C, "c1");
            let _ = engine.reconcile(&C).await;
        },
    )
    .await;
    assert!(crashed >= 7, "crash points exercised: {crashed}");
}

#[tokio::test]
async fn crash_during_event_leaves_exactly_one_log_row_after_redelivery() {
    for plan in plans() {
        let fx = Fixture::new();
        let engine = fx.engine();
        engine.reconcile(&C).await.unwrap();
        let record = fx.source.set(C, "c1", "Ada");
        let mut event = SourceEvent::new("wh-1", C, "c1", EventKind::Created);
        event.record = Some(record);
        arm(&fx, plan);
        let outcome = fx.switch.run(engine.apply_event(&event)).await;
        drop(engine);
        let engine = restart(&fx).await;
        if outcome.is_err() {
            // The webhook was not acknowledged, so it is delivered again.
            engine.apply_event(&event).await.unwrap();
        }
        let rows = fx.sink.events(&log());
        assert_eq!(rows.len(), 1, "{plan:?}: {rows:?}");
        assert_settled(&fx, &engine).await;
    }
}

#[tokio::test]
async fn lost_create_response_is_adopted_not_duplicated() {
    let fx = Fixture::new();
    let engine = fx.engine();
    engine.reconcile(&C).await.unwrap();
    fx.source.set(C, "c1", "Ada");
    fx.sink.lose_next_creates(1);
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!((report.created, report.failed), (1, 0));
    assert_eq!(fx.sink.stats().creates, 1, "not created twice");
    assert_eq!(fx.sink.stats().finds, 1, "looked up once");
    assert_settled(&fx, &engine).await;
}

#[tokio::test]
async fn lost_append_response_is_not_appended_twice() {
    let fx = Fixture::new();
    let engine = fx.engine();
    fx.source.set(C, "c1", "Ada");
    fx.sink.lose_next_appends(1);
    let event = SourceEvent::new("wh-1", C, "c1", EventKind::Updated);
    let applied = engine.apply_event(&event).await.unwrap();
    assert_eq!(applied.logged, 1);
    assert_eq!(fx.sink.events(&log()).len(), 1);
    assert_eq!(fx.sink.stats().find_events, 1);
}

/// A restarted engine settles what a killed one left before its first write, without being
/// asked: its first reconcile and its first pushed event both recover first.
#[tokio::test]
async fn a_new_engine_recovers_before_its_first_write() {
    for first_use in ["reconcile", "push"] {
        let fx = Fixture::new();
        let engine = fx.engine();
        engine.reconcile(&C).await.unwrap();
        // Killed right after the sink created the row, before the state recorded it.
        fx.sink.crash_at_write(1, true);
        fx.source.set(C, "c1", "Ada");
        let crashed = fx.switch.run(engine.reconcile(&C)).await;
        assert!(crashed.is_err(), "the crash point was reached");
        drop(engine);
        assert_eq!(fx.memory.pending_intents().await.unwrap().len(), 1);
        fx.switch.reset();
        fx.sink.clear_faults();
        fx.store.clear_faults();

        let engine = fx.engine(); // no explicit recover()
        match first_use {
            "reconcile" => {
                engine.reconcile(&C).await.unwrap();
            }
            _ => {
                let mut event = SourceEvent::new("wh-1", C, "c1", EventKind::Updated);
                event.record = fx.source.get(&C, "c1");
                event.occurred_at = event.record.as_ref().and_then(|r| r.updated_at);
                engine.apply_event(&event).await.unwrap();
            }
        }
        assert!(
            fx.memory.pending_intents().await.unwrap().is_empty(),
            "{first_use}: the intent was settled"
        );
        assert_eq!(
            fx.sink.rows(&contacts()).len(),
            1,
            "{first_use}: the row the killed engine created was adopted, not duplicated"
        );
    }
}

/// Kills `operation` at the `write`-th sink write (`applied`: after it took effect) and
/// returns a fresh engine over the same store, faults cleared, recovery not yet run.
async fn killed_at<O>(fx: &Fixture, write: u64, applied: bool, operation: O) -> Engine
where
    O: AsyncFnOnce(&Engine),
{
    let engine = fx.engine();
    fx.sink.crash_at_write(write, applied);
    let crashed = fx.switch.run(operation(&engine)).await;
    assert!(crashed.is_err(), "the crash point was reached");
    drop(engine);
    fx.switch.reset();
    fx.sink.clear_faults();
    fx.store.clear_faults();
    fx.engine()
}

fn live_rows(fx: &Fixture) -> usize {
    fx.sink
        .rows(&contacts())
        .iter()
        .filter(|r| !r.trashed)
        .count()
}

#[tokio::test]
async fn recovery_reports_what_it_settled() {
    let fx = Fixture::new();
    fx.engine().reconcile(&C).await.unwrap();
    fx.source.set(C, "c1", "Ada");
    let engine = killed_at(&fx, 1, true, async |e| {
        let _ = e.reconcile(&C).await;
    })
    .await;
    let report = engine.recover().await.unwrap();
    assert_eq!(
        (
            report.pending,
            report.adopted,
            report.replayed,
            report.unresolved
        ),
        (1, 1, 1, 0)
    );
    assert_eq!(live_rows(&fx), 1);
}

#[tokio::test]
async fn a_live_twin_found_while_settling_a_create_is_trashed() {
    let fx = Fixture::new();
    fx.engine().reconcile(&C).await.unwrap();
    fx.source.set(C, "c1", "Ada");
    let engine = killed_at(&fx, 1, true, async |e| {
        let _ = e.reconcile(&C).await;
    })
    .await;
    fx.sink
        .hand_duplicate(&contacts(), "c1")
        .expect("a row to copy");
    assert_eq!(live_rows(&fx), 2);
    engine.recover().await.unwrap();
    assert_eq!(live_rows(&fx), 1, "one live row per key");
}

#[tokio::test]
async fn an_unsettled_intent_is_counted_and_settled_on_next_use() {
    let fx = Fixture::new();
    fx.engine().reconcile(&C).await.unwrap();
    fx.source.set(C, "c1", "Ada");
    let engine = killed_at(&fx, 1, true, async |e| {
        let _ = e.reconcile(&C).await;
    })
    .await;
    fx.sink
        .fail_next(1_000, sync_core::Outcome::NotApplied, false);
    let report = engine.recover().await.unwrap();
    assert_eq!((report.pending, report.unresolved), (1, 1));
    fx.sink.clear_faults();
    engine.reconcile(&C).await.unwrap(); // recovers first, unasked
    assert!(fx.memory.pending_intents().await.unwrap().is_empty());
    assert_eq!(live_rows(&fx), 1);
}

#[tokio::test]
async fn an_append_is_adopted_if_it_landed_and_replayed_if_not() {
    for applied in [true, false] {
        let fx = Fixture::new();
        let r = fx.source.set(C, "c1", "Ada");
        let mut e = SourceEvent::new("wh-1", C, "c1", EventKind::Updated);
        e.occurred_at = r.updated_at;
        e.record = Some(r);
        let engine = killed_at(&fx, 1, applied, async |engine| {
            let _ = engine.apply_event(&e).await;
        })
        .await;
        let report = engine.recover().await.unwrap();
        let expected = if applied { (1, 0) } else { (0, 1) };
        assert_eq!(
            (report.adopted, report.replayed),
            expected,
            "applied: {applied}"
        );
        assert_eq!(fx.sink.events(&log()).len(), 1, "applied: {applied}");
    }
}

/// A trash whose outcome is unknown, then the record comes back: the row is live again.
#[tokio::test]
async fn a_record_back_after_an_unsettled_trash_gets_its_row_back() {
    let fx = Fixture::new();
    fx.source.set(C, "c1", "Ada");
    fx.engine().reconcile(&C).await.unwrap();
    let back = fx.source.get(&C, "c1").unwrap();
    fx.source.delete(&C, "c1");
    let engine = killed_at(&fx, 1, true, async |e| {
        let _ = e.reconcile_full(&C).await;
    })
    .await;
    assert_eq!(live_rows(&fx), 0, "the trash took effect");
    fx.source.upsert(back);
    engine.recover().await.unwrap();
    assert_eq!(live_rows(&fx), 1, "restored");
}

/// An update whose outcome is unknown is written again, and nothing is restored.
#[tokio::test]
async fn an_unsettled_update_is_rewritten_without_a_restore() {
    let fx = Fixture::new();
    fx.source.set(C, "c1", "Ada");
    fx.engine().reconcile(&C).await.unwrap();
    fx.source.set(C, "c1", "Ada Lovelace");
    let engine = killed_at(&fx, 1, false, async |e| {
        let _ = e.reconcile(&C).await;
    })
    .await;
    let before = fx.sink.stats();
    let report = engine.recover().await.unwrap();
    assert_eq!(report.replayed, 1);
    let after = fx.sink.stats();
    assert_eq!(
        after.restores, before.restores,
        "a live row is not restored"
    );
    assert_eq!(after.updates, before.updates + 1);
    fx.assert_mirrored();
}
