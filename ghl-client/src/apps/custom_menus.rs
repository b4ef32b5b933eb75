//! Custom menus API: 5 operations.
//!
//! Generated from GHL's `apps/custom-menus.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `IconSchemaOptional` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct IconSchemaOptional {
        /// Name of the icon
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Font family of the icon
        ///
        /// One of: `"fab"`, `"fas"`, `"far"`.
        #[serde(
            rename = "fontFamily",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub font_family: Option<String>,
    }

    /// `CustomMenuSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomMenuSchema {
        /// Unique identifier for the custom menu
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Icon information for the menu item
        #[serde(rename = "icon", default, skip_serializing_if = "Option::is_none")]
        pub icon: Option<crate::apps::custom_menus::models::IconSchemaOptional>,
        /// Title of the custom menu
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// URL of the custom menu
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// Order of the custom menu
        #[serde(rename = "order", default, skip_serializing_if = "Option::is_none")]
        pub order: Option<f64>,
        /// Filter to show only agency-level menu links. When omitted, fetches both agency and sub-account menu links. Ignored if locationId is provided
        #[serde(
            rename = "showOnCompany",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub show_on_company: Option<bool>,
        /// Whether the menu must be displayed for sub-accounts level
        #[serde(
            rename = "showOnLocation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub show_on_location: Option<bool>,
        /// Whether the menu must be displayed to all sub-accounts
        #[serde(
            rename = "showToAllLocations",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub show_to_all_locations: Option<bool>,
        /// List of sub-account IDs where the menu should be shown. This list is applicable only when showOnLocation is true and showToAllLocations is false
        #[serde(rename = "locations", default, skip_serializing_if = "Option::is_none")]
        pub locations: Option<Vec<String>>,
        /// Mode for opening the menu link
        ///
        /// One of: `"iframe"`, `"new_tab"`, `"current_tab"`.
        #[serde(rename = "openMode", default, skip_serializing_if = "Option::is_none")]
        pub open_mode: Option<String>,
        /// Which user-roles should the menu be accessible to?
        ///
        /// One of: `"all"`, `"admin"`, `"user"`.
        #[serde(rename = "userRole", default, skip_serializing_if = "Option::is_none")]
        pub user_role: Option<String>,
        /// Indicates if camera access is allowed for this menu
        #[serde(
            rename = "allowCamera",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_camera: Option<bool>,
        /// Indicates if microphone access is allowed for this menu
        #[serde(
            rename = "allowMicrophone",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_microphone: Option<bool>,
    }

    /// `GetCustomMenusResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetCustomMenusResponseDto {
        /// Array of custom menu links
        #[serde(
            rename = "customMenus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_menus: Option<Vec<crate::apps::custom_menus::models::CustomMenuSchema>>,
        /// Total number of custom menu records
        #[serde(
            rename = "totalLinks",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub total_links: Option<f64>,
    }

    /// `GetSingleCustomMenusSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSingleCustomMenusSuccessfulResponseDto {
        /// Single Custom menu link object
        #[serde(
            rename = "customMenu",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_menu: Option<crate::apps::custom_menus::models::CustomMenuSchema>,
    }

    /// `DeleteCustomMenuSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteCustomMenuSuccessfulResponseDto {
        /// Indicates whether the custom menu was successfully deleted
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// A message providing additional information about the deletion operation
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// The ID of the deleted custom menu
        #[serde(
            rename = "deletedMenuId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub deleted_menu_id: Option<String>,
        /// Timestamp of when the deletion was performed
        #[serde(rename = "deletedAt", default, skip_serializing_if = "Option::is_none")]
        pub deleted_at: Option<String>,
    }

    /// `IconSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct IconSchema {
        /// Name of the icon
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Font family of the icon
        ///
        /// One of: `"fab"`, `"fas"`, `"far"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "fontFamily",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub font_family: Option<String>,
    }

    impl IconSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(name: impl Into<String>, font_family: impl Into<String>) -> Self {
            Self {
                name: Some(name.into()),
                font_family: Some(font_family.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateCustomMenuDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateCustomMenuDto {
        /// Title of the custom menu
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// URL of the custom menu
        ///
        /// Required by the spec.
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// Icon information for the custom menu
        ///
        /// Required by the spec.
        #[serde(rename = "icon", default, skip_serializing_if = "Option::is_none")]
        pub icon: Option<crate::apps::custom_menus::models::IconSchema>,
        /// Whether the menu must be displayed on the agency's level
        ///
        /// Required by the spec.
        #[serde(
            rename = "showOnCompany",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub show_on_company: Option<bool>,
        /// Whether the menu must be displayed for sub-accounts level
        ///
        /// Required by the spec.
        #[serde(
            rename = "showOnLocation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub show_on_location: Option<bool>,
        /// Whether the menu must be displayed to all sub-accounts
        ///
        /// Required by the spec.
        #[serde(
            rename = "showToAllLocations",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub show_to_all_locations: Option<bool>,
        /// Mode for opening the menu link
        ///
        /// One of: `"iframe"`, `"new_tab"`, `"current_tab"`.
        ///
        /// Required by the spec.
        #[serde(rename = "openMode", default, skip_serializing_if = "Option::is_none")]
        pub open_mode: Option<String>,
        /// List of sub-account IDs where the menu should be shown. This list is applicable only when showOnLocation is true and showToAllLocations is false
        ///
        /// Required by the spec.
        #[serde(rename = "locations", default, skip_serializing_if = "Option::is_none")]
        pub locations: Option<Vec<String>>,
        /// Which user-roles should the menu be accessible to?
        ///
        /// One of: `"all"`, `"admin"`, `"user"`.
        ///
        /// Required by the spec.
        #[serde(rename = "userRole", default, skip_serializing_if = "Option::is_none")]
        pub user_role: Option<String>,
        /// Whether to allow camera access (only for iframe mode)
        #[serde(
            rename = "allowCamera",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_camera: Option<bool>,
        /// Whether to allow microphone access (only for iframe mode)
        #[serde(
            rename = "allowMicrophone",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_microphone: Option<bool>,
    }

    impl CreateCustomMenuDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            title: impl Into<String>,
            url: impl Into<String>,
            icon: crate::apps::custom_menus::models::IconSchema,
            show_on_company: bool,
            show_on_location: bool,
            show_to_all_locations: bool,
            open_mode: impl Into<String>,
            locations: Vec<String>,
            user_role: impl Into<String>,
        ) -> Self {
            Self {
                title: Some(title.into()),
                url: Some(url.into()),
                icon: Some(icon),
                show_on_company: Some(show_on_company),
                show_on_location: Some(show_on_location),
                show_to_all_locations: Some(show_to_all_locations),
                open_mode: Some(open_mode.into()),
                locations: Some(locations),
                user_role: Some(user_role.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateCustomMenuDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateCustomMenuDto {
        /// Title of the custom menu
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// URL of the custom menu
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// Icon information for the custom menu
        #[serde(rename = "icon", default, skip_serializing_if = "Option::is_none")]
        pub icon: Option<crate::apps::custom_menus::models::IconSchemaOptional>,
        /// Whether the menu must be displayed on the agency's level
        #[serde(
            rename = "showOnCompany",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub show_on_company: Option<bool>,
        /// Whether the menu must be displayed for sub-accounts level
        #[serde(
            rename = "showOnLocation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub show_on_location: Option<bool>,
        /// Whether the menu must be displayed to all sub-accounts
        #[serde(
            rename = "showToAllLocations",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub show_to_all_locations: Option<bool>,
        /// Mode for opening the menu link
        ///
        /// One of: `"iframe"`, `"new_tab"`, `"current_tab"`.
        #[serde(rename = "openMode", default, skip_serializing_if = "Option::is_none")]
        pub open_mode: Option<String>,
        /// List of sub-account IDs where the menu should be shown. This list is applicable only when showOnLocation is true and showToAllLocations is false
        #[serde(rename = "locations", default, skip_serializing_if = "Option::is_none")]
        pub locations: Option<Vec<String>>,
        /// Which user-roles should the menu be accessible to?
        ///
        /// One of: `"all"`, `"admin"`, `"user"`.
        #[serde(rename = "userRole", default, skip_serializing_if = "Option::is_none")]
        pub user_role: Option<String>,
        /// Whether to allow camera access (only for iframe mode)
        #[serde(
            rename = "allowCamera",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_camera: Option<bool>,
        /// Whether to allow microphone access (only for iframe mode)
        #[serde(
            rename = "allowMicrophone",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_microphone: Option<bool>,
    }

    /// `UpdateCustomMenuLinkResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateCustomMenuLinkResponseDto {
        /// Status of update
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Updated custom menu link
        #[serde(
            rename = "customMenu",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_menu: Option<crate::apps::custom_menus::models::CustomMenuSchema>,
    }
}

/// The Custom menus API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct CustomMenusApi {
    client: GhlClient,
}

impl CustomMenusApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Get Custom Menu Link
    ///
    /// Fetches a single custom menus based on id. This endpoint allows clients to retrieve custom menu configurations, which may include menu items, categories, and associated metadata
    ///
    /// `GET /custom-menus/{customMenuId}`
    ///
    /// Version `2021-07-28`; scope `custom-menu-link.readonly`; retried after an unknown outcome.
    pub fn get_custom_menu_by_id(&self, custom_menu_id: impl AsRef<str>) -> ops::GetCustomMenuById {
        let mut req = Request::new(
            http::Method::GET,
            "/custom-menus/{customMenuId}",
            format!(
                "/custom-menus/{}",
                crate::request::segment(custom_menu_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::GetCustomMenuById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Custom Menu Link
    ///
    /// Updates an existing custom menu for a given company. Requires authentication and proper permissions.
    ///
    /// `PUT /custom-menus/{customMenuId}`
    ///
    /// Version `2021-07-28`; scope `custom-menu-link.write`; retried after an unknown outcome.
    pub fn update_custom_menu(
        &self,
        custom_menu_id: impl AsRef<str>,
        body: &crate::apps::custom_menus::models::UpdateCustomMenuDto,
    ) -> ops::UpdateCustomMenu {
        let mut req = Request::new(
            http::Method::PUT,
            "/custom-menus/{customMenuId}",
            format!(
                "/custom-menus/{}",
                crate::request::segment(custom_menu_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateCustomMenu {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Custom Menu Link
    ///
    /// Removes a specific custom menu from the system. This operation requires authentication and proper permissions. The custom menu is identified by its unique ID, and the operation is performed within the context of a specific company.
    ///
    /// `DELETE /custom-menus/{customMenuId}`
    ///
    /// Version `2021-07-28`; scope `custom-menu-link.write`; retried after an unknown outcome.
    pub fn delete_custom_menu(&self, custom_menu_id: impl AsRef<str>) -> ops::DeleteCustomMenu {
        let mut req = Request::new(
            http::Method::DELETE,
            "/custom-menus/{customMenuId}",
            format!(
                "/custom-menus/{}",
                crate::request::segment(custom_menu_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::DeleteCustomMenu {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Custom Menu Links
    ///
    /// Fetches a collection of custom menus based on specified criteria. This endpoint allows clients to retrieve custom menu configurations, which may include menu items, categories, and associated metadata. The response can be tailored using query parameters for filtering, sorting, and pagination.
    ///
    /// `GET /custom-menus/`
    ///
    /// Version `2021-07-28`; scope `custom-menu-link.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn get_custom_menus(&self) -> ops::GetCustomMenus {
        let mut req = Request::new(http::Method::GET, "/custom-menus/", "/custom-menus/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::GetCustomMenus {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Custom Menu Link
    ///
    /// Creates a new custom menu for a company. Requires authentication and proper permissions. For Icon Usage Details please refer to  https://doc.clickup.com/8631005/d/h/87cpx-243696/d60fa70db6b92b2
    ///
    /// `POST /custom-menus/`
    ///
    /// Version `2021-07-28`; scope `custom-menu-link.write`; never repeated after an unknown outcome.
    pub fn create_custom_menu(
        &self,
        body: &crate::apps::custom_menus::models::CreateCustomMenuDto,
    ) -> ops::CreateCustomMenu {
        let mut req = Request::new(http::Method::POST, "/custom-menus/", "/custom-menus/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateCustomMenu {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Custom menus API operations (generated from GHL's spec).
    pub fn custom_menus(&self) -> CustomMenusApi {
        CustomMenusApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /custom-menus/{customMenuId}` request being built, to send with [`GetCustomMenuById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCustomMenuById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetCustomMenuById {
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
        ) -> Result<crate::apps::custom_menus::models::GetSingleCustomMenusSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /custom-menus/{customMenuId}` request being built, to send with [`UpdateCustomMenu::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateCustomMenu {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateCustomMenu {
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
        ) -> Result<crate::apps::custom_menus::models::UpdateCustomMenuLinkResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /custom-menus/{customMenuId}` request being built, to send with [`DeleteCustomMenu::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteCustomMenu {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteCustomMenu {
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
        ) -> Result<crate::apps::custom_menus::models::DeleteCustomMenuSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `GET /custom-menus/` request being built, to send with [`GetCustomMenus::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCustomMenus {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetCustomMenus {
        /// Unique identifier of the location
        pub fn location_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("locationId", value.into());
            self.request = crate::apps::support::resource_if_unset(self.request, "locationId");
            self
        }

        /// Number of items to skip for pagination
        pub fn skip(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("skip", value.to_string());
            self
        }

        /// Maximum number of items to return
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
            self
        }

        /// Search query to filter custom menus by name, supports partial || full names
        pub fn query(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("query", value.into());
            self
        }

        /// Filter to show only agency-level menu links. When omitted, fetches both agency and sub-account menu links. Ignored if locationId is provided
        pub fn show_on_company(mut self, value: bool) -> Self {
            self.request = self.request.query_pair("showOnCompany", value.to_string());
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
        ) -> Result<crate::Page<crate::apps::custom_menus::models::CustomMenuSchema>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("skip"),
                cursor,
                |r: crate::apps::custom_menus::models::GetCustomMenusResponseDto| {
                    (r.custom_menus.unwrap_or_default(), None)
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(
            self,
        ) -> crate::ItemStream<crate::apps::custom_menus::models::CustomMenuSchema> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::custom_menus::models::GetCustomMenusResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /custom-menus/` request being built, to send with [`CreateCustomMenu::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateCustomMenu {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateCustomMenu {
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
        ) -> Result<crate::apps::custom_menus::models::GetSingleCustomMenusSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }
}
