//! Hybrid sync: webhooks push changes as they happen, scheduled reconciliation catches
//! whatever the webhooks lost. Contacts and opportunities are mirrored with the Summary
//! strategy; every event lands once in the activity log.
//!
//! ```sh
//! cargo run --example hybrid_sync                 # everything on the embedded sandbox
//! SYNC_STATE=sync.sqlite cargo run --example hybrid_sync   # keep state between runs
//! ```
//!
//! With the sandbox it also plays a CRM user (new leads, edits, notes, tasks, deals moved and
//! won) while the sandbox delivers webhooks the way GHL does, here with 15 % of them dropped
//! and 10 % duplicated, and shows push and pull working together. Against real services
//! (`GHL_API_KEY`, `GHL_LOCATION_ID`, `NOTION_TOKEN`, `NOTION_PARENT_PAGE_ID`), point your
//! Marketplace app's webhook URL at `WEBHOOK_LISTEN` (default `127.0.0.1:3000`, path
//! `/webhooks/ghl`); it runs for `SYNC_DURATION` seconds (default 300) or until Ctrl-C.

use std::time::Duration;

use futures_util::TryStreamExt;
use ghl_client::models::contact::ContactSearch;
use ghl_notion_examples::push::{simulate_crm, start_receiver};
use ghl_notion_examples::sync::{
    Strategies, build, print_api_stats, print_report, sandbox_config, show_progress,
};
use ghl_notion_examples::{BoxError, CrmUser, init_tracing};
use serde_json::json;
use sync_core::{EntityKind, HybridRunner, TableId};

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    init_tracing();
    let app = build(Strategies::Hybrid, sandbox_config()).await?;
    app.describe();
    let engine = app.engine.clone();
    let runner = HybridRunner::new(engine)
        .entities(vec![EntityKind::Contact, EntityKind::Opportunity])
        .interval(Duration::from_secs(60))
        .reconcile_on_start(true)
        .spawn();
    let progress = show_progress(runner.progress());
    let receiver = start_receiver(&app, runner.sender()).await?;

    if let Some(sandbox) = &app.ghl.sandbox {
        let crm = CrmUser::new(sandbox);
        crm.webhook_settings(json!({"dropRate": 0.15, "duplicateRate": 0.1}))
            .await?;
        println!("CRM activity: the sandbox drops 15 % and duplicates 10 % of its webhooks\n");
        let done = simulate_crm(&app, 28, Duration::from_millis(300)).await?;
        eprintln!();
        println!(
            "played {} CRM changes, e.g. {}",
            done.len(),
            done[..3.min(done.len())].join("; ")
        );
        // Let the last deliveries land, then one more reconciliation heals what was dropped.
        tokio::time::sleep(Duration::from_millis(500)).await;
        runner.reconcile_now().await?;
    } else {
        let secs = std::env::var("SYNC_DURATION")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(300);
        println!("syncing for {secs} s (Ctrl-C to stop)");
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(secs)) => {}
            _ = tokio::signal::ctrl_c() => {}
        }
    }

    let summary = runner.shutdown().await?;
    let journal = receiver.journal.clone();
    receiver.close()?;
    progress.abort();
    eprintln!();
    println!(
        "\nrunner: {} reconciliations · {} webhook events received · {} applied · {} duplicates ignored · {} stale ignored",
        summary.reconciliations,
        summary.events_received,
        summary.groups_applied,
        summary.duplicates,
        summary.stale
    );
    for report in summary.last_reports.values() {
        let mut report = report.clone();
        app.api_stats(&mut report);
        print_report("last reconciliation", &report);
    }
    println!();
    print_api_stats(&app);
    if let Some(sandbox) = &app.ghl.sandbox {
        let stats = CrmUser::new(sandbox).stats().await?;
        let w = &stats["webhooks"];
        println!(
            "webhooks: {} published · {} delivered · {} dropped on purpose · {} duplicated · {} lost",
            w["published"], w["delivered"], w["dropped"], w["duplicated"], w["lost"]
        );
    }

    // The mirror matches GHL: one live row per contact.
    let in_ghl = app
        .ghl
        .client
        .contacts()
        .search(ContactSearch::new().page_limit(1))
        .await?
        .total
        .unwrap_or_default();
    if let Some(ds) = app.sink.data_source_id(&TableId::from("contacts")) {
        let rows: Vec<_> = app.notion.client.query_all(ds, None).try_collect().await?;
        println!(
            "mirror check: {in_ghl} contacts in GHL, {} rows in Notion",
            rows.len()
        );
    }
    println!(
        "webhook journal (emptied, or removed for the embedded sandbox, after a clean stop): {}",
        journal.display()
    );
    Ok(())
}
