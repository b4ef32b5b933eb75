//! Contacts: the record, search (filters, sort, `searchAfter`), create / update / upsert
//! bodies, tags, and the deprecated `GET /contacts/` list.
//!
//! Custom fields are read as `[{id, value}]` ([`ContactCustomField`]) and written as
//! `[{id, key?, field_value}]` ([`CustomFieldInput`](crate::models::common::CustomFieldInput)).
//!
//! ```
//! use ghl_client::models::common::CustomFieldInput;
//! use ghl_client::models::contact::{Filter, NewContact};
//!
//! let new = NewContact::new()
//!     .email("ada@example.com")
//!     .first_name("Ada")
//!     .tags(vec!["vip".to_owned()])
//!     .custom_fields(vec![CustomFieldInput::by_id("cf_1", "blue")]);
//! let body = serde_json::to_value(&new).unwrap();
//! assert_eq!(body["customFields"][0]["field_value"], "blue");
//! assert!(body.get("phone").is_none());
//!
//! let range = Filter::range("dateAdded", Some("2024-01-01".into()), None);
//! assert_eq!(serde_json::to_value(&range).unwrap()["value"]["gte"], "2024-01-01");
//! ```

mod search;
mod write;

pub use search::*;
pub use write::*;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ids::{ContactId, CustomFieldId, LocationId, UserId};
use crate::models::common::{CustomFieldValue, opt_bool, opt_string, opt_timestamp};

/// Most results a contact search returns per page.
pub const MAX_SEARCH_PAGE_LIMIT: u32 = 500;
/// The page size [`ContactSearch::new`] asks for.
pub const DEFAULT_SEARCH_PAGE_LIMIT: u32 = 100;
/// Most results the deprecated list returns per page.
pub const MAX_LIST_LIMIT: u32 = 100;
/// The deprecated list's default page size.
pub const DEFAULT_LIST_LIMIT: u32 = 20;

/// A contact, as `GET /contacts/{contactId}` and the searches return it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Contact {
    /// The contact's id.
    pub id: ContactId,
    /// Full name (there is no `contactName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The owning location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<LocationId>,
    /// First name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Email address, lower-cased by GHL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_lower_case: Option<String>,
    /// IANA time zone, e.g. `Asia/Calcutta`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// Company name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    /// Phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Do-not-disturb on every channel.
    #[serde(default, with = "opt_bool", skip_serializing_if = "Option::is_none")]
    pub dnd: Option<bool>,
    /// Per-channel do-not-disturb settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dnd_settings: Option<DndSettings>,
    /// Contact type, e.g. `lead` or `customer`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub contact_type: Option<String>,
    /// Where the contact came from, e.g. `public api`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The user the contact is assigned to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<UserId>,
    /// Street address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address1: Option<String>,
    /// City.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// State or region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Country code, e.g. `US`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// Website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Date of birth as GHL sends it (`YYYY-MM-DD` or an ISO timestamp); kept as text
    /// because it is a calendar date, not an instant.
    #[serde(default, with = "opt_string", skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<String>,
    /// When the contact was created.
    #[serde(
        default,
        with = "opt_timestamp",
        skip_serializing_if = "Option::is_none"
    )]
    pub date_added: Option<DateTime<Utc>>,
    /// When the contact was last changed.
    #[serde(
        default,
        with = "opt_timestamp",
        skip_serializing_if = "Option::is_none"
    )]
    pub date_updated: Option<DateTime<Utc>>,
    /// Attachments (the spec says a string; webhooks send a list), kept as JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Value>,
    /// Social security number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssn: Option<String>,
    /// Keyword.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyword: Option<String>,
    /// First name, lower-cased by GHL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name_lower_case: Option<String>,
    /// Full name, lower-cased by GHL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name_lower_case: Option<String>,
    /// Last name, lower-cased by GHL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name_lower_case: Option<String>,
    /// Last activity.
    #[serde(
        default,
        with = "opt_timestamp",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_activity: Option<DateTime<Utc>>,
    /// Custom field values, in the read shape `{id, value}`.
    #[serde(default)]
    pub custom_fields: Vec<ContactCustomField>,
    /// The business (company record) the contact belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_id: Option<String>,
    /// First-touch attribution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution_source: Option<AttributionSource>,
    /// Last-touch attribution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_attribution_source: Option<AttributionSource>,
    /// Live-chat visitor id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visitor_id: Option<String>,
    /// Search cursor of this record (search results only): pass the last one back to get
    /// the next page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_after: Option<Vec<Value>>,
    /// Fields this crate does not know, kept for round-trips.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Contact {
    /// The value of one custom field, if set.
    pub fn custom_field(&self, id: &CustomFieldId) -> Option<&CustomFieldValue> {
        self.custom_fields
            .iter()
            .find(|f| &f.id == id)
            .and_then(|f| f.value.as_ref())
    }
}

/// A custom field value as contacts return it: `{ "id", "value" }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContactCustomField {
    /// The field's id.
    pub id: CustomFieldId,
    /// The value (text, number, list or object).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<CustomFieldValue>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

string_enum! {
    /// A do-not-disturb state.
    pub enum DndStatus {
        /// Messages on this channel are blocked.
        Active = "active",
        /// Messages are allowed.
        Inactive = "inactive",
        /// Blocked for good (e.g. the contact replied STOP).
        Permanent = "permanent",
    }
}

/// Do-not-disturb state of one channel.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DndSetting {
    /// The state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DndStatus>,
    /// A note on why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// A code on why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Per-channel do-not-disturb settings (the JSON keys are capitalised: `Call`, `SMS`...).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DndSettings {
    /// Calls.
    #[serde(rename = "Call", default, skip_serializing_if = "Option::is_none")]
    pub call: Option<DndSetting>,
    /// Email.
    #[serde(rename = "Email", default, skip_serializing_if = "Option::is_none")]
    pub email: Option<DndSetting>,
    /// SMS.
    #[serde(rename = "SMS", default, skip_serializing_if = "Option::is_none")]
    pub sms: Option<DndSetting>,
    /// WhatsApp.
    #[serde(rename = "WhatsApp", default, skip_serializing_if = "Option::is_none")]
    pub whatsapp: Option<DndSetting>,
    /// Google Business messages.
    #[serde(rename = "GMB", default, skip_serializing_if = "Option::is_none")]
    pub gmb: Option<DndSetting>,
    /// Facebook.
    #[serde(rename = "FB", default, skip_serializing_if = "Option::is_none")]
    pub fb: Option<DndSetting>,
    /// Channels this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Where a contact came from (UTM parameters, click ids, referrer).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttributionSource {
    /// Landing URL or trigger name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Campaign name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<String>,
    /// `utm_source`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utm_source: Option<String>,
    /// `utm_medium`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utm_medium: Option<String>,
    /// `utm_content`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utm_content: Option<String>,
    /// Referrer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referrer: Option<String>,
    /// Campaign id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign_id: Option<String>,
    /// Facebook click id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fbclid: Option<String>,
    /// Google click id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gclid: Option<String>,
    /// Microsoft click id (GHL's spelling).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msclikid: Option<String>,
    /// DoubleClick id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dclid: Option<String>,
    /// Facebook `_fbc` cookie.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fbc: Option<String>,
    /// Facebook `_fbp` cookie.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fbp: Option<String>,
    /// Facebook event id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fb_event_id: Option<String>,
    /// Browser user agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
    /// IP address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// Medium, e.g. `survey`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medium: Option<String>,
    /// Id of the form, survey... that captured the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medium_id: Option<String>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
