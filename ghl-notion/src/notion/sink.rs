//! [`NotionSink`]: sync-core's [`Sink`] over Notion data sources.

use std::collections::BTreeMap;
use std::sync::atomic::Ordering;
use std::sync::{Arc, PoisonError};
use std::time::UNIX_EPOCH;

use chrono::{DateTime, Utc};
use futures_util::{StreamExt, TryStreamExt, stream};
use serde_json::{Map, Value as Json};
use sync_core::error::RemoteError;
use sync_core::projection::Projection;
use sync_core::sink::{EventRow, RowId, Sink, SinkRow, TableId};
use sync_core::{BoxFuture, BoxStream};

use notion_activity::activity::AppendOutcome;
use notion_activity::client::NotionClient;
use notion_activity::error::{Error, Result};
use notion_activity::ids::{DataSourceId, PageId};
use notion_activity::models::page::Page;
use notion_activity::properties::value::PropertyValue;

pub use super::builder::NotionSinkBuilder;
use super::convert::{Fingerprint, notion_view, read_back, write_projection};
use super::events::activity_event;
use super::known::{KnownSchema, is_schema_refusal};
use super::recheck::{Entry, Table};
use super::tables::{EventTable, MirrorTable};

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

/// A [`Sink`] writing mirror tables and activity logs in Notion (see the module docs).
///
/// **Re-checks.** A write Notion refuses in a way a changed table explains
/// ([`is_schema_refusal`]) re-checks that table: its columns are read and the missing ones
/// added (a column with another type stops the table, as at start-up), then the write is
/// sent once more. A table is re-checked at most once between two accepted writes.
#[derive(Clone)]
pub struct NotionSink {
    pub(super) client: NotionClient,
    pub(super) parent_page_id: String,
    pub(super) tables: Arc<BTreeMap<TableId, Entry>>,
}

impl std::fmt::Debug for NotionSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_map();
        for (id, entry) in self.tables.iter() {
            match entry.current() {
                Table::Mirror(m) => d.entry(&id.0, &("mirror", m.data_source_id().to_string())),
                Table::Events(e) => d.entry(&id.0, &("events", e.log.data_source_id().to_string())),
            };
        }
        d.finish()
    }
}

impl NotionSink {
    /// The Notion data source behind `table`.
    pub fn data_source_id(&self, table: &TableId) -> Option<DataSourceId> {
        match self.tables.get(table)?.current() {
            Table::Mirror(m) => Some(m.data_source_id().clone()),
            Table::Events(e) => Some(e.log.data_source_id().clone()),
        }
    }

    /// What changed in the sink's [`KnownSchema`]s since the last call: per table, the
    /// knowledge of a check made against Notion (at start-up or by a re-check), or `None`
    /// when a re-check failed and the knowledge kept for it must not be trusted again.
    /// Tables opened from trusted knowledge and not re-checked since are not listed.
    pub fn take_schema_news(&self) -> Vec<(TableId, Option<KnownSchema>)> {
        let mut out = Vec::new();
        for (id, entry) in self.tables.iter() {
            let news = entry
                .news
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take();
            match news {
                Some(true) => out.push((id.clone(), Some(entry.known()))),
                Some(false) => out.push((id.clone(), None)),
                None => {}
            }
        }
        out
    }

    pub(super) fn entry(&self, table: &TableId) -> std::result::Result<&Entry, RemoteError> {
        self.tables
            .get(table)
            .ok_or_else(|| RemoteError::not_applied(format!("unknown table {table}")))
    }

    pub(super) fn mirror(
        &self,
        table: &TableId,
    ) -> std::result::Result<Arc<MirrorTable>, RemoteError> {
        match self.entry(table)?.current() {
            Table::Mirror(m) => Ok(m),
            Table::Events(_) => Err(RemoteError::not_applied(format!(
                "table {table} is an event table, not a mirror table"
            ))),
        }
    }

    fn events(&self, table: &TableId) -> std::result::Result<Arc<EventTable>, RemoteError> {
        match self.entry(table)?.current() {
            Table::Events(e) => Ok(e),
            Table::Mirror(_) => Err(RemoteError::not_applied(format!(
                "table {table} is a mirror table, not an event table"
            ))),
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
            self.on_mirror(table, true, |m| async move {
                let pages: Vec<Page> = m.rows(Some(key)).try_collect().await?;
                Ok(pages
                    .into_iter()
                    .filter_map(|p| m.sink_row(p))
                    .filter(|r| r.key == key)
                    .collect())
            })
            .await
        })
    }

    fn create<'a>(
        &'a self,
        table: &'a TableId,
        key: &'a str,
        projection: &'a Projection,
    ) -> BoxFuture<'a, std::result::Result<RowId, RemoteError>> {
        Box::pin(async move {
            self.mirror(table)?.check(projection)?;
            if key.trim().is_empty() {
                return Err(RemoteError::not_applied("a row needs a key"));
            }
            self.on_mirror(table, true, |m| async move {
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
                let page = m.client.create_page(m.data_source_id(), properties).await?;
                Ok(RowId(page.id.0))
            })
            .await
        })
    }

    fn update<'a>(
        &'a self,
        table: &'a TableId,
        row: &'a RowId,
        projection: &'a Projection,
    ) -> BoxFuture<'a, std::result::Result<(), RemoteError>> {
        Box::pin(async move {
            self.mirror(table)?.check(projection)?;
            let id = PageId::from(row.0.as_str());
            self.on_mirror(table, false, |m| {
                let id = id.clone();
                async move {
                    let properties = m.properties(projection);
                    // A conflict_error is retried by the client's pipeline.
                    m.client.update_page(&id, properties).await.map(|_| ())
                }
            })
            .await
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
            let entry = self.entry(table)?;
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
            let mut result = e.log.append(&activity, true).await;
            if let Err(err) = &result
                && is_schema_refusal(err, true)
                && let Some(Table::Events(again)) =
                    self.recheck(table, entry, &Table::Events(e)).await
            {
                result = again.log.append(&activity, true).await;
            }
            match result {
                Ok(AppendOutcome::Created(id) | AppendOutcome::AlreadyPresent(id)) => {
                    entry.armed.store(true, Ordering::SeqCst);
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
            .filter_map(move |page| {
                let m = m.clone();
                async move {
                    match page {
                        Ok(page) => m.sink_row(page).map(Ok),
                        Err(e) => Some(Err(remote_error(e))),
                    }
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
