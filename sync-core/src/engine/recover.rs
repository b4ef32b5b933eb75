//! Crash recovery: resolve the intents a stopped process left behind.
//!
//! An intent is stored before each sink write and cleared after its result is stored, so a
//! leftover intent marks a write whose outcome is unknown. Recovery settles each one by
//! asking the sink, never by guessing:
//!
//! - **Create**: look the key up. If a row exists, adopt it (trashing any extra live rows
//!   for the key); then fetch the record and write it if it differs. If none exists, fetch
//!   the record and create it if the source still has it.
//! - **Update / Trash**: forget the stored hash and fetch the record, so its row is written
//!   again (or the deletion policy applied again); both writes are idempotent.
//! - **AppendEvent**: look the event id up; append the stored row only if it is absent.
//!
//! A trash or mark whose outcome stayed unknown after the retries leaves its intent too, and
//! the engine settles it the same way before its next operation, without waiting for a
//! restart.
//!
//! An intent that cannot be settled (the sink is down) stays for the next attempt, and its
//! key (or event id) is looked up before any create (or append), so no duplicate can appear
//! meanwhile.

use std::collections::HashSet;

use super::Engine;
use super::write::{event_key, log_scope, pick_row};
use crate::error::SyncError;
use crate::report::RecoveryReport;
use crate::state::{Intent, IntentOp, RowState};

impl Engine {
    /// Resolves every pending intent. Safe to call at any time, and called by the other
    /// operations on first use.
    pub async fn recover(&self) -> Result<RecoveryReport, SyncError> {
        let mut done = self.recovered.lock().await;
        let report = self.recover_pending(None).await?;
        *done = report.unresolved == 0;
        Ok(report)
    }

    /// Resolves the pending intents, or only those named by `only`.
    pub(crate) async fn recover_pending(
        &self,
        only: Option<&HashSet<u64>>,
    ) -> Result<RecoveryReport, SyncError> {
        let mut intents = self.store.pending_intents().await?;
        if let Some(only) = only {
            intents.retain(|intent| only.contains(&intent.id));
        }
        let mut report = RecoveryReport {
            pending: intents.len() as u64,
            ..RecoveryReport::default()
        };
        for intent in intents {
            match self.resolve(&intent, &mut report).await {
                Ok(()) => {
                    self.store.finish_intent(intent.id).await?;
                    self.mark_unsettled(intent.id, false);
                }
                Err(e) => {
                    tracing::warn!(table = %intent.table, key = %intent.key, op = ?intent.op, error = %e, "intent left unresolved");
                    match intent.op {
                        IntentOp::Create => self.mark_unresolved(&intent.table, &intent.key, true),
                        IntentOp::AppendEvent => {
                            self.mark_unresolved(&intent.table, &event_key(&intent.key), true);
                        }
                        IntentOp::Update | IntentOp::Trash => {}
                    }
                    report.unresolved += 1;
                }
            }
        }
        if report.pending > 0 {
            tracing::info!(?report, "recovery finished");
        }
        Ok(report)
    }

    async fn resolve(&self, intent: &Intent, report: &mut RecoveryReport) -> Result<(), SyncError> {
        if intent.op == IntentOp::AppendEvent {
            let Some(row) = &intent.event else {
                return Ok(());
            };
            let found = self
                .retry(|| self.sink.find_event(&intent.table, &row.event_id))
                .await
                .map_err(SyncError::Sink)?;
            if found.is_some() {
                report.adopted += 1;
            } else {
                self.write_event(&intent.table, row, intent.id).await?;
                report.replayed += 1;
            }
            let scope = log_scope(&intent.table);
            self.store
                .mark_processed(&scope, &row.event_id, self.now())
                .await?;
            self.mark_unresolved(&intent.table, &event_key(&row.event_id), false);
            return Ok(());
        }
        let Some(target) = self.target_for(&intent.table, &intent.entity) else {
            // The strategy is gone; nothing to reconcile against.
            return Ok(());
        };
        {
            let _guard = self.locks.lock(&intent.table, &intent.key).await;
            let state = self.store.get_row(&intent.table, &intent.key).await?;
            if intent.op == IntentOp::Create {
                let rows = self
                    .retry(|| self.sink.find_by_key(&intent.table, &intent.key))
                    .await
                    .map_err(SyncError::Sink)?;
                let keep = pick_row(&rows, state.as_ref().map(|s| &s.row_id)).cloned();
                if let Some(keep) = keep {
                    for extra in rows
                        .iter()
                        .filter(|r| r.row_id != keep.row_id && !r.trashed && r.managed)
                    {
                        self.retry(|| self.sink.trash(&intent.table, &extra.row_id))
                            .await
                            .map_err(SyncError::Sink)?;
                    }
                    // What the state knows of the record (its newest time, when a pass
                    // last saw it) stays; the row is the one found.
                    let mut s = state.unwrap_or_else(|| RowState::new(keep.row_id.clone()));
                    s.row_id = keep.row_id.clone();
                    s.hash = None;
                    s.deleted = keep.trashed;
                    self.store.put_row(&intent.table, &intent.key, s).await?;
                    report.adopted += 1;
                }
            } else if let Some(mut s) = state {
                s.hash = None;
                if intent.op == IntentOp::Trash {
                    // The trash may or may not have happened. If the record is back, restore
                    // and rewrite; if it is gone, apply the policy again.
                    let record = self
                        .retry(|| self.source.fetch(&intent.entity, &intent.key))
                        .await
                        .map_err(SyncError::Source)?;
                    s.deleted = record.is_some();
                }
                self.store.put_row(&intent.table, &intent.key, s).await?;
            }
            self.mark_unresolved(&intent.table, &intent.key, false);
        }
        self.sync_one(
            std::slice::from_ref(&target),
            &intent.entity,
            &intent.key,
            None,
        )
        .await?;
        report.replayed += 1;
        Ok(())
    }
}
