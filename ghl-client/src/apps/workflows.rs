//! workflows API: 1 operations.
//!
//! Generated from GHL's `apps/workflows.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `WorkflowSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct WorkflowSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `status`.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// `version`.
        #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
        pub version: Option<f64>,
        /// `createdAt`.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// `updatedAt`.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// `locationId`.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
    }

    /// `GetWorkflowSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetWorkflowSuccessfulResponseDto {
        /// `workflows`.
        #[serde(rename = "workflows", default, skip_serializing_if = "Option::is_none")]
        pub workflows: Option<Vec<crate::apps::workflows::models::WorkflowSchema>>,
    }
}

/// The workflows API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct WorkflowsApi {
    client: GhlClient,
}

impl WorkflowsApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Get Workflow
    ///
    /// `GET /workflows/`
    ///
    /// Version `2021-07-28`; scope `workflows.readonly`; retried after an unknown outcome.
    pub fn get_workflow(&self, location_id: impl Into<String>) -> ops::GetWorkflow {
        let mut req = Request::new(http::Method::GET, "/workflows/", "/workflows/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetWorkflow {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The workflows API operations (generated from GHL's spec).
    pub fn workflows(&self) -> WorkflowsApi {
        WorkflowsApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /workflows/` request being built, to send with [`GetWorkflow::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetWorkflow {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetWorkflow {
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
        ) -> Result<crate::apps::workflows::models::GetWorkflowSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }
}
