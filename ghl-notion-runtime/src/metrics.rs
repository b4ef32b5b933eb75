//! Counters a caller can read: requests, retries, 429s, throttle waits.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Live counters, updated by a transport. Cheap to share behind an `Arc`.
#[derive(Debug, Default)]
pub struct Metrics {
    requests: AtomicU64,
    retries: AtomicU64,
    throttled: AtomicU64,
    server_errors: AtomicU64,
    transport_errors: AtomicU64,
    throttle_waits: AtomicU64,
    throttle_wait_micros: AtomicU64,
    breaker_rejections: AtomicU64,
}

/// A point-in-time copy of [`Metrics`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MetricsSnapshot {
    /// HTTP attempts sent (retries included).
    pub requests: u64,
    /// Attempts that were retries.
    pub retries: u64,
    /// Throttling answers received (429, 529).
    pub throttled: u64,
    /// 5xx answers received.
    pub server_errors: u64,
    /// Attempts that failed without an HTTP answer (connect, timeout, reset).
    pub transport_errors: u64,
    /// Times a request waited for the client-side limiter or a server-requested pause.
    pub throttle_waits: u64,
    /// Total time spent in those waits.
    pub throttle_wait: Duration,
    /// Calls refused at once because the circuit was open.
    pub breaker_rejections: u64,
}

impl Metrics {
    /// Counts an attempt sent.
    pub fn request(&self) {
        self.requests.fetch_add(1, Ordering::Relaxed);
    }
    /// Counts a retry.
    pub fn retry(&self) {
        self.retries.fetch_add(1, Ordering::Relaxed);
    }
    /// Counts a throttling answer.
    pub fn throttled(&self) {
        self.throttled.fetch_add(1, Ordering::Relaxed);
    }
    /// Counts a 5xx answer.
    pub fn server_error(&self) {
        self.server_errors.fetch_add(1, Ordering::Relaxed);
    }
    /// Counts a failure with no HTTP answer.
    pub fn transport_error(&self) {
        self.transport_errors.fetch_add(1, Ordering::Relaxed);
    }
    /// Counts a wait before sending.
    pub fn throttle_wait(&self, waited: Duration) {
        if waited.is_zero() {
            return;
        }
        self.throttle_waits.fetch_add(1, Ordering::Relaxed);
        let micros = u64::try_from(waited.as_micros()).unwrap_or(u64::MAX);
        self.throttle_wait_micros
            .fetch_add(micros, Ordering::Relaxed);
    }
    /// Counts a call refused by the open circuit.
    pub fn breaker_rejection(&self) {
        self.breaker_rejections.fetch_add(1, Ordering::Relaxed);
    }

    /// The counters now.
    pub fn snapshot(&self) -> MetricsSnapshot {
        MetricsSnapshot {
            requests: self.requests.load(Ordering::Relaxed),
            retries: self.retries.load(Ordering::Relaxed),
            throttled: self.throttled.load(Ordering::Relaxed),
            server_errors: self.server_errors.load(Ordering::Relaxed),
            transport_errors: self.transport_errors.load(Ordering::Relaxed),
            throttle_waits: self.throttle_waits.load(Ordering::Relaxed),
            throttle_wait: Duration::from_micros(self.throttle_wait_micros.load(Ordering::Relaxed)),
            breaker_rejections: self.breaker_rejections.load(Ordering::Relaxed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_counter_counts_only_its_own_event() {
        let m = Metrics::default();
        m.request();
        m.request();
        m.request();
        m.retry();
        m.retry();
        m.throttled();
        m.server_error();
        m.server_error();
        m.server_error();
        m.server_error();
        m.transport_error();
        m.breaker_rejection();
        m.breaker_rejection();
        assert_eq!(
            m.snapshot(),
            MetricsSnapshot {
                requests: 3,
                retries: 2,
                throttled: 1,
                server_errors: 4,
                transport_errors: 1,
                throttle_waits: 0,
                throttle_wait: Duration::ZERO,
                breaker_rejections: 2,
            }
        );
    }

    #[test]
    fn throttle_waits_add_up_and_a_zero_wait_is_not_a_wait() {
        let m = Metrics::default();
        m.throttle_wait(Duration::ZERO);
        assert_eq!(m.snapshot().throttle_waits, 0);
        m.throttle_wait(Duration::from_millis(250));
        m.throttle_wait(Duration::from_micros(1_500));
        let s = m.snapshot();
        assert_eq!(s.throttle_waits, 2);
        assert_eq!(s.throttle_wait, Duration::from_micros(251_500));
        assert_eq!(
            s,
            MetricsSnapshot {
                throttle_waits: 2,
                throttle_wait: Duration::from_micros(251_500),
                ..MetricsSnapshot::default()
            }
        );
    }
}
