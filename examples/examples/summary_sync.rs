//! Summary strategy: chosen GHL fields (contacts: name, email, phone, tags, company, city,
//! source, date added; opportunities: name, value, status, pipeline and stage names, contact)
//! mirrored into Notion tables owned by the sync.
//!
//! ```sh
//! cargo run --example summary_sync
//! ```
//!
//! After the initial sync, three contacts change in the CRM (in the sandbox, through its
//! control API) and an incremental run, which pulls contacts by `dateUpdated`, makes exactly
//! those three updates.

use ghl_notion_examples::sync::{
    Strategies, build, print_api_stats, print_report, sandbox_config, show_progress,
};
use ghl_notion_examples::{BoxError, CrmUser, init_tracing};
use reqwest::Method;
use serde_json::json;
use sync_core::EntityKind;

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    init_tracing();
    let app = build(Strategies::Summary, sandbox_config()).await?;
    app.describe();
    let progress = show_progress(app.engine.subscribe());
    for entity in [EntityKind::Contact, EntityKind::Opportunity] {
        let mut report = app.engine.reconcile(&entity).await?;
        app.api_stats(&mut report);
        print_report("initial sync", &report);
    }

    if let Some(sandbox) = &app.ghl.sandbox {
        let crm = CrmUser::new(sandbox);
        let page = app
            .ghl
            .client
            .contacts()
            .search(ghl_client::models::contact::ContactSearch::new().page_limit(3))
            .await?;
        for (i, contact) in page.items.iter().enumerate() {
            crm.change(
                Method::PUT,
                &format!("/contacts/{}", contact.id),
                json!({ "city": format!("Porto {i}"), "companyName": "Renamed Ltd" }),
            )
            .await?;
        }
        println!("\nchanged {} contacts in the CRM", page.items.len());
        let mut report = app.engine.reconcile(&EntityKind::Contact).await?;
        app.api_stats(&mut report);
        print_report("incremental run", &report);
    } else {
        let mut report = app.engine.reconcile(&EntityKind::Contact).await?;
        app.api_stats(&mut report);
        print_report("second run", &report);
    }
    progress.abort();
    println!();
    print_api_stats(&app);
    Ok(())
}
