//! The tables the workers share in Postgres: live workers, location leases, the webhook
//! inbox and the rate budgets. Versioned migrations, applied once under an advisory lock.

use std::time::Duration;

use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod, Runtime};
use ghl_notion_runtime::redact::redact_db_url;
use sync_core::SourceEvent;
use tokio_postgres::NoTls;

use crate::error::Error;

/// Advisory-lock namespace of these migrations (distinct from the sync state's).
const LOCK_NAMESPACE: i32 = 0x6e_6f_77_6b; // "nowk"

/// The migrations, in order; each is applied once and recorded in
/// `ghl_notion_scale_migrations`.
const MIGRATIONS: &[&str] = &[
    // 1: workers, leases, inbox, budgets.
    "CREATE TABLE IF NOT EXISTS ghl_notion_workers (
        worker_id TEXT PRIMARY KEY,
        alive_until TIMESTAMPTZ NOT NULL,
        started_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
    );
    CREATE TABLE IF NOT EXISTS ghl_notion_locations (
        location_id TEXT PRIMARY KEY,
        holder TEXT,
        lease_until TIMESTAMPTZ,
        claims BIGINT NOT NULL DEFAULT 0,
        claimed_at TIMESTAMPTZ,
        last_run_at TIMESTAMPTZ,
        last_error TEXT
    );
    CREATE TABLE IF NOT EXISTS ghl_notion_inbox (
        seq BIGSERIAL PRIMARY KEY,
        dedupe_key TEXT NOT NULL UNIQUE,
        location_id TEXT NOT NULL,
        event JSONB NOT NULL,
        received_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
    );
    CREATE INDEX IF NOT EXISTS ghl_notion_inbox_by_location ON ghl_notion_inbox (location_id, seq);
    CREATE TABLE IF NOT EXISTS ghl_notion_budgets (
        key TEXT PRIMARY KEY,
        next_free_ms BIGINT NOT NULL
    );",
];

fn millis(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

fn db_error(action: &str) -> impl FnOnce(tokio_postgres::Error) -> Error + '_ {
    move |e| {
        // A server error's own message says what went wrong; the driver's text is "db error".
        let detail = e
            .as_db_error()
            .map_or_else(|| e.to_string(), |db| db.message().to_owned());
        Error::Config(format!("Postgres ({action}): {detail}"))
    }
}

fn pool_error(e: deadpool_postgres::PoolError) -> Error {
    Error::Config(format!("Postgres (taking a connection): {e}"))
}

/// One lease row, as `status` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeaseRow {
    /// The location.
    pub location_id: String,
    /// The worker holding it, if its lease is still running.
    pub holder: Option<String>,
    /// Seconds left on the lease (0 when lapsed or free).
    pub lease_left_secs: u64,
    /// How many times it was claimed (a takeover or a rebalance adds one).
    pub claims: u64,
    /// When its last sync pass ended (RFC 3339).
    pub last_run_at: Option<String>,
    /// The last pass's error, if it failed.
    pub last_error: Option<String>,
    /// Webhook events waiting in the shared inbox.
    pub queued: u64,
}

/// What [`Coordinator::claim_location`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LocationClaim {
    /// This process now holds the lease (renew it with [`Coordinator::renew`], give it back
    /// with [`Coordinator::release`]).
    Claimed,
    /// The location is not among the deployment's: no worker syncs it.
    Unregistered,
    /// A live lease is held by this worker.
    HeldBy(String),
}

/// The shared tables of one deployment, and this process's name among its workers.
#[derive(Clone)]
pub struct Coordinator {
    pool: Pool,
    worker: String,
    url: String,
}

impl std::fmt::Debug for Coordinator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Coordinator")
            .field("url", &self.url)
            .field("worker", &self.worker)
            .finish_non_exhaustive()
    }
}

impl Coordinator {
    /// Connects to `url` (tables in `schema` when named) as worker `worker`, and migrates.
    pub async fn connect(url: &str, schema: Option<&str>, worker: String) -> Result<Self, Error> {
        let shown = redact_db_url(url);
        let mut config: tokio_postgres::Config = url
            .parse()
            .map_err(|e| Error::Config(format!("Postgres URL {shown}: {e}")))?;
        if let Some(schema) = schema {
            // Checked by sync-core's store first (a plain lowercase identifier).
            let path = format!("-c search_path={schema}");
            let joined = match config.get_options() {
                Some(existing) if !existing.trim().is_empty() => format!("{existing} {path}"),
                _ => path,
            };
            config.options(joined);
        }
        config.application_name("ghl-notion-worker");
        config.connect_timeout(Duration::from_secs(10));
        let manager = Manager::from_config(
            config,
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(4)
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(Duration::from_secs(10)))
            .create_timeout(Some(Duration::from_secs(10)))
            .build()
            .map_err(|e| Error::Config(format!("Postgres pool: {e}")))?;
        let coordinator = Self {
            pool,
            worker,
            url: shown,
        };
        coordinator.migrate(schema).await?;
        Ok(coordinator)
    }

    /// This worker's id.
    pub fn worker(&self) -> &str {
        &self.worker
    }

    async fn client(&self) -> Result<deadpool_postgres::Object, Error> {
        self.pool.get().await.map_err(pool_error)
    }

    async fn migrate(&self, schema: Option<&str>) -> Result<(), Error> {
        let mut client = self.client().await?;
        let tx = client
            .transaction()
            .await
            .map_err(db_error("starting the migration"))?;
        tx.execute(
            "SELECT pg_advisory_xact_lock($1, hashtext($2))",
            &[&LOCK_NAMESPACE, &schema.unwrap_or("")],
        )
        .await
        .map_err(db_error("locking for the migration"))?;
        if let Some(schema) = schema {
            tx.batch_execute(&format!("CREATE SCHEMA IF NOT EXISTS {schema}"))
                .await
                .map_err(db_error("creating the schema"))?;
        }
        tx.batch_execute(
            "CREATE TABLE IF NOT EXISTS ghl_notion_scale_migrations (
                version INTEGER PRIMARY KEY,
                applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
            )",
        )
        .await
        .map_err(db_error("creating the migrations table"))?;
        let row = tx
            .query_one(
                "SELECT COALESCE(MAX(version), 0) FROM ghl_notion_scale_migrations",
                &[],
            )
            .await
            .map_err(db_error("reading the schema version"))?;
        let current: i32 = row.get(0);
        let known = MIGRATIONS.len() as i32;
        if current > known {
            return Err(Error::Config(format!(
                "the worker tables in Postgres are at version {current}, newer than this build \
                 knows ({known}): upgrade ghl-notion"
            )));
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
            tx.batch_execute(sql)
                .await
                .map_err(db_error("migrating the worker tables"))?;
            tx.execute(
                "INSERT INTO ghl_notion_scale_migrations (version) VALUES ($1)",
                &[&(i as i32 + 1)],
            )
            .await
            .map_err(db_error("recording the migration"))?;
        }
        tx.commit()
            .await
            .map_err(db_error("committing the migration"))
    }

    /// Adds `locations` to the shared list (those already there are kept as they are).
    pub async fn register(&self, locations: &[String]) -> Result<(), Error> {
        let client = self.client().await?;
        client
            .execute(
                "INSERT INTO ghl_notion_locations (location_id)
                 SELECT unnest($1::text[]) ON CONFLICT (location_id) DO NOTHING",
                &[&locations],
            )
            .await
            .map_err(db_error("registering locations"))?;
        Ok(())
    }

    /// Marks this worker alive for `ttl` and returns how many workers are alive and how many
    /// locations are registered.
    pub async fn heartbeat(&self, ttl: Duration) -> Result<(u64, u64), Error> {
        let client = self.client().await?;
        client
            .execute(
                "INSERT INTO ghl_notion_workers (worker_id, alive_until)
                 VALUES ($1, clock_timestamp() + $2 * interval '1 millisecond')
                 ON CONFLICT (worker_id) DO UPDATE SET alive_until = EXCLUDED.alive_until",
                &[&self.worker, &(millis(ttl) as f64)],
            )
            .await
            .map_err(db_error("recording the worker's heartbeat"))?;
        let row = client
            .query_one(
                "SELECT (SELECT COUNT(*) FROM ghl_notion_workers WHERE alive_until > clock_timestamp()),
                        (SELECT COUNT(*) FROM ghl_notion_locations)",
                &[],
            )
            .await
            .map_err(db_error("counting workers"))?;
        let live: i64 = row.get(0);
        let locations: i64 = row.get(1);
        Ok((live.max(1) as u64, locations.max(0) as u64))
    }

    /// Renews this worker's leases on `held` for `ttl`; returns the ones it still holds (a
    /// lease that lapsed and was claimed by another worker is not among them).
    pub async fn renew(&self, held: &[String], ttl: Duration) -> Result<Vec<String>, Error> {
        if held.is_empty() {
            return Ok(Vec::new());
        }
        let client = self.client().await?;
        let rows = client
            .query(
                "UPDATE ghl_notion_locations
                 SET lease_until = clock_timestamp() + $3 * interval '1 millisecond'
                 WHERE holder = $1 AND location_id = ANY($2) AND lease_until > clock_timestamp()
                 RETURNING location_id",
                &[&self.worker, &held, &(millis(ttl) as f64)],
            )
            .await
            .map_err(db_error("renewing leases"))?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    /// Claims up to `want` locations that are free or whose lease lapsed, for `ttl`.
    pub async fn claim(&self, want: usize, ttl: Duration) -> Result<Vec<String>, Error> {
        if want == 0 {
            return Ok(Vec::new());
        }
        let client = self.client().await?;
        let rows = client
            .query(
                "UPDATE ghl_notion_locations
                 SET holder = $1,
                     lease_until = clock_timestamp() + $3 * interval '1 millisecond',
                     claims = claims + 1,
                     claimed_at = clock_timestamp()
                 WHERE location_id IN (
                     SELECT location_id FROM ghl_notion_locations
                     WHERE holder IS NULL OR lease_until IS NULL OR lease_until <= clock_timestamp()
                     ORDER BY location_id
                     LIMIT $2
                     FOR UPDATE SKIP LOCKED)
                 RETURNING location_id",
                &[&self.worker, &(want as i64), &(millis(ttl) as f64)],
            )
            .await
            .map_err(db_error("claiming locations"))?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    /// Claims `location` alone for `ttl` when its lease is free or lapsed (`ghl-notion mcp`'s
    /// `run_sync` holds a location this way while it runs). A lease this process already
    /// holds counts as held, so two runs of one location never overlap.
    pub async fn claim_location(
        &self,
        location: &str,
        ttl: Duration,
    ) -> Result<LocationClaim, Error> {
        let client = self.client().await?;
        let row = client
            .query_one(
                "WITH claimed AS (
                     UPDATE ghl_notion_locations
                     SET holder = $1, lease_until = clock_timestamp() + $3 * interval '1 millisecond'
                     WHERE location_id = $2
                       AND (holder IS NULL OR lease_until IS NULL
                            OR lease_until <= clock_timestamp())
                     RETURNING location_id)
                 SELECT EXISTS (SELECT 1 FROM claimed),
                        (SELECT holder FROM ghl_notion_locations WHERE location_id = $2),
                        EXISTS (SELECT 1 FROM ghl_notion_locations WHERE location_id = $2)",
                &[&self.worker, &location, &(millis(ttl) as f64)],
            )
            .await
            .map_err(db_error("claiming a location"))?;
        let (claimed, holder, registered): (bool, Option<String>, bool) =
            (row.get(0), row.get(1), row.get(2));
        Ok(match (claimed, registered) {
            (true, _) => LocationClaim::Claimed,
            (false, false) => LocationClaim::Unregistered,
            (false, true) => {
                LocationClaim::HeldBy(holder.unwrap_or_else(|| "another worker".to_owned()))
            }
        })
    }

    /// Gives up `location` (a rebalance, or a clean stop), if this worker still holds it.
    pub async fn release(&self, location: &str) -> Result<(), Error> {
        let client = self.client().await?;
        client
            .execute(
                "UPDATE ghl_notion_locations SET holder = NULL, lease_until = NULL
                 WHERE holder = $1 AND location_id = $2",
                &[&self.worker, &location],
            )
            .await
            .map_err(db_error("releasing a location"))?;
        Ok(())
    }

    /// Removes this worker from the live list (a clean stop).
    pub async fn retire(&self) -> Result<(), Error> {
        let client = self.client().await?;
        client
            .execute(
                "DELETE FROM ghl_notion_workers WHERE worker_id = $1",
                &[&self.worker],
            )
            .await
            .map_err(db_error("retiring the worker"))?;
        Ok(())
    }

    /// Records the end of a sync pass of `location` (`error` when it failed).
    pub async fn record_run(&self, location: &str, error: Option<&str>) -> Result<(), Error> {
        let client = self.client().await?;
        client
            .execute(
                "UPDATE ghl_notion_locations SET last_run_at = clock_timestamp(), last_error = $2
                 WHERE location_id = $1",
                &[&location, &error],
            )
            .await
            .map_err(db_error("recording a run"))?;
        Ok(())
    }

    /// Stores a verified webhook event of a registered location in the shared inbox.
    /// Returns `false` when it was there already (a redelivery, or another worker got it)
    /// or concerns a location this deployment does not sync.
    pub async fn push(
        &self,
        location: &str,
        dedupe_key: &str,
        event: &SourceEvent,
    ) -> Result<bool, Error> {
        let json = serde_json::to_string(event)
            .map_err(|e| Error::Config(format!("encoding a webhook event: {e}")))?;
        let client = self.client().await?;
        let inserted = client
            .execute(
                "INSERT INTO ghl_notion_inbox (dedupe_key, location_id, event)
                 SELECT $1, $2, ($3::text)::jsonb
                 WHERE EXISTS (SELECT 1 FROM ghl_notion_locations WHERE location_id = $2)
                 ON CONFLICT (dedupe_key) DO NOTHING",
                &[&dedupe_key, &location, &json],
            )
            .await
            .map_err(db_error("storing a webhook event"))?;
        Ok(inserted == 1)
    }

    /// The oldest `limit` inbox events of `location`, with their sequence numbers. Rows that
    /// no longer decode are returned as `None` (they are deleted with the batch, and logged).
    pub async fn take(
        &self,
        location: &str,
        limit: usize,
    ) -> Result<Vec<(i64, Option<SourceEvent>)>, Error> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT seq, event::text FROM ghl_notion_inbox WHERE location_id = $1
                 ORDER BY seq LIMIT $2",
                &[&location, &(limit as i64)],
            )
            .await
            .map_err(db_error("reading the inbox"))?;
        Ok(rows
            .iter()
            .map(|r| {
                let seq: i64 = r.get(0);
                let text: String = r.get(1);
                let event = serde_json::from_str(&text)
                    .inspect_err(|e| tracing::warn!(seq, error = %e, "inbox event no longer decodes; dropped"))
                    .ok();
                (seq, event)
            })
            .collect())
    }

    /// Deletes `location`'s inbox events up to `seq` (applied).
    pub async fn done(&self, location: &str, seq: i64) -> Result<(), Error> {
        let client = self.client().await?;
        client
            .execute(
                "DELETE FROM ghl_notion_inbox WHERE location_id = $1 AND seq <= $2",
                &[&location, &seq],
            )
            .await
            .map_err(db_error("emptying the inbox"))?;
        Ok(())
    }

    /// Every location with its lease, last run and queued events (for `status`).
    pub async fn leases(&self) -> Result<Vec<LeaseRow>, Error> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT l.location_id,
                        CASE WHEN l.lease_until > clock_timestamp() THEN l.holder END,
                        GREATEST(0, EXTRACT(EPOCH FROM (l.lease_until - clock_timestamp())))::float8,
                        l.claims,
                        to_char(l.last_run_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),
                        l.last_error,
                        (SELECT COUNT(*) FROM ghl_notion_inbox i WHERE i.location_id = l.location_id)
                 FROM ghl_notion_locations l ORDER BY l.location_id",
                &[],
            )
            .await
            .map_err(db_error("reading the leases"))?;
        Ok(rows
            .iter()
            .map(|r| LeaseRow {
                location_id: r.get(0),
                holder: r.get(1),
                lease_left_secs: r.get::<_, Option<f64>>(2).unwrap_or(0.0) as u64,
                claims: r.get::<_, i64>(3).max(0) as u64,
                last_run_at: r.get(4),
                last_error: r.get(5),
                queued: r.get::<_, i64>(6).max(0) as u64,
            })
            .collect())
    }

    /// Reserves the next slot of the budget `key`, `spacing` after the last one any worker
    /// reserved; returns the wait from `now_ms`.
    pub(crate) async fn reserve(
        &self,
        key: &str,
        spacing: Duration,
        now_ms: i64,
    ) -> Result<Duration, Error> {
        // Rounded up: 1 s / 3 is 334 ms, never a slot too early.
        let spacing = i64::try_from(spacing.as_micros().div_ceil(1000))
            .unwrap_or(i64::MAX)
            .max(1);
        let client = self.client().await?;
        let row = client
            .query_one(
                "INSERT INTO ghl_notion_budgets AS b (key, next_free_ms)
                 VALUES ($1, $2::bigint + $3::bigint)
                 ON CONFLICT (key) DO UPDATE
                 SET next_free_ms = GREATEST(b.next_free_ms, $2::bigint) + $3::bigint
                 RETURNING b.next_free_ms - $3::bigint - $2::bigint",
                &[&key, &now_ms, &spacing],
            )
            .await
            .map_err(db_error("reserving a rate slot"))?;
        let wait: i64 = row.get(0);
        Ok(Duration::from_millis(wait.max(0) as u64))
    }
}
