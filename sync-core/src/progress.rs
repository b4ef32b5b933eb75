//! Progress updates a caller can draw as a progress bar.
//!
//! The engine sends a [`Progress`] on a `tokio::sync::broadcast` channel every few records
//! and at the end of each run; subscribe with
//! [`Engine::subscribe`](crate::engine::Engine::subscribe). Slow subscribers miss updates
//! (they lag) instead of slowing the sync.
//!
//! ```
//! use sync_core::progress::{Phase, Progress};
//! use sync_core::record::EntityKind;
//!
//! let p = Progress::new(EntityKind::new("contact"), Phase::Reading);
//! assert_eq!(p.seen, 0);
//! ```

use serde::{Deserialize, Serialize};

use crate::record::EntityKind;

/// Which part of a run is under way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Loading the sink's existing rows into state (first run of a table).
    Indexing,
    /// Reading the source and writing changes.
    Reading,
    /// Applying the deletion policy to records gone from the source.
    Deleting,
    /// The run finished.
    Done,
}

/// A snapshot of a run's counters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// The entity kind being reconciled.
    pub entity: EntityKind,
    /// The current phase.
    pub phase: Phase,
    /// Records read so far.
    pub seen: u64,
    /// Rows created so far.
    pub created: u64,
    /// Rows updated so far.
    pub updated: u64,
    /// Records unchanged so far.
    pub unchanged: u64,
    /// Rows trashed so far.
    pub trashed: u64,
    /// Failures so far.
    pub failed: u64,
}

impl Progress {
    /// Zero counters.
    pub fn new(entity: EntityKind, phase: Phase) -> Self {
        Self {
            entity,
            phase,
            seen: 0,
            created: 0,
            updated: 0,
            unchanged: 0,
            trashed: 0,
            failed: 0,
        }
    }
}
