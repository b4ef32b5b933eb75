//! Webhooks: every change to GHL state becomes a documented event, signed and POSTed to the
//! subscriber in the background, with GHL's delivery rules (429 retried later, anything else
//! lost) and optional seeded chaos (duplicates, reordering, delays, drops).
//!
//! - [`events`]: the payloads.
//! - [`sign`]: the signatures and public keys.
//! - [`deliver`]: the background dispatchers.
//!
//! Each location has its own stream: its events are queued and sent in order by a dispatcher
//! of its own, with its own seeded chaos, so a slow or failing delivery of one location never
//! holds up another's. All streams share the delivery settings (one subscriber URL, as one
//! marketplace app has one webhook URL); the body's `locationId` tells them apart.

pub mod deliver;
pub mod events;
pub mod sign;

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use bytes::Bytes;
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;

use crate::clock::SandboxClock;
use crate::config::WebhookConfig;
use crate::ids::{IdGen, location_seed};
use crate::stats::Stats;
use events::{Envelope, EventType, WebhookEvent};
use sign::WebhookSigner;

/// Delivery settings, readable and changeable through `GET/PUT /_sandbox/webhooks`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DeliverySettings {
    /// Subscriber URL; `null` records events without sending.
    pub url: Option<String>,
    /// Chance that a delivery is sent twice.
    pub duplicate_rate: f64,
    /// Chance that an event is held and sent after the next one.
    pub reorder_rate: f64,
    /// Chance that a delivery waits `delayMs` first.
    pub delay_rate: f64,
    /// The delay, in sandbox milliseconds.
    pub delay_ms: u64,
    /// Chance that an event is never sent.
    pub drop_rate: f64,
    /// Wait before retrying after a 429, in sandbox milliseconds.
    pub retry_interval_ms: u64,
    /// Largest random extra wait per retry, in sandbox milliseconds.
    pub retry_jitter_ms: u64,
    /// Retries after 429 before giving up.
    pub max_retries: u32,
}

impl Default for DeliverySettings {
    fn default() -> Self {
        Self::from(&WebhookConfig::default())
    }
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

impl From<&WebhookConfig> for DeliverySettings {
    fn from(c: &WebhookConfig) -> Self {
        Self {
            url: c.url.clone(),
            duplicate_rate: c.duplicate_rate,
            reorder_rate: c.reorder_rate,
            delay_rate: c.delay_rate,
            delay_ms: millis(c.delay),
            drop_rate: c.drop_rate,
            retry_interval_ms: millis(c.retry_interval),
            retry_jitter_ms: millis(c.retry_jitter),
            max_retries: c.max_retries,
        }
    }
}

/// One event ready to send: its id and the exact bytes.
#[derive(Debug, Clone)]
pub struct Outgoing {
    /// The event type.
    pub event_type: EventType,
    /// The body's `webhookId`.
    pub webhook_id: String,
    /// The body, signed and sent as is.
    pub body: Bytes,
    /// The delivery settings in force when the event happened.
    pub settings: Arc<DeliverySettings>,
    /// Sandbox time of publication ([`SandboxClock::elapsed`]); delays count from here.
    pub published_at: Duration,
    /// The location whose stream carries it.
    pub location_id: String,
}

/// One line of the delivery log (`GET /_sandbox/webhooks/log`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeliveryRecord {
    /// The event's `webhookId`.
    pub webhook_id: String,
    /// The event type.
    pub event_type: EventType,
    /// The event's location (its stream).
    pub location_id: String,
    /// Attempt number, from 1 (0 for events never sent).
    pub attempt: u32,
    /// `delivered`, `retry`, `exhausted`, `lost`, `dropped`, `no_subscriber`.
    pub outcome: &'static str,
    /// The subscriber's status, if it answered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// Sandbox time of the attempt.
    pub at: String,
}

const LOG_CAPACITY: usize = 1_000;

/// The webhook side of the sandbox. Cloning shares it.
#[derive(Debug, Clone)]
pub struct WebhookHub {
    /// One queue per location, each drained by its own dispatcher.
    streams: Arc<HashMap<String, mpsc::UnboundedSender<Outgoing>>>,
    /// The stream of events whose location has none (the first location's).
    default_stream: Arc<str>,
    settings: Arc<Mutex<DeliverySettings>>,
    ids: Arc<Mutex<IdGen>>,
    log: Arc<Mutex<VecDeque<DeliveryRecord>>>,
    signer: Arc<WebhookSigner>,
    app_id: Arc<str>,
    clock: SandboxClock,
    stats: Stats,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl WebhookHub {
    /// Starts one dispatcher task per location of `location_ids` (needs a Tokio runtime; at
    /// least one location). Every delivery names `app_id`, the sandbox's marketplace app, as
    /// its `appId`. The first location's chaos is drawn from the configured seed (as a
    /// one-location sandbox's is); each further location's from a seed of its own.
    pub fn start(
        config: &WebhookConfig,
        seed: u64,
        app_id: &str,
        location_ids: &[String],
        clock: SandboxClock,
        stats: Stats,
    ) -> Self {
        let chaos_seed = config.seed.unwrap_or(seed);
        let mut senders = HashMap::new();
        let mut receivers = Vec::new();
        for (k, location) in location_ids.iter().enumerate() {
            let (tx, rx) = mpsc::unbounded_channel();
            senders.insert(location.clone(), tx);
            receivers.push((rx, location_seed(chaos_seed, k)));
        }
        let hub = Self {
            streams: Arc::new(senders),
            default_stream: Arc::from(location_ids.first().map_or("", String::as_str)),
            settings: Arc::new(Mutex::new(DeliverySettings::from(config))),
            ids: Arc::new(Mutex::new(IdGen::new(seed ^ 0x03EB_00C5))),
            log: Arc::default(),
            signer: Arc::new(WebhookSigner::new()),
            app_id: Arc::from(app_id),
            clock,
            stats,
        };
        for (rx, stream_seed) in receivers {
            tokio::spawn(deliver::run(rx, hub.clone(), stream_seed));
        }
        hub
    }

    /// Wraps an event in its [`Envelope`] (`appId`, `timestamp`, a fresh `webhookId`) and
    /// queues it on its location's stream. Never blocks.
    pub fn publish(&self, event: WebhookEvent) {
        let webhook_id = lock(&self.ids).uuid();
        let timestamp = self.clock.now_iso();
        let body = Bytes::from(event.to_body(&Envelope {
            app_id: &self.app_id,
            timestamp: &timestamp,
            webhook_id: &webhook_id,
        }));
        self.stats.webhooks(|w| w.published += 1);
        let stream = self
            .streams
            .get(&event.location_id)
            .or_else(|| self.streams.get(&*self.default_stream));
        let outgoing = Outgoing {
            event_type: event.event_type,
            webhook_id,
            body,
            settings: Arc::new(self.settings()),
            published_at: self.clock.elapsed(),
            location_id: event.location_id,
        };
        if stream.is_none_or(|tx| tx.send(outgoing).is_err()) {
            tracing::warn!("webhook dispatcher stopped; event discarded");
        }
    }

    /// The current delivery settings.
    pub fn settings(&self) -> DeliverySettings {
        lock(&self.settings).clone()
    }

    /// Replaces the delivery settings.
    pub fn set_settings(&self, settings: DeliverySettings) {
        *lock(&self.settings) = settings;
    }

    /// The signing keys.
    pub fn signer(&self) -> &WebhookSigner {
        &self.signer
    }

    /// The most recent delivery records, oldest first.
    pub fn log(&self) -> Vec<DeliveryRecord> {
        lock(&self.log).iter().cloned().collect()
    }

    fn record(&self, out: &Outgoing, attempt: u32, outcome: &'static str, status: Option<u16>) {
        let mut log = lock(&self.log);
        if log.len() >= LOG_CAPACITY {
            log.pop_front();
        }
        log.push_back(DeliveryRecord {
            webhook_id: out.webhook_id.clone(),
            event_type: out.event_type,
            location_id: out.location_id.clone(),
            attempt,
            outcome,
            status,
            at: self.clock.now_iso(),
        });
    }
}
