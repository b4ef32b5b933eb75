//! The crate's one error type, and the pure classification of Notion's answers.
//!
//! HTTP answers Notion refused are [`Error::Api`]: an [`ApiError`] keeping the status, the
//! typed [`ErrorCode`], Notion's `message`, its `request_id` (from the body or the
//! `x-notion-request-id` header), `additional_data` and any `Retry-After`. An answer from
//! Notion's edge that is not JSON (an HTML 502 page, a Cloudflare block) still becomes an
//! [`ApiError`], with [`ApiError::from_edge`] set and a code derived from the status.
//!
//! [`Error::outcome_unknown`] tells whether a failed write may nonetheless have been applied
//! (a timeout, a reset connection, a 5xx, a success answer whose body was cut or cannot be
//! decoded): the activity log and the sync's mirror tables look the row up before writing
//! again after such failures. [`Error::retry_kind`] is how the pipeline classified the last
//! attempt; by the time an error reaches the caller the pipeline has already retried it as
//! far as its policy allows.
//!
//! | failure | [`Error::retry_kind`] | retried by the pipeline | [`Error::outcome_unknown`] |
//! |---|---|---|---|
//! | 429 `rate_limited`, 529 `service_overload` | `Throttling` | every method | no |
//! | 409 `conflict_error` | `Conflict` | every method (not applied) | no |
//! | 500, 502, 503, 504 | `Server` | idempotent calls only | yes |
//! | connection refused (nothing sent) | `Transient` | every method | no |
//! | timeout, reset, body cut after the status | `Transient` | idempotent calls only | yes |
//! | 2xx whose body cannot be decoded ([`Error::Decode`]) | `Transient` | idempotent calls only | yes |
//! | other 4xx | `Client` | never | no |
//!
//! ```
//! use notion_activity::error::ErrorCode;
//! assert_eq!(ErrorCode::parse("conflict_error"), ErrorCode::ConflictError);
//! assert_eq!(ErrorCode::parse("brand_new_code"), ErrorCode::Unknown("brand_new_code".into()));
//! ```

use std::time::Duration;

use http::{HeaderMap, StatusCode};
use serde::Deserialize;

use ghl_notion_runtime::retry::ErrorKind;

/// A `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Notion's error `code`s, with [`ErrorCode::Unknown`] for codes Notion adds later.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCode {
    /// 400: the body is not valid JSON.
    InvalidJson,
    /// 400: no such endpoint (or a data-source path under an old version).
    InvalidRequestUrl,
    /// 400: the request is not supported.
    InvalidRequest,
    /// 400 (or 413): the body failed validation; `message` says where.
    ValidationError,
    /// 400: the `Notion-Version` header is missing.
    MissingVersion,
    /// 400: an unknown beta was requested.
    InvalidBeta,
    /// 400: an OAuth grant is invalid.
    InvalidGrant,
    /// 401: the token is invalid.
    Unauthorized,
    /// 403: the token may not do this.
    RestrictedResource,
    /// 404: no such object, or it is not shared with the integration.
    ObjectNotFound,
    /// 409: a data collision; re-read and try again.
    ConflictError,
    /// 409: a row limit was exceeded (meaning unconfirmed).
    RowLimitExceeded,
    /// 429: rate limited; see `Retry-After` and `additional_data.rate_limit_reason`.
    RateLimited,
    /// 500: Notion failed.
    InternalServerError,
    /// 502: bad gateway.
    BadGateway,
    /// 503: unavailable, or the request ran past Notion's 60 s limit.
    ServiceUnavailable,
    /// 503: Notion's database is unavailable.
    DatabaseConnectionUnavailable,
    /// 504: gateway timeout.
    GatewayTimeout,
    /// 529: Notion is overloaded; treated like 429.
    ServiceOverload,
    /// A code this crate does not know yet (or `http_<status>` for a bodiless answer).
    Unknown(String),
}

impl ErrorCode {
    /// The code for Notion's string.
    pub fn parse(code: &str) -> Self {
        match code {
            "invalid_json" => Self::InvalidJson,
            "invalid_request_url" => Self::InvalidRequestUrl,
            "invalid_request" => Self::InvalidRequest,
            "validation_error" => Self::ValidationError,
            "missing_version" => Self::MissingVersion,
            "invalid_beta" => Self::InvalidBeta,
            "invalid_grant" => Self::InvalidGrant,
            "unauthorized" => Self::Unauthorized,
            "restricted_resource" => Self::RestrictedResource,
            "object_not_found" => Self::ObjectNotFound,
            "conflict_error" => Self::ConflictError,
            "row_limit_exceeded" => Self::RowLimitExceeded,
            "rate_limited" => Self::RateLimited,
            "internal_server_error" => Self::InternalServerError,
            "bad_gateway" => Self::BadGateway,
            "service_unavailable" => Self::ServiceUnavailable,
            "database_connection_unavailable" => Self::DatabaseConnectionUnavailable,
            "gateway_timeout" => Self::GatewayTimeout,
            "service_overload" => Self::ServiceOverload,
            other => Self::Unknown(other.to_owned()),
        }
    }

    /// Notion's string for this code.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InvalidJson => "invalid_json",
            Self::InvalidRequestUrl => "invalid_request_url",
            Self::InvalidRequest => "invalid_request",
            Self::ValidationError => "validation_error",
            Self::MissingVersion => "missing_version",
            Self::InvalidBeta => "invalid_beta",
            Self::InvalidGrant => "invalid_grant",
            Self::Unauthorized => "unauthorized",
            Self::RestrictedResource => "restricted_resource",
            Self::ObjectNotFound => "object_not_found",
            Self::ConflictError => "conflict_error",
            Self::RowLimitExceeded => "row_limit_exceeded",
            Self::RateLimited => "rate_limited",
            Self::InternalServerError => "internal_server_error",
            Self::BadGateway => "bad_gateway",
            Self::ServiceUnavailable => "service_unavailable",
            Self::DatabaseConnectionUnavailable => "database_connection_unavailable",
            Self::GatewayTimeout => "gateway_timeout",
            Self::ServiceOverload => "service_overload",
            Self::Unknown(code) => code,
        }
    }

    /// The code an answer without a JSON body most likely means, from its status.
    pub fn for_status(status: StatusCode) -> Self {
        match status.as_u16() {
            400 => Self::InvalidRequest,
            401 => Self::Unauthorized,
            403 => Self::RestrictedResource,
            404 => Self::ObjectNotFound,
            409 => Self::ConflictError,
            413 => Self::ValidationError,
            429 => Self::RateLimited,
            500 => Self::InternalServerError,
            502 => Self::BadGateway,
            503 => Self::ServiceUnavailable,
            504 => Self::GatewayTimeout,
            529 => Self::ServiceOverload,
            other => Self::Unknown(format!("http_{other}")),
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An error answer from Notion.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// Notion's `code` (derived from the status when the body is not JSON).
    pub code: ErrorCode,
    /// Notion's `message`, or a short excerpt of a non-JSON body.
    pub message: String,
    /// Notion's `request_id` (body) or `x-notion-request-id` (header), to quote to support.
    pub request_id: Option<String>,
    /// Notion's `additional_data` (e.g. `rate_limit_reason`), when sent.
    pub additional_data: Option<serde_json::Value>,
    /// The server's `Retry-After`, when sent.
    pub retry_after: Option<Duration>,
    /// HTTP method.
    pub method: String,
    /// Path template of the call.
    pub path: &'static str,
    /// True when the body was not Notion's error JSON (an edge or proxy answer).
    pub from_edge: bool,
    /// The `cf-ray` header of an edge answer, when present.
    pub cf_ray: Option<String>,
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {}: Notion answered {} {}",
            self.method, self.path, self.status, self.code
        )?;
        if !self.message.is_empty() {
            write!(f, ": {}", self.message)?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " (request_id {id})")?;
        }
        if self.from_edge {
            f.write_str(" [non-JSON answer from the edge")?;
            if let Some(ray) = &self.cf_ray {
                write!(f, ", cf-ray {ray}")?;
            }
            f.write_str("]")?;
        }
        Ok(())
    }
}

impl ApiError {
    /// `additional_data.rate_limit_reason` of a 429, e.g. `public_api_space_request_rate_limit`.
    pub fn rate_limit_reason(&self) -> Option<&str> {
        self.additional_data
            .as_ref()?
            .get("rate_limit_reason")?
            .as_str()
    }

    /// How a retry policy should treat this answer.
    pub fn retry_kind(&self) -> ErrorKind {
        classify(self.status, &self.code)
    }
}

/// Everything that can go wrong calling Notion.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Notion answered with an error status.
    #[error("{0}")]
    Api(Box<ApiError>),
    /// The circuit breaker is open after repeated failures; nothing was sent.
    #[error("Notion calls are failing and the circuit is open; retry in {retry_in:?}")]
    CircuitOpen {
        /// Time until a probe is allowed.
        retry_in: Duration,
    },
    /// A client-side daily budget (if one was configured in the rate limits) is spent;
    /// nothing was sent.
    #[error("the configured daily request budget of {limit} is spent; it resets in {resets_in:?}")]
    DailyLimitExhausted {
        /// Requests per day.
        limit: u64,
        /// Time until the budget resets.
        resets_in: Duration,
    },
    /// The request failed before an HTTP answer arrived (connect, timeout, reset, body cut).
    #[error("{method} {path}: request failed{}", if *.timeout { " (timed out)" } else { "" })]
    Transport {
        /// HTTP method.
        method: String,
        /// Path template.
        path: &'static str,
        /// Whether an attempt timeout fired.
        timeout: bool,
        /// Whether the connection was never made (so nothing reached Notion).
        connect: bool,
        /// The underlying failure.
        #[source]
        source: reqwest::Error,
    },
    /// The whole operation, retries included, ran past its timeout.
    #[error("{method} {path}: operation timed out after {elapsed:?}")]
    OperationTimeout {
        /// HTTP method.
        method: String,
        /// Path template.
        path: &'static str,
        /// Time spent.
        elapsed: Duration,
    },
    /// A success answer whose body could not be decoded (malformed, truncated, or not the
    /// expected type). The call reached Notion and succeeded: on a write (a create) the
    /// write happened and its result is unknown ([`Error::outcome_unknown`]); on a read the
    /// pipeline already retried it like a lost answer.
    #[error(
        "{method} {path}: could not decode the response at `{json_path}`: {message}; body: {excerpt}"
    )]
    Decode {
        /// HTTP method.
        method: String,
        /// Path template.
        path: &'static str,
        /// The JSON path where decoding failed.
        json_path: String,
        /// What was wrong.
        message: String,
        /// The start of the body, secrets removed.
        excerpt: String,
    },
    /// A paginated read returned the same cursor twice.
    #[error("pagination did not advance: cursor {cursor:?} was returned twice")]
    CursorRepeated {
        /// The repeated cursor.
        cursor: String,
    },
    /// More rows share one `created_time` than one query may return, so the 10,000-row cap
    /// cannot be walked around.
    #[error("query cap reached and more than one window of rows share created_time {at}")]
    QueryCapUnresolved {
        /// The `created_time` all rows of the last window shared.
        at: String,
    },
    /// The request could not be built (a body that does not serialize, a bad id).
    #[error("invalid request: {0}")]
    InvalidRequest(String),
    /// The client is misconfigured (missing token, bad base URL, missing variable).
    #[error("configuration: {0}")]
    Config(String),
    /// Notion's answer was valid but not what this crate needs (e.g. a database without a
    /// data source, a log whose title property cannot be found).
    #[error("unexpected answer: {0}")]
    Unexpected(String),
}

impl Error {
    /// The API error, if this is one.
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// Notion's error code, if Notion answered.
    pub fn code(&self) -> Option<&ErrorCode> {
        self.api().map(|e| &e.code)
    }

    /// The HTTP status, if Notion answered.
    pub fn status(&self) -> Option<StatusCode> {
        self.api().map(|e| e.status)
    }

    /// Whether Notion said the object does not exist (or is not shared).
    pub fn is_not_found(&self) -> bool {
        self.code() == Some(&ErrorCode::ObjectNotFound)
    }

    /// Whether Notion reported a `conflict_error`. The pipeline retries conflicts on every
    /// method (a conflicting request was not applied); one reaching the caller means those
    /// retries were spent.
    pub fn is_conflict(&self) -> bool {
        self.code() == Some(&ErrorCode::ConflictError)
    }

    /// Whether a write that failed this way may nonetheless have been applied: a timeout or
    /// a connection lost after sending (the body cut mid-stream included), a 500/502/503/504,
    /// or a 2xx whose body could not be decoded. Look the row up before writing again. (A
    /// refused connection, a 4xx, a 409 `conflict_error`, a 429 or a 529 was not applied.)
    pub fn outcome_unknown(&self) -> bool {
        match self {
            Error::Transport { connect, .. } => !connect,
            Error::OperationTimeout { .. } | Error::Decode { .. } => true,
            Error::Api(e) => matches!(e.status.as_u16(), 500 | 502 | 503 | 504),
            _ => false,
        }
    }

    /// Whether Notion rejected the content of the request itself (400 validation and
    /// request errors, 413): sending it again will fail the same way.
    pub fn is_rejection(&self) -> bool {
        match self {
            Error::Api(e) => {
                matches!(
                    e.code,
                    ErrorCode::ValidationError | ErrorCode::InvalidJson | ErrorCode::InvalidRequest
                ) || e.status == StatusCode::PAYLOAD_TOO_LARGE
            }
            Error::InvalidRequest(_) => true,
            _ => false,
        }
    }

    /// How a retry policy classifies this error (see the module docs' table). An undecodable
    /// success answer is [`ErrorKind::Transient`]: like a lost answer, it is repeated only
    /// where repeating is safe.
    pub fn retry_kind(&self) -> ErrorKind {
        match self {
            Error::Api(e) => e.retry_kind(),
            Error::Transport { .. } | Error::OperationTimeout { .. } | Error::Decode { .. } => {
                ErrorKind::Transient
            }
            Error::CircuitOpen { .. } => ErrorKind::Server,
            _ => ErrorKind::Client,
        }
    }
}

/// Classifies an error answer for retrying: 429 and 529 are throttling (retried on every
/// method after `Retry-After`); a 409 `conflict_error` is a conflict (not applied: retried on
/// every method after a backoff); 500, 502, 503 and 504 are server errors (retried only where
/// repeating is safe); 408 is transient; everything else is for the caller.
pub fn classify(status: StatusCode, code: &ErrorCode) -> ErrorKind {
    match code {
        ErrorCode::RateLimited | ErrorCode::ServiceOverload => return ErrorKind::Throttling,
        ErrorCode::ConflictError => return ErrorKind::Conflict,
        _ => {}
    }
    match status.as_u16() {
        429 | 529 => ErrorKind::Throttling,
        500 | 502 | 503 | 504 => ErrorKind::Server,
        408 => ErrorKind::Transient,
        _ => ErrorKind::Client,
    }
}

#[derive(Deserialize)]
struct ErrorBody {
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    request_id: Option<String>,
    #[serde(default)]
    additional_data: Option<serde_json::Value>,
}

fn header(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// Reads an error answer into an [`ApiError`]: Notion's JSON when there is some, otherwise a
/// code derived from the status and a redacted excerpt of the body.
pub(crate) fn parse_error(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
    method: &str,
    path: &'static str,
    retry_after: Option<Duration>,
) -> ApiError {
    let header_request_id = header(headers, "x-notion-request-id");
    let cf_ray = header(headers, "cf-ray");
    let parsed = serde_json::from_slice::<ErrorBody>(body)
        .ok()
        .filter(|b| b.code.is_some() || b.message.is_some());
    match parsed {
        Some(b) => ApiError {
            status,
            code: b
                .code
                .as_deref()
                .map_or_else(|| ErrorCode::for_status(status), ErrorCode::parse),
            message: b.message.unwrap_or_default(),
            request_id: b.request_id.or(header_request_id),
            additional_data: b.additional_data.filter(|v| !v.is_null()),
            retry_after,
            method: method.to_owned(),
            path,
            from_edge: false,
            cf_ray,
        },
        None => ApiError {
            status,
            code: ErrorCode::for_status(status),
            message: ghl_notion_runtime::redact::excerpt(body, 200, &[]),
            request_id: header_request_id,
            additional_data: None,
            retry_after,
            method: method.to_owned(),
            path,
            from_edge: true,
            cf_ray,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(code: u16) -> StatusCode {
        StatusCode::from_u16(code).unwrap()
    }

    #[test]
    fn classification_table() {
        #[rustfmt::skip]
        let table: &[(u16, &str, ErrorKind)] = &[
            (429, "rate_limited",          ErrorKind::Throttling),
            (529, "service_overload",      ErrorKind::Throttling),
            (500, "internal_server_error", ErrorKind::Server),
            (502, "bad_gateway",           ErrorKind::Server),
            (503, "service_unavailable",   ErrorKind::Server),
            (504, "gateway_timeout",       ErrorKind::Server),
            (409, "conflict_error",        ErrorKind::Conflict),
            (409, "row_limit_exceeded",    ErrorKind::Client),
            (400, "validation_error",      ErrorKind::Client),
            (401, "unauthorized",          ErrorKind::Client),
            (404, "object_not_found",      ErrorKind::Client),
            (408, "whatever",              ErrorKind::Transient),
            (501, "not_implemented",       ErrorKind::Client),
        ];
        for (status, code, kind) in table {
            assert_eq!(
                classify(st(*status), &ErrorCode::parse(code)),
                *kind,
                "{status} {code}"
            );
        }
    }

    #[test]
    fn codes_round_trip() {
        for code in [
            "invalid_json",
            "invalid_request_url",
            "invalid_request",
            "validation_error",
            "missing_version",
            "invalid_beta",
            "invalid_grant",
            "unauthorized",
            "restricted_resource",
            "object_not_found",
            "conflict_error",
            "row_limit_exceeded",
            "rate_limited",
            "internal_server_error",
            "bad_gateway",
            "service_unavailable",
            "database_connection_unavailable",
            "gateway_timeout",
            "service_overload",
            "new_one",
        ] {
            assert_eq!(ErrorCode::parse(code).as_str(), code);
        }
    }

    #[test]
    fn json_and_edge_bodies() {
        let mut headers = HeaderMap::new();
        headers.insert("x-notion-request-id", "hdr-1".parse().unwrap());
        let e = parse_error(
            st(429),
            &headers,
            br#"{"object":"error","status":429,"code":"rate_limited","message":"slow down","request_id":"body-1","additional_data":{"rate_limit_reason":"public_api_space_request_rate_limit"}}"#,
            "POST",
            "/v1/pages",
            Some(Duration::from_secs(2)),
        );
        assert_eq!(e.code, ErrorCode::RateLimited);
        assert_eq!(e.request_id.as_deref(), Some("body-1"));
        assert_eq!(
            e.rate_limit_reason(),
            Some("public_api_space_request_rate_limit")
        );
        assert!(!e.from_edge);

        headers.insert("cf-ray", "8a1b-IAD".parse().unwrap());
        let e = parse_error(
            st(502),
            &headers,
            b"<html><body>Bad gateway</body></html>",
            "GET",
            "/v1/users/me",
            None,
        );
        assert_eq!(e.code, ErrorCode::BadGateway);
        assert!(e.from_edge);
        assert_eq!(e.request_id.as_deref(), Some("hdr-1"));
        assert_eq!(e.cf_ray.as_deref(), Some("8a1b-IAD"));
        assert!(e.message.contains("Bad gateway"));
        assert!(e.to_string().contains("cf-ray 8a1b-IAD"));
    }
}
