//! What the sandbox does not emulate answers 501 "not emulated", distinct from every answer the
//! real APIs give: GHL's `{statusCode, message, error: "NotEmulated"}` for any method or path
//! the route table does not name (before the token and `Version` checks), Notion's
//! `{object: "error", status, code: "not_emulated", message}` for unrouted `/v1/` paths, both
//! with `x-sandbox-not-emulated: 1`. The control API keeps its own 404.

mod common;

use common::{client, config, control, ghl, json_of, start};
use reqwest::Method;
use serde_json::{Value, json};

async fn not_emulated(rb: reqwest::RequestBuilder) -> Value {
    let resp = rb.send().await.expect("sent");
    assert_eq!(resp.status().as_u16(), 501);
    assert_eq!(resp.headers()["x-sandbox-not-emulated"], "1");
    resp.json().await.expect("json body")
}

#[tokio::test]
async fn unrouted_ghl_requests_are_not_emulated() {
    let sb = start(config()).await;
    let body = not_emulated(client().get(format!("{}/foo/bar", sb.ghl_base_url()))).await;
    assert_eq!(
        body,
        json!({
            "statusCode": 501,
            "message": "Not emulated in the sandbox: GET /foo/bar (see docs/sandbox.md)",
            "error": "NotEmulated",
        }),
        "no token or Version needed to learn it"
    );
    let body = not_emulated(ghl(&sb, Method::POST, "/conversations/search")).await;
    assert_eq!(
        body["message"],
        "Not emulated in the sandbox: POST /conversations/search (see docs/sandbox.md)"
    );
    // A method the route table lacks on a path it has, gated or open.
    let body = not_emulated(ghl(&sb, Method::PATCH, "/contacts/abc")).await;
    assert_eq!(
        body["message"],
        "Not emulated in the sandbox: PATCH /contacts/abc (see docs/sandbox.md)"
    );
    let body = not_emulated(client().get(format!("{}/oauth/token", sb.ghl_base_url()))).await;
    assert_eq!(body["error"], "NotEmulated");

    // Emulated routes still answer.
    let (status, _) = json_of(ghl(
        &sb,
        Method::GET,
        &format!("/contacts/?locationId={}", sb.location_id()),
    ))
    .await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn unrouted_notion_paths_are_not_emulated() {
    let sb = start(config()).await;
    let notion = |method: Method, path: &str| {
        client()
            .request(method, format!("{}{path}", sb.notion_base_url()))
            .bearer_auth(sb.notion_token())
            .header("Notion-Version", "2025-09-03")
    };
    let body = not_emulated(notion(Method::GET, "/v1/comments?block_id=x")).await;
    assert_eq!(body["object"], "error");
    assert_eq!(body["status"], 501);
    assert_eq!(body["code"], "not_emulated");
    assert_eq!(
        body["message"],
        "Not emulated in the sandbox: GET /v1/comments (see docs/sandbox.md)"
    );
    assert!(body["request_id"].is_string());

    // A method Notion lacks on a path it has keeps Notion's own answer.
    let resp = notion(Method::DELETE, "/v1/search")
        .send()
        .await
        .expect("sent");
    assert_eq!(resp.status().as_u16(), 400);
    assert!(resp.headers().get("x-sandbox-not-emulated").is_none());
    let body: Value = resp.json().await.expect("json");
    assert_eq!(body["code"], "invalid_request_url");

    let (status, me) = json_of(notion(Method::GET, "/v1/users/me")).await;
    assert_eq!(status, 200, "{me}");
}

#[tokio::test]
async fn the_control_api_keeps_its_404() {
    let sb = start(config()).await;
    let resp = control(&sb, Method::GET, "/nope")
        .send()
        .await
        .expect("sent");
    assert_eq!(resp.status().as_u16(), 404);
    assert!(resp.headers().get("x-sandbox-not-emulated").is_none());
}
