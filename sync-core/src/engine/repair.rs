//! Drift repair: make the sink agree with the state again after people touched it.
//!
//! [`Engine::verify_and_repair`] reads a table's whole index once and compares each key
//! with the state:
//!
//! | found in the sink | repair |
//! |---|---|
//! | row content differs from the hash last written (edited by hand) | rewrite from the source |
//! | row trashed, record still in the source | restore and rewrite |
//! | several live rows for one key | keep the one in state, trash the others |
//! | no row at all (deleted by hand) | create it again |
//! | a managed row the state does not know | adopt it, then rewrite or trash it |
//!
//! Content is compared through [`SinkRow::projection_hash`]; for sinks that cannot compute
//! it, a row edited after the engine last wrote it (by more than a two-second margin) is
//! treated as edited.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use futures_util::StreamExt;

use super::write::{RecordOutcome, pick_row};
use super::{DeletionPolicy, Engine, Target};
use crate::error::{Outcome, SyncError};
use crate::record::EntityKind;
use crate::report::RepairReport;
use crate::sink::SinkRow;
use crate::state::RowState;

/// Edits within this margin of the engine's own write are the engine's.
const EDIT_MARGIN: chrono::Duration = chrono::Duration::seconds(2);

/// Whether a row edited at `edited` was edited after the engine wrote it at `written`
/// (beyond [`EDIT_MARGIN`]). Saturates at the end of time instead of panicking: both
/// instants come from outside (the sink, the state file).
fn edited_after(edited: DateTime<Utc>, written: DateTime<Utc>) -> bool {
    written
        .checked_add_signed(EDIT_MARGIN)
        .is_some_and(|limit| edited > limit)
}

/// What repairing one key found.
#[derive(Debug, Default)]
struct Found {
    edited: bool,
    restored: bool,
    recreated: bool,
    adopted: bool,
    duplicates: u64,
    resync: bool,
}

impl Engine {
    /// Compares every managed row of `entity`'s tables with the state and repairs drift.
    pub async fn verify_and_repair(&self, entity: &EntityKind) -> Result<RepairReport, SyncError> {
        self.ensure_recovered().await?;
        let mut report = RepairReport::default();
        for t in self.targets(entity) {
            self.ensure_indexed(entity, &t).await?;
            let mut index: HashMap<String, Vec<SinkRow>> = HashMap::new();
            let mut rows = self.sink.load_index(&t.table);
            while let Some(row) = rows.next().await {
                let row = row.map_err(SyncError::Sink)?;
                if row.managed {
                    index.entry(row.key.clone()).or_default().push(row);
                }
            }
            drop(rows);
            let mut work: Vec<(String, Option<RowState>, Vec<SinkRow>)> = Vec::new();
            for (key, state) in self.store.rows(&t.table).await? {
                let rows = index.remove(&key).unwrap_or_default();
                work.push((key, Some(state), rows));
            }
            work.extend(index.into_iter().map(|(key, rows)| (key, None, rows)));
            for (key, state, rows) in work {
                report.checked += 1;
                match self.repair_key(&t, entity, &key, state, &rows).await {
                    Ok((found, outcome)) => {
                        report.rewritten += u64::from(found.edited);
                        report.restored += u64::from(found.restored);
                        report.recreated += u64::from(found.recreated);
                        report.adopted += u64::from(found.adopted);
                        report.duplicates_trashed += found.duplicates;
                        report.trashed += u64::from(outcome == Some(RecordOutcome::Trashed));
                    }
                    Err(e) => {
                        if e.outcome() == Outcome::Unknown {
                            report.unknown_outcomes += 1;
                        }
                        report.fail(format!("{key}: {e}"));
                    }
                }
            }
        }
        Ok(report)
    }

    async fn repair_key(
        &self,
        t: &Target,
        entity: &EntityKind,
        key: &str,
        state: Option<RowState>,
        rows: &[SinkRow],
    ) -> Result<(Found, Option<RecordOutcome>), SyncError> {
        let mut found = Found::default();
        {
            let _guard = self.locks.lock(&t.table, key).await;
            let keep = pick_row(rows, state.as_ref().map(|s| &s.row_id)).cloned();
            match (state, keep) {
                (None, None) => return Ok((found, None)),
                (Some(state), None) => {
                    if state.deleted {
                        // Gone from both sides: nothing to mirror.
                        return Ok((found, None));
                    }
                    self.store.remove_row(&t.table, key).await?;
                    found.recreated = true;
                    found.resync = true;
                }
                (state, Some(keep)) => {
                    for extra in rows
                        .iter()
                        .filter(|r| r.row_id != keep.row_id && !r.trashed)
                    {
                        if !self.options.dry_run {
                            self.retry(|| self.sink.trash(&t.table, &extra.row_id))
                                .await
                                .map_err(SyncError::Sink)?;
                        }
                        found.duplicates += 1;
                    }
                    let mut s = match state {
                        Some(s) if s.row_id == keep.row_id => s,
                        Some(mut s) => {
                            s.row_id = keep.row_id.clone();
                            s.hash = None;
                            s
                        }
                        None => {
                            found.adopted = true;
                            let mut s = RowState::new(keep.row_id.clone());
                            s.deleted = keep.trashed;
                            s
                        }
                    };
                    if s.deleted {
                        // The record is gone; a row untrashed by hand goes back to the trash.
                        if !keep.trashed && self.options.deletion == DeletionPolicy::Trash {
                            s.deleted = false;
                            found.resync = true;
                        }
                    } else {
                        if keep.trashed {
                            s.deleted = true;
                            found.restored = true;
                        }
                        let edited = match keep.projection_hash {
                            Some(h) => s.hash != Some(h),
                            None => match (keep.last_edited, s.last_written) {
                                (Some(edited), Some(written)) => edited_after(edited, written),
                                _ => false,
                            },
                        };
                        if edited {
                            s.hash = None;
                            found.edited = !found.adopted;
                        }
                    }
                    found.resync |=
                        found.adopted || found.restored || s.hash.is_none() || found.duplicates > 0;
                    if !self.options.dry_run {
                        self.store.put_row(&t.table, key, s).await?;
                    }
                }
            }
        }
        if !found.resync || self.options.dry_run {
            return Ok((found, None));
        }
        let outcome = self
            .sync_one(std::slice::from_ref(t), entity, key, None)
            .await?
            .into_iter()
            .next();
        if found.restored && outcome != Some(RecordOutcome::Updated) {
            // The record is gone too: the row rightly stays in the trash.
            found.restored = false;
        }
        Ok((found, outcome))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_detection_never_overflows() {
        let at = |secs| DateTime::from_timestamp(secs, 0).unwrap();
        assert!(!edited_after(at(1_002), at(1_000)), "within the margin");
        assert!(edited_after(at(1_003), at(1_000)));
        assert!(!edited_after(
            DateTime::<Utc>::MAX_UTC,
            DateTime::<Utc>::MAX_UTC
        ));
        assert!(edited_after(
            DateTime::<Utc>::MAX_UTC,
            DateTime::<Utc>::MIN_UTC
        ));
    }
}
