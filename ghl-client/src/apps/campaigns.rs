//! Campaigns API: 1 operations.
//!
//! Generated from GHL's `apps/campaigns.json` by `cargo run -p xtask -- ghl-api`: do not edit;
//! patch `ghl-client/spec-overlay.json` or the generator instead.
#![allow(
    clippy::doc_markdown,
    clippy::large_enum_variant,
    clippy::struct_field_names,
    rustdoc::bare_urls,
    rustdoc::invalid_html_tags,
    rustdoc::broken_intra_doc_links
)]

use crate::GhlClient;
use crate::request::Request;

/// The types of the spec's schemas.
pub mod models {
    use serde::{Deserialize, Serialize};

    /// `CampaignsSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CampaignsSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `status`.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// `locationId`.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
    }

    /// `CampaignsSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CampaignsSuccessfulResponseDto {
        /// `campaigns`.
        #[serde(rename = "campaigns", default, skip_serializing_if = "Option::is_none")]
        pub campaigns: Option<Vec<crate::apps::campaigns::models::CampaignsSchema>>,
    }
}

/// The Campaigns API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct CampaignsApi {
    client: GhlClient,
}

impl CampaignsApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Get Campaigns
    ///
    /// `GET /campaigns/`
    ///
    /// Version `2021-07-28`; scope `campaigns.readonly`; retried after an unknown outcome.
    pub fn get_campaigns(&self, location_id: impl Into<String>) -> ops::GetCampaigns {
        let mut req = Request::new(http::Method::GET, "/campaigns/", "/campaigns/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetCampaigns {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Campaigns API operations (generated from GHL's spec).
    pub fn campaigns(&self) -> CampaignsApi {
        CampaignsApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /campaigns/` request being built, to send with [`GetCampaigns::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCampaigns {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetCampaigns {
        /// Sets `status`.
        pub fn status(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("status", value.into());
            self
        }

        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::campaigns::models::CampaignsSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }
}
