//! GHL's rate-limit headers, read into a [`RateLimitStatus`] per resource.
//!
//! Every GHL response carries `X-RateLimit-Limit-Daily`, `X-RateLimit-Daily-Remaining`,
//! `X-RateLimit-Interval-Milliseconds`, `X-RateLimit-Max` and `X-RateLimit-Remaining`. The
//! client records the latest values per location or company (see
//! [`crate::GhlClient::rate_limit_status`]) and adapts: the limiter follows the server's count
//! of its burst window (sending when it shows room, holding when it is spent; see
//! [`ghl_notion_runtime::server_window`]), and the daily count feeds the client's daily budget.

use std::time::{Duration, SystemTime};

use http::HeaderMap;

/// The latest rate-limit headers seen for one resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimitStatus {
    /// `X-RateLimit-Limit-Daily`: requests allowed per day.
    pub daily_limit: Option<u64>,
    /// `X-RateLimit-Daily-Remaining`: requests left today.
    pub daily_remaining: Option<u64>,
    /// `X-RateLimit-Interval-Milliseconds`: the burst window.
    pub interval: Option<Duration>,
    /// `X-RateLimit-Max`: requests allowed per window.
    pub max: Option<u64>,
    /// `X-RateLimit-Remaining`: requests left in the current window.
    pub remaining: Option<u64>,
    /// When these headers were received.
    pub observed_at: SystemTime,
}

fn header_u64(headers: &HeaderMap, name: &str) -> Option<u64> {
    let value = headers.get(name)?.to_str().ok()?.trim();
    value.parse::<u64>().ok().or_else(|| {
        value
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite() && *v >= 0.0)
            .map(|v| v as u64)
    })
}

impl RateLimitStatus {
    /// Reads the five headers; `None` if none of them is present and valid.
    pub fn from_headers(headers: &HeaderMap, observed_at: SystemTime) -> Option<Self> {
        let status = Self {
            daily_limit: header_u64(headers, "x-ratelimit-limit-daily"),
            daily_remaining: header_u64(headers, "x-ratelimit-daily-remaining"),
            interval: header_u64(headers, "x-ratelimit-interval-milliseconds")
                .map(Duration::from_millis),
            max: header_u64(headers, "x-ratelimit-max"),
            remaining: header_u64(headers, "x-ratelimit-remaining"),
            observed_at,
        };
        let any = status.daily_limit.is_some()
            || status.daily_remaining.is_some()
            || status.interval.is_some()
            || status.max.is_some()
            || status.remaining.is_some();
        any.then_some(status)
    }

    /// Whether the current burst window is spent.
    pub fn window_spent(&self) -> bool {
        self.remaining == Some(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    #[test]
    fn reads_all_five_headers() {
        let mut h = HeaderMap::new();
        h.insert(
            "X-RateLimit-Limit-Daily",
            HeaderValue::from_static("200000"),
        );
        h.insert(
            "X-RateLimit-Daily-Remaining",
            HeaderValue::from_static("199990"),
        );
        h.insert(
            "X-RateLimit-Interval-Milliseconds",
            HeaderValue::from_static("10000"),
        );
        h.insert("X-RateLimit-Max", HeaderValue::from_static("100"));
        h.insert("X-RateLimit-Remaining", HeaderValue::from_static(" 0 "));
        let s = RateLimitStatus::from_headers(&h, SystemTime::UNIX_EPOCH).unwrap();
        assert_eq!(s.daily_limit, Some(200_000));
        assert_eq!(s.daily_remaining, Some(199_990));
        assert_eq!(s.interval, Some(Duration::from_secs(10)));
        assert_eq!(s.max, Some(100));
        assert!(s.window_spent());
    }

    #[test]
    fn absent_or_garbage_headers_give_none() {
        let mut h = HeaderMap::new();
        assert!(RateLimitStatus::from_headers(&h, SystemTime::UNIX_EPOCH).is_none());
        h.insert("X-RateLimit-Max", HeaderValue::from_static("lots"));
        assert!(RateLimitStatus::from_headers(&h, SystemTime::UNIX_EPOCH).is_none());
    }
}
