//! `/_sandbox/webhooks` and `/_sandbox/keys`: delivery settings, the delivery log and the
//! public keys that verify the sandbox's signatures.

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use serde_json::{Value, json};

use super::{ControlError, parse};
use crate::app::App;
use crate::webhooks::DeliverySettings;

/// `GET /_sandbox/webhooks`: the delivery settings.
pub async fn get(State(app): State<Arc<App>>) -> Json<DeliverySettings> {
    Json(app.webhooks.settings())
}

/// `PUT /_sandbox/webhooks`: changes the given settings, keeps the rest.
pub async fn set(
    State(app): State<Arc<App>>,
    body: Bytes,
) -> Result<Json<DeliverySettings>, ControlError> {
    let patch: Value = parse(&body)?;
    let Value::Object(patch) = patch else {
        return Err(ControlError(
            StatusCode::BAD_REQUEST,
            "body must be an object".into(),
        ));
    };
    let mut current = serde_json::to_value(app.webhooks.settings()).unwrap_or_else(|_| json!({}));
    if let Value::Object(current) = &mut current {
        current.extend(patch);
    }
    let settings: DeliverySettings = serde_json::from_value(current)
        .map_err(|e| ControlError(StatusCode::BAD_REQUEST, e.to_string()))?;
    for rate in [
        settings.duplicate_rate,
        settings.reorder_rate,
        settings.delay_rate,
        settings.drop_rate,
    ] {
        if !(0.0..=1.0).contains(&rate) {
            return Err(ControlError(
                StatusCode::BAD_REQUEST,
                "rates must be within 0..=1".into(),
            ));
        }
    }
    app.webhooks.set_settings(settings.clone());
    Ok(Json(settings))
}

/// `GET /_sandbox/webhooks/log`: recent delivery attempts, oldest first.
pub async fn log(State(app): State<Arc<App>>) -> Json<Value> {
    Json(json!({"deliveries": app.webhooks.log(), "stats": app.stats.webhook_snapshot()}))
}

/// `GET /_sandbox/keys`: both public keys as PEM.
pub async fn keys(State(app): State<Arc<App>>) -> Json<Value> {
    let signer = app.webhooks.signer();
    Json(json!({
        "ed25519": signer.ed25519_public_pem(),
        "rsa": signer.rsa_public_pem(),
        "headers": {"ed25519": "X-GHL-Signature", "rsa": "X-WH-Signature"},
    }))
}

/// `GET /_sandbox/keys/ed25519.pem`.
pub async fn ed25519_pem(State(app): State<Arc<App>>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/x-pem-file")],
        app.webhooks.signer().ed25519_public_pem(),
    )
}

/// `GET /_sandbox/keys/rsa.pem`.
pub async fn rsa_pem(State(app): State<Arc<App>>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/x-pem-file")],
        app.webhooks.signer().rsa_public_pem(),
    )
}
