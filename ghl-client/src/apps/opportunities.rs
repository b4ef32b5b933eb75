//! Opportunities API: 12 operations.
//!
//! Generated from GHL's `apps/opportunities.json` by `cargo run -p xtask -- ghl-api`: do not edit;
//! patch `ghl-client/spec-overlay.json` or the generator instead.
#![allow(
    clippy::doc_markdown,
    clippy::large_enum_variant,
    clippy::struct_field_names,
    rustdoc::bare_urls,
    rustdoc::invalid_html_tags,
    rustdoc::broken_intra_doc_links
)]

use crate::GhlClient;
use crate::request::Request;

/// The types of the spec's schemas.
pub mod models {
    use serde::{Deserialize, Serialize};

    /// `LostReasonResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LostReasonResponseSchema {
        /// lost reason id
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// lost reason name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// location id
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// updated at
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// created at
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
    }

    /// `LostReasonsResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LostReasonsResponseSchema {
        /// `lostReasons`.
        #[serde(
            rename = "lostReasons",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub lost_reasons: Option<Vec<crate::apps::opportunities::models::LostReasonResponseSchema>>,
        /// `total`.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
    }

    /// `SearchOpportunitiesContactResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SearchOpportunitiesContactResponseSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `companyName`.
        #[serde(
            rename = "companyName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub company_name: Option<String>,
        /// `email`.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// `phone`.
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        /// `tags`.
        #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<String>>,
    }

    /// `CustomFieldResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomFieldResponseSchema {
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// The value of the custom field
        ///
        /// Required by the spec.
        #[serde(
            rename = "fieldValue",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub field_value: Option<serde_json::Value>,
    }

    impl CustomFieldResponseSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>, field_value: serde_json::Value) -> Self {
            Self {
                id: Some(id.into()),
                field_value: Some(field_value),
                ..Self::default()
            }
        }
    }

    /// `SearchOpportunitiesResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SearchOpportunitiesResponseSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `monetaryValue`.
        #[serde(
            rename = "monetaryValue",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub monetary_value: Option<f64>,
        /// `pipelineId`.
        #[serde(
            rename = "pipelineId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub pipeline_id: Option<String>,
        /// `pipelineStageId`.
        #[serde(
            rename = "pipelineStageId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub pipeline_stage_id: Option<String>,
        /// `assignedTo`.
        #[serde(
            rename = "assignedTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_to: Option<String>,
        /// `status`.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// `source`.
        #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
        pub source: Option<String>,
        /// `lastStatusChangeAt`.
        #[serde(
            rename = "lastStatusChangeAt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_status_change_at: Option<String>,
        /// `lastStageChangeAt`.
        #[serde(
            rename = "lastStageChangeAt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_stage_change_at: Option<String>,
        /// `lastActionDate`.
        #[serde(
            rename = "lastActionDate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_action_date: Option<String>,
        /// `indexVersion`.
        #[serde(
            rename = "indexVersion",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub index_version: Option<String>,
        /// `createdAt`.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// `updatedAt`.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// `contactId`.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// `locationId`.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// `contact`.
        #[serde(rename = "contact", default, skip_serializing_if = "Option::is_none")]
        pub contact:
            Option<crate::apps::opportunities::models::SearchOpportunitiesContactResponseSchema>,
        /// `notes`.
        #[serde(rename = "notes", default, skip_serializing_if = "Option::is_none")]
        pub notes: Option<Vec<Vec<serde_json::Value>>>,
        /// `tasks`.
        #[serde(rename = "tasks", default, skip_serializing_if = "Option::is_none")]
        pub tasks: Option<Vec<Vec<serde_json::Value>>>,
        /// `calendarEvents`.
        #[serde(
            rename = "calendarEvents",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub calendar_events: Option<Vec<Vec<serde_json::Value>>>,
        /// `lostReasonId`.
        #[serde(
            rename = "lostReasonId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub lost_reason_id: Option<String>,
        /// `customFields`.
        #[serde(
            rename = "customFields",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_fields:
            Option<Vec<crate::apps::opportunities::models::CustomFieldResponseSchema>>,
        /// `followers`.
        #[serde(rename = "followers", default, skip_serializing_if = "Option::is_none")]
        pub followers: Option<Vec<Vec<serde_json::Value>>>,
        /// `externalObjectId`.
        #[serde(
            rename = "externalObjectId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub external_object_id: Option<String>,
    }

    /// `SearchMetaResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SearchMetaResponseSchema {
        /// `total`.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// `nextPageUrl`.
        #[serde(
            rename = "nextPageUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub next_page_url: Option<String>,
        /// `startAfterId`.
        #[serde(
            rename = "startAfterId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub start_after_id: Option<String>,
        /// `startAfter`.
        #[serde(
            rename = "startAfter",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub start_after: Option<f64>,
        /// `currentPage`.
        #[serde(
            rename = "currentPage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub current_page: Option<f64>,
        /// `nextPage`.
        #[serde(rename = "nextPage", default, skip_serializing_if = "Option::is_none")]
        pub next_page: Option<f64>,
        /// `prevPage`.
        #[serde(rename = "prevPage", default, skip_serializing_if = "Option::is_none")]
        pub prev_page: Option<f64>,
    }

    /// `SearchSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SearchSuccessfulResponseDto {
        /// `opportunities`.
        #[serde(
            rename = "opportunities",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub opportunities:
            Option<Vec<crate::apps::opportunities::models::SearchOpportunitiesResponseSchema>>,
        /// `meta`.
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<crate::apps::opportunities::models::SearchMetaResponseSchema>,
        /// `aggregations`.
        #[serde(
            rename = "aggregations",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub aggregations: Option<serde_json::Map<String, serde_json::Value>>,
    }

    /// `AdditionalDetailsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AdditionalDetailsDto {
        ///
        /// Required by the spec.
        #[serde(rename = "notes", default, skip_serializing_if = "Option::is_none")]
        pub notes: Option<bool>,
        ///
        /// Required by the spec.
        #[serde(rename = "tasks", default, skip_serializing_if = "Option::is_none")]
        pub tasks: Option<bool>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "calendarEvents",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub calendar_events: Option<bool>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "unReadConversations",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub un_read_conversations: Option<bool>,
    }

    impl AdditionalDetailsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            notes: bool,
            tasks: bool,
            calendar_events: bool,
            un_read_conversations: bool,
        ) -> Self {
            Self {
                notes: Some(notes),
                tasks: Some(tasks),
                calendar_events: Some(calendar_events),
                un_read_conversations: Some(un_read_conversations),
                ..Self::default()
            }
        }
    }

    /// `OpportunitySearchBodyDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct OpportunitySearchBodyDto {
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "query", default, skip_serializing_if = "Option::is_none")]
        pub query: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "limit", default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<f64>,
        ///
        /// Required by the spec.
        #[serde(rename = "page", default, skip_serializing_if = "Option::is_none")]
        pub page: Option<f64>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "searchAfter",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub search_after: Option<Vec<String>>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "additionalDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub additional_details: Option<crate::apps::opportunities::models::AdditionalDetailsDto>,
    }

    impl OpportunitySearchBodyDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            query: impl Into<String>,
            limit: f64,
            page: f64,
            search_after: Vec<String>,
            additional_details: crate::apps::opportunities::models::AdditionalDetailsDto,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                query: Some(query.into()),
                limit: Some(limit),
                page: Some(page),
                search_after: Some(search_after),
                additional_details: Some(additional_details),
                ..Self::default()
            }
        }
    }

    /// `PostSearchSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PostSearchSuccessfulResponseDto {
        /// `opportunities`.
        #[serde(
            rename = "opportunities",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub opportunities:
            Option<Vec<crate::apps::opportunities::models::SearchOpportunitiesResponseSchema>>,
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// `aggregations`.
        #[serde(
            rename = "aggregations",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub aggregations: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl PostSearchSuccessfulResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(total: f64) -> Self {
            Self {
                total: Some(total),
                ..Self::default()
            }
        }
    }

    /// A stage: `id`, `name`, `position`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PipelinesResponseSchemaStagesItem {
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "position", default, skip_serializing_if = "Option::is_none")]
        pub position: Option<f64>,
    }

    impl PipelinesResponseSchemaStagesItem {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>, name: impl Into<String>, position: f64) -> Self {
            Self {
                id: Some(id.into()),
                name: Some(name.into()),
                position: Some(position),
                ..Self::default()
            }
        }
    }

    /// `PipelinesResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PipelinesResponseSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `stages`.
        #[serde(rename = "stages", default, skip_serializing_if = "Option::is_none")]
        pub stages:
            Option<Vec<crate::apps::opportunities::models::PipelinesResponseSchemaStagesItem>>,
        /// `showInFunnel`.
        #[serde(
            rename = "showInFunnel",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub show_in_funnel: Option<bool>,
        /// `showInPieChart`.
        #[serde(
            rename = "showInPieChart",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub show_in_pie_chart: Option<bool>,
        /// `locationId`.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// How pipeline/stage colors are rendered
        ///
        /// One of: `"dot"`, `"bg-tint"`, `"none"`.
        #[serde(
            rename = "colorRenderMode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub color_render_mode: Option<String>,
    }

    /// `GetPipelinesSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetPipelinesSuccessfulResponseDto {
        /// `pipelines`.
        #[serde(rename = "pipelines", default, skip_serializing_if = "Option::is_none")]
        pub pipelines: Option<Vec<crate::apps::opportunities::models::PipelinesResponseSchema>>,
    }

    /// `GetPostOpportunitySuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetPostOpportunitySuccessfulResponseDto {
        /// `opportunity`.
        #[serde(
            rename = "opportunity",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub opportunity:
            Option<crate::apps::opportunities::models::SearchOpportunitiesResponseSchema>,
    }

    /// `DeleteUpdateOpportunitySuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteUpdateOpportunitySuccessfulResponseDto {
        /// `succeded`.
        #[serde(rename = "succeded", default, skip_serializing_if = "Option::is_none")]
        pub succeded: Option<bool>,
    }

    /// `UpdateStatusDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateStatusDto {
        /// One of: `"open"`, `"won"`, `"lost"`, `"abandoned"`, `"all"`.
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// lost reason Id
        #[serde(
            rename = "lostReasonId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub lost_reason_id: Option<String>,
    }

    impl UpdateStatusDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: impl Into<String>) -> Self {
            Self {
                status: Some(status.into()),
                ..Self::default()
            }
        }
    }

    /// `CustomFieldsInputArraySchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomFieldsInputArraySchema {
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `key`.
        #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
        pub key: Option<String>,
        /// `field_value`.
        #[serde(
            rename = "field_value",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub field_value: Option<Vec<String>>,
    }

    impl CustomFieldsInputArraySchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `CustomFieldsInputObjectSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomFieldsInputObjectSchema {
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `key`.
        #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
        pub key: Option<String>,
        /// `field_value`.
        #[serde(
            rename = "field_value",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub field_value: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl CustomFieldsInputObjectSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `CustomFieldsInputStringSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomFieldsInputStringSchema {
        /// Pass either `id` or `key` of custom field
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Pass either `id` or `key` of custom field
        #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
        pub key: Option<String>,
        /// `field_value`.
        #[serde(
            rename = "field_value",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub field_value: Option<String>,
    }

    /// `CreateDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateDto {
        /// pipeline Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "pipelineId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub pipeline_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `pipelineStageId`.
        #[serde(
            rename = "pipelineStageId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub pipeline_stage_id: Option<String>,
        /// One of: `"open"`, `"won"`, `"lost"`, `"abandoned"`, `"all"`.
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// `monetaryValue`.
        #[serde(
            rename = "monetaryValue",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub monetary_value: Option<f64>,
        /// `assignedTo`.
        #[serde(
            rename = "assignedTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_to: Option<String>,
        /// Add custom fields to opportunities.
        #[serde(
            rename = "customFields",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_fields: Option<Vec<serde_json::Value>>,
    }

    impl CreateDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            pipeline_id: impl Into<String>,
            location_id: impl Into<String>,
            name: impl Into<String>,
            status: impl Into<String>,
            contact_id: impl Into<String>,
        ) -> Self {
            Self {
                pipeline_id: Some(pipeline_id.into()),
                location_id: Some(location_id.into()),
                name: Some(name.into()),
                status: Some(status.into()),
                contact_id: Some(contact_id.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateOpportunityDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateOpportunityDto {
        /// pipeline Id
        #[serde(
            rename = "pipelineId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub pipeline_id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `pipelineStageId`.
        #[serde(
            rename = "pipelineStageId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub pipeline_stage_id: Option<String>,
        /// One of: `"open"`, `"won"`, `"lost"`, `"abandoned"`, `"all"`.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// `monetaryValue`.
        #[serde(
            rename = "monetaryValue",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub monetary_value: Option<f64>,
        /// `assignedTo`.
        #[serde(
            rename = "assignedTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_to: Option<String>,
        /// Update custom fields to opportunities.
        #[serde(
            rename = "customFields",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_fields: Option<Vec<serde_json::Value>>,
    }

    /// `UpsertOpportunityDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpsertOpportunityDto {
        /// opportunityId
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// pipeline Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "pipelineId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub pipeline_id: Option<String>,
        /// locationId
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// contactId
        ///
        /// Required by the spec.
        #[serde(rename = "followers", default, skip_serializing_if = "Option::is_none")]
        pub followers: Option<Vec<String>>,
        /// isRemoveAllFollowers
        ///
        /// Required by the spec.
        #[serde(
            rename = "isRemoveAllFollowers",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_remove_all_followers: Option<bool>,
        /// followers action type
        ///
        /// One of: `"add"`, `"remove"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "followersActionType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub followers_action_type: Option<String>,
        /// name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// One of: `"open"`, `"won"`, `"lost"`, `"abandoned"`, `"all"`.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// `pipelineStageId`.
        #[serde(
            rename = "pipelineStageId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub pipeline_stage_id: Option<String>,
        /// `monetaryValue`.
        #[serde(
            rename = "monetaryValue",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub monetary_value: Option<serde_json::Map<String, serde_json::Value>>,
        /// `assignedTo`.
        #[serde(
            rename = "assignedTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_to: Option<String>,
        /// lost reason Id
        #[serde(
            rename = "lostReasonId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub lost_reason_id: Option<String>,
    }

    impl UpsertOpportunityDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            pipeline_id: impl Into<String>,
            location_id: impl Into<String>,
            followers: Vec<String>,
            is_remove_all_followers: bool,
            followers_action_type: impl Into<String>,
        ) -> Self {
            Self {
                pipeline_id: Some(pipeline_id.into()),
                location_id: Some(location_id.into()),
                followers: Some(followers),
                is_remove_all_followers: Some(is_remove_all_followers),
                followers_action_type: Some(followers_action_type.into()),
                ..Self::default()
            }
        }
    }

    /// `UpsertOpportunitySuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpsertOpportunitySuccessfulResponseDto {
        /// Updated / New Opportunity
        ///
        /// Required by the spec.
        #[serde(
            rename = "opportunity",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub opportunity: Option<serde_json::Map<String, serde_json::Value>>,
        ///
        /// Required by the spec.
        #[serde(rename = "new", default, skip_serializing_if = "Option::is_none")]
        pub new: Option<bool>,
    }

    impl UpsertOpportunitySuccessfulResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(opportunity: serde_json::Map<String, serde_json::Value>, new: bool) -> Self {
            Self {
                opportunity: Some(opportunity),
                new: Some(new),
                ..Self::default()
            }
        }
    }

    /// `FollowersDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FollowersDto {
        ///
        /// Required by the spec.
        #[serde(rename = "followers", default, skip_serializing_if = "Option::is_none")]
        pub followers: Option<Vec<String>>,
    }

    impl FollowersDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(followers: Vec<String>) -> Self {
            Self {
                followers: Some(followers),
                ..Self::default()
            }
        }
    }

    /// `CreateAddFollowersSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateAddFollowersSuccessfulResponseDto {
        /// `followers`.
        #[serde(rename = "followers", default, skip_serializing_if = "Option::is_none")]
        pub followers: Option<Vec<String>>,
        /// `followersAdded`.
        #[serde(
            rename = "followersAdded",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub followers_added: Option<Vec<String>>,
    }

    /// `DeleteFollowersSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteFollowersSuccessfulResponseDto {
        /// `followers`.
        #[serde(rename = "followers", default, skip_serializing_if = "Option::is_none")]
        pub followers: Option<Vec<String>>,
        /// `followersRemoved`.
        #[serde(
            rename = "followersRemoved",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub followers_removed: Option<Vec<String>>,
    }
}

/// The Opportunities API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct OpportunitiesApi {
    client: GhlClient,
}

impl OpportunitiesApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Get lost reason
    ///
    /// `GET /opportunities/lost-reason`
    ///
    /// Version `2021-07-28`; scope `opportunities.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn get_lost_reason(&self, location_id: impl Into<String>) -> ops::GetLostReason {
        let mut req = Request::new(
            http::Method::GET,
            "/opportunities/lost-reason",
            "/opportunities/lost-reason",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetLostReason {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Search Opportunity
    ///
    /// `GET /opportunities/search`
    ///
    /// Version `2021-07-28`; scope `opportunities.readonly`; retried after an unknown outcome; pages by StartAfter.
    pub fn search_opportunity(&self, location_id: impl Into<String>) -> ops::SearchOpportunity {
        let mut req = Request::new(
            http::Method::GET,
            "/opportunities/search",
            "/opportunities/search",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("location_id", location_id.into());
        ops::SearchOpportunity {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Search Opportunities
    ///
    /// Search Opportunities based on combinations of advanced filters. Documentation Link - https://doc.clickup.com/8631005/d/h/87cpx-424216/7bf11bc9b94f80f
    ///
    /// `POST /opportunities/search`
    ///
    /// Version `2021-07-28`; scope `opportunities.readonly`; retried after an unknown outcome; pages by SearchAfter.
    pub fn search_opportunities_advanced(
        &self,
        body: &crate::apps::opportunities::models::OpportunitySearchBodyDto,
    ) -> ops::SearchOpportunitiesAdvanced {
        let mut req = Request::new(
            http::Method::POST,
            "/opportunities/search",
            "/opportunities/search",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.idempotent(true);
        req = crate::apps::support::json_body(req, body);
        ops::SearchOpportunitiesAdvanced {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Pipelines
    ///
    /// `GET /opportunities/pipelines`
    ///
    /// Version `2021-07-28`; scope `opportunities.readonly`; retried after an unknown outcome.
    pub fn get_pipelines(&self, location_id: impl Into<String>) -> ops::GetPipelines {
        let mut req = Request::new(
            http::Method::GET,
            "/opportunities/pipelines",
            "/opportunities/pipelines",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetPipelines {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Opportunity
    ///
    /// `GET /opportunities/{id}`
    ///
    /// Version `2021-07-28`; scope `opportunities.readonly`; retried after an unknown outcome.
    pub fn get_opportunity(&self, id: impl AsRef<str>) -> ops::GetOpportunity {
        let mut req = Request::new(
            http::Method::GET,
            "/opportunities/{id}",
            format!("/opportunities/{}", crate::request::segment(id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::GetOpportunity {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Opportunity
    ///
    /// `PUT /opportunities/{id}`
    ///
    /// Version `2021-07-28`; scope `opportunities.write`; retried after an unknown outcome.
    pub fn update_opportunity(
        &self,
        id: impl AsRef<str>,
        body: &crate::apps::opportunities::models::UpdateOpportunityDto,
    ) -> ops::UpdateOpportunity {
        let mut req = Request::new(
            http::Method::PUT,
            "/opportunities/{id}",
            format!("/opportunities/{}", crate::request::segment(id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateOpportunity {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Opportunity
    ///
    /// `DELETE /opportunities/{id}`
    ///
    /// Version `2021-07-28`; scope `opportunities.write`; retried after an unknown outcome.
    pub fn delete_opportunity(&self, id: impl AsRef<str>) -> ops::DeleteOpportunity {
        let mut req = Request::new(
            http::Method::DELETE,
            "/opportunities/{id}",
            format!("/opportunities/{}", crate::request::segment(id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::DeleteOpportunity {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Opportunity Status
    ///
    /// `PUT /opportunities/{id}/status`
    ///
    /// Version `2021-07-28`; scope `opportunities.write`; retried after an unknown outcome.
    pub fn update_opportunity_status(
        &self,
        id: impl AsRef<str>,
        body: &crate::apps::opportunities::models::UpdateStatusDto,
    ) -> ops::UpdateOpportunityStatus {
        let mut req = Request::new(
            http::Method::PUT,
            "/opportunities/{id}/status",
            format!(
                "/opportunities/{}/status",
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateOpportunityStatus {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Upsert Opportunity
    ///
    /// `POST /opportunities/upsert`
    ///
    /// Version `2021-07-28`; scope `opportunities.write`; never repeated after an unknown outcome.
    pub fn upsert_opportunity(
        &self,
        body: &crate::apps::opportunities::models::UpsertOpportunityDto,
    ) -> ops::UpsertOpportunity {
        let mut req = Request::new(
            http::Method::POST,
            "/opportunities/upsert",
            "/opportunities/upsert",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpsertOpportunity {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Add Followers
    ///
    /// `POST /opportunities/{id}/followers`
    ///
    /// Version `2021-07-28`; scope `opportunities.write`; never repeated after an unknown outcome.
    pub fn add_followers_opportunity(
        &self,
        id: impl AsRef<str>,
        body: &crate::apps::opportunities::models::FollowersDto,
    ) -> ops::AddFollowersOpportunity {
        let mut req = Request::new(
            http::Method::POST,
            "/opportunities/{id}/followers",
            format!(
                "/opportunities/{}/followers",
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::AddFollowersOpportunity {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Remove Followers
    ///
    /// Allows removal of one or all followers from an opportunity.
    ///
    /// `DELETE /opportunities/{id}/followers`
    ///
    /// Version `2021-07-28`; scope `opportunities.write`; retried after an unknown outcome.
    pub fn remove_followers_opportunity(
        &self,
        id: impl AsRef<str>,
        body: &crate::apps::opportunities::models::FollowersDto,
    ) -> ops::RemoveFollowersOpportunity {
        let mut req = Request::new(
            http::Method::DELETE,
            "/opportunities/{id}/followers",
            format!(
                "/opportunities/{}/followers",
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::RemoveFollowersOpportunity {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Opportunity
    ///
    /// `POST /opportunities/`
    ///
    /// Version `2021-07-28`; scope `opportunities.write`; never repeated after an unknown outcome.
    pub fn create_opportunity(
        &self,
        body: &crate::apps::opportunities::models::CreateDto,
    ) -> ops::CreateOpportunity {
        let mut req = Request::new(http::Method::POST, "/opportunities/", "/opportunities/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateOpportunity {
            client: self.client.clone(),
            request: req,
        }
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /opportunities/lost-reason` request being built, to send with [`GetLostReason::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetLostReason {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetLostReason {
        /// lost reason name
        pub fn name(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("name", value.into());
            self
        }

        /// deleted
        pub fn deleted(mut self, value: bool) -> Self {
            self.request = self.request.query_pair("deleted", value.to_string());
            self
        }

        /// search query
        pub fn query(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("query", value.into());
            self
        }

        /// skip
        pub fn skip(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("skip", value.to_string());
            self
        }

        /// limit
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
            self
        }

        /// get count
        pub fn get_count(mut self, value: bool) -> Self {
            self.request = self.request.query_pair("getCount", value.to_string());
            self
        }

        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// One page: the one this request asks for (`cursor` `None`), or the one a
        /// previous page's [`Page::next`](crate::Page::next) names.
        pub async fn fetch_page(
            &self,
            cursor: Option<crate::Cursor>,
        ) -> Result<crate::Page<crate::apps::opportunities::models::LostReasonResponseSchema>>
        {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("skip"),
                cursor,
                |r: crate::apps::opportunities::models::LostReasonsResponseSchema| {
                    (
                        r.lost_reasons.unwrap_or_default(),
                        r.total.map(|t| t as u64),
                    )
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(
            self,
        ) -> crate::ItemStream<crate::apps::opportunities::models::LostReasonResponseSchema>
        {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::opportunities::models::LostReasonsResponseSchema> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /opportunities/search` request being built, to send with [`SearchOpportunity::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct SearchOpportunity {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl SearchOpportunity {
        /// Sets `q`.
        pub fn q(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("q", value.into());
            self
        }

        /// Pipeline Id
        pub fn pipeline_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("pipeline_id", value.into());
            self
        }

        /// stage Id
        pub fn pipeline_stage_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("pipeline_stage_id", value.into());
            self
        }

        /// Contact Id
        pub fn contact_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("contact_id", value.into());
            self
        }

        ///
        /// One of: `"open"`, `"won"`, `"lost"`, `"abandoned"`, `"all"`.
        pub fn status(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("status", value.into());
            self
        }

        /// Sets `assigned_to`.
        pub fn assigned_to(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("assigned_to", value.into());
            self
        }

        /// Campaign Id
        pub fn campaign_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("campaignId", value.into());
            self
        }

        /// Opportunity Id
        pub fn id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("id", value.into());
            self
        }

        /// Sets `order`.
        pub fn order(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("order", value.into());
            self
        }

        /// End date
        pub fn end_date(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("endDate", value.into());
            self
        }

        /// Start After
        pub fn start_after(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("startAfter", value.into());
            self
        }

        /// Start After Id
        pub fn start_after_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("startAfterId", value.into());
            self
        }

        /// Start date
        pub fn date(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("date", value.into());
            self
        }

        /// Sets `country`.
        pub fn country(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("country", value.into());
            self
        }

        /// Sets `page`.
        pub fn page(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("page", value.to_string());
            self
        }

        /// Limit Per Page records count. will allow maximum up to 100 and default will be 20
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
            self
        }

        /// get Tasks in contact
        pub fn get_tasks(mut self, value: bool) -> Self {
            self.request = self.request.query_pair("getTasks", value.to_string());
            self
        }

        /// get Notes in contact
        pub fn get_notes(mut self, value: bool) -> Self {
            self.request = self.request.query_pair("getNotes", value.to_string());
            self
        }

        /// get Calender event in contact
        pub fn get_calendar_events(mut self, value: bool) -> Self {
            self.request = self
                .request
                .query_pair("getCalendarEvents", value.to_string());
            self
        }

        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::opportunities::models::SearchSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /opportunities/search` request being built, to send with [`SearchOpportunitiesAdvanced::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct SearchOpportunitiesAdvanced {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl SearchOpportunitiesAdvanced {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::opportunities::models::PostSearchSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /opportunities/pipelines` request being built, to send with [`GetPipelines::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetPipelines {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetPipelines {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::opportunities::models::GetPipelinesSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /opportunities/{id}` request being built, to send with [`GetOpportunity::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetOpportunity {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetOpportunity {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::opportunities::models::GetPostOpportunitySuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /opportunities/{id}` request being built, to send with [`UpdateOpportunity::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateOpportunity {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateOpportunity {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::opportunities::models::GetPostOpportunitySuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /opportunities/{id}` request being built, to send with [`DeleteOpportunity::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteOpportunity {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteOpportunity {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::opportunities::models::DeleteUpdateOpportunitySuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /opportunities/{id}/status` request being built, to send with [`UpdateOpportunityStatus::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateOpportunityStatus {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateOpportunityStatus {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::opportunities::models::DeleteUpdateOpportunitySuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `POST /opportunities/upsert` request being built, to send with [`UpsertOpportunity::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpsertOpportunity {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpsertOpportunity {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::opportunities::models::UpsertOpportunitySuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `POST /opportunities/{id}/followers` request being built, to send with [`AddFollowersOpportunity::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct AddFollowersOpportunity {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl AddFollowersOpportunity {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::opportunities::models::CreateAddFollowersSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /opportunities/{id}/followers` request being built, to send with [`RemoveFollowersOpportunity::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct RemoveFollowersOpportunity {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl RemoveFollowersOpportunity {
        /// Sets `isRemoveAllFollowers`.
        pub fn is_remove_all_followers(mut self, value: bool) -> Self {
            self.request = self
                .request
                .query_pair("isRemoveAllFollowers", value.to_string());
            self
        }

        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::opportunities::models::DeleteFollowersSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `POST /opportunities/` request being built, to send with [`CreateOpportunity::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateOpportunity {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateOpportunity {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::opportunities::models::GetPostOpportunitySuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }
}
