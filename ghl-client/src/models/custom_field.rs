//! Custom field definitions of a location (`GET /locations/{locationId}/customFields`).
//!
//! A definition tells what a contact's or opportunity's `customFields[].id` means: its
//! name, its key (`contact.pincode`), its data type and options.
//!
//! ```
//! use ghl_client::models::custom_field::CustomFieldModel;
//!
//! assert_eq!(CustomFieldModel::Opportunity.as_str(), "opportunity");
//! assert_eq!(CustomFieldModel::from("company"), CustomFieldModel::Unknown("company".into()));
//! ```

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ids::{CustomFieldId, LocationId};
use crate::models::common::{opt_bool, opt_i64};

string_enum! {
    /// Which records a custom field belongs to.
    pub enum CustomFieldModel {
        /// Contacts.
        Contact = "contact",
        /// Opportunities.
        Opportunity = "opportunity",
        /// Both (a list filter value).
        All = "all",
    }
}

/// A custom field definition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomFieldDefinition {
    /// The field's id, as used in records' `customFields`.
    pub id: CustomFieldId,
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Merge key, e.g. `contact.pincode`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_key: Option<String>,
    /// Placeholder text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// Data type, e.g. `TEXT`, `NUMERICAL`, `CHECKBOX`, `FILE_UPLOAD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_type: Option<String>,
    /// Position in forms.
    #[serde(default, with = "opt_i64", skip_serializing_if = "Option::is_none")]
    pub position: Option<i64>,
    /// Options of select, radio and checkbox fields.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub picklist_options: Vec<Value>,
    /// Image options.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub picklist_image_options: Vec<Value>,
    /// Whether users may type their own option.
    #[serde(default, with = "opt_bool", skip_serializing_if = "Option::is_none")]
    pub is_allowed_custom_option: Option<bool>,
    /// Whether several files may be uploaded.
    #[serde(default, with = "opt_bool", skip_serializing_if = "Option::is_none")]
    pub is_multi_file_allowed: Option<bool>,
    /// Most files.
    #[serde(default, with = "opt_i64", skip_serializing_if = "Option::is_none")]
    pub max_file_limit: Option<i64>,
    /// The location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<LocationId>,
    /// Contact or opportunity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<CustomFieldModel>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl CustomFieldDefinition {
    /// The picklist options that are plain strings.
    pub fn options(&self) -> impl Iterator<Item = &str> {
        self.picklist_options.iter().filter_map(Value::as_str)
    }
}

/// `{ "customFields": [...] }`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomFieldsResponse {
    /// The definitions.
    #[serde(default)]
    pub custom_fields: Vec<CustomFieldDefinition>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `{ "customField": ... }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomFieldResponse {
    /// The definition.
    pub custom_field: CustomFieldDefinition,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
