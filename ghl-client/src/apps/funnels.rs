//! Funnels API: 7 operations.
//!
//! Generated from GHL's `apps/funnels.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `CreateRedirectParams` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateRedirectParams {
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "domain", default, skip_serializing_if = "Option::is_none")]
        pub domain: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "path", default, skip_serializing_if = "Option::is_none")]
        pub path: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "target", default, skip_serializing_if = "Option::is_none")]
        pub target: Option<String>,
        /// One of: `"funnel"`, `"website"`, `"url"`, `"all"`.
        ///
        /// Required by the spec.
        #[serde(rename = "action", default, skip_serializing_if = "Option::is_none")]
        pub action: Option<String>,
    }

    impl CreateRedirectParams {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            domain: impl Into<String>,
            path: impl Into<String>,
            target: impl Into<String>,
            action: impl Into<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                domain: Some(domain.into()),
                path: Some(path.into()),
                target: Some(target.into()),
                action: Some(action.into()),
                ..Self::default()
            }
        }
    }

    /// `RedirectResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct RedirectResponseDto {
        /// Unique identifier of the redirect
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Identifier of the location associated with the redirect
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Domain where the redirect occurs
        ///
        /// Required by the spec.
        #[serde(rename = "domain", default, skip_serializing_if = "Option::is_none")]
        pub domain: Option<String>,
        /// Original path that will be redirected
        ///
        /// Required by the spec.
        #[serde(rename = "path", default, skip_serializing_if = "Option::is_none")]
        pub path: Option<String>,
        /// Lowercase version of the original path
        ///
        /// Required by the spec.
        #[serde(
            rename = "pathLowercase",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub path_lowercase: Option<String>,
        /// Type of redirect (e.g., Permanent, Temporary)
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Target URL to which the original path will be redirected
        ///
        /// Required by the spec.
        #[serde(rename = "target", default, skip_serializing_if = "Option::is_none")]
        pub target: Option<String>,
        /// Action performed by the redirect
        ///
        /// Required by the spec.
        #[serde(rename = "action", default, skip_serializing_if = "Option::is_none")]
        pub action: Option<String>,
    }

    impl RedirectResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            location_id: impl Into<String>,
            domain: impl Into<String>,
            path: impl Into<String>,
            path_lowercase: impl Into<String>,
            r#type: impl Into<String>,
            target: impl Into<String>,
            action: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                location_id: Some(location_id.into()),
                domain: Some(domain.into()),
                path: Some(path.into()),
                path_lowercase: Some(path_lowercase.into()),
                r#type: Some(r#type.into()),
                target: Some(target.into()),
                action: Some(action.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateRedirectResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateRedirectResponseDto {
        /// Data containing details of the created redirect
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::funnels::models::RedirectResponseDto>,
    }

    impl CreateRedirectResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(data: crate::apps::funnels::models::RedirectResponseDto) -> Self {
            Self {
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `UpdateRedirectParams` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateRedirectParams {
        ///
        /// Required by the spec.
        #[serde(rename = "target", default, skip_serializing_if = "Option::is_none")]
        pub target: Option<String>,
        /// One of: `"funnel"`, `"website"`, `"url"`, `"all"`.
        ///
        /// Required by the spec.
        #[serde(rename = "action", default, skip_serializing_if = "Option::is_none")]
        pub action: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
    }

    impl UpdateRedirectParams {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            target: impl Into<String>,
            action: impl Into<String>,
            location_id: impl Into<String>,
        ) -> Self {
            Self {
                target: Some(target.into()),
                action: Some(action.into()),
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `RedirectListResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct RedirectListResponseDto {
        /// Object containing the count of redirects and an array of redirect data
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl RedirectListResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(data: serde_json::Map<String, serde_json::Value>) -> Self {
            Self {
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `DeleteRedirectResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteRedirectResponseDto {
        /// Status of the delete operation
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl DeleteRedirectResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(data: serde_json::Map<String, serde_json::Value>) -> Self {
            Self {
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `UpdateRedirectResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateRedirectResponseDto {
        /// Data containing details of the updated redirect
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::funnels::models::RedirectResponseDto>,
    }

    impl UpdateRedirectResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(data: crate::apps::funnels::models::RedirectResponseDto) -> Self {
            Self {
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `FunnelPageResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FunnelPageResponseDto {
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "funnelId", default, skip_serializing_if = "Option::is_none")]
        pub funnel_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "stepId", default, skip_serializing_if = "Option::is_none")]
        pub step_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
    }

    impl FunnelPageResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            location_id: impl Into<String>,
            funnel_id: impl Into<String>,
            name: impl Into<String>,
            step_id: impl Into<String>,
            deleted: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                location_id: Some(location_id.into()),
                funnel_id: Some(funnel_id.into()),
                name: Some(name.into()),
                step_id: Some(step_id.into()),
                deleted: Some(deleted.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `FunnelPageCountResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FunnelPageCountResponseDto {
        ///
        /// Required by the spec.
        #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
        pub count: Option<f64>,
    }

    impl FunnelPageCountResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(count: f64) -> Self {
            Self {
                count: Some(count),
                ..Self::default()
            }
        }
    }

    /// `FunnelListResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FunnelListResponseDto {
        ///
        /// Required by the spec.
        #[serde(rename = "funnels", default, skip_serializing_if = "Option::is_none")]
        pub funnels: Option<serde_json::Map<String, serde_json::Value>>,
        ///
        /// Required by the spec.
        #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
        pub count: Option<f64>,
        ///
        /// Required by the spec.
        #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
    }

    impl FunnelListResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            funnels: serde_json::Map<String, serde_json::Value>,
            count: f64,
            trace_id: impl Into<String>,
        ) -> Self {
            Self {
                funnels: Some(funnels),
                count: Some(count),
                trace_id: Some(trace_id.into()),
                ..Self::default()
            }
        }
    }
}

/// The Funnels API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct FunnelsApi {
    client: GhlClient,
}

impl FunnelsApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Create Redirect
    ///
    /// The "Create Redirect" API Allows adding a new url redirect to the system. Use this endpoint to create a url redirect with the specified details. Ensure that the required information is provided in the request payload.
    ///
    /// `POST /funnels/lookup/redirect`
    ///
    /// Version `2021-07-28`; scope `funnels/redirect.write`; never repeated after an unknown outcome.
    pub fn create_redirect(
        &self,
        body: &crate::apps::funnels::models::CreateRedirectParams,
    ) -> ops::CreateRedirect {
        let mut req = Request::new(
            http::Method::POST,
            "/funnels/lookup/redirect",
            "/funnels/lookup/redirect",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateRedirect {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Redirect By Id
    ///
    /// The "Update Redirect By Id" API Allows updating an existing URL redirect in the system. Use this endpoint to modify a URL redirect with the specified ID using details provided in the request payload.
    ///
    /// `PATCH /funnels/lookup/redirect/{id}`
    ///
    /// Version `2021-07-28`; scope `funnels/redirect.write`; never repeated after an unknown outcome.
    pub fn update_redirect_by_id(
        &self,
        id: impl AsRef<str>,
        body: &crate::apps::funnels::models::UpdateRedirectParams,
    ) -> ops::UpdateRedirectById {
        let mut req = Request::new(
            http::Method::PATCH,
            "/funnels/lookup/redirect/{id}",
            format!(
                "/funnels/lookup/redirect/{}",
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateRedirectById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Redirect By Id
    ///
    /// The "Delete Redirect By Id" API Allows deletion of a URL redirect from the system using its unique identifier. Use this endpoint to delete a URL redirect with the specified ID using details provided in the request payload.
    ///
    /// `DELETE /funnels/lookup/redirect/{id}`
    ///
    /// Version `2021-07-28`; scope `funnels/redirect.write`; retried after an unknown outcome.
    pub fn delete_redirect_by_id(
        &self,
        id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::DeleteRedirectById {
        let mut req = Request::new(
            http::Method::DELETE,
            "/funnels/lookup/redirect/{id}",
            format!(
                "/funnels/lookup/redirect/{}",
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::DeleteRedirectById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Fetch List of Redirects
    ///
    /// Retrieves a list of all URL redirects based on the given query parameters.
    ///
    /// `GET /funnels/lookup/redirect/list`
    ///
    /// Version `2021-07-28`; scope `funnels/redirect.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn fetch_redirects_list(
        &self,
        location_id: impl Into<String>,
        limit: f64,
        offset: f64,
    ) -> ops::FetchRedirectsList {
        let mut req = Request::new(
            http::Method::GET,
            "/funnels/lookup/redirect/list",
            "/funnels/lookup/redirect/list",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("limit", limit.to_string());
        req = req.query_pair("offset", offset.to_string());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FetchRedirectsList {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Fetch List of Funnels
    ///
    /// Retrieves a list of all funnels based on the given query parameters.
    ///
    /// `GET /funnels/funnel/list`
    ///
    /// no `Version` header; retried after an unknown outcome; pages by Offset.
    pub fn get_funnels(&self, location_id: impl Into<String>) -> ops::GetFunnels {
        let mut req = Request::new(
            http::Method::GET,
            "/funnels/funnel/list",
            "/funnels/funnel/list",
        );
        req = req.without_version();
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetFunnels {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Fetch list of funnel pages
    ///
    /// Retrieves a list of all funnel pages based on the given query parameters.
    ///
    /// `GET /funnels/page`
    ///
    /// no `Version` header; retried after an unknown outcome; pages by Offset.
    pub fn get_pages_by_funnel_id(
        &self,
        location_id: impl Into<String>,
        funnel_id: impl Into<String>,
        limit: f64,
        offset: f64,
    ) -> ops::GetPagesByFunnelId {
        let mut req = Request::new(http::Method::GET, "/funnels/page", "/funnels/page");
        req = req.without_version();
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("funnelId", funnel_id.into());
        req = req.query_pair("limit", limit.to_string());
        req = req.query_pair("offset", offset.to_string());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetPagesByFunnelId {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Fetch count of funnel pages
    ///
    /// Retrieves count of all funnel pages based on the given query parameters.
    ///
    /// `GET /funnels/page/count`
    ///
    /// no `Version` header; retried after an unknown outcome.
    pub fn get_pages_count_by_funnel_id(
        &self,
        location_id: impl Into<String>,
        funnel_id: impl Into<String>,
    ) -> ops::GetPagesCountByFunnelId {
        let mut req = Request::new(
            http::Method::GET,
            "/funnels/page/count",
            "/funnels/page/count",
        );
        req = req.without_version();
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("funnelId", funnel_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetPagesCountByFunnelId {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Funnels API operations (generated from GHL's spec).
    pub fn funnels(&self) -> FunnelsApi {
        FunnelsApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `POST /funnels/lookup/redirect` request being built, to send with [`CreateRedirect::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateRedirect {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateRedirect {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::funnels::models::CreateRedirectResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PATCH /funnels/lookup/redirect/{id}` request being built, to send with [`UpdateRedirectById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateRedirectById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateRedirectById {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::funnels::models::UpdateRedirectResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /funnels/lookup/redirect/{id}` request being built, to send with [`DeleteRedirectById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteRedirectById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteRedirectById {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::funnels::models::DeleteRedirectResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /funnels/lookup/redirect/list` request being built, to send with [`FetchRedirectsList::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FetchRedirectsList {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FetchRedirectsList {
        /// Sets `search`.
        pub fn search(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("search", value.into());
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
        pub async fn send(self) -> Result<crate::apps::funnels::models::RedirectListResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /funnels/funnel/list` request being built, to send with [`GetFunnels::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetFunnels {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetFunnels {
        /// Sets `type`.
        pub fn r#type(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("type", value.into());
            self
        }

        /// Sets `category`.
        pub fn category(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("category", value.into());
            self
        }

        /// Sets `offset`.
        pub fn offset(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("offset", value.into());
            self
        }

        /// Sets `limit`.
        pub fn limit(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("limit", value.into());
            self
        }

        /// Sets `parentId`.
        pub fn parent_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("parentId", value.into());
            self
        }

        /// Sets `name`.
        pub fn name(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("name", value.into());
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
        pub async fn send(self) -> Result<crate::apps::funnels::models::FunnelListResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /funnels/page` request being built, to send with [`GetPagesByFunnelId::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetPagesByFunnelId {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetPagesByFunnelId {
        /// Sets `name`.
        pub fn name(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("name", value.into());
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
        pub async fn send(self) -> Result<crate::apps::funnels::models::FunnelPageResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /funnels/page/count` request being built, to send with [`GetPagesCountByFunnelId::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetPagesCountByFunnelId {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetPagesCountByFunnelId {
        /// Sets `name`.
        pub fn name(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("name", value.into());
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
        ) -> Result<crate::apps::funnels::models::FunnelPageCountResponseDto> {
            self.client.send(self.request).await
        }
    }
}
