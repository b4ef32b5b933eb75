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
