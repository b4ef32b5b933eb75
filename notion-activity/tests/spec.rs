//! The bodies this client sends, validated against Notion's published OpenAPI document
//! (`/work/shared/specs/notion/notion-openapi-2025-09-03.json`).
//!
//! Two known gaps of that document are patched here and reported (see the docs):
//! - its `parentRequest` has no `data_source_id` variant (its "dataSourceIdParentRequest" is a
//!   `database_id` parent), though 2025-09-03 creates rows with
//!   `{"type":"data_source_id","data_source_id":…}`;
//! - its `sortObject` requires `property`, so timestamp sorts (`{"timestamp":"created_time"}`)
//!   are not described.
//!
//! It also has no `POST /v1/databases`; the create-database body is checked by the emulator.

use notion_activity::activity::{ActivityEvent, ActivityLog, ActivityLogOptions};
use notion_activity::models::page::{create_page_body, properties};
use notion_activity::models::query::{Direction, Filter, QueryRequest, Sort, TextOp};
use notion_activity::properties::schema::plan_migration;
use notion_activity::properties::{Color, PropertyValue, Schema, SelectOption};
use notion_activity::runtime::ManualClock;
use notion_activity::{DataSourceId, NotionClient};
use serde_json::{Value, json};

const SPEC: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../shared/specs/notion/notion-openapi-2025-09-03.json"
);

fn spec() -> Value {
    let text = std::fs::read_to_string(SPEC).expect("the OpenAPI document");
    let mut spec: Value = serde_json::from_str(&text).expect("valid JSON");
    // Patch 1: a data source parent.
    spec["components"]["schemas"]["parentRequest"]["oneOf"]
        .as_array_mut()
        .expect("oneOf")
        .push(json!({
            "type": "object",
            "properties": {"type": {"const": "data_source_id"}, "data_source_id": {"type": "string"}},
            "required": ["type", "data_source_id"],
            "additionalProperties": false
        }));
    // Patch 2: timestamp sorts.
    spec["components"]["schemas"]["sortObject"] = json!({"oneOf": [
        spec["components"]["schemas"]["sortObject"].clone(),
        {"type": "object", "required": ["timestamp", "direction"],
         "properties": {"timestamp": {"enum": ["created_time", "last_edited_time"]},
                        "direction": {"enum": ["ascending", "descending"]}},
         "additionalProperties": false}
    ]});
    spec
}

fn validate(spec: &Value, path: &str, method: &str, body: &Value) {
    let mut schema =
        spec["paths"][path][method]["requestBody"]["content"]["application/json"]["schema"].clone();
    assert!(schema.is_object(), "no request schema for {method} {path}");
    schema["components"] = spec["components"].clone();
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let errors: Vec<String> = validator.iter_errors(body).map(|e| e.to_string()).collect();
    assert!(
        errors.is_empty(),
        "{method} {path}: {errors:?}\nbody: {body}"
    );
}

fn uuid() -> &'static str {
    "59833787-2cf9-4fdf-8782-e53db20768a5"
}

#[test]
fn the_published_parent_schema_lacks_data_source_parents() {
    let text = std::fs::read_to_string(SPEC).unwrap();
    let raw: Value = serde_json::from_str(&text).unwrap();
    let body = create_page_body(&DataSourceId::from(uuid()), Default::default());
    let mut schema =
        raw["paths"]["/v1/pages"]["post"]["requestBody"]["content"]["application/json"]["schema"]
            .clone();
    schema["components"] = raw["components"].clone();
    let validator = jsonschema::validator_for(&schema).unwrap();
    assert!(
        !validator.is_valid(&body),
        "if this passes, drop patch 1 above"
    );
}

#[test]
fn create_and_update_page_bodies_match_the_spec() {
    let spec = spec();
    let client = NotionClient::builder()
        .token("secret_x")
        .clock(ManualClock::new().shared())
        .build()
        .unwrap();
    let log = ActivityLog::open_lazy(
        client,
        DataSourceId::from(uuid()),
        ActivityLogOptions::default(),
    );
    let event = ActivityEvent::new("evt-1", "Contact", "Ann", "Created")
        .details("long ".repeat(1000))
        .link("https://app.gohighlevel.com/v2/location/L/contacts/detail/C");
    let body = create_page_body(log.data_source_id(), log.event_properties(&event));
    validate(&spec, "/v1/pages", "post", &body);

    let props = properties([
        ("Name", PropertyValue::Title("Acme".into())),
        ("Stage", PropertyValue::Select(Some("Won".into()))),
        ("Tags", PropertyValue::MultiSelect(vec!["vip".into()])),
        ("Email", PropertyValue::Email(Some("a@b.co".into()))),
        ("Done", PropertyValue::Checkbox(true)),
    ]);
    validate(
        &spec,
        "/v1/pages/{page_id}",
        "patch",
        &json!({"properties": props}),
    );
    validate(
        &spec,
        "/v1/pages/{page_id}",
        "patch",
        &json!({"in_trash": true}),
    );
    validate(
        &spec,
        "/v1/pages/{page_id}",
        "patch",
        &json!({"in_trash": true, "archived": true}),
    );
}

#[test]
fn query_bodies_match_the_spec() {
    let spec = spec();
    let path = "/v1/data_sources/{data_source_id}/query";
    let q = QueryRequest {
        filter: Some(
            Filter::rich_text("Event ID", TextOp::Equals("e1".into()))
                .and(Filter::Checkbox("Managed by sync".into(), true)),
        ),
        sorts: vec![Sort::Property("Timestamp".into(), Direction::Descending)],
        page_size: Some(100),
        start_cursor: Some("cursor-1".into()),
        ..QueryRequest::default()
    };
    validate(&spec, path, "post", &q.to_json());
    let windowed = QueryRequest {
        filter: Some(Filter::CreatedTime(
            notion_activity::models::query::DateOp::OnOrAfter("2026-01-01T00:00:00.000Z".into()),
        )),
        sorts: vec![Sort::CreatedTime(Direction::Ascending)],
        ..QueryRequest::default()
    };
    validate(&spec, path, "post", &windowed.to_json());
}

#[test]
fn schema_update_bodies_match_the_spec() {
    let spec = spec();
    let wanted = Schema::new()
        .title("Name")
        .select("Stage", [SelectOption::new("Won").color(Color::Green)])
        .date("Last Synced");
    let patch = plan_migration(&wanted, &Schema::new().title("Name"));
    validate(
        &spec,
        "/v1/data_sources/{data_source_id}",
        "patch",
        &json!({"properties": patch.to_json()}),
    );
}
