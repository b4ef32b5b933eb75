//! What the engine remembers between runs.
//!
//! A [`StateStore`] keeps, per table and key, the sink row and the content hash last written
//! ([`RowState`]); per entity kind, the change cursor and run bookkeeping ([`RunInfo`]); the ids
//! of events already applied (aged out after a retention period); and **intents**: a record
//! of each sink write *before* it is sent, removed once its result is stored. An intent left
//! behind means the process stopped mid-write; [`Engine::recover`](crate::engine::Engine::recover)
//! resolves it by looking the key up in the sink, so a crash never leaves a duplicate row or
//! a lost update.
//!
//! Three stores come with the crate: [`MemoryStore`] (clones share one state, for tests and
//! short-lived runs); with the `sqlite` feature, `SqliteStore` (one file, WAL, versioned
//! schema, blocking work off the async threads); and with the `postgres` feature,
//! `PostgresStore` (one database shared by several workers, a pool, embedded versioned
//! migrations). All three pass one conformance suite (`testing::conformance`, with the
//! `test-util` feature).
//!
//! ```
//! use sync_core::state::{MemoryStore, RowState, StateStore};
//! use sync_core::sink::{RowId, TableId};
//!
//! # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
//! let store = MemoryStore::new();
//! let table = TableId::from("contacts");
//! store.put_row(&table, "c-1", RowState::new(RowId::from("page-1"))).await.unwrap();
//! let row = store.get_row(&table, "c-1").await.unwrap().unwrap();
//! assert_eq!(row.row_id, RowId::from("page-1"));
//! # });
//! ```

mod memory;
#[cfg(feature = "postgres")]
mod postgres;
#[cfg(feature = "sqlite")]
mod sqlite;

pub use memory::MemoryStore;
#[cfg(feature = "postgres")]
pub use postgres::{PostgresOptions, PostgresStore, PostgresStoreError};
#[cfg(feature = "sqlite")]
#[cfg_attr(docsrs, doc(cfg(feature = "sqlite")))]
pub use sqlite::SqliteStore;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::BoxFuture;
use crate::error::StoreError;
use crate::hash::ContentHash;
use crate::record::EntityKind;
use crate::sink::{EventRow, RowId, TableId};
use crate::source::ChangeCursor;

/// A store result.
pub type StoreResult<T> = Result<T, StoreError>;

/// What the engine knows about the sink row of one key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowState {
    /// The sink row mirroring the key.
    pub row_id: RowId,
    /// The content hash last written, or `None` if unknown (forces the next write).
    pub hash: Option<ContentHash>,
    /// Whether the record is gone from the source and the deletion policy was applied.
    pub deleted: bool,
    /// The newest source `updated_at` applied (events older than this are stale).
    pub source_updated_at: Option<DateTime<Utc>>,
    /// When the engine last wrote the row.
    pub last_written: Option<DateTime<Utc>>,
    /// When a full pass last saw the record in the source.
    pub last_seen: Option<DateTime<Utc>>,
    /// The number of the last run that saw the record (for deletion detection).
    pub seen_run: u64,
}

impl RowState {
    /// State for a row with nothing else known.
    pub fn new(row_id: RowId) -> Self {
        Self {
            row_id,
            hash: None,
            deleted: false,
            source_updated_at: None,
            last_written: None,
            last_seen: None,
            seen_run: 0,
        }
    }
}

/// The sink write an intent announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IntentOp {
    /// Creating a row for a key.
    Create,
    /// Updating (or restoring and updating) a key's row.
    Update,
    /// Applying the deletion policy to a key's row.
    Trash,
    /// Appending an activity row.
    AppendEvent,
}

/// A sink write about to be sent, recorded so a crash can be resolved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Intent {
    /// The store's id for the intent (0 before it is stored).
    pub id: u64,
    /// The table written.
    pub table: TableId,
    /// The record key (or the event id, for appends).
    pub key: String,
    /// The entity kind the key belongs to.
    pub entity: EntityKind,
    /// The write.
    pub op: IntentOp,
    /// The content hash being written, if any.
    pub projection_hash: Option<ContentHash>,
    /// The row written, when it already exists.
    pub row_id: Option<RowId>,
    /// The activity row, for appends (so recovery can write it without the source).
    pub event: Option<EventRow>,
    /// When the write started.
    pub started_at: DateTime<Utc>,
}

/// Run bookkeeping per entity kind.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunInfo {
    /// Runs so far (full and incremental); each run's number is this plus one.
    pub runs: u64,
    /// Incremental runs since the last clean full pass.
    pub runs_since_full: u32,
    /// When the last clean full pass finished.
    pub last_full_pass: Option<DateTime<Utc>>,
    /// A failed full pass asks for the next run to be full again.
    pub needs_full: bool,
}

/// Durable engine state. Implementations must make each call atomic.
pub trait StateStore: Send + Sync {
    /// The state of `key` in `table`.
    fn get_row<'a>(
        &'a self,
        table: &'a TableId,
        key: &'a str,
    ) -> BoxFuture<'a, StoreResult<Option<RowState>>>;
    /// Sets the state of `key` in `table`.
    fn put_row<'a>(
        &'a self,
        table: &'a TableId,
        key: &'a str,
        row: RowState,
    ) -> BoxFuture<'a, StoreResult<()>>;
    /// Forgets `key` in `table`.
    fn remove_row<'a>(&'a self, table: &'a TableId, key: &'a str)
    -> BoxFuture<'a, StoreResult<()>>;
    /// Every key of `table` with its state.
    fn rows<'a>(
        &'a self,
        table: &'a TableId,
    ) -> BoxFuture<'a, StoreResult<Vec<(String, RowState)>>>;
    /// How many keys `table` holds state for, without loading them. The default counts
    /// [`StateStore::rows`]; a store that can count in place should.
    fn count_rows<'a>(&'a self, table: &'a TableId) -> BoxFuture<'a, StoreResult<u64>> {
        Box::pin(async move { Ok(self.rows(table).await?.len() as u64) })
    }
    /// Marks `keys` of `table` as seen by run `run` at `at` (keys without state are ignored).
    fn touch_rows<'a>(
        &'a self,
        table: &'a TableId,
        keys: &'a [String],
        run: u64,
        at: DateTime<Utc>,
    ) -> BoxFuture<'a, StoreResult<()>>;
    /// Keys of `table` not marked deleted whose `seen_run` is below `run`.
    fn unseen_rows<'a>(
        &'a self,
        table: &'a TableId,
        run: u64,
    ) -> BoxFuture<'a, StoreResult<Vec<(String, RowState)>>>;
    /// Whether `table`'s existing sink rows were loaded into state.
    fn is_indexed<'a>(&'a self, table: &'a TableId) -> BoxFuture<'a, StoreResult<bool>>;
    /// Records that `table`'s existing sink rows were loaded into state.
    fn set_indexed<'a>(&'a self, table: &'a TableId) -> BoxFuture<'a, StoreResult<()>>;

    /// The change cursor of `entity`.
    fn cursor<'a>(
        &'a self,
        entity: &'a EntityKind,
    ) -> BoxFuture<'a, StoreResult<Option<ChangeCursor>>>;
    /// Sets (or clears) the change cursor of `entity`.
    fn set_cursor<'a>(
        &'a self,
        entity: &'a EntityKind,
        cursor: Option<ChangeCursor>,
    ) -> BoxFuture<'a, StoreResult<()>>;
    /// A value the application keeps beside the engine's state (e.g. its last run's report),
    /// by key. Default: nothing is kept.
    fn meta<'a>(&'a self, key: &'a str) -> BoxFuture<'a, StoreResult<Option<String>>> {
        let _ = key;
        Box::pin(std::future::ready(Ok(None)))
    }

    /// Keeps `value` under `key` (see [`StateStore::meta`]). Default: ignored.
    fn set_meta<'a>(&'a self, key: &'a str, value: String) -> BoxFuture<'a, StoreResult<()>> {
        let _ = (key, value);
        Box::pin(std::future::ready(Ok(())))
    }

    /// Run bookkeeping of `entity`.
    fn run_info<'a>(&'a self, entity: &'a EntityKind) -> BoxFuture<'a, StoreResult<RunInfo>>;
    /// Sets the run bookkeeping of `entity`.
    fn set_run_info<'a>(
        &'a self,
        entity: &'a EntityKind,
        info: RunInfo,
    ) -> BoxFuture<'a, StoreResult<()>>;

    /// Whether `event_id` was already applied in `scope` (a table, or `"push"`).
    fn is_processed<'a>(
        &'a self,
        scope: &'a str,
        event_id: &'a str,
    ) -> BoxFuture<'a, StoreResult<bool>>;
    /// Records that `event_id` was applied in `scope` at `at`.
    fn mark_processed<'a>(
        &'a self,
        scope: &'a str,
        event_id: &'a str,
        at: DateTime<Utc>,
    ) -> BoxFuture<'a, StoreResult<()>>;
    /// Forgets processed events recorded before `before`; returns how many.
    fn prune_processed(&self, before: DateTime<Utc>) -> BoxFuture<'_, StoreResult<u64>>;

    /// Stores an intent and returns its id.
    fn begin_intent(&self, intent: Intent) -> BoxFuture<'_, StoreResult<u64>>;
    /// Removes a resolved intent.
    fn finish_intent(&self, id: u64) -> BoxFuture<'_, StoreResult<()>>;
    /// Every intent not yet finished, oldest first.
    fn pending_intents(&self) -> BoxFuture<'_, StoreResult<Vec<Intent>>>;
}
