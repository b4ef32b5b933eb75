//! A [`sync_core::Sink`] over Notion (feature `sync`): the sync engine's mirror tables and
//! activity logs as Notion data sources.
//!
//! [`NotionSink`] maps each sync-core [`TableId`](sync_core::TableId) to one data source:
//!
//! - a **mirror table** (one row per source record) built on the crate's
//!   Notion client: a rich-text key column ("GHL ID"), the declared
//!   properties, stamps such as "Last Synced", an ownership checkbox ("Managed by sync") and a
//!   fingerprint column ("Sync Fingerprint");
//! - an **event table** (one row per event) on an [`ActivityLog`](notion_activity::activity::ActivityLog),
//!   which appends each Event ID at most once.
//!
//! Hand edits are detected by hashing each row's properties *as read back* from Notion
//! ([`convert`]), exactly as sync-core hashes a projection. Notion changes some values on the
//! way in (trims an email, drops an invalid URL, cuts an instant to milliseconds); for those
//! rows the fingerprint column remembers both the engine's hash and the hash of what Notion
//! holds, so an untouched row reports the engine's own hash and a touched one reports its new
//! content hash. Rows in the trash are read with a second query (`in_trash: true`).
//!
//! Failures become [`RemoteError`](sync_core::RemoteError)s with [`sink::remote_error`]: a
//! timeout, a lost connection, a 5xx or a 2xx whose body cannot be decoded is
//! `Outcome::Unknown` (the engine then looks the key or Event ID up before writing again).
//! The Notion client has already retried what is safe to retry (429, 529, conflicts,
//! refused connections; 5xx and lost answers on idempotent calls), so only an open circuit
//! comes out retryable: attempts never multiply across layers.
//!
//! ```no_run
//! use std::sync::Arc;
//! use notion_activity::activity::ActivityLogOptions;
//! use ghl_notion::notion::NotionSink;
//! use sync_core::strategy::ReferenceStrategy;
//!
//! # async fn run(client: notion_activity::NotionClient) -> Result<(), ghl_notion::Error> {
//! // Declared once: the sink takes the columns from the strategy.
//! let reference = ReferenceStrategy::new().table(ghl_notion::entity::CONTACT, "contacts");
//! let sink = NotionSink::builder(client, "parent-page-id")
//!     .strategy_table(&reference, "contacts", "GHL Contacts")
//!     .events("activity", ActivityLogOptions::default())
//!     .ensure()
//!     .await?;
//! let sink: Arc<dyn sync_core::Sink> = Arc::new(sink); // hand it to sync_core::Engine::builder()
//! # Ok(()) }
//! ```

mod builder;
pub mod convert;
pub mod events;
pub mod known;
mod recheck;
pub mod sink;
mod tables;

pub use known::KnownSchema;
pub use sink::{NotionSink, NotionSinkBuilder, remote_error};
pub use tables::{Conflict, MirrorOptions, TableCheck, check_table};
