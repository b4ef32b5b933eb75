//! The crate's one error type.
//!
//! Every failure is an [`Error`]. HTTP answers the API refused are [`Error::Api`], carrying
//! the status, GHL's `message` (a string, or on 422 an array of strings, kept as a list),
//! `error`, `traceId`, any `Retry-After`, and a short body excerpt with secrets removed. Use
//! [`ApiError::kind`] to tell an expired token from a missing scope or a wrong location.
//!
//! [`Error::retry_kind`] is how the pipeline classified the last attempt; by the time an
//! error reaches the caller, the pipeline has already retried it as far as its policy
//! allows. [`Error::outcome_unknown`] tells whether a failed write may nonetheless have been
//! applied, so the caller looks the record up before writing again:
//!
//! | failure | [`Error::retry_kind`] | retried by the pipeline | [`Error::outcome_unknown`] |
//! |---|---|---|---|
//! | 429 | `Throttling` | every method | no |
//! | 500, 502, 503, 504 | `Server` | idempotent calls only | yes |
//! | connection refused (nothing sent) | `Transient` | every method | no |
//! | timeout, reset, body cut after the status | `Transient` | idempotent calls only | yes |
//! | 2xx whose body cannot be decoded ([`Error::Decode`]) | `Transient` | idempotent calls only | yes |
//! | 401 on a token the provider refreshed | — | once, at once | no |
//! | other 4xx | `Client` | never | no |

use std::time::Duration;

use http::StatusCode;
use serde::Deserialize;

use ghl_notion_runtime::retry::ErrorKind;

/// A `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong calling GHL.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// GHL answered with an error status.
    #[error("{0}")]
    Api(Box<ApiError>),
    /// The client-side daily budget for a resource is spent; nothing was sent.
    #[error(
        "the daily request budget of {limit} for resource {resource} is spent; it resets in {resets_in:?}"
    )]
    DailyLimitExhausted {
        /// The location or company id.
        resource: String,
        /// Requests per day.
        limit: u64,
        /// Time until the budget resets.
        resets_in: Duration,
    },
    /// The circuit breaker is open after repeated failures; nothing was sent.
    #[error("GHL calls are failing and the circuit is open; retry in {retry_in:?}")]
    CircuitOpen {
        /// Time until a probe is allowed.
        retry_in: Duration,
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
        /// Whether the connection was never made (so nothing reached GHL).
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
    /// expected type). The call reached GHL and succeeded: on a create the record exists and
    /// its id is unknown ([`Error::outcome_unknown`]); on a read (or any idempotent call) the
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
    /// The request could not be built (a body or query that does not serialize, a bad URL).
    #[error("invalid request: {0}")]
    InvalidRequest(String),
    /// The client is misconfigured (missing location id, bad base URL, missing variable).
    #[error("configuration: {0}")]
    Config(String),
    /// The token provider could not supply a token.
    #[error("could not obtain an access token: {0}")]
    Auth(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// The stored authorization is no longer valid (revoked install, refresh token used up);
    /// a person must authorize the app again for this resource.
    #[error("re-authorization needed for {resource}: {reason}")]
    ReauthorizationRequired {
        /// The location or company id.
        resource: String,
        /// What the server said.
        reason: String,
    },
}

/// What an API error means for the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ApiErrorKind {
    /// 400: the request was malformed.
    BadRequest,
    /// 401: the token is invalid or expired.
    InvalidToken,
    /// 401: the token lacks the scope this endpoint needs.
    MissingScope,
    /// 403: the token has no access to this location.
    WrongLocation,
    /// 403: forbidden for another reason.
    Forbidden,
    /// 404: no such record.
    NotFound,
    /// 422: validation failed (see [`ApiError::messages`]).
    Unprocessable,
    /// 429: rate limited.
    RateLimited,
    /// 5xx: the server failed.
    Server,
    /// Any other status.
    Other,
}

/// An error answer from GHL.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// The classified meaning.
    pub kind: ApiErrorKind,
    /// HTTP method.
    pub method: String,
    /// Path template of the call.
    pub path: &'static str,
    /// GHL's `message`: one entry, or several for a 422.
    pub messages: Vec<String>,
    /// GHL's `error` field (e.g. `"Unauthorized"`).
    pub error: Option<String>,
    /// GHL's `traceId`, to quote to GHL support.
    pub trace_id: Option<String>,
    /// The server's `Retry-After`, when sent.
    pub retry_after: Option<Duration>,
    /// The start of the body, secrets removed.
    pub excerpt: String,
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {}: GHL answered {}",
            self.method, self.path, self.status
        )?;
        if !self.messages.is_empty() {
            write!(f, ": {}", self.messages.join("; "))?;
        }
        if let Some(trace) = &self.trace_id {
            write!(f, " (traceId {trace})")?;
        }
        Ok(())
    }
}

impl ApiError {
    /// The first message, or an empty string.
    pub fn message(&self) -> &str {
        self.messages.first().map_or("", String::as_str)
    }

    /// How a retry policy should treat this answer.
    pub fn retry_kind(&self) -> ErrorKind {
        classify_status(self.status)
    }
}

impl Error {
    /// The API error, if this is one.
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// The HTTP status, if GHL answered.
    pub fn status(&self) -> Option<StatusCode> {
        self.api().map(|e| e.status)
    }

    /// Whether GHL said the record does not exist.
    pub fn is_not_found(&self) -> bool {
        self.api().is_some_and(|e| e.kind == ApiErrorKind::NotFound)
    }

    /// How a retry policy classifies this error, if it is retryable at all (see the module
    /// docs' table). An undecodable success answer is [`ErrorKind::Transient`]: like a lost
    /// answer, it is repeated only where repeating is safe.
    pub fn retry_kind(&self) -> Option<ErrorKind> {
        match self {
            Error::Api(e) => Some(e.retry_kind()),
            Error::Transport { .. } | Error::OperationTimeout { .. } | Error::Decode { .. } => {
                Some(ErrorKind::Transient)
            }
            _ => None,
        }
    }

    /// Whether a write that failed this way may nonetheless have been applied: a timeout or
    /// a connection lost after sending (the body cut mid-stream included), a 500/502/503/504,
    /// or a 2xx whose body could not be decoded. Look the record up before writing again. (A
    /// refused connection, a 4xx or a 429 was not applied; nothing was sent when the circuit
    /// was open or the daily budget spent.)
    pub fn outcome_unknown(&self) -> bool {
        match self {
            Error::Transport { connect, .. } => !connect,
            Error::OperationTimeout { .. } | Error::Decode { .. } => true,
            Error::Api(e) => matches!(e.status.as_u16(), 500 | 502 | 503 | 504),
            _ => false,
        }
    }
}

/// Classifies an error status for retrying: 429 is throttling; 500, 502, 503, 504 are server
/// errors; 408 is transient; everything else (other 4xx, 501, 505…) is a client error.
pub fn classify_status(status: StatusCode) -> ErrorKind {
    match status.as_u16() {
        429 => ErrorKind::Throttling,
        500 | 502 | 503 | 504 => ErrorKind::Server,
        408 => ErrorKind::Transient,
        _ => ErrorKind::Client,
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Message {
    One(String),
    Many(Vec<serde_json::Value>),
}

#[derive(Deserialize)]
struct ErrorBody {
    message: Option<Message>,
    msg: Option<String>,
    error: Option<serde_json::Value>,
    #[serde(rename = "traceId")]
    trace_id: Option<String>,
}

/// The fields of a GHL error body, read leniently: `message` as a string or an array,
/// `error`, `traceId`. A body that is not JSON yields nothing.
pub(crate) fn parse_error_body(body: &[u8]) -> (Vec<String>, Option<String>, Option<String>) {
    let Ok(parsed) = serde_json::from_slice::<ErrorBody>(body) else {
        return (Vec::new(), None, None);
    };
    let mut messages = match parsed.message {
        Some(Message::One(m)) => vec![m],
        Some(Message::Many(items)) => items
            .into_iter()
            .map(|v| match v {
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            })
            .collect(),
        None => Vec::new(),
    };
    if messages.is_empty() {
        messages.extend(parsed.msg);
    }
    let error = parsed.error.map(|e| match e {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    });
    (messages, error, parsed.trace_id)
}

/// Classifies an error answer by status and message.
pub(crate) fn classify_api_error(status: StatusCode, messages: &[String]) -> ApiErrorKind {
    let text = messages.join(" ").to_ascii_lowercase();
    match status.as_u16() {
        400 => ApiErrorKind::BadRequest,
        401 if text.contains("scope") => ApiErrorKind::MissingScope,
        401 => ApiErrorKind::InvalidToken,
        403 if text.contains("location") => ApiErrorKind::WrongLocation,
        403 => ApiErrorKind::Forbidden,
        404 => ApiErrorKind::NotFound,
        422 => ApiErrorKind::Unprocessable,
        429 => ApiErrorKind::RateLimited,
        500..=599 => ApiErrorKind::Server,
        _ => ApiErrorKind::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(status: u16) -> Error {
        Error::Api(Box::new(ApiError {
            status: StatusCode::from_u16(status).unwrap(),
            kind: ApiErrorKind::Other,
            method: "POST".into(),
            path: "/contacts/",
            messages: Vec::new(),
            error: None,
            trace_id: None,
            retry_after: None,
            excerpt: String::new(),
        }))
    }

    /// A write answered 500, 502, 503 or 504 may have been applied; any other answer says it
    /// was not (a 4xx, a 429, a 501 or 505).
    #[test]
    fn only_gateway_and_server_failures_leave_a_write_unknown() {
        for status in [500, 502, 503, 504] {
            assert!(api(status).outcome_unknown(), "{status}");
        }
        for status in [400, 401, 404, 408, 409, 422, 429, 501, 505] {
            assert!(!api(status).outcome_unknown(), "{status}");
        }
    }

    #[test]
    fn status_classification_table() {
        for (status, kind) in [
            (429, ErrorKind::Throttling),
            (500, ErrorKind::Server),
            (502, ErrorKind::Server),
            (503, ErrorKind::Server),
            (504, ErrorKind::Server),
            (408, ErrorKind::Transient),
            (400, ErrorKind::Client),
            (401, ErrorKind::Client),
            (404, ErrorKind::Client),
            (422, ErrorKind::Client),
            (501, ErrorKind::Client),
        ] {
            let s = StatusCode::from_u16(status).unwrap();
            assert_eq!(classify_status(s), kind, "{status}");
        }
    }

    #[test]
    fn error_bodies_are_read_leniently() {
        let (m, e, t) = parse_error_body(
            br#"{"statusCode":422,"message":["email must be an email","phone bad"],"error":"Unprocessable Entity","traceId":"t-1"}"#,
        );
        assert_eq!(m, vec!["email must be an email", "phone bad"]);
        assert_eq!(e.as_deref(), Some("Unprocessable Entity"));
        assert_eq!(t.as_deref(), Some("t-1"));
        let (m, _, _) = parse_error_body(br#"{"message":"Invalid JWT"}"#);
        assert_eq!(m, vec!["Invalid JWT"]);
        let (m, e, t) = parse_error_body(b"<html>bad gateway</html>");
        assert!(m.is_empty() && e.is_none() && t.is_none());
    }

    #[test]
    fn scope_location_and_token_errors_are_distinct() {
        let s401 = StatusCode::UNAUTHORIZED;
        let s403 = StatusCode::FORBIDDEN;
        assert_eq!(
            classify_api_error(
                s401,
                &["The token is not authorized for this scope.".into()]
            ),
            ApiErrorKind::MissingScope
        );
        assert_eq!(
            classify_api_error(s401, &["Invalid token: access token is invalid".into()]),
            ApiErrorKind::InvalidToken
        );
        assert_eq!(
            classify_api_error(
                s403,
                &["The token does not have access to this location.".into()]
            ),
            ApiErrorKind::WrongLocation
        );
    }
}
