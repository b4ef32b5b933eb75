//! Tests of the SQLite store.
use super::*;

fn temp_path(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!(
        "sync-core-{name}-{}-{}.db",
        std::process::id(),
        fastrand::u64(..)
    ))
}

fn cleanup(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

#[tokio::test]
async fn survives_reopen() {
    let path = temp_path("reopen");
    let table = TableId::from("t");
    let at = DateTime::from_timestamp(1_700_000_000, 123_000).unwrap();
    {
        let store = SqliteStore::open(&path).unwrap();
        let mut row = RowState::new(RowId::from("r1"));
        row.hash = Some(ContentHash(42));
        row.source_updated_at = Some(at);
        store.put_row(&table, "k", row).await.unwrap();
        store
            .set_cursor(&EntityKind::new("contact"), Some(ChangeCursor("c9".into())))
            .await
            .unwrap();
        store.mark_processed("push", "e1", at).await.unwrap();
        store.set_indexed(&table).await.unwrap();
        let info = RunInfo {
            runs: 3,
            ..RunInfo::default()
        };
        store
            .set_run_info(&EntityKind::new("contact"), info)
            .await
            .unwrap();
        let intent = Intent {
            id: 0,
            table: table.clone(),
            key: "k".into(),
            entity: EntityKind::new("contact"),
            op: super::super::IntentOp::Create,
            projection_hash: Some(ContentHash(1)),
            row_id: None,
            event: None,
            started_at: at,
        };
        store.begin_intent(intent).await.unwrap();
    }
    let store = SqliteStore::open(&path).unwrap();
    let row = store.get_row(&table, "k").await.unwrap().unwrap();
    assert_eq!(row.hash, Some(ContentHash(42)));
    assert_eq!(row.source_updated_at, Some(at));
    assert_eq!(
        store.cursor(&EntityKind::new("contact")).await.unwrap(),
        Some(ChangeCursor("c9".into()))
    );
    assert!(store.is_processed("push", "e1").await.unwrap());
    assert!(store.is_indexed(&table).await.unwrap());
    assert_eq!(
        store
            .run_info(&EntityKind::new("contact"))
            .await
            .unwrap()
            .runs,
        3
    );
    let intents = store.pending_intents().await.unwrap();
    assert_eq!(intents.len(), 1);
    store.finish_intent(intents[0].id).await.unwrap();
    assert!(store.pending_intents().await.unwrap().is_empty());
    assert_eq!(
        store
            .prune_processed(at + chrono::Duration::seconds(1))
            .await
            .unwrap(),
        1
    );
    drop(store);
    cleanup(&path);
}

#[tokio::test]
async fn migrates_an_old_file_and_keeps_its_data() {
    let path = temp_path("migrate");
    let table = TableId::from("t");
    {
        let v1 = SqliteStore::open_at_version(&path, 1).unwrap();
        assert_eq!(v1.schema_version().unwrap(), 1);
        v1.put_row(&table, "k", RowState::new(RowId::from("r")))
            .await
            .unwrap();
    }
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SqliteStore::SCHEMA_VERSION);
    assert!(store.get_row(&table, "k").await.unwrap().is_some());
    let indexes: i64 = store
        .conn
        .lock()
        .unwrap()
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'processed_at'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(indexes, 1);
    drop(store);
    cleanup(&path);
}

#[tokio::test]
async fn refuses_a_newer_schema() {
    let path = temp_path("newer");
    {
        let store = SqliteStore::open(&path).unwrap();
        store
            .conn
            .lock()
            .unwrap()
            .pragma_update(None, "user_version", 99)
            .unwrap();
    }
    assert!(SqliteStore::open(&path).is_err());
    cleanup(&path);
}

#[tokio::test]
async fn unseen_rows_skip_deleted_and_seen() {
    let path = temp_path("unseen");
    let store = SqliteStore::open(&path).unwrap();
    let t = TableId::from("t");
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
        .touch_rows(&t, &["a".to_owned()], 5, Utc::now())
        .await
        .unwrap();
    let unseen: Vec<String> = store
        .unseen_rows(&t, 5)
        .await
        .unwrap()
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert_eq!(unseen, vec!["b".to_owned()]);
    drop(store);
    cleanup(&path);
}

#[tokio::test]
async fn count_rows_counts_in_place_what_rows_lists() {
    let path = temp_path("count");
    let sqlite = SqliteStore::open(&path).unwrap();
    let memory = crate::state::MemoryStore::new();
    let (t, other) = (TableId::from("t"), TableId::from("other"));
    let stores: [&dyn StateStore; 2] = [&sqlite, &memory];
    for store in stores {
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
        // Trashed rows keep their state, so they count, as `rows` lists them.
        assert_eq!(store.count_rows(&t).await.unwrap(), 3);
        assert_eq!(store.rows(&t).await.unwrap().len(), 3);
        assert_eq!(store.count_rows(&other).await.unwrap(), 1);
        store.remove_row(&t, "a").await.unwrap();
        assert_eq!(store.count_rows(&t).await.unwrap(), 2);
    }
    drop(sqlite);
    cleanup(&path);
}

#[tokio::test]
async fn meta_values_survive_a_reopen() {
    let path = temp_path("meta");
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.meta("last-run").await.unwrap(), None);
    store.set_meta("last-run", "one".into()).await.unwrap();
    store.set_meta("last-run", "two".into()).await.unwrap();
    drop(store);
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(
        store.meta("last-run").await.unwrap().as_deref(),
        Some("two")
    );
    let memory = crate::state::MemoryStore::new();
    memory.set_meta("k", "v".into()).await.unwrap();
    assert_eq!(memory.meta("k").await.unwrap().as_deref(), Some("v"));
    assert_eq!(memory.meta("other").await.unwrap(), None);
    let _ = std::fs::remove_file(&path);
}

/// A fresh private directory for one test.
#[cfg(unix)]
fn scratch_dir(name: &str) -> PathBuf {
    let dir = temp_path(name).with_extension("d");
    private_fs::create_private_dir(&dir).unwrap();
    dir
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::symlink_metadata(path)
        .unwrap()
        .permissions()
        .mode()
        & 0o777
}

#[cfg(unix)]
#[tokio::test]
async fn the_state_file_and_its_companions_are_private() {
    let root = scratch_dir("private");
    let path = root.join("state").join("sync.db");
    let store = SqliteStore::open(&path).unwrap();
    store
        .put_row(&TableId::from("t"), "k", RowState::new(RowId::from("r")))
        .await
        .unwrap();
    assert_eq!(
        mode(path.parent().unwrap()),
        0o700,
        "a missing directory is made 0700"
    );
    for suffix in ["", "-wal", "-shm"] {
        let file = PathBuf::from(format!("{}{suffix}", path.display()));
        assert!(
            file.exists(),
            "{} exists while the store is open",
            file.display()
        );
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
    drop(store);
    // An existing file readable by others is narrowed on open.
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(mode(&path), 0o600);
    drop(store);
    std::fs::remove_dir_all(&root).unwrap();
}

#[cfg(unix)]
#[tokio::test]
async fn a_symlinked_state_path_is_refused() {
    let root = scratch_dir("symlink");
    let target = root.join("elsewhere.db");
    drop(SqliteStore::open(&target).unwrap());
    let link = root.join("sync.db");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let error = SqliteStore::open(&link).unwrap_err();
    assert!(
        format!("{error} {:?}", std::error::Error::source(&error)).contains("symbolic link"),
        "{error:?}"
    );
    // A link to a file that does not exist yet is refused too (never created through it).
    let dangling = root.join("dangling.db");
    std::os::unix::fs::symlink(root.join("nowhere.db"), &dangling).unwrap();
    assert!(SqliteStore::open(&dangling).is_err());
    assert!(!root.join("nowhere.db").exists());
    std::fs::remove_dir_all(&root).unwrap();
}

#[tokio::test]
async fn an_in_memory_store_needs_no_file() {
    let store = SqliteStore::open(":memory:").unwrap();
    store
        .put_row(&TableId::from("t"), "k", RowState::new(RowId::from("r")))
        .await
        .unwrap();
    assert!(!Path::new(":memory:").exists());
}
