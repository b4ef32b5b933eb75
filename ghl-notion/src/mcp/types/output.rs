//! What the tools return: the fields an assistant needs, bounded in size.

use schemars::JsonSchema;
use serde::Serialize;

/// A contact, the fields an assistant needs.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ContactOut {
    /// GHL id.
    pub id: String,
    /// Full name.
    pub name: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Company.
    pub company_name: Option<String>,
    /// Tags.
    pub tags: Vec<String>,
    /// When it was created (RFC 3339).
    pub date_added: Option<String>,
    /// When it last changed (RFC 3339).
    pub date_updated: Option<String>,
}

/// One page of contacts.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ContactPage {
    /// The contacts.
    pub contacts: Vec<ContactOut>,
    /// How many match, when GHL says.
    pub total: Option<u64>,
    /// Pass as `cursor` to read the next page; absent on the last.
    pub next_cursor: Option<String>,
}

/// An opportunity.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct OpportunityOut {
    /// GHL id.
    pub id: String,
    /// Name.
    pub name: Option<String>,
    /// Value.
    pub monetary_value: Option<f64>,
    /// `open`, `won`, `lost` or `abandoned`.
    pub status: Option<String>,
    /// Pipeline id.
    pub pipeline_id: Option<String>,
    /// Stage id.
    pub stage_id: Option<String>,
    /// The contact's id.
    pub contact_id: Option<String>,
    /// When it last changed (RFC 3339).
    pub updated_at: Option<String>,
}

/// One page of opportunities.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct OpportunityPage {
    /// The opportunities.
    pub opportunities: Vec<OpportunityOut>,
    /// How many match, when GHL says.
    pub total: Option<u64>,
    /// Pass as `cursor` to read the next page; absent on the last.
    pub next_cursor: Option<String>,
}

/// A pipeline stage.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct StageOut {
    /// Stage id.
    pub id: String,
    /// Name.
    pub name: Option<String>,
}

/// A pipeline and its stages, in order.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PipelineOut {
    /// Pipeline id.
    pub id: String,
    /// Name.
    pub name: Option<String>,
    /// Its stages.
    pub stages: Vec<StageOut>,
}

/// The location's pipelines.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PipelineList {
    /// The pipelines (at most 50).
    pub pipelines: Vec<PipelineOut>,
}

/// A task.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct TaskOut {
    /// GHL id.
    pub id: String,
    /// Title.
    pub title: Option<String>,
    /// Description (cut at 1000 characters).
    pub body: Option<String>,
    /// When it is due (RFC 3339).
    pub due: Option<String>,
    /// Whether it is done.
    pub completed: Option<bool>,
}

/// One page of a contact's tasks.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct TaskPage {
    /// The tasks.
    pub tasks: Vec<TaskOut>,
    /// Pass as `cursor` to read the next page; absent on the last.
    pub next_cursor: Option<String>,
}

/// A note.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct NoteOut {
    /// GHL id.
    pub id: String,
    /// Text (cut at 1000 characters).
    pub body: Option<String>,
    /// When it was added (RFC 3339).
    pub date_added: Option<String>,
}

/// One page of a contact's notes.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct NotePage {
    /// The notes.
    pub notes: Vec<NoteOut>,
    /// Pass as `cursor` to read the next page; absent on the last.
    pub next_cursor: Option<String>,
}

/// An appointment.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AppointmentOut {
    /// GHL id.
    pub id: String,
    /// Title.
    pub title: Option<String>,
    /// Calendar id.
    pub calendar_id: Option<String>,
    /// The contact's id.
    pub contact_id: Option<String>,
    /// Status (`confirmed`, `cancelled`, …).
    pub status: Option<String>,
    /// Start (RFC 3339).
    pub start: Option<String>,
    /// End (RFC 3339).
    pub end: Option<String>,
}

/// Upcoming appointments, soonest first.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AppointmentList {
    /// The appointments.
    pub appointments: Vec<AppointmentOut>,
    /// How many more there are in the window than were returned.
    pub more: u64,
}

/// One activity-log row.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ActivityOut {
    /// The event id (a webhook id, or `assistant-…` for writes made here).
    pub event_id: Option<String>,
    /// The kind of record.
    pub entity: Option<String>,
    /// What happened (`created`, `updated`, `stage_changed`, …).
    pub kind: Option<String>,
    /// The record's GHL id.
    pub record_id: Option<String>,
    /// The record's name (the row's title).
    pub record: Option<String>,
    /// Who did it (`assistant` for writes made through this server).
    pub actor: Option<String>,
    /// When (RFC 3339).
    pub occurred: Option<String>,
    /// The details (the event's payload, cut at 1000 characters).
    pub details: Option<String>,
}

/// One page of the activity log.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ActivityPage {
    /// The rows, newest first.
    pub events: Vec<ActivityOut>,
    /// Pass as `cursor` to read the next page; absent on the last.
    pub next_cursor: Option<String>,
}

/// One mirrored table in `sync_status`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct TableStatusOut {
    /// The GHL entity.
    pub entity: String,
    /// The Notion table's title.
    pub title: String,
    /// Rows the sync state knows of.
    pub rows: u64,
    /// Whether an incremental run has a cursor to start from.
    pub has_cursor: bool,
}

/// The last run in `sync_status`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct LastRunOut {
    /// `full` or `incremental`.
    pub mode: String,
    /// When it started (RFC 3339).
    pub started_at: Option<String>,
    /// Rows written.
    pub writes: u64,
    /// Records that failed.
    pub failed: u64,
    /// Whether every record could be read.
    pub complete: bool,
}

/// `sync_status`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SyncStatusOut {
    /// Where the sync runs (never a secret).
    pub target: String,
    /// The mirrored tables.
    pub tables: Vec<TableStatusOut>,
    /// Writes begun and not finished.
    pub pending_writes: u64,
    /// Webhook events received and not yet applied.
    pub queued_events: u64,
    /// The last runs, newest first (at most 5).
    pub last_runs: Vec<LastRunOut>,
    /// GHL requests left in the current burst window, when known.
    pub ghl_burst_remaining: Option<u64>,
    /// GHL requests left today, when known.
    pub ghl_daily_remaining: Option<u64>,
}

/// What a sync would change in one table.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct TablePlanOut {
    /// The GHL entity.
    pub entity: String,
    /// Rows that would be created.
    pub creates: u64,
    /// Rows that would be rewritten.
    pub updates: u64,
    /// Rows that would be restored from the trash.
    pub restores: u64,
    /// Rows that would be trashed.
    pub trashes: u64,
    /// Records already up to date.
    pub unchanged: u64,
    /// The first record ids that would change (at most 20).
    pub sample: Vec<String>,
}

/// `sync_plan` (and `run_sync` with `dry_run`).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SyncPlanOut {
    /// Per table.
    pub tables: Vec<TablePlanOut>,
    /// Rows a full pass would write in all.
    pub writes: u64,
}

/// What a write tool did, or with `dry_run` would do.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct WriteOut {
    /// True when nothing was written.
    pub dry_run: bool,
    /// The action in words (`create contact`, `move opportunity o-1 to stage s-2`).
    pub action: String,
    /// The request body that is (or would be) sent to GHL.
    pub request: serde_json::Value,
    /// The id of the record written (absent on a dry run of a create).
    pub record_id: Option<String>,
    /// Whether the write was logged to the Notion activity log.
    pub logged: bool,
}

/// `run_sync` without `dry_run`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SyncRunOut {
    /// Records read.
    pub seen: u64,
    /// Rows created.
    pub created: u64,
    /// Rows rewritten.
    pub updated: u64,
    /// Rows trashed.
    pub trashed: u64,
    /// Records that failed (retried on the next run).
    pub failed: u64,
    /// Whether every record could be read.
    pub complete: bool,
    /// Whether the run was logged to the Notion activity log.
    pub logged: bool,
}

/// `run_sync`: the plan on a dry run, the report after a real one.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct RunSyncOut {
    /// True when nothing was written.
    pub dry_run: bool,
    /// What a full pass would write (dry run).
    pub plan: Option<SyncPlanOut>,
    /// What the run did.
    pub report: Option<SyncRunOut>,
}
