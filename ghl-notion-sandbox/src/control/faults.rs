//! `/_sandbox/faults`: list, add and clear fault plans.

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use serde::Deserialize;
use serde_json::Value;

use super::{ControlError, parse};
use crate::app::App;
use crate::faults::{Api, FaultPlanSpec};

/// `GET /_sandbox/faults`: active plans with how many requests each matched.
pub async fn list(State(app): State<Arc<App>>) -> Json<Value> {
    Json(app.faults.describe())
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    Many(Vec<FaultPlanSpec>),
    One(FaultPlanSpec),
}

/// `POST /_sandbox/faults`: adds one plan or an array of plans.
pub async fn add(State(app): State<Arc<App>>, body: Bytes) -> Result<Json<Value>, ControlError> {
    let plans = match parse::<OneOrMany>(&body)? {
        OneOrMany::Many(p) => p,
        OneOrMany::One(p) => vec![p],
    };
    for plan in plans {
        app.faults
            .add(plan)
            .map_err(|e| ControlError(StatusCode::BAD_REQUEST, e))?;
    }
    Ok(Json(app.faults.describe()))
}

#[derive(Debug, Deserialize)]
pub struct ClearQuery {
    api: Option<Api>,
}

/// `DELETE /_sandbox/faults[?api=ghl|notion]`.
pub async fn clear(State(app): State<Arc<App>>, Query(q): Query<ClearQuery>) -> StatusCode {
    app.faults.clear(q.api);
    StatusCode::NO_CONTENT
}
