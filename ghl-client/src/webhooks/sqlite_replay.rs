//! A [`ReplayStore`] in SQLite (features `webhooks` + `sqlite`), so seen `webhookId`s survive a
//! restart of the receiver. Point it at the sync engine's state file to keep everything a
//! receiver remembers in one place; it uses its own table, `ghl_webhook_seen`.
//!
//! ```no_run
//! use ghl_client::webhooks::{ReplayStore, SqliteReplayStore};
//! use std::time::{Duration, SystemTime};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let store = SqliteReplayStore::open("sync.sqlite", Duration::from_secs(24 * 3600))?;
//! assert!(store.check_and_insert("webhook:wh-1", SystemTime::now())?);
//! assert!(!store.check_and_insert("webhook:wh-1", SystemTime::now())?);
//! # Ok(()) }
//! ```

use std::path::Path;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ghl_notion_runtime::private_fs;
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};

use super::replay::{ReplayStore, StoreError};

/// Seen delivery keys in an SQLite table, kept for `max_age`.
#[derive(Debug)]
pub struct SqliteReplayStore {
    connection: Mutex<Connection>,
    max_age: Duration,
}

fn millis(t: SystemTime) -> i64 {
    t.duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

impl SqliteReplayStore {
    /// Opens (creating if needed) the database at `path` in WAL mode, keeping keys for
    /// `max_age`.
    ///
    /// The file is private: its directory is created `0700` if missing, the database and its
    /// `-wal` / `-shm` companions are `0600`, and a symbolic link at `path` is refused
    /// (see [`private_fs`]).
    pub fn open(path: impl AsRef<Path>, max_age: Duration) -> Result<Self, StoreError> {
        let path = path.as_ref();
        private_fs::prepare_sqlite(path).map_err(StoreError::new)?;
        let connection = Connection::open_with_flags(
            path,
            OpenFlags::default() | OpenFlags::SQLITE_OPEN_NOFOLLOW,
        )
        .map_err(StoreError::new)?;
        connection
            .pragma_update(None, "journal_mode", "WAL")
            .map_err(StoreError::new)?;
        connection
            .busy_timeout(Duration::from_secs(5))
            .map_err(StoreError::new)?;
        connection
            .execute_batch(
                "CREATE TABLE IF NOT EXISTS ghl_webhook_seen (
                     key TEXT PRIMARY KEY,
                     seen_at_ms INTEGER NOT NULL
                 );
                 CREATE INDEX IF NOT EXISTS ghl_webhook_seen_at ON ghl_webhook_seen (seen_at_ms);",
            )
            .map_err(StoreError::new)?;
        private_fs::restrict_sqlite(path).map_err(StoreError::new)?;
        Ok(Self {
            connection: Mutex::new(connection),
            max_age,
        })
    }

    fn cutoff(&self, now: SystemTime) -> i64 {
        millis(now.checked_sub(self.max_age).unwrap_or(UNIX_EPOCH))
    }
}

impl ReplayStore for SqliteReplayStore {
    fn contains(&self, key: &str, now: SystemTime) -> Result<bool, StoreError> {
        let connection = self
            .connection
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let seen: Option<i64> = connection
            .query_row(
                "SELECT seen_at_ms FROM ghl_webhook_seen WHERE key = ?1",
                params![key],
                |row| row.get(0),
            )
            .optional()
            .map_err(StoreError::new)?;
        Ok(seen.is_some_and(|at| at > self.cutoff(now)))
    }

    fn check_and_insert(&self, key: &str, seen_at: SystemTime) -> Result<bool, StoreError> {
        let mut connection = self
            .connection
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let cutoff = self.cutoff(seen_at);
        let tx = connection.transaction().map_err(StoreError::new)?;
        tx.execute(
            "DELETE FROM ghl_webhook_seen WHERE seen_at_ms <= ?1",
            params![cutoff],
        )
        .map_err(StoreError::new)?;
        let inserted = tx
            .execute(
                "INSERT OR IGNORE INTO ghl_webhook_seen (key, seen_at_ms) VALUES (?1, ?2)",
                params![key, millis(seen_at)],
            )
            .map_err(StoreError::new)?;
        tx.commit().map_err(StoreError::new)?;
        Ok(inserted == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(name: &str) -> std::path::PathBuf {
        let p = std::env::temp_dir().join(format!(
            "ghl-replay-{name}-{}-{}.sqlite",
            std::process::id(),
            fastrand::u64(..)
        ));
        let _ = std::fs::remove_file(&p);
        p
    }

    #[test]
    fn remembers_across_reopen_and_forgets_after_max_age() {
        let p = path("reopen");
        let t0 = UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        let day = Duration::from_secs(24 * 3600);
        {
            let store = SqliteReplayStore::open(&p, day).unwrap();
            assert!(store.check_and_insert("k1", t0).unwrap());
            assert!(!store.check_and_insert("k1", t0).unwrap());
        }
        let store = SqliteReplayStore::open(&p, day).unwrap();
        assert!(store.contains("k1", t0).unwrap(), "survives a restart");
        assert!(
            !store
                .check_and_insert("k1", t0 + Duration::from_secs(60))
                .unwrap()
        );
        let later = t0 + day + Duration::from_secs(1);
        assert!(!store.contains("k1", later).unwrap());
        assert!(
            store.check_and_insert("k1", later).unwrap(),
            "expired keys are new again"
        );
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", p.display()));
        }
    }

    #[cfg(unix)]
    #[test]
    fn the_database_is_private_and_never_opened_through_a_link() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = path("private").with_extension("d");
        let p = dir.join("nested").join("seen.sqlite");
        let store = SqliteReplayStore::open(&p, Duration::from_secs(60)).unwrap();
        assert!(store.check_and_insert("k", UNIX_EPOCH).unwrap());
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir.join("nested")), 0o700);
        for file in private_fs::sqlite_files(&p) {
            if file.exists() {
                assert_eq!(mode(&file), 0o600, "{}", file.display());
            }
        }
        let victim = dir.join("victim");
        std::fs::write(&victim, b"precious").unwrap();
        let link = dir.join("link.sqlite");
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        assert!(SqliteReplayStore::open(&link, Duration::from_secs(60)).is_err());
        assert_eq!(std::fs::read(&victim).unwrap(), b"precious");
        drop(store);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
