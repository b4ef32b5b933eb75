//! Tasks and notes against wiremock: per-contact CRUD paths and bodies, the location-wide
//! task search (its path, body and `skip` stream), and the spec's examples.

#[path = "fixtures/harness.rs"]
mod harness;

use chrono::{TimeZone, Utc};
use futures_util::TryStreamExt;
use ghl_client::models::note::{NewNote, UpdateNote};
use ghl_client::models::task::{NewTask, TaskSearch, UpdateTask};
use ghl_client::{ContactId, NoteId, TaskId};
use harness::{LOCATION, client, created, fixture, ok, server};
use serde_json::{Value, json};
use wiremock::Mock;
use wiremock::matchers::{body_json, body_partial_json, header, method, path};

fn ids() -> (ContactId, TaskId, NoteId) {
    ("c1".into(), "t1".into(), "n1".into())
}

#[tokio::test]
async fn task_crud_paths_bodies_and_examples() {
    let server = server().await;
    let v = ("Version", "2021-07-28");
    Mock::given(method("GET"))
        .and(path("/contacts/c1/tasks"))
        .and(header(v.0, v.1))
        .respond_with(ok(fixture("tasks_list")))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/contacts/c1/tasks/t1"))
        .and(header(v.0, v.1))
        .respond_with(ok(fixture("task_get")))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/contacts/c1/tasks"))
        .and(header(v.0, v.1))
        .and(body_json(json!({
            "title": "Call back",
            "body": "About the quote",
            "dueDate": "2024-05-01T09:00:00.000Z",
            "completed": false,
            "assignedTo": "u1"
        })))
        .respond_with(created(fixture("task_get")))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .and(path("/contacts/c1/tasks/t1"))
        .and(header(v.0, v.1))
        .and(body_json(json!({"title": "Call again"})))
        .respond_with(ok(fixture("task_get")))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .and(path("/contacts/c1/tasks/t1/completed"))
        .and(header(v.0, v.1))
        .and(body_json(json!({"completed": true})))
        .respond_with(ok(fixture("task_get")))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path("/contacts/c1/tasks/t1"))
        .and(header(v.0, v.1))
        .respond_with(ok(fixture("task_delete")))
        .expect(1)
        .mount(&server)
        .await;

    let tasks = client(&server).tasks();
    let (contact, task, _) = ids();
    let listed = tasks.list(&contact).await.expect("list");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].title.as_deref(), Some("test"));
    assert_eq!(
        listed[0].due_date.map(|t| t.to_rfc3339()),
        Some("2021-07-08T02:30:00+00:00".to_owned())
    );
    let one = tasks.get(&contact, &task).await.expect("get");
    assert_eq!(one.completed, Some(true));
    let due = Utc
        .with_ymd_and_hms(2024, 5, 1, 9, 0, 0)
        .single()
        .expect("date");
    tasks
        .create(
            &contact,
            NewTask::new("Call back", due)
                .body("About the quote")
                .assigned_to("u1"),
        )
        .await
        .expect("create");
    tasks
        .update(&contact, &task, UpdateTask::new().title("Call again"))
        .await
        .expect("update");
    tasks
        .complete(&contact, &task, true)
        .await
        .expect("complete");
    assert!(tasks.delete(&contact, &task).await.expect("delete"));
}

#[tokio::test]
async fn location_task_search_posts_to_the_location_path() {
    let server = server().await;
    Mock::given(method("POST"))
        .and(path("/locations/loc_1/tasks/search"))
        .and(header("Version", "2021-07-28"))
        .and(body_json(json!({
            "contactId": ["c1", "c2"],
            "completed": false,
            "assignedTo": ["u1"],
            "query": "call",
            "limit": 10
        })))
        .respond_with(ok(json!({"tasks": [
            {"_id": "t1", "title": "Call", "completed": false, "dueDate": "2024-05-01T09:00:00Z", "contactId": "c1"},
            {"id": "t2", "title": "Call 2", "completed": false}
        ]})))
        .expect(1)
        .mount(&server)
        .await;
    let page = client(&server)
        .tasks()
        .search(
            TaskSearch::new()
                .contact_id(vec!["c1".into(), "c2".into()])
                .completed(false)
                .assigned_to(vec!["u1".into()])
                .query("call")
                .limit(10),
        )
        .await
        .expect("search");
    let ids: Vec<&str> = page.items.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["t1", "t2"]);
    assert_eq!(page.next, None);

    // The spec's own example (`tasks` as an array of arrays) decodes as no tasks.
    let server = harness::server().await;
    Mock::given(method("POST"))
        .and(path("/locations/loc_9/tasks/search"))
        .respond_with(ok(fixture("location_tasks_search")))
        .expect(1)
        .mount(&server)
        .await;
    let page = client(&server)
        .tasks()
        .search(TaskSearch::new().location_id("loc_9"))
        .await
        .expect("search");
    assert!(page.items.is_empty());
}

fn task_page(from: usize, n: usize) -> Value {
    let tasks: Vec<Value> = (from..from + n)
        .map(|i| json!({"id": format!("t{i}")}))
        .collect();
    json!({ "tasks": tasks })
}

#[tokio::test]
async fn location_task_stream_walks_three_pages_by_skip() {
    let server = server().await;
    for (skip, page) in [(2, task_page(2, 2)), (4, task_page(4, 1))] {
        Mock::given(method("POST"))
            .and(path(format!("/locations/{LOCATION}/tasks/search")))
            .and(body_partial_json(json!({ "skip": skip, "limit": 2 })))
            .respond_with(ok(page))
            .with_priority(1)
            .expect(1)
            .mount(&server)
            .await;
    }
    Mock::given(method("POST"))
        .and(path(format!("/locations/{LOCATION}/tasks/search")))
        .and(body_json(json!({ "limit": 2 })))
        .respond_with(ok(task_page(0, 2)))
        .with_priority(5)
        .expect(1)
        .mount(&server)
        .await;
    let ids: Vec<String> = client(&server)
        .tasks()
        .search_stream(TaskSearch::new().limit(2))
        .map_ok(|t| t.id.to_string())
        .try_collect()
        .await
        .expect("stream");
    assert_eq!(ids, ["t0", "t1", "t2", "t3", "t4"]);
}

#[tokio::test]
async fn note_crud_paths_bodies_and_examples() {
    let server = server().await;
    let v = ("Version", "2021-07-28");
    Mock::given(method("GET"))
        .and(path("/contacts/c1/notes"))
        .and(header(v.0, v.1))
        .respond_with(ok(fixture("notes_list")))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/contacts/c1/notes/n1"))
        .and(header(v.0, v.1))
        .respond_with(ok(fixture("note_get")))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/contacts/c1/notes"))
        .and(header(v.0, v.1))
        .and(body_json(
            json!({"body": "Met at the fair", "userId": "u1", "color": "#FFAA00"}),
        ))
        .respond_with(created(fixture("note_get")))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .and(path("/contacts/c1/notes/n1"))
        .and(header(v.0, v.1))
        .and(body_json(json!({"pinned": true})))
        .respond_with(ok(fixture("note_get")))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path("/contacts/c1/notes/n1"))
        .and(header(v.0, v.1))
        .respond_with(ok(fixture("note_delete")))
        .expect(1)
        .mount(&server)
        .await;

    let notes = client(&server).notes();
    let (contact, _, note) = ids();
    let listed = notes.list(&contact).await.expect("list");
    assert_eq!(listed[0].id.as_str(), "HGPcayliwcdoUFzvbTok");
    assert_eq!(listed[0].title.as_deref(), Some("Follow-up summary"));
    assert_eq!(listed[0].pinned, Some(false));
    let got = notes.get(&contact, &note).await.expect("get");
    assert_eq!(
        got.date_added.map(|t| t.timestamp_millis()),
        Some(1625745731285)
    );
    notes
        .create(
            &contact,
            NewNote::new("Met at the fair")
                .user_id("u1")
                .color("#FFAA00"),
        )
        .await
        .expect("create");
    notes
        .update(&contact, &note, UpdateNote::new().pinned(true))
        .await
        .expect("update");
    assert!(notes.delete(&contact, &note).await.expect("delete"));
}
