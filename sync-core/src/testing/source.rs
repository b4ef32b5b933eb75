//! An in-memory source of truth with a change feed.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use futures_util::StreamExt;

use super::{Failure, lock};
use crate::error::{Outcome, RemoteError};
use crate::record::{EntityKind, SourceRecord};
use crate::source::{Change, ChangeCursor, ChangeStream, Source};
use crate::{BoxFuture, BoxStream};

/// Work to run in the middle of a call (see [`FakeSource::pause_next_listing`]).
struct During(BoxFuture<'static, ()>);

impl std::fmt::Debug for During {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("During")
    }
}

/// A listing's pause: `during` runs after `after` records.
#[derive(Debug)]
struct Pause {
    after: usize,
    during: During,
}

#[derive(Debug, Default)]
struct SourceState {
    records: BTreeMap<(EntityKind, String), SourceRecord>,
    /// Last change sequence per record, and whether it was a deletion.
    changes: BTreeMap<(EntityKind, String), (u64, bool)>,
    seq: u64,
    failure: Option<Failure>,
    pause: Option<Pause>,
    fetch_pause: Option<During>,
    incremental: bool,
    stream_calls: u64,
    fetch_calls: u64,
    change_calls: u64,
}

/// An in-memory source of truth with a change feed.
#[derive(Debug, Clone)]
pub struct FakeSource {
    state: Arc<Mutex<SourceState>>,
}

impl Default for FakeSource {
    fn default() -> Self {
        Self::new()
    }
}

/// Call counts of a [`FakeSource`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SourceStats {
    /// `stream_all` calls.
    pub streams: u64,
    /// `fetch` calls.
    pub fetches: u64,
    /// `changes_since` calls.
    pub change_feeds: u64,
}

impl FakeSource {
    /// An empty source with a change feed.
    pub fn new() -> Self {
        Self {
            state: Arc::new(Mutex::new(SourceState {
                incremental: true,
                ..SourceState::default()
            })),
        }
    }

    /// Turns the change feed on or off (off: the engine always does full passes).
    pub fn set_incremental(&self, on: bool) {
        lock(&self.state).incremental = on;
    }

    /// Stores `record` as is; returns the change sequence number.
    pub fn upsert(&self, record: SourceRecord) -> u64 {
        let mut s = lock(&self.state);
        s.seq += 1;
        let seq = s.seq;
        let key = (record.entity.clone(), record.id.clone());
        s.changes.insert(key.clone(), (seq, false));
        s.records.insert(key, record);
        seq
    }

    /// Creates or changes a record named `name`, stamping `updated_at` from the change
    /// sequence (one second per change); returns the stored record.
    pub fn set(&self, entity: EntityKind, id: &str, name: &str) -> SourceRecord {
        let seq = lock(&self.state).seq + 1;
        let record = SourceRecord::new(entity, id)
            .with_display_name(name)
            .with_fields(serde_json::json!({ "name": name }))
            .with_updated_at(fake_time(seq));
        self.upsert(record.clone());
        record
    }

    /// Deletes a record; returns the deletion's time (as [`fake_time`]) if it existed.
    pub fn delete(&self, entity: &EntityKind, id: &str) -> Option<DateTime<Utc>> {
        let mut s = lock(&self.state);
        let key = (entity.clone(), id.to_owned());
        s.records.remove(&key)?;
        s.seq += 1;
        let seq = s.seq;
        s.changes.insert(key, (seq, true));
        Some(fake_time(seq))
    }

    /// A record as stored.
    pub fn get(&self, entity: &EntityKind, id: &str) -> Option<SourceRecord> {
        lock(&self.state)
            .records
            .get(&(entity.clone(), id.to_owned()))
            .cloned()
    }

    /// Every record of `entity`.
    pub fn all(&self, entity: &EntityKind) -> Vec<SourceRecord> {
        lock(&self.state)
            .records
            .iter()
            .filter(|((e, _), _)| e == entity)
            .map(|(_, r)| r.clone())
            .collect()
    }

    /// The next listing (`stream_all`) runs `during` to its end after yielding `after`
    /// records, then goes on. The listing is a snapshot taken when it starts, as a source
    /// paging through a result set that began before the change: `during` can create and
    /// delete records, and apply pushed events through the engine, while a full pass waits
    /// in the middle of its listing.
    pub fn pause_next_listing(
        &self,
        after: usize,
        during: impl std::future::Future<Output = ()> + Send + 'static,
    ) {
        lock(&self.state).pause = Some(Pause {
            after,
            during: During(Box::pin(during)),
        });
    }

    /// The next `fetch` reads the record, then runs `during` to its end before answering:
    /// what happens while the answer is on its way.
    pub fn pause_next_fetch(&self, during: impl std::future::Future<Output = ()> + Send + 'static) {
        lock(&self.state).fetch_pause = Some(During(Box::pin(during)));
    }

    /// Drops the pauses planned by [`pause_next_listing`](Self::pause_next_listing) and
    /// [`pause_next_fetch`](Self::pause_next_fetch) that have not run yet; returns whether
    /// the listing's was among them.
    pub fn clear_pause(&self) -> bool {
        let mut s = lock(&self.state);
        s.fetch_pause = None;
        s.pause.take().is_some()
    }

    /// The next `n` calls fail with no effect.
    pub fn fail_next(&self, n: usize, retryable: bool) {
        lock(&self.state).failure = Some(Failure {
            remaining: n,
            outcome: Outcome::NotApplied,
            retryable,
        });
    }

    /// Injected failures not used yet (so a test can count the calls that met them).
    pub fn failures_left(&self) -> usize {
        lock(&self.state).failure.map_or(0, |f| f.remaining)
    }

    /// Call counts so far.
    pub fn stats(&self) -> SourceStats {
        let s = lock(&self.state);
        SourceStats {
            streams: s.stream_calls,
            fetches: s.fetch_calls,
            change_feeds: s.change_calls,
        }
    }
}

/// The fake's time for change number `seq`: 2026-01-01 plus `seq` seconds.
pub fn fake_time(seq: u64) -> DateTime<Utc> {
    let secs = 1_767_225_600_i64.saturating_add(i64::try_from(seq).unwrap_or(i64::MAX / 2));
    DateTime::from_timestamp(secs, 0).unwrap_or_default()
}

impl Source for FakeSource {
    fn stream_all<'a>(
        &'a self,
        entity: &'a EntityKind,
    ) -> BoxStream<'a, Result<SourceRecord, RemoteError>> {
        let mut s = lock(&self.state);
        s.stream_calls += 1;
        if let Some(e) = Failure::take(&mut s.failure, "stream_all") {
            return Box::pin(futures_util::stream::iter(vec![Err(e)]));
        }
        let mut items: Vec<_> = s
            .records
            .iter()
            .filter(|((e, _), _)| e == entity)
            .map(|(_, r)| Ok(r.clone()))
            .collect();
        let Some(Pause {
            after,
            during: During(during),
        }) = s.pause.take()
        else {
            return Box::pin(futures_util::stream::iter(items));
        };
        let rest = items.split_off(after.min(items.len()));
        let pause = futures_util::stream::once(during).filter_map(|()| std::future::ready(None));
        Box::pin(
            futures_util::stream::iter(items)
                .chain(pause)
                .chain(futures_util::stream::iter(rest)),
        )
    }

    fn fetch<'a>(
        &'a self,
        entity: &'a EntityKind,
        id: &'a str,
    ) -> BoxFuture<'a, Result<Option<SourceRecord>, RemoteError>> {
        let mut s = lock(&self.state);
        s.fetch_calls += 1;
        let result = match Failure::take(&mut s.failure, "fetch") {
            Some(e) => Err(e),
            None => Ok(s.records.get(&(entity.clone(), id.to_owned())).cloned()),
        };
        match s.fetch_pause.take() {
            Some(During(during)) => Box::pin(async move {
                during.await;
                result
            }),
            None => Box::pin(std::future::ready(result)),
        }
    }

    fn changes_since<'a>(
        &'a self,
        entity: &'a EntityKind,
        cursor: &'a ChangeCursor,
    ) -> Option<ChangeStream<'a>> {
        let mut s = lock(&self.state);
        if !s.incremental {
            return None;
        }
        s.change_calls += 1;
        if let Some(e) = Failure::take(&mut s.failure, "changes_since") {
            return Some(Box::pin(futures_util::stream::iter(vec![Err(e)])));
        }
        let after: u64 = cursor.0.parse().unwrap_or(0);
        let mut changed: Vec<_> = s
            .changes
            .iter()
            .filter(|((e, _), (seq, _))| e == entity && *seq > after)
            .map(|((_, id), (seq, deleted))| (*seq, id.clone(), *deleted))
            .collect();
        changed.sort();
        let mut items: Vec<Result<Change, RemoteError>> = changed
            .into_iter()
            .map(|(_, id, deleted)| {
                Ok(match s.records.get(&(entity.clone(), id.clone())) {
                    Some(r) if !deleted => Change::Upsert(r.clone()),
                    _ => Change::Delete(id),
                })
            })
            .collect();
        items.push(Ok(Change::Checkpoint(ChangeCursor(s.seq.to_string()))));
        Some(Box::pin(futures_util::stream::iter(items)))
    }

    fn checkpoint<'a>(
        &'a self,
        _entity: &'a EntityKind,
    ) -> BoxFuture<'a, Result<Option<ChangeCursor>, RemoteError>> {
        let s = lock(&self.state);
        let out = s.incremental.then(|| ChangeCursor(s.seq.to_string()));
        Box::pin(std::future::ready(Ok(out)))
    }
}
