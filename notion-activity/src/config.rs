//! Client configuration: base URL, token, API version, timeouts, limits and policies.
//!
//! ```no_run
//! use notion_activity::{NotionClient, NotionVersion};
//! use std::time::Duration;
//!
//! # fn main() -> Result<(), notion_activity::Error> {
//! // From NOTION_TOKEN, and optionally NOTION_BASE_URL and NOTION_VERSION:
//! let client = NotionClient::from_env()?;
//!
//! // Or explicitly:
//! let client = NotionClient::builder()
//!     .token("ntn_...")
//!     .version(NotionVersion::V2025_09_03)
//!     .attempt_timeout(Duration::from_secs(30))
//!     .build()?;
//! # Ok(()) }
//! ```

use std::sync::Arc;
use std::time::Duration;

use secrecy::SecretString;

use ghl_notion_runtime::breaker::BreakerConfig;
use ghl_notion_runtime::rate_limit::{Limiter, LimiterConfig};
use ghl_notion_runtime::retry::{QuotaConfig, RetryPolicy};
use ghl_notion_runtime::{ScaledClock, SharedClock, auto_clock};

use crate::client::NotionClient;
use crate::error::{Error, Result};

/// Notion's API host.
pub const DEFAULT_BASE_URL: &str = "https://api.notion.com";
/// The user agent sent by default.
pub const DEFAULT_USER_AGENT: &str = concat!("notion-activity-rs/", env!("CARGO_PKG_VERSION"));
/// Environment variable holding the integration token.
pub const ENV_TOKEN: &str = "NOTION_TOKEN";
/// Environment variable holding the base URL (an emulator, a proxy).
pub const ENV_BASE_URL: &str = "NOTION_BASE_URL";
/// Environment variable holding the `Notion-Version` (`2026-03-11` or `2025-09-03`).
pub const ENV_VERSION: &str = "NOTION_VERSION";
/// Environment variable holding the page the activity log lives under.
pub const ENV_PARENT_PAGE_ID: &str = "NOTION_PARENT_PAGE_ID";

/// A `Notion-Version` this crate speaks. Both have data sources; they differ in the trash flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum NotionVersion {
    /// `2025-09-03`: data sources; `archived` still accepted next to `in_trash`.
    V2025_09_03,
    /// `2026-03-11` (default): `archived` is gone, only `in_trash`.
    #[default]
    V2026_03_11,
}

impl NotionVersion {
    /// The header value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::V2025_09_03 => "2025-09-03",
            Self::V2026_03_11 => "2026-03-11",
        }
    }

    /// The version a header value names.
    pub fn parse(value: &str) -> Option<Self> {
        match value.trim() {
            "2025-09-03" => Some(Self::V2025_09_03),
            "2026-03-11" => Some(Self::V2026_03_11),
            _ => None,
        }
    }

    /// Whether requests should also carry the legacy `archived` flag next to `in_trash`.
    pub fn sends_archived(self) -> bool {
        self == Self::V2025_09_03
    }
}

/// The three timeouts of a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// Establishing a connection.
    pub connect: Duration,
    /// One attempt, from sending to the end of the body (Notion itself stops at 60 s).
    pub attempt: Duration,
    /// The whole operation: every attempt, backoff and throttle wait, including a
    /// workspace-level `Retry-After` of several minutes.
    pub operation: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self {
            connect: Duration::from_secs(10),
            attempt: Duration::from_secs(65),
            operation: Duration::from_secs(20 * 60),
        }
    }
}

/// The retry policy tuned for Notion: six attempts, 1 s doubling to 30 s, and `Retry-After`
/// obeyed up to 15 minutes (workspace limits ask for waits over a minute).
pub fn notion_retry_policy() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 6,
        initial_backoff: Duration::from_secs(1),
        max_backoff: Duration::from_secs(30),
        max_retry_after: Duration::from_secs(15 * 60),
        min_throttle_backoff: Duration::from_secs(1),
    }
}

/// Everything a [`NotionClient`] runs with (read it back with [`NotionClient::config`]).
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// Base URL, without a trailing slash.
    pub base_url: String,
    /// The `Notion-Version` header.
    pub version: NotionVersion,
    /// The `User-Agent` header.
    pub user_agent: String,
    /// Timeouts.
    pub timeouts: Timeouts,
    /// The client-side rate limit per token (default 3 requests per second).
    pub rate_limits: LimiterConfig,
    /// The retry policy.
    pub retry: RetryPolicy,
    /// The retry quota.
    pub retry_quota: QuotaConfig,
    /// The circuit breaker.
    pub breaker: BreakerConfig,
}

/// Builds a [`NotionClient`].
pub struct NotionClientBuilder {
    base_url: String,
    token: Option<SecretString>,
    version: NotionVersion,
    user_agent: String,
    timeouts: Timeouts,
    rate_limits: LimiterConfig,
    limiter: Option<Arc<Limiter>>,
    retry: RetryPolicy,
    retry_quota: QuotaConfig,
    breaker: BreakerConfig,
    clock: Option<SharedClock>,
    jitter_seed: Option<u64>,
    http: Option<reqwest::Client>,
}

impl std::fmt::Debug for NotionClientBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NotionClientBuilder")
            .field("base_url", &self.base_url)
            .field("token", &self.token.as_ref().map(|_| "[REDACTED]"))
            .field("version", &self.version)
            .finish_non_exhaustive()
    }
}

impl Default for NotionClientBuilder {
    fn default() -> Self {
        Self {
            base_url: DEFAULT_BASE_URL.to_owned(),
            token: None,
            version: NotionVersion::default(),
            user_agent: DEFAULT_USER_AGENT.to_owned(),
            timeouts: Timeouts::default(),
            rate_limits: LimiterConfig::notion(),
            limiter: None,
            retry: notion_retry_policy(),
            retry_quota: QuotaConfig::default(),
            breaker: BreakerConfig::default(),
            clock: None,
            jitter_seed: None,
            http: None,
        }
    }
}

fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

impl NotionClientBuilder {
    /// A builder with Notion's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// A builder from `NOTION_TOKEN` (required), `NOTION_BASE_URL` (default
    /// `https://api.notion.com`) and `NOTION_VERSION` (default `2026-03-11`).
    pub fn from_env() -> Result<Self> {
        let token =
            env_var(ENV_TOKEN).ok_or_else(|| Error::Config(format!("{ENV_TOKEN} is not set")))?;
        let mut builder = Self::new().token(token);
        if let Some(base) = env_var(ENV_BASE_URL) {
            builder = builder.base_url(base);
        }
        if let Some(version) = env_var(ENV_VERSION) {
            let parsed = NotionVersion::parse(&version).ok_or_else(|| {
                Error::Config(format!(
                    "{ENV_VERSION}={version:?} is not supported (use 2026-03-11 or 2025-09-03)"
                ))
            })?;
            builder = builder.version(parsed);
        }
        Ok(builder)
    }

    /// The API base URL (the emulator, a proxy, a mock server).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into().trim_end_matches('/').to_owned();
        self
    }

    /// The integration token (kept in a [`SecretString`], never logged).
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(SecretString::from(token.into()));
        self
    }

    /// The `Notion-Version` header (default `2026-03-11`).
    pub fn version(mut self, version: NotionVersion) -> Self {
        self.version = version;
        self
    }

    /// The `User-Agent` header.
    pub fn user_agent(mut self, ua: impl Into<String>) -> Self {
        self.user_agent = ua.into();
        self
    }

    /// All three timeouts.
    pub fn timeouts(mut self, timeouts: Timeouts) -> Self {
        self.timeouts = timeouts;
        self
    }

    /// The per-attempt timeout.
    pub fn attempt_timeout(mut self, t: Duration) -> Self {
        self.timeouts.attempt = t;
        self
    }

    /// The whole-operation timeout (all attempts and waits).
    pub fn operation_timeout(mut self, t: Duration) -> Self {
        self.timeouts.operation = t;
        self
    }

    /// The client-side rate limit per token. Default: [`LimiterConfig::notion`], 3 per second.
    pub fn rate_limits(mut self, limits: LimiterConfig) -> Self {
        self.rate_limits = limits;
        self
    }

    /// Shares one limiter between several clients using the same token (the limit is per
    /// token, so two clients must not each spend a full budget).
    pub fn shared_limiter(mut self, limiter: Arc<Limiter>) -> Self {
        self.limiter = Some(limiter);
        self
    }

    /// The retry policy (default [`notion_retry_policy`]).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// The retry quota.
    pub fn retry_quota(mut self, quota: QuotaConfig) -> Self {
        self.retry_quota = quota;
        self
    }

    /// The circuit breaker settings.
    pub fn circuit_breaker(mut self, breaker: BreakerConfig) -> Self {
        self.breaker = breaker;
        self
    }

    /// The clock (inject a [`ghl_notion_runtime::ManualClock`] in tests). An injected clock
    /// is used as it is: it follows a sandbox's time only if it is a
    /// [`ghl_notion_runtime::FollowClock`] (share one between clients that way).
    ///
    /// Without one, the client picks [`ghl_notion_runtime::auto_clock`]: the real clock
    /// against [`DEFAULT_BASE_URL`], a follow clock against any other base URL, which runs
    /// at real speed until a time-scaled sandbox's response headers say otherwise.
    pub fn clock(mut self, clock: SharedClock) -> Self {
        self.clock = Some(clock);
        self
    }

    /// Runs on real time sped up `scale` times ([`ScaledClock`]) and ignores what a sandbox
    /// advertises; non-positive or non-finite scales mean 1. Replaces [`Self::clock`].
    pub fn time_scale(mut self, scale: f64) -> Self {
        self.clock = Some(ScaledClock::new(scale).shared());
        self
    }

    /// Seeds the backoff jitter, for reproducible tests.
    pub fn jitter_seed(mut self, seed: u64) -> Self {
        self.jitter_seed = Some(seed);
        self
    }

    /// Uses this `reqwest::Client` (the per-attempt timeout is still set on each request).
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<NotionClient> {
        let token = self
            .token
            .ok_or_else(|| Error::Config(format!("no token: set {ENV_TOKEN} or call .token()")))?;
        url::Url::parse(&self.base_url)
            .map_err(|e| Error::Config(format!("invalid base URL {:?}: {e}", self.base_url)))?;
        let http = match self.http {
            Some(http) => http,
            None => {
                #[cfg(feature = "rustls-ring")]
                ghl_notion_runtime::tls::install_ring_provider();
                reqwest::Client::builder()
                    .connect_timeout(self.timeouts.connect)
                    .user_agent(self.user_agent.clone())
                    .build()
                    .map_err(|e| Error::Config(format!("could not build the HTTP client: {e}")))?
            }
        };
        let limiter = self
            .limiter
            .unwrap_or_else(|| Arc::new(Limiter::new(self.rate_limits.clone())));
        let clock = self
            .clock
            .unwrap_or_else(|| auto_clock(&self.base_url, DEFAULT_BASE_URL));
        let config = ClientConfig {
            base_url: self.base_url,
            version: self.version,
            user_agent: self.user_agent,
            timeouts: self.timeouts,
            rate_limits: self.rate_limits,
            retry: self.retry,
            retry_quota: self.retry_quota,
            breaker: self.breaker,
        };
        Ok(NotionClient::from_parts(
            config,
            http,
            token,
            limiter,
            clock,
            self.jitter_seed,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A client builds on every TLS choice; with `rustls-ring` alone reqwest would panic
    /// without the ring provider the builder installs (`.ci/run` tests that feature alone).
    #[test]
    fn builds_a_client_on_every_tls_choice() {
        let client = NotionClient::builder().token("ntn_test").build();
        assert!(client.is_ok(), "{:?}", client.err());
    }
}
