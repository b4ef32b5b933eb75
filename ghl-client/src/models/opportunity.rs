//! Opportunities: the record, the `GET /opportunities/search` query (snake_case and
//! camelCase names mixed, as the API wants them), and the create / update / status / upsert
//! bodies.
//!
//! Custom fields are read as `[{id, fieldValue}]` ([`OpportunityCustomField`]) and written
//! as `[{id | key, field_value}]` ([`CustomFieldInput`]).
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

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ids::{
    ContactId, CustomFieldId, LocationId, OpportunityId, PipelineId, PipelineStageId, UserId,
};
use crate::models::common::{CustomFieldInput, CustomFieldValue, PageMeta, opt_f64, opt_timestamp};

/// Most results `GET /opportunities/search` returns per page.
pub const MAX_SEARCH_LIMIT: u32 = 100;
/// Its default page size.
pub const DEFAULT_SEARCH_LIMIT: u32 = 20;

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

/// The query of `GET /opportunities/search`. Serializes to the exact parameter names
/// (`location_id`, `pipeline_id`... but `campaignId`, `startAfter`, `getTasks`...).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OpportunitySearch {
    /// `location_id`; defaults to the client's location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<LocationId>,
    /// `q`: free-text query.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// `pipeline_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline_id: Option<PipelineId>,
    /// `pipeline_stage_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline_stage_id: Option<PipelineStageId>,
    /// `contact_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<ContactId>,
    /// `status` (`all` for any).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OpportunityStatus>,
    /// `assigned_to`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<UserId>,
    /// `campaignId`.
    #[serde(
        rename = "campaignId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub campaign_id: Option<String>,
    /// `id`: one opportunity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<OpportunityId>,
    /// `order`, e.g. `added_asc` / `added_desc`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<String>,
    /// `date`: start of the date filter, `mm-dd-yyyy`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// `endDate`: end of the date filter, `mm-dd-yyyy`.
    #[serde(rename = "endDate", default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    /// `country`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// `startAfter`: cursor, epoch milliseconds.
    #[serde(
        rename = "startAfter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub start_after: Option<i64>,
    /// `startAfterId`: cursor id.
    #[serde(
        rename = "startAfterId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub start_after_id: Option<String>,
    /// `page`: page number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// `limit`: page size (default 20, at most 100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// `getTasks`: embed tasks.
    #[serde(rename = "getTasks", default, skip_serializing_if = "Option::is_none")]
    pub get_tasks: Option<bool>,
    /// `getNotes`: embed notes.
    #[serde(rename = "getNotes", default, skip_serializing_if = "Option::is_none")]
    pub get_notes: Option<bool>,
    /// `getCalendarEvents`: embed calendar events.
    #[serde(
        rename = "getCalendarEvents",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub get_calendar_events: Option<bool>,
}

setters!(OpportunitySearch {
    location_id: LocationId,
    q: String,
    pipeline_id: PipelineId,
    pipeline_stage_id: PipelineStageId,
    contact_id: ContactId,
    status: OpportunityStatus,
    assigned_to: UserId,
    campaign_id: String,
    id: OpportunityId,
    order: String,
    country: String,
    get_tasks: bool,
    get_notes: bool,
    get_calendar_events: bool,
});

impl OpportunitySearch {
    /// A search of the client's location with the default page size.
    pub fn new() -> Self {
        Self::default()
    }

    /// Page size, clamped to 1..=100.
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = Some(limit.clamp(1, MAX_SEARCH_LIMIT));
        self
    }

    /// Asks for this page number.
    pub fn page(mut self, page: u32) -> Self {
        self.page = Some(page);
        self
    }

    /// Filters by date, written as GHL wants it (`mm-dd-yyyy`).
    pub fn date_range(mut self, from: NaiveDate, to: NaiveDate) -> Self {
        self.date = Some(from.format("%m-%d-%Y").to_string());
        self.end_date = Some(to.format("%m-%d-%Y").to_string());
        self
    }

    /// Starts after this cursor.
    pub fn start_after(mut self, start_after: i64, start_after_id: impl Into<String>) -> Self {
        self.start_after = Some(start_after);
        self.start_after_id = Some(start_after_id.into());
        self
    }

    /// The page size in effect (the API's default when unset).
    pub fn effective_limit(&self) -> u32 {
        self.limit.unwrap_or(DEFAULT_SEARCH_LIMIT)
    }
}

/// The answer of `GET /opportunities/search`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OpportunitySearchResponse {
    /// The opportunities.
    #[serde(default)]
    pub opportunities: Vec<Opportunity>,
    /// Paging metadata with the next cursor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<PageMeta>,
    /// Aggregations, untyped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregations: Option<Value>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The body of `POST /opportunities/`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewOpportunity {
    /// The pipeline.
    pub pipeline_id: PipelineId,
    /// The location; defaults to the client's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<LocationId>,
    /// Name.
    pub name: String,
    /// The stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline_stage_id: Option<PipelineStageId>,
    /// Status.
    pub status: OpportunityStatus,
    /// The contact.
    pub contact_id: ContactId,
    /// Value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monetary_value: Option<f64>,
    /// The assigned user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<UserId>,
    /// Custom field values, in the write shape.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Vec<CustomFieldInput>>,
}

impl NewOpportunity {
    /// An open opportunity for `contact_id` in `pipeline_id`.
    pub fn new(
        pipeline_id: impl Into<PipelineId>,
        name: impl Into<String>,
        contact_id: impl Into<ContactId>,
    ) -> Self {
        Self {
            pipeline_id: pipeline_id.into(),
            location_id: None,
            name: name.into(),
            pipeline_stage_id: None,
            status: OpportunityStatus::Open,
            contact_id: contact_id.into(),
            monetary_value: None,
            assigned_to: None,
            custom_fields: None,
        }
    }

    /// Sets `status`.
    pub fn status(mut self, status: OpportunityStatus) -> Self {
        self.status = status;
        self
    }
}

setters!(NewOpportunity {
    location_id: LocationId,
    pipeline_stage_id: PipelineStageId,
    monetary_value: f64,
    assigned_to: UserId,
    custom_fields: Vec<CustomFieldInput>,
});

/// The body of `PUT /opportunities/{id}`: only the fields set are changed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateOpportunity {
    /// The pipeline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline_id: Option<PipelineId>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline_stage_id: Option<PipelineStageId>,
    /// Status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OpportunityStatus>,
    /// Value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monetary_value: Option<f64>,
    /// The assigned user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<UserId>,
    /// Custom field values, in the write shape.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Vec<CustomFieldInput>>,
}

impl UpdateOpportunity {
    /// An update that changes nothing yet.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(UpdateOpportunity {
    pipeline_id: PipelineId,
    name: String,
    pipeline_stage_id: PipelineStageId,
    status: OpportunityStatus,
    monetary_value: f64,
    assigned_to: UserId,
    custom_fields: Vec<CustomFieldInput>,
});

/// The body of `PUT /opportunities/{id}/status`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StatusUpdate {
    /// The new status.
    pub status: OpportunityStatus,
    /// Why it was lost.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lost_reason_id: Option<String>,
}

impl StatusUpdate {
    /// A change to `status`.
    pub fn new(status: OpportunityStatus) -> Self {
        Self {
            status,
            lost_reason_id: None,
        }
    }

    /// A change to `lost`, with a reason.
    pub fn lost(reason_id: impl Into<String>) -> Self {
        Self {
            status: OpportunityStatus::Lost,
            lost_reason_id: Some(reason_id.into()),
        }
    }
}

impl From<OpportunityStatus> for StatusUpdate {
    fn from(status: OpportunityStatus) -> Self {
        Self::new(status)
    }
}

string_enum! {
    /// What an upsert does with `followers`.
    pub enum FollowersAction {
        /// Adds the listed followers.
        Add = "add",
        /// Removes the listed followers.
        Remove = "remove",
    }
}

/// The body of `POST /opportunities/upsert`. With `id` it updates that opportunity;
/// otherwise GHL matches by contact and pipeline (creating one if none matches).
///
/// The spec lists `followers`, `isRemoveAllFollowers` and `followersActionType` as
/// required; they are optional here and only sent when set. `contactId` and
/// `customFields` are not in the spec's schema but are accepted like on create.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpsertOpportunity {
    /// The opportunity to update, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<OpportunityId>,
    /// The pipeline.
    pub pipeline_id: PipelineId,
    /// The location; defaults to the client's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<LocationId>,
    /// The contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<ContactId>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OpportunityStatus>,
    /// The stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline_stage_id: Option<PipelineStageId>,
    /// Value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monetary_value: Option<f64>,
    /// The assigned user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<UserId>,
    /// Why it was lost.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lost_reason_id: Option<String>,
    /// Follower user ids.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub followers: Option<Vec<UserId>>,
    /// Remove every follower.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_remove_all_followers: Option<bool>,
    /// Whether `followers` are added or removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub followers_action_type: Option<FollowersAction>,
    /// Custom field values, in the write shape.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Vec<CustomFieldInput>>,
}

impl UpsertOpportunity {
    /// An upsert in `pipeline_id`.
    pub fn new(pipeline_id: impl Into<PipelineId>) -> Self {
        Self {
            id: None,
            pipeline_id: pipeline_id.into(),
            location_id: None,
            contact_id: None,
            name: None,
            status: None,
            pipeline_stage_id: None,
            monetary_value: None,
            assigned_to: None,
            lost_reason_id: None,
            followers: None,
            is_remove_all_followers: None,
            followers_action_type: None,
            custom_fields: None,
        }
    }
}

setters!(UpsertOpportunity {
    id: OpportunityId,
    location_id: LocationId,
    contact_id: ContactId,
    name: String,
    status: OpportunityStatus,
    pipeline_stage_id: PipelineStageId,
    monetary_value: f64,
    assigned_to: UserId,
    lost_reason_id: String,
    followers: Vec<UserId>,
    is_remove_all_followers: bool,
    followers_action_type: FollowersAction,
    custom_fields: Vec<CustomFieldInput>,
});

/// `{ "opportunity": ... }`, the answer of get, create and update.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpportunityResponse {
    /// The opportunity.
    pub opportunity: Opportunity,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The answer of `POST /opportunities/upsert`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpsertOpportunityResponse {
    /// The opportunity after the upsert.
    pub opportunity: Opportunity,
    /// Whether it was created (otherwise updated).
    #[serde(default)]
    pub new: bool,
    /// Fields this crate does not know (`traceId`...).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
