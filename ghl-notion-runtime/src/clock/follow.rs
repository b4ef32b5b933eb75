//! The time handshake: a clock that follows a sandbox's time.
//!
//! The sandbox (`ghl-notion-sandbox`) can run its clock faster than real time
//! (`--time-scale 10`): its rate-limit windows, token lifetimes and webhook timestamps are all
//! in sandbox time. Every response it sends (GHL routes, Notion routes and its control API)
//! says how fast and where its clock is, in two headers that the real GHL and Notion never
//! send:
//!
//! | header | value |
//! |---|---|
//! | [`x-sandbox-time-scale`](HEADER_TIME_SCALE) | sandbox seconds per real second, e.g. `10` |
//! | [`x-sandbox-now`](HEADER_NOW) | the sandbox's time when it answered, Unix milliseconds |
//!
//! A [`FollowClock`] runs at real speed from this machine's time until it hears them (both
//! clients hand every response's headers to their clock through [`Clock::observe`]); from
//! then on it runs at the sandbox's scale, anchored on the sandbox's time, so a client's rate
//! limiter, backoff and token expiry, and a webhook receiver's freshness check, agree with
//! the sandbox.
//!
//! What a lesson (a response carrying the headers) does:
//!
//! - **Monotonic time never goes backwards.** [`Clock::now`] is continuous: a lesson changes
//!   how fast it advances from that moment, and a forward jump of the sandbox's time (its
//!   `POST /_sandbox/time/advance`) moves it forward by the same amount.
//! - **Wall time** ([`Clock::wall`]): the first lesson sets it to the sandbox's time, which
//!   may be earlier than this machine's (a sandbox started at a fixed date). After that it
//!   never goes backwards: a lesson moves it forward when the sandbox is ahead of it (a
//!   jump), and otherwise keeps it (a stamp that is behind is an answer read a little late).
//! - **Relearning the scale** (the sandbox's `PUT /_sandbox/time/scale`, or another sandbox
//!   behind the same clock) takes effect from the moment it is heard; sleeps in progress
//!   are re-planned at the new speed. A sandbox restarted with an earlier time is not
//!   followed backwards: build a new clock for it.
//!
//! Which clock a client gets by default is [`auto_clock`]: the real clock for the production
//! base URL (nothing changes against the real services, whatever a response says), a
//! [`FollowClock`] for any other (a sandbox, a proxy, a mock: one that never sends the headers
//! behaves exactly like the real clock). A clock injected explicitly is used as it is: only a
//! [`FollowClock`] acts on what it hears.
//!
//! ```
//! use ghl_notion_runtime::clock::{Clock, FollowClock, ManualClock, SandboxTime};
//! use std::time::{Duration, SystemTime};
//!
//! # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
//! let real = ManualClock::new();
//! let clock = FollowClock::on(real.shared());
//! let t0 = clock.now();
//! // A response said: ten sandbox seconds per real second, and it is 12:00:00 there.
//! let noon = SystemTime::UNIX_EPOCH + Duration::from_secs(1_767_268_800);
//! clock.observe(&SandboxTime::parse("10", "1767268800000").unwrap());
//! assert_eq!(clock.wall(), noon);
//! // One real second later, ten seconds have passed on the followed clock.
//! real.advance(Duration::from_secs(1));
//! assert_eq!(clock.now() - t0, Duration::from_secs(10));
//! assert_eq!(clock.wall(), noon + Duration::from_secs(10));
//! // Sleeping a sandbox minute takes six real seconds.
//! clock.sleep(Duration::from_secs(60)).await;
//! assert_eq!(real.total_slept(), Duration::from_secs(6));
//! # });
//! ```

use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant, SystemTime};

use tokio::sync::Notify;

use super::{Clock, SharedClock, Sleep, SystemClock};

/// The response header carrying the sandbox's time scale (sandbox seconds per real second).
pub const HEADER_TIME_SCALE: &str = "x-sandbox-time-scale";

/// The response header carrying the sandbox's time when it answered, in Unix milliseconds.
pub const HEADER_NOW: &str = "x-sandbox-now";

/// The largest time scale a [`SandboxTime`] accepts.
pub const MAX_SCALE: f64 = 1_000_000.0;

/// What a sandbox advertised about its clock in one response.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SandboxTime {
    /// Sandbox seconds per real second (positive, finite, at most [`MAX_SCALE`]).
    pub scale: f64,
    /// The sandbox's wall-clock time when it answered.
    pub now: SystemTime,
}

impl SandboxTime {
    /// Parses the two header values: a positive scale (at most [`MAX_SCALE`]) and Unix
    /// milliseconds. `None` when either is missing its form.
    pub fn parse(scale: &str, now_ms: &str) -> Option<Self> {
        let scale: f64 = scale.trim().parse().ok()?;
        if !(scale.is_finite() && scale > 0.0 && scale <= MAX_SCALE) {
            return None;
        }
        let ms: u64 = now_ms.trim().parse().ok()?;
        let now = SystemTime::UNIX_EPOCH.checked_add(Duration::from_millis(ms))?;
        Some(Self { scale, now })
    }

    /// Reads [`HEADER_TIME_SCALE`] and [`HEADER_NOW`] from a response's headers; `None` when
    /// they are absent (the real services) or malformed.
    pub fn from_headers(headers: &http::HeaderMap) -> Option<Self> {
        let value = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
        Self::parse(value(HEADER_TIME_SCALE)?, value(HEADER_NOW)?)
    }
}

/// The clock a client uses when none is injected: [`SystemClock`] when `base_url` is
/// `production_base_url` (compared without a trailing slash, ignoring ASCII case), a new
/// [`FollowClock`] otherwise.
///
/// Against the real service nothing changes, even if something on the way added the
/// sandbox's headers; against a sandbox started on its own the client runs at its speed with
/// no configuration; against anything else (a proxy, a mock server) the follow clock never
/// hears a lesson and keeps real time.
pub fn auto_clock(base_url: &str, production_base_url: &str) -> SharedClock {
    let normal = |url: &str| url.trim().trim_end_matches('/').to_ascii_lowercase();
    if normal(base_url) == normal(production_base_url) {
        SystemClock::shared()
    } else {
        FollowClock::new().shared()
    }
}

#[derive(Debug, Clone, Copy)]
struct State {
    /// The underlying real clock's reading at the last anchor.
    real_base: Instant,
    /// This clock's monotonic time at the last anchor.
    mono_base: Instant,
    /// This clock's wall time at the last anchor.
    wall_base: SystemTime,
    scale: f64,
    learned: bool,
}

impl State {
    /// This clock's (monotonic, wall) time when the real clock reads `real`.
    fn at(&self, real: Instant) -> (Instant, SystemTime) {
        let passed = scaled(real.saturating_duration_since(self.real_base), self.scale);
        (
            self.mono_base.checked_add(passed).unwrap_or(self.mono_base),
            self.wall_base.checked_add(passed).unwrap_or(self.wall_base),
        )
    }
}

struct Inner {
    real: SharedClock,
    state: Mutex<State>,
    /// Woken when a lesson changes the speed or moves time forward, so sleepers re-plan.
    changed: Notify,
}

/// A clock that runs at real speed until a sandbox tells it its time scale and time, then
/// follows the sandbox (see the [module docs](self)). Cloning shares it.
#[derive(Clone)]
pub struct FollowClock {
    inner: Arc<Inner>,
}

impl fmt::Debug for FollowClock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = *self.lock();
        f.debug_struct("FollowClock")
            .field("scale", &state.scale)
            .field("learned", &state.learned)
            .finish()
    }
}

impl Default for FollowClock {
    fn default() -> Self {
        Self::new()
    }
}

impl FollowClock {
    /// A follow clock on real time ([`SystemClock`]).
    pub fn new() -> Self {
        Self::on(SystemClock::shared())
    }

    /// A follow clock on `real` as its real time: it reads `real` for time passing and
    /// sleeps on it (tests pass a [`super::ManualClock`]).
    pub fn on(real: SharedClock) -> Self {
        let now = real.now();
        let state = State {
            real_base: now,
            mono_base: now,
            wall_base: real.wall(),
            scale: 1.0,
            learned: false,
        };
        Self {
            inner: Arc::new(Inner {
                real,
                state: Mutex::new(state),
                changed: Notify::new(),
            }),
        }
    }

    /// This clock as a [`SharedClock`] (sharing its time with this handle).
    pub fn shared(&self) -> SharedClock {
        Arc::new(self.clone())
    }

    /// The speed it runs at: 1 until it has heard a sandbox, then the sandbox's scale.
    pub fn scale(&self) -> f64 {
        self.lock().scale
    }

    /// Whether it has heard a sandbox's time.
    pub fn has_learned(&self) -> bool {
        self.lock().learned
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.inner
            .state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// (monotonic now, scale), read together.
    fn now_and_scale(&self) -> (Instant, f64) {
        let state = self.lock();
        (state.at(self.inner.real.now()).0, state.scale)
    }

    /// Follows `heard` from now on (what [`Clock::observe`] does; see the module docs for
    /// the rules).
    pub fn learn(&self, heard: &SandboxTime) {
        let moved = {
            let mut state = self.lock();
            let real = self.inner.real.now();
            let (mono, wall) = state.at(real);
            let (mono, wall, moved) = if state.learned {
                // Only forward: the sandbox jumped, or the last stamp was read late.
                let ahead = heard.now.duration_since(wall).unwrap_or(Duration::ZERO);
                (
                    mono.checked_add(ahead).unwrap_or(mono),
                    wall.checked_add(ahead).unwrap_or(wall),
                    !ahead.is_zero() || state.scale != heard.scale,
                )
            } else {
                (mono, heard.now, true)
            };
            *state = State {
                real_base: real,
                mono_base: mono,
                wall_base: wall,
                scale: heard.scale,
                learned: true,
            };
            moved
        };
        if moved {
            self.inner.changed.notify_waiters();
        }
    }
}

impl Clock for FollowClock {
    fn now(&self) -> Instant {
        self.now_and_scale().0
    }

    fn wall(&self) -> SystemTime {
        let state = self.lock();
        state.at(self.inner.real.now()).1
    }

    fn sleep(&self, duration: Duration) -> Sleep {
        let clock = self.clone();
        Box::pin(async move {
            let (start, _) = clock.now_and_scale();
            let deadline = start.checked_add(duration).unwrap_or(start);
            loop {
                let changed = clock.inner.changed.notified();
                tokio::pin!(changed);
                changed.as_mut().enable();
                let (now, scale) = clock.now_and_scale();
                let left = deadline.saturating_duration_since(now);
                if left.is_zero() {
                    return;
                }
                tokio::select! {
                    () = clock.inner.real.sleep(real_for(left, scale)) => {}
                    () = &mut changed => {}
                }
            }
        })
    }

    fn observe(&self, advertised: &SandboxTime) {
        self.learn(advertised);
    }

    fn time_scale(&self) -> f64 {
        self.scale()
    }
}

/// `real` time passed at `scale`, to the nanosecond (rounded).
fn scaled(real: Duration, scale: f64) -> Duration {
    let nanos = (real.as_nanos() as f64 * scale).round();
    Duration::from_nanos(nanos as u64)
}

/// The real time for `sandbox` time to pass at `scale`, rounded up so that the sleep is
/// never short.
fn real_for(sandbox: Duration, scale: f64) -> Duration {
    let nanos = (sandbox.as_nanos() as f64 / scale).ceil();
    Duration::from_nanos(nanos as u64).max(Duration::from_nanos(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;

    fn at_ms(ms: u64) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_millis(ms)
    }

    fn heard(scale: f64, ms: u64) -> SandboxTime {
        SandboxTime {
            scale,
            now: at_ms(ms),
        }
    }

    const NOON_MS: u64 = 1_767_268_800_000;

    #[test]
    fn parses_the_two_headers_and_refuses_what_is_malformed() {
        let table = [
            ("10", "1767268800000", Some((10.0, NOON_MS))),
            (" 2.5 ", " 5 ", Some((2.5, 5))),
            ("0.000001", "0", Some((0.000_001, 0))),
            ("1000000", "1", Some((1_000_000.0, 1))),
            ("1000001", "1", None),
            ("0", "1", None),
            ("-3", "1", None),
            ("NaN", "1", None),
            ("inf", "1", None),
            ("10", "2026-01-01T12:00:00Z", None),
        ];
        for (scale, now, expected) in table {
            let got = SandboxTime::parse(scale, now).map(|t| {
                (
                    t.scale,
                    t.now
                        .duration_since(SystemTime::UNIX_EPOCH)
                        .map_or(0, |d| d.as_millis() as u64),
                )
            });
            assert_eq!(got, expected, "{scale:?} {now:?}");
        }
        assert_eq!(SandboxTime::parse("10", "-5"), None);
    }

    /// Starts a sleeper of `sandbox` time on `clock` and lets it begin waiting.
    async fn sleeper(clock: &FollowClock, sandbox: Duration) -> tokio::task::JoinHandle<()> {
        let handle = {
            let clock = clock.clone();
            tokio::spawn(async move { clock.sleep(sandbox).await })
        };
        tokio::task::yield_now().await;
        tokio::task::yield_now().await;
        handle
    }

    #[tokio::test(start_paused = true)]
    async fn a_new_speed_at_the_same_time_wakes_a_sleeper() {
        let clock = FollowClock::on(Arc::new(TokioClock(tokio::time::Instant::now())));
        clock.learn(&heard(1.0, NOON_MS));
        let sleeping = sleeper(&clock, Duration::from_secs(100)).await;
        // The same instant, a hundred times faster: the sleep must re-plan to one real second.
        clock.learn(&SandboxTime {
            scale: 100.0,
            now: clock.wall(),
        });
        let began = tokio::time::Instant::now();
        sleeping.await.expect("the sleeper ends");
        assert!(tokio::time::Instant::now() - began <= Duration::from_secs(1));
    }

    #[tokio::test(start_paused = true)]
    async fn a_jump_forward_at_the_same_speed_wakes_a_sleeper() {
        let clock = FollowClock::on(Arc::new(TokioClock(tokio::time::Instant::now())));
        clock.learn(&heard(10.0, NOON_MS));
        let sleeping = sleeper(&clock, Duration::from_secs(100)).await;
        // The sandbox jumped 100 s ahead: the sleep is over at once, not in 10 real seconds.
        clock.learn(&heard(10.0, NOON_MS + 100_000));
        let began = tokio::time::Instant::now();
        sleeping.await.expect("the sleeper ends");
        assert!(tokio::time::Instant::now() - began < Duration::from_secs(1));
    }

    #[test]
    fn reports_its_time_scale_through_the_clock_trait() {
        let follow = FollowClock::on(ManualClock::new().shared());
        let shared: SharedClock = follow.shared();
        assert_eq!(
            shared.time_scale(),
            1.0,
            "real speed until it hears a sandbox"
        );
        shared.observe(&heard(10.0, NOON_MS));
        assert_eq!(shared.time_scale(), 10.0);
        assert_eq!(
            follow.scale(),
            10.0,
            "the handle and the shared clock agree"
        );
        shared.observe(&heard(2.5, NOON_MS + 1_000));
        assert_eq!(shared.time_scale(), 2.5);
    }

    #[test]
    fn reads_the_headers_of_a_response() {
        let mut headers = http::HeaderMap::new();
        assert_eq!(SandboxTime::from_headers(&headers), None);
        headers.insert(HEADER_TIME_SCALE, http::HeaderValue::from_static("10"));
        assert_eq!(SandboxTime::from_headers(&headers), None, "now is missing");
        headers.insert(HEADER_NOW, http::HeaderValue::from_static("1767268800000"));
        assert_eq!(
            SandboxTime::from_headers(&headers),
            Some(heard(10.0, NOON_MS))
        );
        headers.insert(HEADER_TIME_SCALE, http::HeaderValue::from_static("fast"));
        assert_eq!(SandboxTime::from_headers(&headers), None);
    }

    #[test]
    fn runs_at_real_speed_on_real_time_until_it_hears_a_sandbox() {
        let real = ManualClock::new();
        let clock = FollowClock::on(real.shared());
        assert!(!clock.has_learned());
        assert_eq!(clock.scale(), 1.0);
        assert_eq!(clock.wall(), real.wall());
        let t0 = clock.now();
        real.advance(Duration::from_secs(3));
        assert_eq!(clock.now() - t0, Duration::from_secs(3));
        assert_eq!(clock.wall(), real.wall());
    }

    #[test]
    fn learning_sets_the_speed_and_the_sandbox_wall_time() {
        let real = ManualClock::new(); // 2026-01-01T00:00:00Z
        let clock = FollowClock::on(real.shared());
        let t0 = clock.now();
        // The sandbox is twelve hours ahead of this machine and runs ten times faster.
        clock.learn(&heard(10.0, NOON_MS));
        assert!(clock.has_learned());
        assert_eq!(clock.scale(), 10.0);
        assert_eq!(clock.wall(), at_ms(NOON_MS));
        assert_eq!(
            clock.now(),
            t0,
            "monotonic time does not jump on the first lesson"
        );
        real.advance(Duration::from_millis(1500));
        assert_eq!(clock.now() - t0, Duration::from_secs(15));
        assert_eq!(clock.wall(), at_ms(NOON_MS + 15_000));
    }

    #[test]
    fn the_first_lesson_may_set_wall_time_back_but_later_ones_never_do() {
        let real = ManualClock::new(); // 2026-01-01T00:00:00Z
        let clock = FollowClock::on(real.shared());
        let t0 = clock.now();
        let earlier = 1_750_000_000_000; // a sandbox started at a fixed date in 2025
        clock.learn(&heard(10.0, earlier));
        assert_eq!(clock.wall(), at_ms(earlier));
        real.advance(Duration::from_secs(1));
        assert_eq!(clock.wall(), at_ms(earlier + 10_000));
        // A stamp behind the clock (an answer read late) moves nothing.
        clock.learn(&heard(10.0, earlier + 9_000));
        assert_eq!(clock.wall(), at_ms(earlier + 10_000));
        assert_eq!(clock.now() - t0, Duration::from_secs(10));
    }

    #[test]
    fn a_sandbox_jump_moves_both_times_forward_by_the_jump() {
        let real = ManualClock::new();
        let clock = FollowClock::on(real.shared());
        let t0 = clock.now();
        clock.learn(&heard(10.0, NOON_MS));
        real.advance(Duration::from_secs(1));
        // The sandbox jumped an hour: it now reads 13:00:10.
        clock.learn(&heard(10.0, NOON_MS + 3_610_000));
        assert_eq!(clock.wall(), at_ms(NOON_MS + 3_610_000));
        assert_eq!(clock.now() - t0, Duration::from_secs(3_610));
        real.advance(Duration::from_secs(1));
        assert_eq!(clock.now() - t0, Duration::from_secs(3_620));
    }

    #[test]
    fn relearning_a_scale_is_continuous_and_never_goes_backwards() {
        let real = ManualClock::new();
        let clock = FollowClock::on(real.shared());
        let t0 = clock.now();
        clock.learn(&heard(10.0, NOON_MS));
        real.advance(Duration::from_secs(2)); // 20 sandbox seconds
        let before = (clock.now(), clock.wall());
        // The sandbox slowed down to real time; its stamp was taken a moment earlier.
        clock.learn(&heard(1.0, NOON_MS + 19_000));
        assert_eq!((clock.now(), clock.wall()), before, "no jump back");
        assert_eq!(clock.scale(), 1.0);
        real.advance(Duration::from_secs(2));
        assert_eq!(clock.now() - t0, Duration::from_secs(22));
        assert_eq!(clock.wall(), at_ms(NOON_MS + 22_000));
        let mut last = clock.now();
        for (scale, ms) in [(100.0, 0), (0.5, NOON_MS), (3.0, NOON_MS + 500_000)] {
            clock.learn(&heard(scale, ms));
            real.advance(Duration::from_millis(10));
            assert!(clock.now() >= last, "monotonic after learning {scale}");
            last = clock.now();
        }
    }

    #[tokio::test]
    async fn sleeps_take_the_scaled_real_time() {
        let real = ManualClock::new();
        let clock = FollowClock::on(real.shared());
        clock.sleep(Duration::from_secs(4)).await;
        assert_eq!(
            real.total_slept(),
            Duration::from_secs(4),
            "real speed at first"
        );
        clock.learn(&heard(10.0, NOON_MS));
        let t0 = clock.now();
        clock.sleep(Duration::from_secs(10)).await;
        assert_eq!(real.sleeps().last(), Some(&Duration::from_secs(1)));
        assert_eq!(real.total_slept(), Duration::from_secs(5));
        assert_eq!(clock.now() - t0, Duration::from_secs(10));
        assert_eq!(clock.wall(), at_ms(NOON_MS + 10_000));
    }

    /// Real time as tokio sees it, so a paused runtime moves it.
    #[derive(Debug)]
    struct TokioClock(tokio::time::Instant);

    impl Clock for TokioClock {
        fn now(&self) -> Instant {
            tokio::time::Instant::now().into_std()
        }
        fn wall(&self) -> SystemTime {
            SystemTime::UNIX_EPOCH + (tokio::time::Instant::now() - self.0)
        }
        fn sleep(&self, duration: Duration) -> Sleep {
            Box::pin(tokio::time::sleep(duration))
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_sleep_in_progress_follows_a_new_scale() {
        let clock = FollowClock::on(Arc::new(TokioClock(tokio::time::Instant::now())));
        let sleeper = {
            let clock = clock.clone();
            tokio::spawn(async move { clock.sleep(Duration::from_secs(100)).await })
        };
        tokio::task::yield_now().await;
        tokio::task::yield_now().await;
        // At real speed the sleep would take 100 s; at scale 100 it ends within a second.
        clock.learn(&heard(100.0, NOON_MS));
        let began = tokio::time::Instant::now();
        sleeper.await.expect("the sleeper ends");
        assert!(tokio::time::Instant::now() - began <= Duration::from_secs(1));
    }

    #[test]
    fn explicit_clocks_ignore_what_they_hear() {
        let manual = ManualClock::new();
        let t0 = manual.now();
        let w0 = manual.wall();
        manual.observe(&heard(10.0, NOON_MS));
        assert_eq!((manual.now(), manual.wall()), (t0, w0));
        let scaled = crate::clock::ScaledClock::new(3.0);
        scaled.observe(&heard(10.0, NOON_MS));
        assert_eq!(scaled.scale(), 3.0);
        // A follow clock hears through the shared, type-erased handle.
        let follow = FollowClock::on(manual.shared());
        let shared: SharedClock = follow.shared();
        shared.observe(&heard(10.0, NOON_MS));
        assert_eq!(follow.scale(), 10.0);
        assert_eq!(shared.wall(), at_ms(NOON_MS));
    }

    #[test]
    fn the_default_clock_follows_everywhere_but_production() {
        let production = "https://services.leadconnectorhq.com";
        for (url, follows) in [
            ("https://services.leadconnectorhq.com", false),
            ("https://services.leadconnectorhq.com/", false),
            ("HTTPS://Services.LeadConnectorHQ.com", false),
            ("http://127.0.0.1:8787", true),
            ("https://services.leadconnectorhq.com.proxy.example", true),
        ] {
            let clock = auto_clock(url, production);
            // A sandbox stamp from 1970: only a follow clock takes it.
            clock.observe(&heard(10.0, 1_000));
            let followed = clock.wall() < at_ms(1_000_000);
            assert_eq!(followed, follows, "{url}");
        }
    }

    #[test]
    fn debug_shows_scale_and_whether_it_learned() {
        let clock = FollowClock::on(ManualClock::new().shared());
        assert_eq!(
            format!("{clock:?}"),
            "FollowClock { scale: 1.0, learned: false }"
        );
        clock.learn(&heard(10.0, NOON_MS));
        assert_eq!(
            format!("{clock:?}"),
            "FollowClock { scale: 10.0, learned: true }"
        );
    }
}
