//! The server: one port for GHL paths, Notion's `/v1/...` and the control API under
//! `/_sandbox/`, and the [`Sandbox`] handle that starts and stops it. GHL and Notion paths
//! the sandbox does not emulate answer 501 "not emulated" in each API's error shape; the
//! control API keeps its own 404.
//!
//! The sandbox runs its own accept loop (hyper, HTTP/1.1) instead of `axum::serve` so that a
//! fault plan can drop a connection without answering: every request carries a
//! [`ConnectionKill`] for its connection.
//!
//! ```no_run
//! use ghl_notion_sandbox::{Sandbox, SandboxConfig};
//! # async fn run() -> Result<(), ghl_notion_sandbox::SandboxError> {
//! let sandbox = Sandbox::start(SandboxConfig::default().with_contacts(50)).await?;
//! println!("GHL at {} with token {}", sandbox.ghl_base_url(), sandbox.ghl_api_key());
//! sandbox.shutdown().await;
//! # Ok(()) }
//! ```

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{Method, Uri};
use axum::middleware::from_fn_with_state;
use axum::response::{IntoResponse as _, Response};
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::{JoinHandle, JoinSet};
use tower::ServiceExt as _;

use crate::app::App;
use crate::clock::{HEADER_NOW, HEADER_TIME_SCALE, SandboxClock};
use crate::config::SandboxConfig;
use crate::faults::{Api, ConnectionKill, FaultLayer, inject};
use crate::ghl::errors::{NOT_EMULATED_HEADER, not_emulated_message};
use crate::seed::LocationIdentity;
use crate::stats::{StatsLayer, record};
use crate::{control, ghl};

/// Why a sandbox could not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SandboxError {
    /// The address could not be bound.
    #[error("cannot bind {addr}: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// The OS error.
        source: std::io::Error,
    },
    /// The configuration is invalid.
    #[error("invalid sandbox configuration: {0}")]
    Config(String),
}

/// The three routers, chosen by path prefix, and the clock every answer advertises.
#[derive(Clone)]
struct Routes {
    ghl: Router,
    notion: Router,
    control: Router,
    clock: SandboxClock,
}

impl Routes {
    fn new(app: &Arc<App>) -> Self {
        let notion_app = app.clone();
        let notion = app
            .notion
            .router()
            .fallback(move |method: Method, uri: Uri| {
                notion_not_emulated(notion_app.clone(), method, uri)
            })
            .layer(from_fn_with_state(
                FaultLayer {
                    api: Api::Notion,
                    faults: app.faults.clone(),
                },
                inject,
            ))
            .layer(from_fn_with_state(
                StatsLayer {
                    api: Api::Notion,
                    stats: app.stats.clone(),
                },
                record,
            ));
        Self {
            ghl: ghl::api::router(app.clone()),
            notion,
            control: control::router(app.clone()),
            clock: app.clock.clone(),
        }
    }

    async fn dispatch(self, req: Request) -> Response {
        let path = req.uri().path();
        let router = if path == "/v1" || path.starts_with("/v1/") {
            self.notion
        } else if path == "/_sandbox" || path.starts_with("/_sandbox/") {
            self.control
        } else {
            self.ghl
        };
        let mut response = match router.oneshot(req).await {
            Ok(response) => response,
            Err(never) => match never {},
        };
        advertise_time(&self.clock, response.headers_mut());
        response
    }
}

/// A Notion path under `/v1/` the emulator does not route: 501 in Notion's error shape, code
/// `not_emulated`, with the `x-sandbox-not-emulated` header. (A method the emulator does not
/// serve on a path it routes keeps Notion's own 400 `invalid_request_url`.)
async fn notion_not_emulated(app: Arc<App>, method: Method, uri: Uri) -> Response {
    let request_id = app.trace_id();
    let body = json!({
        "object": "error",
        "status": 501,
        "code": "not_emulated",
        "message": not_emulated_message(&format!("{method} {}", uri.path())),
        "request_id": request_id,
    });
    (
        http::StatusCode::NOT_IMPLEMENTED,
        [(NOT_EMULATED_HEADER, "1")],
        axum::Json(body),
    )
        .into_response()
}

/// The time handshake: every answer (GHL, Notion, control API, faults included) says how fast
/// sandbox time runs and what time it is, so a client's clock can follow it. Its `Date` is
/// sandbox time too (as a real server's `Date` is its own clock), so a client comparing clocks
/// or reading an HTTP-date `Retry-After` sees one time.
fn advertise_time(clock: &SandboxClock, headers: &mut http::HeaderMap) {
    let (scale, now) = clock.reading();
    let date = now.format("%a, %d %b %Y %H:%M:%S GMT").to_string();
    for (name, value) in [
        (HEADER_TIME_SCALE, scale.to_string()),
        (HEADER_NOW, now.timestamp_millis().to_string()),
    ] {
        if let Ok(value) = http::HeaderValue::from_str(&value) {
            headers.insert(name, value);
        }
    }
    if !headers.contains_key(http::header::DATE)
        && let Ok(value) = http::HeaderValue::from_str(&date)
    {
        headers.insert(http::header::DATE, value);
    }
}

/// A running sandbox. Dropping it stops the server.
#[derive(Debug)]
pub struct Sandbox {
    app: Arc<App>,
    addr: SocketAddr,
    stop: watch::Sender<bool>,
    task: Option<JoinHandle<()>>,
}

fn validate(config: &SandboxConfig) -> Result<(), SandboxError> {
    let bad = |m: &str| Err(SandboxError::Config(m.to_owned()));
    if !(config.time_scale.is_finite() && config.time_scale > 0.0) {
        return bad("time scale must be a positive number");
    }
    if !(1..=crate::config::MAX_LOCATIONS).contains(&config.locations) {
        return Err(SandboxError::Config(format!(
            "locations must be within 1..={}",
            crate::config::MAX_LOCATIONS
        )));
    }
    if config.rate_limit.burst_window.is_zero() {
        return bad("the rate-limit window must be longer than zero");
    }
    let w = &config.webhooks;
    for (name, rate) in [
        ("duplicate", w.duplicate_rate),
        ("reorder", w.reorder_rate),
        ("delay", w.delay_rate),
        ("drop", w.drop_rate),
    ] {
        if !(0.0..=1.0).contains(&rate) {
            return Err(SandboxError::Config(format!(
                "webhook {name} rate must be within 0..=1"
            )));
        }
    }
    Ok(())
}

impl Sandbox {
    /// Binds `config.host:config.port`, seeds the data and starts serving in the background.
    pub async fn start(config: SandboxConfig) -> Result<Self, SandboxError> {
        validate(&config)?;
        let addr = SocketAddr::new(config.host, config.port);
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|source| SandboxError::Bind { addr, source })?;
        let addr = listener
            .local_addr()
            .map_err(|source| SandboxError::Bind { addr, source })?;
        let app = App::new(config);
        let routes = Routes::new(&app);
        let (stop, stopped) = watch::channel(false);
        let task = tokio::spawn(serve(listener, routes, stopped));
        tracing::info!(%addr, "sandbox listening");
        Ok(Self {
            app,
            addr,
            stop,
            task: Some(task),
        })
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Base URL of the GHL API (use in place of `https://services.leadconnectorhq.com`).
    pub fn ghl_base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Base URL of the Notion API (use in place of `https://api.notion.com`; paths start
    /// with `/v1`).
    pub fn notion_base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Base URL of the control API.
    pub fn control_url(&self) -> String {
        format!("http://{}/_sandbox", self.addr)
    }

    /// The private-integration token: all scopes on the sandbox location (the first one),
    /// never expires. The other locations' tokens are in [`Sandbox::locations`].
    pub fn ghl_api_key(&self) -> &str {
        &self.app.identity.private_token
    }

    /// The sandbox location's id (the first location's, when there are several).
    pub fn location_id(&self) -> &str {
        &self.app.identity.location_id
    }

    /// Every location of the agency, the first one first: id, name and private-integration
    /// token (which reaches that location only). One entry unless
    /// [`SandboxConfig::locations`] says more.
    pub fn locations(&self) -> &[LocationIdentity] {
        &self.app.identity.locations
    }

    /// The agency's id.
    pub fn company_id(&self) -> &str {
        &self.app.identity.company_id
    }

    /// The OAuth client id the token endpoint accepts.
    pub fn oauth_client_id(&self) -> &str {
        &self.app.identity.oauth_client_id
    }

    /// The marketplace app's id (the client id's prefix), as `/oauth/installedLocations`
    /// takes it.
    pub fn oauth_app_id(&self) -> &str {
        &self.app.identity.app_id
    }

    /// The OAuth client secret.
    pub fn oauth_client_secret(&self) -> &str {
        &self.app.identity.oauth_client_secret
    }

    /// The Notion integration token.
    pub fn notion_token(&self) -> &str {
        self.app.notion.token()
    }

    /// The Notion page under which databases may be created.
    pub fn notion_parent_page_id(&self) -> String {
        self.app.notion.parent_page_id()
    }

    /// Sandbox time (advance it to expire tokens or fire webhook retries).
    pub fn clock(&self) -> &SandboxClock {
        &self.app.clock
    }

    /// Jumps sandbox time forward.
    pub fn advance(&self, by: Duration) {
        self.app.clock.advance(by);
    }

    /// The counters (`GET /_sandbox/stats`).
    pub fn stats(&self) -> Value {
        self.app.stats.snapshot()
    }

    /// Everything the binary prints at start, as JSON: addresses, credentials, and the
    /// clock (`time_scale`, `now`, `now_ms`).
    pub fn info(&self) -> Value {
        control::info(&self.app, &self.ghl_base_url())
    }

    /// Stops accepting, drops open connections and waits for the server task.
    pub async fn shutdown(mut self) {
        let _ = self.stop.send(true);
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

async fn serve(listener: TcpListener, routes: Routes, mut stopped: watch::Receiver<bool>) {
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            _ = stopped.changed() => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    connections.spawn(connection(stream, routes.clone()));
                }
                Err(e) => {
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
    connections.abort_all();
}

async fn connection(stream: TcpStream, routes: Routes) {
    let _ = stream.set_nodelay(true);
    let kill = ConnectionKill::default();
    let request_kill = kill.clone();
    let service = hyper::service::service_fn(move |req: hyper::Request<Incoming>| {
        let routes = routes.clone();
        let mut req = req.map(Body::new);
        req.extensions_mut().insert(request_kill.clone());
        async move { Ok::<_, Infallible>(routes.dispatch(req).await) }
    });
    let conn = hyper::server::conn::http1::Builder::new()
        .keep_alive(true)
        .serve_connection(TokioIo::new(stream), service);
    tokio::select! {
        result = conn => {
            if let Err(e) = result {
                tracing::debug!(error = %e, "connection closed with an error");
            }
        }
        () = kill.killed() => tracing::debug!("connection dropped by a fault plan"),
    }
}

/// The JSON line the binary prints: [`Sandbox::info`], including `time_scale`, `now` (RFC
/// 3339) and `now_ms` (Unix milliseconds) of sandbox time at start.
pub fn startup_line(sandbox: &Sandbox) -> String {
    let info = sandbox.info();
    serde_json::to_string(&info).unwrap_or_else(|_| json!({}).to_string())
}
