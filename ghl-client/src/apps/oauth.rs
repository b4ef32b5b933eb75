//! OAuth 2.0: 3 operations.
//!
//! Generated from GHL's `apps/oauth.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `GetAccessCodebodyDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetAccessCodebodyDto {
        /// The ID provided by GHL for your integration
        ///
        /// Required by the spec.
        #[serde(rename = "client_id", default, skip_serializing_if = "Option::is_none")]
        pub client_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "client_secret",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub client_secret: Option<String>,
        /// One of: `"authorization_code"`, `"refresh_token"`, `"client_credentials"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "grant_type",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub grant_type: Option<String>,
        /// `code`.
        #[serde(rename = "code", default, skip_serializing_if = "Option::is_none")]
        pub code: Option<String>,
        /// `refresh_token`.
        #[serde(
            rename = "refresh_token",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub refresh_token: Option<String>,
        /// The type of token to be requested
        ///
        /// One of: `"Company"`, `"Location"`.
        #[serde(rename = "user_type", default, skip_serializing_if = "Option::is_none")]
        pub user_type: Option<String>,
        /// The redirect URI for your application
        #[serde(
            rename = "redirect_uri",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub redirect_uri: Option<String>,
    }

    impl GetAccessCodebodyDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            client_id: impl Into<String>,
            client_secret: impl Into<String>,
            grant_type: impl Into<String>,
        ) -> Self {
            Self {
                client_id: Some(client_id.into()),
                client_secret: Some(client_secret.into()),
                grant_type: Some(grant_type.into()),
                ..Self::default()
            }
        }
    }

    /// `GetAccessCodeSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetAccessCodeSuccessfulResponseDto {
        /// `access_token`.
        #[serde(
            rename = "access_token",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub access_token: Option<String>,
        /// `token_type`.
        #[serde(
            rename = "token_type",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub token_type: Option<String>,
        /// `expires_in`.
        #[serde(
            rename = "expires_in",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub expires_in: Option<f64>,
        /// `refresh_token`.
        #[serde(
            rename = "refresh_token",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub refresh_token: Option<String>,
        /// `scope`.
        #[serde(rename = "scope", default, skip_serializing_if = "Option::is_none")]
        pub scope: Option<String>,
        /// `userType`.
        #[serde(rename = "userType", default, skip_serializing_if = "Option::is_none")]
        pub user_type: Option<String>,
        /// Location ID - Present only for Sub-Account Access Token
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Company ID
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
        /// Approved locations to generate location access token
        #[serde(
            rename = "approvedLocations",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub approved_locations: Option<Vec<String>>,
        /// USER ID - Represent user id of person who performed installation
        ///
        /// Required by the spec.
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// Plan Id of the subscribed plan in paid apps.
        #[serde(rename = "planId", default, skip_serializing_if = "Option::is_none")]
        pub plan_id: Option<String>,
        /// `isBulkInstallation`.
        #[serde(
            rename = "isBulkInstallation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_bulk_installation: Option<bool>,
        /// Boolean to control if user wants app to be automatically installed to future locations (only for company tokens)
        #[serde(
            rename = "installToFutureLocations",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub install_to_future_locations: Option<bool>,
        /// Boolean indicating if user approved all locations during bulk installation (only for company tokens)
        #[serde(
            rename = "approveAllLocations",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub approve_all_locations: Option<bool>,
    }

    impl GetAccessCodeSuccessfulResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(user_id: impl Into<String>) -> Self {
            Self {
                user_id: Some(user_id.into()),
                ..Self::default()
            }
        }
    }

    /// `GetLocationAccessCodeBodyDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetLocationAccessCodeBodyDto {
        /// Company Id of location you want to request token for
        ///
        /// Required by the spec.
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
        /// The location ID for which you want to obtain accessToken
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
    }

    impl GetLocationAccessCodeBodyDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(company_id: impl Into<String>, location_id: impl Into<String>) -> Self {
            Self {
                company_id: Some(company_id.into()),
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `GetLocationAccessTokenSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetLocationAccessTokenSuccessfulResponseDto {
        /// Location access token which can be used to authenticate & authorize API under following scope
        #[serde(
            rename = "access_token",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub access_token: Option<String>,
        /// `token_type`.
        #[serde(
            rename = "token_type",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub token_type: Option<String>,
        /// Time in seconds remaining for token to expire
        #[serde(
            rename = "expires_in",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub expires_in: Option<f64>,
        /// Scopes the following accessToken have access to
        #[serde(rename = "scope", default, skip_serializing_if = "Option::is_none")]
        pub scope: Option<String>,
        /// Location ID - Present only for Sub-Account Access Token
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Plan Id of the subscribed plan in paid apps.
        #[serde(rename = "planId", default, skip_serializing_if = "Option::is_none")]
        pub plan_id: Option<String>,
        /// USER ID - Represent user id of person who performed installation
        ///
        /// Required by the spec.
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// App ID of the installed application
        #[serde(rename = "appId", default, skip_serializing_if = "Option::is_none")]
        pub app_id: Option<String>,
        /// Version ID of the installed app version
        #[serde(rename = "versionId", default, skip_serializing_if = "Option::is_none")]
        pub version_id: Option<String>,
    }

    impl GetLocationAccessTokenSuccessfulResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(user_id: impl Into<String>) -> Self {
            Self {
                user_id: Some(user_id.into()),
                ..Self::default()
            }
        }
    }

    /// `InstalledLocationSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct InstalledLocationSchema {
        /// Location ID
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Name of the location
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Address linked to location
        ///
        /// Required by the spec.
        #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
        pub address: Option<String>,
        /// Check if the requested app is installed for following location
        #[serde(
            rename = "isInstalled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_installed: Option<bool>,
        /// Version ID of the installed app version for this location
        #[serde(rename = "versionId", default, skip_serializing_if = "Option::is_none")]
        pub version_id: Option<String>,
        /// Timestamp when the app was installed on this location
        #[serde(
            rename = "installedAt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub installed_at: Option<String>,
    }

    impl InstalledLocationSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            name: impl Into<String>,
            address: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                name: Some(name.into()),
                address: Some(address.into()),
                ..Self::default()
            }
        }
    }

    /// `GetInstalledLocationsSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetInstalledLocationsSuccessfulResponseDto {
        /// `locations`.
        #[serde(rename = "locations", default, skip_serializing_if = "Option::is_none")]
        pub locations: Option<Vec<crate::apps::oauth::models::InstalledLocationSchema>>,
        /// Total location count under the company
        #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
        pub count: Option<f64>,
        /// Boolean to control if user wants app to be automatically installed to future locations
        #[serde(
            rename = "installToFutureLocations",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub install_to_future_locations: Option<bool>,
    }
}

/// The OAuth 2.0 operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct OauthApi {
    client: GhlClient,
}

impl OauthApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Get Access Token
    ///
    /// Use Access Tokens to access GoHighLevel resources on behalf of an authenticated location/company.
    ///
    /// `POST /oauth/token`
    ///
    /// no `Version` header; never repeated after an unknown outcome.
    pub fn get_access_token(
        &self,
        form: &crate::apps::oauth::models::GetAccessCodebodyDto,
    ) -> ops::GetAccessToken {
        let mut req = Request::new(http::Method::POST, "/oauth/token", "/oauth/token");
        req = req.without_version();
        req = crate::apps::support::form_body(req, form);
        ops::GetAccessToken {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Location Access Token from Agency Token
    ///
    /// This API allows you to generate locationAccessToken from AgencyAccessToken
    ///
    /// `POST /oauth/locationToken`
    ///
    /// Version `2021-07-28`; scope `oauth.write`; never repeated after an unknown outcome.
    pub fn get_location_access_token(
        &self,
        form: &crate::apps::oauth::models::GetLocationAccessCodeBodyDto,
    ) -> ops::GetLocationAccessToken {
        let mut req = Request::new(
            http::Method::POST,
            "/oauth/locationToken",
            "/oauth/locationToken",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::form_body(req, form);
        ops::GetLocationAccessToken {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Location where app is installed
    ///
    /// This API allows you fetch location where app is installed upon
    ///
    /// `GET /oauth/installedLocations`
    ///
    /// Version `2021-07-28`; scope `oauth.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn get_installed_location(
        &self,
        company_id: impl Into<String>,
        app_id: impl Into<String>,
    ) -> ops::GetInstalledLocation {
        let mut req = Request::new(
            http::Method::GET,
            "/oauth/installedLocations",
            "/oauth/installedLocations",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("companyId", company_id.into());
        req = req.query_pair("appId", app_id.into());
        req = crate::apps::support::resource_if_unset(req, "companyId");
        ops::GetInstalledLocation {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The OAuth 2.0 operations (generated from GHL's spec).
    pub fn oauth(&self) -> OauthApi {
        OauthApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `POST /oauth/token` request being built, to send with [`GetAccessToken::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAccessToken {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAccessToken {
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
        ) -> Result<crate::apps::oauth::models::GetAccessCodeSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /oauth/locationToken` request being built, to send with [`GetLocationAccessToken::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetLocationAccessToken {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetLocationAccessToken {
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
        ) -> Result<crate::apps::oauth::models::GetLocationAccessTokenSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `GET /oauth/installedLocations` request being built, to send with [`GetInstalledLocation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetInstalledLocation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetInstalledLocation {
        /// Parameter to skip the number installed locations
        pub fn skip(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("skip", value.into());
            self
        }

        /// Parameter to limit the number installed locations
        pub fn limit(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("limit", value.into());
            self
        }

        /// Parameter to search for the installed location by name
        pub fn query(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("query", value.into());
            self
        }

        /// Filters out location which are installed for specified app under the specified company
        pub fn is_installed(mut self, value: bool) -> Self {
            self.request = self.request.query_pair("isInstalled", value.to_string());
            self
        }

        /// VersionId of the app
        pub fn version_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("versionId", value.into());
            self
        }

        /// Filters out locations which are installed for specified app in trial mode
        pub fn on_trial(mut self, value: bool) -> Self {
            self.request = self.request.query_pair("onTrial", value.to_string());
            self
        }

        /// Filters out location which are installed for specified app under the specified planId
        pub fn plan_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("planId", value.into());
            self
        }

        /// locationId
        pub fn location_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("locationId", value.into());
            self.request = crate::apps::support::resource_if_unset(self.request, "locationId");
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
        ) -> Result<crate::Page<crate::apps::oauth::models::InstalledLocationSchema>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("skip"),
                cursor,
                |r: crate::apps::oauth::models::GetInstalledLocationsSuccessfulResponseDto| {
                    (r.locations.unwrap_or_default(), r.count.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(
            self,
        ) -> crate::ItemStream<crate::apps::oauth::models::InstalledLocationSchema> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::oauth::models::GetInstalledLocationsSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }
}
