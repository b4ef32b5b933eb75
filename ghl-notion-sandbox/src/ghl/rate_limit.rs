//! GHL's rate limits: a burst window (100 requests / 10 s) and a daily quota (200,000 / UTC
//! day), counted per app and per location (or company), in sandbox time.
//!
//! The burst window is fixed by default (counts restart at each multiple of the interval since
//! the Unix epoch); [`WindowShape::Sliding`] counts the requests of the trailing interval
//! instead, so a slot frees up when the oldest one ages out. GHL does not say which it uses.
//!
//! [`RateLimiter::check`] is a pure function of the bucket and the time; the GHL gate calls it
//! once per request and copies [`RateHeaders`] onto the response.

use std::collections::{HashMap, VecDeque};

use http::HeaderMap;
use http::header::HeaderValue;

use crate::config::{RateLimitConfig, WindowShape};

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

#[derive(Debug, Default, Clone)]
struct Bucket {
    window: i64,
    used: u32,
    /// Sliding windows: the times of the accepted requests of the trailing interval.
    starts: VecDeque<i64>,
    day: i64,
    daily_used: u32,
}

impl Bucket {
    /// Counts the window at `now_ms` and returns the time (Unix millis) a refused request
    /// could next be accepted.
    fn count_window(&mut self, shape: WindowShape, interval: i64, now_ms: i64) -> i64 {
        match shape {
            WindowShape::Fixed => {
                let window = now_ms.div_euclid(interval);
                if self.window != window {
                    self.window = window;
                    self.used = 0;
                }
                (window + 1) * interval
            }
            WindowShape::Sliding => {
                while self.starts.front().is_some_and(|t| t + interval <= now_ms) {
                    self.starts.pop_front();
                }
                self.used = u32::try_from(self.starts.len()).unwrap_or(u32::MAX);
                self.starts
                    .front()
                    .map_or(now_ms, |oldest| oldest + interval)
            }
        }
    }

    fn accept(&mut self, now_ms: i64) {
        self.used += 1;
        self.daily_used += 1;
        self.starts.push_back(now_ms);
    }
}

/// Burst-window and daily counters per (app, resource).
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
        let day = now_ms.div_euclid(DAY_MS);
        let bucket = self
            .buckets
            .entry((app.to_owned(), resource.to_owned()))
            .or_default();
        let frees_at = bucket.count_window(config.window_shape, interval, now_ms);
        if config.window_shape == WindowShape::Fixed {
            // Only sliding windows need the times.
            bucket.starts.clear();
        }
        if bucket.day != day {
            bucket.day = day;
            bucket.daily_used = 0;
        }
        let burst_ok = bucket.used < config.burst_max;
        let daily_ok = bucket.daily_used < config.daily_max;
        let allowed = burst_ok && daily_ok;
        if allowed {
            bucket.accept(now_ms);
        }
        let retry_after_secs = (!allowed).then(|| {
            let until = if daily_ok {
                frees_at - now_ms
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
            window_shape: WindowShape::Fixed,
            daily_max: daily,
        }
    }

    fn sliding(burst: u32) -> RateLimitConfig {
        RateLimitConfig {
            window_shape: WindowShape::Sliding,
            ..config(burst, 1_000)
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

    #[test]
    fn a_fixed_window_restarts_at_its_boundary_whatever_was_sent_just_before() {
        let cfg = config(3, 100);
        let mut rl = RateLimiter::default();
        // 9.9 s into a window: three requests fill it...
        let t = 1_700_000_009_900;
        for left in [2, 1, 0] {
            assert_eq!(rl.check(&cfg, "a", "l", t).headers.remaining, left);
        }
        let refused = rl.check(&cfg, "a", "l", t + 50);
        assert!(!refused.allowed);
        assert_eq!(refused.retry_after_secs, Some(1), "50 ms, in whole seconds");
        // ...and 100 ms later the next window has all three again.
        let next = rl.check(&cfg, "a", "l", t + 100);
        assert!(next.allowed);
        assert_eq!(next.headers.remaining, 2);
    }

    #[test]
    fn a_sliding_window_frees_a_slot_when_the_oldest_request_ages_out() {
        let cfg = sliding(3);
        let mut rl = RateLimiter::default();
        let t = 1_700_000_009_900;
        assert_eq!(rl.check(&cfg, "a", "l", t).headers.remaining, 2);
        assert_eq!(rl.check(&cfg, "a", "l", t + 2_000).headers.remaining, 1);
        assert_eq!(rl.check(&cfg, "a", "l", t + 4_000).headers.remaining, 0);
        // Past the fixed boundary nothing restarts: the window still holds three.
        let refused = rl.check(&cfg, "a", "l", t + 5_000);
        assert!(!refused.allowed);
        assert_eq!(refused.headers.remaining, 0);
        // The oldest (at t) ages out at t + 10 s: 5 s from now.
        assert_eq!(refused.retry_after_secs, Some(5));
        let refused = rl.check(&cfg, "a", "l", t + 9_999);
        assert_eq!(
            (refused.allowed, refused.retry_after_secs),
            (false, Some(1))
        );
        // At t + 10 s exactly the first has left: one slot, and it is taken.
        let at_ten = rl.check(&cfg, "a", "l", t + 10_000);
        assert!(at_ten.allowed);
        assert_eq!(at_ten.headers.remaining, 0);
        // Refusals are not counted: at t + 12 s the second has left too.
        let later = rl.check(&cfg, "a", "l", t + 12_000);
        assert!(later.allowed);
        assert_eq!(later.headers.remaining, 0);
        assert_eq!(later.headers.daily_remaining, 1_000 - 5);
        // Other apps have their own log.
        assert_eq!(rl.check(&cfg, "b", "l", t + 5_000).headers.remaining, 2);
    }

    #[test]
    fn a_sliding_window_lets_a_full_burst_go_only_once_per_interval() {
        let cfg = sliding(100);
        let mut rl = RateLimiter::default();
        let t = 1_700_000_002_500;
        let accepted = |rl: &mut RateLimiter, at: i64| {
            (0..150)
                .filter(|_| rl.check(&cfg, "a", "l", at).allowed)
                .count()
        };
        assert_eq!(accepted(&mut rl, t), 100);
        // A fixed window would have restarted at 7.5 s; a sliding one has not.
        assert_eq!(accepted(&mut rl, t + 7_500), 0);
        assert_eq!(accepted(&mut rl, t + 10_000), 100);
    }
}
