//! Notion on the data-source API: a small typed client and an append-only activity log.
//!
//! This crate knows Notion only; the GoHighLevel sync that writes mirror tables through it
//! lives in the `ghl-notion` crate.
//!
//! - **Client** ([`NotionClient`]): data sources under `Notion-Version` `2026-03-11` (default)
//!   or `2025-09-03`; databases, schemas, typed queries with cursor streams and the
//!   10,000-row cap handled, pages, `users/me`. Every call goes through one pipeline that
//!   throttles per token (3 requests per second by default), retries 429 / 529 after
//!   `Retry-After` and `conflict_error` after a backoff, retries 5xx, lost answers and
//!   undecodable bodies only where repeating is safe, and fails fast when Notion is down
//!   (circuit breaker), on the shared machinery of [`ghl_notion_runtime`].
//! - **Limits** ([`properties`]): text split at 2,000 characters and cut at 100 objects with a
//!   visible marker; invalid URLs, emails and phones dropped with a warning; option names made
//!   valid.
//! - **Activity log** ([`activity`]): finds or creates the log under a page, migrates its
//!   schema by adding only, appends one row per event and never duplicates; a background
//!   writer with a durable outbox so a slow or failing Notion neither blocks nor loses events.
//!
//! # Quick start: write an activity row
//!
//! ```no_run
//! use notion_activity::NotionClient;
//! use notion_activity::activity::{ActivityEvent, ActivityLog, ActivityLogOptions};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = NotionClient::from_env()?; // NOTION_TOKEN, NOTION_BASE_URL
//! let parent = std::env::var("NOTION_PARENT_PAGE_ID")?;
//! let log = ActivityLog::ensure(client, &parent, ActivityLogOptions::default()).await?;
//! let event = ActivityEvent::new("evt-1", "Contact", "Ann Lee", "Created");
//! log.append(&event, true).await?; // looks first: one row, however often it is retried
//! # Ok(()) }
//! ```
//!
//! In a service, a background [writer](activity::ActivityWriter) with a durable outbox keeps
//! a slow or failing Notion from blocking or losing events:
//!
//! ```no_run
//! use notion_activity::activity::{ActivityEvent, ActivityLog, ActivityLogOptions, ActivityWriter, WriterOptions, FileOutbox};
//! use notion_activity::NotionClient;
//! use std::sync::Arc;
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = NotionClient::from_env()?; // NOTION_TOKEN, NOTION_BASE_URL
//! let parent = std::env::var("NOTION_PARENT_PAGE_ID")?;
//! let log = ActivityLog::ensure(client, &parent, ActivityLogOptions::default()).await?;
//! let outbox = Arc::new(FileOutbox::open("activity.outbox.jsonl")?);
//! let writer = ActivityWriter::spawn(log, outbox, WriterOptions::default());
//! writer.log(ActivityEvent::new("evt-1", "Contact", "Ann Lee", "Created")).await?;
//! writer.flush().await;
//! writer.shutdown().await;
//! # Ok(()) }
//! ```
//!
//! # Retries: one owner, a small worst case
//!
//! Every HTTP attempt of this crate is repeated in exactly one place: the client's pipeline,
//! with one [`RetryPolicy`](runtime::RetryPolicy) (by default
//! [`config::notion_retry_policy`]: `max_attempts` = 6, backoff 1 s doubling to 30 s with full
//! jitter, `Retry-After` obeyed up to 15 minutes), one retry quota per client (500 tokens, a
//! retry costs 1 for throttling, 5 for a server error or a conflict, 10 for a lost answer;
//! a success refills 1) and one operation timeout (20 minutes, waits included). So:
//!
//! - a **read** (GET, a query, a search) or an **idempotent write** (PATCH) is sent at most
//!   `max_attempts` = **6** times, fewer once the quota runs dry;
//! - a **create** (page, database) is sent at most 6 times, and only answers that say it
//!   was not applied (429, 529, 409 `conflict_error`, a refused connection) lead to another
//!   attempt. After an answer that may have applied it (5xx, a lost connection, a body cut
//!   or undecodable 2xx) it is never repeated: the error says [`Error::outcome_unknown`];
//! - [`ActivityLog::append`](activity::ActivityLog::append) looks the row up after an
//!   unknown outcome and creates it once more only if it is missing: at most **2** creates
//!   that may apply per call. The [writer](activity::ActivityWriter) adds no retry loop: a
//!   failed event waits in the outbox for the next drain (every 30 s by default).
//!
//! The [guide](guide::activity) covers the schema, the limits and what happens on failure.
//!
//! # Features
#![doc = document_features::document_features!()]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

pub mod activity;
pub mod client;
pub mod config;
pub mod error;
pub mod guide;
pub mod ids;
pub mod models;
pub mod properties;
pub mod request;
mod transport;

pub use client::{NotionClient, RawResponse};
pub use config::{ClientConfig, NotionClientBuilder, NotionVersion, Timeouts};
pub use error::{ApiError, Error, ErrorCode, Result};
pub use ids::{DataSourceId, DatabaseId, PageId, UserId};
pub use models::page::Page;
pub use properties::{PropertySchema, PropertyValue, Schema};
pub use request::Request;

/// The shared machinery this client runs on (limits, retry policy, breaker, clock).
pub use ghl_notion_runtime as runtime;

/// The README's quick start, compiled as a doctest so that it cannot drift from the API.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
