//! Token stores: the shared contract (load, save, compare-and-swap, delete, leases) on every
//! store; the file store's permissions and atomic writes; and two "processes" (two providers
//! with their own store handles on the same file or database) refreshing once between them.

#![cfg(feature = "oauth")]

#[path = "oauth_support/mod.rs"]
mod support;

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ghl_client::TokenProvider as _;
#[cfg(feature = "sqlite")]
use ghl_client::oauth::SqliteStore;
use ghl_client::oauth::{FileStore, MemoryStore, StoredToken, TokenStore};
use ghl_client::runtime::ManualClock;
use secrecy::{ExposeSecret, SecretString};
use support::{FakeGhl, LOCATION, StillClock};

fn token(access: &str, refresh: &str) -> StoredToken {
    let now = UNIX_EPOCH + Duration::from_secs(1_767_225_600);
    StoredToken {
        access_token: SecretString::from(access),
        refresh_token: Some(SecretString::from(refresh)),
        expires_at: now + Duration::from_secs(86_399),
        obtained_at: now,
        user_type: Some(ghl_client::oauth::UserType::Location),
        company_id: Some("company_1".into()),
        location_id: Some("loc/1 odd".into()),
        user_id: Some("user_1".into()),
        scopes: vec!["contacts.readonly".into()],
    }
}

async fn contract(store: &dyn TokenStore) {
    let r = "loc/1 odd";
    assert!(store.load(r).await.unwrap().is_none());
    let a = token("at-a", "rt-a");
    let b = token("at-b", "rt-b");
    let c = token("at-c", "rt-c");

    // CAS from nothing.
    assert!(!store.save_if(r, Some(&a.fingerprint()), &b).await.unwrap());
    assert!(store.save_if(r, None, &a).await.unwrap());
    let loaded = store.load(r).await.unwrap().unwrap();
    assert_eq!(loaded.fingerprint(), a.fingerprint());
    assert_eq!(loaded.expires_at, a.expires_at);
    assert_eq!(loaded.scopes, a.scopes);
    assert_eq!(loaded.location_id, a.location_id);

    // Rotation a → b; a stale writer (expecting a) cannot then write c.
    assert!(store.save_if(r, Some(&a.fingerprint()), &b).await.unwrap());
    assert!(!store.save_if(r, Some(&a.fingerprint()), &c).await.unwrap());
    // Writing the pair already stored is fine (two racers got the same pair).
    assert!(store.save_if(r, Some(&a.fingerprint()), &b).await.unwrap());
    assert_eq!(
        store.load(r).await.unwrap().unwrap().fingerprint(),
        b.fingerprint()
    );

    store.save("other", &c).await.unwrap();
    assert_eq!(
        store.resources().await.unwrap(),
        vec!["loc/1 odd".to_owned(), "other".to_owned()]
    );

    // Leases: exclusive until they expire; re-entrant for the holder; released by the holder.
    let t0 = UNIX_EPOCH + Duration::from_secs(1_000);
    let ttl = Duration::from_secs(45);
    assert!(store.acquire_lease(r, "p1", t0 + ttl, t0).await.unwrap());
    assert!(
        !store
            .acquire_lease(r, "p2", t0 + ttl, t0 + Duration::from_secs(1))
            .await
            .unwrap()
    );
    assert!(
        store
            .acquire_lease(r, "p1", t0 + ttl * 2, t0 + Duration::from_secs(2))
            .await
            .unwrap()
    );
    store.release_lease(r, "p2").await.unwrap(); // not p2's: no effect
    assert!(
        !store
            .acquire_lease(r, "p2", t0 + ttl, t0 + Duration::from_secs(3))
            .await
            .unwrap()
    );
    store.release_lease(r, "p1").await.unwrap();
    assert!(
        store
            .acquire_lease(r, "p2", t0 + ttl, t0 + Duration::from_secs(4))
            .await
            .unwrap()
    );
    // p2 crashes holding it: p3 gets it once it has expired.
    assert!(
        !store
            .acquire_lease(r, "p3", t0 + ttl * 3, t0 + Duration::from_secs(44))
            .await
            .unwrap()
    );
    assert!(
        store
            .acquire_lease(r, "p3", t0 + ttl * 3, t0 + Duration::from_secs(46))
            .await
            .unwrap()
    );

    store.delete(r).await.unwrap();
    store.delete(r).await.unwrap();
    assert!(store.load(r).await.unwrap().is_none());
    assert_eq!(store.resources().await.unwrap(), vec!["other".to_owned()]);
}

#[tokio::test]
async fn memory_store_keeps_the_contract() {
    contract(&MemoryStore::new()).await;
}

#[tokio::test]
async fn file_store_keeps_the_contract() {
    let dir = support::scratch_dir("contract");
    contract(&FileStore::new(&dir).unwrap()).await;
    let _ = std::fs::remove_dir_all(dir);
}

#[cfg(feature = "sqlite")]
#[tokio::test]
async fn sqlite_store_keeps_the_contract() {
    let dir = support::scratch_dir("sqlite-contract");
    contract(&SqliteStore::open(dir.join("state.db")).unwrap()).await;
    let _ = std::fs::remove_dir_all(dir);
}

#[cfg(feature = "sqlite")]
#[tokio::test]
async fn sqlite_store_shares_an_existing_connection() {
    let dir = support::scratch_dir("sqlite-shared");
    let conn = rusqlite::Connection::open(dir.join("engine.db")).unwrap();
    conn.execute_batch("CREATE TABLE engine_state (k TEXT PRIMARY KEY, v TEXT);")
        .unwrap();
    let shared = Arc::new(std::sync::Mutex::new(conn));
    let store = SqliteStore::from_connection(shared.clone()).unwrap();
    store.save(LOCATION, &token("at-x", "rt-x")).await.unwrap();
    let n: i64 = shared
        .lock()
        .unwrap()
        .query_row("SELECT count(*) FROM ghl_tokens", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
    let _ = std::fs::remove_dir_all(dir);
}

#[cfg(unix)]
#[tokio::test]
async fn file_store_files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = support::scratch_dir("perms").join("tokens");
    let store = FileStore::new(&dir).unwrap();
    store.save(LOCATION, &token("at-p", "rt-p")).await.unwrap();
    let now = SystemTime::now();
    assert!(
        store
            .acquire_lease(LOCATION, "p1", now + Duration::from_secs(5), now)
            .await
            .unwrap()
    );
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700, "directory");
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        assert_eq!(mode(&path), 0o600, "{}", path.display());
        files += 1;
    }
    assert_eq!(files, 3, "token, lease and lock files");
    let _ = std::fs::remove_dir_all(dir.parent().unwrap());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn file_store_writes_are_atomic() {
    let dir = support::scratch_dir("atomic");
    let store = FileStore::new(&dir).unwrap();
    let path = store.token_path(LOCATION);
    // Big records, so a torn write would be visible.
    let big = |i: usize| {
        let mut t = token(
            &format!("at-{i}-{}", "x".repeat(20_000)),
            &format!("rt-{i}"),
        );
        t.scopes = vec![format!("scope-{i}"); 200];
        t
    };
    store.save(LOCATION, &big(0)).await.unwrap();
    let writer = {
        let store = store.clone();
        tokio::spawn(async move {
            for i in 1..200 {
                store.save(LOCATION, &big(i)).await.unwrap();
            }
        })
    };
    // A reader that takes no lock sees whole records only.
    let reader = tokio::task::spawn_blocking(move || {
        let mut reads = 0;
        while reads < 2_000 {
            let bytes = std::fs::read(&path).unwrap();
            let v: serde_json::Value = serde_json::from_slice(&bytes).expect("a whole record");
            assert!(v["access_token"].as_str().unwrap().len() > 20_000);
            reads += 1;
        }
    });
    writer.await.unwrap();
    reader.await.unwrap();
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    let last = store.load(LOCATION).await.unwrap().unwrap();
    assert_eq!(last.refresh_token.unwrap().expose_secret(), "rt-199");
    let _ = std::fs::remove_dir_all(dir);
}

/// Two providers, each with its own handle on shared storage, both find the token due at the
/// same moment: one refreshes, the other waits on the lease and loads its result.
async fn two_processes_refresh_once(open: impl Fn() -> Arc<dyn TokenStore>) {
    let clock = ManualClock::new();
    let fake = FakeGhl::new(&clock);
    let server = fake.start().await;
    let still: ghl_client::runtime::SharedClock = Arc::new(StillClock(clock.clone()));
    let first = support::provider(&server, still.clone(), open());
    let second = support::provider(&server, still.clone(), open());
    support::install(&fake, &first, LOCATION, "Location").await;
    // The second process knows the old pair too (it loaded it before expiry).
    second.token(LOCATION).await.unwrap();

    clock.advance(Duration::from_secs(86_399 - 60));
    let (a, b) = tokio::join!(
        tokio::spawn({
            let p = first.clone();
            async move { p.token(LOCATION).await }
        }),
        tokio::spawn({
            let p = second.clone();
            async move { p.token(LOCATION).await }
        }),
    );
    let (a, b) = (a.unwrap().unwrap(), b.unwrap().unwrap());
    assert_eq!(
        fake.refresh_requests(),
        1,
        "one refresh between two processes"
    );
    assert_eq!(first.refresh_count() + second.refresh_count(), 1);
    assert_eq!(
        a.expose_secret(),
        b.expose_secret(),
        "both use the new token"
    );
    assert_eq!(a.expose_secret(), fake.issued().last().unwrap().access);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_processes_sharing_a_file_store_refresh_once() {
    let dir = support::scratch_dir("two-procs");
    for _ in 0..5 {
        let d = dir.clone();
        two_processes_refresh_once(move || support::file_store(&d)).await;
        std::fs::remove_dir_all(&dir).unwrap();
        std::fs::create_dir_all(&dir).unwrap();
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[cfg(feature = "sqlite")]
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_processes_sharing_an_sqlite_store_refresh_once() {
    let dir = support::scratch_dir("two-procs-sqlite");
    for round in 0..5 {
        let db = dir.join(format!("state-{round}.db"));
        two_processes_refresh_once(move || Arc::new(SqliteStore::open(&db).unwrap())).await;
    }
    let _ = std::fs::remove_dir_all(dir);
}

/// The same contract and the same two-process refresh on Postgres, each test in a schema of
/// its own on `DATABASE_URL` (skipped, saying so, without it).
#[cfg(feature = "postgres")]
mod postgres {
    use super::*;
    use ghl_client::oauth::{PostgresTokenStore, PostgresTokenStoreError};

    /// `DATABASE_URL` and a fresh schema name, or `None` after saying the test is skipped.
    fn database() -> Option<(String, String)> {
        let url = std::env::var("DATABASE_URL")
            .ok()
            .filter(|u| !u.trim().is_empty());
        let Some(url) = url else {
            eprintln!("skipped: DATABASE_URL is not set (a Postgres test)");
            return None;
        };
        let schema = format!("oauth_{}_{:08x}", std::process::id(), fastrand::u32(..));
        Some((url, schema))
    }

    async fn drop_schema(url: &str, schema: &str) {
        let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(connection);
        client
            .batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"))
            .await
            .unwrap();
    }

    #[tokio::test]
    async fn postgres_store_keeps_the_contract() {
        let Some((url, schema)) = database() else {
            return;
        };
        let store = PostgresTokenStore::connect_in_schema(&url, &schema)
            .await
            .unwrap();
        contract(&store).await;
        // Connecting again migrates nothing and sees the same tokens.
        let again = PostgresTokenStore::connect_in_schema(&url, &schema)
            .await
            .unwrap();
        assert_eq!(
            again.schema_version().await.unwrap(),
            PostgresTokenStore::SCHEMA_VERSION
        );
        assert_eq!(again.resources().await.unwrap(), vec!["other".to_owned()]);
        drop_schema(&url, &schema).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn two_processes_sharing_a_postgres_store_refresh_once() {
        let Some((url, schema)) = database() else {
            return;
        };
        for round in 0..3 {
            let schema = format!("{schema}_{round}");
            // Two stores with pools of their own, as two processes would have.
            let mut stores = Vec::new();
            for _ in 0..2 {
                let store = PostgresTokenStore::connect_in_schema(&url, &schema)
                    .await
                    .unwrap();
                stores.push(Arc::new(store) as Arc<dyn TokenStore>);
            }
            let stores = std::sync::Mutex::new(stores);
            two_processes_refresh_once(|| stores.lock().unwrap().pop().unwrap()).await;
            drop_schema(&url, &schema).await;
        }
    }

    #[tokio::test]
    async fn postgres_store_errors_never_show_the_password() {
        let error = PostgresTokenStore::connect("postgres://app:s3cret@127.0.0.1:1/db")
            .await
            .unwrap_err();
        let shown = format!("{error} {error:?}");
        assert!(!shown.contains("s3cret"), "{shown}");
        assert!(shown.contains("app:***@127.0.0.1:1"), "{shown}");
        let error = PostgresTokenStore::connect_in_schema("postgres://u@127.0.0.1:1/db", "Bad;")
            .await
            .unwrap_err();
        let ghl_client::oauth::StoreError::Backend(inner) = error else {
            panic!("a backend error: {error:?}");
        };
        assert!(
            matches!(
                inner.downcast_ref::<PostgresTokenStoreError>(),
                Some(PostgresTokenStoreError::InvalidSchema(_))
            ),
            "{inner:?}"
        );
    }
}

/// A file store whose handle is dropped (what the OS does to a killed process's files)
/// frees its unexpired lease at once; another live handle's lease is respected until it
/// expires, then overtaken on the record alone.
#[tokio::test]
async fn file_store_leases_die_with_their_holder() {
    let dir = support::scratch_dir("lease-death");
    let t0 = UNIX_EPOCH + Duration::from_secs(1_000);
    let ttl = Duration::from_secs(20);
    let first = FileStore::new(&dir).unwrap();
    let second = FileStore::new(&dir).unwrap();
    assert!(
        first
            .acquire_lease(LOCATION, "p1", t0 + ttl, t0)
            .await
            .unwrap()
    );
    assert!(
        !second
            .acquire_lease(LOCATION, "p2", t0 + ttl, t0 + Duration::from_secs(1))
            .await
            .unwrap(),
        "a live holder keeps its lease"
    );
    drop(first);
    assert!(
        second
            .acquire_lease(LOCATION, "p2", t0 + ttl, t0 + Duration::from_secs(2))
            .await
            .unwrap(),
        "a dead holder's lease is free before it expires"
    );

    // A live holder stuck past its time limit is overtaken, and its late release leaves the
    // new holder's lease alone.
    let third = FileStore::new(&dir).unwrap();
    let late = t0 + ttl + Duration::from_secs(3);
    assert!(
        third
            .acquire_lease(LOCATION, "p3", late + ttl, late)
            .await
            .unwrap()
    );
    second.release_lease(LOCATION, "p2").await.unwrap();
    let fourth = FileStore::new(&dir).unwrap();
    assert!(
        !fourth
            .acquire_lease(LOCATION, "p4", late + ttl, late + Duration::from_secs(1))
            .await
            .unwrap(),
        "p3 holds it on the record"
    );
    third.release_lease(LOCATION, "p3").await.unwrap();
    assert!(
        fourth
            .acquire_lease(LOCATION, "p4", late + ttl, late + Duration::from_secs(2))
            .await
            .unwrap()
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[cfg(unix)]
mod private {
    use super::*;
    use std::os::unix::fs::PermissionsExt;
    use std::path::Path;

    fn mode(p: &Path) -> u32 {
        std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o777
    }

    fn victim(dir: &Path) -> std::path::PathBuf {
        let victim = dir.join("victim.txt");
        std::fs::write(&victim, b"precious").unwrap();
        std::fs::set_permissions(&victim, std::fs::Permissions::from_mode(0o644)).unwrap();
        victim
    }

    fn untouched(victim: &Path) {
        assert_eq!(std::fs::read(victim).unwrap(), b"precious");
        assert_eq!(mode(victim), 0o644);
    }

    #[tokio::test]
    async fn file_store_refuses_a_symlink_at_the_token_path() {
        let root = support::scratch_dir("symlink-token");
        let store = FileStore::new(root.join("tokens")).unwrap();
        let victim = victim(&root);
        std::os::unix::fs::symlink(&victim, store.token_path(LOCATION)).unwrap();

        let err = store.load(LOCATION).await.unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
        let err = store
            .save(LOCATION, &token("at-s", "rt-s"))
            .await
            .unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
        assert!(
            store
                .save_if(LOCATION, None, &token("at-s", "rt-s"))
                .await
                .is_err()
        );
        untouched(&victim);

        // The lease file too.
        std::os::unix::fs::symlink(&victim, store.lease_path("other")).unwrap();
        let now = SystemTime::now();
        assert!(
            store
                .acquire_lease("other", "p1", now + Duration::from_secs(5), now)
                .await
                .is_err()
        );
        untouched(&victim);
        let _ = std::fs::remove_dir_all(root);
    }

    #[test]
    fn file_store_refuses_shared_and_linked_directories() {
        let root = support::scratch_dir("shared-dir");
        let shared = root.join("shared");
        std::fs::create_dir(&shared).unwrap();
        std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o777)).unwrap();
        let err = FileStore::new(&shared).unwrap_err();
        assert!(err.to_string().contains("every user"), "{err}");
        let own = root.join("own");
        std::fs::create_dir(&own).unwrap();
        let link = root.join("link");
        std::os::unix::fs::symlink(&own, &link).unwrap();
        let err = FileStore::new(&link).unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
        let _ = std::fs::remove_dir_all(root);
    }

    #[cfg(feature = "sqlite")]
    #[tokio::test]
    async fn sqlite_store_files_are_private() {
        let root = support::scratch_dir("sqlite-perms");
        let db = root.join("state").join("tokens.db");
        let store = SqliteStore::open(&db).unwrap();
        store.save(LOCATION, &token("at-q", "rt-q")).await.unwrap();
        assert_eq!(mode(db.parent().unwrap()), 0o700, "directory");
        let mut seen = 0;
        for file in ghl_client::runtime::private_fs::sqlite_files(&db) {
            if file.exists() {
                assert_eq!(mode(&file), 0o600, "{}", file.display());
                seen += 1;
            }
        }
        assert!(seen >= 3, "the database, its -wal and -shm files");
        let _ = std::fs::remove_dir_all(root);
    }

    #[cfg(feature = "sqlite")]
    #[test]
    fn sqlite_store_refuses_a_symlink_at_the_database_path() {
        let root = support::scratch_dir("sqlite-symlink");
        let victim = victim(&root);
        let db = root.join("tokens.db");
        std::os::unix::fs::symlink(&victim, &db).unwrap();
        let err = SqliteStore::open(&db).unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
        untouched(&victim);
        let _ = std::fs::remove_dir_all(root);
    }
}
