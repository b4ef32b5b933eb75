//! `ghl-notion serve` killed with SIGKILL again and again while webhooks arrive: after each
//! restart the port answers within a second, and at the end no acknowledged event is lost and
//! nothing is written twice.
//!
//! The sandbox runs in this test's process and delivers its webhooks to the `ghl-notion`
//! binary, which runs `serve` on a SQLite state and a webhook journal in a temporary folder.
//! A CRM user creates and edits contacts through the sandbox's control API at a steady pace,
//! so signed `ContactCreate` / `ContactUpdate` deliveries keep coming. The test kills the
//! service (SIGKILL) at seeded random moments and starts it again with the same folder,
//! measuring how long the new process takes to answer HTTP on its port. Deliveries refused
//! or cut while it is down are lost, as with GHL (which retries only after a 429); the
//! sandbox's delivery log says which deliveries were acknowledged with a 2xx. The kills come
//! at random moments, right after a delivery was acknowledged (its event journaled but not
//! yet applied), and soon after a restart (while the journal of the killed process is still
//! being applied). At the end the
//! service is stopped cleanly with SIGTERM (it drains what it acknowledged) and Notion is
//! compared with GHL:
//!
//! - every acknowledged event has exactly one activity-log row (by its event id);
//! - every contact has exactly one live row showing its current values, none twice.

mod chaos_support;

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use chaos_support::{Control, check_mirror, contact_fields, property_text, render, trashed};
use ghl_notion_sandbox::{Sandbox, SandboxConfig};
use reqwest::Method;
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt as _, AsyncReadExt as _, AsyncWriteExt as _, BufReader};
use tokio::process::{Child, Command};

/// The seed of the data, the CRM user's changes and the kill schedule.
const SEED: u64 = 5;
/// Contacts in the sandbox at start.
const CONTACTS: usize = 4;
/// When the service is killed, in turn.
const KILLS: [Kill; 5] = [
    Kill::Random,
    Kill::AfterAnAck,
    Kill::SoonAfterStart,
    Kill::AfterAnAck,
    Kill::SoonAfterStart,
];
/// Real time between two CRM changes: a little slower than the service can apply them
/// (the Notion client allows 3 requests a second, and an event costs about three), so the
/// backlog stays small and the test measures restarts, not throughput.
const PACE: Duration = Duration::from_millis(1_200);
/// How soon after a (re)start the port must answer HTTP.
const ANSWER_WITHIN: Duration = Duration::from_secs(1);
/// How long to wait for anything at all before the test gives up.
const PATIENCE: Duration = Duration::from_secs(90);
/// The variables a command reads; cleared so the outer environment never leaks in.
const ENV_NAMES: [&str; 8] = [
    "DATABASE_URL",
    "GHL_API_KEY",
    "GHL_LOCATION_ID",
    "GHL_BASE_URL",
    "NOTION_TOKEN",
    "NOTION_BASE_URL",
    "NOTION_PARENT_PAGE_ID",
    "GHL_WEBHOOK_PUBLIC_KEY",
];

/// When to kill the running service.
#[derive(Debug, Clone, Copy)]
enum Kill {
    /// A random moment 0.8 to 2.5 s after it answered.
    Random,
    /// Right after the sandbox saw a delivery acknowledged: that event is journaled but not
    /// yet applied (the runner collects events for a moment before applying them).
    AfterAnAck,
    /// 50 to 300 ms after it answered: while it still applies what the previous process
    /// journaled, and reconciles on start.
    SoonAfterStart,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_survives_kill_9_without_losing_or_doubling_acknowledged_events() {
    let started = Instant::now();
    let port = free_port();
    let mut config = SandboxConfig::default()
        .with_seed(SEED)
        .with_contacts(CONTACTS)
        .with_opportunities(0)
        .with_webhook_url(format!("http://127.0.0.1:{port}/webhooks/ghl"));
    // A 429 is tried again a second later (GHL waits minutes).
    config.webhooks.retry_interval = Duration::from_secs(1);
    config.webhooks.retry_jitter = Duration::from_millis(200);
    config.webhooks.max_retries = 20;
    let sandbox = Sandbox::start(config).await.expect("the sandbox starts");
    let control = Control::new(sandbox.control_url());
    let dir = Folder::new();
    std::fs::write(
        dir.path.join("ghl-notion.toml"),
        format!(
            "[[tables]]\nentity = \"contact\"\n\n[webhooks]\nlisten = \"127.0.0.1:{port}\"\n\n[admin]\nlisten = \"127.0.0.1:0\"\n\n\
             [schedule]\nreconcile_every = \"1h\"\nrepair_every = \"0s\"\n"
        ),
    )
    .expect("write the configuration");
    let key = reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("an HTTP client")
        .get(format!("{}/keys/ed25519.pem", sandbox.control_url()))
        .send()
        .await
        .expect("the key is served")
        .text()
        .await
        .expect("PEM text");
    let env = environment(&sandbox, key);

    let mut rng = fastrand::Rng::with_seed(SEED);
    let mut starts: Vec<Start> = Vec::new();
    let mut service = Service::spawn(&dir.path, &env, 0);
    starts.push(service.wait_until_answering(port).await);

    // The CRM user plays until told to stop.
    let stop = Arc::new(AtomicBool::new(false));
    let user = tokio::spawn(play(control.clone(), stop.clone()));

    for (kill, when) in KILLS.into_iter().enumerate() {
        let kill = kill + 1;
        match when {
            Kill::AfterAnAck => wait_for_an_acknowledgement(&control).await,
            Kill::SoonAfterStart => {
                tokio::time::sleep(Duration::from_millis(rng.u64(50..300))).await;
            }
            Kill::Random => {
                tokio::time::sleep(Duration::from_millis(rng.u64(800..2_500))).await;
            }
        }
        service.kill().await;
        let down = Duration::from_millis(rng.u64(0..300));
        tokio::time::sleep(down).await;
        service = Service::spawn(&dir.path, &env, kill);
        let mut start = service.wait_until_answering(port).await;
        start.after = Some(when);
        starts.push(start);
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    stop.store(true, Ordering::SeqCst);
    let changes = user.await.expect("the CRM user finishes");

    // Every delivery settles (answered, lost or given up), then a clean stop drains.
    let settled = wait_for_deliveries(&control).await;
    let stopped = service.terminate().await;
    let world = control.world().await;
    let log = control.call(Method::GET, "/webhooks/log", None).await;

    let acknowledged: Vec<String> = log["deliveries"]
        .as_array()
        .expect("a delivery log")
        .iter()
        .filter(|d| d["outcome"] == "delivered")
        .filter_map(|d| d["webhookId"].as_str().map(str::to_owned))
        .collect();
    let mut activity: std::collections::BTreeMap<String, usize> = Default::default();
    for page in world.pages_of("GHL Activity Log") {
        if !trashed(&page) {
            *activity
                .entry(property_text(&page, "Event ID"))
                .or_default() += 1;
        }
    }
    let lost: Vec<&String> = acknowledged
        .iter()
        .filter(|id| !activity.contains_key(*id))
        .collect();
    let doubled: Vec<(&String, &usize)> = activity.iter().filter(|(_, n)| **n > 1).collect();
    let mirror = check_mirror(
        &world,
        "GHL Contacts",
        "GHL ID",
        &world.ghl("contacts"),
        contact_fields,
    );
    let slow: Vec<&Start> = starts
        .iter()
        .skip(1)
        .filter(|s| s.answered.is_none_or(|t| t > ANSWER_WITHIN))
        .collect();

    let summary = format!(
        "{:.1?} in all; {changes} CRM changes; webhooks {settled}\n\
         starts (connect / first HTTP answer after spawn):\n{}\
         acknowledged {} · activity rows {} (distinct ids {}) · acknowledged without a row {} · ids with several rows {}\n\
         {}clean stop: {stopped}\nstate kept in {}",
        started.elapsed(),
        starts
            .iter()
            .map(|s| format!("  {s}\n"))
            .collect::<String>(),
        acknowledged.len(),
        activity.values().sum::<usize>(),
        activity.len(),
        lost.len(),
        doubled.len(),
        render(std::slice::from_ref(&mirror)),
        dir.path.display(),
    );
    eprintln!("{summary}");
    assert!(
        acknowledged.len() >= 5,
        "too few deliveries were acknowledged to prove anything\n{summary}"
    );
    assert!(
        lost.is_empty(),
        "acknowledged events without an activity row: {lost:?}\n{summary}"
    );
    assert!(
        doubled.is_empty(),
        "events logged more than once: {doubled:?}\n{summary}"
    );
    assert!(
        mirror.is_clean(),
        "the contacts table does not match GHL\n{summary}"
    );
    assert!(
        slow.is_empty(),
        "restarts slower than {ANSWER_WITHIN:?} to answer HTTP: {}\n{summary}",
        slow.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; ")
    );
    assert!(
        stopped.starts_with("exit 0"),
        "serve did not stop cleanly\n{summary}"
    );
    dir.passed();
}

/// A temporary folder for the configuration, state and journal; removed on drop unless the
/// test failed (then its path is in the failure message).
struct Folder {
    path: PathBuf,
    remove: bool,
}

impl Folder {
    fn new() -> Self {
        let path = std::env::temp_dir().join(format!("ghl-notion-crash-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("a temp folder");
        Self {
            path,
            remove: false,
        }
    }

    /// Removes the folder (called once every assertion passed).
    fn passed(mut self) {
        self.remove = true;
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        if self.remove {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}

/// A port nobody listens on now.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// The sandbox's credentials and its webhook key, as the binary reads them.
fn environment(sandbox: &Sandbox, key_pem: String) -> Vec<(&'static str, String)> {
    vec![
        ("GHL_API_KEY", sandbox.ghl_api_key().to_owned()),
        ("GHL_LOCATION_ID", sandbox.location_id().to_owned()),
        ("GHL_BASE_URL", sandbox.ghl_base_url()),
        ("NOTION_TOKEN", sandbox.notion_token().to_owned()),
        ("NOTION_BASE_URL", sandbox.notion_base_url()),
        ("NOTION_PARENT_PAGE_ID", sandbox.notion_parent_page_id()),
        ("GHL_WEBHOOK_PUBLIC_KEY", key_pem),
    ]
}

/// When one start of the service became reachable, counted from its spawn.
struct Start {
    number: usize,
    after: Option<Kill>,
    connected: Option<Duration>,
    answered: Option<Duration>,
    status: String,
}

impl std::fmt::Display for Start {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let at = |t: Option<Duration>| t.map_or_else(|| "never".to_owned(), |t| format!("{t:.2?}"));
        let after = self
            .after
            .map_or_else(String::new, |kill| format!(" (kill: {kill:?})"));
        write!(
            f,
            "start {}{after}: {} / {} ({})",
            self.number,
            at(self.connected),
            at(self.answered),
            self.status
        )
    }
}

/// One `ghl-notion serve` process.
struct Service {
    child: Child,
    number: usize,
    spawned: Instant,
    stdout: tokio::task::JoinHandle<String>,
}

impl Service {
    /// Starts `ghl-notion serve` in `dir` (its stderr goes to `serve-<number>.stderr` there).
    fn spawn(dir: &Path, env: &[(&'static str, String)], number: usize) -> Self {
        let stderr = std::fs::File::create(dir.join(format!("serve-{number}.stderr")))
            .expect("a stderr file");
        let mut command = Command::new(env!("CARGO_BIN_EXE_ghl-notion"));
        command
            .arg("--config")
            .arg(dir.join("ghl-notion.toml"))
            .arg("serve")
            .current_dir(dir)
            .env("RUST_LOG", "info")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::from(stderr))
            .kill_on_drop(true);
        for name in ENV_NAMES {
            command.env_remove(name);
        }
        command.envs(env.iter().map(|(k, v)| (*k, v.as_str())));
        let spawned = Instant::now();
        let mut child = command.spawn().expect("serve starts");
        let out = child.stdout.take().expect("piped stdout");
        // Drained all along, so the child never blocks on a full pipe.
        let stdout = tokio::spawn(async move {
            let mut lines = BufReader::new(out).lines();
            let mut all = String::new();
            while let Ok(Some(line)) = lines.next_line().await {
                all.push_str(&line);
                all.push('\n');
            }
            all
        });
        Self {
            child,
            number,
            spawned,
            stdout,
        }
    }

    /// Polls the port until it accepts a connection and answers an HTTP request (any
    /// status), at most [`PATIENCE`].
    async fn wait_until_answering(&mut self, port: u16) -> Start {
        let mut start = Start {
            number: self.number,
            after: None,
            connected: None,
            answered: None,
            status: String::new(),
        };
        while self.spawned.elapsed() < PATIENCE {
            if let Ok(Some(status)) = self.child.try_wait() {
                start.status = format!("exited: {status}");
                return start;
            }
            let Ok(Ok(mut stream)) = tokio::time::timeout(
                Duration::from_millis(200),
                tokio::net::TcpStream::connect(("127.0.0.1", port)),
            )
            .await
            else {
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            };
            start.connected.get_or_insert(self.spawned.elapsed());
            let request =
                "GET /webhooks/ghl HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
            if stream.write_all(request.as_bytes()).await.is_err() {
                continue;
            }
            let mut answer = vec![0; 64];
            let left = PATIENCE.saturating_sub(self.spawned.elapsed());
            match tokio::time::timeout(left, stream.read(&mut answer)).await {
                Ok(Ok(n)) if n > 0 => {
                    start.answered = Some(self.spawned.elapsed());
                    start.status = String::from_utf8_lossy(&answer[..n])
                        .lines()
                        .next()
                        .unwrap_or_default()
                        .to_owned();
                    return start;
                }
                _ => tokio::time::sleep(Duration::from_millis(10)).await,
            }
        }
        start.status = "no answer".to_owned();
        start
    }

    /// SIGKILL, and waits for the process to be gone.
    async fn kill(mut self) {
        let _ = self.child.kill().await;
        self.stdout.abort();
    }

    /// SIGTERM, then waits for the drain; says how it ended and what it printed last.
    async fn terminate(mut self) -> String {
        let Some(pid) = self.child.id() else {
            return "already gone".to_owned();
        };
        let sent = std::process::Command::new("kill")
            .args(["-TERM", &pid.to_string()])
            .status();
        if !sent.is_ok_and(|s| s.success()) {
            return "SIGTERM could not be sent".to_owned();
        }
        let begun = Instant::now();
        let status = match tokio::time::timeout(PATIENCE, self.child.wait()).await {
            Ok(Ok(status)) => status.code().map_or("killed".to_owned(), |c| c.to_string()),
            _ => {
                let _ = self.child.kill().await;
                "still running after SIGTERM; killed".to_owned()
            }
        };
        let out = tokio::time::timeout(Duration::from_secs(5), self.stdout)
            .await
            .ok()
            .and_then(Result::ok)
            .unwrap_or_default();
        let last = out.lines().last().unwrap_or_default().to_owned();
        format!("exit {status} after {:.1?}: {last}", begun.elapsed())
    }
}

/// Creates and edits contacts at [`PACE`] until `stop`; returns how many changes it made.
async fn play(control: Control, stop: Arc<AtomicBool>) -> usize {
    let mut rng = fastrand::Rng::with_seed(SEED ^ 0xC0FFEE);
    let mut ids: Vec<String> = control
        .world()
        .await
        .ghl("contacts")
        .iter()
        .filter_map(|c| c["id"].as_str().map(str::to_owned))
        .collect();
    ids.sort_unstable();
    let mut changes = 0;
    while !stop.load(Ordering::SeqCst) {
        if changes % 3 == 0 || ids.is_empty() {
            let created = control
                .call(
                    Method::POST,
                    "/ghl/contacts",
                    Some(json!({
                        "firstName": "Walk-in",
                        "lastName": format!("Lead {changes}"),
                        "email": format!("lead{changes}@example.com"),
                    })),
                )
                .await;
            if let Some(id) = created["contact"]["id"].as_str() {
                ids.push(id.to_owned());
            }
        } else {
            let id = &ids[rng.usize(..ids.len())];
            control
                .call(
                    Method::PUT,
                    &format!("/ghl/contacts/{id}"),
                    Some(json!({"city": format!("City {changes}")})),
                )
                .await;
        }
        changes += 1;
        tokio::time::sleep(PACE).await;
    }
    changes
}

/// Waits until the sandbox sees one more delivery acknowledged, at most [`PATIENCE`].
async fn wait_for_an_acknowledgement(control: &Control) {
    let delivered = |stats: Value| stats["webhooks"]["delivered"].as_u64().unwrap_or(0);
    let before = delivered(control.stats().await);
    let deadline = Instant::now() + PATIENCE;
    while delivered(control.stats().await) == before && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Waits until every published webhook has ended (delivered, lost or given up), at most
/// [`PATIENCE`]; returns the counters as text.
async fn wait_for_deliveries(control: &Control) -> String {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let stats = control.stats().await;
        let w: &Value = &stats["webhooks"];
        let n = |k: &str| w[k].as_u64().unwrap_or(0);
        let ended = n("delivered") + n("lost") + n("exhausted") + n("dropped") + n("noSubscriber");
        let summary = format!(
            "published {} delivered {} lost {} retried {} exhausted {}",
            n("published"),
            n("delivered"),
            n("lost"),
            n("retried"),
            n("exhausted")
        );
        if ended >= n("published") + n("duplicated") || Instant::now() >= deadline {
            return summary;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
