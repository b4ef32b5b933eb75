//! A circuit breaker, so a dead API is not hammered.
//!
//! **Closed**: requests flow; consecutive failures are counted. After `failure_threshold` of
//! them the breaker **opens**: calls fail fast for `open_for`. Then it is **half-open**: one
//! probe at a time is let through; a success closes it, a failure opens it again. Only
//! failures that say the service is unwell count (server errors, transport failures);
//! client errors and throttling do not. Time comes from the caller, so tests are exact.
//!
//! ```
//! use ghl_notion_runtime::{BreakerConfig, BreakerState, CircuitBreaker};
//! use std::time::{Duration, Instant};
//!
//! let b = CircuitBreaker::new(BreakerConfig { failure_threshold: 2, open_for: Duration::from_secs(30) });
//! let t0 = Instant::now();
//! b.record_failure(t0);
//! b.record_failure(t0);
//! assert!(b.check(t0).is_err());
//! assert!(b.check(t0 + Duration::from_secs(30)).is_ok()); // the half-open probe
//! b.record_success();
//! assert_eq!(b.state(t0 + Duration::from_secs(30)), BreakerState::Closed);
//! ```

use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

/// Breaker settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BreakerConfig {
    /// Consecutive failures that open the circuit.
    pub failure_threshold: u32,
    /// How long the circuit stays open before a probe is allowed.
    pub open_for: Duration,
}

impl Default for BreakerConfig {
    fn default() -> Self {
        Self {
            failure_threshold: 8,
            open_for: Duration::from_secs(30),
        }
    }
}

/// The breaker's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreakerState {
    /// Requests flow.
    Closed,
    /// Requests fail fast.
    Open,
    /// One probe may pass.
    HalfOpen,
}

#[derive(Debug)]
enum Inner {
    Closed { failures: u32 },
    Open { until: Instant },
    HalfOpen { probing: bool },
}

/// A circuit breaker; see the module docs.
#[derive(Debug)]
pub struct CircuitBreaker {
    config: BreakerConfig,
    inner: Mutex<Inner>,
}

/// The circuit is open: retry after the given time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CircuitOpen {
    /// Time until a probe will be allowed.
    pub retry_in: Duration,
}

impl Default for CircuitBreaker {
    fn default() -> Self {
        Self::new(BreakerConfig::default())
    }
}

impl CircuitBreaker {
    /// A closed breaker.
    pub fn new(config: BreakerConfig) -> Self {
        Self {
            config,
            inner: Mutex::new(Inner::Closed { failures: 0 }),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The state at `now`.
    pub fn state(&self, now: Instant) -> BreakerState {
        match *self.lock() {
            Inner::Closed { .. } => BreakerState::Closed,
            Inner::Open { until } if now < until => BreakerState::Open,
            Inner::Open { .. } | Inner::HalfOpen { .. } => BreakerState::HalfOpen,
        }
    }

    /// Asks to send a request at `now`.
    pub fn check(&self, now: Instant) -> Result<(), CircuitOpen> {
        let mut inner = self.lock();
        match *inner {
            Inner::Closed { .. } => Ok(()),
            Inner::Open { until } if now < until => Err(CircuitOpen {
                retry_in: until - now,
            }),
            Inner::Open { .. } | Inner::HalfOpen { probing: false } => {
                tracing::info!("circuit half-open: sending one probe");
                *inner = Inner::HalfOpen { probing: true };
                Ok(())
            }
            Inner::HalfOpen { probing: true } => Err(CircuitOpen {
                retry_in: Duration::from_secs(1).min(self.config.open_for),
            }),
        }
    }

    /// Records a success: the circuit closes.
    pub fn record_success(&self) {
        let mut inner = self.lock();
        if !matches!(*inner, Inner::Closed { .. }) {
            tracing::info!("circuit closed");
        }
        *inner = Inner::Closed { failures: 0 };
    }

    /// Records an answer that says nothing about the service's health (a client error, a
    /// throttling answer): a half-open probe slot is released, failures are not reset.
    pub fn record_neutral(&self) {
        let mut inner = self.lock();
        if let Inner::HalfOpen { probing: true } = *inner {
            *inner = Inner::HalfOpen { probing: false };
        }
    }

    /// Records a failure at `now`; returns `true` if this opened the circuit.
    pub fn record_failure(&self, now: Instant) -> bool {
        let mut inner = self.lock();
        let open = match *inner {
            Inner::Closed { failures } => {
                let failures = failures + 1;
                if failures >= self.config.failure_threshold.max(1) {
                    true
                } else {
                    *inner = Inner::Closed { failures };
                    false
                }
            }
            Inner::HalfOpen { .. } => true,
            Inner::Open { .. } => false,
        };
        if open {
            tracing::warn!(open_for = ?self.config.open_for, "circuit opened");
            *inner = Inner::Open {
                until: now + self.config.open_for,
            };
        }
        open
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opens_half_opens_and_reopens() {
        let b = CircuitBreaker::new(BreakerConfig {
            failure_threshold: 3,
            open_for: Duration::from_secs(10),
        });
        let t0 = Instant::now();
        assert!(!b.record_failure(t0));
        assert!(!b.record_failure(t0));
        b.record_success();
        assert!(!b.record_failure(t0));
        assert!(!b.record_failure(t0));
        assert!(b.record_failure(t0), "third consecutive failure opens");
        assert_eq!(b.state(t0), BreakerState::Open);
        assert_eq!(
            b.check(t0 + Duration::from_secs(4)),
            Err(CircuitOpen {
                retry_in: Duration::from_secs(6)
            })
        );
        let t1 = t0 + Duration::from_secs(10);
        assert_eq!(b.state(t1), BreakerState::HalfOpen);
        assert!(b.check(t1).is_ok(), "one probe");
        assert!(b.check(t1).is_err(), "only one probe at a time");
        assert!(b.record_failure(t1), "a failed probe reopens");
        assert!(b.check(t1 + Duration::from_secs(9)).is_err());
        assert!(b.check(t1 + Duration::from_secs(10)).is_ok());
        b.record_neutral();
        assert!(b.check(t1 + Duration::from_secs(10)).is_ok());
        b.record_success();
        assert_eq!(b.state(t1), BreakerState::Closed);
    }
}
