//! What the admin address shows: one [`Dashboard`], rendered as the status page (`/`),
//! served as JSON (`/status.json`) and printed by `ghl-notion status --admin URL`.
//!
//! Everything here is safe to show: record ids, entity names and table titles, never a
//! token, a header or a record's field values.

use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Everything the status page shows, at one instant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dashboard {
    /// When this snapshot was taken (real time).
    pub generated_at: DateTime<Utc>,
    /// Where the service runs (a description, never a secret), e.g. `the embedded sandbox`.
    pub target: String,
    /// Where the state lives.
    pub state: String,
    /// How long the service has been up.
    #[serde(with = "crate::service::secs_f64")]
    pub uptime: Duration,
    /// The page reloads itself every this many seconds.
    pub refresh_secs: u32,
    /// `/readyz`'s verdict and its checks.
    pub readiness: Readiness,
    /// The mirrored tables.
    pub tables: Vec<TableRow>,
    /// The last runs (reconciliation rounds, repairs), newest first.
    pub runs: Vec<RunRow>,
    /// The last failures, newest first.
    pub failures: Vec<FailureRow>,
    /// Rate-limit headroom, one bar per API and window.
    pub headroom: Vec<HeadroomBar>,
    /// Notion writes (rows created, updated or trashed, activity entries appended) per
    /// minute over the last hour, oldest first; the last entry is the current minute.
    pub writes_per_minute: Vec<u64>,
    /// Webhook deliveries by outcome, since the service started.
    pub webhooks: WebhookCounts,
    /// Webhook events acknowledged and waiting to be applied.
    pub queue_depth: u64,
    /// Writes begun and not finished.
    pub pending_intents: u64,
}

/// `/readyz`'s verdict.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Readiness {
    /// Whether every check passed.
    pub ready: bool,
    /// Each check, in a stable order.
    pub checks: Vec<ReadyCheck>,
}

/// One readiness check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadyCheck {
    /// Short and stable: `state store`, `ghl credentials`, `notion credentials`,
    /// `webhook listener`, `reconciliation`.
    pub name: String,
    /// Whether it passed.
    pub ok: bool,
    /// What was found (the reason when it failed).
    pub detail: String,
}

/// One mirrored table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableRow {
    /// The GHL entity, e.g. `contact`.
    pub entity: String,
    /// The Notion database title.
    pub title: String,
    /// Rows the state knows of.
    pub rows: u64,
}

/// What kind of run a [`RunRow`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunKind {
    /// A scheduled reconciliation round.
    Reconcile,
    /// A drift repair.
    Repair,
    /// A `ghl-notion sync` run (read from the state store).
    Sync,
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunOutcome {
    /// Everything applied.
    Ok,
    /// Finished, with some records failed or left for later.
    Partial,
    /// The run itself failed.
    Failed,
}

/// One run, summed over its entities.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunRow {
    /// When it started (real time).
    pub started_at: DateTime<Utc>,
    /// What kind of run.
    pub kind: RunKind,
    /// How it ended.
    pub outcome: RunOutcome,
    /// How long it took.
    #[serde(with = "crate::service::secs_f64")]
    pub duration: Duration,
    /// The entities it covered, e.g. `contact, opportunity`.
    pub entities: String,
    /// Records read.
    pub seen: u64,
    /// Rows created.
    pub created: u64,
    /// Rows updated (rewritten, restored, recreated for a repair).
    pub updated: u64,
    /// Rows trashed.
    pub trashed: u64,
    /// Records that failed.
    pub failed: u64,
}

/// One failure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FailureRow {
    /// When it was seen (real time).
    pub at: DateTime<Utc>,
    /// The entity, e.g. `contact`, or `webhooks` / `service`.
    pub entity: String,
    /// The record's id when the failure is about one record.
    pub record: Option<String>,
    /// The error, redacted.
    pub error: String,
}

/// One rate-limit bar: how much of a window's budget is left.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeadroomBar {
    /// `ghl` or `notion`.
    pub api: String,
    /// The window, e.g. `10 s window`, `today`, `per second`.
    pub window: String,
    /// Requests left, when known.
    pub remaining: Option<u64>,
    /// The window's budget, when known.
    pub max: Option<u64>,
}

impl HeadroomBar {
    /// The share left, 0.0 to 1.0, when both numbers are known.
    pub fn fraction_left(&self) -> Option<f64> {
        match (self.remaining, self.max) {
            (Some(left), Some(max)) if max > 0 => Some((left.min(max)) as f64 / max as f64),
            _ => None,
        }
    }
}

/// Webhook deliveries by outcome.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebhookCounts {
    /// Verified and journaled (answered 200).
    pub accepted: u64,
    /// Seen before (answered 200, nothing stored again).
    pub duplicate: u64,
    /// Refused: bad signature, stale or future timestamp, malformed or oversize (4xx).
    pub refused: u64,
    /// Not stored, GHL asked to retry (429).
    pub retry_later: u64,
    /// Event groups applied to Notion.
    pub applied: u64,
    /// Event groups that failed to apply.
    pub failed: u64,
}
