//! Locations (sub-accounts): `GET /locations/{locationId}`.
//!
//! ```
//! use ghl_client::models::location::Location;
//!
//! let loc: Location = serde_json::from_value(serde_json::json!({
//!     "id": "loc_1", "name": "Dentist", "timezone": "America/Chicago",
//!     "settings": {"allowDuplicateContact": false}
//! })).unwrap();
//! assert_eq!(loc.settings.and_then(|s| s.allow_duplicate_contact), Some(false));
//! ```

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ids::{CompanyId, LocationId};
use crate::models::common::opt_bool;

/// A location.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    /// The location's id.
    pub id: LocationId,
    /// The agency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_id: Option<CompanyId>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// White-label domain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// Street address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// City.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// State.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Logo URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    /// Country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// Website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// IANA time zone: the zone GHL shows dates in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// Owner's first name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Owner's last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Phone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Business details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business: Option<LocationBusiness>,
    /// Social profile URLs (`facebookUrl`, `linkedIn`...), kept as JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub social: Option<Map<String, Value>>,
    /// Settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<LocationSettings>,
    /// Reseller details, kept as JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reseller: Option<Value>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A location's business details.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LocationBusiness {
    /// Business name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Street address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// City.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// State.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// Website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// IANA time zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// Logo URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A location's settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LocationSettings {
    /// Whether duplicate contacts are allowed (decides how contact upsert matches).
    #[serde(default, with = "opt_bool", skip_serializing_if = "Option::is_none")]
    pub allow_duplicate_contact: Option<bool>,
    /// Whether duplicate opportunities are allowed.
    #[serde(default, with = "opt_bool", skip_serializing_if = "Option::is_none")]
    pub allow_duplicate_opportunity: Option<bool>,
    /// Whether Facebook names are merged.
    #[serde(default, with = "opt_bool", skip_serializing_if = "Option::is_none")]
    pub allow_facebook_name_merge: Option<bool>,
    /// Whether contacts' time zones are ignored.
    #[serde(default, with = "opt_bool", skip_serializing_if = "Option::is_none")]
    pub disable_contact_timezone: Option<bool>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `{ "location": ... }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocationResponse {
    /// The location.
    pub location: Location,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
