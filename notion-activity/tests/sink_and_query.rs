//! The record sink and the 10,000-row cap walk-around, against the emulator.

mod common;

use std::sync::atomic::Ordering;
use std::time::Duration;

use futures_util::TryStreamExt;
use notion_activity::models::database::CreateDatabase;
use notion_activity::models::page::properties;
use notion_activity::models::query::QueryRequest;
use notion_activity::sink::{Record, RecordSink, SinkMapping, UpsertAction};
use notion_activity::{PropertySchema, PropertyValue, Schema};
use notion_emulator::NotionConfig;
use serde_json::json;

#[tokio::test]
async fn query_all_reads_past_the_result_cap() {
    let emu = common::Emu::start(NotionConfig {
        query_result_cap: 25,
        ..NotionConfig::default()
    })
    .await;
    let client = emu.client();
    let ds = client
        .create_database(&CreateDatabase::new(
            emu.parent(),
            "Big",
            Schema::new().title("Name"),
        ))
        .await
        .unwrap()
        .first_data_source()
        .unwrap();
    for i in 0..60 {
        if i % 3 == 0 {
            emu.clock.advance(Duration::from_secs(60)); // three rows share each minute
        }
        client
            .create_page(
                &ds,
                properties([("Name", PropertyValue::Title(format!("row {i}")))]),
            )
            .await
            .unwrap();
    }
    // One plain query stops at the cap.
    let capped: Vec<_> = client
        .query_stream(&ds, QueryRequest::default())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(capped.len(), 25);
    // query_all walks on by created_time and returns each row once.
    let all: Vec<_> = client.query_all(&ds, None).try_collect().await.unwrap();
    assert_eq!(all.len(), 60);
    let mut ids: Vec<_> = all.iter().map(|p| p.id.clone()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 60);
}

fn mapping() -> SinkMapping {
    SinkMapping::new("GHL Contact ID", "Name")
        .property("Email", PropertySchema::Email)
        .property("Stage", PropertySchema::select([]))
}

#[tokio::test]
async fn upserts_by_key_indexes_and_trashes_only_owned_rows() {
    let emu = common::Emu::default().await;
    let client = emu.client();
    let sink = RecordSink::create_in(client.clone(), &emu.parent(), "Contacts", mapping())
        .await
        .unwrap();
    assert!(sink.ensure_schema().await.unwrap().is_empty());

    let ann = Record::new("c_1", "Ann Lee")
        .value(
            "Email",
            PropertyValue::Email(Some("ann@example.com".into())),
        )
        .value("Stage", PropertyValue::Select(Some("Lead".into())))
        .fingerprint("v1");
    let first = sink.upsert(&ann, None).await.unwrap();
    assert_eq!(first.action, UpsertAction::Created);
    let again = sink
        .upsert(
            &ann.clone()
                .value("Email", PropertyValue::Email(Some("not an email".into()))),
            None,
        )
        .await
        .unwrap();
    assert_eq!(
        (again.action, &again.page_id),
        (UpsertAction::Updated, &first.page_id)
    );
    let page = client.retrieve_page(&first.page_id).await.unwrap();
    assert_eq!(
        page.text("Email"),
        None,
        "the invalid email was dropped, not the write"
    );
    assert_eq!(page.checkbox("Managed by sync"), Some(true));
    assert!(page.date_start("Last Synced").is_some());

    // A user duplicates the row by hand, and adds a row of their own.
    emu.emulator
        .create_page_as_user(
            sink.data_source_id().as_str(),
            json!({"Name": {"title": [{"text": {"content": "Ann (copy)"}}]},
                   "GHL Contact ID": {"rich_text": [{"text": {"content": "c_1"}}]}}),
        )
        .unwrap();
    emu.emulator
        .create_page_as_user(
            sink.data_source_id().as_str(),
            json!({"Name": {"title": [{"text": {"content": "My notes"}}]}}),
        )
        .unwrap();
    let index = sink.load_index().await.unwrap();
    let entry = &index.entries["c_1"];
    assert_eq!(
        entry.page_id, first.page_id,
        "the oldest row is the index entry"
    );
    assert_eq!(entry.fingerprint.as_deref(), Some("v1"));
    assert!(entry.managed);
    assert_eq!(index.duplicates.len(), 1);
    assert_eq!(index.duplicates[0].page_ids.len(), 2);
    assert_eq!(index.unkeyed.len(), 1);

    // Delete trashes the owned row only (the hand-made copy has no marker).
    assert_eq!(sink.delete_key("c_1").await.unwrap(), 1);
    assert!(
        client
            .retrieve_page(&first.page_id)
            .await
            .unwrap()
            .in_trash()
    );
}

#[tokio::test]
async fn an_upsert_whose_create_answer_is_lost_is_not_duplicated() {
    let emu = common::Emu::default().await;
    let client = emu.client();
    let sink = RecordSink::create_in(client, &emu.parent(), "Contacts", mapping())
        .await
        .unwrap();
    emu.lose_creates.store(1, Ordering::SeqCst);
    let outcome = sink.upsert(&Record::new("c_9", "Bo"), None).await.unwrap();
    assert_eq!(outcome.action, UpsertAction::Created);
    assert_eq!(emu.creates.load(Ordering::SeqCst), 1);
    assert_eq!(
        emu.emulator.pages_in(sink.data_source_id().as_str()).len(),
        1
    );
}
