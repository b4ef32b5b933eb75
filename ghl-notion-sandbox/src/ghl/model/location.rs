//! The location, its users, pipelines and custom field definitions.

use serde::Serialize;

/// A pipeline stage.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Stage {
    /// Stage id (a UUID).
    pub id: String,
    /// Name.
    pub name: String,
    /// Order within the pipeline, from 0.
    pub position: u32,
}

/// A pipeline (`PipelinesResponseSchema`).
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Pipeline {
    /// Pipeline id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Stages in order.
    pub stages: Vec<Stage>,
    /// Shown in the funnel chart.
    pub show_in_funnel: bool,
    /// Shown in the pie chart.
    pub show_in_pie_chart: bool,
    /// Location.
    pub location_id: String,
}

/// A custom field definition (`CustomFieldSchema` in `apps/locations.json`).
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CustomFieldDef {
    /// Field id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// `contact.<key>` or `opportunity.<key>`.
    pub field_key: String,
    /// Placeholder text.
    pub placeholder: String,
    /// `TEXT`, `LARGE_TEXT`, `NUMERICAL`, `MONETORY`, `SINGLE_OPTIONS`, `MULTIPLE_OPTIONS`,
    /// `CHECKBOX`, `DATE`, …
    pub data_type: String,
    /// Order in the UI.
    pub position: u32,
    /// Options of select fields.
    pub picklist_options: Vec<String>,
    /// Location.
    pub location_id: String,
    /// `contact` or `opportunity`.
    pub model: String,
}

/// A user's role.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Roles {
    /// `account` or `agency`.
    #[serde(rename = "type")]
    pub kind: String,
    /// `admin` or `user`.
    pub role: String,
    /// Locations the user belongs to.
    pub location_ids: Vec<String>,
}

/// A user (`UserSchema`).
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct User {
    /// User id.
    pub id: String,
    /// Full name.
    pub name: String,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Email.
    pub email: String,
    /// Phone.
    pub phone: String,
    /// Phone extension.
    pub extension: String,
    /// Role.
    pub roles: Roles,
    /// Deleted flag.
    pub deleted: bool,
}

/// A location's settings.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct LocationSettings {
    /// Whether two contacts may share an email or phone (decides how upsert matches).
    pub allow_duplicate_contact: bool,
    /// Whether a contact may have two opportunities in one pipeline.
    pub allow_duplicate_opportunity: bool,
    /// Facebook name merge.
    pub allow_facebook_name_merge: bool,
    /// Contact time zones disabled.
    pub disable_contact_timezone: bool,
}

/// A location (sub-account), `GetLocationByIdSchema`.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    /// Location id.
    pub id: String,
    /// Agency.
    pub company_id: String,
    /// Name.
    pub name: String,
    /// Street address.
    pub address: String,
    /// City.
    pub city: String,
    /// State.
    pub state: String,
    /// Country.
    pub country: String,
    /// Postal code.
    pub postal_code: String,
    /// Website.
    pub website: String,
    /// Time zone.
    pub timezone: String,
    /// Owner's email.
    pub email: String,
    /// Owner's phone.
    pub phone: String,
    /// Settings.
    pub settings: LocationSettings,
}
