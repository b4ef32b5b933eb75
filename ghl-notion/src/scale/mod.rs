//! Agency mode: many locations, several identical workers, one Postgres (feature
//! `postgres`, `[agency] enabled = true`; see `docs/scale.md`).
//!
//! Every worker runs the same [`serve_agency`]:
//!
//! - **Locations are leased.** The deployment's locations (`[agency] locations`, or every
//!   location of the agency) are rows in Postgres. Each worker heartbeats every
//!   `poll_every`, claims free or lapsed locations up to an even share of the live workers
//!   (`FOR UPDATE SKIP LOCKED`), renews its leases for `lease_ttl`, and gives back what is
//!   over its share when workers join. A worker that dies stops renewing: its locations are
//!   claimed by the others within `lease_ttl + poll_every`. A worker that cannot renew in
//!   time (a lost database, a long pause) drops its locations itself before the lease lapses,
//!   so two workers never write one location at once.
//! - **Each held location is a [`SyncService`]** with the location's own GHL client (a token
//!   minted from the agency token, its own 100-per-10-s limiter: one worker holds a location,
//!   so one limiter is the location's whole budget), its own sync state (a Postgres schema
//!   per location) and its own Notion tables (`Contacts (<location id>)`, …) under the one
//!   parent page. Taking a location over runs the engine's crash recovery first.
//! - **Any worker takes any webhook.** The receiver verifies the delivery and stores the
//!   event in the shared inbox table (deduplicated by the delivery's key) before answering
//!   200; the worker holding the location applies it (deduplicated again by event id in that
//!   location's state) and then deletes it. An event acknowledged by a worker that died is
//!   applied by the location's next holder.
//! - **One Notion budget.** All workers draw their Notion requests from one budget in
//!   Postgres ([`PgBudget`]): slots a third of a second apart per integration token,
//!   whichever worker sends, so N workers never send N × 3 requests per second.

mod store;

use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use ghl_client::oauth::{
    LocationTokens, OAuthApp, OAuthCredentials, OAuthProvider, PostgresTokenStore, TokenStore,
    UserType,
};
use ghl_client::webhooks::server::{ServerOptions, WebhookServer};
use ghl_client::webhooks::{EventSink, Ingress, SinkError, VerifiedEvent, Verifier};
use ghl_client::{ApiVersion, GhlClient, GhlClientBuilder, Request};
use ghl_notion_runtime::SharedClock;
use ghl_notion_runtime::rate_limit::{Limiter, LimiterConfig};
use ghl_notion_runtime::shared_budget::{BudgetError, ReserveFuture, SharedBudget};
use notion_activity::NotionClient;
use secrecy::SecretString;
use serde::Deserialize;
use sync_core::state::{PostgresOptions, PostgresStore};
use tokio::task::JoinHandle;

pub use store::{Coordinator, LeaseRow, LocationClaim};

use crate::config::Config;
use crate::error::Error;
use crate::ghl::events::{key_custom_fields, verified_source_event};
use crate::service::{
    ENV_NOTION_PARENT_PAGE_ID, SyncMode, SyncService, WEBHOOK_PATH, configured_webhook_keys,
    service_clock,
};

/// Inbox events applied per engine call.
const INBOX_BATCH: usize = 256;

/// A [`SharedBudget`] in the deployment's Postgres: one row per key (a Notion token's
/// fingerprint), whose next free slot every worker advances atomically.
#[derive(Debug, Clone)]
pub struct PgBudget {
    coordinator: Coordinator,
}

impl PgBudget {
    /// The budget of `coordinator`'s deployment.
    pub fn new(coordinator: Coordinator) -> Self {
        Self { coordinator }
    }
}

impl SharedBudget for PgBudget {
    fn reserve<'a>(
        &'a self,
        key: &'a str,
        spacing: Duration,
        now: SystemTime,
    ) -> ReserveFuture<'a> {
        Box::pin(async move {
            let now_ms = now
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX));
            self.coordinator
                .reserve(key, spacing, now_ms)
                .await
                .map_err(|e| BudgetError(e.to_string()))
        })
    }
}

/// The webhook receiver's sink in agency mode: each verified event about a synced record
/// goes to the shared inbox (see the [module docs](self)) before the delivery is answered.
#[derive(Debug, Clone)]
pub struct SharedInbox {
    coordinator: Coordinator,
}

impl SharedInbox {
    /// The inbox of `coordinator`'s deployment.
    pub fn new(coordinator: Coordinator) -> Self {
        Self { coordinator }
    }
}

impl EventSink for SharedInbox {
    async fn persist(&self, event: VerifiedEvent) -> Result<(), SinkError> {
        let Some(source) = verified_source_event(&event) else {
            tracing::debug!(
                event = event.event.name(),
                "webhook concerns no synced record"
            );
            return Ok(());
        };
        let Some(location) = event.envelope.location_id.as_ref() else {
            tracing::warn!(
                event = event.event.name(),
                "webhook names no location; not stored"
            );
            return Ok(());
        };
        let stored = self
            .coordinator
            .push(location.as_str(), &event.dedupe_key, &source)
            .await
            .map_err(SinkError::other)?;
        if !stored {
            tracing::debug!(location = %location, "webhook already stored, or for a location not synced here");
        }
        Ok(())
    }
}

/// What [`serve_agency`] did, for the command's last line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct AgencySummary {
    /// This worker's id.
    pub worker: String,
    /// Locations this worker claimed (a location claimed twice counts twice).
    pub claimed: u64,
    /// Locations it gave back to balance the load.
    pub released: u64,
    /// Locations it lost (its lease lapsed and another worker took it).
    pub lost: u64,
    /// Failures (passes, event batches, locations that could not start), listed in `errors`.
    pub failures: u64,
    /// The failures' messages.
    pub errors: Vec<String>,
}

/// The id this process uses among the workers: host, process id and a random suffix.
pub(crate) fn worker_id() -> String {
    let host = std::env::var("HOSTNAME")
        .ok()
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "host".to_owned());
    format!("{host}-{}-{:04x}", std::process::id(), fastrand::u16(..))
}

/// The Postgres schema of `location`'s sync state: `<base>_<location, lowercased>_<hash>`
/// (the hash of the exact id keeps ids that differ only in case apart).
pub fn location_schema(base: Option<&str>, location: &str) -> String {
    // FNV-1a: stable across Rust versions and platforms, unlike the std hasher.
    let mut hash: u32 = 0x811c_9dc5;
    for byte in location.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    let base = base.unwrap_or("ghl_notion");
    let slug: String = location
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .take(63usize.saturating_sub(base.len() + 11))
        .collect();
    format!("{base}_{slug}_{hash:08x}")
}

/// The configuration of one location's service: its own table titles and location id.
pub fn location_config(config: &Config, location: &str) -> Config {
    let mut own = config.clone();
    own.tables = config
        .tables_or_default()
        .into_iter()
        .map(|mut table| {
            table.title = Some(format!("{} ({location})", table.title_or_default()));
            table
        })
        .collect();
    own.activity.title = format!("{} ({location})", config.activity.title);
    own.ghl.location_id = Some(location.to_owned());
    own
}

/// How many locations a worker should hold: an even share of `total` among `live`
/// workers, rounded up, capped by `max` when it is set.
pub fn fair_share(total: u64, live: u64, max: usize) -> usize {
    let share = usize::try_from(total.div_ceil(live.max(1))).unwrap_or(usize::MAX);
    match max {
        0 => share,
        max => share.min(max),
    }
}

/// What every location's [`SyncService`] in one process shares: the agency's token (a
/// [`LocationTokens`] minting each location's), one Notion client drawing on the
/// deployment's shared budget ([`PgBudget`]), the clock and the Postgres deployment.
/// The workers ([`serve_agency`]) and `ghl-notion mcp` in agency mode build every location's
/// service through [`AgencyParts::service`].
pub struct AgencyParts {
    config: Config,
    coordinator: Coordinator,
    agency: GhlClient,
    company: String,
    tokens: LocationTokens,
    notion: NotionClient,
    parent_page_id: String,
    clock: SharedClock,
    url: String,
}

impl std::fmt::Debug for AgencyParts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AgencyParts")
            .field("company", &self.company)
            .field("coordinator", &self.coordinator)
            .finish_non_exhaustive()
    }
}

impl AgencyParts {
    /// Connects to the deployment `config` describes, as `worker`: the Postgres tables
    /// (`DATABASE_URL` or `[state] url`), the agency's client (its OAuth install, or
    /// `GHL_API_KEY`; `GHL_COMPANY_ID` or `[agency] company_id`) and
    /// the Notion client (`NOTION_TOKEN`,
    /// `NOTION_PARENT_PAGE_ID`). A missing setting is an [`Error::Config`] naming it.
    pub async fn connect(config: Config, worker: String) -> Result<Self, Error> {
        config.validate()?;
        let url = config
            .state
            .url
            .as_ref()
            .map(|u| u.expose().to_owned())
            .ok_or_else(|| {
                Error::Config(
                    "[agency] mode shares its work through Postgres: set DATABASE_URL (or [state] url)"
                        .into(),
                )
            })?;
        let coordinator =
            Coordinator::connect(&url, config.state.schema.as_deref(), worker).await?;
        let clock = service_clock(&config).await;

        let company = std::env::var("GHL_COMPANY_ID")
            .ok()
            .filter(|c| !c.trim().is_empty())
            .or_else(|| config.agency.company_id.clone())
            .ok_or_else(|| {
                Error::Config(
                    "[agency] mode needs the agency's company id: set GHL_COMPANY_ID (or [agency] company_id)"
                        .into(),
                )
            })?;
        let agency = agency_client(&config, &company, &clock, &url, &coordinator).await?;

        let mut notion = notion_activity::NotionClientBuilder::from_env().map_err(|_| {
            Error::Config(
                "NOTION_TOKEN is not set: agency mode needs the Notion integration token".into(),
            )
        })?;
        if std::env::var("NOTION_BASE_URL").is_err()
            && let Some(base) = &config.notion.base_url
        {
            notion = notion.base_url(base.clone());
        }
        let limiter = Limiter::new(LimiterConfig::notion())
            .with_shared_budget(Arc::new(PgBudget::new(coordinator.clone())));
        let notion = notion
            .clock(clock.clone())
            .shared_limiter(Arc::new(limiter))
            .build()?;
        let parent_page_id = std::env::var(ENV_NOTION_PARENT_PAGE_ID)
            .ok()
            .filter(|p| !p.trim().is_empty())
            .or_else(|| config.notion.parent_page_id.clone())
            .ok_or_else(|| {
                Error::Config(format!(
                    "no Notion parent page: set {ENV_NOTION_PARENT_PAGE_ID} (or notion.parent_page_id)"
                ))
            })?;
        Ok(Self {
            tokens: LocationTokens::new(agency.clone(), company.clone()),
            agency,
            company,
            config,
            coordinator,
            notion,
            parent_page_id,
            clock,
            url,
        })
    }

    /// The configuration (the deployment's, before [`location_config`]).
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The deployment's shared tables, as this process's worker id.
    pub fn coordinator(&self) -> &Coordinator {
        &self.coordinator
    }

    /// The clock every service runs on.
    pub fn clock(&self) -> &SharedClock {
        &self.clock
    }

    /// The location tokens, minted from the agency's token and cached per location.
    pub fn tokens(&self) -> &LocationTokens {
        &self.tokens
    }

    /// A new GHL client for `location`, on a token minted from the agency's.
    pub fn client(&self, location: &str) -> ghl_client::Result<GhlClient> {
        self.tokens.client(location)
    }

    /// `location`'s service: a new GHL client ([`AgencyParts::client`]), its Postgres state,
    /// its tables.
    pub async fn service(&self, location: &str) -> Result<SyncService, Error> {
        self.service_with(location, self.client(location)?).await
    }

    /// `location`'s service on `ghl` (a client from [`AgencyParts::client`] the caller
    /// already uses, so the location keeps one rate limiter): its Postgres state in
    /// [`location_schema`], its configuration from [`location_config`].
    pub async fn service_with(&self, location: &str, ghl: GhlClient) -> Result<SyncService, Error> {
        let schema = location_schema(self.config.state.schema.as_deref(), location);
        let store = PostgresStore::connect_with(
            &self.url,
            PostgresOptions::default().schema(schema).max_connections(2),
        )
        .await
        .map_err(sync_core::StoreError::from)?;
        SyncService::builder()
            .config(location_config(&self.config, location))
            .clients(ghl, self.notion.clone(), self.parent_page_id.clone())
            .store(Arc::new(store))
            .clock(self.clock.clone())
            .build()
            .await
    }

    /// Runs `location` until aborted: recovery, then the inbox every `poll_every` and a
    /// sync pass every `reconcile_every`.
    async fn run_location(&self, location: String) -> Result<(), Error> {
        let service = self.service(&location).await?;
        if let Err(e) = service.source().custom_field_keys().await {
            tracing::warn!(%location, error = %e, "custom field keys not loaded: delivered contacts will be fetched");
        }
        let poll = self.config.agency.poll_every;
        let mut next_pass = self.clock.now();
        loop {
            // A batch that fails stays in the inbox and is tried again next round; the
            // location is kept, so an outage does not rebuild its service every round.
            if let Err(e) = self.drain_inbox(&service, &location).await {
                tracing::warn!(%location, error = %e, "inbox events not applied yet");
                self.coordinator
                    .record_run(&location, Some(&format!("inbox: {e}")))
                    .await?;
            }
            if self.clock.now() >= next_pass {
                let outcome = service.run_once(SyncMode::Incremental).await;
                let error = match &outcome {
                    Ok(report) => report.errors().first().map(ToString::to_string),
                    Err(e) => Some(e.to_string()),
                };
                if let Some(e) = &error {
                    tracing::warn!(%location, error = %e, "sync pass failed");
                }
                self.coordinator
                    .record_run(&location, error.as_deref())
                    .await?;
                next_pass = self.clock.now() + self.config.schedule.reconcile_every;
            }
            self.clock.sleep(poll).await;
        }
    }

    /// Applies `location`'s inbox events, oldest first, deleting each batch once applied.
    async fn drain_inbox(&self, service: &SyncService, location: &str) -> Result<u64, Error> {
        let mut applied = 0;
        loop {
            let batch = self.coordinator.take(location, INBOX_BATCH).await?;
            let Some(last) = batch.last().map(|(seq, _)| *seq) else {
                return Ok(applied);
            };
            let mut events: Vec<_> = batch.into_iter().filter_map(|(_, e)| e).collect();
            for event in &mut events {
                key_custom_fields(event, service.source());
            }
            service.engine().apply_events(&events).await?;
            self.coordinator.done(location, last).await?;
            applied += events.len() as u64;
        }
    }
}

/// The locations of the agency: `[agency] locations`, else every location
/// `GET /locations/search` lists for the company.
async fn agency_locations(
    config: &Config,
    agency: &GhlClient,
    company: &str,
) -> Result<Vec<String>, Error> {
    if !config.agency.locations.is_empty() {
        return Ok(config.agency.locations.clone());
    }
    #[derive(Deserialize)]
    struct Page {
        #[serde(default)]
        locations: Vec<Listed>,
    }
    #[derive(Deserialize)]
    struct Listed {
        #[serde(alias = "_id")]
        id: String,
    }
    let mut all = Vec::new();
    let limit = 100u32;
    loop {
        let request = Request::get("/locations/search", "/locations/search")
            .query(&serde_json::json!({
                "companyId": company,
                "skip": all.len(),
                "limit": limit,
            }))
            .version(ApiVersion::V2021_07_28)
            .resource(company);
        let page: Page = agency.send(request).await?;
        let n = page.locations.len();
        all.extend(page.locations.into_iter().map(|l| l.id));
        if n < limit as usize {
            break;
        }
    }
    if all.is_empty() {
        return Err(Error::Config(format!(
            "the agency {company} has no locations to sync: list them in [agency] locations"
        )));
    }
    Ok(all)
}

/// Names of the environment variables of the agency's token.
const ENV_AGENCY_REFRESH_TOKEN: &str = "GHL_AGENCY_REFRESH_TOKEN";

/// The agency's client: with `GHL_CLIENT_ID` and `GHL_CLIENT_SECRET`, the agency's OAuth
/// install, whose rotating token pair lives in Postgres and is refreshed by one worker at a
/// time (seeded once from `GHL_AGENCY_REFRESH_TOKEN`); otherwise the token in `GHL_API_KEY`.
async fn agency_client(
    config: &Config,
    company: &str,
    clock: &SharedClock,
    url: &str,
    coordinator: &Coordinator,
) -> Result<GhlClient, Error> {
    let builder = || {
        let mut builder = GhlClientBuilder::new()
            .company_id(company.to_owned())
            .clock(clock.clone());
        let base = std::env::var("GHL_BASE_URL")
            .ok()
            .filter(|b| !b.trim().is_empty())
            .or_else(|| config.ghl.base_url.clone());
        if let Some(base) = base {
            builder = builder.base_url(base);
        }
        builder
    };
    let Some(credentials) = OAuthCredentials::from_env() else {
        let token = std::env::var("GHL_API_KEY")
            .ok()
            .filter(|t| !t.trim().is_empty())
            .ok_or_else(|| {
                Error::Config(
                    "[agency] mode needs the agency's token: set GHL_CLIENT_ID, GHL_CLIENT_SECRET \
                     and GHL_AGENCY_REFRESH_TOKEN (an OAuth install, refreshed by the workers), or \
                     GHL_API_KEY (a fixed agency token)"
                        .into(),
                )
            })?;
        return Ok(builder().private_token(token).build()?);
    };
    let store_error = |e: ghl_client::oauth::StoreError| {
        Error::Config(format!("the agency's token store in Postgres: {e}"))
    };
    let store = match &config.state.schema {
        Some(schema) => PostgresTokenStore::connect_in_schema(url, schema).await,
        None => PostgresTokenStore::connect(url).await,
    }
    .map_err(store_error)?;
    let store: Arc<dyn TokenStore> = Arc::new(store);
    let app = OAuthApp::new(credentials, builder())?;
    let provider = OAuthProvider::builder(app.clone(), Arc::clone(&store))
        .holder(coordinator.worker())
        .build();
    let stored = |store: Arc<dyn TokenStore>| async move {
        store
            .load(company)
            .await
            .map_err(|e| Error::Config(format!("reading the agency's token: {e}")))
    };
    if stored(Arc::clone(&store)).await?.is_none() {
        let refresh = std::env::var(ENV_AGENCY_REFRESH_TOKEN)
            .ok()
            .filter(|t| !t.trim().is_empty())
            .ok_or_else(|| {
                Error::Config(format!(
                    "no agency token in Postgres yet: set {ENV_AGENCY_REFRESH_TOKEN} to the refresh \
                     token of the agency's install (used once; the workers then keep the rotating \
                     pair in Postgres)"
                ))
            })?;
        let seeded = async {
            let response = app
                .refresh(
                    company,
                    &SecretString::from(refresh),
                    Some(UserType::Company),
                )
                .await?;
            provider.install(response).await?;
            Ok::<_, Error>(())
        }
        .await;
        // Workers started together race to seed: the refresh token rotates, so the loser's
        // refresh fails, and it uses the pair the winner saved.
        if let Err(e) = seeded {
            if stored(Arc::clone(&store)).await?.is_none() {
                return Err(e);
            }
            tracing::info!("another worker installed the agency's token first");
        }
    }
    Ok(builder().token_provider(Arc::new(provider)).build()?)
}

/// One location task of this worker.
struct Held {
    task: JoinHandle<Result<(), Error>>,
}

/// Runs this process as one worker of an agency deployment until `shutdown` completes (see
/// the [module docs](self)). `announce` gets the webhook URL once the receiver answers.
pub async fn serve_agency(
    config: Config,
    shutdown: impl Future<Output = ()>,
    announce: impl FnOnce(Option<&str>),
) -> Result<AgencySummary, Error> {
    let shared = Arc::new(AgencyParts::connect(config, worker_id()).await?);
    let (config, coordinator, clock) = (&shared.config, &shared.coordinator, &shared.clock);
    let locations = agency_locations(config, &shared.agency, &shared.company).await?;
    coordinator.register(&locations).await?;

    // The receiver answers before any location is claimed.
    let (stop_server, server, webhook_url) = match config.webhooks.enabled {
        true => {
            let listener = tokio::net::TcpListener::bind(&config.webhooks.listen)
                .await
                .map_err(|e| {
                    Error::io(
                        format!(
                            "listening on {} (set webhooks.listen)",
                            config.webhooks.listen
                        ),
                        e,
                    )
                })?;
            let addr = listener
                .local_addr()
                .map_err(|e| Error::io("reading the listening address", e))?;
            let from_env = std::env::var(crate::service::ENV_WEBHOOK_PUBLIC_KEY).ok();
            let (_, keys) = configured_webhook_keys(&config.webhooks, from_env.as_deref());
            let keys = keys.map_err(|e| Error::Config(format!("webhook public key: {e}")))?;
            let ingress = Ingress::builder(SharedInbox::new(coordinator.clone()))
                .verifier(Verifier::new(keys))
                .clock(clock.clone())
                .build();
            let server = WebhookServer::new(ingress)
                .path(WEBHOOK_PATH)
                .options(ServerOptions::default());
            let (stop, mut stopped) = tokio::sync::watch::channel(false);
            let task = tokio::spawn(async move {
                let graceful = async move {
                    let _ = stopped.wait_for(|s| *s).await;
                };
                if let Err(e) = server.serve_until(listener, graceful).await {
                    tracing::error!(error = %e, "webhook listener stopped");
                }
            });
            (
                Some(stop),
                Some(task),
                Some(format!("http://{addr}{WEBHOOK_PATH}")),
            )
        }
        false => (None, None, None),
    };
    announce(webhook_url.as_deref());

    let mut summary = AgencySummary {
        worker: coordinator.worker().to_owned(),
        ..AgencySummary::default()
    };
    let work = lease_loop(&shared, &mut summary, shutdown).await;

    if let Some(stop) = stop_server {
        let _ = stop.send(true);
    }
    if let Some(server) = server {
        let _ = server.await;
    }
    let _ = coordinator.retire().await;
    work?;
    Ok(summary)
}

/// The worker's loop: heartbeat, renew, rebalance, claim, until `shutdown`.
async fn lease_loop(
    shared: &Arc<AgencyParts>,
    summary: &mut AgencySummary,
    shutdown: impl Future<Output = ()>,
) -> Result<(), Error> {
    let agency = &shared.config.agency;
    let ttl = agency.lease_ttl;
    let coordinator = &shared.coordinator;
    let mut held: HashMap<String, Held> = HashMap::new();
    // Leases count from before the renewal was asked for, so the worker stops before any
    // lease it holds could have lapsed.
    let mut valid_until = Instant::now();
    let mut first = true;
    tokio::pin!(shutdown);
    loop {
        let asked = Instant::now();
        // A round that hangs (a slow database) counts as failed, so the fence below runs.
        let round = tokio::time::timeout(ttl / 3, tick(shared, &mut held, summary, first))
            .await
            .unwrap_or_else(|_| Err(Error::Config("the lease round timed out".into())));
        match round {
            Ok(()) => valid_until = asked + ttl - agency.poll_every,
            Err(e) => {
                tracing::warn!(error = %e, "could not renew leases");
                if Instant::now() >= valid_until && !held.is_empty() {
                    tracing::warn!("leases may have lapsed: stopping every location");
                    for (_, h) in held.drain() {
                        h.task.abort();
                    }
                }
            }
        }
        first = false;
        tokio::select! {
            () = &mut shutdown => break,
            () = tokio::time::sleep(agency.poll_every) => {}
        }
    }
    for (location, h) in held.drain() {
        h.task.abort();
        let _ = h.task.await;
        let _ = coordinator.release(&location).await;
    }
    Ok(())
}

/// One round of the lease loop.
async fn tick(
    shared: &Arc<AgencyParts>,
    held: &mut HashMap<String, Held>,
    summary: &mut AgencySummary,
    first: bool,
) -> Result<(), Error> {
    let coordinator = &shared.coordinator;
    let agency = &shared.config.agency;
    let ttl = agency.lease_ttl;
    let (live, total) = coordinator.heartbeat(ttl).await?;

    // Tasks that ended on their own failed: record it and give the location back.
    let ended: Vec<String> = held
        .iter()
        .filter(|(_, h)| h.task.is_finished())
        .map(|(l, _)| l.clone())
        .collect();
    for location in ended {
        if let Some(h) = held.remove(&location) {
            let message = match h.task.await {
                Ok(Ok(())) => "stopped".to_owned(),
                Ok(Err(e)) => e.to_string(),
                Err(e) => e.to_string(),
            };
            tracing::warn!(%location, error = %message, "location stopped; giving it back");
            summary.failures += 1;
            summary.errors.push(format!("{location}: {message}"));
            let _ = coordinator.record_run(&location, Some(&message)).await;
            coordinator.release(&location).await?;
        }
    }

    let keys: Vec<String> = held.keys().cloned().collect();
    let renewed = coordinator.renew(&keys, ttl).await?;
    for location in keys.iter().filter(|l| !renewed.contains(l)) {
        if let Some(h) = held.remove(location) {
            tracing::warn!(%location, "lease lost to another worker");
            h.task.abort();
            summary.lost += 1;
        }
    }

    let share = fair_share(total, live, agency.max_locations);
    if held.len() > share {
        let mut extra: Vec<String> = held.keys().cloned().collect();
        extra.sort();
        for location in extra.into_iter().skip(share) {
            if let Some(h) = held.remove(&location) {
                h.task.abort();
                let _ = h.task.await;
                coordinator.release(&location).await?;
                summary.released += 1;
                tracing::info!(%location, "given back to balance the workers");
            }
        }
    } else if held.len() < share && !first {
        // Not on the first round: workers started together see each other first.
        for location in coordinator.claim(share - held.len(), ttl).await? {
            summary.claimed += 1;
            tracing::info!(%location, "claimed");
            let task_shared = Arc::clone(shared);
            let name = location.clone();
            let task = tokio::spawn(async move { task_shared.run_location(name).await });
            held.insert(location, Held { task });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn location_schemas_are_plain_distinct_identifiers() {
        let a = location_schema(None, "ve9EPM428h8vShlRW1KT");
        let b = location_schema(None, "VE9epm428h8vShlRW1KT");
        assert_ne!(a, b, "ids differing in case get schemas of their own");
        assert!(a.starts_with("ghl_notion_ve9epm428h8vshlrw1kt_"), "{a}");
        for s in [&a, &b, &location_schema(Some("tenant"), &"x".repeat(200))] {
            assert!(s.len() <= 63, "{s}");
            assert!(
                s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "{s}"
            );
        }
        // The name must never change between releases: it is where a location's state is.
        assert_eq!(a, "ghl_notion_ve9epm428h8vshlrw1kt_7e6e181f");
    }

    #[test]
    fn a_worker_holds_an_even_share_rounded_up_and_capped() {
        assert_eq!(fair_share(20, 3, 0), 7);
        assert_eq!(fair_share(20, 2, 0), 10);
        assert_eq!(fair_share(20, 1, 0), 20);
        assert_eq!(fair_share(20, 0, 0), 20, "no live worker counted: this one");
        assert_eq!(fair_share(21, 3, 0), 7);
        assert_eq!(fair_share(20, 3, 5), 5);
        assert_eq!(fair_share(0, 3, 0), 0);
    }

    #[test]
    fn each_location_gets_tables_of_its_own() {
        let config = Config::default();
        let own = location_config(&config, "loc1");
        assert_eq!(own.ghl.location_id.as_deref(), Some("loc1"));
        assert!(!own.tables.is_empty());
        for table in &own.tables {
            assert!(table.title_or_default().ends_with(" (loc1)"), "{table:?}");
        }
        assert_eq!(
            own.activity.title,
            format!("{} (loc1)", config.activity.title)
        );
    }
}
