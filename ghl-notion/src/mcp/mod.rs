//! `ghl-notion mcp`: a [Model Context Protocol](https://modelcontextprotocol.io) server that
//! lets AI assistants read GoHighLevel and the sync, safe by default.
//!
//! - **Read tools** (always): `search_contacts`, `get_contact`, `search_opportunities`,
//!   `get_opportunity`, `list_pipelines`, `list_tasks`, `list_notes`,
//!   `upcoming_appointments`, `sync_status`, `sync_plan`, `recent_activity`.
//! - **Write tools** (only with [`McpOptions::allow_writes`]): `create_contact`,
//!   `update_contact`, `add_note`, `add_task`, `move_opportunity`, `run_sync`. Each takes
//!   `dry_run` (default **true**) and returns what it would send; a real write is logged to
//!   the Notion activity log with the actor `assistant`.
//! - Every tool takes `location`: with agency credentials, the sub-account to act on
//!   (default: the configured location); with a location's credentials only that location.
//!   The sync tools (`sync_status`, `sync_plan`, `recent_activity`, `run_sync`) answer for
//!   the configured location only, except in agency mode (`GhlMcp::agency`, feature
//!   `postgres`), where each location has its own service, state and tables, built on
//!   first use, and a real write is logged to its location's activity log.
//! - Every GHL call goes through the service's one client ([`SyncService::ghl`]), so its
//!   rate limiter, retries and circuit breaker are shared with everything else in the
//!   process; a 429 makes a tool wait, never fail with a raw 429.
//! - Errors are typed MCP errors whose messages never carry a token.
//!
//! ```no_run
//! use ghl_notion::SyncService;
//! use ghl_notion::mcp::{GhlMcp, McpOptions};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let service = SyncService::from_env().await?;
//! GhlMcp::new(service.into(), McpOptions::default())
//!     .serve_stdio()
//!     .await?;
//! # Ok(()) }
//! ```
//!
//! `docs/mcp.md` has the Claude Desktop configuration and example prompts.

#[cfg(feature = "postgres")]
mod agency;
mod convert;
mod cursor;
mod errors;
mod http;
mod read;
pub mod types;
mod write;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use ghl_client::GhlClient;
use rmcp::handler::server::router::tool::ToolRouter;
use rmcp::model::{Implementation, ServerCapabilities, ServerConfig};
use rmcp::{ErrorData, ServerHandler, ServiceExt as _, tool_handler};
use secrecy::SecretString;

pub use errors::{McpServeError, tool_error};
pub use http::{ENV_MCP_TOKEN, MCP_PATH, serve_http};

#[cfg(feature = "postgres")]
pub use agency::{ENV_LOCATION_ID, default_location};

use crate::SyncService;

/// The actor written to the activity log for writes made through the server.
pub const ACTOR: &str = "assistant";

/// How the server behaves.
#[derive(Debug, Clone, Default)]
pub struct McpOptions {
    /// Offer the write tools (`--allow-writes`). Off by default: the server only reads.
    pub allow_writes: bool,
}

/// The MCP server over a [`SyncService`]: cheap to clone (one per HTTP session).
#[derive(Clone)]
pub struct GhlMcp {
    service: Arc<SyncService>,
    options: McpOptions,
    tools: ToolRouter<Self>,
    locations: Arc<Mutex<HashMap<String, GhlClient>>>,
    #[cfg(feature = "postgres")]
    agency: Option<Arc<agency::AgencyLocations>>,
}

impl std::fmt::Debug for GhlMcp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GhlMcp")
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl GhlMcp {
    /// A server over `service`; the write tools are listed only with `options.allow_writes`.
    pub fn new(service: Arc<SyncService>, options: McpOptions) -> Self {
        let mut tools = Self::read_tools();
        if options.allow_writes {
            tools.merge(Self::write_tools());
        }
        Self {
            service,
            options,
            tools,
            locations: Arc::new(Mutex::new(HashMap::new())),
            #[cfg(feature = "postgres")]
            agency: None,
        }
    }

    /// A server for an agency deployment (`[agency] enabled = true`, see `docs/scale.md`):
    /// each location's service is built on first use as the workers build it, all sharing
    /// one Notion client (on the deployment's shared budget) and the agency's token. Tools
    /// that name no `location` act on [`default_location`] (`GHL_LOCATION_ID`, else
    /// `[ghl] location_id`, else the first of `[agency] locations`), whose service is built
    /// here, finding or creating its tables.
    #[cfg(feature = "postgres")]
    #[cfg_attr(docsrs, doc(cfg(feature = "postgres")))]
    pub async fn agency(
        config: crate::config::Config,
        options: McpOptions,
    ) -> Result<Self, crate::Error> {
        let (locations, service) = agency::AgencyLocations::connect(config).await?;
        let mut server = Self::new(service, options);
        server.agency = Some(Arc::new(locations));
        Ok(server)
    }

    /// The names of the tools offered, sorted.
    pub fn tool_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .tools
            .list_all()
            .into_iter()
            .map(|t| t.name.into_owned())
            .collect();
        names.sort();
        names
    }

    /// Serves MCP on stdin/stdout until the client closes them.
    pub async fn serve_stdio(self) -> Result<(), McpServeError> {
        let running = self
            .serve(rmcp::transport::stdio())
            .await
            .map_err(|e| McpServeError::Start(e.to_string()))?;
        running
            .waiting()
            .await
            .map_err(|e| McpServeError::Start(e.to_string()))?;
        Ok(())
    }

    /// Serves MCP over streamable HTTP on `listener`, requiring `Authorization: Bearer
    /// <token>` on every request, until `shutdown` resolves.
    pub async fn serve_http(
        self,
        listener: tokio::net::TcpListener,
        token: SecretString,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> Result<(), McpServeError> {
        serve_http(self, listener, token, shutdown).await
    }

    /// The service underneath.
    pub fn service(&self) -> &SyncService {
        &self.service
    }

    /// The client for `location`: in agency mode its service's; otherwise see
    /// [`pick_client`].
    pub(crate) fn client_for(&self, location: Option<&str>) -> Result<GhlClient, ErrorData> {
        #[cfg(feature = "postgres")]
        if let Some(agency) = &self.agency {
            return agency.client(location);
        }
        pick_client(self.service.ghl(), &self.locations, location)
    }

    /// The service of `location`, for the sync tools: in agency mode its own (built on first
    /// use); otherwise the one service, for its configured location only.
    pub(crate) async fn service_for(
        &self,
        location: Option<&str>,
    ) -> Result<Arc<SyncService>, ErrorData> {
        #[cfg(feature = "postgres")]
        if let Some(agency) = &self.agency {
            return agency.service(location).await;
        }
        let configured = self.service.ghl().location_id().ok().map(|l| l.to_string());
        configured_only(configured.as_deref(), location)?;
        Ok(Arc::clone(&self.service))
    }

    /// Runs `run` on `location`'s service; in agency mode while holding the location's lease,
    /// so no worker syncs it at the same time (refused when a live worker holds it).
    pub(crate) async fn with_sync_lease<T, F, Fut>(
        &self,
        location: Option<&str>,
        run: F,
    ) -> Result<T, ErrorData>
    where
        F: FnOnce(Arc<SyncService>) -> Fut,
        Fut: std::future::Future<Output = Result<T, ErrorData>>,
    {
        let service = self.service_for(location).await?;
        #[cfg(feature = "postgres")]
        if let Some(agency) = &self.agency {
            let wanted = agency.wanted(location).to_owned();
            let Some(lease) = agency.hold(&wanted).await? else {
                return run(service).await;
            };
            let outcome = tokio::select! {
                outcome = run(service) => outcome,
                () = lease.lost() => Err(ErrorData::internal_error(
                    format!("the run on {wanted} stopped: its lease could not be renewed, and a worker may take the location over"),
                    None,
                )),
            };
            lease.release().await;
            let error = outcome.as_ref().err().map(|e| e.message.to_string());
            agency.record_run(&wanted, error.as_deref()).await;
            return outcome;
        }
        run(service).await
    }
}

/// Outside agency mode the sync tools answer for the configured location only: `wanted`
/// (trimmed; empty counts as none) must be absent or `configured`.
fn configured_only(configured: Option<&str>, wanted: Option<&str>) -> Result<(), ErrorData> {
    match wanted.map(str::trim).filter(|l| !l.is_empty()) {
        None => Ok(()),
        Some(l) if Some(l) == configured => Ok(()),
        Some(l) => Err(ErrorData::invalid_params(
            format!(
                "`location` {l:?}: the sync (its state and Notion tables) is this server's configured location's only ({}); omit `location`, or run the server in [agency] mode to reach every location's sync",
                configured.unwrap_or("none configured")
            ),
            None,
        )),
    }
}

/// The client for `location`: `ghl` itself for the configured location (or none given); for
/// agency credentials (a company id) a location client minted from `ghl`, kept in `cache`
/// for the process; otherwise an invalid-argument error.
fn pick_client(
    ghl: &GhlClient,
    cache: &Mutex<HashMap<String, GhlClient>>,
    location: Option<&str>,
) -> Result<GhlClient, ErrorData> {
    let default = ghl.location_id().ok().map(|l| l.to_string());
    let wanted = match location.map(str::trim).filter(|l| !l.is_empty()) {
        None => return Ok(ghl.clone()),
        Some(l) if Some(l) == default.as_deref() => return Ok(ghl.clone()),
        Some(l) => l,
    };
    if ghl.company_id().is_none() {
        return Err(ErrorData::invalid_params(
            format!(
                "`location` {wanted:?} is not available: these credentials are one location's ({}); omit `location`",
                default.as_deref().unwrap_or("none configured")
            ),
            None,
        ));
    }
    let mut cache = cache.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(client) = cache.get(wanted) {
        return Ok(client.clone());
    }
    let client = ghl.for_location(wanted).map_err(|e| tool_error(&e))?;
    cache.insert(wanted.to_owned(), client.clone());
    Ok(client)
}

/// Whether a write tool's `dry_run` asks for a dry run (absent: yes).
pub(crate) fn is_dry_run(dry_run: Option<bool>) -> bool {
    dry_run.unwrap_or(true)
}

#[tool_handler(router = self.tools)]
impl ServerHandler for GhlMcp {
    fn get_info(&self) -> ServerConfig {
        let writes = if self.options.allow_writes {
            "Write tools are enabled; each takes dry_run (default true) and shows what it would send: call it again with dry_run false only after the user agreed."
        } else {
            "This server is read-only (start it with --allow-writes to offer write tools)."
        };
        ServerConfig::new(ServerCapabilities::builder().enable_tools().build())
            .with_server_info(Implementation::new("ghl-notion", env!("CARGO_PKG_VERSION")))
            .with_instructions(format!(
                "GoHighLevel (contacts, opportunities, pipelines, tasks, notes, appointments) and its Notion mirror. Lists return at most 50 items and a next_cursor. {writes}"
            ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(company: Option<&str>) -> GhlClient {
        let mut builder = GhlClient::builder()
            .base_url("http://127.0.0.1:9")
            .private_token("pit-test")
            .location_id("loc-1");
        if let Some(company) = company {
            builder = builder.company_id(company);
        }
        builder.build().expect("a client")
    }

    #[test]
    fn a_location_s_credentials_serve_only_that_location() {
        let ghl = client(None);
        let cache = Mutex::new(HashMap::new());
        for location in [None, Some("loc-1"), Some(" "), Some("")] {
            let picked = pick_client(&ghl, &cache, location).expect("the configured location");
            assert_eq!(picked.location_id().unwrap().as_str(), "loc-1");
        }
        let err = pick_client(&ghl, &cache, Some("loc-2")).unwrap_err();
        assert_eq!(err.code, rmcp::model::ErrorCode::INVALID_PARAMS);
        assert!(err.message.contains("loc-1"), "{}", err.message);
        assert!(!err.message.contains("pit-test"));
    }

    #[test]
    fn agency_credentials_reach_every_location_with_one_client_each() {
        let ghl = client(Some("company-1"));
        let cache = Mutex::new(HashMap::new());
        let default = pick_client(&ghl, &cache, None).expect("the default");
        assert_eq!(default.location_id().unwrap().as_str(), "loc-1");
        let other = pick_client(&ghl, &cache, Some("loc-2")).expect("another location");
        assert_eq!(other.location_id().unwrap().as_str(), "loc-2");
        assert_eq!(other.company_id().map(|c| c.as_str()), Some("company-1"));
        pick_client(&ghl, &cache, Some("loc-2")).expect("again");
        pick_client(&ghl, &cache, Some("loc-3")).expect("a third");
        assert_eq!(cache.lock().unwrap().len(), 2, "one client per location");
    }

    #[test]
    fn outside_agency_mode_the_sync_tools_serve_the_configured_location_only() {
        for wanted in [None, Some("loc-1"), Some(" loc-1 "), Some(""), Some("  ")] {
            configured_only(Some("loc-1"), wanted).expect("the configured location");
        }
        let err = configured_only(Some("loc-1"), Some("loc-2")).unwrap_err();
        assert_eq!(err.code, rmcp::model::ErrorCode::INVALID_PARAMS);
        assert!(err.message.contains("loc-2"), "{}", err.message);
        assert!(err.message.contains("loc-1"), "{}", err.message);
        assert!(err.message.contains("[agency]"), "{}", err.message);
        assert!(configured_only(None, Some("loc-2")).is_err());
    }

    #[test]
    fn dry_run_is_the_default() {
        assert!(is_dry_run(None));
        assert!(is_dry_run(Some(true)));
        assert!(!is_dry_run(Some(false)));
    }
}
