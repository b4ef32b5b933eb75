//! Every GHL answer the sandbox gives validates against the official spec schema of its
//! operation (`shared/specs/ghl/apps/*.json`, refs into `common/common-schemas.json`).

mod common;

use common::{assert_common, assert_schema, config, control, ghl, json_of, start};
use reqwest::Method;
use serde_json::{Value, json};

#[tokio::test]
async fn contact_answers_match_the_contacts_spec() {
    let sb = start(config()).await;
    let loc = sb.location_id().to_owned();

    let (s, created) = json_of(ghl(&sb, Method::POST, "/contacts/").json(&json!({
        "locationId": loc, "firstName": "Spec", "lastName": "Check", "email": "spec@example.com",
        "tags": ["a"], "customFields": [{"key": "lead_score", "field_value": 7}]
    })))
    .await;
    assert_eq!(s, 201, "{created}");
    assert_schema("contacts", "CreateContactsSuccessfulResponseDto", &created);
    let id = created["contact"]["id"].as_str().expect("id").to_owned();

    let (s, got) = json_of(ghl(&sb, Method::GET, &format!("/contacts/{id}"))).await;
    assert_eq!(s, 200);
    assert_schema("contacts", "ContactsByIdSuccessfulResponseDto", &got);

    let (s, updated) =
        json_of(ghl(&sb, Method::PUT, &format!("/contacts/{id}")).json(&json!({"city": "Oslo"})))
            .await;
    assert_eq!(s, 200);
    assert_eq!(updated["succeded"], true);
    assert_schema("contacts", "UpdateContactsSuccessfulResponseDto", &updated);

    let (s, upserted) = json_of(ghl(&sb, Method::POST, "/contacts/upsert").json(&json!({
        "locationId": loc, "email": "SPEC@example.com", "lastName": "Checked"
    })))
    .await;
    assert_eq!(s, 200);
    assert_eq!(upserted["new"], false);
    assert!(upserted["traceId"].is_string());
    assert_schema("contacts", "UpsertContactsSuccessfulResponseDto", &upserted);

    let (s, tags) = json_of(
        ghl(&sb, Method::POST, &format!("/contacts/{id}/tags")).json(&json!({"tags": ["b", "c"]})),
    )
    .await;
    assert_eq!(s, 201);
    assert_eq!(tags["tags"], json!(["a", "b", "c"]));
    assert_schema("contacts", "CreateAddTagSuccessfulResponseDto", &tags);
    let (s, tags) = json_of(
        ghl(&sb, Method::DELETE, &format!("/contacts/{id}/tags")).json(&json!({"tags": ["a"]})),
    )
    .await;
    assert_eq!(s, 200);
    assert_schema("contacts", "CreateDeleteTagSuccessfulResponseDto", &tags);

    let (s, page) = json_of(
        ghl(&sb, Method::POST, "/contacts/search")
            .json(&json!({"locationId": loc, "pageLimit": 100})),
    )
    .await;
    assert_eq!(s, 200);
    for c in page["contacts"].as_array().expect("contacts") {
        assert!(c["searchAfter"].is_array());
        assert_schema(
            "contacts",
            "ContactsByIdSuccessfulResponseDto",
            &json!({"contact": c}),
        );
    }
    let (s, list) = json_of(ghl(
        &sb,
        Method::GET,
        &format!("/contacts/?locationId={loc}&limit=5"),
    ))
    .await;
    assert_eq!(s, 200);
    assert_schema("contacts", "ContactsSearchSuccessfulResponseDto", &list);

    // Tasks
    let (s, task) = json_of(
        ghl(&sb, Method::POST, &format!("/contacts/{id}/tasks")).json(&json!({
            "title": "Call", "dueDate": "2025-07-01T10:00:00Z", "completed": false
        })),
    )
    .await;
    assert_eq!(s, 201, "{task}");
    assert_schema("contacts", "TaskByIsSuccessfulResponseDto", &task);
    let task_id = task["task"]["id"].as_str().expect("task id").to_owned();
    let (_, tasks) = json_of(ghl(&sb, Method::GET, &format!("/contacts/{id}/tasks"))).await;
    assert_schema("contacts", "TasksListSuccessfulResponseDto", &tasks);
    let (_, one) = json_of(ghl(
        &sb,
        Method::GET,
        &format!("/contacts/{id}/tasks/{task_id}"),
    ))
    .await;
    assert_schema("contacts", "TaskByIsSuccessfulResponseDto", &one);
    let (_, done) = json_of(
        ghl(
            &sb,
            Method::PUT,
            &format!("/contacts/{id}/tasks/{task_id}/completed"),
        )
        .json(&json!({"completed": true})),
    )
    .await;
    assert_eq!(done["task"]["completed"], true);
    assert_schema("contacts", "TaskByIsSuccessfulResponseDto", &done);
    let (_, put) = json_of(
        ghl(&sb, Method::PUT, &format!("/contacts/{id}/tasks/{task_id}"))
            .json(&json!({"title": "Call again"})),
    )
    .await;
    assert_schema("contacts", "TaskByIsSuccessfulResponseDto", &put);
    let (_, search) = json_of(
        ghl(&sb, Method::POST, &format!("/locations/{loc}/tasks/search"))
            .json(&json!({"contactId": [id]})),
    )
    .await;
    assert_eq!(search["tasks"].as_array().map(Vec::len), Some(1));
    assert_schema(
        "locations",
        "LocationTaskListSuccessfulResponseDto",
        &search,
    );
    let (_, deleted) = json_of(ghl(
        &sb,
        Method::DELETE,
        &format!("/contacts/{id}/tasks/{task_id}"),
    ))
    .await;
    assert_schema("contacts", "DeleteTaskSuccessfulResponseDto", &deleted);

    // Notes
    let (s, note) = json_of(
        ghl(&sb, Method::POST, &format!("/contacts/{id}/notes")).json(&json!({"body": "hello"})),
    )
    .await;
    assert_eq!(s, 201);
    assert_schema(
        "contacts",
        "GetCreateUpdateNoteSuccessfulResponseDto",
        &note,
    );
    let note_id = note["note"]["id"].as_str().expect("note id").to_owned();
    let (_, notes) = json_of(ghl(&sb, Method::GET, &format!("/contacts/{id}/notes"))).await;
    assert_schema("contacts", "GetNotesListSuccessfulResponseDto", &notes);
    let (_, n) = json_of(
        ghl(&sb, Method::PUT, &format!("/contacts/{id}/notes/{note_id}"))
            .json(&json!({"body": "bye"})),
    )
    .await;
    assert_schema("contacts", "GetCreateUpdateNoteSuccessfulResponseDto", &n);
    let (_, n) = json_of(ghl(
        &sb,
        Method::GET,
        &format!("/contacts/{id}/notes/{note_id}"),
    ))
    .await;
    assert_schema("contacts", "GetCreateUpdateNoteSuccessfulResponseDto", &n);
    let (_, n) = json_of(ghl(
        &sb,
        Method::DELETE,
        &format!("/contacts/{id}/notes/{note_id}"),
    ))
    .await;
    assert_schema("contacts", "DeleteNoteSuccessfulResponseDto", &n);

    // Appointments (booked through the control API)
    let (_, state) = json_of(control(&sb, Method::GET, "/state")).await;
    let calendar = state["ghl"]["calendars"][0]["id"]
        .as_str()
        .expect("calendar")
        .to_owned();
    let (s, booked) = json_of(control(&sb, Method::POST, "/ghl/appointments").json(&json!({
        "calendarId": calendar, "contactId": id, "startTime": "2025-06-20T15:00:00Z", "title": "Demo"
    })))
    .await;
    assert_eq!(s, 201, "{booked}");
    let (_, events) = json_of(ghl(
        &sb,
        Method::GET,
        &format!("/contacts/{id}/appointments"),
    ))
    .await;
    assert_eq!(events["events"].as_array().map(Vec::len), Some(1));
    assert_schema("contacts", "GetEventsSuccessfulResponseDto", &events);
    let start = common::fixed_start().timestamp_millis();
    let (s, cal) = json_of(ghl(
        &sb,
        Method::GET,
        &format!(
            "/calendars/events?locationId={loc}&calendarId={calendar}&startTime={start}&endTime={}",
            start + 30 * 86_400_000
        ),
    ))
    .await;
    assert_eq!(s, 200, "{cal}");
    assert!(!cal["events"].as_array().expect("events").is_empty());
    assert_schema("calendars", "GetCalendarEventsSuccessfulResponseDTO", &cal);
    let event_id = booked["event"]["id"].as_str().expect("event id");
    let (_, one) = json_of(ghl(
        &sb,
        Method::GET,
        &format!("/calendars/events/appointments/{event_id}"),
    ))
    .await;
    assert_schema("calendars", "GetCalendarEventSuccessfulResponseDTO", &one);

    let (s, gone) = json_of(ghl(&sb, Method::DELETE, &format!("/contacts/{id}"))).await;
    assert_eq!(s, 200);
    assert_schema("contacts", "DeleteContactsSuccessfulResponseDto", &gone);
}

#[tokio::test]
async fn opportunity_answers_match_the_opportunities_spec() {
    let sb = start(config()).await;
    let loc = sb.location_id().to_owned();
    let (_, pipelines) = json_of(ghl(
        &sb,
        Method::GET,
        &format!("/opportunities/pipelines?locationId={loc}"),
    ))
    .await;
    assert_schema(
        "opportunities",
        "GetPipelinesSuccessfulResponseDto",
        &pipelines,
    );
    let pipeline = &pipelines["pipelines"][0];
    let stage = pipeline["stages"][1]["id"]
        .as_str()
        .expect("stage")
        .to_owned();
    let pipeline_id = pipeline["id"].as_str().expect("pipeline").to_owned();

    let (_, page) = json_of(ghl(
        &sb,
        Method::GET,
        &format!("/opportunities/search?location_id={loc}&limit=10"),
    ))
    .await;
    assert_eq!(page["opportunities"].as_array().map(Vec::len), Some(10));
    assert_schema("opportunities", "SearchSuccessfulResponseDto", &page);

    let (_, contact) = json_of(
        ghl(&sb, Method::POST, "/contacts/").json(&json!({"locationId": loc, "name": "Opp Owner"})),
    )
    .await;
    let contact_id = contact["contact"]["id"]
        .as_str()
        .expect("contact")
        .to_owned();
    let (s, created) = json_of(ghl(&sb, Method::POST, "/opportunities/").json(&json!({
        "pipelineId": pipeline_id, "locationId": loc, "name": "Deal", "status": "open",
        "contactId": contact_id, "monetaryValue": 1200, "pipelineStageId": stage
    })))
    .await;
    assert_eq!(s, 201, "{created}");
    assert_schema(
        "opportunities",
        "GetPostOpportunitySuccessfulResponseDto",
        &created,
    );
    let id = created["opportunity"]["id"]
        .as_str()
        .expect("id")
        .to_owned();

    let (_, got) = json_of(ghl(&sb, Method::GET, &format!("/opportunities/{id}"))).await;
    assert_schema(
        "opportunities",
        "GetPostOpportunitySuccessfulResponseDto",
        &got,
    );
    let (_, put) = json_of(
        ghl(&sb, Method::PUT, &format!("/opportunities/{id}"))
            .json(&json!({"monetaryValue": 1500})),
    )
    .await;
    assert_eq!(put["opportunity"]["monetaryValue"].as_f64(), Some(1500.0));
    assert_schema(
        "opportunities",
        "GetPostOpportunitySuccessfulResponseDto",
        &put,
    );
    let (_, status) = json_of(
        ghl(&sb, Method::PUT, &format!("/opportunities/{id}/status"))
            .json(&json!({"status": "won"})),
    )
    .await;
    assert_schema(
        "opportunities",
        "DeleteUpdateOpportunitySuccessfulResponseDto",
        &status,
    );
    let (_, upserted) = json_of(
        ghl(&sb, Method::POST, "/opportunities/upsert").json(&json!({
            "pipelineId": pipeline_id, "locationId": loc, "contactId": contact_id, "name": "Deal v2"
        })),
    )
    .await;
    assert_eq!(upserted["new"], false);
    assert_schema(
        "opportunities",
        "UpsertOpportunitySuccessfulResponseDto",
        &upserted,
    );
    let (_, deleted) = json_of(ghl(&sb, Method::DELETE, &format!("/opportunities/{id}"))).await;
    assert_schema(
        "opportunities",
        "DeleteUpdateOpportunitySuccessfulResponseDto",
        &deleted,
    );
}

#[tokio::test]
async fn location_user_and_error_answers_match_their_specs() {
    let sb = start(config()).await;
    let loc = sb.location_id().to_owned();
    let (_, location) = json_of(ghl(&sb, Method::GET, &format!("/locations/{loc}"))).await;
    assert_schema(
        "locations",
        "GetLocationByIdSuccessfulResponseDto",
        &location,
    );
    let (_, fields) = json_of(ghl(
        &sb,
        Method::GET,
        &format!("/locations/{loc}/customFields?model=all"),
    ))
    .await;
    assert_schema(
        "locations",
        "CustomFieldsListSuccessfulResponseDto",
        &fields,
    );
    let field_id = fields["customFields"][0]["id"]
        .as_str()
        .expect("field")
        .to_owned();
    let (_, field) = json_of(ghl(
        &sb,
        Method::GET,
        &format!("/locations/{loc}/customFields/{field_id}"),
    ))
    .await;
    assert_schema("locations", "CustomFieldSuccessfulResponseDto", &field);
    let (_, contact_fields) = json_of(ghl(
        &sb,
        Method::GET,
        &format!("/locations/{loc}/customFields?model=opportunity"),
    ))
    .await;
    assert!(
        contact_fields["customFields"]
            .as_array()
            .expect("list")
            .iter()
            .all(|f| f["model"] == "opportunity")
    );

    let (_, users) = json_of(ghl(
        &sb,
        Method::GET,
        &format!(
            "/users/search?companyId={}&locationId={loc}",
            sb.company_id()
        ),
    ))
    .await;
    assert_schema("users", "SearchUserSuccessfulResponseDto", &users);
    let user_id = users["users"][0]["id"].as_str().expect("user").to_owned();
    let (_, user) = json_of(ghl(&sb, Method::GET, &format!("/users/{user_id}"))).await;
    assert_schema("users", "UserSuccessfulResponseDto", &user);

    // The deprecated `GET /users/?locationId=` the Node SDK's `getUserByLocation` calls.
    for path in ["/users/", "/users"] {
        let (s, by_location) =
            json_of(ghl(&sb, Method::GET, &format!("{path}?locationId={loc}"))).await;
        assert_eq!(s, 200, "{path}: {by_location}");
        assert_schema("users", "LocationSuccessfulResponseDto", &by_location);
        assert_eq!(
            by_location["users"].as_array().map(Vec::len),
            users["users"].as_array().map(Vec::len),
            "{path}: the location's users"
        );
    }
    let (s, e) = json_of(ghl(&sb, Method::GET, "/users/")).await;
    assert_eq!(s, 422, "no locationId: {e}");
    let (s, _) = json_of(ghl(&sb, Method::GET, "/users/?locationId=elsewhere")).await;
    assert_eq!(s, 403, "another location");

    let (s, e) = json_of(
        common::client()
            .get(format!("{}/contacts/x", sb.ghl_base_url()))
            .bearer_auth("nope")
            .header("Version", "2021-07-28"),
    )
    .await;
    assert_eq!(s, 401);
    assert_common("UnauthorizedDTO", &e);
    let (s, e) = json_of(
        common::client()
            .get(format!("{}/contacts/x", sb.ghl_base_url()))
            .bearer_auth(sb.ghl_api_key()),
    )
    .await;
    assert_eq!(s, 400);
    assert_common("BadRequestDTO", &e);
    let (s, e) = json_of(
        ghl(&sb, Method::POST, "/contacts/")
            .json(&json!({"locationId": loc, "email": "not-an-email"})),
    )
    .await;
    assert_eq!(s, 422);
    assert!(e["message"].is_array(), "422 message is an array: {e}");
    assert_common("UnprocessableDTO", &e);
    let (s, e) = json_of(
        ghl(&sb, Method::POST, "/contacts/search")
            .body("{not json")
            .header("content-type", "application/json"),
    )
    .await;
    assert_eq!(s, 400);
    assert_common("BadRequestDTO", &e);
    let (s, e) = json_of(ghl(&sb, Method::GET, "/contacts/doesNotExist")).await;
    assert_eq!(s, 404);
    assert_eq!(e["statusCode"], 404);
    assert!(e["message"].is_string());
    let _: Value = e;
}
