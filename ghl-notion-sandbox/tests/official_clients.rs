//! The official clients run against the sandbox unchanged: the GHL Node SDK
//! (`@gohighlevel/api-client` 3.x) and Notion's (`@notionhq/client` 5.x), each given only a
//! base URL and a token, make their basic calls (`tests/official_clients/check.mjs`) and
//! every one succeeds.
//!
//! - GHL (the SDK's default `Version: 2023-02-21`): `locations.getLocation`,
//!   `locations.getCustomFields`, `contacts.searchContactsAdvanced`, `contacts.getContacts`,
//!   `contacts.getContact`, `contacts.createContact`, `contacts.updateContact`,
//!   `contacts.upsertContact`, `contacts.getAllNotes`, `contacts.getAllTasks`,
//!   `contacts.getAppointmentsForContact`, `calendars.getCalendarEvents`,
//!   `calendars.getAppointment`, `opportunities.getPipelines`,
//!   `opportunities.searchOpportunity`, `opportunities.getOpportunity`,
//!   `users.getUserByLocation`, `users.getUser`. The SDK has no base-URL option (its
//!   `BASE_URL` is a private constant); the script sets the base URL on the axios instance the
//!   SDK exposes through its public `getHttpClient()`, which every service sends through.
//!   The test books one appointment through the control API first, so the calendar calls
//!   have one to find with five seeded contacts.
//! - Notion, at the package's default `Notion-Version` (`2025-09-03`): `users.me`,
//!   `users.list`, `users.retrieve`, `databases.create/retrieve/update`,
//!   `dataSources.retrieve/update/create`, `pages.create` (a row, and a child page with
//!   children), `pages.retrieve`, `pages.update` (a property, then `in_trash`),
//!   `dataSources.query` (a filter; a sort with a page size), `blocks.children.append/list`,
//!   `search`.
//! - Not emulated, so not called: GHL `opportunities.searchOpportunitiesAdvanced`
//!   (`POST /opportunities/search`) and `calendars.getCalendars` (`GET /calendars/`); Notion
//!   `blocks.retrieve/update/delete`, `pages.properties.retrieve`, comments and file uploads.
//!
//! The packages are installed once with npm into `target/tmp/official-clients`
//! (`CARGO_TARGET_TMPDIR`) and reused. The test is skipped, saying why, only when `node` or
//! `npm` is missing or npm cannot reach its registry; once the packages are there, a script
//! that fails, prints no report or runs past 90 s fails the test. Everything but the install
//! stays on the loopback (the proxy variables are removed for Node).

mod common;

use std::io::Read;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use ghl_notion_sandbox::{Sandbox, SandboxConfig};
use notion_emulator::NotionConfig;
use reqwest::Method;
use serde_json::{Value, json};

use common::{control, json_of};

/// The npm packages the script loads; majors pinned, as the issue names them.
const NPM_PACKAGES: [&str; 2] = ["@gohighlevel/api-client@3", "@notionhq/client@5"];

/// The longest the Node process may run before the test fails.
const NODE_TIMEOUT: Duration = Duration::from_secs(90);

/// The script, kept beside this test.
const SCRIPT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/official_clients/check.mjs"
);

/// Proxy variables Node's HTTP stack (axios) would follow; removed so requests stay local.
const PROXY_VARS: [&str; 8] = [
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "no_proxy",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn official_clients_run_their_basic_calls_unchanged() {
    let tools = match tokio::task::spawn_blocking(npm_tools)
        .await
        .expect("the install task ran")
    {
        Ok(dir) => dir,
        Err(why) => {
            eprintln!("official clients check skipped: {why}");
            return;
        }
    };

    let start: DateTime<Utc> = DateTime::parse_from_rfc3339("2025-06-15T12:00:00Z")
        .map(|d| d.with_timezone(&Utc))
        .expect("valid date");
    // Notion's 3 requests per second would make the client wait and retry on the wall clock;
    // the limits have their own tests, so this one turns Notion's off to stay quick and exact.
    let notion = NotionConfig {
        requests_per_second: 0.0,
        ..NotionConfig::default()
    };
    let sb = Sandbox::start(
        SandboxConfig::default()
            .with_seed(11)
            .with_contacts(5)
            .with_opportunities(3)
            .with_start_time(start)
            .with_notion(notion),
    )
    .await
    .expect("sandbox starts");

    book_an_appointment(&sb).await;

    let mut command = Command::new("node");
    command
        .arg(SCRIPT)
        .arg(&tools)
        .env("GHL_BASE_URL", sb.ghl_base_url())
        .env("GHL_TOKEN", sb.ghl_api_key())
        .env("GHL_LOCATION_ID", sb.location_id())
        .env("NOTION_BASE_URL", sb.notion_base_url())
        .env("NOTION_TOKEN", sb.notion_token())
        .env("NOTION_PARENT_PAGE_ID", sb.notion_parent_page_id());
    for var in PROXY_VARS {
        command.env_remove(var);
    }
    let started = Instant::now();
    let (status, stdout, stderr) =
        tokio::task::spawn_blocking(move || run_with_timeout(command, NODE_TIMEOUT))
            .await
            .expect("the node task ran")
            .unwrap_or_else(|why| panic!("the official clients check did not run: {why}"));
    assert!(
        status.success(),
        "the official clients check failed ({status}):\n{stderr}\n{stdout}"
    );
    let line = stdout
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_else(|| panic!("the check printed no report:\n{stderr}"));
    let report: Value = serde_json::from_str(line)
        .unwrap_or_else(|e| panic!("the check's report does not parse ({e}): {line}"));
    let calls = report["calls"]
        .as_array()
        .unwrap_or_else(|| panic!("the report has no calls: {line}"));

    let failed: Vec<String> = calls
        .iter()
        .filter(|c| c["ok"] != Value::Bool(true))
        .map(|c| format!("{} {}: {}", c["api"], c["name"], c["error"]))
        .collect();
    assert!(
        failed.is_empty(),
        "calls failed:\n{}\nreport: {line}",
        failed.join("\n")
    );
    let count = |api: &str| calls.iter().filter(|c| c["api"] == api).count();
    assert_eq!(
        (count("ghl"), count("notion")),
        (18, 19),
        "every call ran: {line}"
    );
    eprintln!(
        "official clients: {} GHL and {} Notion calls succeeded in {:.1} s",
        count("ghl"),
        count("notion"),
        started.elapsed().as_secs_f64()
    );
}

/// Books an appointment for a seeded contact through the control API (the API does not
/// emulate appointment writes), so the calendar calls have one to find whatever the seed.
async fn book_an_appointment(sb: &Sandbox) {
    let (status, state) = json_of(control(sb, Method::GET, "/state")).await;
    assert_eq!(status, 200, "{state}");
    let ghl = &state["ghl"];
    let calendar = ghl["calendars"][0]["id"]
        .as_str()
        .expect("a seeded calendar");
    let contact = ghl["contacts"][0]["id"].as_str().expect("a seeded contact");
    let (status, answer) = json_of(control(sb, Method::POST, "/ghl/appointments").json(&json!({
        "calendarId": calendar, "contactId": contact, "title": "Official client check",
        "startTime": "2025-06-20T10:00:00Z", "endTime": "2025-06-20T10:30:00Z",
    })))
    .await;
    assert_eq!(status, 201, "{answer}");
}

/// Where the packages are cached: under the cargo target directory, shared by every run.
fn tools_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("official-clients")
}

/// The two packages in [`tools_dir`], installed with npm the first time. The install goes
/// to a fresh folder that is renamed into place, so a run cut short never leaves half an
/// install behind.
fn npm_tools() -> Result<PathBuf, String> {
    let ok = |program: &str| quiet(Command::new(program).arg("--version"));
    if !(ok("node") && ok("npm")) {
        return Err("no `node` or `npm` on PATH: install Node.js 18 or later with npm".to_owned());
    }
    let dir = tools_dir();
    let complete = |d: &Path| {
        d.join("node_modules/@gohighlevel/api-client/package.json")
            .is_file()
            && d.join("node_modules/@notionhq/client/package.json")
                .is_file()
    };
    if complete(&dir) {
        return Ok(dir);
    }
    let staging = dir.with_file_name(format!("official-clients.{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&staging);
    std::fs::create_dir_all(&staging)
        .map_err(|e| format!("cannot create {}: {e}", staging.display()))?;
    std::fs::write(staging.join("package.json"), "{\"private\":true}\n")
        .map_err(|e| format!("cannot write to {}: {e}", staging.display()))?;
    let started = Instant::now();
    eprintln!(
        "official clients: npm install {} into {}",
        NPM_PACKAGES.join(" "),
        dir.display()
    );
    let installed = quiet(
        Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--loglevel=error"])
            .args(NPM_PACKAGES)
            .current_dir(&staging),
    );
    if !installed || !complete(&staging) {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(format!(
            "npm could not install {}: check that the npm registry is reachable",
            NPM_PACKAGES.join(" ")
        ));
    }
    if std::fs::rename(&staging, &dir).is_err() {
        // Another run finished first; use its install.
        let _ = std::fs::remove_dir_all(&staging);
    }
    eprintln!(
        "official clients: packages ready in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    if complete(&dir) {
        Ok(dir)
    } else {
        Err(format!(
            "{} is incomplete: delete it and run again",
            dir.display()
        ))
    }
}

/// Runs `command` to the end with its output discarded; whether it succeeded.
fn quiet(command: &mut Command) -> bool {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Runs `command` in its own process group, killing the group after `timeout`; its status,
/// stdout and stderr.
fn run_with_timeout(
    mut command: Command,
    timeout: Duration,
) -> Result<(ExitStatus, String, String), String> {
    let mut child = command
        .process_group(0)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start node: {e}"))?;
    // Drain both pipes on threads so a chatty child never blocks on a full pipe.
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut text = String::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_string(&mut text);
            }
            text
        })
    };
    let stdout = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let deadline = Instant::now() + timeout;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(50)),
            Ok(None) => {
                let group = format!("-{}", child.id());
                let _ = quiet(Command::new("kill").args(["-KILL", "--", &group]));
                let _ = child.kill();
                let _ = child.wait();
                let err = stderr.join().unwrap_or_default();
                return Err(format!("node ran past {timeout:?} and was killed:\n{err}"));
            }
            Err(e) => return Err(format!("cannot wait for node: {e}")),
        }
    };
    let out = stdout.join().unwrap_or_default();
    let err = stderr.join().unwrap_or_default();
    Ok((status, out, err))
}
