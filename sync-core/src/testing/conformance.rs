//! One conformance suite for every [`StateStore`]: what the engine relies on, checked the same
//! way against [`MemoryStore`], `SqliteStore`, `PostgresStore` and any store you write.
//!
//! A [`StoreHarness`] opens the store under test; each [`StoreHarness::open`] of one harness
//! must see the same state (a reopen), and each new harness a fresh one. The
//! [`state_store_conformance!`](crate::state_store_conformance) macro turns a harness into one
//! `#[tokio::test]` per check:
//!
//! ```ignore
//! mod memory {
//!     sync_core::state_store_conformance!(async {
//!         Some(sync_core::testing::conformance::MemoryHarness::default())
//!     });
//! }
//! ```
//!
//! A harness expression yielding `None` skips the checks (e.g. no database configured).

// The checks are test assertions: a store error fails the test, with the error shown.
#![allow(clippy::unwrap_used)]

use std::future::Future;

use chrono::{DateTime, Duration, Utc};
use futures_util::future::join_all;

use crate::hash::ContentHash;
use crate::projection::{Projection, Value};
use crate::record::EntityKind;
use crate::sink::{EventRow, RowId, TableId};
use crate::source::ChangeCursor;
use crate::state::{Intent, IntentOp, MemoryStore, RowState, RunInfo, StateStore};

/// Opens the store under test.
pub trait StoreHarness {
    /// The store.
    type Store: StateStore;
    /// Opens the store; every call on one harness sees the same state (as after a restart).
    fn open(&self) -> impl Future<Output = Self::Store>;
    /// Removes what the harness made (files, schemas). Default: nothing.
    fn cleanup(self) -> impl Future<Output = ()>
    where
        Self: Sized,
    {
        std::future::ready(())
    }
}

/// A [`MemoryStore`] harness: every open is a clone sharing the one state.
#[derive(Debug, Default)]
pub struct MemoryHarness(MemoryStore);

impl StoreHarness for MemoryHarness {
    type Store = MemoryStore;
    fn open(&self) -> impl Future<Output = MemoryStore> {
        std::future::ready(self.0.clone())
    }
}

/// A `SqliteStore` harness: a fresh file under the temp directory, removed on cleanup.
#[cfg(feature = "sqlite")]
#[derive(Debug)]
pub struct SqliteHarness(std::path::PathBuf);

#[cfg(feature = "sqlite")]
impl Default for SqliteHarness {
    fn default() -> Self {
        Self(std::env::temp_dir().join(format!(
            "sync-core-conformance-{}-{}.db",
            std::process::id(),
            fastrand::u64(..)
        )))
    }
}

#[cfg(feature = "sqlite")]
impl StoreHarness for SqliteHarness {
    type Store = crate::state::SqliteStore;
    async fn open(&self) -> crate::state::SqliteStore {
        crate::state::SqliteStore::open(&self.0).expect("open the SQLite store under test")
    }
    async fn cleanup(self) {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", self.0.display()));
        }
    }
}

/// A `PostgresStore` harness on `DATABASE_URL`, in a schema of its own (so tests run in
/// parallel), dropped on cleanup.
#[cfg(feature = "postgres")]
#[derive(Debug)]
pub struct PostgresHarness {
    url: String,
    schema: String,
}

#[cfg(feature = "postgres")]
impl PostgresHarness {
    /// A harness on `DATABASE_URL` with a fresh schema name, or `None` (after printing that
    /// the test is skipped) when the variable is unset.
    pub fn from_env() -> Option<Self> {
        match std::env::var("DATABASE_URL") {
            Ok(url) if !url.trim().is_empty() => Some(Self::new(url)),
            _ => {
                eprintln!("skipped: DATABASE_URL is not set (a Postgres test)");
                None
            }
        }
    }

    /// A harness on `url` with a fresh schema name.
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            schema: unique_schema(),
        }
    }

    /// The connection URL.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The schema this harness's stores use.
    pub fn schema(&self) -> &str {
        &self.schema
    }

    /// The options that put a store in this harness's schema.
    pub fn options(&self) -> crate::state::PostgresOptions {
        crate::state::PostgresOptions::default()
            .schema(self.schema.clone())
            .max_connections(4)
    }
}

/// A schema name no other test (in this process or another) uses.
#[cfg(feature = "postgres")]
pub fn unique_schema() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    format!(
        "t_{}_{}_{:08x}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed),
        fastrand::u32(..)
    )
}

#[cfg(feature = "postgres")]
impl StoreHarness for PostgresHarness {
    type Store = crate::state::PostgresStore;
    async fn open(&self) -> crate::state::PostgresStore {
        match crate::state::PostgresStore::connect_with(&self.url, self.options()).await {
            Ok(store) => store,
            Err(e) => panic!("connect to the Postgres store under test: {e}"),
        }
    }
    async fn cleanup(self) {
        // Connect without a schema to drop this one (and everything in it).
        let options = crate::state::PostgresOptions::default().max_connections(1);
        if let Ok(store) = crate::state::PostgresStore::connect_with(&self.url, options).await {
            let _ = store.drop_schema_for_tests(&self.schema).await;
        }
    }
}

/// A fixed instant with microseconds (every store keeps at least that precision).
fn at(secs: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(1_700_000_000 + secs, 123_456_000).unwrap_or_default()
}

fn full_row(id: &str) -> RowState {
    RowState {
        row_id: RowId::from(id),
        hash: Some(ContentHash(u64::MAX - 7)),
        deleted: false,
        source_updated_at: Some(at(1)),
        last_written: Some(at(2)),
        last_seen: Some(at(3)),
        seen_run: 9,
    }
}

fn keys(rows: &[(String, RowState)]) -> Vec<&str> {
    rows.iter().map(|(k, _)| k.as_str()).collect()
}

fn intent(key: &str, op: IntentOp, event: Option<EventRow>) -> Intent {
    Intent {
        id: 0,
        table: TableId::from("contacts"),
        key: key.to_owned(),
        entity: EntityKind::new("contact"),
        op,
        projection_hash: Some(ContentHash(77)),
        row_id: Some(RowId::from("row-1")),
        event,
        started_at: at(5),
    }
}

/// Rows round-trip every field, replace on a second put, are kept per table, list in byte
/// order of their keys, and are forgotten on remove.
pub async fn rows_round_trip<H: StoreHarness>(h: &H) {
    let store = h.open().await;
    let (t, other) = (TableId::from("t"), TableId::from("other"));
    assert_eq!(store.get_row(&t, "k").await.unwrap(), None);
    store.put_row(&t, "k", full_row("r1")).await.unwrap();
    assert_eq!(store.get_row(&t, "k").await.unwrap(), Some(full_row("r1")));
    assert_eq!(store.get_row(&other, "k").await.unwrap(), None);

    let mut replaced = RowState::new(RowId::from("r2"));
    replaced.deleted = true;
    store.put_row(&t, "k", replaced.clone()).await.unwrap();
    assert_eq!(store.get_row(&t, "k").await.unwrap(), Some(replaced));

    for key in ["b", "B", "_", "a", "é", "a b"] {
        store
            .put_row(&t, key, RowState::new(RowId::from(key)))
            .await
            .unwrap();
    }
    let listed = store.rows(&t).await.unwrap();
    assert_eq!(keys(&listed), ["B", "_", "a", "a b", "b", "k", "é"]);
    store.remove_row(&t, "k").await.unwrap();
    store.remove_row(&t, "never-there").await.unwrap();
    assert_eq!(store.get_row(&t, "k").await.unwrap(), None);
    assert!(store.rows(&other).await.unwrap().is_empty());
}

/// `count_rows` counts in place what `rows` lists, trashed rows included, per table.
pub async fn count_rows_matches_rows<H: StoreHarness>(h: &H) {
    let store = h.open().await;
    let (t, other) = (TableId::from("t"), TableId::from("other"));
    assert_eq!(store.count_rows(&t).await.unwrap(), 0);
    for key in ["a", "b", "c"] {
        store
            .put_row(&t, key, RowState::new(RowId::from(key)))
            .await
            .unwrap();
    }
    let mut gone = RowState::new(RowId::from("c"));
    gone.deleted = true;
    store.put_row(&t, "c", gone).await.unwrap();
    store
        .put_row(&other, "x", RowState::new(RowId::from("x")))
        .await
        .unwrap();
    assert_eq!(store.count_rows(&t).await.unwrap(), 3);
    assert_eq!(store.rows(&t).await.unwrap().len(), 3);
    assert_eq!(store.count_rows(&other).await.unwrap(), 1);
    store.remove_row(&t, "a").await.unwrap();
    assert_eq!(store.count_rows(&t).await.unwrap(), 2);
}

/// `touch_rows` marks only existing keys of its table; `unseen_rows` lists live rows a run
/// did not see, in key order.
pub async fn touch_and_unseen_rows<H: StoreHarness>(h: &H) {
    let store = h.open().await;
    let (t, other) = (TableId::from("t"), TableId::from("other"));
    for key in ["a", "b", "c", "d"] {
        store
            .put_row(&t, key, RowState::new(RowId::from(key)))
            .await
            .unwrap();
    }
    store
        .put_row(&other, "a", RowState::new(RowId::from("oa")))
        .await
        .unwrap();
    let mut gone = RowState::new(RowId::from("c"));
    gone.deleted = true;
    store.put_row(&t, "c", gone).await.unwrap();
    let seen = ["a".to_owned(), "missing".to_owned()];
    store.touch_rows(&t, &seen, 5, at(10)).await.unwrap();
    store.touch_rows(&t, &[], 6, at(11)).await.unwrap();

    let a = store.get_row(&t, "a").await.unwrap().unwrap();
    assert_eq!((a.seen_run, a.last_seen), (5, Some(at(10))));
    assert_eq!(store.get_row(&t, "missing").await.unwrap(), None);
    assert_eq!(
        store.get_row(&other, "a").await.unwrap().unwrap().seen_run,
        0
    );
    assert_eq!(keys(&store.unseen_rows(&t, 5).await.unwrap()), ["b", "d"]);
    assert_eq!(
        keys(&store.unseen_rows(&t, 6).await.unwrap()),
        ["a", "b", "d"]
    );
    assert!(store.unseen_rows(&t, 0).await.unwrap().is_empty());
}

/// The "indexed" mark is per table and idempotent.
pub async fn indexed_marks<H: StoreHarness>(h: &H) {
    let store = h.open().await;
    let (t, other) = (TableId::from("t"), TableId::from("other"));
    assert!(!store.is_indexed(&t).await.unwrap());
    store.set_indexed(&t).await.unwrap();
    store.set_indexed(&t).await.unwrap();
    assert!(store.is_indexed(&t).await.unwrap());
    assert!(!store.is_indexed(&other).await.unwrap());
}

/// Cursors are per entity kind; setting replaces, `None` clears.
pub async fn cursors<H: StoreHarness>(h: &H) {
    let store = h.open().await;
    let (contact, deal) = (EntityKind::new("contact"), EntityKind::new("deal"));
    assert_eq!(store.cursor(&contact).await.unwrap(), None);
    store
        .set_cursor(&contact, Some(ChangeCursor("c1".into())))
        .await
        .unwrap();
    store
        .set_cursor(&contact, Some(ChangeCursor("c2".into())))
        .await
        .unwrap();
    store
        .set_cursor(&deal, Some(ChangeCursor("d1".into())))
        .await
        .unwrap();
    assert_eq!(
        store.cursor(&contact).await.unwrap(),
        Some(ChangeCursor("c2".into()))
    );
    store.set_cursor(&contact, None).await.unwrap();
    store.set_cursor(&contact, None).await.unwrap();
    assert_eq!(store.cursor(&contact).await.unwrap(), None);
    assert_eq!(
        store.cursor(&deal).await.unwrap(),
        Some(ChangeCursor("d1".into()))
    );
}

/// Meta values are kept by key; setting replaces.
pub async fn meta_values<H: StoreHarness>(h: &H) {
    let store = h.open().await;
    assert_eq!(store.meta("last-run").await.unwrap(), None);
    store.set_meta("last-run", "one".into()).await.unwrap();
    store.set_meta("last-run", "two".into()).await.unwrap();
    store.set_meta("other", String::new()).await.unwrap();
    assert_eq!(
        store.meta("last-run").await.unwrap().as_deref(),
        Some("two")
    );
    assert_eq!(store.meta("other").await.unwrap().as_deref(), Some(""));
    assert_eq!(store.meta("never").await.unwrap(), None);
}

/// Run info defaults to zero, round-trips every field, and is per entity kind.
pub async fn run_info<H: StoreHarness>(h: &H) {
    let store = h.open().await;
    let (contact, deal) = (EntityKind::new("contact"), EntityKind::new("deal"));
    assert_eq!(store.run_info(&contact).await.unwrap(), RunInfo::default());
    let info = RunInfo {
        runs: 41,
        runs_since_full: 3,
        last_full_pass: Some(at(20)),
        needs_full: true,
    };
    store.set_run_info(&contact, info.clone()).await.unwrap();
    assert_eq!(store.run_info(&contact).await.unwrap(), info);
    let next = RunInfo {
        runs: 42,
        ..RunInfo::default()
    };
    store.set_run_info(&contact, next.clone()).await.unwrap();
    assert_eq!(store.run_info(&contact).await.unwrap(), next);
    assert_eq!(store.run_info(&deal).await.unwrap(), RunInfo::default());
}

/// Processed events are per scope; pruning forgets those recorded strictly before the
/// cut-off and says how many.
pub async fn processed_events<H: StoreHarness>(h: &H) {
    let store = h.open().await;
    assert!(!store.is_processed("push", "e1").await.unwrap());
    store.mark_processed("push", "e1", at(0)).await.unwrap();
    store.mark_processed("push", "e2", at(10)).await.unwrap();
    store
        .mark_processed("contacts", "e1", at(20))
        .await
        .unwrap();
    assert!(store.is_processed("push", "e1").await.unwrap());
    assert!(!store.is_processed("push", "e3").await.unwrap());
    assert!(!store.is_processed("deals", "e1").await.unwrap());
    // Marking again moves the time forward.
    store.mark_processed("push", "e1", at(30)).await.unwrap();
    assert_eq!(store.prune_processed(at(10)).await.unwrap(), 0);
    assert_eq!(
        store
            .prune_processed(at(20) + Duration::microseconds(1))
            .await
            .unwrap(),
        2
    );
    assert!(store.is_processed("push", "e1").await.unwrap());
    assert!(!store.is_processed("push", "e2").await.unwrap());
    assert!(!store.is_processed("contacts", "e1").await.unwrap());
}

/// Intents get distinct rising ids, list oldest first with every field (an append's
/// activity row too), and are removed once finished.
pub async fn intents<H: StoreHarness>(h: &H) {
    let store = h.open().await;
    assert!(store.pending_intents().await.unwrap().is_empty());
    let event = EventRow {
        event_id: "ev-1".into(),
        entity: EntityKind::new("contact"),
        record_id: "c-1".into(),
        occurred_at: Some(at(4)),
        properties: Projection::new()
            .with("Name", Value::Title("Ada".into()))
            .with("Score", Value::Number(1.5)),
    };
    let first = store
        .begin_intent(intent("a", IntentOp::Create, None))
        .await
        .unwrap();
    let second = store
        .begin_intent(intent("ev-1", IntentOp::AppendEvent, Some(event.clone())))
        .await
        .unwrap();
    let third = store
        .begin_intent(intent("b", IntentOp::Trash, None))
        .await
        .unwrap();
    assert!(first < second && second < third, "{first} {second} {third}");
    let pending = store.pending_intents().await.unwrap();
    assert_eq!(
        pending.iter().map(|i| i.id).collect::<Vec<_>>(),
        [first, second, third]
    );
    let mut want = intent("ev-1", IntentOp::AppendEvent, Some(event));
    want.id = second;
    assert_eq!(pending[1], want);
    store.finish_intent(second).await.unwrap();
    store.finish_intent(second).await.unwrap();
    store.finish_intent(u64::MAX).await.unwrap();
    let left: Vec<u64> = store
        .pending_intents()
        .await
        .unwrap()
        .iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(left, [first, third]);
}

/// Everything written is there after the store is opened again.
pub async fn survives_reopen<H: StoreHarness>(h: &H) {
    let table = TableId::from("t");
    let contact = EntityKind::new("contact");
    let info = RunInfo {
        runs: 3,
        ..RunInfo::default()
    };
    let id = {
        let store = h.open().await;
        store.put_row(&table, "k", full_row("r1")).await.unwrap();
        store
            .set_cursor(&contact, Some(ChangeCursor("c9".into())))
            .await
            .unwrap();
        store.mark_processed("push", "e1", at(0)).await.unwrap();
        store.set_indexed(&table).await.unwrap();
        store.set_run_info(&contact, info.clone()).await.unwrap();
        store.set_meta("m", "v".into()).await.unwrap();
        store
            .begin_intent(intent("k", IntentOp::Update, None))
            .await
            .unwrap()
    };
    let store = h.open().await;
    assert_eq!(
        store.get_row(&table, "k").await.unwrap(),
        Some(full_row("r1"))
    );
    assert_eq!(
        store.cursor(&contact).await.unwrap(),
        Some(ChangeCursor("c9".into()))
    );
    assert!(store.is_processed("push", "e1").await.unwrap());
    assert!(store.is_indexed(&table).await.unwrap());
    assert_eq!(store.run_info(&contact).await.unwrap(), info);
    assert_eq!(store.meta("m").await.unwrap().as_deref(), Some("v"));
    let pending = store.pending_intents().await.unwrap();
    assert_eq!(pending.iter().map(|i| i.id).collect::<Vec<_>>(), [id]);
    // Ids keep rising after a reopen, never reusing a finished one.
    store.finish_intent(id).await.unwrap();
    let next = store
        .begin_intent(intent("k", IntentOp::Update, None))
        .await
        .unwrap();
    assert!(next > id, "{next} after {id}");
}

/// Calls made at once (as the engine's concurrent writes do) all land, with distinct
/// intent ids.
pub async fn concurrent_calls<H: StoreHarness>(h: &H) {
    let store = h.open().await;
    let t = TableId::from("t");
    let keys: Vec<String> = (0..40).map(|i| format!("k{i:02}")).collect();
    let puts = keys
        .iter()
        .map(|k| store.put_row(&t, k, RowState::new(RowId::from(k.as_str()))));
    for result in join_all(puts).await {
        result.unwrap();
    }
    let begins =
        (0..20).map(|i| store.begin_intent(intent(&format!("i{i}"), IntentOp::Create, None)));
    let mut ids: Vec<u64> = join_all(begins)
        .await
        .into_iter()
        .map(|r| r.unwrap())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 20);
    assert_eq!(store.count_rows(&t).await.unwrap(), 40);
    store.touch_rows(&t, &keys, 2, at(1)).await.unwrap();
    assert!(store.unseen_rows(&t, 2).await.unwrap().is_empty());
}

/// One `#[tokio::test]` per conformance check, each on a fresh harness from `$harness`: an
/// expression of a future yielding `Option<impl StoreHarness>` (`None` skips the check).
/// Invoke it inside a module named after the store, so test names say which store failed.
#[macro_export]
macro_rules! state_store_conformance {
    ($harness:expr) => {
        $crate::state_store_conformance!(@checks $harness;
            rows_round_trip,
            count_rows_matches_rows,
            touch_and_unseen_rows,
            indexed_marks,
            cursors,
            meta_values,
            run_info,
            processed_events,
            intents,
            survives_reopen,
            concurrent_calls,
        );
    };
    (@checks $harness:expr; $($check:ident,)*) => {
        $(
            #[::tokio::test]
            async fn $check() {
                if let ::std::option::Option::Some(harness) = $harness.await {
                    $crate::testing::conformance::$check(&harness).await;
                    $crate::testing::conformance::StoreHarness::cleanup(harness).await;
                }
            }
        )*
    };
}
