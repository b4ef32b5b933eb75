//! The gate every authenticated GHL request passes, in order: bearer token (401), rate limit
//! (429 with `Retry-After`), `Version` header (400; which values pass is
//! [`versions::check`](super::versions::check)). It puts the caller's [`AuthContext`] in
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
use super::versions::{Verdict, check};
use crate::app::{App, lock};

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

    let refusal = match check(req.headers().get("version").and_then(|v| v.to_str().ok())) {
        Verdict::Accepted => None,
        Verdict::NotEmulated(what) => Some(GhlError::NotEmulated(what)),
        Verdict::Refused(message) => Some(GhlError::BadRequest(message)),
    };
    if let Some(error) = refusal {
        return with_headers(error.into_response(), &decision.headers);
    }

    req.extensions_mut().insert(AuthContext { grant });
    with_headers(next.run(req).await, &decision.headers)
}
