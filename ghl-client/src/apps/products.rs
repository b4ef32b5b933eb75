//! Products API: 27 operations.
//!
//! Generated from GHL's `apps/products.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `BulkUpdateFilters` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BulkUpdateFilters {
        /// Filter by collection IDs
        #[serde(
            rename = "collectionIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub collection_ids: Option<Vec<String>>,
        /// Filter by product type
        #[serde(
            rename = "productType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub product_type: Option<String>,
        /// Filter by availability status
        #[serde(
            rename = "availableInStore",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub available_in_store: Option<bool>,
        /// Filter by search term
        #[serde(rename = "search", default, skip_serializing_if = "Option::is_none")]
        pub search: Option<String>,
    }

    /// `PriceUpdateField` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PriceUpdateField {
        /// Type of price update
        ///
        /// One of: `"INCREASE_BY_AMOUNT"`, `"REDUCE_BY_AMOUNT"`, `"SET_NEW_PRICE"`, `"INCREASE_BY_PERCENTAGE"`, `"REDUCE_BY_PERCENTAGE"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Value to update (amount or percentage based on type)
        ///
        /// Required by the spec.
        #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
        pub value: Option<f64>,
        /// Round to nearest whole number
        #[serde(
            rename = "roundToWhole",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub round_to_whole: Option<bool>,
    }

    impl PriceUpdateField {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(r#type: impl Into<String>, value: f64) -> Self {
            Self {
                r#type: Some(r#type.into()),
                value: Some(value),
                ..Self::default()
            }
        }
    }

    /// `BulkUpdateDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BulkUpdateDto {
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
        /// Type of bulk update operation
        ///
        /// One of: `"bulk-update-price"`, `"bulk-update-availability"`, `"bulk-update-product-collection"`, `"bulk-delete-products"`, `"bulk-update-currency"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Array of product IDs
        ///
        /// Required by the spec.
        #[serde(
            rename = "productIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub product_ids: Option<Vec<String>>,
        /// Filters to apply when selectAll is true
        #[serde(rename = "filters", default, skip_serializing_if = "Option::is_none")]
        pub filters: Option<crate::apps::products::models::BulkUpdateFilters>,
        /// Price update configuration
        #[serde(rename = "price", default, skip_serializing_if = "Option::is_none")]
        pub price: Option<crate::apps::products::models::PriceUpdateField>,
        /// Compare at price update configuration
        #[serde(
            rename = "compareAtPrice",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub compare_at_price: Option<crate::apps::products::models::PriceUpdateField>,
        /// New availability status
        #[serde(
            rename = "availability",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub availability: Option<bool>,
        /// Array of collection IDs
        #[serde(
            rename = "collectionIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub collection_ids: Option<Vec<String>>,
        /// Currency code
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
    }

    impl BulkUpdateDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            r#type: impl Into<String>,
            product_ids: Vec<String>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                r#type: Some(r#type.into()),
                product_ids: Some(product_ids),
                ..Self::default()
            }
        }
    }

    /// `BulkUpdateResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BulkUpdateResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// Success message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    impl BulkUpdateResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: bool) -> Self {
            Self {
                status: Some(status),
                ..Self::default()
            }
        }
    }

    /// `WeightOptionsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct WeightOptionsDto {
        /// Actual weight of the product
        ///
        /// Required by the spec.
        #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
        pub value: Option<f64>,
        /// Weight unit of the product
        ///
        /// One of: `"kg"`, `"lb"`, `"g"`, `"oz"`.
        ///
        /// Required by the spec.
        #[serde(rename = "unit", default, skip_serializing_if = "Option::is_none")]
        pub unit: Option<String>,
    }

    impl WeightOptionsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(value: f64, unit: impl Into<String>) -> Self {
            Self {
                value: Some(value),
                unit: Some(unit.into()),
                ..Self::default()
            }
        }
    }

    /// `PriceDimensionsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PriceDimensionsDto {
        /// Height of the price
        ///
        /// Required by the spec.
        #[serde(rename = "height", default, skip_serializing_if = "Option::is_none")]
        pub height: Option<f64>,
        /// Width of the price
        ///
        /// Required by the spec.
        #[serde(rename = "width", default, skip_serializing_if = "Option::is_none")]
        pub width: Option<f64>,
        /// Length of the price
        ///
        /// Required by the spec.
        #[serde(rename = "length", default, skip_serializing_if = "Option::is_none")]
        pub length: Option<f64>,
        /// Unit of the price dimensions
        ///
        /// One of: `"cm"`, `"in"`, `"m"`.
        ///
        /// Required by the spec.
        #[serde(rename = "unit", default, skip_serializing_if = "Option::is_none")]
        pub unit: Option<String>,
    }

    impl PriceDimensionsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(height: f64, width: f64, length: f64, unit: impl Into<String>) -> Self {
            Self {
                height: Some(height),
                width: Some(width),
                length: Some(length),
                unit: Some(unit.into()),
                ..Self::default()
            }
        }
    }

    /// `ShippingOptionsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ShippingOptionsDto {
        /// Weight options of the product
        #[serde(rename = "weight", default, skip_serializing_if = "Option::is_none")]
        pub weight: Option<crate::apps::products::models::WeightOptionsDto>,
        /// Dimensions of the product
        #[serde(
            rename = "dimensions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub dimensions: Option<crate::apps::products::models::PriceDimensionsDto>,
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

    /// `BulkEditPriceDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BulkEditPriceDto {
        /// Price ID
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Price name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Price amount
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// Price currency
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Compare at price
        #[serde(
            rename = "compareAtPrice",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub compare_at_price: Option<f64>,
        /// Available quantity
        #[serde(
            rename = "availableQuantity",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub available_quantity: Option<f64>,
        /// Track inventory
        #[serde(
            rename = "trackInventory",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub track_inventory: Option<bool>,
        /// Allow out of stock purchases
        #[serde(
            rename = "allowOutOfStockPurchases",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_out_of_stock_purchases: Option<bool>,
        /// SKU
        #[serde(rename = "sku", default, skip_serializing_if = "Option::is_none")]
        pub sku: Option<String>,
        /// Trial period in days
        #[serde(
            rename = "trialPeriod",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub trial_period: Option<f64>,
        /// Total billing cycles
        #[serde(
            rename = "totalCycles",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub total_cycles: Option<f64>,
        /// Setup fee
        #[serde(rename = "setupFee", default, skip_serializing_if = "Option::is_none")]
        pub setup_fee: Option<f64>,
        /// Shipping options
        #[serde(
            rename = "shippingOptions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub shipping_options: Option<crate::apps::products::models::ShippingOptionsDto>,
        /// Recurring details
        #[serde(rename = "recurring", default, skip_serializing_if = "Option::is_none")]
        pub recurring: Option<crate::apps::products::models::RecurringDto>,
    }

    impl BulkEditPriceDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `ProductSeoDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ProductSeoDto {
        /// SEO title
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// SEO description
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
    }

    /// `BulkEditProductDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BulkEditProductDto {
        /// Product ID
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Product name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Product description
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Product image
        #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
        pub image: Option<String>,
        /// Product availability in store
        #[serde(
            rename = "availableInStore",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub available_in_store: Option<bool>,
        /// Array of price variants for the product
        #[serde(rename = "prices", default, skip_serializing_if = "Option::is_none")]
        pub prices: Option<Vec<crate::apps::products::models::BulkEditPriceDto>>,
        /// Collection IDs
        #[serde(
            rename = "collectionIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub collection_ids: Option<Vec<String>>,
        /// Enable product label
        #[serde(
            rename = "isLabelEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_label_enabled: Option<bool>,
        /// Enable taxes
        #[serde(
            rename = "isTaxesEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_taxes_enabled: Option<bool>,
        /// SEO metadata for the product
        #[serde(rename = "seo", default, skip_serializing_if = "Option::is_none")]
        pub seo: Option<crate::apps::products::models::ProductSeoDto>,
        /// Product URL slug
        #[serde(rename = "slug", default, skip_serializing_if = "Option::is_none")]
        pub slug: Option<String>,
        /// Automatic tax category ID
        #[serde(
            rename = "automaticTaxCategoryId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_tax_category_id: Option<String>,
        /// Tax inclusive pricing
        #[serde(
            rename = "taxInclusive",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tax_inclusive: Option<bool>,
        /// Product taxes
        #[serde(rename = "taxes", default, skip_serializing_if = "Option::is_none")]
        pub taxes: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
        /// Product media
        #[serde(rename = "medias", default, skip_serializing_if = "Option::is_none")]
        pub medias: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
        /// Product label
        #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
        pub label: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl BulkEditProductDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `BulkEditRequestDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BulkEditRequestDto {
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
        /// Array of products to update. Note: The total count includes all prices within each product.
        ///
        /// Required by the spec.
        #[serde(rename = "products", default, skip_serializing_if = "Option::is_none")]
        pub products: Option<Vec<crate::apps::products::models::BulkEditProductDto>>,
    }

    impl BulkEditRequestDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            products: Vec<crate::apps::products::models::BulkEditProductDto>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                products: Some(products),
                ..Self::default()
            }
        }
    }

    /// `BulkEditResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BulkEditResponseDto {
        /// Success message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Operation status
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// Number of products updated
        ///
        /// Required by the spec.
        #[serde(
            rename = "updatedCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub updated_count: Option<f64>,
    }

    impl BulkEditResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(message: impl Into<String>, status: bool, updated_count: f64) -> Self {
            Self {
                message: Some(message.into()),
                status: Some(status),
                updated_count: Some(updated_count),
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

    /// `PriceMetaDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PriceMetaDto {
        /// The source of the price.
        ///
        /// One of: `"stripe"`, `"woocommerce"`, `"shopify"`.
        ///
        /// Required by the spec.
        #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
        pub source: Option<String>,
        /// The id of the source of the price from where it is imported
        #[serde(rename = "sourceId", default, skip_serializing_if = "Option::is_none")]
        pub source_id: Option<String>,
        /// The Stripe price ID associated with the price.
        ///
        /// Required by the spec.
        #[serde(
            rename = "stripePriceId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub stripe_price_id: Option<String>,
        /// The internal source of the price.
        ///
        /// One of: `"agency_plan"`, `"funnel"`, `"membership"`, `"communities"`, `"gokollab"`, `"calendar"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "internalSource",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub internal_source: Option<String>,
    }

    impl PriceMetaDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            source: impl Into<String>,
            stripe_price_id: impl Into<String>,
            internal_source: impl Into<String>,
        ) -> Self {
            Self {
                source: Some(source.into()),
                stripe_price_id: Some(stripe_price_id.into()),
                internal_source: Some(internal_source.into()),
                ..Self::default()
            }
        }
    }

    /// `CreatePriceDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreatePriceDto {
        /// The name of the price.
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// The type of the price.
        ///
        /// One of: `"one_time"`, `"recurring"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// The currency of the price.
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// The amount of the price. ( min: 0 )
        ///
        /// Required by the spec.
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// The recurring details of the price (if type is recurring).
        #[serde(rename = "recurring", default, skip_serializing_if = "Option::is_none")]
        pub recurring: Option<crate::apps::products::models::RecurringDto>,
        /// A brief description of the price.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// An array of membership offers associated with the price.
        #[serde(
            rename = "membershipOffers",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub membership_offers: Option<Vec<crate::apps::products::models::MembershipOfferDto>>,
        /// The trial period duration in days (if applicable).
        #[serde(
            rename = "trialPeriod",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub trial_period: Option<f64>,
        /// The total number of billing cycles for the price. ( min: 1 )
        #[serde(
            rename = "totalCycles",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub total_cycles: Option<f64>,
        /// The setup fee for the price.
        #[serde(rename = "setupFee", default, skip_serializing_if = "Option::is_none")]
        pub setup_fee: Option<f64>,
        /// An array of variant option IDs associated with the price.
        #[serde(
            rename = "variantOptionIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub variant_option_ids: Option<Vec<String>>,
        /// The compare at price for the price.
        #[serde(
            rename = "compareAtPrice",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub compare_at_price: Option<f64>,
        /// The unique identifier of the location associated with the price.
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// The unique identifier of the user who created the price.
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// Additional metadata associated with the price.
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<crate::apps::products::models::PriceMetaDto>,
        /// Need to track inventory stock quantity
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
        /// The unique identifier of the SKU associated with the price
        #[serde(rename = "sku", default, skip_serializing_if = "Option::is_none")]
        pub sku: Option<String>,
        /// Shipping options of the Price
        #[serde(
            rename = "shippingOptions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub shipping_options: Option<crate::apps::products::models::ShippingOptionsDto>,
        /// Is the product a digital product
        #[serde(
            rename = "isDigitalProduct",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_digital_product: Option<bool>,
        /// Digital delivery options
        #[serde(
            rename = "digitalDelivery",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub digital_delivery: Option<Vec<String>>,
    }

    impl CreatePriceDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            name: impl Into<String>,
            r#type: impl Into<String>,
            currency: impl Into<String>,
            amount: f64,
            location_id: impl Into<String>,
        ) -> Self {
            Self {
                name: Some(name.into()),
                r#type: Some(r#type.into()),
                currency: Some(currency.into()),
                amount: Some(amount),
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `CreatePriceResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreatePriceResponseDto {
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
        pub membership_offers: Option<Vec<crate::apps::products::models::MembershipOfferDto>>,
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
        pub recurring: Option<crate::apps::products::models::RecurringDto>,
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

    impl CreatePriceResponseDto {
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
        pub membership_offers: Option<Vec<crate::apps::products::models::MembershipOfferDto>>,
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
        pub recurring: Option<crate::apps::products::models::RecurringDto>,
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

    /// `ListPricesResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ListPricesResponseDto {
        /// An array of prices
        ///
        /// Required by the spec.
        #[serde(rename = "prices", default, skip_serializing_if = "Option::is_none")]
        pub prices: Option<Vec<crate::apps::products::models::DefaultPriceResponseDto>>,
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
    }

    impl ListPricesResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            prices: Vec<crate::apps::products::models::DefaultPriceResponseDto>,
            total: f64,
        ) -> Self {
            Self {
                prices: Some(prices),
                total: Some(total),
                ..Self::default()
            }
        }
    }

    /// `InventoryItemDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct InventoryItemDto {
        /// The unique identifier for the price
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Name of the price/variant
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Available quantity in inventory
        ///
        /// Required by the spec.
        #[serde(
            rename = "availableQuantity",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub available_quantity: Option<f64>,
        /// SKU for the product variant
        ///
        /// Required by the spec.
        #[serde(rename = "sku", default, skip_serializing_if = "Option::is_none")]
        pub sku: Option<String>,
        /// Whether out of stock purchases are allowed
        ///
        /// Required by the spec.
        #[serde(
            rename = "allowOutOfStockPurchases",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_out_of_stock_purchases: Option<bool>,
        /// Product ID this price belongs to
        ///
        /// Required by the spec.
        #[serde(rename = "product", default, skip_serializing_if = "Option::is_none")]
        pub product: Option<String>,
        /// Last update timestamp
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// Product image URL
        #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
        pub image: Option<String>,
        /// Product name
        #[serde(
            rename = "productName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub product_name: Option<String>,
    }

    impl InventoryItemDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            name: impl Into<String>,
            available_quantity: f64,
            sku: impl Into<String>,
            allow_out_of_stock_purchases: bool,
            product: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                name: Some(name.into()),
                available_quantity: Some(available_quantity),
                sku: Some(sku.into()),
                allow_out_of_stock_purchases: Some(allow_out_of_stock_purchases),
                product: Some(product.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `GetInventoryResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetInventoryResponseDto {
        /// List of inventory items
        ///
        /// Required by the spec.
        #[serde(rename = "inventory", default, skip_serializing_if = "Option::is_none")]
        pub inventory: Option<Vec<crate::apps::products::models::InventoryItemDto>>,
        /// Total count of inventory items
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl GetInventoryResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            inventory: Vec<crate::apps::products::models::InventoryItemDto>,
            total: serde_json::Map<String, serde_json::Value>,
        ) -> Self {
            Self {
                inventory: Some(inventory),
                total: Some(total),
                ..Self::default()
            }
        }
    }

    /// `UpdateInventoryItemDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateInventoryItemDto {
        /// The unique identifier for the price, in MongoDB ID format.
        ///
        /// Required by the spec.
        #[serde(rename = "priceId", default, skip_serializing_if = "Option::is_none")]
        pub price_id: Option<String>,
        /// The available quantity of the item.
        #[serde(
            rename = "availableQuantity",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub available_quantity: Option<f64>,
        /// Whether to continue selling the item when out of stock.
        #[serde(
            rename = "allowOutOfStockPurchases",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_out_of_stock_purchases: Option<bool>,
    }

    impl UpdateInventoryItemDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(price_id: impl Into<String>) -> Self {
            Self {
                price_id: Some(price_id.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateInventoryDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateInventoryDto {
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
        /// Array of items to update in the inventory.
        ///
        /// Required by the spec.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<crate::apps::products::models::UpdateInventoryItemDto>>,
    }

    impl UpdateInventoryDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            items: Vec<crate::apps::products::models::UpdateInventoryItemDto>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                items: Some(items),
                ..Self::default()
            }
        }
    }

    /// `UpdateInventoryResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateInventoryResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// Success message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    impl UpdateInventoryResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: bool) -> Self {
            Self {
                status: Some(status),
                ..Self::default()
            }
        }
    }

    /// `GetPriceResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetPriceResponseDto {
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
        pub membership_offers: Option<Vec<crate::apps::products::models::MembershipOfferDto>>,
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
        pub recurring: Option<crate::apps::products::models::RecurringDto>,
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

    impl GetPriceResponseDto {
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

    /// `UpdatePriceDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdatePriceDto {
        /// The name of the price.
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// The type of the price.
        ///
        /// One of: `"one_time"`, `"recurring"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// The currency of the price.
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// The amount of the price. ( min: 0 )
        ///
        /// Required by the spec.
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// The recurring details of the price (if type is recurring).
        #[serde(rename = "recurring", default, skip_serializing_if = "Option::is_none")]
        pub recurring: Option<crate::apps::products::models::RecurringDto>,
        /// A brief description of the price.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// An array of membership offers associated with the price.
        #[serde(
            rename = "membershipOffers",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub membership_offers: Option<Vec<crate::apps::products::models::MembershipOfferDto>>,
        /// The trial period duration in days (if applicable).
        #[serde(
            rename = "trialPeriod",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub trial_period: Option<f64>,
        /// The total number of billing cycles for the price. ( min: 1 )
        #[serde(
            rename = "totalCycles",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub total_cycles: Option<f64>,
        /// The setup fee for the price.
        #[serde(rename = "setupFee", default, skip_serializing_if = "Option::is_none")]
        pub setup_fee: Option<f64>,
        /// An array of variant option IDs associated with the price.
        #[serde(
            rename = "variantOptionIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub variant_option_ids: Option<Vec<String>>,
        /// The compare at price for the price.
        #[serde(
            rename = "compareAtPrice",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub compare_at_price: Option<f64>,
        /// The unique identifier of the location associated with the price.
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// The unique identifier of the user who created the price.
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// Additional metadata associated with the price.
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<crate::apps::products::models::PriceMetaDto>,
        /// Need to track inventory stock quantity
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
        /// The unique identifier of the SKU associated with the price
        #[serde(rename = "sku", default, skip_serializing_if = "Option::is_none")]
        pub sku: Option<String>,
        /// Shipping options of the Price
        #[serde(
            rename = "shippingOptions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub shipping_options: Option<crate::apps::products::models::ShippingOptionsDto>,
        /// Is the product a digital product
        #[serde(
            rename = "isDigitalProduct",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_digital_product: Option<bool>,
        /// Digital delivery options
        #[serde(
            rename = "digitalDelivery",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub digital_delivery: Option<Vec<String>>,
    }

    impl UpdatePriceDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            name: impl Into<String>,
            r#type: impl Into<String>,
            currency: impl Into<String>,
            amount: f64,
            location_id: impl Into<String>,
        ) -> Self {
            Self {
                name: Some(name.into()),
                r#type: Some(r#type.into()),
                currency: Some(currency.into()),
                amount: Some(amount),
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdatePriceResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdatePriceResponseDto {
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
        pub membership_offers: Option<Vec<crate::apps::products::models::MembershipOfferDto>>,
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
        pub recurring: Option<crate::apps::products::models::RecurringDto>,
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

    impl UpdatePriceResponseDto {
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

    /// `DeletePriceResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeletePriceResponseDto {
        /// returns true if the price is successfully deleted
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
    }

    impl DeletePriceResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: bool) -> Self {
            Self {
                status: Some(status),
                ..Self::default()
            }
        }
    }

    /// `GetProductStatsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetProductStatsResponseDto {
        /// Total number of products
        ///
        /// Required by the spec.
        #[serde(
            rename = "totalProducts",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub total_products: Option<f64>,
        /// Number of products included in the store
        ///
        /// Required by the spec.
        #[serde(
            rename = "includedInStore",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub included_in_store: Option<f64>,
        /// Number of products excluded from the store
        ///
        /// Required by the spec.
        #[serde(
            rename = "excludedFromStore",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub excluded_from_store: Option<f64>,
    }

    impl GetProductStatsResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(total_products: f64, included_in_store: f64, excluded_from_store: f64) -> Self {
            Self {
                total_products: Some(total_products),
                included_in_store: Some(included_in_store),
                excluded_from_store: Some(excluded_from_store),
                ..Self::default()
            }
        }
    }

    /// `UpdateProductStoreDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateProductStoreDto {
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
        /// Action to include or exclude the product from the store
        ///
        /// One of: `"include"`, `"exclude"`.
        ///
        /// Required by the spec.
        #[serde(rename = "action", default, skip_serializing_if = "Option::is_none")]
        pub action: Option<String>,
        /// Array of product IDs
        ///
        /// Required by the spec.
        #[serde(
            rename = "productIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub product_ids: Option<Vec<String>>,
    }

    impl UpdateProductStoreDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            action: impl Into<String>,
            product_ids: Vec<String>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                action: Some(action.into()),
                product_ids: Some(product_ids),
                ..Self::default()
            }
        }
    }

    /// `UpdateProductStoreResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateProductStoreResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// Success message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    impl UpdateProductStoreResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: bool) -> Self {
            Self {
                status: Some(status),
                ..Self::default()
            }
        }
    }

    /// `UpdateDisplayPriorityBodyDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateDisplayPriorityBodyDto {
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
        /// Array of products with their display priorities
        ///
        /// Required by the spec.
        #[serde(rename = "products", default, skip_serializing_if = "Option::is_none")]
        pub products: Option<Vec<Vec<serde_json::Value>>>,
    }

    impl UpdateDisplayPriorityBodyDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            products: Vec<Vec<serde_json::Value>>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                products: Some(products),
                ..Self::default()
            }
        }
    }

    /// `ListCollectionResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ListCollectionResponseDto {
        /// Array of Collections
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<Vec<Vec<serde_json::Value>>>,
        /// The total count of the collections present, which is useful to calculate the pagination
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
    }

    impl ListCollectionResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(data: Vec<Vec<serde_json::Value>>, total: f64) -> Self {
            Self {
                data: Some(data),
                total: Some(total),
                ..Self::default()
            }
        }
    }

    /// `ProductCategories` in the spec.
    pub type ProductCategories = serde_json::Map<String, serde_json::Value>;

    /// `DefaultCollectionResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DefaultCollectionResponseDto {
        /// Collection Data
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::products::models::ProductCategories>,
        /// Status of the operation
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
    }

    impl DefaultCollectionResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(data: crate::apps::products::models::ProductCategories, status: bool) -> Self {
            Self {
                data: Some(data),
                status: Some(status),
                ..Self::default()
            }
        }
    }

    /// `CollectionSeoDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CollectionSeoDto {
        /// The title which will be displayed as an SEO format
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// The description which would be displayed in preview purposes
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
    }

    /// `CreateProductCollectionsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateProductCollectionsDto {
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// The type of alt. For now it is only LOCATION
        ///
        /// One of: `"location"`.
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// Unique Identifier of the Product Collection, Mongo Id
        #[serde(
            rename = "collectionId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub collection_id: Option<String>,
        /// Name of the Product Collection
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Slug of the Product Collection which helps in navigation
        ///
        /// Required by the spec.
        #[serde(rename = "slug", default, skip_serializing_if = "Option::is_none")]
        pub slug: Option<String>,
        /// The URL of the image that is going to be displayed as the collection Thumbnail
        #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
        pub image: Option<String>,
        /// The metadata information which will be displayed in SEO previews
        #[serde(rename = "seo", default, skip_serializing_if = "Option::is_none")]
        pub seo: Option<crate::apps::products::models::CollectionSeoDto>,
    }

    impl CreateProductCollectionsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            slug: impl Into<String>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                slug: Some(slug.into()),
                ..Self::default()
            }
        }
    }

    /// `CollectionSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CollectionSchema {
        /// The unique identifier for the collection
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Location Id to which the collection is associated
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// Name of the collection
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Slug of the collection with which navigation is established. Special Characters and spacing is not allowed and should be unique
        ///
        /// Required by the spec.
        #[serde(rename = "slug", default, skip_serializing_if = "Option::is_none")]
        pub slug: Option<String>,
        /// The URL of the image that is going to be displayed as the collection Thumbnail
        ///
        /// Required by the spec.
        #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
        pub image: Option<String>,
        /// The information which will be displayed in SEO previews
        ///
        /// Required by the spec.
        #[serde(rename = "seo", default, skip_serializing_if = "Option::is_none")]
        pub seo: Option<crate::apps::products::models::CollectionSeoDto>,
        /// Date at which the collection was created
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
    }

    impl CollectionSchema {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            alt_id: impl Into<String>,
            name: impl Into<String>,
            slug: impl Into<String>,
            image: impl Into<String>,
            seo: crate::apps::products::models::CollectionSeoDto,
            created_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                alt_id: Some(alt_id.into()),
                name: Some(name.into()),
                slug: Some(slug.into()),
                image: Some(image.into()),
                seo: Some(seo),
                created_at: Some(created_at.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateCollectionResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateCollectionResponseDto {
        /// created Collection
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::products::models::CollectionSchema>,
    }

    impl CreateCollectionResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(data: crate::apps::products::models::CollectionSchema) -> Self {
            Self {
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `UpdateProductCollectionsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateProductCollectionsDto {
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// The type of alt. For now it is only LOCATION
        ///
        /// One of: `"location"`.
        ///
        /// Required by the spec.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// Name of the Product Collection
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Slug of the Product Collection which helps in navigation
        #[serde(rename = "slug", default, skip_serializing_if = "Option::is_none")]
        pub slug: Option<String>,
        /// The URL of the image that is going to be displayed as the collection Thumbnail
        #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
        pub image: Option<String>,
        /// The metadata information which will be displayed in SEO previews
        #[serde(rename = "seo", default, skip_serializing_if = "Option::is_none")]
        pub seo: Option<crate::apps::products::models::CollectionSeoDto>,
    }

    impl UpdateProductCollectionsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(alt_id: impl Into<String>, alt_type: impl Into<String>) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateProductCollectionResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateProductCollectionResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// Success message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    impl UpdateProductCollectionResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: bool) -> Self {
            Self {
                status: Some(status),
                ..Self::default()
            }
        }
    }

    /// `DeleteProductCollectionResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteProductCollectionResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// Success message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    impl DeleteProductCollectionResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: bool) -> Self {
            Self {
                status: Some(status),
                ..Self::default()
            }
        }
    }

    /// `ListProductReviewsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ListProductReviewsResponseDto {
        /// Array of Collections
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<Vec<Vec<serde_json::Value>>>,
        /// The total count of the collections present, which is useful to calculate the pagination
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
    }

    impl ListProductReviewsResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(data: Vec<Vec<serde_json::Value>>, total: f64) -> Self {
            Self {
                data: Some(data),
                total: Some(total),
                ..Self::default()
            }
        }
    }

    /// `CountReviewsByStatusResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CountReviewsByStatusResponseDto {
        /// Array of review status counts
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<Vec<Vec<serde_json::Value>>>,
    }

    impl CountReviewsByStatusResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(data: Vec<Vec<serde_json::Value>>) -> Self {
            Self {
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `UserDetailsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UserDetailsDto {
        /// Name of the customer
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Email of the customer
        ///
        /// Required by the spec.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// Phone no of the customer
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        /// Is the person an admin or customer
        #[serde(
            rename = "isCustomer",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_customer: Option<bool>,
    }

    impl UserDetailsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(name: impl Into<String>, email: impl Into<String>) -> Self {
            Self {
                name: Some(name.into()),
                email: Some(email.into()),
                ..Self::default()
            }
        }
    }

    /// `ProductReviewDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ProductReviewDto {
        /// Headline of the Review
        ///
        /// Required by the spec.
        #[serde(rename = "headline", default, skip_serializing_if = "Option::is_none")]
        pub headline: Option<String>,
        /// Detailed Review of the product
        ///
        /// Required by the spec.
        #[serde(rename = "comment", default, skip_serializing_if = "Option::is_none")]
        pub comment: Option<String>,
        /// User who is giving the review/reply
        ///
        /// Required by the spec.
        #[serde(rename = "user", default, skip_serializing_if = "Option::is_none")]
        pub user: Option<crate::apps::products::models::UserDetailsDto>,
    }

    impl ProductReviewDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            headline: impl Into<String>,
            comment: impl Into<String>,
            user: crate::apps::products::models::UserDetailsDto,
        ) -> Self {
            Self {
                headline: Some(headline.into()),
                comment: Some(comment.into()),
                user: Some(user),
                ..Self::default()
            }
        }
    }

    /// `UpdateProductReviewDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateProductReviewDto {
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
        /// Product Id
        ///
        /// Required by the spec.
        #[serde(rename = "productId", default, skip_serializing_if = "Option::is_none")]
        pub product_id: Option<String>,
        /// Status of the review
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// Reply of the review
        #[serde(rename = "reply", default, skip_serializing_if = "Option::is_none")]
        pub reply: Option<Vec<crate::apps::products::models::ProductReviewDto>>,
        /// Rating of the product
        #[serde(rename = "rating", default, skip_serializing_if = "Option::is_none")]
        pub rating: Option<f64>,
        /// Headline of the Review
        #[serde(rename = "headline", default, skip_serializing_if = "Option::is_none")]
        pub headline: Option<String>,
        /// Detailed Review of the product
        #[serde(rename = "detail", default, skip_serializing_if = "Option::is_none")]
        pub detail: Option<String>,
    }

    impl UpdateProductReviewDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            product_id: impl Into<String>,
            status: impl Into<String>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                product_id: Some(product_id.into()),
                status: Some(status.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateProductReviewsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateProductReviewsResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// Success message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    impl UpdateProductReviewsResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: bool) -> Self {
            Self {
                status: Some(status),
                ..Self::default()
            }
        }
    }

    /// `UpdateProductReviewObjectDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateProductReviewObjectDto {
        /// Review Id
        ///
        /// Required by the spec.
        #[serde(rename = "reviewId", default, skip_serializing_if = "Option::is_none")]
        pub review_id: Option<String>,
        /// Product Id
        ///
        /// Required by the spec.
        #[serde(rename = "productId", default, skip_serializing_if = "Option::is_none")]
        pub product_id: Option<String>,
        /// Store Id
        ///
        /// Required by the spec.
        #[serde(rename = "storeId", default, skip_serializing_if = "Option::is_none")]
        pub store_id: Option<String>,
    }

    impl UpdateProductReviewObjectDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            review_id: impl Into<String>,
            product_id: impl Into<String>,
            store_id: impl Into<String>,
        ) -> Self {
            Self {
                review_id: Some(review_id.into()),
                product_id: Some(product_id.into()),
                store_id: Some(store_id.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateProductReviewsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateProductReviewsDto {
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
        /// Array of Product Reviews
        ///
        /// Required by the spec.
        #[serde(rename = "reviews", default, skip_serializing_if = "Option::is_none")]
        pub reviews: Option<Vec<crate::apps::products::models::UpdateProductReviewObjectDto>>,
        /// Status of the review
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl UpdateProductReviewsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            reviews: Vec<crate::apps::products::models::UpdateProductReviewObjectDto>,
            status: serde_json::Map<String, serde_json::Value>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                reviews: Some(reviews),
                status: Some(status),
                ..Self::default()
            }
        }
    }

    /// `DeleteProductReviewResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteProductReviewResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// Success message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    impl DeleteProductReviewResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: bool) -> Self {
            Self {
                status: Some(status),
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
        pub options: Option<Vec<crate::apps::products::models::ProductVariantOptionDto>>,
    }

    impl ProductVariantDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            name: impl Into<String>,
            options: Vec<crate::apps::products::models::ProductVariantOptionDto>,
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

    /// `GetProductResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetProductResponseDto {
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
        pub variants: Option<Vec<crate::apps::products::models::ProductVariantDto>>,
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
        pub label: Option<crate::apps::products::models::ProductLabelDto>,
        /// The slug of the product by which the product will be navigated
        #[serde(rename = "slug", default, skip_serializing_if = "Option::is_none")]
        pub slug: Option<String>,
    }

    impl GetProductResponseDto {
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

    /// `DeleteProductResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteProductResponseDto {
        /// returns true if the product is successfully deleted
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
    }

    impl DeleteProductResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: bool) -> Self {
            Self {
                status: Some(status),
                ..Self::default()
            }
        }
    }

    /// `ProductMediaDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ProductMediaDto {
        /// The unique identifier for the media.
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// The title of the media file.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// The URL where the media file is stored.
        ///
        /// Required by the spec.
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// The type of the media file (e.g., image, video will be supporting soon).
        ///
        /// One of: `"image"`, `"video"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Indicates whether the media is featured.
        #[serde(
            rename = "isFeatured",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_featured: Option<bool>,
        /// Mongo ObjectIds of the prices for which the media is assigned
        #[serde(rename = "priceIds", default, skip_serializing_if = "Option::is_none")]
        pub price_ids: Option<Vec<Vec<serde_json::Value>>>,
    }

    impl ProductMediaDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            url: impl Into<String>,
            r#type: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                url: Some(url.into()),
                r#type: Some(r#type.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateProductDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateProductDto {
        /// The name of the product.
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// The unique identifier for the location.
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// A brief description of the product.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// One of: `"DIGITAL"`, `"PHYSICAL"`, `"SERVICE"`, `"PHYSICAL/DIGITAL"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "productType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub product_type: Option<String>,
        /// The URL for the product image.
        #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
        pub image: Option<String>,
        /// The statement descriptor for the product.
        #[serde(
            rename = "statementDescriptor",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub statement_descriptor: Option<String>,
        /// Indicates whether the product is available in-store.
        #[serde(
            rename = "availableInStore",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub available_in_store: Option<bool>,
        /// An array of medias for the product.
        #[serde(rename = "medias", default, skip_serializing_if = "Option::is_none")]
        pub medias: Option<Vec<crate::apps::products::models::ProductMediaDto>>,
        /// An array of variants for the product.
        #[serde(rename = "variants", default, skip_serializing_if = "Option::is_none")]
        pub variants: Option<Vec<crate::apps::products::models::ProductVariantDto>>,
        /// An array of category Ids for the product
        #[serde(
            rename = "collectionIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub collection_ids: Option<Vec<String>>,
        /// Are there any taxes attached to the product. If this is true, taxes array cannot be empty.
        #[serde(
            rename = "isTaxesEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_taxes_enabled: Option<bool>,
        /// List of ids of Taxes attached to the Product. If taxes are passed, isTaxesEnabled should be true.
        #[serde(rename = "taxes", default, skip_serializing_if = "Option::is_none")]
        pub taxes: Option<Vec<String>>,
        /// Tax category ID for Automatic taxes calculation.
        #[serde(
            rename = "automaticTaxCategoryId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_tax_category_id: Option<String>,
        /// Is the product label enabled. If this is true, label object cannot be empty.
        #[serde(
            rename = "isLabelEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_label_enabled: Option<bool>,
        /// Details for Product Label
        #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
        pub label: Option<crate::apps::products::models::ProductLabelDto>,
        /// The slug using which the product navigation will be handled
        #[serde(rename = "slug", default, skip_serializing_if = "Option::is_none")]
        pub slug: Option<String>,
        /// SEO data for the product that will be displayed in the preview
        #[serde(rename = "seo", default, skip_serializing_if = "Option::is_none")]
        pub seo: Option<crate::apps::products::models::ProductSeoDto>,
        /// Whether the taxes should be included in the purchase price
        #[serde(
            rename = "taxInclusive",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tax_inclusive: Option<bool>,
    }

    impl CreateProductDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            name: impl Into<String>,
            location_id: impl Into<String>,
            product_type: impl Into<String>,
        ) -> Self {
            Self {
                name: Some(name.into()),
                location_id: Some(location_id.into()),
                product_type: Some(product_type.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateProductResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateProductResponseDto {
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
        pub variants: Option<Vec<crate::apps::products::models::ProductVariantDto>>,
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
        pub label: Option<crate::apps::products::models::ProductLabelDto>,
        /// The slug of the product by which the product will be navigated
        #[serde(rename = "slug", default, skip_serializing_if = "Option::is_none")]
        pub slug: Option<String>,
    }

    impl CreateProductResponseDto {
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

    /// `UpdateProductDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateProductDto {
        /// The name of the product.
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// The unique identifier for the location.
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// A brief description of the product.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// One of: `"DIGITAL"`, `"PHYSICAL"`, `"SERVICE"`, `"PHYSICAL/DIGITAL"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "productType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub product_type: Option<String>,
        /// The URL for the product image.
        #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
        pub image: Option<String>,
        /// The statement descriptor for the product.
        #[serde(
            rename = "statementDescriptor",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub statement_descriptor: Option<String>,
        /// Indicates whether the product is available in-store.
        #[serde(
            rename = "availableInStore",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub available_in_store: Option<bool>,
        /// An array of medias for the product.
        #[serde(rename = "medias", default, skip_serializing_if = "Option::is_none")]
        pub medias: Option<Vec<crate::apps::products::models::ProductMediaDto>>,
        /// An array of variants for the product.
        #[serde(rename = "variants", default, skip_serializing_if = "Option::is_none")]
        pub variants: Option<Vec<crate::apps::products::models::ProductVariantDto>>,
        /// An array of category Ids for the product
        #[serde(
            rename = "collectionIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub collection_ids: Option<Vec<String>>,
        /// Are there any taxes attached to the product. If this is true, taxes array cannot be empty.
        #[serde(
            rename = "isTaxesEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_taxes_enabled: Option<bool>,
        /// List of ids of Taxes attached to the Product. If taxes are passed, isTaxesEnabled should be true.
        #[serde(rename = "taxes", default, skip_serializing_if = "Option::is_none")]
        pub taxes: Option<Vec<String>>,
        /// Tax category ID for Automatic taxes calculation.
        #[serde(
            rename = "automaticTaxCategoryId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_tax_category_id: Option<String>,
        /// Is the product label enabled. If this is true, label object cannot be empty.
        #[serde(
            rename = "isLabelEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_label_enabled: Option<bool>,
        /// Details for Product Label
        #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
        pub label: Option<crate::apps::products::models::ProductLabelDto>,
        /// The slug using which the product navigation will be handled
        #[serde(rename = "slug", default, skip_serializing_if = "Option::is_none")]
        pub slug: Option<String>,
        /// SEO data for the product that will be displayed in the preview
        #[serde(rename = "seo", default, skip_serializing_if = "Option::is_none")]
        pub seo: Option<crate::apps::products::models::ProductSeoDto>,
        /// Whether the taxes should be included in the purchase price
        #[serde(
            rename = "taxInclusive",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tax_inclusive: Option<bool>,
        /// The prices of the product
        #[serde(rename = "prices", default, skip_serializing_if = "Option::is_none")]
        pub prices: Option<Vec<String>>,
    }

    impl UpdateProductDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            name: impl Into<String>,
            location_id: impl Into<String>,
            product_type: impl Into<String>,
        ) -> Self {
            Self {
                name: Some(name.into()),
                location_id: Some(location_id.into()),
                product_type: Some(product_type.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateProductResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateProductResponseDto {
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
        pub variants: Option<Vec<crate::apps::products::models::ProductVariantDto>>,
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
        pub label: Option<crate::apps::products::models::ProductLabelDto>,
        /// The slug of the product by which the product will be navigated
        #[serde(rename = "slug", default, skip_serializing_if = "Option::is_none")]
        pub slug: Option<String>,
    }

    impl UpdateProductResponseDto {
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
        pub variants: Option<Vec<crate::apps::products::models::ProductVariantDto>>,
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
        pub label: Option<crate::apps::products::models::ProductLabelDto>,
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

    /// `ListProductsStats` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ListProductsStats {
        /// Total number of products
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
    }

    impl ListProductsStats {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(total: f64) -> Self {
            Self {
                total: Some(total),
                ..Self::default()
            }
        }
    }

    /// `ListProductsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ListProductsResponseDto {
        /// An array of products
        ///
        /// Required by the spec.
        #[serde(rename = "products", default, skip_serializing_if = "Option::is_none")]
        pub products: Option<Vec<crate::apps::products::models::DefaultProductResponseDto>>,
        /// list products status
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<Vec<crate::apps::products::models::ListProductsStats>>,
    }

    impl ListProductsResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            products: Vec<crate::apps::products::models::DefaultProductResponseDto>,
            total: Vec<crate::apps::products::models::ListProductsStats>,
        ) -> Self {
            Self {
                products: Some(products),
                total: Some(total),
                ..Self::default()
            }
        }
    }
}

/// The Products API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct ProductsApi {
    client: GhlClient,
}

impl ProductsApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Bulk Update Products
    ///
    /// API to bulk update products (price, availability, collections, delete)
    ///
    /// `POST /products/bulk-update`
    ///
    /// Version `2021-07-28`; scope `products.write`; never repeated after an unknown outcome.
    pub fn bulk_update(
        &self,
        body: &crate::apps::products::models::BulkUpdateDto,
    ) -> ops::BulkUpdate {
        let mut req = Request::new(
            http::Method::POST,
            "/products/bulk-update",
            "/products/bulk-update",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::BulkUpdate {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Bulk Edit Products and Prices
    ///
    /// API to bulk edit products and their associated prices (max 30 entities)
    ///
    /// `POST /products/bulk-update/edit`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn bulk_edit(
        &self,
        body: &crate::apps::products::models::BulkEditRequestDto,
    ) -> ops::BulkEdit {
        let mut req = Request::new(
            http::Method::POST,
            "/products/bulk-update/edit",
            "/products/bulk-update/edit",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::BulkEdit {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List Prices for a Product
    ///
    /// The "List Prices for a Product" API allows retrieving a paginated list of prices associated with a specific product. Customize your results by filtering prices or paginate through the list using the provided query parameters.
    ///
    /// `GET /products/{productId}/price`
    ///
    /// Version `2021-07-28`; scope `products/prices.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn list_prices_for_product(
        &self,
        product_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::ListPricesForProduct {
        let mut req = Request::new(
            http::Method::GET,
            "/products/{productId}/price",
            format!(
                "/products/{}/price",
                crate::request::segment(product_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::ListPricesForProduct {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Price for a Product
    ///
    /// The "Create Price for a Product" API allows adding a new price associated with a specific product to the system. Use this endpoint to create a price with the specified details for a particular product. Ensure that the required information is provided in the request payload.
    ///
    /// `POST /products/{productId}/price`
    ///
    /// Version `2021-07-28`; scope `products/prices.write`; never repeated after an unknown outcome.
    pub fn create_price_for_product(
        &self,
        product_id: impl AsRef<str>,
        body: &crate::apps::products::models::CreatePriceDto,
    ) -> ops::CreatePriceForProduct {
        let mut req = Request::new(
            http::Method::POST,
            "/products/{productId}/price",
            format!(
                "/products/{}/price",
                crate::request::segment(product_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreatePriceForProduct {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List Inventory
    ///
    /// The "List Inventory API allows the user to retrieve a paginated list of inventory items. Use this endpoint to fetch details for multiple items in the inventory based on the provided query parameters.
    ///
    /// `GET /products/inventory`
    ///
    /// Version `2021-07-28`; scope `products/prices.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn get_list_inventory(
        &self,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::GetListInventory {
        let mut req = Request::new(
            http::Method::GET,
            "/products/inventory",
            "/products/inventory",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::GetListInventory {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Inventory
    ///
    /// The Update Inventory API allows the user to bulk update the inventory for multiple items. Use this endpoint to update the available quantity and out-of-stock purchase settings for multiple items in the inventory.
    ///
    /// `POST /products/inventory`
    ///
    /// Version `2021-07-28`; scope `products/prices.write`; never repeated after an unknown outcome.
    pub fn update_inventory(
        &self,
        body: &crate::apps::products::models::UpdateInventoryDto,
    ) -> ops::UpdateInventory {
        let mut req = Request::new(
            http::Method::POST,
            "/products/inventory",
            "/products/inventory",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateInventory {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Price by ID for a Product
    ///
    /// The "Get Price by ID for a Product" API allows retrieving information for a specific price associated with a particular product using its unique identifier. Use this endpoint to fetch details for a single price based on the provided price ID and product ID.
    ///
    /// `GET /products/{productId}/price/{priceId}`
    ///
    /// Version `2021-07-28`; scope `products/prices.readonly`; retried after an unknown outcome.
    pub fn get_price_by_id_for_product(
        &self,
        product_id: impl AsRef<str>,
        price_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::GetPriceByIdForProduct {
        let mut req = Request::new(
            http::Method::GET,
            "/products/{productId}/price/{priceId}",
            format!(
                "/products/{}/price/{}",
                crate::request::segment(product_id.as_ref()),
                crate::request::segment(price_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetPriceByIdForProduct {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Price by ID for a Product
    ///
    /// The "Update Price by ID for a Product" API allows modifying information for a specific price associated with a particular product using its unique identifier. Use this endpoint to update details for a single price based on the provided price ID and product ID.
    ///
    /// `PUT /products/{productId}/price/{priceId}`
    ///
    /// Version `2021-07-28`; scope `products/prices.write`; retried after an unknown outcome.
    pub fn update_price_by_id_for_product(
        &self,
        product_id: impl AsRef<str>,
        price_id: impl AsRef<str>,
        body: &crate::apps::products::models::UpdatePriceDto,
    ) -> ops::UpdatePriceByIdForProduct {
        let mut req = Request::new(
            http::Method::PUT,
            "/products/{productId}/price/{priceId}",
            format!(
                "/products/{}/price/{}",
                crate::request::segment(product_id.as_ref()),
                crate::request::segment(price_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdatePriceByIdForProduct {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Price by ID for a Product
    ///
    /// The "Delete Price by ID for a Product" API allows deleting a specific price associated with a particular product using its unique identifier. Use this endpoint to remove a price from the system.
    ///
    /// `DELETE /products/{productId}/price/{priceId}`
    ///
    /// Version `2021-07-28`; scope `products/prices.write`; retried after an unknown outcome.
    pub fn delete_price_by_id_for_product(
        &self,
        product_id: impl AsRef<str>,
        price_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::DeletePriceByIdForProduct {
        let mut req = Request::new(
            http::Method::DELETE,
            "/products/{productId}/price/{priceId}",
            format!(
                "/products/{}/price/{}",
                crate::request::segment(product_id.as_ref()),
                crate::request::segment(price_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::DeletePriceByIdForProduct {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Fetch Product Store Stats
    ///
    /// API to fetch the total number of products, included in the store, and excluded from the store and other stats
    ///
    /// `GET /products/store/{storeId}/stats`
    ///
    /// Version `2021-07-28`; scope `products.readonly`; retried after an unknown outcome.
    pub fn get_product_store_stats(
        &self,
        store_id: impl AsRef<str>,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::GetProductStoreStats {
        let mut req = Request::new(
            http::Method::GET,
            "/products/store/{storeId}/stats",
            format!(
                "/products/store/{}/stats",
                crate::request::segment(store_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::GetProductStoreStats {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Action to include/exclude the product in store
    ///
    /// API to update the status of products in a particular store
    ///
    /// `POST /products/store/{storeId}`
    ///
    /// Version `2021-07-28`; scope `products.write`; never repeated after an unknown outcome.
    pub fn update_store_status(
        &self,
        store_id: impl AsRef<str>,
        body: &crate::apps::products::models::UpdateProductStoreDto,
    ) -> ops::UpdateStoreStatus {
        let mut req = Request::new(
            http::Method::POST,
            "/products/store/{storeId}",
            format!(
                "/products/store/{}",
                crate::request::segment(store_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateStoreStatus {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update product display priorities in store
    ///
    /// API to set the display priority of products in a store
    ///
    /// `POST /products/store/{storeId}/priority`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn update_display_priority(
        &self,
        store_id: impl AsRef<str>,
        body: &crate::apps::products::models::UpdateDisplayPriorityBodyDto,
    ) -> ops::UpdateDisplayPriority {
        let mut req = Request::new(
            http::Method::POST,
            "/products/store/{storeId}/priority",
            format!(
                "/products/store/{}/priority",
                crate::request::segment(store_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateDisplayPriority {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Fetch Product Collections
    ///
    /// Internal API to fetch the Product Collections
    ///
    /// `GET /products/collections`
    ///
    /// Version `2021-07-28`; scope `products/collection.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn get_product_collection(
        &self,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::GetProductCollection {
        let mut req = Request::new(
            http::Method::GET,
            "/products/collections",
            "/products/collections",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::GetProductCollection {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Product Collection
    ///
    /// Create a new Product Collection for a specific location
    ///
    /// `POST /products/collections`
    ///
    /// Version `2021-07-28`; scope `products/collection.write`; never repeated after an unknown outcome.
    pub fn create_product_collection(
        &self,
        body: &crate::apps::products::models::CreateProductCollectionsDto,
    ) -> ops::CreateProductCollection {
        let mut req = Request::new(
            http::Method::POST,
            "/products/collections",
            "/products/collections",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateProductCollection {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Details about individual product collection
    ///
    /// `GET /products/collections/{collectionId}`
    ///
    /// Version `2021-07-28`; scope `products/collection.readonly`; retried after an unknown outcome.
    pub fn get_product_collection_id(
        &self,
        collection_id: impl AsRef<str>,
        alt_id: impl Into<String>,
    ) -> ops::GetProductCollectionId {
        let mut req = Request::new(
            http::Method::GET,
            "/products/collections/{collectionId}",
            format!(
                "/products/collections/{}",
                crate::request::segment(collection_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        ops::GetProductCollectionId {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Product Collection
    ///
    /// Update a specific product collection with Id :collectionId
    ///
    /// `PUT /products/collections/{collectionId}`
    ///
    /// Version `2021-07-28`; scope `products/collection.write`; retried after an unknown outcome.
    pub fn update_product_collection(
        &self,
        collection_id: impl AsRef<str>,
        body: &crate::apps::products::models::UpdateProductCollectionsDto,
    ) -> ops::UpdateProductCollection {
        let mut req = Request::new(
            http::Method::PUT,
            "/products/collections/{collectionId}",
            format!(
                "/products/collections/{}",
                crate::request::segment(collection_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateProductCollection {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Product Collection
    ///
    /// Delete specific product collection with Id :collectionId
    ///
    /// `DELETE /products/collections/{collectionId}`
    ///
    /// Version `2021-07-28`; scope `products/collection.write`; retried after an unknown outcome.
    pub fn delete_product_collection(
        &self,
        collection_id: impl AsRef<str>,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::DeleteProductCollection {
        let mut req = Request::new(
            http::Method::DELETE,
            "/products/collections/{collectionId}",
            format!(
                "/products/collections/{}",
                crate::request::segment(collection_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::DeleteProductCollection {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Fetch Product Reviews
    ///
    /// API to fetch the Product Reviews
    ///
    /// `GET /products/reviews`
    ///
    /// Version `2021-07-28`; scope `products.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn get_product_reviews(
        &self,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::GetProductReviews {
        let mut req = Request::new(http::Method::GET, "/products/reviews", "/products/reviews");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::GetProductReviews {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Fetch Review Count as per status
    ///
    /// API to fetch the Review Count as per status
    ///
    /// `GET /products/reviews/count`
    ///
    /// Version `2021-07-28`; scope `products.readonly`; retried after an unknown outcome.
    pub fn get_reviews_count(
        &self,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::GetReviewsCount {
        let mut req = Request::new(
            http::Method::GET,
            "/products/reviews/count",
            "/products/reviews/count",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::GetReviewsCount {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Product Reviews
    ///
    /// Update status, reply, etc of a particular review
    ///
    /// `PUT /products/reviews/{reviewId}`
    ///
    /// Version `2021-07-28`; scope `products.write`; retried after an unknown outcome.
    pub fn update_product_review(
        &self,
        review_id: impl AsRef<str>,
        body: &crate::apps::products::models::UpdateProductReviewDto,
    ) -> ops::UpdateProductReview {
        let mut req = Request::new(
            http::Method::PUT,
            "/products/reviews/{reviewId}",
            format!(
                "/products/reviews/{}",
                crate::request::segment(review_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateProductReview {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Product Review
    ///
    /// Delete specific product review
    ///
    /// `DELETE /products/reviews/{reviewId}`
    ///
    /// Version `2021-07-28`; scope `products.write`; retried after an unknown outcome.
    pub fn delete_product_review(
        &self,
        review_id: impl AsRef<str>,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
        product_id: impl Into<String>,
    ) -> ops::DeleteProductReview {
        let mut req = Request::new(
            http::Method::DELETE,
            "/products/reviews/{reviewId}",
            format!(
                "/products/reviews/{}",
                crate::request::segment(review_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        req = req.query_pair("productId", product_id.into());
        ops::DeleteProductReview {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Product Reviews
    ///
    /// Update one or multiple product reviews: status, reply, etc.
    ///
    /// `POST /products/reviews/bulk-update`
    ///
    /// Version `2021-07-28`; scope `products.write`; never repeated after an unknown outcome.
    pub fn bulk_update_product_review(
        &self,
        body: &crate::apps::products::models::UpdateProductReviewsDto,
    ) -> ops::BulkUpdateProductReview {
        let mut req = Request::new(
            http::Method::POST,
            "/products/reviews/bulk-update",
            "/products/reviews/bulk-update",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::BulkUpdateProductReview {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Product by ID
    ///
    /// The "Get Product by ID" API allows to retrieve information for a specific product using its unique identifier. Use this endpoint to fetch details for a single product based on the provided product ID.
    ///
    /// `GET /products/{productId}`
    ///
    /// Version `2021-07-28`; scope `products.readonly`; retried after an unknown outcome.
    pub fn get_product_by_id(
        &self,
        product_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::GetProductById {
        let mut req = Request::new(
            http::Method::GET,
            "/products/{productId}",
            format!("/products/{}", crate::request::segment(product_id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetProductById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Product by ID
    ///
    /// The "Update Product by ID" API allows modifying information for a specific product using its unique identifier. Use this endpoint to update details for a single product based on the provided product ID.
    ///
    /// `PUT /products/{productId}`
    ///
    /// Version `2021-07-28`; scope `products.write`; retried after an unknown outcome.
    pub fn update_product_by_id(
        &self,
        product_id: impl AsRef<str>,
        body: &crate::apps::products::models::UpdateProductDto,
    ) -> ops::UpdateProductById {
        let mut req = Request::new(
            http::Method::PUT,
            "/products/{productId}",
            format!("/products/{}", crate::request::segment(product_id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateProductById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Product by ID
    ///
    /// The "Delete Product by ID" API allows deleting a specific product using its unique identifier. Use this endpoint to remove a product from the system.
    ///
    /// `DELETE /products/{productId}`
    ///
    /// Version `2021-07-28`; scope `products.write`; retried after an unknown outcome.
    pub fn delete_product_by_id(
        &self,
        product_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::DeleteProductById {
        let mut req = Request::new(
            http::Method::DELETE,
            "/products/{productId}",
            format!("/products/{}", crate::request::segment(product_id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::DeleteProductById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List Products
    ///
    /// The "List Products" API allows to retrieve a paginated list of products. Customize your results by filtering products based on name or paginate through the list using the provided query parameters. This endpoint provides a straightforward way to explore and retrieve product information.
    ///
    /// `GET /products/`
    ///
    /// Version `2021-07-28`; scope `products.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn list_invoices(&self, location_id: impl Into<String>) -> ops::ListInvoices {
        let mut req = Request::new(http::Method::GET, "/products/", "/products/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::ListInvoices {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Product
    ///
    /// The "Create Product" API allows adding a new product to the system. Use this endpoint to create a product with the specified details. Ensure that the required information is provided in the request payload.
    ///
    /// `POST /products/`
    ///
    /// Version `2021-07-28`; scope `products.write`; never repeated after an unknown outcome.
    pub fn create_product(
        &self,
        body: &crate::apps::products::models::CreateProductDto,
    ) -> ops::CreateProduct {
        let mut req = Request::new(http::Method::POST, "/products/", "/products/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateProduct {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Products API operations (generated from GHL's spec).
    pub fn products(&self) -> ProductsApi {
        ProductsApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `POST /products/bulk-update` request being built, to send with [`BulkUpdate::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct BulkUpdate {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl BulkUpdate {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::products::models::BulkUpdateResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /products/bulk-update/edit` request being built, to send with [`BulkEdit::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct BulkEdit {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl BulkEdit {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::products::models::BulkEditResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /products/{productId}/price` request being built, to send with [`ListPricesForProduct::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListPricesForProduct {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ListPricesForProduct {
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

        /// To filter the response only with the given price ids, Please provide with comma separated
        pub fn ids(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("ids", value.into());
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
        ) -> Result<crate::Page<crate::apps::products::models::DefaultPriceResponseDto>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("offset"),
                cursor,
                |r: crate::apps::products::models::ListPricesResponseDto| {
                    (r.prices.unwrap_or_default(), r.total.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(
            self,
        ) -> crate::ItemStream<crate::apps::products::models::DefaultPriceResponseDto> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::products::models::ListPricesResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /products/{productId}/price` request being built, to send with [`CreatePriceForProduct::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreatePriceForProduct {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreatePriceForProduct {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::products::models::CreatePriceResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /products/inventory` request being built, to send with [`GetListInventory::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetListInventory {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetListInventory {
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

        /// Search string for Variant Search
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
        ) -> Result<crate::Page<crate::apps::products::models::InventoryItemDto>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("offset"),
                cursor,
                |r: crate::apps::products::models::GetInventoryResponseDto| {
                    (r.inventory.unwrap_or_default(), None)
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<crate::apps::products::models::InventoryItemDto> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::products::models::GetInventoryResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /products/inventory` request being built, to send with [`UpdateInventory::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateInventory {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateInventory {
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
        ) -> Result<crate::apps::products::models::UpdateInventoryResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /products/{productId}/price/{priceId}` request being built, to send with [`GetPriceByIdForProduct::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetPriceByIdForProduct {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetPriceByIdForProduct {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::products::models::GetPriceResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /products/{productId}/price/{priceId}` request being built, to send with [`UpdatePriceByIdForProduct::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdatePriceByIdForProduct {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdatePriceByIdForProduct {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::products::models::UpdatePriceResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /products/{productId}/price/{priceId}` request being built, to send with [`DeletePriceByIdForProduct::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeletePriceByIdForProduct {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeletePriceByIdForProduct {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::products::models::DeletePriceResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /products/store/{storeId}/stats` request being built, to send with [`GetProductStoreStats::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetProductStoreStats {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetProductStoreStats {
        /// The name of the product for searching.
        pub fn search(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("search", value.into());
            self
        }

        /// Filter by product collection Ids. Supports comma separated values
        pub fn collection_ids(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("collectionIds", value.into());
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
        ) -> Result<crate::apps::products::models::GetProductStatsResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /products/store/{storeId}` request being built, to send with [`UpdateStoreStatus::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateStoreStatus {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateStoreStatus {
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
        ) -> Result<crate::apps::products::models::UpdateProductStoreResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /products/store/{storeId}/priority` request being built, to send with [`UpdateDisplayPriority::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateDisplayPriority {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateDisplayPriority {
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

    /// The `GET /products/collections` request being built, to send with [`GetProductCollection::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetProductCollection {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetProductCollection {
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

        /// Ids of the collections separated by comma(,) for search purposes
        pub fn collection_ids(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("collectionIds", value.into());
            self
        }

        /// Query to search collection based on names
        pub fn name(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("name", value.into());
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
        ) -> Result<crate::Page<Vec<serde_json::Value>>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("offset"),
                cursor,
                |r: crate::apps::products::models::ListCollectionResponseDto| {
                    (r.data.unwrap_or_default(), r.total.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<Vec<serde_json::Value>> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::products::models::ListCollectionResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /products/collections` request being built, to send with [`CreateProductCollection::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateProductCollection {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateProductCollection {
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
        ) -> Result<crate::apps::products::models::CreateCollectionResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /products/collections/{collectionId}` request being built, to send with [`GetProductCollectionId::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetProductCollectionId {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetProductCollectionId {
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
        ) -> Result<crate::apps::products::models::DefaultCollectionResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /products/collections/{collectionId}` request being built, to send with [`UpdateProductCollection::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateProductCollection {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateProductCollection {
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
        ) -> Result<crate::apps::products::models::UpdateProductCollectionResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /products/collections/{collectionId}` request being built, to send with [`DeleteProductCollection::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteProductCollection {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteProductCollection {
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
        ) -> Result<crate::apps::products::models::DeleteProductCollectionResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /products/reviews` request being built, to send with [`GetProductReviews::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetProductReviews {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetProductReviews {
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

        /// The field upon which the sort should be applied
        ///
        /// One of: `"createdAt"`, `"rating"`.
        pub fn sort_field(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("sortField", value.into());
            self
        }

        /// The order of sort which should be applied for the sortField
        ///
        /// One of: `"asc"`, `"desc"`.
        pub fn sort_order(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("sortOrder", value.into());
            self
        }

        /// Key to filter the ratings
        pub fn rating(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("rating", value.to_string());
            self
        }

        /// The start date for filtering reviews
        pub fn start_date(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("startDate", value.into());
            self
        }

        /// The end date for filtering reviews
        pub fn end_date(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("endDate", value.into());
            self
        }

        /// Comma-separated list of product IDs
        pub fn product_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("productId", value.into());
            self
        }

        /// Comma-separated list of store IDs
        pub fn store_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("storeId", value.into());
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
        ) -> Result<crate::Page<Vec<serde_json::Value>>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("offset"),
                cursor,
                |r: crate::apps::products::models::ListProductReviewsResponseDto| {
                    (r.data.unwrap_or_default(), r.total.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<Vec<serde_json::Value>> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::products::models::ListProductReviewsResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /products/reviews/count` request being built, to send with [`GetReviewsCount::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetReviewsCount {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetReviewsCount {
        /// Key to filter the ratings
        pub fn rating(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("rating", value.to_string());
            self
        }

        /// The start date for filtering reviews
        pub fn start_date(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("startDate", value.into());
            self
        }

        /// The end date for filtering reviews
        pub fn end_date(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("endDate", value.into());
            self
        }

        /// Comma-separated list of product IDs
        pub fn product_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("productId", value.into());
            self
        }

        /// Comma-separated list of store IDs
        pub fn store_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("storeId", value.into());
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
        ) -> Result<crate::apps::products::models::CountReviewsByStatusResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /products/reviews/{reviewId}` request being built, to send with [`UpdateProductReview::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateProductReview {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateProductReview {
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
        ) -> Result<crate::apps::products::models::UpdateProductReviewsResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /products/reviews/{reviewId}` request being built, to send with [`DeleteProductReview::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteProductReview {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteProductReview {
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
        ) -> Result<crate::apps::products::models::DeleteProductReviewResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /products/reviews/bulk-update` request being built, to send with [`BulkUpdateProductReview::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct BulkUpdateProductReview {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl BulkUpdateProductReview {
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
        ) -> Result<crate::apps::products::models::UpdateProductReviewsResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /products/{productId}` request being built, to send with [`GetProductById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetProductById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetProductById {
        /// Parameter which will decide whether to show the wishlisting status of products
        pub fn send_wishlist_status(mut self, value: bool) -> Self {
            self.request = self
                .request
                .query_pair("sendWishlistStatus", value.to_string());
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
        pub async fn send(self) -> Result<crate::apps::products::models::GetProductResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /products/{productId}` request being built, to send with [`UpdateProductById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateProductById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateProductById {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::products::models::UpdateProductResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /products/{productId}` request being built, to send with [`DeleteProductById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteProductById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteProductById {
        /// Parameter which will decide whether to show the wishlisting status of products
        pub fn send_wishlist_status(mut self, value: bool) -> Self {
            self.request = self
                .request
                .query_pair("sendWishlistStatus", value.to_string());
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
        pub async fn send(self) -> Result<crate::apps::products::models::DeleteProductResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /products/` request being built, to send with [`ListInvoices::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListInvoices {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ListInvoices {
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

        /// The name of the product for searching.
        pub fn search(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("search", value.into());
            self
        }

        /// Filter by product category Ids. Supports comma separated values
        pub fn collection_ids(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("collectionIds", value.into());
            self
        }

        /// The slug value of the collection by which the collection would be searched
        pub fn collection_slug(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("collectionSlug", value.into());
            self
        }

        /// Name of an entity whose data has to be fetched along with product. Possible entities are tax, stripe and paypal. If not mentioned, only ID will be returned in case of taxes
        pub fn expand(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
            for v in value {
                self.request = self.request.query_pair("expand", v.into());
            }
            self
        }

        /// List of product ids to be fetched.
        pub fn product_ids(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
            for v in value {
                self.request = self.request.query_pair("productIds", v.into());
            }
            self
        }

        /// fetch and project products based on the storeId
        pub fn store_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("storeId", value.into());
            self
        }

        /// Separate products by which are included in the store and which are not
        pub fn included_in_store(mut self, value: bool) -> Self {
            self.request = self
                .request
                .query_pair("includedInStore", value.to_string());
            self
        }

        /// If the product is included in the online store
        pub fn available_in_store(mut self, value: bool) -> Self {
            self.request = self
                .request
                .query_pair("availableInStore", value.to_string());
            self
        }

        /// The order of sort which should be applied for the date
        ///
        /// One of: `"asc"`, `"desc"`.
        pub fn sort_order(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("sortOrder", value.into());
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
        pub async fn send(self) -> Result<crate::apps::products::models::ListProductsResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /products/` request being built, to send with [`CreateProduct::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateProduct {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateProduct {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::products::models::CreateProductResponseDto> {
            self.client.send(self.request).await
        }
    }
}
