//! Response JSON for pages, data sources, databases and users, in the version asked for.

use serde_json::{Map, Value, json};

use crate::dates::timestamp;
use crate::ids::{compact, percent_decode};
use crate::properties::{self, RenderMeta};
use crate::store::{DataSource, Database, Page, PageParent, Store};
use crate::version::ApiVersion;

/// How to render: the API version and timestamp precision.
#[derive(Debug, Clone, Copy)]
pub(crate) struct View {
    pub(crate) version: ApiVersion,
    pub(crate) minute_precision: bool,
}

/// A partial user object `{"object":"user","id":…}`.
pub(crate) fn user_ref(id: &str) -> Value {
    json!({"object": "user", "id": id})
}

/// Adds `in_trash`, and `archived` in versions that still have it.
pub(crate) fn trash_fields(obj: &mut Map<String, Value>, in_trash: bool, version: ApiVersion) {
    if version.has_archived() {
        obj.insert("archived".into(), Value::Bool(in_trash));
    }
    obj.insert("in_trash".into(), Value::Bool(in_trash));
}

fn notion_url(title: &str, id: &str) -> String {
    let slug: String = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        format!("https://www.notion.so/{}", compact(id))
    } else {
        format!("https://www.notion.so/{slug}-{}", compact(id))
    }
}

/// The rendered properties of a page, keyed by property name.
pub(crate) fn page_properties(
    store: &Store,
    page: &Page,
    minute_precision: bool,
) -> Map<String, Value> {
    let created = timestamp(page.created_time, minute_precision);
    let edited = timestamp(page.last_edited_time, minute_precision);
    let meta = RenderMeta {
        created_time: &created,
        last_edited_time: &edited,
        created_by: &page.created_by,
        last_edited_by: &page.last_edited_by,
        unique_number: page.unique_number,
    };
    let mut out = Map::new();
    match &page.parent {
        PageParent::DataSource(ds) => {
            if let Some(ds) = store.data_sources.get(ds) {
                for prop in &ds.properties {
                    out.insert(
                        prop.name.clone(),
                        properties::render(prop, page.values.get(&prop.id), &meta),
                    );
                }
            }
        }
        _ => {
            let title = page
                .values
                .get("title")
                .cloned()
                .unwrap_or_else(|| json!([]));
            out.insert(
                "title".into(),
                json!({"id": "title", "type": "title", "title": title}),
            );
        }
    }
    out
}

/// Keeps only the properties whose id is listed (`filter_properties`).
pub(crate) fn keep_properties(props: Map<String, Value>, ids: &[String]) -> Map<String, Value> {
    props
        .into_iter()
        .filter(|(_, v)| {
            let id = v.get("id").and_then(Value::as_str).unwrap_or_default();
            ids.iter()
                .any(|want| want == id || percent_decode(want) == percent_decode(id))
        })
        .collect()
}

/// A page object.
pub(crate) fn page(store: &Store, page: &Page, view: View, only: Option<&[String]>) -> Value {
    let mut props = page_properties(store, page, view.minute_precision);
    if let Some(ids) = only {
        props = keep_properties(props, ids);
    }
    let parent = match &page.parent {
        PageParent::DataSource(ds) => {
            let db = store
                .data_sources
                .get(ds)
                .map(|d| d.database_id.clone())
                .unwrap_or_default();
            if view.version.has_data_sources() {
                json!({"type": "data_source_id", "data_source_id": ds, "database_id": db})
            } else {
                json!({"type": "database_id", "database_id": db})
            }
        }
        PageParent::Page(p) => json!({"type": "page_id", "page_id": p}),
        PageParent::Workspace => json!({"type": "workspace", "workspace": true}),
    };
    let mut obj = Map::new();
    obj.insert("object".into(), json!("page"));
    obj.insert("id".into(), json!(page.id));
    obj.insert(
        "created_time".into(),
        json!(timestamp(page.created_time, view.minute_precision)),
    );
    obj.insert(
        "last_edited_time".into(),
        json!(timestamp(page.last_edited_time, view.minute_precision)),
    );
    obj.insert("created_by".into(), user_ref(&page.created_by));
    obj.insert("last_edited_by".into(), user_ref(&page.last_edited_by));
    obj.insert("cover".into(), page.cover.clone());
    obj.insert("icon".into(), page.icon.clone());
    obj.insert("parent".into(), parent);
    trash_fields(&mut obj, page.in_trash, view.version);
    obj.insert("is_locked".into(), json!(page.is_locked));
    obj.insert("properties".into(), Value::Object(props));
    obj.insert(
        "url".into(),
        json!(notion_url(&store.page_title(page), &page.id)),
    );
    obj.insert("public_url".into(), Value::Null);
    Value::Object(obj)
}

/// A data-source object.
pub(crate) fn data_source(store: &Store, ds: &DataSource, view: View) -> Value {
    let database = store.databases.get(&ds.database_id);
    let mut obj = Map::new();
    obj.insert("object".into(), json!("data_source"));
    obj.insert("id".into(), json!(ds.id));
    obj.insert(
        "created_time".into(),
        json!(timestamp(ds.created_time, view.minute_precision)),
    );
    obj.insert(
        "last_edited_time".into(),
        json!(timestamp(ds.last_edited_time, view.minute_precision)),
    );
    obj.insert("created_by".into(), user_ref(&ds.created_by));
    obj.insert("last_edited_by".into(), user_ref(&ds.last_edited_by));
    obj.insert("cover".into(), Value::Null);
    obj.insert("icon".into(), ds.icon.clone());
    obj.insert(
        "parent".into(),
        json!({"type": "database_id", "database_id": ds.database_id}),
    );
    obj.insert(
        "database_parent".into(),
        json!({"type": "page_id", "page_id": database.map(|d| d.parent_page_id.as_str())}),
    );
    trash_fields(&mut obj, ds.in_trash, view.version);
    obj.insert(
        "is_inline".into(),
        json!(database.is_some_and(|d| d.is_inline)),
    );
    let props: Map<String, Value> = ds
        .properties
        .iter()
        .map(|p| (p.name.clone(), p.render()))
        .collect();
    obj.insert("properties".into(), Value::Object(props));
    obj.insert("title".into(), Value::Array(ds.title.clone()));
    obj.insert("description".into(), Value::Array(ds.description.clone()));
    let title = crate::rich_text::plain_text(&ds.title);
    obj.insert("url".into(), json!(notion_url(&title, &ds.database_id)));
    obj.insert("public_url".into(), Value::Null);
    Value::Object(obj)
}

/// A database object (legacy versions: with the first data source's `properties`).
pub(crate) fn database(store: &Store, db: &Database, view: View) -> Value {
    let mut obj = Map::new();
    obj.insert("object".into(), json!("database"));
    obj.insert("id".into(), json!(db.id));
    obj.insert(
        "created_time".into(),
        json!(timestamp(db.created_time, view.minute_precision)),
    );
    obj.insert(
        "last_edited_time".into(),
        json!(timestamp(db.last_edited_time, view.minute_precision)),
    );
    obj.insert("created_by".into(), user_ref(&db.created_by));
    obj.insert("last_edited_by".into(), user_ref(&db.last_edited_by));
    obj.insert("title".into(), Value::Array(db.title.clone()));
    obj.insert("description".into(), Value::Array(db.description.clone()));
    obj.insert("icon".into(), db.icon.clone());
    obj.insert("cover".into(), db.cover.clone());
    obj.insert(
        "parent".into(),
        json!({"type": "page_id", "page_id": db.parent_page_id}),
    );
    obj.insert("is_inline".into(), json!(db.is_inline));
    trash_fields(&mut obj, db.in_trash, view.version);
    obj.insert("is_locked".into(), json!(db.is_locked));
    if view.version.has_data_sources() {
        let sources: Vec<Value> = db
            .data_source_ids
            .iter()
            .filter_map(|id| store.data_sources.get(id))
            .map(|ds| json!({"id": ds.id, "name": crate::rich_text::plain_text(&ds.title)}))
            .collect();
        obj.insert("data_sources".into(), Value::Array(sources));
    } else {
        let props: Map<String, Value> = db
            .data_source_ids
            .first()
            .and_then(|id| store.data_sources.get(id))
            .map(|ds| {
                ds.properties
                    .iter()
                    .map(|p| (p.name.clone(), p.render()))
                    .collect()
            })
            .unwrap_or_default();
        obj.insert("properties".into(), Value::Object(props));
    }
    let title = crate::rich_text::plain_text(&db.title);
    obj.insert("url".into(), json!(notion_url(&title, &db.id)));
    obj.insert("public_url".into(), Value::Null);
    Value::Object(obj)
}

/// The integration's bot user.
pub(crate) fn bot_user(store: &Store, name: &str, workspace: &str) -> Value {
    json!({
        "object": "user",
        "id": store.bot_user_id,
        "name": name,
        "avatar_url": null,
        "type": "bot",
        "bot": {"owner": {"type": "workspace", "workspace": true}, "workspace_name": workspace},
    })
}

/// The workspace's one human member.
pub(crate) fn person_user(store: &Store) -> Value {
    json!({
        "object": "user",
        "id": store.person_user_id,
        "name": "Sandbox Human",
        "avatar_url": null,
        "type": "person",
        "person": {"email": "human@sandbox.invalid"},
    })
}
