//! The client handle: configuration, shared machinery, and sending requests.
//!
//! A [`NotionClient`] is cheap to clone (an `Arc` inside) and safe to share across tasks;
//! every clone shares the same limiter, retry quota, circuit breaker and metrics. The typed
//! entry points live beside their models (`models/*.rs`) and only describe requests;
//! [`NotionClient::send`] executes them all through one pipeline (see `transport.rs`).
//!
//! ```no_run
//! # async fn run() -> Result<(), notion_activity::Error> {
//! let client = notion_activity::NotionClient::from_env()?; // NOTION_TOKEN, NOTION_BASE_URL
//! let me = client.me().await?;
//! println!("connected as {:?}", me.name);
//! # Ok(()) }
//! ```

use std::fmt;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use bytes::Bytes;
use http::{HeaderMap, StatusCode};
use secrecy::{ExposeSecret, SecretString};
use serde::de::DeserializeOwned;

use ghl_notion_runtime::breaker::BreakerState;
use ghl_notion_runtime::rate_limit::Limiter;
use ghl_notion_runtime::resilience::{Resilience, Settings};
use ghl_notion_runtime::{MetricsSnapshot, SharedClock};

use crate::config::{ClientConfig, NotionClientBuilder, NotionVersion};
use crate::error::{Error, Result};
use crate::request::Request;

/// A successful answer, undecoded (from [`NotionClient::send_raw`]).
#[derive(Debug, Clone)]
pub struct RawResponse {
    /// HTTP status (2xx).
    pub status: StatusCode,
    /// Response headers.
    pub headers: HeaderMap,
    /// The body.
    pub body: Bytes,
}

pub(crate) struct Inner {
    pub(crate) config: ClientConfig,
    pub(crate) http: reqwest::Client,
    pub(crate) token: SecretString,
    pub(crate) limiter_key: String,
    pub(crate) resilience: Resilience,
}

/// A Notion API client (data-source era: `2026-03-11` by default, `2025-09-03` supported).
#[derive(Clone)]
pub struct NotionClient {
    pub(crate) inner: Arc<Inner>,
}

impl fmt::Debug for NotionClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NotionClient")
            .field("base_url", &self.inner.config.base_url)
            .field("version", &self.inner.config.version)
            .field("token", &"[REDACTED]")
            .finish_non_exhaustive()
    }
}

impl NotionClient {
    /// A builder with Notion's defaults.
    pub fn builder() -> NotionClientBuilder {
        NotionClientBuilder::new()
    }

    /// A client from `NOTION_TOKEN`, `NOTION_BASE_URL` and `NOTION_VERSION`.
    pub fn from_env() -> Result<Self> {
        NotionClientBuilder::from_env()?.build()
    }

    pub(crate) fn from_parts(
        config: ClientConfig,
        http: reqwest::Client,
        token: SecretString,
        limiter: Arc<Limiter>,
        clock: SharedClock,
        jitter_seed: Option<u64>,
    ) -> Self {
        // The limit is per token: key the limiter by a fingerprint that does not reveal it.
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        token.expose_secret().hash(&mut hasher);
        let limiter_key = format!("notion-token-{:08x}", hasher.finish() as u32);
        Self {
            inner: Arc::new(Inner {
                resilience: Resilience::new(
                    clock,
                    limiter,
                    Settings {
                        retry: config.retry.clone(),
                        quota: config.retry_quota,
                        breaker: config.breaker,
                        jitter_seed,
                    },
                ),
                config,
                http,
                token,
                limiter_key,
            }),
        }
    }

    /// The configuration in force.
    pub fn config(&self) -> &ClientConfig {
        &self.inner.config
    }

    /// The `Notion-Version` sent.
    pub fn version(&self) -> NotionVersion {
        self.inner.config.version
    }

    /// The injected clock.
    pub fn clock(&self) -> &SharedClock {
        self.inner.resilience.clock()
    }

    /// Counters of requests, retries, 429s and throttle waits since the client was built.
    pub fn metrics(&self) -> MetricsSnapshot {
        self.inner.resilience.snapshot()
    }

    /// The client-side limiter's view of this token's window now (requests started in it
    /// and its maximum): Notion sends no rate-limit headers, so this is the only view.
    pub fn window_headroom(&self) -> ghl_notion_runtime::resilience::WindowHeadroom {
        self.inner
            .resilience
            .window_headroom(&self.inner.limiter_key)
    }

    /// The circuit breaker's state now.
    pub fn circuit_state(&self) -> BreakerState {
        self.inner.resilience.circuit_state()
    }

    /// Sends `request` and decodes the JSON answer into `T`. An answer that cannot be
    /// decoded is an [`Error::Decode`]: retried like a lost answer when the request is
    /// idempotent, and reported as an unknown outcome ([`Error::outcome_unknown`]) when not.
    pub async fn send<T: DeserializeOwned>(&self, request: Request) -> Result<T> {
        self.execute(&request, |raw| self.decode(&request, &raw.body))
            .await
    }

    /// Sends `request` and returns the undecoded answer: the escape hatch for endpoints not
    /// typed here. Throttling, retries and the breaker apply as for any call.
    pub async fn send_raw(&self, request: Request) -> Result<RawResponse> {
        self.execute(&request, Ok).await
    }

    pub(crate) fn decode<T: DeserializeOwned>(&self, request: &Request, body: &[u8]) -> Result<T> {
        let mut de = serde_json::Deserializer::from_slice(body);
        serde_path_to_error::deserialize(&mut de).map_err(|e| Error::Decode {
            method: request.method.to_string(),
            path: request.template,
            json_path: e.path().to_string(),
            message: e.inner().to_string(),
            excerpt: ghl_notion_runtime::redact::excerpt(body, 300, &[]),
        })
    }
}
