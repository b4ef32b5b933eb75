//! A typed, rate-limit-aware client for the GoHighLevel (HighLevel / LeadConnector) API v2.
//!
//! - **Throttles before the server says no**: 100 requests per 10 s and 200,000 per day per
//!   location by default, adapting to GHL's `X-RateLimit-*` headers.
//! - **Retries safely**: exponential backoff with full jitter, `Retry-After` honoured,
//!   a retry quota, and 5xx retried only for idempotent calls: a create is never duplicated.
//! - **Fails fast** when GHL is down (circuit breaker) or the daily budget is spent.
//! - **Pages as streams** over both of GHL's cursor schemes, stopping on a repeated cursor.
//! - **Typed** requests, responses and ids, with unknown fields kept.
//!
//! ```no_run
//! use futures_util::TryStreamExt;
//! use ghl_client::GhlClient;
//!
//! # async fn run() -> Result<(), ghl_client::Error> {
//! let client = GhlClient::from_env()?; // GHL_API_KEY, GHL_LOCATION_ID, GHL_BASE_URL
//! let status = client.rate_limit_status(client.location_id()?.as_str());
//! println!("{status:?}, {:?}", client.metrics());
//! # Ok(()) }
//! ```
//!
//! See `docs/ghl-client.md` in the repository for configuration, limits and errors.
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

pub mod api;
pub mod auth;
pub mod client;
pub mod config;
pub mod error;
pub mod ids;
pub mod models;
#[cfg(feature = "oauth")]
pub mod oauth;
pub mod pagination;
pub mod rate_limit;
pub mod request;
mod transport;
#[cfg(feature = "webhooks")]
pub mod webhooks;

pub use auth::{StaticToken, TokenProvider};
pub use client::{GhlClient, RawResponse};
pub use config::{ClientConfig, GhlClientBuilder, Timeouts};
pub use error::{ApiError, ApiErrorKind, Error, Result};
pub use ids::*;
pub use pagination::{Cursor, ItemStream, Page};
pub use rate_limit::RateLimitStatus;
pub use request::{ApiVersion, Body, Request};

/// The shared machinery this client runs on (limits, retry policy, breaker, clock).
pub use ghl_notion_runtime as runtime;
