//! Request extractors that answer bad input the way GHL does: 400 for a body that is not JSON,
//! 422 with a list of messages for one of the wrong shape.

use axum::Form;
use axum::extract::{FromRequest, FromRequestParts, Query, Request};
use bytes::Bytes;
use http::request::Parts;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::errors::{GhlError, GhlResult};

/// A JSON body. An empty body reads as `{}`.
#[derive(Debug)]
pub struct GhlJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for GhlJson<T> {
    type Rejection = GhlError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|e| GhlError::BadRequest(e.body_text()))?;
        let value: Value = if bytes.iter().all(u8::is_ascii_whitespace) {
            Value::Object(serde_json::Map::new())
        } else {
            serde_json::from_slice(&bytes).map_err(|e| {
                GhlError::BadRequest(format!(
                    "Unexpected token in JSON at line {} column {}",
                    e.line(),
                    e.column()
                ))
            })?
        };
        from_value(value).map(GhlJson)
    }
}

/// Decodes a JSON value into `T`, naming the offending field on failure (422).
pub fn from_value<T: DeserializeOwned>(value: Value) -> GhlResult<T> {
    if !value.is_object() {
        return Err(GhlError::invalid("body must be an object"));
    }
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        GhlError::invalid(format!("{path} {}", e.inner()))
    })
}

/// A query string. Decoding failures are 422s naming the parameter.
#[derive(Debug)]
pub struct GhlQuery<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for GhlQuery<T> {
    type Rejection = GhlError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Query::<T>::try_from_uri(&parts.uri)
            .map(|Query(v)| GhlQuery(v))
            .map_err(|e| GhlError::invalid(e.body_text()))
    }
}

/// A form-encoded body (the OAuth endpoints).
#[derive(Debug)]
pub struct GhlForm<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for GhlForm<T> {
    type Rejection = GhlError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        Form::<T>::from_request(req, state)
            .await
            .map(|Form(v)| GhlForm(v))
            .map_err(|e| GhlError::invalid(e.body_text()))
    }
}

/// Parses an optional numeric query parameter, 422 when it is not a number.
pub fn number(name: &str, raw: Option<&str>) -> GhlResult<Option<i64>> {
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => s
            .parse::<i64>()
            .map(Some)
            .map_err(|_| GhlError::invalid(format!("{name} must be a number"))),
    }
}

/// A required, non-empty string field, 422 otherwise.
pub fn required<'a>(name: &str, value: Option<&'a str>) -> GhlResult<&'a str> {
    value
        .filter(|s| !s.trim().is_empty())
        .ok_or_else(|| GhlError::invalid(format!("{name} should not be empty")))
}
