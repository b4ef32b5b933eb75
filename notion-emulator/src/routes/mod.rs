//! The HTTP surface: one module per API area, plus helpers they share.

pub(crate) mod blocks;
pub(crate) mod data_sources;
pub(crate) mod databases;
pub(crate) mod pages;
pub(crate) mod query;
pub(crate) mod search;
pub(crate) mod users;

use std::sync::Arc;

use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::{get, post};
use serde_json::Value;

use crate::NotionEmulator;
use crate::error::ApiError;
use crate::version::ApiVersion;

/// All `/v1` routes; anything else answers 400 `invalid_request_url`.
pub(crate) fn router(emu: Arc<NotionEmulator>) -> Router {
    Router::new()
        .route("/v1/databases", post(databases::create_route))
        .route(
            "/v1/databases/{id}",
            get(databases::retrieve_route).patch(databases::update_route),
        )
        .route("/v1/databases/{id}/query", post(databases::query_route))
        .route("/v1/data_sources", post(data_sources::create_route))
        .route(
            "/v1/data_sources/{id}",
            get(data_sources::retrieve_route).patch(data_sources::update_route),
        )
        .route(
            "/v1/data_sources/{id}/query",
            post(data_sources::query_route),
        )
        .route("/v1/pages", post(pages::create_route))
        .route(
            "/v1/pages/{id}",
            get(pages::retrieve_route).patch(pages::update_route),
        )
        .route(
            "/v1/blocks/{id}/children",
            get(blocks::list_route).patch(blocks::append_route),
        )
        .route("/v1/search", post(search::search_route))
        .route("/v1/users", get(users::list_route))
        .route("/v1/users/me", get(users::me_route))
        .route("/v1/users/{id}", get(users::retrieve_route))
        .fallback(invalid_url)
        .method_not_allowed_fallback(invalid_url)
        .with_state(emu)
}

async fn invalid_url(State(emu): State<Arc<NotionEmulator>>) -> Response {
    ApiError::invalid_request_url().into_response_with(&emu.next_request_id())
}

/// Reads `in_trash` (and `archived` where the version still has it) from a body.
pub(crate) fn trash_flag(body: &Value, version: ApiVersion) -> Result<Option<bool>, ApiError> {
    let read = |key: &str| -> Result<Option<bool>, ApiError> {
        match body.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(other) => Err(ApiError::invalid_field(
                &format!("body.{key}"),
                "a boolean",
                other,
            )),
        }
    };
    let in_trash = read("in_trash")?;
    let archived = match body.get("archived") {
        Some(v) if !v.is_null() && !version.has_archived() => {
            return Err(ApiError::invalid_field("body.archived", "not present", v));
        }
        _ => read("archived")?,
    };
    match (in_trash, archived) {
        (Some(a), Some(b)) if a != b => Err(ApiError::validation(
            "body failed validation: body.archived and body.in_trash must have the same value when both are set.",
        )),
        (a, b) => Ok(a.or(b)),
    }
}

/// Parses an optional rich-text field of the body (e.g. `title`, `description`).
pub(crate) fn rich_text_field(body: &Value, key: &str) -> Result<Option<Vec<Value>>, ApiError> {
    match body.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => crate::rich_text::parse(v, &format!("body.{key}")).map(Some),
    }
}

/// Parses an optional `icon` / `cover` (an object, or `null` to remove).
pub(crate) fn file_field(body: &Value, key: &str) -> Result<Option<Value>, ApiError> {
    match body.get(key) {
        None => Ok(None),
        Some(v @ (Value::Null | Value::Object(_))) => Ok(Some(v.clone())),
        Some(other) => Err(ApiError::invalid_field(
            &format!("body.{key}"),
            "an object or `null`",
            other,
        )),
    }
}

/// Parses an optional boolean field.
pub(crate) fn bool_field(body: &Value, key: &str) -> Result<Option<bool>, ApiError> {
    match body.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(other) => Err(ApiError::invalid_field(
            &format!("body.{key}"),
            "a boolean",
            other,
        )),
    }
}

/// Parses `page_size` (1..=100, default 100).
pub(crate) fn page_size(body: &Value) -> Result<usize, ApiError> {
    match body.get("page_size") {
        None | Some(Value::Null) => Ok(100),
        Some(v) => match v.as_i64() {
            Some(n) if n > 100 => Err(ApiError::body(format_args!(
                "body.page_size should be ≤ `100`, instead was `{n}`"
            ))),
            Some(n) if n < 1 => Err(ApiError::body(format_args!(
                "body.page_size should be ≥ `1`, instead was `{n}`"
            ))),
            Some(n) => Ok(usize::try_from(n).unwrap_or(100)),
            None => Err(ApiError::invalid_field("body.page_size", "an integer", v)),
        },
    }
}

/// Parses `start_cursor` (a string, or absent).
pub(crate) fn start_cursor(body: &Value) -> Result<Option<String>, ApiError> {
    match body.get("start_cursor") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(ApiError::invalid_field(
            "body.start_cursor",
            "a string",
            other,
        )),
    }
}

/// Slices `ids` (already ordered) into one page starting at `cursor`.
/// Returns `(start, end, next_cursor)`.
pub(crate) fn paginate(
    ids: &[String],
    cursor: Option<&str>,
    size: usize,
) -> Result<(usize, usize, Option<String>), ApiError> {
    let start = match cursor {
        None => 0,
        Some(c) => {
            let wanted = crate::ids::normalize_uuid(c).unwrap_or_else(|| c.to_owned());
            ids.iter().position(|id| *id == wanted).ok_or_else(|| {
                ApiError::invalid_field(
                    "body.start_cursor",
                    "a valid cursor",
                    &Value::String(c.to_owned()),
                )
            })?
        }
    };
    let end = start.saturating_add(size).min(ids.len());
    let next = ids.get(end).cloned();
    Ok((start, end, next))
}

/// The `type` of list results in this version.
pub(crate) fn list_type(version: ApiVersion) -> &'static str {
    if version.has_data_sources() {
        "page_or_data_source"
    } else {
        "page_or_database"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn trash_flags_by_version() {
        let v25 = ApiVersion::V2025_09_03;
        let v26 = ApiVersion::V2026_03_11;
        assert_eq!(
            trash_flag(&json!({"archived": true}), v25).unwrap(),
            Some(true)
        );
        assert_eq!(
            trash_flag(&json!({"in_trash": false}), v26).unwrap(),
            Some(false)
        );
        assert!(trash_flag(&json!({"archived": true}), v26).is_err());
        assert!(trash_flag(&json!({"archived": true, "in_trash": false}), v25).is_err());
        assert!(trash_flag(&json!({"in_trash": "yes"}), v25).is_err());
        assert_eq!(trash_flag(&json!({}), v26).unwrap(), None);
    }

    #[test]
    fn pagination() {
        let ids: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
        assert_eq!(paginate(&ids, None, 2).unwrap(), (0, 2, Some("c".into())));
        assert_eq!(paginate(&ids, Some("c"), 2).unwrap(), (2, 3, None));
        assert!(paginate(&ids, Some("zz"), 2).is_err());
        assert_eq!(page_size(&json!({})).unwrap(), 100);
        assert!(page_size(&json!({"page_size": 101})).is_err());
        assert!(page_size(&json!({"page_size": 0})).is_err());
        assert!(page_size(&json!({"page_size": "5"})).is_err());
    }
}
