//! Notion's error model: `{"object":"error","status":…,"code":…,"message":…,"request_id":…}`.
//!
//! Every failure inside the emulator is an [`ApiError`]; it turns into exactly the JSON body and
//! status code a real Notion API would send.

use axum::response::{IntoResponse, Response};
use http::{HeaderValue, StatusCode};
use serde_json::{Value, json};

/// The `code` field of a Notion error body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorCode {
    /// 400: the body is not JSON.
    InvalidJson,
    /// 400: no such endpoint (or not in this API version).
    InvalidRequestUrl,
    /// 400: the request is not supported.
    InvalidRequest,
    /// 400: the body or a parameter failed validation.
    ValidationError,
    /// 400: no `Notion-Version` header.
    MissingVersion,
    /// 401: the bearer token is missing or wrong.
    Unauthorized,
    /// 403: the token may not do this.
    RestrictedResource,
    /// 404: no such object, or not shared with the integration.
    ObjectNotFound,
    /// 409: a data collision.
    ConflictError,
    /// 429: too many requests.
    RateLimited,
    /// 500: unexpected error.
    InternalServerError,
    /// 503: Notion is unavailable.
    ServiceUnavailable,
}

impl ErrorCode {
    /// The code as Notion spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::InvalidJson => "invalid_json",
            Self::InvalidRequestUrl => "invalid_request_url",
            Self::InvalidRequest => "invalid_request",
            Self::ValidationError => "validation_error",
            Self::MissingVersion => "missing_version",
            Self::Unauthorized => "unauthorized",
            Self::RestrictedResource => "restricted_resource",
            Self::ObjectNotFound => "object_not_found",
            Self::ConflictError => "conflict_error",
            Self::RateLimited => "rate_limited",
            Self::InternalServerError => "internal_server_error",
            Self::ServiceUnavailable => "service_unavailable",
        }
    }
}

/// One Notion API error: status, code, message and optional extras.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{} {}: {message}", status.as_u16(), code.as_str())]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// Notion's error code.
    pub code: ErrorCode,
    /// Human-readable message, worded like Notion's.
    pub message: String,
    /// Optional `additional_data` object.
    pub additional_data: Option<Value>,
    /// Seconds for the `Retry-After` header (429 only).
    pub retry_after: Option<u64>,
}

impl ApiError {
    /// An error with the given status, code and message.
    pub fn new(status: StatusCode, code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            additional_data: None,
            retry_after: None,
        }
    }

    /// 400 `validation_error` with a free message.
    pub fn validation(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, ErrorCode::ValidationError, message)
    }

    /// 400 `validation_error` in Notion's `body failed validation: …` wording.
    pub fn body(detail: impl std::fmt::Display) -> Self {
        Self::validation(format!("body failed validation: {detail}."))
    }

    /// 400 `validation_error`: a length limit was passed.
    pub fn too_long(path: &str, limit: usize, actual: usize) -> Self {
        Self::body(format_args!(
            "{path}.length should be ≤ `{limit}`, instead was `{actual}`"
        ))
    }

    /// 400 `validation_error`: a field has the wrong JSON type or value.
    pub fn invalid_field(path: &str, expected: &str, actual: &Value) -> Self {
        Self::body(format_args!(
            "{path} should be {expected}, instead was `{}`",
            short_json(actual)
        ))
    }

    /// 400 `invalid_json`.
    pub fn invalid_json() -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            ErrorCode::InvalidJson,
            "Error parsing JSON body.",
        )
    }

    /// 400 `invalid_request_url`.
    pub fn invalid_request_url() -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            ErrorCode::InvalidRequestUrl,
            "Invalid request URL.",
        )
    }

    /// 400 `missing_version`.
    pub fn missing_version() -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            ErrorCode::MissingVersion,
            "Notion-Version header failed validation: Notion-Version header should be defined, instead was `undefined`.",
        )
    }

    /// 401 `unauthorized`.
    pub fn unauthorized() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            ErrorCode::Unauthorized,
            "API token is invalid.",
        )
    }

    /// 404 `object_not_found` for an object kind (`page`, `database`, `data_source`, …).
    pub fn not_found(kind: &str, id: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            ErrorCode::ObjectNotFound,
            format!(
                "Could not find {kind} with ID: {id}. Make sure the relevant pages and databases are shared with your integration."
            ),
        )
    }

    /// 429 `rate_limited` with `Retry-After` seconds.
    pub fn rate_limited(retry_after: u64) -> Self {
        let mut e = Self::new(
            StatusCode::TOO_MANY_REQUESTS,
            ErrorCode::RateLimited,
            "You have been rate limited. Please try again in a few minutes.",
        );
        e.retry_after = Some(retry_after);
        e.additional_data = Some(json!({"rate_limit_reason": "public_api_request_rate_limit"}));
        e
    }

    /// The JSON body Notion sends for this error.
    pub fn body_json(&self, request_id: &str) -> Value {
        let mut body = json!({
            "object": "error",
            "status": self.status.as_u16(),
            "code": self.code.as_str(),
            "message": self.message,
            "request_id": request_id,
        });
        if let (Some(extra), Some(map)) = (&self.additional_data, body.as_object_mut()) {
            map.insert("additional_data".to_owned(), extra.clone());
        }
        body
    }

    /// The HTTP response for this error.
    pub(crate) fn into_response_with(self, request_id: &str) -> Response {
        let mut response = (self.status, axum::Json(self.body_json(request_id))).into_response();
        let headers = response.headers_mut();
        if let Some(secs) = self.retry_after {
            headers.insert(http::header::RETRY_AFTER, HeaderValue::from(secs));
        }
        if let Ok(v) = HeaderValue::from_str(request_id) {
            headers.insert("x-notion-request-id", v);
        }
        response
    }
}

/// JSON text of a value, cut short for messages.
pub(crate) fn short_json(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 100 {
        let cut: String = text.chars().take(100).collect();
        format!("{cut}…")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_body_shape() {
        let body = ApiError::too_long("body.x", 2000, 2001).body_json("rid");
        assert_eq!(body["object"], "error");
        assert_eq!(body["status"], 400);
        assert_eq!(body["code"], "validation_error");
        assert_eq!(
            body["message"],
            "body failed validation: body.x.length should be ≤ `2000`, instead was `2001`."
        );
        assert_eq!(body["request_id"], "rid");
        let limited = ApiError::rate_limited(2).body_json("r");
        assert_eq!(
            limited["additional_data"]["rate_limit_reason"],
            "public_api_request_rate_limit"
        );
    }
}
