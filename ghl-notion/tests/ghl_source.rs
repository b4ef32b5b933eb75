//! `GhlSource` against wiremock: paging, the incremental contact feed (cursor, overlap,
//! checkpoint), pipeline names, fetch by id (404 → `None`) and the error mapping table.

#[path = "../../ghl-client/tests/fixtures/harness.rs"]
mod harness;

use ghl_notion::entity;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use futures_util::StreamExt;
use ghl_client::runtime::ManualClock;
use ghl_client::runtime::retry::RetryPolicy;
use ghl_client::{Error, GhlClient};
use ghl_notion::ghl::{GhlSource, remote_error};
use harness::{LOCATION, client, ok, server};
use serde_json::{Value, json};
use sync_core::error::Outcome;
use sync_core::record::{EntityKind, SourceRecord};
use sync_core::source::{Change, ChangeCursor, Source};
use wiremock::matchers::{body_partial_json, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn contact(id: &str, updated: &str) -> Value {
    json!({
        "id": id, "firstName": id.to_uppercase(), "dateUpdated": updated,
        "customFields": [{"id": "cf1", "value": format!("v-{id}")}],
        "searchAfter": [updated, id]
    })
}

async fn collect_all(source: &GhlSource, entity: EntityKind) -> Vec<SourceRecord> {
    source
        .stream_all(&entity)
        .map(|r| r.expect("a record"))
        .collect()
        .await
}

async fn changes(source: &GhlSource, cursor: &str) -> Vec<Change> {
    let cursor = ChangeCursor(cursor.to_owned());
    source
        .changes_since(&entity::CONTACT, &cursor)
        .expect("contacts have a change feed")
        .map(|c| c.expect("a change"))
        .collect()
        .await
}

#[tokio::test]
async fn stream_all_pages_contacts_oldest_first() {
    let server = server().await;
    let page1: Vec<Value> = (0..100)
        .map(|i| contact(&format!("c{i:03}"), "2025-01-01T00:00:00Z"))
        .collect();
    Mock::given(method("POST"))
        .and(path("/contacts/search"))
        .and(body_partial_json(json!({
            "locationId": LOCATION, "pageLimit": 100,
            "sort": [{"field": "dateAdded", "direction": "asc"}]
        })))
        .and(|req: &wiremock::Request| !String::from_utf8_lossy(&req.body).contains("searchAfter"))
        .respond_with(ok(json!({"contacts": page1, "total": 101})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/contacts/search"))
        .and(body_partial_json(
            json!({"searchAfter": ["2025-01-01T00:00:00Z", "c099"]}),
        ))
        .respond_with(ok(
            json!({"contacts": [contact("c100", "2025-01-02T00:00:00Z")], "total": 101}),
        ))
        .expect(1)
        .mount(&server)
        .await;

    let source = GhlSource::new(client(&server)).page_size(10); // clamped up to 100
    assert_eq!(source.contact_page_size(), 100);
    let records = collect_all(&source, entity::CONTACT).await;
    assert_eq!(records.len(), 101);
    let last = &records[100];
    assert_eq!(last.id, "c100");
    assert_eq!(last.entity, entity::CONTACT);
    assert_eq!(last.display_name.as_deref(), Some("C100"));
    assert_eq!(
        last.updated_at.map(|t| t.to_rfc3339()),
        Some("2025-01-02T00:00:00+00:00".into())
    );
    assert_eq!(last.fields["customFields.cf1"], "v-c100");
    assert!(last.fields.get("searchAfter").is_none());
}

#[tokio::test]
async fn changes_since_filters_on_date_updated_and_checkpoints_with_overlap() {
    let server = server().await;
    Mock::given(method("POST"))
        .and(path("/contacts/search"))
        .and(body_partial_json(json!({
            "filters": [{"field": "dateUpdated", "operator": "range",
                         "value": {"gte": "2025-01-01T00:00:00.000Z"}}],
            "sort": [{"field": "dateUpdated", "direction": "asc"}]
        })))
        .respond_with(ok(json!({"contacts": [
            contact("a", "2025-01-01T00:00:03Z"),
            contact("b", "2025-01-01T00:10:00.500Z"),
        ]})))
        .expect(1)
        .mount(&server)
        .await;

    let source = GhlSource::new(client(&server)).overlap(Duration::from_secs(1));
    let feed = changes(&source, "2025-01-01T00:00:00.000Z").await;
    assert_eq!(feed.len(), 3);
    assert!(matches!(&feed[0], Change::Upsert(r) if r.id == "a"));
    assert!(matches!(&feed[1], Change::Upsert(r) if r.id == "b"));
    // The last dateUpdated seen, minus the 1 s overlap.
    assert_eq!(
        feed[2],
        Change::Checkpoint(ChangeCursor("2025-01-01T00:09:59.500Z".into()))
    );
}

#[tokio::test]
async fn the_checkpoint_never_moves_behind_the_cursor() {
    let server = server().await;
    Mock::given(method("POST"))
        .and(path("/contacts/search"))
        .respond_with(ok(
            json!({"contacts": [contact("a", "2025-01-01T00:00:00.200Z")]}),
        ))
        .mount(&server)
        .await;
    let source = GhlSource::new(client(&server)); // 5 s overlap
    let feed = changes(&source, "2025-01-01T00:00:00.000Z").await;
    assert_eq!(
        feed.last(),
        Some(&Change::Checkpoint(ChangeCursor(
            "2025-01-01T00:00:00.000Z".into()
        )))
    );

    // Nothing changed: the cursor stays where it was.
    let server = server_with_no_contacts().await;
    let source = GhlSource::new(client(&server));
    let feed = changes(&source, "2025-02-01T00:00:00.000Z").await;
    assert_eq!(
        feed,
        vec![Change::Checkpoint(ChangeCursor(
            "2025-02-01T00:00:00.000Z".into()
        ))]
    );
}

async fn server_with_no_contacts() -> MockServer {
    let server = server().await;
    Mock::given(method("POST"))
        .and(path("/contacts/search"))
        .respond_with(ok(json!({"contacts": [], "total": 0})))
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn a_failing_feed_ends_with_the_error_and_no_checkpoint() {
    let server = server().await;
    Mock::given(method("POST"))
        .and(path("/contacts/search"))
        .respond_with(ResponseTemplate::new(503).set_body_json(json!({"message": "down"})))
        .mount(&server)
        .await;
    let source = GhlSource::new(client(&server));
    let cursor = ChangeCursor("2025-01-01T00:00:00.000Z".into());
    let items: Vec<_> = source
        .changes_since(&entity::CONTACT, &cursor)
        .unwrap()
        .collect()
        .await;
    assert_eq!(items.len(), 1);
    let err = items.into_iter().next().unwrap().unwrap_err();
    // The client already retried the 503: the engine must not multiply the attempts.
    assert!(!err.retryable);
    assert_eq!(err.outcome, Outcome::NotApplied);
}

#[tokio::test]
async fn only_contacts_have_a_change_feed_and_bad_cursors_force_a_full_pass() {
    let server = server().await;
    let source = GhlSource::new(client(&server));
    let cursor = ChangeCursor("2025-01-01T00:00:00.000Z".into());
    for entity in [
        entity::OPPORTUNITY,
        entity::TASK,
        entity::NOTE,
        entity::APPOINTMENT,
    ] {
        assert!(source.changes_since(&entity, &cursor).is_none(), "{entity}");
        assert_eq!(source.checkpoint(&entity).await.unwrap(), None);
    }
    let garbage = ChangeCursor("not a time".into());
    assert!(source.changes_since(&entity::CONTACT, &garbage).is_none());
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn checkpoint_is_the_client_clock_minus_the_overlap() {
    let server = server().await;
    let start = SystemTime::UNIX_EPOCH + Duration::from_secs(1_735_689_600); // 2025-01-01
    let clock = ManualClock::starting_at(start);
    let client = GhlClient::builder()
        .base_url(server.uri())
        .private_token("pit-test")
        .location_id(LOCATION)
        .clock(clock.shared())
        .retry_policy(RetryPolicy::never())
        .build()
        .unwrap();
    let source = GhlSource::new(client).overlap(Duration::from_secs(2));
    let cursor = source.checkpoint(&entity::CONTACT).await.unwrap();
    assert_eq!(
        cursor,
        Some(ChangeCursor("2024-12-31T23:59:58.000Z".into()))
    );
    clock.advance(Duration::from_secs(60));
    let cursor = source.checkpoint(&entity::CONTACT).await.unwrap();
    assert_eq!(
        cursor,
        Some(ChangeCursor("2025-01-01T00:00:58.000Z".into()))
    );
}

#[tokio::test]
async fn opportunities_of_every_status_carry_pipeline_and_stage_names() {
    let server = server().await;
    Mock::given(method("GET"))
        .and(path("/opportunities/pipelines"))
        .respond_with(ok(json!({"pipelines": [{
            "id": "p1", "name": "Sales",
            "stages": [{"id": "s1", "name": "New"}, {"id": "s2", "name": "Won"}]
        }]})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/opportunities/search"))
        .and(query_param("status", "all"))
        .and(query_param("limit", "100"))
        .respond_with(ok(json!({
            "opportunities": [
                {"id": "o1", "name": "Deal", "pipelineId": "p1", "pipelineStageId": "s2",
                 "updatedAt": "2025-01-01T00:00:00Z", "status": "won"},
                {"id": "o2", "name": "Lost one", "pipelineId": "p1", "pipelineStageId": "gone",
                 "status": "lost"}
            ],
            "meta": {"total": 2}
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/opportunities/o1"))
        .respond_with(ok(json!({"opportunity": {
            "id": "o1", "name": "Deal", "pipelineId": "p1", "pipelineStageId": "s1"
        }})))
        .expect(1)
        .mount(&server)
        .await;

    let source = GhlSource::new(client(&server));
    let records = collect_all(&source, entity::OPPORTUNITY).await;
    assert_eq!(records.len(), 2);
    assert_eq!(records[0].display_name.as_deref(), Some("Deal"));
    assert_eq!(records[0].fields["pipelineName"], "Sales");
    assert_eq!(records[0].fields["stageName"], "Won");
    assert!(records[0].updated_at.is_some());
    assert_eq!(records[1].fields["stageName"], Value::Null);

    // fetch reuses the names loaded by the pass (pipelines were fetched once).
    let fetched = source
        .fetch(&entity::OPPORTUNITY, "o1")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(fetched.fields["stageName"], "New");
}

#[tokio::test]
async fn fetch_reads_each_kind_by_id_and_a_404_is_none() {
    let server = server().await;
    let found = |p: &str, body: Value| {
        Mock::given(method("GET"))
            .and(path(p.to_owned()))
            .respond_with(ok(body))
    };
    found(
        "/contacts/c1",
        json!({"contact": {"id": "c1", "email": "ada@example.com"}}),
    )
    .mount(&server)
    .await;
    found(
        "/contacts/c1/tasks/t1",
        json!({"task": {"id": "t1", "title": "Call", "contactId": "c1"}}),
    )
    .mount(&server)
    .await;
    found(
        "/contacts/c1/notes/n1",
        json!({"note": {"id": "n1", "body": "Hello"}}),
    )
    .mount(&server)
    .await;
    found(
        "/calendars/events/appointments/e1",
        json!({"event": {"id": "e1", "title": "Demo", "dateUpdated": "2025-01-01T00:00:00Z"}}),
    )
    .mount(&server)
    .await;
    Mock::given(method("GET"))
        .and(path("/contacts/gone"))
        .respond_with(
            ResponseTemplate::new(404)
                .set_body_json(json!({"statusCode": 404, "message": "Contact not found"})),
        )
        .mount(&server)
        .await;

    let source = GhlSource::new(client(&server));
    let get = |entity: EntityKind, id: &'static str| {
        let source = &source;
        async move { source.fetch(&entity, id).await }
    };
    let c = get(entity::CONTACT, "c1").await.unwrap().unwrap();
    assert_eq!(c.display_name.as_deref(), Some("ada@example.com"));
    let t = get(entity::TASK, "c1/t1").await.unwrap().unwrap();
    assert_eq!(
        (t.id.as_str(), t.display_name.as_deref()),
        ("c1/t1", Some("Call"))
    );
    let n = get(entity::NOTE, "c1/n1").await.unwrap().unwrap();
    assert_eq!(
        (n.id.as_str(), n.display_name.as_deref()),
        ("c1/n1", Some("Hello"))
    );
    let a = get(entity::APPOINTMENT, "e1").await.unwrap().unwrap();
    assert_eq!(a.display_name.as_deref(), Some("Demo"));
    assert!(a.updated_at.is_some());
    assert_eq!(get(entity::CONTACT, "gone").await.unwrap(), None);

    // A task id without its contact cannot be read: an error, not "deleted".
    let err = get(entity::TASK, "t1").await.unwrap_err();
    assert!(!err.retryable);
}

#[tokio::test]
async fn event_only_and_disabled_entities_fail_instead_of_listing_nothing() {
    let server = server().await;
    let source = GhlSource::new(client(&server)).entities([entity::CONTACT]);
    for entity in [entity::TASK, entity::OPPORTUNITY] {
        let items: Vec<_> = source.stream_all(&entity).collect().await;
        assert_eq!(items.len(), 1, "{entity}");
        assert!(items[0].as_ref().is_err_and(|e| !e.retryable));
        assert!(source.fetch(&entity, "x/y").await.is_err());
    }
    let all = GhlSource::new(client(&server));
    let items: Vec<_> = all.stream_all(&entity::NOTE).collect().await;
    assert!(matches!(items.as_slice(), [Err(e)] if e.message.contains("webhooks")));
    assert!(server.received_requests().await.unwrap().is_empty());
}

/// One error of each kind, produced by a real call against the mock.
async fn error_for(response: ResponseTemplate) -> Error {
    let server = server().await;
    Mock::given(method("GET"))
        .and(path("/contacts/c1"))
        .respond_with(response)
        .mount(&server)
        .await;
    client(&server)
        .contacts()
        .get(&"c1".into())
        .await
        .expect_err("the call fails")
}

#[tokio::test]
async fn error_mapping_table() {
    let status = |code: u16| ResponseTemplate::new(code).set_body_json(json!({"message": "x"}));
    // Retryable only when the client did not already retry it and repeating is safe: an
    // open circuit sent nothing. Everything the client retries through its policy is final.
    let cases: Vec<(&str, Error, bool)> = vec![
        ("429", error_for(status(429)).await, false),
        ("500", error_for(status(500)).await, false),
        ("503", error_for(status(503)).await, false),
        ("408", error_for(status(408)).await, false),
        ("400", error_for(status(400)).await, false),
        ("401", error_for(status(401)).await, false),
        ("403", error_for(status(403)).await, false),
        ("404", error_for(status(404)).await, false),
        ("422", error_for(status(422)).await, false),
        (
            "decode",
            error_for(ResponseTemplate::new(200).set_body_string("{\"contact\": 7}")).await,
            false,
        ),
        (
            "circuit open",
            Error::CircuitOpen {
                retry_in: Duration::from_secs(3),
            },
            true,
        ),
        (
            "daily budget",
            Error::DailyLimitExhausted {
                resource: "loc".into(),
                limit: 1,
                resets_in: Duration::from_secs(1),
            },
            false,
        ),
        ("config", Error::Config("no location".into()), false),
        (
            "reauthorize",
            Error::ReauthorizationRequired {
                resource: "loc".into(),
                reason: "revoked".into(),
            },
            false,
        ),
        ("transport", transport_error().await, false),
    ];
    for (name, error, retryable) in cases {
        let shown = error.to_string();
        let mapped = remote_error(error);
        assert_eq!(mapped.outcome, Outcome::NotApplied, "{name}");
        assert_eq!(mapped.retryable, retryable, "{name}");
        assert!(
            mapped.message.contains(&shown),
            "{name}: {}",
            mapped.message
        );
        let source = mapped.source.as_ref().expect("the source is kept");
        assert!(source.downcast_ref::<Error>().is_some(), "{name}");
    }
}

/// A connection refused: nothing listens on the port of a dropped listener.
async fn transport_error() -> Error {
    let uri = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", listener.local_addr().unwrap())
    };
    let client = GhlClient::builder()
        .base_url(uri)
        .private_token("pit-test")
        .location_id(LOCATION)
        .retry_policy(RetryPolicy::never())
        .build()
        .unwrap();
    let err = client.contacts().get(&"c1".into()).await.unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    err
}

#[tokio::test]
async fn the_source_is_usable_as_a_trait_object() {
    let server = server_with_no_contacts().await;
    let source: Arc<dyn Source> = Arc::new(GhlSource::new(client(&server)));
    let items: Vec<_> = source.stream_all(&entity::CONTACT).collect().await;
    assert!(items.is_empty());
}
