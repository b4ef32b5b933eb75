//! `/metrics`: one [`Scrape`] (every reading, taken at once) encoded in the OpenMetrics
//! text format with the `prometheus-client` crate.
//!
//! Labels are bounded by the configuration: `api` (`ghl`, `notion`), `location` (the
//! configured location), `entity` (the mirrored entities), and fixed `outcome` / `result`
//! / `source` sets. Nothing is labelled by record, token or URL.

use std::time::Duration;

use ghl_client::RateLimitStatus;
use ghl_client::webhooks::IngressStats;
use ghl_notion_runtime::resilience::WindowHeadroom;
use ghl_notion_runtime::{BreakerState, MetricsSnapshot};
use prometheus_client::encoding::{DescriptorEncoder, NoLabelSet};
use prometheus_client::metrics::MetricType;
use prometheus_client::registry::{Registry, Unit};

use super::collector::{Counters, DURATION_BUCKETS};

/// The content type `/metrics` answers with.
pub const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

/// One API client's readings.
#[derive(Debug, Clone)]
pub struct ApiReading {
    /// `ghl` or `notion`.
    pub api: &'static str,
    /// Its counters.
    pub metrics: MetricsSnapshot,
    /// Its circuit breaker.
    pub breaker: BreakerState,
    /// Its client-side limiter's burst window.
    pub window: WindowHeadroom,
}

/// GHL's own view of the location's limits, and its token.
#[derive(Debug, Clone, Default)]
pub struct GhlReading {
    /// The location id (the `location` label).
    pub location: String,
    /// The rate-limit headers last seen.
    pub status: Option<RateLimitStatus>,
    /// Requests left today by the client's count (corrected by GHL's headers).
    pub daily_remaining: Option<u64>,
    /// The daily budget.
    pub daily_limit: Option<u64>,
    /// Seconds until the access token expires (negative once expired), when it does.
    pub token_expires_in: Option<f64>,
}

/// Every reading `/metrics` shows, taken at one instant.
#[derive(Debug, Clone, Default)]
pub struct Scrape {
    /// Per API client.
    pub apis: Vec<ApiReading>,
    /// GHL's headers and token.
    pub ghl: GhlReading,
    /// What the observer counted.
    pub counters: Counters,
    /// Webhook deliveries by outcome (`None` with webhooks off).
    pub webhooks: Option<IngressStats>,
    /// Events received and not yet applied.
    pub queue_depth: u64,
    /// Writes begun and not finished (`None` when the store did not answer).
    pub intents_pending: Option<u64>,
    /// Rows the state knows of, per entity.
    pub rows: Vec<(String, u64)>,
    /// How long the service has been up.
    pub uptime: Duration,
    /// `/readyz`'s verdict.
    pub ready: bool,
}

impl Scrape {
    /// The OpenMetrics text of this scrape.
    pub fn encode(self) -> String {
        let mut registry = Registry::with_prefix("ghl_notion");
        registry.register_collector(Box::new(self));
        let mut out = String::new();
        // Writing into a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut out, &registry);
        out
    }
}

type Labels = Vec<(&'static str, String)>;

/// Writes one metric family: a descriptor, then one sample per label set.
struct Family<'a, 'b> {
    encoder: &'a mut DescriptorEncoder<'b>,
}

impl Family<'_, '_> {
    fn counter(
        &mut self,
        name: &str,
        help: &str,
        unit: Option<&Unit>,
        samples: impl IntoIterator<Item = (Labels, f64)>,
    ) -> Result<(), std::fmt::Error> {
        self.write(MetricType::Counter, name, help, unit, samples)
    }

    fn gauge(
        &mut self,
        name: &str,
        help: &str,
        unit: Option<&Unit>,
        samples: impl IntoIterator<Item = (Labels, f64)>,
    ) -> Result<(), std::fmt::Error> {
        self.write(MetricType::Gauge, name, help, unit, samples)
    }

    /// One descriptor, then its samples: whole numbers as integers, others as floats.
    fn write(
        &mut self,
        kind: MetricType,
        name: &str,
        help: &str,
        unit: Option<&Unit>,
        samples: impl IntoIterator<Item = (Labels, f64)>,
    ) -> Result<(), std::fmt::Error> {
        let counter = matches!(kind, MetricType::Counter);
        let mut metric = self.encoder.encode_descriptor(name, help, unit, kind)?;
        for (labels, value) in samples {
            let mut sample = metric.encode_family(&labels)?;
            let whole = value.fract() == 0.0 && value.abs() < i64::MAX as f64;
            match (counter, whole) {
                (true, true) => {
                    sample.encode_counter::<NoLabelSet, _, u64>(&(value.max(0.0) as u64), None)?
                }
                (true, false) => sample.encode_counter::<NoLabelSet, _, f64>(&value, None)?,
                (false, true) => sample.encode_gauge(&(value as i64))?,
                (false, false) => sample.encode_gauge(&value)?,
            }
        }
        Ok(())
    }
}

fn api(name: &'static str) -> Labels {
    vec![("api", name.to_owned())]
}

fn pair(a: &'static str, av: &str, b: &'static str, bv: &str) -> Labels {
    vec![(a, av.to_owned()), (b, bv.to_owned())]
}

/// The breaker's state as a number: 0 closed, 1 half-open, 2 open.
pub fn breaker_value(state: BreakerState) -> f64 {
    match state {
        BreakerState::Closed => 0.0,
        BreakerState::HalfOpen => 1.0,
        BreakerState::Open => 2.0,
    }
}

impl prometheus_client::collector::Collector for Scrape {
    fn encode(&self, mut encoder: DescriptorEncoder<'_>) -> Result<(), std::fmt::Error> {
        let mut f = Family {
            encoder: &mut encoder,
        };
        let per_api = |pick: fn(&ApiReading) -> f64| -> Vec<(Labels, f64)> {
            self.apis.iter().map(|a| (api(a.api), pick(a))).collect()
        };
        let seconds = Some(&Unit::Seconds);

        // API clients.
        f.counter(
            "api_requests",
            "HTTP attempts sent to the API, retries included.",
            None,
            per_api(|a| a.metrics.requests as f64),
        )?;
        f.counter(
            "api_throttled",
            "Throttling answers received (429, 529).",
            None,
            per_api(|a| a.metrics.throttled as f64),
        )?;
        f.counter(
            "api_retries",
            "Attempts that were retries.",
            None,
            per_api(|a| a.metrics.retries as f64),
        )?;
        f.counter(
            "api_server_errors",
            "5xx answers received.",
            None,
            per_api(|a| a.metrics.server_errors as f64),
        )?;
        f.counter(
            "api_transport_errors",
            "Attempts that got no HTTP answer (connect, timeout, reset).",
            None,
            per_api(|a| a.metrics.transport_errors as f64),
        )?;
        f.counter(
            "api_throttle_wait",
            "Time spent waiting for the client-side limiter or a server-requested pause.",
            seconds,
            per_api(|a| a.metrics.throttle_wait.as_secs_f64()),
        )?;
        f.counter(
            "api_breaker_rejections",
            "Calls refused at once because the circuit was open.",
            None,
            per_api(|a| a.metrics.breaker_rejections as f64),
        )?;
        f.gauge(
            "api_breaker_state",
            "The circuit breaker: 0 closed, 1 half-open, 2 open.",
            None,
            per_api(|a| breaker_value(a.breaker)),
        )?;
        f.gauge(
            "api_window_remaining",
            "Requests the client-side limiter still allows in the current burst window.",
            None,
            per_api(|a| a.window.remaining() as f64),
        )?;
        f.gauge(
            "api_window_max",
            "Requests the burst window allows.",
            None,
            per_api(|a| a.window.max as f64),
        )?;

        // GHL's own view.
        let location = || vec![("location", self.ghl.location.clone())];
        let status = self.ghl.status.as_ref();
        let known = |v: Option<u64>| v.map(|v| (location(), v as f64));
        f.gauge(
            "ghl_rate_limit_remaining",
            "X-RateLimit-Remaining last seen: requests GHL still allows in its burst window.",
            None,
            known(status.and_then(|s| s.remaining)),
        )?;
        f.gauge(
            "ghl_rate_limit_max",
            "X-RateLimit-Max last seen: requests GHL allows per burst window.",
            None,
            known(status.and_then(|s| s.max)),
        )?;
        f.gauge(
            "ghl_daily_remaining",
            "Requests left in GHL's daily budget (the client's count, corrected by GHL's headers).",
            None,
            known(self.ghl.daily_remaining),
        )?;
        f.gauge(
            "ghl_daily_limit",
            "GHL's daily request budget.",
            None,
            known(self.ghl.daily_limit),
        )?;
        f.gauge(
            "ghl_token_expiry",
            "Time until the GHL access token expires (OAuth only; negative once expired).",
            seconds,
            self.ghl.token_expires_in.map(|s| (location(), s)),
        )?;

        // Reconciliation.
        let c = &self.counters;
        f.counter(
            "reconciliations",
            "Entity reconciliations by outcome: ok, partial (some records failed), failed.",
            None,
            c.rounds
                .iter()
                .map(|((e, o), n)| (pair("entity", e, "outcome", o), *n as f64)),
        )?;
        f.counter(
            "reconcile_records",
            "Records handled by reconciliations, by result.",
            None,
            c.records
                .iter()
                .map(|((e, r), n)| (pair("entity", e, "result", r), *n as f64)),
        )?;
        {
            let mut metric = f.encoder.encode_descriptor(
                "reconcile_duration",
                "How long one entity's reconciliation took.",
                seconds,
                MetricType::Histogram,
            )?;
            for (entity, h) in &c.durations {
                let labels: Labels = vec![("entity", entity.clone())];
                // Per bucket, not cumulative: the encoder adds them up.
                let mut buckets: Vec<(f64, u64)> =
                    DURATION_BUCKETS.iter().copied().zip(h.buckets).collect();
                let bounded: u64 = h.buckets.iter().sum();
                buckets.push((f64::INFINITY, h.count.saturating_sub(bounded)));
                metric
                    .encode_family(&labels)?
                    .encode_histogram::<NoLabelSet>(h.sum, h.count, &buckets, None)?;
            }
        }
        f.gauge(
            "reconcile_failed_in_a_row",
            "Reconciliation rounds in a row that failed, up to now.",
            None,
            [(Labels::new(), c.failed_in_a_row as f64)],
        )?;
        f.gauge(
            "reconcile_last_success_timestamp",
            "When the last reconciliation round that did not fail ended (Unix time).",
            seconds,
            c.last_ok.map(|at| {
                let secs = at
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap_or_default()
                    .as_secs_f64();
                (Labels::new(), secs)
            }),
        )?;
        f.counter(
            "repairs",
            "Drift repairs by outcome.",
            None,
            c.repairs
                .iter()
                .map(|(o, n)| (vec![("outcome", (*o).to_owned())], *n as f64)),
        )?;
        f.counter(
            "notion_writes",
            "Rows created, updated or trashed and activity entries appended in Notion, by source.",
            None,
            c.writes
                .iter()
                .map(|((e, s), n)| (pair("entity", e, "source", s), *n as f64)),
        )?;

        // Webhooks.
        if let Some(w) = &self.webhooks {
            f.counter(
                "webhooks",
                "Webhook deliveries by outcome.",
                None,
                [
                    ("persisted", w.persisted),
                    ("duplicate", w.duplicate),
                    ("retry_later", w.retry_later),
                    ("too_large", w.too_large),
                    ("bad_signature", w.bad_signature),
                    ("malformed", w.malformed),
                    ("replay", w.replay),
                ]
                .into_iter()
                .map(|(o, n)| (vec![("outcome", o.to_owned())], n as f64)),
            )?;
        }
        f.counter(
            "event_groups",
            "Webhook event groups (one record's events) by outcome: applied, retrying, failed.",
            None,
            c.groups
                .iter()
                .map(|((e, o), n)| (pair("entity", e, "outcome", o), *n as f64)),
        )?;
        f.gauge(
            "queue_depth",
            "Webhook events acknowledged and not yet applied.",
            None,
            [(Labels::new(), self.queue_depth as f64)],
        )?;
        f.gauge(
            "intents_pending",
            "Notion writes begun and not finished (settled at the next start).",
            None,
            self.intents_pending.map(|n| (Labels::new(), n as f64)),
        )?;
        f.gauge(
            "rows",
            "Rows the state knows of, per mirrored entity.",
            None,
            self.rows
                .iter()
                .map(|(e, n)| (vec![("entity", e.clone())], *n as f64)),
        )?;
        f.gauge(
            "uptime",
            "How long the service has been up.",
            seconds,
            [(Labels::new(), self.uptime.as_secs_f64())],
        )?;
        f.gauge(
            "ready",
            "1 when /readyz passes, else 0.",
            None,
            [(Labels::new(), if self.ready { 1.0 } else { 0.0 })],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::observe::collector::DurationHistogram;

    fn reading(api: &'static str, requests: u64, breaker: BreakerState) -> ApiReading {
        ApiReading {
            api,
            metrics: MetricsSnapshot {
                requests,
                throttled: 2,
                throttle_wait: Duration::from_millis(1_500),
                ..MetricsSnapshot::default()
            },
            breaker,
            window: WindowHeadroom {
                used: 3,
                max: 100,
                window: Duration::from_secs(10),
            },
        }
    }

    #[test]
    fn every_reading_is_a_sample_with_bounded_labels() {
        let mut durations = DurationHistogram::default();
        for _ in 0..2 {
            durations.buckets[1] += 1;
        }
        durations.buckets[4] += 1;
        durations.sum = 12.0;
        durations.count = 4;
        let scrape = Scrape {
            apis: vec![
                reading("ghl", 5, BreakerState::Closed),
                reading("notion", 7, BreakerState::Open),
            ],
            ghl: GhlReading {
                location: "loc-1".into(),
                daily_remaining: Some(199_990),
                daily_limit: Some(200_000),
                token_expires_in: Some(-30.0),
                ..GhlReading::default()
            },
            counters: Counters {
                rounds: vec![(("contact".into(), "ok"), 3)],
                writes: vec![(("contact".into(), "webhook"), 9)],
                durations: vec![("contact".into(), durations)],
                failed_in_a_row: 2,
                ..Counters::default()
            },
            webhooks: Some({
                let mut w = IngressStats::default();
                w.persisted = 4;
                w.bad_signature = 1;
                w
            }),
            queue_depth: 6,
            intents_pending: Some(1),
            rows: vec![("contact".into(), 30)],
            uptime: Duration::from_secs(90),
            ready: false,
        };
        let text = scrape.encode();
        for line in [
            "ghl_notion_api_requests_total{api=\"ghl\"} 5",
            "ghl_notion_api_requests_total{api=\"notion\"} 7",
            "ghl_notion_api_throttled_total{api=\"ghl\"} 2",
            "ghl_notion_api_throttle_wait_seconds_total{api=\"ghl\"} 1.5",
            "ghl_notion_api_breaker_state{api=\"ghl\"} 0",
            "ghl_notion_api_breaker_state{api=\"notion\"} 2",
            "ghl_notion_api_window_remaining{api=\"ghl\"} 97",
            "ghl_notion_ghl_daily_remaining{location=\"loc-1\"} 199990",
            "ghl_notion_ghl_daily_limit{location=\"loc-1\"} 200000",
            "ghl_notion_ghl_token_expiry_seconds{location=\"loc-1\"} -30",
            "ghl_notion_reconciliations_total{entity=\"contact\",outcome=\"ok\"} 3",
            "ghl_notion_reconcile_duration_seconds_bucket{le=\"0.5\",entity=\"contact\"} 0",
            "ghl_notion_reconcile_duration_seconds_bucket{le=\"1.0\",entity=\"contact\"} 2",
            "ghl_notion_reconcile_duration_seconds_bucket{le=\"10.0\",entity=\"contact\"} 3",
            "ghl_notion_reconcile_duration_seconds_bucket{le=\"+Inf\",entity=\"contact\"} 4",
            "ghl_notion_reconcile_duration_seconds_count{entity=\"contact\"} 4",
            "ghl_notion_reconcile_failed_in_a_row 2",
            "ghl_notion_notion_writes_total{entity=\"contact\",source=\"webhook\"} 9",
            "ghl_notion_webhooks_total{outcome=\"persisted\"} 4",
            "ghl_notion_webhooks_total{outcome=\"bad_signature\"} 1",
            "ghl_notion_queue_depth 6",
            "ghl_notion_intents_pending 1",
            "ghl_notion_rows{entity=\"contact\"} 30",
            "ghl_notion_uptime_seconds 90",
            "ghl_notion_ready 0",
        ] {
            assert!(
                text.lines().any(|l| l == line),
                "missing {line:?} in\n{text}"
            );
        }
        // Readings nobody has yet are left out, not shown as zero.
        assert!(
            !text.contains("ghl_notion_ghl_rate_limit_remaining{"),
            "{text}"
        );
        assert!(
            !text
                .lines()
                .any(|l| l.starts_with("ghl_notion_reconcile_last_success_timestamp_seconds")),
            "{text}"
        );
        assert!(text.ends_with("# EOF\n"));
    }

    #[test]
    fn whole_numbers_print_as_integers_until_they_no_longer_fit() {
        let uptime = |secs: f64| {
            let text = Scrape {
                uptime: Duration::from_secs_f64(secs),
                ..Scrape::default()
            }
            .encode();
            text.lines()
                .find(|l| l.starts_with("ghl_notion_uptime_seconds "))
                .map(str::to_owned)
                .expect("an uptime line")
        };
        assert_eq!(uptime(12.0), "ghl_notion_uptime_seconds 12");
        assert_eq!(uptime(1.5), "ghl_notion_uptime_seconds 1.5");
        // 2^63 does not fit an i64: a float, not a saturated integer.
        assert_eq!(
            uptime(2f64.powi(63)),
            "ghl_notion_uptime_seconds 9223372036854776000.0"
        );
    }

    #[test]
    fn the_breaker_reads_as_a_number() {
        assert_eq!(breaker_value(BreakerState::Closed), 0.0);
        assert_eq!(breaker_value(BreakerState::HalfOpen), 1.0);
        assert_eq!(breaker_value(BreakerState::Open), 2.0);
    }
}
