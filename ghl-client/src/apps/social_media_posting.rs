//! Social Media Posting API: 40 operations.
//!
//! Generated from GHL's `apps/social-media-posting.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `GoogleLocationSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GoogleLocationSchema {
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `storeCode`.
        #[serde(rename = "storeCode", default, skip_serializing_if = "Option::is_none")]
        pub store_code: Option<String>,
        /// `title`.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Meta data not related to User
        #[serde(rename = "metadata", default, skip_serializing_if = "Option::is_none")]
        pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
        /// Store front address
        #[serde(
            rename = "storefrontAddress",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub storefront_address: Option<serde_json::Map<String, serde_json::Value>>,
        /// All locations and chain related to this one
        #[serde(
            rename = "relationshipData",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub relationship_data: Option<serde_json::Map<String, serde_json::Value>>,
        /// `maxLocation`.
        #[serde(
            rename = "maxLocation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub max_location: Option<bool>,
        /// `isVerified`.
        #[serde(
            rename = "isVerified",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_verified: Option<bool>,
        /// `isConnected`.
        #[serde(
            rename = "isConnected",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_connected: Option<bool>,
    }

    /// `GoogleAccountsSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GoogleAccountsSchema {
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `accountName`.
        #[serde(
            rename = "accountName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub account_name: Option<String>,
        /// `type`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// `verificationState`.
        #[serde(
            rename = "verificationState",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub verification_state: Option<String>,
        /// `vettedState`.
        #[serde(
            rename = "vettedState",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub vetted_state: Option<String>,
    }

    /// `GetGoogleLocationSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetGoogleLocationSchema {
        /// Google Location Details
        #[serde(rename = "location", default, skip_serializing_if = "Option::is_none")]
        pub location: Option<crate::apps::social_media_posting::models::GoogleLocationSchema>,
        /// Google Account Details
        #[serde(rename = "account", default, skip_serializing_if = "Option::is_none")]
        pub account: Option<crate::apps::social_media_posting::models::GoogleAccountsSchema>,
    }

    /// `GetGoogleLocationAccountSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetGoogleLocationAccountSchema {
        /// Locations
        #[serde(rename = "locations", default, skip_serializing_if = "Option::is_none")]
        pub locations: Option<crate::apps::social_media_posting::models::GetGoogleLocationSchema>,
    }

    /// `GetGoogleLocationResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetGoogleLocationResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results:
            Option<crate::apps::social_media_posting::models::GetGoogleLocationAccountSchema>,
    }

    impl GetGoogleLocationResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `AttachGmbLocationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AttachGmbLocationDto {
        /// `location`.
        #[serde(rename = "location", default, skip_serializing_if = "Option::is_none")]
        pub location: Option<serde_json::Map<String, serde_json::Value>>,
        /// `account`.
        #[serde(rename = "account", default, skip_serializing_if = "Option::is_none")]
        pub account: Option<serde_json::Map<String, serde_json::Value>>,
        /// Company ID
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
    }

    /// `SocialGoogleMediaAccountSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SocialGoogleMediaAccountSchema {
        /// `_id`.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `oAuthId`.
        #[serde(rename = "oAuthId", default, skip_serializing_if = "Option::is_none")]
        pub o_auth_id: Option<String>,
        /// `oldId`.
        #[serde(rename = "oldId", default, skip_serializing_if = "Option::is_none")]
        pub old_id: Option<String>,
        /// `locationId`.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// `originId`.
        #[serde(rename = "originId", default, skip_serializing_if = "Option::is_none")]
        pub origin_id: Option<String>,
        /// `platform`.
        #[serde(rename = "platform", default, skip_serializing_if = "Option::is_none")]
        pub platform: Option<serde_json::Map<String, serde_json::Value>>,
        /// `type`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<serde_json::Map<String, serde_json::Value>>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `avatar`.
        #[serde(rename = "avatar", default, skip_serializing_if = "Option::is_none")]
        pub avatar: Option<String>,
        /// `meta`.
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<serde_json::Map<String, serde_json::Value>>,
        /// `active`.
        #[serde(rename = "active", default, skip_serializing_if = "Option::is_none")]
        pub active: Option<bool>,
        /// `deleted`.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// created date
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// updated date
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
    }

    /// `SocialMediaGmbAccountResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SocialMediaGmbAccountResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results:
            Option<crate::apps::social_media_posting::models::SocialGoogleMediaAccountSchema>,
    }

    impl SocialMediaGmbAccountResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `SearchPostDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SearchPostDto {
        /// type must be one of the following values: recent, all, scheduled, draft, failed, in_review, published, in_progress and deleted
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// List of account Ids seperated by comma as a string
        #[serde(rename = "accounts", default, skip_serializing_if = "Option::is_none")]
        pub accounts: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "skip", default, skip_serializing_if = "Option::is_none")]
        pub skip: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "limit", default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<String>,
        /// From Date
        ///
        /// Required by the spec.
        #[serde(rename = "fromDate", default, skip_serializing_if = "Option::is_none")]
        pub from_date: Option<String>,
        /// To Date
        ///
        /// Required by the spec.
        #[serde(rename = "toDate", default, skip_serializing_if = "Option::is_none")]
        pub to_date: Option<String>,
        /// Include User Data
        ///
        /// Required by the spec.
        #[serde(
            rename = "includeUsers",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub include_users: Option<String>,
        /// Post Type must be one of the following values: - post, story, reel
        #[serde(rename = "postType", default, skip_serializing_if = "Option::is_none")]
        pub post_type: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl SearchPostDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            skip: impl Into<String>,
            limit: impl Into<String>,
            from_date: impl Into<String>,
            to_date: impl Into<String>,
            include_users: impl Into<String>,
        ) -> Self {
            Self {
                skip: Some(skip.into()),
                limit: Some(limit.into()),
                from_date: Some(from_date.into()),
                to_date: Some(to_date.into()),
                include_users: Some(include_users.into()),
                ..Self::default()
            }
        }
    }

    /// `PostMediaSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PostMediaSchema {
        ///
        /// Required by the spec.
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// `caption`.
        #[serde(rename = "caption", default, skip_serializing_if = "Option::is_none")]
        pub caption: Option<String>,
        /// `type`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// `thumbnail`.
        #[serde(rename = "thumbnail", default, skip_serializing_if = "Option::is_none")]
        pub thumbnail: Option<String>,
        /// `defaultThumb`.
        #[serde(
            rename = "defaultThumb",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub default_thumb: Option<String>,
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
    }

    impl PostMediaSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(url: impl Into<String>) -> Self {
            Self {
                url: Some(url.into()),
                ..Self::default()
            }
        }
    }

    /// `OgTagsSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct OgTagsSchema {
        /// Meta Image
        #[serde(rename = "metaImage", default, skip_serializing_if = "Option::is_none")]
        pub meta_image: Option<String>,
        /// Meta Link
        #[serde(rename = "metaLink", default, skip_serializing_if = "Option::is_none")]
        pub meta_link: Option<String>,
    }

    /// `PostUserSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PostUserSchema {
        /// User Id
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Title
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// First name
        ///
        /// Required by the spec.
        #[serde(rename = "firstName", default, skip_serializing_if = "Option::is_none")]
        pub first_name: Option<String>,
        /// Last name
        ///
        /// Required by the spec.
        #[serde(rename = "lastName", default, skip_serializing_if = "Option::is_none")]
        pub last_name: Option<String>,
        /// Profile photo
        ///
        /// Required by the spec.
        #[serde(
            rename = "profilePhoto",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub profile_photo: Option<String>,
        /// Phone number
        ///
        /// Required by the spec.
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        /// Email Id
        ///
        /// Required by the spec.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
    }

    impl PostUserSchema {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            title: impl Into<String>,
            first_name: impl Into<String>,
            last_name: impl Into<String>,
            profile_photo: impl Into<String>,
            phone: impl Into<String>,
            email: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                title: Some(title.into()),
                first_name: Some(first_name.into()),
                last_name: Some(last_name.into()),
                profile_photo: Some(profile_photo.into()),
                phone: Some(phone.into()),
                email: Some(email.into()),
                ..Self::default()
            }
        }
    }

    /// `FormatedApprovalDetails` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FormatedApprovalDetails {
        /// Approver
        #[serde(rename = "approver", default, skip_serializing_if = "Option::is_none")]
        pub approver: Option<String>,
        /// Requester Notes
        #[serde(
            rename = "requesterNote",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub requester_note: Option<String>,
        /// Approver Notes
        #[serde(
            rename = "approverNote",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub approver_note: Option<String>,
        /// Approval Status must be one of the following values: pending, approved, rejected, not_required
        #[serde(
            rename = "approvalStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub approval_status: Option<serde_json::Map<String, serde_json::Value>>,
        /// Approver User Details
        #[serde(
            rename = "approverUser",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub approver_user: Option<crate::apps::social_media_posting::models::PostUserSchema>,
    }

    /// `TiktokPostSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TiktokPostSchema {
        /// privacy level is an enum and must be one of the following values: PUBLIC_TO_EVERYONE, MUTUAL_FOLLOW_FRIENDS, SELF_ONLY
        #[serde(
            rename = "privacyLevel",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub privacy_level: Option<serde_json::Map<String, serde_json::Value>>,
        /// promote other brand
        #[serde(
            rename = "promoteOtherBrand",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub promote_other_brand: Option<bool>,
        /// enable comment
        #[serde(
            rename = "enableComment",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_comment: Option<bool>,
        /// enable duet
        #[serde(
            rename = "enableDuet",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_duet: Option<bool>,
        /// enable stitch
        #[serde(
            rename = "enableStitch",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_stitch: Option<bool>,
        /// video disclosure
        #[serde(
            rename = "videoDisclosure",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub video_disclosure: Option<bool>,
        /// promote your brand
        #[serde(
            rename = "promoteYourBrand",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub promote_your_brand: Option<bool>,
    }

    /// `DateSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DateSchema {
        ///
        /// Required by the spec.
        #[serde(rename = "year", default, skip_serializing_if = "Option::is_none")]
        pub year: Option<f64>,
        ///
        /// Required by the spec.
        #[serde(rename = "month", default, skip_serializing_if = "Option::is_none")]
        pub month: Option<f64>,
        ///
        /// Required by the spec.
        #[serde(rename = "day", default, skip_serializing_if = "Option::is_none")]
        pub day: Option<f64>,
    }

    impl DateSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(year: f64, month: f64, day: f64) -> Self {
            Self {
                year: Some(year),
                month: Some(month),
                day: Some(day),
                ..Self::default()
            }
        }
    }

    /// `TimeSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TimeSchema {
        ///
        /// Required by the spec.
        #[serde(rename = "hours", default, skip_serializing_if = "Option::is_none")]
        pub hours: Option<f64>,
        ///
        /// Required by the spec.
        #[serde(rename = "minutes", default, skip_serializing_if = "Option::is_none")]
        pub minutes: Option<f64>,
        ///
        /// Required by the spec.
        #[serde(rename = "seconds", default, skip_serializing_if = "Option::is_none")]
        pub seconds: Option<f64>,
    }

    impl TimeSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(hours: f64, minutes: f64, seconds: f64) -> Self {
            Self {
                hours: Some(hours),
                minutes: Some(minutes),
                seconds: Some(seconds),
                ..Self::default()
            }
        }
    }

    /// `StartDateSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct StartDateSchema {
        /// Start Date
        #[serde(rename = "startDate", default, skip_serializing_if = "Option::is_none")]
        pub start_date: Option<crate::apps::social_media_posting::models::DateSchema>,
        /// Start Time
        #[serde(rename = "startTime", default, skip_serializing_if = "Option::is_none")]
        pub start_time: Option<crate::apps::social_media_posting::models::TimeSchema>,
    }

    /// `EndDateSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct EndDateSchema {
        /// End Date
        #[serde(rename = "endDate", default, skip_serializing_if = "Option::is_none")]
        pub end_date: Option<crate::apps::social_media_posting::models::DateSchema>,
        /// End Time
        #[serde(rename = "endTime", default, skip_serializing_if = "Option::is_none")]
        pub end_time: Option<crate::apps::social_media_posting::models::TimeSchema>,
    }

    /// `GmbPostSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GmbPostSchema {
        /// gmbEventType must be one of the following values: STANDARD, EVENT, OFFER
        #[serde(
            rename = "gmbEventType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub gmb_event_type: Option<String>,
        /// Title
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Offer Title
        #[serde(
            rename = "offerTitle",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub offer_title: Option<String>,
        /// Start Date
        #[serde(rename = "startDate", default, skip_serializing_if = "Option::is_none")]
        pub start_date: Option<crate::apps::social_media_posting::models::StartDateSchema>,
        /// End Date
        #[serde(rename = "endDate", default, skip_serializing_if = "Option::is_none")]
        pub end_date: Option<crate::apps::social_media_posting::models::EndDateSchema>,
        /// Terms Condition Url
        #[serde(
            rename = "termsConditions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub terms_conditions: Option<String>,
        /// Url
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// Coupon Code
        #[serde(
            rename = "couponCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub coupon_code: Option<String>,
        /// Redeem Online Url
        #[serde(
            rename = "redeemOnlineUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub redeem_online_url: Option<String>,
        /// Action Type must be one of the following values: none, order, book, shop, learn_more, call, sign_up
        #[serde(
            rename = "actionType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub action_type: Option<serde_json::Map<String, serde_json::Value>>,
    }

    /// `GetPostFormattedSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetPostFormattedSchema {
        /// `_id`.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// source must be one of the following values: composer, recurring, csv
        ///
        /// One of: `"composer"`, `"csv"`, `"recurring"`, `"review"`, `"rss"`.
        #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
        pub source: Option<String>,
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// platform must be one of the following values: google, facebook, instagram, linkedin, twitter, tiktok
        #[serde(rename = "platform", default, skip_serializing_if = "Option::is_none")]
        pub platform: Option<String>,
        /// `displayDate`.
        #[serde(
            rename = "displayDate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub display_date: Option<String>,
        /// `createdAt`.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// `updatedAt`.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// Account Id
        #[serde(rename = "accountId", default, skip_serializing_if = "Option::is_none")]
        pub account_id: Option<String>,
        /// Error
        ///
        /// Required by the spec.
        #[serde(rename = "error", default, skip_serializing_if = "Option::is_none")]
        pub error: Option<String>,
        /// `postId`.
        #[serde(rename = "postId", default, skip_serializing_if = "Option::is_none")]
        pub post_id: Option<String>,
        /// `publishedAt`.
        #[serde(
            rename = "publishedAt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub published_at: Option<String>,
        /// Account Ids
        #[serde(
            rename = "accountIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub account_ids: Option<Vec<String>>,
        /// `summary`.
        #[serde(rename = "summary", default, skip_serializing_if = "Option::is_none")]
        pub summary: Option<String>,
        /// Post Media Data
        /// The limitations of media as per the platforms is provided through the reference link in API description
        #[serde(rename = "media", default, skip_serializing_if = "Option::is_none")]
        pub media: Option<Vec<crate::apps::social_media_posting::models::PostMediaSchema>>,
        /// Status must be one of the following values: in_progress, draft, failed, published, scheduled, in_review, notification_sent, deleted
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<serde_json::Map<String, serde_json::Value>>,
        /// `createdBy`.
        #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
        pub created_by: Option<String>,
        /// Post Type must be one of the following values: - post, story, reel
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<serde_json::Map<String, serde_json::Value>>,
        /// Tag Ids
        #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<String>>,
        /// Og Tags Meta Data
        #[serde(
            rename = "ogTagsDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub og_tags_details: Option<crate::apps::social_media_posting::models::OgTagsSchema>,
        /// Post Approval Details
        #[serde(
            rename = "postApprovalDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub post_approval_details:
            Option<crate::apps::social_media_posting::models::FormatedApprovalDetails>,
        /// Tiktok Post Details
        #[serde(
            rename = "tiktokPostDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tiktok_post_details:
            Option<crate::apps::social_media_posting::models::TiktokPostSchema>,
        /// GMB Post Details
        #[serde(
            rename = "gmbPostDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub gmb_post_details: Option<crate::apps::social_media_posting::models::GmbPostSchema>,
        /// User
        #[serde(rename = "user", default, skip_serializing_if = "Option::is_none")]
        pub user: Option<crate::apps::social_media_posting::models::PostUserSchema>,
    }

    impl GetPostFormattedSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            error: impl Into<String>,
            r#type: serde_json::Map<String, serde_json::Value>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                error: Some(error.into()),
                r#type: Some(r#type),
                ..Self::default()
            }
        }
    }

    /// `PostSuccessfulResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PostSuccessfulResponseSchema {
        /// Post Data
        #[serde(rename = "posts", default, skip_serializing_if = "Option::is_none")]
        pub posts: Option<Vec<crate::apps::social_media_posting::models::GetPostFormattedSchema>>,
        /// `count`.
        #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
        pub count: Option<f64>,
    }

    /// `PostSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PostSuccessfulResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results:
            Option<crate::apps::social_media_posting::models::PostSuccessfulResponseSchema>,
    }

    impl PostSuccessfulResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `PostApprovalSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PostApprovalSchema {
        /// Approver
        #[serde(rename = "approver", default, skip_serializing_if = "Option::is_none")]
        pub approver: Option<String>,
        /// Requester Notes
        #[serde(
            rename = "requesterNote",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub requester_note: Option<String>,
        /// Approver Notes
        #[serde(
            rename = "approverNote",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub approver_note: Option<String>,
        /// Approval Status must be one of the following values: pending, approved, rejected, not_required
        #[serde(
            rename = "approvalStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub approval_status: Option<serde_json::Map<String, serde_json::Value>>,
    }

    /// `CreatePostDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreatePostDto {
        /// Account Ids
        ///
        /// Required by the spec.
        #[serde(
            rename = "accountIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub account_ids: Option<Vec<String>>,
        /// Post Content
        /// The limitations of content as per the platforms is provided through the reference link in API description. The summary will be trimmed based on the limit
        #[serde(rename = "summary", default, skip_serializing_if = "Option::is_none")]
        pub summary: Option<String>,
        /// Post Media Data
        /// The limitations of media as per the platforms is provided through the reference link in API description
        #[serde(rename = "media", default, skip_serializing_if = "Option::is_none")]
        pub media: Option<Vec<crate::apps::social_media_posting::models::PostMediaSchema>>,
        /// Status must be one of the following values: null, in_progress, draft, failed, published, scheduled, in_review, notification_sent, deleted
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<serde_json::Map<String, serde_json::Value>>,
        /// Schedule Date
        #[serde(
            rename = "scheduleDate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub schedule_date: Option<String>,
        /// Created By
        #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
        pub created_by: Option<String>,
        /// Follow Up Comment on platform. It is not allowed on Tiktok and GMB accounts and there is a limit of 280 charecters for twitter account
        #[serde(
            rename = "followUpComment",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub follow_up_comment: Option<String>,
        /// Og Tags Meta Data
        #[serde(
            rename = "ogTagsDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub og_tags_details: Option<crate::apps::social_media_posting::models::OgTagsSchema>,
        /// Post Type must be one of the following values: - post, story, reel
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<serde_json::Map<String, serde_json::Value>>,
        /// Post Approval Details
        #[serde(
            rename = "postApprovalDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub post_approval_details:
            Option<crate::apps::social_media_posting::models::PostApprovalSchema>,
        /// if schedule datetime is updated
        #[serde(
            rename = "scheduleTimeUpdated",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub schedule_time_updated: Option<bool>,
        /// Array of Tag Value
        #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<String>>,
        /// Category Id
        #[serde(
            rename = "categoryId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub category_id: Option<String>,
        /// Tiktok Post Details
        #[serde(
            rename = "tiktokPostDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tiktok_post_details:
            Option<crate::apps::social_media_posting::models::TiktokPostSchema>,
        /// GMB Post Details
        #[serde(
            rename = "gmbPostDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub gmb_post_details: Option<crate::apps::social_media_posting::models::GmbPostSchema>,
        /// User ID
        ///
        /// Required by the spec.
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
    }

    impl CreatePostDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            account_ids: Vec<String>,
            r#type: serde_json::Map<String, serde_json::Value>,
            user_id: impl Into<String>,
        ) -> Self {
            Self {
                account_ids: Some(account_ids),
                r#type: Some(r#type),
                user_id: Some(user_id.into()),
                ..Self::default()
            }
        }
    }

    /// `CreatePostSuccessfulResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreatePostSuccessfulResponseSchema {
        /// Post Data
        #[serde(rename = "post", default, skip_serializing_if = "Option::is_none")]
        pub post: Option<crate::apps::social_media_posting::models::GetPostFormattedSchema>,
    }

    /// `CreatePostSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreatePostSuccessfulResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results:
            Option<crate::apps::social_media_posting::models::CreatePostSuccessfulResponseSchema>,
    }

    impl CreatePostSuccessfulResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `GetPostSuccessfulResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetPostSuccessfulResponseSchema {
        /// Post Data
        #[serde(rename = "post", default, skip_serializing_if = "Option::is_none")]
        pub post: Option<crate::apps::social_media_posting::models::GetPostFormattedSchema>,
    }

    /// `GetPostSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetPostSuccessfulResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results:
            Option<crate::apps::social_media_posting::models::GetPostSuccessfulResponseSchema>,
    }

    impl GetPostSuccessfulResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `PostCreateRequest` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PostCreateRequest {
        /// Account Ids
        #[serde(
            rename = "accountIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub account_ids: Option<Vec<String>>,
        /// Post Content
        /// The limitations of content as per the platforms is provided through the reference link in API description
        #[serde(rename = "summary", default, skip_serializing_if = "Option::is_none")]
        pub summary: Option<String>,
        /// Post Media Data
        /// The limitations of media as per the platforms is provided through the reference link in API description
        #[serde(rename = "media", default, skip_serializing_if = "Option::is_none")]
        pub media: Option<Vec<crate::apps::social_media_posting::models::PostMediaSchema>>,
        /// Status must be one of the following values: in_progress, draft, failed, published, scheduled, in_review, notification_sent, deleted
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<serde_json::Map<String, serde_json::Value>>,
        /// Schedule Date
        #[serde(
            rename = "scheduleDate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub schedule_date: Option<String>,
        /// Created By
        #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
        pub created_by: Option<String>,
        /// Follow Up Comment on platform. It is not allowed on Tiktok and GMB accounts and there is a limit of 280 charecters for twitter account
        #[serde(
            rename = "followUpComment",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub follow_up_comment: Option<String>,
        /// Og Tags Meta Data
        #[serde(
            rename = "ogTagsDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub og_tags_details: Option<crate::apps::social_media_posting::models::OgTagsSchema>,
        /// Post Type must be one of the following values: - post, story, reel
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<serde_json::Map<String, serde_json::Value>>,
        /// Post Approval Details
        #[serde(
            rename = "postApprovalDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub post_approval_details:
            Option<crate::apps::social_media_posting::models::PostApprovalSchema>,
        /// if schedule datetime is updated
        #[serde(
            rename = "scheduleTimeUpdated",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub schedule_time_updated: Option<bool>,
        /// Array of Tag Value
        #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<String>>,
        /// Category Id
        #[serde(
            rename = "categoryId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub category_id: Option<String>,
        /// Tiktok Post Details
        #[serde(
            rename = "tiktokPostDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tiktok_post_details:
            Option<crate::apps::social_media_posting::models::TiktokPostSchema>,
        /// GMB Post Details
        #[serde(
            rename = "gmbPostDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub gmb_post_details: Option<crate::apps::social_media_posting::models::GmbPostSchema>,
        /// User ID
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
    }

    impl PostCreateRequest {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(r#type: serde_json::Map<String, serde_json::Value>) -> Self {
            Self {
                r#type: Some(r#type),
                ..Self::default()
            }
        }
    }

    /// `UpdatePostSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdatePostSuccessfulResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    impl UpdatePostSuccessfulResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `DeletePostSuccessfulResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeletePostSuccessfulResponseSchema {
        /// `postId`.
        #[serde(rename = "postId", default, skip_serializing_if = "Option::is_none")]
        pub post_id: Option<String>,
    }

    /// `DeletePostSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeletePostSuccessfulResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results:
            Option<crate::apps::social_media_posting::models::DeletePostSuccessfulResponseSchema>,
    }

    impl DeletePostSuccessfulResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `GetAccountSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetAccountSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `oauthId`.
        #[serde(rename = "oauthId", default, skip_serializing_if = "Option::is_none")]
        pub oauth_id: Option<String>,
        /// `profileId`.
        #[serde(rename = "profileId", default, skip_serializing_if = "Option::is_none")]
        pub profile_id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// platform must be one of the following values: google, facebook, instagram, linkedin, twitter, tiktok
        #[serde(rename = "platform", default, skip_serializing_if = "Option::is_none")]
        pub platform: Option<String>,
        /// `type`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// `expire`.
        #[serde(rename = "expire", default, skip_serializing_if = "Option::is_none")]
        pub expire: Option<String>,
        /// `isExpired`.
        #[serde(rename = "isExpired", default, skip_serializing_if = "Option::is_none")]
        pub is_expired: Option<bool>,
        /// `meta`.
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    }

    /// `GetGroupSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetGroupSchema {
        /// Group Id
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// name of group
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "accountIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub account_ids: Option<Vec<String>>,
    }

    impl GetGroupSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            name: impl Into<String>,
            account_ids: Vec<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                name: Some(name.into()),
                account_ids: Some(account_ids),
                ..Self::default()
            }
        }
    }

    /// `AccountsListResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AccountsListResponseSchema {
        /// `accounts`.
        #[serde(rename = "accounts", default, skip_serializing_if = "Option::is_none")]
        pub accounts: Option<Vec<crate::apps::social_media_posting::models::GetAccountSchema>>,
        /// `groups`.
        #[serde(rename = "groups", default, skip_serializing_if = "Option::is_none")]
        pub groups: Option<Vec<crate::apps::social_media_posting::models::GetGroupSchema>>,
    }

    /// `AccountsListResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AccountsListResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results: Option<crate::apps::social_media_posting::models::AccountsListResponseSchema>,
    }

    impl AccountsListResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `DeleteAccountResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteAccountResponseSchema {
        /// Location Id
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Id
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
    }

    /// `LocationAndAccountDeleteResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LocationAndAccountDeleteResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results: Option<crate::apps::social_media_posting::models::DeleteAccountResponseSchema>,
    }

    impl LocationAndAccountDeleteResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `FacebookPageSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FacebookPageSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `avatar`.
        #[serde(rename = "avatar", default, skip_serializing_if = "Option::is_none")]
        pub avatar: Option<String>,
        /// `isOwned`.
        #[serde(rename = "isOwned", default, skip_serializing_if = "Option::is_none")]
        pub is_owned: Option<bool>,
        /// `isConnected`.
        #[serde(
            rename = "isConnected",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_connected: Option<bool>,
    }

    /// `GetFacebookAccountsSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetFacebookAccountsSchema {
        /// Facebook Pages Details
        #[serde(rename = "pages", default, skip_serializing_if = "Option::is_none")]
        pub pages: Option<Vec<crate::apps::social_media_posting::models::FacebookPageSchema>>,
    }

    /// `GetFacebookAccountsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetFacebookAccountsResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results: Option<crate::apps::social_media_posting::models::GetFacebookAccountsSchema>,
    }

    impl GetFacebookAccountsResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `AttachFbAccountDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AttachFbAccountDto {
        /// `type`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<serde_json::Map<String, serde_json::Value>>,
        /// `originId`.
        #[serde(rename = "originId", default, skip_serializing_if = "Option::is_none")]
        pub origin_id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `avatar`.
        #[serde(rename = "avatar", default, skip_serializing_if = "Option::is_none")]
        pub avatar: Option<String>,
        /// Company ID
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
    }

    /// `SocialMediaFacebookAccountSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SocialMediaFacebookAccountSchema {
        /// `_id`.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `oAuthId`.
        #[serde(rename = "oAuthId", default, skip_serializing_if = "Option::is_none")]
        pub o_auth_id: Option<String>,
        /// `oldId`.
        #[serde(rename = "oldId", default, skip_serializing_if = "Option::is_none")]
        pub old_id: Option<String>,
        /// `locationId`.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// `originId`.
        #[serde(rename = "originId", default, skip_serializing_if = "Option::is_none")]
        pub origin_id: Option<String>,
        /// `platform`.
        #[serde(rename = "platform", default, skip_serializing_if = "Option::is_none")]
        pub platform: Option<serde_json::Map<String, serde_json::Value>>,
        /// type value must be page
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<serde_json::Map<String, serde_json::Value>>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `avatar`.
        #[serde(rename = "avatar", default, skip_serializing_if = "Option::is_none")]
        pub avatar: Option<String>,
        /// `meta`.
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<serde_json::Map<String, serde_json::Value>>,
        /// `active`.
        #[serde(rename = "active", default, skip_serializing_if = "Option::is_none")]
        pub active: Option<bool>,
        /// `deleted`.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// created date
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// updated date
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
    }

    /// `SocialMediaFbAccountResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SocialMediaFbAccountResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results:
            Option<crate::apps::social_media_posting::models::SocialMediaFacebookAccountSchema>,
    }

    impl SocialMediaFbAccountResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `InstagramAccountSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct InstagramAccountSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `avatar`.
        #[serde(rename = "avatar", default, skip_serializing_if = "Option::is_none")]
        pub avatar: Option<String>,
        /// `pageId`.
        #[serde(rename = "pageId", default, skip_serializing_if = "Option::is_none")]
        pub page_id: Option<String>,
        /// `isConnected`.
        #[serde(
            rename = "isConnected",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_connected: Option<bool>,
    }

    /// `GetInstagramAccountsSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetInstagramAccountsSchema {
        /// Instagram Account Details
        #[serde(rename = "accounts", default, skip_serializing_if = "Option::is_none")]
        pub accounts:
            Option<Vec<crate::apps::social_media_posting::models::InstagramAccountSchema>>,
    }

    /// `GetInstagramAccountsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetInstagramAccountsResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results: Option<crate::apps::social_media_posting::models::GetInstagramAccountsSchema>,
    }

    impl GetInstagramAccountsResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `AttachIgAccountDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AttachIgAccountDto {
        /// `originId`.
        #[serde(rename = "originId", default, skip_serializing_if = "Option::is_none")]
        pub origin_id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `avatar`.
        #[serde(rename = "avatar", default, skip_serializing_if = "Option::is_none")]
        pub avatar: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "pageId", default, skip_serializing_if = "Option::is_none")]
        pub page_id: Option<String>,
        /// Company ID
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
    }

    impl AttachIgAccountDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(page_id: impl Into<String>) -> Self {
            Self {
                page_id: Some(page_id.into()),
                ..Self::default()
            }
        }
    }

    /// `SocialMediaInstagramAccountSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SocialMediaInstagramAccountSchema {
        /// `_id`.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `oAuthId`.
        #[serde(rename = "oAuthId", default, skip_serializing_if = "Option::is_none")]
        pub o_auth_id: Option<String>,
        /// `oldId`.
        #[serde(rename = "oldId", default, skip_serializing_if = "Option::is_none")]
        pub old_id: Option<String>,
        /// `locationId`.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// `originId`.
        #[serde(rename = "originId", default, skip_serializing_if = "Option::is_none")]
        pub origin_id: Option<String>,
        /// `platform`.
        #[serde(rename = "platform", default, skip_serializing_if = "Option::is_none")]
        pub platform: Option<serde_json::Map<String, serde_json::Value>>,
        /// `type`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<serde_json::Map<String, serde_json::Value>>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `avatar`.
        #[serde(rename = "avatar", default, skip_serializing_if = "Option::is_none")]
        pub avatar: Option<String>,
        /// `meta`.
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<serde_json::Map<String, serde_json::Value>>,
        /// `active`.
        #[serde(rename = "active", default, skip_serializing_if = "Option::is_none")]
        pub active: Option<bool>,
        /// `deleted`.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// created date
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// updated date
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
    }

    /// `SocialMediaInstagramAccountResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SocialMediaInstagramAccountResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results:
            Option<crate::apps::social_media_posting::models::SocialMediaInstagramAccountSchema>,
    }

    impl SocialMediaInstagramAccountResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `LinkedInPageSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LinkedInPageSchema {
        /// Page ID
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// LinkedIn Page Name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Profile Avatar url
        #[serde(rename = "avatar", default, skip_serializing_if = "Option::is_none")]
        pub avatar: Option<String>,
        /// URN
        #[serde(rename = "urn", default, skip_serializing_if = "Option::is_none")]
        pub urn: Option<String>,
        /// is connected to app
        #[serde(
            rename = "isConnected",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_connected: Option<bool>,
    }

    /// `LinkedInProfileSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LinkedInProfileSchema {
        /// Id
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Name of profile
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Profile avatar
        #[serde(rename = "avatar", default, skip_serializing_if = "Option::is_none")]
        pub avatar: Option<String>,
        /// URN
        #[serde(rename = "urn", default, skip_serializing_if = "Option::is_none")]
        pub urn: Option<String>,
        /// is connected to app
        #[serde(
            rename = "isConnected",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_connected: Option<bool>,
    }

    /// `GetLinkedInAccountSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetLinkedInAccountSchema {
        /// LinkedIn Pages
        #[serde(rename = "pages", default, skip_serializing_if = "Option::is_none")]
        pub pages: Option<Vec<crate::apps::social_media_posting::models::LinkedInPageSchema>>,
        /// LinkedIn Profile Details
        #[serde(rename = "profile", default, skip_serializing_if = "Option::is_none")]
        pub profile: Option<Vec<crate::apps::social_media_posting::models::LinkedInProfileSchema>>,
    }

    /// `GetLinkedInAccountsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetLinkedInAccountsResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results: Option<crate::apps::social_media_posting::models::GetLinkedInAccountSchema>,
    }

    impl GetLinkedInAccountsResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `AttachLinkedinAccountDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AttachLinkedinAccountDto {
        /// One of: `"page"`, `"group"`, `"profile"`, `"location"`, `"business"`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// `originId`.
        #[serde(rename = "originId", default, skip_serializing_if = "Option::is_none")]
        pub origin_id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `avatar`.
        #[serde(rename = "avatar", default, skip_serializing_if = "Option::is_none")]
        pub avatar: Option<String>,
        /// `urn`.
        #[serde(rename = "urn", default, skip_serializing_if = "Option::is_none")]
        pub urn: Option<String>,
        /// Company ID
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
    }

    /// `SocialMediaLinkedInAccountSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SocialMediaLinkedInAccountSchema {
        /// `_id`.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `oAuthId`.
        #[serde(rename = "oAuthId", default, skip_serializing_if = "Option::is_none")]
        pub o_auth_id: Option<String>,
        /// `oldId`.
        #[serde(rename = "oldId", default, skip_serializing_if = "Option::is_none")]
        pub old_id: Option<String>,
        /// `locationId`.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// `originId`.
        #[serde(rename = "originId", default, skip_serializing_if = "Option::is_none")]
        pub origin_id: Option<String>,
        /// `platform`.
        #[serde(rename = "platform", default, skip_serializing_if = "Option::is_none")]
        pub platform: Option<serde_json::Map<String, serde_json::Value>>,
        /// type must be one of the following values: page, profile
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<serde_json::Map<String, serde_json::Value>>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `avatar`.
        #[serde(rename = "avatar", default, skip_serializing_if = "Option::is_none")]
        pub avatar: Option<String>,
        /// `meta`.
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<serde_json::Map<String, serde_json::Value>>,
        /// `active`.
        #[serde(rename = "active", default, skip_serializing_if = "Option::is_none")]
        pub active: Option<bool>,
        /// `deleted`.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// created date
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// updated date
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
    }

    /// `SocialMediaLinkedInAccountResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SocialMediaLinkedInAccountResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results:
            Option<crate::apps::social_media_posting::models::SocialMediaLinkedInAccountSchema>,
    }

    impl SocialMediaLinkedInAccountResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `TwitterProfileSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TwitterProfileSchema {
        /// ID of profile
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Name of profile
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Username of profile
        #[serde(rename = "username", default, skip_serializing_if = "Option::is_none")]
        pub username: Option<String>,
        /// Avatar of profile
        #[serde(rename = "avatar", default, skip_serializing_if = "Option::is_none")]
        pub avatar: Option<String>,
        /// Is protected
        #[serde(rename = "protected", default, skip_serializing_if = "Option::is_none")]
        pub protected: Option<bool>,
        /// Is verified
        #[serde(rename = "verified", default, skip_serializing_if = "Option::is_none")]
        pub verified: Option<bool>,
        /// Is connected
        #[serde(
            rename = "isConnected",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_connected: Option<bool>,
    }

    /// `GetTwitterAccountsSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetTwitterAccountsSchema {
        /// Twitter Profile Details
        #[serde(rename = "profile", default, skip_serializing_if = "Option::is_none")]
        pub profile: Option<Vec<crate::apps::social_media_posting::models::TwitterProfileSchema>>,
    }

    /// `GetTwitterAccountsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetTwitterAccountsResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results: Option<crate::apps::social_media_posting::models::GetTwitterAccountsSchema>,
    }

    impl GetTwitterAccountsResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `AttachTwitterAccountDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AttachTwitterAccountDto {
        /// `originId`.
        #[serde(rename = "originId", default, skip_serializing_if = "Option::is_none")]
        pub origin_id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `username`.
        #[serde(rename = "username", default, skip_serializing_if = "Option::is_none")]
        pub username: Option<String>,
        /// `avatar`.
        #[serde(rename = "avatar", default, skip_serializing_if = "Option::is_none")]
        pub avatar: Option<String>,
        /// `protected`.
        #[serde(rename = "protected", default, skip_serializing_if = "Option::is_none")]
        pub protected: Option<bool>,
        /// `verified`.
        #[serde(rename = "verified", default, skip_serializing_if = "Option::is_none")]
        pub verified: Option<bool>,
        /// Company ID
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
    }

    /// `SocialMediaTwitterAccountSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SocialMediaTwitterAccountSchema {
        /// `_id`.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `oAuthId`.
        #[serde(rename = "oAuthId", default, skip_serializing_if = "Option::is_none")]
        pub o_auth_id: Option<String>,
        /// `oldId`.
        #[serde(rename = "oldId", default, skip_serializing_if = "Option::is_none")]
        pub old_id: Option<String>,
        /// `locationId`.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// `originId`.
        #[serde(rename = "originId", default, skip_serializing_if = "Option::is_none")]
        pub origin_id: Option<String>,
        /// `platform`.
        #[serde(rename = "platform", default, skip_serializing_if = "Option::is_none")]
        pub platform: Option<serde_json::Map<String, serde_json::Value>>,
        /// `type`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<serde_json::Map<String, serde_json::Value>>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `avatar`.
        #[serde(rename = "avatar", default, skip_serializing_if = "Option::is_none")]
        pub avatar: Option<String>,
        /// `meta`.
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<serde_json::Map<String, serde_json::Value>>,
        /// `active`.
        #[serde(rename = "active", default, skip_serializing_if = "Option::is_none")]
        pub active: Option<bool>,
        /// `deleted`.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// created date
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// updated date
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
    }

    /// `SocialMediaTwitterAccountResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SocialMediaTwitterAccountResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results:
            Option<crate::apps::social_media_posting::models::SocialMediaTwitterAccountSchema>,
    }

    impl SocialMediaTwitterAccountResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `UploadCsvdto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UploadCsvdto {
        /// `file`.
        #[serde(rename = "file", default, skip_serializing_if = "Option::is_none")]
        pub file: Option<String>,
    }

    /// `UploadFileResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UploadFileResponseSchema {
        /// `filePath`.
        #[serde(rename = "filePath", default, skip_serializing_if = "Option::is_none")]
        pub file_path: Option<String>,
        /// `rowsCount`.
        #[serde(rename = "rowsCount", default, skip_serializing_if = "Option::is_none")]
        pub rows_count: Option<f64>,
        /// `fileName`.
        #[serde(rename = "fileName", default, skip_serializing_if = "Option::is_none")]
        pub file_name: Option<String>,
    }

    /// `UploadFileResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UploadFileResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results: Option<crate::apps::social_media_posting::models::UploadFileResponseSchema>,
    }

    impl UploadFileResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `SetAccountsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SetAccountsDto {
        /// Account Ids
        ///
        /// Required by the spec.
        #[serde(
            rename = "accountIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub account_ids: Option<Vec<String>>,
        /// File path
        ///
        /// Required by the spec.
        #[serde(rename = "filePath", default, skip_serializing_if = "Option::is_none")]
        pub file_path: Option<String>,
        /// Entires Count. rowcCount must be between 1 and number of posts in CSV
        ///
        /// Required by the spec.
        #[serde(rename = "rowsCount", default, skip_serializing_if = "Option::is_none")]
        pub rows_count: Option<f64>,
        /// Name of file
        ///
        /// Required by the spec.
        #[serde(rename = "fileName", default, skip_serializing_if = "Option::is_none")]
        pub file_name: Option<String>,
        /// `approver`.
        #[serde(rename = "approver", default, skip_serializing_if = "Option::is_none")]
        pub approver: Option<String>,
        /// User ID
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
    }

    impl SetAccountsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            account_ids: Vec<String>,
            file_path: impl Into<String>,
            rows_count: f64,
            file_name: impl Into<String>,
        ) -> Self {
            Self {
                account_ids: Some(account_ids),
                file_path: Some(file_path.into()),
                rows_count: Some(rows_count),
                file_name: Some(file_name.into()),
                ..Self::default()
            }
        }
    }

    /// `SetAccountsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SetAccountsResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    impl SetAccountsResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `CsvImportSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CsvImportSchema {
        /// Csv Id
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// locationId
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// File Name
        #[serde(rename = "fileName", default, skip_serializing_if = "Option::is_none")]
        pub file_name: Option<String>,
        /// Account Ids
        #[serde(
            rename = "accountIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub account_ids: Option<Vec<String>>,
        /// File path
        #[serde(rename = "file", default, skip_serializing_if = "Option::is_none")]
        pub file: Option<String>,
        /// status must be one of the following values: pending, in_progress, completed, failed, in_review, importing, deleted
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// Posts count
        #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
        pub count: Option<f64>,
        /// Created By Id
        #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
        pub created_by: Option<String>,
        /// Trace Id
        #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
        /// Origin Id
        #[serde(rename = "originId", default, skip_serializing_if = "Option::is_none")]
        pub origin_id: Option<String>,
        /// Approver Id
        #[serde(rename = "approver", default, skip_serializing_if = "Option::is_none")]
        pub approver: Option<String>,
        /// Date Created
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
    }

    impl CsvImportSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `GetUploadStatusResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetUploadStatusResponseSchema {
        /// CSV Data
        ///
        /// Required by the spec.
        #[serde(rename = "csvs", default, skip_serializing_if = "Option::is_none")]
        pub csvs: Option<crate::apps::social_media_posting::models::CsvImportSchema>,
        ///
        /// Required by the spec.
        #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
        pub count: Option<f64>,
    }

    impl GetUploadStatusResponseSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            csvs: crate::apps::social_media_posting::models::CsvImportSchema,
            count: f64,
        ) -> Self {
            Self {
                csvs: Some(csvs),
                count: Some(count),
                ..Self::default()
            }
        }
    }

    /// `GetUploadStatusResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetUploadStatusResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results:
            Option<crate::apps::social_media_posting::models::GetUploadStatusResponseSchema>,
    }

    impl GetUploadStatusResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `OgImageSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct OgImageSchema {
        /// Image url
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// Image width
        #[serde(rename = "width", default, skip_serializing_if = "Option::is_none")]
        pub width: Option<f64>,
        /// Image height
        #[serde(rename = "height", default, skip_serializing_if = "Option::is_none")]
        pub height: Option<f64>,
        /// Image Type
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
    }

    /// `IOgTagsSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct IOgTagsSchema {
        /// Tag url
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// Tag description
        #[serde(
            rename = "ogDescription",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub og_description: Option<String>,
        /// Tag description
        #[serde(rename = "ogImage", default, skip_serializing_if = "Option::is_none")]
        pub og_image: Option<crate::apps::social_media_posting::models::OgImageSchema>,
        /// Tag Title
        #[serde(rename = "ogTitle", default, skip_serializing_if = "Option::is_none")]
        pub og_title: Option<String>,
        /// Tag Url
        #[serde(rename = "ogUrl", default, skip_serializing_if = "Option::is_none")]
        pub og_url: Option<String>,
        /// Site Name
        #[serde(
            rename = "ogSiteName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub og_site_name: Option<String>,
        /// Og Tag Error
        #[serde(rename = "error", default, skip_serializing_if = "Option::is_none")]
        pub error: Option<String>,
    }

    /// `CsvMediaResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CsvMediaResponseSchema {
        /// Media Url
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// Media Type
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Media Size
        #[serde(rename = "size", default, skip_serializing_if = "Option::is_none")]
        pub size: Option<f64>,
        /// Media Width
        #[serde(rename = "width", default, skip_serializing_if = "Option::is_none")]
        pub width: Option<f64>,
        /// Media Height
        #[serde(rename = "height", default, skip_serializing_if = "Option::is_none")]
        pub height: Option<f64>,
        /// Media Aspect Ratio
        #[serde(
            rename = "aspectRatio",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub aspect_ratio: Option<f64>,
        /// Media Aspect Ratio
        #[serde(rename = "duration", default, skip_serializing_if = "Option::is_none")]
        pub duration: Option<f64>,
        /// Media format
        #[serde(rename = "format", default, skip_serializing_if = "Option::is_none")]
        pub format: Option<String>,
        /// Video Codec
        #[serde(
            rename = "videoCodecName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub video_codec_name: Option<String>,
        /// Video Frame Rate
        #[serde(rename = "frameRate", default, skip_serializing_if = "Option::is_none")]
        pub frame_rate: Option<f64>,
        /// Audio Codec
        #[serde(
            rename = "audioCodecName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub audio_codec_name: Option<String>,
        /// Audio Channel
        #[serde(
            rename = "audioChannels",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub audio_channels: Option<f64>,
        /// Display Aspect Ratio
        #[serde(
            rename = "displayAspectRatio",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub display_aspect_ratio: Option<String>,
        /// List of frames
        #[serde(rename = "frames", default, skip_serializing_if = "Option::is_none")]
        pub frames: Option<Vec<String>>,
        /// Selected Poster
        #[serde(
            rename = "selectedPoster",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub selected_poster: Option<f64>,
        /// Error
        #[serde(rename = "error", default, skip_serializing_if = "Option::is_none")]
        pub error: Option<String>,
        /// Instagram media error. It can we one of the following errors: imageSize, imageType, imageAspectRatio, videoType, videoDuration, videoSize, videoAspectRatio, videoWidthHeight, audioCodec, audioCodecChannels, videoCodec, videoFrameRate
        #[serde(
            rename = "instagramError",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub instagram_error: Option<String>,
        /// GMB media error. It can be one of the following errors: imageSize, imageDimension, imageType
        #[serde(rename = "gmbError", default, skip_serializing_if = "Option::is_none")]
        pub gmb_error: Option<String>,
        /// Facebook media error. It can be one of the following errors: imageSize, imageType, videoDuration, videoSize
        #[serde(
            rename = "facebookError",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub facebook_error: Option<String>,
        /// LinkedIn media error. It can be one of the following errors: imageSize, imageType, videoType, videoDuration, videoSize
        #[serde(
            rename = "linkedinError",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub linkedin_error: Option<String>,
        /// Twitter media error. It can be one of the following errors: imageSize, videoType, videoDuration, videoSize
        #[serde(
            rename = "twitterError",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub twitter_error: Option<String>,
        /// Tiktok media error. It can be one of the following errors: videoType, videoDuration, videoSize, videoWidthHeight, videoCodec, videoFrameRate
        #[serde(
            rename = "tiktokError",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tiktok_error: Option<String>,
        /// Tikok Business media error. It can be one of the following errors: videoType, videoDuration, videoSize, videoWidthHeight, videoCodec, videoFrameRate
        #[serde(
            rename = "tiktokBusinessError",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tiktok_business_error: Option<String>,
        /// Media error. It can be one of the following values: imageSize, imageWidth
        #[serde(
            rename = "invalidError",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invalid_error: Option<String>,
    }

    /// `CsvPostSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CsvPostSchema {
        /// Account Ids
        #[serde(
            rename = "accountIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub account_ids: Option<Vec<String>>,
        /// OG Tag
        #[serde(rename = "link", default, skip_serializing_if = "Option::is_none")]
        pub link: Option<crate::apps::social_media_posting::models::IOgTagsSchema>,
        /// Post Media List
        #[serde(rename = "medias", default, skip_serializing_if = "Option::is_none")]
        pub medias: Option<Vec<crate::apps::social_media_posting::models::CsvMediaResponseSchema>>,
        /// `scheduleDate`.
        #[serde(
            rename = "scheduleDate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub schedule_date: Option<String>,
        /// `summary`.
        #[serde(rename = "summary", default, skip_serializing_if = "Option::is_none")]
        pub summary: Option<String>,
        /// `followUpComment`.
        #[serde(
            rename = "followUpComment",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub follow_up_comment: Option<String>,
        /// `type`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<serde_json::Map<String, serde_json::Value>>,
        /// Tiktok Post Details
        #[serde(
            rename = "tiktokPostDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tiktok_post_details:
            Option<crate::apps::social_media_posting::models::TiktokPostSchema>,
        /// GMB Post Details
        #[serde(
            rename = "gmbPostDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub gmb_post_details: Option<crate::apps::social_media_posting::models::GmbPostSchema>,
        /// Error Description
        #[serde(
            rename = "errorMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub error_message: Option<String>,
    }

    /// `GetCsvPostResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetCsvPostResponseSchema {
        /// CSV Data
        #[serde(rename = "csv", default, skip_serializing_if = "Option::is_none")]
        pub csv: Option<crate::apps::social_media_posting::models::CsvImportSchema>,
        /// `count`.
        #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
        pub count: Option<f64>,
        /// CSV Posts
        #[serde(rename = "posts", default, skip_serializing_if = "Option::is_none")]
        pub posts: Option<Vec<crate::apps::social_media_posting::models::CsvPostSchema>>,
    }

    /// `GetCsvPostResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetCsvPostResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results: Option<crate::apps::social_media_posting::models::GetCsvPostResponseSchema>,
    }

    impl GetCsvPostResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `CsvDefaultDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CsvDefaultDto {
        /// User ID
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
    }

    /// `CsvPostStatusResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CsvPostStatusResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    impl CsvPostStatusResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `CsvResponse` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CsvResponse {
        /// `locationId`.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// `fileName`.
        #[serde(rename = "fileName", default, skip_serializing_if = "Option::is_none")]
        pub file_name: Option<String>,
        /// Account Ids
        #[serde(
            rename = "accountIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub account_ids: Option<Vec<String>>,
        /// `file`.
        #[serde(rename = "file", default, skip_serializing_if = "Option::is_none")]
        pub file: Option<String>,
        /// status must be one of the following values: pending, in_progress, completed, failed, in_review, importing, deleted
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<serde_json::Map<String, serde_json::Value>>,
        /// `count`.
        #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
        pub count: Option<f64>,
        /// `createdBy`.
        #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
        pub created_by: Option<String>,
        /// `traceId`.
        #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
        /// `originId`.
        #[serde(rename = "originId", default, skip_serializing_if = "Option::is_none")]
        pub origin_id: Option<String>,
        /// `approver`.
        #[serde(rename = "approver", default, skip_serializing_if = "Option::is_none")]
        pub approver: Option<String>,
    }

    /// `CsvResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CsvResponseSchema {
        /// CSV Data
        #[serde(rename = "csv", default, skip_serializing_if = "Option::is_none")]
        pub csv: Option<crate::apps::social_media_posting::models::CsvResponse>,
    }

    /// `DeleteCsvResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteCsvResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results: Option<crate::apps::social_media_posting::models::CsvResponseSchema>,
    }

    impl DeleteCsvResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `DeletePostResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeletePostResponseSchema {
        /// Post Id
        ///
        /// Required by the spec.
        #[serde(rename = "postId", default, skip_serializing_if = "Option::is_none")]
        pub post_id: Option<String>,
    }

    impl DeletePostResponseSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(post_id: impl Into<String>) -> Self {
            Self {
                post_id: Some(post_id.into()),
                ..Self::default()
            }
        }
    }

    /// `DeletePostResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeletePostResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results: Option<crate::apps::social_media_posting::models::DeletePostResponseSchema>,
    }

    impl DeletePostResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `TiktokProfileSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TiktokProfileSchema {
        /// Id
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Name of account
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Username of account
        #[serde(rename = "username", default, skip_serializing_if = "Option::is_none")]
        pub username: Option<String>,
        /// Avatar of profile account
        #[serde(rename = "avatar", default, skip_serializing_if = "Option::is_none")]
        pub avatar: Option<String>,
        /// Is verified
        #[serde(rename = "verified", default, skip_serializing_if = "Option::is_none")]
        pub verified: Option<bool>,
        /// Is connected
        #[serde(
            rename = "isConnected",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_connected: Option<bool>,
        /// Tiktok Account Type must be one of the following values: business, profile
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<serde_json::Map<String, serde_json::Value>>,
    }

    /// `GetTiktokAccountSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetTiktokAccountSchema {
        /// Tiktok Business Account
        #[serde(rename = "profile", default, skip_serializing_if = "Option::is_none")]
        pub profile: Option<Vec<crate::apps::social_media_posting::models::TiktokProfileSchema>>,
    }

    /// `GetTiktokAccountResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetTiktokAccountResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results: Option<crate::apps::social_media_posting::models::GetTiktokAccountSchema>,
    }

    impl GetTiktokAccountResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `AttachTiktokAccountDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AttachTiktokAccountDto {
        /// One of: `"page"`, `"group"`, `"profile"`, `"location"`, `"business"`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// `originId`.
        #[serde(rename = "originId", default, skip_serializing_if = "Option::is_none")]
        pub origin_id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `avatar`.
        #[serde(rename = "avatar", default, skip_serializing_if = "Option::is_none")]
        pub avatar: Option<String>,
        /// `verified`.
        #[serde(rename = "verified", default, skip_serializing_if = "Option::is_none")]
        pub verified: Option<bool>,
        /// `username`.
        #[serde(rename = "username", default, skip_serializing_if = "Option::is_none")]
        pub username: Option<String>,
        /// Company ID
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
    }

    /// `SocialMediaTiktokAccountSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SocialMediaTiktokAccountSchema {
        /// `_id`.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `oAuthId`.
        #[serde(rename = "oAuthId", default, skip_serializing_if = "Option::is_none")]
        pub o_auth_id: Option<String>,
        /// `oldId`.
        #[serde(rename = "oldId", default, skip_serializing_if = "Option::is_none")]
        pub old_id: Option<String>,
        /// `locationId`.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// `originId`.
        #[serde(rename = "originId", default, skip_serializing_if = "Option::is_none")]
        pub origin_id: Option<String>,
        /// `platform`.
        #[serde(rename = "platform", default, skip_serializing_if = "Option::is_none")]
        pub platform: Option<serde_json::Map<String, serde_json::Value>>,
        /// type must be one of the following values: profile, business
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<serde_json::Map<String, serde_json::Value>>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `avatar`.
        #[serde(rename = "avatar", default, skip_serializing_if = "Option::is_none")]
        pub avatar: Option<String>,
        /// `meta`.
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<serde_json::Map<String, serde_json::Value>>,
        /// `active`.
        #[serde(rename = "active", default, skip_serializing_if = "Option::is_none")]
        pub active: Option<bool>,
        /// `deleted`.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// created date
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// updated date
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
    }

    /// `SocialMediaTiktokAccountResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SocialMediaTiktokAccountResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results:
            Option<crate::apps::social_media_posting::models::SocialMediaTiktokAccountSchema>,
    }

    impl SocialMediaTiktokAccountResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `GetTiktokBusinessAccountSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetTiktokBusinessAccountSchema {
        /// Tiktok Profile
        #[serde(rename = "profile", default, skip_serializing_if = "Option::is_none")]
        pub profile: Option<Vec<crate::apps::social_media_posting::models::TiktokProfileSchema>>,
    }

    /// `GetTiktokBusinessAccountResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetTiktokBusinessAccountResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results:
            Option<crate::apps::social_media_posting::models::GetTiktokBusinessAccountSchema>,
    }

    impl GetTiktokBusinessAccountResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `CategorySchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CategorySchema {
        /// Category Name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Color For Category
        #[serde(
            rename = "primaryColor",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub primary_color: Option<String>,
        /// Secondary Color
        #[serde(
            rename = "secondaryColor",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub secondary_color: Option<String>,
        /// Location ID
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// ID
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Created By User
        #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
        pub created_by: Option<String>,
        /// Deleted Value
        ///
        /// Required by the spec.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// `createdAt`.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// `updatedAt`.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
    }

    impl CategorySchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(deleted: bool) -> Self {
            Self {
                deleted: Some(deleted),
                ..Self::default()
            }
        }
    }

    /// `GetByLocationIdResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetByLocationIdResponseSchema {
        /// Count
        ///
        /// Required by the spec.
        #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
        pub count: Option<f64>,
        /// Meta Data
        ///
        /// Required by the spec.
        #[serde(
            rename = "categories",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub categories: Option<Vec<crate::apps::social_media_posting::models::CategorySchema>>,
    }

    impl GetByLocationIdResponseSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            count: f64,
            categories: Vec<crate::apps::social_media_posting::models::CategorySchema>,
        ) -> Self {
            Self {
                count: Some(count),
                categories: Some(categories),
                ..Self::default()
            }
        }
    }

    /// `GetByLocationIdResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetByLocationIdResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results:
            Option<crate::apps::social_media_posting::models::GetByLocationIdResponseSchema>,
    }

    impl GetByLocationIdResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `GetByIdResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetByIdResponseSchema {
        /// Category Name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Color For Category
        #[serde(
            rename = "primaryColor",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub primary_color: Option<String>,
        /// Secondary Color
        #[serde(
            rename = "secondaryColor",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub secondary_color: Option<String>,
        /// Location ID
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// ID
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Created By User
        #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
        pub created_by: Option<String>,
        /// Deleted Value
        ///
        /// Required by the spec.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// Message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// `createdAt`.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// `updatedAt`.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
    }

    impl GetByIdResponseSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(deleted: bool) -> Self {
            Self {
                deleted: Some(deleted),
                ..Self::default()
            }
        }
    }

    /// `GetCategorySchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetCategorySchema {
        /// Category Schema
        #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
        pub category: Option<crate::apps::social_media_posting::models::GetByIdResponseSchema>,
    }

    /// `GetByIdResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetByIdResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results: Option<crate::apps::social_media_posting::models::GetCategorySchema>,
    }

    impl GetByIdResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `SocialMediaTagSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SocialMediaTagSchema {
        /// Tag Name
        #[serde(rename = "tag", default, skip_serializing_if = "Option::is_none")]
        pub tag: Option<String>,
        /// Location Id
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// ID
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Created By User Id
        #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
        pub created_by: Option<String>,
        /// Deleted boolean value
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// `createdAt`.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// `updatedAt`.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
    }

    /// `GetTagsByLocationIdResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetTagsByLocationIdResponseSchema {
        /// Tags Data
        #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::apps::social_media_posting::models::SocialMediaTagSchema>>,
        /// Count
        #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
        pub count: Option<f64>,
    }

    /// `GetTagsByLocationIdResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetTagsByLocationIdResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results:
            Option<crate::apps::social_media_posting::models::GetTagsByLocationIdResponseSchema>,
    }

    impl GetTagsByLocationIdResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateTagDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateTagDto {
        /// Array of Tag Ids
        ///
        /// Required by the spec.
        #[serde(rename = "tagIds", default, skip_serializing_if = "Option::is_none")]
        pub tag_ids: Option<Vec<String>>,
    }

    impl UpdateTagDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(tag_ids: Vec<String>) -> Self {
            Self {
                tag_ids: Some(tag_ids),
                ..Self::default()
            }
        }
    }

    /// `GetTagsByIdResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetTagsByIdResponseSchema {
        /// Social Media Tag Data
        ///
        /// Required by the spec.
        #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::apps::social_media_posting::models::SocialMediaTagSchema>>,
        /// Count
        #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
        pub count: Option<f64>,
    }

    impl GetTagsByIdResponseSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            tags: Vec<crate::apps::social_media_posting::models::SocialMediaTagSchema>,
        ) -> Self {
            Self {
                tags: Some(tags),
                ..Self::default()
            }
        }
    }

    /// `GetTagsByIdResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetTagsByIdResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Requested Results
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results: Option<crate::apps::social_media_posting::models::GetTagsByIdResponseSchema>,
    }

    impl GetTagsByIdResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, status_code: f64, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `DeletePostsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeletePostsDto {
        /// Requested Results
        #[serde(rename = "postIds", default, skip_serializing_if = "Option::is_none")]
        pub post_ids: Option<Vec<String>>,
    }

    /// `BulkDeletePostSuccessfulResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BulkDeletePostSuccessfulResponseSchema {
        /// `deletedCount`.
        #[serde(
            rename = "deletedCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub deleted_count: Option<f64>,
    }

    /// `BulkDeleteResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BulkDeleteResponseDto {
        /// Success or Failure
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Status Code
        ///
        /// Required by the spec.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Message and deleted count
        ///
        /// Required by the spec.
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results: Option<serde_json::Value>,
    }

    impl BulkDeleteResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            success: bool,
            status_code: f64,
            message: impl Into<String>,
            results: serde_json::Value,
        ) -> Self {
            Self {
                success: Some(success),
                status_code: Some(status_code),
                message: Some(message.into()),
                results: Some(results),
                ..Self::default()
            }
        }
    }

    /// `GetSocialMediaStatisticsBody` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSocialMediaStatisticsBody {
        /// Array of connected social media account IDs to fetch analytics for. This can be found as 'profileId' in /accounts api.
        ///
        /// Required by the spec.
        #[serde(
            rename = "profileIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub profile_ids: Option<Vec<String>>,
        /// Array of social media platforms to filter analytics by. If not provided, all platforms will be included. NOTE: Linkedin (PAGE only) and Tiktok (BUSINESS only) are supported.
        #[serde(rename = "platforms", default, skip_serializing_if = "Option::is_none")]
        pub platforms: Option<Vec<String>>,
    }

    impl GetSocialMediaStatisticsBody {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(profile_ids: Vec<String>) -> Self {
            Self {
                profile_ids: Some(profile_ids),
                ..Self::default()
            }
        }
    }

    /// Aggregated metrics totals
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSocialMediaStatisticsResponseResultsTotals {
        /// `posts`.
        #[serde(rename = "posts", default, skip_serializing_if = "Option::is_none")]
        pub posts: Option<f64>,
        /// `likes`.
        #[serde(rename = "likes", default, skip_serializing_if = "Option::is_none")]
        pub likes: Option<f64>,
        /// `followers`.
        #[serde(rename = "followers", default, skip_serializing_if = "Option::is_none")]
        pub followers: Option<f64>,
        /// `impressions`.
        #[serde(
            rename = "impressions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub impressions: Option<f64>,
        /// `comments`.
        #[serde(rename = "comments", default, skip_serializing_if = "Option::is_none")]
        pub comments: Option<f64>,
    }

    /// Post performance metrics over time
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSocialMediaStatisticsResponseResultsPostPerformance {
        /// `posts`.
        #[serde(rename = "posts", default, skip_serializing_if = "Option::is_none")]
        pub posts: Option<serde_json::Map<String, serde_json::Value>>,
        /// `impressions`.
        #[serde(
            rename = "impressions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub impressions: Option<Vec<f64>>,
        /// `likes`.
        #[serde(rename = "likes", default, skip_serializing_if = "Option::is_none")]
        pub likes: Option<Vec<f64>>,
        /// `comments`.
        #[serde(rename = "comments", default, skip_serializing_if = "Option::is_none")]
        pub comments: Option<Vec<f64>>,
    }

    /// `GetSocialMediaStatisticsResponseResultsBreakdownsPosts` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSocialMediaStatisticsResponseResultsBreakdownsPosts {
        /// `total`.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// `totalChange`.
        #[serde(
            rename = "totalChange",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub total_change: Option<f64>,
        /// `platforms`.
        #[serde(rename = "platforms", default, skip_serializing_if = "Option::is_none")]
        pub platforms: Option<serde_json::Map<String, serde_json::Value>>,
    }

    /// `GetSocialMediaStatisticsResponseResultsBreakdownsImpressions` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSocialMediaStatisticsResponseResultsBreakdownsImpressions {
        /// `total`.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// `totalChange`.
        #[serde(
            rename = "totalChange",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub total_change: Option<f64>,
        /// `platforms`.
        #[serde(rename = "platforms", default, skip_serializing_if = "Option::is_none")]
        pub platforms: Option<serde_json::Map<String, serde_json::Value>>,
    }

    /// `GetSocialMediaStatisticsResponseResultsBreakdownsReach` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSocialMediaStatisticsResponseResultsBreakdownsReach {
        /// `total`.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// `totalChange`.
        #[serde(
            rename = "totalChange",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub total_change: Option<f64>,
        /// `platforms`.
        #[serde(rename = "platforms", default, skip_serializing_if = "Option::is_none")]
        pub platforms: Option<serde_json::Map<String, serde_json::Value>>,
    }

    /// Detailed breakdowns by metric and platform
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSocialMediaStatisticsResponseResultsBreakdowns {
    /// `posts`.
    #[serde(rename = "posts", default, skip_serializing_if = "Option::is_none")]
    pub posts: Option<crate::apps::social_media_posting::models::GetSocialMediaStatisticsResponseResultsBreakdownsPosts>,
    /// `impressions`.
    #[serde(rename = "impressions", default, skip_serializing_if = "Option::is_none")]
    pub impressions: Option<crate::apps::social_media_posting::models::GetSocialMediaStatisticsResponseResultsBreakdownsImpressions>,
    /// `reach`.
    #[serde(rename = "reach", default, skip_serializing_if = "Option::is_none")]
    pub reach: Option<crate::apps::social_media_posting::models::GetSocialMediaStatisticsResponseResultsBreakdownsReach>,
    /// `engagement`.
    #[serde(rename = "engagement", default, skip_serializing_if = "Option::is_none")]
    pub engagement: Option<serde_json::Map<String, serde_json::Value>>,
}

    /// Platform-wise totals with time series data
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSocialMediaStatisticsResponseResultsPlatformTotals {
        /// `impressions`.
        #[serde(
            rename = "impressions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub impressions: Option<serde_json::Map<String, serde_json::Value>>,
        /// `followers`.
        #[serde(rename = "followers", default, skip_serializing_if = "Option::is_none")]
        pub followers: Option<serde_json::Map<String, serde_json::Value>>,
        /// `likes`.
        #[serde(rename = "likes", default, skip_serializing_if = "Option::is_none")]
        pub likes: Option<serde_json::Map<String, serde_json::Value>>,
    }

    /// `GetSocialMediaStatisticsResponseResultsDemographicsGenderTotalsMale` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSocialMediaStatisticsResponseResultsDemographicsGenderTotalsMale {
        /// `total`.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// `percentage`.
        #[serde(
            rename = "percentage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub percentage: Option<f64>,
    }

    /// `GetSocialMediaStatisticsResponseResultsDemographicsGenderTotalsFemale` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSocialMediaStatisticsResponseResultsDemographicsGenderTotalsFemale {
        /// `total`.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// `percentage`.
        #[serde(
            rename = "percentage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub percentage: Option<f64>,
    }

    /// `GetSocialMediaStatisticsResponseResultsDemographicsGenderTotalsUnknown` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSocialMediaStatisticsResponseResultsDemographicsGenderTotalsUnknown {
        /// `total`.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// `percentage`.
        #[serde(
            rename = "percentage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub percentage: Option<f64>,
    }

    /// `GetSocialMediaStatisticsResponseResultsDemographicsGenderTotals` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSocialMediaStatisticsResponseResultsDemographicsGenderTotals {
    /// `male`.
    #[serde(rename = "male", default, skip_serializing_if = "Option::is_none")]
    pub male: Option<crate::apps::social_media_posting::models::GetSocialMediaStatisticsResponseResultsDemographicsGenderTotalsMale>,
    /// `female`.
    #[serde(rename = "female", default, skip_serializing_if = "Option::is_none")]
    pub female: Option<crate::apps::social_media_posting::models::GetSocialMediaStatisticsResponseResultsDemographicsGenderTotalsFemale>,
    /// `unknown`.
    #[serde(rename = "unknown", default, skip_serializing_if = "Option::is_none")]
    pub unknown: Option<crate::apps::social_media_posting::models::GetSocialMediaStatisticsResponseResultsDemographicsGenderTotalsUnknown>,
}

    /// `GetSocialMediaStatisticsResponseResultsDemographicsGender` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSocialMediaStatisticsResponseResultsDemographicsGender {
    /// `totals`.
    #[serde(rename = "totals", default, skip_serializing_if = "Option::is_none")]
    pub totals: Option<crate::apps::social_media_posting::models::GetSocialMediaStatisticsResponseResultsDemographicsGenderTotals>,
}

    /// `GetSocialMediaStatisticsResponseResultsDemographicsAgeTotals` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSocialMediaStatisticsResponseResultsDemographicsAgeTotals {
        /// `13-17`.
        #[serde(rename = "13-17", default, skip_serializing_if = "Option::is_none")]
        pub n13_17: Option<f64>,
        /// `18-24`.
        #[serde(rename = "18-24", default, skip_serializing_if = "Option::is_none")]
        pub n18_24: Option<f64>,
        /// `25-34`.
        #[serde(rename = "25-34", default, skip_serializing_if = "Option::is_none")]
        pub n25_34: Option<f64>,
        /// `35-44`.
        #[serde(rename = "35-44", default, skip_serializing_if = "Option::is_none")]
        pub n35_44: Option<f64>,
        /// `45-54`.
        #[serde(rename = "45-54", default, skip_serializing_if = "Option::is_none")]
        pub n45_54: Option<f64>,
        /// `55-64`.
        #[serde(rename = "55-64", default, skip_serializing_if = "Option::is_none")]
        pub n55_64: Option<f64>,
        /// `65+`.
        #[serde(rename = "65+", default, skip_serializing_if = "Option::is_none")]
        pub n65: Option<f64>,
    }

    /// `GetSocialMediaStatisticsResponseResultsDemographicsAge` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSocialMediaStatisticsResponseResultsDemographicsAge {
    /// `totals`.
    #[serde(rename = "totals", default, skip_serializing_if = "Option::is_none")]
    pub totals: Option<crate::apps::social_media_posting::models::GetSocialMediaStatisticsResponseResultsDemographicsAgeTotals>,
}

    /// Demographic data breakdown
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSocialMediaStatisticsResponseResultsDemographics {
    /// `gender`.
    #[serde(rename = "gender", default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<crate::apps::social_media_posting::models::GetSocialMediaStatisticsResponseResultsDemographicsGender>,
    /// `age`.
    #[serde(rename = "age", default, skip_serializing_if = "Option::is_none")]
    pub age: Option<crate::apps::social_media_posting::models::GetSocialMediaStatisticsResponseResultsDemographicsAge>,
}

    /// Analytics data grouped by metrics and platforms
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSocialMediaStatisticsResponseResults {
    /// Array of day names for the analytics period
    #[serde(rename = "dayRange", default, skip_serializing_if = "Option::is_none")]
    pub day_range: Option<Vec<String>>,
    /// Aggregated metrics totals
    #[serde(rename = "totals", default, skip_serializing_if = "Option::is_none")]
    pub totals: Option<crate::apps::social_media_posting::models::GetSocialMediaStatisticsResponseResultsTotals>,
    /// Post performance metrics over time
    #[serde(rename = "postPerformance", default, skip_serializing_if = "Option::is_none")]
    pub post_performance: Option<crate::apps::social_media_posting::models::GetSocialMediaStatisticsResponseResultsPostPerformance>,
    /// Detailed breakdowns by metric and platform
    #[serde(rename = "breakdowns", default, skip_serializing_if = "Option::is_none")]
    pub breakdowns: Option<crate::apps::social_media_posting::models::GetSocialMediaStatisticsResponseResultsBreakdowns>,
    /// Platform-wise totals with time series data
    #[serde(rename = "platformTotals", default, skip_serializing_if = "Option::is_none")]
    pub platform_totals: Option<crate::apps::social_media_posting::models::GetSocialMediaStatisticsResponseResultsPlatformTotals>,
    /// Demographic data breakdown
    #[serde(rename = "demographics", default, skip_serializing_if = "Option::is_none")]
    pub demographics: Option<crate::apps::social_media_posting::models::GetSocialMediaStatisticsResponseResultsDemographics>,
}

    /// `GetSocialMediaStatisticsResponse` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSocialMediaStatisticsResponse {
        /// Analytics data grouped by metrics and platforms
        #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
        pub results: Option<
            crate::apps::social_media_posting::models::GetSocialMediaStatisticsResponseResults,
        >,
        /// `message`.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// `traceId`.
        #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
    }
}

/// The Social Media Posting API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct SocialMediaPostingApi {
    client: GhlClient,
}

impl SocialMediaPostingApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Starts OAuth For Google Account
    ///
    /// Open the API in a window with appropriate params and headers instead of using the Curl. User is navigated to Google login OAuth screen. On successful login, listen on window object for message where event listener returns data in its callback function.
    /// ### Sample code to listen to event data:
    /// window.addEventListener('message',
    /// function(e) {
    /// if (e.data && e.data.page === 'social_media_posting') {
    /// const { actionType, page, platform, placement, accountId, reconnectAccounts } = e.data
    /// }
    /// },
    /// false)
    /// ### Event Data Response:
    /// {
    /// actionType: string,            Ex: "close"
    /// page: string,                  Ex: "social-media-posting"
    /// platform: string,              Ex: "google"
    /// placement: string,             Ex: "placement"
    /// accountId: string,             Ex: "658a9b6833b91e0ecb8f3958"
    /// reconnectAccounts: string\[\]\]   Ex: \["658a9b6833b91e0ecb834acd", "efd2daa9b6833b91e0ecb8f3511"\]
    /// }
    /// ### The accountId retrieved from above data can be used to fetch Google account details using below API -
    /// API: '/social-media-posting/oauth/google/accounts/:accountId'
    ///
    /// Method: GET
    ///
    /// `GET /social-media-posting/oauth/google/start`
    ///
    /// Version `2021-07-28`; scope `socialplanner/oauth.readonly`; retried after an unknown outcome; pages by Page.
    pub fn start_google_oauth(
        &self,
        location_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> ops::StartGoogleOauth {
        let mut req = Request::new(
            http::Method::GET,
            "/social-media-posting/oauth/google/start",
            "/social-media-posting/oauth/google/start",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("userId", user_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::StartGoogleOauth {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get google business locations
    ///
    /// `GET /social-media-posting/oauth/{locationId}/google/locations/{accountId}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn get_google_locations(
        &self,
        location_id: impl AsRef<str>,
        account_id: impl AsRef<str>,
    ) -> ops::GetGoogleLocations {
        let mut req = Request::new(
            http::Method::GET,
            "/social-media-posting/oauth/{locationId}/google/locations/{accountId}",
            format!(
                "/social-media-posting/oauth/{}/google/locations/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(account_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetGoogleLocations {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Set google business locations
    ///
    /// `POST /social-media-posting/oauth/{locationId}/google/locations/{accountId}`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn set_google_locations(
        &self,
        location_id: impl AsRef<str>,
        account_id: impl AsRef<str>,
        body: &crate::apps::social_media_posting::models::AttachGmbLocationDto,
    ) -> ops::SetGoogleLocations {
        let mut req = Request::new(
            http::Method::POST,
            "/social-media-posting/oauth/{locationId}/google/locations/{accountId}",
            format!(
                "/social-media-posting/oauth/{}/google/locations/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(account_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::SetGoogleLocations {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get posts
    ///
    /// Get Posts
    ///
    /// `POST /social-media-posting/{locationId}/posts/list`
    ///
    /// Version `2021-07-28`; scope `socialplanner/post.readonly`; never repeated after an unknown outcome; pages by Offset.
    pub fn get_posts(
        &self,
        location_id: impl AsRef<str>,
        body: &crate::apps::social_media_posting::models::SearchPostDto,
    ) -> ops::GetPosts {
        let mut req = Request::new(
            http::Method::POST,
            "/social-media-posting/{locationId}/posts/list",
            format!(
                "/social-media-posting/{}/posts/list",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::GetPosts {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create post
    ///
    /// Create posts for all supported platforms. It is possible to create customized posts per channel by using the same platform account IDs in a request and hitting the create post API multiple times with different summaries and account IDs per platform.
    ///
    /// The content and media limitations, as well as platform rate limiters corresponding to the respective platforms, are provided in the following reference link:
    ///
    /// Link: \[Platform Limitations\](https://help.leadconnectorhq.com/support/solutions/articles/48001240003-social-planner-image-video-content-and-api-limitations "Social Planner Help")
    ///
    /// `POST /social-media-posting/{locationId}/posts`
    ///
    /// Version `2021-07-28`; scope `socialplanner/post.write`; never repeated after an unknown outcome.
    pub fn create_post(
        &self,
        location_id: impl AsRef<str>,
        body: &crate::apps::social_media_posting::models::CreatePostDto,
    ) -> ops::CreatePost {
        let mut req = Request::new(
            http::Method::POST,
            "/social-media-posting/{locationId}/posts",
            format!(
                "/social-media-posting/{}/posts",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::CreatePost {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get post
    ///
    /// `GET /social-media-posting/{locationId}/posts/{id}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn get_post(&self, location_id: impl AsRef<str>, id: impl AsRef<str>) -> ops::GetPost {
        let mut req = Request::new(
            http::Method::GET,
            "/social-media-posting/{locationId}/posts/{id}",
            format!(
                "/social-media-posting/{}/posts/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetPost {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Edit post
    ///
    /// Create posts for all supported platforms. It is possible to create customized posts per channel by using the same platform account IDs in a request and hitting the create post API multiple times with different summaries and account IDs per platform.
    ///
    /// The content and media limitations, as well as platform rate limiters corresponding to the respective platforms, are provided in the following reference link:
    ///
    /// Link: \[Platform Limitations\](https://help.leadconnectorhq.com/support/solutions/articles/48001240003-social-planner-image-video-content-and-api-limitations "Social Planner Help")
    ///
    /// `PUT /social-media-posting/{locationId}/posts/{id}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn edit_post(
        &self,
        location_id: impl AsRef<str>,
        id: impl AsRef<str>,
        body: &crate::apps::social_media_posting::models::PostCreateRequest,
    ) -> ops::EditPost {
        let mut req = Request::new(
            http::Method::PUT,
            "/social-media-posting/{locationId}/posts/{id}",
            format!(
                "/social-media-posting/{}/posts/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::EditPost {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Post
    ///
    /// `DELETE /social-media-posting/{locationId}/posts/{id}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn delete_post(
        &self,
        location_id: impl AsRef<str>,
        id: impl AsRef<str>,
    ) -> ops::DeletePost {
        let mut req = Request::new(
            http::Method::DELETE,
            "/social-media-posting/{locationId}/posts/{id}",
            format!(
                "/social-media-posting/{}/posts/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::DeletePost {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Bulk Delete Social Planner Posts
    ///
    /// Deletes multiple posts based on the provided list of post IDs.
    /// This operation is useful for clearing up large numbers of posts efficiently.
    ///
    /// Note:
    ///
    /// 1.The maximum number of posts that can be deleted in a single request is '50'.
    ///
    /// 2.However, It will only get deleted in Highlevel database but still
    /// it is recommended to be cautious of this operation.
    ///
    /// `POST /social-media-posting/{locationId}/posts/bulk-delete`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn bulk_delete_social_planner_posts(
        &self,
        location_id: impl AsRef<str>,
        body: &crate::apps::social_media_posting::models::DeletePostsDto,
    ) -> ops::BulkDeleteSocialPlannerPosts {
        let mut req = Request::new(
            http::Method::POST,
            "/social-media-posting/{locationId}/posts/bulk-delete",
            format!(
                "/social-media-posting/{}/posts/bulk-delete",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::BulkDeleteSocialPlannerPosts {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Accounts
    ///
    /// Get list of accounts and groups
    ///
    /// `GET /social-media-posting/{locationId}/accounts`
    ///
    /// Version `2021-07-28`; scope `socialplanner/account.readonly`; retried after an unknown outcome.
    pub fn get_account(&self, location_id: impl AsRef<str>) -> ops::GetAccount {
        let mut req = Request::new(
            http::Method::GET,
            "/social-media-posting/{locationId}/accounts",
            format!(
                "/social-media-posting/{}/accounts",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetAccount {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Account
    ///
    /// Delete account and account from group
    ///
    /// `DELETE /social-media-posting/{locationId}/accounts/{id}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn delete_account(
        &self,
        location_id: impl AsRef<str>,
        id: impl AsRef<str>,
    ) -> ops::DeleteAccount {
        let mut req = Request::new(
            http::Method::DELETE,
            "/social-media-posting/{locationId}/accounts/{id}",
            format!(
                "/social-media-posting/{}/accounts/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::DeleteAccount {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Starts OAuth For Facebook Account
    ///
    /// Open the API in a window with appropriate params and headers instead of using the Curl. User is navigated to Facebook login OAuth screen. On successful login, listen on window object for message where event listener returns data in its callback function.
    /// ### Sample code to listen to event data:
    /// window.addEventListener('message',
    /// function(e) {
    /// if (e.data && e.data.page === 'social_media_posting') {
    /// const { actionType, page, platform, placement, accountId, reconnectAccounts } = e.data
    /// }
    /// },
    /// false)
    /// ### Event Data Response:
    /// {
    /// actionType: string,            Ex: "close"
    /// page: string,                  Ex: "social-media-posting"
    /// platform: string,              Ex: "facebook"
    /// placement: string,             Ex: "placement"
    /// accountId: string,             Ex: "658a9b6833b91e0ecb8f3958"
    /// reconnectAccounts: string\[\]\]   Ex: \["658a9b6833b91e0ecb834acd", "efd2daa9b6833b91e0ecb8f3511"\]
    /// }
    /// ### The accountId retrieved from above data can be used to fetch Facebook account details using below API -
    /// API: '/social-media-posting/oauth/facebook/accounts/:accountId'
    ///
    /// Method: GET
    ///
    /// `GET /social-media-posting/oauth/facebook/start`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome; pages by Page.
    pub fn start_facebook_oauth(
        &self,
        location_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> ops::StartFacebookOauth {
        let mut req = Request::new(
            http::Method::GET,
            "/social-media-posting/oauth/facebook/start",
            "/social-media-posting/oauth/facebook/start",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("userId", user_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::StartFacebookOauth {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get facebook pages
    ///
    /// `GET /social-media-posting/oauth/{locationId}/facebook/accounts/{accountId}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn get_facebook_page_group(
        &self,
        location_id: impl AsRef<str>,
        account_id: impl AsRef<str>,
    ) -> ops::GetFacebookPageGroup {
        let mut req = Request::new(
            http::Method::GET,
            "/social-media-posting/oauth/{locationId}/facebook/accounts/{accountId}",
            format!(
                "/social-media-posting/oauth/{}/facebook/accounts/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(account_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetFacebookPageGroup {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Attach facebook pages
    ///
    /// `POST /social-media-posting/oauth/{locationId}/facebook/accounts/{accountId}`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn attach_facebook_page_group(
        &self,
        location_id: impl AsRef<str>,
        account_id: impl AsRef<str>,
        body: &crate::apps::social_media_posting::models::AttachFbAccountDto,
    ) -> ops::AttachFacebookPageGroup {
        let mut req = Request::new(
            http::Method::POST,
            "/social-media-posting/oauth/{locationId}/facebook/accounts/{accountId}",
            format!(
                "/social-media-posting/oauth/{}/facebook/accounts/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(account_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::AttachFacebookPageGroup {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Starts OAuth For Instagram Account
    ///
    /// Open the API in a window with appropriate params and headers instead of using the Curl. User is navigated to Instagram login OAuth screen. On successful login, listen on window object for message where event listener returns data in its callback function.
    /// ### Sample code to listen to event data:
    /// window.addEventListener('message',
    /// function(e) {
    /// if (e.data && e.data.page === 'social_media_posting') {
    /// const { actionType, page, platform, placement, accountId, reconnectAccounts } = e.data
    /// }
    /// },
    /// false)
    /// ### Event Data Response:
    /// {
    /// actionType: string,            Ex: "close"
    /// page: string,                  Ex: "social-media-posting"
    /// platform: string,              Ex: "instagram"
    /// placement: string,             Ex: "placement"
    /// accountId: string,             Ex: "658a9b6833b91e0ecb8f3958"
    /// reconnectAccounts: string\[\]\]   Ex: \["658a9b6833b91e0ecb834acd", "efd2daa9b6833b91e0ecb8f3511"\]
    /// }
    /// ### The accountId retrieved from above data can be used to fetch Instagram account details using below API -
    /// API: '/social-media-posting/oauth/instagram/accounts/:accountId'
    ///
    /// Method: GET
    ///
    /// `GET /social-media-posting/oauth/instagram/start`
    ///
    /// Version `2021-07-28`; scope `socialplanner/oauth.readonly`; retried after an unknown outcome; pages by Page.
    pub fn start_instagram_oauth(
        &self,
        location_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> ops::StartInstagramOauth {
        let mut req = Request::new(
            http::Method::GET,
            "/social-media-posting/oauth/instagram/start",
            "/social-media-posting/oauth/instagram/start",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("userId", user_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::StartInstagramOauth {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Instagram Professional Accounts
    ///
    /// `GET /social-media-posting/oauth/{locationId}/instagram/accounts/{accountId}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn get_instagram_page_group(
        &self,
        location_id: impl AsRef<str>,
        account_id: impl AsRef<str>,
    ) -> ops::GetInstagramPageGroup {
        let mut req = Request::new(
            http::Method::GET,
            "/social-media-posting/oauth/{locationId}/instagram/accounts/{accountId}",
            format!(
                "/social-media-posting/oauth/{}/instagram/accounts/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(account_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetInstagramPageGroup {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Attach Instagram Professional Accounts
    ///
    /// `POST /social-media-posting/oauth/{locationId}/instagram/accounts/{accountId}`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn attach_instagram_page_group(
        &self,
        location_id: impl AsRef<str>,
        account_id: impl AsRef<str>,
        body: &crate::apps::social_media_posting::models::AttachIgAccountDto,
    ) -> ops::AttachInstagramPageGroup {
        let mut req = Request::new(
            http::Method::POST,
            "/social-media-posting/oauth/{locationId}/instagram/accounts/{accountId}",
            format!(
                "/social-media-posting/oauth/{}/instagram/accounts/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(account_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::AttachInstagramPageGroup {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Starts OAuth For LinkedIn Account
    ///
    /// Open the API in a window with appropriate params and headers instead of using the Curl. User is navigated to LinkedIn login OAuth screen. On successful login, listen on window object for message where event listener returns data in its callback function.
    /// ### Sample code to listen to event data:
    /// window.addEventListener('message',
    /// function(e) {
    /// if (e.data && e.data.page === 'social_media_posting') {
    /// const { actionType, page, platform, placement, accountId, reconnectAccounts } = e.data
    /// }
    /// },
    /// false)
    /// ### Event Data Response:
    /// {
    /// actionType: string,            Ex: "close"
    /// page: string,                  Ex: "social-media-posting"
    /// platform: string,              Ex: "linkedin"
    /// placement: string,             Ex: "placement"
    /// accountId: string,             Ex: "658a9b6833b91e0ecb8f3958"
    /// reconnectAccounts: string\[\]\]   Ex: \["658a9b6833b91e0ecb834acd", "efd2daa9b6833b91e0ecb8f3511"\]
    /// }
    /// ### The accountId retrieved from above data can be used to fetch LinkedIn account details using below API -
    /// API: '/social-media-posting/oauth/linkedin/accounts/:accountId'
    ///
    /// Method: GET
    ///
    /// `GET /social-media-posting/oauth/linkedin/start`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome; pages by Page.
    pub fn start_linkedin_oauth(
        &self,
        location_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> ops::StartLinkedinOauth {
        let mut req = Request::new(
            http::Method::GET,
            "/social-media-posting/oauth/linkedin/start",
            "/social-media-posting/oauth/linkedin/start",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("userId", user_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::StartLinkedinOauth {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Linkedin pages and profile
    ///
    /// `GET /social-media-posting/oauth/{locationId}/linkedin/accounts/{accountId}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn get_linkedin_page_profile(
        &self,
        location_id: impl AsRef<str>,
        account_id: impl AsRef<str>,
    ) -> ops::GetLinkedinPageProfile {
        let mut req = Request::new(
            http::Method::GET,
            "/social-media-posting/oauth/{locationId}/linkedin/accounts/{accountId}",
            format!(
                "/social-media-posting/oauth/{}/linkedin/accounts/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(account_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetLinkedinPageProfile {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Attach linkedin pages and profile
    ///
    /// `POST /social-media-posting/oauth/{locationId}/linkedin/accounts/{accountId}`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn attach_linkedin_page_profile(
        &self,
        location_id: impl AsRef<str>,
        account_id: impl AsRef<str>,
        body: &crate::apps::social_media_posting::models::AttachLinkedinAccountDto,
    ) -> ops::AttachLinkedinPageProfile {
        let mut req = Request::new(
            http::Method::POST,
            "/social-media-posting/oauth/{locationId}/linkedin/accounts/{accountId}",
            format!(
                "/social-media-posting/oauth/{}/linkedin/accounts/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(account_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::AttachLinkedinPageProfile {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Starts OAuth For Twitter Account
    ///
    /// &lt;div&gt;&lt;div&gt;
    /// &lt;span style= "display: inline-block;
    /// width: 25px; height: 25px;
    /// background-color: red;
    /// color: black;
    /// font-weight: bold;
    /// font-size: 24px;
    /// text-align: center;
    /// line-height: 20px;
    /// border: 2px solid black;
    /// border-radius: 20%;
    /// margin-right: 10px;"&gt;
    /// !
    /// &lt;/span&gt;
    /// &lt;span&gt;&lt;strong&gt;As of December 4, 2024, X (formerly Twitter) is no longer supported. We apologise for any inconvenience.&lt;/strong&gt;&lt;/span&gt;
    /// &lt;/div&gt;&lt;/div&gt;
    ///
    /// `GET /social-media-posting/oauth/twitter/start`
    ///
    /// Version `2021-07-28`; scope `socialplanner/oauth.readonly`; retried after an unknown outcome; pages by Page.
    #[deprecated(note = "deprecated in GHL's spec")]
    pub fn start_twitter_oauth(
        &self,
        location_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> ops::StartTwitterOauth {
        let mut req = Request::new(
            http::Method::GET,
            "/social-media-posting/oauth/twitter/start",
            "/social-media-posting/oauth/twitter/start",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("userId", user_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::StartTwitterOauth {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Twitter profile
    ///
    /// &lt;div&gt;&lt;div&gt;
    /// &lt;span style= "display: inline-block;
    /// width: 25px; height: 25px;
    /// background-color: red;
    /// color: black;
    /// font-weight: bold;
    /// font-size: 24px;
    /// text-align: center;
    /// line-height: 20px;
    /// border: 2px solid black;
    /// border-radius: 20%;
    /// margin-right: 10px;"&gt;
    /// !
    /// &lt;/span&gt;
    /// &lt;span&gt;&lt;strong&gt;As of December 4, 2024, X (formerly Twitter) is no longer supported. We apologise for any inconvenience.&lt;/strong&gt;&lt;/span&gt;
    /// &lt;/div&gt;&lt;/div&gt;
    ///
    /// `GET /social-media-posting/oauth/{locationId}/twitter/accounts/{accountId}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    #[deprecated(note = "deprecated in GHL's spec")]
    pub fn get_twitter_profile(
        &self,
        location_id: impl AsRef<str>,
        account_id: impl AsRef<str>,
    ) -> ops::GetTwitterProfile {
        let mut req = Request::new(
            http::Method::GET,
            "/social-media-posting/oauth/{locationId}/twitter/accounts/{accountId}",
            format!(
                "/social-media-posting/oauth/{}/twitter/accounts/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(account_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetTwitterProfile {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Attach Twitter profile
    ///
    /// &lt;div&gt;&lt;div&gt;
    /// &lt;span style= "display: inline-block;
    /// width: 25px; height: 25px;
    /// background-color: red;
    /// color: black;
    /// font-weight: bold;
    /// font-size: 24px;
    /// text-align: center;
    /// line-height: 20px;
    /// border: 2px solid black;
    /// border-radius: 20%;
    /// margin-right: 10px;"&gt;
    /// !
    /// &lt;/span&gt;
    /// &lt;span&gt;&lt;strong&gt;As of December 4, 2024, X (formerly Twitter) is no longer supported. We apologise for any inconvenience.&lt;/strong&gt;&lt;/span&gt;
    /// &lt;/div&gt;&lt;/div&gt;
    ///
    /// `POST /social-media-posting/oauth/{locationId}/twitter/accounts/{accountId}`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    #[deprecated(note = "deprecated in GHL's spec")]
    pub fn attach_twitter_profile(
        &self,
        location_id: impl AsRef<str>,
        account_id: impl AsRef<str>,
        body: &crate::apps::social_media_posting::models::AttachTwitterAccountDto,
    ) -> ops::AttachTwitterProfile {
        let mut req = Request::new(
            http::Method::POST,
            "/social-media-posting/oauth/{locationId}/twitter/accounts/{accountId}",
            format!(
                "/social-media-posting/oauth/{}/twitter/accounts/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(account_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::AttachTwitterProfile {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Upload Status
    ///
    /// `GET /social-media-posting/{locationId}/csv`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome; pages by Offset.
    pub fn get_upload_status(&self, location_id: impl AsRef<str>) -> ops::GetUploadStatus {
        let mut req = Request::new(
            http::Method::GET,
            "/social-media-posting/{locationId}/csv",
            format!(
                "/social-media-posting/{}/csv",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetUploadStatus {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Upload CSV
    ///
    /// `POST /social-media-posting/{locationId}/csv`
    ///
    /// Version `2021-07-28`; scope `socialplanner/csv.write`; never repeated after an unknown outcome.
    pub fn upload_csv(
        &self,
        location_id: impl AsRef<str>,
        form: crate::request::Multipart,
    ) -> ops::UploadCsv {
        let mut req = Request::new(
            http::Method::POST,
            "/social-media-posting/{locationId}/csv",
            format!(
                "/social-media-posting/{}/csv",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = req.multipart(form);
        ops::UploadCsv {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Set Accounts
    ///
    /// `POST /social-media-posting/{locationId}/set-accounts`
    ///
    /// Version `2021-07-28`; scope `socialplanner/csv.write`; never repeated after an unknown outcome.
    pub fn set_accounts(
        &self,
        location_id: impl AsRef<str>,
        body: &crate::apps::social_media_posting::models::SetAccountsDto,
    ) -> ops::SetAccounts {
        let mut req = Request::new(
            http::Method::POST,
            "/social-media-posting/{locationId}/set-accounts",
            format!(
                "/social-media-posting/{}/set-accounts",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::SetAccounts {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get CSV Post
    ///
    /// `GET /social-media-posting/{locationId}/csv/{id}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome; pages by Offset.
    pub fn get_csv_post(
        &self,
        location_id: impl AsRef<str>,
        id: impl AsRef<str>,
    ) -> ops::GetCsvPost {
        let mut req = Request::new(
            http::Method::GET,
            "/social-media-posting/{locationId}/csv/{id}",
            format!(
                "/social-media-posting/{}/csv/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetCsvPost {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Start CSV Finalize
    ///
    /// `PATCH /social-media-posting/{locationId}/csv/{id}`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn start_csv_finalize(
        &self,
        location_id: impl AsRef<str>,
        id: impl AsRef<str>,
        body: &crate::apps::social_media_posting::models::CsvDefaultDto,
    ) -> ops::StartCsvFinalize {
        let mut req = Request::new(
            http::Method::PATCH,
            "/social-media-posting/{locationId}/csv/{id}",
            format!(
                "/social-media-posting/{}/csv/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::StartCsvFinalize {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete CSV
    ///
    /// `DELETE /social-media-posting/{locationId}/csv/{id}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn delete_csv(&self, location_id: impl AsRef<str>, id: impl AsRef<str>) -> ops::DeleteCsv {
        let mut req = Request::new(
            http::Method::DELETE,
            "/social-media-posting/{locationId}/csv/{id}",
            format!(
                "/social-media-posting/{}/csv/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::DeleteCsv {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete CSV Post
    ///
    /// `DELETE /social-media-posting/{locationId}/csv/{csvId}/post/{postId}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn delete_csv_post(
        &self,
        location_id: impl AsRef<str>,
        csv_id: impl AsRef<str>,
        post_id: impl AsRef<str>,
    ) -> ops::DeleteCsvPost {
        let mut req = Request::new(
            http::Method::DELETE,
            "/social-media-posting/{locationId}/csv/{csvId}/post/{postId}",
            format!(
                "/social-media-posting/{}/csv/{}/post/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(csv_id.as_ref()),
                crate::request::segment(post_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::DeleteCsvPost {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Starts OAuth For Tiktok Account
    ///
    /// Open the API in a window with appropriate params and headers instead of using the Curl. User is navigated to Tiktok login OAuth screen. On successful login, listen on window object for message where event listener returns data in its callback function.
    /// ### Sample code to listen to event data:
    /// window.addEventListener('message',
    /// function(e) {
    /// if (e.data && e.data.page === 'social_media_posting') {
    /// const { actionType, page, platform, placement, accountId, reconnectAccounts } = e.data
    /// }
    /// },
    /// false)
    /// ### Event Data Response:
    /// {
    /// actionType: string,            Ex: "close"
    /// page: string,                  Ex: "social-media-posting"
    /// platform: string,              Ex: "tiktok"
    /// placement: string,             Ex: "placement"
    /// accountId: string,             Ex: "658a9b6833b91e0ecb8f3958"
    /// reconnectAccounts: string\[\]\]   Ex: \["658a9b6833b91e0ecb834acd", "efd2daa9b6833b91e0ecb8f3511"\]
    /// }
    /// ### The accountId retrieved from above data can be used to fetch Tiktok account details using below API -
    /// API: '/social-media-posting/oauth/tiktok/accounts/:accountId'
    ///
    /// Method: GET
    ///
    /// `GET /social-media-posting/oauth/tiktok/start`
    ///
    /// Version `2021-07-28`; scope `socialplanner/oauth.readonly`; retried after an unknown outcome; pages by Page.
    pub fn start_tiktok_oauth(
        &self,
        location_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> ops::StartTiktokOauth {
        let mut req = Request::new(
            http::Method::GET,
            "/social-media-posting/oauth/tiktok/start",
            "/social-media-posting/oauth/tiktok/start",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("userId", user_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::StartTiktokOauth {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Tiktok profile
    ///
    /// `GET /social-media-posting/oauth/{locationId}/tiktok/accounts/{accountId}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn get_tiktok_profile(
        &self,
        location_id: impl AsRef<str>,
        account_id: impl AsRef<str>,
    ) -> ops::GetTiktokProfile {
        let mut req = Request::new(
            http::Method::GET,
            "/social-media-posting/oauth/{locationId}/tiktok/accounts/{accountId}",
            format!(
                "/social-media-posting/oauth/{}/tiktok/accounts/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(account_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetTiktokProfile {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Attach Tiktok profile
    ///
    /// `POST /social-media-posting/oauth/{locationId}/tiktok/accounts/{accountId}`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn attach_tiktok_profile(
        &self,
        location_id: impl AsRef<str>,
        account_id: impl AsRef<str>,
        body: &crate::apps::social_media_posting::models::AttachTiktokAccountDto,
    ) -> ops::AttachTiktokProfile {
        let mut req = Request::new(
            http::Method::POST,
            "/social-media-posting/oauth/{locationId}/tiktok/accounts/{accountId}",
            format!(
                "/social-media-posting/oauth/{}/tiktok/accounts/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(account_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::AttachTiktokProfile {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Starts OAuth For Tiktok Business Account
    ///
    /// Open the API in a window with appropriate params and headers instead of using the Curl. User is navigated to Tiktok-Business login OAuth screen. On successful login, listen on window object for message where event listener returns data in its callback function.
    /// ### Sample code to listen to event data:
    /// window.addEventListener('message',
    /// function(e) {
    /// if (e.data && e.data.page === 'social_media_posting') {
    /// const { actionType, page, platform, placement, accountId, reconnectAccounts } = e.data
    /// }
    /// },
    /// false)
    /// ### Event Data Response:
    /// {
    /// actionType: string,            Ex: "close"
    /// page: string,                  Ex: "social-media-posting"
    /// platform: string,              Ex: "tiktok-business"
    /// placement: string,             Ex: "placement"
    /// accountId: string,             Ex: "658a9b6833b91e0ecb8f3958"
    /// reconnectAccounts: string\[\]\]   Ex: \["658a9b6833b91e0ecb834acd", "efd2daa9b6833b91e0ecb8f3511"\]
    /// }
    /// ### The accountId retrieved from above data can be used to fetch Tiktok-Business account details using below API -
    /// API: '/social-media-posting/oauth/tiktok-business/accounts/:accountId'
    ///
    /// Method: GET
    ///
    /// `GET /social-media-posting/oauth/tiktok-business/start`
    ///
    /// Version `2021-07-28`; scope `socialplanner/oauth.readonly`; retried after an unknown outcome; pages by Page.
    pub fn start_tiktok_business_oauth(
        &self,
        location_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> ops::StartTiktokBusinessOauth {
        let mut req = Request::new(
            http::Method::GET,
            "/social-media-posting/oauth/tiktok-business/start",
            "/social-media-posting/oauth/tiktok-business/start",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("userId", user_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::StartTiktokBusinessOauth {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Tiktok Business profile
    ///
    /// `GET /social-media-posting/oauth/{locationId}/tiktok-business/accounts/{accountId}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn get_tiktok_business_profile(
        &self,
        location_id: impl AsRef<str>,
        account_id: impl AsRef<str>,
    ) -> ops::GetTiktokBusinessProfile {
        let mut req = Request::new(
            http::Method::GET,
            "/social-media-posting/oauth/{locationId}/tiktok-business/accounts/{accountId}",
            format!(
                "/social-media-posting/oauth/{}/tiktok-business/accounts/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(account_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetTiktokBusinessProfile {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get categories by location id
    ///
    /// `GET /social-media-posting/{locationId}/categories`
    ///
    /// Version `2021-07-28`; scope `socialplanner/category.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn get_categories_location_id(
        &self,
        location_id: impl AsRef<str>,
    ) -> ops::GetCategoriesLocationId {
        let mut req = Request::new(
            http::Method::GET,
            "/social-media-posting/{locationId}/categories",
            format!(
                "/social-media-posting/{}/categories",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetCategoriesLocationId {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get categories by id
    ///
    /// `GET /social-media-posting/{locationId}/categories/{id}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn get_categories_id(
        &self,
        location_id: impl AsRef<str>,
        id: impl AsRef<str>,
    ) -> ops::GetCategoriesId {
        let mut req = Request::new(
            http::Method::GET,
            "/social-media-posting/{locationId}/categories/{id}",
            format!(
                "/social-media-posting/{}/categories/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetCategoriesId {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get tags by location id
    ///
    /// `GET /social-media-posting/{locationId}/tags`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome; pages by Offset.
    pub fn get_tags_location_id(&self, location_id: impl AsRef<str>) -> ops::GetTagsLocationId {
        let mut req = Request::new(
            http::Method::GET,
            "/social-media-posting/{locationId}/tags",
            format!(
                "/social-media-posting/{}/tags",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetTagsLocationId {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get tags by ids
    ///
    /// `POST /social-media-posting/{locationId}/tags/details`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn get_tags_by_ids(
        &self,
        location_id: impl AsRef<str>,
        body: &crate::apps::social_media_posting::models::UpdateTagDto,
    ) -> ops::GetTagsByIds {
        let mut req = Request::new(
            http::Method::POST,
            "/social-media-posting/{locationId}/tags/details",
            format!(
                "/social-media-posting/{}/tags/details",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::GetTagsByIds {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Social Media Statistics
    ///
    /// Retrieve analytics data for multiple social media accounts. Provides metrics for the last 7 days with comparison to the previous 7 days. Supports filtering by platforms and specific connected accounts.
    ///
    /// `POST /social-media-posting/statistics`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn get_social_media_statistics(
        &self,
        location_id: impl Into<String>,
    ) -> ops::GetSocialMediaStatistics {
        let mut req = Request::new(
            http::Method::POST,
            "/social-media-posting/statistics",
            "/social-media-posting/statistics",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetSocialMediaStatistics {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Social Media Posting API operations (generated from GHL's spec).
    pub fn social_media_posting(&self) -> SocialMediaPostingApi {
        SocialMediaPostingApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /social-media-posting/oauth/google/start` request being built, to send with [`StartGoogleOauth::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct StartGoogleOauth {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl StartGoogleOauth {
        /// Page
        pub fn page(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("page", value.into());
            self
        }

        /// Reconnect
        pub fn reconnect(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("reconnect", value.into());
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

    /// The `GET /social-media-posting/oauth/{locationId}/google/locations/{accountId}` request being built, to send with [`GetGoogleLocations::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetGoogleLocations {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetGoogleLocations {
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
        ) -> Result<crate::apps::social_media_posting::models::GetGoogleLocationResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `POST /social-media-posting/oauth/{locationId}/google/locations/{accountId}` request being built, to send with [`SetGoogleLocations::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct SetGoogleLocations {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl SetGoogleLocations {
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
        ) -> Result<crate::apps::social_media_posting::models::SocialMediaGmbAccountResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `POST /social-media-posting/{locationId}/posts/list` request being built, to send with [`GetPosts::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetPosts {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetPosts {
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
        ) -> Result<crate::apps::social_media_posting::models::PostSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /social-media-posting/{locationId}/posts` request being built, to send with [`CreatePost::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreatePost {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreatePost {
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
        ) -> Result<crate::apps::social_media_posting::models::CreatePostSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `GET /social-media-posting/{locationId}/posts/{id}` request being built, to send with [`GetPost::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetPost {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetPost {
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
        ) -> Result<crate::apps::social_media_posting::models::GetPostSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /social-media-posting/{locationId}/posts/{id}` request being built, to send with [`EditPost::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct EditPost {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl EditPost {
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
        ) -> Result<crate::apps::social_media_posting::models::UpdatePostSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /social-media-posting/{locationId}/posts/{id}` request being built, to send with [`DeletePost::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeletePost {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeletePost {
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
        ) -> Result<crate::apps::social_media_posting::models::DeletePostSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `POST /social-media-posting/{locationId}/posts/bulk-delete` request being built, to send with [`BulkDeleteSocialPlannerPosts::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct BulkDeleteSocialPlannerPosts {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl BulkDeleteSocialPlannerPosts {
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
        ) -> Result<crate::apps::social_media_posting::models::BulkDeleteResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /social-media-posting/{locationId}/accounts` request being built, to send with [`GetAccount::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAccount {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAccount {
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
        ) -> Result<crate::apps::social_media_posting::models::AccountsListResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /social-media-posting/{locationId}/accounts/{id}` request being built, to send with [`DeleteAccount::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteAccount {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteAccount {
        /// Company ID
        pub fn company_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("companyId", value.into());
            self.request = crate::apps::support::resource_if_unset(self.request, "companyId");
            self
        }

        /// User ID
        pub fn user_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("userId", value.into());
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
        ) -> Result<crate::apps::social_media_posting::models::LocationAndAccountDeleteResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `GET /social-media-posting/oauth/facebook/start` request being built, to send with [`StartFacebookOauth::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct StartFacebookOauth {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl StartFacebookOauth {
        /// Facebook Page
        pub fn page(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("page", value.into());
            self
        }

        /// Reconnect boolean as string
        pub fn reconnect(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("reconnect", value.into());
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

    /// The `GET /social-media-posting/oauth/{locationId}/facebook/accounts/{accountId}` request being built, to send with [`GetFacebookPageGroup::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetFacebookPageGroup {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetFacebookPageGroup {
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
        ) -> Result<crate::apps::social_media_posting::models::GetFacebookAccountsResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `POST /social-media-posting/oauth/{locationId}/facebook/accounts/{accountId}` request being built, to send with [`AttachFacebookPageGroup::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct AttachFacebookPageGroup {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl AttachFacebookPageGroup {
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
        ) -> Result<crate::apps::social_media_posting::models::SocialMediaFbAccountResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `GET /social-media-posting/oauth/instagram/start` request being built, to send with [`StartInstagramOauth::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct StartInstagramOauth {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl StartInstagramOauth {
        /// Page
        pub fn page(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("page", value.into());
            self
        }

        /// Reconnect
        pub fn reconnect(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("reconnect", value.into());
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

    /// The `GET /social-media-posting/oauth/{locationId}/instagram/accounts/{accountId}` request being built, to send with [`GetInstagramPageGroup::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetInstagramPageGroup {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetInstagramPageGroup {
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
        ) -> Result<crate::apps::social_media_posting::models::GetInstagramAccountsResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `POST /social-media-posting/oauth/{locationId}/instagram/accounts/{accountId}` request being built, to send with [`AttachInstagramPageGroup::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct AttachInstagramPageGroup {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl AttachInstagramPageGroup {
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
        ) -> Result<crate::apps::social_media_posting::models::SocialMediaInstagramAccountResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `GET /social-media-posting/oauth/linkedin/start` request being built, to send with [`StartLinkedinOauth::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct StartLinkedinOauth {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl StartLinkedinOauth {
        /// Page
        pub fn page(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("page", value.into());
            self
        }

        /// Reconnect
        pub fn reconnect(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("reconnect", value.into());
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

    /// The `GET /social-media-posting/oauth/{locationId}/linkedin/accounts/{accountId}` request being built, to send with [`GetLinkedinPageProfile::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetLinkedinPageProfile {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetLinkedinPageProfile {
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
        ) -> Result<crate::apps::social_media_posting::models::GetLinkedInAccountsResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `POST /social-media-posting/oauth/{locationId}/linkedin/accounts/{accountId}` request being built, to send with [`AttachLinkedinPageProfile::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct AttachLinkedinPageProfile {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl AttachLinkedinPageProfile {
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
        ) -> Result<crate::apps::social_media_posting::models::SocialMediaLinkedInAccountResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `GET /social-media-posting/oauth/twitter/start` request being built, to send with [`StartTwitterOauth::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct StartTwitterOauth {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl StartTwitterOauth {
        /// Page
        pub fn page(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("page", value.into());
            self
        }

        /// Reconnect
        pub fn reconnect(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("reconnect", value.into());
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

    /// The `GET /social-media-posting/oauth/{locationId}/twitter/accounts/{accountId}` request being built, to send with [`GetTwitterProfile::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetTwitterProfile {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetTwitterProfile {
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
        ) -> Result<crate::apps::social_media_posting::models::GetTwitterAccountsResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `POST /social-media-posting/oauth/{locationId}/twitter/accounts/{accountId}` request being built, to send with [`AttachTwitterProfile::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct AttachTwitterProfile {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl AttachTwitterProfile {
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
        ) -> Result<crate::apps::social_media_posting::models::SocialMediaTwitterAccountResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `GET /social-media-posting/{locationId}/csv` request being built, to send with [`GetUploadStatus::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetUploadStatus {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetUploadStatus {
        /// Sets `skip`.
        pub fn skip(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("skip", value.into());
            self
        }

        /// Sets `limit`.
        pub fn limit(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("limit", value.into());
            self
        }

        /// Sets `includeUsers`.
        pub fn include_users(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("includeUsers", value.into());
            self
        }

        /// User ID
        pub fn user_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("userId", value.into());
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
        ) -> Result<crate::apps::social_media_posting::models::GetUploadStatusResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /social-media-posting/{locationId}/csv` request being built, to send with [`UploadCsv::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UploadCsv {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UploadCsv {
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
        ) -> Result<crate::apps::social_media_posting::models::UploadFileResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /social-media-posting/{locationId}/set-accounts` request being built, to send with [`SetAccounts::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct SetAccounts {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl SetAccounts {
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
        ) -> Result<crate::apps::social_media_posting::models::SetAccountsResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /social-media-posting/{locationId}/csv/{id}` request being built, to send with [`GetCsvPost::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCsvPost {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetCsvPost {
        /// Sets `skip`.
        pub fn skip(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("skip", value.into());
            self
        }

        /// Sets `limit`.
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

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::social_media_posting::models::GetCsvPostResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PATCH /social-media-posting/{locationId}/csv/{id}` request being built, to send with [`StartCsvFinalize::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct StartCsvFinalize {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl StartCsvFinalize {
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
        ) -> Result<crate::apps::social_media_posting::models::CsvPostStatusResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /social-media-posting/{locationId}/csv/{id}` request being built, to send with [`DeleteCsv::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteCsv {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteCsv {
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
        ) -> Result<crate::apps::social_media_posting::models::DeleteCsvResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /social-media-posting/{locationId}/csv/{csvId}/post/{postId}` request being built, to send with [`DeleteCsvPost::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteCsvPost {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteCsvPost {
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
        ) -> Result<crate::apps::social_media_posting::models::DeletePostResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /social-media-posting/oauth/tiktok/start` request being built, to send with [`StartTiktokOauth::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct StartTiktokOauth {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl StartTiktokOauth {
        /// Page
        pub fn page(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("page", value.into());
            self
        }

        /// Reconnect
        pub fn reconnect(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("reconnect", value.into());
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

    /// The `GET /social-media-posting/oauth/{locationId}/tiktok/accounts/{accountId}` request being built, to send with [`GetTiktokProfile::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetTiktokProfile {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetTiktokProfile {
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
        ) -> Result<crate::apps::social_media_posting::models::GetTiktokAccountResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `POST /social-media-posting/oauth/{locationId}/tiktok/accounts/{accountId}` request being built, to send with [`AttachTiktokProfile::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct AttachTiktokProfile {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl AttachTiktokProfile {
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
        ) -> Result<crate::apps::social_media_posting::models::SocialMediaTiktokAccountResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `GET /social-media-posting/oauth/tiktok-business/start` request being built, to send with [`StartTiktokBusinessOauth::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct StartTiktokBusinessOauth {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl StartTiktokBusinessOauth {
        /// Page
        pub fn page(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("page", value.into());
            self
        }

        /// Reconnect
        pub fn reconnect(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("reconnect", value.into());
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

    /// The `GET /social-media-posting/oauth/{locationId}/tiktok-business/accounts/{accountId}` request being built, to send with [`GetTiktokBusinessProfile::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetTiktokBusinessProfile {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetTiktokBusinessProfile {
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
        ) -> Result<crate::apps::social_media_posting::models::GetTiktokBusinessAccountResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `GET /social-media-posting/{locationId}/categories` request being built, to send with [`GetCategoriesLocationId::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCategoriesLocationId {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetCategoriesLocationId {
        /// Search text string
        pub fn search_text(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("searchText", value.into());
            self
        }

        /// Limit
        pub fn limit(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("limit", value.into());
            self
        }

        /// Skip
        pub fn skip(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("skip", value.into());
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
        ) -> Result<crate::apps::social_media_posting::models::GetByLocationIdResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /social-media-posting/{locationId}/categories/{id}` request being built, to send with [`GetCategoriesId::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCategoriesId {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetCategoriesId {
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
        ) -> Result<crate::apps::social_media_posting::models::GetByIdResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /social-media-posting/{locationId}/tags` request being built, to send with [`GetTagsLocationId::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetTagsLocationId {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetTagsLocationId {
        /// Search text string
        pub fn search_text(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("searchText", value.into());
            self
        }

        /// Limit
        pub fn limit(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("limit", value.into());
            self
        }

        /// Skip
        pub fn skip(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("skip", value.into());
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
        ) -> Result<crate::apps::social_media_posting::models::GetTagsByLocationIdResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `POST /social-media-posting/{locationId}/tags/details` request being built, to send with [`GetTagsByIds::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetTagsByIds {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetTagsByIds {
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
        ) -> Result<crate::apps::social_media_posting::models::GetTagsByIdResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /social-media-posting/statistics` request being built, to send with [`GetSocialMediaStatistics::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetSocialMediaStatistics {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetSocialMediaStatistics {
        /// Sets the JSON body (optional for this operation).
        pub fn body(
            mut self,
            body: &crate::apps::social_media_posting::models::GetSocialMediaStatisticsBody,
        ) -> Self {
            self.request = crate::apps::support::json_body(self.request, body);
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
        ) -> Result<crate::apps::social_media_posting::models::GetSocialMediaStatisticsResponse>
        {
            self.client.send(self.request).await
        }
    }
}
