//! Pages: rows of a data source. Create, retrieve, update properties, trash and restore.
//!
//! Page creation is **not idempotent** (Notion has no idempotency keys): the pipeline never
//! retries it after a 5xx, a lost connection or a 2xx whose body cannot be decoded, and the
//! error then says the outcome is unknown. Callers that must not duplicate a row (the
//! activity log, the sync's mirror tables) look the row up by a key property after such a
//! failure.
//!
//! ```no_run
//! use notion_activity::{DataSourceId, PropertyValue};
//! use notion_activity::models::page::properties;
//!
//! # async fn run(client: notion_activity::NotionClient) -> Result<(), notion_activity::Error> {
//! let props = properties([
//!     ("Name", PropertyValue::Title("Acme".into())),
//!     ("Stage", PropertyValue::Select(Some("Won".into()))),
//! ]);
//! let page = client.create_page(&DataSourceId::from("ds-id"), props).await?;
//! client.trash_page(&page.id).await?;
//! # Ok(()) }
//! ```

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::{Map, Value, json};

use crate::client::NotionClient;
use crate::error::Result;
use crate::ids::{DataSourceId, PageId};
use crate::models::{null_as_default, trash_body, trashed};
use crate::properties::PropertyValue;
use crate::properties::text::plain_text;
use crate::request::{Request, segment};

/// A page (a row when its parent is a data source).
#[derive(Debug, Clone, Deserialize)]
pub struct Page {
    /// The id.
    pub id: PageId,
    /// `"page"` (query results may also hold data sources, in wikis).
    #[serde(default)]
    pub object: Option<String>,
    /// When it was created (ISO 8601; Notion rounds to the minute).
    #[serde(default)]
    pub created_time: Option<String>,
    /// When it was last edited.
    #[serde(default)]
    pub last_edited_time: Option<String>,
    /// The parent (`{"type":"data_source_id","data_source_id":…,"database_id":…}`).
    #[serde(default)]
    pub parent: Option<Value>,
    /// Property values keyed by name, as Notion sent them.
    #[serde(default, deserialize_with = "null_as_default")]
    pub properties: Map<String, Value>,
    /// The page's Notion URL.
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    in_trash: Option<bool>,
    #[serde(default)]
    archived: Option<bool>,
    /// Fields not typed here.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Page {
    /// Whether the page is in the trash (`in_trash`, or `archived` from older answers).
    pub fn in_trash(&self) -> bool {
        trashed(self.in_trash, self.archived)
    }

    /// Whether this result is a page (not a data source of a wiki).
    pub fn is_page(&self) -> bool {
        self.object.as_deref().is_none_or(|o| o == "page")
    }

    fn prop(&self, name: &str) -> Option<(&str, &Value)> {
        let p = self.properties.get(name)?;
        let kind = p.get("type")?.as_str()?;
        Some((kind, p.get(kind)?))
    }

    /// The plain text of a title, rich-text, URL, email, phone, select or status property.
    pub fn text(&self, name: &str) -> Option<String> {
        let (kind, v) = self.prop(name)?;
        match kind {
            "title" | "rich_text" => Some(plain_text(v)),
            "url" | "email" | "phone_number" => v.as_str().map(str::to_owned),
            "select" | "status" => v.get("name")?.as_str().map(str::to_owned),
            "number" => v.as_f64().map(|n| n.to_string()),
            _ => None,
        }
    }

    /// The option name of a select or status property.
    pub fn select(&self, name: &str) -> Option<String> {
        let (_, v) = self.prop(name)?;
        v.get("name")?.as_str().map(str::to_owned)
    }

    /// A checkbox.
    pub fn checkbox(&self, name: &str) -> Option<bool> {
        self.prop(name)?.1.as_bool()
    }

    /// A number.
    pub fn number(&self, name: &str) -> Option<f64> {
        self.prop(name)?.1.as_f64()
    }

    /// The start of a date property.
    pub fn date_start(&self, name: &str) -> Option<String> {
        self.prop(name)?.1.get("start")?.as_str().map(str::to_owned)
    }

    /// The page ids of a relation property (the first 25, as Notion embeds them).
    pub fn relation(&self, name: &str) -> Vec<PageId> {
        self.prop(name)
            .and_then(|(_, v)| v.as_array())
            .map(|items| {
                items
                    .iter()
                    .filter_map(|i| i.get("id")?.as_str().map(PageId::from))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// `created_time` parsed.
    pub fn created_at(&self) -> Option<DateTime<Utc>> {
        parse_time(self.created_time.as_deref()?)
    }

    /// `last_edited_time` parsed.
    pub fn last_edited_at(&self) -> Option<DateTime<Utc>> {
        parse_time(self.last_edited_time.as_deref()?)
    }
}

fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// Builds a `properties` object from `(name, value)` pairs, with every limit applied.
pub fn properties<'a>(
    values: impl IntoIterator<Item = (&'a str, PropertyValue)>,
) -> Map<String, Value> {
    values
        .into_iter()
        .map(|(name, value)| (name.to_owned(), value.to_json(name)))
        .collect()
}

/// The body of `POST /v1/pages` for a row of `data_source`.
pub fn create_page_body(data_source: &DataSourceId, properties: Map<String, Value>) -> Value {
    json!({
        "parent": {"type": "data_source_id", "data_source_id": data_source.as_str()},
        "properties": properties,
    })
}

fn page_path(id: &PageId) -> String {
    format!("/v1/pages/{}", segment(id.as_str()))
}

impl NotionClient {
    /// Creates a row in `data_source`. Never retried after an unknown outcome (see the
    /// module docs); 429 and 529 are retried, as nothing was written.
    pub async fn create_page(
        &self,
        data_source: &DataSourceId,
        properties: Map<String, Value>,
    ) -> Result<Page> {
        self.send(
            Request::post("/v1/pages", "/v1/pages")
                .json(&create_page_body(data_source, properties)),
        )
        .await
    }

    /// Retrieves a page.
    pub async fn retrieve_page(&self, id: &PageId) -> Result<Page> {
        self.send(Request::get("/v1/pages/{page_id}", page_path(id)))
            .await
    }

    /// Sets some properties of a page (`PATCH`; values are absolute, so it is retried).
    pub async fn update_page(&self, id: &PageId, properties: Map<String, Value>) -> Result<Page> {
        self.send(
            Request::patch("/v1/pages/{page_id}", page_path(id))
                .json(&json!({"properties": properties})),
        )
        .await
    }

    /// Moves a page to the trash (`in_trash: true`; `archived` too under 2025-09-03).
    pub async fn trash_page(&self, id: &PageId) -> Result<Page> {
        self.set_trashed(id, true).await
    }

    /// Restores a page from the trash.
    pub async fn restore_page(&self, id: &PageId) -> Result<Page> {
        self.set_trashed(id, false).await
    }

    async fn set_trashed(&self, id: &PageId, in_trash: bool) -> Result<Page> {
        self.send(
            Request::patch("/v1/pages/{page_id}", page_path(id))
                .json(&trash_body(self.version(), in_trash)),
        )
        .await
    }
}
