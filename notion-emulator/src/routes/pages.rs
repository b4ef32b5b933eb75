//! `POST /v1/pages`, `GET /v1/pages/{id}`, `PATCH /v1/pages/{id}`.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::State;
use axum::response::Response;
use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

use super::{bool_field, file_field, trash_flag};
use crate::NotionEmulator;
use crate::blocks::Position;
use crate::call::Call;
use crate::error::ApiError;
use crate::ids::normalize_uuid;
use crate::properties;
use crate::render;
use crate::schema::{PropertyConfig, PropertySchema};
use crate::store::{BlockParent, Page, PageParent, Store};
use crate::version::ApiVersion;

/// The one-property schema of a page that is not a data-source row.
fn plain_page_schema() -> Vec<PropertySchema> {
    vec![PropertySchema {
        id: "title".into(),
        name: "title".into(),
        description: None,
        config: PropertyConfig::Title,
    }]
}

fn parent_id(parent: &Map<String, Value>, key: &str) -> Result<String, ApiError> {
    let raw = parent.get(key).unwrap_or(&Value::Null);
    raw.as_str()
        .and_then(normalize_uuid)
        .ok_or_else(|| ApiError::invalid_field(&format!("body.parent.{key}"), "a valid uuid", raw))
}

/// Creates a page from a `POST /v1/pages` body; returns its id.
pub(crate) fn create(
    store: &mut Store,
    body: &Value,
    _version: ApiVersion,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<String, ApiError> {
    let parent_value = body.get("parent").unwrap_or(&Value::Null);
    let Some(parent) = parent_value.as_object() else {
        return Err(ApiError::invalid_field(
            "body.parent",
            "an object",
            parent_value,
        ));
    };
    let kind = parent
        .get("type")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .or_else(|| {
            ["data_source_id", "database_id", "page_id", "workspace"]
                .into_iter()
                .find(|k| parent.contains_key(*k))
                .map(str::to_owned)
        });
    let parent = match kind.as_deref() {
        Some("data_source_id") => {
            let id = parent_id(parent, "data_source_id")?;
            match store.data_sources.get(&id) {
                Some(ds) if !ds.in_trash => PageParent::DataSource(id),
                _ => return Err(ApiError::not_found("data_source", &id)),
            }
        }
        Some("database_id") => {
            let id = parent_id(parent, "database_id")?;
            let Some(db) = store.databases.get(&id).filter(|d| !d.in_trash) else {
                return Err(ApiError::not_found("database", &id));
            };
            match db.data_source_ids.as_slice() {
                [only] => PageParent::DataSource(only.clone()),
                _ => {
                    return Err(ApiError::validation(format!(
                        "Database {id} has more than one data source. Use a parent of type data_source_id instead."
                    )));
                }
            }
        }
        Some("page_id") => {
            let id = parent_id(parent, "page_id")?;
            match store.pages.get(&id) {
                Some(p) if !p.in_trash => PageParent::Page(id),
                _ => return Err(ApiError::not_found("page", &id)),
            }
        }
        Some("workspace") => PageParent::Workspace,
        _ => {
            return Err(ApiError::invalid_field(
                "body.parent.type",
                "`data_source_id`, `database_id`, `page_id` or `workspace`",
                parent.get("type").unwrap_or(&Value::Null),
            ));
        }
    };
    let children = match body.get("children").filter(|c| !c.is_null()) {
        Some(children) => crate::blocks::parse_children(children, "body.children")?,
        None => Vec::new(),
    };
    let empty = Value::Object(Map::new());
    let input = body
        .get("properties")
        .filter(|p| !p.is_null())
        .unwrap_or(&empty);
    let mut values = HashMap::new();
    let mut unique_number = 0;
    match &parent {
        PageParent::DataSource(ds_id) => {
            let Some(ds) = store.data_sources.get(ds_id) else {
                return Err(ApiError::not_found("data_source", ds_id));
            };
            let mut schema = ds.properties.clone();
            properties::apply(
                &mut schema,
                &mut values,
                input,
                &mut store.ids,
                "body.properties",
            )?;
            if let Some(ds) = store.data_sources.get_mut(ds_id) {
                if ds.properties != schema {
                    ds.properties = schema;
                    ds.last_edited_time = now;
                }
                ds.next_unique_id += 1;
                unique_number = ds.next_unique_id;
            }
        }
        _ => {
            let mut schema = plain_page_schema();
            properties::apply(
                &mut schema,
                &mut values,
                input,
                &mut store.ids,
                "body.properties",
            )?;
        }
    }
    let icon = file_field(body, "icon")?.unwrap_or(Value::Null);
    let cover = file_field(body, "cover")?.unwrap_or(Value::Null);
    let id = store.ids.uuid();
    let seq = store.next_seq();
    store.pages.insert(
        id.clone(),
        Page {
            id: id.clone(),
            parent,
            values,
            unique_number,
            in_trash: false,
            is_locked: false,
            icon,
            cover,
            created_time: now,
            last_edited_time: now,
            created_by: actor.to_owned(),
            last_edited_by: actor.to_owned(),
            seq,
        },
    );
    crate::blocks::insert(
        store,
        &BlockParent::Page(id.clone()),
        children,
        &Position::End,
        actor,
        now,
    );
    Ok(id)
}

/// Applies a `PATCH /v1/pages/{id}` body.
pub(crate) fn update(
    store: &mut Store,
    id: &str,
    body: &Value,
    version: ApiVersion,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let Some(page) = store.pages.get(id) else {
        return Err(ApiError::not_found("page", id));
    };
    let trash = trash_flag(body, version)?;
    let is_locked = bool_field(body, "is_locked")?;
    let icon = file_field(body, "icon")?;
    let cover = file_field(body, "cover")?;
    let input = body.get("properties").filter(|p| !p.is_null());
    let stays_trashed = trash.unwrap_or(page.in_trash);
    if input.is_some() && stays_trashed {
        return Err(ApiError::validation(
            "Can't edit block that is archived. You must unarchive the block before editing.",
        ));
    }
    let mut values = page.values.clone();
    let parent = page.parent.clone();
    if let Some(input) = input {
        match &parent {
            PageParent::DataSource(ds_id) => {
                let Some(ds) = store.data_sources.get(ds_id) else {
                    return Err(ApiError::not_found("data_source", ds_id));
                };
                let mut schema = ds.properties.clone();
                properties::apply(
                    &mut schema,
                    &mut values,
                    input,
                    &mut store.ids,
                    "body.properties",
                )?;
                if let Some(ds) = store.data_sources.get_mut(ds_id)
                    && ds.properties != schema
                {
                    ds.properties = schema;
                    ds.last_edited_time = now;
                }
            }
            _ => {
                let mut schema = plain_page_schema();
                properties::apply(
                    &mut schema,
                    &mut values,
                    input,
                    &mut store.ids,
                    "body.properties",
                )?;
            }
        }
    }
    let Some(page) = store.pages.get_mut(id) else {
        return Err(ApiError::not_found("page", id));
    };
    page.values = values;
    if let Some(t) = trash {
        page.in_trash = t;
    }
    if let Some(l) = is_locked {
        page.is_locked = l;
    }
    if let Some(i) = icon {
        page.icon = i;
    }
    if let Some(c) = cover {
        page.cover = c;
    }
    page.last_edited_time = now;
    page.last_edited_by = actor.to_owned();
    Ok(())
}

fn render_page(
    emu: &NotionEmulator,
    store: &Store,
    id: &str,
    call: &Call,
) -> Result<Value, ApiError> {
    let page = store
        .pages
        .get(id)
        .ok_or_else(|| ApiError::not_found("page", id))?;
    let only = call.filter_properties();
    Ok(render::page(
        store,
        page,
        emu.view(call.version),
        only.as_deref(),
    ))
}

pub(crate) async fn create_route(State(emu): State<Arc<NotionEmulator>>, call: Call) -> Response {
    let result = (|| {
        let now = emu.now();
        let mut store = emu.store();
        let actor = store.bot_user_id.clone();
        let id = create(&mut store, &call.body, call.version, &actor, now)?;
        render_page(&emu, &store, &id, &call)
    })();
    call.respond(result)
}

pub(crate) async fn retrieve_route(State(emu): State<Arc<NotionEmulator>>, call: Call) -> Response {
    let result = (|| {
        let id = call.id_param(3, "page_id")?;
        let store = emu.store();
        render_page(&emu, &store, &id, &call)
    })();
    call.respond(result)
}

pub(crate) async fn update_route(State(emu): State<Arc<NotionEmulator>>, call: Call) -> Response {
    let result = (|| {
        let id = call.id_param(3, "page_id")?;
        let now = emu.now();
        let mut store = emu.store();
        let actor = store.bot_user_id.clone();
        update(&mut store, &id, &call.body, call.version, &actor, now)?;
        render_page(&emu, &store, &id, &call)
    })();
    call.respond(result)
}
