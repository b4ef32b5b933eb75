//! `doctor` against the in-process sandbox: a fresh one passes; a wrong token, a missing
//! scope, an unshared parent page and a conflicting table each fail the right check, name
//! the right variable, and never show a secret.

use ghl_notion::Config;
use ghl_notion::doctor::{Check, Report, Verdict, diagnose_with};
use ghl_notion::ghl_client::GhlClient;
use ghl_notion::notion_activity::NotionClient;
use ghl_notion::notion_activity::models::database::CreateDatabase;
use ghl_notion::notion_activity::properties::Schema;
use ghl_notion_sandbox::{Sandbox, SandboxConfig};

const ORDER: [&str; 10] = [
    "configuration",
    "ghl credentials",
    "notion credentials",
    "ghl scope: contacts",
    "ghl scope: opportunities",
    "notion sharing",
    "schema: GHL Contacts",
    "schema: GHL Opportunities",
    "webhook key",
    "clock skew",
];

async fn sandbox() -> Sandbox {
    Sandbox::start(
        SandboxConfig::default()
            .with_seed(11)
            .with_contacts(5)
            .with_opportunities(3),
    )
    .await
    .expect("the sandbox starts")
}

fn ghl(sandbox: &Sandbox, token: &str) -> GhlClient {
    GhlClient::builder()
        .base_url(sandbox.ghl_base_url())
        .private_token(token)
        .location_id(sandbox.location_id())
        .build()
        .expect("GHL client")
}

fn notion(sandbox: &Sandbox, token: &str) -> NotionClient {
    NotionClient::builder()
        .base_url(sandbox.notion_base_url())
        .token(token)
        .build()
        .expect("Notion client")
}

async fn doctor(sandbox: &Sandbox, ghl_token: &str, notion_token: &str, parent: &str) -> Report {
    diagnose_with(
        &Config::default(),
        ghl(sandbox, ghl_token),
        notion(sandbox, notion_token),
        parent.to_owned(),
    )
    .await
}

fn check<'a>(report: &'a Report, name: &str) -> &'a Check {
    report
        .checks
        .iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no check {name:?} in {report:#?}"))
}

fn names(report: &Report) -> Vec<&str> {
    report.checks.iter().map(|c| c.name.as_str()).collect()
}

/// Every check that did not pass says how to fix it.
fn assert_fixes(report: &Report) {
    for c in &report.checks {
        assert!(
            c.outcome == Verdict::Pass || c.fix.as_deref().is_some_and(|f| !f.is_empty()),
            "{c:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fresh_sandbox_passes_every_check() {
    let sb = sandbox().await;
    let report = doctor(
        &sb,
        sb.ghl_api_key(),
        sb.notion_token(),
        &sb.notion_parent_page_id(),
    )
    .await;
    assert_eq!(names(&report), ORDER);
    for c in &report.checks {
        assert_eq!(c.outcome, Verdict::Pass, "{c:?}");
    }
    assert!(report.passed());
    assert!(
        check(&report, "ghl scope: contacts")
            .detail
            .contains("5 in")
    );
    assert!(check(&report, "clock skew").detail.contains("this machine"));
    let json = serde_json::to_string(&report).expect("serializes");
    assert!(json.contains("\"outcome\":\"pass\""), "{json}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tables_the_sync_created_match_their_declaration() {
    let sb = sandbox().await;
    let parent = sb.notion_parent_page_id();
    ghl_notion::SyncService::builder()
        .clients(
            ghl(&sb, sb.ghl_api_key()),
            notion(&sb, sb.notion_token()),
            parent.clone(),
        )
        .config(Config {
            state: ghl_notion::config::StateConfig {
                path: ":memory:".into(),
                ..Default::default()
            },
            ..Config::default()
        })
        .build()
        .await
        .expect("the service creates its tables");
    let report = doctor(&sb, sb.ghl_api_key(), sb.notion_token(), &parent).await;
    for name in ["schema: GHL Contacts", "schema: GHL Opportunities"] {
        let c = check(&report, name);
        assert_eq!(c.outcome, Verdict::Pass, "{c:?}");
        assert!(c.detail.contains("matches"), "{c:?}");
    }
    assert!(report.passed());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_notion_token_fails_naming_notion_token_and_never_shows_it() {
    let sb = sandbox().await;
    let wrong = "secret_wrongNotionToken0123456789";
    let report = doctor(&sb, sb.ghl_api_key(), wrong, &sb.notion_parent_page_id()).await;
    assert_eq!(names(&report)[..6], ORDER[..6]);
    let c = check(&report, "notion credentials");
    assert_eq!(c.outcome, Verdict::Fail, "{c:?}");
    assert!(c.detail.contains("NOTION_TOKEN"), "{c:?}");
    assert!(c.fix.as_deref().is_some_and(|f| f.contains("NOTION_TOKEN")));
    // Meaningless without a token: skipped, not failed.
    for name in ["notion sharing", "schema"] {
        let c = check(&report, name);
        assert_eq!(c.outcome, Verdict::Warn, "{c:?}");
        assert!(c.detail.starts_with("skipped: "), "{c:?}");
    }
    // Independent of Notion: still checked.
    for name in [
        "ghl credentials",
        "ghl scope: contacts",
        "webhook key",
        "clock skew",
    ] {
        assert_eq!(check(&report, name).outcome, Verdict::Pass, "{name}");
    }
    assert!(!report.passed());
    assert_fixes(&report);
    let json = serde_json::to_string(&report).expect("serializes");
    assert!(!json.contains(wrong), "{json}");
    assert!(!json.contains(sb.ghl_api_key()), "{json}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_ghl_token_fails_naming_ghl_api_key_and_never_shows_it() {
    let sb = sandbox().await;
    let wrong = "pit-00000000-wrong-ghl-token-0000";
    let report = doctor(&sb, wrong, sb.notion_token(), &sb.notion_parent_page_id()).await;
    assert_eq!(names(&report), ORDER);
    let c = check(&report, "ghl credentials");
    assert_eq!(c.outcome, Verdict::Fail, "{c:?}");
    assert!(c.detail.contains("GHL_API_KEY"), "{c:?}");
    assert!(
        c.fix
            .as_deref()
            .is_some_and(|f| f.contains("GHL_API_KEY") && f.contains("Private Integrations")),
        "{c:?}"
    );
    for name in [
        "ghl scope: contacts",
        "ghl scope: opportunities",
        "clock skew",
    ] {
        let c = check(&report, name);
        assert_eq!(c.outcome, Verdict::Warn, "{c:?}");
        assert!(c.detail.starts_with("skipped: "), "{c:?}");
    }
    for name in [
        "notion credentials",
        "notion sharing",
        "schema: GHL Contacts",
    ] {
        assert_eq!(check(&report, name).outcome, Verdict::Pass, "{name}");
    }
    assert_fixes(&report);
    let json = serde_json::to_string(&report).expect("serializes");
    assert!(!json.contains(wrong), "{json}");
    assert!(!json.contains(sb.notion_token()), "{json}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_without_the_contacts_scope_names_the_scope() {
    let sb = sandbox().await;
    let minted: serde_json::Value = reqwest::Client::new()
        .post(format!("{}/oauth/tokens", sb.control_url()))
        .json(&serde_json::json!({"scopes": ["locations.readonly", "opportunities.readonly"]}))
        .send()
        .await
        .expect("the control API answers")
        .json()
        .await
        .expect("a token response");
    let token = minted["access_token"].as_str().expect("access_token");
    let ghl = GhlClient::builder()
        .base_url(sb.ghl_base_url())
        .access_token(token)
        .location_id(sb.location_id())
        .build()
        .expect("GHL client");
    let report = diagnose_with(
        &Config::default(),
        ghl,
        notion(&sb, sb.notion_token()),
        sb.notion_parent_page_id(),
    )
    .await;
    assert_eq!(check(&report, "ghl credentials").outcome, Verdict::Pass);
    let c = check(&report, "ghl scope: contacts");
    assert_eq!(c.outcome, Verdict::Fail, "{c:?}");
    assert!(c.detail.contains("contacts.readonly"), "{c:?}");
    assert!(
        c.fix
            .as_deref()
            .is_some_and(|f| f.contains("contacts.readonly"))
    );
    assert_eq!(
        check(&report, "ghl scope: opportunities").outcome,
        Verdict::Pass
    );
    let json = serde_json::to_string(&report).expect("serializes");
    assert!(!json.contains(token), "{json}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_conflicting_table_fails_naming_the_table_and_the_property() {
    let sb = sandbox().await;
    let parent = sb.notion_parent_page_id();
    notion(&sb, sb.notion_token())
        .create_database(&CreateDatabase::new(
            parent.as_str(),
            "GHL Contacts",
            Schema::new().title("Name").number("Email"),
        ))
        .await
        .expect("the conflicting table is created");
    let report = doctor(&sb, sb.ghl_api_key(), sb.notion_token(), &parent).await;
    let c = check(&report, "schema: GHL Contacts");
    assert_eq!(c.outcome, Verdict::Fail, "{c:?}");
    for words in ["\"GHL Contacts\"", "\"Email\"", "number", "email"] {
        assert!(c.detail.contains(words), "{words}: {c:?}");
    }
    assert!(c.fix.as_deref().is_some_and(|f| f.contains("\"Email\"")));
    let other = check(&report, "schema: GHL Opportunities");
    assert_eq!(other.outcome, Verdict::Pass, "{other:?}");
    assert!(!report.passed());
    assert_fixes(&report);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreadable_parent_page_fails_the_sharing_check() {
    let sb = sandbox().await;
    let unshared = "0f1e2d3c4b5a49788796a5b4c3d2e1f0";
    let report = doctor(&sb, sb.ghl_api_key(), sb.notion_token(), unshared).await;
    let c = check(&report, "notion sharing");
    assert_eq!(c.outcome, Verdict::Fail, "{c:?}");
    assert!(c.detail.contains(unshared), "{c:?}");
    assert!(
        c.fix.as_deref().is_some_and(|f| f.contains("Connections")),
        "{c:?}"
    );
    let schema = check(&report, "schema");
    assert_eq!(schema.outcome, Verdict::Warn, "{schema:?}");
    assert!(schema.detail.starts_with("skipped: "), "{schema:?}");
    assert_eq!(check(&report, "notion credentials").outcome, Verdict::Pass);
    assert!(!report.passed());
    assert_fixes(&report);
}
