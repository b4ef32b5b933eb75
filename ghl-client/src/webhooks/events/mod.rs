//! Typed webhook events: one [`WebhookEvent`] variant per event GHL documents.
//!
//! [`decode`] reads a body (after verification) into a [`DecodedEvent`]: the [`Envelope`]
//! (`timestamp`, `webhookId`, location, how the kind was found) plus the typed event.
//!
//! How the kind is found, in order:
//!
//! 1. **`type`**, when it names a documented event ([`EventKind::from_type`] also accepts the
//!    documented aliases). The `type` wins over everything else, so GHL's Appointment Update and
//!    Delete examples, which say `"type": "AppointmentCreate"`, decode as `AppointmentCreate`.
//! 2. **A hint** from the caller, e.g. the route the delivery came in on, when `type` is
//!    missing or is not an event name (the provider-message `type` is `SMS` / `Email`).
//! 3. **The shape** of the body, for GHL's documented examples that carry no `type` (invoices,
//!    products, prices, custom objects, associations, relations). Shape cannot tell a create
//!    from an update, so it picks the family's neutral member (`*Update`, or `RelationCreate`;
//!    invoices by `status`) and says so in [`Envelope::kind_source`]: treat such an event as
//!    "this object changed, read it again".
//!
//! A body `{"data": {...}}` whose other keys are only envelope fields is unwrapped. A body of
//! an unknown kind, or whose fields do not fit the typed payload, becomes
//! [`WebhookEvent::Unknown`] with the raw JSON kept: decoding never loses an event.
//!
//! ```
//! use ghl_client::webhooks::{EventKind, KindSource, WebhookEvent, decode};
//!
//! let body = br#"{"type":"NoteCreate","locationId":"loc1","id":"n1","body":"Hi",
//!                 "timestamp":"2025-01-28T14:35:00Z","webhookId":"wh-1"}"#;
//! let decoded = decode(body, None)?;
//! assert_eq!(decoded.envelope.webhook_id.as_deref(), Some("wh-1"));
//! assert_eq!(decoded.envelope.location_id.as_ref().map(|l| l.as_str()), Some("loc1"));
//! let WebhookEvent::NoteCreate(note) = &decoded.event else { panic!() };
//! assert_eq!(note.body.as_deref(), Some("Hi"));
//!
//! // No `type`: recognised by shape, and flagged as such.
//! let invoice = decode(br#"{"_id":"i1","altId":"loc1","altType":"location",
//!                           "invoiceNumber":"19","status":"paid"}"#, None)?;
//! assert_eq!(invoice.event.kind(), Some(EventKind::InvoicePaid));
//! assert_eq!(invoice.envelope.kind_source, KindSource::Shape);
//! # Ok::<(), ghl_client::webhooks::DecodeError>(())
//! ```

mod account;
mod commerce;
mod conversations;
mod crm;
mod envelope;
mod objects;

use std::fmt;
use std::str::FromStr;

use serde::Deserialize as _;
use serde_json::{Map, Value};

pub use account::{AppInstallEvent, AppUninstallEvent, LocationEvent, PlanChangeEvent, UserEvent};
pub use commerce::{InvoiceContact, InvoiceEvent, OrderEvent, PriceEvent, ProductEvent};
pub use conversations::{
    ConversationUnreadEvent, EmailStatsEvent, EmailStatsPayload, MessageEvent, ProviderMessageEvent,
};
pub use crm::{
    AppointmentEvent, CampaignStatusEvent, ContactEvent, CustomFieldEntry, NoteEvent,
    OpportunityEvent, TaskEvent, WebhookAppointment,
};
pub use envelope::{Envelope, KindSource};
pub use objects::{AssociationEvent, ObjectSchemaEvent, RecordEvent, RelationEvent};

macro_rules! events {
    ($( $(#[$doc:meta])* $variant:ident($payload:ty) = $wire:literal $(| $alias:literal)*; )*) => {
        /// The kind of a webhook event: every event GHL documents.
        ///
        /// [`name`](Self::name) is the documented event name; [`wire_type`](Self::wire_type)
        /// the `type` value GHL sends (they differ for `INSTALL`, `UNINSTALL`, `PLAN_CHANGE`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum EventKind {
            $( $(#[$doc])* $variant, )*
        }

        impl EventKind {
            /// Every kind, in declaration order.
            pub const ALL: &'static [EventKind] = &[$(EventKind::$variant),*];

            /// The documented event name, e.g. `ContactCreate`, `AppInstall`.
            pub fn name(self) -> &'static str {
                match self { $(Self::$variant => stringify!($variant),)* }
            }

            /// The `type` value GHL sends, e.g. `ContactCreate`, `INSTALL`.
            pub fn wire_type(self) -> &'static str {
                match self { $(Self::$variant => $wire,)* }
            }

            /// The kind a `type` value names (exact match on the wire type or a documented
            /// alias), `None` for anything else.
            pub fn from_type(value: &str) -> Option<Self> {
                match value {
                    $( $wire $(| $alias)* => Some(Self::$variant), )*
                    _ => None,
                }
            }
        }

        /// A decoded webhook event. Match on it; new GHL events arrive as
        /// [`Unknown`](Self::Unknown) until this crate learns them.
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum WebhookEvent {
            $( $(#[$doc])* $variant($payload), )*
            /// An event this crate does not know, or whose body did not fit its typed payload
            /// ([`Envelope::payload_error`] says why). The JSON is kept whole.
            Unknown {
                /// The `type` value as sent, if any.
                event_type: Option<String>,
                /// The body (unwrapped from `data` if it was wrapped).
                raw: Value,
            },
        }

        impl WebhookEvent {
            /// The event's kind, `None` for [`Unknown`](Self::Unknown).
            pub fn kind(&self) -> Option<EventKind> {
                match self {
                    $( Self::$variant(_) => Some(EventKind::$variant), )*
                    Self::Unknown { .. } => None,
                }
            }

            fn from_kind(kind: EventKind, body: &Value) -> Result<Self, serde_json::Error> {
                Ok(match kind {
                    $( EventKind::$variant => Self::$variant(<$payload>::deserialize(body)?), )*
                })
            }
        }
    };
}

events! {
    /// A contact was created.
    ContactCreate(ContactEvent) = "ContactCreate";
    /// Some contact fields changed.
    ContactUpdate(ContactEvent) = "ContactUpdate";
    /// A contact was deleted (the payload is the deleted contact).
    ContactDelete(ContactEvent) = "ContactDelete";
    /// A contact's tags changed.
    ContactTagUpdate(ContactEvent) = "ContactTagUpdate";
    /// A contact's do-not-disturb settings changed.
    ContactDndUpdate(ContactEvent) = "ContactDndUpdate";
    /// An opportunity was created.
    OpportunityCreate(OpportunityEvent) = "OpportunityCreate";
    /// An opportunity changed.
    OpportunityUpdate(OpportunityEvent) = "OpportunityUpdate";
    /// An opportunity was deleted.
    OpportunityDelete(OpportunityEvent) = "OpportunityDelete";
    /// An opportunity moved stage.
    OpportunityStageUpdate(OpportunityEvent) = "OpportunityStageUpdate";
    /// An opportunity's status changed.
    OpportunityStatusUpdate(OpportunityEvent) = "OpportunityStatusUpdate";
    /// An opportunity's value changed.
    OpportunityMonetaryValueUpdate(OpportunityEvent) = "OpportunityMonetaryValueUpdate";
    /// An opportunity was reassigned.
    OpportunityAssignedToUpdate(OpportunityEvent) = "OpportunityAssignedToUpdate";
    /// A task was created.
    TaskCreate(TaskEvent) = "TaskCreate";
    /// A task was completed.
    TaskComplete(TaskEvent) = "TaskComplete";
    /// A task was deleted.
    TaskDelete(TaskEvent) = "TaskDelete";
    /// A note was created.
    NoteCreate(NoteEvent) = "NoteCreate";
    /// A note changed.
    NoteUpdate(NoteEvent) = "NoteUpdate";
    /// A note was deleted.
    NoteDelete(NoteEvent) = "NoteDelete";
    /// An appointment was booked.
    AppointmentCreate(AppointmentEvent) = "AppointmentCreate";
    /// An appointment changed.
    AppointmentUpdate(AppointmentEvent) = "AppointmentUpdate";
    /// An appointment was deleted.
    AppointmentDelete(AppointmentEvent) = "AppointmentDelete";
    /// A message came in.
    InboundMessage(MessageEvent) = "InboundMessage";
    /// A message went out.
    OutboundMessage(MessageEvent) = "OutboundMessage";
    /// A custom conversation provider must deliver a message.
    ProviderOutboundMessage(ProviderMessageEvent) = "ProviderOutboundMessage";
    /// A conversation's unread state changed (documented as `ConversationUnreadWebhook`).
    ConversationUnreadUpdate(ConversationUnreadEvent) = "ConversationUnreadUpdate"
        | "ConversationUnreadWebhook";
    /// An invoice was created.
    InvoiceCreate(InvoiceEvent) = "InvoiceCreate";
    /// An invoice changed.
    InvoiceUpdate(InvoiceEvent) = "InvoiceUpdate";
    /// An invoice was deleted.
    InvoiceDelete(InvoiceEvent) = "InvoiceDelete";
    /// An invoice was sent.
    InvoiceSent(InvoiceEvent) = "InvoiceSent";
    /// An invoice was paid in full.
    InvoicePaid(InvoiceEvent) = "InvoicePaid";
    /// An invoice was partly paid.
    InvoicePartiallyPaid(InvoiceEvent) = "InvoicePartiallyPaid";
    /// An invoice was voided.
    InvoiceVoid(InvoiceEvent) = "InvoiceVoid";
    /// An order was placed.
    OrderCreate(OrderEvent) = "OrderCreate";
    /// An order's status changed.
    OrderStatusUpdate(OrderEvent) = "OrderStatusUpdate";
    /// A product was created.
    ProductCreate(ProductEvent) = "ProductCreate";
    /// A product changed.
    ProductUpdate(ProductEvent) = "ProductUpdate";
    /// A product was deleted.
    ProductDelete(ProductEvent) = "ProductDelete";
    /// A price was created.
    PriceCreate(PriceEvent) = "PriceCreate";
    /// A price changed.
    PriceUpdate(PriceEvent) = "PriceUpdate";
    /// A price was deleted.
    PriceDelete(PriceEvent) = "PriceDelete";
    /// A location (sub-account) was created.
    LocationCreate(LocationEvent) = "LocationCreate";
    /// A location changed.
    LocationUpdate(LocationEvent) = "LocationUpdate";
    /// A user was created.
    UserCreate(UserEvent) = "UserCreate";
    /// A contact's campaign status changed.
    CampaignStatusUpdate(CampaignStatusEvent) = "CampaignStatusUpdate";
    /// An email delivery statistic (delivered, opened, bounced...).
    LCEmailStats(EmailStatsEvent) = "LCEmailStats";
    /// The app's plan changed.
    PlanChange(PlanChangeEvent) = "PLAN_CHANGE" | "PlanChange";
    /// The app was installed.
    AppInstall(AppInstallEvent) = "INSTALL" | "AppInstall";
    /// The app was uninstalled.
    AppUninstall(AppUninstallEvent) = "UNINSTALL" | "AppUninstall";
    /// An association (link type between objects) was created.
    AssociationCreate(AssociationEvent) = "AssociationCreate";
    /// An association changed.
    AssociationUpdate(AssociationEvent) = "AssociationUpdate";
    /// An association was deleted.
    AssociationDelete(AssociationEvent) = "AssociationDelete";
    /// Two records were linked.
    RelationCreate(RelationEvent) = "RelationCreate";
    /// Two records were unlinked.
    RelationDelete(RelationEvent) = "RelationDelete";
    /// A custom-object record was created.
    RecordCreate(RecordEvent) = "RecordCreate";
    /// A custom-object record changed.
    RecordUpdate(RecordEvent) = "RecordUpdate";
    /// A custom-object record was deleted.
    RecordDelete(RecordEvent) = "RecordDelete";
    /// A custom object was defined.
    ObjectSchemaCreate(ObjectSchemaEvent) = "ObjectSchemaCreate";
    /// A custom object's definition changed.
    ObjectSchemaUpdate(ObjectSchemaEvent) = "ObjectSchemaUpdate";
}

impl fmt::Display for EventKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The text is not an event name or type.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown webhook event kind {0:?}")]
pub struct UnknownEventKind(pub String);

impl FromStr for EventKind {
    type Err = UnknownEventKind;

    /// Accepts the wire type or an alias exactly, or the name or wire type in any case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if let Some(kind) = Self::from_type(s) {
            return Ok(kind);
        }
        Self::ALL
            .iter()
            .copied()
            .find(|k| k.name().eq_ignore_ascii_case(s) || k.wire_type().eq_ignore_ascii_case(s))
            .ok_or_else(|| UnknownEventKind(s.to_owned()))
    }
}

impl WebhookEvent {
    /// The documented event name, or the `type` sent for an unknown event (`"unknown"` if none).
    pub fn name(&self) -> &str {
        match (self.kind(), self) {
            (Some(kind), _) => kind.name(),
            (None, Self::Unknown { event_type, .. }) => event_type.as_deref().unwrap_or("unknown"),
            (None, _) => "unknown",
        }
    }
}

/// A body that could not be read at all. Everything that is a JSON object decodes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecodeError {
    /// The body is not JSON.
    #[error("the body is not JSON: {0}")]
    NotJson(String),
    /// The body is JSON but not an object.
    #[error("the body is not a JSON object")]
    NotAnObject,
}

/// A decoded body: envelope and typed event.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodedEvent {
    /// Timestamp, webhook id, location and how the kind was found.
    pub envelope: Envelope,
    /// The typed event.
    pub event: WebhookEvent,
}

/// Decodes a webhook body. `hint` is used only when the body's `type` is missing or is not an
/// event name (see the [module docs](self)).
pub fn decode(body: &[u8], hint: Option<EventKind>) -> Result<DecodedEvent, DecodeError> {
    let value: Value =
        serde_json::from_slice(body).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    decode_value(value, hint)
}

/// [`decode`] for an already-parsed body.
pub fn decode_value(value: Value, hint: Option<EventKind>) -> Result<DecodedEvent, DecodeError> {
    let Value::Object(object) = value else {
        return Err(DecodeError::NotAnObject);
    };
    let (object, wrapped) = unwrap_data(object);
    let event_type = object
        .get("type")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let (kind, kind_source) = match (event_type.as_deref().and_then(EventKind::from_type), hint) {
        (Some(kind), _) => (Some(kind), KindSource::Type),
        (None, Some(hint)) => (Some(hint), KindSource::Hint),
        (None, None) => match detect_shape(&object) {
            Some(kind) => (Some(kind), KindSource::Shape),
            None => (None, KindSource::Unknown),
        },
    };
    let body = Value::Object(object);
    let (event, payload_error) = match kind {
        Some(kind) => match WebhookEvent::from_kind(kind, &body) {
            Ok(event) => (event, None),
            Err(error) => (
                WebhookEvent::Unknown {
                    event_type: event_type.clone().or_else(|| Some(kind.name().to_owned())),
                    raw: body.clone(),
                },
                Some(error.to_string()),
            ),
        },
        None => (
            WebhookEvent::Unknown {
                event_type: event_type.clone(),
                raw: body.clone(),
            },
            None,
        ),
    };
    let envelope = Envelope::read(&body, event_type, kind, kind_source, wrapped, payload_error);
    Ok(DecodedEvent { envelope, event })
}

/// Keys that may sit next to `data` in a wrapped body.
const ENVELOPE_KEYS: &[&str] = &[
    "type",
    "timestamp",
    "webhookId",
    "locationId",
    "companyId",
    "appId",
    "versionId",
    "event",
];

/// Unwraps `{"data": {...}, <envelope keys>}`, copying the outer envelope keys the inner
/// object lacks.
fn unwrap_data(mut object: Map<String, Value>) -> (Map<String, Value>, bool) {
    let wrapped = matches!(object.get("data"), Some(Value::Object(_)))
        && object
            .keys()
            .all(|k| k == "data" || ENVELOPE_KEYS.contains(&k.as_str()));
    if !wrapped {
        return (object, false);
    }
    let Some(Value::Object(mut inner)) = object.remove("data") else {
        return (object, false);
    };
    for (key, value) in object {
        inner.entry(key).or_insert(value);
    }
    (inner, true)
}

/// Recognises bodies that carry no usable `type` (see the module docs).
fn detect_shape(o: &Map<String, Value>) -> Option<EventKind> {
    let has = |k: &str| o.get(k).is_some_and(|v| !v.is_null());
    let str_of = |k: &str| o.get(k).and_then(Value::as_str).unwrap_or_default();
    use EventKind as K;
    if has("_id")
        && has("altType")
        && (has("invoiceNumber") || has("amountPaid") || has("invoiceItems"))
    {
        return Some(match str_of("status").to_ascii_lowercase().as_str() {
            "paid" => K::InvoicePaid,
            "partially_paid" => K::InvoicePartiallyPaid,
            "void" => K::InvoiceVoid,
            "sent" => K::InvoiceSent,
            "delete" | "deleted" => K::InvoiceDelete,
            _ => K::InvoiceUpdate,
        });
    }
    if has("_id") && (has("fulfillmentStatus") || has("contactSnapshot")) {
        return Some(K::OrderStatusUpdate);
    }
    if has("_id") && has("product") && (has("amount") || has("currency") || has("recurring")) {
        return Some(K::PriceUpdate);
    }
    if has("_id") && (has("productType") || has("medias") || has("availableInStore")) {
        return Some(K::ProductUpdate);
    }
    if has("firstRecordId") && has("secondRecordId") {
        return Some(K::RelationCreate);
    }
    if has("associationType") && has("firstObjectKey") {
        return Some(K::AssociationUpdate);
    }
    if has("primaryDisplayProperty") || (has("labels") && has("objectType")) {
        return Some(K::ObjectSchemaUpdate);
    }
    if o.get("properties").is_some_and(Value::is_array) && (has("owners") || has("followers")) {
        return Some(K::RecordUpdate);
    }
    if has("messageId")
        && !has("conversationId")
        && (matches!(str_of("type"), "SMS" | "Email") || has("emailTo") || has("message"))
    {
        return Some(K::ProviderOutboundMessage);
    }
    if has("permissions") && has("role") {
        return Some(K::UserCreate);
    }
    if o.get("appointment").is_some_and(Value::is_object) {
        return Some(K::AppointmentUpdate);
    }
    None
}

/// Serde adapter: `Option<Vec<String>>` from a string, a list of strings or `null`.
pub(crate) mod string_list {
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use serde_json::Value;

    pub fn serialize<S: Serializer>(value: &Option<Vec<String>>, s: S) -> Result<S::Ok, S::Error> {
        value.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<String>>, D::Error> {
        match Option::<Value>::deserialize(d)?.unwrap_or(Value::Null) {
            Value::Null => Ok(None),
            Value::String(s) => Ok(Some(vec![s])),
            Value::Array(items) => items
                .into_iter()
                .map(|item| match item {
                    Value::String(s) => Ok(s),
                    other => Err(D::Error::custom(format!(
                        "expected a string, found {other}"
                    ))),
                })
                .collect::<Result<Vec<_>, _>>()
                .map(Some),
            other => Err(D::Error::custom(format!(
                "expected a string or a list, found {other}"
            ))),
        }
    }
}
