//! Client configuration: base URL, credentials, resource, timeouts, limits and policies.
//!
//! ```no_run
//! use ghl_client::GhlClient;
//! use std::time::Duration;
//!
//! # fn main() -> Result<(), ghl_client::Error> {
//! // From GHL_API_KEY, GHL_LOCATION_ID and (optionally) GHL_BASE_URL:
//! let client = GhlClient::from_env()?;
//!
//! // Or explicitly:
//! let client = GhlClient::builder()
//!     .private_token("pit-...")
//!     .location_id("ve9EPM428h8vShlRW1KT")
//!     .attempt_timeout(Duration::from_secs(20))
//!     .build()?;
//! # Ok(()) }
//! ```

use std::sync::Arc;
use std::time::Duration;

use ghl_notion_runtime::breaker::BreakerConfig;
use ghl_notion_runtime::rate_limit::LimiterConfig;
use ghl_notion_runtime::retry::{QuotaConfig, RetryPolicy};
use ghl_notion_runtime::{ScaledClock, SharedClock, auto_clock};

use crate::auth::{StaticToken, TokenProvider};
use crate::client::GhlClient;
use crate::error::{Error, Result};
use crate::ids::{CompanyId, LocationId};

/// GHL's API host.
pub const DEFAULT_BASE_URL: &str = "https://services.leadconnectorhq.com";

/// The user agent sent by default.
pub const DEFAULT_USER_AGENT: &str = concat!("ghl-client-rs/", env!("CARGO_PKG_VERSION"));

/// Environment variable holding a private integration token (or access token).
pub const ENV_API_KEY: &str = "GHL_API_KEY";
/// Environment variable holding the location (sub-account) id.
pub const ENV_LOCATION_ID: &str = "GHL_LOCATION_ID";
/// Environment variable holding the base URL.
pub const ENV_BASE_URL: &str = "GHL_BASE_URL";
/// Environment variable holding the company (agency) id.
pub const ENV_COMPANY_ID: &str = "GHL_COMPANY_ID";

/// The three timeouts of a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// Establishing a connection.
    pub connect: Duration,
    /// One attempt, from sending to the end of the body.
    pub attempt: Duration,
    /// The whole operation: every attempt, backoff and throttle wait.
    pub operation: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self {
            connect: Duration::from_secs(10),
            attempt: Duration::from_secs(30),
            operation: Duration::from_secs(180),
        }
    }
}

/// Everything a [`GhlClient`] runs with (read it back with [`GhlClient::config`]).
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// Base URL, without a trailing slash.
    pub base_url: String,
    /// The default location for calls that need one.
    pub location_id: Option<LocationId>,
    /// The agency, for agency-level calls.
    pub company_id: Option<CompanyId>,
    /// The `User-Agent` header.
    pub user_agent: String,
    /// Timeouts.
    pub timeouts: Timeouts,
    /// Client-side rate limits, per resource.
    pub rate_limits: LimiterConfig,
    /// The retry policy.
    pub retry: RetryPolicy,
    /// The retry quota.
    pub retry_quota: QuotaConfig,
    /// The circuit breaker.
    pub breaker: BreakerConfig,
}

/// Builds a [`GhlClient`].
#[derive(Debug)]
pub struct GhlClientBuilder {
    base_url: String,
    token: Option<Arc<dyn TokenProvider>>,
    location_id: Option<LocationId>,
    company_id: Option<CompanyId>,
    user_agent: String,
    timeouts: Timeouts,
    rate_limits: LimiterConfig,
    retry: RetryPolicy,
    retry_quota: QuotaConfig,
    breaker: BreakerConfig,
    clock: Option<SharedClock>,
    jitter_seed: Option<u64>,
    http: Option<reqwest::Client>,
}

impl Default for GhlClientBuilder {
    fn default() -> Self {
        Self {
            base_url: DEFAULT_BASE_URL.to_owned(),
            token: None,
            location_id: None,
            company_id: None,
            user_agent: DEFAULT_USER_AGENT.to_owned(),
            timeouts: Timeouts::default(),
            rate_limits: LimiterConfig::ghl(),
            retry: RetryPolicy::default(),
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

impl GhlClientBuilder {
    /// A builder with GHL's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// A builder from `GHL_API_KEY` (required), `GHL_LOCATION_ID`, `GHL_COMPANY_ID` and
    /// `GHL_BASE_URL` (default `https://services.leadconnectorhq.com`).
    pub fn from_env() -> Result<Self> {
        let key = env_var(ENV_API_KEY)
            .ok_or_else(|| Error::Config(format!("{ENV_API_KEY} is not set")))?;
        let mut builder = Self::new().private_token(key);
        if let Some(location) = env_var(ENV_LOCATION_ID) {
            builder = builder.location_id(location);
        }
        if let Some(company) = env_var(ENV_COMPANY_ID) {
            builder = builder.company_id(company);
        }
        if let Some(base) = env_var(ENV_BASE_URL) {
            builder = builder.base_url(base);
        }
        Ok(builder)
    }

    /// The API base URL (a sandbox, a proxy, a mock server).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into().trim_end_matches('/').to_owned();
        self
    }

    /// Authenticates with a private integration token.
    pub fn private_token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(Arc::new(StaticToken::private_integration(token)));
        self
    }

    /// Authenticates with a fixed OAuth access token.
    pub fn access_token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(Arc::new(StaticToken::access_token(token)));
        self
    }

    /// Authenticates through a token provider (OAuth with refresh, per-location tokens).
    pub fn token_provider(mut self, provider: Arc<dyn TokenProvider>) -> Self {
        self.token = Some(provider);
        self
    }

    /// The default location for calls that need one, and the default rate-limit resource.
    pub fn location_id(mut self, id: impl Into<LocationId>) -> Self {
        self.location_id = Some(id.into());
        self
    }

    /// The agency, for agency-level calls.
    pub fn company_id(mut self, id: impl Into<CompanyId>) -> Self {
        self.company_id = Some(id.into());
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

    /// The connect timeout.
    pub fn connect_timeout(mut self, t: Duration) -> Self {
        self.timeouts.connect = t;
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

    /// Client-side rate limits per resource. The default is GHL's published 100 per 10 s and
    /// 200,000 per day; use [`LimiterConfig::ghl_trial`] for sandbox and trial accounts.
    pub fn rate_limits(mut self, limits: LimiterConfig) -> Self {
        self.rate_limits = limits;
        self
    }

    /// The retry policy.
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

    /// Uses this `reqwest::Client` (its own timeouts and proxy settings apply; the
    /// per-attempt timeout is still set on each request).
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<GhlClient> {
        let token = self.token.ok_or_else(|| {
            Error::Config(
                "no credentials: set a private token, an access token or a token provider".into(),
            )
        })?;
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
        let config = ClientConfig {
            base_url: self.base_url,
            location_id: self.location_id,
            company_id: self.company_id,
            user_agent: self.user_agent,
            timeouts: self.timeouts,
            rate_limits: self.rate_limits,
            retry: self.retry,
            retry_quota: self.retry_quota,
            breaker: self.breaker,
        };
        let clock = self
            .clock
            .unwrap_or_else(|| auto_clock(&config.base_url, DEFAULT_BASE_URL));
        Ok(GhlClient::from_parts(
            config,
            http,
            token,
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
        let client = GhlClient::builder().private_token("pit-test").build();
        assert!(client.is_ok(), "{:?}", client.err());
    }
}
