//! The middleware that applies fault plans to requests, and the connection-drop handle.

use std::sync::Arc;

use axum::Json;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{HeaderValue, StatusCode, header};
use serde_json::json;
use tokio::sync::Notify;

use super::{Api, Fault, Faults};

/// A handle that drops the HTTP connection a request arrived on. The server puts one in every
/// request's extensions.
#[derive(Debug, Clone, Default)]
pub struct ConnectionKill(Arc<Notify>);

impl ConnectionKill {
    /// Asks the server to drop the connection.
    pub fn kill(&self) {
        self.0.notify_one();
    }

    /// Resolves once [`kill`](Self::kill) was called.
    pub async fn killed(&self) {
        self.0.notified().await;
    }
}

/// Middleware state: which API and which plans.
#[derive(Debug, Clone)]
pub struct FaultLayer {
    /// The API this router serves.
    pub api: Api,
    /// The plans.
    pub faults: Faults,
}

/// Applies the first matching plan's next step to the request.
pub async fn inject(State(layer): State<FaultLayer>, req: Request, next: Next) -> Response {
    let fault = layer
        .faults
        .decide(layer.api, req.method().as_str(), req.uri().path());
    let Some(fault) = fault else {
        return next.run(req).await;
    };
    layer.faults.stats.fault(layer.api, &fault.label());
    tracing::debug!(api = layer.api.as_str(), fault = %fault.label(), path = req.uri().path(), "injecting fault");
    let kill = req.extensions().get::<ConnectionKill>().cloned();
    match fault {
        Fault::Status(code) => error_response(layer.api, code),
        Fault::Latency(d) => {
            tokio::time::sleep(d).await;
            next.run(req).await
        }
        Fault::SlowResponse(d) => {
            let response = next.run(req).await;
            tokio::time::sleep(d).await;
            response
        }
        Fault::Reset => reset(kill).await,
        Fault::TruncatedJson => {
            let response = next.run(req).await;
            rewrite_body(response, |b| b[..b.len() / 2].to_vec()).await
        }
        Fault::MalformedJson => {
            let response = next.run(req).await;
            rewrite_body(response, |b| {
                let mut broken = b.to_vec();
                broken.splice(0..0, b"{\"".iter().copied());
                broken
            })
            .await
        }
        Fault::LostResponse => {
            drop(next.run(req).await);
            error_response(layer.api, 500)
        }
        Fault::LostResponseReset => {
            drop(next.run(req).await);
            reset(kill).await
        }
    }
}

async fn reset(kill: Option<ConnectionKill>) -> Response {
    match kill {
        Some(kill) => {
            kill.kill();
            std::future::pending::<Response>().await
        }
        // Served outside the sandbox's own loop: fail the body instead.
        None => {
            let failing = futures_util::stream::once(async {
                Err::<bytes::Bytes, std::io::Error>(std::io::Error::new(
                    std::io::ErrorKind::ConnectionReset,
                    "injected reset",
                ))
            });
            Response::new(Body::from_stream(failing))
        }
    }
}

async fn rewrite_body(response: Response, f: impl FnOnce(&[u8]) -> Vec<u8>) -> Response {
    let (mut parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(f(&bytes)))
}

/// The error body each API sends for `code`.
pub fn error_response(api: Api, code: u16) -> Response {
    let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let reason = status.canonical_reason().unwrap_or("Site Overloaded");
    let mut response = match api {
        Api::Ghl => (status, Json(json!({"statusCode": code, "message": reason}))).into_response(),
        Api::Notion => {
            let notion_code = match code {
                429 => "rate_limited",
                500 => "internal_server_error",
                502 => "bad_gateway",
                504 => "gateway_timeout",
                _ => "service_unavailable",
            };
            (
                status,
                Json(json!({
                    "object": "error",
                    "status": code,
                    "code": notion_code,
                    "message": reason,
                })),
            )
                .into_response()
        }
    };
    if code == 429 {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    }
    response
}
