//! Versions, authentication, rate limiting, users and search.

mod common;

use common::*;
use notion_emulator::NotionConfig;
use serde_json::json;

#[tokio::test]
async fn version_header_rules() {
    let h = Harness::start().await;
    let token = h.emu.token().to_owned();
    let r = h.raw("GET", "/v1/users/me", None, Some(&token), None).await;
    let msg = assert_error(&r, 400, "missing_version");
    assert!(msg.contains("Notion-Version"));
    let r = h
        .raw(
            "GET",
            "/v1/users/me",
            Some("2024-13-45"),
            Some(&token),
            None,
        )
        .await;
    assert_error(&r, 400, "validation_error");
    // Data sources do not exist before 2025-09-03.
    let (_, ds) = h.crm().await;
    let r = h
        .send("GET", &format!("/v1/data_sources/{ds}"), "2022-06-28", None)
        .await;
    assert_error(&r, 400, "invalid_request_url");
    let r = h
        .send(
            "POST",
            &format!("/v1/data_sources/{ds}/query"),
            "2022-06-28",
            Some(json!({})),
        )
        .await;
    assert_error(&r, 400, "invalid_request_url");
    // Every supported version answers.
    for v in ["2022-06-28", V2025, V2026] {
        assert_eq!(
            h.send("GET", "/v1/users/me", v, None).await.status,
            200,
            "{v}"
        );
    }
}

#[tokio::test]
async fn authentication() {
    let h = Harness::start().await;
    let r = h.raw("GET", "/v1/users/me", Some(V2025), None, None).await;
    assert_eq!(
        assert_error(&r, 401, "unauthorized"),
        "API token is invalid."
    );
    let r = h
        .raw(
            "GET",
            "/v1/users/me",
            Some(V2025),
            Some("secret_wrong"),
            None,
        )
        .await;
    assert_error(&r, 401, "unauthorized");
    let r = h.get("/v1/users/me").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body["object"], "user");
    assert_eq!(r.body["type"], "bot");
    assert_eq!(r.body["id"], h.emu.bot_user_id());
    assert_eq!(r.body["bot"]["owner"]["type"], "workspace");
    let users = h.get("/v1/users").await.body;
    assert_eq!(users["results"].as_array().unwrap().len(), 2);
    let person = h
        .get(&format!("/v1/users/{}", h.emu.person_user_id()))
        .await
        .body;
    assert_eq!(person["type"], "person");
}

#[tokio::test]
async fn rate_limit_with_retry_after_in_emulator_time() {
    let h = Harness::with(NotionConfig {
        requests_per_second: 3.0,
        burst: 4,
        ..NotionConfig::default()
    })
    .await;
    for _ in 0..4 {
        assert_eq!(h.get("/v1/users/me").await.status, 200);
    }
    let r = h.get("/v1/users/me").await;
    let msg = assert_error(&r, 429, "rate_limited");
    assert!(!msg.is_empty());
    let retry: u64 = r.headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert_eq!(retry, 1);
    assert_eq!(
        r.body["additional_data"]["rate_limit_reason"],
        "public_api_request_rate_limit"
    );
    // Time does not move, so it stays limited.
    assert_eq!(h.get("/v1/users/me").await.status, 429);
    // Unauthenticated requests are refused before they spend the budget.
    let r = h
        .raw("GET", "/v1/users/me", Some(V2025), Some("wrong"), None)
        .await;
    assert_eq!(r.status, 401);
    // After Retry-After seconds of emulator time, requests pass again.
    h.clock.advance(chrono::Duration::seconds(retry as i64));
    assert_eq!(h.get("/v1/users/me").await.status, 200);
    // A slower configured rate gives a longer Retry-After.
    let h = Harness::with(NotionConfig {
        requests_per_second: 0.2,
        burst: 1,
        ..NotionConfig::default()
    })
    .await;
    assert_eq!(h.get("/v1/users/me").await.status, 200);
    let r = h.get("/v1/users/me").await;
    assert_eq!(r.headers["retry-after"], "5");
}

#[tokio::test]
async fn search_pages_and_data_sources() {
    let h = Harness::start().await;
    let (_, ds) = h.crm().await;
    h.row(&ds, json!({"Name": title("Acme Corp")})).await;
    h.clock.advance(chrono::Duration::minutes(1));
    h.row(&ds, json!({"Name": title("Globex")})).await;

    let all = h.post("/v1/search", json!({})).await.body;
    assert_eq!(all["object"], "list");
    assert_eq!(all["type"], "page_or_data_source");
    // Parent page, data source, two rows; newest edit first.
    assert_eq!(all["results"].as_array().unwrap().len(), 4);
    assert_eq!(
        all["results"][0]["properties"]["Name"]["title"][0]["plain_text"],
        "Globex"
    );

    let r = h.post("/v1/search", json!({"query": "acme"})).await.body;
    assert_eq!(r["results"].as_array().unwrap().len(), 1);
    let r = h
        .post(
            "/v1/search",
            json!({"filter": {"property": "object", "value": "data_source"}}),
        )
        .await
        .body;
    assert_eq!(r["results"][0]["object"], "data_source");
    assert_eq!(r["results"].as_array().unwrap().len(), 1);
    let r = h.post("/v1/search", json!({"filter": {"value": "page", "property": "object"}, "sort": {"direction": "ascending", "timestamp": "last_edited_time"}, "page_size": 2})).await.body;
    assert_eq!(r["has_more"], true);
    let next = r["next_cursor"].as_str().unwrap();
    let r2 = h.post("/v1/search", json!({"filter": {"value": "page", "property": "object"}, "sort": {"direction": "ascending", "timestamp": "last_edited_time"}, "page_size": 2, "start_cursor": next})).await.body;
    assert_eq!(r2["results"].as_array().unwrap().len(), 1);
    assert_eq!(r2["has_more"], false);
    // "database" is not a filter value from 2025-09-03 on.
    let e = h
        .post(
            "/v1/search",
            json!({"filter": {"property": "object", "value": "database"}}),
        )
        .await;
    assert_error(&e, 400, "validation_error");
    let legacy = h
        .send(
            "POST",
            "/v1/search",
            "2022-06-28",
            Some(json!({"filter": {"property": "object", "value": "database"}})),
        )
        .await;
    assert_eq!(legacy.body["results"][0]["object"], "database");
}
