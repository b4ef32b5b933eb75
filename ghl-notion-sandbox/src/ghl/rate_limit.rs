//! GHL's rate limits: a fixed window (100 requests / 10 s) and a daily quota (200,000 / UTC
//! day), counted per app and per location (or company), in sandbox time.
//!
//! [`RateLimiter::check`] is a pure function of the bucket and the time; the GHL gate calls it
//! once per request and copies [`RateHeaders`] onto the response.

use std::collections::HashMap;

use http::HeaderMap;
use http::header::HeaderValue;

use crate::config::RateLimitConfig;

const DAY_MS: i64 = 86_400_000;

/// The five headers GHL sends on every response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateHeaders {
    /// `X-RateLimit-Limit-Daily`.
    pub limit_daily: u32,
    /// `X-RateLimit-Daily-Remaining`.
    pub daily_remaining: u32,
    /// `X-RateLimit-Interval-Milliseconds`.
    pub interval_ms: u64,
    /// `X-RateLimit-Max`.
    pub max: u32,
    /// `X-RateLimit-Remaining`.
    pub remaining: u32,
}

impl RateHeaders {
    /// Headers of an untouched bucket (for answers that are not counted, e.g. a bad token).
    pub fn fresh(config: &RateLimitConfig) -> Self {
        Self {
            limit_daily: config.daily_max,
            daily_remaining: config.daily_max,
            interval_ms: interval_ms(config),
            max: config.burst_max,
            remaining: config.burst_max,
        }
    }

    /// Writes the five headers.
    pub fn apply(&self, headers: &mut HeaderMap) {
        let pairs = [
            ("x-ratelimit-limit-daily", u64::from(self.limit_daily)),
            (
                "x-ratelimit-daily-remaining",
                u64::from(self.daily_remaining),
            ),
            ("x-ratelimit-interval-milliseconds", self.interval_ms),
            ("x-ratelimit-max", u64::from(self.max)),
            ("x-ratelimit-remaining", u64::from(self.remaining)),
        ];
        for (name, value) in pairs {
            headers.insert(name, HeaderValue::from(value));
        }
    }
}

/// The outcome of counting one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    /// Whether the request may proceed.
    pub allowed: bool,
    /// Headers to send.
    pub headers: RateHeaders,
    /// For a refused request: whole sandbox seconds until a slot frees up.
    pub retry_after_secs: Option<u64>,
}

#[derive(Debug, Default, Clone, Copy)]
struct Bucket {
    window: i64,
    used: u32,
    day: i64,
    daily_used: u32,
}

/// Fixed-window counters per (app, resource).
#[derive(Debug, Default)]
pub struct RateLimiter {
    buckets: HashMap<(String, String), Bucket>,
}

fn interval_ms(config: &RateLimitConfig) -> u64 {
    u64::try_from(config.burst_window.as_millis())
        .unwrap_or(u64::MAX)
        .max(1)
}

impl RateLimiter {
    /// Counts one request of `app` on `resource` at sandbox time `now_ms` (Unix millis).
    pub fn check(
        &mut self,
        config: &RateLimitConfig,
        app: &str,
        resource: &str,
        now_ms: i64,
    ) -> Decision {
        let interval = i64::try_from(interval_ms(config)).unwrap_or(i64::MAX);
        let window = now_ms.div_euclid(interval);
        let day = now_ms.div_euclid(DAY_MS);
        let bucket = self
            .buckets
            .entry((app.to_owned(), resource.to_owned()))
            .or_default();
        if bucket.window != window {
            bucket.window = window;
            bucket.used = 0;
        }
        if bucket.day != day {
            bucket.day = day;
            bucket.daily_used = 0;
        }
        let burst_ok = bucket.used < config.burst_max;
        let daily_ok = bucket.daily_used < config.daily_max;
        let allowed = burst_ok && daily_ok;
        if allowed {
            bucket.used += 1;
            bucket.daily_used += 1;
        }
        let retry_after_secs = (!allowed).then(|| {
            let until = if daily_ok {
                (window + 1) * interval - now_ms
            } else {
                (day + 1) * DAY_MS - now_ms
            };
            u64::try_from(until.max(1)).unwrap_or(1).div_ceil(1000)
        });
        Decision {
            allowed,
            headers: RateHeaders {
                limit_daily: config.daily_max,
                daily_remaining: config.daily_max.saturating_sub(bucket.daily_used),
                interval_ms: interval_ms(config),
                max: config.burst_max,
                remaining: config.burst_max.saturating_sub(bucket.used),
            },
            retry_after_secs,
        }
    }

    /// Forgets all counts.
    pub fn reset(&mut self) {
        self.buckets.clear();
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn config(burst: u32, daily: u32) -> RateLimitConfig {
        RateLimitConfig {
            burst_max: burst,
            burst_window: Duration::from_secs(10),
            daily_max: daily,
        }
    }

    #[test]
    fn window_fills_then_refuses_then_resets() {
        let cfg = config(3, 100);
        let mut rl = RateLimiter::default();
        let t = 1_700_000_000_000;
        let remaining: Vec<u32> = (0..3)
            .map(|_| rl.check(&cfg, "app", "loc", t).headers.remaining)
            .collect();
        assert_eq!(remaining, [2, 1, 0]);
        let refused = rl.check(&cfg, "app", "loc", t + 4_000);
        assert!(!refused.allowed);
        assert_eq!(refused.retry_after_secs, Some(6));
        assert_eq!(refused.headers.daily_remaining, 97);
        assert!(
            rl.check(&cfg, "other-app", "loc", t).allowed,
            "buckets are per app"
        );
        assert!(
            rl.check(&cfg, "app", "loc", t + 10_000).allowed,
            "next window"
        );
    }

    #[test]
    fn daily_quota_applies_across_windows() {
        let cfg = config(10, 2);
        let mut rl = RateLimiter::default();
        let t = 10 * DAY_MS;
        assert!(rl.check(&cfg, "a", "l", t).allowed);
        assert!(rl.check(&cfg, "a", "l", t + 20_000).allowed);
        let refused = rl.check(&cfg, "a", "l", t + 40_000);
        assert!(!refused.allowed);
        assert_eq!(refused.headers.daily_remaining, 0);
        assert!(rl.check(&cfg, "a", "l", t + DAY_MS).allowed, "next day");
    }
}
