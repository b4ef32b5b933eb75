//! Databases: containers of one or more data sources (2025-09-03 and later).
//!
//! A database is created under a page together with its first data source; rows and schema
//! then live on the data source, whose id is read from `data_sources[0].id`.
//!
//! ```no_run
//! use notion_activity::models::database::CreateDatabase;
//! use notion_activity::properties::Schema;
//!
//! # async fn run(client: notion_activity::NotionClient) -> Result<(), notion_activity::Error> {
//! let db = client
//!     .create_database(&CreateDatabase::new("page-id", "Contacts", Schema::new().title("Name")))
//!     .await?;
//! let data_source = db.first_data_source()?;
//! # Ok(()) }
//! ```

use serde::Deserialize;
use serde_json::{Map, Value, json};

use crate::client::NotionClient;
use crate::error::{Error, Result};
use crate::ids::{DataSourceId, DatabaseId, PageId};
use crate::models::{null_as_default, trashed};
use crate::properties::Schema;
use crate::properties::text::{plain_text, rich_text};
use crate::request::{Request, segment};

/// A data source listed on a database.
#[derive(Debug, Clone, Deserialize)]
pub struct DataSourceRef {
    /// Its id.
    pub id: DataSourceId,
    /// Its name.
    #[serde(default)]
    pub name: Option<String>,
}

/// A database.
#[derive(Debug, Clone, Deserialize)]
pub struct Database {
    /// The id.
    pub id: DatabaseId,
    /// The title, as rich text.
    #[serde(default, deserialize_with = "null_as_default")]
    pub title: Vec<Value>,
    /// The parent (`{"type":"page_id","page_id":…}`).
    #[serde(default)]
    pub parent: Option<Value>,
    /// Its data sources.
    #[serde(default, deserialize_with = "null_as_default")]
    pub data_sources: Vec<DataSourceRef>,
    #[serde(default)]
    in_trash: Option<bool>,
    #[serde(default)]
    archived: Option<bool>,
    /// Fields not typed here.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Database {
    /// The title as plain text.
    pub fn title_text(&self) -> String {
        plain_text(&Value::Array(self.title.clone()))
    }

    /// Whether the database is in the trash.
    pub fn in_trash(&self) -> bool {
        trashed(self.in_trash, self.archived)
    }

    /// The page this database sits under, if its parent is a page.
    pub fn parent_page_id(&self) -> Option<PageId> {
        let parent = self.parent.as_ref()?;
        parent
            .get("page_id")
            .and_then(Value::as_str)
            .map(PageId::from)
    }

    /// The id of the first data source (the one created with the database).
    pub fn first_data_source(&self) -> Result<DataSourceId> {
        self.data_sources
            .first()
            .map(|d| d.id.clone())
            .ok_or_else(|| Error::Unexpected(format!("database {} has no data source", self.id)))
    }
}

/// The body of `POST /v1/databases`.
#[derive(Debug, Clone)]
pub struct CreateDatabase {
    /// The page to create it under.
    pub parent_page_id: PageId,
    /// The title.
    pub title: String,
    /// The schema of the initial data source.
    pub schema: Schema,
    /// Whether it is shown inline on the parent page.
    pub is_inline: bool,
}

impl CreateDatabase {
    /// A full-page database titled `title` under `parent`, with `schema`.
    pub fn new(parent: impl Into<PageId>, title: impl Into<String>, schema: Schema) -> Self {
        Self {
            parent_page_id: parent.into(),
            title: title.into(),
            schema,
            is_inline: false,
        }
    }

    /// The JSON body.
    pub fn to_json(&self) -> Value {
        json!({
            "parent": {"type": "page_id", "page_id": self.parent_page_id.as_str()},
            "title": rich_text(&self.title),
            "is_inline": self.is_inline,
            "initial_data_source": {"properties": self.schema.to_json()},
        })
    }

    /// The request (not idempotent: a repeat would create a second database).
    pub fn request(&self) -> Request {
        Request::post("/v1/databases", "/v1/databases").json(&self.to_json())
    }
}

impl NotionClient {
    /// Creates a database with its initial data source (`POST /v1/databases`).
    pub async fn create_database(&self, body: &CreateDatabase) -> Result<Database> {
        self.send(body.request()).await
    }

    /// Retrieves a database and the list of its data sources.
    pub async fn retrieve_database(&self, id: &DatabaseId) -> Result<Database> {
        self.send(Request::get(
            "/v1/databases/{database_id}",
            format!("/v1/databases/{}", segment(id.as_str())),
        ))
        .await
    }
}
