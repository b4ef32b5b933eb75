//! Reconciliation: bring every row of one entity kind in line with the source.
//!
//! A **full pass** streams every record, writes what differs from the stored hash and then
//! applies the deletion policy to keys the pass did not see, each only with proof that its
//! record is gone (see [the engine docs](super#deleting-only-with-proof)): its state was
//! written before the listing started, and a fetch by id does not find it. An
//! **incremental run** streams
//! only the changes since the stored cursor. Which one runs is decided by
//! [`Engine::reconcile`]; reads and writes overlap, with at most `concurrency` writes in
//! flight while the source keeps streaming, so memory stays flat.

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures_util::{StreamExt, stream};

use super::plan::written_before;
use super::write::RecordOutcome;
use super::{Engine, Target};
use crate::error::{Outcome, RemoteError, SyncError};
use crate::progress::{Phase, Progress};
use crate::record::EntityKind;
use crate::report::{RunMode, SyncReport, keep_error};
use crate::source::{Change, ChangeCursor};
use crate::state::RunInfo;

/// Keys marked seen are flushed to the store in batches of this size.
const TOUCH_BATCH: usize = 256;

/// Source items read ahead of the writes: enough to cover a page fetch at the sink's pace
/// (64 writes are about 21 s at Notion's 3 per second), few enough to keep memory flat.
const READ_AHEAD: usize = 64;

/// What one source item led to.
enum ItemResult {
    Record {
        key: String,
        outcomes: Vec<Result<RecordOutcome, SyncError>>,
    },
    Checkpoint(ChangeCursor),
    SourceFailed(RemoteError),
}

impl Engine {
    /// Reconciles `entity`: a full pass when one is due (or no change feed or cursor
    /// exists), else an incremental run. With `dry_run`, writes nothing and reports what
    /// would have been written.
    pub async fn reconcile(&self, entity: &EntityKind) -> Result<SyncReport, SyncError> {
        self.reconcile_with(entity, false).await
    }

    /// Reconciles `entity` with a full pass, whatever the schedule says.
    pub async fn reconcile_full(&self, entity: &EntityKind) -> Result<SyncReport, SyncError> {
        self.reconcile_with(entity, true).await
    }

    async fn reconcile_with(
        &self,
        entity: &EntityKind,
        force_full: bool,
    ) -> Result<SyncReport, SyncError> {
        let started = self.clock.now();
        if self.options.dry_run {
            let plan = self.plan(entity).await?;
            let mut report = SyncReport::new(entity.clone());
            report.mode = RunMode::DryRun;
            report.created = plan.creates.len() as u64;
            report.updated = (plan.updates.len() + plan.restores.len()) as u64;
            report.trashed = plan.trashes.len() as u64;
            report.unchanged = plan.unchanged;
            report.skipped = plan.skipped;
            report.seen = report.created + report.updated + report.unchanged;
            report.duration = self.clock.now().saturating_duration_since(started);
            return Ok(report);
        }
        self.ensure_recovered().await?;
        let targets = self.targets(entity);
        let mut report = SyncReport::new(entity.clone());
        let mut info = self.store.run_info(entity).await?;
        // Take the run number durably first: a crashed run must not share its number with
        // the next one, or keys it marked seen would escape deletion detection.
        info.runs += 1;
        let run = info.runs;
        self.store.set_run_info(entity, info.clone()).await?;
        let cursor = self.store.cursor(entity).await?;
        let full = force_full || cursor.is_none() || self.full_pass_due(&info);
        let changes = match (&cursor, full) {
            (Some(c), false) => self.source.changes_since(entity, c),
            _ => None,
        };
        let full = full || changes.is_none();
        report.mode = if full {
            RunMode::Full
        } else {
            RunMode::Incremental
        };

        for t in &targets {
            self.ensure_indexed(entity, t).await?;
        }
        let checkpoint = if full {
            self.retry(|| self.source.checkpoint(entity))
                .await
                .map_err(SyncError::Source)?
        } else {
            None
        };
        // Rows written from here on (by pushed events, say) may belong to records the
        // listing cannot include: no deletion without proof for them this pass.
        let listing_started = self.now();
        let items = match changes {
            Some(changes) if !full => changes,
            _ => Box::pin(
                self.source
                    .stream_all(entity)
                    .map(|r| r.map(Change::Upsert)),
            ),
        };
        // End the stream right after its first error.
        let items = items.scan(false, |failed, item| {
            let out = if *failed { None } else { Some(item) };
            if matches!(out, Some(Err(_))) {
                *failed = true;
            }
            std::future::ready(out)
        });

        // The source is read ahead of the writes, into a bounded buffer, by a future of its
        // own: the next page is fetched while the last records of this one are still being
        // written, instead of after the writes run dry.
        let (ahead, mut behind) = tokio::sync::mpsc::channel(READ_AHEAD);
        let read = async move {
            let mut items = std::pin::pin!(items);
            while let Some(item) = items.next().await {
                if ahead.send(item).await.is_err() {
                    break;
                }
            }
        };
        let items = stream::poll_fn(move |cx| behind.poll_recv(cx));

        let mut last_checkpoint = None;
        let mut seen_batch: Vec<String> = Vec::new();
        let apply = async {
            let mut results = items
                .map(|item| self.process_item(entity, &targets, item))
                .buffer_unordered(self.options.concurrency);
            let mut progress = Progress::new(entity.clone(), Phase::Reading);
            while let Some(result) = results.next().await {
                match result {
                    ItemResult::Record { key, outcomes } => {
                        report.seen += 1;
                        for outcome in outcomes {
                            tally(&mut report, &key, outcome);
                        }
                        seen_batch.push(key);
                        if full && seen_batch.len() >= TOUCH_BATCH {
                            self.touch(&targets, &mut seen_batch, run).await?;
                        }
                        if report.seen.is_multiple_of(self.options.progress_every) {
                            self.emit(fill(&mut progress, &report));
                        }
                    }
                    ItemResult::Checkpoint(c) => last_checkpoint = Some(c),
                    ItemResult::SourceFailed(e) => {
                        report.source_failed = true;
                        keep_error(&mut report.errors, format!("source: {e}"));
                    }
                }
            }
            Ok::<_, SyncError>(progress)
        };
        // A failed write ends `apply`, which drops the buffer's receiving end: `read` then
        // stops at its next send.
        let ((), applied) = futures_util::future::join(read, apply).await;
        let mut progress = applied?;
        if full {
            self.touch(&targets, &mut seen_batch, run).await?;
            if !report.source_failed {
                progress.phase = Phase::Deleting;
                self.emit(fill(&mut progress, &report));
                self.delete_unseen(entity, &targets, run, listing_started, &mut report)
                    .await?;
                let retention = chrono::Duration::from_std(self.options.event_retention)
                    .unwrap_or(chrono::Duration::MAX);
                if let Some(before) = self.now().checked_sub_signed(retention) {
                    self.store.prune_processed(before).await?;
                }
            }
        }

        let mut next = info;
        if full {
            if report.is_clean() {
                next.runs_since_full = 0;
                next.last_full_pass = Some(self.now());
                next.needs_full = false;
                self.store.set_cursor(entity, checkpoint).await?;
            } else {
                next.needs_full = true;
            }
        } else {
            next.runs_since_full = next.runs_since_full.saturating_add(1);
            if report.is_clean()
                && let Some(c) = last_checkpoint
            {
                self.store.set_cursor(entity, Some(c)).await?;
            }
        }
        self.store.set_run_info(entity, next).await?;
        report.duration = self.clock.now().saturating_duration_since(started);
        progress.phase = Phase::Done;
        self.emit(fill(&mut progress, &report));
        tracing::info!(
            entity = %entity, mode = ?report.mode, seen = report.seen, created = report.created,
            updated = report.updated, unchanged = report.unchanged, trashed = report.trashed,
            failed = report.failed, "reconciled"
        );
        Ok(report)
    }

    fn full_pass_due(&self, info: &RunInfo) -> bool {
        if info.needs_full || info.last_full_pass.is_none() {
            return true;
        }
        if let Some(every) = self.options.full_pass_every_runs
            && info.runs_since_full >= every
        {
            return true;
        }
        match (self.options.full_pass_every, info.last_full_pass) {
            (Some(every), Some(last)) => {
                let age = (self.now() - last).to_std().unwrap_or(Duration::ZERO);
                age >= every
            }
            _ => false,
        }
    }

    async fn process_item(
        &self,
        entity: &EntityKind,
        targets: &[Target],
        item: Result<Change, RemoteError>,
    ) -> ItemResult {
        match item {
            Err(e) => ItemResult::SourceFailed(e),
            Ok(Change::Checkpoint(c)) => ItemResult::Checkpoint(c),
            Ok(Change::Upsert(record)) => {
                let mut outcomes = Vec::with_capacity(targets.len());
                for t in targets {
                    outcomes.push(self.upsert_record(t, &record, false).await);
                }
                ItemResult::Record {
                    key: record.id,
                    outcomes,
                }
            }
            Ok(Change::Delete(key)) => {
                let mut outcomes = Vec::with_capacity(targets.len());
                for t in targets {
                    outcomes.push(self.handle_missing(t, entity, &key, None).await);
                }
                ItemResult::Record { key, outcomes }
            }
        }
    }

    async fn touch(
        &self,
        targets: &[Target],
        keys: &mut Vec<String>,
        run: u64,
    ) -> Result<(), SyncError> {
        if keys.is_empty() {
            return Ok(());
        }
        let now = self.now();
        for t in targets {
            self.store.touch_rows(&t.table, keys, run, now).await?;
        }
        keys.clear();
        Ok(())
    }

    /// Applies the deletion policy to the keys this pass did not see, each only with proof
    /// that its record is gone: its state was written before `listing_started`, and a fetch
    /// by id (one per key, whatever the number of tables) does not find the record. A record
    /// the fetch finds is written instead; a failed fetch is a failure and deletes nothing.
    async fn delete_unseen(
        &self,
        entity: &EntityKind,
        targets: &[Target],
        run: u64,
        listing_started: DateTime<Utc>,
        report: &mut SyncReport,
    ) -> Result<(), SyncError> {
        let mut unseen: BTreeMap<String, Vec<Target>> = BTreeMap::new();
        for t in targets {
            for (key, state) in self.store.unseen_rows(&t.table, run).await? {
                if written_before(&state, listing_started) {
                    unseen.entry(key).or_default().push(t.clone());
                } else {
                    report.skipped += 1;
                }
            }
        }
        let mut results = stream::iter(unseen)
            .map(|(key, tables)| async move {
                let outcomes = self
                    .prove_gone(entity, &key, &tables, listing_started)
                    .await;
                (key, outcomes)
            })
            .buffer_unordered(self.options.concurrency);
        while let Some((key, outcomes)) = results.next().await {
            for outcome in outcomes {
                tally(report, &key, outcome);
            }
        }
        Ok(())
    }

    /// Fetches an unseen key's record: gone, apply the deletion policy to its rows; still
    /// there, write it.
    async fn prove_gone(
        &self,
        entity: &EntityKind,
        key: &str,
        tables: &[Target],
        listing_started: DateTime<Utc>,
    ) -> Vec<Result<RecordOutcome, SyncError>> {
        let record = match self.retry(|| self.source.fetch(entity, key)).await {
            Ok(record) => record,
            Err(e) => return vec![Err(SyncError::Source(e))],
        };
        let mut outcomes = Vec::with_capacity(tables.len());
        for t in tables {
            outcomes.push(match &record {
                Some(record) => {
                    tracing::debug!(entity = %entity, key, "unseen by the listing but still in the source");
                    self.upsert_record(t, record, false).await
                }
                None => self.trash_unseen(t, entity, key, listing_started).await,
            });
        }
        outcomes
    }

    /// On a table's first run, adopts the rows already in the sink so nothing is created
    /// twice.
    pub(crate) async fn ensure_indexed(
        &self,
        entity: &EntityKind,
        t: &Target,
    ) -> Result<(), SyncError> {
        if self.store.is_indexed(&t.table).await? {
            return Ok(());
        }
        self.emit(Progress::new(entity.clone(), Phase::Indexing));
        let rows = self.read_index(t).await?;
        for (key, row) in rows {
            let _guard = self.locks.lock(&t.table, &key).await;
            if self.store.get_row(&t.table, &key).await?.is_none() {
                self.store.put_row(&t.table, &key, row).await?;
            }
        }
        self.store.set_indexed(&t.table).await?;
        Ok(())
    }
}

/// Counts one record's outcome; a failure's message starts with the record's key.
fn tally(report: &mut SyncReport, key: &str, outcome: Result<RecordOutcome, SyncError>) {
    if let Err(e) = &outcome
        && e.outcome() == Outcome::Unknown
    {
        report.unknown_outcomes += 1;
    }
    match outcome {
        Ok(RecordOutcome::Created) => report.created += 1,
        Ok(RecordOutcome::Updated) => report.updated += 1,
        Ok(RecordOutcome::Unchanged) => report.unchanged += 1,
        Ok(RecordOutcome::Trashed) => report.trashed += 1,
        Ok(RecordOutcome::Skipped | RecordOutcome::Stale) => report.skipped += 1,
        Err(e) => report.fail(format!("{key}: {e}")),
    }
}

fn fill(progress: &mut Progress, report: &SyncReport) -> Progress {
    progress.seen = report.seen;
    progress.created = report.created;
    progress.updated = report.updated;
    progress.unchanged = report.unchanged;
    progress.trashed = report.trashed;
    progress.failed = report.failed;
    progress.clone()
}
