//! OpenTelemetry export of the spans (feature `otel`), for those who run a collector.
//!
//! [`TraceExport::from_env`] reads the standard OTLP variables and, when a collector is named
//! (`OTEL_EXPORTER_OTLP_ENDPOINT`, or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` for the full URL),
//! starts a batch span processor on a thread of its own that sends spans over OTLP/HTTP with
//! protobuf bodies. Without either variable (or with `OTEL_SDK_DISABLED=true`) it returns
//! `None` and starts nothing. Its [`layer`](TraceExport::layer) turns `tracing` spans
//! (`ghl.request`, `notion.request`, the command's `cli.command`) into OpenTelemetry spans,
//! beside whatever else logs them.
//!
//! The spans carry the resource `service.name` = `ghl-notion` (or `OTEL_SERVICE_NAME`, or
//! `service.name` in `OTEL_RESOURCE_ATTRIBUTES`) and `service.version`. The exporter honours
//! `OTEL_EXPORTER_OTLP_HEADERS` and `…_TIMEOUT` (each export, retries included; default
//! 10 s). Only `http/protobuf` without compression is built in: `OTEL_EXPORTER_OTLP_PROTOCOL`
//! and `…_COMPRESSION` are ignored.
//!
//! Keep the [`TraceExport`] until the program ends: dropping it (or
//! [`shutdown`](TraceExport::shutdown)) sends the spans still queued, waiting at most
//! [`SHUTDOWN_TIMEOUT`], so an unreachable collector never holds the program up for longer.
//!
//! ```no_run
//! use ghl_notion::telemetry::TraceExport;
//! use tracing_subscriber::filter::LevelFilter;
//! use tracing_subscriber::prelude::*;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let export = TraceExport::from_env()?; // None without OTEL_EXPORTER_OTLP_ENDPOINT
//! tracing_subscriber::registry()
//!     .with(tracing_subscriber::fmt::layer().with_writer(std::io::stderr))
//!     .with(export.as_ref().map(|e| e.layer().with_filter(LevelFilter::INFO)))
//!     .init();
//! // … run the service …
//! drop(export); // sends what is still queued
//! # Ok(()) }
//! ```

use std::time::Duration;

use opentelemetry::trace::TracerProvider as _;
use opentelemetry_otlp::{ExporterBuildError, Protocol, WithExportConfig as _};
use opentelemetry_sdk::Resource;
use opentelemetry_sdk::error::OTelSdkResult;
use opentelemetry_sdk::trace::{SdkTracer, SdkTracerProvider};
use tracing::Subscriber;
use tracing_opentelemetry::OpenTelemetryLayer;
use tracing_subscriber::registry::LookupSpan;

/// The service name spans carry unless `OTEL_SERVICE_NAME` (or `OTEL_RESOURCE_ATTRIBUTES`)
/// names another.
pub const SERVICE_NAME: &str = "ghl-notion";

/// The longest [`TraceExport::shutdown`] (and dropping a [`TraceExport`]) waits for the last
/// spans to be sent.
pub const SHUTDOWN_TIMEOUT: Duration = Duration::from_secs(5);

/// The variables that name a collector; without one of them nothing is exported.
const ENDPOINT_VARS: [&str; 2] = [
    "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
    "OTEL_EXPORTER_OTLP_ENDPOINT",
];

/// Spans sent to an OpenTelemetry collector over OTLP/HTTP; see the [module docs](self).
///
/// Dropping it flushes the queue, waiting at most [`SHUTDOWN_TIMEOUT`].
#[derive(Debug)]
pub struct TraceExport {
    provider: SdkTracerProvider,
}

impl TraceExport {
    /// Starts the export when `OTEL_EXPORTER_OTLP_ENDPOINT` or
    /// `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` is set (and not empty); `None` otherwise, with
    /// nothing started.
    ///
    /// # Errors
    ///
    /// When the exporter cannot be built from the variables (an endpoint that is not a URL,
    /// an unknown compression).
    pub fn from_env() -> Result<Option<Self>, ExporterBuildError> {
        if !wanted(|name| std::env::var(name).ok()) {
            return Ok(None);
        }
        let exporter = opentelemetry_otlp::SpanExporter::builder()
            .with_http()
            .with_protocol(Protocol::HttpBinary)
            .build()?;
        let provider = SdkTracerProvider::builder()
            .with_resource(resource())
            .with_batch_exporter(exporter)
            .build();
        Ok(Some(Self { provider }))
    }

    /// The `tracing` layer that hands spans to this export (their fields become attributes,
    /// events inside them span events). It has no filter of its own: add one (as in the
    /// module example) to export only the levels you want.
    pub fn layer<S>(&self) -> OpenTelemetryLayer<S, SdkTracer>
    where
        S: Subscriber + for<'span> LookupSpan<'span>,
    {
        tracing_opentelemetry::layer().with_tracer(self.provider.tracer(SERVICE_NAME))
    }

    /// Sends the spans still queued and stops the export, waiting at most
    /// [`SHUTDOWN_TIMEOUT`]. Spans that end afterwards are dropped.
    ///
    /// # Errors
    ///
    /// When the collector did not take the last batch in time (or refused it).
    pub fn shutdown(self) -> OTelSdkResult {
        self.provider.shutdown_with_timeout(SHUTDOWN_TIMEOUT)
    }
}

impl Drop for TraceExport {
    fn drop(&mut self) {
        // After `shutdown` this is a no-op that reports "already shut down".
        let _ = self.provider.shutdown_with_timeout(SHUTDOWN_TIMEOUT);
    }
}

/// Whether to export, given the environment: a collector named, and the SDK not disabled
/// (`OTEL_SDK_DISABLED=true`). An empty variable counts as unset.
fn wanted(var: impl Fn(&str) -> Option<String>) -> bool {
    let disabled = var("OTEL_SDK_DISABLED").is_some_and(|v| v.trim().eq_ignore_ascii_case("true"));
    let named = ENDPOINT_VARS
        .iter()
        .any(|name| var(name).is_some_and(|v| !v.trim().is_empty()));
    named && !disabled
}

/// `service.name` from the environment when set there, else [`SERVICE_NAME`];
/// `service.version` from this crate.
fn resource() -> Resource {
    let service = opentelemetry::Key::from_static_str("service.name");
    let detected = Resource::builder().build();
    let from_env = detected
        .get(&service)
        .is_some_and(|name| !name.as_str().starts_with("unknown_service"));
    let mut builder = Resource::builder().with_attribute(opentelemetry::KeyValue::new(
        "service.version",
        env!("CARGO_PKG_VERSION"),
    ));
    if !from_env {
        builder = builder.with_service_name(SERVICE_NAME);
    }
    builder.build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_named_collector_turns_the_export_on_unless_the_sdk_is_disabled() {
        let endpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";
        let traces = "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT";
        let disabled = "OTEL_SDK_DISABLED";
        let url = "http://127.0.0.1:4318";
        let table: [(&[(&str, &str)], bool); 8] = [
            (&[], false),
            (&[(endpoint, url)], true),
            (&[(traces, "http://127.0.0.1:4318/v1/traces")], true),
            (&[(endpoint, "")], false),
            (&[(endpoint, "  ")], false),
            (&[(endpoint, url), (disabled, "true")], false),
            (&[(endpoint, url), (disabled, "TRUE")], false),
            (&[(endpoint, url), (disabled, "false")], true),
        ];
        for (env, expected) in table {
            let var = |name: &str| {
                env.iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| (*v).to_owned())
            };
            assert_eq!(wanted(var), expected, "{env:?}");
        }
    }
}
