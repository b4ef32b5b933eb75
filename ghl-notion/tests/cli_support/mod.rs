//! Helpers for the command-line tests: the sandbox binary as a separate process (killed on
//! drop), the `ghl-notion` binary run in a fresh working directory with the sandbox's
//! credentials in its environment, and the sandbox's counters.
#![allow(dead_code)]

use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use serde_json::Value;

/// The longest any one command may take before the test fails.
pub const COMMAND_TIMEOUT: Duration = Duration::from_secs(90);

/// The variables a command reads; cleared before each run so the outer environment never
/// leaks in.
pub const ENV_NAMES: [&str; 8] = [
    "DATABASE_URL",
    "GHL_API_KEY",
    "GHL_LOCATION_ID",
    "GHL_BASE_URL",
    "NOTION_TOKEN",
    "NOTION_BASE_URL",
    "NOTION_PARENT_PAGE_ID",
    "GHL_WEBHOOK_PUBLIC_KEY",
];

/// The `ghl-notion` binary under test.
pub fn cli_binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_ghl-notion"))
}

/// The sandbox binary beside it, built once if it is not there.
pub fn sandbox_binary() -> &'static Path {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let cli = cli_binary();
        let profile_dir = cli.parent().expect("the binary is in a profile folder");
        let sandbox = profile_dir.join(format!(
            "ghl-notion-sandbox{}",
            std::env::consts::EXE_SUFFIX
        ));
        if !sandbox.exists() {
            let target_dir = profile_dir
                .parent()
                .expect("the profile folder is in a target folder");
            let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.toml");
            let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
            let status = std::process::Command::new(cargo)
                .args(["build", "-p", "ghl-notion-sandbox", "--manifest-path"])
                .arg(&manifest)
                .arg("--target-dir")
                .arg(target_dir)
                .status()
                .expect("cargo runs");
            assert!(status.success(), "building ghl-notion-sandbox failed");
        }
        sandbox
    })
}

/// A sandbox process, killed when dropped (also when a test panics).
pub struct Sandbox {
    child: Child,
    /// Its start-up JSON line.
    pub info: Value,
    http: reqwest::Client,
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Sandbox {
    /// Starts the sandbox binary on a free port with this seed size.
    pub fn start(contacts: u32, opportunities: u32) -> Sandbox {
        Self::start_with(contacts, opportunities, &[])
    }

    /// [`Sandbox::start`] with more arguments (`--time-scale 10`, `--burst-limit 5`).
    pub fn start_with(contacts: u32, opportunities: u32, extra: &[&str]) -> Sandbox {
        let child = std::process::Command::new(sandbox_binary())
            .args(["--port", "0", "--seed", "7"])
            .arg("--contacts")
            .arg(contacts.to_string())
            .arg("--opportunities")
            .arg(opportunities.to_string())
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the sandbox starts");
        let mut sandbox = Sandbox {
            child,
            info: Value::Null,
            http: reqwest::Client::new(),
        };
        let stdout = sandbox.child.stdout.take().expect("piped stdout");
        let mut line = String::new();
        // The sandbox prints its line as soon as it listens; EOF means it died (and the
        // guard kills what is left of it).
        let read = BufReader::new(stdout).read_line(&mut line);
        assert!(
            matches!(read, Ok(n) if n > 0),
            "the sandbox printed no start-up line"
        );
        sandbox.info = serde_json::from_str(&line).expect("the start-up line is JSON");
        sandbox
    }

    /// A string field of the start-up line.
    pub fn field(&self, name: &str) -> String {
        self.info[name]
            .as_str()
            .unwrap_or_else(|| panic!("start-up line has no {name}"))
            .to_owned()
    }

    /// The environment a command runs with against this sandbox.
    pub fn env(&self) -> Vec<(String, String)> {
        [
            ("GHL_API_KEY", "ghl_api_key"),
            ("GHL_LOCATION_ID", "location_id"),
            ("GHL_BASE_URL", "ghl_base_url"),
            ("NOTION_TOKEN", "notion_token"),
            ("NOTION_BASE_URL", "notion_base_url"),
            ("NOTION_PARENT_PAGE_ID", "notion_parent_page_id"),
        ]
        .into_iter()
        .map(|(var, field)| (var.to_owned(), self.field(field)))
        .collect()
    }

    /// Mints an agency (Company) OAuth token pair through the control API, with the scopes
    /// agency mode uses: the sub-account reads and writes, and `oauth.*` to mint location
    /// tokens.
    pub async fn agency_token(&self) -> Value {
        let scopes = [
            "contacts.readonly",
            "contacts.write",
            "opportunities.readonly",
            "locations.readonly",
            "locations/customFields.readonly",
            "users.readonly",
            "calendars.readonly",
            "calendars/events.readonly",
            "oauth.readonly",
            "oauth.write",
        ];
        self.control(
            reqwest::Method::POST,
            "/oauth/tokens",
            Some(serde_json::json!({"userType": "Company", "scopes": scopes})),
        )
        .await
    }

    /// The environment of an agency-mode command against this sandbox with its state at
    /// `database_url`, less the agency's token (add `GHL_API_KEY`, or the OAuth variables).
    pub fn agency_env(&self, database_url: &str) -> Vec<(String, String)> {
        let mut env: Vec<(String, String)> = [
            ("GHL_COMPANY_ID", "company_id"),
            ("GHL_BASE_URL", "ghl_base_url"),
            ("NOTION_TOKEN", "notion_token"),
            ("NOTION_BASE_URL", "notion_base_url"),
            ("NOTION_PARENT_PAGE_ID", "notion_parent_page_id"),
        ]
        .into_iter()
        .map(|(var, field)| (var.to_owned(), self.field(field)))
        .collect();
        env.push(("DATABASE_URL".to_owned(), database_url.to_owned()));
        env
    }

    /// `<control_url><path>`.
    pub fn control_url(&self, path: &str) -> String {
        format!("{}{path}", self.field("control_url"))
    }

    /// Sends a control-API request and returns its JSON answer (`null` for an empty body).
    pub async fn control(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        let mut request = self.http.request(method.clone(), self.control_url(path));
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("the control API answers");
        let status = response.status();
        let text = response.text().await.expect("a body");
        assert!(status.is_success(), "{method} {path}: {status} {text}");
        if text.trim().is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).expect("control answers are JSON")
        }
    }

    /// The GHL and Notion records (`GET /_sandbox/state`).
    pub async fn state(&self) -> Value {
        self.control(reqwest::Method::GET, "/state", None).await
    }

    /// Zeroes the request counters.
    pub async fn reset_stats(&self) {
        self.control(reqwest::Method::POST, "/stats/reset", None)
            .await;
    }

    /// Rows written to Notion since the last reset: successful page creates and updates
    /// (trashing a row is an update).
    pub async fn notion_row_writes(&self) -> u64 {
        self.notion_ok(&["POST /v1/pages", "PATCH /v1/pages/{id}"])
            .await
    }

    /// Successful (2xx) Notion answers on these endpoints since the last reset.
    pub async fn notion_ok(&self, endpoints: &[&str]) -> u64 {
        let stats = self.control(reqwest::Method::GET, "/stats", None).await;
        endpoints
            .iter()
            .map(|endpoint| {
                stats["requests"]["notion"][endpoint]["statuses"]
                    .as_object()
                    .map_or(0, |statuses| {
                        statuses
                            .iter()
                            .filter(|(code, _)| code.starts_with('2'))
                            .map(|(_, n)| n.as_u64().unwrap_or(0))
                            .sum()
                    })
            })
            .sum()
    }

    /// Polls `condition` until it holds, failing the test after `within`.
    pub async fn wait_for<F, Fut>(&self, what: &str, within: Duration, mut condition: F)
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = bool>,
    {
        let deadline = tokio::time::Instant::now() + within;
        while !condition().await {
            assert!(
                tokio::time::Instant::now() < deadline,
                "gave up waiting for {what} after {within:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The PEM of the key the sandbox signs webhooks with (Ed25519).
    pub async fn webhook_key_pem(&self) -> String {
        let response = self
            .http
            .get(self.control_url("/keys/ed25519.pem"))
            .send()
            .await
            .expect("the key is served");
        response.text().await.expect("PEM text")
    }

    /// A Notion client with the sandbox's token.
    pub fn notion(&self) -> ghl_notion::notion_activity::NotionClient {
        ghl_notion::notion_activity::NotionClient::builder()
            .base_url(self.field("notion_base_url"))
            .token(self.field("notion_token"))
            .build()
            .expect("a Notion client")
    }
}

/// What a command did.
#[derive(Debug)]
pub struct Run {
    /// Its exit code.
    pub code: i32,
    /// Its standard output.
    pub stdout: String,
    /// Its standard error.
    pub stderr: String,
}

impl Run {
    /// Standard output as one JSON value (fails if anything else is there).
    pub fn json(&self) -> Value {
        serde_json::from_str(self.stdout.trim())
            .unwrap_or_else(|e| panic!("stdout is not one JSON value ({e}):\n{self}"))
    }

    /// Asserts the exit code.
    pub fn expect_code(self, code: i32) -> Self {
        assert_eq!(self.code, code, "unexpected exit code:\n{self}");
        self
    }
}

impl std::fmt::Display for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit code {}\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

/// A fresh working directory (the configuration and the state go there), removed on drop.
pub struct Workdir {
    /// Its path.
    pub path: PathBuf,
    env: Vec<(String, String)>,
}

impl Drop for Workdir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

impl Workdir {
    /// A new empty folder; commands run there with `env` (and none of [`ENV_NAMES`] else).
    pub fn new(env: Vec<(String, String)>) -> Workdir {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let path = std::env::temp_dir().join(format!(
            "ghl-notion-cli-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("a temp folder");
        Workdir { path, env }
    }

    /// A command ready to run here.
    pub fn command(&self, args: &[&str]) -> tokio::process::Command {
        let mut command = tokio::process::Command::new(cli_binary());
        command
            .args(args)
            .current_dir(&self.path)
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .kill_on_drop(true);
        for name in ENV_NAMES {
            command.env_remove(name);
        }
        command.envs(self.env.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        command
    }

    /// Runs `ghl-notion <args>` here and waits for it (at most [`COMMAND_TIMEOUT`]).
    pub async fn run(&self, args: &[&str]) -> Run {
        self.run_with(args, &[]).await
    }

    /// Runs `ghl-notion <args>` here with extra environment variables.
    pub async fn run_with(&self, args: &[&str], extra: &[(&str, &str)]) -> Run {
        let mut command = self.command(args);
        command.envs(extra.iter().copied());
        let started = std::time::Instant::now();
        let output = tokio::time::timeout(COMMAND_TIMEOUT, command.output())
            .await
            .unwrap_or_else(|_| panic!("ghl-notion {args:?} took over {COMMAND_TIMEOUT:?}"))
            .expect("ghl-notion runs");
        // Shown with the output of a failing test.
        eprintln!("ghl-notion {args:?}: {:.1?}", started.elapsed());
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

/// Sums `field` over a report's `entities` (a `RunReport`'s list of reports).
pub fn total(report: &Value, field: &str) -> u64 {
    report["entities"]
        .as_array()
        .expect("a report with entities")
        .iter()
        .map(|e| e[field].as_u64().unwrap_or(0))
        .sum()
}
