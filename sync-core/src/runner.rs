//! The hybrid runner: scheduled reconciliation plus pushed events, in one task.
//!
//! Webhooks are fast but lossy (a failed delivery is not retried, and one change can fire
//! several events), while reconciliation is complete but slow. The runner does both:
//!
//! - every `interval` on the injected clock it reconciles each configured entity kind, one
//!   reconciliation at a time (a tick that comes while one runs is skipped, not queued);
//! - events arrive on a bounded channel (a full channel makes senders wait: backpressure);
//!   events about one record within `collapse_window` are applied together, so a burst costs
//!   one fetch and one write, while each event still gets its own activity row;
//! - stale and duplicate events are skipped by the engine;
//! - the runner has no retry loop of its own: every call inside the engine goes through its
//!   one retry policy ([`EngineOptions::retry`](crate::engine::EngineOptions::retry)). An
//!   event group that still fails is applied again on the schedule, one `interval` later
//!   (at most three applications in all), and the reconciliation in between mirrors its
//!   record anyway;
//! - [`RunnerHandle::shutdown`] stops intake, applies everything queued, waits for a running
//!   reconciliation and returns a summary.
//!
//! ```
//! use std::sync::Arc;
//! use std::time::Duration;
//! use sync_core::engine::Engine;
//! use sync_core::record::{EntityKind, EventKind, SourceEvent};
//! use sync_core::runner::HybridRunner;
//! use sync_core::state::MemoryStore;
//! use sync_core::strategy::ReferenceStrategy;
//! use sync_core::testing::{FakeSink, FakeSource};
//!
//! # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
//! let source = Arc::new(FakeSource::new());
//! source.set(EntityKind::new("contact"), "c-1", "Ada");
//! let sink = Arc::new(FakeSink::new());
//! let engine = Arc::new(Engine::builder()
//!     .source(source.clone()).sink(sink.clone()).store(Arc::new(MemoryStore::new()))
//!     .strategy(Arc::new(ReferenceStrategy::new().table(EntityKind::new("contact"), "contacts")))
//!     .build().unwrap());
//! let handle = HybridRunner::new(engine)
//!     .entities(vec![EntityKind::new("contact")])
//!     .interval(Duration::from_secs(3600))
//!     .spawn();
//! handle.send(SourceEvent::new("e1", EntityKind::new("contact"), "c-1", EventKind::Updated)).await.unwrap();
//! let summary = handle.shutdown().await.unwrap();
//! assert_eq!(summary.events_received, 1);
//! assert_eq!(sink.live_rows(&"contacts".into()).len(), 1);
//! # });
//! ```

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use tokio::sync::{broadcast, mpsc};
use tokio::task::{JoinError, JoinHandle};

use crate::engine::Engine;
use crate::error::{Outcome, SyncError};
use crate::progress::Progress;
use crate::record::{EntityKind, SourceEvent};
use crate::report::{Applied, SyncReport, keep_error};

/// Applications of a collapsed event group (the later ones on the schedule, one interval
/// apart) before it is left to reconciliation.
const GROUP_APPLICATIONS: u32 = 3;

/// Runner settings.
#[derive(Debug, Clone)]
pub struct RunnerOptions {
    /// Entity kinds to reconcile on schedule.
    pub entities: Vec<EntityKind>,
    /// Time between reconciliations.
    pub interval: Duration,
    /// Whether to reconcile right after starting.
    pub reconcile_on_start: bool,
    /// Events about one record arriving within this window are applied together.
    pub collapse_window: Duration,
    /// Capacity of the event channel.
    pub channel_capacity: usize,
}

impl Default for RunnerOptions {
    fn default() -> Self {
        Self {
            entities: Vec::new(),
            interval: Duration::from_secs(15 * 60),
            reconcile_on_start: true,
            collapse_window: Duration::from_secs(2),
            channel_capacity: 1024,
        }
    }
}

/// What a runner did, returned by [`RunnerHandle::shutdown`].
#[derive(Debug, Clone, Default)]
pub struct RunnerSummary {
    /// Reconciliation rounds finished (each covers every configured entity kind).
    pub reconciliations: u64,
    /// The last report per entity kind.
    pub last_reports: BTreeMap<EntityKind, SyncReport>,
    /// Events received.
    pub events_received: u64,
    /// Collapsed groups applied (one fetch-and-write each).
    pub groups_applied: u64,
    /// Events skipped as duplicates.
    pub duplicates: u64,
    /// Mirror applications skipped as stale.
    pub stale: u64,
    /// Failures (reconciliations and event groups).
    pub failures: u64,
    /// Writes whose effect stayed unknown, in reconciliations and event groups: when
    /// non-zero, a drift repair is due.
    pub unknown_outcomes: u64,
    /// The first few failure messages.
    pub errors: Vec<String>,
}

impl RunnerSummary {
    fn fail(&mut self, message: String) {
        self.failures += 1;
        keep_error(&mut self.errors, message);
    }
}

/// Hooks a running [`HybridRunner`] calls as it works, for metrics and status pages. Every
/// method has an empty default; they are called on the runner's task, so keep them quick
/// (count, store, or hand off to a channel) and never block.
pub trait RunnerObserver: Send + Sync {
    /// A reconciliation round finished: each entity kind's report or error, and how long
    /// the round took on the engine's clock.
    fn round_finished(&self, round: &RoundOutcome<'_>) {
        let _ = round;
    }

    /// An event group about one record was applied.
    fn group_applied(&self, entity: &EntityKind, record_id: &str, applied: &Applied) {
        let _ = (entity, record_id, applied);
    }

    /// An event group failed; `retrying` says whether it will be applied again later (else
    /// it is left to reconciliation and counted in [`RunnerSummary::failures`]).
    fn group_failed(
        &self,
        entity: &EntityKind,
        record_id: &str,
        error: &SyncError,
        retrying: bool,
    ) {
        let _ = (entity, record_id, error, retrying);
    }
}

/// One finished reconciliation round, as a [`RunnerObserver`] sees it.
#[derive(Debug)]
#[non_exhaustive]
pub struct RoundOutcome<'a> {
    /// How long the round took, on the engine's clock.
    pub duration: Duration,
    /// Each entity kind's report, or the error that stopped its reconciliation.
    pub results: &'a [(EntityKind, Result<SyncReport, SyncError>)],
}

impl<'a> RoundOutcome<'a> {
    /// A round that took `duration` and ended with `results` (for observers' tests).
    pub fn new(
        duration: Duration,
        results: &'a [(EntityKind, Result<SyncReport, SyncError>)],
    ) -> Self {
        Self { duration, results }
    }
}

/// An observer that does nothing.
struct Unobserved;

impl RunnerObserver for Unobserved {}

/// The runner is gone (shut down or panicked).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the sync runner has stopped")]
pub struct RunnerClosed;

enum Control {
    ReconcileNow,
    Shutdown,
}

/// Scheduled reconciliation plus pushed events; see the [module docs](self).
#[derive(Debug)]
pub struct HybridRunner {
    engine: Arc<Engine>,
    options: RunnerOptions,
    observer: Arc<dyn RunnerObserver>,
}

impl std::fmt::Debug for dyn RunnerObserver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RunnerObserver")
    }
}

impl HybridRunner {
    /// A runner over `engine` with default options and no entity kinds.
    pub fn new(engine: Arc<Engine>) -> Self {
        Self {
            engine,
            options: RunnerOptions::default(),
            observer: Arc::new(Unobserved),
        }
    }

    /// Calls `observer` as rounds finish and event groups are applied or fail (default:
    /// nobody).
    pub fn observer(mut self, observer: Arc<dyn RunnerObserver>) -> Self {
        self.observer = observer;
        self
    }

    /// All options at once.
    pub fn options(mut self, options: RunnerOptions) -> Self {
        self.options = options;
        self
    }

    /// Entity kinds to reconcile on schedule.
    pub fn entities(mut self, entities: Vec<EntityKind>) -> Self {
        self.options.entities = entities;
        self
    }

    /// Time between reconciliations.
    pub fn interval(mut self, interval: Duration) -> Self {
        self.options.interval = interval;
        self
    }

    /// The burst-collapsing window.
    pub fn collapse_window(mut self, window: Duration) -> Self {
        self.options.collapse_window = window;
        self
    }

    /// Capacity of the event channel.
    pub fn channel_capacity(mut self, capacity: usize) -> Self {
        self.options.channel_capacity = capacity;
        self
    }

    /// Whether to reconcile right after starting.
    pub fn reconcile_on_start(mut self, on: bool) -> Self {
        self.options.reconcile_on_start = on;
        self
    }

    /// Starts the runner on the current tokio runtime.
    pub fn spawn(self) -> RunnerHandle {
        let channel = mpsc::channel(self.options.channel_capacity.max(1));
        self.spawn_on(channel)
    }

    /// Starts the runner on a channel made before it, e.g. by a webhook receiver that
    /// started answering (and queueing) while the engine was still being built. Events
    /// already in the channel are applied first. The channel's capacity replaces
    /// [`channel_capacity`](Self::channel_capacity).
    pub fn spawn_on(
        self,
        (events_tx, events_rx): (mpsc::Sender<SourceEvent>, mpsc::Receiver<SourceEvent>),
    ) -> RunnerHandle {
        let (control_tx, control_rx) = mpsc::channel(8);
        let progress = self.engine.subscribe();
        let unknown = Arc::new(AtomicU64::new(0));
        let waiting = Arc::new(AtomicU64::new(0));
        let task = Task {
            engine: self.engine,
            options: self.options,
            observer: self.observer,
            pending: BTreeMap::new(),
            summary: RunnerSummary::default(),
            unknown: Arc::clone(&unknown),
            waiting: Arc::clone(&waiting),
        };
        let join = tokio::spawn(task.run(events_rx, control_rx));
        RunnerHandle {
            events: events_tx,
            control: control_tx,
            join,
            progress,
            unknown,
            waiting,
        }
    }
}

/// Talks to a running [`HybridRunner`].
#[derive(Debug)]
pub struct RunnerHandle {
    events: mpsc::Sender<SourceEvent>,
    control: mpsc::Sender<Control>,
    join: JoinHandle<RunnerSummary>,
    progress: broadcast::Receiver<Progress>,
    unknown: Arc<AtomicU64>,
    waiting: Arc<AtomicU64>,
}

impl std::fmt::Debug for Control {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::ReconcileNow => "ReconcileNow",
            Self::Shutdown => "Shutdown",
        })
    }
}

impl RunnerHandle {
    /// Queues an event, waiting while the channel is full.
    pub async fn send(&self, event: SourceEvent) -> Result<(), RunnerClosed> {
        self.events.send(event).await.map_err(|_| RunnerClosed)
    }

    /// A sender for events (e.g. for a webhook handler).
    pub fn sender(&self) -> mpsc::Sender<SourceEvent> {
        self.events.clone()
    }

    /// Asks for a reconciliation now (skipped if one is running).
    pub async fn reconcile_now(&self) -> Result<(), RunnerClosed> {
        self.control
            .send(Control::ReconcileNow)
            .await
            .map_err(|_| RunnerClosed)
    }

    /// Writes whose outcome stayed unknown so far (rounds and event groups), a running
    /// total: when it grows, a drift repair is owed.
    pub fn unknown_outcomes(&self) -> u64 {
        self.unknown.load(Ordering::Relaxed)
    }

    /// A reading of the runner's queue that can be kept apart from the handle (by a
    /// metrics endpoint, say); it does not keep the channel open.
    pub fn queue_gauge(&self) -> QueueGauge {
        QueueGauge {
            events: self.events.downgrade(),
            waiting: Arc::clone(&self.waiting),
        }
    }

    /// Progress updates of the engine.
    pub fn progress(&self) -> broadcast::Receiver<Progress> {
        self.progress.resubscribe()
    }

    /// Stops intake, applies queued events, waits for a running reconciliation, and
    /// returns the summary.
    pub async fn shutdown(self) -> Result<RunnerSummary, RunnerClosed> {
        // If the task is gone the join below reports it.
        let _ = self.control.send(Control::Shutdown).await;
        drop(self.events);
        self.join.await.map_err(|_| RunnerClosed)
    }
}

/// Reads how many events a runner holds (see [`RunnerHandle::queue_gauge`]). Cheap to
/// clone.
#[derive(Debug, Clone)]
pub struct QueueGauge {
    events: mpsc::WeakSender<SourceEvent>,
    waiting: Arc<AtomicU64>,
}

impl QueueGauge {
    /// Events received and not yet applied: those in the channel plus those waiting in
    /// collapsed groups (for the collapse window, or for another try after a failure).
    pub fn queued(&self) -> u64 {
        let in_channel = self
            .events
            .upgrade()
            .map_or(0, |tx| tx.max_capacity() - tx.capacity());
        in_channel as u64 + self.waiting.load(Ordering::Relaxed)
    }
}

struct PendingGroup {
    events: Vec<SourceEvent>,
    due: Instant,
    attempts: u32,
}

/// What one round did, per entity kind.
type RoundResults = Vec<(EntityKind, Result<SyncReport, SyncError>)>;

/// A reconciliation round, running as its own task: it keeps going (and releases the record
/// locks it takes) while the runner applies events, which may wait for those same locks.
type Round = JoinHandle<(Duration, RoundResults)>;

struct Task {
    engine: Arc<Engine>,
    options: RunnerOptions,
    observer: Arc<dyn RunnerObserver>,
    pending: BTreeMap<(EntityKind, String), PendingGroup>,
    summary: RunnerSummary,
    /// `summary.unknown_outcomes`, readable through the handle while running.
    unknown: Arc<AtomicU64>,
    /// Events in `pending`, readable through the handle while running.
    waiting: Arc<AtomicU64>,
}

impl Task {
    fn round(&self) -> Round {
        let engine = Arc::clone(&self.engine);
        let entities = self.options.entities.clone();
        tokio::spawn(async move {
            let started = engine.clock().now();
            let mut out = Vec::new();
            for entity in entities {
                let report = engine.reconcile(&entity).await;
                out.push((entity, report));
            }
            (engine.clock().now().saturating_duration_since(started), out)
        })
    }

    fn finish_round(&mut self, results: Result<(Duration, RoundResults), JoinError>) {
        let results = match results {
            Ok((duration, results)) => {
                self.observer.round_finished(&RoundOutcome {
                    duration,
                    results: &results,
                });
                results
            }
            Err(e) => {
                self.summary
                    .fail(format!("reconciliation round stopped: {e}"));
                return;
            }
        };
        self.summary.reconciliations += 1;
        for (entity, result) in results {
            match result {
                Ok(report) => {
                    self.add_unknown(report.unknown_outcomes);
                    self.summary.last_reports.insert(entity, report);
                }
                Err(e) => {
                    self.count_unknown(&e);
                    self.summary.fail(format!("reconcile {entity}: {e}"));
                }
            }
        }
    }

    fn count_unknown(&mut self, error: &SyncError) {
        if error.outcome() == Outcome::Unknown {
            self.add_unknown(1);
        }
    }

    fn add_unknown(&mut self, n: u64) {
        self.summary.unknown_outcomes += n;
        self.unknown.fetch_add(n, Ordering::Relaxed);
    }

    fn queue(&mut self, event: SourceEvent) {
        self.summary.events_received += 1;
        let due = later(self.engine.clock().now(), self.options.collapse_window);
        self.pending
            .entry((event.entity.clone(), event.record_id.clone()))
            .or_insert_with(|| PendingGroup {
                events: Vec::new(),
                due,
                attempts: 0,
            })
            .events
            .push(event);
        self.count_waiting();
    }

    fn count_waiting(&self) {
        let waiting = self.pending.values().map(|g| g.events.len() as u64).sum();
        self.waiting.store(waiting, Ordering::Relaxed);
    }

    /// Applies groups that are due (all of them when `all`).
    async fn flush(&mut self, all: bool) {
        let now = self.engine.clock().now();
        let due: Vec<_> = self
            .pending
            .iter()
            .filter(|(_, g)| all || g.due <= now)
            .map(|(k, _)| k.clone())
            .collect();
        for key in due {
            let Some(mut group) = self.pending.remove(&key) else {
                continue;
            };
            group.attempts += 1;
            match self.engine.apply_events(&group.events).await {
                Ok(applied) => {
                    self.observer.group_applied(&key.0, &key.1, &applied);
                    self.summary.groups_applied += 1;
                    self.summary.duplicates += applied.duplicates;
                    self.summary.stale += applied.stale;
                }
                Err(e) if group.attempts < GROUP_APPLICATIONS && !all => {
                    tracing::warn!(entity = %key.0, record = %key.1, error = %e, "event group failed; applying it again on the next interval");
                    self.observer.group_failed(&key.0, &key.1, &e, true);
                    self.count_unknown(&e);
                    group.due = later(now, self.options.interval);
                    self.pending.insert(key, group);
                }
                Err(e) => {
                    self.observer.group_failed(&key.0, &key.1, &e, false);
                    self.count_unknown(&e);
                    self.summary
                        .fail(format!("events for {} {}: {e}", key.0, key.1));
                }
            }
            self.count_waiting();
        }
    }

    async fn run(
        mut self,
        mut events: mpsc::Receiver<SourceEvent>,
        mut control: mpsc::Receiver<Control>,
    ) -> RunnerSummary {
        let clock = Arc::clone(self.engine.clock());
        let mut next_round = if self.options.reconcile_on_start {
            clock.now()
        } else {
            later(clock.now(), self.options.interval)
        };
        let mut forced = false;
        let mut round: Option<Round> = None;
        let mut events_open = true;
        loop {
            let now = clock.now();
            if round.is_none() && !self.options.entities.is_empty() && (forced || now >= next_round)
            {
                round = Some(self.round());
                next_round = later(now, self.options.interval);
                forced = false;
            }
            self.flush(false).await;
            // Wake for the next due group, or the next round when none is running.
            let mut wake = self.pending.values().map(|g| g.due).min();
            if round.is_none() && !self.options.entities.is_empty() {
                wake = Some(wake.map_or(next_round, |w| w.min(next_round)));
            }
            let sleep = wake.map(|w| clock.sleep(w.saturating_duration_since(clock.now())));
            tokio::select! {
                biased;
                ctl = control.recv() => match ctl {
                    Some(Control::ReconcileNow) => forced = true,
                    Some(Control::Shutdown) | None => break,
                },
                ev = events.recv(), if events_open => match ev {
                    Some(ev) => {
                        self.queue(ev);
                        while let Ok(ev) = events.try_recv() {
                            self.queue(ev);
                        }
                    }
                    None => events_open = false,
                },
                results = async { match round.as_mut() { Some(r) => r.await, None => std::future::pending().await } } => {
                    round = None;
                    self.finish_round(results);
                }
                () = async { match sleep { Some(s) => s.await, None => std::future::pending().await } } => {}
            }
        }
        // Drain: take what is queued, apply everything, finish a running round.
        events.close();
        while let Some(ev) = events.recv().await {
            self.queue(ev);
        }
        self.flush(true).await;
        if let Some(r) = round.take() {
            let results = r.await;
            self.finish_round(results);
        }
        self.summary
    }
}

/// `now + wait`, or about a century from now when the sum overflows (a configured
/// `Duration::MAX` means "never", not a panic).
fn later(now: Instant, wait: Duration) -> Instant {
    const CENTURY: Duration = Duration::from_secs(100 * 365 * 24 * 3600);
    now.checked_add(wait)
        .or_else(|| now.checked_add(CENTURY))
        .unwrap_or(now)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_saturates_instead_of_panicking() {
        let now = Instant::now();
        assert_eq!(
            later(now, Duration::from_secs(5)),
            now + Duration::from_secs(5)
        );
        assert!(later(now, Duration::MAX) > now + Duration::from_secs(3600 * 24 * 365));
    }
}
