//! Forms API: 3 operations.
//!
//! Generated from GHL's `apps/forms.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `PageDetailsSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PageDetailsSchema {
        /// `url`.
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// `title`.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
    }

    /// `ContactSessionIds` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ContactSessionIds {
        /// `ids`.
        #[serde(rename = "ids", default, skip_serializing_if = "Option::is_none")]
        pub ids: Option<Vec<String>>,
    }

    /// `EventDataSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct EventDataSchema {
        /// `fbc`.
        #[serde(rename = "fbc", default, skip_serializing_if = "Option::is_none")]
        pub fbc: Option<String>,
        /// `fbp`.
        #[serde(rename = "fbp", default, skip_serializing_if = "Option::is_none")]
        pub fbp: Option<String>,
        /// `page`.
        #[serde(rename = "page", default, skip_serializing_if = "Option::is_none")]
        pub page: Option<crate::apps::forms::models::PageDetailsSchema>,
        /// `type`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// `domain`.
        #[serde(rename = "domain", default, skip_serializing_if = "Option::is_none")]
        pub domain: Option<String>,
        /// `medium`.
        #[serde(rename = "medium", default, skip_serializing_if = "Option::is_none")]
        pub medium: Option<String>,
        /// `source`.
        #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
        pub source: Option<String>,
        /// `version`.
        #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
        pub version: Option<String>,
        /// `adSource`.
        #[serde(rename = "adSource", default, skip_serializing_if = "Option::is_none")]
        pub ad_source: Option<String>,
        /// `mediumId`.
        #[serde(rename = "mediumId", default, skip_serializing_if = "Option::is_none")]
        pub medium_id: Option<String>,
        /// `parentId`.
        #[serde(rename = "parentId", default, skip_serializing_if = "Option::is_none")]
        pub parent_id: Option<String>,
        /// `referrer`.
        #[serde(rename = "referrer", default, skip_serializing_if = "Option::is_none")]
        pub referrer: Option<String>,
        /// `fbEventId`.
        #[serde(rename = "fbEventId", default, skip_serializing_if = "Option::is_none")]
        pub fb_event_id: Option<String>,
        /// `timestamp`.
        #[serde(rename = "timestamp", default, skip_serializing_if = "Option::is_none")]
        pub timestamp: Option<f64>,
        /// `parentName`.
        #[serde(
            rename = "parentName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub parent_name: Option<String>,
        /// `fingerprint`.
        #[serde(
            rename = "fingerprint",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub fingerprint: Option<String>,
        /// `pageVisitType`.
        #[serde(
            rename = "pageVisitType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub page_visit_type: Option<String>,
        /// `contactSessionIds`.
        #[serde(
            rename = "contactSessionIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_session_ids: Option<crate::apps::forms::models::ContactSessionIds>,
    }

    /// `OthersSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct OthersSchema {
        /// `__submissions_other_field__`.
        #[serde(
            rename = "__submissions_other_field__",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub submissions_other_field: Option<String>,
        /// `__custom_field_id__`.
        #[serde(
            rename = "__custom_field_id__",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_field_id: Option<String>,
        /// `eventData`.
        #[serde(rename = "eventData", default, skip_serializing_if = "Option::is_none")]
        pub event_data: Option<crate::apps::forms::models::EventDataSchema>,
        /// `fieldsOriSequance`.
        #[serde(
            rename = "fieldsOriSequance",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub fields_ori_sequance: Option<Vec<String>>,
    }

    /// `FormsSubmissionsSubmissionsSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FormsSubmissionsSubmissionsSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `contactId`.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// `createdAt`.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// `formId`.
        #[serde(rename = "formId", default, skip_serializing_if = "Option::is_none")]
        pub form_id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `email`.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// `others`.
        #[serde(rename = "others", default, skip_serializing_if = "Option::is_none")]
        pub others: Option<crate::apps::forms::models::OthersSchema>,
    }

    /// `MetaSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct MetaSchema {
        /// `total`.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// `currentPage`.
        #[serde(
            rename = "currentPage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub current_page: Option<f64>,
        /// `nextPage`.
        #[serde(rename = "nextPage", default, skip_serializing_if = "Option::is_none")]
        pub next_page: Option<f64>,
        /// `prevPage`.
        #[serde(rename = "prevPage", default, skip_serializing_if = "Option::is_none")]
        pub prev_page: Option<f64>,
    }

    /// `FormsSubmissionsSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FormsSubmissionsSuccessfulResponseDto {
        /// `submissions`.
        #[serde(
            rename = "submissions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub submissions: Option<Vec<crate::apps::forms::models::FormsSubmissionsSubmissionsSchema>>,
        /// `meta`.
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<crate::apps::forms::models::MetaSchema>,
    }

    /// `FormsParams` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FormsParams {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `locationId`.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
    }

    /// `FormsSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FormsSuccessfulResponseDto {
        /// `forms`.
        #[serde(rename = "forms", default, skip_serializing_if = "Option::is_none")]
        pub forms: Option<Vec<crate::apps::forms::models::FormsParams>>,
        /// Total number of forms
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
    }
}

/// The Forms API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct FormsApi {
    client: GhlClient,
}

impl FormsApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Get Forms Submissions
    ///
    /// `GET /forms/submissions`
    ///
    /// Version `2021-07-28`; scope `forms.readonly`; retried after an unknown outcome; pages by Page.
    pub fn get_forms_submissions(
        &self,
        location_id: impl Into<String>,
    ) -> ops::GetFormsSubmissions {
        let mut req = Request::new(
            http::Method::GET,
            "/forms/submissions",
            "/forms/submissions",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetFormsSubmissions {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Upload files to custom fields
    ///
    /// Post the necessary fields for the API to upload files. The files need to be a buffer with the key "&lt; custom_field_id &gt;_&lt; file_id &gt;". &lt;br /&gt; Here custom field id is the ID of your custom field and file id is a randomly generated id (or uuid) &lt;br /&gt; There is support for multiple file uploads as well. Have multiple fields in the format mentioned.&lt;br /&gt;File size is limited to 50 MB.&lt;br /&gt;&lt;br /&gt; The allowed file types are: &lt;br/&gt; &lt;ul&gt;&lt;li&gt;PDF&lt;/li&gt;&lt;li&gt;DOCX&lt;/li&gt;&lt;li&gt;DOC&lt;/li&gt;&lt;li&gt;JPG&lt;/li&gt;&lt;li&gt;JPEG&lt;/li&gt;&lt;li&gt;PNG&lt;/li&gt;&lt;li&gt;GIF&lt;/li&gt;&lt;li&gt;CSV&lt;/li&gt;&lt;li&gt;XLSX&lt;/li&gt;&lt;li&gt;XLS&lt;/li&gt;&lt;li&gt;MP4&lt;/li&gt;&lt;li&gt;MPEG&lt;/li&gt;&lt;li&gt;ZIP&lt;/li&gt;&lt;li&gt;RAR&lt;/li&gt;&lt;li&gt;TXT&lt;/li&gt;&lt;li&gt;SVG&lt;/li&gt;&lt;/ul&gt; &lt;br /&gt;&lt;br /&gt; The API will return the updated contact object.
    ///
    /// `POST /forms/upload-custom-files`
    ///
    /// Version `2021-07-28`; scope `forms.write`; never repeated after an unknown outcome.
    pub fn upload_to_custom_fields(
        &self,
        contact_id: impl Into<String>,
        location_id: impl Into<String>,
        form: crate::request::Multipart,
    ) -> ops::UploadToCustomFields {
        let mut req = Request::new(
            http::Method::POST,
            "/forms/upload-custom-files",
            "/forms/upload-custom-files",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("contactId", contact_id.into());
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        req = req.multipart(form);
        ops::UploadToCustomFields {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Forms
    ///
    /// `GET /forms/`
    ///
    /// Version `2021-07-28`; scope `forms.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn get_forms(&self, location_id: impl Into<String>) -> ops::GetForms {
        let mut req = Request::new(http::Method::GET, "/forms/", "/forms/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetForms {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Forms API operations (generated from GHL's spec).
    pub fn forms(&self) -> FormsApi {
        FormsApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /forms/submissions` request being built, to send with [`GetFormsSubmissions::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetFormsSubmissions {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetFormsSubmissions {
        /// Page No. By default it will be 1
        pub fn page(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("page", value.to_string());
            self
        }

        /// Limit Per Page records count. will allow maximum up to 100 and default will be 20
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
            self
        }

        /// Filter submission by form id
        pub fn form_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("formId", value.into());
            self
        }

        /// Filter by contactId, name, email or phone no.
        pub fn q(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("q", value.into());
            self
        }

        /// Get submission by starting of this date. By default it will be same date of last month(YYYY-MM-DD).
        pub fn start_at(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("startAt", value.into());
            self
        }

        /// Get submission by ending of this date. By default it will be current date(YYYY-MM-DD).
        pub fn end_at(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("endAt", value.into());
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
        ) -> Result<crate::Page<crate::apps::forms::models::FormsSubmissionsSubmissionsSchema>>
        {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Page("page"),
                cursor,
                |r: crate::apps::forms::models::FormsSubmissionsSuccessfulResponseDto| {
                    (r.submissions.unwrap_or_default(), None)
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(
            self,
        ) -> crate::ItemStream<crate::apps::forms::models::FormsSubmissionsSubmissionsSchema>
        {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::forms::models::FormsSubmissionsSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /forms/upload-custom-files` request being built, to send with [`UploadToCustomFields::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UploadToCustomFields {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UploadToCustomFields {
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

    /// The `GET /forms/` request being built, to send with [`GetForms::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetForms {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetForms {
        /// Sets `skip`.
        pub fn skip(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("skip", value.to_string());
            self
        }

        /// Limit Per Page records count. will allow maximum up to 50 and default will be 10
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
            self
        }

        /// Sets `type`.
        pub fn r#type(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("type", value.into());
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
        ) -> Result<crate::Page<crate::apps::forms::models::FormsParams>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("skip"),
                cursor,
                |r: crate::apps::forms::models::FormsSuccessfulResponseDto| {
                    (r.forms.unwrap_or_default(), r.total.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<crate::apps::forms::models::FormsParams> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::forms::models::FormsSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }
}
