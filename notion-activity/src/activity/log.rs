//! [`ActivityLog`]: find or create the log, migrate its schema, append events without
//! duplicates.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use serde_json::{Map, Value};

use crate::activity::event::ActivityEvent;
use crate::client::NotionClient;
use crate::error::{Error, Result};
use crate::ids::{DataSourceId, PageId, same_id};
use crate::models::database::CreateDatabase;
use crate::models::page::Page;
use crate::models::query::{Filter, QueryRequest, TextOp};
use crate::properties::schema::{Color, PropertySchema, Schema, SchemaPatch, SelectOption};
use crate::properties::text::sanitize_option_name;
use crate::properties::value::{DateValue, PropertyKind, PropertyValue};

/// The column names of the log that do not depend on the source system (those that do are
/// [`SourceColumns`]).
pub mod columns {
    /// Title: the record's name.
    pub const ENTITY_NAME: &str = "Entity Name";
    /// Select: how the event was observed.
    pub const EVENT_TYPE: &str = "Event Type";
    /// Select: what happened.
    pub const ACTION: &str = "Action";
    /// Rich text: who did it.
    pub const ACTOR: &str = "Actor";
    /// Date: when it happened.
    pub const TIMESTAMP: &str = "Timestamp";
    /// Rich text: free text.
    pub const DETAILS: &str = "Details";
    /// Rich text: the unique event id rows are deduplicated on.
    pub const EVENT_ID: &str = "Event ID";
}

/// The names of the columns that speak of the source system's records, so a log can say
/// "CRM Entity" or "GHL Record ID" where the source calls for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceColumns {
    /// Select: the kind of record (default "Entity").
    pub entity: String,
    /// Rich text: the record's id (default "Record ID").
    pub record_id: String,
    /// URL: a deep link to the record (default "Link").
    pub link: String,
    /// The kinds offered in the entity column from the start (more are added as events
    /// use them). Default: none.
    pub entity_kinds: Vec<String>,
}

impl Default for SourceColumns {
    fn default() -> Self {
        Self {
            entity: "Entity".to_owned(),
            record_id: "Record ID".to_owned(),
            link: "Link".to_owned(),
            entity_kinds: Vec::new(),
        }
    }
}

/// An optional relation from each log row to a project database.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectRelation {
    /// The relation property's name (e.g. "Project").
    pub property: String,
    /// The project database's data source.
    pub data_source_id: DataSourceId,
}

/// How to find, create and write the log.
#[derive(Debug, Clone)]
pub struct ActivityLogOptions {
    /// The log's title, searched for under the parent page (default "Activity Log").
    pub title: String,
    /// The names of the source-specific columns.
    pub source_columns: SourceColumns,
    /// Use this data source instead of searching (e.g. from configuration).
    pub data_source_id: Option<DataSourceId>,
    /// The optional relation to a project database.
    pub project_relation: Option<ProjectRelation>,
    /// How long to wait before looking a row up after a create whose outcome is unknown
    /// (Notion's query index may lag a write by a moment). Default 1 s.
    pub lookup_delay: Duration,
}

impl Default for ActivityLogOptions {
    fn default() -> Self {
        Self {
            title: "Activity Log".to_owned(),
            source_columns: SourceColumns::default(),
            data_source_id: None,
            project_relation: None,
            lookup_delay: Duration::from_secs(1),
        }
    }
}

fn opts(items: &[(&str, Color)]) -> Vec<SelectOption> {
    items
        .iter()
        .map(|(n, c)| SelectOption::new(*n).color(*c))
        .collect()
}

/// The schema of the log (see the [guide](crate::guide::activity)).
pub fn activity_schema(options: &ActivityLogOptions) -> Schema {
    use Color::*;
    let source = &options.source_columns;
    let mut schema = Schema::new()
        .title(columns::ENTITY_NAME)
        .select(
            columns::EVENT_TYPE,
            opts(&[
                ("Webhook", Blue),
                ("Sync", Green),
                ("Reconciliation", Purple),
                ("Manual", Gray),
            ]),
        )
        .select(
            source.entity.clone(),
            source
                .entity_kinds
                .iter()
                .zip(
                    [Blue, Green, Orange, Purple, Pink, Yellow, Brown, Gray]
                        .iter()
                        .cycle(),
                )
                .map(|(kind, color)| SelectOption::new(kind.clone()).color(*color))
                .collect::<Vec<_>>(),
        )
        .rich_text(source.record_id.clone())
        .select(
            columns::ACTION,
            opts(&[
                ("Created", Green),
                ("Updated", Blue),
                ("Deleted", Red),
                ("Restored", Yellow),
            ]),
        )
        .rich_text(columns::ACTOR)
        .date(columns::TIMESTAMP)
        .rich_text(columns::DETAILS)
        .url(source.link.clone())
        .rich_text(columns::EVENT_ID);
    if let Some(rel) = &options.project_relation {
        schema = schema.with(
            rel.property.clone(),
            PropertySchema::relation(rel.data_source_id.clone()),
        );
    }
    schema
}

/// What [`ActivityLog::append`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppendOutcome {
    /// A new row was created.
    Created(PageId),
    /// A row with this Event ID already existed (an earlier attempt did write it).
    AlreadyPresent(PageId),
}

impl AppendOutcome {
    /// The row.
    pub fn page_id(&self) -> &PageId {
        match self {
            Self::Created(id) | Self::AlreadyPresent(id) => id,
        }
    }
}

#[derive(Debug, Default)]
struct Columns {
    /// Wanted column → (actual name, actual type).
    actual: HashMap<String, (String, PropertyKind)>,
    /// Known option names of select and multi-select columns, by actual name.
    options: HashMap<String, HashSet<String>>,
}

impl Columns {
    fn from_schema(wanted: &Schema, found: &Schema) -> Self {
        let mut cols = Columns::default();
        for (name, want) in &wanted.properties {
            let actual = if *want == PropertySchema::Title {
                found.title_name().map(str::to_owned)
            } else {
                found.get(name).map(|_| name.clone())
            };
            if let Some(actual) = actual
                && let Some(p) = found.get(&actual)
            {
                cols.actual.insert(name.clone(), (actual.clone(), p.kind()));
            }
        }
        for (name, p) in &found.properties {
            if let Some(options) = p.options() {
                cols.options.insert(
                    name.clone(),
                    options
                        .iter()
                        .filter_map(|o| sanitize_option_name(&o.name))
                        .collect(),
                );
            }
        }
        cols
    }
}

/// The activity log: a data source with the log's schema.
#[derive(Debug, Clone)]
pub struct ActivityLog {
    client: NotionClient,
    data_source_id: DataSourceId,
    options: ActivityLogOptions,
    columns: Arc<Mutex<Columns>>,
    migrated: Arc<AtomicBool>,
}

impl ActivityLog {
    /// Finds the log titled `options.title` under `parent_page_id` (or uses
    /// `options.data_source_id`), adds whatever its schema lacks, or creates it.
    pub async fn ensure(
        client: NotionClient,
        parent_page_id: &str,
        options: ActivityLogOptions,
    ) -> Result<Self> {
        if let Some(id) = options.data_source_id.clone() {
            return Self::open(client, id, options).await;
        }
        let ds_id = find_or_create(
            &client,
            parent_page_id,
            &options.title,
            activity_schema(&options),
        )
        .await?;
        Self::open(client, ds_id, options).await
    }

    /// [`ActivityLog::ensure`] under the page named by `NOTION_PARENT_PAGE_ID`.
    pub async fn ensure_from_env(
        client: NotionClient,
        options: ActivityLogOptions,
    ) -> Result<Self> {
        let var = crate::config::ENV_PARENT_PAGE_ID;
        let parent = std::env::var(var)
            .ok()
            .filter(|v| !v.trim().is_empty())
            .ok_or_else(|| Error::Config(format!("{var} is not set")))?;
        Self::ensure(client, parent.trim(), options).await
    }

    /// Opens the log at `data_source_id`, adding whatever its schema lacks.
    pub async fn open(
        client: NotionClient,
        data_source_id: DataSourceId,
        options: ActivityLogOptions,
    ) -> Result<Self> {
        let log = Self::open_lazy(client, data_source_id, options);
        log.migrate().await?;
        Ok(log)
    }

    /// The log at `data_source_id` without contacting Notion (so a writer can start while
    /// Notion is unreachable): the schema is read and migrated before the first append.
    pub fn open_lazy(
        client: NotionClient,
        data_source_id: DataSourceId,
        options: ActivityLogOptions,
    ) -> Self {
        let wanted = activity_schema(&options);
        Self {
            client,
            data_source_id,
            columns: Arc::new(Mutex::new(Columns::from_schema(&wanted, &wanted))),
            migrated: Arc::new(AtomicBool::new(false)),
            options,
        }
    }

    /// The data source of the log.
    pub fn data_source_id(&self) -> &DataSourceId {
        &self.data_source_id
    }

    /// The client.
    pub fn client(&self) -> &NotionClient {
        &self.client
    }

    /// The options in force.
    pub fn options(&self) -> &ActivityLogOptions {
        &self.options
    }

    /// Re-reads the schema and adds missing properties and options; never renames, retypes
    /// or deletes (a `conflict_error` is retried by the pipeline). Returns what was added.
    pub async fn migrate(&self) -> Result<SchemaPatch> {
        let wanted = activity_schema(&self.options);
        let (ds, patch) = self
            .client
            .ensure_columns(&self.data_source_id, &wanted)
            .await?;
        for m in &patch.mismatched {
            tracing::warn!(property = %m.name, wanted = %m.wanted, found = %m.found,
                "log column has another type: values are converted or skipped");
        }
        *self.lock() = Columns::from_schema(&wanted, &ds.schema());
        self.migrated.store(true, Ordering::SeqCst);
        Ok(patch)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Columns> {
        self.columns.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The `properties` of the row for `event`, by the log's actual column names and types.
    pub fn event_properties(&self, event: &ActivityEvent) -> Map<String, Value> {
        use columns::*;
        let source = &self.options.source_columns;
        let text = |s: &Option<String>| s.clone().unwrap_or_default();
        let mut wanted: Vec<(&str, PropertyValue)> = vec![
            (ENTITY_NAME, PropertyValue::Title(event.entity_name.clone())),
            (
                source.entity.as_str(),
                PropertyValue::Select(Some(event.entity.clone())),
            ),
            (
                source.record_id.as_str(),
                PropertyValue::RichText(text(&event.record_id)),
            ),
            (ACTION, PropertyValue::Select(Some(event.action.clone()))),
            (ACTOR, PropertyValue::RichText(text(&event.actor))),
            (
                TIMESTAMP,
                PropertyValue::Date(Some(DateValue::at(event.timestamp))),
            ),
            (DETAILS, PropertyValue::RichText(text(&event.details))),
            (EVENT_ID, PropertyValue::RichText(event.event_id.0.clone())),
        ];
        if let Some(t) = &event.event_type {
            wanted.push((EVENT_TYPE, PropertyValue::Select(Some(t.clone()))));
        }
        if let Some(link) = &event.link {
            wanted.push((source.link.as_str(), PropertyValue::Url(Some(link.clone()))));
        }
        let relation = self.options.project_relation.as_ref();
        if let (Some(rel), Some(page)) = (relation, &event.project_page_id) {
            wanted.push((
                rel.property.as_str(),
                PropertyValue::Relation(vec![page.clone()]),
            ));
        }
        let cols = self.lock();
        let mut out = Map::new();
        for (column, value) in wanted {
            let Some((actual, kind)) = cols.actual.get(column) else {
                continue;
            };
            match value.coerce_to(kind) {
                Some(v) => {
                    out.insert(actual.clone(), v.to_json(actual));
                }
                None => tracing::warn!(column, found = %kind, "skipping a column of another type"),
            }
        }
        out
    }

    /// Adds the select options `event` uses that the log lacks (Notion may not create them
    /// on write), so a new action or entity kind never fails a row.
    async fn ensure_options(&self, event: &ActivityEvent) -> Result<()> {
        use columns::*;
        let entity_column = self.options.source_columns.entity.as_str();
        let mut values = vec![(entity_column, &event.entity), (ACTION, &event.action)];
        if let Some(t) = &event.event_type {
            values.push((EVENT_TYPE, t));
        }
        let mut wanted = Schema::new();
        {
            let cols = self.lock();
            for (column, value) in values {
                let Some((actual, kind)) = cols.actual.get(column) else {
                    continue;
                };
                let Some(name) = sanitize_option_name(value) else {
                    continue;
                };
                let known = cols.options.get(actual).is_some_and(|o| o.contains(&name));
                if !known && matches!(kind, PropertyKind::Select | PropertyKind::MultiSelect) {
                    let option = SelectOption::new(name);
                    let schema = if *kind == PropertyKind::Select {
                        PropertySchema::select([option])
                    } else {
                        PropertySchema::multi_select([option])
                    };
                    wanted = wanted.with(actual.clone(), schema);
                }
            }
        }
        if wanted.properties.is_empty() {
            return Ok(());
        }
        let (ds, _) = self
            .client
            .ensure_columns(&self.data_source_id, &wanted)
            .await?;
        let full = activity_schema(&self.options);
        *self.lock() = Columns::from_schema(&full, &ds.schema());
        Ok(())
    }

    /// The row with `event_id`, if one exists (the oldest if there are several).
    pub async fn find(&self, event_id: &str) -> Result<Option<Page>> {
        let (actual, kind) = self
            .lock()
            .actual
            .get(columns::EVENT_ID)
            .cloned()
            .ok_or_else(|| Error::Unexpected("the log has no Event ID column".into()))?;
        let op = TextOp::Equals(event_id.to_owned());
        let filter = match kind {
            PropertyKind::Title => Filter::Title(actual, op),
            _ => Filter::RichText(actual, op),
        };
        let query = QueryRequest {
            page_size: Some(10),
            ..QueryRequest::filtered(filter)
        };
        let found = self
            .client
            .query_data_source(&self.data_source_id, &query)
            .await?;
        if found.results.len() > 1 {
            tracing::warn!(
                event_id,
                rows = found.results.len(),
                "duplicate rows for one Event ID"
            );
        }
        Ok(found.results.into_iter().find(Page::is_page))
    }

    /// Appends `event` as one row. With `check_first` (after a crash or an earlier failure),
    /// an existing row with the same Event ID is returned instead.
    ///
    /// The create is sent once (the pipeline repeats it only for answers that say it was not
    /// applied: 429, 529, `conflict_error`, a refused connection). After a create whose
    /// outcome is unknown (timeout, reset, 5xx, an undecodable 2xx) the row is looked up by
    /// Event ID after [`ActivityLogOptions::lookup_delay`], and created once more only if it
    /// is not there, so a lost answer never duplicates a row. If that second create fails
    /// too, the error is returned and the event stays with the caller (the writer keeps it in
    /// its outbox for the next drain). At most two creates per call.
    pub async fn append(&self, event: &ActivityEvent, check_first: bool) -> Result<AppendOutcome> {
        let id = event.event_id.as_str();
        if id.trim().is_empty() {
            return Err(Error::InvalidRequest(
                "an activity event needs an Event ID".into(),
            ));
        }
        if !self.migrated.load(Ordering::SeqCst) {
            self.migrate().await?;
        }
        if check_first && let Some(page) = self.find(id).await? {
            return Ok(AppendOutcome::AlreadyPresent(page.id));
        }
        self.ensure_options(event).await?;
        let properties = self.event_properties(event);
        match self
            .client
            .create_page(&self.data_source_id, properties.clone())
            .await
        {
            Ok(page) => Ok(AppendOutcome::Created(page.id)),
            Err(e) if e.outcome_unknown() => {
                tracing::warn!(event_id = id, error = %e, "create outcome unknown: looking the row up");
                self.client.clock().sleep(self.options.lookup_delay).await;
                if let Some(page) = self.find(id).await? {
                    return Ok(AppendOutcome::AlreadyPresent(page.id));
                }
                let page = self
                    .client
                    .create_page(&self.data_source_id, properties)
                    .await?;
                Ok(AppendOutcome::Created(page.id))
            }
            Err(e) => Err(e),
        }
    }
}

/// Finds the data source titled `title` under `parent_page_id`, or creates a database with
/// `schema` there. After a create whose outcome is unknown it looks again before creating, so
/// a lost answer never leaves two databases.
pub async fn find_or_create(
    client: &NotionClient,
    parent_page_id: &str,
    title: &str,
    schema: Schema,
) -> Result<DataSourceId> {
    if let Some(found) = find_under(client, parent_page_id, title).await? {
        tracing::info!(data_source = %found, title, "database found");
        return Ok(found);
    }
    let body = CreateDatabase::new(parent_page_id, title, schema);
    let created = match client.create_database(&body).await {
        Ok(db) => db,
        Err(e) if e.outcome_unknown() => {
            tracing::warn!(error = %e, title, "database create outcome unknown: searching again");
            if let Some(found) = find_under(client, parent_page_id, title).await? {
                return Ok(found);
            }
            client.create_database(&body).await?
        }
        Err(e) => return Err(e),
    };
    let ds_id = match created.first_data_source() {
        Ok(id) => id,
        Err(_) => client
            .retrieve_database(&created.id)
            .await?
            .first_data_source()?,
    };
    tracing::info!(data_source = %ds_id, title, "database created");
    Ok(ds_id)
}

/// The live data source titled exactly `title` whose database sits under `parent_page_id`,
/// if there is one. Reads only.
pub async fn find_under(
    client: &NotionClient,
    parent_page_id: &str,
    title: &str,
) -> Result<Option<DataSourceId>> {
    for ds in client.search_data_sources(title).await? {
        if ds.in_trash() || ds.title_text().trim() != title.trim() {
            continue;
        }
        let parent = match ds.database_parent_page_id() {
            Some(p) => Some(p),
            None => match ds.database_id() {
                Some(db) => client.retrieve_database(&db).await?.parent_page_id(),
                None => None,
            },
        };
        if parent.is_some_and(|p| same_id(p.as_str(), parent_page_id)) {
            return Ok(Some(ds.id));
        }
    }
    Ok(None)
}
