//! Affiliate Manager API: 4 operations.
//!
//! Generated from GHL's `apps/affiliate-manager.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `OAuthAffiliateListItemResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct OAuthAffiliateListItemResponseDto {
        /// Affiliate id
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Affiliate first name
        #[serde(rename = "firstName", default, skip_serializing_if = "Option::is_none")]
        pub first_name: Option<String>,
        /// Affiliate last name
        #[serde(rename = "lastName", default, skip_serializing_if = "Option::is_none")]
        pub last_name: Option<String>,
        /// Affiliate phone number
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        /// Whether the affiliate is deleted
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// Location id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Whether the affiliate is active
        #[serde(rename = "active", default, skip_serializing_if = "Option::is_none")]
        pub active: Option<bool>,
        /// Affiliate address
        #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
        pub address: Option<String>,
        /// Affiliate avatar URL
        #[serde(rename = "avatar", default, skip_serializing_if = "Option::is_none")]
        pub avatar: Option<String>,
        /// Created at timestamp
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// Created by audit info
        #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
        pub created_by: Option<serde_json::Map<String, serde_json::Value>>,
        /// Facebook URL
        #[serde(
            rename = "facebookUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub facebook_url: Option<String>,
        /// Instagram URL
        #[serde(
            rename = "instagramUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub instagram_url: Option<String>,
        /// LinkedIn URL
        #[serde(
            rename = "linkedInUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub linked_in_url: Option<String>,
        /// Twitter URL
        #[serde(
            rename = "twitterUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub twitter_url: Option<String>,
        /// YouTube URL
        #[serde(
            rename = "youtubeUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub youtube_url: Option<String>,
        /// Website URL
        #[serde(
            rename = "websiteUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub website_url: Option<String>,
        /// Contact id associated with the affiliate
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// Campaign ids
        #[serde(
            rename = "campaignIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub campaign_ids: Option<Vec<String>>,
        /// VAT ID
        #[serde(rename = "vatId", default, skip_serializing_if = "Option::is_none")]
        pub vat_id: Option<String>,
        /// Updated at timestamp
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// W8 form URL
        #[serde(rename = "w8Form", default, skip_serializing_if = "Option::is_none")]
        pub w8_form: Option<String>,
        /// W9 form URL
        #[serde(rename = "w9Form", default, skip_serializing_if = "Option::is_none")]
        pub w9_form: Option<String>,
        /// Last updated by audit info
        #[serde(
            rename = "lastUpdatedBy",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_updated_by: Option<serde_json::Map<String, serde_json::Value>>,
        /// Affiliate email
        ///
        /// Required by the spec.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// Affiliate revenue
        #[serde(rename = "revenue", default, skip_serializing_if = "Option::is_none")]
        pub revenue: Option<f64>,
        /// Customer count
        #[serde(rename = "customer", default, skip_serializing_if = "Option::is_none")]
        pub customer: Option<f64>,
        /// Lead count
        #[serde(rename = "lead", default, skip_serializing_if = "Option::is_none")]
        pub lead: Option<f64>,
        /// Dropped customer count
        #[serde(
            rename = "droppedCustomer",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub dropped_customer: Option<f64>,
        /// Click count
        #[serde(
            rename = "clickCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub click_count: Option<f64>,
        /// Paid amount
        #[serde(rename = "paid", default, skip_serializing_if = "Option::is_none")]
        pub paid: Option<f64>,
        /// Currency code
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Owned amount
        #[serde(rename = "owned", default, skip_serializing_if = "Option::is_none")]
        pub owned: Option<f64>,
    }

    impl OAuthAffiliateListItemResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            location_id: impl Into<String>,
            email: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                location_id: Some(location_id.into()),
                email: Some(email.into()),
                ..Self::default()
            }
        }
    }

    /// `AffiliateListMetaResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AffiliateListMetaResponseDto {
        /// Total affiliates matching the applied filters
        ///
        /// Required by the spec.
        #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
        pub count: Option<f64>,
    }

    impl AffiliateListMetaResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(count: f64) -> Self {
            Self {
                count: Some(count),
                ..Self::default()
            }
        }
    }

    /// `ListAffiliatesResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ListAffiliatesResponseDto {
        /// Affiliate list
        ///
        /// Required by the spec.
        #[serde(
            rename = "affiliates",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub affiliates:
            Option<Vec<crate::apps::affiliate_manager::models::OAuthAffiliateListItemResponseDto>>,
        /// Pagination metadata
        ///
        /// Required by the spec.
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<crate::apps::affiliate_manager::models::AffiliateListMetaResponseDto>,
    }

    impl ListAffiliatesResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            affiliates: Vec<
                crate::apps::affiliate_manager::models::OAuthAffiliateListItemResponseDto,
            >,
            meta: crate::apps::affiliate_manager::models::AffiliateListMetaResponseDto,
        ) -> Self {
            Self {
                affiliates: Some(affiliates),
                meta: Some(meta),
                ..Self::default()
            }
        }
    }

    /// `GetAffiliateResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetAffiliateResponseDto {
        /// Affiliate id
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Affiliate first name
        #[serde(rename = "firstName", default, skip_serializing_if = "Option::is_none")]
        pub first_name: Option<String>,
        /// Affiliate last name
        #[serde(rename = "lastName", default, skip_serializing_if = "Option::is_none")]
        pub last_name: Option<String>,
        /// Affiliate phone number
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        /// Whether the affiliate is deleted
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// Location id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Whether the affiliate is active
        #[serde(rename = "active", default, skip_serializing_if = "Option::is_none")]
        pub active: Option<bool>,
        /// Affiliate address
        #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
        pub address: Option<String>,
        /// Affiliate avatar URL
        #[serde(rename = "avatar", default, skip_serializing_if = "Option::is_none")]
        pub avatar: Option<String>,
        /// Created at timestamp
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// Created by audit info
        #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
        pub created_by: Option<serde_json::Map<String, serde_json::Value>>,
        /// Facebook URL
        #[serde(
            rename = "facebookUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub facebook_url: Option<String>,
        /// Instagram URL
        #[serde(
            rename = "instagramUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub instagram_url: Option<String>,
        /// LinkedIn URL
        #[serde(
            rename = "linkedInUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub linked_in_url: Option<String>,
        /// Twitter URL
        #[serde(
            rename = "twitterUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub twitter_url: Option<String>,
        /// YouTube URL
        #[serde(
            rename = "youtubeUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub youtube_url: Option<String>,
        /// Website URL
        #[serde(
            rename = "websiteUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub website_url: Option<String>,
        /// Contact id associated with the affiliate
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// Campaign ids
        #[serde(
            rename = "campaignIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub campaign_ids: Option<Vec<String>>,
        /// VAT ID
        #[serde(rename = "vatId", default, skip_serializing_if = "Option::is_none")]
        pub vat_id: Option<String>,
        /// Updated at timestamp
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// W8 form URL
        #[serde(rename = "w8Form", default, skip_serializing_if = "Option::is_none")]
        pub w8_form: Option<String>,
        /// W9 form URL
        #[serde(rename = "w9Form", default, skip_serializing_if = "Option::is_none")]
        pub w9_form: Option<String>,
        /// Last updated by audit info
        #[serde(
            rename = "lastUpdatedBy",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_updated_by: Option<serde_json::Map<String, serde_json::Value>>,
        /// Affiliate email
        ///
        /// Required by the spec.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// Affiliate revenue
        #[serde(rename = "revenue", default, skip_serializing_if = "Option::is_none")]
        pub revenue: Option<f64>,
        /// Customer count
        #[serde(rename = "customer", default, skip_serializing_if = "Option::is_none")]
        pub customer: Option<f64>,
        /// Lead count
        #[serde(rename = "lead", default, skip_serializing_if = "Option::is_none")]
        pub lead: Option<f64>,
        /// Dropped customer count
        #[serde(
            rename = "droppedCustomer",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub dropped_customer: Option<f64>,
        /// Click count
        #[serde(
            rename = "clickCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub click_count: Option<f64>,
        /// Paid amount
        #[serde(rename = "paid", default, skip_serializing_if = "Option::is_none")]
        pub paid: Option<f64>,
        /// Currency code
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Owned amount
        #[serde(rename = "owned", default, skip_serializing_if = "Option::is_none")]
        pub owned: Option<f64>,
    }

    impl GetAffiliateResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            location_id: impl Into<String>,
            email: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                location_id: Some(location_id.into()),
                email: Some(email.into()),
                ..Self::default()
            }
        }
    }

    /// `PayoutListItemResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PayoutListItemResponseDto {
        /// Payout id
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Location id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Affiliate id
        ///
        /// Required by the spec.
        #[serde(
            rename = "affiliateId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub affiliate_id: Option<String>,
        /// Campaign id
        #[serde(
            rename = "campaignId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub campaign_id: Option<String>,
        /// Payout currency
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Payout amount
        ///
        /// Required by the spec.
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// Payout status
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// Payout month
        #[serde(
            rename = "payoutMonth",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payout_month: Option<String>,
        /// Payout due date
        #[serde(rename = "dueAt", default, skip_serializing_if = "Option::is_none")]
        pub due_at: Option<String>,
        /// Payout paid date
        #[serde(rename = "paidAt", default, skip_serializing_if = "Option::is_none")]
        pub paid_at: Option<String>,
        /// Payout metadata
        #[serde(rename = "paidMeta", default, skip_serializing_if = "Option::is_none")]
        pub paid_meta: Option<serde_json::Map<String, serde_json::Value>>,
        /// Payout paid method
        #[serde(
            rename = "paidMethod",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub paid_method: Option<String>,
        /// Alternate id
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// Whether the payout is deleted
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// Whether the payout is migrated
        #[serde(
            rename = "isMigrated",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_migrated: Option<bool>,
        /// Created at timestamp
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// Updated at timestamp
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// Campaign name
        #[serde(rename = "campaign", default, skip_serializing_if = "Option::is_none")]
        pub campaign: Option<String>,
        /// Affiliate display name
        #[serde(
            rename = "affiliateName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub affiliate_name: Option<String>,
        /// Affiliate email
        #[serde(
            rename = "affiliateEmail",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub affiliate_email: Option<String>,
        /// Primary payout method
        #[serde(
            rename = "payoutMethod",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payout_method: Option<String>,
        /// Affiliate details
        #[serde(rename = "affiliate", default, skip_serializing_if = "Option::is_none")]
        pub affiliate:
            Option<crate::apps::affiliate_manager::models::OAuthAffiliateListItemResponseDto>,
    }

    impl PayoutListItemResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            location_id: impl Into<String>,
            affiliate_id: impl Into<String>,
            currency: impl Into<String>,
            amount: f64,
        ) -> Self {
            Self {
                id: Some(id.into()),
                location_id: Some(location_id.into()),
                affiliate_id: Some(affiliate_id.into()),
                currency: Some(currency.into()),
                amount: Some(amount),
                ..Self::default()
            }
        }
    }

    /// `PayoutListMetaResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PayoutListMetaResponseDto {
        /// Total payouts matching the filters
        ///
        /// Required by the spec.
        #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
        pub count: Option<f64>,
    }

    impl PayoutListMetaResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(count: f64) -> Self {
            Self {
                count: Some(count),
                ..Self::default()
            }
        }
    }

    /// `GetPayoutListResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetPayoutListResponseDto {
        /// Payout list
        ///
        /// Required by the spec.
        #[serde(rename = "payouts", default, skip_serializing_if = "Option::is_none")]
        pub payouts: Option<Vec<crate::apps::affiliate_manager::models::PayoutListItemResponseDto>>,
        /// Pagination metadata
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<crate::apps::affiliate_manager::models::PayoutListMetaResponseDto>,
    }

    impl GetPayoutListResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            payouts: Vec<crate::apps::affiliate_manager::models::PayoutListItemResponseDto>,
        ) -> Self {
            Self {
                payouts: Some(payouts),
                ..Self::default()
            }
        }
    }

    /// `CommissionCustomerResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CommissionCustomerResponseDto {
        /// Customer id
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Customer first name
        #[serde(rename = "firstName", default, skip_serializing_if = "Option::is_none")]
        pub first_name: Option<String>,
        /// Customer last name
        #[serde(rename = "lastName", default, skip_serializing_if = "Option::is_none")]
        pub last_name: Option<String>,
        /// Customer email
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// Customer type
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
    }

    /// `CommissionCampaignResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CommissionCampaignResponseDto {
        /// Campaign id
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Campaign name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Whether the campaign is in live mode
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
    }

    /// `CommissionAffiliateResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CommissionAffiliateResponseDto {
        /// Affiliate id
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Affiliate display name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Affiliate email
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
    }

    /// `CommissionListItemResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CommissionListItemResponseDto {
        /// Commission id
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Product id
        #[serde(rename = "productId", default, skip_serializing_if = "Option::is_none")]
        pub product_id: Option<String>,
        /// Product name
        #[serde(
            rename = "productName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub product_name: Option<String>,
        /// Quantity
        #[serde(rename = "qty", default, skip_serializing_if = "Option::is_none")]
        pub qty: Option<f64>,
        /// Product commission amount
        #[serde(
            rename = "productCommission",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub product_commission: Option<f64>,
        /// Commission amount
        #[serde(
            rename = "commissionAmount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub commission_amount: Option<f64>,
        /// Base amount
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// Unit discount
        #[serde(
            rename = "unitDiscount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub unit_discount: Option<f64>,
        /// Campaign name
        #[serde(
            rename = "campaignName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub campaign_name: Option<String>,
        /// Commission percentage or value
        #[serde(
            rename = "commission",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub commission: Option<f64>,
        /// Commission type
        #[serde(
            rename = "commissionType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub commission_type: Option<String>,
        /// Transaction time
        #[serde(
            rename = "transactionAt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub transaction_at: Option<String>,
        /// Transaction id
        #[serde(
            rename = "transactionId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub transaction_id: Option<String>,
        /// Affiliate id
        #[serde(
            rename = "affiliateId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub affiliate_id: Option<String>,
        /// Payout id
        #[serde(rename = "payoutId", default, skip_serializing_if = "Option::is_none")]
        pub payout_id: Option<String>,
        /// Commission status
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// Currency
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Whether the item is a trial commission
        #[serde(rename = "isTrial", default, skip_serializing_if = "Option::is_none")]
        pub is_trial: Option<bool>,
        /// Customer details
        #[serde(rename = "customer", default, skip_serializing_if = "Option::is_none")]
        pub customer: Option<crate::apps::affiliate_manager::models::CommissionCustomerResponseDto>,
        /// Created at
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// Event id
        #[serde(rename = "eventId", default, skip_serializing_if = "Option::is_none")]
        pub event_id: Option<String>,
        /// Campaign details
        #[serde(rename = "campaign", default, skip_serializing_if = "Option::is_none")]
        pub campaign: Option<crate::apps::affiliate_manager::models::CommissionCampaignResponseDto>,
        /// Affiliate details
        #[serde(rename = "affiliate", default, skip_serializing_if = "Option::is_none")]
        pub affiliate:
            Option<crate::apps::affiliate_manager::models::CommissionAffiliateResponseDto>,
        /// Due date
        #[serde(rename = "dueAt", default, skip_serializing_if = "Option::is_none")]
        pub due_at: Option<String>,
        /// Whether the commission is in live mode
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        /// Commission tier
        #[serde(rename = "tier", default, skip_serializing_if = "Option::is_none")]
        pub tier: Option<f64>,
    }

    impl CommissionListItemResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `CommissionListMetaResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CommissionListMetaResponseDto {
        /// Total commissions matching the filters
        ///
        /// Required by the spec.
        #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
        pub count: Option<f64>,
    }

    impl CommissionListMetaResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(count: f64) -> Self {
            Self {
                count: Some(count),
                ..Self::default()
            }
        }
    }

    /// `GetCommissionListResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetCommissionListResponseDto {
        /// Commission list
        ///
        /// Required by the spec.
        #[serde(
            rename = "commissions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub commissions:
            Option<Vec<crate::apps::affiliate_manager::models::CommissionListItemResponseDto>>,
        /// Pagination metadata
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<crate::apps::affiliate_manager::models::CommissionListMetaResponseDto>,
    }

    impl GetCommissionListResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            commissions: Vec<crate::apps::affiliate_manager::models::CommissionListItemResponseDto>,
        ) -> Self {
            Self {
                commissions: Some(commissions),
                ..Self::default()
            }
        }
    }
}

/// The Affiliate Manager API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct AffiliateManagerApi {
    client: GhlClient,
}

impl AffiliateManagerApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// List Affiliates
    ///
    /// Retrieve the list of affiliates for a location.
    ///
    /// `GET /affiliate-manager/{locationId}/affiliates`
    ///
    /// Version `2021-07-28`; scope `affiliate-manager.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn list_affiliates(&self, location_id: impl AsRef<str>) -> ops::ListAffiliates {
        let mut req = Request::new(
            http::Method::GET,
            "/affiliate-manager/{locationId}/affiliates",
            format!(
                "/affiliate-manager/{}/affiliates",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::ListAffiliates {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Affiliate
    ///
    /// Retrieve a single affiliate by id for a location.
    ///
    /// `GET /affiliate-manager/{locationId}/affiliates/{affiliateId}`
    ///
    /// Version `2021-07-28`; scope `affiliate-manager.readonly`; retried after an unknown outcome.
    pub fn get_affiliate(
        &self,
        location_id: impl AsRef<str>,
        affiliate_id: impl AsRef<str>,
    ) -> ops::GetAffiliate {
        let mut req = Request::new(
            http::Method::GET,
            "/affiliate-manager/{locationId}/affiliates/{affiliateId}",
            format!(
                "/affiliate-manager/{}/affiliates/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(affiliate_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetAffiliate {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List Payouts
    ///
    /// Retrieve the list of payouts for a location.
    ///
    /// `GET /affiliate-manager/{locationId}/payouts`
    ///
    /// Version `2021-07-28`; scope `affiliate-manager.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn list_payouts(&self, location_id: impl AsRef<str>) -> ops::ListPayouts {
        let mut req = Request::new(
            http::Method::GET,
            "/affiliate-manager/{locationId}/payouts",
            format!(
                "/affiliate-manager/{}/payouts",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::ListPayouts {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List Commissions
    ///
    /// Retrieve the list of commissions for a location.
    ///
    /// `GET /affiliate-manager/{locationId}/commissions`
    ///
    /// Version `2021-07-28`; scope `affiliate-manager.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn list_commissions(&self, location_id: impl AsRef<str>) -> ops::ListCommissions {
        let mut req = Request::new(
            http::Method::GET,
            "/affiliate-manager/{locationId}/commissions",
            format!(
                "/affiliate-manager/{}/commissions",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::ListCommissions {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Affiliate Manager API operations (generated from GHL's spec).
    pub fn affiliate_manager(&self) -> AffiliateManagerApi {
        AffiliateManagerApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /affiliate-manager/{locationId}/affiliates` request being built, to send with [`ListAffiliates::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListAffiliates {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ListAffiliates {
        /// Sets `query`.
        pub fn query(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("query", value.into());
            self
        }

        /// Sets `active`.
        pub fn active(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("active", value.into());
            self
        }

        /// Sets `campaignId`.
        pub fn campaign_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("campaignId", value.into());
            self
        }

        /// Sets `skip`.
        pub fn skip(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("skip", value.to_string());
            self
        }

        /// Maximum number of records to return. Maximum allowed value is 100.
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
            self
        }

        /// Sets `fromDate`.
        pub fn from_date(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("fromDate", value.into());
            self
        }

        /// Sets `toDate`.
        pub fn to_date(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("toDate", value.into());
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
        ) -> Result<
            crate::Page<crate::apps::affiliate_manager::models::OAuthAffiliateListItemResponseDto>,
        > {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("skip"),
                cursor,
                |r: crate::apps::affiliate_manager::models::ListAffiliatesResponseDto| {
                    (r.affiliates.unwrap_or_default(), None)
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(
            self,
        ) -> crate::ItemStream<
            crate::apps::affiliate_manager::models::OAuthAffiliateListItemResponseDto,
        > {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::affiliate_manager::models::ListAffiliatesResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /affiliate-manager/{locationId}/affiliates/{affiliateId}` request being built, to send with [`GetAffiliate::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAffiliate {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAffiliate {
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
        ) -> Result<crate::apps::affiliate_manager::models::GetAffiliateResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /affiliate-manager/{locationId}/payouts` request being built, to send with [`ListPayouts::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListPayouts {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ListPayouts {
        /// Payout status
        pub fn status(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("status", value.into());
            self
        }

        /// query
        pub fn query(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("query", value.into());
            self
        }

        /// Affiliate Id
        pub fn affiliate_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("affiliateId", value.into());
            self
        }

        /// Campaign Id
        pub fn campaign_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("campaignId", value.into());
            self
        }

        /// Sets `skip`.
        pub fn skip(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("skip", value.to_string());
            self
        }

        /// Sets `limit`.
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
            self
        }

        /// Sets `start`.
        pub fn start(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("start", value.into());
            self
        }

        /// Sets `end`.
        pub fn end(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("end", value.into());
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
        ) -> Result<crate::Page<crate::apps::affiliate_manager::models::PayoutListItemResponseDto>>
        {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("skip"),
                cursor,
                |r: crate::apps::affiliate_manager::models::GetPayoutListResponseDto| {
                    (r.payouts.unwrap_or_default(), None)
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(
            self,
        ) -> crate::ItemStream<crate::apps::affiliate_manager::models::PayoutListItemResponseDto>
        {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::affiliate_manager::models::GetPayoutListResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /affiliate-manager/{locationId}/commissions` request being built, to send with [`ListCommissions::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListCommissions {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ListCommissions {
        /// Campaign Id
        pub fn campaign_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("campaignId", value.into());
            self
        }

        /// Affiliate Id
        pub fn affiliate_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("affiliateId", value.into());
            self
        }

        /// Status
        pub fn status(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("status", value.into());
            self
        }

        /// Query
        pub fn query(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("query", value.into());
            self
        }

        /// Sets `skip`.
        pub fn skip(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("skip", value.to_string());
            self
        }

        /// Maximum number of records to return. Maximum allowed value is 100.
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
            self
        }

        /// Sets `fromDate`.
        pub fn from_date(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("fromDate", value.into());
            self
        }

        /// Sets `toDate`.
        pub fn to_date(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("toDate", value.into());
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
        ) -> Result<
            crate::Page<crate::apps::affiliate_manager::models::CommissionListItemResponseDto>,
        > {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("skip"),
                cursor,
                |r: crate::apps::affiliate_manager::models::GetCommissionListResponseDto| {
                    (r.commissions.unwrap_or_default(), None)
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(
            self,
        ) -> crate::ItemStream<crate::apps::affiliate_manager::models::CommissionListItemResponseDto>
        {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::affiliate_manager::models::GetCommissionListResponseDto> {
            self.client.send(self.request).await
        }
    }
}
