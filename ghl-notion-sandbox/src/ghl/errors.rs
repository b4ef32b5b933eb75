//! GHL's error bodies (`common/common-schemas.json`): `{statusCode, message}` with `message` a
//! string, except 422 where it is an array of strings.

use axum::Json;
use axum::response::{IntoResponse, Response};
use http::StatusCode;
use serde_json::json;

/// The message GHL sends for an unknown, expired or malformed token.
pub const INVALID_TOKEN: &str = "Invalid token: access token is invalid";
/// The message for a token that lacks the route's scope (401, not 403).
pub const SCOPE_DENIED: &str = "The token is not authorized for this scope.";
/// The message for a token used on another location (403).
pub const LOCATION_DENIED: &str = "The token does not have access to this location.";
/// The message for an agency token on a sub-account route or the reverse.
pub const AUTH_CLASS_DENIED: &str = "This authClass type is not allowed to access this scope. Please reach out to the Platform team to get it added.";

/// An error answer from the GHL side.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GhlError {
    /// 400 `{statusCode, message}`.
    BadRequest(String),
    /// 400 from the OAuth endpoint, with an OAuth `error` code such as `invalid_grant`.
    OAuth {
        /// The OAuth error code.
        error: &'static str,
        /// What went wrong.
        message: String,
    },
    /// 400 for a contact that would duplicate another (the location forbids duplicates),
    /// with `meta: {contactId, matchingField}` naming the existing one.
    Duplicate {
        /// The existing contact.
        contact_id: String,
        /// `email` or `phone`.
        field: &'static str,
    },
    /// 401 `{statusCode, message, error: "Unauthorized"}`.
    Unauthorized(String),
    /// 403 `{statusCode, message, error: "Forbidden"}`.
    Forbidden(String),
    /// 404 `{statusCode, message}`.
    NotFound(String),
    /// 422 `{statusCode, message: [..], error: "Unprocessable Entity"}`.
    Unprocessable(Vec<String>),
    /// 501 `{statusCode, message, error: "NotEmulated"}` with [`NOT_EMULATED_HEADER`]: the
    /// request is one GHL may answer but the sandbox does not emulate. It names what (a
    /// method and path, or a `Version`). 501 because the official SDKs neither retry it nor
    /// mistake it for a missing record (404) or a caller's mistake (400).
    NotEmulated(String),
}

/// The header a not-emulated answer carries (value `1`), on the GHL and Notion sides alike.
pub const NOT_EMULATED_HEADER: &str = "x-sandbox-not-emulated";

/// The message of a not-emulated answer for `what` (`GET /foo/bar`, `Version v3`).
pub fn not_emulated_message(what: &str) -> String {
    format!("Not emulated in the sandbox: {what} (see docs/sandbox.md)")
}

impl GhlError {
    /// A 422 with one message.
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::Unprocessable(vec![message.into()])
    }

    /// A 404 naming the kind of record and its id.
    pub fn not_found(kind: &str, id: &str) -> Self {
        Self::NotFound(format!("{kind} with id {id} not found"))
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::BadRequest(_) | Self::OAuth { .. } | Self::Duplicate { .. } => {
                StatusCode::BAD_REQUEST
            }
            Self::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::NotEmulated(_) => StatusCode::NOT_IMPLEMENTED,
        }
    }
}

impl IntoResponse for GhlError {
    fn into_response(self) -> Response {
        let status = self.status();
        let code = status.as_u16();
        let body = match self {
            Self::BadRequest(m) | Self::NotFound(m) => json!({"statusCode": code, "message": m}),
            Self::OAuth { error, message } => {
                json!({"statusCode": code, "message": message, "error": error})
            }
            Self::Duplicate { contact_id, field } => json!({
                "statusCode": code,
                "message": "This location does not allow duplicated contacts.",
                "meta": {"contactId": contact_id, "matchingField": field},
            }),
            Self::Unauthorized(m) => {
                json!({"statusCode": code, "message": m, "error": "Unauthorized"})
            }
            Self::Forbidden(m) => json!({"statusCode": code, "message": m, "error": "Forbidden"}),
            Self::Unprocessable(ms) => {
                json!({"statusCode": code, "message": ms, "error": "Unprocessable Entity"})
            }
            Self::NotEmulated(what) => {
                let message = not_emulated_message(&what);
                let body = json!({"statusCode": code, "message": message, "error": "NotEmulated"});
                return (status, [(NOT_EMULATED_HEADER, "1")], Json(body)).into_response();
            }
        };
        (status, Json(body)).into_response()
    }
}

/// Result of a GHL handler.
pub type GhlResult<T> = Result<T, GhlError>;
