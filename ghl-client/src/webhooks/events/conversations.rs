//! Payloads of message, conversation and email-statistics events.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ids::{CompanyId, ContactId, LocationId, UserId};

/// `InboundMessage` / `OutboundMessage`: an SMS, email, call, chat... in a conversation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessageEvent {
    /// The sub-account.
    pub location_id: Option<LocationId>,
    /// The message.
    pub message_id: Option<String>,
    /// The conversation.
    pub conversation_id: Option<String>,
    /// The contact.
    pub contact_id: Option<ContactId>,
    /// The user who sent it (outbound).
    pub user_id: Option<UserId>,
    /// Text or HTML body.
    pub body: Option<String>,
    /// Attachment URLs.
    pub attachments: Option<Vec<Value>>,
    /// Content type of `body`.
    pub content_type: Option<String>,
    /// When it was sent or received.
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub date_added: Option<DateTime<Utc>>,
    /// `inbound` or `outbound`.
    pub direction: Option<String>,
    /// `SMS`, `Email`, `CALL`, `FB`, `IG`, `WhatsApp`, `GMB`, `Live_Chat`...
    pub message_type: Option<String>,
    /// Delivery status.
    pub status: Option<String>,
    /// Email: message id.
    pub email_message_id: Option<String>,
    /// Email: thread.
    pub thread_id: Option<String>,
    /// Email: subject.
    pub subject: Option<String>,
    /// Email: sender.
    #[serde(default, with = "super::string_list")]
    pub from: Option<Vec<String>>,
    /// Email: recipients (GHL documents a string; lists are accepted too).
    #[serde(default, with = "super::string_list")]
    pub to: Option<Vec<String>>,
    /// Email: copy.
    #[serde(default, with = "super::string_list")]
    pub cc: Option<Vec<String>>,
    /// Email: blind copy.
    #[serde(default, with = "super::string_list")]
    pub bcc: Option<Vec<String>>,
    /// The email provider.
    pub provider: Option<String>,
    /// Call: duration in seconds.
    #[serde(default, with = "crate::models::common::opt_f64")]
    pub call_duration: Option<f64>,
    /// Call: status.
    pub call_status: Option<String>,
    /// The conversation provider (custom providers).
    pub conversation_provider_id: Option<String>,
    /// Outbound: what sent it (`workflow`, `app`, ...).
    pub source: Option<String>,
    /// Fields this struct does not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `ProviderOutboundMessage`: a message a custom conversation provider must deliver. Sent to
/// the provider's Delivery URL, signed only with `X-GHL-Signature`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProviderMessageEvent {
    /// The sub-account.
    pub location_id: Option<LocationId>,
    /// The contact.
    pub contact_id: Option<ContactId>,
    /// The message.
    pub message_id: Option<String>,
    /// Email: message id.
    pub email_message_id: Option<String>,
    /// The channel, `SMS` or `Email` (sent as `type`, so not an event type).
    #[serde(rename = "type")]
    pub channel: Option<String>,
    /// Attachment URLs.
    pub attachments: Option<Vec<Value>>,
    /// SMS text.
    pub message: Option<String>,
    /// SMS recipient.
    pub phone: Option<String>,
    /// Email recipients (documented as a string, sent as a list).
    #[serde(default, with = "super::string_list")]
    pub email_to: Option<Vec<String>>,
    /// Email sender.
    pub email_from: Option<String>,
    /// Email HTML.
    pub html: Option<String>,
    /// Email subject.
    pub subject: Option<String>,
    /// The user who sent it.
    pub user_id: Option<UserId>,
    /// Fields this struct does not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `ConversationUnreadUpdate` (documented as "ConversationUnreadWebhook").
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConversationUnreadEvent {
    /// The sub-account.
    pub location_id: Option<LocationId>,
    /// The conversation.
    pub id: Option<String>,
    /// The contact.
    pub contact_id: Option<ContactId>,
    /// Unread messages.
    #[serde(default, with = "crate::models::common::opt_i64")]
    pub unread_count: Option<i64>,
    /// In the inbox.
    #[serde(default, with = "crate::models::common::opt_bool")]
    pub inbox: Option<bool>,
    /// Starred.
    #[serde(default, with = "crate::models::common::opt_bool")]
    pub starred: Option<bool>,
    /// Deleted.
    #[serde(default, with = "crate::models::common::opt_bool")]
    pub deleted: Option<bool>,
    /// Fields this struct does not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `LCEmailStats`: a LeadConnector email delivery event (delivered, opened, bounced...).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EmailStatsEvent {
    /// The sub-account.
    pub location_id: Option<LocationId>,
    /// The agency.
    pub company_id: Option<CompanyId>,
    /// The mail provider's event.
    pub webhook_payload: Option<EmailStatsPayload>,
    /// Fields this struct does not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The provider event inside [`EmailStatsEvent`] (Mailgun-style, kebab-case keys).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct EmailStatsPayload {
    /// `delivered`, `opened`, `clicked`, `failed`, `unsubscribed`, `complained`...
    pub event: Option<String>,
    /// The provider's event id.
    pub id: Option<String>,
    /// When it happened (epoch seconds).
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub timestamp: Option<DateTime<Utc>>,
    /// The recipient.
    pub recipient: Option<String>,
    /// The recipient's domain.
    pub recipient_domain: Option<String>,
    /// Tags (`loc_<locationId>`, ...).
    pub tags: Option<Vec<Value>>,
    /// Delivery details (code, message, attempt...).
    pub delivery_status: Option<Map<String, Value>>,
    /// The message (headers, size, attachments).
    pub message: Option<Map<String, Value>>,
    /// Fields this struct does not name (flags, envelope, log-level...).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
