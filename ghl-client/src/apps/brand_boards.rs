//! Brand Boards API: 5 operations.
//!
//! Generated from GHL's `apps/brand-boards.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `Logo` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct Logo {
        /// Unique identifier for the logo
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Public URL of the logo image. Used for uploading to the brand board folder in media library
        ///
        /// Required by the spec.
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// Display label for the logo (e.g., Primary, Secondary)
        ///
        /// Required by the spec.
        #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
        pub label: Option<String>,
        /// Storage path of the logo in the media library
        ///
        /// Required by the spec.
        #[serde(rename = "path", default, skip_serializing_if = "Option::is_none")]
        pub path: Option<String>,
    }

    impl Logo {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            url: impl Into<String>,
            label: impl Into<String>,
            path: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                url: Some(url.into()),
                label: Some(label.into()),
                path: Some(path.into()),
                ..Self::default()
            }
        }
    }

    /// `Color` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct Color {
        /// Unique identifier for the color
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Color in HEXA format (with alpha)
        ///
        /// Required by the spec.
        #[serde(rename = "hexa", default, skip_serializing_if = "Option::is_none")]
        pub hexa: Option<String>,
        /// Color in RGBA format
        ///
        /// Required by the spec.
        #[serde(rename = "rgba", default, skip_serializing_if = "Option::is_none")]
        pub rgba: Option<String>,
        /// Color in HEX format
        ///
        /// Required by the spec.
        #[serde(rename = "hex", default, skip_serializing_if = "Option::is_none")]
        pub hex: Option<String>,
        /// Color in RGB format
        ///
        /// Required by the spec.
        #[serde(rename = "rgb", default, skip_serializing_if = "Option::is_none")]
        pub rgb: Option<String>,
        /// Display label for the color
        ///
        /// Required by the spec.
        #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
        pub label: Option<String>,
    }

    impl Color {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            hexa: impl Into<String>,
            rgba: impl Into<String>,
            hex: impl Into<String>,
            rgb: impl Into<String>,
            label: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                hexa: Some(hexa.into()),
                rgba: Some(rgba.into()),
                hex: Some(hex.into()),
                rgb: Some(rgb.into()),
                label: Some(label.into()),
                ..Self::default()
            }
        }
    }

    /// `Font` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct Font {
        /// Unique identifier for the font
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Font family name
        ///
        /// Required by the spec.
        #[serde(rename = "font", default, skip_serializing_if = "Option::is_none")]
        pub font: Option<String>,
        /// Fallback font family
        ///
        /// Required by the spec.
        #[serde(rename = "fallback", default, skip_serializing_if = "Option::is_none")]
        pub fallback: Option<String>,
        /// Display label for the font
        ///
        /// Required by the spec.
        #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
        pub label: Option<String>,
    }

    impl Font {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            font: impl Into<String>,
            fallback: impl Into<String>,
            label: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                font: Some(font.into()),
                fallback: Some(fallback.into()),
                label: Some(label.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateBrandBoardParam` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateBrandBoardParam {
        /// Location ID where the brand board will be created
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Name of the brand board
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Array of logos for the brand board
        #[serde(rename = "logos", default, skip_serializing_if = "Option::is_none")]
        pub logos: Option<Vec<crate::apps::brand_boards::models::Logo>>,
        /// Array of colors for the brand board
        #[serde(rename = "colors", default, skip_serializing_if = "Option::is_none")]
        pub colors: Option<Vec<crate::apps::brand_boards::models::Color>>,
        /// Array of fonts for the brand board
        #[serde(rename = "fonts", default, skip_serializing_if = "Option::is_none")]
        pub fonts: Option<Vec<crate::apps::brand_boards::models::Font>>,
        /// Set as the default brand board for this location
        #[serde(rename = "default", default, skip_serializing_if = "Option::is_none")]
        pub default: Option<bool>,
        /// Source brand board ID to copy from (creates a new brand board based on this template)
        #[serde(
            rename = "brandBoardId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub brand_board_id: Option<String>,
        /// Parent folder ID in media library for organizing brand boards
        #[serde(rename = "parentId", default, skip_serializing_if = "Option::is_none")]
        pub parent_id: Option<String>,
        /// Source type indicating how the brand board was created
        ///
        /// One of: `"template"`, `"blank"`, `"snapshot"`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
    }

    impl CreateBrandBoardParam {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_id: impl Into<String>, name: impl Into<String>) -> Self {
            Self {
                location_id: Some(location_id.into()),
                name: Some(name.into()),
                ..Self::default()
            }
        }
    }

    /// `MetaData` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct MetaData {
        /// User ID who last updated the brand board
        #[serde(rename = "updatedBy", default, skip_serializing_if = "Option::is_none")]
        pub updated_by: Option<String>,
        /// Last action performed on the brand board
        #[serde(
            rename = "lastAction",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_action: Option<String>,
        /// Source brand board ID if created from a template
        #[serde(rename = "sourceId", default, skip_serializing_if = "Option::is_none")]
        pub source_id: Option<String>,
        /// How the brand board was created
        ///
        /// One of: `"template"`, `"blank"`, `"snapshot"`.
        #[serde(
            rename = "sourceType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub source_type: Option<String>,
    }

    /// `GetBrandBoardSuccessDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetBrandBoardSuccessDto {
        /// Brand board ID
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Location ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Brand board name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Array of logos
        #[serde(rename = "logos", default, skip_serializing_if = "Option::is_none")]
        pub logos: Option<Vec<crate::apps::brand_boards::models::Logo>>,
        /// Array of brand colors
        #[serde(rename = "colors", default, skip_serializing_if = "Option::is_none")]
        pub colors: Option<Vec<crate::apps::brand_boards::models::Color>>,
        /// Array of brand fonts
        #[serde(rename = "fonts", default, skip_serializing_if = "Option::is_none")]
        pub fonts: Option<Vec<crate::apps::brand_boards::models::Font>>,
        /// Whether this is the default brand board for the location
        ///
        /// Required by the spec.
        #[serde(rename = "default", default, skip_serializing_if = "Option::is_none")]
        pub default: Option<bool>,
        /// Whether the brand board has been soft deleted
        ///
        /// Required by the spec.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// Parent folder ID in media library
        #[serde(rename = "parentId", default, skip_serializing_if = "Option::is_none")]
        pub parent_id: Option<String>,
        /// Media library folder ID for this brand board
        #[serde(rename = "folderId", default, skip_serializing_if = "Option::is_none")]
        pub folder_id: Option<String>,
        /// Original brand board ID if cloned from snapshot
        #[serde(rename = "originId", default, skip_serializing_if = "Option::is_none")]
        pub origin_id: Option<String>,
        /// Metadata about the brand board
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<crate::apps::brand_boards::models::MetaData>,
        /// Creation timestamp
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// Last update timestamp
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
    }

    impl GetBrandBoardSuccessDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            location_id: impl Into<String>,
            name: impl Into<String>,
            default: bool,
            deleted: bool,
        ) -> Self {
            Self {
                id: Some(id.into()),
                location_id: Some(location_id.into()),
                name: Some(name.into()),
                default: Some(default),
                deleted: Some(deleted),
                ..Self::default()
            }
        }
    }

    /// `InvalidLocationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct InvalidLocationDto {
        /// `statusCode`.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// `message`.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    /// `BrandBoardListItemDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BrandBoardListItemDto {
        /// Brand board ID
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Brand board name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Last update timestamp
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// Whether this is the default brand board for the location
        #[serde(rename = "default", default, skip_serializing_if = "Option::is_none")]
        pub default: Option<bool>,
        /// Metadata about the brand board
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<crate::apps::brand_boards::models::MetaData>,
    }

    impl BrandBoardListItemDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            name: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                name: Some(name.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `GetBrandBoardsByLocationSuccessDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetBrandBoardsByLocationSuccessDto {
        /// Array of brand boards for the location
        ///
        /// Required by the spec.
        #[serde(
            rename = "brandBoards",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub brand_boards: Option<Vec<crate::apps::brand_boards::models::BrandBoardListItemDto>>,
        /// Total number of brand boards matching the query
        ///
        /// Required by the spec.
        #[serde(
            rename = "totalCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub total_count: Option<f64>,
    }

    impl GetBrandBoardsByLocationSuccessDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            brand_boards: Vec<crate::apps::brand_boards::models::BrandBoardListItemDto>,
            total_count: f64,
        ) -> Self {
            Self {
                brand_boards: Some(brand_boards),
                total_count: Some(total_count),
                ..Self::default()
            }
        }
    }

    /// `NotFoundDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct NotFoundDto {
        /// `statusCode`.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// `message`.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// `error`.
        #[serde(rename = "error", default, skip_serializing_if = "Option::is_none")]
        pub error: Option<String>,
    }

    /// `UpdateBrandBoardBody` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateBrandBoardBody {
        /// Name of the brand board
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Array of logos for the brand board
        #[serde(rename = "logos", default, skip_serializing_if = "Option::is_none")]
        pub logos: Option<Vec<crate::apps::brand_boards::models::Logo>>,
        /// Array of colors for the brand board
        #[serde(rename = "colors", default, skip_serializing_if = "Option::is_none")]
        pub colors: Option<Vec<crate::apps::brand_boards::models::Color>>,
        /// Array of fonts for the brand board
        #[serde(rename = "fonts", default, skip_serializing_if = "Option::is_none")]
        pub fonts: Option<Vec<crate::apps::brand_boards::models::Font>>,
        /// Set as the default brand board for this location
        #[serde(rename = "default", default, skip_serializing_if = "Option::is_none")]
        pub default: Option<bool>,
        /// Parent folder ID in media library (reserved for future use)
        #[serde(rename = "parentId", default, skip_serializing_if = "Option::is_none")]
        pub parent_id: Option<String>,
    }
}

/// The Brand Boards API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct BrandBoardsApi {
    client: GhlClient,
}

impl BrandBoardsApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Get Brand Boards
    ///
    /// Retrieves all Brand Boards for a specific location
    ///
    /// `GET /brand-boards/{locationId}`
    ///
    /// Version `2021-07-28`; scope `brand-boards/design-kit.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn get_brand_boards_by_location(
        &self,
        location_id: impl AsRef<str>,
    ) -> ops::GetBrandBoardsByLocation {
        let mut req = Request::new(
            http::Method::GET,
            "/brand-boards/{locationId}",
            format!(
                "/brand-boards/{}",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetBrandBoardsByLocation {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Brand Board
    ///
    /// Retrieves a specific Brand Board by its ID
    ///
    /// `GET /brand-boards/{locationId}/{id}`
    ///
    /// Version `2021-07-28`; scope `brand-boards/design-kit.readonly`; retried after an unknown outcome.
    pub fn get_brand_board_by_id(
        &self,
        location_id: impl AsRef<str>,
        id: impl AsRef<str>,
    ) -> ops::GetBrandBoardById {
        let mut req = Request::new(
            http::Method::GET,
            "/brand-boards/{locationId}/{id}",
            format!(
                "/brand-boards/{}/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetBrandBoardById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update a Brand Board
    ///
    /// Updates an existing Brand Board
    ///
    /// `PATCH /brand-boards/{locationId}/{id}`
    ///
    /// Version `2021-07-28`; scope `brand-boards/design-kit.write`; never repeated after an unknown outcome.
    pub fn update_brand_board(
        &self,
        location_id: impl AsRef<str>,
        id: impl AsRef<str>,
        body: &crate::apps::brand_boards::models::UpdateBrandBoardBody,
    ) -> ops::UpdateBrandBoard {
        let mut req = Request::new(
            http::Method::PATCH,
            "/brand-boards/{locationId}/{id}",
            format!(
                "/brand-boards/{}/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::UpdateBrandBoard {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete a Brand Board
    ///
    /// Deletes a Brand Board
    ///
    /// `DELETE /brand-boards/{locationId}/{id}`
    ///
    /// Version `2021-07-28`; scope `brand-boards/design-kit.write`; retried after an unknown outcome.
    pub fn delete_brand_board(
        &self,
        location_id: impl AsRef<str>,
        id: impl AsRef<str>,
    ) -> ops::DeleteBrandBoard {
        let mut req = Request::new(
            http::Method::DELETE,
            "/brand-boards/{locationId}/{id}",
            format!(
                "/brand-boards/{}/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::DeleteBrandBoard {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create a new brand board
    ///
    /// Creates a new brand board with logos, colors, and fonts
    ///
    /// `POST /brand-boards/`
    ///
    /// Version `2021-07-28`; scope `brand-boards/design-kit.write`; never repeated after an unknown outcome.
    pub fn create_brand_board(
        &self,
        body: &crate::apps::brand_boards::models::CreateBrandBoardParam,
    ) -> ops::CreateBrandBoard {
        let mut req = Request::new(http::Method::POST, "/brand-boards/", "/brand-boards/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateBrandBoard {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Brand Boards API operations (generated from GHL's spec).
    pub fn brand_boards(&self) -> BrandBoardsApi {
        BrandBoardsApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /brand-boards/{locationId}` request being built, to send with [`GetBrandBoardsByLocation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetBrandBoardsByLocation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetBrandBoardsByLocation {
        /// Maximum number of brand boards to return
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
            self
        }

        /// Number of brand boards to skip for pagination
        pub fn offset(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("offset", value.to_string());
            self
        }

        /// Search term to filter brand boards by name
        pub fn search(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("search", value.into());
            self
        }

        /// Include deleted brand boards in results
        pub fn deleted(mut self, value: bool) -> Self {
            self.request = self.request.query_pair("deleted", value.to_string());
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
        ) -> Result<crate::Page<crate::apps::brand_boards::models::BrandBoardListItemDto>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("offset"),
                cursor,
                |r: crate::apps::brand_boards::models::GetBrandBoardsByLocationSuccessDto| {
                    (
                        r.brand_boards.unwrap_or_default(),
                        r.total_count.map(|t| t as u64),
                    )
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(
            self,
        ) -> crate::ItemStream<crate::apps::brand_boards::models::BrandBoardListItemDto> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::brand_boards::models::GetBrandBoardsByLocationSuccessDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /brand-boards/{locationId}/{id}` request being built, to send with [`GetBrandBoardById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetBrandBoardById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetBrandBoardById {
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
        ) -> Result<crate::apps::brand_boards::models::GetBrandBoardSuccessDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PATCH /brand-boards/{locationId}/{id}` request being built, to send with [`UpdateBrandBoard::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateBrandBoard {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateBrandBoard {
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
        ) -> Result<crate::apps::brand_boards::models::GetBrandBoardSuccessDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /brand-boards/{locationId}/{id}` request being built, to send with [`DeleteBrandBoard::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteBrandBoard {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteBrandBoard {
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
        ) -> Result<crate::apps::brand_boards::models::GetBrandBoardSuccessDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /brand-boards/` request being built, to send with [`CreateBrandBoard::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateBrandBoard {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateBrandBoard {
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
        ) -> Result<crate::apps::brand_boards::models::GetBrandBoardSuccessDto> {
            self.client.send(self.request).await
        }
    }
}
