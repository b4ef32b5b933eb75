//! The hybrid demo: the whole product on the embedded sandbox, with a simulated CRM user and
//! GHL's lossy webhooks, ending in a check that the mirror matches GHL.
//!
//! [`run`] starts a [`SyncService`] on the embedded sandbox and serves it (webhook ingress plus
//! scheduled reconciliation) while a [`CrmUser`] makes changes through the sandbox's control
//! API: new leads, edits, notes, tasks, deals moved and won, a lead deleted. The sandbox
//! delivers the webhooks those changes emit the way GHL does, here with some dropped and some
//! duplicated on purpose. When the deliveries have settled the service shuts down (applying
//! every event it acknowledged), one full reconciliation heals what the dropped webhooks
//! missed, and every mirrored table is compared with GHL record by record.
//!
//! This is what `ghl-notion demo` and `cargo run --example hybrid_sync` run. It needs no
//! credentials and takes a few seconds.
//!
//! ```no_run
//! use ghl_notion::demo::{self, DemoOptions};
//!
//! # async fn run() -> Result<(), ghl_notion::Error> {
//! let report = demo::run(DemoOptions::default()).await?;
//! println!("{report}");
//! assert!(report.mirror_matches());
//! # Ok(()) }
//! ```
//!
//! To draw progress while it runs, start it with [`Demo::start`] and watch
//! [`Demo::progress`] before calling [`Demo::run`].

mod crm;
mod report;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use futures_util::TryStreamExt;
use sync_core::SyncError;
use sync_core::progress::Progress;
use sync_core::sink::Sink;
use tokio::sync::{broadcast, oneshot, watch};

pub use crm::{CrmSnapshot, CrmUser, WebhookCounts};
pub use report::{DemoReport, MirrorCheck, RequestCounts};

use crate::config::Config;
use crate::error::Error;
use crate::service::{
    ENV_GHL_API_KEY, MirroredTable, SyncMode, SyncService, credentials_in_env, default_sandbox,
};

/// How long to wait for the service to point the sandbox's webhooks at itself.
const SUBSCRIBE_TIMEOUT: Duration = Duration::from_secs(15);
/// How long to wait for the service's first reconciliation.
const FIRST_PASS_TIMEOUT: Duration = Duration::from_secs(120);
/// How long to wait for the sandbox's last webhook deliveries after the last change.
const SETTLE_TIMEOUT: Duration = Duration::from_secs(10);

/// What the demo plays (see the [module docs](self)).
#[derive(Debug, Clone, PartialEq)]
pub struct DemoOptions {
    /// Changes the simulated CRM user makes (default 28).
    pub changes: usize,
    /// Share of webhooks the sandbox drops on purpose, `0.0..=1.0` (default 0.15).
    pub drop_rate: f64,
    /// Share of webhooks the sandbox sends twice, `0.0..=1.0` (default 0.10).
    pub duplicate_rate: f64,
    /// Contacts in the sandbox at start (default 40).
    pub contacts: usize,
    /// Opportunities in the sandbox at start (default 12).
    pub opportunities: usize,
    /// Seed of the sandbox's data and of its delivery chaos (default 7).
    pub seed: u64,
    /// How many times faster than real time the sandbox and the clients run (default 10):
    /// GHL's and Notion's rate limits keep their shape in sandbox time.
    pub time_scale: f64,
    /// Real time between two CRM changes (default 250 ms).
    pub pace: Duration,
    /// How often the service reconciles while serving, in sandbox time (default 1 h: the
    /// demo reconciles when it starts serving and once more at the end, and the CRM user plays
    /// in between). A scheduled round during the play would write records while their webhooks
    /// are applied; see the note on [`Demo::run`].
    pub reconcile_every: Duration,
}

impl Default for DemoOptions {
    fn default() -> Self {
        Self {
            changes: 28,
            drop_rate: 0.15,
            duplicate_rate: 0.10,
            contacts: 40,
            opportunities: 12,
            seed: 7,
            time_scale: 10.0,
            pace: Duration::from_millis(250),
            reconcile_every: Duration::from_secs(3600),
        }
    }
}

impl DemoOptions {
    fn validate(&self) -> Result<(), Error> {
        for (name, rate) in [
            ("drop_rate", self.drop_rate),
            ("duplicate_rate", self.duplicate_rate),
        ] {
            if !(0.0..=1.0).contains(&rate) {
                return Err(Error::Config(format!(
                    "demo {name} is {rate}; it is a share between 0.0 and 1.0"
                )));
            }
        }
        if !(self.time_scale.is_finite() && self.time_scale > 0.0) {
            return Err(Error::Config(format!(
                "demo time_scale is {}; it must be above 0",
                self.time_scale
            )));
        }
        if self.reconcile_every.is_zero() {
            return Err(Error::Config(
                "demo reconcile_every must be longer than 0s".to_owned(),
            ));
        }
        Ok(())
    }
}

/// Where the demo is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// The service starts serving: webhooks are pointed at it and it reconciles in full.
    Starting,
    /// The service serves while the CRM user makes changes.
    Serving,
    /// The last webhooks are being delivered and applied.
    Settling,
    /// The final full reconciliation.
    Reconciling,
    /// Comparing the mirror with GHL.
    Checking,
    /// Finished.
    Done,
}

impl std::fmt::Display for Stage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Starting => "starting",
            Self::Serving => "serving",
            Self::Settling => "settling",
            Self::Reconciling => "reconciling",
            Self::Checking => "checking",
            Self::Done => "done",
        })
    }
}

/// A snapshot of the demo's progress, for a one-line display.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DemoProgress {
    /// Where the demo is.
    pub stage: Stage,
    /// CRM changes made so far.
    pub changes_played: usize,
    /// CRM changes to make.
    pub changes: usize,
    /// The last change made.
    pub last_change: Option<String>,
    /// The engine's last progress update (reconciliations).
    pub sync: Option<Progress>,
}

impl std::fmt::Display for DemoProgress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:<11} CRM changes {:>3}/{:<3}",
            self.stage.to_string(),
            self.changes_played,
            self.changes
        )?;
        if let Some(p) = &self.sync {
            write!(
                f,
                " · sync {}: seen {} · written {} · unchanged {}",
                p.entity,
                p.seen,
                p.created + p.updated + p.trashed,
                p.unchanged
            )?;
        }
        Ok(())
    }
}

/// A demo started on the embedded sandbox, not yet played (see the [module docs](self)).
#[derive(Debug)]
pub struct Demo {
    options: DemoOptions,
    service: SyncService,
    progress: watch::Sender<DemoProgress>,
}

/// Starts the demo and plays it: `Demo::start(options).await?.run().await`.
pub async fn run(options: DemoOptions) -> Result<DemoReport, Error> {
    Demo::start(options).await?.run().await
}

impl Demo {
    /// Starts the embedded sandbox and a [`SyncService`] on it (finding or creating its
    /// Notion tables). Refuses to start when `GHL_API_KEY` is set, since the service would
    /// then run against your real account while the CRM user plays in the sandbox.
    pub async fn start(options: DemoOptions) -> Result<Self, Error> {
        options.validate()?;
        if credentials_in_env() {
            return Err(Error::Config(format!(
                "the demo plays a CRM user in the embedded sandbox, but {ENV_GHL_API_KEY} is set, which would point the service at your real account; run the demo without it (`env -u {ENV_GHL_API_KEY} ghl-notion demo`)"
            )));
        }
        let mut sandbox = default_sandbox()
            .with_seed(options.seed)
            .with_contacts(options.contacts)
            .with_opportunities(options.opportunities)
            .with_time_scale(options.time_scale);
        sandbox.webhooks.drop_rate = options.drop_rate;
        sandbox.webhooks.duplicate_rate = options.duplicate_rate;

        let mut config = Config::default();
        config.schedule.reconcile_every = options.reconcile_every;
        config.schedule.repair_every = Duration::ZERO;
        config.state.path = ":memory:".into();
        // Any free port; the journal goes to a fresh private directory of this service's
        // own (two demos may share a process).
        config.webhooks.listen = "127.0.0.1:0".to_owned();

        let service = SyncService::builder()
            .config(config)
            .sandbox(sandbox)
            .build()
            .await?;
        if service.sandbox().is_none() {
            return Err(Error::Sandbox(
                "the service did not start on the embedded sandbox".to_owned(),
            ));
        }
        let (progress, _) = watch::channel(DemoProgress {
            stage: Stage::Starting,
            changes_played: 0,
            changes: options.changes,
            last_change: None,
            sync: None,
        });
        Ok(Self {
            options,
            service,
            progress,
        })
    }

    /// The service under demonstration.
    pub fn service(&self) -> &SyncService {
        &self.service
    }

    /// Progress updates until the demo ends.
    pub fn progress(&self) -> watch::Receiver<DemoProgress> {
        self.progress.subscribe()
    }

    fn stage(&self, stage: Stage) {
        self.progress.send_modify(|p| p.stage = stage);
    }

    /// Plays the demo: serves while the CRM user makes its changes, waits for the last
    /// deliveries, shuts the service down, reconciles in full once more and compares every
    /// mirrored table with GHL.
    ///
    /// The CRM user starts once the first reconciliation has finished, and by default no
    /// scheduled round falls inside the play: sync-core's `HybridRunner` polls a running round
    /// only between event groups, so an event group waiting for the key lock of a record the
    /// paused round is writing would wait forever.
    pub async fn run(self) -> Result<DemoReport, Error> {
        let started = Instant::now();
        let service = &self.service;
        let sandbox = service
            .sandbox()
            .ok_or_else(|| Error::Sandbox("the demo runs on the embedded sandbox".to_owned()))?;
        let crm = CrmUser::new(sandbox);
        let forward = tokio::spawn(forward_progress(
            service.engine().subscribe(),
            self.progress.clone(),
        ));

        let (stop, stopped) = oneshot::channel::<()>();
        let serve = service.serve(async {
            let _ = stopped.await;
        });
        let play = async {
            // Sending `stop` (or dropping it on an early error) ends `serve` gracefully.
            let stop = stop;
            crm.wait_until_subscribed(SUBSCRIBE_TIMEOUT).await?;
            wait_for_first_pass(service, FIRST_PASS_TIMEOUT).await?;
            self.stage(Stage::Serving);
            let played = crm
                .play(self.options.changes, self.options.pace, |what| {
                    self.progress.send_modify(|p| {
                        p.changes_played += 1;
                        p.last_change = Some(what.to_owned());
                    });
                })
                .await?;
            self.stage(Stage::Settling);
            crm.wait_for_deliveries(SETTLE_TIMEOUT).await?;
            let _ = stop.send(());
            Ok::<_, Error>(played)
        };
        let (served, played) = tokio::join!(serve, play);
        let served = served?;
        let played = played?;

        self.stage(Stage::Reconciling);
        let final_run = service.run_once(SyncMode::Full).await?;
        forward.abort();

        self.stage(Stage::Checking);
        let snapshot = crm.snapshot().await?;
        let mut tables = Vec::new();
        for table in service.tables() {
            tables.push(check_table(service, &snapshot, table).await?);
        }
        let webhooks = crm.webhook_counts().await?;
        let mut requests = BTreeMap::new();
        for (api, m) in [
            ("ghl", service.ghl().metrics()),
            ("notion", service.notion().metrics()),
        ] {
            requests.insert(
                api.to_owned(),
                RequestCounts {
                    requests: m.requests,
                    retries: m.retries,
                    throttled: m.throttled,
                },
            );
        }
        self.stage(Stage::Done);
        Ok(DemoReport {
            changes_played: played.len(),
            changes: played,
            webhooks,
            events_received: served.events_received,
            events_applied: served.groups_applied,
            duplicates_ignored: served.duplicates,
            reconciliations: served.reconciliations + 1,
            failures: served.failures + final_run.failed(),
            errors: served
                .errors
                .into_iter()
                .chain(final_run.errors())
                .collect(),
            final_run,
            tables,
            requests,
            seconds: started.elapsed().as_secs_f64(),
            time_scale: self.options.time_scale,
        })
    }
}

/// Compares one mirrored table with GHL: every record has exactly one live row, and no live
/// row lacks its record.
async fn check_table(
    service: &SyncService,
    snapshot: &CrmSnapshot,
    table: &MirroredTable,
) -> Result<MirrorCheck, Error> {
    let records = snapshot.ids(&table.entity).unwrap_or_default();
    let rows: Vec<String> = service
        .sink()
        .load_index(&table.table)
        .try_filter(|row| std::future::ready(!row.trashed))
        .map_ok(|row| row.key)
        .try_collect()
        .await
        .map_err(|e| Error::Sync(SyncError::Sink(e)))?;
    Ok(MirrorCheck::compare(
        table.entity.to_string(),
        table.title.clone(),
        &records,
        &rows,
    ))
}

/// Waits until every mirrored table of `service` has finished its first reconciliation (a
/// full pass), at most `timeout` (real time). A CRM user that starts playing only then never
/// changes a record while that pass writes it (see the note on [`Demo::run`]).
pub async fn wait_for_first_pass(service: &SyncService, timeout: Duration) -> Result<(), Error> {
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        let status = service.status().await?;
        let done = status
            .tables
            .iter()
            .all(|t| t.runs.last_full_pass.is_some() || t.runs.needs_full);
        if done {
            return Ok(());
        }
        if tokio::time::Instant::now() >= deadline {
            return Err(Error::Sandbox(format!(
                "the first reconciliation did not finish within {timeout:?}"
            )));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Copies the engine's progress updates into the demo's until the engine stops sending.
async fn forward_progress(
    mut engine: broadcast::Receiver<Progress>,
    demo: watch::Sender<DemoProgress>,
) {
    loop {
        match engine.recv().await {
            Ok(p) => demo.send_modify(|d| d.sync = Some(p)),
            Err(broadcast::error::RecvError::Lagged(_)) => {}
            Err(broadcast::error::RecvError::Closed) => break,
        }
    }
}
