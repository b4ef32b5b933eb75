//! The axum ingress (feature `webhook-server`).
//!
//! [`router`] mounts `POST /webhooks/ghl` (and `POST /webhooks/ghl/{event}`, whose last
//! segment is a decode hint for bodies without `type`) into your app; [`serve`] runs it alone.
//! Answers follow the table in the [`ingress`](super::ingress) docs; bodies are small JSON
//! objects, e.g. `{"status":"persisted"}` or `{"status":"rejected","error":"..."}`.
//!
//! ```no_run
//! use ghl_client::webhooks::{ChannelSink, Ingress, server};
//!
//! # async fn run() -> std::io::Result<()> {
//! let (sink, mut events) = ChannelSink::new(1024);
//! tokio::spawn(async move {
//!     while let Some(event) = events.recv().await {
//!         println!("{}", event.event.name());
//!     }
//! });
//! let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;
//! server::serve(listener, Ingress::new(sink)).await
//! # }
//! ```

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;

use super::events::EventKind;
use super::ingress::{Ingress, Outcome};
use super::sink::EventSink;

/// The default route.
pub const DEFAULT_PATH: &str = "/webhooks/ghl";

/// A router serving [`DEFAULT_PATH`].
pub fn router<S: EventSink>(ingress: Ingress<S>) -> Router {
    router_at(DEFAULT_PATH, ingress)
}

/// A router serving `path` and `path/{event}`.
///
/// # Panics
///
/// If `path` is not a valid axum route (it must start with `/`).
pub fn router_at<S: EventSink>(path: &str, ingress: Ingress<S>) -> Router {
    let path = path.trim_end_matches('/');
    let limit = ingress.max_body_bytes();
    Router::new()
        .route(path, post(receive::<S>))
        .route(&format!("{path}/{{event}}"), post(receive_hinted::<S>))
        .layer(DefaultBodyLimit::max(limit))
        .with_state(ingress)
}

/// Serves [`router`] on `listener` until the process stops.
pub async fn serve<S: EventSink>(
    listener: tokio::net::TcpListener,
    ingress: Ingress<S>,
) -> std::io::Result<()> {
    axum::serve(listener, router(ingress)).await
}

async fn receive<S: EventSink>(
    State(ingress): State<Ingress<S>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    respond(ingress.handle(&headers, body, None).await)
}

async fn receive_hinted<S: EventSink>(
    State(ingress): State<Ingress<S>>,
    Path(event): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Ok(hint) = event.parse::<EventKind>() else {
        return json(
            StatusCode::NOT_FOUND,
            serde_json::json!({"status": "rejected", "error": "unknown event kind in path"}),
        );
    };
    respond(ingress.handle(&headers, body, Some(hint)).await)
}

fn respond(outcome: Outcome) -> Response {
    let status = outcome.status();
    let body = match &outcome {
        Outcome::Rejected(rejection) => {
            tracing::info!(%rejection, %status, "webhook rejected");
            serde_json::json!({"status": outcome.label(), "error": rejection.to_string()})
        }
        _ => serde_json::json!({"status": outcome.label()}),
    };
    let mut response = json(status, body);
    if status == StatusCode::TOO_MANY_REQUESTS {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("600"));
    }
    response
}

fn json(status: StatusCode, body: serde_json::Value) -> Response {
    (status, axum::Json(body)).into_response()
}
