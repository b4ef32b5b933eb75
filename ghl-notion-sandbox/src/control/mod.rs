//! The control API under `/_sandbox/` (no auth): information, time, stats, webhook delivery,
//! public keys, fault plans, direct changes to GHL records and a state dump.
//!
//! Route table: see [`router`]; reference: `docs/sandbox.md`.

mod faults;
mod records;
mod time;
mod webhooks;

use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use serde_json::{Value, json};

use crate::app::{App, lock};

/// A control-API error: `{"error": "..."}`.
#[derive(Debug)]
pub struct ControlError(pub StatusCode, pub String);

impl IntoResponse for ControlError {
    fn into_response(self) -> Response {
        (self.0, Json(json!({"error": self.1}))).into_response()
    }
}

/// Parses a JSON body, answering 400 with the reason.
pub fn parse<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, ControlError> {
    let body = if body.iter().all(u8::is_ascii_whitespace) {
        b"{}".as_slice()
    } else {
        body
    };
    serde_json::from_slice(body).map_err(|e| ControlError(StatusCode::BAD_REQUEST, e.to_string()))
}

/// The sandbox's addresses, credentials and clock: `time_scale` (sandbox seconds per real
/// second), `now` (sandbox time, RFC 3339) and `now_ms` (the same in Unix milliseconds), so a
/// client can follow sandbox time (see `docs/sandbox.md`, "The time handshake").
/// `location_id` and `ghl_api_key` describe the first location; `locations` lists every
/// location of the agency as `{id, name, api_key}`, the first one first.
pub fn info(app: &App, base: &str) -> Value {
    let (scale, now) = app.clock.reading();
    let locations: Vec<Value> = app
        .identity
        .locations
        .iter()
        .map(|l| json!({"id": l.id, "name": l.name, "api_key": l.api_key}))
        .collect();
    json!({
        "time_scale": scale,
        "now": crate::clock::iso(now),
        "now_ms": now.timestamp_millis(),
        "ghl_base_url": base,
        "notion_base_url": base,
        "ghl_api_key": app.identity.private_token,
        "location_id": app.identity.location_id,
        "company_id": app.identity.company_id,
        "notion_token": app.notion.token(),
        "notion_parent_page_id": app.notion.parent_page_id(),
        "control_url": format!("{base}/_sandbox"),
        "oauth_client_id": app.identity.oauth_client_id,
        "oauth_client_secret": app.identity.oauth_client_secret,
        "oauth_authorize_url": format!("{base}/v2/oauth/chooselocation"),
        "app_id": app.identity.app_id,
        "seed": app.config.seed,
        // Notion's limit in force: requests per second per token, 0 when lifted.
        "notion_rate": app.config.notion.requests_per_second,
        "locations": locations,
    })
}

async fn get_info(State(app): State<Arc<App>>, headers: HeaderMap) -> Json<Value> {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1");
    Json(info(&app, &format!("http://{host}")))
}

async fn health() -> Json<Value> {
    Json(json!({"ok": true}))
}

async fn get_stats(State(app): State<Arc<App>>) -> Json<Value> {
    Json(app.stats.snapshot())
}

async fn reset_stats(State(app): State<Arc<App>>) -> StatusCode {
    app.stats.reset();
    StatusCode::NO_CONTENT
}

async fn reset_rate_limits(State(app): State<Arc<App>>) -> StatusCode {
    lock(&app.limiter).reset();
    StatusCode::NO_CONTENT
}

async fn dump(State(app): State<Arc<App>>) -> Json<Value> {
    let ghl = app.read(|s| s.dump());
    Json(json!({"ghl": ghl, "notion": app.notion.snapshot()}))
}

async fn not_found() -> ControlError {
    ControlError(
        StatusCode::NOT_FOUND,
        "no such control route; see docs/sandbox.md".into(),
    )
}

/// The control router.
pub fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/_sandbox", get(get_info))
        .route("/_sandbox/info", get(get_info))
        .route("/_sandbox/health", get(health))
        .route("/_sandbox/stats", get(get_stats).delete(reset_stats))
        .route("/_sandbox/stats/reset", post(reset_stats))
        .route("/_sandbox/rate-limits/reset", post(reset_rate_limits))
        .route("/_sandbox/time", get(time::get))
        .route("/_sandbox/time/advance", post(time::advance))
        .route(
            "/_sandbox/time/scale",
            put(time::set_scale).post(time::set_scale),
        )
        .route("/_sandbox/webhooks", get(webhooks::get).put(webhooks::set))
        .route("/_sandbox/webhooks/log", get(webhooks::log))
        .route("/_sandbox/keys", get(webhooks::keys))
        .route("/_sandbox/keys/ed25519.pem", get(webhooks::ed25519_pem))
        .route("/_sandbox/keys/rsa.pem", get(webhooks::rsa_pem))
        .route(
            "/_sandbox/faults",
            get(faults::list).post(faults::add).delete(faults::clear),
        )
        .route("/_sandbox/state", get(dump))
        .merge(records::routes())
        .fallback(not_found)
        .with_state(app)
}
