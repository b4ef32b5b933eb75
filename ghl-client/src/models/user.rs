//! Users: `GET /users/search` (agency-scoped: `companyId` is required) and
//! `GET /users/{userId}`.
//!
//! ```
//! use ghl_client::models::user::UserSearch;
//!
//! let search = UserSearch::new("comp_1").location_id("loc_1").limit(50);
//! let query = serde_json::to_value(&search).unwrap();
//! assert_eq!(query["companyId"], "comp_1");
//! assert_eq!(query["limit"], 50);
//! ```

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ids::{CompanyId, LocationId, UserId};
use crate::models::common::{opt_bool, opt_i64};

/// The user search's default page size.
pub const DEFAULT_SEARCH_LIMIT: u32 = 25;

/// A user (a member of the agency or of a location's team).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct User {
    /// The user's id.
    pub id: UserId,
    /// Full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// First name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Phone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Phone extension.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension: Option<String>,
    /// Feature permissions (`contactsEnabled`...), kept as JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Map<String, Value>>,
    /// OAuth-style scopes granted to the user, kept as JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Value>,
    /// Role and locations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<UserRoles>,
    /// Whether the user is deleted.
    #[serde(default, with = "opt_bool", skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
    /// LeadConnector phone numbers by location id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lc_phone: Option<Map<String, Value>>,
    /// UI language, e.g. `en_US`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_language: Option<String>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A user's role.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserRoles {
    /// `agency` or `account`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub role_type: Option<String>,
    /// `admin` or `user`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Locations the user can access.
    #[serde(default)]
    pub location_ids: Vec<LocationId>,
    /// Whether sub-account access is restricted.
    #[serde(default, with = "opt_bool", skip_serializing_if = "Option::is_none")]
    pub restrict_sub_account: Option<bool>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The query of `GET /users/search`. Pages by `skip`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserSearch {
    /// The agency (required by GHL).
    pub company_id: CompanyId,
    /// Only users of this location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<LocationId>,
    /// Free-text query.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Offset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip: Option<u64>,
    /// Page size (default 25).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// `agency` or `account`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub user_type: Option<String>,
    /// `admin` or `user`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Only these users (comma-separated ids).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ids: Option<String>,
    /// Sort field, e.g. `dateAdded`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<String>,
    /// `asc` or `desc`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_direction: Option<String>,
}

impl UserSearch {
    /// Sets the page size.
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Sets the offset.
    pub fn skip(mut self, skip: u64) -> Self {
        self.skip = Some(skip);
        self
    }

    /// A search of the users of `company_id`.
    pub fn new(company_id: impl Into<CompanyId>) -> Self {
        Self {
            company_id: company_id.into(),
            location_id: None,
            query: None,
            skip: None,
            limit: None,
            user_type: None,
            role: None,
            ids: None,
            sort: None,
            sort_direction: None,
        }
    }

    /// Only these users.
    pub fn ids<I, S>(mut self, ids: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let joined: Vec<String> = ids.into_iter().map(|s| s.as_ref().to_owned()).collect();
        self.ids = Some(joined.join(","));
        self
    }

    /// The page size in effect.
    pub fn effective_limit(&self) -> u32 {
        self.limit.unwrap_or(DEFAULT_SEARCH_LIMIT)
    }
}

setters!(UserSearch {
    location_id: LocationId,
    query: String,
    user_type: String,
    role: String,
    sort: String,
    sort_direction: String,
});

/// `{ "users": [...], "count": n }`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UserSearchResponse {
    /// The users.
    #[serde(default)]
    pub users: Vec<User>,
    /// Total matches.
    #[serde(default, with = "opt_i64", skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
