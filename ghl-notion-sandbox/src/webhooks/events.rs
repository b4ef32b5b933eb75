//! Webhook events with the flat shapes of GHL's documented examples
//! (`specs/ghl/webhook-events/<Type>.json`).
//!
//! An event is built from the record that changed; [`WebhookEvent::to_body`] wraps it in the
//! [`Envelope`] every delivery carries (`type`, `appId`, `locationId`, `timestamp`,
//! `webhookId`) and gives the exact bytes that are signed and sent.

use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::clock::iso;
use crate::ghl::model::{Appointment, Contact, Note, Opportunity, Task};

/// The event types the sandbox emits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[allow(missing_docs)] // The names are GHL's event types.
pub enum EventType {
    ContactCreate,
    ContactUpdate,
    ContactDelete,
    ContactTagUpdate,
    OpportunityCreate,
    OpportunityUpdate,
    OpportunityDelete,
    OpportunityStageUpdate,
    OpportunityStatusUpdate,
    OpportunityMonetaryValueUpdate,
    OpportunityAssignedToUpdate,
    TaskCreate,
    TaskComplete,
    TaskDelete,
    NoteCreate,
    NoteUpdate,
    NoteDelete,
    AppointmentCreate,
    AppointmentUpdate,
    AppointmentDelete,
}

impl EventType {
    /// The `type` string GHL sends.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ContactCreate => "ContactCreate",
            Self::ContactUpdate => "ContactUpdate",
            Self::ContactDelete => "ContactDelete",
            Self::ContactTagUpdate => "ContactTagUpdate",
            Self::OpportunityCreate => "OpportunityCreate",
            Self::OpportunityUpdate => "OpportunityUpdate",
            Self::OpportunityDelete => "OpportunityDelete",
            Self::OpportunityStageUpdate => "OpportunityStageUpdate",
            Self::OpportunityStatusUpdate => "OpportunityStatusUpdate",
            Self::OpportunityMonetaryValueUpdate => "OpportunityMonetaryValueUpdate",
            Self::OpportunityAssignedToUpdate => "OpportunityAssignedToUpdate",
            Self::TaskCreate => "TaskCreate",
            Self::TaskComplete => "TaskComplete",
            Self::TaskDelete => "TaskDelete",
            Self::NoteCreate => "NoteCreate",
            Self::NoteUpdate => "NoteUpdate",
            Self::NoteDelete => "NoteDelete",
            Self::AppointmentCreate => "AppointmentCreate",
            Self::AppointmentUpdate => "AppointmentUpdate",
            Self::AppointmentDelete => "AppointmentDelete",
        }
    }
}

/// The fields a delivery carries besides the event's own: which app it is for (the official
/// SDK's middleware skips events whose `appId` is not its app's) and when and under which id it
/// was sent (for replay protection and de-duplication).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Envelope<'a> {
    /// `appId`: the marketplace app the delivery is for (the client id's prefix).
    pub app_id: &'a str,
    /// `timestamp`: when it was sent, RFC 3339.
    pub timestamp: &'a str,
    /// `webhookId`: unique per event (a duplicate delivery repeats it).
    pub webhook_id: &'a str,
}

/// One event waiting to be delivered: its type, location and payload fields.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookEvent {
    /// The event type.
    pub event_type: EventType,
    /// The location the record belongs to.
    pub location_id: String,
    /// The payload's own fields (everything but the [`Envelope`], `type` and `locationId`).
    pub fields: Map<String, Value>,
}

fn put(fields: &mut Map<String, Value>, key: &str, value: Option<impl Serialize>) {
    if let Some(v) = value.and_then(|v| serde_json::to_value(v).ok()) {
        fields.insert(key.to_owned(), v);
    }
}

impl WebhookEvent {
    /// A `Contact*` event: the contact's documented fields.
    pub fn contact(event_type: EventType, c: &Contact) -> Self {
        let mut f = Map::new();
        f.insert("id".into(), json!(c.id));
        put(&mut f, "address1", c.address1.as_ref());
        put(&mut f, "city", c.city.as_ref());
        put(&mut f, "state", c.state.as_ref());
        put(&mut f, "companyName", c.company_name.as_ref());
        put(&mut f, "country", c.country.as_ref());
        put(&mut f, "source", c.source.as_ref());
        f.insert("dateAdded".into(), json!(iso(c.date_added)));
        put(&mut f, "dateOfBirth", c.date_of_birth.as_ref());
        f.insert("dnd".into(), json!(c.dnd));
        put(&mut f, "email", c.email.as_ref());
        put(&mut f, "name", c.name.as_ref());
        put(&mut f, "firstName", c.first_name.as_ref());
        put(&mut f, "lastName", c.last_name.as_ref());
        put(&mut f, "phone", c.phone.as_ref());
        put(&mut f, "postalCode", c.postal_code.as_ref());
        f.insert("tags".into(), json!(c.tags));
        put(&mut f, "website", c.website.as_ref());
        f.insert("attachments".into(), json!([]));
        put(&mut f, "assignedTo", c.assigned_to.as_ref());
        f.insert("customFields".into(), json!(c.custom_fields));
        Self {
            event_type,
            location_id: c.location_id.clone(),
            fields: f,
        }
    }

    /// An `Opportunity*` event.
    pub fn opportunity(event_type: EventType, o: &Opportunity) -> Self {
        let mut f = Map::new();
        f.insert("id".into(), json!(o.id));
        put(&mut f, "assignedTo", o.assigned_to.as_ref());
        f.insert("contactId".into(), json!(o.contact_id));
        f.insert("monetaryValue".into(), json!(o.monetary_value));
        f.insert("name".into(), json!(o.name));
        f.insert("pipelineId".into(), json!(o.pipeline_id));
        f.insert("pipelineStageId".into(), json!(o.pipeline_stage_id));
        f.insert("source".into(), json!(o.source));
        f.insert("status".into(), json!(o.status));
        f.insert("dateAdded".into(), json!(iso(o.created_at)));
        Self {
            event_type,
            location_id: o.location_id.clone(),
            fields: f,
        }
    }

    /// A `Task*` event.
    pub fn task(event_type: EventType, t: &Task, location_id: &str) -> Self {
        let mut f = Map::new();
        f.insert("id".into(), json!(t.id));
        put(&mut f, "assignedTo", t.assigned_to.as_ref());
        put(&mut f, "body", t.body.as_ref());
        f.insert("contactId".into(), json!(t.contact_id));
        f.insert("title".into(), json!(t.title));
        f.insert("dateAdded".into(), json!(iso(t.date_added)));
        f.insert("dueDate".into(), json!(iso(t.due_date)));
        Self {
            event_type,
            location_id: location_id.to_owned(),
            fields: f,
        }
    }

    /// A `Note*` event.
    pub fn note(event_type: EventType, n: &Note, location_id: &str) -> Self {
        let mut f = Map::new();
        f.insert("id".into(), json!(n.id));
        f.insert("body".into(), json!(n.body));
        f.insert("contactId".into(), json!(n.contact_id));
        f.insert("dateAdded".into(), json!(iso(n.date_added)));
        Self {
            event_type,
            location_id: location_id.to_owned(),
            fields: f,
        }
    }

    /// An `Appointment*` event: the appointment nested under `appointment`. (GHL's own
    /// examples for Update and Delete say `AppointmentCreate`; the sandbox sends the right
    /// type.)
    pub fn appointment(event_type: EventType, a: &Appointment) -> Self {
        let mut inner = Map::new();
        inner.insert("id".into(), json!(a.id));
        put(&mut inner, "address", a.address.as_ref());
        inner.insert("title".into(), json!(a.title));
        inner.insert("calendarId".into(), json!(a.calendar_id));
        inner.insert("contactId".into(), json!(a.contact_id));
        inner.insert("groupId".into(), json!(a.group_id));
        inner.insert("appointmentStatus".into(), json!(a.appointment_status));
        inner.insert("assignedUserId".into(), json!(a.assigned_user_id));
        inner.insert("users".into(), json!(a.users));
        put(&mut inner, "notes", a.notes.as_ref());
        inner.insert("source".into(), json!(a.created_by.source));
        inner.insert("startTime".into(), json!(iso(a.start_time)));
        inner.insert("endTime".into(), json!(iso(a.end_time)));
        inner.insert("dateAdded".into(), json!(iso(a.date_added)));
        inner.insert("dateUpdated".into(), json!(iso(a.date_updated)));
        let mut f = Map::new();
        f.insert("appointment".into(), Value::Object(inner));
        Self {
            event_type,
            location_id: a.location_id.clone(),
            fields: f,
        }
    }

    /// The exact body sent: `type`, `appId`, `locationId`, the fields, `timestamp`,
    /// `webhookId` (the order of GHL's `INSTALL` example, the one event documented with all).
    pub fn to_body(&self, envelope: &Envelope<'_>) -> Vec<u8> {
        let mut body = Map::new();
        body.insert("type".into(), json!(self.event_type.as_str()));
        body.insert("appId".into(), json!(envelope.app_id));
        body.insert("locationId".into(), json!(self.location_id));
        for (k, v) in &self.fields {
            body.insert(k.clone(), v.clone());
        }
        body.insert("timestamp".into(), json!(envelope.timestamp));
        body.insert("webhookId".into(), json!(envelope.webhook_id));
        serde_json::to_vec(&Value::Object(body)).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_body_wraps_the_fields_in_the_envelope() {
        let mut fields = Map::new();
        fields.insert("id".into(), json!("n1"));
        let event = WebhookEvent {
            event_type: EventType::NoteCreate,
            location_id: "loc".into(),
            fields,
        };
        let body = event.to_body(&Envelope {
            app_id: "app",
            timestamp: "2025-06-15T12:00:00.000Z",
            webhook_id: "wh",
        });
        let body: Value = serde_json::from_slice(&body).expect("JSON");
        assert_eq!(
            body,
            json!({
                "type": "NoteCreate", "appId": "app", "locationId": "loc", "id": "n1",
                "timestamp": "2025-06-15T12:00:00.000Z", "webhookId": "wh",
            })
        );
    }
}
