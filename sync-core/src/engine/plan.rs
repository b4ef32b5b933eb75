//! The write decisions as pure functions, and the dry-run plan built from them.
//!
//! [`decide`] turns the stored state of a key and the hash of its new projection into the
//! one write needed; [`decide_missing`] does the same for a record gone from the source;
//! [`written_before`] says whether a full pass may look for proof that an unseen key's
//! record is gone.
//! [`Engine::plan`] runs them over a whole entity kind without writing.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use futures_util::StreamExt;
use serde::{Deserialize, Serialize};

use super::{DeletionPolicy, Engine, Target};
use crate::error::{RemoteError, SyncError};
use crate::hash::ContentHash;
use crate::record::EntityKind;
use crate::sink::RowId;
use crate::state::RowState;

/// The write a present record needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// No row yet: create one.
    Create,
    /// The row differs (or was deleted by policy): write it, restoring it first if asked.
    Update {
        /// The row to write.
        row_id: RowId,
        /// Whether to take it out of the trash first.
        restore: bool,
    },
    /// The row already holds this content.
    Unchanged,
}

/// Decides the write for a record whose projection hashes to `hash`.
pub fn decide(state: Option<&RowState>, hash: ContentHash) -> Decision {
    match state {
        None => Decision::Create,
        Some(s) if s.deleted => Decision::Update {
            row_id: s.row_id.clone(),
            restore: true,
        },
        Some(s) if s.hash == Some(hash) => Decision::Unchanged,
        Some(s) => Decision::Update {
            row_id: s.row_id.clone(),
            restore: false,
        },
    }
}

/// The write a record gone from the source needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MissingDecision {
    /// Nothing: no row, or the policy was already applied.
    Nothing,
    /// Trash the row.
    Trash(RowId),
    /// Set the checkbox property on the row.
    Mark(RowId, String),
    /// Keep the row, but remember the record is gone.
    Keep,
}

/// Decides what to do with the row of a record that is gone.
pub fn decide_missing(state: Option<&RowState>, policy: &DeletionPolicy) -> MissingDecision {
    match state {
        None => MissingDecision::Nothing,
        Some(s) if s.deleted => MissingDecision::Nothing,
        Some(s) => match policy {
            DeletionPolicy::Trash => MissingDecision::Trash(s.row_id.clone()),
            DeletionPolicy::MarkDeleted(property) => {
                MissingDecision::Mark(s.row_id.clone(), property.clone())
            }
            DeletionPolicy::Keep => MissingDecision::Keep,
        },
    }
}

/// Whether the state of a key was last written at or before `listing_started`, the moment
/// a full pass began listing the source (a key never written counts as written before).
///
/// Only such a key, unseen by the pass, is worth a fetch to prove its record gone. A key
/// written later may belong to a record created after the listing began (a pushed event
/// wrote its row meanwhile), which the listing could not include; it waits for the next pass.
pub fn written_before(state: &RowState, listing_started: DateTime<Utc>) -> bool {
    state.last_written.is_none_or(|at| at <= listing_started)
}

/// What a reconciliation would write, by key.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// Keys that would get a new row.
    pub creates: Vec<String>,
    /// Keys whose row would be rewritten.
    pub updates: Vec<String>,
    /// Keys whose row would be restored from the trash and rewritten.
    pub restores: Vec<String>,
    /// Keys whose row the deletion policy would trash or mark (a real full pass first
    /// fetches each record to prove it gone).
    pub trashes: Vec<String>,
    /// Records already up to date.
    pub unchanged: u64,
    /// Records the strategies skipped.
    pub skipped: u64,
}

impl Engine {
    /// What a full reconciliation of `entity` would write now, writing nothing (neither to
    /// the sink nor to the state store). Tables never indexed are read from the sink.
    pub async fn plan(&self, entity: &EntityKind) -> Result<Plan, SyncError> {
        let targets = self.targets(entity);
        let mut plan = Plan::default();
        // Per table: the stored state, or the sink's index for a table never indexed.
        let mut virtual_rows: Vec<Option<HashMap<String, RowState>>> = Vec::new();
        for t in &targets {
            virtual_rows.push(if self.store.is_indexed(&t.table).await? {
                None
            } else {
                Some(self.read_index(t).await?)
            });
        }
        let mut seen: HashSet<String> = HashSet::new();
        let mut records = self.source.stream_all(entity);
        while let Some(record) = records.next().await {
            let record = record.map_err(SyncError::Source)?;
            seen.insert(record.id.clone());
            for (t, rows) in targets.iter().zip(&virtual_rows) {
                let Some(mut projection) = t.strategy.project(&record) else {
                    plan.skipped += 1;
                    continue;
                };
                self.prepare(&mut projection);
                let state = match rows {
                    Some(rows) => rows.get(&record.id).cloned(),
                    None => self.store.get_row(&t.table, &record.id).await?,
                };
                match decide(state.as_ref(), projection.content_hash()) {
                    Decision::Create => plan.creates.push(record.id.clone()),
                    Decision::Update { restore: true, .. } => plan.restores.push(record.id.clone()),
                    Decision::Update { .. } => plan.updates.push(record.id.clone()),
                    Decision::Unchanged => plan.unchanged += 1,
                }
            }
        }
        for (t, rows) in targets.iter().zip(virtual_rows) {
            let known: Vec<(String, RowState)> = match rows {
                Some(rows) => rows.into_iter().collect(),
                None => self.store.rows(&t.table).await?,
            };
            for (key, state) in known {
                if seen.contains(&key) {
                    continue;
                }
                if decide_missing(Some(&state), &self.options.deletion) != MissingDecision::Nothing
                {
                    plan.trashes.push(key);
                }
            }
        }
        for list in [
            &mut plan.creates,
            &mut plan.updates,
            &mut plan.restores,
            &mut plan.trashes,
        ] {
            list.sort();
        }
        Ok(plan)
    }

    /// The sink's managed rows of a table as state, without storing anything.
    /// A retryable failure restarts the read (through the engine's retry policy).
    pub(crate) async fn read_index(
        &self,
        t: &Target,
    ) -> Result<HashMap<String, RowState>, SyncError> {
        self.retry(|| self.read_index_once(t))
            .await
            .map_err(SyncError::Sink)
    }

    async fn read_index_once(&self, t: &Target) -> Result<HashMap<String, RowState>, RemoteError> {
        let mut rows: HashMap<String, RowState> = HashMap::new();
        let mut index = self.sink.load_index(&t.table);
        while let Some(row) = index.next().await {
            let row = row?;
            if !row.managed {
                continue;
            }
            // Prefer a live row over a trashed one for the same key.
            if rows.get(&row.key).is_some_and(|s| !s.deleted) {
                continue;
            }
            let mut state = RowState::new(row.row_id);
            state.hash = row.projection_hash;
            state.deleted = row.trashed;
            rows.insert(row.key, state);
        }
        Ok(rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(hash: Option<u64>, deleted: bool) -> RowState {
        let mut s = RowState::new(RowId::from("r"));
        s.hash = hash.map(ContentHash);
        s.deleted = deleted;
        s
    }

    #[test]
    fn decide_table() {
        let h = ContentHash(7);
        let update = |restore| Decision::Update {
            row_id: RowId::from("r"),
            restore,
        };
        let cases = [
            (None, Decision::Create),
            (Some(state(Some(7), false)), Decision::Unchanged),
            (Some(state(Some(8), false)), update(false)),
            (Some(state(None, false)), update(false)),
            (Some(state(Some(7), true)), update(true)),
        ];
        for (s, expected) in cases {
            assert_eq!(decide(s.as_ref(), h), expected, "{s:?}");
        }
    }

    #[test]
    fn written_before_table() {
        let start = DateTime::from_timestamp(1_000, 0).unwrap();
        let at = |secs| {
            let mut s = state(Some(1), false);
            s.last_written = DateTime::from_timestamp(secs, 0);
            s
        };
        let never = state(Some(1), false);
        assert!(written_before(&never, start), "never written: adopted rows");
        assert!(written_before(&at(999), start));
        assert!(
            written_before(&at(1_000), start),
            "the same instant counts as before"
        );
        assert!(
            !written_before(&at(1_001), start),
            "written during the pass"
        );
    }

    #[test]
    fn decide_missing_table() {
        let live = state(Some(1), false);
        let gone = state(Some(1), true);
        let r = RowId::from("r");
        let mark = DeletionPolicy::MarkDeleted("Deleted".into());
        assert_eq!(
            decide_missing(None, &DeletionPolicy::Trash),
            MissingDecision::Nothing
        );
        assert_eq!(
            decide_missing(Some(&gone), &DeletionPolicy::Trash),
            MissingDecision::Nothing
        );
        assert_eq!(
            decide_missing(Some(&live), &DeletionPolicy::Trash),
            MissingDecision::Trash(r.clone())
        );
        assert_eq!(
            decide_missing(Some(&live), &mark),
            MissingDecision::Mark(r, "Deleted".into())
        );
        assert_eq!(
            decide_missing(Some(&live), &DeletionPolicy::Keep),
            MissingDecision::Keep
        );
    }
}
