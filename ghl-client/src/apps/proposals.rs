//! Documents and Contracts API: 4 operations.
//!
//! Generated from GHL's `apps/proposals.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// Entity type
    ///
    /// One of: `"contacts"`, `"users"`.
    pub type EntityReference = String;

    /// Element type
    ///
    /// One of: `"Page"`, `"Text"`, `"Image"`, `"Video"`, `"Table"`, `"ProductList"`, `"PageBreak"`, `"Signature"`, `"PaymentDetails"`, `"TextField"`, `"DateField"`, `"InitialsField"`, `"Checkbox"`, `"Row"`, `"Column"`.
    pub type ElementsLookup = String;

    /// `FillableFieldsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FillableFieldsDto {
        /// Field Id
        ///
        /// Required by the spec.
        #[serde(rename = "fieldId", default, skip_serializing_if = "Option::is_none")]
        pub field_id: Option<String>,
        /// Is the field required
        ///
        /// Required by the spec.
        #[serde(
            rename = "isRequired",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_required: Option<bool>,
        /// Has the field been completed
        ///
        /// Required by the spec.
        #[serde(
            rename = "hasCompleted",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub has_completed: Option<bool>,
        /// Recipient
        ///
        /// Required by the spec.
        #[serde(rename = "recipient", default, skip_serializing_if = "Option::is_none")]
        pub recipient: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "entityType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub entity_type: Option<crate::apps::proposals::models::EntityReference>,
        /// Id
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<crate::apps::proposals::models::ElementsLookup>,
        /// Value of the field
        ///
        /// Required by the spec.
        #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
        pub value: Option<String>,
    }

    impl FillableFieldsDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            field_id: impl Into<String>,
            is_required: bool,
            has_completed: bool,
            recipient: impl Into<String>,
            entity_type: crate::apps::proposals::models::EntityReference,
            id: impl Into<String>,
            r#type: crate::apps::proposals::models::ElementsLookup,
            value: impl Into<String>,
        ) -> Self {
            Self {
                field_id: Some(field_id.into()),
                is_required: Some(is_required),
                has_completed: Some(has_completed),
                recipient: Some(recipient.into()),
                entity_type: Some(entity_type),
                id: Some(id.into()),
                r#type: Some(r#type),
                value: Some(value.into()),
                ..Self::default()
            }
        }
    }

    /// `DiscountDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DiscountDto {
        /// Unique identifier for the discount
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Discount value (either a percentage or custom amount)
        ///
        /// Required by the spec.
        #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
        pub value: Option<f64>,
        /// Type of discount
        ///
        /// One of: `"percentage"`, `"custom_amount"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
    }

    impl DiscountDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>, value: f64, r#type: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                value: Some(value),
                r#type: Some(r#type.into()),
                ..Self::default()
            }
        }
    }

    /// `GrandTotalDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GrandTotalDto {
        /// Total amount before discounts
        ///
        /// Required by the spec.
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// Currency of the total amount
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Total discount percentage applied
        ///
        /// Required by the spec.
        #[serde(
            rename = "discountPercentage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub discount_percentage: Option<f64>,
        /// List of applied discounts
        ///
        /// Required by the spec.
        #[serde(rename = "discounts", default, skip_serializing_if = "Option::is_none")]
        pub discounts: Option<Vec<crate::apps::proposals::models::DiscountDto>>,
    }

    impl GrandTotalDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            amount: f64,
            currency: impl Into<String>,
            discount_percentage: f64,
            discounts: Vec<crate::apps::proposals::models::DiscountDto>,
        ) -> Self {
            Self {
                amount: Some(amount),
                currency: Some(currency.into()),
                discount_percentage: Some(discount_percentage),
                discounts: Some(discounts),
                ..Self::default()
            }
        }
    }

    /// `RecipientItem` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct RecipientItem {
        /// Recipient Id
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Recipient First Name
        #[serde(rename = "firstName", default, skip_serializing_if = "Option::is_none")]
        pub first_name: Option<String>,
        /// Recipient Last Name
        #[serde(rename = "lastName", default, skip_serializing_if = "Option::is_none")]
        pub last_name: Option<String>,
        /// Recipient Email
        ///
        /// Required by the spec.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// Recipient Phone Number
        #[serde(
            rename = "phoneNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub phone_number: Option<String>,
        /// Recipient Phone
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        /// Recipient has completed the document
        ///
        /// Required by the spec.
        #[serde(
            rename = "hasCompleted",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub has_completed: Option<bool>,
        /// Recipient role
        ///
        /// One of: `"user"`, `"signer"`.
        ///
        /// Required by the spec.
        #[serde(rename = "role", default, skip_serializing_if = "Option::is_none")]
        pub role: Option<String>,
        /// Recipient is primary
        ///
        /// Required by the spec.
        #[serde(rename = "isPrimary", default, skip_serializing_if = "Option::is_none")]
        pub is_primary: Option<bool>,
        /// Recipient signing order
        ///
        /// Required by the spec.
        #[serde(
            rename = "signingOrder",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub signing_order: Option<f64>,
        /// Recipient image url
        #[serde(rename = "imgUrl", default, skip_serializing_if = "Option::is_none")]
        pub img_url: Option<String>,
        /// Recipient ip
        #[serde(rename = "ip", default, skip_serializing_if = "Option::is_none")]
        pub ip: Option<String>,
        /// Recipient user agent
        #[serde(rename = "userAgent", default, skip_serializing_if = "Option::is_none")]
        pub user_agent: Option<String>,
        /// Recipient signed date
        #[serde(
            rename = "signedDate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub signed_date: Option<String>,
        /// Recipient contact name
        #[serde(
            rename = "contactName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_name: Option<String>,
        /// Recipient country
        #[serde(rename = "country", default, skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
        /// Recipient entity name
        #[serde(
            rename = "entityName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub entity_name: Option<String>,
        /// Recipient initials image url
        #[serde(
            rename = "initialsImgUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub initials_img_url: Option<String>,
        /// Recipient last viewed date
        #[serde(
            rename = "lastViewedAt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_viewed_at: Option<String>,
        /// Share link
        #[serde(rename = "shareLink", default, skip_serializing_if = "Option::is_none")]
        pub share_link: Option<String>,
    }

    impl RecipientItem {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            email: impl Into<String>,
            has_completed: bool,
            role: impl Into<String>,
            is_primary: bool,
            signing_order: f64,
        ) -> Self {
            Self {
                id: Some(id.into()),
                email: Some(email.into()),
                has_completed: Some(has_completed),
                role: Some(role.into()),
                is_primary: Some(is_primary),
                signing_order: Some(signing_order),
                ..Self::default()
            }
        }
    }

    /// `ProposalEstimateLinksDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ProposalEstimateLinksDto {
        /// Reference ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "referenceId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub reference_id: Option<String>,
        /// Document ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "documentId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub document_id: Option<String>,
        /// Recipient ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "recipientId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub recipient_id: Option<String>,
        /// Entity name that the recipient belongs to
        ///
        /// One of: `"contacts"`, `"users"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "entityName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub entity_name: Option<String>,
        /// Recipient category (recipient, cc, or bcc)
        ///
        /// One of: `"recipient"`, `"cc"`, `"bcc"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "recipientCategory",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub recipient_category: Option<String>,
        /// Document revision number
        ///
        /// Required by the spec.
        #[serde(
            rename = "documentRevision",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub document_revision: Option<f64>,
        /// Created by user ID
        ///
        /// Required by the spec.
        #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
        pub created_by: Option<String>,
        /// Whether the document is deleted
        ///
        /// Required by the spec.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
    }

    impl ProposalEstimateLinksDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            reference_id: impl Into<String>,
            document_id: impl Into<String>,
            recipient_id: impl Into<String>,
            entity_name: impl Into<String>,
            recipient_category: impl Into<String>,
            document_revision: f64,
            created_by: impl Into<String>,
            deleted: bool,
        ) -> Self {
            Self {
                reference_id: Some(reference_id.into()),
                document_id: Some(document_id.into()),
                recipient_id: Some(recipient_id.into()),
                entity_name: Some(entity_name.into()),
                recipient_category: Some(recipient_category.into()),
                document_revision: Some(document_revision),
                created_by: Some(created_by.into()),
                deleted: Some(deleted),
                ..Self::default()
            }
        }
    }

    /// `DocumentDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DocumentDto {
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Document Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "documentId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub document_id: Option<String>,
        /// Unique identifier
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Name of the document
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Type of the document
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Whether the document is deleted
        ///
        /// Required by the spec.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// Whether the document is expired
        ///
        /// Required by the spec.
        #[serde(rename = "isExpired", default, skip_serializing_if = "Option::is_none")]
        pub is_expired: Option<bool>,
        /// Number of times document is moved to draft state
        ///
        /// Required by the spec.
        #[serde(
            rename = "documentRevision",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub document_revision: Option<f64>,
        /// Fillable fields
        ///
        /// Required by the spec.
        #[serde(
            rename = "fillableFields",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub fillable_fields: Option<Vec<crate::apps::proposals::models::FillableFieldsDto>>,
        /// Grand total object of the document
        ///
        /// Required by the spec.
        #[serde(
            rename = "grandTotal",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub grand_total: Option<crate::apps::proposals::models::GrandTotalDto>,
        /// Locale of the location
        ///
        /// Required by the spec.
        #[serde(rename = "locale", default, skip_serializing_if = "Option::is_none")]
        pub locale: Option<String>,
        /// Document status
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<Vec<String>>,
        /// Payment status
        ///
        /// Required by the spec.
        #[serde(
            rename = "paymentStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_status: Option<Vec<String>>,
        /// Recipients
        ///
        /// Required by the spec.
        #[serde(
            rename = "recipients",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub recipients: Option<Vec<crate::apps::proposals::models::RecipientItem>>,
        /// Links for the document if its sent
        ///
        /// Required by the spec.
        #[serde(rename = "links", default, skip_serializing_if = "Option::is_none")]
        pub links: Option<Vec<crate::apps::proposals::models::ProposalEstimateLinksDto>>,
        /// Date start from (ISO 8601)
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// Date to (ISO 8601)
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
    }

    impl DocumentDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            location_id: impl Into<String>,
            document_id: impl Into<String>,
            id: impl Into<String>,
            name: impl Into<String>,
            r#type: impl Into<String>,
            deleted: bool,
            is_expired: bool,
            document_revision: f64,
            fillable_fields: Vec<crate::apps::proposals::models::FillableFieldsDto>,
            grand_total: crate::apps::proposals::models::GrandTotalDto,
            locale: impl Into<String>,
            status: Vec<String>,
            payment_status: Vec<String>,
            recipients: Vec<crate::apps::proposals::models::RecipientItem>,
            links: Vec<crate::apps::proposals::models::ProposalEstimateLinksDto>,
            updated_at: impl Into<String>,
            created_at: impl Into<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                document_id: Some(document_id.into()),
                id: Some(id.into()),
                name: Some(name.into()),
                r#type: Some(r#type.into()),
                deleted: Some(deleted),
                is_expired: Some(is_expired),
                document_revision: Some(document_revision),
                fillable_fields: Some(fillable_fields),
                grand_total: Some(grand_total),
                locale: Some(locale.into()),
                status: Some(status),
                payment_status: Some(payment_status),
                recipients: Some(recipients),
                links: Some(links),
                updated_at: Some(updated_at.into()),
                created_at: Some(created_at.into()),
                ..Self::default()
            }
        }
    }

    /// `DocumentListResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DocumentListResponseDto {
        /// List of documents
        ///
        /// Required by the spec.
        #[serde(rename = "documents", default, skip_serializing_if = "Option::is_none")]
        pub documents: Option<Vec<crate::apps::proposals::models::DocumentDto>>,
        /// Total records available
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// WhiteLabel url for document
        #[serde(
            rename = "whiteLabelBaseUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub white_label_base_url: Option<f64>,
        /// WhiteLabel url for invoice
        #[serde(
            rename = "whiteLabelBaseUrlForInvoice",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub white_label_base_url_for_invoice: Option<f64>,
    }

    impl DocumentListResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            documents: Vec<crate::apps::proposals::models::DocumentDto>,
            total: f64,
        ) -> Self {
            Self {
                documents: Some(documents),
                total: Some(total),
                ..Self::default()
            }
        }
    }

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

    /// `CcRecipientItem` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CcRecipientItem {
        /// Email
        ///
        /// Required by the spec.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// Contact ID
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Contact Image URL
        ///
        /// Required by the spec.
        #[serde(rename = "imageUrl", default, skip_serializing_if = "Option::is_none")]
        pub image_url: Option<String>,
        /// Contact Name
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_name: Option<String>,
        /// First Name
        ///
        /// Required by the spec.
        #[serde(rename = "firstName", default, skip_serializing_if = "Option::is_none")]
        pub first_name: Option<String>,
        /// Last Name
        ///
        /// Required by the spec.
        #[serde(rename = "lastName", default, skip_serializing_if = "Option::is_none")]
        pub last_name: Option<String>,
    }

    impl CcRecipientItem {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            email: impl Into<String>,
            id: impl Into<String>,
            image_url: impl Into<String>,
            contact_name: impl Into<String>,
            first_name: impl Into<String>,
            last_name: impl Into<String>,
        ) -> Self {
            Self {
                email: Some(email.into()),
                id: Some(id.into()),
                image_url: Some(image_url.into()),
                contact_name: Some(contact_name.into()),
                first_name: Some(first_name.into()),
                last_name: Some(last_name.into()),
                ..Self::default()
            }
        }
    }

    /// `NotificationSendSettingDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct NotificationSendSettingDto {
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
        #[serde(rename = "subject", default, skip_serializing_if = "Option::is_none")]
        pub subject: Option<String>,
    }

    impl NotificationSendSettingDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(template_id: impl Into<String>, subject: impl Into<String>) -> Self {
            Self {
                template_id: Some(template_id.into()),
                subject: Some(subject.into()),
                ..Self::default()
            }
        }
    }

    /// `NotificationSenderSettingDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct NotificationSenderSettingDto {
        ///
        /// Required by the spec.
        #[serde(rename = "fromEmail", default, skip_serializing_if = "Option::is_none")]
        pub from_email: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "fromName", default, skip_serializing_if = "Option::is_none")]
        pub from_name: Option<String>,
    }

    impl NotificationSenderSettingDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(from_email: impl Into<String>, from_name: impl Into<String>) -> Self {
            Self {
                from_email: Some(from_email.into()),
                from_name: Some(from_name.into()),
                ..Self::default()
            }
        }
    }

    /// `NotificationSettingsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct NotificationSettingsDto {
        ///
        /// Required by the spec.
        #[serde(rename = "receive", default, skip_serializing_if = "Option::is_none")]
        pub receive: Option<crate::apps::proposals::models::NotificationSendSettingDto>,
        ///
        /// Required by the spec.
        #[serde(rename = "sender", default, skip_serializing_if = "Option::is_none")]
        pub sender: Option<crate::apps::proposals::models::NotificationSenderSettingDto>,
    }

    impl NotificationSettingsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            receive: crate::apps::proposals::models::NotificationSendSettingDto,
            sender: crate::apps::proposals::models::NotificationSenderSettingDto,
        ) -> Self {
            Self {
                receive: Some(receive),
                sender: Some(sender),
                ..Self::default()
            }
        }
    }

    /// `SendDocumentDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SendDocumentDto {
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Document Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "documentId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub document_id: Option<String>,
        /// Document Name
        #[serde(
            rename = "documentName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub document_name: Option<String>,
        /// Medium to be used for sending the document
        ///
        /// One of: `"link"`, `"email"`.
        #[serde(rename = "medium", default, skip_serializing_if = "Option::is_none")]
        pub medium: Option<String>,
        /// CC Recipient
        #[serde(
            rename = "ccRecipients",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub cc_recipients: Option<Vec<crate::apps::proposals::models::CcRecipientItem>>,
        /// `notificationSettings`.
        #[serde(
            rename = "notificationSettings",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub notification_settings: Option<crate::apps::proposals::models::NotificationSettingsDto>,
        /// Sent ByUser Id
        ///
        /// Required by the spec.
        #[serde(rename = "sentBy", default, skip_serializing_if = "Option::is_none")]
        pub sent_by: Option<String>,
    }

    impl SendDocumentDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            document_id: impl Into<String>,
            sent_by: impl Into<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                document_id: Some(document_id.into()),
                sent_by: Some(sent_by.into()),
                ..Self::default()
            }
        }
    }

    /// `SendDocumentResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SendDocumentResponseDto {
        /// Success status
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Links for all recipients
        ///
        /// Required by the spec.
        #[serde(rename = "links", default, skip_serializing_if = "Option::is_none")]
        pub links: Option<Vec<crate::apps::proposals::models::ProposalEstimateLinksDto>>,
    }

    impl SendDocumentResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            success: bool,
            links: Vec<crate::apps::proposals::models::ProposalEstimateLinksDto>,
        ) -> Self {
            Self {
                success: Some(success),
                links: Some(links),
                ..Self::default()
            }
        }
    }

    /// `TemplateListResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TemplateListResponseDto {
        /// Template ID
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Whether the template is deleted
        ///
        /// Required by the spec.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// Template version
        ///
        /// Required by the spec.
        #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
        pub version: Option<f64>,
        /// Template name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Location ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Template type
        ///
        /// One of: `"proposal"`, `"estimate"`, `"contentLibrary"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// User ID who last updated the template
        ///
        /// Required by the spec.
        #[serde(rename = "updatedBy", default, skip_serializing_if = "Option::is_none")]
        pub updated_by: Option<String>,
        /// Whether the template is a public document
        ///
        /// Required by the spec.
        #[serde(
            rename = "isPublicDocument",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_public_document: Option<bool>,
        /// Template creation date
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// Template last update date
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// Template ID (alias for _id)
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id_2: Option<String>,
        /// Document count (only present when isPublicDocument is true)
        #[serde(
            rename = "documentCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub document_count: Option<f64>,
        /// Document form URL (only present when isPublicDocument is true)
        #[serde(
            rename = "docFormUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub doc_form_url: Option<String>,
    }

    impl TemplateListResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            deleted: bool,
            version: f64,
            name: impl Into<String>,
            location_id: impl Into<String>,
            r#type: impl Into<String>,
            updated_by: impl Into<String>,
            is_public_document: bool,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
            id_2: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                deleted: Some(deleted),
                version: Some(version),
                name: Some(name.into()),
                location_id: Some(location_id.into()),
                r#type: Some(r#type.into()),
                updated_by: Some(updated_by.into()),
                is_public_document: Some(is_public_document),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                id_2: Some(id_2.into()),
                ..Self::default()
            }
        }
    }

    /// `TemplateListPaginationResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TemplateListPaginationResponseDto {
        /// Array of templates
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<Vec<crate::apps::proposals::models::TemplateListResponseDto>>,
        /// Total number of templates
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// Trace ID for request tracking
        #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
    }

    impl TemplateListPaginationResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            data: Vec<crate::apps::proposals::models::TemplateListResponseDto>,
            total: f64,
        ) -> Self {
            Self {
                data: Some(data),
                total: Some(total),
                ..Self::default()
            }
        }
    }

    /// `SendDocumentFromPublicApiBodyDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SendDocumentFromPublicApiBodyDto {
        /// Template Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "templateId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub template_id: Option<String>,
        /// User Id
        ///
        /// Required by the spec.
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// Send Document
        #[serde(
            rename = "sendDocument",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub send_document: Option<bool>,
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
        /// Opportunity Id
        #[serde(
            rename = "opportunityId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub opportunity_id: Option<String>,
    }

    impl SendDocumentFromPublicApiBodyDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            template_id: impl Into<String>,
            user_id: impl Into<String>,
            location_id: impl Into<String>,
            contact_id: impl Into<String>,
        ) -> Self {
            Self {
                template_id: Some(template_id.into()),
                user_id: Some(user_id.into()),
                location_id: Some(location_id.into()),
                contact_id: Some(contact_id.into()),
                ..Self::default()
            }
        }
    }

    /// `SendTemplateResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SendTemplateResponseDto {
        /// Success status
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Links for all recipients
        ///
        /// Required by the spec.
        #[serde(rename = "links", default, skip_serializing_if = "Option::is_none")]
        pub links: Option<Vec<crate::apps::proposals::models::ProposalEstimateLinksDto>>,
    }

    impl SendTemplateResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            success: bool,
            links: Vec<crate::apps::proposals::models::ProposalEstimateLinksDto>,
        ) -> Self {
            Self {
                success: Some(success),
                links: Some(links),
                ..Self::default()
            }
        }
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
}

/// The Documents and Contracts API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct ProposalsApi {
    client: GhlClient,
}

impl ProposalsApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// List documents
    ///
    /// List documents for a location
    ///
    /// `GET /proposals/document`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome; pages by Offset.
    pub fn list_documents_contracts(
        &self,
        location_id: impl Into<String>,
    ) -> ops::ListDocumentsContracts {
        let mut req = Request::new(
            http::Method::GET,
            "/proposals/document",
            "/proposals/document",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::ListDocumentsContracts {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Send document
    ///
    /// Send document to a client
    ///
    /// `POST /proposals/document/send`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn send_documents_contracts(
        &self,
        body: &crate::apps::proposals::models::SendDocumentDto,
    ) -> ops::SendDocumentsContracts {
        let mut req = Request::new(
            http::Method::POST,
            "/proposals/document/send",
            "/proposals/document/send",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::SendDocumentsContracts {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List templates
    ///
    /// List document contract templates for a location
    ///
    /// `GET /proposals/templates`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome; pages by Offset.
    pub fn list_documents_contracts_templates(
        &self,
        location_id: impl Into<String>,
    ) -> ops::ListDocumentsContractsTemplates {
        let mut req = Request::new(
            http::Method::GET,
            "/proposals/templates",
            "/proposals/templates",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::ListDocumentsContractsTemplates {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Send template
    ///
    /// Send template to a client
    ///
    /// `POST /proposals/templates/send`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn send_documents_contracts_template(
        &self,
        body: &crate::apps::proposals::models::SendDocumentFromPublicApiBodyDto,
    ) -> ops::SendDocumentsContractsTemplate {
        let mut req = Request::new(
            http::Method::POST,
            "/proposals/templates/send",
            "/proposals/templates/send",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::SendDocumentsContractsTemplate {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Documents and Contracts API operations (generated from GHL's spec).
    pub fn proposals(&self) -> ProposalsApi {
        ProposalsApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /proposals/document` request being built, to send with [`ListDocumentsContracts::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListDocumentsContracts {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ListDocumentsContracts {
        /// Document status, pass as comma separated values
        ///
        /// One of: `"draft"`, `"sent"`, `"viewed"`, `"completed"`, `"accepted"`.
        pub fn status(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("status", value.into());
            self
        }

        /// Payment status, pass as comma separated values
        ///
        /// One of: `"waiting_for_payment"`, `"paid"`, `"no_payment"`.
        pub fn payment_status(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("paymentStatus", value.into());
            self
        }

        /// Limit to fetch number of records
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
            self
        }

        /// Skip number of records
        pub fn skip(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("skip", value.to_string());
            self
        }

        /// Search string
        pub fn query(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("query", value.into());
            self
        }

        /// Date start from (ISO 8601), dateFrom & DateTo must be provided together
        pub fn date_from(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("dateFrom", value.into());
            self
        }

        /// Date to (ISO 8601), dateFrom & DateTo must be provided together
        pub fn date_to(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("dateTo", value.into());
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
        ) -> Result<crate::Page<crate::apps::proposals::models::DocumentDto>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("skip"),
                cursor,
                |r: crate::apps::proposals::models::DocumentListResponseDto| {
                    (r.documents.unwrap_or_default(), r.total.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<crate::apps::proposals::models::DocumentDto> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::proposals::models::DocumentListResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /proposals/document/send` request being built, to send with [`SendDocumentsContracts::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct SendDocumentsContracts {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl SendDocumentsContracts {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::proposals::models::SendDocumentResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /proposals/templates` request being built, to send with [`ListDocumentsContractsTemplates::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListDocumentsContractsTemplates {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ListDocumentsContractsTemplates {
        /// Date start from (ISO 8601)
        pub fn date_from(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("dateFrom", value.into());
            self
        }

        /// Date to (ISO 8601)
        pub fn date_to(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("dateTo", value.into());
            self
        }

        /// Comma-separated template types. Valid values: proposal, estimate, contentLibrary
        pub fn r#type(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("type", value.into());
            self
        }

        /// Template Name
        pub fn name(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("name", value.into());
            self
        }

        /// If the docForm is a DocForm
        pub fn is_public_document(mut self, value: bool) -> Self {
            self.request = self
                .request
                .query_pair("isPublicDocument", value.to_string());
            self
        }

        /// User Id, required when isPublicDocument is true
        pub fn user_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("userId", value.into());
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

        /// One page: the one this request asks for (`cursor` `None`), or the one a
        /// previous page's [`Page::next`](crate::Page::next) names.
        pub async fn fetch_page(
            &self,
            cursor: Option<crate::Cursor>,
        ) -> Result<crate::Page<crate::apps::proposals::models::TemplateListResponseDto>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("skip"),
                cursor,
                |r: crate::apps::proposals::models::TemplateListPaginationResponseDto| {
                    (r.data.unwrap_or_default(), r.total.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(
            self,
        ) -> crate::ItemStream<crate::apps::proposals::models::TemplateListResponseDto> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::proposals::models::TemplateListPaginationResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /proposals/templates/send` request being built, to send with [`SendDocumentsContractsTemplate::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct SendDocumentsContractsTemplate {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl SendDocumentsContractsTemplate {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::proposals::models::SendTemplateResponseDto> {
            self.client.send(self.request).await
        }
    }
}
