//! The engine over the SQLite store: state survives a restart.
#![cfg(feature = "sqlite")]

use crate::common;

use std::sync::Arc;

use common::{contacts, reference};
use sync_core::engine::Engine;
use sync_core::record::EntityKind;
use sync_core::state::SqliteStore;
use sync_core::testing::{FakeSink, FakeSource};

fn engine(source: &Arc<FakeSource>, sink: &Arc<FakeSink>, store: SqliteStore) -> Engine {
    Engine::builder()
        .source(source.clone())
        .sink(sink.clone())
        .store(Arc::new(store))
        .strategy(Arc::new(reference()))
        .build()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restarted_process_reads_and_writes_nothing() {
    let path = std::env::temp_dir().join(format!(
        "sync-core-engine-{}-{}.db",
        std::process::id(),
        fastrand_suffix()
    ));
    let source = Arc::new(FakeSource::new());
    source.set_incremental(false);
    let sink = Arc::new(FakeSink::new());
    for i in 0..20 {
        source.set(EntityKind::new("contact"), &format!("c{i}"), "n");
    }
    {
        let e = engine(&source, &sink, SqliteStore::open(&path).unwrap());
        assert_eq!(
            e.reconcile(&EntityKind::new("contact"))
                .await
                .unwrap()
                .created,
            20
        );
    }
    let before = sink.stats();
    let e = engine(&source, &sink, SqliteStore::open(&path).unwrap());
    let report = e.reconcile(&EntityKind::new("contact")).await.unwrap();
    assert_eq!((report.unchanged, report.writes()), (20, 0));
    assert_eq!(sink.stats(), before, "no sink call at all");
    source.delete(&EntityKind::new("contact"), "c3");
    assert_eq!(
        e.reconcile(&EntityKind::new("contact"))
            .await
            .unwrap()
            .trashed,
        1
    );
    assert_eq!(sink.live_rows(&contacts()).len(), 19);
    drop(e);
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

fn fastrand_suffix() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0)
}
