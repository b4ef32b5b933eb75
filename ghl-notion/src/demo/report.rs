//! [`DemoReport`]: what the demo did and whether the mirror matches GHL.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use super::crm::{WebhookCounts, compare};
use crate::service::RunReport;

/// Requests one API client sent during the demo.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct RequestCounts {
    /// HTTP attempts sent (retries included).
    pub requests: u64,
    /// Attempts that were retries.
    pub retries: u64,
    /// Throttling answers (429).
    pub throttled: u64,
}

/// One mirrored table compared with GHL at the end of the demo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MirrorCheck {
    /// The GHL entity.
    pub entity: String,
    /// The Notion database title.
    pub title: String,
    /// Records in GHL.
    pub records: u64,
    /// Live (not trashed) rows in Notion.
    pub rows: u64,
    /// Records without a row.
    pub missing: Vec<String>,
    /// Rows whose record is not in GHL.
    pub extra: Vec<String>,
    /// Records with more than one row.
    pub duplicates: Vec<String>,
}

impl MirrorCheck {
    /// Compares the ids of GHL's `records` with the keys of Notion's live `rows`.
    pub fn compare(entity: String, title: String, records: &[String], rows: &[String]) -> Self {
        let [missing, extra, duplicates] = compare(records, rows);
        Self {
            entity,
            title,
            records: records.len() as u64,
            rows: rows.len() as u64,
            missing,
            extra,
            duplicates,
        }
    }

    /// Whether every record has exactly one live row and every live row its record.
    pub fn matches(&self) -> bool {
        self.missing.is_empty() && self.extra.is_empty() && self.duplicates.is_empty()
    }
}

/// What [`run`](super::run) did (see the [module docs](super)).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DemoReport {
    /// CRM changes made.
    pub changes_played: usize,
    /// What each change was.
    pub changes: Vec<String>,
    /// The sandbox's webhook deliveries (`/_sandbox/stats`).
    pub webhooks: WebhookCounts,
    /// Webhook events the ingress accepted and queued (repeated deliveries of one webhook are
    /// turned away before this).
    pub events_received: u64,
    /// Event groups the service applied to Notion.
    pub events_applied: u64,
    /// Queued events the engine found already applied.
    pub duplicates_ignored: u64,
    /// Reconciliation rounds: those while serving, plus the final full pass.
    pub reconciliations: u64,
    /// Failures while serving and in the final pass.
    pub failures: u64,
    /// Their messages (the first few while serving, all of the final pass).
    pub errors: Vec<String>,
    /// The final full reconciliation, which heals what dropped webhooks missed.
    pub final_run: RunReport,
    /// Each mirrored table compared with GHL.
    pub tables: Vec<MirrorCheck>,
    /// Requests per API (`ghl`, `notion`) over the whole demo.
    pub requests: BTreeMap<String, RequestCounts>,
    /// Wall time, in seconds.
    pub seconds: f64,
    /// How many times faster than real time the sandbox ran.
    pub time_scale: f64,
}

impl DemoReport {
    /// Whether every mirrored table matches GHL.
    pub fn mirror_matches(&self) -> bool {
        !self.tables.is_empty() && self.tables.iter().all(MirrorCheck::matches)
    }
}

impl fmt::Display for DemoReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let examples: Vec<&str> = self.changes.iter().take(3).map(String::as_str).collect();
        writeln!(
            f,
            "CRM user      {} changes, e.g. {}",
            self.changes_played,
            examples.join("; ")
        )?;
        let w = &self.webhooks;
        writeln!(
            f,
            "webhooks      {} published · {} delivered · {} dropped on purpose · {} duplicated on purpose · {} lost",
            w.published,
            w.delivered,
            w.dropped,
            w.duplicated,
            w.lost + w.exhausted
        )?;
        writeln!(
            f,
            "service       {} events queued ({} repeated deliveries turned away at the door) · {} applied · {} duplicates ignored · {} reconciliations · {} failures",
            self.events_received,
            w.delivered.saturating_sub(self.events_received),
            self.events_applied,
            self.duplicates_ignored,
            self.reconciliations,
            self.failures
        )?;
        for r in &self.final_run.entities {
            writeln!(
                f,
                "final pass    {:<12} seen {:>4} · created {:>3} · updated {:>3} · unchanged {:>4} · trashed {:>3} · failed {:>3}",
                r.entity.as_ref().map_or("all", |e| e.as_str()),
                r.seen,
                r.created,
                r.updated,
                r.unchanged,
                r.trashed,
                r.failed
            )?;
        }
        for error in self.errors.iter().take(5) {
            writeln!(f, "  error: {error}")?;
        }
        let requests: Vec<String> = self
            .requests
            .iter()
            .map(|(api, r)| {
                format!(
                    "{api} {} ({} retries, {} throttled)",
                    r.requests, r.retries, r.throttled
                )
            })
            .collect();
        writeln!(f, "requests      {}", requests.join(" · "))?;
        for t in &self.tables {
            write!(
                f,
                "mirror check  {:<12} {:>4} records in GHL · {:>4} live rows in Notion ({})",
                t.entity, t.records, t.rows, t.title
            )?;
            if t.matches() {
                writeln!(f, " ✓")?;
            } else {
                writeln!(
                    f,
                    " ✗ {} missing, {} extra, {} duplicated",
                    t.missing.len(),
                    t.extra.len(),
                    t.duplicates.len()
                )?;
            }
        }
        write!(
            f,
            "result        {} in {:.1} s (sandbox time ×{})",
            if self.mirror_matches() {
                "the mirror matches GHL"
            } else {
                "the mirror does NOT match GHL"
            },
            self.seconds,
            self.time_scale
        )
    }
}
