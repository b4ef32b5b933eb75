//! Pages: create, read, update, trash and restore in 2025-09-03 and 2026-03-11.

mod common;

use common::*;
use serde_json::{Value, json};

#[tokio::test]
async fn create_page_with_every_property_type() {
    let h = Harness::start().await;
    let (db, ds) = h.crm().await;
    let owner = h.emu.person_user_id();
    let page = h
        .row(
            &ds,
            json!({
                "Name": {"title": [{"type": "text", "text": {"content": "Acme Corp", "link": null}}]},
                "External ID": {"rich_text": [{"text": {"content": "ghl_123"}, "annotations": {"bold": true}}]},
                "Value": {"number": 1234.5},
                "Stage": {"select": {"name": "Won"}},
                "Tags": {"multi_select": [{"name": "vip"}, {"name": "new-tag"}]},
                "Status": {"status": {"name": "In progress"}},
                "Due": {"date": {"start": "2026-05-01", "end": null}},
                "Done": {"checkbox": true},
                "Site": {"url": "https://example.com"},
                "Email": {"email": "a@b.co"},
                "Phone": {"phone_number": "+1 555 0100"},
                "Owner": {"people": [{"object": "user", "id": owner}]},
            }),
        )
        .await;
    assert_eq!(page["object"], "page");
    assert_eq!(page["id"].as_str().unwrap().len(), 36);
    assert_eq!(
        page["parent"],
        json!({"type": "data_source_id", "data_source_id": ds, "database_id": db})
    );
    assert_eq!(
        page["created_by"],
        json!({"object": "user", "id": h.emu.bot_user_id()})
    );
    assert_eq!(page["archived"], false);
    assert_eq!(page["in_trash"], false);
    assert!(
        page["url"]
            .as_str()
            .unwrap()
            .starts_with("https://www.notion.so/Acme-Corp-")
    );
    let p = &page["properties"];
    assert_eq!(
        p["Name"],
        json!({"id": "title", "type": "title", "title": [{
        "type": "text", "text": {"content": "Acme Corp", "link": null},
        "annotations": {"bold": false, "italic": false, "strikethrough": false, "underline": false, "code": false, "color": "default"},
        "plain_text": "Acme Corp", "href": null}]})
    );
    assert_eq!(
        p["External ID"]["rich_text"][0]["annotations"]["bold"],
        true
    );
    assert_eq!(p["Value"]["number"], 1234.5);
    assert_eq!(p["Stage"]["select"]["name"], "Won");
    assert_eq!(p["Stage"]["select"]["color"], "green");
    assert_eq!(p["Tags"]["multi_select"][1]["name"], "new-tag");
    assert_eq!(p["Status"]["status"]["name"], "In progress");
    assert_eq!(
        p["Due"]["date"],
        json!({"start": "2026-05-01", "end": null, "time_zone": null})
    );
    assert_eq!(p["Done"]["checkbox"], true);
    assert_eq!(p["Site"]["url"], "https://example.com");
    assert_eq!(p["Email"]["email"], "a@b.co");
    assert_eq!(p["Phone"]["phone_number"], "+1 555 0100");
    assert_eq!(p["Owner"]["people"][0]["id"], owner.as_str());
    assert_eq!(p["Created"]["created_time"], "2026-03-01T12:00:00.000Z");
    assert_eq!(p["Edited"]["type"], "last_edited_time");
    // Each property has an id matching the schema.
    let schema = h.get(&format!("/v1/data_sources/{ds}")).await.body;
    for (name, value) in p.as_object().unwrap() {
        assert_eq!(value["id"], schema["properties"][name]["id"], "{name}");
    }
    // The new multi-select option was added to the schema.
    let tags = &schema["properties"]["Tags"]["multi_select"]["options"];
    assert!(
        tags.as_array()
            .unwrap()
            .iter()
            .any(|o| o["name"] == "new-tag")
    );

    // GET returns the same page; filter_properties narrows it.
    let id = page["id"].as_str().unwrap();
    let got = h.get(&format!("/v1/pages/{id}")).await;
    assert_eq!(got.body, page);
    let value_id = schema["properties"]["Value"]["id"].as_str().unwrap();
    let narrow = h
        .get(&format!(
            "/v1/pages/{id}?filter_properties={}&filter_properties=title",
            urlencode(value_id)
        ))
        .await;
    let keys: Vec<_> = narrow.body["properties"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    assert_eq!(keys, ["Name", "Value"]);
}

fn urlencode(s: &str) -> String {
    s.replace('%', "%25")
}

#[tokio::test]
async fn update_properties_and_timestamps() {
    let h = Harness::start().await;
    let (_, ds) = h.crm().await;
    let page = h.row(&ds, json!({"Name": title("Acme"), "Value": {"number": 1}, "Stage": {"select": {"name": "Open"}}})).await;
    let id = page["id"].as_str().unwrap();
    h.clock.advance(chrono::Duration::seconds(95));
    let r = h
        .patch(&format!("/v1/pages/{id}"), json!({"properties": {"Value": {"number": null}, "Stage": {"select": null}, "External ID": text("x")}}))
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["properties"]["Value"]["number"], Value::Null);
    assert_eq!(r.body["properties"]["Stage"]["select"], Value::Null);
    assert_eq!(
        r.body["properties"]["Name"]["title"][0]["plain_text"], "Acme",
        "untouched values stay"
    );
    assert_eq!(r.body["created_time"], "2026-03-01T12:00:00.000Z");
    // Notion rounds timestamps down to the minute.
    assert_eq!(r.body["last_edited_time"], "2026-03-01T12:01:00.000Z");
    // Properties may be keyed by id.
    let r = h
        .patch(
            &format!("/v1/pages/{id}"),
            json!({"properties": {"title": title("Renamed")}}),
        )
        .await;
    assert_eq!(
        r.body["properties"]["Name"]["title"][0]["plain_text"],
        "Renamed"
    );
}

#[tokio::test]
async fn trash_and_restore_in_2025_09_03() {
    let h = Harness::start().await;
    let (_, ds) = h.crm().await;
    let id = h.row(&ds, json!({"Name": title("a")})).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let r = h
        .send(
            "PATCH",
            &format!("/v1/pages/{id}"),
            V2025,
            Some(json!({"archived": true})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["archived"], true);
    assert_eq!(r.body["in_trash"], true);
    assert!(h.emu.pages_in(&ds).is_empty());
    // Editing a trashed page is refused.
    let e = h
        .patch(
            &format!("/v1/pages/{id}"),
            json!({"properties": {"Name": title("b")}}),
        )
        .await;
    assert_error(&e, 400, "validation_error");
    // Restoring with in_trash works in 2025-09-03 too, and edits may come with it.
    let r = h
        .send(
            "PATCH",
            &format!("/v1/pages/{id}"),
            V2025,
            Some(json!({"in_trash": false, "properties": {"Name": title("b")}})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["archived"], false);
    assert_eq!(h.emu.pages_in(&ds).len(), 1);
}

#[tokio::test]
async fn trash_and_restore_in_2026_03_11() {
    let h = Harness::start().await;
    let (_, ds) = h.crm().await;
    let r = h
        .send("POST", "/v1/pages", V2026, Some(json!({"parent": {"type": "data_source_id", "data_source_id": ds}, "properties": {"Name": title("a")}})))
        .await;
    assert_eq!(r.status, 200);
    assert!(
        r.body.get("archived").is_none(),
        "2026-03-11 has no archived"
    );
    let id = r.body["id"].as_str().unwrap().to_owned();
    // `archived` is gone in 2026-03-11.
    let e = h
        .send(
            "PATCH",
            &format!("/v1/pages/{id}"),
            V2026,
            Some(json!({"archived": true})),
        )
        .await;
    let msg = assert_error(&e, 400, "validation_error");
    assert!(msg.contains("body.archived"), "{msg}");
    let r = h
        .send(
            "PATCH",
            &format!("/v1/pages/{id}"),
            V2026,
            Some(json!({"in_trash": true})),
        )
        .await;
    assert_eq!(r.body["in_trash"], true);
    assert!(r.body.get("archived").is_none());
    // Trashed pages can still be read.
    let got = h.send("GET", &format!("/v1/pages/{id}"), V2026, None).await;
    assert_eq!(got.body["in_trash"], true);
    let r = h
        .send(
            "PATCH",
            &format!("/v1/pages/{id}"),
            V2026,
            Some(json!({"in_trash": false})),
        )
        .await;
    assert_eq!(r.body["in_trash"], false);
    // The snapshot keeps trashed pages too.
    let snap = h.emu.snapshot();
    assert_eq!(snap["pages"].as_array().unwrap().len(), 2); // the parent page + the row
}

#[tokio::test]
async fn database_parent_and_page_parent() {
    let h = Harness::start().await;
    let (db, ds) = h.crm().await;
    // A database_id parent works while the database has one data source (OpenAPI form, no type).
    let r = h
        .post(
            "/v1/pages",
            json!({"parent": {"database_id": db}, "properties": {"Name": title("via db")}}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["parent"]["data_source_id"], ds.as_str());
    // A sub-page of a page has only a title.
    let r = h
        .post("/v1/pages", json!({"parent": {"page_id": h.emu.parent_page_id()}, "properties": {"title": title("Notes")}}))
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        r.body["parent"],
        json!({"type": "page_id", "page_id": h.emu.parent_page_id()})
    );
    assert_eq!(
        r.body["properties"]["title"]["title"][0]["plain_text"],
        "Notes"
    );
}

#[tokio::test]
async fn human_edits_are_visible_to_the_api() {
    let h = Harness::start().await;
    let (_, ds) = h.crm().await;
    let id = h
        .row(&ds, json!({"Name": title("a"), "Value": {"number": 1}}))
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    h.clock.advance(chrono::Duration::minutes(5));
    let edited = h
        .emu
        .edit_page_as_user(&id, json!({"Value": {"number": 2}}))
        .unwrap();
    assert_eq!(edited["last_edited_by"]["id"], h.emu.person_user_id());
    let got = h.get(&format!("/v1/pages/{id}")).await.body;
    assert_eq!(got["properties"]["Value"]["number"], 2);
    assert_eq!(got["last_edited_time"], "2026-03-01T12:05:00.000Z");
    assert!(
        h.emu
            .edit_page_as_user(&id, json!({"Ghost": {"number": 2}}))
            .is_err()
    );
    h.emu.set_page_in_trash_as_user(&id, true).unwrap();
    assert!(h.emu.pages_in(&ds).is_empty());
    let added = h
        .emu
        .create_page_as_user(&ds, json!({"Name": title("by hand")}))
        .unwrap();
    assert_eq!(added["created_by"]["id"], h.emu.person_user_id());
    // reset() empties the workspace and replays ids from the seed.
    let parent = h.emu.parent_page_id();
    h.emu.reset();
    assert_eq!(h.emu.parent_page_id(), parent);
    assert!(h.emu.data_source_ids().is_empty());
}

#[tokio::test]
async fn ids_are_deterministic_for_a_seed() {
    let a = Harness::start().await;
    let b = Harness::start().await;
    let (db_a, ds_a) = a.crm().await;
    let (db_b, ds_b) = b.crm().await;
    assert_eq!((db_a, ds_a), (db_b, ds_b));
}
