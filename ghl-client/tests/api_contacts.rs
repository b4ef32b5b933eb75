//! Contacts against wiremock: every operation's method, path, query names, `Version`
//! header and body, decoding of the spec's examples, and both cursor schemes.

#[path = "fixtures/harness.rs"]
mod harness;

use futures_util::{StreamExt, TryStreamExt};
use ghl_client::models::CustomFieldValue;
use ghl_client::models::common::CustomFieldInput;
use ghl_client::models::contact::{
    ContactList, ContactSearch, DndStatus, Filter, NewContact, SortDirection, UpdateContact,
    UpsertContact,
};
use ghl_client::{ContactId, Cursor, CustomFieldId, Error, GhlClient};
use harness::{LOCATION, client, created, fixture, ok, queries, server};
use serde_json::{Value, json};
use wiremock::Mock;
use wiremock::matchers::{
    body_json, body_partial_json, header, method, path, query_param, query_param_is_missing,
};

fn search_contact(id: &str, after: Value) -> Value {
    json!({"id": id, "email": format!("{id}@example.com"), "searchAfter": after})
}

#[tokio::test]
async fn search_posts_the_body_and_decodes_the_page() {
    let server = server().await;
    Mock::given(method("POST"))
        .and(path("/contacts/search"))
        .and(header("Version", "2021-07-28"))
        .and(body_json(json!({
            "locationId": LOCATION,
            "pageLimit": 2,
            "filters": [
                {"field": "tags", "operator": "eq", "value": "vip"},
                {"group": "OR", "filters": [
                    {"field": "email", "operator": "exists"},
                    {"field": "dateAdded", "operator": "range", "value": {"gte": "2024-01-01"}}
                ]}
            ],
            "sort": [{"field": "dateAdded", "direction": "asc"}],
            "query": "ada"
        })))
        .respond_with(ok(fixture("contact_search")))
        .expect(1)
        .mount(&server)
        .await;

    let search = ContactSearch::new()
        .page_limit(2)
        .filter(Filter::eq("tags", "vip"))
        .filter(Filter::or(vec![
            Filter::exists("email"),
            Filter::range("dateAdded", Some("2024-01-01".into()), None),
        ]))
        .sort("dateAdded", SortDirection::Asc)
        .query("ada");
    let page = client(&server)
        .contacts()
        .search(search)
        .await
        .expect("search");

    assert_eq!(page.total, Some(2));
    assert_eq!(page.items.len(), 2);
    let first = &page.items[0];
    assert_eq!(first.id.as_str(), "seD4PfOuKoVMLkEZqohJ");
    assert_eq!(first.first_name.as_deref(), Some("rubika"));
    assert_eq!(
        first
            .dnd_settings
            .as_ref()
            .and_then(|d| d.sms.as_ref())
            .and_then(|s| s.status.clone()),
        Some(DndStatus::Active)
    );
    assert_eq!(
        page.next,
        Some(Cursor::SearchAfter(vec![
            json!(1625203107000_i64),
            json!("102goXVW3lIExEQPOnd3")
        ]))
    );
}

#[tokio::test]
async fn a_short_page_or_a_missing_search_after_ends_the_search() {
    let server = server().await;
    Mock::given(method("POST"))
        .and(path("/contacts/search"))
        .respond_with(ok(fixture("contact_search")))
        .mount(&server)
        .await;
    let contacts = client(&server).contacts();
    // Two results for a page limit of three: the last page.
    let page = contacts
        .search(ContactSearch::new().page_limit(3))
        .await
        .expect("search");
    assert_eq!(page.items.len(), 2);
    assert_eq!(page.next, None);

    let server = harness::server().await;
    Mock::given(method("POST"))
        .and(path("/contacts/search"))
        .respond_with(ok(
            json!({"contacts": [{"id": "a"}, {"id": "b"}], "total": 9}),
        ))
        .mount(&server)
        .await;
    let page = client(&server)
        .contacts()
        .search(ContactSearch::new().page_limit(2))
        .await
        .expect("search");
    assert_eq!(
        page.next, None,
        "no searchAfter on the last record, no cursor"
    );
}

#[tokio::test]
async fn search_stream_walks_three_pages_by_search_after() {
    let server = server().await;
    // Later pages first, with higher priority than the first-page mock.
    Mock::given(method("POST"))
        .and(path("/contacts/search"))
        .and(body_partial_json(json!({"searchAfter": [2, "a2"]})))
        .respond_with(ok(
            json!({"contacts": [search_contact("a3", json!([3, "a3"]))], "total": 5}),
        ))
        .with_priority(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/contacts/search"))
        .and(body_partial_json(json!({"searchAfter": [1, "a1"]})))
        .respond_with(ok(json!({
            "contacts": [search_contact("b1", json!([1, "b1"])), search_contact("a2", json!([2, "a2"]))],
            "total": 5
        })))
        .with_priority(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/contacts/search"))
        .and(body_partial_json(json!({"locationId": LOCATION, "pageLimit": 2})))
        .respond_with(ok(json!({
            "contacts": [search_contact("b0", json!([0, "b0"])), search_contact("a1", json!([1, "a1"]))],
            "total": 5
        })))
        .with_priority(5)
        .expect(1)
        .mount(&server)
        .await;

    let ids: Vec<String> = client(&server)
        .contacts()
        .search_stream(ContactSearch::new().page_limit(2).page(1))
        .map_ok(|c| c.id.to_string())
        .try_collect()
        .await
        .expect("stream");
    assert_eq!(ids, ["b0", "a1", "b1", "a2", "a3"]);

    // The first request had no cursor; later ones dropped `page` and sent the cursor.
    let requests = server.received_requests().await.unwrap_or_default();
    let bodies: Vec<Value> = requests
        .iter()
        .map(|r| serde_json::from_slice(&r.body).unwrap_or(Value::Null))
        .collect();
    assert_eq!(bodies[0].get("searchAfter"), None);
    assert_eq!(bodies[0]["page"], 1);
    assert_eq!(bodies[1].get("page"), None);
    assert_eq!(bodies[2]["searchAfter"], json!([2, "a2"]));
}

/// Streams a listing of two full pages of two contacts whose answers report `total`, with
/// an empty third page behind them: the ids and the number of requests sent.
async fn two_full_pages(total: Option<u64>) -> (Vec<String>, usize) {
    let server = server().await;
    let page = |contacts: Vec<Value>| {
        let mut body = json!({ "contacts": contacts });
        if let Some(total) = total {
            body["total"] = json!(total);
        }
        ok(body)
    };
    Mock::given(method("POST"))
        .and(path("/contacts/search"))
        .and(body_partial_json(json!({"searchAfter": [4, "a4"]})))
        .respond_with(page(Vec::new()))
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/contacts/search"))
        .and(body_partial_json(json!({"searchAfter": [2, "a2"]})))
        .respond_with(page(vec![
            search_contact("a3", json!([3, "a3"])),
            search_contact("a4", json!([4, "a4"])),
        ]))
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/contacts/search"))
        .respond_with(page(vec![
            search_contact("a1", json!([1, "a1"])),
            search_contact("a2", json!([2, "a2"])),
        ]))
        .with_priority(5)
        .mount(&server)
        .await;
    let ids: Vec<String> = client(&server)
        .contacts()
        .search_stream(ContactSearch::new().page_limit(2))
        .map_ok(|c| c.id.to_string())
        .try_collect()
        .await
        .expect("stream");
    let requests = server.received_requests().await.unwrap_or_default().len();
    (ids, requests)
}

#[tokio::test]
async fn a_full_last_page_that_reaches_the_total_ends_the_stream_without_an_empty_page() {
    let (ids, requests) = two_full_pages(Some(4)).await;
    assert_eq!(ids, ["a1", "a2", "a3", "a4"]);
    assert_eq!(requests, 2);
}

#[tokio::test]
async fn without_a_trustworthy_total_a_full_last_page_is_followed_by_an_empty_one() {
    // No total; a total already exceeded (wrong); a total not reached (a record added
    // behind the reader, or a wrong count): the empty page ends the listing, nothing lost.
    for total in [None, Some(3), Some(5), Some(10_000)] {
        let (ids, requests) = two_full_pages(total).await;
        assert_eq!(ids, ["a1", "a2", "a3", "a4"], "{total:?}");
        assert_eq!(requests, 3, "{total:?}");
    }
}

#[tokio::test]
async fn a_repeated_search_after_cursor_ends_the_stream_with_an_error() {
    let server = server().await;
    Mock::given(method("POST"))
        .and(path("/contacts/search"))
        .respond_with(ok(json!({
            "contacts": [search_contact("x", json!([1, "x"])), search_contact("y", json!([1, "y"]))]
        })))
        .mount(&server)
        .await;
    let results: Vec<_> = client(&server)
        .contacts()
        .search_stream(ContactSearch::new().page_limit(2))
        .collect()
        .await;
    // Page 1 (x, y), page 2 repeats the cursor: its items, then the error.
    assert_eq!(results.len(), 5);
    assert!(results[..4].iter().all(Result::is_ok));
    assert!(
        matches!(results[4], Err(Error::InvalidRequest(_))),
        "{:?}",
        results[4]
    );
    assert_eq!(server.received_requests().await.map(|r| r.len()), Some(2));
}

#[tokio::test]
async fn get_decodes_the_spec_example() {
    let server = server().await;
    Mock::given(method("GET"))
        .and(path("/contacts/c%201"))
        .and(header("Version", "2021-07-28"))
        .respond_with(ok(fixture("contact_get")))
        .expect(1)
        .mount(&server)
        .await;
    let contact = client(&server)
        .contacts()
        .get(&ContactId::new("c 1"))
        .await
        .expect("get");
    assert_eq!(contact.name.as_deref(), Some("rubika deo"));
    assert_eq!(contact.tags, ["nisi sint commodo amet", "consequat"]);
    assert_eq!(
        contact.date_added.map(|t| t.timestamp_millis()),
        Some(1625203106704)
    );
    assert_eq!(
        contact.custom_field(&CustomFieldId::new("MgobCB14YMVKuE4Ka8p1")),
        Some(&CustomFieldValue::Text("name".into()))
    );
    // Not a date: kept as the text GHL sent.
    assert_eq!(
        contact.date_of_birth.as_deref(),
        Some("Date format YYYY-MM-DD")
    );
    assert_eq!(
        contact.attribution_source.and_then(|a| a.url),
        Some("Trigger Link".to_owned())
    );
}

#[tokio::test]
async fn create_sends_the_location_and_the_write_shape_of_custom_fields() {
    let server = server().await;
    Mock::given(method("POST"))
        .and(path("/contacts/"))
        .and(header("Version", "2021-07-28"))
        .and(body_json(json!({
            "locationId": LOCATION,
            "firstName": "Ada",
            "email": "ada@example.com",
            "tags": ["vip"],
            "customFields": [
                {"id": "cf_text", "field_value": "blue"},
                {"id": "cf_num", "field_value": 42},
                {"id": "cf_multi", "field_value": ["a", "b"]}
            ]
        })))
        .respond_with(created(fixture("contact_create")))
        .expect(1)
        .mount(&server)
        .await;
    let contact = client(&server)
        .contacts()
        .create(
            NewContact::new()
                .first_name("Ada")
                .email("ada@example.com")
                .tags(vec!["vip".to_owned()])
                .custom_fields(vec![
                    CustomFieldInput::by_id("cf_text", "blue"),
                    CustomFieldInput::by_id("cf_num", 42_i64),
                    CustomFieldInput::by_id("cf_multi", vec!["a".to_owned(), "b".to_owned()]),
                ]),
        )
        .await
        .expect("create");
    assert_eq!(contact.id.as_str(), "seD4PfOuKoVMLkEZqohJ");
    // Fields of the create answer that `Contact` does not type are kept.
    assert_eq!(contact.extra.get("birthMonth"), Some(&json!(8)));
    assert_eq!(contact.extra.get("bounceEmail"), Some(&json!(false)));
}

#[tokio::test]
async fn create_without_any_location_is_a_config_error() {
    let server = server().await;
    let client = GhlClient::builder()
        .base_url(server.uri())
        .private_token("pit-test")
        .build()
        .expect("client");
    let err = client
        .contacts()
        .create(NewContact::new().email("a@b.c"))
        .await
        .expect_err("no location");
    assert!(matches!(err, Error::Config(_)), "{err:?}");
    assert_eq!(server.received_requests().await.map(|r| r.len()), Some(0));
}

#[tokio::test]
async fn update_puts_only_the_set_fields() {
    let server = server().await;
    Mock::given(method("PUT"))
        .and(path("/contacts/c1"))
        .and(header("Version", "2021-07-28"))
        .and(body_json(json!({"lastName": "Lovelace", "dnd": false})))
        .respond_with(ok(fixture("contact_update")))
        .expect(1)
        .mount(&server)
        .await;
    let contact = client(&server)
        .contacts()
        .update(
            &"c1".into(),
            UpdateContact::new().last_name("Lovelace").dnd(false),
        )
        .await
        .expect("update");
    assert_eq!(contact.id.as_str(), "seD4PfOuKoVMLkEZqohJ");
}

#[tokio::test]
async fn upsert_posts_and_decodes_new_contact_and_trace_id() {
    let server = server().await;
    Mock::given(method("POST"))
        .and(path("/contacts/upsert"))
        .and(header("Version", "2021-07-28"))
        .and(body_json(json!({
            "locationId": "loc_other",
            "email": "ada@example.com",
            "createNewIfDuplicateAllowed": false
        })))
        .respond_with(ok(fixture("contact_upsert")))
        .expect(1)
        .mount(&server)
        .await;
    let resp = client(&server)
        .contacts()
        .upsert(
            UpsertContact::new(
                NewContact::new()
                    .location_id("loc_other")
                    .email("ada@example.com"),
            )
            .create_new_if_duplicate_allowed(false),
        )
        .await
        .expect("upsert");
    assert!(resp.new);
    assert_eq!(resp.contact.email.as_deref(), Some("rubika@deos.com"));
    assert_eq!(resp.trace_id, None);
}

#[tokio::test]
async fn delete_reads_succeded() {
    let server = server().await;
    Mock::given(method("DELETE"))
        .and(path("/contacts/c1"))
        .and(header("Version", "2021-07-28"))
        .respond_with(ok(fixture("contact_delete")))
        .expect(1)
        .mount(&server)
        .await;
    assert!(
        client(&server)
            .contacts()
            .delete(&"c1".into())
            .await
            .expect("delete")
    );
}

#[tokio::test]
async fn tags_are_added_with_post_and_removed_with_a_delete_body() {
    let server = server().await;
    Mock::given(method("POST"))
        .and(path("/contacts/c1/tags"))
        .and(header("Version", "2021-07-28"))
        .and(body_json(json!({"tags": ["minim", "velit magna"]})))
        .respond_with(created(fixture("contact_tags_add")))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path("/contacts/c1/tags"))
        .and(header("Version", "2021-07-28"))
        .and(body_json(json!({"tags": ["minim"]})))
        .respond_with(ok(fixture("contact_tags_remove")))
        .expect(1)
        .mount(&server)
        .await;
    let contacts = client(&server).contacts();
    let id = ContactId::new("c1");
    let added = contacts
        .add_tags(&id, ["minim", "velit magna"])
        .await
        .expect("add");
    assert_eq!(added, ["minim", "velit magna"]);
    let left = contacts.remove_tags(&id, ["minim"]).await.expect("remove");
    assert_eq!(left.len(), 2);
}

#[tokio::test]
async fn appointments_of_a_contact_decode_naive_times() {
    let server = server().await;
    Mock::given(method("GET"))
        .and(path("/contacts/c1/appointments"))
        .and(header("Version", "2021-07-28"))
        .respond_with(ok(fixture("contact_appointments")))
        .expect(1)
        .mount(&server)
        .await;
    let events = client(&server)
        .contacts()
        .appointments(&"c1".into())
        .await
        .expect("appointments");
    assert_eq!(events.len(), 1);
    assert_eq!(
        events[0].start_time.map(|t| t.to_rfc3339()),
        Some("2021-07-16T11:00:00+00:00".to_owned())
    );
    assert_eq!(events[0].users.len(), 2);
}

#[tokio::test]
async fn deprecated_list_uses_camel_case_query_names() {
    let server = server().await;
    Mock::given(method("GET"))
        .and(path("/contacts/"))
        .and(header("Version", "2021-07-28"))
        .and(query_param("locationId", LOCATION))
        .and(query_param("limit", "50"))
        .and(query_param("query", "deo"))
        .and(query_param_is_missing("location_id"))
        .respond_with(ok(fixture("contact_list_deprecated")))
        .expect(1)
        .mount(&server)
        .await;
    let page = client(&server)
        .contacts()
        .list_deprecated(ContactList::new().limit(50).query("deo"))
        .await
        .expect("list");
    assert_eq!(page.total, Some(10));
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.next, None, "a short page without meta is the last");
    // `followers` is a string in the example; kept verbatim in `extra`.
    assert_eq!(
        page.items[0].extra.get("followers"),
        Some(&json!("641c094001436dbc2081e642"))
    );
}

fn list_page(ids: &[&str], meta: Option<(i64, &str)>) -> Value {
    let contacts: Vec<Value> = ids.iter().map(|id| json!({"id": id})).collect();
    match meta {
        Some((after, id)) => json!({
            "contacts": contacts,
            "count": 5,
            "meta": {"total": 5, "startAfter": after, "startAfterId": id, "nextPage": 2,
                     "nextPageUrl": "https://example.test/contacts/?page=2"}
        }),
        None => {
            json!({"contacts": contacts, "count": 5, "meta": {"total": 5, "nextPage": null, "nextPageUrl": null}})
        }
    }
}

#[tokio::test]
async fn deprecated_list_stream_walks_three_pages_by_start_after() {
    let server = server().await;
    Mock::given(method("GET"))
        .and(path("/contacts/"))
        .and(query_param("startAfterId", "c4"))
        .and(query_param("startAfter", "400"))
        .respond_with(ok(list_page(&["c5"], None)))
        .with_priority(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/contacts/"))
        .and(query_param("startAfterId", "c2"))
        .and(query_param("startAfter", "200"))
        .respond_with(ok(list_page(&["c3", "c4"], Some((400, "c4")))))
        .with_priority(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/contacts/"))
        .and(query_param("locationId", LOCATION))
        .and(query_param_is_missing("startAfterId"))
        .respond_with(ok(list_page(&["c1", "c2"], Some((200, "c2")))))
        .with_priority(5)
        .expect(1)
        .mount(&server)
        .await;
    let ids: Vec<String> = client(&server)
        .contacts()
        .list_deprecated_stream(ContactList::new().limit(2))
        .map_ok(|c| c.id.to_string())
        .try_collect()
        .await
        .expect("stream");
    assert_eq!(ids, ["c1", "c2", "c3", "c4", "c5"]);
    let queries = queries(&server).await;
    assert!(queries[1].contains(&("locationId".into(), LOCATION.into())));
}

#[tokio::test]
async fn deprecated_list_without_meta_falls_back_to_the_last_record() {
    let server = server().await;
    Mock::given(method("GET"))
        .and(path("/contacts/"))
        .respond_with(ok(json!({
            "contacts": [
                {"id": "c1", "dateAdded": "2021-07-02T05:18:26.000Z"},
                {"id": "c2", "dateAdded": "2021-07-02T05:18:27.000Z"}
            ],
            "count": 10
        })))
        .mount(&server)
        .await;
    let page = client(&server)
        .contacts()
        .list_deprecated(ContactList::new().limit(2))
        .await
        .expect("list");
    assert_eq!(
        page.next,
        Some(Cursor::StartAfter {
            start_after: 1625203107000,
            start_after_id: "c2".into()
        })
    );
}

#[tokio::test]
async fn unexpected_calls_fail_loudly_naming_the_call() {
    let server = server().await;
    let err = client(&server)
        .contacts()
        .get(&"nobody".into())
        .await
        .expect_err("no mock");
    let api = err.api().expect("an API error");
    assert_eq!(api.status.as_u16(), 500);
    assert!(
        api.message().contains("unexpected call: GET")
            && api.message().contains("/contacts/nobody"),
        "{}",
        api.message()
    );
}
