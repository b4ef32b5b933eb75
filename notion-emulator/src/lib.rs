//! An in-memory emulator of Notion's public API (versions `2025-09-03` and `2026-03-11`, with
//! basic answers for older versions), faithful enough that a real Notion client cannot tell it
//! from `https://api.notion.com` for databases, data sources, pages, page content (block
//! children), queries, search and users.
//!
//! It enforces what Notion enforces: the `Notion-Version` header, the bearer token, a per-token
//! rate limit (in emulator time), request size limits, property validation, the 10,000-row
//! query cap, and Notion's error JSON. All time comes from an injected clock.
//!
//! ```no_run
//! use std::sync::Arc;
//! use notion_emulator::{NotionConfig, NotionEmulator};
//!
//! # async fn run() -> std::io::Result<()> {
//! let emulator = NotionEmulator::new(NotionConfig::default(), Arc::new(chrono::Utc::now));
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
//! axum::serve(listener, emulator.router()).await
//! # }
//! ```
//!
//! Layout: `call` is the request pipeline (version → auth → rate limit → body);
//! `routes/` holds one module per API area; `schema`, `properties`, `rich_text`, `blocks`,
//! `filter` and `sort` are the pure rules those routes apply to the in-memory `store`.

mod auth;
mod blocks;
mod call;
mod config;
mod dates;
mod emulator;
mod error;
mod filter;
mod ids;
mod properties;
mod rate_limit;
mod render;
mod rich_text;
mod routes;
mod schema;
mod sort;
mod store;
mod version;

pub use config::NotionConfig;
pub use emulator::{Clock, NotionEmulator};
pub use error::{ApiError, ErrorCode};
pub use version::ApiVersion;

/// The README's quick start, compiled as a doctest so that it cannot drift from the API.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
