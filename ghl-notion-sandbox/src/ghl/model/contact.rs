//! Contacts.

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;

use super::ser_iso;

/// A contact, as `GET /contacts/{contactId}` returns it (`GetContectByIdSchema`).
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Contact {
    /// Contact id.
    pub id: String,
    /// Full name (`firstName lastName`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Owning location.
    pub location_id: String,
    /// First name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Email address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Email, lowercased.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_lower_case: Option<String>,
    /// IANA time zone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// Company name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    /// Phone in E.164.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Do-not-disturb on all channels.
    pub dnd: bool,
    /// `lead` or `customer`.
    #[serde(rename = "type")]
    pub contact_type: String,
    /// Where the contact came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Assigned user id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<String>,
    /// Street address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address1: Option<String>,
    /// City.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// State or region.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Country code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Postal code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// Website.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Tags, in the order they were added.
    pub tags: Vec<String>,
    /// Date of birth (`YYYY-MM-DD`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<String>,
    /// Creation time.
    #[serde(serialize_with = "ser_iso")]
    pub date_added: DateTime<Utc>,
    /// Last change.
    #[serde(serialize_with = "ser_iso")]
    pub date_updated: DateTime<Utc>,
    /// First name, lowercased.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name_lower_case: Option<String>,
    /// Last name, lowercased.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name_lower_case: Option<String>,
    /// Full name, lowercased.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub full_name_lower_case: Option<String>,
    /// Custom field values in the read shape `{id, value}`.
    pub custom_fields: Vec<ContactFieldValue>,
}

impl Contact {
    /// A blank contact in `location_id`, created at `now` (the base of new contacts).
    pub fn blank(id: String, location_id: String, now: DateTime<Utc>) -> Self {
        Self {
            id,
            name: None,
            location_id,
            first_name: None,
            last_name: None,
            email: None,
            email_lower_case: None,
            timezone: None,
            company_name: None,
            phone: None,
            dnd: false,
            contact_type: "lead".into(),
            source: None,
            assigned_to: None,
            address1: None,
            city: None,
            state: None,
            country: None,
            postal_code: None,
            website: None,
            tags: Vec::new(),
            date_of_birth: None,
            date_added: now,
            date_updated: now,
            first_name_lower_case: None,
            last_name_lower_case: None,
            full_name_lower_case: None,
            custom_fields: Vec::new(),
        }
    }

    /// Recomputes `name` and the lowercase copies after a change.
    pub fn refresh_derived(&mut self) {
        let full = match (&self.first_name, &self.last_name) {
            (Some(f), Some(l)) => Some(format!("{f} {l}")),
            (Some(f), None) => Some(f.clone()),
            (None, Some(l)) => Some(l.clone()),
            (None, None) => None,
        };
        if full.is_some() {
            self.name = full;
        }
        self.email_lower_case = self.email.as_ref().map(|e| e.to_lowercase());
        self.first_name_lower_case = self.first_name.as_ref().map(|v| v.to_lowercase());
        self.last_name_lower_case = self.last_name.as_ref().map(|v| v.to_lowercase());
        self.full_name_lower_case = self.name.as_ref().map(|v| v.to_lowercase());
    }

    /// The contact as JSON.
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

/// A contact's custom field value (read shape).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ContactFieldValue {
    /// Custom field id.
    pub id: String,
    /// The value as written: a string, number, string array or object.
    pub value: Value,
}
