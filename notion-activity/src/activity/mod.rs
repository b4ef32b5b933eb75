//! The append-only activity log: one Notion row per GHL event, never duplicated, never lost.
//!
//! - [`ActivityLog`] finds the log under a parent page or creates it, migrates an older log's
//!   schema by adding only, and appends one event with a lookup by Event ID whenever the
//!   outcome of a create is unknown;
//! - [`ActivityWriter`] runs the writing in the background: [`WriterHandle::log`] persists the
//!   event to an [`Outbox`] and returns; the worker delivers it, drains the outbox again on
//!   a fixed schedule after a failure, and records events Notion rejects as dead letters;
//! - [`MemoryOutbox`] and [`FileOutbox`] (an fsynced JSON-lines journal) implement [`Outbox`].
//!
//! ```no_run
//! use std::sync::Arc;
//! use notion_activity::activity::{ActivityEvent, ActivityLog, ActivityLogOptions, ActivityWriter, MemoryOutbox, WriterOptions};
//!
//! # async fn run(client: notion_activity::NotionClient) -> Result<(), Box<dyn std::error::Error>> {
//! let log = ActivityLog::ensure(client, "parent-page-id", ActivityLogOptions::default()).await?;
//! let writer = ActivityWriter::spawn(log, Arc::new(MemoryOutbox::new()), WriterOptions::default());
//! writer
//!     .log(ActivityEvent::new("wh_123", "Contact", "Ann Lee", "Created").record_id("c_1"))
//!     .await?;
//! writer.flush().await?;
//! writer.shutdown().await;
//! # Ok(()) }
//! ```

mod event;
mod file_outbox;
mod log;
mod outbox;
mod writer;

pub use event::{ActivityEvent, EventId};
pub use file_outbox::FileOutbox;
pub use log::{
    ActivityLog, ActivityLogOptions, AppendOutcome, ProjectRelation, SourceColumns,
    activity_schema, columns,
};
pub use log::{find_or_create, find_under};
pub use outbox::{DeadLetter, MemoryOutbox, Outbox, OutboxError};
pub use writer::{
    ActivityWriter, ShutdownReport, WriterError, WriterHandle, WriterOptions, WriterStats,
};
