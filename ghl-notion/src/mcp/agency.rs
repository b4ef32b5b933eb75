//! The server in agency mode (feature `postgres`, `[agency] enabled = true`): every
//! location's [`SyncService`] built on first use, the way the workers build it
//! ([`AgencyParts::service_with`]), and kept for the process. All of them share one Notion
//! client (drawing on the deployment's shared budget in Postgres) and one agency token; each
//! location has one GHL client, used by its read and write tools and by its service alike.
//!
//! `run_sync` holds the location's lease while it runs ([`AgencyLocations::hold`]), so it
//! never syncs a location at the same time as a worker; a location a live worker holds is
//! refused with the worker's name.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use ghl_client::GhlClient;
use rmcp::ErrorData;
use tokio::sync::OnceCell;

use super::errors::tool_error;
use crate::SyncService;
use crate::config::{Config, duration_text};
use crate::error::Error;
use crate::scale::{AgencyParts, Coordinator, LocationClaim, worker_id};

/// The environment variable naming the default location (it wins over the configuration).
pub const ENV_LOCATION_ID: &str = "GHL_LOCATION_ID";

/// The location a tool acts on when it names none, in agency mode: `env`
/// (`GHL_LOCATION_ID`), else `[ghl] location_id`, else the first of `[agency] locations`.
pub fn default_location(env: Option<&str>, config: &Config) -> Result<String, Error> {
    env.map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .or_else(|| {
            config
                .ghl
                .location_id
                .as_deref()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
        })
        .or_else(|| {
            config
                .agency
                .locations
                .iter()
                .map(|l| l.trim())
                .find(|l| !l.is_empty())
                .map(str::to_owned)
        })
        .ok_or_else(|| {
            Error::Config(format!(
                "in [agency] mode the MCP server needs a default location for tools that name none: \
                 set {ENV_LOCATION_ID}, [ghl] location_id or [agency] locations"
            ))
        })
}

/// Every location's client and service, built on first use.
pub(crate) struct AgencyLocations {
    parts: AgencyParts,
    default: String,
    clients: Mutex<HashMap<String, GhlClient>>,
    services: Mutex<HashMap<String, Arc<OnceCell<Arc<SyncService>>>>>,
}

impl std::fmt::Debug for AgencyLocations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AgencyLocations")
            .field("default", &self.default)
            .finish_non_exhaustive()
    }
}

impl AgencyLocations {
    /// Connects to the deployment and builds the default location's service (which finds or
    /// creates its tables), returned beside.
    pub(crate) async fn connect(config: Config) -> Result<(Self, Arc<SyncService>), Error> {
        let env = std::env::var(ENV_LOCATION_ID).ok();
        let default = default_location(env.as_deref(), &config)?;
        let parts = AgencyParts::connect(config, format!("mcp-{}", worker_id())).await?;
        let locations = Self {
            parts,
            default,
            clients: Mutex::new(HashMap::new()),
            services: Mutex::new(HashMap::new()),
        };
        let service = locations.build(&locations.default).await?;
        Ok((locations, service))
    }

    /// The location `location` names (trimmed), or the default one.
    pub(crate) fn wanted<'a>(&'a self, location: Option<&'a str>) -> &'a str {
        location
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .unwrap_or(&self.default)
    }

    /// `location`'s GHL client (the one its service uses).
    pub(crate) fn client(&self, location: Option<&str>) -> Result<GhlClient, ErrorData> {
        let wanted = self.wanted(location);
        self.listed(wanted)?;
        self.client_of(wanted).map_err(|e| tool_error(&e))
    }

    /// With `[agency] locations` set, only those are served.
    fn listed(&self, location: &str) -> Result<(), ErrorData> {
        listed(&self.parts.config().agency.locations, location)
    }

    fn client_of(&self, location: &str) -> Result<GhlClient, ghl_client::Error> {
        let mut clients = self.clients.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(client) = clients.get(location) {
            return Ok(client.clone());
        }
        let client = self.parts.client(location)?;
        clients.insert(location.to_owned(), client.clone());
        Ok(client)
    }

    /// `location`'s service, built on first use (a failed build is tried again next time).
    pub(crate) async fn service(
        &self,
        location: Option<&str>,
    ) -> Result<Arc<SyncService>, ErrorData> {
        let wanted = self.wanted(location);
        self.listed(wanted)?;
        self.build(wanted).await.map_err(|e| {
            // Name the location: GHL's refusal of its token does not.
            let mut error = tool_error(&e);
            error.message = format!("`location` {wanted:?}: {}", error.message).into();
            error
        })
    }

    async fn build(&self, location: &str) -> Result<Arc<SyncService>, Error> {
        let cell = self
            .services
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .entry(location.to_owned())
            .or_default()
            .clone();
        cell.get_or_try_init(|| async {
            let ghl = self.client_of(location)?;
            // A location the agency cannot reach fails here, before any table is made for it.
            self.parts.tokens().mint(location).await?;
            tracing::info!(%location, "building the location's service");
            let service = self.parts.service_with(location, ghl).await?;
            Ok::<_, Error>(Arc::new(service))
        })
        .await
        .cloned()
    }

    /// Holds `location`'s lease for a sync run: `Ok(None)` when no worker syncs the location
    /// (it is not among the deployment's); an invalid-request error naming the worker when
    /// a live worker holds it.
    pub(crate) async fn hold(&self, location: &str) -> Result<Option<Lease>, ErrorData> {
        let coordinator = self.parts.coordinator();
        let config = self.parts.config();
        let ttl = config.agency.lease_ttl;
        match coordinator
            .claim_location(location, ttl)
            .await
            .map_err(|e| tool_error(&e))?
        {
            LocationClaim::Claimed => Ok(Some(Lease {
                coordinator: coordinator.clone(),
                location: location.to_owned(),
                ttl,
                released: false,
            })),
            LocationClaim::Unregistered => Ok(None),
            LocationClaim::HeldBy(worker) => Err(ErrorData::invalid_request(
                busy_message(location, &worker, config.schedule.reconcile_every),
                None,
            )),
        }
    }

    /// Records the end of a sync run of `location` in the deployment's table, as the workers
    /// do (`ghl-notion status` shows it).
    pub(crate) async fn record_run(&self, location: &str, error: Option<&str>) {
        if let Err(e) = self.parts.coordinator().record_run(location, error).await {
            tracing::warn!(%location, error = %e, "the run was not recorded");
        }
    }
}

/// `location` must be among `configured` when the configuration lists locations.
fn listed(configured: &[String], location: &str) -> Result<(), ErrorData> {
    if configured.is_empty() || configured.iter().any(|l| l.trim() == location) {
        return Ok(());
    }
    Err(ErrorData::invalid_params(
        format!(
            "`location` {location:?} is not one of this deployment's ([agency] locations: {})",
            configured.join(", ")
        ),
        None,
    ))
}

/// The refusal of a run on a location a worker holds.
fn busy_message(location: &str, worker: &str, every: Duration) -> String {
    format!(
        "location {location} is being synced by worker {worker}, which runs a sync pass every {}; \
         leave it to the worker (sync_status shows the last runs) or try again when it gives the location up",
        duration_text::format(every)
    )
}

/// A location's lease, held by this process for one sync run.
pub(crate) struct Lease {
    coordinator: Coordinator,
    location: String,
    ttl: Duration,
    released: bool,
}

impl Lease {
    /// Renews the lease every quarter of its time; completes when it could not be renewed
    /// in time (lost to a worker, or the database did not answer), so the run stops before
    /// a worker could start on the location.
    pub(crate) async fn lost(&self) {
        let step = self.ttl / 4;
        let held = [self.location.clone()];
        loop {
            tokio::time::sleep(step).await;
            match tokio::time::timeout(step, self.coordinator.renew(&held, self.ttl)).await {
                Ok(Ok(renewed)) if !renewed.is_empty() => {}
                Ok(Ok(_)) => {
                    tracing::warn!(location = %self.location, "lease lost to a worker");
                    return;
                }
                Ok(Err(e)) => {
                    tracing::warn!(location = %self.location, error = %e, "lease not renewed");
                    return;
                }
                Err(_) => {
                    tracing::warn!(location = %self.location, "lease renewal timed out");
                    return;
                }
            }
        }
    }

    /// Gives the lease back.
    pub(crate) async fn release(mut self) {
        self.released = true;
        if let Err(e) = self.coordinator.release(&self.location).await {
            tracing::warn!(location = %self.location, error = %e, "lease not given back; it lapses by itself");
        }
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        // A cancelled run: give the lease back in the background (it lapses anyway).
        if !self.released
            && let Ok(runtime) = tokio::runtime::Handle::try_current()
        {
            let coordinator = self.coordinator.clone();
            let location = std::mem::take(&mut self.location);
            runtime.spawn(async move {
                let _ = coordinator.release(&location).await;
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_location_comes_from_the_environment_then_the_configuration() {
        let mut config = Config::default();
        config.agency.locations = vec![" ".into(), "loc-a".into(), "loc-b".into()];
        assert_eq!(default_location(None, &config).unwrap(), "loc-a");
        config.ghl.location_id = Some("loc-c".into());
        assert_eq!(default_location(Some(" "), &config).unwrap(), "loc-c");
        assert_eq!(default_location(Some("loc-d"), &config).unwrap(), "loc-d");

        let err = default_location(None, &Config::default())
            .unwrap_err()
            .to_string();
        for setting in [ENV_LOCATION_ID, "[ghl] location_id", "[agency] locations"] {
            assert!(err.contains(setting), "{err}");
        }
    }

    #[test]
    fn only_the_listed_locations_are_served_when_there_is_a_list() {
        listed(&[], "any").expect("no list: every location of the agency");
        let list = vec!["loc-a".to_owned(), "loc-b".to_owned()];
        listed(&list, "loc-b").expect("listed");
        let err = listed(&list, "loc-z").unwrap_err();
        assert_eq!(err.code, rmcp::model::ErrorCode::INVALID_PARAMS);
        assert!(
            err.message.contains("loc-z") && err.message.contains("loc-a"),
            "{}",
            err.message
        );
    }

    #[test]
    fn a_busy_location_names_the_worker_and_its_schedule() {
        let text = busy_message("loc-2", "host-12-ab", Duration::from_secs(600));
        assert!(
            text.contains("loc-2") && text.contains("host-12-ab"),
            "{text}"
        );
        assert!(text.contains("10m"), "{text}");
    }
}
