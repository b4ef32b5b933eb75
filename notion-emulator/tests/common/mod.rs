//! Test harness: an emulator on 127.0.0.1:0 with a manual clock, and a small HTTP helper.
#![allow(dead_code)]

use std::sync::{Arc, Mutex};

use chrono::{DateTime, TimeZone, Utc};
use notion_emulator::{NotionConfig, NotionEmulator};
use serde_json::{Value, json};

pub const V2025: &str = "2025-09-03";
pub const V2026: &str = "2026-03-11";

/// A clock that only moves when told to.
#[derive(Clone)]
pub struct ManualClock(Arc<Mutex<DateTime<Utc>>>);

impl ManualClock {
    pub fn new() -> Self {
        Self(Arc::new(Mutex::new(
            Utc.with_ymd_and_hms(2026, 3, 1, 12, 0, 0).unwrap(),
        )))
    }
    pub fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap()
    }
    pub fn advance(&self, d: chrono::Duration) {
        *self.0.lock().unwrap() += d;
    }
}

pub struct Harness {
    pub emu: Arc<NotionEmulator>,
    pub clock: ManualClock,
    pub base: String,
    pub client: reqwest::Client,
}

/// A response: status, headers, JSON body (Null when not JSON).
pub struct Reply {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

impl Harness {
    /// Rate limiting off, so functional tests are not throttled.
    pub async fn start() -> Self {
        Self::with(NotionConfig {
            requests_per_second: 0.0,
            ..NotionConfig::default()
        })
        .await
    }

    pub async fn with(config: NotionConfig) -> Self {
        let clock = ManualClock::new();
        let c = clock.clone();
        let emu = NotionEmulator::new(config, Arc::new(move || c.now()));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let router = emu.router();
        tokio::spawn(async move {
            let _ = axum::serve(listener, router).await;
        });
        Self {
            emu,
            clock,
            base: format!("http://{addr}"),
            client: reqwest::Client::new(),
        }
    }

    /// Sends a request with the given version (None: no header) and raw body.
    pub async fn raw(
        &self,
        method: &str,
        path: &str,
        version: Option<&str>,
        token: Option<&str>,
        body: Option<Vec<u8>>,
    ) -> Reply {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut req = self.client.request(method, format!("{}{path}", self.base));
        if let Some(v) = version {
            req = req.header("Notion-Version", v);
        }
        if let Some(t) = token {
            req = req.header("Authorization", format!("Bearer {t}"));
        }
        if let Some(b) = body {
            req = req.header("Content-Type", "application/json").body(b);
        }
        let resp = req.send().await.unwrap();
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let bytes = resp.bytes().await.unwrap();
        let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Reply {
            status,
            headers,
            body,
        }
    }

    /// An authenticated JSON request in `version`.
    pub async fn send(
        &self,
        method: &str,
        path: &str,
        version: &str,
        body: Option<Value>,
    ) -> Reply {
        let token = self.emu.token().to_owned();
        self.raw(
            method,
            path,
            Some(version),
            Some(&token),
            body.map(|b| serde_json::to_vec(&b).unwrap()),
        )
        .await
    }

    pub async fn get(&self, path: &str) -> Reply {
        self.send("GET", path, V2025, None).await
    }
    pub async fn post(&self, path: &str, body: Value) -> Reply {
        self.send("POST", path, V2025, Some(body)).await
    }
    pub async fn patch(&self, path: &str, body: Value) -> Reply {
        self.send("PATCH", path, V2025, Some(body)).await
    }

    /// Creates a CRM-like database; returns (database_id, data_source_id).
    pub async fn crm(&self) -> (String, String) {
        let r = self
            .post(
                "/v1/databases",
                json!({
                    "parent": {"type": "page_id", "page_id": self.emu.parent_page_id()},
                    "title": [{"type": "text", "text": {"content": "Contacts"}}],
                    "initial_data_source": {"properties": crm_schema()},
                }),
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.body);
        let db = r.body["id"].as_str().unwrap().to_owned();
        let ds = r.body["data_sources"][0]["id"].as_str().unwrap().to_owned();
        (db, ds)
    }

    /// Creates a row; panics unless it succeeds. Returns the page object.
    pub async fn row(&self, ds: &str, properties: Value) -> Value {
        let r = self
            .post("/v1/pages", json!({"parent": {"type": "data_source_id", "data_source_id": ds}, "properties": properties}))
            .await;
        assert_eq!(r.status, 200, "{}", r.body);
        r.body
    }
}

pub fn crm_schema() -> Value {
    json!({
        "Name": {"title": {}},
        "External ID": {"rich_text": {}},
        "Value": {"number": {"format": "dollar"}},
        "Stage": {"select": {"options": [{"name": "Open", "color": "blue"}, {"name": "Won", "color": "green"}]}},
        "Tags": {"multi_select": {"options": [{"name": "vip", "color": "red"}]}},
        "Status": {"status": {}},
        "Due": {"date": {}},
        "Done": {"checkbox": {}},
        "Site": {"url": {}},
        "Email": {"email": {}},
        "Phone": {"phone_number": {}},
        "Owner": {"people": {}},
        "Created": {"created_time": {}},
        "Edited": {"last_edited_time": {}},
    })
}

/// `{"title": [text]}` value.
pub fn title(text: &str) -> Value {
    json!({"title": [{"type": "text", "text": {"content": text}}]})
}

/// `{"rich_text": [text]}` value.
pub fn text(t: &str) -> Value {
    json!({"rich_text": [{"type": "text", "text": {"content": t}}]})
}

/// Asserts Notion's error JSON shape and returns the message.
pub fn assert_error(r: &Reply, status: u16, code: &str) -> String {
    assert_eq!(r.status, status, "{}", r.body);
    assert_eq!(r.body["object"], "error", "{}", r.body);
    assert_eq!(r.body["status"], status, "{}", r.body);
    assert_eq!(r.body["code"], code, "{}", r.body);
    assert!(
        r.body["request_id"].as_str().is_some_and(|s| s.len() == 36),
        "{}",
        r.body
    );
    assert!(r.headers.contains_key("x-notion-request-id"));
    r.body["message"].as_str().unwrap_or_default().to_owned()
}
