//! Invoice API: 42 operations.
//!
//! Generated from GHL's `apps/invoices.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `AddressDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AddressDto {
        /// Address Line 1
        #[serde(
            rename = "addressLine1",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub address_line1: Option<String>,
        /// Address Line 2
        #[serde(
            rename = "addressLine2",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub address_line2: Option<String>,
        /// City
        #[serde(rename = "city", default, skip_serializing_if = "Option::is_none")]
        pub city: Option<String>,
        /// State
        #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
        pub state: Option<String>,
        /// Country Code
        #[serde(
            rename = "countryCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub country_code: Option<String>,
        /// Postal Code
        #[serde(
            rename = "postalCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub postal_code: Option<String>,
    }

    /// `BusinessDetailsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BusinessDetailsDto {
        /// Business Logo URL
        #[serde(rename = "logoUrl", default, skip_serializing_if = "Option::is_none")]
        pub logo_url: Option<String>,
        /// Business Name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Business Phone Number
        #[serde(rename = "phoneNo", default, skip_serializing_if = "Option::is_none")]
        pub phone_no: Option<String>,
        /// Business Address
        #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
        pub address: Option<crate::apps::invoices::models::AddressDto>,
        /// Business Website Link
        #[serde(rename = "website", default, skip_serializing_if = "Option::is_none")]
        pub website: Option<String>,
        /// Custom Values
        #[serde(
            rename = "customValues",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_values: Option<Vec<String>>,
    }

    /// `ItemTaxDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ItemTaxDto {
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "rate", default, skip_serializing_if = "Option::is_none")]
        pub rate: Option<f64>,
        /// One of: `"exclusive"`.
        #[serde(
            rename = "calculation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub calculation: Option<String>,
        /// `description`.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// `taxId`.
        #[serde(rename = "taxId", default, skip_serializing_if = "Option::is_none")]
        pub tax_id: Option<String>,
    }

    impl ItemTaxDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>, name: impl Into<String>, rate: f64) -> Self {
            Self {
                id: Some(id.into()),
                name: Some(name.into()),
                rate: Some(rate),
                ..Self::default()
            }
        }
    }

    /// `InvoiceItemDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct InvoiceItemDto {
        /// Invoice Item Name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Invoice descriptions
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Product Id
        #[serde(rename = "productId", default, skip_serializing_if = "Option::is_none")]
        pub product_id: Option<String>,
        /// Price Id
        #[serde(rename = "priceId", default, skip_serializing_if = "Option::is_none")]
        pub price_id: Option<String>,
        /// Currency
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Product amount
        ///
        /// Required by the spec.
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// Product Quantity
        ///
        /// Required by the spec.
        #[serde(rename = "qty", default, skip_serializing_if = "Option::is_none")]
        pub qty: Option<f64>,
        /// Tax
        #[serde(rename = "taxes", default, skip_serializing_if = "Option::is_none")]
        pub taxes: Option<Vec<crate::apps::invoices::models::ItemTaxDto>>,
        /// Tax category id for calculating automatic tax
        #[serde(
            rename = "automaticTaxCategoryId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_tax_category_id: Option<String>,
        /// Setupfee item, only created when 1st invoice of recurring schedule is generated
        #[serde(
            rename = "isSetupFeeItem",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_setup_fee_item: Option<bool>,
        /// Price type of the item
        ///
        /// One of: `"one_time"`, `"recurring"`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// true if item amount is tax inclusive
        #[serde(
            rename = "taxInclusive",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tax_inclusive: Option<bool>,
    }

    impl InvoiceItemDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            name: impl Into<String>,
            currency: impl Into<String>,
            amount: f64,
            qty: f64,
        ) -> Self {
            Self {
                name: Some(name.into()),
                currency: Some(currency.into()),
                amount: Some(amount),
                qty: Some(qty),
                ..Self::default()
            }
        }
    }

    /// `DiscountDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DiscountDto {
        /// Discount Value
        #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
        pub value: Option<f64>,
        /// Discount type
        ///
        /// One of: `"percentage"`, `"fixed"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Product Ids on which discount is applicable
        #[serde(
            rename = "validOnProductIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub valid_on_product_ids: Option<Vec<String>>,
    }

    impl DiscountDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(r#type: impl Into<String>) -> Self {
            Self {
                r#type: Some(r#type.into()),
                ..Self::default()
            }
        }
    }

    /// `TipsConfigurationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TipsConfigurationDto {
        /// Percentage of tips allowed
        ///
        /// Required by the spec.
        #[serde(
            rename = "tipsPercentage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tips_percentage: Option<Vec<String>>,
        /// Tips enabled status
        ///
        /// Required by the spec.
        #[serde(
            rename = "tipsEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tips_enabled: Option<bool>,
    }

    impl TipsConfigurationDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(tips_percentage: Vec<String>, tips_enabled: bool) -> Self {
            Self {
                tips_percentage: Some(tips_percentage),
                tips_enabled: Some(tips_enabled),
                ..Self::default()
            }
        }
    }

    /// `LateFeesFrequencyDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LateFeesFrequencyDto {
        /// Late fees interval count
        ///
        /// Required by the spec.
        #[serde(
            rename = "intervalCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub interval_count: Option<f64>,
        /// Late fees interval
        ///
        /// One of: `"minute"`, `"hour"`, `"day"`, `"week"`, `"month"`, `"one_time"`.
        ///
        /// Required by the spec.
        #[serde(rename = "interval", default, skip_serializing_if = "Option::is_none")]
        pub interval: Option<String>,
    }

    impl LateFeesFrequencyDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(interval_count: f64, interval: impl Into<String>) -> Self {
            Self {
                interval_count: Some(interval_count),
                interval: Some(interval.into()),
                ..Self::default()
            }
        }
    }

    /// `LateFeesGraceDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LateFeesGraceDto {
        /// Late fees grace interval count
        ///
        /// Required by the spec.
        #[serde(
            rename = "intervalCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub interval_count: Option<f64>,
        /// Late fees grace interval
        ///
        /// One of: `"day"`.
        ///
        /// Required by the spec.
        #[serde(rename = "interval", default, skip_serializing_if = "Option::is_none")]
        pub interval: Option<String>,
    }

    impl LateFeesGraceDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(interval_count: f64, interval: impl Into<String>) -> Self {
            Self {
                interval_count: Some(interval_count),
                interval: Some(interval.into()),
                ..Self::default()
            }
        }
    }

    /// `LateFeesMaxFeesDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LateFeesMaxFeesDto {
        /// One of: `"fixed"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Max late fees to pay
        ///
        /// Required by the spec.
        #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
        pub value: Option<f64>,
    }

    impl LateFeesMaxFeesDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(r#type: impl Into<String>, value: f64) -> Self {
            Self {
                r#type: Some(r#type.into()),
                value: Some(value),
                ..Self::default()
            }
        }
    }

    /// `LateFeesConfigurationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LateFeesConfigurationDto {
        /// Enable late fees
        ///
        /// Required by the spec.
        #[serde(rename = "enable", default, skip_serializing_if = "Option::is_none")]
        pub enable: Option<bool>,
        /// Late Fees Value
        ///
        /// Required by the spec.
        #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
        pub value: Option<f64>,
        /// Late Fees Type
        ///
        /// One of: `"fixed"`, `"percentage"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Late Fees Frequency
        ///
        /// Required by the spec.
        #[serde(rename = "frequency", default, skip_serializing_if = "Option::is_none")]
        pub frequency: Option<crate::apps::invoices::models::LateFeesFrequencyDto>,
        /// Late Fees Grace
        #[serde(rename = "grace", default, skip_serializing_if = "Option::is_none")]
        pub grace: Option<crate::apps::invoices::models::LateFeesGraceDto>,
        /// Max late fees payable
        #[serde(
            rename = "maxLateFees",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub max_late_fees: Option<crate::apps::invoices::models::LateFeesMaxFeesDto>,
    }

    impl LateFeesConfigurationDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            enable: bool,
            value: f64,
            r#type: impl Into<String>,
            frequency: crate::apps::invoices::models::LateFeesFrequencyDto,
        ) -> Self {
            Self {
                enable: Some(enable),
                value: Some(value),
                r#type: Some(r#type.into()),
                frequency: Some(frequency),
                ..Self::default()
            }
        }
    }

    /// `StripePaymentMethodDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct StripePaymentMethodDto {
        /// Enable Bank Debit Only
        ///
        /// Required by the spec.
        #[serde(
            rename = "enableBankDebitOnly",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_bank_debit_only: Option<bool>,
    }

    impl StripePaymentMethodDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(enable_bank_debit_only: bool) -> Self {
            Self {
                enable_bank_debit_only: Some(enable_bank_debit_only),
                ..Self::default()
            }
        }
    }

    /// `PaymentMethodDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PaymentMethodDto {
        /// Payment Method
        ///
        /// Required by the spec.
        #[serde(rename = "stripe", default, skip_serializing_if = "Option::is_none")]
        pub stripe: Option<crate::apps::invoices::models::StripePaymentMethodDto>,
    }

    impl PaymentMethodDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(stripe: crate::apps::invoices::models::StripePaymentMethodDto) -> Self {
            Self {
                stripe: Some(stripe),
                ..Self::default()
            }
        }
    }

    /// `ProcessingFeePaidChargeDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ProcessingFeePaidChargeDto {
        /// name of the processing fee
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// charge for the processing fee
        ///
        /// Required by the spec.
        #[serde(rename = "charge", default, skip_serializing_if = "Option::is_none")]
        pub charge: Option<f64>,
        /// amount of the processing fee
        ///
        /// Required by the spec.
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// id of the processing fee
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
    }

    impl ProcessingFeePaidChargeDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            name: impl Into<String>,
            charge: f64,
            amount: f64,
            id: impl Into<String>,
        ) -> Self {
            Self {
                name: Some(name.into()),
                charge: Some(charge),
                amount: Some(amount),
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `ProcessingFeeDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ProcessingFeeDto {
        /// charges for the processing fee
        ///
        /// Required by the spec.
        #[serde(rename = "charges", default, skip_serializing_if = "Option::is_none")]
        pub charges: Option<Vec<Vec<serde_json::Value>>>,
        /// collected miscellaneous charges
        #[serde(
            rename = "collectedMiscellaneousCharges",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub collected_miscellaneous_charges: Option<f64>,
        /// paid miscellaneous charges
        #[serde(
            rename = "paidCharges",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub paid_charges: Option<Vec<crate::apps::invoices::models::ProcessingFeePaidChargeDto>>,
    }

    impl ProcessingFeeDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(charges: Vec<Vec<serde_json::Value>>) -> Self {
            Self {
                charges: Some(charges),
                ..Self::default()
            }
        }
    }

    /// `CreateInvoiceTemplateDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateInvoiceTemplateDto {
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
        /// `internal`.
        #[serde(rename = "internal", default, skip_serializing_if = "Option::is_none")]
        pub internal: Option<bool>,
        /// Name of the template
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<crate::apps::invoices::models::BusinessDetailsDto>,
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<crate::apps::invoices::models::InvoiceItemDto>>,
        /// Automatic taxes enabled for the Invoice
        #[serde(
            rename = "automaticTaxesEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_taxes_enabled: Option<bool>,
        /// `discount`.
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<crate::apps::invoices::models::DiscountDto>,
        /// `termsNotes`.
        #[serde(
            rename = "termsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub terms_notes: Option<String>,
        /// Template title
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Configuration for tips on invoices
        #[serde(
            rename = "tipsConfiguration",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tips_configuration: Option<crate::apps::invoices::models::TipsConfigurationDto>,
        /// Late fees configuration for the invoices
        #[serde(
            rename = "lateFeesConfiguration",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub late_fees_configuration:
            Option<crate::apps::invoices::models::LateFeesConfigurationDto>,
        /// prefix for invoice number
        #[serde(
            rename = "invoiceNumberPrefix",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_number_prefix: Option<String>,
        /// Payment Methods for Invoices
        #[serde(
            rename = "paymentMethods",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_methods: Option<crate::apps::invoices::models::PaymentMethodDto>,
        /// attachments for the invoice
        #[serde(
            rename = "attachments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attachments: Option<Vec<String>>,
        /// miscellaneous charges for the invoice
        #[serde(
            rename = "miscellaneousCharges",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub miscellaneous_charges: Option<crate::apps::invoices::models::ProcessingFeeDto>,
    }

    impl CreateInvoiceTemplateDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            business_details: crate::apps::invoices::models::BusinessDetailsDto,
            currency: impl Into<String>,
            items: Vec<crate::apps::invoices::models::InvoiceItemDto>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                business_details: Some(business_details),
                currency: Some(currency.into()),
                items: Some(items),
                ..Self::default()
            }
        }
    }

    /// `CreateInvoiceTemplateResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateInvoiceTemplateResponseDto {
        /// Template Id
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
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
        /// Name of the Template
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Business Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<crate::apps::invoices::models::BusinessDetailsDto>,
        /// Currency
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Discount
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<crate::apps::invoices::models::DiscountDto>,
        /// Invoice Items
        ///
        /// Required by the spec.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<String>>,
        /// prefix for invoice number
        #[serde(
            rename = "invoiceNumberPrefix",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_number_prefix: Option<String>,
        /// Total Amount
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
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

    impl CreateInvoiceTemplateResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            business_details: crate::apps::invoices::models::BusinessDetailsDto,
            currency: impl Into<String>,
            items: Vec<String>,
            total: f64,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                business_details: Some(business_details),
                currency: Some(currency.into()),
                items: Some(items),
                total: Some(total),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `GetTemplateResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetTemplateResponseDto {
        /// Template Id
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
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
        /// Name of the Template
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Business Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<crate::apps::invoices::models::BusinessDetailsDto>,
        /// Currency
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Discount
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<crate::apps::invoices::models::DiscountDto>,
        /// Invoice Items
        ///
        /// Required by the spec.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<String>>,
        /// prefix for invoice number
        #[serde(
            rename = "invoiceNumberPrefix",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_number_prefix: Option<String>,
        /// Total Amount
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
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

    impl GetTemplateResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            business_details: crate::apps::invoices::models::BusinessDetailsDto,
            currency: impl Into<String>,
            items: Vec<String>,
            total: f64,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                business_details: Some(business_details),
                currency: Some(currency.into()),
                items: Some(items),
                total: Some(total),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `ListTemplatesResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ListTemplatesResponseDto {
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<Vec<crate::apps::invoices::models::GetTemplateResponseDto>>,
        /// Total number of Templates
        ///
        /// Required by the spec.
        #[serde(
            rename = "totalCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub total_count: Option<f64>,
    }

    impl ListTemplatesResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            data: Vec<crate::apps::invoices::models::GetTemplateResponseDto>,
            total_count: f64,
        ) -> Self {
            Self {
                data: Some(data),
                total_count: Some(total_count),
                ..Self::default()
            }
        }
    }

    /// `UpdateInvoiceTemplateDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateInvoiceTemplateDto {
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
        /// `internal`.
        #[serde(rename = "internal", default, skip_serializing_if = "Option::is_none")]
        pub internal: Option<bool>,
        /// Name of the template
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<crate::apps::invoices::models::BusinessDetailsDto>,
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<crate::apps::invoices::models::InvoiceItemDto>>,
        /// `discount`.
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<crate::apps::invoices::models::DiscountDto>,
        /// `termsNotes`.
        #[serde(
            rename = "termsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub terms_notes: Option<String>,
        /// Template title
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// miscellaneous charges for the invoice
        #[serde(
            rename = "miscellaneousCharges",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub miscellaneous_charges: Option<crate::apps::invoices::models::ProcessingFeeDto>,
    }

    impl UpdateInvoiceTemplateDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            business_details: crate::apps::invoices::models::BusinessDetailsDto,
            currency: impl Into<String>,
            items: Vec<crate::apps::invoices::models::InvoiceItemDto>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                business_details: Some(business_details),
                currency: Some(currency.into()),
                items: Some(items),
                ..Self::default()
            }
        }
    }

    /// `UpdateInvoiceTemplateResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateInvoiceTemplateResponseDto {
        /// Template Id
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
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
        /// Name of the Template
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Business Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<crate::apps::invoices::models::BusinessDetailsDto>,
        /// Currency
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Discount
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<crate::apps::invoices::models::DiscountDto>,
        /// Invoice Items
        ///
        /// Required by the spec.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<String>>,
        /// prefix for invoice number
        #[serde(
            rename = "invoiceNumberPrefix",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_number_prefix: Option<String>,
        /// Total Amount
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
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

    impl UpdateInvoiceTemplateResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            business_details: crate::apps::invoices::models::BusinessDetailsDto,
            currency: impl Into<String>,
            items: Vec<String>,
            total: f64,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                business_details: Some(business_details),
                currency: Some(currency.into()),
                items: Some(items),
                total: Some(total),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateInvoiceLateFeesConfigurationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateInvoiceLateFeesConfigurationDto {
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
        /// late fees configuration
        ///
        /// Required by the spec.
        #[serde(
            rename = "lateFeesConfiguration",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub late_fees_configuration:
            Option<crate::apps::invoices::models::LateFeesConfigurationDto>,
    }

    impl UpdateInvoiceLateFeesConfigurationDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            late_fees_configuration: crate::apps::invoices::models::LateFeesConfigurationDto,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                late_fees_configuration: Some(late_fees_configuration),
                ..Self::default()
            }
        }
    }

    /// `UpdatePaymentMethodsConfigurationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdatePaymentMethodsConfigurationDto {
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
        /// Payment Methods for Invoices
        #[serde(
            rename = "paymentMethods",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_methods: Option<crate::apps::invoices::models::PaymentMethodDto>,
    }

    impl UpdatePaymentMethodsConfigurationDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(alt_id: impl Into<String>, alt_type: impl Into<String>) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                ..Self::default()
            }
        }
    }

    /// `DeleteInvoiceTemplateResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteInvoiceTemplateResponseDto {
        /// success
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    impl DeleteInvoiceTemplateResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool) -> Self {
            Self {
                success: Some(success),
                ..Self::default()
            }
        }
    }

    /// `AdditionalEmailsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AdditionalEmailsDto {
        ///
        /// Required by the spec.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
    }

    impl AdditionalEmailsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(email: impl Into<String>) -> Self {
            Self {
                email: Some(email.into()),
                ..Self::default()
            }
        }
    }

    /// `ContactDetailsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ContactDetailsDto {
        /// Contact ID
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Contact Name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Contact Phone Number
        ///
        /// Required by the spec.
        #[serde(rename = "phoneNo", default, skip_serializing_if = "Option::is_none")]
        pub phone_no: Option<String>,
        /// Contact Email
        ///
        /// Required by the spec.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// Secondary email addresses for the contact to be saved
        #[serde(
            rename = "additionalEmails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub additional_emails: Option<Vec<crate::apps::invoices::models::AdditionalEmailsDto>>,
        /// Contact Company Name
        #[serde(
            rename = "companyName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub company_name: Option<String>,
        /// `address`.
        #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
        pub address: Option<crate::apps::invoices::models::AddressDto>,
        /// Custom Values
        #[serde(
            rename = "customFields",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_fields: Option<Vec<String>>,
    }

    impl ContactDetailsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            name: impl Into<String>,
            phone_no: impl Into<String>,
            email: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                name: Some(name.into()),
                phone_no: Some(phone_no.into()),
                email: Some(email.into()),
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
        /// Start as primary user accepted date
        #[serde(
            rename = "useStartAsPrimaryUserAccepted",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub use_start_as_primary_user_accepted: Option<bool>,
        /// End type like after, by, count
        #[serde(rename = "endType", default, skip_serializing_if = "Option::is_none")]
        pub end_type: Option<String>,
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
        pub rrule: Option<crate::apps::invoices::models::CustomRRuleOptionsDto>,
    }

    /// `AttachmentsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AttachmentsDto {
        /// Id of the file selected
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Name of the file
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// URL of the file
        ///
        /// Required by the spec.
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// Type of the file
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Size of the file
        ///
        /// Required by the spec.
        #[serde(rename = "size", default, skip_serializing_if = "Option::is_none")]
        pub size: Option<f64>,
    }

    impl AttachmentsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            name: impl Into<String>,
            url: impl Into<String>,
            r#type: impl Into<String>,
            size: f64,
        ) -> Self {
            Self {
                id: Some(id.into()),
                name: Some(name.into()),
                url: Some(url.into()),
                r#type: Some(r#type.into()),
                size: Some(size),
                ..Self::default()
            }
        }
    }

    /// `CreateInvoiceScheduleDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateInvoiceScheduleDto {
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
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_details: Option<crate::apps::invoices::models::ContactDetailsDto>,
        ///
        /// Required by the spec.
        #[serde(rename = "schedule", default, skip_serializing_if = "Option::is_none")]
        pub schedule: Option<crate::apps::invoices::models::ScheduleOptionsDto>,
        ///
        /// Required by the spec.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<crate::apps::invoices::models::BusinessDetailsDto>,
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<crate::apps::invoices::models::InvoiceItemDto>>,
        /// Automatic taxes enabled for the Invoice
        #[serde(
            rename = "automaticTaxesEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_taxes_enabled: Option<bool>,
        ///
        /// Required by the spec.
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<crate::apps::invoices::models::DiscountDto>,
        /// `termsNotes`.
        #[serde(
            rename = "termsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub terms_notes: Option<String>,
        /// `title`.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Configuration for tips on invoices
        #[serde(
            rename = "tipsConfiguration",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tips_configuration: Option<crate::apps::invoices::models::TipsConfigurationDto>,
        /// Late fees configuration for the invoices
        #[serde(
            rename = "lateFeesConfiguration",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub late_fees_configuration:
            Option<crate::apps::invoices::models::LateFeesConfigurationDto>,
        /// prefix for invoice number
        #[serde(
            rename = "invoiceNumberPrefix",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_number_prefix: Option<String>,
        /// Payment Methods for Invoices
        #[serde(
            rename = "paymentMethods",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_methods: Option<crate::apps::invoices::models::PaymentMethodDto>,
        /// attachments for the invoice
        #[serde(
            rename = "attachments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attachments: Option<Vec<crate::apps::invoices::models::AttachmentsDto>>,
        /// miscellaneous charges for the invoice
        #[serde(
            rename = "miscellaneousCharges",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub miscellaneous_charges: Option<crate::apps::invoices::models::ProcessingFeeDto>,
    }

    impl CreateInvoiceScheduleDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            contact_details: crate::apps::invoices::models::ContactDetailsDto,
            schedule: crate::apps::invoices::models::ScheduleOptionsDto,
            live_mode: bool,
            business_details: crate::apps::invoices::models::BusinessDetailsDto,
            currency: impl Into<String>,
            items: Vec<crate::apps::invoices::models::InvoiceItemDto>,
            discount: crate::apps::invoices::models::DiscountDto,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                contact_details: Some(contact_details),
                schedule: Some(schedule),
                live_mode: Some(live_mode),
                business_details: Some(business_details),
                currency: Some(currency.into()),
                items: Some(items),
                discount: Some(discount),
                ..Self::default()
            }
        }
    }

    /// `DefaultInvoiceResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DefaultInvoiceResponseDto {
        /// Invoice Id
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Invoice Status
        ///
        /// One of: `"draft"`, `"sent"`, `"payment_processing"`, `"paid"`, `"void"`, `"partially_paid"`.
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// Live Mode
        ///
        /// Required by the spec.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        /// Amount Paid
        ///
        /// Required by the spec.
        #[serde(
            rename = "amountPaid",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub amount_paid: Option<f64>,
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
        /// Name of the invoice
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Business Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<serde_json::Map<String, serde_json::Value>>,
        /// Invoice Number
        ///
        /// Required by the spec.
        #[serde(
            rename = "invoiceNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_number: Option<f64>,
        /// Currency
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Contact Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_details: Option<serde_json::Map<String, serde_json::Value>>,
        /// Issue date in YYYY-MM-DD format
        ///
        /// Required by the spec.
        #[serde(rename = "issueDate", default, skip_serializing_if = "Option::is_none")]
        pub issue_date: Option<String>,
        /// Due date in YYYY-MM-DD format
        ///
        /// Required by the spec.
        #[serde(rename = "dueDate", default, skip_serializing_if = "Option::is_none")]
        pub due_date: Option<String>,
        /// Discount
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<serde_json::Map<String, serde_json::Value>>,
        /// Invoice Items
        ///
        /// Required by the spec.
        #[serde(
            rename = "invoiceItems",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_items: Option<Vec<String>>,
        /// Total Amount
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// Title
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Total Amount Due
        ///
        /// Required by the spec.
        #[serde(rename = "amountDue", default, skip_serializing_if = "Option::is_none")]
        pub amount_due: Option<f64>,
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
        /// Automatic taxes enabled for the Invoice
        #[serde(
            rename = "automaticTaxesEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_taxes_enabled: Option<bool>,
        /// Is Automatic taxes calculated for the Invoice items
        #[serde(
            rename = "automaticTaxesCalculated",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_taxes_calculated: Option<bool>,
        /// split invoice into payment schedule summing up to full invoice amount
        #[serde(
            rename = "paymentSchedule",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_schedule: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl DefaultInvoiceResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            status: impl Into<String>,
            live_mode: bool,
            amount_paid: f64,
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            business_details: serde_json::Map<String, serde_json::Value>,
            invoice_number: f64,
            currency: impl Into<String>,
            contact_details: serde_json::Map<String, serde_json::Value>,
            issue_date: impl Into<String>,
            due_date: impl Into<String>,
            invoice_items: Vec<String>,
            total: f64,
            title: impl Into<String>,
            amount_due: f64,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                status: Some(status.into()),
                live_mode: Some(live_mode),
                amount_paid: Some(amount_paid),
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                business_details: Some(business_details),
                invoice_number: Some(invoice_number),
                currency: Some(currency.into()),
                contact_details: Some(contact_details),
                issue_date: Some(issue_date.into()),
                due_date: Some(due_date.into()),
                invoice_items: Some(invoice_items),
                total: Some(total),
                title: Some(title.into()),
                amount_due: Some(amount_due),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateInvoiceScheduleResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateInvoiceScheduleResponseDto {
        /// Schedule Id
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Schedule Status
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<serde_json::Map<String, serde_json::Value>>,
        /// Live Mode
        ///
        /// Required by the spec.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
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
        /// Name of the invoice
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `schedule`.
        #[serde(rename = "schedule", default, skip_serializing_if = "Option::is_none")]
        pub schedule: Option<crate::apps::invoices::models::ScheduleOptionsDto>,
        /// List of invoices
        ///
        /// Required by the spec.
        #[serde(rename = "invoices", default, skip_serializing_if = "Option::is_none")]
        pub invoices: Option<Vec<crate::apps::invoices::models::DefaultInvoiceResponseDto>>,
        /// Business Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<crate::apps::invoices::models::BusinessDetailsDto>,
        /// Currency
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Contact Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_details: Option<crate::apps::invoices::models::ContactDetailsDto>,
        /// Discount
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<crate::apps::invoices::models::DiscountDto>,
        /// Invoice Items
        ///
        /// Required by the spec.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<String>>,
        /// Total Amount
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// Title
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Terms notes
        ///
        /// Required by the spec.
        #[serde(
            rename = "termsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub terms_notes: Option<String>,
        /// Compiled terms notes
        ///
        /// Required by the spec.
        #[serde(
            rename = "compiledTermsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub compiled_terms_notes: Option<String>,
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

    impl CreateInvoiceScheduleResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            status: serde_json::Map<String, serde_json::Value>,
            live_mode: bool,
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            invoices: Vec<crate::apps::invoices::models::DefaultInvoiceResponseDto>,
            business_details: crate::apps::invoices::models::BusinessDetailsDto,
            currency: impl Into<String>,
            contact_details: crate::apps::invoices::models::ContactDetailsDto,
            items: Vec<String>,
            total: f64,
            title: impl Into<String>,
            terms_notes: impl Into<String>,
            compiled_terms_notes: impl Into<String>,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                status: Some(status),
                live_mode: Some(live_mode),
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                invoices: Some(invoices),
                business_details: Some(business_details),
                currency: Some(currency.into()),
                contact_details: Some(contact_details),
                items: Some(items),
                total: Some(total),
                title: Some(title.into()),
                terms_notes: Some(terms_notes.into()),
                compiled_terms_notes: Some(compiled_terms_notes.into()),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `GetScheduleResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetScheduleResponseDto {
        /// Schedule Id
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Schedule Status
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<serde_json::Map<String, serde_json::Value>>,
        /// Live Mode
        ///
        /// Required by the spec.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
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
        /// Name of the invoice
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `schedule`.
        #[serde(rename = "schedule", default, skip_serializing_if = "Option::is_none")]
        pub schedule: Option<crate::apps::invoices::models::ScheduleOptionsDto>,
        /// List of invoices
        ///
        /// Required by the spec.
        #[serde(rename = "invoices", default, skip_serializing_if = "Option::is_none")]
        pub invoices: Option<Vec<crate::apps::invoices::models::DefaultInvoiceResponseDto>>,
        /// Business Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<crate::apps::invoices::models::BusinessDetailsDto>,
        /// Currency
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Contact Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_details: Option<crate::apps::invoices::models::ContactDetailsDto>,
        /// Discount
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<crate::apps::invoices::models::DiscountDto>,
        /// Invoice Items
        ///
        /// Required by the spec.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<String>>,
        /// Total Amount
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// Title
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Terms notes
        ///
        /// Required by the spec.
        #[serde(
            rename = "termsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub terms_notes: Option<String>,
        /// Compiled terms notes
        ///
        /// Required by the spec.
        #[serde(
            rename = "compiledTermsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub compiled_terms_notes: Option<String>,
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

    impl GetScheduleResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            status: serde_json::Map<String, serde_json::Value>,
            live_mode: bool,
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            invoices: Vec<crate::apps::invoices::models::DefaultInvoiceResponseDto>,
            business_details: crate::apps::invoices::models::BusinessDetailsDto,
            currency: impl Into<String>,
            contact_details: crate::apps::invoices::models::ContactDetailsDto,
            items: Vec<String>,
            total: f64,
            title: impl Into<String>,
            terms_notes: impl Into<String>,
            compiled_terms_notes: impl Into<String>,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                status: Some(status),
                live_mode: Some(live_mode),
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                invoices: Some(invoices),
                business_details: Some(business_details),
                currency: Some(currency.into()),
                contact_details: Some(contact_details),
                items: Some(items),
                total: Some(total),
                title: Some(title.into()),
                terms_notes: Some(terms_notes.into()),
                compiled_terms_notes: Some(compiled_terms_notes.into()),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `ListSchedulesResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ListSchedulesResponseDto {
        ///
        /// Required by the spec.
        #[serde(rename = "schedules", default, skip_serializing_if = "Option::is_none")]
        pub schedules: Option<Vec<crate::apps::invoices::models::GetScheduleResponseDto>>,
        /// Total number of Schedules
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
    }

    impl ListSchedulesResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            schedules: Vec<crate::apps::invoices::models::GetScheduleResponseDto>,
            total: f64,
        ) -> Self {
            Self {
                schedules: Some(schedules),
                total: Some(total),
                ..Self::default()
            }
        }
    }

    /// `UpdateInvoiceScheduleDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateInvoiceScheduleDto {
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
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_details: Option<crate::apps::invoices::models::ContactDetailsDto>,
        ///
        /// Required by the spec.
        #[serde(rename = "schedule", default, skip_serializing_if = "Option::is_none")]
        pub schedule: Option<crate::apps::invoices::models::ScheduleOptionsDto>,
        ///
        /// Required by the spec.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<crate::apps::invoices::models::BusinessDetailsDto>,
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<crate::apps::invoices::models::InvoiceItemDto>>,
        ///
        /// Required by the spec.
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<crate::apps::invoices::models::DiscountDto>,
        /// `termsNotes`.
        #[serde(
            rename = "termsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub terms_notes: Option<String>,
        /// `title`.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// attachments for the invoice
        #[serde(
            rename = "attachments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attachments: Option<Vec<crate::apps::invoices::models::AttachmentsDto>>,
        /// miscellaneous charges for the invoice
        #[serde(
            rename = "miscellaneousCharges",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub miscellaneous_charges: Option<crate::apps::invoices::models::ProcessingFeeDto>,
    }

    impl UpdateInvoiceScheduleDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            contact_details: crate::apps::invoices::models::ContactDetailsDto,
            schedule: crate::apps::invoices::models::ScheduleOptionsDto,
            live_mode: bool,
            business_details: crate::apps::invoices::models::BusinessDetailsDto,
            currency: impl Into<String>,
            items: Vec<crate::apps::invoices::models::InvoiceItemDto>,
            discount: crate::apps::invoices::models::DiscountDto,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                contact_details: Some(contact_details),
                schedule: Some(schedule),
                live_mode: Some(live_mode),
                business_details: Some(business_details),
                currency: Some(currency.into()),
                items: Some(items),
                discount: Some(discount),
                ..Self::default()
            }
        }
    }

    /// `UpdateInvoiceScheduleResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateInvoiceScheduleResponseDto {
        /// Schedule Id
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Schedule Status
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<serde_json::Map<String, serde_json::Value>>,
        /// Live Mode
        ///
        /// Required by the spec.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
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
        /// Name of the invoice
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `schedule`.
        #[serde(rename = "schedule", default, skip_serializing_if = "Option::is_none")]
        pub schedule: Option<crate::apps::invoices::models::ScheduleOptionsDto>,
        /// List of invoices
        ///
        /// Required by the spec.
        #[serde(rename = "invoices", default, skip_serializing_if = "Option::is_none")]
        pub invoices: Option<Vec<crate::apps::invoices::models::DefaultInvoiceResponseDto>>,
        /// Business Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<crate::apps::invoices::models::BusinessDetailsDto>,
        /// Currency
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Contact Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_details: Option<crate::apps::invoices::models::ContactDetailsDto>,
        /// Discount
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<crate::apps::invoices::models::DiscountDto>,
        /// Invoice Items
        ///
        /// Required by the spec.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<String>>,
        /// Total Amount
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// Title
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Terms notes
        ///
        /// Required by the spec.
        #[serde(
            rename = "termsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub terms_notes: Option<String>,
        /// Compiled terms notes
        ///
        /// Required by the spec.
        #[serde(
            rename = "compiledTermsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub compiled_terms_notes: Option<String>,
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

    impl UpdateInvoiceScheduleResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            status: serde_json::Map<String, serde_json::Value>,
            live_mode: bool,
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            invoices: Vec<crate::apps::invoices::models::DefaultInvoiceResponseDto>,
            business_details: crate::apps::invoices::models::BusinessDetailsDto,
            currency: impl Into<String>,
            contact_details: crate::apps::invoices::models::ContactDetailsDto,
            items: Vec<String>,
            total: f64,
            title: impl Into<String>,
            terms_notes: impl Into<String>,
            compiled_terms_notes: impl Into<String>,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                status: Some(status),
                live_mode: Some(live_mode),
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                invoices: Some(invoices),
                business_details: Some(business_details),
                currency: Some(currency.into()),
                contact_details: Some(contact_details),
                items: Some(items),
                total: Some(total),
                title: Some(title.into()),
                terms_notes: Some(terms_notes.into()),
                compiled_terms_notes: Some(compiled_terms_notes.into()),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `DeleteInvoiceScheduleResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteInvoiceScheduleResponseDto {
        /// success
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    impl DeleteInvoiceScheduleResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool) -> Self {
            Self {
                success: Some(success),
                ..Self::default()
            }
        }
    }

    /// `UpdateAndScheduleInvoiceScheduleResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateAndScheduleInvoiceScheduleResponseDto {
        /// Schedule Id
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Schedule Status
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<serde_json::Map<String, serde_json::Value>>,
        /// Live Mode
        ///
        /// Required by the spec.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
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
        /// Name of the invoice
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `schedule`.
        #[serde(rename = "schedule", default, skip_serializing_if = "Option::is_none")]
        pub schedule: Option<crate::apps::invoices::models::ScheduleOptionsDto>,
        /// List of invoices
        ///
        /// Required by the spec.
        #[serde(rename = "invoices", default, skip_serializing_if = "Option::is_none")]
        pub invoices: Option<Vec<crate::apps::invoices::models::DefaultInvoiceResponseDto>>,
        /// Business Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<crate::apps::invoices::models::BusinessDetailsDto>,
        /// Currency
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Contact Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_details: Option<crate::apps::invoices::models::ContactDetailsDto>,
        /// Discount
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<crate::apps::invoices::models::DiscountDto>,
        /// Invoice Items
        ///
        /// Required by the spec.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<String>>,
        /// Total Amount
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// Title
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Terms notes
        ///
        /// Required by the spec.
        #[serde(
            rename = "termsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub terms_notes: Option<String>,
        /// Compiled terms notes
        ///
        /// Required by the spec.
        #[serde(
            rename = "compiledTermsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub compiled_terms_notes: Option<String>,
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

    impl UpdateAndScheduleInvoiceScheduleResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            status: serde_json::Map<String, serde_json::Value>,
            live_mode: bool,
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            invoices: Vec<crate::apps::invoices::models::DefaultInvoiceResponseDto>,
            business_details: crate::apps::invoices::models::BusinessDetailsDto,
            currency: impl Into<String>,
            contact_details: crate::apps::invoices::models::ContactDetailsDto,
            items: Vec<String>,
            total: f64,
            title: impl Into<String>,
            terms_notes: impl Into<String>,
            compiled_terms_notes: impl Into<String>,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                status: Some(status),
                live_mode: Some(live_mode),
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                invoices: Some(invoices),
                business_details: Some(business_details),
                currency: Some(currency.into()),
                contact_details: Some(contact_details),
                items: Some(items),
                total: Some(total),
                title: Some(title.into()),
                terms_notes: Some(terms_notes.into()),
                compiled_terms_notes: Some(compiled_terms_notes.into()),
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
        ///
        /// Required by the spec.
        #[serde(rename = "brand", default, skip_serializing_if = "Option::is_none")]
        pub brand: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "last4", default, skip_serializing_if = "Option::is_none")]
        pub last4: Option<String>,
    }

    impl CardDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(brand: impl Into<String>, last4: impl Into<String>) -> Self {
            Self {
                brand: Some(brand.into()),
                last4: Some(last4.into()),
                ..Self::default()
            }
        }
    }

    /// `UsBankAccountDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UsBankAccountDto {
        ///
        /// Required by the spec.
        #[serde(rename = "bank_name", default, skip_serializing_if = "Option::is_none")]
        pub bank_name: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "last4", default, skip_serializing_if = "Option::is_none")]
        pub last4: Option<String>,
    }

    impl UsBankAccountDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(bank_name: impl Into<String>, last4: impl Into<String>) -> Self {
            Self {
                bank_name: Some(bank_name.into()),
                last4: Some(last4.into()),
                ..Self::default()
            }
        }
    }

    /// `SepaDirectDebitDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SepaDirectDebitDto {
        ///
        /// Required by the spec.
        #[serde(rename = "bank_code", default, skip_serializing_if = "Option::is_none")]
        pub bank_code: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "last4", default, skip_serializing_if = "Option::is_none")]
        pub last4: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "branch_code",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub branch_code: Option<String>,
    }

    impl SepaDirectDebitDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            bank_code: impl Into<String>,
            last4: impl Into<String>,
            branch_code: impl Into<String>,
        ) -> Self {
            Self {
                bank_code: Some(bank_code.into()),
                last4: Some(last4.into()),
                branch_code: Some(branch_code.into()),
                ..Self::default()
            }
        }
    }

    /// `BacsDirectDebitDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BacsDirectDebitDto {
        ///
        /// Required by the spec.
        #[serde(rename = "sort_code", default, skip_serializing_if = "Option::is_none")]
        pub sort_code: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "last4", default, skip_serializing_if = "Option::is_none")]
        pub last4: Option<String>,
    }

    impl BacsDirectDebitDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(sort_code: impl Into<String>, last4: impl Into<String>) -> Self {
            Self {
                sort_code: Some(sort_code.into()),
                last4: Some(last4.into()),
                ..Self::default()
            }
        }
    }

    /// `BecsDirectDebitDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BecsDirectDebitDto {
        ///
        /// Required by the spec.
        #[serde(
            rename = "bsb_number",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub bsb_number: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "last4", default, skip_serializing_if = "Option::is_none")]
        pub last4: Option<String>,
    }

    impl BecsDirectDebitDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(bsb_number: impl Into<String>, last4: impl Into<String>) -> Self {
            Self {
                bsb_number: Some(bsb_number.into()),
                last4: Some(last4.into()),
                ..Self::default()
            }
        }
    }

    /// `AutoPaymentDetailsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AutoPaymentDetailsDto {
        ///
        /// Required by the spec.
        #[serde(rename = "enable", default, skip_serializing_if = "Option::is_none")]
        pub enable: Option<bool>,
        /// `type`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// `paymentMethodId`.
        #[serde(
            rename = "paymentMethodId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_method_id: Option<String>,
        /// `customerId`.
        #[serde(
            rename = "customerId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub customer_id: Option<String>,
        /// `card`.
        #[serde(rename = "card", default, skip_serializing_if = "Option::is_none")]
        pub card: Option<crate::apps::invoices::models::CardDto>,
        /// `usBankAccount`.
        #[serde(
            rename = "usBankAccount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub us_bank_account: Option<crate::apps::invoices::models::UsBankAccountDto>,
        /// `sepaDirectDebit`.
        #[serde(
            rename = "sepaDirectDebit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sepa_direct_debit: Option<crate::apps::invoices::models::SepaDirectDebitDto>,
        /// `bacsDirectDebit`.
        #[serde(
            rename = "bacsDirectDebit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub bacs_direct_debit: Option<crate::apps::invoices::models::BacsDirectDebitDto>,
        /// `becsDirectDebit`.
        #[serde(
            rename = "becsDirectDebit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub becs_direct_debit: Option<crate::apps::invoices::models::BecsDirectDebitDto>,
        /// `cardId`.
        #[serde(rename = "cardId", default, skip_serializing_if = "Option::is_none")]
        pub card_id: Option<String>,
        /// `provider`.
        #[serde(rename = "provider", default, skip_serializing_if = "Option::is_none")]
        pub provider: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl AutoPaymentDetailsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(enable: bool) -> Self {
            Self {
                enable: Some(enable),
                ..Self::default()
            }
        }
    }

    /// `ScheduleInvoiceScheduleDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ScheduleInvoiceScheduleDto {
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
        ///
        /// Required by the spec.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        /// auto-payment configuration
        #[serde(
            rename = "autoPayment",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub auto_payment: Option<crate::apps::invoices::models::AutoPaymentDetailsDto>,
    }

    impl ScheduleInvoiceScheduleDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            live_mode: bool,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                live_mode: Some(live_mode),
                ..Self::default()
            }
        }
    }

    /// `ScheduleInvoiceScheduleResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ScheduleInvoiceScheduleResponseDto {
        /// Schedule Id
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Schedule Status
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<serde_json::Map<String, serde_json::Value>>,
        /// Live Mode
        ///
        /// Required by the spec.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
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
        /// Name of the invoice
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `schedule`.
        #[serde(rename = "schedule", default, skip_serializing_if = "Option::is_none")]
        pub schedule: Option<crate::apps::invoices::models::ScheduleOptionsDto>,
        /// List of invoices
        ///
        /// Required by the spec.
        #[serde(rename = "invoices", default, skip_serializing_if = "Option::is_none")]
        pub invoices: Option<Vec<crate::apps::invoices::models::DefaultInvoiceResponseDto>>,
        /// Business Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<crate::apps::invoices::models::BusinessDetailsDto>,
        /// Currency
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Contact Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_details: Option<crate::apps::invoices::models::ContactDetailsDto>,
        /// Discount
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<crate::apps::invoices::models::DiscountDto>,
        /// Invoice Items
        ///
        /// Required by the spec.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<String>>,
        /// Total Amount
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// Title
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Terms notes
        ///
        /// Required by the spec.
        #[serde(
            rename = "termsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub terms_notes: Option<String>,
        /// Compiled terms notes
        ///
        /// Required by the spec.
        #[serde(
            rename = "compiledTermsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub compiled_terms_notes: Option<String>,
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

    impl ScheduleInvoiceScheduleResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            status: serde_json::Map<String, serde_json::Value>,
            live_mode: bool,
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            invoices: Vec<crate::apps::invoices::models::DefaultInvoiceResponseDto>,
            business_details: crate::apps::invoices::models::BusinessDetailsDto,
            currency: impl Into<String>,
            contact_details: crate::apps::invoices::models::ContactDetailsDto,
            items: Vec<String>,
            total: f64,
            title: impl Into<String>,
            terms_notes: impl Into<String>,
            compiled_terms_notes: impl Into<String>,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                status: Some(status),
                live_mode: Some(live_mode),
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                invoices: Some(invoices),
                business_details: Some(business_details),
                currency: Some(currency.into()),
                contact_details: Some(contact_details),
                items: Some(items),
                total: Some(total),
                title: Some(title.into()),
                terms_notes: Some(terms_notes.into()),
                compiled_terms_notes: Some(compiled_terms_notes.into()),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `AutoPaymentScheduleDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AutoPaymentScheduleDto {
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
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// auto-payment configuration
        ///
        /// Required by the spec.
        #[serde(
            rename = "autoPayment",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub auto_payment: Option<crate::apps::invoices::models::AutoPaymentDetailsDto>,
    }

    impl AutoPaymentScheduleDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            id: impl Into<String>,
            auto_payment: crate::apps::invoices::models::AutoPaymentDetailsDto,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                id: Some(id.into()),
                auto_payment: Some(auto_payment),
                ..Self::default()
            }
        }
    }

    /// `AutoPaymentInvoiceScheduleResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AutoPaymentInvoiceScheduleResponseDto {
        /// Schedule Id
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Schedule Status
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<serde_json::Map<String, serde_json::Value>>,
        /// Live Mode
        ///
        /// Required by the spec.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
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
        /// Name of the invoice
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `schedule`.
        #[serde(rename = "schedule", default, skip_serializing_if = "Option::is_none")]
        pub schedule: Option<crate::apps::invoices::models::ScheduleOptionsDto>,
        /// List of invoices
        ///
        /// Required by the spec.
        #[serde(rename = "invoices", default, skip_serializing_if = "Option::is_none")]
        pub invoices: Option<Vec<crate::apps::invoices::models::DefaultInvoiceResponseDto>>,
        /// Business Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<crate::apps::invoices::models::BusinessDetailsDto>,
        /// Currency
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Contact Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_details: Option<crate::apps::invoices::models::ContactDetailsDto>,
        /// Discount
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<crate::apps::invoices::models::DiscountDto>,
        /// Invoice Items
        ///
        /// Required by the spec.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<String>>,
        /// Total Amount
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// Title
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Terms notes
        ///
        /// Required by the spec.
        #[serde(
            rename = "termsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub terms_notes: Option<String>,
        /// Compiled terms notes
        ///
        /// Required by the spec.
        #[serde(
            rename = "compiledTermsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub compiled_terms_notes: Option<String>,
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

    impl AutoPaymentInvoiceScheduleResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            status: serde_json::Map<String, serde_json::Value>,
            live_mode: bool,
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            invoices: Vec<crate::apps::invoices::models::DefaultInvoiceResponseDto>,
            business_details: crate::apps::invoices::models::BusinessDetailsDto,
            currency: impl Into<String>,
            contact_details: crate::apps::invoices::models::ContactDetailsDto,
            items: Vec<String>,
            total: f64,
            title: impl Into<String>,
            terms_notes: impl Into<String>,
            compiled_terms_notes: impl Into<String>,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                status: Some(status),
                live_mode: Some(live_mode),
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                invoices: Some(invoices),
                business_details: Some(business_details),
                currency: Some(currency.into()),
                contact_details: Some(contact_details),
                items: Some(items),
                total: Some(total),
                title: Some(title.into()),
                terms_notes: Some(terms_notes.into()),
                compiled_terms_notes: Some(compiled_terms_notes.into()),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `CancelInvoiceScheduleDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CancelInvoiceScheduleDto {
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
    }

    impl CancelInvoiceScheduleDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(alt_id: impl Into<String>, alt_type: impl Into<String>) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                ..Self::default()
            }
        }
    }

    /// `CancelInvoiceScheduleResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CancelInvoiceScheduleResponseDto {
        /// Schedule Id
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Schedule Status
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<serde_json::Map<String, serde_json::Value>>,
        /// Live Mode
        ///
        /// Required by the spec.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
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
        /// Name of the invoice
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `schedule`.
        #[serde(rename = "schedule", default, skip_serializing_if = "Option::is_none")]
        pub schedule: Option<crate::apps::invoices::models::ScheduleOptionsDto>,
        /// List of invoices
        ///
        /// Required by the spec.
        #[serde(rename = "invoices", default, skip_serializing_if = "Option::is_none")]
        pub invoices: Option<Vec<crate::apps::invoices::models::DefaultInvoiceResponseDto>>,
        /// Business Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<crate::apps::invoices::models::BusinessDetailsDto>,
        /// Currency
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Contact Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_details: Option<crate::apps::invoices::models::ContactDetailsDto>,
        /// Discount
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<crate::apps::invoices::models::DiscountDto>,
        /// Invoice Items
        ///
        /// Required by the spec.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<String>>,
        /// Total Amount
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// Title
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Terms notes
        ///
        /// Required by the spec.
        #[serde(
            rename = "termsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub terms_notes: Option<String>,
        /// Compiled terms notes
        ///
        /// Required by the spec.
        #[serde(
            rename = "compiledTermsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub compiled_terms_notes: Option<String>,
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

    impl CancelInvoiceScheduleResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            status: serde_json::Map<String, serde_json::Value>,
            live_mode: bool,
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            invoices: Vec<crate::apps::invoices::models::DefaultInvoiceResponseDto>,
            business_details: crate::apps::invoices::models::BusinessDetailsDto,
            currency: impl Into<String>,
            contact_details: crate::apps::invoices::models::ContactDetailsDto,
            items: Vec<String>,
            total: f64,
            title: impl Into<String>,
            terms_notes: impl Into<String>,
            compiled_terms_notes: impl Into<String>,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                status: Some(status),
                live_mode: Some(live_mode),
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                invoices: Some(invoices),
                business_details: Some(business_details),
                currency: Some(currency.into()),
                contact_details: Some(contact_details),
                items: Some(items),
                total: Some(total),
                title: Some(title.into()),
                terms_notes: Some(terms_notes.into()),
                compiled_terms_notes: Some(compiled_terms_notes.into()),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `SentToDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SentToDto {
        /// Email Address
        ///
        /// Required by the spec.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<Vec<String>>,
        /// cc to be kept in any sent out emails
        #[serde(rename = "emailCc", default, skip_serializing_if = "Option::is_none")]
        pub email_cc: Option<Vec<String>>,
        /// bcc to be kept in any sent out emails
        #[serde(rename = "emailBcc", default, skip_serializing_if = "Option::is_none")]
        pub email_bcc: Option<Vec<String>>,
        /// Contact Phone Number
        #[serde(rename = "phoneNo", default, skip_serializing_if = "Option::is_none")]
        pub phone_no: Option<Vec<String>>,
    }

    impl SentToDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(email: Vec<String>) -> Self {
            Self {
                email: Some(email),
                ..Self::default()
            }
        }
    }

    /// `PaymentScheduleDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PaymentScheduleDto {
        /// Payment schedule type
        ///
        /// One of: `"fixed"`, `"percentage"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// payment schedule item
        ///
        /// Required by the spec.
        #[serde(rename = "schedules", default, skip_serializing_if = "Option::is_none")]
        pub schedules: Option<Vec<String>>,
    }

    impl PaymentScheduleDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(r#type: impl Into<String>, schedules: Vec<String>) -> Self {
            Self {
                r#type: Some(r#type.into()),
                schedules: Some(schedules),
                ..Self::default()
            }
        }
    }

    /// `Text2PayDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct Text2PayDto {
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
        /// Invoice Name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Currency code
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// An array of items for the invoice.
        ///
        /// Required by the spec.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<crate::apps::invoices::models::InvoiceItemDto>>,
        /// Terms notes, Also supports HTML markups
        #[serde(
            rename = "termsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub terms_notes: Option<String>,
        /// Title for the invoice
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Contact information to send the invoice to
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_details: Option<crate::apps::invoices::models::ContactDetailsDto>,
        /// Invoice Number
        #[serde(
            rename = "invoiceNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_number: Option<String>,
        /// Issue date in YYYY-MM-DD format
        ///
        /// Required by the spec.
        #[serde(rename = "issueDate", default, skip_serializing_if = "Option::is_none")]
        pub issue_date: Option<String>,
        /// Due date in YYYY-MM-DD format
        #[serde(rename = "dueDate", default, skip_serializing_if = "Option::is_none")]
        pub due_date: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "sentTo", default, skip_serializing_if = "Option::is_none")]
        pub sent_to: Option<crate::apps::invoices::models::SentToDto>,
        ///
        /// Required by the spec.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        /// Automatic taxes enabled for the Invoice
        #[serde(
            rename = "automaticTaxesEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_taxes_enabled: Option<bool>,
        /// split invoice into payment schedule summing up to full invoice amount
        #[serde(
            rename = "paymentSchedule",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_schedule: Option<crate::apps::invoices::models::PaymentScheduleDto>,
        /// late fees configuration
        #[serde(
            rename = "lateFeesConfiguration",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub late_fees_configuration:
            Option<crate::apps::invoices::models::LateFeesConfigurationDto>,
        /// tips configuration for the invoice
        #[serde(
            rename = "tipsConfiguration",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tips_configuration: Option<crate::apps::invoices::models::TipsConfigurationDto>,
        /// prefix for invoice number
        #[serde(
            rename = "invoiceNumberPrefix",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_number_prefix: Option<String>,
        /// Payment Methods for Invoices
        #[serde(
            rename = "paymentMethods",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_methods: Option<crate::apps::invoices::models::PaymentMethodDto>,
        /// attachments for the invoice
        #[serde(
            rename = "attachments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attachments: Option<Vec<crate::apps::invoices::models::AttachmentsDto>>,
        /// miscellaneous charges for the invoice
        #[serde(
            rename = "miscellaneousCharges",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub miscellaneous_charges: Option<crate::apps::invoices::models::ProcessingFeeDto>,
        /// id of invoice to update. If skipped, a new invoice will be created
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// include terms & notes with receipts
        #[serde(
            rename = "includeTermsNote",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub include_terms_note: Option<bool>,
        /// create invoice in draft mode or send mode
        ///
        /// One of: `"draft"`, `"send"`.
        ///
        /// Required by the spec.
        #[serde(rename = "action", default, skip_serializing_if = "Option::is_none")]
        pub action: Option<String>,
        /// id of user generating invoice
        ///
        /// Required by the spec.
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// `discount`.
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<crate::apps::invoices::models::DiscountDto>,
        /// `businessDetails`.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<crate::apps::invoices::models::BusinessDetailsDto>,
    }

    impl Text2PayDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            currency: impl Into<String>,
            items: Vec<crate::apps::invoices::models::InvoiceItemDto>,
            contact_details: crate::apps::invoices::models::ContactDetailsDto,
            issue_date: impl Into<String>,
            sent_to: crate::apps::invoices::models::SentToDto,
            live_mode: bool,
            action: impl Into<String>,
            user_id: impl Into<String>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                currency: Some(currency.into()),
                items: Some(items),
                contact_details: Some(contact_details),
                issue_date: Some(issue_date.into()),
                sent_to: Some(sent_to),
                live_mode: Some(live_mode),
                action: Some(action.into()),
                user_id: Some(user_id.into()),
                ..Self::default()
            }
        }
    }

    /// `Text2PayInvoiceResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct Text2PayInvoiceResponseDto {
        ///
        /// Required by the spec.
        #[serde(rename = "invoice", default, skip_serializing_if = "Option::is_none")]
        pub invoice: Option<crate::apps::invoices::models::DefaultInvoiceResponseDto>,
        /// preview url of generated invoice
        ///
        /// Required by the spec.
        #[serde(
            rename = "invoiceUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_url: Option<String>,
    }

    impl Text2PayInvoiceResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            invoice: crate::apps::invoices::models::DefaultInvoiceResponseDto,
            invoice_url: impl Into<String>,
        ) -> Self {
            Self {
                invoice: Some(invoice),
                invoice_url: Some(invoice_url.into()),
                ..Self::default()
            }
        }
    }

    /// `GenerateInvoiceNumberResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GenerateInvoiceNumberResponseDto {
        /// Invoice Number
        #[serde(
            rename = "invoiceNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_number: Option<f64>,
    }

    /// `CustomNotificationItemDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomNotificationItemDto {
        /// Flag indicating if the notification is enabled or not
        ///
        /// Required by the spec.
        #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
        pub enabled: Option<bool>,
        /// Template to be used for sending email
        ///
        /// Required by the spec.
        #[serde(
            rename = "emailTemplate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub email_template: Option<String>,
        /// Template to be used for sending sms
        ///
        /// Required by the spec.
        #[serde(
            rename = "smsTemplate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sms_template: Option<String>,
        /// Name to be used while sending email
        #[serde(rename = "fromName", default, skip_serializing_if = "Option::is_none")]
        pub from_name: Option<String>,
        /// Email address to be used for sending email
        #[serde(rename = "fromEmail", default, skip_serializing_if = "Option::is_none")]
        pub from_email: Option<String>,
        /// Subject of email which is sent out
        #[serde(
            rename = "emailSubject",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub email_subject: Option<String>,
        /// Default email TemplateId to be used for sending via email
        #[serde(
            rename = "defaultEmailTemplateId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub default_email_template_id: Option<String>,
    }

    impl CustomNotificationItemDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            enabled: bool,
            email_template: impl Into<String>,
            sms_template: impl Into<String>,
        ) -> Self {
            Self {
                enabled: Some(enabled),
                email_template: Some(email_template.into()),
                sms_template: Some(sms_template.into()),
                ..Self::default()
            }
        }
    }

    /// `CustomNotificationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomNotificationDto {
        ///
        /// Required by the spec.
        #[serde(
            rename = "customerSendInvoice",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub customer_send_invoice: Option<crate::apps::invoices::models::CustomNotificationItemDto>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "teamPaymentSuccess",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub team_payment_success: Option<crate::apps::invoices::models::CustomNotificationItemDto>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "customerPaymentSuccess",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub customer_payment_success:
            Option<crate::apps::invoices::models::CustomNotificationItemDto>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "teamAutoPaymentSuccess",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub team_auto_payment_success:
            Option<crate::apps::invoices::models::CustomNotificationItemDto>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "customerAutoPaymentSuccess",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub customer_auto_payment_success:
            Option<crate::apps::invoices::models::CustomNotificationItemDto>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "teamPaymentFailure",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub team_payment_failure: Option<crate::apps::invoices::models::CustomNotificationItemDto>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "customerPaymentFailure",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub customer_payment_failure:
            Option<crate::apps::invoices::models::CustomNotificationItemDto>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "teamAutoPaymentFailure",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub team_auto_payment_failure:
            Option<crate::apps::invoices::models::CustomNotificationItemDto>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "customerAutoPaymentFailure",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub customer_auto_payment_failure:
            Option<crate::apps::invoices::models::CustomNotificationItemDto>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "customerAutoPaymentInfo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub customer_auto_payment_info:
            Option<crate::apps::invoices::models::CustomNotificationItemDto>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "customerAutoPaymentAmountChanged",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub customer_auto_payment_amount_changed:
            Option<crate::apps::invoices::models::CustomNotificationItemDto>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "teamAutoPaymentSkip",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub team_auto_payment_skip:
            Option<crate::apps::invoices::models::CustomNotificationItemDto>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "teamRecurringSendInvoiceFailed",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub team_recurring_send_invoice_failed:
            Option<crate::apps::invoices::models::CustomNotificationItemDto>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "customerSendEstimate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub customer_send_estimate:
            Option<crate::apps::invoices::models::CustomNotificationItemDto>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "teamEstimateAccepted",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub team_estimate_accepted:
            Option<crate::apps::invoices::models::CustomNotificationItemDto>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "teamEstimateDeclined",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub team_estimate_declined:
            Option<crate::apps::invoices::models::CustomNotificationItemDto>,
    }

    impl CustomNotificationDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            customer_send_invoice: crate::apps::invoices::models::CustomNotificationItemDto,
            team_payment_success: crate::apps::invoices::models::CustomNotificationItemDto,
            customer_payment_success: crate::apps::invoices::models::CustomNotificationItemDto,
            team_auto_payment_success: crate::apps::invoices::models::CustomNotificationItemDto,
            customer_auto_payment_success: crate::apps::invoices::models::CustomNotificationItemDto,
            team_payment_failure: crate::apps::invoices::models::CustomNotificationItemDto,
            customer_payment_failure: crate::apps::invoices::models::CustomNotificationItemDto,
            team_auto_payment_failure: crate::apps::invoices::models::CustomNotificationItemDto,
            customer_auto_payment_failure: crate::apps::invoices::models::CustomNotificationItemDto,
            customer_auto_payment_info: crate::apps::invoices::models::CustomNotificationItemDto,
            customer_auto_payment_amount_changed: crate::apps::invoices::models::CustomNotificationItemDto,
            team_auto_payment_skip: crate::apps::invoices::models::CustomNotificationItemDto,
            team_recurring_send_invoice_failed: crate::apps::invoices::models::CustomNotificationItemDto,
            customer_send_estimate: crate::apps::invoices::models::CustomNotificationItemDto,
            team_estimate_accepted: crate::apps::invoices::models::CustomNotificationItemDto,
            team_estimate_declined: crate::apps::invoices::models::CustomNotificationItemDto,
        ) -> Self {
            Self {
                customer_send_invoice: Some(customer_send_invoice),
                team_payment_success: Some(team_payment_success),
                customer_payment_success: Some(customer_payment_success),
                team_auto_payment_success: Some(team_auto_payment_success),
                customer_auto_payment_success: Some(customer_auto_payment_success),
                team_payment_failure: Some(team_payment_failure),
                customer_payment_failure: Some(customer_payment_failure),
                team_auto_payment_failure: Some(team_auto_payment_failure),
                customer_auto_payment_failure: Some(customer_auto_payment_failure),
                customer_auto_payment_info: Some(customer_auto_payment_info),
                customer_auto_payment_amount_changed: Some(customer_auto_payment_amount_changed),
                team_auto_payment_skip: Some(team_auto_payment_skip),
                team_recurring_send_invoice_failed: Some(team_recurring_send_invoice_failed),
                customer_send_estimate: Some(customer_send_estimate),
                team_estimate_accepted: Some(team_estimate_accepted),
                team_estimate_declined: Some(team_estimate_declined),
                ..Self::default()
            }
        }
    }

    /// `Address` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct Address {
        /// `addressLine1`.
        #[serde(
            rename = "addressLine1",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub address_line1: Option<String>,
        /// `addressLine2`.
        #[serde(
            rename = "addressLine2",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub address_line2: Option<String>,
        /// `city`.
        #[serde(rename = "city", default, skip_serializing_if = "Option::is_none")]
        pub city: Option<String>,
        /// `state`.
        #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
        pub state: Option<String>,
        /// One of: `"AF"`, `"AX"`, `"AL"`, `"DZ"`, `"AS"`, `"AD"`, `"AO"`, `"AI"`, `"AQ"`, `"AG"`, `"AR"`, `"AM"`, `"AW"`, `"AU"`, `"AT"`, `"AZ"`, `"BS"`, `"BH"`, `"BD"`, `"BB"`, `"BY"`, `"BE"`, `"BZ"`, `"BJ"`, `"BM"`, `"BT"`, `"BO"`, `"BA"`, `"BW"`, `"BV"`, `"BR"`, `"IO"`, `"BN"`, `"BG"`, `"BF"`, `"BI"`, `"KH"`, `"CM"`, `"CA"`, `"CV"`, `"KY"`, `"CF"`, `"TD"`, `"CL"`, `"CN"`, `"CX"`, `"CC"`, `"CO"`, `"KM"`, `"CG"`, `"CD"`, `"CK"`, `"CR"`, `"CI"`, `"HR"`, `"CU"`, `"CY"`, `"CZ"`, `"DK"`, `"DJ"`, `"DM"`, `"DO"`, `"EC"`, `"EG"`, `"SV"`, `"GQ"`, `"ER"`, `"EE"`, `"ET"`, `"FK"`, `"FO"`, `"FJ"`, `"FI"`, `"FR"`, `"GF"`, `"PF"`, `"TF"`, `"GA"`, `"GM"`, `"GE"`, `"DE"`, `"GH"`, `"GI"`, `"GR"`, `"GL"`, `"GD"`, `"GP"`, `"GU"`, `"GT"`, `"GG"`, `"GN"`, `"GW"`, `"GY"`, `"HT"`, `"HM"`, `"VA"`, `"HN"`, `"HK"`, `"HU"`, `"IS"`, `"IN"`, `"ID"`, `"IR"`, `"IQ"`, `"IE"`, `"IM"`, `"IL"`, `"IT"`, `"JM"`, `"JP"`, `"JE"`, `"JO"`, `"KZ"`, `"KE"`, `"KI"`, `"KP"`, `"KR"`, `"XK"`, `"KW"`, `"KG"`, `"LA"`, `"LV"`, `"LB"`, `"LS"`, `"LR"`, `"LY"`, `"LI"`, `"LT"`, `"LU"`, `"MO"`, `"MK"`, `"MG"`, `"MW"`, `"MY"`, `"MV"`, `"ML"`, `"MT"`, `"MH"`, `"MQ"`, `"MR"`, `"MU"`, `"YT"`, `"MX"`, `"FM"`, `"MD"`, `"MC"`, `"MN"`, `"ME"`, `"MS"`, `"MA"`, `"MZ"`, `"MM"`, `"NA"`, `"NR"`, `"NP"`, `"NL"`, `"AN"`, `"NC"`, `"NZ"`, `"NI"`, `"NE"`, `"NG"`, `"NU"`, `"NF"`, `"MP"`, `"NO"`, `"OM"`, `"PK"`, `"PW"`, `"PS"`, `"PA"`, `"PG"`, `"PY"`, `"PE"`, `"PH"`, `"PN"`, `"PL"`, `"PT"`, `"PR"`, `"QA"`, `"RE"`, `"RO"`, `"RU"`, `"RW"`, `"SH"`, `"KN"`, `"LC"`, `"MF"`, `"PM"`, `"VC"`, `"WS"`, `"SM"`, `"ST"`, `"SA"`, `"SN"`, `"RS"`, `"SC"`, `"SL"`, `"SG"`, `"SX"`, `"SK"`, `"SI"`, `"SB"`, `"SO"`, `"ZA"`, `"GS"`, `"ES"`, `"LK"`, `"SD"`, `"SR"`, `"SJ"`, `"SZ"`, `"SE"`, `"CH"`, `"SY"`, `"TW"`, `"TJ"`, `"TZ"`, `"TH"`, `"TL"`, `"TG"`, `"TK"`, `"TO"`, `"TT"`, `"TN"`, `"TR"`, `"TM"`, `"TC"`, `"TV"`, `"UG"`, `"GB"`, `"UA"`, `"AE"`, `"US"`, `"UM"`, `"UY"`, `"UZ"`, `"VU"`, `"VE"`, `"VN"`, `"VG"`, `"VI"`, `"WF"`, `"EH"`, `"YE"`, `"ZM"`, `"ZW"`.
        #[serde(
            rename = "countryCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub country_code: Option<String>,
        /// `postalCode`.
        #[serde(
            rename = "postalCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub postal_code: Option<String>,
    }

    /// `InvoiceSettingsBusinessDetailsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct InvoiceSettingsBusinessDetailsDto {
        /// `logoUrl`.
        #[serde(rename = "logoUrl", default, skip_serializing_if = "Option::is_none")]
        pub logo_url: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `phoneNo`.
        #[serde(rename = "phoneNo", default, skip_serializing_if = "Option::is_none")]
        pub phone_no: Option<String>,
        /// `address`.
        #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
        pub address: Option<crate::apps::invoices::models::Address>,
        /// `website`.
        #[serde(rename = "website", default, skip_serializing_if = "Option::is_none")]
        pub website: Option<String>,
        /// `customValues`.
        #[serde(
            rename = "customValues",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_values: Option<Vec<String>>,
    }

    impl InvoiceSettingsBusinessDetailsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(name: impl Into<String>) -> Self {
            Self {
                name: Some(name.into()),
                ..Self::default()
            }
        }
    }

    /// `InvoiceSettingsSenderConfigurationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct InvoiceSettingsSenderConfigurationDto {
        /// Sender name to be used while sending email notification
        #[serde(rename = "fromName", default, skip_serializing_if = "Option::is_none")]
        pub from_name: Option<String>,
        /// Email id to be used while sending email notification
        #[serde(rename = "fromEmail", default, skip_serializing_if = "Option::is_none")]
        pub from_email: Option<String>,
    }

    /// `InvoiceProductSettingsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct InvoiceProductSettingsDto {
        /// Flag indicating if the product description import is enabled or not
        #[serde(
            rename = "enableImportProductDescription",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_import_product_description: Option<bool>,
        /// Flag indicating if the product description is optional or not
        #[serde(
            rename = "descriptionOptional",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description_optional: Option<bool>,
    }

    /// `ReminderDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ReminderDto {
        /// Flag indicating if the reminder is enabled or not
        ///
        /// Required by the spec.
        #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
        pub enabled: Option<bool>,
        /// Email template to be used for sending reminders
        ///
        /// Required by the spec.
        #[serde(
            rename = "emailTemplate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub email_template: Option<String>,
        /// SMS template to be used for sending reminders
        ///
        /// Required by the spec.
        #[serde(
            rename = "smsTemplate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sms_template: Option<String>,
        /// Subject of the reminder
        ///
        /// Required by the spec.
        #[serde(
            rename = "emailSubject",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub email_subject: Option<String>,
        /// Unique identifier for the reminder
        ///
        /// Required by the spec.
        #[serde(
            rename = "reminderId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub reminder_id: Option<String>,
        /// Name of the reminder
        ///
        /// Required by the spec.
        #[serde(
            rename = "reminderName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub reminder_name: Option<String>,
        /// Time condition for the reminder
        ///
        /// One of: `"before"`, `"after"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "reminderTime",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub reminder_time: Option<String>,
        /// Interval type for the reminder
        ///
        /// One of: `"yearly"`, `"monthly"`, `"weekly"`, `"daily"`, `"hourly"`, `"minutely"`, `"secondly"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "intervalType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub interval_type: Option<String>,
        /// Maximum number of reminders that can be sent
        ///
        /// Required by the spec.
        #[serde(
            rename = "maxReminders",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub max_reminders: Option<f64>,
        /// Condition for sending the reminder
        ///
        /// One of: `"invoice_sent"`, `"invoice_overdue"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "reminderInvoiceCondition",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub reminder_invoice_condition: Option<String>,
        /// frequency gap of the reminder to exeucte
        ///
        /// Required by the spec.
        #[serde(
            rename = "reminderNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub reminder_number: Option<f64>,
        /// Business Hour Start Time
        #[serde(rename = "startTime", default, skip_serializing_if = "Option::is_none")]
        pub start_time: Option<String>,
        /// Business Hour End Time
        #[serde(rename = "endTime", default, skip_serializing_if = "Option::is_none")]
        pub end_time: Option<String>,
        /// Timezone at which reminder will be sent
        #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
        pub timezone: Option<String>,
    }

    impl ReminderDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            enabled: bool,
            email_template: impl Into<String>,
            sms_template: impl Into<String>,
            email_subject: impl Into<String>,
            reminder_id: impl Into<String>,
            reminder_name: impl Into<String>,
            reminder_time: impl Into<String>,
            interval_type: impl Into<String>,
            max_reminders: f64,
            reminder_invoice_condition: impl Into<String>,
            reminder_number: f64,
        ) -> Self {
            Self {
                enabled: Some(enabled),
                email_template: Some(email_template.into()),
                sms_template: Some(sms_template.into()),
                email_subject: Some(email_subject.into()),
                reminder_id: Some(reminder_id.into()),
                reminder_name: Some(reminder_name.into()),
                reminder_time: Some(reminder_time.into()),
                interval_type: Some(interval_type.into()),
                max_reminders: Some(max_reminders),
                reminder_invoice_condition: Some(reminder_invoice_condition.into()),
                reminder_number: Some(reminder_number),
                ..Self::default()
            }
        }
    }

    /// `ReminderSettingsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ReminderSettingsDto {
        /// default template Id of reminder
        ///
        /// Required by the spec.
        #[serde(
            rename = "defaultEmailTemplateId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub default_email_template_id: Option<String>,
        /// List of reminders
        ///
        /// Required by the spec.
        #[serde(rename = "reminders", default, skip_serializing_if = "Option::is_none")]
        pub reminders: Option<Vec<crate::apps::invoices::models::ReminderDto>>,
    }

    impl ReminderSettingsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            default_email_template_id: impl Into<String>,
            reminders: Vec<crate::apps::invoices::models::ReminderDto>,
        ) -> Self {
            Self {
                default_email_template_id: Some(default_email_template_id.into()),
                reminders: Some(reminders),
                ..Self::default()
            }
        }
    }

    /// `GetInvoiceSettingsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetInvoiceSettingsResponseDto {
        /// Sub-Account Id
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// Alt Type
        ///
        /// One of: `"location"`.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// Terms and conditions for invoices
        #[serde(rename = "termsNote", default, skip_serializing_if = "Option::is_none")]
        pub terms_note: Option<String>,
        /// Terms and conditions for estimates
        #[serde(
            rename = "estimatesTermsNote",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub estimates_terms_note: Option<String>,
        /// Title for invoices
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Title for estimates
        #[serde(
            rename = "estimatesTitle",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub estimates_title: Option<String>,
        /// Prefix for invoice numbers
        #[serde(
            rename = "invoiceNumberPrefix",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_number_prefix: Option<String>,
        /// Prefix for estimate numbers
        #[serde(
            rename = "estimateNumberPrefix",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub estimate_number_prefix: Option<String>,
        /// Number of days after which invoice is due
        #[serde(
            rename = "dueAfterXDays",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub due_after_x_days: Option<f64>,
        /// Number of days after which estimate expires
        #[serde(
            rename = "estimatesExpireAfterXDays",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub estimates_expire_after_x_days: Option<f64>,
        /// Minimum percentage for partial payment
        #[serde(
            rename = "minimumPercentagePartialPayment",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub minimum_percentage_partial_payment: Option<f64>,
        /// Custom fields array
        #[serde(
            rename = "customFields",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_fields: Option<Vec<String>>,
        /// Custom notification settings
        #[serde(
            rename = "customNotification",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_notification: Option<crate::apps::invoices::models::CustomNotificationDto>,
        /// Business details
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details:
            Option<crate::apps::invoices::models::InvoiceSettingsBusinessDetailsDto>,
        /// Sender configuration
        #[serde(
            rename = "senderConfiguration",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sender_configuration:
            Option<crate::apps::invoices::models::InvoiceSettingsSenderConfigurationDto>,
        /// Product settings
        #[serde(
            rename = "productSettings",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub product_settings: Option<crate::apps::invoices::models::InvoiceProductSettingsDto>,
        /// Reminder settings
        #[serde(
            rename = "reminderSettings",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub reminder_settings: Option<crate::apps::invoices::models::ReminderSettingsDto>,
        /// Late fees configuration
        #[serde(
            rename = "lateFeesConfiguration",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub late_fees_configuration:
            Option<crate::apps::invoices::models::LateFeesConfigurationDto>,
        /// Tips configuration
        #[serde(
            rename = "tipsConfiguration",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tips_configuration: Option<crate::apps::invoices::models::TipsConfigurationDto>,
        /// Payment methods configuration
        #[serde(
            rename = "paymentMethods",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_methods: Option<crate::apps::invoices::models::PaymentMethodDto>,
    }

    /// `CreateInvoiceDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateInvoiceDto {
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
        /// Invoice Name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<crate::apps::invoices::models::BusinessDetailsDto>,
        /// Currency code
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// An array of items for the invoice.
        ///
        /// Required by the spec.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<crate::apps::invoices::models::InvoiceItemDto>>,
        ///
        /// Required by the spec.
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<crate::apps::invoices::models::DiscountDto>,
        /// Terms notes, Also supports HTML markups
        #[serde(
            rename = "termsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub terms_notes: Option<String>,
        /// Title for the invoice
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Contact information to send the invoice to
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_details: Option<crate::apps::invoices::models::ContactDetailsDto>,
        /// Invoice Number
        #[serde(
            rename = "invoiceNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_number: Option<String>,
        /// Issue date in YYYY-MM-DD format
        ///
        /// Required by the spec.
        #[serde(rename = "issueDate", default, skip_serializing_if = "Option::is_none")]
        pub issue_date: Option<String>,
        /// Due date in YYYY-MM-DD format
        #[serde(rename = "dueDate", default, skip_serializing_if = "Option::is_none")]
        pub due_date: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "sentTo", default, skip_serializing_if = "Option::is_none")]
        pub sent_to: Option<crate::apps::invoices::models::SentToDto>,
        ///
        /// Required by the spec.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        /// Automatic taxes enabled for the Invoice
        #[serde(
            rename = "automaticTaxesEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_taxes_enabled: Option<bool>,
        /// split invoice into payment schedule summing up to full invoice amount
        #[serde(
            rename = "paymentSchedule",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_schedule: Option<crate::apps::invoices::models::PaymentScheduleDto>,
        /// late fees configuration
        #[serde(
            rename = "lateFeesConfiguration",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub late_fees_configuration:
            Option<crate::apps::invoices::models::LateFeesConfigurationDto>,
        /// tips configuration for the invoice
        #[serde(
            rename = "tipsConfiguration",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tips_configuration: Option<crate::apps::invoices::models::TipsConfigurationDto>,
        /// prefix for invoice number
        #[serde(
            rename = "invoiceNumberPrefix",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_number_prefix: Option<String>,
        /// Payment Methods for Invoices
        #[serde(
            rename = "paymentMethods",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_methods: Option<crate::apps::invoices::models::PaymentMethodDto>,
        /// attachments for the invoice
        #[serde(
            rename = "attachments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attachments: Option<Vec<crate::apps::invoices::models::AttachmentsDto>>,
        /// miscellaneous charges for the invoice
        #[serde(
            rename = "miscellaneousCharges",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub miscellaneous_charges: Option<crate::apps::invoices::models::ProcessingFeeDto>,
    }

    impl CreateInvoiceDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            business_details: crate::apps::invoices::models::BusinessDetailsDto,
            currency: impl Into<String>,
            items: Vec<crate::apps::invoices::models::InvoiceItemDto>,
            discount: crate::apps::invoices::models::DiscountDto,
            contact_details: crate::apps::invoices::models::ContactDetailsDto,
            issue_date: impl Into<String>,
            sent_to: crate::apps::invoices::models::SentToDto,
            live_mode: bool,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                business_details: Some(business_details),
                currency: Some(currency.into()),
                items: Some(items),
                discount: Some(discount),
                contact_details: Some(contact_details),
                issue_date: Some(issue_date.into()),
                sent_to: Some(sent_to),
                live_mode: Some(live_mode),
                ..Self::default()
            }
        }
    }

    /// `OldCreateInvoiceDto` in the spec.
    pub type OldCreateInvoiceDto = serde_json::Map<String, serde_json::Value>;

    /// `CreateInvoiceResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateInvoiceResponseDto {
        /// Invoice Id
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Invoice Status
        ///
        /// One of: `"draft"`, `"sent"`, `"payment_processing"`, `"paid"`, `"void"`, `"partially_paid"`.
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// Live Mode
        ///
        /// Required by the spec.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        /// Amount Paid
        ///
        /// Required by the spec.
        #[serde(
            rename = "amountPaid",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub amount_paid: Option<f64>,
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
        /// Name of the invoice
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Business Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<serde_json::Map<String, serde_json::Value>>,
        /// Invoice Number
        ///
        /// Required by the spec.
        #[serde(
            rename = "invoiceNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_number: Option<f64>,
        /// Currency
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Contact Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_details: Option<serde_json::Map<String, serde_json::Value>>,
        /// Issue date in YYYY-MM-DD format
        ///
        /// Required by the spec.
        #[serde(rename = "issueDate", default, skip_serializing_if = "Option::is_none")]
        pub issue_date: Option<String>,
        /// Due date in YYYY-MM-DD format
        ///
        /// Required by the spec.
        #[serde(rename = "dueDate", default, skip_serializing_if = "Option::is_none")]
        pub due_date: Option<String>,
        /// Discount
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<serde_json::Map<String, serde_json::Value>>,
        /// Invoice Items
        ///
        /// Required by the spec.
        #[serde(
            rename = "invoiceItems",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_items: Option<Vec<String>>,
        /// Total Amount
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// Title
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Total Amount Due
        ///
        /// Required by the spec.
        #[serde(rename = "amountDue", default, skip_serializing_if = "Option::is_none")]
        pub amount_due: Option<f64>,
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
        /// Automatic taxes enabled for the Invoice
        #[serde(
            rename = "automaticTaxesEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_taxes_enabled: Option<bool>,
        /// Is Automatic taxes calculated for the Invoice items
        #[serde(
            rename = "automaticTaxesCalculated",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_taxes_calculated: Option<bool>,
        /// split invoice into payment schedule summing up to full invoice amount
        #[serde(
            rename = "paymentSchedule",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_schedule: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl CreateInvoiceResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            status: impl Into<String>,
            live_mode: bool,
            amount_paid: f64,
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            business_details: serde_json::Map<String, serde_json::Value>,
            invoice_number: f64,
            currency: impl Into<String>,
            contact_details: serde_json::Map<String, serde_json::Value>,
            issue_date: impl Into<String>,
            due_date: impl Into<String>,
            invoice_items: Vec<String>,
            total: f64,
            title: impl Into<String>,
            amount_due: f64,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                status: Some(status.into()),
                live_mode: Some(live_mode),
                amount_paid: Some(amount_paid),
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                business_details: Some(business_details),
                invoice_number: Some(invoice_number),
                currency: Some(currency.into()),
                contact_details: Some(contact_details),
                issue_date: Some(issue_date.into()),
                due_date: Some(due_date.into()),
                invoice_items: Some(invoice_items),
                total: Some(total),
                title: Some(title.into()),
                amount_due: Some(amount_due),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `TotalSummaryDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TotalSummaryDto {
        /// subTotal
        ///
        /// Required by the spec.
        #[serde(rename = "subTotal", default, skip_serializing_if = "Option::is_none")]
        pub sub_total: Option<f64>,
        /// discount
        ///
        /// Required by the spec.
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<f64>,
        /// tax
        ///
        /// Required by the spec.
        #[serde(rename = "tax", default, skip_serializing_if = "Option::is_none")]
        pub tax: Option<f64>,
    }

    impl TotalSummaryDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(sub_total: f64, discount: f64, tax: f64) -> Self {
            Self {
                sub_total: Some(sub_total),
                discount: Some(discount),
                tax: Some(tax),
                ..Self::default()
            }
        }
    }

    /// `ReminderExecutionDetailsList` in the spec.
    pub type ReminderExecutionDetailsList = serde_json::Map<String, serde_json::Value>;

    /// `RemindersConfigurationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct RemindersConfigurationDto {
        /// List of reminders
        ///
        /// Required by the spec.
        #[serde(
            rename = "reminderExecutionDetailsList",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub reminder_execution_details_list:
            Option<crate::apps::invoices::models::ReminderExecutionDetailsList>,
        /// Reminder settings
        ///
        /// Required by the spec.
        #[serde(
            rename = "reminderSettings",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub reminder_settings: Option<crate::apps::invoices::models::ReminderSettingsDto>,
    }

    impl RemindersConfigurationDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            reminder_execution_details_list: crate::apps::invoices::models::ReminderExecutionDetailsList,
            reminder_settings: crate::apps::invoices::models::ReminderSettingsDto,
        ) -> Self {
            Self {
                reminder_execution_details_list: Some(reminder_execution_details_list),
                reminder_settings: Some(reminder_settings),
                ..Self::default()
            }
        }
    }

    /// `GetInvoiceResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetInvoiceResponseDto {
        /// Invoice Id
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Invoice Status
        ///
        /// One of: `"draft"`, `"sent"`, `"payment_processing"`, `"paid"`, `"void"`, `"partially_paid"`.
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// Live Mode
        ///
        /// Required by the spec.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        /// Amount Paid
        ///
        /// Required by the spec.
        #[serde(
            rename = "amountPaid",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub amount_paid: Option<f64>,
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
        /// Name of the invoice
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Business Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<serde_json::Map<String, serde_json::Value>>,
        /// Invoice Number
        ///
        /// Required by the spec.
        #[serde(
            rename = "invoiceNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_number: Option<f64>,
        /// Currency
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Contact Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_details: Option<serde_json::Map<String, serde_json::Value>>,
        /// Issue date in YYYY-MM-DD format
        ///
        /// Required by the spec.
        #[serde(rename = "issueDate", default, skip_serializing_if = "Option::is_none")]
        pub issue_date: Option<String>,
        /// Due date in YYYY-MM-DD format
        ///
        /// Required by the spec.
        #[serde(rename = "dueDate", default, skip_serializing_if = "Option::is_none")]
        pub due_date: Option<String>,
        /// Discount
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<serde_json::Map<String, serde_json::Value>>,
        /// Invoice Items
        ///
        /// Required by the spec.
        #[serde(
            rename = "invoiceItems",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_items: Option<Vec<String>>,
        /// Total Amount
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// Title
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Total Amount Due
        ///
        /// Required by the spec.
        #[serde(rename = "amountDue", default, skip_serializing_if = "Option::is_none")]
        pub amount_due: Option<f64>,
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
        /// Automatic taxes enabled for the Invoice
        #[serde(
            rename = "automaticTaxesEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_taxes_enabled: Option<bool>,
        /// Is Automatic taxes calculated for the Invoice items
        #[serde(
            rename = "automaticTaxesCalculated",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_taxes_calculated: Option<bool>,
        /// split invoice into payment schedule summing up to full invoice amount
        #[serde(
            rename = "paymentSchedule",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_schedule: Option<serde_json::Map<String, serde_json::Value>>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "totalSummary",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub total_summary: Option<crate::apps::invoices::models::TotalSummaryDto>,
        /// Reminders Configuration
        #[serde(
            rename = "remindersConfiguration",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub reminders_configuration:
            Option<crate::apps::invoices::models::RemindersConfigurationDto>,
    }

    impl GetInvoiceResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            status: impl Into<String>,
            live_mode: bool,
            amount_paid: f64,
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            business_details: serde_json::Map<String, serde_json::Value>,
            invoice_number: f64,
            currency: impl Into<String>,
            contact_details: serde_json::Map<String, serde_json::Value>,
            issue_date: impl Into<String>,
            due_date: impl Into<String>,
            invoice_items: Vec<String>,
            total: f64,
            title: impl Into<String>,
            amount_due: f64,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
            total_summary: crate::apps::invoices::models::TotalSummaryDto,
        ) -> Self {
            Self {
                id: Some(id.into()),
                status: Some(status.into()),
                live_mode: Some(live_mode),
                amount_paid: Some(amount_paid),
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                business_details: Some(business_details),
                invoice_number: Some(invoice_number),
                currency: Some(currency.into()),
                contact_details: Some(contact_details),
                issue_date: Some(issue_date.into()),
                due_date: Some(due_date.into()),
                invoice_items: Some(invoice_items),
                total: Some(total),
                title: Some(title.into()),
                amount_due: Some(amount_due),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                total_summary: Some(total_summary),
                ..Self::default()
            }
        }
    }

    /// `ListInvoicesResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ListInvoicesResponseDto {
        ///
        /// Required by the spec.
        #[serde(rename = "invoices", default, skip_serializing_if = "Option::is_none")]
        pub invoices: Option<Vec<crate::apps::invoices::models::GetInvoiceResponseDto>>,
        /// Total number of invoices
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
    }

    impl ListInvoicesResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            invoices: Vec<crate::apps::invoices::models::GetInvoiceResponseDto>,
            total: f64,
        ) -> Self {
            Self {
                invoices: Some(invoices),
                total: Some(total),
                ..Self::default()
            }
        }
    }

    /// `UpdateInvoiceDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateInvoiceDto {
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
        /// Name to be updated
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Title for the invoice
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Currency
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Description
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Business details which need to be updated
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<crate::apps::invoices::models::BusinessDetailsDto>,
        /// Invoice Number
        #[serde(
            rename = "invoiceNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_number: Option<String>,
        /// Id of the contact which you need to send the invoice
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// `contactDetails`.
        #[serde(
            rename = "contactDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_details: Option<crate::apps::invoices::models::ContactDetailsDto>,
        /// Terms notes, Also supports HTML markups
        #[serde(
            rename = "termsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub terms_notes: Option<String>,
        /// `discount`.
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<crate::apps::invoices::models::DiscountDto>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "invoiceItems",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_items: Option<Vec<crate::apps::invoices::models::InvoiceItemDto>>,
        /// Automatic taxes enabled for the Invoice
        #[serde(
            rename = "automaticTaxesEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_taxes_enabled: Option<bool>,
        /// Payment mode
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        /// Issue date in YYYY-MM-DD format
        ///
        /// Required by the spec.
        #[serde(rename = "issueDate", default, skip_serializing_if = "Option::is_none")]
        pub issue_date: Option<String>,
        /// Due date in YYYY-MM-DD format
        ///
        /// Required by the spec.
        #[serde(rename = "dueDate", default, skip_serializing_if = "Option::is_none")]
        pub due_date: Option<String>,
        /// split invoice into payment schedule summing up to full invoice amount
        #[serde(
            rename = "paymentSchedule",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_schedule: Option<crate::apps::invoices::models::PaymentScheduleDto>,
        /// tips configuration for the invoice
        #[serde(
            rename = "tipsConfiguration",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tips_configuration: Option<crate::apps::invoices::models::TipsConfigurationDto>,
        /// `xeroDetails`.
        #[serde(
            rename = "xeroDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub xero_details: Option<serde_json::Map<String, serde_json::Value>>,
        /// prefix for invoice number
        #[serde(
            rename = "invoiceNumberPrefix",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_number_prefix: Option<String>,
        /// Payment Methods for Invoices
        #[serde(
            rename = "paymentMethods",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_methods: Option<crate::apps::invoices::models::PaymentMethodDto>,
        /// attachments for the invoice
        #[serde(
            rename = "attachments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attachments: Option<Vec<crate::apps::invoices::models::AttachmentsDto>>,
        /// miscellaneous charges for the invoice
        #[serde(
            rename = "miscellaneousCharges",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub miscellaneous_charges: Option<crate::apps::invoices::models::ProcessingFeeDto>,
    }

    impl UpdateInvoiceDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            currency: impl Into<String>,
            invoice_items: Vec<crate::apps::invoices::models::InvoiceItemDto>,
            issue_date: impl Into<String>,
            due_date: impl Into<String>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                currency: Some(currency.into()),
                invoice_items: Some(invoice_items),
                issue_date: Some(issue_date.into()),
                due_date: Some(due_date.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateInvoiceResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateInvoiceResponseDto {
        /// Invoice Id
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Invoice Status
        ///
        /// One of: `"draft"`, `"sent"`, `"payment_processing"`, `"paid"`, `"void"`, `"partially_paid"`.
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// Live Mode
        ///
        /// Required by the spec.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        /// Amount Paid
        ///
        /// Required by the spec.
        #[serde(
            rename = "amountPaid",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub amount_paid: Option<f64>,
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
        /// Name of the invoice
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Business Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<serde_json::Map<String, serde_json::Value>>,
        /// Invoice Number
        ///
        /// Required by the spec.
        #[serde(
            rename = "invoiceNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_number: Option<f64>,
        /// Currency
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Contact Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_details: Option<serde_json::Map<String, serde_json::Value>>,
        /// Issue date in YYYY-MM-DD format
        ///
        /// Required by the spec.
        #[serde(rename = "issueDate", default, skip_serializing_if = "Option::is_none")]
        pub issue_date: Option<String>,
        /// Due date in YYYY-MM-DD format
        ///
        /// Required by the spec.
        #[serde(rename = "dueDate", default, skip_serializing_if = "Option::is_none")]
        pub due_date: Option<String>,
        /// Discount
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<serde_json::Map<String, serde_json::Value>>,
        /// Invoice Items
        ///
        /// Required by the spec.
        #[serde(
            rename = "invoiceItems",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_items: Option<Vec<String>>,
        /// Total Amount
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// Title
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Total Amount Due
        ///
        /// Required by the spec.
        #[serde(rename = "amountDue", default, skip_serializing_if = "Option::is_none")]
        pub amount_due: Option<f64>,
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
        /// Automatic taxes enabled for the Invoice
        #[serde(
            rename = "automaticTaxesEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_taxes_enabled: Option<bool>,
        /// Is Automatic taxes calculated for the Invoice items
        #[serde(
            rename = "automaticTaxesCalculated",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_taxes_calculated: Option<bool>,
        /// split invoice into payment schedule summing up to full invoice amount
        #[serde(
            rename = "paymentSchedule",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_schedule: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl UpdateInvoiceResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            status: impl Into<String>,
            live_mode: bool,
            amount_paid: f64,
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            business_details: serde_json::Map<String, serde_json::Value>,
            invoice_number: f64,
            currency: impl Into<String>,
            contact_details: serde_json::Map<String, serde_json::Value>,
            issue_date: impl Into<String>,
            due_date: impl Into<String>,
            invoice_items: Vec<String>,
            total: f64,
            title: impl Into<String>,
            amount_due: f64,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                status: Some(status.into()),
                live_mode: Some(live_mode),
                amount_paid: Some(amount_paid),
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                business_details: Some(business_details),
                invoice_number: Some(invoice_number),
                currency: Some(currency.into()),
                contact_details: Some(contact_details),
                issue_date: Some(issue_date.into()),
                due_date: Some(due_date.into()),
                invoice_items: Some(invoice_items),
                total: Some(total),
                title: Some(title.into()),
                amount_due: Some(amount_due),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `DeleteInvoiceResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteInvoiceResponseDto {
        /// Invoice Id
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Invoice Status
        ///
        /// One of: `"draft"`, `"sent"`, `"payment_processing"`, `"paid"`, `"void"`, `"partially_paid"`.
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// Live Mode
        ///
        /// Required by the spec.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        /// Amount Paid
        ///
        /// Required by the spec.
        #[serde(
            rename = "amountPaid",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub amount_paid: Option<f64>,
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
        /// Name of the invoice
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Business Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<serde_json::Map<String, serde_json::Value>>,
        /// Invoice Number
        ///
        /// Required by the spec.
        #[serde(
            rename = "invoiceNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_number: Option<f64>,
        /// Currency
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Contact Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_details: Option<serde_json::Map<String, serde_json::Value>>,
        /// Issue date in YYYY-MM-DD format
        ///
        /// Required by the spec.
        #[serde(rename = "issueDate", default, skip_serializing_if = "Option::is_none")]
        pub issue_date: Option<String>,
        /// Due date in YYYY-MM-DD format
        ///
        /// Required by the spec.
        #[serde(rename = "dueDate", default, skip_serializing_if = "Option::is_none")]
        pub due_date: Option<String>,
        /// Discount
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<serde_json::Map<String, serde_json::Value>>,
        /// Invoice Items
        ///
        /// Required by the spec.
        #[serde(
            rename = "invoiceItems",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_items: Option<Vec<String>>,
        /// Total Amount
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// Title
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Total Amount Due
        ///
        /// Required by the spec.
        #[serde(rename = "amountDue", default, skip_serializing_if = "Option::is_none")]
        pub amount_due: Option<f64>,
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
        /// Automatic taxes enabled for the Invoice
        #[serde(
            rename = "automaticTaxesEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_taxes_enabled: Option<bool>,
        /// Is Automatic taxes calculated for the Invoice items
        #[serde(
            rename = "automaticTaxesCalculated",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_taxes_calculated: Option<bool>,
        /// split invoice into payment schedule summing up to full invoice amount
        #[serde(
            rename = "paymentSchedule",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_schedule: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl DeleteInvoiceResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            status: impl Into<String>,
            live_mode: bool,
            amount_paid: f64,
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            business_details: serde_json::Map<String, serde_json::Value>,
            invoice_number: f64,
            currency: impl Into<String>,
            contact_details: serde_json::Map<String, serde_json::Value>,
            issue_date: impl Into<String>,
            due_date: impl Into<String>,
            invoice_items: Vec<String>,
            total: f64,
            title: impl Into<String>,
            amount_due: f64,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                status: Some(status.into()),
                live_mode: Some(live_mode),
                amount_paid: Some(amount_paid),
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                business_details: Some(business_details),
                invoice_number: Some(invoice_number),
                currency: Some(currency.into()),
                contact_details: Some(contact_details),
                issue_date: Some(issue_date.into()),
                due_date: Some(due_date.into()),
                invoice_items: Some(invoice_items),
                total: Some(total),
                title: Some(title.into()),
                amount_due: Some(amount_due),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `VoidInvoiceDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct VoidInvoiceDto {
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
    }

    impl VoidInvoiceDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(alt_id: impl Into<String>, alt_type: impl Into<String>) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                ..Self::default()
            }
        }
    }

    /// `VoidInvoiceResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct VoidInvoiceResponseDto {
        /// Invoice Id
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Invoice Status
        ///
        /// One of: `"draft"`, `"sent"`, `"payment_processing"`, `"paid"`, `"void"`, `"partially_paid"`.
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// Live Mode
        ///
        /// Required by the spec.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        /// Amount Paid
        ///
        /// Required by the spec.
        #[serde(
            rename = "amountPaid",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub amount_paid: Option<f64>,
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
        /// Name of the invoice
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Business Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<serde_json::Map<String, serde_json::Value>>,
        /// Invoice Number
        ///
        /// Required by the spec.
        #[serde(
            rename = "invoiceNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_number: Option<f64>,
        /// Currency
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Contact Details
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_details: Option<serde_json::Map<String, serde_json::Value>>,
        /// Issue date in YYYY-MM-DD format
        ///
        /// Required by the spec.
        #[serde(rename = "issueDate", default, skip_serializing_if = "Option::is_none")]
        pub issue_date: Option<String>,
        /// Due date in YYYY-MM-DD format
        ///
        /// Required by the spec.
        #[serde(rename = "dueDate", default, skip_serializing_if = "Option::is_none")]
        pub due_date: Option<String>,
        /// Discount
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<serde_json::Map<String, serde_json::Value>>,
        /// Invoice Items
        ///
        /// Required by the spec.
        #[serde(
            rename = "invoiceItems",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_items: Option<Vec<String>>,
        /// Total Amount
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// Title
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Total Amount Due
        ///
        /// Required by the spec.
        #[serde(rename = "amountDue", default, skip_serializing_if = "Option::is_none")]
        pub amount_due: Option<f64>,
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
        /// Automatic taxes enabled for the Invoice
        #[serde(
            rename = "automaticTaxesEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_taxes_enabled: Option<bool>,
        /// Is Automatic taxes calculated for the Invoice items
        #[serde(
            rename = "automaticTaxesCalculated",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_taxes_calculated: Option<bool>,
        /// split invoice into payment schedule summing up to full invoice amount
        #[serde(
            rename = "paymentSchedule",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_schedule: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl VoidInvoiceResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            status: impl Into<String>,
            live_mode: bool,
            amount_paid: f64,
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            business_details: serde_json::Map<String, serde_json::Value>,
            invoice_number: f64,
            currency: impl Into<String>,
            contact_details: serde_json::Map<String, serde_json::Value>,
            issue_date: impl Into<String>,
            due_date: impl Into<String>,
            invoice_items: Vec<String>,
            total: f64,
            title: impl Into<String>,
            amount_due: f64,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                status: Some(status.into()),
                live_mode: Some(live_mode),
                amount_paid: Some(amount_paid),
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                business_details: Some(business_details),
                invoice_number: Some(invoice_number),
                currency: Some(currency.into()),
                contact_details: Some(contact_details),
                issue_date: Some(issue_date.into()),
                due_date: Some(due_date.into()),
                invoice_items: Some(invoice_items),
                total: Some(total),
                title: Some(title.into()),
                amount_due: Some(amount_due),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `SendInvoiceDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SendInvoiceDto {
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
        /// Please ensure that the UserId corresponds to an authorized personnel, either by an employee ID or agency ID, to access this location. This account will serve as the primary channel for all future communications and updates.
        ///
        /// Required by the spec.
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// One of: `"sms_and_email"`, `"send_manually"`, `"email"`, `"sms"`.
        ///
        /// Required by the spec.
        #[serde(rename = "action", default, skip_serializing_if = "Option::is_none")]
        pub action: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        /// sender details for invoice, valid only if invoice is not sent manually
        #[serde(rename = "sentFrom", default, skip_serializing_if = "Option::is_none")]
        pub sent_from: Option<crate::apps::invoices::models::InvoiceSettingsSenderConfigurationDto>,
        /// auto-payment configuration
        #[serde(
            rename = "autoPayment",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub auto_payment: Option<crate::apps::invoices::models::AutoPaymentDetailsDto>,
    }

    impl SendInvoiceDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            user_id: impl Into<String>,
            action: impl Into<String>,
            live_mode: bool,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                user_id: Some(user_id.into()),
                action: Some(action.into()),
                live_mode: Some(live_mode),
                ..Self::default()
            }
        }
    }

    /// `SendInvoicesResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SendInvoicesResponseDto {
        ///
        /// Required by the spec.
        #[serde(rename = "invoice", default, skip_serializing_if = "Option::is_none")]
        pub invoice: Option<crate::apps::invoices::models::DefaultInvoiceResponseDto>,
        ///
        /// Required by the spec.
        #[serde(rename = "smsData", default, skip_serializing_if = "Option::is_none")]
        pub sms_data: Option<serde_json::Map<String, serde_json::Value>>,
        ///
        /// Required by the spec.
        #[serde(rename = "emailData", default, skip_serializing_if = "Option::is_none")]
        pub email_data: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl SendInvoicesResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            invoice: crate::apps::invoices::models::DefaultInvoiceResponseDto,
            sms_data: serde_json::Map<String, serde_json::Value>,
            email_data: serde_json::Map<String, serde_json::Value>,
        ) -> Self {
            Self {
                invoice: Some(invoice),
                sms_data: Some(sms_data),
                email_data: Some(email_data),
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

    /// `RecordPaymentDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct RecordPaymentDto {
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
        ///
        /// Required by the spec.
        #[serde(rename = "card", default, skip_serializing_if = "Option::is_none")]
        pub card: Option<crate::apps::invoices::models::CardDto>,
        ///
        /// Required by the spec.
        #[serde(rename = "cheque", default, skip_serializing_if = "Option::is_none")]
        pub cheque: Option<crate::apps::invoices::models::ChequeDto>,
        /// Any note to be recorded with the transaction
        ///
        /// Required by the spec.
        #[serde(rename = "notes", default, skip_serializing_if = "Option::is_none")]
        pub notes: Option<String>,
        /// Amount to be paid against the invoice.
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// `meta`.
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<serde_json::Map<String, serde_json::Value>>,
        /// Payment Schedule Ids to be recorded against the invoice.
        #[serde(
            rename = "paymentScheduleIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_schedule_ids: Option<Vec<String>>,
        /// Updated At to be recorded against the invoice.
        #[serde(
            rename = "fulfilledAt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub fulfilled_at: Option<String>,
    }

    impl RecordPaymentDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            mode: impl Into<String>,
            card: crate::apps::invoices::models::CardDto,
            cheque: crate::apps::invoices::models::ChequeDto,
            notes: impl Into<String>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                mode: Some(mode.into()),
                card: Some(card),
                cheque: Some(cheque),
                notes: Some(notes.into()),
                ..Self::default()
            }
        }
    }

    /// `RecordPaymentResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct RecordPaymentResponseDto {
        /// status
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        ///
        /// Required by the spec.
        #[serde(rename = "invoice", default, skip_serializing_if = "Option::is_none")]
        pub invoice: Option<crate::apps::invoices::models::DefaultInvoiceResponseDto>,
    }

    impl RecordPaymentResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            success: bool,
            invoice: crate::apps::invoices::models::DefaultInvoiceResponseDto,
        ) -> Self {
            Self {
                success: Some(success),
                invoice: Some(invoice),
                ..Self::default()
            }
        }
    }

    /// `PatchInvoiceStatsLastViewedDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PatchInvoiceStatsLastViewedDto {
        /// Invoice Id
        ///
        /// Required by the spec.
        #[serde(rename = "invoiceId", default, skip_serializing_if = "Option::is_none")]
        pub invoice_id: Option<String>,
    }

    impl PatchInvoiceStatsLastViewedDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(invoice_id: impl Into<String>) -> Self {
            Self {
                invoice_id: Some(invoice_id.into()),
                ..Self::default()
            }
        }
    }

    /// `EstimateLineItemDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct EstimateLineItemDto {
        /// Invoice Item Name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Invoice descriptions
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Product Id
        #[serde(rename = "productId", default, skip_serializing_if = "Option::is_none")]
        pub product_id: Option<String>,
        /// Price Id
        #[serde(rename = "priceId", default, skip_serializing_if = "Option::is_none")]
        pub price_id: Option<String>,
        /// Currency
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Product amount
        ///
        /// Required by the spec.
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// Product Quantity
        ///
        /// Required by the spec.
        #[serde(rename = "qty", default, skip_serializing_if = "Option::is_none")]
        pub qty: Option<f64>,
        /// Tax
        #[serde(rename = "taxes", default, skip_serializing_if = "Option::is_none")]
        pub taxes: Option<Vec<crate::apps::invoices::models::ItemTaxDto>>,
        /// Tax category id for calculating automatic tax
        #[serde(
            rename = "automaticTaxCategoryId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_tax_category_id: Option<String>,
        /// Setupfee item, only created when 1st invoice of recurring schedule is generated
        #[serde(
            rename = "isSetupFeeItem",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_setup_fee_item: Option<bool>,
        /// Price type of the item
        ///
        /// One of: `"one_time"`, `"recurring"`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// true if item amount is tax inclusive
        #[serde(
            rename = "taxInclusive",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tax_inclusive: Option<bool>,
        /// Attachments for the line item
        #[serde(
            rename = "attachments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attachments: Option<Vec<String>>,
    }

    impl EstimateLineItemDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            name: impl Into<String>,
            currency: impl Into<String>,
            amount: f64,
            qty: f64,
        ) -> Self {
            Self {
                name: Some(name.into()),
                currency: Some(currency.into()),
                amount: Some(amount),
                qty: Some(qty),
                ..Self::default()
            }
        }
    }

    /// `SendEstimateDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SendEstimateDto {
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
        /// One of: `"sms_and_email"`, `"send_manually"`, `"email"`, `"sms"`.
        ///
        /// Required by the spec.
        #[serde(rename = "action", default, skip_serializing_if = "Option::is_none")]
        pub action: Option<String>,
        /// livemode for estimate
        ///
        /// Required by the spec.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        /// Please ensure that the UserId corresponds to an authorized personnel, either by an employee ID or agency ID, to access this location. This account will serve as the primary channel for all future communications and updates.
        ///
        /// Required by the spec.
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// sender details for invoice, valid only if invoice is not sent manually
        #[serde(rename = "sentFrom", default, skip_serializing_if = "Option::is_none")]
        pub sent_from: Option<crate::apps::invoices::models::InvoiceSettingsSenderConfigurationDto>,
        /// estimate name
        #[serde(
            rename = "estimateName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub estimate_name: Option<String>,
    }

    impl SendEstimateDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            action: impl Into<String>,
            live_mode: bool,
            user_id: impl Into<String>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                action: Some(action.into()),
                live_mode: Some(live_mode),
                user_id: Some(user_id.into()),
                ..Self::default()
            }
        }
    }

    /// `FrequencySettingsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FrequencySettingsDto {
        /// enabled for the frequency settings
        ///
        /// Required by the spec.
        #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
        pub enabled: Option<bool>,
        /// schedule setting for the estimate
        ///
        /// Required by the spec.
        #[serde(rename = "schedule", default, skip_serializing_if = "Option::is_none")]
        pub schedule: Option<crate::apps::invoices::models::ScheduleOptionsDto>,
    }

    impl FrequencySettingsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            enabled: bool,
            schedule: crate::apps::invoices::models::ScheduleOptionsDto,
        ) -> Self {
            Self {
                enabled: Some(enabled),
                schedule: Some(schedule),
                ..Self::default()
            }
        }
    }

    /// `AutoInvoicingDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AutoInvoicingDto {
        /// Enable Auto Invoice
        ///
        /// Required by the spec.
        #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
        pub enabled: Option<bool>,
        /// Direct Payments
        #[serde(
            rename = "directPayments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub direct_payments: Option<bool>,
    }

    impl AutoInvoicingDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(enabled: bool) -> Self {
            Self {
                enabled: Some(enabled),
                ..Self::default()
            }
        }
    }

    /// `PaymentScheduleDateConfigDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PaymentScheduleDateConfigDto {
        /// Deposit date type
        ///
        /// One of: `"estimate_accepted"`, `"custom"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "depositDateType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub deposit_date_type: Option<String>,
        /// Payment Schedule Date Type
        ///
        /// One of: `"regular_interval"`, `"custom"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "scheduleDateType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub schedule_date_type: Option<String>,
    }

    impl PaymentScheduleDateConfigDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            deposit_date_type: impl Into<String>,
            schedule_date_type: impl Into<String>,
        ) -> Self {
            Self {
                deposit_date_type: Some(deposit_date_type.into()),
                schedule_date_type: Some(schedule_date_type.into()),
                ..Self::default()
            }
        }
    }

    /// `PaymentScheduleConfigDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PaymentScheduleConfigDto {
        /// Payment Schedule Type
        ///
        /// One of: `"fixed"`, `"percentage"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Due date type configuration
        ///
        /// Required by the spec.
        #[serde(
            rename = "dateConfig",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub date_config: Option<crate::apps::invoices::models::PaymentScheduleDateConfigDto>,
        /// Payment Schedule Items
        ///
        /// Required by the spec.
        #[serde(rename = "schedules", default, skip_serializing_if = "Option::is_none")]
        pub schedules: Option<Vec<Vec<serde_json::Value>>>,
    }

    impl PaymentScheduleConfigDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            r#type: impl Into<String>,
            date_config: crate::apps::invoices::models::PaymentScheduleDateConfigDto,
            schedules: Vec<Vec<serde_json::Value>>,
        ) -> Self {
            Self {
                r#type: Some(r#type.into()),
                date_config: Some(date_config),
                schedules: Some(schedules),
                ..Self::default()
            }
        }
    }

    /// `CreateEstimatesDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateEstimatesDto {
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
        /// Estimate Name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<crate::apps::invoices::models::BusinessDetailsDto>,
        /// Currency code
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// An array of items for the estimate.
        ///
        /// Required by the spec.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<crate::apps::invoices::models::EstimateLineItemDto>>,
        /// livemode for estimate
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        ///
        /// Required by the spec.
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<crate::apps::invoices::models::DiscountDto>,
        /// Terms notes, Also supports HTML markups
        #[serde(
            rename = "termsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub terms_notes: Option<String>,
        /// Title for the estimate
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Contact information to send the estimate to
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_details: Option<crate::apps::invoices::models::ContactDetailsDto>,
        /// Estimate Number, if not specified will take in the next valid estimate number
        #[serde(
            rename = "estimateNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub estimate_number: Option<f64>,
        /// issue date estimate
        #[serde(rename = "issueDate", default, skip_serializing_if = "Option::is_none")]
        pub issue_date: Option<String>,
        /// expiry date estimate
        #[serde(
            rename = "expiryDate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub expiry_date: Option<String>,
        /// Email and sent to details for the estimate
        #[serde(rename = "sentTo", default, skip_serializing_if = "Option::is_none")]
        pub sent_to: Option<crate::apps::invoices::models::SentToDto>,
        /// Automatic taxes enabled for the Estimate
        #[serde(
            rename = "automaticTaxesEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_taxes_enabled: Option<bool>,
        /// Meta data for the estimate
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<serde_json::Map<String, serde_json::Value>>,
        /// When sending estimate directly while saving
        #[serde(
            rename = "sendEstimateDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub send_estimate_details: Option<crate::apps::invoices::models::SendEstimateDto>,
        /// frequency settings for the estimate
        ///
        /// Required by the spec.
        #[serde(
            rename = "frequencySettings",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub frequency_settings: Option<crate::apps::invoices::models::FrequencySettingsDto>,
        /// Prefix for the estimate number
        #[serde(
            rename = "estimateNumberPrefix",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub estimate_number_prefix: Option<String>,
        /// User Id
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// attachments for the invoice
        #[serde(
            rename = "attachments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attachments: Option<Vec<crate::apps::invoices::models::AttachmentsDto>>,
        /// Auto invoice for the estimate
        #[serde(
            rename = "autoInvoice",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub auto_invoice: Option<crate::apps::invoices::models::AutoInvoicingDto>,
        /// miscellaneous charges for the estimate
        #[serde(
            rename = "miscellaneousCharges",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub miscellaneous_charges: Option<crate::apps::invoices::models::ProcessingFeeDto>,
        /// Payment Schedule Config for the estimate
        #[serde(
            rename = "paymentScheduleConfig",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_schedule_config:
            Option<crate::apps::invoices::models::PaymentScheduleConfigDto>,
    }

    impl CreateEstimatesDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            business_details: crate::apps::invoices::models::BusinessDetailsDto,
            currency: impl Into<String>,
            items: Vec<crate::apps::invoices::models::EstimateLineItemDto>,
            discount: crate::apps::invoices::models::DiscountDto,
            contact_details: crate::apps::invoices::models::ContactDetailsDto,
            frequency_settings: crate::apps::invoices::models::FrequencySettingsDto,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                business_details: Some(business_details),
                currency: Some(currency.into()),
                items: Some(items),
                discount: Some(discount),
                contact_details: Some(contact_details),
                frequency_settings: Some(frequency_settings),
                ..Self::default()
            }
        }
    }

    /// `BusinessDetails` in the spec.
    pub type BusinessDetails = serde_json::Map<String, serde_json::Value>;

    /// `ContactDetails` in the spec.
    pub type ContactDetails = serde_json::Map<String, serde_json::Value>;

    /// `SentTo` in the spec.
    pub type SentTo = serde_json::Map<String, serde_json::Value>;

    /// `AutoInvoice` in the spec.
    pub type AutoInvoice = serde_json::Map<String, serde_json::Value>;

    /// `EstimateResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct EstimateResponseDto {
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
        /// Unique identifier
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Indicates if it is in live mode
        ///
        /// Required by the spec.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        /// Indicates if deleted
        ///
        /// Required by the spec.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// Name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Currency code
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Business details associated with the estimate
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<crate::apps::invoices::models::BusinessDetails>,
        /// An array of items
        ///
        /// Required by the spec.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<Vec<serde_json::Value>>>,
        /// Discount details for the estimate template
        ///
        /// Required by the spec.
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<crate::apps::invoices::models::DiscountDto>,
        /// Title
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Estimate number prefix
        #[serde(
            rename = "estimateNumberPrefix",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub estimate_number_prefix: Option<String>,
        /// Attachments
        #[serde(
            rename = "attachments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attachments: Option<Vec<crate::apps::invoices::models::AttachmentsDto>>,
        /// User Id of who last updated
        #[serde(rename = "updatedBy", default, skip_serializing_if = "Option::is_none")]
        pub updated_by: Option<String>,
        /// Total amount
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// Timestamp when created
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// Timestamp when last updated
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// Version number
        ///
        /// Required by the spec.
        #[serde(rename = "__v", default, skip_serializing_if = "Option::is_none")]
        pub v: Option<f64>,
        /// Indicates if automatic taxes are enabled for this estimate
        ///
        /// Required by the spec.
        #[serde(
            rename = "automaticTaxesEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_taxes_enabled: Option<bool>,
        /// Terms and conditions for the estimate, supports HTML markup
        #[serde(
            rename = "termsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub terms_notes: Option<String>,
        /// Company identifier associated with the estimate
        ///
        /// Required by the spec.
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
        /// Contact details for the estimate
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_details: Option<crate::apps::invoices::models::ContactDetails>,
        /// Date when the estimate was issued
        ///
        /// Required by the spec.
        #[serde(rename = "issueDate", default, skip_serializing_if = "Option::is_none")]
        pub issue_date: Option<String>,
        /// Date when the estimate expires
        ///
        /// Required by the spec.
        #[serde(
            rename = "expiryDate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub expiry_date: Option<String>,
        /// User who sent the estimate
        #[serde(rename = "sentBy", default, skip_serializing_if = "Option::is_none")]
        pub sent_by: Option<String>,
        /// Indicates if automatic taxes were calculated
        ///
        /// Required by the spec.
        #[serde(
            rename = "automaticTaxesCalculated",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_taxes_calculated: Option<bool>,
        /// Additional metadata associated with the estimate
        ///
        /// Required by the spec.
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<serde_json::Map<String, serde_json::Value>>,
        /// History of actions taken on the estimate
        ///
        /// Required by the spec.
        #[serde(
            rename = "estimateActionHistory",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub estimate_action_history: Option<Vec<String>>,
        /// Recipient details for the estimate
        ///
        /// Required by the spec.
        #[serde(rename = "sentTo", default, skip_serializing_if = "Option::is_none")]
        pub sent_to: Option<crate::apps::invoices::models::SentTo>,
        /// Frequency settings for recurring estimates
        ///
        /// Required by the spec.
        #[serde(
            rename = "frequencySettings",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub frequency_settings: Option<crate::apps::invoices::models::FrequencySettingsDto>,
        /// Timestamp when the estimate was last visited
        ///
        /// Required by the spec.
        #[serde(
            rename = "lastVisitedAt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_visited_at: Option<String>,
        /// Total amount in USD
        ///
        /// Required by the spec.
        #[serde(
            rename = "totalamountInUSD",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub totalamount_in_usd: Option<f64>,
        /// Auto-invoice settings for the estimate
        #[serde(
            rename = "autoInvoice",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub auto_invoice: Option<crate::apps::invoices::models::AutoInvoice>,
        /// Trace ID for logging and debugging
        ///
        /// Required by the spec.
        #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
    }

    impl EstimateResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            id: impl Into<String>,
            live_mode: bool,
            deleted: bool,
            name: impl Into<String>,
            currency: impl Into<String>,
            business_details: crate::apps::invoices::models::BusinessDetails,
            items: Vec<Vec<serde_json::Value>>,
            discount: crate::apps::invoices::models::DiscountDto,
            total: f64,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
            v: f64,
            automatic_taxes_enabled: bool,
            company_id: impl Into<String>,
            contact_details: crate::apps::invoices::models::ContactDetails,
            issue_date: impl Into<String>,
            expiry_date: impl Into<String>,
            automatic_taxes_calculated: bool,
            meta: serde_json::Map<String, serde_json::Value>,
            estimate_action_history: Vec<String>,
            sent_to: crate::apps::invoices::models::SentTo,
            frequency_settings: crate::apps::invoices::models::FrequencySettingsDto,
            last_visited_at: impl Into<String>,
            totalamount_in_usd: f64,
            trace_id: impl Into<String>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                id: Some(id.into()),
                live_mode: Some(live_mode),
                deleted: Some(deleted),
                name: Some(name.into()),
                currency: Some(currency.into()),
                business_details: Some(business_details),
                items: Some(items),
                discount: Some(discount),
                total: Some(total),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                v: Some(v),
                automatic_taxes_enabled: Some(automatic_taxes_enabled),
                company_id: Some(company_id.into()),
                contact_details: Some(contact_details),
                issue_date: Some(issue_date.into()),
                expiry_date: Some(expiry_date.into()),
                automatic_taxes_calculated: Some(automatic_taxes_calculated),
                meta: Some(meta),
                estimate_action_history: Some(estimate_action_history),
                sent_to: Some(sent_to),
                frequency_settings: Some(frequency_settings),
                last_visited_at: Some(last_visited_at.into()),
                totalamount_in_usd: Some(totalamount_in_usd),
                trace_id: Some(trace_id.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateEstimateDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateEstimateDto {
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
        /// Estimate Name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<crate::apps::invoices::models::BusinessDetailsDto>,
        /// Currency code
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// An array of items for the estimate.
        ///
        /// Required by the spec.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<crate::apps::invoices::models::EstimateLineItemDto>>,
        /// livemode for estimate
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        ///
        /// Required by the spec.
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<crate::apps::invoices::models::DiscountDto>,
        /// Terms notes, Also supports HTML markups
        #[serde(
            rename = "termsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub terms_notes: Option<String>,
        /// Title for the estimate
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Contact information to send the estimate to
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_details: Option<crate::apps::invoices::models::ContactDetailsDto>,
        /// Estimate Number, if not specified will take in the next valid estimate number
        #[serde(
            rename = "estimateNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub estimate_number: Option<f64>,
        /// issue date estimate
        #[serde(rename = "issueDate", default, skip_serializing_if = "Option::is_none")]
        pub issue_date: Option<String>,
        /// expiry date estimate
        #[serde(
            rename = "expiryDate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub expiry_date: Option<String>,
        /// Email and sent to details for the estimate
        #[serde(rename = "sentTo", default, skip_serializing_if = "Option::is_none")]
        pub sent_to: Option<crate::apps::invoices::models::SentToDto>,
        /// Automatic taxes enabled for the Estimate
        #[serde(
            rename = "automaticTaxesEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_taxes_enabled: Option<bool>,
        /// Meta data for the estimate
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<serde_json::Map<String, serde_json::Value>>,
        /// When sending estimate directly while saving
        #[serde(
            rename = "sendEstimateDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub send_estimate_details: Option<crate::apps::invoices::models::SendEstimateDto>,
        /// frequency settings for the estimate
        ///
        /// Required by the spec.
        #[serde(
            rename = "frequencySettings",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub frequency_settings: Option<crate::apps::invoices::models::FrequencySettingsDto>,
        /// Prefix for the estimate number
        #[serde(
            rename = "estimateNumberPrefix",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub estimate_number_prefix: Option<String>,
        /// User Id
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// attachments for the invoice
        #[serde(
            rename = "attachments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attachments: Option<Vec<crate::apps::invoices::models::AttachmentsDto>>,
        /// Auto invoice for the estimate
        #[serde(
            rename = "autoInvoice",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub auto_invoice: Option<crate::apps::invoices::models::AutoInvoicingDto>,
        /// miscellaneous charges for the estimate
        #[serde(
            rename = "miscellaneousCharges",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub miscellaneous_charges: Option<crate::apps::invoices::models::ProcessingFeeDto>,
        /// Payment Schedule Config for the estimate
        #[serde(
            rename = "paymentScheduleConfig",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payment_schedule_config:
            Option<crate::apps::invoices::models::PaymentScheduleConfigDto>,
        /// Estimate Status
        ///
        /// One of: `"all"`, `"draft"`, `"sent"`, `"accepted"`, `"declined"`, `"invoiced"`, `"viewed"`.
        #[serde(
            rename = "estimateStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub estimate_status: Option<String>,
    }

    impl UpdateEstimateDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            business_details: crate::apps::invoices::models::BusinessDetailsDto,
            currency: impl Into<String>,
            items: Vec<crate::apps::invoices::models::EstimateLineItemDto>,
            discount: crate::apps::invoices::models::DiscountDto,
            contact_details: crate::apps::invoices::models::ContactDetailsDto,
            frequency_settings: crate::apps::invoices::models::FrequencySettingsDto,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                business_details: Some(business_details),
                currency: Some(currency.into()),
                items: Some(items),
                discount: Some(discount),
                contact_details: Some(contact_details),
                frequency_settings: Some(frequency_settings),
                ..Self::default()
            }
        }
    }

    /// `GenerateEstimateNumberResponse` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GenerateEstimateNumberResponse {
        ///
        /// Required by the spec.
        #[serde(
            rename = "estimateNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub estimate_number: Option<f64>,
        ///
        /// Required by the spec.
        #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
    }

    impl GenerateEstimateNumberResponse {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(estimate_number: f64, trace_id: impl Into<String>) -> Self {
            Self {
                estimate_number: Some(estimate_number),
                trace_id: Some(trace_id.into()),
                ..Self::default()
            }
        }
    }

    /// `AltDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AltDto {
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
    }

    impl AltDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(alt_id: impl Into<String>, alt_type: impl Into<String>) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateInvoiceFromEstimateDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateInvoiceFromEstimateDto {
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
        /// Mark Estimate as Invoiced
        ///
        /// Required by the spec.
        #[serde(
            rename = "markAsInvoiced",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub mark_as_invoiced: Option<bool>,
        /// Version of the update request
        ///
        /// One of: `"v1"`, `"v2"`.
        #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
        pub version: Option<String>,
    }

    impl CreateInvoiceFromEstimateDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            mark_as_invoiced: bool,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                mark_as_invoiced: Some(mark_as_invoiced),
                ..Self::default()
            }
        }
    }

    /// `CreateInvoiceFromEstimateResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateInvoiceFromEstimateResponseDto {
        /// Estimate details
        ///
        /// Required by the spec.
        #[serde(rename = "estimate", default, skip_serializing_if = "Option::is_none")]
        pub estimate: Option<crate::apps::invoices::models::EstimateResponseDto>,
        /// Invoice details
        ///
        /// Required by the spec.
        #[serde(rename = "invoice", default, skip_serializing_if = "Option::is_none")]
        pub invoice: Option<crate::apps::invoices::models::DefaultInvoiceResponseDto>,
    }

    impl CreateInvoiceFromEstimateResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            estimate: crate::apps::invoices::models::EstimateResponseDto,
            invoice: crate::apps::invoices::models::DefaultInvoiceResponseDto,
        ) -> Self {
            Self {
                estimate: Some(estimate),
                invoice: Some(invoice),
                ..Self::default()
            }
        }
    }

    /// `ListEstimatesResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ListEstimatesResponseDto {
        /// List of estimates
        ///
        /// Required by the spec.
        #[serde(rename = "estimates", default, skip_serializing_if = "Option::is_none")]
        pub estimates: Option<Vec<String>>,
        /// Total number of estimates
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// Unique identifier for tracing the request
        ///
        /// Required by the spec.
        #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
    }

    impl ListEstimatesResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(estimates: Vec<String>, total: f64, trace_id: impl Into<String>) -> Self {
            Self {
                estimates: Some(estimates),
                total: Some(total),
                trace_id: Some(trace_id.into()),
                ..Self::default()
            }
        }
    }

    /// `EstimateIdParam` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct EstimateIdParam {
        /// Estimate Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "estimateId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub estimate_id: Option<String>,
    }

    impl EstimateIdParam {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(estimate_id: impl Into<String>) -> Self {
            Self {
                estimate_id: Some(estimate_id.into()),
                ..Self::default()
            }
        }
    }

    /// `ListEstimateTemplateResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ListEstimateTemplateResponseDto {
        /// List of estimate templates
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<Vec<String>>,
        /// Total number of estimate templates available
        ///
        /// Required by the spec.
        #[serde(
            rename = "totalCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub total_count: Option<f64>,
        /// Unique identifier for tracing the request
        ///
        /// Required by the spec.
        #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
    }

    impl ListEstimateTemplateResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(data: Vec<String>, total_count: f64, trace_id: impl Into<String>) -> Self {
            Self {
                data: Some(data),
                total_count: Some(total_count),
                trace_id: Some(trace_id.into()),
                ..Self::default()
            }
        }
    }

    /// `EstimateTemplatesDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct EstimateTemplatesDto {
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
        /// Estimate Name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<crate::apps::invoices::models::BusinessDetailsDto>,
        /// Currency code
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// An array of items for the estimate.
        ///
        /// Required by the spec.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<Vec<serde_json::Value>>>,
        /// livemode for estimate
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        ///
        /// Required by the spec.
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<crate::apps::invoices::models::DiscountDto>,
        /// Terms notes, Also supports HTML markups
        #[serde(
            rename = "termsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub terms_notes: Option<String>,
        /// Title for the estimate
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Automatic taxes enabled for the Estimate
        #[serde(
            rename = "automaticTaxesEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_taxes_enabled: Option<bool>,
        /// Meta data for the estimate
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<serde_json::Map<String, serde_json::Value>>,
        /// When sending estimate directly while saving
        #[serde(
            rename = "sendEstimateDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub send_estimate_details: Option<crate::apps::invoices::models::SendEstimateDto>,
        /// Prefix for the estimate number
        #[serde(
            rename = "estimateNumberPrefix",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub estimate_number_prefix: Option<String>,
        /// attachments for the invoice
        #[serde(
            rename = "attachments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attachments: Option<Vec<crate::apps::invoices::models::AttachmentsDto>>,
        /// miscellaneous charges for the estimate
        #[serde(
            rename = "miscellaneousCharges",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub miscellaneous_charges: Option<crate::apps::invoices::models::ProcessingFeeDto>,
    }

    impl EstimateTemplatesDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            business_details: crate::apps::invoices::models::BusinessDetailsDto,
            currency: impl Into<String>,
            items: Vec<Vec<serde_json::Value>>,
            discount: crate::apps::invoices::models::DiscountDto,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                business_details: Some(business_details),
                currency: Some(currency.into()),
                items: Some(items),
                discount: Some(discount),
                ..Self::default()
            }
        }
    }

    /// `EstimateTemplateResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct EstimateTemplateResponseDto {
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
        /// Unique identifier
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Indicates if it is in live mode
        ///
        /// Required by the spec.
        #[serde(rename = "liveMode", default, skip_serializing_if = "Option::is_none")]
        pub live_mode: Option<bool>,
        /// Indicates if deleted
        ///
        /// Required by the spec.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// Name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Currency code
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Business details associated with the estimate
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_details: Option<crate::apps::invoices::models::BusinessDetails>,
        /// An array of items
        ///
        /// Required by the spec.
        #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<Vec<serde_json::Value>>>,
        /// Discount details for the estimate template
        ///
        /// Required by the spec.
        #[serde(rename = "discount", default, skip_serializing_if = "Option::is_none")]
        pub discount: Option<crate::apps::invoices::models::DiscountDto>,
        /// Title
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Estimate number prefix
        #[serde(
            rename = "estimateNumberPrefix",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub estimate_number_prefix: Option<String>,
        /// Attachments
        #[serde(
            rename = "attachments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attachments: Option<Vec<crate::apps::invoices::models::AttachmentsDto>>,
        /// User Id of who last updated
        #[serde(rename = "updatedBy", default, skip_serializing_if = "Option::is_none")]
        pub updated_by: Option<String>,
        /// Total amount
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// Timestamp when created
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// Timestamp when last updated
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// Version number
        ///
        /// Required by the spec.
        #[serde(rename = "__v", default, skip_serializing_if = "Option::is_none")]
        pub v: Option<f64>,
        /// Indicates if automatic taxes are enabled for this estimate
        ///
        /// Required by the spec.
        #[serde(
            rename = "automaticTaxesEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub automatic_taxes_enabled: Option<bool>,
        /// Terms and conditions for the estimate, supports HTML markup
        #[serde(
            rename = "termsNotes",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub terms_notes: Option<String>,
    }

    impl EstimateTemplateResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            id: impl Into<String>,
            live_mode: bool,
            deleted: bool,
            name: impl Into<String>,
            currency: impl Into<String>,
            business_details: crate::apps::invoices::models::BusinessDetails,
            items: Vec<Vec<serde_json::Value>>,
            discount: crate::apps::invoices::models::DiscountDto,
            total: f64,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
            v: f64,
            automatic_taxes_enabled: bool,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                id: Some(id.into()),
                live_mode: Some(live_mode),
                deleted: Some(deleted),
                name: Some(name.into()),
                currency: Some(currency.into()),
                business_details: Some(business_details),
                items: Some(items),
                discount: Some(discount),
                total: Some(total),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                v: Some(v),
                automatic_taxes_enabled: Some(automatic_taxes_enabled),
                ..Self::default()
            }
        }
    }
}

/// The Invoice API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct InvoicesApi {
    client: GhlClient,
}

impl InvoicesApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// List templates
    ///
    /// API to get list of templates
    ///
    /// `GET /invoices/template`
    ///
    /// Version `2021-07-28`; scope `invoices/template.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn list_invoice_templates(
        &self,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
        limit: impl Into<String>,
        offset: impl Into<String>,
    ) -> ops::ListInvoiceTemplates {
        let mut req = Request::new(
            http::Method::GET,
            "/invoices/template",
            "/invoices/template",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        req = req.query_pair("limit", limit.into());
        req = req.query_pair("offset", offset.into());
        ops::ListInvoiceTemplates {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create template
    ///
    /// API to create a template
    ///
    /// `POST /invoices/template`
    ///
    /// Version `2021-07-28`; scope `invoices/template.write`; never repeated after an unknown outcome.
    pub fn create_invoice_template(
        &self,
        body: &crate::apps::invoices::models::CreateInvoiceTemplateDto,
    ) -> ops::CreateInvoiceTemplate {
        let mut req = Request::new(
            http::Method::POST,
            "/invoices/template",
            "/invoices/template",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateInvoiceTemplate {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get an template
    ///
    /// API to get an template by template id
    ///
    /// `GET /invoices/template/{templateId}`
    ///
    /// Version `2021-07-28`; scope `invoices/template.readonly`; retried after an unknown outcome.
    pub fn get_invoice_template(
        &self,
        template_id: impl AsRef<str>,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::GetInvoiceTemplate {
        let mut req = Request::new(
            http::Method::GET,
            "/invoices/template/{templateId}",
            format!(
                "/invoices/template/{}",
                crate::request::segment(template_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::GetInvoiceTemplate {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update template
    ///
    /// API to update an template by template id
    ///
    /// `PUT /invoices/template/{templateId}`
    ///
    /// Version `2021-07-28`; scope `invoices/template.write`; retried after an unknown outcome.
    pub fn update_invoice_template(
        &self,
        template_id: impl AsRef<str>,
        body: &crate::apps::invoices::models::UpdateInvoiceTemplateDto,
    ) -> ops::UpdateInvoiceTemplate {
        let mut req = Request::new(
            http::Method::PUT,
            "/invoices/template/{templateId}",
            format!(
                "/invoices/template/{}",
                crate::request::segment(template_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateInvoiceTemplate {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete template
    ///
    /// API to update an template by template id
    ///
    /// `DELETE /invoices/template/{templateId}`
    ///
    /// Version `2021-07-28`; scope `invoices/template.write`; retried after an unknown outcome.
    pub fn delete_invoice_template(
        &self,
        template_id: impl AsRef<str>,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::DeleteInvoiceTemplate {
        let mut req = Request::new(
            http::Method::DELETE,
            "/invoices/template/{templateId}",
            format!(
                "/invoices/template/{}",
                crate::request::segment(template_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::DeleteInvoiceTemplate {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update template late fees configuration
    ///
    /// API to update template late fees configuration by template id
    ///
    /// `PATCH /invoices/template/{templateId}/late-fees-configuration`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn update_invoice_template_late_fees_configuration(
        &self,
        template_id: impl AsRef<str>,
        body: &crate::apps::invoices::models::UpdateInvoiceLateFeesConfigurationDto,
    ) -> ops::UpdateInvoiceTemplateLateFeesConfiguration {
        let mut req = Request::new(
            http::Method::PATCH,
            "/invoices/template/{templateId}/late-fees-configuration",
            format!(
                "/invoices/template/{}/late-fees-configuration",
                crate::request::segment(template_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateInvoiceTemplateLateFeesConfiguration {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update template late fees configuration
    ///
    /// API to update template late fees configuration by template id
    ///
    /// `PATCH /invoices/template/{templateId}/payment-methods-configuration`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn update_invoice_payment_methods_configuration(
        &self,
        template_id: impl AsRef<str>,
        body: &crate::apps::invoices::models::UpdatePaymentMethodsConfigurationDto,
    ) -> ops::UpdateInvoicePaymentMethodsConfiguration {
        let mut req = Request::new(
            http::Method::PATCH,
            "/invoices/template/{templateId}/payment-methods-configuration",
            format!(
                "/invoices/template/{}/payment-methods-configuration",
                crate::request::segment(template_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateInvoicePaymentMethodsConfiguration {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List schedules
    ///
    /// API to get list of schedules
    ///
    /// `GET /invoices/schedule`
    ///
    /// Version `2021-07-28`; scope `invoices/schedule.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn list_invoice_schedules(
        &self,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
        limit: impl Into<String>,
        offset: impl Into<String>,
    ) -> ops::ListInvoiceSchedules {
        let mut req = Request::new(
            http::Method::GET,
            "/invoices/schedule",
            "/invoices/schedule",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        req = req.query_pair("limit", limit.into());
        req = req.query_pair("offset", offset.into());
        ops::ListInvoiceSchedules {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Invoice Schedule
    ///
    /// API to create an invoice Schedule
    ///
    /// `POST /invoices/schedule`
    ///
    /// Version `2021-07-28`; scope `invoices/schedule.write`; never repeated after an unknown outcome.
    pub fn create_invoice_schedule(
        &self,
        body: &crate::apps::invoices::models::CreateInvoiceScheduleDto,
    ) -> ops::CreateInvoiceSchedule {
        let mut req = Request::new(
            http::Method::POST,
            "/invoices/schedule",
            "/invoices/schedule",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateInvoiceSchedule {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get an schedule
    ///
    /// API to get an schedule by schedule id
    ///
    /// `GET /invoices/schedule/{scheduleId}`
    ///
    /// Version `2021-07-28`; scope `invoices/schedule.readonly`; retried after an unknown outcome.
    pub fn get_invoice_schedule(
        &self,
        schedule_id: impl AsRef<str>,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::GetInvoiceSchedule {
        let mut req = Request::new(
            http::Method::GET,
            "/invoices/schedule/{scheduleId}",
            format!(
                "/invoices/schedule/{}",
                crate::request::segment(schedule_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::GetInvoiceSchedule {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update schedule
    ///
    /// API to update an schedule by schedule id
    ///
    /// `PUT /invoices/schedule/{scheduleId}`
    ///
    /// Version `2021-07-28`; scope `invoices/schedule.write`; retried after an unknown outcome.
    pub fn update_invoice_schedule(
        &self,
        schedule_id: impl AsRef<str>,
        body: &crate::apps::invoices::models::UpdateInvoiceScheduleDto,
    ) -> ops::UpdateInvoiceSchedule {
        let mut req = Request::new(
            http::Method::PUT,
            "/invoices/schedule/{scheduleId}",
            format!(
                "/invoices/schedule/{}",
                crate::request::segment(schedule_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateInvoiceSchedule {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete schedule
    ///
    /// API to delete an schedule by schedule id
    ///
    /// `DELETE /invoices/schedule/{scheduleId}`
    ///
    /// Version `2021-07-28`; scope `invoices/schedule.write`; retried after an unknown outcome.
    pub fn delete_invoice_schedule(
        &self,
        schedule_id: impl AsRef<str>,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::DeleteInvoiceSchedule {
        let mut req = Request::new(
            http::Method::DELETE,
            "/invoices/schedule/{scheduleId}",
            format!(
                "/invoices/schedule/{}",
                crate::request::segment(schedule_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::DeleteInvoiceSchedule {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update scheduled recurring invoice
    ///
    /// API to update scheduled recurring invoice
    ///
    /// `POST /invoices/schedule/{scheduleId}/updateAndSchedule`
    ///
    /// Version `2021-07-28`; scope `invoices/schedule.write`; never repeated after an unknown outcome.
    pub fn update_and_schedule_invoice_schedule(
        &self,
        schedule_id: impl AsRef<str>,
    ) -> ops::UpdateAndScheduleInvoiceSchedule {
        let mut req = Request::new(
            http::Method::POST,
            "/invoices/schedule/{scheduleId}/updateAndSchedule",
            format!(
                "/invoices/schedule/{}/updateAndSchedule",
                crate::request::segment(schedule_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::UpdateAndScheduleInvoiceSchedule {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Schedule an schedule invoice
    ///
    /// API to schedule an schedule invoice to start sending to the customer
    ///
    /// `POST /invoices/schedule/{scheduleId}/schedule`
    ///
    /// Version `2021-07-28`; scope `invoices/schedule.write`; never repeated after an unknown outcome.
    pub fn schedule_invoice_schedule(
        &self,
        schedule_id: impl AsRef<str>,
        body: &crate::apps::invoices::models::ScheduleInvoiceScheduleDto,
    ) -> ops::ScheduleInvoiceSchedule {
        let mut req = Request::new(
            http::Method::POST,
            "/invoices/schedule/{scheduleId}/schedule",
            format!(
                "/invoices/schedule/{}/schedule",
                crate::request::segment(schedule_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::ScheduleInvoiceSchedule {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Manage Auto payment for an schedule invoice
    ///
    /// API to manage auto payment for a schedule
    ///
    /// `POST /invoices/schedule/{scheduleId}/auto-payment`
    ///
    /// Version `2021-07-28`; scope `invoices/schedule.write`; never repeated after an unknown outcome.
    pub fn auto_payment_invoice_schedule(
        &self,
        schedule_id: impl AsRef<str>,
        body: &crate::apps::invoices::models::AutoPaymentScheduleDto,
    ) -> ops::AutoPaymentInvoiceSchedule {
        let mut req = Request::new(
            http::Method::POST,
            "/invoices/schedule/{scheduleId}/auto-payment",
            format!(
                "/invoices/schedule/{}/auto-payment",
                crate::request::segment(schedule_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::AutoPaymentInvoiceSchedule {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Cancel an scheduled invoice
    ///
    /// API to cancel a scheduled invoice by schedule id
    ///
    /// `POST /invoices/schedule/{scheduleId}/cancel`
    ///
    /// Version `2021-07-28`; scope `invoices/schedule.write`; never repeated after an unknown outcome.
    pub fn cancel_invoice_schedule(
        &self,
        schedule_id: impl AsRef<str>,
        body: &crate::apps::invoices::models::CancelInvoiceScheduleDto,
    ) -> ops::CancelInvoiceSchedule {
        let mut req = Request::new(
            http::Method::POST,
            "/invoices/schedule/{scheduleId}/cancel",
            format!(
                "/invoices/schedule/{}/cancel",
                crate::request::segment(schedule_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CancelInvoiceSchedule {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create & Send
    ///
    /// API to create or update a text2pay invoice
    ///
    /// `POST /invoices/text2pay`
    ///
    /// Version `2021-07-28`; scope `invoices.write`; never repeated after an unknown outcome.
    pub fn text2pay_invoice(
        &self,
        body: &crate::apps::invoices::models::Text2PayDto,
    ) -> ops::Text2payInvoice {
        let mut req = Request::new(
            http::Method::POST,
            "/invoices/text2pay",
            "/invoices/text2pay",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::Text2payInvoice {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Generate Invoice Number
    ///
    /// Get the next invoice number for the given location
    ///
    /// `GET /invoices/generate-invoice-number`
    ///
    /// Version `2021-07-28`; scope `invoices.readonly`; retried after an unknown outcome.
    pub fn generate_invoice_number(
        &self,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::GenerateInvoiceNumber {
        let mut req = Request::new(
            http::Method::GET,
            "/invoices/generate-invoice-number",
            "/invoices/generate-invoice-number",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::GenerateInvoiceNumber {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Invoice Settings
    ///
    /// Get the invoice settings for the given location
    ///
    /// `GET /invoices/settings`
    ///
    /// Version `2021-07-28`; scope `invoices.readonly`; retried after an unknown outcome.
    pub fn get_invoice_settings(
        &self,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::GetInvoiceSettings {
        let mut req = Request::new(
            http::Method::GET,
            "/invoices/settings",
            "/invoices/settings",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::GetInvoiceSettings {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get invoice
    ///
    /// API to get invoice by invoice id
    ///
    /// `GET /invoices/{invoiceId}`
    ///
    /// Version `2021-07-28`; scope `invoices.readonly`; retried after an unknown outcome.
    pub fn get_invoice(
        &self,
        invoice_id: impl AsRef<str>,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::GetInvoice {
        let mut req = Request::new(
            http::Method::GET,
            "/invoices/{invoiceId}",
            format!("/invoices/{}", crate::request::segment(invoice_id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::GetInvoice {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update invoice
    ///
    /// API to update invoice by invoice id
    ///
    /// `PUT /invoices/{invoiceId}`
    ///
    /// Version `2021-07-28`; scope `invoices.write`; retried after an unknown outcome.
    pub fn update_invoice(
        &self,
        invoice_id: impl AsRef<str>,
        body: &crate::apps::invoices::models::UpdateInvoiceDto,
    ) -> ops::UpdateInvoice {
        let mut req = Request::new(
            http::Method::PUT,
            "/invoices/{invoiceId}",
            format!("/invoices/{}", crate::request::segment(invoice_id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateInvoice {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete invoice
    ///
    /// API to delete invoice by invoice id
    ///
    /// `DELETE /invoices/{invoiceId}`
    ///
    /// Version `2021-07-28`; scope `invoices.write`; retried after an unknown outcome.
    pub fn delete_invoice(
        &self,
        invoice_id: impl AsRef<str>,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::DeleteInvoice {
        let mut req = Request::new(
            http::Method::DELETE,
            "/invoices/{invoiceId}",
            format!("/invoices/{}", crate::request::segment(invoice_id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::DeleteInvoice {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update invoice late fees configuration
    ///
    /// API to update invoice late fees configuration by invoice id
    ///
    /// `PATCH /invoices/{invoiceId}/late-fees-configuration`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn update_invoice_late_fees_configuration(
        &self,
        invoice_id: impl AsRef<str>,
        body: &crate::apps::invoices::models::UpdateInvoiceLateFeesConfigurationDto,
    ) -> ops::UpdateInvoiceLateFeesConfiguration {
        let mut req = Request::new(
            http::Method::PATCH,
            "/invoices/{invoiceId}/late-fees-configuration",
            format!(
                "/invoices/{}/late-fees-configuration",
                crate::request::segment(invoice_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateInvoiceLateFeesConfiguration {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Void invoice
    ///
    /// API to delete invoice by invoice id
    ///
    /// `POST /invoices/{invoiceId}/void`
    ///
    /// Version `2021-07-28`; scope `invoices.write`; never repeated after an unknown outcome.
    pub fn void_invoice(
        &self,
        invoice_id: impl AsRef<str>,
        body: &crate::apps::invoices::models::VoidInvoiceDto,
    ) -> ops::VoidInvoice {
        let mut req = Request::new(
            http::Method::POST,
            "/invoices/{invoiceId}/void",
            format!(
                "/invoices/{}/void",
                crate::request::segment(invoice_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::VoidInvoice {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Send invoice
    ///
    /// API to send invoice by invoice id
    ///
    /// `POST /invoices/{invoiceId}/send`
    ///
    /// Version `2021-07-28`; scope `invoices.write`; never repeated after an unknown outcome.
    pub fn send_invoice(
        &self,
        invoice_id: impl AsRef<str>,
        body: &crate::apps::invoices::models::SendInvoiceDto,
    ) -> ops::SendInvoice {
        let mut req = Request::new(
            http::Method::POST,
            "/invoices/{invoiceId}/send",
            format!(
                "/invoices/{}/send",
                crate::request::segment(invoice_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::SendInvoice {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Record a manual payment for an invoice
    ///
    /// API to record manual payment for an invoice by invoice id
    ///
    /// `POST /invoices/{invoiceId}/record-payment`
    ///
    /// Version `2021-07-28`; scope `invoices.write`; never repeated after an unknown outcome.
    pub fn record_invoice(
        &self,
        invoice_id: impl AsRef<str>,
        body: &crate::apps::invoices::models::RecordPaymentDto,
    ) -> ops::RecordInvoice {
        let mut req = Request::new(
            http::Method::POST,
            "/invoices/{invoiceId}/record-payment",
            format!(
                "/invoices/{}/record-payment",
                crate::request::segment(invoice_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::RecordInvoice {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update invoice last visited at
    ///
    /// API to update invoice last visited at by invoice id
    ///
    /// `PATCH /invoices/stats/last-visited-at`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn update_invoice_last_visited_at(
        &self,
        body: &crate::apps::invoices::models::PatchInvoiceStatsLastViewedDto,
    ) -> ops::UpdateInvoiceLastVisitedAt {
        let mut req = Request::new(
            http::Method::PATCH,
            "/invoices/stats/last-visited-at",
            "/invoices/stats/last-visited-at",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateInvoiceLastVisitedAt {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create New Estimate
    ///
    /// Create a new estimate with the provided details
    ///
    /// `POST /invoices/estimate`
    ///
    /// Version `2021-07-28`; scope `invoices/estimate.write`; never repeated after an unknown outcome.
    pub fn create_new_estimate(
        &self,
        body: &crate::apps::invoices::models::CreateEstimatesDto,
    ) -> ops::CreateNewEstimate {
        let mut req = Request::new(
            http::Method::POST,
            "/invoices/estimate",
            "/invoices/estimate",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateNewEstimate {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Estimate
    ///
    /// Update an existing estimate with new details
    ///
    /// `PUT /invoices/estimate/{estimateId}`
    ///
    /// Version `2021-07-28`; scope `invoices/estimate.write`; retried after an unknown outcome.
    pub fn update_estimate(
        &self,
        estimate_id: impl AsRef<str>,
        body: &crate::apps::invoices::models::UpdateEstimateDto,
    ) -> ops::UpdateEstimate {
        let mut req = Request::new(
            http::Method::PUT,
            "/invoices/estimate/{estimateId}",
            format!(
                "/invoices/estimate/{}",
                crate::request::segment(estimate_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateEstimate {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Estimate
    ///
    /// Delete an existing estimate
    ///
    /// `DELETE /invoices/estimate/{estimateId}`
    ///
    /// Version `2021-07-28`; scope `invoices/estimate.write`; retried after an unknown outcome.
    pub fn delete_estimate(
        &self,
        estimate_id: impl AsRef<str>,
        body: &crate::apps::invoices::models::AltDto,
    ) -> ops::DeleteEstimate {
        let mut req = Request::new(
            http::Method::DELETE,
            "/invoices/estimate/{estimateId}",
            format!(
                "/invoices/estimate/{}",
                crate::request::segment(estimate_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::DeleteEstimate {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Generate Estimate Number
    ///
    /// Get the next estimate number for the given location
    ///
    /// `GET /invoices/estimate/number/generate`
    ///
    /// Version `2021-07-28`; scope `invoices/estimate.readonly`; retried after an unknown outcome.
    pub fn generate_estimate_number(
        &self,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::GenerateEstimateNumber {
        let mut req = Request::new(
            http::Method::GET,
            "/invoices/estimate/number/generate",
            "/invoices/estimate/number/generate",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::GenerateEstimateNumber {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Send Estimate
    ///
    /// API to send estimate by estimate id
    ///
    /// `POST /invoices/estimate/{estimateId}/send`
    ///
    /// Version `2021-07-28`; scope `invoices/estimate.write`; never repeated after an unknown outcome.
    pub fn send_estimate(
        &self,
        estimate_id: impl AsRef<str>,
        body: &crate::apps::invoices::models::SendEstimateDto,
    ) -> ops::SendEstimate {
        let mut req = Request::new(
            http::Method::POST,
            "/invoices/estimate/{estimateId}/send",
            format!(
                "/invoices/estimate/{}/send",
                crate::request::segment(estimate_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::SendEstimate {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Invoice from Estimate
    ///
    /// Create a new invoice from an existing estimate
    ///
    /// `POST /invoices/estimate/{estimateId}/invoice`
    ///
    /// Version `2021-07-28`; scope `invoices/estimate.write`; never repeated after an unknown outcome.
    pub fn create_invoice_from_estimate(
        &self,
        estimate_id: impl AsRef<str>,
        body: &crate::apps::invoices::models::CreateInvoiceFromEstimateDto,
    ) -> ops::CreateInvoiceFromEstimate {
        let mut req = Request::new(
            http::Method::POST,
            "/invoices/estimate/{estimateId}/invoice",
            format!(
                "/invoices/estimate/{}/invoice",
                crate::request::segment(estimate_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateInvoiceFromEstimate {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List Estimates
    ///
    /// Get a paginated list of estimates
    ///
    /// `GET /invoices/estimate/list`
    ///
    /// Version `2021-07-28`; scope `invoices/estimate.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn list_estimates(
        &self,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
        limit: impl Into<String>,
        offset: impl Into<String>,
    ) -> ops::ListEstimates {
        let mut req = Request::new(
            http::Method::GET,
            "/invoices/estimate/list",
            "/invoices/estimate/list",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        req = req.query_pair("limit", limit.into());
        req = req.query_pair("offset", offset.into());
        ops::ListEstimates {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update estimate last visited at
    ///
    /// API to update estimate last visited at by estimate id
    ///
    /// `PATCH /invoices/estimate/stats/last-visited-at`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn update_estimate_last_visited_at(
        &self,
        body: &crate::apps::invoices::models::EstimateIdParam,
    ) -> ops::UpdateEstimateLastVisitedAt {
        let mut req = Request::new(
            http::Method::PATCH,
            "/invoices/estimate/stats/last-visited-at",
            "/invoices/estimate/stats/last-visited-at",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateEstimateLastVisitedAt {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List Estimate Templates
    ///
    /// Get a list of estimate templates or a specific template by ID
    ///
    /// `GET /invoices/estimate/template`
    ///
    /// Version `2021-07-28`; scope `invoices/estimate.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn list_estimate_templates(
        &self,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
        limit: impl Into<String>,
        offset: impl Into<String>,
    ) -> ops::ListEstimateTemplates {
        let mut req = Request::new(
            http::Method::GET,
            "/invoices/estimate/template",
            "/invoices/estimate/template",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        req = req.query_pair("limit", limit.into());
        req = req.query_pair("offset", offset.into());
        ops::ListEstimateTemplates {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Estimate Template
    ///
    /// Create a new estimate template
    ///
    /// `POST /invoices/estimate/template`
    ///
    /// Version `2021-07-28`; scope `invoices/estimate.write`; never repeated after an unknown outcome.
    pub fn create_estimate_template(
        &self,
        body: &crate::apps::invoices::models::EstimateTemplatesDto,
    ) -> ops::CreateEstimateTemplate {
        let mut req = Request::new(
            http::Method::POST,
            "/invoices/estimate/template",
            "/invoices/estimate/template",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateEstimateTemplate {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Estimate Template
    ///
    /// Update an existing estimate template
    ///
    /// `PUT /invoices/estimate/template/{templateId}`
    ///
    /// Version `2021-07-28`; scope `invoices/estimate.write`; retried after an unknown outcome.
    pub fn update_estimate_template(
        &self,
        template_id: impl AsRef<str>,
        body: &crate::apps::invoices::models::EstimateTemplatesDto,
    ) -> ops::UpdateEstimateTemplate {
        let mut req = Request::new(
            http::Method::PUT,
            "/invoices/estimate/template/{templateId}",
            format!(
                "/invoices/estimate/template/{}",
                crate::request::segment(template_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateEstimateTemplate {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Estimate Template
    ///
    /// Delete an existing estimate template
    ///
    /// `DELETE /invoices/estimate/template/{templateId}`
    ///
    /// Version `2021-07-28`; scope `invoices/estimate.write`; retried after an unknown outcome.
    pub fn delete_estimate_template(
        &self,
        template_id: impl AsRef<str>,
        body: &crate::apps::invoices::models::AltDto,
    ) -> ops::DeleteEstimateTemplate {
        let mut req = Request::new(
            http::Method::DELETE,
            "/invoices/estimate/template/{templateId}",
            format!(
                "/invoices/estimate/template/{}",
                crate::request::segment(template_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::DeleteEstimateTemplate {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Preview Estimate Template
    ///
    /// Get a preview of an estimate template
    ///
    /// `GET /invoices/estimate/template/preview`
    ///
    /// Version `2021-07-28`; scope `invoices/estimate.readonly`; retried after an unknown outcome.
    pub fn preview_estimate_template(
        &self,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
        template_id: impl Into<String>,
    ) -> ops::PreviewEstimateTemplate {
        let mut req = Request::new(
            http::Method::GET,
            "/invoices/estimate/template/preview",
            "/invoices/estimate/template/preview",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        req = req.query_pair("templateId", template_id.into());
        ops::PreviewEstimateTemplate {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List invoices
    ///
    /// API to get list of invoices
    ///
    /// `GET /invoices/`
    ///
    /// Version `2021-07-28`; scope `invoices.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn list_invoices(
        &self,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
        limit: impl Into<String>,
        offset: impl Into<String>,
    ) -> ops::ListInvoices {
        let mut req = Request::new(http::Method::GET, "/invoices/", "/invoices/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        req = req.query_pair("limit", limit.into());
        req = req.query_pair("offset", offset.into());
        ops::ListInvoices {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Invoice
    ///
    /// API to create an invoice
    ///
    /// `POST /invoices/`
    ///
    /// Version `2021-07-28`; scope `invoices.write`; never repeated after an unknown outcome.
    pub fn create_invoice(
        &self,
        body: &crate::apps::invoices::models::CreateInvoiceDto,
    ) -> ops::CreateInvoice {
        let mut req = Request::new(http::Method::POST, "/invoices/", "/invoices/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateInvoice {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Invoice API operations (generated from GHL's spec).
    pub fn invoices(&self) -> InvoicesApi {
        InvoicesApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /invoices/template` request being built, to send with [`ListInvoiceTemplates::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListInvoiceTemplates {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ListInvoiceTemplates {
        /// status to be filtered
        pub fn status(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("status", value.into());
            self
        }

        /// startAt in YYYY-MM-DD format
        pub fn start_at(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("startAt", value.into());
            self
        }

        /// endAt in YYYY-MM-DD format
        pub fn end_at(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("endAt", value.into());
            self
        }

        /// To search for an invoice by id / name / email / phoneNo
        pub fn search(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("search", value.into());
            self
        }

        /// payment mode
        ///
        /// One of: `"default"`, `"live"`, `"test"`.
        pub fn payment_mode(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("paymentMode", value.into());
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
        ) -> Result<crate::Page<crate::apps::invoices::models::GetTemplateResponseDto>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("offset"),
                cursor,
                |r: crate::apps::invoices::models::ListTemplatesResponseDto| {
                    (r.data.unwrap_or_default(), r.total_count.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(
            self,
        ) -> crate::ItemStream<crate::apps::invoices::models::GetTemplateResponseDto> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::invoices::models::ListTemplatesResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /invoices/template` request being built, to send with [`CreateInvoiceTemplate::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateInvoiceTemplate {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateInvoiceTemplate {
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
        ) -> Result<crate::apps::invoices::models::CreateInvoiceTemplateResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /invoices/template/{templateId}` request being built, to send with [`GetInvoiceTemplate::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetInvoiceTemplate {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetInvoiceTemplate {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::invoices::models::GetTemplateResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /invoices/template/{templateId}` request being built, to send with [`UpdateInvoiceTemplate::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateInvoiceTemplate {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateInvoiceTemplate {
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
        ) -> Result<crate::apps::invoices::models::UpdateInvoiceTemplateResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /invoices/template/{templateId}` request being built, to send with [`DeleteInvoiceTemplate::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteInvoiceTemplate {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteInvoiceTemplate {
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
        ) -> Result<crate::apps::invoices::models::DeleteInvoiceTemplateResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PATCH /invoices/template/{templateId}/late-fees-configuration` request being built, to send with [`UpdateInvoiceTemplateLateFeesConfiguration::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateInvoiceTemplateLateFeesConfiguration {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateInvoiceTemplateLateFeesConfiguration {
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
        ) -> Result<crate::apps::invoices::models::UpdateInvoiceTemplateResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PATCH /invoices/template/{templateId}/payment-methods-configuration` request being built, to send with [`UpdateInvoicePaymentMethodsConfiguration::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateInvoicePaymentMethodsConfiguration {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateInvoicePaymentMethodsConfiguration {
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
        ) -> Result<crate::apps::invoices::models::UpdateInvoiceTemplateResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /invoices/schedule` request being built, to send with [`ListInvoiceSchedules::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListInvoiceSchedules {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ListInvoiceSchedules {
        /// status to be filtered
        pub fn status(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("status", value.into());
            self
        }

        /// startAt in YYYY-MM-DD format
        pub fn start_at(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("startAt", value.into());
            self
        }

        /// endAt in YYYY-MM-DD format
        pub fn end_at(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("endAt", value.into());
            self
        }

        /// To search for an invoice by id / name / email / phoneNo
        pub fn search(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("search", value.into());
            self
        }

        /// payment mode
        ///
        /// One of: `"default"`, `"live"`, `"test"`.
        pub fn payment_mode(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("paymentMode", value.into());
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
        ) -> Result<crate::Page<crate::apps::invoices::models::GetScheduleResponseDto>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("offset"),
                cursor,
                |r: crate::apps::invoices::models::ListSchedulesResponseDto| {
                    (r.schedules.unwrap_or_default(), r.total.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(
            self,
        ) -> crate::ItemStream<crate::apps::invoices::models::GetScheduleResponseDto> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::invoices::models::ListSchedulesResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /invoices/schedule` request being built, to send with [`CreateInvoiceSchedule::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateInvoiceSchedule {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateInvoiceSchedule {
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
        ) -> Result<crate::apps::invoices::models::CreateInvoiceScheduleResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /invoices/schedule/{scheduleId}` request being built, to send with [`GetInvoiceSchedule::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetInvoiceSchedule {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetInvoiceSchedule {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::invoices::models::GetScheduleResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /invoices/schedule/{scheduleId}` request being built, to send with [`UpdateInvoiceSchedule::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateInvoiceSchedule {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateInvoiceSchedule {
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
        ) -> Result<crate::apps::invoices::models::UpdateInvoiceScheduleResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /invoices/schedule/{scheduleId}` request being built, to send with [`DeleteInvoiceSchedule::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteInvoiceSchedule {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteInvoiceSchedule {
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
        ) -> Result<crate::apps::invoices::models::DeleteInvoiceScheduleResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /invoices/schedule/{scheduleId}/updateAndSchedule` request being built, to send with [`UpdateAndScheduleInvoiceSchedule::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateAndScheduleInvoiceSchedule {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateAndScheduleInvoiceSchedule {
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
        ) -> Result<crate::apps::invoices::models::UpdateAndScheduleInvoiceScheduleResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `POST /invoices/schedule/{scheduleId}/schedule` request being built, to send with [`ScheduleInvoiceSchedule::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ScheduleInvoiceSchedule {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ScheduleInvoiceSchedule {
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
        ) -> Result<crate::apps::invoices::models::ScheduleInvoiceScheduleResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /invoices/schedule/{scheduleId}/auto-payment` request being built, to send with [`AutoPaymentInvoiceSchedule::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct AutoPaymentInvoiceSchedule {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl AutoPaymentInvoiceSchedule {
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
        ) -> Result<crate::apps::invoices::models::AutoPaymentInvoiceScheduleResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /invoices/schedule/{scheduleId}/cancel` request being built, to send with [`CancelInvoiceSchedule::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CancelInvoiceSchedule {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CancelInvoiceSchedule {
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
        ) -> Result<crate::apps::invoices::models::CancelInvoiceScheduleResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /invoices/text2pay` request being built, to send with [`Text2payInvoice::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct Text2payInvoice {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl Text2payInvoice {
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
        ) -> Result<crate::apps::invoices::models::Text2PayInvoiceResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /invoices/generate-invoice-number` request being built, to send with [`GenerateInvoiceNumber::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GenerateInvoiceNumber {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GenerateInvoiceNumber {
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
        ) -> Result<crate::apps::invoices::models::GenerateInvoiceNumberResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /invoices/settings` request being built, to send with [`GetInvoiceSettings::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetInvoiceSettings {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetInvoiceSettings {
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
        ) -> Result<crate::apps::invoices::models::GetInvoiceSettingsResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /invoices/{invoiceId}` request being built, to send with [`GetInvoice::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetInvoice {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetInvoice {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::invoices::models::GetInvoiceResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /invoices/{invoiceId}` request being built, to send with [`UpdateInvoice::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateInvoice {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateInvoice {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::invoices::models::UpdateInvoiceResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /invoices/{invoiceId}` request being built, to send with [`DeleteInvoice::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteInvoice {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteInvoice {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::invoices::models::DeleteInvoiceResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PATCH /invoices/{invoiceId}/late-fees-configuration` request being built, to send with [`UpdateInvoiceLateFeesConfiguration::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateInvoiceLateFeesConfiguration {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateInvoiceLateFeesConfiguration {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::invoices::models::UpdateInvoiceResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /invoices/{invoiceId}/void` request being built, to send with [`VoidInvoice::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct VoidInvoice {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl VoidInvoice {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::invoices::models::VoidInvoiceResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /invoices/{invoiceId}/send` request being built, to send with [`SendInvoice::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct SendInvoice {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl SendInvoice {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::invoices::models::SendInvoicesResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /invoices/{invoiceId}/record-payment` request being built, to send with [`RecordInvoice::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct RecordInvoice {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl RecordInvoice {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::invoices::models::RecordPaymentResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PATCH /invoices/stats/last-visited-at` request being built, to send with [`UpdateInvoiceLastVisitedAt::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateInvoiceLastVisitedAt {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateInvoiceLastVisitedAt {
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

    /// The `POST /invoices/estimate` request being built, to send with [`CreateNewEstimate::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateNewEstimate {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateNewEstimate {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::invoices::models::EstimateResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /invoices/estimate/{estimateId}` request being built, to send with [`UpdateEstimate::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateEstimate {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateEstimate {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::invoices::models::EstimateResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /invoices/estimate/{estimateId}` request being built, to send with [`DeleteEstimate::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteEstimate {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteEstimate {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::invoices::models::EstimateResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /invoices/estimate/number/generate` request being built, to send with [`GenerateEstimateNumber::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GenerateEstimateNumber {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GenerateEstimateNumber {
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
        ) -> Result<crate::apps::invoices::models::GenerateEstimateNumberResponse> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /invoices/estimate/{estimateId}/send` request being built, to send with [`SendEstimate::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct SendEstimate {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl SendEstimate {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::invoices::models::EstimateResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /invoices/estimate/{estimateId}/invoice` request being built, to send with [`CreateInvoiceFromEstimate::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateInvoiceFromEstimate {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateInvoiceFromEstimate {
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
        ) -> Result<crate::apps::invoices::models::CreateInvoiceFromEstimateResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /invoices/estimate/list` request being built, to send with [`ListEstimates::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListEstimates {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ListEstimates {
        /// startAt in YYYY-MM-DD format
        pub fn start_at(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("startAt", value.into());
            self
        }

        /// endAt in YYYY-MM-DD format
        pub fn end_at(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("endAt", value.into());
            self
        }

        /// search text for estimates name
        pub fn search(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("search", value.into());
            self
        }

        /// estimate status
        ///
        /// One of: `"all"`, `"draft"`, `"sent"`, `"accepted"`, `"declined"`, `"invoiced"`, `"viewed"`.
        pub fn status(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("status", value.into());
            self
        }

        /// Contact ID for the estimate
        pub fn contact_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("contactId", value.into());
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
        ) -> Result<crate::Page<String>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("offset"),
                cursor,
                |r: crate::apps::invoices::models::ListEstimatesResponseDto| {
                    (r.estimates.unwrap_or_default(), r.total.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<String> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::invoices::models::ListEstimatesResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PATCH /invoices/estimate/stats/last-visited-at` request being built, to send with [`UpdateEstimateLastVisitedAt::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateEstimateLastVisitedAt {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateEstimateLastVisitedAt {
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

    /// The `GET /invoices/estimate/template` request being built, to send with [`ListEstimateTemplates::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListEstimateTemplates {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ListEstimateTemplates {
        /// To search for an estimate template by id / name
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
        ) -> Result<crate::Page<String>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("offset"),
                cursor,
                |r: crate::apps::invoices::models::ListEstimateTemplateResponseDto| {
                    (r.data.unwrap_or_default(), r.total_count.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<String> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::invoices::models::ListEstimateTemplateResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /invoices/estimate/template` request being built, to send with [`CreateEstimateTemplate::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateEstimateTemplate {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateEstimateTemplate {
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
        ) -> Result<crate::apps::invoices::models::EstimateTemplateResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /invoices/estimate/template/{templateId}` request being built, to send with [`UpdateEstimateTemplate::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateEstimateTemplate {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateEstimateTemplate {
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
        ) -> Result<crate::apps::invoices::models::EstimateTemplateResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /invoices/estimate/template/{templateId}` request being built, to send with [`DeleteEstimateTemplate::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteEstimateTemplate {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteEstimateTemplate {
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
        ) -> Result<crate::apps::invoices::models::EstimateTemplateResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /invoices/estimate/template/preview` request being built, to send with [`PreviewEstimateTemplate::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct PreviewEstimateTemplate {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl PreviewEstimateTemplate {
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
        ) -> Result<crate::apps::invoices::models::EstimateTemplateResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /invoices/` request being built, to send with [`ListInvoices::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListInvoices {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ListInvoices {
        /// status to be filtered
        pub fn status(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("status", value.into());
            self
        }

        /// startAt in YYYY-MM-DD format
        pub fn start_at(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("startAt", value.into());
            self
        }

        /// endAt in YYYY-MM-DD format
        pub fn end_at(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("endAt", value.into());
            self
        }

        /// To search for an invoice by id / name / email / phoneNo
        pub fn search(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("search", value.into());
            self
        }

        /// payment mode
        ///
        /// One of: `"default"`, `"live"`, `"test"`.
        pub fn payment_mode(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("paymentMode", value.into());
            self
        }

        /// Contact ID for the invoice
        pub fn contact_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("contactId", value.into());
            self
        }

        /// The field on which sorting should be applied
        ///
        /// One of: `"issueDate"`.
        pub fn sort_field(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("sortField", value.into());
            self
        }

        /// The order of sort which should be applied for the sortField
        ///
        /// One of: `"ascend"`, `"descend"`.
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

        /// One page: the one this request asks for (`cursor` `None`), or the one a
        /// previous page's [`Page::next`](crate::Page::next) names.
        pub async fn fetch_page(
            &self,
            cursor: Option<crate::Cursor>,
        ) -> Result<crate::Page<crate::apps::invoices::models::GetInvoiceResponseDto>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("offset"),
                cursor,
                |r: crate::apps::invoices::models::ListInvoicesResponseDto| {
                    (r.invoices.unwrap_or_default(), r.total.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(
            self,
        ) -> crate::ItemStream<crate::apps::invoices::models::GetInvoiceResponseDto> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::invoices::models::ListInvoicesResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /invoices/` request being built, to send with [`CreateInvoice::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateInvoice {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateInvoice {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::invoices::models::CreateInvoiceResponseDto> {
            self.client.send(self.request).await
        }
    }
}
