//! What only the SQLite store has: file migrations, private files, `:memory:`. The checks
//! every store passes are the conformance suite (`tests/state_conformance.rs`).
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
