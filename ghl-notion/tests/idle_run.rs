//! Idle runs cost nothing: with the state in a SQLite file, a new process start (a new
//! `SyncService` on the same state) that finds nothing changed sends no Notion request at
//! all, and as few GHL requests as the listings allow. The Notion tables' columns are
//! checked again on schedule, and at once when Notion refuses a write because a column went
//! missing.
//!
//! Every count is the sandbox's own (requests answered per endpoint), not the clients'.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use ghl_client::GhlClient;
use ghl_client::runtime::{ManualClock, ScaledClock, SharedClock, private_fs};
use ghl_notion::config::Config;
use ghl_notion::{SyncMode, SyncService};
use ghl_notion_sandbox::{Sandbox, SandboxConfig};
use notion_activity::NotionClient;
use notion_emulator::NotionConfig;
use serde_json::{Value, json};
use sync_core::TableId;

/// Two full pages of contacts.
const CONTACTS: usize = 200;
const OPPORTUNITIES: usize = 7;
const PAGE: u32 = 100;

async fn sandbox() -> Sandbox {
    Sandbox::start(
        SandboxConfig::default()
            .with_seed(11)
            .with_contacts(CONTACTS)
            .with_opportunities(OPPORTUNITIES)
            .with_time_scale(10.0)
            .with_notion(NotionConfig {
                requests_per_second: 1000.0,
                burst: 1000,
                ..NotionConfig::default()
            }),
    )
    .await
    .expect("the sandbox starts")
}

fn state_dir() -> PathBuf {
    private_fs::private_temp_dir("ghl-notion-idle-run").expect("a private temp dir")
}

fn config(state: &Path) -> Config {
    let mut config = Config::default();
    config.state.path = state.join("state.sqlite");
    config.ghl.page_size = PAGE;
    config
}

/// A new process start: new clients and a new service on the same sandbox and state file,
/// running on `clock`.
async fn start(sb: &Sandbox, config: &Config, clock: SharedClock) -> SyncService {
    let scaled = ScaledClock::new(10.0).shared();
    let ghl = GhlClient::builder()
        .base_url(sb.ghl_base_url())
        .private_token(sb.ghl_api_key())
        .location_id(sb.location_id())
        .company_id(sb.company_id())
        .clock(scaled.clone())
        .build()
        .expect("GHL client");
    let notion = NotionClient::builder()
        .base_url(sb.notion_base_url())
        .token(sb.notion_token())
        .clock(scaled)
        .build()
        .expect("Notion client");
    SyncService::builder()
        .config(config.clone())
        .clients(ghl, notion, sb.notion_parent_page_id())
        .clock(clock)
        .build()
        .await
        .expect("the service starts")
}

fn real_time() -> SharedClock {
    ManualClock::starting_at(SystemTime::now()).shared()
}

/// Requests answered so far, per `METHOD path` of one API.
fn counts(sb: &Sandbox, api: &str) -> Vec<(String, u64)> {
    let stats = sb.stats();
    let Some(endpoints) = stats["requests"][api].as_object() else {
        return Vec::new();
    };
    endpoints
        .iter()
        .map(|(endpoint, s)| (endpoint.clone(), s["count"].as_u64().unwrap_or(0)))
        .collect()
}

/// The requests answered since `before`, per endpoint (only those with some).
fn since(sb: &Sandbox, api: &str, before: &[(String, u64)]) -> Vec<(String, u64)> {
    counts(sb, api)
        .into_iter()
        .filter_map(|(endpoint, now)| {
            let then = before
                .iter()
                .find(|(e, _)| *e == endpoint)
                .map_or(0, |(_, n)| *n);
            (now > then).then(|| (endpoint, now - then))
        })
        .collect()
}

fn total(counts: &[(String, u64)]) -> u64 {
    counts.iter().map(|(_, n)| n).sum()
}

/// The schema reads and writes among `counts`: searches for tables, data source reads and
/// updates, database creates.
fn schema_requests(counts: &[(String, u64)]) -> u64 {
    counts
        .iter()
        .filter(|(e, _)| {
            e.starts_with("POST /v1/search")
                || e.starts_with("GET /v1/data_sources/")
                || e.starts_with("PATCH /v1/data_sources/")
                || e.starts_with("POST /v1/databases")
                || e.starts_with("GET /v1/databases/")
        })
        .map(|(_, n)| n)
        .sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_start_with_nothing_changed_sends_no_notion_request() {
    let sb = sandbox().await;
    let dir = state_dir();
    let config = config(&dir);

    let ghl = counts(&sb, "ghl");
    let first = start(&sb, &config, real_time()).await;
    let report = first.run_once(SyncMode::Full).await.expect("the first run");
    assert!(report.is_clean(), "{:?}", report.errors());
    assert_eq!(report.writes(), (CONTACTS + OPPORTUNITIES) as u64);
    let full = since(&sb, "ghl", &ghl);
    eprintln!("full run: ghl {full:?}");
    // 200 contacts at 100 a page: two full pages, the second reaching the search's total,
    // and no third, empty one.
    assert!(
        full.contains(&("POST /contacts/search".to_owned(), 2)),
        "{full:?}"
    );
    drop(first);

    let (ghl, notion) = (counts(&sb, "ghl"), counts(&sb, "notion"));
    let second = start(&sb, &config, real_time()).await;
    assert_eq!(
        since(&sb, "notion", &notion),
        Vec::<(String, u64)>::new(),
        "opening the tables"
    );
    let report = second
        .run_once(SyncMode::Incremental)
        .await
        .expect("the idle run");
    assert!(report.is_clean(), "{:?}", report.errors());
    assert_eq!(report.writes(), 0, "{report:?}");
    let notion_used = since(&sb, "notion", &notion);
    let ghl_used = since(&sb, "ghl", &ghl);
    eprintln!("idle run: notion {notion_used:?}, ghl {ghl_used:?}");
    assert_eq!(notion_used, Vec::<(String, u64)>::new(), "Notion requests");
    // Contacts: the change feed finds nothing new beyond the overlap: one search, a short
    // page. Opportunities have no change feed: a full listing of 7 at 100 a page is one
    // short page. Plus the pipeline names and the contact custom field keys the records
    // are read with.
    assert_eq!(
        ghl_used,
        vec![
            ("GET /locations/{locationId}/customFields".to_owned(), 1),
            ("GET /opportunities/pipelines".to_owned(), 1),
            ("GET /opportunities/search".to_owned(), 1),
            ("POST /contacts/search".to_owned(), 1),
        ],
        "GHL requests"
    );
    assert_eq!(total(&ghl_used), 4);
}

/// Today's behaviour, kept for `schema_check_every = "0s"` (and state in memory): every
/// start reads the tables' columns.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_checks_on_every_start_each_start_reads_the_tables() {
    let sb = sandbox().await;
    let dir = state_dir();
    let mut config = config(&dir);
    config.state.schema_check_every = Duration::ZERO;
    let first = start(&sb, &config, real_time()).await;
    let report = first.run_once(SyncMode::Full).await.expect("the first run");
    assert!(report.is_clean(), "{:?}", report.errors());
    drop(first);

    let notion = counts(&sb, "notion");
    let _second = start(&sb, &config, real_time()).await;
    let used = since(&sb, "notion", &notion);
    eprintln!("a start that checks: notion {used:?}");
    // Per mirror table a search, a read for the check and one to add what is missing; the
    // activity log a search and a read.
    assert_eq!(schema_requests(&used), 8, "{used:?}");
    assert_eq!(total(&used), 8, "{used:?}");
}

/// A start after `schema_check_every` checks again, and keeps the new check; a start before
/// it trusts the last one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_tables_are_checked_again_once_the_interval_has_passed() {
    let sb = sandbox().await;
    let dir = state_dir();
    let config = config(&dir);
    let t0 = SystemTime::now();
    let at = |hours: u64| ManualClock::starting_at(t0 + Duration::from_secs(hours * 3600)).shared();
    let first = start(&sb, &config, at(0)).await;
    drop(first);

    let notion = counts(&sb, "notion");
    drop(start(&sb, &config, at(23)).await);
    assert_eq!(
        total(&since(&sb, "notion", &notion)),
        0,
        "23 h after the check"
    );

    let notion = counts(&sb, "notion");
    drop(start(&sb, &config, at(24)).await);
    let used = since(&sb, "notion", &notion);
    assert_eq!(schema_requests(&used), 8, "24 h after the check: {used:?}");

    // The check at 24 h is the one kept now.
    let notion = counts(&sb, "notion");
    drop(start(&sb, &config, at(47)).await);
    assert_eq!(
        total(&since(&sb, "notion", &notion)),
        0,
        "23 h after the second check"
    );
}

/// A column deleted by hand behind the sync's back: the start trusts the kept check and
/// reads nothing, the first write Notion refuses re-checks the table, adds the column back
/// and is sent again; no row is lost, and the repaired table is what the next start trusts.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_write_refused_for_a_missing_column_re_checks_and_repairs_the_table() {
    use ghl_client::models::contact::UpdateContact;

    let sb = sandbox().await;
    let dir = state_dir();
    let config = config(&dir);
    let first = start(&sb, &config, real_time()).await;
    let report = first.run_once(SyncMode::Full).await.expect("the first run");
    assert!(report.is_clean(), "{:?}", report.errors());
    let contacts = TableId::from("contacts");
    let data_source = first.sink().data_source_id(&contacts).expect("contacts");
    let keys: Vec<String> = first
        .engine()
        .store()
        .rows(&contacts)
        .await
        .expect("rows")
        .into_iter()
        .map(|(key, _)| key)
        .take(3)
        .collect();
    assert_eq!(keys.len(), 3);

    // Behind the sync's back: a column deleted in Notion, three contacts changed in GHL.
    let notion = first.notion().clone();
    notion
        .update_data_source_properties(&data_source, json!({ "Company": Value::Null }))
        .await
        .expect("the column is deleted");
    for key in &keys {
        first
            .ghl()
            .contacts()
            .update(
                &key.as_str().into(),
                UpdateContact::new().last_name(format!("Changed {key}")),
            )
            .await
            .expect("the contact is changed");
    }
    drop(first);

    let before = counts(&sb, "notion");
    let second = start(&sb, &config, real_time()).await;
    assert_eq!(total(&since(&sb, "notion", &before)), 0, "the start trusts");
    let report = second
        .run_once(SyncMode::Incremental)
        .await
        .expect("the run");
    assert!(report.is_clean(), "{:?}", report.errors());
    assert_eq!(report.writes(), 3, "{report:?}");
    let used = since(&sb, "notion", &before);
    eprintln!("after the drift: notion {used:?}");
    let refused: u64 = sb.stats()["requests"]["notion"]["PATCH /v1/pages/{id}"]["statuses"]["400"]
        .as_u64()
        .unwrap_or(0);
    assert!((1..=3).contains(&refused), "{refused} writes refused");
    let repairs = used
        .iter()
        .find(|(e, _)| e == "PATCH /v1/data_sources/{id}")
        .map_or(0, |(_, n)| *n);
    assert_eq!(repairs, 1, "one re-check adds the column back: {used:?}");

    // The column is back, and every changed row holds its new name.
    let schema = notion
        .retrieve_data_source(&data_source)
        .await
        .expect("the data source")
        .schema();
    assert!(schema.get("Company").is_some(), "the column is back");
    for key in &keys {
        let row = second
            .engine()
            .store()
            .rows(&contacts)
            .await
            .expect("rows")
            .into_iter()
            .find(|(k, _)| k == key)
            .expect("the row")
            .1;
        let page = notion
            .retrieve_page(&row.row_id.0.as_str().into())
            .await
            .expect("the page");
        let name = page.text("Name").unwrap_or_default();
        assert!(name.contains(&format!("Changed {key}")), "{name}");
    }
    drop(second);

    // The repaired table is the one kept: the next start reads nothing again.
    let before = counts(&sb, "notion");
    drop(start(&sb, &config, real_time()).await);
    assert_eq!(total(&since(&sb, "notion", &before)), 0);
}
