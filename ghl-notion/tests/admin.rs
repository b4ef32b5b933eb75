//! The admin address of `serve`, scraped while the service runs on the embedded sandbox:
//! `/metrics` moves as the run does (requests, writes, 429s after injected faults,
//! webhooks) with bounded label sets; `/healthz` answers; `/readyz` passes, and fails with
//! a reason when the state store takes no writes or GHL rejects the token; `/status.json`
//! carries the runs; `status --admin` reads it.

mod browser_support;

use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::os::unix::fs::PermissionsExt as _;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ghl_notion::config::Config;
use ghl_notion::ghl_client::GhlClient;
use ghl_notion::notion_activity::NotionClient;
use ghl_notion::observe::{Dashboard, RunKind};
use ghl_notion::service::default_sandbox;
use ghl_notion::sync_core::StateStore;
use ghl_notion::sync_core::state::SqliteStore;
use ghl_notion::{Endpoints, SyncService};
use serde_json::json;

/// How long a test waits for the service to reach a state before failing.
const PATIENCE: Duration = Duration::from_secs(60);

/// A private folder for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "ghl-notion-admin-{name}-{}-{}",
        std::process::id(),
        fastrand::u32(..)
    ));
    std::fs::create_dir_all(&dir).expect("a temp folder");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))
        .expect("an owner-only folder");
    dir
}

fn config(dir: &std::path::Path) -> Config {
    let mut config = Config::default();
    config.webhooks.listen = "127.0.0.1:0".to_owned();
    config.webhooks.journal = Some(dir.join("journal.jsonl"));
    config.admin.listen = "127.0.0.1:0".to_owned();
    config.schedule.reconcile_every = Duration::from_secs(24 * 3600);
    config.schedule.repair_every = Duration::ZERO;
    config
}

/// Clients for a sandbox started on its own, GHL's with `ghl_token`.
fn clients(sandbox: &ghl_notion_sandbox::Sandbox, ghl_token: &str) -> (GhlClient, NotionClient) {
    let ghl = GhlClient::builder()
        .base_url(sandbox.ghl_base_url())
        .private_token(ghl_token)
        .location_id(sandbox.location_id())
        .build()
        .expect("GHL client");
    let notion = NotionClient::builder()
        .base_url(sandbox.notion_base_url())
        .token(sandbox.notion_token())
        .build()
        .expect("Notion client");
    (ghl, notion)
}

fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(20))
        .build()
        .expect("an HTTP client")
}

async fn get(url: &str) -> (u16, String) {
    let answer = http()
        .get(url)
        .send()
        .await
        .expect("the admin address answers");
    let status = answer.status().as_u16();
    (status, answer.text().await.expect("a body"))
}

/// One sample of the OpenMetrics text: its name and labels.
type Series = (String, BTreeMap<String, String>);

/// Parses the samples of an OpenMetrics text (no escapes in our label values).
fn parse(text: &str) -> BTreeMap<Series, f64> {
    let mut out = BTreeMap::new();
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let (series, value) = line.rsplit_once(' ').expect("a sample line");
        let (name, labels) = match series.split_once('{') {
            Some((name, rest)) => {
                let inner = rest.strip_suffix('}').expect("closed labels");
                let labels = inner
                    .split(',')
                    .filter(|p| !p.is_empty())
                    .map(|p| {
                        let (k, v) = p.split_once('=').expect("label=value");
                        (k.to_owned(), v.trim_matches('"').to_owned())
                    })
                    .collect();
                (name.to_owned(), labels)
            }
            None => (series.to_owned(), BTreeMap::new()),
        };
        let value = match value {
            "+Inf" => f64::INFINITY,
            v => v.parse().unwrap_or_else(|_| panic!("a number: {line}")),
        };
        out.insert((name, labels), value);
    }
    out
}

/// The sum of `name`'s samples whose labels include every pair of `with`.
fn total(samples: &BTreeMap<Series, f64>, name: &str, with: &[(&str, &str)]) -> f64 {
    samples
        .iter()
        .filter(|((n, labels), _)| {
            n == name
                && with
                    .iter()
                    .all(|(k, v)| labels.get(*k).map(String::as_str) == Some(*v))
        })
        .map(|(_, v)| *v)
        .sum()
}

async fn scrape(admin: &str) -> BTreeMap<Series, f64> {
    let (status, text) = get(&format!("{admin}metrics")).await;
    assert_eq!(status, 200, "{text}");
    assert!(text.ends_with("# EOF\n"), "OpenMetrics ends with # EOF");
    parse(&text)
}

/// Scrapes until `done` holds (the service works in the background), at most
/// [`PATIENCE`].
async fn scrape_until(
    admin: &str,
    what: &str,
    done: impl Fn(&BTreeMap<Series, f64>) -> bool,
) -> BTreeMap<Series, f64> {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let samples = scrape(admin).await;
        if done(&samples) {
            return samples;
        }
        assert!(Instant::now() < deadline, "{what}: never happened");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Runs `play` against `service`'s admin address while it serves, then stops it.
async fn serving<F, Fut>(service: &SyncService, play: F)
where
    F: FnOnce(Endpoints) -> Fut,
    Fut: Future<Output = ()>,
{
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let (at_tx, at_rx) = tokio::sync::oneshot::channel::<Endpoints>();
    let serve = service.serve_announcing(
        None,
        async {
            let _ = stopped.await;
        },
        move |at| {
            let _ = at_tx.send(at.clone());
        },
    );
    let play = async move {
        // Dropping `stop` (also on a panic here) ends `serve`.
        let _stop = stop;
        let at = at_rx.await.expect("serve announces its addresses");
        play(at).await;
    };
    let (summary, ()) = tokio::join!(serve, play);
    let summary = summary.expect("serve stops cleanly");
    assert!(
        summary.admin.is_some(),
        "the summary names the admin address"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_move_with_the_run_and_label_sets_stay_bounded() {
    let dir = scratch("metrics");
    let service = SyncService::builder()
        .config(config(&dir))
        .sandbox(
            default_sandbox()
                .with_seed(7)
                .with_contacts(30)
                .with_opportunities(4)
                .with_time_scale(10.0),
        )
        .build()
        .await
        .expect("the service starts on the embedded sandbox");
    let sandbox = service.sandbox().expect("the embedded sandbox");
    let control = sandbox.control_url();
    let location = sandbox.location_id().to_owned();
    // The first two contact searches are throttled: the client waits and tries again.
    let faults = http()
        .post(format!("{control}/faults"))
        .json(&json!({"api": "ghl", "pathPrefix": "/contacts", "script": ["429", "429", "ok"]}))
        .send()
        .await
        .expect("the control API answers");
    assert!(faults.status().is_success());

    serving(&service, |at| async move {
        let admin = at.admin.expect("the admin address is open by default");
        assert!(admin.starts_with("http://127.0.0.1:"), "{admin}");
        assert_eq!(get(&format!("{admin}healthz")).await, (200, "ok\n".to_owned()));

        // The first reconciliation (on start) covers both tables.
        let after_round = scrape_until(&admin, "the first round", |s| {
            total(s, "ghl_notion_reconciliations_total", &[]) >= 2.0
        })
        .await;
        let s = &after_round;
        assert!(total(s, "ghl_notion_api_requests_total", &[("api", "ghl")]) >= 3.0);
        assert!(total(s, "ghl_notion_api_requests_total", &[("api", "notion")]) >= 30.0);
        assert_eq!(
            total(s, "ghl_notion_api_throttled_total", &[("api", "ghl")]),
            2.0,
            "both injected 429s are counted"
        );
        assert!(total(s, "ghl_notion_api_retries_total", &[("api", "ghl")]) >= 2.0);
        assert_eq!(
            total(
                s,
                "ghl_notion_reconcile_records_total",
                &[("entity", "contact"), ("result", "created")]
            ),
            30.0
        );
        assert_eq!(
            total(
                s,
                "ghl_notion_notion_writes_total",
                &[("entity", "contact"), ("source", "reconcile")]
            ),
            30.0
        );
        assert_eq!(total(s, "ghl_notion_rows", &[("entity", "contact")]), 30.0);
        assert_eq!(
            total(
                s,
                "ghl_notion_reconciliations_total",
                &[("entity", "contact"), ("outcome", "ok")]
            ),
            1.0
        );
        assert_eq!(
            total(
                s,
                "ghl_notion_reconcile_duration_seconds_count",
                &[("entity", "contact")]
            ),
            1.0
        );
        assert_eq!(total(s, "ghl_notion_ready", &[]), 1.0);
        assert_eq!(total(s, "ghl_notion_api_breaker_state", &[("api", "ghl")]), 0.0);
        assert!(total(s, "ghl_notion_ghl_daily_remaining", &[("location", &location)]) > 0.0);

        // A contact created in the CRM reaches the service as a signed webhook.
        let created = http()
            .post(format!("{control}/ghl/contacts"))
            .json(&json!({"firstName": "Metric", "lastName": "Moves", "email": "metric.moves@example.com"}))
            .send()
            .await
            .expect("the control API answers");
        assert!(created.status().is_success());
        let after_webhook = scrape_until(&admin, "the webhook applied", |s| {
            total(s, "ghl_notion_event_groups_total", &[("outcome", "applied")]) >= 1.0
        })
        .await;
        let s = &after_webhook;
        assert!(total(s, "ghl_notion_webhooks_total", &[("outcome", "persisted")]) >= 1.0);
        assert!(
            total(s, "ghl_notion_notion_writes_total", &[("source", "webhook")]) >= 1.0,
            "the webhook wrote to Notion"
        );
        assert!(
            total(s, "ghl_notion_api_requests_total", &[("api", "notion")])
                > total(&after_round, "ghl_notion_api_requests_total", &[("api", "notion")])
        );

        // Bounded labels: only these keys, entity values from the configuration, the one
        // location; no record ids anywhere.
        let keys: BTreeSet<&str> = ["api", "entity", "outcome", "result", "source", "location", "le"]
            .into_iter()
            .collect();
        let entities: BTreeSet<&str> = ["contact", "opportunity", "task", "note", "appointment"]
            .into_iter()
            .collect();
        for (name, labels) in s.keys() {
            for (k, v) in labels {
                assert!(keys.contains(k.as_str()), "{name} has label {k}");
                if k == "entity" {
                    assert!(entities.contains(v.as_str()), "{name}{{entity={v}}}");
                }
                if k == "location" {
                    assert_eq!(v, &location);
                }
            }
        }
        let series = |s: &BTreeMap<Series, f64>| s.len();
        assert!(series(s) < 200, "{} series", series(s));

        // The same numbers as JSON, and the status page.
        let (status, body) = get(&format!("{admin}status.json")).await;
        assert_eq!(status, 200);
        let dashboard: Dashboard = serde_json::from_str(&body).expect("a Dashboard");
        assert!(dashboard.readiness.ready, "{:?}", dashboard.readiness);
        assert!(dashboard.runs.iter().any(|r| r.kind == RunKind::Reconcile));
        assert!(dashboard.writes_per_minute.iter().sum::<u64>() >= 31);
        assert!(dashboard.webhooks.accepted >= 1);
        let (status, page) = get(&admin).await;
        assert_eq!(status, 200);
        assert!(page.contains("<html"), "an HTML page");
        assert!(!page.contains(sandbox.ghl_api_key()), "no token on the page");
        assert!(!page.contains(sandbox.notion_token()), "no token on the page");

        let (status, ready) = get(&format!("{admin}readyz")).await;
        assert_eq!(status, 200, "{ready}");
        assert!(ready.starts_with("ready\n"), "{ready}");

        // The live page in a real browser, as a reader who stopped the reload sees it.
        let out_dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("status-page-live");
        std::fs::create_dir_all(&out_dir).expect("an output folder");
        let url = format!("{admin}?refresh=0");
        let runs = dashboard.runs.len();
        let check = tokio::task::spawn_blocking(move || {
            browser_support::check_page(&url, &out_dir, runs)
        })
        .await
        .expect("the browser check did not panic");
        match check {
            browser_support::BrowserCheck::Skipped(why) => {
                eprintln!("live status page browser check skipped: {why}");
            }
            browser_support::BrowserCheck::Passed(report) => {
                assert_eq!(report.problems(), Vec::<String>::new(), "{report:#?}");
                eprintln!("live status page: screenshots {:?}", report.screenshots);
            }
        }
    })
    .await;
    let _ = std::fs::remove_dir_all(&dir);
}

/// A store whose writes hang: another process holds the SQLite file's write lock.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readyz_fails_naming_the_state_store_when_it_takes_no_writes() {
    let dir = scratch("store");
    let path = dir.join("state.sqlite");
    let store: Arc<dyn StateStore> = Arc::new(SqliteStore::open(&path).expect("a state file"));
    let mut config = config(&dir);
    config.webhooks.enabled = false;
    let service = SyncService::builder()
        .config(config)
        .store(store)
        .sandbox(
            default_sandbox()
                .with_contacts(2)
                .with_opportunities(0)
                .with_time_scale(10.0),
        )
        .build()
        .await
        .expect("the service starts");
    serving(&service, |at| async move {
        let admin = at.admin.expect("the admin address");
        let (status, body) = get(&format!("{admin}readyz")).await;
        assert_eq!(status, 200, "{body}");
        // Another process takes the write lock and keeps it.
        let holder = rusqlite::Connection::open(&path).expect("a second connection");
        holder
            .execute_batch("BEGIN EXCLUSIVE")
            .expect("the write lock");
        let (status, body) = get(&format!("{admin}readyz")).await;
        assert_eq!(status, 503, "{body}");
        assert!(body.starts_with("not ready\n"), "{body}");
        let line = body
            .lines()
            .find(|l| l.contains("state store"))
            .expect("a state store line");
        assert!(line.starts_with("FAIL"), "{body}");
        assert!(
            line.contains("no answer") || line.contains("refused a write"),
            "says what went wrong: {line}"
        );
        let metrics = scrape(&admin).await;
        assert_eq!(total(&metrics, "ghl_notion_ready", &[]), 0.0);
        holder.execute_batch("ROLLBACK").expect("the lock released");
        drop(holder);
        // Writes go through again: ready again.
        let deadline = Instant::now() + PATIENCE;
        loop {
            let (status, body) = get(&format!("{admin}readyz")).await;
            if status == 200 {
                break;
            }
            assert!(Instant::now() < deadline, "never ready again: {body}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    })
    .await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readyz_fails_naming_the_token_ghl_rejects_and_never_shows_it() {
    let sandbox = ghl_notion_sandbox::Sandbox::start(
        default_sandbox().with_contacts(2).with_opportunities(0),
    )
    .await
    .expect("the sandbox starts");
    let wrong = "pit-00000000-wrong-admin-token-0000";
    let (ghl, notion) = clients(&sandbox, wrong);
    let dir = scratch("token");
    let mut config = config(&dir);
    config.webhooks.enabled = false;
    let service = SyncService::builder()
        .config(config)
        .clients(ghl, notion, sandbox.notion_parent_page_id())
        .build()
        .await
        .expect("the service starts (the GHL token is first used later)");
    serving(&service, |at| async move {
        let admin = at.admin.expect("the admin address");
        let (status, body) = get(&format!("{admin}readyz")).await;
        assert_eq!(status, 503, "{body}");
        let line = body
            .lines()
            .find(|l| l.contains("ghl credentials"))
            .expect("a ghl credentials line");
        assert!(line.starts_with("FAIL"), "{body}");
        assert!(line.contains("GHL_API_KEY"), "names the variable: {line}");
        assert!(!body.contains(wrong), "never shows the token: {body}");
        let notion_line = body
            .lines()
            .find(|l| l.contains("notion credentials"))
            .expect("a notion credentials line");
        assert!(notion_line.starts_with("ok"), "{body}");
        let (_, page) = get(&admin).await;
        assert!(!page.contains(wrong), "never on the page");
    })
    .await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_taken_admin_address_fails_naming_the_setting() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let addr = taken.local_addr().expect("its address").to_string();
    let sandbox = ghl_notion_sandbox::Sandbox::start(default_sandbox().with_contacts(1))
        .await
        .expect("the sandbox starts");
    let (ghl, notion) = clients(&sandbox, sandbox.ghl_api_key());
    let dir = scratch("taken");
    let mut config = config(&dir);
    config.webhooks.enabled = false;
    config.admin.listen = addr.clone();
    let service = SyncService::builder()
        .config(config)
        .clients(ghl, notion, sandbox.notion_parent_page_id())
        .build()
        .await
        .expect("the service starts");
    let error = service
        .serve(async {})
        .await
        .expect_err("the admin address is taken");
    let text = error.to_string();
    assert!(
        text.contains(&addr) && text.contains("admin.listen"),
        "{text}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
