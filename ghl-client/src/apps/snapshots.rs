//! Snapshots API: 4 operations.
//!
//! Generated from GHL's `apps/snapshots.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `SnapshotsSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SnapshotsSchema {
        /// Snapshot Id.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Name of the snapshot
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Type of snapshot - own or imported.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
    }

    /// `GetSnapshotsSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSnapshotsSuccessfulResponseDto {
        /// `snapshots`.
        #[serde(rename = "snapshots", default, skip_serializing_if = "Option::is_none")]
        pub snapshots: Option<Vec<crate::apps::snapshots::models::SnapshotsSchema>>,
    }

    /// `CreateSnapshotShareLinkRequestDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateSnapshotShareLinkRequestDto {
        /// id for snapshot to be shared
        ///
        /// Required by the spec.
        #[serde(
            rename = "snapshot_id",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub snapshot_id: Option<String>,
        /// Type of share link to generate
        ///
        /// One of: `"link"`, `"permanent_link"`, `"agency_link"`, `"location_link"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "share_type",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub share_type: Option<String>,
        /// Comma separated Relationship number of Agencies to create agency restricted share link
        #[serde(
            rename = "relationship_number",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub relationship_number: Option<String>,
        /// Comma separated Sub-Account ids to create sub-account restricted share link
        #[serde(
            rename = "share_location_id",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub share_location_id: Option<String>,
    }

    impl CreateSnapshotShareLinkRequestDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(snapshot_id: impl Into<String>, share_type: impl Into<String>) -> Self {
            Self {
                snapshot_id: Some(snapshot_id.into()),
                share_type: Some(share_type.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateSnapshotShareLinkSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateSnapshotShareLinkSuccessfulResponseDto {
        /// id for shared snapshot
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Share Link for snapshot
        #[serde(rename = "shareLink", default, skip_serializing_if = "Option::is_none")]
        pub share_link: Option<String>,
    }

    /// `SnapshotStatusSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SnapshotStatusSchema {
        /// Document id
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Sub-account id
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Status of snapshot push
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// Timestamp of when snapshot processing starts for sub-account
        #[serde(rename = "dateAdded", default, skip_serializing_if = "Option::is_none")]
        pub date_added: Option<String>,
    }

    /// `GetSnapshotPushStatusSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSnapshotPushStatusSuccessfulResponseDto {
        /// `data`.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<Vec<crate::apps::snapshots::models::SnapshotStatusSchema>>,
    }

    /// `SnapshotStatusSchemaWithAssets` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SnapshotStatusSchemaWithAssets {
        /// Document id
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Sub-account id
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Status of snapshot push
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// List of completed assets
        #[serde(rename = "completed", default, skip_serializing_if = "Option::is_none")]
        pub completed: Option<Vec<String>>,
        /// List of pending assets
        #[serde(rename = "pending", default, skip_serializing_if = "Option::is_none")]
        pub pending: Option<Vec<String>>,
    }

    /// `GetLatestSnapshotPushStatusSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetLatestSnapshotPushStatusSuccessfulResponseDto {
        /// `data`.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::snapshots::models::SnapshotStatusSchemaWithAssets>,
    }
}

/// The Snapshots API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct SnapshotsApi {
    client: GhlClient,
}

impl SnapshotsApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Get Snapshots
    ///
    /// Get a list of all own and imported Snapshots
    ///
    /// `GET /snapshots/`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn get_custom_snapshots(&self, company_id: impl Into<String>) -> ops::GetCustomSnapshots {
        let mut req = Request::new(http::Method::GET, "/snapshots/", "/snapshots/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("companyId", company_id.into());
        req = crate::apps::support::resource_if_unset(req, "companyId");
        ops::GetCustomSnapshots {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Snapshot Share Link
    ///
    /// Create a share link for snapshot
    ///
    /// `POST /snapshots/share/link`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn create_snapshot_share_link(
        &self,
        company_id: impl Into<String>,
        body: &crate::apps::snapshots::models::CreateSnapshotShareLinkRequestDto,
    ) -> ops::CreateSnapshotShareLink {
        let mut req = Request::new(
            http::Method::POST,
            "/snapshots/share/link",
            "/snapshots/share/link",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("companyId", company_id.into());
        req = crate::apps::support::resource_if_unset(req, "companyId");
        req = crate::apps::support::json_body(req, body);
        ops::CreateSnapshotShareLink {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Snapshot Push between Dates
    ///
    /// Get list of sub-accounts snapshot pushed in time period
    ///
    /// `GET /snapshots/snapshot-status/{snapshotId}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn get_snapshot_push(
        &self,
        snapshot_id: impl AsRef<str>,
        company_id: impl Into<String>,
        from: impl Into<String>,
        to: impl Into<String>,
        last_doc: impl Into<String>,
        limit: impl Into<String>,
    ) -> ops::GetSnapshotPush {
        let mut req = Request::new(
            http::Method::GET,
            "/snapshots/snapshot-status/{snapshotId}",
            format!(
                "/snapshots/snapshot-status/{}",
                crate::request::segment(snapshot_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("companyId", company_id.into());
        req = req.query_pair("from", from.into());
        req = req.query_pair("to", to.into());
        req = req.query_pair("lastDoc", last_doc.into());
        req = req.query_pair("limit", limit.into());
        req = crate::apps::support::resource_if_unset(req, "companyId");
        ops::GetSnapshotPush {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Last Snapshot Push
    ///
    /// Get Latest Snapshot Push Status for a location id
    ///
    /// `GET /snapshots/snapshot-status/{snapshotId}/location/{locationId}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn get_latest_snapshot_push(
        &self,
        snapshot_id: impl AsRef<str>,
        location_id: impl AsRef<str>,
        company_id: impl Into<String>,
    ) -> ops::GetLatestSnapshotPush {
        let mut req = Request::new(
            http::Method::GET,
            "/snapshots/snapshot-status/{snapshotId}/location/{locationId}",
            format!(
                "/snapshots/snapshot-status/{}/location/{}",
                crate::request::segment(snapshot_id.as_ref()),
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("companyId", company_id.into());
        req = req.resource(location_id.as_ref());
        ops::GetLatestSnapshotPush {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Snapshots API operations (generated from GHL's spec).
    pub fn snapshots(&self) -> SnapshotsApi {
        SnapshotsApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /snapshots/` request being built, to send with [`GetCustomSnapshots::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCustomSnapshots {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetCustomSnapshots {
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
        ) -> Result<crate::apps::snapshots::models::GetSnapshotsSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /snapshots/share/link` request being built, to send with [`CreateSnapshotShareLink::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateSnapshotShareLink {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateSnapshotShareLink {
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
        ) -> Result<crate::apps::snapshots::models::CreateSnapshotShareLinkSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `GET /snapshots/snapshot-status/{snapshotId}` request being built, to send with [`GetSnapshotPush::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetSnapshotPush {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetSnapshotPush {
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
        ) -> Result<crate::apps::snapshots::models::GetSnapshotPushStatusSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `GET /snapshots/snapshot-status/{snapshotId}/location/{locationId}` request being built, to send with [`GetLatestSnapshotPush::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetLatestSnapshotPush {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetLatestSnapshotPush {
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
        ) -> Result<crate::apps::snapshots::models::GetLatestSnapshotPushStatusSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }
}
