//! `/_sandbox/time`: read, jump and scale sandbox time.

use std::sync::Arc;
use std::time::Duration;

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{ControlError, parse};
use crate::app::App;

fn snapshot(app: &App) -> Value {
    json!({
        "now": app.clock.now_iso(),
        "nowMs": app.clock.now_millis(),
        "elapsedMs": u64::try_from(app.clock.elapsed().as_millis()).unwrap_or(u64::MAX),
        "scale": app.clock.scale(),
    })
}

/// `GET /_sandbox/time`.
pub async fn get(State(app): State<Arc<App>>) -> Json<Value> {
    Json(snapshot(&app))
}

#[derive(Debug, Deserialize)]
struct AdvanceBody {
    #[serde(default)]
    seconds: Option<f64>,
    #[serde(default)]
    ms: Option<u64>,
}

/// `POST /_sandbox/time/advance` `{"seconds": 31}` or `{"ms": 31000}`.
pub async fn advance(
    State(app): State<Arc<App>>,
    body: Bytes,
) -> Result<Json<Value>, ControlError> {
    let body: AdvanceBody = parse(&body)?;
    let by = match (body.seconds, body.ms) {
        (Some(s), None) if s >= 0.0 => Duration::try_from_secs_f64(s)
            .map_err(|e| ControlError(StatusCode::BAD_REQUEST, e.to_string()))?,
        (None, Some(ms)) => Duration::from_millis(ms),
        _ => {
            return Err(ControlError(
                StatusCode::BAD_REQUEST,
                "give either seconds (>= 0) or ms".into(),
            ));
        }
    };
    app.clock.advance(by);
    Ok(Json(snapshot(&app)))
}

#[derive(Debug, Deserialize)]
struct ScaleBody {
    scale: f64,
}

/// `PUT /_sandbox/time/scale` `{"scale": 10}`.
pub async fn set_scale(
    State(app): State<Arc<App>>,
    body: Bytes,
) -> Result<Json<Value>, ControlError> {
    let body: ScaleBody = parse(&body)?;
    if !(body.scale.is_finite() && body.scale > 0.0) {
        return Err(ControlError(
            StatusCode::BAD_REQUEST,
            "scale must be a positive number".into(),
        ));
    }
    app.clock.set_scale(body.scale);
    Ok(Json(snapshot(&app)))
}
