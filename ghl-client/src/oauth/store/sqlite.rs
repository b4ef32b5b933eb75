//! Tokens in an SQLite database (feature `sqlite`): table `ghl_tokens`, leases in
//! `ghl_token_leases`.
//!
//! Open a file with [`SqliteStore::open`] (WAL journal, `synchronous=FULL` so a committed
//! save survives a power cut, a busy timeout so processes sharing the file wait for each
//! other), or share a connection the rest of your program already uses with
//! [`SqliteStore::from_connection`]. The compare-and-swap runs in an `IMMEDIATE`
//! transaction, so it is atomic across processes. All database work runs on tokio's
//! blocking threads.

use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime};

use futures_util::future::BoxFuture;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

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
    until_ms INTEGER NOT NULL
);
";

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
    /// Opens (or creates) the database at `path`, in WAL mode with `synchronous=FULL`.
    pub fn open(path: impl AsRef<Path>) -> StoreResult<Self> {
        let conn = Connection::open(path).map_err(db)?;
        conn.busy_timeout(Duration::from_secs(10)).map_err(db)?;
        let _mode: String = conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))
            .map_err(db)?;
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(db)?;
        Self::from_connection(Arc::new(Mutex::new(conn)))
    }

    /// Uses a connection shared with the rest of the program (the sync engine's state
    /// database) and creates the tables if missing. Its journal and sync settings are left
    /// as they are: use WAL with `synchronous=FULL` (or `NORMAL` if losing the last commit
    /// on power loss is acceptable) and a busy timeout.
    pub fn from_connection(conn: Arc<Mutex<Connection>>) -> StoreResult<Self> {
        conn.lock()
            .unwrap_or_else(PoisonError::into_inner)
            .execute_batch(SCHEMA)
            .map_err(db)?;
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
            let current: Option<(String, i64)> = tx
                .query_row(
                    "SELECT holder, until_ms FROM ghl_token_leases WHERE resource = ?1",
                    params![resource],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )
                .optional()
                .map_err(db)?;
            if let Some((other, until_ms)) = current
                && other != holder
                && until_ms > unix_ms(now)
            {
                return Ok(false);
            }
            tx.execute(
                "INSERT INTO ghl_token_leases (resource, holder, until_ms) VALUES (?1, ?2, ?3)
                 ON CONFLICT(resource) DO UPDATE SET holder = excluded.holder, until_ms = excluded.until_ms",
                params![resource, holder, unix_ms(until)],
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
