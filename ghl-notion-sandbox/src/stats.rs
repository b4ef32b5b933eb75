//! Counters a test or benchmark reads back: requests per endpoint and status, 429s, injected
//! faults, writes, and webhook deliveries by outcome.
//!
//! [`record`] is the middleware that counts every request of one API, keyed by axum's
//! [`MatchedPath`] (`POST /contacts/search`, `GET /contacts/{contactId}`).

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use serde::Serialize;
use serde_json::Value;

use crate::faults::Api;

/// Counts for one endpoint.
#[derive(Debug, Default, Clone, Serialize)]
pub struct EndpointStats {
    /// Requests answered.
    pub count: u64,
    /// Answers by status code.
    pub statuses: BTreeMap<u16, u64>,
}

/// Webhook delivery counters.
#[derive(Debug, Default, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WebhookStats {
    /// Events produced by changes.
    pub published: u64,
    /// Events not sent because no subscriber URL was set.
    pub no_subscriber: u64,
    /// HTTP attempts made.
    pub attempts: u64,
    /// Deliveries answered with 2xx.
    pub delivered: u64,
    /// Attempts answered 429 and scheduled again.
    pub retried: u64,
    /// Events given up after the last 429 retry.
    pub exhausted: u64,
    /// Events lost to a non-429 failure (5xx, 4xx, connection error): GHL does not retry.
    pub lost: u64,
    /// Events dropped on purpose by the drop rate.
    pub dropped: u64,
    /// Extra copies sent by the duplicate rate.
    pub duplicated: u64,
    /// Events held back and sent after a later one.
    pub reordered: u64,
    /// Deliveries delayed by the delay rate.
    pub delayed: u64,
}

#[derive(Debug, Default, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
struct Inner {
    requests: BTreeMap<&'static str, BTreeMap<String, EndpointStats>>,
    statuses: BTreeMap<u16, u64>,
    rate_limited: u64,
    faults: BTreeMap<String, u64>,
    writes: u64,
    webhooks: WebhookStats,
}

/// Shared counters. Cloning shares them.
#[derive(Debug, Default, Clone)]
pub struct Stats {
    inner: Arc<Mutex<Inner>>,
}

impl Stats {
    fn with<R>(&self, f: impl FnOnce(&mut Inner) -> R) -> R {
        f(&mut self.inner.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// Counts one answered request.
    pub fn request(&self, api: Api, endpoint: String, status: u16) {
        self.with(|s| {
            let e = s
                .requests
                .entry(api.as_str())
                .or_default()
                .entry(endpoint)
                .or_default();
            e.count += 1;
            *e.statuses.entry(status).or_default() += 1;
            *s.statuses.entry(status).or_default() += 1;
            if status == 429 {
                s.rate_limited += 1;
            }
        });
    }

    /// Counts an injected fault.
    pub fn fault(&self, api: Api, kind: &str) {
        self.with(|s| {
            *s.faults
                .entry(format!("{}:{kind}", api.as_str()))
                .or_default() += 1
        });
    }

    /// Counts a write to GHL state.
    pub fn write(&self) {
        self.with(|s| s.writes += 1);
    }

    /// Updates the webhook counters.
    pub fn webhooks(&self, f: impl FnOnce(&mut WebhookStats)) {
        self.with(|s| f(&mut s.webhooks));
    }

    /// A copy of the webhook counters.
    pub fn webhook_snapshot(&self) -> WebhookStats {
        self.with(|s| s.webhooks.clone())
    }

    /// Everything, as JSON.
    pub fn snapshot(&self) -> Value {
        self.with(|s| serde_json::to_value(&*s).unwrap_or(Value::Null))
    }

    /// Zeroes every counter.
    pub fn reset(&self) {
        self.with(|s| *s = Inner::default());
    }
}

/// Middleware state: which API and where to count.
#[derive(Debug, Clone)]
pub struct StatsLayer {
    /// The API counted.
    pub api: Api,
    /// The counters.
    pub stats: Stats,
}

/// Counts the request under `METHOD matched-path` (or `METHOD <unmatched>`).
pub async fn record(State(layer): State<StatsLayer>, req: Request, next: Next) -> Response {
    let endpoint = format!(
        "{} {}",
        req.method(),
        req.extensions()
            .get::<MatchedPath>()
            .map_or("<unmatched>", MatchedPath::as_str)
    );
    let response = next.run(req).await;
    layer
        .stats
        .request(layer.api, endpoint, response.status().as_u16());
    response
}
