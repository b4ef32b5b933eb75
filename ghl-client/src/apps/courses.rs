//! MEMBERSHIPS API: 1 operations.
//!
//! Generated from GHL's `apps/courses.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// One of: `"published"`, `"draft"`.
    pub type Visibility = String;

    /// One of: `"video"`, `"assignment"`, `"quiz"`.
    pub type ContentType = String;

    /// One of: `"pdf"`, `"image"`, `"docx"`, `"pptx"`, `"xlsx"`, `"html"`, `"dotx"`, `"epub"`, `"webp"`, `"gdoc"`, `"mp3"`, `"doc"`, `"txt"`, `"zip"`, `"ppt"`, `"key"`, `"htm"`, `"xls"`, `"odp"`, `"odt"`, `"rtf"`, `"m4a"`, `"ods"`, `"mp4"`, `"ai"`, `"avi"`, `"mov"`, `"wmv"`, `"mkv"`, `"wav"`, `"flac"`, `"ogg"`, `"png"`, `"jpeg"`, `"jpg"`, `"gif"`, `"bmp"`, `"tiff"`, `"svg"`, `"odg"`, `"sxw"`, `"sxc"`, `"sxi"`, `"rar"`, `"7z"`, `"json"`, `"xml"`, `"csv"`, `"md"`, `"obj"`, `"stl"`, `"woff"`, `"ttf"`.
    pub type Type = String;

    /// `PostMaterialInterface` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PostMaterialInterface {
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<crate::apps::courses::models::Type>,
        ///
        /// Required by the spec.
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
    }

    impl PostMaterialInterface {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            title: impl Into<String>,
            r#type: crate::apps::courses::models::Type,
            url: impl Into<String>,
        ) -> Self {
            Self {
                title: Some(title.into()),
                r#type: Some(r#type),
                url: Some(url.into()),
                ..Self::default()
            }
        }
    }

    /// `PostInterface` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PostInterface {
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "visibility",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub visibility: Option<crate::apps::courses::models::Visibility>,
        /// `thumbnailUrl`.
        #[serde(
            rename = "thumbnailUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub thumbnail_url: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "contentType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub content_type: Option<crate::apps::courses::models::ContentType>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// `bucketVideoUrl`.
        #[serde(
            rename = "bucketVideoUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub bucket_video_url: Option<String>,
        /// `postMaterials`.
        #[serde(
            rename = "postMaterials",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub post_materials: Option<Vec<crate::apps::courses::models::PostMaterialInterface>>,
    }

    impl PostInterface {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            title: impl Into<String>,
            visibility: crate::apps::courses::models::Visibility,
            content_type: crate::apps::courses::models::ContentType,
            description: impl Into<String>,
        ) -> Self {
            Self {
                title: Some(title.into()),
                visibility: Some(visibility),
                content_type: Some(content_type),
                description: Some(description.into()),
                ..Self::default()
            }
        }
    }

    /// `SubCategoryInterface` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SubCategoryInterface {
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "visibility",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub visibility: Option<crate::apps::courses::models::Visibility>,
        /// `thumbnailUrl`.
        #[serde(
            rename = "thumbnailUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub thumbnail_url: Option<String>,
        /// `posts`.
        #[serde(rename = "posts", default, skip_serializing_if = "Option::is_none")]
        pub posts: Option<Vec<crate::apps::courses::models::PostInterface>>,
    }

    impl SubCategoryInterface {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            title: impl Into<String>,
            visibility: crate::apps::courses::models::Visibility,
        ) -> Self {
            Self {
                title: Some(title.into()),
                visibility: Some(visibility),
                ..Self::default()
            }
        }
    }

    /// `CategoryInterface` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CategoryInterface {
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "visibility",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub visibility: Option<crate::apps::courses::models::Visibility>,
        /// `thumbnailUrl`.
        #[serde(
            rename = "thumbnailUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub thumbnail_url: Option<String>,
        /// `posts`.
        #[serde(rename = "posts", default, skip_serializing_if = "Option::is_none")]
        pub posts: Option<Vec<crate::apps::courses::models::PostInterface>>,
        /// `subCategories`.
        #[serde(
            rename = "subCategories",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sub_categories: Option<Vec<crate::apps::courses::models::SubCategoryInterface>>,
    }

    impl CategoryInterface {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            title: impl Into<String>,
            visibility: crate::apps::courses::models::Visibility,
        ) -> Self {
            Self {
                title: Some(title.into()),
                visibility: Some(visibility),
                ..Self::default()
            }
        }
    }

    /// `InstructorDetails` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct InstructorDetails {
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
    }

    impl InstructorDetails {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(name: impl Into<String>, description: impl Into<String>) -> Self {
            Self {
                name: Some(name.into()),
                description: Some(description.into()),
                ..Self::default()
            }
        }
    }

    /// `ProductInterface` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ProductInterface {
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// `imageUrl`.
        #[serde(rename = "imageUrl", default, skip_serializing_if = "Option::is_none")]
        pub image_url: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "categories",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub categories: Option<Vec<crate::apps::courses::models::CategoryInterface>>,
        /// `instructorDetails`.
        #[serde(
            rename = "instructorDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub instructor_details: Option<crate::apps::courses::models::InstructorDetails>,
    }

    impl ProductInterface {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            title: impl Into<String>,
            description: impl Into<String>,
            categories: Vec<crate::apps::courses::models::CategoryInterface>,
        ) -> Self {
            Self {
                title: Some(title.into()),
                description: Some(description.into()),
                categories: Some(categories),
                ..Self::default()
            }
        }
    }

    /// `PublicExporterPayload` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PublicExporterPayload {
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// `userId`.
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "products", default, skip_serializing_if = "Option::is_none")]
        pub products: Option<Vec<crate::apps::courses::models::ProductInterface>>,
    }

    impl PublicExporterPayload {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            products: Vec<crate::apps::courses::models::ProductInterface>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                products: Some(products),
                ..Self::default()
            }
        }
    }
}

/// The MEMBERSHIPS API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct CoursesApi {
    client: GhlClient,
}

impl CoursesApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Import Courses
    ///
    /// Import Courses through public channels
    ///
    /// `POST /courses/courses-exporter/public/import`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn import_courses(
        &self,
        body: &crate::apps::courses::models::PublicExporterPayload,
    ) -> ops::ImportCourses {
        let mut req = Request::new(
            http::Method::POST,
            "/courses/courses-exporter/public/import",
            "/courses/courses-exporter/public/import",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::ImportCourses {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The MEMBERSHIPS API operations (generated from GHL's spec).
    pub fn courses(&self) -> CoursesApi {
        CoursesApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `POST /courses/courses-exporter/public/import` request being built, to send with [`ImportCourses::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ImportCourses {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ImportCourses {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline; the spec gives no schema for the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            crate::apps::support::send_value(&self.client, self.request).await
        }
    }
}
