//! Create, update and upsert bodies, their responses, and tags.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ids::{LocationId, UserId};
use crate::models::common::CustomFieldInput;

/// Most results a contact search returns per page.
use super::*;
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
