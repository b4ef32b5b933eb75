//! Per-token token bucket in emulator time: an average rate with a small burst.
//!
//! Pure logic: the caller passes the current time, so tests never sleep.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

/// Token buckets keyed by API token.
#[derive(Debug, Clone)]
pub(crate) struct RateLimiter {
    rate: f64,
    burst: f64,
    buckets: HashMap<String, Bucket>,
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    last: DateTime<Utc>,
}

impl RateLimiter {
    /// `rate` requests per second on average, `burst` at once. A rate that is not a positive
    /// finite number disables limiting.
    pub(crate) fn new(rate: f64, burst: u32) -> Self {
        Self {
            rate,
            burst: f64::from(burst.max(1)),
            buckets: HashMap::new(),
        }
    }

    /// Takes one request for `key` at `now`; `Err(seconds)` gives the integer `Retry-After`.
    pub(crate) fn acquire(&mut self, key: &str, now: DateTime<Utc>) -> Result<(), u64> {
        if !(self.rate.is_finite() && self.rate > 0.0) {
            return Ok(());
        }
        let burst = self.burst;
        let bucket = self.buckets.entry(key.to_owned()).or_insert(Bucket {
            tokens: burst,
            last: now,
        });
        let elapsed = (now - bucket.last).num_milliseconds().max(0) as f64 / 1000.0;
        bucket.tokens = (bucket.tokens + elapsed * self.rate).min(burst);
        if now > bucket.last {
            bucket.last = now;
        }
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            let wait = (1.0 - bucket.tokens) / self.rate;
            Err((wait.ceil() as u64).max(1))
        }
    }

    /// Forgets every bucket.
    pub(crate) fn clear(&mut self) {
        self.buckets.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn burst_then_refill() {
        let t0 = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        let mut rl = RateLimiter::new(3.0, 5);
        for _ in 0..5 {
            assert_eq!(rl.acquire("a", t0), Ok(()));
        }
        assert_eq!(rl.acquire("a", t0), Err(1));
        // Another token has its own bucket.
        assert_eq!(rl.acquire("b", t0), Ok(()));
        // One third of a second later one request is allowed again.
        let t1 = t0 + chrono::Duration::milliseconds(334);
        assert_eq!(rl.acquire("a", t1), Ok(()));
        assert!(rl.acquire("a", t1).is_err());
    }

    #[test]
    fn slow_rate_gives_longer_retry_after() {
        let t0 = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        let mut rl = RateLimiter::new(0.25, 1);
        assert!(rl.acquire("a", t0).is_ok());
        assert_eq!(rl.acquire("a", t0), Err(4));
        // Time going backwards does not refill or panic.
        assert!(rl.acquire("a", t0 - chrono::Duration::seconds(10)).is_err());
    }

    #[test]
    fn disabled() {
        let t0 = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        let mut rl = RateLimiter::new(0.0, 1);
        for _ in 0..100 {
            assert!(rl.acquire("a", t0).is_ok());
        }
    }
}
