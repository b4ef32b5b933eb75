//! Custom fields by key: `from = "custom.<key>"` mirrors a contact's custom field value.
//!
//! On the sandbox (seeded contact fields such as "Referral Code", key
//! `contact.referral_code`), a Summary table mapping `custom.referral_code` writes each
//! contact's value to Notion. Against wiremock: the definitions are read once, a 403 leaves
//! the records keyed by id only, and another failure is retried at the next read.

#[path = "../../ghl-client/tests/fixtures/harness.rs"]
mod harness;

use std::collections::BTreeMap;
use std::sync::Arc;

use futures_util::{StreamExt, TryStreamExt};
use ghl_client::GhlClient;
use ghl_client::models::contact::ContactSearch;
use ghl_client::models::custom_field::CustomFieldModel;
use ghl_client::runtime::ScaledClock;
use ghl_notion::config::Config;
use ghl_notion::entity;
use ghl_notion::ghl::GhlSource;
use ghl_notion::{SyncMode, SyncService};
use ghl_notion_sandbox::{Sandbox, SandboxConfig};
use harness::{client, ok, server};
use notion_activity::{NotionClient, Page};
use serde_json::{Value, json};
use sync_core::MemoryStore;
use sync_core::record::SourceRecord;
use sync_core::sink::TableId;
use sync_core::source::{ChangeCursor, Source};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, ResponseTemplate};

/// `{contact id: {custom field id: value}}` as GHL holds them.
async fn custom_values(ghl: &GhlClient) -> BTreeMap<String, BTreeMap<String, Value>> {
    let contacts: Vec<_> = ghl
        .contacts()
        .search_stream(ContactSearch::new().page_limit(100))
        .try_collect()
        .await
        .expect("the contacts");
    contacts
        .iter()
        .map(|c| {
            let json = serde_json::to_value(c).expect("a contact");
            let values = json["customFields"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|f| Some((f["id"].as_str()?.to_owned(), f["value"].clone())))
                .collect();
            (c.id.to_string(), values)
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_custom_field_mapped_by_key_reaches_notion() {
    let sandbox = Sandbox::start(
        SandboxConfig::default()
            .with_seed(5)
            .with_contacts(15)
            .with_opportunities(0)
            .with_time_scale(10.0),
    )
    .await
    .expect("sandbox");
    let clock = ScaledClock::new(10.0).shared();
    let ghl = GhlClient::builder()
        .base_url(sandbox.ghl_base_url())
        .private_token(sandbox.ghl_api_key())
        .location_id(sandbox.location_id())
        .clock(clock.clone())
        .build()
        .expect("ghl client");
    let notion = NotionClient::builder()
        .base_url(sandbox.notion_base_url())
        .token(sandbox.notion_token())
        .clock(clock)
        .build()
        .expect("notion client");

    let definitions = ghl
        .custom_fields()
        .list(CustomFieldModel::Contact)
        .await
        .expect("the definitions");
    let referral = definitions
        .iter()
        .find(|d| d.field_key.as_deref() == Some("contact.referral_code"))
        .expect("the sandbox seeds a Referral Code field")
        .id
        .to_string();
    let values = custom_values(&ghl).await;
    let with_value = values
        .values()
        .filter(|v| v.contains_key(&referral))
        .count();
    assert!(
        with_value > 0 && with_value < values.len(),
        "the seed should give some contacts a referral code and not others ({with_value} of {})",
        values.len()
    );

    let config = Config::parse(&format!(
        r#"
        [[tables]]
        entity = "contact"
        fields = [
          {{ from = "custom.referral_code", to = "Referral", kind = "text" }},
          {{ from = "custom.{referral}", to = "Referral by id", kind = "text" }},
          {{ from = "/customFields.{referral}", to = "Referral (flat)", kind = "text" }},
        ]

        [activity]
        enabled = false

        [state]
        path = ":memory:"
        "#
    ))
    .expect("the configuration");
    let service = SyncService::builder()
        .config(config)
        .clients(ghl, notion.clone(), sandbox.notion_parent_page_id())
        .store(Arc::new(MemoryStore::new()))
        .build()
        .await
        .expect("the service");
    let report = service.run_once(SyncMode::Full).await.expect("the run");
    assert_eq!(report.failed(), 0, "{:?}", report.errors());
    assert_eq!(report.writes(), values.len() as u64);

    let ds = service
        .sink()
        .data_source_id(&TableId::from("contacts"))
        .expect("the contacts table")
        .clone();
    let rows: Vec<Page> = notion
        .query_all(&ds, None)
        .try_collect()
        .await
        .expect("the rows");
    assert_eq!(rows.len(), values.len());
    for page in &rows {
        let id = page.text("GHL ID").expect("a key");
        let wanted = values[&id].get(&referral).and_then(Value::as_str);
        for column in ["Referral", "Referral by id", "Referral (flat)"] {
            let held = page.text(column).filter(|t| !t.is_empty());
            assert_eq!(held.as_deref(), wanted, "{id}: {column}");
        }
    }
    let again = service.run_once(SyncMode::Full).await.expect("again");
    assert_eq!((again.writes(), again.failed()), (0, 0), "{again:?}");
}

fn contact() -> Value {
    json!({
        "id": "c1", "firstName": "Ada", "dateUpdated": "2025-01-01T00:00:00Z",
        "customFields": [{"id": "cf1", "value": "blue"}, {"id": "cf2", "value": 7}],
        "searchAfter": [1, "c1"]
    })
}

async fn mock_contacts(server: &wiremock::MockServer) {
    Mock::given(method("POST"))
        .and(path("/contacts/search"))
        .respond_with(ok(json!({"contacts": [contact()], "total": 1})))
        .mount(server)
        .await;
    Mock::given(method("GET"))
        .and(path("/contacts/c1"))
        .respond_with(ok(json!({"contact": contact()})))
        .mount(server)
        .await;
}

fn definitions() -> ResponseTemplate {
    ok(json!({"customFields": [
        {"id": "cf1", "name": "Favourite colour", "fieldKey": "contact.favourite_color",
         "dataType": "TEXT", "model": "contact"},
        {"id": "cf2", "name": "Score", "fieldKey": "contact.score", "dataType": "NUMERICAL",
         "model": "contact"}
    ]}))
}

async fn one_of_each(source: &GhlSource) -> Vec<SourceRecord> {
    let mut out: Vec<SourceRecord> = source
        .stream_all(&entity::CONTACT)
        .map(|r| r.expect("a record"))
        .collect()
        .await;
    out.push(
        source
            .fetch(&entity::CONTACT, "c1")
            .await
            .expect("fetch")
            .expect("found"),
    );
    let cursor = ChangeCursor("2024-01-01T00:00:00.000Z".into());
    let changes: Vec<_> = source
        .changes_since(&entity::CONTACT, &cursor)
        .expect("a feed")
        .map(|c| c.expect("a change"))
        .collect()
        .await;
    for change in changes {
        if let sync_core::Change::Upsert(record) = change {
            out.push(record);
        }
    }
    assert_eq!(out.len(), 3);
    out
}

#[tokio::test]
async fn definitions_are_read_once_and_give_keys_to_every_read() {
    let server = server().await;
    mock_contacts(&server).await;
    Mock::given(method("GET"))
        .and(path("/locations/loc_1/customFields"))
        .and(query_param("model", "contact"))
        .respond_with(definitions())
        .expect(1)
        .mount(&server)
        .await;
    let source = GhlSource::new(client(&server));
    for record in one_of_each(&source).await {
        assert_eq!(
            record.fields["custom"],
            json!({"cf1": "blue", "cf2": 7, "favourite_color": "blue", "score": 7})
        );
        assert_eq!(record.fields["customFields.cf1"], "blue");
    }
    assert_eq!(
        source.custom_field_keys().await.expect("kept").key("cf1"),
        Some("favourite_color")
    );
}

#[tokio::test]
async fn without_access_to_definitions_custom_fields_resolve_by_id() {
    let server = server().await;
    mock_contacts(&server).await;
    Mock::given(method("GET"))
        .and(path("/locations/loc_1/customFields"))
        .respond_with(ResponseTemplate::new(403).set_body_json(json!({
            "statusCode": 403, "message": "Forbidden resource"
        })))
        .expect(1..)
        .mount(&server)
        .await;
    let source = GhlSource::new(client(&server));
    for record in one_of_each(&source).await {
        assert_eq!(record.fields["custom"], json!({"cf1": "blue", "cf2": 7}));
    }
    // No access is an answer, kept: incremental reads and fetches do not ask again.
    let asked = |requests: Vec<wiremock::Request>| {
        requests
            .iter()
            .filter(|r| r.url.path().ends_with("/customFields"))
            .count()
    };
    let before = asked(server.received_requests().await.unwrap_or_default());
    source
        .fetch(&entity::CONTACT, "c1")
        .await
        .expect("fetch")
        .expect("found");
    assert_eq!(
        asked(server.received_requests().await.unwrap_or_default()),
        before
    );
    assert!(source.custom_field_keys().await.expect("kept").is_empty());
}

#[tokio::test]
async fn a_failed_read_of_definitions_is_retried_and_kept_keys_survive_one() {
    let server = server().await;
    mock_contacts(&server).await;
    // No definitions mock yet: the catch-all answers 500.
    let source = GhlSource::new(client(&server));
    let records: Vec<SourceRecord> = source
        .stream_all(&entity::CONTACT)
        .map(|r| r.expect("the contacts are read all the same"))
        .collect()
        .await;
    assert_eq!(
        records[0].fields["custom"],
        json!({"cf1": "blue", "cf2": 7})
    );
    Mock::given(method("GET"))
        .and(path("/locations/loc_1/customFields"))
        .respond_with(definitions())
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    let fetched = source
        .fetch(&entity::CONTACT, "c1")
        .await
        .expect("fetch")
        .expect("found");
    assert_eq!(fetched.fields["custom"]["favourite_color"], "blue");
    // The next full pass fails to reload them (the catch-all again): the kept keys serve,
    // so no mapped value flips to empty for one pass.
    let again: Vec<SourceRecord> = source
        .stream_all(&entity::CONTACT)
        .map(|r| r.expect("a record"))
        .collect()
        .await;
    assert_eq!(again[0].fields["custom"]["favourite_color"], "blue");
    let asked = server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .filter(|r| r.url.path().ends_with("/customFields"))
        .count();
    assert_eq!(asked, 3, "a failed read, a load, a failed reload");
}

#[tokio::test]
async fn a_delivered_contact_is_keyed_like_a_read_or_left_for_a_fetch() {
    use ghl_notion::ghl::events::{key_custom_fields, source_event};
    let server = server().await;
    Mock::given(method("GET"))
        .and(path("/locations/loc_1/customFields"))
        .respond_with(definitions())
        .mount(&server)
        .await;
    let source = GhlSource::new(client(&server));
    let mut body = contact();
    body["type"] = json!("ContactUpdate");
    body["locationId"] = json!("loc_1");
    body["webhookId"] = json!("wh-1");
    body["timestamp"] = json!("2025-01-01T00:00:00Z");
    let bytes = serde_json::to_vec(&body).expect("json");
    let decoded = ghl_client::webhooks::decode(&bytes, None).expect("decodes");
    let delivered = source_event(&decoded).expect("a contact event");
    assert!(
        delivered.record.is_some(),
        "the payload carries the contact"
    );

    // No keys known yet: the record is dropped, so the engine fetches the contact.
    let mut unkeyed = delivered.clone();
    key_custom_fields(&mut unkeyed, &source);
    assert!(unkeyed.record.is_none());

    // Keys known: the carried record gets them, exactly as a read would.
    source.load_custom_fields().await.expect("definitions");
    let mut keyed = delivered.clone();
    key_custom_fields(&mut keyed, &source);
    let record = keyed.record.expect("kept");
    assert_eq!(record.fields["custom"]["favourite_color"], "blue");
    assert_eq!(record.fields["custom"]["score"], 7);

    // Other entities are left as they are.
    let mut other = delivered;
    other.entity = entity::OPPORTUNITY;
    key_custom_fields(&mut other, &source);
    assert!(other.record.is_some());
}
