//! Location endpoints (`apps/locations.json`): the location itself and its custom field
//! definitions.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::{Extension, Json};
use serde::Deserialize;
use serde_json::{Value, json};

use super::in_location;
use crate::app::App;
use crate::ghl::auth::{AuthClass, AuthContext};
use crate::ghl::errors::{GhlError, GhlResult};
use crate::ghl::extract::{GhlQuery, number};

/// `GET /locations/{locationId}` → `{location}` (sub-account or agency token).
pub async fn get(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path(location_id): Path<String>,
) -> GhlResult<Json<Value>> {
    auth.require("locations.readonly", AuthClass::Any)?;
    in_location(&app, &auth, &location_id)?;
    app.read(|s| {
        s.known_location(&location_id)
            .map(|l| Json(json!({ "location": l })))
    })
}

/// Query of `GET /locations/search`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchQuery {
    company_id: Option<String>,
    skip: Option<String>,
    limit: Option<String>,
    order: Option<String>,
    email: Option<String>,
}

/// `GET /locations/search?companyId=&skip=&limit=&order=&email=` → `{locations}`: the
/// agency's locations (an agency token), or the token's own (a sub-account token), in seeding
/// order (`order=desc` reverses it), `limit` 10 by default.
pub async fn search(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    GhlQuery(q): GhlQuery<SearchQuery>,
) -> GhlResult<Json<Value>> {
    auth.require("locations.readonly", AuthClass::Any)?;
    if let Some(company) = q.company_id.as_deref().filter(|c| !c.is_empty())
        && company != auth.grant.company_id
    {
        return Err(GhlError::Forbidden(
            "The token does not have access to this company.".into(),
        ));
    }
    let skip = usize::try_from(number("skip", q.skip.as_deref())?.unwrap_or(0)).unwrap_or(0);
    let limit = usize::try_from(number("limit", q.limit.as_deref())?.unwrap_or(10)).unwrap_or(10);
    let descending = match q.order.as_deref() {
        None | Some("asc") => false,
        Some("desc") => true,
        Some(other) => return Err(GhlError::invalid(format!("order {other} is not supported"))),
    };
    let email = q
        .email
        .as_deref()
        .map(str::to_lowercase)
        .filter(|e| !e.is_empty());
    Ok(Json(app.read(|s| {
        let mut hits: Vec<_> = s
            .locations
            .iter()
            .filter(|l| {
                auth.grant
                    .location_id
                    .as_deref()
                    .is_none_or(|own| own == l.id)
            })
            .filter(|l| email.as_deref().is_none_or(|e| l.email.to_lowercase() == e))
            .collect();
        if descending {
            hits.reverse();
        }
        let page: Vec<_> = hits.into_iter().skip(skip).take(limit).collect();
        json!({ "locations": page })
    })))
}

/// Query of the custom field list.
#[derive(Debug, Deserialize)]
pub struct FieldsQuery {
    model: Option<String>,
}

/// `GET /locations/{locationId}/customFields?model=contact|opportunity|all` → `{customFields}`.
pub async fn custom_fields(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path(location_id): Path<String>,
    GhlQuery(q): GhlQuery<FieldsQuery>,
) -> GhlResult<Json<Value>> {
    auth.require("locations/customFields.readonly", AuthClass::Location)?;
    in_location(&app, &auth, &location_id)?;
    let model = q.model.unwrap_or_else(|| "all".into());
    if !matches!(model.as_str(), "contact" | "opportunity" | "all") {
        return Err(GhlError::invalid(
            "model must be one of: contact, opportunity, all",
        ));
    }
    Ok(Json(app.read(|s| {
        let fields: Vec<_> = s
            .custom_fields
            .iter()
            .filter(|f| f.location_id == location_id)
            .filter(|f| model == "all" || f.model == model)
            .collect();
        json!({ "customFields": fields })
    })))
}

/// `GET /locations/{locationId}/customFields/{id}` → `{customField}`.
pub async fn custom_field(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path((location_id, id)): Path<(String, String)>,
) -> GhlResult<Json<Value>> {
    auth.require("locations/customFields.readonly", AuthClass::Location)?;
    in_location(&app, &auth, &location_id)?;
    app.read(|s| {
        s.custom_fields
            .iter()
            .find(|f| f.id == id && f.location_id == location_id)
            .map(|f| Json(json!({"customField": f})))
            .ok_or_else(|| GhlError::not_found("Custom field", &id))
    })
}
