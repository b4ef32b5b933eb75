//! Payloads of invoice, order, product and price events.
//!
//! These payloads use `_id` and, for invoices and orders, `altId` + `altType` (`location`)
//! instead of `locationId`. GHL's documented examples carry no `type`: see
//! [`WebhookEvent::decode`](super::WebhookEvent::decode) for how they are recognised.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ids::{ContactId, LocationId, UserId};

/// `Invoice{Create,Update,Delete,Sent,Paid,PartiallyPaid,Void}`: the invoice after the change.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InvoiceEvent {
    /// The invoice.
    #[serde(rename = "_id")]
    pub id: Option<String>,
    /// `draft`, `sent`, `paid`, `partially_paid`, `void`, ...
    pub status: Option<String>,
    /// Live or test mode.
    #[serde(default, with = "crate::models::common::opt_bool")]
    pub live_mode: Option<bool>,
    /// Amount paid so far.
    #[serde(default, with = "crate::models::common::opt_f64")]
    pub amount_paid: Option<f64>,
    /// Owner id (the location id when `alt_type` is `location`).
    pub alt_id: Option<String>,
    /// Owner kind, `location`.
    pub alt_type: Option<String>,
    /// Internal name.
    pub name: Option<String>,
    /// The issuing business.
    pub business_details: Option<Map<String, Value>>,
    /// Invoice number.
    #[serde(default, with = "crate::models::common::opt_string")]
    pub invoice_number: Option<String>,
    /// ISO currency.
    pub currency: Option<String>,
    /// The billed contact.
    pub contact_details: Option<InvoiceContact>,
    /// Issue date.
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub issue_date: Option<DateTime<Utc>>,
    /// Due date.
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub due_date: Option<DateTime<Utc>>,
    /// Discount (`type`, `value`).
    pub discount: Option<Map<String, Value>>,
    /// Line items.
    pub invoice_items: Option<Vec<Map<String, Value>>>,
    /// Total.
    #[serde(default, with = "crate::models::common::opt_f64")]
    pub total: Option<f64>,
    /// Title.
    pub title: Option<String>,
    /// Amount still due.
    #[serde(default, with = "crate::models::common::opt_f64")]
    pub amount_due: Option<f64>,
    /// Created.
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub created_at: Option<DateTime<Utc>>,
    /// Last updated.
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub updated_at: Option<DateTime<Utc>>,
    /// Sub-total and discount.
    pub total_summary: Option<Map<String, Value>>,
    /// Fields this struct does not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The contact on an invoice.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InvoiceContact {
    /// The contact.
    pub id: Option<ContactId>,
    /// Name.
    pub name: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Phone.
    pub phone_no: Option<String>,
    /// Company.
    pub company_name: Option<String>,
    /// Postal address.
    pub address: Option<Map<String, Value>>,
    /// Fields this struct does not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `OrderCreate` / `OrderStatusUpdate`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderEvent {
    /// The sub-account (also in `alt_id`).
    pub location_id: Option<LocationId>,
    /// The order.
    #[serde(rename = "_id")]
    pub id: Option<String>,
    /// Owner id.
    pub alt_id: Option<String>,
    /// Owner kind, `location`.
    pub alt_type: Option<String>,
    /// The contact.
    pub contact_id: Option<ContactId>,
    /// The contact as it was at checkout.
    pub contact_snapshot: Option<Map<String, Value>>,
    /// `pending`, `completed`, ...
    pub status: Option<String>,
    /// `unfulfilled`, `fulfilled`, ...
    pub fulfillment_status: Option<String>,
    /// ISO currency.
    pub currency: Option<String>,
    /// Total amount.
    #[serde(default, with = "crate::models::common::opt_f64")]
    pub amount: Option<f64>,
    /// Live or test mode.
    #[serde(default, with = "crate::models::common::opt_bool")]
    pub live_mode: Option<bool>,
    /// Line items (name, qty, product, price).
    pub items: Option<Vec<Map<String, Value>>>,
    /// Subtotal, discount, tax, shipping.
    pub amount_summary: Option<Map<String, Value>>,
    /// Taxes applied.
    pub tax_summary: Option<Vec<Map<String, Value>>>,
    /// Where the order came from (funnel, store...).
    pub source: Option<Map<String, Value>>,
    /// Created.
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub created_at: Option<DateTime<Utc>>,
    /// Last updated.
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub updated_at: Option<DateTime<Utc>>,
    /// Fields this struct does not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `Product{Create,Update,Delete}`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProductEvent {
    /// The product.
    #[serde(rename = "_id")]
    pub id: Option<String>,
    /// The sub-account.
    pub location_id: Option<LocationId>,
    /// Name.
    pub name: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// `PHYSICAL`, `DIGITAL`, `SERVICE`, ...
    pub product_type: Option<String>,
    /// Shown in the store.
    #[serde(default, with = "crate::models::common::opt_bool")]
    pub available_in_store: Option<bool>,
    /// Variants (`id`, `name`, `options`).
    pub variants: Option<Vec<Map<String, Value>>>,
    /// Images and videos.
    pub medias: Option<Vec<Map<String, Value>>>,
    /// The user who changed it.
    pub user_id: Option<UserId>,
    /// Statement descriptor.
    pub statement_descriptor: Option<String>,
    /// Main image URL.
    pub image: Option<String>,
    /// Created.
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub created_at: Option<DateTime<Utc>>,
    /// Last updated.
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub updated_at: Option<DateTime<Utc>>,
    /// Fields this struct does not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `Price{Create,Update,Delete}` (GHL documents no example; fields follow the schema).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PriceEvent {
    /// The price.
    #[serde(rename = "_id")]
    pub id: Option<String>,
    /// The sub-account.
    pub location_id: Option<LocationId>,
    /// The product this price belongs to.
    pub product: Option<String>,
    /// The user who changed it.
    pub user_id: Option<UserId>,
    /// Name.
    pub name: Option<String>,
    /// `one_time` or `recurring` (the Create schema names it `priceType`).
    pub price_type: Option<String>,
    /// ISO currency.
    pub currency: Option<String>,
    /// Amount.
    #[serde(default, with = "crate::models::common::opt_f64")]
    pub amount: Option<f64>,
    /// Recurrence (`interval`, `intervalCount`).
    pub recurring: Option<Map<String, Value>>,
    /// Compare-at price.
    #[serde(default, with = "crate::models::common::opt_f64")]
    pub compare_at_price: Option<f64>,
    /// Inventory tracking.
    pub track_inventory: Option<Value>,
    /// Stock.
    #[serde(default, with = "crate::models::common::opt_f64")]
    pub available_quantity: Option<f64>,
    /// Whether out-of-stock purchases are allowed.
    #[serde(default, with = "crate::models::common::opt_bool")]
    pub allow_out_of_stock_purchases: Option<bool>,
    /// Membership offers.
    pub membership_offers: Option<Vec<Map<String, Value>>>,
    /// Variant options this price applies to.
    pub variant_option_ids: Option<Vec<String>>,
    /// Created.
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub created_at: Option<DateTime<Utc>>,
    /// Last updated.
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub updated_at: Option<DateTime<Utc>>,
    /// Fields this struct does not name (the Update/Delete schemas' `type` lands here).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
