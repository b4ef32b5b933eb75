//! Client-side rate limiting, keyed by resource (a GHL location or company, a Notion token).
//!
//! [`SlidingWindow`] keeps, per key, the start times of the last `max` requests and gives the
//! next request a slot no earlier than `window` after the request `max` places before it. So
//! **no window of that length, wherever it starts, ever holds more than `max` starts**, which
//! is what a server's fixed window (GHL: 100 per 10 s) needs, while a full burst still goes out
//! at once. (A GCRA / token bucket with burst `max` would allow up to `2 × max` in one window.)
//!
//! [`DailyBudget`] counts requests per key over a day and fails fast once the budget is spent.
//! [`Limiter`] combines both with pauses the server asked for (a spent `X-RateLimit-Remaining`,
//! a `Retry-After`), and is what the transports call before each attempt.
//!
//! With [`LimiterConfig::server_aware`] set (GHL), the limiter also follows the server's own
//! count ([`ServerWindow`]): it sends as soon as the server says its window has room again,
//! even if the local log would wait, and never more than the server says fits. Each request
//! then gets an [`Admission`] whose ticket goes back to [`Limiter::answered`] with the answer.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use crate::clock::Clock;
use crate::server_window::{Answer, Probing, ServerWindow, Step, Ticket};
use crate::shared_budget::SharedBudget;

/// Keys kept before idle ones are pruned.
const PRUNE_ABOVE: usize = 4096;

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A keyed sliding-window-log limiter: at most `max` request starts in any `window`.
#[derive(Debug)]
pub struct SlidingWindow {
    max: usize,
    window: Duration,
    slots: Mutex<HashMap<String, VecDeque<Instant>>>,
    caps: Mutex<HashMap<String, usize>>,
}

impl SlidingWindow {
    /// A limiter of `max` requests per `window` for each key. A `max` of zero is treated as one.
    pub fn new(max: u32, window: Duration) -> Self {
        Self {
            max: (max as usize).max(1),
            window,
            slots: Mutex::new(HashMap::new()),
            caps: Mutex::new(HashMap::new()),
        }
    }

    /// Lowers `key`'s maximum to `cap` (never above the configured maximum; zero counts as
    /// one), e.g. when the server reports a smaller limit than configured. A later, larger
    /// `cap` raises it again, up to the configured maximum.
    pub fn cap(&self, key: &str, cap: u32) {
        let cap = (cap as usize).clamp(1, self.max);
        lock(&self.caps).insert(key.to_owned(), cap);
    }

    /// The maximum per window in force for `key`.
    pub fn max_for(&self, key: &str) -> u32 {
        let cap = lock(&self.caps).get(key).copied().unwrap_or(self.max);
        u32::try_from(cap).unwrap_or(u32::MAX)
    }

    /// The configured maximum per window.
    pub fn max(&self) -> u32 {
        u32::try_from(self.max).unwrap_or(u32::MAX)
    }

    /// The configured window.
    pub fn window(&self) -> Duration {
        self.window
    }

    /// Reserves the next slot for `key` at or after `now` and returns how long to wait for it.
    ///
    /// The slot is taken even if the caller then gives up, which only ever makes the limiter
    /// more conservative.
    pub fn reserve(&self, key: &str, now: Instant) -> Duration {
        let mut slots = lock(&self.slots);
        if slots.len() > PRUNE_ABOVE {
            let window = self.window;
            slots.retain(|_, q| q.back().is_some_and(|last| *last + window > now));
        }
        let cap = lock(&self.caps).get(key).copied().unwrap_or(self.max);
        let queue = slots.entry(key.to_owned()).or_default();
        // Slots are never handed out before an earlier reserved one.
        let mut at = queue.back().map_or(now, |last| (*last).max(now));
        if queue.len() >= cap {
            // The request `cap` places back must have left the window first.
            if let Some(anchor) = queue.get(queue.len() - cap) {
                at = at.max(*anchor + self.window);
            }
        }
        queue.push_back(at);
        while queue.len() > self.max {
            queue.pop_front();
        }
        at.saturating_duration_since(now)
    }

    /// When the next request for `key` could start, at or after `now`, without reserving it.
    pub fn free_at(&self, key: &str, now: Instant) -> Instant {
        let cap = lock(&self.caps).get(key).copied().unwrap_or(self.max);
        let slots = lock(&self.slots);
        let anchor = slots
            .get(key)
            .filter(|q| q.len() >= cap)
            .and_then(|q| q.get(q.len() - cap));
        anchor.map_or(now, |a| (*a + self.window).max(now))
    }

    /// Records a request for `key` that starts at `at` (not before any recorded one).
    pub fn record(&self, key: &str, at: Instant) {
        let mut slots = lock(&self.slots);
        let queue = slots.entry(key.to_owned()).or_default();
        let at = queue.back().map_or(at, |last| (*last).max(at));
        queue.push_back(at);
        while queue.len() > self.max {
            queue.pop_front();
        }
    }

    /// How many request starts for `key` fall inside the window ending at `now`.
    pub fn in_window(&self, key: &str, now: Instant) -> usize {
        lock(&self.slots).get(key).map_or(0, |q| {
            q.iter()
                .filter(|t| **t <= now && **t + self.window > now)
                .count()
        })
    }
}

/// The daily budget of one key was spent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DailyExhausted {
    /// The budget per day.
    pub limit: u64,
    /// Time until the local day window ends.
    pub resets_in: Duration,
}

#[derive(Debug, Clone, Copy)]
struct DayCount {
    started: Instant,
    used: u64,
    limit: u64,
    warned: bool,
}

/// Requests per key per day, failing fast once the budget is spent.
///
/// The local day starts at a key's first request. When the server reports its own count
/// (GHL's `X-RateLimit-Daily-Remaining`), that count wins: the server is the authority.
#[derive(Debug)]
pub struct DailyBudget {
    limit: u64,
    warn_below: f64,
    days: Mutex<HashMap<String, DayCount>>,
}

/// One day.
pub const DAY: Duration = Duration::from_secs(24 * 60 * 60);

impl DailyBudget {
    /// A budget of `limit` requests per day per key, warning through `tracing` when less than
    /// `warn_below` (a fraction, e.g. `0.1`) of it remains.
    pub fn new(limit: u64, warn_below: f64) -> Self {
        Self {
            limit,
            warn_below,
            days: Mutex::new(HashMap::new()),
        }
    }

    fn day<'a>(
        &self,
        days: &'a mut HashMap<String, DayCount>,
        key: &str,
        now: Instant,
    ) -> &'a mut DayCount {
        let limit = self.limit;
        let day = days.entry(key.to_owned()).or_insert(DayCount {
            started: now,
            used: 0,
            limit,
            warned: false,
        });
        if now.saturating_duration_since(day.started) >= DAY {
            *day = DayCount {
                started: now,
                used: 0,
                limit: day.limit,
                warned: false,
            };
        }
        day
    }

    /// Takes one request from `key`'s budget, or says when it resets.
    pub fn take(&self, key: &str, now: Instant) -> Result<u64, DailyExhausted> {
        let mut days = lock(&self.days);
        let warn_below = self.warn_below;
        let day = self.day(&mut days, key, now);
        if day.used >= day.limit {
            return Err(DailyExhausted {
                limit: day.limit,
                resets_in: (day.started + DAY).saturating_duration_since(now),
            });
        }
        day.used += 1;
        let remaining = day.limit - day.used;
        if !day.warned && (remaining as f64) < (day.limit as f64) * warn_below {
            day.warned = true;
            tracing::warn!(
                resource = key,
                remaining,
                limit = day.limit,
                "daily request budget running low"
            );
        }
        Ok(remaining)
    }

    /// Records the server's own view of the day: `limit` per day with `remaining` left.
    pub fn observe(&self, key: &str, limit: u64, remaining: u64, now: Instant) {
        let mut days = lock(&self.days);
        let day = self.day(&mut days, key, now);
        day.limit = limit;
        day.used = limit.saturating_sub(remaining);
    }

    /// Requests left today for `key`.
    pub fn remaining(&self, key: &str, now: Instant) -> u64 {
        let mut days = lock(&self.days);
        let day = self.day(&mut days, key, now);
        day.limit.saturating_sub(day.used)
    }
}

/// Limits for one API, applied per resource key.
#[derive(Debug, Clone, PartialEq)]
pub struct LimiterConfig {
    /// Requests allowed per window (GHL: 100; GHL sandbox and trial accounts: 25; Notion: 3).
    pub max_per_window: u32,
    /// The window (GHL: 10 s; Notion: 1 s).
    pub window: Duration,
    /// Requests allowed per day, if the API has a daily budget (GHL: 200,000).
    pub daily_limit: Option<u64>,
    /// Warn when less than this fraction of the daily budget remains.
    pub daily_warn_below: f64,
    /// Whether to follow the server's count of its window (GHL's `X-RateLimit-Remaining`),
    /// and whether to probe a full window whose phase is unknown (see [`ServerWindow`]).
    /// `None` (Notion, which sends no such headers): the local log alone.
    pub server_aware: Option<Probing>,
}

impl LimiterConfig {
    /// GHL's published limits: 100 requests per 10 s and 200,000 per day, per resource.
    pub fn ghl() -> Self {
        Self {
            max_per_window: 100,
            window: Duration::from_secs(10),
            daily_limit: Some(200_000),
            daily_warn_below: 0.1,
            server_aware: Some(Probing::Once),
        }
    }

    /// GHL's limits for sandbox and trial accounts' private integration tokens:
    /// 25 requests per 10 s and 10,000 per day.
    pub fn ghl_trial() -> Self {
        Self {
            max_per_window: 25,
            window: Duration::from_secs(10),
            daily_limit: Some(10_000),
            daily_warn_below: 0.1,
            server_aware: Some(Probing::Once),
        }
    }

    /// Notion's documented average: 3 requests per second per integration token.
    pub fn notion() -> Self {
        Self {
            max_per_window: 3,
            window: Duration::from_secs(1),
            daily_limit: None,
            daily_warn_below: 0.0,
            server_aware: None,
        }
    }
}

/// What [`Limiter::admit`] decided for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Admission {
    /// How long to wait.
    pub wait: Duration,
    /// After waiting, ask [`Limiter::admit`] again (a server-aware limiter reserves nothing
    /// while it waits; an answer heard meanwhile, see [`Limiter::changed`], may free the
    /// request earlier). `false`: the slot is taken, send once the wait is over.
    pub ask_again: bool,
    /// For a server-aware limiter, the request to report with its answer
    /// ([`Limiter::answered`]).
    pub ticket: Option<Ticket>,
}

/// Why [`Limiter::acquire`] refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitError {
    /// The daily budget is spent.
    DailyExhausted(DailyExhausted),
}

/// The window limiter, the daily budget and server-requested pauses, per resource key.
#[derive(Debug)]
pub struct Limiter {
    config: LimiterConfig,
    window: SlidingWindow,
    daily: Option<DailyBudget>,
    paused: Mutex<HashMap<String, Instant>>,
    servers: Mutex<HashMap<String, ServerWindow>>,
    changed: tokio::sync::Notify,
    shared: Option<Arc<dyn SharedBudget>>,
}

impl Limiter {
    /// A limiter for `config`.
    pub fn new(config: LimiterConfig) -> Self {
        Self {
            window: SlidingWindow::new(config.max_per_window, config.window),
            daily: config
                .daily_limit
                .map(|limit| DailyBudget::new(limit, config.daily_warn_below)),
            paused: Mutex::new(HashMap::new()),
            servers: Mutex::new(HashMap::new()),
            changed: tokio::sync::Notify::new(),
            shared: None,
            config,
        }
    }

    /// The same limits, also drawing every request from `budget`, which other processes
    /// share (see [`crate::shared_budget`]): slots spaced `window / max_per_window` apart
    /// across all of them.
    pub fn with_shared_budget(mut self, budget: Arc<dyn SharedBudget>) -> Self {
        self.shared = Some(budget);
        self
    }

    /// The shared budget, if any, and the spacing of its slots.
    pub fn shared_budget(&self) -> Option<(&Arc<dyn SharedBudget>, Duration)> {
        let spacing = self.config.window / self.config.max_per_window.max(1);
        self.shared.as_ref().map(|b| (b, spacing))
    }

    /// The configuration in force.
    pub fn config(&self) -> &LimiterConfig {
        &self.config
    }

    /// Plans the next request for `key` at `now`: takes a daily unit and a window slot and
    /// returns how long to wait before sending.
    pub fn plan(&self, key: &str, now: Instant) -> Result<Duration, LimitError> {
        if let Some(daily) = &self.daily {
            daily.take(key, now).map_err(LimitError::DailyExhausted)?;
        }
        let start = lock(&self.paused)
            .get(key)
            .copied()
            .filter(|until| *until > now)
            .unwrap_or(now);
        let wait_in_window = self.window.reserve(key, start);
        Ok(start.saturating_duration_since(now) + wait_in_window)
    }

    /// Decides the next request for `key` at `now`. Without [`LimiterConfig::server_aware`] this
    /// is [`Limiter::plan`]. With it, nothing is reserved until the request may go: then it
    /// takes a daily unit, is recorded in the local log and gets a ticket; until then the
    /// caller waits (see [`Admission::ask_again`]).
    pub fn admit(&self, key: &str, now: Instant) -> Result<Admission, LimitError> {
        let Some(probing) = self.config.server_aware else {
            return Ok(Admission {
                wait: self.plan(key, now)?,
                ask_again: false,
                ticket: None,
            });
        };
        let wait = |until: Instant| Admission {
            wait: until.saturating_duration_since(now),
            ask_again: true,
            ticket: None,
        };
        if let Some(until) = lock(&self.paused).get(key).copied().filter(|u| *u > now) {
            return Ok(wait(until));
        }
        let mut servers = lock(&self.servers);
        let server = servers
            .entry(key.to_owned())
            .or_insert_with(|| ServerWindow::new(self.config.window));
        let log_free_at = self.window.free_at(key, now);
        match server.step(now, log_free_at, probing) {
            Step::WaitUntil(until) => Ok(wait(until)),
            Step::Send(why) => {
                if let Some(daily) = &self.daily {
                    daily.take(key, now).map_err(LimitError::DailyExhausted)?;
                }
                self.window.record(key, now);
                Ok(Admission {
                    wait: Duration::ZERO,
                    ask_again: false,
                    ticket: Some(server.sent(why, now, log_free_at)),
                })
            }
        }
    }

    /// Reports the answer to an admitted request: `None` when none came back (a transport
    /// error) or the request was not sent after all. Wakes requests waiting for it.
    pub fn answered(&self, key: &str, ticket: Ticket, answer: Option<&Answer>, now: Instant) {
        let changed = lock(&self.servers)
            .get_mut(key)
            .is_some_and(|server| server.answered(ticket, answer, now));
        if changed {
            self.changed.notify_waiters();
        }
    }

    /// Completes when a server-aware limiter heard an answer that may let waiting requests go
    /// (create it before [`Limiter::admit`], then wait on it alongside the admission's wait).
    pub fn changed(&self) -> tokio::sync::futures::Notified<'_> {
        self.changed.notified()
    }

    /// Waits (on `clock`) until a request for `key` may start, and returns the time waited.
    pub async fn acquire(&self, key: &str, clock: &dyn Clock) -> Result<Duration, LimitError> {
        let wait = self.plan(key, clock.now())?;
        if !wait.is_zero() {
            clock.sleep(wait).await;
        }
        Ok(wait)
    }

    /// Records the server's burst-window headers for `key` after a response: a server-aware
    /// limiter leaves them to [`Limiter::answered`]; otherwise a spent window
    /// (`remaining` 0) holds requests for one `interval`.
    pub fn observe_window(
        &self,
        key: &str,
        remaining: Option<u64>,
        interval: Duration,
        now: Instant,
    ) {
        if self.config.server_aware.is_none() && remaining == Some(0) {
            tracing::debug!(
                ?interval,
                "server says the window is spent; holding requests"
            );
            self.pause_until(key, now + interval);
        }
    }

    /// Holds every request for `key` until `until` (the server said its window is spent, or
    /// asked to retry after a delay).
    pub fn pause_until(&self, key: &str, until: Instant) {
        let mut paused = lock(&self.paused);
        let entry = paused.entry(key.to_owned()).or_insert(until);
        if *entry < until {
            *entry = until;
        }
    }

    /// Records the server's per-window limit for `key` (GHL's `X-RateLimit-Max`): when it is
    /// lower than configured (a trial account, a shared budget), the limiter follows it.
    pub fn observe_window_max(&self, key: &str, max: u64) {
        self.window.cap(key, u32::try_from(max).unwrap_or(u32::MAX));
    }

    /// The per-window maximum in force for `key`.
    pub fn window_max(&self, key: &str) -> u32 {
        self.window.max_for(key)
    }

    /// Records the server's count of the day's remaining requests for `key`.
    pub fn observe_daily(&self, key: &str, limit: u64, remaining: u64, now: Instant) {
        if let Some(daily) = &self.daily {
            daily.observe(key, limit, remaining, now);
        }
    }

    /// Requests left today for `key`, if a daily budget is configured.
    pub fn daily_remaining(&self, key: &str, now: Instant) -> Option<u64> {
        self.daily.as_ref().map(|d| d.remaining(key, now))
    }

    /// Request starts for `key` inside the current window.
    pub fn in_window(&self, key: &str, now: Instant) -> usize {
        self.window.in_window(key, now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server_window::Answer;
    use proptest::prelude::*;

    #[test]
    fn full_burst_then_waits_for_the_oldest_to_leave() {
        let t0 = Instant::now();
        let w = SlidingWindow::new(100, Duration::from_secs(10));
        for _ in 0..100 {
            assert_eq!(w.reserve("a", t0), Duration::ZERO);
        }
        assert_eq!(w.reserve("a", t0), Duration::from_secs(10));
        // Another key has its own window.
        assert_eq!(w.reserve("b", t0), Duration::ZERO);
    }

    #[test]
    fn daily_budget_fails_fast_and_resets() {
        let t0 = Instant::now();
        let d = DailyBudget::new(2, 0.5);
        assert_eq!(d.take("a", t0), Ok(1));
        assert_eq!(d.take("a", t0), Ok(0));
        let err = d.take("a", t0 + Duration::from_secs(60)).err();
        assert_eq!(
            err.map(|e| e.resets_in),
            Some(DAY - Duration::from_secs(60))
        );
        assert_eq!(d.take("a", t0 + DAY), Ok(1));
    }

    #[test]
    fn server_count_wins() {
        let t0 = Instant::now();
        let d = DailyBudget::new(200_000, 0.1);
        d.observe("a", 200_000, 0, t0);
        assert!(d.take("a", t0).is_err());
        d.observe("a", 200_000, 10, t0);
        assert_eq!(d.take("a", t0), Ok(9));
    }

    #[test]
    fn pause_delays_and_the_window_counts_from_the_pause() {
        let t0 = Instant::now();
        let l = Limiter::new(LimiterConfig {
            max_per_window: 2,
            window: Duration::from_secs(10),
            daily_limit: None,
            daily_warn_below: 0.0,
            server_aware: None,
        });
        l.pause_until("a", t0 + Duration::from_secs(3));
        assert_eq!(l.plan("a", t0), Ok(Duration::from_secs(3)));
        assert_eq!(l.plan("a", t0), Ok(Duration::from_secs(3)));
        assert_eq!(l.plan("a", t0), Ok(Duration::from_secs(13)));
    }

    #[test]
    fn a_lower_server_cap_is_followed_and_can_rise_again() {
        let t0 = Instant::now();
        let w = SlidingWindow::new(100, Duration::from_secs(10));
        for _ in 0..5 {
            assert_eq!(w.reserve("a", t0), Duration::ZERO);
        }
        w.cap("a", 5);
        assert_eq!(w.max_for("a"), 5);
        assert_eq!(w.reserve("a", t0), Duration::from_secs(10));
        w.cap("a", 500);
        assert_eq!(w.max_for("a"), 100, "never above the configured maximum");
        assert_eq!(w.reserve("a", t0), Duration::from_secs(10));
        assert_eq!(w.max_for("b"), 100);
    }

    const SEC: fn(u64) -> Duration = Duration::from_secs;

    #[test]
    fn a_spent_daily_budget_stays_spent_for_a_whole_day_and_then_resets() {
        let clock = crate::clock::ManualClock::new();
        let d = DailyBudget::new(3, 0.0);
        for left in [2, 1, 0] {
            assert_eq!(d.take("a", clock.now()), Ok(left));
        }
        // 1 h, then 23 h 59 m 59 s after the first request: still spent.
        clock.advance(SEC(60 * 60));
        let err = d.take("a", clock.now()).unwrap_err();
        assert_eq!(err.limit, 3);
        assert_eq!(err.resets_in, SEC(23 * 60 * 60));
        clock.advance(SEC(22 * 60 * 60 + 59 * 60 + 59));
        assert_eq!(
            d.take("a", clock.now()).map_err(|e| e.resets_in),
            Err(SEC(1))
        );
        assert_eq!(d.remaining("a", clock.now()), 0);
        // 24 h after the first request: a fresh day.
        clock.advance(SEC(1));
        assert_eq!(d.remaining("a", clock.now()), 3);
        assert_eq!(d.take("a", clock.now()), Ok(2));
        // The new day counts from its own first request.
        clock.advance(SEC(23 * 60 * 60));
        assert_eq!(d.take("a", clock.now()), Ok(1));
    }

    #[test]
    fn the_limiter_fails_fast_for_a_day_once_the_daily_budget_is_spent() {
        let t0 = Instant::now();
        let l = Limiter::new(LimiterConfig {
            max_per_window: 100,
            window: SEC(10),
            daily_limit: Some(2),
            daily_warn_below: 0.1,
            server_aware: None,
        });
        assert_eq!(l.plan("a", t0), Ok(Duration::ZERO));
        assert_eq!(l.plan("a", t0), Ok(Duration::ZERO));
        assert_eq!(l.daily_remaining("a", t0), Some(0));
        assert_eq!(
            l.plan("a", t0 + SEC(60 * 60)),
            Err(LimitError::DailyExhausted(DailyExhausted {
                limit: 2,
                resets_in: SEC(23 * 60 * 60),
            }))
        );
        assert!(l.plan("a", t0 + SEC(86_399)).is_err());
        assert_eq!(l.plan("a", t0 + SEC(86_400)), Ok(Duration::ZERO));
        assert_eq!(l.daily_remaining("a", t0 + SEC(86_400)), Some(1));
        // Another key has its own budget, and no budget means no count.
        assert_eq!(l.daily_remaining("b", t0), Some(2));
        let notion = Limiter::new(LimiterConfig::notion());
        assert_eq!(notion.daily_remaining("a", t0), None);
    }

    #[test]
    fn the_servers_daily_count_reaches_the_limiter() {
        let t0 = Instant::now();
        let l = Limiter::new(LimiterConfig::ghl());
        l.observe_daily("a", 200_000, 1, t0);
        assert_eq!(l.daily_remaining("a", t0), Some(1));
        assert_eq!(l.plan("a", t0), Ok(Duration::ZERO));
        assert!(matches!(
            l.plan("a", t0),
            Err(LimitError::DailyExhausted(DailyExhausted {
                limit: 200_000,
                ..
            }))
        ));
    }

    #[test]
    fn a_longer_server_pause_is_honoured_and_a_shorter_one_does_not_cut_it() {
        let t0 = Instant::now();
        let l = Limiter::new(LimiterConfig::notion());
        l.pause_until("a", t0 + SEC(5));
        l.pause_until("a", t0 + SEC(2));
        assert_eq!(
            l.plan("a", t0),
            Ok(SEC(5)),
            "the shorter pause must not win"
        );
        l.pause_until("a", t0 + SEC(30));
        assert_eq!(l.plan("a", t0 + SEC(1)), Ok(SEC(29)));
        // A pause in the past holds nothing; other keys are not paused.
        assert_eq!(l.plan("b", t0), Ok(Duration::ZERO));
        assert_eq!(l.plan("a", t0 + SEC(100)), Ok(Duration::ZERO));
    }

    #[test]
    fn a_pause_ending_now_holds_nothing() {
        let t0 = Instant::now();
        let l = Limiter::new(LimiterConfig::notion());
        l.pause_until("a", t0 + SEC(4));
        assert_eq!(l.plan("a", t0 + SEC(4)), Ok(Duration::ZERO));
    }

    #[tokio::test]
    async fn acquire_sleeps_on_the_clock_for_the_planned_wait() {
        let clock = crate::clock::ManualClock::new();
        let l = Limiter::new(LimiterConfig::notion());
        for _ in 0..3 {
            assert_eq!(l.acquire("a", &clock).await, Ok(Duration::ZERO));
        }
        assert!(clock.sleeps().is_empty(), "no sleep when no wait");
        assert_eq!(l.acquire("a", &clock).await, Ok(SEC(1)));
        assert_eq!(clock.sleeps(), vec![SEC(1)]);
        assert_eq!(clock.elapsed(), SEC(1));
    }

    #[test]
    fn a_lower_server_window_max_holds_requests_at_that_max() {
        let t0 = Instant::now();
        let l = Limiter::new(LimiterConfig::ghl());
        assert_eq!(l.window_max("a"), 100);
        l.observe_window_max("a", 25);
        assert_eq!(l.window_max("a"), 25);
        assert_eq!(l.window_max("b"), 100);
        for _ in 0..25 {
            assert_eq!(l.plan("a", t0), Ok(Duration::ZERO));
        }
        assert_eq!(l.plan("a", t0), Ok(SEC(10)), "the 26th waits a window");
        assert_eq!(l.in_window("a", t0), 25);
        // A huge server max never lifts the configured one.
        l.observe_window_max("b", u64::MAX);
        assert_eq!(l.window_max("b"), 100);
        l.observe_window_max("c", 0);
        assert_eq!(l.window_max("c"), 1);
    }

    #[test]
    fn window_accounting_and_accessors() {
        let t0 = Instant::now();
        let w = SlidingWindow::new(0, SEC(10));
        assert_eq!(w.max(), 1, "zero counts as one");
        assert_eq!(SlidingWindow::new(100, SEC(10)).max(), 100);
        assert_eq!(w.window(), SEC(10));
        assert_eq!(w.reserve("a", t0), Duration::ZERO);
        assert_eq!(w.reserve("a", t0), SEC(10));
        let w = SlidingWindow::new(2, SEC(10));
        assert_eq!(w.reserve("a", t0), Duration::ZERO);
        assert_eq!(w.reserve("a", t0 + SEC(1)), Duration::ZERO);
        assert_eq!(w.reserve("a", t0 + SEC(1)), SEC(9));
        assert_eq!(w.in_window("a", t0), 0);
        assert_eq!(
            w.in_window("a", t0 + SEC(1)),
            1,
            "the future slot is not in yet"
        );
        assert_eq!(w.in_window("a", t0 + SEC(10)), 2);
        assert_eq!(
            w.in_window("a", t0 + SEC(11)),
            1,
            "the start at 1 s has left"
        );
        assert_eq!(w.in_window("a", t0 + SEC(20)), 0);
        assert_eq!(w.in_window("none", t0), 0);
        let l = Limiter::new(LimiterConfig::ghl_trial());
        assert_eq!(l.config().max_per_window, 25);
        assert_eq!(l.config().daily_limit, Some(10_000));
    }

    #[test]
    fn a_slot_is_never_before_an_earlier_one_and_old_starts_expire() {
        let t0 = Instant::now();
        let w = SlidingWindow::new(2, SEC(10));
        assert_eq!(w.reserve("a", t0), Duration::ZERO);
        assert_eq!(w.reserve("a", t0 + SEC(4)), Duration::ZERO);
        // The third start waits for the first to leave the window (at 10 s).
        assert_eq!(w.reserve("a", t0 + SEC(6)), SEC(4));
        // The fourth waits for the second (at 14 s).
        assert_eq!(w.reserve("a", t0 + SEC(6)), SEC(8));
        // Long after, no wait.
        assert_eq!(w.reserve("a", t0 + SEC(100)), Duration::ZERO);
    }

    #[test]
    fn idle_keys_are_pruned_but_busy_ones_keep_their_window() {
        let t0 = Instant::now();
        let w = SlidingWindow::new(1, SEC(10));
        assert_eq!(w.reserve("busy", t0 + SEC(5)), Duration::ZERO);
        for i in 0..=PRUNE_ABOVE {
            w.reserve(&format!("idle{i}"), t0);
        }
        // Past the idle keys' window, still inside the busy one's: the busy key must wait.
        assert_eq!(w.reserve("busy", t0 + SEC(10)), SEC(5));
        assert!(lock(&w.slots).len() < 10, "idle keys pruned");
    }

    fn aware(max: u32, probing: Probing) -> Limiter {
        Limiter::new(LimiterConfig {
            max_per_window: max,
            window: SEC(10),
            daily_limit: Some(1000),
            daily_warn_below: 0.0,
            server_aware: Some(probing),
        })
    }

    fn go(l: &Limiter, key: &str, now: Instant) -> Ticket {
        let admission = l.admit(key, now).unwrap();
        assert_eq!(
            (admission.wait, admission.ask_again),
            (Duration::ZERO, false)
        );
        admission
            .ticket
            .expect("a server-aware admission has a ticket")
    }

    fn waits(l: &Limiter, key: &str, now: Instant) -> Duration {
        let admission = l.admit(key, now).unwrap();
        assert!(
            admission.ask_again && admission.ticket.is_none(),
            "{admission:?}"
        );
        admission.wait
    }

    #[test]
    fn free_at_and_record_follow_the_log_without_reserving() {
        let t0 = Instant::now();
        let w = SlidingWindow::new(2, SEC(10));
        assert_eq!(w.free_at("a", t0), t0);
        w.record("a", t0);
        assert_eq!(w.free_at("a", t0), t0, "one of two used");
        assert_eq!(w.free_at("a", t0), t0, "asking reserves nothing");
        w.record("a", t0 + SEC(1));
        assert_eq!(w.free_at("a", t0 + SEC(2)), t0 + SEC(10));
        assert_eq!(w.free_at("a", t0 + SEC(12)), t0 + SEC(12), "passed: now");
        // A record never lands before an earlier one, and only `max` are kept.
        w.record("a", t0);
        assert_eq!(w.free_at("a", t0 + SEC(2)), t0 + SEC(11));
        assert_eq!(w.in_window("a", t0 + SEC(1)), 2);
        // A lower cap counts fewer back.
        w.cap("a", 1);
        assert_eq!(w.free_at("a", t0 + SEC(2)), t0 + SEC(11));
        w.record("b", t0 + SEC(5));
        w.cap("b", 1);
        assert_eq!(w.free_at("b", t0 + SEC(6)), t0 + SEC(15));
    }

    #[test]
    fn a_server_aware_limiter_takes_nothing_while_it_waits_and_follows_the_servers_credit() {
        let t0 = Instant::now();
        let l = aware(2, Probing::Never);
        let a = go(&l, "k", t0);
        let b = go(&l, "k", t0);
        // The local log is full: wait, taking neither a slot nor a daily unit.
        for _ in 0..3 {
            assert_eq!(waits(&l, "k", t0 + SEC(1)), SEC(9));
        }
        assert_eq!(l.daily_remaining("k", t0), Some(998));
        assert_eq!(l.in_window("k", t0), 2);
        // The server says 5 more fit (its window restarted): they go at once.
        l.answered("k", b, Some(&Answer::remaining(5)), t0 + SEC(1));
        l.answered("k", a, Some(&Answer::remaining(6)), t0 + SEC(1));
        for _ in 0..5 {
            go(&l, "k", t0 + SEC(1));
        }
        // Then the local log (its last two at 1 s) decides again.
        assert_eq!(waits(&l, "k", t0 + SEC(1)), SEC(10));
        assert_eq!(l.daily_remaining("k", t0), Some(993));
        // Other keys have their own server view.
        go(&l, "other", t0);
    }

    #[test]
    fn a_server_aware_limiter_honours_pauses_and_the_daily_budget() {
        let t0 = Instant::now();
        let l = aware(100, Probing::Once);
        l.pause_until("k", t0 + SEC(4));
        assert_eq!(waits(&l, "k", t0), SEC(4));
        assert_eq!(waits(&l, "k", t0 + SEC(3)), SEC(1));
        go(&l, "k", t0 + SEC(4));
        go(&l, "k", t0 + SEC(9));
        l.observe_daily("k", 1000, 0, t0);
        assert!(matches!(
            l.admit("k", t0 + SEC(10)),
            Err(LimitError::DailyExhausted(_))
        ));
        // A plain limiter reserves and never asks again.
        let plain = Limiter::new(LimiterConfig::notion());
        for _ in 0..3 {
            plain.admit("k", t0).unwrap();
        }
        assert_eq!(
            plain.admit("k", t0),
            Ok(Admission {
                wait: SEC(1),
                ask_again: false,
                ticket: None
            })
        );
    }

    #[tokio::test]
    async fn an_answer_that_changes_the_server_view_wakes_waiters() {
        let t0 = Instant::now();
        let l = aware(1, Probing::Once);
        let a = go(&l, "k", t0);
        let woken = l.changed();
        tokio::pin!(woken);
        woken.as_mut().enable();
        // An answer for a key never seen changes nothing.
        l.answered("unknown", a, Some(&Answer::remaining(3)), t0);
        l.answered("k", a, Some(&Answer::remaining(3)), t0);
        tokio::select! {
            biased;
            () = &mut woken => {}
            () = std::future::ready(()) => panic!("the answer did not wake waiters"),
        }
        go(&l, "k", t0);
    }

    #[tokio::test]
    async fn a_lost_plain_answer_wakes_nobody() {
        let t0 = Instant::now();
        let l = aware(1, Probing::Once);
        let a = go(&l, "k", t0);
        let woken = l.changed();
        tokio::pin!(woken);
        woken.as_mut().enable();
        l.answered("k", a, None, t0);
        tokio::select! {
            biased;
            () = &mut woken => panic!("nothing changed"),
            () = std::future::ready(()) => {}
        }
    }

    #[test]
    fn only_a_plain_limiter_holds_a_spent_window_itself() {
        let t0 = Instant::now();
        let plain = Limiter::new(LimiterConfig {
            server_aware: None,
            ..LimiterConfig::ghl()
        });
        plain.observe_window("k", Some(1), SEC(10), t0);
        assert_eq!(plain.plan("k", t0), Ok(Duration::ZERO));
        plain.observe_window("k", Some(0), SEC(10), t0);
        assert_eq!(plain.plan("k", t0), Ok(SEC(10)));
        plain.observe_window("j", None, SEC(10), t0);
        assert_eq!(plain.plan("j", t0), Ok(Duration::ZERO));
        let aware = aware(100, Probing::Never);
        aware.observe_window("k", Some(0), SEC(10), t0);
        go(&aware, "k", t0);
    }

    use crate::test_support::WarnCounter;

    #[test]
    fn a_low_daily_budget_warns_once_per_day_below_the_threshold() {
        let warnings = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let count = || warnings.load(std::sync::atomic::Ordering::SeqCst);
        let subscriber = WarnCounter(warnings.clone());
        tracing::subscriber::with_default(subscriber, || {
            let t0 = Instant::now();
            let d = DailyBudget::new(100, 0.1);
            for _ in 0..90 {
                d.take("a", t0).unwrap();
            }
            assert_eq!(count(), 0, "10 of 100 left is not below 10 %");
            assert_eq!(d.take("a", t0), Ok(9));
            assert_eq!(count(), 1, "9 of 100 left is");
            for _ in 0..9 {
                d.take("a", t0).unwrap();
            }
            assert_eq!(count(), 1, "once per day");
            let next_day = t0 + SEC(86_400);
            for _ in 0..91 {
                d.take("a", next_day).unwrap();
            }
            assert_eq!(count(), 2, "and again the next day");
        });
    }

    proptest! {
        /// Whatever the arrival pattern, no window of 10 s holds more than 100 starts.
        #[test]
        fn never_more_than_max_in_any_window(
            gaps in proptest::collection::vec(0u64..400, 1..600),
            max in 1u32..120,
            cap_at in 0usize..600,
            cap in 1u32..120,
        ) {
            let window = Duration::from_secs(10);
            let w = SlidingWindow::new(max, window);
            let mut limit = max as usize;
            let t0 = Instant::now();
            let mut now = t0;
            let mut starts = Vec::new();
            for (i, gap) in gaps.into_iter().enumerate() {
                if i == cap_at {
                    // From here on, the stricter of the two limits must hold for new starts.
                    w.cap("k", cap);
                    limit = limit.min(cap as usize).max(1);
                    starts.clear();
                }
                now += Duration::from_millis(gap);
                let wait = w.reserve("k", now);
                starts.push(now + wait);
            }
            starts.sort();
            for (i, s) in starts.iter().enumerate() {
                let in_window = starts[i..].iter().take_while(|t| **t < *s + window).count();
                prop_assert!(in_window <= limit, "{in_window} starts in one window");
            }
        }
    }
}
