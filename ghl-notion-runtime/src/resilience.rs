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
        let wait = self
            .limiter
            .plan(key, self.clock.now())
            .map_err(|LimitError::DailyExhausted(d)| {
                tracing::warn!(limit = d.limit, resets_in = ?d.resets_in, "daily budget spent: failing fast");
                Refusal::DailyExhausted(d)
            })?;
        let elapsed = self.elapsed(op);
        if elapsed + wait >= op.budget {
            return Err(Refusal::OutOfTime {
                elapsed: elapsed + wait,
            });
        }
        if !wait.is_zero() {
            tracing::debug!(wait_ms = wait.as_millis() as u64, "throttling before send");
            self.metrics.throttle_wait(wait);
            self.clock.sleep(wait).await;
            op.waited += wait;
            span.record("wait_ms", op.waited.as_millis() as u64);
        }
        Ok(op.budget.saturating_sub(self.elapsed(op)))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;
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
