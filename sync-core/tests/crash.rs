//! A process killed at any step of a write leaves no duplicate and no lost update.
//!
//! Each test sweeps the crash point over every sink write (before and after it takes
//! effect) and every state-store write of one operation, drops the engine's future there,
//! builds a new engine over the same store, recovers, and checks the sink.

mod common;

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
