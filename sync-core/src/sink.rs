//! Where the engine writes, seen through one trait.
//!
//! A [`Sink`] holds tables (a Notion data source, say) of rows identified by the sink's own
//! [`RowId`] and carrying the source record's key. The engine mirrors records with
//! [`Sink::create`], [`Sink::update`], [`Sink::trash`] and [`Sink::restore`], and appends
//! activity rows with [`Sink::append_event`].
//!
//! Contract for implementors:
//! - `update` sets the given properties and leaves the others alone (PATCH semantics).
//! - `find_by_key` returns *every* row with that key, trashed ones included, so the engine can
//!   see duplicates.
//! - `SinkRow::projection_hash` is, when the sink can compute it, the
//!   [`Projection::content_hash`](crate::projection::Projection::content_hash) of the row's
//!   current hashed properties as read back (stamps excluded). It is how hand edits are
//!   detected; without it the engine falls back to `last_edited`.
//! - Errors say whether the call may have taken effect ([`Outcome`](crate::error::Outcome)),
//!   and whether the engine may repeat the call ([`RemoteError::retryable`]): `true` only if
//!   the adapter did not already retry it and repeating is safe. The engine owns the retries
//!   above the adapter; it repeats an unknown-outcome `create` or `append_event` only after
//!   `find_by_key` or `find_event` proved it left nothing, so both lookups must be exact.
//!
//! ```
//! use sync_core::projection::{Projection, Value};
//! use sync_core::sink::{Sink, TableId};
//! use sync_core::testing::FakeSink;
//!
//! # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
//! let sink = FakeSink::new();
//! let table = TableId::from("contacts");
//! let p = Projection::new().with("Name", Value::Title("Ada".into()));
//! let row = sink.create(&table, "c-1", &p).await.unwrap();
//! let found = sink.find_by_key(&table, "c-1").await.unwrap();
//! assert_eq!(found[0].row_id, row);
//! # });
//! ```

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::RemoteError;
use crate::hash::ContentHash;
use crate::projection::Projection;
use crate::record::EntityKind;
use crate::{BoxFuture, BoxStream};

/// A table in the sink (for Notion, a data source id).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TableId(pub String);

impl From<&str> for TableId {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

impl fmt::Display for TableId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A row in the sink, by the sink's own id (for Notion, a page id).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct RowId(pub String);

impl From<&str> for RowId {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

impl fmt::Display for RowId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What the sink tells the engine about one of its rows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SinkRow {
    /// The sink's id of the row.
    pub row_id: RowId,
    /// The source record's key the row carries.
    pub key: String,
    /// Whether the row is in the trash (archived).
    pub trashed: bool,
    /// When the row was last edited, by anyone.
    pub last_edited: Option<DateTime<Utc>>,
    /// The content hash of the row's current hashed properties, if the sink can compute it.
    pub projection_hash: Option<ContentHash>,
    /// Whether the row carries the sync's ownership marker (rows without it are left alone).
    pub managed: bool,
}

/// One activity-log row: written once per event, never updated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRow {
    /// The source event's id; the log holds at most one row per id.
    pub event_id: String,
    /// The kind of record the event concerns.
    pub entity: EntityKind,
    /// The record the event concerns.
    pub record_id: String,
    /// When it happened.
    pub occurred_at: Option<DateTime<Utc>>,
    /// The row's properties.
    pub properties: Projection,
}

/// The write side.
///
/// Errors follow the retry contract of [`RemoteError::retryable`]: mark a failure
/// retryable only if this adapter did not already retry it and repeating it is safe.
pub trait Sink: Send + Sync {
    /// Every row of `table` carrying `key`, trashed ones included.
    fn find_by_key<'a>(
        &'a self,
        table: &'a TableId,
        key: &'a str,
    ) -> BoxFuture<'a, Result<Vec<SinkRow>, RemoteError>>;

    /// Creates a row for `key` with `projection` (hashed properties and stamps).
    fn create<'a>(
        &'a self,
        table: &'a TableId,
        key: &'a str,
        projection: &'a Projection,
    ) -> BoxFuture<'a, Result<RowId, RemoteError>>;

    /// Sets the given properties of a row, leaving others alone.
    fn update<'a>(
        &'a self,
        table: &'a TableId,
        row: &'a RowId,
        projection: &'a Projection,
    ) -> BoxFuture<'a, Result<(), RemoteError>>;

    /// Moves a row to the trash (archives it). Trashing a trashed row succeeds.
    fn trash<'a>(
        &'a self,
        table: &'a TableId,
        row: &'a RowId,
    ) -> BoxFuture<'a, Result<(), RemoteError>>;

    /// Takes a row out of the trash. Restoring a live row succeeds.
    fn restore<'a>(
        &'a self,
        table: &'a TableId,
        row: &'a RowId,
    ) -> BoxFuture<'a, Result<(), RemoteError>>;

    /// Appends one activity row.
    fn append_event<'a>(
        &'a self,
        table: &'a TableId,
        event: &'a EventRow,
    ) -> BoxFuture<'a, Result<RowId, RemoteError>>;

    /// The activity row written for `event_id`, if any (used after a lost response).
    fn find_event<'a>(
        &'a self,
        table: &'a TableId,
        event_id: &'a str,
    ) -> BoxFuture<'a, Result<Option<RowId>, RemoteError>>;

    /// Every mirrored row of `table`, trashed ones included, streamed.
    fn load_index<'a>(&'a self, table: &'a TableId) -> BoxStream<'a, Result<SinkRow, RemoteError>>;
}
