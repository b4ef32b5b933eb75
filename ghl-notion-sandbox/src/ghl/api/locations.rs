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
use crate::ghl::extract::GhlQuery;

/// `GET /locations/{locationId}` → `{location}` (sub-account or agency token).
pub async fn get(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path(location_id): Path<String>,
) -> GhlResult<Json<Value>> {
    auth.require("locations.readonly", AuthClass::Any)?;
    in_location(&app, &auth, &location_id)?;
    app.read(|s| {
        if s.location.id == location_id {
            Ok(Json(json!({"location": s.location})))
        } else {
            Err(GhlError::not_found("Location", &location_id))
        }
    })
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
