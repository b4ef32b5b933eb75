//! Every validation error, in Notion's error JSON shape.

mod common;

use common::*;
use notion_emulator::NotionConfig;
use serde_json::{Value, json};

async fn create_err(h: &Harness, ds: &str, properties: Value) -> String {
    let r = h
        .post(
            "/v1/pages",
            json!({"parent": {"data_source_id": ds}, "properties": properties}),
        )
        .await;
    assert_error(&r, 400, "validation_error")
}

#[tokio::test]
async fn size_limits_of_property_values() {
    let h = Harness::start().await;
    let (_, ds) = h.crm().await;
    let rel = h
        .patch(&format!("/v1/data_sources/{ds}"), json!({"properties": {"Company": {"relation": {"data_source_id": ds, "single_property": {}}}}}))
        .await;
    assert_eq!(rel.status, 200);

    let msg = create_err(
        &h,
        &ds,
        json!({"Name": {"title": [{"text": {"content": "x".repeat(2001)}}]}}),
    )
    .await;
    assert_eq!(
        msg,
        "body failed validation: body.properties.Name.title[0].text.content.length should be ≤ `2000`, instead was `2001`."
    );
    // Exactly 2000 is fine.
    h.row(
        &ds,
        json!({"Name": {"title": [{"text": {"content": "x".repeat(2000)}}]}}),
    )
    .await;

    let msg = create_err(&h, &ds, json!({"Name": title("a"), "External ID": {"rich_text": [{"text": {"content": "a", "link": {"url": "y".repeat(2001)}}}]}})).await;
    assert!(
        msg.contains("text.link.url.length should be ≤ `2000`"),
        "{msg}"
    );

    let runs: Vec<Value> = (0..101)
        .map(|_| json!({"text": {"content": "a"}}))
        .collect();
    let msg = create_err(&h, &ds, json!({"External ID": {"rich_text": runs}})).await;
    assert!(
        msg.contains(
            "body.properties.External ID.rich_text.length should be ≤ `100`, instead was `101`"
        ),
        "{msg}"
    );

    let tags: Vec<Value> = (0..101).map(|i| json!({"name": format!("t{i}")})).collect();
    let msg = create_err(&h, &ds, json!({"Tags": {"multi_select": tags}})).await;
    assert!(
        msg.contains("multi_select.length should be ≤ `100`"),
        "{msg}"
    );

    let ids: Vec<Value> = (0..101)
        .map(|i| json!({"id": format!("00000000-0000-4000-8000-{i:012}")}))
        .collect();
    let msg = create_err(&h, &ds, json!({"Company": {"relation": ids.clone()}})).await;
    assert!(msg.contains("relation.length should be ≤ `100`"), "{msg}");
    let msg = create_err(&h, &ds, json!({"Owner": {"people": ids}})).await;
    assert!(msg.contains("people.length should be ≤ `100`"), "{msg}");

    let msg = create_err(
        &h,
        &ds,
        json!({"Site": {"url": format!("https://{}", "a".repeat(1993))}}),
    )
    .await;
    assert!(
        msg.contains("body.properties.Site.url.length should be ≤ `2000`, instead was `2001`"),
        "{msg}"
    );
    let msg = create_err(&h, &ds, json!({"Email": {"email": "e".repeat(201)}})).await;
    assert!(msg.contains("email.length should be ≤ `200`"), "{msg}");
    let msg = create_err(&h, &ds, json!({"Phone": {"phone_number": "1".repeat(201)}})).await;
    assert!(
        msg.contains("phone_number.length should be ≤ `200`"),
        "{msg}"
    );
    // Nothing was written by the failed requests.
    assert_eq!(h.emu.pages_in(&ds).len(), 1);
}

#[tokio::test]
async fn schema_mismatches() {
    let h = Harness::start().await;
    let (_, ds) = h.crm().await;
    assert_eq!(
        create_err(&h, &ds, json!({"Nope": text("x")})).await,
        "Nope is not a property that exists."
    );
    assert_eq!(
        create_err(&h, &ds, json!({"Value": text("x")})).await,
        "Value is expected to be number."
    );
    assert_eq!(
        create_err(&h, &ds, json!({"Name": {"select": {"name": "x"}}})).await,
        "Name is expected to be title."
    );
    assert!(
        create_err(&h, &ds, json!({"Value": {"number": "12"}}))
            .await
            .contains("body.properties.Value.number should be a number")
    );
    assert!(
        create_err(&h, &ds, json!({"Done": {"checkbox": "yes"}}))
            .await
            .contains("should be a boolean")
    );
    assert!(
        create_err(&h, &ds, json!({"Due": {"date": {"start": "next tuesday"}}}))
            .await
            .contains("body.properties.Due.date.start")
    );
    assert!(
        create_err(&h, &ds, json!({"Created": {"created_time": "2026-01-01"}}))
            .await
            .contains("read-only")
    );
    assert!(
        create_err(
            &h,
            &ds,
            json!({"Status": {"status": {"name": "Imaginary"}}})
        )
        .await
        .contains("does not exist")
    );
    // Option names may not contain commas, and such a failure adds no option.
    let msg = create_err(&h, &ds, json!({"Stage": {"select": {"name": "Won, Lost"}}})).await;
    assert!(msg.contains("commas not allowed"), "{msg}");
    let msg = create_err(
        &h,
        &ds,
        json!({"Tags": {"multi_select": [{"name": "ok"}, {"name": "a,b"}]}}),
    )
    .await;
    assert!(msg.contains("commas not allowed"), "{msg}");
    let schema = h.get(&format!("/v1/data_sources/{ds}")).await.body;
    assert_eq!(
        schema["properties"]["Tags"]["multi_select"]["options"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // Missing or malformed parent.
    let r = h.post("/v1/pages", json!({"properties": {}})).await;
    assert_error(&r, 400, "validation_error");
    let r = h
        .post(
            "/v1/pages",
            json!({"parent": {"type": "data_source_id", "data_source_id": "nope"}}),
        )
        .await;
    assert_error(&r, 400, "validation_error");
}

#[tokio::test]
async fn malformed_json_unknown_ids_and_urls() {
    let h = Harness::start().await;
    let token = h.emu.token().to_owned();
    let r = h
        .raw(
            "POST",
            "/v1/pages",
            Some(V2025),
            Some(&token),
            Some(b"{\"parent\": ".to_vec()),
        )
        .await;
    assert_eq!(
        assert_error(&r, 400, "invalid_json"),
        "Error parsing JSON body."
    );
    let r = h
        .raw(
            "POST",
            "/v1/search",
            Some(V2025),
            Some(&token),
            Some(b"[1,2]".to_vec()),
        )
        .await;
    assert_error(&r, 400, "validation_error");

    let missing = "22222222-2222-4222-8222-222222222222";
    for path in [
        format!("/v1/pages/{missing}"),
        format!("/v1/data_sources/{missing}"),
        format!("/v1/databases/{missing}"),
        format!("/v1/users/{missing}"),
    ] {
        let r = h.get(&path).await;
        let msg = assert_error(&r, 404, "object_not_found");
        assert!(msg.contains(
            "Make sure the relevant pages and databases are shared with your integration."
        ));
    }
    let r = h
        .patch(&format!("/v1/pages/{missing}"), json!({"in_trash": true}))
        .await;
    assert_error(&r, 404, "object_not_found");
    let r = h
        .post(
            "/v1/pages",
            json!({"parent": {"data_source_id": missing}, "properties": {}}),
        )
        .await;
    assert_error(&r, 404, "object_not_found");

    let r = h.get("/v1/pages/not-a-uuid").await;
    let msg = assert_error(&r, 400, "validation_error");
    assert!(
        msg.starts_with("path failed validation: path.page_id should be a valid uuid"),
        "{msg}"
    );

    let r = h.get("/v1/nothing/here").await;
    assert_eq!(
        assert_error(&r, 400, "invalid_request_url"),
        "Invalid request URL."
    );
    let r = h.send("DELETE", "/v1/pages", V2025, None).await;
    assert_error(&r, 400, "invalid_request_url");
}

#[tokio::test]
async fn payload_size_limit_400_by_default_and_413_when_configured() {
    let config = NotionConfig {
        requests_per_second: 0.0,
        max_payload_bytes: 2_000,
        ..NotionConfig::default()
    };
    let h = Harness::with(config.clone()).await;
    let (_, ds) = h.crm().await;
    let big = json!({"parent": {"data_source_id": ds}, "properties": {"Name": title(&"x".repeat(3_000))}});
    let r = h.post("/v1/pages", big.clone()).await;
    let msg = assert_error(&r, 400, "validation_error");
    assert!(msg.contains("too large"), "{msg}");

    let h = Harness::with(NotionConfig {
        oversize_payload_as_413: true,
        ..config
    })
    .await;
    let (_, ds) = h.crm().await;
    let big = json!({"parent": {"data_source_id": ds}, "properties": {"Name": title(&"x".repeat(3_000))}});
    let r = h.post("/v1/pages", big).await;
    assert_error(&r, 413, "validation_error");
}

#[tokio::test]
async fn query_body_validation() {
    let h = Harness::start().await;
    let (_, ds) = h.crm().await;
    let q = format!("/v1/data_sources/{ds}/query");
    let cases = [
        (
            json!({"page_size": 101}),
            "body.page_size should be ≤ `100`, instead was `101`",
        ),
        (
            json!({"filter": {"property": "Ghost", "rich_text": {"equals": "x"}}}),
            "Could not find property with name or id: Ghost",
        ),
        (
            json!({"filter": {"property": "Stage", "number": {"equals": 1}}}),
            "does not match filter number",
        ),
        (
            json!({"filter": {"property": "Value", "number": {"around": 1}}}),
            "not a supported condition",
        ),
        (
            json!({"sorts": [{"property": "Ghost", "direction": "ascending"}]}),
            "Ghost",
        ),
        (
            json!({"sorts": [{"property": "Value", "direction": "sideways"}]}),
            "direction",
        ),
        (json!({"start_cursor": "bogus"}), "start_cursor"),
    ];
    for (body, needle) in cases {
        let r = h.post(&q, body.clone()).await;
        let msg = assert_error(&r, 400, "validation_error");
        assert!(msg.contains(needle), "{body}: {msg}");
    }
}

#[tokio::test]
async fn odd_bodies_never_crash_the_server() {
    let h = Harness::start().await;
    let (db, ds) = h.crm().await;
    let page = h.row(&ds, json!({"Name": title("x")})).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let odd = [
        json!({"parent": 1, "properties": []}),
        json!({"parent": {"type": "data_source_id", "data_source_id": ds}, "properties": {"Name": {"title": [null, 1, "x"]}}}),
        json!({"parent": {"type": "data_source_id", "data_source_id": ds}, "properties": {"Tags": {"multi_select": [{"id": "nope"}]}}}),
        json!({"properties": {"Due": {"date": {"start": null}}}, "in_trash": "no", "icon": 3}),
        json!({"filter": {"and": [{"or": [{"property": 5}]}]}, "sorts": {"property": "Name"}}),
        json!({"filter": {"property": "Value", "number": {}}, "page_size": -3}),
        json!({"filter": {"timestamp": "created_time", "created_time": {"past_week": 1}}}),
        json!({"title": "nope", "properties": {"Stage": {"select": {"options": "x"}}}}),
        json!({"properties": {"Name": {"title": {}, "name": ""}}, "query": 7, "sort": 1, "start_cursor": 9}),
    ];
    let paths = [
        ("POST", "/v1/pages".to_owned()),
        ("PATCH", format!("/v1/pages/{page}")),
        ("POST", format!("/v1/data_sources/{ds}/query")),
        ("PATCH", format!("/v1/data_sources/{ds}")),
        ("PATCH", format!("/v1/databases/{db}")),
        ("POST", "/v1/databases".to_owned()),
        ("POST", "/v1/data_sources".to_owned()),
        ("POST", "/v1/search".to_owned()),
    ];
    for (method, path) in &paths {
        for body in &odd {
            let r = h.send(method, path, V2026, Some(body.clone())).await;
            assert!(r.status < 500, "{method} {path} {body}: {}", r.body);
            if r.status != 200 {
                assert_eq!(r.body["object"], "error", "{method} {path} {body}");
            }
        }
    }
    // A very deeply nested body is refused as JSON, not a crash.
    let deep = format!("{}{}", "{\"and\":[".repeat(300), "]}".repeat(300));
    let token = h.emu.token().to_owned();
    let r = h
        .raw(
            "POST",
            &format!("/v1/data_sources/{ds}/query"),
            Some(V2025),
            Some(&token),
            Some(format!("{{\"filter\":{deep}}}").into_bytes()),
        )
        .await;
    assert_eq!(r.status, 400);
}
