//! [`NotionSinkBuilder`]: declares the tables of a [`NotionSink`], then finds, creates and
//! checks them, or opens them as an earlier check found them ([`NotionSinkBuilder::trust`]).

use std::collections::BTreeMap;
use std::sync::Arc;

use sync_core::sink::TableId;
use sync_core::strategy::{Role, Strategy};

use notion_activity::activity::{ActivityLog, ActivityLogOptions};
use notion_activity::client::NotionClient;
use notion_activity::error::{Error, Result};
use notion_activity::ids::DataSourceId;

use super::events::ghl_activity_log;
use super::known::{KnownSchema, events_fingerprint, mirror_fingerprint};
use super::recheck::{Declared, Entry, Table};
use super::sink::NotionSink;
use super::tables::{EventTable, MirrorOptions, MirrorTable, TableCheck, check_table};

/// Declares the tables of a [`NotionSink`]; [`NotionSinkBuilder::ensure`] finds or creates
/// them.
#[derive(Debug)]
pub struct NotionSinkBuilder {
    client: NotionClient,
    parent_page_id: String,
    mirrors: Vec<(TableId, String, MirrorOptions)>,
    events: Vec<(TableId, ActivityLogOptions)>,
    undeclared: Vec<(TableId, String)>,
    trusted: BTreeMap<TableId, KnownSchema>,
    /// The data sources the check before [`ensure`](Self::ensure) found by title (the
    /// declaration, and so its fingerprint, keeps saying "by title").
    found: BTreeMap<TableId, DataSourceId>,
}

impl NotionSinkBuilder {
    /// Mirrors `table` into the database titled `title` under the parent page.
    pub fn mirror(
        mut self,
        table: impl Into<TableId>,
        title: impl Into<String>,
        options: MirrorOptions,
    ) -> Self {
        self.mirrors.push((table.into(), title.into(), options));
        self
    }

    /// Logs the events of `table` into the activity log `options` describe (titled
    /// `options.title` under the parent page, or `options.data_source_id`).
    pub fn events(mut self, table: impl Into<TableId>, options: ActivityLogOptions) -> Self {
        self.events.push((table.into(), options));
        self
    }

    /// Declares `table` as `strategy` writes it, titled `title` in Notion: an activity log
    /// for an event strategy, otherwise a mirror table whose columns are the ones the
    /// strategy declares ([`Strategy::schema`]). One declaration serves both sides, so the
    /// sink always accepts what the strategy projects.
    pub fn strategy_table(
        mut self,
        strategy: &dyn Strategy,
        table: impl Into<TableId>,
        title: impl Into<String>,
    ) -> Self {
        let table = table.into();
        let title = title.into();
        match strategy.role() {
            Role::EventLog => self.events(table, ghl_activity_log(title)),
            Role::Mirror => match strategy.schema(&table) {
                Some(schema) => self.mirror(table, title, MirrorOptions::from_schema(&schema)),
                None => {
                    self.undeclared.push((table, strategy.name().to_owned()));
                    self
                }
            },
        }
    }

    /// Writes `table` (declared before) to this existing data source instead of finding or
    /// creating one by title.
    pub fn data_source(mut self, table: &TableId, id: impl Into<DataSourceId>) -> Self {
        let id = id.into();
        for (declared, _, options) in &mut self.mirrors {
            if declared == table {
                options.data_source_id = Some(id.clone());
            }
        }
        self
    }

    /// The declared tables, mirror tables first.
    pub fn tables(&self) -> Vec<TableId> {
        let mirrors = self.mirrors.iter().map(|(id, _, _)| id.clone());
        mirrors
            .chain(self.events.iter().map(|(id, _)| id.clone()))
            .collect()
    }

    /// The fingerprint of `table`'s declaration ([`known`](super::known)), if it is declared.
    pub fn fingerprint(&self, table: &TableId) -> Result<Option<String>> {
        if let Some((_, title, options)) = self.mirrors.iter().find(|(id, _, _)| id == table) {
            return mirror_fingerprint(&self.parent_page_id, title, options).map(Some);
        }
        Ok(self
            .events
            .iter()
            .find(|(id, _)| id == table)
            .map(|(_, options)| events_fingerprint(&self.parent_page_id, options)))
    }

    /// Opens `table` from what an earlier check found instead of checking it now: no
    /// request at all. Ignored when `known` was made for another declaration (its
    /// fingerprint differs) or, for a mirror table, lacks a declared column.
    pub fn trust(mut self, table: &TableId, known: KnownSchema) -> Self {
        self.trusted.insert(table.clone(), known);
        self
    }

    /// The knowledge to trust for a mirror table declared as `options`, if it fits.
    fn trusted_mirror(
        &self,
        table: &TableId,
        title: &str,
        options: &MirrorOptions,
    ) -> Option<&KnownSchema> {
        let known = self.trusted.get(table)?;
        let fingerprint = mirror_fingerprint(&self.parent_page_id, title, options).ok()?;
        let complete = options
            .properties
            .iter()
            .chain(&options.stamps)
            .all(|(name, _)| known.columns.contains_key(name));
        (known.fingerprint == fingerprint && complete).then_some(known)
    }

    fn trusted_events(
        &self,
        table: &TableId,
        options: &ActivityLogOptions,
    ) -> Option<&KnownSchema> {
        let known = self.trusted.get(table)?;
        (known.fingerprint == events_fingerprint(&self.parent_page_id, options)).then_some(known)
    }

    /// Compares every declared mirror table that already exists in Notion with its
    /// declaration, writing nothing: `(title, what it lacks or contradicts)` per table.
    pub async fn check(&self) -> Result<Vec<(String, TableCheck)>> {
        let mut out = Vec::new();
        for (_, title, options) in &self.mirrors {
            let check = check_table(&self.client, &self.parent_page_id, title, options).await?;
            out.push((title.clone(), check));
        }
        Ok(out)
    }

    /// Finds or creates every table, adding missing columns (never touching others).
    /// Tables [trusted](Self::trust) with a fitting [`KnownSchema`] are opened as known,
    /// without a request.
    ///
    /// Every other existing table is checked first, before anything is written: a declared
    /// column that exists with another type fails with
    /// [`Error::SchemaConflict`](crate::Error::SchemaConflict) naming the table, the
    /// property and the fix. Also fails on a table declared twice, or a strategy that
    /// declares no columns for its table.
    pub async fn ensure(mut self) -> std::result::Result<NotionSink, crate::Error> {
        if let Some((table, strategy)) = self.undeclared.first() {
            return Err(crate::Error::Config(format!(
                "strategy {strategy:?} declares no columns for table {table}: implement Strategy::schema, or declare the table with NotionSinkBuilder::mirror"
            )));
        }
        let mut checks = Vec::new();
        for (id, title, options) in &self.mirrors {
            if self.trusted_mirror(id, title, options).is_some() {
                checks.push(None);
                continue;
            }
            let check = check_table(&self.client, &self.parent_page_id, title, options).await?;
            if let Some(c) = check.conflicts.first() {
                return Err(crate::Error::SchemaConflict {
                    table: title.clone(),
                    property: c.property.clone(),
                    found: c.found.clone(),
                    wanted: c.wanted.clone(),
                });
            }
            checks.push(Some(check));
        }
        // The tables found by the check are not searched for again.
        for ((id, _, options), check) in self.mirrors.iter().zip(checks) {
            if options.data_source_id.is_none()
                && let Some(found) = check.and_then(|c| c.data_source_id)
            {
                self.found.insert(id.clone(), found);
            }
        }
        Ok(self.ensure_unchecked().await?)
    }

    async fn ensure_unchecked(self) -> Result<NotionSink> {
        let mut tables = BTreeMap::new();
        let mut claim = |id: TableId, entry: Entry| {
            if tables.insert(id.clone(), entry).is_some() {
                return Err(Error::Config(format!("table {id} is declared twice")));
            }
            Ok(())
        };
        for (id, title, options) in &self.mirrors {
            let fingerprint = mirror_fingerprint(&self.parent_page_id, title, options)?;
            let (table, trusted) = match self.trusted_mirror(id, title, options) {
                Some(known) => {
                    let table = MirrorTable::known(self.client.clone(), options.clone(), known);
                    (table, true)
                }
                None => {
                    let mut options = options.clone();
                    if let Some(found) = self.found.get(id) {
                        options.data_source_id = Some(found.clone());
                    }
                    let table = MirrorTable::ensure(
                        self.client.clone(),
                        &self.parent_page_id,
                        title,
                        options,
                    )
                    .await?;
                    (table, false)
                }
            };
            // A re-check writes to the data source the table was opened on.
            let declared = Declared::Mirror {
                title: title.clone(),
                options: options.clone().data_source(table.data_source_id().clone()),
            };
            let table = Table::Mirror(Arc::new(table));
            claim(
                id.clone(),
                Entry::new(table, declared, fingerprint, trusted),
            )?;
        }
        for (id, options) in &self.events {
            let fingerprint = events_fingerprint(&self.parent_page_id, options);
            let (log, trusted) = match self.trusted_events(id, options) {
                // The log reads its columns before its first append, not now.
                Some(known) => {
                    let ds = known.data_source_id.clone();
                    (
                        ActivityLog::open_lazy(self.client.clone(), ds, options.clone()),
                        true,
                    )
                }
                None => {
                    let log = ActivityLog::ensure(
                        self.client.clone(),
                        &self.parent_page_id,
                        options.clone(),
                    )
                    .await?;
                    (log, false)
                }
            };
            let table = Table::Events(Arc::new(EventTable { log }));
            claim(
                id.clone(),
                Entry::new(table, Declared::Events, fingerprint, trusted),
            )?;
        }
        Ok(NotionSink {
            client: self.client,
            parent_page_id: self.parent_page_id,
            tables: Arc::new(tables),
        })
    }
}

impl NotionSink {
    /// A builder creating its databases under `parent_page_id`.
    pub fn builder(client: NotionClient, parent_page_id: impl Into<String>) -> NotionSinkBuilder {
        NotionSinkBuilder {
            client,
            parent_page_id: parent_page_id.into(),
            mirrors: Vec::new(),
            events: Vec::new(),
            undeclared: Vec::new(),
            trusted: BTreeMap::new(),
            found: BTreeMap::new(),
        }
    }
}
