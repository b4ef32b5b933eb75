//! Calendars API: 41 operations.
//!
//! Generated from GHL's `apps/calendars.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `GroupDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GroupDto {
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
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "slug", default, skip_serializing_if = "Option::is_none")]
        pub slug: Option<String>,
        /// `isActive`.
        #[serde(rename = "isActive", default, skip_serializing_if = "Option::is_none")]
        pub is_active: Option<bool>,
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
    }

    impl GroupDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            name: impl Into<String>,
            description: impl Into<String>,
            slug: impl Into<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                name: Some(name.into()),
                description: Some(description.into()),
                slug: Some(slug.into()),
                ..Self::default()
            }
        }
    }

    /// `AllGroupsSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AllGroupsSuccessfulResponseDto {
        /// `groups`.
        #[serde(rename = "groups", default, skip_serializing_if = "Option::is_none")]
        pub groups: Option<Vec<crate::apps::calendars::models::GroupDto>>,
    }

    /// `ValidateGroupSlugPostBody` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ValidateGroupSlugPostBody {
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Slug
        ///
        /// Required by the spec.
        #[serde(rename = "slug", default, skip_serializing_if = "Option::is_none")]
        pub slug: Option<String>,
    }

    impl ValidateGroupSlugPostBody {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_id: impl Into<String>, slug: impl Into<String>) -> Self {
            Self {
                location_id: Some(location_id.into()),
                slug: Some(slug.into()),
                ..Self::default()
            }
        }
    }

    /// `ValidateGroupSlugSuccessResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ValidateGroupSlugSuccessResponseDto {
        ///
        /// Required by the spec.
        #[serde(rename = "available", default, skip_serializing_if = "Option::is_none")]
        pub available: Option<bool>,
    }

    impl ValidateGroupSlugSuccessResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(available: bool) -> Self {
            Self {
                available: Some(available),
                ..Self::default()
            }
        }
    }

    /// `GroupCreateDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GroupCreateDto {
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
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "slug", default, skip_serializing_if = "Option::is_none")]
        pub slug: Option<String>,
        /// `isActive`.
        #[serde(rename = "isActive", default, skip_serializing_if = "Option::is_none")]
        pub is_active: Option<bool>,
    }

    impl GroupCreateDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            name: impl Into<String>,
            description: impl Into<String>,
            slug: impl Into<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                name: Some(name.into()),
                description: Some(description.into()),
                slug: Some(slug.into()),
                ..Self::default()
            }
        }
    }

    /// `GroupCreateSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GroupCreateSuccessfulResponseDto {
        /// `group`.
        #[serde(rename = "group", default, skip_serializing_if = "Option::is_none")]
        pub group: Option<crate::apps::calendars::models::GroupDto>,
    }

    /// `GroupSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GroupSuccessfulResponseDto {
        /// Success
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    /// `GroupStatusUpdateParams` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GroupStatusUpdateParams {
        /// Is Active?
        ///
        /// Required by the spec.
        #[serde(rename = "isActive", default, skip_serializing_if = "Option::is_none")]
        pub is_active: Option<bool>,
    }

    impl GroupStatusUpdateParams {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(is_active: bool) -> Self {
            Self {
                is_active: Some(is_active),
                ..Self::default()
            }
        }
    }

    /// `GroupUpdateDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GroupUpdateDto {
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "slug", default, skip_serializing_if = "Option::is_none")]
        pub slug: Option<String>,
    }

    impl GroupUpdateDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            name: impl Into<String>,
            description: impl Into<String>,
            slug: impl Into<String>,
        ) -> Self {
            Self {
                name: Some(name.into()),
                description: Some(description.into()),
                slug: Some(slug.into()),
                ..Self::default()
            }
        }
    }

    /// `AppointmentCreateSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AppointmentCreateSchema {
        /// Title
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Meeting location type.
        /// - If `address` is provided in the request body, the `meetingLocationType` defaults to **custom**.
        ///
        /// One of: `"custom"`, `"zoom"`, `"gmeet"`, `"phone"`, `"address"`, `"ms_teams"`, `"google"`.
        #[serde(
            rename = "meetingLocationType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub meeting_location_type: Option<String>,
        /// The unique identifier for the meeting location.
        /// - This value can be found in `calendar.locationConfigurations`or `calendar.teamMembers\[\].locationConfigurations`
        #[serde(
            rename = "meetingLocationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub meeting_location_id: Option<String>,
        /// Flag to override location config
        /// - **false** - If only `meetingLocationId` is provided
        /// - **true** - If only `meetingLocationType` is provided
        #[serde(
            rename = "overrideLocationConfig",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub override_location_config: Option<bool>,
        /// One of: `"new"`, `"confirmed"`, `"cancelled"`, `"showed"`, `"noshow"`, `"invalid"`.
        #[serde(
            rename = "appointmentStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub appointment_status: Option<String>,
        /// Assigned User Id
        #[serde(
            rename = "assignedUserId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_user_id: Option<String>,
        /// Appointment Description
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Appointment Address
        #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
        pub address: Option<String>,
        /// If set to true, the minimum scheduling notice and date range would be ignored
        #[serde(
            rename = "ignoreDateRange",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ignore_date_range: Option<bool>,
        /// If set to false, the automations will not run
        #[serde(rename = "toNotify", default, skip_serializing_if = "Option::is_none")]
        pub to_notify: Option<bool>,
        /// If true the time slot validation would be avoided for any appointment creation (even the ignoreDateRange)
        #[serde(
            rename = "ignoreFreeSlotValidation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ignore_free_slot_validation: Option<bool>,
        /// RRULE as per the iCalendar (RFC 5545) specification for recurring events. DTSTART is not required, instance ids are calculated on the basis of startTime of the event. The rrule only be applied if ignoreFreeSlotValidation is true.
        #[serde(rename = "rrule", default, skip_serializing_if = "Option::is_none")]
        pub rrule: Option<String>,
        /// Calendar Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "calendarId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub calendar_id: Option<String>,
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Contact Id
        ///
        /// Required by the spec.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// Start Time
        ///
        /// Required by the spec.
        #[serde(rename = "startTime", default, skip_serializing_if = "Option::is_none")]
        pub start_time: Option<String>,
        /// End Time
        #[serde(rename = "endTime", default, skip_serializing_if = "Option::is_none")]
        pub end_time: Option<String>,
    }

    impl AppointmentCreateSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            calendar_id: impl Into<String>,
            location_id: impl Into<String>,
            contact_id: impl Into<String>,
            start_time: impl Into<String>,
        ) -> Self {
            Self {
                calendar_id: Some(calendar_id.into()),
                location_id: Some(location_id.into()),
                contact_id: Some(contact_id.into()),
                start_time: Some(start_time.into()),
                ..Self::default()
            }
        }
    }

    /// `AppointmentSchemaResponse` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AppointmentSchemaResponse {
        /// Calendar Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "calendarId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub calendar_id: Option<String>,
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Contact Id
        ///
        /// Required by the spec.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// Start Time
        #[serde(rename = "startTime", default, skip_serializing_if = "Option::is_none")]
        pub start_time: Option<String>,
        /// End Time
        #[serde(rename = "endTime", default, skip_serializing_if = "Option::is_none")]
        pub end_time: Option<String>,
        /// Title
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Meeting Location Type
        #[serde(
            rename = "meetingLocationType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub meeting_location_type: Option<String>,
        /// One of: `"new"`, `"confirmed"`, `"cancelled"`, `"showed"`, `"noshow"`, `"invalid"`, `"active"`, `"completed"`.
        #[serde(
            rename = "appointmentStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub appointment_status: Option<String>,
        /// Assigned User Id
        #[serde(
            rename = "assignedUserId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_user_id: Option<String>,
        /// Appointment Address
        #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
        pub address: Option<String>,
        /// true if the event is recurring otherwise false
        #[serde(
            rename = "isRecurring",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_recurring: Option<bool>,
        /// RRULE as per the iCalendar (RFC 5545) specification for recurring events
        #[serde(rename = "rrule", default, skip_serializing_if = "Option::is_none")]
        pub rrule: Option<String>,
        /// Id
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
    }

    impl AppointmentSchemaResponse {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            calendar_id: impl Into<String>,
            location_id: impl Into<String>,
            contact_id: impl Into<String>,
            id: impl Into<String>,
        ) -> Self {
            Self {
                calendar_id: Some(calendar_id.into()),
                location_id: Some(location_id.into()),
                contact_id: Some(contact_id.into()),
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `AppointmentEditSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AppointmentEditSchema {
        /// Title
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Meeting location type.
        /// - If `address` is provided in the request body, the `meetingLocationType` defaults to **custom**.
        ///
        /// One of: `"custom"`, `"zoom"`, `"gmeet"`, `"phone"`, `"address"`, `"ms_teams"`, `"google"`.
        #[serde(
            rename = "meetingLocationType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub meeting_location_type: Option<String>,
        /// The unique identifier for the meeting location.
        /// - This value can be found in `calendar.locationConfigurations`or `calendar.teamMembers\[\].locationConfigurations`
        #[serde(
            rename = "meetingLocationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub meeting_location_id: Option<String>,
        /// Flag to override location config
        /// - **false** - If only `meetingLocationId` is provided
        /// - **true** - If only `meetingLocationType` is provided
        #[serde(
            rename = "overrideLocationConfig",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub override_location_config: Option<bool>,
        /// One of: `"new"`, `"confirmed"`, `"cancelled"`, `"showed"`, `"noshow"`, `"invalid"`.
        #[serde(
            rename = "appointmentStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub appointment_status: Option<String>,
        /// Assigned User Id
        #[serde(
            rename = "assignedUserId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_user_id: Option<String>,
        /// Appointment Description
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Appointment Address
        #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
        pub address: Option<String>,
        /// If set to true, the minimum scheduling notice and date range would be ignored
        #[serde(
            rename = "ignoreDateRange",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ignore_date_range: Option<bool>,
        /// If set to false, the automations will not run
        #[serde(rename = "toNotify", default, skip_serializing_if = "Option::is_none")]
        pub to_notify: Option<bool>,
        /// If true the time slot validation would be avoided for any appointment creation (even the ignoreDateRange)
        #[serde(
            rename = "ignoreFreeSlotValidation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ignore_free_slot_validation: Option<bool>,
        /// RRULE as per the iCalendar (RFC 5545) specification for recurring events. DTSTART is not required, instance ids are calculated on the basis of startTime of the event. The rrule only be applied if ignoreFreeSlotValidation is true.
        #[serde(rename = "rrule", default, skip_serializing_if = "Option::is_none")]
        pub rrule: Option<String>,
        /// Calendar Id
        #[serde(
            rename = "calendarId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub calendar_id: Option<String>,
        /// Start Time
        #[serde(rename = "startTime", default, skip_serializing_if = "Option::is_none")]
        pub start_time: Option<String>,
        /// End Time
        #[serde(rename = "endTime", default, skip_serializing_if = "Option::is_none")]
        pub end_time: Option<String>,
    }

    /// `CreatedOrUpdatedBy` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreatedOrUpdatedBy {
        /// The ID of the user who created or updated the appointment
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// The source of the appointment
        ///
        /// Required by the spec.
        #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
        pub source: Option<String>,
    }

    impl CreatedOrUpdatedBy {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(source: impl Into<String>) -> Self {
            Self {
                source: Some(source.into()),
                ..Self::default()
            }
        }
    }

    /// `CalendarEventDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CalendarEventDto {
        /// Event Id or Instance id for a recurring event
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Calendar Event address
        #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
        pub address: Option<String>,
        /// Calendar Event title
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Calendar ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "calendarId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub calendar_id: Option<String>,
        /// Location ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Contact ID
        ///
        /// Required by the spec.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// Group ID
        ///
        /// Required by the spec.
        #[serde(rename = "groupId", default, skip_serializing_if = "Option::is_none")]
        pub group_id: Option<String>,
        /// Appointment Status
        ///
        /// Required by the spec.
        #[serde(
            rename = "appointmentStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub appointment_status: Option<String>,
        /// AssignedUser - the primary owner of an appointment
        ///
        /// Required by the spec.
        #[serde(
            rename = "assignedUserId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_user_id: Option<String>,
        /// Users - the secondary owners of an appointment.
        ///
        /// Required by the spec.
        #[serde(rename = "users", default, skip_serializing_if = "Option::is_none")]
        pub users: Option<Vec<String>>,
        /// Notes
        #[serde(rename = "notes", default, skip_serializing_if = "Option::is_none")]
        pub notes: Option<String>,
        /// Description
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// true if the event is recurring otherwise false
        #[serde(
            rename = "isRecurring",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_recurring: Option<bool>,
        /// RRULE as per the iCalendar (RFC 5545) specification for recurring events. DTSTART is not required, instance ids are calculated on the basis of startTime of the event.
        #[serde(rename = "rrule", default, skip_serializing_if = "Option::is_none")]
        pub rrule: Option<String>,
        /// `startTime` as an ISO 8601 time.
        ///
        /// Required by the spec.
        #[serde(rename = "startTime", default, skip_serializing_if = "Option::is_none")]
        pub start_time: Option<String>,
        /// `endTime` as an ISO 8601 time.
        ///
        /// Required by the spec.
        #[serde(rename = "endTime", default, skip_serializing_if = "Option::is_none")]
        pub end_time: Option<String>,
        /// `dateAdded` as an ISO 8601 time.
        ///
        /// Required by the spec.
        #[serde(rename = "dateAdded", default, skip_serializing_if = "Option::is_none")]
        pub date_added: Option<String>,
        /// `dateUpdated` as an ISO 8601 time.
        ///
        /// Required by the spec.
        #[serde(
            rename = "dateUpdated",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub date_updated: Option<String>,
        /// Ids of associated resources rooms and/or equipments
        #[serde(
            rename = "assignedResources",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_resources: Option<Vec<String>>,
        /// Appointment booked by metadata
        #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
        pub created_by: Option<crate::apps::calendars::models::CreatedOrUpdatedBy>,
        /// Master event id for a recurring instance
        #[serde(
            rename = "masterEventId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub master_event_id: Option<String>,
    }

    impl CalendarEventDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            title: impl Into<String>,
            calendar_id: impl Into<String>,
            location_id: impl Into<String>,
            contact_id: impl Into<String>,
            group_id: impl Into<String>,
            appointment_status: impl Into<String>,
            assigned_user_id: impl Into<String>,
            users: Vec<String>,
            start_time: impl Into<String>,
            end_time: impl Into<String>,
            date_added: impl Into<String>,
            date_updated: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                title: Some(title.into()),
                calendar_id: Some(calendar_id.into()),
                location_id: Some(location_id.into()),
                contact_id: Some(contact_id.into()),
                group_id: Some(group_id.into()),
                appointment_status: Some(appointment_status.into()),
                assigned_user_id: Some(assigned_user_id.into()),
                users: Some(users),
                start_time: Some(start_time.into()),
                end_time: Some(end_time.into()),
                date_added: Some(date_added.into()),
                date_updated: Some(date_updated.into()),
                ..Self::default()
            }
        }
    }

    /// `GetCalendarEventsSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetCalendarEventsSuccessfulResponseDto {
        /// `events`.
        #[serde(rename = "events", default, skip_serializing_if = "Option::is_none")]
        pub events: Option<Vec<crate::apps::calendars::models::CalendarEventDto>>,
    }

    /// `BlockSlotCreateRequestDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BlockSlotCreateRequestDto {
        /// Title
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Either calendarId or assignedUserId can be set, not both.
        ///
        /// Required by the spec.
        #[serde(
            rename = "calendarId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub calendar_id: Option<String>,
        /// Either calendarId or assignedUserId can be set, not both.
        #[serde(
            rename = "assignedUserId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_user_id: Option<String>,
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Start Time
        #[serde(rename = "startTime", default, skip_serializing_if = "Option::is_none")]
        pub start_time: Option<String>,
        /// End Time
        #[serde(rename = "endTime", default, skip_serializing_if = "Option::is_none")]
        pub end_time: Option<String>,
    }

    impl BlockSlotCreateRequestDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(calendar_id: impl Into<String>, location_id: impl Into<String>) -> Self {
            Self {
                calendar_id: Some(calendar_id.into()),
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `BlockedSlotSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BlockedSlotSuccessfulResponseDto {
        /// Id
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Title
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Start Time
        ///
        /// Required by the spec.
        #[serde(rename = "startTime", default, skip_serializing_if = "Option::is_none")]
        pub start_time: Option<serde_json::Map<String, serde_json::Value>>,
        /// End Time
        ///
        /// Required by the spec.
        #[serde(rename = "endTime", default, skip_serializing_if = "Option::is_none")]
        pub end_time: Option<serde_json::Map<String, serde_json::Value>>,
        /// Calendar id
        #[serde(
            rename = "calendarId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub calendar_id: Option<String>,
        /// Assigned User Id
        #[serde(
            rename = "assignedUserId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_user_id: Option<String>,
    }

    impl BlockedSlotSuccessfulResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            location_id: impl Into<String>,
            title: impl Into<String>,
            start_time: serde_json::Map<String, serde_json::Value>,
            end_time: serde_json::Map<String, serde_json::Value>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                location_id: Some(location_id.into()),
                title: Some(title.into()),
                start_time: Some(start_time),
                end_time: Some(end_time),
                ..Self::default()
            }
        }
    }

    /// `BlockSlotEditRequestDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BlockSlotEditRequestDto {
        /// Title
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Either calendarId or assignedUserId can be set, not both.
        ///
        /// Required by the spec.
        #[serde(
            rename = "calendarId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub calendar_id: Option<String>,
        /// Either calendarId or assignedUserId can be set, not both.
        #[serde(
            rename = "assignedUserId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_user_id: Option<String>,
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Start Time
        #[serde(rename = "startTime", default, skip_serializing_if = "Option::is_none")]
        pub start_time: Option<String>,
        /// End Time
        #[serde(rename = "endTime", default, skip_serializing_if = "Option::is_none")]
        pub end_time: Option<String>,
    }

    impl BlockSlotEditRequestDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(calendar_id: impl Into<String>, location_id: impl Into<String>) -> Self {
            Self {
                calendar_id: Some(calendar_id.into()),
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `SlotsSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SlotsSchema {
        ///
        /// Required by the spec.
        #[serde(rename = "slots", default, skip_serializing_if = "Option::is_none")]
        pub slots: Option<Vec<String>>,
    }

    impl SlotsSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(slots: Vec<String>) -> Self {
            Self {
                slots: Some(slots),
                ..Self::default()
            }
        }
    }

    /// `CalendarNotification` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CalendarNotification {
        /// Calendar Notification
        ///
        /// One of: `"email"`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "shouldSendToContact",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub should_send_to_contact: Option<bool>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "shouldSendToGuest",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub should_send_to_guest: Option<bool>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "shouldSendToUser",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub should_send_to_user: Option<bool>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "shouldSendToSelectedUsers",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub should_send_to_selected_users: Option<bool>,
        /// Comma separated emails
        ///
        /// Required by the spec.
        #[serde(
            rename = "selectedUsers",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub selected_users: Option<String>,
    }

    impl CalendarNotification {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            should_send_to_contact: bool,
            should_send_to_guest: bool,
            should_send_to_user: bool,
            should_send_to_selected_users: bool,
            selected_users: impl Into<String>,
        ) -> Self {
            Self {
                should_send_to_contact: Some(should_send_to_contact),
                should_send_to_guest: Some(should_send_to_guest),
                should_send_to_user: Some(should_send_to_user),
                should_send_to_selected_users: Some(should_send_to_selected_users),
                selected_users: Some(selected_users.into()),
                ..Self::default()
            }
        }
    }

    /// `LocationConfiguration` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LocationConfiguration {
        /// Type of meeting location. zoom_conference/google_conference/ms_teams_conference is not supported in event calendar type
        ///
        /// One of: `"custom"`, `"zoom_conference"`, `"google_conference"`, `"inbound_call"`, `"outbound_call"`, `"physical"`, `"booker"`, `"ms_teams_conference"`.
        ///
        /// Required by the spec.
        #[serde(rename = "kind", default, skip_serializing_if = "Option::is_none")]
        pub kind: Option<String>,
        /// Address for meeting location. Not applicable on "zoom_conference", "google_conference" and "ms_teams_conference" kind
        #[serde(rename = "location", default, skip_serializing_if = "Option::is_none")]
        pub location: Option<String>,
    }

    impl LocationConfiguration {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(kind: impl Into<String>) -> Self {
            Self {
                kind: Some(kind.into()),
                ..Self::default()
            }
        }
    }

    /// `TeamMember` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TeamMember {
        ///
        /// Required by the spec.
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// One of: `0`, `0.5`, `1`.
        #[serde(rename = "priority", default, skip_serializing_if = "Option::is_none")]
        pub priority: Option<f64>,
        /// 🚨 Deprecated! Use `locationConfigurations.kind` instead.
        ///
        /// One of: `"custom"`, `"zoom"`, `"gmeet"`, `"phone"`, `"address"`, `"teams"`, `"booker"`.
        #[serde(
            rename = "meetingLocationType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub meeting_location_type: Option<String>,
        /// 🚨 Deprecated! Use `locationConfigurations.location` instead.
        #[serde(
            rename = "meetingLocation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub meeting_location: Option<String>,
        /// Marks a user as primary. This property is required in case of collective booking calendars. Only one user can be primary.
        #[serde(rename = "isPrimary", default, skip_serializing_if = "Option::is_none")]
        pub is_primary: Option<bool>,
        /// Meeting location configuration for event calendar.
        /// - *Multiple locations are allowed only when one team member is selected.*
        /// - *For **Class booking** and **Collective** calendars, only one location configuration is allowed for each team member.*
        #[serde(
            rename = "locationConfigurations",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_configurations:
            Option<Vec<crate::apps::calendars::models::LocationConfiguration>>,
    }

    impl TeamMember {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(user_id: impl Into<String>) -> Self {
            Self {
                user_id: Some(user_id.into()),
                ..Self::default()
            }
        }
    }

    /// `Hour` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct Hour {
        ///
        /// Required by the spec.
        #[serde(rename = "openHour", default, skip_serializing_if = "Option::is_none")]
        pub open_hour: Option<f64>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "openMinute",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub open_minute: Option<f64>,
        ///
        /// Required by the spec.
        #[serde(rename = "closeHour", default, skip_serializing_if = "Option::is_none")]
        pub close_hour: Option<f64>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "closeMinute",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub close_minute: Option<f64>,
    }

    impl Hour {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(open_hour: f64, open_minute: f64, close_hour: f64, close_minute: f64) -> Self {
            Self {
                open_hour: Some(open_hour),
                open_minute: Some(open_minute),
                close_hour: Some(close_hour),
                close_minute: Some(close_minute),
                ..Self::default()
            }
        }
    }

    /// `OpenHour` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct OpenHour {
        ///
        /// Required by the spec.
        #[serde(
            rename = "daysOfTheWeek",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub days_of_the_week: Option<Vec<f64>>,
        ///
        /// Required by the spec.
        #[serde(rename = "hours", default, skip_serializing_if = "Option::is_none")]
        pub hours: Option<Vec<crate::apps::calendars::models::Hour>>,
    }

    impl OpenHour {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            days_of_the_week: Vec<f64>,
            hours: Vec<crate::apps::calendars::models::Hour>,
        ) -> Self {
            Self {
                days_of_the_week: Some(days_of_the_week),
                hours: Some(hours),
                ..Self::default()
            }
        }
    }

    /// `Recurring` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct Recurring {
        /// One of: `"DAILY"`, `"WEEKLY"`, `"MONTHLY"`.
        #[serde(rename = "freq", default, skip_serializing_if = "Option::is_none")]
        pub freq: Option<String>,
        /// Number of recurrences
        #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
        pub count: Option<f64>,
        /// This setting contols what to do incase a recurring slot is unavailable
        ///
        /// One of: `"skip"`, `"continue"`, `"book_next"`.
        #[serde(
            rename = "bookingOption",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub booking_option: Option<String>,
        /// This setting contols what to do incase a recurring slot is unavailable
        ///
        /// One of: `"confirmed"`, `"new"`.
        #[serde(
            rename = "bookingOverlapDefaultStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub booking_overlap_default_status: Option<String>,
    }

    /// `Availability` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct Availability {
        /// Formulate the date string in the format of `&lt;YYYY-MM-DD in local timezone&gt;T00:00:00.000Z`.
        ///
        /// Required by the spec.
        #[serde(rename = "date", default, skip_serializing_if = "Option::is_none")]
        pub date: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "hours", default, skip_serializing_if = "Option::is_none")]
        pub hours: Option<Vec<crate::apps::calendars::models::Hour>>,
        /// `deleted`.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
    }

    impl Availability {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            date: impl Into<String>,
            hours: Vec<crate::apps::calendars::models::Hour>,
        ) -> Self {
            Self {
                date: Some(date.into()),
                hours: Some(hours),
                ..Self::default()
            }
        }
    }

    /// `LookBusyConfiguration` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LookBusyConfiguration {
        /// Apply Look Busy
        ///
        /// Required by the spec.
        #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
        pub enabled: Option<bool>,
        /// Percentage of slots that will be hidden
        ///
        /// Required by the spec.
        #[serde(
            rename = "LookBusyPercentage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub look_busy_percentage: Option<f64>,
    }

    impl LookBusyConfiguration {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(enabled: bool, look_busy_percentage: f64) -> Self {
            Self {
                enabled: Some(enabled),
                look_busy_percentage: Some(look_busy_percentage),
                ..Self::default()
            }
        }
    }

    /// `CalendarCreateDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CalendarCreateDto {
        /// Should the created calendar be active or draft
        #[serde(rename = "isActive", default, skip_serializing_if = "Option::is_none")]
        pub is_active: Option<bool>,
        /// 🚨 Deprecated! Please use 'Calendar Notifications APIs' instead.
        #[serde(
            rename = "notifications",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub notifications: Option<Vec<crate::apps::calendars::models::CalendarNotification>>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Group Id
        #[serde(rename = "groupId", default, skip_serializing_if = "Option::is_none")]
        pub group_id: Option<String>,
        /// Team members are required for calendars of type: Round Robin, Collective, Class, Service. Personal calendar must have exactly one team member.
        #[serde(
            rename = "teamMembers",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub team_members: Option<Vec<crate::apps::calendars::models::TeamMember>>,
        /// One of: `"RoundRobin_OptimizeForAvailability"`, `"RoundRobin_OptimizeForEqualDistribution"`.
        #[serde(rename = "eventType", default, skip_serializing_if = "Option::is_none")]
        pub event_type: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `description`.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// `slug`.
        #[serde(rename = "slug", default, skip_serializing_if = "Option::is_none")]
        pub slug: Option<String>,
        /// `widgetSlug`.
        #[serde(
            rename = "widgetSlug",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub widget_slug: Option<String>,
        /// One of: `"round_robin"`, `"event"`, `"class_booking"`, `"collective"`, `"service_booking"`, `"personal"`.
        #[serde(
            rename = "calendarType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub calendar_type: Option<String>,
        /// Calendar widget type. Choose "default" for "neo" and "classic" for "classic" layout.
        ///
        /// One of: `"default"`, `"classic"`.
        #[serde(
            rename = "widgetType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub widget_type: Option<String>,
        /// `eventTitle`.
        #[serde(
            rename = "eventTitle",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub event_title: Option<String>,
        /// `eventColor`.
        #[serde(
            rename = "eventColor",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub event_color: Option<String>,
        /// 🚨 Deprecated! Use `locationConfigurations.location` or `teamMembers\[\].locationConfigurations.location` instead.
        #[serde(
            rename = "meetingLocation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub meeting_location: Option<String>,
        /// Meeting location configuration for event calendar
        #[serde(
            rename = "locationConfigurations",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_configurations:
            Option<Vec<crate::apps::calendars::models::LocationConfiguration>>,
        /// This controls the duration of the meeting
        #[serde(
            rename = "slotDuration",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub slot_duration: Option<f64>,
        /// Unit for slot duration.
        ///
        /// One of: `"mins"`, `"hours"`.
        #[serde(
            rename = "slotDurationUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub slot_duration_unit: Option<String>,
        /// Slot interval reflects the amount of time the between booking slots that will be shown in the calendar.
        #[serde(
            rename = "slotInterval",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub slot_interval: Option<f64>,
        /// Unit for slot interval.
        ///
        /// One of: `"mins"`, `"hours"`.
        #[serde(
            rename = "slotIntervalUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub slot_interval_unit: Option<String>,
        /// Slot-Buffer is additional time that can be added after an appointment, allowing for extra time to wrap up
        #[serde(
            rename = "slotBuffer",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub slot_buffer: Option<f64>,
        /// Unit for slot buffer.
        ///
        /// One of: `"mins"`, `"hours"`.
        #[serde(
            rename = "slotBufferUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub slot_buffer_unit: Option<String>,
        /// Pre-Buffer is additional time that can be added before an appointment, allowing for extra time to get ready
        #[serde(rename = "preBuffer", default, skip_serializing_if = "Option::is_none")]
        pub pre_buffer: Option<f64>,
        /// Unit for pre-buffer.
        ///
        /// One of: `"mins"`, `"hours"`.
        #[serde(
            rename = "preBufferUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub pre_buffer_unit: Option<String>,
        /// Maximum bookings per slot (per user). Maximum seats per slot in case of Class Booking Calendar.
        #[serde(
            rename = "appoinmentPerSlot",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub appoinment_per_slot: Option<f64>,
        /// Number of appointments that can be booked for a given day
        #[serde(
            rename = "appoinmentPerDay",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub appoinment_per_day: Option<f64>,
        /// Minimum scheduling notice for events
        #[serde(
            rename = "allowBookingAfter",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_booking_after: Option<f64>,
        /// Unit for minimum scheduling notice
        ///
        /// One of: `"hours"`, `"days"`, `"weeks"`, `"months"`.
        #[serde(
            rename = "allowBookingAfterUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_booking_after_unit: Option<String>,
        /// Minimum number of days/weeks/months for which to allow booking events
        #[serde(
            rename = "allowBookingFor",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_booking_for: Option<f64>,
        /// Unit for controlling the duration for which booking would be allowed for
        ///
        /// One of: `"days"`, `"weeks"`, `"months"`.
        #[serde(
            rename = "allowBookingForUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_booking_for_unit: Option<String>,
        /// This is only to set the standard availability. For custom availability, use the availabilities property
        #[serde(rename = "openHours", default, skip_serializing_if = "Option::is_none")]
        pub open_hours: Option<Vec<crate::apps::calendars::models::OpenHour>>,
        /// Enable recurring appointments for the calendars. Please note that only one member should be added in the calendar to enable this
        #[serde(
            rename = "enableRecurring",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_recurring: Option<bool>,
        /// `recurring`.
        #[serde(rename = "recurring", default, skip_serializing_if = "Option::is_none")]
        pub recurring: Option<crate::apps::calendars::models::Recurring>,
        /// `formId`.
        #[serde(rename = "formId", default, skip_serializing_if = "Option::is_none")]
        pub form_id: Option<String>,
        /// `stickyContact`.
        #[serde(
            rename = "stickyContact",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sticky_contact: Option<bool>,
        /// `isLivePaymentMode`.
        #[serde(
            rename = "isLivePaymentMode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_live_payment_mode: Option<bool>,
        /// `autoConfirm`.
        #[serde(
            rename = "autoConfirm",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub auto_confirm: Option<bool>,
        /// `shouldSendAlertEmailsToAssignedMember`.
        #[serde(
            rename = "shouldSendAlertEmailsToAssignedMember",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub should_send_alert_emails_to_assigned_member: Option<bool>,
        /// `alertEmail`.
        #[serde(
            rename = "alertEmail",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub alert_email: Option<String>,
        /// `googleInvitationEmails`.
        #[serde(
            rename = "googleInvitationEmails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub google_invitation_emails: Option<bool>,
        /// `allowReschedule`.
        #[serde(
            rename = "allowReschedule",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_reschedule: Option<bool>,
        /// `allowCancellation`.
        #[serde(
            rename = "allowCancellation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_cancellation: Option<bool>,
        /// `shouldAssignContactToTeamMember`.
        #[serde(
            rename = "shouldAssignContactToTeamMember",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub should_assign_contact_to_team_member: Option<bool>,
        /// `shouldSkipAssigningContactForExisting`.
        #[serde(
            rename = "shouldSkipAssigningContactForExisting",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub should_skip_assigning_contact_for_existing: Option<bool>,
        /// `notes`.
        #[serde(rename = "notes", default, skip_serializing_if = "Option::is_none")]
        pub notes: Option<String>,
        /// `pixelId`.
        #[serde(rename = "pixelId", default, skip_serializing_if = "Option::is_none")]
        pub pixel_id: Option<String>,
        /// One of: `"RedirectURL"`, `"ThankYouMessage"`.
        #[serde(
            rename = "formSubmitType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub form_submit_type: Option<String>,
        /// `formSubmitRedirectURL`.
        #[serde(
            rename = "formSubmitRedirectURL",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub form_submit_redirect_url: Option<String>,
        /// `formSubmitThanksMessage`.
        #[serde(
            rename = "formSubmitThanksMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub form_submit_thanks_message: Option<String>,
        /// Determines which availability type to consider:
        /// - **1**: Only custom availabilities will be used.
        /// - **0**: Only open hours will be used.
        /// - **null**: Both custom availabilities and open hours will be considered.
        ///
        /// One of: `0`, `1`.
        #[serde(
            rename = "availabilityType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub availability_type: Option<f64>,
        /// This is only to set the custom availability. For standard availability, use the openHours property
        #[serde(
            rename = "availabilities",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub availabilities: Option<Vec<crate::apps::calendars::models::Availability>>,
        /// One of: `"count_only"`, `"collect_detail"`.
        #[serde(rename = "guestType", default, skip_serializing_if = "Option::is_none")]
        pub guest_type: Option<String>,
        /// `consentLabel`.
        #[serde(
            rename = "consentLabel",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub consent_label: Option<String>,
        /// `calendarCoverImage`.
        #[serde(
            rename = "calendarCoverImage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub calendar_cover_image: Option<String>,
        /// Look Busy Configuration
        #[serde(
            rename = "lookBusyConfig",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub look_busy_config: Option<crate::apps::calendars::models::LookBusyConfiguration>,
    }

    impl CalendarCreateDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_id: impl Into<String>, name: impl Into<String>) -> Self {
            Self {
                location_id: Some(location_id.into()),
                name: Some(name.into()),
                ..Self::default()
            }
        }
    }

    /// `LocationConfigurationResponse` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LocationConfigurationResponse {
        /// Type of meeting location. zoom_conference/google_conference/ms_teams_conference is not supported in event calendar type
        ///
        /// One of: `"custom"`, `"zoom_conference"`, `"google_conference"`, `"inbound_call"`, `"outbound_call"`, `"physical"`, `"booker"`, `"ms_teams_conference"`.
        ///
        /// Required by the spec.
        #[serde(rename = "kind", default, skip_serializing_if = "Option::is_none")]
        pub kind: Option<String>,
        /// Address for meeting location. Not applicable on "zoom_conference", "google_conference" and "ms_teams_conference" kind
        #[serde(rename = "location", default, skip_serializing_if = "Option::is_none")]
        pub location: Option<String>,
        /// Unique ID used to select a specific meeting location
        #[serde(rename = "meetingId", default, skip_serializing_if = "Option::is_none")]
        pub meeting_id: Option<String>,
    }

    impl LocationConfigurationResponse {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(kind: impl Into<String>) -> Self {
            Self {
                kind: Some(kind.into()),
                ..Self::default()
            }
        }
    }

    /// `TeamMemberResponse` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TeamMemberResponse {
        ///
        /// Required by the spec.
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// One of: `0`, `0.5`, `1`.
        #[serde(rename = "priority", default, skip_serializing_if = "Option::is_none")]
        pub priority: Option<f64>,
        /// 🚨 Deprecated! Use `locationConfigurations.kind` instead.
        ///
        /// One of: `"custom"`, `"zoom"`, `"gmeet"`, `"phone"`, `"address"`, `"teams"`, `"booker"`.
        #[serde(
            rename = "meetingLocationType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub meeting_location_type: Option<String>,
        /// 🚨 Deprecated! Use `locationConfigurations.location` instead.
        #[serde(
            rename = "meetingLocation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub meeting_location: Option<String>,
        /// Marks a user as primary. This property is required in case of collective booking calendars. Only one user can be primary.
        #[serde(rename = "isPrimary", default, skip_serializing_if = "Option::is_none")]
        pub is_primary: Option<bool>,
        /// Meeting location configurations
        #[serde(
            rename = "locationConfigurations",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_configurations:
            Option<Vec<crate::apps::calendars::models::LocationConfigurationResponse>>,
    }

    impl TeamMemberResponse {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(user_id: impl Into<String>) -> Self {
            Self {
                user_id: Some(user_id.into()),
                ..Self::default()
            }
        }
    }

    /// `CalendarDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CalendarDto {
        /// Should the created calendar be active or draft
        #[serde(rename = "isActive", default, skip_serializing_if = "Option::is_none")]
        pub is_active: Option<bool>,
        /// 🚨 Deprecated! Please use 'Calendar Notifications APIs' instead.
        #[serde(
            rename = "notifications",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub notifications: Option<Vec<crate::apps::calendars::models::CalendarNotification>>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Group Id
        #[serde(rename = "groupId", default, skip_serializing_if = "Option::is_none")]
        pub group_id: Option<String>,
        /// Team members are for calendars of type: Round Robin, Collective, Class, Service. Personal calendar must have exactly one team member.
        #[serde(
            rename = "teamMembers",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub team_members: Option<Vec<crate::apps::calendars::models::TeamMemberResponse>>,
        /// One of: `"RoundRobin_OptimizeForAvailability"`, `"RoundRobin_OptimizeForEqualDistribution"`.
        #[serde(rename = "eventType", default, skip_serializing_if = "Option::is_none")]
        pub event_type: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `description`.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// `slug`.
        #[serde(rename = "slug", default, skip_serializing_if = "Option::is_none")]
        pub slug: Option<String>,
        /// `widgetSlug`.
        #[serde(
            rename = "widgetSlug",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub widget_slug: Option<String>,
        /// One of: `"round_robin"`, `"event"`, `"class_booking"`, `"collective"`, `"service_booking"`, `"personal"`.
        #[serde(
            rename = "calendarType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub calendar_type: Option<String>,
        /// Calendar widget type. Choose "default" for "neo" and "classic" for "classic" layout.
        ///
        /// One of: `"default"`, `"classic"`.
        #[serde(
            rename = "widgetType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub widget_type: Option<String>,
        /// `eventTitle`.
        #[serde(
            rename = "eventTitle",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub event_title: Option<String>,
        /// `eventColor`.
        #[serde(
            rename = "eventColor",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub event_color: Option<String>,
        /// 🚨 Deprecated! Use `locationConfigurations.location` or `teamMembers\[\].locationConfigurations.location` instead.
        #[serde(
            rename = "meetingLocation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub meeting_location: Option<String>,
        /// Meeting location configuration for event calendar
        #[serde(
            rename = "locationConfigurations",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_configurations:
            Option<Vec<crate::apps::calendars::models::LocationConfigurationResponse>>,
        /// This controls the duration of the meeting
        #[serde(
            rename = "slotDuration",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub slot_duration: Option<f64>,
        /// Unit for slot duration.
        ///
        /// One of: `"mins"`, `"hours"`.
        #[serde(
            rename = "slotDurationUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub slot_duration_unit: Option<String>,
        /// Slot interval reflects the amount of time the between booking slots that will be shown in the calendar.
        #[serde(
            rename = "slotInterval",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub slot_interval: Option<f64>,
        /// Unit for slot interval.
        ///
        /// One of: `"mins"`, `"hours"`.
        #[serde(
            rename = "slotIntervalUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub slot_interval_unit: Option<String>,
        /// Slot-Buffer is additional time that can be added after an appointment, allowing for extra time to wrap up
        #[serde(
            rename = "slotBuffer",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub slot_buffer: Option<f64>,
        /// Unit for slot buffer.
        ///
        /// One of: `"mins"`, `"hours"`.
        #[serde(
            rename = "slotBufferUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub slot_buffer_unit: Option<String>,
        /// Pre-Buffer is additional time that can be added before an appointment, allowing for extra time to get ready
        #[serde(rename = "preBuffer", default, skip_serializing_if = "Option::is_none")]
        pub pre_buffer: Option<f64>,
        /// Unit for pre-buffer.
        ///
        /// One of: `"mins"`, `"hours"`.
        #[serde(
            rename = "preBufferUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub pre_buffer_unit: Option<String>,
        /// Maximum bookings per slot (per user). Maximum seats per slot in case of Class Booking Calendar.
        #[serde(
            rename = "appoinmentPerSlot",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub appoinment_per_slot: Option<f64>,
        /// Number of appointments that can be booked for a given day
        #[serde(
            rename = "appoinmentPerDay",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub appoinment_per_day: Option<f64>,
        /// Minimum scheduling notice for events
        #[serde(
            rename = "allowBookingAfter",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_booking_after: Option<f64>,
        /// Unit for minimum scheduling notice
        ///
        /// One of: `"hours"`, `"days"`, `"weeks"`, `"months"`.
        #[serde(
            rename = "allowBookingAfterUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_booking_after_unit: Option<String>,
        /// Minimum number of days/weeks/months for which to allow booking events
        #[serde(
            rename = "allowBookingFor",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_booking_for: Option<f64>,
        /// Unit for controlling the duration for which booking would be allowed for
        ///
        /// One of: `"days"`, `"weeks"`, `"months"`.
        #[serde(
            rename = "allowBookingForUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_booking_for_unit: Option<String>,
        /// This is only to set the standard availability. For custom availability, use the availabilities property
        #[serde(rename = "openHours", default, skip_serializing_if = "Option::is_none")]
        pub open_hours: Option<Vec<crate::apps::calendars::models::OpenHour>>,
        /// Enable recurring appointments for the calendars. Please note that only one member should be added in the calendar to enable this
        #[serde(
            rename = "enableRecurring",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_recurring: Option<bool>,
        /// `recurring`.
        #[serde(rename = "recurring", default, skip_serializing_if = "Option::is_none")]
        pub recurring: Option<crate::apps::calendars::models::Recurring>,
        /// `formId`.
        #[serde(rename = "formId", default, skip_serializing_if = "Option::is_none")]
        pub form_id: Option<String>,
        /// `stickyContact`.
        #[serde(
            rename = "stickyContact",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sticky_contact: Option<bool>,
        /// `isLivePaymentMode`.
        #[serde(
            rename = "isLivePaymentMode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_live_payment_mode: Option<bool>,
        /// `autoConfirm`.
        #[serde(
            rename = "autoConfirm",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub auto_confirm: Option<bool>,
        /// `shouldSendAlertEmailsToAssignedMember`.
        #[serde(
            rename = "shouldSendAlertEmailsToAssignedMember",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub should_send_alert_emails_to_assigned_member: Option<bool>,
        /// `alertEmail`.
        #[serde(
            rename = "alertEmail",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub alert_email: Option<String>,
        /// `googleInvitationEmails`.
        #[serde(
            rename = "googleInvitationEmails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub google_invitation_emails: Option<bool>,
        /// `allowReschedule`.
        #[serde(
            rename = "allowReschedule",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_reschedule: Option<bool>,
        /// `allowCancellation`.
        #[serde(
            rename = "allowCancellation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_cancellation: Option<bool>,
        /// `shouldAssignContactToTeamMember`.
        #[serde(
            rename = "shouldAssignContactToTeamMember",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub should_assign_contact_to_team_member: Option<bool>,
        /// `shouldSkipAssigningContactForExisting`.
        #[serde(
            rename = "shouldSkipAssigningContactForExisting",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub should_skip_assigning_contact_for_existing: Option<bool>,
        /// `notes`.
        #[serde(rename = "notes", default, skip_serializing_if = "Option::is_none")]
        pub notes: Option<String>,
        /// `pixelId`.
        #[serde(rename = "pixelId", default, skip_serializing_if = "Option::is_none")]
        pub pixel_id: Option<String>,
        /// One of: `"RedirectURL"`, `"ThankYouMessage"`.
        #[serde(
            rename = "formSubmitType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub form_submit_type: Option<String>,
        /// `formSubmitRedirectURL`.
        #[serde(
            rename = "formSubmitRedirectURL",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub form_submit_redirect_url: Option<String>,
        /// `formSubmitThanksMessage`.
        #[serde(
            rename = "formSubmitThanksMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub form_submit_thanks_message: Option<String>,
        /// Determines which availability type to consider:
        /// - **1**: Only custom availabilities will be used.
        /// - **0**: Only open hours will be used.
        /// - **null**: Both custom availabilities and open hours will be considered.
        ///
        /// One of: `0`, `1`.
        #[serde(
            rename = "availabilityType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub availability_type: Option<f64>,
        /// This is only to set the custom availability. For standard availability, use the openHours property
        #[serde(
            rename = "availabilities",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub availabilities: Option<Vec<crate::apps::calendars::models::Availability>>,
        /// One of: `"count_only"`, `"collect_detail"`.
        #[serde(rename = "guestType", default, skip_serializing_if = "Option::is_none")]
        pub guest_type: Option<String>,
        /// `consentLabel`.
        #[serde(
            rename = "consentLabel",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub consent_label: Option<String>,
        /// `calendarCoverImage`.
        #[serde(
            rename = "calendarCoverImage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub calendar_cover_image: Option<String>,
        /// Look Busy Configuration
        #[serde(
            rename = "lookBusyConfig",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub look_busy_config: Option<crate::apps::calendars::models::LookBusyConfiguration>,
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
    }

    impl CalendarDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            name: impl Into<String>,
            id: impl Into<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                name: Some(name.into()),
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `CalendarsGetSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CalendarsGetSuccessfulResponseDto {
        /// `calendars`.
        #[serde(rename = "calendars", default, skip_serializing_if = "Option::is_none")]
        pub calendars: Option<Vec<crate::apps::calendars::models::CalendarDto>>,
    }

    /// `CalendarByIdSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CalendarByIdSuccessfulResponseDto {
        ///
        /// Required by the spec.
        #[serde(rename = "calendar", default, skip_serializing_if = "Option::is_none")]
        pub calendar: Option<crate::apps::calendars::models::CalendarDto>,
    }

    impl CalendarByIdSuccessfulResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(calendar: crate::apps::calendars::models::CalendarDto) -> Self {
            Self {
                calendar: Some(calendar),
                ..Self::default()
            }
        }
    }

    /// `UpdateAvailability` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateAvailability {
        /// Formulate the date string in the format of `&lt;YYYY-MM-DD in local timezone&gt;T00:00:00.000Z`.
        ///
        /// Required by the spec.
        #[serde(rename = "date", default, skip_serializing_if = "Option::is_none")]
        pub date: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "hours", default, skip_serializing_if = "Option::is_none")]
        pub hours: Option<Vec<crate::apps::calendars::models::Hour>>,
        /// `deleted`.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// The ID of the custom availability object. It is required while updating or deleting the existing custom date availability
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
    }

    impl UpdateAvailability {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            date: impl Into<String>,
            hours: Vec<crate::apps::calendars::models::Hour>,
        ) -> Self {
            Self {
                date: Some(date.into()),
                hours: Some(hours),
                ..Self::default()
            }
        }
    }

    /// `CalendarUpdateDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CalendarUpdateDto {
        /// 🚨 Deprecated! Please use 'Calendar Notifications APIs' instead.
        #[serde(
            rename = "notifications",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub notifications: Option<Vec<crate::apps::calendars::models::CalendarNotification>>,
        /// Group Id
        #[serde(rename = "groupId", default, skip_serializing_if = "Option::is_none")]
        pub group_id: Option<String>,
        /// Team members are required for calendars of type: Round Robin, Collective, Class, Service. Personal calendar must have exactly one team member.
        #[serde(
            rename = "teamMembers",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub team_members: Option<Vec<crate::apps::calendars::models::TeamMember>>,
        /// One of: `"RoundRobin_OptimizeForAvailability"`, `"RoundRobin_OptimizeForEqualDistribution"`.
        #[serde(rename = "eventType", default, skip_serializing_if = "Option::is_none")]
        pub event_type: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `description`.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// `slug`.
        #[serde(rename = "slug", default, skip_serializing_if = "Option::is_none")]
        pub slug: Option<String>,
        /// `widgetSlug`.
        #[serde(
            rename = "widgetSlug",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub widget_slug: Option<String>,
        /// Calendar widget type. Choose "default" for "neo" and "classic" for "classic" layout.
        ///
        /// One of: `"default"`, `"classic"`.
        #[serde(
            rename = "widgetType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub widget_type: Option<String>,
        /// `eventTitle`.
        #[serde(
            rename = "eventTitle",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub event_title: Option<String>,
        /// `eventColor`.
        #[serde(
            rename = "eventColor",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub event_color: Option<String>,
        /// Meeting location configuration for event calendar
        #[serde(
            rename = "locationConfigurations",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_configurations:
            Option<Vec<crate::apps::calendars::models::LocationConfiguration>>,
        /// 🚨 Deprecated! Use `locationConfigurations.location` or `teamMembers\[\].locationConfigurations.location` instead.
        #[serde(
            rename = "meetingLocation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub meeting_location: Option<String>,
        /// This controls the duration of the meeting
        #[serde(
            rename = "slotDuration",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub slot_duration: Option<f64>,
        /// Unit for slot duration.
        ///
        /// One of: `"mins"`, `"hours"`.
        #[serde(
            rename = "slotDurationUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub slot_duration_unit: Option<String>,
        /// Unit for pre-buffer.
        ///
        /// One of: `"mins"`, `"hours"`.
        #[serde(
            rename = "preBufferUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub pre_buffer_unit: Option<String>,
        /// Slot interval reflects the amount of time the between booking slots that will be shown in the calendar.
        #[serde(
            rename = "slotInterval",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub slot_interval: Option<f64>,
        /// Unit for slot interval.
        ///
        /// One of: `"mins"`, `"hours"`.
        #[serde(
            rename = "slotIntervalUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub slot_interval_unit: Option<String>,
        /// Slot-Buffer is additional time that can be added after an appointment, allowing for extra time to wrap up
        #[serde(
            rename = "slotBuffer",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub slot_buffer: Option<f64>,
        /// Pre-Buffer is additional time that can be added before an appointment, allowing for extra time to get ready
        #[serde(rename = "preBuffer", default, skip_serializing_if = "Option::is_none")]
        pub pre_buffer: Option<f64>,
        /// `appoinmentPerSlot`.
        #[serde(
            rename = "appoinmentPerSlot",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub appoinment_per_slot: Option<f64>,
        /// Number of appointments that can be booked for a given day
        #[serde(
            rename = "appoinmentPerDay",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub appoinment_per_day: Option<f64>,
        /// Minimum scheduling notice for events
        #[serde(
            rename = "allowBookingAfter",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_booking_after: Option<f64>,
        /// Unit for minimum scheduling notice
        ///
        /// One of: `"hours"`, `"days"`, `"weeks"`, `"months"`.
        #[serde(
            rename = "allowBookingAfterUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_booking_after_unit: Option<String>,
        /// Minimum number of days/weeks/months for which to allow booking events
        #[serde(
            rename = "allowBookingFor",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_booking_for: Option<f64>,
        /// Unit for controlling the duration for which booking would be allowed for
        ///
        /// One of: `"days"`, `"weeks"`, `"months"`.
        #[serde(
            rename = "allowBookingForUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_booking_for_unit: Option<String>,
        /// `openHours`.
        #[serde(rename = "openHours", default, skip_serializing_if = "Option::is_none")]
        pub open_hours: Option<Vec<crate::apps::calendars::models::OpenHour>>,
        /// Enable recurring appointments for the calendars. Please note that only one member should be added in the calendar to enable this
        #[serde(
            rename = "enableRecurring",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_recurring: Option<bool>,
        /// `recurring`.
        #[serde(rename = "recurring", default, skip_serializing_if = "Option::is_none")]
        pub recurring: Option<crate::apps::calendars::models::Recurring>,
        /// `formId`.
        #[serde(rename = "formId", default, skip_serializing_if = "Option::is_none")]
        pub form_id: Option<String>,
        /// `stickyContact`.
        #[serde(
            rename = "stickyContact",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sticky_contact: Option<bool>,
        /// `isLivePaymentMode`.
        #[serde(
            rename = "isLivePaymentMode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_live_payment_mode: Option<bool>,
        /// `autoConfirm`.
        #[serde(
            rename = "autoConfirm",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub auto_confirm: Option<bool>,
        /// `shouldSendAlertEmailsToAssignedMember`.
        #[serde(
            rename = "shouldSendAlertEmailsToAssignedMember",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub should_send_alert_emails_to_assigned_member: Option<bool>,
        /// `alertEmail`.
        #[serde(
            rename = "alertEmail",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub alert_email: Option<String>,
        /// `googleInvitationEmails`.
        #[serde(
            rename = "googleInvitationEmails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub google_invitation_emails: Option<bool>,
        /// `allowReschedule`.
        #[serde(
            rename = "allowReschedule",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_reschedule: Option<bool>,
        /// `allowCancellation`.
        #[serde(
            rename = "allowCancellation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_cancellation: Option<bool>,
        /// `shouldAssignContactToTeamMember`.
        #[serde(
            rename = "shouldAssignContactToTeamMember",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub should_assign_contact_to_team_member: Option<bool>,
        /// `shouldSkipAssigningContactForExisting`.
        #[serde(
            rename = "shouldSkipAssigningContactForExisting",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub should_skip_assigning_contact_for_existing: Option<bool>,
        /// `notes`.
        #[serde(rename = "notes", default, skip_serializing_if = "Option::is_none")]
        pub notes: Option<String>,
        /// `pixelId`.
        #[serde(rename = "pixelId", default, skip_serializing_if = "Option::is_none")]
        pub pixel_id: Option<String>,
        /// One of: `"RedirectURL"`, `"ThankYouMessage"`.
        #[serde(
            rename = "formSubmitType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub form_submit_type: Option<String>,
        /// `formSubmitRedirectURL`.
        #[serde(
            rename = "formSubmitRedirectURL",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub form_submit_redirect_url: Option<String>,
        /// `formSubmitThanksMessage`.
        #[serde(
            rename = "formSubmitThanksMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub form_submit_thanks_message: Option<String>,
        /// Determines which availability type to consider:
        /// - **1**: Only custom availabilities will be used.
        /// - **0**: Only open hours will be used.
        /// - **null**: Both the custom availabilities and open hours will be considered.
        ///
        /// One of: `0`, `1`.
        #[serde(
            rename = "availabilityType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub availability_type: Option<f64>,
        /// This is only to set the custom availability. For standard availability, use the openHours property
        #[serde(
            rename = "availabilities",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub availabilities: Option<Vec<crate::apps::calendars::models::UpdateAvailability>>,
        /// One of: `"count_only"`, `"collect_detail"`.
        #[serde(rename = "guestType", default, skip_serializing_if = "Option::is_none")]
        pub guest_type: Option<String>,
        /// `consentLabel`.
        #[serde(
            rename = "consentLabel",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub consent_label: Option<String>,
        /// `calendarCoverImage`.
        #[serde(
            rename = "calendarCoverImage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub calendar_cover_image: Option<String>,
        /// Look Busy Configuration
        #[serde(
            rename = "lookBusyConfig",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub look_busy_config: Option<crate::apps::calendars::models::LookBusyConfiguration>,
        /// `isActive`.
        #[serde(rename = "isActive", default, skip_serializing_if = "Option::is_none")]
        pub is_active: Option<bool>,
    }

    /// `CalendarDeleteSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CalendarDeleteSuccessfulResponseDto {
        /// Success
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    impl CalendarDeleteSuccessfulResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool) -> Self {
            Self {
                success: Some(success),
                ..Self::default()
            }
        }
    }

    /// `GetCalendarEventSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetCalendarEventSuccessfulResponseDto {
        /// `event`.
        #[serde(rename = "event", default, skip_serializing_if = "Option::is_none")]
        pub event: Option<crate::apps::calendars::models::CalendarEventDto>,
    }

    /// `DeleteAppointmentSchema` in the spec.
    pub type DeleteAppointmentSchema = serde_json::Map<String, serde_json::Value>;

    /// `DeleteEventSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteEventSuccessfulResponseDto {
        /// `succeeded`.
        #[serde(rename = "succeeded", default, skip_serializing_if = "Option::is_none")]
        pub succeeded: Option<bool>,
    }

    /// `NoteCreatedBySchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct NoteCreatedBySchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
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
        /// `createdBy`.
        #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
        pub created_by: Option<crate::apps::calendars::models::NoteCreatedBySchema>,
    }

    /// `GetNotesListSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetNotesListSuccessfulResponseDto {
        /// `notes`.
        #[serde(rename = "notes", default, skip_serializing_if = "Option::is_none")]
        pub notes: Option<Vec<crate::apps::calendars::models::GetNoteSchema>>,
        /// `hasMore`.
        #[serde(rename = "hasMore", default, skip_serializing_if = "Option::is_none")]
        pub has_more: Option<bool>,
    }

    /// `NotesDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct NotesDto {
        /// `userId`.
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// Note body
        ///
        /// Required by the spec.
        #[serde(rename = "body", default, skip_serializing_if = "Option::is_none")]
        pub body: Option<String>,
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
        pub note: Option<crate::apps::calendars::models::GetNoteSchema>,
    }

    /// `DeleteNoteSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteNoteSuccessfulResponseDto {
        /// `success`.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    /// `CalendarResourceByIdResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CalendarResourceByIdResponseDto {
        /// Location ID of the resource
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Name of the resource
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// One of: `"equipments"`, `"rooms"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "resourceType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub resource_type: Option<String>,
        /// Whether the resource is active
        ///
        /// Required by the spec.
        #[serde(rename = "isActive", default, skip_serializing_if = "Option::is_none")]
        pub is_active: Option<bool>,
        /// Description of the resource
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Quantity of the resource
        #[serde(rename = "quantity", default, skip_serializing_if = "Option::is_none")]
        pub quantity: Option<f64>,
        /// Indicates if the resource is out of service
        #[serde(
            rename = "outOfService",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub out_of_service: Option<f64>,
        /// Capacity of the resource
        #[serde(rename = "capacity", default, skip_serializing_if = "Option::is_none")]
        pub capacity: Option<f64>,
        /// Calendar IDs
        ///
        /// Required by the spec.
        #[serde(
            rename = "calendarIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub calendar_ids: Option<Vec<String>>,
    }

    impl CalendarResourceByIdResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            name: impl Into<String>,
            resource_type: impl Into<String>,
            is_active: bool,
            calendar_ids: Vec<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                name: Some(name.into()),
                resource_type: Some(resource_type.into()),
                is_active: Some(is_active),
                calendar_ids: Some(calendar_ids),
                ..Self::default()
            }
        }
    }

    /// `UpdateCalendarResourceDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateCalendarResourceDto {
        /// `locationId`.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `description`.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Quantity of the equipment.
        #[serde(rename = "quantity", default, skip_serializing_if = "Option::is_none")]
        pub quantity: Option<f64>,
        /// Quantity of the out of service equipment.
        #[serde(
            rename = "outOfService",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub out_of_service: Option<f64>,
        /// Capacity of the room.
        #[serde(rename = "capacity", default, skip_serializing_if = "Option::is_none")]
        pub capacity: Option<f64>,
        /// Service calendar IDs to be mapped with the resource.
        ///
        /// One equipment can only be mapped with one service calendar.
        ///
        /// One room can be mapped with multiple service calendars.
        #[serde(
            rename = "calendarIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub calendar_ids: Option<Vec<String>>,
        /// `isActive`.
        #[serde(rename = "isActive", default, skip_serializing_if = "Option::is_none")]
        pub is_active: Option<bool>,
    }

    /// `CalendarResourceResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CalendarResourceResponseDto {
        /// Location ID of the resource
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Name of the resource
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// One of: `"equipments"`, `"rooms"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "resourceType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub resource_type: Option<String>,
        /// Whether the resource is active
        ///
        /// Required by the spec.
        #[serde(rename = "isActive", default, skip_serializing_if = "Option::is_none")]
        pub is_active: Option<bool>,
        /// Description of the resource
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Quantity of the resource
        #[serde(rename = "quantity", default, skip_serializing_if = "Option::is_none")]
        pub quantity: Option<f64>,
        /// Indicates if the resource is out of service
        #[serde(
            rename = "outOfService",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub out_of_service: Option<f64>,
        /// Capacity of the resource
        #[serde(rename = "capacity", default, skip_serializing_if = "Option::is_none")]
        pub capacity: Option<f64>,
    }

    impl CalendarResourceResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            name: impl Into<String>,
            resource_type: impl Into<String>,
            is_active: bool,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                name: Some(name.into()),
                resource_type: Some(resource_type.into()),
                is_active: Some(is_active),
                ..Self::default()
            }
        }
    }

    /// `ResourceDeleteResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ResourceDeleteResponseDto {
        /// Success
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    /// `CreateCalendarResourceDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateCalendarResourceDto {
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
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Quantity of the equipment.
        ///
        /// Required by the spec.
        #[serde(rename = "quantity", default, skip_serializing_if = "Option::is_none")]
        pub quantity: Option<f64>,
        /// Quantity of the out of service equipment.
        ///
        /// Required by the spec.
        #[serde(
            rename = "outOfService",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub out_of_service: Option<f64>,
        /// Capacity of the room.
        ///
        /// Required by the spec.
        #[serde(rename = "capacity", default, skip_serializing_if = "Option::is_none")]
        pub capacity: Option<f64>,
        /// Service calendar IDs to be mapped with the resource.
        ///
        /// One equipment can only be mapped with one service calendar.
        ///
        /// One room can be mapped with multiple service calendars.
        ///
        /// Required by the spec.
        #[serde(
            rename = "calendarIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub calendar_ids: Option<Vec<String>>,
    }

    impl CreateCalendarResourceDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            location_id: impl Into<String>,
            name: impl Into<String>,
            description: impl Into<String>,
            quantity: f64,
            out_of_service: f64,
            capacity: f64,
            calendar_ids: Vec<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                name: Some(name.into()),
                description: Some(description.into()),
                quantity: Some(quantity),
                out_of_service: Some(out_of_service),
                capacity: Some(capacity),
                calendar_ids: Some(calendar_ids),
                ..Self::default()
            }
        }
    }

    /// `SchedulesDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SchedulesDto {
        /// `timeOffset`.
        #[serde(
            rename = "timeOffset",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub time_offset: Option<f64>,
        /// `unit`.
        #[serde(rename = "unit", default, skip_serializing_if = "Option::is_none")]
        pub unit: Option<String>,
    }

    /// `CalendarNotificationResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CalendarNotificationResponseDto {
        /// Notification ID
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// One of: `"contact"`, `"guest"`, `"assignedUser"`, `"emails"`, `"phoneNumbers"`, `"business"`.
        #[serde(
            rename = "receiverType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub receiver_type: Option<String>,
        /// `additionalEmailIds`.
        #[serde(
            rename = "additionalEmailIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub additional_email_ids: Option<Vec<String>>,
        /// `additionalPhoneNumbers`.
        #[serde(
            rename = "additionalPhoneNumbers",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub additional_phone_numbers: Option<Vec<String>>,
        /// One of: `"email"`, `"inApp"`, `"sms"`, `"whatsapp"`.
        #[serde(rename = "channel", default, skip_serializing_if = "Option::is_none")]
        pub channel: Option<String>,
        /// One of: `"booked"`, `"confirmation"`, `"cancellation"`, `"reminder"`, `"followup"`, `"reschedule"`.
        #[serde(
            rename = "notificationType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub notification_type: Option<String>,
        /// `isActive`.
        #[serde(rename = "isActive", default, skip_serializing_if = "Option::is_none")]
        pub is_active: Option<bool>,
        /// `additionalWhatsappNumbers`.
        #[serde(
            rename = "additionalWhatsappNumbers",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub additional_whatsapp_numbers: Option<Vec<String>>,
        /// `templateId`.
        #[serde(
            rename = "templateId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub template_id: Option<String>,
        /// `body`.
        #[serde(rename = "body", default, skip_serializing_if = "Option::is_none")]
        pub body: Option<String>,
        /// `subject`.
        #[serde(rename = "subject", default, skip_serializing_if = "Option::is_none")]
        pub subject: Option<String>,
        /// `afterTime`.
        #[serde(rename = "afterTime", default, skip_serializing_if = "Option::is_none")]
        pub after_time: Option<Vec<crate::apps::calendars::models::SchedulesDto>>,
        /// `beforeTime`.
        #[serde(
            rename = "beforeTime",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub before_time: Option<Vec<crate::apps::calendars::models::SchedulesDto>>,
        /// `selectedUsers`.
        #[serde(
            rename = "selectedUsers",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub selected_users: Option<Vec<String>>,
        /// `deleted`.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
    }

    /// `CreateCalendarNotificationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateCalendarNotificationDto {
        /// notification recipient type
        ///
        /// One of: `"contact"`, `"guest"`, `"assignedUser"`, `"emails"`, `"phoneNumbers"`, `"business"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "receiverType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub receiver_type: Option<String>,
        /// Notification channel
        ///
        /// One of: `"email"`, `"inApp"`, `"sms"`, `"whatsapp"`.
        ///
        /// Required by the spec.
        #[serde(rename = "channel", default, skip_serializing_if = "Option::is_none")]
        pub channel: Option<String>,
        /// Notification type
        ///
        /// One of: `"booked"`, `"confirmation"`, `"cancellation"`, `"reminder"`, `"followup"`, `"reschedule"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "notificationType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub notification_type: Option<String>,
        /// Is the notification active
        #[serde(rename = "isActive", default, skip_serializing_if = "Option::is_none")]
        pub is_active: Option<bool>,
        /// Template ID for email notification. Not necessary for in-App notification
        #[serde(
            rename = "templateId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub template_id: Option<String>,
        /// Body  for email notification. Not necessary for in-App notification
        #[serde(rename = "body", default, skip_serializing_if = "Option::is_none")]
        pub body: Option<String>,
        /// Subject  for email notification. Not necessary for in-App notification
        #[serde(rename = "subject", default, skip_serializing_if = "Option::is_none")]
        pub subject: Option<String>,
        /// Specifies the time after which the follow-up notification should be sent. This is not required for other notification types.
        #[serde(rename = "afterTime", default, skip_serializing_if = "Option::is_none")]
        pub after_time: Option<Vec<crate::apps::calendars::models::SchedulesDto>>,
        /// Specifies the time before which the reminder notification should be sent. This is not required for other notification types.
        #[serde(
            rename = "beforeTime",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub before_time: Option<Vec<crate::apps::calendars::models::SchedulesDto>>,
        /// Additional email addresses to receive notifications.
        #[serde(
            rename = "additionalEmailIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub additional_email_ids: Option<Vec<String>>,
        /// Additional phone numbers to receive notifications.
        #[serde(
            rename = "additionalPhoneNumbers",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub additional_phone_numbers: Option<Vec<String>>,
        /// Selected users for in-App and business email notifications. Supports user IDs and special keyword "sub_account_admin"
        #[serde(
            rename = "selectedUsers",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub selected_users: Option<Vec<String>>,
        /// from address for email notification
        #[serde(
            rename = "fromAddress",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub from_address: Option<String>,
        /// from name for email/sms notification
        #[serde(rename = "fromName", default, skip_serializing_if = "Option::is_none")]
        pub from_name: Option<String>,
        /// from number for sms notification
        #[serde(
            rename = "fromNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub from_number: Option<String>,
    }

    impl CreateCalendarNotificationDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            receiver_type: impl Into<String>,
            channel: impl Into<String>,
            notification_type: impl Into<String>,
        ) -> Self {
            Self {
                receiver_type: Some(receiver_type.into()),
                channel: Some(channel.into()),
                notification_type: Some(notification_type.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateCalendarNotificationsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateCalendarNotificationsDto {
        /// Notification recipient type
        ///
        /// One of: `"contact"`, `"guest"`, `"assignedUser"`, `"emails"`, `"phoneNumbers"`, `"business"`.
        #[serde(
            rename = "receiverType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub receiver_type: Option<String>,
        /// Additional email addresses to receive notifications.
        #[serde(
            rename = "additionalEmailIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub additional_email_ids: Option<Vec<String>>,
        /// Additional phone numbers to receive notifications.
        #[serde(
            rename = "additionalPhoneNumbers",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub additional_phone_numbers: Option<Vec<String>>,
        /// Selected users for in-App and business email notifications. Supports user IDs and special keyword "sub_account_admin"
        #[serde(
            rename = "selectedUsers",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub selected_users: Option<Vec<String>>,
        /// Notification channel
        ///
        /// One of: `"email"`, `"inApp"`, `"sms"`, `"whatsapp"`.
        #[serde(rename = "channel", default, skip_serializing_if = "Option::is_none")]
        pub channel: Option<String>,
        /// Notification type
        ///
        /// One of: `"booked"`, `"confirmation"`, `"cancellation"`, `"reminder"`, `"followup"`, `"reschedule"`.
        #[serde(
            rename = "notificationType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub notification_type: Option<String>,
        /// Is the notification active
        #[serde(rename = "isActive", default, skip_serializing_if = "Option::is_none")]
        pub is_active: Option<bool>,
        /// Marks the notification as deleted (soft delete)
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// Template ID for email notification
        #[serde(
            rename = "templateId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub template_id: Option<String>,
        /// Body  for email notification. Not necessary for in-App notification
        #[serde(rename = "body", default, skip_serializing_if = "Option::is_none")]
        pub body: Option<String>,
        /// Subject  for email notification. Not necessary for in-App notification
        #[serde(rename = "subject", default, skip_serializing_if = "Option::is_none")]
        pub subject: Option<String>,
        /// Specifies the time after which the follow-up notification should be sent. This is not required for other notification types.
        #[serde(rename = "afterTime", default, skip_serializing_if = "Option::is_none")]
        pub after_time: Option<Vec<crate::apps::calendars::models::SchedulesDto>>,
        /// Specifies the time before which the reminder notification should be sent. This is not required for other notification types.
        #[serde(
            rename = "beforeTime",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub before_time: Option<Vec<crate::apps::calendars::models::SchedulesDto>>,
        /// From address for email notification
        #[serde(
            rename = "fromAddress",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub from_address: Option<String>,
        /// from number for sms notification
        #[serde(
            rename = "fromNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub from_number: Option<String>,
        /// From name for email/sms notification
        #[serde(rename = "fromName", default, skip_serializing_if = "Option::is_none")]
        pub from_name: Option<String>,
    }

    /// `CalendarNotificationDeleteResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CalendarNotificationDeleteResponseDto {
        /// Result of delete/update operation
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    impl CalendarNotificationDeleteResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(message: impl Into<String>) -> Self {
            Self {
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `ScheduleIntervalDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ScheduleIntervalDto {
        /// Start time in HH:MM format (24-hour format)
        ///
        /// Required by the spec.
        #[serde(rename = "from", default, skip_serializing_if = "Option::is_none")]
        pub from: Option<String>,
        /// End time in HH:MM format (24-hour format)
        ///
        /// Required by the spec.
        #[serde(rename = "to", default, skip_serializing_if = "Option::is_none")]
        pub to: Option<String>,
    }

    impl ScheduleIntervalDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(from: impl Into<String>, to: impl Into<String>) -> Self {
            Self {
                from: Some(from.into()),
                to: Some(to.into()),
                ..Self::default()
            }
        }
    }

    /// `ScheduleRuleDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ScheduleRuleDto {
        /// Type of schedule rule - weekday (recurring) or date (specific date)
        ///
        /// One of: `"wday"`, `"date"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Time intervals for the rule (e.g., 9 AM to 5 PM)
        ///
        /// Required by the spec.
        #[serde(rename = "intervals", default, skip_serializing_if = "Option::is_none")]
        pub intervals: Option<Vec<crate::apps::calendars::models::ScheduleIntervalDto>>,
        /// Specific date in YYYY-MM-DD format (only for date-type rules)
        #[serde(rename = "date", default, skip_serializing_if = "Option::is_none")]
        pub date: Option<String>,
        /// Day of week (only for weekday-type rules)
        ///
        /// One of: `"sunday"`, `"monday"`, `"tuesday"`, `"wednesday"`, `"thursday"`, `"friday"`, `"saturday"`.
        #[serde(rename = "day", default, skip_serializing_if = "Option::is_none")]
        pub day: Option<String>,
    }

    impl ScheduleRuleDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            r#type: impl Into<String>,
            intervals: Vec<crate::apps::calendars::models::ScheduleIntervalDto>,
        ) -> Self {
            Self {
                r#type: Some(r#type.into()),
                intervals: Some(intervals),
                ..Self::default()
            }
        }
    }

    /// `ScheduleObjectResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ScheduleObjectResponseDto {
        /// Unique identifier for the schedule
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Human-readable name for the schedule
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Location ID where this schedule applies
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Schedule rules defining when the schedule is active
        ///
        /// Required by the spec.
        #[serde(rename = "rules", default, skip_serializing_if = "Option::is_none")]
        pub rules: Option<Vec<crate::apps::calendars::models::ScheduleRuleDto>>,
        /// Timezone for the schedule (IANA timezone identifier)
        ///
        /// Required by the spec.
        #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
        pub timezone: Option<String>,
        /// ISO date string when the schedule was created
        ///
        /// Required by the spec.
        #[serde(rename = "dateAdded", default, skip_serializing_if = "Option::is_none")]
        pub date_added: Option<String>,
        /// ISO date string when the schedule was last updated
        ///
        /// Required by the spec.
        #[serde(
            rename = "dateUpdated",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub date_updated: Option<String>,
        /// User ID associated with the schedule
        ///
        /// Required by the spec.
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// Calendar IDs associated with the schedule
        #[serde(
            rename = "calendarIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub calendar_ids: Option<Vec<String>>,
        /// Whether the schedule has been deleted
        ///
        /// Required by the spec.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
    }

    impl ScheduleObjectResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            name: impl Into<String>,
            location_id: impl Into<String>,
            rules: Vec<crate::apps::calendars::models::ScheduleRuleDto>,
            timezone: impl Into<String>,
            date_added: impl Into<String>,
            date_updated: impl Into<String>,
            user_id: impl Into<String>,
            deleted: bool,
        ) -> Self {
            Self {
                id: Some(id.into()),
                name: Some(name.into()),
                location_id: Some(location_id.into()),
                rules: Some(rules),
                timezone: Some(timezone.into()),
                date_added: Some(date_added.into()),
                date_updated: Some(date_updated.into()),
                user_id: Some(user_id.into()),
                deleted: Some(deleted),
                ..Self::default()
            }
        }
    }

    /// `GetAllSchedulesResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetAllSchedulesResponseDto {
        /// Array of schedules
        ///
        /// Required by the spec.
        #[serde(rename = "schedules", default, skip_serializing_if = "Option::is_none")]
        pub schedules: Option<Vec<crate::apps::calendars::models::ScheduleObjectResponseDto>>,
    }

    impl GetAllSchedulesResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            schedules: Vec<crate::apps::calendars::models::ScheduleObjectResponseDto>,
        ) -> Self {
            Self {
                schedules: Some(schedules),
                ..Self::default()
            }
        }
    }

    /// `ScheduleResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ScheduleResponseDto {
        /// Schedule
        ///
        /// Required by the spec.
        #[serde(rename = "schedule", default, skip_serializing_if = "Option::is_none")]
        pub schedule: Option<crate::apps::calendars::models::ScheduleObjectResponseDto>,
    }

    impl ScheduleResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(schedule: crate::apps::calendars::models::ScheduleObjectResponseDto) -> Self {
            Self {
                schedule: Some(schedule),
                ..Self::default()
            }
        }
    }

    /// `CreateScheduleDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateScheduleDto {
        /// Schedule rules defining when the schedule is active
        #[serde(rename = "rules", default, skip_serializing_if = "Option::is_none")]
        pub rules: Option<Vec<crate::apps::calendars::models::ScheduleRuleDto>>,
        /// Timezone for the schedule (IANA timezone identifier)
        ///
        /// Required by the spec.
        #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
        pub timezone: Option<String>,
        /// Location ID where this schedule applies
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Human-readable name for the schedule
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// User ID associated with the schedule
        ///
        /// Required by the spec.
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// Calendar IDs associated with the schedule
        #[serde(
            rename = "calendarIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub calendar_ids: Option<Vec<String>>,
    }

    impl CreateScheduleDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            timezone: impl Into<String>,
            location_id: impl Into<String>,
            name: impl Into<String>,
            user_id: impl Into<String>,
        ) -> Self {
            Self {
                timezone: Some(timezone.into()),
                location_id: Some(location_id.into()),
                name: Some(name.into()),
                user_id: Some(user_id.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateScheduleDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateScheduleDto {
        /// Human-readable name for the schedule
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Updated schedule rules defining when the schedule is active
        #[serde(rename = "rules", default, skip_serializing_if = "Option::is_none")]
        pub rules: Option<Vec<crate::apps::calendars::models::ScheduleRuleDto>>,
        /// Updated timezone for the schedule (IANA timezone identifier)
        #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
        pub timezone: Option<String>,
    }

    /// `DeleteScheduleResponse` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteScheduleResponse {
        /// Whether the deletion was successful
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    /// `AddCalendarToScheduleResponse` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AddCalendarToScheduleResponse {
        /// `success`.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    /// `RemoveCalendarFromScheduleResponse` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct RemoveCalendarFromScheduleResponse {
        /// `success`.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }
}

/// The Calendars API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct CalendarsApi {
    client: GhlClient,
}

impl CalendarsApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Get Groups
    ///
    /// Get all calendar groups in a location.
    ///
    /// `GET /calendars/groups`
    ///
    /// Version `2021-04-15`; scope `calendars/groups.readonly`; retried after an unknown outcome.
    pub fn get_groups(&self, location_id: impl Into<String>) -> ops::GetGroups {
        let mut req = Request::new(http::Method::GET, "/calendars/groups", "/calendars/groups");
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetGroups {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Calendar Group
    ///
    /// `POST /calendars/groups`
    ///
    /// Version `2021-04-15`; scope `calendars/groups.write`; never repeated after an unknown outcome.
    pub fn create_calendar_group(
        &self,
        body: &crate::apps::calendars::models::GroupCreateDto,
    ) -> ops::CreateCalendarGroup {
        let mut req = Request::new(http::Method::POST, "/calendars/groups", "/calendars/groups");
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateCalendarGroup {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Validate group slug
    ///
    /// Validate if group slug is available or not.
    ///
    /// `POST /calendars/groups/validate-slug`
    ///
    /// Version `2021-04-15`; scope `calendars/groups.write`; never repeated after an unknown outcome.
    pub fn validate_groups_slug(
        &self,
        body: &crate::apps::calendars::models::ValidateGroupSlugPostBody,
    ) -> ops::ValidateGroupsSlug {
        let mut req = Request::new(
            http::Method::POST,
            "/calendars/groups/validate-slug",
            "/calendars/groups/validate-slug",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::ValidateGroupsSlug {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Group
    ///
    /// Update Group by group ID
    ///
    /// `PUT /calendars/groups/{groupId}`
    ///
    /// Version `2021-04-15`; scope `calendars/groups.write`; retried after an unknown outcome.
    pub fn edit_group(
        &self,
        group_id: impl AsRef<str>,
        body: &crate::apps::calendars::models::GroupUpdateDto,
    ) -> ops::EditGroup {
        let mut req = Request::new(
            http::Method::PUT,
            "/calendars/groups/{groupId}",
            format!(
                "/calendars/groups/{}",
                crate::request::segment(group_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::EditGroup {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Group
    ///
    /// `DELETE /calendars/groups/{groupId}`
    ///
    /// Version `2021-04-15`; scope `calendars/groups.write`; retried after an unknown outcome.
    pub fn delete_group(&self, group_id: impl AsRef<str>) -> ops::DeleteGroup {
        let mut req = Request::new(
            http::Method::DELETE,
            "/calendars/groups/{groupId}",
            format!(
                "/calendars/groups/{}",
                crate::request::segment(group_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::DeleteGroup {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Disable Group
    ///
    /// `PUT /calendars/groups/{groupId}/status`
    ///
    /// Version `2021-04-15`; scope `calendars/groups.write`; retried after an unknown outcome.
    pub fn disable_group(
        &self,
        group_id: impl AsRef<str>,
        body: &crate::apps::calendars::models::GroupStatusUpdateParams,
    ) -> ops::DisableGroup {
        let mut req = Request::new(
            http::Method::PUT,
            "/calendars/groups/{groupId}/status",
            format!(
                "/calendars/groups/{}/status",
                crate::request::segment(group_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::DisableGroup {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create appointment
    ///
    /// `POST /calendars/events/appointments`
    ///
    /// Version `2021-04-15`; scope `calendars/events.write`; never repeated after an unknown outcome.
    pub fn create_appointment(
        &self,
        body: &crate::apps::calendars::models::AppointmentCreateSchema,
    ) -> ops::CreateAppointment {
        let mut req = Request::new(
            http::Method::POST,
            "/calendars/events/appointments",
            "/calendars/events/appointments",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateAppointment {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Appointment
    ///
    /// Get appointment by ID
    ///
    /// `GET /calendars/events/appointments/{eventId}`
    ///
    /// Version `2021-04-15`; scope `calendars/events.readonly`; retried after an unknown outcome.
    pub fn get_appointment(&self, event_id: impl AsRef<str>) -> ops::GetAppointment {
        let mut req = Request::new(
            http::Method::GET,
            "/calendars/events/appointments/{eventId}",
            format!(
                "/calendars/events/appointments/{}",
                crate::request::segment(event_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::GetAppointment {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Appointment
    ///
    /// Update appointment
    ///
    /// `PUT /calendars/events/appointments/{eventId}`
    ///
    /// Version `2021-04-15`; scope `calendars/events.write`; retried after an unknown outcome.
    pub fn edit_appointment(
        &self,
        event_id: impl AsRef<str>,
        body: &crate::apps::calendars::models::AppointmentEditSchema,
    ) -> ops::EditAppointment {
        let mut req = Request::new(
            http::Method::PUT,
            "/calendars/events/appointments/{eventId}",
            format!(
                "/calendars/events/appointments/{}",
                crate::request::segment(event_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::EditAppointment {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Calendar Events
    ///
    /// `GET /calendars/events`
    ///
    /// Version `2021-04-15`; scope `calendars/events.readonly`; retried after an unknown outcome.
    pub fn get_calendar_events(
        &self,
        location_id: impl Into<String>,
        start_time: impl Into<String>,
        end_time: impl Into<String>,
    ) -> ops::GetCalendarEvents {
        let mut req = Request::new(http::Method::GET, "/calendars/events", "/calendars/events");
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("startTime", start_time.into());
        req = req.query_pair("endTime", end_time.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetCalendarEvents {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Blocked Slots
    ///
    /// `GET /calendars/blocked-slots`
    ///
    /// Version `2021-04-15`; scope `calendars/events.readonly`; retried after an unknown outcome.
    pub fn get_blocked_slots(
        &self,
        location_id: impl Into<String>,
        start_time: impl Into<String>,
        end_time: impl Into<String>,
    ) -> ops::GetBlockedSlots {
        let mut req = Request::new(
            http::Method::GET,
            "/calendars/blocked-slots",
            "/calendars/blocked-slots",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("startTime", start_time.into());
        req = req.query_pair("endTime", end_time.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetBlockedSlots {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Block Slot
    ///
    /// Create block slot
    ///
    /// `POST /calendars/events/block-slots`
    ///
    /// Version `2021-04-15`; scope `calendars/events.write`; never repeated after an unknown outcome.
    pub fn create_block_slot(
        &self,
        body: &crate::apps::calendars::models::BlockSlotCreateRequestDto,
    ) -> ops::CreateBlockSlot {
        let mut req = Request::new(
            http::Method::POST,
            "/calendars/events/block-slots",
            "/calendars/events/block-slots",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateBlockSlot {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Block Slot
    ///
    /// Update block slot by ID
    ///
    /// `PUT /calendars/events/block-slots/{eventId}`
    ///
    /// Version `2021-04-15`; scope `calendars/events.write`; retried after an unknown outcome.
    pub fn edit_block_slot(
        &self,
        event_id: impl AsRef<str>,
        body: &crate::apps::calendars::models::BlockSlotEditRequestDto,
    ) -> ops::EditBlockSlot {
        let mut req = Request::new(
            http::Method::PUT,
            "/calendars/events/block-slots/{eventId}",
            format!(
                "/calendars/events/block-slots/{}",
                crate::request::segment(event_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::EditBlockSlot {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Free Slots
    ///
    /// Get free slots for a calendar between a date range. Optionally a consumer can also request free slots in a particular timezone and also for a particular user.
    ///
    /// `GET /calendars/{calendarId}/free-slots`
    ///
    /// Version `2021-04-15`; scope `calendars.readonly`; retried after an unknown outcome.
    pub fn get_slots(
        &self,
        calendar_id: impl AsRef<str>,
        start_date: f64,
        end_date: f64,
    ) -> ops::GetSlots {
        let mut req = Request::new(
            http::Method::GET,
            "/calendars/{calendarId}/free-slots",
            format!(
                "/calendars/{}/free-slots",
                crate::request::segment(calendar_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("startDate", start_date.to_string());
        req = req.query_pair("endDate", end_date.to_string());
        ops::GetSlots {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Calendar
    ///
    /// Get calendar by ID
    ///
    /// `GET /calendars/{calendarId}`
    ///
    /// Version `2021-04-15`; scope `calendars.readonly`; retried after an unknown outcome.
    pub fn get_calendar(&self, calendar_id: impl AsRef<str>) -> ops::GetCalendar {
        let mut req = Request::new(
            http::Method::GET,
            "/calendars/{calendarId}",
            format!(
                "/calendars/{}",
                crate::request::segment(calendar_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::GetCalendar {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Calendar
    ///
    /// Update calendar by ID.
    ///
    /// `PUT /calendars/{calendarId}`
    ///
    /// Version `2021-04-15`; scope `calendars.write`; retried after an unknown outcome.
    pub fn update_calendar(
        &self,
        calendar_id: impl AsRef<str>,
        body: &crate::apps::calendars::models::CalendarUpdateDto,
    ) -> ops::UpdateCalendar {
        let mut req = Request::new(
            http::Method::PUT,
            "/calendars/{calendarId}",
            format!(
                "/calendars/{}",
                crate::request::segment(calendar_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateCalendar {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Calendar
    ///
    /// Delete calendar by ID
    ///
    /// `DELETE /calendars/{calendarId}`
    ///
    /// Version `2021-04-15`; scope `calendars.write`; retried after an unknown outcome.
    pub fn delete_calendar(&self, calendar_id: impl AsRef<str>) -> ops::DeleteCalendar {
        let mut req = Request::new(
            http::Method::DELETE,
            "/calendars/{calendarId}",
            format!(
                "/calendars/{}",
                crate::request::segment(calendar_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::DeleteCalendar {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Event
    ///
    /// Delete event by ID
    ///
    /// `DELETE /calendars/events/{eventId}`
    ///
    /// Version `2021-04-15`; scope `calendars/events.write`; retried after an unknown outcome.
    pub fn delete_event(
        &self,
        event_id: impl AsRef<str>,
        body: &crate::apps::calendars::models::DeleteAppointmentSchema,
    ) -> ops::DeleteEvent {
        let mut req = Request::new(
            http::Method::DELETE,
            "/calendars/events/{eventId}",
            format!(
                "/calendars/events/{}",
                crate::request::segment(event_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::DeleteEvent {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Notes
    ///
    /// Get Appointment Notes
    ///
    /// `GET /calendars/appointments/{appointmentId}/notes`
    ///
    /// Version `2021-04-15`; scope `calendars/events.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn get_appointment_notes(
        &self,
        appointment_id: impl AsRef<str>,
        limit: f64,
        offset: f64,
    ) -> ops::GetAppointmentNotes {
        let mut req = Request::new(
            http::Method::GET,
            "/calendars/appointments/{appointmentId}/notes",
            format!(
                "/calendars/appointments/{}/notes",
                crate::request::segment(appointment_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("limit", limit.to_string());
        req = req.query_pair("offset", offset.to_string());
        ops::GetAppointmentNotes {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Note
    ///
    /// `POST /calendars/appointments/{appointmentId}/notes`
    ///
    /// Version `2021-04-15`; scope `calendars/events.write`; never repeated after an unknown outcome.
    pub fn create_appointment_note(
        &self,
        appointment_id: impl AsRef<str>,
        body: &crate::apps::calendars::models::NotesDto,
    ) -> ops::CreateAppointmentNote {
        let mut req = Request::new(
            http::Method::POST,
            "/calendars/appointments/{appointmentId}/notes",
            format!(
                "/calendars/appointments/{}/notes",
                crate::request::segment(appointment_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateAppointmentNote {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Note
    ///
    /// `PUT /calendars/appointments/{appointmentId}/notes/{noteId}`
    ///
    /// Version `2021-04-15`; scope `calendars/events.write`; retried after an unknown outcome.
    pub fn update_appointment_note(
        &self,
        appointment_id: impl AsRef<str>,
        note_id: impl AsRef<str>,
        body: &crate::apps::calendars::models::NotesDto,
    ) -> ops::UpdateAppointmentNote {
        let mut req = Request::new(
            http::Method::PUT,
            "/calendars/appointments/{appointmentId}/notes/{noteId}",
            format!(
                "/calendars/appointments/{}/notes/{}",
                crate::request::segment(appointment_id.as_ref()),
                crate::request::segment(note_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateAppointmentNote {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Note
    ///
    /// `DELETE /calendars/appointments/{appointmentId}/notes/{noteId}`
    ///
    /// Version `2021-04-15`; scope `calendars/events.write`; retried after an unknown outcome.
    pub fn delete_appointment_note(
        &self,
        appointment_id: impl AsRef<str>,
        note_id: impl AsRef<str>,
    ) -> ops::DeleteAppointmentNote {
        let mut req = Request::new(
            http::Method::DELETE,
            "/calendars/appointments/{appointmentId}/notes/{noteId}",
            format!(
                "/calendars/appointments/{}/notes/{}",
                crate::request::segment(appointment_id.as_ref()),
                crate::request::segment(note_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::DeleteAppointmentNote {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Calendar Resource
    ///
    /// Get calendar resource by ID
    ///
    /// `GET /calendars/resources/{resourceType}/{id}`
    ///
    /// Version `2021-04-15`; scope `calendars/resources.readonly`; retried after an unknown outcome.
    pub fn get_calendar_resource(
        &self,
        resource_type: impl AsRef<str>,
        id: impl AsRef<str>,
    ) -> ops::GetCalendarResource {
        let mut req = Request::new(
            http::Method::GET,
            "/calendars/resources/{resourceType}/{id}",
            format!(
                "/calendars/resources/{}/{}",
                crate::request::segment(resource_type.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::GetCalendarResource {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Calendar Resource
    ///
    /// Update calendar resource by ID
    ///
    /// `PUT /calendars/resources/{resourceType}/{id}`
    ///
    /// Version `2021-04-15`; scope `calendars/resources.write`; retried after an unknown outcome.
    pub fn update_calendar_resource(
        &self,
        resource_type: impl AsRef<str>,
        id: impl AsRef<str>,
        body: &crate::apps::calendars::models::UpdateCalendarResourceDto,
    ) -> ops::UpdateCalendarResource {
        let mut req = Request::new(
            http::Method::PUT,
            "/calendars/resources/{resourceType}/{id}",
            format!(
                "/calendars/resources/{}/{}",
                crate::request::segment(resource_type.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateCalendarResource {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Calendar Resource
    ///
    /// Delete calendar resource by ID
    ///
    /// `DELETE /calendars/resources/{resourceType}/{id}`
    ///
    /// Version `2021-04-15`; scope `calendars/resources.write`; retried after an unknown outcome.
    pub fn delete_calendar_resource(
        &self,
        resource_type: impl AsRef<str>,
        id: impl AsRef<str>,
    ) -> ops::DeleteCalendarResource {
        let mut req = Request::new(
            http::Method::DELETE,
            "/calendars/resources/{resourceType}/{id}",
            format!(
                "/calendars/resources/{}/{}",
                crate::request::segment(resource_type.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::DeleteCalendarResource {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List Calendar Resources
    ///
    /// List calendar resources by resource type and location ID
    ///
    /// `GET /calendars/resources/{resourceType}`
    ///
    /// Version `2021-04-15`; scope `calendars/resources.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn fetch_calendar_resources(
        &self,
        resource_type: impl AsRef<str>,
        location_id: impl Into<String>,
        limit: f64,
        skip: f64,
    ) -> ops::FetchCalendarResources {
        let mut req = Request::new(
            http::Method::GET,
            "/calendars/resources/{resourceType}",
            format!(
                "/calendars/resources/{}",
                crate::request::segment(resource_type.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("limit", limit.to_string());
        req = req.query_pair("skip", skip.to_string());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FetchCalendarResources {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Calendar Resource
    ///
    /// Create calendar resource by resource type
    ///
    /// `POST /calendars/resources/{resourceType}`
    ///
    /// Version `2021-04-15`; scope `calendars/resources.write`; never repeated after an unknown outcome.
    pub fn create_calendar_resource(
        &self,
        resource_type: impl AsRef<str>,
        body: &crate::apps::calendars::models::CreateCalendarResourceDto,
    ) -> ops::CreateCalendarResource {
        let mut req = Request::new(
            http::Method::POST,
            "/calendars/resources/{resourceType}",
            format!(
                "/calendars/resources/{}",
                crate::request::segment(resource_type.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateCalendarResource {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get notifications
    ///
    /// Get calendar notifications based on query
    ///
    /// `GET /calendars/{calendarId}/notifications`
    ///
    /// Version `2021-04-15`; scope `calendars/events.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn get_event_notification(
        &self,
        calendar_id: impl AsRef<str>,
    ) -> ops::GetEventNotification {
        let mut req = Request::new(
            http::Method::GET,
            "/calendars/{calendarId}/notifications",
            format!(
                "/calendars/{}/notifications",
                crate::request::segment(calendar_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::GetEventNotification {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create notification
    ///
    /// Create Calendar notifications, either one or multiple. All notification settings must be for single calendar only
    ///
    /// `POST /calendars/{calendarId}/notifications`
    ///
    /// Version `2021-04-15`; scope `calendars/events.write`; never repeated after an unknown outcome.
    pub fn create_event_notification(
        &self,
        calendar_id: impl AsRef<str>,
        body: &Vec<crate::apps::calendars::models::CreateCalendarNotificationDto>,
    ) -> ops::CreateEventNotification {
        let mut req = Request::new(
            http::Method::POST,
            "/calendars/{calendarId}/notifications",
            format!(
                "/calendars/{}/notifications",
                crate::request::segment(calendar_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateEventNotification {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get notification
    ///
    /// Find Event notification by notificationId
    ///
    /// `GET /calendars/{calendarId}/notifications/{notificationId}`
    ///
    /// Version `2021-04-15`; scope `calendars/events.readonly`; retried after an unknown outcome.
    pub fn find_event_notification(
        &self,
        calendar_id: impl AsRef<str>,
        notification_id: impl AsRef<str>,
    ) -> ops::FindEventNotification {
        let mut req = Request::new(
            http::Method::GET,
            "/calendars/{calendarId}/notifications/{notificationId}",
            format!(
                "/calendars/{}/notifications/{}",
                crate::request::segment(calendar_id.as_ref()),
                crate::request::segment(notification_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::FindEventNotification {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update notification
    ///
    /// Update Event notification by id
    ///
    /// `PUT /calendars/{calendarId}/notifications/{notificationId}`
    ///
    /// Version `2021-04-15`; scope `calendars/events.write`; retried after an unknown outcome.
    pub fn update_event_notification(
        &self,
        calendar_id: impl AsRef<str>,
        notification_id: impl AsRef<str>,
        body: &crate::apps::calendars::models::UpdateCalendarNotificationsDto,
    ) -> ops::UpdateEventNotification {
        let mut req = Request::new(
            http::Method::PUT,
            "/calendars/{calendarId}/notifications/{notificationId}",
            format!(
                "/calendars/{}/notifications/{}",
                crate::request::segment(calendar_id.as_ref()),
                crate::request::segment(notification_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateEventNotification {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Notification
    ///
    /// Delete notification
    ///
    /// `DELETE /calendars/{calendarId}/notifications/{notificationId}`
    ///
    /// Version `2021-04-15`; scope `calendars/events.write`; retried after an unknown outcome.
    pub fn delete_event_notification(
        &self,
        calendar_id: impl AsRef<str>,
        notification_id: impl AsRef<str>,
    ) -> ops::DeleteEventNotification {
        let mut req = Request::new(
            http::Method::DELETE,
            "/calendars/{calendarId}/notifications/{notificationId}",
            format!(
                "/calendars/{}/notifications/{}",
                crate::request::segment(calendar_id.as_ref()),
                crate::request::segment(notification_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::DeleteEventNotification {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List user availability schedule
    ///
    /// Retrieve user availability schedules based on various filters including location, calendar, and user. Supports pagination.
    ///
    /// `GET /calendars/schedules/search`
    ///
    /// Version `2021-04-15`; scope `calendars.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn get_all_schedules(
        &self,
        location_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> ops::GetAllSchedules {
        let mut req = Request::new(
            http::Method::GET,
            "/calendars/schedules/search",
            "/calendars/schedules/search",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("userId", user_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetAllSchedules {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get user availability schedule
    ///
    /// Retrieve a specific schedule by its unique identifier. Returns detailed information including rules, timezone, and associated calendars/users.
    ///
    /// `GET /calendars/schedules/{id}`
    ///
    /// Version `2021-04-15`; scope `calendars.readonly`; retried after an unknown outcome.
    pub fn get_schedule_by_id(&self, id: impl AsRef<str>) -> ops::GetScheduleById {
        let mut req = Request::new(
            http::Method::GET,
            "/calendars/schedules/{id}",
            format!(
                "/calendars/schedules/{}",
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::GetScheduleById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update user availability schedule
    ///
    /// Modify an existing schedule by updating its rules, timezone, and name All fields are optional - only provided fields will be updated.
    ///
    /// `PUT /calendars/schedules/{id}`
    ///
    /// Version `2021-04-15`; scope `calendars.write`; retried after an unknown outcome.
    pub fn update_schedule(
        &self,
        id: impl AsRef<str>,
        body: &crate::apps::calendars::models::UpdateScheduleDto,
    ) -> ops::UpdateSchedule {
        let mut req = Request::new(
            http::Method::PUT,
            "/calendars/schedules/{id}",
            format!(
                "/calendars/schedules/{}",
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateSchedule {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete user availability schedule
    ///
    /// Permanently remove a schedule and all its associated rules. This action cannot be undone.
    ///
    /// `DELETE /calendars/schedules/{id}`
    ///
    /// Version `2021-04-15`; scope `calendars.write`; retried after an unknown outcome.
    pub fn delete_schedule(&self, id: impl AsRef<str>) -> ops::DeleteSchedule {
        let mut req = Request::new(
            http::Method::DELETE,
            "/calendars/schedules/{id}",
            format!(
                "/calendars/schedules/{}",
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::DeleteSchedule {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create user availability schedule
    ///
    /// Create new schedule with specified rules, timezone, location, user and calendar associations.
    ///
    /// `POST /calendars/schedules`
    ///
    /// Version `2021-04-15`; scope `calendars.write`; never repeated after an unknown outcome.
    pub fn create_schedule(
        &self,
        body: &crate::apps::calendars::models::CreateScheduleDto,
    ) -> ops::CreateSchedule {
        let mut req = Request::new(
            http::Method::POST,
            "/calendars/schedules",
            "/calendars/schedules",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateSchedule {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Apply user availability schedule to a calendar
    ///
    /// Associates a calendar with the given schedule by adding the calendarId to a schedule
    ///
    /// `PUT /calendars/schedules/{id}/associations/{calendarId}`
    ///
    /// Version `2021-04-15`; scope `calendars.write`; retried after an unknown outcome.
    pub fn add_calendar_to_schedule(
        &self,
        id: impl AsRef<str>,
        calendar_id: impl AsRef<str>,
    ) -> ops::AddCalendarToSchedule {
        let mut req = Request::new(
            http::Method::PUT,
            "/calendars/schedules/{id}/associations/{calendarId}",
            format!(
                "/calendars/schedules/{}/associations/{}",
                crate::request::segment(id.as_ref()),
                crate::request::segment(calendar_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::AddCalendarToSchedule {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Remove user availability schedule from a calendar
    ///
    /// Removes the association between a team calendar and the given schedule by removing the calendarId from the schedule
    ///
    /// `DELETE /calendars/schedules/{id}/associations/{calendarId}`
    ///
    /// Version `2021-04-15`; scope `calendars.write`; retried after an unknown outcome.
    pub fn remove_calendar_from_schedule(
        &self,
        id: impl AsRef<str>,
        calendar_id: impl AsRef<str>,
    ) -> ops::RemoveCalendarFromSchedule {
        let mut req = Request::new(
            http::Method::DELETE,
            "/calendars/schedules/{id}/associations/{calendarId}",
            format!(
                "/calendars/schedules/{}/associations/{}",
                crate::request::segment(id.as_ref()),
                crate::request::segment(calendar_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::RemoveCalendarFromSchedule {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Calendars
    ///
    /// Get all calendars in a location.
    ///
    /// `GET /calendars/`
    ///
    /// Version `2021-04-15`; scope `calendars.readonly`; retried after an unknown outcome.
    pub fn get_calendars(&self, location_id: impl Into<String>) -> ops::GetCalendars {
        let mut req = Request::new(http::Method::GET, "/calendars/", "/calendars/");
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetCalendars {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Calendar
    ///
    /// Create calendar in a location.
    ///
    /// `POST /calendars/`
    ///
    /// Version `2021-04-15`; scope `calendars.write`; never repeated after an unknown outcome.
    pub fn create_calendar(
        &self,
        body: &crate::apps::calendars::models::CalendarCreateDto,
    ) -> ops::CreateCalendar {
        let mut req = Request::new(http::Method::POST, "/calendars/", "/calendars/");
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateCalendar {
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

    /// The `GET /calendars/groups` request being built, to send with [`GetGroups::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetGroups {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetGroups {
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
        ) -> Result<crate::apps::calendars::models::AllGroupsSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /calendars/groups` request being built, to send with [`CreateCalendarGroup::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateCalendarGroup {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateCalendarGroup {
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
        ) -> Result<crate::apps::calendars::models::GroupCreateSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /calendars/groups/validate-slug` request being built, to send with [`ValidateGroupsSlug::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ValidateGroupsSlug {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ValidateGroupsSlug {
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
        ) -> Result<crate::apps::calendars::models::ValidateGroupSlugSuccessResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /calendars/groups/{groupId}` request being built, to send with [`EditGroup::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct EditGroup {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl EditGroup {
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
        ) -> Result<crate::apps::calendars::models::GroupCreateSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /calendars/groups/{groupId}` request being built, to send with [`DeleteGroup::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteGroup {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteGroup {
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
        ) -> Result<crate::apps::calendars::models::GroupSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /calendars/groups/{groupId}/status` request being built, to send with [`DisableGroup::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DisableGroup {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DisableGroup {
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
        ) -> Result<crate::apps::calendars::models::GroupSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /calendars/events/appointments` request being built, to send with [`CreateAppointment::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateAppointment {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateAppointment {
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
        ) -> Result<crate::apps::calendars::models::AppointmentSchemaResponse> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /calendars/events/appointments/{eventId}` request being built, to send with [`GetAppointment::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAppointment {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAppointment {
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
        ) -> Result<crate::apps::calendars::models::GetCalendarEventSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /calendars/events/appointments/{eventId}` request being built, to send with [`EditAppointment::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct EditAppointment {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl EditAppointment {
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
        ) -> Result<crate::apps::calendars::models::AppointmentSchemaResponse> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /calendars/events` request being built, to send with [`GetCalendarEvents::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCalendarEvents {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetCalendarEvents {
        /// User Id - Owner of an appointment. Either of userId, groupId or calendarId is required
        pub fn user_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("userId", value.into());
            self
        }

        /// Either of calendarId, userId or groupId is required
        pub fn calendar_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("calendarId", value.into());
            self
        }

        /// Either of groupId, calendarId or userId is required
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("groupId", value.into());
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
        ) -> Result<crate::apps::calendars::models::GetCalendarEventsSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `GET /calendars/blocked-slots` request being built, to send with [`GetBlockedSlots::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetBlockedSlots {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetBlockedSlots {
        /// User Id - Owner of an appointment. Either of userId, groupId or calendarId is required
        pub fn user_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("userId", value.into());
            self
        }

        /// Either of calendarId, userId or groupId is required
        pub fn calendar_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("calendarId", value.into());
            self
        }

        /// Either of groupId, calendarId or userId is required
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("groupId", value.into());
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
        ) -> Result<crate::apps::calendars::models::GetCalendarEventsSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `POST /calendars/events/block-slots` request being built, to send with [`CreateBlockSlot::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateBlockSlot {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateBlockSlot {
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
        ) -> Result<crate::apps::calendars::models::BlockedSlotSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /calendars/events/block-slots/{eventId}` request being built, to send with [`EditBlockSlot::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct EditBlockSlot {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl EditBlockSlot {
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
        ) -> Result<crate::apps::calendars::models::BlockedSlotSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /calendars/{calendarId}/free-slots` request being built, to send with [`GetSlots::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetSlots {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetSlots {
        /// The timezone in which the free slots are returned
        pub fn timezone(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("timezone", value.into());
            self
        }

        /// The user for whom the free slots are returned
        pub fn user_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("userId", value.into());
            self
        }

        /// The users for whom the free slots are returned
        pub fn user_ids(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
            for v in value {
                self.request = self.request.query_pair("userIds", v.into());
            }
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
        pub async fn send(self) -> Result<serde_json::Map<String, serde_json::Value>> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /calendars/{calendarId}` request being built, to send with [`GetCalendar::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCalendar {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetCalendar {
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
        ) -> Result<crate::apps::calendars::models::CalendarByIdSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /calendars/{calendarId}` request being built, to send with [`UpdateCalendar::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateCalendar {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateCalendar {
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
        ) -> Result<crate::apps::calendars::models::CalendarByIdSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /calendars/{calendarId}` request being built, to send with [`DeleteCalendar::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteCalendar {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteCalendar {
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
        ) -> Result<crate::apps::calendars::models::CalendarDeleteSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /calendars/events/{eventId}` request being built, to send with [`DeleteEvent::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteEvent {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteEvent {
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
        ) -> Result<crate::apps::calendars::models::DeleteEventSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /calendars/appointments/{appointmentId}/notes` request being built, to send with [`GetAppointmentNotes::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAppointmentNotes {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAppointmentNotes {
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
        ) -> Result<crate::Page<crate::apps::calendars::models::GetNoteSchema>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("offset"),
                cursor,
                |r: crate::apps::calendars::models::GetNotesListSuccessfulResponseDto| {
                    (r.notes.unwrap_or_default(), None)
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<crate::apps::calendars::models::GetNoteSchema> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::calendars::models::GetNotesListSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /calendars/appointments/{appointmentId}/notes` request being built, to send with [`CreateAppointmentNote::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateAppointmentNote {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateAppointmentNote {
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
        ) -> Result<crate::apps::calendars::models::GetCreateUpdateNoteSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /calendars/appointments/{appointmentId}/notes/{noteId}` request being built, to send with [`UpdateAppointmentNote::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateAppointmentNote {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateAppointmentNote {
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
        ) -> Result<crate::apps::calendars::models::GetCreateUpdateNoteSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /calendars/appointments/{appointmentId}/notes/{noteId}` request being built, to send with [`DeleteAppointmentNote::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteAppointmentNote {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteAppointmentNote {
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
        ) -> Result<crate::apps::calendars::models::DeleteNoteSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /calendars/resources/{resourceType}/{id}` request being built, to send with [`GetCalendarResource::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCalendarResource {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetCalendarResource {
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
        ) -> Result<crate::apps::calendars::models::CalendarResourceByIdResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /calendars/resources/{resourceType}/{id}` request being built, to send with [`UpdateCalendarResource::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateCalendarResource {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateCalendarResource {
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
        ) -> Result<crate::apps::calendars::models::CalendarResourceResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /calendars/resources/{resourceType}/{id}` request being built, to send with [`DeleteCalendarResource::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteCalendarResource {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteCalendarResource {
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
        ) -> Result<crate::apps::calendars::models::ResourceDeleteResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /calendars/resources/{resourceType}` request being built, to send with [`FetchCalendarResources::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FetchCalendarResources {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FetchCalendarResources {
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
        ) -> Result<Vec<crate::apps::calendars::models::CalendarResourceByIdResponseDto>> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /calendars/resources/{resourceType}` request being built, to send with [`CreateCalendarResource::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateCalendarResource {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateCalendarResource {
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
        ) -> Result<crate::apps::calendars::models::CalendarResourceByIdResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /calendars/{calendarId}/notifications` request being built, to send with [`GetEventNotification::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetEventNotification {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetEventNotification {
        /// Sets `isActive`.
        pub fn is_active(mut self, value: bool) -> Self {
            self.request = self.request.query_pair("isActive", value.to_string());
            self
        }

        /// Sets `deleted`.
        pub fn deleted(mut self, value: bool) -> Self {
            self.request = self.request.query_pair("deleted", value.to_string());
            self
        }

        /// Number of records to return
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
            self
        }

        /// Number of records to skip
        pub fn skip(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("skip", value.to_string());
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
        ) -> Result<Vec<crate::apps::calendars::models::CalendarNotificationResponseDto>> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /calendars/{calendarId}/notifications` request being built, to send with [`CreateEventNotification::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateEventNotification {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateEventNotification {
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
        ) -> Result<Vec<crate::apps::calendars::models::CalendarNotificationResponseDto>> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /calendars/{calendarId}/notifications/{notificationId}` request being built, to send with [`FindEventNotification::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FindEventNotification {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FindEventNotification {
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
        ) -> Result<crate::apps::calendars::models::CalendarNotificationResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /calendars/{calendarId}/notifications/{notificationId}` request being built, to send with [`UpdateEventNotification::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateEventNotification {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateEventNotification {
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
        ) -> Result<crate::apps::calendars::models::CalendarNotificationDeleteResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /calendars/{calendarId}/notifications/{notificationId}` request being built, to send with [`DeleteEventNotification::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteEventNotification {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteEventNotification {
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
        ) -> Result<crate::apps::calendars::models::CalendarNotificationDeleteResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /calendars/schedules/search` request being built, to send with [`GetAllSchedules::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAllSchedules {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAllSchedules {
        /// Calendar ID for filtering schedules by specific calendar
        pub fn calendar_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("calendarId", value.into());
            self
        }

        /// Number of items to skip for pagination
        pub fn skip(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("skip", value.to_string());
            self
        }

        /// Maximum number of items to return (max 500)
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

        /// One page: the one this request asks for (`cursor` `None`), or the one a
        /// previous page's [`Page::next`](crate::Page::next) names.
        pub async fn fetch_page(
            &self,
            cursor: Option<crate::Cursor>,
        ) -> Result<crate::Page<crate::apps::calendars::models::ScheduleObjectResponseDto>>
        {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("skip"),
                cursor,
                |r: crate::apps::calendars::models::GetAllSchedulesResponseDto| {
                    (r.schedules.unwrap_or_default(), None)
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(
            self,
        ) -> crate::ItemStream<crate::apps::calendars::models::ScheduleObjectResponseDto> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::calendars::models::GetAllSchedulesResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /calendars/schedules/{id}` request being built, to send with [`GetScheduleById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetScheduleById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetScheduleById {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::calendars::models::ScheduleResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /calendars/schedules/{id}` request being built, to send with [`UpdateSchedule::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateSchedule {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateSchedule {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::calendars::models::ScheduleResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /calendars/schedules/{id}` request being built, to send with [`DeleteSchedule::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteSchedule {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteSchedule {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::calendars::models::DeleteScheduleResponse> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /calendars/schedules` request being built, to send with [`CreateSchedule::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateSchedule {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateSchedule {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::calendars::models::ScheduleResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /calendars/schedules/{id}/associations/{calendarId}` request being built, to send with [`AddCalendarToSchedule::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct AddCalendarToSchedule {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl AddCalendarToSchedule {
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
        ) -> Result<crate::apps::calendars::models::AddCalendarToScheduleResponse> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /calendars/schedules/{id}/associations/{calendarId}` request being built, to send with [`RemoveCalendarFromSchedule::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct RemoveCalendarFromSchedule {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl RemoveCalendarFromSchedule {
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
        ) -> Result<crate::apps::calendars::models::RemoveCalendarFromScheduleResponse> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /calendars/` request being built, to send with [`GetCalendars::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCalendars {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetCalendars {
        /// Group Id
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("groupId", value.into());
            self
        }

        /// Show drafted
        pub fn show_drafted(mut self, value: bool) -> Self {
            self.request = self.request.query_pair("showDrafted", value.to_string());
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
        ) -> Result<crate::apps::calendars::models::CalendarsGetSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /calendars/` request being built, to send with [`CreateCalendar::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateCalendar {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateCalendar {
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
        ) -> Result<crate::apps::calendars::models::CalendarByIdSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }
}
