//! `--log-format`: the real binary, run on the embedded sandbox (no credentials), writes its
//! logs to stderr as text by default and as one JSON object per line with `json`, each with
//! the event's fields and the spans it is in, and never a token.

mod cli_support;

use cli_support::{COMMAND_TIMEOUT, Run, Workdir};
use serde_json::Value;

/// Variables of the outer environment that would change how the command logs.
const LOGGING_VARS: [&str; 4] = [
    "GHL_NOTION_LOG_FORMAT",
    "OTEL_EXPORTER_OTLP_ENDPOINT",
    "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
    "NO_COLOR",
];

/// The prefixes of the GHL and Notion tokens the sandboxes hand out and users set.
const TOKEN_SHAPES: [&str; 5] = ["pit-", "secret_", "ntn_", "sbx-at-", "sbx-rt-"];

/// Runs `ghl-notion <args>` in `dir` with no credentials, none of [`LOGGING_VARS`] but `env`.
async fn run(dir: &Workdir, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = dir.command(args);
    for var in LOGGING_VARS {
        command.env_remove(var);
    }
    command.envs(env.iter().copied());
    let output = tokio::time::timeout(COMMAND_TIMEOUT, command.output())
        .await
        .unwrap_or_else(|_| panic!("ghl-notion {args:?} took over {COMMAND_TIMEOUT:?}"))
        .expect("ghl-notion runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// The stderr lines that are log records in JSON, parsed (failing on one that does not parse).
fn json_lines(run: &Run) -> Vec<Value> {
    run.stderr
        .lines()
        .filter(|line| line.starts_with('{'))
        .map(|line| {
            serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("not one JSON object ({e}): {line}\n{run}"))
        })
        .collect()
}

fn assert_no_token(run: &Run) {
    for shape in TOKEN_SHAPES {
        assert!(
            !run.stderr.contains(shape) && !run.stdout.contains(shape),
            "a {shape}… token was written:\n{run}"
        );
    }
}

#[tokio::test]
async fn json_logs_are_one_object_a_line_with_the_spans_and_no_token() {
    let dir = Workdir::new(Vec::new());
    let run = run(
        &dir,
        &["--log-format", "json", "sync"],
        // hyper-util logs its connections at debug: events inside the request spans.
        &[("RUST_LOG", "info,hyper_util=debug")],
    )
    .await
    .expect_code(0);
    let lines = json_lines(&run);
    assert!(!lines.is_empty(), "no JSON log line at info:\n{run}");
    for line in &lines {
        assert!(
            line["timestamp"].as_str().is_some_and(|t| t.contains('T')),
            "{line}"
        );
        assert!(
            ["ERROR", "WARN", "INFO", "DEBUG", "TRACE"]
                .contains(&line["level"].as_str().unwrap_or("")),
            "{line}"
        );
        assert!(line["target"].as_str().is_some(), "{line}");
        assert!(line["message"].as_str().is_some(), "{line}");
        assert!(
            line.get("fields").is_none(),
            "event fields are flattened: {line}"
        );
    }
    // What the command logs is inside its span, listed with its fields.
    assert!(
        lines
            .iter()
            .any(|line| line["span"]["name"] == "cli.command"
                && line["spans"][0]["name"] == "cli.command"
                && line["spans"][0]["command"] == "sync"),
        "no line in the span cli.command{{command=sync}}:\n{run}"
    );
    // An event inside a request lists both spans, each with its fields (some recorded after
    // the span opened).
    assert!(
        lines.iter().any(|line| {
            let request = &line["spans"][1];
            ["ghl.request", "notion.request"].contains(&request["name"].as_str().unwrap_or(""))
                && request["method"].is_string()
                && request["path"].is_string()
                && request["attempt"].is_u64()
                && line["span"] == *request
        }),
        "no line inside a request span:\n{run}"
    );
    assert_no_token(&run);
}

#[tokio::test]
async fn text_is_the_default_the_variable_picks_json_and_an_unknown_format_is_a_usage_error() {
    let dir = Workdir::new(Vec::new());
    let text = run(&dir, &["sync"], &[("RUST_LOG", "info")])
        .await
        .expect_code(0);
    assert!(
        text.stderr
            .lines()
            .any(|l| l.contains(" INFO ") && l.contains("cli.command{command=")),
        "no text log line:\n{text}"
    );
    assert!(json_lines(&text).is_empty(), "{text}");
    assert!(
        !text.stderr.contains('\u{1b}'),
        "coloured off a terminal:\n{text}"
    );
    assert_no_token(&text);

    let from_env = run(
        &dir,
        &["sync"],
        &[("RUST_LOG", "info"), ("GHL_NOTION_LOG_FORMAT", "json")],
    )
    .await
    .expect_code(0);
    assert!(!json_lines(&from_env).is_empty(), "{from_env}");

    let usage = run(&dir, &["--log-format", "xml", "sync"], &[])
        .await
        .expect_code(1);
    assert!(
        usage.stderr.contains("xml") && usage.stderr.contains("json"),
        "{usage}"
    );
    assert!(usage.stdout.is_empty(), "{usage}");
}
