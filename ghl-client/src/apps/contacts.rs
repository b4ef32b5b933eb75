//! Contacts API: 32 operations.
//!
//! Generated from GHL's `apps/contacts.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `SearchBodyV2Dto` in the spec.
    pub type SearchBodyV2Dto = serde_json::Map<String, serde_json::Value>;

    /// `TaskSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TaskSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `title`.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// `body`.
        #[serde(rename = "body", default, skip_serializing_if = "Option::is_none")]
        pub body: Option<String>,
        /// `assignedTo`.
        #[serde(
            rename = "assignedTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_to: Option<String>,
        /// `dueDate`.
        #[serde(rename = "dueDate", default, skip_serializing_if = "Option::is_none")]
        pub due_date: Option<String>,
        /// `completed`.
        #[serde(rename = "completed", default, skip_serializing_if = "Option::is_none")]
        pub completed: Option<bool>,
        /// `contactId`.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
    }

    /// `TasksListSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TasksListSuccessfulResponseDto {
        /// `tasks`.
        #[serde(rename = "tasks", default, skip_serializing_if = "Option::is_none")]
        pub tasks: Option<Vec<crate::apps::contacts::models::TaskSchema>>,
    }

    /// `TaskByIsSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TaskByIsSuccessfulResponseDto {
        /// `task`.
        #[serde(rename = "task", default, skip_serializing_if = "Option::is_none")]
        pub task: Option<crate::apps::contacts::models::TaskSchema>,
    }

    /// `CreateTaskParams` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateTaskParams {
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// `body`.
        #[serde(rename = "body", default, skip_serializing_if = "Option::is_none")]
        pub body: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "dueDate", default, skip_serializing_if = "Option::is_none")]
        pub due_date: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "completed", default, skip_serializing_if = "Option::is_none")]
        pub completed: Option<bool>,
        /// `assignedTo`.
        #[serde(
            rename = "assignedTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_to: Option<String>,
    }

    impl CreateTaskParams {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(title: impl Into<String>, due_date: impl Into<String>, completed: bool) -> Self {
            Self {
                title: Some(title.into()),
                due_date: Some(due_date.into()),
                completed: Some(completed),
                ..Self::default()
            }
        }
    }

    /// `UpdateTaskBody` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateTaskBody {
        /// `title`.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// `body`.
        #[serde(rename = "body", default, skip_serializing_if = "Option::is_none")]
        pub body: Option<String>,
        /// `dueDate`.
        #[serde(rename = "dueDate", default, skip_serializing_if = "Option::is_none")]
        pub due_date: Option<String>,
        /// `completed`.
        #[serde(rename = "completed", default, skip_serializing_if = "Option::is_none")]
        pub completed: Option<bool>,
        /// `assignedTo`.
        #[serde(
            rename = "assignedTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_to: Option<String>,
    }

    /// `UpdateTaskStatusParams` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateTaskStatusParams {
        ///
        /// Required by the spec.
        #[serde(rename = "completed", default, skip_serializing_if = "Option::is_none")]
        pub completed: Option<bool>,
    }

    impl UpdateTaskStatusParams {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(completed: bool) -> Self {
            Self {
                completed: Some(completed),
                ..Self::default()
            }
        }
    }

    /// `DeleteTaskSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteTaskSuccessfulResponseDto {
        /// `succeded`.
        #[serde(rename = "succeded", default, skip_serializing_if = "Option::is_none")]
        pub succeded: Option<bool>,
    }

    /// `GetEventSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetEventSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `calendarId`.
        #[serde(
            rename = "calendarId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub calendar_id: Option<String>,
        /// `status`.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// `title`.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// `assignedUserId`.
        #[serde(
            rename = "assignedUserId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_user_id: Option<String>,
        /// `notes`.
        #[serde(rename = "notes", default, skip_serializing_if = "Option::is_none")]
        pub notes: Option<String>,
        /// `startTime`.
        #[serde(rename = "startTime", default, skip_serializing_if = "Option::is_none")]
        pub start_time: Option<String>,
        /// `endTime`.
        #[serde(rename = "endTime", default, skip_serializing_if = "Option::is_none")]
        pub end_time: Option<String>,
        /// `address`.
        #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
        pub address: Option<String>,
        /// `locationId`.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// `contactId`.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// `groupId`.
        #[serde(rename = "groupId", default, skip_serializing_if = "Option::is_none")]
        pub group_id: Option<String>,
        /// `appointmentStatus`.
        #[serde(
            rename = "appointmentStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub appointment_status: Option<String>,
        /// `users`.
        #[serde(rename = "users", default, skip_serializing_if = "Option::is_none")]
        pub users: Option<Vec<String>>,
        /// `dateAdded`.
        #[serde(rename = "dateAdded", default, skip_serializing_if = "Option::is_none")]
        pub date_added: Option<String>,
        /// `dateUpdated`.
        #[serde(
            rename = "dateUpdated",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub date_updated: Option<String>,
        /// `assignedResources`.
        #[serde(
            rename = "assignedResources",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_resources: Option<Vec<String>>,
    }

    /// `GetEventsSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetEventsSuccessfulResponseDto {
        /// `events`.
        #[serde(rename = "events", default, skip_serializing_if = "Option::is_none")]
        pub events: Option<Vec<crate::apps::contacts::models::GetEventSchema>>,
    }

    /// `TagsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TagsDto {
        ///
        /// Required by the spec.
        #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<String>>,
    }

    impl TagsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(tags: Vec<String>) -> Self {
            Self {
                tags: Some(tags),
                ..Self::default()
            }
        }
    }

    /// `CreateAddTagSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateAddTagSuccessfulResponseDto {
        /// `tags`.
        #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<String>>,
    }

    /// `CreateDeleteTagSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateDeleteTagSuccessfulResponseDto {
        /// `tags`.
        #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<String>>,
    }

    /// `GetNoteSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetNoteSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `body`.
        #[serde(rename = "body", default, skip_serializing_if = "Option::is_none")]
        pub body: Option<String>,
        /// `userId`.
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// `dateAdded`.
        #[serde(rename = "dateAdded", default, skip_serializing_if = "Option::is_none")]
        pub date_added: Option<String>,
        /// `contactId`.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// `title`.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// `color`.
        #[serde(rename = "color", default, skip_serializing_if = "Option::is_none")]
        pub color: Option<String>,
        /// `pinned`.
        #[serde(rename = "pinned", default, skip_serializing_if = "Option::is_none")]
        pub pinned: Option<bool>,
    }

    /// `GetNotesListSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetNotesListSuccessfulResponseDto {
        /// `notes`.
        #[serde(rename = "notes", default, skip_serializing_if = "Option::is_none")]
        pub notes: Option<Vec<crate::apps::contacts::models::GetNoteSchema>>,
    }

    /// `NotesDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct NotesDto {
        /// `userId`.
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "body", default, skip_serializing_if = "Option::is_none")]
        pub body: Option<String>,
        /// `title`.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// `color`.
        #[serde(rename = "color", default, skip_serializing_if = "Option::is_none")]
        pub color: Option<String>,
        /// `pinned`.
        #[serde(rename = "pinned", default, skip_serializing_if = "Option::is_none")]
        pub pinned: Option<bool>,
    }

    impl NotesDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(body: impl Into<String>) -> Self {
            Self {
                body: Some(body.into()),
                ..Self::default()
            }
        }
    }

    /// `GetCreateUpdateNoteSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetCreateUpdateNoteSuccessfulResponseDto {
        /// `note`.
        #[serde(rename = "note", default, skip_serializing_if = "Option::is_none")]
        pub note: Option<crate::apps::contacts::models::GetNoteSchema>,
    }

    /// `UpdateNoteDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateNoteDto {
        /// `userId`.
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// `body`.
        #[serde(rename = "body", default, skip_serializing_if = "Option::is_none")]
        pub body: Option<String>,
        /// `title`.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// `color`.
        #[serde(rename = "color", default, skip_serializing_if = "Option::is_none")]
        pub color: Option<String>,
        /// `pinned`.
        #[serde(rename = "pinned", default, skip_serializing_if = "Option::is_none")]
        pub pinned: Option<bool>,
    }

    /// `DeleteNoteSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteNoteSuccessfulResponseDto {
        /// `succeded`.
        #[serde(rename = "succeded", default, skip_serializing_if = "Option::is_none")]
        pub succeded: Option<bool>,
    }

    /// `UpdateTagsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateTagsDto {
        /// list of contact ids to be processed
        ///
        /// Required by the spec.
        #[serde(rename = "contacts", default, skip_serializing_if = "Option::is_none")]
        pub contacts: Option<Vec<String>>,
        /// list of tags to be added or removed
        ///
        /// Required by the spec.
        #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<String>>,
        /// location id from where the bulk request is executed
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Option to implement remove all tags. if true, all tags will be removed from the contacts. Can only be used with remove type.
        #[serde(
            rename = "removeAllTags",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub remove_all_tags: Option<bool>,
    }

    impl UpdateTagsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            contacts: Vec<String>,
            tags: Vec<String>,
            location_id: impl Into<String>,
        ) -> Self {
            Self {
                contacts: Some(contacts),
                tags: Some(tags),
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateTagsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateTagsResponseDto {
        /// Indicates if the operation was successful
        ///
        /// Required by the spec.
        #[serde(rename = "succeded", default, skip_serializing_if = "Option::is_none")]
        pub succeded: Option<bool>,
        /// Number of errors encountered during the operation
        ///
        /// Required by the spec.
        #[serde(
            rename = "errorCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub error_count: Option<f64>,
        /// Responses for each contact processed
        ///
        /// Required by the spec.
        #[serde(rename = "responses", default, skip_serializing_if = "Option::is_none")]
        pub responses: Option<Vec<String>>,
    }

    impl UpdateTagsResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(succeded: bool, error_count: f64, responses: Vec<String>) -> Self {
            Self {
                succeded: Some(succeded),
                error_count: Some(error_count),
                responses: Some(responses),
                ..Self::default()
            }
        }
    }

    /// `ContactsBusinessUpdate` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ContactsBusinessUpdate {
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
        #[serde(rename = "ids", default, skip_serializing_if = "Option::is_none")]
        pub ids: Option<Vec<String>>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_id: Option<String>,
    }

    impl ContactsBusinessUpdate {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            ids: Vec<String>,
            business_id: impl Into<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                ids: Some(ids),
                business_id: Some(business_id.into()),
                ..Self::default()
            }
        }
    }

    /// `ContactsBulkUpateResponse` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ContactsBulkUpateResponse {
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        ///
        /// Required by the spec.
        #[serde(rename = "ids", default, skip_serializing_if = "Option::is_none")]
        pub ids: Option<Vec<String>>,
    }

    impl ContactsBulkUpateResponse {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, ids: Vec<String>) -> Self {
            Self {
                success: Some(success),
                ids: Some(ids),
                ..Self::default()
            }
        }
    }

    /// `DndSettingSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DndSettingSchema {
        /// One of: `"active"`, `"inactive"`, `"permanent"`.
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// `message`.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// `code`.
        #[serde(rename = "code", default, skip_serializing_if = "Option::is_none")]
        pub code: Option<String>,
    }

    impl DndSettingSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: impl Into<String>) -> Self {
            Self {
                status: Some(status.into()),
                ..Self::default()
            }
        }
    }

    /// `DndSettingsSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DndSettingsSchema {
        /// `Call`.
        #[serde(rename = "Call", default, skip_serializing_if = "Option::is_none")]
        pub call: Option<crate::apps::contacts::models::DndSettingSchema>,
        /// `Email`.
        #[serde(rename = "Email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<crate::apps::contacts::models::DndSettingSchema>,
        /// `SMS`.
        #[serde(rename = "SMS", default, skip_serializing_if = "Option::is_none")]
        pub sms: Option<crate::apps::contacts::models::DndSettingSchema>,
        /// `WhatsApp`.
        #[serde(rename = "WhatsApp", default, skip_serializing_if = "Option::is_none")]
        pub whats_app: Option<crate::apps::contacts::models::DndSettingSchema>,
        /// `GMB`.
        #[serde(rename = "GMB", default, skip_serializing_if = "Option::is_none")]
        pub gmb: Option<crate::apps::contacts::models::DndSettingSchema>,
        /// `FB`.
        #[serde(rename = "FB", default, skip_serializing_if = "Option::is_none")]
        pub fb: Option<crate::apps::contacts::models::DndSettingSchema>,
    }

    /// `CustomFieldSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomFieldSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// The field's value: a string, a number, or a list for multi-select fields.
        #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
        pub value: Option<serde_json::Value>,
    }

    /// `AttributionSource` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AttributionSource {
        ///
        /// Required by the spec.
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// `campaign`.
        #[serde(rename = "campaign", default, skip_serializing_if = "Option::is_none")]
        pub campaign: Option<String>,
        /// `utmSource`.
        #[serde(rename = "utmSource", default, skip_serializing_if = "Option::is_none")]
        pub utm_source: Option<String>,
        /// `utmMedium`.
        #[serde(rename = "utmMedium", default, skip_serializing_if = "Option::is_none")]
        pub utm_medium: Option<String>,
        /// `utmContent`.
        #[serde(
            rename = "utmContent",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub utm_content: Option<String>,
        /// `referrer`.
        #[serde(rename = "referrer", default, skip_serializing_if = "Option::is_none")]
        pub referrer: Option<String>,
        /// `campaignId`.
        #[serde(
            rename = "campaignId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub campaign_id: Option<String>,
        /// `fbclid`.
        #[serde(rename = "fbclid", default, skip_serializing_if = "Option::is_none")]
        pub fbclid: Option<String>,
        /// `gclid`.
        #[serde(rename = "gclid", default, skip_serializing_if = "Option::is_none")]
        pub gclid: Option<String>,
        /// `msclikid`.
        #[serde(rename = "msclikid", default, skip_serializing_if = "Option::is_none")]
        pub msclikid: Option<String>,
        /// `dclid`.
        #[serde(rename = "dclid", default, skip_serializing_if = "Option::is_none")]
        pub dclid: Option<String>,
        /// `fbc`.
        #[serde(rename = "fbc", default, skip_serializing_if = "Option::is_none")]
        pub fbc: Option<String>,
        /// `fbp`.
        #[serde(rename = "fbp", default, skip_serializing_if = "Option::is_none")]
        pub fbp: Option<String>,
        /// `fbEventId`.
        #[serde(rename = "fbEventId", default, skip_serializing_if = "Option::is_none")]
        pub fb_event_id: Option<String>,
        /// `userAgent`.
        #[serde(rename = "userAgent", default, skip_serializing_if = "Option::is_none")]
        pub user_agent: Option<String>,
        /// `ip`.
        #[serde(rename = "ip", default, skip_serializing_if = "Option::is_none")]
        pub ip: Option<String>,
        /// `medium`.
        #[serde(rename = "medium", default, skip_serializing_if = "Option::is_none")]
        pub medium: Option<String>,
        /// `mediumId`.
        #[serde(rename = "mediumId", default, skip_serializing_if = "Option::is_none")]
        pub medium_id: Option<String>,
    }

    impl AttributionSource {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(url: impl Into<String>) -> Self {
            Self {
                url: Some(url.into()),
                ..Self::default()
            }
        }
    }

    /// `GetContectByIdSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetContectByIdSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `locationId`.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// `firstName`.
        #[serde(rename = "firstName", default, skip_serializing_if = "Option::is_none")]
        pub first_name: Option<String>,
        /// `lastName`.
        #[serde(rename = "lastName", default, skip_serializing_if = "Option::is_none")]
        pub last_name: Option<String>,
        /// `email`.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// `emailLowerCase`.
        #[serde(
            rename = "emailLowerCase",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub email_lower_case: Option<String>,
        /// `timezone`.
        #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
        pub timezone: Option<String>,
        /// `companyName`.
        #[serde(
            rename = "companyName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub company_name: Option<String>,
        /// `phone`.
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        /// `dnd`.
        #[serde(rename = "dnd", default, skip_serializing_if = "Option::is_none")]
        pub dnd: Option<bool>,
        /// `dndSettings`.
        #[serde(
            rename = "dndSettings",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub dnd_settings: Option<crate::apps::contacts::models::DndSettingsSchema>,
        /// `type`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// `source`.
        #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
        pub source: Option<String>,
        /// `assignedTo`.
        #[serde(
            rename = "assignedTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_to: Option<String>,
        /// `address1`.
        #[serde(rename = "address1", default, skip_serializing_if = "Option::is_none")]
        pub address1: Option<String>,
        /// `city`.
        #[serde(rename = "city", default, skip_serializing_if = "Option::is_none")]
        pub city: Option<String>,
        /// `state`.
        #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
        pub state: Option<String>,
        /// `country`.
        #[serde(rename = "country", default, skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
        /// `postalCode`.
        #[serde(
            rename = "postalCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub postal_code: Option<String>,
        /// `website`.
        #[serde(rename = "website", default, skip_serializing_if = "Option::is_none")]
        pub website: Option<String>,
        /// `tags`.
        #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<String>>,
        /// `dateOfBirth`.
        #[serde(
            rename = "dateOfBirth",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub date_of_birth: Option<String>,
        /// `dateAdded`.
        #[serde(rename = "dateAdded", default, skip_serializing_if = "Option::is_none")]
        pub date_added: Option<String>,
        /// `dateUpdated`.
        #[serde(
            rename = "dateUpdated",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub date_updated: Option<String>,
        /// `attachments`.
        #[serde(
            rename = "attachments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attachments: Option<String>,
        /// `ssn`.
        #[serde(rename = "ssn", default, skip_serializing_if = "Option::is_none")]
        pub ssn: Option<String>,
        /// `keyword`.
        #[serde(rename = "keyword", default, skip_serializing_if = "Option::is_none")]
        pub keyword: Option<String>,
        /// `firstNameLowerCase`.
        #[serde(
            rename = "firstNameLowerCase",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub first_name_lower_case: Option<String>,
        /// `fullNameLowerCase`.
        #[serde(
            rename = "fullNameLowerCase",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub full_name_lower_case: Option<String>,
        /// `lastNameLowerCase`.
        #[serde(
            rename = "lastNameLowerCase",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_name_lower_case: Option<String>,
        /// `lastActivity`.
        #[serde(
            rename = "lastActivity",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_activity: Option<String>,
        /// `customFields`.
        #[serde(
            rename = "customFields",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_fields: Option<Vec<crate::apps::contacts::models::CustomFieldSchema>>,
        /// `businessId`.
        #[serde(
            rename = "businessId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_id: Option<String>,
        /// `attributionSource`.
        #[serde(
            rename = "attributionSource",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attribution_source: Option<crate::apps::contacts::models::AttributionSource>,
        /// `lastAttributionSource`.
        #[serde(
            rename = "lastAttributionSource",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_attribution_source: Option<crate::apps::contacts::models::AttributionSource>,
        /// visitorId is the Unique ID assigned to each Live chat visitor.
        #[serde(rename = "visitorId", default, skip_serializing_if = "Option::is_none")]
        pub visitor_id: Option<String>,
    }

    /// `ContactsByIdSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ContactsByIdSuccessfulResponseDto {
        /// `contact`.
        #[serde(rename = "contact", default, skip_serializing_if = "Option::is_none")]
        pub contact: Option<crate::apps::contacts::models::GetContectByIdSchema>,
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

    /// `TextField` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TextField {
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
        pub field_value: Option<String>,
    }

    impl TextField {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `LargeTextField` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LargeTextField {
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
        pub field_value: Option<String>,
    }

    impl LargeTextField {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `SingleSelectField` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SingleSelectField {
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
        pub field_value: Option<String>,
    }

    impl SingleSelectField {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `RadioField` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct RadioField {
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
        pub field_value: Option<String>,
    }

    impl RadioField {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `NumericField` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct NumericField {
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

    impl NumericField {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `MonetoryField` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct MonetoryField {
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

    impl MonetoryField {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `CheckboxField` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CheckboxField {
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

    impl CheckboxField {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `MultiSelectField` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct MultiSelectField {
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

    impl MultiSelectField {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `FileField` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FileField {
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

    impl FileField {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `InboundDndSettingSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct InboundDndSettingSchema {
        /// One of: `"active"`, `"inactive"`.
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// `message`.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    impl InboundDndSettingSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: impl Into<String>) -> Self {
            Self {
                status: Some(status.into()),
                ..Self::default()
            }
        }
    }

    /// `InboundDndSettingsSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct InboundDndSettingsSchema {
        /// `all`.
        #[serde(rename = "all", default, skip_serializing_if = "Option::is_none")]
        pub all: Option<crate::apps::contacts::models::InboundDndSettingSchema>,
    }

    /// `CreateContactDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateContactDto {
        /// `firstName`.
        #[serde(rename = "firstName", default, skip_serializing_if = "Option::is_none")]
        pub first_name: Option<String>,
        /// `lastName`.
        #[serde(rename = "lastName", default, skip_serializing_if = "Option::is_none")]
        pub last_name: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `email`.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// `gender`.
        #[serde(rename = "gender", default, skip_serializing_if = "Option::is_none")]
        pub gender: Option<String>,
        /// `phone`.
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        /// `address1`.
        #[serde(rename = "address1", default, skip_serializing_if = "Option::is_none")]
        pub address1: Option<String>,
        /// `city`.
        #[serde(rename = "city", default, skip_serializing_if = "Option::is_none")]
        pub city: Option<String>,
        /// `state`.
        #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
        pub state: Option<String>,
        /// `postalCode`.
        #[serde(
            rename = "postalCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub postal_code: Option<String>,
        /// `website`.
        #[serde(rename = "website", default, skip_serializing_if = "Option::is_none")]
        pub website: Option<String>,
        /// `timezone`.
        #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
        pub timezone: Option<String>,
        /// `dnd`.
        #[serde(rename = "dnd", default, skip_serializing_if = "Option::is_none")]
        pub dnd: Option<bool>,
        /// `dndSettings`.
        #[serde(
            rename = "dndSettings",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub dnd_settings: Option<crate::apps::contacts::models::DndSettingsSchema>,
        /// `inboundDndSettings`.
        #[serde(
            rename = "inboundDndSettings",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub inbound_dnd_settings: Option<crate::apps::contacts::models::InboundDndSettingsSchema>,
        /// `tags`.
        #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<String>>,
        /// `customFields`.
        #[serde(
            rename = "customFields",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_fields: Option<Vec<serde_json::Value>>,
        /// `source`.
        #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
        pub source: Option<String>,
        /// The birth date of the contact. Supported formats: YYYY/MM/DD, MM/DD/YYYY, YYYY-MM-DD, MM-DD-YYYY, YYYY.MM.DD, MM.DD.YYYY, YYYY_MM_DD, MM_DD_YYYY
        #[serde(
            rename = "dateOfBirth",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub date_of_birth: Option<serde_json::Map<String, serde_json::Value>>,
        /// `country`.
        #[serde(rename = "country", default, skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
        /// `companyName`.
        #[serde(
            rename = "companyName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub company_name: Option<String>,
        /// User's Id
        #[serde(
            rename = "assignedTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_to: Option<String>,
    }

    impl CreateContactDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_id: impl Into<String>) -> Self {
            Self {
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateContactSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateContactSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `dateAdded`.
        #[serde(rename = "dateAdded", default, skip_serializing_if = "Option::is_none")]
        pub date_added: Option<String>,
        /// `dateUpdated`.
        #[serde(
            rename = "dateUpdated",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub date_updated: Option<String>,
        /// `deleted`.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// `tags`.
        #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<String>>,
        /// `type`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// `customFields`.
        #[serde(
            rename = "customFields",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_fields: Option<Vec<crate::apps::contacts::models::CustomFieldSchema>>,
        /// `locationId`.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// `firstName`.
        #[serde(rename = "firstName", default, skip_serializing_if = "Option::is_none")]
        pub first_name: Option<String>,
        /// `firstNameLowerCase`.
        #[serde(
            rename = "firstNameLowerCase",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub first_name_lower_case: Option<String>,
        /// `fullNameLowerCase`.
        #[serde(
            rename = "fullNameLowerCase",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub full_name_lower_case: Option<String>,
        /// `lastName`.
        #[serde(rename = "lastName", default, skip_serializing_if = "Option::is_none")]
        pub last_name: Option<String>,
        /// `lastNameLowerCase`.
        #[serde(
            rename = "lastNameLowerCase",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_name_lower_case: Option<String>,
        /// `email`.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// `emailLowerCase`.
        #[serde(
            rename = "emailLowerCase",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub email_lower_case: Option<String>,
        /// `bounceEmail`.
        #[serde(
            rename = "bounceEmail",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub bounce_email: Option<bool>,
        /// `unsubscribeEmail`.
        #[serde(
            rename = "unsubscribeEmail",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub unsubscribe_email: Option<bool>,
        /// `dnd`.
        #[serde(rename = "dnd", default, skip_serializing_if = "Option::is_none")]
        pub dnd: Option<bool>,
        /// `dndSettings`.
        #[serde(
            rename = "dndSettings",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub dnd_settings: Option<crate::apps::contacts::models::DndSettingsSchema>,
        /// `phone`.
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        /// `address1`.
        #[serde(rename = "address1", default, skip_serializing_if = "Option::is_none")]
        pub address1: Option<String>,
        /// `city`.
        #[serde(rename = "city", default, skip_serializing_if = "Option::is_none")]
        pub city: Option<String>,
        /// `state`.
        #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
        pub state: Option<String>,
        /// `country`.
        #[serde(rename = "country", default, skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
        /// `postalCode`.
        #[serde(
            rename = "postalCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub postal_code: Option<String>,
        /// `website`.
        #[serde(rename = "website", default, skip_serializing_if = "Option::is_none")]
        pub website: Option<String>,
        /// `source`.
        #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
        pub source: Option<String>,
        /// `companyName`.
        #[serde(
            rename = "companyName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub company_name: Option<String>,
        /// `dateOfBirth`.
        #[serde(
            rename = "dateOfBirth",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub date_of_birth: Option<String>,
        /// `birthMonth`.
        #[serde(
            rename = "birthMonth",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub birth_month: Option<f64>,
        /// `birthDay`.
        #[serde(rename = "birthDay", default, skip_serializing_if = "Option::is_none")]
        pub birth_day: Option<f64>,
        /// `lastSessionActivityAt`.
        #[serde(
            rename = "lastSessionActivityAt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_session_activity_at: Option<String>,
        /// `offers`.
        #[serde(rename = "offers", default, skip_serializing_if = "Option::is_none")]
        pub offers: Option<Vec<String>>,
        /// `products`.
        #[serde(rename = "products", default, skip_serializing_if = "Option::is_none")]
        pub products: Option<Vec<String>>,
        /// `businessId`.
        #[serde(
            rename = "businessId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_id: Option<String>,
        /// User's Id
        #[serde(
            rename = "assignedTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_to: Option<String>,
    }

    /// `CreateContactsSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateContactsSuccessfulResponseDto {
        /// `contact`.
        #[serde(rename = "contact", default, skip_serializing_if = "Option::is_none")]
        pub contact: Option<crate::apps::contacts::models::CreateContactSchema>,
    }

    /// `UpdateContactDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateContactDto {
        /// `firstName`.
        #[serde(rename = "firstName", default, skip_serializing_if = "Option::is_none")]
        pub first_name: Option<String>,
        /// `lastName`.
        #[serde(rename = "lastName", default, skip_serializing_if = "Option::is_none")]
        pub last_name: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `email`.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// `phone`.
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        /// `address1`.
        #[serde(rename = "address1", default, skip_serializing_if = "Option::is_none")]
        pub address1: Option<String>,
        /// `city`.
        #[serde(rename = "city", default, skip_serializing_if = "Option::is_none")]
        pub city: Option<String>,
        /// `state`.
        #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
        pub state: Option<String>,
        /// `postalCode`.
        #[serde(
            rename = "postalCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub postal_code: Option<String>,
        /// `website`.
        #[serde(rename = "website", default, skip_serializing_if = "Option::is_none")]
        pub website: Option<String>,
        /// `timezone`.
        #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
        pub timezone: Option<String>,
        /// `dnd`.
        #[serde(rename = "dnd", default, skip_serializing_if = "Option::is_none")]
        pub dnd: Option<bool>,
        /// `dndSettings`.
        #[serde(
            rename = "dndSettings",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub dnd_settings: Option<crate::apps::contacts::models::DndSettingsSchema>,
        /// `inboundDndSettings`.
        #[serde(
            rename = "inboundDndSettings",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub inbound_dnd_settings: Option<crate::apps::contacts::models::InboundDndSettingsSchema>,
        /// This field will overwrite all current tags associated with the contact. To update a tags, it is recommended to use the Add Tag or Remove Tag API instead.
        #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<String>>,
        /// `customFields`.
        #[serde(
            rename = "customFields",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_fields: Option<Vec<serde_json::Value>>,
        /// `source`.
        #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
        pub source: Option<String>,
        /// The birth date of the contact. Supported formats: YYYY/MM/DD, MM/DD/YYYY, YYYY-MM-DD, MM-DD-YYYY, YYYY.MM.DD, MM.DD.YYYY, YYYY_MM_DD, MM_DD_YYYY
        #[serde(
            rename = "dateOfBirth",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub date_of_birth: Option<serde_json::Map<String, serde_json::Value>>,
        /// `country`.
        #[serde(rename = "country", default, skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
        /// User's Id
        #[serde(
            rename = "assignedTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_to: Option<String>,
    }

    /// `UpdateContactsSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateContactsSuccessfulResponseDto {
        /// `succeded`.
        #[serde(rename = "succeded", default, skip_serializing_if = "Option::is_none")]
        pub succeded: Option<bool>,
        /// `contact`.
        #[serde(rename = "contact", default, skip_serializing_if = "Option::is_none")]
        pub contact: Option<crate::apps::contacts::models::GetContectByIdSchema>,
    }

    /// `UpsertContactDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpsertContactDto {
        /// `firstName`.
        #[serde(rename = "firstName", default, skip_serializing_if = "Option::is_none")]
        pub first_name: Option<String>,
        /// `lastName`.
        #[serde(rename = "lastName", default, skip_serializing_if = "Option::is_none")]
        pub last_name: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `email`.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// `gender`.
        #[serde(rename = "gender", default, skip_serializing_if = "Option::is_none")]
        pub gender: Option<String>,
        /// `phone`.
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        /// `address1`.
        #[serde(rename = "address1", default, skip_serializing_if = "Option::is_none")]
        pub address1: Option<String>,
        /// `city`.
        #[serde(rename = "city", default, skip_serializing_if = "Option::is_none")]
        pub city: Option<String>,
        /// `state`.
        #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
        pub state: Option<String>,
        /// `postalCode`.
        #[serde(
            rename = "postalCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub postal_code: Option<String>,
        /// `website`.
        #[serde(rename = "website", default, skip_serializing_if = "Option::is_none")]
        pub website: Option<String>,
        /// `timezone`.
        #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
        pub timezone: Option<String>,
        /// `dnd`.
        #[serde(rename = "dnd", default, skip_serializing_if = "Option::is_none")]
        pub dnd: Option<bool>,
        /// `dndSettings`.
        #[serde(
            rename = "dndSettings",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub dnd_settings: Option<crate::apps::contacts::models::DndSettingsSchema>,
        /// `inboundDndSettings`.
        #[serde(
            rename = "inboundDndSettings",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub inbound_dnd_settings: Option<crate::apps::contacts::models::InboundDndSettingsSchema>,
        /// This field will overwrite all current tags associated with the contact. To update a tags, it is recommended to use the Add Tag or Remove Tag API instead.
        #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<String>>,
        /// `customFields`.
        #[serde(
            rename = "customFields",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_fields: Option<Vec<serde_json::Value>>,
        /// `source`.
        #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
        pub source: Option<String>,
        /// The birth date of the contact. Supported formats: YYYY/MM/DD, MM/DD/YYYY, YYYY-MM-DD, MM-DD-YYYY, YYYY.MM.DD, MM.DD.YYYY, YYYY_MM_DD, MM_DD_YYYY
        #[serde(
            rename = "dateOfBirth",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub date_of_birth: Option<serde_json::Map<String, serde_json::Value>>,
        /// `country`.
        #[serde(rename = "country", default, skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
        /// `companyName`.
        #[serde(
            rename = "companyName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub company_name: Option<String>,
        /// User's Id
        #[serde(
            rename = "assignedTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_to: Option<String>,
        /// Controls whether to create a new contact or update an existing duplicate. **Scenario 1:** If this value is `true` and the location allows duplicate contacts, a new contact will be created immediately without checking for duplicates. **Scenario 2:** If this value is `true` but the location does not allow duplicate contacts, this field is ignored and the normal upsert behavior applies: the API will search for an existing duplicate contact, update it if found, or create a new contact if not found. **Scenario 3:** If this value is `false` or not provided, the normal upsert behavior applies regardless of the location's duplicate contact setting.
        #[serde(
            rename = "createNewIfDuplicateAllowed",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub create_new_if_duplicate_allowed: Option<bool>,
    }

    impl UpsertContactDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_id: impl Into<String>) -> Self {
            Self {
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `UpsertContactsSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpsertContactsSuccessfulResponseDto {
        /// `new`.
        #[serde(rename = "new", default, skip_serializing_if = "Option::is_none")]
        pub new: Option<bool>,
        /// `contact`.
        #[serde(rename = "contact", default, skip_serializing_if = "Option::is_none")]
        pub contact: Option<crate::apps::contacts::models::GetContectByIdSchema>,
        /// `traceId`.
        #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
    }

    /// `DeleteContactsSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteContactsSuccessfulResponseDto {
        /// `succeded`.
        #[serde(rename = "succeded", default, skip_serializing_if = "Option::is_none")]
        pub succeded: Option<bool>,
    }

    /// `ContactsSearchSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ContactsSearchSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `locationId`.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// `email`.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// `timezone`.
        #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
        pub timezone: Option<String>,
        /// `country`.
        #[serde(rename = "country", default, skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
        /// `source`.
        #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
        pub source: Option<String>,
        /// `dateAdded`.
        #[serde(rename = "dateAdded", default, skip_serializing_if = "Option::is_none")]
        pub date_added: Option<String>,
        /// `customFields`.
        #[serde(
            rename = "customFields",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_fields: Option<Vec<crate::apps::contacts::models::CustomFieldSchema>>,
        /// `tags`.
        #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<String>>,
        /// `businessId`.
        #[serde(
            rename = "businessId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_id: Option<String>,
        /// `attributions`.
        #[serde(
            rename = "attributions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attributions: Option<Vec<crate::apps::contacts::models::AttributionSource>>,
        /// `followers`.
        #[serde(rename = "followers", default, skip_serializing_if = "Option::is_none")]
        pub followers: Option<Vec<String>>,
    }

    /// `ContactsMetaSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ContactsMetaSchema {
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

    /// `ContactsSearchSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ContactsSearchSuccessfulResponseDto {
        /// `contacts`.
        #[serde(rename = "contacts", default, skip_serializing_if = "Option::is_none")]
        pub contacts: Option<Vec<crate::apps::contacts::models::ContactsSearchSchema>>,
        /// `count`.
        #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
        pub count: Option<f64>,
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

    /// `AddContactToCampaignDto` in the spec.
    pub type AddContactToCampaignDto = serde_json::Map<String, serde_json::Value>;

    /// `CreateDeleteCantactsCampaignsSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateDeleteCantactsCampaignsSuccessfulResponseDto {
        /// `succeded`.
        #[serde(rename = "succeded", default, skip_serializing_if = "Option::is_none")]
        pub succeded: Option<bool>,
    }

    /// `CreateWorkflowDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateWorkflowDto {
        /// `eventStartTime`.
        #[serde(
            rename = "eventStartTime",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub event_start_time: Option<String>,
    }

    /// `ContactsWorkflowSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ContactsWorkflowSuccessfulResponseDto {
        /// `succeded`.
        #[serde(rename = "succeded", default, skip_serializing_if = "Option::is_none")]
        pub succeded: Option<bool>,
    }
}

/// The Contacts API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct ContactsApi {
    client: GhlClient,
}

impl ContactsApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Search Contacts
    ///
    /// Search contacts based on combinations of advanced filters. Documentation Link - https://doc.clickup.com/8631005/d/h/87cpx-158396/6e629989abe7fad
    ///
    /// `POST /contacts/search`
    ///
    /// Version `2021-07-28`; scope `contacts.readonly`; retried after an unknown outcome.
    pub fn search_contacts_advanced(
        &self,
        body: &crate::apps::contacts::models::SearchBodyV2Dto,
    ) -> ops::SearchContactsAdvanced {
        let mut req = Request::new(http::Method::POST, "/contacts/search", "/contacts/search");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.idempotent(true);
        req = crate::apps::support::json_body(req, body);
        ops::SearchContactsAdvanced {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Duplicate Contact
    ///
    /// Get Duplicate Contact.&lt;br/&gt;&lt;br/&gt;If `Allow Duplicate Contact` is disabled under Settings, the global unique identifier will be used for searching the contact. If the setting is enabled, first priority for search is `email` and the second priority will be `phone`.
    ///
    /// `GET /contacts/search/duplicate`
    ///
    /// Version `2021-07-28`; scope `contacts.readonly`; retried after an unknown outcome.
    pub fn get_duplicate_contact(
        &self,
        location_id: impl Into<String>,
    ) -> ops::GetDuplicateContact {
        let mut req = Request::new(
            http::Method::GET,
            "/contacts/search/duplicate",
            "/contacts/search/duplicate",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetDuplicateContact {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get all Tasks
    ///
    /// `GET /contacts/{contactId}/tasks`
    ///
    /// Version `2021-07-28`; scope `contacts.readonly`; retried after an unknown outcome.
    pub fn get_all_tasks(&self, contact_id: impl AsRef<str>) -> ops::GetAllTasks {
        let mut req = Request::new(
            http::Method::GET,
            "/contacts/{contactId}/tasks",
            format!(
                "/contacts/{}/tasks",
                crate::request::segment(contact_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::GetAllTasks {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Task
    ///
    /// `POST /contacts/{contactId}/tasks`
    ///
    /// Version `2021-07-28`; scope `contacts.write`; never repeated after an unknown outcome.
    pub fn create_task(
        &self,
        contact_id: impl AsRef<str>,
        body: &crate::apps::contacts::models::CreateTaskParams,
    ) -> ops::CreateTask {
        let mut req = Request::new(
            http::Method::POST,
            "/contacts/{contactId}/tasks",
            format!(
                "/contacts/{}/tasks",
                crate::request::segment(contact_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateTask {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Task
    ///
    /// `GET /contacts/{contactId}/tasks/{taskId}`
    ///
    /// Version `2021-07-28`; scope `contacts.readonly`; retried after an unknown outcome.
    pub fn get_task(&self, contact_id: impl AsRef<str>, task_id: impl AsRef<str>) -> ops::GetTask {
        let mut req = Request::new(
            http::Method::GET,
            "/contacts/{contactId}/tasks/{taskId}",
            format!(
                "/contacts/{}/tasks/{}",
                crate::request::segment(contact_id.as_ref()),
                crate::request::segment(task_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::GetTask {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Task
    ///
    /// `PUT /contacts/{contactId}/tasks/{taskId}`
    ///
    /// Version `2021-07-28`; scope `contacts.write`; retried after an unknown outcome.
    pub fn update_task(
        &self,
        contact_id: impl AsRef<str>,
        task_id: impl AsRef<str>,
        body: &crate::apps::contacts::models::UpdateTaskBody,
    ) -> ops::UpdateTask {
        let mut req = Request::new(
            http::Method::PUT,
            "/contacts/{contactId}/tasks/{taskId}",
            format!(
                "/contacts/{}/tasks/{}",
                crate::request::segment(contact_id.as_ref()),
                crate::request::segment(task_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateTask {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Task
    ///
    /// `DELETE /contacts/{contactId}/tasks/{taskId}`
    ///
    /// Version `2021-07-28`; scope `contacts.write`; retried after an unknown outcome.
    pub fn delete_task(
        &self,
        contact_id: impl AsRef<str>,
        task_id: impl AsRef<str>,
    ) -> ops::DeleteTask {
        let mut req = Request::new(
            http::Method::DELETE,
            "/contacts/{contactId}/tasks/{taskId}",
            format!(
                "/contacts/{}/tasks/{}",
                crate::request::segment(contact_id.as_ref()),
                crate::request::segment(task_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::DeleteTask {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Task Completed
    ///
    /// `PUT /contacts/{contactId}/tasks/{taskId}/completed`
    ///
    /// Version `2021-07-28`; scope `contacts.write`; retried after an unknown outcome.
    pub fn update_task_completed(
        &self,
        contact_id: impl AsRef<str>,
        task_id: impl AsRef<str>,
        body: &crate::apps::contacts::models::UpdateTaskStatusParams,
    ) -> ops::UpdateTaskCompleted {
        let mut req = Request::new(
            http::Method::PUT,
            "/contacts/{contactId}/tasks/{taskId}/completed",
            format!(
                "/contacts/{}/tasks/{}/completed",
                crate::request::segment(contact_id.as_ref()),
                crate::request::segment(task_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateTaskCompleted {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Appointments for Contact
    ///
    /// `GET /contacts/{contactId}/appointments`
    ///
    /// Version `2021-07-28`; scope `contacts.readonly`; retried after an unknown outcome.
    pub fn get_appointments_for_contact(
        &self,
        contact_id: impl AsRef<str>,
    ) -> ops::GetAppointmentsForContact {
        let mut req = Request::new(
            http::Method::GET,
            "/contacts/{contactId}/appointments",
            format!(
                "/contacts/{}/appointments",
                crate::request::segment(contact_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::GetAppointmentsForContact {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Add Tags
    ///
    /// `POST /contacts/{contactId}/tags`
    ///
    /// Version `2021-07-28`; scope `contacts.write`; never repeated after an unknown outcome.
    pub fn add_tags(
        &self,
        contact_id: impl AsRef<str>,
        body: &crate::apps::contacts::models::TagsDto,
    ) -> ops::AddTags {
        let mut req = Request::new(
            http::Method::POST,
            "/contacts/{contactId}/tags",
            format!(
                "/contacts/{}/tags",
                crate::request::segment(contact_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::AddTags {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Remove Tags
    ///
    /// `DELETE /contacts/{contactId}/tags`
    ///
    /// Version `2021-07-28`; scope `contacts.write`; retried after an unknown outcome.
    pub fn remove_tags(
        &self,
        contact_id: impl AsRef<str>,
        body: &crate::apps::contacts::models::TagsDto,
    ) -> ops::RemoveTags {
        let mut req = Request::new(
            http::Method::DELETE,
            "/contacts/{contactId}/tags",
            format!(
                "/contacts/{}/tags",
                crate::request::segment(contact_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::RemoveTags {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get All Notes
    ///
    /// `GET /contacts/{contactId}/notes`
    ///
    /// Version `2021-07-28`; scope `contacts.readonly`; retried after an unknown outcome.
    pub fn get_all_notes(&self, contact_id: impl AsRef<str>) -> ops::GetAllNotes {
        let mut req = Request::new(
            http::Method::GET,
            "/contacts/{contactId}/notes",
            format!(
                "/contacts/{}/notes",
                crate::request::segment(contact_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::GetAllNotes {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Note
    ///
    /// `POST /contacts/{contactId}/notes`
    ///
    /// Version `2021-07-28`; scope `contacts.write`; never repeated after an unknown outcome.
    pub fn create_note(
        &self,
        contact_id: impl AsRef<str>,
        body: &crate::apps::contacts::models::NotesDto,
    ) -> ops::CreateNote {
        let mut req = Request::new(
            http::Method::POST,
            "/contacts/{contactId}/notes",
            format!(
                "/contacts/{}/notes",
                crate::request::segment(contact_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateNote {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Note
    ///
    /// `GET /contacts/{contactId}/notes/{id}`
    ///
    /// Version `2021-07-28`; scope `contacts.readonly`; retried after an unknown outcome.
    pub fn get_note(&self, contact_id: impl AsRef<str>, id: impl AsRef<str>) -> ops::GetNote {
        let mut req = Request::new(
            http::Method::GET,
            "/contacts/{contactId}/notes/{id}",
            format!(
                "/contacts/{}/notes/{}",
                crate::request::segment(contact_id.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::GetNote {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Note
    ///
    /// `PUT /contacts/{contactId}/notes/{id}`
    ///
    /// Version `2021-07-28`; scope `contacts.write`; retried after an unknown outcome.
    pub fn update_note(
        &self,
        contact_id: impl AsRef<str>,
        id: impl AsRef<str>,
        body: &crate::apps::contacts::models::UpdateNoteDto,
    ) -> ops::UpdateNote {
        let mut req = Request::new(
            http::Method::PUT,
            "/contacts/{contactId}/notes/{id}",
            format!(
                "/contacts/{}/notes/{}",
                crate::request::segment(contact_id.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateNote {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Note
    ///
    /// `DELETE /contacts/{contactId}/notes/{id}`
    ///
    /// Version `2021-07-28`; scope `contacts.write`; retried after an unknown outcome.
    pub fn delete_note(&self, contact_id: impl AsRef<str>, id: impl AsRef<str>) -> ops::DeleteNote {
        let mut req = Request::new(
            http::Method::DELETE,
            "/contacts/{contactId}/notes/{id}",
            format!(
                "/contacts/{}/notes/{}",
                crate::request::segment(contact_id.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::DeleteNote {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Contacts Tags
    ///
    /// Allows you to update tags to multiple contacts at once, you can add or remove tags from the contacts
    ///
    /// `POST /contacts/bulk/tags/update/{type}`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn create_association(
        &self,
        r#type: impl AsRef<str>,
        body: &crate::apps::contacts::models::UpdateTagsDto,
    ) -> ops::CreateAssociation {
        let mut req = Request::new(
            http::Method::POST,
            "/contacts/bulk/tags/update/{type}",
            format!(
                "/contacts/bulk/tags/update/{}",
                crate::request::segment(r#type.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateAssociation {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Add/Remove Contacts From Business
    ///
    /// Add/Remove Contacts From Business . Passing a `null` businessId will remove the businessId from the contacts
    ///
    /// `POST /contacts/bulk/business`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn add_remove_contact_from_business(
        &self,
        body: &crate::apps::contacts::models::ContactsBusinessUpdate,
    ) -> ops::AddRemoveContactFromBusiness {
        let mut req = Request::new(
            http::Method::POST,
            "/contacts/bulk/business",
            "/contacts/bulk/business",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::AddRemoveContactFromBusiness {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Contact
    ///
    /// `GET /contacts/{contactId}`
    ///
    /// Version `2021-07-28`; scope `contacts.readonly`; retried after an unknown outcome.
    pub fn get_contact(&self, contact_id: impl AsRef<str>) -> ops::GetContact {
        let mut req = Request::new(
            http::Method::GET,
            "/contacts/{contactId}",
            format!("/contacts/{}", crate::request::segment(contact_id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::GetContact {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Contact
    ///
    /// Please find the list of acceptable values for the `country` field  &lt;a href="https://highlevel.stoplight.io/docs/integrations/ZG9jOjI4MzUzNDIy-country-list" target="_blank"&gt;here&lt;/a&gt;
    ///
    /// `PUT /contacts/{contactId}`
    ///
    /// Version `2021-07-28`; scope `contacts.write`; retried after an unknown outcome.
    pub fn update_contact(
        &self,
        contact_id: impl AsRef<str>,
        body: &crate::apps::contacts::models::UpdateContactDto,
    ) -> ops::UpdateContact {
        let mut req = Request::new(
            http::Method::PUT,
            "/contacts/{contactId}",
            format!("/contacts/{}", crate::request::segment(contact_id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateContact {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Contact
    ///
    /// `DELETE /contacts/{contactId}`
    ///
    /// Version `2021-07-28`; scope `contacts.write`; retried after an unknown outcome.
    pub fn delete_contact(&self, contact_id: impl AsRef<str>) -> ops::DeleteContact {
        let mut req = Request::new(
            http::Method::DELETE,
            "/contacts/{contactId}",
            format!("/contacts/{}", crate::request::segment(contact_id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::DeleteContact {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Upsert Contact
    ///
    /// Please find the list of acceptable values for the `country` field  &lt;a href="https://highlevel.stoplight.io/docs/integrations/ZG9jOjI4MzUzNDIy-country-list" target="_blank"&gt;here&lt;/a&gt;&lt;br/&gt;&lt;br/&gt;The Upsert API will adhere to the configuration defined under the “Allow Duplicate Contact” setting at the Location level. If the setting is configured to check both Email and Phone, the API will attempt to identify an existing contact based on the priority sequence specified in the setting, and will create or update the contact accordingly.&lt;br/&gt;&lt;br/&gt;If two separate contacts already exist—one with the same email and another with the same phone—and an upsert request includes both the email and phone, the API will update the contact that matches the first field in the configured sequence, and ignore the second field to prevent duplication.
    ///
    /// `POST /contacts/upsert`
    ///
    /// Version `2021-07-28`; scope `contacts.write`; never repeated after an unknown outcome.
    pub fn upsert_contact(
        &self,
        body: &crate::apps::contacts::models::UpsertContactDto,
    ) -> ops::UpsertContact {
        let mut req = Request::new(http::Method::POST, "/contacts/upsert", "/contacts/upsert");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpsertContact {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Contacts By BusinessId
    ///
    /// `GET /contacts/business/{businessId}`
    ///
    /// Version `2021-07-28`; scope `contacts.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn get_contacts_by_business_id(
        &self,
        business_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::GetContactsByBusinessId {
        let mut req = Request::new(
            http::Method::GET,
            "/contacts/business/{businessId}",
            format!(
                "/contacts/business/{}",
                crate::request::segment(business_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetContactsByBusinessId {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Add Followers
    ///
    /// `POST /contacts/{contactId}/followers`
    ///
    /// Version `2021-07-28`; scope `contacts.write`; never repeated after an unknown outcome.
    pub fn add_followers_contact(
        &self,
        contact_id: impl AsRef<str>,
        body: &crate::apps::contacts::models::FollowersDto,
    ) -> ops::AddFollowersContact {
        let mut req = Request::new(
            http::Method::POST,
            "/contacts/{contactId}/followers",
            format!(
                "/contacts/{}/followers",
                crate::request::segment(contact_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::AddFollowersContact {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Remove Followers
    ///
    /// `DELETE /contacts/{contactId}/followers`
    ///
    /// Version `2021-07-28`; scope `contacts.write`; retried after an unknown outcome.
    pub fn remove_followers_contact(
        &self,
        contact_id: impl AsRef<str>,
        body: &crate::apps::contacts::models::FollowersDto,
    ) -> ops::RemoveFollowersContact {
        let mut req = Request::new(
            http::Method::DELETE,
            "/contacts/{contactId}/followers",
            format!(
                "/contacts/{}/followers",
                crate::request::segment(contact_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::RemoveFollowersContact {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Add Contact to Campaign
    ///
    /// Add contact to Campaign
    ///
    /// `POST /contacts/{contactId}/campaigns/{campaignId}`
    ///
    /// Version `2021-07-28`; scope `contacts.write`; never repeated after an unknown outcome.
    pub fn add_contact_to_campaign(
        &self,
        contact_id: impl AsRef<str>,
        campaign_id: impl AsRef<str>,
        body: &crate::apps::contacts::models::AddContactToCampaignDto,
    ) -> ops::AddContactToCampaign {
        let mut req = Request::new(
            http::Method::POST,
            "/contacts/{contactId}/campaigns/{campaignId}",
            format!(
                "/contacts/{}/campaigns/{}",
                crate::request::segment(contact_id.as_ref()),
                crate::request::segment(campaign_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::AddContactToCampaign {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Remove Contact From Campaign
    ///
    /// `DELETE /contacts/{contactId}/campaigns/{campaignId}`
    ///
    /// Version `2021-07-28`; scope `contacts.write`; retried after an unknown outcome.
    pub fn remove_contact_from_campaign(
        &self,
        contact_id: impl AsRef<str>,
        campaign_id: impl AsRef<str>,
    ) -> ops::RemoveContactFromCampaign {
        let mut req = Request::new(
            http::Method::DELETE,
            "/contacts/{contactId}/campaigns/{campaignId}",
            format!(
                "/contacts/{}/campaigns/{}",
                crate::request::segment(contact_id.as_ref()),
                crate::request::segment(campaign_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::RemoveContactFromCampaign {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Remove Contact From Every Campaign
    ///
    /// `DELETE /contacts/{contactId}/campaigns/removeAll`
    ///
    /// Version `2021-07-28`; scope `contacts.write`; retried after an unknown outcome.
    pub fn remove_contact_from_every_campaign(
        &self,
        contact_id: impl AsRef<str>,
    ) -> ops::RemoveContactFromEveryCampaign {
        let mut req = Request::new(
            http::Method::DELETE,
            "/contacts/{contactId}/campaigns/removeAll",
            format!(
                "/contacts/{}/campaigns/removeAll",
                crate::request::segment(contact_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::RemoveContactFromEveryCampaign {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Add Contact to Workflow
    ///
    /// `POST /contacts/{contactId}/workflow/{workflowId}`
    ///
    /// Version `2021-07-28`; scope `contacts.write`; never repeated after an unknown outcome.
    pub fn add_contact_to_workflow(
        &self,
        contact_id: impl AsRef<str>,
        workflow_id: impl AsRef<str>,
        body: &crate::apps::contacts::models::CreateWorkflowDto,
    ) -> ops::AddContactToWorkflow {
        let mut req = Request::new(
            http::Method::POST,
            "/contacts/{contactId}/workflow/{workflowId}",
            format!(
                "/contacts/{}/workflow/{}",
                crate::request::segment(contact_id.as_ref()),
                crate::request::segment(workflow_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::AddContactToWorkflow {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Contact from Workflow
    ///
    /// `DELETE /contacts/{contactId}/workflow/{workflowId}`
    ///
    /// Version `2021-07-28`; scope `contacts.write`; retried after an unknown outcome.
    pub fn delete_contact_from_workflow(
        &self,
        contact_id: impl AsRef<str>,
        workflow_id: impl AsRef<str>,
        body: &crate::apps::contacts::models::CreateWorkflowDto,
    ) -> ops::DeleteContactFromWorkflow {
        let mut req = Request::new(
            http::Method::DELETE,
            "/contacts/{contactId}/workflow/{workflowId}",
            format!(
                "/contacts/{}/workflow/{}",
                crate::request::segment(contact_id.as_ref()),
                crate::request::segment(workflow_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::DeleteContactFromWorkflow {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Contacts
    ///
    /// Get Contacts
    ///
    /// **Note:** This API endpoint is deprecated. Please use the \[Search Contacts\](https://marketplace.gohighlevel.com/docs/ghl/contacts/search-contacts-advanced) endpoint instead.
    ///
    /// `GET /contacts/`
    ///
    /// Version `2021-07-28`; scope `contacts.readonly`; retried after an unknown outcome; pages by StartAfter.
    #[deprecated(note = "deprecated in GHL's spec")]
    pub fn get_contacts(&self, location_id: impl Into<String>) -> ops::GetContacts {
        let mut req = Request::new(http::Method::GET, "/contacts/", "/contacts/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetContacts {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Contact
    ///
    /// Please find the list of acceptable values for the `country` field  &lt;a href="https://highlevel.stoplight.io/docs/integrations/ZG9jOjI4MzUzNDIy-country-list" target="_blank"&gt;here&lt;/a&gt;
    ///
    /// `POST /contacts/`
    ///
    /// Version `2021-07-28`; scope `contacts.write`; never repeated after an unknown outcome.
    pub fn create_contact(
        &self,
        body: &crate::apps::contacts::models::CreateContactDto,
    ) -> ops::CreateContact {
        let mut req = Request::new(http::Method::POST, "/contacts/", "/contacts/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateContact {
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

    /// The `POST /contacts/search` request being built, to send with [`SearchContactsAdvanced::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct SearchContactsAdvanced {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl SearchContactsAdvanced {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline; the spec gives no schema for the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            crate::apps::support::send_value(&self.client, self.request).await
        }
    }

    /// The `GET /contacts/search/duplicate` request being built, to send with [`GetDuplicateContact::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetDuplicateContact {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetDuplicateContact {
        /// Phone Number - Pass in URL Encoded form. i.e +1423164516 will become `%2B1423164516`
        pub fn number(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("number", value.into());
            self
        }

        /// Email - Pass in URL Encoded form. i.e test+abc@gmail.com will become `test%2Babc%40gmail.com`
        pub fn email(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("email", value.into());
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

        /// Sends it through the client's pipeline; the spec gives no schema for the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            crate::apps::support::send_value(&self.client, self.request).await
        }
    }

    /// The `GET /contacts/{contactId}/tasks` request being built, to send with [`GetAllTasks::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAllTasks {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAllTasks {
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
        ) -> Result<crate::apps::contacts::models::TasksListSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /contacts/{contactId}/tasks` request being built, to send with [`CreateTask::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateTask {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateTask {
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
        ) -> Result<crate::apps::contacts::models::TaskByIsSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /contacts/{contactId}/tasks/{taskId}` request being built, to send with [`GetTask::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetTask {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetTask {
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
        ) -> Result<crate::apps::contacts::models::TaskByIsSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /contacts/{contactId}/tasks/{taskId}` request being built, to send with [`UpdateTask::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateTask {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateTask {
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
        ) -> Result<crate::apps::contacts::models::TaskByIsSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /contacts/{contactId}/tasks/{taskId}` request being built, to send with [`DeleteTask::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteTask {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteTask {
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
        ) -> Result<crate::apps::contacts::models::DeleteTaskSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /contacts/{contactId}/tasks/{taskId}/completed` request being built, to send with [`UpdateTaskCompleted::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateTaskCompleted {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateTaskCompleted {
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
        ) -> Result<crate::apps::contacts::models::TaskByIsSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /contacts/{contactId}/appointments` request being built, to send with [`GetAppointmentsForContact::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAppointmentsForContact {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAppointmentsForContact {
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
        ) -> Result<crate::apps::contacts::models::GetEventsSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /contacts/{contactId}/tags` request being built, to send with [`AddTags::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct AddTags {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl AddTags {
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
        ) -> Result<crate::apps::contacts::models::CreateAddTagSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /contacts/{contactId}/tags` request being built, to send with [`RemoveTags::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct RemoveTags {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl RemoveTags {
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
        ) -> Result<crate::apps::contacts::models::CreateDeleteTagSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /contacts/{contactId}/notes` request being built, to send with [`GetAllNotes::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAllNotes {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAllNotes {
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
        ) -> Result<crate::apps::contacts::models::GetNotesListSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /contacts/{contactId}/notes` request being built, to send with [`CreateNote::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateNote {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateNote {
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
        ) -> Result<crate::apps::contacts::models::GetCreateUpdateNoteSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `GET /contacts/{contactId}/notes/{id}` request being built, to send with [`GetNote::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetNote {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetNote {
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
        ) -> Result<crate::apps::contacts::models::GetCreateUpdateNoteSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /contacts/{contactId}/notes/{id}` request being built, to send with [`UpdateNote::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateNote {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateNote {
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
        ) -> Result<crate::apps::contacts::models::GetCreateUpdateNoteSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /contacts/{contactId}/notes/{id}` request being built, to send with [`DeleteNote::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteNote {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteNote {
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
        ) -> Result<crate::apps::contacts::models::DeleteNoteSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /contacts/bulk/tags/update/{type}` request being built, to send with [`CreateAssociation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateAssociation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateAssociation {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::contacts::models::UpdateTagsResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /contacts/bulk/business` request being built, to send with [`AddRemoveContactFromBusiness::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct AddRemoveContactFromBusiness {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl AddRemoveContactFromBusiness {
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
        ) -> Result<crate::apps::contacts::models::ContactsBulkUpateResponse> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /contacts/{contactId}` request being built, to send with [`GetContact::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetContact {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetContact {
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
        ) -> Result<crate::apps::contacts::models::ContactsByIdSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /contacts/{contactId}` request being built, to send with [`UpdateContact::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateContact {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateContact {
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
        ) -> Result<crate::apps::contacts::models::UpdateContactsSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /contacts/{contactId}` request being built, to send with [`DeleteContact::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteContact {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteContact {
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
        ) -> Result<crate::apps::contacts::models::DeleteContactsSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /contacts/upsert` request being built, to send with [`UpsertContact::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpsertContact {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpsertContact {
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
        ) -> Result<crate::apps::contacts::models::UpsertContactsSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /contacts/business/{businessId}` request being built, to send with [`GetContactsByBusinessId::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetContactsByBusinessId {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetContactsByBusinessId {
        /// Sets `limit`.
        pub fn limit(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("limit", value.into());
            self
        }

        /// Sets `skip`.
        pub fn skip(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("skip", value.into());
            self
        }

        /// Sets `query`.
        pub fn query(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("query", value.into());
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
        ) -> Result<crate::Page<crate::apps::contacts::models::ContactsSearchSchema>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("skip"),
                cursor,
                |r: crate::apps::contacts::models::ContactsSearchSuccessfulResponseDto| {
                    (r.contacts.unwrap_or_default(), r.count.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(
            self,
        ) -> crate::ItemStream<crate::apps::contacts::models::ContactsSearchSchema> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::contacts::models::ContactsSearchSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /contacts/{contactId}/followers` request being built, to send with [`AddFollowersContact::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct AddFollowersContact {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl AddFollowersContact {
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
        ) -> Result<crate::apps::contacts::models::CreateAddFollowersSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /contacts/{contactId}/followers` request being built, to send with [`RemoveFollowersContact::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct RemoveFollowersContact {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl RemoveFollowersContact {
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
        ) -> Result<crate::apps::contacts::models::DeleteFollowersSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /contacts/{contactId}/campaigns/{campaignId}` request being built, to send with [`AddContactToCampaign::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct AddContactToCampaign {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl AddContactToCampaign {
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
        ) -> Result<crate::apps::contacts::models::CreateDeleteCantactsCampaignsSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /contacts/{contactId}/campaigns/{campaignId}` request being built, to send with [`RemoveContactFromCampaign::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct RemoveContactFromCampaign {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl RemoveContactFromCampaign {
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
        ) -> Result<crate::apps::contacts::models::CreateDeleteCantactsCampaignsSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /contacts/{contactId}/campaigns/removeAll` request being built, to send with [`RemoveContactFromEveryCampaign::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct RemoveContactFromEveryCampaign {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl RemoveContactFromEveryCampaign {
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
        ) -> Result<crate::apps::contacts::models::CreateDeleteCantactsCampaignsSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `POST /contacts/{contactId}/workflow/{workflowId}` request being built, to send with [`AddContactToWorkflow::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct AddContactToWorkflow {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl AddContactToWorkflow {
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
        ) -> Result<crate::apps::contacts::models::ContactsWorkflowSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /contacts/{contactId}/workflow/{workflowId}` request being built, to send with [`DeleteContactFromWorkflow::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteContactFromWorkflow {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteContactFromWorkflow {
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
        ) -> Result<crate::apps::contacts::models::ContactsWorkflowSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /contacts/` request being built, to send with [`GetContacts::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetContacts {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetContacts {
        /// Start After Id
        pub fn start_after_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("startAfterId", value.into());
            self
        }

        /// Start Afte
        pub fn start_after(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("startAfter", value.to_string());
            self
        }

        /// Contact Query
        pub fn query(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("query", value.into());
            self
        }

        /// Limit Per Page records count. will allow maximum up to 100 and default will be 20
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
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
        ) -> Result<crate::apps::contacts::models::ContactsSearchSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /contacts/` request being built, to send with [`CreateContact::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateContact {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateContact {
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
        ) -> Result<crate::apps::contacts::models::CreateContactsSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }
}
