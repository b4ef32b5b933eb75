//! Conversations API: 29 operations.
//!
//! Generated from GHL's `apps/conversations.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `StartAfterNumberSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct StartAfterNumberSchema {
        /// Search to begin after the specified date - should contain the sort value of the last document
        #[serde(
            rename = "startAfterDate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub start_after_date: Option<f64>,
    }

    /// `StartAfterArrayNumberSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct StartAfterArrayNumberSchema {
        /// Search to begin after the specified date - should contain the sort value of the last document
        #[serde(
            rename = "startAfterDate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub start_after_date: Option<Vec<String>>,
    }

    /// `ConversationSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ConversationSchema {
        /// Conversation Id
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Contact Id
        ///
        /// Required by the spec.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Content of the most recent message in the conversation
        ///
        /// Required by the spec.
        #[serde(
            rename = "lastMessageBody",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_message_body: Option<String>,
        /// Channel/type of the most recent message (SMS, Email, Call, etc)
        ///
        /// One of: `"TYPE_CALL"`, `"TYPE_SMS"`, `"TYPE_RCS"`, `"TYPE_EMAIL"`, `"TYPE_SMS_REVIEW_REQUEST"`, `"TYPE_WEBCHAT"`, `"TYPE_SMS_NO_SHOW_REQUEST"`, `"TYPE_CAMPAIGN_SMS"`, `"TYPE_CAMPAIGN_CALL"`, `"TYPE_CAMPAIGN_EMAIL"`, `"TYPE_CAMPAIGN_VOICEMAIL"`, `"TYPE_FACEBOOK"`, `"TYPE_CAMPAIGN_FACEBOOK"`, `"TYPE_CAMPAIGN_MANUAL_CALL"`, `"TYPE_CAMPAIGN_MANUAL_SMS"`, `"TYPE_GMB"`, `"TYPE_CAMPAIGN_GMB"`, `"TYPE_REVIEW"`, `"TYPE_INSTAGRAM"`, `"TYPE_WHATSAPP"`, `"TYPE_CUSTOM_SMS"`, `"TYPE_CUSTOM_EMAIL"`, `"TYPE_CUSTOM_PROVIDER_SMS"`, `"TYPE_CUSTOM_PROVIDER_EMAIL"`, `"TYPE_IVR_CALL"`, `"TYPE_ACTIVITY_CONTACT"`, `"TYPE_ACTIVITY_INVOICE"`, `"TYPE_ACTIVITY_PAYMENT"`, `"TYPE_ACTIVITY_OPPORTUNITY"`, `"TYPE_LIVE_CHAT"`, `"TYPE_LIVE_CHAT_INFO_MESSAGE"`, `"TYPE_ACTIVITY_APPOINTMENT"`, `"TYPE_FACEBOOK_COMMENT"`, `"TYPE_INSTAGRAM_COMMENT"`, `"TYPE_CUSTOM_CALL"`, `"TYPE_INTERNAL_COMMENT"`, `"TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG"`, `"TYPE_TIKTOK"`, `"TYPE_TIKTOK_COMMENT"`, `"TYPE_ACTIVITY_WHATSAPP"`, `"TYPE_FORM_SUBMISSION"`, `"TYPE_SMS_REACTION"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "lastMessageType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_message_type: Option<String>,
        /// Primary channel/type of the conversation (Phone, Email, etc)
        ///
        /// One of: `"TYPE_PHONE"`, `"TYPE_EMAIL"`, `"TYPE_FB_MESSENGER"`, `"TYPE_REVIEW"`, `"TYPE_GROUP_SMS"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Number of unread messages in this conversation
        ///
        /// Required by the spec.
        #[serde(
            rename = "unreadCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub unread_count: Option<f64>,
        /// Complete name of the contact (first and last name)
        ///
        /// Required by the spec.
        #[serde(rename = "fullName", default, skip_serializing_if = "Option::is_none")]
        pub full_name: Option<String>,
        /// Alternative display name for the contact - used when full name is not available
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_name: Option<String>,
        /// Primary email address of the contact
        ///
        /// Required by the spec.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// Primary phone number of the contact
        ///
        /// Required by the spec.
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
    }

    impl ConversationSchema {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            contact_id: impl Into<String>,
            location_id: impl Into<String>,
            last_message_body: impl Into<String>,
            last_message_type: impl Into<String>,
            r#type: impl Into<String>,
            unread_count: f64,
            full_name: impl Into<String>,
            contact_name: impl Into<String>,
            email: impl Into<String>,
            phone: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                contact_id: Some(contact_id.into()),
                location_id: Some(location_id.into()),
                last_message_body: Some(last_message_body.into()),
                last_message_type: Some(last_message_type.into()),
                r#type: Some(r#type.into()),
                unread_count: Some(unread_count),
                full_name: Some(full_name.into()),
                contact_name: Some(contact_name.into()),
                email: Some(email.into()),
                phone: Some(phone.into()),
                ..Self::default()
            }
        }
    }

    /// `SendConversationResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SendConversationResponseDto {
        /// The list of all conversations found for the given query
        ///
        /// Required by the spec.
        #[serde(
            rename = "conversations",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversations: Option<Vec<crate::apps::conversations::models::ConversationSchema>>,
        /// Total Number of results found for the given query
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
    }

    impl SendConversationResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            conversations: Vec<crate::apps::conversations::models::ConversationSchema>,
            total: f64,
        ) -> Self {
            Self {
                conversations: Some(conversations),
                total: Some(total),
                ..Self::default()
            }
        }
    }

    /// `CreateConversationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateConversationDto {
        /// Location ID as string
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Contact ID as string
        ///
        /// Required by the spec.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
    }

    impl CreateConversationDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_id: impl Into<String>, contact_id: impl Into<String>) -> Self {
            Self {
                location_id: Some(location_id.into()),
                contact_id: Some(contact_id.into()),
                ..Self::default()
            }
        }
    }

    /// `ConversationCreateResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ConversationCreateResponseDto {
        /// Unique identifier for the conversation
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Date when the conversation was last updated
        ///
        /// Required by the spec.
        #[serde(
            rename = "dateUpdated",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub date_updated: Option<String>,
        /// Date when the conversation was created
        ///
        /// Required by the spec.
        #[serde(rename = "dateAdded", default, skip_serializing_if = "Option::is_none")]
        pub date_added: Option<String>,
        /// Flag indicating if this conversation has been deleted
        ///
        /// Required by the spec.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// Unique identifier of the contact associated with this conversation
        ///
        /// Required by the spec.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// Unique identifier of the business location where this conversation takes place
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Date of the last message in the conversation
        ///
        /// Required by the spec.
        #[serde(
            rename = "lastMessageDate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_message_date: Option<String>,
        /// Unique identifier of the team member assigned to this conversation
        #[serde(
            rename = "assignedTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_to: Option<String>,
    }

    impl ConversationCreateResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            date_updated: impl Into<String>,
            date_added: impl Into<String>,
            deleted: bool,
            contact_id: impl Into<String>,
            location_id: impl Into<String>,
            last_message_date: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                date_updated: Some(date_updated.into()),
                date_added: Some(date_added.into()),
                deleted: Some(deleted),
                contact_id: Some(contact_id.into()),
                location_id: Some(location_id.into()),
                last_message_date: Some(last_message_date.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateConversationSuccessResponse` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateConversationSuccessResponse {
        /// Indicates whether the API request was successful.
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Conversation data of the provided conversation ID.
        ///
        /// Required by the spec.
        #[serde(
            rename = "conversation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversation: Option<crate::apps::conversations::models::ConversationCreateResponseDto>,
    }

    impl CreateConversationSuccessResponse {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            success: bool,
            conversation: crate::apps::conversations::models::ConversationCreateResponseDto,
        ) -> Self {
            Self {
                success: Some(success),
                conversation: Some(conversation),
                ..Self::default()
            }
        }
    }

    /// `GetConversationByIdResponse` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetConversationByIdResponse {
        /// Unique identifier of the contact associated with this conversation
        ///
        /// Required by the spec.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// Unique identifier of the business location where this conversation takes place
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Flag indicating if this conversation has been moved to trash/deleted
        ///
        /// Required by the spec.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// Flag indicating if this conversation is currently in the main inbox view
        ///
        /// Required by the spec.
        #[serde(rename = "inbox", default, skip_serializing_if = "Option::is_none")]
        pub inbox: Option<bool>,
        /// Communication channel type for this conversation: 1 (Phone), 2 (Email), 3 (Facebook Messenger), 4 (Review), 5 (Group SMS), 6 (Internal Chat - coming soon)
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<f64>,
        /// Number of messages in this conversation that have not been read by the user
        ///
        /// Required by the spec.
        #[serde(
            rename = "unreadCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub unread_count: Option<f64>,
        /// Unique identifier of the team member currently responsible for handling this conversation
        #[serde(
            rename = "assignedTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_to: Option<String>,
        /// Unique identifier for this specific conversation thread
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Flag indicating if this conversation has been marked as important/starred by the user
        #[serde(rename = "starred", default, skip_serializing_if = "Option::is_none")]
        pub starred: Option<bool>,
    }

    impl GetConversationByIdResponse {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            contact_id: impl Into<String>,
            location_id: impl Into<String>,
            deleted: bool,
            inbox: bool,
            r#type: f64,
            unread_count: f64,
            id: impl Into<String>,
        ) -> Self {
            Self {
                contact_id: Some(contact_id.into()),
                location_id: Some(location_id.into()),
                deleted: Some(deleted),
                inbox: Some(inbox),
                r#type: Some(r#type),
                unread_count: Some(unread_count),
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateConversationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateConversationDto {
        /// Location ID as string
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Count of unread messages in the conversation
        #[serde(
            rename = "unreadCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub unread_count: Option<f64>,
        /// Starred status of the conversation.
        #[serde(rename = "starred", default, skip_serializing_if = "Option::is_none")]
        pub starred: Option<bool>,
        /// `feedback`.
        #[serde(rename = "feedback", default, skip_serializing_if = "Option::is_none")]
        pub feedback: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl UpdateConversationDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_id: impl Into<String>) -> Self {
            Self {
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `ConversationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ConversationDto {
        /// Contact ID as string
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Location ID as string
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Contact ID as string
        ///
        /// Required by the spec.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// Assigned User ID as string
        #[serde(
            rename = "assignedTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_to: Option<String>,
        /// User ID as string
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// Last message body as string
        #[serde(
            rename = "lastMessageBody",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_message_body: Option<String>,
        /// Last message date as UTC
        #[serde(
            rename = "lastMessageDate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_message_date: Option<String>,
        /// Type of the last message sent/received in the conversation.
        ///
        /// One of: `"TYPE_CALL"`, `"TYPE_SMS"`, `"TYPE_RCS"`, `"TYPE_EMAIL"`, `"TYPE_SMS_REVIEW_REQUEST"`, `"TYPE_WEBCHAT"`, `"TYPE_SMS_NO_SHOW_REQUEST"`, `"TYPE_CAMPAIGN_SMS"`, `"TYPE_CAMPAIGN_CALL"`, `"TYPE_CAMPAIGN_EMAIL"`, `"TYPE_CAMPAIGN_VOICEMAIL"`, `"TYPE_FACEBOOK"`, `"TYPE_CAMPAIGN_FACEBOOK"`, `"TYPE_CAMPAIGN_MANUAL_CALL"`, `"TYPE_CAMPAIGN_MANUAL_SMS"`, `"TYPE_GMB"`, `"TYPE_CAMPAIGN_GMB"`, `"TYPE_REVIEW"`, `"TYPE_INSTAGRAM"`, `"TYPE_WHATSAPP"`, `"TYPE_CUSTOM_SMS"`, `"TYPE_CUSTOM_EMAIL"`, `"TYPE_CUSTOM_PROVIDER_SMS"`, `"TYPE_CUSTOM_PROVIDER_EMAIL"`, `"TYPE_IVR_CALL"`, `"TYPE_ACTIVITY_CONTACT"`, `"TYPE_ACTIVITY_INVOICE"`, `"TYPE_ACTIVITY_PAYMENT"`, `"TYPE_ACTIVITY_OPPORTUNITY"`, `"TYPE_LIVE_CHAT"`, `"TYPE_LIVE_CHAT_INFO_MESSAGE"`, `"TYPE_ACTIVITY_APPOINTMENT"`, `"TYPE_FACEBOOK_COMMENT"`, `"TYPE_INSTAGRAM_COMMENT"`, `"TYPE_CUSTOM_CALL"`, `"TYPE_INTERNAL_COMMENT"`, `"TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG"`, `"TYPE_TIKTOK"`, `"TYPE_TIKTOK_COMMENT"`, `"TYPE_ACTIVITY_WHATSAPP"`, `"TYPE_FORM_SUBMISSION"`, `"TYPE_SMS_REACTION"`.
        #[serde(
            rename = "lastMessageType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_message_type: Option<String>,
        /// Count of unread messages in the conversation
        #[serde(
            rename = "unreadCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub unread_count: Option<f64>,
        /// Inbox status of the conversation.
        #[serde(rename = "inbox", default, skip_serializing_if = "Option::is_none")]
        pub inbox: Option<bool>,
        /// Starred status of the conversation.
        #[serde(rename = "starred", default, skip_serializing_if = "Option::is_none")]
        pub starred: Option<bool>,
        /// Deleted status of the conversation.
        ///
        /// Required by the spec.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
    }

    impl ConversationDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            contact_id: impl Into<String>,
            deleted: bool,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                contact_id: Some(contact_id.into()),
                deleted: Some(deleted),
                ..Self::default()
            }
        }
    }

    /// `GetConversationSuccessfulResponse` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetConversationSuccessfulResponse {
        /// Boolean value as the API response.
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Conversation data of the provided conversation ID.
        ///
        /// Required by the spec.
        #[serde(
            rename = "conversation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversation: Option<crate::apps::conversations::models::ConversationDto>,
    }

    impl GetConversationSuccessfulResponse {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            success: bool,
            conversation: crate::apps::conversations::models::ConversationDto,
        ) -> Self {
            Self {
                success: Some(success),
                conversation: Some(conversation),
                ..Self::default()
            }
        }
    }

    /// `DeleteConversationSuccessfulResponse` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteConversationSuccessfulResponse {
        /// Boolean value as the API response.
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    impl DeleteConversationSuccessfulResponse {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool) -> Self {
            Self {
                success: Some(success),
                ..Self::default()
            }
        }
    }

    /// `CreateCustomSubtypeDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateCustomSubtypeDto {
        /// Name of the custom subtype (max 100 characters)
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Description of the custom subtype (max 100 characters)
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Communication channel
        ///
        /// One of: `"email"`, `"sms"`.
        ///
        /// Required by the spec.
        #[serde(rename = "channel", default, skip_serializing_if = "Option::is_none")]
        pub channel: Option<String>,
        /// Language code
        ///
        /// Required by the spec.
        #[serde(rename = "language", default, skip_serializing_if = "Option::is_none")]
        pub language: Option<String>,
    }

    impl CreateCustomSubtypeDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            name: impl Into<String>,
            channel: impl Into<String>,
            language: impl Into<String>,
        ) -> Self {
            Self {
                name: Some(name.into()),
                channel: Some(channel.into()),
                language: Some(language.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateCustomSubtypeDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateCustomSubtypeDto {
        /// Name of the custom subtype (max 100 characters)
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Description of the custom subtype (max 100 characters)
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Whether the custom subtype is archived
        #[serde(rename = "archived", default, skip_serializing_if = "Option::is_none")]
        pub archived: Option<bool>,
        /// Resubscription legal form ID (optional when archiving)
        #[serde(
            rename = "resubscription_legal_form_id",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub resubscription_legal_form_id: Option<String>,
    }

    /// `SubscriptionActionDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SubscriptionActionDto {
        /// Type of subscription action
        ///
        /// One of: `"default"`, `"custom"`, `"resub_all"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Subscription type name (required for default types: "One on One")
        ///
        /// One of: `"One on One"`.
        #[serde(
            rename = "subtype_name",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub subtype_name: Option<String>,
        /// Custom subscription type ID (required for custom types)
        #[serde(
            rename = "subtype_id",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub subtype_id: Option<String>,
        /// Subscription status
        ///
        /// One of: `"subscribed"`, `"unsubscribed"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "subtype_status",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub subtype_status: Option<String>,
    }

    impl SubscriptionActionDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(r#type: impl Into<String>, subtype_status: impl Into<String>) -> Self {
            Self {
                r#type: Some(r#type.into()),
                subtype_status: Some(subtype_status.into()),
                ..Self::default()
            }
        }
    }

    /// `UserSubscriptionChangeDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UserSubscriptionChangeDto {
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Contact Id
        ///
        /// Required by the spec.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// Email address
        ///
        /// Required by the spec.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// Subscription action details
        ///
        /// Required by the spec.
        #[serde(
            rename = "subscription_action",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub subscription_action: Option<crate::apps::conversations::models::SubscriptionActionDto>,
        /// Legal reason for the change (required only for resubscribe and resub_all actions)
        #[serde(
            rename = "legal_reason",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub legal_reason: Option<String>,
        /// Legal description/details
        #[serde(
            rename = "legal_description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub legal_description: Option<String>,
    }

    impl UserSubscriptionChangeDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            contact_id: impl Into<String>,
            email: impl Into<String>,
            subscription_action: crate::apps::conversations::models::SubscriptionActionDto,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                contact_id: Some(contact_id.into()),
                email: Some(email.into()),
                subscription_action: Some(subscription_action),
                ..Self::default()
            }
        }
    }

    /// `GetEmailMessageResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetEmailMessageResponseDto {
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// External Id
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// Message Id or thread Id
        ///
        /// Required by the spec.
        #[serde(rename = "threadId", default, skip_serializing_if = "Option::is_none")]
        pub thread_id: Option<String>,
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
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "conversationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversation_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "dateAdded", default, skip_serializing_if = "Option::is_none")]
        pub date_added: Option<String>,
        /// `subject`.
        #[serde(rename = "subject", default, skip_serializing_if = "Option::is_none")]
        pub subject: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "body", default, skip_serializing_if = "Option::is_none")]
        pub body: Option<String>,
        /// One of: `"inbound"`, `"outbound"`.
        ///
        /// Required by the spec.
        #[serde(rename = "direction", default, skip_serializing_if = "Option::is_none")]
        pub direction: Option<String>,
        /// One of: `"pending"`, `"scheduled"`, `"sent"`, `"delivered"`, `"read"`, `"undelivered"`, `"connected"`, `"failed"`, `"opened"`.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "contentType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub content_type: Option<String>,
        /// An array of attachment URLs.
        #[serde(
            rename = "attachments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attachments: Option<Vec<String>>,
        /// `provider`.
        #[serde(rename = "provider", default, skip_serializing_if = "Option::is_none")]
        pub provider: Option<String>,
        /// Name and Email Id of the sender
        ///
        /// Required by the spec.
        #[serde(rename = "from", default, skip_serializing_if = "Option::is_none")]
        pub from: Option<String>,
        /// List of email Ids of the receivers
        ///
        /// Required by the spec.
        #[serde(rename = "to", default, skip_serializing_if = "Option::is_none")]
        pub to: Option<Vec<String>>,
        /// List of email Ids of the people in the cc field
        #[serde(rename = "cc", default, skip_serializing_if = "Option::is_none")]
        pub cc: Option<Vec<String>>,
        /// List of email Ids of the people in the bcc field
        #[serde(rename = "bcc", default, skip_serializing_if = "Option::is_none")]
        pub bcc: Option<Vec<String>>,
        /// In case of reply, email message Id of the reply to email
        #[serde(
            rename = "replyToMessageId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub reply_to_message_id: Option<String>,
        /// Email source
        ///
        /// One of: `"workflow"`, `"bulk_actions"`, `"campaign"`, `"api"`, `"app"`.
        #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
        pub source: Option<String>,
        /// Conversation provider ID
        #[serde(
            rename = "conversationProviderId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversation_provider_id: Option<String>,
    }

    impl GetEmailMessageResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            thread_id: impl Into<String>,
            location_id: impl Into<String>,
            contact_id: impl Into<String>,
            conversation_id: impl Into<String>,
            date_added: impl Into<String>,
            body: impl Into<String>,
            direction: impl Into<String>,
            content_type: impl Into<String>,
            from: impl Into<String>,
            to: Vec<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                thread_id: Some(thread_id.into()),
                location_id: Some(location_id.into()),
                contact_id: Some(contact_id.into()),
                conversation_id: Some(conversation_id.into()),
                date_added: Some(date_added.into()),
                body: Some(body.into()),
                direction: Some(direction.into()),
                content_type: Some(content_type.into()),
                from: Some(from.into()),
                to: Some(to),
                ..Self::default()
            }
        }
    }

    /// `CancelScheduledResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CancelScheduledResponseDto {
        /// HTTP Status code of the request
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<f64>,
        /// Error message of the request
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    impl CancelScheduledResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: f64, message: impl Into<String>) -> Self {
            Self {
                status: Some(status),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `MessageMeta` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct MessageMeta {
        /// Call duration in seconds
        #[serde(
            rename = "callDuration",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub call_duration: Option<String>,
        /// Call status - can be pending, completed, answered, busy, no-answer, failed, canceled, or voicemail
        ///
        /// One of: `"pending"`, `"completed"`, `"answered"`, `"busy"`, `"no-answer"`, `"failed"`, `"canceled"`, `"voicemail"`.
        #[serde(
            rename = "callStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub call_status: Option<String>,
        /// meta will contain email, for message type 3 (email). messageIds is list of all email message ids under the message thread
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<serde_json::Map<String, serde_json::Value>>,
    }

    /// `GetMessageResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetMessageResponseDto {
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<f64>,
        /// Type of the message as a string
        ///
        /// One of: `"TYPE_CALL"`, `"TYPE_SMS"`, `"TYPE_RCS"`, `"TYPE_EMAIL"`, `"TYPE_SMS_REVIEW_REQUEST"`, `"TYPE_WEBCHAT"`, `"TYPE_SMS_NO_SHOW_REQUEST"`, `"TYPE_CAMPAIGN_SMS"`, `"TYPE_CAMPAIGN_CALL"`, `"TYPE_CAMPAIGN_EMAIL"`, `"TYPE_CAMPAIGN_VOICEMAIL"`, `"TYPE_FACEBOOK"`, `"TYPE_CAMPAIGN_FACEBOOK"`, `"TYPE_CAMPAIGN_MANUAL_CALL"`, `"TYPE_CAMPAIGN_MANUAL_SMS"`, `"TYPE_GMB"`, `"TYPE_CAMPAIGN_GMB"`, `"TYPE_REVIEW"`, `"TYPE_INSTAGRAM"`, `"TYPE_WHATSAPP"`, `"TYPE_CUSTOM_SMS"`, `"TYPE_CUSTOM_EMAIL"`, `"TYPE_CUSTOM_PROVIDER_SMS"`, `"TYPE_CUSTOM_PROVIDER_EMAIL"`, `"TYPE_IVR_CALL"`, `"TYPE_ACTIVITY_CONTACT"`, `"TYPE_ACTIVITY_INVOICE"`, `"TYPE_ACTIVITY_PAYMENT"`, `"TYPE_ACTIVITY_OPPORTUNITY"`, `"TYPE_LIVE_CHAT"`, `"TYPE_LIVE_CHAT_INFO_MESSAGE"`, `"TYPE_ACTIVITY_APPOINTMENT"`, `"TYPE_FACEBOOK_COMMENT"`, `"TYPE_INSTAGRAM_COMMENT"`, `"TYPE_CUSTOM_CALL"`, `"TYPE_INTERNAL_COMMENT"`, `"TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG"`, `"TYPE_TIKTOK"`, `"TYPE_TIKTOK_COMMENT"`, `"TYPE_ACTIVITY_WHATSAPP"`, `"TYPE_FORM_SUBMISSION"`, `"TYPE_SMS_REACTION"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "messageType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub message_type: Option<String>,
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
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "conversationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversation_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "dateAdded", default, skip_serializing_if = "Option::is_none")]
        pub date_added: Option<String>,
        /// `body`.
        #[serde(rename = "body", default, skip_serializing_if = "Option::is_none")]
        pub body: Option<String>,
        /// One of: `"inbound"`, `"outbound"`.
        ///
        /// Required by the spec.
        #[serde(rename = "direction", default, skip_serializing_if = "Option::is_none")]
        pub direction: Option<String>,
        /// One of: `"connected"`, `"delivered"`, `"failed"`, `"opened"`, `"pending"`, `"read"`, `"scheduled"`, `"sent"`, `"undelivered"`, `"clicked"`, `"opt_out"`, `"queued"`.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "contentType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub content_type: Option<String>,
        /// An array of attachment URLs. Attachments will be empty for Call and Voicemails, type 1 and 10. Please use get call recording API to fetch call recording and voicemails.
        #[serde(
            rename = "attachments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attachments: Option<Vec<String>>,
        /// `meta`.
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<crate::apps::conversations::models::MessageMeta>,
        /// Message source
        ///
        /// One of: `"workflow"`, `"bulk_actions"`, `"campaign"`, `"api"`, `"app"`.
        #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
        pub source: Option<String>,
        /// User Id
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// Conversation Provider Id
        #[serde(
            rename = "conversationProviderId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversation_provider_id: Option<String>,
        /// Chat Widget Id
        #[serde(
            rename = "chatWidgetId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub chat_widget_id: Option<String>,
    }

    impl GetMessageResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            r#type: f64,
            message_type: impl Into<String>,
            location_id: impl Into<String>,
            contact_id: impl Into<String>,
            conversation_id: impl Into<String>,
            date_added: impl Into<String>,
            direction: impl Into<String>,
            content_type: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                r#type: Some(r#type),
                message_type: Some(message_type.into()),
                location_id: Some(location_id.into()),
                contact_id: Some(contact_id.into()),
                conversation_id: Some(conversation_id.into()),
                date_added: Some(date_added.into()),
                direction: Some(direction.into()),
                content_type: Some(content_type.into()),
                ..Self::default()
            }
        }
    }

    /// `ExportMessagesResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ExportMessagesResponseDto {
        /// Array of messages
        ///
        /// Required by the spec.
        #[serde(rename = "messages", default, skip_serializing_if = "Option::is_none")]
        pub messages: Option<Vec<crate::apps::conversations::models::GetMessageResponseDto>>,
        /// Cursor for fetching next page. Null if no more results.
        #[serde(
            rename = "nextCursor",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub next_cursor: Option<String>,
        /// Total number of messages matching the query
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
    }

    impl ExportMessagesResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            messages: Vec<crate::apps::conversations::models::GetMessageResponseDto>,
            total: f64,
        ) -> Self {
            Self {
                messages: Some(messages),
                total: Some(total),
                ..Self::default()
            }
        }
    }

    /// `GetMessagesByConversationResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetMessagesByConversationResponseDto {
        /// Id of the last message in the messages array
        ///
        /// Required by the spec.
        #[serde(
            rename = "lastMessageId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_message_id: Option<String>,
        /// Next page value true indicates only 20 message is in the response. Rest of the messages are in the next page. Please use the lastMessageId value in the query to get the next page messages
        ///
        /// Required by the spec.
        #[serde(rename = "nextPage", default, skip_serializing_if = "Option::is_none")]
        pub next_page: Option<bool>,
        /// Array of messages
        ///
        /// Required by the spec.
        #[serde(rename = "messages", default, skip_serializing_if = "Option::is_none")]
        pub messages: Option<Vec<crate::apps::conversations::models::GetMessageResponseDto>>,
    }

    impl GetMessagesByConversationResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            last_message_id: impl Into<String>,
            next_page: bool,
            messages: Vec<crate::apps::conversations::models::GetMessageResponseDto>,
        ) -> Self {
            Self {
                last_message_id: Some(last_message_id.into()),
                next_page: Some(next_page),
                messages: Some(messages),
                ..Self::default()
            }
        }
    }

    /// `ForwardConfigDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ForwardConfigDto {
        /// Specify if this is a forwarded email
        ///
        /// Required by the spec.
        #[serde(
            rename = "isForwarded",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_forwarded: Option<bool>,
        /// Specify if forwarding the whole thread or just a single email
        #[serde(
            rename = "forwardWholeThread",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub forward_whole_thread: Option<bool>,
        /// Message ID of the email thread being forwarded (source) - REQUIRED for forwarding
        #[serde(rename = "messageId", default, skip_serializing_if = "Option::is_none")]
        pub message_id: Option<String>,
        /// Email Message ID of the specific email being forwarded (source) - Required for single email forward, ignored for thread forward
        #[serde(
            rename = "emailMessageId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub email_message_id: Option<String>,
        /// Contact ID where the forwarded email originated from (source) - Auto-populated if not provided
        #[serde(
            rename = "sourceContactId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub source_contact_id: Option<String>,
        /// Conversation ID where the forwarded email originated from (source) - Auto-populated if not provided
        #[serde(
            rename = "sourceConversationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub source_conversation_id: Option<String>,
        /// Email address to forward to (destination)
        #[serde(rename = "toEmail", default, skip_serializing_if = "Option::is_none")]
        pub to_email: Option<String>,
        /// Contact ID of recipient when forwarding (destination)
        #[serde(
            rename = "recipientContactId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub recipient_contact_id: Option<String>,
        /// Conversation ID of recipient when forwarding (destination)
        #[serde(
            rename = "recipientConversationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub recipient_conversation_id: Option<String>,
    }

    impl ForwardConfigDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(is_forwarded: bool) -> Self {
            Self {
                is_forwarded: Some(is_forwarded),
                ..Self::default()
            }
        }
    }

    /// `SendMessageBodyDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SendMessageBodyDto {
        /// Type of message being sent
        ///
        /// One of: `"SMS"`, `"RCS"`, `"Email"`, `"WhatsApp"`, `"IG"`, `"FB"`, `"Custom"`, `"Live_Chat"`, `"TIKTOK"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Type of message being sent
        ///
        /// Required by the spec.
        #[serde(rename = "subType", default, skip_serializing_if = "Option::is_none")]
        pub sub_type: Option<serde_json::Map<String, serde_json::Value>>,
        /// ID of the contact receiving the message
        ///
        /// Required by the spec.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// ID of the associated appointment
        #[serde(
            rename = "appointmentId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub appointment_id: Option<String>,
        /// Array of attachment URLs
        #[serde(
            rename = "attachments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attachments: Option<Vec<String>>,
        /// Email address to send from
        #[serde(rename = "emailFrom", default, skip_serializing_if = "Option::is_none")]
        pub email_from: Option<String>,
        /// Array of CC email addresses
        #[serde(rename = "emailCc", default, skip_serializing_if = "Option::is_none")]
        pub email_cc: Option<Vec<String>>,
        /// Array of BCC email addresses
        #[serde(rename = "emailBcc", default, skip_serializing_if = "Option::is_none")]
        pub email_bcc: Option<Vec<String>>,
        /// HTML content of the message
        #[serde(rename = "html", default, skip_serializing_if = "Option::is_none")]
        pub html: Option<String>,
        /// Text content of the message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Subject line for email messages
        #[serde(rename = "subject", default, skip_serializing_if = "Option::is_none")]
        pub subject: Option<String>,
        /// ID of message being replied to
        #[serde(
            rename = "replyMessageId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub reply_message_id: Option<String>,
        /// ID of message template
        #[serde(
            rename = "templateId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub template_id: Option<String>,
        /// ID of message thread. For email messages, this is the message ID that contains multiple email messages in the thread
        #[serde(rename = "threadId", default, skip_serializing_if = "Option::is_none")]
        pub thread_id: Option<String>,
        /// UTC Timestamp (in seconds) at which the message should be scheduled
        #[serde(
            rename = "scheduledTimestamp",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub scheduled_timestamp: Option<f64>,
        /// ID of conversation provider
        #[serde(
            rename = "conversationProviderId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversation_provider_id: Option<String>,
        /// Email address to send to, if different from contact's primary email. This should be a valid email address associated with the contact.
        #[serde(rename = "emailTo", default, skip_serializing_if = "Option::is_none")]
        pub email_to: Option<String>,
        /// Custom subtype ID for email unsubscription preferences. Only applies to email messages.
        #[serde(
            rename = "customSubtypeId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_subtype_id: Option<String>,
        /// Mode for email replies
        ///
        /// One of: `"reply"`, `"reply_all"`.
        #[serde(
            rename = "emailReplyMode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub email_reply_mode: Option<String>,
        /// Phone number used as the sender number for outbound messages
        #[serde(
            rename = "fromNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub from_number: Option<String>,
        /// Recipient phone number for outbound messages
        #[serde(rename = "toNumber", default, skip_serializing_if = "Option::is_none")]
        pub to_number: Option<String>,
        /// Forwarding configuration for emails
        #[serde(rename = "forward", default, skip_serializing_if = "Option::is_none")]
        pub forward: Option<crate::apps::conversations::models::ForwardConfigDto>,
        /// Message status
        ///
        /// One of: `"delivered"`, `"failed"`, `"pending"`, `"read"`.
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// Whether the scheduled email uses native AI for the email scheduling
        #[serde(
            rename = "usesNativeSchedulingAi",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub uses_native_scheduling_ai: Option<bool>,
        /// Optimization period in hours (24h, 48h, or 72h)
        ///
        /// One of: `"24h"`, `"48h"`, `"72h"`.
        #[serde(
            rename = "optimizationPeriod",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub optimization_period: Option<String>,
    }

    impl SendMessageBodyDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            r#type: impl Into<String>,
            sub_type: serde_json::Map<String, serde_json::Value>,
            contact_id: impl Into<String>,
            status: impl Into<String>,
        ) -> Self {
            Self {
                r#type: Some(r#type.into()),
                sub_type: Some(sub_type),
                contact_id: Some(contact_id.into()),
                status: Some(status.into()),
                ..Self::default()
            }
        }
    }

    /// `ForwardResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ForwardResponseDto {
        /// Whether the entire thread was forwarded
        #[serde(
            rename = "forwardWholeThread",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub forward_whole_thread: Option<bool>,
        /// Message ID of the forwarded message (source)
        #[serde(rename = "messageId", default, skip_serializing_if = "Option::is_none")]
        pub message_id: Option<String>,
        /// Email Message ID of the forwarded email (source)
        #[serde(
            rename = "emailMessageId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub email_message_id: Option<String>,
        /// Contact ID where the forwarded email originated from (source)
        #[serde(
            rename = "sourceContactId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub source_contact_id: Option<String>,
        /// Conversation ID where the forwarded email originated from (source)
        #[serde(
            rename = "sourceConversationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub source_conversation_id: Option<String>,
        /// Email address the message was forwarded to (destination)
        #[serde(
            rename = "forwardToEmail",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub forward_to_email: Option<String>,
        /// Contact ID of the recipient of the forwarded email (destination)
        #[serde(
            rename = "recipientContactId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub recipient_contact_id: Option<String>,
        /// Conversation ID of the recipient of the forwarded email (destination)
        #[serde(
            rename = "recipientConversationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub recipient_conversation_id: Option<String>,
    }

    /// `SendMessageResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SendMessageResponseDto {
        /// Conversation ID.
        ///
        /// Required by the spec.
        #[serde(
            rename = "conversationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversation_id: Option<String>,
        /// This contains the email message id (only for Email type). Use this ID to send inbound replies to GHL to create a threaded email.
        #[serde(
            rename = "emailMessageId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub email_message_id: Option<String>,
        /// This is the main Message ID
        ///
        /// Required by the spec.
        #[serde(rename = "messageId", default, skip_serializing_if = "Option::is_none")]
        pub message_id: Option<String>,
        /// When sending via the GMB channel, we will be returning list of `messageIds` instead of single `messageId`.
        #[serde(
            rename = "messageIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub message_ids: Option<Vec<String>>,
        /// Additional response message when sending a workflow message
        #[serde(rename = "msg", default, skip_serializing_if = "Option::is_none")]
        pub msg: Option<String>,
        /// Optional metadata for forwarded email
        #[serde(
            rename = "forwardData",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub forward_data: Option<crate::apps::conversations::models::ForwardResponseDto>,
        /// Message status
        ///
        /// One of: `"delivered"`, `"failed"`, `"pending"`, `"read"`.
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
    }

    impl SendMessageResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            conversation_id: impl Into<String>,
            message_id: impl Into<String>,
            status: impl Into<String>,
        ) -> Self {
            Self {
                conversation_id: Some(conversation_id.into()),
                message_id: Some(message_id.into()),
                status: Some(status.into()),
                ..Self::default()
            }
        }
    }

    /// `CallDataDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CallDataDto {
        /// Phone number of the receiver
        #[serde(rename = "to", default, skip_serializing_if = "Option::is_none")]
        pub to: Option<String>,
        /// Phone number of the dialer
        #[serde(rename = "from", default, skip_serializing_if = "Option::is_none")]
        pub from: Option<String>,
        /// Call status
        ///
        /// One of: `"pending"`, `"completed"`, `"answered"`, `"busy"`, `"no-answer"`, `"failed"`, `"canceled"`, `"voicemail"`.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
    }

    /// `ProcessMessageBodyDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ProcessMessageBodyDto {
        /// Message Type
        ///
        /// One of: `"SMS"`, `"RCS"`, `"Email"`, `"WhatsApp"`, `"GMB"`, `"IG"`, `"FB"`, `"Custom"`, `"WebChat"`, `"Live_Chat"`, `"Call"`, `"IVR_Call"`, `"Campaign_Call"`, `"Campaign_VoiceMail"`, `"TIKTOK"`, `"ALL_IN_ONE_CHAT"`, `"FORM_SUBMISSION"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Array of attachments
        #[serde(
            rename = "attachments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attachments: Option<Vec<String>>,
        /// Message Body
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Conversation Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "conversationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversation_id: Option<String>,
        /// Contact Id
        ///
        /// Required by the spec.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// Conversation Provider Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "conversationProviderId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversation_provider_id: Option<String>,
        /// HTML Body of Email
        #[serde(rename = "html", default, skip_serializing_if = "Option::is_none")]
        pub html: Option<String>,
        /// Subject of the Email
        #[serde(rename = "subject", default, skip_serializing_if = "Option::is_none")]
        pub subject: Option<String>,
        /// Email address to send from. This field is associated with the contact record and cannot be dynamically changed.
        #[serde(rename = "emailFrom", default, skip_serializing_if = "Option::is_none")]
        pub email_from: Option<String>,
        /// Recipient email address. This field is associated with the contact record and cannot be dynamically changed.
        #[serde(rename = "emailTo", default, skip_serializing_if = "Option::is_none")]
        pub email_to: Option<String>,
        /// List of email address to CC
        #[serde(rename = "emailCc", default, skip_serializing_if = "Option::is_none")]
        pub email_cc: Option<Vec<String>>,
        /// List of email address to BCC
        #[serde(rename = "emailBcc", default, skip_serializing_if = "Option::is_none")]
        pub email_bcc: Option<Vec<String>>,
        /// Send the email message id for which this email should be threaded. This is for replying to a specific email
        #[serde(
            rename = "emailMessageId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub email_message_id: Option<String>,
        /// external mail provider's message id
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// Message direction, if required can be set manually, default is outbound
        #[serde(rename = "direction", default, skip_serializing_if = "Option::is_none")]
        pub direction: Option<serde_json::Map<String, serde_json::Value>>,
        /// Date of the inbound message
        #[serde(rename = "date", default, skip_serializing_if = "Option::is_none")]
        pub date: Option<String>,
        /// Phone call dialer and receiver information
        #[serde(rename = "call", default, skip_serializing_if = "Option::is_none")]
        pub call: Option<crate::apps::conversations::models::CallDataDto>,
    }

    impl ProcessMessageBodyDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            r#type: impl Into<String>,
            conversation_id: impl Into<String>,
            contact_id: impl Into<String>,
            conversation_provider_id: impl Into<String>,
        ) -> Self {
            Self {
                r#type: Some(r#type.into()),
                conversation_id: Some(conversation_id.into()),
                contact_id: Some(contact_id.into()),
                conversation_provider_id: Some(conversation_provider_id.into()),
                ..Self::default()
            }
        }
    }

    /// `ProcessMessageResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ProcessMessageResponseDto {
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Conversation ID.
        ///
        /// Required by the spec.
        #[serde(
            rename = "conversationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversation_id: Option<String>,
        /// This is the main Message ID
        ///
        /// Required by the spec.
        #[serde(rename = "messageId", default, skip_serializing_if = "Option::is_none")]
        pub message_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// `contactId`.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// `dateAdded`.
        #[serde(rename = "dateAdded", default, skip_serializing_if = "Option::is_none")]
        pub date_added: Option<String>,
        /// `emailMessageId`.
        #[serde(
            rename = "emailMessageId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub email_message_id: Option<String>,
    }

    impl ProcessMessageResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            success: bool,
            conversation_id: impl Into<String>,
            message_id: impl Into<String>,
            message: impl Into<String>,
        ) -> Self {
            Self {
                success: Some(success),
                conversation_id: Some(conversation_id.into()),
                message_id: Some(message_id.into()),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `ProcessOutboundMessageBodyDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ProcessOutboundMessageBodyDto {
        /// Message Type
        ///
        /// One of: `"Call"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Array of attachments
        #[serde(
            rename = "attachments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attachments: Option<Vec<String>>,
        /// Conversation Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "conversationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversation_id: Option<String>,
        /// Conversation Provider Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "conversationProviderId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversation_provider_id: Option<String>,
        /// external mail provider's message id
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// Date of the outbound message
        #[serde(rename = "date", default, skip_serializing_if = "Option::is_none")]
        pub date: Option<String>,
        /// Phone call dialer and receiver information
        #[serde(rename = "call", default, skip_serializing_if = "Option::is_none")]
        pub call: Option<crate::apps::conversations::models::CallDataDto>,
    }

    impl ProcessOutboundMessageBodyDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            r#type: impl Into<String>,
            conversation_id: impl Into<String>,
            conversation_provider_id: impl Into<String>,
        ) -> Self {
            Self {
                r#type: Some(r#type.into()),
                conversation_id: Some(conversation_id.into()),
                conversation_provider_id: Some(conversation_provider_id.into()),
                ..Self::default()
            }
        }
    }

    /// `SendReviewReplyDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SendReviewReplyDto {
        /// Conversation ID (must have reviewId)
        ///
        /// Required by the spec.
        #[serde(
            rename = "conversationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversation_id: Option<String>,
        /// Location ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Review reply message text
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    impl SendReviewReplyDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            conversation_id: impl Into<String>,
            location_id: impl Into<String>,
            message: impl Into<String>,
        ) -> Self {
            Self {
                conversation_id: Some(conversation_id.into()),
                location_id: Some(location_id.into()),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `UploadFilesDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UploadFilesDto {
        /// Conversation Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "conversationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversation_id: Option<String>,
        /// Contact Id
        ///
        /// Required by the spec.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
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
            rename = "attachmentUrls",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attachment_urls: Option<Vec<String>>,
        /// Twilio chat service SID for group SMS uploads
        #[serde(
            rename = "chatServiceSid",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub chat_service_sid: Option<String>,
        /// Flag to indicate group SMS upload flow. When true, only 1 file upload is allowed per request.
        #[serde(
            rename = "isGroupSms",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_group_sms: Option<String>,
    }

    impl UploadFilesDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            conversation_id: impl Into<String>,
            contact_id: impl Into<String>,
            location_id: impl Into<String>,
            attachment_urls: Vec<String>,
        ) -> Self {
            Self {
                conversation_id: Some(conversation_id.into()),
                contact_id: Some(contact_id.into()),
                location_id: Some(location_id.into()),
                attachment_urls: Some(attachment_urls),
                ..Self::default()
            }
        }
    }

    /// `UploadFilesResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UploadFilesResponseDto {
        ///
        /// Required by the spec.
        #[serde(
            rename = "uploadedFiles",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub uploaded_files: Option<serde_json::Map<String, serde_json::Value>>,
        /// Twilio media SIDs for group SMS (when isGroupSms=true)
        #[serde(
            rename = "twilioMediaSids",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub twilio_media_sids: Option<Vec<String>>,
    }

    impl UploadFilesResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(uploaded_files: serde_json::Map<String, serde_json::Value>) -> Self {
            Self {
                uploaded_files: Some(uploaded_files),
                ..Self::default()
            }
        }
    }

    /// `UploadFilesErrorResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UploadFilesErrorResponseDto {
        /// HTTP Status code of the request
        ///
        /// One of: `400`, `413`, `415`.
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<f64>,
        /// Error message of the request
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    impl UploadFilesErrorResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: f64, message: impl Into<String>) -> Self {
            Self {
                status: Some(status),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `InitiateFileUploadDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct InitiateFileUploadDto {
        /// Location ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Conversation ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "conversationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversation_id: Option<String>,
        /// Original filename with extension
        ///
        /// Required by the spec.
        #[serde(rename = "filename", default, skip_serializing_if = "Option::is_none")]
        pub filename: Option<String>,
        /// MIME type of the file
        ///
        /// Required by the spec.
        #[serde(
            rename = "contentType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub content_type: Option<String>,
        /// File size in bytes (optional, for pre-validation)
        #[serde(rename = "fileSize", default, skip_serializing_if = "Option::is_none")]
        pub file_size: Option<f64>,
        /// Channel type for size limits (WHATSAPP for 100MB limit, others for 5MB)
        ///
        /// Required by the spec.
        #[serde(rename = "channel", default, skip_serializing_if = "Option::is_none")]
        pub channel: Option<String>,
    }

    impl InitiateFileUploadDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            conversation_id: impl Into<String>,
            filename: impl Into<String>,
            content_type: impl Into<String>,
            channel: impl Into<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                conversation_id: Some(conversation_id.into()),
                filename: Some(filename.into()),
                content_type: Some(content_type.into()),
                channel: Some(channel.into()),
                ..Self::default()
            }
        }
    }

    /// `InitiateFileUploadResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct InitiateFileUploadResponseDto {
        /// Signed URL for direct upload to GCS. Use PUT request with file content.
        ///
        /// Required by the spec.
        #[serde(rename = "uploadUrl", default, skip_serializing_if = "Option::is_none")]
        pub upload_url: Option<String>,
        /// Unique upload ID for tracking and completing the upload
        ///
        /// Required by the spec.
        #[serde(rename = "uploadId", default, skip_serializing_if = "Option::is_none")]
        pub upload_id: Option<String>,
        /// File path in GCS bucket (needed for confirmation endpoint)
        ///
        /// Required by the spec.
        #[serde(rename = "filePath", default, skip_serializing_if = "Option::is_none")]
        pub file_path: Option<String>,
        /// URL expiration timestamp (Unix milliseconds)
        ///
        /// Required by the spec.
        #[serde(rename = "expiresAt", default, skip_serializing_if = "Option::is_none")]
        pub expires_at: Option<f64>,
        /// Maximum allowed file size in bytes
        ///
        /// Required by the spec.
        #[serde(
            rename = "maxFileSize",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub max_file_size: Option<f64>,
    }

    impl InitiateFileUploadResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            upload_url: impl Into<String>,
            upload_id: impl Into<String>,
            file_path: impl Into<String>,
            expires_at: f64,
            max_file_size: f64,
        ) -> Self {
            Self {
                upload_url: Some(upload_url.into()),
                upload_id: Some(upload_id.into()),
                file_path: Some(file_path.into()),
                expires_at: Some(expires_at),
                max_file_size: Some(max_file_size),
                ..Self::default()
            }
        }
    }

    /// `CompleteFileUploadDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CompleteFileUploadDto {
        /// Upload ID from request response
        ///
        /// Required by the spec.
        #[serde(rename = "uploadId", default, skip_serializing_if = "Option::is_none")]
        pub upload_id: Option<String>,
        /// File path from request response
        ///
        /// Required by the spec.
        #[serde(rename = "filePath", default, skip_serializing_if = "Option::is_none")]
        pub file_path: Option<String>,
        /// Location ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Conversation ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "conversationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversation_id: Option<String>,
        /// Original filename (for response mapping)
        ///
        /// Required by the spec.
        #[serde(rename = "filename", default, skip_serializing_if = "Option::is_none")]
        pub filename: Option<String>,
    }

    impl CompleteFileUploadDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            upload_id: impl Into<String>,
            file_path: impl Into<String>,
            location_id: impl Into<String>,
            conversation_id: impl Into<String>,
            filename: impl Into<String>,
        ) -> Self {
            Self {
                upload_id: Some(upload_id.into()),
                file_path: Some(file_path.into()),
                location_id: Some(location_id.into()),
                conversation_id: Some(conversation_id.into()),
                filename: Some(filename.into()),
                ..Self::default()
            }
        }
    }

    /// `CompleteFileUploadResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CompleteFileUploadResponseDto {
        /// Map of filename to public URL
        ///
        /// Required by the spec.
        #[serde(
            rename = "uploadedFiles",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub uploaded_files: Option<serde_json::Map<String, serde_json::Value>>,
        /// File metadata
        ///
        /// Required by the spec.
        #[serde(rename = "metadata", default, skip_serializing_if = "Option::is_none")]
        pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl CompleteFileUploadResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            uploaded_files: serde_json::Map<String, serde_json::Value>,
            metadata: serde_json::Map<String, serde_json::Value>,
        ) -> Self {
            Self {
                uploaded_files: Some(uploaded_files),
                metadata: Some(metadata),
                ..Self::default()
            }
        }
    }

    /// `ErrorDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ErrorDto {
        /// Error Code
        ///
        /// Required by the spec.
        #[serde(rename = "code", default, skip_serializing_if = "Option::is_none")]
        pub code: Option<String>,
        /// Error Type
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Error Message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    impl ErrorDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            code: impl Into<String>,
            r#type: impl Into<String>,
            message: impl Into<String>,
        ) -> Self {
            Self {
                code: Some(code.into()),
                r#type: Some(r#type.into()),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateMessageStatusDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateMessageStatusDto {
        /// Message status
        ///
        /// One of: `"delivered"`, `"failed"`, `"pending"`, `"read"`.
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// Error object from the conversation provider
        #[serde(rename = "error", default, skip_serializing_if = "Option::is_none")]
        pub error: Option<crate::apps::conversations::models::ErrorDto>,
        /// Email message Id
        #[serde(
            rename = "emailMessageId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub email_message_id: Option<String>,
        /// Email delivery status for additional email recipients.
        #[serde(
            rename = "recipients",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub recipients: Option<Vec<String>>,
    }

    impl UpdateMessageStatusDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: impl Into<String>) -> Self {
            Self {
                status: Some(status.into()),
                ..Self::default()
            }
        }
    }

    /// `AddMessageAttachmentsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AddMessageAttachmentsDto {
        /// Array of attachment URLs to set on the message (replaces existing). Maximum 5 URLs.
        ///
        /// Required by the spec.
        #[serde(
            rename = "attachments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attachments: Option<Vec<String>>,
    }

    impl AddMessageAttachmentsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(attachments: Vec<String>) -> Self {
            Self {
                attachments: Some(attachments),
                ..Self::default()
            }
        }
    }

    /// `GetMessageTranscriptionResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetMessageTranscriptionResponseDto {
        /// Media channel describes the user interaction channel
        ///
        /// Required by the spec.
        #[serde(
            rename = "mediaChannel",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub media_channel: Option<f64>,
        /// Index of the sentence in the transcription
        ///
        /// Required by the spec.
        #[serde(
            rename = "sentenceIndex",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sentence_index: Option<f64>,
        /// Start time of the sentence in milliseconds
        ///
        /// Required by the spec.
        #[serde(rename = "startTime", default, skip_serializing_if = "Option::is_none")]
        pub start_time: Option<f64>,
        /// End time of the sentence in milliseconds
        ///
        /// Required by the spec.
        #[serde(rename = "endTime", default, skip_serializing_if = "Option::is_none")]
        pub end_time: Option<f64>,
        /// Transcript of the sentence
        ///
        /// Required by the spec.
        #[serde(
            rename = "transcript",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub transcript: Option<String>,
        /// Confidence of the transcription
        ///
        /// Required by the spec.
        #[serde(
            rename = "confidence",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub confidence: Option<f64>,
    }

    impl GetMessageTranscriptionResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            media_channel: f64,
            sentence_index: f64,
            start_time: f64,
            end_time: f64,
            transcript: impl Into<String>,
            confidence: f64,
        ) -> Self {
            Self {
                media_channel: Some(media_channel),
                sentence_index: Some(sentence_index),
                start_time: Some(start_time),
                end_time: Some(end_time),
                transcript: Some(transcript.into()),
                confidence: Some(confidence),
                ..Self::default()
            }
        }
    }

    /// `UserTypingBody` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UserTypingBody {
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Typing status
        ///
        /// Required by the spec.
        #[serde(rename = "isTyping", default, skip_serializing_if = "Option::is_none")]
        pub is_typing: Option<String>,
        /// visitorId is the Unique ID assigned to each Live chat visitor. visitorId will be added soon in &lt;a href="https://highlevel.stoplight.io/docs/integrations/00c5ff21f0030-get-contact" target="_blank"&gt;GET Contact API&lt;/a&gt;
        ///
        /// Required by the spec.
        #[serde(rename = "visitorId", default, skip_serializing_if = "Option::is_none")]
        pub visitor_id: Option<String>,
        /// Conversation Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "conversationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversation_id: Option<String>,
    }

    impl UserTypingBody {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            is_typing: impl Into<String>,
            visitor_id: impl Into<String>,
            conversation_id: impl Into<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                is_typing: Some(is_typing.into()),
                visitor_id: Some(visitor_id.into()),
                conversation_id: Some(conversation_id.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateLiveChatMessageFeedbackResponse` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateLiveChatMessageFeedbackResponse {
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    impl CreateLiveChatMessageFeedbackResponse {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool) -> Self {
            Self {
                success: Some(success),
                ..Self::default()
            }
        }
    }
}

/// The Conversations API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct ConversationsApi {
    client: GhlClient,
}

impl ConversationsApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Search Conversations
    ///
    /// Returns a list of all conversations matching the search criteria along with the sort and filter options selected.
    ///
    /// `GET /conversations/search`
    ///
    /// Version `2021-04-15`; scope `conversations.readonly`; retried after an unknown outcome.
    pub fn search_conversation(&self, location_id: impl Into<String>) -> ops::SearchConversation {
        let mut req = Request::new(
            http::Method::GET,
            "/conversations/search",
            "/conversations/search",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::SearchConversation {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Conversation
    ///
    /// Get the conversation details based on the conversation ID
    ///
    /// `GET /conversations/{conversationId}`
    ///
    /// Version `2021-04-15`; scope `conversations.readonly`; retried after an unknown outcome.
    pub fn get_conversation(&self, conversation_id: impl AsRef<str>) -> ops::GetConversation {
        let mut req = Request::new(
            http::Method::GET,
            "/conversations/{conversationId}",
            format!(
                "/conversations/{}",
                crate::request::segment(conversation_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::GetConversation {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Conversation
    ///
    /// Update the conversation details based on the conversation ID
    ///
    /// `PUT /conversations/{conversationId}`
    ///
    /// Version `2021-04-15`; scope `conversations.write`; retried after an unknown outcome.
    pub fn update_conversation(
        &self,
        conversation_id: impl AsRef<str>,
        body: &crate::apps::conversations::models::UpdateConversationDto,
    ) -> ops::UpdateConversation {
        let mut req = Request::new(
            http::Method::PUT,
            "/conversations/{conversationId}",
            format!(
                "/conversations/{}",
                crate::request::segment(conversation_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateConversation {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Conversation
    ///
    /// Delete the conversation details based on the conversation ID
    ///
    /// `DELETE /conversations/{conversationId}`
    ///
    /// Version `2021-04-15`; scope `conversations.write`; retried after an unknown outcome.
    pub fn delete_conversation(&self, conversation_id: impl AsRef<str>) -> ops::DeleteConversation {
        let mut req = Request::new(
            http::Method::DELETE,
            "/conversations/{conversationId}",
            format!(
                "/conversations/{}",
                crate::request::segment(conversation_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::DeleteConversation {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get All Custom Subtypes
    ///
    /// Get all custom subtypes for a location
    ///
    /// `GET /conversations/preferences/custom-subtypes`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome.
    pub fn get_all_custom_subtypes(
        &self,
        location_id: impl Into<String>,
    ) -> ops::GetAllCustomSubtypes {
        let mut req = Request::new(
            http::Method::GET,
            "/conversations/preferences/custom-subtypes",
            "/conversations/preferences/custom-subtypes",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetAllCustomSubtypes {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Custom Subtype
    ///
    /// Create a new custom subtype for a location. Requires agency or account admin role.
    ///
    /// `POST /conversations/preferences/custom-subtypes`
    ///
    /// Version `2021-04-15`; never repeated after an unknown outcome.
    pub fn create_custom_subtype(
        &self,
        location_id: impl Into<String>,
        body: &crate::apps::conversations::models::CreateCustomSubtypeDto,
    ) -> ops::CreateCustomSubtype {
        let mut req = Request::new(
            http::Method::POST,
            "/conversations/preferences/custom-subtypes",
            "/conversations/preferences/custom-subtypes",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        req = crate::apps::support::json_body(req, body);
        ops::CreateCustomSubtype {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Custom Subtype
    ///
    /// Update or archive a custom subtype. Requires agency or account admin role.
    ///
    /// `PUT /conversations/preferences/custom-subtypes/{id}`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome.
    pub fn update_custom_subtype(
        &self,
        id: impl AsRef<str>,
        location_id: impl Into<String>,
        body: &crate::apps::conversations::models::UpdateCustomSubtypeDto,
    ) -> ops::UpdateCustomSubtype {
        let mut req = Request::new(
            http::Method::PUT,
            "/conversations/preferences/custom-subtypes/{id}",
            format!(
                "/conversations/preferences/custom-subtypes/{}",
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        req = crate::apps::support::json_body(req, body);
        ops::UpdateCustomSubtype {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Contact Unsubscription Status
    ///
    /// Get all subscription statuses for a contact (all emails or specific email)
    ///
    /// `GET /conversations/preferences/unsubscriptions/status`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome.
    pub fn get_contact_unsubscription_status(
        &self,
        location_id: impl Into<String>,
        contact_id: impl Into<String>,
    ) -> ops::GetContactUnsubscriptionStatus {
        let mut req = Request::new(
            http::Method::GET,
            "/conversations/preferences/unsubscriptions/status",
            "/conversations/preferences/unsubscriptions/status",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("contactId", contact_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetContactUnsubscriptionStatus {
            client: self.client.clone(),
            request: req,
        }
    }

    /// User Subscription Change
    ///
    /// Process subscription change initiated by a user (admin/agent). Supports individual custom subscription changes and resub all functionality. Legal forms are automatically created for user-initiated resubscribe actions on custom subscriptions.
    ///
    /// `POST /conversations/preferences/unsubscriptions/user-change`
    ///
    /// Version `2021-04-15`; never repeated after an unknown outcome.
    pub fn user_subscription_change(
        &self,
        body: &crate::apps::conversations::models::UserSubscriptionChangeDto,
    ) -> ops::UserSubscriptionChange {
        let mut req = Request::new(
            http::Method::POST,
            "/conversations/preferences/unsubscriptions/user-change",
            "/conversations/preferences/unsubscriptions/user-change",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::UserSubscriptionChange {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get email by Id
    ///
    /// `GET /conversations/messages/email/{id}`
    ///
    /// no `Version` header; retried after an unknown outcome.
    pub fn get_email_by_id(&self, id: impl AsRef<str>) -> ops::GetEmailById {
        let mut req = Request::new(
            http::Method::GET,
            "/conversations/messages/email/{id}",
            format!(
                "/conversations/messages/email/{}",
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.without_version();
        ops::GetEmailById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Cancel a scheduled email message.
    ///
    /// Post the messageId for the API to delete a scheduled email message. &lt;br /&gt;
    ///
    /// `DELETE /conversations/messages/email/{emailMessageId}/schedule`
    ///
    /// no `Version` header; retried after an unknown outcome.
    pub fn cancel_scheduled_email_message(
        &self,
        email_message_id: impl AsRef<str>,
    ) -> ops::CancelScheduledEmailMessage {
        let mut req = Request::new(
            http::Method::DELETE,
            "/conversations/messages/email/{emailMessageId}/schedule",
            format!(
                "/conversations/messages/email/{}/schedule",
                crate::request::segment(email_message_id.as_ref())
            ),
        );
        req = req.without_version();
        ops::CancelScheduledEmailMessage {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Export messages by location ID
    ///
    /// Export messages for a specific location with cursor-based pagination support. Response includes messageType (string), source, and subType fields. The channel parameter is optional - if not provided, all non-email message types will be returned including activity messages (opportunity updates, appointments, etc.).
    ///
    /// `GET /conversations/messages/export`
    ///
    /// Version `2021-04-15`; scope `conversations/message.readonly`; retried after an unknown outcome.
    pub fn export_messages_by_location(
        &self,
        location_id: impl Into<String>,
    ) -> ops::ExportMessagesByLocation {
        let mut req = Request::new(
            http::Method::GET,
            "/conversations/messages/export",
            "/conversations/messages/export",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::ExportMessagesByLocation {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get message by message id
    ///
    /// Get message by message id.
    ///
    /// `GET /conversations/messages/{id}`
    ///
    /// Version `2021-04-15`; scope `conversations/message.readonly`; retried after an unknown outcome.
    pub fn get_message(&self, id: impl AsRef<str>) -> ops::GetMessage {
        let mut req = Request::new(
            http::Method::GET,
            "/conversations/messages/{id}",
            format!(
                "/conversations/messages/{}",
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::GetMessage {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get messages by conversation id
    ///
    /// Get messages by conversation id.
    ///
    /// `GET /conversations/{conversationId}/messages`
    ///
    /// Version `2021-04-15`; scope `conversations/message.readonly`; retried after an unknown outcome.
    pub fn get_messages(&self, conversation_id: impl AsRef<str>) -> ops::GetMessages {
        let mut req = Request::new(
            http::Method::GET,
            "/conversations/{conversationId}/messages",
            format!(
                "/conversations/{}/messages",
                crate::request::segment(conversation_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::GetMessages {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Send a new message
    ///
    /// Post the necessary fields for the API to send a new message.
    ///
    /// `POST /conversations/messages`
    ///
    /// Version `2021-04-15`; scope `conversations/message.write`; never repeated after an unknown outcome.
    pub fn send_a_new_message(
        &self,
        body: &crate::apps::conversations::models::SendMessageBodyDto,
    ) -> ops::SendANewMessage {
        let mut req = Request::new(
            http::Method::POST,
            "/conversations/messages",
            "/conversations/messages",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::SendANewMessage {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Add an inbound message
    ///
    /// Post the necessary fields for the API to add a new inbound message. &lt;br /&gt;
    ///
    /// `POST /conversations/messages/inbound`
    ///
    /// Version `2021-04-15`; scope `conversations/message.write`; never repeated after an unknown outcome.
    pub fn add_an_inbound_message(
        &self,
        body: &crate::apps::conversations::models::ProcessMessageBodyDto,
    ) -> ops::AddAnInboundMessage {
        let mut req = Request::new(
            http::Method::POST,
            "/conversations/messages/inbound",
            "/conversations/messages/inbound",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::AddAnInboundMessage {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Add an external outbound call
    ///
    /// Post the necessary fields for the API to add a new outbound call.
    ///
    /// `POST /conversations/messages/outbound`
    ///
    /// Version `2021-04-15`; scope `conversations/message.write`; never repeated after an unknown outcome.
    pub fn add_an_outbound_message(
        &self,
        body: &crate::apps::conversations::models::ProcessOutboundMessageBodyDto,
    ) -> ops::AddAnOutboundMessage {
        let mut req = Request::new(
            http::Method::POST,
            "/conversations/messages/outbound",
            "/conversations/messages/outbound",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::AddAnOutboundMessage {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Send a review reply to Google My Business
    ///
    /// Post a reply to a customer review on Google My Business
    ///
    /// `POST /conversations/messages/review-reply`
    ///
    /// Version `2021-04-15`; scope `conversations/message.write`; never repeated after an unknown outcome.
    pub fn send_review_reply(
        &self,
        body: &crate::apps::conversations::models::SendReviewReplyDto,
    ) -> ops::SendReviewReply {
        let mut req = Request::new(
            http::Method::POST,
            "/conversations/messages/review-reply",
            "/conversations/messages/review-reply",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::SendReviewReply {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Cancel a scheduled message.
    ///
    /// Post the messageId for the API to delete a scheduled message. &lt;br /&gt;
    ///
    /// `DELETE /conversations/messages/{messageId}/schedule`
    ///
    /// Version `2021-04-15`; scope `conversations/message.write`; retried after an unknown outcome.
    pub fn cancel_scheduled_message(
        &self,
        message_id: impl AsRef<str>,
    ) -> ops::CancelScheduledMessage {
        let mut req = Request::new(
            http::Method::DELETE,
            "/conversations/messages/{messageId}/schedule",
            format!(
                "/conversations/messages/{}/schedule",
                crate::request::segment(message_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::CancelScheduledMessage {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Upload file attachments
    ///
    /// Post the necessary fields for the API to upload files. The files need to be a buffer with the key "fileAttachment". &lt;br /&gt;&lt;br /&gt; The allowed file types are: &lt;br/&gt; &lt;ul&gt;&lt;li&gt;JPG&lt;/li&gt;&lt;li&gt;JPEG&lt;/li&gt;&lt;li&gt;PNG&lt;/li&gt;&lt;li&gt;MP4&lt;/li&gt;&lt;li&gt;MPEG&lt;/li&gt;&lt;li&gt;ZIP&lt;/li&gt;&lt;li&gt;RAR&lt;/li&gt;&lt;li&gt;PDF&lt;/li&gt;&lt;li&gt;DOC&lt;/li&gt;&lt;li&gt;DOCX&lt;/li&gt;&lt;li&gt;TXT&lt;/li&gt;&lt;li&gt;MP3&lt;/li&gt;&lt;li&gt;WAV&lt;/li&gt;&lt;/ul&gt; &lt;br /&gt;&lt;br /&gt; The API will return an object with the URLs
    ///
    /// `POST /conversations/messages/upload`
    ///
    /// Version `2021-04-15`; scope `conversations/message.write`; never repeated after an unknown outcome.
    pub fn upload_file_attachments(
        &self,
        form: crate::request::Multipart,
    ) -> ops::UploadFileAttachments {
        let mut req = Request::new(
            http::Method::POST,
            "/conversations/messages/upload",
            "/conversations/messages/upload",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.multipart(form);
        ops::UploadFileAttachments {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Initiate file upload to GCS
    ///
    /// Generates a signed URL for direct file upload to Google Cloud Storage. Returns a signed URL valid for 15 minutes. Upload file via PUT request, then call /complete to finalize.
    ///
    /// `POST /conversations/messages/upload/initiate`
    ///
    /// Version `2021-04-15`; scope `conversations/message.write`; never repeated after an unknown outcome.
    pub fn initiate_file_upload(
        &self,
        body: &crate::apps::conversations::models::InitiateFileUploadDto,
    ) -> ops::InitiateFileUpload {
        let mut req = Request::new(
            http::Method::POST,
            "/conversations/messages/upload/initiate",
            "/conversations/messages/upload/initiate",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::InitiateFileUpload {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Complete file upload
    ///
    /// Validates the uploaded file in GCS and returns the public URL. Call this endpoint after successfully uploading the file to the signed URL.
    ///
    /// `POST /conversations/messages/upload/complete`
    ///
    /// Version `2021-04-15`; scope `conversations/message.write`; never repeated after an unknown outcome.
    pub fn complete_file_upload(
        &self,
        body: &crate::apps::conversations::models::CompleteFileUploadDto,
    ) -> ops::CompleteFileUpload {
        let mut req = Request::new(
            http::Method::POST,
            "/conversations/messages/upload/complete",
            "/conversations/messages/upload/complete",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::CompleteFileUpload {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update message status
    ///
    /// Post the necessary fields for the API to update message status.
    ///
    /// `PUT /conversations/messages/{messageId}/status`
    ///
    /// Version `2021-04-15`; scope `conversations/message.write`; retried after an unknown outcome.
    pub fn update_message_status(
        &self,
        message_id: impl AsRef<str>,
        body: &crate::apps::conversations::models::UpdateMessageStatusDto,
    ) -> ops::UpdateMessageStatus {
        let mut req = Request::new(
            http::Method::PUT,
            "/conversations/messages/{messageId}/status",
            format!(
                "/conversations/messages/{}/status",
                crate::request::segment(message_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateMessageStatus {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Add message attachments
    ///
    /// Set attachments on an existing message (replaces existing). Maximum 5 URLs. Supported for TYPE_CUSTOM_CALL (34) and TYPE_CALL (1) with subType EXTERNAL_CALL.
    ///
    /// `PUT /conversations/messages/{messageId}/attachments`
    ///
    /// Version `2021-04-15`; scope `conversations/message.write`; retried after an unknown outcome.
    pub fn add_message_attachments(
        &self,
        message_id: impl AsRef<str>,
        body: &crate::apps::conversations::models::AddMessageAttachmentsDto,
    ) -> ops::AddMessageAttachments {
        let mut req = Request::new(
            http::Method::PUT,
            "/conversations/messages/{messageId}/attachments",
            format!(
                "/conversations/messages/{}/attachments",
                crate::request::segment(message_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::AddMessageAttachments {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Recording by Message ID
    ///
    /// Get the recording for a message by passing the message id
    ///
    /// `GET /conversations/messages/{messageId}/locations/{locationId}/recording`
    ///
    /// Version `2021-04-15`; scope `conversations/message.readonly`; retried after an unknown outcome.
    pub fn get_message_recording(
        &self,
        message_id: impl AsRef<str>,
        location_id: impl AsRef<str>,
    ) -> ops::GetMessageRecording {
        let mut req = Request::new(
            http::Method::GET,
            "/conversations/messages/{messageId}/locations/{locationId}/recording",
            format!(
                "/conversations/messages/{}/locations/{}/recording",
                crate::request::segment(message_id.as_ref()),
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.resource(location_id.as_ref());
        ops::GetMessageRecording {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get transcription by Message ID
    ///
    /// Get the recording transcription for a message by passing the message id
    ///
    /// `GET /conversations/locations/{locationId}/messages/{messageId}/transcription`
    ///
    /// Version `2021-04-15`; scope `conversations/message.readonly`; retried after an unknown outcome.
    pub fn get_message_transcription(
        &self,
        location_id: impl AsRef<str>,
        message_id: impl AsRef<str>,
    ) -> ops::GetMessageTranscription {
        let mut req = Request::new(
            http::Method::GET,
            "/conversations/locations/{locationId}/messages/{messageId}/transcription",
            format!(
                "/conversations/locations/{}/messages/{}/transcription",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(message_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.resource(location_id.as_ref());
        ops::GetMessageTranscription {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Download transcription by Message ID
    ///
    /// Download the recording transcription for a message by passing the message id
    ///
    /// `GET /conversations/locations/{locationId}/messages/{messageId}/transcription/download`
    ///
    /// Version `2021-04-15`; scope `conversations/message.readonly`; retried after an unknown outcome.
    pub fn download_message_transcription(
        &self,
        location_id: impl AsRef<str>,
        message_id: impl AsRef<str>,
    ) -> ops::DownloadMessageTranscription {
        let mut req = Request::new(
            http::Method::GET,
            "/conversations/locations/{locationId}/messages/{messageId}/transcription/download",
            format!(
                "/conversations/locations/{}/messages/{}/transcription/download",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(message_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.resource(location_id.as_ref());
        ops::DownloadMessageTranscription {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Agent/Ai-Bot is typing a message indicator for live chat
    ///
    /// Agent/AI-Bot will call this when they are typing a message in live chat message
    ///
    /// `POST /conversations/providers/live-chat/typing`
    ///
    /// Version `2021-04-15`; scope `conversations/livechat.write`; never repeated after an unknown outcome.
    pub fn live_chat_agent_typing(
        &self,
        body: &crate::apps::conversations::models::UserTypingBody,
    ) -> ops::LiveChatAgentTyping {
        let mut req = Request::new(
            http::Method::POST,
            "/conversations/providers/live-chat/typing",
            "/conversations/providers/live-chat/typing",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::LiveChatAgentTyping {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Conversation
    ///
    /// Creates a new conversation with the data provided
    ///
    /// `POST /conversations/`
    ///
    /// Version `2021-04-15`; scope `conversations.write`; never repeated after an unknown outcome.
    pub fn create_conversation(
        &self,
        body: &crate::apps::conversations::models::CreateConversationDto,
    ) -> ops::CreateConversation {
        let mut req = Request::new(http::Method::POST, "/conversations/", "/conversations/");
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateConversation {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Conversations API operations (generated from GHL's spec).
    pub fn conversations(&self) -> ConversationsApi {
        ConversationsApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /conversations/search` request being built, to send with [`SearchConversation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct SearchConversation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl SearchConversation {
        /// Contact Id
        pub fn contact_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("contactId", value.into());
            self
        }

        /// User IDs that conversations are assigned to. Multiple IDs can be provided as comma-separated values. Use "unassigned" to fetch conversations not assigned to any user.
        pub fn assigned_to(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("assignedTo", value.into());
            self
        }

        /// User IDs of followers to filter conversations by. Multiple IDs can be provided as comma-separated values.
        pub fn followers(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("followers", value.into());
            self
        }

        /// User Id of the mention. Multiple values are comma separated.
        pub fn mentions(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("mentions", value.into());
            self
        }

        /// Search paramater as a string
        pub fn query(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("query", value.into());
            self
        }

        /// Sort paramater - asc or desc
        ///
        /// One of: `"asc"`, `"desc"`.
        pub fn sort(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("sort", value.into());
            self
        }

        /// Search to begin after the specified date - should contain the sort value of the last document
        pub fn start_after_date(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("startAfterDate", value.into());
            self
        }

        /// Id of the conversation
        pub fn id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("id", value.into());
            self
        }

        /// Limit of conversations - Default is 20
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
            self
        }

        /// Type of the last message in the conversation as a string
        ///
        /// One of: `"TYPE_CALL"`, `"TYPE_SMS"`, `"TYPE_RCS"`, `"TYPE_EMAIL"`, `"TYPE_SMS_REVIEW_REQUEST"`, `"TYPE_WEBCHAT"`, `"TYPE_SMS_NO_SHOW_REQUEST"`, `"TYPE_CAMPAIGN_SMS"`, `"TYPE_CAMPAIGN_CALL"`, `"TYPE_CAMPAIGN_EMAIL"`, `"TYPE_CAMPAIGN_VOICEMAIL"`, `"TYPE_FACEBOOK"`, `"TYPE_CAMPAIGN_FACEBOOK"`, `"TYPE_CAMPAIGN_MANUAL_CALL"`, `"TYPE_CAMPAIGN_MANUAL_SMS"`, `"TYPE_GMB"`, `"TYPE_CAMPAIGN_GMB"`, `"TYPE_REVIEW"`, `"TYPE_INSTAGRAM"`, `"TYPE_WHATSAPP"`, `"TYPE_CUSTOM_SMS"`, `"TYPE_CUSTOM_EMAIL"`, `"TYPE_CUSTOM_PROVIDER_SMS"`, `"TYPE_CUSTOM_PROVIDER_EMAIL"`, `"TYPE_IVR_CALL"`, `"TYPE_ACTIVITY_CONTACT"`, `"TYPE_ACTIVITY_INVOICE"`, `"TYPE_ACTIVITY_PAYMENT"`, `"TYPE_ACTIVITY_OPPORTUNITY"`, `"TYPE_LIVE_CHAT"`, `"TYPE_LIVE_CHAT_INFO_MESSAGE"`, `"TYPE_ACTIVITY_APPOINTMENT"`, `"TYPE_FACEBOOK_COMMENT"`, `"TYPE_INSTAGRAM_COMMENT"`, `"TYPE_CUSTOM_CALL"`, `"TYPE_INTERNAL_COMMENT"`, `"TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG"`, `"TYPE_TIKTOK"`, `"TYPE_TIKTOK_COMMENT"`, `"TYPE_ACTIVITY_WHATSAPP"`, `"TYPE_FORM_SUBMISSION"`, `"TYPE_SMS_REACTION"`.
        pub fn last_message_type(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("lastMessageType", value.into());
            self
        }

        /// Action of the last outbound message in the conversation as string.
        ///
        /// One of: `"automated"`, `"manual"`.
        pub fn last_message_action(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("lastMessageAction", value.into());
            self
        }

        /// Direction of the last message in the conversation as string.
        ///
        /// One of: `"inbound"`, `"outbound"`.
        pub fn last_message_direction(mut self, value: impl Into<String>) -> Self {
            self.request = self
                .request
                .query_pair("lastMessageDirection", value.into());
            self
        }

        /// The status of the conversation to be filtered - all, read, unread, starred
        ///
        /// One of: `"all"`, `"read"`, `"unread"`, `"starred"`, `"recents"`.
        pub fn status(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("status", value.into());
            self
        }

        /// The sorting of the conversation to be filtered as - manual messages or all messages
        ///
        /// One of: `"last_manual_message_date"`, `"last_message_date"`, `"score_profile"`, `"overdue_at"`, `"due_at"`.
        pub fn sort_by(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("sortBy", value.into());
            self
        }

        /// Id of score profile on which sortBy.ScoreProfile should sort on
        pub fn sort_score_profile(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("sortScoreProfile", value.into());
            self
        }

        /// Id of score profile on which conversations should get filtered out, works with scoreProfileMin & scoreProfileMax
        pub fn score_profile(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("scoreProfile", value.into());
            self
        }

        /// Minimum value for score
        pub fn score_profile_min(mut self, value: f64) -> Self {
            self.request = self
                .request
                .query_pair("scoreProfileMin", value.to_string());
            self
        }

        /// Maximum value for score
        pub fn score_profile_max(mut self, value: f64) -> Self {
            self.request = self
                .request
                .query_pair("scoreProfileMax", value.to_string());
            self
        }

        /// Start date filter for dateAdded field (Unix timestamp in milliseconds)
        pub fn start_date(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("startDate", value.to_string());
            self
        }

        /// End date filter for dateAdded field (Unix timestamp in milliseconds)
        pub fn end_date(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("endDate", value.to_string());
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
        ) -> Result<crate::apps::conversations::models::SendConversationResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /conversations/{conversationId}` request being built, to send with [`GetConversation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetConversation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetConversation {
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
        ) -> Result<crate::apps::conversations::models::GetConversationByIdResponse> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /conversations/{conversationId}` request being built, to send with [`UpdateConversation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateConversation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateConversation {
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
        ) -> Result<crate::apps::conversations::models::GetConversationSuccessfulResponse> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /conversations/{conversationId}` request being built, to send with [`DeleteConversation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteConversation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteConversation {
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
        ) -> Result<crate::apps::conversations::models::DeleteConversationSuccessfulResponse>
        {
            self.client.send(self.request).await
        }
    }

    /// The `GET /conversations/preferences/custom-subtypes` request being built, to send with [`GetAllCustomSubtypes::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAllCustomSubtypes {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAllCustomSubtypes {
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

    /// The `POST /conversations/preferences/custom-subtypes` request being built, to send with [`CreateCustomSubtype::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateCustomSubtype {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateCustomSubtype {
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

    /// The `PUT /conversations/preferences/custom-subtypes/{id}` request being built, to send with [`UpdateCustomSubtype::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateCustomSubtype {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateCustomSubtype {
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

    /// The `GET /conversations/preferences/unsubscriptions/status` request being built, to send with [`GetContactUnsubscriptionStatus::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetContactUnsubscriptionStatus {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetContactUnsubscriptionStatus {
        /// Email address (optional - if not provided, gets all emails for contact)
        pub fn email(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("email", value.into());
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

    /// The `POST /conversations/preferences/unsubscriptions/user-change` request being built, to send with [`UserSubscriptionChange::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UserSubscriptionChange {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UserSubscriptionChange {
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

    /// The `GET /conversations/messages/email/{id}` request being built, to send with [`GetEmailById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetEmailById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetEmailById {
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
        ) -> Result<crate::apps::conversations::models::GetEmailMessageResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /conversations/messages/email/{emailMessageId}/schedule` request being built, to send with [`CancelScheduledEmailMessage::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CancelScheduledEmailMessage {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CancelScheduledEmailMessage {
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
        ) -> Result<crate::apps::conversations::models::CancelScheduledResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /conversations/messages/export` request being built, to send with [`ExportMessagesByLocation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ExportMessagesByLocation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ExportMessagesByLocation {
        /// Number of messages to return per page
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
            self
        }

        /// Cursor for pagination. Pass the nextCursor from previous response to get next page.
        pub fn cursor(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("cursor", value.into());
            self
        }

        /// Field to sort by
        ///
        /// One of: `"createdAt"`, `"updatedAt"`.
        pub fn sort_by(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("sortBy", value.into());
            self
        }

        /// Sort order
        ///
        /// One of: `"asc"`, `"desc"`.
        pub fn sort_order(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("sortOrder", value.into());
            self
        }

        /// Filter messages by conversation ID
        pub fn conversation_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("conversationId", value.into());
            self
        }

        /// Filter messages by contact ID
        pub fn contact_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("contactId", value.into());
            self
        }

        /// Filter by message channel. If not provided, all non-email message types will be returned including activity messages (opportunity updates, appointments, etc.)
        ///
        /// One of: `"Call"`, `"SMS"`, `"Email"`, `"WhatsApp"`, `"Instagram"`, `"Facebook"`.
        pub fn channel(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("channel", value.into());
            self
        }

        /// Start date to filter messages by
        pub fn start_date(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("startDate", value.into());
            self
        }

        /// End date to filter messages by
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

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::conversations::models::ExportMessagesResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /conversations/messages/{id}` request being built, to send with [`GetMessage::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetMessage {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetMessage {
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
        ) -> Result<crate::apps::conversations::models::GetMessageResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /conversations/{conversationId}/messages` request being built, to send with [`GetMessages::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetMessages {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetMessages {
        /// Message ID of the last message in the list as a string
        pub fn last_message_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("lastMessageId", value.into());
            self
        }

        /// Number of messages to be fetched from the conversation. Default limit is 20
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
            self
        }

        /// Types of message to fetched separated with comma
        ///
        /// One of: `"TYPE_CALL"`, `"TYPE_SMS"`, `"TYPE_RCS"`, `"TYPE_EMAIL"`, `"TYPE_FACEBOOK"`, `"TYPE_GMB"`, `"TYPE_INSTAGRAM"`, `"TYPE_WHATSAPP"`, `"TYPE_ACTIVITY_APPOINTMENT"`, `"TYPE_ACTIVITY_CONTACT"`, `"TYPE_ACTIVITY_INVOICE"`, `"TYPE_ACTIVITY_PAYMENT"`, `"TYPE_ACTIVITY_OPPORTUNITY"`, `"TYPE_LIVE_CHAT"`, `"TYPE_INTERNAL_COMMENTS"`, `"TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG"`, `"TYPE_TIKTOK"`, `"TYPE_ACTIVITY_WHATSAPP"`, `"TYPE_FORM_SUBMISSION"`.
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

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::conversations::models::GetMessagesByConversationResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `POST /conversations/messages` request being built, to send with [`SendANewMessage::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct SendANewMessage {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl SendANewMessage {
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
        ) -> Result<crate::apps::conversations::models::SendMessageResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /conversations/messages/inbound` request being built, to send with [`AddAnInboundMessage::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct AddAnInboundMessage {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl AddAnInboundMessage {
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
        ) -> Result<crate::apps::conversations::models::ProcessMessageResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /conversations/messages/outbound` request being built, to send with [`AddAnOutboundMessage::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct AddAnOutboundMessage {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl AddAnOutboundMessage {
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
        ) -> Result<crate::apps::conversations::models::ProcessMessageResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /conversations/messages/review-reply` request being built, to send with [`SendReviewReply::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct SendReviewReply {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl SendReviewReply {
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
        ) -> Result<crate::apps::conversations::models::SendMessageResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /conversations/messages/{messageId}/schedule` request being built, to send with [`CancelScheduledMessage::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CancelScheduledMessage {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CancelScheduledMessage {
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
        ) -> Result<crate::apps::conversations::models::CancelScheduledResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /conversations/messages/upload` request being built, to send with [`UploadFileAttachments::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UploadFileAttachments {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UploadFileAttachments {
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
        ) -> Result<crate::apps::conversations::models::UploadFilesResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /conversations/messages/upload/initiate` request being built, to send with [`InitiateFileUpload::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct InitiateFileUpload {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl InitiateFileUpload {
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
        ) -> Result<crate::apps::conversations::models::InitiateFileUploadResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /conversations/messages/upload/complete` request being built, to send with [`CompleteFileUpload::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CompleteFileUpload {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CompleteFileUpload {
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
        ) -> Result<crate::apps::conversations::models::CompleteFileUploadResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /conversations/messages/{messageId}/status` request being built, to send with [`UpdateMessageStatus::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateMessageStatus {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateMessageStatus {
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
        ) -> Result<crate::apps::conversations::models::SendMessageResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /conversations/messages/{messageId}/attachments` request being built, to send with [`AddMessageAttachments::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct AddMessageAttachments {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl AddMessageAttachments {
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

    /// The `GET /conversations/messages/{messageId}/locations/{locationId}/recording` request being built, to send with [`GetMessageRecording::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetMessageRecording {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetMessageRecording {
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

    /// The `GET /conversations/locations/{locationId}/messages/{messageId}/transcription` request being built, to send with [`GetMessageTranscription::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetMessageTranscription {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetMessageTranscription {
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
        ) -> Result<crate::apps::conversations::models::GetMessageTranscriptionResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `GET /conversations/locations/{locationId}/messages/{messageId}/transcription/download` request being built, to send with [`DownloadMessageTranscription::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DownloadMessageTranscription {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DownloadMessageTranscription {
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

    /// The `POST /conversations/providers/live-chat/typing` request being built, to send with [`LiveChatAgentTyping::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct LiveChatAgentTyping {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl LiveChatAgentTyping {
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
        ) -> Result<crate::apps::conversations::models::CreateLiveChatMessageFeedbackResponse>
        {
            self.client.send(self.request).await
        }
    }

    /// The `POST /conversations/` request being built, to send with [`CreateConversation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateConversation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateConversation {
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
        ) -> Result<crate::apps::conversations::models::CreateConversationSuccessResponse> {
            self.client.send(self.request).await
        }
    }
}
