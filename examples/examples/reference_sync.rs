//! Reference strategy: one Notion row per GHL contact and opportunity (name, id, kind, deep
//! link, Last Synced), updated only when those change.
//!
//! ```sh
//! cargo run --example reference_sync
//! SYNC_STATE=sync.sqlite cargo run --example reference_sync   # keep state between runs
//! ```
//!
//! It reconciles twice: the first run creates the rows, the second finds nothing changed and
//! writes nothing (with a state store it does not even read Notion).

use ghl_notion_examples::sync::{
    Strategies, build, print_api_stats, print_report, sandbox_config, show_progress,
};
use ghl_notion_examples::{BoxError, init_tracing};
use sync_core::EntityKind;

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    init_tracing();
    let app = build(Strategies::Reference, sandbox_config()).await?;
    app.describe();
    let progress = show_progress(app.engine.subscribe());
    for run in ["first run", "second run (no changes)"] {
        for entity in [EntityKind::Contact, EntityKind::Opportunity] {
            let mut report = app.engine.reconcile(&entity).await?;
            app.api_stats(&mut report);
            print_report(run, &report);
        }
    }
    progress.abort();
    println!();
    print_api_stats(&app);
    Ok(())
}
