//! Surveys API: 2 operations.
//!
//! Generated from GHL's `apps/surveys.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `GetSurveysSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSurveysSchema {
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

    /// `GetSurveysSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSurveysSuccessfulResponseDto {
        /// `surveys`.
        #[serde(rename = "surveys", default, skip_serializing_if = "Option::is_none")]
        pub surveys: Option<Vec<crate::apps::surveys::models::GetSurveysSchema>>,
        /// Number of surveys
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
    }

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
        pub page: Option<crate::apps::surveys::models::PageDetailsSchema>,
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
        pub contact_session_ids: Option<crate::apps::surveys::models::ContactSessionIds>,
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
        pub event_data: Option<crate::apps::surveys::models::EventDataSchema>,
        /// `fieldsOriSequance`.
        #[serde(
            rename = "fieldsOriSequance",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub fields_ori_sequance: Option<Vec<String>>,
    }

    /// `SubmissionSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SubmissionSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `contactId`.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// `createdAt`.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// `surveyId`.
        #[serde(rename = "surveyId", default, skip_serializing_if = "Option::is_none")]
        pub survey_id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `email`.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// `others`.
        #[serde(rename = "others", default, skip_serializing_if = "Option::is_none")]
        pub others: Option<crate::apps::surveys::models::OthersSchema>,
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

    /// `GetSurveysSubmissionSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSurveysSubmissionSuccessfulResponseDto {
        /// `submissions`.
        #[serde(
            rename = "submissions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub submissions: Option<Vec<crate::apps::surveys::models::SubmissionSchema>>,
        /// `meta`.
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<crate::apps::surveys::models::MetaSchema>,
    }
}

/// The Surveys API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct SurveysApi {
    client: GhlClient,
}

impl SurveysApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Get Surveys Submissions
    ///
    /// `GET /surveys/submissions`
    ///
    /// Version `2021-07-28`; scope `surveys.readonly`; retried after an unknown outcome; pages by Page.
    pub fn get_surveys_submissions(
        &self,
        location_id: impl Into<String>,
    ) -> ops::GetSurveysSubmissions {
        let mut req = Request::new(
            http::Method::GET,
            "/surveys/submissions",
            "/surveys/submissions",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetSurveysSubmissions {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Surveys
    ///
    /// `GET /surveys/`
    ///
    /// Version `2021-07-28`; scope `surveys.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn get_surveys(&self, location_id: impl Into<String>) -> ops::GetSurveys {
        let mut req = Request::new(http::Method::GET, "/surveys/", "/surveys/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetSurveys {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Surveys API operations (generated from GHL's spec).
    pub fn surveys(&self) -> SurveysApi {
        SurveysApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /surveys/submissions` request being built, to send with [`GetSurveysSubmissions::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetSurveysSubmissions {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetSurveysSubmissions {
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

        /// Filter submission by survey id
        pub fn survey_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("surveyId", value.into());
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
        ) -> Result<crate::Page<crate::apps::surveys::models::SubmissionSchema>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Page("page"),
                cursor,
                |r: crate::apps::surveys::models::GetSurveysSubmissionSuccessfulResponseDto| {
                    (r.submissions.unwrap_or_default(), None)
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<crate::apps::surveys::models::SubmissionSchema> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::surveys::models::GetSurveysSubmissionSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `GET /surveys/` request being built, to send with [`GetSurveys::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetSurveys {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetSurveys {
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
        ) -> Result<crate::Page<crate::apps::surveys::models::GetSurveysSchema>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("skip"),
                cursor,
                |r: crate::apps::surveys::models::GetSurveysSuccessfulResponseDto| {
                    (r.surveys.unwrap_or_default(), r.total.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<crate::apps::surveys::models::GetSurveysSchema> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::surveys::models::GetSurveysSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }
}
