//! Every sink write, each announced as an intent first and recorded in state after.
//!
//! The order is always: take the key's lock, read state, decide, store an intent, call the
//! sink (through the engine's one retry loop), store the new state, clear the intent. A
//! crash at any point leaves either nothing or an intent that [`Engine::recover`] resolves.

use chrono::{DateTime, Utc};

use super::plan::{Decision, MissingDecision, decide, decide_missing, written_before};
use super::{DeletionPolicy, Engine, Target};
use crate::error::{Outcome, RemoteError, SyncError};
use crate::hash::ContentHash;
use crate::projection::{Projection, Value};
use crate::record::{EntityKind, SourceRecord};
use crate::sink::{EventRow, RowId, SinkRow, TableId};
use crate::state::{Intent, IntentOp, RowState};

/// What happened to one record in one table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RecordOutcome {
    Created,
    Updated,
    Unchanged,
    Trashed,
    /// The strategy skipped it, or the deletion policy keeps the row.
    Skipped,
    /// Older than what the state has already applied.
    Stale,
}

/// The row an update targets.
#[derive(Clone, Copy)]
struct RowWrite<'a> {
    table: &'a TableId,
    key: &'a str,
    entity: &'a EntityKind,
    row_id: &'a RowId,
    restore: bool,
}

/// Picks the row to keep among rows for one key: the one `prefer` names if present, else
/// the first live one, else the first.
pub(crate) fn pick_row<'a>(rows: &'a [SinkRow], prefer: Option<&RowId>) -> Option<&'a SinkRow> {
    prefer
        .and_then(|id| rows.iter().find(|r| &r.row_id == id))
        .or_else(|| rows.iter().find(|r| !r.trashed))
        .or_else(|| rows.first())
}

impl Engine {
    /// Adds engine-owned properties to a projection before hashing.
    pub(crate) fn prepare(&self, projection: &mut Projection) {
        if let DeletionPolicy::MarkDeleted(property) = &self.options.deletion {
            projection.set(property.clone(), Value::Checkbox(false));
        }
    }

    fn intent(&self, table: &TableId, key: &str, entity: &EntityKind, op: IntentOp) -> Intent {
        Intent {
            id: 0,
            table: table.clone(),
            key: key.to_owned(),
            entity: entity.clone(),
            op,
            projection_hash: None,
            row_id: None,
            event: None,
            started_at: self.now(),
        }
    }

    /// Reads the state of a key, first resolving an earlier create whose outcome is unknown
    /// (by looking the key up in the sink). Call with the key's lock held.
    pub(crate) async fn load_state(
        &self,
        table: &TableId,
        key: &str,
    ) -> Result<Option<RowState>, SyncError> {
        let state = self.store.get_row(table, key).await?;
        if state.is_some() || !self.is_unresolved(table, key) {
            return Ok(state);
        }
        let rows = self
            .retry(|| self.sink.find_by_key(table, key))
            .await
            .map_err(SyncError::Sink)?;
        let adopted = pick_row(&rows, None).map(|row| {
            let mut s = RowState::new(row.row_id.clone());
            s.deleted = row.trashed;
            // Written by an earlier attempt at an unknown time: count it as written now, so
            // a full pass running meanwhile does not take it for a leftover.
            s.last_written = Some(self.now());
            s
        });
        if let Some(s) = &adopted {
            self.store.put_row(table, key, s.clone()).await?;
        }
        self.mark_unresolved(table, key, false);
        Ok(adopted)
    }

    /// Brings the row of `record` in line with its projection.
    pub(crate) async fn upsert_record(
        &self,
        t: &Target,
        record: &SourceRecord,
        check_stale: bool,
    ) -> Result<RecordOutcome, SyncError> {
        let Some(mut projection) = t.strategy.project(record) else {
            return Ok(RecordOutcome::Skipped);
        };
        self.prepare(&mut projection);
        let hash = projection.content_hash();
        let key = record.id.as_str();
        let _guard = self.locks.lock(&t.table, key).await;
        let state = self.load_state(&t.table, key).await?;
        if check_stale
            && let (Some(new), Some(old)) = (
                record.updated_at,
                state.as_ref().and_then(|s| s.source_updated_at),
            )
            && new < old
        {
            return Ok(RecordOutcome::Stale);
        }
        let decision = decide(state.as_ref(), hash);
        if self.options.dry_run {
            return Ok(match decision {
                Decision::Create => RecordOutcome::Created,
                Decision::Update { .. } => RecordOutcome::Updated,
                Decision::Unchanged => RecordOutcome::Unchanged,
            });
        }
        let newest = |old: Option<DateTime<Utc>>| match (old, record.updated_at) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        match decision {
            Decision::Unchanged => {
                if let Some(mut s) = state
                    && record.updated_at.is_some()
                    && newest(s.source_updated_at) != s.source_updated_at
                {
                    s.source_updated_at = newest(s.source_updated_at);
                    self.store.put_row(&t.table, key, s).await?;
                }
                Ok(RecordOutcome::Unchanged)
            }
            Decision::Create => {
                t.strategy.stamp(&mut projection, self.now());
                let mut intent = self.intent(&t.table, key, &record.entity, IntentOp::Create);
                intent.projection_hash = Some(hash);
                let intent_id = self.store.begin_intent(intent).await?;
                let row_id = self
                    .create_row(&t.table, key, &projection, intent_id)
                    .await?;
                let mut s = RowState::new(row_id);
                s.hash = Some(hash);
                s.source_updated_at = record.updated_at;
                s.last_written = Some(self.now());
                self.store.put_row(&t.table, key, s).await?;
                self.store.finish_intent(intent_id).await?;
                Ok(RecordOutcome::Created)
            }
            Decision::Update { row_id, restore } => {
                t.strategy.stamp(&mut projection, self.now());
                let Some(s) = state else {
                    return Err(SyncError::Config("update decided without state".into()));
                };
                let updated_at = newest(s.source_updated_at);
                let write = RowWrite {
                    table: &t.table,
                    key,
                    entity: &record.entity,
                    row_id: &row_id,
                    restore,
                };
                self.update_row(write, &projection, hash, s, updated_at)
                    .await?;
                Ok(RecordOutcome::Updated)
            }
        }
    }

    /// Creates the row; on an unknown outcome, looks the key up before trying again, so a
    /// lost response never makes a second row. Leaves the intent pending (and the key
    /// marked for a lookup before any create) when the outcome cannot be settled.
    async fn create_row(
        &self,
        table: &TableId,
        key: &str,
        projection: &Projection,
        intent_id: u64,
    ) -> Result<RowId, SyncError> {
        let look_up = || async move {
            let rows = self.sink.find_by_key(table, key).await?;
            let found = pick_row(&rows, None).map(|row| row.row_id.clone());
            if found.is_some() {
                tracing::debug!(%table, key, "create outcome unknown; row found, adopting it");
            }
            Ok(found)
        };
        match self
            .retry_settled(|| self.sink.create(table, key, projection), Some(look_up))
            .await
        {
            Ok(row_id) => Ok(row_id),
            Err(error) if error.outcome == Outcome::Unknown => {
                self.mark_unresolved(table, key, true);
                Err(SyncError::Sink(error))
            }
            Err(error) => {
                // Nothing was created.
                self.store.finish_intent(intent_id).await?;
                Err(SyncError::Sink(error))
            }
        }
    }

    /// Restores (if asked) and rewrites a row, then stores its new state.
    async fn update_row(
        &self,
        w: RowWrite<'_>,
        projection: &Projection,
        hash: ContentHash,
        mut state: RowState,
        source_updated_at: Option<DateTime<Utc>>,
    ) -> Result<(), SyncError> {
        let mut intent = self.intent(w.table, w.key, w.entity, IntentOp::Update);
        intent.projection_hash = Some(hash);
        intent.row_id = Some(w.row_id.clone());
        let intent_id = self.store.begin_intent(intent).await?;
        let result = async {
            if w.restore {
                self.retry(|| self.sink.restore(w.table, w.row_id)).await?;
            }
            self.retry(|| self.sink.update(w.table, w.row_id, projection))
                .await
        }
        .await;
        match result {
            Ok(()) => {
                state.hash = Some(hash);
                state.deleted = false;
                state.last_written = Some(self.now());
                state.source_updated_at = source_updated_at;
                self.store.put_row(w.table, w.key, state).await?;
                self.store.finish_intent(intent_id).await?;
                Ok(())
            }
            Err(e) => {
                if e.outcome == Outcome::Unknown {
                    // The row may hold anything now: make the next pass rewrite it.
                    state.hash = None;
                    self.store.put_row(w.table, w.key, state).await?;
                }
                self.store.finish_intent(intent_id).await?;
                Err(SyncError::Sink(e))
            }
        }
    }

    /// Applies the deletion policy to the row of a record gone from the source.
    ///
    /// `deleted_at` (the deletion event's time, else now) is remembered as the record's
    /// newest time, so an older event delivered late cannot bring the row back.
    pub(crate) async fn handle_missing(
        &self,
        t: &Target,
        entity: &EntityKind,
        key: &str,
        deleted_at: Option<DateTime<Utc>>,
    ) -> Result<RecordOutcome, SyncError> {
        let _guard = self.locks.lock(&t.table, key).await;
        let Some(state) = self.load_state(&t.table, key).await? else {
            return Ok(RecordOutcome::Unchanged);
        };
        self.apply_missing(t, entity, key, state, deleted_at).await
    }

    /// Applies the deletion policy to the row of a key a full pass did not see and whose
    /// record a fetch did not find, unless the key's state was written after the pass's
    /// listing started at `listing_started` (a pushed event, say, wrote it meanwhile): that
    /// row is left for the next pass ([`RecordOutcome::Skipped`]).
    pub(crate) async fn trash_unseen(
        &self,
        t: &Target,
        entity: &EntityKind,
        key: &str,
        listing_started: DateTime<Utc>,
    ) -> Result<RecordOutcome, SyncError> {
        let _guard = self.locks.lock(&t.table, key).await;
        let Some(state) = self.load_state(&t.table, key).await? else {
            return Ok(RecordOutcome::Unchanged);
        };
        if !written_before(&state, listing_started) {
            return Ok(RecordOutcome::Skipped);
        }
        self.apply_missing(t, entity, key, state, None).await
    }

    /// [`Engine::handle_missing`] with the key's lock held and its state read.
    async fn apply_missing(
        &self,
        t: &Target,
        entity: &EntityKind,
        key: &str,
        mut state: RowState,
        deleted_at: Option<DateTime<Utc>>,
    ) -> Result<RecordOutcome, SyncError> {
        let decision = decide_missing(Some(&state), &self.options.deletion);
        if self.options.dry_run {
            return Ok(match decision {
                MissingDecision::Nothing => RecordOutcome::Unchanged,
                MissingDecision::Keep => RecordOutcome::Skipped,
                _ => RecordOutcome::Trashed,
            });
        }
        let (outcome, intent_id) = match decision {
            MissingDecision::Nothing => return Ok(RecordOutcome::Unchanged),
            MissingDecision::Keep => (RecordOutcome::Skipped, None),
            MissingDecision::Trash(row_id) => {
                let mut intent = self.intent(&t.table, key, entity, IntentOp::Trash);
                intent.row_id = Some(row_id.clone());
                let intent_id = self.store.begin_intent(intent).await?;
                if let Err(e) = self.retry(|| self.sink.trash(&t.table, &row_id)).await {
                    self.close_failed_policy_write(intent_id, &e).await?;
                    return Err(SyncError::Sink(e));
                }
                (RecordOutcome::Trashed, Some(intent_id))
            }
            MissingDecision::Mark(row_id, property) => {
                let mut intent = self.intent(&t.table, key, entity, IntentOp::Trash);
                intent.row_id = Some(row_id.clone());
                let intent_id = self.store.begin_intent(intent).await?;
                let marker = Projection::new().with(property, Value::Checkbox(true));
                if let Err(e) = self
                    .retry(|| self.sink.update(&t.table, &row_id, &marker))
                    .await
                {
                    self.close_failed_policy_write(intent_id, &e).await?;
                    return Err(SyncError::Sink(e));
                }
                state.hash = None;
                (RecordOutcome::Trashed, Some(intent_id))
            }
        };
        state.deleted = true;
        state.last_written = Some(self.now());
        let deleted_at = deleted_at.unwrap_or_else(|| self.now());
        state.source_updated_at = Some(
            state
                .source_updated_at
                .map_or(deleted_at, |t| t.max(deleted_at)),
        );
        self.store.put_row(&t.table, key, state).await?;
        if let Some(id) = intent_id {
            self.store.finish_intent(id).await?;
        }
        Ok(outcome)
    }

    /// Closes the intent of a deletion-policy write (trash or mark) that failed. If it
    /// certainly did not happen, the intent is cleared and the state left as it was: the
    /// next pass applies the policy again. If its outcome is unknown, the row may or may
    /// not be in the trash, which the state cannot say: the intent stays, and
    /// [recovery](Engine::recover) settles it before this engine's next operation
    /// (restore and rewrite if the record is back, apply the policy again if not).
    async fn close_failed_policy_write(
        &self,
        intent_id: u64,
        error: &RemoteError,
    ) -> Result<(), SyncError> {
        if error.outcome == Outcome::Unknown {
            self.mark_unsettled(intent_id, true);
            Ok(())
        } else {
            Ok(self.store.finish_intent(intent_id).await?)
        }
    }

    /// Fetches one record and brings its rows in line (or applies the deletion policy).
    ///
    /// `event_time` is the time of the event that asked for it, if any.
    pub(crate) async fn sync_one(
        &self,
        targets: &[Target],
        entity: &EntityKind,
        key: &str,
        event_time: Option<DateTime<Utc>>,
    ) -> Result<Vec<RecordOutcome>, SyncError> {
        let record = self
            .retry(|| self.source.fetch(entity, key))
            .await
            .map_err(SyncError::Source)?;
        let mut outcomes = Vec::with_capacity(targets.len());
        for t in targets {
            outcomes.push(match &record {
                Some(record) => self.upsert_record(t, record, false).await?,
                None => self.handle_missing(t, entity, key, event_time).await?,
            });
        }
        Ok(outcomes)
    }

    /// Appends an activity row once per event id. Returns whether a row was written.
    pub(crate) async fn append_logged(
        &self,
        table: &TableId,
        row: EventRow,
    ) -> Result<bool, SyncError> {
        let scope = log_scope(table);
        if self.store.is_processed(&scope, &row.event_id).await? {
            return Ok(false);
        }
        let event_key = event_key(&row.event_id);
        let _guard = self.locks.lock(table, &event_key).await;
        if self.store.is_processed(&scope, &row.event_id).await? {
            return Ok(false);
        }
        if self.options.dry_run {
            return Ok(true);
        }
        if self.is_unresolved(table, &event_key) {
            // An earlier append's outcome is unknown: look before appending again.
            let found = self
                .retry(|| self.sink.find_event(table, &row.event_id))
                .await
                .map_err(SyncError::Sink)?;
            self.mark_unresolved(table, &event_key, false);
            if found.is_some() {
                self.store
                    .mark_processed(&scope, &row.event_id, self.now())
                    .await?;
                return Ok(true);
            }
        }
        let mut intent = self.intent(table, &row.event_id, &row.entity, IntentOp::AppendEvent);
        intent.event = Some(row.clone());
        let intent_id = self.store.begin_intent(intent).await?;
        self.write_event(table, &row, intent_id).await?;
        self.store
            .mark_processed(&scope, &row.event_id, self.now())
            .await?;
        self.store.finish_intent(intent_id).await?;
        Ok(true)
    }

    /// Appends unless the row is already there; leaves the intent when unsure.
    pub(crate) async fn write_event(
        &self,
        table: &TableId,
        row: &EventRow,
        intent_id: u64,
    ) -> Result<(), SyncError> {
        let look_up = || self.sink.find_event(table, &row.event_id);
        match self
            .retry_settled(|| self.sink.append_event(table, row), Some(look_up))
            .await
        {
            Ok(_) => Ok(()),
            // Unsure: keep the intent for recovery, and look before any new append.
            Err(error) if error.outcome == Outcome::Unknown => {
                self.mark_unresolved(table, &event_key(&row.event_id), true);
                Err(SyncError::Sink(error))
            }
            Err(error) => {
                self.store.finish_intent(intent_id).await?;
                Err(SyncError::Sink(error))
            }
        }
    }
}

/// The key under which an activity row's event is locked and marked unresolved.
pub(crate) fn event_key(event_id: &str) -> String {
    format!("event:{event_id}")
}

/// The processed-events scope of an activity table.
pub(crate) fn log_scope(table: &TableId) -> String {
    format!("log:{table}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, trashed: bool) -> SinkRow {
        SinkRow {
            row_id: RowId(id.to_owned()),
            key: "k".to_owned(),
            trashed,
            last_edited: None,
            projection_hash: None,
            managed: true,
        }
    }

    #[test]
    fn pick_row_prefers_the_named_row_then_a_live_one_then_the_first() {
        let rows = [row("a", true), row("b", false), row("c", false)];
        let id = |r: Option<&SinkRow>| r.map(|r| r.row_id.0.clone());
        let cases: [(&[SinkRow], Option<&str>, Option<&str>); 7] = [
            (&rows, Some("c"), Some("c")),
            (&rows, Some("a"), Some("a")),
            (&rows, Some("missing"), Some("b")),
            (&rows, None, Some("b")),
            (&rows[..1], None, Some("a")),
            (&rows[..1], Some("missing"), Some("a")),
            (&[], None, None),
        ];
        for (rows, prefer, expected) in cases {
            let prefer = prefer.map(|p| RowId(p.to_owned()));
            assert_eq!(
                id(pick_row(rows, prefer.as_ref())),
                expected.map(str::to_owned),
                "prefer {prefer:?}"
            );
        }
    }

    #[test]
    fn event_keys_and_log_scopes_are_distinct_per_event_and_table() {
        assert_eq!(event_key("e1"), "event:e1");
        assert_ne!(event_key("e1"), event_key("e2"));
        assert_eq!(log_scope(&TableId::from("log")), "log:log");
        assert_ne!(
            log_scope(&TableId::from("a")),
            log_scope(&TableId::from("b"))
        );
    }
}
