//! Media Storage API: 7 operations.
//!
//! Generated from GHL's `apps/medias.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `GetFilesResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetFilesResponseDto {
        /// Array of File Objects
        ///
        /// Required by the spec.
        #[serde(rename = "files", default, skip_serializing_if = "Option::is_none")]
        pub files: Option<Vec<String>>,
    }

    impl GetFilesResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(files: Vec<String>) -> Self {
            Self {
                files: Some(files),
                ..Self::default()
            }
        }
    }

    /// `UploadFileResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UploadFileResponseDto {
        /// ID of the uploaded file
        ///
        /// Required by the spec.
        #[serde(rename = "fileId", default, skip_serializing_if = "Option::is_none")]
        pub file_id: Option<String>,
        /// Google Cloud Storage URL of the uploaded file
        ///
        /// Required by the spec.
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
    }

    impl UploadFileResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(file_id: impl Into<String>, url: impl Into<String>) -> Self {
            Self {
                file_id: Some(file_id.into()),
                url: Some(url.into()),
                ..Self::default()
            }
        }
    }

    /// `FolderDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FolderDto {
        /// Location identifier that owns this folder
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// Type of entity that owns the folder
        ///
        /// One of: `"location"`.
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// Name of the folder
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// ID of the parent folder (null for root folders)
        #[serde(rename = "parentId", default, skip_serializing_if = "Option::is_none")]
        pub parent_id: Option<String>,
        /// Type of the object (always 'folder' for folders)
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Whether the folder has been deleted
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// Whether there are pending uploads to this folder
        #[serde(
            rename = "pendingUpload",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub pending_upload: Option<bool>,
        /// Primary category of content stored in the folder
        #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
        pub category: Option<String>,
        /// Sub-category of content stored in the folder
        #[serde(
            rename = "subCategory",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sub_category: Option<String>,
        /// Whether the folder is private and not publicly accessible
        #[serde(rename = "isPrivate", default, skip_serializing_if = "Option::is_none")]
        pub is_private: Option<bool>,
        /// Whether the folder has been moved from its original location
        #[serde(
            rename = "relocatedFolder",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub relocated_folder: Option<bool>,
        /// Whether the data migration process has been completed for this folder
        #[serde(
            rename = "migrationCompleted",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub migration_completed: Option<bool>,
        /// Whether this is a system-generated application folder
        #[serde(rename = "appFolder", default, skip_serializing_if = "Option::is_none")]
        pub app_folder: Option<bool>,
        /// Whether the folder is essential and should not be deleted
        #[serde(
            rename = "isEssential",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_essential: Option<bool>,
        /// Current status of the folder
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// ID of the user who last updated the folder
        #[serde(
            rename = "lastUpdatedBy",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_updated_by: Option<String>,
    }

    impl FolderDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            r#type: impl Into<String>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                r#type: Some(r#type.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateFolderParams` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateFolderParams {
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// Type of entity (location only)
        ///
        /// One of: `"location"`.
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// Name of the folder to be created
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// ID of the parent folder (optional)
        #[serde(rename = "parentId", default, skip_serializing_if = "Option::is_none")]
        pub parent_id: Option<String>,
    }

    impl CreateFolderParams {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateObject` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateObject {
        /// New name for the file or folder
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Type of entity that owns the file or folder
        ///
        /// One of: `"location"`.
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// Location identifier that owns the file or folder
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
    }

    impl UpdateObject {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            name: impl Into<String>,
            alt_type: impl Into<String>,
            alt_id: impl Into<String>,
        ) -> Self {
            Self {
                name: Some(name.into()),
                alt_type: Some(alt_type.into()),
                alt_id: Some(alt_id.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateMediaObject` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateMediaObject {
        /// Unique identifier of the file or folder to be updated
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// New name for the file or folder
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
    }

    impl UpdateMediaObject {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateMediaObjects` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateMediaObjects {
        /// Location identifier
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// Type of entity that owns the files
        ///
        /// One of: `"location"`.
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// Array of file objects to be updated
        ///
        /// Required by the spec.
        #[serde(
            rename = "filesToBeUpdated",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub files_to_be_updated: Option<Vec<crate::apps::medias::models::UpdateMediaObject>>,
    }

    impl UpdateMediaObjects {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            files_to_be_updated: Vec<crate::apps::medias::models::UpdateMediaObject>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                files_to_be_updated: Some(files_to_be_updated),
                ..Self::default()
            }
        }
    }

    /// `DeleteMediaObjectItem` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteMediaObjectItem {
        /// Unique identifier of the file or folder to be deleted
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
    }

    impl DeleteMediaObjectItem {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `DeleteMediaObjectsBodyParams` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteMediaObjectsBodyParams {
        /// Array of file objects to be deleted or trashed
        ///
        /// Required by the spec.
        #[serde(
            rename = "filesToBeDeleted",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub files_to_be_deleted: Option<Vec<crate::apps::medias::models::DeleteMediaObjectItem>>,
        /// Type of entity that owns the files
        ///
        /// One of: `"location"`.
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// Location identifier
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// Status to set for the files (deleted or trashed)
        ///
        /// One of: `"deleted"`, `"trashed"`.
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
    }

    impl DeleteMediaObjectsBodyParams {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            files_to_be_deleted: Vec<crate::apps::medias::models::DeleteMediaObjectItem>,
            alt_type: impl Into<String>,
            alt_id: impl Into<String>,
            status: impl Into<String>,
        ) -> Self {
            Self {
                files_to_be_deleted: Some(files_to_be_deleted),
                alt_type: Some(alt_type.into()),
                alt_id: Some(alt_id.into()),
                status: Some(status.into()),
                ..Self::default()
            }
        }
    }

    /// `MoveOrDeleteObjectParams` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct MoveOrDeleteObjectParams {
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
    }

    impl MoveOrDeleteObjectParams {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_type: impl Into<String>,
            alt_id: impl Into<String>,
            id: impl Into<String>,
        ) -> Self {
            Self {
                alt_type: Some(alt_type.into()),
                alt_id: Some(alt_id.into()),
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }
}

/// The Media Storage API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct MediasApi {
    client: GhlClient,
}

impl MediasApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Get List of Files/ Folders
    ///
    /// Fetches list of files and folders from the media storage
    ///
    /// `GET /medias/files`
    ///
    /// Version `2021-07-28`; scope `medias.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn fetch_media_content(
        &self,
        sort_by: impl Into<String>,
        sort_order: impl Into<String>,
        r#type: impl Into<String>,
        alt_type: impl Into<String>,
        alt_id: impl Into<String>,
    ) -> ops::FetchMediaContent {
        let mut req = Request::new(http::Method::GET, "/medias/files", "/medias/files");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("sortBy", sort_by.into());
        req = req.query_pair("sortOrder", sort_order.into());
        req = req.query_pair("type", r#type.into());
        req = req.query_pair("altType", alt_type.into());
        req = req.query_pair("altId", alt_id.into());
        ops::FetchMediaContent {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Upload File into Media Storage
    ///
    /// If hosted is set to true then fileUrl is required. Else file is required. If adding a file, maximum allowed is 25 MB
    ///
    /// `POST /medias/upload-file`
    ///
    /// Version `2021-07-28`; scope `medias.write`; never repeated after an unknown outcome.
    pub fn upload_media_content(&self, form: crate::request::Multipart) -> ops::UploadMediaContent {
        let mut req = Request::new(
            http::Method::POST,
            "/medias/upload-file",
            "/medias/upload-file",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.multipart(form);
        ops::UploadMediaContent {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update File/ Folder
    ///
    /// Updates a single file or folder by ID
    ///
    /// `POST /medias/{id}`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn update_media_object(
        &self,
        id: impl AsRef<str>,
        body: &crate::apps::medias::models::UpdateObject,
    ) -> ops::UpdateMediaObject {
        let mut req = Request::new(
            http::Method::POST,
            "/medias/{id}",
            format!("/medias/{}", crate::request::segment(id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateMediaObject {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete File or Folder
    ///
    /// Deletes specific file or folder from the media storage
    ///
    /// `DELETE /medias/{id}`
    ///
    /// Version `2021-07-28`; scope `medias.write`; retried after an unknown outcome.
    pub fn delete_media_content(
        &self,
        id: impl AsRef<str>,
        alt_type: impl Into<String>,
        alt_id: impl Into<String>,
    ) -> ops::DeleteMediaContent {
        let mut req = Request::new(
            http::Method::DELETE,
            "/medias/{id}",
            format!("/medias/{}", crate::request::segment(id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altType", alt_type.into());
        req = req.query_pair("altId", alt_id.into());
        ops::DeleteMediaContent {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Folder
    ///
    /// Creates a new folder in the media storage
    ///
    /// `POST /medias/folder`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn create_media_folder(
        &self,
        body: &crate::apps::medias::models::CreateFolderParams,
    ) -> ops::CreateMediaFolder {
        let mut req = Request::new(http::Method::POST, "/medias/folder", "/medias/folder");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateMediaFolder {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Bulk Update Files/ Folders
    ///
    /// Updates metadata or status of multiple files and folders
    ///
    /// `PUT /medias/update-files`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn bulk_update_media_objects(
        &self,
        body: &crate::apps::medias::models::UpdateMediaObjects,
    ) -> ops::BulkUpdateMediaObjects {
        let mut req = Request::new(
            http::Method::PUT,
            "/medias/update-files",
            "/medias/update-files",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::BulkUpdateMediaObjects {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Bulk Delete / Trash Files or Folders
    ///
    /// Soft-deletes or trashes multiple files and folders in a single request
    ///
    /// `PUT /medias/delete-files`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn bulk_delete_media_objects(
        &self,
        body: &crate::apps::medias::models::DeleteMediaObjectsBodyParams,
    ) -> ops::BulkDeleteMediaObjects {
        let mut req = Request::new(
            http::Method::PUT,
            "/medias/delete-files",
            "/medias/delete-files",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::BulkDeleteMediaObjects {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Media Storage API operations (generated from GHL's spec).
    pub fn medias(&self) -> MediasApi {
        MediasApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /medias/files` request being built, to send with [`FetchMediaContent::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FetchMediaContent {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FetchMediaContent {
        /// Number of files to skip in listing
        pub fn offset(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("offset", value.into());
            self
        }

        /// Number of files to show in the listing
        pub fn limit(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("limit", value.into());
            self
        }

        /// Query text
        pub fn query(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("query", value.into());
            self
        }

        /// parent id or folder id
        pub fn parent_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("parentId", value.into());
            self
        }

        /// Fetch all files or folders
        pub fn fetch_all(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("fetchAll", value.into());
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
        ) -> Result<crate::Page<String>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("offset"),
                cursor,
                |r: crate::apps::medias::models::GetFilesResponseDto| {
                    (r.files.unwrap_or_default(), None)
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<String> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::medias::models::GetFilesResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /medias/upload-file` request being built, to send with [`UploadMediaContent::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UploadMediaContent {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UploadMediaContent {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::medias::models::UploadFileResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /medias/{id}` request being built, to send with [`UpdateMediaObject::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateMediaObject {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateMediaObject {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /medias/{id}` request being built, to send with [`DeleteMediaContent::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteMediaContent {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteMediaContent {
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

    /// The `POST /medias/folder` request being built, to send with [`CreateMediaFolder::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateMediaFolder {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateMediaFolder {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::medias::models::FolderDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /medias/update-files` request being built, to send with [`BulkUpdateMediaObjects::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct BulkUpdateMediaObjects {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl BulkUpdateMediaObjects {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /medias/delete-files` request being built, to send with [`BulkDeleteMediaObjects::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct BulkDeleteMediaObjects {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl BulkDeleteMediaObjects {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            self.client.send(self.request).await
        }
    }
}
