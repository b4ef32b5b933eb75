//! The sync state in Postgres: `ghl-notion sync` (the binary, against the sandbox binary) and
//! a `SyncService` keep their state in a schema of their own on `DATABASE_URL`, and a second
//! run finds nothing to write. Without `DATABASE_URL` these tests say they were skipped.
#![cfg(feature = "postgres")]

mod cli_support;

use cli_support::{Sandbox, Workdir, total};
use ghl_notion::config::{Config, StateUrl};
use ghl_notion::{SyncMode, SyncService};
use sync_core::TableId;
use sync_core::state::{PostgresOptions, PostgresStore, StateStore};
use sync_core::testing::conformance::{PostgresHarness, StoreHarness};

/// How many rows the Postgres state holds for the contacts and opportunities tables.
async fn state_rows(h: &PostgresHarness) -> (u64, u64) {
    let store = PostgresStore::connect_with(h.url(), PostgresOptions::default().schema(h.schema()))
        .await
        .expect("the state schema is there");
    (
        store.count_rows(&TableId::from("contacts")).await.unwrap(),
        store
            .count_rows(&TableId::from("opportunities"))
            .await
            .unwrap(),
    )
}

#[tokio::test]
async fn postgres_state_ghl_notion_sync_twice_writes_nothing_the_second_time() {
    let Some(h) = PostgresHarness::from_env() else {
        return;
    };
    let sandbox = Sandbox::start(12, 3);
    let dir = Workdir::new(sandbox.env());
    dir.run(&["init"]).await.expect_code(0);
    // The file names no state (no `path`, no `url`), only a schema: DATABASE_URL gives it.
    let file = dir.path.join("ghl-notion.toml");
    let written = std::fs::read_to_string(&file).expect("init wrote the file");
    let edited: String = written
        .lines()
        .map(|line| {
            if line.starts_with("path = ") {
                format!("schema = \"{}\"", h.schema())
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert_ne!(edited, written, "the [state] path line was replaced");
    std::fs::write(&file, edited).unwrap();
    // init kept its schema check in the SQLite file its configuration named: gone now.
    for name in [
        "ghl-notion.sqlite",
        "ghl-notion.sqlite-wal",
        "ghl-notion.sqlite-shm",
    ] {
        let _ = std::fs::remove_file(dir.path.join(name));
    }
    let env = [("DATABASE_URL", h.url())];

    sandbox.reset_stats().await;
    let first = dir
        .run_with(&["sync", "--json"], &env)
        .await
        .expect_code(0)
        .json();
    assert_eq!(total(&first, "created"), 15, "{first}");
    assert_eq!(total(&first, "failed"), 0, "{first}");
    assert_eq!(sandbox.notion_row_writes().await, 15);
    assert_eq!(state_rows(&h).await, (12, 3), "the state is in Postgres");
    assert!(
        !dir.path.join("ghl-notion.sqlite").exists(),
        "no SQLite state file was made"
    );

    sandbox.reset_stats().await;
    let second = dir
        .run_with(&["sync", "--json"], &env)
        .await
        .expect_code(0)
        .json();
    assert_eq!(
        total(&second, "created") + total(&second, "updated"),
        0,
        "{second}"
    );
    assert_eq!(sandbox.notion_row_writes().await, 0);

    // Without DATABASE_URL the same file cannot find its state, and says so.
    let missing = dir.run(&["sync", "--json"]).await;
    assert_ne!(missing.code, 0, "{missing}");
    assert!(missing.stderr.contains("schema"), "{missing}");
    h.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_state_sync_service_second_full_run_writes_nothing() {
    let Some(h) = PostgresHarness::from_env() else {
        return;
    };
    let sb = ghl_notion_sandbox::Sandbox::start(
        ghl_notion_sandbox::SandboxConfig::default()
            .with_seed(5)
            .with_contacts(20)
            .with_opportunities(4),
    )
    .await
    .expect("the sandbox starts");
    let mut config = Config::default();
    config.state.url = Some(StateUrl::new(h.url()));
    config.state.schema = Some(h.schema().to_owned());
    let files = ghl_notion::ghl_client::runtime::private_fs::private_temp_dir("ghl-notion-pg")
        .expect("a private temp dir");
    // Only the journal and replay ids live beside this path now.
    config.state.path = files.join("state.sqlite");

    let start = || async {
        let ghl = ghl_notion::ghl_client::GhlClient::builder()
            .base_url(sb.ghl_base_url())
            .private_token(sb.ghl_api_key())
            .location_id(sb.location_id())
            .company_id(sb.company_id())
            .build()
            .expect("GHL client");
        let notion = ghl_notion::notion_activity::NotionClient::builder()
            .base_url(sb.notion_base_url())
            .token(sb.notion_token())
            .build()
            .expect("Notion client");
        SyncService::builder()
            .config(config.clone())
            .clients(ghl, notion, sb.notion_parent_page_id())
            .build()
            .await
            .expect("the service starts on Postgres state")
    };
    let first = start().await;
    let report = first.run_once(SyncMode::Full).await.expect("the first run");
    assert!(report.is_clean(), "{:?}", report.errors());
    assert_eq!(report.writes(), 24);
    drop(first);
    assert_eq!(state_rows(&h).await, (20, 4));
    assert!(!files.join("state.sqlite").exists());

    let second = start().await;
    let report = second
        .run_once(SyncMode::Full)
        .await
        .expect("the second run");
    assert!(report.is_clean(), "{:?}", report.errors());
    assert_eq!(report.writes(), 0, "{report:?}");
    drop(second);
    let _ = std::fs::remove_dir_all(&files);
    h.cleanup().await;
}
