//! `serve`: the hybrid service — webhook ingress, scheduled reconciliation and scheduled
//! drift repair — until a shutdown signal, then a drain.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

#[cfg(feature = "sqlite")]
use ghl_client::webhooks::SqliteReplayStore;
use ghl_client::webhooks::server::{ServerOptions, WebhookServer};
use ghl_client::webhooks::{Ingress, Verifier, WebhookKeys};
use ghl_notion_runtime::SharedClock;
use serde::{Deserialize, Serialize};
use sync_core::Engine;
use sync_core::runner::RunnerOptions;
use sync_core::{HybridRunner, SourceEvent};
use tokio::net::TcpListener;
use tokio::sync::{mpsc, watch};

use super::{RepairRun, RunReport, SyncService};
use crate::config::Config;
use crate::error::Error;
use crate::ghl::GhlSource;
use crate::ghl::events::key_custom_fields;
use crate::inbox::EngineInbox;
use crate::observe::admin::AdminParts;
use crate::observe::{AdminServer, AdminSources, Observer, WebhookProbe};

/// The environment variable that overrides `webhooks.public_key`: PEM text, or a PEM
/// file's path.
pub const ENV_WEBHOOK_PUBLIC_KEY: &str = "GHL_WEBHOOK_PUBLIC_KEY";

/// The keys the configuration names, and where they came from (for messages):
/// `GHL_WEBHOOK_PUBLIC_KEY`'s value (`env_value`, PEM text or a file's path) when set, else
/// `webhooks.public_key` (`ghl` or empty for GHL's published keys, or a PEM file's path).
pub fn configured_webhook_keys(
    webhooks: &crate::config::WebhookConfig,
    env_value: Option<&str>,
) -> (String, Result<WebhookKeys, ghl_client::webhooks::KeyError>) {
    match env_value.map(str::trim).filter(|v| !v.is_empty()) {
        Some(value) if value.contains("-----BEGIN") => (
            ENV_WEBHOOK_PUBLIC_KEY.to_owned(),
            WebhookKeys::empty().with_pem(value),
        ),
        Some(path) => (
            ENV_WEBHOOK_PUBLIC_KEY.to_owned(),
            WebhookKeys::empty().with_pem_file(path),
        ),
        None => {
            let configured = webhooks.public_key.trim();
            let keys = match configured {
                "" | "ghl" => Ok(WebhookKeys::ghl()),
                path => WebhookKeys::empty().with_pem_file(path),
            };
            (format!("webhooks.public_key = {configured:?}"), keys)
        }
    }
}

/// The path webhooks are posted to.
pub const WEBHOOK_PATH: &str = "/webhooks/ghl";

/// Where a running `serve` answers (see [`SyncService::serve_announcing`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Endpoints {
    /// The webhook URL, e.g. `http://127.0.0.1:3000/webhooks/ghl` (webhooks on).
    pub webhooks: Option<String>,
    /// The admin address, e.g. `http://127.0.0.1:3001/` (`admin.enabled`).
    pub admin: Option<String>,
}

/// What a `serve` did, returned after a clean shutdown.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServeSummary {
    /// Where webhooks were received.
    pub listen: Option<String>,
    /// The admin address (metrics, health, status page), when it was open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin: Option<String>,
    /// Events journaled by an earlier run and applied behind the receiver.
    pub replayed: u64,
    /// Journal lines of an earlier run skipped because they did not verify with the
    /// configured keys (forged or edited lines, or lines from a version that did not keep
    /// signatures).
    #[serde(default)]
    pub replay_rejected: u64,
    /// Reconciliation rounds.
    pub reconciliations: u64,
    /// Webhook events received.
    pub events_received: u64,
    /// Event groups applied.
    pub groups_applied: u64,
    /// Duplicate deliveries ignored.
    pub duplicates: u64,
    /// Repairs run.
    pub repairs: u64,
    /// Failures (reconciliations, event groups, repairs).
    pub failures: u64,
    /// The first few failure messages.
    pub errors: Vec<String>,
}

impl SyncService {
    /// The keys webhooks must be signed with: `GHL_WEBHOOK_PUBLIC_KEY` (PEM text or a file's
    /// path) when set, the embedded sandbox's keys on it, else `webhooks.public_key`
    /// (`ghl` for GHL's published keys, or a PEM file's path).
    pub async fn webhook_keys(&self) -> Result<WebhookKeys, Error> {
        let bad_key =
            |e: ghl_client::webhooks::KeyError| Error::Config(format!("webhook public key: {e}"));
        let from_env = std::env::var(ENV_WEBHOOK_PUBLIC_KEY).ok();
        #[cfg(feature = "sandbox")]
        if from_env.is_none()
            && let Some(sandbox) = &self.sandbox
        {
            let mut keys = WebhookKeys::empty();
            for pem in crate::demo::CrmUser::new(sandbox)
                .webhook_public_keys()
                .await?
            {
                keys = keys.with_pem(&pem).map_err(bad_key)?;
            }
            return Ok(keys);
        }
        let (_, keys) = configured_webhook_keys(&self.config.webhooks, from_env.as_deref());
        keys.map_err(bad_key)
    }

    async fn bind(&self, wanted: &str, setting: &str) -> Result<TcpListener, Error> {
        #[cfg(feature = "sandbox")]
        let fallback = self.sandbox.is_some();
        #[cfg(not(feature = "sandbox"))]
        let fallback = false;
        bind(wanted, setting, fallback).await
    }

    /// Runs until `shutdown` resolves: receives webhooks (verified, deduplicated, journaled
    /// before they are acknowledged), reconciles on `schedule.reconcile_every` (a full pass
    /// when `schedule.full_every` has passed) and repairs drift on `schedule.repair_every`
    /// and after rounds whose writes had unknown outcomes.
    ///
    /// The receiver is bound and answering before anything else (see [`WebhookReceiver`];
    /// to answer even while the service is being built, start one first and use
    /// [`SyncService::serve_on`]). Behind it, writes an earlier process left unfinished are
    /// settled, and events journaled by an earlier run (moved to `<journal>.replaying`) are
    /// verified again line by line and applied; that file is deleted once they are (a crash
    /// leaves it for the next start). The receiver is a [`WebhookServer`] with
    /// [`ServerOptions::default`] (header and body timeouts, connection and in-flight
    /// caps). Seen `webhookId`s are kept in SQLite beside the state file when the state is on
    /// disk, so dedupe survives a restart. On shutdown it stops accepting, finishes the
    /// replay, applies every event already acknowledged, and empties the journal.
    ///
    /// With `admin.enabled` (the default) the admin address answers on `admin.listen` too:
    /// `/metrics`, `/healthz`, `/readyz`, the status page at `/` and `/status.json` (see
    /// [`crate::observe`]).
    pub async fn serve(&self, shutdown: impl Future<Output = ()>) -> Result<ServeSummary, Error> {
        self.serve_announcing(None, shutdown, |_| {}).await
    }

    /// [`SyncService::serve`], calling `listening` with the webhook URL (e.g.
    /// `http://127.0.0.1:3000/webhooks/ghl`) as soon as the receiver answers.
    pub async fn serve_announced(
        &self,
        shutdown: impl Future<Output = ()>,
        listening: impl FnOnce(&str),
    ) -> Result<ServeSummary, Error> {
        let receiver = self.start_receiver().await?;
        if let Some(r) = &receiver {
            listening(r.url());
        }
        self.serve_announcing(receiver, shutdown, |_| {}).await
    }

    /// [`SyncService::serve`] behind a receiver started before the service was built
    /// ([`WebhookReceiver::start`]), so deliveries were answered all along. Fails if the
    /// receiver journals elsewhere than this service's journal.
    pub async fn serve_on(
        &self,
        receiver: WebhookReceiver,
        shutdown: impl Future<Output = ()>,
    ) -> Result<ServeSummary, Error> {
        self.serve_announcing(Some(receiver), shutdown, |_| {})
            .await
    }

    /// [`SyncService::serve`] with every option: behind `receiver` when one was started
    /// before the service ([`WebhookReceiver::start`]; `None` starts one here when
    /// webhooks are on), calling `announce` with the webhook and admin URLs once both
    /// answer. Fails if the receiver journals elsewhere than this service's journal, or if
    /// `admin.listen` is taken (set another address, or `admin.enabled = false`).
    pub async fn serve_announcing(
        &self,
        receiver: Option<WebhookReceiver>,
        shutdown: impl Future<Output = ()>,
        announce: impl FnOnce(&Endpoints),
    ) -> Result<ServeSummary, Error> {
        let receiver = match receiver {
            Some(r) if r.journal != self.journal => {
                return Err(Error::Config(format!(
                    "the webhook receiver journals to {} but the service to {}: start both from one configuration",
                    r.journal.display(),
                    self.journal.display()
                )));
            }
            Some(r) => Some(r),
            None => self.start_receiver().await?,
        };
        self.serve_with(receiver, shutdown, announce).await
    }

    async fn start_receiver(&self) -> Result<Option<WebhookReceiver>, Error> {
        if !self.config.webhooks.enabled {
            return Ok(None);
        }
        let listener = self
            .bind(&self.config.webhooks.listen, "webhooks.listen")
            .await?;
        let keys = self.webhook_keys().await?;
        let receiver = WebhookReceiver::start_on(
            listener,
            self.journal.clone(),
            self.replay_store_path(),
            Verifier::new(keys),
            self.clock.clone(),
        )?;
        Ok(Some(receiver))
    }

    /// Opens the admin address when `admin.enabled`.
    async fn start_admin(
        &self,
        observer: &Observer,
        receiver: Option<&WebhookReceiver>,
    ) -> Result<Option<(AdminServer, Arc<AdminSources>)>, Error> {
        let admin = &self.config.admin;
        if !admin.enabled {
            return Ok(None);
        }
        let listener = self.bind(&admin.listen, "admin.listen").await?;
        let sources = Arc::new(AdminSources::new(
            AdminParts {
                observer: observer.clone(),
                webhooks: receiver.map(WebhookReceiver::probe),
                webhooks_enabled: self.config.webhooks.enabled,
                unready_after: admin.unready_after,
            },
            self.ghl.clone(),
            self.notion.clone(),
            Arc::clone(&self.store),
            self.tables.clone(),
            self.target.to_string(),
            self.state.clone(),
            self.clock.clone(),
        ));
        let server = AdminServer::start(listener, Arc::clone(&sources))?;
        Ok(Some((server, sources)))
    }

    async fn serve_with(
        &self,
        mut receiver: Option<WebhookReceiver>,
        shutdown: impl Future<Output = ()>,
        announce: impl FnOnce(&Endpoints),
    ) -> Result<ServeSummary, Error> {
        let observer = Observer::new(self.clock.clone());
        let admin = match self.start_admin(&observer, receiver.as_ref()).await {
            Ok(admin) => admin,
            Err(e) => {
                if let Some(r) = receiver {
                    r.stop().await;
                }
                return Err(e);
            }
        };
        let mut summary = ServeSummary {
            listen: receiver.as_ref().map(|r| r.url.clone()),
            admin: admin.as_ref().map(|(server, _)| server.url()),
            ..ServeSummary::default()
        };
        announce(&Endpoints {
            webhooks: summary.listen.clone(),
            admin: summary.admin.clone(),
        });
        // Everything below runs behind a receiver that already answers; on an error the
        // receiver stops before the error is returned.
        let prepared = async {
            self.engine.recover().await?;
            // Webhook-carried contacts are keyed like the source's reads (or fetched).
            if let Err(e) = self.source.custom_field_keys().await {
                tracing::warn!(error = %e, "custom field keys not loaded: delivered contacts will be fetched");
            }
            Ok::<_, Error>(())
        }
        .await;
        if let Err(e) = prepared {
            if let Some(r) = receiver {
                r.stop().await;
            }
            if let Some((server, _)) = admin {
                server.stop().await;
            }
            return Err(e);
        }
        let (leftovers, verifier, channel) = match receiver.as_mut() {
            Some(r) => {
                let _ = r.source.set(self.source.clone());
                let channel = r.channel.take().unwrap_or_else(new_channel);
                (r.leftovers.take(), Some(r.verifier.clone()), channel)
            }
            None => {
                // Webhooks off: a journal an earlier run left is still applied.
                let leftovers = EngineInbox::take_leftovers(&self.journal)
                    .map_err(|e| Error::io(format!("reading {}", self.journal.display()), e))?;
                let verifier = match leftovers {
                    Some(_) => Some(Verifier::new(self.webhook_keys().await?)),
                    None => None,
                };
                (leftovers, verifier, new_channel())
            }
        };

        // Each round is kept in the state too, for `ghl-notion status`.
        let mut rounds = observer.round_reports();
        let runner = HybridRunner::new(self.engine.clone())
            .entities(self.tables.iter().map(|t| t.entity.clone()).collect())
            .interval(self.config.schedule.reconcile_every)
            .reconcile_on_start(true)
            .observer(Arc::new(observer.clone()))
            .spawn_on(channel);
        if let Some((_, sources)) = &admin {
            sources.set_queue(runner.queue_gauge());
        }
        let replay = match (leftovers, verifier) {
            (Some(path), Some(verifier)) => Some(tokio::spawn(replay_leftovers(
                self.engine.clone(),
                self.source.clone(),
                verifier,
                path,
            ))),
            _ => None,
        };
        #[cfg(feature = "sandbox")]
        if let (Some(sandbox), Some(url)) = (&self.sandbox, &summary.listen) {
            crate::demo::CrmUser::new(sandbox)
                .webhook_settings(serde_json::json!({ "url": url }))
                .await?;
        }

        let repair_runs = {
            let (stop_tx, stop_rx) = watch::channel(false);
            let repairs = self.repair_loop(
                stop_rx,
                || runner.unknown_outcomes(),
                &observer,
                &mut rounds,
            );
            tokio::pin!(repairs);
            tokio::pin!(shutdown);
            let repair_runs = tokio::select! {
                () = &mut shutdown => None,
                runs = &mut repairs => Some(runs),
            };
            let _ = stop_tx.send(true);
            match repair_runs {
                Some(runs) => runs,
                None => repairs.await,
            }
        };
        if let Some(r) = receiver {
            r.stop().await;
        }
        if let Some(replay) = replay {
            match replay.await {
                Ok(outcome) => {
                    summary.replayed = outcome.applied;
                    summary.replay_rejected = outcome.rejected;
                    summary.failures += outcome.errors.len() as u64;
                    for e in &outcome.errors {
                        observer.service_failure("journal", e);
                    }
                    summary.errors.extend(outcome.errors);
                }
                Err(e) => {
                    summary.failures += 1;
                    observer.service_failure("journal", &e.to_string());
                    summary.errors.push(format!("journal replay: {e}"));
                }
            }
        }
        let runner = runner.shutdown().await;
        self.keep_rounds(&mut rounds).await;
        if let Some((server, _)) = admin {
            server.stop().await;
        }
        let runner = runner.map_err(|e| Error::Config(e.to_string()))?;
        EngineInbox::compact(&self.journal)
            .map_err(|e| Error::io(format!("emptying {}", self.journal.display()), e))?;
        if self.target.is_embedded_sandbox() || self.config.state.in_memory() {
            // A journal in a private temp directory of this run (see `journal_path`).
            let _ = std::fs::remove_file(&self.journal);
            if self.config.webhooks.journal.is_none()
                && let Some(dir) = self.journal.parent()
            {
                let _ = std::fs::remove_dir(dir);
            }
        }
        summary.reconciliations = runner.reconciliations;
        summary.events_received = runner.events_received;
        summary.groups_applied = runner.groups_applied;
        summary.duplicates = runner.duplicates;
        summary.failures += runner.failures;
        summary.errors.extend(runner.errors);
        for run in repair_runs {
            summary.repairs += 1;
            match run {
                Ok(run) => {
                    summary.failures += run.failed();
                    for (entity, r) in run.entities {
                        summary.errors.extend(
                            r.errors
                                .into_iter()
                                .map(|e| format!("repair {entity}: {e}")),
                        );
                    }
                }
                Err(e) => {
                    summary.failures += 1;
                    summary.errors.push(format!("repair: {e}"));
                }
            }
        }
        Ok(summary)
    }

    /// Where seen `webhookId`s are kept: `<state stem>.webhook-ids.sqlite` beside the state
    /// file when the state is on disk (the embedded sandbox's state never is), else `None`
    /// (kept in memory).
    fn replay_store_path(&self) -> Option<PathBuf> {
        replay_store_path(&self.config, self.target.is_embedded_sandbox())
    }

    /// Repairs until told to stop, when one is due ([`SyncService::repair_if_due`]): on
    /// `schedule.repair_every`, and after a tick in which `unknown` (the runner's running
    /// count of writes with unknown outcomes) grew. Checks every `reconcile_every` (or
    /// `repair_every` when shorter). Returns each repair's outcome.
    async fn repair_loop(
        &self,
        mut stop: watch::Receiver<bool>,
        unknown: impl Fn() -> u64,
        observer: &Observer,
        rounds: &mut mpsc::UnboundedReceiver<RunReport>,
    ) -> Vec<Result<RepairRun, Error>> {
        let mut runs = Vec::new();
        let schedule = &self.config.schedule;
        let tick = match schedule.repair_every.is_zero() {
            true => schedule.reconcile_every,
            false => schedule.repair_every.min(schedule.reconcile_every),
        }
        .max(Duration::from_secs(1));
        let mut seen = unknown();
        loop {
            tokio::select! {
                _ = stop.wait_for(|s| *s) => return runs,
                () = self.clock.sleep(tick) => {}
            }
            self.keep_rounds(rounds).await;
            let total = unknown();
            let saw_unknown = total > seen;
            seen = total;
            let started = self.clock.now();
            let took = || self.clock.now().saturating_duration_since(started);
            match self.repair_if_due(saw_unknown).await {
                Ok(Some(run)) => {
                    observer.repair_finished(Ok(&run), took());
                    runs.push(Ok(run));
                }
                Ok(None) => {}
                Err(e) => {
                    tracing::warn!(error = %e, "drift repair failed");
                    observer.repair_finished(Err(&e.to_string()), took());
                    runs.push(Err(e));
                }
            }
        }
    }
}

impl SyncService {
    /// Keeps the rounds finished since the last call in the state (the last runs `status`
    /// shows, and GHL's headroom); a state that refuses is logged, not fatal.
    async fn keep_rounds(&self, rounds: &mut mpsc::UnboundedReceiver<RunReport>) {
        while let Ok(report) = rounds.try_recv() {
            if let Err(e) = self.remember(&report).await {
                tracing::warn!(error = %e, "could not keep the round in the state");
            }
        }
    }
}

/// See [`SyncService::replay_store_path`].
fn replay_store_path(config: &Config, embedded: bool) -> Option<PathBuf> {
    if config.state.in_memory() || embedded {
        return None;
    }
    let state = &config.state.path;
    let stem = state
        .file_stem()
        .map_or_else(|| "ghl-notion".into(), |s| s.to_string_lossy().into_owned());
    Some(state.with_file_name(format!("{stem}.webhook-ids.sqlite")))
}

/// Binds `wanted` (the value of `setting`, for the message); with `fallback` (the embedded
/// sandbox), a free port when it is busy.
async fn bind(wanted: &str, setting: &str, fallback: bool) -> Result<TcpListener, Error> {
    match TcpListener::bind(wanted).await {
        Ok(listener) => Ok(listener),
        Err(e) if fallback => {
            tracing::info!(%wanted, error = %e, "address busy; listening on a free port");
            TcpListener::bind("127.0.0.1:0")
                .await
                .map_err(|e| Error::io("binding 127.0.0.1:0", e))
        }
        Err(e) => Err(Error::io(
            format!("listening on {wanted} (set {setting} to a free address)"),
            e,
        )),
    }
}

type EventChannel = (mpsc::Sender<SourceEvent>, mpsc::Receiver<SourceEvent>);

fn new_channel() -> EventChannel {
    mpsc::channel(RunnerOptions::default().channel_capacity)
}

/// The webhook side of [`SyncService::serve`], on its own: bound, answering, verifying,
/// deduplicating and journaling before the rest of the service exists.
///
/// `ghl-notion serve` starts one first, then builds the service (which finds the Notion
/// tables, a few seconds at Notion's 3 requests per second) and hands it over with
/// [`SyncService::serve_on`]: a restarted process answers GHL within milliseconds, and
/// GHL, which does not retry a refused delivery, loses nothing. Deliveries received
/// before the service runs wait in the journal and a bounded queue (full: answered 429,
/// which GHL retries). An earlier run's journal is moved to `<journal>.replaying` at
/// start and applied once the service runs.
///
/// Dropping a receiver that was never served stops its server.
pub struct WebhookReceiver {
    url: String,
    journal: PathBuf,
    leftovers: Option<PathBuf>,
    verifier: Verifier,
    channel: Option<EventChannel>,
    source: Arc<OnceLock<Arc<GhlSource>>>,
    server: Option<tokio::task::JoinHandle<()>>,
    stop: watch::Sender<bool>,
    ingress: Ingress<EngineInbox>,
    alive: Arc<AtomicBool>,
}

impl std::fmt::Debug for WebhookReceiver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookReceiver")
            .field("url", &self.url)
            .field("journal", &self.journal)
            .field("leftovers", &self.leftovers)
            .finish_non_exhaustive()
    }
}

impl Drop for WebhookReceiver {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
    }
}

impl WebhookReceiver {
    /// Starts the receiver `config` describes for the real services (credentials in the
    /// environment): binds `webhooks.listen`, verifies with `GHL_WEBHOOK_PUBLIC_KEY` or
    /// `webhooks.public_key`, journals where the service will (`webhooks.journal`, else
    /// beside the state file), and checks timestamps against `clock` (the service's).
    /// Fails if webhooks are off.
    pub async fn start(config: &Config, clock: SharedClock) -> Result<Self, Error> {
        if !config.webhooks.enabled {
            return Err(Error::Config(
                "webhooks are off (webhooks.enabled = false): there is nothing to receive".into(),
            ));
        }
        let from_env = std::env::var(ENV_WEBHOOK_PUBLIC_KEY).ok();
        let (_, keys) = configured_webhook_keys(&config.webhooks, from_env.as_deref());
        let keys = keys.map_err(|e| Error::Config(format!("webhook public key: {e}")))?;
        let journal = super::journal_path(config, false)?;
        let listener = bind(&config.webhooks.listen, "webhooks.listen", false).await?;
        Self::start_on(
            listener,
            journal,
            replay_store_path(config, false),
            Verifier::new(keys),
            clock,
        )
    }

    fn start_on(
        listener: TcpListener,
        journal: PathBuf,
        replay_store: Option<PathBuf>,
        verifier: Verifier,
        clock: SharedClock,
    ) -> Result<Self, Error> {
        let addr = listener
            .local_addr()
            .map_err(|e| Error::io("reading the listening address", e))?;
        // What an earlier run journaled is moved aside, so the receiver starts on an empty
        // journal at once and the old events are applied behind it.
        let leftovers = EngineInbox::take_leftovers(&journal)
            .map_err(|e| Error::io(format!("reading {}", journal.display()), e))?;
        let (events, queue) = new_channel();
        let source = Arc::new(OnceLock::new());
        let inbox = EngineInbox::open(&journal, events.clone())
            .map_err(|e| Error::io(format!("opening {}", journal.display()), e))?
            .keyed_later(Arc::clone(&source));
        #[cfg_attr(not(feature = "sqlite"), allow(unused_mut))]
        let mut ingress = Ingress::builder(inbox)
            .verifier(verifier.clone())
            .clock(clock);
        // Without SQLite the ingress keeps the ids it saw in memory (its default store).
        #[cfg(not(feature = "sqlite"))]
        let _ = replay_store;
        #[cfg(feature = "sqlite")]
        if let Some(path) = replay_store {
            let seen = SqliteReplayStore::open(&path, REPLAY_MEMORY).map_err(|e| {
                Error::Config(format!("webhook replay store {}: {e}", path.display()))
            })?;
            ingress = ingress.replay_store(Arc::new(seen));
        }
        let ingress = ingress.build();
        let server = WebhookServer::new(ingress.clone())
            .path(WEBHOOK_PATH)
            .options(ServerOptions::default());
        let (stop, mut stopped) = watch::channel(false);
        let alive = Arc::new(AtomicBool::new(true));
        let running = Arc::clone(&alive);
        let server = tokio::spawn(async move {
            let graceful = async move {
                let _ = stopped.wait_for(|s| *s).await;
            };
            if let Err(e) = server.serve_until(listener, graceful).await {
                tracing::error!(error = %e, "webhook listener stopped");
            }
            running.store(false, Ordering::Release);
        });
        Ok(Self {
            url: format!("http://{addr}{WEBHOOK_PATH}"),
            journal,
            leftovers,
            verifier,
            channel: Some((events, queue)),
            source,
            server: Some(server),
            stop,
            ingress,
            alive,
        })
    }

    /// What the admin address reads of this receiver.
    pub(crate) fn probe(&self) -> WebhookProbe {
        let ingress = self.ingress.clone();
        WebhookProbe {
            url: self.url.clone(),
            alive: Arc::clone(&self.alive),
            stats: Arc::new(move || ingress.stats()),
        }
    }

    /// Deliveries handled so far, by outcome.
    pub fn stats(&self) -> ghl_client::webhooks::IngressStats {
        self.ingress.stats()
    }

    /// Stops accepting, lets requests in flight finish, and waits for the server.
    async fn stop(mut self) {
        let _ = self.stop.send(true);
        if let Some(server) = self.server.take() {
            let _ = server.await;
        }
    }

    /// The URL webhooks are answered at, e.g. `http://127.0.0.1:3000/webhooks/ghl`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The journal acknowledged deliveries are written to.
    pub fn journal(&self) -> &Path {
        &self.journal
    }
}

/// How long seen `webhookId`s are remembered: longer than GHL's retries (about 70 minutes).
#[cfg(feature = "sqlite")]
const REPLAY_MEMORY: Duration = Duration::from_secs(24 * 3600);

/// Leftover journal events applied per engine call.
const REPLAY_BATCH: usize = 256;

/// What the replay of an earlier run's journal did.
#[derive(Debug, Default)]
struct ReplayOutcome {
    applied: u64,
    rejected: u64,
    errors: Vec<String>,
}

/// Applies the verified events of the `.replaying` file at `path` in batches, then deletes
/// it; keeps it when a batch failed (the next start tries again, deduped by event id).
async fn replay_leftovers(
    engine: Arc<Engine>,
    source: Arc<GhlSource>,
    verifier: Verifier,
    path: PathBuf,
) -> ReplayOutcome {
    let mut outcome = ReplayOutcome::default();
    let file = path.clone();
    let read =
        tokio::task::spawn_blocking(move || EngineInbox::replay_verified(&file, &verifier)).await;
    let mut replay = match read {
        Ok(Ok(replay)) => replay,
        Ok(Err(e)) => {
            outcome
                .errors
                .push(format!("reading {}: {e}", path.display()));
            return outcome;
        }
        Err(e) => {
            outcome.errors.push(format!("journal replay: {e}"));
            return outcome;
        }
    };
    outcome.rejected = replay.rejected;
    if replay.rejected > 0 {
        tracing::warn!(
            journal = %path.display(),
            rejected = replay.rejected,
            "journal lines that do not verify were skipped"
        );
    }
    for event in &mut replay.events {
        key_custom_fields(event, &source);
    }
    for batch in replay.events.chunks(REPLAY_BATCH) {
        match engine.apply_events(batch).await {
            Ok(_) => outcome.applied += batch.len() as u64,
            Err(e) => outcome.errors.push(format!("replaying the journal: {e}")),
        }
    }
    if outcome.errors.is_empty() {
        if let Err(e) = EngineInbox::finish_replay(&path) {
            outcome
                .errors
                .push(format!("removing {}: {e}", path.display()));
        }
    } else {
        tracing::warn!(journal = %path.display(), "journal replay incomplete; kept for the next start");
    }
    outcome
}
