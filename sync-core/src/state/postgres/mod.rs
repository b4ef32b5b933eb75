//! A [`StateStore`](crate::state::StateStore) in Postgres, so several workers (and hosts) can
//! share one state.
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
mod store;

use std::time::Duration;

use deadpool_postgres::{Manager, ManagerConfig, Object, Pool, RecyclingMethod, Runtime};
use tokio_postgres::{NoTls, Row};

pub use error::PostgresStoreError;
use error::SecretUrl;

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

pub(super) fn to_i64(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

pub(super) fn to_u64(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
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
