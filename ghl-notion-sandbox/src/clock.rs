//! Sandbox time: real time sped up by a scale factor, plus manual jumps.
//!
//! Every limit, expiry and delivery delay in the sandbox reads this clock, so
//! `--time-scale 10` runs a benchmark of GHL's 10-second windows in one real second, and a
//! test can jump an hour ahead (`POST /_sandbox/time/advance`) to expire a token.
//!
//! The sandbox advertises this clock so clients can follow it (the time handshake, see
//! `docs/sandbox.md`): every response carries [`HEADER_TIME_SCALE`] and [`HEADER_NOW`]
//! ([`SandboxClock::advertised`]), and the start-up line and `GET /_sandbox/info` carry
//! `time_scale`, `now` and `now_ms`.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use chrono::{DateTime, SecondsFormat, Utc};
use tokio::sync::Notify;

/// The response header carrying the time scale (sandbox seconds per real second), e.g. `10`.
/// The real GHL and Notion never send it.
pub const HEADER_TIME_SCALE: &str = "x-sandbox-time-scale";

/// The response header carrying the sandbox's time when it answered, in Unix milliseconds.
/// The real GHL and Notion never send it.
pub const HEADER_NOW: &str = "x-sandbox-now";

#[derive(Debug)]
struct Inner {
    real_base: Instant,
    wall_base: DateTime<Utc>,
    scale: f64,
    jumped: Duration,
}

/// The sandbox's clock. Cloning shares it.
#[derive(Debug, Clone)]
pub struct SandboxClock {
    inner: Arc<Mutex<Inner>>,
    /// Woken whenever time jumps or the scale changes, so sleepers re-check their deadline.
    changed: Arc<Notify>,
}

impl SandboxClock {
    /// A clock running `scale` times faster than real time (1.0 = real time), starting now.
    pub fn new(scale: f64) -> Self {
        Self::starting_at(Utc::now(), scale)
    }

    /// A clock starting at `wall`, running `scale` times faster than real time.
    pub fn starting_at(wall: DateTime<Utc>, scale: f64) -> Self {
        let scale = if scale.is_finite() && scale > 0.0 {
            scale
        } else {
            1.0
        };
        Self {
            inner: Arc::new(Mutex::new(Inner {
                real_base: Instant::now(),
                wall_base: wall,
                scale,
                jumped: Duration::ZERO,
            })),
            changed: Arc::new(Notify::new()),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Sandbox time elapsed since the clock started (scaled, jumps included).
    pub fn elapsed(&self) -> Duration {
        let inner = self.lock();
        scaled(inner.real_base.elapsed(), inner.scale).saturating_add(inner.jumped)
    }

    /// The sandbox's current wall-clock time.
    pub fn now(&self) -> DateTime<Utc> {
        self.reading().1
    }

    /// Milliseconds since the Unix epoch, in sandbox time.
    pub fn now_millis(&self) -> i64 {
        self.now().timestamp_millis()
    }

    /// The time scale.
    pub fn scale(&self) -> f64 {
        self.lock().scale
    }

    /// Changes the time scale from now on (sandbox time does not jump).
    pub fn set_scale(&self, scale: f64) {
        if !(scale.is_finite() && scale > 0.0) {
            return;
        }
        let mut inner = self.lock();
        let elapsed = scaled(inner.real_base.elapsed(), inner.scale).saturating_add(inner.jumped);
        inner.real_base = Instant::now();
        inner.jumped = elapsed;
        inner.scale = scale;
        drop(inner);
        self.changed.notify_waiters();
    }

    /// Jumps sandbox time forward.
    pub fn advance(&self, by: Duration) {
        {
            let mut inner = self.lock();
            inner.jumped = inner.jumped.saturating_add(by);
        }
        self.changed.notify_waiters();
    }

    /// How long to sleep in real time for `sandbox` time to pass.
    pub fn real_duration(&self, sandbox: Duration) -> Duration {
        scaled(sandbox, 1.0 / self.scale())
    }

    /// The time scale and the current sandbox time, read together.
    pub fn reading(&self) -> (f64, DateTime<Utc>) {
        let (scale, base, elapsed) = {
            let inner = self.lock();
            (
                inner.scale,
                inner.wall_base,
                scaled(inner.real_base.elapsed(), inner.scale).saturating_add(inner.jumped),
            )
        };
        let now = chrono::Duration::from_std(elapsed)
            .ok()
            .and_then(|d| base.checked_add_signed(d))
            .unwrap_or(DateTime::<Utc>::MAX_UTC);
        (scale, now)
    }

    /// The values of [`HEADER_TIME_SCALE`] and [`HEADER_NOW`] now: the scale as a decimal
    /// number (`10`, `0.5`) and the time in Unix milliseconds, read together.
    pub fn advertised(&self) -> (String, String) {
        let (scale, now) = self.reading();
        (scale.to_string(), now.timestamp_millis().to_string())
    }

    /// The sandbox's current time as GHL writes it: ISO 8601 with milliseconds, `Z` suffix.
    pub fn now_iso(&self) -> String {
        iso(self.now())
    }

    /// Sleeps until `sandbox` time has passed: scaled real time, cut short by
    /// [`advance`](Self::advance) and re-planned by [`set_scale`](Self::set_scale).
    pub async fn sleep(&self, sandbox: Duration) {
        let deadline = self.elapsed().saturating_add(sandbox);
        self.sleep_until(deadline).await;
    }

    /// Sleeps until [`elapsed`](Self::elapsed) reaches `deadline`.
    pub async fn sleep_until(&self, deadline: Duration) {
        loop {
            let changed = self.changed.notified();
            tokio::pin!(changed);
            changed.as_mut().enable();
            let now = self.elapsed();
            if now >= deadline {
                return;
            }
            tokio::select! {
                () = tokio::time::sleep(self.real_duration(deadline - now)) => {}
                () = &mut changed => {}
            }
        }
    }
}

/// `d * factor`, saturating instead of panicking on overflow.
fn scaled(d: Duration, factor: f64) -> Duration {
    Duration::try_from_secs_f64(d.as_secs_f64() * factor).unwrap_or(Duration::MAX)
}

/// Formats a time the way GHL does: `2021-07-02T05:18:26.704Z`.
pub fn iso(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jumps_and_scales() {
        let c = SandboxClock::new(1000.0);
        let t0 = c.now();
        c.advance(Duration::from_secs(3600));
        assert!(c.now() - t0 >= chrono::Duration::seconds(3600));
        assert_eq!(
            c.real_duration(Duration::from_secs(10)),
            Duration::from_millis(10)
        );
        c.set_scale(1.0);
        assert!(c.elapsed() >= Duration::from_secs(3600));
    }

    #[tokio::test]
    async fn advance_wakes_sleepers() {
        let c = SandboxClock::new(1.0);
        let sleeper = {
            let c = c.clone();
            tokio::spawn(async move { c.sleep_until(Duration::from_secs(3600)).await })
        };
        tokio::task::yield_now().await;
        c.advance(Duration::from_secs(3601));
        tokio::time::timeout(Duration::from_secs(5), sleeper)
            .await
            .expect("sleeper woke")
            .expect("task ran");
    }

    #[test]
    fn advertises_scale_and_now_in_millis() {
        let start = DateTime::parse_from_rfc3339("2026-01-01T12:00:00Z")
            .expect("valid")
            .with_timezone(&Utc);
        let c = SandboxClock::starting_at(start, 1e-9);
        assert_eq!(
            c.advertised(),
            ("0.000000001".to_owned(), "1767268800000".to_owned())
        );
        c.set_scale(10.0);
        c.advance(Duration::from_secs(60));
        let (scale, now) = c.advertised();
        assert_eq!(scale, "10");
        let now: i64 = now.parse().expect("milliseconds");
        assert!(
            (1_767_268_860_000..1_767_268_870_000).contains(&now),
            "{now}"
        );
    }

    #[test]
    fn iso_has_millis_and_z() {
        let at = DateTime::parse_from_rfc3339("2021-07-02T05:18:26.704Z")
            .expect("valid")
            .with_timezone(&Utc);
        assert_eq!(iso(at), "2021-07-02T05:18:26.704Z");
    }
}
