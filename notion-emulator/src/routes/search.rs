//! `POST /v1/search`: pages and data sources (databases before 2025-09-03) whose title contains
//! the query, newest edit first unless sorted otherwise.

use std::sync::Arc;

use axum::extract::State;
use axum::response::Response;
use chrono::{DateTime, Utc};
use serde_json::{Map, Value, json};

use super::{list_type, page_size, paginate, start_cursor};
use crate::NotionEmulator;
use crate::call::Call;
use crate::error::ApiError;
use crate::render::{self, View};
use crate::store::Store;

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Page,
    DataSource,
    Database,
}

fn search(store: &Store, body: &Value, view: View) -> Result<Value, ApiError> {
    let version = view.version;
    let query = match body.get("query") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(q)) => q.to_lowercase(),
        Some(other) => return Err(ApiError::invalid_field("body.query", "a string", other)),
    };
    let container = if version.has_data_sources() {
        Kind::DataSource
    } else {
        Kind::Database
    };
    let wanted = match body.get("filter").filter(|f| !f.is_null()) {
        None => None,
        Some(f) => {
            let property = f.get("property").unwrap_or(&Value::Null);
            if property.as_str() != Some("object") {
                return Err(ApiError::invalid_field(
                    "body.filter.property",
                    "`object`",
                    property,
                ));
            }
            let value = f.get("value").unwrap_or(&Value::Null);
            match (value.as_str(), container) {
                (Some("page"), _) => Some(Kind::Page),
                (Some("data_source"), Kind::DataSource) => Some(Kind::DataSource),
                (Some("database"), Kind::Database) => Some(Kind::Database),
                _ => {
                    let expected = if container == Kind::DataSource {
                        "`page` or `data_source`"
                    } else {
                        "`page` or `database`"
                    };
                    return Err(ApiError::invalid_field(
                        "body.filter.value",
                        expected,
                        value,
                    ));
                }
            }
        }
    };
    let ascending = match body.get("sort").filter(|s| !s.is_null()) {
        None => false,
        Some(s) => {
            let ts = s.get("timestamp").unwrap_or(&Value::Null);
            if ts.as_str() != Some("last_edited_time") {
                return Err(ApiError::invalid_field(
                    "body.sort.timestamp",
                    "`last_edited_time`",
                    ts,
                ));
            }
            match s.get("direction").and_then(Value::as_str) {
                Some("ascending") => true,
                Some("descending") | None => false,
                Some(d) => {
                    return Err(ApiError::invalid_field(
                        "body.sort.direction",
                        "`ascending` or `descending`",
                        &json!(d),
                    ));
                }
            }
        }
    };
    let size = page_size(body)?;
    let cursor = start_cursor(body)?;
    let mut hits: Vec<(DateTime<Utc>, u64, Kind, String)> = Vec::new();
    let matches = |title: &str| query.is_empty() || title.to_lowercase().contains(&query);
    if wanted.is_none_or(|w| w == Kind::Page) {
        for p in store.pages.values().filter(|p| !p.in_trash) {
            if matches(&store.page_title(p)) {
                hits.push((p.last_edited_time, p.seq, Kind::Page, p.id.clone()));
            }
        }
    }
    if wanted.is_none_or(|w| w == container) {
        if container == Kind::DataSource {
            for d in store.data_sources.values().filter(|d| !d.in_trash) {
                if matches(&crate::rich_text::plain_text(&d.title)) {
                    hits.push((d.last_edited_time, d.seq, Kind::DataSource, d.id.clone()));
                }
            }
        } else {
            for d in store.databases.values().filter(|d| !d.in_trash) {
                if matches(&crate::rich_text::plain_text(&d.title)) {
                    hits.push((d.last_edited_time, d.seq, Kind::Database, d.id.clone()));
                }
            }
        }
    }
    hits.sort_by(|a, b| {
        let o = (a.0, a.1).cmp(&(b.0, b.1));
        if ascending { o } else { o.reverse() }
    });
    let ids: Vec<String> = hits.iter().map(|h| h.3.clone()).collect();
    let (start, end, next) = paginate(&ids, cursor.as_deref(), size)?;
    let results: Vec<Value> = hits[start..end]
        .iter()
        .filter_map(|(_, _, kind, id)| match kind {
            Kind::Page => store
                .pages
                .get(id)
                .map(|p| render::page(store, p, view, None)),
            Kind::DataSource => store
                .data_sources
                .get(id)
                .map(|d| render::data_source(store, d, view)),
            Kind::Database => store
                .databases
                .get(id)
                .map(|d| render::database(store, d, view)),
        })
        .collect();
    let kind = list_type(version);
    let mut obj = Map::new();
    obj.insert("object".into(), json!("list"));
    obj.insert("results".into(), Value::Array(results));
    obj.insert("next_cursor".into(), json!(next));
    obj.insert("has_more".into(), json!(next.is_some()));
    obj.insert("type".into(), json!(kind));
    obj.insert(kind.into(), json!({}));
    Ok(Value::Object(obj))
}

pub(crate) async fn search_route(State(emu): State<Arc<NotionEmulator>>, call: Call) -> Response {
    let result = {
        let store = emu.store();
        search(&store, &call.body, emu.view(call.version))
    };
    call.respond(result)
}
