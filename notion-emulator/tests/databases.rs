//! Databases and data sources: creation, retrieval, schema updates, extra data sources.

mod common;

use common::*;
use serde_json::json;

#[tokio::test]
async fn create_database_returns_its_data_source() {
    let h = Harness::start().await;
    let r = h
        .post(
            "/v1/databases",
            json!({
                "parent": {"type": "page_id", "page_id": h.emu.parent_page_id()},
                "title": [{"type": "text", "text": {"content": "Contacts"}}],
                "is_inline": true,
                "initial_data_source": {"properties": crm_schema()},
            }),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let db = &r.body;
    assert_eq!(db["object"], "database");
    assert_eq!(
        db["parent"],
        json!({"type": "page_id", "page_id": h.emu.parent_page_id()})
    );
    assert_eq!(db["title"][0]["plain_text"], "Contacts");
    assert_eq!(db["is_inline"], true);
    assert_eq!(db["in_trash"], false);
    assert_eq!(db["archived"], false);
    assert!(
        db.get("properties").is_none(),
        "2025-09-03 databases carry no properties"
    );
    assert_eq!(db["data_sources"][0]["name"], "Contacts");
    assert_eq!(db["created_time"], "2026-03-01T12:00:00.000Z");
    let ds_id = db["data_sources"][0]["id"].as_str().unwrap();

    // GET database, in both versions.
    let id = db["id"].as_str().unwrap();
    let got = h.get(&format!("/v1/databases/{id}")).await;
    assert_eq!(got.body["data_sources"], db["data_sources"]);
    let got = h
        .send(
            "GET",
            &format!("/v1/databases/{}", id.replace('-', "")),
            V2026,
            None,
        )
        .await;
    assert_eq!(got.status, 200);
    assert!(got.body.get("archived").is_none());
    assert_eq!(got.body["in_trash"], false);

    // GET data source: schema keyed by name with ids and type configs.
    let ds = h.get(&format!("/v1/data_sources/{ds_id}")).await;
    assert_eq!(ds.status, 200, "{}", ds.body);
    let ds = ds.body;
    assert_eq!(ds["object"], "data_source");
    assert_eq!(
        ds["parent"],
        json!({"type": "database_id", "database_id": id})
    );
    assert_eq!(ds["database_parent"]["page_id"], h.emu.parent_page_id());
    let props = ds["properties"].as_object().unwrap();
    assert_eq!(props.len(), 14);
    assert_eq!(props["Name"]["id"], "title");
    assert_eq!(props["Name"]["type"], "title");
    assert_eq!(props["Value"]["number"]["format"], "dollar");
    assert_eq!(props["Stage"]["select"]["options"][1]["name"], "Won");
    assert_eq!(props["Stage"]["select"]["options"][1]["color"], "green");
    assert_eq!(
        props["Status"]["status"]["options"][0]["name"],
        "Not started"
    );
    assert_eq!(props["Status"]["status"]["groups"][0]["name"], "To-do");
    assert_eq!(props["Created"]["type"], "created_time");
}

#[tokio::test]
async fn legacy_version_sees_database_properties() {
    let h = Harness::start().await;
    let (db, _) = h.crm().await;
    let r = h
        .send("GET", &format!("/v1/databases/{db}"), "2022-06-28", None)
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body["properties"]["Name"]["type"], "title");
    assert!(r.body.get("data_sources").is_none());
}

#[tokio::test]
async fn schema_updates_add_rename_delete_and_options() {
    let h = Harness::start().await;
    let (_, ds) = h.crm().await;
    let path = format!("/v1/data_sources/{ds}");
    let before = h.get(&path).await.body;
    let value_id = before["properties"]["Value"]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let r = h
        .patch(
            &path,
            json!({
                "title": [{"text": {"content": "People"}}],
                "properties": {
                    "Notes": {"rich_text": {}},
                    "Score": {"type": "number", "number": {"format": "percent"}},
                    value_id.clone(): {"name": "Amount"},
                    "Site": null,
                    "Stage": {"select": {"options": [{"name": "Lost", "color": "red"}, {"name": "Open", "color": "gray"}]}},
                    "Status": {"status": {"options": [{"name": "Blocked"}]}},
                    "Company": {"relation": {"data_source_id": ds, "single_property": {}}},
                },
            }),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let props = r.body["properties"].as_object().unwrap();
    assert_eq!(r.body["title"][0]["plain_text"], "People");
    assert!(props.contains_key("Notes"));
    assert_eq!(props["Score"]["number"]["format"], "percent");
    assert_eq!(
        props["Amount"]["id"],
        value_id.as_str(),
        "rename keeps the id"
    );
    assert!(!props.contains_key("Value"));
    assert!(!props.contains_key("Site"));
    let stage: Vec<_> = props["Stage"]["select"]["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["name"].clone(), o["color"].clone()))
        .collect();
    assert_eq!(
        stage,
        [
            (json!("Open"), json!("gray")),
            (json!("Won"), json!("green")),
            (json!("Lost"), json!("red"))
        ]
    );
    let status = &props["Status"]["status"];
    assert_eq!(status["options"].as_array().unwrap().len(), 4);
    assert_eq!(
        status["groups"][0]["option_ids"].as_array().unwrap().len(),
        2
    );
    assert_eq!(props["Company"]["relation"]["data_source_id"], ds.as_str());

    // The rename is visible on rows and in filters by the new name.
    h.row(&ds, json!({"Name": title("a"), "Amount": {"number": 5}}))
        .await;
    let q = h
        .post(
            &format!("/v1/data_sources/{ds}/query"),
            json!({"filter": {"property": "Amount", "number": {"equals": 5}}}),
        )
        .await;
    assert_eq!(q.body["results"].as_array().unwrap().len(), 1, "{}", q.body);

    // Errors.
    let e = h.patch(&path, json!({"properties": {"Name": null}})).await;
    assert_error(&e, 400, "validation_error");
    let e = h
        .patch(&path, json!({"properties": {"Ghost": {"name": "x"}}}))
        .await;
    assert_eq!(
        assert_error(&e, 400, "validation_error"),
        "Ghost is not a property that exists."
    );
    let e = h
        .patch(&path, json!({"properties": {"Notes": {"name": "Amount"}}}))
        .await;
    assert_error(&e, 400, "validation_error");
    let e = h
        .patch(
            &path,
            json!({"properties": {"Tags": {"multi_select": {"options": [{"name": "a,b"}]}}}}),
        )
        .await;
    assert!(assert_error(&e, 400, "validation_error").contains("commas"));
    let e = h.patch(&path, json!({"properties": {"Rel": {"relation": {"data_source_id": "00000000-0000-4000-8000-000000000000"}}}})).await;
    assert_error(&e, 404, "object_not_found");
}

#[tokio::test]
async fn second_data_source_and_page_parented_data_source() {
    let h = Harness::start().await;
    let (db, _) = h.crm().await;
    // SDK form: parent database_id.
    let r = h
        .post("/v1/data_sources", json!({"parent": {"type": "database_id", "database_id": db}, "title": [{"text": {"content": "Archive"}}], "properties": {"Name": {"title": {}}}}))
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["parent"]["database_id"], db.as_str());
    let got = h.get(&format!("/v1/databases/{db}")).await;
    assert_eq!(got.body["data_sources"].as_array().unwrap().len(), 2);
    assert_eq!(got.body["data_sources"][1]["name"], "Archive");

    // With two data sources, a database_id page parent is refused.
    let e = h
        .post(
            "/v1/pages",
            json!({"parent": {"database_id": db}, "properties": {"Name": title("x")}}),
        )
        .await;
    assert_error(&e, 400, "validation_error");

    // OpenAPI form: parent page_id (a new database is made for it).
    let r = h.post("/v1/data_sources", json!({"parent": {"page_id": h.emu.parent_page_id()}, "properties": {"Title": {"title": {}}}})).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["database_parent"]["page_id"], h.emu.parent_page_id());
    assert_eq!(h.emu.data_source_ids().len(), 3);
}

#[tokio::test]
async fn database_errors() {
    let h = Harness::start().await;
    let missing = "11111111-1111-4111-8111-111111111111";
    let e = h.get(&format!("/v1/databases/{missing}")).await;
    let msg = assert_error(&e, 404, "object_not_found");
    assert!(msg.contains(missing));
    let e = h.post("/v1/databases", json!({"parent": {"type": "page_id", "page_id": missing}, "initial_data_source": {"properties": {"N": {"title": {}}}}})).await;
    assert_error(&e, 404, "object_not_found");
    let e = h.post("/v1/databases", json!({"parent": {"type": "page_id", "page_id": h.emu.parent_page_id()}, "initial_data_source": {"properties": {"N": {"rich_text": {}}}}})).await;
    assert_error(&e, 400, "validation_error");
    let e = h.post("/v1/databases", json!({"title": []})).await;
    assert_error(&e, 400, "validation_error");
    // A database id used as a data source id is not found (a known migration pitfall).
    let (db, _) = h.crm().await;
    let e = h
        .post(&format!("/v1/data_sources/{db}/query"), json!({}))
        .await;
    assert_error(&e, 404, "object_not_found");
    // Databases have no properties in 2025-09-03 updates.
    let e = h
        .patch(
            &format!("/v1/databases/{db}"),
            json!({"properties": {"X": {"rich_text": {}}}}),
        )
        .await;
    assert_error(&e, 400, "validation_error");
    // Title update and trash of the container.
    let r = h
        .patch(
            &format!("/v1/databases/{db}"),
            json!({"title": [{"text": {"content": "Renamed"}}], "in_trash": true}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["title"][0]["plain_text"], "Renamed");
    assert_eq!(r.body["in_trash"], true);
}

#[tokio::test]
async fn deprecated_database_query_still_answers() {
    let h = Harness::start().await;
    let (db, ds) = h.crm().await;
    h.row(&ds, json!({"Name": title("one")})).await;
    let r = h
        .send(
            "POST",
            &format!("/v1/databases/{db}/query"),
            "2022-06-28",
            Some(json!({})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["type"], "page_or_database");
    assert_eq!(
        r.body["results"][0]["parent"],
        json!({"type": "database_id", "database_id": db})
    );
}
