//! Locations (sub-accounts).
//!
//! ```no_run
//! use ghl_client::GhlClient;
//!
//! # async fn run(client: GhlClient) -> Result<(), ghl_client::Error> {
//! let here = client.location_id()?.clone();
//! let location = client.locations().get(&here).await?;
//! println!("{:?} in {:?}", location.name, location.timezone);
//! # Ok(()) }
//! ```

use crate::client::GhlClient;
use crate::error::Result;
use crate::ids::LocationId;
use crate::models::location::{Location, LocationResponse};
use crate::request::{Request, segment};

impl GhlClient {
    /// Locations.
    pub fn locations(&self) -> LocationsApi {
        LocationsApi {
            client: self.clone(),
        }
    }
}

/// The locations handler (see [`GhlClient::locations`]).
#[derive(Debug, Clone)]
pub struct LocationsApi {
    client: GhlClient,
}

impl LocationsApi {
    /// `GET /locations/{locationId}` (spends that location's rate-limit budget).
    pub async fn get(&self, id: &LocationId) -> Result<Location> {
        let req = Request::get(
            "/locations/{locationId}",
            format!("/locations/{}", segment(id.as_str())),
        )
        .resource(id.as_str());
        let resp: LocationResponse = self.client.send(req).await?;
        Ok(resp.location)
    }
}
