//! Re-checking a table after Notion refuses a write: the sink's per-table [`Entry`] (what
//! it writes to now, and what a re-check needs) and the retry around a refused request.
//!
//! A table opened from a [`KnownSchema`] was not read at start-up; if a column went missing
//! or changed type since, the first write Notion refuses for it ([`is_schema_refusal`])
//! re-checks the table (reads its columns, adds the missing ones, refuses a retyped one) and
//! sends the write once more. A re-check is *armed* when the table was trusted and after
//! every accepted write, so rows refused for their own values cost one re-check at most,
//! and concurrent refusals wait for the same re-check instead of starting their own.

use std::collections::BTreeMap;
use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError, RwLock};

use sync_core::error::RemoteError;
use sync_core::sink::TableId;

use notion_activity::error::{Error, Result};

use super::known::{KnownSchema, is_schema_refusal};
use super::sink::{NotionSink, remote_error};
use super::tables::{EventTable, MirrorOptions, MirrorTable, check_table};

/// A table as the sink writes it now (replaced when a refused write re-checks it).
#[derive(Clone)]
pub(super) enum Table {
    Mirror(Arc<MirrorTable>),
    Events(Arc<EventTable>),
}

/// How a table was declared: what a re-check needs.
pub(super) enum Declared {
    Mirror {
        title: String,
        options: MirrorOptions,
    },
    Events,
}

/// One table of the sink: what it writes to now, and what a re-check needs.
pub(super) struct Entry {
    pub(super) current: RwLock<Table>,
    pub(super) declared: Declared,
    pub(super) fingerprint: String,
    /// Whether a refused write may re-check the table: set when the table was trusted from
    /// a [`KnownSchema`] and after every accepted write, so a table whose writes keep being
    /// refused for their values is re-checked once, not before every write.
    pub(super) armed: AtomicBool,
    /// What to tell the keeper of [`KnownSchema`]s since it last asked: checked against
    /// Notion (`Some(true)`), or a re-check failed and the knowledge is void (`Some(false)`).
    pub(super) news: Mutex<Option<bool>>,
    /// Held while a re-check runs, so concurrent refusals wait for one re-check.
    pub(super) recheck: tokio::sync::Mutex<()>,
}

impl Entry {
    pub(super) fn new(
        table: Table,
        declared: Declared,
        fingerprint: String,
        trusted: bool,
    ) -> Self {
        Self {
            current: RwLock::new(table),
            declared,
            fingerprint,
            armed: AtomicBool::new(trusted),
            news: Mutex::new((!trusted).then_some(true)),
            recheck: tokio::sync::Mutex::new(()),
        }
    }

    pub(super) fn current(&self) -> Table {
        self.current
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    pub(super) fn replace(&self, table: Table) {
        *self.current.write().unwrap_or_else(PoisonError::into_inner) = table;
        *self.news.lock().unwrap_or_else(PoisonError::into_inner) = Some(true);
    }

    pub(super) fn void(&self) {
        *self.news.lock().unwrap_or_else(PoisonError::into_inner) = Some(false);
    }

    /// What this table's knowledge is now.
    pub(super) fn known(&self) -> KnownSchema {
        let (data_source_id, columns) = match self.current() {
            Table::Mirror(m) => (m.data_source_id.clone(), m.columns.clone()),
            Table::Events(e) => (e.log.data_source_id().clone(), BTreeMap::new()),
        };
        KnownSchema {
            fingerprint: self.fingerprint.clone(),
            data_source_id,
            columns,
        }
    }
}

impl NotionSink {
    /// Runs `op` on `table`'s mirror table; if Notion refuses it in a way a changed table
    /// explains ([`is_schema_refusal`]; `addresses_table` when `op` sends to the data source
    /// rather than to one row), re-checks the table (at most once between accepted writes)
    /// and runs `op` once more on the result.
    pub(super) async fn on_mirror<T, F, Fut>(
        &self,
        table: &TableId,
        addresses_table: bool,
        op: F,
    ) -> std::result::Result<T, RemoteError>
    where
        F: Fn(Arc<MirrorTable>) -> Fut,
        Fut: Future<Output = Result<T>>,
    {
        let entry = self.entry(table)?;
        let m = self.mirror(table)?;
        let error = match op(m.clone()).await {
            Ok(v) => {
                entry.armed.store(true, Ordering::SeqCst);
                return Ok(v);
            }
            Err(e) if is_schema_refusal(&e, addresses_table) => e,
            Err(e) => return Err(remote_error(e)),
        };
        match self.recheck(table, entry, &Table::Mirror(m)).await {
            Some(Table::Mirror(again)) => match op(again).await {
                Ok(v) => {
                    entry.armed.store(true, Ordering::SeqCst);
                    Ok(v)
                }
                Err(e) => Err(remote_error(e)),
            },
            _ => Err(remote_error(error)),
        }
    }

    /// Re-checks `table` after a refused write made on `failed`: the table to write to now,
    /// or `None` when there is nothing new to try (not armed, or the re-check failed).
    pub(super) async fn recheck(
        &self,
        table: &TableId,
        entry: &Entry,
        failed: &Table,
    ) -> Option<Table> {
        let _one_at_a_time = entry.recheck.lock().await;
        let now = entry.current();
        let replaced = match (&now, failed) {
            (Table::Mirror(a), Table::Mirror(b)) => !Arc::ptr_eq(a, b),
            (Table::Events(a), Table::Events(b)) => !Arc::ptr_eq(a, b),
            _ => true,
        };
        if replaced {
            // Another write re-checked the table meanwhile.
            return Some(now);
        }
        if !entry.armed.swap(false, Ordering::SeqCst) {
            return None;
        }
        tracing::warn!(table = %table, "Notion refused a write: re-checking the table's columns");
        let result = match (&entry.declared, &now) {
            (Declared::Mirror { title, options }, _) => self
                .recheck_mirror(title, options)
                .await
                .map(|m| Table::Mirror(Arc::new(m))),
            (Declared::Events, Table::Events(e)) => e.log.migrate().await.map(|_| {
                let log = e.log.clone();
                Table::Events(Arc::new(EventTable { log }))
            }),
            (Declared::Events, Table::Mirror(_)) => return None,
        };
        match result {
            Ok(checked) => {
                entry.replace(checked.clone());
                Some(checked)
            }
            Err(e) => {
                tracing::warn!(table = %table, error = %e, "the re-check failed: the table is checked again at the next start");
                entry.void();
                None
            }
        }
    }

    async fn recheck_mirror(&self, title: &str, options: &MirrorOptions) -> Result<MirrorTable> {
        let check = check_table(&self.client, &self.parent_page_id, title, options).await?;
        if let Some(c) = check.conflicts.first() {
            return Err(Error::Config(format!(
                "column {:?} of {title:?} is {}, not {}: change its type back in Notion or rename it",
                c.property, c.found, c.wanted
            )));
        }
        MirrorTable::ensure(
            self.client.clone(),
            &self.parent_page_id,
            title,
            options.clone(),
        )
        .await
    }
}
