//! Fault plans: scripted sequences, seeded random plans that replay identically, connection
//! resets, broken JSON, lost responses whose write still happened, and Notion-side faults.

mod common;

use common::{config, control, ghl, json_of, start};
use ghl_notion_sandbox::Sandbox;
use reqwest::Method;
use serde_json::{Value, json};

async fn add_plan(sb: &Sandbox, plan: Value) {
    let (s, body) = json_of(control(sb, Method::POST, "/faults").json(&plan)).await;
    assert_eq!(s, 200, "{body}");
}

fn pipelines(sb: &Sandbox) -> reqwest::RequestBuilder {
    ghl(
        sb,
        Method::GET,
        &format!("/opportunities/pipelines?locationId={}", sb.location_id()),
    )
}

async fn status_of(rb: reqwest::RequestBuilder) -> u16 {
    rb.send().await.expect("answered").status().as_u16()
}

#[tokio::test]
async fn scripted_faults_play_in_order_and_respect_scope() {
    let sb = start(config()).await;
    add_plan(&sb, json!({"api": "ghl", "script": ["429", "500", "ok", "503"], "method": "GET", "pathPrefix": "/opportunities"})).await;
    let loc = sb.location_id().to_owned();
    // Outside the scope: untouched, and does not consume a step.
    assert_eq!(
        status_of(ghl(&sb, Method::GET, &format!("/locations/{loc}"))).await,
        200
    );
    let got: Vec<u16> = {
        let mut v = Vec::new();
        for _ in 0..5 {
            v.push(status_of(pipelines(&sb)).await);
        }
        v
    };
    assert_eq!(got, [429, 500, 200, 503, 200]);
    let resp = pipelines(&sb).send().await.expect("answered");
    assert!(
        resp.headers().contains_key("x-ratelimit-remaining"),
        "faults still carry rate-limit headers"
    );

    let (_, stats) = json_of(control(&sb, Method::GET, "/stats")).await;
    assert_eq!(stats["faults"]["ghl:429"], 1);
    assert_eq!(
        stats["requests"]["ghl"]["GET /opportunities/pipelines"]["statuses"]["500"],
        1
    );
    let (s, _) = json_of(control(&sb, Method::DELETE, "/faults")).await;
    assert!(s == 204 || s == 0);
}

async fn random_run(seed: u64) -> Vec<u16> {
    let sb = start(config()).await;
    add_plan(
        &sb,
        json!({"api": "ghl", "probability": 0.4, "faults": ["500", "502", "429"], "seed": seed}),
    )
    .await;
    let mut out = Vec::new();
    for _ in 0..40 {
        out.push(status_of(pipelines(&sb)).await);
    }
    out
}

#[tokio::test]
async fn random_plans_replay_identically_under_a_seed() {
    let a = random_run(5).await;
    assert_eq!(a, random_run(5).await);
    assert_ne!(a, random_run(6).await);
    assert!(a.contains(&200) && a.iter().any(|s| *s != 200));
}

#[tokio::test]
async fn resets_broken_json_and_lost_responses() {
    let sb = start(config()).await;
    let loc = sb.location_id().to_owned();
    add_plan(&sb, json!({"api": "ghl", "script": ["reset", "truncated_json", "malformed_json"], "pathPrefix": "/opportunities/pipelines"})).await;
    assert!(
        pipelines(&sb).send().await.is_err(),
        "reset drops the connection without an answer"
    );
    let truncated = pipelines(&sb).send().await.expect("answered");
    assert_eq!(truncated.status().as_u16(), 200);
    assert!(
        truncated.json::<Value>().await.is_err(),
        "truncated body is not JSON"
    );
    let malformed = pipelines(&sb).send().await.expect("answered");
    assert!(
        malformed.json::<Value>().await.is_err(),
        "malformed body is not JSON"
    );
    assert_eq!(status_of(pipelines(&sb)).await, 200, "script exhausted");

    add_plan(&sb, json!({"api": "ghl", "script": ["lost_response"], "method": "POST", "pathPrefix": "/contacts/"})).await;
    let (s, _) = json_of(
        ghl(&sb, Method::POST, "/contacts/")
            .json(&json!({"locationId": loc, "email": "lost@example.com"})),
    )
    .await;
    assert_eq!(s, 500, "the client sees an error");
    let (_, found) = json_of(ghl(&sb, Method::POST, "/contacts/search").json(&json!({
        "locationId": loc, "pageLimit": 10,
        "filters": [{"field": "email", "operator": "eq", "value": "lost@example.com"}]
    })))
    .await;
    assert_eq!(found["total"], 1, "but the write happened");
}

#[tokio::test]
async fn notion_faults_use_notion_error_bodies() {
    let sb = start(config()).await;
    add_plan(&sb, json!({"api": "notion", "script": ["503"]})).await;
    let (s, body) = json_of(
        common::client()
            .get(format!("{}/v1/users/me", sb.notion_base_url()))
            .bearer_auth(sb.notion_token())
            .header("Notion-Version", "2025-09-03"),
    )
    .await;
    assert_eq!(s, 503);
    assert_eq!(body["object"], "error");
    assert_eq!(body["code"], "service_unavailable");
    let (s, _) = json_of(
        common::client()
            .get(format!("{}/v1/users/me", sb.notion_base_url()))
            .bearer_auth(sb.notion_token())
            .header("Notion-Version", "2025-09-03"),
    )
    .await;
    assert_eq!(s, 200, "the Notion emulator answers behind the fault layer");
    // GHL is unaffected by a Notion plan.
    assert_eq!(status_of(pipelines(&sb)).await, 200);
}
