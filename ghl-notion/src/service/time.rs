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

/// A variable's value unless it is unset or blank.
fn set(value: Option<String>) -> Option<String> {
    value.filter(|v| !v.trim().is_empty())
}

/// The GHL and Notion base URLs the service will use: the environment (`GHL_BASE_URL`,
/// `NOTION_BASE_URL`), else the configuration, else the production ones.
pub(crate) fn base_urls(config: &Config) -> (String, String) {
    base_urls_from(config, |name| std::env::var(name).ok())
}

/// [`base_urls`] with the environment read through `env`.
fn base_urls_from(config: &Config, env: impl Fn(&str) -> Option<String>) -> (String, String) {
    let ghl = set(env(ghl_client::config::ENV_BASE_URL))
        .or_else(|| config.ghl.base_url.clone())
        .unwrap_or_else(|| ghl_client::config::DEFAULT_BASE_URL.to_owned());
    let notion = set(env(notion_activity::config::ENV_BASE_URL))
        .or_else(|| config.notion.base_url.clone())
        .unwrap_or_else(|| notion_activity::config::DEFAULT_BASE_URL.to_owned());
    (ghl, notion)
}

/// The clock the service runs on against the real services or a sandbox started on its own
/// (credentials in the environment), from `[sandbox] time_scale` and the base URLs by the rule
/// of [`ClockChoice::decide`]; a follow clock first asks the sandbox its time once ([`probe`]).
/// Share it with a [`crate::WebhookReceiver`] started before the service
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

    #[test]
    fn base_urls_come_from_the_environment_then_the_config_then_production() {
        let none = |_: &str| None;
        let plain = Config::parse("").expect("empty config");
        assert_eq!(
            base_urls_from(&plain, none),
            (GHL.to_owned(), NOTION.to_owned())
        );
        let configured = Config::parse(
            "[ghl]\nbase_url = \"http://ghl.test\"\n[notion]\nbase_url = \"http://notion.test\"\n",
        )
        .expect("config");
        assert_eq!(
            base_urls_from(&configured, none),
            (
                "http://ghl.test".to_owned(),
                "http://notion.test".to_owned()
            )
        );
        let env = |name: &str| match name {
            ghl_client::config::ENV_BASE_URL => Some(LOCAL.to_owned()),
            notion_activity::config::ENV_BASE_URL => Some("  ".to_owned()),
            _ => None,
        };
        assert_eq!(
            base_urls_from(&configured, env),
            (LOCAL.to_owned(), "http://notion.test".to_owned()),
            "the environment wins; a blank variable counts as unset"
        );
    }

    #[tokio::test]
    async fn a_probe_reads_the_time_headers_of_any_answer() {
        use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a port");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let server = tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.expect("the probe");
            let mut request = [0_u8; 1024];
            let read = socket.read(&mut request).await.expect("a request");
            let head = String::from_utf8_lossy(&request[..read]).into_owned();
            let answer = "HTTP/1.1 404 Not Found\r\nx-sandbox-time-scale: 10\r\nx-sandbox-now: 1767268800000\r\ncontent-length: 0\r\nconnection: close\r\n\r\n";
            socket.write_all(answer.as_bytes()).await.expect("answer");
            head
        });
        let heard = probe(&format!("{base}/"))
            .await
            .expect("the sandbox's time");
        assert_eq!(heard.scale, 10.0);
        assert_eq!(
            heard.now,
            std::time::SystemTime::UNIX_EPOCH + Duration::from_millis(1_767_268_800_000)
        );
        let head = server.await.expect("server");
        assert!(head.starts_with("GET /_sandbox/info "), "{head}");
    }

    #[tokio::test]
    async fn a_probe_of_nothing_leaves_real_time() {
        // Nothing listens on port 9 of localhost (discard): the probe gives up at once.
        assert_eq!(probe("http://127.0.0.1:9").await, None);
    }
}
