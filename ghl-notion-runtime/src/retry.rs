//! The retry policy: a pure decision, plus a quota that bounds retries across a client.
//!
//! Failures are classified into [`ErrorKind`]s (the four of smithy-rs, plus a conflict). [`RetryPolicy::decide`]
//! turns an attempt number, a kind, whether the call is safe to repeat, the server's
//! `Retry-After` and a jitter sample into a [`RetryDecision`]; it reads no clock and draws no
//! random number, so it is tested as a table. [`RetryQuota`] is a token bucket shared by a
//! client: every retry spends from it, every success refills a little, and an empty bucket
//! stops retrying even below the attempt limit, so an outage cannot multiply traffic.
//!
//! ```
//! use ghl_notion_runtime::retry::{ErrorKind, RetryDecision, RetryPolicy};
//! use std::time::Duration;
//!
//! let policy = RetryPolicy::default();
//! // A 429 with `Retry-After: 7` waits seven seconds, whatever the backoff says.
//! let d = policy.decide(1, ErrorKind::Throttling, false, Some(Duration::from_secs(7)), 0.5);
//! assert_eq!(d, RetryDecision::Retry(Duration::from_secs(7)));
//! // A 5xx on a create is never repeated: it might have been applied.
//! let d = policy.decide(1, ErrorKind::Server, false, None, 0.5);
//! assert!(matches!(d, RetryDecision::GiveUp(_)));
//! ```

use std::sync::Mutex;
use std::sync::PoisonError;
use std::time::{Duration, SystemTime};

/// How a failed attempt is classified for retrying.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The request may not have reached the server, or its answer was lost: connection
    /// reset, timeout, a body cut mid-stream, a success answer whose body cannot be decoded.
    /// Safe to repeat only if the call is.
    Transient,
    /// The server asked us to slow down (429, Notion's 529). The request was not applied,
    /// so it is always safe to repeat.
    Throttling,
    /// The server failed (500, 502, 503, 504). It may have applied the request.
    Server,
    /// The request itself is wrong (other 4xx). Repeating cannot help.
    Client,
    /// The request collided with a concurrent change and was not applied (Notion's 409
    /// `conflict_error`). Like throttling it is safe to repeat on every method, after the
    /// usual backoff; unlike a server error it says nothing about the service's health.
    Conflict,
}

/// What to do after a failed attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryDecision {
    /// Wait this long, then try again.
    Retry(Duration),
    /// Stop and report the failure.
    GiveUp(GiveUpReason),
}

/// Why a failure is not retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GiveUpReason {
    /// A client error: repeating cannot help.
    NotRetryable,
    /// The call is not idempotent and may have been applied.
    NotIdempotent,
    /// `max_attempts` reached.
    AttemptsExhausted,
    /// The server asked for a wait longer than the policy allows.
    RetryAfterTooLong(Duration),
    /// The client's retry quota is spent.
    QuotaExhausted,
    /// Waiting before the next attempt would run past the operation's budget.
    OutOfTime,
}

/// Exponential backoff with full jitter, bounded attempts and a clamped `Retry-After`.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1 disables retrying).
    pub max_attempts: u32,
    /// The backoff ceiling before the first retry.
    pub initial_backoff: Duration,
    /// The largest backoff ceiling.
    pub max_backoff: Duration,
    /// The longest server-requested wait honoured; past it, the call fails with the server's
    /// wait in the error rather than blocking for hours.
    pub max_retry_after: Duration,
    /// The shortest wait after a throttling answer with no `Retry-After`.
    pub min_throttle_backoff: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 4,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(20),
            max_retry_after: Duration::from_secs(300),
            min_throttle_backoff: Duration::from_secs(1),
        }
    }
}

impl RetryPolicy {
    /// A policy that never retries.
    pub fn never() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// The backoff ceiling before retry number `attempt` (1 = first retry): `initial × 2^(n-1)`,
    /// capped at `max_backoff`.
    pub fn ceiling(&self, attempt: u32) -> Duration {
        let factor = 2u32.saturating_pow(attempt.saturating_sub(1).min(30));
        self.initial_backoff
            .saturating_mul(factor)
            .min(self.max_backoff)
    }

    /// Decides what follows failed attempt number `attempt` (1-based).
    ///
    /// `jitter` is a sample from `[0, 1)`; the backoff is `jitter × ceiling(attempt)` ("full
    /// jitter"). A server's `retry_after` replaces the backoff, clamped to `max_retry_after`.
    pub fn decide(
        &self,
        attempt: u32,
        kind: ErrorKind,
        idempotent: bool,
        retry_after: Option<Duration>,
        jitter: f64,
    ) -> RetryDecision {
        match kind {
            ErrorKind::Client => return RetryDecision::GiveUp(GiveUpReason::NotRetryable),
            // Throttling and conflicts were not applied: safe to repeat on every method.
            ErrorKind::Transient | ErrorKind::Server if !idempotent => {
                return RetryDecision::GiveUp(GiveUpReason::NotIdempotent);
            }
            _ => {}
        }
        if attempt >= self.max_attempts {
            return RetryDecision::GiveUp(GiveUpReason::AttemptsExhausted);
        }
        if let Some(wait) = retry_after {
            if wait > self.max_retry_after {
                return RetryDecision::GiveUp(GiveUpReason::RetryAfterTooLong(wait));
            }
            return RetryDecision::Retry(wait);
        }
        let jitter = if jitter.is_finite() {
            jitter.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let backoff = self.ceiling(attempt).mul_f64(jitter);
        if kind == ErrorKind::Throttling {
            return RetryDecision::Retry(backoff.max(self.min_throttle_backoff));
        }
        RetryDecision::Retry(backoff)
    }
}

/// Parses a `Retry-After` value: delay-seconds (`"120"`, also `"1.5"`) or an HTTP-date
/// (`"Wed, 21 Oct 2026 07:28:00 GMT"`), relative to the wall-clock `now`. A date in the past
/// means "now"; anything unreadable is `None`.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    if let Ok(secs) = value.parse::<f64>() {
        return (secs.is_finite() && secs >= 0.0).then(|| Duration::from_secs_f64(secs.min(1e9)));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// Costs and capacity of a [`RetryQuota`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuotaConfig {
    /// Tokens when full.
    pub capacity: u32,
    /// Cost of retrying a server error.
    pub retry_cost: u32,
    /// Cost of retrying a transient (timeout, connection) error.
    pub transient_cost: u32,
    /// Cost of retrying a throttling answer; these are already paced by the server's wait.
    pub throttle_cost: u32,
    /// Tokens returned by each success.
    pub success_refill: u32,
}

impl Default for QuotaConfig {
    fn default() -> Self {
        Self {
            capacity: 500,
            retry_cost: 5,
            transient_cost: 10,
            throttle_cost: 1,
            success_refill: 1,
        }
    }
}

/// A token bucket that bounds retries across all calls of one client.
#[derive(Debug)]
pub struct RetryQuota {
    config: QuotaConfig,
    tokens: Mutex<u32>,
}

impl Default for RetryQuota {
    fn default() -> Self {
        Self::new(QuotaConfig::default())
    }
}

impl RetryQuota {
    /// A full quota.
    pub fn new(config: QuotaConfig) -> Self {
        Self {
            tokens: Mutex::new(config.capacity),
            config,
        }
    }

    fn cost(&self, kind: ErrorKind) -> u32 {
        match kind {
            ErrorKind::Throttling => self.config.throttle_cost,
            ErrorKind::Transient => self.config.transient_cost,
            ErrorKind::Server | ErrorKind::Client | ErrorKind::Conflict => self.config.retry_cost,
        }
    }

    /// Spends the cost of retrying `kind`; `false` (and nothing spent) if the quota is short.
    pub fn try_spend(&self, kind: ErrorKind) -> bool {
        let cost = self.cost(kind);
        let mut tokens = self.tokens.lock().unwrap_or_else(PoisonError::into_inner);
        if *tokens < cost {
            return false;
        }
        *tokens -= cost;
        true
    }

    /// Returns tokens after a success.
    pub fn refill(&self) {
        let mut tokens = self.tokens.lock().unwrap_or_else(PoisonError::into_inner);
        *tokens = (*tokens + self.config.success_refill).min(self.config.capacity);
    }

    /// Tokens left.
    pub fn available(&self) -> u32 {
        *self.tokens.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ErrorKind::*;
    use GiveUpReason::*;
    use RetryDecision::*;

    const S: fn(u64) -> Duration = Duration::from_secs;
    const MS: fn(u64) -> Duration = Duration::from_millis;

    type Row = (u32, ErrorKind, bool, Option<Duration>, f64, RetryDecision);

    #[test]
    fn decision_table() {
        let p = RetryPolicy::default();
        #[rustfmt::skip]
        let table: &[Row] = &[
            // attempt, kind, idempotent, retry-after, jitter => decision
            (1, Client,     true,  None,        0.5, GiveUp(NotRetryable)),
            (1, Server,     false, None,        0.5, GiveUp(NotIdempotent)),
            (1, Transient,  false, None,        0.5, GiveUp(NotIdempotent)),
            (1, Throttling, false, Some(S(3)),  0.5, Retry(S(3))),
            (1, Throttling, false, None,        0.0, Retry(S(1))),
            (1, Server,     true,  None,        1.0, Retry(MS(500))),
            (2, Server,     true,  None,        1.0, Retry(S(1))),
            (3, Transient,  true,  None,        0.5, Retry(S(1))),
            (3, Server,     true,  None,        0.0, Retry(S(0))),
            (4, Server,     true,  None,        0.5, GiveUp(AttemptsExhausted)),
            (1, Throttling, true,  Some(S(301)),0.5, GiveUp(RetryAfterTooLong(S(301)))),
            (1, Server,     true,  None,        f64::NAN, Retry(S(0))),
            (1, Server,     true,  None,        7.0, Retry(MS(500))),
            (1, Conflict,   false, None,        1.0, Retry(MS(500))),
            (2, Conflict,   true,  None,        0.0, Retry(S(0))),
            (4, Conflict,   false, None,        0.5, GiveUp(AttemptsExhausted)),
            (4, Throttling, false, None,        0.5, GiveUp(AttemptsExhausted)),
        ];
        for (i, (attempt, kind, idem, ra, jitter, want)) in table.iter().enumerate() {
            assert_eq!(
                p.decide(*attempt, *kind, *idem, *ra, *jitter),
                *want,
                "row {i}"
            );
        }
    }

    #[test]
    fn ceiling_is_capped() {
        let p = RetryPolicy::default();
        assert_eq!(p.ceiling(1), MS(500));
        assert_eq!(p.ceiling(6), S(16));
        assert_eq!(p.ceiling(7), S(20));
        assert_eq!(p.ceiling(u32::MAX), S(20));
    }

    #[test]
    fn a_retry_after_of_exactly_the_limit_is_honoured_and_one_second_more_gives_up() {
        let p = RetryPolicy::default();
        assert_eq!(
            p.decide(1, Throttling, false, Some(S(300)), 0.5),
            Retry(S(300))
        );
        assert_eq!(
            p.decide(1, Throttling, false, Some(S(301)), 0.5),
            GiveUp(RetryAfterTooLong(S(301)))
        );
        // The server's wait replaces the backoff, also below the throttle minimum.
        assert_eq!(
            p.decide(3, Server, true, Some(MS(200)), 1.0),
            Retry(MS(200))
        );
    }

    #[test]
    fn backoff_ceilings_double_per_attempt_up_to_the_cap() {
        let p = RetryPolicy::default();
        let want = [
            (0, MS(500)),
            (1, MS(500)),
            (2, S(1)),
            (3, S(2)),
            (4, S(4)),
            (5, S(8)),
            (6, S(16)),
            (7, S(20)),
            (31, S(20)),
            (32, S(20)),
        ];
        for (attempt, ceiling) in want {
            assert_eq!(p.ceiling(attempt), ceiling, "attempt {attempt}");
        }
        // With a high cap, the doubling shows past 2^30 without overflowing.
        let wide = RetryPolicy {
            initial_backoff: Duration::from_nanos(1),
            max_backoff: S(1_000_000),
            ..RetryPolicy::default()
        };
        assert_eq!(wide.ceiling(31), Duration::from_nanos(1 << 30));
        assert_eq!(wide.ceiling(40), Duration::from_nanos(1 << 30));
        // Full jitter: the backoff is the ceiling scaled by the sample.
        let many = RetryPolicy {
            max_attempts: 10,
            ..RetryPolicy::default()
        };
        assert_eq!(many.decide(3, Server, true, None, 0.25), Retry(MS(500)));
        assert_eq!(many.decide(5, Transient, true, None, 0.5), Retry(S(4)));
        assert_eq!(many.decide(9, Server, true, None, 1.0), Retry(S(20)));
        assert_eq!(many.decide(2, Server, true, None, -3.0), Retry(S(0)));
        assert_eq!(
            many.decide(2, Server, true, None, f64::INFINITY),
            Retry(S(0))
        );
    }

    #[test]
    fn throttling_waits_at_least_the_minimum_and_more_when_the_backoff_is_longer() {
        let p = RetryPolicy {
            max_attempts: 10,
            ..RetryPolicy::default()
        };
        assert_eq!(p.decide(1, Throttling, false, None, 0.0), Retry(S(1)));
        assert_eq!(p.decide(1, Throttling, true, None, 1.0), Retry(S(1)));
        assert_eq!(p.decide(4, Throttling, false, None, 0.5), Retry(S(2)));
        assert_eq!(p.decide(6, Throttling, false, None, 1.0), Retry(S(16)));
        // Other kinds have no minimum.
        assert_eq!(p.decide(1, Conflict, true, None, 0.0), Retry(S(0)));
    }

    #[test]
    fn attempts_are_counted_exactly() {
        let p = RetryPolicy {
            max_attempts: 3,
            ..RetryPolicy::default()
        };
        assert_eq!(p.decide(2, Server, true, None, 0.0), Retry(S(0)));
        assert_eq!(
            p.decide(3, Server, true, None, 0.0),
            GiveUp(AttemptsExhausted)
        );
        let never = RetryPolicy::never();
        assert_eq!(never.max_attempts, 1);
        assert_eq!(
            never.decide(1, Throttling, true, Some(S(1)), 0.0),
            GiveUp(AttemptsExhausted)
        );
        assert_eq!(never.max_retry_after, S(300));
        // A client error is never retried, idempotent or not; a transient one is on reads.
        assert_eq!(p.decide(1, Client, false, None, 0.0), GiveUp(NotRetryable));
        assert_eq!(p.decide(1, Transient, true, None, 0.0), Retry(S(0)));
    }

    #[test]
    fn retry_after_seconds_edge_cases() {
        let now = httpdate::parse_http_date("Wed, 21 Oct 2026 07:28:00 GMT").unwrap();
        assert_eq!(parse_retry_after("0", now), Some(S(0)));
        assert_eq!(parse_retry_after("0.0", now), Some(S(0)));
        assert_eq!(parse_retry_after("-0.5", now), None);
        assert_eq!(parse_retry_after("NaN", now), None);
        assert_eq!(parse_retry_after("inf", now), None);
        assert_eq!(parse_retry_after("1e12", now), Some(S(1_000_000_000)));
    }

    #[test]
    fn each_kind_costs_its_own_price() {
        let config = QuotaConfig {
            capacity: 100,
            retry_cost: 7,
            transient_cost: 11,
            throttle_cost: 2,
            success_refill: 3,
        };
        let q = RetryQuota::new(config);
        assert!(q.try_spend(Throttling));
        assert_eq!(q.available(), 98);
        assert!(q.try_spend(Transient));
        assert_eq!(q.available(), 87);
        assert!(q.try_spend(Server));
        assert_eq!(q.available(), 80);
        assert!(q.try_spend(Client));
        assert_eq!(q.available(), 73);
        assert!(q.try_spend(Conflict));
        assert_eq!(q.available(), 66);
        q.refill();
        assert_eq!(q.available(), 69);
        // Exactly enough is enough.
        let q = RetryQuota::new(QuotaConfig {
            capacity: 11,
            ..config
        });
        assert!(q.try_spend(Transient));
        assert_eq!(q.available(), 0);
        assert!(!q.try_spend(Throttling));
        assert_eq!(q.available(), 0);
        let d = RetryQuota::default();
        assert_eq!(d.available(), 500);
        assert_eq!(QuotaConfig::default().transient_cost, 10);
    }

    #[test]
    fn retry_after_forms() {
        let now = httpdate::parse_http_date("Wed, 21 Oct 2026 07:28:00 GMT").unwrap();
        assert_eq!(parse_retry_after("120", now), Some(S(120)));
        assert_eq!(parse_retry_after(" 1.5 ", now), Some(MS(1500)));
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2026 07:29:30 GMT", now),
            Some(S(90))
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2026 07:00:00 GMT", now),
            Some(S(0))
        );
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-4", now), None);
    }

    #[test]
    fn quota_stops_a_storm_and_refills() {
        let q = RetryQuota::new(QuotaConfig {
            capacity: 12,
            ..QuotaConfig::default()
        });
        assert!(q.try_spend(Server));
        assert!(q.try_spend(Server));
        assert!(!q.try_spend(Server), "2 tokens left, a retry costs 5");
        assert!(q.try_spend(Throttling));
        for _ in 0..20 {
            q.refill();
        }
        assert_eq!(q.available(), 12);
    }
}
