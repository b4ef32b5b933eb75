//! Everything a sandbox can be told at start: seed and data volume, time scale, limits, token
//! lifetimes, webhook delivery and the Notion emulator's own settings.
//!
//! ```
//! use std::time::Duration;
//! use ghl_notion_sandbox::SandboxConfig;
//!
//! let config = SandboxConfig::default()
//!     .with_seed(7)
//!     .with_contacts(1_000)
//!     .with_access_token_ttl(Duration::from_secs(60));
//! assert_eq!(config.rate_limit.burst_max, 100);
//! ```

use std::net::{IpAddr, Ipv4Addr};
use std::time::Duration;

use chrono::{DateTime, Utc};

/// The most locations a sandbox seeds (each gets its own records, so this bounds memory and
/// start-up time).
pub const MAX_LOCATIONS: usize = 1_000;

/// How the burst window is counted. GHL does not document it; the default is fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum WindowShape {
    /// Windows of `burst_window` aligned on the Unix epoch (in sandbox time): the count starts
    /// again at each boundary.
    #[default]
    Fixed,
    /// At most `burst_max` requests in any trailing `burst_window`: a slot frees up when the
    /// oldest request in the window ages out.
    Sliding,
}

impl std::str::FromStr for WindowShape {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "fixed" => Ok(Self::Fixed),
            "sliding" => Ok(Self::Sliding),
            other => Err(format!(
                "{other:?} is not a window shape (fixed or sliding)"
            )),
        }
    }
}

/// GHL's rate limits, counted per app and per location in sandbox time.
#[derive(Debug, Clone, PartialEq)]
pub struct RateLimitConfig {
    /// Requests allowed in one window (GHL: 100).
    pub burst_max: u32,
    /// Length of the window (GHL: 10 seconds).
    pub burst_window: Duration,
    /// Whether the window is fixed (the default) or sliding.
    pub window_shape: WindowShape,
    /// Requests allowed per UTC day (GHL: 200,000).
    pub daily_max: u32,
}

impl Default for RateLimitConfig {
    fn default() -> Self {
        Self {
            burst_max: 100,
            burst_window: Duration::from_secs(10),
            window_shape: WindowShape::Fixed,
            daily_max: 200_000,
        }
    }
}

/// OAuth token lifetimes, in sandbox time.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenConfig {
    /// Lifetime of an access token (GHL: 86,399 s).
    pub access_token_ttl: Duration,
    /// Lifetime of an unused refresh token (GHL: one year).
    pub refresh_token_ttl: Duration,
    /// How long a used refresh token still returns the same new pair (GHL: 30 s).
    pub refresh_grace: Duration,
    /// Lifetime of an authorization code from the authorize page.
    pub auth_code_ttl: Duration,
}

impl Default for TokenConfig {
    fn default() -> Self {
        Self {
            access_token_ttl: Duration::from_secs(86_399),
            refresh_token_ttl: Duration::from_secs(365 * 86_400),
            refresh_grace: Duration::from_secs(30),
            auth_code_ttl: Duration::from_secs(600),
        }
    }
}

/// Where and how webhooks are delivered. Rates are probabilities in `0.0..=1.0`, drawn from a
/// generator seeded with [`WebhookConfig::seed`].
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookConfig {
    /// The subscriber's URL; `None` records events without sending them.
    pub url: Option<String>,
    /// Chance that a delivery is sent twice.
    pub duplicate_rate: f64,
    /// Chance that an event is held back and sent after the next one.
    pub reorder_rate: f64,
    /// Chance that a delivery waits [`delay`](Self::delay) first.
    pub delay_rate: f64,
    /// How long a delayed delivery waits (sandbox time).
    pub delay: Duration,
    /// Chance that an event is never sent.
    pub drop_rate: f64,
    /// Wait before retrying an event the subscriber answered with 429 (GHL: 10 minutes).
    pub retry_interval: Duration,
    /// Largest random extra wait added to each retry.
    pub retry_jitter: Duration,
    /// Retries after a 429 before the event is given up (GHL: 6).
    pub max_retries: u32,
    /// Seed of the delivery chaos; `None` uses the sandbox seed.
    pub seed: Option<u64>,
}

impl Default for WebhookConfig {
    fn default() -> Self {
        Self {
            url: None,
            duplicate_rate: 0.0,
            reorder_rate: 0.0,
            delay_rate: 0.0,
            delay: Duration::from_secs(5),
            drop_rate: 0.0,
            retry_interval: Duration::from_secs(600),
            retry_jitter: Duration::from_secs(60),
            max_retries: 6,
            seed: None,
        }
    }
}

/// Settings of a [`Sandbox`](crate::Sandbox). Start from `Default` and adjust with the
/// `with_*` setters or the public fields.
#[derive(Debug, Clone)]
pub struct SandboxConfig {
    /// Address to bind (default 127.0.0.1).
    pub host: IpAddr,
    /// Port to bind; 0 picks a free one.
    pub port: u16,
    /// Seed of every generated id, name and value: the same seed gives the same data.
    pub seed: u64,
    /// Contacts generated at start (per location).
    pub contacts: usize,
    /// Opportunities generated at start (per location).
    pub opportunities: usize,
    /// Users generated at start (per location).
    pub users: usize,
    /// Locations (sub-accounts) of the one agency, at least 1. Each has its own records
    /// (`contacts`, `opportunities` and `users` are counts per location), its own
    /// private-integration token, rate-limit counters and webhook stream. The first is the
    /// location of [`Sandbox::location_id`](crate::Sandbox::location_id).
    pub locations: usize,
    /// How many times faster than real time sandbox time runs.
    pub time_scale: f64,
    /// Sandbox time at start; `None` means now. Generated dates lie before it, so a fixed
    /// start gives byte-identical data.
    pub start_time: Option<DateTime<Utc>>,
    /// GHL rate limits.
    pub rate_limit: RateLimitConfig,
    /// OAuth token lifetimes.
    pub tokens: TokenConfig,
    /// Webhook delivery.
    pub webhooks: WebhookConfig,
    /// OAuth client id the sandbox accepts; `None` derives one from the seed.
    pub oauth_client_id: Option<String>,
    /// OAuth client secret the sandbox accepts; `None` derives one from the seed.
    pub oauth_client_secret: Option<String>,
    /// Settings passed to the Notion emulator.
    pub notion: notion_emulator::NotionConfig,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        Self {
            host: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 0,
            seed: 42,
            contacts: 200,
            opportunities: 80,
            users: 5,
            locations: 1,
            time_scale: 1.0,
            start_time: None,
            rate_limit: RateLimitConfig::default(),
            tokens: TokenConfig::default(),
            webhooks: WebhookConfig::default(),
            oauth_client_id: None,
            oauth_client_secret: None,
            notion: notion_emulator::NotionConfig::default(),
        }
    }
}

impl SandboxConfig {
    /// Sets the port (0 = any free port).
    pub fn with_port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// Sets the data seed (also the default seed of webhook chaos and fault plans).
    pub fn with_seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// Sets how many contacts are generated.
    pub fn with_contacts(mut self, contacts: usize) -> Self {
        self.contacts = contacts;
        self
    }

    /// Sets how many opportunities are generated.
    pub fn with_opportunities(mut self, opportunities: usize) -> Self {
        self.opportunities = opportunities;
        self
    }

    /// Sets how many locations the agency has (at least 1; see [`SandboxConfig::locations`]).
    pub fn with_locations(mut self, locations: usize) -> Self {
        self.locations = locations;
        self
    }

    /// Sets the time scale (10.0 = ten sandbox seconds per real second).
    pub fn with_time_scale(mut self, scale: f64) -> Self {
        self.time_scale = scale;
        self
    }

    /// Fixes the sandbox time at start.
    pub fn with_start_time(mut self, start: DateTime<Utc>) -> Self {
        self.start_time = Some(start);
        self
    }

    /// Sets the burst window's size and the daily limit.
    pub fn with_rate_limit(mut self, burst_max: u32, daily_max: u32) -> Self {
        self.rate_limit.burst_max = burst_max;
        self.rate_limit.daily_max = daily_max;
        self
    }

    /// Sets how the burst window is counted (fixed, the default, or sliding).
    pub fn with_window_shape(mut self, shape: WindowShape) -> Self {
        self.rate_limit.window_shape = shape;
        self
    }

    /// Sets the access-token lifetime (sandbox time).
    pub fn with_access_token_ttl(mut self, ttl: Duration) -> Self {
        self.tokens.access_token_ttl = ttl;
        self
    }

    /// Sets the webhook subscriber URL.
    pub fn with_webhook_url(mut self, url: impl Into<String>) -> Self {
        self.webhooks.url = Some(url.into());
        self
    }

    /// Replaces the webhook delivery settings.
    pub fn with_webhooks(mut self, webhooks: WebhookConfig) -> Self {
        self.webhooks = webhooks;
        self
    }

    /// Replaces the Notion emulator's settings.
    pub fn with_notion(mut self, notion: notion_emulator::NotionConfig) -> Self {
        self.notion = notion;
        self
    }
}
