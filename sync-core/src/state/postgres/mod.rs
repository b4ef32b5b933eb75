//! A [`StateStore`] in Postgres, so several workers (and hosts) can share one state.
//!
//! [`PostgresStore::connect`] takes a connection URL (`postgres://user:pass@host:5432/db`, or
//! the key-value form), opens a small pool (`deadpool-postgres`) and applies the embedded,
//! versioned migrations (see [`PostgresStore::SCHEMA_VERSION`]): a `sync_state_migrations`
//! table records each version applied, applying again is a no-op, and a database written by a
//! newer build is refused with [`PostgresStoreError::SchemaTooNew`].
//!
//! [`PostgresOptions::schema`] keeps the tables in their own schema (created if missing), so
//! one database can hold several deployments, or each test its own. Connections are plain
//! TCP or a Unix socket: TLS is not supported yet, so reach a remote server through a
//! private network or a tunnel.
//!
//! Errors never carry the password: the URL is kept only redacted
//! ([`redact_db_url`](ghl_notion_runtime::redact::redact_db_url)), and the store's `Debug`
//! shows that form.
//!
//! ```no_run
//! use sync_core::state::{PostgresOptions, PostgresStore, StateStore};
//!
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! let url = std::env::var("DATABASE_URL")?;
//! let store = PostgresStore::connect_with(&url, PostgresOptions::default().schema("ghl_notion")).await?;
//! assert_eq!(store.schema_version().await?, PostgresStore::SCHEMA_VERSION);
//! assert!(store.pending_intents().await?.is_empty());
//! # Ok(())
//! # }
//! ```

mod error;
mod schema;

use std::time::Duration;

use chrono::{DateTime, Utc};
use deadpool_postgres::{Manager, ManagerConfig, Object, Pool, RecyclingMethod, Runtime};
use tokio_postgres::{NoTls, Row};

pub use error::PostgresStoreError;
use error::SecretUrl;

use super::{Intent, RowState, RunInfo, StateStore, StoreResult};
use crate::BoxFuture;
use crate::hash::ContentHash;
use crate::record::EntityKind;
use crate::sink::{RowId, TableId};
use crate::source::ChangeCursor;

/// How [`PostgresStore::connect_with`] connects.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct PostgresOptions {
    /// The schema holding the tables (created if missing); `None` uses the connection's
    /// `search_path` (usually `public`).
    pub schema: Option<String>,
    /// The most connections the pool opens.
    pub max_connections: usize,
    /// How long to wait for a connection (to be made, or freed by another task).
    pub connect_timeout: Duration,
}

impl Default for PostgresOptions {
    fn default() -> Self {
        Self {
            schema: None,
            max_connections: 4,
            connect_timeout: Duration::from_secs(10),
        }
    }
}

impl PostgresOptions {
    /// Keeps the tables in `schema`: 1 to 63 of `a-z`, `0-9` and `_`, not starting with a digit.
    pub fn schema(mut self, schema: impl Into<String>) -> Self {
        self.schema = Some(schema.into());
        self
    }

    /// Sets the most connections the pool opens (at least 1).
    pub fn max_connections(mut self, n: usize) -> Self {
        self.max_connections = n.max(1);
        self
    }

    /// Sets how long to wait for a connection.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }
}

/// Engine state in Postgres; clones share one pool.
#[derive(Clone)]
pub struct PostgresStore {
    pool: Pool,
    url: SecretUrl,
    schema: Option<String>,
}

impl std::fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let status = self.pool.status();
        f.debug_struct("PostgresStore")
            .field("url", &self.url)
            .field("schema", &self.schema)
            .field("connections", &status.size)
            .field("max_connections", &status.max_size)
            .finish()
    }
}

fn q(action: &'static str) -> impl FnOnce(tokio_postgres::Error) -> PostgresStoreError {
    move |source| PostgresStoreError::Query { action, source }
}

fn to_i64(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn to_u64(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

const ROW_COLUMNS: &str =
    "key, row_id, hash, deleted, source_updated_at, last_written, last_seen, seen_run";

fn row_state(row: &Row) -> Result<(String, RowState), PostgresStoreError> {
    let get = |e: tokio_postgres::Error| PostgresStoreError::Corrupt {
        what: "row state",
        detail: e.to_string(),
    };
    let hash: Option<String> = row.try_get("hash").map_err(get)?;
    Ok((
        row.try_get("key").map_err(get)?,
        RowState {
            row_id: RowId(row.try_get("row_id").map_err(get)?),
            hash: hash.and_then(|h| h.parse::<ContentHash>().ok()),
            deleted: row.try_get("deleted").map_err(get)?,
            source_updated_at: row.try_get("source_updated_at").map_err(get)?,
            last_written: row.try_get("last_written").map_err(get)?,
            last_seen: row.try_get("last_seen").map_err(get)?,
            seen_run: to_u64(row.try_get("seen_run").map_err(get)?),
        },
    ))
}

impl PostgresStore {
    /// The schema version this build writes.
    pub const SCHEMA_VERSION: u32 = schema::LATEST;

    /// Connects to `url` with [`PostgresOptions::default`] and migrates the schema.
    pub async fn connect(url: &str) -> Result<Self, PostgresStoreError> {
        Self::connect_with(url, PostgresOptions::default()).await
    }

    /// Connects to `url` with `options` and migrates the schema to
    /// [`Self::SCHEMA_VERSION`].
    pub async fn connect_with(
        url: &str,
        options: PostgresOptions,
    ) -> Result<Self, PostgresStoreError> {
        Self::connect_at_version(url, options, Self::SCHEMA_VERSION).await
    }

    /// Connects migrating only up to `version` (for testing migrations).
    #[doc(hidden)]
    pub async fn connect_at_version(
        url: &str,
        options: PostgresOptions,
        version: u32,
    ) -> Result<Self, PostgresStoreError> {
        let secret_url = SecretUrl::new(url);
        let mut config: tokio_postgres::Config =
            url.parse()
                .map_err(|source| PostgresStoreError::InvalidUrl {
                    url: secret_url.redacted().to_owned(),
                    source,
                })?;
        if let Some(schema) = &options.schema {
            schema::check_schema(schema)?;
            let search_path = format!("-c search_path={schema}");
            let joined = match config.get_options() {
                Some(existing) if !existing.trim().is_empty() => {
                    format!("{existing} {search_path}")
                }
                _ => search_path,
            };
            config.options(joined);
        }
        if config.get_application_name().is_none() {
            config.application_name("sync-core");
        }
        config.connect_timeout(options.connect_timeout);
        let manager = Manager::from_config(
            config,
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(options.max_connections.max(1))
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(options.connect_timeout))
            .create_timeout(Some(options.connect_timeout))
            .build()
            .map_err(|e| PostgresStoreError::Corrupt {
                what: "pool settings",
                detail: e.to_string(),
            })?;
        let store = Self {
            pool,
            url: secret_url,
            schema: options.schema,
        };
        let mut client = store.client().await?;
        schema::migrate(&mut client, store.schema.as_deref(), version).await?;
        drop(client);
        Ok(store)
    }

    /// The schema the tables live in, when one was named.
    pub fn schema(&self) -> Option<&str> {
        self.schema.as_deref()
    }

    /// The connection URL with its password replaced by `***`.
    pub fn redacted_url(&self) -> &str {
        self.url.redacted()
    }

    /// The schema version recorded in the database.
    pub async fn schema_version(&self) -> Result<u32, PostgresStoreError> {
        let client = self.client().await?;
        schema::version_in(&**client).await
    }

    /// Applies any missing migration again (a no-op when the schema is current); returns
    /// the version recorded afterwards.
    pub async fn migrate(&self) -> Result<u32, PostgresStoreError> {
        let mut client = self.client().await?;
        schema::migrate(&mut client, self.schema.as_deref(), Self::SCHEMA_VERSION).await
    }

    /// Drops `schema` and everything in it (test clean-up).
    #[cfg(feature = "test-util")]
    #[doc(hidden)]
    pub async fn drop_schema_for_tests(&self, schema: &str) -> Result<(), PostgresStoreError> {
        schema::check_schema(schema)?;
        let client = self.client().await?;
        client
            .batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"))
            .await
            .map_err(q("dropping a schema"))
    }

    async fn client(&self) -> Result<Object, PostgresStoreError> {
        self.pool
            .get()
            .await
            .map_err(|source| PostgresStoreError::Connect {
                url: self.url.redacted().to_owned(),
                source,
            })
    }

    /// Runs `statement` with `params`; returns the rows it changed.
    async fn execute(
        &self,
        action: &'static str,
        statement: &str,
        params: &[&(dyn tokio_postgres::types::ToSql + Sync)],
    ) -> Result<u64, PostgresStoreError> {
        let client = self.client().await?;
        let stmt = client.prepare_cached(statement).await.map_err(q(action))?;
        client.execute(&stmt, params).await.map_err(q(action))
    }

    /// Runs `statement` with `params`; returns its rows.
    async fn query(
        &self,
        action: &'static str,
        statement: &str,
        params: &[&(dyn tokio_postgres::types::ToSql + Sync)],
    ) -> Result<Vec<Row>, PostgresStoreError> {
        let client = self.client().await?;
        let stmt = client.prepare_cached(statement).await.map_err(q(action))?;
        client.query(&stmt, params).await.map_err(q(action))
    }

    /// Runs `statement` with `params`; returns its first row, if any.
    async fn query_opt(
        &self,
        action: &'static str,
        statement: &str,
        params: &[&(dyn tokio_postgres::types::ToSql + Sync)],
    ) -> Result<Option<Row>, PostgresStoreError> {
        let client = self.client().await?;
        let stmt = client.prepare_cached(statement).await.map_err(q(action))?;
        client.query_opt(&stmt, params).await.map_err(q(action))
    }
}

fn column<'r, T: tokio_postgres::types::FromSql<'r>>(
    row: &'r Row,
    index: usize,
    what: &'static str,
) -> Result<T, PostgresStoreError> {
    row.try_get(index).map_err(|e| PostgresStoreError::Corrupt {
        what,
        detail: e.to_string(),
    })
}

impl StateStore for PostgresStore {
    fn get_row<'a>(
        &'a self,
        table: &'a TableId,
        key: &'a str,
    ) -> BoxFuture<'a, StoreResult<Option<RowState>>> {
        Box::pin(async move {
            let row = self
                .query_opt(
                    "reading a row",
                    &format!("SELECT {ROW_COLUMNS} FROM sync_rows WHERE tbl = $1 AND key = $2"),
                    &[&table.0, &key],
                )
                .await?;
            Ok(row.map(|r| row_state(&r)).transpose()?.map(|(_, s)| s))
        })
    }

    fn put_row<'a>(
        &'a self,
        table: &'a TableId,
        key: &'a str,
        row: RowState,
    ) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            let hash = row.hash.map(|h| h.to_string());
            self.execute(
                "writing a row",
                "INSERT INTO sync_rows (tbl, key, row_id, hash, deleted, source_updated_at, last_written, last_seen, seen_run)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                 ON CONFLICT (tbl, key) DO UPDATE SET row_id = EXCLUDED.row_id, hash = EXCLUDED.hash,
                   deleted = EXCLUDED.deleted, source_updated_at = EXCLUDED.source_updated_at,
                   last_written = EXCLUDED.last_written, last_seen = EXCLUDED.last_seen,
                   seen_run = EXCLUDED.seen_run",
                &[
                    &table.0,
                    &key,
                    &row.row_id.0,
                    &hash,
                    &row.deleted,
                    &row.source_updated_at,
                    &row.last_written,
                    &row.last_seen,
                    &to_i64(row.seen_run),
                ],
            )
            .await?;
            Ok(())
        })
    }

    fn remove_row<'a>(
        &'a self,
        table: &'a TableId,
        key: &'a str,
    ) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            self.execute(
                "removing a row",
                "DELETE FROM sync_rows WHERE tbl = $1 AND key = $2",
                &[&table.0, &key],
            )
            .await?;
            Ok(())
        })
    }

    fn rows<'a>(
        &'a self,
        table: &'a TableId,
    ) -> BoxFuture<'a, StoreResult<Vec<(String, RowState)>>> {
        Box::pin(async move {
            // `COLLATE "C"`: byte order, as the other stores list keys.
            let rows = self
                .query(
                    "listing rows",
                    &format!(
                        "SELECT {ROW_COLUMNS} FROM sync_rows WHERE tbl = $1 ORDER BY key COLLATE \"C\""
                    ),
                    &[&table.0],
                )
                .await?;
            Ok(rows.iter().map(row_state).collect::<Result<Vec<_>, _>>()?)
        })
    }

    fn count_rows<'a>(&'a self, table: &'a TableId) -> BoxFuture<'a, StoreResult<u64>> {
        Box::pin(async move {
            let rows = self
                .query(
                    "counting rows",
                    "SELECT COUNT(*) FROM sync_rows WHERE tbl = $1",
                    &[&table.0],
                )
                .await?;
            let n: i64 = match rows.first() {
                Some(row) => column(row, 0, "row count")?,
                None => 0,
            };
            Ok(to_u64(n))
        })
    }

    fn touch_rows<'a>(
        &'a self,
        table: &'a TableId,
        keys: &'a [String],
        run: u64,
        at: DateTime<Utc>,
    ) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            if keys.is_empty() {
                return Ok(());
            }
            // One statement, so the batch is atomic.
            self.execute(
                "marking rows seen",
                "UPDATE sync_rows SET seen_run = $1, last_seen = $2 WHERE tbl = $3 AND key = ANY($4)",
                &[&to_i64(run), &at, &table.0, &keys],
            )
            .await?;
            Ok(())
        })
    }

    fn unseen_rows<'a>(
        &'a self,
        table: &'a TableId,
        run: u64,
    ) -> BoxFuture<'a, StoreResult<Vec<(String, RowState)>>> {
        Box::pin(async move {
            let rows = self
                .query(
                    "listing unseen rows",
                    &format!(
                        "SELECT {ROW_COLUMNS} FROM sync_rows
                         WHERE tbl = $1 AND NOT deleted AND seen_run < $2 ORDER BY key COLLATE \"C\""
                    ),
                    &[&table.0, &to_i64(run)],
                )
                .await?;
            Ok(rows.iter().map(row_state).collect::<Result<Vec<_>, _>>()?)
        })
    }

    fn is_indexed<'a>(&'a self, table: &'a TableId) -> BoxFuture<'a, StoreResult<bool>> {
        Box::pin(async move {
            let row = self
                .query_opt(
                    "reading the index mark",
                    "SELECT 1 FROM sync_indexed_tables WHERE tbl = $1",
                    &[&table.0],
                )
                .await?;
            Ok(row.is_some())
        })
    }

    fn set_indexed<'a>(&'a self, table: &'a TableId) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            self.execute(
                "marking a table indexed",
                "INSERT INTO sync_indexed_tables (tbl) VALUES ($1) ON CONFLICT DO NOTHING",
                &[&table.0],
            )
            .await?;
            Ok(())
        })
    }

    fn cursor<'a>(
        &'a self,
        entity: &'a EntityKind,
    ) -> BoxFuture<'a, StoreResult<Option<ChangeCursor>>> {
        Box::pin(async move {
            let row = self
                .query_opt(
                    "reading a cursor",
                    "SELECT cursor_value FROM sync_cursors WHERE entity = $1",
                    &[&entity.as_str()],
                )
                .await?;
            Ok(row
                .map(|r| column::<String>(&r, 0, "cursor"))
                .transpose()?
                .map(ChangeCursor))
        })
    }

    fn set_cursor<'a>(
        &'a self,
        entity: &'a EntityKind,
        cursor: Option<ChangeCursor>,
    ) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            match cursor {
                Some(cursor) => {
                    self.execute(
                        "writing a cursor",
                        "INSERT INTO sync_cursors (entity, cursor_value) VALUES ($1, $2)
                         ON CONFLICT (entity) DO UPDATE SET cursor_value = EXCLUDED.cursor_value",
                        &[&entity.as_str(), &cursor.0],
                    )
                    .await?
                }
                None => {
                    self.execute(
                        "clearing a cursor",
                        "DELETE FROM sync_cursors WHERE entity = $1",
                        &[&entity.as_str()],
                    )
                    .await?
                }
            };
            Ok(())
        })
    }

    fn meta<'a>(&'a self, key: &'a str) -> BoxFuture<'a, StoreResult<Option<String>>> {
        Box::pin(async move {
            let row = self
                .query_opt(
                    "reading a meta value",
                    "SELECT value FROM sync_meta WHERE key = $1",
                    &[&key],
                )
                .await?;
            Ok(row.map(|r| column(&r, 0, "meta value")).transpose()?)
        })
    }

    fn set_meta<'a>(&'a self, key: &'a str, value: String) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            self.execute(
                "writing a meta value",
                "INSERT INTO sync_meta (key, value) VALUES ($1, $2)
                 ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                &[&key, &value],
            )
            .await?;
            Ok(())
        })
    }

    fn run_info<'a>(&'a self, entity: &'a EntityKind) -> BoxFuture<'a, StoreResult<RunInfo>> {
        Box::pin(async move {
            let row = self
                .query_opt(
                    "reading run info",
                    "SELECT runs, runs_since_full, last_full_pass, needs_full FROM sync_runs WHERE entity = $1",
                    &[&entity.as_str()],
                )
                .await?;
            let Some(row) = row else {
                return Ok(RunInfo::default());
            };
            let runs: i64 = column(&row, 0, "run info")?;
            let since: i32 = column(&row, 1, "run info")?;
            Ok(RunInfo {
                runs: to_u64(runs),
                runs_since_full: u32::try_from(since).unwrap_or(0),
                last_full_pass: column(&row, 2, "run info")?,
                needs_full: column(&row, 3, "run info")?,
            })
        })
    }

    fn set_run_info<'a>(
        &'a self,
        entity: &'a EntityKind,
        info: RunInfo,
    ) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            let since = i32::try_from(info.runs_since_full).unwrap_or(i32::MAX);
            self.execute(
                "writing run info",
                "INSERT INTO sync_runs (entity, runs, runs_since_full, last_full_pass, needs_full)
                 VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (entity) DO UPDATE SET runs = EXCLUDED.runs,
                   runs_since_full = EXCLUDED.runs_since_full,
                   last_full_pass = EXCLUDED.last_full_pass, needs_full = EXCLUDED.needs_full",
                &[
                    &entity.as_str(),
                    &to_i64(info.runs),
                    &since,
                    &info.last_full_pass,
                    &info.needs_full,
                ],
            )
            .await?;
            Ok(())
        })
    }

    fn is_processed<'a>(
        &'a self,
        scope: &'a str,
        event_id: &'a str,
    ) -> BoxFuture<'a, StoreResult<bool>> {
        Box::pin(async move {
            let row = self
                .query_opt(
                    "reading a processed event",
                    "SELECT 1 FROM sync_processed WHERE scope = $1 AND event_id = $2",
                    &[&scope, &event_id],
                )
                .await?;
            Ok(row.is_some())
        })
    }

    fn mark_processed<'a>(
        &'a self,
        scope: &'a str,
        event_id: &'a str,
        at: DateTime<Utc>,
    ) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            self.execute(
                "recording a processed event",
                "INSERT INTO sync_processed (scope, event_id, processed_at) VALUES ($1, $2, $3)
                 ON CONFLICT (scope, event_id) DO UPDATE SET processed_at = EXCLUDED.processed_at",
                &[&scope, &event_id, &at],
            )
            .await?;
            Ok(())
        })
    }

    fn prune_processed(&self, before: DateTime<Utc>) -> BoxFuture<'_, StoreResult<u64>> {
        Box::pin(async move {
            Ok(self
                .execute(
                    "pruning processed events",
                    "DELETE FROM sync_processed WHERE processed_at < $1",
                    &[&before],
                )
                .await?)
        })
    }

    fn begin_intent(&self, intent: Intent) -> BoxFuture<'_, StoreResult<u64>> {
        Box::pin(async move {
            let body = serde_json::to_string(&intent).map_err(|e| PostgresStoreError::Corrupt {
                what: "intent",
                detail: e.to_string(),
            })?;
            let rows = self
                .query(
                    "recording an intent",
                    "INSERT INTO sync_intents (body) VALUES ($1) RETURNING id",
                    &[&body],
                )
                .await?;
            let id: i64 = match rows.first() {
                Some(row) => column(row, 0, "intent id")?,
                None => {
                    return Err(PostgresStoreError::Corrupt {
                        what: "intent id",
                        detail: "the insert returned no id".to_owned(),
                    }
                    .into());
                }
            };
            Ok(to_u64(id))
        })
    }

    fn finish_intent(&self, id: u64) -> BoxFuture<'_, StoreResult<()>> {
        Box::pin(async move {
            self.execute(
                "removing an intent",
                "DELETE FROM sync_intents WHERE id = $1",
                &[&to_i64(id)],
            )
            .await?;
            Ok(())
        })
    }

    fn pending_intents(&self) -> BoxFuture<'_, StoreResult<Vec<Intent>>> {
        Box::pin(async move {
            let rows = self
                .query(
                    "listing intents",
                    "SELECT id, body FROM sync_intents ORDER BY id",
                    &[],
                )
                .await?;
            let mut out = Vec::with_capacity(rows.len());
            for row in &rows {
                let id: i64 = column(row, 0, "intent")?;
                let body: String = column(row, 1, "intent")?;
                let mut intent: Intent =
                    serde_json::from_str(&body).map_err(|e| PostgresStoreError::Corrupt {
                        what: "intent",
                        detail: e.to_string(),
                    })?;
                intent.id = to_u64(id);
                out.push(intent);
            }
            Ok(out)
        })
    }
}
