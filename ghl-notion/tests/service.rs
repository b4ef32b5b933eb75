//! `SyncService` end to end on the embedded sandbox: defaults compose, a second run writes
//! nothing, status, plan and repair report what they see.

use ghl_notion::service::default_sandbox;
use ghl_notion::{SyncMode, SyncService};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn defaults_mirror_contacts_and_opportunities_then_rest() {
    let service = SyncService::builder()
        .sandbox(default_sandbox().with_contacts(30).with_opportunities(10))
        .build()
        .await
        .expect("the service starts on the embedded sandbox");
    let first = service.run_once(SyncMode::Full).await.expect("first run");
    assert_eq!(first.failed(), 0, "{:?}", first.errors());
    assert!(first.complete);
    assert_eq!(first.mode, SyncMode::Full);
    assert!(first.started_at.is_some());
    assert_eq!(first.entities.len(), 2);
    assert_eq!(first.writes(), 40, "{first:?}");
    let second = service
        .run_once(SyncMode::Incremental)
        .await
        .expect("second run");
    assert_eq!(second.writes(), 0, "{second:?}");
    assert_eq!(second.failed(), 0);
    let plan = service.plan().await.expect("plan");
    assert_eq!(plan.writes(), 0, "{plan:?}");
    let repair = service.repair().await.expect("repair");
    assert_eq!(repair.writes(), 0, "{repair:?}");
    let status = service.status().await.expect("status");
    assert_eq!(status.last_runs.len(), 2);
    assert_eq!(status.tables.len(), 2);
    assert_eq!(status.tables[0].rows, 30);
    assert_eq!(status.pending_intents, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_owed_repair_runs_with_the_next_pass_and_heals_a_duplicate() {
    use ghl_notion::notion_activity::ids::DataSourceId;
    use ghl_notion::sync_core::TableId;

    let service = SyncService::builder()
        .sandbox(default_sandbox().with_contacts(5).with_opportunities(0))
        .build()
        .await
        .expect("the service starts on the embedded sandbox");
    let first = service.run_once(SyncMode::Full).await.expect("first run");
    assert!(first.is_clean(), "{:?}", first.errors());
    assert!(first.repair.is_none(), "nothing owed, schedule not due");

    // A row for a key that already has one, as a lost create answer would leave.
    let table = TableId::from("contacts");
    let data_source: DataSourceId = service
        .sink()
        .data_source_id(&table)
        .expect("the contacts table")
        .clone();
    let row = service
        .engine()
        .store()
        .rows(&table)
        .await
        .expect("rows")
        .into_iter()
        .next()
        .expect("one row");
    let page = service
        .notion()
        .retrieve_page(&row.1.row_id.0.as_str().into())
        .await
        .expect("the row's page");
    // The same values, without the read-only parts Notion adds on the way out.
    let properties = page
        .properties
        .iter()
        .filter(|(_, v)| {
            !matches!(
                v["type"].as_str(),
                Some("formula" | "rollup" | "created_time" | "last_edited_time" | "unique_id")
            )
        })
        .map(|(k, v)| {
            let mut v = v.clone();
            if let Some(o) = v.as_object_mut() {
                o.remove("id");
            }
            (k.clone(), v)
        })
        .collect();
    service
        .notion()
        .create_page(&data_source, properties)
        .await
        .expect("a duplicate row");

    // Nothing says it is owed yet: the next pass writes nothing and repairs nothing.
    let quiet = service.run_once(SyncMode::Incremental).await.expect("run");
    assert!(quiet.repair.is_none());
    // A run that saw an unknown outcome owes a repair (kept in the state).
    service
        .engine()
        .store()
        .set_meta("ghl-notion.repair_due", "1".to_owned())
        .await
        .expect("meta");
    // While Notion refuses every page write, the repair fails: it stays owed.
    let control = service.sandbox().expect("embedded").control_url();
    let http = reqwest::Client::new();
    let faults = serde_json::json!({
        "api": "notion", "method": "PATCH", "pathPrefix": "/v1/pages",
        "script": vec!["500"; 50],
    });
    let set = http
        .post(format!("{control}/faults"))
        .json(&faults)
        .send()
        .await
        .expect("control API");
    assert!(
        set.status().is_success(),
        "{}",
        set.text().await.unwrap_or_default()
    );
    let failed = service.run_once(SyncMode::Incremental).await.expect("run");
    let repair = failed.repair.as_ref().expect("the owed repair ran");
    assert!(repair.failed() > 0, "{repair:?}");
    assert!(!failed.is_clean());
    http.delete(format!("{control}/faults"))
        .send()
        .await
        .expect("control API");
    let healed = service.run_once(SyncMode::Incremental).await.expect("run");
    let repair = healed.repair.as_ref().expect("the owed repair ran");
    assert_eq!(repair.failed(), 0, "{repair:?}");
    let duplicates: u64 = repair
        .entities
        .iter()
        .map(|(_, r)| r.duplicates_trashed)
        .sum();
    assert_eq!(duplicates, 1, "{repair:?}");
    assert!(healed.is_clean());
    // Settled: the next pass owes nothing.
    let after = service.run_once(SyncMode::Incremental).await.expect("run");
    assert!(after.repair.is_none());
}
