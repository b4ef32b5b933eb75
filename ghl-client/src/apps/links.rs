//! Trigger Links API: 6 operations.
//!
//! Generated from GHL's `apps/links.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `LinkSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LinkSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `redirectTo`.
        #[serde(
            rename = "redirectTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub redirect_to: Option<String>,
        /// `fieldKey`.
        #[serde(rename = "fieldKey", default, skip_serializing_if = "Option::is_none")]
        pub field_key: Option<String>,
        /// `locationId`.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
    }

    /// `GetLinksSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetLinksSuccessfulResponseDto {
        /// `links`.
        #[serde(rename = "links", default, skip_serializing_if = "Option::is_none")]
        pub links: Option<Vec<crate::apps::links::models::LinkSchema>>,
    }

    /// `LinksDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LinksDto {
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
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "redirectTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub redirect_to: Option<String>,
    }

    impl LinksDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            name: impl Into<String>,
            redirect_to: impl Into<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                name: Some(name.into()),
                redirect_to: Some(redirect_to.into()),
                ..Self::default()
            }
        }
    }

    /// `GetLinkSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetLinkSuccessfulResponseDto {
        /// `link`.
        #[serde(rename = "link", default, skip_serializing_if = "Option::is_none")]
        pub link: Option<crate::apps::links::models::LinkSchema>,
    }

    /// `LinkUpdateDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LinkUpdateDto {
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "redirectTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub redirect_to: Option<String>,
    }

    impl LinkUpdateDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(name: impl Into<String>, redirect_to: impl Into<String>) -> Self {
            Self {
                name: Some(name.into()),
                redirect_to: Some(redirect_to.into()),
                ..Self::default()
            }
        }
    }

    /// `DeleteLinksSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteLinksSuccessfulResponseDto {
        /// `succeded`.
        #[serde(rename = "succeded", default, skip_serializing_if = "Option::is_none")]
        pub succeded: Option<bool>,
    }
}

/// The Trigger Links API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct LinksApi {
    client: GhlClient,
}

impl LinksApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Get Link by ID
    ///
    /// Get a single link by its ID
    ///
    /// `GET /links/id/{linkId}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn get_link_by_id(
        &self,
        link_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::GetLinkById {
        let mut req = Request::new(
            http::Method::GET,
            "/links/id/{linkId}",
            format!("/links/id/{}", crate::request::segment(link_id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetLinkById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Link
    ///
    /// `PUT /links/{linkId}`
    ///
    /// Version `2021-07-28`; scope `links.write`; retried after an unknown outcome.
    pub fn update_link(
        &self,
        link_id: impl AsRef<str>,
        body: &crate::apps::links::models::LinkUpdateDto,
    ) -> ops::UpdateLink {
        let mut req = Request::new(
            http::Method::PUT,
            "/links/{linkId}",
            format!("/links/{}", crate::request::segment(link_id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateLink {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Link
    ///
    /// `DELETE /links/{linkId}`
    ///
    /// Version `2021-07-28`; scope `links.write`; retried after an unknown outcome.
    pub fn delete_link(&self, link_id: impl AsRef<str>) -> ops::DeleteLink {
        let mut req = Request::new(
            http::Method::DELETE,
            "/links/{linkId}",
            format!("/links/{}", crate::request::segment(link_id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::DeleteLink {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Search Trigger Links
    ///
    /// Get list of links by searching
    ///
    /// `GET /links/search`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome; pages by Offset.
    pub fn search_trigger_links(&self, location_id: impl Into<String>) -> ops::SearchTriggerLinks {
        let mut req = Request::new(http::Method::GET, "/links/search", "/links/search");
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::SearchTriggerLinks {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Links
    ///
    /// `GET /links/`
    ///
    /// Version `2021-07-28`; scope `links.readonly`; retried after an unknown outcome.
    pub fn get_links(&self, location_id: impl Into<String>) -> ops::GetLinks {
        let mut req = Request::new(http::Method::GET, "/links/", "/links/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetLinks {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Link
    ///
    /// `POST /links/`
    ///
    /// Version `2021-07-28`; scope `links.write`; never repeated after an unknown outcome.
    pub fn create_link(&self, body: &crate::apps::links::models::LinksDto) -> ops::CreateLink {
        let mut req = Request::new(http::Method::POST, "/links/", "/links/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateLink {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Trigger Links API operations (generated from GHL's spec).
    pub fn links(&self) -> LinksApi {
        LinksApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /links/id/{linkId}` request being built, to send with [`GetLinkById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetLinkById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetLinkById {
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
        ) -> Result<crate::apps::links::models::GetLinkSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /links/{linkId}` request being built, to send with [`UpdateLink::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateLink {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateLink {
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
        ) -> Result<crate::apps::links::models::GetLinkSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /links/{linkId}` request being built, to send with [`DeleteLink::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteLink {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteLink {
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
        ) -> Result<crate::apps::links::models::DeleteLinksSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /links/search` request being built, to send with [`SearchTriggerLinks::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct SearchTriggerLinks {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl SearchTriggerLinks {
        /// Search query as a string
        pub fn query(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("query", value.into());
            self
        }

        /// Numbers of query results to skip
        pub fn skip(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("skip", value.to_string());
            self
        }

        /// Limit on number of search results
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
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

        /// One page: the one this request asks for (`cursor` `None`), or the one a
        /// previous page's [`Page::next`](crate::Page::next) names.
        pub async fn fetch_page(
            &self,
            cursor: Option<crate::Cursor>,
        ) -> Result<crate::Page<crate::apps::links::models::LinkSchema>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("skip"),
                cursor,
                |r: crate::apps::links::models::GetLinksSuccessfulResponseDto| {
                    (r.links.unwrap_or_default(), None)
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<crate::apps::links::models::LinkSchema> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::links::models::GetLinksSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /links/` request being built, to send with [`GetLinks::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetLinks {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetLinks {
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
        ) -> Result<crate::apps::links::models::GetLinksSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /links/` request being built, to send with [`CreateLink::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateLink {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateLink {
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
        ) -> Result<crate::apps::links::models::GetLinkSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }
}
