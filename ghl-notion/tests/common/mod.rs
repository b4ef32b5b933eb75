//! Shared test helpers: an emulator on a local port, clients on a manual clock.
#![allow(dead_code)]

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use notion_activity::runtime::{Clock, ManualClock};
use notion_activity::{NotionClient, NotionVersion};
use notion_emulator::{NotionConfig, NotionEmulator};

pub struct Emu {
    pub emulator: Arc<NotionEmulator>,
    pub base_url: String,
    pub clock: ManualClock,
    /// How many successful page creates still get their answer replaced by a 500.
    pub lose_creates: Arc<AtomicUsize>,
    /// Creates that reached the emulator.
    pub creates: Arc<AtomicUsize>,
}

impl Emu {
    pub async fn start(config: NotionConfig) -> Emu {
        let clock = ManualClock::new();
        let c = clock.clone();
        let emulator =
            NotionEmulator::new(config, Arc::new(move || DateTime::<Utc>::from(c.wall())));
        let lose_creates = Arc::new(AtomicUsize::new(0));
        let creates = Arc::new(AtomicUsize::new(0));
        let (lose, count) = (lose_creates.clone(), creates.clone());
        let app = emulator.router().layer(axum::middleware::from_fn(
            move |req: Request, next: Next| {
                let (lose, count) = (lose.clone(), count.clone());
                async move {
                    let is_create =
                        req.method() == http::Method::POST && req.uri().path() == "/v1/pages";
                    let response: Response = next.run(req).await;
                    if is_create && response.status().is_success() {
                        count.fetch_add(1, Ordering::SeqCst);
                        if lose
                            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
                            .is_ok()
                        {
                            // The row was written; the answer is lost.
                            return (
                                http::StatusCode::INTERNAL_SERVER_ERROR,
                                "<html>upstream reset</html>",
                            )
                                .into_response();
                        }
                    }
                    response
                }
            },
        ));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Emu {
            emulator,
            base_url: format!("http://{addr}"),
            clock,
            lose_creates,
            creates,
        }
    }

    pub async fn default() -> Emu {
        Self::start(NotionConfig::default()).await
    }

    pub fn client(&self) -> NotionClient {
        self.client_with(NotionVersion::V2026_03_11)
    }

    pub fn client_with(&self, version: NotionVersion) -> NotionClient {
        NotionClient::builder()
            .base_url(&self.base_url)
            .token(self.emulator.token())
            .version(version)
            .clock(self.clock.shared())
            .jitter_seed(7)
            .build()
            .expect("client")
    }

    pub fn parent(&self) -> String {
        self.emulator.parent_page_id()
    }
}

pub fn mock_client(base_url: &str, clock: &ManualClock) -> NotionClient {
    NotionClient::builder()
        .base_url(base_url)
        .token("secret_test_token")
        .clock(clock.shared())
        .jitter_seed(7)
        .build()
        .expect("client")
}
