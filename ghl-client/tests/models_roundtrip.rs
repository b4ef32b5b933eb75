//! Models against the specs' examples: every fixture decodes, unknown fields survive a
//! round-trip, timestamps and scalars are read leniently, request bodies serialize to the
//! exact JSON names.

use chrono::{TimeZone, Utc};
use ghl_client::models::appointment::{EventResponse, EventsResponse};
use ghl_client::models::common::{CustomFieldInput, CustomFieldValue, Succeeded};
use ghl_client::models::contact::{
    Contact, ContactListResponse, ContactResponse, ContactSearch, ContactSearchResponse, Filter,
    FilterOperator, NewContact, Tags, UpdateContactResponse, UpsertContact, UpsertContactResponse,
};
use ghl_client::models::custom_field::{CustomFieldResponse, CustomFieldsResponse};
use ghl_client::models::location::LocationResponse;
use ghl_client::models::note::{NoteResponse, NotesResponse};
use ghl_client::models::opportunity::{
    Opportunity, OpportunityResponse, OpportunitySearch, OpportunitySearchResponse,
    OpportunityStatus, UpsertOpportunityResponse,
};
use ghl_client::models::pipeline::PipelinesResponse;
use ghl_client::models::task::{TaskResponse, TasksResponse};
use ghl_client::models::user::{User, UserSearchResponse};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Decodes `name` as `T`, re-encodes it, decodes again: both decodes must agree.
fn round_trip<T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug>(name: &str) -> T {
    let first: T = serde_json::from_value(fixture(name))
        .unwrap_or_else(|e| panic!("{name} does not decode: {e}"));
    let encoded = serde_json::to_value(&first).expect("encodes");
    let second: T = serde_json::from_value(encoded)
        .unwrap_or_else(|e| panic!("{name} does not decode after a round-trip: {e}"));
    assert_eq!(first, second, "{name}");
    first
}

#[test]
fn every_spec_example_decodes_and_round_trips() {
    round_trip::<ContactResponse>("contact_get");
    round_trip::<ContactResponse>("contact_create");
    round_trip::<UpdateContactResponse>("contact_update");
    round_trip::<Succeeded>("contact_delete");
    round_trip::<UpsertContactResponse>("contact_upsert");
    round_trip::<Tags>("contact_tags_add");
    round_trip::<Tags>("contact_tags_remove");
    round_trip::<ContactListResponse>("contact_list_deprecated");
    round_trip::<ContactSearchResponse>("contact_search");
    round_trip::<EventsResponse>("contact_appointments");
    round_trip::<TasksResponse>("tasks_list");
    round_trip::<TaskResponse>("task_get");
    round_trip::<Succeeded>("task_delete");
    round_trip::<NotesResponse>("notes_list");
    round_trip::<NoteResponse>("note_get");
    round_trip::<Succeeded>("note_delete");
    round_trip::<OpportunitySearchResponse>("opportunities_search");
    round_trip::<OpportunityResponse>("opportunity_get");
    round_trip::<Succeeded>("opportunity_delete");
    round_trip::<UpsertOpportunityResponse>("opportunity_upsert");
    round_trip::<PipelinesResponse>("pipelines");
    round_trip::<EventsResponse>("calendar_events");
    round_trip::<EventResponse>("calendar_appointment");
    round_trip::<CustomFieldsResponse>("custom_fields");
    round_trip::<CustomFieldResponse>("custom_field");
    round_trip::<LocationResponse>("location");
    round_trip::<TasksResponse>("location_tasks_search");
    round_trip::<UserSearchResponse>("users_search");
    round_trip::<User>("user_get");
}

#[test]
fn the_succeded_typo_is_read_and_written() {
    let update: UpdateContactResponse =
        serde_json::from_value(fixture("contact_update")).expect("decodes");
    assert_eq!(update.succeeded, Some(true));
    let out = serde_json::to_value(&update).expect("encodes");
    assert_eq!(out["succeded"], true);
    assert!(out.get("succeeded").is_none());
    let failed: Succeeded = serde_json::from_value(json!({"succeded": false})).expect("decodes");
    assert!(!failed.is_success());
    let absent: Succeeded = serde_json::from_value(json!({})).expect("decodes");
    assert!(absent.is_success());
}

#[test]
fn unknown_fields_survive_a_round_trip() {
    let mut raw = fixture("contact_get")["contact"].clone();
    raw["brandNewField"] = json!({"nested": [1, 2, 3]});
    raw["dndSettings"]["RCS"] = json!({"status": "inactive"});
    raw["customFields"][0]["meta"] = json!("kept");
    let contact: Contact = serde_json::from_value(raw.clone()).expect("decodes");
    assert_eq!(contact.extra["brandNewField"], json!({"nested": [1, 2, 3]}));
    let out = serde_json::to_value(&contact).expect("encodes");
    assert_eq!(out["brandNewField"], raw["brandNewField"]);
    assert_eq!(out["dndSettings"]["RCS"], json!({"status": "inactive"}));
    assert_eq!(out["customFields"][0]["meta"], "kept");
    // Known fields come back under their JSON names.
    assert_eq!(out["dateAdded"], "2021-07-02T05:18:26.704Z");
    assert_eq!(out["firstNameLowerCase"], "rubika");

    let mut opp = fixture("opportunity_get")["opportunity"].clone();
    opp["forecastProbability"] = json!(0.4);
    let decoded: Opportunity = serde_json::from_value(opp).expect("decodes");
    let out = serde_json::to_value(&decoded).expect("encodes");
    assert_eq!(out["forecastProbability"], json!(0.4));
}

#[test]
fn timestamps_are_read_leniently() {
    let want = Utc
        .with_ymd_and_hms(2021, 7, 2, 5, 18, 26)
        .single()
        .expect("date");
    for value in [
        json!("2021-07-02T05:18:26Z"),
        json!("2021-07-02T05:18:26.000Z"),
        json!("2021-07-02T10:48:26+05:30"),
        json!("2021-07-02 05:18:26"),
        json!(1625203106000_i64),
        json!("1625203106000"),
        json!(1625203106_i64),
        json!(1625203106000.0_f64),
    ] {
        let c: Contact = serde_json::from_value(json!({"id": "c", "dateAdded": value}))
            .unwrap_or_else(|e| panic!("{value}: {e}"));
        assert_eq!(c.date_added, Some(want), "{value}");
    }
    for empty in [json!(null), json!("")] {
        let c: Contact =
            serde_json::from_value(json!({"id": "c", "dateUpdated": empty})).expect("decodes");
        assert_eq!(c.date_updated, None);
    }
    let c: Contact = serde_json::from_value(json!({"id": "c"})).expect("a bare contact decodes");
    assert_eq!(c.date_added, None);
    assert!(c.tags.is_empty());

    let err = serde_json::from_value::<Contact>(json!({"id": "c", "dateAdded": "next tuesday"}))
        .expect_err("not a timestamp");
    assert!(err.to_string().contains("next tuesday"), "{err}");
}

#[test]
fn scalars_are_read_leniently() {
    let o: Opportunity = serde_json::from_value(json!({
        "id": "o", "monetaryValue": "250.5", "status": "sold", "indexVersion": "3"
    }))
    .expect("decodes");
    assert_eq!(o.monetary_value, Some(250.5));
    assert_eq!(o.status, Some(OpportunityStatus::Unknown("sold".into())));
    assert_eq!(serde_json::to_value(&o).expect("encodes")["status"], "sold");

    let c: Contact =
        serde_json::from_value(json!({"id": "c", "dnd": "false", "dateOfBirth": 19900925}))
            .expect("decodes");
    assert_eq!(c.dnd, Some(false));
    assert_eq!(c.date_of_birth.as_deref(), Some("19900925"));
}

#[test]
fn custom_field_values_read_both_shapes() {
    let o: Opportunity = serde_json::from_value(json!({
        "id": "o",
        "customFields": [
            {"id": "a", "fieldValue": "text"},
            {"id": "b", "fieldValue": 12.5},
            {"id": "c", "fieldValue": ["x", "y"]},
            {"id": "d", "fieldValue": {"upload-1": {"meta": {"name": "f.pdf"}}}},
            {"id": "e", "fieldValue": [{"url": "https://x"}]},
            {"id": "f"}
        ]
    }))
    .expect("decodes");
    let v: Vec<_> = o
        .custom_fields
        .iter()
        .map(|f| f.field_value.clone())
        .collect();
    assert_eq!(v[0], Some(CustomFieldValue::Text("text".into())));
    assert_eq!(v[1].as_ref().and_then(CustomFieldValue::as_f64), Some(12.5));
    assert_eq!(
        v[2],
        Some(CustomFieldValue::List(vec!["x".into(), "y".into()]))
    );
    assert!(matches!(v[3], Some(CustomFieldValue::Object(_))));
    assert!(matches!(v[4], Some(CustomFieldValue::Other(_))));
    assert_eq!(v[5], None);

    let c: Contact = serde_json::from_value(json!({
        "id": "c", "customFields": [{"id": "a", "value": ["x"]}, {"id": "b", "value": 3}]
    }))
    .expect("decodes");
    assert_eq!(
        c.custom_fields[1].value,
        Some(CustomFieldValue::Number(3.into()))
    );
}

#[test]
fn write_bodies_use_the_exact_names_and_skip_unset_fields() {
    let body = serde_json::to_value(
        UpsertContact::new(
            NewContact::new()
                .location_id("loc")
                .email("a@b.c")
                .custom_fields(vec![
                    CustomFieldInput::by_id("cf", 1.5),
                    CustomFieldInput::by_key("contact.color", "red"),
                ]),
        )
        .create_new_if_duplicate_allowed(true),
    )
    .expect("encodes");
    assert_eq!(
        body,
        json!({
            "locationId": "loc",
            "email": "a@b.c",
            "customFields": [
                {"id": "cf", "field_value": 1.5},
                {"key": "contact.color", "field_value": "red"}
            ],
            "createNewIfDuplicateAllowed": true
        })
    );

    let search = serde_json::to_value(
        OpportunitySearch::new()
            .location_id("loc")
            .campaign_id("c")
            .start_after(5, "o1")
            .get_notes(true),
    )
    .expect("encodes");
    assert_eq!(
        search,
        json!({"location_id": "loc", "campaignId": "c", "startAfter": 5,
               "startAfterId": "o1", "getNotes": true})
    );
}

#[test]
fn filters_serialize_and_read_back() {
    let search = ContactSearch::new()
        .location_id("loc")
        .page_limit(10_000)
        .search_after(vec![json!(1), json!("x")])
        .filter(Filter::and(vec![
            Filter::not_eq("type", "lead"),
            Filter::contains("email", "@acme"),
            Filter::not_contains("tags", "spam"),
            Filter::not_exists("phone"),
        ]));
    let body = serde_json::to_value(&search).expect("encodes");
    assert_eq!(body["pageLimit"], 500, "clamped to the API's maximum");
    assert_eq!(body["searchAfter"], json!([1, "x"]));
    assert_eq!(
        body["filters"][0],
        json!({"group": "AND", "filters": [
            {"field": "type", "operator": "not_eq", "value": "lead"},
            {"field": "email", "operator": "contains", "value": "@acme"},
            {"field": "tags", "operator": "not_contains", "value": "spam"},
            {"field": "phone", "operator": "not_exists"}
        ]})
    );
    let back: ContactSearch = serde_json::from_value(body).expect("decodes");
    assert_eq!(back, search);
    match &back.filters[0] {
        Filter::Group { filters, .. } => match &filters[3] {
            Filter::Condition {
                operator, value, ..
            } => {
                assert_eq!(operator, &FilterOperator::NotExists);
                assert_eq!(value, &None);
            }
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
}
