//! Custom field definitions of a location (`/locations/{locationId}/customFields`).
//!
//! ```no_run
//! use ghl_client::GhlClient;
//! use ghl_client::models::custom_field::CustomFieldModel;
//!
//! # async fn run(client: GhlClient) -> Result<(), ghl_client::Error> {
//! for field in client.custom_fields().list(CustomFieldModel::Contact).await? {
//!     println!("{} = {:?} ({:?})", field.id, field.field_key, field.data_type);
//! }
//! # Ok(()) }
//! ```

use crate::api::location_or_default;
use crate::client::GhlClient;
use crate::error::Result;
use crate::ids::{CustomFieldId, LocationId};
use crate::models::custom_field::{
    CustomFieldDefinition, CustomFieldModel, CustomFieldResponse, CustomFieldsResponse,
};
use crate::request::{Request, segment};

impl GhlClient {
    /// Custom field definitions of the client's location (or another, with
    /// [`CustomFieldsApi::in_location`]).
    pub fn custom_fields(&self) -> CustomFieldsApi {
        CustomFieldsApi {
            client: self.clone(),
            location: None,
        }
    }
}

/// The custom fields handler (see [`GhlClient::custom_fields`]).
#[derive(Debug, Clone)]
pub struct CustomFieldsApi {
    client: GhlClient,
    location: Option<LocationId>,
}

impl CustomFieldsApi {
    /// Reads another location's definitions.
    pub fn in_location(mut self, location: impl Into<LocationId>) -> Self {
        self.location = Some(location.into());
        self
    }

    /// `GET /locations/{locationId}/customFields?model=`.
    pub async fn list(&self, model: CustomFieldModel) -> Result<Vec<CustomFieldDefinition>> {
        let location = location_or_default(&self.client, self.location.as_ref())?;
        let req = Request::get(
            "/locations/{locationId}/customFields",
            format!("/locations/{}/customFields", segment(location.as_str())),
        )
        .query_pair("model", model.as_str())
        .resource(location.as_str());
        let resp: CustomFieldsResponse = self.client.send(req).await?;
        Ok(resp.custom_fields)
    }

    /// `GET /locations/{locationId}/customFields/{id}`.
    pub async fn get(&self, id: &CustomFieldId) -> Result<CustomFieldDefinition> {
        let location = location_or_default(&self.client, self.location.as_ref())?;
        let req = Request::get(
            "/locations/{locationId}/customFields/{id}",
            format!(
                "/locations/{}/customFields/{}",
                segment(location.as_str()),
                segment(id.as_str())
            ),
        )
        .resource(location.as_str());
        let resp: CustomFieldResponse = self.client.send(req).await?;
        Ok(resp.custom_field)
    }
}
