//! Tokens in Postgres (feature `postgres`): table `ghl_tokens`, leases in `ghl_token_leases`,
//! so workers on several hosts share one install.
//!
//! [`PostgresTokenStore::connect`] takes a connection URL, opens a small pool
//! (`deadpool-postgres`) and applies the embedded, versioned migrations (recorded in
//! `ghl_token_migrations`; applying again is a no-op; a newer version than this build knows
//! is refused). [`PostgresTokenStore::connect_in_schema`] keeps the tables in a schema of
//! their own. A committed save is durable (Postgres' default `synchronous_commit`).
//!
//! [`save_if`](TokenStore::save_if) and [`acquire_lease`](TokenStore::acquire_lease) run in a
//! transaction holding an advisory lock on the resource, so they are atomic across every
//! process using the database. A lease records its holder's process (boot id, pid namespace,
//! pid, start time) as the SQLite store does: a process on the same machine and container that
//! finds the holder gone takes the lease over at once; otherwise the lease's time limit
//! decides.
//!
//! The URL shows only redacted (`postgres://user:***@host/db`) in errors and `Debug`.

use std::time::{Duration, SystemTime};

use deadpool_postgres::{Manager, ManagerConfig, Object, Pool, RecyclingMethod, Runtime};
use futures_util::future::BoxFuture;
use ghl_notion_runtime::redact::redact_db_url;
use tokio_postgres::NoTls;

use super::process::ProcessTag;
use super::{StoreError, StoreResult, TokenStore, cas_allows};
use crate::oauth::token::{Fingerprint, StoredToken, TokenRecord, unix_ms};

/// The migrations, oldest first. Never edit one that shipped: add a new one.
const MIGRATIONS: &[&str] = &["CREATE TABLE ghl_tokens (
        resource      TEXT PRIMARY KEY,
        fingerprint   TEXT NOT NULL,
        record        TEXT NOT NULL,
        expires_at_ms BIGINT NOT NULL
    );
    CREATE TABLE ghl_token_leases (
        resource TEXT PRIMARY KEY,
        holder   TEXT NOT NULL,
        until_ms BIGINT NOT NULL,
        process  TEXT
    );"];

/// Advisory lock namespaces: migrations (keyed by schema) and resources (keyed by id).
const MIGRATION_LOCK: i32 = 0x4748_4c4d; // "GHLM"
const RESOURCE_LOCK: i32 = 0x4748_4c52; // "GHLR"

/// A token store failed in Postgres; wrapped in [`StoreError::Backend`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PostgresTokenStoreError {
    /// The URL could not be read (the message names the option, never its value).
    #[error("invalid Postgres URL {url}: {source}")]
    InvalidUrl {
        /// The URL with its password replaced by `***`.
        url: String,
        /// The driver's parse error.
        #[source]
        source: tokio_postgres::Error,
    },
    /// The schema name is not a plain lower-case identifier.
    #[error(
        "invalid Postgres schema name {0:?}: use 1 to 63 of a-z, 0-9 and _, not starting with a digit"
    )]
    InvalidSchema(String),
    /// No connection could be made (or taken from the pool).
    #[error("connecting to Postgres at {url}: {source}")]
    Connect {
        /// The URL with its password replaced by `***`.
        url: String,
        /// The pool's error.
        #[source]
        source: deadpool_postgres::PoolError,
    },
    /// A statement failed.
    #[error("Postgres {action}: {source}")]
    Query {
        /// What the store was doing.
        action: &'static str,
        /// The driver's error.
        #[source]
        source: tokio_postgres::Error,
    },
    /// The database holds a schema newer than this build knows.
    #[error("the Postgres token store has schema version {found}, newer than this build's {known}")]
    SchemaTooNew {
        /// The newest version recorded.
        found: u32,
        /// The newest version this build knows.
        known: u32,
    },
}

fn q(action: &'static str) -> impl FnOnce(tokio_postgres::Error) -> StoreError {
    move |source| StoreError::backend(PostgresTokenStoreError::Query { action, source })
}

/// Tokens in Postgres (see the module docs). Clones share one pool.
#[derive(Clone)]
pub struct PostgresTokenStore {
    pool: Pool,
    url: String,
    schema: Option<String>,
}

impl std::fmt::Debug for PostgresTokenStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresTokenStore")
            .field("url", &self.url)
            .field("schema", &self.schema)
            .finish_non_exhaustive()
    }
}

fn check_schema(schema: &str) -> StoreResult<()> {
    let mut chars = schema.chars();
    let first = chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_');
    let rest = chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if first && rest && schema.len() <= 63 {
        Ok(())
    } else {
        Err(StoreError::backend(PostgresTokenStoreError::InvalidSchema(
            schema.to_owned(),
        )))
    }
}

impl PostgresTokenStore {
    /// The schema version this build writes.
    pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

    /// Connects to `url` (tables where the connection's `search_path` says) and migrates.
    pub async fn connect(url: &str) -> StoreResult<Self> {
        Self::open(url, None).await
    }

    /// Connects to `url` with the tables in `schema` (created if missing) and migrates.
    pub async fn connect_in_schema(url: &str, schema: &str) -> StoreResult<Self> {
        Self::open(url, Some(schema)).await
    }

    async fn open(url: &str, schema: Option<&str>) -> StoreResult<Self> {
        let redacted = redact_db_url(url);
        let mut config: tokio_postgres::Config = url.parse().map_err(|source| {
            StoreError::backend(PostgresTokenStoreError::InvalidUrl {
                url: redacted.clone(),
                source,
            })
        })?;
        if let Some(schema) = schema {
            check_schema(schema)?;
            let search_path = format!("-c search_path={schema}");
            let options = match config.get_options() {
                Some(existing) if !existing.trim().is_empty() => {
                    format!("{existing} {search_path}")
                }
                _ => search_path,
            };
            config.options(options);
        }
        if config.get_application_name().is_none() {
            config.application_name("ghl-client");
        }
        let timeout = Duration::from_secs(10);
        config.connect_timeout(timeout);
        let manager = Manager::from_config(
            config,
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(2)
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(timeout))
            .create_timeout(Some(timeout))
            .build()
            .map_err(StoreError::backend)?;
        let store = Self {
            pool,
            url: redacted,
            schema: schema.map(str::to_owned),
        };
        store.migrate().await?;
        Ok(store)
    }

    /// The schema version recorded in the database.
    pub async fn schema_version(&self) -> StoreResult<u32> {
        let client = self.client().await?;
        version(&client).await
    }

    async fn migrate(&self) -> StoreResult<()> {
        let mut client = self.client().await?;
        let tx = client
            .transaction()
            .await
            .map_err(q("starting the migration"))?;
        let key = self.schema.as_deref().unwrap_or("");
        tx.execute(
            "SELECT pg_advisory_xact_lock($1, hashtext($2))",
            &[&MIGRATION_LOCK, &key],
        )
        .await
        .map_err(q("locking the schema for migration"))?;
        if let Some(schema) = &self.schema {
            // A checked plain identifier: no quoting needed.
            tx.batch_execute(&format!("CREATE SCHEMA IF NOT EXISTS {schema}"))
                .await
                .map_err(q("creating the schema"))?;
        }
        tx.batch_execute(
            "CREATE TABLE IF NOT EXISTS ghl_token_migrations (
                version INTEGER PRIMARY KEY,
                applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
            )",
        )
        .await
        .map_err(q("creating the migrations table"))?;
        let current = version(&tx).await?;
        if current > Self::SCHEMA_VERSION {
            return Err(StoreError::backend(PostgresTokenStoreError::SchemaTooNew {
                found: current,
                known: Self::SCHEMA_VERSION,
            }));
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
            let version = i as i32 + 1;
            tx.batch_execute(sql)
                .await
                .map_err(q("applying a migration"))?;
            tx.execute(
                "INSERT INTO ghl_token_migrations (version) VALUES ($1)",
                &[&version],
            )
            .await
            .map_err(q("recording a migration"))?;
        }
        tx.commit().await.map_err(q("committing the migration"))
    }

    async fn client(&self) -> StoreResult<Object> {
        self.pool.get().await.map_err(|source| {
            StoreError::backend(PostgresTokenStoreError::Connect {
                url: self.url.clone(),
                source,
            })
        })
    }
}

async fn version(client: &impl deadpool_postgres::GenericClient) -> StoreResult<u32> {
    let row = client
        .query_one(
            "SELECT COALESCE(MAX(version), 0) FROM ghl_token_migrations",
            &[],
        )
        .await
        .map_err(q("reading the schema version"))?;
    let version: i32 = row.get(0);
    Ok(u32::try_from(version).unwrap_or(0))
}

async fn lock_resource(tx: &deadpool_postgres::Transaction<'_>, resource: &str) -> StoreResult<()> {
    tx.execute(
        "SELECT pg_advisory_xact_lock($1, hashtext($2))",
        &[&RESOURCE_LOCK, &resource],
    )
    .await
    .map_err(q("locking the resource"))?;
    Ok(())
}

async fn write(
    client: &impl deadpool_postgres::GenericClient,
    resource: &str,
    token: &StoredToken,
) -> StoreResult<()> {
    let record = serde_json::to_string(&token.to_record()).map_err(StoreError::backend)?;
    client
        .execute(
            "INSERT INTO ghl_tokens (resource, fingerprint, record, expires_at_ms)
             VALUES ($1, $2, $3, $4)
             ON CONFLICT (resource) DO UPDATE SET fingerprint = EXCLUDED.fingerprint,
               record = EXCLUDED.record, expires_at_ms = EXCLUDED.expires_at_ms",
            &[
                &resource,
                &token.fingerprint().as_str(),
                &record,
                &unix_ms(token.expires_at),
            ],
        )
        .await
        .map_err(q("saving a token"))?;
    Ok(())
}

impl TokenStore for PostgresTokenStore {
    fn load<'a>(&'a self, resource: &'a str) -> BoxFuture<'a, StoreResult<Option<StoredToken>>> {
        Box::pin(async move {
            let client = self.client().await?;
            let row = client
                .query_opt(
                    "SELECT record FROM ghl_tokens WHERE resource = $1",
                    &[&resource],
                )
                .await
                .map_err(q("loading a token"))?;
            let Some(row) = row else { return Ok(None) };
            let text: String = row.try_get(0).map_err(q("loading a token"))?;
            let record: TokenRecord =
                serde_json::from_str(&text).map_err(|e| StoreError::Corrupt {
                    resource: resource.to_owned(),
                    message: e.to_string(),
                })?;
            Ok(Some(StoredToken::from_record(record)))
        })
    }

    fn save<'a>(
        &'a self,
        resource: &'a str,
        token: &'a StoredToken,
    ) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            let client = self.client().await?;
            write(&client, resource, token).await
        })
    }

    fn save_if<'a>(
        &'a self,
        resource: &'a str,
        expected: Option<&'a Fingerprint>,
        token: &'a StoredToken,
    ) -> BoxFuture<'a, StoreResult<bool>> {
        Box::pin(async move {
            let mut client = self.client().await?;
            let tx = client.transaction().await.map_err(q("starting a save"))?;
            lock_resource(&tx, resource).await?;
            let current: Option<String> = tx
                .query_opt(
                    "SELECT fingerprint FROM ghl_tokens WHERE resource = $1",
                    &[&resource],
                )
                .await
                .map_err(q("reading a fingerprint"))?
                .map(|row| row.try_get(0))
                .transpose()
                .map_err(q("reading a fingerprint"))?;
            let current = current.map(Fingerprint::from_hex);
            if !cas_allows(current.as_ref(), expected, &token.fingerprint()) {
                return Ok(false);
            }
            write(&tx, resource, token).await?;
            tx.commit().await.map_err(q("committing a save"))?;
            Ok(true)
        })
    }

    fn delete<'a>(&'a self, resource: &'a str) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            let client = self.client().await?;
            client
                .batch_execute("BEGIN")
                .await
                .map_err(q("deleting a token"))?;
            let result = async {
                client
                    .execute("DELETE FROM ghl_tokens WHERE resource = $1", &[&resource])
                    .await?;
                client
                    .execute(
                        "DELETE FROM ghl_token_leases WHERE resource = $1",
                        &[&resource],
                    )
                    .await
            }
            .await;
            let end = if result.is_ok() { "COMMIT" } else { "ROLLBACK" };
            client
                .batch_execute(end)
                .await
                .map_err(q("deleting a token"))?;
            result.map(|_| ()).map_err(q("deleting a token"))
        })
    }

    fn resources(&self) -> BoxFuture<'_, StoreResult<Vec<String>>> {
        Box::pin(async move {
            let client = self.client().await?;
            let rows = client
                .query(
                    "SELECT resource FROM ghl_tokens ORDER BY resource COLLATE \"C\"",
                    &[],
                )
                .await
                .map_err(q("listing resources"))?;
            rows.iter()
                .map(|row| row.try_get(0).map_err(q("listing resources")))
                .collect()
        })
    }

    fn acquire_lease<'a>(
        &'a self,
        resource: &'a str,
        holder: &'a str,
        until: SystemTime,
        now: SystemTime,
    ) -> BoxFuture<'a, StoreResult<bool>> {
        Box::pin(async move {
            let mut client = self.client().await?;
            let tx = client.transaction().await.map_err(q("starting a lease"))?;
            lock_resource(&tx, resource).await?;
            let current = tx
                .query_opt(
                    "SELECT holder, until_ms, process FROM ghl_token_leases WHERE resource = $1",
                    &[&resource],
                )
                .await
                .map_err(q("reading a lease"))?;
            if let Some(row) = current {
                let other: String = row.try_get(0).map_err(q("reading a lease"))?;
                let until_ms: i64 = row.try_get(1).map_err(q("reading a lease"))?;
                let process: Option<String> = row.try_get(2).map_err(q("reading a lease"))?;
                if other != holder && until_ms > unix_ms(now) {
                    let dead =
                        ProcessTag::from_json(process.as_deref()).is_some_and(|p| p.is_dead());
                    if !dead {
                        return Ok(false);
                    }
                    tracing::warn!(
                        resource,
                        dead_holder = %other,
                        "the holder of the refresh lease has died; taking the lease over"
                    );
                }
            }
            let process = ProcessTag::current().map(ProcessTag::to_json);
            tx.execute(
                "INSERT INTO ghl_token_leases (resource, holder, until_ms, process)
                 VALUES ($1, $2, $3, $4)
                 ON CONFLICT (resource) DO UPDATE SET holder = EXCLUDED.holder,
                   until_ms = EXCLUDED.until_ms, process = EXCLUDED.process",
                &[&resource, &holder, &unix_ms(until), &process],
            )
            .await
            .map_err(q("taking a lease"))?;
            tx.commit().await.map_err(q("committing a lease"))?;
            Ok(true)
        })
    }

    fn release_lease<'a>(
        &'a self,
        resource: &'a str,
        holder: &'a str,
    ) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            let client = self.client().await?;
            client
                .execute(
                    "DELETE FROM ghl_token_leases WHERE resource = $1 AND holder = $2",
                    &[&resource, &holder],
                )
                .await
                .map_err(q("releasing a lease"))?;
            Ok(())
        })
    }
}
