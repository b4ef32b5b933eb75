//! User endpoints (`apps/users.json`).

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::{Extension, Json};
use serde::Deserialize;
use serde_json::{Value, json};

use super::in_location;
use crate::app::App;
use crate::ghl::auth::{AuthClass, AuthContext};
use crate::ghl::errors::{GhlError, GhlResult};
use crate::ghl::extract::{GhlQuery, number, required};

const READ: &str = "users.readonly";

/// Query of `GET /users/search`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchQuery {
    company_id: Option<String>,
    location_id: Option<String>,
    query: Option<String>,
    skip: Option<String>,
    limit: Option<String>,
}

/// `GET /users/search?companyId=` (required) → `{users, count}`.
pub async fn search(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    GhlQuery(q): GhlQuery<SearchQuery>,
) -> GhlResult<Json<Value>> {
    auth.require(READ, AuthClass::Any)?;
    let company = required("companyId", q.company_id.as_deref())?;
    if company != auth.grant.company_id {
        return Err(GhlError::Forbidden(
            "The token does not have access to this company.".into(),
        ));
    }
    if let Some(loc) = q.location_id.as_deref() {
        in_location(&app, &auth, loc)?;
    }
    let skip = usize::try_from(number("skip", q.skip.as_deref())?.unwrap_or(0)).unwrap_or(0);
    let limit = usize::try_from(number("limit", q.limit.as_deref())?.unwrap_or(25)).unwrap_or(25);
    let needle = q
        .query
        .as_deref()
        .map(str::to_lowercase)
        .filter(|s| !s.is_empty());
    Ok(Json(app.read(|s| {
        let hits: Vec<_> = s
            .users
            .iter()
            .filter(|u| {
                q.location_id
                    .as_ref()
                    .is_none_or(|l| u.roles.location_ids.contains(l))
            })
            .filter(|u| {
                needle.as_deref().is_none_or(|n| {
                    u.name.to_lowercase().contains(n) || u.email.to_lowercase().contains(n)
                })
            })
            .collect();
        let count = hits.len();
        let page: Vec<_> = hits.into_iter().skip(skip).take(limit).collect();
        json!({ "users": page, "count": count })
    })))
}

/// Query of `GET /users/` (deprecated in the spec in favour of `/users/search`).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ByLocationQuery {
    location_id: Option<String>,
}

/// `GET /users/?locationId=` (required) → `{users}`: every user with a role in the location,
/// as the official Node SDK's `getUserByLocation` calls it. Sub-account tokens only
/// (`Location-Access` in the spec).
pub async fn by_location(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    GhlQuery(q): GhlQuery<ByLocationQuery>,
) -> GhlResult<Json<Value>> {
    auth.require(READ, AuthClass::Location)?;
    let loc = required("locationId", q.location_id.as_deref())?;
    in_location(&app, &auth, loc)?;
    Ok(Json(app.read(|s| {
        let users: Vec<_> = s
            .users
            .iter()
            .filter(|u| u.roles.location_ids.iter().any(|l| l == loc))
            .collect();
        json!({ "users": users })
    })))
}

/// `GET /users/{userId}` → the user.
pub async fn get(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path(id): Path<String>,
) -> GhlResult<Json<Value>> {
    auth.require(READ, AuthClass::Any)?;
    app.read(|s| {
        s.users
            .iter()
            .find(|u| u.id == id)
            .map(|u| Json(json!(u)))
            .ok_or_else(|| GhlError::not_found("User", &id))
    })
}
