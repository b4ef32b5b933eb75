//! Paging over HTTP: contact search cursors (including an incremental pull on `dateUpdated`),
//! the deprecated contact list's `startAfter` cursor, and opportunity search meta.

mod common;

use std::collections::BTreeSet;

use common::{advance, config, control, ghl, json_of, start};
use reqwest::Method;
use serde_json::{Value, json};

#[tokio::test]
async fn contact_search_cursor_and_incremental_pull() {
    let sb = start(config().with_contacts(230)).await;
    let loc = sb.location_id().to_owned();
    let mut seen = BTreeSet::new();
    let mut after: Option<Value> = None;
    loop {
        let mut body = json!({"locationId": loc, "pageLimit": 50, "sort": [{"field": "dateUpdated", "direction": "asc"}]});
        if let Some(a) = &after {
            body["searchAfter"] = a.clone();
        }
        let (s, page) = json_of(ghl(&sb, Method::POST, "/contacts/search").json(&body)).await;
        assert_eq!(s, 200, "{page}");
        let contacts = page["contacts"].as_array().expect("contacts").clone();
        if contacts.is_empty() {
            break;
        }
        for c in &contacts {
            assert!(
                seen.insert(c["id"].as_str().expect("id").to_owned()),
                "no contact twice"
            );
        }
        after = contacts.last().map(|c| c["searchAfter"].clone());
    }
    assert_eq!(seen.len(), 230);

    // A change made later is found by a pull on dateUpdated since the last sync.
    let (_, t) = json_of(control(&sb, Method::GET, "/time")).await;
    let since = t["nowMs"].as_i64().expect("now");
    advance(&sb, 5.0).await;
    let id = seen.iter().next().expect("an id").clone();
    let (s, _) = json_of(
        ghl(&sb, Method::PUT, &format!("/contacts/{id}"))
            .json(&json!({"companyName": "Changed Co"})),
    )
    .await;
    assert_eq!(s, 200);
    let (_, changed) = json_of(ghl(&sb, Method::POST, "/contacts/search").json(&json!({
        "locationId": loc, "pageLimit": 100,
        "filters": [{"field": "dateUpdated", "operator": "range", "value": {"gt": since}}]
    })))
    .await;
    assert_eq!(changed["total"], 1);
    assert_eq!(changed["contacts"][0]["id"], id.as_str());
}

#[tokio::test]
async fn deprecated_list_and_opportunity_search_page_with_meta() {
    let sb = start(config().with_contacts(45).with_opportunities(45)).await;
    let loc = sb.location_id().to_owned();
    let mut url = format!("{}/contacts/?locationId={loc}&limit=20", sb.ghl_base_url());
    let mut ids = BTreeSet::new();
    for _ in 0..5 {
        let (s, page) = json_of(
            common::client()
                .get(&url)
                .bearer_auth(sb.ghl_api_key())
                .header("Version", "2021-07-28"),
        )
        .await;
        assert_eq!(s, 200);
        assert_eq!(page["meta"]["total"], 45);
        for c in page["contacts"].as_array().expect("contacts") {
            ids.insert(c["id"].as_str().expect("id").to_owned());
        }
        match page["meta"]["nextPageUrl"].as_str() {
            Some(next) => url = next.to_owned(),
            None => break,
        }
    }
    assert_eq!(ids.len(), 45);
    let (s, e) = json_of(ghl(
        &sb,
        Method::GET,
        &format!("/contacts/?locationId={loc}&limit=101"),
    ))
    .await;
    assert_eq!(s, 422, "{e}");

    let mut seen = BTreeSet::new();
    let mut query = format!("/opportunities/search?location_id={loc}&limit=20");
    loop {
        let (s, page) = json_of(ghl(&sb, Method::GET, &query)).await;
        assert_eq!(s, 200, "{page}");
        for o in page["opportunities"].as_array().expect("opps") {
            assert!(seen.insert(o["id"].as_str().expect("id").to_owned()));
        }
        let meta = &page["meta"];
        let (Some(after), Some(after_id)) =
            (meta["startAfter"].as_i64(), meta["startAfterId"].as_str())
        else {
            break;
        };
        query = format!(
            "/opportunities/search?location_id={loc}&limit=20&startAfter={after}&startAfterId={after_id}"
        );
    }
    assert_eq!(seen.len(), 45);
    let (_, won) = json_of(ghl(
        &sb,
        Method::GET,
        &format!("/opportunities/search?location_id={loc}&status=won&limit=100"),
    ))
    .await;
    assert!(
        won["opportunities"]
            .as_array()
            .expect("opps")
            .iter()
            .all(|o| o["status"] == "won")
    );
}
