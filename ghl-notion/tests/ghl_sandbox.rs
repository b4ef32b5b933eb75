//! `GhlSource` end to end against the sandbox: a full pass returns every seeded contact once,
//! the change feed returns a contact changed through the control API, the sandbox's webhooks
//! map to the right `SourceEvent`s (and their record ids fetch), and the sync engine
//! reconciles the sandbox into an in-memory sink with nothing to write the second time.

use ghl_notion::entity;
use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use futures_util::StreamExt;
use ghl_client::GhlClient;
use ghl_client::webhooks::decode;
use ghl_notion::ghl::{GhlSource, source_event};
use ghl_notion_sandbox::{Sandbox, SandboxConfig};
use serde_json::{Value, json};
use sync_core::record::{EventKind, SourceEvent};
use sync_core::source::{Change, Source};
use sync_core::testing::FakeSink;
use sync_core::{Engine, MemoryStore, ReferenceStrategy};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const CONTACTS: usize = 230;

async fn sandbox() -> Sandbox {
    Sandbox::start(
        SandboxConfig::default()
            .with_seed(11)
            .with_contacts(CONTACTS)
            .with_opportunities(30),
    )
    .await
    .expect("the sandbox starts")
}

fn client(sandbox: &Sandbox) -> GhlClient {
    GhlClient::builder()
        .base_url(sandbox.ghl_base_url())
        .private_token(sandbox.ghl_api_key())
        .location_id(sandbox.location_id())
        .company_id(sandbox.company_id())
        .build()
        .expect("the client builds")
}

/// Sends a control-API request and returns the JSON answer.
async fn control(sandbox: &Sandbox, verb: &str, route: &str, body: Value) -> Value {
    let url = format!("{}{route}", sandbox.control_url());
    let request = match verb {
        "PUT" => reqwest::Client::new().put(url),
        _ => reqwest::Client::new().post(url),
    };
    let response = request
        .json(&body)
        .send()
        .await
        .expect("control API answers");
    assert!(
        response.status().is_success(),
        "{verb} {route}: {response:?}"
    );
    response.json().await.expect("a JSON answer")
}

async fn first_contact_id(source: &GhlSource) -> String {
    let contact = entity::CONTACT;
    let mut all = source.stream_all(&contact);
    all.next().await.expect("a contact").expect("readable").id
}

#[tokio::test]
async fn stream_all_returns_every_seeded_contact_once() {
    let sandbox = sandbox().await;
    let source = GhlSource::new(client(&sandbox)).page_size(100);
    let records: Vec<_> = source
        .stream_all(&entity::CONTACT)
        .map(|r| r.expect("a contact"))
        .collect()
        .await;
    assert_eq!(records.len(), CONTACTS);
    let ids: HashSet<_> = records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids.len(), CONTACTS, "no contact twice");
    assert!(records.iter().all(|r| r.updated_at.is_some()));
    assert!(records.iter().all(|r| r.display_name.is_some()));

    let opportunities: Vec<_> = source
        .stream_all(&entity::OPPORTUNITY)
        .map(|r| r.expect("an opportunity"))
        .collect()
        .await;
    assert_eq!(opportunities.len(), 30);
    assert!(
        opportunities
            .iter()
            .all(|o| o.fields["stageName"].is_string() && o.fields["pipelineName"].is_string()),
        "every stage resolves to its name"
    );
}

#[tokio::test]
async fn changes_since_returns_a_contact_changed_through_the_control_api() {
    let sandbox = sandbox().await;
    let source = GhlSource::new(client(&sandbox));
    let id = first_contact_id(&source).await;
    let cursor = source
        .checkpoint(&entity::CONTACT)
        .await
        .unwrap()
        .expect("contacts have a cursor");

    control(
        &sandbox,
        "PUT",
        &format!("/ghl/contacts/{id}"),
        json!({"firstName": "Zebedee"}),
    )
    .await;

    let feed: Vec<Change> = source
        .changes_since(&entity::CONTACT, &cursor)
        .expect("a feed")
        .map(|c| c.expect("a change"))
        .collect()
        .await;
    let upserts: Vec<_> = feed
        .iter()
        .filter_map(|c| match c {
            Change::Upsert(r) => Some(r),
            _ => None,
        })
        .collect();
    assert_eq!(upserts.len(), 1, "only the changed contact: {feed:?}");
    assert_eq!(upserts[0].id, id);
    assert_eq!(upserts[0].fields["firstName"], "Zebedee");
    match feed.last() {
        Some(Change::Checkpoint(next)) => assert!(next.0 >= cursor.0, "{next:?} < {cursor:?}"),
        other => panic!("the feed ends with a checkpoint, got {other:?}"),
    }
}

#[tokio::test]
async fn sandbox_webhooks_map_to_source_events_whose_records_fetch() {
    let sandbox = sandbox().await;
    let receiver = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&receiver)
        .await;
    control(&sandbox, "PUT", "/webhooks", json!({"url": receiver.uri()})).await;

    let source = GhlSource::new(client(&sandbox));
    let contact = first_contact_id(&source).await;
    control(
        &sandbox,
        "PUT",
        &format!("/ghl/contacts/{contact}"),
        json!({"lastName": "Quill"}),
    )
    .await;
    let task = control(
        &sandbox,
        "POST",
        &format!("/ghl/contacts/{contact}/tasks"),
        json!({"title": "Call back", "dueDate": "2030-01-01T00:00:00Z", "completed": false}),
    )
    .await;
    let task_id = task["task"]["id"].as_str().expect("a task id").to_owned();
    control(
        &sandbox,
        "POST",
        &format!("/ghl/contacts/{contact}/notes"),
        json!({"body": "Met at the fair"}),
    )
    .await;

    let events = received_events(&receiver, 3).await;
    let update = events
        .iter()
        .find(|e| e.entity == entity::CONTACT)
        .expect("a contact event");
    assert_eq!(update.record_id, contact);
    assert_eq!(update.kind, EventKind::Updated);
    assert!(update.occurred_at.is_some());
    assert!(
        update.record.is_none(),
        "no dateUpdated in the payload: refetch"
    );
    assert!(update.payload.is_some());

    let task_event = events
        .iter()
        .find(|e| e.entity == entity::TASK)
        .expect("a task event");
    assert_eq!(task_event.kind, EventKind::Created);
    assert_eq!(task_event.record_id, format!("{contact}/{task_id}"));
    let note_event = events
        .iter()
        .find(|e| e.entity == entity::NOTE)
        .expect("a note event");
    assert!(note_event.record_id.starts_with(&format!("{contact}/")));

    // The record ids the events carry are the ones fetch understands.
    for event in [update, task_event, note_event] {
        let record = source
            .fetch(&event.entity, &event.record_id)
            .await
            .expect("fetch works")
            .expect("the record exists");
        assert_eq!(record.id, event.record_id);
    }
    let ids: HashSet<_> = events.iter().map(|e| e.event_id.as_str()).collect();
    assert_eq!(ids.len(), events.len(), "one webhookId per event");
}

/// Waits (up to 10 s) until `receiver` got at least `n` deliveries, and maps them.
async fn received_events(receiver: &MockServer, n: usize) -> Vec<SourceEvent> {
    for _ in 0..200 {
        let requests = receiver.received_requests().await.unwrap_or_default();
        if requests.len() >= n {
            return requests
                .iter()
                .map(|r| {
                    let decoded = decode(&r.body, None).expect("a JSON body");
                    source_event(&decoded).expect("a CRM event")
                })
                .collect();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the sandbox delivered fewer than {n} webhooks");
}

#[tokio::test]
async fn the_engine_reconciles_the_sandbox_and_then_has_nothing_to_write() {
    let sandbox = sandbox().await;
    let source = Arc::new(GhlSource::new(client(&sandbox)).page_size(500));
    let sink = Arc::new(FakeSink::new());
    let engine = Engine::builder()
        .source(source.clone())
        .sink(sink.clone())
        .store(Arc::new(MemoryStore::new()))
        .strategy(Arc::new(
            ReferenceStrategy::new()
                .table(entity::CONTACT, "contacts")
                .table(entity::OPPORTUNITY, "deals"),
        ))
        .build()
        .expect("the engine builds");

    let first = engine.reconcile(&entity::CONTACT).await.unwrap();
    assert!(first.is_clean(), "{first:?}");
    assert_eq!(first.created, CONTACTS as u64);
    assert_eq!(sink.live_rows(&"contacts".into()).len(), CONTACTS);
    let deals = engine.reconcile(&entity::OPPORTUNITY).await.unwrap();
    assert_eq!(deals.created, 30, "{deals:?}");

    let writes = sink.stats().writes();
    let second = engine.reconcile(&entity::CONTACT).await.unwrap();
    assert!(second.is_clean(), "{second:?}");
    assert_eq!(second.writes(), 0, "{second:?}");
    let full = engine.reconcile_full(&entity::CONTACT).await.unwrap();
    assert_eq!(full.writes(), 0, "{full:?}");
    assert_eq!(full.unchanged, CONTACTS as u64);
    let deals = engine.reconcile(&entity::OPPORTUNITY).await.unwrap();
    assert_eq!(deals.writes(), 0, "{deals:?}");
    assert_eq!(sink.stats().writes(), writes, "nothing was written");

    // A renamed contact costs exactly one write on the next run.
    let id = first_contact_id(&source).await;
    control(
        &sandbox,
        "PUT",
        &format!("/ghl/contacts/{id}"),
        json!({"firstName": "Renamed", "lastName": "Person"}),
    )
    .await;
    let third = engine.reconcile(&entity::CONTACT).await.unwrap();
    assert_eq!(third.updated, 1, "{third:?}");
    assert_eq!(third.created + third.trashed, 0, "{third:?}");
}
