//! The request pipeline against wiremock: headers, throttling, Retry-After, which failures are
//! retried, and typed errors.

mod common;

use std::time::Duration;

use notion_activity::runtime::ManualClock;
use notion_activity::{DataSourceId, ErrorCode, NotionClient, NotionVersion, PageId};
use serde_json::{Map, json};
use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn page_json(id: &str) -> serde_json::Value {
    json!({"object": "page", "id": id, "created_time": "2026-01-01T00:00:00.000Z",
           "last_edited_time": "2026-01-01T00:00:00.000Z", "in_trash": false, "properties": {}})
}

fn error(status: u16, code: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_json(json!({
        "object": "error", "status": status, "code": code, "message": format!("{code} happened"),
        "request_id": "req-body-1"
    }))
}

#[tokio::test]
async fn sends_version_auth_and_typed_answers() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/users/me"))
        .and(header("Notion-Version", "2026-03-11"))
        .and(header("Authorization", "Bearer secret_test_token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "object": "user", "id": "u1", "type": "bot", "name": "Sync bot", "bot": {}, "avatar_url": null
        })))
        .expect(1)
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = common::mock_client(&server.uri(), &clock);
    let me = client.me().await.unwrap();
    assert_eq!(me.name.as_deref(), Some("Sync bot"));
    assert!(
        me.extra.contains_key("avatar_url"),
        "unknown fields are kept"
    );
    assert!(!format!("{client:?}").contains("secret_test_token"));
}

#[tokio::test]
async fn throttles_to_three_per_second() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/pages/p1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page_json("p1")))
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = common::mock_client(&server.uri(), &clock);
    for _ in 0..7 {
        client.retrieve_page(&PageId::from("p1")).await.unwrap();
    }
    // Three go at once, the next three wait for the window, the seventh for the next one.
    assert_eq!(clock.sleeps(), vec![Duration::from_secs(1); 2]);
    assert_eq!(client.metrics().throttle_waits, 2);
}

#[tokio::test]
async fn retry_after_in_seconds_is_obeyed_exactly_even_on_a_create() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/pages"))
        .respond_with(
            error(429, "rate_limited")
                .insert_header("Retry-After", "2")
                .insert_header("x-notion-request-id", "hdr"),
        )
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/pages"))
        .respond_with(error(529, "service_overload").insert_header("Retry-After", "75"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/pages"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page_json("p9")))
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = common::mock_client(&server.uri(), &clock);
    let page = client
        .create_page(&DataSourceId::from("ds1"), Map::new())
        .await
        .unwrap();
    assert_eq!(page.id.as_str(), "p9");
    // 2 s after the 429; 75 s (over a minute) after the 529.
    assert_eq!(
        clock.sleeps(),
        vec![Duration::from_secs(2), Duration::from_secs(75)]
    );
    assert_eq!(client.metrics().throttled, 2);
}

#[tokio::test]
async fn retry_after_as_an_http_date() {
    let server = MockServer::start().await;
    let clock = ManualClock::new();
    let at = httpdate::fmt_http_date(
        notion_activity::runtime::Clock::wall(&clock) + Duration::from_secs(90),
    );
    Mock::given(method("GET"))
        .and(path("/v1/users/me"))
        .respond_with(error(429, "rate_limited").insert_header("Retry-After", at.as_str()))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/users/me"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"object": "user", "id": "u"})),
        )
        .mount(&server)
        .await;
    let client = common::mock_client(&server.uri(), &clock);
    client.me().await.unwrap();
    assert_eq!(clock.sleeps(), vec![Duration::from_secs(90)]);
}

#[tokio::test]
async fn server_errors_retried_only_where_repeating_is_safe() {
    let server = MockServer::start().await;
    // A GET and a query POST are retried after 500 / 503.
    Mock::given(method("GET"))
        .and(path("/v1/pages/p1"))
        .respond_with(error(500, "internal_server_error"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/pages/p1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page_json("p1")))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/data_sources/ds1/query"))
        .respond_with(error(503, "service_unavailable"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/data_sources/ds1/query"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "object": "list", "results": [], "next_cursor": null, "has_more": false
        })))
        .mount(&server)
        .await;
    // A create is not: one request, then the error, flagged as an unknown outcome.
    Mock::given(method("POST"))
        .and(path("/v1/pages"))
        .respond_with(error(500, "internal_server_error"))
        .expect(1)
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = common::mock_client(&server.uri(), &clock);
    client.retrieve_page(&PageId::from("p1")).await.unwrap();
    client
        .query_data_source(&DataSourceId::from("ds1"), &Default::default())
        .await
        .unwrap();
    let err = client
        .create_page(&DataSourceId::from("ds1"), Map::new())
        .await
        .unwrap_err();
    assert!(err.outcome_unknown());
    assert_eq!(err.code(), Some(&ErrorCode::InternalServerError));
    assert_eq!(client.metrics().retries, 2);
}

#[tokio::test]
async fn errors_keep_notion_fields_and_edge_html_is_handled() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/pages/missing"))
        .respond_with(
            ResponseTemplate::new(404)
                .set_body_json(
                    json!({"object": "error", "status": 404, "code": "object_not_found",
                    "message": "Could not find page", "additional_data": {"hint": "share it"}}),
                )
                .insert_header("x-notion-request-id", "hdr-7"),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/pages/blocked"))
        .respond_with(
            ResponseTemplate::new(403)
                .set_body_string("<html><body>blocked by a network security rule</body></html>")
                .insert_header("content-type", "text/html")
                .insert_header("cf-ray", "abc-IAD"),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/pages/new-code"))
        .respond_with(error(400, "some_future_code"))
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = common::mock_client(&server.uri(), &clock);

    let err = client
        .retrieve_page(&PageId::from("missing"))
        .await
        .unwrap_err();
    assert!(err.is_not_found());
    let api = err.api().unwrap();
    assert_eq!(api.request_id.as_deref(), Some("hdr-7"));
    assert_eq!(api.message, "Could not find page");
    assert_eq!(api.additional_data, Some(json!({"hint": "share it"})));

    let err = client
        .retrieve_page(&PageId::from("blocked"))
        .await
        .unwrap_err();
    let api = err.api().unwrap();
    assert!(api.from_edge);
    assert_eq!(api.code, ErrorCode::RestrictedResource);
    assert_eq!(api.cf_ray.as_deref(), Some("abc-IAD"));
    assert!(api.message.contains("network security rule"));

    let err = client
        .retrieve_page(&PageId::from("new-code"))
        .await
        .unwrap_err();
    assert_eq!(
        err.code(),
        Some(&ErrorCode::Unknown("some_future_code".into()))
    );
    assert!(!err.to_string().contains("secret_test_token"));
}

#[tokio::test]
async fn trash_flag_follows_the_version() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .and(path("/v1/pages/p1"))
        .and(header("Notion-Version", "2026-03-11"))
        .and(body_json(json!({"in_trash": true})))
        .respond_with(ResponseTemplate::new(200).set_body_json(page_json("p1")))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .and(path("/v1/pages/p1"))
        .and(header("Notion-Version", "2025-09-03"))
        .and(body_json(json!({"in_trash": true, "archived": true})))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "object": "page", "id": "p1", "archived": true, "properties": {}
        })))
        .expect(1)
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = common::mock_client(&server.uri(), &clock);
    client.trash_page(&PageId::from("p1")).await.unwrap();
    let old = NotionClient::builder()
        .base_url(server.uri())
        .token("secret_test_token")
        .version(NotionVersion::V2025_09_03)
        .clock(clock.shared())
        .build()
        .unwrap();
    let page = old.trash_page(&PageId::from("p1")).await.unwrap();
    assert!(page.in_trash(), "archived is read as in_trash");
}

#[tokio::test]
async fn conflict_error_is_retried_by_the_pipeline() {
    use notion_activity::activity::{ActivityLog, ActivityLogOptions, activity_schema};
    let server = MockServer::start().await;
    // The stored schema lacks "Actor"; the full one is what the update returns.
    let full = activity_schema(&ActivityLogOptions::default());
    let render = |skip: Option<&str>| {
        let mut props = serde_json::Map::new();
        for (name, p) in &full.properties {
            if Some(name.as_str()) == skip {
                continue;
            }
            let mut obj = p.to_json();
            let kind = p.kind().as_str().to_owned();
            obj["id"] = json!(name);
            obj["name"] = json!(name);
            obj["type"] = json!(kind);
            props.insert(name.clone(), obj);
        }
        json!({"object": "data_source", "id": "ds1", "title": [], "properties": props})
    };
    // One read: the update that collided is sent again as is (it only adds).
    Mock::given(method("GET"))
        .and(path("/v1/data_sources/ds1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(render(Some("Actor"))))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .and(path("/v1/data_sources/ds1"))
        .respond_with(error(409, "conflict_error"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .and(path("/v1/data_sources/ds1"))
        .and(body_json(
            json!({"properties": {"Actor": {"rich_text": {}}}}),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(render(None)))
        .expect(1)
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = common::mock_client(&server.uri(), &clock);
    ActivityLog::open(
        client.clone(),
        DataSourceId::from("ds1"),
        ActivityLogOptions::default(),
    )
    .await
    .unwrap();
    assert_eq!(client.metrics().retries, 1);
}

#[tokio::test]
async fn a_conflict_on_a_create_was_not_applied_and_is_retried() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/pages"))
        .respond_with(error(409, "conflict_error"))
        .up_to_n_times(2)
        .expect(2)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/pages"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page_json("p1")))
        .expect(1)
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = common::mock_client(&server.uri(), &clock);
    let page = client
        .create_page(&DataSourceId::from("ds1"), Map::new())
        .await
        .unwrap();
    assert_eq!(page.id.as_str(), "p1");
    assert_eq!(client.metrics().retries, 2);
}

#[tokio::test]
async fn conflicts_that_never_resolve_stop_at_max_attempts() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .and(path("/v1/pages/p1"))
        .respond_with(error(409, "conflict_error"))
        .expect(6)
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = common::mock_client(&server.uri(), &clock);
    let err = client
        .update_page(&PageId::from("p1"), Map::new())
        .await
        .unwrap_err();
    assert!(err.is_conflict());
    assert!(!err.outcome_unknown(), "a conflict was not applied");
}
