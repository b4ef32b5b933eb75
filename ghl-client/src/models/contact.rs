//! Contacts: the record, search (filters, sort, `searchAfter`), create / update / upsert
//! bodies, tags, and the deprecated `GET /contacts/` list.
//!
//! Custom fields are read as `[{id, value}]` ([`ContactCustomField`]) and written as
//! `[{id, key?, field_value}]` ([`CustomFieldInput`]).
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

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ids::{ContactId, CustomFieldId, LocationId, UserId};
use crate::models::common::{
    CustomFieldInput, CustomFieldValue, PageMeta, opt_bool, opt_i64, opt_string, opt_timestamp,
};

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

// ---------------------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------------------

string_enum! {
    /// A contact-search filter operator.
    pub enum FilterOperator {
        /// Equal to the value.
        Eq = "eq",
        /// Not equal to the value.
        NotEq = "not_eq",
        /// Contains the value.
        Contains = "contains",
        /// Does not contain the value.
        NotContains = "not_contains",
        /// The field has a value.
        Exists = "exists",
        /// The field has no value.
        NotExists = "not_exists",
        /// Within `{gt|gte, lt|lte}`.
        Range = "range",
    }
}

string_enum! {
    /// How a filter group combines its filters.
    pub enum GroupOperator {
        /// Every filter must match.
        And = "AND",
        /// At least one filter must match.
        Or = "OR",
    }
}

/// One contact-search filter: a condition on a field, or a group of filters.
///
/// Top-level filters are combined with AND.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Filter {
    /// `{ "group": "AND" | "OR", "filters": [...] }`.
    Group {
        /// How the filters combine.
        group: GroupOperator,
        /// The filters of the group.
        filters: Vec<Filter>,
    },
    /// `{ "field", "operator", "value"? }`.
    Condition {
        /// The field, e.g. `email`, `tags`, `dateAdded`, `customFields.{id}`.
        field: String,
        /// The operator.
        operator: FilterOperator,
        /// The value; absent for `exists` / `not_exists`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        value: Option<Value>,
    },
}

impl Filter {
    /// A condition `field operator value`.
    pub fn condition(
        field: impl Into<String>,
        operator: FilterOperator,
        value: Option<Value>,
    ) -> Self {
        Self::Condition {
            field: field.into(),
            operator,
            value,
        }
    }

    /// `field` equals `value`.
    pub fn eq(field: impl Into<String>, value: impl Into<Value>) -> Self {
        Self::condition(field, FilterOperator::Eq, Some(value.into()))
    }

    /// `field` does not equal `value`.
    pub fn not_eq(field: impl Into<String>, value: impl Into<Value>) -> Self {
        Self::condition(field, FilterOperator::NotEq, Some(value.into()))
    }

    /// `field` contains `value`.
    pub fn contains(field: impl Into<String>, value: impl Into<Value>) -> Self {
        Self::condition(field, FilterOperator::Contains, Some(value.into()))
    }

    /// `field` does not contain `value`.
    pub fn not_contains(field: impl Into<String>, value: impl Into<Value>) -> Self {
        Self::condition(field, FilterOperator::NotContains, Some(value.into()))
    }

    /// `field` has a value.
    pub fn exists(field: impl Into<String>) -> Self {
        Self::condition(field, FilterOperator::Exists, None)
    }

    /// `field` has no value.
    pub fn not_exists(field: impl Into<String>) -> Self {
        Self::condition(field, FilterOperator::NotExists, None)
    }

    /// `field` lies within `[gte, lte]` (either bound may be open). Dates are ISO strings
    /// or epoch milliseconds.
    pub fn range(field: impl Into<String>, gte: Option<Value>, lte: Option<Value>) -> Self {
        let mut bounds = Map::new();
        if let Some(v) = gte {
            bounds.insert("gte".to_owned(), v);
        }
        if let Some(v) = lte {
            bounds.insert("lte".to_owned(), v);
        }
        Self::condition(field, FilterOperator::Range, Some(Value::Object(bounds)))
    }

    /// Every filter must match.
    pub fn and(filters: Vec<Filter>) -> Self {
        Self::Group {
            group: GroupOperator::And,
            filters,
        }
    }

    /// At least one filter must match.
    pub fn or(filters: Vec<Filter>) -> Self {
        Self::Group {
            group: GroupOperator::Or,
            filters,
        }
    }
}

string_enum! {
    /// A sort direction.
    pub enum SortDirection {
        /// Ascending.
        Asc = "asc",
        /// Descending.
        Desc = "desc",
    }
}

/// One sort key of a search.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sort {
    /// The field, e.g. `dateAdded`.
    pub field: String,
    /// The direction.
    pub direction: SortDirection,
}

/// The body of `POST /contacts/search`.
///
/// `location_id` may be left unset: the client's location is used. For more than 10,000
/// results, page with `search_after` (the streams do) rather than `page`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContactSearch {
    /// The location to search; defaults to the client's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<LocationId>,
    /// Page number (1-based), for page mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Results per page, at most 500.
    pub page_limit: u32,
    /// The cursor: the `searchAfter` of the last record of the previous page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_after: Option<Vec<Value>>,
    /// Filters, combined with AND.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub filters: Vec<Filter>,
    /// Sort keys.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sort: Vec<Sort>,
    /// Free-text query (at most 75 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
}

impl Default for ContactSearch {
    fn default() -> Self {
        Self::new()
    }
}

impl ContactSearch {
    /// A search of the client's location, 100 per page, no filters.
    pub fn new() -> Self {
        Self {
            location_id: None,
            page: None,
            page_limit: DEFAULT_SEARCH_PAGE_LIMIT,
            search_after: None,
            filters: Vec::new(),
            sort: Vec::new(),
            query: None,
        }
    }

    /// Searches this location instead of the client's.
    pub fn location_id(mut self, id: impl Into<LocationId>) -> Self {
        self.location_id = Some(id.into());
        self
    }

    /// Results per page, clamped to 1..=500.
    pub fn page_limit(mut self, limit: u32) -> Self {
        self.page_limit = limit.clamp(1, MAX_SEARCH_PAGE_LIMIT);
        self
    }

    /// Asks for this page (1-based).
    pub fn page(mut self, page: u32) -> Self {
        self.page = Some(page);
        self
    }

    /// Starts after this cursor.
    pub fn search_after(mut self, cursor: Vec<Value>) -> Self {
        self.search_after = Some(cursor);
        self
    }

    /// Adds a filter (top-level filters combine with AND).
    pub fn filter(mut self, filter: Filter) -> Self {
        self.filters.push(filter);
        self
    }

    /// Adds a sort key.
    pub fn sort(mut self, field: impl Into<String>, direction: SortDirection) -> Self {
        self.sort.push(Sort {
            field: field.into(),
            direction,
        });
        self
    }

    /// Sets the free-text query.
    pub fn query(mut self, query: impl Into<String>) -> Self {
        self.query = Some(query.into());
        self
    }
}

/// The answer of `POST /contacts/search`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContactSearchResponse {
    /// The matching contacts, each with its `searchAfter` cursor.
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// Total matches.
    #[serde(default, with = "opt_i64", skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

// ---------------------------------------------------------------------------------------
// Deprecated list
// ---------------------------------------------------------------------------------------

/// The query of the deprecated `GET /contacts/` (prefer [`ContactSearch`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContactList {
    /// The location; defaults to the client's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<LocationId>,
    /// Cursor: `startAfter` (epoch milliseconds) of the previous page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_after: Option<i64>,
    /// Cursor: `startAfterId` of the previous page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_after_id: Option<String>,
    /// Free-text query.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Page size (default 20, at most 100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

setters!(ContactList {
    location_id: LocationId,
    query: String,
});

impl ContactList {
    /// A list of the client's location with the default page size.
    pub fn new() -> Self {
        Self::default()
    }

    /// Page size, clamped to 1..=100.
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = Some(limit.clamp(1, MAX_LIST_LIMIT));
        self
    }

    /// Starts after this cursor.
    pub fn start_after(mut self, start_after: i64, start_after_id: impl Into<String>) -> Self {
        self.start_after = Some(start_after);
        self.start_after_id = Some(start_after_id.into());
        self
    }
}

/// The answer of the deprecated `GET /contacts/`: `{contacts, count}` and, in older
/// answers, `meta` with the next cursor.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContactListResponse {
    /// The contacts.
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// Total matches.
    #[serde(default, with = "opt_i64", skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// Paging metadata, when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<PageMeta>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

// ---------------------------------------------------------------------------------------
// Writes
// ---------------------------------------------------------------------------------------

/// The body of `POST /contacts/`. `location_id` defaults to the client's location.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewContact {
    /// The location; defaults to the client's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<LocationId>,
    /// First name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Gender.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<String>,
    /// Phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Street address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address1: Option<String>,
    /// City.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// State or region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// Website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// IANA time zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// Do-not-disturb on every channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dnd: Option<bool>,
    /// Per-channel do-not-disturb settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dnd_settings: Option<DndSettings>,
    /// Inbound do-not-disturb settings (`{ "all": { "status", "message" } }`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inbound_dnd_settings: Option<Value>,
    /// Tags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Custom field values, in the write shape.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Vec<CustomFieldInput>>,
    /// Source, e.g. `public api`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Date of birth, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<String>,
    /// Country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Company name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    /// The user to assign the contact to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<UserId>,
}

impl NewContact {
    /// An empty contact for the client's location.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(NewContact {
    location_id: LocationId,
    first_name: String,
    last_name: String,
    name: String,
    email: String,
    gender: String,
    phone: String,
    address1: String,
    city: String,
    state: String,
    postal_code: String,
    website: String,
    timezone: String,
    dnd: bool,
    dnd_settings: DndSettings,
    tags: Vec<String>,
    custom_fields: Vec<CustomFieldInput>,
    source: String,
    date_of_birth: String,
    country: String,
    company_name: String,
    assigned_to: UserId,
});

/// The body of `PUT /contacts/{contactId}`: only the fields set are changed.
///
/// Setting `tags` replaces **all** tags; prefer the tag endpoints.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateContact {
    /// First name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Street address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address1: Option<String>,
    /// City.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// State or region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// Website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// IANA time zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// Do-not-disturb on every channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dnd: Option<bool>,
    /// Per-channel do-not-disturb settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dnd_settings: Option<DndSettings>,
    /// Inbound do-not-disturb settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inbound_dnd_settings: Option<Value>,
    /// Tags: replaces every tag of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Custom field values, in the write shape.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Vec<CustomFieldInput>>,
    /// Source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Date of birth, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<String>,
    /// Country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The user to assign the contact to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<UserId>,
}

impl UpdateContact {
    /// An update that changes nothing yet.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(UpdateContact {
    first_name: String,
    last_name: String,
    name: String,
    email: String,
    phone: String,
    address1: String,
    city: String,
    state: String,
    postal_code: String,
    website: String,
    timezone: String,
    dnd: bool,
    dnd_settings: DndSettings,
    tags: Vec<String>,
    custom_fields: Vec<CustomFieldInput>,
    source: String,
    date_of_birth: String,
    country: String,
    assigned_to: UserId,
});

/// The body of `POST /contacts/upsert`: a [`NewContact`] plus
/// `createNewIfDuplicateAllowed`. GHL matches on email / phone following the location's
/// "Allow Duplicate Contact" setting.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpsertContact {
    /// The contact's fields.
    #[serde(flatten)]
    pub contact: NewContact,
    /// Create a new contact even when one matches, if the location allows duplicates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_new_if_duplicate_allowed: Option<bool>,
}

impl UpsertContact {
    /// An upsert of these fields.
    pub fn new(contact: NewContact) -> Self {
        Self {
            contact,
            create_new_if_duplicate_allowed: None,
        }
    }

    /// Sets `createNewIfDuplicateAllowed`.
    pub fn create_new_if_duplicate_allowed(mut self, allowed: bool) -> Self {
        self.create_new_if_duplicate_allowed = Some(allowed);
        self
    }
}

impl From<NewContact> for UpsertContact {
    fn from(contact: NewContact) -> Self {
        Self::new(contact)
    }
}

/// `{ "contact": ... }`, the answer of get and create.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContactResponse {
    /// The contact.
    pub contact: Contact,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `{ "succeded", "contact" }`, the answer of update.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateContactResponse {
    /// GHL's `succeded` (sic).
    #[serde(rename = "succeded", default, skip_serializing_if = "Option::is_none")]
    pub succeeded: Option<bool>,
    /// The updated contact.
    pub contact: Contact,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The answer of `POST /contacts/upsert`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpsertContactResponse {
    /// Whether a new contact was created (otherwise an existing one was updated).
    #[serde(default)]
    pub new: bool,
    /// The contact after the upsert.
    pub contact: Contact,
    /// GHL's trace id.
    #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
    pub trace_id: Option<String>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `{ "tags": [...] }`: the body of the tag endpoints and their answer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Tags {
    /// The tags.
    #[serde(default)]
    pub tags: Vec<String>,
}

impl Tags {
    /// A tag list.
    pub fn new<I, S>(tags: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            tags: tags.into_iter().map(Into::into).collect(),
        }
    }
}
