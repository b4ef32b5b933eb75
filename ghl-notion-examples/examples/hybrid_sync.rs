//! Hybrid sync, the main job: webhooks push changes as they happen, scheduled reconciliation
//! catches whatever the webhooks lost.
//!
//! ```sh
//! cargo run --example hybrid_sync      # the demo on the embedded sandbox, no credentials
//! ```
//!
//! Without credentials it runs `ghl_notion::demo` (what `ghl-notion demo` runs): a
//! `SyncService` on the embedded sandbox serves webhooks while a simulated CRM user makes 28
//! changes, the sandbox drops 15 % of its webhooks and duplicates 10 %, one more
//! reconciliation heals what was dropped, and every contact and opportunity in GHL is checked
//! against Notion.
//!
//! With `GHL_API_KEY`, `GHL_LOCATION_ID`, `NOTION_TOKEN` and `NOTION_PARENT_PAGE_ID` set it
//! serves your account instead (`ghl-notion.toml` if present), for `SYNC_DURATION` seconds
//! (default 300) or until Ctrl-C: point your Marketplace app's webhooks at
//! `http://<host>:3000/webhooks/ghl`.

use std::io::Write;
use std::time::Duration;

use ghl_notion::demo::{Demo, DemoOptions};
use ghl_notion::{Config, SyncService, config::DEFAULT_PATH, service::credentials_in_env};
use ghl_notion_examples::{BoxError, init_tracing};

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    init_tracing();
    if credentials_in_env() {
        return serve_your_account().await;
    }

    let demo = Demo::start(DemoOptions::default()).await?;
    println!("running on {}", demo.service().target());
    println!("the sandbox drops 15 % and duplicates 10 % of its webhooks; time runs 10× fast\n");
    let mut progress = demo.progress();
    let line = tokio::spawn(async move {
        while progress.changed().await.is_ok() {
            eprint!("\r{:<100}", progress.borrow_and_update().to_string());
            let _ = std::io::stderr().flush();
        }
        eprintln!();
    });
    let report = demo.run().await?;
    let _ = line.await;
    println!("{report}");
    if !report.mirror_matches() {
        return Err("the mirror does not match GHL".into());
    }
    Ok(())
}

/// The same service on your own GHL and Notion, until `SYNC_DURATION` or Ctrl-C.
async fn serve_your_account() -> Result<(), BoxError> {
    let config = match std::path::Path::new(DEFAULT_PATH).exists() {
        true => Config::load(DEFAULT_PATH)?,
        false => Config::default(),
    };
    let service = SyncService::builder().config(config).build().await?;
    let secs = std::env::var("SYNC_DURATION")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300);
    println!("serving {} for {secs} s (Ctrl-C to stop)", service.target());
    let summary = service
        .serve(async {
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_secs(secs)) => {}
                _ = tokio::signal::ctrl_c() => {}
            }
        })
        .await?;
    println!("{summary:#?}");
    if summary.failures > 0 {
        return Err(format!("{} failures while serving", summary.failures).into());
    }
    Ok(())
}
