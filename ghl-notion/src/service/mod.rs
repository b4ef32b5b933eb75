//! [`SyncService`]: the whole GHL → Notion job behind one builder.
//!
//! It wires the GHL source, the Notion sink (whose columns come from each table's strategy),
//! the state store, the engine, the webhook ingress and the schedules, so a program needs one
//! dependency and a few lines:
//!
//! ```no_run
//! use ghl_notion::{SyncMode, SyncService};
//!
//! # async fn run() -> Result<(), ghl_notion::Error> {
//! let service = SyncService::from_config("ghl-notion.toml").await?;
//! let report = service.run_once(SyncMode::Incremental).await?;
//! for error in report.errors() {
//!     eprintln!("{error}");
//! }
//! # Ok(()) }
//! ```

mod report;
mod schema_check;
mod serve;
mod target;
mod time;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant, UNIX_EPOCH};

use chrono::{DateTime, Utc};
use ghl_client::GhlClient;
use ghl_client::runtime::SharedClock;
use ghl_client::runtime::private_fs;
use notion_activity::NotionClient;
use sync_core::report::{ApiStats, RecoveryReport, SyncReport};
#[cfg(feature = "sqlite")]
use sync_core::state::SqliteStore;
use sync_core::strategy::{FieldMap, LinkBuilder, Strategy};
use sync_core::{
    Engine, EngineOptions, EntityKind, EventStreamStrategy, MemoryStore, ReferenceStrategy,
    SourceRecord, StateStore, SummaryStrategy, TableId,
};

pub(crate) use report::secs_f64;
pub use report::{Headroom, PlanReport, RepairRun, RunReport, Status, SyncMode, TableStatus};
pub use serve::{
    ENV_WEBHOOK_PUBLIC_KEY, Endpoints, ServeSummary, WEBHOOK_PATH, WebhookReceiver,
    configured_webhook_keys,
};
#[cfg(feature = "sandbox")]
#[cfg_attr(docsrs, doc(cfg(feature = "sandbox")))]
pub use target::default_sandbox;
pub(crate) use target::remote;
pub use target::{
    ENV_GHL_API_KEY, ENV_GHL_LOCATION_ID, ENV_NOTION_PARENT_PAGE_ID, ENV_NOTION_TOKEN, Target,
    credentials_in_env,
};
pub use time::{ClockChoice, PROBE_PATH, PROBE_TIMEOUT, probe, service_clock};

use crate::config::{Config, StrategyName};
use crate::entity;
use crate::error::Error;
use crate::ghl::GhlSource;
use crate::inbox::EngineInbox;
use crate::links::GhlLinks;
use crate::notion::NotionSink;

/// The engine table id of the activity log.
pub const ACTIVITY_TABLE: &str = "activity";
/// How many run reports `status` keeps.
const KEPT_RUNS: usize = 10;
pub(crate) const META_RUNS: &str = "ghl-notion.runs";
const META_HEADROOM: &str = "ghl-notion.headroom";
/// Set while a drift repair is owed (a run saw unknown outcomes, or a repair failed).
const META_REPAIR_DUE: &str = "ghl-notion.repair_due";
/// When the last complete drift repair ended (RFC 3339).
const META_LAST_REPAIR: &str = "ghl-notion.last_repair";

/// One mirrored table: its entity, engine table and Notion title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MirroredTable {
    /// The GHL entity.
    pub entity: EntityKind,
    /// The engine's table id.
    pub table: TableId,
    /// The Notion database title.
    pub title: String,
}

/// The running GHL → Notion sync (see the [module docs](self)).
pub struct SyncService {
    config: Config,
    ghl: GhlClient,
    notion: NotionClient,
    parent_page_id: String,
    source: Arc<GhlSource>,
    sink: Arc<NotionSink>,
    engine: Arc<Engine>,
    store: Arc<dyn StateStore>,
    state: String,
    journal: PathBuf,
    tables: Vec<MirroredTable>,
    clock: SharedClock,
    target: Target,
    #[cfg(feature = "sandbox")]
    sandbox: Option<ghl_notion_sandbox::Sandbox>,
}

impl std::fmt::Debug for SyncService {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyncService")
            .field("target", &self.target)
            .field("state", &self.state)
            .field("tables", &self.tables)
            .finish_non_exhaustive()
    }
}

/// Builds a [`SyncService`]; every part has a default.
#[derive(Default)]
pub struct SyncServiceBuilder {
    config: Config,
    clients: Option<(GhlClient, NotionClient, String)>,
    store: Option<Arc<dyn StateStore>>,
    clock: Option<SharedClock>,
    custom: Vec<(EntityKind, String, Arc<dyn Strategy>)>,
    #[cfg(feature = "sandbox")]
    sandbox: Option<ghl_notion_sandbox::SandboxConfig>,
}

impl std::fmt::Debug for SyncServiceBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyncServiceBuilder")
            .field("config", &self.config)
            .field("custom_tables", &self.custom.len())
            .finish_non_exhaustive()
    }
}

impl SyncServiceBuilder {
    /// Uses `config` (default: [`Config::default`]).
    pub fn config(mut self, config: Config) -> Self {
        self.config = config;
        self
    }

    /// Uses these clients and parent page instead of the environment or the sandbox.
    pub fn clients(
        mut self,
        ghl: GhlClient,
        notion: NotionClient,
        parent_page_id: impl Into<String>,
    ) -> Self {
        self.clients = Some((ghl, notion, parent_page_id.into()));
        self
    }

    /// Uses this state store instead of the configured one.
    pub fn store(mut self, store: Arc<dyn StateStore>) -> Self {
        self.store = Some(store);
        self
    }

    /// Runs the engine and the clients built here on `clock` (tests, time-scaled runs).
    ///
    /// Without it: the embedded sandbox's clock on the embedded sandbox; otherwise
    /// [`service_clock`], which follows a time-scaled sandbox started on its own and is real
    /// time against the real services (`[sandbox] time_scale` in the configuration).
    pub fn clock(mut self, clock: SharedClock) -> Self {
        self.clock = Some(clock);
        self
    }

    /// Mirrors `entity` with a strategy of your own into the Notion database `title`; the
    /// sink takes its columns from [`Strategy::schema`]. Replaces the configured table of
    /// that entity.
    pub fn table(
        mut self,
        entity: EntityKind,
        title: impl Into<String>,
        strategy: Arc<dyn Strategy>,
    ) -> Self {
        self.custom.push((entity, title.into(), strategy));
        self
    }

    /// Starts the embedded sandbox with `config` when no credentials are set (default:
    /// [`default_sandbox`]).
    #[cfg(feature = "sandbox")]
    #[cfg_attr(docsrs, doc(cfg(feature = "sandbox")))]
    pub fn sandbox(mut self, config: ghl_notion_sandbox::SandboxConfig) -> Self {
        self.sandbox = Some(config);
        self
    }

    /// Resolves the clients, finds or creates the Notion tables (checking every existing
    /// one against its declaration before writing anything), opens the state and wires the
    /// engine.
    pub async fn build(self) -> Result<SyncService, Error> {
        let config = self.config;
        config.validate()?;
        let resolved = match self.clients {
            Some((ghl, notion, parent_page_id)) => {
                let clock = self.clock.clone().unwrap_or_else(|| ghl.clock().clone());
                let target = Target::Remote {
                    ghl: ghl.config().base_url.clone(),
                    notion: notion.config().base_url.clone(),
                };
                target::Resolved {
                    ghl,
                    notion,
                    parent_page_id,
                    clock,
                    target,
                    #[cfg(feature = "sandbox")]
                    sandbox: None,
                }
            }
            None if credentials_in_env() => {
                let clock = match self.clock.clone() {
                    Some(clock) => clock,
                    None => service_clock(&config).await,
                };
                target::remote(&config, clock)?
            }
            #[cfg(feature = "sandbox")]
            None => target::sandbox(self.sandbox.unwrap_or_else(default_sandbox)).await?,
            #[cfg(not(feature = "sandbox"))]
            None => {
                return Err(Error::Config(format!(
                    "no credentials: set {ENV_GHL_API_KEY}, {ENV_GHL_LOCATION_ID}, {ENV_NOTION_TOKEN} and {ENV_NOTION_PARENT_PAGE_ID} (or enable the `sandbox` feature to run on the embedded sandbox)"
                )));
            }
        };
        let embedded = resolved.target.is_embedded_sandbox();
        let location = resolved.ghl.location_id()?.to_string();
        // Local files first: a state or journal path that cannot be private fails before
        // anything is written to Notion.
        let (store, state) = match self.store {
            Some(store) => (store, "the store given to the builder".to_owned()),
            None => open_store(&config, embedded).await?,
        };
        let journal = journal_path(&config, embedded)?;

        let mut plan: Vec<(MirroredTable, Arc<dyn Strategy>)> = Vec::new();
        let mut existing: Vec<(TableId, String)> = Vec::new();
        for table in config.tables_or_default() {
            let kind = table.entity_kind()?;
            if self.custom.iter().any(|(e, _, _)| *e == kind) {
                continue;
            }
            let strategy = built_in_strategy(&table, &kind, &location)?;
            let id = TableId(entity::table_id(&kind));
            if let Some(ds) = &table.data_source_id {
                existing.push((id.clone(), ds.clone()));
            }
            plan.push((
                MirroredTable {
                    table: id,
                    title: table.title_or_default(),
                    entity: kind,
                },
                strategy,
            ));
        }
        for (kind, title, strategy) in self.custom {
            plan.push((
                MirroredTable {
                    table: TableId(entity::table_id(&kind)),
                    entity: kind,
                    title,
                },
                strategy,
            ));
        }

        let mut sink =
            NotionSink::builder(resolved.notion.clone(), resolved.parent_page_id.clone());
        let mut strategies: Vec<Arc<dyn Strategy>> = Vec::new();
        for (t, strategy) in &plan {
            sink = sink.strategy_table(strategy.as_ref(), t.table.clone(), t.title.clone());
            strategies.push(strategy.clone());
        }
        for (table, ds) in existing {
            sink = sink.data_source(&table, ds.as_str());
        }
        if config.activity.enabled {
            let activity: Arc<dyn Strategy> = Arc::new(EventStreamStrategy::new(ACTIVITY_TABLE));
            sink = sink.strategy_table(
                activity.as_ref(),
                ACTIVITY_TABLE,
                config.activity.title.clone(),
            );
            strategies.push(activity);
        }
        // A table whose last check is still trusted opens without a Notion request.
        let now = DateTime::<Utc>::from(resolved.clock.wall());
        for table in sink.tables() {
            let Some(wanted) = sink.fingerprint(&table)? else {
                continue;
            };
            let kept = schema_check::kept(store.as_ref(), &table).await?;
            let stamp = kept.as_ref().map(|(k, at)| (k.fingerprint.as_str(), *at));
            match schema_check::decide(stamp, &wanted, now, config.state.schema_check_every) {
                schema_check::Decision::Trust => {
                    if let Some((known, _)) = kept {
                        sink = sink.trust(&table, known);
                    }
                }
                schema_check::Decision::Check(reason) => {
                    tracing::debug!(table = %table, ?reason, "checking the Notion table's columns");
                }
            }
        }
        let sink = Arc::new(sink.ensure().await?);
        schema_check::remember(store.as_ref(), &sink, now).await?;

        let source = Arc::new(
            GhlSource::new(resolved.ghl.clone())
                .page_size(config.ghl.page_size)
                .entities(entity::ALL),
        );
        let mut engine = Engine::builder()
            .source(source.clone())
            .sink(sink.clone())
            .store(store.clone())
            .clock(resolved.clock.clone())
            .options(engine_options(&config));
        for strategy in strategies {
            engine = engine.strategy(strategy);
        }
        Ok(SyncService {
            engine: Arc::new(engine.build()?),
            tables: plan.into_iter().map(|(t, _)| t).collect(),
            config,
            ghl: resolved.ghl,
            notion: resolved.notion,
            parent_page_id: resolved.parent_page_id,
            source,
            sink,
            store,
            state,
            journal,
            clock: resolved.clock,
            target: resolved.target,
            #[cfg(feature = "sandbox")]
            sandbox: resolved.sandbox,
        })
    }
}

/// The engine settings `config` asks for: `sync.concurrency` writes at once (at least one)
/// and a full pass once `schedule.full_every` has passed since the last; the rest are the
/// engine's defaults.
fn engine_options(config: &Config) -> EngineOptions {
    EngineOptions {
        concurrency: config.sync.concurrency.max(1),
        full_pass_every: Some(config.schedule.full_every),
        ..EngineOptions::default()
    }
}

/// The built-in strategy a configured table asks for (also used by `doctor`).
pub(crate) fn built_in_strategy(
    table: &crate::config::TableConfig,
    kind: &EntityKind,
    location: &str,
) -> Result<Arc<dyn Strategy>, Error> {
    let id = entity::table_id(kind);
    Ok(match table.strategy {
        StrategyName::Summary => {
            let mut s = SummaryStrategy::new().table(kind.clone(), id);
            for f in table.fields_or_default() {
                s = s.field(FieldMap::new(f.from, f.to, f.kind));
            }
            Arc::new(s)
        }
        StrategyName::Reference => Arc::new(
            ReferenceStrategy::new()
                .table(kind.clone(), id)
                .link(deep_links(location)),
        ),
    })
}

/// Deep links from rows back to the GHL records of `location`.
pub fn deep_links(location: &str) -> LinkBuilder {
    let links = GhlLinks::default();
    let location = location.to_owned();
    Arc::new(move |r: &SourceRecord| match r.entity.as_str() {
        "contact" => Some(links.contact(&location, &r.id)),
        "opportunity" => Some(links.opportunity(&location, &r.id)),
        "appointment" => Some(links.appointment(&location, &r.id)),
        _ => None,
    })
}

async fn open_store(
    config: &Config,
    embedded: bool,
) -> Result<(Arc<dyn StateStore>, String), Error> {
    if embedded {
        // The embedded sandbox is a new world on every run: state kept from an earlier
        // run would describe rows that no longer exist.
        return Ok((
            Arc::new(MemoryStore::new()),
            "memory (the embedded sandbox starts empty on every run)".to_owned(),
        ));
    }
    if let Some(url) = &config.state.url {
        return open_postgres(url, config.state.schema.as_deref()).await;
    }
    if config.state.schema.is_some() {
        return Err(Error::Config(
            "[state] schema applies only to Postgres state: set [state] url (or DATABASE_URL)"
                .to_owned(),
        ));
    }
    if config.state.in_memory() {
        return Ok((Arc::new(MemoryStore::new()), "memory".to_owned()));
    }
    open_sqlite(&config.state.path)
}

#[cfg(feature = "sqlite")]
fn open_sqlite(path: &Path) -> Result<(Arc<dyn StateStore>, String), Error> {
    private_parent(path, "[state] path")?;
    let store = SqliteStore::open(path)?;
    Ok((Arc::new(store), format!("SQLite file {}", path.display())))
}

#[cfg(not(feature = "sqlite"))]
fn open_sqlite(path: &Path) -> Result<(Arc<dyn StateStore>, String), Error> {
    Err(Error::Config(format!(
        "[state] path {}: this build has no SQLite (feature `sqlite`); set path = \"memory\" \
         or build with the feature",
        path.display()
    )))
}

/// Connects to the Postgres state at `url` (in `schema`, when named).
#[cfg(feature = "postgres")]
async fn open_postgres(
    url: &crate::config::StateUrl,
    schema: Option<&str>,
) -> Result<(Arc<dyn StateStore>, String), Error> {
    use sync_core::state::{PostgresOptions, PostgresStore};
    let mut options = PostgresOptions::default();
    if let Some(schema) = schema {
        options = options.schema(schema);
    }
    let store = PostgresStore::connect_with(url.expose(), options)
        .await
        .map_err(sync_core::StoreError::from)?;
    let description = match schema {
        Some(schema) => format!("Postgres {url} (schema {schema})"),
        None => format!("Postgres {url}"),
    };
    Ok((Arc::new(store), description))
}

/// Without the `postgres` feature, a Postgres URL is a configuration error.
#[cfg(not(feature = "postgres"))]
async fn open_postgres(
    url: &crate::config::StateUrl,
    _schema: Option<&str>,
) -> Result<(Arc<dyn StateStore>, String), Error> {
    Err(Error::Config(format!(
        "[state] url {url} asks for Postgres state, but this build has no Postgres support: \
         build ghl-notion with `--features postgres`"
    )))
}

/// Where acknowledged webhook events are journaled: `webhooks.journal`, else beside the
/// state file, else (state in memory, or the embedded sandbox) in a fresh private
/// directory under the temp directory, never at a fixed path there.
fn journal_path(config: &Config, embedded: bool) -> Result<PathBuf, Error> {
    if let Some(path) = &config.webhooks.journal {
        private_parent(path, "webhooks.journal")?;
        return Ok(path.clone());
    }
    if embedded || config.state.in_memory() {
        let dir = private_fs::private_temp_dir("ghl-notion-journal")
            .map_err(|e| Error::io("creating a private directory for the journal", e))?;
        return Ok(dir.join("journal.jsonl"));
    }
    let state = &config.state.path;
    let stem = state
        .file_stem()
        .map_or_else(|| "ghl-notion".into(), |s| s.to_string_lossy().into_owned());
    Ok(state.with_file_name(format!("{stem}.journal.jsonl")))
}

/// Creates the directory of `path` (mode `0700` when it is new) and refuses one every user
/// may write to, such as the shared temp directory: another user could plant or swap files
/// there. `setting` names the configuration key to change.
fn private_parent(path: &Path, setting: &str) -> Result<(), Error> {
    let dir = path.parent().unwrap_or(Path::new(""));
    private_fs::create_private_dir(dir)
        .map_err(|e| Error::io(format!("creating {} (set {setting})", dir.display()), e))?;
    private_fs::check_not_shared(dir).map_err(|e| {
        Error::Config(format!(
            "{e}; set {setting} to a path in a directory of your own, e.g. ./.ghl-notion/"
        ))
    })
}

impl SyncService {
    /// A builder with every default.
    pub fn builder() -> SyncServiceBuilder {
        SyncServiceBuilder::default()
    }

    /// The default configuration and the environment: the real services when `GHL_API_KEY`
    /// is set, the embedded sandbox otherwise.
    pub async fn from_env() -> Result<Self, Error> {
        Self::builder().build().await
    }

    /// The configuration file at `path` and the environment.
    pub async fn from_config(path: impl AsRef<Path>) -> Result<Self, Error> {
        Self::builder().config(Config::load(path)?).build().await
    }

    /// The configuration in force.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// What the service talks to.
    pub fn target(&self) -> &Target {
        &self.target
    }

    /// Where the state lives, in words.
    pub fn state_description(&self) -> &str {
        &self.state
    }

    /// The mirrored tables.
    pub fn tables(&self) -> &[MirroredTable] {
        &self.tables
    }

    /// The GHL client.
    pub fn ghl(&self) -> &GhlClient {
        &self.ghl
    }

    /// The Notion client.
    pub fn notion(&self) -> &NotionClient {
        &self.notion
    }

    /// The page the tables live under.
    pub fn parent_page_id(&self) -> &str {
        &self.parent_page_id
    }

    /// The GHL source.
    pub fn source(&self) -> &Arc<GhlSource> {
        &self.source
    }

    /// The Notion sink (data source ids per table).
    pub fn sink(&self) -> &Arc<NotionSink> {
        &self.sink
    }

    /// The engine underneath.
    pub fn engine(&self) -> &Arc<Engine> {
        &self.engine
    }

    /// The clock the service runs on.
    pub fn clock(&self) -> &SharedClock {
        &self.clock
    }

    /// The webhook journal's path.
    pub fn journal(&self) -> &Path {
        &self.journal
    }

    /// The embedded sandbox, when the service runs on one.
    #[cfg(feature = "sandbox")]
    #[cfg_attr(docsrs, doc(cfg(feature = "sandbox")))]
    pub fn sandbox(&self) -> Option<&ghl_notion_sandbox::Sandbox> {
        self.sandbox.as_ref()
    }

    fn entities(&self) -> impl Iterator<Item = &EntityKind> {
        self.tables.iter().map(|t| &t.entity)
    }

    fn api_stats(&self) -> [(String, ApiStats); 2] {
        [
            ("ghl", self.ghl.metrics()),
            ("notion", self.notion.metrics()),
        ]
        .map(|(api, m)| {
            (
                api.to_owned(),
                ApiStats {
                    requests: m.requests,
                    throttled: m.throttled,
                    retries: m.retries,
                    throttle_wait: m.throttle_wait,
                },
            )
        })
    }

    /// One pass over every mirrored table: writes left unfinished by a crash are settled
    /// first, then each entity is reconciled (`Full` reads everything and trashes the rows
    /// of deleted records now). Failed records are in the report, not an `Err`; an `Err`
    /// means the run could not go on (credentials, state store, an API down).
    pub async fn run_once(&self, mode: SyncMode) -> Result<RunReport, Error> {
        let started = Instant::now();
        let started_at = now_utc();
        let before = self.api_stats();
        let recovered = self.engine.recover().await?;
        let mut report = starting_report(mode, started_at, &recovered);
        for entity in self.entities() {
            let r = match mode {
                SyncMode::Full => self.engine.reconcile_full(entity).await?,
                SyncMode::Incremental => self.engine.reconcile(entity).await?,
            };
            report.complete &= !r.source_failed;
            report.entities.push(r);
        }
        let saw_unknown = report.entities.iter().any(SyncReport::needs_repair);
        report.repair = self.repair_if_due(saw_unknown).await?;
        for ((api, after), (_, before)) in self.api_stats().into_iter().zip(before) {
            report.api.insert(
                api,
                ApiStats {
                    requests: after.requests.saturating_sub(before.requests),
                    throttled: after.throttled.saturating_sub(before.throttled),
                    retries: after.retries.saturating_sub(before.retries),
                    throttle_wait: after.throttle_wait.saturating_sub(before.throttle_wait),
                },
            );
        }
        report.duration = started.elapsed();
        self.remember(&report).await?;
        Ok(report)
    }

    /// Keeps `report` (and GHL's rate-limit headroom) in the state for `status`.
    async fn remember(&self, report: &RunReport) -> Result<(), Error> {
        // Re-checks made by refused writes.
        schema_check::remember(self.store.as_ref(), &self.sink, self.wall_now()).await?;
        let mut runs = self.last_runs().await;
        runs.insert(0, report.clone());
        runs.truncate(KEPT_RUNS);
        if let Ok(json) = serde_json::to_string(&runs) {
            self.store.set_meta(META_RUNS, json).await?;
        }
        let location = self
            .ghl
            .location_id()
            .map(|l| l.to_string())
            .unwrap_or_default();
        if let Some(status) = self.ghl.rate_limit_status(&location) {
            let headroom = Headroom {
                burst_remaining: status.remaining,
                burst_max: status.max,
                daily_remaining: status.daily_remaining,
                daily_max: status.daily_limit,
            };
            if let Ok(json) = serde_json::to_string(&headroom) {
                self.store.set_meta(META_HEADROOM, json).await?;
            }
        }
        Ok(())
    }

    async fn last_runs(&self) -> Vec<RunReport> {
        match self.store.meta(META_RUNS).await {
            Ok(Some(json)) => serde_json::from_str(&json).unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// What a full pass would write now, per table, writing nothing.
    pub async fn plan(&self) -> Result<PlanReport, Error> {
        let mut out = PlanReport::default();
        for entity in self.entities() {
            let plan = self.engine.plan(entity).await?;
            out.entities.push((entity.to_string(), plan));
        }
        Ok(out)
    }

    /// Compares every mirrored row in Notion with the state and repairs drift: hand edits
    /// rewritten, duplicates and rows of deleted records trashed, missing rows recreated.
    ///
    /// A repair that leaves failures keeps one owed: the next [`run_once`](Self::run_once)
    /// (or the service's next tick) repairs again.
    pub async fn repair(&self) -> Result<RepairRun, Error> {
        let mut out = RepairRun::default();
        let result = async {
            for entity in self.entities() {
                let report = self.engine.verify_and_repair(entity).await?;
                out.entities.push((entity.to_string(), report));
            }
            Ok::<_, Error>(())
        }
        .await;
        let settled = result.is_ok() && out.failed() == 0;
        if settled {
            self.store
                .set_meta(META_LAST_REPAIR, self.wall_now().to_rfc3339())
                .await?;
            self.store.set_meta(META_REPAIR_DUE, String::new()).await?;
        } else {
            self.store.set_meta(META_REPAIR_DUE, "1".to_owned()).await?;
        }
        result.map(|()| out)
    }

    /// Runs a drift repair when one is owed: `saw_unknown` (writes whose outcome stayed
    /// unknown may have left duplicates or half-written rows), an earlier run that owed one
    /// and could not finish it, or `schedule.repair_every` passed since the last complete
    /// repair (`0s` turns the schedule off, not the repairs owed). The first run only
    /// starts the schedule's clock.
    pub async fn repair_if_due(&self, saw_unknown: bool) -> Result<Option<RepairRun>, Error> {
        // `serve` comes here every tick: keep what refused writes re-checked meanwhile.
        schema_check::remember(self.store.as_ref(), &self.sink, self.wall_now()).await?;
        let owed = saw_unknown
            || self
                .store
                .meta(META_REPAIR_DUE)
                .await?
                .is_some_and(|v| !v.is_empty());
        let last = self
            .store
            .meta(META_LAST_REPAIR)
            .await?
            .and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
            .map(|t| t.with_timezone(&Utc));
        let now = self.wall_now();
        if last.is_none() {
            // The schedule's clock starts with the first run.
            self.store
                .set_meta(META_LAST_REPAIR, now.to_rfc3339())
                .await?;
        }
        let scheduled = repair_scheduled(last, now, self.config.schedule.repair_every);
        if !(owed || scheduled) {
            return Ok(None);
        }
        if owed {
            // Owed until a repair settles, even if this process dies mid-repair.
            self.store.set_meta(META_REPAIR_DUE, "1".to_owned()).await?;
        }
        tracing::info!(owed, scheduled, "repairing drift");
        self.repair().await.map(Some)
    }

    /// Where the sync stands: per table its rows, runs and cursor; writes pending from a
    /// crash; webhook events queued in the journal; the last runs; GHL's headroom.
    pub async fn status(&self) -> Result<Status, Error> {
        let mut tables = Vec::new();
        for t in &self.tables {
            tables.push(TableStatus {
                entity: t.entity.to_string(),
                title: t.title.clone(),
                rows: self.store.count_rows(&t.table).await?,
                runs: self.store.run_info(&t.entity).await?,
                cursor: self.store.cursor(&t.entity).await?.map(|c| c.0),
            });
        }
        let queued_events = EngineInbox::queued(&self.journal).unwrap_or(0);
        let ghl_headroom = match self.store.meta(META_HEADROOM).await? {
            Some(json) => serde_json::from_str(&json).ok(),
            None => None,
        };
        Ok(Status {
            target: self.target.to_string(),
            state: self.state.clone(),
            tables,
            pending_intents: self.store.pending_intents().await?.len() as u64,
            queued_events,
            last_runs: self.last_runs().await,
            ghl_headroom,
        })
    }
}

/// Whether the repair schedule is due: `every` (non-zero) has passed since `last`, the end
/// of the last complete repair. Without one, the schedule has not started: not due.
fn repair_scheduled(last: Option<DateTime<Utc>>, now: DateTime<Utc>, every: Duration) -> bool {
    match last {
        Some(last) if !every.is_zero() => (now - last).to_std().is_ok_and(|age| age >= every),
        _ => false,
    }
}

/// The report a run starts from: its mode and start, the writes left by an earlier run that
/// `recovered` settled (adopted or replayed), and complete until a read fails.
fn starting_report(
    mode: SyncMode,
    started_at: DateTime<Utc>,
    recovered: &RecoveryReport,
) -> RunReport {
    RunReport {
        mode,
        started_at: Some(started_at),
        recovered: recovered.adopted + recovered.replayed,
        complete: true,
        ..RunReport::default()
    }
}

impl SyncService {
    /// Now on the service's clock (sped up on the embedded sandbox).
    fn wall_now(&self) -> DateTime<Utc> {
        DateTime::<Utc>::from(self.clock.wall())
    }
}

fn now_utc() -> DateTime<Utc> {
    let since = std::time::SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO);
    DateTime::<Utc>::from(UNIX_EPOCH + since)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_repair_schedule_is_due_once_every_has_passed() {
        let t0 = DateTime::parse_from_rfc3339("2026-12-01T00:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let hour = Duration::from_secs(3600);
        let at = |secs: i64| t0 + chrono::Duration::seconds(secs);
        for (last, now, every, due) in [
            (None, at(10 * 3600), hour, false),
            (Some(t0), at(3599), hour, false),
            (Some(t0), at(3600), hour, true),
            (Some(t0), at(7200), hour, true),
            (Some(t0), at(7200), Duration::ZERO, false),
            // A clock that went backwards is not a reason to repair.
            (Some(at(100)), t0, hour, false),
        ] {
            assert_eq!(
                repair_scheduled(last, now, every),
                due,
                "{last:?} {now} {every:?}"
            );
        }
    }

    #[test]
    fn engine_options_follow_the_configuration() {
        let mut config = Config::default();
        config.sync.concurrency = 7;
        config.schedule.full_every = Duration::from_secs(7200);
        let options = engine_options(&config);
        assert_eq!(options.concurrency, 7);
        assert_eq!(options.full_pass_every, Some(Duration::from_secs(7200)));
        assert!(!options.dry_run);
        for (configured, used) in [(0, 1), (1, 1), (2, 2), (64, 64)] {
            config.sync.concurrency = configured;
            assert_eq!(engine_options(&config).concurrency, used, "{configured}");
        }
        config.schedule.full_every = Duration::from_secs(90);
        assert_eq!(
            engine_options(&config).full_pass_every,
            Some(Duration::from_secs(90))
        );
    }

    #[test]
    fn a_run_starts_complete_counting_the_writes_recovery_settled() {
        let at = DateTime::parse_from_rfc3339("2026-12-01T08:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let recovered = RecoveryReport {
            pending: 9,
            adopted: 2,
            replayed: 3,
            unresolved: 4,
        };
        let report = starting_report(SyncMode::Full, at, &recovered);
        assert_eq!(report.mode, SyncMode::Full);
        assert_eq!(report.started_at, Some(at));
        assert_eq!(report.recovered, 5);
        assert!(report.complete);
        assert!(report.entities.is_empty() && report.api.is_empty());
        assert_eq!(report.repair, None);
        assert_eq!(report.duration, Duration::ZERO);

        let nothing = starting_report(SyncMode::Incremental, at, &RecoveryReport::default());
        assert_eq!(nothing.mode, SyncMode::Incremental);
        assert_eq!(nothing.recovered, 0);
        assert!(nothing.complete);
        let adopted_only = RecoveryReport {
            adopted: 1,
            ..RecoveryReport::default()
        };
        assert_eq!(
            starting_report(SyncMode::Full, at, &adopted_only).recovered,
            1
        );
        let replayed_only = RecoveryReport {
            replayed: 1,
            ..RecoveryReport::default()
        };
        assert_eq!(
            starting_report(SyncMode::Full, at, &replayed_only).recovered,
            1
        );
    }

    /// A second build on the same store trusts the checks the first one kept: no Notion
    /// request; a third with `schema_check_every = 0s` checks again.
    #[cfg(feature = "sandbox")]
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_build_trusts_the_schema_checks_kept_by_the_last() {
        let resolved = target::sandbox(default_sandbox().with_contacts(1).with_opportunities(1))
            .await
            .expect("the sandbox starts");
        let store = Arc::new(MemoryStore::new());
        let build = |every: Duration| {
            let mut config = Config::default();
            config.state.path = PathBuf::from(":memory:");
            config.state.schema_check_every = every;
            let notion = NotionClient::builder()
                .base_url(resolved.notion.config().base_url.clone())
                .token(resolved.sandbox.as_ref().expect("sandbox").notion_token())
                .clock(resolved.clock.clone())
                .build()
                .expect("a Notion client");
            SyncService::builder()
                .config(config)
                .clients(
                    resolved.ghl.clone(),
                    notion,
                    resolved.parent_page_id.clone(),
                )
                .clock(resolved.clock.clone())
                .store(store.clone())
                .build()
        };
        let day = Duration::from_secs(86_400);
        let first = build(day).await.expect("the first build");
        assert!(
            first.notion().metrics().requests > 0,
            "the first build checks"
        );
        for table in ["contacts", "opportunities", ACTIVITY_TABLE] {
            let kept = schema_check::kept(store.as_ref(), &TableId::from(table))
                .await
                .unwrap()
                .unwrap_or_else(|| panic!("{table}: a check is kept"));
            assert_eq!(
                Some(kept.0.data_source_id),
                first.sink().data_source_id(&TableId::from(table)),
                "{table}"
            );
        }
        let second = build(day).await.expect("the second build");
        assert_eq!(second.notion().metrics().requests, 0, "trusted");
        let third = build(Duration::ZERO).await.expect("the third build");
        assert!(third.notion().metrics().requests > 0, "checked again");
    }

    /// `repair_if_due` against a service on the embedded sandbox with a store the test can
    /// read and write: what is owed or scheduled runs, the rest does not.
    #[cfg(feature = "sandbox")]
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn repairs_run_when_owed_or_scheduled_and_only_then() {
        let mut resolved =
            target::sandbox(default_sandbox().with_contacts(1).with_opportunities(1))
                .await
                .expect("the sandbox starts");
        let store = Arc::new(MemoryStore::new());
        let mut config = Config::default();
        config.state.path = PathBuf::from(":memory:");
        config.schedule.repair_every = Duration::from_secs(3600);
        config.schedule.full_every = Duration::from_secs(7200);
        config.sync.concurrency = 3;
        let service = SyncService::builder()
            .config(config)
            .clients(resolved.ghl, resolved.notion, resolved.parent_page_id)
            .clock(resolved.clock)
            .store(store.clone())
            .build()
            .await
            .expect("the service builds");
        // The engine runs with the configured settings.
        assert_eq!(service.engine().options().concurrency, 3);
        assert_eq!(
            service.engine().options().full_pass_every,
            Some(Duration::from_secs(7200))
        );

        let meta = |key: &'static str| {
            let store = store.clone();
            async move { store.meta(key).await.unwrap() }
        };
        let set = |key: &'static str, value: &str| {
            let store = store.clone();
            let value = value.to_owned();
            async move { store.set_meta(key, value).await.unwrap() }
        };

        // The first run owes nothing and only starts the schedule's clock.
        assert!(service.repair_if_due(false).await.unwrap().is_none());
        let started = meta(META_LAST_REPAIR).await.expect("the schedule started");
        DateTime::parse_from_rfc3339(&started).expect("an RFC 3339 instant");
        assert_eq!(meta(META_REPAIR_DUE).await, None);

        // Unknown outcomes in this run: repaired now, and nothing stays owed.
        let run = service.repair_if_due(true).await.unwrap();
        assert!(run.is_some(), "owed by this run");
        assert_eq!(meta(META_REPAIR_DUE).await.as_deref(), Some(""));

        // Owed by an earlier run.
        set(META_REPAIR_DUE, "1").await;
        assert!(service.repair_if_due(false).await.unwrap().is_some());
        assert_eq!(meta(META_REPAIR_DUE).await.as_deref(), Some(""));

        // A cleared flag owes nothing, and the schedule is not due yet.
        assert!(service.repair_if_due(false).await.unwrap().is_none());

        // The schedule: the last complete repair is long past.
        set(META_LAST_REPAIR, "2000-01-01T00:00:00Z").await;
        assert!(service.repair_if_due(false).await.unwrap().is_some());
        let last = meta(META_LAST_REPAIR).await.unwrap();
        assert!(last.as_str() > "2000-01-01T00:00:00Z", "{last}");

        // A last repair in the future (the clock went back) is not due.
        set(META_LAST_REPAIR, "2999-01-01T00:00:00+00:00").await;
        assert!(service.repair_if_due(false).await.unwrap().is_none());
        assert_eq!(
            meta(META_LAST_REPAIR).await.as_deref(),
            Some("2999-01-01T00:00:00+00:00")
        );

        // An unreadable last repair restarts the schedule's clock instead.
        set(META_LAST_REPAIR, "yesterday").await;
        assert!(service.repair_if_due(false).await.unwrap().is_none());
        let restarted = meta(META_LAST_REPAIR).await.unwrap();
        DateTime::parse_from_rfc3339(&restarted).expect("an RFC 3339 instant");

        // A repair that cannot finish stays owed, and the schedule's clock does not move.
        resolved
            .sandbox
            .take()
            .expect("the sandbox")
            .shutdown()
            .await;
        assert!(service.repair().await.is_err());
        assert_eq!(meta(META_REPAIR_DUE).await.as_deref(), Some("1"));
        assert_eq!(meta(META_LAST_REPAIR).await, Some(restarted));
    }
}
