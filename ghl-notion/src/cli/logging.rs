//! Where the command's logs go: stderr, filtered by `RUST_LOG` (default `warn`), as text for
//! people or as one JSON object per line for log collectors (`--log-format json`); with the
//! `otel` feature and a collector named by `OTEL_EXPORTER_OTLP_ENDPOINT`, the spans also go
//! there ([`ghl_notion::telemetry`]).
//!
//! A JSON line carries `timestamp`, `level`, `target`, `message` and the event's own fields at
//! the top level, then `span` (the innermost span: its `name` and fields) and `spans` (every
//! span the event is in, outermost first):
//!
//! ```text
//! {"timestamp":"…","level":"INFO","message":"…","target":"ghl_notion::cli::setup",
//!  "span":{"command":"sync","name":"cli.command"},"spans":[{"command":"sync","name":"cli.command"}]}
//! ```
//!
//! Colours only in text on a terminal, and never with `NO_COLOR` set.

use std::io::IsTerminal as _;

use tracing::Subscriber;
use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::{self, MakeWriter};
use tracing_subscriber::layer::{Layer, SubscriberExt as _};
use tracing_subscriber::registry::LookupSpan;
use tracing_subscriber::util::SubscriberInitExt as _;

use super::args::LogFormat;

/// The stderr filter when `RUST_LOG` is unset or unreadable.
pub const DEFAULT_FILTER: &str = "warn";

/// Keeps what the logging started (the OpenTelemetry export, with the `otel` feature) until
/// the command ends; dropping it sends the spans still queued, waiting a bounded time.
#[must_use = "dropping the guard stops the span export"]
#[derive(Debug, Default)]
pub struct LogGuard {
    #[cfg(feature = "otel")]
    _export: Option<ghl_notion::telemetry::TraceExport>,
}

/// Installs the process's subscriber: [`stderr_layer`] filtered by `RUST_LOG`, and with the
/// `otel` feature the span export at `INFO` (whatever `RUST_LOG` says about stderr). A
/// collector that cannot be set up is reported as a warning and the command runs without it.
pub fn init(format: LogFormat) -> LogGuard {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(DEFAULT_FILTER));
    let ansi = format == LogFormat::Text
        && std::io::stderr().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let registry = tracing_subscriber::registry()
        .with(stderr_layer(format, ansi, std::io::stderr).with_filter(filter));

    #[cfg(feature = "otel")]
    let (registry, guard, problem) = {
        use tracing_subscriber::filter::LevelFilter;
        let (export, problem) = match ghl_notion::telemetry::TraceExport::from_env() {
            Ok(export) => (export, None),
            Err(e) => (None, Some(e)),
        };
        let layer = export
            .as_ref()
            .map(|e| e.layer().with_filter(LevelFilter::INFO));
        (registry.with(layer), LogGuard { _export: export }, problem)
    };
    #[cfg(not(feature = "otel"))]
    let guard = LogGuard::default();

    // Fails only when a subscriber is already set (never in the binary).
    let _ = registry.try_init();
    #[cfg(feature = "otel")]
    if let Some(e) = problem {
        tracing::warn!(error = %e, "OpenTelemetry export is off");
    }
    guard
}

/// The layer that writes events to `writer` in `format` (unfiltered: add one). `ansi` colours
/// text; JSON is never coloured.
pub fn stderr_layer<S, W>(
    format: LogFormat,
    ansi: bool,
    writer: W,
) -> Box<dyn Layer<S> + Send + Sync>
where
    S: Subscriber + for<'span> LookupSpan<'span>,
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    match format {
        LogFormat::Text => fmt::layer().with_writer(writer).with_ansi(ansi).boxed(),
        LogFormat::Json => fmt::layer()
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(true)
            .with_ansi(false)
            .with_writer(writer)
            .boxed(),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use serde_json::Value;

    use super::*;

    /// A writer that keeps what it is given.
    #[derive(Clone, Default)]
    struct Buffer(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Buffer {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0
                .lock()
                .expect("not poisoned")
                .extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl Buffer {
        fn text(&self) -> String {
            String::from_utf8(self.0.lock().expect("not poisoned").clone()).expect("UTF-8")
        }
    }

    /// Logs one event inside `cli.command` > `ghl.request` in `format` and returns the output.
    fn log_one(format: LogFormat, ansi: bool) -> String {
        let buffer = Buffer::default();
        let writer = buffer.clone();
        let subscriber =
            tracing_subscriber::registry().with(stderr_layer(format, ansi, move || writer.clone()));
        tracing::subscriber::with_default(subscriber, || {
            let command = tracing::info_span!("cli.command", command = "sync");
            let _in_command = command.enter();
            let request = tracing::info_span!(
                "ghl.request",
                method = "GET",
                path = "/contacts/",
                status = tracing::field::Empty
            );
            request.record("status", 200);
            request.in_scope(|| tracing::info!(attempt = 1, "answered"));
        });
        buffer.text()
    }

    #[test]
    fn a_json_line_has_the_event_its_fields_and_its_spans() {
        let out = log_one(LogFormat::Json, true);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 1, "{out}");
        let line: Value = serde_json::from_str(lines[0]).expect("one JSON object");
        assert!(
            line["timestamp"].as_str().is_some_and(|t| t.contains('T')),
            "{line}"
        );
        assert_eq!(line["level"], "INFO");
        assert_eq!(line["target"], module_path!());
        assert_eq!(line["message"], "answered");
        assert_eq!(line["attempt"], 1, "event fields are flattened: {line}");
        assert_eq!(line["span"]["name"], "ghl.request");
        assert_eq!(line["span"]["method"], "GET");
        assert_eq!(line["span"]["status"], 200, "fields recorded later: {line}");
        let spans = line["spans"].as_array().expect("the span list");
        assert_eq!(spans.len(), 2, "{line}");
        assert_eq!(spans[0]["name"], "cli.command");
        assert_eq!(spans[0]["command"], "sync");
        assert_eq!(spans[1]["path"], "/contacts/");
        assert!(!out.contains('\u{1b}'), "never coloured: {out:?}");
    }

    #[test]
    fn text_is_one_plain_line_with_the_spans() {
        let out = log_one(LogFormat::Text, false);
        assert_eq!(out.lines().count(), 1, "{out}");
        assert!(!out.starts_with('{'), "{out}");
        assert!(
            out.contains("answered") && out.contains("attempt=1"),
            "{out}"
        );
        assert!(out.contains("cli.command{command=\"sync\"}"), "{out}");
        assert!(!out.contains('\u{1b}'), "no colours unless asked: {out:?}");
        assert!(log_one(LogFormat::Text, true).contains('\u{1b}'));
    }
}
