//! The route: HTTP checks that need no body, a slot, the body within its limits and deadline,
//! then the [`Ingress`] pipeline.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use http_body_util::{BodyExt as _, LengthLimitError, Limited};
use tokio::sync::Semaphore;
use tokio::time::Instant;

use super::options::ServerOptions;
use crate::webhooks::events::EventKind;
use crate::webhooks::ingress::{Ingress, Outcome};
use crate::webhooks::sink::EventSink;

/// What GHL waits before retrying a `429` anyway (ten minutes); sent as `Retry-After`.
const RETRY_AFTER_SECONDS: &str = "600";

/// The route's shared state.
struct Route<S> {
    ingress: Ingress<S>,
    slots: Arc<Semaphore>,
    body_read_timeout: Duration,
}

impl<S> Clone for Route<S> {
    fn clone(&self) -> Self {
        Self {
            ingress: self.ingress.clone(),
            slots: Arc::clone(&self.slots),
            body_read_timeout: self.body_read_timeout,
        }
    }
}

/// The router serving `path` and `path/{event}` with `options`' request limits.
pub(super) fn build<S: EventSink>(
    path: &str,
    ingress: Ingress<S>,
    options: &ServerOptions,
) -> Router {
    let path = path.trim_end_matches('/');
    let state = Route {
        ingress,
        slots: Arc::new(Semaphore::new(options.in_flight_slots())),
        body_read_timeout: options.body_read_timeout,
    };
    Router::new()
        .route(path, post(receive::<S>))
        .route(&format!("{path}/{{event}}"), post(receive_hinted::<S>))
        .with_state(state)
}

async fn receive<S: EventSink>(
    State(route): State<Route<S>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    route.receive(headers, body, None).await
}

async fn receive_hinted<S: EventSink>(
    State(route): State<Route<S>>,
    Path(event): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let Ok(hint) = event.parse::<EventKind>() else {
        return rejected(StatusCode::NOT_FOUND, "unknown event kind in path");
    };
    route.receive(headers, body, Some(hint)).await
}

impl<S: EventSink> Route<S> {
    async fn receive(&self, headers: HeaderMap, body: Body, hint: Option<EventKind>) -> Response {
        let deadline = Instant::now() + self.body_read_timeout;
        if !is_json(&headers) {
            return rejected(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "the content type must be application/json",
            );
        }
        let limit = self.ingress.max_body_bytes();
        if declared_length(&headers).is_some_and(|length| length > limit) {
            return rejected(
                StatusCode::PAYLOAD_TOO_LARGE,
                &format!("body exceeds the {limit}-byte limit"),
            );
        }
        // Only requests holding a slot buffer a body: memory stays under slots × limit.
        let slot = match tokio::time::timeout_at(deadline, Arc::clone(&self.slots).acquire_owned())
            .await
        {
            Ok(Ok(slot)) => slot,
            // Timed out waiting (or, never, the semaphore closed): GHL retries a 429.
            Ok(Err(_)) | Err(_) => {
                tracing::warn!("webhook server busy; answering 429");
                return retry_later("busy");
            }
        };
        let body = match read_body(body, limit, deadline).await {
            Ok(body) => body,
            Err(response) => return response,
        };
        let outcome = self.ingress.handle(&headers, body, hint).await;
        drop(slot);
        respond(outcome)
    }
}

/// The body, read while it streams: at most `limit` bytes, complete by `deadline`.
async fn read_body(body: Body, limit: usize, deadline: Instant) -> Result<Bytes, Response> {
    match tokio::time::timeout_at(deadline, Limited::new(body, limit).collect()).await {
        Ok(Ok(collected)) => Ok(collected.to_bytes()),
        Ok(Err(error)) if error.is::<LengthLimitError>() => Err(rejected(
            StatusCode::PAYLOAD_TOO_LARGE,
            &format!("body exceeds the {limit}-byte limit"),
        )),
        Ok(Err(_)) => Err(rejected(
            StatusCode::BAD_REQUEST,
            "the body could not be read",
        )),
        Err(_) => Err(rejected(
            StatusCode::REQUEST_TIMEOUT,
            "the body did not arrive in time",
        )),
    }
}

/// Whether the content type is `application/json`, parameters (`charset`) allowed.
fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("application/json"))
}

/// The `Content-Length`, when declared and readable.
fn declared_length(headers: &HeaderMap) -> Option<usize> {
    headers
        .get(header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
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
        response.headers_mut().insert(
            header::RETRY_AFTER,
            HeaderValue::from_static(RETRY_AFTER_SECONDS),
        );
    }
    response
}

fn retry_later(reason: &str) -> Response {
    let mut response = json(
        StatusCode::TOO_MANY_REQUESTS,
        serde_json::json!({"status": "retry_later", "error": reason}),
    );
    response.headers_mut().insert(
        header::RETRY_AFTER,
        HeaderValue::from_static(RETRY_AFTER_SECONDS),
    );
    response
}

fn rejected(status: StatusCode, error: &str) -> Response {
    json(
        status,
        serde_json::json!({"status": "rejected", "error": error}),
    )
}

fn json(status: StatusCode, body: serde_json::Value) -> Response {
    (status, axum::Json(body)).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_content_types() {
        let with = |value: &str| {
            let mut headers = HeaderMap::new();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_str(value).expect("header"),
            );
            is_json(&headers)
        };
        assert!(with("application/json"));
        assert!(with("application/json; charset=utf-8"));
        assert!(with("Application/JSON;charset=UTF-8"));
        assert!(!with("text/plain"));
        assert!(!with("application/jsonx"));
        assert!(!with("application/x-www-form-urlencoded"));
        assert!(!is_json(&HeaderMap::new()));
    }
}
