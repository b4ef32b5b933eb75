//! The admin address: an axum router over [`AdminSources`], apart from the webhook
//! listener.
//!
//! | Path | Answer |
//! |---|---|
//! | `/metrics` | OpenMetrics text ([`super::metrics`]) |
//! | `/healthz` | `200 ok`: the process answers |
//! | `/readyz` | `200 ready` or `503 not ready`, then one line per check |
//! | `/` | the status page ([`super::page`]) |
//! | `/status.json` | the [`Dashboard`] behind the page |

use std::future::Future;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use chrono::{DateTime, Utc};
use ghl_client::GhlClient;
use ghl_client::webhooks::IngressStats;
use ghl_notion_runtime::SharedClock;
use notion_activity::NotionClient;
use sync_core::{QueueGauge, StateStore};
use tokio::net::TcpListener;
use tokio::sync::watch;

use super::collector::Observer;
use super::dashboard::{
    Dashboard, HeadroomBar, Readiness, ReadyCheck, RunKind, RunOutcome, RunRow, TableRow,
    WebhookCounts,
};
use super::metrics::{ApiReading, GhlReading, Scrape};
use crate::doctor::Verdict;
use crate::error::Error;
use crate::service::{MirroredTable, RunReport};

/// How long a credential check is trusted before `/readyz` checks again (in the
/// background; the answer meanwhile is the last one).
pub const CREDENTIALS_TTL: Duration = Duration::from_secs(60);
/// How long `/readyz` waits for one check.
pub const CHECK_TIMEOUT: Duration = Duration::from_secs(5);
/// The meta key `/readyz` writes to prove the state store takes writes.
const META_READYZ: &str = "ghl-notion.readyz";

/// The webhook listener, as the admin address sees it.
#[derive(Clone)]
pub struct WebhookProbe {
    /// Where webhooks are answered.
    pub url: String,
    /// Whether the listener task still runs.
    pub alive: Arc<AtomicBool>,
    /// Deliveries by outcome.
    pub stats: Arc<dyn Fn() -> IngressStats + Send + Sync>,
}

impl std::fmt::Debug for WebhookProbe {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookProbe")
            .field("url", &self.url)
            .field("alive", &self.alive.load(Ordering::Relaxed))
            .finish_non_exhaustive()
    }
}

/// Everything the admin address reads.
pub struct AdminSources {
    pub(crate) observer: Observer,
    pub(crate) ghl: GhlClient,
    pub(crate) notion: NotionClient,
    pub(crate) location: String,
    pub(crate) store: Arc<dyn StateStore>,
    pub(crate) tables: Vec<MirroredTable>,
    pub(crate) target: String,
    pub(crate) state: String,
    pub(crate) clock: SharedClock,
    pub(crate) webhooks: Option<WebhookProbe>,
    pub(crate) webhooks_enabled: bool,
    pub(crate) queue: Mutex<Option<QueueGauge>>,
    pub(crate) unready_after: Duration,
    credentials: tokio::sync::Mutex<Option<(Instant, Vec<ReadyCheck>)>>,
    refreshing: AtomicBool,
}

impl std::fmt::Debug for AdminSources {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AdminSources")
            .field("target", &self.target)
            .field("state", &self.state)
            .field("webhooks", &self.webhooks)
            .finish_non_exhaustive()
    }
}

/// What [`AdminSources::new`] needs besides the service's parts.
#[derive(Debug, Clone)]
pub(crate) struct AdminParts {
    pub(crate) observer: Observer,
    pub(crate) webhooks: Option<WebhookProbe>,
    pub(crate) webhooks_enabled: bool,
    pub(crate) unready_after: Duration,
}

impl AdminSources {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        parts: AdminParts,
        ghl: GhlClient,
        notion: NotionClient,
        store: Arc<dyn StateStore>,
        tables: Vec<MirroredTable>,
        target: String,
        state: String,
        clock: SharedClock,
    ) -> Self {
        let location = ghl.location_id().map(|l| l.to_string()).unwrap_or_default();
        Self {
            observer: parts.observer,
            ghl,
            notion,
            location,
            store,
            tables,
            target,
            state,
            clock,
            webhooks: parts.webhooks,
            webhooks_enabled: parts.webhooks_enabled,
            queue: Mutex::new(None),
            unready_after: parts.unready_after,
            credentials: tokio::sync::Mutex::new(None),
            refreshing: AtomicBool::new(false),
        }
    }

    /// Reads the runner's queue from now on.
    pub(crate) fn set_queue(&self, gauge: QueueGauge) {
        *self.queue.lock().unwrap_or_else(PoisonError::into_inner) = Some(gauge);
    }

    fn queue_depth(&self) -> u64 {
        self.queue
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .as_ref()
            .map_or(0, QueueGauge::queued)
    }

    /// `/readyz`'s checks, in order: state store, GHL and Notion credentials, webhook
    /// listener, reconciliation.
    pub async fn readiness(self: &Arc<Self>) -> Readiness {
        let mut checks = vec![self.store_check().await];
        checks.extend(self.credential_checks().await);
        checks.push(listener_check(
            self.webhooks.as_ref(),
            self.webhooks_enabled,
        ));
        checks.push(reconciliation_check(&self.observer, self.unready_after));
        Readiness {
            ready: checks.iter().all(|c| c.ok),
            checks,
        }
    }

    async fn store_check(&self) -> ReadyCheck {
        let name = "state store";
        let now = DateTime::<Utc>::from(self.clock.wall()).to_rfc3339();
        let probe = async {
            self.store.set_meta(META_READYZ, now).await?;
            self.store.meta(META_READYZ).await
        };
        match self.within(probe).await {
            Some(Ok(Some(_))) => check(name, true, format!("{} takes writes", self.state)),
            Some(Ok(None)) => check(name, false, "a write did not read back".to_owned()),
            Some(Err(e)) => check(name, false, format!("{} refused a write: {e}", self.state)),
            None => check(name, false, no_answer(&self.state)),
        }
    }

    /// The last credential checks while fresh; stale ones are answered while a check runs
    /// in the background; the first call waits for one.
    async fn credential_checks(self: &Arc<Self>) -> Vec<ReadyCheck> {
        let now = self.clock.now();
        let cached = self.credentials.lock().await.clone();
        match cached {
            Some((at, checks)) if now.saturating_duration_since(at) < CREDENTIALS_TTL => checks,
            Some((_, checks)) => {
                if !self.refreshing.swap(true, Ordering::AcqRel) {
                    let this = Arc::clone(self);
                    tokio::spawn(async move {
                        this.check_credentials().await;
                        this.refreshing.store(false, Ordering::Release);
                    });
                }
                checks
            }
            None => self.check_credentials().await,
        }
    }

    async fn check_credentials(&self) -> Vec<ReadyCheck> {
        let mut slot = self.credentials.lock().await;
        // Another caller may have checked while this one waited for the lock.
        if let Some((at, checks)) = slot.as_ref()
            && self.clock.now().saturating_duration_since(*at) < CREDENTIALS_TTL
        {
            return checks.clone();
        }
        let ghl = match self.within(crate::doctor::ghl_credentials(&self.ghl)).await {
            Some((c, _)) => doctor_check("ghl credentials", c),
            None => check("ghl credentials", false, no_answer("GHL")),
        };
        let notion = match self
            .within(crate::doctor::notion_credentials(&self.notion))
            .await
        {
            Some(c) => doctor_check("notion credentials", c),
            None => check("notion credentials", false, no_answer("Notion")),
        };
        let checks = vec![ghl, notion];
        *slot = Some((self.clock.now(), checks.clone()));
        checks
    }

    /// Runs `f`, giving up after [`CHECK_TIMEOUT`] on the service's clock.
    async fn within<T>(&self, f: impl Future<Output = T>) -> Option<T> {
        tokio::select! {
            out = f => Some(out),
            () = self.clock.sleep(CHECK_TIMEOUT) => None,
        }
    }

    /// Every reading `/metrics` shows, now.
    pub async fn scrape(self: &Arc<Self>) -> Scrape {
        let now = self.clock.wall();
        let apis = vec![
            ApiReading {
                api: "ghl",
                metrics: self.ghl.metrics(),
                breaker: self.ghl.circuit_state(),
                window: self.ghl.window_headroom(&self.location),
            },
            ApiReading {
                api: "notion",
                metrics: self.notion.metrics(),
                breaker: self.notion.circuit_state(),
                window: self.notion.window_headroom(),
            },
        ];
        let status = self.ghl.rate_limit_status(&self.location);
        let ghl = GhlReading {
            location: self.location.clone(),
            daily_remaining: self.ghl.daily_remaining(&self.location),
            daily_limit: self.daily_limit(status),
            status,
            token_expires_in: self.ghl.token_expires_at(&self.location).map(|at| {
                match at.duration_since(now) {
                    Ok(left) => left.as_secs_f64(),
                    Err(past) => -past.duration().as_secs_f64(),
                }
            }),
        };
        let intents_pending = self
            .within(self.store.pending_intents())
            .await
            .and_then(Result::ok)
            .map(|v| v.len() as u64);
        let ready = self.readiness().await.ready;
        Scrape {
            apis,
            ghl,
            counters: self.observer.counters(),
            webhooks: self.webhooks.as_ref().map(|w| (w.stats)()),
            queue_depth: self.queue_depth(),
            intents_pending,
            rows: self
                .rows()
                .await
                .into_iter()
                .map(|t| (t.entity, t.rows))
                .collect(),
            uptime: self.observer.uptime(),
            ready,
        }
    }

    async fn rows(&self) -> Vec<TableRow> {
        let mut out = Vec::new();
        for t in &self.tables {
            let rows = self
                .within(self.store.count_rows(&t.table))
                .await
                .and_then(Result::ok)
                .unwrap_or(0);
            out.push(TableRow {
                entity: t.entity.to_string(),
                title: t.title.clone(),
                rows,
            });
        }
        out
    }

    /// The status page's data, now.
    pub async fn dashboard(self: &Arc<Self>) -> Dashboard {
        let readiness = self.readiness().await;
        let mut runs = self.observer.runs();
        runs.extend(self.stored_runs().await);
        runs.sort_by_key(|r| std::cmp::Reverse(r.started_at));
        runs.truncate(super::collector::KEPT_RUNS);
        let scrape_webhooks = self.webhooks.as_ref().map(|w| (w.stats)());
        let counters = self.observer.counters();
        let groups = |outcome: &str| -> u64 {
            counters
                .groups
                .iter()
                .filter(|((_, o), _)| *o == outcome)
                .map(|(_, n)| n)
                .sum()
        };
        let webhooks = WebhookCounts {
            accepted: scrape_webhooks.map_or(0, |w| w.persisted),
            duplicate: scrape_webhooks.map_or(0, |w| w.duplicate),
            refused: scrape_webhooks.map_or(0, |w| w.rejected()),
            retry_later: scrape_webhooks.map_or(0, |w| w.retry_later),
            applied: groups("applied"),
            failed: groups("failed"),
        };
        Dashboard {
            generated_at: DateTime::<Utc>::from(self.clock.wall()),
            target: self.target.clone(),
            state: self.state.clone(),
            uptime: self.observer.uptime(),
            refresh_secs: super::page::DEFAULT_REFRESH_SECS,
            readiness,
            tables: self.rows().await,
            runs,
            failures: self.observer.failures(),
            headroom: self.headroom(),
            writes_per_minute: self.observer.writes_per_minute(),
            webhooks,
            queue_depth: self.queue_depth(),
            pending_intents: self
                .within(self.store.pending_intents())
                .await
                .and_then(Result::ok)
                .map_or(0, |v| v.len() as u64),
        }
    }

    /// GHL's daily budget: its header when it has answered, the configured limit until then.
    fn daily_limit(&self, status: Option<ghl_client::RateLimitStatus>) -> Option<u64> {
        status
            .and_then(|s| s.daily_limit)
            .or(self.ghl.config().rate_limits.daily_limit)
    }

    fn headroom(&self) -> Vec<HeadroomBar> {
        let status = self.ghl.rate_limit_status(&self.location);
        let local = self.ghl.window_headroom(&self.location);
        // GHL's own count when it has answered; the client's until then.
        let (remaining, max) = match status {
            Some(s) if s.remaining.is_some() => (s.remaining, s.max.or(Some(local.max))),
            _ => (Some(local.remaining()), Some(local.max)),
        };
        let notion = self.notion.window_headroom();
        vec![
            HeadroomBar {
                api: "ghl".into(),
                window: format!("{} s window", local.window.as_secs()),
                remaining,
                max,
            },
            HeadroomBar {
                api: "ghl".into(),
                window: "today".into(),
                remaining: self.ghl.daily_remaining(&self.location),
                max: self.daily_limit(status),
            },
            HeadroomBar {
                api: "notion".into(),
                window: match notion.window.as_secs() {
                    1 => "per second".into(),
                    n => format!("{n} s window"),
                },
                remaining: Some(notion.remaining()),
                max: Some(notion.max),
            },
        ]
    }

    /// The runs kept in the state (`ghl-notion sync`'s, and an earlier `serve`'s rounds;
    /// this one's are in the observer already).
    async fn stored_runs(&self) -> Vec<RunRow> {
        let Some(Ok(Some(json))) = self
            .within(self.store.meta(crate::service::META_RUNS))
            .await
        else {
            return Vec::new();
        };
        let runs: Vec<RunReport> = serde_json::from_str(&json).unwrap_or_default();
        let since = self.observer.started_at();
        runs.iter()
            .filter(|r| !(r.served && r.started_at.is_some_and(|at| at >= since)))
            .filter_map(stored_row)
            .collect()
    }
}

/// The webhook listener: answering while its task runs; fine when webhooks are off.
fn listener_check(webhooks: Option<&WebhookProbe>, enabled: bool) -> ReadyCheck {
    let name = "webhook listener";
    match webhooks {
        Some(w) if w.alive.load(Ordering::Acquire) => {
            check(name, true, format!("answering at {}", w.url))
        }
        Some(w) => check(name, false, format!("the listener at {} stopped", w.url)),
        None if enabled => check(name, false, "not started yet".to_owned()),
        None => check(
            name,
            true,
            "webhooks are off (webhooks.enabled = false)".to_owned(),
        ),
    }
}

/// Reconciliation: failing for `limit` or longer in a row fails the check.
fn reconciliation_check(observer: &Observer, limit: Duration) -> ReadyCheck {
    let name = "reconciliation";
    let last_error = || {
        observer
            .failures()
            .into_iter()
            .next()
            .map(|f| format!("; last error: {}", f.error))
            .unwrap_or_default()
    };
    match observer.failing_for() {
        Some(failing) if failing >= limit => check(
            name,
            false,
            format!(
                "failing for {} ({} rounds in a row, limit admin.unready_after = {}){}",
                crate::config::duration_text::format(round_secs(failing)),
                observer.failed_in_a_row(),
                crate::config::duration_text::format(limit),
                last_error()
            ),
        ),
        Some(failing) => check(
            name,
            true,
            format!(
                "the last {} rounds failed, for {} so far (not ready after {})",
                observer.failed_in_a_row(),
                crate::config::duration_text::format(round_secs(failing)),
                crate::config::duration_text::format(limit)
            ),
        ),
        None => match observer
            .runs()
            .iter()
            .find(|r| r.kind == RunKind::Reconcile)
        {
            Some(run) => check(
                name,
                true,
                format!("the last round ended {}", outcome_text(run.outcome)),
            ),
            None => check(name, true, "no round has finished yet".to_owned()),
        },
    }
}

/// A run kept in the state as a [`RunRow`]: a `sync`, or a `serve` round.
fn stored_row(r: &RunReport) -> Option<RunRow> {
    let sum = |f: fn(&sync_core::SyncReport) -> u64| r.entities.iter().map(f).sum::<u64>();
    let outcome = if !r.complete {
        RunOutcome::Failed
    } else if r.is_clean() {
        RunOutcome::Ok
    } else {
        RunOutcome::Partial
    };
    Some(RunRow {
        started_at: r.started_at?,
        kind: if r.served {
            RunKind::Reconcile
        } else {
            RunKind::Sync
        },
        outcome,
        duration: r.duration,
        entities: r
            .entities
            .iter()
            .filter_map(|e| e.entity.as_ref().map(|k| k.as_str().to_owned()))
            .collect::<Vec<_>>()
            .join(", "),
        seen: sum(|e| e.seen),
        created: sum(|e| e.created),
        updated: sum(|e| e.updated),
        trashed: sum(|e| e.trashed),
        failed: sum(|e| e.failed),
    })
}

fn check(name: &str, ok: bool, detail: String) -> ReadyCheck {
    ReadyCheck {
        name: name.to_owned(),
        ok,
        detail,
    }
}

fn doctor_check(name: &str, c: crate::doctor::Check) -> ReadyCheck {
    let ok = c.outcome != Verdict::Fail;
    let detail = match (ok, c.fix) {
        (false, Some(fix)) => format!("{} (fix: {fix})", c.detail),
        _ => c.detail,
    };
    check(name, ok, detail)
}

fn no_answer(what: &str) -> String {
    format!("no answer from {what} within {} s", CHECK_TIMEOUT.as_secs())
}

fn round_secs(d: Duration) -> Duration {
    Duration::from_secs(d.as_secs())
}

fn outcome_text(outcome: RunOutcome) -> &'static str {
    match outcome {
        RunOutcome::Ok => "ok",
        RunOutcome::Partial => "with some records failed",
        RunOutcome::Failed => "failed",
    }
}

/// The admin router over `sources`.
pub fn router(sources: Arc<AdminSources>) -> Router {
    Router::new()
        .route("/", get(page))
        .route("/status.json", get(status_json))
        .route("/metrics", get(metrics))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .with_state(sources)
}

async fn healthz() -> &'static str {
    "ok\n"
}

async fn readyz(State(sources): State<Arc<AdminSources>>) -> Response {
    let readiness = sources.readiness().await;
    let mut body = String::from(if readiness.ready {
        "ready\n"
    } else {
        "not ready\n"
    });
    for c in &readiness.checks {
        let mark = if c.ok { "ok  " } else { "FAIL" };
        body.push_str(&format!("{mark} {}: {}\n", c.name, c.detail));
    }
    let status = match readiness.ready {
        true => StatusCode::OK,
        false => StatusCode::SERVICE_UNAVAILABLE,
    };
    (status, [(header::CACHE_CONTROL, "no-store")], body).into_response()
}

async fn metrics(State(sources): State<Arc<AdminSources>>) -> Response {
    let text = sources.scrape().await.encode();
    (
        [
            (header::CONTENT_TYPE, super::metrics::CONTENT_TYPE),
            (header::CACHE_CONTROL, "no-store"),
        ],
        text,
    )
        .into_response()
}

/// The query of `/`: `refresh=N` reloads every N seconds, `refresh=0` stops it.
#[derive(Debug, Default, serde::Deserialize)]
struct PageQuery {
    refresh: Option<String>,
}

async fn page(
    State(sources): State<Arc<AdminSources>>,
    axum::extract::Query(query): axum::extract::Query<PageQuery>,
) -> Response {
    let mut dashboard = sources.dashboard().await;
    dashboard.refresh_secs = super::page::refresh_from_query(query.refresh.as_deref());
    (
        [(header::CACHE_CONTROL, "no-store")],
        Html(super::page::render(&dashboard)),
    )
        .into_response()
}

async fn status_json(State(sources): State<Arc<AdminSources>>) -> Response {
    let dashboard = sources.dashboard().await;
    ([(header::CACHE_CONTROL, "no-store")], axum::Json(dashboard)).into_response()
}

/// A running admin server; dropping it stops it.
#[derive(Debug)]
pub struct AdminServer {
    addr: SocketAddr,
    stop: watch::Sender<bool>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl AdminServer {
    /// Serves [`router`] on `listener` until stopped.
    pub fn start(listener: TcpListener, sources: Arc<AdminSources>) -> Result<Self, Error> {
        let addr = listener
            .local_addr()
            .map_err(|e| Error::io("reading the admin address", e))?;
        let (stop, mut stopped) = watch::channel(false);
        let app = router(sources);
        let task = tokio::spawn(async move {
            let graceful = async move {
                let _ = stopped.wait_for(|s| *s).await;
            };
            if let Err(e) = axum::serve(listener, app)
                .with_graceful_shutdown(graceful)
                .await
            {
                tracing::error!(error = %e, "admin listener stopped");
            }
        });
        Ok(Self {
            addr,
            stop,
            task: Some(task),
        })
    }

    /// The base URL, e.g. `http://127.0.0.1:3001/`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// Stops accepting and waits for requests in flight.
    pub async fn stop(mut self) {
        let _ = self.stop.send(true);
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for AdminServer {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ghl_notion_runtime::ManualClock;
    use sync_core::runner::{RoundOutcome, RunnerObserver as _};
    use sync_core::{EntityKind, SyncError, SyncReport};

    fn probe(alive: bool) -> WebhookProbe {
        WebhookProbe {
            url: "http://127.0.0.1:3000/webhooks/ghl".into(),
            alive: Arc::new(AtomicBool::new(alive)),
            stats: Arc::new(IngressStats::default),
        }
    }

    #[test]
    fn the_listener_is_ready_while_it_runs_or_when_webhooks_are_off() {
        let up = listener_check(Some(&probe(true)), true);
        assert!(up.ok);
        assert!(up.detail.contains("127.0.0.1:3000"), "{}", up.detail);
        let down = listener_check(Some(&probe(false)), true);
        assert!(!down.ok);
        assert!(down.detail.contains("stopped"), "{}", down.detail);
        assert!(!listener_check(None, true).ok, "on, and not started");
        let off = listener_check(None, false);
        assert!(off.ok);
        assert!(off.detail.contains("webhooks.enabled = false"));
        assert_eq!(off.name, "webhook listener");
    }

    #[test]
    fn reconciliation_fails_the_check_once_it_has_failed_for_the_limit() {
        let clock = ManualClock::new();
        let observer = Observer::new(clock.shared());
        let limit = Duration::from_secs(30 * 60);
        let fresh = reconciliation_check(&observer, limit);
        assert!(fresh.ok);
        assert!(fresh.detail.contains("no round"), "{}", fresh.detail);

        let good = vec![(
            EntityKind::new("contact"),
            Ok(SyncReport::new(EntityKind::new("contact"))),
        )];
        observer.round_finished(&RoundOutcome::new(Duration::ZERO, &good));
        let ok = reconciliation_check(&observer, limit);
        assert!(ok.ok && ok.detail.contains("ended ok"), "{}", ok.detail);

        let bad = vec![(
            EntityKind::new("contact"),
            Err(SyncError::Config("notion down".into())),
        )];
        clock.advance(Duration::from_secs(29 * 60));
        observer.round_finished(&RoundOutcome::new(Duration::ZERO, &bad));
        let failing = reconciliation_check(&observer, limit);
        assert!(
            failing.ok,
            "29 minutes is under the limit: {}",
            failing.detail
        );
        assert!(
            failing.detail.contains("1 rounds failed"),
            "{}",
            failing.detail
        );

        clock.advance(Duration::from_secs(60));
        let over = reconciliation_check(&observer, limit);
        assert!(!over.ok, "30 minutes is the limit");
        assert!(over.detail.contains("failing for 30m"), "{}", over.detail);
        assert!(
            over.detail.contains("admin.unready_after"),
            "{}",
            over.detail
        );
        assert!(
            over.detail.contains("notion down"),
            "the last error: {}",
            over.detail
        );

        observer.round_finished(&RoundOutcome::new(Duration::ZERO, &good));
        assert!(reconciliation_check(&observer, limit).ok, "healed");
    }

    #[test]
    fn a_doctor_check_becomes_a_readiness_check_with_its_fix() {
        let failed = crate::doctor::Check {
            name: "ghl credentials".into(),
            outcome: Verdict::Fail,
            detail: "GHL refused GHL_API_KEY (401)".into(),
            fix: Some("make a new private integration token".into()),
        };
        let c = doctor_check("ghl credentials", failed);
        assert!(!c.ok);
        assert_eq!(
            c.detail,
            "GHL refused GHL_API_KEY (401) (fix: make a new private integration token)"
        );
        let warned = crate::doctor::Check {
            name: "x".into(),
            outcome: Verdict::Warn,
            detail: "slow".into(),
            fix: Some("wait".into()),
        };
        let c = doctor_check("x", warned);
        assert!(c.ok, "a warning is ready");
        assert_eq!(c.detail, "slow");
    }

    #[test]
    fn stored_runs_read_as_rows() {
        let mut contact = SyncReport::new(EntityKind::new("contact"));
        contact.seen = 4;
        contact.created = 3;
        contact.updated = 1;
        let mut report = RunReport {
            started_at: Some(DateTime::<Utc>::from(std::time::UNIX_EPOCH)),
            complete: true,
            entities: vec![contact],
            ..RunReport::default()
        };
        let row = stored_row(&report).expect("a row");
        assert_eq!(row.kind, RunKind::Sync);
        assert_eq!(row.outcome, RunOutcome::Ok);
        assert_eq!((row.seen, row.created, row.updated), (4, 3, 1));
        assert_eq!(row.entities, "contact");
        report.entities[0].failed = 1;
        assert_eq!(
            stored_row(&report).map(|r| r.outcome),
            Some(RunOutcome::Partial)
        );
        report.complete = false;
        assert_eq!(
            stored_row(&report).map(|r| r.outcome),
            Some(RunOutcome::Failed)
        );
        report.started_at = None;
        assert_eq!(
            stored_row(&report),
            None,
            "a run without a start is not shown"
        );
    }
}
