//! [`NotionSink`]: sync-core's [`Sink`] over Notion data sources.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::UNIX_EPOCH;

use chrono::{DateTime, Utc};
use futures_util::{StreamExt, TryStreamExt, stream};
use serde_json::{Map, Value as Json};
use sync_core::error::RemoteError;
use sync_core::projection::Projection;
use sync_core::sink::{EventRow, RowId, Sink, SinkRow, TableId};
use sync_core::{BoxFuture, BoxStream};

use notion_activity::activity::{ActivityLog, ActivityLogOptions, AppendOutcome};
use notion_activity::client::NotionClient;
use notion_activity::error::{Error, Result};
use notion_activity::ids::{DataSourceId, PageId};
use notion_activity::models::page::Page;
use notion_activity::properties::value::PropertyValue;

use super::convert::{Fingerprint, notion_view, read_back, write_projection};
use super::events::{activity_event, ghl_activity_log};
use super::tables::{EventTable, MirrorOptions, MirrorTable, TableCheck, check_table};
use sync_core::strategy::{Role, Strategy};

/// Turns a Notion failure into sync-core's [`RemoteError`].
///
/// **Outcome**: `Unknown` when [`Error::outcome_unknown`] says the call may have been
/// applied (a timeout, a connection lost after sending, a 5xx, a body cut or undecodable
/// after a 2xx), so the engine looks the key or Event ID up before writing again; otherwise
/// `NotApplied`.
///
/// **Retryable** means "the client did not already retry this, and repeating it is safe".
/// The client's pipeline is the one retry owner: it has already retried throttling (429,
/// 529), conflicts, server errors and lost answers on reads and idempotent writes as far as
/// its policy and retry quota allow, and it never repeats a write whose outcome is unknown,
/// so none of those is retryable here. The one exception is an open circuit
/// ([`Error::CircuitOpen`]): nothing was sent, and the breaker itself paces the next try. A
/// spent retry quota or daily budget is not retryable either: retrying above the client
/// would bypass the very limit that stopped it.
pub fn remote_error(e: Error) -> RemoteError {
    let retryable = matches!(e, Error::CircuitOpen { .. });
    let base = if e.outcome_unknown() {
        RemoteError::unknown(e.to_string())
    } else {
        RemoteError::not_applied(e.to_string())
    };
    base.retryable(retryable).with_source(e)
}

enum Table {
    Mirror(Box<MirrorTable>),
    Events(Box<EventTable>),
}

/// A [`Sink`] writing mirror tables and activity logs in Notion (see the module docs).
#[derive(Clone)]
pub struct NotionSink {
    tables: Arc<BTreeMap<TableId, Table>>,
}

impl std::fmt::Debug for NotionSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_map();
        for (id, table) in self.tables.iter() {
            match table {
                Table::Mirror(m) => d.entry(&id.0, &("mirror", m.data_source_id().as_str())),
                Table::Events(e) => d.entry(&id.0, &("events", e.log.data_source_id().as_str())),
            };
        }
        d.finish()
    }
}

/// Declares the tables of a [`NotionSink`]; [`NotionSinkBuilder::ensure`] finds or creates
/// them.
#[derive(Debug)]
pub struct NotionSinkBuilder {
    client: NotionClient,
    parent_page_id: String,
    mirrors: Vec<(TableId, String, MirrorOptions)>,
    events: Vec<(TableId, ActivityLogOptions)>,
    undeclared: Vec<(TableId, String)>,
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
    ///
    /// Every existing table is checked first, before anything is written: a declared
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
        let checks = self.check().await?;
        for (title, check) in &checks {
            if let Some(c) = check.conflicts.first() {
                return Err(crate::Error::SchemaConflict {
                    table: title.clone(),
                    property: c.property.clone(),
                    found: c.found.clone(),
                    wanted: c.wanted.clone(),
                });
            }
        }
        // The tables found by the check are not searched for again.
        for ((_, _, options), (_, check)) in self.mirrors.iter_mut().zip(checks) {
            if options.data_source_id.is_none() {
                options.data_source_id = check.data_source_id;
            }
        }
        Ok(self.ensure_unchecked().await?)
    }

    async fn ensure_unchecked(self) -> Result<NotionSink> {
        let mut tables = BTreeMap::new();
        let mut claim = |id: TableId, table: Table| {
            if tables.insert(id.clone(), table).is_some() {
                return Err(Error::Config(format!("table {id} is declared twice")));
            }
            Ok(())
        };
        for (id, title, options) in self.mirrors {
            let table =
                MirrorTable::ensure(self.client.clone(), &self.parent_page_id, &title, options)
                    .await?;
            claim(id, Table::Mirror(Box::new(table)))?;
        }
        for (id, options) in self.events {
            let log =
                ActivityLog::ensure(self.client.clone(), &self.parent_page_id, options).await?;
            claim(id, Table::Events(Box::new(EventTable { log })))?;
        }
        Ok(NotionSink {
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
        }
    }

    /// The Notion data source behind `table`.
    pub fn data_source_id(&self, table: &TableId) -> Option<&DataSourceId> {
        match self.tables.get(table)? {
            Table::Mirror(m) => Some(m.data_source_id()),
            Table::Events(e) => Some(e.log.data_source_id()),
        }
    }

    fn mirror(&self, table: &TableId) -> std::result::Result<&MirrorTable, RemoteError> {
        match self.tables.get(table) {
            Some(Table::Mirror(m)) => Ok(m),
            Some(Table::Events(_)) => Err(RemoteError::not_applied(format!(
                "table {table} is an event table, not a mirror table"
            ))),
            None => Err(RemoteError::not_applied(format!("unknown table {table}"))),
        }
    }

    fn events(&self, table: &TableId) -> std::result::Result<&EventTable, RemoteError> {
        match self.tables.get(table) {
            Some(Table::Events(e)) => Ok(e),
            Some(Table::Mirror(_)) => Err(RemoteError::not_applied(format!(
                "table {table} is a mirror table, not an event table"
            ))),
            None => Err(RemoteError::not_applied(format!("unknown table {table}"))),
        }
    }
}

impl MirrorTable {
    /// The row as the engine sees it; `None` for a row without a key.
    pub(crate) fn sink_row(&self, page: Page) -> Option<SinkRow> {
        let key = page.text(&self.options.key_property).unwrap_or_default();
        if key.is_empty() {
            return None;
        }
        let projection_hash = read_back(&page, &self.hashed).map(|p| {
            let fingerprint = page
                .text(&self.options.fingerprint_property)
                .and_then(|t| Fingerprint::parse(&t));
            Fingerprint::resolve(fingerprint, p.content_hash())
        });
        Some(SinkRow {
            managed: page.checkbox(&self.options.owner_property) == Some(true),
            trashed: page.in_trash(),
            last_edited: page.last_edited_at(),
            projection_hash,
            row_id: RowId(page.id.0),
            key,
        })
    }

    /// Refuses properties the table did not declare: their read-back would never match.
    fn check(&self, projection: &Projection) -> std::result::Result<(), RemoteError> {
        let unknown: Vec<&str> = projection
            .all()
            .into_keys()
            .filter(|n| !self.columns.contains_key(*n))
            .collect();
        if unknown.is_empty() {
            return Ok(());
        }
        Err(RemoteError::not_applied(format!(
            "properties {unknown:?} are not declared in the MirrorOptions of data source {}",
            self.data_source_id()
        )))
    }

    /// The properties to send for `projection`, with the fingerprint when the projection
    /// sets every hashed property (a partial update leaves the old one, which then no longer
    /// matches, so the row reads as changed).
    fn properties(&self, projection: &Projection) -> Map<String, Json> {
        let mut out = write_projection(projection, &self.columns);
        let complete = self
            .hashed
            .iter()
            .all(|n| projection.properties.contains_key(n));
        if complete && let Some(view) = notion_view(projection, &self.columns) {
            let f = Fingerprint {
                written: projection.content_hash(),
                stored: view.content_hash(),
            };
            let name = &self.options.fingerprint_property;
            out.insert(
                name.clone(),
                PropertyValue::RichText(f.to_text()).to_json(name),
            );
        }
        out
    }

    async fn set_trashed(&self, row: &RowId, in_trash: bool) -> Result<()> {
        let id = PageId::from(row.0.as_str());
        let result = if in_trash {
            self.client.trash_page(&id).await
        } else {
            self.client.restore_page(&id).await
        };
        match result {
            Ok(_) => Ok(()),
            Err(e) if e.is_rejection() => {
                // Some answers refuse a no-op: accept them when the page is already there.
                let page = self.client.retrieve_page(&id).await?;
                if page.in_trash() == in_trash {
                    Ok(())
                } else {
                    Err(e)
                }
            }
            Err(e) => Err(e),
        }
    }
}

impl Sink for NotionSink {
    fn find_by_key<'a>(
        &'a self,
        table: &'a TableId,
        key: &'a str,
    ) -> BoxFuture<'a, std::result::Result<Vec<SinkRow>, RemoteError>> {
        Box::pin(async move {
            let m = self.mirror(table)?;
            let pages: Vec<Page> = m
                .rows(Some(key))
                .try_collect()
                .await
                .map_err(remote_error)?;
            Ok(pages
                .into_iter()
                .filter_map(|p| m.sink_row(p))
                .filter(|r| r.key == key)
                .collect())
        })
    }

    fn create<'a>(
        &'a self,
        table: &'a TableId,
        key: &'a str,
        projection: &'a Projection,
    ) -> BoxFuture<'a, std::result::Result<RowId, RemoteError>> {
        Box::pin(async move {
            let m = self.mirror(table)?;
            m.check(projection)?;
            if key.trim().is_empty() {
                return Err(RemoteError::not_applied("a row needs a key"));
            }
            let mapping = &m.options;
            let mut properties = Map::new();
            properties.insert(
                mapping.key_property.clone(),
                PropertyValue::RichText(key.to_owned()).to_json(&mapping.key_property),
            );
            properties.insert(
                mapping.owner_property.clone(),
                PropertyValue::Checkbox(true).to_json(&mapping.owner_property),
            );
            properties.extend(m.properties(projection));
            let page = m
                .client
                .create_page(m.data_source_id(), properties)
                .await
                .map_err(remote_error)?;
            Ok(RowId(page.id.0))
        })
    }

    fn update<'a>(
        &'a self,
        table: &'a TableId,
        row: &'a RowId,
        projection: &'a Projection,
    ) -> BoxFuture<'a, std::result::Result<(), RemoteError>> {
        Box::pin(async move {
            let m = self.mirror(table)?;
            m.check(projection)?;
            let properties = m.properties(projection);
            let id = PageId::from(row.0.as_str());
            // A conflict_error is retried by the client's pipeline.
            m.client
                .update_page(&id, properties)
                .await
                .map(|_| ())
                .map_err(remote_error)
        })
    }

    fn trash<'a>(
        &'a self,
        table: &'a TableId,
        row: &'a RowId,
    ) -> BoxFuture<'a, std::result::Result<(), RemoteError>> {
        Box::pin(async move {
            let m = self.mirror(table)?;
            m.set_trashed(row, true).await.map_err(remote_error)
        })
    }

    fn restore<'a>(
        &'a self,
        table: &'a TableId,
        row: &'a RowId,
    ) -> BoxFuture<'a, std::result::Result<(), RemoteError>> {
        Box::pin(async move {
            let m = self.mirror(table)?;
            m.set_trashed(row, false).await.map_err(remote_error)
        })
    }

    fn append_event<'a>(
        &'a self,
        table: &'a TableId,
        event: &'a EventRow,
    ) -> BoxFuture<'a, std::result::Result<RowId, RemoteError>> {
        Box::pin(async move {
            let e = self.events(table)?;
            let now = {
                let since = e
                    .log
                    .client()
                    .clock()
                    .wall()
                    .duration_since(UNIX_EPOCH)
                    .unwrap_or_default();
                DateTime::<Utc>::from(UNIX_EPOCH + since)
            };
            let activity = activity_event(event, now);
            match e.log.append(&activity, true).await {
                Ok(AppendOutcome::Created(id) | AppendOutcome::AlreadyPresent(id)) => {
                    Ok(RowId(id.0))
                }
                Err(err) => Err(remote_error(err)),
            }
        })
    }

    fn find_event<'a>(
        &'a self,
        table: &'a TableId,
        event_id: &'a str,
    ) -> BoxFuture<'a, std::result::Result<Option<RowId>, RemoteError>> {
        Box::pin(async move {
            let e = self.events(table)?;
            let page = e.log.find(event_id).await.map_err(remote_error)?;
            Ok(page.map(|p| RowId(p.id.0)))
        })
    }

    fn load_index<'a>(
        &'a self,
        table: &'a TableId,
    ) -> BoxStream<'a, std::result::Result<SinkRow, RemoteError>> {
        let m = match self.mirror(table) {
            Ok(m) => m,
            Err(e) => return stream::once(async move { Err(e) }).boxed(),
        };
        m.rows(None)
            .filter_map(move |page| async move {
                match page {
                    Ok(page) => m.sink_row(page).map(Ok),
                    Err(e) => Some(Err(remote_error(e))),
                }
            })
            .boxed()
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use http::StatusCode;
    use notion_activity::error::{ApiError, ErrorCode};
    use sync_core::error::Outcome;

    use super::*;

    fn api(status: u16, code: &str) -> Error {
        Error::Api(Box::new(ApiError {
            status: StatusCode::from_u16(status).unwrap(),
            code: ErrorCode::parse(code),
            message: "answer".to_owned(),
            request_id: Some("req-1".to_owned()),
            additional_data: None,
            retry_after: Some(Duration::from_secs(1)),
            method: "POST".to_owned(),
            path: "/v1/pages",
            from_edge: false,
            cf_ray: None,
        }))
    }

    fn transport(connect: bool, timeout: bool) -> Error {
        let source = reqwest::Client::new()
            .get("not a url")
            .build()
            .expect_err("an invalid URL is a reqwest error");
        Error::Transport {
            method: "POST".to_owned(),
            path: "/v1/pages",
            timeout,
            connect,
            source,
        }
    }

    /// Asserts the outcome and retryability `remote_error` gives `error`, and that it keeps
    /// the client's error as message and source.
    fn check(error: Error, outcome: Outcome, retryable: bool) {
        let text = error.to_string();
        let remote = remote_error(error);
        assert_eq!(remote.outcome, outcome, "{text}");
        assert_eq!(remote.retryable, retryable, "{text}");
        assert_eq!(remote.message, text);
        let source = remote.source.as_ref().expect("the client's error is kept");
        assert_eq!(source.to_string(), text);
        assert!(source.downcast_ref::<Error>().is_some(), "{text}");
    }

    #[test]
    fn only_an_open_circuit_is_retryable_and_it_was_not_applied() {
        check(
            Error::CircuitOpen {
                retry_in: Duration::from_secs(30),
            },
            Outcome::NotApplied,
            true,
        );
        check(
            Error::CircuitOpen {
                retry_in: Duration::ZERO,
            },
            Outcome::NotApplied,
            true,
        );
    }

    #[test]
    fn answers_that_may_have_been_applied_are_unknown_and_not_retried_again() {
        for status in [500, 502, 503, 504] {
            check(
                api(status, "internal_server_error"),
                Outcome::Unknown,
                false,
            );
        }
        check(api(503, "service_unavailable"), Outcome::Unknown, false);
        check(
            Error::OperationTimeout {
                method: "POST".to_owned(),
                path: "/v1/pages",
                elapsed: Duration::from_secs(60),
            },
            Outcome::Unknown,
            false,
        );
        check(
            Error::Decode {
                method: "POST".to_owned(),
                path: "/v1/pages",
                json_path: "id".to_owned(),
                message: "missing field".to_owned(),
                excerpt: "{}".to_owned(),
            },
            Outcome::Unknown,
            false,
        );
        // Lost after sending: a timeout or a reset.
        check(transport(false, true), Outcome::Unknown, false);
        check(transport(false, false), Outcome::Unknown, false);
    }

    #[test]
    fn refusals_were_not_applied_and_are_not_retried_again() {
        for (status, code) in [
            (429, "rate_limited"),
            (529, "service_overload"),
            (409, "conflict_error"),
            (400, "validation_error"),
            (401, "unauthorized"),
            (404, "object_not_found"),
            (413, "validation_error"),
            (501, "not_implemented"),
            (505, "http_505"),
            (499, "http_499"),
        ] {
            check(api(status, code), Outcome::NotApplied, false);
        }
        // Refused before anything was sent.
        check(transport(true, false), Outcome::NotApplied, false);
        check(
            Error::DailyLimitExhausted {
                limit: 10_000,
                resets_in: Duration::from_secs(3600),
            },
            Outcome::NotApplied,
            false,
        );
        for error in [
            Error::InvalidRequest("bad id".to_owned()),
            Error::Config("no token".to_owned()),
            Error::Unexpected("no data source".to_owned()),
            Error::CursorRepeated {
                cursor: "c".to_owned(),
            },
            Error::QueryCapUnresolved {
                at: "2026-01-01T00:00:00.000Z".to_owned(),
            },
        ] {
            check(error, Outcome::NotApplied, false);
        }
    }
}
