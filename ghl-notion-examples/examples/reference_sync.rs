//! Reference strategy: one light Notion row per GHL contact and opportunity (name, id, kind,
//! deep link back to GHL), rewritten only when those change.
//!
//! ```sh
//! cargo run --example reference_sync
//! ```
//!
//! It syncs twice: the first run creates the rows, the second finds nothing changed and
//! writes nothing. Without credentials it runs on the embedded sandbox.

use ghl_notion::{Config, SyncMode, SyncService};
use ghl_notion_examples::{BoxError, init_tracing, print_run};

const CONFIG: &str = r#"
[[tables]]
entity = "contact"
strategy = "reference"
title = "GHL Contacts (reference)"

[[tables]]
entity = "opportunity"
strategy = "reference"
title = "GHL Opportunities (reference)"

[activity]
enabled = false

[state]
path = ":memory:"
"#;

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    init_tracing();
    let service = SyncService::builder()
        .config(Config::parse(CONFIG)?)
        .build()
        .await?;
    println!("syncing {}\n", service.target());
    for label in ["first run", "second run (no changes)"] {
        let report = service.run_once(SyncMode::Incremental).await?;
        print_run(label, &report)?;
    }
    Ok(())
}
