//! Injected time.
//!
//! Everything that waits or reads the time in this workspace goes through [`Clock`], so tests
//! use a [`ManualClock`]: its `sleep` returns at once after moving the clock forward, and it
//! records every sleep, so a test can assert the exact backoff a client chose.
//!
//! Four clocks: [`SystemClock`] (real time), [`ScaledClock`] (real time sped up by a fixed
//! factor), [`FollowClock`] (real time until a sandbox says how fast its time runs, then the
//! sandbox's time; see [`follow`]) and [`ManualClock`] (tests).
//!
//! ```
//! use ghl_notion_runtime::{Clock, ManualClock};
//! use std::time::Duration;
//!
//! # tokio_test_block_on(async {
//! let clock = ManualClock::new();
//! let start = clock.now();
//! clock.sleep(Duration::from_secs(30)).await;
//! assert_eq!(clock.now() - start, Duration::from_secs(30));
//! assert_eq!(clock.sleeps(), vec![Duration::from_secs(30)]);
//! # });
//! # fn tokio_test_block_on<F: std::future::Future>(f: F) -> F::Output {
//! #     tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(f)
//! # }
//! ```

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime};

pub mod follow;

pub use follow::{FollowClock, HEADER_NOW, HEADER_TIME_SCALE, SandboxTime, auto_clock};

/// A boxed future returned by [`Clock::sleep`].
pub type Sleep = Pin<Box<dyn Future<Output = ()> + Send + 'static>>;

/// A shared, type-erased clock.
pub type SharedClock = Arc<dyn Clock>;

/// A source of monotonic time, wall-clock time and sleeping.
pub trait Clock: Send + Sync + fmt::Debug {
    /// Monotonic time, for measuring intervals.
    fn now(&self) -> Instant;
    /// Wall-clock time, for HTTP dates and token expiry.
    fn wall(&self) -> SystemTime;
    /// Waits for `duration`.
    fn sleep(&self, duration: Duration) -> Sleep;
    /// Hears the time a sandbox advertised in a response ([`SandboxTime`]). Only a
    /// [`FollowClock`] acts on it; every other clock ignores it (the default), which is how
    /// an explicitly injected clock keeps its own time.
    fn observe(&self, advertised: &SandboxTime) {
        let _ = advertised;
    }
    /// How many seconds of this clock's time pass per real second: 1 for real time (the
    /// default, also what a [`ManualClock`] reports, since only its owner moves it), the
    /// factor of a [`ScaledClock`], and whatever a [`FollowClock`] last heard.
    fn time_scale(&self) -> f64 {
        1.0
    }
}

/// The real clock: `Instant::now`, `SystemTime::now` and `tokio::time::sleep`.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl SystemClock {
    /// The real clock as a [`SharedClock`].
    pub fn shared() -> SharedClock {
        Arc::new(SystemClock)
    }
}

impl Clock for SystemClock {
    fn now(&self) -> Instant {
        Instant::now()
    }

    fn wall(&self) -> SystemTime {
        SystemTime::now()
    }

    fn sleep(&self, duration: Duration) -> Sleep {
        Box::pin(tokio::time::sleep(duration))
    }
}

/// Real time sped up by a factor: `now` and `wall` run `scale` times faster than the real
/// clock and `sleep(d)` sleeps `d / scale` for real.
///
/// Pair it with the sandbox's `--time-scale` so a client and the emulator agree on time while
/// a benchmark replays GHL's 10-second windows and Notion's per-second budget many times
/// faster than real time, with the same shape.
#[derive(Debug, Clone, Copy)]
pub struct ScaledClock {
    scale: f64,
    real_base: Instant,
    wall_base: SystemTime,
}

impl ScaledClock {
    /// A clock running `scale` times faster than real time from now (non-positive or
    /// non-finite scales mean 1).
    pub fn new(scale: f64) -> Self {
        Self {
            scale: if scale.is_finite() && scale > 0.0 {
                scale
            } else {
                1.0
            },
            real_base: Instant::now(),
            wall_base: SystemTime::now(),
        }
    }

    /// This clock as a [`SharedClock`].
    pub fn shared(self) -> SharedClock {
        Arc::new(self)
    }

    /// The speed-up factor.
    pub fn scale(&self) -> f64 {
        self.scale
    }

    fn scaled_elapsed(&self) -> Duration {
        self.real_base.elapsed().mul_f64(self.scale)
    }
}

impl Clock for ScaledClock {
    fn time_scale(&self) -> f64 {
        self.scale
    }

    fn now(&self) -> Instant {
        self.real_base + self.scaled_elapsed()
    }

    fn wall(&self) -> SystemTime {
        self.wall_base + self.scaled_elapsed()
    }

    fn sleep(&self, duration: Duration) -> Sleep {
        Box::pin(tokio::time::sleep(duration.div_f64(self.scale)))
    }
}

#[derive(Debug)]
struct ManualState {
    offset: Duration,
    sleeps: Vec<Duration>,
}

/// A clock that only moves when told to, or when something sleeps on it.
///
/// `sleep(d)` moves the clock forward by `d`, records `d` and returns at once (after yielding to
/// the scheduler). Concurrent sleepers therefore add up their sleeps: time only ever passes
/// faster than it would for real, which keeps rate-limit assertions conservative. Cloning
/// shares the same time.
#[derive(Clone)]
pub struct ManualClock {
    base_instant: Instant,
    base_wall: SystemTime,
    state: Arc<Mutex<ManualState>>,
}

impl fmt::Debug for ManualClock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ManualClock")
            .field("elapsed", &self.elapsed())
            .finish()
    }
}

impl Default for ManualClock {
    fn default() -> Self {
        Self::new()
    }
}

impl ManualClock {
    /// A manual clock whose wall time starts at 2026-01-01T00:00:00Z.
    pub fn new() -> Self {
        Self::starting_at(SystemTime::UNIX_EPOCH + Duration::from_secs(1_767_225_600))
    }

    /// A manual clock whose wall time starts at `wall`.
    pub fn starting_at(wall: SystemTime) -> Self {
        Self {
            base_instant: Instant::now(),
            base_wall: wall,
            state: Arc::new(Mutex::new(ManualState {
                offset: Duration::ZERO,
                sleeps: Vec::new(),
            })),
        }
    }

    /// This clock as a [`SharedClock`].
    pub fn shared(&self) -> SharedClock {
        Arc::new(self.clone())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, ManualState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Moves the clock forward by `by`.
    pub fn advance(&self, by: Duration) {
        self.lock().offset += by;
    }

    /// Time elapsed since the clock was made.
    pub fn elapsed(&self) -> Duration {
        self.lock().offset
    }

    /// Every sleep requested so far, in order.
    pub fn sleeps(&self) -> Vec<Duration> {
        self.lock().sleeps.clone()
    }

    /// The sum of every sleep requested so far.
    pub fn total_slept(&self) -> Duration {
        self.lock().sleeps.iter().sum()
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Instant {
        self.base_instant + self.lock().offset
    }

    fn wall(&self) -> SystemTime {
        self.base_wall + self.lock().offset
    }

    fn sleep(&self, duration: Duration) -> Sleep {
        let mut state = self.lock();
        state.sleeps.push(duration);
        state.offset += duration;
        drop(state);
        Box::pin(async {
            // Let other tasks run, as a real sleep would.
            tokio::task::yield_now().await;
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn manual_clock_moves_only_when_told() {
        let clock = ManualClock::new();
        let t0 = clock.now();
        let w0 = clock.wall();
        assert_eq!(clock.now(), t0);
        clock.advance(Duration::from_millis(250));
        assert_eq!(clock.now() - t0, Duration::from_millis(250));
        assert_eq!(
            clock.wall().duration_since(w0).ok(),
            Some(Duration::from_millis(250))
        );
        clock.sleep(Duration::from_secs(2)).await;
        assert_eq!(clock.elapsed(), Duration::from_millis(2250));
        assert_eq!(clock.sleeps(), vec![Duration::from_secs(2)]);
    }

    #[tokio::test]
    async fn scaled_clock_runs_faster() {
        let clock = ScaledClock::new(1000.0);
        let t0 = clock.now();
        clock.sleep(Duration::from_secs(5)).await;
        assert!(clock.now() - t0 >= Duration::from_secs(5));
        assert_eq!(ScaledClock::new(-1.0).scale(), 1.0);
    }

    #[tokio::test]
    async fn manual_clock_wall_time_sleeps_and_shared_view() {
        let clock = ManualClock::new();
        assert_eq!(
            httpdate::fmt_http_date(clock.wall()),
            "Thu, 01 Jan 2026 00:00:00 GMT"
        );
        let start = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000);
        let clock = ManualClock::starting_at(start);
        assert_eq!(clock.wall(), start);
        let shared = clock.shared();
        let t0 = shared.now();
        shared.sleep(Duration::from_secs(2)).await;
        clock.sleep(Duration::from_secs(3)).await;
        assert_eq!(clock.total_slept(), Duration::from_secs(5));
        assert_eq!(
            clock.sleeps(),
            vec![Duration::from_secs(2), Duration::from_secs(3)]
        );
        assert_eq!(shared.now() - t0, Duration::from_secs(5));
        assert_eq!(clock.wall(), start + Duration::from_secs(5));
        assert_eq!(shared.wall(), start + Duration::from_secs(5));
        assert_eq!(format!("{clock:?}"), "ManualClock { elapsed: 5s }");
    }

    #[tokio::test]
    async fn scaled_clock_scale_and_wall_time() {
        assert_eq!(ScaledClock::new(250.0).scale(), 250.0);
        assert_eq!(ScaledClock::new(0.0).scale(), 1.0);
        assert_eq!(ScaledClock::new(f64::NAN).scale(), 1.0);
        assert_eq!(ScaledClock::new(250.0).shared().time_scale(), 250.0);
        assert_eq!(SystemClock::shared().time_scale(), 1.0);
        assert_eq!(ManualClock::new().shared().time_scale(), 1.0);
        let clock = ScaledClock::new(1000.0);
        let w0 = clock.wall();
        let shared = clock.shared();
        shared.sleep(Duration::from_secs(5)).await;
        let ahead = clock.wall().duration_since(w0).ok();
        assert!(
            ahead.is_some_and(|d| d >= Duration::from_secs(5)),
            "{ahead:?}"
        );
        let system = SystemClock::shared();
        let t0 = system.now();
        assert!(system.now() >= t0);
        assert!(system.wall() > SystemTime::UNIX_EPOCH);
    }

    #[tokio::test]
    async fn clones_share_time() {
        let a = ManualClock::new();
        let b = a.clone();
        a.advance(Duration::from_secs(5));
        assert_eq!(b.elapsed(), Duration::from_secs(5));
    }
}
