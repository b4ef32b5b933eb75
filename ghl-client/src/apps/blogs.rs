//! Blogs API: 7 operations.
//!
//! Generated from GHL's `apps/blogs.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `UrlSlugCheckResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UrlSlugCheckResponseDto {
        /// Indicates whether the url slug exists or not
        ///
        /// Required by the spec.
        #[serde(rename = "exists", default, skip_serializing_if = "Option::is_none")]
        pub exists: Option<bool>,
    }

    impl UrlSlugCheckResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(exists: bool) -> Self {
            Self {
                exists: Some(exists),
                ..Self::default()
            }
        }
    }

    /// `UpdateBlogPostParams` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateBlogPostParams {
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// You can find the blog id from blog site dashboard link
        ///
        /// Required by the spec.
        #[serde(rename = "blogId", default, skip_serializing_if = "Option::is_none")]
        pub blog_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "imageUrl", default, skip_serializing_if = "Option::is_none")]
        pub image_url: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "rawHTML", default, skip_serializing_if = "Option::is_none")]
        pub raw_html: Option<String>,
        /// One of: `"DRAFT"`, `"PUBLISHED"`, `"SCHEDULED"`, `"ARCHIVED"`.
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "imageAltText",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub image_alt_text: Option<String>,
        /// This needs to be array of category ids, which you can get from the category get api call.
        ///
        /// Required by the spec.
        #[serde(
            rename = "categories",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub categories: Option<Vec<String>>,
        /// `tags`.
        #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<String>>,
        /// This needs to be author id, which you can get from the author get api call.
        ///
        /// Required by the spec.
        #[serde(rename = "author", default, skip_serializing_if = "Option::is_none")]
        pub author: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "urlSlug", default, skip_serializing_if = "Option::is_none")]
        pub url_slug: Option<String>,
        /// `canonicalLink`.
        #[serde(
            rename = "canonicalLink",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub canonical_link: Option<String>,
        /// Provide ISO timestamp
        ///
        /// Required by the spec.
        #[serde(
            rename = "publishedAt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub published_at: Option<String>,
    }

    impl UpdateBlogPostParams {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            title: impl Into<String>,
            location_id: impl Into<String>,
            blog_id: impl Into<String>,
            image_url: impl Into<String>,
            description: impl Into<String>,
            raw_html: impl Into<String>,
            status: impl Into<String>,
            image_alt_text: impl Into<String>,
            categories: Vec<String>,
            author: impl Into<String>,
            url_slug: impl Into<String>,
            published_at: impl Into<String>,
        ) -> Self {
            Self {
                title: Some(title.into()),
                location_id: Some(location_id.into()),
                blog_id: Some(blog_id.into()),
                image_url: Some(image_url.into()),
                description: Some(description.into()),
                raw_html: Some(raw_html.into()),
                status: Some(status.into()),
                image_alt_text: Some(image_alt_text.into()),
                categories: Some(categories),
                author: Some(author.into()),
                url_slug: Some(url_slug.into()),
                published_at: Some(published_at.into()),
                ..Self::default()
            }
        }
    }

    /// `BlogPostResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BlogPostResponseDto {
        /// Array of category IDs associated with the blog post
        ///
        /// Required by the spec.
        #[serde(
            rename = "categories",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub categories: Option<Vec<String>>,
        /// Array of tags associated with the blog post
        #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<String>>,
        /// Indicates whether the blog post is archived
        ///
        /// Required by the spec.
        #[serde(rename = "archived", default, skip_serializing_if = "Option::is_none")]
        pub archived: Option<bool>,
        /// Unique identifier of the blog post
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Title of the blog post
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Description of the blog post
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// URL of the image associated with the blog post
        ///
        /// Required by the spec.
        #[serde(rename = "imageUrl", default, skip_serializing_if = "Option::is_none")]
        pub image_url: Option<String>,
        /// Publication status of the blog post
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// Alternative text for the blog post image
        ///
        /// Required by the spec.
        #[serde(
            rename = "imageAltText",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub image_alt_text: Option<String>,
        /// URL slug for the blog post
        ///
        /// Required by the spec.
        #[serde(rename = "urlSlug", default, skip_serializing_if = "Option::is_none")]
        pub url_slug: Option<String>,
        /// Canonical link of the blog post
        #[serde(
            rename = "canonicalLink",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub canonical_link: Option<String>,
        /// Identifier of the author of the blog post
        #[serde(rename = "author", default, skip_serializing_if = "Option::is_none")]
        pub author: Option<String>,
        /// Timestamp when the blog post was published
        ///
        /// Required by the spec.
        #[serde(
            rename = "publishedAt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub published_at: Option<String>,
        /// Timestamp when the blog post was last updated
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
    }

    impl BlogPostResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            categories: Vec<String>,
            archived: bool,
            id: impl Into<String>,
            title: impl Into<String>,
            description: impl Into<String>,
            image_url: impl Into<String>,
            status: impl Into<String>,
            image_alt_text: impl Into<String>,
            url_slug: impl Into<String>,
            published_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                categories: Some(categories),
                archived: Some(archived),
                id: Some(id.into()),
                title: Some(title.into()),
                description: Some(description.into()),
                image_url: Some(image_url.into()),
                status: Some(status.into()),
                image_alt_text: Some(image_alt_text.into()),
                url_slug: Some(url_slug.into()),
                published_at: Some(published_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `BlogPostUpdateResponseWrapperDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BlogPostUpdateResponseWrapperDto {
        /// Object containing response data of blog post update
        ///
        /// Required by the spec.
        #[serde(
            rename = "updatedBlogPost",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub updated_blog_post: Option<crate::apps::blogs::models::BlogPostResponseDto>,
    }

    impl BlogPostUpdateResponseWrapperDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(updated_blog_post: crate::apps::blogs::models::BlogPostResponseDto) -> Self {
            Self {
                updated_blog_post: Some(updated_blog_post),
                ..Self::default()
            }
        }
    }

    /// `CreateBlogPostParams` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateBlogPostParams {
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// You can find the blog id from blog site dashboard link
        ///
        /// Required by the spec.
        #[serde(rename = "blogId", default, skip_serializing_if = "Option::is_none")]
        pub blog_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "imageUrl", default, skip_serializing_if = "Option::is_none")]
        pub image_url: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "rawHTML", default, skip_serializing_if = "Option::is_none")]
        pub raw_html: Option<String>,
        /// One of: `"DRAFT"`, `"PUBLISHED"`, `"SCHEDULED"`, `"ARCHIVED"`.
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "imageAltText",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub image_alt_text: Option<String>,
        /// This needs to be array of category ids, which you can get from the category get api call.
        ///
        /// Required by the spec.
        #[serde(
            rename = "categories",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub categories: Option<Vec<String>>,
        /// `tags`.
        #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<String>>,
        /// This needs to be author id, which you can get from the author get api call.
        ///
        /// Required by the spec.
        #[serde(rename = "author", default, skip_serializing_if = "Option::is_none")]
        pub author: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "urlSlug", default, skip_serializing_if = "Option::is_none")]
        pub url_slug: Option<String>,
        /// `canonicalLink`.
        #[serde(
            rename = "canonicalLink",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub canonical_link: Option<String>,
        /// Provide ISO timestamp
        ///
        /// Required by the spec.
        #[serde(
            rename = "publishedAt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub published_at: Option<String>,
    }

    impl CreateBlogPostParams {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            title: impl Into<String>,
            location_id: impl Into<String>,
            blog_id: impl Into<String>,
            image_url: impl Into<String>,
            description: impl Into<String>,
            raw_html: impl Into<String>,
            status: impl Into<String>,
            image_alt_text: impl Into<String>,
            categories: Vec<String>,
            author: impl Into<String>,
            url_slug: impl Into<String>,
            published_at: impl Into<String>,
        ) -> Self {
            Self {
                title: Some(title.into()),
                location_id: Some(location_id.into()),
                blog_id: Some(blog_id.into()),
                image_url: Some(image_url.into()),
                description: Some(description.into()),
                raw_html: Some(raw_html.into()),
                status: Some(status.into()),
                image_alt_text: Some(image_alt_text.into()),
                categories: Some(categories),
                author: Some(author.into()),
                url_slug: Some(url_slug.into()),
                published_at: Some(published_at.into()),
                ..Self::default()
            }
        }
    }

    /// `BlogPostCreateResponseWrapperDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BlogPostCreateResponseWrapperDto {
        /// Object containing response data of blog post create.
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::blogs::models::BlogPostResponseDto>,
    }

    impl BlogPostCreateResponseWrapperDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(data: crate::apps::blogs::models::BlogPostResponseDto) -> Self {
            Self {
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `AuthorResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AuthorResponseDto {
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
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
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "canonicalLink",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub canonical_link: Option<String>,
    }

    impl AuthorResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            name: impl Into<String>,
            location_id: impl Into<String>,
            updated_at: impl Into<String>,
            canonical_link: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                name: Some(name.into()),
                location_id: Some(location_id.into()),
                updated_at: Some(updated_at.into()),
                canonical_link: Some(canonical_link.into()),
                ..Self::default()
            }
        }
    }

    /// `AuthorsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AuthorsResponseDto {
        /// Array of authors
        ///
        /// Required by the spec.
        #[serde(rename = "authors", default, skip_serializing_if = "Option::is_none")]
        pub authors: Option<Vec<crate::apps::blogs::models::AuthorResponseDto>>,
    }

    impl AuthorsResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(authors: Vec<crate::apps::blogs::models::AuthorResponseDto>) -> Self {
            Self {
                authors: Some(authors),
                ..Self::default()
            }
        }
    }

    /// `CategoryResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CategoryResponseDto {
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `label`.
        #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
        pub label: Option<String>,
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
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "canonicalLink",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub canonical_link: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "urlSlug", default, skip_serializing_if = "Option::is_none")]
        pub url_slug: Option<String>,
    }

    impl CategoryResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            location_id: impl Into<String>,
            updated_at: impl Into<String>,
            canonical_link: impl Into<String>,
            url_slug: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                location_id: Some(location_id.into()),
                updated_at: Some(updated_at.into()),
                canonical_link: Some(canonical_link.into()),
                url_slug: Some(url_slug.into()),
                ..Self::default()
            }
        }
    }

    /// `CategoriesResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CategoriesResponseDto {
        /// Array of categories
        ///
        /// Required by the spec.
        #[serde(
            rename = "categories",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub categories: Option<Vec<crate::apps::blogs::models::CategoryResponseDto>>,
    }

    impl CategoriesResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(categories: Vec<crate::apps::blogs::models::CategoryResponseDto>) -> Self {
            Self {
                categories: Some(categories),
                ..Self::default()
            }
        }
    }

    /// `BlogResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BlogResponseDto {
        /// Unique identifier of the blog
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Name of the blog
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
    }

    impl BlogResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                name: Some(name.into()),
                ..Self::default()
            }
        }
    }

    /// `BlogGetResponseWrapperDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BlogGetResponseWrapperDto {
        /// Object containing response data of blog
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<Vec<crate::apps::blogs::models::BlogResponseDto>>,
    }

    impl BlogGetResponseWrapperDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(data: Vec<crate::apps::blogs::models::BlogResponseDto>) -> Self {
            Self {
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `BlogPostGetResponseWrapperDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BlogPostGetResponseWrapperDto {
        /// Object containing response data of blog posts
        ///
        /// Required by the spec.
        #[serde(rename = "blogs", default, skip_serializing_if = "Option::is_none")]
        pub blogs: Option<Vec<crate::apps::blogs::models::BlogPostResponseDto>>,
    }

    impl BlogPostGetResponseWrapperDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(blogs: Vec<crate::apps::blogs::models::BlogPostResponseDto>) -> Self {
            Self {
                blogs: Some(blogs),
                ..Self::default()
            }
        }
    }
}

/// The Blogs API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct BlogsApi {
    client: GhlClient,
}

impl BlogsApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Check url slug
    ///
    /// The "Check url slug" API allows check the blog slug validation which is needed before publishing any blog post. Please use blogs/check-slug.readonly. you can find the POST ID from the post edit url.
    ///
    /// `GET /blogs/posts/url-slug-exists`
    ///
    /// Version `2021-07-28`; scope `blogs/check-slug.readonly`; retried after an unknown outcome.
    pub fn check_url_slug_exists(
        &self,
        url_slug: impl Into<String>,
        location_id: impl Into<String>,
    ) -> ops::CheckUrlSlugExists {
        let mut req = Request::new(
            http::Method::GET,
            "/blogs/posts/url-slug-exists",
            "/blogs/posts/url-slug-exists",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("urlSlug", url_slug.into());
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::CheckUrlSlugExists {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Blog Post
    ///
    /// The "Update Blog Post" API allows you update blog post for any given blog site. Please use blogs/post-update.write
    ///
    /// `PUT /blogs/posts/{postId}`
    ///
    /// Version `2021-07-28`; scope `blogs/post-update.write`; retried after an unknown outcome.
    pub fn update_blog_post(
        &self,
        post_id: impl AsRef<str>,
        body: &crate::apps::blogs::models::UpdateBlogPostParams,
    ) -> ops::UpdateBlogPost {
        let mut req = Request::new(
            http::Method::PUT,
            "/blogs/posts/{postId}",
            format!("/blogs/posts/{}", crate::request::segment(post_id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateBlogPost {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Blog Post
    ///
    /// The "Create Blog Post" API allows you create blog post for any given blog site. Please use blogs/post.write
    ///
    /// `POST /blogs/posts`
    ///
    /// Version `2021-07-28`; scope `blogs/post.write`; never repeated after an unknown outcome.
    pub fn create_blog_post(
        &self,
        body: &crate::apps::blogs::models::CreateBlogPostParams,
    ) -> ops::CreateBlogPost {
        let mut req = Request::new(http::Method::POST, "/blogs/posts", "/blogs/posts");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateBlogPost {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get all authors
    ///
    /// The "Get all authors" Api return the blog authors for a given location ID. Please use "blogs/author.readonly"
    ///
    /// `GET /blogs/authors`
    ///
    /// Version `2021-07-28`; scope `blogs/author.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn get_all_blog_authors_by_location(
        &self,
        location_id: impl Into<String>,
        limit: f64,
        offset: f64,
    ) -> ops::GetAllBlogAuthorsByLocation {
        let mut req = Request::new(http::Method::GET, "/blogs/authors", "/blogs/authors");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("limit", limit.to_string());
        req = req.query_pair("offset", offset.to_string());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetAllBlogAuthorsByLocation {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get all categories
    ///
    /// The "Get all categories" Api return the blog categoies for a given location ID. Please use "blogs/category.readonly"
    ///
    /// `GET /blogs/categories`
    ///
    /// Version `2021-07-28`; scope `blogs/category.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn get_all_categories_by_location(
        &self,
        location_id: impl Into<String>,
        limit: f64,
        offset: f64,
    ) -> ops::GetAllCategoriesByLocation {
        let mut req = Request::new(http::Method::GET, "/blogs/categories", "/blogs/categories");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("limit", limit.to_string());
        req = req.query_pair("offset", offset.to_string());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetAllCategoriesByLocation {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Blog posts by Blog ID
    ///
    /// The "Get Blog posts by Blog ID" API allows you get blog posts for any given blog site using blog ID.Please use blogs/posts.readonly
    ///
    /// `GET /blogs/posts/all`
    ///
    /// Version `2021-07-28`; scope `blogs/posts.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn get_blog_post(
        &self,
        location_id: impl Into<String>,
        blog_id: impl Into<String>,
        limit: f64,
        offset: f64,
    ) -> ops::GetBlogPost {
        let mut req = Request::new(http::Method::GET, "/blogs/posts/all", "/blogs/posts/all");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("blogId", blog_id.into());
        req = req.query_pair("limit", limit.to_string());
        req = req.query_pair("offset", offset.to_string());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetBlogPost {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Blogs by Location ID
    ///
    /// The "Get Blogs by Location ID" API allows you get blogs using Location ID.Please use blogs/list.readonly
    ///
    /// `GET /blogs/site/all`
    ///
    /// Version `2021-07-28`; scope `blogs/list.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn get_blogs(
        &self,
        location_id: impl Into<String>,
        skip: f64,
        limit: f64,
    ) -> ops::GetBlogs {
        let mut req = Request::new(http::Method::GET, "/blogs/site/all", "/blogs/site/all");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("skip", skip.to_string());
        req = req.query_pair("limit", limit.to_string());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetBlogs {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Blogs API operations (generated from GHL's spec).
    pub fn blogs(&self) -> BlogsApi {
        BlogsApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /blogs/posts/url-slug-exists` request being built, to send with [`CheckUrlSlugExists::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CheckUrlSlugExists {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CheckUrlSlugExists {
        /// Sets `postId`.
        pub fn post_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("postId", value.into());
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
        pub async fn send(self) -> Result<crate::apps::blogs::models::UrlSlugCheckResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /blogs/posts/{postId}` request being built, to send with [`UpdateBlogPost::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateBlogPost {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateBlogPost {
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
        ) -> Result<crate::apps::blogs::models::BlogPostUpdateResponseWrapperDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /blogs/posts` request being built, to send with [`CreateBlogPost::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateBlogPost {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateBlogPost {
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
        ) -> Result<crate::apps::blogs::models::BlogPostCreateResponseWrapperDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /blogs/authors` request being built, to send with [`GetAllBlogAuthorsByLocation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAllBlogAuthorsByLocation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAllBlogAuthorsByLocation {
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
        ) -> Result<crate::Page<crate::apps::blogs::models::AuthorResponseDto>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("offset"),
                cursor,
                |r: crate::apps::blogs::models::AuthorsResponseDto| {
                    (r.authors.unwrap_or_default(), None)
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<crate::apps::blogs::models::AuthorResponseDto> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::blogs::models::AuthorsResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /blogs/categories` request being built, to send with [`GetAllCategoriesByLocation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAllCategoriesByLocation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAllCategoriesByLocation {
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
        ) -> Result<crate::Page<crate::apps::blogs::models::CategoryResponseDto>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("offset"),
                cursor,
                |r: crate::apps::blogs::models::CategoriesResponseDto| {
                    (r.categories.unwrap_or_default(), None)
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<crate::apps::blogs::models::CategoryResponseDto> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::blogs::models::CategoriesResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /blogs/posts/all` request being built, to send with [`GetBlogPost::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetBlogPost {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetBlogPost {
        /// search for any post by name
        pub fn search_term(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("searchTerm", value.into());
            self
        }

        ///
        /// One of: `"PUBLISHED"`, `"SCHEDULED"`, `"ARCHIVED"`, `"DRAFT"`.
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

        /// One page: the one this request asks for (`cursor` `None`), or the one a
        /// previous page's [`Page::next`](crate::Page::next) names.
        pub async fn fetch_page(
            &self,
            cursor: Option<crate::Cursor>,
        ) -> Result<crate::Page<crate::apps::blogs::models::BlogPostResponseDto>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("offset"),
                cursor,
                |r: crate::apps::blogs::models::BlogPostGetResponseWrapperDto| {
                    (r.blogs.unwrap_or_default(), None)
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<crate::apps::blogs::models::BlogPostResponseDto> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::blogs::models::BlogPostGetResponseWrapperDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /blogs/site/all` request being built, to send with [`GetBlogs::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetBlogs {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetBlogs {
        /// search for any post by name
        pub fn search_term(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("searchTerm", value.into());
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
        ) -> Result<crate::Page<crate::apps::blogs::models::BlogResponseDto>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("skip"),
                cursor,
                |r: crate::apps::blogs::models::BlogGetResponseWrapperDto| {
                    (r.data.unwrap_or_default(), None)
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<crate::apps::blogs::models::BlogResponseDto> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::blogs::models::BlogGetResponseWrapperDto> {
            self.client.send(self.request).await
        }
    }
}
