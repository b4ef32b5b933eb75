//! GoHighLevel → Notion: a live mirror of the CRM records people care about and an
//! append-only activity log, kept in step by webhooks plus scheduled reconciliation.
//!
//! This is the one crate that knows both vendors. It wires the pure API clients
//! ([`ghl_client`], [`notion_activity`]) to the vendor-neutral engine ([`sync_core`]):
//!
//! - [`SyncService`]: the whole job behind one builder — source, sink, state store, engine,
//!   webhook ingress and schedules. [`SyncService::from_env`] runs on the embedded sandbox
//!   when no credentials are set; [`SyncService::from_config`] reads `ghl-notion.toml`.
//! - [`config`]: the configuration file (tables, strategies, field mappings, schedules, state,
//!   webhooks), and the defaults every piece works with.
//! - [`ghl`]: GoHighLevel as the engine's source, and webhook → source-event mapping.
//! - [`notion`]: Notion as the engine's sink; each table's columns come from its strategy.
//! - [`inbox`]: the webhook journal between the ingress and the engine.
//! - [`links`]: deep links from Notion rows back to GHL.
//! - `mcp` (feature `mcp`, on by default): the MCP server of `ghl-notion mcp`, for AI
//!   assistants.
//! - `telemetry` (feature `otel`): OpenTelemetry export of the spans to an OTLP/HTTP collector.
//!
//! Guides: [the product](guide::product) (command, configuration, library) and
//! [operations](guide::operations) (metrics, alerts, status page).
//!
//! # Quick start: run a sync
//!
//! ```no_run
//! use ghl_notion::{SyncMode, SyncService};
//!
//! # async fn run() -> Result<(), ghl_notion::Error> {
//! let service = SyncService::from_env().await?; // the embedded sandbox without credentials
//! let report = service.run_once(SyncMode::Full).await?;
//! println!("{} written, {} failed", report.writes(), report.failed());
//! # Ok(()) }
//! ```
//!
//! # Features
#![doc = document_features::document_features!()]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

pub mod config;
#[cfg(feature = "sandbox")]
#[cfg_attr(docsrs, doc(cfg(feature = "sandbox")))]
pub mod demo;
pub mod doctor;
pub mod entity;
mod error;
pub mod ghl;
pub mod guide;
pub mod inbox;
pub mod links;
#[cfg(feature = "mcp")]
pub mod mcp;
pub mod notion;
pub mod observe;
#[cfg(feature = "postgres")]
#[cfg_attr(docsrs, doc(cfg(feature = "postgres")))]
pub mod scale;
pub mod service;
#[cfg(feature = "otel")]
#[cfg_attr(docsrs, doc(cfg(feature = "otel")))]
pub mod telemetry;

pub use config::Config;
pub use error::Error;
pub use service::{
    Endpoints, MirroredTable, PlanReport, RepairRun, RunReport, ServeSummary, Status, SyncMode,
    SyncService, SyncServiceBuilder, Target, WebhookReceiver,
};

/// The GHL client this crate drives.
pub use ghl_client;
/// The Notion client this crate drives.
pub use notion_activity;
/// The sync engine underneath.
pub use sync_core;
/// The async runtime the service runs on (re-exported so one dependency suffices).
pub use tokio;

/// Runs `future` to completion on a new multi-threaded runtime: for programs whose `main` is
/// not async.
///
/// # Panics
///
/// If the operating system refuses to start the runtime's threads.
pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
    #[allow(clippy::expect_used)]
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("the tokio runtime starts")
        .block_on(future)
}

/// The README's quick start, compiled as a doctest so that it cannot drift from the API.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
