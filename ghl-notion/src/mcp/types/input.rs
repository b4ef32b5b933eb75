//! What the tools take. Unknown fields are refused, so a misspelt argument is an error the
//! assistant sees, not a silent default.

use schemars::JsonSchema;
use serde::Deserialize;

/// `search_contacts`.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SearchContactsInput {
    /// Free text matched against name, email, phone and company.
    #[serde(default)]
    pub query: Option<String>,
    /// Contacts per call (1–50, default 20).
    #[serde(default)]
    pub limit: Option<u32>,
    /// The `next_cursor` of the previous call, to read the next page.
    #[serde(default)]
    pub cursor: Option<String>,
    /// The GHL location (sub-account); only for agency credentials. Default: the configured one.
    #[serde(default)]
    pub location: Option<String>,
}

/// A tool that takes one record id.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IdInput {
    /// The record's GHL id.
    pub id: String,
    /// The GHL location (sub-account); only for agency credentials. Default: the configured one.
    #[serde(default)]
    pub location: Option<String>,
}

/// `search_opportunities`.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SearchOpportunitiesInput {
    /// Free text matched against the opportunity and its contact.
    #[serde(default)]
    pub query: Option<String>,
    /// Only this pipeline.
    #[serde(default)]
    pub pipeline_id: Option<String>,
    /// Only this stage.
    #[serde(default)]
    pub stage_id: Option<String>,
    /// Only this contact's opportunities.
    #[serde(default)]
    pub contact_id: Option<String>,
    /// Opportunities per call (1–50, default 20).
    #[serde(default)]
    pub limit: Option<u32>,
    /// The `next_cursor` of the previous call.
    #[serde(default)]
    pub cursor: Option<String>,
    /// The GHL location (sub-account); only for agency credentials. Default: the configured one.
    #[serde(default)]
    pub location: Option<String>,
}

/// A tool that only takes the location.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocationInput {
    /// The GHL location (sub-account); only for agency credentials. Default: the configured one.
    #[serde(default)]
    pub location: Option<String>,
}

/// `list_tasks` and `list_notes`: a contact's tasks or notes.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ContactItemsInput {
    /// The contact's GHL id.
    pub contact_id: String,
    /// Items per call (1–50, default 20).
    #[serde(default)]
    pub limit: Option<u32>,
    /// The `next_cursor` of the previous call.
    #[serde(default)]
    pub cursor: Option<String>,
    /// The GHL location (sub-account); only for agency credentials. Default: the configured one.
    #[serde(default)]
    pub location: Option<String>,
}

/// `upcoming_appointments`: a contact's or a calendar's appointments from now on.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AppointmentsInput {
    /// A contact's appointments (give this or `calendar_id`).
    #[serde(default)]
    pub contact_id: Option<String>,
    /// A calendar's appointments (give this or `contact_id`).
    #[serde(default)]
    pub calendar_id: Option<String>,
    /// How many days ahead to look (1–90, default 14).
    #[serde(default)]
    pub days: Option<u32>,
    /// Appointments per call (1–50, default 20).
    #[serde(default)]
    pub limit: Option<u32>,
    /// The GHL location (sub-account); only for agency credentials. Default: the configured one.
    #[serde(default)]
    pub location: Option<String>,
}

/// `recent_activity`: rows of the Notion activity log, newest first.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActivityInput {
    /// Only events about this record (its GHL id).
    #[serde(default)]
    pub record_id: Option<String>,
    /// Only events about this kind of record: `contact`, `opportunity`, `task`, `note`,
    /// `appointment`.
    #[serde(default)]
    pub entity: Option<String>,
    /// Only events of this kind: `created`, `updated`, `deleted`, or another name
    /// (`stage_changed`, `note_added`).
    #[serde(default)]
    pub kind: Option<String>,
    /// Only events at or after this instant (RFC 3339, e.g. `2026-12-01T00:00:00Z`).
    #[serde(default)]
    pub since: Option<String>,
    /// Rows per call (1–50, default 20).
    #[serde(default)]
    pub limit: Option<u32>,
    /// The `next_cursor` of the previous call.
    #[serde(default)]
    pub cursor: Option<String>,
    /// Accepted for uniformity; the activity log is the configured one.
    #[serde(default)]
    pub location: Option<String>,
}

/// `create_contact`.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateContactInput {
    /// First name.
    #[serde(default)]
    pub first_name: Option<String>,
    /// Last name.
    #[serde(default)]
    pub last_name: Option<String>,
    /// Email.
    #[serde(default)]
    pub email: Option<String>,
    /// Phone, E.164 (`+15551234567`).
    #[serde(default)]
    pub phone: Option<String>,
    /// Company name.
    #[serde(default)]
    pub company_name: Option<String>,
    /// Tags.
    #[serde(default)]
    pub tags: Option<Vec<String>>,
    /// Only describe the write (default true); `false` writes.
    #[serde(default)]
    pub dry_run: Option<bool>,
    /// The GHL location (sub-account); only for agency credentials. Default: the configured one.
    #[serde(default)]
    pub location: Option<String>,
}

/// `update_contact`: only the fields given change.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateContactInput {
    /// The contact's GHL id.
    pub id: String,
    /// First name.
    #[serde(default)]
    pub first_name: Option<String>,
    /// Last name.
    #[serde(default)]
    pub last_name: Option<String>,
    /// Email.
    #[serde(default)]
    pub email: Option<String>,
    /// Phone, E.164.
    #[serde(default)]
    pub phone: Option<String>,
    /// Only describe the write (default true); `false` writes.
    #[serde(default)]
    pub dry_run: Option<bool>,
    /// The GHL location (sub-account); only for agency credentials. Default: the configured one.
    #[serde(default)]
    pub location: Option<String>,
}

/// `add_note`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AddNoteInput {
    /// The contact's GHL id.
    pub contact_id: String,
    /// The note's text.
    pub body: String,
    /// Only describe the write (default true); `false` writes.
    #[serde(default)]
    pub dry_run: Option<bool>,
    /// The GHL location (sub-account); only for agency credentials. Default: the configured one.
    #[serde(default)]
    pub location: Option<String>,
}

/// `add_task`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AddTaskInput {
    /// The contact's GHL id.
    pub contact_id: String,
    /// The task's title.
    pub title: String,
    /// More detail.
    #[serde(default)]
    pub body: Option<String>,
    /// When it is due (RFC 3339).
    pub due: String,
    /// Only describe the write (default true); `false` writes.
    #[serde(default)]
    pub dry_run: Option<bool>,
    /// The GHL location (sub-account); only for agency credentials. Default: the configured one.
    #[serde(default)]
    pub location: Option<String>,
}

/// `move_opportunity`: to another stage (of its pipeline, or of `pipeline_id`).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MoveOpportunityInput {
    /// The opportunity's GHL id.
    pub id: String,
    /// The stage to move it to (`list_pipelines` lists them).
    pub stage_id: String,
    /// The pipeline of that stage, when it is another pipeline.
    #[serde(default)]
    pub pipeline_id: Option<String>,
    /// Only describe the write (default true); `false` writes.
    #[serde(default)]
    pub dry_run: Option<bool>,
    /// The GHL location (sub-account); only for agency credentials. Default: the configured one.
    #[serde(default)]
    pub location: Option<String>,
}

/// `run_sync`.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RunSyncInput {
    /// Read every record and trash the rows of deleted ones (default: changes since the last run).
    #[serde(default)]
    pub full: Option<bool>,
    /// Only show the plan (default true); `false` runs the sync.
    #[serde(default)]
    pub dry_run: Option<bool>,
    /// Accepted for uniformity; the sync runs on the configured location.
    #[serde(default)]
    pub location: Option<String>,
}
