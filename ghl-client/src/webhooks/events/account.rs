//! Payloads of location, user, plan and app install events.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ids::{CompanyId, LocationId, UserId};

/// `LocationCreate` / `LocationUpdate`: `id` is the location.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LocationEvent {
    /// The location.
    pub id: Option<LocationId>,
    /// The agency.
    pub company_id: Option<CompanyId>,
    /// Name.
    pub name: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Stripe product (SaaS mode).
    pub stripe_product_id: Option<String>,
    /// Fields this struct does not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `UserCreate`: a user added to a location or agency.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserEvent {
    /// The user.
    pub id: Option<UserId>,
    /// The location (location users).
    pub location_id: Option<LocationId>,
    /// The agency (agency users).
    pub company_id: Option<CompanyId>,
    /// First name.
    pub first_name: Option<String>,
    /// Last name.
    pub last_name: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Phone extension.
    #[serde(default, with = "crate::models::common::opt_string")]
    pub extension: Option<String>,
    /// `admin` or `user`.
    pub role: Option<String>,
    /// Permission flags (`contactsEnabled`, ...), kept as sent.
    pub permissions: Option<Map<String, Value>>,
    /// Locations an agency user can access.
    pub locations: Option<Vec<LocationId>>,
    /// Fields this struct does not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `PLAN_CHANGE`: a Marketplace app's plan changed for a location or agency.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanChangeEvent {
    /// The app.
    pub app_id: Option<String>,
    /// The location.
    pub location_id: Option<LocationId>,
    /// The agency.
    pub company_id: Option<CompanyId>,
    /// Who changed it.
    pub user_id: Option<UserId>,
    /// Plan before.
    pub current_plan_id: Option<String>,
    /// Plan after.
    pub new_plan_id: Option<String>,
    /// Fields this struct does not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `INSTALL`: the app was installed on a location or agency. Sent only to the app's default
/// webhook URL.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppInstallEvent {
    /// The app.
    pub app_id: Option<String>,
    /// The app version.
    pub version_id: Option<String>,
    /// `Location` or `Company`.
    pub install_type: Option<String>,
    /// The location (location installs).
    pub location_id: Option<LocationId>,
    /// The agency.
    pub company_id: Option<CompanyId>,
    /// Who installed it.
    pub user_id: Option<UserId>,
    /// The plan.
    pub plan_id: Option<String>,
    /// Trial (`onTrial`, `trialDuration`, `trialStartDate`).
    pub trial: Option<Map<String, Value>>,
    /// Whether the agency is white-labelled.
    #[serde(default, with = "crate::models::common::opt_bool")]
    pub is_whitelabel_company: Option<bool>,
    /// White-label domain and logo.
    pub whitelabel_details: Option<Map<String, Value>>,
    /// Agency name.
    pub company_name: Option<String>,
    /// Fields this struct does not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `UNINSTALL`: the app was removed from a location (`location_id`) or agency (`company_id`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppUninstallEvent {
    /// The app.
    pub app_id: Option<String>,
    /// The location.
    pub location_id: Option<LocationId>,
    /// The agency.
    pub company_id: Option<CompanyId>,
    /// Fields this struct does not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
