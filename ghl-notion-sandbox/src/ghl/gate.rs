//! The gate every authenticated GHL request passes, in order: bearer token (401), rate limit
//! (429 with `Retry-After`), `Version` header (400). It puts the caller's [`AuthContext`] in
//! the request and the five rate-limit headers on every answer.
//!
//! Scope, token class and location are checked by each handler, which knows them.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::auth::AuthContext;
use super::errors::{GhlError, INVALID_TOKEN};
use super::rate_limit::RateHeaders;
use crate::app::{App, lock};

/// `Version` of the calendars API.
pub const CALENDARS_VERSION: &str = "2021-04-15";
/// `Version` of every other API the sandbox serves.
pub const DEFAULT_VERSION: &str = "2021-07-28";

/// The `Version` a path requires.
pub fn required_version(path: &str) -> &'static str {
    if path.starts_with("/calendars") {
        CALENDARS_VERSION
    } else {
        DEFAULT_VERSION
    }
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    let raw = headers.get(header::AUTHORIZATION)?.to_str().ok()?.trim();
    let (scheme, token) = raw.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim())
        .filter(|t| !t.is_empty())
}

fn with_headers(mut response: Response, headers: &RateHeaders) -> Response {
    headers.apply(response.headers_mut());
    response
}

/// The middleware.
pub async fn gate(State(app): State<Arc<App>>, mut req: Request, next: Next) -> Response {
    let limits = &app.config.rate_limit;
    let now_ms = app.clock.now_millis();
    let grant = bearer(req.headers())
        .ok_or_else(|| GhlError::Unauthorized(INVALID_TOKEN.into()))
        .and_then(|token| lock(&app.tokens).authenticate(token, now_ms));
    let grant = match grant {
        Ok(grant) => grant,
        Err(e) => return with_headers(e.into_response(), &RateHeaders::fresh(limits)),
    };

    let decision = lock(&app.limiter).check(limits, &grant.app, grant.resource(), now_ms);
    if !decision.allowed {
        let mut response = (
            StatusCode::TOO_MANY_REQUESTS,
            Json(json!({"statusCode": 429, "message": "Too Many Requests"})),
        )
            .into_response();
        if let Some(secs) = decision.retry_after_secs {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        return with_headers(response, &decision.headers);
    }

    let expected = required_version(req.uri().path());
    let version = req.headers().get("version").and_then(|v| v.to_str().ok());
    let version_error = match version {
        None => Some("Version header is required".to_owned()),
        Some(v) if v.trim() != expected => Some(format!(
            "Version header {v:?} is not supported here; use {expected}"
        )),
        Some(_) => None,
    };
    if let Some(message) = version_error {
        return with_headers(
            GhlError::BadRequest(message).into_response(),
            &decision.headers,
        );
    }

    req.extensions_mut().insert(AuthContext { grant });
    with_headers(next.run(req).await, &decision.headers)
}
