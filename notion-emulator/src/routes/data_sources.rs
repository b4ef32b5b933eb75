//! `POST /v1/data_sources`, `GET`/`PATCH /v1/data_sources/{id}` and
//! `POST /v1/data_sources/{id}/query` (not available before 2025-09-03).

use std::sync::Arc;

use axum::extract::State;
use axum::response::Response;
use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use super::query::{QueryRun, run};
use super::{file_field, rich_text_field, trash_flag};
use crate::NotionEmulator;
use crate::call::Call;
use crate::error::ApiError;
use crate::ids::normalize_uuid;
use crate::render;
use crate::schema;
use crate::store::{DataSource, Store};
use crate::version::ApiVersion;

/// Adds a data source to a database (`parent.database_id`, as in the SDK), or creates a new
/// database holding it under a page (`parent.page_id`, as in the OpenAPI description).
fn create(
    store: &mut Store,
    body: &Value,
    version: ApiVersion,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<String, ApiError> {
    let parent = body.get("parent").unwrap_or(&Value::Null);
    let Some(pobj) = parent.as_object() else {
        return Err(ApiError::invalid_field("body.parent", "an object", parent));
    };
    let props = body.get("properties").unwrap_or(&Value::Null);
    if props.is_null() {
        return Err(ApiError::body(
            "body.properties should be defined, instead was `undefined`",
        ));
    }
    if pobj.get("type").and_then(Value::as_str) == Some("page_id")
        || (!pobj.contains_key("database_id") && pobj.contains_key("page_id"))
    {
        let mut db_body = json!({"parent": parent, "initial_data_source": {"properties": props}});
        if let Some(t) = body.get("title") {
            db_body["title"] = t.clone();
        }
        let db_id = crate::routes::databases::create(store, &db_body, version, actor, now)?;
        return store
            .databases
            .get(&db_id)
            .and_then(|d| d.data_source_ids.first().cloned())
            .ok_or_else(|| ApiError::not_found("database", &db_id));
    }
    let raw = pobj.get("database_id").unwrap_or(&Value::Null);
    let Some(db_id) = raw.as_str().and_then(normalize_uuid) else {
        return Err(ApiError::invalid_field(
            "body.parent.database_id",
            "a valid uuid",
            raw,
        ));
    };
    if store.databases.get(&db_id).is_none_or(|d| d.in_trash) {
        return Err(ApiError::not_found("database", &db_id));
    }
    let properties = store.with_schema_env(|env| schema::create(props, "body.properties", env))?;
    let title = rich_text_field(body, "title")?.unwrap_or_default();
    let icon = file_field(body, "icon")?.unwrap_or(Value::Null);
    let id = store.ids.uuid();
    let seq = store.next_seq();
    store.data_sources.insert(
        id.clone(),
        DataSource {
            id: id.clone(),
            database_id: db_id.clone(),
            title,
            description: Vec::new(),
            properties,
            in_trash: false,
            icon,
            created_time: now,
            last_edited_time: now,
            created_by: actor.to_owned(),
            last_edited_by: actor.to_owned(),
            next_unique_id: 0,
            seq,
        },
    );
    if let Some(db) = store.databases.get_mut(&db_id) {
        db.data_source_ids.push(id.clone());
        db.last_edited_time = now;
    }
    Ok(id)
}

/// Applies a `PATCH /v1/data_sources/{id}` body.
fn update(
    store: &mut Store,
    id: &str,
    body: &Value,
    version: ApiVersion,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let Some(ds) = store.data_sources.get(id) else {
        return Err(ApiError::not_found("data_source", id));
    };
    let mut properties = ds.properties.clone();
    let title = rich_text_field(body, "title")?;
    let description = rich_text_field(body, "description")?;
    let icon = file_field(body, "icon")?;
    let trash = trash_flag(body, version)?;
    if let Some(change) = body.get("properties").filter(|p| !p.is_null()) {
        store.with_schema_env(|env| {
            schema::update(&mut properties, change, "body.properties", env)
        })?;
    }
    let Some(ds) = store.data_sources.get_mut(id) else {
        return Err(ApiError::not_found("data_source", id));
    };
    ds.properties = properties;
    if let Some(t) = title {
        ds.title = t;
    }
    if let Some(d) = description {
        ds.description = d;
    }
    if let Some(i) = icon {
        ds.icon = i;
    }
    if let Some(t) = trash {
        ds.in_trash = t;
    }
    ds.last_edited_time = now;
    ds.last_edited_by = actor.to_owned();
    Ok(())
}

fn render_ds(
    emu: &NotionEmulator,
    store: &Store,
    id: &str,
    version: ApiVersion,
) -> Result<Value, ApiError> {
    let ds = store
        .data_sources
        .get(id)
        .ok_or_else(|| ApiError::not_found("data_source", id))?;
    Ok(render::data_source(store, ds, emu.view(version)))
}

pub(crate) async fn create_route(State(emu): State<Arc<NotionEmulator>>, call: Call) -> Response {
    let result = (|| {
        let now = emu.now();
        let mut store = emu.store();
        let actor = store.bot_user_id.clone();
        let id = create(&mut store, &call.body, call.version, &actor, now)?;
        render_ds(&emu, &store, &id, call.version)
    })();
    call.respond(result)
}

pub(crate) async fn retrieve_route(State(emu): State<Arc<NotionEmulator>>, call: Call) -> Response {
    let result = (|| {
        let id = call.id_param(3, "data_source_id")?;
        let store = emu.store();
        render_ds(&emu, &store, &id, call.version)
    })();
    call.respond(result)
}

pub(crate) async fn update_route(State(emu): State<Arc<NotionEmulator>>, call: Call) -> Response {
    let result = (|| {
        let id = call.id_param(3, "data_source_id")?;
        let now = emu.now();
        let mut store = emu.store();
        let actor = store.bot_user_id.clone();
        update(&mut store, &id, &call.body, call.version, &actor, now)?;
        render_ds(&emu, &store, &id, call.version)
    })();
    call.respond(result)
}

pub(crate) async fn query_route(State(emu): State<Arc<NotionEmulator>>, call: Call) -> Response {
    let result = (|| {
        let id = call.id_param(3, "data_source_id")?;
        let store = emu.store();
        let only = call.filter_properties();
        let query = QueryRun {
            view: emu.view(call.version),
            now: emu.now(),
            cap: emu.config().query_result_cap,
            only: only.as_deref(),
        };
        run(&store, &id, &call.body, &query)
    })();
    call.respond(result)
}
