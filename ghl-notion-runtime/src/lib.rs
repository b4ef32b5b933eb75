//! Shared resilience machinery for the GoHighLevel and Notion clients.
//!
//! Both HTTP crates of this workspace send requests through the same pieces, kept here once:
//!
//! - [`clock`]: injected time ([`Clock`]): a real clock for production, a [`FollowClock`] that
//!   follows a time-scaled sandbox's clock from its response headers, and a [`ManualClock`]
//!   whose sleeps return at once, so backoff, rate limits and expiry are tested exactly.
//! - [`rate_limit`]: a keyed sliding-window limiter that never lets more than `max` requests
//!   start inside any window, plus a daily budget that fails fast when spent.
//! - [`retry`]: the pure retry policy (error kinds, exponential backoff with full jitter,
//!   `Retry-After` clamping) and a retry quota so one outage cannot multiply traffic.
//! - [`breaker`]: a closed / open / half-open circuit breaker.
//! - [`metrics`]: counters of requests, retries, 429s and throttle waits a caller can read.
//! - [`paging`]: a cursor-driven item stream that stops when a cursor fails to advance.
//! - [`private_fs`]: owner-only files and directories (`0600`/`0700`, no symlinks followed).
//! - [`redact`]: removal of secrets from text that may reach logs or errors.
//! - [`server_window`]: what a server's rate-limit headers say of its burst window, which lets
//!   the limiter use a fixed window's early restart without ever exceeding the server.
//! - [`resilience`]: the retry loop both clients share, built from all of the above.
//! - `tls` (feature `rustls-ring`): the ring provider for rustls, installed as the process
//!   default.
//!
//! ```
//! use ghl_notion_runtime::{Clock, ManualClock, rate_limit::SlidingWindow};
//! use std::time::Duration;
//!
//! let clock = ManualClock::new();
//! let limiter = SlidingWindow::new(2, Duration::from_secs(10));
//! assert_eq!(limiter.reserve("loc", clock.now()), Duration::ZERO);
//! assert_eq!(limiter.reserve("loc", clock.now()), Duration::ZERO);
//! // The third request must wait for the first one to leave the window.
//! assert_eq!(limiter.reserve("loc", clock.now()), Duration::from_secs(10));
//! ```
//!
//! # Features
#![doc = document_features::document_features!()]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

pub mod breaker;
pub mod clock;
pub mod metrics;
pub mod paging;
pub mod private_fs;
pub mod rate_limit;
pub mod redact;
pub mod resilience;
pub mod retry;
pub mod server_window;
pub mod shared_budget;
#[cfg(test)]
mod test_support;
#[cfg(feature = "rustls-ring")]
#[cfg_attr(docsrs, doc(cfg(feature = "rustls-ring")))]
pub mod tls;

pub use breaker::{BreakerConfig, BreakerState, CircuitBreaker};
pub use clock::{
    Clock, FollowClock, ManualClock, SandboxTime, ScaledClock, SharedClock, SystemClock, auto_clock,
};
pub use metrics::{Metrics, MetricsSnapshot};
pub use retry::{ErrorKind, RetryDecision, RetryPolicy, RetryQuota};

/// The README's quick start, compiled as a doctest so that it cannot drift from the API.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
