//! Uses each crate once, so that `cargo check` compiles them all against sqlx's SQLite.

use std::sync::Arc;

/// The service's own database, through sqlx.
pub fn own_database() -> sqlx::sqlite::SqliteConnectOptions {
    sqlx::sqlite::SqliteConnectOptions::new().filename("service.sqlite")
}

/// Our crates next to it, on their defaults.
pub fn our_crates() -> Result<(), Box<dyn std::error::Error>> {
    let _ghl = ghl_client::GhlClient::builder()
        .private_token("pit-x")
        .build()?;
    let _notion = notion_activity::NotionClient::builder()
        .token("ntn_x")
        .build()?;
    let _store: Arc<dyn sync_core::state::StateStore> =
        Arc::new(sync_core::state::MemoryStore::new());
    let _clock = ghl_notion_runtime::SystemClock;
    let _sandbox = ghl_notion_sandbox::SandboxConfig::default();
    let _product = ghl_notion::SyncService::builder();
    Ok(())
}
