//! The 10,000-row cap walk-around of data-source queries, against the emulator.

mod common;

use std::time::Duration;

use futures_util::TryStreamExt;
use notion_activity::models::database::CreateDatabase;
use notion_activity::models::page::properties;
use notion_activity::models::query::QueryRequest;
use notion_activity::{PropertyValue, Schema};
use notion_emulator::NotionConfig;

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
