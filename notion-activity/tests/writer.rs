//! The background writer and the durable outbox: crash recovery, exactly-once delivery,
//! overflow, dead letters.

mod common;

use std::sync::Arc;
use std::sync::atomic::Ordering;

use notion_activity::activity::{
    ActivityEvent, ActivityLog, ActivityLogOptions, ActivityWriter, FileOutbox, MemoryOutbox,
    Outbox, WriterOptions,
};
use notion_activity::runtime::ManualClock;
use notion_activity::{DataSourceId, NotionClient};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn temp_path(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!(
        "notion-activity-it-{name}-{}-{}.jsonl",
        std::process::id(),
        fastrand::u64(..)
    ))
}

fn ev(id: &str) -> ActivityEvent {
    ActivityEvent::new(id, "Contact", format!("Contact {id}"), "Updated")
}

fn event_ids(emu: &common::Emu, ds: &DataSourceId) -> Vec<String> {
    let mut ids: Vec<String> = emu
        .emulator
        .pages_in(ds.as_str())
        .iter()
        .map(|p| {
            p["properties"]["Event ID"]["rich_text"][0]["plain_text"]
                .as_str()
                .unwrap_or("")
                .to_owned()
        })
        .collect();
    ids.sort();
    ids
}

#[tokio::test]
async fn delivers_everything_exactly_once_after_a_crash() {
    let emu = common::Emu::default().await;
    let log = ActivityLog::ensure(emu.client(), &emu.parent(), ActivityLogOptions::default())
        .await
        .unwrap();
    let journal = temp_path("crash");

    // First run: Notion unreachable, so events wait in the outbox; then the process "dies".
    let dead_client = NotionClient::builder()
        .base_url("http://127.0.0.1:9") // nothing listens on the discard port
        .token("secret_x")
        .clock(ManualClock::new().shared())
        .build()
        .unwrap();
    let offline = ActivityLog::open_lazy(
        dead_client,
        log.data_source_id().clone(),
        ActivityLogOptions::default(),
    );
    {
        let outbox = Arc::new(FileOutbox::open(&journal).unwrap());
        let writer = ActivityWriter::spawn(offline, outbox.clone(), WriterOptions::default());
        for id in ["e1", "e2", "e3"] {
            writer.log(ev(id)).await.unwrap();
        }
        writer.abort();
    }
    // An earlier run created e4's row but crashed before recording it; and the last line of
    // the journal was torn by the kill.
    log.append(&ev("e4"), false).await.unwrap();
    {
        use std::io::Write;
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .open(&journal)
            .unwrap();
        let line = json!({"op": "enqueued", "event": ev("e4")}).to_string();
        writeln!(f, "{line}").unwrap();
        let torn = json!({"op": "enqueued", "event": ev("e5")}).to_string();
        write!(f, "{}", &torn[..30]).unwrap();
    }

    // Restart: everything pending is delivered, each once.
    let outbox = Arc::new(FileOutbox::open(&journal).unwrap());
    assert_eq!(outbox.pending().unwrap().len(), 4);
    let writer = ActivityWriter::spawn(log.clone(), outbox.clone(), WriterOptions::default());
    writer.flush().await.unwrap();
    let report = writer.shutdown().await;
    assert_eq!(report.pending, 0);
    assert_eq!(report.stats.created, 3);
    assert_eq!(
        report.stats.already_present, 1,
        "e4 was found, not created again"
    );
    assert_eq!(
        event_ids(&emu, log.data_source_id()),
        vec!["e1", "e2", "e3", "e4"]
    );

    // A third start has nothing to do, and a repeated event is refused by the outbox.
    let outbox = Arc::new(FileOutbox::open(&journal).unwrap());
    let writer = ActivityWriter::spawn(log.clone(), outbox, WriterOptions::default());
    writer.log(ev("e1")).await.unwrap();
    writer.flush().await.unwrap();
    writer.shutdown().await;
    assert_eq!(event_ids(&emu, log.data_source_id()).len(), 4);
    let _ = std::fs::remove_file(&journal);
}

#[tokio::test]
async fn a_full_queue_never_blocks_or_loses_events() {
    let emu = common::Emu::default().await;
    let log = ActivityLog::ensure(emu.client(), &emu.parent(), ActivityLogOptions::default())
        .await
        .unwrap();
    let options = WriterOptions {
        queue_capacity: 1,
        ..WriterOptions::default()
    };
    let writer = ActivityWriter::spawn(log.clone(), Arc::new(MemoryOutbox::new()), options);
    for i in 0..12 {
        writer.log(ev(&format!("q{i:02}"))).await.unwrap();
    }
    writer.flush().await.unwrap();
    let report = writer.shutdown().await;
    assert_eq!(report.stats.created, 12);
    assert_eq!(event_ids(&emu, log.data_source_id()).len(), 12);
}

#[tokio::test]
async fn lost_answers_during_background_writing_do_not_duplicate() {
    let emu = common::Emu::default().await;
    let log = ActivityLog::ensure(emu.client(), &emu.parent(), ActivityLogOptions::default())
        .await
        .unwrap();
    emu.lose_creates.store(3, Ordering::SeqCst);
    let writer = ActivityWriter::spawn(
        log.clone(),
        Arc::new(MemoryOutbox::new()),
        WriterOptions::default(),
    );
    for i in 0..5 {
        writer.log(ev(&format!("l{i}"))).await.unwrap();
    }
    writer.flush().await.unwrap();
    writer.shutdown().await;
    assert_eq!(
        event_ids(&emu, log.data_source_id()),
        vec!["l0", "l1", "l2", "l3", "l4"]
    );
    assert_eq!(emu.creates.load(Ordering::SeqCst), 5);
}

fn schema_json() -> serde_json::Value {
    let mut props = serde_json::Map::new();
    for (name, kind) in [
        ("Entity Name", "title"),
        ("Event Type", "select"),
        ("Entity", "select"),
        ("Record ID", "rich_text"),
        ("Action", "select"),
        ("Actor", "rich_text"),
        ("Timestamp", "date"),
        ("Details", "rich_text"),
        ("Link", "url"),
        ("Event ID", "rich_text"),
    ] {
        let config = if kind == "select" {
            json!({"options": [
                {"id": "1", "name": "Webhook"}, {"id": "2", "name": "Sync"}, {"id": "3", "name": "Reconciliation"},
                {"id": "4", "name": "Manual"}, {"id": "5", "name": "Contact"}, {"id": "6", "name": "Opportunity"},
                {"id": "7", "name": "Task"}, {"id": "8", "name": "Appointment"}, {"id": "9", "name": "Created"},
                {"id": "10", "name": "Updated"}, {"id": "11", "name": "Deleted"}, {"id": "12", "name": "Restored"}]})
        } else {
            json!({})
        };
        props.insert(
            name.into(),
            json!({"id": name, "name": name, "type": kind, kind: config}),
        );
    }
    json!({"object": "data_source", "id": "ds1", "title": [], "properties": props})
}

#[tokio::test]
async fn poison_events_become_dead_letters_and_the_rest_flows() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/data_sources/ds1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(schema_json()))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/pages"))
        .and(wiremock::matchers::body_string_contains("poison"))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({
            "object": "error", "status": 400, "code": "validation_error",
            "message": "body failed validation: body.properties.Details.rich_text[0].text.content.length should be ≤ `2000`"
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/pages"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"object": "page", "id": "p-ok"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = common::mock_client(&server.uri(), &clock);
    let log = ActivityLog::open(
        client,
        DataSourceId::from("ds1"),
        ActivityLogOptions::default(),
    )
    .await
    .unwrap();
    let writer =
        ActivityWriter::spawn(log, Arc::new(MemoryOutbox::new()), WriterOptions::default());
    writer.log(ev("poison")).await.unwrap();
    writer.log(ev("fine")).await.unwrap();
    assert!(
        writer.log(ev(" ")).await.is_err(),
        "an event without an id is refused at once"
    );
    writer.flush().await.unwrap();
    let dead = writer.dead_letters().await.unwrap();
    assert_eq!(dead.len(), 1);
    assert_eq!(dead[0].event.event_id.as_str(), "poison");
    assert!(dead[0].error.contains("validation_error"));
    let report = writer.shutdown().await;
    assert_eq!(
        (report.stats.created, report.stats.dead, report.pending),
        (1, 1, 0)
    );
}

#[tokio::test]
async fn a_failing_notion_is_drained_again_on_schedule_until_it_recovers() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/data_sources/ds1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(schema_json()))
        .mount(&server)
        .await;
    // Unauthorized twice (e.g. the token was being rotated), then fine.
    Mock::given(method("POST"))
        .and(path("/v1/pages"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({
            "object": "error", "status": 401, "code": "unauthorized", "message": "API token is invalid."
        })))
        .up_to_n_times(2)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/data_sources/ds1/query"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "object": "list", "results": [], "next_cursor": null, "has_more": false
        })))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/pages"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"object": "page", "id": "p-ok"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = common::mock_client(&server.uri(), &clock);
    let log = ActivityLog::open(
        client,
        DataSourceId::from("ds1"),
        ActivityLogOptions::default(),
    )
    .await
    .unwrap();
    let writer =
        ActivityWriter::spawn(log, Arc::new(MemoryOutbox::new()), WriterOptions::default());
    writer.log(ev("r1")).await.unwrap();
    writer.flush().await.unwrap();
    let report = writer.shutdown().await;
    assert_eq!((report.stats.created, report.stats.retries), (1, 2));
    // Two drains missed, each followed by the fixed re-drain wait on the injected clock (a
    // 401 is not retried by the client: three creates in all).
    let redrain = WriterOptions::default().redrain_every;
    let waits = clock.sleeps().iter().filter(|d| **d == redrain).count();
    assert_eq!(waits, 2, "{:?}", clock.sleeps());
    let creates = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .filter(|r| r.method.as_str() == "POST" && r.url.path() == "/v1/pages")
        .count();
    assert_eq!(creates, 3);
}
