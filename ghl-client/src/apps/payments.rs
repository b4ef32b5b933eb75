//! Payments API: 23 operations.
//!
//! Generated from GHL's `apps/payments.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `CreateWhiteLabelIntegrationProviderDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateWhiteLabelIntegrationProviderDto {
        /// location Id / company Id based on altType
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// Alt Type
        ///
        /// One of: `"location"`.
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// A unique name given to the integration provider, uniqueName must start and end with a character. Only lowercase characters and hyphens (-) are supported
        ///
        /// Required by the spec.
        #[serde(
            rename = "uniqueName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub unique_name: Option<String>,
        /// The title or name of the integration provider.
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// The type of payment provider associated with the integration provider.
        ///
        /// One of: `"authorize-net"`, `"nmi"`.
        ///
        /// Required by the spec.
        #[serde(rename = "provider", default, skip_serializing_if = "Option::is_none")]
        pub provider: Option<String>,
        /// A brief description providing additional information about the integration provider.
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// The URL to an image representing the integration provider. The imageUrl should start with "https://" and ensure that this URL is publicly accessible.
        ///
        /// Required by the spec.
        #[serde(rename = "imageUrl", default, skip_serializing_if = "Option::is_none")]
        pub image_url: Option<String>,
    }

    impl CreateWhiteLabelIntegrationProviderDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            unique_name: impl Into<String>,
            title: impl Into<String>,
            provider: impl Into<String>,
            description: impl Into<String>,
            image_url: impl Into<String>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                unique_name: Some(unique_name.into()),
                title: Some(title.into()),
                provider: Some(provider.into()),
                description: Some(description.into()),
                image_url: Some(image_url.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateWhitelabelIntegrationResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateWhitelabelIntegrationResponseDto {
        /// The unique identifier of the integration provider.
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// The altId / locationId of the integration provider.
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// The altType of the integration provider.
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// The title or name of the integration provider.
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// The route name associated with the integration provider.
        ///
        /// Required by the spec.
        #[serde(rename = "route", default, skip_serializing_if = "Option::is_none")]
        pub route: Option<String>,
        /// The payment provider associated with the integration provider.
        ///
        /// Required by the spec.
        #[serde(rename = "provider", default, skip_serializing_if = "Option::is_none")]
        pub provider: Option<String>,
        /// A brief description providing additional information about the integration provider.
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// The URL to an image representing the integration provider.
        ///
        /// Required by the spec.
        #[serde(rename = "imageUrl", default, skip_serializing_if = "Option::is_none")]
        pub image_url: Option<String>,
        /// The timestamp when the integration provider was created.
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// The timestamp when the integration provider was last updated.
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
    }

    impl CreateWhitelabelIntegrationResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            title: impl Into<String>,
            route: impl Into<String>,
            provider: impl Into<String>,
            description: impl Into<String>,
            image_url: impl Into<String>,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                title: Some(title.into()),
                route: Some(route.into()),
                provider: Some(provider.into()),
                description: Some(description.into()),
                image_url: Some(image_url.into()),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `IntegrationProviderSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct IntegrationProviderSchema {
        /// The unique identifier of the integration provider.
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// The altId / locationId of the integration provider.
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// The altType of the integration provider.
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// The title or name of the integration provider.
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// The route name associated with the integration provider.
        ///
        /// Required by the spec.
        #[serde(rename = "route", default, skip_serializing_if = "Option::is_none")]
        pub route: Option<String>,
        /// The payment provider associated with the integration provider.
        ///
        /// Required by the spec.
        #[serde(rename = "provider", default, skip_serializing_if = "Option::is_none")]
        pub provider: Option<String>,
        /// A brief description providing additional information about the integration provider.
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// The URL to an image representing the integration provider.
        ///
        /// Required by the spec.
        #[serde(rename = "imageUrl", default, skip_serializing_if = "Option::is_none")]
        pub image_url: Option<String>,
        /// The timestamp when the integration provider was created.
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// The timestamp when the integration provider was last updated.
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
    }

    impl IntegrationProviderSchema {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            title: impl Into<String>,
            route: impl Into<String>,
            provider: impl Into<String>,
            description: impl Into<String>,
            image_url: impl Into<String>,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                title: Some(title.into()),
                route: Some(route.into()),
                provider: Some(provider.into()),
                description: Some(description.into()),
                image_url: Some(image_url.into()),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `ListWhitelabelIntegrationProviderResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ListWhitelabelIntegrationProviderResponseDto {
        /// list of integration provider.
        ///
        /// Required by the spec.
        #[serde(rename = "providers", default, skip_serializing_if = "Option::is_none")]
        pub providers: Option<crate::apps::payments::models::IntegrationProviderSchema>,
    }

    impl ListWhitelabelIntegrationProviderResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(providers: crate::apps::payments::models::IntegrationProviderSchema) -> Self {
            Self {
                providers: Some(providers),
                ..Self::default()
            }
        }
    }

    /// `OrderResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct OrderResponseSchema {
        /// The unique identifier for the order.
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// AltId is the unique identifier eg: location id.
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// AltType is the type of identifier.
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// Contact id corresponding to the order.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// Contact name corresponding to the order.
        #[serde(
            rename = "contactName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_name: Option<String>,
        /// Contact email corresponding to the order.
        #[serde(
            rename = "contactEmail",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_email: Option<String>,
        /// Currency in which order was created.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Order value.
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// Order sub-total value.
        #[serde(rename = "subtotal", default, skip_serializing_if = "Option::is_none")]
        pub subtotal: Option<f64>,
        /// Discount value on order.
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<f64>,
        /// The status of the order (e.g., completed).
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// Order is in live / test mode.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        /// Total products in an order.
        #[serde(
            rename = "totalProducts",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub total_products: Option<f64>,
        /// Source type of order (eg: funnel).
        ///
        /// Required by the spec.
        #[serde(
            rename = "sourceType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub source_type: Option<String>,
        /// Source name for the order.
        #[serde(
            rename = "sourceName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub source_name: Option<String>,
        /// Source id for the order.
        #[serde(rename = "sourceId", default, skip_serializing_if = "Option::is_none")]
        pub source_id: Option<String>,
        /// Meta content for the source of order.
        #[serde(
            rename = "sourceMeta",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub source_meta: Option<serde_json::Map<String, serde_json::Value>>,
        /// Coupon code for the order.
        #[serde(
            rename = "couponCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub coupon_code: Option<String>,
        /// The creation timestamp of the order.
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// The last update timestamp of the order.
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// Source sub-type for the order.
        #[serde(
            rename = "sourceSubType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub source_sub_type: Option<String>,
        /// Fulfillment status of the order.
        #[serde(
            rename = "fulfillmentStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub fulfillment_status: Option<String>,
        /// Total one time products in an order.
        #[serde(
            rename = "onetimeProducts",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub onetime_products: Option<f64>,
        /// Total recurring time products in an order.
        #[serde(
            rename = "recurringProducts",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub recurring_products: Option<f64>,
        /// User ID who created the order.
        #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
        pub created_by: Option<String>,
    }

    impl OrderResponseSchema {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            status: impl Into<String>,
            source_type: impl Into<String>,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                status: Some(status.into()),
                source_type: Some(source_type.into()),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `ListOrdersResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ListOrdersResponseDto {
        /// An array of orders
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<Vec<crate::apps::payments::models::OrderResponseSchema>>,
        /// total orders count
        ///
        /// Required by the spec.
        #[serde(
            rename = "totalCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub total_count: Option<f64>,
    }

    impl ListOrdersResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            data: Vec<crate::apps::payments::models::OrderResponseSchema>,
            total_count: f64,
        ) -> Self {
            Self {
                data: Some(data),
                total_count: Some(total_count),
                ..Self::default()
            }
        }
    }

    /// `AmountSummary` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AmountSummary {
        /// Order sub-total value.
        ///
        /// Required by the spec.
        #[serde(rename = "subtotal", default, skip_serializing_if = "Option::is_none")]
        pub subtotal: Option<f64>,
        /// Discount value on order.
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<f64>,
    }

    impl AmountSummary {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(subtotal: f64) -> Self {
            Self {
                subtotal: Some(subtotal),
                ..Self::default()
            }
        }
    }

    /// `OrderSource` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct OrderSource {
        /// One of: `"funnel"`, `"website"`, `"invoice"`, `"calendar"`, `"text2Pay"`, `"document_contracts"`, `"membership"`, `"mobile_app"`, `"communities"`, `"point_of_sale"`, `"manual"`, `"form"`, `"survey"`, `"payment_link"`, `"external"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// One of: `"one_step_order_form"`, `"two_step_order_form"`, `"upsell"`, `"tap_to_pay"`, `"card_payment"`, `"store"`, `"contact_view"`, `"email_campaign"`, `"payments_dashboard"`, `"shopify"`, `"subscription_view"`, `"store_upsell"`, `"woocommerce"`, `"service"`, `"meeting"`, `"imported_csv"`, `"qr_code"`, `"saas_one_time"`, `"saas_subscription"`.
        #[serde(rename = "subType", default, skip_serializing_if = "Option::is_none")]
        pub sub_type: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `meta`.
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl OrderSource {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(r#type: impl Into<String>, id: impl Into<String>) -> Self {
            Self {
                r#type: Some(r#type.into()),
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `GetOrderResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetOrderResponseSchema {
        /// The unique identifier for the order.
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// AltId is the unique identifier eg: location id.
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// AltType is the type of identifier.
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// Contact id corresponding to the order.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// Currency in which order was created.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Order value.
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// The status of the order (e.g., completed).
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// Order is in live / test mode.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        /// The creation timestamp of the order.
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// The last update timestamp of the order.
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// Fulfillment status of the order.
        #[serde(
            rename = "fulfillmentStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub fulfillment_status: Option<String>,
        /// Contact details of the order.
        #[serde(
            rename = "contactSnapshot",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_snapshot: Option<serde_json::Map<String, serde_json::Value>>,
        /// Amount details of the order.
        #[serde(
            rename = "amountSummary",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub amount_summary: Option<crate::apps::payments::models::AmountSummary>,
        /// Source details of the order.
        #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
        pub source: Option<crate::apps::payments::models::OrderSource>,
        /// Item details of the order.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<String>>,
        /// Coupon details of the order.
        #[serde(rename = "coupon", default, skip_serializing_if = "Option::is_none")]
        pub coupon: Option<serde_json::Map<String, serde_json::Value>>,
        /// Tracking id of the order.
        #[serde(
            rename = "trackingId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tracking_id: Option<String>,
        /// Fingerprint id of the order.
        #[serde(
            rename = "fingerprint",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub fingerprint: Option<String>,
        /// Meta details of the order.
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<serde_json::Map<String, serde_json::Value>>,
        /// Is test order.
        #[serde(
            rename = "markAsTest",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub mark_as_test: Option<bool>,
        /// Trace id of the order.
        #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
        /// Automatic taxes applied for the Order
        #[serde(
            rename = "automaticTaxesCalculated",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_taxes_calculated: Option<bool>,
        /// Provider name for automatic tax calculation
        #[serde(
            rename = "taxCalculationProvider",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tax_calculation_provider: Option<serde_json::Map<String, serde_json::Value>>,
        /// User ID who created the order.
        #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
        pub created_by: Option<String>,
    }

    impl GetOrderResponseSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            status: impl Into<String>,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                status: Some(status.into()),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `CardDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CardDto {
        /// One of: `"visa"`, `"mastercard"`, `"other"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Last 4 digit of the card
        ///
        /// Required by the spec.
        #[serde(rename = "last4", default, skip_serializing_if = "Option::is_none")]
        pub last4: Option<String>,
    }

    impl CardDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(r#type: impl Into<String>, last4: impl Into<String>) -> Self {
            Self {
                r#type: Some(r#type.into()),
                last4: Some(last4.into()),
                ..Self::default()
            }
        }
    }

    /// `ChequeDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ChequeDto {
        /// check number
        ///
        /// Required by the spec.
        #[serde(rename = "number", default, skip_serializing_if = "Option::is_none")]
        pub number: Option<String>,
    }

    impl ChequeDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(number: impl Into<String>) -> Self {
            Self {
                number: Some(number.into()),
                ..Self::default()
            }
        }
    }

    /// `PostRecordOrderPaymentBody` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PostRecordOrderPaymentBody {
        /// location Id / company Id based on altType
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// Alt Type
        ///
        /// One of: `"location"`.
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// manual payment method
        ///
        /// One of: `"cash"`, `"card"`, `"cheque"`, `"bank_transfer"`, `"other"`.
        ///
        /// Required by the spec.
        #[serde(rename = "mode", default, skip_serializing_if = "Option::is_none")]
        pub mode: Option<String>,
        /// Details of Card if used for payment
        #[serde(rename = "card", default, skip_serializing_if = "Option::is_none")]
        pub card: Option<crate::apps::payments::models::CardDto>,
        /// Details of the Cheque if used for payment
        #[serde(rename = "cheque", default, skip_serializing_if = "Option::is_none")]
        pub cheque: Option<crate::apps::payments::models::ChequeDto>,
        /// Any note to be recorded with the transaction
        #[serde(rename = "notes", default, skip_serializing_if = "Option::is_none")]
        pub notes: Option<String>,
        /// Amount to be paid against the invoice.
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// Meta data to be recorded with the transaction
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<serde_json::Map<String, serde_json::Value>>,
        /// Indicates if the order is intended to be a partial payment.
        #[serde(
            rename = "isPartialPayment",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_partial_payment: Option<bool>,
    }

    impl PostRecordOrderPaymentBody {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            mode: impl Into<String>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                mode: Some(mode.into()),
                ..Self::default()
            }
        }
    }

    /// `PostRecordOrderPaymentResponse` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PostRecordOrderPaymentResponse {
        /// Success status of the request
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    impl PostRecordOrderPaymentResponse {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool) -> Self {
            Self {
                success: Some(success),
                ..Self::default()
            }
        }
    }

    /// `FulfillmentTracking` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FulfillmentTracking {
        /// Tracking number provided by the shipping carrier
        #[serde(
            rename = "trackingNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tracking_number: Option<String>,
        /// Shipping carrier name
        #[serde(
            rename = "shippingCarrier",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub shipping_carrier: Option<String>,
        /// Tracking URL
        #[serde(
            rename = "trackingUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tracking_url: Option<String>,
    }

    /// `FulfillmentItems` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FulfillmentItems {
        /// The id of product price
        ///
        /// Required by the spec.
        #[serde(rename = "priceId", default, skip_serializing_if = "Option::is_none")]
        pub price_id: Option<String>,
        /// The no of quantity of the item
        ///
        /// Required by the spec.
        #[serde(rename = "qty", default, skip_serializing_if = "Option::is_none")]
        pub qty: Option<f64>,
    }

    impl FulfillmentItems {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(price_id: impl Into<String>, qty: f64) -> Self {
            Self {
                price_id: Some(price_id.into()),
                qty: Some(qty),
                ..Self::default()
            }
        }
    }

    /// `CreateFulfillmentDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateFulfillmentDto {
        /// Location Id or Agency Id
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// One of: `"location"`.
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// Fulfillment tracking information
        ///
        /// Required by the spec.
        #[serde(rename = "trackings", default, skip_serializing_if = "Option::is_none")]
        pub trackings: Option<Vec<crate::apps::payments::models::FulfillmentTracking>>,
        /// Fulfilled items
        ///
        /// Required by the spec.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<crate::apps::payments::models::FulfillmentItems>>,
        /// Need to send a notification to customer
        ///
        /// Required by the spec.
        #[serde(
            rename = "notifyCustomer",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub notify_customer: Option<bool>,
    }

    impl CreateFulfillmentDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            trackings: Vec<crate::apps::payments::models::FulfillmentTracking>,
            items: Vec<crate::apps::payments::models::FulfillmentItems>,
            notify_customer: bool,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                trackings: Some(trackings),
                items: Some(items),
                notify_customer: Some(notify_customer),
                ..Self::default()
            }
        }
    }

    /// `ProductVariantOptionDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ProductVariantOptionDto {
        /// The unique identifier for the option.
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// The name of the option.
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
    }

    impl ProductVariantOptionDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                name: Some(name.into()),
                ..Self::default()
            }
        }
    }

    /// `ProductVariantDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ProductVariantDto {
        /// A unique identifier for the variant.
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// The name of the variant.
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// An array of options for the variant.
        ///
        /// Required by the spec.
        #[serde(rename = "options", default, skip_serializing_if = "Option::is_none")]
        pub options: Option<Vec<crate::apps::payments::models::ProductVariantOptionDto>>,
    }

    impl ProductVariantDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            name: impl Into<String>,
            options: Vec<crate::apps::payments::models::ProductVariantOptionDto>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                name: Some(name.into()),
                options: Some(options),
                ..Self::default()
            }
        }
    }

    /// `ProductLabelDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ProductLabelDto {
        /// The content for the product label.
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Start date in YYYY-MM-DDTHH:mm:ssZ format
        #[serde(rename = "startDate", default, skip_serializing_if = "Option::is_none")]
        pub start_date: Option<String>,
        /// Start date in YYYY-MM-DDTHH:mm:ssZ format
        #[serde(rename = "endDate", default, skip_serializing_if = "Option::is_none")]
        pub end_date: Option<String>,
    }

    impl ProductLabelDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(title: impl Into<String>) -> Self {
            Self {
                title: Some(title.into()),
                ..Self::default()
            }
        }
    }

    /// `DefaultProductResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DefaultProductResponseDto {
        /// The unique identifier for the product.
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// product description
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// An array of variants for the product.
        #[serde(rename = "variants", default, skip_serializing_if = "Option::is_none")]
        pub variants: Option<Vec<crate::apps::payments::models::ProductVariantDto>>,
        /// The unique identifier for the location.
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// The name of the product.
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// The type of the product (e.g., PHYSICAL).
        ///
        /// Required by the spec.
        #[serde(
            rename = "productType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub product_type: Option<String>,
        /// Indicates whether the product is available in-store.
        #[serde(
            rename = "availableInStore",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub available_in_store: Option<bool>,
        /// The creation timestamp of the product.
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// The last update timestamp of the product.
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// The statement descriptor for the product.
        #[serde(
            rename = "statementDescriptor",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub statement_descriptor: Option<String>,
        /// The URL for the product image.
        #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
        pub image: Option<String>,
        /// An array of category Ids for the product
        #[serde(
            rename = "collectionIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub collection_ids: Option<Vec<String>>,
        /// The field indicates whether taxes are enabled for the product or not.
        #[serde(
            rename = "isTaxesEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_taxes_enabled: Option<bool>,
        /// An array of ids of Taxes attached to the Product. If the expand query includes tax, the taxes will be of type `ProductTaxDto`. Please refer to the `ProductTaxDto` for additional details.
        #[serde(rename = "taxes", default, skip_serializing_if = "Option::is_none")]
        pub taxes: Option<Vec<String>>,
        /// Tax category ID for Automatic taxes calculation.
        #[serde(
            rename = "automaticTaxCategoryId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_tax_category_id: Option<String>,
        /// The Product label details
        #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
        pub label: Option<crate::apps::payments::models::ProductLabelDto>,
        /// The slug of the product by which the product will be navigated
        #[serde(rename = "slug", default, skip_serializing_if = "Option::is_none")]
        pub slug: Option<String>,
    }

    impl DefaultProductResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            location_id: impl Into<String>,
            name: impl Into<String>,
            product_type: impl Into<String>,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                location_id: Some(location_id.into()),
                name: Some(name.into()),
                product_type: Some(product_type.into()),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `MembershipOfferDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct MembershipOfferDto {
        /// Membership offer label
        ///
        /// Required by the spec.
        #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
        pub label: Option<String>,
        /// Membership offer label
        ///
        /// Required by the spec.
        #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
        pub value: Option<String>,
        /// The unique identifier for the membership offer.
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
    }

    impl MembershipOfferDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            label: impl Into<String>,
            value: impl Into<String>,
            id: impl Into<String>,
        ) -> Self {
            Self {
                label: Some(label.into()),
                value: Some(value.into()),
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `RecurringDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct RecurringDto {
        /// The interval at which the recurring event occurs.
        ///
        /// One of: `"day"`, `"month"`, `"week"`, `"year"`.
        ///
        /// Required by the spec.
        #[serde(rename = "interval", default, skip_serializing_if = "Option::is_none")]
        pub interval: Option<String>,
        /// The number of intervals between each occurrence of the event.
        ///
        /// Required by the spec.
        #[serde(
            rename = "intervalCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub interval_count: Option<f64>,
    }

    impl RecurringDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(interval: impl Into<String>, interval_count: f64) -> Self {
            Self {
                interval: Some(interval.into()),
                interval_count: Some(interval_count),
                ..Self::default()
            }
        }
    }

    /// `DefaultPriceResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DefaultPriceResponseDto {
        /// The unique identifier for the price.
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// An array of membership offers associated with the price.
        #[serde(
            rename = "membershipOffers",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub membership_offers: Option<Vec<crate::apps::payments::models::MembershipOfferDto>>,
        /// An array of variant option IDs associated with the price.
        #[serde(
            rename = "variantOptionIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub variant_option_ids: Option<Vec<String>>,
        /// The unique identifier for the location.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// The unique identifier for the associated product.
        #[serde(rename = "product", default, skip_serializing_if = "Option::is_none")]
        pub product: Option<String>,
        /// The unique identifier for the user.
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// The name of the price.
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// The type of the price (e.g., one_time).
        ///
        /// One of: `"one_time"`, `"recurring"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// The currency code for the price.
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// The amount of the price.
        ///
        /// Required by the spec.
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// The recurring details of the price (if type is recurring).
        #[serde(rename = "recurring", default, skip_serializing_if = "Option::is_none")]
        pub recurring: Option<crate::apps::payments::models::RecurringDto>,
        /// The creation timestamp of the price.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// The last update timestamp of the price.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// The compare-at price for comparison purposes.
        #[serde(
            rename = "compareAtPrice",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub compare_at_price: Option<f64>,
        /// Indicates whether inventory tracking is enabled.
        #[serde(
            rename = "trackInventory",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub track_inventory: Option<bool>,
        /// Available inventory stock quantity
        #[serde(
            rename = "availableQuantity",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub available_quantity: Option<f64>,
        /// Continue selling when out of stock
        #[serde(
            rename = "allowOutOfStockPurchases",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_out_of_stock_purchases: Option<bool>,
    }

    impl DefaultPriceResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            name: impl Into<String>,
            r#type: impl Into<String>,
            currency: impl Into<String>,
            amount: f64,
        ) -> Self {
            Self {
                id: Some(id.into()),
                name: Some(name.into()),
                r#type: Some(r#type.into()),
                currency: Some(currency.into()),
                amount: Some(amount),
                ..Self::default()
            }
        }
    }

    /// `FulfilledItem` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FulfilledItem {
        /// The id of product price
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Product details
        ///
        /// Required by the spec.
        #[serde(rename = "product", default, skip_serializing_if = "Option::is_none")]
        pub product: Option<crate::apps::payments::models::DefaultProductResponseDto>,
        /// Price details
        ///
        /// Required by the spec.
        #[serde(rename = "price", default, skip_serializing_if = "Option::is_none")]
        pub price: Option<crate::apps::payments::models::DefaultPriceResponseDto>,
        /// The no of quantity of the current fulfilled item
        ///
        /// Required by the spec.
        #[serde(rename = "qty", default, skip_serializing_if = "Option::is_none")]
        pub qty: Option<f64>,
    }

    impl FulfilledItem {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            name: impl Into<String>,
            product: crate::apps::payments::models::DefaultProductResponseDto,
            price: crate::apps::payments::models::DefaultPriceResponseDto,
            qty: f64,
        ) -> Self {
            Self {
                id: Some(id.into()),
                name: Some(name.into()),
                product: Some(product),
                price: Some(price),
                qty: Some(qty),
                ..Self::default()
            }
        }
    }

    /// `FulfillmentSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FulfillmentSchema {
        /// Location Id or Agency Id
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// One of: `"location"`.
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// Fulfillment tracking information
        ///
        /// Required by the spec.
        #[serde(rename = "trackings", default, skip_serializing_if = "Option::is_none")]
        pub trackings: Option<Vec<crate::apps::payments::models::FulfillmentTracking>>,
        /// The unique identifier for the fulfillment item.
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Fulfilled items
        ///
        /// Required by the spec.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<crate::apps::payments::models::FulfilledItem>>,
        /// created at
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// updated at
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
    }

    impl FulfillmentSchema {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            trackings: Vec<crate::apps::payments::models::FulfillmentTracking>,
            id: impl Into<String>,
            items: Vec<crate::apps::payments::models::FulfilledItem>,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                trackings: Some(trackings),
                id: Some(id.into()),
                items: Some(items),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateFulfillmentResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateFulfillmentResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// fulfillment data
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::payments::models::FulfillmentSchema>,
    }

    impl CreateFulfillmentResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: bool, data: crate::apps::payments::models::FulfillmentSchema) -> Self {
            Self {
                status: Some(status),
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `ListFulfillmentResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ListFulfillmentResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// An array of fulfilled items
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<Vec<crate::apps::payments::models::FulfillmentSchema>>,
    }

    impl ListFulfillmentResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            status: bool,
            data: Vec<crate::apps::payments::models::FulfillmentSchema>,
        ) -> Self {
            Self {
                status: Some(status),
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `TxnResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TxnResponseSchema {
        /// The unique identifier for the transaction.
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// AltId is the unique identifier eg: location id.
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// AltType is the type of identifier.
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// Contact id corresponding to the transaction.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// ID of the contact that was merged from.
        #[serde(
            rename = "mergedFromContactId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub merged_from_contact_id: Option<String>,
        /// Contact name corresponding to the transaction.
        #[serde(
            rename = "contactName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_name: Option<String>,
        /// Contact email corresponding to the transaction.
        #[serde(
            rename = "contactEmail",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_email: Option<String>,
        /// Currency in which transaction occurred.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Transaction value.
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// The status of the transaction (e.g., succeeded).
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<serde_json::Map<String, serde_json::Value>>,
        /// Transaction is in live / test mode.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        /// Entity type of transaction (eg: order).
        #[serde(
            rename = "entityType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub entity_type: Option<String>,
        /// Entity id for the transaction. e.g: order id
        #[serde(rename = "entityId", default, skip_serializing_if = "Option::is_none")]
        pub entity_id: Option<String>,
        /// Entity source type of transaction (eg: funnel).
        ///
        /// Required by the spec.
        #[serde(
            rename = "entitySourceType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub entity_source_type: Option<String>,
        /// Entity source sub-type of the transactions.
        #[serde(
            rename = "entitySourceSubType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub entity_source_sub_type: Option<String>,
        /// Entity source name for the transaction.
        #[serde(
            rename = "entitySourceName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub entity_source_name: Option<String>,
        /// Entity source id for the transaction.
        #[serde(
            rename = "entitySourceId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub entity_source_id: Option<String>,
        /// Meta content for the entity source of transaction.
        #[serde(
            rename = "entitySourceMeta",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub entity_source_meta: Option<serde_json::Map<String, serde_json::Value>>,
        /// Subscription id for transaction.
        #[serde(
            rename = "subscriptionId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub subscription_id: Option<String>,
        /// Charge id for transaction.
        #[serde(rename = "chargeId", default, skip_serializing_if = "Option::is_none")]
        pub charge_id: Option<String>,
        /// Charge snapshot of transaction.
        #[serde(
            rename = "chargeSnapshot",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub charge_snapshot: Option<serde_json::Map<String, serde_json::Value>>,
        /// Payment provider for transaction.
        #[serde(
            rename = "paymentProviderType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_provider_type: Option<String>,
        /// Payment provider  account id for transaction.
        #[serde(
            rename = "paymentProviderConnectedAccount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_provider_connected_account: Option<String>,
        /// Ip address from where transaction was initiated.
        #[serde(rename = "ipAddress", default, skip_serializing_if = "Option::is_none")]
        pub ip_address: Option<String>,
        /// The creation timestamp of the transaction.
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// The update timestamp of the transaction.
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// Transaction amount refunded.
        #[serde(
            rename = "amountRefunded",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub amount_refunded: Option<f64>,
        /// Transaction payment method details.
        #[serde(
            rename = "paymentMethod",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_method: Option<serde_json::Map<String, serde_json::Value>>,
        /// The charged timestamp of the transaction.
        ///
        /// Required by the spec.
        #[serde(
            rename = "fulfilledAt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub fulfilled_at: Option<String>,
        /// User ID who created the transaction.
        #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
        pub created_by: Option<String>,
    }

    impl TxnResponseSchema {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            status: serde_json::Map<String, serde_json::Value>,
            entity_source_type: impl Into<String>,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
            fulfilled_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                status: Some(status),
                entity_source_type: Some(entity_source_type.into()),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                fulfilled_at: Some(fulfilled_at.into()),
                ..Self::default()
            }
        }
    }

    /// `ListTxnsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ListTxnsResponseDto {
        /// An array of transactions
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<Vec<crate::apps::payments::models::TxnResponseSchema>>,
        /// total transactions count
        ///
        /// Required by the spec.
        #[serde(
            rename = "totalCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub total_count: Option<f64>,
    }

    impl ListTxnsResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            data: Vec<crate::apps::payments::models::TxnResponseSchema>,
            total_count: f64,
        ) -> Self {
            Self {
                data: Some(data),
                total_count: Some(total_count),
                ..Self::default()
            }
        }
    }

    /// `GetTxnResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetTxnResponseSchema {
        /// The unique identifier for the transaction.
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// AltType is the type of identifier.
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// AltId is the unique identifier eg: location id.
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// Contact id corresponding to the transaction.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// Contact details of the transaction.
        #[serde(
            rename = "contactSnapshot",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_snapshot: Option<serde_json::Map<String, serde_json::Value>>,
        /// Currency in which transaction was made.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Transaction value.
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// Transaction status.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<serde_json::Map<String, serde_json::Value>>,
        /// Transaction is in live / test mode.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        /// The creation timestamp of the transaction.
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// The last update timestamp of the transaction.
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// Entity type of transaction (eg: order).
        #[serde(
            rename = "entityType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub entity_type: Option<String>,
        /// Entity id for the transaction. e.g: order id
        #[serde(rename = "entityId", default, skip_serializing_if = "Option::is_none")]
        pub entity_id: Option<String>,
        /// Entity source details for the transaction.
        #[serde(
            rename = "entitySource",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub entity_source: Option<crate::apps::payments::models::OrderSource>,
        /// Charge id for transaction.
        #[serde(rename = "chargeId", default, skip_serializing_if = "Option::is_none")]
        pub charge_id: Option<String>,
        /// Charge snapshot of transaction.
        #[serde(
            rename = "chargeSnapshot",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub charge_snapshot: Option<serde_json::Map<String, serde_json::Value>>,
        /// Invoice id for the transaction.
        #[serde(rename = "invoiceId", default, skip_serializing_if = "Option::is_none")]
        pub invoice_id: Option<String>,
        /// Subscription id for transaction.
        #[serde(
            rename = "subscriptionId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub subscription_id: Option<String>,
        /// Payment provider details of the transaction.
        #[serde(
            rename = "paymentProvider",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_provider: Option<serde_json::Map<String, serde_json::Value>>,
        /// Ip address from where transaction was initiated.
        #[serde(rename = "ipAddress", default, skip_serializing_if = "Option::is_none")]
        pub ip_address: Option<String>,
        /// Meta details of the transaction.
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<serde_json::Map<String, serde_json::Value>>,
        /// Is test transaction.
        #[serde(
            rename = "markAsTest",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub mark_as_test: Option<bool>,
        /// Is parent transaction.
        #[serde(rename = "isParent", default, skip_serializing_if = "Option::is_none")]
        pub is_parent: Option<bool>,
        /// Transaction amount refunded.
        #[serde(
            rename = "amountRefunded",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub amount_refunded: Option<f64>,
        /// Receipt id for transaction.
        #[serde(rename = "receiptId", default, skip_serializing_if = "Option::is_none")]
        pub receipt_id: Option<String>,
        /// Is transaction qbo synced.
        #[serde(rename = "qboSynced", default, skip_serializing_if = "Option::is_none")]
        pub qbo_synced: Option<bool>,
        /// Qbo details of the transaction.
        #[serde(
            rename = "qboResponse",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub qbo_response: Option<serde_json::Map<String, serde_json::Value>>,
        /// Trace id of the transaction.
        #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
        /// ID of the contact that was merged from.
        #[serde(
            rename = "mergedFromContactId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub merged_from_contact_id: Option<String>,
        /// User ID who created the transaction.
        #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
        pub created_by: Option<String>,
    }

    impl GetTxnResponseSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            alt_type: impl Into<String>,
            alt_id: impl Into<String>,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                alt_type: Some(alt_type.into()),
                alt_id: Some(alt_id.into()),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `SubscriptionResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SubscriptionResponseSchema {
        /// The unique identifier for the subscription.
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// AltId is the unique identifier eg: location id.
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// AltType is the type of identifier.
        ///
        /// One of: `"location"`.
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// Contact id corresponding to the subscription.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// Contact name corresponding to the subscription.
        #[serde(
            rename = "contactName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_name: Option<String>,
        /// Contact email corresponding to the subscription.
        #[serde(
            rename = "contactEmail",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_email: Option<String>,
        /// Currency in which subscription occurred.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Subscription value.
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// The status of the subscription (e.g., succeeded).
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<serde_json::Map<String, serde_json::Value>>,
        /// Subscription is in live / test mode.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        /// Entity type of subscription (eg: order).
        #[serde(
            rename = "entityType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub entity_type: Option<String>,
        /// Entity id for the subscription. e.g: order id
        #[serde(rename = "entityId", default, skip_serializing_if = "Option::is_none")]
        pub entity_id: Option<String>,
        /// Entity source type of subscription (eg: funnel).
        ///
        /// Required by the spec.
        #[serde(
            rename = "entitySourceType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub entity_source_type: Option<String>,
        /// Entity source name for the subscription.
        #[serde(
            rename = "entitySourceName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub entity_source_name: Option<String>,
        /// Entity source id for the subscription.
        #[serde(
            rename = "entitySourceId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub entity_source_id: Option<String>,
        /// Meta content for the entity source of subscription.
        #[serde(
            rename = "entitySourceMeta",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub entity_source_meta: Option<serde_json::Map<String, serde_json::Value>>,
        /// Subscription id for subscription.
        #[serde(
            rename = "subscriptionId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub subscription_id: Option<String>,
        /// Snapshot of subscription.
        #[serde(
            rename = "subscriptionSnapshot",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub subscription_snapshot: Option<serde_json::Map<String, serde_json::Value>>,
        /// Payment provider for subscription.
        #[serde(
            rename = "paymentProviderType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_provider_type: Option<String>,
        /// Payment provider connected account id for subscription.
        #[serde(
            rename = "paymentProviderConnectedAccount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_provider_connected_account: Option<String>,
        /// Ip address from where subscription was initiated.
        #[serde(rename = "ipAddress", default, skip_serializing_if = "Option::is_none")]
        pub ip_address: Option<String>,
        /// The creation timestamp of the subscription.
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// The update timestamp of the subscription.
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// User ID who created the subscription.
        #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
        pub created_by: Option<String>,
    }

    impl SubscriptionResponseSchema {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            status: serde_json::Map<String, serde_json::Value>,
            entity_source_type: impl Into<String>,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                status: Some(status),
                entity_source_type: Some(entity_source_type.into()),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `ListSubscriptionResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ListSubscriptionResponseDto {
        /// An array of subscriptions
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<Vec<crate::apps::payments::models::SubscriptionResponseSchema>>,
        /// total subscriptions count
        ///
        /// Required by the spec.
        #[serde(
            rename = "totalCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub total_count: Option<f64>,
    }

    impl ListSubscriptionResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            data: Vec<crate::apps::payments::models::SubscriptionResponseSchema>,
            total_count: f64,
        ) -> Self {
            Self {
                data: Some(data),
                total_count: Some(total_count),
                ..Self::default()
            }
        }
    }

    /// `CustomRRuleOptionsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomRRuleOptionsDto {
        /// One of: `"yearly"`, `"monthly"`, `"weekly"`, `"daily"`, `"hourly"`, `"minutely"`, `"secondly"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "intervalType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub interval_type: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "interval", default, skip_serializing_if = "Option::is_none")]
        pub interval: Option<f64>,
        /// Start date in YYYY-MM-DD format
        ///
        /// Required by the spec.
        #[serde(rename = "startDate", default, skip_serializing_if = "Option::is_none")]
        pub start_date: Option<String>,
        /// Start time in HH:mm:ss format
        #[serde(rename = "startTime", default, skip_serializing_if = "Option::is_none")]
        pub start_time: Option<String>,
        /// End date in YYYY-MM-DD format
        #[serde(rename = "endDate", default, skip_serializing_if = "Option::is_none")]
        pub end_date: Option<String>,
        /// End time in HH:mm:ss format
        #[serde(rename = "endTime", default, skip_serializing_if = "Option::is_none")]
        pub end_time: Option<String>,
        /// -1, 1, 2, 3, ..., 27, 28
        #[serde(
            rename = "dayOfMonth",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub day_of_month: Option<f64>,
        /// One of: `"mo"`, `"tu"`, `"we"`, `"th"`, `"fr"`, `"sa"`, `"su"`.
        #[serde(rename = "dayOfWeek", default, skip_serializing_if = "Option::is_none")]
        pub day_of_week: Option<String>,
        /// -1, 1, 2, 3, 4
        #[serde(rename = "numOfWeek", default, skip_serializing_if = "Option::is_none")]
        pub num_of_week: Option<f64>,
        /// One of: `"jan"`, `"feb"`, `"mar"`, `"apr"`, `"may"`, `"jun"`, `"jul"`, `"aug"`, `"sep"`, `"oct"`, `"nov"`, `"dec"`.
        #[serde(
            rename = "monthOfYear",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub month_of_year: Option<String>,
        /// Max number of task executions
        #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
        pub count: Option<f64>,
        /// Execute task number of days before
        #[serde(
            rename = "daysBefore",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub days_before: Option<f64>,
    }

    impl CustomRRuleOptionsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            interval_type: impl Into<String>,
            interval: f64,
            start_date: impl Into<String>,
        ) -> Self {
            Self {
                interval_type: Some(interval_type.into()),
                interval: Some(interval),
                start_date: Some(start_date.into()),
                ..Self::default()
            }
        }
    }

    /// `ScheduleOptionsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ScheduleOptionsDto {
        /// `executeAt`.
        #[serde(rename = "executeAt", default, skip_serializing_if = "Option::is_none")]
        pub execute_at: Option<String>,
        /// `rrule`.
        #[serde(rename = "rrule", default, skip_serializing_if = "Option::is_none")]
        pub rrule: Option<crate::apps::payments::models::CustomRRuleOptionsDto>,
    }

    /// `GetSubscriptionResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSubscriptionResponseSchema {
        /// The unique identifier for the subscription.
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// AltType is the type of identifier.
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<serde_json::Map<String, serde_json::Value>>,
        /// AltId is the unique identifier eg: location id.
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// Contact id corresponding to the subscription.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// Contact details of the subscriber.
        #[serde(
            rename = "contactSnapshot",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_snapshot: Option<serde_json::Map<String, serde_json::Value>>,
        /// Coupon details of the subscription.
        #[serde(rename = "coupon", default, skip_serializing_if = "Option::is_none")]
        pub coupon: Option<serde_json::Map<String, serde_json::Value>>,
        /// Currency in which subscription was made.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Subscription value.
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// Subscription status.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<serde_json::Map<String, serde_json::Value>>,
        /// Subscription is in live / test mode.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        /// Entity type of subscription (eg: order).
        #[serde(
            rename = "entityType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub entity_type: Option<String>,
        /// Entity id for the subscription. e.g: order id
        #[serde(rename = "entityId", default, skip_serializing_if = "Option::is_none")]
        pub entity_id: Option<String>,
        /// Entity source details for the subscription.
        #[serde(
            rename = "entitySource",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub entity_source: Option<crate::apps::payments::models::OrderSource>,
        /// Subscription id for subscription.
        #[serde(
            rename = "subscriptionId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub subscription_id: Option<String>,
        /// Snapshot of subscription.
        #[serde(
            rename = "subscriptionSnapshot",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub subscription_snapshot: Option<serde_json::Map<String, serde_json::Value>>,
        /// Payment provider details for the subscription.
        #[serde(
            rename = "paymentProvider",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_provider: Option<serde_json::Map<String, serde_json::Value>>,
        /// Ip address from where subscription was initiated.
        #[serde(rename = "ipAddress", default, skip_serializing_if = "Option::is_none")]
        pub ip_address: Option<String>,
        /// The creation timestamp of the subscription.
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// The last update timestamp of the subscription.
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// Meta details of the subscription.
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<serde_json::Map<String, serde_json::Value>>,
        /// Is test subscription.
        #[serde(
            rename = "markAsTest",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub mark_as_test: Option<bool>,
        /// Scedule details for the subscription.
        #[serde(rename = "schedule", default, skip_serializing_if = "Option::is_none")]
        pub schedule: Option<crate::apps::payments::models::ScheduleOptionsDto>,
        /// Auto payment details of the subscription.
        #[serde(
            rename = "autoPayment",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub auto_payment: Option<serde_json::Map<String, serde_json::Value>>,
        /// Recurring product details of the subscription.
        #[serde(
            rename = "recurringProduct",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub recurring_product: Option<serde_json::Map<String, serde_json::Value>>,
        /// Cancellation timestamp of the subscription.
        #[serde(
            rename = "canceledAt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub canceled_at: Option<String>,
        /// User id who cancelled the subscription.
        #[serde(
            rename = "canceledBy",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub canceled_by: Option<String>,
        /// Trace id of the subscription.
        #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
        /// User ID who created the subscription.
        #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
        pub created_by: Option<String>,
    }

    impl GetSubscriptionResponseSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            alt_type: serde_json::Map<String, serde_json::Value>,
            alt_id: impl Into<String>,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                alt_type: Some(alt_type),
                alt_id: Some(alt_id.into()),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `ApplyToFuturePaymentsConfigDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ApplyToFuturePaymentsConfigDto {
        /// Type of future payments configuration
        ///
        /// One of: `"forever"`, `"fixed"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Duration value for fixed type configurations
        #[serde(rename = "duration", default, skip_serializing_if = "Option::is_none")]
        pub duration: Option<f64>,
        /// Duration type for fixed configurations (e.g. months)
        #[serde(
            rename = "durationType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub duration_type: Option<String>,
    }

    impl ApplyToFuturePaymentsConfigDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(r#type: impl Into<String>) -> Self {
            Self {
                r#type: Some(r#type.into()),
                ..Self::default()
            }
        }
    }

    /// `CouponDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CouponDto {
        /// Unique MongoDB identifier for the coupon
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Number of times the coupon has been used
        ///
        /// Required by the spec.
        #[serde(
            rename = "usageCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub usage_count: Option<f64>,
        /// Maximum number of times a customer can use this coupon (0 for unlimited)
        ///
        /// Required by the spec.
        #[serde(
            rename = "limitPerCustomer",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub limit_per_customer: Option<f64>,
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// Type of entity
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// Display name of the coupon
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Redemption code for the coupon
        ///
        /// Required by the spec.
        #[serde(rename = "code", default, skip_serializing_if = "Option::is_none")]
        pub code: Option<String>,
        /// Type of discount (percentage or amount)
        ///
        /// One of: `"percentage"`, `"amount"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "discountType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub discount_type: Option<String>,
        /// Value of the discount (percentage or fixed amount)
        ///
        /// Required by the spec.
        #[serde(
            rename = "discountValue",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub discount_value: Option<f64>,
        /// Current status of the coupon
        ///
        /// One of: `"scheduled"`, `"active"`, `"expired"`.
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// Date when the coupon becomes active
        ///
        /// Required by the spec.
        #[serde(rename = "startDate", default, skip_serializing_if = "Option::is_none")]
        pub start_date: Option<String>,
        /// End date when the coupon expires
        #[serde(rename = "endDate", default, skip_serializing_if = "Option::is_none")]
        pub end_date: Option<String>,
        /// Indicates if the coupon applies to future recurring payments
        ///
        /// Required by the spec.
        #[serde(
            rename = "applyToFuturePayments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub apply_to_future_payments: Option<bool>,
        /// Configuration for how the coupon applies to future payments
        ///
        /// Required by the spec.
        #[serde(
            rename = "applyToFuturePaymentsConfig",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub apply_to_future_payments_config:
            Option<crate::apps::payments::models::ApplyToFuturePaymentsConfigDto>,
        /// User ID associated with the coupon (if applicable)
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
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

    impl CouponDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            usage_count: f64,
            limit_per_customer: f64,
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            code: impl Into<String>,
            discount_type: impl Into<String>,
            discount_value: f64,
            status: impl Into<String>,
            start_date: impl Into<String>,
            apply_to_future_payments: bool,
            apply_to_future_payments_config: crate::apps::payments::models::ApplyToFuturePaymentsConfigDto,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                usage_count: Some(usage_count),
                limit_per_customer: Some(limit_per_customer),
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                code: Some(code.into()),
                discount_type: Some(discount_type.into()),
                discount_value: Some(discount_value),
                status: Some(status.into()),
                start_date: Some(start_date.into()),
                apply_to_future_payments: Some(apply_to_future_payments),
                apply_to_future_payments_config: Some(apply_to_future_payments_config),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `ListCouponsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ListCouponsResponseDto {
        /// Array of coupon objects
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<Vec<crate::apps::payments::models::CouponDto>>,
        /// Total number of coupons matching the query criteria
        ///
        /// Required by the spec.
        #[serde(
            rename = "totalCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub total_count: Option<f64>,
        /// Unique identifier for tracing this API request
        ///
        /// Required by the spec.
        #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
    }

    impl ListCouponsResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            data: Vec<crate::apps::payments::models::CouponDto>,
            total_count: f64,
            trace_id: impl Into<String>,
        ) -> Self {
            Self {
                data: Some(data),
                total_count: Some(total_count),
                trace_id: Some(trace_id.into()),
                ..Self::default()
            }
        }
    }

    /// `ApplyToFuturePaymentsConfig` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ApplyToFuturePaymentsConfig {
        /// Type of the config
        ///
        /// One of: `"forever"`, `"fixed"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Duration the coupon to be applied in a subscription
        ///
        /// Required by the spec.
        #[serde(rename = "duration", default, skip_serializing_if = "Option::is_none")]
        pub duration: Option<f64>,
        /// Type of the duration
        ///
        /// One of: `"months"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "durationType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub duration_type: Option<String>,
    }

    impl ApplyToFuturePaymentsConfig {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            r#type: impl Into<String>,
            duration: f64,
            duration_type: impl Into<String>,
        ) -> Self {
            Self {
                r#type: Some(r#type.into()),
                duration: Some(duration),
                duration_type: Some(duration_type.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateCouponParams` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateCouponParams {
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// Alt Type
        ///
        /// One of: `"location"`.
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// Coupon Name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Coupon Code
        ///
        /// Required by the spec.
        #[serde(rename = "code", default, skip_serializing_if = "Option::is_none")]
        pub code: Option<String>,
        /// Discount Type
        ///
        /// One of: `"percentage"`, `"amount"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "discountType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub discount_type: Option<String>,
        /// Discount Value
        ///
        /// Required by the spec.
        #[serde(
            rename = "discountValue",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub discount_value: Option<f64>,
        /// Start date in YYYY-MM-DDTHH:mm:ssZ format
        ///
        /// Required by the spec.
        #[serde(rename = "startDate", default, skip_serializing_if = "Option::is_none")]
        pub start_date: Option<String>,
        /// End date in YYYY-MM-DDTHH:mm:ssZ format
        #[serde(rename = "endDate", default, skip_serializing_if = "Option::is_none")]
        pub end_date: Option<String>,
        /// Max number of times coupon can be used
        #[serde(
            rename = "usageLimit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub usage_limit: Option<f64>,
        /// Product Ids
        #[serde(
            rename = "productIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub product_ids: Option<Vec<String>>,
        /// Is Coupon applicable on upcoming subscription transactions
        #[serde(
            rename = "applyToFuturePayments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub apply_to_future_payments: Option<bool>,
        /// If coupon is applicable on upcoming subscription transactions, how many months should it be applicable for a subscription
        #[serde(
            rename = "applyToFuturePaymentsConfig",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub apply_to_future_payments_config:
            Option<crate::apps::payments::models::ApplyToFuturePaymentsConfig>,
        /// Limits whether a coupon can be redeemed only once per customer.
        #[serde(
            rename = "limitPerCustomer",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub limit_per_customer: Option<bool>,
    }

    impl CreateCouponParams {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            code: impl Into<String>,
            discount_type: impl Into<String>,
            discount_value: f64,
            start_date: impl Into<String>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                code: Some(code.into()),
                discount_type: Some(discount_type.into()),
                discount_value: Some(discount_value),
                start_date: Some(start_date.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateCouponResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateCouponResponseDto {
        /// Unique MongoDB identifier for the coupon
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Number of times the coupon has been used
        ///
        /// Required by the spec.
        #[serde(
            rename = "usageCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub usage_count: Option<f64>,
        /// Maximum number of times a customer can use this coupon (0 for unlimited)
        ///
        /// Required by the spec.
        #[serde(
            rename = "limitPerCustomer",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub limit_per_customer: Option<f64>,
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// Type of entity
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// Display name of the coupon
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Redemption code for the coupon
        ///
        /// Required by the spec.
        #[serde(rename = "code", default, skip_serializing_if = "Option::is_none")]
        pub code: Option<String>,
        /// Type of discount (percentage or amount)
        ///
        /// One of: `"percentage"`, `"amount"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "discountType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub discount_type: Option<String>,
        /// Value of the discount (percentage or fixed amount)
        ///
        /// Required by the spec.
        #[serde(
            rename = "discountValue",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub discount_value: Option<f64>,
        /// Current status of the coupon
        ///
        /// One of: `"scheduled"`, `"active"`, `"expired"`.
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// Date when the coupon becomes active
        ///
        /// Required by the spec.
        #[serde(rename = "startDate", default, skip_serializing_if = "Option::is_none")]
        pub start_date: Option<String>,
        /// End date when the coupon expires
        #[serde(rename = "endDate", default, skip_serializing_if = "Option::is_none")]
        pub end_date: Option<String>,
        /// Indicates if the coupon applies to future recurring payments
        ///
        /// Required by the spec.
        #[serde(
            rename = "applyToFuturePayments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub apply_to_future_payments: Option<bool>,
        /// Configuration for how the coupon applies to future payments
        ///
        /// Required by the spec.
        #[serde(
            rename = "applyToFuturePaymentsConfig",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub apply_to_future_payments_config:
            Option<crate::apps::payments::models::ApplyToFuturePaymentsConfigDto>,
        /// User ID associated with the coupon (if applicable)
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
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
        /// Unique identifier for tracing this API request
        ///
        /// Required by the spec.
        #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
    }

    impl CreateCouponResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            usage_count: f64,
            limit_per_customer: f64,
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            code: impl Into<String>,
            discount_type: impl Into<String>,
            discount_value: f64,
            status: impl Into<String>,
            start_date: impl Into<String>,
            apply_to_future_payments: bool,
            apply_to_future_payments_config: crate::apps::payments::models::ApplyToFuturePaymentsConfigDto,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
            trace_id: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                usage_count: Some(usage_count),
                limit_per_customer: Some(limit_per_customer),
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                code: Some(code.into()),
                discount_type: Some(discount_type.into()),
                discount_value: Some(discount_value),
                status: Some(status.into()),
                start_date: Some(start_date.into()),
                apply_to_future_payments: Some(apply_to_future_payments),
                apply_to_future_payments_config: Some(apply_to_future_payments_config),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                trace_id: Some(trace_id.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateCouponParams` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateCouponParams {
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// Alt Type
        ///
        /// One of: `"location"`.
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// Coupon Name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Coupon Code
        ///
        /// Required by the spec.
        #[serde(rename = "code", default, skip_serializing_if = "Option::is_none")]
        pub code: Option<String>,
        /// Discount Type
        ///
        /// One of: `"percentage"`, `"amount"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "discountType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub discount_type: Option<String>,
        /// Discount Value
        ///
        /// Required by the spec.
        #[serde(
            rename = "discountValue",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub discount_value: Option<f64>,
        /// Start date in YYYY-MM-DDTHH:mm:ssZ format
        ///
        /// Required by the spec.
        #[serde(rename = "startDate", default, skip_serializing_if = "Option::is_none")]
        pub start_date: Option<String>,
        /// End date in YYYY-MM-DDTHH:mm:ssZ format
        #[serde(rename = "endDate", default, skip_serializing_if = "Option::is_none")]
        pub end_date: Option<String>,
        /// Max number of times coupon can be used
        #[serde(
            rename = "usageLimit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub usage_limit: Option<f64>,
        /// Product Ids
        #[serde(
            rename = "productIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub product_ids: Option<Vec<String>>,
        /// Is Coupon applicable on upcoming subscription transactions
        #[serde(
            rename = "applyToFuturePayments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub apply_to_future_payments: Option<bool>,
        /// If coupon is applicable on upcoming subscription transactions, how many months should it be applicable for a subscription
        #[serde(
            rename = "applyToFuturePaymentsConfig",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub apply_to_future_payments_config:
            Option<crate::apps::payments::models::ApplyToFuturePaymentsConfig>,
        /// Limits whether a coupon can be redeemed only once per customer.
        #[serde(
            rename = "limitPerCustomer",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub limit_per_customer: Option<bool>,
        /// Coupon Id
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
    }

    impl UpdateCouponParams {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            code: impl Into<String>,
            discount_type: impl Into<String>,
            discount_value: f64,
            start_date: impl Into<String>,
            id: impl Into<String>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                code: Some(code.into()),
                discount_type: Some(discount_type.into()),
                discount_value: Some(discount_value),
                start_date: Some(start_date.into()),
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `DeleteCouponParams` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteCouponParams {
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// Alt Type
        ///
        /// One of: `"location"`.
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// Coupon Id
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
    }

    impl DeleteCouponParams {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            id: impl Into<String>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `DeleteCouponResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteCouponResponseDto {
        /// Indicates whether the delete was successful
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Unique identifier for tracing this API request
        ///
        /// Required by the spec.
        #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
    }

    impl DeleteCouponResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, trace_id: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                trace_id: Some(trace_id.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateCustomProvidersDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateCustomProvidersDto {
        /// The name of the custom provider
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Description of payment gateway. Shown on the payments integrations page as subtext
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// This url will be loaded in iFrame to start a payment session.
        ///
        /// Required by the spec.
        #[serde(
            rename = "paymentsUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payments_url: Option<String>,
        /// The url used for querying payments related events. Ex. verify, refund, subscription etc.
        ///
        /// Required by the spec.
        #[serde(rename = "queryUrl", default, skip_serializing_if = "Option::is_none")]
        pub query_url: Option<String>,
        /// Public image url for logo of the payment gateway displayed on the payments integrations page.
        ///
        /// Required by the spec.
        #[serde(rename = "imageUrl", default, skip_serializing_if = "Option::is_none")]
        pub image_url: Option<String>,
        /// Whether the config supports subscription schedule or not. true represents config supports subscription schedule
        ///
        /// Required by the spec.
        #[serde(
            rename = "supportsSubscriptionSchedule",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub supports_subscription_schedule: Option<bool>,
    }

    impl CreateCustomProvidersDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            name: impl Into<String>,
            description: impl Into<String>,
            payments_url: impl Into<String>,
            query_url: impl Into<String>,
            image_url: impl Into<String>,
            supports_subscription_schedule: bool,
        ) -> Self {
            Self {
                name: Some(name.into()),
                description: Some(description.into()),
                payments_url: Some(payments_url.into()),
                query_url: Some(query_url.into()),
                image_url: Some(image_url.into()),
                supports_subscription_schedule: Some(supports_subscription_schedule),
                ..Self::default()
            }
        }
    }

    /// `CreateCustomProvidersResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateCustomProvidersResponseSchema {
        /// The name of the custom provider
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Description of payment gateway. Shown on the payments integrations page as subtext
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// This url will be loaded in iFrame to start a payment session.
        ///
        /// Required by the spec.
        #[serde(
            rename = "paymentsUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payments_url: Option<String>,
        /// The url used for querying payments related events. Ex. verify, refund, subscription etc.
        ///
        /// Required by the spec.
        #[serde(rename = "queryUrl", default, skip_serializing_if = "Option::is_none")]
        pub query_url: Option<String>,
        /// Public image url for logo of the payment gateway displayed on the payments integrations page.
        ///
        /// Required by the spec.
        #[serde(rename = "imageUrl", default, skip_serializing_if = "Option::is_none")]
        pub image_url: Option<String>,
        /// The unique identifier for the custom provider.
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
        /// The application id of marketplace
        ///
        /// Required by the spec.
        #[serde(
            rename = "marketplaceAppId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub marketplace_app_id: Option<String>,
        /// Payment provider details.
        #[serde(
            rename = "paymentProvider",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_provider: Option<serde_json::Map<String, serde_json::Value>>,
        /// Whether the config is deleted or not. true represents config is deleted
        ///
        /// Required by the spec.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// The creation timestamp of the custom provider.
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// The last update timestamp of the custom provider.
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// Trace id of the custom provider.
        #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
    }

    impl CreateCustomProvidersResponseSchema {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            name: impl Into<String>,
            description: impl Into<String>,
            payments_url: impl Into<String>,
            query_url: impl Into<String>,
            image_url: impl Into<String>,
            id: impl Into<String>,
            location_id: impl Into<String>,
            marketplace_app_id: impl Into<String>,
            deleted: bool,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                name: Some(name.into()),
                description: Some(description.into()),
                payments_url: Some(payments_url.into()),
                query_url: Some(query_url.into()),
                image_url: Some(image_url.into()),
                id: Some(id.into()),
                location_id: Some(location_id.into()),
                marketplace_app_id: Some(marketplace_app_id.into()),
                deleted: Some(deleted),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `DeleteCustomProvidersResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteCustomProvidersResponseSchema {
        /// Whether the custom provider config is disconnect or not. true represents config is disconnect
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    impl DeleteCustomProvidersResponseSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool) -> Self {
            Self {
                success: Some(success),
                ..Self::default()
            }
        }
    }

    /// `GetCustomProvidersResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetCustomProvidersResponseSchema {
        /// The name of the custom provider
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Description of payment gateway. Shown on the payments integrations page as subtext
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// This url will be loaded in iFrame to start a payment session.
        ///
        /// Required by the spec.
        #[serde(
            rename = "paymentsUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payments_url: Option<String>,
        /// The url used for querying payments related events. Ex. verify, refund, subscription etc.
        ///
        /// Required by the spec.
        #[serde(rename = "queryUrl", default, skip_serializing_if = "Option::is_none")]
        pub query_url: Option<String>,
        /// Public image url for logo of the payment gateway displayed on the payments integrations page.
        ///
        /// Required by the spec.
        #[serde(rename = "imageUrl", default, skip_serializing_if = "Option::is_none")]
        pub image_url: Option<String>,
        /// The unique identifier for the custom provider.
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
        /// The application id of marketplace
        ///
        /// Required by the spec.
        #[serde(
            rename = "marketplaceAppId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub marketplace_app_id: Option<String>,
        /// Payment provider details.
        #[serde(
            rename = "paymentProvider",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_provider: Option<serde_json::Map<String, serde_json::Value>>,
        /// Whether the config is deleted or not. true represents config is deleted
        ///
        /// Required by the spec.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// The creation timestamp of the custom provider.
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// The last update timestamp of the custom provider.
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// Trace id of the custom provider.
        #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
    }

    impl GetCustomProvidersResponseSchema {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            name: impl Into<String>,
            description: impl Into<String>,
            payments_url: impl Into<String>,
            query_url: impl Into<String>,
            image_url: impl Into<String>,
            id: impl Into<String>,
            location_id: impl Into<String>,
            marketplace_app_id: impl Into<String>,
            deleted: bool,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                name: Some(name.into()),
                description: Some(description.into()),
                payments_url: Some(payments_url.into()),
                query_url: Some(query_url.into()),
                image_url: Some(image_url.into()),
                id: Some(id.into()),
                location_id: Some(location_id.into()),
                marketplace_app_id: Some(marketplace_app_id.into()),
                deleted: Some(deleted),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `CustomProviderKeys` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomProviderKeys {
        /// Api-key for custom payment provider config
        ///
        /// Required by the spec.
        #[serde(rename = "apiKey", default, skip_serializing_if = "Option::is_none")]
        pub api_key: Option<String>,
        /// Publishable-key for custom payment provider config
        ///
        /// Required by the spec.
        #[serde(
            rename = "publishableKey",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub publishable_key: Option<String>,
    }

    impl CustomProviderKeys {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(api_key: impl Into<String>, publishable_key: impl Into<String>) -> Self {
            Self {
                api_key: Some(api_key.into()),
                publishable_key: Some(publishable_key.into()),
                ..Self::default()
            }
        }
    }

    /// `ConnectCustomProvidersConfigDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ConnectCustomProvidersConfigDto {
        /// Live config containing api-key and publishable key for live payments
        ///
        /// Required by the spec.
        #[serde(rename = "live", default, skip_serializing_if = "Option::is_none")]
        pub live: Option<crate::apps::payments::models::CustomProviderKeys>,
        /// Test config containing api-key and publishable-key for test payments
        ///
        /// Required by the spec.
        #[serde(rename = "test", default, skip_serializing_if = "Option::is_none")]
        pub test: Option<crate::apps::payments::models::CustomProviderKeys>,
    }

    impl ConnectCustomProvidersConfigDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            live: crate::apps::payments::models::CustomProviderKeys,
            test: crate::apps::payments::models::CustomProviderKeys,
        ) -> Self {
            Self {
                live: Some(live),
                test: Some(test),
                ..Self::default()
            }
        }
    }

    /// `ConnectCustomProvidersResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ConnectCustomProvidersResponseSchema {
        /// The name of the custom provider
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Description of payment gateway. Shown on the payments integrations page as subtext
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// This url will be loaded in iFrame to start a payment session.
        ///
        /// Required by the spec.
        #[serde(
            rename = "paymentsUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payments_url: Option<String>,
        /// The url used for querying payments related events. Ex. verify, refund, subscription etc.
        ///
        /// Required by the spec.
        #[serde(rename = "queryUrl", default, skip_serializing_if = "Option::is_none")]
        pub query_url: Option<String>,
        /// Public image url for logo of the payment gateway displayed on the payments integrations page.
        ///
        /// Required by the spec.
        #[serde(rename = "imageUrl", default, skip_serializing_if = "Option::is_none")]
        pub image_url: Option<String>,
        /// The unique identifier for the custom provider.
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
        /// The application id of marketplace
        ///
        /// Required by the spec.
        #[serde(
            rename = "marketplaceAppId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub marketplace_app_id: Option<String>,
        /// Payment provider details.
        #[serde(
            rename = "paymentProvider",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_provider: Option<serde_json::Map<String, serde_json::Value>>,
        /// Whether the config is deleted or not. true represents config is deleted
        ///
        /// Required by the spec.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// The creation timestamp of the custom provider.
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// The last update timestamp of the custom provider.
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// Trace id of the custom provider.
        #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
    }

    impl ConnectCustomProvidersResponseSchema {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            name: impl Into<String>,
            description: impl Into<String>,
            payments_url: impl Into<String>,
            query_url: impl Into<String>,
            image_url: impl Into<String>,
            id: impl Into<String>,
            location_id: impl Into<String>,
            marketplace_app_id: impl Into<String>,
            deleted: bool,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                name: Some(name.into()),
                description: Some(description.into()),
                payments_url: Some(payments_url.into()),
                query_url: Some(query_url.into()),
                image_url: Some(image_url.into()),
                id: Some(id.into()),
                location_id: Some(location_id.into()),
                marketplace_app_id: Some(marketplace_app_id.into()),
                deleted: Some(deleted),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `DeleteCustomProvidersConfigDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteCustomProvidersConfigDto {
        /// Whether the config is for test mode or live mode. true represents config is for live payments
        ///
        /// Required by the spec.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
    }

    impl DeleteCustomProvidersConfigDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(live_mode: bool) -> Self {
            Self {
                live_mode: Some(live_mode),
                ..Self::default()
            }
        }
    }

    /// `DisconnectCustomProvidersResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DisconnectCustomProvidersResponseSchema {
        /// Whether the custom provider config is disconnect or not. true represents config is disconnect
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    impl DisconnectCustomProvidersResponseSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool) -> Self {
            Self {
                success: Some(success),
                ..Self::default()
            }
        }
    }

    /// `UpdateCustomProviderCapabilitiesDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateCustomProviderCapabilitiesDto {
        /// Whether the marketplace app supports subscription schedules or not
        ///
        /// Required by the spec.
        #[serde(
            rename = "supportsSubscriptionSchedules",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub supports_subscription_schedules: Option<bool>,
        /// Company id. Mandatory if locationId is not provided
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
        /// Location / Sub-account id. Mandatory if companyId is not provided
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
    }

    impl UpdateCustomProviderCapabilitiesDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(supports_subscription_schedules: bool) -> Self {
            Self {
                supports_subscription_schedules: Some(supports_subscription_schedules),
                ..Self::default()
            }
        }
    }

    /// `UpdateCustomProviderCapabilitiesResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateCustomProviderCapabilitiesResponseSchema {
        /// Whether the custom provider capabilities are updated or not. true represents capabilities are updated
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    impl UpdateCustomProviderCapabilitiesResponseSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool) -> Self {
            Self {
                success: Some(success),
                ..Self::default()
            }
        }
    }
}

/// The Payments API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct PaymentsApi {
    client: GhlClient,
}

impl PaymentsApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// List White-label Integration Providers
    ///
    /// The "List White-label Integration Providers" API allows to retrieve a paginated list of integration providers. Customize your results by filtering whitelabel integration providers(which are built directly on top of Authorize.net or NMI) based on name or paginate through the list using the provided query parameters. This endpoint provides a straightforward way to explore and retrieve integration provider information.
    ///
    /// `GET /payments/integrations/provider/whitelabel`
    ///
    /// Version `2021-07-28`; scope `payments/integration.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn list_integration_providers(
        &self,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::ListIntegrationProviders {
        let mut req = Request::new(
            http::Method::GET,
            "/payments/integrations/provider/whitelabel",
            "/payments/integrations/provider/whitelabel",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::ListIntegrationProviders {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create White-label Integration Provider
    ///
    /// The "Create White-label Integration Provider" API allows adding a new payment provider integration to the system which is built on top of Authorize.net or NMI. Use this endpoint to create a integration provider with the specified details. Ensure that the required information is provided in the request payload. This endpoint can be only invoked using marketplace-app token
    ///
    /// `POST /payments/integrations/provider/whitelabel`
    ///
    /// Version `2021-07-28`; scope `payments/integration.write`; never repeated after an unknown outcome.
    pub fn create_integration_provider(
        &self,
        body: &crate::apps::payments::models::CreateWhiteLabelIntegrationProviderDto,
    ) -> ops::CreateIntegrationProvider {
        let mut req = Request::new(
            http::Method::POST,
            "/payments/integrations/provider/whitelabel",
            "/payments/integrations/provider/whitelabel",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateIntegrationProvider {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List Orders
    ///
    /// The "List Orders" API allows to retrieve a paginated list of orders. Customize your results by filtering orders based on name, alt type, order status, payment mode, date range, type of source, contact, funnel products or paginate through the list using the provided query parameters. This endpoint provides a straightforward way to explore and retrieve order information.
    ///
    /// `GET /payments/orders`
    ///
    /// Version `2021-07-28`; scope `payments/orders.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn list_orders(&self, alt_id: impl Into<String>) -> ops::ListOrders {
        let mut req = Request::new(http::Method::GET, "/payments/orders", "/payments/orders");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        ops::ListOrders {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Order by ID
    ///
    /// The "Get Order by ID" API allows to retrieve information for a specific order using its unique identifier. Use this endpoint to fetch details for a single order based on the provided order ID.
    ///
    /// `GET /payments/orders/{orderId}`
    ///
    /// Version `2021-07-28`; scope `payments/orders.readonly`; retried after an unknown outcome.
    pub fn get_order_by_id(
        &self,
        order_id: impl AsRef<str>,
        alt_id: impl Into<String>,
    ) -> ops::GetOrderById {
        let mut req = Request::new(
            http::Method::GET,
            "/payments/orders/{orderId}",
            format!(
                "/payments/orders/{}",
                crate::request::segment(order_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        ops::GetOrderById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Record Order Payment
    ///
    /// The "Record Order Payment" API allows to record a payment for an order. Use this endpoint to record payment for an order and update the order status to "Paid".
    ///
    /// `POST /payments/orders/{orderId}/record-payment`
    ///
    /// Version `2021-07-28`; scope `payments/orders.collectPayment`; never repeated after an unknown outcome.
    pub fn record_order_payment(
        &self,
        order_id: impl AsRef<str>,
        body: &crate::apps::payments::models::PostRecordOrderPaymentBody,
    ) -> ops::RecordOrderPayment {
        let mut req = Request::new(
            http::Method::POST,
            "/payments/orders/{orderId}/record-payment",
            format!(
                "/payments/orders/{}/record-payment",
                crate::request::segment(order_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::RecordOrderPayment {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List fulfillment
    ///
    /// List all fulfillment history of an order
    ///
    /// `GET /payments/orders/{orderId}/fulfillments`
    ///
    /// Version `2021-07-28`; scope `payments/orders.readonly`; retried after an unknown outcome.
    pub fn list_order_fulfillment(
        &self,
        order_id: impl AsRef<str>,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::ListOrderFulfillment {
        let mut req = Request::new(
            http::Method::GET,
            "/payments/orders/{orderId}/fulfillments",
            format!(
                "/payments/orders/{}/fulfillments",
                crate::request::segment(order_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::ListOrderFulfillment {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create order fulfillment
    ///
    /// The "Order Fulfillment" API facilitates the process of fulfilling an order.
    ///
    /// `POST /payments/orders/{orderId}/fulfillments`
    ///
    /// Version `2021-07-28`; scope `payments/orders.write`; never repeated after an unknown outcome.
    pub fn create_order_fulfillment(
        &self,
        order_id: impl AsRef<str>,
        body: &crate::apps::payments::models::CreateFulfillmentDto,
    ) -> ops::CreateOrderFulfillment {
        let mut req = Request::new(
            http::Method::POST,
            "/payments/orders/{orderId}/fulfillments",
            format!(
                "/payments/orders/{}/fulfillments",
                crate::request::segment(order_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateOrderFulfillment {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List Order Notes
    ///
    /// List all notes of an order
    ///
    /// `GET /payments/orders/{orderId}/notes`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn list_order_notes(
        &self,
        order_id: impl AsRef<str>,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::ListOrderNotes {
        let mut req = Request::new(
            http::Method::GET,
            "/payments/orders/{orderId}/notes",
            format!(
                "/payments/orders/{}/notes",
                crate::request::segment(order_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::ListOrderNotes {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List Transactions
    ///
    /// The "List Transactions" API allows to retrieve a paginated list of transactions. Customize your results by filtering transactions based on name, alt type, transaction status, payment mode, date range, type of source, contact, subscription id, entity id or paginate through the list using the provided query parameters. This endpoint provides a straightforward way to explore and retrieve transaction information.
    ///
    /// `GET /payments/transactions`
    ///
    /// Version `2021-07-28`; scope `payments/transactions.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn list_transactions(
        &self,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::ListTransactions {
        let mut req = Request::new(
            http::Method::GET,
            "/payments/transactions",
            "/payments/transactions",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::ListTransactions {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Transaction by ID
    ///
    /// The "Get Transaction by ID" API allows to retrieve information for a specific transaction using its unique identifier. Use this endpoint to fetch details for a single transaction based on the provided transaction ID.
    ///
    /// `GET /payments/transactions/{transactionId}`
    ///
    /// Version `2021-07-28`; scope `payments/transactions.readonly`; retried after an unknown outcome.
    pub fn get_transaction_by_id(
        &self,
        transaction_id: impl AsRef<str>,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::GetTransactionById {
        let mut req = Request::new(
            http::Method::GET,
            "/payments/transactions/{transactionId}",
            format!(
                "/payments/transactions/{}",
                crate::request::segment(transaction_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::GetTransactionById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List Subscriptions
    ///
    /// The "List Subscriptions" API allows to retrieve a paginated list of subscriptions. Customize your results by filtering subscriptions based on name, alt type, subscription status, payment mode, date range, type of source, contact, subscription id, entity id, contact or paginate through the list using the provided query parameters. This endpoint provides a straightforward way to explore and retrieve subscription information.
    ///
    /// `GET /payments/subscriptions`
    ///
    /// Version `2021-07-28`; scope `payments/subscriptions.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn list_subscriptions(
        &self,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::ListSubscriptions {
        let mut req = Request::new(
            http::Method::GET,
            "/payments/subscriptions",
            "/payments/subscriptions",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::ListSubscriptions {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Subscription by ID
    ///
    /// The "Get Subscription by ID" API allows to retrieve information for a specific subscription using its unique identifier. Use this endpoint to fetch details for a single subscription based on the provided subscription ID.
    ///
    /// `GET /payments/subscriptions/{subscriptionId}`
    ///
    /// Version `2021-07-28`; scope `payments/subscriptions.readonly`; retried after an unknown outcome.
    pub fn get_subscription_by_id(
        &self,
        subscription_id: impl AsRef<str>,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::GetSubscriptionById {
        let mut req = Request::new(
            http::Method::GET,
            "/payments/subscriptions/{subscriptionId}",
            format!(
                "/payments/subscriptions/{}",
                crate::request::segment(subscription_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::GetSubscriptionById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List Coupons
    ///
    /// The "List Coupons" API allows you to retrieve a list of all coupons available in your location. Use this endpoint to view all promotional offers and special discounts for your customers.
    ///
    /// `GET /payments/coupon/list`
    ///
    /// Version `2021-07-28`; scope `payments/coupons.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn list_coupons(
        &self,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::ListCoupons {
        let mut req = Request::new(
            http::Method::GET,
            "/payments/coupon/list",
            "/payments/coupon/list",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::ListCoupons {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Fetch Coupon
    ///
    /// The "Get Coupon Details" API enables you to retrieve comprehensive information about a specific coupon using either its unique identifier or promotional code. Use this endpoint to view coupon parameters, usage statistics, validity periods, and other promotional details.
    ///
    /// `GET /payments/coupon`
    ///
    /// Version `2021-07-28`; scope `payments/coupons.readonly`; retried after an unknown outcome.
    pub fn get_coupon(
        &self,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
        id: impl Into<String>,
        code: impl Into<String>,
    ) -> ops::GetCoupon {
        let mut req = Request::new(http::Method::GET, "/payments/coupon", "/payments/coupon");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        req = req.query_pair("id", id.into());
        req = req.query_pair("code", code.into());
        ops::GetCoupon {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Coupon
    ///
    /// The "Create Coupon" API allows you to create a new promotional coupon with customizable parameters such as discount amount, validity period, usage limits, and applicable products. Use this endpoint to set up promotional offers and special discounts for your customers.
    ///
    /// `POST /payments/coupon`
    ///
    /// Version `2021-07-28`; scope `payments/coupons.write`; never repeated after an unknown outcome.
    pub fn create_coupon(
        &self,
        body: &crate::apps::payments::models::CreateCouponParams,
    ) -> ops::CreateCoupon {
        let mut req = Request::new(http::Method::POST, "/payments/coupon", "/payments/coupon");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateCoupon {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Coupon
    ///
    /// The "Update Coupon" API enables you to modify existing coupon details such as discount values, validity periods, usage limits, and other promotional parameters. Use this endpoint to adjust or extend promotional offers for your customers.
    ///
    /// `PUT /payments/coupon`
    ///
    /// Version `2021-07-28`; scope `payments/coupons.write`; retried after an unknown outcome.
    pub fn update_coupon(
        &self,
        body: &crate::apps::payments::models::UpdateCouponParams,
    ) -> ops::UpdateCoupon {
        let mut req = Request::new(http::Method::PUT, "/payments/coupon", "/payments/coupon");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateCoupon {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Coupon
    ///
    /// The "Delete Coupon" API allows you to permanently remove a coupon from your system using its unique identifier. Use this endpoint to discontinue promotional offers or clean up unused coupons. Note that this action cannot be undone.
    ///
    /// `DELETE /payments/coupon`
    ///
    /// Version `2021-07-28`; scope `payments/coupons.write`; retried after an unknown outcome.
    pub fn delete_coupon(
        &self,
        body: &crate::apps::payments::models::DeleteCouponParams,
    ) -> ops::DeleteCoupon {
        let mut req = Request::new(http::Method::DELETE, "/payments/coupon", "/payments/coupon");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::DeleteCoupon {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create new integration
    ///
    /// API to create a new association for an app and location
    ///
    /// `POST /payments/custom-provider/provider`
    ///
    /// Version `2021-07-28`; scope `payments/custom-provider.write`; never repeated after an unknown outcome.
    pub fn create_integration(
        &self,
        location_id: impl Into<String>,
        body: &crate::apps::payments::models::CreateCustomProvidersDto,
    ) -> ops::CreateIntegration {
        let mut req = Request::new(
            http::Method::POST,
            "/payments/custom-provider/provider",
            "/payments/custom-provider/provider",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        req = crate::apps::support::json_body(req, body);
        ops::CreateIntegration {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Deleting an existing integration
    ///
    /// API to delete an association for an app and location
    ///
    /// `DELETE /payments/custom-provider/provider`
    ///
    /// Version `2021-07-28`; scope `payments/custom-provider.write`; retried after an unknown outcome.
    pub fn delete_integration(&self, location_id: impl Into<String>) -> ops::DeleteIntegration {
        let mut req = Request::new(
            http::Method::DELETE,
            "/payments/custom-provider/provider",
            "/payments/custom-provider/provider",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::DeleteIntegration {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Fetch given provider config
    ///
    /// API for fetching an existing payment config for given location
    ///
    /// `GET /payments/custom-provider/connect`
    ///
    /// Version `2021-07-28`; scope `payments/custom-provider.readonly`; retried after an unknown outcome.
    pub fn fetch_config(&self, location_id: impl Into<String>) -> ops::FetchConfig {
        let mut req = Request::new(
            http::Method::GET,
            "/payments/custom-provider/connect",
            "/payments/custom-provider/connect",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FetchConfig {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create new provider config
    ///
    /// API to create a new payment config for given location
    ///
    /// `POST /payments/custom-provider/connect`
    ///
    /// Version `2021-07-28`; scope `payments/custom-provider.write`; never repeated after an unknown outcome.
    pub fn create_config(
        &self,
        location_id: impl Into<String>,
        body: &crate::apps::payments::models::ConnectCustomProvidersConfigDto,
    ) -> ops::CreateConfig {
        let mut req = Request::new(
            http::Method::POST,
            "/payments/custom-provider/connect",
            "/payments/custom-provider/connect",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        req = crate::apps::support::json_body(req, body);
        ops::CreateConfig {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Disconnect existing provider config
    ///
    /// API to disconnect an existing payment config for given location
    ///
    /// `POST /payments/custom-provider/disconnect`
    ///
    /// Version `2021-07-28`; scope `payments/custom-provider.write`; never repeated after an unknown outcome.
    pub fn disconnect_config(
        &self,
        location_id: impl Into<String>,
        body: &crate::apps::payments::models::DeleteCustomProvidersConfigDto,
    ) -> ops::DisconnectConfig {
        let mut req = Request::new(
            http::Method::POST,
            "/payments/custom-provider/disconnect",
            "/payments/custom-provider/disconnect",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        req = crate::apps::support::json_body(req, body);
        ops::DisconnectConfig {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Custom-provider marketplace app update capabilities
    ///
    /// Toggle capabilities for the marketplace app tied to the OAuth client
    ///
    /// `PUT /payments/custom-provider/capabilities`
    ///
    /// Version `2021-07-28`; scope `payments/custom-provider.write`; retried after an unknown outcome.
    pub fn custom_provider_marketplace_app_update_capabilities(
        &self,
        body: &crate::apps::payments::models::UpdateCustomProviderCapabilitiesDto,
    ) -> ops::CustomProviderMarketplaceAppUpdateCapabilities {
        let mut req = Request::new(
            http::Method::PUT,
            "/payments/custom-provider/capabilities",
            "/payments/custom-provider/capabilities",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CustomProviderMarketplaceAppUpdateCapabilities {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Payments API operations (generated from GHL's spec).
    pub fn payments(&self) -> PaymentsApi {
        PaymentsApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /payments/integrations/provider/whitelabel` request being built, to send with [`ListIntegrationProviders::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListIntegrationProviders {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ListIntegrationProviders {
        /// The maximum number of items to be included in a single page of results
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
            self
        }

        /// The starting index of the page, indicating the position from which the results should be retrieved.
        pub fn offset(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("offset", value.to_string());
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
        ) -> Result<crate::apps::payments::models::ListWhitelabelIntegrationProviderResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `POST /payments/integrations/provider/whitelabel` request being built, to send with [`CreateIntegrationProvider::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateIntegrationProvider {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateIntegrationProvider {
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
        ) -> Result<crate::apps::payments::models::CreateWhitelabelIntegrationResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /payments/orders` request being built, to send with [`ListOrders::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListOrders {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ListOrders {
        /// LocationId is the id of the sub-account.
        pub fn location_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("locationId", value.into());
            self.request = crate::apps::support::resource_if_unset(self.request, "locationId");
            self
        }

        /// Order status.
        pub fn status(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("status", value.into());
            self
        }

        /// Payment Status of the Order
        ///
        /// One of: `"paid"`, `"unpaid"`, `"refunded"`, `"partially_paid"`.
        pub fn payment_status(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("paymentStatus", value.into());
            self
        }

        /// Mode of payment.
        pub fn payment_mode(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("paymentMode", value.into());
            self
        }

        /// Starting interval of orders.
        pub fn start_at(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("startAt", value.into());
            self
        }

        /// Closing interval of orders.
        pub fn end_at(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("endAt", value.into());
            self
        }

        /// The name of the order for searching.
        pub fn search(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("search", value.into());
            self
        }

        /// Contact id for filtering of orders.
        pub fn contact_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("contactId", value.into());
            self
        }

        /// Funnel product ids separated by comma.
        pub fn funnel_product_ids(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("funnelProductIds", value.into());
            self
        }

        /// Source id
        pub fn source_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("sourceId", value.into());
            self
        }

        /// The maximum number of items to be included in a single page of results
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
            self
        }

        /// The starting index of the page, indicating the position from which the results should be retrieved.
        pub fn offset(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("offset", value.to_string());
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
        ) -> Result<crate::Page<crate::apps::payments::models::OrderResponseSchema>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("offset"),
                cursor,
                |r: crate::apps::payments::models::ListOrdersResponseDto| {
                    (r.data.unwrap_or_default(), r.total_count.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(
            self,
        ) -> crate::ItemStream<crate::apps::payments::models::OrderResponseSchema> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::payments::models::ListOrdersResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /payments/orders/{orderId}` request being built, to send with [`GetOrderById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetOrderById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetOrderById {
        /// LocationId is the id of the sub-account.
        pub fn location_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("locationId", value.into());
            self.request = crate::apps::support::resource_if_unset(self.request, "locationId");
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
        pub async fn send(self) -> Result<crate::apps::payments::models::GetOrderResponseSchema> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /payments/orders/{orderId}/record-payment` request being built, to send with [`RecordOrderPayment::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct RecordOrderPayment {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl RecordOrderPayment {
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
        ) -> Result<crate::apps::payments::models::PostRecordOrderPaymentResponse> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /payments/orders/{orderId}/fulfillments` request being built, to send with [`ListOrderFulfillment::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListOrderFulfillment {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ListOrderFulfillment {
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
        ) -> Result<crate::apps::payments::models::ListFulfillmentResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /payments/orders/{orderId}/fulfillments` request being built, to send with [`CreateOrderFulfillment::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateOrderFulfillment {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateOrderFulfillment {
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
        ) -> Result<crate::apps::payments::models::CreateFulfillmentResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /payments/orders/{orderId}/notes` request being built, to send with [`ListOrderNotes::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListOrderNotes {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ListOrderNotes {
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

    /// The `GET /payments/transactions` request being built, to send with [`ListTransactions::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListTransactions {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ListTransactions {
        /// LocationId is the id of the sub-account.
        pub fn location_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("locationId", value.into());
            self.request = crate::apps::support::resource_if_unset(self.request, "locationId");
            self
        }

        /// Mode of payment.
        pub fn payment_mode(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("paymentMode", value.into());
            self
        }

        /// Starting interval of transactions.
        pub fn start_at(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("startAt", value.into());
            self
        }

        /// Closing interval of transactions.
        pub fn end_at(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("endAt", value.into());
            self
        }

        /// Source of the transactions.
        pub fn entity_source_type(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("entitySourceType", value.into());
            self
        }

        /// Source sub-type of the transactions.
        pub fn entity_source_sub_type(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("entitySourceSubType", value.into());
            self
        }

        /// The name of the transaction for searching.
        pub fn search(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("search", value.into());
            self
        }

        /// Subscription id for filtering of transactions.
        pub fn subscription_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("subscriptionId", value.into());
            self
        }

        /// Entity id for filtering of transactions.
        pub fn entity_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("entityId", value.into());
            self
        }

        /// Contact id for filtering of transactions.
        pub fn contact_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("contactId", value.into());
            self
        }

        /// The maximum number of items to be included in a single page of results
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
            self
        }

        /// The starting index of the page, indicating the position from which the results should be retrieved.
        pub fn offset(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("offset", value.to_string());
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
        ) -> Result<crate::Page<crate::apps::payments::models::TxnResponseSchema>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("offset"),
                cursor,
                |r: crate::apps::payments::models::ListTxnsResponseDto| {
                    (r.data.unwrap_or_default(), r.total_count.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<crate::apps::payments::models::TxnResponseSchema> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::payments::models::ListTxnsResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /payments/transactions/{transactionId}` request being built, to send with [`GetTransactionById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetTransactionById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetTransactionById {
        /// LocationId is the id of the sub-account.
        pub fn location_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("locationId", value.into());
            self.request = crate::apps::support::resource_if_unset(self.request, "locationId");
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
        pub async fn send(self) -> Result<crate::apps::payments::models::GetTxnResponseSchema> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /payments/subscriptions` request being built, to send with [`ListSubscriptions::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListSubscriptions {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ListSubscriptions {
        /// Entity id for filtering of subscriptions.
        pub fn entity_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("entityId", value.into());
            self
        }

        /// Mode of payment.
        pub fn payment_mode(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("paymentMode", value.into());
            self
        }

        /// Starting interval of subscriptions.
        pub fn start_at(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("startAt", value.into());
            self
        }

        /// Closing interval of subscriptions.
        pub fn end_at(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("endAt", value.into());
            self
        }

        /// Source of the subscriptions.
        pub fn entity_source_type(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("entitySourceType", value.into());
            self
        }

        /// The name of the subscription for searching.
        pub fn search(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("search", value.into());
            self
        }

        /// Contact ID for the subscription
        pub fn contact_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("contactId", value.into());
            self
        }

        /// Subscription id for filtering of subscriptions.
        pub fn id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("id", value.into());
            self
        }

        /// The maximum number of items to be included in a single page of results
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
            self
        }

        /// The starting index of the page, indicating the position from which the results should be retrieved.
        pub fn offset(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("offset", value.to_string());
            self
        }

        /// Get the total payments collected for the subscription.
        pub fn get_payments_collected_count(mut self, value: bool) -> Self {
            self.request = self
                .request
                .query_pair("getPaymentsCollectedCount", value.to_string());
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
        ) -> Result<crate::Page<crate::apps::payments::models::SubscriptionResponseSchema>>
        {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("offset"),
                cursor,
                |r: crate::apps::payments::models::ListSubscriptionResponseDto| {
                    (r.data.unwrap_or_default(), r.total_count.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(
            self,
        ) -> crate::ItemStream<crate::apps::payments::models::SubscriptionResponseSchema> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::payments::models::ListSubscriptionResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /payments/subscriptions/{subscriptionId}` request being built, to send with [`GetSubscriptionById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetSubscriptionById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetSubscriptionById {
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
        ) -> Result<crate::apps::payments::models::GetSubscriptionResponseSchema> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /payments/coupon/list` request being built, to send with [`ListCoupons::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListCoupons {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ListCoupons {
        /// Maximum number of coupons to return
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
            self
        }

        /// Number of coupons to skip for pagination
        pub fn offset(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("offset", value.to_string());
            self
        }

        /// Filter coupons by status
        ///
        /// One of: `"scheduled"`, `"active"`, `"expired"`.
        pub fn status(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("status", value.into());
            self
        }

        /// Search term to filter coupons by name or code
        pub fn search(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("search", value.into());
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
        ) -> Result<crate::Page<crate::apps::payments::models::CouponDto>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("offset"),
                cursor,
                |r: crate::apps::payments::models::ListCouponsResponseDto| {
                    (r.data.unwrap_or_default(), r.total_count.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<crate::apps::payments::models::CouponDto> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::payments::models::ListCouponsResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /payments/coupon` request being built, to send with [`GetCoupon::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCoupon {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetCoupon {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::payments::models::CreateCouponResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /payments/coupon` request being built, to send with [`CreateCoupon::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateCoupon {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateCoupon {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::payments::models::CreateCouponResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /payments/coupon` request being built, to send with [`UpdateCoupon::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateCoupon {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateCoupon {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::payments::models::CreateCouponResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /payments/coupon` request being built, to send with [`DeleteCoupon::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteCoupon {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteCoupon {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::payments::models::DeleteCouponResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /payments/custom-provider/provider` request being built, to send with [`CreateIntegration::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateIntegration {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateIntegration {
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
        ) -> Result<crate::apps::payments::models::CreateCustomProvidersResponseSchema> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /payments/custom-provider/provider` request being built, to send with [`DeleteIntegration::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteIntegration {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteIntegration {
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
        ) -> Result<crate::apps::payments::models::DeleteCustomProvidersResponseSchema> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /payments/custom-provider/connect` request being built, to send with [`FetchConfig::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FetchConfig {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FetchConfig {
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
        ) -> Result<crate::apps::payments::models::GetCustomProvidersResponseSchema> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /payments/custom-provider/connect` request being built, to send with [`CreateConfig::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateConfig {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateConfig {
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
        ) -> Result<crate::apps::payments::models::ConnectCustomProvidersResponseSchema> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /payments/custom-provider/disconnect` request being built, to send with [`DisconnectConfig::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DisconnectConfig {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DisconnectConfig {
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
        ) -> Result<crate::apps::payments::models::DisconnectCustomProvidersResponseSchema>
        {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /payments/custom-provider/capabilities` request being built, to send with [`CustomProviderMarketplaceAppUpdateCapabilities::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CustomProviderMarketplaceAppUpdateCapabilities {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CustomProviderMarketplaceAppUpdateCapabilities {
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
        ) -> Result<crate::apps::payments::models::UpdateCustomProviderCapabilitiesResponseSchema>
        {
            self.client.send(self.request).await
        }
    }
}
