//! Summary strategy with a table of your own: the contact fields you choose, as typed Notion
//! columns (the sink derives the columns from the strategy), next to the configured
//! opportunities table.
//!
//! ```sh
//! cargo run --example summary_sync
//! ```
//!
//! After the first sync three contacts change in the CRM (on the embedded sandbox, through its
//! control API) and an incremental run, which asks GHL only for contacts changed since the
//! last one, makes exactly those three updates.

use std::sync::Arc;

use ghl_notion::demo::CrmUser;
use ghl_notion::entity::{self, CONTACT};
use ghl_notion::sync_core::SummaryStrategy;
use ghl_notion::sync_core::projection::ValueKind;
use ghl_notion::sync_core::strategy::FieldMap;
use ghl_notion::{SyncMode, SyncService};
use ghl_notion_examples::{BoxError, init_tracing, print_run};
use serde_json::json;

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    init_tracing();
    let contacts = SummaryStrategy::new()
        .table(CONTACT, entity::table_id(&CONTACT))
        .field(FieldMap::new("name", "Name", ValueKind::Title))
        .field(FieldMap::new("email", "Email", ValueKind::Email))
        .field(FieldMap::new("companyName", "Company", ValueKind::Text))
        .field(FieldMap::new("city", "City", ValueKind::Text))
        .field(FieldMap::new("tags", "Tags", ValueKind::MultiSelect));
    let service = SyncService::builder()
        .table(CONTACT, "Contacts by city", Arc::new(contacts))
        .build()
        .await?;
    println!("syncing {}\n", service.target());
    print_run(
        "first sync",
        &service.run_once(SyncMode::Incremental).await?,
    )?;

    if let Some(sandbox) = service.sandbox() {
        let crm = CrmUser::new(sandbox);
        let ids = crm.snapshot().await?.ids(&CONTACT).unwrap_or_default();
        for (i, id) in ids.iter().take(3).enumerate() {
            let change = json!({ "city": format!("Porto {i}"), "companyName": "Renamed Ltd" });
            crm.change(reqwest::Method::PUT, &format!("/contacts/{id}"), change)
                .await?;
        }
        println!("\nchanged 3 contacts in the CRM\n");
    }
    print_run(
        "incremental run",
        &service.run_once(SyncMode::Incremental).await?,
    )?;
    Ok(())
}
