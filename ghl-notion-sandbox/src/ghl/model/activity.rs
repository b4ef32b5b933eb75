//! Tasks, notes, appointments and calendars.

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::{Value, json};

use super::ser_iso;

/// A task on a contact (`TaskSchema`).
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Task {
    /// Task id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Assigned user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<String>,
    /// Due date.
    #[serde(serialize_with = "ser_iso")]
    pub due_date: DateTime<Utc>,
    /// Done or not.
    pub completed: bool,
    /// The contact.
    pub contact_id: String,
    /// Creation time (not in the spec's task schema, but in its webhook events).
    #[serde(serialize_with = "ser_iso")]
    pub date_added: DateTime<Utc>,
}

/// A note on a contact (`GetNoteSchema`).
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    /// Note id.
    pub id: String,
    /// Text.
    pub body: String,
    /// Author.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Creation time.
    #[serde(serialize_with = "ser_iso")]
    pub date_added: DateTime<Utc>,
    /// The contact.
    pub contact_id: String,
    /// Title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Colour, e.g. `#FFAA00`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// Pinned to the top.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pinned: Option<bool>,
}

/// Who created an appointment.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CreatedBy {
    /// The user, when a user created it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// `booking_widget`, `third_party`, …
    pub source: String,
}

/// An appointment (`CalendarEventDTO`).
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Appointment {
    /// Event id.
    pub id: String,
    /// Meeting address or link.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Title.
    pub title: String,
    /// Calendar.
    pub calendar_id: String,
    /// Location.
    pub location_id: String,
    /// Contact.
    pub contact_id: String,
    /// Calendar group.
    pub group_id: String,
    /// `new`, `confirmed`, `cancelled`, `showed`, `noshow`, `invalid`.
    pub appointment_status: String,
    /// Assigned user.
    pub assigned_user_id: String,
    /// Users attending.
    pub users: Vec<String>,
    /// Notes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Part of a recurring series.
    pub is_recurring: bool,
    /// Start.
    #[serde(serialize_with = "ser_iso")]
    pub start_time: DateTime<Utc>,
    /// End.
    #[serde(serialize_with = "ser_iso")]
    pub end_time: DateTime<Utc>,
    /// Creation time.
    #[serde(serialize_with = "ser_iso")]
    pub date_added: DateTime<Utc>,
    /// Last change.
    #[serde(serialize_with = "ser_iso")]
    pub date_updated: DateTime<Utc>,
    /// Creator.
    pub created_by: CreatedBy,
}

impl Appointment {
    /// The event as `GET /calendars/events` returns it.
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    /// The event as `GET /contacts/{contactId}/appointments` returns it (`GetEventSchema`,
    /// which adds `status`).
    pub fn to_contact_json(&self) -> Value {
        let mut v = self.to_json();
        if let Some(obj) = v.as_object_mut() {
            obj.insert("status".into(), json!(self.appointment_status));
        }
        v
    }
}

/// A calendar (only used to scope appointments).
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Calendar {
    /// Calendar id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Group.
    pub group_id: String,
    /// Team members who take its appointments.
    pub user_ids: Vec<String>,
    /// The location it belongs to.
    pub location_id: String,
}
