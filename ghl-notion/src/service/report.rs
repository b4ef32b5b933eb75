//! What a run reports, and what `status` shows.

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sync_core::engine::Plan;
use sync_core::report::{ApiStats, RepairReport, SyncReport};
use sync_core::state::RunInfo;

/// How much of GHL a run reads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SyncMode {
    /// Changes since the last run where GHL can list them (contacts), a full pass otherwise
    /// or when one is due (the default).
    #[default]
    Incremental,
    /// Every record, now; rows of records deleted in GHL are trashed in this run.
    Full,
}

/// What one `run_once` did, over every mirrored table.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RunReport {
    /// The mode asked for.
    pub mode: SyncMode,
    /// When the run started (real time).
    pub started_at: Option<DateTime<Utc>>,
    /// How long it took (real time).
    #[serde(with = "secs_f64")]
    pub duration: Duration,
    /// One report per mirrored entity.
    pub entities: Vec<SyncReport>,
    /// Writes left unfinished by an earlier run (a crash) and settled before this one.
    pub recovered: u64,
    /// Requests per API during the run (`ghl`, `notion`).
    pub api: BTreeMap<String, ApiStats>,
    /// Whether every entity was read to the end (a failed read leaves deletions for later).
    pub complete: bool,
    /// The drift repair run after the passes, when one was owed (writes with unknown
    /// outcomes) or scheduled (`schedule.repair_every`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repair: Option<RepairRun>,
    /// Whether `serve` ran it (a scheduled reconciliation round) rather than `sync`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub served: bool,
}

impl RunReport {
    /// Rows created, updated or trashed in Notion.
    pub fn writes(&self) -> u64 {
        self.entities.iter().map(SyncReport::writes).sum()
    }

    /// Records that could not be written (see [`RunReport::errors`]).
    pub fn failed(&self) -> u64 {
        self.entities.iter().map(|r| r.failed).sum()
    }

    /// The failures, each naming its entity (the repair's last).
    pub fn errors(&self) -> Vec<String> {
        let repairs = self.repair.iter().flat_map(|run| {
            run.entities.iter().flat_map(|(entity, r)| {
                r.errors
                    .iter()
                    .map(move |e| format!("{entity} (repair): {e}"))
            })
        });
        self.entities
            .iter()
            .flat_map(|r| {
                let entity = r.entity.as_ref().map_or("all", |e| e.as_str()).to_owned();
                r.errors.iter().map(move |e| format!("{entity}: {e}"))
            })
            .chain(repairs)
            .collect()
    }

    /// Whether everything was applied: read to the end, no record failed, no write left
    /// with an unknown outcome, and the repair (if one ran) fixed everything it found.
    pub fn is_clean(&self) -> bool {
        self.complete
            && self.failed() == 0
            && self.entities.iter().all(|r| r.unknown_outcomes == 0)
            && self.repair.as_ref().is_none_or(|r| r.failed() == 0)
    }
}

/// What a dry run would write, per mirrored entity.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlanReport {
    /// `(entity, plan)` per mirrored table.
    pub entities: Vec<(String, Plan)>,
}

impl PlanReport {
    /// Rows that would be created, rewritten, restored or trashed.
    pub fn writes(&self) -> usize {
        self.entities
            .iter()
            .map(|(_, p)| p.creates.len() + p.updates.len() + p.restores.len() + p.trashes.len())
            .sum()
    }
}

/// What one `repair` did, per mirrored entity.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RepairRun {
    /// `(entity, report)` per mirrored table.
    pub entities: Vec<(String, RepairReport)>,
}

impl RepairRun {
    /// Rows rewritten, restored, recreated or trashed.
    pub fn writes(&self) -> u64 {
        self.entities
            .iter()
            .map(|(_, r)| r.rewritten + r.restored + r.recreated + r.trashed + r.duplicates_trashed)
            .sum()
    }

    /// Rows that could not be repaired.
    pub fn failed(&self) -> u64 {
        self.entities.iter().map(|(_, r)| r.failed).sum()
    }
}

/// One mirrored table in [`Status`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableStatus {
    /// The GHL entity.
    pub entity: String,
    /// The Notion database title.
    pub title: String,
    /// Rows the state knows of (trashed ones included).
    pub rows: u64,
    /// The engine's run bookkeeping (runs, last full pass).
    pub runs: RunInfo,
    /// The change cursor an incremental run starts from, if any.
    pub cursor: Option<String>,
}

/// The GHL rate-limit headers last seen, saved at the end of a run.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Headroom {
    /// Requests left in the current 10 s window.
    pub burst_remaining: Option<u64>,
    /// The window's size.
    pub burst_max: Option<u64>,
    /// Requests left today.
    pub daily_remaining: Option<u64>,
    /// The daily budget.
    pub daily_max: Option<u64>,
}

/// Where the sync stands, read from the state store and the webhook journal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Status {
    /// Where it runs (a description, never a secret).
    pub target: String,
    /// Where the state lives.
    pub state: String,
    /// The mirrored tables.
    pub tables: Vec<TableStatus>,
    /// Writes begun and not finished (settled at the next start).
    pub pending_intents: u64,
    /// Webhook events acknowledged and not yet applied.
    pub queued_events: u64,
    /// The last runs, newest first.
    pub last_runs: Vec<RunReport>,
    /// GHL's rate-limit headroom at the end of the last run.
    pub ghl_headroom: Option<Headroom>,
}

/// Durations as seconds (a float) in JSON.
pub(crate) mod secs_f64 {
    use std::time::Duration;

    use serde::{Deserialize, Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(d.as_secs_f64())
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        let secs = f64::deserialize(d)?;
        Ok(Duration::try_from_secs_f64(secs).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sync_core::EntityKind;

    #[test]
    fn totals_and_cleanliness() {
        let mut a = SyncReport::new(EntityKind::new("contact"));
        a.created = 2;
        a.updated = 1;
        a.trashed = 1;
        let mut b = SyncReport::new(EntityKind::new("opportunity"));
        b.fail("boom");
        let mut report = RunReport {
            entities: vec![a, b],
            complete: true,
            ..RunReport::default()
        };
        assert_eq!(report.writes(), 4);
        assert_eq!(report.failed(), 1);
        assert_eq!(report.errors(), vec!["opportunity: boom".to_owned()]);
        assert!(!report.is_clean());
        report.entities.pop();
        assert!(report.is_clean());
        report.complete = false;
        assert!(!report.is_clean());
        let json = serde_json::to_string(&report).unwrap();
        assert_eq!(serde_json::from_str::<RunReport>(&json).unwrap(), report);
    }

    #[test]
    fn plan_and_repair_totals() {
        let plan = Plan {
            creates: vec!["a".into()],
            updates: vec!["b".into(), "c".into()],
            restores: vec!["d".into()],
            trashes: vec!["e".into()],
            ..Plan::default()
        };
        assert_eq!(
            PlanReport {
                entities: vec![("contact".into(), plan)]
            }
            .writes(),
            5
        );
        let repair = RepairReport {
            rewritten: 1,
            restored: 2,
            recreated: 3,
            trashed: 4,
            duplicates_trashed: 5,
            adopted: 100,
            failed: 7,
            ..RepairReport::default()
        };
        let run = RepairRun {
            entities: vec![("contact".into(), repair)],
        };
        assert_eq!(run.writes(), 15);
        assert_eq!(run.failed(), 7);
    }
}
