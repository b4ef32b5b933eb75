//! Developer marketplace API: 9 operations.
//!
//! Generated from GHL's `apps/marketplace.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `RaiseChargeBodyDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct RaiseChargeBodyDto {
        /// App ID of the App
        ///
        /// Required by the spec.
        #[serde(rename = "appId", default, skip_serializing_if = "Option::is_none")]
        pub app_id: Option<String>,
        /// Billing Meter ID (you can find this on your app's pricing page)
        ///
        /// Required by the spec.
        #[serde(rename = "meterId", default, skip_serializing_if = "Option::is_none")]
        pub meter_id: Option<String>,
        /// Event ID / Transaction ID on your server's side. This will help you maintain the reference of the event/transaction on your end that you charged the customer for.
        ///
        /// Required by the spec.
        #[serde(rename = "eventId", default, skip_serializing_if = "Option::is_none")]
        pub event_id: Option<String>,
        /// User ID
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// ID of the Sub-Account to be charged
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// ID of the Agency the Sub-account belongs to
        ///
        /// Required by the spec.
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
        /// Description of the charge
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Price per unit to charge
        #[serde(rename = "price", default, skip_serializing_if = "Option::is_none")]
        pub price: Option<f64>,
        /// Number of units to charge
        ///
        /// Required by the spec.
        #[serde(rename = "units", default, skip_serializing_if = "Option::is_none")]
        pub units: Option<f64>,
        /// The timestamp when the event/transaction was performed. If blank, the billing timestamp will be set as the event time. ISO8601 Format.
        #[serde(rename = "eventTime", default, skip_serializing_if = "Option::is_none")]
        pub event_time: Option<String>,
    }

    impl RaiseChargeBodyDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            app_id: impl Into<String>,
            meter_id: impl Into<String>,
            event_id: impl Into<String>,
            location_id: impl Into<String>,
            company_id: impl Into<String>,
            description: impl Into<String>,
            units: f64,
        ) -> Self {
            Self {
                app_id: Some(app_id.into()),
                meter_id: Some(meter_id.into()),
                event_id: Some(event_id.into()),
                location_id: Some(location_id.into()),
                company_id: Some(company_id.into()),
                description: Some(description.into()),
                units: Some(units),
                ..Self::default()
            }
        }
    }

    /// `DeleteIntegrationBodyDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteIntegrationBodyDto {
        /// The company id from which the application is to be uninstalled. If you pass agency token, then companyId is required. It will uninstall application from agency as well as all sub-accounts.
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
        /// The location id from which the application is to be uninstalled. If you pass location token, then locationId is required. It will uninstall application from that location only.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// The reason for uninstalling the application. Reason is required if you are uninstalling the application as a developer.
        #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
        pub reason: Option<String>,
    }

    /// `DeleteIntegrationResponse` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteIntegrationResponse {
        /// The status of the uninstallation of the application
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    impl DeleteIntegrationResponse {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool) -> Self {
            Self {
                success: Some(success),
                ..Self::default()
            }
        }
    }

    /// `WhitelabelDetailsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct WhitelabelDetailsDto {
        /// Domain of the whitelabel company
        ///
        /// Required by the spec.
        #[serde(rename = "domain", default, skip_serializing_if = "Option::is_none")]
        pub domain: Option<String>,
        /// Logo URL of the whitelabel company
        ///
        /// Required by the spec.
        #[serde(rename = "logoUrl", default, skip_serializing_if = "Option::is_none")]
        pub logo_url: Option<String>,
    }

    impl WhitelabelDetailsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(domain: impl Into<String>, logo_url: impl Into<String>) -> Self {
            Self {
                domain: Some(domain.into()),
                logo_url: Some(logo_url.into()),
                ..Self::default()
            }
        }
    }

    /// `InstallerDetailsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct InstallerDetailsDto {
        /// Company ID
        ///
        /// Required by the spec.
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
        /// Location ID (if applicable)
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Company name
        ///
        /// Required by the spec.
        #[serde(
            rename = "companyName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub company_name: Option<String>,
        /// Company relationship number
        ///
        /// Required by the spec.
        #[serde(
            rename = "relationshipNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub relationship_number: Option<String>,
        /// Company email. Will be null for sub-account installations due to PII concerns.
        #[serde(
            rename = "companyEmail",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub company_email: Option<String>,
        /// Company owner full name. Will be null for sub-account installations due to PII concerns.
        #[serde(
            rename = "companyOwnerFullName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub company_owner_full_name: Option<String>,
        /// User ID who installed the app
        ///
        /// Required by the spec.
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// Whether the company is a whitelabel company
        ///
        /// Required by the spec.
        #[serde(
            rename = "isWhitelabelCompany",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_whitelabel_company: Option<bool>,
        /// Company plan. Will be null for sub-account installations due to business sensitivity.
        #[serde(
            rename = "companyPlan",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub company_plan: Option<String>,
        /// Company plan. Will be null for sub-account installations due to business sensitivity.
        #[serde(
            rename = "companyHighLevelPlan",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub company_high_level_plan: Option<String>,
        /// Marketplace app plan ID for paid apps
        #[serde(
            rename = "marketplaceAppPlanId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub marketplace_app_plan_id: Option<String>,
        /// Whitelabel details (only present if isWhitelabelCompany is true)
        #[serde(
            rename = "whitelabelDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub whitelabel_details: Option<crate::apps::marketplace::models::WhitelabelDetailsDto>,
    }

    impl InstallerDetailsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            company_id: impl Into<String>,
            company_name: impl Into<String>,
            relationship_number: impl Into<String>,
            user_id: impl Into<String>,
            is_whitelabel_company: bool,
        ) -> Self {
            Self {
                company_id: Some(company_id.into()),
                company_name: Some(company_name.into()),
                relationship_number: Some(relationship_number.into()),
                user_id: Some(user_id.into()),
                is_whitelabel_company: Some(is_whitelabel_company),
                ..Self::default()
            }
        }
    }

    /// `GetInstallerDetailsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetInstallerDetailsResponseDto {
        /// Installation details
        ///
        /// Required by the spec.
        #[serde(
            rename = "installationDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub installation_details: Option<crate::apps::marketplace::models::InstallerDetailsDto>,
    }

    impl GetInstallerDetailsResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            installation_details: crate::apps::marketplace::models::InstallerDetailsDto,
        ) -> Self {
            Self {
                installation_details: Some(installation_details),
                ..Self::default()
            }
        }
    }

    /// `SubscriptionPlanDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SubscriptionPlanDto {
        /// The reselling amount
        ///
        /// Required by the spec.
        #[serde(
            rename = "resellingAmount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub reselling_amount: Option<f64>,
        /// The base amount
        ///
        /// Required by the spec.
        #[serde(
            rename = "baseAmount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub base_amount: Option<f64>,
        /// The plan id
        ///
        /// Required by the spec.
        #[serde(rename = "planId", default, skip_serializing_if = "Option::is_none")]
        pub plan_id: Option<String>,
        /// The features
        ///
        /// Required by the spec.
        #[serde(rename = "features", default, skip_serializing_if = "Option::is_none")]
        pub features: Option<Vec<String>>,
        /// The payment time
        ///
        /// Required by the spec.
        #[serde(
            rename = "paymentType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_type: Option<String>,
        /// The plan name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// The payment time
        ///
        /// Required by the spec.
        #[serde(
            rename = "paymentTime",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_time: Option<String>,
    }

    impl SubscriptionPlanDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            reselling_amount: f64,
            base_amount: f64,
            plan_id: impl Into<String>,
            features: Vec<String>,
            payment_type: impl Into<String>,
            name: impl Into<String>,
            payment_time: impl Into<String>,
        ) -> Self {
            Self {
                reselling_amount: Some(reselling_amount),
                base_amount: Some(base_amount),
                plan_id: Some(plan_id.into()),
                features: Some(features),
                payment_type: Some(payment_type.into()),
                name: Some(name.into()),
                payment_time: Some(payment_time.into()),
                ..Self::default()
            }
        }
    }

    /// `UsagePlanDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UsagePlanDto {
        /// The product type
        ///
        /// Required by the spec.
        #[serde(
            rename = "productType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub product_type: Option<String>,
        /// The product name
        ///
        /// Required by the spec.
        #[serde(
            rename = "productName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub product_name: Option<String>,
        /// The usage unit for the meter
        ///
        /// Required by the spec.
        #[serde(rename = "usageUnit", default, skip_serializing_if = "Option::is_none")]
        pub usage_unit: Option<String>,
        /// The meter id
        ///
        /// Required by the spec.
        #[serde(rename = "meterId", default, skip_serializing_if = "Option::is_none")]
        pub meter_id: Option<String>,
        /// The meter name
        ///
        /// Required by the spec.
        #[serde(rename = "meterName", default, skip_serializing_if = "Option::is_none")]
        pub meter_name: Option<String>,
        /// The fixed price per unit, applicable for fixed price type
        ///
        /// Required by the spec.
        #[serde(
            rename = "fixedPricePerUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub fixed_price_per_unit: Option<f64>,
        /// The price type
        ///
        /// One of: `"fixed"`, `"dynamic"`.
        ///
        /// Required by the spec.
        #[serde(rename = "priceType", default, skip_serializing_if = "Option::is_none")]
        pub price_type: Option<String>,
        /// The min price per unit, applicable for dynamic price type
        ///
        /// Required by the spec.
        #[serde(
            rename = "minPricePerUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub min_price_per_unit: Option<String>,
        /// The max price per unit, applicable for dynamic price type
        ///
        /// Required by the spec.
        #[serde(
            rename = "maxPricePerUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub max_price_per_unit: Option<String>,
        /// The execution limit per cycle
        ///
        /// Required by the spec.
        #[serde(
            rename = "executionLimitPerCycle",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub execution_limit_per_cycle: Option<f64>,
    }

    impl UsagePlanDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            product_type: impl Into<String>,
            product_name: impl Into<String>,
            usage_unit: impl Into<String>,
            meter_id: impl Into<String>,
            meter_name: impl Into<String>,
            fixed_price_per_unit: f64,
            price_type: impl Into<String>,
            min_price_per_unit: impl Into<String>,
            max_price_per_unit: impl Into<String>,
            execution_limit_per_cycle: f64,
        ) -> Self {
            Self {
                product_type: Some(product_type.into()),
                product_name: Some(product_name.into()),
                usage_unit: Some(usage_unit.into()),
                meter_id: Some(meter_id.into()),
                meter_name: Some(meter_name.into()),
                fixed_price_per_unit: Some(fixed_price_per_unit),
                price_type: Some(price_type.into()),
                min_price_per_unit: Some(min_price_per_unit.into()),
                max_price_per_unit: Some(max_price_per_unit.into()),
                execution_limit_per_cycle: Some(execution_limit_per_cycle),
                ..Self::default()
            }
        }
    }

    /// `PlansDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PlansDto {
        /// Subscription plans
        ///
        /// Required by the spec.
        #[serde(
            rename = "subscription",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub subscription: Option<Vec<crate::apps::marketplace::models::SubscriptionPlanDto>>,
        /// Usage-based plans
        ///
        /// Required by the spec.
        #[serde(rename = "usage", default, skip_serializing_if = "Option::is_none")]
        pub usage: Option<Vec<crate::apps::marketplace::models::UsagePlanDto>>,
    }

    impl PlansDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            subscription: Vec<crate::apps::marketplace::models::SubscriptionPlanDto>,
            usage: Vec<crate::apps::marketplace::models::UsagePlanDto>,
        ) -> Self {
            Self {
                subscription: Some(subscription),
                usage: Some(usage),
                ..Self::default()
            }
        }
    }

    /// `GetRebillingConfigResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetRebillingConfigResponseDto {
        /// The rebilling plans configuration
        ///
        /// Required by the spec.
        #[serde(rename = "plans", default, skip_serializing_if = "Option::is_none")]
        pub plans: Option<crate::apps::marketplace::models::PlansDto>,
    }

    impl GetRebillingConfigResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(plans: crate::apps::marketplace::models::PlansDto) -> Self {
            Self {
                plans: Some(plans),
                ..Self::default()
            }
        }
    }

    /// `MigrateConnectionDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct MigrateConnectionDto {
        /// Type of authentication - basic or oauth2
        ///
        /// One of: `"oauth2"`, `"basic"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Location ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// App ID
        ///
        /// Required by the spec.
        #[serde(rename = "appId", default, skip_serializing_if = "Option::is_none")]
        pub app_id: Option<String>,
        /// App Version ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "appVersionId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub app_version_id: Option<String>,
        /// Connection identifier
        ///
        /// Required by the spec.
        #[serde(rename = "accountId", default, skip_serializing_if = "Option::is_none")]
        pub account_id: Option<String>,
        /// API Key (supported when type is basic)
        #[serde(rename = "apiKey", default, skip_serializing_if = "Option::is_none")]
        pub api_key: Option<String>,
        /// Basic auth credentials as key/value pairs (supported when type is basic). Keys are validated against the app version externalAuthConfig.fields.
        #[serde(
            rename = "basicCredentials",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub basic_credentials: Option<serde_json::Map<String, serde_json::Value>>,
        /// Access token (required when type is oauth2)
        #[serde(
            rename = "accessToken",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub access_token: Option<String>,
        /// Refresh token (required when type is oauth2)
        #[serde(
            rename = "refreshToken",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub refresh_token: Option<String>,
        /// Access token expiry time in milliseconds (optional for oauth2)
        #[serde(rename = "expiryIn", default, skip_serializing_if = "Option::is_none")]
        pub expiry_in: Option<f64>,
        /// Timestamp for access token expiry (optional for oauth2)
        #[serde(rename = "expiryAt", default, skip_serializing_if = "Option::is_none")]
        pub expiry_at: Option<f64>,
        /// OAuth2 scopes (optional for oauth2)
        #[serde(rename = "scopes", default, skip_serializing_if = "Option::is_none")]
        pub scopes: Option<Vec<String>>,
        /// Display name for the connection (optional, defaults to accountId)
        #[serde(
            rename = "displayName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub display_name: Option<String>,
        /// Whether this is the default connection for the location (optional, defaults to false)
        #[serde(rename = "isDefault", default, skip_serializing_if = "Option::is_none")]
        pub is_default: Option<bool>,
    }

    impl MigrateConnectionDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            r#type: impl Into<String>,
            location_id: impl Into<String>,
            app_id: impl Into<String>,
            app_version_id: impl Into<String>,
            account_id: impl Into<String>,
        ) -> Self {
            Self {
                r#type: Some(r#type.into()),
                location_id: Some(location_id.into()),
                app_id: Some(app_id.into()),
                app_version_id: Some(app_version_id.into()),
                account_id: Some(account_id.into()),
                ..Self::default()
            }
        }
    }

    /// `MigrateConnectionResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct MigrateConnectionResponseDto {
        /// Indicates if the migration was successful
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Unique identifier for the migrated connection
        ///
        /// Required by the spec.
        #[serde(
            rename = "identifier",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub identifier: Option<String>,
        /// Message describing the result
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    impl MigrateConnectionResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, identifier: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                identifier: Some(identifier.into()),
                ..Self::default()
            }
        }
    }

    /// `InternalServerErrorDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct InternalServerErrorDto {
        /// HTTP status code
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// Error message describing the internal server error
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    /// `GetChargesResponseChargesItem` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetChargesResponseChargesItem {
        /// Value is 'true' if the charge has subsequently been refunded.
        #[serde(rename = "refunded", default, skip_serializing_if = "Option::is_none")]
        pub refunded: Option<bool>,
        /// Currency of the transaction. We currently support USD only.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// App ID
        #[serde(rename = "appId", default, skip_serializing_if = "Option::is_none")]
        pub app_id: Option<String>,
        /// Billing Meter ID (you can find this on your app's pricing page)
        #[serde(rename = "meterId", default, skip_serializing_if = "Option::is_none")]
        pub meter_id: Option<String>,
        /// Charge ID
        #[serde(rename = "chargeId", default, skip_serializing_if = "Option::is_none")]
        pub charge_id: Option<String>,
        /// Indicates who was charged? Currently, we support charges for 'location' only
        #[serde(
            rename = "entityType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub entity_type: Option<String>,
        /// If the entityType is Location, entityld would be locationld.
        #[serde(rename = "entityId", default, skip_serializing_if = "Option::is_none")]
        pub entity_id: Option<String>,
        /// Total amount charged
        #[serde(
            rename = "amountCharged",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub amount_charged: Option<f64>,
        /// Price per unit for the charge
        #[serde(
            rename = "pricePerUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub price_per_unit: Option<f64>,
        /// This can be one of two values - 'charge' or 'refund'
        #[serde(
            rename = "transactionType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub transaction_type: Option<String>,
        /// Number of units that the sub-account was charged for
        #[serde(rename = "units", default, skip_serializing_if = "Option::is_none")]
        pub units: Option<f64>,
        /// meta object contains details that were sent while creating the charge via the API - eventID, description, eventTime, userld
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<serde_json::Map<String, serde_json::Value>>,
        /// Timestamp when the charge was created in our system
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// Timestamp when the charge was last updated in our system
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
    }

    /// Pagination metadata for the charges list
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetChargesResponsePagination {
        /// Total number of charges
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// Number of records to skip
        #[serde(rename = "skip", default, skip_serializing_if = "Option::is_none")]
        pub skip: Option<f64>,
        /// Maximum number of records to return
        #[serde(rename = "limit", default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<f64>,
    }

    /// `GetChargesResponse` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetChargesResponse {
        /// List of wallet charges
        #[serde(rename = "charges", default, skip_serializing_if = "Option::is_none")]
        pub charges: Option<Vec<crate::apps::marketplace::models::GetChargesResponseChargesItem>>,
        /// Total number of charges
        #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
        pub count: Option<f64>,
        /// Pagination metadata for the charges list
        #[serde(
            rename = "pagination",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub pagination: Option<crate::apps::marketplace::models::GetChargesResponsePagination>,
    }

    /// `ChargeResponse` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ChargeResponse {
        /// Indicates whether the charge was created successfully
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Unique identifier of the created charge
        #[serde(rename = "chargeId", default, skip_serializing_if = "Option::is_none")]
        pub charge_id: Option<String>,
    }

    /// `GetSpecificChargeResponse` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSpecificChargeResponse {
        /// Value is 'true' if the charge has subsequently been refunded.
        #[serde(rename = "refunded", default, skip_serializing_if = "Option::is_none")]
        pub refunded: Option<bool>,
        /// Currency of the transaction. We currently support USD only.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// App ID
        #[serde(rename = "appId", default, skip_serializing_if = "Option::is_none")]
        pub app_id: Option<String>,
        /// Billing Meter ID (you can find this on your app's pricing page)
        #[serde(rename = "meterId", default, skip_serializing_if = "Option::is_none")]
        pub meter_id: Option<String>,
        /// Charge ID
        #[serde(rename = "chargeId", default, skip_serializing_if = "Option::is_none")]
        pub charge_id: Option<String>,
        /// Indicates who was charged? Currently, we support charges for 'location' only
        #[serde(
            rename = "entityType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub entity_type: Option<String>,
        /// If the entityType is Location, entityld would be locationld.
        #[serde(rename = "entityId", default, skip_serializing_if = "Option::is_none")]
        pub entity_id: Option<String>,
        /// Total amount charged
        #[serde(
            rename = "amountCharged",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub amount_charged: Option<f64>,
        /// Price per unit for the charge
        #[serde(
            rename = "pricePerUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub price_per_unit: Option<f64>,
        /// This can be one of two values - 'charge' or 'refund'
        #[serde(
            rename = "transactionType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub transaction_type: Option<String>,
        /// Number of units that the sub-account was charged for
        #[serde(rename = "units", default, skip_serializing_if = "Option::is_none")]
        pub units: Option<f64>,
        /// meta object contains details that were sent while creating the charge via the API - eventID, description, eventTime, userld
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<serde_json::Map<String, serde_json::Value>>,
        /// Timestamp when the charge was created in our system
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// Timestamp when the charge was last updated in our system
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
    }

    /// `DeleteChargeResponse` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteChargeResponse {
        /// Indicates whether the charge was deleted successfully
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    /// `HasFundsResponse` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct HasFundsResponse {
        /// Indicates whether the sub-account has sufficient funds to be charged
        #[serde(rename = "hasFunds", default, skip_serializing_if = "Option::is_none")]
        pub has_funds: Option<bool>,
    }
}

/// The Developer marketplace API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct MarketplaceApi {
    client: GhlClient,
}

impl MarketplaceApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Get all wallet charges
    ///
    /// `GET /marketplace/billing/charges`
    ///
    /// no `Version` header; scope `charges.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn get_charges(&self) -> ops::GetCharges {
        let mut req = Request::new(
            http::Method::GET,
            "/marketplace/billing/charges",
            "/marketplace/billing/charges",
        );
        req = req.without_version();
        ops::GetCharges {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create a new wallet charge
    ///
    /// `POST /marketplace/billing/charges`
    ///
    /// no `Version` header; scope `charges.write`; never repeated after an unknown outcome.
    pub fn charge(
        &self,
        body: &crate::apps::marketplace::models::RaiseChargeBodyDto,
    ) -> ops::Charge {
        let mut req = Request::new(
            http::Method::POST,
            "/marketplace/billing/charges",
            "/marketplace/billing/charges",
        );
        req = req.without_version();
        req = crate::apps::support::json_body(req, body);
        ops::Charge {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get specific wallet charge details
    ///
    /// `GET /marketplace/billing/charges/{chargeId}`
    ///
    /// no `Version` header; scope `charges.readonly`; retried after an unknown outcome.
    pub fn get_specific_charge(&self, charge_id: impl AsRef<str>) -> ops::GetSpecificCharge {
        let mut req = Request::new(
            http::Method::GET,
            "/marketplace/billing/charges/{chargeId}",
            format!(
                "/marketplace/billing/charges/{}",
                crate::request::segment(charge_id.as_ref())
            ),
        );
        req = req.without_version();
        ops::GetSpecificCharge {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete a wallet charge
    ///
    /// `DELETE /marketplace/billing/charges/{chargeId}`
    ///
    /// no `Version` header; scope `charges.write`; retried after an unknown outcome.
    pub fn delete_charge(&self, charge_id: impl AsRef<str>) -> ops::DeleteCharge {
        let mut req = Request::new(
            http::Method::DELETE,
            "/marketplace/billing/charges/{chargeId}",
            format!(
                "/marketplace/billing/charges/{}",
                crate::request::segment(charge_id.as_ref())
            ),
        );
        req = req.without_version();
        ops::DeleteCharge {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Check if account has sufficient funds
    ///
    /// `GET /marketplace/billing/charges/has-funds`
    ///
    /// no `Version` header; scope `charges.readonly`; retried after an unknown outcome.
    pub fn has_funds(&self) -> ops::HasFunds {
        let mut req = Request::new(
            http::Method::GET,
            "/marketplace/billing/charges/has-funds",
            "/marketplace/billing/charges/has-funds",
        );
        req = req.without_version();
        ops::HasFunds {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Installer Details
    ///
    /// Fetches installer details for the authenticated user. This endpoint returns information about the company, location, user, and installation details associated with the current OAuth token.
    ///
    /// `GET /marketplace/app/{appId}/installations`
    ///
    /// Version `2021-07-28`; scope `marketplace-installer-details.readonly`; retried after an unknown outcome.
    pub fn get_installer_details(&self, app_id: impl AsRef<str>) -> ops::GetInstallerDetails {
        let mut req = Request::new(
            http::Method::GET,
            "/marketplace/app/{appId}/installations",
            format!(
                "/marketplace/app/{}/installations",
                crate::request::segment(app_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::GetInstallerDetails {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Uninstall an application
    ///
    /// Uninstalls an application from your company or a specific location. This will remove the application`s access and stop all its functionalities
    ///
    /// `DELETE /marketplace/app/{appId}/installations`
    ///
    /// Version `2021-07-28`; scope `oauth.write`; retried after an unknown outcome.
    pub fn uninstall_application(
        &self,
        app_id: impl AsRef<str>,
        body: &crate::apps::marketplace::models::DeleteIntegrationBodyDto,
    ) -> ops::UninstallApplication {
        let mut req = Request::new(
            http::Method::DELETE,
            "/marketplace/app/{appId}/installations",
            format!(
                "/marketplace/app/{}/installations",
                crate::request::segment(app_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UninstallApplication {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get rebilling config for an app subscription and usage plans
    ///
    /// Get rebilling config for an app subscription and usage plans for the authenticated sub-account. This endpoint returns the subscription and usage plans for an app.
    ///
    /// `GET /marketplace/app/{appId}/rebilling-config/location/{locationId}`
    ///
    /// Version `2021-07-28`; scope `oauth.readonly`; retried after an unknown outcome.
    pub fn get_rebilling_config_for_app(
        &self,
        app_id: impl AsRef<str>,
        location_id: impl AsRef<str>,
    ) -> ops::GetRebillingConfigForApp {
        let mut req = Request::new(
            http::Method::GET,
            "/marketplace/app/{appId}/rebilling-config/location/{locationId}",
            format!(
                "/marketplace/app/{}/rebilling-config/location/{}",
                crate::request::segment(app_id.as_ref()),
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetRebillingConfigForApp {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Migrate external authentication connection
    ///
    /// Migrates an external authentication connection credentials (basic or oauth2) for a specific app and location. This endpoint validates the app configuration, stores credentials safely in CRM's native encrypted storage. With this the lifecycle of the token is managed by CRM.
    ///
    /// `POST /marketplace/external-auth/migration`
    ///
    /// Version `2021-07-28`; scope `marketplace-external-auth-migration.write`; never repeated after an unknown outcome.
    pub fn migrate_connection(
        &self,
        body: &crate::apps::marketplace::models::MigrateConnectionDto,
    ) -> ops::MigrateConnection {
        let mut req = Request::new(
            http::Method::POST,
            "/marketplace/external-auth/migration",
            "/marketplace/external-auth/migration",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::MigrateConnection {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Developer marketplace API operations (generated from GHL's spec).
    pub fn marketplace(&self) -> MarketplaceApi {
        MarketplaceApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /marketplace/billing/charges` request being built, to send with [`GetCharges::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCharges {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetCharges {
        /// Billing Meter ID (you can find this on your app's pricing page on the developer portal)
        pub fn meter_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("meterId", value.into());
            self
        }

        /// Event ID / Transaction ID
        pub fn event_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("eventId", value.into());
            self
        }

        /// Filter results by User ID that your server passed via API when the charge was created
        pub fn user_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("userId", value.into());
            self
        }

        /// Filter results AFTER a specific date. Use this in combination with endDate to filter results in a specific time window.
        pub fn start_date(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("startDate", value.into());
            self
        }

        /// Filter results BEFORE a specific date. Use this in combination with startDate to filter results in a specific time window.
        pub fn end_date(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("endDate", value.into());
            self
        }

        /// Number of records to skip
        pub fn skip(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("skip", value.to_string());
            self
        }

        /// Maximum number of records to return
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
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
        ) -> Result<crate::Page<crate::apps::marketplace::models::GetChargesResponseChargesItem>>
        {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("skip"),
                cursor,
                |r: crate::apps::marketplace::models::GetChargesResponse| {
                    (r.charges.unwrap_or_default(), r.count.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(
            self,
        ) -> crate::ItemStream<crate::apps::marketplace::models::GetChargesResponseChargesItem>
        {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::marketplace::models::GetChargesResponse> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /marketplace/billing/charges` request being built, to send with [`Charge::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct Charge {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl Charge {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::marketplace::models::ChargeResponse> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /marketplace/billing/charges/{chargeId}` request being built, to send with [`GetSpecificCharge::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetSpecificCharge {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetSpecificCharge {
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
        ) -> Result<crate::apps::marketplace::models::GetSpecificChargeResponse> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /marketplace/billing/charges/{chargeId}` request being built, to send with [`DeleteCharge::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteCharge {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteCharge {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::marketplace::models::DeleteChargeResponse> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /marketplace/billing/charges/has-funds` request being built, to send with [`HasFunds::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct HasFunds {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl HasFunds {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::marketplace::models::HasFundsResponse> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /marketplace/app/{appId}/installations` request being built, to send with [`GetInstallerDetails::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetInstallerDetails {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetInstallerDetails {
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
        ) -> Result<crate::apps::marketplace::models::GetInstallerDetailsResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /marketplace/app/{appId}/installations` request being built, to send with [`UninstallApplication::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UninstallApplication {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UninstallApplication {
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
        ) -> Result<crate::apps::marketplace::models::DeleteIntegrationResponse> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /marketplace/app/{appId}/rebilling-config/location/{locationId}` request being built, to send with [`GetRebillingConfigForApp::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetRebillingConfigForApp {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetRebillingConfigForApp {
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
        ) -> Result<crate::apps::marketplace::models::GetRebillingConfigResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /marketplace/external-auth/migration` request being built, to send with [`MigrateConnection::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct MigrateConnection {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl MigrateConnection {
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
        ) -> Result<crate::apps::marketplace::models::MigrateConnectionResponseDto> {
            self.client.send(self.request).await
        }
    }
}
