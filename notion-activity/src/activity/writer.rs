//! [`ActivityWriter`]: delivers logged events in the background, through a bounded queue and
//! a durable [`Outbox`].
//!
//! - [`WriterHandle::log`] validates the event, persists it to the outbox and returns: a slow
//!   Notion never blocks the caller. If the in-memory queue is full the event is still safe in
//!   the outbox and the worker picks it up from there.
//! - The worker drains the queue, appending events one at a time (the client's limiter paces
//!   them, and the client's pipeline is the only thing that repeats an HTTP attempt). When a
//!   delivery fails, the drain stops: the event stays in the outbox and the next drain, every
//!   [`WriterOptions::redrain_every`] on the injected clock, starts with it, first looking
//!   the row up by Event ID so nothing is duplicated. Events Notion rejects (validation
//!   errors) become dead letters with the error.
//! - On start, events still pending in the outbox (a crash, a restart) are delivered first,
//!   each looked up before being created.
//! - [`WriterHandle::flush`] waits until everything logged before it is delivered or
//!   dead-lettered; [`WriterHandle::shutdown`] delivers what it can without further retries
//!   and stops, leaving the rest in the outbox for the next start.

use std::collections::{HashSet, VecDeque};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use tokio::sync::{Notify, mpsc, oneshot};
use tokio::task::JoinHandle;

use crate::activity::event::{ActivityEvent, EventId};
use crate::activity::log::{ActivityLog, AppendOutcome};
use crate::activity::outbox::{DeadLetter, Outbox, OutboxError};

/// Settings of the background writer.
#[derive(Debug, Clone)]
pub struct WriterOptions {
    /// Events held in memory between `log` and the worker (default 1,024). Beyond it events
    /// wait in the outbox only.
    pub queue_capacity: usize,
    /// Time between a failed delivery and the next drain of the outbox (default 30 s). Each
    /// drain tries the failed event once more (looking it up first); the client has already
    /// retried its requests as far as its retry policy allows.
    pub redrain_every: Duration,
    /// Look every event up by Event ID before creating it, not only after failures and on
    /// recovery (default `false`: it doubles the requests per event).
    pub always_check_first: bool,
}

impl Default for WriterOptions {
    fn default() -> Self {
        Self {
            queue_capacity: 1024,
            redrain_every: Duration::from_secs(30),
            always_check_first: false,
        }
    }
}

/// Why [`WriterHandle::log`] or [`WriterHandle::flush`] failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WriterError {
    /// The event is invalid (e.g. an empty Event ID); nothing was stored.
    #[error("invalid event: {0}")]
    Invalid(String),
    /// The outbox could not store the event; it was not accepted.
    #[error(transparent)]
    Outbox(#[from] OutboxError),
    /// The writer has stopped. (An event stored before this was returned is delivered on
    /// the next start.)
    #[error("the activity writer has stopped")]
    Closed,
}

/// Counters of one writer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriterStats {
    /// Rows created.
    pub created: u64,
    /// Events whose row already existed (found by Event ID).
    pub already_present: u64,
    /// Events rejected by Notion and kept as dead letters.
    pub dead: u64,
    /// Failed deliveries left in the outbox for the next drain.
    pub retries: u64,
    /// Events not queued in memory because the queue was full (picked up from the outbox).
    pub overflowed: u64,
}

/// What [`WriterHandle::shutdown`] left behind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ShutdownReport {
    /// The writer's counters at the end.
    pub stats: WriterStats,
    /// Events still pending in the outbox (delivered on the next start).
    pub pending: usize,
}

#[derive(Debug, Default)]
struct Counters {
    created: AtomicU64,
    already_present: AtomicU64,
    dead: AtomicU64,
    retries: AtomicU64,
    overflowed: AtomicU64,
}

impl Counters {
    fn snapshot(&self) -> WriterStats {
        WriterStats {
            created: self.created.load(Ordering::Relaxed),
            already_present: self.already_present.load(Ordering::Relaxed),
            dead: self.dead.load(Ordering::Relaxed),
            retries: self.retries.load(Ordering::Relaxed),
            overflowed: self.overflowed.load(Ordering::Relaxed),
        }
    }
}

enum Command {
    Event(Box<ActivityEvent>),
    Flush(oneshot::Sender<()>),
    Shutdown(oneshot::Sender<()>),
}

/// Starts background writers.
#[derive(Debug)]
pub struct ActivityWriter;

impl ActivityWriter {
    /// Starts a writer for `log` on the current Tokio runtime. Events pending in `outbox`
    /// are delivered first.
    pub fn spawn(
        log: ActivityLog,
        outbox: Arc<dyn Outbox>,
        options: WriterOptions,
    ) -> WriterHandle {
        let (tx, rx) = mpsc::channel(options.queue_capacity.max(1));
        // Recovery: whatever a previous run left, read now (before any new event can be
        // logged) and looked up before being created.
        let recovered = outbox.pending().unwrap_or_else(|e| {
            tracing::error!(error = %e, "could not read the outbox; pending events wait for the next rescan");
            Vec::new()
        });
        if !recovered.is_empty() {
            tracing::info!(
                count = recovered.len(),
                "delivering events left in the outbox"
            );
        }
        let shared = Arc::new(Shared {
            overflow: AtomicBool::new(false),
            wake: Notify::new(),
            counters: Counters::default(),
        });
        let worker = Worker {
            log,
            outbox: Arc::clone(&outbox),
            options,
            shared: Arc::clone(&shared),
            rx,
            queue: VecDeque::new(),
            queued: HashSet::new(),
            done: HashSet::new(),
            done_order: VecDeque::new(),
            flushes: Vec::new(),
            shutdown: None,
        };
        let mut worker = worker;
        for event in recovered {
            worker.push(event, true);
        }
        let task = tokio::spawn(worker.run());
        WriterHandle {
            tx,
            outbox,
            shared,
            task: std::sync::Mutex::new(Some(task)),
        }
    }
}

#[derive(Debug)]
struct Shared {
    overflow: AtomicBool,
    wake: Notify,
    counters: Counters,
}

/// The handle of a running writer.
#[derive(Debug)]
pub struct WriterHandle {
    tx: mpsc::Sender<Command>,
    outbox: Arc<dyn Outbox>,
    shared: Arc<Shared>,
    task: std::sync::Mutex<Option<JoinHandle<()>>>,
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, OutboxError> + Send + 'static,
) -> Result<T, WriterError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| WriterError::Outbox(OutboxError::Other(e.to_string())))?
        .map_err(WriterError::Outbox)
}

impl WriterHandle {
    /// Persists `event` and queues it for delivery; returns once it is safe in the outbox.
    /// An event whose Event ID the outbox already holds or delivered is accepted and ignored.
    pub async fn log(&self, event: ActivityEvent) -> Result<(), WriterError> {
        if event.event_id.as_str().trim().is_empty() {
            return Err(WriterError::Invalid(
                "an activity event needs an Event ID".into(),
            ));
        }
        let outbox = Arc::clone(&self.outbox);
        let stored = event.clone();
        let new = blocking(move || outbox.enqueue(&stored)).await?;
        if !new {
            tracing::debug!(event_id = %event.event_id, "event already in the outbox: ignored");
            return Ok(());
        }
        match self.tx.try_send(Command::Event(Box::new(event))) {
            Ok(()) => Ok(()),
            Err(mpsc::error::TrySendError::Full(_)) => {
                self.shared
                    .counters
                    .overflowed
                    .fetch_add(1, Ordering::Relaxed);
                self.shared.overflow.store(true, Ordering::SeqCst);
                self.shared.wake.notify_one();
                Ok(())
            }
            Err(mpsc::error::TrySendError::Closed(_)) => Err(WriterError::Closed),
        }
    }

    /// Waits until every event logged before this call is delivered or dead-lettered. While
    /// Notion keeps failing this keeps waiting; bound it with `tokio::time::timeout` if needed.
    pub async fn flush(&self) -> Result<(), WriterError> {
        let (tx, rx) = oneshot::channel();
        self.tx
            .send(Command::Flush(tx))
            .await
            .map_err(|_| WriterError::Closed)?;
        rx.await.map_err(|_| WriterError::Closed)
    }

    /// Stops the writer: events already queued get one more attempt each while Notion
    /// answers; whatever is left stays in the outbox for the next start.
    pub async fn shutdown(&self) -> ShutdownReport {
        let (tx, rx) = oneshot::channel();
        if self.tx.send(Command::Shutdown(tx)).await.is_ok() {
            let _ = rx.await;
        }
        let task = self
            .task
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take();
        if let Some(task) = task {
            let _ = task.await;
        }
        let outbox = Arc::clone(&self.outbox);
        let pending = blocking(move || outbox.pending())
            .await
            .map_or(0, |p| p.len());
        ShutdownReport {
            stats: self.stats(),
            pending,
        }
    }

    /// Stops the worker at once, as a crash would: nothing more is written, undelivered
    /// events stay in the outbox.
    pub fn abort(&self) {
        if let Some(task) = self
            .task
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take()
        {
            task.abort();
        }
    }

    /// The writer's counters.
    pub fn stats(&self) -> WriterStats {
        self.shared.counters.snapshot()
    }

    /// Events Notion rejected, with the errors.
    pub async fn dead_letters(&self) -> Result<Vec<DeadLetter>, WriterError> {
        let outbox = Arc::clone(&self.outbox);
        blocking(move || outbox.dead_letters()).await
    }
}

/// Ids of delivered events the worker remembers, against a copy arriving late.
const REMEMBER_DONE: usize = 65_536;

struct Worker {
    log: ActivityLog,
    outbox: Arc<dyn Outbox>,
    options: WriterOptions,
    shared: Arc<Shared>,
    rx: mpsc::Receiver<Command>,
    /// Events to deliver, with whether to look them up first.
    queue: VecDeque<(ActivityEvent, bool)>,
    queued: HashSet<EventId>,
    done: HashSet<EventId>,
    done_order: VecDeque<EventId>,
    flushes: Vec<oneshot::Sender<()>>,
    shutdown: Option<oneshot::Sender<()>>,
}

enum Delivery {
    Done,
    Failed,
}

impl Worker {
    async fn run(mut self) {
        let mut closed = false;
        loop {
            while let Ok(cmd) = self.rx.try_recv() {
                self.handle(cmd);
            }
            if self.shared.overflow.swap(false, Ordering::SeqCst) || !self.flushes.is_empty() {
                self.rescan().await;
            }
            if let Some((event, check_first)) = self.queue.pop_front() {
                let stopping = self.shutdown.is_some() || closed;
                if let Delivery::Failed = self.deliver(&event, check_first).await {
                    // Whatever happened, the row may exist now: look it up next time.
                    self.queue.push_front((event, true));
                    if stopping {
                        // Shutting down with Notion failing: leave the rest in the outbox.
                        break;
                    }
                    self.shared.counters.retries.fetch_add(1, Ordering::Relaxed);
                    self.wait_for_next_drain(&mut closed).await;
                    if self.shutdown.is_some() {
                        break;
                    }
                }
                continue;
            }
            for flush in self.flushes.drain(..) {
                let _ = flush.send(());
            }
            if self.shutdown.is_some() || closed {
                break;
            }
            tokio::select! {
                cmd = self.rx.recv() => match cmd {
                    Some(cmd) => self.handle(cmd),
                    None => closed = true,
                },
                _ = self.shared.wake.notified() => {}
            }
        }
        if let Some(done) = self.shutdown.take() {
            let _ = done.send(());
        }
    }

    fn handle(&mut self, cmd: Command) {
        match cmd {
            Command::Event(event) => self.push(*event, self.options.always_check_first),
            Command::Flush(tx) => self.flushes.push(tx),
            Command::Shutdown(tx) => self.shutdown = Some(tx),
        }
    }

    fn push(&mut self, event: ActivityEvent, check_first: bool) {
        let id = event.event_id.clone();
        if self.done.contains(&id) || !self.queued.insert(id) {
            return;
        }
        self.queue.push_back((event, check_first));
    }

    async fn rescan(&mut self) {
        let outbox = Arc::clone(&self.outbox);
        match blocking(move || outbox.pending()).await {
            Ok(pending) => {
                for event in pending {
                    self.push(event, self.options.always_check_first);
                }
            }
            Err(e) => tracing::error!(error = %e, "could not read the outbox"),
        }
    }

    fn remember(&mut self, id: EventId) {
        self.queued.remove(&id);
        if self.done.insert(id.clone()) {
            self.done_order.push_back(id);
        }
        while self.done_order.len() > REMEMBER_DONE {
            if let Some(old) = self.done_order.pop_front() {
                self.done.remove(&old);
            }
        }
    }

    /// Waits [`WriterOptions::redrain_every`] on the injected clock, handling commands
    /// meanwhile; returns early on shutdown or when every handle is gone.
    async fn wait_for_next_drain(&mut self, closed: &mut bool) {
        let clock = Arc::clone(self.log.client().clock());
        let mut next_drain = clock.sleep(self.options.redrain_every);
        while self.shutdown.is_none() && !*closed {
            tokio::select! {
                _ = &mut next_drain => return,
                cmd = self.rx.recv() => match cmd {
                    Some(cmd) => self.handle(cmd),
                    None => *closed = true,
                },
            }
        }
    }

    /// Delivers one event: one [`ActivityLog::append`], which looks the row up first when
    /// `check_first` and after an unknown outcome.
    async fn deliver(&mut self, event: &ActivityEvent, check_first: bool) -> Delivery {
        let id = event.event_id.clone();
        match self.log.append(event, check_first).await {
            Ok(outcome) => {
                let counter = match &outcome {
                    AppendOutcome::Created(_) => &self.shared.counters.created,
                    AppendOutcome::AlreadyPresent(_) => &self.shared.counters.already_present,
                };
                counter.fetch_add(1, Ordering::Relaxed);
                let outbox = Arc::clone(&self.outbox);
                let (eid, page) = (id.clone(), outcome.page_id().clone());
                if let Err(e) = blocking(move || outbox.mark_delivered(&eid, Some(&page))).await {
                    // The row exists; on the next start the lookup finds it.
                    tracing::error!(event_id = %id, error = %e, "could not record a delivery");
                }
                self.remember(id);
                Delivery::Done
            }
            Err(e) if e.is_rejection() => {
                tracing::error!(event_id = %id, error = %e, "Notion rejected an event: dead letter");
                self.shared.counters.dead.fetch_add(1, Ordering::Relaxed);
                let outbox = Arc::clone(&self.outbox);
                let (eid, msg) = (id.clone(), e.to_string());
                if let Err(e) = blocking(move || outbox.mark_dead(&eid, &msg)).await {
                    tracing::error!(event_id = %id, error = %e, "could not record a dead letter");
                }
                self.remember(id);
                Delivery::Done
            }
            Err(e) => {
                tracing::warn!(
                    event_id = %id,
                    error = %e,
                    next_drain_ms = self.options.redrain_every.as_millis() as u64,
                    "delivery failed; left in the outbox for the next drain"
                );
                Delivery::Failed
            }
        }
    }
}
