//! Payloads of contact, opportunity, task, note, appointment and campaign events.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ids::{
    CalendarGroupId, CalendarId, ContactId, CustomFieldId, EventId, LocationId, NoteId,
    OpportunityId, PipelineId, PipelineStageId, TaskId, UserId,
};
use crate::models::common::CustomFieldValue;

/// `Contact{Create,Update,Delete,TagUpdate,DndUpdate}`: the contact as it is after the change
/// (a delete carries the deleted contact).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContactEvent {
    /// The sub-account.
    pub location_id: Option<LocationId>,
    /// The contact.
    pub id: Option<ContactId>,
    /// Street address.
    pub address1: Option<String>,
    /// City.
    pub city: Option<String>,
    /// State or region.
    pub state: Option<String>,
    /// Company name.
    pub company_name: Option<String>,
    /// Country code.
    pub country: Option<String>,
    /// Where the contact came from.
    pub source: Option<String>,
    /// When the contact was created.
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub date_added: Option<DateTime<Utc>>,
    /// Date of birth.
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub date_of_birth: Option<DateTime<Utc>>,
    /// Global do-not-disturb.
    #[serde(default, with = "crate::models::common::opt_bool")]
    pub dnd: Option<bool>,
    /// Per-channel do-not-disturb (`ContactDndUpdate`), keyed by channel (`SMS`, `Email`,
    /// `GMB`, `FB`, `WhatsApp`, `Call`).
    pub dnd_settings: Option<Map<String, Value>>,
    /// Email.
    pub email: Option<String>,
    /// Full name.
    pub name: Option<String>,
    /// First name.
    pub first_name: Option<String>,
    /// Last name.
    pub last_name: Option<String>,
    /// Phone, E.164.
    pub phone: Option<String>,
    /// Postal code.
    pub postal_code: Option<String>,
    /// Tags.
    pub tags: Option<Vec<String>>,
    /// Website.
    pub website: Option<String>,
    /// Attachments, as sent.
    pub attachments: Option<Vec<Value>>,
    /// The assigned user.
    pub assigned_to: Option<UserId>,
    /// Custom field values.
    pub custom_fields: Option<Vec<CustomFieldEntry>>,
    /// Fields this struct does not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One custom field value in an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CustomFieldEntry {
    /// The field.
    pub id: Option<CustomFieldId>,
    /// Its value.
    pub value: Option<CustomFieldValue>,
}

/// `Opportunity{Create,Update,Delete,StageUpdate,StatusUpdate,MonetaryValueUpdate,
/// AssignedToUpdate}`. GHL sends no update time: order events by the envelope timestamp.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OpportunityEvent {
    /// The sub-account.
    pub location_id: Option<LocationId>,
    /// The opportunity.
    pub id: Option<OpportunityId>,
    /// The assigned user.
    pub assigned_to: Option<UserId>,
    /// The contact.
    pub contact_id: Option<ContactId>,
    /// Value.
    #[serde(default, with = "crate::models::common::opt_f64")]
    pub monetary_value: Option<f64>,
    /// Name.
    pub name: Option<String>,
    /// Pipeline.
    pub pipeline_id: Option<PipelineId>,
    /// Stage.
    pub pipeline_stage_id: Option<PipelineStageId>,
    /// Source.
    pub source: Option<String>,
    /// `open`, `won`, `lost` or `abandoned`.
    pub status: Option<String>,
    /// When it was created.
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub date_added: Option<DateTime<Utc>>,
    /// Fields this struct does not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `Task{Create,Complete,Delete}`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskEvent {
    /// The sub-account.
    pub location_id: Option<LocationId>,
    /// The task.
    pub id: Option<TaskId>,
    /// The assigned user.
    pub assigned_to: Option<UserId>,
    /// Description.
    pub body: Option<String>,
    /// The contact.
    pub contact_id: Option<ContactId>,
    /// Title.
    pub title: Option<String>,
    /// When it was created.
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub date_added: Option<DateTime<Utc>>,
    /// When it is due.
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub due_date: Option<DateTime<Utc>>,
    /// Fields this struct does not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `Note{Create,Update,Delete}`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NoteEvent {
    /// The sub-account.
    pub location_id: Option<LocationId>,
    /// The note.
    pub id: Option<NoteId>,
    /// Text.
    pub body: Option<String>,
    /// The contact.
    pub contact_id: Option<ContactId>,
    /// When it was created.
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub date_added: Option<DateTime<Utc>>,
    /// Fields this struct does not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `Appointment{Create,Update,Delete}`: the appointment is nested.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppointmentEvent {
    /// The sub-account.
    pub location_id: Option<LocationId>,
    /// The appointment.
    pub appointment: Option<WebhookAppointment>,
    /// Fields this struct does not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The appointment inside an [`AppointmentEvent`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WebhookAppointment {
    /// The appointment (calendar event).
    pub id: Option<EventId>,
    /// Address or meeting link.
    pub address: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Calendar.
    pub calendar_id: Option<CalendarId>,
    /// The contact.
    pub contact_id: Option<ContactId>,
    /// Calendar group.
    pub group_id: Option<CalendarGroupId>,
    /// `confirmed`, `cancelled`, `showed`, `noshow`, `invalid`, ...
    pub appointment_status: Option<String>,
    /// The assigned user.
    pub assigned_user_id: Option<UserId>,
    /// All users on the appointment.
    pub users: Option<Vec<UserId>>,
    /// Notes.
    pub notes: Option<String>,
    /// Booking source.
    pub source: Option<String>,
    /// Start.
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub start_time: Option<DateTime<Utc>>,
    /// End.
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub end_time: Option<DateTime<Utc>>,
    /// Created.
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub date_added: Option<DateTime<Utc>>,
    /// Last updated.
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub date_updated: Option<DateTime<Utc>>,
    /// Fields this struct does not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `CampaignStatusUpdate`: a contact's status in a campaign changed.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CampaignStatusEvent {
    /// The sub-account.
    pub location_id: Option<LocationId>,
    /// The campaign status record.
    pub id: Option<String>,
    /// The contact.
    pub contact_id: Option<ContactId>,
    /// e.g. `paused`, `finished`.
    pub status: Option<String>,
    /// The campaign template.
    pub template_id: Option<String>,
    /// The reply, if any.
    #[serde(default, with = "crate::models::common::opt_string")]
    pub replied: Option<String>,
    /// When it happened.
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub date_added: Option<DateTime<Utc>>,
    /// Fields this struct does not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
