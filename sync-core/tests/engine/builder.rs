//! The engine builder: each setter has its effect, missing parts are named, and the engine
//! reports the options and clock it runs with.

use crate::common;

use std::sync::Arc;

use common::{Fixture, LOG, contacts, reference};
use ghl_notion_runtime::retry::RetryPolicy;
use ghl_notion_runtime::{Clock as _, ManualClock};
use sync_core::Outcome;
use sync_core::SyncError;
use sync_core::engine::{DeletionPolicy, Engine, EngineBuilder, EngineOptions};
use sync_core::record::EntityKind;
use sync_core::strategy::EventStreamStrategy;

const C: EntityKind = EntityKind::from_static("contact");

/// A builder with every part from `fx`, and no options set.
fn parts(fx: &Fixture) -> EngineBuilder {
    Engine::builder()
        .source(fx.source.clone())
        .sink(fx.sink.clone())
        .store(Arc::new(fx.store.clone()))
        .clock(fx.clock.shared())
        .strategy(Arc::new(reference()))
        .strategy(Arc::new(EventStreamStrategy::new(LOG)))
}

fn config_error(result: Result<Engine, SyncError>) -> String {
    match result {
        Err(SyncError::Config(message)) => message,
        Err(other) => panic!("expected a configuration error, got {other:?}"),
        Ok(_) => panic!("expected a configuration error, got an engine"),
    }
}

#[test]
fn a_missing_part_is_named() {
    let fx = Fixture::new();
    let store = Arc::new(fx.store.clone());
    let no_source = Engine::builder()
        .sink(fx.sink.clone())
        .store(store.clone())
        .build();
    assert_eq!(config_error(no_source), "no source");
    let no_sink = Engine::builder()
        .source(fx.source.clone())
        .store(store)
        .build();
    assert_eq!(config_error(no_sink), "no sink");
    let no_store = Engine::builder()
        .source(fx.source.clone())
        .sink(fx.sink.clone())
        .build();
    assert_eq!(config_error(no_store), "no state store");
}

#[test]
fn debug_names_the_strategies_and_options() {
    let fx = Fixture::new();
    let engine = parts(&fx).concurrency(3).build().unwrap();
    let debug = format!("{engine:?}");
    assert!(debug.starts_with("Engine {"), "{debug}");
    assert!(debug.contains("strategies"), "{debug}");
    assert!(debug.contains("concurrency: 3"), "{debug}");
}

#[test]
fn setters_reach_the_options_in_force_and_zero_bounds_become_one() {
    let fx = Fixture::new();
    let engine = parts(&fx)
        .deletion(DeletionPolicy::Keep)
        .concurrency(0)
        .dry_run(true)
        .retry(RetryPolicy {
            max_attempts: 0,
            ..RetryPolicy::default()
        })
        .jitter_seed(7)
        .build()
        .unwrap();
    let options = engine.options();
    assert_eq!(options.deletion, DeletionPolicy::Keep);
    assert_eq!(
        options.concurrency, 1,
        "0 writes in flight would never finish"
    );
    assert!(options.dry_run);
    assert_eq!(options.retry.max_attempts, 1, "0 attempts would never call");
    assert_eq!(options.jitter_seed, Some(7));

    let all_at_once = parts(&fx)
        .options(EngineOptions {
            concurrency: 4,
            deletion: DeletionPolicy::MarkDeleted("Gone".into()),
            ..EngineOptions::default()
        })
        .build()
        .unwrap();
    assert_eq!(all_at_once.options().concurrency, 4);
    assert_eq!(
        all_at_once.options().deletion,
        DeletionPolicy::MarkDeleted("Gone".into())
    );
}

#[tokio::test]
async fn the_deletion_setter_decides_what_a_gone_record_does() {
    let fx = Fixture::new();
    fx.source.set(C, "c1", "Ada");
    parts(&fx).build().unwrap().reconcile(&C).await.unwrap();
    fx.source.delete(&C, "c1");
    let keep = parts(&fx).deletion(DeletionPolicy::Keep).build().unwrap();
    let report = keep.reconcile_full(&C).await.unwrap();
    assert_eq!((report.trashed, report.skipped), (0, 1));
    assert_eq!(fx.sink.live_rows(&contacts()).len(), 1, "kept");
}

#[tokio::test]
async fn the_retry_setter_bounds_the_attempts() {
    let fx = Fixture::new();
    fx.source.set(C, "c1", "Ada");
    let engine = parts(&fx)
        .retry(RetryPolicy {
            max_attempts: 2,
            ..RetryPolicy::default()
        })
        .jitter_seed(1)
        .build()
        .unwrap();
    engine.reconcile(&C).await.unwrap();
    fx.source.set(C, "c1", "Ada Lovelace");
    fx.sink.fail_next(100, Outcome::NotApplied, true);
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!(report.failed, 1);
    assert_eq!(100 - fx.sink.failures_left(), 2, "two attempts, not more");
}

#[tokio::test]
async fn the_dry_run_setter_writes_nothing() {
    let fx = Fixture::new();
    fx.source.set(C, "c1", "Ada");
    let dry = parts(&fx).dry_run(true).build().unwrap();
    let report = dry.reconcile(&C).await.unwrap();
    assert_eq!(report.created, 1);
    assert_eq!(fx.sink.stats().writes(), 0);
}

#[tokio::test]
async fn the_engine_reads_the_clock_it_was_given() {
    let fx = Fixture::new();
    let clock = ManualClock::new();
    clock.advance(std::time::Duration::from_secs(3_600));
    let engine = parts(&fx).clock(clock.shared()).build().unwrap();
    assert_eq!(engine.clock().wall(), clock.wall());
    fx.source.set(C, "c1", "Ada");
    engine.reconcile(&C).await.unwrap();
    let state = engine
        .store()
        .get_row(&contacts(), "c1")
        .await
        .unwrap()
        .expect("state written");
    assert_eq!(
        state.last_written,
        Some(chrono::DateTime::<chrono::Utc>::from(clock.wall())),
        "stamped with the injected clock"
    );
}

#[tokio::test]
async fn subscribers_see_the_progress_of_a_run() {
    let fx = Fixture::new();
    fx.source.set(C, "c1", "Ada");
    let engine = parts(&fx).build().unwrap();
    let mut progress = engine.subscribe();
    engine.reconcile(&C).await.unwrap();
    let first = progress.try_recv().expect("a progress update");
    assert_eq!(first.entity, C);
}
