//! What a run did: counts per entity kind, timing, and API statistics the caller fills in.
//!
//! A report also says whether the run was complete ([`SyncReport::is_complete`]) and
//! whether writes with an unknown outcome call for a drift repair
//! ([`SyncReport::needs_repair`]).
//!
//! ```
//! use sync_core::report::{ApiStats, SyncReport};
//! use sync_core::record::EntityKind;
//!
//! let mut report = SyncReport::new(EntityKind::new("contact"));
//! report.created += 2;
//! report.api_stats.insert("notion".into(), ApiStats { requests: 2, ..ApiStats::default() });
//! assert_eq!(report.writes(), 2);
//! assert!(report.is_complete());
//! report.fail("sink: timed out");
//! report.unknown_outcomes += 1;
//! assert!(!report.is_complete() && report.needs_repair());
//! ```

use std::collections::BTreeMap;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::record::EntityKind;

/// Whether a run read everything or only changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunMode {
    /// Every record was read; records missing from the source were deleted.
    #[default]
    Full,
    /// Only changes since the stored cursor were read.
    Incremental,
    /// Nothing was written (dry run); counts say what would have been.
    DryRun,
}

/// Request statistics for one API, filled in by the caller from its clients' metrics.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiStats {
    /// Requests sent.
    pub requests: u64,
    /// Answers that were 429 (or the API's equivalent).
    pub throttled: u64,
    /// Retries sent.
    pub retries: u64,
    /// Time spent waiting for the rate limiter.
    pub throttle_wait: Duration,
}

/// The result of one reconciliation of one entity kind.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SyncReport {
    /// The entity kind reconciled.
    pub entity: Option<EntityKind>,
    /// Full, incremental or dry run.
    pub mode: RunMode,
    /// Source records (or changes) read.
    pub seen: u64,
    /// Rows created.
    pub created: u64,
    /// Rows updated (restores included).
    pub updated: u64,
    /// Records whose row already matched.
    pub unchanged: u64,
    /// Rows the deletion policy was applied to.
    pub trashed: u64,
    /// Records whose write failed (retried on a later run).
    pub failed: u64,
    /// Records the strategy skipped, stale ones, deletions kept by policy, and unseen keys
    /// written during a full pass (left for the next pass to prove gone).
    pub skipped: u64,
    /// Failed writes whose effect stayed unknown (the sink may or may not have applied
    /// them; each is also counted in `failed`). After a run with any, schedule a drift
    /// repair ([`Engine::verify_and_repair`](crate::engine::Engine::verify_and_repair)).
    #[serde(default)]
    pub unknown_outcomes: u64,
    /// Whether the source stream failed before its end (no deletions were applied).
    pub source_failed: bool,
    /// Wall time of the run.
    pub duration: Duration,
    /// The first few failure messages.
    pub errors: Vec<String>,
    /// Per-API request statistics, by API name; the caller fills these in.
    pub api_stats: BTreeMap<String, ApiStats>,
}

/// At most this many failure messages are kept in a report.
pub const MAX_ERRORS: usize = 20;

/// Keeps `message` in `errors` while fewer than [`MAX_ERRORS`] are kept.
pub(crate) fn keep_error(errors: &mut Vec<String>, message: impl Into<String>) {
    if errors.len() < MAX_ERRORS {
        errors.push(message.into());
    }
}

impl SyncReport {
    /// An empty report for `entity`.
    pub fn new(entity: EntityKind) -> Self {
        Self {
            entity: Some(entity),
            ..Self::default()
        }
    }

    /// Rows written: created + updated + trashed.
    pub fn writes(&self) -> u64 {
        self.created + self.updated + self.trashed
    }

    /// Whether the run is complete: the source was read to its end and every write
    /// settled (no failure, so no unknown outcome either). A complete full pass has
    /// applied every proven deletion.
    pub fn is_complete(&self) -> bool {
        self.failed == 0 && self.unknown_outcomes == 0 && !self.source_failed
    }

    /// The same test as [`is_complete`](Self::is_complete), under its older name.
    pub fn is_clean(&self) -> bool {
        self.is_complete()
    }

    /// Whether some write's effect stayed unknown, so the sink may have drifted from the
    /// state: a drift repair is due.
    pub fn needs_repair(&self) -> bool {
        self.unknown_outcomes > 0
    }

    /// Counts a failure, keeping its message if there is room.
    pub fn fail(&mut self, message: impl Into<String>) {
        self.failed += 1;
        keep_error(&mut self.errors, message);
    }
}

/// The result of [`Engine::verify_and_repair`](crate::engine::Engine::verify_and_repair).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RepairReport {
    /// Keys checked.
    pub checked: u64,
    /// Rows edited by hand, rewritten from the source.
    pub rewritten: u64,
    /// Rows trashed by hand, restored.
    pub restored: u64,
    /// Extra rows for one key, trashed.
    pub duplicates_trashed: u64,
    /// Rows deleted by hand, created again.
    pub recreated: u64,
    /// Managed rows the state did not know, adopted.
    pub adopted: u64,
    /// Rows whose record is gone, trashed (or marked) by the deletion policy.
    pub trashed: u64,
    /// Repairs that failed.
    pub failed: u64,
    /// Failed repairs whose effect stayed unknown (also counted in `failed`).
    #[serde(default)]
    pub unknown_outcomes: u64,
    /// The first few failure messages.
    pub errors: Vec<String>,
}

impl RepairReport {
    /// Counts a failure, keeping its message if there is room.
    pub fn fail(&mut self, message: impl Into<String>) {
        self.failed += 1;
        keep_error(&mut self.errors, message);
    }
}

/// The result of [`Engine::recover`](crate::engine::Engine::recover).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryReport {
    /// Pending intents found.
    pub pending: u64,
    /// Creates whose row turned out to exist, adopted.
    pub adopted: u64,
    /// Intents resolved by writing again.
    pub replayed: u64,
    /// Intents that could not be resolved (left pending for the next attempt).
    pub unresolved: u64,
}

/// What [`Engine::apply_event`](crate::engine::Engine::apply_event) did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Applied {
    /// Events in the batch already applied before (nothing done for them).
    pub duplicates: u64,
    /// Activity rows appended.
    pub logged: u64,
    /// Mirror rows created.
    pub created: u64,
    /// Mirror rows updated.
    pub updated: u64,
    /// Mirror rows trashed.
    pub trashed: u64,
    /// Mirror rows already up to date.
    pub unchanged: u64,
    /// Mirror applications skipped because the event was older than the state.
    pub stale: u64,
    /// Whether the record was fetched from the source (no usable payload).
    pub fetched: bool,
}

#[cfg(test)]
mod error_cap_tests {
    use super::*;

    #[test]
    fn twenty_messages_are_kept_and_every_failure_is_counted() {
        let mut report = SyncReport::new(crate::record::EntityKind::from_static("contact"));
        for i in 0..25 {
            report.fail(format!("e{i}"));
        }
        assert_eq!(report.failed, 25);
        assert_eq!(report.errors.len(), 20);
        assert_eq!(report.errors.last().map(String::as_str), Some("e19"));
        let mut repair = RepairReport::default();
        for i in 0..21 {
            repair.fail(format!("e{i}"));
        }
        assert_eq!((repair.failed, repair.errors.len()), (21, 20));
    }
}
