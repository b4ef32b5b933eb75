//! Event Stream strategy: an append-only activity log in Notion, exactly one row per GHL
//! event, never updated, even when GHL delivers a webhook twice.
//!
//! ```sh
//! cargo run --example event_stream
//! ```
//!
//! `SyncService::serve` receives the webhooks (verified, deduplicated, journaled before they
//! are acknowledged). On the embedded sandbox a simulated CRM user makes the changes and the
//! sandbox sends a quarter of its deliveries twice; with credentials it serves your account
//! for `SYNC_DURATION` seconds (default 60) or until Ctrl-C.

use std::time::Duration;

use futures_util::TryStreamExt;
use ghl_notion::demo::{CrmUser, wait_for_first_pass};
use ghl_notion::service::{ACTIVITY_TABLE, default_sandbox};
use ghl_notion::{SyncService, sync_core::TableId};
use ghl_notion_examples::{BoxError, init_tracing};
use serde_json::json;

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    init_tracing();
    let service = SyncService::builder()
        .sandbox(default_sandbox().with_contacts(30).with_opportunities(10))
        .build()
        .await?;
    println!("logging the events of {}\n", service.target());
    let summary = service
        .serve(async {
            let Some(crm) = service.sandbox().map(CrmUser::new) else {
                let secs = std::env::var("SYNC_DURATION")
                    .ok()
                    .and_then(|s| s.parse().ok());
                tokio::select! {
                    _ = tokio::time::sleep(Duration::from_secs(secs.unwrap_or(60))) => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
                return;
            };
            let played = async {
                crm.wait_until_subscribed(Duration::from_secs(10)).await?;
                wait_for_first_pass(&service, Duration::from_secs(60)).await?;
                crm.webhook_settings(json!({"duplicateRate": 0.25})).await?;
                crm.play(14, Duration::from_millis(150), |what| {
                    println!("CRM: {what}")
                })
                .await?;
                crm.wait_for_deliveries(Duration::from_secs(5)).await
            };
            if let Err(e) = played.await {
                eprintln!("the CRM user stopped: {e}");
            }
        })
        .await?;
    println!(
        "\n{} events queued · {} applied · {} duplicates ignored",
        summary.events_received, summary.groups_applied, summary.duplicates
    );
    if let Some(log) = service
        .sink()
        .data_source_id(&TableId::from(ACTIVITY_TABLE))
    {
        let rows: Vec<_> = service.notion().query_all(&log, None).try_collect().await?;
        println!("the activity log holds {} rows, one per event", rows.len());
    }
    if let Some(sandbox) = service.sandbox() {
        let w = CrmUser::new(sandbox).webhook_counts().await?;
        println!(
            "the sandbox published {} webhooks and delivered {} (with {} sent twice)",
            w.published, w.delivered, w.duplicated
        );
    }
    if summary.failures > 0 {
        return Err(format!(
            "{} failures while serving: {}",
            summary.failures,
            summary.errors.join("; ")
        )
        .into());
    }
    Ok(())
}
