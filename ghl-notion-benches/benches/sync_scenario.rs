//! The sync scenario benchmark: 10,000 contacts from GHL into a Notion mirror, against the
//! sandbox with GHL's limits (100 requests per 10 s, 200,000 per day) and Notion's (3 requests
//! per second), the clock sped up so the same shape runs in seconds.
//!
//! Three runs of `SyncService::run_once`: the initial sync, a re-sync with nothing changed,
//! and a re-sync after 1 % of the contacts changed. For each it prints requests per API
//! against the fewest possible, the elapsed time (in sandbox time) against the floor the rate
//! limits impose, 429s, and the process's peak memory.
//!
//! ```sh
//! cargo bench -p ghl-notion-benches                        # 10,000 contacts, 200× time
//! BENCH_CONTACTS=2000 BENCH_SCALE=200 cargo bench -p ghl-notion-benches
//! ```

use std::time::{Duration, Instant};

use ghl_notion::demo::CrmUser;
use ghl_notion::entity::CONTACT;
use ghl_notion::service::default_sandbox;
use ghl_notion::{Config, RunReport, SyncMode, SyncService};
use ghl_notion_benches::peak_rss_kib;

/// GHL's largest contact-search page.
const GHL_PAGE: u64 = 500;
/// Notion's documented average rate per token.
const NOTION_RPS: f64 = 3.0;

/// One reference table of contacts, no activity log, state in memory.
const CONFIG: &str = r#"
[[tables]]
entity = "contact"
strategy = "reference"

[activity]
enabled = false

[state]
path = ":memory:"
"#;

fn env(name: &str, default: f64) -> f64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Runs one `run_once` and prints its line.
async fn measure(
    label: &str,
    service: &SyncService,
    min_ghl: u64,
    min_notion: u64,
) -> Result<RunReport, ghl_notion::Error> {
    let started = Instant::now();
    let sandbox_started = service.clock().now();
    let report = service.run_once(SyncMode::Incremental).await?;
    let elapsed = service
        .clock()
        .now()
        .saturating_duration_since(sandbox_started);
    let api = |name: &str| report.api.get(name).cloned().unwrap_or_default();
    let (ghl, notion) = (api("ghl"), api("notion"));
    // The floor: Notion's writes at 3 per second after a first burst of 3 (GHL's reads fit
    // in its 100 per 10 s with room to spare and overlap the writes).
    let floor =
        Duration::from_secs_f64(min_notion.saturating_sub(NOTION_RPS as u64) as f64 / NOTION_RPS);
    let ratio = |got: u64, min: u64| match min {
        0 => format!("{got} (min 0)"),
        _ => format!("{got} ({:.2}× min {min})", got as f64 / min as f64),
    };
    println!(
        "{label:<22} writes {:>6} · GHL requests {:<22} · Notion requests {:<24} · time {:>8.1?} vs floor {:>8.1?} ({}) · 429s {} · real {:.1?} · peak RSS {} MiB",
        report.writes(),
        ratio(ghl.requests, min_ghl),
        ratio(notion.requests, min_notion),
        elapsed,
        floor,
        match floor.is_zero() {
            true => "no floor".to_owned(),
            false => format!("{:.2}×", elapsed.as_secs_f64() / floor.as_secs_f64()),
        },
        ghl.throttled + notion.throttled,
        started.elapsed(),
        peak_rss_kib().map_or("?".to_owned(), |k| (k / 1024).to_string()),
    );
    Ok(report)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let contacts = env("BENCH_CONTACTS", 10_000.0) as u64;
    let scale = env("BENCH_SCALE", 200.0);
    println!("sync scenario: {contacts} contacts, Reference strategy, sandbox time ×{scale}");
    let service = SyncService::builder()
        .config(Config::parse(CONFIG)?)
        .sandbox(
            default_sandbox()
                .with_seed(1)
                .with_contacts(contacts as usize)
                .with_opportunities(0)
                .with_time_scale(scale),
        )
        .build()
        .await?;
    let crm = CrmUser::new(
        service
            .sandbox()
            .ok_or("the benchmark runs on the sandbox")?,
    );

    // 1. Initial sync: every contact read once, one Notion create each.
    measure(
        "initial sync",
        &service,
        contacts.div_ceil(GHL_PAGE),
        contacts,
    )
    .await?;

    // 2. Nothing changed: one incremental read, no Notion request at all.
    measure("no-change re-sync", &service, 1, 0).await?;

    // 3. 1 % changed in the CRM (through the sandbox's control API, not the sync's client).
    let changed = (contacts / 100).max(1) as usize;
    let ids = crm.snapshot().await?.ids(&CONTACT).unwrap_or_default();
    for (i, id) in ids.iter().take(changed).enumerate() {
        crm.change(
            reqwest::Method::PUT,
            &format!("/contacts/{id}"),
            serde_json::json!({"firstName": format!("Changed {i}")}),
        )
        .await?;
    }
    let edited = ids.len().min(changed) as u64;
    measure(
        "1 % changed",
        &service,
        edited.div_ceil(GHL_PAGE).max(1),
        edited,
    )
    .await?;
    Ok(())
}
