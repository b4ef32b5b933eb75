//! A typed, rate-limit-aware client for the GoHighLevel (HighLevel / LeadConnector) API v2.
//!
//! - **Throttles before the server says no**: 100 requests per 10 s and 200,000 per day per
//!   location by default, adapting to GHL's `X-RateLimit-*` headers.
//! - **Retries safely**: exponential backoff with full jitter, `Retry-After` honoured,
//!   a retry quota, and 5xx, lost answers and undecodable bodies retried only for idempotent
//!   calls: a create is never duplicated.
//! - **Fails fast** when GHL is down (circuit breaker) or the daily budget is spent.
//! - **Pages as streams** over both of GHL's cursor schemes, stopping on a repeated cursor.
//! - **Typed** requests, responses and ids, with unknown fields kept.
//!
//! # Quick start: list contacts
//!
//! ```no_run
//! use futures_util::TryStreamExt;
//! use ghl_client::GhlClient;
//! use ghl_client::models::ContactSearch;
//!
//! # async fn run() -> Result<(), ghl_client::Error> {
//! let client = GhlClient::from_env()?; // GHL_API_KEY, GHL_LOCATION_ID, GHL_BASE_URL
//! let mut contacts = client.contacts().search_stream(ContactSearch::new());
//! while let Some(contact) = contacts.try_next().await? {
//!     println!("{} {:?}", contact.id, contact.email);
//! }
//! println!("{:?}", client.metrics()); // requests, retries, 429s, throttle waits
//! # Ok(()) }
//! ```
//!
//! # Retries: one owner, a small worst case
//!
//! Every HTTP attempt of this crate is repeated in exactly one place, the client's pipeline,
//! with one [`RetryPolicy`](runtime::RetryPolicy) (by default `max_attempts` = 4, backoff
//! 0.5 s doubling to 20 s with full jitter, `Retry-After` obeyed up to 5 minutes), one retry
//! quota per client (500 tokens; a retry costs 1 after a 429, 5 after a 5xx, 10 after a lost
//! answer; a success refills 1) and one operation timeout (3 minutes, waits included). So:
//!
//! - a **read** (GET, a search POST) or an **idempotent write** (PUT, DELETE, an upsert) is
//!   sent at most `max_attempts` = **4** times, plus **1** immediate resend when GHL rejects
//!   a token the provider could refresh: **5** requests at worst, fewer once the quota runs
//!   dry;
//! - a **create** (POST) is sent again only after answers that say it was not applied (429,
//!   a refused connection, the 401 above): 5 requests at worst, and at most one of them can
//!   have been applied. After a 5xx, a lost connection or a cut or undecodable 2xx body it is
//!   never repeated: the error says [`Error::outcome_unknown`], and the caller decides
//!   whether to look the record up.
//!
//! The [guide](guide::client) covers configuration, limits and errors; OAuth and webhooks
//! have their own guides under [`guide`].
//!
//! # Features
#![doc = document_features::document_features!()]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

pub mod api;
pub mod apps;
pub mod auth;
pub mod client;
pub mod config;
pub mod error;
pub mod guide;
pub mod ids;
pub mod models;
#[cfg(feature = "oauth")]
#[cfg_attr(docsrs, doc(cfg(feature = "oauth")))]
pub mod oauth;
pub mod pagination;
pub mod rate_limit;
pub mod request;
mod transport;
#[cfg(feature = "webhooks")]
#[cfg_attr(docsrs, doc(cfg(feature = "webhooks")))]
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

/// The README's quick start, compiled as a doctest so that it cannot drift from the API.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
