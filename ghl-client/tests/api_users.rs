//! Users against wiremock: the search's `companyId` and other query names, the `skip`
//! stream, and the spec's examples.

#[path = "fixtures/harness.rs"]
mod harness;

use futures_util::TryStreamExt;
use ghl_client::models::user::UserSearch;
use ghl_client::{Cursor, UserId};
use harness::{client, fixture, ok, server};
use serde_json::{Value, json};
use wiremock::Mock;
use wiremock::matchers::{header, method, path, query_param, query_param_is_missing};

#[tokio::test]
async fn search_sends_company_and_filters_and_decodes_the_example() {
    let server = server().await;
    Mock::given(method("GET"))
        .and(path("/users/search"))
        .and(header("Version", "2021-07-28"))
        .and(query_param("companyId", "comp_1"))
        .and(query_param("locationId", "loc_1"))
        .and(query_param("query", "john"))
        .and(query_param("limit", "1"))
        .and(query_param("type", "account"))
        .and(query_param("ids", "u1,u2"))
        .and(query_param("sortDirection", "desc"))
        .and(query_param_is_missing("skip"))
        .respond_with(ok(fixture("users_search")))
        .expect(1)
        .mount(&server)
        .await;
    let page = client(&server)
        .users()
        .search(
            UserSearch::new("comp_1")
                .location_id("loc_1")
                .query("john")
                .limit(1)
                .user_type("account")
                .ids(["u1", "u2"])
                .sort_direction("desc"),
        )
        .await
        .expect("search");
    assert_eq!(page.total, Some(1231));
    assert_eq!(page.next, Some(Cursor::Skip(1)));
    let user = &page.items[0];
    assert_eq!(user.email.as_deref(), Some("john@deo.com"));
    let roles = user.roles.as_ref().expect("roles");
    assert_eq!(roles.role.as_deref(), Some("admin"));
    assert_eq!(roles.location_ids[0].as_str(), "ve9EPM428h8vShlRW1KT");
}

fn users(from: usize, n: usize, count: usize) -> Value {
    let users: Vec<Value> = (from..from + n)
        .map(|i| json!({"id": format!("u{i}")}))
        .collect();
    json!({ "users": users, "count": count })
}

#[tokio::test]
async fn search_stream_walks_three_pages_by_skip_and_stops_at_count() {
    let server = server().await;
    for (skip, body) in [("2", users(2, 2, 6)), ("4", users(4, 2, 6))] {
        Mock::given(method("GET"))
            .and(path("/users/search"))
            .and(query_param("skip", skip))
            .respond_with(ok(body))
            .with_priority(1)
            .expect(1)
            .mount(&server)
            .await;
    }
    Mock::given(method("GET"))
        .and(path("/users/search"))
        .and(query_param("companyId", "comp_1"))
        .and(query_param_is_missing("skip"))
        .respond_with(ok(users(0, 2, 6)))
        .with_priority(5)
        .expect(1)
        .mount(&server)
        .await;
    let ids: Vec<String> = client(&server)
        .users()
        .search_stream(UserSearch::new("comp_1").limit(2))
        .map_ok(|u| u.id.to_string())
        .try_collect()
        .await
        .expect("stream");
    // The third page is full but `count` says there is nothing after it.
    assert_eq!(ids, ["u0", "u1", "u2", "u3", "u4", "u5"]);
}

#[tokio::test]
async fn get_decodes_the_example() {
    let server = server().await;
    Mock::given(method("GET"))
        .and(path("/users/u1"))
        .and(header("Version", "2021-07-28"))
        .respond_with(ok(fixture("user_get")))
        .expect(1)
        .mount(&server)
        .await;
    let user = client(&server)
        .users()
        .get(&UserId::new("u1"))
        .await
        .expect("get");
    assert_eq!(user.id.as_str(), "0IHuJvc2ofPAAA8GzTRi");
    assert_eq!(user.platform_language.as_deref(), Some("en_US"));
    assert_eq!(
        user.permissions
            .as_ref()
            .and_then(|p| p.get("contactsEnabled")),
        Some(&json!(true))
    );
}
