//! Webhook deliveries as the engine's [`SourceEvent`]s.
//!
//! [`source_event`] (for a [`DecodedEvent`]) and [`verified_source_event`] (for what the
//! ingress hands over) map every contact, opportunity, task, note and appointment event;
//! anything else (installs, messages, invoices…) is `None`.
//!
//! - `event_id`: the `webhookId`, else the delivery's dedupe key (`sha256:<body hash>`), so
//!   redeliveries collapse.
//! - `record_id`: as [`GhlSource`](super::GhlSource) names records: the contact,
//!   opportunity or appointment id, and `"{contactId}/{id}"` for tasks and notes.
//! - `kind`: `Created`, `Updated`, `Deleted`, or `Other` with the GHL action: `TagUpdate`,
//!   `DndUpdate`, `StageUpdate`, `StatusUpdate`, `MonetaryValueUpdate`, `AssignedToUpdate`,
//!   `Completed`.
//! - `occurred_at`: the envelope's `timestamp` (when GHL sent it), never `dateAdded` (when the
//!   record was created).
//! - `record`: only when the payload says when the record last changed (a `dateUpdated`), so
//!   the engine may apply it without a fetch. GHL's contact, opportunity, task and note
//!   payloads carry no update time, so those events are settled by fetching the record;
//!   deletions never carry one.
//!
//! ```
//! use ghl_notion::entity;
//! use ghl_notion::ghl::events::source_event;
//! use ghl_client::webhooks::decode;
//! use sync_core::record::EventKind;
//!
//! let body = br#"{"type":"TaskComplete","locationId":"loc1","id":"t1","contactId":"c1",
//!                 "timestamp":"2025-01-28T14:35:00Z","webhookId":"wh-1"}"#;
//! let event = source_event(&decode(body, None)?).expect("a CRM event");
//! assert_eq!(event.event_id, "wh-1");
//! assert_eq!(event.entity, entity::TASK);
//! assert_eq!(event.record_id, "c1/t1");
//! assert_eq!(event.kind, EventKind::Other("Completed".into()));
//! assert!(event.record.is_none());
//! # Ok::<(), ghl_client::webhooks::DecodeError>(())
//! ```

use crate::entity;
use serde::Serialize;
use serde_json::{Map, Value};
use sync_core::record::{EntityKind, EventKind, SourceEvent};

use super::records::{appointment_record, child_id, contact_record};
use ghl_client::models::appointment::CalendarEvent;
use ghl_client::models::contact::Contact;
use ghl_client::webhooks::replay::dedupe_key;
use ghl_client::webhooks::{
    DecodedEvent, Envelope, EventKind as Hook, VerifiedEvent, WebhookEvent,
};

/// Payload keys that may name who made the change, most specific first.
const ACTOR_KEYS: &[&str] = &["changedBy", "updatedBy", "userId", "createdBy"];

/// The engine event for a decoded webhook, or `None` for events that concern no synced
/// record (installs, messages, commerce…) or that lack the record's id.
///
/// `payload` is the event re-serialized (the typed fields plus every unknown field); use
/// [`verified_source_event`] to keep the exact bytes received.
pub fn source_event(decoded: &DecodedEvent) -> Option<SourceEvent> {
    let body = payload_of(&decoded.event)?;
    let event_id = match &decoded.envelope.webhook_id {
        Some(id) => id.clone(),
        None => dedupe_key(&decoded.envelope, body.to_string().as_bytes()),
    };
    map(&decoded.envelope, body, event_id)
}

/// The engine event for a verified delivery, as [`source_event`], with the body received
/// as the payload and the ingress's dedupe key when there is no `webhookId`.
pub fn verified_source_event(verified: &VerifiedEvent) -> Option<SourceEvent> {
    let body = serde_json::from_slice::<Value>(&verified.body)
        .ok()
        .filter(Value::is_object)
        .map(|raw| unwrap_data(raw, verified.envelope.wrapped_in_data))
        .or_else(|| payload_of(&verified.event))?;
    let event_id = verified
        .envelope
        .webhook_id
        .clone()
        .unwrap_or_else(|| verified.dedupe_key.clone());
    map(&verified.envelope, body, event_id)
}

/// What a webhook kind means for the engine.
struct Meaning {
    entity: EntityKind,
    kind: EventKind,
}

fn meaning(kind: Hook) -> Option<Meaning> {
    let (entity, kind) = match kind {
        Hook::ContactCreate => (entity::CONTACT, EventKind::Created),
        Hook::ContactUpdate => (entity::CONTACT, EventKind::Updated),
        Hook::ContactDelete => (entity::CONTACT, EventKind::Deleted),
        Hook::ContactTagUpdate => (entity::CONTACT, other("TagUpdate")),
        Hook::ContactDndUpdate => (entity::CONTACT, other("DndUpdate")),
        Hook::OpportunityCreate => (entity::OPPORTUNITY, EventKind::Created),
        Hook::OpportunityUpdate => (entity::OPPORTUNITY, EventKind::Updated),
        Hook::OpportunityDelete => (entity::OPPORTUNITY, EventKind::Deleted),
        Hook::OpportunityStageUpdate => (entity::OPPORTUNITY, other("StageUpdate")),
        Hook::OpportunityStatusUpdate => (entity::OPPORTUNITY, other("StatusUpdate")),
        Hook::OpportunityMonetaryValueUpdate => (entity::OPPORTUNITY, other("MonetaryValueUpdate")),
        Hook::OpportunityAssignedToUpdate => (entity::OPPORTUNITY, other("AssignedToUpdate")),
        Hook::TaskCreate => (entity::TASK, EventKind::Created),
        Hook::TaskComplete => (entity::TASK, other("Completed")),
        Hook::TaskDelete => (entity::TASK, EventKind::Deleted),
        Hook::NoteCreate => (entity::NOTE, EventKind::Created),
        Hook::NoteUpdate => (entity::NOTE, EventKind::Updated),
        Hook::NoteDelete => (entity::NOTE, EventKind::Deleted),
        Hook::AppointmentCreate => (entity::APPOINTMENT, EventKind::Created),
        Hook::AppointmentUpdate => (entity::APPOINTMENT, EventKind::Updated),
        Hook::AppointmentDelete => (entity::APPOINTMENT, EventKind::Deleted),
        _ => return None,
    };
    Some(Meaning { entity, kind })
}

fn other(name: &str) -> EventKind {
    EventKind::Other(name.to_owned())
}

/// Builds the event from the envelope and the body (unwrapped from `data`).
fn map(envelope: &Envelope, body: Value, event_id: String) -> Option<SourceEvent> {
    let Meaning { entity, kind } = meaning(envelope.kind?)?;
    let appointment = body.get("appointment").filter(|a| a.is_object());
    let record_id = match entity.as_str() {
        "task" | "note" => child_id(&text(&body, "contactId")?, &text(&body, "id")?),
        "appointment" => appointment
            .and_then(|a| text(a, "id"))
            .or_else(|| text(&body, "id"))?,
        _ => text(&body, "id")?,
    };
    let record = if kind == EventKind::Deleted {
        None
    } else {
        match entity.as_str() {
            "contact" => complete::<Contact>(&body).map(|c| contact_record(&c)),
            "appointment" => appointment
                .and_then(|a| complete::<CalendarEvent>(a).map(|e| appointment_record(&e))),
            _ => None,
        }
    };
    let actor = ACTOR_KEYS.iter().find_map(|key| text(&body, key));
    Some(SourceEvent {
        event_id,
        entity,
        record_id,
        kind,
        occurred_at: envelope.timestamp,
        payload: Some(body),
        record,
        actor,
    })
}

/// The payload as a full record, only if it says when the record last changed.
fn complete<T: serde::de::DeserializeOwned>(payload: &Value) -> Option<T> {
    payload.get("dateUpdated").filter(|v| !v.is_null())?;
    serde_json::from_value(payload.clone()).ok()
}

/// The typed event back as JSON, `None` for events this module does not map.
fn payload_of(event: &WebhookEvent) -> Option<Value> {
    fn json(payload: &impl Serialize) -> Option<Value> {
        serde_json::to_value(payload).ok().map(drop_nulls)
    }
    match event {
        WebhookEvent::ContactCreate(p)
        | WebhookEvent::ContactUpdate(p)
        | WebhookEvent::ContactDelete(p)
        | WebhookEvent::ContactTagUpdate(p)
        | WebhookEvent::ContactDndUpdate(p) => json(p),
        WebhookEvent::OpportunityCreate(p)
        | WebhookEvent::OpportunityUpdate(p)
        | WebhookEvent::OpportunityDelete(p)
        | WebhookEvent::OpportunityStageUpdate(p)
        | WebhookEvent::OpportunityStatusUpdate(p)
        | WebhookEvent::OpportunityMonetaryValueUpdate(p)
        | WebhookEvent::OpportunityAssignedToUpdate(p) => json(p),
        WebhookEvent::TaskCreate(p)
        | WebhookEvent::TaskComplete(p)
        | WebhookEvent::TaskDelete(p) => json(p),
        WebhookEvent::NoteCreate(p) | WebhookEvent::NoteUpdate(p) | WebhookEvent::NoteDelete(p) => {
            json(p)
        }
        WebhookEvent::AppointmentCreate(p)
        | WebhookEvent::AppointmentUpdate(p)
        | WebhookEvent::AppointmentDelete(p) => json(p),
        // A CRM event whose body did not fit its typed payload is still mapped from its JSON.
        WebhookEvent::Unknown { raw, .. } => Some(raw.clone()),
        _ => None,
    }
}

/// The typed payloads serialize absent fields as `null` (nested ones too); the body GHL sent
/// had none.
fn drop_nulls(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, drop_nulls(v)))
                .collect::<Map<_, _>>(),
        ),
        other => other,
    }
}

/// `{"data": {...}, <envelope keys>}` → the inner object with the envelope keys copied in,
/// as the decoder read it.
fn unwrap_data(raw: Value, wrapped: bool) -> Value {
    let Value::Object(mut outer) = raw else {
        return raw;
    };
    if !wrapped {
        return Value::Object(outer);
    }
    match outer.remove("data") {
        Some(Value::Object(mut inner)) => {
            for (key, value) in outer {
                inner.entry(key).or_insert(value);
            }
            Value::Object(inner)
        }
        Some(other) => {
            outer.insert("data".to_owned(), other);
            Value::Object(outer)
        }
        None => Value::Object(outer),
    }
}

/// A non-empty string (or a number as text) at `key`.
fn text(value: &Value, key: &str) -> Option<String> {
    match value.get(key)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Gives the contact record a webhook carried its custom fields by key, as the source's own
/// reads have them (`custom.<key>`). When the source knows no keys yet, the record is
/// dropped instead, so the engine fetches the contact (with its keys) rather than writing
/// keyed columns empty.
pub fn key_custom_fields(event: &mut SourceEvent, source: &super::GhlSource) {
    if event.entity != entity::CONTACT {
        return;
    }
    let Some(record) = &mut event.record else {
        return;
    };
    match source.kept_custom_field_keys() {
        Some(keys) => keys.apply(record),
        None => event.record = None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ghl_client::webhooks::decode;

    fn event(body: &str) -> Option<SourceEvent> {
        source_event(&decode(body.as_bytes(), None).unwrap())
    }

    #[test]
    fn kinds_map_to_entities_and_actions() {
        for (ty, entity, kind) in [
            ("ContactCreate", entity::CONTACT, EventKind::Created),
            ("ContactTagUpdate", entity::CONTACT, other("TagUpdate")),
            (
                "OpportunityStageUpdate",
                entity::OPPORTUNITY,
                other("StageUpdate"),
            ),
            ("OpportunityDelete", entity::OPPORTUNITY, EventKind::Deleted),
            ("NoteUpdate", entity::NOTE, EventKind::Updated),
        ] {
            let body = format!(r#"{{"type":"{ty}","id":"x1","contactId":"c1","webhookId":"w"}}"#);
            let e = event(&body).unwrap();
            assert_eq!((e.entity, e.kind), (entity, kind), "{ty}");
        }
    }

    #[test]
    fn non_crm_events_and_missing_ids_map_to_nothing() {
        assert!(event(r#"{"type":"INSTALL","appId":"a","locationId":"l"}"#).is_none());
        assert!(event(r#"{"type":"InboundMessage","contactId":"c1"}"#).is_none());
        assert!(event(r#"{"type":"TaskCreate","id":"t1"}"#).is_none());
    }

    #[test]
    fn without_a_webhook_id_the_body_hash_is_the_event_id() {
        let body = r#"{"type":"ContactUpdate","id":"c1"}"#;
        let a = event(body).unwrap();
        assert!(a.event_id.starts_with("sha256:"), "{}", a.event_id);
        assert_eq!(a.event_id, event(body).unwrap().event_id);
    }

    #[test]
    fn a_contact_payload_with_date_updated_carries_its_record() {
        let e = event(
            r#"{"type":"ContactUpdate","id":"c1","firstName":"Ada","userId":"u1",
                "dateUpdated":"2025-01-02T00:00:00Z","timestamp":"2025-01-02T00:00:01Z"}"#,
        )
        .unwrap();
        let record = e.record.unwrap();
        assert_eq!(record.display_name.as_deref(), Some("Ada"));
        assert_eq!(
            record.updated_at.map(|t| t.timestamp()),
            Some(1_735_776_000)
        );
        assert_eq!(e.occurred_at.map(|t| t.timestamp()), Some(1_735_776_001));
        assert_eq!(e.actor.as_deref(), Some("u1"));
    }
}
