//! A [`StateStore`] in one SQLite file (compiled in, WAL journal, versioned schema).
//!
//! The file holds personal data (record keys, activity rows in pending intents), so it is
//! **private**: a missing directory is created `0700`, the database and its `-wal` and
//! `-shm` companions are `0600`, and a path that is a symbolic link is refused (see
//! [`private_fs`]).
//!
//! SQLite calls block, so each one runs on tokio's blocking pool (`spawn_blocking`) while
//! the async threads keep serving. The schema version lives in `PRAGMA user_version`; opening
//! a file applies every missing migration in order, each in its own transaction.
//!
//! ```
//! use sync_core::state::{SqliteStore, StateStore};
//!
//! # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
//! let path = std::env::temp_dir().join(format!("sync-core-doc-{}.db", std::process::id()));
//! let store = SqliteStore::open(&path).unwrap();
//! assert_eq!(store.schema_version().unwrap(), SqliteStore::SCHEMA_VERSION);
//! assert!(store.pending_intents().await.unwrap().is_empty());
//! # drop(store);
//! # let _ = std::fs::remove_file(&path);
//! # });
//! ```

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use chrono::{DateTime, SecondsFormat, Utc};
use ghl_notion_runtime::private_fs;
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};

use super::{Intent, RowState, RunInfo, StateStore, StoreResult};
use crate::BoxFuture;
use crate::error::StoreError;
use crate::hash::ContentHash;
use crate::record::EntityKind;
use crate::sink::{RowId, TableId};
use crate::source::ChangeCursor;

/// Schema migrations; migration `i` takes the file from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: the tables.
    "CREATE TABLE rows (
        tbl TEXT NOT NULL,
        key TEXT NOT NULL,
        row_id TEXT NOT NULL,
        hash TEXT,
        deleted INTEGER NOT NULL DEFAULT 0,
        source_updated_at TEXT,
        last_written TEXT,
        last_seen TEXT,
        seen_run INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (tbl, key)
    ) WITHOUT ROWID;
    CREATE TABLE indexed_tables (tbl TEXT PRIMARY KEY);
    CREATE TABLE cursors (entity TEXT PRIMARY KEY, cursor TEXT NOT NULL);
    CREATE TABLE runs (entity TEXT PRIMARY KEY, info TEXT NOT NULL);
    CREATE TABLE processed (
        scope TEXT NOT NULL,
        event_id TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (scope, event_id)
    );
    CREATE TABLE intents (id INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT NOT NULL);",
    // 2: indexes for aging processed events and for deletion detection.
    "CREATE INDEX processed_at ON processed (at);
    CREATE INDEX rows_seen ON rows (tbl, seen_run);",
    // 3: values the application keeps beside the state.
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);",
];

/// Engine state in one SQLite file.
#[derive(Debug, Clone)]
pub struct SqliteStore {
    conn: Arc<Mutex<Connection>>,
    path: PathBuf,
}

fn sql_err(e: rusqlite::Error) -> StoreError {
    StoreError::wrap("sqlite", e)
}

fn ts(at: DateTime<Utc>) -> String {
    // Fixed width, so text order is time order.
    at.to_rfc3339_opts(SecondsFormat::Micros, true)
}

fn parse_ts(text: Option<String>) -> Option<DateTime<Utc>> {
    text.and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
        .map(|t| t.with_timezone(&Utc))
}

fn to_i64(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn row_state(row: &rusqlite::Row<'_>) -> rusqlite::Result<(String, RowState)> {
    let key: String = row.get("key")?;
    let hash: Option<String> = row.get("hash")?;
    let seen_run: i64 = row.get("seen_run")?;
    Ok((
        key,
        RowState {
            row_id: RowId(row.get("row_id")?),
            hash: hash.and_then(|h| h.parse::<ContentHash>().ok()),
            deleted: row.get::<_, i64>("deleted")? != 0,
            source_updated_at: parse_ts(row.get("source_updated_at")?),
            last_written: parse_ts(row.get("last_written")?),
            last_seen: parse_ts(row.get("last_seen")?),
            seen_run: u64::try_from(seen_run).unwrap_or(0),
        },
    ))
}

const ROW_COLUMNS: &str =
    "key, row_id, hash, deleted, source_updated_at, last_written, last_seen, seen_run";

impl SqliteStore {
    /// The schema version this build writes.
    pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

    /// Opens (or creates) the store at `path` and migrates it to [`Self::SCHEMA_VERSION`].
    ///
    /// A file path is opened privately: a missing directory is created `0700`, the file and
    /// its `-wal` and `-shm` companions are `0600`, and a `path` that is a symbolic link is
    /// refused. `":memory:"` opens a private in-memory database.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        Self::open_at_version(path, Self::SCHEMA_VERSION)
    }

    /// Opens the store migrating only up to `version` (for testing migrations).
    #[doc(hidden)]
    pub fn open_at_version(path: impl AsRef<Path>, version: u32) -> Result<Self, StoreError> {
        let path = path.as_ref().to_path_buf();
        let on_disk = path.as_os_str() != ":memory:";
        let io = |e| StoreError::wrap(format!("state file {}", path.display()), e);
        if on_disk {
            private_fs::prepare_sqlite(&path).map_err(io)?;
        }
        let flags = OpenFlags::default() | OpenFlags::SQLITE_OPEN_NOFOLLOW;
        let mut conn = Connection::open_with_flags(&path, flags).map_err(sql_err)?;
        conn.busy_timeout(Duration::from_secs(5)).map_err(sql_err)?;
        let _mode: String = conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .map_err(sql_err)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(sql_err)?;
        migrate(&mut conn, version)?;
        if on_disk {
            // The `-wal` and `-shm` files exist now.
            private_fs::restrict_sqlite(&path).map_err(io)?;
        }
        Ok(Self {
            conn: Arc::new(Mutex::new(conn)),
            path,
        })
    }

    /// The file this store lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of the open file.
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        let conn = self.conn.lock().unwrap_or_else(PoisonError::into_inner);
        user_version(&conn)
    }

    /// Runs `f` on the blocking pool with the connection.
    fn blocking<'a, T, F>(&self, f: F) -> BoxFuture<'a, StoreResult<T>>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> rusqlite::Result<T> + Send + 'static,
    {
        let conn = Arc::clone(&self.conn);
        Box::pin(async move {
            tokio::task::spawn_blocking(move || {
                let mut conn = conn.lock().unwrap_or_else(PoisonError::into_inner);
                f(&mut conn).map_err(sql_err)
            })
            .await
            .map_err(|e| StoreError::wrap("sqlite task failed", e))?
        })
    }
}

fn user_version(conn: &Connection) -> Result<u32, StoreError> {
    let v: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(sql_err)?;
    u32::try_from(v).map_err(|_| StoreError::new("negative schema version"))
}

fn migrate(conn: &mut Connection, target: u32) -> Result<(), StoreError> {
    let current = user_version(conn)?;
    if current > SqliteStore::SCHEMA_VERSION {
        return Err(StoreError::new(format!(
            "state file has schema {current}, newer than this build's {}",
            SqliteStore::SCHEMA_VERSION
        )));
    }
    for (i, sql) in MIGRATIONS
        .iter()
        .enumerate()
        .take(target as usize)
        .skip(current as usize)
    {
        let tx = conn.transaction().map_err(sql_err)?;
        tx.execute_batch(sql).map_err(sql_err)?;
        tx.pragma_update(None, "user_version", i as i64 + 1)
            .map_err(sql_err)?;
        tx.commit().map_err(sql_err)?;
        tracing::info!(version = i + 1, "migrated sync state schema");
    }
    Ok(())
}

impl StateStore for SqliteStore {
    fn get_row<'a>(
        &'a self,
        table: &'a TableId,
        key: &'a str,
    ) -> BoxFuture<'a, StoreResult<Option<RowState>>> {
        let (table, key) = (table.0.clone(), key.to_owned());
        self.blocking(move |c| {
            c.query_row(
                &format!("SELECT {ROW_COLUMNS} FROM rows WHERE tbl = ?1 AND key = ?2"),
                params![table, key],
                row_state,
            )
            .optional()
            .map(|r| r.map(|(_, s)| s))
        })
    }

    fn put_row<'a>(
        &'a self,
        table: &'a TableId,
        key: &'a str,
        row: RowState,
    ) -> BoxFuture<'a, StoreResult<()>> {
        let (table, key) = (table.0.clone(), key.to_owned());
        self.blocking(move |c| {
            c.execute(
                "INSERT OR REPLACE INTO rows (tbl, key, row_id, hash, deleted, source_updated_at, last_written, last_seen, seen_run)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    table,
                    key,
                    row.row_id.0,
                    row.hash.map(|h| h.to_string()),
                    i64::from(row.deleted),
                    row.source_updated_at.map(ts),
                    row.last_written.map(ts),
                    row.last_seen.map(ts),
                    to_i64(row.seen_run),
                ],
            )
            .map(|_| ())
        })
    }

    fn remove_row<'a>(
        &'a self,
        table: &'a TableId,
        key: &'a str,
    ) -> BoxFuture<'a, StoreResult<()>> {
        let (table, key) = (table.0.clone(), key.to_owned());
        self.blocking(move |c| {
            c.execute(
                "DELETE FROM rows WHERE tbl = ?1 AND key = ?2",
                params![table, key],
            )
            .map(|_| ())
        })
    }

    fn rows<'a>(
        &'a self,
        table: &'a TableId,
    ) -> BoxFuture<'a, StoreResult<Vec<(String, RowState)>>> {
        let table = table.0.clone();
        self.blocking(move |c| {
            let mut stmt = c.prepare(&format!(
                "SELECT {ROW_COLUMNS} FROM rows WHERE tbl = ?1 ORDER BY key"
            ))?;
            stmt.query_map(params![table], row_state)?.collect()
        })
    }

    fn count_rows<'a>(&'a self, table: &'a TableId) -> BoxFuture<'a, StoreResult<u64>> {
        let table = table.0.clone();
        self.blocking(move |c| {
            c.query_row(
                "SELECT COUNT(*) FROM rows WHERE tbl = ?1",
                params![table],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| u64::try_from(n).unwrap_or(0))
        })
    }

    fn touch_rows<'a>(
        &'a self,
        table: &'a TableId,
        keys: &'a [String],
        run: u64,
        at: DateTime<Utc>,
    ) -> BoxFuture<'a, StoreResult<()>> {
        let (table, keys) = (table.0.clone(), keys.to_vec());
        self.blocking(move |c| {
            let tx = c.transaction()?;
            {
                let mut stmt = tx.prepare(
                    "UPDATE rows SET seen_run = ?1, last_seen = ?2 WHERE tbl = ?3 AND key = ?4",
                )?;
                let at = ts(at);
                for key in &keys {
                    stmt.execute(params![to_i64(run), at, table, key])?;
                }
            }
            tx.commit()
        })
    }

    fn unseen_rows<'a>(
        &'a self,
        table: &'a TableId,
        run: u64,
    ) -> BoxFuture<'a, StoreResult<Vec<(String, RowState)>>> {
        let table = table.0.clone();
        self.blocking(move |c| {
            let mut stmt = c.prepare(&format!(
                "SELECT {ROW_COLUMNS} FROM rows WHERE tbl = ?1 AND deleted = 0 AND seen_run < ?2 ORDER BY key"
            ))?;
            stmt.query_map(params![table, to_i64(run)], row_state)?.collect()
        })
    }

    fn is_indexed<'a>(&'a self, table: &'a TableId) -> BoxFuture<'a, StoreResult<bool>> {
        let table = table.0.clone();
        self.blocking(move |c| {
            c.query_row(
                "SELECT 1 FROM indexed_tables WHERE tbl = ?1",
                params![table],
                |_| Ok(()),
            )
            .optional()
            .map(|r| r.is_some())
        })
    }

    fn set_indexed<'a>(&'a self, table: &'a TableId) -> BoxFuture<'a, StoreResult<()>> {
        let table = table.0.clone();
        self.blocking(move |c| {
            c.execute(
                "INSERT OR IGNORE INTO indexed_tables (tbl) VALUES (?1)",
                params![table],
            )
            .map(|_| ())
        })
    }

    fn cursor<'a>(
        &'a self,
        entity: &'a EntityKind,
    ) -> BoxFuture<'a, StoreResult<Option<ChangeCursor>>> {
        let entity = entity.as_str().to_owned();
        self.blocking(move |c| {
            c.query_row(
                "SELECT cursor FROM cursors WHERE entity = ?1",
                params![entity],
                |r| r.get::<_, String>(0).map(ChangeCursor),
            )
            .optional()
        })
    }

    fn set_cursor<'a>(
        &'a self,
        entity: &'a EntityKind,
        cursor: Option<ChangeCursor>,
    ) -> BoxFuture<'a, StoreResult<()>> {
        let entity = entity.as_str().to_owned();
        self.blocking(move |c| {
            match cursor {
                Some(cursor) => c.execute(
                    "INSERT OR REPLACE INTO cursors (entity, cursor) VALUES (?1, ?2)",
                    params![entity, cursor.0],
                ),
                None => c.execute("DELETE FROM cursors WHERE entity = ?1", params![entity]),
            }
            .map(|_| ())
        })
    }

    fn meta<'a>(&'a self, key: &'a str) -> BoxFuture<'a, StoreResult<Option<String>>> {
        let key = key.to_owned();
        self.blocking(move |c| {
            c.query_row("SELECT value FROM meta WHERE key = ?1", params![key], |r| {
                r.get::<_, String>(0)
            })
            .optional()
        })
    }

    fn set_meta<'a>(&'a self, key: &'a str, value: String) -> BoxFuture<'a, StoreResult<()>> {
        let key = key.to_owned();
        self.blocking(move |c| {
            c.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)",
                params![key, value],
            )
            .map(|_| ())
        })
    }

    fn run_info<'a>(&'a self, entity: &'a EntityKind) -> BoxFuture<'a, StoreResult<RunInfo>> {
        let entity = entity.as_str().to_owned();
        let fut = self.blocking(move |c| {
            c.query_row(
                "SELECT info FROM runs WHERE entity = ?1",
                params![entity],
                |r| r.get::<_, String>(0),
            )
            .optional()
        });
        Box::pin(async move {
            match fut.await? {
                Some(json) => {
                    serde_json::from_str(&json).map_err(|e| StoreError::wrap("corrupt run info", e))
                }
                None => Ok(RunInfo::default()),
            }
        })
    }

    fn set_run_info<'a>(
        &'a self,
        entity: &'a EntityKind,
        info: RunInfo,
    ) -> BoxFuture<'a, StoreResult<()>> {
        let entity = entity.as_str().to_owned();
        let json = match serde_json::to_string(&info) {
            Ok(json) => json,
            Err(e) => return Box::pin(std::future::ready(Err(StoreError::wrap("run info", e)))),
        };
        self.blocking(move |c| {
            c.execute(
                "INSERT OR REPLACE INTO runs (entity, info) VALUES (?1, ?2)",
                params![entity, json],
            )
            .map(|_| ())
        })
    }

    fn is_processed<'a>(
        &'a self,
        scope: &'a str,
        event_id: &'a str,
    ) -> BoxFuture<'a, StoreResult<bool>> {
        let (scope, event_id) = (scope.to_owned(), event_id.to_owned());
        self.blocking(move |c| {
            c.query_row(
                "SELECT 1 FROM processed WHERE scope = ?1 AND event_id = ?2",
                params![scope, event_id],
                |_| Ok(()),
            )
            .optional()
            .map(|r| r.is_some())
        })
    }

    fn mark_processed<'a>(
        &'a self,
        scope: &'a str,
        event_id: &'a str,
        at: DateTime<Utc>,
    ) -> BoxFuture<'a, StoreResult<()>> {
        let (scope, event_id) = (scope.to_owned(), event_id.to_owned());
        self.blocking(move |c| {
            c.execute(
                "INSERT OR REPLACE INTO processed (scope, event_id, at) VALUES (?1, ?2, ?3)",
                params![scope, event_id, ts(at)],
            )
            .map(|_| ())
        })
    }

    fn prune_processed(&self, before: DateTime<Utc>) -> BoxFuture<'_, StoreResult<u64>> {
        self.blocking(move |c| {
            c.execute("DELETE FROM processed WHERE at < ?1", params![ts(before)])
                .map(|n| n as u64)
        })
    }

    fn begin_intent(&self, intent: Intent) -> BoxFuture<'_, StoreResult<u64>> {
        let body = match serde_json::to_string(&intent) {
            Ok(body) => body,
            Err(e) => return Box::pin(std::future::ready(Err(StoreError::wrap("intent", e)))),
        };
        self.blocking(move |c| {
            c.execute("INSERT INTO intents (body) VALUES (?1)", params![body])?;
            Ok(u64::try_from(c.last_insert_rowid()).unwrap_or(0))
        })
    }

    fn finish_intent(&self, id: u64) -> BoxFuture<'_, StoreResult<()>> {
        self.blocking(move |c| {
            c.execute("DELETE FROM intents WHERE id = ?1", params![to_i64(id)])
                .map(|_| ())
        })
    }

    fn pending_intents(&self) -> BoxFuture<'_, StoreResult<Vec<Intent>>> {
        let fut = self.blocking(|c| {
            let mut stmt = c.prepare("SELECT id, body FROM intents ORDER BY id")?;
            stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()
        });
        Box::pin(async move {
            let mut out = Vec::new();
            for (id, body) in fut.await? {
                let mut intent: Intent = serde_json::from_str(&body)
                    .map_err(|e| StoreError::wrap("corrupt intent", e))?;
                intent.id = u64::try_from(id).unwrap_or(0);
                out.push(intent);
            }
            Ok(out)
        })
    }
}

#[cfg(test)]
#[path = "sqlite_tests.rs"]
mod tests;
