//! The hybrid demo end to end on a small sandbox: webhooks dropped and duplicated on purpose,
//! and still every contact and opportunity has exactly one live row in Notion at the end.

use std::time::Duration;

use ghl_notion::demo::{self, DemoOptions};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_ends_with_a_mirror_that_matches_ghl() {
    let options = DemoOptions {
        changes: 17,
        contacts: 12,
        opportunities: 4,
        drop_rate: 0.3,
        duplicate_rate: 0.3,
        pace: Duration::from_millis(40),
        time_scale: 20.0,
        ..DemoOptions::default()
    };
    let report = demo::run(options).await.expect("the demo runs");
    assert!(report.mirror_matches(), "{report}\n{:#?}", report.tables);
    assert_eq!(report.changes_played, 17);
    assert_eq!(report.tables.len(), 2);
    let contacts = &report.tables[0];
    assert_eq!(contacts.entity, "contact");
    // Three leads created, two of them deleted again.
    assert_eq!(contacts.records, 13, "{report}");
    assert_eq!(contacts.rows, contacts.records);
    assert!(report.webhooks.published >= 17, "{report}");
    assert!(
        report.webhooks.dropped > 0,
        "the sandbox dropped nothing: {report}"
    );
    assert!(report.events_received > 0);
    assert!(report.reconciliations >= 2, "{report}");
    assert_eq!(report.failures, 0, "{:?}", report.errors);
    assert!(report.requests["ghl"].requests > 0);
    assert!(report.requests["notion"].requests > 0);
    let json = serde_json::to_value(&report).expect("the report serializes");
    assert_eq!(json["tables"][0]["records"], 13);
}

#[tokio::test]
async fn options_out_of_range_are_refused_before_anything_starts() {
    let err = demo::run(DemoOptions {
        drop_rate: 1.5,
        ..DemoOptions::default()
    })
    .await
    .expect_err("a drop rate above 1 is refused");
    assert!(err.to_string().contains("drop_rate"), "{err}");
}
