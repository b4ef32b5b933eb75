//! Opportunities: the record, the `GET /opportunities/search` query (snake_case and
//! camelCase names mixed, as the API wants them), and the create / update / status / upsert
//! bodies.
//!
//! Custom fields are read as `[{id, fieldValue}]` ([`OpportunityCustomField`]) and written
//! as `[{id | key, field_value}]` ([`CustomFieldInput`](crate::models::common::CustomFieldInput)).
//!
//! ```
//! use ghl_client::models::opportunity::{OpportunitySearch, OpportunityStatus};
//!
//! let search = OpportunitySearch::new()
//!     .pipeline_id("pipe_1")
//!     .status(OpportunityStatus::Open)
//!     .limit(100);
//! let query = serde_json::to_value(&search).unwrap();
//! assert_eq!(query["pipeline_id"], "pipe_1");
//! assert_eq!(query["status"], "open");
//! ```

mod search;
mod write;

pub use search::*;
pub use write::*;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ids::{
    ContactId, CustomFieldId, LocationId, OpportunityId, PipelineId, PipelineStageId, UserId,
};
use crate::models::common::{CustomFieldValue, opt_f64, opt_timestamp};

string_enum! {
    /// An opportunity's status.
    pub enum OpportunityStatus {
        /// Open.
        Open = "open",
        /// Won.
        Won = "won",
        /// Lost.
        Lost = "lost",
        /// Abandoned.
        Abandoned = "abandoned",
        /// Any status: a search filter value, never a record's status.
        All = "all",
    }
}

/// An opportunity, as search and get return it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Opportunity {
    /// The opportunity's id.
    pub id: OpportunityId,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Value in the location's currency.
    #[serde(default, with = "opt_f64", skip_serializing_if = "Option::is_none")]
    pub monetary_value: Option<f64>,
    /// The pipeline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline_id: Option<PipelineId>,
    /// The stage within the pipeline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline_stage_id: Option<PipelineStageId>,
    /// The assigned user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<UserId>,
    /// Status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OpportunityStatus>,
    /// Source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// When the status last changed.
    #[serde(
        default,
        with = "opt_timestamp",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_status_change_at: Option<DateTime<Utc>>,
    /// When the stage last changed.
    #[serde(
        default,
        with = "opt_timestamp",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_stage_change_at: Option<DateTime<Utc>>,
    /// Last action.
    #[serde(
        default,
        with = "opt_timestamp",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_action_date: Option<DateTime<Utc>>,
    /// Search-index version (a number or a string).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index_version: Option<Value>,
    /// When the opportunity was created.
    #[serde(
        default,
        with = "opt_timestamp",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<Utc>>,
    /// When the opportunity was last changed.
    #[serde(
        default,
        with = "opt_timestamp",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<Utc>>,
    /// The contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<ContactId>,
    /// The location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<LocationId>,
    /// A summary of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<OpportunityContact>,
    /// Notes (with `getNotes=true`), untyped.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Value>,
    /// Tasks (with `getTasks=true`), untyped.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<Value>,
    /// Calendar events (with `getCalendarEvents=true`), untyped.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub calendar_events: Vec<Value>,
    /// Lost reason, for lost opportunities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lost_reason_id: Option<String>,
    /// Custom field values, in the read shape `{id, fieldValue}`.
    #[serde(default)]
    pub custom_fields: Vec<OpportunityCustomField>,
    /// Follower user ids (kept as JSON; the spec leaves the items untyped).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub followers: Vec<Value>,
    /// Id of a linked external object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_object_id: Option<String>,
    /// Search cursor of this record (`POST /opportunities/search` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_after: Option<Vec<Value>>,
    /// Fields this crate does not know, kept for round-trips.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Opportunity {
    /// The value of one custom field, if set.
    pub fn custom_field(&self, id: &CustomFieldId) -> Option<&CustomFieldValue> {
        self.custom_fields
            .iter()
            .find(|f| &f.id == id)
            .and_then(|f| f.field_value.as_ref())
    }
}

/// The contact summary embedded in an opportunity.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OpportunityContact {
    /// The contact's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<ContactId>,
    /// Full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Company name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    /// Email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Phone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A custom field value as opportunities return it: `{ "id", "fieldValue" }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OpportunityCustomField {
    /// The field's id.
    pub id: CustomFieldId,
    /// The value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_value: Option<CustomFieldValue>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
