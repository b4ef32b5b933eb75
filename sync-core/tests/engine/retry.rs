//! One retry owner: the engine repeats a call only through its one policy and quota, never
//! repeats what the adapter marked not retryable, settles unknown outcomes by a lookup
//! before any new attempt, and reports the writes whose outcome stayed unknown.

use crate::common;

use std::sync::Arc;
use std::time::Duration;

use common::{Fixture, contacts, log};
use ghl_notion_runtime::retry::{QuotaConfig, RetryPolicy};
use sync_core::Outcome;
use sync_core::engine::EngineOptions;
use sync_core::record::{EntityKind, EventKind, SourceEvent};
use sync_core::runner::HybridRunner;
use sync_core::state::StateStore;

const C: EntityKind = EntityKind::from_static("contact");

fn options(max_attempts: u32) -> EngineOptions {
    EngineOptions {
        retry: RetryPolicy {
            max_attempts,
            ..RetryPolicy::default()
        },
        jitter_seed: Some(42),
        ..EngineOptions::default()
    }
}

/// A fixture with `n` synced contacts, each then renamed, so the next run updates `n` rows.
async fn renamed(n: usize, options: EngineOptions) -> (Fixture, sync_core::Engine) {
    let fx = Fixture::new();
    for i in 0..n {
        fx.source.set(C, &format!("c{i}"), "before");
    }
    let engine = fx.engine_with(options);
    engine.reconcile(&C).await.unwrap();
    for i in 0..n {
        fx.source.set(C, &format!("c{i}"), "after");
    }
    (fx, engine)
}

/// Sink calls that met an injected failure, out of `planned`.
fn failed_calls(fx: &Fixture, planned: usize) -> usize {
    planned - fx.sink.failures_left()
}

#[tokio::test]
async fn a_retryable_failure_costs_exactly_max_attempts_calls() {
    for max_attempts in [1, 3, 5] {
        let (fx, engine) = renamed(1, options(max_attempts)).await;
        fx.sink.fail_next(100, Outcome::NotApplied, true);
        let report = engine.reconcile(&C).await.unwrap();
        assert_eq!(report.failed, 1);
        assert_eq!(failed_calls(&fx, 100), max_attempts as usize);
        let sleeps = fx.clock.sleeps();
        assert_eq!(sleeps.len(), max_attempts as usize - 1, "{sleeps:?}");
        let policy = RetryPolicy::default();
        for (i, wait) in sleeps.iter().enumerate() {
            let attempt = u32::try_from(i).unwrap() + 1;
            assert!(
                *wait <= policy.ceiling(attempt),
                "{wait:?} after attempt {attempt}"
            );
        }
    }
}

#[tokio::test]
async fn a_failure_the_adapter_already_retried_is_not_repeated() {
    let (fx, engine) = renamed(1, options(3)).await;
    fx.sink.fail_next(100, Outcome::NotApplied, false);
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!(report.failed, 1);
    assert_eq!(failed_calls(&fx, 100), 1, "one call, no engine retry");
    assert!(fx.clock.sleeps().is_empty());
    // Not even an unknown outcome on an idempotent update is repeated.
    let (fx, engine) = renamed(1, options(3)).await;
    fx.sink.fail_next(100, Outcome::Unknown, false);
    engine.reconcile(&C).await.unwrap();
    assert_eq!(failed_calls(&fx, 100), 1);
}

#[tokio::test]
async fn the_engine_quota_stops_a_retry_storm() {
    let options = EngineOptions {
        retry_quota: QuotaConfig {
            capacity: 5,
            ..QuotaConfig::default()
        },
        concurrency: 1,
        ..options(3)
    };
    let (fx, engine) = renamed(2, options).await;
    fx.sink.fail_next(100, Outcome::NotApplied, true);
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!(report.failed, 2);
    // First write: one retry (5 tokens), then the quota is empty; second write: no retry.
    assert_eq!(failed_calls(&fx, 100), 3);
}

#[tokio::test]
async fn seeded_jitter_makes_backoff_reproducible() {
    let mut runs = Vec::new();
    for _ in 0..2 {
        let (fx, engine) = renamed(1, options(4)).await;
        fx.sink.fail_next(100, Outcome::NotApplied, true);
        engine.reconcile(&C).await.unwrap();
        runs.push(fx.clock.sleeps());
    }
    assert_eq!(runs[0].len(), 3);
    assert_eq!(runs[0], runs[1]);
}

#[tokio::test]
async fn a_lost_create_response_is_looked_up_at_once_not_repeated() {
    let fx = Fixture::new();
    let engine = fx.engine_with(options(3));
    engine.reconcile(&C).await.unwrap();
    fx.source.set(C, "c0", "Ada");
    fx.sink.lose_next_creates(1);
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!(
        (report.created, report.failed, report.unknown_outcomes),
        (1, 0, 0)
    );
    let stats = fx.sink.stats();
    assert_eq!(
        (stats.creates, stats.finds),
        (1, 1),
        "one create, one lookup"
    );
    assert!(fx.clock.sleeps().is_empty(), "the lookup is sent at once");
    fx.assert_mirrored();
}

#[tokio::test]
async fn an_unknown_create_that_left_nothing_is_sent_again() {
    let fx = Fixture::new();
    let engine = fx.engine_with(options(3));
    engine.reconcile(&C).await.unwrap();
    fx.source.set(C, "c0", "Ada");
    // The first create fails before reaching the sink, with an unknown outcome.
    fx.sink.fail_next(1, Outcome::Unknown, true);
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!((report.created, report.failed), (1, 0));
    let stats = fx.sink.stats();
    assert_eq!(
        (stats.creates, stats.finds),
        (1, 1),
        "looked up, then created"
    );
    assert_eq!(
        fx.clock.sleeps().len(),
        1,
        "one backoff before the second create"
    );
    fx.assert_mirrored();
}

#[tokio::test]
async fn lookups_count_against_max_attempts_and_an_unsettled_create_is_reported() {
    let fx = Fixture::new();
    let engine = fx.engine_with(options(3));
    engine.reconcile(&C).await.unwrap();
    fx.source.set(C, "c0", "Ada");
    fx.sink.fail_next(100, Outcome::Unknown, true);
    let report = engine.reconcile(&C).await.unwrap();
    // create, lookup, lookup: three sink calls in all, and never a second create.
    assert_eq!(failed_calls(&fx, 100), 3);
    assert_eq!((report.failed, report.unknown_outcomes), (1, 1));
    assert!(!report.is_complete() && report.needs_repair());
    assert_eq!(
        fx.memory.pending_intents().await.unwrap().len(),
        1,
        "left for recovery"
    );
    fx.sink.clear_faults();
    // The next run looks the key up before creating: still one row.
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!((report.created, report.failed), (1, 0));
    assert_eq!(fx.sink.stats().finds, 1);
    fx.assert_mirrored();
}

#[tokio::test]
async fn unknown_outcomes_are_counted_apart_from_plain_failures() {
    let (fx, engine) = renamed(2, options(1)).await;
    fx.sink.fail_next(1, Outcome::Unknown, false);
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!((report.failed, report.unknown_outcomes), (1, 1));
    assert!(report.needs_repair() && !report.is_complete());
    let (fx, engine) = renamed(2, options(1)).await;
    fx.sink.fail_next(1, Outcome::NotApplied, false);
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!((report.failed, report.unknown_outcomes), (1, 0));
    assert!(!report.needs_repair() && !report.is_complete());
    fx.source.set(C, "c0", "again");
    let clean = engine.reconcile(&C).await.unwrap();
    assert!(clean.is_complete() && clean.is_clean());
}

#[tokio::test]
async fn an_unsettled_append_is_looked_up_before_a_redelivery_appends() {
    let fx = Fixture::new();
    let engine = fx.engine_with(options(1));
    fx.source.set(C, "c0", "Ada");
    let event = SourceEvent::new("wh-1", C, "c0", EventKind::Created);
    fx.sink.lose_next_appends(1);
    let error = engine.apply_event(&event).await.unwrap_err();
    assert_eq!(
        error.outcome(),
        Outcome::Unknown,
        "one attempt: no room for a lookup"
    );
    let applied = engine.apply_event(&event).await.unwrap();
    assert_eq!(applied.logged, 1);
    assert_eq!(fx.sink.events(&log()).len(), 1, "never appended twice");
    assert_eq!(fx.sink.stats().appends, 1);
    assert_eq!(fx.sink.live_rows(&contacts()).len(), 1);
}

#[tokio::test]
async fn the_runner_applies_a_failed_group_again_on_its_schedule_not_its_own_retry() {
    let fx = Fixture::new();
    fx.source.set(C, "c0", "Ada");
    let engine = Arc::new(fx.engine_with(options(1)));
    let interval = Duration::from_secs(600);
    let handle = HybridRunner::new(engine)
        .reconcile_on_start(false)
        .interval(interval)
        .collapse_window(Duration::from_secs(2))
        .spawn();
    // Two applications fail (the first call of each), the third succeeds.
    fx.sink.fail_next(2, Outcome::NotApplied, false);
    handle
        .send(SourceEvent::new("wh-1", C, "c0", EventKind::Created))
        .await
        .unwrap();
    for _ in 0..10_000 {
        if !fx.sink.events(&log()).is_empty() {
            break;
        }
        tokio::task::yield_now().await;
    }
    let summary = handle.shutdown().await.unwrap();
    assert_eq!(
        (summary.groups_applied, summary.failures),
        (1, 0),
        "{summary:?}"
    );
    assert_eq!(fx.sink.events(&log()).len(), 1);
    let waits: Vec<Duration> = fx
        .clock
        .sleeps()
        .into_iter()
        .filter(|d| *d >= interval)
        .collect();
    assert_eq!(waits.len(), 2, "each failed application waits one interval");
    fx.assert_mirrored();
}

#[tokio::test]
async fn an_unsettled_create_costs_exactly_max_attempts_calls_and_one_create() {
    // After the first create, every attempt is a lookup (the fake counts only calls that
    // got through, so the injected faults count them all).
    for max_attempts in [1, 2, 3, 4] {
        let fx = Fixture::new();
        let engine = fx.engine_with(options(max_attempts));
        engine.reconcile(&C).await.unwrap();
        fx.source.set(C, "c0", "Ada");
        fx.sink.fail_next(1000, Outcome::Unknown, true);
        let report = engine.reconcile(&C).await.unwrap();
        assert_eq!(
            (report.failed, report.unknown_outcomes),
            (1, 1),
            "max_attempts={max_attempts}"
        );
        assert_eq!(
            failed_calls(&fx, 1000),
            max_attempts as usize,
            "max_attempts={max_attempts}"
        );
        let pending = fx.memory.pending_intents().await.unwrap().len();
        assert_eq!(pending, 1, "the unsettled create is left for recovery");
    }
}

#[tokio::test]
async fn a_retryable_update_failure_costs_exactly_max_attempts_calls_for_1_2_3() {
    for max_attempts in [1, 2, 3] {
        let (fx, engine) = renamed(1, options(max_attempts)).await;
        fx.sink.fail_next(1000, Outcome::NotApplied, true);
        let report = engine.reconcile(&C).await.unwrap();
        assert_eq!(report.failed, 1, "max_attempts={max_attempts}");
        assert_eq!(
            failed_calls(&fx, 1000),
            max_attempts as usize,
            "max_attempts={max_attempts}"
        );
        assert_eq!(
            fx.clock.sleeps().len(),
            max_attempts as usize - 1,
            "a wait between attempts, none after the last"
        );
    }
}

#[tokio::test]
async fn a_failing_source_fetch_costs_exactly_max_attempts_calls() {
    for max_attempts in [1, 2, 3] {
        let fx = Fixture::new();
        let engine = fx.engine_with(options(max_attempts));
        fx.source.fail_next(1000, true);
        assert!(engine.refresh(&C, "c0").await.is_err());
        assert_eq!(
            1000 - fx.source.failures_left(),
            max_attempts as usize,
            "max_attempts={max_attempts}"
        );
        assert_eq!(fx.source.stats().fetches, u64::from(max_attempts));
    }
}

#[tokio::test]
async fn a_lookup_that_finds_nothing_turns_an_unknown_create_into_a_plain_failure() {
    let fx = Fixture::new();
    let engine = fx.engine_with(options(3));
    engine.reconcile(&C).await.unwrap();
    fx.source.set(C, "c0", "Ada");
    // Unknown, and the adapter already retried it: the lookup settles it, nothing more.
    fx.sink.fail_next(1, Outcome::Unknown, false);
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!((report.failed, report.unknown_outcomes), (1, 0));
    assert_eq!(fx.sink.stats().finds, 1, "one lookup");
    assert!(fx.clock.sleeps().is_empty());
    assert!(
        fx.memory.pending_intents().await.unwrap().is_empty(),
        "settled: nothing left for recovery"
    );
    // Nothing to look up before the next create.
    let report = engine.reconcile(&C).await.unwrap();
    assert_eq!(report.created, 1);
    assert_eq!(fx.sink.stats().finds, 1);
    fx.assert_mirrored();
}
