//! Opportunities and pipelines against wiremock: snake_case search parameters, bodies,
//! the spec's examples, and the `startAfter` / `startAfterId` stream.

#[path = "fixtures/harness.rs"]
mod harness;

use chrono::NaiveDate;
use futures_util::{StreamExt, TryStreamExt};
use ghl_client::models::common::CustomFieldInput;
use ghl_client::models::opportunity::{
    FollowersAction, NewOpportunity, OpportunitySearch, OpportunityStatus, StatusUpdate,
    UpdateOpportunity, UpsertOpportunity,
};
use ghl_client::{Cursor, Error, OpportunityId};
use harness::{LOCATION, client, created, fixture, ok, queries, server};
use serde_json::{Value, json};
use wiremock::Mock;
use wiremock::matchers::{body_json, header, method, path, query_param, query_param_is_missing};

#[tokio::test]
async fn search_uses_the_mixed_case_query_names_and_decodes_the_example() {
    let server = server().await;
    Mock::given(method("GET"))
        .and(path("/opportunities/search"))
        .and(header("Version", "2021-07-28"))
        .and(query_param("location_id", LOCATION))
        .and(query_param_is_missing("locationId"))
        .and(query_param("q", "deal"))
        .and(query_param("pipeline_id", "pipe_1"))
        .and(query_param("pipeline_stage_id", "stage_1"))
        .and(query_param("contact_id", "c1"))
        .and(query_param("status", "open"))
        .and(query_param("assigned_to", "u1"))
        .and(query_param("campaignId", "camp_1"))
        .and(query_param("order", "added_asc"))
        .and(query_param("date", "01-31-2024"))
        .and(query_param("endDate", "02-29-2024"))
        .and(query_param("limit", "1"))
        .and(query_param("getTasks", "true"))
        .and(query_param("getNotes", "false"))
        .and(query_param("getCalendarEvents", "true"))
        .respond_with(ok(fixture("opportunities_search")))
        .expect(1)
        .mount(&server)
        .await;

    let search = OpportunitySearch::new()
        .q("deal")
        .pipeline_id("pipe_1")
        .pipeline_stage_id("stage_1")
        .contact_id("c1")
        .status(OpportunityStatus::Open)
        .assigned_to("u1")
        .campaign_id("camp_1")
        .order("added_asc")
        .date_range(
            NaiveDate::from_ymd_opt(2024, 1, 31).expect("date"),
            NaiveDate::from_ymd_opt(2024, 2, 29).expect("date"),
        )
        .limit(1)
        .get_tasks(true)
        .get_notes(false)
        .get_calendar_events(true);
    let page = client(&server)
        .opportunities()
        .search(search)
        .await
        .expect("search");

    assert_eq!(page.total, Some(1));
    let opp = &page.items[0];
    assert_eq!(opp.id.as_str(), "yWQobCRIhRguQtD2llvk");
    assert_eq!(opp.monetary_value, Some(500.0));
    assert_eq!(opp.status, Some(OpportunityStatus::Open));
    assert_eq!(
        opp.updated_at.map(|t| t.timestamp_millis()),
        Some(1627966517355)
    );
    assert_eq!(
        opp.contact.as_ref().and_then(|c| c.name.as_deref()),
        Some("John Deo")
    );
    assert_eq!(opp.custom_fields[0].id.as_str(), "MgobCB14YMVKuE4Ka8p1");
    assert_eq!(
        page.next,
        Some(Cursor::StartAfter {
            start_after: 1625203104328,
            start_after_id: "yWQobCRIhRguQtD2llvk".into()
        })
    );
}

fn opp_page(ids: &[&str], next: Option<(i64, &str)>) -> Value {
    let opportunities: Vec<Value> = ids
        .iter()
        .map(|id| json!({"id": id, "status": "open", "customFields": [{"id": "cf", "fieldValue": ["a"]}]}))
        .collect();
    let meta = match next {
        Some((after, id)) => json!({"total": 5, "startAfter": after, "startAfterId": id,
                                    "nextPage": 2, "nextPageUrl": "https://example.test/next"}),
        None => json!({"total": 5, "startAfter": 999, "startAfterId": "last",
                       "nextPage": null, "nextPageUrl": null}),
    };
    json!({"opportunities": opportunities, "meta": meta, "aggregations": {}})
}

#[tokio::test]
async fn search_stream_walks_three_pages_by_start_after() {
    let server = server().await;
    Mock::given(method("GET"))
        .and(path("/opportunities/search"))
        .and(query_param("startAfter", "200"))
        .and(query_param("startAfterId", "o4"))
        .respond_with(ok(opp_page(&["o5"], None)))
        .with_priority(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/opportunities/search"))
        .and(query_param("startAfter", "100"))
        .and(query_param("startAfterId", "o2"))
        .respond_with(ok(opp_page(&["o3", "o4"], Some((200, "o4")))))
        .with_priority(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/opportunities/search"))
        .and(query_param("location_id", LOCATION))
        .and(query_param_is_missing("startAfterId"))
        .respond_with(ok(opp_page(&["o1", "o2"], Some((100, "o2")))))
        .with_priority(5)
        .expect(1)
        .mount(&server)
        .await;

    let ids: Vec<String> = client(&server)
        .opportunities()
        .search_stream(OpportunitySearch::new().limit(2).page(1))
        .map_ok(|o| o.id.to_string())
        .try_collect()
        .await
        .expect("stream");
    assert_eq!(ids, ["o1", "o2", "o3", "o4", "o5"]);
    let queries = queries(&server).await;
    assert!(queries[0].contains(&("page".into(), "1".into())));
    assert!(
        !queries[1].iter().any(|(k, _)| k == "page"),
        "the cursor replaces the page number: {:?}",
        queries[1]
    );
    assert!(queries[2].contains(&("location_id".into(), LOCATION.into())));
}

#[tokio::test]
async fn a_repeated_start_after_cursor_ends_the_stream_with_an_error() {
    let server = server().await;
    Mock::given(method("GET"))
        .and(path("/opportunities/search"))
        .respond_with(ok(opp_page(&["o1", "o2"], Some((100, "o2")))))
        .mount(&server)
        .await;
    let results: Vec<_> = client(&server)
        .opportunities()
        .search_stream(OpportunitySearch::new().limit(2))
        .collect()
        .await;
    assert_eq!(results.len(), 5);
    assert!(results[..4].iter().all(Result::is_ok));
    assert!(
        matches!(results[4], Err(Error::InvalidRequest(_))),
        "{:?}",
        results[4]
    );
}

#[tokio::test]
async fn get_decodes_the_spec_example() {
    let server = server().await;
    Mock::given(method("GET"))
        .and(path("/opportunities/o1"))
        .and(header("Version", "2021-07-28"))
        .respond_with(ok(fixture("opportunity_get")))
        .expect(1)
        .mount(&server)
        .await;
    let opp = client(&server)
        .opportunities()
        .get(&OpportunityId::new("o1"))
        .await
        .expect("get");
    assert_eq!(opp.name.as_deref(), Some("testing"));
    assert_eq!(
        opp.pipeline_stage_id.map(|s| s.0),
        Some("e93ba61a-53b3-45e7-985a-c7732dbcdb69".to_owned())
    );
    assert_eq!(opp.index_version, Some(json!(1)));
}

#[tokio::test]
async fn create_sends_the_required_fields() {
    let server = server().await;
    Mock::given(method("POST"))
        .and(path("/opportunities/"))
        .and(header("Version", "2021-07-28"))
        .and(body_json(json!({
            "pipelineId": "pipe_1",
            "locationId": LOCATION,
            "name": "Big deal",
            "pipelineStageId": "stage_1",
            "status": "open",
            "contactId": "c1",
            "monetaryValue": 220.5,
            "customFields": [{"key": "opportunity.budget", "field_value": 1000}]
        })))
        .respond_with(created(fixture("opportunity_get")))
        .expect(1)
        .mount(&server)
        .await;
    let opp = client(&server)
        .opportunities()
        .create(
            NewOpportunity::new("pipe_1", "Big deal", "c1")
                .pipeline_stage_id("stage_1")
                .monetary_value(220.5)
                .custom_fields(vec![CustomFieldInput::by_key(
                    "opportunity.budget",
                    1000_i64,
                )]),
        )
        .await
        .expect("create");
    assert_eq!(opp.id.as_str(), "yWQobCRIhRguQtD2llvk");
}

#[tokio::test]
async fn update_and_status_put_their_bodies() {
    let server = server().await;
    Mock::given(method("PUT"))
        .and(path("/opportunities/o1"))
        .and(header("Version", "2021-07-28"))
        .and(body_json(json!({"name": "Renamed", "status": "won"})))
        .respond_with(ok(fixture("opportunity_get")))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .and(path("/opportunities/o1/status"))
        .and(header("Version", "2021-07-28"))
        .and(body_json(json!({"status": "lost", "lostReasonId": "r1"})))
        .respond_with(ok(fixture("opportunity_delete")))
        .expect(1)
        .mount(&server)
        .await;
    let opps = client(&server).opportunities();
    let id = OpportunityId::new("o1");
    let updated = opps
        .update(
            &id,
            UpdateOpportunity::new()
                .name("Renamed")
                .status(OpportunityStatus::Won),
        )
        .await
        .expect("update");
    assert_eq!(updated.id.as_str(), "yWQobCRIhRguQtD2llvk");
    assert!(
        opps.update_status(&id, StatusUpdate::lost("r1"))
            .await
            .expect("status")
    );
}

#[tokio::test]
async fn upsert_posts_and_decodes_the_example() {
    let server = server().await;
    Mock::given(method("POST"))
        .and(path("/opportunities/upsert"))
        .and(header("Version", "2021-07-28"))
        .and(body_json(json!({
            "pipelineId": "pipe_1",
            "locationId": LOCATION,
            "contactId": "c1",
            "name": "Deal",
            "status": "open",
            "followers": ["u1"],
            "isRemoveAllFollowers": false,
            "followersActionType": "add"
        })))
        .respond_with(ok(fixture("opportunity_upsert")))
        .expect(1)
        .mount(&server)
        .await;
    let resp = client(&server)
        .opportunities()
        .upsert(
            UpsertOpportunity::new("pipe_1")
                .contact_id("c1")
                .name("Deal")
                .status(OpportunityStatus::Open)
                .followers(vec!["u1".into()])
                .is_remove_all_followers(false)
                .followers_action_type(FollowersAction::Add),
        )
        .await
        .expect("upsert");
    assert!(resp.new);
    assert_eq!(resp.opportunity.id.as_str(), "yWQobCRIhRguQtD2llvk");
}

#[tokio::test]
async fn delete_reads_succeded() {
    let server = server().await;
    Mock::given(method("DELETE"))
        .and(path("/opportunities/o1"))
        .and(header("Version", "2021-07-28"))
        .respond_with(ok(fixture("opportunity_delete")))
        .expect(1)
        .mount(&server)
        .await;
    assert!(
        client(&server)
            .opportunities()
            .delete(&"o1".into())
            .await
            .expect("delete")
    );
}

#[tokio::test]
async fn pipelines_use_camel_case_location_and_type_the_stages() {
    let server = server().await;
    Mock::given(method("GET"))
        .and(path("/opportunities/pipelines"))
        .and(header("Version", "2021-07-28"))
        .and(query_param("locationId", LOCATION))
        .and(query_param_is_missing("location_id"))
        .respond_with(ok(json!({"pipelines": [{
            "id": "pipe_1", "name": "Sales", "showInFunnel": true, "locationId": LOCATION,
            "stages": [
                {"id": "st_1", "name": "New", "position": 0, "showInPieChart": true},
                {"id": "st_2", "name": "Won", "position": 1}
            ]
        }]})))
        .expect(1)
        .mount(&server)
        .await;
    let pipelines = client(&server)
        .opportunities()
        .pipelines()
        .await
        .expect("pipelines");
    let stage = pipelines[0].stage("st_2").expect("stage");
    assert_eq!(
        (stage.name.as_deref(), stage.position),
        (Some("Won"), Some(1))
    );
    assert_eq!(
        pipelines[0].stages[0].extra.get("showInPieChart"),
        Some(&json!(true))
    );

    // The spec's own example types stages as an array of arrays; it still decodes.
    let server = harness::server().await;
    Mock::given(method("GET"))
        .and(path("/opportunities/pipelines"))
        .and(query_param("locationId", "loc_2"))
        .respond_with(ok(fixture("pipelines")))
        .expect(1)
        .mount(&server)
        .await;
    let pipelines = client(&server)
        .opportunities()
        .pipelines_of(&"loc_2".into())
        .await
        .expect("pipelines");
    assert_eq!(pipelines[0].name.as_deref(), Some("new pipeline"));
    assert!(pipelines[0].stages.is_empty());
}

#[tokio::test]
async fn a_failed_create_is_not_retried_but_a_failed_upsert_is() {
    use ghl_client::GhlClient;
    use ghl_client::runtime::ManualClock;
    use wiremock::ResponseTemplate;

    let server = server().await;
    Mock::given(method("POST"))
        .and(path("/opportunities/"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/opportunities/upsert"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    // The default retry policy, with sleeps that return at once.
    let clock = ManualClock::new();
    let client = GhlClient::builder()
        .base_url(server.uri())
        .private_token("pit-test")
        .location_id(LOCATION)
        .clock(clock.shared())
        .jitter_seed(1)
        .build()
        .expect("client");
    let opps = client.opportunities();

    let err = opps
        .create(NewOpportunity::new("pipe_1", "Deal", "c1"))
        .await
        .expect_err("503");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    let count = |path: &'static str| {
        let server = &server;
        async move {
            server
                .received_requests()
                .await
                .unwrap_or_default()
                .iter()
                .filter(|r| r.url.path() == path)
                .count()
        }
    };
    assert_eq!(
        count("/opportunities/").await,
        1,
        "a create must not be repeated"
    );

    let _ = opps
        .upsert(UpsertOpportunity::new("pipe_1"))
        .await
        .expect_err("503");
    assert!(
        count("/opportunities/upsert").await > 1,
        "an upsert is safe to repeat"
    );
}
