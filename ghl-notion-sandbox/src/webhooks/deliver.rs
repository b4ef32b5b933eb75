//! A background dispatcher, one per location's stream: takes that location's events in
//! publication order, applies the seeded chaos
//! (drop, reorder, duplicate, delay), signs each body once and sends it.
//!
//! Each event carries the delivery settings in force when it happened. GHL's rules: a 2xx is delivered; a 429 is tried again after the retry interval plus jitter
//! (sandbox time), up to `maxRetries` times; any other status or a connection error loses the
//! event. First attempts go out one at a time in order; delayed deliveries and retries run in
//! their own tasks.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use http::header::CONTENT_TYPE;
use tokio::sync::mpsc;

use super::{DeliverySettings, Outgoing, WebhookHub};

/// How long (sandbox time) a held-back event waits for a later one before it is sent anyway.
const HOLD_LIMIT: Duration = Duration::from_secs(2);

/// Runs until every sender is gone.
pub(crate) async fn run(mut rx: mpsc::UnboundedReceiver<Outgoing>, hub: WebhookHub, seed: u64) {
    let mut rng = fastrand::Rng::with_seed(seed);
    let http = match reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(10))
        .build()
    {
        Ok(client) => client,
        Err(e) => {
            tracing::error!(error = %e, "cannot build the webhook HTTP client");
            return;
        }
    };
    let mut held: Option<Outgoing> = None;
    loop {
        let next = match &held {
            None => rx.recv().await,
            Some(_) => tokio::select! {
                next = rx.recv() => next,
                () = hub.clock.sleep(HOLD_LIMIT) => {
                    if let Some(h) = held.take() {
                        dispatch(&hub, &http, &mut rng, h).await;
                    }
                    continue;
                }
            },
        };
        let Some(out) = next else { break };
        let settings = Arc::clone(&out.settings);
        if settings.url.is_none() {
            hub.stats.webhooks(|w| w.no_subscriber += 1);
            hub.record(&out, 0, "no_subscriber", None);
            continue;
        }
        if rng.f64() < settings.drop_rate {
            hub.stats.webhooks(|w| w.dropped += 1);
            hub.record(&out, 0, "dropped", None);
            continue;
        }
        if held.is_none() && rng.f64() < settings.reorder_rate {
            hub.stats.webhooks(|w| w.reordered += 1);
            held = Some(out);
            continue;
        }
        dispatch(&hub, &http, &mut rng, out).await;
        if let Some(h) = held.take() {
            dispatch(&hub, &http, &mut rng, h).await;
        }
    }
}

/// Every random choice for one event, drawn up front so the sequence stays reproducible.
struct Plan {
    copies: u32,
    delay: Option<Duration>,
    jitters: Vec<Duration>,
}

fn plan(settings: &DeliverySettings, rng: &mut fastrand::Rng) -> Plan {
    let copies = if rng.f64() < settings.duplicate_rate {
        2
    } else {
        1
    };
    let delay = (rng.f64() < settings.delay_rate).then(|| Duration::from_millis(settings.delay_ms));
    let jitters = (0..settings.max_retries)
        .map(|_| Duration::from_millis(rng.u64(0..=settings.retry_jitter_ms)))
        .collect();
    Plan {
        copies,
        delay,
        jitters,
    }
}

async fn dispatch(
    hub: &WebhookHub,
    http: &reqwest::Client,
    rng: &mut fastrand::Rng,
    out: Outgoing,
) {
    let settings = Arc::clone(&out.settings);
    let Some(url) = settings.url.clone() else {
        hub.stats.webhooks(|w| w.no_subscriber += 1);
        hub.record(&out, 0, "no_subscriber", None);
        return;
    };
    let plan = plan(&settings, rng);
    if plan.copies > 1 {
        hub.stats.webhooks(|w| w.duplicated += 1);
    }
    let signatures = hub.signer().sign(&out.body);
    let job = Job {
        hub: hub.clone(),
        http: http.clone(),
        url,
        out,
        ed25519: signatures.ed25519,
        rsa: signatures.rsa,
        retry_interval: Duration::from_millis(settings.retry_interval_ms),
        jitters: plan.jitters,
    };
    for _ in 0..plan.copies {
        let job = job.clone();
        match plan.delay {
            Some(delay) => {
                hub.stats.webhooks(|w| w.delayed += 1);
                let due = job.out.published_at.saturating_add(delay);
                tokio::spawn(async move {
                    job.hub.clock.sleep_until(due).await;
                    job.attempt(1).await;
                });
            }
            None => job.attempt(1).await,
        }
    }
}

/// One event on its way to one URL.
#[derive(Clone)]
struct Job {
    hub: WebhookHub,
    http: reqwest::Client,
    url: String,
    out: Outgoing,
    ed25519: String,
    rsa: Option<String>,
    retry_interval: Duration,
    jitters: Vec<Duration>,
}

impl Job {
    /// Sends once; on 429 schedules the next attempt. Boxed because it recurses via a task.
    fn attempt(self, attempt: u32) -> Pin<Box<dyn Future<Output = ()> + Send>> {
        Box::pin(self.attempt_inner(attempt))
    }

    async fn attempt_inner(self, attempt: u32) {
        self.hub.stats.webhooks(|w| w.attempts += 1);
        let mut request = self
            .http
            .post(&self.url)
            .header(CONTENT_TYPE, "application/json")
            .header("X-GHL-Signature", &self.ed25519)
            .body(self.out.body.clone());
        if let Some(rsa) = &self.rsa {
            request = request.header("X-WH-Signature", rsa);
        }
        let status = match request.send().await {
            Ok(response) => Some(response.status().as_u16()),
            Err(e) => {
                tracing::debug!(error = %e, url = %self.url, "webhook delivery failed");
                None
            }
        };
        match status {
            Some(s) if (200..300).contains(&s) => {
                self.hub.stats.webhooks(|w| w.delivered += 1);
                self.hub.record(&self.out, attempt, "delivered", status);
            }
            Some(429) => {
                let retry = usize::try_from(attempt - 1)
                    .ok()
                    .and_then(|i| self.jitters.get(i))
                    .copied();
                match retry {
                    Some(jitter) => {
                        self.hub.stats.webhooks(|w| w.retried += 1);
                        self.hub.record(&self.out, attempt, "retry", status);
                        let due = self
                            .hub
                            .clock
                            .elapsed()
                            .saturating_add(self.retry_interval)
                            .saturating_add(jitter);
                        tokio::spawn(async move {
                            self.hub.clock.sleep_until(due).await;
                            self.attempt(attempt + 1).await;
                        });
                    }
                    None => {
                        self.hub.stats.webhooks(|w| w.exhausted += 1);
                        self.hub.record(&self.out, attempt, "exhausted", status);
                    }
                }
            }
            _ => {
                self.hub.stats.webhooks(|w| w.lost += 1);
                self.hub.record(&self.out, attempt, "lost", status);
            }
        }
    }
}
