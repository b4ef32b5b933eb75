//! Data sources: a schema (`properties`) and rows. Retrieve, update the schema, search.
//!
//! ```no_run
//! use notion_activity::DataSourceId;
//!
//! # async fn run(client: notion_activity::NotionClient) -> Result<(), notion_activity::Error> {
//! let ds = client.retrieve_data_source(&DataSourceId::from("ds-id")).await?;
//! for (name, property) in &ds.schema().properties {
//!     println!("{name}: {}", property.kind());
//! }
//! # Ok(()) }
//! ```

use futures_util::{StreamExt, TryStreamExt};
use serde::Deserialize;
use serde_json::{Map, Value, json};

use ghl_notion_runtime::paging::{PageOf, cursor_stream};

use crate::client::NotionClient;
use crate::error::{Error, Result};
use crate::ids::{DataSourceId, DatabaseId, PageId};
use crate::models::{null_as_default, trashed};
use crate::properties::Schema;
use crate::properties::schema::{SchemaPatch, plan_migration};
use crate::properties::text::plain_text;
use crate::request::{Request, segment};

/// A data source.
#[derive(Debug, Clone, Deserialize)]
pub struct DataSource {
    /// The id.
    pub id: DataSourceId,
    /// `"data_source"`.
    #[serde(default)]
    pub object: Option<String>,
    /// The title, as rich text.
    #[serde(default, deserialize_with = "null_as_default")]
    pub title: Vec<Value>,
    /// The parent (`{"type":"database_id","database_id":…}`).
    #[serde(default)]
    pub parent: Option<Value>,
    /// The database's parent (`{"type":"page_id","page_id":…}`), when sent.
    #[serde(default)]
    pub database_parent: Option<Value>,
    /// The schema, keyed by property name, as Notion sent it.
    #[serde(default, deserialize_with = "null_as_default")]
    pub properties: Map<String, Value>,
    #[serde(default)]
    in_trash: Option<bool>,
    #[serde(default)]
    archived: Option<bool>,
    /// Fields not typed here.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl DataSource {
    /// The title as plain text.
    pub fn title_text(&self) -> String {
        plain_text(&Value::Array(self.title.clone()))
    }

    /// The typed schema.
    pub fn schema(&self) -> Schema {
        Schema::from_json(&self.properties)
    }

    /// Whether it is in the trash.
    pub fn in_trash(&self) -> bool {
        trashed(self.in_trash, self.archived)
    }

    /// The database holding this data source.
    pub fn database_id(&self) -> Option<DatabaseId> {
        self.parent
            .as_ref()?
            .get("database_id")
            .and_then(Value::as_str)
            .map(DatabaseId::from)
    }

    /// The page the database sits under, when Notion sent `database_parent`.
    pub fn database_parent_page_id(&self) -> Option<PageId> {
        self.database_parent
            .as_ref()?
            .get("page_id")
            .and_then(Value::as_str)
            .map(PageId::from)
    }
}

#[derive(Deserialize)]
struct SearchPage {
    #[serde(default, deserialize_with = "null_as_default")]
    results: Vec<Value>,
    #[serde(default)]
    next_cursor: Option<String>,
    #[serde(default)]
    has_more: bool,
}

impl NotionClient {
    /// Adds the properties (and select options) of `wanted` that data source `id` lacks,
    /// never renaming, retyping or deleting one. Returns the data source as it now is, and
    /// what was added (`mismatched` lists the properties left alone because their type
    /// differs). A `conflict_error` on the update is retried by the pipeline: the update only
    /// adds, so sending it again is safe.
    pub async fn ensure_columns(
        &self,
        id: &DataSourceId,
        wanted: &Schema,
    ) -> Result<(DataSource, SchemaPatch)> {
        let ds = self.retrieve_data_source(id).await?;
        let patch = plan_migration(wanted, &ds.schema());
        if patch.is_empty() {
            return Ok((ds, patch));
        }
        tracing::info!(
            add = ?patch.add.iter().map(|(n, _)| n).collect::<Vec<_>>(),
            options = ?patch.extend_options.iter().map(|(n, _)| n).collect::<Vec<_>>(),
            "adding missing properties and options"
        );
        let updated = self
            .update_data_source_properties(id, patch.to_json())
            .await?;
        Ok((updated, patch))
    }

    /// Retrieves a data source and its schema.
    pub async fn retrieve_data_source(&self, id: &DataSourceId) -> Result<DataSource> {
        self.send(Request::get(
            "/v1/data_sources/{data_source_id}",
            format!("/v1/data_sources/{}", segment(id.as_str())),
        ))
        .await
    }

    /// Updates a data source's schema (`PATCH /v1/data_sources/{id}` with `properties`):
    /// keys are property names or ids; a config adds or changes a property, `null` deletes
    /// it. Idempotent, so retried on 5xx.
    pub async fn update_data_source_properties(
        &self,
        id: &DataSourceId,
        properties: Value,
    ) -> Result<DataSource> {
        self.send(
            Request::patch(
                "/v1/data_sources/{data_source_id}",
                format!("/v1/data_sources/{}", segment(id.as_str())),
            )
            .json(&json!({"properties": properties})),
        )
        .await
    }

    /// Every data source whose title contains `query` (`POST /v1/search`, all pages).
    pub async fn search_data_sources(&self, query: &str) -> Result<Vec<DataSource>> {
        let client = self.clone();
        let query = query.to_owned();
        let stream = cursor_stream(
            None,
            move |cursor: Option<String>| {
                let client = client.clone();
                let mut body = json!({
                    "query": query,
                    "filter": {"property": "object", "value": "data_source"},
                    "page_size": 100,
                });
                if let Some(c) = cursor {
                    body["start_cursor"] = json!(c);
                }
                async move {
                    let page: SearchPage = client
                        .send(
                            Request::post("/v1/search", "/v1/search")
                                .json(&body)
                                .idempotent(true),
                        )
                        .await?;
                    let next = page.next_cursor.filter(|_| page.has_more);
                    Ok(PageOf {
                        items: page.results,
                        next,
                    })
                }
            },
            |c: &String| Error::CursorRepeated { cursor: c.clone() },
        );
        let raw: Vec<Value> = stream.boxed().try_collect().await?;
        Ok(raw
            .into_iter()
            .filter(|v| v.get("object").and_then(Value::as_str) == Some("data_source"))
            .filter_map(|v| serde_json::from_value(v).ok())
            .collect())
    }
}
