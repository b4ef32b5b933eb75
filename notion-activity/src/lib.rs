//! Notion on the data-source API: a small typed client and an append-only activity log.
//!
//! This crate knows Notion only; the GoHighLevel sync that writes mirror tables through it
//! lives in the `ghl-notion` crate.
//!
//! - **Client** ([`NotionClient`]): data sources under `Notion-Version` `2026-03-11` (default)
//!   or `2025-09-03`; databases, schemas, typed queries with cursor streams and the
//!   10,000-row cap handled, pages, `users/me`. Every call goes through one pipeline that
//!   throttles per token (3 requests per second by default), retries 429 / 529 after
//!   `Retry-After`, retries 5xx only where repeating is safe, and fails fast when Notion is
//!   down (circuit breaker), on the shared machinery of [`ghl_notion_runtime`].
//! - **Limits** ([`properties`]): text split at 2,000 characters and cut at 100 objects with a
//!   visible marker; invalid URLs, emails and phones dropped with a warning; option names made
//!   valid.
//! - **Activity log** ([`activity`]): finds or creates the log under a page, migrates its
//!   schema by adding only, appends one row per event and never duplicates; a background
//!   writer with a durable outbox so a slow or failing Notion neither blocks nor loses events.
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
//! See `docs/notion-activity.md` for the schema, the limits and what happens on failure.
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

pub mod activity;
pub mod client;
pub mod config;
pub mod error;
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
