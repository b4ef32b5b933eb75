//! Pushed events (webhooks): log each once, and mirror the change unless it is stale.
//!
//! For each event not seen before, every event strategy appends one activity row (never
//! two for one event id, even across redeliveries, crashes and lost responses). Then the
//! record's mirrored rows are brought up to date:
//!
//! - an event older than what the state has already applied for that record is **stale**
//!   and changes nothing (webhooks arrive out of order);
//! - a single event that carries the full record with its `updated_at` is applied as is;
//! - otherwise (no payload, no timestamp, a deletion, or a burst of several events) the
//!   record is fetched from the source once, which is always right.

use std::collections::BTreeMap;

use super::Engine;
use super::write::RecordOutcome;
use crate::error::SyncError;
use crate::record::{EntityKind, EventKind, SourceEvent};
use crate::report::Applied;

/// The processed-events scope for whole events.
const PUSH_SCOPE: &str = "push";

impl Engine {
    /// Applies one pushed event. Applying the same event id again does nothing.
    pub async fn apply_event(&self, event: &SourceEvent) -> Result<Applied, SyncError> {
        self.apply_events(std::slice::from_ref(event)).await
    }

    /// Applies a batch of pushed events. Events about the same record are collapsed: each is
    /// logged, but the record is fetched and written once.
    ///
    /// On error, no event of the batch is marked processed, so redelivering it is safe and
    /// completes the work (activity rows already written are not written again). A write
    /// whose effect stayed unknown shows as [`SyncError::outcome`] being
    /// [`Outcome::Unknown`](crate::error::Outcome::Unknown) (a drift repair is due); an
    /// [`Applied`] is only returned once every write settled.
    pub async fn apply_events(&self, events: &[SourceEvent]) -> Result<Applied, SyncError> {
        self.ensure_recovered().await?;
        let mut applied = Applied::default();
        let mut fresh: Vec<&SourceEvent> = Vec::new();
        for event in events {
            if self.store.is_processed(PUSH_SCOPE, &event.event_id).await?
                || fresh.iter().any(|e| e.event_id == event.event_id)
            {
                applied.duplicates += 1;
            } else {
                fresh.push(event);
            }
        }
        for event in &fresh {
            for (strategy, table) in self.log_strategies(&event.entity) {
                if let Some(row) = strategy.event_row(event, event.record.as_ref())
                    && self.append_logged(&table, row).await?
                {
                    applied.logged += 1;
                }
            }
        }
        let mut groups: BTreeMap<(EntityKind, String), Vec<&SourceEvent>> = BTreeMap::new();
        for event in &fresh {
            groups
                .entry((event.entity.clone(), event.record_id.clone()))
                .or_default()
                .push(event);
        }
        for ((entity, record_id), group) in groups {
            self.mirror_group(&entity, &record_id, &group, &mut applied)
                .await?;
        }
        if !self.options.dry_run {
            let now = self.now();
            for event in &fresh {
                self.store
                    .mark_processed(PUSH_SCOPE, &event.event_id, now)
                    .await?;
            }
        }
        Ok(applied)
    }

    /// Re-reads one record from the source and brings its rows in line.
    pub async fn refresh(
        &self,
        entity: &EntityKind,
        record_id: &str,
    ) -> Result<Applied, SyncError> {
        self.ensure_recovered().await?;
        let mut applied = Applied {
            fetched: true,
            ..Applied::default()
        };
        let targets = self.targets(entity);
        for outcome in self.sync_one(&targets, entity, record_id, None).await? {
            count(&mut applied, outcome);
        }
        Ok(applied)
    }

    async fn mirror_group(
        &self,
        entity: &EntityKind,
        record_id: &str,
        group: &[&SourceEvent],
        applied: &mut Applied,
    ) -> Result<(), SyncError> {
        let targets = self.targets(entity);
        if targets.is_empty() {
            return Ok(());
        }
        // Stale for every table: nothing to do, not even a fetch.
        let mut all_stale = true;
        for t in &targets {
            let seen = self
                .store
                .get_row(&t.table, record_id)
                .await?
                .and_then(|s| s.source_updated_at);
            let stale = group
                .iter()
                .all(|e| matches!((e.effective_time(), seen), (Some(at), Some(seen)) if at < seen));
            all_stale &= stale;
        }
        if all_stale {
            applied.stale += targets.len() as u64;
            return Ok(());
        }
        let usable = match group {
            [one] if one.kind != EventKind::Deleted => one
                .record
                .as_ref()
                .filter(|r| r.updated_at.is_some() && r.id == record_id && &r.entity == entity),
            _ => None,
        };
        match usable {
            Some(record) => {
                for t in &targets {
                    count(applied, self.upsert_record(t, record, true).await?);
                }
            }
            None => {
                applied.fetched = true;
                let newest = group.iter().filter_map(|e| e.effective_time()).max();
                for outcome in self.sync_one(&targets, entity, record_id, newest).await? {
                    count(applied, outcome);
                }
            }
        }
        Ok(())
    }
}

fn count(applied: &mut Applied, outcome: RecordOutcome) {
    match outcome {
        RecordOutcome::Created => applied.created += 1,
        RecordOutcome::Updated => applied.updated += 1,
        RecordOutcome::Unchanged | RecordOutcome::Skipped => applied.unchanged += 1,
        RecordOutcome::Trashed => applied.trashed += 1,
        RecordOutcome::Stale => applied.stale += 1,
    }
}
