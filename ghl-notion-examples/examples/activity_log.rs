//! The Notion activity log: ensure it exists, then append a handful of realistic GHL events.
//!
//! ```sh
//! cargo run --example activity_log      # GHL and Notion both from the embedded sandbox
//! NOTION_TOKEN=ntn_… NOTION_PARENT_PAGE_ID=… cargo run --example activity_log  # a real workspace
//! ```
//!
//! Events go through a durable outbox (`ACTIVITY_OUTBOX`, default a file in the temp
//! directory): each is on disk before `log` returns and is delivered even if this process is
//! killed and started again. Every event has its own Event ID, so running the example twice
//! against the same workspace adds only the second run's events.

use chrono::Utc;
use futures_util::TryStreamExt;
use ghl_client::models::contact::ContactSearch;
use ghl_client::models::opportunity::OpportunitySearch;
use ghl_notion::links::GhlLinks;
use ghl_notion_examples::{BoxError, ghl_target, init_tracing, notion_target};
use ghl_notion_sandbox::SandboxConfig;
use notion_activity::activity::{
    ActivityEvent, ActivityLog, ActivityLogOptions, ActivityWriter, FileOutbox, WriterOptions,
};
use std::sync::Arc;

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    init_tracing();
    let ghl = ghl_target(SandboxConfig::default().with_seed(11).with_contacts(40)).await?;
    let notion = notion_target(&ghl)?;
    println!("GHL: {}", ghl.describe());
    println!(
        "Notion: {}",
        if notion.sandboxed {
            "the embedded sandbox"
        } else {
            "your workspace"
        }
    );

    let log = ActivityLog::ensure(
        notion.client.clone(),
        &notion.parent_page_id,
        ActivityLogOptions::default(),
    )
    .await?;
    println!("activity log: data source {}", log.data_source_id());

    let outbox_path = std::env::var("ACTIVITY_OUTBOX").unwrap_or_else(|_| {
        std::env::temp_dir()
            .join("ghl-notion-activity-outbox.jsonl")
            .to_string_lossy()
            .into_owned()
    });
    let outbox = Arc::new(FileOutbox::open(&outbox_path)?);
    let writer = ActivityWriter::spawn(log.clone(), outbox, WriterOptions::default());

    // A handful of realistic events, read from GHL: new contacts, moved and won deals.
    let client = &ghl.client;
    let location = client.location_id()?.to_string();
    let links = GhlLinks::default();
    let run = Utc::now().format("%Y%m%dT%H%M%S%3f");
    let mut events = Vec::new();
    let contacts = client
        .contacts()
        .search(ContactSearch::new().page_limit(3))
        .await?;
    for c in &contacts.items {
        let name = c.name.clone().unwrap_or_else(|| c.id.to_string());
        events.push(
            ActivityEvent::new(
                format!("{run}:contact:{}:created", c.id),
                "contact",
                name,
                "Created",
            )
            .event_type("ContactCreate")
            .record_id(c.id.to_string())
            .at(c.date_added.unwrap_or_else(Utc::now))
            .details(format!(
                "{} · tags: {}",
                c.email.as_deref().unwrap_or("no email"),
                c.tags.join(", ")
            ))
            .link(links.contact(&location, c.id.as_str())),
        );
    }
    let deals = client
        .opportunities()
        .search(OpportunitySearch::new().limit(3))
        .await?;
    for o in &deals.items {
        let name = o.name.clone().unwrap_or_else(|| o.id.to_string());
        let (kind, action) = match o.status.as_ref().map(|s| s.as_str()) {
            Some("won") => ("OpportunityStatusUpdate", "Won"),
            Some("lost") => ("OpportunityStatusUpdate", "Lost"),
            _ => ("OpportunityStageUpdate", "Stage Changed"),
        };
        events.push(
            ActivityEvent::new(
                format!("{run}:opportunity:{}:{action}", o.id),
                "opportunity",
                name,
                action,
            )
            .event_type(kind)
            .record_id(o.id.to_string())
            .at(Utc::now())
            .details(format!("value {:.2}", o.monetary_value.unwrap_or_default()))
            .link(links.opportunity(&location, o.id.as_str())),
        );
    }
    let count = events.len();
    for event in events {
        writer.log(event).await?;
    }
    writer.flush().await?;
    let report = writer.shutdown().await;
    println!(
        "logged {count} events: {} created, {} already present, {} dead letters, {} pending",
        report.stats.created, report.stats.already_present, report.stats.dead, report.pending
    );

    let rows: Vec<_> = notion
        .client
        .query_all(log.data_source_id(), None)
        .try_collect()
        .await?;
    println!("the log now holds {} rows", rows.len());
    if report.stats.dead > 0 || report.pending > 0 {
        return Err(format!(
            "{} events were not logged ({} dead letters, {} pending)",
            report.stats.dead + report.pending as u64,
            report.stats.dead,
            report.pending
        )
        .into());
    }
    Ok(())
}
