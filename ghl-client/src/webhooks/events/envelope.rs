//! The fields every delivery carries, whatever its kind.

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::EventKind;
use crate::ids::{CompanyId, LocationId};
use crate::models::common::parse_timestamp;
use crate::webhooks::verify::SignatureHeaders;

/// How an event's kind was determined.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KindSource {
    /// From the body's `type`.
    Type,
    /// From the caller's hint (the route), the body having no usable `type`.
    Hint,
    /// Guessed from the body's fields: the family is right, the action may not be.
    Shape,
    /// Not determined: the event is [`WebhookEvent::Unknown`](super::WebhookEvent::Unknown).
    Unknown,
}

/// The fields every delivery carries, read the same way for every kind.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Envelope {
    /// The `type` value as sent, if any.
    pub event_type: Option<String>,
    /// The kind the event was decoded as.
    pub kind: Option<EventKind>,
    /// How [`kind`](Self::kind) was found.
    pub kind_source: KindSource,
    /// GHL's `timestamp` (ISO 8601 or epoch). `None` when absent or unreadable.
    pub timestamp: Option<DateTime<Utc>>,
    /// GHL's `webhookId`, unique per event (retries repeat it).
    pub webhook_id: Option<String>,
    /// The sub-account: `locationId`, else the `id` of a location event, else `altId` when
    /// `altType` is `location`, else the order's `contactSnapshot.locationId`.
    pub location_id: Option<LocationId>,
    /// The agency, when sent.
    pub company_id: Option<CompanyId>,
    /// Whether the body was wrapped in `{"data": {...}}`.
    pub wrapped_in_data: bool,
    /// Why the body did not fit its typed payload (the event is then
    /// [`WebhookEvent::Unknown`](super::WebhookEvent::Unknown)).
    pub payload_error: Option<String>,
    /// The signature headers the delivery came with: empty after [`decode`](super::decode)
    /// alone, filled in by the [`Ingress`](crate::webhooks::Ingress) once they verified, so a
    /// sink can keep them with the body (the journal does, to verify it again on replay).
    pub signatures: SignatureHeaders,
}

impl Envelope {
    pub(super) fn read(
        body: &Value,
        event_type: Option<String>,
        kind: Option<EventKind>,
        kind_source: KindSource,
        wrapped_in_data: bool,
        payload_error: Option<String>,
    ) -> Self {
        let text = |key: &str| scalar_text(body.get(key));
        let timestamp = match body.get("timestamp") {
            Some(Value::String(s)) => parse_timestamp(s),
            Some(Value::Number(n)) => n.as_i64().and_then(|n| parse_timestamp(&n.to_string())),
            _ => None,
        };
        let location_id = text("locationId")
            .or_else(|| {
                matches!(
                    kind,
                    Some(EventKind::LocationCreate | EventKind::LocationUpdate)
                )
                .then(|| text("id"))
                .flatten()
            })
            .or_else(|| {
                (body.get("altType").and_then(Value::as_str) == Some("location"))
                    .then(|| text("altId"))
                    .flatten()
            })
            .or_else(|| scalar_text(body.pointer("/contactSnapshot/locationId")));
        Self {
            event_type,
            kind,
            kind_source,
            timestamp,
            webhook_id: text("webhookId"),
            location_id: location_id.map(LocationId),
            company_id: text("companyId").map(CompanyId),
            wrapped_in_data,
            payload_error,
            signatures: SignatureHeaders::default(),
        }
    }
}

/// A non-empty string, or a number as text.
fn scalar_text(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}
