//! `POST /v1/databases`, `GET`/`PATCH /v1/databases/{id}` and the deprecated
//! `POST /v1/databases/{id}/query` (answered when the database has one data source).

use std::sync::Arc;

use axum::extract::State;
use axum::response::Response;
use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use super::{bool_field, file_field, rich_text_field, trash_flag};
use crate::NotionEmulator;
use crate::call::Call;
use crate::error::ApiError;
use crate::ids::normalize_uuid;
use crate::render;
use crate::schema;
use crate::store::{DataSource, Database, Store};
use crate::version::ApiVersion;

/// Creates a database and its first data source; returns the database id.
pub(crate) fn create(
    store: &mut Store,
    body: &Value,
    version: ApiVersion,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<String, ApiError> {
    let parent = body.get("parent").unwrap_or(&Value::Null);
    if !parent.is_object() {
        return Err(ApiError::invalid_field("body.parent", "an object", parent));
    }
    if let Some(t) = parent
        .get("type")
        .and_then(Value::as_str)
        .filter(|t| *t != "page_id")
    {
        return Err(ApiError::invalid_field(
            "body.parent.type",
            "`page_id`",
            &json!(t),
        ));
    }
    let raw = parent.get("page_id").unwrap_or(&Value::Null);
    let Some(page_id) = raw.as_str().and_then(normalize_uuid) else {
        return Err(ApiError::invalid_field(
            "body.parent.page_id",
            "a valid uuid",
            raw,
        ));
    };
    if store.pages.get(&page_id).is_none_or(|p| p.in_trash) {
        return Err(ApiError::not_found("page", &page_id));
    }
    let title = rich_text_field(body, "title")?.unwrap_or_default();
    let description = rich_text_field(body, "description")?.unwrap_or_default();
    let is_inline = bool_field(body, "is_inline")?.unwrap_or(false);
    let icon = file_field(body, "icon")?.unwrap_or(Value::Null);
    let cover = file_field(body, "cover")?.unwrap_or(Value::Null);
    let initial = body.get("initial_data_source").filter(|v| !v.is_null());
    if let Some(i) = initial
        && !i.is_object()
    {
        return Err(ApiError::invalid_field(
            "body.initial_data_source",
            "an object",
            i,
        ));
    }
    let (props, path) = match (
        version.has_data_sources(),
        initial.and_then(|i| i.get("properties")),
    ) {
        (true, Some(p)) => (p.clone(), "body.initial_data_source.properties"),
        _ => match body.get("properties").filter(|p| !p.is_null()) {
            Some(p) => (p.clone(), "body.properties"),
            None => (json!({"Name": {"title": {}}}), "body.properties"),
        },
    };
    let properties = store.with_schema_env(|env| schema::create(&props, path, env))?;
    let ds_title = match initial
        .map(|i| rich_text_field(i, "title"))
        .transpose()?
        .flatten()
    {
        Some(t) => t,
        None => title.clone(),
    };
    let db_id = store.ids.uuid();
    let ds_id = store.ids.uuid();
    let seq = store.next_seq();
    store.data_sources.insert(
        ds_id.clone(),
        DataSource {
            id: ds_id.clone(),
            database_id: db_id.clone(),
            title: ds_title,
            description: description.clone(),
            properties,
            in_trash: false,
            icon: icon.clone(),
            created_time: now,
            last_edited_time: now,
            created_by: actor.to_owned(),
            last_edited_by: actor.to_owned(),
            next_unique_id: 0,
            seq,
        },
    );
    store.databases.insert(
        db_id.clone(),
        Database {
            id: db_id.clone(),
            parent_page_id: page_id,
            title,
            description,
            is_inline,
            is_locked: false,
            in_trash: false,
            icon,
            cover,
            created_time: now,
            last_edited_time: now,
            created_by: actor.to_owned(),
            last_edited_by: actor.to_owned(),
            data_source_ids: vec![ds_id],
            seq,
        },
    );
    Ok(db_id)
}

/// Applies a `PATCH /v1/databases/{id}` body.
fn update(
    store: &mut Store,
    id: &str,
    body: &Value,
    version: ApiVersion,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    if !store.databases.contains_key(id) {
        return Err(ApiError::not_found("database", id));
    }
    let title = rich_text_field(body, "title")?;
    let description = rich_text_field(body, "description")?;
    let is_inline = bool_field(body, "is_inline")?;
    let is_locked = bool_field(body, "is_locked")?;
    let icon = file_field(body, "icon")?;
    let cover = file_field(body, "cover")?;
    let trash = trash_flag(body, version)?;
    if let Some(props) = body.get("properties").filter(|p| !p.is_null()) {
        if version.has_data_sources() {
            return Err(ApiError::invalid_field(
                "body.properties",
                "not present (update the data source instead)",
                props,
            ));
        }
        let ds_id = store
            .databases
            .get(id)
            .and_then(|d| d.data_source_ids.first().cloned())
            .unwrap_or_default();
        let mut schema = store
            .data_sources
            .get(&ds_id)
            .map(|d| d.properties.clone())
            .unwrap_or_default();
        store.with_schema_env(|env| schema::update(&mut schema, props, "body.properties", env))?;
        if let Some(ds) = store.data_sources.get_mut(&ds_id) {
            ds.properties = schema;
            ds.last_edited_time = now;
        }
    }
    let Some(db) = store.databases.get_mut(id) else {
        return Err(ApiError::not_found("database", id));
    };
    if let Some(t) = title {
        db.title = t;
    }
    if let Some(d) = description {
        db.description = d;
    }
    if let Some(v) = is_inline {
        db.is_inline = v;
    }
    if let Some(v) = is_locked {
        db.is_locked = v;
    }
    if let Some(v) = icon {
        db.icon = v;
    }
    if let Some(v) = cover {
        db.cover = v;
    }
    db.last_edited_time = now;
    db.last_edited_by = actor.to_owned();
    let sources = db.data_source_ids.clone();
    if let Some(t) = trash {
        db.in_trash = t;
        for ds in sources {
            if let Some(ds) = store.data_sources.get_mut(&ds) {
                ds.in_trash = t;
            }
        }
    }
    Ok(())
}

fn render_db(
    emu: &NotionEmulator,
    store: &Store,
    id: &str,
    version: ApiVersion,
) -> Result<Value, ApiError> {
    let db = store
        .databases
        .get(id)
        .ok_or_else(|| ApiError::not_found("database", id))?;
    Ok(render::database(store, db, emu.view(version)))
}

pub(crate) async fn create_route(State(emu): State<Arc<NotionEmulator>>, call: Call) -> Response {
    let result = (|| {
        let now = emu.now();
        let mut store = emu.store();
        let actor = store.bot_user_id.clone();
        let id = create(&mut store, &call.body, call.version, &actor, now)?;
        render_db(&emu, &store, &id, call.version)
    })();
    call.respond(result)
}

pub(crate) async fn retrieve_route(State(emu): State<Arc<NotionEmulator>>, call: Call) -> Response {
    let result = (|| {
        let id = call.id_param(3, "database_id")?;
        let store = emu.store();
        render_db(&emu, &store, &id, call.version)
    })();
    call.respond(result)
}

pub(crate) async fn update_route(State(emu): State<Arc<NotionEmulator>>, call: Call) -> Response {
    let result = (|| {
        let id = call.id_param(3, "database_id")?;
        let now = emu.now();
        let mut store = emu.store();
        let actor = store.bot_user_id.clone();
        update(&mut store, &id, &call.body, call.version, &actor, now)?;
        render_db(&emu, &store, &id, call.version)
    })();
    call.respond(result)
}

pub(crate) async fn query_route(State(emu): State<Arc<NotionEmulator>>, call: Call) -> Response {
    let result = (|| {
        let id = call.id_param(3, "database_id")?;
        let store = emu.store();
        let db = store
            .databases
            .get(&id)
            .ok_or_else(|| ApiError::not_found("database", &id))?;
        let [ds_id] = db.data_source_ids.as_slice() else {
            return Err(ApiError::validation(format!(
                "Database {id} has more than one data source. Query a data source instead."
            )));
        };
        let only = call.filter_properties();
        let run = super::query::QueryRun {
            view: emu.view(call.version),
            now: emu.now(),
            cap: emu.config().query_result_cap,
            only: only.as_deref(),
        };
        super::query::run(&store, ds_id, &call.body, &run)
    })();
    call.respond(result)
}
