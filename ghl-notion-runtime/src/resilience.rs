//! The retry loop both HTTP clients share: breaker → throttle → (the client's attempt) →
//! record health → decide → spend quota → wait.
//!
//! A client keeps one [`Resilience`] (its limiter, retry policy and quota, circuit breaker,
//! metrics, clock and jitter source) and wraps each attempt of an operation between
//! [`Resilience::before_attempt`] and [`Resilience::succeeded`] /
//! [`Resilience::after_failure`]. What is specific to an API (building the request,
//! classifying its answers, reading its rate-limit headers) stays in the client.
//!
//! ```
//! use ghl_notion_runtime::resilience::{Resilience, Settings};
//! use ghl_notion_runtime::rate_limit::{Limiter, LimiterConfig};
//! use ghl_notion_runtime::retry::ErrorKind;
//! use ghl_notion_runtime::ManualClock;
//! use std::sync::Arc;
//! use std::time::Duration;
//!
//! # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
//! let clock = ManualClock::new();
//! let r = Resilience::new(
//!     clock.shared(),
//!     Arc::new(Limiter::new(LimiterConfig::notion())),
//!     Settings { jitter_seed: Some(1), ..Settings::default() },
//! );
//! let mut op = r.start(Duration::from_secs(60));
//! r.before_attempt(&mut op, "token").await.unwrap();
//! // The attempt answered 429 with `Retry-After: 2`: wait two seconds, then try again.
//! let again = r
//!     .after_failure(&op, ErrorKind::Throttling, false, Some(Duration::from_secs(2)), &"429")
//!     .await;
//! assert!(again.is_ok());
//! assert_eq!(clock.sleeps(), vec![Duration::from_secs(2)]);
//! # });
//! ```

use std::fmt::Display;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::breaker::{BreakerConfig, BreakerState, CircuitBreaker};
use crate::clock::SharedClock;
use crate::metrics::{Metrics, MetricsSnapshot};
use crate::rate_limit::{DailyExhausted, LimitError, Limiter};
use crate::retry::{ErrorKind, GiveUpReason, QuotaConfig, RetryDecision, RetryPolicy, RetryQuota};
use crate::server_window::{Answer, Ticket};
use crate::shared_budget::SharedBudget;

/// The policies of a [`Resilience`].
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// The retry policy.
    pub retry: RetryPolicy,
    /// The retry quota.
    pub quota: QuotaConfig,
    /// The circuit breaker.
    pub breaker: BreakerConfig,
    /// Seeds the backoff jitter, for reproducible tests.
    pub jitter_seed: Option<u64>,
}

/// Why an operation stops before sending an attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The circuit is open.
    CircuitOpen {
        /// Time until a probe is allowed.
        retry_in: Duration,
    },
    /// The key's daily budget is spent.
    DailyExhausted(DailyExhausted),
    /// Waiting for a slot would run past the operation's budget.
    OutOfTime {
        /// Time the operation would have taken.
        elapsed: Duration,
    },
}

/// One operation in progress: its start, budget, attempt count and time spent throttled.
#[derive(Debug, Clone)]
pub struct Operation {
    started: Instant,
    budget: Duration,
    attempt: u32,
    waited: Duration,
    /// The admitted attempt awaiting its answer, for a server-aware limiter.
    ticket: Option<Ticket>,
}

impl Operation {
    /// The current attempt, from 1.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    /// Time spent waiting for the limiter so far.
    pub fn waited(&self) -> Duration {
        self.waited
    }

    /// Makes the next attempt reuse this attempt's number (after a token refresh, which is
    /// not a retry).
    pub fn repeat_attempt(&mut self) {
        self.attempt = self.attempt.saturating_sub(1);
    }
}

/// The shared machinery of one client; see the module docs.
#[derive(Debug)]
pub struct Resilience {
    clock: SharedClock,
    limiter: Arc<Limiter>,
    policy: RetryPolicy,
    quota: RetryQuota,
    breaker: CircuitBreaker,
    metrics: Metrics,
    jitter: Mutex<fastrand::Rng>,
}

impl Resilience {
    /// Machinery on `clock` with `limiter` (which may be shared between clients).
    pub fn new(clock: SharedClock, limiter: Arc<Limiter>, settings: Settings) -> Self {
        Self {
            clock,
            limiter,
            policy: settings.retry,
            quota: RetryQuota::new(settings.quota),
            breaker: CircuitBreaker::new(settings.breaker),
            metrics: Metrics::default(),
            jitter: Mutex::new(
                settings
                    .jitter_seed
                    .map_or_else(fastrand::Rng::new, fastrand::Rng::with_seed),
            ),
        }
    }

    /// The clock.
    pub fn clock(&self) -> &SharedClock {
        &self.clock
    }

    /// Hands a response's headers to the clock: a sandbox's time headers
    /// ([`SandboxTime`](crate::clock::SandboxTime)) teach a [`FollowClock`](crate::FollowClock)
    /// its speed and time; every other clock, and every response without them (the real
    /// services), changes nothing. Call it for every response received, whatever its status.
    pub fn observe_response(&self, headers: &http::HeaderMap) {
        if let Some(advertised) = crate::clock::SandboxTime::from_headers(headers) {
            self.clock.observe(&advertised);
        }
    }

    /// The limiter.
    pub fn limiter(&self) -> &Limiter {
        &self.limiter
    }

    /// The live counters.
    pub fn metrics(&self) -> &Metrics {
        &self.metrics
    }

    /// A copy of the counters.
    pub fn snapshot(&self) -> MetricsSnapshot {
        self.metrics.snapshot()
    }

    /// The client-side limiter's view of `key`'s burst window now: requests started in it
    /// and the most it allows (for metrics and status pages).
    pub fn window_headroom(&self, key: &str) -> WindowHeadroom {
        let now = self.clock.now();
        let max = u64::from(self.limiter.window_max(key));
        let used = self.limiter.in_window(key, now) as u64;
        WindowHeadroom {
            used,
            max,
            window: self.limiter.config().window,
        }
    }

    /// The breaker's state now.
    pub fn circuit_state(&self) -> BreakerState {
        self.breaker.state(self.clock.now())
    }

    /// Starts an operation with `budget` for all its attempts and waits.
    pub fn start(&self, budget: Duration) -> Operation {
        Operation {
            started: self.clock.now(),
            budget,
            attempt: 0,
            waited: Duration::ZERO,
            ticket: None,
        }
    }

    fn elapsed(&self, op: &Operation) -> Duration {
        self.clock.now().saturating_duration_since(op.started)
    }

    /// Opens the next attempt for `key`: checks the breaker, takes a rate-limit slot and
    /// waits for it. Returns the time left in the operation (cap the attempt timeout by it).
    pub async fn before_attempt(&self, op: &mut Operation, key: &str) -> Result<Duration, Refusal> {
        op.attempt += 1;
        let span = tracing::Span::current();
        span.record("attempt", op.attempt);
        if let Err(open) = self.breaker.check(self.clock.now()) {
            self.metrics.breaker_rejection();
            tracing::warn!(retry_in = ?open.retry_in, "circuit open: not sending");
            return Err(Refusal::CircuitOpen {
                retry_in: open.retry_in,
            });
        }
        // An attempt admitted earlier and never reported (a token refresh failed): not sent.
        if let Some(ticket) = op.ticket.take() {
            self.limiter.answered(key, ticket, None, self.clock.now());
        }
        loop {
            let changed = self.limiter.changed();
            tokio::pin!(changed);
            changed.as_mut().enable();
            let admission = self.limiter.admit(key, self.clock.now()).map_err(
                |LimitError::DailyExhausted(d)| {
                    tracing::warn!(limit = d.limit, resets_in = ?d.resets_in, "daily budget spent: failing fast");
                    Refusal::DailyExhausted(d)
                },
            )?;
            let wait = admission.wait;
            let elapsed = self.elapsed(op);
            if elapsed + wait >= op.budget {
                if let Some(ticket) = admission.ticket {
                    self.limiter.answered(key, ticket, None, self.clock.now());
                }
                return Err(Refusal::OutOfTime {
                    elapsed: elapsed + wait,
                });
            }
            if !wait.is_zero() {
                tracing::debug!(wait_ms = wait.as_millis() as u64, "throttling before send");
                let before = self.clock.now();
                if admission.ask_again {
                    // An answer to another request may let this one go earlier.
                    tokio::select! {
                        () = self.clock.sleep(wait) => {}
                        () = &mut changed => {}
                    }
                } else {
                    self.clock.sleep(wait).await;
                }
                // A reserved slot was waited for in full; a wait cut short by an answer, as
                // long as it lasted.
                let waited = if admission.ask_again {
                    self.clock.now().saturating_duration_since(before).min(wait)
                } else {
                    wait
                };
                self.metrics.throttle_wait(waited);
                op.waited += waited;
                span.record("wait_ms", op.waited.as_millis() as u64);
            }
            if !admission.ask_again {
                op.ticket = admission.ticket;
                break;
            }
        }
        if let Some((budget, spacing)) = self.limiter.shared_budget() {
            self.wait_for_shared_slot(op, key, budget.as_ref(), spacing)
                .await?;
        }
        Ok(op.budget.saturating_sub(self.elapsed(op)))
    }

    /// Takes the next slot of a budget other processes share and waits for it. When the
    /// budget cannot answer, waits one spacing and goes on: the local limiter still holds
    /// this process to the limit, and a lost database stops the workers' leases anyway.
    async fn wait_for_shared_slot(
        &self,
        op: &mut Operation,
        key: &str,
        budget: &dyn SharedBudget,
        spacing: Duration,
    ) -> Result<(), Refusal> {
        let wait = match budget.reserve(key, spacing, self.clock.wall()).await {
            Ok(wait) => wait,
            Err(e) => {
                tracing::warn!(error = %e, "shared rate budget unavailable: pacing locally");
                spacing
            }
        };
        let elapsed = self.elapsed(op);
        if elapsed + wait >= op.budget {
            if let Some(ticket) = op.ticket.take() {
                self.limiter.answered(key, ticket, None, self.clock.now());
            }
            return Err(Refusal::OutOfTime {
                elapsed: elapsed + wait,
            });
        }
        if !wait.is_zero() {
            self.clock.sleep(wait).await;
            self.metrics.throttle_wait(wait);
            op.waited += wait;
            tracing::Span::current().record("wait_ms", op.waited.as_millis() as u64);
        }
        Ok(())
    }

    /// Reports what the server said to the attempt just sent for `key` (its rate-limit
    /// headers, and a 429's `Retry-After`), or `None` when no answer came back. Only a
    /// server-aware limiter uses it; call it once per attempt that
    /// [`before_attempt`](Self::before_attempt) let through.
    pub fn answered(&self, op: &mut Operation, key: &str, answer: Option<&Answer>) {
        if let Some(ticket) = op.ticket.take() {
            self.limiter.answered(key, ticket, answer, self.clock.now());
        }
    }

    /// Records a successful attempt.
    pub fn succeeded(&self) {
        self.breaker.record_success();
        self.quota.refill();
    }

    /// Records a failed attempt of kind `kind` and decides: `Ok(())` after waiting the
    /// backoff (or the server's `retry_after`) means "try again"; `Err` means stop and report
    /// `error` (which is only used for logging here).
    ///
    /// `idempotent` says whether repeating this attempt is safe: the call is idempotent, or
    /// the attempt certainly never reached the server (a refused connection). This is the
    /// only place an attempt is repeated: layers above a client decide what to do after an
    /// unknown outcome (look up, then act), never how often to try.
    pub async fn after_failure(
        &self,
        op: &Operation,
        kind: ErrorKind,
        idempotent: bool,
        retry_after: Option<Duration>,
        error: &(dyn Display + Sync),
    ) -> Result<(), GiveUpReason> {
        match kind {
            ErrorKind::Server | ErrorKind::Transient => {
                self.breaker.record_failure(self.clock.now());
            }
            ErrorKind::Throttling => {
                self.metrics.throttled();
                self.breaker.record_neutral();
            }
            // The service answered coherently: it is up.
            ErrorKind::Client | ErrorKind::Conflict => self.breaker.record_success(),
        }
        self.decide(op, kind, idempotent, retry_after, error).await
    }

    /// Records a success answer (2xx) whose body could not be decoded and decides as
    /// [`Resilience::after_failure`] does for a [`ErrorKind::Transient`] failure: the answer
    /// is lost, so the attempt is repeated only where that is safe (a read, an idempotent
    /// write), never for a create, which may have been applied. The service did answer, so
    /// the breaker does not count it (one endpoint's unexpected body must not stop every
    /// call).
    pub async fn after_undecodable(
        &self,
        op: &Operation,
        idempotent: bool,
        error: &(dyn Display + Sync),
    ) -> Result<(), GiveUpReason> {
        self.breaker.record_neutral();
        self.decide(op, ErrorKind::Transient, idempotent, None, error)
            .await
    }

    /// The policy's decision after failed attempt `op.attempt`, then the quota, the
    /// operation's budget and the wait.
    async fn decide(
        &self,
        op: &Operation,
        kind: ErrorKind,
        idempotent: bool,
        retry_after: Option<Duration>,
        error: &(dyn Display + Sync),
    ) -> Result<(), GiveUpReason> {
        let jitter = self
            .jitter
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .f64();
        let delay = match self
            .policy
            .decide(op.attempt, kind, idempotent, retry_after, jitter)
        {
            RetryDecision::Retry(delay) => delay,
            RetryDecision::GiveUp(reason) => {
                if reason != GiveUpReason::NotRetryable {
                    tracing::warn!(?reason, error = %error, "not retrying");
                }
                return Err(reason);
            }
        };
        if !self.quota.try_spend(kind) {
            tracing::warn!(error = %error, "retry quota spent: not retrying");
            return Err(GiveUpReason::QuotaExhausted);
        }
        if self.elapsed(op) + delay >= op.budget {
            tracing::warn!(error = %error, "no time left in the operation to retry");
            return Err(GiveUpReason::OutOfTime);
        }
        self.metrics.retry();
        tracing::warn!(?kind, delay_ms = delay.as_millis() as u64, error = %error, "retrying");
        if !delay.is_zero() {
            self.clock.sleep(delay).await;
        }
        Ok(())
    }
}

/// A client-side limiter's burst window for one key (see [`Resilience::window_headroom`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WindowHeadroom {
    /// Requests started in the current window.
    pub used: u64,
    /// The most the window allows (the server's maximum once it has sent one).
    pub max: u64,
    /// The window's length.
    pub window: Duration,
}

impl WindowHeadroom {
    /// Requests the window still allows.
    pub fn remaining(&self) -> u64 {
        self.max.saturating_sub(self.used)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::{Clock, ManualClock};
    use crate::rate_limit::LimiterConfig;

    fn resilience(clock: &ManualClock) -> Resilience {
        Resilience::new(
            clock.shared(),
            Arc::new(Limiter::new(LimiterConfig::notion())),
            Settings {
                breaker: BreakerConfig {
                    failure_threshold: 2,
                    open_for: Duration::from_secs(30),
                },
                jitter_seed: Some(1),
                ..Settings::default()
            },
        )
    }

    const S: fn(u64) -> Duration = Duration::from_secs;

    fn roomy(clock: &ManualClock, settings: Settings) -> Resilience {
        Resilience::new(
            clock.shared(),
            Arc::new(Limiter::new(LimiterConfig {
                max_per_window: 1000,
                window: S(1),
                daily_limit: Some(1000),
                daily_warn_below: 0.0,
                server_aware: None,
            })),
            Settings {
                jitter_seed: Some(7),
                ..settings
            },
        )
    }

    fn breaker_of(failure_threshold: u32) -> Settings {
        Settings {
            breaker: BreakerConfig {
                failure_threshold,
                open_for: S(30),
            },
            ..Settings::default()
        }
    }

    #[tokio::test]
    async fn attempts_are_numbered_and_limiter_waits_are_slept_and_counted() {
        let clock = ManualClock::new();
        let r = resilience(&clock);
        assert_eq!(r.clock().now(), clock.now());
        let mut op = r.start(S(60));
        for n in 1..=3 {
            assert_eq!(r.before_attempt(&mut op, "k").await, Ok(S(60)));
            assert_eq!(op.attempt(), n);
        }
        assert!(clock.sleeps().is_empty(), "no wait, no sleep");
        assert_eq!(r.snapshot().throttle_waits, 0);
        // Notion allows 3 per second: the fourth waits a second.
        assert_eq!(r.before_attempt(&mut op, "k").await, Ok(S(59)));
        assert_eq!(op.attempt(), 4);
        assert_eq!(op.waited(), S(1));
        assert_eq!(clock.sleeps(), vec![S(1)]);
        let snap = r.snapshot();
        assert_eq!((snap.throttle_waits, snap.throttle_wait), (1, S(1)));
        assert_eq!(r.metrics().snapshot(), snap);
        // A token refresh repeats the attempt number.
        op.repeat_attempt();
        assert_eq!(op.attempt(), 3);
        r.before_attempt(&mut op, "k").await.unwrap();
        assert_eq!(op.attempt(), 4);
        let mut fresh = r.start(S(60));
        fresh.repeat_attempt();
        assert_eq!(fresh.attempt(), 0);
    }

    /// A shared budget that answers from a script and records what it was asked.
    #[derive(Debug, Default)]
    struct Scripted {
        answers: Mutex<Vec<Result<Duration, crate::shared_budget::BudgetError>>>,
        asked: Mutex<Vec<(String, Duration, std::time::SystemTime)>>,
    }

    impl crate::shared_budget::SharedBudget for Scripted {
        fn reserve<'a>(
            &'a self,
            key: &'a str,
            spacing: Duration,
            now: std::time::SystemTime,
        ) -> crate::shared_budget::ReserveFuture<'a> {
            self.asked
                .lock()
                .unwrap()
                .push((key.to_owned(), spacing, now));
            let answer = self.answers.lock().unwrap().remove(0);
            Box::pin(async move { answer })
        }
    }

    #[tokio::test]
    async fn a_shared_budget_slot_is_taken_after_the_local_limiter_and_waited_for() {
        use crate::shared_budget::BudgetError;
        let clock = ManualClock::new();
        let budget = Arc::new(Scripted {
            answers: Mutex::new(vec![
                Ok(Duration::ZERO),
                Ok(Duration::from_millis(700)),
                Err(BudgetError("down".into())),
                Ok(S(30)),
            ]),
            ..Scripted::default()
        });
        let limiter = Limiter::new(LimiterConfig::notion()).with_shared_budget(budget.clone());
        let r = Resilience::new(clock.shared(), Arc::new(limiter), Settings::default());
        let mut op = r.start(S(31));
        let t0 = clock.wall();
        // A free slot: no wait.
        assert_eq!(r.before_attempt(&mut op, "tok").await, Ok(S(31)));
        assert!(clock.sleeps().is_empty());
        // A later slot is slept for on the clock and counted as a throttle wait.
        r.before_attempt(&mut op, "tok").await.unwrap();
        assert_eq!(clock.sleeps(), vec![Duration::from_millis(700)]);
        assert_eq!(op.waited(), Duration::from_millis(700));
        // A budget that cannot answer: one spacing (Notion: a third of a second).
        r.before_attempt(&mut op, "tok").await.unwrap();
        let third = Duration::from_secs(1) / 3;
        assert_eq!(clock.sleeps().last(), Some(&third));
        // A slot past the operation's budget is refused, not slept for.
        assert!(matches!(
            r.before_attempt(&mut op, "tok").await,
            Err(Refusal::OutOfTime { .. })
        ));
        assert_eq!(clock.sleeps().len(), 2);
        let asked = budget.asked.lock().unwrap();
        assert_eq!(asked.len(), 4);
        assert!(
            asked
                .iter()
                .all(|(k, spacing, _)| k == "tok" && *spacing == third)
        );
        assert_eq!(asked[0].2, t0, "asked with the clock's wall time");
        assert_eq!(asked[2].2, t0 + Duration::from_millis(700));
    }

    #[tokio::test]
    async fn a_wait_reaching_the_budget_is_refused_and_a_shorter_one_is_slept() {
        let clock = ManualClock::new();
        let r = roomy(&clock, Settings::default());
        let mut op = r.start(S(10));
        r.limiter().pause_until("k", clock.now() + S(10));
        assert_eq!(
            r.before_attempt(&mut op, "k").await,
            Err(Refusal::OutOfTime { elapsed: S(10) })
        );
        assert!(clock.sleeps().is_empty());
        let mut op = r.start(S(10));
        r.limiter().pause_until("j", clock.now() + S(9));
        assert_eq!(r.before_attempt(&mut op, "j").await, Ok(S(1)));
        assert_eq!(clock.sleeps(), vec![S(9)]);
        // Time already spent counts against the budget too.
        let mut op = r.start(S(10));
        clock.advance(S(6));
        r.limiter().pause_until("i", clock.now() + S(4));
        assert_eq!(
            r.before_attempt(&mut op, "i").await,
            Err(Refusal::OutOfTime { elapsed: S(10) })
        );
    }

    #[tokio::test]
    async fn a_spent_daily_budget_is_refused_without_sending() {
        let clock = ManualClock::new();
        let r = roomy(&clock, Settings::default());
        r.limiter().observe_daily("k", 1000, 0, clock.now());
        let mut op = r.start(S(60));
        assert_eq!(
            r.before_attempt(&mut op, "k").await,
            Err(Refusal::DailyExhausted(DailyExhausted {
                limit: 1000,
                resets_in: S(24 * 60 * 60),
            }))
        );
    }

    #[tokio::test]
    async fn server_failures_open_the_circuit_and_a_success_closes_it() {
        let clock = ManualClock::new();
        let r = roomy(&clock, breaker_of(2));
        let mut op = r.start(S(600));
        for _ in 0..2 {
            r.before_attempt(&mut op, "k").await.unwrap();
            let again = r
                .after_failure(&op, ErrorKind::Server, true, Some(S(1)), &"503")
                .await;
            assert_eq!(again, Ok(()));
        }
        // Opened at 1 s for 30 s, now 2 s.
        assert_eq!(r.circuit_state(), BreakerState::Open);
        assert_eq!(
            r.before_attempt(&mut op, "k").await,
            Err(Refusal::CircuitOpen { retry_in: S(29) })
        );
        assert_eq!(r.snapshot().breaker_rejections, 1);
        assert_eq!(r.snapshot().retries, 2);
        assert_eq!(
            r.snapshot().requests,
            0,
            "requests are counted by the client"
        );
        r.succeeded();
        assert_eq!(r.circuit_state(), BreakerState::Closed);
        let mut op = r.start(S(600));
        assert!(r.before_attempt(&mut op, "k").await.is_ok());
    }

    #[tokio::test]
    async fn throttling_is_counted_and_neutral_and_client_errors_say_the_service_is_up() {
        let clock = ManualClock::new();
        let r = roomy(&clock, breaker_of(2));
        let mut op = r.start(S(600));
        r.before_attempt(&mut op, "k").await.unwrap();
        let _ = r
            .after_failure(&op, ErrorKind::Transient, true, Some(S(0)), &"reset")
            .await;
        for _ in 0..2 {
            let again = r
                .after_failure(&op, ErrorKind::Throttling, false, Some(S(0)), &"429")
                .await;
            assert_eq!(again, Ok(()));
        }
        assert_eq!(
            r.circuit_state(),
            BreakerState::Closed,
            "throttling is no failure"
        );
        assert_eq!(r.snapshot().throttled, 2);
        // ...and does not forgive the earlier failure either.
        let _ = r
            .after_failure(&op, ErrorKind::Server, true, Some(S(0)), &"500")
            .await;
        assert_eq!(r.circuit_state(), BreakerState::Open);

        let r = roomy(&clock, breaker_of(2));
        let _ = r
            .after_failure(&op, ErrorKind::Server, true, Some(S(0)), &"500")
            .await;
        assert_eq!(
            r.after_failure(&op, ErrorKind::Client, true, None, &"400")
                .await,
            Err(GiveUpReason::NotRetryable)
        );
        let _ = r
            .after_failure(&op, ErrorKind::Server, true, Some(S(0)), &"500")
            .await;
        assert_eq!(
            r.circuit_state(),
            BreakerState::Closed,
            "the 400 reset the count"
        );
        assert_eq!(r.snapshot().throttled, 0);
    }

    #[tokio::test]
    async fn the_quota_stops_retries_and_successes_refill_it() {
        let clock = ManualClock::new();
        let r = roomy(
            &clock,
            Settings {
                quota: QuotaConfig {
                    capacity: 5,
                    retry_cost: 5,
                    ..QuotaConfig::default()
                },
                ..breaker_of(100)
            },
        );
        let op = r.start(S(600));
        let fail = || r.after_failure(&op, ErrorKind::Server, true, Some(S(0)), &"500");
        assert_eq!(fail().await, Ok(()));
        assert_eq!(fail().await, Err(GiveUpReason::QuotaExhausted));
        for _ in 0..4 {
            r.succeeded();
        }
        assert_eq!(fail().await, Err(GiveUpReason::QuotaExhausted));
        r.succeeded();
        assert_eq!(fail().await, Ok(()));
        assert_eq!(r.snapshot().retries, 2);
    }

    #[tokio::test]
    async fn a_retry_wait_reaching_the_budget_gives_up_and_a_zero_wait_does_not_sleep() {
        let clock = ManualClock::new();
        let r = roomy(&clock, Settings::default());
        let op = r.start(S(10));
        assert_eq!(
            r.after_failure(&op, ErrorKind::Throttling, true, Some(S(10)), &"429")
                .await,
            Err(GiveUpReason::OutOfTime)
        );
        assert_eq!(
            r.after_failure(&op, ErrorKind::Throttling, true, Some(S(0)), &"429")
                .await,
            Ok(())
        );
        assert!(clock.sleeps().is_empty());
        assert_eq!(
            r.after_failure(&op, ErrorKind::Throttling, true, Some(S(9)), &"429")
                .await,
            Ok(())
        );
        assert_eq!(clock.sleeps(), vec![S(9)]);
        // 9 s spent: a 1 s wait would reach the budget.
        assert_eq!(
            r.after_failure(&op, ErrorKind::Throttling, true, Some(S(1)), &"429")
                .await,
            Err(GiveUpReason::OutOfTime)
        );
        assert_eq!(r.snapshot().retries, 2);
    }

    use crate::test_support::WarnCounter;

    #[tokio::test(flavor = "current_thread")]
    async fn giving_up_is_logged_except_for_client_errors() {
        let warnings = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let count = || warnings.load(std::sync::atomic::Ordering::SeqCst);
        let _guard = tracing::subscriber::set_default(WarnCounter(warnings.clone()));
        let clock = ManualClock::new();
        let r = roomy(&clock, Settings::default());
        let op = r.start(S(600));
        assert_eq!(
            r.after_failure(&op, ErrorKind::Client, true, None, &"400")
                .await,
            Err(GiveUpReason::NotRetryable)
        );
        assert_eq!(count(), 0, "a client error is the caller's to report");
        assert_eq!(
            r.after_failure(&op, ErrorKind::Server, false, None, &"500")
                .await,
            Err(GiveUpReason::NotIdempotent)
        );
        assert_eq!(count(), 1);
    }

    #[tokio::test]
    async fn undecodable_answers_are_retried_on_reads_only_and_never_open_the_circuit() {
        let clock = ManualClock::new();
        let r = resilience(&clock);
        let mut op = r.start(Duration::from_secs(600));
        for _ in 0..3 {
            r.before_attempt(&mut op, "k").await.unwrap();
            assert_eq!(r.after_undecodable(&op, true, &"bad body").await, Ok(()));
        }
        r.before_attempt(&mut op, "k").await.unwrap();
        assert_eq!(
            r.after_undecodable(&op, true, &"bad body").await,
            Err(GiveUpReason::AttemptsExhausted)
        );
        assert_eq!(r.circuit_state(), BreakerState::Closed);

        let mut create = r.start(Duration::from_secs(600));
        r.before_attempt(&mut create, "k").await.unwrap();
        assert_eq!(
            r.after_undecodable(&create, false, &"bad body").await,
            Err(GiveUpReason::NotIdempotent)
        );

        // Lost answers, by contrast, do count.
        for _ in 0..2 {
            let _ = r
                .after_failure(&create, ErrorKind::Transient, false, None, &"reset")
                .await;
        }
        assert_eq!(r.circuit_state(), BreakerState::Open);
    }

    #[tokio::test]
    async fn answers_reach_a_server_aware_limiter_through_the_operations_ticket() {
        use crate::server_window::Probing;
        let clock = ManualClock::new();
        let r = Resilience::new(
            clock.shared(),
            Arc::new(Limiter::new(LimiterConfig {
                max_per_window: 1,
                window: S(10),
                daily_limit: None,
                daily_warn_below: 0.0,
                server_aware: Some(Probing::Never),
            })),
            Settings::default(),
        );
        let mut op = r.start(S(60));
        r.before_attempt(&mut op, "k").await.unwrap();
        // The server says 5 more fit: the next attempt goes at once, not 10 s later.
        r.answered(&mut op, "k", Some(&Answer::remaining(5)));
        r.before_attempt(&mut op, "k").await.unwrap();
        assert!(clock.sleeps().is_empty(), "{:?}", clock.sleeps());
        // Reported once: a second report has no ticket left.
        r.answered(&mut op, "k", Some(&Answer::remaining(0)));
        r.answered(&mut op, "k", Some(&Answer::remaining(0)));
        let mut other = r.start(S(60));
        r.before_attempt(&mut other, "k").await.unwrap();
        assert_eq!(clock.sleeps(), vec![S(10)], "spent: one interval");
        assert_eq!(r.snapshot().throttle_wait, S(10));
    }

    #[tokio::test]
    async fn conflicts_are_retried_on_every_method_without_tripping_the_breaker() {
        let clock = ManualClock::new();
        let r = resilience(&clock);
        let mut op = r.start(Duration::from_secs(600));
        for _ in 0..3 {
            r.before_attempt(&mut op, "k").await.unwrap();
            let again = r
                .after_failure(&op, ErrorKind::Conflict, false, None, &"409")
                .await;
            assert_eq!(again, Ok(()));
        }
        assert_eq!(r.circuit_state(), BreakerState::Closed);
        assert_eq!(r.snapshot().retries, 3);
        assert_eq!(r.snapshot().throttled, 0);
    }
}
