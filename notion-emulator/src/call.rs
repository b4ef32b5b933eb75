//! The request pipeline every endpoint goes through, readable top to bottom:
//! request id → `Notion-Version` → URL allowed in that version → bearer token → rate limit →
//! body size → JSON parse. Handlers receive a ready [`Call`] and answer with [`Call::respond`].

use std::sync::Arc;

use axum::extract::{FromRequest, Request};
use axum::response::{IntoResponse, Response};
use http::{HeaderValue, Method, StatusCode};
use serde_json::{Map, Value};

use crate::NotionEmulator;
use crate::error::{ApiError, ErrorCode};
use crate::ids::{normalize_uuid, percent_decode};
use crate::version::{self, ApiVersion};

/// An authenticated, admitted request with its parsed body.
#[derive(Debug)]
pub(crate) struct Call {
    pub(crate) version: ApiVersion,
    pub(crate) request_id: String,
    pub(crate) body: Value,
    path: String,
    query: String,
}

impl FromRequest<Arc<NotionEmulator>> for Call {
    type Rejection = Response;

    async fn from_request(req: Request, emu: &Arc<NotionEmulator>) -> Result<Self, Response> {
        let request_id = emu.next_request_id();
        match admit(req, emu, &request_id).await {
            Ok(call) => Ok(call),
            Err(e) => {
                tracing::debug!(code = e.code.as_str(), message = %e.message, "notion emulator rejected request");
                Err(e.into_response_with(&request_id))
            }
        }
    }
}

async fn admit(req: Request, emu: &NotionEmulator, request_id: &str) -> Result<Call, ApiError> {
    let (parts, body) = req.into_parts();
    let version = version::from_headers(&parts.headers)?;
    let path = parts.uri.path().to_owned();
    if !version.has_data_sources() && path.starts_with("/v1/data_sources") {
        return Err(ApiError::invalid_request_url());
    }
    let token = crate::auth::authenticate(&parts.headers, &emu.config().token)?;
    emu.admit(token)?;
    let limit = emu.config().max_payload_bytes;
    let declared = parts
        .headers
        .get(http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if let Some(n) = declared.filter(|n| *n > limit) {
        return Err(payload_too_large(emu, limit, Some(n)));
    }
    let bytes = axum::body::to_bytes(body, limit.saturating_add(1))
        .await
        .map_err(|_| payload_too_large(emu, limit, None))?;
    if bytes.len() > limit {
        return Err(payload_too_large(emu, limit, Some(bytes.len())));
    }
    let body = if parts.method == Method::GET || bytes.iter().all(u8::is_ascii_whitespace) {
        Value::Object(Map::new())
    } else {
        serde_json::from_slice::<Value>(&bytes).map_err(|_| ApiError::invalid_json())?
    };
    if !body.is_object() {
        return Err(ApiError::invalid_field("body", "an object", &body));
    }
    Ok(Call {
        version,
        request_id: request_id.to_owned(),
        body,
        path,
        query: parts.uri.query().unwrap_or_default().to_owned(),
    })
}

fn payload_too_large(emu: &NotionEmulator, limit: usize, actual: Option<usize>) -> ApiError {
    let message = match actual {
        Some(n) => format!("Request body too large: {n} bytes; the maximum is {limit} bytes."),
        None => format!("Request body too large; the maximum is {limit} bytes."),
    };
    let status = if emu.config().oversize_payload_as_413 {
        StatusCode::PAYLOAD_TOO_LARGE
    } else {
        StatusCode::BAD_REQUEST
    };
    ApiError::new(status, ErrorCode::ValidationError, message)
}

impl Call {
    /// The `index`-th segment of the path (`/v1/pages/{id}` → index 3 is the id), decoded.
    fn segment(&self, index: usize) -> String {
        self.path
            .split('/')
            .nth(index)
            .map(percent_decode)
            .unwrap_or_default()
    }

    /// The UUID in path segment `index`, normalized, or Notion's path validation error.
    pub(crate) fn id_param(&self, index: usize, name: &str) -> Result<String, ApiError> {
        let raw = self.segment(index);
        normalize_uuid(&raw).ok_or_else(|| {
            ApiError::validation(format!(
                "path failed validation: path.{name} should be a valid uuid, instead was `{}`.",
                crate::error::short_json(&Value::String(raw))
            ))
        })
    }

    /// Every value of a repeated query-string parameter (`filter_properties`).
    pub(crate) fn query_values(&self, name: &str) -> Vec<String> {
        self.query
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .filter(|(k, _)| {
                let k = percent_decode(k);
                k == name || k == format!("{name}[]")
            })
            .flat_map(|(_, v)| {
                percent_decode(&v.replace('+', " "))
                    .split(',')
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .filter(|v| !v.is_empty())
            .collect()
    }

    /// The `filter_properties` list, if any was given.
    pub(crate) fn filter_properties(&self) -> Option<Vec<String>> {
        let ids = self.query_values("filter_properties");
        (!ids.is_empty()).then_some(ids)
    }

    /// Sends `result` as Notion would, with `x-notion-request-id`.
    pub(crate) fn respond(self, result: Result<Value, ApiError>) -> Response {
        match result {
            Ok(value) => {
                let mut response = (StatusCode::OK, axum::Json(value)).into_response();
                if let Ok(v) = HeaderValue::from_str(&self.request_id) {
                    response.headers_mut().insert("x-notion-request-id", v);
                }
                response
            }
            Err(e) => e.into_response_with(&self.request_id),
        }
    }
}
