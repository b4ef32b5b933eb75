//! A state store wrapper that crashes at a chosen write.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};

use super::{CrashSwitch, lock};
use crate::BoxFuture;
use crate::record::EntityKind;
use crate::sink::TableId;
use crate::source::ChangeCursor;
use crate::state::{Intent, RowState, RunInfo, StateStore, StoreResult};

/// Wraps a [`StateStore`] so a chosen write never returns (a crash between the engine's
/// steps), and counts writes.
#[derive(Debug, Clone)]
pub struct FaultyStore<S> {
    inner: S,
    crash: CrashSwitch,
    plan: Arc<Mutex<(u64, Option<u64>)>>,
}

impl<S: StateStore> FaultyStore<S> {
    /// Wraps `inner`, crashing through `switch`.
    pub fn new(inner: S, switch: CrashSwitch) -> Self {
        Self {
            inner,
            crash: switch,
            plan: Arc::new(Mutex::new((0, None))),
        }
    }

    /// Store write number `n` from now (1-based) never happens or returns, and fires the
    /// crash switch.
    pub fn crash_at_write(&self, n: u64) {
        let mut plan = lock(&self.plan);
        plan.1 = Some(plan.0 + n);
    }

    /// Cancels a planned crash.
    pub fn clear_faults(&self) {
        lock(&self.plan).1 = None;
    }

    /// Store writes so far.
    pub fn writes(&self) -> u64 {
        lock(&self.plan).0
    }

    /// The wrapped store.
    pub fn inner(&self) -> &S {
        &self.inner
    }

    fn gate<'a, T: Send + 'a>(
        &self,
        write: BoxFuture<'a, StoreResult<T>>,
    ) -> BoxFuture<'a, StoreResult<T>> {
        let mut plan = lock(&self.plan);
        plan.0 += 1;
        if plan.1 == Some(plan.0) {
            plan.1 = None;
            drop(write);
            return self.crash.die();
        }
        write
    }
}

impl<S: StateStore> StateStore for FaultyStore<S> {
    fn get_row<'a>(
        &'a self,
        table: &'a TableId,
        key: &'a str,
    ) -> BoxFuture<'a, StoreResult<Option<RowState>>> {
        self.inner.get_row(table, key)
    }
    fn put_row<'a>(
        &'a self,
        table: &'a TableId,
        key: &'a str,
        row: RowState,
    ) -> BoxFuture<'a, StoreResult<()>> {
        self.gate(self.inner.put_row(table, key, row))
    }
    fn remove_row<'a>(
        &'a self,
        table: &'a TableId,
        key: &'a str,
    ) -> BoxFuture<'a, StoreResult<()>> {
        self.gate(self.inner.remove_row(table, key))
    }
    fn rows<'a>(
        &'a self,
        table: &'a TableId,
    ) -> BoxFuture<'a, StoreResult<Vec<(String, RowState)>>> {
        self.inner.rows(table)
    }
    fn count_rows<'a>(&'a self, table: &'a TableId) -> BoxFuture<'a, StoreResult<u64>> {
        self.inner.count_rows(table)
    }
    fn touch_rows<'a>(
        &'a self,
        table: &'a TableId,
        keys: &'a [String],
        run: u64,
        at: DateTime<Utc>,
    ) -> BoxFuture<'a, StoreResult<()>> {
        self.gate(self.inner.touch_rows(table, keys, run, at))
    }
    fn unseen_rows<'a>(
        &'a self,
        table: &'a TableId,
        run: u64,
    ) -> BoxFuture<'a, StoreResult<Vec<(String, RowState)>>> {
        self.inner.unseen_rows(table, run)
    }
    fn is_indexed<'a>(&'a self, table: &'a TableId) -> BoxFuture<'a, StoreResult<bool>> {
        self.inner.is_indexed(table)
    }
    fn set_indexed<'a>(&'a self, table: &'a TableId) -> BoxFuture<'a, StoreResult<()>> {
        self.gate(self.inner.set_indexed(table))
    }
    fn cursor<'a>(
        &'a self,
        entity: &'a EntityKind,
    ) -> BoxFuture<'a, StoreResult<Option<ChangeCursor>>> {
        self.inner.cursor(entity)
    }
    fn set_cursor<'a>(
        &'a self,
        entity: &'a EntityKind,
        cursor: Option<ChangeCursor>,
    ) -> BoxFuture<'a, StoreResult<()>> {
        self.gate(self.inner.set_cursor(entity, cursor))
    }
    fn run_info<'a>(&'a self, entity: &'a EntityKind) -> BoxFuture<'a, StoreResult<RunInfo>> {
        self.inner.run_info(entity)
    }
    fn set_run_info<'a>(
        &'a self,
        entity: &'a EntityKind,
        info: RunInfo,
    ) -> BoxFuture<'a, StoreResult<()>> {
        self.gate(self.inner.set_run_info(entity, info))
    }
    fn is_processed<'a>(
        &'a self,
        scope: &'a str,
        event_id: &'a str,
    ) -> BoxFuture<'a, StoreResult<bool>> {
        self.inner.is_processed(scope, event_id)
    }
    fn mark_processed<'a>(
        &'a self,
        scope: &'a str,
        event_id: &'a str,
        at: DateTime<Utc>,
    ) -> BoxFuture<'a, StoreResult<()>> {
        self.gate(self.inner.mark_processed(scope, event_id, at))
    }
    fn prune_processed(&self, before: DateTime<Utc>) -> BoxFuture<'_, StoreResult<u64>> {
        self.inner.prune_processed(before)
    }
    fn begin_intent(&self, intent: Intent) -> BoxFuture<'_, StoreResult<u64>> {
        self.gate(self.inner.begin_intent(intent))
    }
    fn finish_intent(&self, id: u64) -> BoxFuture<'_, StoreResult<()>> {
        self.gate(self.inner.finish_intent(id))
    }
    fn pending_intents(&self) -> BoxFuture<'_, StoreResult<Vec<Intent>>> {
        self.inner.pending_intents()
    }
}
