//! `serve`: the hybrid service — webhook ingress, scheduled reconciliation and scheduled
//! drift repair — until a shutdown signal, then a drain.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use ghl_client::webhooks::{Ingress, SqliteReplayStore, Verifier, WebhookKeys};
use serde::{Deserialize, Serialize};
use sync_core::HybridRunner;
use tokio::net::TcpListener;
use tokio::sync::watch;

use super::{RepairRun, SyncService};
use crate::error::Error;
use crate::ghl::events::key_custom_fields;
use crate::inbox::EngineInbox;

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

/// What a `serve` did, returned after a clean shutdown.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServeSummary {
    /// Where webhooks were received.
    pub listen: Option<String>,
    /// Events journaled by an earlier run and applied at start.
    pub replayed: u64,
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

    async fn bind(&self) -> Result<TcpListener, Error> {
        let wanted = &self.config.webhooks.listen;
        match TcpListener::bind(wanted).await {
            Ok(listener) => Ok(listener),
            #[cfg(feature = "sandbox")]
            Err(e) if self.sandbox.is_some() => {
                tracing::info!(%wanted, error = %e, "address busy; listening on a free port");
                TcpListener::bind("127.0.0.1:0")
                    .await
                    .map_err(|e| Error::io("binding 127.0.0.1:0", e))
            }
            Err(e) => Err(Error::io(
                format!("listening on {wanted} (set webhooks.listen to a free address)"),
                e,
            )),
        }
    }

    /// Runs until `shutdown` resolves: receives webhooks (verified, deduplicated, journaled
    /// before they are acknowledged), reconciles on `schedule.reconcile_every` (a full pass
    /// when `schedule.full_every` has passed) and repairs drift on `schedule.repair_every`.
    ///
    /// The listener is bound before anything else, so deliveries wait in the socket's
    /// queue instead of being refused while events journaled by an earlier run are applied.
    /// On shutdown it stops accepting, applies every event already acknowledged, and
    /// empties the journal.
    pub async fn serve(&self, shutdown: impl Future<Output = ()>) -> Result<ServeSummary, Error> {
        self.serve_announced(shutdown, |_| {}).await
    }

    /// [`SyncService::serve`], calling `listening` with the webhook URL (e.g.
    /// `http://127.0.0.1:3000/webhooks/ghl`) as soon as the listener is bound.
    pub async fn serve_announced(
        &self,
        shutdown: impl Future<Output = ()>,
        listening: impl FnOnce(&str),
    ) -> Result<ServeSummary, Error> {
        let mut summary = ServeSummary::default();
        let listener = if self.config.webhooks.enabled {
            Some(self.bind().await?)
        } else {
            None
        };
        let addr: Option<SocketAddr> = listener.as_ref().and_then(|l| l.local_addr().ok());
        summary.listen = addr.map(|a| format!("http://{a}{WEBHOOK_PATH}"));
        if let Some(url) = &summary.listen {
            listening(url);
        }

        self.engine.recover().await?;
        // Webhook-carried contacts are keyed like the source's reads (or fetched).
        if let Err(e) = self.source.custom_field_keys().await {
            tracing::warn!(error = %e, "custom field keys not loaded: delivered contacts will be fetched");
        }
        let mut pending = EngineInbox::replay(&self.journal)
            .map_err(|e| Error::io(format!("reading {}", self.journal.display()), e))?;
        for event in &mut pending {
            key_custom_fields(event, &self.source);
        }
        if !pending.is_empty() {
            self.engine.apply_events(&pending).await?;
            summary.replayed = pending.len() as u64;
        }
        EngineInbox::compact(&self.journal)
            .map_err(|e| Error::io(format!("emptying {}", self.journal.display()), e))?;

        let runner = HybridRunner::new(self.engine.clone())
            .entities(self.tables.iter().map(|t| t.entity.clone()).collect())
            .interval(self.config.schedule.reconcile_every)
            .reconcile_on_start(true)
            .spawn();

        let (stop_tx, stop_rx) = watch::channel(false);
        let server = match listener {
            Some(listener) => {
                let inbox = EngineInbox::open(&self.journal, runner.sender())
                    .map_err(|e| Error::io(format!("opening {}", self.journal.display()), e))?
                    .keyed_by(self.source.clone());
                let mut ingress = Ingress::builder(inbox)
                    .verifier(Verifier::new(self.webhook_keys().await?))
                    .clock(self.clock.clone());
                if !self.config.state.in_memory() && !self.target.is_embedded_sandbox() {
                    let seen = SqliteReplayStore::open(
                        &self.config.state.path,
                        Duration::from_secs(24 * 3600),
                    )
                    .map_err(|e| Error::Config(format!("webhook replay store: {e}")))?;
                    ingress = ingress.replay_store(Arc::new(seen));
                }
                let app = ghl_client::webhooks::server::router_at(WEBHOOK_PATH, ingress.build());
                let mut stop = stop_rx.clone();
                Some(tokio::spawn(async move {
                    let graceful = async move {
                        let _ = stop.wait_for(|s| *s).await;
                    };
                    if let Err(e) = axum::serve(listener, app)
                        .with_graceful_shutdown(graceful)
                        .await
                    {
                        tracing::error!(error = %e, "webhook listener stopped");
                    }
                }))
            }
            None => None,
        };
        #[cfg(feature = "sandbox")]
        if let (Some(sandbox), Some(addr)) = (&self.sandbox, addr) {
            let url = format!("http://{addr}{WEBHOOK_PATH}");
            crate::demo::CrmUser::new(sandbox)
                .webhook_settings(serde_json::json!({ "url": url }))
                .await?;
        }

        let repairs = self.repair_loop(stop_rx.clone());
        tokio::pin!(repairs);
        tokio::pin!(shutdown);
        let repair_runs = tokio::select! {
            () = &mut shutdown => None,
            runs = &mut repairs => Some(runs),
        };
        let _ = stop_tx.send(true);
        let repair_runs = match repair_runs {
            Some(runs) => runs,
            None => repairs.await,
        };
        if let Some(server) = server {
            let _ = server.await;
        }
        let runner = runner
            .shutdown()
            .await
            .map_err(|e| Error::Config(e.to_string()))?;
        EngineInbox::compact(&self.journal)
            .map_err(|e| Error::io(format!("emptying {}", self.journal.display()), e))?;
        if self.target.is_embedded_sandbox() {
            let _ = std::fs::remove_file(&self.journal);
        }
        summary.reconciliations = runner.reconciliations;
        summary.events_received = runner.events_received;
        summary.groups_applied = runner.groups_applied;
        summary.duplicates = runner.duplicates;
        summary.failures = runner.failures;
        summary.errors = runner.errors;
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

    /// Repairs on schedule until told to stop; returns each repair's outcome.
    async fn repair_loop(&self, mut stop: watch::Receiver<bool>) -> Vec<Result<RepairRun, Error>> {
        let mut runs = Vec::new();
        let every = self.config.schedule.repair_every;
        if every.is_zero() {
            let _ = stop.wait_for(|s| *s).await;
            return runs;
        }
        loop {
            tokio::select! {
                _ = stop.wait_for(|s| *s) => return runs,
                () = self.clock.sleep(every) => {}
            }
            let run = self.repair().await;
            if let Err(e) = &run {
                tracing::warn!(error = %e, "scheduled repair failed");
            }
            runs.push(run);
        }
    }
}
