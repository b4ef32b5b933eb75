//! Knowledge Base API: 14 operations.
//!
//! Generated from GHL's `apps/knowledge-base.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `BadRequestDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BadRequestDto {
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

    /// `UnauthorizedDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UnauthorizedDto {
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

    /// `UnprocessableDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UnprocessableDto {
        /// `statusCode`.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// `message`.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<Vec<String>>,
        /// `error`.
        #[serde(rename = "error", default, skip_serializing_if = "Option::is_none")]
        pub error: Option<String>,
    }

    /// `InternalServerErrorDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct InternalServerErrorDto {
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

    /// `FaqResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FaqResponseDto {
        /// FAQ ID as string
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// FAQ question
        ///
        /// Required by the spec.
        #[serde(rename = "question", default, skip_serializing_if = "Option::is_none")]
        pub question: Option<String>,
        /// FAQ question in lowercase
        ///
        /// Required by the spec.
        #[serde(
            rename = "questionLowerCase",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub question_lower_case: Option<String>,
        /// FAQ answer
        ///
        /// Required by the spec.
        #[serde(rename = "answer", default, skip_serializing_if = "Option::is_none")]
        pub answer: Option<String>,
        /// Knowledge base ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "knowledgeBaseId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub knowledge_base_id: Option<String>,
        /// Location ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Trained URL ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "trainedUrlId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub trained_url_id: Option<String>,
        /// Whether the FAQ is deleted
        ///
        /// Required by the spec.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// Date when FAQ was created
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// Date when FAQ was last updated
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
    }

    impl FaqResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            question: impl Into<String>,
            question_lower_case: impl Into<String>,
            answer: impl Into<String>,
            knowledge_base_id: impl Into<String>,
            location_id: impl Into<String>,
            trained_url_id: impl Into<String>,
            deleted: bool,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                question: Some(question.into()),
                question_lower_case: Some(question_lower_case.into()),
                answer: Some(answer.into()),
                knowledge_base_id: Some(knowledge_base_id.into()),
                location_id: Some(location_id.into()),
                trained_url_id: Some(trained_url_id.into()),
                deleted: Some(deleted),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `ListFaqsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ListFaqsResponseDto {
        /// Total count of all FAQs in the knowledge base
        ///
        /// Required by the spec.
        #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
        pub count: Option<f64>,
        /// Array of FAQ objects
        ///
        /// Required by the spec.
        #[serde(rename = "faqs", default, skip_serializing_if = "Option::is_none")]
        pub faqs: Option<Vec<crate::apps::knowledge_base::models::FaqResponseDto>>,
        /// Last FAQ ID for pagination (use as lastFaqId in next request)
        #[serde(rename = "lastFaqId", default, skip_serializing_if = "Option::is_none")]
        pub last_faq_id: Option<String>,
        /// Whether there are more FAQs available
        #[serde(rename = "hasMore", default, skip_serializing_if = "Option::is_none")]
        pub has_more: Option<bool>,
    }

    impl ListFaqsResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            count: f64,
            faqs: Vec<crate::apps::knowledge_base::models::FaqResponseDto>,
        ) -> Self {
            Self {
                count: Some(count),
                faqs: Some(faqs),
                ..Self::default()
            }
        }
    }

    /// `AddFaqDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AddFaqDto {
        /// location ID as string
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// faq question as a string
        ///
        /// Required by the spec.
        #[serde(rename = "question", default, skip_serializing_if = "Option::is_none")]
        pub question: Option<String>,
        /// faq answer as a string
        ///
        /// Required by the spec.
        #[serde(rename = "answer", default, skip_serializing_if = "Option::is_none")]
        pub answer: Option<String>,
        /// knowledge base ID as string
        ///
        /// Required by the spec.
        #[serde(
            rename = "knowledgeBaseId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub knowledge_base_id: Option<String>,
    }

    impl AddFaqDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            question: impl Into<String>,
            answer: impl Into<String>,
            knowledge_base_id: impl Into<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                question: Some(question.into()),
                answer: Some(answer.into()),
                knowledge_base_id: Some(knowledge_base_id.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateFaqResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateFaqResponseDto {
        /// Success status of the operation
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Created FAQ details
        ///
        /// Required by the spec.
        #[serde(rename = "faq", default, skip_serializing_if = "Option::is_none")]
        pub faq: Option<crate::apps::knowledge_base::models::FaqResponseDto>,
    }

    impl CreateFaqResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            success: bool,
            faq: crate::apps::knowledge_base::models::FaqResponseDto,
        ) -> Self {
            Self {
                success: Some(success),
                faq: Some(faq),
                ..Self::default()
            }
        }
    }

    /// `UpdateFaqBodyDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateFaqBodyDto {
        /// faq question as a string
        ///
        /// Required by the spec.
        #[serde(rename = "question", default, skip_serializing_if = "Option::is_none")]
        pub question: Option<String>,
        /// faq answer as a string
        ///
        /// Required by the spec.
        #[serde(rename = "answer", default, skip_serializing_if = "Option::is_none")]
        pub answer: Option<String>,
    }

    impl UpdateFaqBodyDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(question: impl Into<String>, answer: impl Into<String>) -> Self {
            Self {
                question: Some(question.into()),
                answer: Some(answer.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateFaqResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateFaqResponseDto {
        /// Success status of the update operation
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    impl UpdateFaqResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool) -> Self {
            Self {
                success: Some(success),
                ..Self::default()
            }
        }
    }

    /// `DeleteFaqResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteFaqResponseDto {
        /// Success status of the delete operation
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    impl DeleteFaqResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool) -> Self {
            Self {
                success: Some(success),
                ..Self::default()
            }
        }
    }

    /// `CrawledUrlDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CrawledUrlDto {
        /// Unique identifier for the URL
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// The actual URL that was crawled
        ///
        /// Required by the spec.
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// Title of the webpage
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Current processing status of the URL
        ///
        /// One of: `"Pending"`, `"Processing"`, `"Successful"`, `"Failed"`, `"Existing"`, `"Restricted"`, `"Cancelled"`, `"Aborted"`, `"Training"`.
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// Location ID associated with this URL
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Knowledge base ID this URL belongs to
        ///
        /// Required by the spec.
        #[serde(
            rename = "knowledgeBaseId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub knowledge_base_id: Option<String>,
        /// URL to the stored content file
        ///
        /// Required by the spec.
        #[serde(rename = "content", default, skip_serializing_if = "Option::is_none")]
        pub content: Option<String>,
        /// Whether the content was edited by user
        ///
        /// Required by the spec.
        #[serde(
            rename = "contentEditedByUser",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub content_edited_by_user: Option<bool>,
        /// Last updated timestamp
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
    }

    impl CrawledUrlDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            url: impl Into<String>,
            title: impl Into<String>,
            status: impl Into<String>,
            location_id: impl Into<String>,
            knowledge_base_id: impl Into<String>,
            content: impl Into<String>,
            content_edited_by_user: bool,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                url: Some(url.into()),
                title: Some(title.into()),
                status: Some(status.into()),
                location_id: Some(location_id.into()),
                knowledge_base_id: Some(knowledge_base_id.into()),
                content: Some(content.into()),
                content_edited_by_user: Some(content_edited_by_user),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `GetAllUrlsByKnowledgeBaseResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetAllUrlsByKnowledgeBaseResponseDto {
        /// Total count of URLs in the knowledge base
        ///
        /// Required by the spec.
        #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
        pub count: Option<f64>,
        /// Array of crawled URLs with their details
        ///
        /// Required by the spec.
        #[serde(rename = "urls", default, skip_serializing_if = "Option::is_none")]
        pub urls: Option<Vec<crate::apps::knowledge_base::models::CrawledUrlDto>>,
    }

    impl GetAllUrlsByKnowledgeBaseResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            count: f64,
            urls: Vec<crate::apps::knowledge_base::models::CrawledUrlDto>,
        ) -> Self {
            Self {
                count: Some(count),
                urls: Some(urls),
                ..Self::default()
            }
        }
    }

    /// `ErrorDetailsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ErrorDetailsDto {
        /// Error stack trace
        ///
        /// Required by the spec.
        #[serde(rename = "stack", default, skip_serializing_if = "Option::is_none")]
        pub stack: Option<String>,
        /// Error response message
        ///
        /// Required by the spec.
        #[serde(rename = "response", default, skip_serializing_if = "Option::is_none")]
        pub response: Option<String>,
        /// HTTP status code
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<f64>,
        /// Additional options (nullable)
        #[serde(rename = "options", default, skip_serializing_if = "Option::is_none")]
        pub options: Option<serde_json::Map<String, serde_json::Value>>,
        /// Error message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Error name/type
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
    }

    impl ErrorDetailsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            stack: impl Into<String>,
            response: impl Into<String>,
            status: f64,
            message: impl Into<String>,
            name: impl Into<String>,
        ) -> Self {
            Self {
                stack: Some(stack.into()),
                response: Some(response.into()),
                status: Some(status),
                message: Some(message.into()),
                name: Some(name.into()),
                ..Self::default()
            }
        }
    }

    /// `CrawlingRecordDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CrawlingRecordDto {
        /// URL being crawled
        ///
        /// Required by the spec.
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// Unique record identifier
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Page title (for successful/pending records)
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Error details (for failed records)
        #[serde(rename = "error", default, skip_serializing_if = "Option::is_none")]
        pub error: Option<crate::apps::knowledge_base::models::ErrorDetailsDto>,
    }

    impl CrawlingRecordDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(url: impl Into<String>, id: impl Into<String>) -> Self {
            Self {
                url: Some(url.into()),
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `CrawlingAggregateDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CrawlingAggregateDto {
        /// Status grouping identifier
        ///
        /// One of: `"Pending"`, `"Processing"`, `"Successful"`, `"Failed"`, `"Existing"`, `"Restricted"`, `"Cancelled"`, `"Aborted"`, `"Training"`.
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Array of records for this status
        ///
        /// Required by the spec.
        #[serde(rename = "records", default, skip_serializing_if = "Option::is_none")]
        pub records: Option<Vec<crate::apps::knowledge_base::models::CrawlingRecordDto>>,
    }

    impl CrawlingAggregateDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            records: Vec<crate::apps::knowledge_base::models::CrawlingRecordDto>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                records: Some(records),
                ..Self::default()
            }
        }
    }

    /// `OperationDetailsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct OperationDetailsDto {
        /// Number of URLs discovered
        ///
        /// Required by the spec.
        #[serde(
            rename = "discoveredUrlsCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub discovered_urls_count: Option<f64>,
        /// Number of URLs successfully trained
        ///
        /// Required by the spec.
        #[serde(
            rename = "trainedUrlsCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub trained_urls_count: Option<f64>,
        /// Operation unique identifier
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Associated location ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Current operation status
        ///
        /// One of: `"Pending"`, `"Processing"`, `"Successful"`, `"Failed"`, `"Existing"`, `"Restricted"`, `"Cancelled"`, `"Aborted"`, `"Training"`.
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// Base URL being crawled
        ///
        /// Required by the spec.
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// Crawling mode used
        ///
        /// One of: `"Exact"`, `"Path"`, `"Domain"`.
        ///
        /// Required by the spec.
        #[serde(rename = "mode", default, skip_serializing_if = "Option::is_none")]
        pub mode: Option<String>,
        /// Knowledge base ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "knowledgeBaseId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub knowledge_base_id: Option<String>,
        /// Operation creation timestamp
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// Last update timestamp
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// Version field
        ///
        /// Required by the spec.
        #[serde(rename = "__v", default, skip_serializing_if = "Option::is_none")]
        pub v: Option<f64>,
        /// Robots.txt file content
        #[serde(
            rename = "robotsFileData",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub robots_file_data: Option<String>,
    }

    impl OperationDetailsDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            discovered_urls_count: f64,
            trained_urls_count: f64,
            id: impl Into<String>,
            location_id: impl Into<String>,
            status: impl Into<String>,
            url: impl Into<String>,
            mode: impl Into<String>,
            knowledge_base_id: impl Into<String>,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
            v: f64,
        ) -> Self {
            Self {
                discovered_urls_count: Some(discovered_urls_count),
                trained_urls_count: Some(trained_urls_count),
                id: Some(id.into()),
                location_id: Some(location_id.into()),
                status: Some(status.into()),
                url: Some(url.into()),
                mode: Some(mode.into()),
                knowledge_base_id: Some(knowledge_base_id.into()),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                v: Some(v),
                ..Self::default()
            }
        }
    }

    /// `CrawlingStatusDataDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CrawlingStatusDataDto {
        /// Aggregated crawling results by status
        ///
        /// Required by the spec.
        #[serde(rename = "aggregate", default, skip_serializing_if = "Option::is_none")]
        pub aggregate: Option<Vec<crate::apps::knowledge_base::models::CrawlingAggregateDto>>,
        /// Detailed operation information
        ///
        /// Required by the spec.
        #[serde(
            rename = "operationDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub operation_details: Option<crate::apps::knowledge_base::models::OperationDetailsDto>,
    }

    impl CrawlingStatusDataDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            aggregate: Vec<crate::apps::knowledge_base::models::CrawlingAggregateDto>,
            operation_details: crate::apps::knowledge_base::models::OperationDetailsDto,
        ) -> Self {
            Self {
                aggregate: Some(aggregate),
                operation_details: Some(operation_details),
                ..Self::default()
            }
        }
    }

    /// `CrawlingStatusResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CrawlingStatusResponseDto {
        /// Indicates if the operation was successful
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Detailed crawling status data
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::knowledge_base::models::CrawlingStatusDataDto>,
    }

    impl CrawlingStatusResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            success: bool,
            data: crate::apps::knowledge_base::models::CrawlingStatusDataDto,
        ) -> Self {
            Self {
                success: Some(success),
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `DiscoverWebsiteRequestDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DiscoverWebsiteRequestDto {
        /// Location ID as string
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Website URL as string
        ///
        /// Required by the spec.
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// Mode as string
        ///
        /// One of: `"Exact"`, `"Path"`, `"Domain"`.
        ///
        /// Required by the spec.
        #[serde(rename = "option", default, skip_serializing_if = "Option::is_none")]
        pub option: Option<String>,
        /// knowledge base ID as string
        ///
        /// Required by the spec.
        #[serde(
            rename = "knowledgeBaseId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub knowledge_base_id: Option<String>,
    }

    impl DiscoverWebsiteRequestDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            url: impl Into<String>,
            option: impl Into<String>,
            knowledge_base_id: impl Into<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                url: Some(url.into()),
                option: Some(option.into()),
                knowledge_base_id: Some(knowledge_base_id.into()),
                ..Self::default()
            }
        }
    }

    /// `DiscoverWebsiteDataDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DiscoverWebsiteDataDto {
        /// Operation ID for tracking the discovery process
        ///
        /// Required by the spec.
        #[serde(
            rename = "operationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub operation_id: Option<String>,
        /// Current status of the website discovery operation
        ///
        /// One of: `"Pending"`, `"Processing"`, `"Successful"`, `"Failed"`, `"Existing"`, `"Restricted"`, `"Cancelled"`, `"Aborted"`, `"Training"`.
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// The URL being discovered/crawled
        ///
        /// Required by the spec.
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
    }

    impl DiscoverWebsiteDataDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            operation_id: impl Into<String>,
            status: impl Into<String>,
            url: impl Into<String>,
        ) -> Self {
            Self {
                operation_id: Some(operation_id.into()),
                status: Some(status.into()),
                url: Some(url.into()),
                ..Self::default()
            }
        }
    }

    /// `DiscoverWebsiteResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DiscoverWebsiteResponseDto {
        /// Indicates if the operation was successful
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Data containing operation details
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::knowledge_base::models::DiscoverWebsiteDataDto>,
    }

    impl DiscoverWebsiteResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            success: bool,
            data: crate::apps::knowledge_base::models::DiscoverWebsiteDataDto,
        ) -> Self {
            Self {
                success: Some(success),
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `TrainDiscoveredUrlsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TrainDiscoveredUrlsDto {
        /// Location ID as string
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// List of Object ids of the discovered urls
        ///
        /// Required by the spec.
        #[serde(rename = "urlIds", default, skip_serializing_if = "Option::is_none")]
        pub url_ids: Option<Vec<String>>,
        /// knowledge base id
        ///
        /// Required by the spec.
        #[serde(
            rename = "knowledgeBaseId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub knowledge_base_id: Option<String>,
        /// operation id as string
        ///
        /// Required by the spec.
        #[serde(
            rename = "operationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub operation_id: Option<String>,
    }

    impl TrainDiscoveredUrlsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            url_ids: Vec<String>,
            knowledge_base_id: impl Into<String>,
            operation_id: impl Into<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                url_ids: Some(url_ids),
                knowledge_base_id: Some(knowledge_base_id.into()),
                operation_id: Some(operation_id.into()),
                ..Self::default()
            }
        }
    }

    /// `TrainDiscoveredUrlsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TrainDiscoveredUrlsResponseDto {
        /// Indicates if the operation was successful
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    impl TrainDiscoveredUrlsResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool) -> Self {
            Self {
                success: Some(success),
                ..Self::default()
            }
        }
    }

    /// `DeleteWebsiteUrlRequestDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteWebsiteUrlRequestDto {
        /// knowledge base ID as string
        ///
        /// Required by the spec.
        #[serde(
            rename = "knowledgeBaseId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub knowledge_base_id: Option<String>,
        /// location ID as string
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// List of trained urls ids ( fetched from the Get all trained page links by knowledge base endpoint)
        ///
        /// Required by the spec.
        #[serde(rename = "urlIds", default, skip_serializing_if = "Option::is_none")]
        pub url_ids: Option<Vec<String>>,
    }

    impl DeleteWebsiteUrlRequestDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            knowledge_base_id: impl Into<String>,
            location_id: impl Into<String>,
            url_ids: Vec<String>,
        ) -> Self {
            Self {
                knowledge_base_id: Some(knowledge_base_id.into()),
                location_id: Some(location_id.into()),
                url_ids: Some(url_ids),
                ..Self::default()
            }
        }
    }

    /// `DeleteWebsiteUrlResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteWebsiteUrlResponseDto {
        /// Indicates if the operation was successful
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    impl DeleteWebsiteUrlResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool) -> Self {
            Self {
                success: Some(success),
                ..Self::default()
            }
        }
    }

    /// `KnowledgeBaseListItemDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct KnowledgeBaseListItemDto {
        /// Knowledge base ID
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Knowledge base name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Date when knowledge base was created
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
    }

    impl KnowledgeBaseListItemDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            name: impl Into<String>,
            created_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                name: Some(name.into()),
                created_at: Some(created_at.into()),
                ..Self::default()
            }
        }
    }

    /// `GetAllKnowledgeBasesPaginatedDataDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetAllKnowledgeBasesPaginatedDataDto {
        /// Array of knowledge bases
        ///
        /// Required by the spec.
        #[serde(
            rename = "knowledgeBases",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub knowledge_bases:
            Option<Vec<crate::apps::knowledge_base::models::KnowledgeBaseListItemDto>>,
        /// Total count of all active knowledge bases
        ///
        /// Required by the spec.
        #[serde(
            rename = "activeCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub active_count: Option<f64>,
        /// Whether there are more knowledge bases available
        ///
        /// Required by the spec.
        #[serde(rename = "hasMore", default, skip_serializing_if = "Option::is_none")]
        pub has_more: Option<bool>,
        /// ID of the last knowledge base in this page (use for next page request)
        #[serde(
            rename = "lastKnowledgeBaseId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_knowledge_base_id: Option<String>,
    }

    impl GetAllKnowledgeBasesPaginatedDataDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            knowledge_bases: Vec<crate::apps::knowledge_base::models::KnowledgeBaseListItemDto>,
            active_count: f64,
            has_more: bool,
        ) -> Self {
            Self {
                knowledge_bases: Some(knowledge_bases),
                active_count: Some(active_count),
                has_more: Some(has_more),
                ..Self::default()
            }
        }
    }

    /// `GetAllKnowledgeBasesPaginatedResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetAllKnowledgeBasesPaginatedResponseDto {
        /// Success status of the operation
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Paginated knowledge bases data
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::knowledge_base::models::GetAllKnowledgeBasesPaginatedDataDto>,
    }

    impl GetAllKnowledgeBasesPaginatedResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            success: bool,
            data: crate::apps::knowledge_base::models::GetAllKnowledgeBasesPaginatedDataDto,
        ) -> Self {
            Self {
                success: Some(success),
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `KnowledgeBaseMetadataDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct KnowledgeBaseMetadataDto {
        /// Number of FAQs in the knowledge base
        ///
        /// Required by the spec.
        #[serde(rename = "faqs", default, skip_serializing_if = "Option::is_none")]
        pub faqs: Option<f64>,
        /// Number of URLs in the knowledge base
        ///
        /// Required by the spec.
        #[serde(rename = "urls", default, skip_serializing_if = "Option::is_none")]
        pub urls: Option<f64>,
        /// Number of rich text documents in the knowledge base
        ///
        /// Required by the spec.
        #[serde(rename = "richText", default, skip_serializing_if = "Option::is_none")]
        pub rich_text: Option<f64>,
        /// Number of files in the knowledge base
        ///
        /// Required by the spec.
        #[serde(rename = "files", default, skip_serializing_if = "Option::is_none")]
        pub files: Option<f64>,
        /// Number of web searche configs in the knowledge base
        ///
        /// Required by the spec.
        #[serde(
            rename = "webSearches",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub web_searches: Option<f64>,
        /// Number of tables in the knowledge base
        ///
        /// Required by the spec.
        #[serde(rename = "tables", default, skip_serializing_if = "Option::is_none")]
        pub tables: Option<f64>,
    }

    impl KnowledgeBaseMetadataDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            faqs: f64,
            urls: f64,
            rich_text: f64,
            files: f64,
            web_searches: f64,
            tables: f64,
        ) -> Self {
            Self {
                faqs: Some(faqs),
                urls: Some(urls),
                rich_text: Some(rich_text),
                files: Some(files),
                web_searches: Some(web_searches),
                tables: Some(tables),
                ..Self::default()
            }
        }
    }

    /// `GetKnowledgeBaseByIdDataDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetKnowledgeBaseByIdDataDto {
        /// Knowledge base ID
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Knowledge base name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Knowledge base name in lowercase
        ///
        /// Required by the spec.
        #[serde(
            rename = "nameLowerCase",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub name_lower_case: Option<String>,
        /// Location ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Whether the knowledge base is deleted
        ///
        /// Required by the spec.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// Date when knowledge base was created
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// Date when knowledge base was last updated
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// Knowledge base metadata with content counts
        ///
        /// Required by the spec.
        #[serde(
            rename = "kbMetadata",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub kb_metadata: Option<crate::apps::knowledge_base::models::KnowledgeBaseMetadataDto>,
        /// Whether the knowledge base is default or not
        #[serde(rename = "isDefault", default, skip_serializing_if = "Option::is_none")]
        pub is_default: Option<bool>,
    }

    impl GetKnowledgeBaseByIdDataDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            name: impl Into<String>,
            name_lower_case: impl Into<String>,
            location_id: impl Into<String>,
            deleted: bool,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
            kb_metadata: crate::apps::knowledge_base::models::KnowledgeBaseMetadataDto,
        ) -> Self {
            Self {
                id: Some(id.into()),
                name: Some(name.into()),
                name_lower_case: Some(name_lower_case.into()),
                location_id: Some(location_id.into()),
                deleted: Some(deleted),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                kb_metadata: Some(kb_metadata),
                ..Self::default()
            }
        }
    }

    /// `GetKnowledgeBaseByIdResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetKnowledgeBaseByIdResponseDto {
        /// Success status of the operation
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Knowledge base details
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::knowledge_base::models::GetKnowledgeBaseByIdDataDto>,
    }

    impl GetKnowledgeBaseByIdResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            success: bool,
            data: crate::apps::knowledge_base::models::GetKnowledgeBaseByIdDataDto,
        ) -> Self {
            Self {
                success: Some(success),
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `CreateKnowledgeBaseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateKnowledgeBaseDto {
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `description`.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
    }

    impl CreateKnowledgeBaseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(name: impl Into<String>, location_id: impl Into<String>) -> Self {
            Self {
                name: Some(name.into()),
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `KnowledgeBaseDataDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct KnowledgeBaseDataDto {
        /// Knowledge base ID
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Knowledge base name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Knowledge base name in lowercase
        ///
        /// Required by the spec.
        #[serde(
            rename = "nameLowerCase",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub name_lower_case: Option<String>,
        /// Location ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Knowledge base metadata
        ///
        /// Required by the spec.
        #[serde(
            rename = "kbMetadata",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub kb_metadata: Option<serde_json::Map<String, serde_json::Value>>,
        /// Whether the knowledge base is deleted
        ///
        /// Required by the spec.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// Date when knowledge base was created
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// Date when knowledge base was last updated
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
    }

    impl KnowledgeBaseDataDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            name: impl Into<String>,
            name_lower_case: impl Into<String>,
            location_id: impl Into<String>,
            kb_metadata: serde_json::Map<String, serde_json::Value>,
            deleted: bool,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                name: Some(name.into()),
                name_lower_case: Some(name_lower_case.into()),
                location_id: Some(location_id.into()),
                kb_metadata: Some(kb_metadata),
                deleted: Some(deleted),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateKnowledgeBaseResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateKnowledgeBaseResponseDto {
        /// Success status of the operation
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Created knowledge base details
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::knowledge_base::models::KnowledgeBaseDataDto>,
    }

    impl CreateKnowledgeBaseResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            success: bool,
            data: crate::apps::knowledge_base::models::KnowledgeBaseDataDto,
        ) -> Self {
            Self {
                success: Some(success),
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `UpdateKnowledgeBaseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateKnowledgeBaseDto {
        /// field to update the name of the knowledge base
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// field to update the description of the knowledge base
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
    }

    /// `UpdateKnowledgeBaseResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateKnowledgeBaseResponseDto {
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    impl UpdateKnowledgeBaseResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool) -> Self {
            Self {
                success: Some(success),
                ..Self::default()
            }
        }
    }

    /// `DeleteKnowledgeBaseResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteKnowledgeBaseResponseDto {
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    impl DeleteKnowledgeBaseResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool) -> Self {
            Self {
                success: Some(success),
                ..Self::default()
            }
        }
    }
}

/// The Knowledge Base API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct KnowledgeBaseApi {
    client: GhlClient,
}

impl KnowledgeBaseApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Get all FAQs by knowledge base with pagination support
    ///
    /// Retrieves FAQs for a knowledge base. Supports pagination using limit and lastFaqId parameters.
    ///
    /// `GET /knowledge-bases/faqs`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome.
    pub fn list(
        &self,
        knowledge_base_id: impl Into<String>,
        location_id: impl Into<String>,
    ) -> ops::List {
        let mut req = Request::new(
            http::Method::GET,
            "/knowledge-bases/faqs",
            "/knowledge-bases/faqs",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("knowledgeBaseId", knowledge_base_id.into());
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::List {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create a new FAQ inside knowledge base
    ///
    /// `POST /knowledge-bases/faqs`
    ///
    /// Version `2021-04-15`; never repeated after an unknown outcome.
    pub fn create(&self, body: &crate::apps::knowledge_base::models::AddFaqDto) -> ops::Create {
        let mut req = Request::new(
            http::Method::POST,
            "/knowledge-bases/faqs",
            "/knowledge-bases/faqs",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::Create {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update an existing knowledge base FAQ
    ///
    /// `PUT /knowledge-bases/faqs/{id}`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome.
    pub fn update(
        &self,
        id: impl AsRef<str>,
        body: &crate::apps::knowledge_base::models::UpdateFaqBodyDto,
    ) -> ops::Update {
        let mut req = Request::new(
            http::Method::PUT,
            "/knowledge-bases/faqs/{id}",
            format!(
                "/knowledge-bases/faqs/{}",
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::Update {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete an existing knowledge base FAQ
    ///
    /// `DELETE /knowledge-bases/faqs/{id}`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome.
    pub fn delete(&self, id: impl AsRef<str>) -> ops::Delete {
        let mut req = Request::new(
            http::Method::DELETE,
            "/knowledge-bases/faqs/{id}",
            format!(
                "/knowledge-bases/faqs/{}",
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::Delete {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get all trained page links by knowledge base
    ///
    /// `GET /knowledge-bases/crawler`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome; pages by Page.
    pub fn get_all_website_urls_data_by_knowledge_base(
        &self,
        knowledge_base_id: impl Into<String>,
        location_id: impl Into<String>,
    ) -> ops::GetAllWebsiteUrlsDataByKnowledgeBase {
        let mut req = Request::new(
            http::Method::GET,
            "/knowledge-bases/crawler",
            "/knowledge-bases/crawler",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("knowledgeBaseId", knowledge_base_id.into());
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetAllWebsiteUrlsDataByKnowledgeBase {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Start crawling and discover pages for training
    ///
    /// `POST /knowledge-bases/crawler`
    ///
    /// Version `2021-04-15`; never repeated after an unknown outcome.
    pub fn discover_website(
        &self,
        body: &crate::apps::knowledge_base::models::DiscoverWebsiteRequestDto,
    ) -> ops::DiscoverWebsite {
        let mut req = Request::new(
            http::Method::POST,
            "/knowledge-bases/crawler",
            "/knowledge-bases/crawler",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::DiscoverWebsite {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete trained pages
    ///
    /// `DELETE /knowledge-bases/crawler`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome.
    pub fn delete_trained_urls_for_knowledge_base(
        &self,
        body: &crate::apps::knowledge_base::models::DeleteWebsiteUrlRequestDto,
    ) -> ops::DeleteTrainedUrlsForKnowledgeBase {
        let mut req = Request::new(
            http::Method::DELETE,
            "/knowledge-bases/crawler",
            "/knowledge-bases/crawler",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::DeleteTrainedUrlsForKnowledgeBase {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get crawling status for the latest operation
    ///
    /// `GET /knowledge-bases/crawler/status`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome.
    pub fn get_crawling_status_for_latest_operation(
        &self,
        location_id: impl Into<String>,
        operation_id: impl Into<String>,
        knowledge_base_id: impl Into<String>,
    ) -> ops::GetCrawlingStatusForLatestOperation {
        let mut req = Request::new(
            http::Method::GET,
            "/knowledge-bases/crawler/status",
            "/knowledge-bases/crawler/status",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("operationId", operation_id.into());
        req = req.query_pair("knowledgeBaseId", knowledge_base_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetCrawlingStatusForLatestOperation {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Train discovered website pages and ingest into the knowledge base
    ///
    /// `POST /knowledge-bases/crawler/train`
    ///
    /// Version `2021-04-15`; never repeated after an unknown outcome.
    pub fn train_discovered_urls(
        &self,
        body: &crate::apps::knowledge_base::models::TrainDiscoveredUrlsDto,
    ) -> ops::TrainDiscoveredUrls {
        let mut req = Request::new(
            http::Method::POST,
            "/knowledge-bases/crawler/train",
            "/knowledge-bases/crawler/train",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::TrainDiscoveredUrls {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get knowledge base by ID
    ///
    /// `GET /knowledge-bases/{knowledgeBaseId}`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome.
    pub fn get_knowledge_base_by_id(
        &self,
        knowledge_base_id: impl AsRef<str>,
    ) -> ops::GetKnowledgeBaseById {
        let mut req = Request::new(
            http::Method::GET,
            "/knowledge-bases/{knowledgeBaseId}",
            format!(
                "/knowledge-bases/{}",
                crate::request::segment(knowledge_base_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::GetKnowledgeBaseById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete a knowledge base
    ///
    /// `DELETE /knowledge-bases/{knowledgeBaseId}`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome.
    pub fn delete_knowledge_base(
        &self,
        knowledge_base_id: impl AsRef<str>,
    ) -> ops::DeleteKnowledgeBase {
        let mut req = Request::new(
            http::Method::DELETE,
            "/knowledge-bases/{knowledgeBaseId}",
            format!(
                "/knowledge-bases/{}",
                crate::request::segment(knowledge_base_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::DeleteKnowledgeBase {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update a knowledge base
    ///
    /// `PUT /knowledge-bases/{id}`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome.
    pub fn update_knowledge_base(
        &self,
        id: impl AsRef<str>,
        body: &crate::apps::knowledge_base::models::UpdateKnowledgeBaseDto,
    ) -> ops::UpdateKnowledgeBase {
        let mut req = Request::new(
            http::Method::PUT,
            "/knowledge-bases/{id}",
            format!("/knowledge-bases/{}", crate::request::segment(id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateKnowledgeBase {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get all knowledge bases for a location by location Id (paginated)
    ///
    /// `GET /knowledge-bases/`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome.
    pub fn list_all_knowledge_bases_paginated(
        &self,
        location_id: impl Into<String>,
    ) -> ops::ListAllKnowledgeBasesPaginated {
        let mut req = Request::new(http::Method::GET, "/knowledge-bases/", "/knowledge-bases/");
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::ListAllKnowledgeBasesPaginated {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create a new knowledge base (max 15 knowledge bases per location)
    ///
    /// `POST /knowledge-bases/`
    ///
    /// Version `2021-04-15`; never repeated after an unknown outcome.
    pub fn create_knowledge_base(
        &self,
        body: &crate::apps::knowledge_base::models::CreateKnowledgeBaseDto,
    ) -> ops::CreateKnowledgeBase {
        let mut req = Request::new(http::Method::POST, "/knowledge-bases/", "/knowledge-bases/");
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateKnowledgeBase {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Knowledge Base API operations (generated from GHL's spec).
    pub fn knowledge_base(&self) -> KnowledgeBaseApi {
        KnowledgeBaseApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /knowledge-bases/faqs` request being built, to send with [`List::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct List {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl List {
        /// Limit the number of FAQs returned
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
            self
        }

        /// Last FAQ ID for pagination (cursor-based)
        pub fn last_faq_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("lastFaqId", value.into());
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
        ) -> Result<crate::apps::knowledge_base::models::ListFaqsResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /knowledge-bases/faqs` request being built, to send with [`Create::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct Create {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl Create {
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
        ) -> Result<crate::apps::knowledge_base::models::CreateFaqResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /knowledge-bases/faqs/{id}` request being built, to send with [`Update::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct Update {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl Update {
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
        ) -> Result<crate::apps::knowledge_base::models::UpdateFaqResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /knowledge-bases/faqs/{id}` request being built, to send with [`Delete::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct Delete {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl Delete {
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
        ) -> Result<crate::apps::knowledge_base::models::DeleteFaqResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /knowledge-bases/crawler` request being built, to send with [`GetAllWebsiteUrlsDataByKnowledgeBase::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAllWebsiteUrlsDataByKnowledgeBase {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAllWebsiteUrlsDataByKnowledgeBase {
        /// Page number
        pub fn page(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("page", value.to_string());
            self
        }

        /// Records per page
        pub fn page_length(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("pageLength", value.to_string());
            self
        }

        /// query to filter on url links
        pub fn query(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("query", value.into());
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
        ) -> Result<crate::Page<crate::apps::knowledge_base::models::CrawledUrlDto>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Page("page"),
                cursor,
                |r: crate::apps::knowledge_base::models::GetAllUrlsByKnowledgeBaseResponseDto| {
                    (r.urls.unwrap_or_default(), r.count.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(
            self,
        ) -> crate::ItemStream<crate::apps::knowledge_base::models::CrawledUrlDto> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::knowledge_base::models::GetAllUrlsByKnowledgeBaseResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `POST /knowledge-bases/crawler` request being built, to send with [`DiscoverWebsite::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DiscoverWebsite {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DiscoverWebsite {
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
        ) -> Result<crate::apps::knowledge_base::models::DiscoverWebsiteResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /knowledge-bases/crawler` request being built, to send with [`DeleteTrainedUrlsForKnowledgeBase::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteTrainedUrlsForKnowledgeBase {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteTrainedUrlsForKnowledgeBase {
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
        ) -> Result<crate::apps::knowledge_base::models::DeleteWebsiteUrlResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /knowledge-bases/crawler/status` request being built, to send with [`GetCrawlingStatusForLatestOperation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCrawlingStatusForLatestOperation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetCrawlingStatusForLatestOperation {
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
        ) -> Result<crate::apps::knowledge_base::models::CrawlingStatusResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /knowledge-bases/crawler/train` request being built, to send with [`TrainDiscoveredUrls::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct TrainDiscoveredUrls {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl TrainDiscoveredUrls {
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
        ) -> Result<crate::apps::knowledge_base::models::TrainDiscoveredUrlsResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /knowledge-bases/{knowledgeBaseId}` request being built, to send with [`GetKnowledgeBaseById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetKnowledgeBaseById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetKnowledgeBaseById {
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
        ) -> Result<crate::apps::knowledge_base::models::GetKnowledgeBaseByIdResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /knowledge-bases/{knowledgeBaseId}` request being built, to send with [`DeleteKnowledgeBase::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteKnowledgeBase {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteKnowledgeBase {
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
        ) -> Result<crate::apps::knowledge_base::models::DeleteKnowledgeBaseResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /knowledge-bases/{id}` request being built, to send with [`UpdateKnowledgeBase::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateKnowledgeBase {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateKnowledgeBase {
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
        ) -> Result<crate::apps::knowledge_base::models::UpdateKnowledgeBaseResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /knowledge-bases/` request being built, to send with [`ListAllKnowledgeBasesPaginated::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListAllKnowledgeBasesPaginated {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ListAllKnowledgeBasesPaginated {
        /// search query for knowledge base name
        pub fn query(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("query", value.into());
            self
        }

        /// Maximum number of knowledge bases to return
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
            self
        }

        /// ID of the last knowledge base from the previous page (for pagination)
        pub fn last_knowledge_base_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("lastKnowledgeBaseId", value.into());
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
        ) -> Result<crate::apps::knowledge_base::models::GetAllKnowledgeBasesPaginatedResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `POST /knowledge-bases/` request being built, to send with [`CreateKnowledgeBase::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateKnowledgeBase {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateKnowledgeBase {
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
        ) -> Result<crate::apps::knowledge_base::models::CreateKnowledgeBaseResponseDto> {
            self.client.send(self.request).await
        }
    }
}
