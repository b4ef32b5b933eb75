//! Existing Notion tables meet the declared ones: a contradicting column stops
//! `SyncService::build` before anything is written; a compatible table is adopted, its
//! missing columns added and the user's own column left alone.
//!
//! GHL is the sandbox; Notion is an emulator of its own behind a request log, so the test
//! sees every request the service sent.

use std::sync::{Arc, Mutex};

use axum::extract::Request;
use axum::middleware::Next;
use chrono::Utc;
use ghl_client::GhlClient;
use ghl_client::runtime::ScaledClock;
use ghl_notion::config::Config;
use ghl_notion::{Error, SyncMode, SyncService};
use ghl_notion_sandbox::{Sandbox, SandboxConfig};
use notion_activity::activity::find_or_create;
use notion_activity::{NotionClient, Page, PropertySchema, Schema};
use notion_emulator::{NotionConfig, NotionEmulator};
use serde_json::{Value, json};
use sync_core::MemoryStore;

/// A Notion emulator logging `METHOD /path` of every request.
struct Notion {
    emulator: Arc<NotionEmulator>,
    base_url: String,
    log: Arc<Mutex<Vec<String>>>,
}

impl Notion {
    async fn start() -> Notion {
        let config = NotionConfig {
            requests_per_second: 1000.0,
            burst: 1000,
            ..NotionConfig::default()
        };
        let emulator = NotionEmulator::new(config, Arc::new(Utc::now));
        let log = Arc::new(Mutex::new(Vec::new()));
        let l = log.clone();
        let app = emulator.router().layer(axum::middleware::from_fn(
            move |req: Request, next: Next| {
                let l = l.clone();
                async move {
                    let line = format!("{} {}", req.method(), req.uri().path());
                    l.lock().expect("log").push(line);
                    next.run(req).await
                }
            },
        ));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Notion {
            emulator,
            base_url: format!("http://{addr}"),
            log,
        }
    }

    fn client(&self) -> NotionClient {
        NotionClient::builder()
            .base_url(&self.base_url)
            .token(self.emulator.token())
            .clock(ScaledClock::new(50.0).shared())
            .build()
            .expect("notion client")
    }

    fn requests(&self) -> Vec<String> {
        self.log.lock().expect("log").clone()
    }

    /// The data sources by title: `(id, {property: type})`.
    fn tables(&self) -> Vec<(String, String, serde_json::Map<String, Value>)> {
        let snapshot = self.emulator.snapshot();
        let sources = snapshot["data_sources"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        sources
            .iter()
            .map(|ds| {
                let title: String = ds["title"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|t| t["plain_text"].as_str())
                    .collect();
                let types = ds["properties"]
                    .as_object()
                    .into_iter()
                    .flatten()
                    .map(|(name, p)| (name.clone(), p["type"].clone()))
                    .collect();
                (
                    ds["id"].as_str().unwrap_or_default().to_owned(),
                    title,
                    types,
                )
            })
            .collect()
    }
}

/// A read: a GET, a search or a query.
fn is_read(request: &str) -> bool {
    request.starts_with("GET ")
        || request == "POST /v1/search"
        || (request.starts_with("POST ") && request.ends_with("/query"))
}

async fn ghl() -> (Sandbox, GhlClient) {
    let sandbox = Sandbox::start(
        SandboxConfig::default()
            .with_seed(11)
            .with_contacts(6)
            .with_opportunities(2)
            .with_time_scale(10.0),
    )
    .await
    .expect("sandbox");
    let client = GhlClient::builder()
        .base_url(sandbox.ghl_base_url())
        .private_token(sandbox.ghl_api_key())
        .location_id(sandbox.location_id())
        .company_id(sandbox.company_id())
        .clock(ScaledClock::new(10.0).shared())
        .build()
        .expect("ghl client");
    (sandbox, client)
}

fn config() -> Config {
    let mut config = Config::default();
    config.state.path = ":memory:".into();
    config
}

async fn build(notion: &Notion, ghl: GhlClient) -> Result<SyncService, Error> {
    SyncService::builder()
        .config(config())
        .clients(ghl, notion.client(), notion.emulator.parent_page_id())
        .store(Arc::new(MemoryStore::new()))
        .build()
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_conflicting_column_fails_the_build_before_any_write() {
    let notion = Notion::start().await;
    let (_sandbox, ghl) = ghl().await;
    let existing = Schema::new()
        .title("Name")
        .number("Email")
        .rich_text("Phone");
    let contacts = find_or_create(
        &notion.client(),
        &notion.emulator.parent_page_id(),
        "GHL Contacts",
        existing,
    )
    .await
    .expect("the user's table");
    let before = notion.emulator.snapshot();
    let logged = notion.requests().len();

    let err = build(&notion, ghl).await.expect_err("the build must fail");
    match &err {
        Error::SchemaConflict {
            table,
            property,
            found,
            wanted,
        } => {
            assert_eq!(table, "GHL Contacts");
            assert_eq!(property, "Email");
            assert!(found.contains("number"), "{found}");
            assert!(wanted.contains("email"), "{wanted}");
        }
        other => panic!("expected a schema conflict, got {other:?}"),
    }
    let text = err.to_string();
    assert!(
        text.contains("GHL Contacts") && text.contains("Email"),
        "{text}"
    );

    let requests = notion.requests()[logged..].to_vec();
    assert!(!requests.is_empty(), "the service never looked at Notion");
    let writes: Vec<&String> = requests.iter().filter(|r| !is_read(r)).collect();
    assert!(writes.is_empty(), "the failed build wrote: {writes:?}");
    assert_eq!(notion.emulator.snapshot(), before, "Notion changed");
    let tables = notion.tables();
    assert_eq!(tables.len(), 1, "other tables were created: {tables:?}");
    assert_eq!(tables[0].0, contacts.as_str());
    assert_eq!(tables[0].2["Email"], "number");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_compatible_table_is_adopted_and_the_users_column_kept() {
    let notion = Notion::start().await;
    let (_sandbox, ghl) = ghl().await;
    let existing = Schema::new()
        .title("Name")
        .with("Email", PropertySchema::Email)
        .rich_text("My Notes");
    let contacts = find_or_create(
        &notion.client(),
        &notion.emulator.parent_page_id(),
        "GHL Contacts",
        existing,
    )
    .await
    .expect("the user's table")
    .as_str()
    .to_owned();
    let own_row = notion
        .emulator
        .create_page_as_user(
            &contacts,
            json!({
                "Name": {"title": [{"text": {"content": "Hand-made row"}}]},
                "My Notes": {"rich_text": [{"text": {"content": "keep me"}}]}
            }),
        )
        .expect("the user's row")["id"]
        .as_str()
        .expect("an id")
        .to_owned();

    let service = build(&notion, ghl).await.expect("the table is adopted");
    let tables = notion.tables();
    let titles: Vec<&str> = tables.iter().map(|(_, t, _)| t.as_str()).collect();
    assert_eq!(
        titles.iter().filter(|t| **t == "GHL Contacts").count(),
        1,
        "{titles:?}"
    );
    assert!(titles.contains(&"GHL Opportunities"), "{titles:?}");
    let (id, _, columns) = tables
        .iter()
        .find(|(_, t, _)| t == "GHL Contacts")
        .expect("the contacts table");
    assert_eq!(id, &contacts, "a new table was created instead");
    for (name, kind) in [
        ("Name", "title"),
        ("Email", "email"),
        ("Phone", "phone_number"),
        ("Tags", "multi_select"),
        ("Company", "rich_text"),
        ("Added in GHL", "date"),
        ("GHL ID", "rich_text"),
        ("Managed by sync", "checkbox"),
        ("Last Synced", "date"),
        ("My Notes", "rich_text"),
    ] {
        assert_eq!(columns.get(name), Some(&json!(kind)), "{name}: {columns:?}");
    }

    let report = service
        .run_once(SyncMode::Full)
        .await
        .expect("the sync runs");
    assert_eq!(report.failed(), 0, "{:?}", report.errors());
    assert_eq!(report.writes(), 8, "{report:?}");
    let rows = notion.emulator.pages_in(&contacts);
    assert_eq!(rows.len(), 7, "six contacts and the user's row");
    let own: Page =
        serde_json::from_value(notion.emulator.page(&own_row).expect("the row")).expect("page");
    assert!(!own.in_trash());
    assert_eq!(own.text("My Notes").as_deref(), Some("keep me"));
    assert_eq!(own.text("Name").as_deref(), Some("Hand-made row"));
}
