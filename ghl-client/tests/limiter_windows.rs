//! The server-aware limiter against the sandbox's fixed and sliding GHL windows: a burst of
//! 300 by-id contact fetches at concurrency 10, in virtual time.
//!
//! The sandbox's clock is all but stopped (scale 1e-9) and moves only when the test's
//! [`Virtual`] clock does: requests take no time, and time jumps to the earliest sleeper's
//! deadline once every worker is asleep. So each run is exact and instant, whatever the
//! machine's load, and the finishing time is in sandbox seconds.
//!
//! The baseline is the client GHL's docs suggest: no local limiter, a 429 is retried after
//! its `Retry-After`.

use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant, SystemTime};

use chrono::{DateTime, Utc};
use ghl_client::runtime::rate_limit::LimiterConfig;
use ghl_client::runtime::server_window::Probing;
use ghl_client::runtime::{Clock, SharedClock};
use ghl_client::{ContactId, GhlClient};
use ghl_notion_sandbox::{Sandbox, SandboxClock, SandboxConfig, WindowShape};
use tokio::sync::Notify;

const WORKERS: usize = 10;
const FETCHES: usize = 300;
const WINDOW: Duration = Duration::from_secs(10);
/// 2026-01-01T00:00:00Z, a multiple of the 10 s window.
const ALIGNED_MS: i64 = 1_767_225_600_000;

#[derive(Debug, Default)]
struct State {
    offset: Duration,
    sleepers: BTreeMap<u64, (Duration, Option<Waker>)>,
    next_id: u64,
}

/// Virtual time shared by the client and the sandbox.
#[derive(Clone)]
struct Virtual {
    state: Arc<Mutex<State>>,
    base: Instant,
    wall: SystemTime,
    sandbox: SandboxClock,
    /// Signalled when a sleeper registers or a worker finishes.
    parked: Arc<Notify>,
}

impl std::fmt::Debug for Virtual {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Virtual")
            .field("offset", &self.offset())
            .finish()
    }
}

impl Virtual {
    fn new(sandbox: SandboxClock) -> Self {
        let wall = SystemTime::from(sandbox.now());
        Self {
            state: Arc::default(),
            base: Instant::now(),
            wall,
            sandbox,
            parked: Arc::new(Notify::new()),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn offset(&self) -> Duration {
        self.lock().offset
    }

    fn pending(&self) -> usize {
        self.lock().sleepers.len()
    }

    /// Jumps to the earliest deadline and wakes everyone due.
    fn advance(&self) {
        let mut state = self.lock();
        let Some(next) = state.sleepers.values().map(|(d, _)| *d).min() else {
            return;
        };
        let by = next.saturating_sub(state.offset);
        state.offset = state.offset.max(next);
        let offset = state.offset;
        let due: Vec<u64> = state
            .sleepers
            .iter()
            .filter(|(_, (d, _))| *d <= offset)
            .map(|(id, _)| *id)
            .collect();
        for id in due {
            if let Some((_, Some(waker))) = state.sleepers.remove(&id) {
                waker.wake();
            }
        }
        drop(state);
        self.sandbox.advance(by);
    }
}

struct VirtualSleep {
    clock: Virtual,
    duration: Duration,
    registration: Option<(u64, Duration)>,
}

impl Future for VirtualSleep {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.duration.is_zero() {
            return Poll::Ready(());
        }
        let clock = self.clock.clone();
        let mut state = clock.lock();
        match self.registration {
            None => {
                let id = state.next_id;
                state.next_id += 1;
                let deadline = state.offset + self.duration;
                state
                    .sleepers
                    .insert(id, (deadline, Some(cx.waker().clone())));
                self.registration = Some((id, deadline));
                drop(state);
                clock.parked.notify_one();
                Poll::Pending
            }
            Some((_, deadline)) if state.offset >= deadline => Poll::Ready(()),
            Some((id, deadline)) => {
                state
                    .sleepers
                    .insert(id, (deadline, Some(cx.waker().clone())));
                Poll::Pending
            }
        }
    }
}

impl Drop for VirtualSleep {
    fn drop(&mut self) {
        if let Some((id, _)) = self.registration {
            self.clock.lock().sleepers.remove(&id);
        }
    }
}

impl Clock for Virtual {
    fn now(&self) -> Instant {
        self.base + self.offset()
    }

    fn wall(&self) -> SystemTime {
        self.wall + self.offset()
    }

    fn sleep(&self, duration: Duration) -> ghl_client::runtime::clock::Sleep {
        Box::pin(VirtualSleep {
            clock: self.clone(),
            duration,
            registration: None,
        })
    }
}

/// One burst's outcome.
#[derive(Debug)]
struct Run {
    /// Sandbox time from the first request of the first burst to the last answer.
    finished: Duration,
    /// 429s per server window (index 0 holds the first request).
    per_window: BTreeMap<u64, u64>,
}

impl Run {
    fn total_429s(&self) -> u64 {
        self.per_window.values().sum()
    }
}

async fn sandbox(shape: WindowShape, phase: Duration) -> Sandbox {
    let start = DateTime::<Utc>::from_timestamp_millis(
        ALIGNED_MS + i64::try_from(phase.as_millis()).expect("small"),
    )
    .expect("valid time");
    Sandbox::start(
        SandboxConfig::default()
            .with_seed(11)
            .with_contacts(FETCHES)
            .with_time_scale(1e-9)
            .with_start_time(start)
            .with_window_shape(shape),
    )
    .await
    .expect("sandbox starts")
}

async fn contact_ids(sb: &Sandbox) -> Vec<String> {
    let state: serde_json::Value = reqwest::get(format!("{}/state", sb.control_url()))
        .await
        .expect("control API answers")
        .json()
        .await
        .expect("JSON");
    let ids: Vec<String> = state["ghl"]["contacts"]
        .as_array()
        .expect("contacts")
        .iter()
        .filter_map(|c| c["id"].as_str().map(str::to_owned))
        .collect();
    assert!(ids.len() >= FETCHES, "{} contacts", ids.len());
    ids
}

fn rate_limited(sb: &Sandbox) -> u64 {
    sb.stats()["rateLimited"].as_u64().unwrap_or(0)
}

/// How a worker fetches one contact.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Fetcher {
    /// `ghl-client` with its server-aware limiter (GHL's default probes once).
    Ours(Probing),
    /// No limiter: a 429 is retried after its `Retry-After`.
    RetryOn429,
}

/// Runs the burst and drives virtual time until every worker is done.
async fn burst(sb: &Sandbox, phase: Duration, fetcher: Fetcher) -> Run {
    bursts(sb, phase, fetcher, 1).await.remove(0)
}

/// Runs `rounds` bursts one after the other with the same client.
async fn bursts(sb: &Sandbox, phase: Duration, fetcher: Fetcher, rounds: usize) -> Vec<Run> {
    let ids = Arc::new(contact_ids(sb).await);
    let clock = Virtual::new(sb.clock().clone());
    let shared: SharedClock = Arc::new(clock.clone());
    let ghl = GhlClient::builder()
        .base_url(sb.ghl_base_url())
        .private_token(sb.ghl_api_key())
        .location_id(sb.location_id())
        .clock(shared)
        .jitter_seed(3)
        .rate_limits(LimiterConfig {
            server_aware: match fetcher {
                Fetcher::Ours(probing) => Some(probing),
                Fetcher::RetryOn429 => None,
            },
            ..LimiterConfig::ghl()
        })
        .build()
        .expect("client builds");
    let http = reqwest::Client::new();
    let mut runs = Vec::new();
    for _ in 0..rounds {
        runs.push(round(sb, phase, fetcher, &ids, &clock, &ghl, &http).await);
    }
    runs
}

async fn round(
    sb: &Sandbox,
    phase: Duration,
    fetcher: Fetcher,
    ids: &Arc<Vec<String>>,
    clock: &Virtual,
    ghl: &GhlClient,
    http: &reqwest::Client,
) -> Run {
    let next = Arc::new(AtomicUsize::new(0));
    let active = Arc::new(AtomicUsize::new(WORKERS));
    let before = rate_limited(sb);
    for _ in 0..WORKERS {
        let (ids, next, active, clock, ghl, http) = (
            ids.clone(),
            next.clone(),
            active.clone(),
            clock.clone(),
            ghl.clone(),
            http.clone(),
        );
        let (base, key) = (sb.ghl_base_url(), sb.ghl_api_key().to_owned());
        tokio::spawn(async move {
            loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(id) = ids.get(i).filter(|_| i < FETCHES) else {
                    break;
                };
                match fetcher {
                    Fetcher::Ours(_) => {
                        ghl.contacts()
                            .get(&ContactId::new(id.as_str()))
                            .await
                            .expect("every fetch succeeds");
                    }
                    Fetcher::RetryOn429 => loop {
                        let response = http
                            .get(format!("{base}/contacts/{id}"))
                            .bearer_auth(&key)
                            .header("Version", "2021-07-28")
                            .send()
                            .await
                            .expect("the sandbox answers");
                        if response.status() != 429 {
                            assert_eq!(response.status(), 200);
                            break;
                        }
                        let secs: u64 = response.headers()["retry-after"]
                            .to_str()
                            .expect("ASCII")
                            .parse()
                            .expect("whole seconds");
                        clock.sleep(Duration::from_secs(secs)).await;
                    },
                }
            }
            active.fetch_sub(1, Ordering::SeqCst);
            clock.parked.notify_one();
        });
    }

    // Drive time: once every live worker sleeps, jump to the earliest deadline.
    let mut per_window = BTreeMap::new();
    let mut counted = before;
    loop {
        for _ in 0..50 {
            tokio::task::yield_now().await;
        }
        let live = active.load(Ordering::SeqCst);
        let now_429s = rate_limited(sb);
        if now_429s > counted {
            let at = phase + clock.offset();
            let window = (at.as_nanos() / WINDOW.as_nanos()) as u64;
            *per_window.entry(window).or_insert(0) += now_429s - counted;
            counted = now_429s;
        }
        if live == 0 {
            break;
        }
        if clock.pending() < live {
            clock.parked.notified().await;
            continue;
        }
        clock.advance();
    }
    Run {
        finished: clock.offset(),
        per_window,
    }
}

const PHASES_MS: [u64; 4] = [0, 2_500, 5_000, 7_500];

#[tokio::test]
async fn on_fixed_windows_the_burst_finishes_no_later_than_retrying_on_429_at_every_phase() {
    let mut report = Vec::new();
    for phase_ms in PHASES_MS {
        let phase = Duration::from_millis(phase_ms);
        let ours = burst(
            &sandbox(WindowShape::Fixed, phase).await,
            phase,
            Fetcher::Ours(Probing::Once),
        )
        .await;
        let baseline = burst(
            &sandbox(WindowShape::Fixed, phase).await,
            phase,
            Fetcher::RetryOn429,
        )
        .await;
        report.push(format!(
            "phase {phase:?}: ours {:?} with 429s {:?}, retry-on-429 {:?} with 429s {:?}",
            ours.finished, ours.per_window, baseline.finished, baseline.per_window
        ));
        assert!(
            ours.finished <= baseline.finished,
            "phase {phase:?}: ours {ours:?}, baseline {baseline:?}"
        );
        // At most one 429 per window, and none once the phase is known (after the first).
        for (window, count) in &ours.per_window {
            assert!(*count <= 1, "phase {phase:?}: {ours:?}");
            assert_eq!(
                *window, 0,
                "phase {phase:?}: a 429 after the first window: {ours:?}"
            );
        }
        assert!(baseline.total_429s() > 0, "the baseline is throttled");
    }
    eprintln!("{}", report.join("\n"));
}

#[tokio::test]
async fn on_a_sliding_window_the_burst_gets_at_most_the_one_probe_429() {
    for phase_ms in [0, 5_000] {
        let phase = Duration::from_millis(phase_ms);
        let ours = burst(
            &sandbox(WindowShape::Sliding, phase).await,
            phase,
            Fetcher::Ours(Probing::Once),
        )
        .await;
        let baseline = burst(
            &sandbox(WindowShape::Sliding, phase).await,
            phase,
            Fetcher::RetryOn429,
        )
        .await;
        eprintln!(
            "sliding, phase {phase:?}: ours {:?} with 429s {:?}, retry-on-429 {:?} with 429s {:?}",
            ours.finished, ours.per_window, baseline.finished, baseline.per_window
        );
        assert!(ours.total_429s() <= 1, "{ours:?}");
        assert!(ours.finished <= baseline.finished, "{ours:?} {baseline:?}");
    }
}

#[tokio::test]
async fn once_the_phase_is_known_a_fixed_window_sees_no_429() {
    for phase_ms in PHASES_MS {
        let phase = Duration::from_millis(phase_ms);
        let sb = sandbox(WindowShape::Fixed, phase).await;
        let runs = bursts(&sb, phase, Fetcher::Ours(Probing::Once), 2).await;
        eprintln!("phase {phase:?}, two bursts: {runs:?}");
        assert!(runs[0].total_429s() <= 1, "{runs:?}");
        assert_eq!(runs[1].total_429s(), 0, "phase {phase:?}: {runs:?}");
        // The second burst waits for the first's last window, then takes three more.
        let first_end = runs[0].finished;
        assert!(
            runs[1].finished <= first_end + Duration::from_secs(30),
            "{runs:?}"
        );
    }
}

#[tokio::test]
async fn without_probing_no_window_shape_ever_sees_a_429() {
    for shape in [WindowShape::Fixed, WindowShape::Sliding] {
        let phase = Duration::from_millis(7_500);
        let run = burst(
            &sandbox(shape, phase).await,
            phase,
            Fetcher::Ours(Probing::Never),
        )
        .await;
        eprintln!("{shape:?}, phase {phase:?}, no probe: {run:?}");
        assert_eq!(run.total_429s(), 0, "{shape:?}: {run:?}");
        // The local log alone: a window per 100, whatever the phase.
        assert_eq!(run.finished, Duration::from_secs(20), "{shape:?}");
    }
}

#[test]
fn ghl_probes_by_default_and_notion_ignores_server_windows() {
    assert_eq!(LimiterConfig::ghl().server_aware, Some(Probing::Once));
    assert_eq!(LimiterConfig::notion().server_aware, None);
}
