//! Tokens in an SQLite database (feature `sqlite`): table `ghl_tokens`, leases in
//! `ghl_token_leases`.
//!
//! Open a file with [`SqliteStore::open`] (WAL journal, `synchronous=FULL` so a committed
//! save survives a power cut, a busy timeout so processes sharing the file wait for each
//! other), or share a connection the rest of your program already uses with
//! [`SqliteStore::from_connection`]. The compare-and-swap runs in an `IMMEDIATE`
//! transaction, so it is atomic across processes. All database work runs on tokio's
//! blocking threads.
//!
//! **Private**: [`open`](SqliteStore::open) creates a missing directory `0700` and the
//! database `0600` before SQLite opens it, refuses symbolic links (`SQLITE_OPEN_NOFOLLOW`),
//! and narrows the `-wal` and `-shm` files to `0600` once WAL is on.
//!
//! **Dead holders**: a lease row records the holding process (boot id, pid namespace, pid,
//! start time). A process that finds the lease taken by a process of the same machine and
//! container that no longer runs takes it over at once; otherwise the lease's time limit
//! decides.

use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime};

use futures_util::future::BoxFuture;
use ghl_notion_runtime::private_fs;
use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior, params};

use super::process::ProcessTag;
use super::{StoreError, StoreResult, TokenStore, cas_allows};
use crate::oauth::token::{Fingerprint, StoredToken, TokenRecord, unix_ms};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS ghl_tokens (
    resource      TEXT PRIMARY KEY NOT NULL,
    fingerprint   TEXT NOT NULL,
    record        TEXT NOT NULL,
    expires_at_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS ghl_token_leases (
    resource TEXT PRIMARY KEY NOT NULL,
    holder   TEXT NOT NULL,
    until_ms INTEGER NOT NULL,
    process  TEXT
);
";

/// Adds the `process` column to a lease table made by an earlier version.
fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let has_process: bool = tx.query_row(
        "SELECT count(*) FROM pragma_table_info('ghl_token_leases') WHERE name = 'process'",
        [],
        |row| row.get::<_, i64>(0).map(|n| n > 0),
    )?;
    if !has_process {
        tx.execute_batch("ALTER TABLE ghl_token_leases ADD COLUMN process TEXT;")?;
    }
    tx.commit()
}

/// Tokens in SQLite (see the module docs).
#[derive(Clone)]
pub struct SqliteStore {
    conn: Arc<Mutex<Connection>>,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore").finish_non_exhaustive()
    }
}

fn db(e: rusqlite::Error) -> StoreError {
    StoreError::backend(e)
}

impl SqliteStore {
    /// Opens (or creates) the database at `path`, in WAL mode with `synchronous=FULL`,
    /// readable by its owner only (see the module docs). Refuses a `path` that is a symbolic
    /// link.
    pub fn open(path: impl AsRef<Path>) -> StoreResult<Self> {
        let path = path.as_ref();
        let io = |source| StoreError::Io {
            path: path.to_owned(),
            source,
        };
        private_fs::prepare_sqlite(path).map_err(io)?;
        let flags = OpenFlags::default() | OpenFlags::SQLITE_OPEN_NOFOLLOW;
        let conn = Connection::open_with_flags(path, flags).map_err(db)?;
        conn.busy_timeout(Duration::from_secs(10)).map_err(db)?;
        let _mode: String = conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))
            .map_err(db)?;
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(db)?;
        private_fs::restrict_sqlite(path).map_err(io)?;
        Self::from_connection(Arc::new(Mutex::new(conn)))
    }

    /// Uses a connection shared with the rest of the program (the sync engine's state
    /// database) and creates the tables if missing. Its journal and sync settings are left
    /// as they are: use WAL with `synchronous=FULL` (or `NORMAL` if losing the last commit
    /// on power loss is acceptable) and a busy timeout. The file's privacy is the opener's
    /// business here: open it as [`open`](Self::open) does (`private_fs::prepare_sqlite`,
    /// `SQLITE_OPEN_NOFOLLOW`, `private_fs::restrict_sqlite` once WAL is on).
    pub fn from_connection(conn: Arc<Mutex<Connection>>) -> StoreResult<Self> {
        {
            let mut guard = conn.lock().unwrap_or_else(PoisonError::into_inner);
            guard.execute_batch(SCHEMA).map_err(db)?;
            migrate(&mut guard).map_err(db)?;
        }
        Ok(Self { conn })
    }

    /// The shared connection.
    pub fn connection(&self) -> Arc<Mutex<Connection>> {
        self.conn.clone()
    }

    fn run<T, F>(&self, f: F) -> BoxFuture<'static, StoreResult<T>>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> StoreResult<T> + Send + 'static,
    {
        let conn = self.conn.clone();
        Box::pin(async move {
            tokio::task::spawn_blocking(move || {
                let mut guard = conn.lock().unwrap_or_else(PoisonError::into_inner);
                f(&mut guard)
            })
            .await
            .map_err(StoreError::backend)?
        })
    }
}

fn read(conn: &Connection, resource: &str) -> StoreResult<Option<StoredToken>> {
    let text: Option<String> = conn
        .query_row(
            "SELECT record FROM ghl_tokens WHERE resource = ?1",
            params![resource],
            |row| row.get(0),
        )
        .optional()
        .map_err(db)?;
    let Some(text) = text else { return Ok(None) };
    let record: TokenRecord = serde_json::from_str(&text).map_err(|e| StoreError::Corrupt {
        resource: resource.to_owned(),
        message: e.to_string(),
    })?;
    Ok(Some(StoredToken::from_record(record)))
}

fn write(conn: &Connection, resource: &str, token: &StoredToken) -> StoreResult<()> {
    let record = serde_json::to_string(&token.to_record()).map_err(StoreError::backend)?;
    conn.execute(
        "INSERT INTO ghl_tokens (resource, fingerprint, record, expires_at_ms)
         VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(resource) DO UPDATE SET
           fingerprint = excluded.fingerprint,
           record = excluded.record,
           expires_at_ms = excluded.expires_at_ms",
        params![
            resource,
            token.fingerprint().as_str(),
            record,
            unix_ms(token.expires_at)
        ],
    )
    .map_err(db)?;
    Ok(())
}

impl TokenStore for SqliteStore {
    fn load<'a>(&'a self, resource: &'a str) -> BoxFuture<'a, StoreResult<Option<StoredToken>>> {
        let resource = resource.to_owned();
        self.run(move |c| read(c, &resource))
    }

    fn save<'a>(
        &'a self,
        resource: &'a str,
        token: &'a StoredToken,
    ) -> BoxFuture<'a, StoreResult<()>> {
        let (resource, token) = (resource.to_owned(), token.clone());
        self.run(move |c| write(c, &resource, &token))
    }

    fn save_if<'a>(
        &'a self,
        resource: &'a str,
        expected: Option<&'a Fingerprint>,
        token: &'a StoredToken,
    ) -> BoxFuture<'a, StoreResult<bool>> {
        let (resource, token, expected) = (resource.to_owned(), token.clone(), expected.cloned());
        self.run(move |c| {
            let tx = c
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(db)?;
            let current: Option<String> = tx
                .query_row(
                    "SELECT fingerprint FROM ghl_tokens WHERE resource = ?1",
                    params![resource],
                    |row| row.get(0),
                )
                .optional()
                .map_err(db)?;
            let current = current.map(Fingerprint::from_hex);
            if !cas_allows(current.as_ref(), expected.as_ref(), &token.fingerprint()) {
                return Ok(false);
            }
            write(&tx, &resource, &token)?;
            tx.commit().map_err(db)?;
            Ok(true)
        })
    }

    fn delete<'a>(&'a self, resource: &'a str) -> BoxFuture<'a, StoreResult<()>> {
        let resource = resource.to_owned();
        self.run(move |c| {
            c.execute(
                "DELETE FROM ghl_tokens WHERE resource = ?1",
                params![resource],
            )
            .map_err(db)?;
            c.execute(
                "DELETE FROM ghl_token_leases WHERE resource = ?1",
                params![resource],
            )
            .map_err(db)?;
            Ok(())
        })
    }

    fn resources(&self) -> BoxFuture<'_, StoreResult<Vec<String>>> {
        self.run(|c| {
            let mut stmt = c
                .prepare("SELECT resource FROM ghl_tokens ORDER BY resource")
                .map_err(db)?;
            let rows = stmt.query_map([], |row| row.get(0)).map_err(db)?;
            rows.collect::<Result<Vec<String>, _>>().map_err(db)
        })
    }

    fn acquire_lease<'a>(
        &'a self,
        resource: &'a str,
        holder: &'a str,
        until: SystemTime,
        now: SystemTime,
    ) -> BoxFuture<'a, StoreResult<bool>> {
        let (resource, holder) = (resource.to_owned(), holder.to_owned());
        self.run(move |c| {
            let tx = c
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(db)?;
            let current: Option<(String, i64, Option<String>)> = tx
                .query_row(
                    "SELECT holder, until_ms, process FROM ghl_token_leases WHERE resource = ?1",
                    params![resource],
                    |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
                )
                .optional()
                .map_err(db)?;
            if let Some((other, until_ms, process)) = current
                && other != holder
                && until_ms > unix_ms(now)
            {
                let dead = ProcessTag::from_json(process.as_deref()).is_some_and(|p| p.is_dead());
                if !dead {
                    return Ok(false);
                }
                tracing::warn!(
                    resource,
                    dead_holder = %other,
                    "the holder of the refresh lease has died; taking the lease over"
                );
            }
            let process = ProcessTag::current().map(ProcessTag::to_json);
            tx.execute(
                "INSERT INTO ghl_token_leases (resource, holder, until_ms, process)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(resource) DO UPDATE SET holder = excluded.holder,
                   until_ms = excluded.until_ms, process = excluded.process",
                params![resource, holder, unix_ms(until), process],
            )
            .map_err(db)?;
            tx.commit().map_err(db)?;
            Ok(true)
        })
    }

    fn release_lease<'a>(
        &'a self,
        resource: &'a str,
        holder: &'a str,
    ) -> BoxFuture<'a, StoreResult<()>> {
        let (resource, holder) = (resource.to_owned(), holder.to_owned());
        self.run(move |c| {
            c.execute(
                "DELETE FROM ghl_token_leases WHERE resource = ?1 AND holder = ?2",
                params![resource, holder],
            )
            .map_err(db)?;
            Ok(())
        })
    }
}
