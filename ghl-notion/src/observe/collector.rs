//! [`Observer`]: what the running service did, kept as it happens — the runs, the failures,
//! the writes per minute and the counters behind `/metrics`.
//!
//! It is the [`RunnerObserver`] of `serve`'s hybrid runner, and repairs report to it too.
//! Memory is bounded: the last [`KEPT_RUNS`] runs, the last [`KEPT_FAILURES`] failures, an
//! hour of minutes, and counters labelled by entity and outcome only (never by record).

use std::collections::{BTreeMap, VecDeque};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use chrono::{DateTime, Utc};
use ghl_notion_runtime::SharedClock;
use sync_core::report::Applied;
use sync_core::runner::{RoundOutcome, RunnerObserver};
use sync_core::{EntityKind, SyncError, SyncReport};

use super::dashboard::{FailureRow, RunKind, RunOutcome, RunRow};
use crate::service::{RepairRun, RunReport, SyncMode};
use sync_core::report::RunMode;
use tokio::sync::mpsc;

/// Runs kept for the status page.
pub const KEPT_RUNS: usize = 20;
/// Failures kept for the status page.
pub const KEPT_FAILURES: usize = 50;
/// Minutes of writes kept for the chart.
pub const CHART_MINUTES: usize = 60;
/// The longest error text kept (longer ones are cut, on a character boundary).
const MAX_ERROR_CHARS: usize = 500;

/// Counts a bounded label set: `(entity, outcome)` → n.
type Tally = BTreeMap<(String, &'static str), u64>;

/// Reconciliation durations per entity: the histogram's bucket bounds in seconds.
pub const DURATION_BUCKETS: [f64; 10] =
    [0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0, 3600.0];

/// One entity's reconciliation durations: counts per bucket (cumulative when read), the
/// sum, and the count.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DurationHistogram {
    /// Observations at or below each bound of [`DURATION_BUCKETS`] (not cumulative).
    pub buckets: [u64; DURATION_BUCKETS.len()],
    /// The sum of every observation, in seconds.
    pub sum: f64,
    /// Observations.
    pub count: u64,
}

impl DurationHistogram {
    fn observe(&mut self, seconds: f64) {
        if let Some(i) = DURATION_BUCKETS.iter().position(|b| seconds <= *b) {
            self.buckets[i] += 1;
        }
        self.sum += seconds;
        self.count += 1;
    }
}

#[derive(Debug, Default)]
struct History {
    runs: VecDeque<RunRow>,
    failures: VecDeque<FailureRow>,
    /// `(minute since the epoch, writes)`, oldest first.
    minutes: VecDeque<(u64, u64)>,
    rounds: Tally,
    records: Tally,
    groups: Tally,
    writes: Tally,
    repairs: BTreeMap<&'static str, u64>,
    durations: BTreeMap<String, DurationHistogram>,
    /// When the last round that did not fail ended (the service's clock).
    last_ok: Option<Instant>,
    last_ok_wall: Option<SystemTime>,
    /// Rounds in a row that failed, up to now.
    failed_in_a_row: u64,
}

/// Everything the observer counted, at one instant (see [`Observer::counters`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Counters {
    /// Reconciliations per `(entity, outcome)`; outcome `ok`, `partial` or `failed`.
    pub rounds: Vec<((String, &'static str), u64)>,
    /// Records per `(entity, result)` over reconciliations: `created`, `updated`,
    /// `trashed`, `unchanged`, `failed`.
    pub records: Vec<((String, &'static str), u64)>,
    /// Webhook event groups per `(entity, outcome)`: `applied`, `retrying`, `failed`.
    pub groups: Vec<((String, &'static str), u64)>,
    /// Notion writes per `(entity, source)`: `reconcile`, `webhook`, `repair`.
    pub writes: Vec<((String, &'static str), u64)>,
    /// Drift repairs per outcome: `ok`, `partial`, `failed`.
    pub repairs: Vec<(&'static str, u64)>,
    /// Reconciliation durations per entity.
    pub durations: Vec<(String, DurationHistogram)>,
    /// When the last round that did not fail ended.
    pub last_ok: Option<SystemTime>,
    /// Rounds in a row that failed.
    pub failed_in_a_row: u64,
}

/// What the running service did; cheap to clone (shared).
#[derive(Clone)]
pub struct Observer {
    inner: Arc<Inner>,
}

struct Inner {
    clock: SharedClock,
    started: Instant,
    started_wall: SystemTime,
    history: Mutex<History>,
    /// Where finished rounds go as run reports, when someone keeps them.
    rounds: Mutex<Option<mpsc::UnboundedSender<RunReport>>>,
}

impl std::fmt::Debug for Observer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Observer").finish_non_exhaustive()
    }
}

impl Observer {
    /// An observer on `clock` (the service's: sandbox time on a time-scaled sandbox).
    pub fn new(clock: SharedClock) -> Self {
        let started = clock.now();
        let started_wall = clock.wall();
        Self {
            inner: Arc::new(Inner {
                clock,
                started,
                started_wall,
                history: Mutex::new(History::default()),
                rounds: Mutex::new(None),
            }),
        }
    }

    /// From now on, each finished reconciliation round is also sent, as a [`RunReport`],
    /// to the receiver returned (`serve` keeps them in the state for `ghl-notion status`).
    pub fn round_reports(&self) -> mpsc::UnboundedReceiver<RunReport> {
        let (tx, rx) = mpsc::unbounded_channel();
        *self
            .inner
            .rounds
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Some(tx);
        rx
    }

    fn history(&self) -> std::sync::MutexGuard<'_, History> {
        self.inner
            .history
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    fn wall(&self) -> SystemTime {
        self.inner.clock.wall()
    }

    /// When the observer was made, on its clock.
    pub fn started_at(&self) -> DateTime<Utc> {
        utc(self.inner.started_wall)
    }

    /// How long since the observer was made, on its clock.
    pub fn uptime(&self) -> Duration {
        self.inner
            .clock
            .now()
            .saturating_duration_since(self.inner.started)
    }

    /// How long the reconciliation has been failing: `None` while the last round did not
    /// fail (or none has finished), else the time since the last round that did not fail
    /// ended (since the start when none did).
    pub fn failing_for(&self) -> Option<Duration> {
        let h = self.history();
        if h.failed_in_a_row == 0 {
            return None;
        }
        let since = h.last_ok.unwrap_or(self.inner.started);
        Some(self.inner.clock.now().saturating_duration_since(since))
    }

    /// Rounds in a row that failed, up to now.
    pub fn failed_in_a_row(&self) -> u64 {
        self.history().failed_in_a_row
    }

    /// The last runs, newest first.
    pub fn runs(&self) -> Vec<RunRow> {
        self.history().runs.iter().cloned().collect()
    }

    /// The last failures, newest first.
    pub fn failures(&self) -> Vec<FailureRow> {
        self.history().failures.iter().cloned().collect()
    }

    /// Writes per minute for the last [`CHART_MINUTES`] minutes, oldest first, ending with
    /// the current minute (zeros where nothing was written).
    pub fn writes_per_minute(&self) -> Vec<u64> {
        let now = minute_of(self.wall());
        let h = self.history();
        per_minute(&h.minutes, now)
    }

    /// Every counter, at once.
    pub fn counters(&self) -> Counters {
        let h = self.history();
        Counters {
            rounds: h.rounds.iter().map(|(k, v)| (k.clone(), *v)).collect(),
            records: h.records.iter().map(|(k, v)| (k.clone(), *v)).collect(),
            groups: h.groups.iter().map(|(k, v)| (k.clone(), *v)).collect(),
            writes: h.writes.iter().map(|(k, v)| (k.clone(), *v)).collect(),
            repairs: h.repairs.iter().map(|(k, v)| (*k, *v)).collect(),
            durations: h
                .durations
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            last_ok: h.last_ok_wall,
            failed_in_a_row: h.failed_in_a_row,
        }
    }

    /// Records a failure that is not about one record (a journal replay, the service).
    pub fn service_failure(&self, area: &str, error: &str) {
        let at = self.wall();
        let mut h = self.history();
        push_failure(&mut h, at, area, None, error);
    }

    /// Records a finished drift repair (or the error that stopped it); `duration` on the
    /// service's clock.
    pub fn repair_finished(&self, run: Result<&RepairRun, &str>, duration: Duration) {
        let at = self.wall();
        let started = at.checked_sub(duration).unwrap_or(at);
        let mut h = self.history();
        let row = match run {
            Ok(run) => {
                let outcome = match run.failed() {
                    0 => RunOutcome::Ok,
                    _ => RunOutcome::Partial,
                };
                for (entity, report) in &run.entities {
                    let writes = report.rewritten
                        + report.restored
                        + report.recreated
                        + report.trashed
                        + report.duplicates_trashed;
                    add_writes(&mut h, at, entity, "repair", writes);
                    for error in &report.errors {
                        push_failure(&mut h, at, entity, record_of(error), error);
                    }
                }
                *h.repairs.entry(outcome_label(outcome)).or_default() += 1;
                RunRow {
                    started_at: utc(started),
                    kind: RunKind::Repair,
                    outcome,
                    duration,
                    entities: join(run.entities.iter().map(|(e, _)| e.as_str())),
                    seen: run.entities.iter().map(|(_, r)| r.checked).sum(),
                    created: run.entities.iter().map(|(_, r)| r.recreated).sum(),
                    updated: run
                        .entities
                        .iter()
                        .map(|(_, r)| r.rewritten + r.restored)
                        .sum(),
                    trashed: run
                        .entities
                        .iter()
                        .map(|(_, r)| r.trashed + r.duplicates_trashed)
                        .sum(),
                    failed: run.failed(),
                }
            }
            Err(error) => {
                push_failure(&mut h, at, "repair", None, error);
                *h.repairs.entry("failed").or_default() += 1;
                RunRow {
                    started_at: utc(started),
                    kind: RunKind::Repair,
                    outcome: RunOutcome::Failed,
                    duration,
                    entities: String::new(),
                    seen: 0,
                    created: 0,
                    updated: 0,
                    trashed: 0,
                    failed: 0,
                }
            }
        };
        push_run(&mut h, row);
    }
}

impl RunnerObserver for Observer {
    fn round_finished(&self, round: &RoundOutcome<'_>) {
        let at = self.wall();
        let now = self.inner.clock.now();
        let started = at.checked_sub(round.duration).unwrap_or(at);
        if let Some(tx) = self
            .inner
            .rounds
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .as_ref()
        {
            let _ = tx.send(run_report(round, utc(started)));
        }
        let mut h = self.history();
        let mut row = RunRow {
            started_at: utc(started),
            kind: RunKind::Reconcile,
            outcome: RunOutcome::Ok,
            duration: round.duration,
            entities: join(round.results.iter().map(|(e, _)| e.as_str())),
            seen: 0,
            created: 0,
            updated: 0,
            trashed: 0,
            failed: 0,
        };
        for (entity, result) in round.results {
            let outcome = entity_outcome(result);
            row.outcome = worse(row.outcome, outcome);
            let name = entity.as_str().to_owned();
            *h.rounds
                .entry((name.clone(), outcome_label(outcome)))
                .or_default() += 1;
            match result {
                Ok(report) => {
                    row.seen += report.seen;
                    row.created += report.created;
                    row.updated += report.updated;
                    row.trashed += report.trashed;
                    row.failed += report.failed;
                    for (label, n) in [
                        ("created", report.created),
                        ("updated", report.updated),
                        ("trashed", report.trashed),
                        ("unchanged", report.unchanged),
                        ("failed", report.failed),
                    ] {
                        *h.records.entry((name.clone(), label)).or_default() += n;
                    }
                    add_writes(&mut h, at, &name, "reconcile", report.writes());
                    h.durations
                        .entry(name.clone())
                        .or_default()
                        .observe(report.duration.as_secs_f64());
                    for error in &report.errors {
                        push_failure(&mut h, at, &name, record_of(error), error);
                    }
                }
                Err(e) => {
                    let error = e.to_string();
                    push_failure(&mut h, at, &name, None, &error);
                }
            }
        }
        if row.outcome == RunOutcome::Failed {
            h.failed_in_a_row += 1;
        } else {
            h.failed_in_a_row = 0;
            h.last_ok = Some(now);
            h.last_ok_wall = Some(at);
        }
        push_run(&mut h, row);
    }

    fn group_applied(&self, entity: &EntityKind, _record_id: &str, applied: &Applied) {
        let at = self.wall();
        let mut h = self.history();
        let name = entity.as_str().to_owned();
        *h.groups.entry((name.clone(), "applied")).or_default() += 1;
        let writes = applied.created + applied.updated + applied.trashed + applied.logged;
        add_writes(&mut h, at, &name, "webhook", writes);
    }

    fn group_failed(
        &self,
        entity: &EntityKind,
        record_id: &str,
        error: &SyncError,
        retrying: bool,
    ) {
        let at = self.wall();
        let mut h = self.history();
        let name = entity.as_str().to_owned();
        let label = if retrying { "retrying" } else { "failed" };
        *h.groups.entry((name.clone(), label)).or_default() += 1;
        let text = match retrying {
            true => format!("{error} (applied again later)"),
            false => format!("{error} (left to reconciliation)"),
        };
        push_failure(&mut h, at, &name, Some(record_id.to_owned()), &text);
    }
}

/// A round as the run report `ghl-notion sync` keeps: an entity whose reconciliation stopped
/// is a report with its error and an incomplete read.
fn run_report(round: &RoundOutcome<'_>, started_at: DateTime<Utc>) -> RunReport {
    // Incremental (the default mode) unless an entity ran a full pass.
    let mut report = RunReport {
        started_at: Some(started_at),
        duration: round.duration,
        complete: true,
        served: true,
        ..RunReport::default()
    };
    for (entity, result) in round.results {
        let entity_report = match result {
            Ok(r) => r.clone(),
            Err(e) => {
                let mut r = SyncReport::new(entity.clone());
                r.source_failed = true;
                r.errors.push(e.to_string());
                r
            }
        };
        if entity_report.mode == RunMode::Full {
            report.mode = SyncMode::Full;
        }
        report.complete &= !entity_report.source_failed;
        report.entities.push(entity_report);
    }
    report
}

/// How one entity's reconciliation went: failed when it returned an error or could not
/// read the source to the end; partial when some records failed; else ok.
fn entity_outcome(result: &Result<SyncReport, SyncError>) -> RunOutcome {
    match result {
        Err(_) => RunOutcome::Failed,
        Ok(r) if r.source_failed => RunOutcome::Failed,
        Ok(r) if r.failed > 0 || r.unknown_outcomes > 0 => RunOutcome::Partial,
        Ok(_) => RunOutcome::Ok,
    }
}

fn worse(a: RunOutcome, b: RunOutcome) -> RunOutcome {
    let rank = |o| match o {
        RunOutcome::Ok => 0,
        RunOutcome::Partial => 1,
        RunOutcome::Failed => 2,
    };
    if rank(b) > rank(a) { b } else { a }
}

/// The metric label of an outcome.
pub fn outcome_label(outcome: RunOutcome) -> &'static str {
    match outcome {
        RunOutcome::Ok => "ok",
        RunOutcome::Partial => "partial",
        RunOutcome::Failed => "failed",
    }
}

fn push_run(h: &mut History, row: RunRow) {
    h.runs.push_front(row);
    h.runs.truncate(KEPT_RUNS);
}

fn push_failure(
    h: &mut History,
    at: SystemTime,
    entity: &str,
    record: Option<String>,
    error: &str,
) {
    h.failures.push_front(FailureRow {
        at: utc(at),
        entity: entity.to_owned(),
        record,
        error: clip(&ghl_notion_runtime::redact::redact(error, &[])),
    });
    h.failures.truncate(KEPT_FAILURES);
}

fn add_writes(h: &mut History, at: SystemTime, entity: &str, source: &'static str, n: u64) {
    if n == 0 {
        return;
    }
    *h.writes.entry((entity.to_owned(), source)).or_default() += n;
    let minute = minute_of(at);
    match h.minutes.back_mut() {
        Some((m, count)) if *m == minute => *count += n,
        // A clock that stepped back adds to the newest minute rather than reorder.
        Some((m, count)) if *m > minute => *count += n,
        _ => h.minutes.push_back((minute, n)),
    }
    while h
        .minutes
        .front()
        .is_some_and(|(m, _)| *m + CHART_MINUTES as u64 <= minute)
    {
        h.minutes.pop_front();
    }
}

/// The last [`CHART_MINUTES`] minutes ending with `now`, oldest first.
fn per_minute(minutes: &VecDeque<(u64, u64)>, now: u64) -> Vec<u64> {
    let mut out = vec![0; CHART_MINUTES];
    for (minute, count) in minutes {
        if let Some(age) = now.checked_sub(*minute)
            && age < CHART_MINUTES as u64
        {
            out[CHART_MINUTES - 1 - age as usize] += count;
        }
    }
    out
}

fn minute_of(at: SystemTime) -> u64 {
    at.duration_since(UNIX_EPOCH).unwrap_or_default().as_secs() / 60
}

fn utc(at: SystemTime) -> DateTime<Utc> {
    DateTime::<Utc>::from(at)
}

fn join<'a>(names: impl Iterator<Item = &'a str>) -> String {
    names.collect::<Vec<_>>().join(", ")
}

/// The record a failure message names, when it starts with one: the engine's messages
/// read `<record id>: <error>` for failures about one record, and `source: …`, `sink: …`
/// and the like for the others.
fn record_of(error: &str) -> Option<String> {
    const NOT_RECORDS: [&str; 5] = ["source", "sink", "state store", "configuration", "repair"];
    let (head, _) = error.split_once(": ")?;
    let plausible = !NOT_RECORDS.contains(&head)
        && !head.is_empty()
        && head.len() <= 64
        && head
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':' | '/'));
    plausible.then(|| head.to_owned())
}

fn clip(text: &str) -> String {
    match text.char_indices().nth(MAX_ERROR_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ghl_notion_runtime::ManualClock;
    use sync_core::report::RepairReport;

    fn clock() -> ManualClock {
        // 2026-12-01 00:00:00 UTC, on a minute boundary.
        ManualClock::starting_at(UNIX_EPOCH + Duration::from_secs(1_796_083_200))
    }

    fn report(entity: &str, created: u64, failed: &[&str]) -> SyncReport {
        let mut r = SyncReport::new(EntityKind::new(entity));
        r.seen = created + failed.len() as u64;
        r.created = created;
        r.duration = Duration::from_millis(1_500);
        for e in failed {
            r.fail(*e);
        }
        r
    }

    fn count(tally: &[((String, &'static str), u64)], entity: &str, label: &str) -> u64 {
        tally
            .iter()
            .find(|((e, l), _)| e == entity && *l == label)
            .map_or(0, |(_, n)| *n)
    }

    #[test]
    fn a_failed_round_counts_until_one_succeeds() {
        let clock = clock();
        let observer = Observer::new(clock.shared());
        assert_eq!(observer.failing_for(), None, "nothing has failed yet");
        let results = vec![
            (EntityKind::new("contact"), Ok(report("contact", 3, &[]))),
            (
                EntityKind::new("opportunity"),
                Err(SyncError::Config("no pipeline".into())),
            ),
        ];
        clock.advance(Duration::from_secs(30));
        observer.round_finished(&RoundOutcome::new(Duration::from_secs(2), &results));
        assert_eq!(observer.failed_in_a_row(), 1);
        assert_eq!(observer.failing_for(), Some(Duration::from_secs(30)));
        let run = &observer.runs()[0];
        assert_eq!(run.outcome, RunOutcome::Failed);
        assert_eq!((run.created, run.seen), (3, 3));
        assert_eq!(run.entities, "contact, opportunity");
        assert_eq!(run.duration, Duration::from_secs(2));
        let failure = &observer.failures()[0];
        assert_eq!(failure.entity, "opportunity");
        assert_eq!(failure.record, None);
        assert!(failure.error.contains("no pipeline"), "{failure:?}");
        let c = observer.counters();
        assert_eq!(count(&c.rounds, "contact", "ok"), 1);
        assert_eq!(count(&c.rounds, "opportunity", "failed"), 1);
        assert_eq!(count(&c.records, "contact", "created"), 3);
        assert_eq!(count(&c.writes, "contact", "reconcile"), 3);
        assert_eq!(c.last_ok, None);

        clock.advance(Duration::from_secs(60));
        observer.round_finished(&RoundOutcome::new(Duration::from_secs(2), &results));
        assert_eq!(observer.failed_in_a_row(), 2);
        assert_eq!(observer.failing_for(), Some(Duration::from_secs(90)));

        let ok = vec![(EntityKind::new("contact"), Ok(report("contact", 0, &[])))];
        observer.round_finished(&RoundOutcome::new(Duration::from_secs(1), &ok));
        assert_eq!(observer.failed_in_a_row(), 0);
        assert_eq!(observer.failing_for(), None);
        assert_eq!(observer.runs()[0].outcome, RunOutcome::Ok);
        assert_eq!(observer.counters().last_ok, Some(clock.shared().wall()));

        // Failing again counts from the last good round, not from the start.
        clock.advance(Duration::from_secs(10));
        observer.round_finished(&RoundOutcome::new(Duration::from_secs(2), &results));
        assert_eq!(observer.failing_for(), Some(Duration::from_secs(10)));
    }

    #[test]
    fn failed_records_make_a_partial_round_and_name_their_record() {
        let observer = Observer::new(clock().shared());
        let results = vec![(
            EntityKind::new("contact"),
            Ok(report("contact", 1, &["c-9: sink: notion refused"])),
        )];
        observer.round_finished(&RoundOutcome::new(Duration::from_secs(1), &results));
        assert_eq!(observer.runs()[0].outcome, RunOutcome::Partial);
        assert_eq!(
            observer.failed_in_a_row(),
            0,
            "a partial round is not a failed one"
        );
        let failure = &observer.failures()[0];
        assert_eq!(failure.record.as_deref(), Some("c-9"));
        assert_eq!(count(&observer.counters().records, "contact", "failed"), 1);
        let mut unknown = report("contact", 1, &[]);
        unknown.unknown_outcomes = 1;
        assert_eq!(entity_outcome(&Ok(unknown)), RunOutcome::Partial);
        let mut cut = report("contact", 1, &[]);
        cut.source_failed = true;
        assert_eq!(entity_outcome(&Ok(cut)), RunOutcome::Failed);
        assert_eq!(
            entity_outcome(&Ok(report("contact", 1, &[]))),
            RunOutcome::Ok
        );
    }

    #[test]
    fn a_round_row_sums_its_entities() {
        let observer = Observer::new(clock().shared());
        let mut a = report("contact", 2, &[]);
        a.updated = 3;
        a.trashed = 1;
        let mut b = report("opportunity", 1, &["o-1: sink: no"]);
        b.updated = 4;
        b.trashed = 2;
        let results = vec![
            (EntityKind::new("contact"), Ok(a)),
            (EntityKind::new("opportunity"), Ok(b)),
        ];
        observer.round_finished(&RoundOutcome::new(Duration::from_secs(1), &results));
        let row = &observer.runs()[0];
        assert_eq!(
            (row.seen, row.created, row.updated, row.trashed, row.failed),
            (4, 3, 7, 3, 1)
        );
        let c = observer.counters();
        assert_eq!(count(&c.records, "opportunity", "updated"), 4);
        assert_eq!(count(&c.records, "contact", "trashed"), 1);
        assert_eq!(count(&c.writes, "contact", "reconcile"), 6);
        assert_eq!(count(&c.writes, "opportunity", "reconcile"), 7);
    }

    #[test]
    fn the_worse_outcome_wins() {
        use RunOutcome::{Failed, Ok, Partial};
        for (a, b, want) in [
            (Ok, Ok, Ok),
            (Ok, Partial, Partial),
            (Partial, Ok, Partial),
            (Partial, Failed, Failed),
            (Failed, Partial, Failed),
            (Failed, Ok, Failed),
        ] {
            assert_eq!(worse(a, b), want, "{a:?} {b:?}");
        }
    }

    #[test]
    fn writes_land_in_their_minute_and_age_out_after_an_hour() {
        let clock = clock();
        let observer = Observer::new(clock.shared());
        assert_eq!(observer.writes_per_minute(), vec![0; CHART_MINUTES]);
        let results = vec![(EntityKind::new("contact"), Ok(report("contact", 5, &[])))];
        observer.round_finished(&RoundOutcome::new(Duration::from_secs(1), &results));
        clock.advance(Duration::from_secs(120));
        let applied = Applied {
            created: 1,
            logged: 1,
            ..Applied::default()
        };
        let rewrites = Applied {
            updated: 2,
            trashed: 3,
            ..Applied::default()
        };
        let other = Observer::new(clock.shared());
        other.group_applied(&EntityKind::new("opportunity"), "o-1", &rewrites);
        assert_eq!(
            count(&other.counters().writes, "opportunity", "webhook"),
            5,
            "updates and trashes are writes"
        );
        observer.group_applied(&EntityKind::new("contact"), "c-1", &applied);
        observer.group_applied(&EntityKind::new("contact"), "c-2", &Applied::default());
        let series = observer.writes_per_minute();
        assert_eq!(series.len(), CHART_MINUTES);
        assert_eq!(series[CHART_MINUTES - 1], 2, "this minute");
        assert_eq!(series[CHART_MINUTES - 3], 5, "two minutes ago");
        assert_eq!(series.iter().sum::<u64>(), 7);
        let c = observer.counters();
        assert_eq!(count(&c.groups, "contact", "applied"), 2);
        assert_eq!(count(&c.writes, "contact", "webhook"), 2);
        clock.advance(Duration::from_secs(57 * 60));
        let series = observer.writes_per_minute();
        assert_eq!((series[0], series[2]), (5, 2), "59 and 57 minutes old");
        clock.advance(Duration::from_secs(60));
        let series = observer.writes_per_minute();
        assert_eq!(
            (series[0], series[1]),
            (0, 2),
            "the round's minute is an hour old"
        );
        assert_eq!(series.iter().sum::<u64>(), 2);
        clock.advance(Duration::from_secs(120));
        assert_eq!(observer.writes_per_minute(), vec![0; CHART_MINUTES]);
    }

    #[test]
    fn old_minutes_are_dropped_as_new_ones_come() {
        let mut minutes = VecDeque::new();
        let mut h = History::default();
        let t0 = UNIX_EPOCH + Duration::from_secs(60 * 1_000);
        add_writes(&mut h, t0, "contact", "reconcile", 1);
        add_writes(
            &mut h,
            t0 + Duration::from_secs(59 * 60),
            "contact",
            "reconcile",
            1,
        );
        assert_eq!(h.minutes.len(), 2);
        add_writes(
            &mut h,
            t0 + Duration::from_secs(60 * 60),
            "contact",
            "reconcile",
            1,
        );
        assert_eq!(h.minutes.len(), 2, "the minute an hour old is gone");
        add_writes(&mut h, t0, "contact", "reconcile", 0);
        assert_eq!(h.minutes.len(), 2, "zero writes add nothing");
        add_writes(
            &mut h,
            t0 + Duration::from_secs(60 * 60 + 30),
            "contact",
            "reconcile",
            3,
        );
        assert_eq!(h.minutes.len(), 2, "the same minute adds to its count");
        assert_eq!(h.minutes.back(), Some(&(1_060, 4)));
        h.minutes.back_mut().expect("a minute").1 = 1;
        // A clock that stepped back adds to the newest minute.
        add_writes(&mut h, t0, "contact", "reconcile", 4);
        assert_eq!(h.minutes.back(), Some(&(1_060, 5)));
        minutes.push_back((10, 3));
        minutes.push_back((69, 4));
        minutes.push_back((70, 1));
        let series = per_minute(&minutes, 70);
        assert_eq!(series[0], 0, "minute 10 is more than an hour before 70");
        assert_eq!(series[CHART_MINUTES - 2], 4);
        assert_eq!(series[CHART_MINUTES - 1], 1);
        assert_eq!(per_minute(&minutes, 11)[CHART_MINUTES - 2], 3);
    }

    #[test]
    fn event_group_failures_name_the_record_and_say_what_happens_next() {
        let observer = Observer::new(clock().shared());
        let error = SyncError::Config("boom".into());
        observer.group_failed(&EntityKind::new("contact"), "c-7", &error, true);
        observer.group_failed(&EntityKind::new("contact"), "c-7", &error, false);
        let failures = observer.failures();
        assert_eq!(failures[0].record.as_deref(), Some("c-7"));
        assert!(failures[0].error.ends_with("(left to reconciliation)"));
        assert!(failures[1].error.ends_with("(applied again later)"));
        let c = observer.counters();
        assert_eq!(count(&c.groups, "contact", "retrying"), 1);
        assert_eq!(count(&c.groups, "contact", "failed"), 1);
    }

    #[test]
    fn repairs_are_runs_too() {
        let observer = Observer::new(clock().shared());
        let mut r = RepairReport {
            checked: 10,
            rewritten: 1,
            restored: 1,
            recreated: 2,
            trashed: 1,
            duplicates_trashed: 1,
            ..RepairReport::default()
        };
        r.fail("c-3: sink: gone");
        let run = RepairRun {
            entities: vec![("contact".into(), r)],
        };
        observer.repair_finished(Ok(&run), Duration::from_secs(4));
        let row = &observer.runs()[0];
        assert_eq!(row.kind, RunKind::Repair);
        assert_eq!(row.outcome, RunOutcome::Partial);
        assert_eq!(
            (row.seen, row.created, row.updated, row.trashed, row.failed),
            (10, 2, 2, 2, 1)
        );
        assert_eq!(observer.failures()[0].record.as_deref(), Some("c-3"));
        let c = observer.counters();
        assert_eq!(count(&c.writes, "contact", "repair"), 6);
        observer.repair_finished(Err("store down"), Duration::from_secs(1));
        assert_eq!(observer.runs()[0].outcome, RunOutcome::Failed);
        let clean = RepairRun {
            entities: vec![("contact".into(), RepairReport::default())],
        };
        observer.repair_finished(Ok(&clean), Duration::from_secs(1));
        assert_eq!(observer.runs()[0].outcome, RunOutcome::Ok);
        assert_eq!(
            observer.counters().repairs,
            vec![("failed", 1), ("ok", 1), ("partial", 1)]
        );
    }

    #[test]
    fn only_the_last_runs_and_failures_are_kept() {
        let observer = Observer::new(clock().shared());
        let results = vec![(
            EntityKind::new("contact"),
            Ok(report("contact", 0, &["x: y"])),
        )];
        for _ in 0..KEPT_RUNS + 5 {
            observer.round_finished(&RoundOutcome::new(Duration::ZERO, &results));
        }
        assert_eq!(observer.runs().len(), KEPT_RUNS);
        for i in 0..KEPT_FAILURES + 5 {
            observer.service_failure("journal", &format!("failure {i}"));
        }
        let failures = observer.failures();
        assert_eq!(failures.len(), KEPT_FAILURES);
        assert_eq!(failures[0].error, format!("failure {}", KEPT_FAILURES + 4));
    }

    #[test]
    fn a_record_is_named_only_where_a_message_starts_with_one() {
        for (message, record) in [
            ("c-1: sink: refused", Some("c-1")),
            ("abc_DEF.9: x", Some("abc_DEF.9")),
            ("sink: refused", None),
            ("source: down", None),
            ("state store: locked", None),
            ("configuration: bad", None),
            ("repair: failed", None),
            ("two words: x", None),
            (": empty", None),
            ("no separator", None),
        ] {
            assert_eq!(record_of(message).as_deref(), record, "{message}");
        }
        let long = "x".repeat(65);
        assert_eq!(record_of(&format!("{long}: y")), None, "too long for an id");
        let max = "x".repeat(64);
        assert_eq!(record_of(&format!("{max}: y")), Some(max));
    }

    #[test]
    fn long_errors_are_cut_and_tokens_redacted() {
        let long = "é".repeat(MAX_ERROR_CHARS + 10);
        let clipped = clip(&long);
        assert_eq!(clipped.chars().count(), MAX_ERROR_CHARS + 1);
        assert!(clipped.ends_with('…'));
        assert_eq!(clip("short"), "short");
        let observer = Observer::new(clock().shared());
        observer.service_failure(
            "service",
            "Bearer pit-0123456789abcdef0123456789abcdef refused",
        );
        assert!(
            !observer.failures()[0]
                .error
                .contains("pit-0123456789abcdef")
        );
    }

    #[test]
    fn durations_fall_in_their_bucket() {
        let mut h = DurationHistogram::default();
        h.observe(0.5);
        h.observe(0.6);
        h.observe(4_000.0);
        assert_eq!(h.buckets[0], 1, "a bound is inclusive");
        assert_eq!(h.buckets[1], 1);
        assert_eq!(
            h.buckets.iter().sum::<u64>(),
            2,
            "beyond the last bound: +Inf only"
        );
        assert_eq!(h.count, 3);
        assert!((h.sum - 4_001.1).abs() < 1e-9);
    }
}

#[cfg(test)]
mod round_report_tests {
    use super::*;
    use ghl_notion_runtime::ManualClock;

    #[test]
    fn a_round_is_kept_as_a_served_run_report() {
        let observer = Observer::new(ManualClock::new().shared());
        let ok = vec![(
            EntityKind::new("contact"),
            Ok(SyncReport::new(EntityKind::new("contact"))),
        )];
        observer.round_finished(&RoundOutcome::new(Duration::from_secs(1), &ok));
        let mut rounds = observer.round_reports();
        assert!(
            rounds.try_recv().is_err(),
            "only rounds after the call are sent"
        );

        let mut full = SyncReport::new(EntityKind::new("contact"));
        full.mode = RunMode::Full;
        full.created = 2;
        let results = vec![
            (EntityKind::new("contact"), Ok(full)),
            (
                EntityKind::new("opportunity"),
                Err(SyncError::Config("no pipeline".into())),
            ),
        ];
        observer.round_finished(&RoundOutcome::new(Duration::from_secs(3), &results));
        let report = rounds.try_recv().expect("the round");
        assert!(report.served);
        assert_eq!(report.mode, SyncMode::Full, "a full pass of any entity");
        assert!(
            !report.complete,
            "the failed entity did not read to the end"
        );
        assert_eq!(report.duration, Duration::from_secs(3));
        assert_eq!(report.entities.len(), 2);
        assert_eq!(report.entities[0].created, 2);
        assert!(report.entities[1].source_failed);
        assert!(report.entities[1].errors[0].contains("no pipeline"));
        assert_eq!(
            report.started_at,
            Some(observer.started_at() - chrono::Duration::seconds(3))
        );

        let mut changes = SyncReport::new(EntityKind::new("contact"));
        changes.mode = RunMode::Incremental;
        let incremental = vec![(EntityKind::new("contact"), Ok(changes))];
        observer.round_finished(&RoundOutcome::new(Duration::ZERO, &incremental));
        let report = rounds.try_recv().expect("the next round");
        assert_eq!(report.mode, SyncMode::Incremental);
        assert!(report.complete);
    }
}
