//! The webhook receiver over HTTP (feature `webhook-server`).
//!
//! [`WebhookServer`] serves `POST /webhooks/ghl` (and `POST /webhooks/ghl/{event}`, whose last
//! segment is a decode hint for bodies without `type`) on a listener of its own, hardened for
//! the open internet by [`ServerOptions`]: header and body timeouts, a cap on connections and
//! on requests in flight, a per-connection request budget, and a body limit enforced while
//! the body streams. [`router`] / [`router_with`] give the route alone to mount in your own
//! axum app (the request limits come with it; the connection limits are then your server's).
//!
//! Before the [`Ingress`] pipeline (whose answers are in the [`ingress`](super::ingress)
//! docs), a request is answered `415` unless its content type is `application/json`
//! (parameters such as `charset` allowed), `413` when its declared or streamed body exceeds
//! the limit, `408` when the body is not complete within [`ServerOptions::body_read_timeout`],
//! and `429` when no slot freed up in that time. Bodies are small JSON objects, e.g.
//! `{"status":"persisted"}` or `{"status":"rejected","error":"..."}`.
//!
//! ```no_run
//! use std::time::Duration;
//! use ghl_client::webhooks::server::{ServerOptions, WebhookServer};
//! use ghl_client::webhooks::{ChannelSink, Ingress};
//!
//! # async fn run() -> std::io::Result<()> {
//! let (sink, mut events) = ChannelSink::new(1024);
//! tokio::spawn(async move {
//!     while let Some(event) = events.recv().await {
//!         println!("{}", event.event.name());
//!     }
//! });
//! let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;
//! WebhookServer::new(Ingress::new(sink))
//!     .options(ServerOptions::default().header_read_timeout(Duration::from_secs(5)))
//!     .serve_until(listener, async {
//!         let _ = tokio::signal::ctrl_c().await;
//!     })
//!     .await
//! # }
//! ```

mod listener;
mod options;
mod routes;

use std::future::Future;

use axum::Router;
use tokio::net::TcpListener;

pub use options::ServerOptions;

use super::ingress::Ingress;
use super::sink::EventSink;

/// The default route.
pub const DEFAULT_PATH: &str = "/webhooks/ghl";

/// The receiver as a standalone server: the route on a hardened listener.
#[derive(Debug)]
#[must_use]
pub struct WebhookServer<S> {
    ingress: Ingress<S>,
    path: String,
    options: ServerOptions,
}

impl<S: EventSink> WebhookServer<S> {
    /// A server for `ingress` on [`DEFAULT_PATH`] with [`ServerOptions::default`].
    pub fn new(ingress: Ingress<S>) -> Self {
        Self {
            ingress,
            path: DEFAULT_PATH.to_owned(),
            options: ServerOptions::default(),
        }
    }

    /// The route (it must start with `/`); `path/{event}` is served too.
    pub fn path(mut self, path: impl Into<String>) -> Self {
        self.path = path.into();
        self
    }

    /// The limits.
    pub fn options(mut self, options: ServerOptions) -> Self {
        self.options = options;
        self
    }

    /// The route alone, with the request limits.
    ///
    /// # Panics
    ///
    /// If the path is not a valid axum route (it must start with `/`).
    pub fn router(&self) -> Router {
        routes::build(&self.path, self.ingress.clone(), &self.options)
    }

    /// Serves on `listener` until the process stops.
    pub async fn serve(self, listener: TcpListener) -> std::io::Result<()> {
        self.serve_until(listener, std::future::pending()).await
    }

    /// Serves on `listener` until `shutdown` resolves, then stops accepting and lets
    /// requests under way finish (within [`ServerOptions::shutdown_grace`]).
    pub async fn serve_until(
        self,
        listener: TcpListener,
        shutdown: impl Future<Output = ()>,
    ) -> std::io::Result<()> {
        let app = self.router();
        listener::serve(listener, app, &self.options, shutdown).await
    }
}

/// A router serving [`DEFAULT_PATH`] with the default request limits.
pub fn router<S: EventSink>(ingress: Ingress<S>) -> Router {
    router_at(DEFAULT_PATH, ingress)
}

/// A router serving `path` and `path/{event}` with the default request limits.
///
/// # Panics
///
/// If `path` is not a valid axum route (it must start with `/`).
pub fn router_at<S: EventSink>(path: &str, ingress: Ingress<S>) -> Router {
    router_with(path, ingress, &ServerOptions::default())
}

/// A router serving `path` and `path/{event}` with `options`' request limits
/// ([`body_read_timeout`](ServerOptions::body_read_timeout) and
/// [`max_in_flight`](ServerOptions::max_in_flight); the connection limits belong to the
/// server that runs it).
///
/// # Panics
///
/// If `path` is not a valid axum route (it must start with `/`).
pub fn router_with<S: EventSink>(
    path: &str,
    ingress: Ingress<S>,
    options: &ServerOptions,
) -> Router {
    routes::build(path, ingress, options)
}

/// Serves [`router`] on `listener` with [`ServerOptions::default`] until the process stops.
pub async fn serve<S: EventSink>(
    listener: TcpListener,
    ingress: Ingress<S>,
) -> std::io::Result<()> {
    WebhookServer::new(ingress).serve(listener).await
}
