//! The service's clock: real time against the real services, the sandbox's time against a
//! sandbox started on its own (`ghl-notion-sandbox --time-scale 10`), one clock for the
//! clients, the engine, the schedules and the webhook receiver's freshness check.
//!
//! Which clock is a pure rule ([`ClockChoice::decide`]) of `[sandbox] time_scale` and the two
//! base URLs. With `auto` (the default) and a base URL that is not the production one, the
//! service runs on a [`FollowClock`] and asks the sandbox's time once at start
//! (`GET {base}/_sandbox/info`, two-second timeout): the webhook receiver may check a
//! delivery's timestamp before any API call has taught the clock the sandbox's time. After
//! that every response's `x-sandbox-time-scale` / `x-sandbox-now` headers keep it in step.
//! A server that is not a sandbox answers the probe without those headers (or not at all),
//! and the clock stays on real time.
//!
//! ```
//! use ghl_notion::config::TimeScale;
//! use ghl_notion::service::ClockChoice;
//!
//! let real = ClockChoice::decide(
//!     TimeScale::Auto,
//!     "https://services.leadconnectorhq.com",
//!     "https://api.notion.com",
//! );
//! assert_eq!(real, ClockChoice::Real);
//! let sandbox = ClockChoice::decide(TimeScale::Auto, "http://127.0.0.1:8787", "http://127.0.0.1:8787");
//! assert_eq!(sandbox, ClockChoice::Follow { probe: "http://127.0.0.1:8787".into() });
//! ```

use std::time::Duration;

use ghl_client::runtime::{
    Clock as _, FollowClock, SandboxTime, ScaledClock, SharedClock, SystemClock,
};

use crate::config::{Config, TimeScale};

/// How long the one-shot probe of a sandbox's time may take.
pub const PROBE_TIMEOUT: Duration = Duration::from_secs(2);

/// The control-API path the probe asks (any sandbox answer carries the time headers).
pub const PROBE_PATH: &str = "/_sandbox/info";

/// Which clock the service runs on against the real services or a sandbox of their own.
#[derive(Debug, Clone, PartialEq)]
pub enum ClockChoice {
    /// Real time ([`SystemClock`]).
    Real,
    /// Real time sped up a fixed number of times ([`ScaledClock`]), whatever a sandbox says.
    Scaled(f64),
    /// A [`FollowClock`], first taught by a probe of `probe` + [`PROBE_PATH`].
    Follow {
        /// The base URL asked once for the sandbox's time.
        probe: String,
    },
}

fn same_url(a: &str, b: &str) -> bool {
    let normal = |url: &str| url.trim().trim_end_matches('/').to_ascii_lowercase();
    normal(a) == normal(b)
}

impl ClockChoice {
    /// The rule: a fixed scale is used as it is (`1` is real time); `auto` is real time when
    /// both base URLs are the production ones and a follow clock otherwise, probing GHL's
    /// base URL when it is not the production one, else Notion's.
    pub fn decide(scale: TimeScale, ghl_base_url: &str, notion_base_url: &str) -> Self {
        match scale {
            TimeScale::Fixed(1.0) => Self::Real,
            TimeScale::Fixed(scale) => Self::Scaled(scale),
            TimeScale::Auto => {
                if !same_url(ghl_base_url, ghl_client::config::DEFAULT_BASE_URL) {
                    Self::Follow {
                        probe: ghl_base_url.trim_end_matches('/').to_owned(),
                    }
                } else if !same_url(notion_base_url, notion_activity::config::DEFAULT_BASE_URL) {
                    Self::Follow {
                        probe: notion_base_url.trim_end_matches('/').to_owned(),
                    }
                } else {
                    Self::Real
                }
            }
        }
    }
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// The GHL and Notion base URLs the service will use: the environment (`GHL_BASE_URL`,
/// `NOTION_BASE_URL`), else the configuration, else the production ones.
pub(crate) fn base_urls(config: &Config) -> (String, String) {
    let ghl = env(ghl_client::config::ENV_BASE_URL)
        .or_else(|| config.ghl.base_url.clone())
        .unwrap_or_else(|| ghl_client::config::DEFAULT_BASE_URL.to_owned());
    let notion = env(notion_activity::config::ENV_BASE_URL)
        .or_else(|| config.notion.base_url.clone())
        .unwrap_or_else(|| notion_activity::config::DEFAULT_BASE_URL.to_owned());
    (ghl, notion)
}

/// The clock the service runs on against the real services or a sandbox started on its own
/// (credentials in the environment), from `[sandbox] time_scale` and the base URLs; see the
/// [module docs](self). Share it with a [`crate::WebhookReceiver`] started before the service
/// ([`crate::SyncServiceBuilder::clock`]), so both keep one time.
pub async fn service_clock(config: &Config) -> SharedClock {
    let (ghl, notion) = base_urls(config);
    match ClockChoice::decide(config.sandbox.time_scale, &ghl, &notion) {
        ClockChoice::Real => SystemClock::shared(),
        ClockChoice::Scaled(scale) => ScaledClock::new(scale).shared(),
        ClockChoice::Follow { probe: base } => {
            let clock = FollowClock::new();
            match probe(&base).await {
                Some(time) => {
                    tracing::info!(scale = time.scale, "following the sandbox's clock");
                    clock.observe(&time);
                }
                None => {
                    tracing::debug!(%base, "no sandbox time advertised; real time until one is")
                }
            }
            clock.shared()
        }
    }
}

/// Asks `base` + [`PROBE_PATH`] once and reads the time headers of the answer, whatever its
/// status; `None` when nothing answers in [`PROBE_TIMEOUT`] or the answer has no such headers.
pub async fn probe(base: &str) -> Option<SandboxTime> {
    let http = reqwest::Client::builder()
        .timeout(PROBE_TIMEOUT)
        .connect_timeout(PROBE_TIMEOUT)
        .build()
        .ok()?;
    let url = format!("{}{PROBE_PATH}", base.trim_end_matches('/'));
    let response = http.get(url).send().await.ok()?;
    SandboxTime::from_headers(response.headers())
}

#[cfg(test)]
mod tests {
    use super::*;

    const GHL: &str = "https://services.leadconnectorhq.com";
    const NOTION: &str = "https://api.notion.com";
    const LOCAL: &str = "http://127.0.0.1:8787";

    #[test]
    fn the_clock_choice_as_a_table() {
        let follow = |probe: &str| ClockChoice::Follow {
            probe: probe.to_owned(),
        };
        let cases = [
            (TimeScale::Auto, GHL, NOTION, ClockChoice::Real),
            (
                TimeScale::Auto,
                "https://services.leadconnectorhq.com/",
                NOTION,
                ClockChoice::Real,
            ),
            (TimeScale::Auto, LOCAL, LOCAL, follow(LOCAL)),
            (
                TimeScale::Auto,
                "http://127.0.0.1:8787/",
                NOTION,
                follow(LOCAL),
            ),
            (
                TimeScale::Auto,
                GHL,
                "http://127.0.0.1:9999",
                follow("http://127.0.0.1:9999"),
            ),
            (TimeScale::Fixed(1.0), LOCAL, LOCAL, ClockChoice::Real),
            (
                TimeScale::Fixed(10.0),
                LOCAL,
                LOCAL,
                ClockChoice::Scaled(10.0),
            ),
            (
                TimeScale::Fixed(10.0),
                GHL,
                NOTION,
                ClockChoice::Scaled(10.0),
            ),
            (TimeScale::Fixed(0.5), GHL, NOTION, ClockChoice::Scaled(0.5)),
        ];
        for (scale, ghl, notion, expected) in cases {
            assert_eq!(
                ClockChoice::decide(scale, ghl, notion),
                expected,
                "{scale:?} {ghl} {notion}"
            );
        }
    }

    #[tokio::test]
    async fn a_probe_of_nothing_leaves_real_time() {
        // Nothing listens on port 9 of localhost (discard): the probe gives up at once.
        assert_eq!(probe("http://127.0.0.1:9").await, None);
    }
}
