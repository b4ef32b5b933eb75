//! An in-memory sink with fault injection, hand edits and call counting.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};

use super::{CrashSwitch, Failure, fake_time, lock};
use crate::error::{Outcome, RemoteError};
use crate::projection::{Projection, Value};
use crate::sink::{EventRow, RowId, Sink, SinkRow, TableId};
use crate::{BoxFuture, BoxStream};

/// One row of a [`FakeSink`] table.
#[derive(Debug, Clone, PartialEq)]
pub struct FakeRow {
    /// The row id.
    pub row_id: RowId,
    /// The record key.
    pub key: String,
    /// Hashed properties as currently stored.
    pub properties: BTreeMap<String, Value>,
    /// Stamps as currently stored.
    pub stamps: BTreeMap<String, Value>,
    /// In the trash.
    pub trashed: bool,
    /// Last edit, as a fake sequence time.
    pub last_edited: DateTime<Utc>,
    /// Carries the ownership marker.
    pub managed: bool,
}

impl FakeRow {
    fn to_sink_row(&self, hashless: bool) -> SinkRow {
        let p = Projection {
            properties: self.properties.clone(),
            stamps: BTreeMap::new(),
        };
        SinkRow {
            row_id: self.row_id.clone(),
            key: self.key.clone(),
            trashed: self.trashed,
            last_edited: Some(self.last_edited),
            projection_hash: (!hashless).then(|| p.content_hash()),
            managed: self.managed,
        }
    }
}

/// Call counts of a [`FakeSink`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SinkStats {
    /// `find_by_key` calls.
    pub finds: u64,
    /// `find_event` calls.
    pub find_events: u64,
    /// `load_index` calls.
    pub index_loads: u64,
    /// `create` calls.
    pub creates: u64,
    /// `update` calls.
    pub updates: u64,
    /// `trash` calls.
    pub trashes: u64,
    /// `restore` calls.
    pub restores: u64,
    /// `append_event` calls.
    pub appends: u64,
}

impl SinkStats {
    /// Read calls.
    pub fn reads(&self) -> u64 {
        self.finds + self.find_events + self.index_loads
    }

    /// Write calls.
    pub fn writes(&self) -> u64 {
        self.creates + self.updates + self.trashes + self.restores + self.appends
    }
}

/// Called on every trash of a row: the table, the row's key, and whether it was the key's
/// last live row.
pub type TrashWatch = Arc<dyn Fn(&TableId, &str, bool) + Send + Sync>;

#[derive(Clone)]
struct Watch(TrashWatch);

impl std::fmt::Debug for Watch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TrashWatch")
    }
}

#[derive(Debug, Default)]
struct SinkState {
    /// Failures for writes only (see [`FakeSink::fail_next_writes`]).
    write_failure: Option<Failure>,
    /// Rows are listed without a content hash (see [`FakeSink::without_hashes`]).
    hashless: bool,
    tables: BTreeMap<TableId, Vec<FakeRow>>,
    events: BTreeMap<TableId, Vec<(RowId, EventRow)>>,
    next_id: u64,
    clock: u64,
    stats: SinkStats,
    failure: Option<Failure>,
    lose_creates: usize,
    lose_appends: usize,
    lose_writes: usize,
    trash_watch: Option<Watch>,
    writes_seen: u64,
    crash_at: Option<(u64, bool)>,
}

impl SinkState {
    fn new_id(&mut self) -> RowId {
        self.next_id += 1;
        RowId(format!("row-{}", self.next_id))
    }

    fn tick(&mut self) -> DateTime<Utc> {
        self.clock += 1;
        fake_time(self.clock)
    }

    fn row_mut(&mut self, table: &TableId, row: &RowId) -> Option<&mut FakeRow> {
        self.tables
            .get_mut(table)?
            .iter_mut()
            .find(|r| &r.row_id == row)
    }
}

/// What a write call should do under the crash plan.
enum CrashStep {
    None,
    Before,
    After,
}

/// An in-memory sink with fault injection, hand edits and call counting.
#[derive(Debug, Clone, Default)]
pub struct FakeSink {
    state: Arc<Mutex<SinkState>>,
    crash: CrashSwitch,
}

impl FakeSink {
    /// An empty sink.
    pub fn new() -> Self {
        Self::default()
    }

    /// Uses `switch` for crashes (share it with a [`FaultyStore`](super::FaultyStore)).
    pub fn with_crash_switch(mut self, switch: CrashSwitch) -> Self {
        self.crash = switch;
        self
    }

    /// Lists rows without a content hash, like a sink that cannot read back what it wrote:
    /// the engine then spots hand edits by their edit time alone.
    pub fn without_hashes(self) -> Self {
        lock(&self.state).hashless = true;
        self
    }

    /// The crash switch.
    pub fn crash_switch(&self) -> &CrashSwitch {
        &self.crash
    }

    /// The next `n` calls (reads or writes) fail with no effect.
    pub fn fail_next(&self, n: usize, outcome: Outcome, retryable: bool) {
        lock(&self.state).failure = Some(Failure {
            remaining: n,
            outcome,
            retryable,
        });
    }

    /// The next `n` writes (creates, updates, trashes, restores, appends) fail with
    /// `outcome`; reads still answer.
    pub fn fail_next_writes(&self, n: usize, outcome: Outcome, retryable: bool) {
        lock(&self.state).write_failure = Some(Failure {
            remaining: n,
            outcome,
            retryable,
        });
    }

    /// The next `n` creates write the row but answer with an unknown-outcome error.
    pub fn lose_next_creates(&self, n: usize) {
        lock(&self.state).lose_creates = n;
    }

    /// The next `n` appends write the row but answer with an unknown-outcome error.
    pub fn lose_next_appends(&self, n: usize) {
        lock(&self.state).lose_appends = n;
    }

    /// Injected failures not used yet (so a test can count the calls that met them).
    pub fn failures_left(&self) -> usize {
        lock(&self.state).failure.map_or(0, |f| f.remaining)
    }

    /// The next `n` writes of any kind (create, update, trash, restore, append) take effect
    /// but answer with a retryable unknown-outcome error (an answer lost on the way back).
    pub fn lose_next_writes(&self, n: usize) {
        lock(&self.state).lose_writes = n;
    }

    /// Calls `watch` on every trash with the row's table and key, and whether the row was
    /// the key's last live row (so a test can tell a duplicate cleaned up from a record's
    /// row taken away).
    pub fn watch_trashes(&self, watch: impl Fn(&TableId, &str, bool) + Send + Sync + 'static) {
        lock(&self.state).trash_watch = Some(Watch(Arc::new(watch)));
    }

    /// Write number `n` from now (1-based) never returns and fires the crash switch;
    /// `applied` says whether it takes effect first.
    pub fn crash_at_write(&self, n: u64, applied: bool) {
        let mut s = lock(&self.state);
        let at = s.writes_seen.saturating_add(n);
        s.crash_at = Some((at, applied));
    }

    /// Cancels a planned crash, keeping planned failures.
    pub fn clear_crash(&self) {
        lock(&self.state).crash_at = None;
    }

    /// Cancels a planned crash and any planned failures.
    pub fn clear_faults(&self) {
        let mut s = lock(&self.state);
        s.crash_at = None;
        s.failure = None;
        s.write_failure = None;
        s.lose_creates = 0;
        s.lose_appends = 0;
        s.lose_writes = 0;
    }

    /// Call counts so far.
    pub fn stats(&self) -> SinkStats {
        lock(&self.state).stats
    }

    /// Every row of `table`, trashed ones included.
    pub fn rows(&self, table: &TableId) -> Vec<FakeRow> {
        lock(&self.state)
            .tables
            .get(table)
            .cloned()
            .unwrap_or_default()
    }

    /// `(key, hashed properties)` of every live row of `table`.
    pub fn live_rows(&self, table: &TableId) -> Vec<(String, BTreeMap<String, Value>)> {
        self.rows(table)
            .into_iter()
            .filter(|r| !r.trashed)
            .map(|r| (r.key, r.properties))
            .collect()
    }

    /// Every activity row of `table`.
    pub fn events(&self, table: &TableId) -> Vec<EventRow> {
        lock(&self.state)
            .events
            .get(table)
            .map(|v| v.iter().map(|(_, e)| e.clone()).collect())
            .unwrap_or_default()
    }

    /// Changes one property of a row, as a person would.
    pub fn hand_edit(&self, table: &TableId, row: &RowId, property: &str, value: Value) {
        let mut s = lock(&self.state);
        let at = s.tick();
        if let Some(r) = s.row_mut(table, row) {
            r.properties.insert(property.to_owned(), value);
            r.last_edited = at;
        }
    }

    /// Moves a row to the trash (or out of it), as a person would.
    pub fn hand_trash(&self, table: &TableId, row: &RowId, trashed: bool) {
        let mut s = lock(&self.state);
        let at = s.tick();
        if let Some(r) = s.row_mut(table, row) {
            r.trashed = trashed;
            r.last_edited = at;
        }
    }

    /// Deletes a row for good, as a person emptying the trash would.
    pub fn hand_delete(&self, table: &TableId, row: &RowId) {
        if let Some(rows) = lock(&self.state).tables.get_mut(table) {
            rows.retain(|r| &r.row_id != row);
        }
    }

    /// Duplicates the first live row of `key`, as a person would; returns the copy's id.
    pub fn hand_duplicate(&self, table: &TableId, key: &str) -> Option<RowId> {
        let mut s = lock(&self.state);
        let original = s
            .tables
            .get(table)?
            .iter()
            .find(|r| r.key == key && !r.trashed)?
            .clone();
        let id = s.new_id();
        let at = s.tick();
        let copy = FakeRow {
            row_id: id.clone(),
            last_edited: at,
            ..original
        };
        s.tables.entry(table.clone()).or_default().push(copy);
        Some(id)
    }

    /// Adds a row directly (as if an earlier run, or a person, made it).
    pub fn insert_row(
        &self,
        table: &TableId,
        key: &str,
        projection: &Projection,
        managed: bool,
    ) -> RowId {
        let mut s = lock(&self.state);
        let id = s.new_id();
        let at = s.tick();
        s.tables.entry(table.clone()).or_default().push(FakeRow {
            row_id: id.clone(),
            key: key.to_owned(),
            properties: projection.properties.clone(),
            stamps: projection.stamps.clone(),
            trashed: false,
            last_edited: at,
            managed,
        });
        id
    }

    /// Checks faults for a call; counts a write.
    fn gate(&self, s: &mut SinkState, what: &str, write: bool) -> Result<CrashStep, RemoteError> {
        if let Some(e) = Failure::take(&mut s.failure, what) {
            return Err(e);
        }
        if write && let Some(e) = Failure::take(&mut s.write_failure, what) {
            return Err(e);
        }
        if write {
            s.writes_seen += 1;
            if let Some((at, applied)) = s.crash_at
                && at == s.writes_seen
            {
                s.crash_at = None;
                return Ok(if applied {
                    CrashStep::After
                } else {
                    CrashStep::Before
                });
            }
        }
        Ok(CrashStep::None)
    }

    /// Runs one write: faults, crash plan, then `apply` (and a lost answer, if planned).
    fn write<'a, T: Send + 'a>(
        &self,
        what: &str,
        apply: impl FnOnce(&mut SinkState) -> Result<T, RemoteError>,
    ) -> BoxFuture<'a, Result<T, RemoteError>> {
        let mut s = lock(&self.state);
        match self.gate(&mut s, what, true) {
            Err(e) => Box::pin(std::future::ready(Err(e))),
            Ok(CrashStep::Before) => self.crash.die(),
            Ok(CrashStep::After) => {
                let _ = apply(&mut s);
                self.crash.die()
            }
            Ok(CrashStep::None) => {
                let out = apply(&mut s);
                let out = match out {
                    Ok(_) if s.lose_writes > 0 => {
                        s.lose_writes -= 1;
                        Err(
                            RemoteError::unknown(format!("injected lost response: {what}"))
                                .retryable(true),
                        )
                    }
                    out => out,
                };
                Box::pin(std::future::ready(out))
            }
        }
    }

    fn read<'a, T: Send + 'a>(
        &self,
        what: &str,
        apply: impl FnOnce(&mut SinkState) -> T,
    ) -> BoxFuture<'a, Result<T, RemoteError>> {
        let mut s = lock(&self.state);
        let out = self.gate(&mut s, what, false).map(|_| apply(&mut s));
        Box::pin(std::future::ready(out))
    }
}

fn missing(table: &TableId, row: &RowId) -> RemoteError {
    RemoteError::not_applied(format!("no row {row} in {table}"))
}

impl Sink for FakeSink {
    fn find_by_key<'a>(
        &'a self,
        table: &'a TableId,
        key: &'a str,
    ) -> BoxFuture<'a, Result<Vec<SinkRow>, RemoteError>> {
        self.read("find_by_key", |s| {
            s.stats.finds += 1;
            let hashless = s.hashless;
            s.tables
                .get(table)
                .map(|rows| {
                    rows.iter()
                        .filter(|r| r.key == key)
                        .map(|r| r.to_sink_row(hashless))
                        .collect()
                })
                .unwrap_or_default()
        })
    }

    fn create<'a>(
        &'a self,
        table: &'a TableId,
        key: &'a str,
        projection: &'a Projection,
    ) -> BoxFuture<'a, Result<RowId, RemoteError>> {
        self.write("create", |s| {
            s.stats.creates += 1;
            let id = s.new_id();
            let at = s.tick();
            s.tables.entry(table.clone()).or_default().push(FakeRow {
                row_id: id.clone(),
                key: key.to_owned(),
                properties: projection.properties.clone(),
                stamps: projection.stamps.clone(),
                trashed: false,
                last_edited: at,
                managed: true,
            });
            if s.lose_creates > 0 {
                s.lose_creates -= 1;
                return Err(RemoteError::unknown("injected lost response: create").retryable(true));
            }
            Ok(id)
        })
    }

    fn update<'a>(
        &'a self,
        table: &'a TableId,
        row: &'a RowId,
        projection: &'a Projection,
    ) -> BoxFuture<'a, Result<(), RemoteError>> {
        self.write("update", |s| {
            s.stats.updates += 1;
            let at = s.tick();
            let r = s.row_mut(table, row).ok_or_else(|| missing(table, row))?;
            if r.trashed {
                // As Notion answers: a page in the trash cannot be edited until restored.
                return Err(RemoteError::not_applied(format!(
                    "row {row} in {table} is in the trash"
                )));
            }
            r.properties.extend(projection.properties.clone());
            r.stamps.extend(projection.stamps.clone());
            r.last_edited = at;
            Ok(())
        })
    }

    fn trash<'a>(
        &'a self,
        table: &'a TableId,
        row: &'a RowId,
    ) -> BoxFuture<'a, Result<(), RemoteError>> {
        self.write("trash", |s| {
            s.stats.trashes += 1;
            let at = s.tick();
            let r = s.row_mut(table, row).ok_or_else(|| missing(table, row))?;
            let was_live = !r.trashed;
            r.trashed = true;
            r.last_edited = at;
            let key = r.key.clone();
            if let Some(Watch(watch)) = &s.trash_watch {
                let others_live = s.tables.get(table).is_some_and(|rows| {
                    rows.iter()
                        .any(|r| r.key == key && !r.trashed && &r.row_id != row)
                });
                watch(table, &key, was_live && !others_live);
            }
            Ok(())
        })
    }

    fn restore<'a>(
        &'a self,
        table: &'a TableId,
        row: &'a RowId,
    ) -> BoxFuture<'a, Result<(), RemoteError>> {
        self.write("restore", |s| {
            s.stats.restores += 1;
            let at = s.tick();
            let r = s.row_mut(table, row).ok_or_else(|| missing(table, row))?;
            r.trashed = false;
            r.last_edited = at;
            Ok(())
        })
    }

    fn append_event<'a>(
        &'a self,
        table: &'a TableId,
        event: &'a EventRow,
    ) -> BoxFuture<'a, Result<RowId, RemoteError>> {
        self.write("append_event", |s| {
            s.stats.appends += 1;
            let id = s.new_id();
            s.events
                .entry(table.clone())
                .or_default()
                .push((id.clone(), event.clone()));
            if s.lose_appends > 0 {
                s.lose_appends -= 1;
                return Err(RemoteError::unknown("injected lost response: append").retryable(true));
            }
            Ok(id)
        })
    }

    fn find_event<'a>(
        &'a self,
        table: &'a TableId,
        event_id: &'a str,
    ) -> BoxFuture<'a, Result<Option<RowId>, RemoteError>> {
        self.read("find_event", |s| {
            s.stats.find_events += 1;
            s.events
                .get(table)
                .and_then(|v| v.iter().find(|(_, e)| e.event_id == event_id))
                .map(|(id, _)| id.clone())
        })
    }

    fn load_index<'a>(&'a self, table: &'a TableId) -> BoxStream<'a, Result<SinkRow, RemoteError>> {
        let mut s = lock(&self.state);
        let items: Vec<Result<SinkRow, RemoteError>> = match self.gate(&mut s, "load_index", false)
        {
            Err(e) => vec![Err(e)],
            Ok(_) => {
                s.stats.index_loads += 1;
                s.tables
                    .get(table)
                    .map(|rows| rows.iter().map(|r| Ok(r.to_sink_row(s.hashless))).collect())
                    .unwrap_or_default()
            }
        };
        Box::pin(futures_util::stream::iter(items))
    }
}
