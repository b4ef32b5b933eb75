//! Event Stream strategy: an append-only activity log in Notion, exactly one row per GHL
//! event, never updated.
//!
//! ```sh
//! cargo run --example event_stream
//! ```
//!
//! Events arrive as signed webhooks through the verifying, deduplicating ingress
//! (`WEBHOOK_LISTEN`, default `127.0.0.1:3000`, path `/webhooks/ghl`). With the embedded
//! sandbox, a simulated CRM user makes the changes, and the sandbox duplicates some
//! deliveries as GHL sometimes does: each event still gets one row.

use std::time::Duration;

use futures_util::TryStreamExt;
use ghl_notion_examples::push::{simulate_crm, start_receiver};
use ghl_notion_examples::sync::{ACTIVITY, Strategies, build, sandbox_config};
use ghl_notion_examples::{BoxError, CrmUser, init_tracing};
use serde_json::json;
use sync_core::{HybridRunner, TableId};

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    init_tracing();
    let app = build(Strategies::EventStream, sandbox_config()).await?;
    app.describe();
    // Push only: no scheduled reconciliation (events cannot be recreated by polling).
    let runner = HybridRunner::new(app.engine.clone())
        .entities(Vec::new())
        .reconcile_on_start(false)
        .spawn();
    let receiver = start_receiver(&app, runner.sender()).await?;

    if let Some(sandbox) = &app.ghl.sandbox {
        CrmUser::new(sandbox)
            .webhook_settings(json!({"duplicateRate": 0.25}))
            .await?;
        let done = simulate_crm(&app, 14, Duration::from_millis(200)).await?;
        println!(
            "played {} CRM changes; the sandbox duplicates a quarter of its deliveries",
            done.len()
        );
        tokio::time::sleep(Duration::from_millis(800)).await;
    } else {
        let secs = std::env::var("SYNC_DURATION")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(300);
        println!("logging events for {secs} s (Ctrl-C to stop)");
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(secs)) => {}
            _ = tokio::signal::ctrl_c() => {}
        }
    }

    let summary = runner.shutdown().await?;
    receiver.close()?;
    println!(
        "\n{} events received · {} applied · {} duplicates ignored",
        summary.events_received, summary.groups_applied, summary.duplicates
    );
    if let Some(ds) = app.sink.data_source_id(&TableId::from(ACTIVITY)) {
        let rows: Vec<_> = app.notion.client.query_all(ds, None).try_collect().await?;
        println!("the activity log holds {} rows", rows.len());
    }
    if let Some(sandbox) = &app.ghl.sandbox {
        let w = &CrmUser::new(sandbox).stats().await?["webhooks"];
        println!(
            "webhooks: {} published · {} delivered · {} duplicated",
            w["published"], w["delivered"], w["duplicated"]
        );
    }
    Ok(())
}
