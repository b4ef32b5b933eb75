//! The engine: reconciles, applies events, repairs drift and recovers from crashes.
//!
//! An [`Engine`] joins a [`Source`], a [`Sink`], a [`StateStore`], a clock and a list of
//! [`Strategy`]s. It never talks HTTP itself: adapters do.
//!
//! - [`Engine::reconcile`] streams the source (full pass) or its changes (incremental) and
//!   writes only what differs from the stored hash, `concurrency` writes at a time.
//! - [`Engine::apply_event`] applies one pushed event: one activity row per event id, and
//!   the mirrored row updated unless the event is older than what was already applied.
//! - [`Engine::verify_and_repair`] compares the sink with the state and fixes hand edits,
//!   hand deletions and duplicates.
//! - [`Engine::recover`] resolves writes a crash left unfinished; the other operations call
//!   it on first use.
//! - [`Engine::plan`] says what a reconciliation would write, writing nothing.
//!
//! Every sink write is announced as an intent in the store before it is sent and cleared
//! after its result is stored; see [`state`](crate::state).
//!
//! # Deleting only with proof
//!
//! A full pass lists every record, but a key it did not see is not yet proof of a deletion:
//! records created while the listing streams (a pushed event wrote their row meanwhile)
//! are missing from a listing that began before them. So a full pass applies the deletion
//! policy to an unseen key only when (a) the key's state was last written before the
//! listing started (rows written during the pass wait for the next one), and (b) fetching
//! the record by id says it does not exist. A fetch that finds it writes it instead; a
//! fetch that fails counts as a failure and deletes nothing. Deletions reported by a change
//! feed ([`Change::Delete`](crate::source::Change::Delete)) and pushed deletion events are
//! proof already.
//!
//! # Retries: one policy, one quota
//!
//! The engine retries through one [`RetryPolicy`] ([`EngineOptions::retry`]) and one quota
//! ([`EngineOptions::retry_quota`]), with jitter from a seedable source
//! ([`EngineOptions::jitter_seed`]), sleeping on the injected clock; every source and sink
//! call it makes goes through that one loop. Its contract with adapters: a
//! [`RemoteError`](crate::error::RemoteError) with `retryable = true` says *the adapter did
//! not already retry this call, and repeating it is safe*; an adapter whose HTTP client
//! already retried a failure reports it with `retryable = false`, so attempts do not
//! multiply. A create or an activity append that fails with an unknown outcome is never
//! sent again before a lookup (by key, by event id) proves it left nothing behind; that
//! lookup is an attempt of the same loop, and when the loop ends unsure, the next create
//! or append of that key looks it up first.
//!
//! Worst case per user-visible write, with `E` the engine's `retry.max_attempts` and `H`
//! the adapter's own HTTP attempts per call:
//!
//! - sink calls (the write and the lookups that settle it) ≤ `E`; a row restored and
//!   rewritten is two writes;
//! - HTTP requests ≤ `E × H` in any case. Under the contract a call that comes back
//!   retryable cost one request (its adapter did not retry it), and one that does not ends
//!   the loop, so a write that meets no unknown outcome costs at most `(E − 1) + H`
//!   requests; only unknown outcomes, whose lookups the adapter may have retried itself,
//!   approach `E × H`.
//!
//! With the defaults (`E = 3`, and the HTTP clients' default `H = 4`), one write costs at most 3
//! sink calls and 12 requests (6 without unknown outcomes), and every engine retry is paid
//! from the engine's quota.
//!
//! ```
//! use std::sync::Arc;
//! use sync_core::engine::Engine;
//! use sync_core::record::{EntityKind, SourceRecord};
//! use sync_core::state::MemoryStore;
//! use sync_core::strategy::ReferenceStrategy;
//! use sync_core::testing::{FakeSink, FakeSource};
//!
//! # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
//! let source = Arc::new(FakeSource::new());
//! source.upsert(SourceRecord::new(EntityKind::new("contact"), "c-1").with_display_name("Ada"));
//! let sink = Arc::new(FakeSink::new());
//! let engine = Engine::builder()
//!     .source(source.clone())
//!     .sink(sink.clone())
//!     .store(Arc::new(MemoryStore::new()))
//!     .strategy(Arc::new(ReferenceStrategy::new().table(EntityKind::new("contact"), "contacts")))
//!     .build()
//!     .unwrap();
//! let report = engine.reconcile(&EntityKind::new("contact")).await.unwrap();
//! assert_eq!(report.created, 1);
//! // Nothing changed: the second run writes nothing.
//! let again = engine.reconcile(&EntityKind::new("contact")).await.unwrap();
//! assert_eq!(again.writes(), 0);
//! # });
//! ```

mod locks;
mod plan;
mod push;
mod reconcile;
mod recover;
mod repair;
mod retry;
mod write;

pub use plan::{Decision, MissingDecision, Plan, decide, decide_missing, written_before};

use std::collections::HashSet;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use chrono::{DateTime, Utc};
use ghl_notion_runtime::retry::{QuotaConfig, RetryPolicy};
use ghl_notion_runtime::{SharedClock, SystemClock};
use tokio::sync::broadcast;

use crate::error::SyncError;
use crate::progress::Progress;
use crate::record::EntityKind;
use crate::sink::{Sink, TableId};
use crate::source::Source;
use crate::state::StateStore;
use crate::strategy::{Role, Strategy};

/// What happens to a row whose record is gone from the source.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum DeletionPolicy {
    /// Move the row to the trash (restored if the record comes back).
    #[default]
    Trash,
    /// Keep the row and set this checkbox property to true (false on every normal write).
    MarkDeleted(String),
    /// Leave the row as it is.
    Keep,
}

/// Engine settings.
#[derive(Debug, Clone)]
pub struct EngineOptions {
    /// What happens to rows whose record is gone.
    pub deletion: DeletionPolicy,
    /// Force a full pass after this many incremental runs (`None`: never by count).
    pub full_pass_every_runs: Option<u32>,
    /// Force a full pass when the last one is older than this (`None`: never by age).
    pub full_pass_every: Option<Duration>,
    /// Sink writes in flight at once during a reconciliation (at least 1).
    pub concurrency: usize,
    /// Write nothing anywhere; reports say what would have been written.
    pub dry_run: bool,
    /// The retry policy of every source and sink call the engine makes (see the
    /// [module docs](self) for the contract with adapters). `max_attempts` counts the
    /// first attempt and the lookups that settle unknown outcomes (at least 1).
    pub retry: RetryPolicy,
    /// The engine's retry quota: every retry spends from it, every success refills it, and
    /// an empty quota stops retrying, so an outage cannot multiply traffic.
    pub retry_quota: QuotaConfig,
    /// Seeds the backoff jitter, for reproducible tests (`None`: seeded at random).
    pub jitter_seed: Option<u64>,
    /// How long processed event ids are remembered for deduplication.
    pub event_retention: Duration,
    /// Send a progress update every this many records.
    pub progress_every: u64,
}

impl Default for EngineOptions {
    fn default() -> Self {
        Self {
            deletion: DeletionPolicy::Trash,
            full_pass_every_runs: Some(24),
            full_pass_every: Some(Duration::from_secs(24 * 3600)),
            concurrency: 4,
            dry_run: false,
            retry: RetryPolicy {
                max_attempts: 3,
                ..RetryPolicy::default()
            },
            retry_quota: QuotaConfig::default(),
            jitter_seed: None,
            event_retention: Duration::from_secs(7 * 24 * 3600),
            progress_every: 100,
        }
    }
}

/// A mirroring strategy together with its table for one entity kind.
#[derive(Clone)]
pub(crate) struct Target {
    pub(crate) strategy: Arc<dyn Strategy>,
    pub(crate) table: TableId,
}

/// The sync engine. Cheap to share behind an `Arc`; every operation takes `&self`.
pub struct Engine {
    source: Arc<dyn Source>,
    sink: Arc<dyn Sink>,
    store: Arc<dyn StateStore>,
    strategies: Vec<Arc<dyn Strategy>>,
    clock: SharedClock,
    options: EngineOptions,
    retries: retry::Retries,
    locks: locks::KeyLocks,
    /// Keys whose create outcome is unknown and unresolved: look them up before creating.
    unresolved: Mutex<HashSet<(TableId, String)>>,
    /// Intents this engine left pending after a trash whose outcome is unknown, to settle
    /// before its next operation (their own operation has ended, so none is in flight).
    unsettled: Mutex<HashSet<u64>>,
    recovered: tokio::sync::Mutex<bool>,
    progress: broadcast::Sender<Progress>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field(
                "strategies",
                &self
                    .strategies
                    .iter()
                    .map(|s| s.name().to_owned())
                    .collect::<Vec<_>>(),
            )
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

/// Builds an [`Engine`]; source, sink and store are required.
#[derive(Default)]
pub struct EngineBuilder {
    source: Option<Arc<dyn Source>>,
    sink: Option<Arc<dyn Sink>>,
    store: Option<Arc<dyn StateStore>>,
    strategies: Vec<Arc<dyn Strategy>>,
    clock: Option<SharedClock>,
    options: EngineOptions,
}

impl EngineBuilder {
    /// The source of truth.
    pub fn source(mut self, source: Arc<dyn Source>) -> Self {
        self.source = Some(source);
        self
    }

    /// The sink.
    pub fn sink(mut self, sink: Arc<dyn Sink>) -> Self {
        self.sink = Some(sink);
        self
    }

    /// The state store.
    pub fn store(mut self, store: Arc<dyn StateStore>) -> Self {
        self.store = Some(store);
        self
    }

    /// Adds a strategy.
    pub fn strategy(mut self, strategy: Arc<dyn Strategy>) -> Self {
        self.strategies.push(strategy);
        self
    }

    /// The clock (default: the system clock).
    pub fn clock(mut self, clock: SharedClock) -> Self {
        self.clock = Some(clock);
        self
    }

    /// All options at once.
    pub fn options(mut self, options: EngineOptions) -> Self {
        self.options = options;
        self
    }

    /// The deletion policy.
    pub fn deletion(mut self, policy: DeletionPolicy) -> Self {
        self.options.deletion = policy;
        self
    }

    /// Writes in flight at once.
    pub fn concurrency(mut self, concurrency: usize) -> Self {
        self.options.concurrency = concurrency;
        self
    }

    /// Dry run: write nothing.
    pub fn dry_run(mut self, dry_run: bool) -> Self {
        self.options.dry_run = dry_run;
        self
    }

    /// The retry policy of every source and sink call.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.options.retry = policy;
        self
    }

    /// Seeds the backoff jitter, for reproducible tests.
    pub fn jitter_seed(mut self, seed: u64) -> Self {
        self.options.jitter_seed = Some(seed);
        self
    }

    /// Builds the engine. Fails if a part is missing, or if two mirroring strategies map one
    /// entity kind to the same table (their rows would fight).
    pub fn build(self) -> Result<Engine, SyncError> {
        let source = self
            .source
            .ok_or_else(|| SyncError::Config("no source".into()))?;
        let sink = self
            .sink
            .ok_or_else(|| SyncError::Config("no sink".into()))?;
        let store = self
            .store
            .ok_or_else(|| SyncError::Config("no state store".into()))?;
        let mut options = self.options;
        options.concurrency = options.concurrency.max(1);
        options.retry.max_attempts = options.retry.max_attempts.max(1);
        options.progress_every = options.progress_every.max(1);
        let retries = retry::Retries::new(
            options.retry.clone(),
            options.retry_quota,
            options.jitter_seed,
        );
        let (progress, _) = broadcast::channel(256);
        Ok(Engine {
            source,
            sink,
            store,
            strategies: self.strategies,
            clock: self.clock.unwrap_or_else(SystemClock::shared),
            options,
            retries,
            locks: locks::KeyLocks::default(),
            unresolved: Mutex::new(HashSet::new()),
            unsettled: Mutex::new(HashSet::new()),
            recovered: tokio::sync::Mutex::new(false),
            progress,
        })
    }
}

impl Engine {
    /// A builder.
    pub fn builder() -> EngineBuilder {
        EngineBuilder::default()
    }

    /// The options in force.
    pub fn options(&self) -> &EngineOptions {
        &self.options
    }

    /// The clock the engine reads.
    pub fn clock(&self) -> &SharedClock {
        &self.clock
    }

    /// The state store.
    pub fn store(&self) -> &Arc<dyn StateStore> {
        &self.store
    }

    /// Subscribes to progress updates.
    pub fn subscribe(&self) -> broadcast::Receiver<Progress> {
        self.progress.subscribe()
    }

    pub(crate) fn now(&self) -> DateTime<Utc> {
        DateTime::<Utc>::from(self.clock.wall())
    }

    pub(crate) fn emit(&self, progress: Progress) {
        // No subscriber is fine.
        let _ = self.progress.send(progress);
    }

    /// Mirroring strategies with a table for `entity`.
    pub(crate) fn targets(&self, entity: &EntityKind) -> Vec<Target> {
        self.strategies
            .iter()
            .filter(|s| s.role() == Role::Mirror)
            .filter_map(|s| {
                s.table(entity).map(|table| Target {
                    strategy: Arc::clone(s),
                    table,
                })
            })
            .collect()
    }

    /// Event strategies with a table for `entity`.
    pub(crate) fn log_strategies(&self, entity: &EntityKind) -> Vec<(Arc<dyn Strategy>, TableId)> {
        self.strategies
            .iter()
            .filter(|s| s.role() == Role::EventLog)
            .filter_map(|s| s.table(entity).map(|t| (Arc::clone(s), t)))
            .collect()
    }

    pub(crate) fn target_for(&self, table: &TableId, entity: &EntityKind) -> Option<Target> {
        self.targets(entity).into_iter().find(|t| &t.table == table)
    }

    pub(crate) fn mark_unresolved(&self, table: &TableId, key: &str, unresolved: bool) {
        let mut set = self
            .unresolved
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if unresolved {
            set.insert((table.clone(), key.to_owned()));
        } else {
            set.remove(&(table.clone(), key.to_owned()));
        }
    }

    pub(crate) fn is_unresolved(&self, table: &TableId, key: &str) -> bool {
        self.unresolved
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .contains(&(table.clone(), key.to_owned()))
    }

    /// Remembers (`true`) or forgets an intent left pending by this engine, to be settled
    /// before its next operation.
    pub(crate) fn mark_unsettled(&self, intent_id: u64, unsettled: bool) {
        let mut set = self
            .unsettled
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if unsettled {
            set.insert(intent_id);
        } else {
            set.remove(&intent_id);
        }
    }

    /// The intents this engine left pending, if any.
    fn unsettled(&self) -> Option<HashSet<u64>> {
        let set = self
            .unsettled
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        (!set.is_empty()).then(|| set.clone())
    }

    /// Makes sure intents left by an earlier process were resolved, and those this engine
    /// left pending itself (a trash whose outcome is unknown) are settled.
    pub(crate) async fn ensure_recovered(&self) -> Result<(), SyncError> {
        let mut done = self.recovered.lock().await;
        if !*done {
            let report = self.recover_pending(None).await?;
            *done = report.unresolved == 0;
        } else if let Some(ids) = self.unsettled() {
            self.recover_pending(Some(&ids)).await?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::MemoryStore;
    use crate::testing::{FakeSink, FakeSource};

    #[test]
    fn build_requires_parts() {
        assert!(Engine::builder().build().is_err());
        let ok = Engine::builder()
            .source(Arc::new(FakeSource::new()))
            .sink(Arc::new(FakeSink::new()))
            .store(Arc::new(MemoryStore::new()))
            .concurrency(0)
            .build()
            .unwrap();
        assert_eq!(ok.options().concurrency, 1);
    }
}
