//! Data-source queries: filters, sorts, cursors, trash and the result cap.

mod common;

use common::*;
use notion_emulator::NotionConfig;
use serde_json::{Value, json};

fn names(reply: &Value) -> Vec<String> {
    reply["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            p["properties"]["Name"]["title"][0]["plain_text"]
                .as_str()
                .unwrap_or("")
                .to_owned()
        })
        .collect()
}

async fn seeded() -> (Harness, String) {
    let h = Harness::start().await;
    let (_, ds) = h.crm().await;
    let rows = [
        (
            "Alpha",
            10,
            "Open",
            vec!["vip"],
            "2026-01-10",
            true,
            "alpha@x.io",
        ),
        ("Beta", 20, "Won", vec![], "2026-02-10", false, "beta@y.io"),
        (
            "Gamma",
            30,
            "Won",
            vec!["vip", "big"],
            "2026-03-10",
            true,
            "",
        ),
        ("Delta", 5, "", vec!["big"], "", false, "delta@x.io"),
    ];
    for (name, value, stage, tags, due, done, email) in rows {
        let mut props = json!({
            "Name": title(name),
            "Value": {"number": value},
            "Tags": {"multi_select": tags.iter().map(|t| json!({"name": t})).collect::<Vec<_>>()},
            "Done": {"checkbox": done},
        });
        if !stage.is_empty() {
            props["Stage"] = json!({"select": {"name": stage}});
        }
        if !due.is_empty() {
            props["Due"] = json!({"date": {"start": due}});
        }
        if !email.is_empty() {
            props["Email"] = json!({"email": email});
        }
        h.row(&ds, props).await;
        h.clock.advance(chrono::Duration::minutes(10));
    }
    (h, ds)
}

async fn query(h: &Harness, ds: &str, body: Value) -> Value {
    let r = h
        .post(&format!("/v1/data_sources/{ds}/query"), body.clone())
        .await;
    assert_eq!(r.status, 200, "{body}: {}", r.body);
    r.body
}

#[tokio::test]
async fn filters() {
    let (h, ds) = seeded().await;
    let cases: Vec<(Value, Vec<&str>)> = vec![
        (
            json!({"property": "Name", "title": {"equals": "Beta"}}),
            vec!["Beta"],
        ),
        (
            json!({"property": "Name", "title": {"does_not_equal": "Beta"}}),
            vec!["Alpha", "Gamma", "Delta"],
        ),
        (
            json!({"property": "Name", "rich_text": {"contains": "MM"}}),
            vec!["Gamma"],
        ),
        (
            json!({"property": "Name", "title": {"does_not_contain": "a"}}),
            vec![],
        ),
        (
            json!({"property": "Name", "title": {"starts_with": "De"}}),
            vec!["Delta"],
        ),
        (
            json!({"property": "Name", "title": {"ends_with": "ta"}}),
            vec!["Beta", "Delta"],
        ),
        (
            json!({"property": "Email", "email": {"ends_with": "@x.io"}}),
            vec!["Alpha", "Delta"],
        ),
        (
            json!({"property": "Email", "email": {"is_empty": true}}),
            vec!["Gamma"],
        ),
        (
            json!({"property": "External ID", "rich_text": {"is_empty": true}}),
            vec!["Alpha", "Beta", "Gamma", "Delta"],
        ),
        (
            json!({"property": "Value", "number": {"greater_than": 10}}),
            vec!["Beta", "Gamma"],
        ),
        (
            json!({"property": "Value", "number": {"less_than_or_equal_to": 10}}),
            vec!["Alpha", "Delta"],
        ),
        (
            json!({"property": "Value", "number": {"greater_than_or_equal_to": 30}}),
            vec!["Gamma"],
        ),
        (
            json!({"property": "Value", "number": {"does_not_equal": 5}}),
            vec!["Alpha", "Beta", "Gamma"],
        ),
        (
            json!({"property": "Stage", "select": {"equals": "Won"}}),
            vec!["Beta", "Gamma"],
        ),
        (
            json!({"property": "Stage", "select": {"is_empty": true}}),
            vec!["Delta"],
        ),
        (
            json!({"property": "Stage", "select": {"does_not_equal": "Won"}}),
            vec!["Alpha", "Delta"],
        ),
        (
            json!({"property": "Tags", "multi_select": {"contains": "vip"}}),
            vec!["Alpha", "Gamma"],
        ),
        (
            json!({"property": "Tags", "multi_select": {"does_not_contain": "big"}}),
            vec!["Alpha", "Beta"],
        ),
        (
            json!({"property": "Tags", "multi_select": {"is_empty": true}}),
            vec!["Beta"],
        ),
        (
            json!({"property": "Status", "status": {"equals": "Not started"}}),
            vec![],
        ),
        (
            json!({"property": "Status", "status": {"is_empty": true}}),
            vec!["Alpha", "Beta", "Gamma", "Delta"],
        ),
        (
            json!({"property": "Due", "date": {"before": "2026-02-10"}}),
            vec!["Alpha"],
        ),
        (
            json!({"property": "Due", "date": {"on_or_before": "2026-02-10"}}),
            vec!["Alpha", "Beta"],
        ),
        (
            json!({"property": "Due", "date": {"after": "2026-02-10T00:00:00Z"}}),
            vec!["Gamma"],
        ),
        (
            json!({"property": "Due", "date": {"equals": "2026-03-10"}}),
            vec!["Gamma"],
        ),
        (
            json!({"property": "Due", "date": {"is_empty": true}}),
            vec!["Delta"],
        ),
        (
            json!({"property": "Due", "date": {"past_month": {}}}),
            vec!["Beta"],
        ),
        (
            json!({"property": "Done", "checkbox": {"equals": true}}),
            vec!["Alpha", "Gamma"],
        ),
        (
            json!({"property": "Done", "checkbox": {"does_not_equal": true}}),
            vec!["Beta", "Delta"],
        ),
        (
            json!({"timestamp": "created_time", "created_time": {"on_or_after": "2026-03-01T12:20:00Z"}}),
            vec!["Gamma", "Delta"],
        ),
        (
            json!({"timestamp": "last_edited_time", "last_edited_time": {"before": "2026-03-01T12:10:00Z"}}),
            vec!["Alpha"],
        ),
        (
            json!({"property": "Created", "created_time": {"after": "2026-03-01T12:25:00Z"}}),
            vec!["Delta"],
        ),
        (
            json!({"and": [
                {"property": "Done", "checkbox": {"equals": true}},
                {"or": [
                    {"property": "Value", "number": {"greater_than": 25}},
                    {"and": [{"property": "Tags", "multi_select": {"contains": "vip"}}, {"property": "Stage", "select": {"equals": "Open"}}]}
                ]}
            ]}),
            vec!["Alpha", "Gamma"],
        ),
        (
            json!({"or": [{"property": "Name", "title": {"equals": "Beta"}}, {"property": "Name", "title": {"equals": "Delta"}}]}),
            vec!["Beta", "Delta"],
        ),
    ];
    for (filter, expected) in cases {
        let r = query(&h, &ds, json!({"filter": filter.clone()})).await;
        assert_eq!(names(&r), expected, "{filter}");
    }
}

#[tokio::test]
async fn sorts() {
    let (h, ds) = seeded().await;
    let by = |sorts: Value| json!({"sorts": sorts});
    assert_eq!(
        names(&query(&h, &ds, json!({})).await),
        ["Alpha", "Beta", "Gamma", "Delta"]
    );
    assert_eq!(
        names(
            &query(
                &h,
                &ds,
                by(json!([{"property": "Value", "direction": "descending"}]))
            )
            .await
        ),
        ["Gamma", "Beta", "Alpha", "Delta"]
    );
    assert_eq!(
        names(
            &query(
                &h,
                &ds,
                by(json!([{"property": "Name", "direction": "ascending"}]))
            )
            .await
        ),
        ["Alpha", "Beta", "Delta", "Gamma"]
    );
    assert_eq!(
        names(
            &query(
                &h,
                &ds,
                by(json!([{"timestamp": "created_time", "direction": "descending"}]))
            )
            .await
        ),
        ["Delta", "Gamma", "Beta", "Alpha"]
    );
    // Empty dates last in both directions.
    assert_eq!(
        names(
            &query(
                &h,
                &ds,
                by(json!([{"property": "Due", "direction": "descending"}]))
            )
            .await
        ),
        ["Gamma", "Beta", "Alpha", "Delta"]
    );
    // Select sorts by option order (Open before Won), then the next key.
    let r = query(&h, &ds, by(json!([{"property": "Stage", "direction": "ascending"}, {"property": "Value", "direction": "descending"}]))).await;
    assert_eq!(names(&r), ["Alpha", "Gamma", "Beta", "Delta"]);
    let r = query(&h, &ds, by(json!([{"property": "Done", "direction": "descending"}, {"property": "Name", "direction": "descending"}]))).await;
    assert_eq!(names(&r), ["Gamma", "Alpha", "Delta", "Beta"]);
}

#[tokio::test]
async fn cursor_paging_and_response_shape() {
    let (h, ds) = seeded().await;
    let first = query(&h, &ds, json!({"page_size": 3})).await;
    assert_eq!(first["object"], "list");
    assert_eq!(first["type"], "page_or_data_source");
    assert_eq!(first["page_or_data_source"], json!({}));
    assert_eq!(first["has_more"], true);
    assert_eq!(names(&first), ["Alpha", "Beta", "Gamma"]);
    let cursor = first["next_cursor"].as_str().unwrap();
    let second = query(&h, &ds, json!({"page_size": 3, "start_cursor": cursor})).await;
    assert_eq!(names(&second), ["Delta"]);
    assert_eq!(second["has_more"], false);
    assert_eq!(second["next_cursor"], Value::Null);
    assert_eq!(second["request_status"]["type"], "complete");
}

#[tokio::test]
async fn trashed_rows_are_excluded_unless_asked_for() {
    let (h, ds) = seeded().await;
    let all = query(&h, &ds, json!({})).await;
    let beta = all["results"][1]["id"].as_str().unwrap().to_owned();
    h.patch(&format!("/v1/pages/{beta}"), json!({"in_trash": true}))
        .await;
    assert_eq!(
        names(&query(&h, &ds, json!({})).await),
        ["Alpha", "Gamma", "Delta"]
    );
    assert_eq!(
        names(&query(&h, &ds, json!({"in_trash": true})).await),
        ["Beta"]
    );
    // The 2025-09-03 spelling works there too.
    assert_eq!(
        names(&query(&h, &ds, json!({"archived": true})).await),
        ["Beta"]
    );
}

#[tokio::test]
async fn result_cap_cuts_the_query_with_request_status() {
    let h = Harness::with(NotionConfig {
        requests_per_second: 0.0,
        query_result_cap: 5,
        ..NotionConfig::default()
    })
    .await;
    let (_, ds) = h.crm().await;
    for i in 0..8 {
        h.row(
            &ds,
            json!({"Name": title(&format!("row{i}")), "Value": {"number": i}}),
        )
        .await;
    }
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    let last = loop {
        let mut body = json!({"page_size": 2});
        if let Some(c) = &cursor {
            body["start_cursor"] = json!(c);
        }
        let reply = query(&h, &ds, body).await;
        seen.extend(names(&reply));
        if reply["has_more"] == false {
            break reply;
        }
        assert_eq!(reply["request_status"]["type"], "complete");
        cursor = reply["next_cursor"].as_str().map(str::to_owned);
    };
    assert_eq!(seen.len(), 5);
    assert_eq!(last["next_cursor"], Value::Null);
    assert_eq!(
        last["request_status"],
        json!({"type": "incomplete", "incomplete_reason": "query_result_limit_reached"})
    );
    // A narrower query under the cap completes.
    let r = query(
        &h,
        &ds,
        json!({"filter": {"property": "Value", "number": {"less_than": 3}}}),
    )
    .await;
    assert_eq!(r["results"].as_array().unwrap().len(), 3);
    assert_eq!(r["request_status"]["type"], "complete");
}
