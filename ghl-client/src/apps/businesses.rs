//! Business API: 5 operations.
//!
//! Generated from GHL's `apps/businesses.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `BusinessCreatedByOrUpdatedBy` in the spec.
    pub type BusinessCreatedByOrUpdatedBy = serde_json::Map<String, serde_json::Value>;

    /// `BusinessDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BusinessDto {
        /// Business Id
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Business Name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// phone number
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        /// email
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// website
        #[serde(rename = "website", default, skip_serializing_if = "Option::is_none")]
        pub website: Option<String>,
        /// address
        #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
        pub address: Option<String>,
        /// city
        #[serde(rename = "city", default, skip_serializing_if = "Option::is_none")]
        pub city: Option<String>,
        /// description
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// state
        #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
        pub state: Option<String>,
        /// postal code
        #[serde(
            rename = "postalCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub postal_code: Option<String>,
        /// country
        #[serde(rename = "country", default, skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
        /// updated By
        #[serde(rename = "updatedBy", default, skip_serializing_if = "Option::is_none")]
        pub updated_by: Option<crate::apps::businesses::models::BusinessCreatedByOrUpdatedBy>,
        /// locaitonId
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Created By
        #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
        pub created_by: Option<crate::apps::businesses::models::BusinessCreatedByOrUpdatedBy>,
        /// Creation Time
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// Last updation time
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
    }

    impl BusinessDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            name: impl Into<String>,
            location_id: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                name: Some(name.into()),
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `GetBusinessByLocationResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetBusinessByLocationResponseDto {
        /// Business Response
        ///
        /// Required by the spec.
        #[serde(
            rename = "businesses",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub businesses: Option<Vec<crate::apps::businesses::models::BusinessDto>>,
    }

    impl GetBusinessByLocationResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(businesses: Vec<crate::apps::businesses::models::BusinessDto>) -> Self {
            Self {
                businesses: Some(businesses),
                ..Self::default()
            }
        }
    }

    /// `CreateBusinessDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateBusinessDto {
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// `phone`.
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        /// `email`.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// `website`.
        #[serde(rename = "website", default, skip_serializing_if = "Option::is_none")]
        pub website: Option<String>,
        /// `address`.
        #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
        pub address: Option<String>,
        /// `city`.
        #[serde(rename = "city", default, skip_serializing_if = "Option::is_none")]
        pub city: Option<String>,
        /// `postalCode`.
        #[serde(
            rename = "postalCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub postal_code: Option<String>,
        /// `state`.
        #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
        pub state: Option<String>,
        /// `country`.
        #[serde(rename = "country", default, skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
        /// `description`.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
    }

    impl CreateBusinessDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(name: impl Into<String>, location_id: impl Into<String>) -> Self {
            Self {
                name: Some(name.into()),
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateBusinessResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateBusinessResponseDto {
        /// Success Value
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Business Response
        ///
        /// Required by the spec.
        #[serde(rename = "buiseness", default, skip_serializing_if = "Option::is_none")]
        pub buiseness: Option<crate::apps::businesses::models::BusinessDto>,
    }

    impl UpdateBusinessResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, buiseness: crate::apps::businesses::models::BusinessDto) -> Self {
            Self {
                success: Some(success),
                buiseness: Some(buiseness),
                ..Self::default()
            }
        }
    }

    /// `UpdateBusinessDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateBusinessDto {
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `phone`.
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        /// `email`.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// `postalCode`.
        #[serde(
            rename = "postalCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub postal_code: Option<String>,
        /// `website`.
        #[serde(rename = "website", default, skip_serializing_if = "Option::is_none")]
        pub website: Option<String>,
        /// `address`.
        #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
        pub address: Option<String>,
        /// `state`.
        #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
        pub state: Option<String>,
        /// `city`.
        #[serde(rename = "city", default, skip_serializing_if = "Option::is_none")]
        pub city: Option<String>,
        /// `country`.
        #[serde(rename = "country", default, skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
        /// `description`.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
    }

    /// `DeleteBusinessResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteBusinessResponseDto {
        /// Success value
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    impl DeleteBusinessResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool) -> Self {
            Self {
                success: Some(success),
                ..Self::default()
            }
        }
    }

    /// `GetBusinessByIdResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetBusinessByIdResponseDto {
        /// Business Response
        ///
        /// Required by the spec.
        #[serde(rename = "business", default, skip_serializing_if = "Option::is_none")]
        pub business: Option<crate::apps::businesses::models::BusinessDto>,
    }

    impl GetBusinessByIdResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(business: crate::apps::businesses::models::BusinessDto) -> Self {
            Self {
                business: Some(business),
                ..Self::default()
            }
        }
    }
}

/// The Business API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct BusinessesApi {
    client: GhlClient,
}

impl BusinessesApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Get Business
    ///
    /// `GET /businesses/{businessId}`
    ///
    /// Version `2021-07-28`; scope `businesses.readonly`; retried after an unknown outcome.
    pub fn get_business(&self, business_id: impl AsRef<str>) -> ops::GetBusiness {
        let mut req = Request::new(
            http::Method::GET,
            "/businesses/{businessId}",
            format!(
                "/businesses/{}",
                crate::request::segment(business_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::GetBusiness {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Business
    ///
    /// `PUT /businesses/{businessId}`
    ///
    /// Version `2021-07-28`; scope `businesses.write`; retried after an unknown outcome.
    pub fn update_business(
        &self,
        business_id: impl AsRef<str>,
        body: &crate::apps::businesses::models::UpdateBusinessDto,
    ) -> ops::UpdateBusiness {
        let mut req = Request::new(
            http::Method::PUT,
            "/businesses/{businessId}",
            format!(
                "/businesses/{}",
                crate::request::segment(business_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateBusiness {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Business
    ///
    /// `DELETE /businesses/{businessId}`
    ///
    /// Version `2021-07-28`; scope `businesses.write`; retried after an unknown outcome.
    pub fn delete_business(&self, business_id: impl AsRef<str>) -> ops::DeleteBusiness {
        let mut req = Request::new(
            http::Method::DELETE,
            "/businesses/{businessId}",
            format!(
                "/businesses/{}",
                crate::request::segment(business_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::DeleteBusiness {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Businesses by Location
    ///
    /// `GET /businesses/`
    ///
    /// Version `2021-07-28`; scope `businesses.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn get_businesses_by_location(
        &self,
        location_id: impl Into<String>,
    ) -> ops::GetBusinessesByLocation {
        let mut req = Request::new(http::Method::GET, "/businesses/", "/businesses/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetBusinessesByLocation {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Business
    ///
    /// `POST /businesses/`
    ///
    /// Version `2021-07-28`; scope `businesses.write`; never repeated after an unknown outcome.
    pub fn create_business(
        &self,
        body: &crate::apps::businesses::models::CreateBusinessDto,
    ) -> ops::CreateBusiness {
        let mut req = Request::new(http::Method::POST, "/businesses/", "/businesses/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateBusiness {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Business API operations (generated from GHL's spec).
    pub fn businesses(&self) -> BusinessesApi {
        BusinessesApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /businesses/{businessId}` request being built, to send with [`GetBusiness::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetBusiness {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetBusiness {
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
        ) -> Result<crate::apps::businesses::models::GetBusinessByIdResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /businesses/{businessId}` request being built, to send with [`UpdateBusiness::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateBusiness {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateBusiness {
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
        ) -> Result<crate::apps::businesses::models::UpdateBusinessResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /businesses/{businessId}` request being built, to send with [`DeleteBusiness::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteBusiness {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteBusiness {
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
        ) -> Result<crate::apps::businesses::models::DeleteBusinessResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /businesses/` request being built, to send with [`GetBusinessesByLocation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetBusinessesByLocation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetBusinessesByLocation {
        /// Sets `limit`.
        pub fn limit(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("limit", value.into());
            self
        }

        /// Sets `skip`.
        pub fn skip(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("skip", value.into());
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
        ) -> Result<crate::Page<crate::apps::businesses::models::BusinessDto>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("skip"),
                cursor,
                |r: crate::apps::businesses::models::GetBusinessByLocationResponseDto| {
                    (r.businesses.unwrap_or_default(), None)
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<crate::apps::businesses::models::BusinessDto> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::businesses::models::GetBusinessByLocationResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /businesses/` request being built, to send with [`CreateBusiness::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateBusiness {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateBusiness {
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
        ) -> Result<crate::apps::businesses::models::UpdateBusinessResponseDto> {
            self.client.send(self.request).await
        }
    }
}
