//! [`RecordSink`]: a live mirror of GHL records in a data source, one row per key.
//!
//! Rows are keyed by a rich-text key property (e.g. "GHL Contact ID"). An upsert updates the
//! row for the key or creates it; after a create whose outcome is unknown (timeout, reset,
//! 5xx) the key is looked up before creating again, so a crash or a lost response never
//! leaves two rows. Each written row carries a "Last Synced" date and an ownership checkbox
//! ("Managed by sync"); only owned rows are trashed by [`RecordSink::delete_key`].
//! [`RecordSink::load_index`] reads the whole key → row map in one paged query (past the
//! 10,000-row cap) and reports keys with more than one row.
//!
//! ```no_run
//! use notion_activity::sink::{Record, RecordSink, SinkMapping};
//! use notion_activity::{DataSourceId, PropertySchema, PropertyValue};
//!
//! # async fn run(client: notion_activity::NotionClient) -> Result<(), notion_activity::Error> {
//! let mapping = SinkMapping::new("GHL Contact ID", "Name").property("Email", PropertySchema::Email);
//! let sink = RecordSink::new(client, DataSourceId::from("ds-id"), mapping);
//! sink.ensure_schema().await?;
//! let record = Record::new("c_123", "Ann Lee").value("Email", PropertyValue::Email(Some("ann@example.com".into())));
//! let outcome = sink.upsert(&record, None).await?;
//! let index = sink.load_index().await?;
//! assert!(index.entries.contains_key("c_123"));
//! # Ok(()) }
//! ```

use std::collections::HashMap;
use std::time::UNIX_EPOCH;

use chrono::{DateTime, Utc};
use futures_util::TryStreamExt;
use serde_json::{Map, Value};

use crate::activity::migrate_to;
use crate::client::NotionClient;
use crate::error::{Error, Result};
use crate::ids::{DataSourceId, PageId};
use crate::models::database::CreateDatabase;
use crate::models::page::Page;
use crate::models::query::{Filter, TextOp};
use crate::properties::schema::{PropertySchema, Schema, SchemaPatch};
use crate::properties::value::{DateValue, PropertyValue};

/// Which columns a sink writes.
#[derive(Debug, Clone, PartialEq)]
pub struct SinkMapping {
    /// The rich-text key property (e.g. "GHL Contact ID").
    pub key_property: String,
    /// The title property.
    pub title_property: String,
    /// Further typed columns.
    pub properties: Vec<(String, PropertySchema)>,
    /// A date stamped on every write (default "Last Synced").
    pub last_synced_property: Option<String>,
    /// A checkbox set on every row the sync owns (default "Managed by sync").
    pub owner_property: Option<String>,
    /// A rich-text column holding the caller's content fingerprint (default "Sync Fingerprint").
    pub fingerprint_property: Option<String>,
}

impl SinkMapping {
    /// A mapping keyed by `key_property`, titled by `title_property`, with the default
    /// "Last Synced", "Managed by sync" and "Sync Fingerprint" columns.
    pub fn new(key_property: impl Into<String>, title_property: impl Into<String>) -> Self {
        Self {
            key_property: key_property.into(),
            title_property: title_property.into(),
            properties: Vec::new(),
            last_synced_property: Some("Last Synced".into()),
            owner_property: Some("Managed by sync".into()),
            fingerprint_property: Some("Sync Fingerprint".into()),
        }
    }

    /// Adds a typed column.
    pub fn property(mut self, name: impl Into<String>, schema: PropertySchema) -> Self {
        self.properties.push((name.into(), schema));
        self
    }

    /// The schema these columns need.
    pub fn schema(&self) -> Schema {
        let mut schema = Schema::new()
            .title(self.title_property.clone())
            .rich_text(self.key_property.clone());
        for (name, p) in &self.properties {
            schema = schema.with(name.clone(), p.clone());
        }
        if let Some(p) = &self.last_synced_property {
            schema = schema.date(p.clone());
        }
        if let Some(p) = &self.owner_property {
            schema = schema.checkbox(p.clone());
        }
        if let Some(p) = &self.fingerprint_property {
            schema = schema.rich_text(p.clone());
        }
        schema
    }
}

/// One record to mirror.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// The key (e.g. the GHL contact id).
    pub key: String,
    /// The title.
    pub title: String,
    /// Further values by column name.
    pub values: Vec<(String, PropertyValue)>,
    /// A content fingerprint, stored to skip unchanged records on reconciliation.
    pub fingerprint: Option<String>,
}

impl Record {
    /// A record `key` titled `title`.
    pub fn new(key: impl Into<String>, title: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            title: title.into(),
            values: Vec::new(),
            fingerprint: None,
        }
    }

    /// Adds a value.
    pub fn value(mut self, column: impl Into<String>, value: PropertyValue) -> Self {
        self.values.push((column.into(), value));
        self
    }

    /// Sets the fingerprint.
    pub fn fingerprint(mut self, fingerprint: impl Into<String>) -> Self {
        self.fingerprint = Some(fingerprint.into());
        self
    }
}

/// What an upsert did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UpsertAction {
    /// A row was created (or found after a create whose answer was lost).
    Created,
    /// The existing row was updated.
    Updated,
}

/// The result of an upsert.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpsertOutcome {
    /// The row written.
    pub page_id: PageId,
    /// Created or updated.
    pub action: UpsertAction,
    /// Other rows found for the same key (left alone; reported for cleanup).
    pub duplicates: Vec<PageId>,
}

/// One row of the index.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexEntry {
    /// The row.
    pub page_id: PageId,
    /// When it was last edited (by anyone).
    pub last_edited_time: Option<String>,
    /// The stored fingerprint.
    pub fingerprint: Option<String>,
    /// Whether the ownership marker is set.
    pub managed: bool,
}

/// A key with more than one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    /// The key.
    pub key: String,
    /// Every row with it, oldest first (the index keeps the first).
    pub page_ids: Vec<PageId>,
}

/// The whole key → row map of a sink.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SinkIndex {
    /// The oldest row of each key.
    pub entries: HashMap<String, IndexEntry>,
    /// Keys with several rows.
    pub duplicates: Vec<Duplicate>,
    /// Rows without a key (added by hand).
    pub unkeyed: Vec<PageId>,
}

/// Upserts records into one data source (see the module docs).
#[derive(Debug, Clone)]
pub struct RecordSink {
    client: NotionClient,
    data_source_id: DataSourceId,
    mapping: SinkMapping,
}

/// Creates tried with lookups between them before an upsert gives up.
const CREATE_ATTEMPTS: u32 = 3;

impl RecordSink {
    /// A sink writing to `data_source_id` with `mapping`.
    pub fn new(client: NotionClient, data_source_id: DataSourceId, mapping: SinkMapping) -> Self {
        Self {
            client,
            data_source_id,
            mapping,
        }
    }

    /// Creates a database titled `title` under `parent_page_id` with the mapping's schema.
    pub async fn create_in(
        client: NotionClient,
        parent_page_id: &str,
        title: &str,
        mapping: SinkMapping,
    ) -> Result<Self> {
        let db = client
            .create_database(&CreateDatabase::new(
                parent_page_id,
                title,
                mapping.schema(),
            ))
            .await?;
        let ds = db.first_data_source()?;
        Ok(Self::new(client, ds, mapping))
    }

    /// The data source written to.
    pub fn data_source_id(&self) -> &DataSourceId {
        &self.data_source_id
    }

    /// Adds the columns the mapping needs and the data source lacks (never renames, retypes
    /// or deletes).
    pub async fn ensure_schema(&self) -> Result<SchemaPatch> {
        let (_, patch) =
            migrate_to(&self.client, &self.data_source_id, &self.mapping.schema()).await?;
        Ok(patch)
    }

    fn now(&self) -> DateTime<Utc> {
        let wall = self.client.clock().wall();
        let since = wall.duration_since(UNIX_EPOCH).unwrap_or_default();
        DateTime::<Utc>::from(UNIX_EPOCH + since)
    }

    /// The `properties` written for `record`.
    pub fn record_properties(&self, record: &Record) -> Map<String, Value> {
        let m = &self.mapping;
        let mut values = vec![
            (
                m.title_property.clone(),
                PropertyValue::Title(record.title.clone()),
            ),
            (
                m.key_property.clone(),
                PropertyValue::RichText(record.key.clone()),
            ),
        ];
        values.extend(record.values.iter().cloned());
        if let Some(p) = &m.last_synced_property {
            values.push((
                p.clone(),
                PropertyValue::Date(Some(DateValue::at(self.now()))),
            ));
        }
        if let Some(p) = &m.owner_property {
            values.push((p.clone(), PropertyValue::Checkbox(true)));
        }
        if let (Some(p), Some(f)) = (&m.fingerprint_property, &record.fingerprint) {
            values.push((p.clone(), PropertyValue::RichText(f.clone())));
        }
        values
            .into_iter()
            .map(|(name, v)| {
                let json = v.to_json(&name);
                (name, json)
            })
            .collect()
    }

    /// Every row with `key`, oldest first.
    pub async fn find(&self, key: &str) -> Result<Vec<Page>> {
        let filter = Filter::rich_text(
            self.mapping.key_property.clone(),
            TextOp::Equals(key.to_owned()),
        );
        self.client
            .query_all(&self.data_source_id, Some(filter))
            .try_collect()
            .await
    }

    /// Updates the row for `record.key` (`known` if the caller has it from an index) or
    /// creates it. Crash-safe: see the module docs.
    pub async fn upsert(&self, record: &Record, known: Option<&PageId>) -> Result<UpsertOutcome> {
        if record.key.trim().is_empty() {
            return Err(Error::InvalidRequest("a record needs a key".into()));
        }
        let properties = self.record_properties(record);
        let (target, duplicates) = match known {
            Some(id) => (Some(id.clone()), Vec::new()),
            None => {
                let rows = self.find(&record.key).await?;
                let mut ids = rows.into_iter().map(|p| p.id);
                let first = ids.next();
                let rest: Vec<PageId> = ids.collect();
                if !rest.is_empty() {
                    tracing::warn!(key = %record.key, extra = rest.len(), "duplicate rows for one key");
                }
                (first, rest)
            }
        };
        if let Some(page_id) = target {
            let page = self
                .client
                .retry_conflicts(|| self.client.update_page(&page_id, properties.clone()))
                .await?;
            return Ok(UpsertOutcome {
                page_id: page.id,
                action: UpsertAction::Updated,
                duplicates,
            });
        }
        let mut attempt = 0;
        loop {
            attempt += 1;
            match self
                .client
                .create_page(&self.data_source_id, properties.clone())
                .await
            {
                Ok(page) => {
                    return Ok(UpsertOutcome {
                        page_id: page.id,
                        action: UpsertAction::Created,
                        duplicates,
                    });
                }
                Err(e) if e.outcome_unknown() || e.is_conflict() => {
                    tracing::warn!(key = %record.key, error = %e, "create outcome unknown: looking the key up");
                    self.client
                        .clock()
                        .sleep(std::time::Duration::from_secs(1))
                        .await;
                    if let Some(page) = self.find(&record.key).await?.into_iter().next() {
                        return Ok(UpsertOutcome {
                            page_id: page.id,
                            action: UpsertAction::Created,
                            duplicates,
                        });
                    }
                    if attempt >= CREATE_ATTEMPTS {
                        return Err(e);
                    }
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// Moves a row to the trash.
    pub async fn trash(&self, page_id: &PageId) -> Result<()> {
        self.client.trash_page(page_id).await.map(|_| ())
    }

    /// Trashes every row of `key` the sync owns (the ownership marker set, or no marker
    /// configured). Returns how many.
    pub async fn delete_key(&self, key: &str) -> Result<usize> {
        let mut trashed = 0;
        for page in self.find(key).await? {
            let owned = match &self.mapping.owner_property {
                Some(p) => page.checkbox(p).unwrap_or(false),
                None => true,
            };
            if owned {
                self.trash(&page.id).await?;
                trashed += 1;
            } else {
                tracing::info!(key, page = %page.id, "not trashing a row the sync does not own");
            }
        }
        Ok(trashed)
    }

    /// Reads every row into a key → row map (see [`SinkIndex`]).
    pub async fn load_index(&self) -> Result<SinkIndex> {
        let mut index = SinkIndex::default();
        let mut all: HashMap<String, Vec<PageId>> = HashMap::new();
        let mut rows = self.client.query_all(&self.data_source_id, None);
        while let Some(page) = rows.try_next().await? {
            let key = page.text(&self.mapping.key_property).unwrap_or_default();
            if key.is_empty() {
                index.unkeyed.push(page.id);
                continue;
            }
            all.entry(key.clone()).or_default().push(page.id.clone());
            index.entries.entry(key).or_insert_with(|| IndexEntry {
                fingerprint: self
                    .mapping
                    .fingerprint_property
                    .as_ref()
                    .and_then(|p| page.text(p))
                    .filter(|f| !f.is_empty()),
                managed: self
                    .mapping
                    .owner_property
                    .as_ref()
                    .is_none_or(|p| page.checkbox(p).unwrap_or(false)),
                last_edited_time: page.last_edited_time.clone(),
                page_id: page.id,
            });
        }
        index.duplicates = all
            .into_iter()
            .filter(|(_, ids)| ids.len() > 1)
            .map(|(key, page_ids)| Duplicate { key, page_ids })
            .collect();
        index.duplicates.sort_by(|a, b| a.key.cmp(&b.key));
        Ok(index)
    }
}
