//! Errors as the assistant sees them: typed MCP errors (`invalid_params` for a bad argument
//! or an unknown record, `internal_error` for the rest) whose text has been through
//! [`redact`](ghl_notion_runtime::redact::redact), so no token ever reaches a tool answer.

use ghl_client::error::ApiErrorKind;
use ghl_notion_runtime::redact::redact;
use rmcp::ErrorData;

/// Why the server could not start or stopped early.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum McpServeError {
    /// The transport failed (stdin/stdout closed before the handshake, a broken pipe).
    #[error("the MCP transport failed: {0}")]
    Start(String),
    /// HTTP was asked for without a bearer token.
    #[error(
        "refusing to serve MCP over HTTP without a bearer token: set GHL_NOTION_MCP_TOKEN or mcp.token_env in the configuration"
    )]
    NoToken,
    /// The HTTP listener failed.
    #[error("the MCP HTTP listener failed: {0}")]
    Listen(#[from] std::io::Error),
}

/// The MCP error for an error of the service or of a client: "not found" and refused
/// requests are the caller's to fix (`invalid_params`); anything else is `internal_error`.
/// A 429 that outlasted the client's retries says when to try again, never a raw 429.
pub fn tool_error(error: &(dyn std::error::Error + 'static)) -> ErrorData {
    let text = redact(&chain(error), &[]);
    if let Some(api) = find_ghl_api(error) {
        return match api.kind {
            ApiErrorKind::NotFound => {
                ErrorData::invalid_params(format!("GHL has no such record ({text})"), None)
            }
            ApiErrorKind::BadRequest | ApiErrorKind::Unprocessable => {
                ErrorData::invalid_params(format!("GHL refused the request: {text}"), None)
            }
            ApiErrorKind::RateLimited => ErrorData::internal_error(
                format!(
                    "GHL is busy for these credentials; try again in {} s",
                    api.retry_after.map_or(10, |d| d.as_secs().max(1))
                ),
                None,
            ),
            _ => ErrorData::internal_error(text, None),
        };
    }
    ErrorData::internal_error(text, None)
}

/// An invalid-argument error naming the argument.
pub(crate) fn bad_argument(name: &str, why: impl std::fmt::Display) -> ErrorData {
    ErrorData::invalid_params(format!("`{name}`: {why}"), None)
}

fn chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let line = cause.to_string();
        if !text.contains(&line) {
            text.push_str(": ");
            text.push_str(&line);
        }
        source = cause.source();
    }
    text
}

fn find_ghl_api<'a>(
    error: &'a (dyn std::error::Error + 'static),
) -> Option<&'a ghl_client::error::ApiError> {
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(e) = current {
        if let Some(ghl) = e.downcast_ref::<ghl_client::Error>() {
            return ghl.api();
        }
        current = e.source();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_never_reach_the_message() {
        let e = ghl_client::Error::Config("token pit-0123456789abcdef0123 is bad".into());
        let data = tool_error(&e);
        assert!(!data.message.contains("pit-0123"), "{}", data.message);
        assert_eq!(data.code, rmcp::model::ErrorCode::INTERNAL_ERROR);
    }

    #[test]
    fn a_bad_argument_is_invalid_params() {
        let data = bad_argument("cursor", "not one of ours");
        assert_eq!(data.code, rmcp::model::ErrorCode::INVALID_PARAMS);
        assert!(data.message.contains("`cursor`"));
    }
}
