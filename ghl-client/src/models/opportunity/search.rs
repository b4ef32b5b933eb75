//! The `GET /opportunities/search` query and its response.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ids::{ContactId, LocationId, OpportunityId, PipelineId, PipelineStageId, UserId};
use crate::models::common::PageMeta;

use super::*;

/// Most results `GET /opportunities/search` returns per page.
pub const MAX_SEARCH_LIMIT: u32 = 100;
/// Its default page size.
pub const DEFAULT_SEARCH_LIMIT: u32 = 20;
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
