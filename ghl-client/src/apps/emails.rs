//! Email API: 5 operations.
//!
//! Generated from GHL's `apps/emails.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `ScheduleDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ScheduleDto {
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "repeatAfter",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub repeat_after: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "parentId", default, skip_serializing_if = "Option::is_none")]
        pub parent_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "childCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub child_count: Option<f64>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "campaignType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub campaign_type: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "bulkActionVersion",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub bulk_action_version: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id_2: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "sendDays", default, skip_serializing_if = "Option::is_none")]
        pub send_days: Option<Vec<String>>,
        ///
        /// Required by the spec.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        ///
        /// Required by the spec.
        #[serde(rename = "migrated", default, skip_serializing_if = "Option::is_none")]
        pub migrated: Option<bool>,
        ///
        /// Required by the spec.
        #[serde(rename = "archived", default, skip_serializing_if = "Option::is_none")]
        pub archived: Option<bool>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "hasTracking",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub has_tracking: Option<bool>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "isPlainText",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_plain_text: Option<bool>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "hasUtmTracking",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub has_utm_tracking: Option<bool>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "enableResendToUnopened",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_resend_to_unopened: Option<bool>,
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
        #[serde(
            rename = "templateId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub template_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "templateType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub template_type: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "__v", default, skip_serializing_if = "Option::is_none")]
        pub v: Option<f64>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "documentId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub document_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "downloadUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub download_url: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "templateDataDownloadUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub template_data_download_url: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "child", default, skip_serializing_if = "Option::is_none")]
        pub child: Option<Vec<String>>,
    }

    impl ScheduleDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            name: impl Into<String>,
            repeat_after: impl Into<String>,
            id: impl Into<String>,
            parent_id: impl Into<String>,
            child_count: f64,
            campaign_type: impl Into<String>,
            bulk_action_version: impl Into<String>,
            id_2: impl Into<String>,
            status: impl Into<String>,
            send_days: Vec<String>,
            deleted: bool,
            migrated: bool,
            archived: bool,
            has_tracking: bool,
            is_plain_text: bool,
            has_utm_tracking: bool,
            enable_resend_to_unopened: bool,
            location_id: impl Into<String>,
            template_id: impl Into<String>,
            template_type: impl Into<String>,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
            v: f64,
            document_id: impl Into<String>,
            download_url: impl Into<String>,
            template_data_download_url: impl Into<String>,
            child: Vec<String>,
        ) -> Self {
            Self {
                name: Some(name.into()),
                repeat_after: Some(repeat_after.into()),
                id: Some(id.into()),
                parent_id: Some(parent_id.into()),
                child_count: Some(child_count),
                campaign_type: Some(campaign_type.into()),
                bulk_action_version: Some(bulk_action_version.into()),
                id_2: Some(id_2.into()),
                status: Some(status.into()),
                send_days: Some(send_days),
                deleted: Some(deleted),
                migrated: Some(migrated),
                archived: Some(archived),
                has_tracking: Some(has_tracking),
                is_plain_text: Some(is_plain_text),
                has_utm_tracking: Some(has_utm_tracking),
                enable_resend_to_unopened: Some(enable_resend_to_unopened),
                location_id: Some(location_id.into()),
                template_id: Some(template_id.into()),
                template_type: Some(template_type.into()),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                v: Some(v),
                document_id: Some(document_id.into()),
                download_url: Some(download_url.into()),
                template_data_download_url: Some(template_data_download_url.into()),
                child: Some(child),
                ..Self::default()
            }
        }
    }

    /// `ScheduleFetchSuccessfulDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ScheduleFetchSuccessfulDto {
        /// The list of campaigns
        ///
        /// Required by the spec.
        #[serde(rename = "schedules", default, skip_serializing_if = "Option::is_none")]
        pub schedules: Option<Vec<crate::apps::emails::models::ScheduleDto>>,
        /// The total number of campaigns
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<Vec<String>>,
        /// Trace Id
        ///
        /// Required by the spec.
        #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
    }

    impl ScheduleFetchSuccessfulDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            schedules: Vec<crate::apps::emails::models::ScheduleDto>,
            total: Vec<String>,
            trace_id: impl Into<String>,
        ) -> Self {
            Self {
                schedules: Some(schedules),
                total: Some(total),
                trace_id: Some(trace_id.into()),
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

    /// `CreateBuilderDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateBuilderDto {
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// `title`.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// One of: `"html"`, `"folder"`, `"import"`, `"builder"`, `"blank"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// `updatedBy`.
        #[serde(rename = "updatedBy", default, skip_serializing_if = "Option::is_none")]
        pub updated_by: Option<String>,
        /// One of: `"1"`, `"2"`.
        #[serde(
            rename = "builderVersion",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub builder_version: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `parentId`.
        #[serde(rename = "parentId", default, skip_serializing_if = "Option::is_none")]
        pub parent_id: Option<String>,
        /// `templateDataUrl`.
        #[serde(
            rename = "templateDataUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub template_data_url: Option<String>,
        /// One of: `"mailchimp"`, `"active_campaign"`, `"kajabi"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "importProvider",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub import_provider: Option<String>,
        /// `importURL`.
        #[serde(rename = "importURL", default, skip_serializing_if = "Option::is_none")]
        pub import_url: Option<String>,
        /// `templateSource`.
        #[serde(
            rename = "templateSource",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub template_source: Option<String>,
        /// `isPlainText`.
        #[serde(
            rename = "isPlainText",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_plain_text: Option<bool>,
    }

    impl CreateBuilderDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            r#type: impl Into<String>,
            import_provider: impl Into<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                r#type: Some(r#type.into()),
                import_provider: Some(import_provider.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateBuilderSuccesfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateBuilderSuccesfulResponseDto {
        /// template id
        ///
        /// Required by the spec.
        #[serde(rename = "redirect", default, skip_serializing_if = "Option::is_none")]
        pub redirect: Option<String>,
        /// trace id
        ///
        /// Required by the spec.
        #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
    }

    impl CreateBuilderSuccesfulResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(redirect: impl Into<String>, trace_id: impl Into<String>) -> Self {
            Self {
                redirect: Some(redirect.into()),
                trace_id: Some(trace_id.into()),
                ..Self::default()
            }
        }
    }

    /// `FetchBuilderSuccesfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FetchBuilderSuccesfulResponseDto {
        /// template name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// updated by
        #[serde(rename = "updatedBy", default, skip_serializing_if = "Option::is_none")]
        pub updated_by: Option<String>,
        /// plain text based template
        #[serde(
            rename = "isPlainText",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_plain_text: Option<bool>,
        /// last updated
        #[serde(
            rename = "lastUpdated",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_updated: Option<String>,
        /// date added
        #[serde(rename = "dateAdded", default, skip_serializing_if = "Option::is_none")]
        pub date_added: Option<String>,
        /// preview url
        #[serde(
            rename = "previewUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub preview_url: Option<String>,
        /// id
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// version
        #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
        pub version: Option<String>,
        /// type
        #[serde(
            rename = "templateType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub template_type: Option<String>,
    }

    /// `DeleteBuilderSuccesfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteBuilderSuccesfulResponseDto {
        /// ok
        #[serde(rename = "ok", default, skip_serializing_if = "Option::is_none")]
        pub ok: Option<String>,
        /// trace id
        #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
    }

    /// `TemplateSettings` in the spec.
    pub type TemplateSettings = serde_json::Map<String, serde_json::Value>;

    /// `IBuilderJsonMapper` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct IBuilderJsonMapper {
        ///
        /// Required by the spec.
        #[serde(rename = "elements", default, skip_serializing_if = "Option::is_none")]
        pub elements: Option<Vec<String>>,
        ///
        /// Required by the spec.
        #[serde(rename = "attrs", default, skip_serializing_if = "Option::is_none")]
        pub attrs: Option<serde_json::Map<String, serde_json::Value>>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "templateSettings",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub template_settings: Option<crate::apps::emails::models::TemplateSettings>,
    }

    impl IBuilderJsonMapper {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            elements: Vec<String>,
            attrs: serde_json::Map<String, serde_json::Value>,
            template_settings: crate::apps::emails::models::TemplateSettings,
        ) -> Self {
            Self {
                elements: Some(elements),
                attrs: Some(attrs),
                template_settings: Some(template_settings),
                ..Self::default()
            }
        }
    }

    /// `SaveBuilderDataDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SaveBuilderDataDto {
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
        #[serde(
            rename = "templateId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub template_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "updatedBy", default, skip_serializing_if = "Option::is_none")]
        pub updated_by: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "dnd", default, skip_serializing_if = "Option::is_none")]
        pub dnd: Option<crate::apps::emails::models::IBuilderJsonMapper>,
        ///
        /// Required by the spec.
        #[serde(rename = "html", default, skip_serializing_if = "Option::is_none")]
        pub html: Option<String>,
        /// One of: `"html"`, `"builder"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "editorType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub editor_type: Option<String>,
        /// `previewText`.
        #[serde(
            rename = "previewText",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub preview_text: Option<String>,
        /// `isPlainText`.
        #[serde(
            rename = "isPlainText",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_plain_text: Option<bool>,
    }

    impl SaveBuilderDataDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            template_id: impl Into<String>,
            updated_by: impl Into<String>,
            dnd: crate::apps::emails::models::IBuilderJsonMapper,
            html: impl Into<String>,
            editor_type: impl Into<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                template_id: Some(template_id.into()),
                updated_by: Some(updated_by.into()),
                dnd: Some(dnd),
                html: Some(html.into()),
                editor_type: Some(editor_type.into()),
                ..Self::default()
            }
        }
    }

    /// `BuilderUpdateSuccessfulDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BuilderUpdateSuccessfulDto {
        /// ok
        #[serde(rename = "ok", default, skip_serializing_if = "Option::is_none")]
        pub ok: Option<String>,
        /// trace id
        #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
        /// preview url
        #[serde(
            rename = "previewUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub preview_url: Option<String>,
        /// template data download url
        #[serde(
            rename = "templateDownloadUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub template_download_url: Option<String>,
    }
}

/// The Email API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct EmailsApi {
    client: GhlClient,
}

impl EmailsApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Get Campaigns
    ///
    /// `GET /emails/schedule`
    ///
    /// Version `2021-07-28`; scope `emails/schedule.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn fetch_campaigns(&self, location_id: impl Into<String>) -> ops::FetchCampaigns {
        let mut req = Request::new(http::Method::GET, "/emails/schedule", "/emails/schedule");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FetchCampaigns {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Fetch email templates
    ///
    /// Fetch email templates by location id
    ///
    /// `GET /emails/builder`
    ///
    /// Version `2021-07-28`; scope `emails/builder.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn fetch_template(&self, location_id: impl Into<String>) -> ops::FetchTemplate {
        let mut req = Request::new(http::Method::GET, "/emails/builder", "/emails/builder");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FetchTemplate {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create a new template
    ///
    /// `POST /emails/builder`
    ///
    /// Version `2021-07-28`; scope `emails/builder.write`; never repeated after an unknown outcome.
    pub fn create_template(
        &self,
        body: &crate::apps::emails::models::CreateBuilderDto,
    ) -> ops::CreateTemplate {
        let mut req = Request::new(http::Method::POST, "/emails/builder", "/emails/builder");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateTemplate {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete a template
    ///
    /// `DELETE /emails/builder/{locationId}/{templateId}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn delete_template(
        &self,
        location_id: impl AsRef<str>,
        template_id: impl AsRef<str>,
    ) -> ops::DeleteTemplate {
        let mut req = Request::new(
            http::Method::DELETE,
            "/emails/builder/{locationId}/{templateId}",
            format!(
                "/emails/builder/{}/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(template_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::DeleteTemplate {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update a template
    ///
    /// `POST /emails/builder/data`
    ///
    /// Version `2021-07-28`; scope `emails/builder.write`; never repeated after an unknown outcome.
    pub fn update_template(
        &self,
        body: &crate::apps::emails::models::SaveBuilderDataDto,
    ) -> ops::UpdateTemplate {
        let mut req = Request::new(
            http::Method::POST,
            "/emails/builder/data",
            "/emails/builder/data",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateTemplate {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Email API operations (generated from GHL's spec).
    pub fn emails(&self) -> EmailsApi {
        EmailsApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /emails/schedule` request being built, to send with [`FetchCampaigns::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FetchCampaigns {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FetchCampaigns {
        /// Maximum number of campaigns to return. Defaults to 10, maximum is 100
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
            self
        }

        /// Number of campaigns to skip for pagination
        pub fn offset(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("offset", value.to_string());
            self
        }

        /// Filter by schedule status
        ///
        /// One of: `"active"`, `"pause"`, `"complete"`, `"cancelled"`, `"retry"`, `"draft"`, `"resend-scheduled"`.
        pub fn status(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("status", value.into());
            self
        }

        /// Filter by email delivery status
        ///
        /// One of: `"all"`, `"not-started"`, `"paused"`, `"cancelled"`, `"processing"`, `"resumed"`, `"next-drip"`, `"complete"`, `"success"`, `"error"`, `"waiting"`, `"queued"`, `"queueing"`, `"reading"`, `"scheduled"`.
        pub fn email_status(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("emailStatus", value.into());
            self
        }

        /// Filter campaigns by name
        pub fn name(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("name", value.into());
            self
        }

        /// Filter campaigns by parent folder ID
        pub fn parent_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("parentId", value.into());
            self
        }

        /// When true, returns only essential campaign fields like id, templateDataDownloadUrl, updatedAt, type, templateType, templateId, downloadUrl and isPlainText. When false, returns complete campaign data including meta information, bulkRequestStatusInfo, ABTestInfo, resendScheduleInfo and all other campaign properties
        pub fn limited_fields(mut self, value: bool) -> Self {
            self.request = self.request.query_pair("limitedFields", value.to_string());
            self
        }

        /// Filter archived campaigns
        pub fn archived(mut self, value: bool) -> Self {
            self.request = self.request.query_pair("archived", value.to_string());
            self
        }

        /// Return only campaigns, excluding folders
        pub fn campaigns_only(mut self, value: bool) -> Self {
            self.request = self.request.query_pair("campaignsOnly", value.to_string());
            self
        }

        /// When true, returns campaign statistics including delivered count, opened count, clicked count and revenue if available for the campaign. When false, returns campaign data without statistics.
        pub fn show_stats(mut self, value: bool) -> Self {
            self.request = self.request.query_pair("showStats", value.to_string());
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
        pub async fn send(self) -> Result<crate::apps::emails::models::ScheduleFetchSuccessfulDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /emails/builder` request being built, to send with [`FetchTemplate::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FetchTemplate {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FetchTemplate {
        /// Sets `limit`.
        pub fn limit(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("limit", value.into());
            self
        }

        /// Sets `offset`.
        pub fn offset(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("offset", value.into());
            self
        }

        /// Sets `search`.
        pub fn search(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("search", value.into());
            self
        }

        /// Sets `sortByDate`.
        pub fn sort_by_date(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("sortByDate", value.into());
            self
        }

        /// Sets `archived`.
        pub fn archived(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("archived", value.into());
            self
        }

        ///
        /// One of: `"1"`, `"2"`.
        pub fn builder_version(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("builderVersion", value.into());
            self
        }

        /// Sets `name`.
        pub fn name(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("name", value.into());
            self
        }

        /// Sets `parentId`.
        pub fn parent_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("parentId", value.into());
            self
        }

        /// Sets `originId`.
        pub fn origin_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("originId", value.into());
            self
        }

        /// Sets `templatesOnly`.
        pub fn templates_only(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("templatesOnly", value.into());
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
        ) -> Result<crate::apps::emails::models::FetchBuilderSuccesfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /emails/builder` request being built, to send with [`CreateTemplate::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateTemplate {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateTemplate {
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
        ) -> Result<crate::apps::emails::models::CreateBuilderSuccesfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /emails/builder/{locationId}/{templateId}` request being built, to send with [`DeleteTemplate::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteTemplate {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteTemplate {
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
        ) -> Result<crate::apps::emails::models::DeleteBuilderSuccesfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /emails/builder/data` request being built, to send with [`UpdateTemplate::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateTemplate {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateTemplate {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::emails::models::BuilderUpdateSuccessfulDto> {
            self.client.send(self.request).await
        }
    }
}
