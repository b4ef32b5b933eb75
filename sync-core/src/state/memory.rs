//! An in-memory [`StateStore`]: clones share one state, so a test can drop an engine and
//! build a new one over the same memory, as if the process had restarted.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use chrono::{DateTime, Utc};

use super::{Intent, RowState, RunInfo, StateStore, StoreResult};
use crate::BoxFuture;
use crate::record::EntityKind;
use crate::sink::TableId;
use crate::source::ChangeCursor;

#[derive(Debug, Default)]
struct Inner {
    rows: HashMap<TableId, BTreeMap<String, RowState>>,
    indexed: std::collections::HashSet<TableId>,
    cursors: HashMap<EntityKind, ChangeCursor>,
    runs: HashMap<EntityKind, RunInfo>,
    meta: HashMap<String, String>,
    processed: HashMap<(String, String), DateTime<Utc>>,
    intents: BTreeMap<u64, Intent>,
    next_intent: u64,
}

/// State kept in memory; cloning shares it.
#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    inner: Arc<Mutex<Inner>>,
}

impl MemoryStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// How many processed event ids are remembered (for tests of aging).
    pub fn processed_len(&self) -> usize {
        self.lock().processed.len()
    }
}

fn ready<'a, T: Send + 'a>(value: T) -> BoxFuture<'a, T> {
    Box::pin(std::future::ready(value))
}

impl StateStore for MemoryStore {
    fn get_row<'a>(
        &'a self,
        table: &'a TableId,
        key: &'a str,
    ) -> BoxFuture<'a, StoreResult<Option<RowState>>> {
        let row = self
            .lock()
            .rows
            .get(table)
            .and_then(|t| t.get(key))
            .cloned();
        ready(Ok(row))
    }

    fn put_row<'a>(
        &'a self,
        table: &'a TableId,
        key: &'a str,
        row: RowState,
    ) -> BoxFuture<'a, StoreResult<()>> {
        self.lock()
            .rows
            .entry(table.clone())
            .or_default()
            .insert(key.to_owned(), row);
        ready(Ok(()))
    }

    fn remove_row<'a>(
        &'a self,
        table: &'a TableId,
        key: &'a str,
    ) -> BoxFuture<'a, StoreResult<()>> {
        if let Some(t) = self.lock().rows.get_mut(table) {
            t.remove(key);
        }
        ready(Ok(()))
    }

    fn rows<'a>(
        &'a self,
        table: &'a TableId,
    ) -> BoxFuture<'a, StoreResult<Vec<(String, RowState)>>> {
        let rows = self
            .lock()
            .rows
            .get(table)
            .map(|t| t.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default();
        ready(Ok(rows))
    }

    fn count_rows<'a>(&'a self, table: &'a TableId) -> BoxFuture<'a, StoreResult<u64>> {
        let n = self.lock().rows.get(table).map_or(0, |t| t.len() as u64);
        ready(Ok(n))
    }

    fn touch_rows<'a>(
        &'a self,
        table: &'a TableId,
        keys: &'a [String],
        run: u64,
        at: DateTime<Utc>,
    ) -> BoxFuture<'a, StoreResult<()>> {
        let mut inner = self.lock();
        if let Some(t) = inner.rows.get_mut(table) {
            for key in keys {
                if let Some(row) = t.get_mut(key) {
                    row.seen_run = run;
                    row.last_seen = Some(at);
                }
            }
        }
        ready(Ok(()))
    }

    fn unseen_rows<'a>(
        &'a self,
        table: &'a TableId,
        run: u64,
    ) -> BoxFuture<'a, StoreResult<Vec<(String, RowState)>>> {
        let rows = self
            .lock()
            .rows
            .get(table)
            .map(|t| {
                t.iter()
                    .filter(|(_, r)| !r.deleted && r.seen_run < run)
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect()
            })
            .unwrap_or_default();
        ready(Ok(rows))
    }

    fn is_indexed<'a>(&'a self, table: &'a TableId) -> BoxFuture<'a, StoreResult<bool>> {
        ready(Ok(self.lock().indexed.contains(table)))
    }

    fn set_indexed<'a>(&'a self, table: &'a TableId) -> BoxFuture<'a, StoreResult<()>> {
        self.lock().indexed.insert(table.clone());
        ready(Ok(()))
    }

    fn cursor<'a>(
        &'a self,
        entity: &'a EntityKind,
    ) -> BoxFuture<'a, StoreResult<Option<ChangeCursor>>> {
        ready(Ok(self.lock().cursors.get(entity).cloned()))
    }

    fn set_cursor<'a>(
        &'a self,
        entity: &'a EntityKind,
        cursor: Option<ChangeCursor>,
    ) -> BoxFuture<'a, StoreResult<()>> {
        let mut inner = self.lock();
        match cursor {
            Some(c) => inner.cursors.insert(entity.clone(), c),
            None => inner.cursors.remove(entity),
        };
        ready(Ok(()))
    }

    fn meta<'a>(&'a self, key: &'a str) -> BoxFuture<'a, StoreResult<Option<String>>> {
        ready(Ok(self.lock().meta.get(key).cloned()))
    }

    fn set_meta<'a>(&'a self, key: &'a str, value: String) -> BoxFuture<'a, StoreResult<()>> {
        self.lock().meta.insert(key.to_owned(), value);
        ready(Ok(()))
    }

    fn run_info<'a>(&'a self, entity: &'a EntityKind) -> BoxFuture<'a, StoreResult<RunInfo>> {
        ready(Ok(self
            .lock()
            .runs
            .get(entity)
            .cloned()
            .unwrap_or_default()))
    }

    fn set_run_info<'a>(
        &'a self,
        entity: &'a EntityKind,
        info: RunInfo,
    ) -> BoxFuture<'a, StoreResult<()>> {
        self.lock().runs.insert(entity.clone(), info);
        ready(Ok(()))
    }

    fn is_processed<'a>(
        &'a self,
        scope: &'a str,
        event_id: &'a str,
    ) -> BoxFuture<'a, StoreResult<bool>> {
        let key = (scope.to_owned(), event_id.to_owned());
        ready(Ok(self.lock().processed.contains_key(&key)))
    }

    fn mark_processed<'a>(
        &'a self,
        scope: &'a str,
        event_id: &'a str,
        at: DateTime<Utc>,
    ) -> BoxFuture<'a, StoreResult<()>> {
        self.lock()
            .processed
            .insert((scope.to_owned(), event_id.to_owned()), at);
        ready(Ok(()))
    }

    fn prune_processed(&self, before: DateTime<Utc>) -> BoxFuture<'_, StoreResult<u64>> {
        let mut inner = self.lock();
        let len = inner.processed.len();
        inner.processed.retain(|_, at| *at >= before);
        let pruned = (len - inner.processed.len()) as u64;
        ready(Ok(pruned))
    }

    fn begin_intent(&self, mut intent: Intent) -> BoxFuture<'_, StoreResult<u64>> {
        let mut inner = self.lock();
        inner.next_intent += 1;
        let id = inner.next_intent;
        intent.id = id;
        inner.intents.insert(id, intent);
        ready(Ok(id))
    }

    fn finish_intent(&self, id: u64) -> BoxFuture<'_, StoreResult<()>> {
        self.lock().intents.remove(&id);
        ready(Ok(()))
    }

    fn pending_intents(&self) -> BoxFuture<'_, StoreResult<Vec<Intent>>> {
        ready(Ok(self.lock().intents.values().cloned().collect()))
    }
}
