//! The client handle: configuration, shared machinery, and the typed entry points.
//!
//! A [`GhlClient`] is cheap to clone (an `Arc` inside) and safe to share across tasks; every
//! clone shares the same limiter, retry quota, circuit breaker, metrics and rate-limit
//! status. Resource handlers (`client.contacts()`, `client.opportunities()`, …) only describe
//! requests; [`GhlClient::send`] executes them all through one pipeline (see `transport.rs`).

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};

use bytes::Bytes;
use http::{HeaderMap, StatusCode};
use serde::de::DeserializeOwned;

use ghl_notion_runtime::breaker::BreakerState;
use ghl_notion_runtime::rate_limit::Limiter;
use ghl_notion_runtime::resilience::{Resilience, Settings};
use ghl_notion_runtime::{MetricsSnapshot, SharedClock};

use crate::auth::TokenProvider;
use crate::config::{ClientConfig, GhlClientBuilder};
use crate::error::{Error, Result};
use crate::ids::{CompanyId, LocationId};
use crate::rate_limit::RateLimitStatus;
use crate::request::Request;

/// A successful answer, undecoded (from [`GhlClient::send_raw`]).
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
    pub(crate) token: Arc<dyn TokenProvider>,
    pub(crate) resilience: Resilience,
    pub(crate) status: Mutex<HashMap<String, RateLimitStatus>>,
}

impl Inner {
    /// The injected clock (the one the shared machinery runs on).
    pub(crate) fn clock(&self) -> &SharedClock {
        self.resilience.clock()
    }
}

/// A GoHighLevel API v2 client.
#[derive(Clone)]
pub struct GhlClient {
    pub(crate) inner: Arc<Inner>,
}

impl fmt::Debug for GhlClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GhlClient")
            .field("base_url", &self.inner.config.base_url)
            .field("location_id", &self.inner.config.location_id)
            .field("company_id", &self.inner.config.company_id)
            .field("token", &self.inner.token)
            .finish_non_exhaustive()
    }
}

impl GhlClient {
    /// A builder with GHL's defaults.
    pub fn builder() -> GhlClientBuilder {
        GhlClientBuilder::new()
    }

    /// A client from `GHL_API_KEY`, `GHL_LOCATION_ID`, `GHL_COMPANY_ID` and `GHL_BASE_URL`.
    pub fn from_env() -> Result<Self> {
        GhlClientBuilder::from_env()?.build()
    }

    pub(crate) fn from_parts(
        config: ClientConfig,
        http: reqwest::Client,
        token: Arc<dyn TokenProvider>,
        clock: SharedClock,
        jitter_seed: Option<u64>,
    ) -> Self {
        let resilience = Resilience::new(
            clock,
            Arc::new(Limiter::new(config.rate_limits.clone())),
            Settings {
                retry: config.retry.clone(),
                quota: config.retry_quota,
                breaker: config.breaker,
                jitter_seed,
            },
        );
        Self {
            inner: Arc::new(Inner {
                resilience,
                status: Mutex::new(HashMap::new()),
                config,
                http,
                token,
            }),
        }
    }

    /// The configuration in force.
    pub fn config(&self) -> &ClientConfig {
        &self.inner.config
    }

    /// The default location, or a configuration error naming what to set.
    pub fn location_id(&self) -> Result<&LocationId> {
        self.inner.config.location_id.as_ref().ok_or_else(|| {
            Error::Config("this call needs a location id: set GHL_LOCATION_ID or call .location_id() on the builder".into())
        })
    }

    /// The clock this client runs on (injected with [`GhlClientBuilder::clock`]).
    pub fn clock(&self) -> &SharedClock {
        self.inner.clock()
    }

    /// The agency, if configured.
    pub fn company_id(&self) -> Option<&CompanyId> {
        self.inner.config.company_id.as_ref()
    }

    /// The latest rate-limit headers seen for `resource` (a location or company id).
    pub fn rate_limit_status(&self, resource: &str) -> Option<RateLimitStatus> {
        self.inner
            .status
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(resource)
            .copied()
    }

    /// When the token for `resource` (a location or company id) expires, when the token
    /// provider knows (OAuth); `None` for a private integration token, which does not.
    pub fn token_expires_at(&self, resource: &str) -> Option<std::time::SystemTime> {
        self.inner.token.expires_at(resource)
    }

    /// Counters of requests, retries, 429s and throttle waits since the client was built.
    pub fn metrics(&self) -> MetricsSnapshot {
        self.inner.resilience.snapshot()
    }

    /// The client-side limiter's view of `resource`'s 10 s window now (requests started in
    /// it and its maximum), whether or not GHL has answered yet.
    pub fn window_headroom(
        &self,
        resource: &str,
    ) -> ghl_notion_runtime::resilience::WindowHeadroom {
        self.inner.resilience.window_headroom(resource)
    }

    /// The circuit breaker's state now.
    pub fn circuit_state(&self) -> BreakerState {
        self.inner.resilience.circuit_state()
    }

    /// Requests left today for `resource` by the client's own count (corrected by GHL's
    /// `X-RateLimit-Daily-Remaining` whenever a response carries it).
    pub fn daily_remaining(&self, resource: &str) -> Option<u64> {
        self.inner
            .resilience
            .limiter()
            .daily_remaining(resource, self.inner.clock().now())
    }

    /// Sends `request` and decodes the JSON answer into `T`. An answer that cannot be
    /// decoded is an [`Error::Decode`]: retried like a lost answer when the request is
    /// idempotent, and reported as an unknown outcome ([`Error::outcome_unknown`]) when not.
    pub async fn send<T: DeserializeOwned>(&self, request: Request) -> Result<T> {
        let method = request.method.to_string();
        let template = request.template;
        self.execute(request, |raw| self.decode(&method, template, &raw.body))
            .await
    }

    /// Sends `request` and ignores the body of the answer.
    pub async fn send_empty(&self, request: Request) -> Result<()> {
        self.execute(request, |_| Ok(())).await
    }

    /// Sends `request` and returns the undecoded answer: the escape hatch for endpoints not
    /// typed yet. Throttling, retries, the breaker and auth apply as for any call.
    pub async fn send_raw(&self, request: Request) -> Result<RawResponse> {
        self.execute(request, Ok).await
    }

    pub(crate) fn decode<T: DeserializeOwned>(
        &self,
        method: &str,
        template: &'static str,
        body: &[u8],
    ) -> Result<T> {
        let mut de = serde_json::Deserializer::from_slice(body);
        serde_path_to_error::deserialize(&mut de).map_err(|e| Error::Decode {
            method: method.to_owned(),
            path: template,
            json_path: e.path().to_string(),
            message: e.inner().to_string(),
            excerpt: ghl_notion_runtime::redact::excerpt(body, 300, &[]),
        })
    }
}
