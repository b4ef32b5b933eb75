//! The source of truth, seen through one trait.
//!
//! A [`Source`] lists every record of a kind as a stream (the engine never collects it),
//! fetches one record, and optionally lists what changed since a cursor. The engine takes it
//! as `Arc<dyn Source>`, so methods return boxed futures and streams.
//!
//! `fetch` is also the engine's proof of a deletion: a full pass removes the row of a key
//! its listing missed only if `fetch` answers `Ok(None)`, so `None` must mean the record is
//! gone, never "could not tell" (that is an error). Errors follow the retry contract of
//! [`RemoteError::retryable`]: retryable only if this adapter did not already retry the
//! call and repeating it is safe.
//!
//! ```
//! use sync_core::record::{EntityKind, SourceRecord};
//! use sync_core::source::Source;
//! use sync_core::testing::FakeSource;
//! use futures_util::StreamExt;
//!
//! # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
//! let source = FakeSource::new();
//! source.upsert(SourceRecord::new(EntityKind::new("contact"), "c-1"));
//! let all: Vec<_> = source.stream_all(&EntityKind::new("contact")).collect().await;
//! assert_eq!(all.len(), 1);
//! assert!(source.fetch(&EntityKind::new("contact"), "c-1").await.unwrap().is_some());
//! # });
//! ```

use serde::{Deserialize, Serialize};

use crate::error::RemoteError;
use crate::record::{EntityKind, SourceRecord};
use crate::{BoxFuture, BoxStream};

/// An opaque position in a source's change feed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ChangeCursor(pub String);

/// One item of an incremental change feed.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// The record was created or changed; this is its current content.
    Upsert(SourceRecord),
    /// The record with this id was deleted.
    Delete(String),
    /// Everything before this item is covered by this cursor. The engine stores the last
    /// checkpoint of a feed once every change before it was applied.
    Checkpoint(ChangeCursor),
}

/// A change feed: its items, ending with (or interleaved with) checkpoints.
pub type ChangeStream<'a> = BoxStream<'a, Result<Change, RemoteError>>;

/// The source of truth.
///
/// Errors follow the retry contract of [`RemoteError::retryable`]: mark a failure
/// retryable only if this adapter did not already retry it and repeating it is safe.
pub trait Source: Send + Sync {
    /// Every record of `entity`, one page at a time (never collected in memory).
    fn stream_all<'a>(
        &'a self,
        entity: &'a EntityKind,
    ) -> BoxStream<'a, Result<SourceRecord, RemoteError>>;

    /// One record, or `None` if the source does not have it (deleted or never existed). A
    /// full pass trusts `None` as proof of a deletion: report any doubt as an error.
    fn fetch<'a>(
        &'a self,
        entity: &'a EntityKind,
        id: &'a str,
    ) -> BoxFuture<'a, Result<Option<SourceRecord>, RemoteError>>;

    /// Changes of `entity` after `cursor`, or `None` if the source cannot list changes for
    /// this kind (the engine then always does full passes). The default is `None`.
    fn changes_since<'a>(
        &'a self,
        entity: &'a EntityKind,
        cursor: &'a ChangeCursor,
    ) -> Option<ChangeStream<'a>> {
        let _ = (entity, cursor);
        None
    }

    /// A cursor for "now", taken just before a full pass: the next incremental run lists the
    /// changes after it. `None` (the default) if the source has no change feed for `entity`.
    fn checkpoint<'a>(
        &'a self,
        entity: &'a EntityKind,
    ) -> BoxFuture<'a, Result<Option<ChangeCursor>, RemoteError>> {
        let _ = entity;
        Box::pin(async { Ok(None) })
    }
}
