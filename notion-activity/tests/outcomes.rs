//! Outcome classes of the pipeline: a 2xx whose body is cut or cannot be decoded is an
//! unknown outcome on a create (sent once) and a lost answer on a read (retried inside the
//! pipeline); a refused connection sent nothing and is retried on every method.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use notion_activity::runtime::ManualClock;
use notion_activity::runtime::retry::ErrorKind;
use notion_activity::{DataSourceId, Error, PageId};
use serde_json::{Map, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn page_json(id: &str) -> serde_json::Value {
    json!({"object": "page", "id": id, "created_time": "2026-01-01T00:00:00.000Z",
           "last_edited_time": "2026-01-01T00:00:00.000Z", "in_trash": false, "properties": {}})
}

/// A 200 whose JSON stops half-way, as a proxy that cut the answer would send it.
fn truncated() -> ResponseTemplate {
    ResponseTemplate::new(200)
        .insert_header("content-type", "application/json")
        .set_body_string(r#"{"object":"page","id":"p-tru"#)
}

#[tokio::test]
async fn a_create_with_a_truncated_2xx_body_is_an_unknown_outcome_sent_once() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/pages"))
        .respond_with(truncated())
        .expect(1)
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = common::mock_client(&server.uri(), &clock);
    let err = client
        .create_page(&DataSourceId::from("ds1"), Map::new())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    assert!(err.outcome_unknown(), "a 2xx means the row may exist");
    assert_eq!(err.retry_kind(), ErrorKind::Transient);
    assert_eq!(client.metrics().requests, 1);
    assert_eq!(client.metrics().retries, 0);
}

#[tokio::test]
async fn a_create_whose_2xx_body_has_the_wrong_shape_is_an_unknown_outcome() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/databases"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": 7})))
        .expect(1)
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = common::mock_client(&server.uri(), &clock);
    let body = notion_activity::models::database::CreateDatabase::new(
        "parent",
        "Log",
        notion_activity::Schema::new().title("Name"),
    );
    let err = client.create_database(&body).await.unwrap_err();
    assert!(
        matches!(&err, Error::Decode { json_path, .. } if json_path == "id"),
        "{err:?}"
    );
    assert!(err.outcome_unknown());
}

#[tokio::test]
async fn a_read_with_a_truncated_body_is_retried_and_succeeds() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/pages/p1"))
        .respond_with(truncated())
        .up_to_n_times(2)
        .expect(2)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/pages/p1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page_json("p1")))
        .expect(1)
        .mount(&server)
        .await;
    // A query is a read-only POST: the same.
    Mock::given(method("POST"))
        .and(path("/v1/data_sources/ds1/query"))
        .respond_with(truncated())
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/data_sources/ds1/query"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "object": "list", "results": [page_json("p2")], "next_cursor": null, "has_more": false
        })))
        .expect(1)
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = common::mock_client(&server.uri(), &clock);
    let page = client.retrieve_page(&PageId::from("p1")).await.unwrap();
    assert_eq!(page.id.as_str(), "p1");
    let found = client
        .query_data_source(&DataSourceId::from("ds1"), &Default::default())
        .await
        .unwrap();
    assert_eq!(found.results.len(), 1);
    assert_eq!(client.metrics().retries, 3);
}

#[tokio::test]
async fn a_read_that_never_decodes_gives_up_at_max_attempts() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/pages/p1"))
        .respond_with(truncated())
        .expect(6)
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = common::mock_client(&server.uri(), &clock);
    let err = client.retrieve_page(&PageId::from("p1")).await.unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
}

/// A server that answers each connection with the next canned response (the last one
/// repeats) and closes it; counts the requests it read.
async fn raw_server(responses: Vec<Vec<u8>>) -> (String, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let count = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&count);
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let n = seen.fetch_add(1, Ordering::SeqCst);
            let response = responses[n.min(responses.len() - 1)].clone();
            tokio::spawn(async move {
                read_request(&mut socket).await;
                let _ = socket.write_all(&response).await;
                let _ = socket.shutdown().await;
            });
        }
    });
    (format!("http://{addr}"), count)
}

/// Reads one request (headers, then `content-length` bytes of body).
async fn read_request(socket: &mut tokio::net::TcpStream) {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let Ok(n) = socket.read(&mut chunk).await else {
            return;
        };
        if n == 0 {
            return;
        }
        buf.extend_from_slice(&chunk[..n]);
        let text = String::from_utf8_lossy(&buf).to_string();
        if let Some(end) = text.find("\r\n\r\n") {
            let length = text[..end]
                .lines()
                .find_map(|l| {
                    let (k, v) = l.split_once(':')?;
                    k.eq_ignore_ascii_case("content-length")
                        .then(|| v.trim().parse::<usize>().ok())?
                })
                .unwrap_or(0);
            if buf.len() >= end + 4 + length {
                return;
            }
        }
    }
}

/// A 200 that promises more body than it sends, then closes: the body is cut mid-stream.
fn cut_response() -> Vec<u8> {
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{\"object\":\"page\",\"id\":\"p"
        .to_vec()
}

fn full_response(body: &serde_json::Value) -> Vec<u8> {
    let body = body.to_string();
    format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

#[tokio::test]
async fn a_body_cut_mid_stream_is_unknown_on_a_create_and_retried_on_a_read() {
    let clock = ManualClock::new();
    let (uri, requests) = raw_server(vec![cut_response()]).await;
    let client = common::mock_client(&uri, &clock);
    let err = client
        .create_page(&DataSourceId::from("ds1"), Map::new())
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Transport { connect: false, .. }),
        "{err:?}"
    );
    assert!(err.outcome_unknown());
    assert_eq!(requests.load(Ordering::SeqCst), 1, "a create is sent once");

    let (uri, requests) = raw_server(vec![cut_response(), full_response(&page_json("p1"))]).await;
    let client = common::mock_client(&uri, &clock);
    let page = client.retrieve_page(&PageId::from("p1")).await.unwrap();
    assert_eq!(page.id.as_str(), "p1");
    assert_eq!(requests.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_refused_connection_sent_nothing_so_even_a_create_is_retried() {
    let uri = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", listener.local_addr().unwrap())
    };
    let clock = ManualClock::new();
    let client = common::mock_client(&uri, &clock);
    let err = client
        .create_page(&DataSourceId::from("ds1"), Map::new())
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Transport { connect: true, .. }),
        "{err:?}"
    );
    assert!(!err.outcome_unknown(), "nothing reached Notion");
    assert_eq!(client.metrics().requests, 6, "max_attempts");
}

#[tokio::test]
async fn the_activity_log_looks_a_row_up_after_an_undecodable_create_instead_of_duplicating() {
    use notion_activity::activity::{
        ActivityEvent, ActivityLog, ActivityLogOptions, AppendOutcome, activity_schema,
    };
    let server = MockServer::start().await;
    let mut props = serde_json::Map::new();
    for (name, p) in &activity_schema(&ActivityLogOptions::default()).properties {
        let mut obj = p.to_json();
        obj["id"] = json!(name);
        obj["name"] = json!(name);
        obj["type"] = json!(p.kind().as_str());
        props.insert(name.clone(), obj);
    }
    let data_source =
        json!({"object": "data_source", "id": "ds1", "title": [], "properties": props});
    for verb in ["GET", "PATCH"] {
        Mock::given(method(verb))
            .and(path("/v1/data_sources/ds1"))
            .respond_with(ResponseTemplate::new(200).set_body_json(data_source.clone()))
            .mount(&server)
            .await;
    }
    Mock::given(method("POST"))
        .and(path("/v1/pages"))
        .respond_with(truncated())
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/data_sources/ds1/query"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "object": "list", "results": [page_json("p-tru")], "next_cursor": null, "has_more": false
        })))
        .expect(1)
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = common::mock_client(&server.uri(), &clock);
    let log = ActivityLog::open(
        client,
        DataSourceId::from("ds1"),
        ActivityLogOptions::default(),
    )
    .await
    .unwrap();
    let event = ActivityEvent::new("evt-1", "Contact", "Ann", "Created");
    let outcome = log.append(&event, false).await.unwrap();
    assert_eq!(
        outcome,
        AppendOutcome::AlreadyPresent(PageId::from("p-tru"))
    );
}
