//! SaaS API: 22 operations.
//!
//! Generated from GHL's `apps/saas-api.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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
        /// Status code
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Error message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    /// `UnauthorizedDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UnauthorizedDto {
        /// Status code
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Error message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Error message
        #[serde(rename = "error", default, skip_serializing_if = "Option::is_none")]
        pub error: Option<String>,
    }

    /// `ResourceNotFoundDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ResourceNotFoundDto {
        /// Status code
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Error message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    /// `InternalServerErrorDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct InternalServerErrorDto {
        /// Status code
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Error message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    /// `UpdateSubscriptionDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateSubscriptionDto {
        /// Subscription ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "subscriptionId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub subscription_id: Option<String>,
        /// Customer ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "customerId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub customer_id: Option<String>,
        /// Company ID
        ///
        /// Required by the spec.
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
    }

    impl UpdateSubscriptionDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            subscription_id: impl Into<String>,
            customer_id: impl Into<String>,
            company_id: impl Into<String>,
        ) -> Self {
            Self {
                subscription_id: Some(subscription_id.into()),
                customer_id: Some(customer_id.into()),
                company_id: Some(company_id.into()),
                ..Self::default()
            }
        }
    }

    /// `BulkDisableSaasDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BulkDisableSaasDto {
        /// Location IDs
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_ids: Option<Vec<String>>,
    }

    impl BulkDisableSaasDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_ids: Vec<String>) -> Self {
            Self {
                location_ids: Some(location_ids),
                ..Self::default()
            }
        }
    }

    /// `BulkDisableSaasResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BulkDisableSaasResponseDto {
        /// Response data from the bulk disable SaaS operation
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl BulkDisableSaasResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(data: serde_json::Map<String, serde_json::Value>) -> Self {
            Self {
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `EnableSaasDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct EnableSaasDto {
        /// Stripe account id(Required only for SaaS V1)
        #[serde(
            rename = "stripeAccountId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub stripe_account_id: Option<String>,
        /// Name of the stripe customer(Required only for SaaS V1)
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Email of the stripe customer(Required only for SaaS V1)
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// Stripe customer id if exists(Required only for SaaS V1)
        #[serde(
            rename = "stripeCustomerId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub stripe_customer_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
        /// Denotes if it is a saas v2 or v1 sub-account
        ///
        /// Required by the spec.
        #[serde(rename = "isSaaSV2", default, skip_serializing_if = "Option::is_none")]
        pub is_saa_sv2: Option<bool>,
        /// Agency subaccount used for payment provider integration(Required Only for SaaS V2)
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// Agency Subaccount ID
        #[serde(
            rename = "providerLocationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub provider_location_id: Option<String>,
        /// Description
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Required only while pre-configuring saas subscription
        #[serde(
            rename = "saasPlanId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub saas_plan_id: Option<String>,
        /// Required only while pre-configuring saas subscription
        #[serde(rename = "priceId", default, skip_serializing_if = "Option::is_none")]
        pub price_id: Option<String>,
    }

    impl EnableSaasDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(company_id: impl Into<String>, is_saa_sv2: bool) -> Self {
            Self {
                company_id: Some(company_id.into()),
                is_saa_sv2: Some(is_saa_sv2),
                ..Self::default()
            }
        }
    }

    /// `EnableSaasResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct EnableSaasResponseDto {
        /// Response data from the enable SaaS operation
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl EnableSaasResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(data: serde_json::Map<String, serde_json::Value>) -> Self {
            Self {
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `PauseLocationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PauseLocationDto {
        /// Paused
        ///
        /// Required by the spec.
        #[serde(rename = "paused", default, skip_serializing_if = "Option::is_none")]
        pub paused: Option<bool>,
        /// Company ID
        ///
        /// Required by the spec.
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
    }

    impl PauseLocationDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(paused: bool, company_id: impl Into<String>) -> Self {
            Self {
                paused: Some(paused),
                company_id: Some(company_id.into()),
                ..Self::default()
            }
        }
    }

    /// Configuration for rebilling settings
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateRebillingDtoConfig {
        /// Enable the product for the locations
        #[serde(rename = "optIn", default, skip_serializing_if = "Option::is_none")]
        pub opt_in: Option<bool>,
        /// Enable the rebilling for the locations
        #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
        pub enabled: Option<bool>,
        /// Additional value to be added in terms of percentage. For example, if the product price is $100 and the markup is 5, the amount charged to will be $105.
        #[serde(rename = "markup", default, skip_serializing_if = "Option::is_none")]
        pub markup: Option<f64>,
    }

    /// `UpdateRebillingDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateRebillingDto {
        /// The product to update rebilling for
        ///
        /// One of: `"contentAI"`, `"workflow_premium_actions"`, `"workflow_ai"`, `"conversationAI"`, `"EmailNotification"`, `"whatsApp"`, `"reviewsAI"`, `"VERIFIED_CALLER_ID"`, `"WALLET_SALES_TAX"`, `"NOTIFICATION_SMS"`, `"EmailSmtp"`, `"EmailVerification"`, `"autoCompleteAddress"`, `"funnelAI"`, `"domainPurchase"`, `"Phone"`, `"Email"`.
        ///
        /// Required by the spec.
        #[serde(rename = "product", default, skip_serializing_if = "Option::is_none")]
        pub product: Option<String>,
        /// Array of location IDs to update rebilling for
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_ids: Option<Vec<String>>,
        /// Configuration for rebilling settings
        ///
        /// Required by the spec.
        #[serde(rename = "config", default, skip_serializing_if = "Option::is_none")]
        pub config: Option<crate::apps::saas_api::models::UpdateRebillingDtoConfig>,
    }

    impl UpdateRebillingDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            product: impl Into<String>,
            location_ids: Vec<String>,
            config: crate::apps::saas_api::models::UpdateRebillingDtoConfig,
        ) -> Self {
            Self {
                product: Some(product.into()),
                location_ids: Some(location_ids),
                config: Some(config),
                ..Self::default()
            }
        }
    }

    /// `UpdateRebillingResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateRebillingResponseDto {
        /// Indicates if the rebilling update was successful
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    impl UpdateRebillingResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool) -> Self {
            Self {
                success: Some(success),
                ..Self::default()
            }
        }
    }

    /// `AgencyPlanResponseDtoPricesItem` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AgencyPlanResponseDtoPricesItem {
        /// ID of the price
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Billing interval for the plan
        ///
        /// One of: `"month"`, `"year"`.
        #[serde(
            rename = "billingInterval",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub billing_interval: Option<String>,
        /// Indicates if the price is active
        #[serde(rename = "active", default, skip_serializing_if = "Option::is_none")]
        pub active: Option<bool>,
        /// Amount of the price
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// Currency of the price
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Symbol of the price
        #[serde(rename = "symbol", default, skip_serializing_if = "Option::is_none")]
        pub symbol: Option<String>,
    }

    /// `AgencyPlanResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AgencyPlanResponseDto {
        /// Unique identifier for the plan
        ///
        /// Required by the spec.
        #[serde(rename = "planId", default, skip_serializing_if = "Option::is_none")]
        pub plan_id: Option<String>,
        /// Title of the plan
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Description of the plan
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Array of SaaS products included in the plan
        ///
        /// Required by the spec.
        #[serde(
            rename = "saasProducts",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub saas_products: Option<Vec<String>>,
        /// Array of add-ons included in the plan
        #[serde(rename = "addOns", default, skip_serializing_if = "Option::is_none")]
        pub add_ons: Option<Vec<String>>,
        /// Level of the plan (0-4)
        ///
        /// Required by the spec.
        #[serde(rename = "planLevel", default, skip_serializing_if = "Option::is_none")]
        pub plan_level: Option<f64>,
        /// Trial period in days
        ///
        /// Required by the spec.
        #[serde(
            rename = "trialPeriod",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub trial_period: Option<f64>,
        /// User limit for the plan
        #[serde(rename = "userLimit", default, skip_serializing_if = "Option::is_none")]
        pub user_limit: Option<f64>,
        /// Contact limit for the plan
        #[serde(
            rename = "contactLimit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_limit: Option<f64>,
        /// Pricing information for the plan
        ///
        /// Required by the spec.
        #[serde(rename = "prices", default, skip_serializing_if = "Option::is_none")]
        pub prices: Option<Vec<crate::apps::saas_api::models::AgencyPlanResponseDtoPricesItem>>,
        /// Category ID for the plan
        #[serde(
            rename = "categoryId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub category_id: Option<String>,
        /// Snapshot ID for the plan
        #[serde(
            rename = "snapshotId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub snapshot_id: Option<String>,
        /// Product ID for the plan
        #[serde(rename = "productId", default, skip_serializing_if = "Option::is_none")]
        pub product_id: Option<String>,
        /// Indicates if this is a SaaS V2 plan
        ///
        /// Required by the spec.
        #[serde(rename = "isSaaSV2", default, skip_serializing_if = "Option::is_none")]
        pub is_saa_sv2: Option<bool>,
        /// Provider location ID
        #[serde(
            rename = "providerLocationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub provider_location_id: Option<String>,
        /// Creation timestamp
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// Last update timestamp
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
    }

    impl AgencyPlanResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            plan_id: impl Into<String>,
            title: impl Into<String>,
            description: impl Into<String>,
            saas_products: Vec<String>,
            plan_level: f64,
            trial_period: f64,
            prices: Vec<crate::apps::saas_api::models::AgencyPlanResponseDtoPricesItem>,
            is_saa_sv2: bool,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                plan_id: Some(plan_id.into()),
                title: Some(title.into()),
                description: Some(description.into()),
                saas_products: Some(saas_products),
                plan_level: Some(plan_level),
                trial_period: Some(trial_period),
                prices: Some(prices),
                is_saa_sv2: Some(is_saa_sv2),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `LocationSubscriptionResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LocationSubscriptionResponseDto {
        /// Location ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Indicates if the SaaS is V2
        ///
        /// Required by the spec.
        #[serde(rename = "isSaaSV2", default, skip_serializing_if = "Option::is_none")]
        pub is_saa_sv2: Option<bool>,
        /// Company ID
        ///
        /// Required by the spec.
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
        /// SaaS mode
        #[serde(rename = "saasMode", default, skip_serializing_if = "Option::is_none")]
        pub saas_mode: Option<String>,
        /// Subscription ID
        #[serde(
            rename = "subscriptionId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub subscription_id: Option<String>,
        /// Customer ID
        #[serde(
            rename = "customerId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub customer_id: Option<String>,
        /// Product ID
        #[serde(rename = "productId", default, skip_serializing_if = "Option::is_none")]
        pub product_id: Option<String>,
        /// Price ID
        #[serde(rename = "priceId", default, skip_serializing_if = "Option::is_none")]
        pub price_id: Option<String>,
        /// SaaS plan ID
        #[serde(
            rename = "saasPlanId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub saas_plan_id: Option<String>,
        /// Subscription status
        #[serde(
            rename = "subscriptionStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub subscription_status: Option<String>,
    }

    impl LocationSubscriptionResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            is_saa_sv2: bool,
            company_id: impl Into<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                is_saa_sv2: Some(is_saa_sv2),
                company_id: Some(company_id.into()),
                ..Self::default()
            }
        }
    }

    /// `BulkEnableSaasActionPayloadDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BulkEnableSaasActionPayloadDto {
        /// Price ID for the SaaS plan
        #[serde(rename = "priceId", default, skip_serializing_if = "Option::is_none")]
        pub price_id: Option<String>,
        /// Stripe account ID
        #[serde(
            rename = "stripeAccountId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub stripe_account_id: Option<String>,
        /// SaaS plan ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "saasPlanId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub saas_plan_id: Option<String>,
        /// Provider location ID
        #[serde(
            rename = "providerLocationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub provider_location_id: Option<String>,
    }

    impl BulkEnableSaasActionPayloadDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(saas_plan_id: impl Into<String>) -> Self {
            Self {
                saas_plan_id: Some(saas_plan_id.into()),
                ..Self::default()
            }
        }
    }

    /// `BulkEnableSaasRequestDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BulkEnableSaasRequestDto {
        /// Array of location IDs to enable SaaS for
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_ids: Option<Vec<String>>,
        /// Indicates if the SaaS is V2
        ///
        /// Required by the spec.
        #[serde(rename = "isSaaSV2", default, skip_serializing_if = "Option::is_none")]
        pub is_saa_sv2: Option<bool>,
        /// Action payload for the bulk enable SaaS operation
        ///
        /// Required by the spec.
        #[serde(
            rename = "actionPayload",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub action_payload: Option<crate::apps::saas_api::models::BulkEnableSaasActionPayloadDto>,
    }

    impl BulkEnableSaasRequestDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_ids: Vec<String>,
            is_saa_sv2: bool,
            action_payload: crate::apps::saas_api::models::BulkEnableSaasActionPayloadDto,
        ) -> Self {
            Self {
                location_ids: Some(location_ids),
                is_saa_sv2: Some(is_saa_sv2),
                action_payload: Some(action_payload),
                ..Self::default()
            }
        }
    }

    /// `BulkEnableSaasResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BulkEnableSaasResponseDto {
        /// Indicates if the bulk enable SaaS operation was successful
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Message indicating the bulk enable SaaS operation
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// URL for the bulk enable SaaS operation
        #[serde(
            rename = "bulkActionUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub bulk_action_url: Option<String>,
    }

    impl BulkEnableSaasResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `SaasLocationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SaasLocationDto {
        /// Location ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Company ID
        ///
        /// Required by the spec.
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
        /// SaaS mode
        ///
        /// Required by the spec.
        #[serde(rename = "saasMode", default, skip_serializing_if = "Option::is_none")]
        pub saas_mode: Option<String>,
        /// Subscription ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "subscriptionId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub subscription_id: Option<String>,
        /// Customer ID
        #[serde(
            rename = "customerId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub customer_id: Option<String>,
        /// Name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Email
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// Provider location ID
        #[serde(
            rename = "providerLocationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub provider_location_id: Option<String>,
        /// Indicates if the SaaS is V2
        #[serde(rename = "isSaaSV2", default, skip_serializing_if = "Option::is_none")]
        pub is_saa_sv2: Option<bool>,
        /// Subscription information
        #[serde(
            rename = "subscriptionInfo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub subscription_info: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl SaasLocationDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            company_id: impl Into<String>,
            saas_mode: impl Into<String>,
            subscription_id: impl Into<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                company_id: Some(company_id.into()),
                saas_mode: Some(saas_mode.into()),
                subscription_id: Some(subscription_id.into()),
                ..Self::default()
            }
        }
    }

    /// `GetSaasLocationsResponseDtoPagination` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSaasLocationsResponseDtoPagination {
        /// Page number
        #[serde(rename = "page", default, skip_serializing_if = "Option::is_none")]
        pub page: Option<f64>,
        /// Number of items per page
        #[serde(rename = "limit", default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<f64>,
        /// Total number of items
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// Total number of pages
        #[serde(
            rename = "totalPages",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub total_pages: Option<f64>,
        /// Indicates if there is a next page
        #[serde(rename = "hasNext", default, skip_serializing_if = "Option::is_none")]
        pub has_next: Option<bool>,
        /// Indicates if there is a previous page
        #[serde(rename = "hasPrev", default, skip_serializing_if = "Option::is_none")]
        pub has_prev: Option<bool>,
    }

    /// `GetSaasLocationsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSaasLocationsResponseDto {
        /// Array of SaaS locations
        ///
        /// Required by the spec.
        #[serde(rename = "locations", default, skip_serializing_if = "Option::is_none")]
        pub locations: Option<Vec<crate::apps::saas_api::models::SaasLocationDto>>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "pagination",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub pagination:
            Option<crate::apps::saas_api::models::GetSaasLocationsResponseDtoPagination>,
    }

    impl GetSaasLocationsResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            locations: Vec<crate::apps::saas_api::models::SaasLocationDto>,
            pagination: crate::apps::saas_api::models::GetSaasLocationsResponseDtoPagination,
        ) -> Self {
            Self {
                locations: Some(locations),
                pagination: Some(pagination),
                ..Self::default()
            }
        }
    }

    /// `SaasPlanResponseDtoPricesItem` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SaasPlanResponseDtoPricesItem {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// One of: `"month"`, `"year"`.
        #[serde(
            rename = "billingInterval",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub billing_interval: Option<String>,
        /// `active`.
        #[serde(rename = "active", default, skip_serializing_if = "Option::is_none")]
        pub active: Option<bool>,
        /// `amount`.
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// `currency`.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// `symbol`.
        #[serde(rename = "symbol", default, skip_serializing_if = "Option::is_none")]
        pub symbol: Option<String>,
    }

    /// `SaasPlanResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SaasPlanResponseDto {
        /// Unique identifier for the SaaS plan
        ///
        /// Required by the spec.
        #[serde(rename = "planId", default, skip_serializing_if = "Option::is_none")]
        pub plan_id: Option<String>,
        /// Company ID associated with the SaaS plan
        ///
        /// Required by the spec.
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
        /// Title of the SaaS plan
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Description of the SaaS plan
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Array of SaaS products included in the plan
        ///
        /// Required by the spec.
        #[serde(
            rename = "saasProducts",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub saas_products: Option<Vec<String>>,
        /// Array of add-ons included in the plan
        #[serde(rename = "addOns", default, skip_serializing_if = "Option::is_none")]
        pub add_ons: Option<Vec<String>>,
        /// Level of the plan (0-4)
        ///
        /// Required by the spec.
        #[serde(rename = "planLevel", default, skip_serializing_if = "Option::is_none")]
        pub plan_level: Option<f64>,
        /// Trial period in days
        ///
        /// Required by the spec.
        #[serde(
            rename = "trialPeriod",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub trial_period: Option<f64>,
        /// Setup fee for the plan
        #[serde(rename = "setupFee", default, skip_serializing_if = "Option::is_none")]
        pub setup_fee: Option<f64>,
        /// User limit for the plan
        #[serde(rename = "userLimit", default, skip_serializing_if = "Option::is_none")]
        pub user_limit: Option<f64>,
        /// Contact limit for the plan
        #[serde(
            rename = "contactLimit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_limit: Option<f64>,
        /// Prices for the plan
        ///
        /// Required by the spec.
        #[serde(rename = "prices", default, skip_serializing_if = "Option::is_none")]
        pub prices: Option<Vec<crate::apps::saas_api::models::SaasPlanResponseDtoPricesItem>>,
        /// Category ID for the plan
        #[serde(
            rename = "categoryId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub category_id: Option<String>,
        /// Snapshot ID for the plan
        #[serde(
            rename = "snapshotId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub snapshot_id: Option<String>,
        /// Provider location ID
        #[serde(
            rename = "providerLocationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub provider_location_id: Option<String>,
        /// Product ID for the plan
        #[serde(rename = "productId", default, skip_serializing_if = "Option::is_none")]
        pub product_id: Option<String>,
        /// Indicates if this is a SaaS V2 plan
        ///
        /// Required by the spec.
        #[serde(rename = "isSaaSV2", default, skip_serializing_if = "Option::is_none")]
        pub is_saa_sv2: Option<bool>,
        /// Creation timestamp
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// Last update timestamp
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
    }

    impl SaasPlanResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            plan_id: impl Into<String>,
            company_id: impl Into<String>,
            title: impl Into<String>,
            description: impl Into<String>,
            saas_products: Vec<String>,
            plan_level: f64,
            trial_period: f64,
            prices: Vec<crate::apps::saas_api::models::SaasPlanResponseDtoPricesItem>,
            is_saa_sv2: bool,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                plan_id: Some(plan_id.into()),
                company_id: Some(company_id.into()),
                title: Some(title.into()),
                description: Some(description.into()),
                saas_products: Some(saas_products),
                plan_level: Some(plan_level),
                trial_period: Some(trial_period),
                prices: Some(prices),
                is_saa_sv2: Some(is_saa_sv2),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }
}

/// The SaaS API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct SaasApiApi {
    client: GhlClient,
}

impl SaasApiApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Get locations by stripeId with companyId
    ///
    /// Get locations by stripeCustomerId or stripeSubscriptionId with companyId
    ///
    /// `GET /saas-api/public-api/locations`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome.
    #[deprecated(note = "deprecated in GHL's spec")]
    pub fn locations_deprecated(&self, company_id: impl Into<String>) -> ops::LocationsDeprecated {
        let mut req = Request::new(
            http::Method::GET,
            "/saas-api/public-api/locations",
            "/saas-api/public-api/locations",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("companyId", company_id.into());
        req = crate::apps::support::resource_if_unset(req, "companyId");
        ops::LocationsDeprecated {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update SaaS subscription
    ///
    /// Update SaaS subscription for given locationId and customerId
    ///
    /// `PUT /saas-api/public-api/update-saas-subscription/{locationId}`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome.
    #[deprecated(note = "deprecated in GHL's spec")]
    pub fn update_saas_subscription_deprecated(
        &self,
        location_id: impl AsRef<str>,
        body: &crate::apps::saas_api::models::UpdateSubscriptionDto,
    ) -> ops::UpdateSaasSubscriptionDeprecated {
        let mut req = Request::new(
            http::Method::PUT,
            "/saas-api/public-api/update-saas-subscription/{locationId}",
            format!(
                "/saas-api/public-api/update-saas-subscription/{}",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::UpdateSaasSubscriptionDeprecated {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Disable SaaS for locations
    ///
    /// Disable SaaS for locations for given locationIds
    ///
    /// `POST /saas-api/public-api/bulk-disable-saas/{companyId}`
    ///
    /// Version `2021-04-15`; never repeated after an unknown outcome.
    #[deprecated(note = "deprecated in GHL's spec")]
    pub fn bulk_disable_saas_deprecated(
        &self,
        company_id: impl AsRef<str>,
        body: &crate::apps::saas_api::models::BulkDisableSaasDto,
    ) -> ops::BulkDisableSaasDeprecated {
        let mut req = Request::new(
            http::Method::POST,
            "/saas-api/public-api/bulk-disable-saas/{companyId}",
            format!(
                "/saas-api/public-api/bulk-disable-saas/{}",
                crate::request::segment(company_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.resource(company_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::BulkDisableSaasDeprecated {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Enable SaaS for Sub-Account (Formerly Location)
    ///
    /// &lt;div&gt;
    /// &lt;p&gt;Enable SaaS for Sub-Account (Formerly Location) based on the data provided&lt;/p&gt;
    /// &lt;div&gt;
    /// &lt;span style= "display: inline-block;
    /// width: 25px; height: 25px;
    /// background-color: yellow;
    /// color: black;
    /// font-weight: bold;
    /// font-size: 24px;
    /// text-align: center;
    /// line-height: 22px;
    /// border: 2px solid black;
    /// border-radius: 10%;
    /// margin-right: 10px;"&gt;
    /// !
    /// &lt;/span&gt;
    /// &lt;span&gt;
    /// &lt;strong&gt;
    /// This feature is only available on Agency Pro ($497) plan.
    /// &lt;/strong&gt;
    /// &lt;/span&gt;
    /// &lt;/div&gt;
    /// &lt;/div&gt;
    ///
    /// `POST /saas-api/public-api/enable-saas/{locationId}`
    ///
    /// Version `2021-04-15`; never repeated after an unknown outcome.
    #[deprecated(note = "deprecated in GHL's spec")]
    pub fn enable_saas_location_deprecated(
        &self,
        location_id: impl AsRef<str>,
        body: &crate::apps::saas_api::models::EnableSaasDto,
    ) -> ops::EnableSaasLocationDeprecated {
        let mut req = Request::new(
            http::Method::POST,
            "/saas-api/public-api/enable-saas/{locationId}",
            format!(
                "/saas-api/public-api/enable-saas/{}",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::EnableSaasLocationDeprecated {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Pause location
    ///
    /// Pause Sub account for given locationId
    ///
    /// `POST /saas-api/public-api/pause/{locationId}`
    ///
    /// Version `2021-04-15`; never repeated after an unknown outcome.
    #[deprecated(note = "deprecated in GHL's spec")]
    pub fn pause_location_deprecated(
        &self,
        location_id: impl AsRef<str>,
        body: &crate::apps::saas_api::models::PauseLocationDto,
    ) -> ops::PauseLocationDeprecated {
        let mut req = Request::new(
            http::Method::POST,
            "/saas-api/public-api/pause/{locationId}",
            format!(
                "/saas-api/public-api/pause/{}",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::PauseLocationDeprecated {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Rebilling
    ///
    /// Bulk update rebilling for given locationIds
    ///
    /// `POST /saas-api/public-api/update-rebilling/{companyId}`
    ///
    /// Version `2021-04-15`; never repeated after an unknown outcome.
    #[deprecated(note = "deprecated in GHL's spec")]
    pub fn update_rebilling_deprecated(
        &self,
        company_id: impl AsRef<str>,
        body: &crate::apps::saas_api::models::UpdateRebillingDto,
    ) -> ops::UpdateRebillingDeprecated {
        let mut req = Request::new(
            http::Method::POST,
            "/saas-api/public-api/update-rebilling/{companyId}",
            format!(
                "/saas-api/public-api/update-rebilling/{}",
                crate::request::segment(company_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.resource(company_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::UpdateRebillingDeprecated {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Agency Plans
    ///
    /// Fetch all agency subscription plans for a given company ID
    ///
    /// `GET /saas-api/public-api/agency-plans/{companyId}`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome.
    #[deprecated(note = "deprecated in GHL's spec")]
    pub fn get_agency_plans_deprecated(
        &self,
        company_id: impl AsRef<str>,
    ) -> ops::GetAgencyPlansDeprecated {
        let mut req = Request::new(
            http::Method::GET,
            "/saas-api/public-api/agency-plans/{companyId}",
            format!(
                "/saas-api/public-api/agency-plans/{}",
                crate::request::segment(company_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.resource(company_id.as_ref());
        ops::GetAgencyPlansDeprecated {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Location Subscription Details
    ///
    /// Fetch subscription details for a specific location from location metadata
    ///
    /// `GET /saas-api/public-api/get-saas-subscription/{locationId}`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome.
    #[deprecated(note = "deprecated in GHL's spec")]
    pub fn get_location_subscription_deprecated(
        &self,
        location_id: impl AsRef<str>,
        company_id: impl Into<String>,
    ) -> ops::GetLocationSubscriptionDeprecated {
        let mut req = Request::new(
            http::Method::GET,
            "/saas-api/public-api/get-saas-subscription/{locationId}",
            format!(
                "/saas-api/public-api/get-saas-subscription/{}",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("companyId", company_id.into());
        req = req.resource(location_id.as_ref());
        ops::GetLocationSubscriptionDeprecated {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Bulk Enable SaaS
    ///
    /// Enable SaaS mode for multiple locations with support for both SaaS v1 and v2
    ///
    /// `POST /saas-api/public-api/bulk-enable-saas/{companyId}`
    ///
    /// Version `2021-04-15`; never repeated after an unknown outcome.
    #[deprecated(note = "deprecated in GHL's spec")]
    pub fn bulk_enable_saas_deprecated(
        &self,
        company_id: impl AsRef<str>,
        body: &crate::apps::saas_api::models::BulkEnableSaasRequestDto,
    ) -> ops::BulkEnableSaasDeprecated {
        let mut req = Request::new(
            http::Method::POST,
            "/saas-api/public-api/bulk-enable-saas/{companyId}",
            format!(
                "/saas-api/public-api/bulk-enable-saas/{}",
                crate::request::segment(company_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.resource(company_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::BulkEnableSaasDeprecated {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get SaaS Locations
    ///
    /// Fetch all SaaS-activated locations for a company with pagination
    ///
    /// `GET /saas-api/public-api/saas-locations/{companyId}`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome; pages by Page.
    #[deprecated(note = "deprecated in GHL's spec")]
    pub fn get_saas_locations_deprecated(
        &self,
        company_id: impl AsRef<str>,
    ) -> ops::GetSaasLocationsDeprecated {
        let mut req = Request::new(
            http::Method::GET,
            "/saas-api/public-api/saas-locations/{companyId}",
            format!(
                "/saas-api/public-api/saas-locations/{}",
                crate::request::segment(company_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.resource(company_id.as_ref());
        ops::GetSaasLocationsDeprecated {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get SaaS Plan
    ///
    /// Fetch a specific SaaS plan by plan ID
    ///
    /// `GET /saas-api/public-api/saas-plan/{planId}`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome.
    #[deprecated(note = "deprecated in GHL's spec")]
    pub fn get_saas_plan_deprecated(
        &self,
        plan_id: impl AsRef<str>,
        company_id: impl Into<String>,
    ) -> ops::GetSaasPlanDeprecated {
        let mut req = Request::new(
            http::Method::GET,
            "/saas-api/public-api/saas-plan/{planId}",
            format!(
                "/saas-api/public-api/saas-plan/{}",
                crate::request::segment(plan_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("companyId", company_id.into());
        req = crate::apps::support::resource_if_unset(req, "companyId");
        ops::GetSaasPlanDeprecated {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get locations by stripeId with companyId
    ///
    /// Get locations by stripeCustomerId or stripeSubscriptionId with companyId
    ///
    /// `GET /saas/locations`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome.
    pub fn locations(
        &self,
        customer_id: impl Into<String>,
        subscription_id: impl Into<String>,
        company_id: impl Into<String>,
    ) -> ops::Locations {
        let mut req = Request::new(http::Method::GET, "/saas/locations", "/saas/locations");
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("customerId", customer_id.into());
        req = req.query_pair("subscriptionId", subscription_id.into());
        req = req.query_pair("companyId", company_id.into());
        req = crate::apps::support::resource_if_unset(req, "companyId");
        ops::Locations {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update SaaS subscription
    ///
    /// Update SaaS subscription for given locationId and customerId
    ///
    /// `PUT /saas/update-saas-subscription/{locationId}`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome.
    pub fn generate_payment_link(
        &self,
        location_id: impl AsRef<str>,
        body: &crate::apps::saas_api::models::UpdateSubscriptionDto,
    ) -> ops::GeneratePaymentLink {
        let mut req = Request::new(
            http::Method::PUT,
            "/saas/update-saas-subscription/{locationId}",
            format!(
                "/saas/update-saas-subscription/{}",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::GeneratePaymentLink {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Disable SaaS for locations
    ///
    /// Disable SaaS for locations for given locationIds
    ///
    /// `POST /saas/bulk-disable-saas/{companyId}`
    ///
    /// Version `2021-04-15`; never repeated after an unknown outcome.
    pub fn bulk_disable_saas(
        &self,
        company_id: impl AsRef<str>,
        body: &crate::apps::saas_api::models::BulkDisableSaasDto,
    ) -> ops::BulkDisableSaas {
        let mut req = Request::new(
            http::Method::POST,
            "/saas/bulk-disable-saas/{companyId}",
            format!(
                "/saas/bulk-disable-saas/{}",
                crate::request::segment(company_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.resource(company_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::BulkDisableSaas {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Enable SaaS for Sub-Account (Formerly Location)
    ///
    /// &lt;div&gt;
    /// &lt;p&gt;Enable SaaS for Sub-Account (Formerly Location) based on the data provided&lt;/p&gt;
    /// &lt;div&gt;
    /// &lt;span style= "display: inline-block;
    /// width: 25px; height: 25px;
    /// background-color: yellow;
    /// color: black;
    /// font-weight: bold;
    /// font-size: 24px;
    /// text-align: center;
    /// line-height: 22px;
    /// border: 2px solid black;
    /// border-radius: 10%;
    /// margin-right: 10px;"&gt;
    /// !
    /// &lt;/span&gt;
    /// &lt;span&gt;
    /// &lt;strong&gt;
    /// This feature is only available on Agency Pro ($497) plan.
    /// &lt;/strong&gt;
    /// &lt;/span&gt;
    /// &lt;/div&gt;
    /// &lt;/div&gt;
    ///
    /// `POST /saas/enable-saas/{locationId}`
    ///
    /// Version `2021-04-15`; never repeated after an unknown outcome.
    pub fn enable_saas_location(
        &self,
        location_id: impl AsRef<str>,
        body: &crate::apps::saas_api::models::EnableSaasDto,
    ) -> ops::EnableSaasLocation {
        let mut req = Request::new(
            http::Method::POST,
            "/saas/enable-saas/{locationId}",
            format!(
                "/saas/enable-saas/{}",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::EnableSaasLocation {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Pause location
    ///
    /// Pause Sub account for given locationId
    ///
    /// `POST /saas/pause/{locationId}`
    ///
    /// Version `2021-04-15`; never repeated after an unknown outcome.
    pub fn pause_location(
        &self,
        location_id: impl AsRef<str>,
        body: &crate::apps::saas_api::models::PauseLocationDto,
    ) -> ops::PauseLocation {
        let mut req = Request::new(
            http::Method::POST,
            "/saas/pause/{locationId}",
            format!(
                "/saas/pause/{}",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::PauseLocation {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Rebilling
    ///
    /// Bulk update rebilling for given locationIds
    ///
    /// `POST /saas/update-rebilling/{companyId}`
    ///
    /// Version `2021-04-15`; never repeated after an unknown outcome.
    pub fn update_rebilling(
        &self,
        company_id: impl AsRef<str>,
        body: &crate::apps::saas_api::models::UpdateRebillingDto,
    ) -> ops::UpdateRebilling {
        let mut req = Request::new(
            http::Method::POST,
            "/saas/update-rebilling/{companyId}",
            format!(
                "/saas/update-rebilling/{}",
                crate::request::segment(company_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.resource(company_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::UpdateRebilling {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Agency Plans
    ///
    /// Fetch all agency subscription plans for a given company ID
    ///
    /// `GET /saas/agency-plans/{companyId}`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome.
    pub fn get_agency_plans(&self, company_id: impl AsRef<str>) -> ops::GetAgencyPlans {
        let mut req = Request::new(
            http::Method::GET,
            "/saas/agency-plans/{companyId}",
            format!(
                "/saas/agency-plans/{}",
                crate::request::segment(company_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.resource(company_id.as_ref());
        ops::GetAgencyPlans {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Location Subscription Details
    ///
    /// Fetch subscription details for a specific location from location metadata
    ///
    /// `GET /saas/get-saas-subscription/{locationId}`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome.
    pub fn get_location_subscription(
        &self,
        location_id: impl AsRef<str>,
        company_id: impl Into<String>,
    ) -> ops::GetLocationSubscription {
        let mut req = Request::new(
            http::Method::GET,
            "/saas/get-saas-subscription/{locationId}",
            format!(
                "/saas/get-saas-subscription/{}",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("companyId", company_id.into());
        req = req.resource(location_id.as_ref());
        ops::GetLocationSubscription {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Bulk Enable SaaS
    ///
    /// Enable SaaS mode for multiple locations with support for both SaaS v1 and v2
    ///
    /// `POST /saas/bulk-enable-saas/{companyId}`
    ///
    /// Version `2021-04-15`; never repeated after an unknown outcome.
    pub fn bulk_enable_saas(
        &self,
        company_id: impl AsRef<str>,
        body: &crate::apps::saas_api::models::BulkEnableSaasRequestDto,
    ) -> ops::BulkEnableSaas {
        let mut req = Request::new(
            http::Method::POST,
            "/saas/bulk-enable-saas/{companyId}",
            format!(
                "/saas/bulk-enable-saas/{}",
                crate::request::segment(company_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.resource(company_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::BulkEnableSaas {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get SaaS Locations
    ///
    /// Fetch all SaaS-activated locations for a company with pagination
    ///
    /// `GET /saas/saas-locations/{companyId}`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome; pages by Page.
    pub fn get_saas_locations(
        &self,
        company_id: impl AsRef<str>,
        page: f64,
    ) -> ops::GetSaasLocations {
        let mut req = Request::new(
            http::Method::GET,
            "/saas/saas-locations/{companyId}",
            format!(
                "/saas/saas-locations/{}",
                crate::request::segment(company_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("page", page.to_string());
        req = req.resource(company_id.as_ref());
        ops::GetSaasLocations {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get SaaS Plan
    ///
    /// Fetch a specific SaaS plan by plan ID
    ///
    /// `GET /saas/saas-plan/{planId}`
    ///
    /// Version `2021-04-15`; retried after an unknown outcome.
    pub fn get_saas_plan(
        &self,
        plan_id: impl AsRef<str>,
        company_id: impl Into<String>,
    ) -> ops::GetSaasPlan {
        let mut req = Request::new(
            http::Method::GET,
            "/saas/saas-plan/{planId}",
            format!(
                "/saas/saas-plan/{}",
                crate::request::segment(plan_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("companyId", company_id.into());
        req = crate::apps::support::resource_if_unset(req, "companyId");
        ops::GetSaasPlan {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The SaaS API operations (generated from GHL's spec).
    pub fn saas_api(&self) -> SaasApiApi {
        SaasApiApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /saas-api/public-api/locations` request being built, to send with [`LocationsDeprecated::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct LocationsDeprecated {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl LocationsDeprecated {
        /// Stripe customer ID to find locations for
        pub fn customer_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("customerId", value.into());
            self
        }

        /// Stripe subscription ID to find locations for
        pub fn subscription_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("subscriptionId", value.into());
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
        pub async fn send(self) -> Result<Vec<String>> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /saas-api/public-api/update-saas-subscription/{locationId}` request being built, to send with [`UpdateSaasSubscriptionDeprecated::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateSaasSubscriptionDeprecated {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateSaasSubscriptionDeprecated {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<String> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /saas-api/public-api/bulk-disable-saas/{companyId}` request being built, to send with [`BulkDisableSaasDeprecated::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct BulkDisableSaasDeprecated {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl BulkDisableSaasDeprecated {
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
        ) -> Result<crate::apps::saas_api::models::BulkDisableSaasResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /saas-api/public-api/enable-saas/{locationId}` request being built, to send with [`EnableSaasLocationDeprecated::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct EnableSaasLocationDeprecated {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl EnableSaasLocationDeprecated {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::saas_api::models::EnableSaasResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /saas-api/public-api/pause/{locationId}` request being built, to send with [`PauseLocationDeprecated::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct PauseLocationDeprecated {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl PauseLocationDeprecated {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<bool> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /saas-api/public-api/update-rebilling/{companyId}` request being built, to send with [`UpdateRebillingDeprecated::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateRebillingDeprecated {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateRebillingDeprecated {
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
        ) -> Result<crate::apps::saas_api::models::UpdateRebillingResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /saas-api/public-api/agency-plans/{companyId}` request being built, to send with [`GetAgencyPlansDeprecated::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAgencyPlansDeprecated {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAgencyPlansDeprecated {
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
        ) -> Result<Vec<crate::apps::saas_api::models::AgencyPlanResponseDto>> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /saas-api/public-api/get-saas-subscription/{locationId}` request being built, to send with [`GetLocationSubscriptionDeprecated::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetLocationSubscriptionDeprecated {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetLocationSubscriptionDeprecated {
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
        ) -> Result<crate::apps::saas_api::models::LocationSubscriptionResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /saas-api/public-api/bulk-enable-saas/{companyId}` request being built, to send with [`BulkEnableSaasDeprecated::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct BulkEnableSaasDeprecated {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl BulkEnableSaasDeprecated {
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
        ) -> Result<crate::apps::saas_api::models::BulkEnableSaasResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /saas-api/public-api/saas-locations/{companyId}` request being built, to send with [`GetSaasLocationsDeprecated::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetSaasLocationsDeprecated {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetSaasLocationsDeprecated {
        /// Page number for pagination
        pub fn page(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("page", value.to_string());
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
        ) -> Result<crate::Page<crate::apps::saas_api::models::SaasLocationDto>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Page("page"),
                cursor,
                |r: crate::apps::saas_api::models::GetSaasLocationsResponseDto| {
                    (r.locations.unwrap_or_default(), None)
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<crate::apps::saas_api::models::SaasLocationDto> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::saas_api::models::GetSaasLocationsResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /saas-api/public-api/saas-plan/{planId}` request being built, to send with [`GetSaasPlanDeprecated::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetSaasPlanDeprecated {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetSaasPlanDeprecated {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::saas_api::models::SaasPlanResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /saas/locations` request being built, to send with [`Locations::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct Locations {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl Locations {
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

    /// The `PUT /saas/update-saas-subscription/{locationId}` request being built, to send with [`GeneratePaymentLink::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GeneratePaymentLink {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GeneratePaymentLink {
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

    /// The `POST /saas/bulk-disable-saas/{companyId}` request being built, to send with [`BulkDisableSaas::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct BulkDisableSaas {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl BulkDisableSaas {
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

    /// The `POST /saas/enable-saas/{locationId}` request being built, to send with [`EnableSaasLocation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct EnableSaasLocation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl EnableSaasLocation {
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

    /// The `POST /saas/pause/{locationId}` request being built, to send with [`PauseLocation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct PauseLocation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl PauseLocation {
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

    /// The `POST /saas/update-rebilling/{companyId}` request being built, to send with [`UpdateRebilling::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateRebilling {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateRebilling {
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

    /// The `GET /saas/agency-plans/{companyId}` request being built, to send with [`GetAgencyPlans::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAgencyPlans {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAgencyPlans {
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

    /// The `GET /saas/get-saas-subscription/{locationId}` request being built, to send with [`GetLocationSubscription::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetLocationSubscription {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetLocationSubscription {
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

    /// The `POST /saas/bulk-enable-saas/{companyId}` request being built, to send with [`BulkEnableSaas::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct BulkEnableSaas {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl BulkEnableSaas {
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

    /// The `GET /saas/saas-locations/{companyId}` request being built, to send with [`GetSaasLocations::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetSaasLocations {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetSaasLocations {
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

    /// The `GET /saas/saas-plan/{planId}` request being built, to send with [`GetSaasPlan::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetSaasPlan {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetSaasPlan {
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
