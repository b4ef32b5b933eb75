//! The `otel` feature: the real binary, run on the embedded sandbox with
//! `OTEL_EXPORTER_OTLP_ENDPOINT` naming a fake collector on loopback, sends its spans there
//! over OTLP/HTTP (protobuf), and a collector that never answers does not hold it up.
#![cfg(feature = "otel")]

mod cli_support;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::routing::post;
use cli_support::{COMMAND_TIMEOUT, Run, Workdir};

/// Variables of the outer environment that would change where spans go.
const OTEL_VARS: [&str; 6] = [
    "OTEL_EXPORTER_OTLP_ENDPOINT",
    "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
    "OTEL_EXPORTER_OTLP_PROTOCOL",
    "OTEL_EXPORTER_OTLP_TIMEOUT",
    "OTEL_SERVICE_NAME",
    "OTEL_RESOURCE_ATTRIBUTES",
];

/// One `POST /v1/traces` the collector received: its content type and body.
type Export = (String, Bytes);

/// A collector on a free loopback port that keeps every export and answers 200.
async fn fake_collector() -> (String, Arc<Mutex<Vec<Export>>>) {
    async fn receive(
        State(exports): State<Arc<Mutex<Vec<Export>>>>,
        headers: HeaderMap,
        body: Bytes,
    ) -> (StatusCode, [(header::HeaderName, &'static str); 1]) {
        let content_type = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        exports
            .lock()
            .expect("not poisoned")
            .push((content_type, body));
        (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/x-protobuf")],
        )
    }
    let exports = Arc::new(Mutex::new(Vec::new()));
    let app = Router::new()
        .route("/v1/traces", post(receive))
        .with_state(exports.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port");
    let address = listener.local_addr().expect("an address");
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{address}"), exports)
}

/// Runs `ghl-notion <args>` in `dir` with no credentials and `env` as the only OTEL variables.
async fn run(dir: &Workdir, args: &[&str], env: &[(&str, &str)]) -> (Run, Duration) {
    let mut command = dir.command(args);
    for var in OTEL_VARS {
        command.env_remove(var);
    }
    command.envs(env.iter().copied());
    let started = Instant::now();
    let output = tokio::time::timeout(COMMAND_TIMEOUT, command.output())
        .await
        .unwrap_or_else(|_| panic!("ghl-notion {args:?} took over {COMMAND_TIMEOUT:?}"))
        .expect("ghl-notion runs");
    let run = Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    (run, started.elapsed())
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle.as_bytes())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_spans_of_a_sync_reach_the_collector() {
    let (endpoint, exports) = fake_collector().await;
    let dir = Workdir::new(Vec::new());
    // stderr stays at warn: the export takes INFO spans whatever RUST_LOG says.
    let (run, _) = run(
        &dir,
        &["sync"],
        &[("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint.as_str())],
    )
    .await;
    let run = run.expect_code(0);
    let exports = exports.lock().expect("not poisoned").clone();
    assert!(
        !exports.is_empty(),
        "the collector received nothing:\n{run}"
    );
    for (content_type, _) in &exports {
        assert_eq!(content_type, "application/x-protobuf");
    }
    let bodies: Vec<u8> = exports.iter().flat_map(|(_, body)| body.to_vec()).collect();
    for name in ["cli.command", "ghl.request", "notion.request"] {
        assert!(contains(&bodies, name), "no {name} span was exported");
    }
    assert!(
        contains(&bodies, "ghl-notion"),
        "the service name is not exported"
    );
    for token in ["pit-", "secret_", "ntn_", "sbx-at-", "sbx-rt-"] {
        assert!(!contains(&bodies, token), "a {token}… token was exported");
    }
    assert!(!run.stderr.contains("OpenTelemetry"), "{run}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_service_name_comes_from_the_environment_when_set_there() {
    let (endpoint, exports) = fake_collector().await;
    let dir = Workdir::new(Vec::new());
    let (run, _) = run(
        &dir,
        &["sync", "--dry-run"],
        &[
            ("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint.as_str()),
            ("OTEL_SERVICE_NAME", "crm-mirror-staging"),
        ],
    )
    .await;
    run.expect_code(0);
    let exports = exports.lock().expect("not poisoned").clone();
    let bodies: Vec<u8> = exports.iter().flat_map(|(_, body)| body.to_vec()).collect();
    assert!(contains(&bodies, "crm-mirror-staging"), "{exports:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_collector_that_never_answers_does_not_hold_the_command_up() {
    // Accepts connections and keeps them open without reading or answering.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port");
    let endpoint = format!("http://{}", listener.local_addr().expect("an address"));
    let accepted = Arc::new(Mutex::new(Vec::new()));
    let held = accepted.clone();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            held.lock().expect("not poisoned").push(socket);
        }
    });
    let dir = Workdir::new(Vec::new());
    let (run, elapsed) = run(
        &dir,
        &["sync"],
        &[
            ("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint.as_str()),
            // Longer than the shutdown wait, so the wait is what bounds the exit.
            ("OTEL_EXPORTER_OTLP_TIMEOUT", "60000"),
        ],
    )
    .await;
    run.expect_code(0);
    assert!(
        !accepted.lock().expect("not poisoned").is_empty(),
        "the exporter never connected"
    );
    // The shutdown waits 5 s at most; a hang would take the 60 s export timeout or more.
    assert!(elapsed < Duration::from_secs(45), "took {elapsed:?}");
}
