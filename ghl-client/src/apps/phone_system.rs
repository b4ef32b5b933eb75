//! Phone System API: 4 operations.
//!
//! Generated from GHL's `apps/phone-system.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// Communication capabilities supported by this number
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AvailablePhoneNumberDtoCapabilities {
        /// `MMS`.
        #[serde(rename = "MMS", default, skip_serializing_if = "Option::is_none")]
        pub mms: Option<bool>,
        /// `SMS`.
        #[serde(rename = "SMS", default, skip_serializing_if = "Option::is_none")]
        pub sms: Option<bool>,
        /// `voice`.
        #[serde(rename = "voice", default, skip_serializing_if = "Option::is_none")]
        pub voice: Option<bool>,
    }

    /// Pricing information for this number
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AvailablePhoneNumberDtoPrice {
        /// Type of number for billing purposes
        #[serde(
            rename = "number_type",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub number_type: Option<String>,
        /// Monthly price for this number
        #[serde(rename = "price", default, skip_serializing_if = "Option::is_none")]
        pub price: Option<f64>,
        /// Currency unit for the price
        #[serde(
            rename = "price_unit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub price_unit: Option<String>,
    }

    /// `AvailablePhoneNumberDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AvailablePhoneNumberDto {
        /// E.164 formatted phone number
        ///
        /// Required by the spec.
        #[serde(
            rename = "phoneNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub phone_number: Option<String>,
        /// Human-readable formatted phone number
        ///
        /// Required by the spec.
        #[serde(
            rename = "friendlyName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub friendly_name: Option<String>,
        /// ISO 3166-1 alpha-2 country code
        ///
        /// Required by the spec.
        #[serde(
            rename = "isoCountry",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub iso_country: Option<String>,
        /// Local Access and Transport Area code
        #[serde(rename = "lata", default, skip_serializing_if = "Option::is_none")]
        pub lata: Option<String>,
        /// City or locality of the number
        #[serde(rename = "locality", default, skip_serializing_if = "Option::is_none")]
        pub locality: Option<String>,
        /// Rate center of the number
        #[serde(
            rename = "rateCenter",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub rate_center: Option<String>,
        /// Latitude coordinate of the number's location
        #[serde(rename = "latitude", default, skip_serializing_if = "Option::is_none")]
        pub latitude: Option<String>,
        /// Longitude coordinate of the number's location
        #[serde(rename = "longitude", default, skip_serializing_if = "Option::is_none")]
        pub longitude: Option<String>,
        /// State or region abbreviation
        #[serde(rename = "region", default, skip_serializing_if = "Option::is_none")]
        pub region: Option<String>,
        /// Postal code of the number
        #[serde(
            rename = "postalCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub postal_code: Option<String>,
        /// Address requirements for purchasing this number
        ///
        /// One of: `"none"`, `"any"`, `"local"`, `"foreign"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "addressRequirements",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub address_requirements: Option<String>,
        /// Whether this is a beta number
        ///
        /// Required by the spec.
        #[serde(rename = "beta", default, skip_serializing_if = "Option::is_none")]
        pub beta: Option<bool>,
        /// Communication capabilities supported by this number
        ///
        /// Required by the spec.
        #[serde(
            rename = "capabilities",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub capabilities:
            Option<crate::apps::phone_system::models::AvailablePhoneNumberDtoCapabilities>,
        /// Pricing information for this number
        #[serde(rename = "price", default, skip_serializing_if = "Option::is_none")]
        pub price: Option<crate::apps::phone_system::models::AvailablePhoneNumberDtoPrice>,
    }

    impl AvailablePhoneNumberDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            phone_number: impl Into<String>,
            friendly_name: impl Into<String>,
            iso_country: impl Into<String>,
            address_requirements: impl Into<String>,
            beta: bool,
            capabilities: crate::apps::phone_system::models::AvailablePhoneNumberDtoCapabilities,
        ) -> Self {
            Self {
                phone_number: Some(phone_number.into()),
                friendly_name: Some(friendly_name.into()),
                iso_country: Some(iso_country.into()),
                address_requirements: Some(address_requirements.into()),
                beta: Some(beta),
                capabilities: Some(capabilities),
                ..Self::default()
            }
        }
    }

    /// `AvailableNumbersResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AvailableNumbersResponseDto {
        /// Unique fingerprint ID for this search result, required when purchasing one of the returned numbers
        ///
        /// Required by the spec.
        #[serde(
            rename = "fingerprintId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub fingerprint_id: Option<String>,
        /// List of available phone numbers matching the search criteria
        ///
        /// Required by the spec.
        #[serde(rename = "numbers", default, skip_serializing_if = "Option::is_none")]
        pub numbers: Option<Vec<crate::apps::phone_system::models::AvailablePhoneNumberDto>>,
    }

    impl AvailableNumbersResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            fingerprint_id: impl Into<String>,
            numbers: Vec<crate::apps::phone_system::models::AvailablePhoneNumberDto>,
        ) -> Self {
            Self {
                fingerprint_id: Some(fingerprint_id.into()),
                numbers: Some(numbers),
                ..Self::default()
            }
        }
    }

    /// `TwilioAccountResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TwilioAccountResponseDto {
        /// Unique identifier of the Twilio account record
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Twilio Account SID
        ///
        /// Required by the spec.
        #[serde(
            rename = "account_sid",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub account_sid: Option<String>,
        /// Whether this location is under a GHL-managed Twilio account
        ///
        /// Required by the spec.
        #[serde(
            rename = "under_ghl_account",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub under_ghl_account: Option<bool>,
        /// Whether SMS validation is enabled
        ///
        /// Required by the spec.
        #[serde(
            rename = "validate_sms",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub validate_sms: Option<bool>,
        /// The location ID this Twilio account belongs to
        ///
        /// Required by the spec.
        #[serde(
            rename = "location_id",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Current migration status of the account
        #[serde(
            rename = "migration_status",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub migration_status: Option<String>,
        /// List of numbers being migrated
        #[serde(
            rename = "migration_numbers",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub migration_numbers: Option<Vec<String>>,
        /// Map of phone numbers to assigned user IDs
        #[serde(
            rename = "assigned_to_numbers",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_to_numbers: Option<serde_json::Map<String, serde_json::Value>>,
        /// Map of phone numbers to their service type (e.g. 'conversation')
        ///
        /// Required by the spec.
        #[serde(rename = "numbers", default, skip_serializing_if = "Option::is_none")]
        pub numbers: Option<serde_json::Map<String, serde_json::Value>>,
        /// Map of phone numbers to their friendly names
        #[serde(
            rename = "number_name",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub number_name: Option<serde_json::Map<String, serde_json::Value>>,
        /// New account SID if the account has been migrated to new credentials
        #[serde(
            rename = "new_account_sid",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub new_account_sid: Option<String>,
    }

    impl TwilioAccountResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            account_sid: impl Into<String>,
            under_ghl_account: bool,
            validate_sms: bool,
            location_id: impl Into<String>,
            numbers: serde_json::Map<String, serde_json::Value>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                account_sid: Some(account_sid.into()),
                under_ghl_account: Some(under_ghl_account),
                validate_sms: Some(validate_sms),
                location_id: Some(location_id.into()),
                numbers: Some(numbers),
                ..Self::default()
            }
        }
    }

    /// `PurchasePhoneNumberBodyDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PurchasePhoneNumberBodyDto {
        /// The phone number to purchase
        ///
        /// Required by the spec.
        #[serde(
            rename = "phoneNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub phone_number: Option<String>,
        /// ISO 3166-1 alpha-2 country code of the number
        #[serde(
            rename = "countryCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub country_code: Option<String>,
        /// Type of phone number
        ///
        /// One of: `"local"`, `"tollFree"`, `"mobile"`.
        #[serde(
            rename = "numberType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub number_type: Option<String>,
        /// Twilio address SID for compliance
        #[serde(
            rename = "addressSid",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub address_sid: Option<String>,
        /// Twilio bundle SID for regulatory compliance
        #[serde(rename = "bundleSid", default, skip_serializing_if = "Option::is_none")]
        pub bundle_sid: Option<String>,
        /// Locality where the number is being purchased
        #[serde(rename = "locality", default, skip_serializing_if = "Option::is_none")]
        pub locality: Option<String>,
        /// Region where the number is being purchased
        #[serde(rename = "region", default, skip_serializing_if = "Option::is_none")]
        pub region: Option<String>,
        /// Unique request ID for idempotency (fingerprint of the purchase request)
        #[serde(
            rename = "fingerprintId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub fingerprint_id: Option<String>,
        /// Skip location-level KYC verification if agency-level compliance has already been verified
        #[serde(
            rename = "skipLocationKYC",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub skip_location_kyc: Option<bool>,
    }

    impl PurchasePhoneNumberBodyDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(phone_number: impl Into<String>) -> Self {
            Self {
                phone_number: Some(phone_number.into()),
                ..Self::default()
            }
        }
    }

    /// Communication capabilities supported by this number
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DetailedPhoneNumberDtoCapabilities {
        /// Whether the number supports voice calls
        #[serde(rename = "voice", default, skip_serializing_if = "Option::is_none")]
        pub voice: Option<bool>,
        /// Whether the number supports SMS messaging
        #[serde(rename = "sms", default, skip_serializing_if = "Option::is_none")]
        pub sms: Option<bool>,
        /// Whether the number supports MMS messaging
        #[serde(rename = "mms", default, skip_serializing_if = "Option::is_none")]
        pub mms: Option<bool>,
        /// Whether the number supports fax transmission
        #[serde(rename = "fax", default, skip_serializing_if = "Option::is_none")]
        pub fax: Option<bool>,
    }

    /// Configuration for inbound call handling service
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DetailedPhoneNumberDtoInboundCallService {
        /// Type of inbound call service
        ///
        /// One of: `"voice_ai"`, `"ivr"`, `"forward"`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Service configuration value or ID
        #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
        pub value: Option<String>,
    }

    /// `DetailedPhoneNumberDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DetailedPhoneNumberDto {
        /// E.164 formatted phone number
        ///
        /// Required by the spec.
        #[serde(
            rename = "phoneNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub phone_number: Option<String>,
        /// Human-readable name assigned to the number
        #[serde(
            rename = "friendlyName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub friendly_name: Option<String>,
        /// Phone number SID (unique identifier)
        ///
        /// Required by the spec.
        #[serde(rename = "sid", default, skip_serializing_if = "Option::is_none")]
        pub sid: Option<String>,
        /// ISO 3166-1 alpha-2 country code
        ///
        /// Required by the spec.
        #[serde(
            rename = "countryCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub country_code: Option<String>,
        /// Communication capabilities supported by this number
        ///
        /// Required by the spec.
        #[serde(
            rename = "capabilities",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub capabilities:
            Option<crate::apps::phone_system::models::DetailedPhoneNumberDtoCapabilities>,
        /// Type of phone number (local, toll-free, mobile, etc.)
        ///
        /// One of: `"local"`, `"toll-free"`, `"mobile"`, `"national"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Whether this is the default outbound number for the location
        ///
        /// Required by the spec.
        #[serde(
            rename = "isDefaultNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_default_number: Option<bool>,
        /// User ID of the user assigned to this number
        #[serde(
            rename = "linkedUser",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub linked_user: Option<String>,
        /// Array of user IDs that should ring when this number is called
        ///
        /// Required by the spec.
        #[serde(
            rename = "linkedRingAllUsers",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub linked_ring_all_users: Option<Vec<String>>,
        /// Configuration for inbound call handling service
        #[serde(
            rename = "inboundCallService",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub inbound_call_service:
            Option<crate::apps::phone_system::models::DetailedPhoneNumberDtoInboundCallService>,
        /// Phone number to forward calls to
        #[serde(
            rename = "forwardingNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub forwarding_number: Option<String>,
        /// Whether group conversations are enabled for this number (US/CA numbers with SMS/MMS only)
        ///
        /// Required by the spec.
        #[serde(
            rename = "isGroupConversationEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_group_conversation_enabled: Option<bool>,
        /// Address SID for compliance purposes
        #[serde(
            rename = "addressSid",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub address_sid: Option<String>,
        /// Bundle SID for regulatory compliance
        #[serde(rename = "bundleSid", default, skip_serializing_if = "Option::is_none")]
        pub bundle_sid: Option<String>,
        /// When the number was originally purchased/added
        #[serde(rename = "dateAdded", default, skip_serializing_if = "Option::is_none")]
        pub date_added: Option<String>,
        /// When the number configuration was last updated
        #[serde(
            rename = "dateUpdated",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub date_updated: Option<String>,
        /// Source or origin of the phone number
        ///
        /// One of: `"twilio"`, `"hosted"`, `"ported"`.
        #[serde(rename = "origin", default, skip_serializing_if = "Option::is_none")]
        pub origin: Option<String>,
    }

    impl DetailedPhoneNumberDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            phone_number: impl Into<String>,
            sid: impl Into<String>,
            country_code: impl Into<String>,
            capabilities: crate::apps::phone_system::models::DetailedPhoneNumberDtoCapabilities,
            r#type: impl Into<String>,
            is_default_number: bool,
            linked_ring_all_users: Vec<String>,
            is_group_conversation_enabled: bool,
        ) -> Self {
            Self {
                phone_number: Some(phone_number.into()),
                sid: Some(sid.into()),
                country_code: Some(country_code.into()),
                capabilities: Some(capabilities),
                r#type: Some(r#type.into()),
                is_default_number: Some(is_default_number),
                linked_ring_all_users: Some(linked_ring_all_users),
                is_group_conversation_enabled: Some(is_group_conversation_enabled),
                ..Self::default()
            }
        }
    }

    /// `NumberPoolDtoNumbersItem` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct NumberPoolDtoNumbersItem {
        /// E.164 formatted phone number
        #[serde(
            rename = "phoneNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub phone_number: Option<String>,
        /// Human-readable name for the number
        #[serde(
            rename = "friendlyName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub friendly_name: Option<String>,
    }

    /// Inbound call service configuration
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct NumberPoolDtoInboundCallService {
        /// Type of inbound call service
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Service configuration value/ID
        #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
        pub value: Option<String>,
    }

    /// `NumberPoolDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct NumberPoolDto {
        /// Unique identifier for the number pool
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Human-readable name of the number pool
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Location ID this pool belongs to
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Phone numbers in this pool
        #[serde(rename = "numbers", default, skip_serializing_if = "Option::is_none")]
        pub numbers: Option<Vec<crate::apps::phone_system::models::NumberPoolDtoNumbersItem>>,
        /// Number to forward calls to
        #[serde(
            rename = "forwardingNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub forwarding_number: Option<String>,
        /// Whether whisper is enabled
        #[serde(rename = "whisper", default, skip_serializing_if = "Option::is_none")]
        pub whisper: Option<bool>,
        /// Message played during whisper
        #[serde(
            rename = "whisperMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub whisper_message: Option<String>,
        /// Whether call recording is enabled
        #[serde(
            rename = "callRecording",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub call_recording: Option<bool>,
        /// Whether the number pool is active
        #[serde(rename = "isActive", default, skip_serializing_if = "Option::is_none")]
        pub is_active: Option<bool>,
        /// Inbound call service configuration
        #[serde(
            rename = "inboundCallService",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub inbound_call_service:
            Option<crate::apps::phone_system::models::NumberPoolDtoInboundCallService>,
    }

    /// `GetNumberPoolListResponse` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetNumberPoolListResponse {
        /// Indicates if the request was successful
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Array of number pool objects
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<Vec<crate::apps::phone_system::models::NumberPoolDto>>,
        /// Total number of pools returned
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
    }

    /// `ActiveNumbersResponse` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ActiveNumbersResponse {
        /// Array of phone number objects with detailed configuration
        ///
        /// Required by the spec.
        #[serde(rename = "numbers", default, skip_serializing_if = "Option::is_none")]
        pub numbers: Option<Vec<crate::apps::phone_system::models::DetailedPhoneNumberDto>>,
        /// Whether this account is manged by LeadconnectorHQ
        ///
        /// Required by the spec.
        #[serde(
            rename = "isUnderGhl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_under_ghl: Option<bool>,
        /// Number of items requested per page
        ///
        /// Required by the spec.
        #[serde(rename = "pageSize", default, skip_serializing_if = "Option::is_none")]
        pub page_size: Option<f64>,
        /// Current page index (0-based)
        ///
        /// Required by the spec.
        #[serde(rename = "page", default, skip_serializing_if = "Option::is_none")]
        pub page: Option<f64>,
        /// Current status of the account
        ///
        /// One of: `"active"`, `"suspended"`, `"closed"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "accountStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub account_status: Option<String>,
    }

    impl ActiveNumbersResponse {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            numbers: Vec<crate::apps::phone_system::models::DetailedPhoneNumberDto>,
            is_under_ghl: bool,
            page_size: f64,
            page: f64,
            account_status: impl Into<String>,
        ) -> Self {
            Self {
                numbers: Some(numbers),
                is_under_ghl: Some(is_under_ghl),
                page_size: Some(page_size),
                page: Some(page),
                account_status: Some(account_status.into()),
                ..Self::default()
            }
        }
    }
}

/// The Phone System API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct PhoneSystemApi {
    client: GhlClient,
}

impl PhoneSystemApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// List Number Pools
    ///
    /// Get list of number pools
    ///
    /// `GET /phone-system/number-pools`
    ///
    /// Version `2021-07-28`; scope `numberpools.read`; retried after an unknown outcome.
    pub fn get_number_pool_list(&self) -> ops::GetNumberPoolList {
        let mut req = Request::new(
            http::Method::GET,
            "/phone-system/number-pools",
            "/phone-system/number-pools",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::GetNumberPoolList {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List available phone numbers
    ///
    /// Search for available phone numbers to purchase for a specific location. Supports filtering by number pattern, type, and capabilities.
    ///
    /// `GET /phone-system/numbers/location/{locationId}/available`
    ///
    /// Version `2021-07-28`; scope `phonenumbers.read`; retried after an unknown outcome.
    pub fn available_numbers(
        &self,
        location_id: impl AsRef<str>,
        country_code: impl Into<String>,
    ) -> ops::AvailableNumbers {
        let mut req = Request::new(
            http::Method::GET,
            "/phone-system/numbers/location/{locationId}/available",
            format!(
                "/phone-system/numbers/location/{}/available",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("countryCode", country_code.into());
        req = req.resource(location_id.as_ref());
        ops::AvailableNumbers {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Purchase a phone number
    ///
    /// Purchase a phone number for a specific location.
    ///
    /// `POST /phone-system/numbers/location/{locationId}/purchase`
    ///
    /// Version `2021-07-28`; scope `phonenumbers.write`; never repeated after an unknown outcome.
    pub fn purchase_phone_number(
        &self,
        location_id: impl AsRef<str>,
        body: &crate::apps::phone_system::models::PurchasePhoneNumberBodyDto,
    ) -> ops::PurchasePhoneNumber {
        let mut req = Request::new(
            http::Method::POST,
            "/phone-system/numbers/location/{locationId}/purchase",
            format!(
                "/phone-system/numbers/location/{}/purchase",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::PurchasePhoneNumber {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List active numbers
    ///
    /// Retrieve a paginated list of active phone numbers for a specific location. Supports filtering, pagination, and optional exclusion of number pool assignments.
    ///
    /// `GET /phone-system/numbers/location/{locationId}`
    ///
    /// Version `2021-07-28`; scope `phonenumbers.read`; retried after an unknown outcome; pages by Page.
    pub fn active_numbers(&self, location_id: impl AsRef<str>) -> ops::ActiveNumbers {
        let mut req = Request::new(
            http::Method::GET,
            "/phone-system/numbers/location/{locationId}",
            format!(
                "/phone-system/numbers/location/{}",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::ActiveNumbers {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Phone System API operations (generated from GHL's spec).
    pub fn phone_system(&self) -> PhoneSystemApi {
        PhoneSystemApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /phone-system/number-pools` request being built, to send with [`GetNumberPoolList::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetNumberPoolList {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetNumberPoolList {
        /// Location ID to filter pools
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
        pub async fn send(
            self,
        ) -> Result<crate::apps::phone_system::models::GetNumberPoolListResponse> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /phone-system/numbers/location/{locationId}/available` request being built, to send with [`AvailableNumbers::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct AvailableNumbers {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl AvailableNumbers {
        /// Comma-separated list of phone number types to search for (e.g. local, tollFree, mobile)
        pub fn number_types(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("numberTypes", value.into());
            self
        }

        /// Filter numbers that begin with this digit pattern
        pub fn first_part(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("firstPart", value.into());
            self
        }

        /// Filter numbers that end with this digit pattern
        pub fn last_part(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("lastPart", value.into());
            self
        }

        /// Filter numbers that contain this digit pattern anywhere
        pub fn anywhere(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("anywhere", value.into());
            self
        }

        /// Filter for numbers with SMS capability
        pub fn sms_enabled(mut self, value: bool) -> Self {
            self.request = self.request.query_pair("smsEnabled", value.to_string());
            self
        }

        /// Filter for numbers with MMS capability
        pub fn mms_enabled(mut self, value: bool) -> Self {
            self.request = self.request.query_pair("mmsEnabled", value.to_string());
            self
        }

        /// Filter for numbers with voice capability
        pub fn voice_enabled(mut self, value: bool) -> Self {
            self.request = self.request.query_pair("voiceEnabled", value.to_string());
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
        ) -> Result<crate::apps::phone_system::models::AvailableNumbersResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /phone-system/numbers/location/{locationId}/purchase` request being built, to send with [`PurchasePhoneNumber::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct PurchasePhoneNumber {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl PurchasePhoneNumber {
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
        ) -> Result<crate::apps::phone_system::models::TwilioAccountResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /phone-system/numbers/location/{locationId}` request being built, to send with [`ActiveNumbers::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ActiveNumbers {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ActiveNumbers {
        /// How many resources to return in each list page. The default is 50, and the maximum is 1000.
        pub fn page_size(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("pageSize", value.to_string());
            self
        }

        /// The page index for pagination. The default is 0.
        pub fn page(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("page", value.to_string());
            self
        }

        /// Filter numbers by phone number pattern. Supports partial matching (e.g., "+91" to find all Indian numbers).
        pub fn search_filter(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("searchFilter", value.into());
            self
        }

        /// Whether to exclude numbers that are assigned to number pools. Default is true.
        pub fn skip_number_pool(mut self, value: bool) -> Self {
            self.request = self.request.query_pair("skipNumberPool", value.to_string());
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
        ) -> Result<crate::Page<crate::apps::phone_system::models::DetailedPhoneNumberDto>>
        {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Page("page"),
                cursor,
                |r: crate::apps::phone_system::models::ActiveNumbersResponse| {
                    (r.numbers.unwrap_or_default(), None)
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(
            self,
        ) -> crate::ItemStream<crate::apps::phone_system::models::DetailedPhoneNumberDto> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::phone_system::models::ActiveNumbersResponse> {
            self.client.send(self.request).await
        }
    }
}
