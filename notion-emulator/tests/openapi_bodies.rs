//! Request bodies shaped as /work/shared/specs/notion/notion-openapi-2025-09-03.json describes
//! them are accepted, and every emulated path of that description is routed.

mod common;

use common::*;
use serde_json::{Value, json};

#[tokio::test]
async fn spec_shaped_bodies_are_accepted() {
    let h = Harness::start().await;
    let (db, ds) = h.crm().await;

    // post-page: parentRequest as pageIdParentRequest / dataSourceIdParentRequest (no `type`),
    // paragraph children, emoji icon, external cover.
    let r = h
        .post(
            "/v1/pages",
            json!({
                "parent": {"database_id": db},
                "properties": {"Name": {"title": [{"text": {"content": "Spec page"}}]}},
                "children": [{"type": "paragraph", "paragraph": {"rich_text": [{"type": "text", "text": {"content": "hi"}}]}}],
                "icon": {"emoji": "🚀"},
                "cover": {"type": "external", "external": {"url": "https://example.com/c.png"}},
            }),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["icon"]["emoji"], "🚀");
    let page_id = r.body["id"].as_str().unwrap().to_owned();

    // patch-page: properties, in_trash and archived (2025-09-03), icon, cover.
    let r = h
        .patch(&format!("/v1/pages/{page_id}"), json!({"properties": {"Value": {"number": 3}}, "icon": {"emoji": "✅"}, "cover": {"type": "external", "external": {"url": "https://example.com/d.png"}}}))
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let r = h
        .patch(
            &format!("/v1/pages/{page_id}"),
            json!({"in_trash": false, "archived": false}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);

    // query-data-source: filter, sortObject, page_size, archived / in_trash.
    let r = h
        .post(
            &format!("/v1/data_sources/{ds}/query"),
            json!({"filter": {"property": "Value", "number": {"equals": 3}}, "sorts": [{"property": "Name", "direction": "ascending"}], "page_size": 100, "archived": false, "in_trash": false}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["results"].as_array().unwrap().len(), 1);

    // update-a-data-source: title and description as richTextRequest arrays, properties.
    let r = h
        .patch(&format!("/v1/data_sources/{ds}"), json!({"title": [{"type": "text", "text": {"content": "T", "link": null}}], "description": [{"text": {"content": "D"}}], "properties": {"Extra": {"checkbox": {}}}}))
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["description"][0]["plain_text"], "D");

    // create-a-data-source: parent as pageIdParentRequest, title array.
    let r = h
        .post("/v1/data_sources", json!({"parent": {"page_id": h.emu.parent_page_id()}, "properties": {"Name": {"title": {}}}, "title": [{"text": {"content": "New"}}]}))
        .await;
    assert_eq!(r.status, 200, "{}", r.body);

    // post-search: query, sort, filter, page_size.
    let r = h
        .post("/v1/search", json!({"query": "Spec", "sort": {"direction": "descending", "timestamp": "last_edited_time"}, "filter": {"value": "page", "property": "object"}, "page_size": 100}))
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["results"].as_array().unwrap().len(), 1);

    // get-self example shape.
    let me = h.get("/v1/users/me").await.body;
    for key in ["object", "id", "name", "avatar_url", "type", "bot"] {
        assert!(me.get(key).is_some(), "{key}");
    }
}

#[tokio::test]
async fn every_emulated_spec_path_is_routed() {
    let spec_path = std::env::var("NOTION_OPENAPI_SPEC").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../shared/specs/notion/notion-openapi-2025-09-03.json"
        )
        .to_owned()
    });
    let Ok(text) = std::fs::read_to_string(&spec_path) else {
        eprintln!("spec not found at {spec_path}; skipping");
        return;
    };
    let spec: Value = serde_json::from_str(&text).unwrap();
    let h = Harness::start().await;
    let emulated = [
        "/v1/users/{user_id}",
        "/v1/users",
        "/v1/users/me",
        "/v1/search",
        "/v1/pages/{page_id}",
        "/v1/pages",
        "/v1/data_sources/{data_source_id}/query",
        "/v1/data_sources/{data_source_id}",
        "/v1/data_sources",
        "/v1/databases/{database_id}",
        "/v1/blocks/{block_id}/children",
    ];
    let id = "33333333-3333-4333-8333-333333333333";
    for (path, ops) in spec["paths"].as_object().unwrap() {
        if !emulated.contains(&path.as_str()) {
            continue;
        }
        let concrete: String = path
            .split('/')
            .map(|s| if s.starts_with('{') { id } else { s })
            .collect::<Vec<_>>()
            .join("/");
        for method in ops.as_object().unwrap().keys() {
            let body = (method != "get").then(|| json!({}));
            let r = h.send(&method.to_uppercase(), &concrete, V2025, body).await;
            assert_ne!(r.body["code"], "invalid_request_url", "{method} {path}");
        }
    }
}
