//! Ad Manager API: 94 operations.
//!
//! Generated from GHL's `apps/ad-manager.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `GreetingCard` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GreetingCard {
        /// Greeting card title
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Greeting card style
        ///
        /// Required by the spec.
        #[serde(rename = "style", default, skip_serializing_if = "Option::is_none")]
        pub style: Option<String>,
        /// Greeting card content
        ///
        /// Required by the spec.
        #[serde(rename = "content", default, skip_serializing_if = "Option::is_none")]
        pub content: Option<Vec<String>>,
    }

    impl GreetingCard {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            title: impl Into<String>,
            style: impl Into<String>,
            content: Vec<String>,
        ) -> Self {
            Self {
                title: Some(title.into()),
                style: Some(style.into()),
                content: Some(content),
                ..Self::default()
            }
        }
    }

    /// `FormQuestionOption` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FormQuestionOption {
        /// Option key
        ///
        /// Required by the spec.
        #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
        pub key: Option<String>,
        /// Option value
        ///
        /// Required by the spec.
        #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
        pub value: Option<String>,
    }

    impl FormQuestionOption {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(key: impl Into<String>, value: impl Into<String>) -> Self {
            Self {
                key: Some(key.into()),
                value: Some(value.into()),
                ..Self::default()
            }
        }
    }

    /// `FormQuestion` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FormQuestion {
        /// Question label text shown to the user
        #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
        pub label: Option<String>,
        /// Question key
        ///
        /// Required by the spec.
        #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
        pub key: Option<String>,
        /// Question input type — use a prefilled type for standard fields or CUSTOM / SHORT_ANSWER for freeform questions
        ///
        /// One of: `"CUSTOM"`, `"CITY"`, `"COMPANY_NAME"`, `"COUNTRY"`, `"DATE_OF_BIRTH"`, `"EMAIL"`, `"FIRST_NAME"`, `"FULL_NAME"`, `"GENDER"`, `"JOB_TITLE"`, `"LAST_NAME"`, `"MARITAL_STATUS"`, `"MILITARY_STATUS"`, `"PHONE"`, `"POST_CODE"`, `"RELATIONSHIP_STATUS"`, `"STATE"`, `"STREET_ADDRESS"`, `"WORK_EMAIL"`, `"WORK_PHONE_NUMBER"`, `"ZIP"`, `"SHORT_ANSWER"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Answer options for multiple-choice questions (only applies to CUSTOM type)
        #[serde(rename = "options", default, skip_serializing_if = "Option::is_none")]
        pub options: Option<Vec<crate::apps::ad_manager::models::FormQuestionOption>>,
    }

    impl FormQuestion {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(key: impl Into<String>, r#type: impl Into<String>) -> Self {
            Self {
                key: Some(key.into()),
                r#type: Some(r#type.into()),
                ..Self::default()
            }
        }
    }

    /// `CustomDisclaimerCheckbox` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomDisclaimerCheckbox {
        /// Checkbox required flag
        ///
        /// Required by the spec.
        #[serde(
            rename = "is_required",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_required: Option<bool>,
        /// Checkbox text label
        ///
        /// Required by the spec.
        #[serde(rename = "text", default, skip_serializing_if = "Option::is_none")]
        pub text: Option<String>,
        /// Checkbox unique key
        ///
        /// Required by the spec.
        #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
        pub key: Option<String>,
    }

    impl CustomDisclaimerCheckbox {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(is_required: bool, text: impl Into<String>, key: impl Into<String>) -> Self {
            Self {
                is_required: Some(is_required),
                text: Some(text.into()),
                key: Some(key.into()),
                ..Self::default()
            }
        }
    }

    /// `CustomDisclaimer` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomDisclaimer {
        /// Disclaimer title
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Disclaimer body text
        ///
        /// Required by the spec.
        #[serde(rename = "body", default, skip_serializing_if = "Option::is_none")]
        pub body: Option<String>,
        /// Consent checkboxes the user must agree to before submitting the form
        #[serde(
            rename = "checkboxes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub checkboxes: Option<Vec<crate::apps::ad_manager::models::CustomDisclaimerCheckbox>>,
    }

    impl CustomDisclaimer {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(title: impl Into<String>, body: impl Into<String>) -> Self {
            Self {
                title: Some(title.into()),
                body: Some(body.into()),
                ..Self::default()
            }
        }
    }

    /// `ThankYouPage` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ThankYouPage {
        /// Thank you page title
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Thank you page body
        ///
        /// Required by the spec.
        #[serde(rename = "body", default, skip_serializing_if = "Option::is_none")]
        pub body: Option<String>,
        /// Button text label
        ///
        /// Required by the spec.
        #[serde(
            rename = "buttonText",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub button_text: Option<String>,
        /// Button action type
        ///
        /// Required by the spec.
        #[serde(
            rename = "buttonType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub button_type: Option<String>,
        /// Button destination link
        #[serde(
            rename = "buttonLink",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub button_link: Option<String>,
        /// Business phone number
        #[serde(
            rename = "businessPhone",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_phone: Option<String>,
        /// Phone country code
        #[serde(
            rename = "countryCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub country_code: Option<String>,
    }

    impl ThankYouPage {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            title: impl Into<String>,
            body: impl Into<String>,
            button_text: impl Into<String>,
            button_type: impl Into<String>,
        ) -> Self {
            Self {
                title: Some(title.into()),
                body: Some(body.into()),
                button_text: Some(button_text.into()),
                button_type: Some(button_type.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateLeadFormDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateLeadFormDto {
        /// Lead form type
        ///
        /// One of: `"MORE_VOLUME"`, `"HIGHER_INTENT"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Lead form name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Location identifier
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Greeting card config
        #[serde(
            rename = "greetingCard",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub greeting_card: Option<crate::apps::ad_manager::models::GreetingCard>,
        /// List of questions displayed on the lead form
        ///
        /// Required by the spec.
        #[serde(rename = "questions", default, skip_serializing_if = "Option::is_none")]
        pub questions: Option<Vec<crate::apps::ad_manager::models::FormQuestion>>,
        /// Question page headline
        #[serde(
            rename = "questionPageHeadline",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub question_page_headline: Option<String>,
        /// Privacy policy URL
        ///
        /// Required by the spec.
        #[serde(
            rename = "privacyPolicyLink",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub privacy_policy_link: Option<String>,
        /// Privacy policy text
        #[serde(
            rename = "privacyPolicyText",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub privacy_policy_text: Option<String>,
        /// Custom disclaimer config
        #[serde(
            rename = "customDisclaimer",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_disclaimer: Option<crate::apps::ad_manager::models::CustomDisclaimer>,
        /// Thank you page config
        ///
        /// Required by the spec.
        #[serde(
            rename = "thankYouPage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub thank_you_page: Option<crate::apps::ad_manager::models::ThankYouPage>,
    }

    impl CreateLeadFormDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            r#type: impl Into<String>,
            name: impl Into<String>,
            location_id: impl Into<String>,
            questions: Vec<crate::apps::ad_manager::models::FormQuestion>,
            privacy_policy_link: impl Into<String>,
            thank_you_page: crate::apps::ad_manager::models::ThankYouPage,
        ) -> Self {
            Self {
                r#type: Some(r#type.into()),
                name: Some(name.into()),
                location_id: Some(location_id.into()),
                questions: Some(questions),
                privacy_policy_link: Some(privacy_policy_link.into()),
                thank_you_page: Some(thank_you_page),
                ..Self::default()
            }
        }
    }

    /// `LocationIdBodyDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LocationIdBodyDto {
        /// Location identifier
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
    }

    impl LocationIdBodyDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_id: impl Into<String>) -> Self {
            Self {
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `WelcomeMessageQuestion` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct WelcomeMessageQuestion {
        /// Question title text
        ///
        /// Required by the spec.
        #[serde(rename = "question", default, skip_serializing_if = "Option::is_none")]
        pub question: Option<String>,
        /// Auto-response message
        #[serde(rename = "response", default, skip_serializing_if = "Option::is_none")]
        pub response: Option<String>,
    }

    impl WelcomeMessageQuestion {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(question: impl Into<String>) -> Self {
            Self {
                question: Some(question.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateConversationFormDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateConversationFormDto {
        /// Location identifier
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Conversation form name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Welcome message text
        ///
        /// Required by the spec.
        #[serde(rename = "text", default, skip_serializing_if = "Option::is_none")]
        pub text: Option<String>,
        /// Quick-reply questions shown in the welcome message of the conversation form
        ///
        /// Required by the spec.
        #[serde(rename = "questions", default, skip_serializing_if = "Option::is_none")]
        pub questions: Option<Vec<crate::apps::ad_manager::models::WelcomeMessageQuestion>>,
    }

    impl CreateConversationFormDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            name: impl Into<String>,
            text: impl Into<String>,
            questions: Vec<crate::apps::ad_manager::models::WelcomeMessageQuestion>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                name: Some(name.into()),
                text: Some(text.into()),
                questions: Some(questions),
                ..Self::default()
            }
        }
    }

    /// `CreateIntegrationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateIntegrationDto {
        /// Location identifier
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Facebook page ID
        ///
        /// Required by the spec.
        #[serde(rename = "pageId", default, skip_serializing_if = "Option::is_none")]
        pub page_id: Option<String>,
        /// Ad account identifier
        #[serde(
            rename = "adAccountId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ad_account_id: Option<String>,
    }

    impl CreateIntegrationDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_id: impl Into<String>, page_id: impl Into<String>) -> Self {
            Self {
                location_id: Some(location_id.into()),
                page_id: Some(page_id.into()),
                ..Self::default()
            }
        }
    }

    /// `PublishAdDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PublishAdDto {
        /// Location identifier
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
    }

    impl PublishAdDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_id: impl Into<String>) -> Self {
            Self {
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `UpsertConversionPixelDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpsertConversionPixelDto {
        /// Location identifier
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Conversion pixel ID
        #[serde(
            rename = "conversionPixelId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversion_pixel_id: Option<String>,
        /// Pixel name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Instagram user ID
        #[serde(rename = "igUserId", default, skip_serializing_if = "Option::is_none")]
        pub ig_user_id: Option<String>,
        /// Pixel event type
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
    }

    impl UpsertConversionPixelDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_id: impl Into<String>, r#type: impl Into<String>) -> Self {
            Self {
                location_id: Some(location_id.into()),
                r#type: Some(r#type.into()),
                ..Self::default()
            }
        }
    }

    /// `FbUpdateAudienceBodyDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FbUpdateAudienceBodyDto {
        /// Location identifier
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Audience name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Audience description
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
    }

    impl FbUpdateAudienceBodyDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            name: impl Into<String>,
            description: impl Into<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                name: Some(name.into()),
                description: Some(description.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateCustomAudienceDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateCustomAudienceDto {
        /// Location identifier
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Contact identifier
        ///
        /// Required by the spec.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// Facebook ad account ID
        #[serde(
            rename = "fbAdAccountId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub fb_ad_account_id: Option<String>,
    }

    impl UpdateCustomAudienceDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_id: impl Into<String>, contact_id: impl Into<String>) -> Self {
            Self {
                location_id: Some(location_id.into()),
                contact_id: Some(contact_id.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateCustomAudienceBatchDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateCustomAudienceBatchDto {
        /// Location identifier
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// CSV file path
        #[serde(rename = "csvPath", default, skip_serializing_if = "Option::is_none")]
        pub csv_path: Option<String>,
        /// Batch operation type
        ///
        /// Required by the spec.
        #[serde(
            rename = "operationType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub operation_type: Option<String>,
        /// Smartlist IDs array
        #[serde(
            rename = "smartlistIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub smartlist_ids: Option<Vec<String>>,
        /// Dynamic audience flag
        #[serde(
            rename = "dynamicAudience",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub dynamic_audience: Option<String>,
    }

    impl UpdateCustomAudienceBatchDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_id: impl Into<String>, operation_type: impl Into<String>) -> Self {
            Self {
                location_id: Some(location_id.into()),
                operation_type: Some(operation_type.into()),
                ..Self::default()
            }
        }
    }

    /// `FbSetDefaultPageBodyDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FbSetDefaultPageBodyDto {
        /// Facebook page identifier
        ///
        /// Required by the spec.
        #[serde(rename = "pageId", default, skip_serializing_if = "Option::is_none")]
        pub page_id: Option<String>,
    }

    impl FbSetDefaultPageBodyDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(page_id: impl Into<String>) -> Self {
            Self {
                page_id: Some(page_id.into()),
                ..Self::default()
            }
        }
    }

    /// `UpsertCampaignDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpsertCampaignDto {
        /// Campaign identifier
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Location identifier
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Campaign name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Campaign objective
        ///
        /// One of: `"OUTCOME_LEADS"`, `"OUTCOME_TRAFFIC"`, `"OUTCOME_ENGAGEMENT"`, `"OUTCOME_SALES"`.
        #[serde(rename = "objective", default, skip_serializing_if = "Option::is_none")]
        pub objective: Option<String>,
        /// Special ad categories
        ///
        /// One of: `"EMPLOYMENT"`, `"CREDIT"`, `"FINANCIAL_PRODUCTS_SERVICES"`, `"HOUSING"`, `"ISSUES_ELECTIONS_POLITICS"`, `"ONLINE_GAMBLING_AND_GAMING"`, `"NONE"`.
        #[serde(
            rename = "specialAdCategories",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub special_ad_categories: Option<String>,
        /// Campaign data source
        #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
        pub source: Option<String>,
    }

    impl UpsertCampaignDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_id: impl Into<String>) -> Self {
            Self {
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `AudienceLocationGeometry` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AudienceLocationGeometry {
        /// Geographic coordinates
        ///
        /// Required by the spec.
        #[serde(rename = "location", default, skip_serializing_if = "Option::is_none")]
        pub location: Option<serde_json::Map<String, serde_json::Value>>,
        /// Geocoding result type
        ///
        /// Required by the spec.
        #[serde(
            rename = "location_type",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_type: Option<String>,
    }

    impl AudienceLocationGeometry {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location: serde_json::Map<String, serde_json::Value>,
            location_type: impl Into<String>,
        ) -> Self {
            Self {
                location: Some(location),
                location_type: Some(location_type.into()),
                ..Self::default()
            }
        }
    }

    /// `AudienceLocationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AudienceLocationDto {
        /// Facebook location key
        ///
        /// Required by the spec.
        #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
        pub key: Option<String>,
        /// Location display name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Geographic location type
        ///
        /// One of: `"country"`, `"city"`, `"region"`, `"country_group"`, `"geo_market"`, `"large_geo_area"`, `"medium_geo_area"`, `"small_geo_area"`, `"subcity"`, `"neighborhood"`, `"zip"`, `"address"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Whether the location is included or excluded from targeting
        ///
        /// One of: `"include"`, `"exclude"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "selectionType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub selection_type: Option<String>,
        /// Targeting radius around the location (for city/address types)
        #[serde(rename = "radius", default, skip_serializing_if = "Option::is_none")]
        pub radius: Option<f64>,
        /// Unit for the targeting radius
        ///
        /// One of: `"km"`, `"mi"`.
        #[serde(
            rename = "radiusUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub radius_unit: Option<String>,
        /// Geometry data for address-based targeting
        #[serde(rename = "geometry", default, skip_serializing_if = "Option::is_none")]
        pub geometry: Option<crate::apps::ad_manager::models::AudienceLocationGeometry>,
    }

    impl AudienceLocationDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            key: impl Into<String>,
            name: impl Into<String>,
            r#type: impl Into<String>,
            selection_type: impl Into<String>,
        ) -> Self {
            Self {
                key: Some(key.into()),
                name: Some(name.into()),
                r#type: Some(r#type.into()),
                selection_type: Some(selection_type.into()),
                ..Self::default()
            }
        }
    }

    /// `AudienceLocaleDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AudienceLocaleDto {
        /// Locale display name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Facebook locale key
        ///
        /// Required by the spec.
        #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
        pub key: Option<f64>,
    }

    impl AudienceLocaleDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(name: impl Into<String>, key: f64) -> Self {
            Self {
                name: Some(name.into()),
                key: Some(key),
                ..Self::default()
            }
        }
    }

    /// `AudiencePlacementsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AudiencePlacementsDto {
        /// Facebook placement positions
        #[serde(rename = "facebook", default, skip_serializing_if = "Option::is_none")]
        pub facebook: Option<Vec<String>>,
        /// Instagram placement positions
        #[serde(rename = "instagram", default, skip_serializing_if = "Option::is_none")]
        pub instagram: Option<Vec<String>>,
        /// Messenger placement positions
        #[serde(rename = "messenger", default, skip_serializing_if = "Option::is_none")]
        pub messenger: Option<Vec<String>>,
    }

    /// `AudienceCustomAudienceItemDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AudienceCustomAudienceItemDto {
        /// Custom audience ID
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Custom audience name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
    }

    impl AudienceCustomAudienceItemDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                name: Some(name.into()),
                ..Self::default()
            }
        }
    }

    /// `AudienceInterestDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AudienceInterestDto {
        /// Interest ID
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Interest name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Interest category type (defaults to "interests" if omitted)
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
    }

    impl AudienceInterestDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                name: Some(name.into()),
                ..Self::default()
            }
        }
    }

    /// `FacebookAudienceDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FacebookAudienceDto {
        /// Geographic locations to target or exclude
        ///
        /// Required by the spec.
        #[serde(
            rename = "geo_locations",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub geo_locations: Option<Vec<crate::apps::ad_manager::models::AudienceLocationDto>>,
        /// Language locales to target
        #[serde(rename = "locales", default, skip_serializing_if = "Option::is_none")]
        pub locales: Option<Vec<crate::apps::ad_manager::models::AudienceLocaleDto>>,
        /// Ad placement positions per platform (only used when placementType is "manual")
        #[serde(
            rename = "placements",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub placements: Option<crate::apps::ad_manager::models::AudiencePlacementsDto>,
        /// Placement strategy — "auto" lets Facebook choose, "manual" uses the placements config
        ///
        /// One of: `"auto"`, `"manual"`.
        #[serde(
            rename = "placementType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub placement_type: Option<String>,
        /// Lookalike audiences to target
        #[serde(rename = "lookalike", default, skip_serializing_if = "Option::is_none")]
        pub lookalike: Option<Vec<crate::apps::ad_manager::models::AudienceCustomAudienceItemDto>>,
        /// Retargeting custom audiences to target
        #[serde(
            rename = "retargeting",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub retargeting:
            Option<Vec<crate::apps::ad_manager::models::AudienceCustomAudienceItemDto>>,
        /// Interest-based targeting criteria
        #[serde(rename = "interests", default, skip_serializing_if = "Option::is_none")]
        pub interests: Option<Vec<crate::apps::ad_manager::models::AudienceInterestDto>>,
        /// Minimum age for targeting
        #[serde(rename = "age_min", default, skip_serializing_if = "Option::is_none")]
        pub age_min: Option<f64>,
        /// Maximum age for targeting
        #[serde(rename = "age_max", default, skip_serializing_if = "Option::is_none")]
        pub age_max: Option<f64>,
        /// Gender targeting (1 = male, 2 = female)
        #[serde(rename = "genders", default, skip_serializing_if = "Option::is_none")]
        pub genders: Option<Vec<f64>>,
    }

    impl FacebookAudienceDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            geo_locations: Vec<crate::apps::ad_manager::models::AudienceLocationDto>,
        ) -> Self {
            Self {
                geo_locations: Some(geo_locations),
                ..Self::default()
            }
        }
    }

    /// `Budget` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct Budget {
        /// Budget type
        ///
        /// One of: `"DAILY"`, `"LIFETIME"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "budgetType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub budget_type: Option<String>,
        /// Budget amount
        ///
        /// Required by the spec.
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// Schedule start date
        #[serde(
            rename = "scheduleStartDate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub schedule_start_date: Option<String>,
        /// Schedule end date
        #[serde(
            rename = "scheduleEndDate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub schedule_end_date: Option<String>,
    }

    impl Budget {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(budget_type: impl Into<String>, amount: f64) -> Self {
            Self {
                budget_type: Some(budget_type.into()),
                amount: Some(amount),
                ..Self::default()
            }
        }
    }

    /// `UpsertAdsetDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpsertAdsetDto {
        /// Ad set identifier
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Location identifier
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Ad set name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Facebook page ID
        #[serde(rename = "pageId", default, skip_serializing_if = "Option::is_none")]
        pub page_id: Option<String>,
        /// Instagram actor ID
        #[serde(
            rename = "instagramActorId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub instagram_actor_id: Option<String>,
        /// Messaging platforms
        ///
        /// One of: `"WHATSAPP"`, `"MESSENGER"`, `"INSTAGRAM_DIRECT"`.
        #[serde(
            rename = "messagingPlatforms",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub messaging_platforms: Option<String>,
        /// WhatsApp phone number
        #[serde(
            rename = "whatsappNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub whatsapp_number: Option<String>,
        /// Targeting audience configuration including geo-locations, locales, placements, and custom audiences
        #[serde(rename = "audience", default, skip_serializing_if = "Option::is_none")]
        pub audience: Option<crate::apps::ad_manager::models::FacebookAudienceDto>,
        /// Ad set budget config
        #[serde(rename = "budget", default, skip_serializing_if = "Option::is_none")]
        pub budget: Option<crate::apps::ad_manager::models::Budget>,
        /// Conversion location
        #[serde(
            rename = "conversionLocation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversion_location: Option<String>,
        /// Custom event type
        #[serde(
            rename = "customEventType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_event_type: Option<String>,
        /// Conversion pixel ID
        #[serde(rename = "pixelId", default, skip_serializing_if = "Option::is_none")]
        pub pixel_id: Option<String>,
        /// Parent campaign ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "campaignId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub campaign_id: Option<String>,
    }

    impl UpsertAdsetDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_id: impl Into<String>, campaign_id: impl Into<String>) -> Self {
            Self {
                location_id: Some(location_id.into()),
                campaign_id: Some(campaign_id.into()),
                ..Self::default()
            }
        }
    }

    /// `MediaDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct MediaDto {
        /// Media source URL
        ///
        /// Required by the spec.
        #[serde(rename = "src", default, skip_serializing_if = "Option::is_none")]
        pub src: Option<String>,
        /// Thumbnail URL (required when type is video)
        #[serde(
            rename = "thumbnailUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub thumbnail_url: Option<String>,
        /// Selected poster index (required when type is video)
        #[serde(
            rename = "selectedPoster",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub selected_poster: Option<f64>,
        /// Media content type
        ///
        /// One of: `"image"`, `"video"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Media file name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Media headline
        #[serde(rename = "headline", default, skip_serializing_if = "Option::is_none")]
        pub headline: Option<String>,
        /// Media description
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Media destination link
        #[serde(rename = "link", default, skip_serializing_if = "Option::is_none")]
        pub link: Option<String>,
    }

    impl MediaDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(src: impl Into<String>, r#type: impl Into<String>) -> Self {
            Self {
                src: Some(src.into()),
                r#type: Some(r#type.into()),
                ..Self::default()
            }
        }
    }

    /// `UpsertAdDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpsertAdDto {
        /// Ad identifier
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Location identifier
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Ad name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Ad primary text
        #[serde(
            rename = "primaryText",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub primary_text: Option<String>,
        /// Ad headline text
        #[serde(rename = "headline", default, skip_serializing_if = "Option::is_none")]
        pub headline: Option<String>,
        /// Ad description text
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Ad image URL
        #[serde(rename = "imageUrl", default, skip_serializing_if = "Option::is_none")]
        pub image_url: Option<String>,
        /// Ad media type
        ///
        /// One of: `"SINGLE"`, `"CAROUSEL"`.
        #[serde(rename = "mediaType", default, skip_serializing_if = "Option::is_none")]
        pub media_type: Option<String>,
        /// Media items (images or videos) attached to the ad creative
        #[serde(rename = "media", default, skip_serializing_if = "Option::is_none")]
        pub media: Option<Vec<crate::apps::ad_manager::models::MediaDto>>,
        /// Enable multi-advertiser ads
        #[serde(
            rename = "multiAdvertiserAds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub multi_advertiser_ads: Option<bool>,
        /// Parent campaign ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "campaignId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub campaign_id: Option<String>,
        /// Parent ad set ID
        ///
        /// Required by the spec.
        #[serde(rename = "adsetId", default, skip_serializing_if = "Option::is_none")]
        pub adset_id: Option<String>,
        /// Call to action type
        #[serde(rename = "cta", default, skip_serializing_if = "Option::is_none")]
        pub cta: Option<String>,
        /// Conversation form ID
        #[serde(
            rename = "conversationFormId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversation_form_id: Option<String>,
        /// Destination link URL
        #[serde(
            rename = "destinationLink",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub destination_link: Option<String>,
        /// Destination form ID
        #[serde(
            rename = "destinationFormId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub destination_form_id: Option<String>,
    }

    impl UpsertAdDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            campaign_id: impl Into<String>,
            adset_id: impl Into<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                campaign_id: Some(campaign_id.into()),
                adset_id: Some(adset_id.into()),
                ..Self::default()
            }
        }
    }

    /// `AdScheduleTargetDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AdScheduleTargetDto {
        /// Minute mark the schedule starts at
        ///
        /// One of: `"ZERO"`, `"FIFTEEN"`, `"THIRTY"`, `"FORTY_FIVE"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "startMinute",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub start_minute: Option<String>,
        /// Minute mark the schedule ends at
        ///
        /// One of: `"ZERO"`, `"FIFTEEN"`, `"THIRTY"`, `"FORTY_FIVE"`.
        ///
        /// Required by the spec.
        #[serde(rename = "endMinute", default, skip_serializing_if = "Option::is_none")]
        pub end_minute: Option<String>,
        /// Day of the week for this schedule
        ///
        /// One of: `"MONDAY"`, `"TUESDAY"`, `"WEDNESDAY"`, `"THURSDAY"`, `"FRIDAY"`, `"SATURDAY"`, `"SUNDAY"`.
        ///
        /// Required by the spec.
        #[serde(rename = "dayOfWeek", default, skip_serializing_if = "Option::is_none")]
        pub day_of_week: Option<String>,
        /// Start hour in 24h format (0-23)
        ///
        /// Required by the spec.
        #[serde(rename = "startHour", default, skip_serializing_if = "Option::is_none")]
        pub start_hour: Option<f64>,
        /// End hour in 24h format (0-23)
        ///
        /// Required by the spec.
        #[serde(rename = "endHour", default, skip_serializing_if = "Option::is_none")]
        pub end_hour: Option<f64>,
    }

    impl AdScheduleTargetDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            start_minute: impl Into<String>,
            end_minute: impl Into<String>,
            day_of_week: impl Into<String>,
            start_hour: f64,
            end_hour: f64,
        ) -> Self {
            Self {
                start_minute: Some(start_minute.into()),
                end_minute: Some(end_minute.into()),
                day_of_week: Some(day_of_week.into()),
                start_hour: Some(start_hour),
                end_hour: Some(end_hour),
                ..Self::default()
            }
        }
    }

    /// `CallAssetPayloadDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CallAssetPayloadDto {
        /// Phone number for call ads
        ///
        /// Required by the spec.
        #[serde(
            rename = "phoneNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub phone_number: Option<String>,
        /// Two-letter ISO country code
        ///
        /// Required by the spec.
        #[serde(
            rename = "countryCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub country_code: Option<String>,
        /// Call conversion action resource name
        #[serde(
            rename = "callConversionAction",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub call_conversion_action: Option<String>,
        /// Ad schedule targets restricting when the call asset is shown
        #[serde(
            rename = "adScheduleTargets",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ad_schedule_targets: Option<Vec<crate::apps::ad_manager::models::AdScheduleTargetDto>>,
        /// Google Ads resource name for an existing call asset
        #[serde(
            rename = "resourceName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub resource_name: Option<String>,
    }

    impl CallAssetPayloadDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(phone_number: impl Into<String>, country_code: impl Into<String>) -> Self {
            Self {
                phone_number: Some(phone_number.into()),
                country_code: Some(country_code.into()),
                ..Self::default()
            }
        }
    }

    /// `SitelinkAssetPayloadDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SitelinkAssetPayloadDto {
        /// Google Ads resource name for an existing sitelink asset
        #[serde(
            rename = "resourceName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub resource_name: Option<String>,
        /// Sitelink display text
        ///
        /// Required by the spec.
        #[serde(rename = "linkText", default, skip_serializing_if = "Option::is_none")]
        pub link_text: Option<String>,
        /// Final landing page URL
        ///
        /// Required by the spec.
        #[serde(rename = "finalUrls", default, skip_serializing_if = "Option::is_none")]
        pub final_urls: Option<String>,
        /// First description line
        #[serde(
            rename = "description1",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description1: Option<String>,
        /// Second description line
        #[serde(
            rename = "description2",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description2: Option<String>,
        /// Start date for the sitelink (YYYY-MM-DD)
        #[serde(rename = "startDate", default, skip_serializing_if = "Option::is_none")]
        pub start_date: Option<String>,
        /// End date for the sitelink (YYYY-MM-DD)
        #[serde(rename = "endDate", default, skip_serializing_if = "Option::is_none")]
        pub end_date: Option<String>,
        /// Ad schedule targets restricting when the sitelink is shown
        #[serde(
            rename = "adScheduleTargets",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ad_schedule_targets: Option<Vec<crate::apps::ad_manager::models::AdScheduleTargetDto>>,
    }

    impl SitelinkAssetPayloadDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(link_text: impl Into<String>, final_urls: impl Into<String>) -> Self {
            Self {
                link_text: Some(link_text.into()),
                final_urls: Some(final_urls.into()),
                ..Self::default()
            }
        }
    }

    /// `LeadFormFieldDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LeadFormFieldDto {
        /// Field input type from Google Ads LeadFormFieldUserInputType
        ///
        /// Required by the spec.
        #[serde(rename = "inputType", default, skip_serializing_if = "Option::is_none")]
        pub input_type: Option<String>,
        /// Single-choice answer options for the field
        #[serde(
            rename = "singleChoiceAnswers",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub single_choice_answers: Option<Vec<String>>,
    }

    impl LeadFormFieldDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(input_type: impl Into<String>) -> Self {
            Self {
                input_type: Some(input_type.into()),
                ..Self::default()
            }
        }
    }

    /// `CustomQuestionFieldDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomQuestionFieldDto {
        /// Custom question text shown to the user
        ///
        /// Required by the spec.
        #[serde(
            rename = "customQuestionText",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_question_text: Option<String>,
        /// Answer choices for the custom question
        ///
        /// Required by the spec.
        #[serde(
            rename = "singleChoiceAnswers",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub single_choice_answers: Option<Vec<String>>,
    }

    impl CustomQuestionFieldDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            custom_question_text: impl Into<String>,
            single_choice_answers: Vec<String>,
        ) -> Self {
            Self {
                custom_question_text: Some(custom_question_text.into()),
                single_choice_answers: Some(single_choice_answers),
                ..Self::default()
            }
        }
    }

    /// `LeadFormAssetPayloadDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LeadFormAssetPayloadDto {
        /// Google Ads resource name for an existing lead form asset
        #[serde(
            rename = "resourceName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub resource_name: Option<String>,
        /// Lead form headline
        ///
        /// Required by the spec.
        #[serde(rename = "headline", default, skip_serializing_if = "Option::is_none")]
        pub headline: Option<String>,
        /// Lead form description
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Business name shown on the form
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_name: Option<String>,
        /// Privacy policy URL
        ///
        /// Required by the spec.
        #[serde(
            rename = "privacyPolicyUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub privacy_policy_url: Option<String>,
        /// Form fields to collect user input
        ///
        /// Required by the spec.
        #[serde(rename = "fields", default, skip_serializing_if = "Option::is_none")]
        pub fields: Option<Vec<crate::apps::ad_manager::models::LeadFormFieldDto>>,
        /// Call to action button type
        ///
        /// One of: `"LEARN_MORE"`, `"GET_QUOTE"`, `"APPLY_NOW"`, `"SIGN_UP"`, `"CONTACT_US"`, `"SUBSCRIBE"`, `"DOWNLOAD"`, `"BOOK_NOW"`, `"GET_OFFER"`, `"REGISTER"`, `"GET_INFO"`, `"REQUEST_DEMO"`, `"JOIN_NOW"`, `"GET_STARTED"`, `"VISIT_SITE"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "callToActionType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub call_to_action_type: Option<String>,
        /// Description text for the CTA button
        #[serde(
            rename = "callToActionDescription",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub call_to_action_description: Option<String>,
        /// Background image asset resource name
        #[serde(
            rename = "backgroundImageAsset",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub background_image_asset: Option<String>,
        /// Desired lead intent level
        ///
        /// One of: `"LOW_INTENT"`, `"HIGH_INTENT"`.
        #[serde(
            rename = "desiredIntent",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub desired_intent: Option<String>,
        /// Custom question fields appended after standard fields
        #[serde(
            rename = "customQuestionFields",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_question_fields:
            Option<Vec<crate::apps::ad_manager::models::CustomQuestionFieldDto>>,
        /// Headline shown after form submission
        #[serde(
            rename = "postSubmitHeadline",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub post_submit_headline: Option<String>,
        /// Description shown after form submission
        #[serde(
            rename = "postSubmitDescription",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub post_submit_description: Option<String>,
        /// Post-submit CTA button type
        ///
        /// One of: `"VISIT_SITE"`, `"DOWNLOAD"`, `"LEARN_MORE"`, `"SHOP_NOW"`.
        #[serde(
            rename = "postSubmitCallToActionType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub post_submit_call_to_action_type: Option<String>,
        /// Final URL shown after form submission
        #[serde(rename = "finalUrls", default, skip_serializing_if = "Option::is_none")]
        pub final_urls: Option<String>,
    }

    impl LeadFormAssetPayloadDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            headline: impl Into<String>,
            description: impl Into<String>,
            business_name: impl Into<String>,
            privacy_policy_url: impl Into<String>,
            fields: Vec<crate::apps::ad_manager::models::LeadFormFieldDto>,
            call_to_action_type: impl Into<String>,
        ) -> Self {
            Self {
                headline: Some(headline.into()),
                description: Some(description.into()),
                business_name: Some(business_name.into()),
                privacy_policy_url: Some(privacy_policy_url.into()),
                fields: Some(fields),
                call_to_action_type: Some(call_to_action_type.into()),
                ..Self::default()
            }
        }
    }

    /// `ConversionValueSettings` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ConversionValueSettings {
        /// Default monetary value assigned to each conversion
        ///
        /// Required by the spec.
        #[serde(
            rename = "defaultValue",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub default_value: Option<f64>,
        /// ISO 4217 currency code for the default value
        ///
        /// Required by the spec.
        #[serde(
            rename = "defaultCurrencyCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub default_currency_code: Option<String>,
        /// When true, always uses the default value even if a transaction-specific value is provided
        ///
        /// Required by the spec.
        #[serde(
            rename = "alwaysUseDefaultValue",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub always_use_default_value: Option<bool>,
    }

    impl ConversionValueSettings {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            default_value: f64,
            default_currency_code: impl Into<String>,
            always_use_default_value: bool,
        ) -> Self {
            Self {
                default_value: Some(default_value),
                default_currency_code: Some(default_currency_code.into()),
                always_use_default_value: Some(always_use_default_value),
                ..Self::default()
            }
        }
    }

    /// `UpsertConversionDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpsertConversionDto {
        /// Location identifier
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Conversion identifier
        #[serde(
            rename = "conversionId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversion_id: Option<String>,
        /// Conversion name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Conversion type
        ///
        /// One of: `"UPLOAD_CLICKS"`, `"UPLOAD_CALLS"`, `"WEBPAGE"`, `"LEAD_FORM_SUBMIT"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Conversion category
        ///
        /// Required by the spec.
        #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
        pub category: Option<String>,
        /// Value settings that control how monetary value is attributed to conversions
        ///
        /// Required by the spec.
        #[serde(
            rename = "valueSettings",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub value_settings: Option<crate::apps::ad_manager::models::ConversionValueSettings>,
        /// How conversions are counted per interaction
        ///
        /// One of: `"ONE_PER_CLICK"`, `"MANY_PER_CLICK"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "countingType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub counting_type: Option<String>,
        /// Attribution model used to credit conversions
        ///
        /// One of: `"GOOGLE_SEARCH_ATTRIBUTION_DATA_DRIVEN"`, `"GOOGLE_ADS_LAST_CLICK"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "attributionModel",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attribution_model: Option<String>,
        /// Click-through conversion window in days
        ///
        /// Required by the spec.
        #[serde(
            rename = "clickThroughWindow",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub click_through_window: Option<f64>,
    }

    impl UpsertConversionDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            location_id: impl Into<String>,
            name: impl Into<String>,
            r#type: impl Into<String>,
            category: impl Into<String>,
            value_settings: crate::apps::ad_manager::models::ConversionValueSettings,
            counting_type: impl Into<String>,
            attribution_model: impl Into<String>,
            click_through_window: f64,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                name: Some(name.into()),
                r#type: Some(r#type.into()),
                category: Some(category.into()),
                value_settings: Some(value_settings),
                counting_type: Some(counting_type.into()),
                attribution_model: Some(attribution_model.into()),
                click_through_window: Some(click_through_window),
                ..Self::default()
            }
        }
    }

    /// `CreateGoogleIntegrationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateGoogleIntegrationDto {
        /// Location identifier
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Ad account identifier
        ///
        /// Required by the spec.
        #[serde(
            rename = "adAccountId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ad_account_id: Option<String>,
        /// MCC identifier
        ///
        /// Required by the spec.
        #[serde(rename = "mccId", default, skip_serializing_if = "Option::is_none")]
        pub mcc_id: Option<String>,
    }

    impl CreateGoogleIntegrationDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            ad_account_id: impl Into<String>,
            mcc_id: impl Into<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                ad_account_id: Some(ad_account_id.into()),
                mcc_id: Some(mcc_id.into()),
                ..Self::default()
            }
        }
    }

    /// `KeywordSuggestionDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct KeywordSuggestionDto {
        /// Target URL
        ///
        /// Required by the spec.
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// Language code
        #[serde(
            rename = "languageCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub language_code: Option<String>,
        /// Target locations
        #[serde(rename = "locations", default, skip_serializing_if = "Option::is_none")]
        pub locations: Option<Vec<String>>,
        /// Seed keywords
        #[serde(rename = "keywords", default, skip_serializing_if = "Option::is_none")]
        pub keywords: Option<Vec<String>>,
    }

    impl KeywordSuggestionDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(url: impl Into<String>) -> Self {
            Self {
                url: Some(url.into()),
                ..Self::default()
            }
        }
    }

    /// `UpsertAssetsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpsertAssetsDto {
        /// Location identifier
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Asset type to create or update
        ///
        /// One of: `"CALL"`, `"SITELINK"`, `"LEAD_FORM"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Asset payload — shape depends on the type field: CallAssetPayload (CALL), SitelinkAssetPayload (SITELINK), or LeadFormAssetPayload (LEAD_FORM)
        ///
        /// Required by the spec.
        #[serde(rename = "payload", default, skip_serializing_if = "Option::is_none")]
        pub payload: Option<serde_json::Value>,
    }

    impl UpsertAssetsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            r#type: impl Into<String>,
            payload: serde_json::Value,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                r#type: Some(r#type.into()),
                payload: Some(payload),
                ..Self::default()
            }
        }
    }

    /// `MemberDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct MemberDto {
        /// Member type
        ///
        /// One of: `"KEYWORD"`, `"URL"`, `"APP"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "memberType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub member_type: Option<String>,
        /// Keyword value
        #[serde(rename = "keyword", default, skip_serializing_if = "Option::is_none")]
        pub keyword: Option<String>,
        /// URL value
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// App identifier
        #[serde(rename = "app", default, skip_serializing_if = "Option::is_none")]
        pub app: Option<String>,
    }

    impl MemberDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(member_type: impl Into<String>) -> Self {
            Self {
                member_type: Some(member_type.into()),
                ..Self::default()
            }
        }
    }

    /// `StringRuleItemDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct StringRuleItemDto {
        /// Rule operator
        ///
        /// Required by the spec.
        #[serde(rename = "operator", default, skip_serializing_if = "Option::is_none")]
        pub operator: Option<String>,
        /// Rule value
        ///
        /// Required by the spec.
        #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
        pub value: Option<String>,
    }

    impl StringRuleItemDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(operator: impl Into<String>, value: impl Into<String>) -> Self {
            Self {
                operator: Some(operator.into()),
                value: Some(value.into()),
                ..Self::default()
            }
        }
    }

    /// `RuleItemDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct RuleItemDto {
        /// Rule item name
        ///
        /// One of: `"url__"`, `"referrer__"`.
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// String rule item condition
        ///
        /// Required by the spec.
        #[serde(
            rename = "stringRuleItem",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub string_rule_item: Option<crate::apps::ad_manager::models::StringRuleItemDto>,
    }

    impl RuleItemDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            name: impl Into<String>,
            string_rule_item: crate::apps::ad_manager::models::StringRuleItemDto,
        ) -> Self {
            Self {
                name: Some(name.into()),
                string_rule_item: Some(string_rule_item),
                ..Self::default()
            }
        }
    }

    /// `RuleItemGroupDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct RuleItemGroupDto {
        /// List of rule items
        ///
        /// Required by the spec.
        #[serde(rename = "ruleItems", default, skip_serializing_if = "Option::is_none")]
        pub rule_items: Option<Vec<crate::apps::ad_manager::models::RuleItemDto>>,
    }

    impl RuleItemGroupDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(rule_items: Vec<crate::apps::ad_manager::models::RuleItemDto>) -> Self {
            Self {
                rule_items: Some(rule_items),
                ..Self::default()
            }
        }
    }

    /// `RuleDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct RuleDto {
        /// List of rule item groups
        ///
        /// Required by the spec.
        #[serde(
            rename = "ruleItemGroups",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub rule_item_groups: Option<Vec<crate::apps::ad_manager::models::RuleItemGroupDto>>,
    }

    impl RuleDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            rule_item_groups: Vec<crate::apps::ad_manager::models::RuleItemGroupDto>,
        ) -> Self {
            Self {
                rule_item_groups: Some(rule_item_groups),
                ..Self::default()
            }
        }
    }

    /// `RuleOperandDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct RuleOperandDto {
        /// Lookback window in days
        ///
        /// Required by the spec.
        #[serde(
            rename = "lookbackWindowDays",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub lookback_window_days: Option<f64>,
        /// Rule definition
        ///
        /// Required by the spec.
        #[serde(rename = "rule", default, skip_serializing_if = "Option::is_none")]
        pub rule: Option<crate::apps::ad_manager::models::RuleDto>,
    }

    impl RuleOperandDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            lookback_window_days: f64,
            rule: crate::apps::ad_manager::models::RuleDto,
        ) -> Self {
            Self {
                lookback_window_days: Some(lookback_window_days),
                rule: Some(rule),
                ..Self::default()
            }
        }
    }

    /// `FlexibleRuleUserListDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FlexibleRuleUserListDto {
        /// Operator for combining inclusive operands
        #[serde(
            rename = "inclusiveRuleOperator",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub inclusive_rule_operator: Option<String>,
        /// Inclusive rule operands
        ///
        /// Required by the spec.
        #[serde(
            rename = "inclusiveOperands",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub inclusive_operands: Option<Vec<crate::apps::ad_manager::models::RuleOperandDto>>,
        /// Exclusive rule operands
        ///
        /// Required by the spec.
        #[serde(
            rename = "exclusiveOperands",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub exclusive_operands: Option<Vec<crate::apps::ad_manager::models::RuleOperandDto>>,
    }

    impl FlexibleRuleUserListDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            inclusive_operands: Vec<crate::apps::ad_manager::models::RuleOperandDto>,
            exclusive_operands: Vec<crate::apps::ad_manager::models::RuleOperandDto>,
        ) -> Self {
            Self {
                inclusive_operands: Some(inclusive_operands),
                exclusive_operands: Some(exclusive_operands),
                ..Self::default()
            }
        }
    }

    /// `RuleBasedUserListDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct RuleBasedUserListDto {
        /// Prepopulation status
        ///
        /// One of: `"REQUESTED"`.
        #[serde(
            rename = "prepopulationStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub prepopulation_status: Option<String>,
        /// Flexible rule user list configuration
        ///
        /// Required by the spec.
        #[serde(
            rename = "flexibleRuleUserList",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub flexible_rule_user_list:
            Option<crate::apps::ad_manager::models::FlexibleRuleUserListDto>,
    }

    impl RuleBasedUserListDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            flexible_rule_user_list: crate::apps::ad_manager::models::FlexibleRuleUserListDto,
        ) -> Self {
            Self {
                flexible_rule_user_list: Some(flexible_rule_user_list),
                ..Self::default()
            }
        }
    }

    /// `UpsertSegmentDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpsertSegmentDto {
        /// Segment name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Segment description
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Segment members — keywords, URLs, or apps that define the custom segment
        #[serde(rename = "members", default, skip_serializing_if = "Option::is_none")]
        pub members: Option<Vec<crate::apps::ad_manager::models::MemberDto>>,
        /// Segment status
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// Segment type
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Segment identifier
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Membership status
        #[serde(
            rename = "membershipStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub membership_status: Option<String>,
        /// Rule-based user list config
        #[serde(
            rename = "ruleBasedUserList",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub rule_based_user_list: Option<crate::apps::ad_manager::models::RuleBasedUserListDto>,
        /// Membership life span
        #[serde(
            rename = "membershipLifeSpan",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub membership_life_span: Option<f64>,
        /// Seed user list IDs
        #[serde(
            rename = "seedUserListIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub seed_user_list_ids: Option<Vec<String>>,
        /// Country codes
        #[serde(
            rename = "countryCodes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub country_codes: Option<Vec<String>>,
        /// Expansion level
        ///
        /// One of: `"BALANCED"`, `"BROAD"`, `"NARROW"`.
        #[serde(
            rename = "expansionLevel",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub expansion_level: Option<String>,
    }

    impl UpsertSegmentDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(name: impl Into<String>) -> Self {
            Self {
                name: Some(name.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateOfflineUserListJobDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateOfflineUserListJobDto {
        /// Location identifier
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Smart list IDs
        #[serde(
            rename = "smartListIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub smart_list_ids: Option<Vec<String>>,
        /// CSV file path
        #[serde(rename = "csvPath", default, skip_serializing_if = "Option::is_none")]
        pub csv_path: Option<String>,
        /// User list identifier
        #[serde(
            rename = "userListId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub user_list_id: Option<String>,
        /// Dynamic list flag
        #[serde(rename = "isDynamic", default, skip_serializing_if = "Option::is_none")]
        pub is_dynamic: Option<bool>,
    }

    impl CreateOfflineUserListJobDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_id: impl Into<String>) -> Self {
            Self {
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `AudienceSegmentsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AudienceSegmentsDto {
        /// Resource names of custom audience segments
        #[serde(
            rename = "customAudiences",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_audiences: Option<Vec<String>>,
        /// Resource names of user lists (remarketing lists, customer match lists, etc.)
        #[serde(rename = "userLists", default, skip_serializing_if = "Option::is_none")]
        pub user_lists: Option<Vec<String>>,
        /// Resource names of user interest segments (in-market or affinity audiences)
        #[serde(
            rename = "userInterests",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub user_interests: Option<Vec<String>>,
    }

    /// `AudienceDimensionDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AudienceDimensionDto {
        /// Include unknown age
        #[serde(
            rename = "isAgeUnknown",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_age_unknown: Option<bool>,
        /// Age range filters
        #[serde(rename = "ageRanges", default, skip_serializing_if = "Option::is_none")]
        pub age_ranges: Option<Vec<String>>,
        /// Gender targets
        #[serde(rename = "genders", default, skip_serializing_if = "Option::is_none")]
        pub genders: Option<Vec<String>>,
        /// Parental status targets
        #[serde(
            rename = "parentalStatuses",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub parental_statuses: Option<Vec<String>>,
        /// Audience segment references used for targeting
        #[serde(
            rename = "audienceSegments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub audience_segments: Option<crate::apps::ad_manager::models::AudienceSegmentsDto>,
    }

    /// `UpsertAudienceDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpsertAudienceDto {
        /// Location identifier
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Audience resource name
        #[serde(
            rename = "resourceName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub resource_name: Option<String>,
        /// Audience name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Audience dimensions
        #[serde(
            rename = "dimensions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub dimensions: Option<crate::apps::ad_manager::models::AudienceDimensionDto>,
        /// Exclusion dimensions
        #[serde(
            rename = "exclusionDimension",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub exclusion_dimension: Option<crate::apps::ad_manager::models::AudienceDimensionDto>,
    }

    impl UpsertAudienceDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_id: impl Into<String>, name: impl Into<String>) -> Self {
            Self {
                location_id: Some(location_id.into()),
                name: Some(name.into()),
                ..Self::default()
            }
        }
    }

    /// `GoogleBudgetDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GoogleBudgetDto {
        /// Budget type
        ///
        /// One of: `"DAILY"`, `"LIFETIME"`.
        #[serde(
            rename = "budgetType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub budget_type: Option<String>,
        /// Budget amount in micros
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// Schedule start date
        #[serde(
            rename = "scheduleStartDate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub schedule_start_date: Option<String>,
        /// Schedule end date
        #[serde(
            rename = "scheduleEndDate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub schedule_end_date: Option<String>,
    }

    /// `GeoLatLngDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GeoLatLngDto {
        /// Latitude
        #[serde(rename = "lat", default, skip_serializing_if = "Option::is_none")]
        pub lat: Option<f64>,
        /// Longitude
        #[serde(rename = "lng", default, skip_serializing_if = "Option::is_none")]
        pub lng: Option<f64>,
    }

    /// `GeoViewportDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GeoViewportDto {
        /// Northeast corner of the viewport
        #[serde(rename = "northeast", default, skip_serializing_if = "Option::is_none")]
        pub northeast: Option<crate::apps::ad_manager::models::GeoLatLngDto>,
        /// Southwest corner of the viewport
        #[serde(rename = "southwest", default, skip_serializing_if = "Option::is_none")]
        pub southwest: Option<crate::apps::ad_manager::models::GeoLatLngDto>,
    }

    /// `GeoGeometryDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GeoGeometryDto {
        /// Location coordinates
        #[serde(rename = "location", default, skip_serializing_if = "Option::is_none")]
        pub location: Option<crate::apps::ad_manager::models::GeoLatLngDto>,
        /// Location type (e.g. APPROXIMATE)
        #[serde(
            rename = "location_type",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_type: Option<String>,
        /// Viewport bounding box
        #[serde(rename = "viewport", default, skip_serializing_if = "Option::is_none")]
        pub viewport: Option<crate::apps::ad_manager::models::GeoViewportDto>,
    }

    /// `GeoAddressComponentDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GeoAddressComponentDto {
        /// Full name of the address component
        #[serde(rename = "long_name", default, skip_serializing_if = "Option::is_none")]
        pub long_name: Option<String>,
        /// Abbreviated name of the address component
        #[serde(
            rename = "short_name",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub short_name: Option<String>,
        /// Address component types
        #[serde(rename = "types", default, skip_serializing_if = "Option::is_none")]
        pub types: Option<Vec<String>>,
    }

    /// `GoogleGeoLocationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GoogleGeoLocationDto {
        /// Geo target constant resource name
        #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
        pub key: Option<String>,
        /// Location identifier (place_id)
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Location display name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Country name
        #[serde(
            rename = "country_name",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub country_name: Option<String>,
        /// Location type (city, region, country, address, etc.)
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Radius for proximity targeting
        #[serde(rename = "radius", default, skip_serializing_if = "Option::is_none")]
        pub radius: Option<f64>,
        /// Radius unit
        ///
        /// One of: `"km"`, `"mi"`.
        #[serde(
            rename = "radiusUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub radius_unit: Option<String>,
        /// Include or exclude this location
        ///
        /// One of: `"include"`, `"exclude"`.
        #[serde(
            rename = "selectionType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub selection_type: Option<String>,
        /// Google Ads resource name
        #[serde(
            rename = "resourceName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub resource_name: Option<String>,
        /// Google place ID
        #[serde(rename = "place_id", default, skip_serializing_if = "Option::is_none")]
        pub place_id: Option<String>,
        /// Full formatted address string
        #[serde(
            rename = "formatted_address",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub formatted_address: Option<String>,
        /// Geometry data from Google Geocoding API
        #[serde(rename = "geometry", default, skip_serializing_if = "Option::is_none")]
        pub geometry: Option<crate::apps::ad_manager::models::GeoGeometryDto>,
        /// Address components from Google Geocoding API
        #[serde(
            rename = "address_components",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub address_components:
            Option<Vec<crate::apps::ad_manager::models::GeoAddressComponentDto>>,
    }

    /// `GoogleLocaleDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GoogleLocaleDto {
        /// Language display name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Language key
        #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
        pub key: Option<String>,
        /// Language identifier
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Language resource name
        #[serde(
            rename = "resourceName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub resource_name: Option<String>,
    }

    /// `GoogleDemographicTargetDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GoogleDemographicTargetDto {
        /// Demographic enum value
        ///
        /// Required by the spec.
        #[serde(rename = "enum", default, skip_serializing_if = "Option::is_none")]
        pub r#enum: Option<String>,
        /// Whether this is a negative target
        ///
        /// Required by the spec.
        #[serde(rename = "negative", default, skip_serializing_if = "Option::is_none")]
        pub negative: Option<bool>,
    }

    impl GoogleDemographicTargetDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(r#enum: impl Into<String>, negative: bool) -> Self {
            Self {
                r#enum: Some(r#enum.into()),
                negative: Some(negative),
                ..Self::default()
            }
        }
    }

    /// `GoogleSegmentTargetDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GoogleSegmentTargetDto {
        /// Segment type
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Segment identifier
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
    }

    impl GoogleSegmentTargetDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(r#type: impl Into<String>, id: impl Into<String>) -> Self {
            Self {
                r#type: Some(r#type.into()),
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `GoogleTargetInterestsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GoogleTargetInterestsDto {
        /// Affinity audience IDs
        #[serde(rename = "affinity", default, skip_serializing_if = "Option::is_none")]
        pub affinity: Option<Vec<String>>,
        /// In-market audience IDs
        #[serde(rename = "inMarket", default, skip_serializing_if = "Option::is_none")]
        pub in_market: Option<Vec<String>>,
    }

    /// `GoogleCampaignAudienceDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GoogleCampaignAudienceDto {
        /// Geo-location targeting
        #[serde(
            rename = "geo_locations",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub geo_locations: Option<Vec<crate::apps::ad_manager::models::GoogleGeoLocationDto>>,
        /// Language/locale targeting
        #[serde(rename = "locales", default, skip_serializing_if = "Option::is_none")]
        pub locales: Option<Vec<crate::apps::ad_manager::models::GoogleLocaleDto>>,
        /// Gender targeting
        #[serde(rename = "gender", default, skip_serializing_if = "Option::is_none")]
        pub gender: Option<Vec<crate::apps::ad_manager::models::GoogleDemographicTargetDto>>,
        /// Age range targeting
        #[serde(rename = "ageRange", default, skip_serializing_if = "Option::is_none")]
        pub age_range: Option<Vec<crate::apps::ad_manager::models::GoogleDemographicTargetDto>>,
        /// Audience segment targeting
        #[serde(rename = "segments", default, skip_serializing_if = "Option::is_none")]
        pub segments: Option<Vec<crate::apps::ad_manager::models::GoogleSegmentTargetDto>>,
        /// Interest-based targeting
        #[serde(
            rename = "targetInterests",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub target_interests: Option<crate::apps::ad_manager::models::GoogleTargetInterestsDto>,
    }

    /// `GoogleNetworkSettingsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GoogleNetworkSettingsDto {
        /// Target Google Search Network
        ///
        /// Required by the spec.
        #[serde(
            rename = "targetSearchNetwork",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub target_search_network: Option<bool>,
        /// Target Google Display Network
        ///
        /// Required by the spec.
        #[serde(
            rename = "targetContentNetwork",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub target_content_network: Option<bool>,
    }

    impl GoogleNetworkSettingsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(target_search_network: bool, target_content_network: bool) -> Self {
            Self {
                target_search_network: Some(target_search_network),
                target_content_network: Some(target_content_network),
                ..Self::default()
            }
        }
    }

    /// `GoogleBiddingStrategyDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GoogleBiddingStrategyDto {
        /// Bidding strategy type
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Bid value in micros
        #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
        pub value: Option<f64>,
    }

    /// `GoogleAssetImageDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GoogleAssetImageDto {
        /// Image URL
        ///
        /// Required by the spec.
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// Google Ads resource name
        #[serde(
            rename = "resourceName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub resource_name: Option<String>,
        /// Asset name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Error message if asset upload failed
        #[serde(rename = "error", default, skip_serializing_if = "Option::is_none")]
        pub error: Option<String>,
    }

    impl GoogleAssetImageDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(url: impl Into<String>) -> Self {
            Self {
                url: Some(url.into()),
                ..Self::default()
            }
        }
    }

    /// `GoogleAssetsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GoogleAssetsDto {
        /// Call extension asset resource names
        #[serde(rename = "calls", default, skip_serializing_if = "Option::is_none")]
        pub calls: Option<Vec<String>>,
        /// Sitelink asset resource names
        #[serde(rename = "sitelinks", default, skip_serializing_if = "Option::is_none")]
        pub sitelinks: Option<Vec<String>>,
        /// Lead form asset resource name
        #[serde(rename = "leadForm", default, skip_serializing_if = "Option::is_none")]
        pub lead_form: Option<String>,
        /// Image assets
        #[serde(rename = "images", default, skip_serializing_if = "Option::is_none")]
        pub images: Option<Vec<crate::apps::ad_manager::models::GoogleAssetImageDto>>,
        /// Business logo asset
        #[serde(
            rename = "businessLogo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_logo: Option<crate::apps::ad_manager::models::GoogleAssetImageDto>,
    }

    /// `GoogleMediaDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GoogleMediaDto {
        /// Media type
        ///
        /// One of: `"IMAGE"`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Media source URL
        #[serde(rename = "src", default, skip_serializing_if = "Option::is_none")]
        pub src: Option<String>,
        /// Is logo flag
        #[serde(rename = "isLogo", default, skip_serializing_if = "Option::is_none")]
        pub is_logo: Option<bool>,
        /// Error message if media failed
        #[serde(rename = "error", default, skip_serializing_if = "Option::is_none")]
        pub error: Option<String>,
        /// Public URL of the media
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// Image type classification
        #[serde(rename = "imageType", default, skip_serializing_if = "Option::is_none")]
        pub image_type: Option<String>,
    }

    /// `GoogleYouTubeVideoLinkDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GoogleYouTubeVideoLinkDto {
        /// YouTube video ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "youtubeVideoId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub youtube_video_id: Option<String>,
    }

    impl GoogleYouTubeVideoLinkDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(youtube_video_id: impl Into<String>) -> Self {
            Self {
                youtube_video_id: Some(youtube_video_id.into()),
                ..Self::default()
            }
        }
    }

    /// `GoogleCarouselCardDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GoogleCarouselCardDto {
        /// Card headline
        #[serde(rename = "headline", default, skip_serializing_if = "Option::is_none")]
        pub headline: Option<String>,
        /// Card final URL
        #[serde(rename = "finalUrl", default, skip_serializing_if = "Option::is_none")]
        pub final_url: Option<String>,
        /// Call to action label
        #[serde(
            rename = "callToActionLabel",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub call_to_action_label: Option<String>,
        /// Card media items
        #[serde(rename = "media", default, skip_serializing_if = "Option::is_none")]
        pub media: Option<Vec<crate::apps::ad_manager::models::GoogleMediaDto>>,
    }

    /// `GoogleAdContentDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GoogleAdContentDto {
        /// Ad identifier
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Ad name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Media type
        ///
        /// One of: `"IMAGE"`, `"VIDEO"`, `"CAROUSEL"`.
        #[serde(rename = "mediaType", default, skip_serializing_if = "Option::is_none")]
        pub media_type: Option<String>,
        /// Ad headlines
        #[serde(rename = "headlines", default, skip_serializing_if = "Option::is_none")]
        pub headlines: Option<Vec<String>>,
        /// Long headlines
        #[serde(
            rename = "longHeadlines",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub long_headlines: Option<Vec<String>>,
        /// Ad descriptions
        #[serde(
            rename = "descriptions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub descriptions: Option<Vec<String>>,
        /// Final URL
        #[serde(rename = "finalUrl", default, skip_serializing_if = "Option::is_none")]
        pub final_url: Option<String>,
        /// Display path 1
        #[serde(rename = "path1", default, skip_serializing_if = "Option::is_none")]
        pub path1: Option<String>,
        /// Display path 2
        #[serde(rename = "path2", default, skip_serializing_if = "Option::is_none")]
        pub path2: Option<String>,
        /// Whether the ad is soft-deleted
        #[serde(rename = "isDeleted", default, skip_serializing_if = "Option::is_none")]
        pub is_deleted: Option<bool>,
        /// Ad-level error message from Google
        #[serde(rename = "adError", default, skip_serializing_if = "Option::is_none")]
        pub ad_error: Option<String>,
        /// Ad publishing status
        ///
        /// One of: `"DRAFT"`, `"SCHEDULED"`, `"PUBLISHED"`, `"PUBLISHING"`, `"FAILED"`, `"IN_REVIEW"`, `"PAUSED"`, `"ARCHIVED"`, `"WITH_ISSUES"`, `"REJECTED"`.
        #[serde(
            rename = "publishingStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub publishing_status: Option<String>,
        /// Internal ad identifier
        #[serde(rename = "adId", default, skip_serializing_if = "Option::is_none")]
        pub ad_id: Option<String>,
        /// Ad campaign identifier
        #[serde(
            rename = "adCampaignId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ad_campaign_id: Option<String>,
        /// Ad group identifier
        #[serde(rename = "adGroupId", default, skip_serializing_if = "Option::is_none")]
        pub ad_group_id: Option<String>,
        /// Google Ads ad resource ID
        #[serde(
            rename = "googleAdId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub google_ad_id: Option<String>,
        /// Ad media items
        #[serde(rename = "media", default, skip_serializing_if = "Option::is_none")]
        pub media: Option<Vec<crate::apps::ad_manager::models::GoogleMediaDto>>,
        /// Call to action label
        ///
        /// One of: `"AUTOMATED"`, `"LEARN_MORE"`, `"GET_QUOTE"`, `"APPLY_NOW"`, `"SIGN_UP"`, `"CONTACT_US"`, `"SUBSCRIBE"`, `"DOWNLOAD"`, `"BOOK_NOW"`, `"SHOP_NOW"`, `"BUY_NOW"`, `"DONATE_NOW"`, `"ORDER_NOW"`, `"PLAY_NOW"`, `"SEE_MORE"`.
        #[serde(
            rename = "callToActionLabel",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub call_to_action_label: Option<String>,
        /// Business name
        #[serde(
            rename = "businessName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_name: Option<String>,
        /// YouTube video links
        #[serde(
            rename = "youtubeVideoLinks",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub youtube_video_links:
            Option<Vec<crate::apps::ad_manager::models::GoogleYouTubeVideoLinkDto>>,
        /// Carousel cards
        #[serde(
            rename = "carouselCards",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub carousel_cards: Option<Vec<crate::apps::ad_manager::models::GoogleCarouselCardDto>>,
        /// Channel placements
        #[serde(
            rename = "placements",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub placements: Option<Vec<String>>,
        /// Custom channels flag
        #[serde(
            rename = "customChannels",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_channels: Option<bool>,
    }

    /// `GoogleKeywordItemDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GoogleKeywordItemDto {
        /// Keyword text
        ///
        /// Required by the spec.
        #[serde(rename = "keyword", default, skip_serializing_if = "Option::is_none")]
        pub keyword: Option<String>,
        /// Match type (BROAD, PHRASE, EXACT)
        ///
        /// Required by the spec.
        #[serde(rename = "matchType", default, skip_serializing_if = "Option::is_none")]
        pub match_type: Option<String>,
    }

    impl GoogleKeywordItemDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(keyword: impl Into<String>, match_type: impl Into<String>) -> Self {
            Self {
                keyword: Some(keyword.into()),
                match_type: Some(match_type.into()),
                ..Self::default()
            }
        }
    }

    /// `GoogleKeywordsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GoogleKeywordsDto {
        /// Positive keywords
        #[serde(rename = "positives", default, skip_serializing_if = "Option::is_none")]
        pub positives: Option<Vec<crate::apps::ad_manager::models::GoogleKeywordItemDto>>,
        /// Negative keywords
        #[serde(rename = "negatives", default, skip_serializing_if = "Option::is_none")]
        pub negatives: Option<Vec<crate::apps::ad_manager::models::GoogleKeywordItemDto>>,
    }

    /// `GoogleAdGroupAudienceDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GoogleAdGroupAudienceDto {
        /// Geo-location targeting
        #[serde(
            rename = "geo_locations",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub geo_locations: Option<Vec<crate::apps::ad_manager::models::GoogleGeoLocationDto>>,
        /// Language/locale targeting
        #[serde(rename = "locales", default, skip_serializing_if = "Option::is_none")]
        pub locales: Option<Vec<crate::apps::ad_manager::models::GoogleLocaleDto>>,
    }

    /// `GoogleAdGroupDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GoogleAdGroupDto {
        /// Ad group identifier
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Google ad group identifier
        #[serde(rename = "adGroupId", default, skip_serializing_if = "Option::is_none")]
        pub ad_group_id: Option<String>,
        /// Ad group name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Ad campaign identifier
        #[serde(
            rename = "adCampaignId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ad_campaign_id: Option<String>,
        /// Ad content items
        #[serde(rename = "adContent", default, skip_serializing_if = "Option::is_none")]
        pub ad_content: Option<Vec<crate::apps::ad_manager::models::GoogleAdContentDto>>,
        /// Keyword targeting
        #[serde(rename = "keywords", default, skip_serializing_if = "Option::is_none")]
        pub keywords: Option<crate::apps::ad_manager::models::GoogleKeywordsDto>,
        /// Ad group publishing status
        ///
        /// One of: `"DRAFT"`, `"SCHEDULED"`, `"PUBLISHED"`, `"PUBLISHING"`, `"FAILED"`, `"IN_REVIEW"`, `"PAUSED"`, `"ARCHIVED"`, `"WITH_ISSUES"`, `"REJECTED"`.
        #[serde(
            rename = "publishingStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub publishing_status: Option<String>,
        /// Ad group-level error from Google
        #[serde(
            rename = "adGroupError",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ad_group_error: Option<String>,
        /// Google Ads ad group resource ID
        #[serde(
            rename = "googleAdGroupId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub google_ad_group_id: Option<String>,
        /// Custom channels flag
        #[serde(
            rename = "customChannels",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_channels: Option<bool>,
        /// Selected channel placements
        #[serde(
            rename = "selectedChannels",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub selected_channels: Option<Vec<String>>,
        /// Google audience resource ID
        #[serde(
            rename = "googleAudienceId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub google_audience_id: Option<String>,
        /// Ad group audience targeting
        #[serde(rename = "audience", default, skip_serializing_if = "Option::is_none")]
        pub audience: Option<crate::apps::ad_manager::models::GoogleAdGroupAudienceDto>,
    }

    /// `GoogleCampaignGoalDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GoogleCampaignGoalDto {
        /// Campaign goal type
        ///
        /// One of: `"CONVERSIONS"`, `"CLICK"`, `"YOUTUBE_ENGAGEMENT"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Goal value (e.g. conversion action resource name)
        #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
        pub value: Option<String>,
        /// Whether this is a custom conversion goal
        #[serde(
            rename = "isCustomConversionGoal",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_custom_conversion_goal: Option<bool>,
    }

    impl GoogleCampaignGoalDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(r#type: impl Into<String>) -> Self {
            Self {
                r#type: Some(r#type.into()),
                ..Self::default()
            }
        }
    }

    /// `GoogleAdScheduleDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GoogleAdScheduleDto {
        /// Day of week
        ///
        /// One of: `"FRIDAY"`, `"MONDAY"`, `"SATURDAY"`, `"SUNDAY"`, `"THURSDAY"`, `"TUESDAY"`, `"UNKNOWN"`, `"UNSPECIFIED"`, `"WEDNESDAY"`, `"ALL_DAYS"`, `"MONDAY_TO_FRIDAY"`, `"SATURDAY_AND_SUNDAY"`.
        ///
        /// Required by the spec.
        #[serde(rename = "dayOfWeek", default, skip_serializing_if = "Option::is_none")]
        pub day_of_week: Option<String>,
        /// Start time (HH:MM)
        ///
        /// Required by the spec.
        #[serde(rename = "from", default, skip_serializing_if = "Option::is_none")]
        pub from: Option<String>,
        /// End time (HH:MM)
        ///
        /// Required by the spec.
        #[serde(rename = "to", default, skip_serializing_if = "Option::is_none")]
        pub to: Option<String>,
    }

    impl GoogleAdScheduleDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            day_of_week: impl Into<String>,
            from: impl Into<String>,
            to: impl Into<String>,
        ) -> Self {
            Self {
                day_of_week: Some(day_of_week.into()),
                from: Some(from.into()),
                to: Some(to.into()),
                ..Self::default()
            }
        }
    }

    /// `CampaignDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CampaignDto {
        /// Campaign identifier
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Campaign name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Location identifier
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Advertising channel
        ///
        /// One of: `"SEARCH"`, `"DISCOVERY"`, `"DISPLAY"`, `"HOTEL"`, `"LOCAL"`, `"MULTI_CHANNEL"`, `"PERFORMANCE_MAX"`, `"DEMAND_GEN"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "advertisingChannelType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub advertising_channel_type: Option<String>,
        /// Channel sub type
        ///
        /// One of: `"DEMAND_GEN"`.
        #[serde(
            rename = "advertisingChannelSubType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub advertising_channel_sub_type: Option<String>,
        /// Goal type
        ///
        /// One of: `"WEBSITE_TRAFFIC"`, `"LEAD"`.
        #[serde(rename = "goalType", default, skip_serializing_if = "Option::is_none")]
        pub goal_type: Option<String>,
        /// Campaign budget
        #[serde(rename = "budget", default, skip_serializing_if = "Option::is_none")]
        pub budget: Option<crate::apps::ad_manager::models::GoogleBudgetDto>,
        /// Campaign audience targeting
        #[serde(rename = "audience", default, skip_serializing_if = "Option::is_none")]
        pub audience: Option<crate::apps::ad_manager::models::GoogleCampaignAudienceDto>,
        /// Network settings
        #[serde(
            rename = "networkSettings",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub network_settings: Option<crate::apps::ad_manager::models::GoogleNetworkSettingsDto>,
        /// Bidding strategy config
        #[serde(
            rename = "biddingStrategy",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub bidding_strategy: Option<crate::apps::ad_manager::models::GoogleBiddingStrategyDto>,
        /// Campaign assets
        #[serde(rename = "assets", default, skip_serializing_if = "Option::is_none")]
        pub assets: Option<crate::apps::ad_manager::models::GoogleAssetsDto>,
        /// EU political ads flag
        #[serde(
            rename = "isEuPoliticalAds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_eu_political_ads: Option<bool>,
        /// Campaign ad groups
        #[serde(rename = "adGroups", default, skip_serializing_if = "Option::is_none")]
        pub ad_groups: Option<Vec<crate::apps::ad_manager::models::GoogleAdGroupDto>>,
        /// Campaign goal config
        #[serde(
            rename = "campaignGoal",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub campaign_goal: Option<crate::apps::ad_manager::models::GoogleCampaignGoalDto>,
        /// Ad schedule rules
        #[serde(
            rename = "adSchedule",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ad_schedule: Option<Vec<crate::apps::ad_manager::models::GoogleAdScheduleDto>>,
        /// Publishing status
        ///
        /// One of: `"DRAFT"`, `"SCHEDULED"`, `"PUBLISHED"`, `"PUBLISHING"`, `"FAILED"`, `"IN_REVIEW"`, `"PAUSED"`, `"ARCHIVED"`, `"WITH_ISSUES"`, `"REJECTED"`.
        #[serde(
            rename = "publishingStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub publishing_status: Option<String>,
        /// Google Ad account identifier
        #[serde(
            rename = "googleAdAccountId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub google_ad_account_id: Option<String>,
        /// Whether the campaign has unpublished changes
        #[serde(
            rename = "unpublishedChanges",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub unpublished_changes: Option<bool>,
        /// Maximum CPC bid in micros
        #[serde(
            rename = "maximumCpc",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub maximum_cpc: Option<f64>,
        /// Google Ads campaign resource ID
        #[serde(
            rename = "googleCampaignId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub google_campaign_id: Option<String>,
        /// Traffic source
        #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
        pub source: Option<String>,
        /// Advanced options
        #[serde(
            rename = "advancedOptions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub advanced_options: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl CampaignDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            name: impl Into<String>,
            location_id: impl Into<String>,
            advertising_channel_type: impl Into<String>,
        ) -> Self {
            Self {
                name: Some(name.into()),
                location_id: Some(location_id.into()),
                advertising_channel_type: Some(advertising_channel_type.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateLinkedinIntegrationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateLinkedinIntegrationDto {
        /// Location identifier
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Ad account identifier
        ///
        /// Required by the spec.
        #[serde(
            rename = "adAccountId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ad_account_id: Option<String>,
        /// Ad account name
        ///
        /// Required by the spec.
        #[serde(
            rename = "adAccountName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ad_account_name: Option<String>,
        /// Currency code
        ///
        /// Required by the spec.
        #[serde(
            rename = "currencyCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub currency_code: Option<String>,
        /// Organization identifier
        ///
        /// Required by the spec.
        #[serde(
            rename = "organizationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub organization_id: Option<String>,
    }

    impl CreateLinkedinIntegrationDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            ad_account_id: impl Into<String>,
            ad_account_name: impl Into<String>,
            currency_code: impl Into<String>,
            organization_id: impl Into<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                ad_account_id: Some(ad_account_id.into()),
                ad_account_name: Some(ad_account_name.into()),
                currency_code: Some(currency_code.into()),
                organization_id: Some(organization_id.into()),
                ..Self::default()
            }
        }
    }

    /// `LinkedInBudgetDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LinkedInBudgetDto {
        /// One of: `"DAILY"`, `"LIFETIME"`.
        #[serde(
            rename = "budgetType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub budget_type: Option<String>,
        /// `amount`.
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// Schedule start date (ISO 8601)
        #[serde(
            rename = "scheduleStartDate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub schedule_start_date: Option<String>,
        /// Schedule end date (ISO 8601)
        #[serde(
            rename = "scheduleEndDate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub schedule_end_date: Option<String>,
    }

    /// `LocaleDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LocaleDto {
        /// Country code
        ///
        /// Required by the spec.
        #[serde(rename = "country", default, skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
        /// Language code
        ///
        /// Required by the spec.
        #[serde(rename = "language", default, skip_serializing_if = "Option::is_none")]
        pub language: Option<String>,
    }

    impl LocaleDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(country: impl Into<String>, language: impl Into<String>) -> Self {
            Self {
                country: Some(country.into()),
                language: Some(language.into()),
                ..Self::default()
            }
        }
    }

    /// `GeoLocationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GeoLocationDto {
        /// Location display name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Location URN
        ///
        /// Required by the spec.
        #[serde(rename = "urn", default, skip_serializing_if = "Option::is_none")]
        pub urn: Option<String>,
        /// Facet URN
        ///
        /// Required by the spec.
        #[serde(rename = "facetUrn", default, skip_serializing_if = "Option::is_none")]
        pub facet_urn: Option<String>,
        /// Selection type
        ///
        /// One of: `"include"`, `"exclude"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "selectionType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub selection_type: Option<String>,
    }

    impl GeoLocationDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            name: impl Into<String>,
            urn: impl Into<String>,
            facet_urn: impl Into<String>,
            selection_type: impl Into<String>,
        ) -> Self {
            Self {
                name: Some(name.into()),
                urn: Some(urn.into()),
                facet_urn: Some(facet_urn.into()),
                selection_type: Some(selection_type.into()),
                ..Self::default()
            }
        }
    }

    /// `SelectedAttributeDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SelectedAttributeDto {
        /// Targeting attribute URN
        ///
        /// Required by the spec.
        #[serde(rename = "urn", default, skip_serializing_if = "Option::is_none")]
        pub urn: Option<String>,
        /// Display name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Category name
        ///
        /// Required by the spec.
        #[serde(
            rename = "categoryName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub category_name: Option<String>,
        /// Facet identifier
        ///
        /// Required by the spec.
        #[serde(rename = "facet", default, skip_serializing_if = "Option::is_none")]
        pub facet: Option<String>,
    }

    impl SelectedAttributeDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            urn: impl Into<String>,
            name: impl Into<String>,
            category_name: impl Into<String>,
            facet: impl Into<String>,
        ) -> Self {
            Self {
                urn: Some(urn.into()),
                name: Some(name.into()),
                category_name: Some(category_name.into()),
                facet: Some(facet.into()),
                ..Self::default()
            }
        }
    }

    /// `TargetAudienceDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TargetAudienceDto {
        /// Included targeting attributes (groups of ANDed attributes, ORed together)
        #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
        pub include: Option<Vec<Vec<crate::apps::ad_manager::models::SelectedAttributeDto>>>,
        /// Excluded targeting attributes
        #[serde(rename = "exclude", default, skip_serializing_if = "Option::is_none")]
        pub exclude: Option<Vec<Vec<crate::apps::ad_manager::models::SelectedAttributeDto>>>,
    }

    /// `AudienceDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AudienceDto {
        /// Geographic location targets
        #[serde(
            rename = "geo_locations",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub geo_locations: Option<Vec<crate::apps::ad_manager::models::GeoLocationDto>>,
        /// Target audience attribute selections
        #[serde(
            rename = "targetAudience",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub target_audience: Option<crate::apps::ad_manager::models::TargetAudienceDto>,
    }

    /// `UnitCostDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UnitCostDto {
        /// Bid amount in currency minor units
        ///
        /// Required by the spec.
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
    }

    impl UnitCostDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(amount: f64) -> Self {
            Self {
                amount: Some(amount),
                ..Self::default()
            }
        }
    }

    /// `LinkedInMediaDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LinkedInMediaDto {
        /// Media type
        ///
        /// One of: `"video"`, `"image"`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Media source URL
        #[serde(rename = "src", default, skip_serializing_if = "Option::is_none")]
        pub src: Option<String>,
        /// Video frame URLs
        #[serde(rename = "frames", default, skip_serializing_if = "Option::is_none")]
        pub frames: Option<Vec<String>>,
        /// Selected poster frame index
        #[serde(
            rename = "selectedPoster",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub selected_poster: Option<f64>,
        /// Thumbnail URL
        #[serde(
            rename = "thumbnailUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub thumbnail_url: Option<String>,
        /// Media name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Media headline
        #[serde(rename = "headline", default, skip_serializing_if = "Option::is_none")]
        pub headline: Option<String>,
        /// Click-through destination URL
        #[serde(
            rename = "destinationUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub destination_url: Option<String>,
        /// File size in bytes
        #[serde(
            rename = "fileSizeBytes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub file_size_bytes: Option<f64>,
    }

    /// `LinkedInAdDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LinkedInAdDto {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `introductoryText`.
        #[serde(
            rename = "introductoryText",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub introductory_text: Option<String>,
        /// `destinationUrl`.
        #[serde(
            rename = "destinationUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub destination_url: Option<String>,
        /// `callToActionLabel`.
        #[serde(
            rename = "callToActionLabel",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub call_to_action_label: Option<String>,
        /// `destinationFormId`.
        #[serde(
            rename = "destinationFormId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub destination_form_id: Option<String>,
        /// `contentReferenceString`.
        #[serde(
            rename = "contentReferenceString",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub content_reference_string: Option<String>,
        /// `media`.
        #[serde(rename = "media", default, skip_serializing_if = "Option::is_none")]
        pub media: Option<Vec<crate::apps::ad_manager::models::LinkedInMediaDto>>,
        /// `adCampaignId`.
        #[serde(
            rename = "adCampaignId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ad_campaign_id: Option<String>,
        /// `adId`.
        #[serde(rename = "adId", default, skip_serializing_if = "Option::is_none")]
        pub ad_id: Option<String>,
        /// `headline`.
        #[serde(rename = "headline", default, skip_serializing_if = "Option::is_none")]
        pub headline: Option<String>,
        /// One of: `"DRAFT"`, `"SCHEDULED"`, `"PUBLISHED"`, `"PUBLISHING"`, `"FAILED"`, `"IN_REVIEW"`, `"PAUSED"`, `"ARCHIVED"`, `"WITH_ISSUES"`, `"REJECTED"`.
        #[serde(
            rename = "publishingStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub publishing_status: Option<String>,
        /// `adCampaignGroupId`.
        #[serde(
            rename = "adCampaignGroupId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ad_campaign_group_id: Option<String>,
        /// `description`.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// `meta`.
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<serde_json::Map<String, serde_json::Value>>,
        /// LinkedIn API error message
        #[serde(
            rename = "linkedInError",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub linked_in_error: Option<String>,
    }

    /// `AdCampaignDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AdCampaignDto {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Campaign locale
        #[serde(rename = "locale", default, skip_serializing_if = "Option::is_none")]
        pub locale: Option<crate::apps::ad_manager::models::LocaleDto>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// One of: `"DRAFT"`, `"SCHEDULED"`, `"PUBLISHED"`, `"PUBLISHING"`, `"FAILED"`, `"IN_REVIEW"`, `"PAUSED"`, `"ARCHIVED"`, `"WITH_ISSUES"`, `"REJECTED"`.
        #[serde(
            rename = "publishingStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub publishing_status: Option<String>,
        /// Campaign audience targeting
        ///
        /// One of: `"STANDARD_UPDATE"`, `"SINGLE_VIDEO"`, `"CAROUSEL"`.
        #[serde(rename = "mediaType", default, skip_serializing_if = "Option::is_none")]
        pub media_type: Option<String>,
        /// Campaign audience targeting
        #[serde(rename = "audience", default, skip_serializing_if = "Option::is_none")]
        pub audience: Option<crate::apps::ad_manager::models::AudienceDto>,
        /// Bid unit cost
        #[serde(rename = "unitCost", default, skip_serializing_if = "Option::is_none")]
        pub unit_cost: Option<crate::apps::ad_manager::models::UnitCostDto>,
        /// `campaignType`.
        #[serde(
            rename = "campaignType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub campaign_type: Option<String>,
        /// `adCampaignGroupId`.
        #[serde(
            rename = "adCampaignGroupId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ad_campaign_group_id: Option<String>,
        /// `adCampaignId`.
        #[serde(
            rename = "adCampaignId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ad_campaign_id: Option<String>,
        /// `ads`.
        #[serde(rename = "ads", default, skip_serializing_if = "Option::is_none")]
        pub ads: Option<Vec<crate::apps::ad_manager::models::LinkedInAdDto>>,
        /// LinkedIn API error message
        #[serde(
            rename = "linkedInError",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub linked_in_error: Option<String>,
        /// `meta`.
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    }

    /// `AdCampaignGroupDataDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AdCampaignGroupDataDto {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
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
        /// `budget`.
        #[serde(rename = "budget", default, skip_serializing_if = "Option::is_none")]
        pub budget: Option<crate::apps::ad_manager::models::LinkedInBudgetDto>,
        /// `adCampaigns`.
        #[serde(
            rename = "adCampaigns",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ad_campaigns: Option<Vec<crate::apps::ad_manager::models::AdCampaignDto>>,
        /// One of: `"MAXIMUM_DELIVERY"`, `"COST_CAP"`.
        #[serde(
            rename = "adBudgetOptimization",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ad_budget_optimization: Option<String>,
        /// One of: `"LEAD_GENERATION"`, `"WEBSITE_VISIT"`.
        #[serde(
            rename = "objectiveType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub objective_type: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `adCampaignGroupId`.
        #[serde(
            rename = "adCampaignGroupId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ad_campaign_group_id: Option<String>,
        /// One of: `"DRAFT"`, `"SCHEDULED"`, `"PUBLISHED"`, `"PUBLISHING"`, `"FAILED"`, `"IN_REVIEW"`, `"PAUSED"`, `"ARCHIVED"`, `"WITH_ISSUES"`, `"REJECTED"`.
        #[serde(
            rename = "publishingStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub publishing_status: Option<String>,
        /// `linkedInAdAccountId`.
        #[serde(
            rename = "linkedInAdAccountId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub linked_in_ad_account_id: Option<String>,
        /// `unpublishedChanges`.
        #[serde(
            rename = "unpublishedChanges",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub unpublished_changes: Option<bool>,
        /// `meta`.
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<serde_json::Map<String, serde_json::Value>>,
        /// `linkedInError`.
        #[serde(
            rename = "linkedInError",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub linked_in_error: Option<String>,
    }

    impl AdCampaignGroupDataDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_id: impl Into<String>) -> Self {
            Self {
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `SponsoredAccountOwnerDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SponsoredAccountOwnerDto {
        /// Sponsored account URN
        ///
        /// Required by the spec.
        #[serde(
            rename = "sponsoredAccount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sponsored_account: Option<String>,
    }

    impl SponsoredAccountOwnerDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(sponsored_account: impl Into<String>) -> Self {
            Self {
                sponsored_account: Some(sponsored_account.into()),
                ..Self::default()
            }
        }
    }

    /// `CreationLocaleDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreationLocaleDto {
        /// Country code
        ///
        /// Required by the spec.
        #[serde(rename = "country", default, skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
        /// Language code
        ///
        /// Required by the spec.
        #[serde(rename = "language", default, skip_serializing_if = "Option::is_none")]
        pub language: Option<String>,
    }

    impl CreationLocaleDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(country: impl Into<String>, language: impl Into<String>) -> Self {
            Self {
                country: Some(country.into()),
                language: Some(language.into()),
                ..Self::default()
            }
        }
    }

    /// `LocalizedStringDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LocalizedStringDto {
        /// Locale-keyed string map
        ///
        /// Required by the spec.
        #[serde(rename = "localized", default, skip_serializing_if = "Option::is_none")]
        pub localized: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl LocalizedStringDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(localized: serde_json::Map<String, serde_json::Value>) -> Self {
            Self {
                localized: Some(localized),
                ..Self::default()
            }
        }
    }

    /// `MultipleChoiceOptionDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct MultipleChoiceOptionDto {
        /// Option ID
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<f64>,
        /// Option text
        ///
        /// Required by the spec.
        #[serde(rename = "text", default, skip_serializing_if = "Option::is_none")]
        pub text: Option<crate::apps::ad_manager::models::LocalizedStringDto>,
    }

    impl MultipleChoiceOptionDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: f64, text: crate::apps::ad_manager::models::LocalizedStringDto) -> Self {
            Self {
                id: Some(id),
                text: Some(text),
                ..Self::default()
            }
        }
    }

    /// `MultipleChoiceQuestionDetailsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct MultipleChoiceQuestionDetailsDto {
        /// Choice options
        ///
        /// Required by the spec.
        #[serde(rename = "options", default, skip_serializing_if = "Option::is_none")]
        pub options: Option<Vec<crate::apps::ad_manager::models::MultipleChoiceOptionDto>>,
    }

    impl MultipleChoiceQuestionDetailsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(options: Vec<crate::apps::ad_manager::models::MultipleChoiceOptionDto>) -> Self {
            Self {
                options: Some(options),
                ..Self::default()
            }
        }
    }

    /// `QuestionDetailsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct QuestionDetailsDto {
        /// Text question details (empty object for text questions)
        #[serde(
            rename = "textQuestionDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub text_question_details: Option<serde_json::Map<String, serde_json::Value>>,
        /// Multiple choice question details
        #[serde(
            rename = "multipleChoiceQuestionDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub multiple_choice_question_details:
            Option<crate::apps::ad_manager::models::MultipleChoiceQuestionDetailsDto>,
    }

    /// `LeadFormQuestionDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LeadFormQuestionDto {
        /// Question text
        ///
        /// Required by the spec.
        #[serde(rename = "question", default, skip_serializing_if = "Option::is_none")]
        pub question: Option<crate::apps::ad_manager::models::LocalizedStringDto>,
        /// Question field name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Question type details
        ///
        /// Required by the spec.
        #[serde(
            rename = "questionDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub question_details: Option<crate::apps::ad_manager::models::QuestionDetailsDto>,
        /// Predefined field identifier
        #[serde(
            rename = "predefinedField",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub predefined_field: Option<String>,
    }

    impl LeadFormQuestionDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            question: crate::apps::ad_manager::models::LocalizedStringDto,
            name: impl Into<String>,
            question_details: crate::apps::ad_manager::models::QuestionDetailsDto,
        ) -> Self {
            Self {
                question: Some(question),
                name: Some(name.into()),
                question_details: Some(question_details),
                ..Self::default()
            }
        }
    }

    /// `PostSubmissionCallToActionTargetDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PostSubmissionCallToActionTargetDto {
        /// Landing page URL
        ///
        /// Required by the spec.
        #[serde(
            rename = "landingPageUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub landing_page_url: Option<String>,
    }

    impl PostSubmissionCallToActionTargetDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(landing_page_url: impl Into<String>) -> Self {
            Self {
                landing_page_url: Some(landing_page_url.into()),
                ..Self::default()
            }
        }
    }

    /// `PostSubmissionCallToActionDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PostSubmissionCallToActionDto {
        /// Call to action target
        ///
        /// Required by the spec.
        #[serde(
            rename = "callToActionTarget",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub call_to_action_target:
            Option<crate::apps::ad_manager::models::PostSubmissionCallToActionTargetDto>,
        /// Call to action label
        ///
        /// One of: `"VISIT_COMPANY_WEBSITE"`, `"DOWNLOAD_NOW"`, `"TRY_NOW"`, `"VIEW_NOW"`, `"LEARN_MORE"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "callToActionLabel",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub call_to_action_label: Option<String>,
    }

    impl PostSubmissionCallToActionDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            call_to_action_target: crate::apps::ad_manager::models::PostSubmissionCallToActionTargetDto,
            call_to_action_label: impl Into<String>,
        ) -> Self {
            Self {
                call_to_action_target: Some(call_to_action_target),
                call_to_action_label: Some(call_to_action_label.into()),
                ..Self::default()
            }
        }
    }

    /// `PostSubmissionInfoDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PostSubmissionInfoDto {
        /// Thank-you message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<crate::apps::ad_manager::models::LocalizedStringDto>,
        /// Post-submission call to action
        ///
        /// Required by the spec.
        #[serde(
            rename = "callToAction",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub call_to_action: Option<crate::apps::ad_manager::models::PostSubmissionCallToActionDto>,
    }

    impl PostSubmissionInfoDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            message: crate::apps::ad_manager::models::LocalizedStringDto,
            call_to_action: crate::apps::ad_manager::models::PostSubmissionCallToActionDto,
        ) -> Self {
            Self {
                message: Some(message),
                call_to_action: Some(call_to_action),
                ..Self::default()
            }
        }
    }

    /// `ConsentDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ConsentDto {
        /// Whether consent checkbox is required
        ///
        /// Required by the spec.
        #[serde(
            rename = "checkRequired",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub check_required: Option<bool>,
        /// Consent identifier
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<f64>,
        /// Consent text
        ///
        /// Required by the spec.
        #[serde(rename = "consent", default, skip_serializing_if = "Option::is_none")]
        pub consent: Option<crate::apps::ad_manager::models::LocalizedStringDto>,
    }

    impl ConsentDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            check_required: bool,
            id: f64,
            consent: crate::apps::ad_manager::models::LocalizedStringDto,
        ) -> Self {
            Self {
                check_required: Some(check_required),
                id: Some(id),
                consent: Some(consent),
                ..Self::default()
            }
        }
    }

    /// `LegalInfoDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LegalInfoDto {
        /// Consent entries
        ///
        /// Required by the spec.
        #[serde(rename = "consents", default, skip_serializing_if = "Option::is_none")]
        pub consents: Option<Vec<crate::apps::ad_manager::models::ConsentDto>>,
        /// Privacy policy URL
        ///
        /// Required by the spec.
        #[serde(
            rename = "privacyPolicyUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub privacy_policy_url: Option<String>,
        /// Legal disclaimer text
        #[serde(
            rename = "legalDisclaimer",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub legal_disclaimer: Option<crate::apps::ad_manager::models::LocalizedStringDto>,
    }

    impl LegalInfoDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            consents: Vec<crate::apps::ad_manager::models::ConsentDto>,
            privacy_policy_url: impl Into<String>,
        ) -> Self {
            Self {
                consents: Some(consents),
                privacy_policy_url: Some(privacy_policy_url.into()),
                ..Self::default()
            }
        }
    }

    /// `LeadFormContentDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LeadFormContentDto {
        /// Form questions
        ///
        /// Required by the spec.
        #[serde(rename = "questions", default, skip_serializing_if = "Option::is_none")]
        pub questions: Option<Vec<crate::apps::ad_manager::models::LeadFormQuestionDto>>,
        /// Form description
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<crate::apps::ad_manager::models::LocalizedStringDto>,
        /// Form headline
        ///
        /// Required by the spec.
        #[serde(rename = "headline", default, skip_serializing_if = "Option::is_none")]
        pub headline: Option<crate::apps::ad_manager::models::LocalizedStringDto>,
        /// Post-submission info
        ///
        /// Required by the spec.
        #[serde(
            rename = "postSubmissionInfo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub post_submission_info: Option<crate::apps::ad_manager::models::PostSubmissionInfoDto>,
        /// Legal information
        ///
        /// Required by the spec.
        #[serde(rename = "legalInfo", default, skip_serializing_if = "Option::is_none")]
        pub legal_info: Option<crate::apps::ad_manager::models::LegalInfoDto>,
    }

    impl LeadFormContentDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            questions: Vec<crate::apps::ad_manager::models::LeadFormQuestionDto>,
            headline: crate::apps::ad_manager::models::LocalizedStringDto,
            post_submission_info: crate::apps::ad_manager::models::PostSubmissionInfoDto,
            legal_info: crate::apps::ad_manager::models::LegalInfoDto,
        ) -> Self {
            Self {
                questions: Some(questions),
                headline: Some(headline),
                post_submission_info: Some(post_submission_info),
                legal_info: Some(legal_info),
                ..Self::default()
            }
        }
    }

    /// `HiddenFieldDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct HiddenFieldDto {
        /// Field name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Field value
        ///
        /// Required by the spec.
        #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
        pub value: Option<String>,
    }

    impl HiddenFieldDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(name: impl Into<String>, value: impl Into<String>) -> Self {
            Self {
                name: Some(name.into()),
                value: Some(value.into()),
                ..Self::default()
            }
        }
    }

    /// `LinkedInCreateLeadFormBodyDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LinkedInCreateLeadFormBodyDto {
        /// Form owner
        ///
        /// Required by the spec.
        #[serde(rename = "owner", default, skip_serializing_if = "Option::is_none")]
        pub owner: Option<crate::apps::ad_manager::models::SponsoredAccountOwnerDto>,
        /// Creation locale
        ///
        /// Required by the spec.
        #[serde(
            rename = "creationLocale",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub creation_locale: Option<crate::apps::ad_manager::models::CreationLocaleDto>,
        /// Form name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Form state
        ///
        /// One of: `"PUBLISHED"`.
        ///
        /// Required by the spec.
        #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
        pub state: Option<String>,
        /// Form content
        ///
        /// Required by the spec.
        #[serde(rename = "content", default, skip_serializing_if = "Option::is_none")]
        pub content: Option<crate::apps::ad_manager::models::LeadFormContentDto>,
        /// Hidden fields
        #[serde(
            rename = "hiddenFields",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub hidden_fields: Option<Vec<crate::apps::ad_manager::models::HiddenFieldDto>>,
    }

    impl LinkedInCreateLeadFormBodyDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            owner: crate::apps::ad_manager::models::SponsoredAccountOwnerDto,
            creation_locale: crate::apps::ad_manager::models::CreationLocaleDto,
            name: impl Into<String>,
            state: impl Into<String>,
            content: crate::apps::ad_manager::models::LeadFormContentDto,
        ) -> Self {
            Self {
                owner: Some(owner),
                creation_locale: Some(creation_locale),
                name: Some(name.into()),
                state: Some(state.into()),
                content: Some(content),
                ..Self::default()
            }
        }
    }

    /// `LinkedInUpdateAdStatusBodyDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LinkedInUpdateAdStatusBodyDto {
        /// Update operation
        ///
        /// One of: `"PAUSED"`, `"ARCHIVED"`, `"RESUME"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "operationType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub operation_type: Option<String>,
        /// Ad object type
        ///
        /// One of: `"adGroup"`, `"adCampaign"`, `"ad"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
    }

    impl LinkedInUpdateAdStatusBodyDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(operation_type: impl Into<String>, r#type: impl Into<String>) -> Self {
            Self {
                operation_type: Some(operation_type.into()),
                r#type: Some(r#type.into()),
                ..Self::default()
            }
        }
    }
}

/// The Ad Manager API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct AdManagerApi {
    client: GhlClient,
}

impl AdManagerApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Get reporting data
    ///
    /// Retrieve aggregated Facebook ad reporting metrics for a location
    ///
    /// `GET /ad-publishing/facebook/reporting`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn fb_get_reporting(
        &self,
        location_id: impl Into<String>,
        group_by: impl Into<String>,
        start_date: impl Into<String>,
        end_date: impl Into<String>,
        r#type: impl Into<String>,
        fields: impl IntoIterator<Item = impl Into<String>>,
    ) -> ops::FbGetReporting {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/facebook/reporting",
            "/ad-publishing/facebook/reporting",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("groupBy", group_by.into());
        req = req.query_pair("startDate", start_date.into());
        req = req.query_pair("endDate", end_date.into());
        req = req.query_pair("type", r#type.into());
        for v in fields {
            req = req.query_pair("fields", v.into());
        }
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FbGetReporting {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get campaign reporting
    ///
    /// Retrieve reporting metrics for a specific Facebook campaign
    ///
    /// `GET /ad-publishing/facebook/reporting/campaign/{campaignId}`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn fb_get_campaign_reporting(
        &self,
        campaign_id: impl AsRef<str>,
        location_id: impl Into<String>,
        start_date: impl Into<String>,
        end_date: impl Into<String>,
    ) -> ops::FbGetCampaignReporting {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/facebook/reporting/campaign/{campaignId}",
            format!(
                "/ad-publishing/facebook/reporting/campaign/{}",
                crate::request::segment(campaign_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("startDate", start_date.into());
        req = req.query_pair("endDate", end_date.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FbGetCampaignReporting {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get reporting list
    ///
    /// Retrieve a list of Facebook campaigns, adsets, or ads with reporting data
    ///
    /// `GET /ad-publishing/facebook/reporting/list`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn fb_get_reporting_list(
        &self,
        location_id: impl Into<String>,
        list_type: impl Into<String>,
        start_date: impl Into<String>,
        end_date: impl Into<String>,
        campaign_id: impl Into<String>,
        r#type: impl Into<String>,
    ) -> ops::FbGetReportingList {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/facebook/reporting/list",
            "/ad-publishing/facebook/reporting/list",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("listType", list_type.into());
        req = req.query_pair("startDate", start_date.into());
        req = req.query_pair("endDate", end_date.into());
        req = req.query_pair("campaignId", campaign_id.into());
        req = req.query_pair("type", r#type.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FbGetReportingList {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get current Facebook user
    ///
    /// Retrieve the authenticated Facebook user profile for a location
    ///
    /// `GET /ad-publishing/facebook/me`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn fb_get_current_user(&self, location_id: impl Into<String>) -> ops::FbGetCurrentUser {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/facebook/me",
            "/ad-publishing/facebook/me",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FbGetCurrentUser {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Facebook pages
    ///
    /// Retrieve Facebook pages associated with the connected account
    ///
    /// `GET /ad-publishing/facebook/pages`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn fb_get_pages(&self, location_id: impl Into<String>) -> ops::FbGetPages {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/facebook/pages",
            "/ad-publishing/facebook/pages",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FbGetPages {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Instagram accounts for page
    ///
    /// Retrieve Instagram accounts linked to a specific Facebook page
    ///
    /// `GET /ad-publishing/facebook/page/{pageId}/instagram`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn fb_get_instagram_accounts(
        &self,
        page_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::FbGetInstagramAccounts {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/facebook/page/{pageId}/instagram",
            format!(
                "/ad-publishing/facebook/page/{}/instagram",
                crate::request::segment(page_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FbGetInstagramAccounts {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get page lead forms
    ///
    /// Retrieve lead gen forms for a specific Facebook page
    ///
    /// `GET /ad-publishing/facebook/page/{pageId}/forms`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn fb_get_page_lead_forms(
        &self,
        page_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::FbGetPageLeadForms {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/facebook/page/{pageId}/forms",
            format!(
                "/ad-publishing/facebook/page/{}/forms",
                crate::request::segment(page_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FbGetPageLeadForms {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create page lead form
    ///
    /// Create a new lead gen form on a Facebook page
    ///
    /// `POST /ad-publishing/facebook/page/{pageId}/forms`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; never repeated after an unknown outcome.
    pub fn fb_create_page_lead_form(
        &self,
        page_id: impl AsRef<str>,
        body: &crate::apps::ad_manager::models::CreateLeadFormDto,
    ) -> ops::FbCreatePageLeadForm {
        let mut req = Request::new(
            http::Method::POST,
            "/ad-publishing/facebook/page/{pageId}/forms",
            format!(
                "/ad-publishing/facebook/page/{}/forms",
                crate::request::segment(page_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FbCreatePageLeadForm {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get ad accounts
    ///
    /// Retrieve Facebook ad accounts available for the connected user
    ///
    /// `GET /ad-publishing/facebook/ad-accounts`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn fb_get_ad_accounts(&self, location_id: impl Into<String>) -> ops::FbGetAdAccounts {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/facebook/ad-accounts",
            "/ad-publishing/facebook/ad-accounts",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FbGetAdAccounts {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get ad account details
    ///
    /// Retrieve details of a specific Facebook ad account
    ///
    /// `GET /ad-publishing/facebook/ad-accounts/{adAccountId}`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn fb_get_ad_account(
        &self,
        ad_account_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::FbGetAdAccount {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/facebook/ad-accounts/{adAccountId}",
            format!(
                "/ad-publishing/facebook/ad-accounts/{}",
                crate::request::segment(ad_account_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FbGetAdAccount {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete ad account
    ///
    /// Remove a Facebook ad account connection from a location
    ///
    /// `DELETE /ad-publishing/facebook/ad-accounts/{adAccountId}`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn fb_delete_ad_account(
        &self,
        ad_account_id: impl AsRef<str>,
        body: &crate::apps::ad_manager::models::LocationIdBodyDto,
    ) -> ops::FbDeleteAdAccount {
        let mut req = Request::new(
            http::Method::DELETE,
            "/ad-publishing/facebook/ad-accounts/{adAccountId}",
            format!(
                "/ad-publishing/facebook/ad-accounts/{}",
                crate::request::segment(ad_account_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FbDeleteAdAccount {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get conversation forms
    ///
    /// Retrieve Facebook conversation lead forms for a location
    ///
    /// `GET /ad-publishing/facebook/conversation-forms`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn fb_get_conversation_forms(
        &self,
        location_id: impl Into<String>,
    ) -> ops::FbGetConversationForms {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/facebook/conversation-forms",
            "/ad-publishing/facebook/conversation-forms",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FbGetConversationForms {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create conversation form
    ///
    /// Create a new Facebook conversation lead form
    ///
    /// `POST /ad-publishing/facebook/conversation-forms`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; never repeated after an unknown outcome.
    pub fn fb_create_conversation_form(
        &self,
        body: &crate::apps::ad_manager::models::CreateConversationFormDto,
    ) -> ops::FbCreateConversationForm {
        let mut req = Request::new(
            http::Method::POST,
            "/ad-publishing/facebook/conversation-forms",
            "/ad-publishing/facebook/conversation-forms",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FbCreateConversationForm {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Facebook integration
    ///
    /// Retrieve the Facebook ad integration details for a location
    ///
    /// `GET /ad-publishing/facebook/integration`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn fb_get_integration(&self, location_id: impl Into<String>) -> ops::FbGetIntegration {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/facebook/integration",
            "/ad-publishing/facebook/integration",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FbGetIntegration {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Facebook integration
    ///
    /// Create a Facebook ad integration for a location with page and ad account
    ///
    /// `POST /ad-publishing/facebook/integration`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; never repeated after an unknown outcome.
    pub fn fb_create_integration(
        &self,
        body: &crate::apps::ad_manager::models::CreateIntegrationDto,
    ) -> ops::FbCreateIntegration {
        let mut req = Request::new(
            http::Method::POST,
            "/ad-publishing/facebook/integration",
            "/ad-publishing/facebook/integration",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FbCreateIntegration {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Facebook integration
    ///
    /// Remove the Facebook ad integration from a location
    ///
    /// `DELETE /ad-publishing/facebook/integration`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn fb_delete_integration(
        &self,
        body: &crate::apps::ad_manager::models::LocationIdBodyDto,
    ) -> ops::FbDeleteIntegration {
        let mut req = Request::new(
            http::Method::DELETE,
            "/ad-publishing/facebook/integration",
            "/ad-publishing/facebook/integration",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FbDeleteIntegration {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Search targeting options
    ///
    /// Search Facebook geo-locations and interests for ad targeting
    ///
    /// `GET /ad-publishing/facebook/targeting/search`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn fb_search_targeting(
        &self,
        r#type: impl Into<String>,
        query: impl Into<String>,
    ) -> ops::FbSearchTargeting {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/facebook/targeting/search",
            "/ad-publishing/facebook/targeting/search",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("type", r#type.into());
        req = req.query_pair("query", query.into());
        ops::FbSearchTargeting {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Publish campaign
    ///
    /// Publish a Facebook campaign and push it live to Facebook
    ///
    /// `POST /ad-publishing/facebook/campaigns/{campaignId}/publish`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; never repeated after an unknown outcome.
    pub fn fb_publish_campaign(
        &self,
        campaign_id: impl AsRef<str>,
        body: &crate::apps::ad_manager::models::PublishAdDto,
    ) -> ops::FbPublishCampaign {
        let mut req = Request::new(
            http::Method::POST,
            "/ad-publishing/facebook/campaigns/{campaignId}/publish",
            format!(
                "/ad-publishing/facebook/campaigns/{}/publish",
                crate::request::segment(campaign_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FbPublishCampaign {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete page connection
    ///
    /// Remove a Facebook page connection from a location
    ///
    /// `DELETE /ad-publishing/facebook/page`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn fb_delete_page(
        &self,
        location_id: impl Into<String>,
        page_id: impl Into<String>,
    ) -> ops::FbDeletePage {
        let mut req = Request::new(
            http::Method::DELETE,
            "/ad-publishing/facebook/page",
            "/ad-publishing/facebook/page",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("pageId", page_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FbDeletePage {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get conversion pixels
    ///
    /// Retrieve Facebook conversion pixels for a location
    ///
    /// `GET /ad-publishing/facebook/pixels`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn fb_get_pixels(&self, location_id: impl Into<String>) -> ops::FbGetPixels {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/facebook/pixels",
            "/ad-publishing/facebook/pixels",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FbGetPixels {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Upsert conversion pixel
    ///
    /// Create or update a Facebook conversion pixel configuration
    ///
    /// `PUT /ad-publishing/facebook/pixels`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn fb_upsert_pixel(
        &self,
        body: &crate::apps::ad_manager::models::UpsertConversionPixelDto,
    ) -> ops::FbUpsertPixel {
        let mut req = Request::new(
            http::Method::PUT,
            "/ad-publishing/facebook/pixels",
            "/ad-publishing/facebook/pixels",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FbUpsertPixel {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get custom audiences
    ///
    /// Retrieve Facebook custom audiences for a location
    ///
    /// `GET /ad-publishing/facebook/custom-audience`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn fb_get_custom_audiences(
        &self,
        location_id: impl Into<String>,
        r#type: impl Into<String>,
        ad_account_id: impl Into<String>,
    ) -> ops::FbGetCustomAudiences {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/facebook/custom-audience",
            "/ad-publishing/facebook/custom-audience",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("type", r#type.into());
        req = req.query_pair("adAccountId", ad_account_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FbGetCustomAudiences {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get custom audience by ID
    ///
    /// Retrieve a specific Facebook custom audience by its ID
    ///
    /// `GET /ad-publishing/facebook/custom-audience/{audienceId}`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn fb_get_custom_audience_by_id(
        &self,
        audience_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::FbGetCustomAudienceById {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/facebook/custom-audience/{audienceId}",
            format!(
                "/ad-publishing/facebook/custom-audience/{}",
                crate::request::segment(audience_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FbGetCustomAudienceById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update custom audience
    ///
    /// Update name or description of a Facebook custom audience
    ///
    /// `PUT /ad-publishing/facebook/custom-audience/{audienceId}`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn fb_update_custom_audience(
        &self,
        audience_id: impl AsRef<str>,
        body: &crate::apps::ad_manager::models::FbUpdateAudienceBodyDto,
    ) -> ops::FbUpdateCustomAudience {
        let mut req = Request::new(
            http::Method::PUT,
            "/ad-publishing/facebook/custom-audience/{audienceId}",
            format!(
                "/ad-publishing/facebook/custom-audience/{}",
                crate::request::segment(audience_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FbUpdateCustomAudience {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete custom audience
    ///
    /// Delete a Facebook custom audience by ID
    ///
    /// `DELETE /ad-publishing/facebook/custom-audience/{audienceId}`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn fb_delete_custom_audience(
        &self,
        audience_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::FbDeleteCustomAudience {
        let mut req = Request::new(
            http::Method::DELETE,
            "/ad-publishing/facebook/custom-audience/{audienceId}",
            format!(
                "/ad-publishing/facebook/custom-audience/{}",
                crate::request::segment(audience_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FbDeleteCustomAudience {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Add custom audience member
    ///
    /// Add a member to a Facebook custom audience
    ///
    /// `PUT /ad-publishing/facebook/custom-audience/{audienceId}/member`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn fb_add_custom_audience_member(
        &self,
        audience_id: impl AsRef<str>,
        body: &crate::apps::ad_manager::models::UpdateCustomAudienceDto,
    ) -> ops::FbAddCustomAudienceMember {
        let mut req = Request::new(
            http::Method::PUT,
            "/ad-publishing/facebook/custom-audience/{audienceId}/member",
            format!(
                "/ad-publishing/facebook/custom-audience/{}/member",
                crate::request::segment(audience_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FbAddCustomAudienceMember {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Remove custom audience member
    ///
    /// Remove a member from a Facebook custom audience
    ///
    /// `DELETE /ad-publishing/facebook/custom-audience/{audienceId}/member`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn fb_remove_custom_audience_member(
        &self,
        audience_id: impl AsRef<str>,
        body: &crate::apps::ad_manager::models::UpdateCustomAudienceDto,
    ) -> ops::FbRemoveCustomAudienceMember {
        let mut req = Request::new(
            http::Method::DELETE,
            "/ad-publishing/facebook/custom-audience/{audienceId}/member",
            format!(
                "/ad-publishing/facebook/custom-audience/{}/member",
                crate::request::segment(audience_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FbRemoveCustomAudienceMember {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Batch update audience members
    ///
    /// Add or remove members in bulk from a Facebook custom audience via CSV or smart lists
    ///
    /// `PUT /ad-publishing/facebook/custom-audience/{audienceId}/member/batch`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn fb_batch_update_audience_members(
        &self,
        audience_id: impl AsRef<str>,
        body: &crate::apps::ad_manager::models::UpdateCustomAudienceBatchDto,
    ) -> ops::FbBatchUpdateAudienceMembers {
        let mut req = Request::new(
            http::Method::PUT,
            "/ad-publishing/facebook/custom-audience/{audienceId}/member/batch",
            format!(
                "/ad-publishing/facebook/custom-audience/{}/member/batch",
                crate::request::segment(audience_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FbBatchUpdateAudienceMembers {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Set default page
    ///
    /// Set the default Facebook page for a location
    ///
    /// `PUT /ad-publishing/facebook/page/default`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn fb_set_default_page(
        &self,
        location_id: impl Into<String>,
        body: &crate::apps::ad_manager::models::FbSetDefaultPageBodyDto,
    ) -> ops::FbSetDefaultPage {
        let mut req = Request::new(
            http::Method::PUT,
            "/ad-publishing/facebook/page/default",
            "/ad-publishing/facebook/page/default",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        req = crate::apps::support::json_body(req, body);
        ops::FbSetDefaultPage {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get lead form by ID
    ///
    /// Retrieve a specific Facebook lead form by its ID
    ///
    /// `GET /ad-publishing/facebook/lead-form/{leadFormId}`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn fb_get_lead_form(
        &self,
        lead_form_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::FbGetLeadForm {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/facebook/lead-form/{leadFormId}",
            format!(
                "/ad-publishing/facebook/lead-form/{}",
                crate::request::segment(lead_form_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FbGetLeadForm {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get campaign with linked entities
    ///
    /// Retrieve a Facebook campaign with its linked adsets and ads
    ///
    /// `GET /ad-publishing/facebook/campaign/{campaignId}`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn fb_get_campaign(
        &self,
        campaign_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::FbGetCampaign {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/facebook/campaign/{campaignId}",
            format!(
                "/ad-publishing/facebook/campaign/{}",
                crate::request::segment(campaign_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FbGetCampaign {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get entities
    ///
    /// Retrieve Facebook campaigns, adsets, or ads based on entity type
    ///
    /// `GET /ad-publishing/facebook/entity`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn fb_get_entity(
        &self,
        location_id: impl Into<String>,
        r#type: impl Into<String>,
        entity_type: impl Into<String>,
    ) -> ops::FbGetEntity {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/facebook/entity",
            "/ad-publishing/facebook/entity",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("type", r#type.into());
        req = req.query_pair("entityType", entity_type.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FbGetEntity {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Upsert campaign
    ///
    /// Create or update a Facebook campaign
    ///
    /// `PUT /ad-publishing/facebook/campaigns`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn fb_upsert_campaign(
        &self,
        body: &crate::apps::ad_manager::models::UpsertCampaignDto,
    ) -> ops::FbUpsertCampaign {
        let mut req = Request::new(
            http::Method::PUT,
            "/ad-publishing/facebook/campaigns",
            "/ad-publishing/facebook/campaigns",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FbUpsertCampaign {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Upsert adset
    ///
    /// Create or update a Facebook ad set
    ///
    /// `PUT /ad-publishing/facebook/adsets`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn fb_upsert_adset(
        &self,
        body: &crate::apps::ad_manager::models::UpsertAdsetDto,
    ) -> ops::FbUpsertAdset {
        let mut req = Request::new(
            http::Method::PUT,
            "/ad-publishing/facebook/adsets",
            "/ad-publishing/facebook/adsets",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FbUpsertAdset {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Upsert ad
    ///
    /// Create or update a Facebook ad (v2)
    ///
    /// `PUT /ad-publishing/facebook/ads-v2`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn fb_upsert_ad(
        &self,
        body: &crate::apps::ad_manager::models::UpsertAdDto,
    ) -> ops::FbUpsertAd {
        let mut req = Request::new(
            http::Method::PUT,
            "/ad-publishing/facebook/ads-v2",
            "/ad-publishing/facebook/ads-v2",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FbUpsertAd {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Pause campaign
    ///
    /// Pause a running Facebook campaign
    ///
    /// `POST /ad-publishing/facebook/campaigns/{campaignId}/pause`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; never repeated after an unknown outcome.
    pub fn fb_pause_campaign(
        &self,
        campaign_id: impl AsRef<str>,
        body: &crate::apps::ad_manager::models::LocationIdBodyDto,
    ) -> ops::FbPauseCampaign {
        let mut req = Request::new(
            http::Method::POST,
            "/ad-publishing/facebook/campaigns/{campaignId}/pause",
            format!(
                "/ad-publishing/facebook/campaigns/{}/pause",
                crate::request::segment(campaign_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FbPauseCampaign {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Resume campaign
    ///
    /// Resume a paused Facebook campaign
    ///
    /// `POST /ad-publishing/facebook/campaigns/{campaignId}/resume`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; never repeated after an unknown outcome.
    pub fn fb_resume_campaign(
        &self,
        campaign_id: impl AsRef<str>,
        body: &crate::apps::ad_manager::models::LocationIdBodyDto,
    ) -> ops::FbResumeCampaign {
        let mut req = Request::new(
            http::Method::POST,
            "/ad-publishing/facebook/campaigns/{campaignId}/resume",
            format!(
                "/ad-publishing/facebook/campaigns/{}/resume",
                crate::request::segment(campaign_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FbResumeCampaign {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Duplicate campaign
    ///
    /// Duplicate an existing Facebook campaign
    ///
    /// `POST /ad-publishing/facebook/campaigns/{campaignId}/duplicate`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; never repeated after an unknown outcome.
    pub fn fb_duplicate_campaign(
        &self,
        campaign_id: impl AsRef<str>,
        body: &crate::apps::ad_manager::models::LocationIdBodyDto,
    ) -> ops::FbDuplicateCampaign {
        let mut req = Request::new(
            http::Method::POST,
            "/ad-publishing/facebook/campaigns/{campaignId}/duplicate",
            format!(
                "/ad-publishing/facebook/campaigns/{}/duplicate",
                crate::request::segment(campaign_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FbDuplicateCampaign {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete campaign
    ///
    /// Delete a Facebook campaign by ID
    ///
    /// `DELETE /ad-publishing/facebook/campaigns/{campaignId}`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn fb_delete_campaign(
        &self,
        campaign_id: impl AsRef<str>,
        body: &crate::apps::ad_manager::models::LocationIdBodyDto,
    ) -> ops::FbDeleteCampaign {
        let mut req = Request::new(
            http::Method::DELETE,
            "/ad-publishing/facebook/campaigns/{campaignId}",
            format!(
                "/ad-publishing/facebook/campaigns/{}",
                crate::request::segment(campaign_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FbDeleteCampaign {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Pause ad set
    ///
    /// Pause a running Facebook ad set
    ///
    /// `POST /ad-publishing/facebook/adsets/{adsetId}/pause`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; never repeated after an unknown outcome.
    pub fn fb_pause_adset(
        &self,
        adset_id: impl AsRef<str>,
        body: &crate::apps::ad_manager::models::LocationIdBodyDto,
    ) -> ops::FbPauseAdset {
        let mut req = Request::new(
            http::Method::POST,
            "/ad-publishing/facebook/adsets/{adsetId}/pause",
            format!(
                "/ad-publishing/facebook/adsets/{}/pause",
                crate::request::segment(adset_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FbPauseAdset {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Resume ad set
    ///
    /// Resume a paused Facebook ad set
    ///
    /// `POST /ad-publishing/facebook/adsets/{adsetId}/resume`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; never repeated after an unknown outcome.
    pub fn fb_resume_adset(
        &self,
        adset_id: impl AsRef<str>,
        body: &crate::apps::ad_manager::models::LocationIdBodyDto,
    ) -> ops::FbResumeAdset {
        let mut req = Request::new(
            http::Method::POST,
            "/ad-publishing/facebook/adsets/{adsetId}/resume",
            format!(
                "/ad-publishing/facebook/adsets/{}/resume",
                crate::request::segment(adset_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FbResumeAdset {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Duplicate ad set
    ///
    /// Duplicate an existing Facebook ad set
    ///
    /// `POST /ad-publishing/facebook/adsets/{adsetId}/duplicate`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; never repeated after an unknown outcome.
    pub fn fb_duplicate_adset(&self, adset_id: impl AsRef<str>) -> ops::FbDuplicateAdset {
        let mut req = Request::new(
            http::Method::POST,
            "/ad-publishing/facebook/adsets/{adsetId}/duplicate",
            format!(
                "/ad-publishing/facebook/adsets/{}/duplicate",
                crate::request::segment(adset_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::FbDuplicateAdset {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete ad set
    ///
    /// Delete a Facebook ad set by ID
    ///
    /// `DELETE /ad-publishing/facebook/adsets/{adsetId}`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn fb_delete_adset(
        &self,
        adset_id: impl AsRef<str>,
        body: &crate::apps::ad_manager::models::LocationIdBodyDto,
    ) -> ops::FbDeleteAdset {
        let mut req = Request::new(
            http::Method::DELETE,
            "/ad-publishing/facebook/adsets/{adsetId}",
            format!(
                "/ad-publishing/facebook/adsets/{}",
                crate::request::segment(adset_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FbDeleteAdset {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Pause ad
    ///
    /// Pause a running Facebook ad
    ///
    /// `POST /ad-publishing/facebook/ads/{adId}/pause`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; never repeated after an unknown outcome.
    pub fn fb_pause_ad(
        &self,
        ad_id: impl AsRef<str>,
        body: &crate::apps::ad_manager::models::LocationIdBodyDto,
    ) -> ops::FbPauseAd {
        let mut req = Request::new(
            http::Method::POST,
            "/ad-publishing/facebook/ads/{adId}/pause",
            format!(
                "/ad-publishing/facebook/ads/{}/pause",
                crate::request::segment(ad_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FbPauseAd {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Resume ad
    ///
    /// Resume a paused Facebook ad
    ///
    /// `POST /ad-publishing/facebook/ads/{adId}/resume`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; never repeated after an unknown outcome.
    pub fn fb_resume_ad(
        &self,
        ad_id: impl AsRef<str>,
        body: &crate::apps::ad_manager::models::LocationIdBodyDto,
    ) -> ops::FbResumeAd {
        let mut req = Request::new(
            http::Method::POST,
            "/ad-publishing/facebook/ads/{adId}/resume",
            format!(
                "/ad-publishing/facebook/ads/{}/resume",
                crate::request::segment(ad_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FbResumeAd {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Duplicate ad
    ///
    /// Duplicate an existing Facebook ad
    ///
    /// `POST /ad-publishing/facebook/ads/{adId}/duplicate`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; never repeated after an unknown outcome.
    pub fn fb_duplicate_ad(&self, ad_id: impl AsRef<str>) -> ops::FbDuplicateAd {
        let mut req = Request::new(
            http::Method::POST,
            "/ad-publishing/facebook/ads/{adId}/duplicate",
            format!(
                "/ad-publishing/facebook/ads/{}/duplicate",
                crate::request::segment(ad_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::FbDuplicateAd {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete ad
    ///
    /// Delete a Facebook ad by ID
    ///
    /// `DELETE /ad-publishing/facebook/ads/{adId}`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn fb_delete_ad(
        &self,
        ad_id: impl AsRef<str>,
        body: &crate::apps::ad_manager::models::LocationIdBodyDto,
    ) -> ops::FbDeleteAd {
        let mut req = Request::new(
            http::Method::DELETE,
            "/ad-publishing/facebook/ads/{adId}",
            format!(
                "/ad-publishing/facebook/ads/{}",
                crate::request::segment(ad_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FbDeleteAd {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get reporting data
    ///
    /// Retrieve aggregated Google Ads reporting metrics for a location
    ///
    /// `GET /ad-publishing/google/reporting`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn google_get_reporting(
        &self,
        location_id: impl Into<String>,
        start_date: impl Into<String>,
        end_date: impl Into<String>,
        r#type: impl Into<String>,
        fields: impl IntoIterator<Item = impl Into<String>>,
    ) -> ops::GoogleGetReporting {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/google/reporting",
            "/ad-publishing/google/reporting",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("startDate", start_date.into());
        req = req.query_pair("endDate", end_date.into());
        req = req.query_pair("type", r#type.into());
        for v in fields {
            req = req.query_pair("fields", v.into());
        }
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GoogleGetReporting {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get reporting list
    ///
    /// Retrieve a list of Google campaigns or ad groups with reporting data
    ///
    /// `GET /ad-publishing/google/reporting/list`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn google_get_reporting_list(
        &self,
        location_id: impl Into<String>,
        list_type: impl Into<String>,
        start_date: impl Into<String>,
        end_date: impl Into<String>,
        r#type: impl Into<String>,
    ) -> ops::GoogleGetReportingList {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/google/reporting/list",
            "/ad-publishing/google/reporting/list",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("listType", list_type.into());
        req = req.query_pair("startDate", start_date.into());
        req = req.query_pair("endDate", end_date.into());
        req = req.query_pair("type", r#type.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GoogleGetReportingList {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get campaign reporting
    ///
    /// Retrieve reporting metrics for a specific Google campaign
    ///
    /// `GET /ad-publishing/google/reporting/campaign/{campaignId}`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn google_get_campaign_reporting(
        &self,
        campaign_id: impl AsRef<str>,
        location_id: impl Into<String>,
        start_date: impl Into<String>,
        end_date: impl Into<String>,
    ) -> ops::GoogleGetCampaignReporting {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/google/reporting/campaign/{campaignId}",
            format!(
                "/ad-publishing/google/reporting/campaign/{}",
                crate::request::segment(campaign_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("startDate", start_date.into());
        req = req.query_pair("endDate", end_date.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GoogleGetCampaignReporting {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get conversions
    ///
    /// Retrieve Google Ads conversion actions for a location
    ///
    /// `GET /ad-publishing/google/conversions`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn google_get_conversions(
        &self,
        location_id: impl Into<String>,
    ) -> ops::GoogleGetConversions {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/google/conversions",
            "/ad-publishing/google/conversions",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GoogleGetConversions {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Upsert conversion
    ///
    /// Create or update a Google Ads conversion action
    ///
    /// `PUT /ad-publishing/google/conversions`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn google_upsert_conversion(
        &self,
        body: &crate::apps::ad_manager::models::UpsertConversionDto,
    ) -> ops::GoogleUpsertConversion {
        let mut req = Request::new(
            http::Method::PUT,
            "/ad-publishing/google/conversions",
            "/ad-publishing/google/conversions",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::GoogleUpsertConversion {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get conversion by ID
    ///
    /// Retrieve a specific Google Ads conversion action by ID
    ///
    /// `GET /ad-publishing/google/conversions/{conversionId}`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn google_get_conversion_by_id(
        &self,
        conversion_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::GoogleGetConversionById {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/google/conversions/{conversionId}",
            format!(
                "/ad-publishing/google/conversions/{}",
                crate::request::segment(conversion_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GoogleGetConversionById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete conversion
    ///
    /// Delete a Google Ads conversion action by ID
    ///
    /// `DELETE /ad-publishing/google/conversions/{conversionId}`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn google_delete_conversion(
        &self,
        conversion_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::GoogleDeleteConversion {
        let mut req = Request::new(
            http::Method::DELETE,
            "/ad-publishing/google/conversions/{conversionId}",
            format!(
                "/ad-publishing/google/conversions/{}",
                crate::request::segment(conversion_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GoogleDeleteConversion {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Google integration
    ///
    /// Retrieve the Google Ads integration details for a location
    ///
    /// `GET /ad-publishing/google/integration`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn google_get_integration(
        &self,
        location_id: impl Into<String>,
    ) -> ops::GoogleGetIntegration {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/google/integration",
            "/ad-publishing/google/integration",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GoogleGetIntegration {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Google integration
    ///
    /// Create a Google Ads integration for a location
    ///
    /// `POST /ad-publishing/google/integration`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; never repeated after an unknown outcome.
    pub fn google_create_integration(
        &self,
        body: &crate::apps::ad_manager::models::CreateGoogleIntegrationDto,
    ) -> ops::GoogleCreateIntegration {
        let mut req = Request::new(
            http::Method::POST,
            "/ad-publishing/google/integration",
            "/ad-publishing/google/integration",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::GoogleCreateIntegration {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get current Google user
    ///
    /// Retrieve the authenticated Google user info for a location
    ///
    /// `GET /ad-publishing/google/me`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn google_get_current_user(
        &self,
        location_id: impl Into<String>,
    ) -> ops::GoogleGetCurrentUser {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/google/me",
            "/ad-publishing/google/me",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GoogleGetCurrentUser {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Google ad accounts
    ///
    /// Retrieve Google Ads accounts available for the connected user
    ///
    /// `GET /ad-publishing/google/ad-accounts`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn google_get_ad_accounts(
        &self,
        location_id: impl Into<String>,
    ) -> ops::GoogleGetAdAccounts {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/google/ad-accounts",
            "/ad-publishing/google/ad-accounts",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GoogleGetAdAccounts {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get ad account details
    ///
    /// Retrieve details of a specific Google Ads account
    ///
    /// `GET /ad-publishing/google/ad-accounts/{adAccountId}`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn google_get_ad_account_details(
        &self,
        ad_account_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::GoogleGetAdAccountDetails {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/google/ad-accounts/{adAccountId}",
            format!(
                "/ad-publishing/google/ad-accounts/{}",
                crate::request::segment(ad_account_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GoogleGetAdAccountDetails {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete ad account
    ///
    /// Remove a Google Ads account connection from a location
    ///
    /// `DELETE /ad-publishing/google/ad-accounts/{adAccountId}`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn google_delete_ad_account(
        &self,
        ad_account_id: impl AsRef<str>,
        body: &crate::apps::ad_manager::models::LocationIdBodyDto,
    ) -> ops::GoogleDeleteAdAccount {
        let mut req = Request::new(
            http::Method::DELETE,
            "/ad-publishing/google/ad-accounts/{adAccountId}",
            format!(
                "/ad-publishing/google/ad-accounts/{}",
                crate::request::segment(ad_account_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::GoogleDeleteAdAccount {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Publish ad
    ///
    /// Publish a Google ad and push it live
    ///
    /// `POST /ad-publishing/google/ads/{adId}/publish`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; never repeated after an unknown outcome.
    pub fn google_publish_ad(&self, ad_id: impl AsRef<str>) -> ops::GooglePublishAd {
        let mut req = Request::new(
            http::Method::POST,
            "/ad-publishing/google/ads/{adId}/publish",
            format!(
                "/ad-publishing/google/ads/{}/publish",
                crate::request::segment(ad_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::GooglePublishAd {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Search targeting options
    ///
    /// Search Google geo-locations for ad targeting
    ///
    /// `GET /ad-publishing/google/targeting/search`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn google_search_targeting(
        &self,
        r#type: impl Into<String>,
        location_id: impl Into<String>,
    ) -> ops::GoogleSearchTargeting {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/google/targeting/search",
            "/ad-publishing/google/targeting/search",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("type", r#type.into());
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GoogleSearchTargeting {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get keyword ideas
    ///
    /// Retrieve keyword suggestions for Google Ads campaigns
    ///
    /// `POST /ad-publishing/google/keyword-ideas`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; never repeated after an unknown outcome.
    pub fn google_get_keyword_ideas(
        &self,
        location_id: impl Into<String>,
        body: &crate::apps::ad_manager::models::KeywordSuggestionDto,
    ) -> ops::GoogleGetKeywordIdeas {
        let mut req = Request::new(
            http::Method::POST,
            "/ad-publishing/google/keyword-ideas",
            "/ad-publishing/google/keyword-ideas",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        req = crate::apps::support::json_body(req, body);
        ops::GoogleGetKeywordIdeas {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get assets
    ///
    /// Retrieve Google Ads creative assets for a location
    ///
    /// `GET /ad-publishing/google/assets`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn google_get_assets(
        &self,
        location_id: impl Into<String>,
        r#type: impl Into<String>,
    ) -> ops::GoogleGetAssets {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/google/assets",
            "/ad-publishing/google/assets",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("type", r#type.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GoogleGetAssets {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Upsert assets
    ///
    /// Create or update Google Ads creative assets
    ///
    /// `POST /ad-publishing/google/assets`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; never repeated after an unknown outcome.
    pub fn google_upsert_assets(
        &self,
        body: &crate::apps::ad_manager::models::UpsertAssetsDto,
    ) -> ops::GoogleUpsertAssets {
        let mut req = Request::new(
            http::Method::POST,
            "/ad-publishing/google/assets",
            "/ad-publishing/google/assets",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::GoogleUpsertAssets {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get entities
    ///
    /// Retrieve Google campaigns, ad groups, or ads based on entity type
    ///
    /// `GET /ad-publishing/google/entity`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn google_get_entity(
        &self,
        location_id: impl Into<String>,
        r#type: impl Into<String>,
        entity_type: impl Into<String>,
    ) -> ops::GoogleGetEntity {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/google/entity",
            "/ad-publishing/google/entity",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("type", r#type.into());
        req = req.query_pair("entityType", entity_type.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GoogleGetEntity {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get target interests
    ///
    /// Retrieve affinity and in-market audience options for Google Ads targeting
    ///
    /// `GET /ad-publishing/google/target-interests`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn google_get_target_interests(
        &self,
        location_id: impl Into<String>,
        r#type: impl Into<String>,
        advertising_channel_type: impl Into<String>,
    ) -> ops::GoogleGetTargetInterests {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/google/target-interests",
            "/ad-publishing/google/target-interests",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("type", r#type.into());
        req = req.query_pair("advertisingChannelType", advertising_channel_type.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GoogleGetTargetInterests {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get segments
    ///
    /// Retrieve Google Ads audience segments for a location
    ///
    /// `GET /ad-publishing/google/segments`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn google_get_segments(&self, location_id: impl Into<String>) -> ops::GoogleGetSegments {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/google/segments",
            "/ad-publishing/google/segments",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GoogleGetSegments {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Upsert segment
    ///
    /// Create or update a Google Ads audience segment
    ///
    /// `PUT /ad-publishing/google/segments`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn google_upsert_segment(
        &self,
        location_id: impl Into<String>,
        r#type: impl Into<String>,
        body: &crate::apps::ad_manager::models::UpsertSegmentDto,
    ) -> ops::GoogleUpsertSegment {
        let mut req = Request::new(
            http::Method::PUT,
            "/ad-publishing/google/segments",
            "/ad-publishing/google/segments",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("type", r#type.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        req = crate::apps::support::json_body(req, body);
        ops::GoogleUpsertSegment {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get segment by ID
    ///
    /// Retrieve a specific Google Ads audience segment by ID
    ///
    /// `GET /ad-publishing/google/segments/{segmentId}`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn google_get_segment_by_id(
        &self,
        segment_id: impl AsRef<str>,
        location_id: impl Into<String>,
        r#type: impl Into<String>,
    ) -> ops::GoogleGetSegmentById {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/google/segments/{segmentId}",
            format!(
                "/ad-publishing/google/segments/{}",
                crate::request::segment(segment_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("type", r#type.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GoogleGetSegmentById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete segment
    ///
    /// Delete a Google Ads audience segment by ID
    ///
    /// `DELETE /ad-publishing/google/segments/{segmentId}`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn google_delete_segment(
        &self,
        segment_id: impl AsRef<str>,
        location_id: impl Into<String>,
        r#type: impl Into<String>,
    ) -> ops::GoogleDeleteSegment {
        let mut req = Request::new(
            http::Method::DELETE,
            "/ad-publishing/google/segments/{segmentId}",
            format!(
                "/ad-publishing/google/segments/{}",
                crate::request::segment(segment_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("type", r#type.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GoogleDeleteSegment {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create offline user list job
    ///
    /// Create a job to upload users to a Google customer match list
    ///
    /// `POST /ad-publishing/google/segments/offline-user-list-job`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; never repeated after an unknown outcome.
    pub fn google_create_offline_user_list_job(
        &self,
        body: &crate::apps::ad_manager::models::CreateOfflineUserListJobDto,
    ) -> ops::GoogleCreateOfflineUserListJob {
        let mut req = Request::new(
            http::Method::POST,
            "/ad-publishing/google/segments/offline-user-list-job",
            "/ad-publishing/google/segments/offline-user-list-job",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::GoogleCreateOfflineUserListJob {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get audiences
    ///
    /// Retrieve Google Ads combined audiences for a location
    ///
    /// `GET /ad-publishing/google/audiences`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn google_get_audiences(&self, location_id: impl Into<String>) -> ops::GoogleGetAudiences {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/google/audiences",
            "/ad-publishing/google/audiences",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GoogleGetAudiences {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Upsert audience
    ///
    /// Create or update a Google Ads combined audience
    ///
    /// `PUT /ad-publishing/google/audiences`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn google_upsert_audience(
        &self,
        body: &crate::apps::ad_manager::models::UpsertAudienceDto,
    ) -> ops::GoogleUpsertAudience {
        let mut req = Request::new(
            http::Method::PUT,
            "/ad-publishing/google/audiences",
            "/ad-publishing/google/audiences",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::GoogleUpsertAudience {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get audience by ID
    ///
    /// Retrieve a specific Google Ads combined audience by ID
    ///
    /// `GET /ad-publishing/google/audiences/{audienceId}`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn google_get_audience_by_id(
        &self,
        audience_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::GoogleGetAudienceById {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/google/audiences/{audienceId}",
            format!(
                "/ad-publishing/google/audiences/{}",
                crate::request::segment(audience_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GoogleGetAudienceById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Upsert Google campaign
    ///
    /// Create or update a full Google Ads campaign structure
    ///
    /// `PUT /ad-publishing/google/ads`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn google_upsert_campaign(
        &self,
        body: &crate::apps::ad_manager::models::CampaignDto,
    ) -> ops::GoogleUpsertCampaign {
        let mut req = Request::new(
            http::Method::PUT,
            "/ad-publishing/google/ads",
            "/ad-publishing/google/ads",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::GoogleUpsertCampaign {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Google campaign by ID
    ///
    /// Retrieve a specific Google Ads campaign by ID
    ///
    /// `GET /ad-publishing/google/ads/{adId}`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn google_get_campaign_by_id(
        &self,
        ad_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::GoogleGetCampaignById {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/google/ads/{adId}",
            format!(
                "/ad-publishing/google/ads/{}",
                crate::request::segment(ad_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GoogleGetCampaignById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get conversion goals
    ///
    /// Retrieve Google Ads conversion goals for a location
    ///
    /// `GET /ad-publishing/google/conversion-goals`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn google_get_conversion_goals(
        &self,
        location_id: impl Into<String>,
    ) -> ops::GoogleGetConversionGoals {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/google/conversion-goals",
            "/ad-publishing/google/conversion-goals",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GoogleGetConversionGoals {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get LinkedIn integration
    ///
    /// Retrieve the LinkedIn Ads integration details for a location
    ///
    /// `GET /ad-publishing/linkedin/integration`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn li_get_integration(&self, location_id: impl Into<String>) -> ops::LiGetIntegration {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/linkedin/integration",
            "/ad-publishing/linkedin/integration",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::LiGetIntegration {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create LinkedIn integration
    ///
    /// Create a LinkedIn Ads integration for a location with ad account details
    ///
    /// `POST /ad-publishing/linkedin/integration`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; never repeated after an unknown outcome.
    pub fn li_create_integration(
        &self,
        body: &crate::apps::ad_manager::models::CreateLinkedinIntegrationDto,
    ) -> ops::LiCreateIntegration {
        let mut req = Request::new(
            http::Method::POST,
            "/ad-publishing/linkedin/integration",
            "/ad-publishing/linkedin/integration",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::LiCreateIntegration {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get LinkedIn ad accounts
    ///
    /// Retrieve LinkedIn Ads accounts available for the connected user
    ///
    /// `GET /ad-publishing/linkedin/ad-accounts`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn li_get_ad_accounts(&self, location_id: impl Into<String>) -> ops::LiGetAdAccounts {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/linkedin/ad-accounts",
            "/ad-publishing/linkedin/ad-accounts",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::LiGetAdAccounts {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get ad account details
    ///
    /// Retrieve details of a specific LinkedIn ad account
    ///
    /// `GET /ad-publishing/linkedin/ad-account`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn li_get_ad_account_details(
        &self,
        location_id: impl Into<String>,
        ad_account_id: impl Into<String>,
    ) -> ops::LiGetAdAccountDetails {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/linkedin/ad-account",
            "/ad-publishing/linkedin/ad-account",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("adAccountId", ad_account_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::LiGetAdAccountDetails {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete ad account
    ///
    /// Remove a LinkedIn ad account connection from a location
    ///
    /// `DELETE /ad-publishing/linkedin/ad-account`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn li_delete_ad_account(
        &self,
        location_id: impl Into<String>,
        ad_account_id: impl Into<String>,
    ) -> ops::LiDeleteAdAccount {
        let mut req = Request::new(
            http::Method::DELETE,
            "/ad-publishing/linkedin/ad-account",
            "/ad-publishing/linkedin/ad-account",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("adAccountId", ad_account_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::LiDeleteAdAccount {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get current LinkedIn user
    ///
    /// Retrieve the authenticated LinkedIn user info for a location
    ///
    /// `GET /ad-publishing/linkedin/me`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn li_get_current_user(&self, location_id: impl Into<String>) -> ops::LiGetCurrentUser {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/linkedin/me",
            "/ad-publishing/linkedin/me",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::LiGetCurrentUser {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get ad campaign group
    ///
    /// Retrieve a LinkedIn ad campaign group by ID
    ///
    /// `GET /ad-publishing/linkedin/ads/{adId}`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn li_get_campaign_group(
        &self,
        ad_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::LiGetCampaignGroup {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/linkedin/ads/{adId}",
            format!(
                "/ad-publishing/linkedin/ads/{}",
                crate::request::segment(ad_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::LiGetCampaignGroup {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Publish ad campaign group
    ///
    /// Publish a LinkedIn ad campaign group and push it live
    ///
    /// `POST /ad-publishing/linkedin/ads/{adId}/publish`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; never repeated after an unknown outcome.
    pub fn li_publish_campaign_group(
        &self,
        ad_id: impl AsRef<str>,
        body: &crate::apps::ad_manager::models::LocationIdBodyDto,
    ) -> ops::LiPublishCampaignGroup {
        let mut req = Request::new(
            http::Method::POST,
            "/ad-publishing/linkedin/ads/{adId}/publish",
            format!(
                "/ad-publishing/linkedin/ads/{}/publish",
                crate::request::segment(ad_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::LiPublishCampaignGroup {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Upsert ad campaign group
    ///
    /// Create or update a LinkedIn ad campaign group with campaigns and ads
    ///
    /// `PUT /ad-publishing/linkedin/ads`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; retried after an unknown outcome.
    pub fn li_upsert_campaign_group(
        &self,
        body: &crate::apps::ad_manager::models::AdCampaignGroupDataDto,
    ) -> ops::LiUpsertCampaignGroup {
        let mut req = Request::new(
            http::Method::PUT,
            "/ad-publishing/linkedin/ads",
            "/ad-publishing/linkedin/ads",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::LiUpsertCampaignGroup {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Search targeting options
    ///
    /// Search LinkedIn targeting facets such as locations, industries, and job titles
    ///
    /// `GET /ad-publishing/linkedin/targeting/search`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn li_search_targeting(
        &self,
        location_id: impl Into<String>,
        facet: impl Into<String>,
    ) -> ops::LiSearchTargeting {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/linkedin/targeting/search",
            "/ad-publishing/linkedin/targeting/search",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("facet", facet.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::LiSearchTargeting {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get lead forms
    ///
    /// Retrieve LinkedIn lead gen forms for an ad account
    ///
    /// `GET /ad-publishing/linkedin/{accountId}/forms`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn li_get_lead_forms(
        &self,
        account_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::LiGetLeadForms {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/linkedin/{accountId}/forms",
            format!(
                "/ad-publishing/linkedin/{}/forms",
                crate::request::segment(account_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::LiGetLeadForms {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create lead form
    ///
    /// Create a new LinkedIn lead gen form for an ad account
    ///
    /// `POST /ad-publishing/linkedin/{accountId}/form`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; never repeated after an unknown outcome.
    pub fn li_create_lead_form(
        &self,
        account_id: impl AsRef<str>,
        location_id: impl Into<String>,
        body: &crate::apps::ad_manager::models::LinkedInCreateLeadFormBodyDto,
    ) -> ops::LiCreateLeadForm {
        let mut req = Request::new(
            http::Method::POST,
            "/ad-publishing/linkedin/{accountId}/form",
            format!(
                "/ad-publishing/linkedin/{}/form",
                crate::request::segment(account_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        req = crate::apps::support::json_body(req, body);
        ops::LiCreateLeadForm {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update ad status
    ///
    /// Pause or resume a LinkedIn ad, campaign, or ad group
    ///
    /// `PATCH /ad-publishing/linkedin/{adId}/status`
    ///
    /// Version `2021-07-28`; scope `adPublishing.write`; never repeated after an unknown outcome.
    pub fn li_update_ad_status(
        &self,
        ad_id: impl AsRef<str>,
        location_id: impl Into<String>,
        body: &crate::apps::ad_manager::models::LinkedInUpdateAdStatusBodyDto,
    ) -> ops::LiUpdateAdStatus {
        let mut req = Request::new(
            http::Method::PATCH,
            "/ad-publishing/linkedin/{adId}/status",
            format!(
                "/ad-publishing/linkedin/{}/status",
                crate::request::segment(ad_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        req = crate::apps::support::json_body(req, body);
        ops::LiUpdateAdStatus {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get ad analytics
    ///
    /// Retrieve LinkedIn Ads analytics data with configurable pivot and time grouping
    ///
    /// `GET /ad-publishing/linkedin/reporting`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn li_get_ad_analytics(
        &self,
        location_id: impl Into<String>,
        start_date: impl Into<String>,
        end_date: impl Into<String>,
    ) -> ops::LiGetAdAnalytics {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/linkedin/reporting",
            "/ad-publishing/linkedin/reporting",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("startDate", start_date.into());
        req = req.query_pair("endDate", end_date.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::LiGetAdAnalytics {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get reporting list
    ///
    /// Retrieve a list of LinkedIn campaigns or campaign groups with reporting data
    ///
    /// `GET /ad-publishing/linkedin/reporting/list`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn li_get_reporting_list(
        &self,
        location_id: impl Into<String>,
        list_type: impl Into<String>,
        campaign_id: impl Into<String>,
        campaign_group_id: impl Into<String>,
        start_date: impl Into<String>,
        end_date: impl Into<String>,
    ) -> ops::LiGetReportingList {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/linkedin/reporting/list",
            "/ad-publishing/linkedin/reporting/list",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("listType", list_type.into());
        req = req.query_pair("campaignId", campaign_id.into());
        req = req.query_pair("campaignGroupId", campaign_group_id.into());
        req = req.query_pair("startDate", start_date.into());
        req = req.query_pair("endDate", end_date.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::LiGetReportingList {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get campaign group reporting
    ///
    /// Retrieve reporting metrics for a specific LinkedIn campaign group
    ///
    /// `GET /ad-publishing/linkedin/reporting/campaign-group/{campaignGroupId}`
    ///
    /// Version `2021-07-28`; scope `adPublishing.readonly`; retried after an unknown outcome.
    pub fn li_get_campaign_group_reporting(
        &self,
        campaign_group_id: impl AsRef<str>,
        location_id: impl Into<String>,
        start_date: impl Into<String>,
        end_date: impl Into<String>,
    ) -> ops::LiGetCampaignGroupReporting {
        let mut req = Request::new(
            http::Method::GET,
            "/ad-publishing/linkedin/reporting/campaign-group/{campaignGroupId}",
            format!(
                "/ad-publishing/linkedin/reporting/campaign-group/{}",
                crate::request::segment(campaign_group_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("startDate", start_date.into());
        req = req.query_pair("endDate", end_date.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::LiGetCampaignGroupReporting {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Ad Manager API operations (generated from GHL's spec).
    pub fn ad_manager(&self) -> AdManagerApi {
        AdManagerApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /ad-publishing/facebook/reporting` request being built, to send with [`FbGetReporting::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbGetReporting {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbGetReporting {
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

    /// The `GET /ad-publishing/facebook/reporting/campaign/{campaignId}` request being built, to send with [`FbGetCampaignReporting::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbGetCampaignReporting {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbGetCampaignReporting {
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

    /// The `GET /ad-publishing/facebook/reporting/list` request being built, to send with [`FbGetReportingList::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbGetReportingList {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbGetReportingList {
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

    /// The `GET /ad-publishing/facebook/me` request being built, to send with [`FbGetCurrentUser::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbGetCurrentUser {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbGetCurrentUser {
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

    /// The `GET /ad-publishing/facebook/pages` request being built, to send with [`FbGetPages::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbGetPages {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbGetPages {
        /// Fetch existing pages flag
        pub fn fetch_existing(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("fetchExisting", value.into());
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

        /// Sends it through the client's pipeline; the spec gives no schema for the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            crate::apps::support::send_value(&self.client, self.request).await
        }
    }

    /// The `GET /ad-publishing/facebook/page/{pageId}/instagram` request being built, to send with [`FbGetInstagramAccounts::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbGetInstagramAccounts {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbGetInstagramAccounts {
        /// Integration type
        ///
        /// One of: `"INTEGRATION"`, `"AD_MANAGER"`.
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

        /// Sends it through the client's pipeline; the spec gives no schema for the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            crate::apps::support::send_value(&self.client, self.request).await
        }
    }

    /// The `GET /ad-publishing/facebook/page/{pageId}/forms` request being built, to send with [`FbGetPageLeadForms::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbGetPageLeadForms {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbGetPageLeadForms {
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

    /// The `POST /ad-publishing/facebook/page/{pageId}/forms` request being built, to send with [`FbCreatePageLeadForm::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbCreatePageLeadForm {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbCreatePageLeadForm {
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

    /// The `GET /ad-publishing/facebook/ad-accounts` request being built, to send with [`FbGetAdAccounts::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbGetAdAccounts {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbGetAdAccounts {
        /// Account source type
        pub fn r#type(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("type", value.into());
            self
        }

        /// Pagination cursor
        pub fn next(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("next", value.into());
            self
        }

        /// Fetch all accounts
        pub fn fetch_all(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("fetchAll", value.into());
            self
        }

        /// Results page limit
        pub fn limit(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("limit", value.into());
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

        /// Sends it through the client's pipeline; the spec gives no schema for the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            crate::apps::support::send_value(&self.client, self.request).await
        }
    }

    /// The `GET /ad-publishing/facebook/ad-accounts/{adAccountId}` request being built, to send with [`FbGetAdAccount::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbGetAdAccount {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbGetAdAccount {
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

    /// The `DELETE /ad-publishing/facebook/ad-accounts/{adAccountId}` request being built, to send with [`FbDeleteAdAccount::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbDeleteAdAccount {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbDeleteAdAccount {
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

    /// The `GET /ad-publishing/facebook/conversation-forms` request being built, to send with [`FbGetConversationForms::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbGetConversationForms {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbGetConversationForms {
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

    /// The `POST /ad-publishing/facebook/conversation-forms` request being built, to send with [`FbCreateConversationForm::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbCreateConversationForm {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbCreateConversationForm {
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

    /// The `GET /ad-publishing/facebook/integration` request being built, to send with [`FbGetIntegration::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbGetIntegration {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbGetIntegration {
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

    /// The `POST /ad-publishing/facebook/integration` request being built, to send with [`FbCreateIntegration::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbCreateIntegration {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbCreateIntegration {
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

    /// The `DELETE /ad-publishing/facebook/integration` request being built, to send with [`FbDeleteIntegration::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbDeleteIntegration {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbDeleteIntegration {
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

    /// The `GET /ad-publishing/facebook/targeting/search` request being built, to send with [`FbSearchTargeting::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbSearchTargeting {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbSearchTargeting {
        /// Specific search subtype
        pub fn search_type(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("searchType", value.into());
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

        /// Sends it through the client's pipeline; the spec gives no schema for the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            crate::apps::support::send_value(&self.client, self.request).await
        }
    }

    /// The `POST /ad-publishing/facebook/campaigns/{campaignId}/publish` request being built, to send with [`FbPublishCampaign::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbPublishCampaign {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbPublishCampaign {
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

    /// The `DELETE /ad-publishing/facebook/page` request being built, to send with [`FbDeletePage::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbDeletePage {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbDeletePage {
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

    /// The `GET /ad-publishing/facebook/pixels` request being built, to send with [`FbGetPixels::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbGetPixels {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbGetPixels {
        /// Channel type
        pub fn channel(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("channel", value.into());
            self
        }

        /// Facebook page ID
        pub fn page_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("pageId", value.into());
            self
        }

        /// Instagram user ID
        pub fn ig_user_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("igUserId", value.into());
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

        /// Sends it through the client's pipeline; the spec gives no schema for the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            crate::apps::support::send_value(&self.client, self.request).await
        }
    }

    /// The `PUT /ad-publishing/facebook/pixels` request being built, to send with [`FbUpsertPixel::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbUpsertPixel {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbUpsertPixel {
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

    /// The `GET /ad-publishing/facebook/custom-audience` request being built, to send with [`FbGetCustomAudiences::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbGetCustomAudiences {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbGetCustomAudiences {
        /// Audience data source
        ///
        /// One of: `"ad_manager"`, `"integration"`.
        pub fn source(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("source", value.into());
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

        /// Sends it through the client's pipeline; the spec gives no schema for the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            crate::apps::support::send_value(&self.client, self.request).await
        }
    }

    /// The `GET /ad-publishing/facebook/custom-audience/{audienceId}` request being built, to send with [`FbGetCustomAudienceById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbGetCustomAudienceById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbGetCustomAudienceById {
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

    /// The `PUT /ad-publishing/facebook/custom-audience/{audienceId}` request being built, to send with [`FbUpdateCustomAudience::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbUpdateCustomAudience {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbUpdateCustomAudience {
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

    /// The `DELETE /ad-publishing/facebook/custom-audience/{audienceId}` request being built, to send with [`FbDeleteCustomAudience::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbDeleteCustomAudience {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbDeleteCustomAudience {
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

    /// The `PUT /ad-publishing/facebook/custom-audience/{audienceId}/member` request being built, to send with [`FbAddCustomAudienceMember::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbAddCustomAudienceMember {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbAddCustomAudienceMember {
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

    /// The `DELETE /ad-publishing/facebook/custom-audience/{audienceId}/member` request being built, to send with [`FbRemoveCustomAudienceMember::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbRemoveCustomAudienceMember {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbRemoveCustomAudienceMember {
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

    /// The `PUT /ad-publishing/facebook/custom-audience/{audienceId}/member/batch` request being built, to send with [`FbBatchUpdateAudienceMembers::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbBatchUpdateAudienceMembers {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbBatchUpdateAudienceMembers {
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

    /// The `PUT /ad-publishing/facebook/page/default` request being built, to send with [`FbSetDefaultPage::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbSetDefaultPage {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbSetDefaultPage {
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

    /// The `GET /ad-publishing/facebook/lead-form/{leadFormId}` request being built, to send with [`FbGetLeadForm::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbGetLeadForm {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbGetLeadForm {
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

    /// The `GET /ad-publishing/facebook/campaign/{campaignId}` request being built, to send with [`FbGetCampaign::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbGetCampaign {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbGetCampaign {
        /// Comma-separated field names
        pub fn fields(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("fields", value.into());
            self
        }

        /// Campaign data source
        pub fn source(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("source", value.into());
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

        /// Sends it through the client's pipeline; the spec gives no schema for the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            crate::apps::support::send_value(&self.client, self.request).await
        }
    }

    /// The `GET /ad-publishing/facebook/entity` request being built, to send with [`FbGetEntity::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbGetEntity {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbGetEntity {
        /// Pagination cursor
        pub fn next(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("next", value.into());
            self
        }

        /// Fetch all entities
        pub fn fetch_all(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("fetchAll", value.into());
            self
        }

        /// Campaign identifier
        pub fn campaign_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("campaignId", value.into());
            self
        }

        /// Ad set identifier
        pub fn ad_set_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("adSetId", value.into());
            self
        }

        /// Search identifier
        pub fn search_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("searchId", value.into());
            self
        }

        /// Selected ad account ID
        pub fn selected_ad_account_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("selectedAdAccountId", value.into());
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

        /// Sends it through the client's pipeline; the spec gives no schema for the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            crate::apps::support::send_value(&self.client, self.request).await
        }
    }

    /// The `PUT /ad-publishing/facebook/campaigns` request being built, to send with [`FbUpsertCampaign::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbUpsertCampaign {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbUpsertCampaign {
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

    /// The `PUT /ad-publishing/facebook/adsets` request being built, to send with [`FbUpsertAdset::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbUpsertAdset {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbUpsertAdset {
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

    /// The `PUT /ad-publishing/facebook/ads-v2` request being built, to send with [`FbUpsertAd::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbUpsertAd {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbUpsertAd {
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

    /// The `POST /ad-publishing/facebook/campaigns/{campaignId}/pause` request being built, to send with [`FbPauseCampaign::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbPauseCampaign {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbPauseCampaign {
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

    /// The `POST /ad-publishing/facebook/campaigns/{campaignId}/resume` request being built, to send with [`FbResumeCampaign::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbResumeCampaign {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbResumeCampaign {
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

    /// The `POST /ad-publishing/facebook/campaigns/{campaignId}/duplicate` request being built, to send with [`FbDuplicateCampaign::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbDuplicateCampaign {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbDuplicateCampaign {
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

    /// The `DELETE /ad-publishing/facebook/campaigns/{campaignId}` request being built, to send with [`FbDeleteCampaign::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbDeleteCampaign {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbDeleteCampaign {
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

    /// The `POST /ad-publishing/facebook/adsets/{adsetId}/pause` request being built, to send with [`FbPauseAdset::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbPauseAdset {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbPauseAdset {
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

    /// The `POST /ad-publishing/facebook/adsets/{adsetId}/resume` request being built, to send with [`FbResumeAdset::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbResumeAdset {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbResumeAdset {
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

    /// The `POST /ad-publishing/facebook/adsets/{adsetId}/duplicate` request being built, to send with [`FbDuplicateAdset::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbDuplicateAdset {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbDuplicateAdset {
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

    /// The `DELETE /ad-publishing/facebook/adsets/{adsetId}` request being built, to send with [`FbDeleteAdset::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbDeleteAdset {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbDeleteAdset {
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

    /// The `POST /ad-publishing/facebook/ads/{adId}/pause` request being built, to send with [`FbPauseAd::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbPauseAd {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbPauseAd {
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

    /// The `POST /ad-publishing/facebook/ads/{adId}/resume` request being built, to send with [`FbResumeAd::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbResumeAd {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbResumeAd {
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

    /// The `POST /ad-publishing/facebook/ads/{adId}/duplicate` request being built, to send with [`FbDuplicateAd::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbDuplicateAd {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbDuplicateAd {
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

    /// The `DELETE /ad-publishing/facebook/ads/{adId}` request being built, to send with [`FbDeleteAd::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FbDeleteAd {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FbDeleteAd {
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

    /// The `GET /ad-publishing/google/reporting` request being built, to send with [`GoogleGetReporting::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleGetReporting {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleGetReporting {
        /// Group by period
        ///
        /// One of: `"date"`, `"week"`, `"month"`.
        pub fn group_by(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("groupBy", value.into());
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

        /// Sends it through the client's pipeline; the spec gives no schema for the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            crate::apps::support::send_value(&self.client, self.request).await
        }
    }

    /// The `GET /ad-publishing/google/reporting/list` request being built, to send with [`GoogleGetReportingList::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleGetReportingList {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleGetReportingList {
        /// Campaign identifier
        pub fn campaign_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("campaignId", value.into());
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

        /// Sends it through the client's pipeline; the spec gives no schema for the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            crate::apps::support::send_value(&self.client, self.request).await
        }
    }

    /// The `GET /ad-publishing/google/reporting/campaign/{campaignId}` request being built, to send with [`GoogleGetCampaignReporting::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleGetCampaignReporting {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleGetCampaignReporting {
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

    /// The `GET /ad-publishing/google/conversions` request being built, to send with [`GoogleGetConversions::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleGetConversions {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleGetConversions {
        /// Integration type
        ///
        /// One of: `"AD_MANAGER"`, `"AD_WORDS"`.
        pub fn r#type(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("type", value.into());
            self
        }

        /// Conversion type
        pub fn conversion_type(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("conversionType", value.into());
            self
        }

        /// Conversion category
        pub fn category(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("category", value.into());
            self
        }

        /// Filter start date
        pub fn start_date(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("startDate", value.into());
            self
        }

        /// Filter end date
        pub fn end_date(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("endDate", value.into());
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

        /// Sends it through the client's pipeline; the spec gives no schema for the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            crate::apps::support::send_value(&self.client, self.request).await
        }
    }

    /// The `PUT /ad-publishing/google/conversions` request being built, to send with [`GoogleUpsertConversion::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleUpsertConversion {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleUpsertConversion {
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

    /// The `GET /ad-publishing/google/conversions/{conversionId}` request being built, to send with [`GoogleGetConversionById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleGetConversionById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleGetConversionById {
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

    /// The `DELETE /ad-publishing/google/conversions/{conversionId}` request being built, to send with [`GoogleDeleteConversion::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleDeleteConversion {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleDeleteConversion {
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

    /// The `GET /ad-publishing/google/integration` request being built, to send with [`GoogleGetIntegration::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleGetIntegration {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleGetIntegration {
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

    /// The `POST /ad-publishing/google/integration` request being built, to send with [`GoogleCreateIntegration::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleCreateIntegration {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleCreateIntegration {
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

    /// The `GET /ad-publishing/google/me` request being built, to send with [`GoogleGetCurrentUser::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleGetCurrentUser {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleGetCurrentUser {
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

    /// The `GET /ad-publishing/google/ad-accounts` request being built, to send with [`GoogleGetAdAccounts::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleGetAdAccounts {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleGetAdAccounts {
        /// Account type
        ///
        /// One of: `"INTEGRATION"`, `"AD_MANAGER"`.
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

        /// Sends it through the client's pipeline; the spec gives no schema for the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            crate::apps::support::send_value(&self.client, self.request).await
        }
    }

    /// The `GET /ad-publishing/google/ad-accounts/{adAccountId}` request being built, to send with [`GoogleGetAdAccountDetails::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleGetAdAccountDetails {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleGetAdAccountDetails {
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

    /// The `DELETE /ad-publishing/google/ad-accounts/{adAccountId}` request being built, to send with [`GoogleDeleteAdAccount::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleDeleteAdAccount {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleDeleteAdAccount {
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

    /// The `POST /ad-publishing/google/ads/{adId}/publish` request being built, to send with [`GooglePublishAd::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GooglePublishAd {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GooglePublishAd {
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

    /// The `GET /ad-publishing/google/targeting/search` request being built, to send with [`GoogleSearchTargeting::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleSearchTargeting {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleSearchTargeting {
        /// Search query
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

        /// Sends it through the client's pipeline; the spec gives no schema for the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            crate::apps::support::send_value(&self.client, self.request).await
        }
    }

    /// The `POST /ad-publishing/google/keyword-ideas` request being built, to send with [`GoogleGetKeywordIdeas::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleGetKeywordIdeas {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleGetKeywordIdeas {
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

    /// The `GET /ad-publishing/google/assets` request being built, to send with [`GoogleGetAssets::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleGetAssets {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleGetAssets {
        /// Asset identifier
        pub fn id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("id", value.into());
            self
        }

        /// Advertiser only flag
        pub fn advertiser_only(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("advertiserOnly", value.into());
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

        /// Sends it through the client's pipeline; the spec gives no schema for the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            crate::apps::support::send_value(&self.client, self.request).await
        }
    }

    /// The `POST /ad-publishing/google/assets` request being built, to send with [`GoogleUpsertAssets::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleUpsertAssets {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleUpsertAssets {
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

    /// The `GET /ad-publishing/google/entity` request being built, to send with [`GoogleGetEntity::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleGetEntity {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleGetEntity {
        /// Campaign identifier
        pub fn campaign_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("campaignId", value.into());
            self
        }

        /// Ad group identifier
        pub fn ad_group_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("adGroupId", value.into());
            self
        }

        /// Search identifier
        pub fn search_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("searchId", value.into());
            self
        }

        /// Filter start date
        pub fn start_date(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("startDate", value.into());
            self
        }

        /// Filter end date
        pub fn end_date(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("endDate", value.into());
            self
        }

        /// Selected ad account ID
        pub fn selected_ad_account_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("selectedAdAccountId", value.into());
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

        /// Sends it through the client's pipeline; the spec gives no schema for the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            crate::apps::support::send_value(&self.client, self.request).await
        }
    }

    /// The `GET /ad-publishing/google/target-interests` request being built, to send with [`GoogleGetTargetInterests::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleGetTargetInterests {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleGetTargetInterests {
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

    /// The `GET /ad-publishing/google/segments` request being built, to send with [`GoogleGetSegments::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleGetSegments {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleGetSegments {
        /// Segment type
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

        /// Sends it through the client's pipeline; the spec gives no schema for the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            crate::apps::support::send_value(&self.client, self.request).await
        }
    }

    /// The `PUT /ad-publishing/google/segments` request being built, to send with [`GoogleUpsertSegment::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleUpsertSegment {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleUpsertSegment {
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

    /// The `GET /ad-publishing/google/segments/{segmentId}` request being built, to send with [`GoogleGetSegmentById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleGetSegmentById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleGetSegmentById {
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

    /// The `DELETE /ad-publishing/google/segments/{segmentId}` request being built, to send with [`GoogleDeleteSegment::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleDeleteSegment {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleDeleteSegment {
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

    /// The `POST /ad-publishing/google/segments/offline-user-list-job` request being built, to send with [`GoogleCreateOfflineUserListJob::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleCreateOfflineUserListJob {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleCreateOfflineUserListJob {
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

    /// The `GET /ad-publishing/google/audiences` request being built, to send with [`GoogleGetAudiences::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleGetAudiences {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleGetAudiences {
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

    /// The `PUT /ad-publishing/google/audiences` request being built, to send with [`GoogleUpsertAudience::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleUpsertAudience {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleUpsertAudience {
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

    /// The `GET /ad-publishing/google/audiences/{audienceId}` request being built, to send with [`GoogleGetAudienceById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleGetAudienceById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleGetAudienceById {
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

    /// The `PUT /ad-publishing/google/ads` request being built, to send with [`GoogleUpsertCampaign::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleUpsertCampaign {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleUpsertCampaign {
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

    /// The `GET /ad-publishing/google/ads/{adId}` request being built, to send with [`GoogleGetCampaignById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleGetCampaignById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleGetCampaignById {
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

    /// The `GET /ad-publishing/google/conversion-goals` request being built, to send with [`GoogleGetConversionGoals::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GoogleGetConversionGoals {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GoogleGetConversionGoals {
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

    /// The `GET /ad-publishing/linkedin/integration` request being built, to send with [`LiGetIntegration::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct LiGetIntegration {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl LiGetIntegration {
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

    /// The `POST /ad-publishing/linkedin/integration` request being built, to send with [`LiCreateIntegration::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct LiCreateIntegration {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl LiCreateIntegration {
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

    /// The `GET /ad-publishing/linkedin/ad-accounts` request being built, to send with [`LiGetAdAccounts::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct LiGetAdAccounts {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl LiGetAdAccounts {
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

    /// The `GET /ad-publishing/linkedin/ad-account` request being built, to send with [`LiGetAdAccountDetails::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct LiGetAdAccountDetails {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl LiGetAdAccountDetails {
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

    /// The `DELETE /ad-publishing/linkedin/ad-account` request being built, to send with [`LiDeleteAdAccount::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct LiDeleteAdAccount {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl LiDeleteAdAccount {
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

    /// The `GET /ad-publishing/linkedin/me` request being built, to send with [`LiGetCurrentUser::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct LiGetCurrentUser {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl LiGetCurrentUser {
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

    /// The `GET /ad-publishing/linkedin/ads/{adId}` request being built, to send with [`LiGetCampaignGroup::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct LiGetCampaignGroup {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl LiGetCampaignGroup {
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

    /// The `POST /ad-publishing/linkedin/ads/{adId}/publish` request being built, to send with [`LiPublishCampaignGroup::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct LiPublishCampaignGroup {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl LiPublishCampaignGroup {
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

    /// The `PUT /ad-publishing/linkedin/ads` request being built, to send with [`LiUpsertCampaignGroup::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct LiUpsertCampaignGroup {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl LiUpsertCampaignGroup {
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

    /// The `GET /ad-publishing/linkedin/targeting/search` request being built, to send with [`LiSearchTargeting::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct LiSearchTargeting {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl LiSearchTargeting {
        /// Search query
        pub fn query(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("query", value.into());
            self
        }

        /// Query parameter
        pub fn q(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("q", value.into());
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

        /// Sends it through the client's pipeline; the spec gives no schema for the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            crate::apps::support::send_value(&self.client, self.request).await
        }
    }

    /// The `GET /ad-publishing/linkedin/{accountId}/forms` request being built, to send with [`LiGetLeadForms::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct LiGetLeadForms {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl LiGetLeadForms {
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

    /// The `POST /ad-publishing/linkedin/{accountId}/form` request being built, to send with [`LiCreateLeadForm::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct LiCreateLeadForm {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl LiCreateLeadForm {
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

    /// The `PATCH /ad-publishing/linkedin/{adId}/status` request being built, to send with [`LiUpdateAdStatus::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct LiUpdateAdStatus {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl LiUpdateAdStatus {
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

    /// The `GET /ad-publishing/linkedin/reporting` request being built, to send with [`LiGetAdAnalytics::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct LiGetAdAnalytics {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl LiGetAdAnalytics {
        /// Analytics pivot type
        ///
        /// One of: `"ACCOUNT"`, `"CAMPAIGN"`, `"CAMPAIGN_GROUP"`, `"CREATIVE"`.
        pub fn pivot(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("pivot", value.into());
            self
        }

        /// Time granularity for analytics
        ///
        /// One of: `"day"`, `"month"`, `"year"`.
        pub fn group_by(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("groupBy", value.into());
            self
        }

        /// Comma-separated list of entity URNs
        pub fn entity_urns(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("entityUrns", value.into());
            self
        }

        /// Comma-separated list of fields to retrieve
        pub fn fields(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
            for v in value {
                self.request = self.request.query_pair("fields", v.into());
            }
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

        /// Sends it through the client's pipeline; the spec gives no schema for the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            crate::apps::support::send_value(&self.client, self.request).await
        }
    }

    /// The `GET /ad-publishing/linkedin/reporting/list` request being built, to send with [`LiGetReportingList::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct LiGetReportingList {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl LiGetReportingList {
        /// Comma-separated list of fields to retrieve
        pub fn fields(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
            for v in value {
                self.request = self.request.query_pair("fields", v.into());
            }
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

        /// Sends it through the client's pipeline; the spec gives no schema for the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            crate::apps::support::send_value(&self.client, self.request).await
        }
    }

    /// The `GET /ad-publishing/linkedin/reporting/campaign-group/{campaignGroupId}` request being built, to send with [`LiGetCampaignGroupReporting::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct LiGetCampaignGroupReporting {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl LiGetCampaignGroupReporting {
        /// Comma-separated list of fields to retrieve
        pub fn fields(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
            for v in value {
                self.request = self.request.query_pair("fields", v.into());
            }
            self
        }

        /// Campaign group ID
        pub fn campaign_group_id_2(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("campaignGroupId", value.into());
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

        /// Sends it through the client's pipeline; the spec gives no schema for the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            crate::apps::support::send_value(&self.client, self.request).await
        }
    }
}
