//! The sync scenario benchmark: 10,000 contacts from GHL into a Notion mirror, against the
//! sandbox with GHL's limits (100 requests per 10 s, 200,000 per day) and Notion's (3 requests
//! per second), the clock sped up so the same shape runs in seconds.
//!
//! Three runs: the initial sync, a re-sync with nothing changed, and a re-sync after 1 % of
//! the contacts changed. For each it prints requests per API against the fewest possible, the
//! elapsed time (in sandbox time) against the floor the rate limits impose, 429s, and the
//! process's peak memory.
//!
//! ```sh
//! cargo bench -p ghl-notion-benches                        # 10,000 contacts, 200× time
//! BENCH_CONTACTS=2000 BENCH_SCALE=200 cargo bench -p ghl-notion-benches
//! ```

use std::time::{Duration, Instant};

use futures_util::{StreamExt, TryStreamExt};

use ghl_client::models::contact::ContactSearch;
use ghl_notion_benches::peak_rss_kib;
use ghl_notion_examples::CrmUser;
use ghl_notion_examples::sync::{Strategies, SyncApp, build};
use ghl_notion_sandbox::SandboxConfig;
use sync_core::EntityKind;

/// GHL's largest contact-search page.
const GHL_PAGE: u64 = 500;
/// Notion's documented average rate per token.
const NOTION_RPS: f64 = 3.0;

fn env(name: &str, default: f64) -> f64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

struct Counts {
    ghl: u64,
    notion: u64,
    throttled: u64,
    at: Instant,
    sandbox_at: Instant,
}

fn counts(app: &SyncApp) -> Counts {
    let g = app.ghl.client.metrics();
    let n = app.notion.client.metrics();
    Counts {
        ghl: g.requests,
        notion: n.requests,
        throttled: g.throttled + n.throttled,
        at: Instant::now(),
        sandbox_at: app.ghl.clock.now(),
    }
}

fn line(label: &str, app: &SyncApp, before: &Counts, min_ghl: u64, min_notion: u64, writes: u64) {
    let after = counts(app);
    let ghl = after.ghl - before.ghl;
    let notion = after.notion - before.notion;
    let elapsed = after
        .sandbox_at
        .saturating_duration_since(before.sandbox_at);
    // The floor: Notion's writes at 3 per second after a first burst of 3 (GHL's reads fit
    // in its 100 per 10 s with room to spare and overlap the writes).
    let floor =
        Duration::from_secs_f64(min_notion.saturating_sub(NOTION_RPS as u64) as f64 / NOTION_RPS);
    let ratio = |got: u64, min: u64| {
        if min == 0 {
            format!("{got} (min 0)")
        } else {
            format!("{got} ({:.2}× min {min})", got as f64 / min as f64)
        }
    };
    println!(
        "{label:<22} writes {writes:>6} · GHL requests {:<22} · Notion requests {:<24} · time {:>8.1?} vs floor {:>8.1?} ({}) · 429s {} · real {:.1?} · peak RSS {} MiB",
        ratio(ghl, min_ghl),
        ratio(notion, min_notion),
        elapsed,
        floor,
        if floor.is_zero() {
            "no floor".to_owned()
        } else {
            format!("{:.2}×", elapsed.as_secs_f64() / floor.as_secs_f64())
        },
        after.throttled - before.throttled,
        after.at - before.at,
        peak_rss_kib().map_or("?".to_owned(), |k| (k / 1024).to_string()),
    );
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let contacts = env("BENCH_CONTACTS", 10_000.0) as u64;
    let scale = env("BENCH_SCALE", 200.0);
    println!("sync scenario: {contacts} contacts, Reference strategy, sandbox time ×{scale}");
    let config = SandboxConfig::default()
        .with_seed(1)
        .with_contacts(contacts as usize)
        .with_opportunities(0)
        .with_time_scale(scale);
    let app = build(Strategies::Reference, config).await?;
    let contact = EntityKind::Contact;

    // 1. Initial sync: every contact read once, one Notion create each.
    let before = counts(&app);
    let report = app.engine.reconcile(&contact).await?;
    line(
        "initial sync",
        &app,
        &before,
        contacts.div_ceil(GHL_PAGE),
        contacts,
        report.created + report.updated,
    );

    // 2. Nothing changed: one incremental read, no Notion request at all.
    let before = counts(&app);
    let report = app.engine.reconcile(&contact).await?;
    line(
        "no-change re-sync",
        &app,
        &before,
        1,
        0,
        report.created + report.updated,
    );

    // 3. 1 % changed in the CRM.
    let changed = (contacts / 100).max(1);
    let sandbox = app
        .ghl
        .sandbox
        .as_ref()
        .ok_or("the benchmark runs on the sandbox")?;
    let crm = CrmUser::new(sandbox);
    let to_change: Vec<_> = app
        .ghl
        .client
        .contacts()
        .search_stream(ContactSearch::new().page_limit(GHL_PAGE as u32))
        .take(changed as usize)
        .try_collect()
        .await?;
    for (i, c) in to_change.iter().enumerate() {
        crm.change(
            reqwest::Method::PUT,
            &format!("/contacts/{}", c.id),
            serde_json::json!({"firstName": format!("Changed {i}")}),
        )
        .await?;
    }
    let edited = to_change.len() as u64;
    let before = counts(&app);
    let report = app.engine.reconcile(&contact).await?;
    line(
        "1 % changed",
        &app,
        &before,
        edited.div_ceil(GHL_PAGE).max(1),
        edited,
        report.created + report.updated,
    );
    Ok(())
}
