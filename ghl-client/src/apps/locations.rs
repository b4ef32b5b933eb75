//! Sub-Account (Formerly location) API: 29 operations.
//!
//! Generated from GHL's `apps/locations.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `SettingsSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SettingsSchema {
        /// `allowDuplicateContact`.
        #[serde(
            rename = "allowDuplicateContact",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_duplicate_contact: Option<bool>,
        /// `allowDuplicateOpportunity`.
        #[serde(
            rename = "allowDuplicateOpportunity",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_duplicate_opportunity: Option<bool>,
        /// `allowFacebookNameMerge`.
        #[serde(
            rename = "allowFacebookNameMerge",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_facebook_name_merge: Option<bool>,
        /// `disableContactTimezone`.
        #[serde(
            rename = "disableContactTimezone",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub disable_contact_timezone: Option<bool>,
    }

    /// `SocialSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SocialSchema {
        /// Facebook URL
        #[serde(
            rename = "facebookUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub facebook_url: Option<String>,
        /// Googleplus URL
        #[serde(
            rename = "googlePlus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub google_plus: Option<String>,
        /// LinkedIn URL
        #[serde(rename = "linkedIn", default, skip_serializing_if = "Option::is_none")]
        pub linked_in: Option<String>,
        /// Foursquare URL
        #[serde(
            rename = "foursquare",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub foursquare: Option<String>,
        /// Twitter URL
        #[serde(rename = "twitter", default, skip_serializing_if = "Option::is_none")]
        pub twitter: Option<String>,
        /// Yelp URL
        #[serde(rename = "yelp", default, skip_serializing_if = "Option::is_none")]
        pub yelp: Option<String>,
        /// Instagram URL
        #[serde(rename = "instagram", default, skip_serializing_if = "Option::is_none")]
        pub instagram: Option<String>,
        /// Instagram URL
        #[serde(rename = "youtube", default, skip_serializing_if = "Option::is_none")]
        pub youtube: Option<String>,
        /// Instagram URL
        #[serde(rename = "pinterest", default, skip_serializing_if = "Option::is_none")]
        pub pinterest: Option<String>,
        /// Instagram URL
        #[serde(rename = "blogRss", default, skip_serializing_if = "Option::is_none")]
        pub blog_rss: Option<String>,
        /// Google Business Places ID
        #[serde(
            rename = "googlePlacesId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub google_places_id: Option<String>,
    }

    /// `GetLocationSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetLocationSchema {
        /// Location Id
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// The name for the sub-account/location
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// The phone number of the business for which sub-account is created
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        /// The email for the sub-account/location
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// The address of the business for which sub-account is created
        #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
        pub address: Option<String>,
        /// The city where the business is located for which sub-account is created
        #[serde(rename = "city", default, skip_serializing_if = "Option::is_none")]
        pub city: Option<String>,
        /// The state in which the business operates for which sub-account is created
        #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
        pub state: Option<String>,
        /// The country in which the business is present for which sub-account is created
        #[serde(rename = "country", default, skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
        /// The postal code of the business for which sub-account is created
        #[serde(
            rename = "postalCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub postal_code: Option<String>,
        /// The website of the business for which sub-account is created
        #[serde(rename = "website", default, skip_serializing_if = "Option::is_none")]
        pub website: Option<String>,
        /// The timezone of the business for which sub-account is created
        #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
        pub timezone: Option<String>,
        /// The default settings for location
        #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
        pub settings: Option<crate::apps::locations::models::SettingsSchema>,
        /// The social media links for location
        #[serde(rename = "social", default, skip_serializing_if = "Option::is_none")]
        pub social: Option<crate::apps::locations::models::SocialSchema>,
    }

    /// `SearchSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SearchSuccessfulResponseDto {
        /// `locations`.
        #[serde(rename = "locations", default, skip_serializing_if = "Option::is_none")]
        pub locations: Option<Vec<crate::apps::locations::models::GetLocationSchema>>,
    }

    /// `BusinessSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct BusinessSchema {
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `address`.
        #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
        pub address: Option<String>,
        /// `city`.
        #[serde(rename = "city", default, skip_serializing_if = "Option::is_none")]
        pub city: Option<String>,
        /// `state`.
        #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
        pub state: Option<String>,
        /// `country`.
        #[serde(rename = "country", default, skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
        /// `postalCode`.
        #[serde(
            rename = "postalCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub postal_code: Option<String>,
        /// `website`.
        #[serde(rename = "website", default, skip_serializing_if = "Option::is_none")]
        pub website: Option<String>,
        /// `timezone`.
        #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
        pub timezone: Option<String>,
        /// `logoUrl`.
        #[serde(rename = "logoUrl", default, skip_serializing_if = "Option::is_none")]
        pub logo_url: Option<String>,
    }

    /// `GetLocationByIdSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetLocationByIdSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `companyId`.
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `domain`.
        #[serde(rename = "domain", default, skip_serializing_if = "Option::is_none")]
        pub domain: Option<String>,
        /// `address`.
        #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
        pub address: Option<String>,
        /// `city`.
        #[serde(rename = "city", default, skip_serializing_if = "Option::is_none")]
        pub city: Option<String>,
        /// `state`.
        #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
        pub state: Option<String>,
        /// `logoUrl`.
        #[serde(rename = "logoUrl", default, skip_serializing_if = "Option::is_none")]
        pub logo_url: Option<String>,
        /// `country`.
        #[serde(rename = "country", default, skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
        /// `postalCode`.
        #[serde(
            rename = "postalCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub postal_code: Option<String>,
        /// `website`.
        #[serde(rename = "website", default, skip_serializing_if = "Option::is_none")]
        pub website: Option<String>,
        /// `timezone`.
        #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
        pub timezone: Option<String>,
        /// `firstName`.
        #[serde(rename = "firstName", default, skip_serializing_if = "Option::is_none")]
        pub first_name: Option<String>,
        /// `lastName`.
        #[serde(rename = "lastName", default, skip_serializing_if = "Option::is_none")]
        pub last_name: Option<String>,
        /// `email`.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// `phone`.
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        /// `business`.
        #[serde(rename = "business", default, skip_serializing_if = "Option::is_none")]
        pub business: Option<crate::apps::locations::models::BusinessSchema>,
        /// `social`.
        #[serde(rename = "social", default, skip_serializing_if = "Option::is_none")]
        pub social: Option<crate::apps::locations::models::SocialSchema>,
        /// `settings`.
        #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
        pub settings: Option<crate::apps::locations::models::SettingsSchema>,
        /// `reseller`.
        #[serde(rename = "reseller", default, skip_serializing_if = "Option::is_none")]
        pub reseller: Option<serde_json::Map<String, serde_json::Value>>,
    }

    /// `GetLocationByIdSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetLocationByIdSuccessfulResponseDto {
        /// `location`.
        #[serde(rename = "location", default, skip_serializing_if = "Option::is_none")]
        pub location: Option<crate::apps::locations::models::GetLocationByIdSchema>,
    }

    /// `ProspectInfoDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ProspectInfoDto {
        /// First name of the prospect
        ///
        /// Required by the spec.
        #[serde(rename = "firstName", default, skip_serializing_if = "Option::is_none")]
        pub first_name: Option<String>,
        /// Last name of the prospect
        ///
        /// Required by the spec.
        #[serde(rename = "lastName", default, skip_serializing_if = "Option::is_none")]
        pub last_name: Option<String>,
        /// Email of the prospect
        ///
        /// Required by the spec.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
    }

    impl ProspectInfoDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            first_name: impl Into<String>,
            last_name: impl Into<String>,
            email: impl Into<String>,
        ) -> Self {
            Self {
                first_name: Some(first_name.into()),
                last_name: Some(last_name.into()),
                email: Some(email.into()),
                ..Self::default()
            }
        }
    }

    /// `TwilioSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TwilioSchema {
        /// SID provided by Twilio
        ///
        /// Required by the spec.
        #[serde(rename = "sid", default, skip_serializing_if = "Option::is_none")]
        pub sid: Option<String>,
        /// Auth token provided by Twilio
        ///
        /// Required by the spec.
        #[serde(rename = "authToken", default, skip_serializing_if = "Option::is_none")]
        pub auth_token: Option<String>,
    }

    impl TwilioSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(sid: impl Into<String>, auth_token: impl Into<String>) -> Self {
            Self {
                sid: Some(sid.into()),
                auth_token: Some(auth_token.into()),
                ..Self::default()
            }
        }
    }

    /// `MailgunSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct MailgunSchema {
        /// API key provided by Mailgun
        ///
        /// Required by the spec.
        #[serde(rename = "apiKey", default, skip_serializing_if = "Option::is_none")]
        pub api_key: Option<String>,
        /// Domain connected with Mailgun
        ///
        /// Required by the spec.
        #[serde(rename = "domain", default, skip_serializing_if = "Option::is_none")]
        pub domain: Option<String>,
    }

    impl MailgunSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(api_key: impl Into<String>, domain: impl Into<String>) -> Self {
            Self {
                api_key: Some(api_key.into()),
                domain: Some(domain.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateLocationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateLocationDto {
        /// The name for the sub-account/location
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// The phone number of the business for which sub-account is created with the appropriate country-code
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        /// Company/Agency Id
        ///
        /// Required by the spec.
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
        /// The address of the business for which sub-account is created
        #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
        pub address: Option<String>,
        /// The city where the business is located for which sub-account is created
        #[serde(rename = "city", default, skip_serializing_if = "Option::is_none")]
        pub city: Option<String>,
        /// The state in which the business operates for which sub-account is created
        #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
        pub state: Option<String>,
        /// The 2 letter country-code in which the business is present for which sub-account is created
        ///
        /// One of: `"AF"`, `"AX"`, `"AL"`, `"DZ"`, `"AS"`, `"AD"`, `"AO"`, `"AI"`, `"AQ"`, `"AG"`, `"AR"`, `"AM"`, `"AW"`, `"AU"`, `"AT"`, `"AZ"`, `"BS"`, `"BH"`, `"BD"`, `"BB"`, `"BY"`, `"BE"`, `"BZ"`, `"BJ"`, `"BM"`, `"BT"`, `"BO"`, `"BA"`, `"BW"`, `"BV"`, `"BR"`, `"IO"`, `"BN"`, `"BG"`, `"BF"`, `"BI"`, `"KH"`, `"CM"`, `"CA"`, `"CV"`, `"KY"`, `"CF"`, `"TD"`, `"CL"`, `"CN"`, `"CX"`, `"CC"`, `"CO"`, `"KM"`, `"CG"`, `"CD"`, `"CK"`, `"CR"`, `"CI"`, `"HR"`, `"CU"`, `"CY"`, `"CZ"`, `"DK"`, `"DJ"`, `"DM"`, `"DO"`, `"EC"`, `"EG"`, `"SV"`, `"GQ"`, `"ER"`, `"EE"`, `"ET"`, `"FK"`, `"FO"`, `"FJ"`, `"FI"`, `"FR"`, `"GF"`, `"PF"`, `"TF"`, `"GA"`, `"GM"`, `"GE"`, `"DE"`, `"GH"`, `"GI"`, `"GR"`, `"GL"`, `"GD"`, `"GP"`, `"GU"`, `"GT"`, `"GG"`, `"GN"`, `"GW"`, `"GY"`, `"HT"`, `"HM"`, `"VA"`, `"HN"`, `"HK"`, `"HU"`, `"IS"`, `"IN"`, `"ID"`, `"IR"`, `"IQ"`, `"IE"`, `"IM"`, `"IL"`, `"IT"`, `"JM"`, `"JP"`, `"JE"`, `"JO"`, `"KZ"`, `"KE"`, `"KI"`, `"KP"`, `"KR"`, `"XK"`, `"KW"`, `"KG"`, `"LA"`, `"LV"`, `"LB"`, `"LS"`, `"LR"`, `"LY"`, `"LI"`, `"LT"`, `"LU"`, `"MO"`, `"MK"`, `"MG"`, `"MW"`, `"MY"`, `"MV"`, `"ML"`, `"MT"`, `"MH"`, `"MQ"`, `"MR"`, `"MU"`, `"YT"`, `"MX"`, `"FM"`, `"MD"`, `"MC"`, `"MN"`, `"ME"`, `"MS"`, `"MA"`, `"MZ"`, `"MM"`, `"NA"`, `"NR"`, `"NP"`, `"NL"`, `"AN"`, `"NC"`, `"NZ"`, `"NI"`, `"NE"`, `"NG"`, `"NU"`, `"NF"`, `"MP"`, `"NO"`, `"OM"`, `"PK"`, `"PW"`, `"PS"`, `"PA"`, `"PG"`, `"PY"`, `"PE"`, `"PH"`, `"PN"`, `"PL"`, `"PT"`, `"PR"`, `"QA"`, `"RE"`, `"RO"`, `"RU"`, `"RW"`, `"SH"`, `"KN"`, `"LC"`, `"MF"`, `"PM"`, `"VC"`, `"WS"`, `"SM"`, `"ST"`, `"SA"`, `"SN"`, `"RS"`, `"SC"`, `"SL"`, `"SG"`, `"SX"`, `"SK"`, `"SI"`, `"SB"`, `"SO"`, `"ZA"`, `"GS"`, `"ES"`, `"LK"`, `"SD"`, `"SR"`, `"SJ"`, `"SZ"`, `"SE"`, `"CH"`, `"SY"`, `"TW"`, `"TJ"`, `"TZ"`, `"TH"`, `"TL"`, `"TG"`, `"TK"`, `"TO"`, `"TT"`, `"TN"`, `"TR"`, `"TM"`, `"TC"`, `"TV"`, `"UG"`, `"GB"`, `"UA"`, `"AE"`, `"US"`, `"UM"`, `"UY"`, `"UZ"`, `"VU"`, `"VE"`, `"VN"`, `"VG"`, `"VI"`, `"WF"`, `"EH"`, `"YE"`, `"ZM"`, `"ZW"`.
        #[serde(rename = "country", default, skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
        /// The postal code of the business for which sub-account is created
        #[serde(
            rename = "postalCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub postal_code: Option<String>,
        /// The website of the business for which sub-account is created
        #[serde(rename = "website", default, skip_serializing_if = "Option::is_none")]
        pub website: Option<String>,
        /// The timezone of the business for which sub-account is created
        #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
        pub timezone: Option<String>,
        /// `prospectInfo`.
        #[serde(
            rename = "prospectInfo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub prospect_info: Option<crate::apps::locations::models::ProspectInfoDto>,
        /// The default settings for location
        #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
        pub settings: Option<crate::apps::locations::models::SettingsSchema>,
        /// The social media links for location
        #[serde(rename = "social", default, skip_serializing_if = "Option::is_none")]
        pub social: Option<crate::apps::locations::models::SocialSchema>,
        /// The twilio credentials for location
        #[serde(rename = "twilio", default, skip_serializing_if = "Option::is_none")]
        pub twilio: Option<crate::apps::locations::models::TwilioSchema>,
        /// The mailgun credentials for location
        #[serde(rename = "mailgun", default, skip_serializing_if = "Option::is_none")]
        pub mailgun: Option<crate::apps::locations::models::MailgunSchema>,
        /// The snapshot ID to be loaded into the location.
        #[serde(
            rename = "snapshotId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub snapshot_id: Option<String>,
    }

    impl CreateLocationDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(name: impl Into<String>, company_id: impl Into<String>) -> Self {
            Self {
                name: Some(name.into()),
                company_id: Some(company_id.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateLocationSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateLocationSuccessfulResponseDto {
        /// Location Id
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Company/Agency Id
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
        /// The name for the sub-account/location
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// The phone number of the business for which sub-account is created
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        /// The email for the sub-account/location
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// The address of the business for which sub-account is created
        #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
        pub address: Option<String>,
        /// The city where the business is located for which sub-account is created
        #[serde(rename = "city", default, skip_serializing_if = "Option::is_none")]
        pub city: Option<String>,
        /// The state in which the business operates for which sub-account is created
        #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
        pub state: Option<String>,
        /// `domain`.
        #[serde(rename = "domain", default, skip_serializing_if = "Option::is_none")]
        pub domain: Option<String>,
        /// The country in which the business is present for which sub-account is created
        ///
        /// One of: `"AF"`, `"AX"`, `"AL"`, `"DZ"`, `"AS"`, `"AD"`, `"AO"`, `"AI"`, `"AQ"`, `"AG"`, `"AR"`, `"AM"`, `"AW"`, `"AU"`, `"AT"`, `"AZ"`, `"BS"`, `"BH"`, `"BD"`, `"BB"`, `"BY"`, `"BE"`, `"BZ"`, `"BJ"`, `"BM"`, `"BT"`, `"BO"`, `"BA"`, `"BW"`, `"BV"`, `"BR"`, `"IO"`, `"BN"`, `"BG"`, `"BF"`, `"BI"`, `"KH"`, `"CM"`, `"CA"`, `"CV"`, `"KY"`, `"CF"`, `"TD"`, `"CL"`, `"CN"`, `"CX"`, `"CC"`, `"CO"`, `"KM"`, `"CG"`, `"CD"`, `"CK"`, `"CR"`, `"CI"`, `"HR"`, `"CU"`, `"CY"`, `"CZ"`, `"DK"`, `"DJ"`, `"DM"`, `"DO"`, `"EC"`, `"EG"`, `"SV"`, `"GQ"`, `"ER"`, `"EE"`, `"ET"`, `"FK"`, `"FO"`, `"FJ"`, `"FI"`, `"FR"`, `"GF"`, `"PF"`, `"TF"`, `"GA"`, `"GM"`, `"GE"`, `"DE"`, `"GH"`, `"GI"`, `"GR"`, `"GL"`, `"GD"`, `"GP"`, `"GU"`, `"GT"`, `"GG"`, `"GN"`, `"GW"`, `"GY"`, `"HT"`, `"HM"`, `"VA"`, `"HN"`, `"HK"`, `"HU"`, `"IS"`, `"IN"`, `"ID"`, `"IR"`, `"IQ"`, `"IE"`, `"IM"`, `"IL"`, `"IT"`, `"JM"`, `"JP"`, `"JE"`, `"JO"`, `"KZ"`, `"KE"`, `"KI"`, `"KP"`, `"KR"`, `"XK"`, `"KW"`, `"KG"`, `"LA"`, `"LV"`, `"LB"`, `"LS"`, `"LR"`, `"LY"`, `"LI"`, `"LT"`, `"LU"`, `"MO"`, `"MK"`, `"MG"`, `"MW"`, `"MY"`, `"MV"`, `"ML"`, `"MT"`, `"MH"`, `"MQ"`, `"MR"`, `"MU"`, `"YT"`, `"MX"`, `"FM"`, `"MD"`, `"MC"`, `"MN"`, `"ME"`, `"MS"`, `"MA"`, `"MZ"`, `"MM"`, `"NA"`, `"NR"`, `"NP"`, `"NL"`, `"AN"`, `"NC"`, `"NZ"`, `"NI"`, `"NE"`, `"NG"`, `"NU"`, `"NF"`, `"MP"`, `"NO"`, `"OM"`, `"PK"`, `"PW"`, `"PS"`, `"PA"`, `"PG"`, `"PY"`, `"PE"`, `"PH"`, `"PN"`, `"PL"`, `"PT"`, `"PR"`, `"QA"`, `"RE"`, `"RO"`, `"RU"`, `"RW"`, `"SH"`, `"KN"`, `"LC"`, `"MF"`, `"PM"`, `"VC"`, `"WS"`, `"SM"`, `"ST"`, `"SA"`, `"SN"`, `"RS"`, `"SC"`, `"SL"`, `"SG"`, `"SX"`, `"SK"`, `"SI"`, `"SB"`, `"SO"`, `"ZA"`, `"GS"`, `"ES"`, `"LK"`, `"SD"`, `"SR"`, `"SJ"`, `"SZ"`, `"SE"`, `"CH"`, `"SY"`, `"TW"`, `"TJ"`, `"TZ"`, `"TH"`, `"TL"`, `"TG"`, `"TK"`, `"TO"`, `"TT"`, `"TN"`, `"TR"`, `"TM"`, `"TC"`, `"TV"`, `"UG"`, `"GB"`, `"UA"`, `"AE"`, `"US"`, `"UM"`, `"UY"`, `"UZ"`, `"VU"`, `"VE"`, `"VN"`, `"VG"`, `"VI"`, `"WF"`, `"EH"`, `"YE"`, `"ZM"`, `"ZW"`.
        #[serde(rename = "country", default, skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
        /// The postal code of the business for which sub-account is created
        #[serde(
            rename = "postalCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub postal_code: Option<String>,
        /// The website of the business for which sub-account is created
        #[serde(rename = "website", default, skip_serializing_if = "Option::is_none")]
        pub website: Option<String>,
        /// The timezone of the business for which sub-account is created
        #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
        pub timezone: Option<String>,
        /// The default settings for location
        #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
        pub settings: Option<crate::apps::locations::models::SettingsSchema>,
        /// The social media links for location
        #[serde(rename = "social", default, skip_serializing_if = "Option::is_none")]
        pub social: Option<crate::apps::locations::models::SocialSchema>,
    }

    /// `SnapshotPutSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SnapshotPutSchema {
        /// Snaptshot ID
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// If you want override all conflicted assets then pass true. Default value is false.
        #[serde(rename = "override", default, skip_serializing_if = "Option::is_none")]
        pub r#override: Option<bool>,
    }

    impl SnapshotPutSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateLocationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateLocationDto {
        /// The name for the sub-account/location
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// The phone number of the business for which sub-account is created
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        /// Company/Agency Id
        ///
        /// Required by the spec.
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
        /// The address of the business for which sub-account is created
        #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
        pub address: Option<String>,
        /// The city where the business is located for which sub-account is created
        #[serde(rename = "city", default, skip_serializing_if = "Option::is_none")]
        pub city: Option<String>,
        /// The state in which the business operates for which sub-account is created
        #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
        pub state: Option<String>,
        /// The country in which the business is present for which sub-account is created
        ///
        /// One of: `"AF"`, `"AX"`, `"AL"`, `"DZ"`, `"AS"`, `"AD"`, `"AO"`, `"AI"`, `"AQ"`, `"AG"`, `"AR"`, `"AM"`, `"AW"`, `"AU"`, `"AT"`, `"AZ"`, `"BS"`, `"BH"`, `"BD"`, `"BB"`, `"BY"`, `"BE"`, `"BZ"`, `"BJ"`, `"BM"`, `"BT"`, `"BO"`, `"BA"`, `"BW"`, `"BV"`, `"BR"`, `"IO"`, `"BN"`, `"BG"`, `"BF"`, `"BI"`, `"KH"`, `"CM"`, `"CA"`, `"CV"`, `"KY"`, `"CF"`, `"TD"`, `"CL"`, `"CN"`, `"CX"`, `"CC"`, `"CO"`, `"KM"`, `"CG"`, `"CD"`, `"CK"`, `"CR"`, `"CI"`, `"HR"`, `"CU"`, `"CY"`, `"CZ"`, `"DK"`, `"DJ"`, `"DM"`, `"DO"`, `"EC"`, `"EG"`, `"SV"`, `"GQ"`, `"ER"`, `"EE"`, `"ET"`, `"FK"`, `"FO"`, `"FJ"`, `"FI"`, `"FR"`, `"GF"`, `"PF"`, `"TF"`, `"GA"`, `"GM"`, `"GE"`, `"DE"`, `"GH"`, `"GI"`, `"GR"`, `"GL"`, `"GD"`, `"GP"`, `"GU"`, `"GT"`, `"GG"`, `"GN"`, `"GW"`, `"GY"`, `"HT"`, `"HM"`, `"VA"`, `"HN"`, `"HK"`, `"HU"`, `"IS"`, `"IN"`, `"ID"`, `"IR"`, `"IQ"`, `"IE"`, `"IM"`, `"IL"`, `"IT"`, `"JM"`, `"JP"`, `"JE"`, `"JO"`, `"KZ"`, `"KE"`, `"KI"`, `"KP"`, `"KR"`, `"XK"`, `"KW"`, `"KG"`, `"LA"`, `"LV"`, `"LB"`, `"LS"`, `"LR"`, `"LY"`, `"LI"`, `"LT"`, `"LU"`, `"MO"`, `"MK"`, `"MG"`, `"MW"`, `"MY"`, `"MV"`, `"ML"`, `"MT"`, `"MH"`, `"MQ"`, `"MR"`, `"MU"`, `"YT"`, `"MX"`, `"FM"`, `"MD"`, `"MC"`, `"MN"`, `"ME"`, `"MS"`, `"MA"`, `"MZ"`, `"MM"`, `"NA"`, `"NR"`, `"NP"`, `"NL"`, `"AN"`, `"NC"`, `"NZ"`, `"NI"`, `"NE"`, `"NG"`, `"NU"`, `"NF"`, `"MP"`, `"NO"`, `"OM"`, `"PK"`, `"PW"`, `"PS"`, `"PA"`, `"PG"`, `"PY"`, `"PE"`, `"PH"`, `"PN"`, `"PL"`, `"PT"`, `"PR"`, `"QA"`, `"RE"`, `"RO"`, `"RU"`, `"RW"`, `"SH"`, `"KN"`, `"LC"`, `"MF"`, `"PM"`, `"VC"`, `"WS"`, `"SM"`, `"ST"`, `"SA"`, `"SN"`, `"RS"`, `"SC"`, `"SL"`, `"SG"`, `"SX"`, `"SK"`, `"SI"`, `"SB"`, `"SO"`, `"ZA"`, `"GS"`, `"ES"`, `"LK"`, `"SD"`, `"SR"`, `"SJ"`, `"SZ"`, `"SE"`, `"CH"`, `"SY"`, `"TW"`, `"TJ"`, `"TZ"`, `"TH"`, `"TL"`, `"TG"`, `"TK"`, `"TO"`, `"TT"`, `"TN"`, `"TR"`, `"TM"`, `"TC"`, `"TV"`, `"UG"`, `"GB"`, `"UA"`, `"AE"`, `"US"`, `"UM"`, `"UY"`, `"UZ"`, `"VU"`, `"VE"`, `"VN"`, `"VG"`, `"VI"`, `"WF"`, `"EH"`, `"YE"`, `"ZM"`, `"ZW"`.
        #[serde(rename = "country", default, skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
        /// The postal code of the business for which sub-account is created
        #[serde(
            rename = "postalCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub postal_code: Option<String>,
        /// The website of the business for which sub-account is created
        #[serde(rename = "website", default, skip_serializing_if = "Option::is_none")]
        pub website: Option<String>,
        /// The timezone of the business for which sub-account is created
        #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
        pub timezone: Option<String>,
        /// `prospectInfo`.
        #[serde(
            rename = "prospectInfo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub prospect_info: Option<crate::apps::locations::models::ProspectInfoDto>,
        /// The default settings for location
        #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
        pub settings: Option<crate::apps::locations::models::SettingsSchema>,
        /// The social media links for location
        #[serde(rename = "social", default, skip_serializing_if = "Option::is_none")]
        pub social: Option<crate::apps::locations::models::SocialSchema>,
        /// The twilio credentials for location
        #[serde(rename = "twilio", default, skip_serializing_if = "Option::is_none")]
        pub twilio: Option<crate::apps::locations::models::TwilioSchema>,
        /// The mailgun credentials for location
        #[serde(rename = "mailgun", default, skip_serializing_if = "Option::is_none")]
        pub mailgun: Option<crate::apps::locations::models::MailgunSchema>,
        /// The snapshot to be updated in the location.
        #[serde(rename = "snapshot", default, skip_serializing_if = "Option::is_none")]
        pub snapshot: Option<crate::apps::locations::models::SnapshotPutSchema>,
    }

    impl UpdateLocationDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(company_id: impl Into<String>) -> Self {
            Self {
                company_id: Some(company_id.into()),
                ..Self::default()
            }
        }
    }

    /// `LocationDeletedSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LocationDeletedSuccessfulResponseDto {
        /// Success status of the API
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Success message of the API
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    impl LocationDeletedSuccessfulResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `LocationTagsSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LocationTagsSchema {
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `locationId`.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
    }

    /// `LocationTagsSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LocationTagsSuccessfulResponseDto {
        /// `tags`.
        #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::apps::locations::models::LocationTagsSchema>>,
    }

    /// `LocationTagSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LocationTagSuccessfulResponseDto {
        /// `tag`.
        #[serde(rename = "tag", default, skip_serializing_if = "Option::is_none")]
        pub tag: Option<crate::apps::locations::models::LocationTagsSchema>,
    }

    /// `TagBody` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TagBody {
        /// Tag name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
    }

    impl TagBody {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(name: impl Into<String>) -> Self {
            Self {
                name: Some(name.into()),
                ..Self::default()
            }
        }
    }

    /// `LocationTagDeleteSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LocationTagDeleteSuccessfulResponseDto {
        /// `succeded`.
        #[serde(rename = "succeded", default, skip_serializing_if = "Option::is_none")]
        pub succeded: Option<bool>,
    }

    /// `TaskSearchParamsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TaskSearchParamsDto {
        /// Contact Ids
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<Vec<String>>,
        /// Task Completed Or Pending
        #[serde(rename = "completed", default, skip_serializing_if = "Option::is_none")]
        pub completed: Option<bool>,
        /// Assigned User Ids
        #[serde(
            rename = "assignedTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_to: Option<Vec<String>>,
        /// Search Value
        #[serde(rename = "query", default, skip_serializing_if = "Option::is_none")]
        pub query: Option<String>,
        /// Limit To Api
        #[serde(rename = "limit", default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<f64>,
        /// Number Of Tasks To Skip
        #[serde(rename = "skip", default, skip_serializing_if = "Option::is_none")]
        pub skip: Option<f64>,
        /// Bussiness Id
        #[serde(
            rename = "businessId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_id: Option<String>,
    }

    /// A task of the location.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LocationTaskListSuccessfulResponseDtoTasksItem {
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
    }

    impl LocationTaskListSuccessfulResponseDtoTasksItem {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            title: impl Into<String>,
            contact_id: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                title: Some(title.into()),
                contact_id: Some(contact_id.into()),
                ..Self::default()
            }
        }
    }

    /// `LocationTaskListSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LocationTaskListSuccessfulResponseDto {
        /// `tasks`.
        #[serde(rename = "tasks", default, skip_serializing_if = "Option::is_none")]
        pub tasks: Option<
            Vec<crate::apps::locations::models::LocationTaskListSuccessfulResponseDtoTasksItem>,
        >,
    }

    /// `CustomFieldSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomFieldSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `fieldKey`.
        #[serde(rename = "fieldKey", default, skip_serializing_if = "Option::is_none")]
        pub field_key: Option<String>,
        /// `placeholder`.
        #[serde(
            rename = "placeholder",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub placeholder: Option<String>,
        /// `dataType`.
        #[serde(rename = "dataType", default, skip_serializing_if = "Option::is_none")]
        pub data_type: Option<String>,
        /// `position`.
        #[serde(rename = "position", default, skip_serializing_if = "Option::is_none")]
        pub position: Option<f64>,
        /// `picklistOptions`.
        #[serde(
            rename = "picklistOptions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub picklist_options: Option<Vec<String>>,
        /// `picklistImageOptions`.
        #[serde(
            rename = "picklistImageOptions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub picklist_image_options: Option<Vec<String>>,
        /// `isAllowedCustomOption`.
        #[serde(
            rename = "isAllowedCustomOption",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_allowed_custom_option: Option<bool>,
        /// `isMultiFileAllowed`.
        #[serde(
            rename = "isMultiFileAllowed",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_multi_file_allowed: Option<bool>,
        /// `maxFileLimit`.
        #[serde(
            rename = "maxFileLimit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub max_file_limit: Option<f64>,
        /// `locationId`.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Model of the custom field
        ///
        /// One of: `"contact"`, `"opportunity"`.
        #[serde(rename = "model", default, skip_serializing_if = "Option::is_none")]
        pub model: Option<String>,
    }

    /// `CustomFieldsListSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomFieldsListSuccessfulResponseDto {
        /// `customFields`.
        #[serde(
            rename = "customFields",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_fields: Option<Vec<crate::apps::locations::models::CustomFieldSchema>>,
    }

    /// `CustomFieldSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomFieldSuccessfulResponseDto {
        /// `customField`.
        #[serde(
            rename = "customField",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_field: Option<crate::apps::locations::models::CustomFieldSchema>,
    }

    /// `TextBoxListOptionsSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TextBoxListOptionsSchema {
        /// `label`.
        #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
        pub label: Option<String>,
        /// `prefillValue`.
        #[serde(
            rename = "prefillValue",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub prefill_value: Option<String>,
    }

    /// `CreateCustomFieldsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateCustomFieldsDto {
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "dataType", default, skip_serializing_if = "Option::is_none")]
        pub data_type: Option<String>,
        /// `placeholder`.
        #[serde(
            rename = "placeholder",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub placeholder: Option<String>,
        /// `acceptedFormat`.
        #[serde(
            rename = "acceptedFormat",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub accepted_format: Option<Vec<String>>,
        /// `isMultipleFile`.
        #[serde(
            rename = "isMultipleFile",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_multiple_file: Option<bool>,
        /// `maxNumberOfFiles`.
        #[serde(
            rename = "maxNumberOfFiles",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub max_number_of_files: Option<f64>,
        /// `textBoxListOptions`.
        #[serde(
            rename = "textBoxListOptions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub text_box_list_options: Option<Vec<serde_json::Value>>,
        /// `position`.
        #[serde(rename = "position", default, skip_serializing_if = "Option::is_none")]
        pub position: Option<f64>,
        /// Model of the custom field you want to create
        ///
        /// One of: `"contact"`, `"opportunity"`.
        #[serde(rename = "model", default, skip_serializing_if = "Option::is_none")]
        pub model: Option<String>,
    }

    impl CreateCustomFieldsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(name: impl Into<String>, data_type: impl Into<String>) -> Self {
            Self {
                name: Some(name.into()),
                data_type: Some(data_type.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateCustomFieldsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateCustomFieldsDto {
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `placeholder`.
        #[serde(
            rename = "placeholder",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub placeholder: Option<String>,
        /// `acceptedFormat`.
        #[serde(
            rename = "acceptedFormat",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub accepted_format: Option<Vec<String>>,
        /// `isMultipleFile`.
        #[serde(
            rename = "isMultipleFile",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_multiple_file: Option<bool>,
        /// `maxNumberOfFiles`.
        #[serde(
            rename = "maxNumberOfFiles",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub max_number_of_files: Option<f64>,
        /// `textBoxListOptions`.
        #[serde(
            rename = "textBoxListOptions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub text_box_list_options: Option<Vec<serde_json::Value>>,
        /// `position`.
        #[serde(rename = "position", default, skip_serializing_if = "Option::is_none")]
        pub position: Option<f64>,
        /// Model of the custom field you want to update
        ///
        /// One of: `"contact"`, `"opportunity"`.
        #[serde(rename = "model", default, skip_serializing_if = "Option::is_none")]
        pub model: Option<String>,
    }

    impl UpdateCustomFieldsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(name: impl Into<String>) -> Self {
            Self {
                name: Some(name.into()),
                ..Self::default()
            }
        }
    }

    /// `CustomFieldDeleteSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomFieldDeleteSuccessfulResponseDto {
        /// `succeded`.
        #[serde(rename = "succeded", default, skip_serializing_if = "Option::is_none")]
        pub succeded: Option<bool>,
    }

    /// `FileUploadBody` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FileUploadBody {
        /// Id(Contact Id/Opportunity Id/Custom Field Id)
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Max number of files
        #[serde(rename = "maxFiles", default, skip_serializing_if = "Option::is_none")]
        pub max_files: Option<String>,
    }

    /// `FileUploadResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FileUploadResponseDto {
        /// Uploaded files
        #[serde(
            rename = "uploadedFiles",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub uploaded_files: Option<serde_json::Map<String, serde_json::Value>>,
        /// Meta data of uploaded files
        #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<Vec<String>>,
    }

    /// `CustomValueSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomValueSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `fieldKey`.
        #[serde(rename = "fieldKey", default, skip_serializing_if = "Option::is_none")]
        pub field_key: Option<String>,
        /// `value`.
        #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
        pub value: Option<String>,
        /// `locationId`.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
    }

    /// `CustomValuesListSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomValuesListSuccessfulResponseDto {
        /// `customValues`.
        #[serde(
            rename = "customValues",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_values: Option<Vec<crate::apps::locations::models::CustomValueSchema>>,
    }

    /// `CustomValueIdSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomValueIdSuccessfulResponseDto {
        /// `customValue`.
        #[serde(
            rename = "customValue",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_value: Option<crate::apps::locations::models::CustomValueSchema>,
    }

    /// `CustomValuesDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomValuesDto {
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
        pub value: Option<String>,
    }

    impl CustomValuesDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(name: impl Into<String>, value: impl Into<String>) -> Self {
            Self {
                name: Some(name.into()),
                value: Some(value.into()),
                ..Self::default()
            }
        }
    }

    /// `CustomValueDeleteSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomValueDeleteSuccessfulResponseDto {
        /// `succeded`.
        #[serde(rename = "succeded", default, skip_serializing_if = "Option::is_none")]
        pub succeded: Option<bool>,
    }

    /// `SmsTemplateSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SmsTemplateSchema {
        /// `body`.
        #[serde(rename = "body", default, skip_serializing_if = "Option::is_none")]
        pub body: Option<String>,
        /// `attachments`.
        #[serde(
            rename = "attachments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attachments: Option<Vec<Vec<serde_json::Value>>>,
    }

    /// `GetSmsTemplateResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetSmsTemplateResponseSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `type`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// `template`.
        #[serde(rename = "template", default, skip_serializing_if = "Option::is_none")]
        pub template: Option<crate::apps::locations::models::SmsTemplateSchema>,
        /// `dateAdded`.
        #[serde(rename = "dateAdded", default, skip_serializing_if = "Option::is_none")]
        pub date_added: Option<String>,
        /// `locationId`.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// `urlAttachments`.
        #[serde(
            rename = "urlAttachments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub url_attachments: Option<Vec<String>>,
    }

    /// `EmailTemplateSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct EmailTemplateSchema {
        /// `subject`.
        #[serde(rename = "subject", default, skip_serializing_if = "Option::is_none")]
        pub subject: Option<String>,
        /// `attachments`.
        #[serde(
            rename = "attachments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attachments: Option<Vec<Vec<serde_json::Value>>>,
        /// `html`.
        #[serde(rename = "html", default, skip_serializing_if = "Option::is_none")]
        pub html: Option<String>,
    }

    /// `GetEmailTemplateResponseSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetEmailTemplateResponseSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `type`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// `dateAdded`.
        #[serde(rename = "dateAdded", default, skip_serializing_if = "Option::is_none")]
        pub date_added: Option<String>,
        /// `template`.
        #[serde(rename = "template", default, skip_serializing_if = "Option::is_none")]
        pub template: Option<crate::apps::locations::models::EmailTemplateSchema>,
        /// `locationId`.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
    }

    /// `GetTemplatesSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetTemplatesSuccessfulResponseDto {
        /// `templates`.
        #[serde(rename = "templates", default, skip_serializing_if = "Option::is_none")]
        pub templates: Option<Vec<serde_json::Value>>,
        /// `totalCount`.
        #[serde(
            rename = "totalCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub total_count: Option<f64>,
    }

    /// `CustomRRulesOptions` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomRRulesOptions {
        /// One of: `"yearly"`, `"monthly"`, `"weekly"`, `"daily"`, `"hourly"`.
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
        /// Start Date
        ///
        /// Required by the spec.
        #[serde(rename = "startDate", default, skip_serializing_if = "Option::is_none")]
        pub start_date: Option<String>,
        /// End Date
        #[serde(rename = "endDate", default, skip_serializing_if = "Option::is_none")]
        pub end_date: Option<String>,
        /// 1, 2, 3, ..., 27, 31
        #[serde(
            rename = "dayOfMonth",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub day_of_month: Option<f64>,
        /// One of: `"MO"`, `"TU"`, `"WE"`, `"TH"`, `"FR"`, `"SA"`, `"SU"`.
        #[serde(rename = "dayOfWeek", default, skip_serializing_if = "Option::is_none")]
        pub day_of_week: Option<String>,
        /// 1, 2, ....., 11, 12
        #[serde(
            rename = "monthOfYear",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub month_of_year: Option<f64>,
        /// Max number of task executions
        #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
        pub count: Option<f64>,
        /// Create Task If Over Due
        #[serde(
            rename = "createTaskIfOverDue",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub create_task_if_over_due: Option<bool>,
        /// Due after seconds
        ///
        /// Required by the spec.
        #[serde(
            rename = "dueAfterSeconds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub due_after_seconds: Option<f64>,
    }

    impl CustomRRulesOptions {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            interval_type: impl Into<String>,
            interval: f64,
            start_date: impl Into<String>,
            due_after_seconds: f64,
        ) -> Self {
            Self {
                interval_type: Some(interval_type.into()),
                interval: Some(interval),
                start_date: Some(start_date.into()),
                due_after_seconds: Some(due_after_seconds),
                ..Self::default()
            }
        }
    }

    /// `RecurringTaskResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct RecurringTaskResponseDto {
        /// Recurring Task Id
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Name of the task
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Description of the task
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Updated At
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// Created At
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// Recurring rules
        ///
        /// Required by the spec.
        #[serde(
            rename = "rruleOptions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub rrule_options: Option<crate::apps::locations::models::CustomRRulesOptions>,
        /// Total Occurrence
        ///
        /// Required by the spec.
        #[serde(
            rename = "totalOccurrence",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub total_occurrence: Option<f64>,
        /// Deleted
        ///
        /// Required by the spec.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// Assigned To
        #[serde(
            rename = "assignedTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_to: Option<String>,
        /// Contact Id
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
    }

    impl RecurringTaskResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            title: impl Into<String>,
            description: impl Into<String>,
            location_id: impl Into<String>,
            updated_at: impl Into<String>,
            created_at: impl Into<String>,
            rrule_options: crate::apps::locations::models::CustomRRulesOptions,
            total_occurrence: f64,
            deleted: bool,
        ) -> Self {
            Self {
                id: Some(id.into()),
                title: Some(title.into()),
                description: Some(description.into()),
                location_id: Some(location_id.into()),
                updated_at: Some(updated_at.into()),
                created_at: Some(created_at.into()),
                rrule_options: Some(rrule_options),
                total_occurrence: Some(total_occurrence),
                deleted: Some(deleted),
                ..Self::default()
            }
        }
    }

    /// `RecurringTaskSingleResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct RecurringTaskSingleResponseDto {
        /// Recurring Tasks
        ///
        /// Required by the spec.
        #[serde(
            rename = "recurringTask",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub recurring_task: Option<crate::apps::locations::models::RecurringTaskResponseDto>,
    }

    impl RecurringTaskSingleResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            recurring_task: crate::apps::locations::models::RecurringTaskResponseDto,
        ) -> Self {
            Self {
                recurring_task: Some(recurring_task),
                ..Self::default()
            }
        }
    }

    /// `RecurringTaskCreateDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct RecurringTaskCreateDto {
        /// Name of the task
        ///
        /// Required by the spec.
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Description of the task
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Contact Id
        #[serde(
            rename = "contactIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_ids: Option<Vec<String>>,
        /// Assigned To
        #[serde(rename = "owners", default, skip_serializing_if = "Option::is_none")]
        pub owners: Option<Vec<String>>,
        /// Recurring rules
        ///
        /// Required by the spec.
        #[serde(
            rename = "rruleOptions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub rrule_options: Option<crate::apps::locations::models::CustomRRulesOptions>,
        /// Create initial task or not
        #[serde(
            rename = "ignoreTaskCreation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ignore_task_creation: Option<bool>,
    }

    impl RecurringTaskCreateDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            title: impl Into<String>,
            rrule_options: crate::apps::locations::models::CustomRRulesOptions,
        ) -> Self {
            Self {
                title: Some(title.into()),
                rrule_options: Some(rrule_options),
                ..Self::default()
            }
        }
    }

    /// `RecurringTaskUpdateDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct RecurringTaskUpdateDto {
        /// Name of the task
        #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// Description of the task
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Contact Id
        #[serde(
            rename = "contactIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_ids: Option<Vec<String>>,
        /// Assigned To
        #[serde(rename = "owners", default, skip_serializing_if = "Option::is_none")]
        pub owners: Option<Vec<String>>,
        /// Recurring rules
        #[serde(
            rename = "rruleOptions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub rrule_options: Option<crate::apps::locations::models::CustomRRulesOptions>,
        /// Create initial task or not
        #[serde(
            rename = "ignoreTaskCreation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ignore_task_creation: Option<bool>,
    }

    /// `DeleteRecurringTaskResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteRecurringTaskResponseDto {
        /// Recurring Task Id
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Success
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    impl DeleteRecurringTaskResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>, success: bool) -> Self {
            Self {
                id: Some(id.into()),
                success: Some(success),
                ..Self::default()
            }
        }
    }
}

/// The Sub-Account (Formerly location) API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct LocationsApi {
    client: GhlClient,
}

impl LocationsApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Search
    ///
    /// Search Sub-Account (Formerly Location)
    ///
    /// `GET /locations/search`
    ///
    /// Version `2021-07-28`; scope `locations.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn search_locations(&self) -> ops::SearchLocations {
        let mut req = Request::new(http::Method::GET, "/locations/search", "/locations/search");
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::SearchLocations {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Sub-Account (Formerly Location)
    ///
    /// Get details of a Sub-Account (Formerly Location) by passing the sub-account id
    ///
    /// `GET /locations/{locationId}`
    ///
    /// Version `2021-07-28`; scope `locations.readonly`; retried after an unknown outcome.
    pub fn get_location(&self, location_id: impl AsRef<str>) -> ops::GetLocation {
        let mut req = Request::new(
            http::Method::GET,
            "/locations/{locationId}",
            format!(
                "/locations/{}",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetLocation {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Put Sub-Account (Formerly Location)
    ///
    /// Update a Sub-Account (Formerly Location) based on the data provided
    ///
    /// `PUT /locations/{locationId}`
    ///
    /// Version `2021-07-28`; scope `locations.write`; retried after an unknown outcome.
    pub fn put_location(
        &self,
        location_id: impl AsRef<str>,
        body: &crate::apps::locations::models::UpdateLocationDto,
    ) -> ops::PutLocation {
        let mut req = Request::new(
            http::Method::PUT,
            "/locations/{locationId}",
            format!(
                "/locations/{}",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::PutLocation {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Sub-Account (Formerly Location)
    ///
    /// Delete a Sub-Account (Formerly Location) from the Agency
    ///
    /// `DELETE /locations/{locationId}`
    ///
    /// Version `2021-07-28`; scope `locations.internal-access-only`; retried after an unknown outcome.
    pub fn delete_location(
        &self,
        location_id: impl AsRef<str>,
        delete_twilio_account: bool,
    ) -> ops::DeleteLocation {
        let mut req = Request::new(
            http::Method::DELETE,
            "/locations/{locationId}",
            format!(
                "/locations/{}",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("deleteTwilioAccount", delete_twilio_account.to_string());
        req = req.resource(location_id.as_ref());
        ops::DeleteLocation {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Tags
    ///
    /// Get Sub-Account (Formerly Location) Tags
    ///
    /// `GET /locations/{locationId}/tags`
    ///
    /// Version `2021-07-28`; scope `locations/tags.readonly`; retried after an unknown outcome.
    pub fn get_location_tags(&self, location_id: impl AsRef<str>) -> ops::GetLocationTags {
        let mut req = Request::new(
            http::Method::GET,
            "/locations/{locationId}/tags",
            format!(
                "/locations/{}/tags",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetLocationTags {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Tag
    ///
    /// Create tag
    ///
    /// `POST /locations/{locationId}/tags`
    ///
    /// Version `2021-07-28`; scope `locations/tags.write`; never repeated after an unknown outcome.
    pub fn create_tag(
        &self,
        location_id: impl AsRef<str>,
        body: &crate::apps::locations::models::TagBody,
    ) -> ops::CreateTag {
        let mut req = Request::new(
            http::Method::POST,
            "/locations/{locationId}/tags",
            format!(
                "/locations/{}/tags",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::CreateTag {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get tag by id
    ///
    /// `GET /locations/{locationId}/tags/{tagId}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn get_tag_by_id(
        &self,
        location_id: impl AsRef<str>,
        tag_id: impl AsRef<str>,
    ) -> ops::GetTagById {
        let mut req = Request::new(
            http::Method::GET,
            "/locations/{locationId}/tags/{tagId}",
            format!(
                "/locations/{}/tags/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(tag_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetTagById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update tag
    ///
    /// `PUT /locations/{locationId}/tags/{tagId}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn update_tag(
        &self,
        location_id: impl AsRef<str>,
        tag_id: impl AsRef<str>,
        body: &crate::apps::locations::models::TagBody,
    ) -> ops::UpdateTag {
        let mut req = Request::new(
            http::Method::PUT,
            "/locations/{locationId}/tags/{tagId}",
            format!(
                "/locations/{}/tags/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(tag_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::UpdateTag {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete tag
    ///
    /// `DELETE /locations/{locationId}/tags/{tagId}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn delete_tag(
        &self,
        location_id: impl AsRef<str>,
        tag_id: impl AsRef<str>,
    ) -> ops::DeleteTag {
        let mut req = Request::new(
            http::Method::DELETE,
            "/locations/{locationId}/tags/{tagId}",
            format!(
                "/locations/{}/tags/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(tag_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::DeleteTag {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Task Search Filter
    ///
    /// Task Search
    ///
    /// `POST /locations/{locationId}/tasks/search`
    ///
    /// Version `2021-07-28`; scope `locations/tasks.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn task_search(
        &self,
        location_id: impl AsRef<str>,
        body: &crate::apps::locations::models::TaskSearchParamsDto,
    ) -> ops::TaskSearch {
        let mut req = Request::new(
            http::Method::POST,
            "/locations/{locationId}/tasks/search",
            format!(
                "/locations/{}/tasks/search",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.idempotent(true);
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::TaskSearch {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Recurring Task By Id
    ///
    /// `GET /locations/{locationId}/recurring-tasks/{id}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn get_recurring_task_by_id(
        &self,
        location_id: impl AsRef<str>,
        id: impl AsRef<str>,
    ) -> ops::GetRecurringTaskById {
        let mut req = Request::new(
            http::Method::GET,
            "/locations/{locationId}/recurring-tasks/{id}",
            format!(
                "/locations/{}/recurring-tasks/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetRecurringTaskById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Recurring Task
    ///
    /// `PUT /locations/{locationId}/recurring-tasks/{id}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn update_recurring_task(
        &self,
        location_id: impl AsRef<str>,
        id: impl AsRef<str>,
        body: &crate::apps::locations::models::RecurringTaskUpdateDto,
    ) -> ops::UpdateRecurringTask {
        let mut req = Request::new(
            http::Method::PUT,
            "/locations/{locationId}/recurring-tasks/{id}",
            format!(
                "/locations/{}/recurring-tasks/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::UpdateRecurringTask {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Recurring Task
    ///
    /// `DELETE /locations/{locationId}/recurring-tasks/{id}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn delete_recurring_task(
        &self,
        location_id: impl AsRef<str>,
        id: impl AsRef<str>,
    ) -> ops::DeleteRecurringTask {
        let mut req = Request::new(
            http::Method::DELETE,
            "/locations/{locationId}/recurring-tasks/{id}",
            format!(
                "/locations/{}/recurring-tasks/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::DeleteRecurringTask {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Recurring Task
    ///
    /// `POST /locations/{locationId}/recurring-tasks`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn create_recurring_task(
        &self,
        location_id: impl AsRef<str>,
        body: &crate::apps::locations::models::RecurringTaskCreateDto,
    ) -> ops::CreateRecurringTask {
        let mut req = Request::new(
            http::Method::POST,
            "/locations/{locationId}/recurring-tasks",
            format!(
                "/locations/{}/recurring-tasks",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::CreateRecurringTask {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Custom Fields
    ///
    /// `GET /locations/{locationId}/customFields`
    ///
    /// Version `2021-07-28`; scope `locations/customFields.readonly`; retried after an unknown outcome.
    pub fn get_custom_fields(&self, location_id: impl AsRef<str>) -> ops::GetCustomFields {
        let mut req = Request::new(
            http::Method::GET,
            "/locations/{locationId}/customFields",
            format!(
                "/locations/{}/customFields",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetCustomFields {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Custom Field
    ///
    /// `POST /locations/{locationId}/customFields`
    ///
    /// Version `2021-07-28`; scope `locations/customFields.write`; never repeated after an unknown outcome.
    pub fn create_custom_field(
        &self,
        location_id: impl AsRef<str>,
        body: &crate::apps::locations::models::CreateCustomFieldsDto,
    ) -> ops::CreateCustomField {
        let mut req = Request::new(
            http::Method::POST,
            "/locations/{locationId}/customFields",
            format!(
                "/locations/{}/customFields",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::CreateCustomField {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Custom Field
    ///
    /// `GET /locations/{locationId}/customFields/{id}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn get_custom_field(
        &self,
        location_id: impl AsRef<str>,
        id: impl AsRef<str>,
    ) -> ops::GetCustomField {
        let mut req = Request::new(
            http::Method::GET,
            "/locations/{locationId}/customFields/{id}",
            format!(
                "/locations/{}/customFields/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetCustomField {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Custom Field
    ///
    /// `PUT /locations/{locationId}/customFields/{id}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn update_custom_field(
        &self,
        location_id: impl AsRef<str>,
        id: impl AsRef<str>,
        body: &crate::apps::locations::models::UpdateCustomFieldsDto,
    ) -> ops::UpdateCustomField {
        let mut req = Request::new(
            http::Method::PUT,
            "/locations/{locationId}/customFields/{id}",
            format!(
                "/locations/{}/customFields/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::UpdateCustomField {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Custom Field
    ///
    /// `DELETE /locations/{locationId}/customFields/{id}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn delete_custom_field(
        &self,
        location_id: impl AsRef<str>,
        id: impl AsRef<str>,
    ) -> ops::DeleteCustomField {
        let mut req = Request::new(
            http::Method::DELETE,
            "/locations/{locationId}/customFields/{id}",
            format!(
                "/locations/{}/customFields/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::DeleteCustomField {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Uploads File to customFields
    ///
    /// `POST /locations/{locationId}/customFields/upload`
    ///
    /// Version `2021-07-28`; scope `locations/customFields.write`; never repeated after an unknown outcome.
    pub fn upload_file_custom_fields(
        &self,
        location_id: impl AsRef<str>,
        form: crate::request::Multipart,
    ) -> ops::UploadFileCustomFields {
        let mut req = Request::new(
            http::Method::POST,
            "/locations/{locationId}/customFields/upload",
            format!(
                "/locations/{}/customFields/upload",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = req.multipart(form);
        ops::UploadFileCustomFields {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Custom Values
    ///
    /// `GET /locations/{locationId}/customValues`
    ///
    /// Version `2021-07-28`; scope `locations/customValues.readonly`; retried after an unknown outcome.
    pub fn get_custom_values(&self, location_id: impl AsRef<str>) -> ops::GetCustomValues {
        let mut req = Request::new(
            http::Method::GET,
            "/locations/{locationId}/customValues",
            format!(
                "/locations/{}/customValues",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetCustomValues {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Custom Value
    ///
    /// `POST /locations/{locationId}/customValues`
    ///
    /// Version `2021-07-28`; scope `locations/customValues.write`; never repeated after an unknown outcome.
    pub fn create_custom_value(
        &self,
        location_id: impl AsRef<str>,
        body: &crate::apps::locations::models::CustomValuesDto,
    ) -> ops::CreateCustomValue {
        let mut req = Request::new(
            http::Method::POST,
            "/locations/{locationId}/customValues",
            format!(
                "/locations/{}/customValues",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::CreateCustomValue {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Custom Value
    ///
    /// `GET /locations/{locationId}/customValues/{id}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn get_custom_value(
        &self,
        location_id: impl AsRef<str>,
        id: impl AsRef<str>,
    ) -> ops::GetCustomValue {
        let mut req = Request::new(
            http::Method::GET,
            "/locations/{locationId}/customValues/{id}",
            format!(
                "/locations/{}/customValues/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetCustomValue {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Custom Value
    ///
    /// `PUT /locations/{locationId}/customValues/{id}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn update_custom_value(
        &self,
        location_id: impl AsRef<str>,
        id: impl AsRef<str>,
        body: &crate::apps::locations::models::CustomValuesDto,
    ) -> ops::UpdateCustomValue {
        let mut req = Request::new(
            http::Method::PUT,
            "/locations/{locationId}/customValues/{id}",
            format!(
                "/locations/{}/customValues/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        req = crate::apps::support::json_body(req, body);
        ops::UpdateCustomValue {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Custom Value
    ///
    /// `DELETE /locations/{locationId}/customValues/{id}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn delete_custom_value(
        &self,
        location_id: impl AsRef<str>,
        id: impl AsRef<str>,
    ) -> ops::DeleteCustomValue {
        let mut req = Request::new(
            http::Method::DELETE,
            "/locations/{locationId}/customValues/{id}",
            format!(
                "/locations/{}/customValues/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::DeleteCustomValue {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Fetch Timezones
    ///
    /// Fetch the available timezones
    ///
    /// `GET /locations/{locationId}/timezones`
    ///
    /// Version `2021-07-28`; scope `locations.readonly`; retried after an unknown outcome.
    pub fn get_timezones(&self, location_id: impl AsRef<str>) -> ops::GetTimezones {
        let mut req = Request::new(
            http::Method::GET,
            "/locations/{locationId}/timezones",
            format!(
                "/locations/{}/timezones",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::GetTimezones {
            client: self.client.clone(),
            request: req,
        }
    }

    /// GET all or email/sms templates
    ///
    /// `GET /locations/{locationId}/templates`
    ///
    /// Version `2021-07-28`; scope `locations/templates.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn get_all_or_email_sms_templates(
        &self,
        location_id: impl AsRef<str>,
        origin_id: impl Into<String>,
    ) -> ops::GetAllOrEmailSmsTemplates {
        let mut req = Request::new(
            http::Method::GET,
            "/locations/{locationId}/templates",
            format!(
                "/locations/{}/templates",
                crate::request::segment(location_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("originId", origin_id.into());
        req = req.resource(location_id.as_ref());
        ops::GetAllOrEmailSmsTemplates {
            client: self.client.clone(),
            request: req,
        }
    }

    /// DELETE an email/sms template
    ///
    /// `DELETE /locations/{locationId}/templates/{id}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn delete_an_email_sms_template(
        &self,
        location_id: impl AsRef<str>,
        id: impl AsRef<str>,
    ) -> ops::DeleteAnEmailSmsTemplate {
        let mut req = Request::new(
            http::Method::DELETE,
            "/locations/{locationId}/templates/{id}",
            format!(
                "/locations/{}/templates/{}",
                crate::request::segment(location_id.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(location_id.as_ref());
        ops::DeleteAnEmailSmsTemplate {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Sub-Account (Formerly Location)
    ///
    /// &lt;div&gt;
    /// &lt;p&gt;Create a new Sub-Account (Formerly Location) based on the data provided&lt;/p&gt;
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
    /// `POST /locations/`
    ///
    /// Version `2021-07-28`; scope `locations.write`; never repeated after an unknown outcome.
    pub fn create_location(
        &self,
        body: &crate::apps::locations::models::CreateLocationDto,
    ) -> ops::CreateLocation {
        let mut req = Request::new(http::Method::POST, "/locations/", "/locations/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateLocation {
            client: self.client.clone(),
            request: req,
        }
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /locations/search` request being built, to send with [`SearchLocations::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct SearchLocations {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl SearchLocations {
        /// The company/agency id on which you want to perform the search
        pub fn company_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("companyId", value.into());
            self.request = crate::apps::support::resource_if_unset(self.request, "companyId");
            self
        }

        /// The value by which the results should be skipped. Default will be 0
        pub fn skip(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("skip", value.into());
            self
        }

        /// The value by which the results should be limited. Default will be 10
        pub fn limit(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("limit", value.into());
            self
        }

        /// The order in which the results should be returned - Allowed values asc, desc. Default will be asc
        pub fn order(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("order", value.into());
            self
        }

        /// Sets `email`.
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

        /// One page: the one this request asks for (`cursor` `None`), or the one a
        /// previous page's [`Page::next`](crate::Page::next) names.
        pub async fn fetch_page(
            &self,
            cursor: Option<crate::Cursor>,
        ) -> Result<crate::Page<crate::apps::locations::models::GetLocationSchema>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("skip"),
                cursor,
                |r: crate::apps::locations::models::SearchSuccessfulResponseDto| {
                    (r.locations.unwrap_or_default(), None)
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(
            self,
        ) -> crate::ItemStream<crate::apps::locations::models::GetLocationSchema> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::locations::models::SearchSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /locations/{locationId}` request being built, to send with [`GetLocation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetLocation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetLocation {
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
        ) -> Result<crate::apps::locations::models::GetLocationByIdSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /locations/{locationId}` request being built, to send with [`PutLocation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct PutLocation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl PutLocation {
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
        ) -> Result<crate::apps::locations::models::CreateLocationSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /locations/{locationId}` request being built, to send with [`DeleteLocation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteLocation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteLocation {
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
        ) -> Result<crate::apps::locations::models::LocationDeletedSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /locations/{locationId}/tags` request being built, to send with [`GetLocationTags::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetLocationTags {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetLocationTags {
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
        ) -> Result<crate::apps::locations::models::LocationTagsSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /locations/{locationId}/tags` request being built, to send with [`CreateTag::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateTag {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateTag {
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
        ) -> Result<crate::apps::locations::models::LocationTagSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /locations/{locationId}/tags/{tagId}` request being built, to send with [`GetTagById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetTagById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetTagById {
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
        ) -> Result<crate::apps::locations::models::LocationTagSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /locations/{locationId}/tags/{tagId}` request being built, to send with [`UpdateTag::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateTag {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateTag {
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
        ) -> Result<crate::apps::locations::models::LocationTagSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /locations/{locationId}/tags/{tagId}` request being built, to send with [`DeleteTag::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteTag {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteTag {
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
        ) -> Result<crate::apps::locations::models::LocationTagDeleteSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `POST /locations/{locationId}/tasks/search` request being built, to send with [`TaskSearch::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct TaskSearch {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl TaskSearch {
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
        ) -> Result<crate::apps::locations::models::LocationTaskListSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /locations/{locationId}/recurring-tasks/{id}` request being built, to send with [`GetRecurringTaskById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetRecurringTaskById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetRecurringTaskById {
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
        ) -> Result<crate::apps::locations::models::RecurringTaskSingleResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /locations/{locationId}/recurring-tasks/{id}` request being built, to send with [`UpdateRecurringTask::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateRecurringTask {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateRecurringTask {
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
        ) -> Result<crate::apps::locations::models::RecurringTaskSingleResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /locations/{locationId}/recurring-tasks/{id}` request being built, to send with [`DeleteRecurringTask::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteRecurringTask {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteRecurringTask {
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
        ) -> Result<crate::apps::locations::models::DeleteRecurringTaskResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /locations/{locationId}/recurring-tasks` request being built, to send with [`CreateRecurringTask::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateRecurringTask {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateRecurringTask {
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
        ) -> Result<crate::apps::locations::models::RecurringTaskSingleResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /locations/{locationId}/customFields` request being built, to send with [`GetCustomFields::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCustomFields {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetCustomFields {
        /// Model of the custom field you want to retrieve
        ///
        /// One of: `"contact"`, `"opportunity"`, `"all"`.
        pub fn model(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("model", value.into());
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
        ) -> Result<crate::apps::locations::models::CustomFieldsListSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /locations/{locationId}/customFields` request being built, to send with [`CreateCustomField::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateCustomField {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateCustomField {
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
        ) -> Result<crate::apps::locations::models::CustomFieldSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /locations/{locationId}/customFields/{id}` request being built, to send with [`GetCustomField::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCustomField {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetCustomField {
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
        ) -> Result<crate::apps::locations::models::CustomFieldSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /locations/{locationId}/customFields/{id}` request being built, to send with [`UpdateCustomField::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateCustomField {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateCustomField {
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
        ) -> Result<crate::apps::locations::models::CustomFieldSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /locations/{locationId}/customFields/{id}` request being built, to send with [`DeleteCustomField::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteCustomField {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteCustomField {
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
        ) -> Result<crate::apps::locations::models::CustomFieldDeleteSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `POST /locations/{locationId}/customFields/upload` request being built, to send with [`UploadFileCustomFields::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UploadFileCustomFields {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UploadFileCustomFields {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::locations::models::FileUploadResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /locations/{locationId}/customValues` request being built, to send with [`GetCustomValues::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCustomValues {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetCustomValues {
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
        ) -> Result<crate::apps::locations::models::CustomValuesListSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /locations/{locationId}/customValues` request being built, to send with [`CreateCustomValue::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateCustomValue {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateCustomValue {
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
        ) -> Result<crate::apps::locations::models::CustomValueIdSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /locations/{locationId}/customValues/{id}` request being built, to send with [`GetCustomValue::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCustomValue {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetCustomValue {
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
        ) -> Result<crate::apps::locations::models::CustomValueIdSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /locations/{locationId}/customValues/{id}` request being built, to send with [`UpdateCustomValue::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateCustomValue {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateCustomValue {
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
        ) -> Result<crate::apps::locations::models::CustomValueIdSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /locations/{locationId}/customValues/{id}` request being built, to send with [`DeleteCustomValue::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteCustomValue {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteCustomValue {
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
        ) -> Result<crate::apps::locations::models::CustomValueDeleteSuccessfulResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `GET /locations/{locationId}/timezones` request being built, to send with [`GetTimezones::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetTimezones {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetTimezones {
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

    /// The `GET /locations/{locationId}/templates` request being built, to send with [`GetAllOrEmailSmsTemplates::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAllOrEmailSmsTemplates {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAllOrEmailSmsTemplates {
        /// Sets `deleted`.
        pub fn deleted(mut self, value: bool) -> Self {
            self.request = self.request.query_pair("deleted", value.to_string());
            self
        }

        /// Sets `skip`.
        pub fn skip(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("skip", value.into());
            self
        }

        /// Sets `limit`.
        pub fn limit(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("limit", value.into());
            self
        }

        ///
        /// One of: `"sms"`, `"email"`, `"whatsapp"`.
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

        /// One page: the one this request asks for (`cursor` `None`), or the one a
        /// previous page's [`Page::next`](crate::Page::next) names.
        pub async fn fetch_page(
            &self,
            cursor: Option<crate::Cursor>,
        ) -> Result<crate::Page<serde_json::Value>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("skip"),
                cursor,
                |r: crate::apps::locations::models::GetTemplatesSuccessfulResponseDto| {
                    (
                        r.templates.unwrap_or_default(),
                        r.total_count.map(|t| t as u64),
                    )
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<serde_json::Value> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::locations::models::GetTemplatesSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /locations/{locationId}/templates/{id}` request being built, to send with [`DeleteAnEmailSmsTemplate::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteAnEmailSmsTemplate {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteAnEmailSmsTemplate {
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

    /// The `POST /locations/` request being built, to send with [`CreateLocation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateLocation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateLocation {
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
        ) -> Result<crate::apps::locations::models::CreateLocationSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }
}
