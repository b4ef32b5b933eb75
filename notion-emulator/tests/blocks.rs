//! Page content: `PATCH /v1/blocks/{id}/children` appends blocks to a page or a block, and
//! `GET /v1/blocks/{id}/children` lists them with Notion's cursor pagination.

mod common;

use common::*;
use serde_json::{Value, json};

fn paragraph(text: &str) -> Value {
    json!({"object": "block", "type": "paragraph", "paragraph": {"rich_text": [{"type": "text", "text": {"content": text}}]}})
}

fn texts(list: &Value) -> Vec<String> {
    list["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            let kind = b["type"].as_str().unwrap();
            b[kind]["rich_text"][0]["plain_text"]
                .as_str()
                .unwrap_or_default()
                .to_owned()
        })
        .collect()
}

/// A fresh sub-page of the workspace's page.
async fn page(h: &Harness) -> String {
    let r = h
        .post(
            "/v1/pages",
            json!({"parent": {"page_id": h.emu.parent_page_id()}, "properties": {"title": title("Notes")}}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    r.body["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn appended_blocks_list_back_in_order_with_the_standard_fields() {
    let h = Harness::start().await;
    let page_id = page(&h).await;
    let r = h
        .patch(
            &format!("/v1/blocks/{page_id}/children"),
            json!({"children": [
                {"type": "heading_1", "heading_1": {"rich_text": [{"text": {"content": "Title"}}]}},
                paragraph("body"),
                {"type": "to_do", "to_do": {"rich_text": [{"text": {"content": "call"}}], "checked": true}},
                {"type": "bulleted_list_item", "bulleted_list_item": {"rich_text": [{"text": {"content": "point"}}],
                    "children": [paragraph("nested")]}},
                {"type": "code", "code": {"rich_text": [{"text": {"content": "fn main() {}"}}], "language": "rust"}},
                {"type": "divider", "divider": {}},
                {"type": "quote", "quote": {"rich_text": [{"text": {"content": "said"}}]}},
                {"type": "callout", "callout": {"rich_text": [{"text": {"content": "note"}}], "icon": {"emoji": "💡"}}},
                {"type": "numbered_list_item", "numbered_list_item": {"rich_text": [{"text": {"content": "one"}}]}},
            ]}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["object"], "list");
    assert_eq!(r.body["type"], "block");
    assert_eq!(r.body["has_more"], false);
    let appended = r.body["results"].as_array().unwrap().clone();
    assert_eq!(appended.len(), 9, "first-level blocks only");

    let listed = h.get(&format!("/v1/blocks/{page_id}/children")).await;
    assert_eq!(listed.status, 200, "{}", listed.body);
    assert_eq!(listed.body["results"], Value::Array(appended.clone()));
    assert_eq!(
        texts(&listed.body),
        [
            "Title",
            "body",
            "call",
            "point",
            "fn main() {}",
            "",
            "said",
            "note",
            "one"
        ]
    );
    assert_eq!(listed.body["next_cursor"], Value::Null);
    assert_eq!(listed.body["block"], json!({}));

    let first = &appended[0];
    assert_eq!(first["object"], "block");
    assert_eq!(
        first["parent"],
        json!({"type": "page_id", "page_id": page_id})
    );
    assert_eq!(first["heading_1"]["is_toggleable"], false);
    assert_eq!(first["heading_1"]["color"], "default");
    for key in [
        "created_time",
        "last_edited_time",
        "created_by",
        "last_edited_by",
    ] {
        assert!(
            first.get(key).is_some_and(|v| !v.is_null()),
            "{key}: {first}"
        );
    }
    assert_eq!(
        (first["archived"].clone(), first["in_trash"].clone()),
        (json!(false), json!(false))
    );
    assert_eq!(appended[2]["to_do"]["checked"], true);
    assert_eq!(appended[3]["has_children"], true);
    assert_eq!(appended[4]["code"]["language"], "rust");
    assert_eq!(appended[5]["divider"], json!({}));

    // The nested block lists under its parent block, whose id works as a parent too.
    let item = appended[3]["id"].as_str().unwrap();
    let nested = h.get(&format!("/v1/blocks/{item}/children")).await;
    assert_eq!(texts(&nested.body), ["nested"]);
    assert_eq!(
        nested.body["results"][0]["parent"],
        json!({"type": "block_id", "block_id": item})
    );
    let r = h
        .patch(
            &format!("/v1/blocks/{item}/children"),
            json!({"children": [paragraph("more")]}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let nested = h.get(&format!("/v1/blocks/{item}/children")).await;
    assert_eq!(texts(&nested.body), ["nested", "more"]);

    // 2026-03-11 answers without `archived`.
    let r = h
        .send(
            "GET",
            &format!("/v1/blocks/{page_id}/children"),
            V2026,
            None,
        )
        .await;
    assert!(r.body["results"][0].get("archived").is_none(), "{}", r.body);
}

#[tokio::test]
async fn page_size_two_pages_through_five_children() {
    let h = Harness::start().await;
    let page_id = page(&h).await;
    let five: Vec<Value> = (1..=5).map(|i| paragraph(&format!("p{i}"))).collect();
    let r = h
        .patch(
            &format!("/v1/blocks/{page_id}/children"),
            json!({"children": five}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);

    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    let mut pages = 0;
    loop {
        let query = cursor
            .as_deref()
            .map_or(String::new(), |c| format!("&start_cursor={c}"));
        let r = h
            .get(&format!("/v1/blocks/{page_id}/children?page_size=2{query}"))
            .await;
        assert_eq!(r.status, 200, "{}", r.body);
        pages += 1;
        assert!(r.body["results"].as_array().unwrap().len() <= 2);
        seen.extend(texts(&r.body));
        assert_eq!(r.body["has_more"], !r.body["next_cursor"].is_null());
        match r.body["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
    }
    assert_eq!(pages, 3);
    assert_eq!(seen, ["p1", "p2", "p3", "p4", "p5"]);

    let r = h
        .get(&format!("/v1/blocks/{page_id}/children?page_size=101"))
        .await;
    assert_error(&r, 400, "validation_error");
}

#[tokio::test]
async fn positions_insert_at_the_start_or_after_a_block() {
    let h = Harness::start().await;
    let page_id = page(&h).await;
    let path = format!("/v1/blocks/{page_id}/children");
    let r = h
        .patch(&path, json!({"children": [paragraph("a"), paragraph("c")]}))
        .await;
    let a = r.body["results"][0]["id"].as_str().unwrap().to_owned();
    let r = h
        .patch(&path, json!({"children": [paragraph("b")], "after": a}))
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let r = h
        .send(
            "PATCH",
            &path,
            V2026,
            Some(json!({"children": [paragraph("first")], "position": {"type": "start"}})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(texts(&h.get(&path).await.body), ["first", "a", "b", "c"]);
    let r = h
        .send(
            "PATCH",
            &path,
            V2026,
            Some(json!({"children": [paragraph("x")], "after": a})),
        )
        .await;
    assert_error(&r, 400, "validation_error");
}

#[tokio::test]
async fn children_given_at_page_creation_are_the_page_s_content() {
    let h = Harness::start().await;
    let (_, ds) = h.crm().await;
    let r = h
        .post(
            "/v1/pages",
            json!({"parent": {"data_source_id": ds}, "properties": {"Name": title("Row")},
                   "children": [paragraph("hello")]}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let id = r.body["id"].as_str().unwrap();
    assert_eq!(
        texts(&h.get(&format!("/v1/blocks/{id}/children")).await.body),
        ["hello"]
    );
}

#[tokio::test]
async fn unknown_ids_and_bad_bodies_answer_notion_s_errors() {
    let h = Harness::start().await;
    let page_id = page(&h).await;
    let unknown = "33333333-3333-4333-8333-333333333333";
    let r = h.get(&format!("/v1/blocks/{unknown}/children")).await;
    let message = assert_error(&r, 404, "object_not_found");
    assert!(message.contains(unknown), "{message}");
    let r = h
        .patch(
            &format!("/v1/blocks/{unknown}/children"),
            json!({"children": [paragraph("x")]}),
        )
        .await;
    assert_error(&r, 404, "object_not_found");
    let r = h.get("/v1/blocks/not-a-uuid/children").await;
    assert_error(&r, 400, "validation_error");

    let path = format!("/v1/blocks/{page_id}/children");
    for body in [
        json!({}),
        json!({"children": "text"}),
        json!({"children": [{"type": "paragraph", "paragraph": {"rich_text": "x"}}]}),
        json!({"children": [{"type": "teleporter", "teleporter": {}}]}),
        json!({"children": vec![paragraph("x"); 101]}),
        json!({"children": [paragraph("x")], "after": unknown}),
    ] {
        let r = h.patch(&path, body.clone()).await;
        assert_error(&r, 400, "validation_error");
    }
    assert_eq!(
        h.get(&path).await.body["results"],
        json!([]),
        "nothing was appended"
    );

    let divider = h
        .patch(
            &path,
            json!({"children": [{"type": "divider", "divider": {}}]}),
        )
        .await;
    let divider_id = divider.body["results"][0]["id"].as_str().unwrap();
    let r = h
        .patch(
            &format!("/v1/blocks/{divider_id}/children"),
            json!({"children": [paragraph("x")]}),
        )
        .await;
    assert_error(&r, 400, "validation_error");

    let trashed = h
        .patch(&format!("/v1/pages/{page_id}"), json!({"in_trash": true}))
        .await;
    assert_eq!(trashed.status, 200);
    let r = h.patch(&path, json!({"children": [paragraph("x")]})).await;
    assert_error(&r, 400, "validation_error");
}
