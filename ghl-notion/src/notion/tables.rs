//! The tables a [`NotionSink`](super::NotionSink) writes: mirror tables (one row per source
//! record, written through the Notion client) and event tables (an [`ActivityLog`]), and how they are found
//! or created under a parent page.
//!
//! A mirror table's columns are declared up front in [`MirrorOptions`]: the hashed properties
//! the strategy emits (name and [`ValueKind`]) and the stamps it writes. Finding or creating a
//! table adds the columns it lacks and never renames, retypes or deletes one, so people can
//! keep their own columns beside the mirrored ones.
//!
//! ```
//! use ghl_notion::notion::MirrorOptions;
//! use sync_core::projection::ValueKind;
//!
//! let options = MirrorOptions::new()
//!     .key_property("GHL ID")
//!     .property("Name", ValueKind::Title)
//!     .property("Stage", ValueKind::Select)
//!     .property("Value", ValueKind::Number);
//! assert_eq!(options.title_property(), Some("Name"));
//! ```

use std::collections::BTreeMap;

use futures_util::StreamExt;
use serde_json::json;
use sync_core::projection::ValueKind;
use sync_core::strategy::TableSchema;

use ghl_notion_runtime::paging::{PageOf, cursor_stream};

use notion_activity::activity::{ActivityLog, find_or_create, find_under};
use notion_activity::client::NotionClient;
use notion_activity::error::{Error, Result};
use notion_activity::ids::DataSourceId;
use notion_activity::models::page::Page;
use notion_activity::models::query::{
    BoxStream, Direction, Filter, QueryRequest, QueryResponse, Sort,
};
use notion_activity::properties::PropertySchema;
use notion_activity::properties::Schema;
use notion_activity::properties::schema::plan_migration;
use notion_activity::properties::value::PropertyKind;
use notion_activity::request::{Request, segment};

use super::convert::{property_kind, property_schema};
use super::known::KnownSchema;

/// How one mirror table is laid out (see the module docs).
#[derive(Debug, Clone, PartialEq)]
pub struct MirrorOptions {
    /// The rich-text column holding the source record's key (default "GHL ID").
    pub key_property: String,
    /// The hashed properties the strategy emits, by name, in column order. The one of kind
    /// [`ValueKind::Title`] is the title column; without one, a "Name" title is created and
    /// left empty.
    pub properties: Vec<(String, ValueKind)>,
    /// Columns written with each row but not hashed (default: "Last Synced", a date).
    pub stamps: Vec<(String, ValueKind)>,
    /// The data source each relation property points at.
    pub relation_targets: Vec<(String, DataSourceId)>,
    /// The checkbox marking rows the sync owns (default "Managed by sync").
    pub owner_property: String,
    /// The rich-text column holding the row's [`Fingerprint`](super::convert::Fingerprint)
    /// (default "Sync Fingerprint").
    pub fingerprint_property: String,
    /// Use this data source instead of finding or creating one by title.
    pub data_source_id: Option<DataSourceId>,
}

impl Default for MirrorOptions {
    fn default() -> Self {
        Self::new()
    }
}

impl MirrorOptions {
    /// Key "GHL ID", no properties yet, a "Last Synced" date stamp, the default markers.
    pub fn new() -> Self {
        Self {
            key_property: "GHL ID".into(),
            properties: Vec::new(),
            stamps: vec![("Last Synced".into(), ValueKind::Date)],
            relation_targets: Vec::new(),
            owner_property: "Managed by sync".into(),
            fingerprint_property: "Sync Fingerprint".into(),
            data_source_id: None,
        }
    }

    /// The options for a table whose columns a strategy declared
    /// ([`Strategy::schema`](sync_core::Strategy::schema)): its properties and stamps, with
    /// the default key, ownership and fingerprint columns.
    pub fn from_schema(schema: &TableSchema) -> Self {
        Self {
            properties: schema.properties.clone(),
            stamps: schema.stamps.clone(),
            ..Self::new()
        }
    }

    /// Sets the key column.
    pub fn key_property(mut self, name: impl Into<String>) -> Self {
        self.key_property = name.into();
        self
    }

    /// Declares a hashed property.
    pub fn property(mut self, name: impl Into<String>, kind: ValueKind) -> Self {
        self.properties.push((name.into(), kind));
        self
    }

    /// Declares a hashed relation property pointing at `target`.
    pub fn relation(mut self, name: impl Into<String>, target: impl Into<DataSourceId>) -> Self {
        let name = name.into();
        self.properties.push((name.clone(), ValueKind::Relation));
        self.relation_targets.push((name, target.into()));
        self
    }

    /// Replaces the stamps (e.g. `[]` for none, or a renamed "Last Synced").
    pub fn stamps(mut self, stamps: Vec<(String, ValueKind)>) -> Self {
        self.stamps = stamps;
        self
    }

    /// Writes to an existing data source instead of finding or creating one by title.
    pub fn data_source(mut self, id: impl Into<DataSourceId>) -> Self {
        self.data_source_id = Some(id.into());
        self
    }

    /// The declared title property, if any.
    pub fn title_property(&self) -> Option<&str> {
        self.properties
            .iter()
            .find(|(_, k)| *k == ValueKind::Title)
            .map(|(n, _)| n.as_str())
    }

    fn column_schema(&self, name: &str, kind: ValueKind) -> Result<PropertySchema> {
        if let Some(schema) = property_schema(kind) {
            return Ok(schema);
        }
        self.relation_targets
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, target)| PropertySchema::relation(target.clone()))
            .ok_or_else(|| {
                Error::Config(format!(
                    "relation property {name:?} needs a target: use MirrorOptions::relation"
                ))
            })
    }

    /// The Notion schema these options describe: the title, the key, every declared
    /// property and stamp, the ownership checkbox and the fingerprint column.
    pub fn schema(&self) -> Result<Schema> {
        let title = self.title_property().unwrap_or("Name");
        let mut schema = Schema::new()
            .title(title)
            .rich_text(self.key_property.clone());
        for (name, kind) in self.properties.iter().chain(&self.stamps) {
            if *kind == ValueKind::Title || *name == self.key_property {
                continue;
            }
            schema = schema.with(name.clone(), self.column_schema(name, *kind)?);
        }
        Ok(schema
            .checkbox(self.owner_property.clone())
            .rich_text(self.fingerprint_property.clone()))
    }
}

/// A column of an existing Notion table that contradicts the declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The property name.
    pub property: String,
    /// What the table has there (a type, or "no such column: the title is X").
    pub found: String,
    /// What the sync declares.
    pub wanted: String,
}

/// What an existing table lacks or contradicts, found by reading only.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TableCheck {
    /// The data source, if the table exists.
    pub data_source_id: Option<DataSourceId>,
    /// Declared columns the table lacks (they are added on the first run).
    pub missing: Vec<String>,
    /// Declared columns the table has with another type (nothing is written until fixed).
    pub conflicts: Vec<Conflict>,
}

/// Reads the table titled `title` under `parent_page_id` (or `options.data_source_id`) and
/// compares its columns with `options`, writing nothing. A table that does not exist yet
/// has nothing to conflict with.
pub async fn check_table(
    client: &NotionClient,
    parent_page_id: &str,
    title: &str,
    options: &MirrorOptions,
) -> Result<TableCheck> {
    let ds_id = match &options.data_source_id {
        Some(id) => Some(id.clone()),
        None => find_under(client, parent_page_id, title).await?,
    };
    let Some(ds_id) = ds_id else {
        return Ok(TableCheck::default());
    };
    let existing = client.retrieve_data_source(&ds_id).await?.schema();
    let wanted = options.schema()?;
    let patch = plan_migration(&wanted, &existing);
    let mut conflicts: Vec<Conflict> = patch
        .mismatched
        .iter()
        .filter(|m| !(m.wanted == PropertyKind::Select && m.found == PropertyKind::Status))
        .map(|m| Conflict {
            property: m.name.clone(),
            found: m.found.to_string(),
            wanted: m.wanted.to_string(),
        })
        .collect();
    if let Some((wanted_title, found_title)) = patch.title_alias {
        conflicts.push(Conflict {
            property: wanted_title,
            found: format!("no such column (the table's title column is {found_title:?})"),
            wanted: PropertyKind::Title.to_string(),
        });
    }
    Ok(TableCheck {
        data_source_id: Some(ds_id),
        missing: patch.add.into_iter().map(|(name, _)| name).collect(),
        conflicts,
    })
}

/// A mirror table, ready to write.
#[derive(Debug, Clone)]
pub(crate) struct MirrorTable {
    pub(crate) client: NotionClient,
    pub(crate) data_source_id: DataSourceId,
    pub(crate) options: MirrorOptions,
    /// Column types of every declared property and stamp, as the data source has them.
    pub(crate) columns: BTreeMap<String, PropertyKind>,
    /// The hashed property names.
    pub(crate) hashed: Vec<String>,
}

/// An event table, ready to append.
#[derive(Debug, Clone)]
pub(crate) struct EventTable {
    pub(crate) log: ActivityLog,
}

impl MirrorTable {
    /// Finds or creates the table, adds missing columns and checks the declared ones.
    pub(crate) async fn ensure(
        client: NotionClient,
        parent_page_id: &str,
        title: &str,
        options: MirrorOptions,
    ) -> Result<Self> {
        let wanted = options.schema()?;
        let ds_id = match &options.data_source_id {
            Some(id) => id.clone(),
            None => find_or_create(&client, parent_page_id, title, wanted.clone()).await?,
        };
        let (ds, _) = client.ensure_columns(&ds_id, &wanted).await?;
        let schema = ds.schema();
        let mut columns = BTreeMap::new();
        for (name, kind) in options.properties.iter().chain(&options.stamps) {
            let found = schema.get(name).map(PropertySchema::kind).ok_or_else(|| {
                let title = schema.title_name().unwrap_or("?");
                Error::Config(format!(
                    "data source {ds_id} has no property {name:?} (its title property is {title:?})"
                ))
            })?;
            let wanted = property_kind(*kind);
            let compatible = found == wanted
                || (wanted == PropertyKind::Select && found == PropertyKind::Status);
            if !compatible {
                return Err(Error::Config(format!(
                    "property {name:?} of data source {ds_id} is {found}, not {wanted}"
                )));
            }
            columns.insert(name.clone(), found);
        }
        let hashed = options.properties.iter().map(|(n, _)| n.clone()).collect();
        Ok(Self {
            client,
            data_source_id: ds_id,
            options,
            columns,
            hashed,
        })
    }

    /// The table an earlier check found (see [`KnownSchema`]), without a request. The
    /// caller made sure `known` has every declared column.
    pub(crate) fn known(client: NotionClient, options: MirrorOptions, known: &KnownSchema) -> Self {
        let columns = options
            .properties
            .iter()
            .chain(&options.stamps)
            .filter_map(|(name, _)| Some((name.clone(), known.columns.get(name)?.clone())))
            .collect();
        let hashed = options.properties.iter().map(|(n, _)| n.clone()).collect();
        Self {
            client,
            data_source_id: known.data_source_id.clone(),
            options,
            columns,
            hashed,
        }
    }

    pub(crate) fn data_source_id(&self) -> &DataSourceId {
        &self.data_source_id
    }

    /// Every live row, then every trashed row, optionally with `key`.
    pub(crate) fn rows(&self, key: Option<&str>) -> BoxStream<Page> {
        let filter = key.map(|k| Filter::rich_text(self.options.key_property.clone(), equals(k)));
        let live = self.client.query_all(self.data_source_id(), filter.clone());
        let trashed = trashed_rows(&self.client, self.data_source_id(), filter);
        live.chain(trashed).boxed()
    }
}

fn equals(key: &str) -> notion_activity::models::query::TextOp {
    notion_activity::models::query::TextOp::Equals(key.to_owned())
}

/// The trashed rows of a data source (`in_trash: true` in the query body), oldest first.
/// If Notion refuses the flag, this yields nothing and warns: trashed rows then go unseen.
pub(crate) fn trashed_rows(
    client: &NotionClient,
    data_source: &DataSourceId,
    filter: Option<Filter>,
) -> BoxStream<Page> {
    let client = client.clone();
    let path = format!("/v1/data_sources/{}/query", segment(data_source.as_str()));
    let query = QueryRequest {
        filter,
        sorts: vec![Sort::CreatedTime(Direction::Ascending)],
        page_size: Some(100),
        ..QueryRequest::default()
    };
    let pages = cursor_stream(
        None,
        move |cursor: Option<String>| {
            let client = client.clone();
            let mut body = QueryRequest {
                start_cursor: cursor,
                ..query.clone()
            }
            .to_json();
            body["in_trash"] = json!(true);
            let request = Request::post("/v1/data_sources/{data_source_id}/query", path.clone())
                .json(&body)
                .idempotent(true);
            async move {
                let page: QueryResponse = match client.send(request).await {
                    Ok(page) => page,
                    Err(e) if e.is_rejection() => {
                        tracing::warn!(error = %e, "Notion refused a query of trashed rows: trashed rows are not reported");
                        return Ok(PageOf {
                            items: Vec::new(),
                            next: None,
                        });
                    }
                    Err(e) => return Err(e),
                };
                if page.is_incomplete() {
                    tracing::warn!("trashed rows past Notion's query cap are not reported");
                }
                let next = page.next_cursor.clone().filter(|_| page.has_more);
                Ok(PageOf {
                    items: page.results.into_iter().filter(Page::is_page).collect(),
                    next,
                })
            }
        },
        |c: &String| Error::CursorRepeated { cursor: c.clone() },
    );
    pages.boxed()
}
