//! Store API: 18 operations.
//!
//! Generated from GHL's `apps/store.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `ShippingZoneCountryStateDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ShippingZoneCountryStateDto {
        /// State code
        ///
        /// One of: `"AL"`, `"AK"`, `"AS"`, `"AZ"`, `"AR"`, `"AA"`, `"AE"`, `"AP"`, `"CA"`, `"CO"`, `"CT"`, `"DE"`, `"DC"`, `"FM"`, `"FL"`, `"GA"`, `"GU"`, `"HI"`, `"ID"`, `"IL"`, `"IN"`, `"IA"`, `"KS"`, `"KY"`, `"LA"`, `"ME"`, `"MH"`, `"MD"`, `"MA"`, `"MI"`, `"MN"`, `"MS"`, `"MO"`, `"MT"`, `"NE"`, `"NV"`, `"NH"`, `"NJ"`, `"NM"`, `"NY"`, `"NC"`, `"ND"`, `"MP"`, `"OH"`, `"OK"`, `"OR"`, `"PW"`, `"PA"`, `"PR"`, `"RI"`, `"SC"`, `"SD"`, `"TN"`, `"TX"`, `"UT"`, `"VT"`, `"VI"`, `"VA"`, `"WA"`, `"WV"`, `"WI"`, `"WY"`, `"AB"`, `"BC"`, `"MB"`, `"NB"`, `"NL"`, `"NT"`, `"NS"`, `"NU"`, `"ON"`, `"PE"`, `"QC"`, `"SK"`, `"YT"`, `"BA"`, `"CT"`, `"CC"`, `"CH"`, `"CB"`, `"CN"`, `"ER"`, `"FO"`, `"JY"`, `"LP"`, `"LR"`, `"MZ"`, `"MN"`, `"NQ"`, `"RN"`, `"SA"`, `"SJ"`, `"SL"`, `"SC"`, `"SF"`, `"SE"`, `"TF"`, `"TU"`, `"ACT"`, `"NSW"`, `"NT"`, `"QLD"`, `"SA"`, `"TAS"`, `"VIC"`, `"WA"`, `"AC"`, `"AL"`, `"AM"`, `"AP"`, `"BA"`, `"CE"`, `"DF"`, `"ES"`, `"GO"`, `"MA"`, `"MG"`, `"MS"`, `"MT"`, `"PA"`, `"PB"`, `"PE"`, `"PI"`, `"PR"`, `"RJ"`, `"RN"`, `"RO"`, `"RR"`, `"RS"`, `"SC"`, `"SE"`, `"SP"`, `"TO"`, `"AI"`, `"AN"`, `"AP"`, `"AT"`, `"BI"`, `"CO"`, `"AR"`, `"LI"`, `"LL"`, `"LR"`, `"MA"`, `"ML"`, `"RM"`, `"TA"`, `"VS"`, `"NB"`, `"AMA"`, `"ANT"`, `"ARA"`, `"ATL"`, `"BOL"`, `"BOY"`, `"CAL"`, `"CAQ"`, `"CAS"`, `"CAU"`, `"CES"`, `"CHO"`, `"CUN"`, `"COR"`, `"GUA"`, `"GUV"`, `"HUI"`, `"LAG"`, `"MAG"`, `"MET"`, `"NAR"`, `"NSA"`, `"PUT"`, `"QUI"`, `"RIS"`, `"SAP"`, `"SAN"`, `"SUC"`, `"TOL"`, `"VAC"`, `"VAU"`, `"VID"`, `"CR-A"`, `"CR-C"`, `"CR-G"`, `"CR-H"`, `"CR-L"`, `"CR-P"`, `"CR-SJ"`, `"GT-16"`, `"GT-15"`, `"GT-04"`, `"GT-20"`, `"GT-02"`, `"GT-05"`, `"GT-01"`, `"GT-13"`, `"GT-18"`, `"GT-21"`, `"GT-22"`, `"GT-17"`, `"GT-09"`, `"GT-14"`, `"GT-11"`, `"GT-03"`, `"GT-12"`, `"GT-06"`, `"GT-07"`, `"GT-10"`, `"GT-08"`, `"GT-19"`, `"HK"`, `"KL"`, `"NT"`, `"AN"`, `"AP"`, `"AR"`, `"AS"`, `"BR"`, `"CH"`, `"CG"`, `"DN"`, `"DD"`, `"DL"`, `"GA"`, `"GJ"`, `"HR"`, `"HP"`, `"JK"`, `"JH"`, `"KA"`, `"KL"`, `"LA"`, `"LD"`, `"MP"`, `"MH"`, `"MN"`, `"ML"`, `"MZ"`, `"NL"`, `"OR"`, `"PY"`, `"PB"`, `"RJ"`, `"SK"`, `"TN"`, `"TS"`, `"TR"`, `"UP"`, `"UK"`, `"WB"`, `"CW"`, `"CN"`, `"CE"`, `"CO"`, `"DL"`, `"D"`, `"G"`, `"KY"`, `"KE"`, `"KK"`, `"LS"`, `"LM"`, `"LK"`, `"LD"`, `"LH"`, `"MO"`, `"MH"`, `"MN"`, `"OY"`, `"RN"`, `"SO"`, `"TA"`, `"WD"`, `"WH"`, `"WX"`, `"WW"`, `"AG"`, `"AL"`, `"AN"`, `"AO"`, `"AR"`, `"AP"`, `"AT"`, `"AV"`, `"BA"`, `"BT"`, `"BL"`, `"BN"`, `"BG"`, `"BI"`, `"BO"`, `"BZ"`, `"BS"`, `"BR"`, `"CA"`, `"CL"`, `"CB"`, `"CI"`, `"CE"`, `"CT"`, `"CZ"`, `"CH"`, `"CO"`, `"CS"`, `"CR"`, `"KR"`, `"CN"`, `"EN"`, `"FM"`, `"FE"`, `"FI"`, `"FG"`, `"FC"`, `"FR"`, `"GE"`, `"GO"`, `"GR"`, `"IM"`, `"IS"`, `"AQ"`, `"SP"`, `"LT"`, `"LE"`, `"LC"`, `"LI"`, `"LO"`, `"LU"`, `"MC"`, `"MN"`, `"MS"`, `"MT"`, `"VS"`, `"ME"`, `"MI"`, `"MO"`, `"MB"`, `"NA"`, `"NO"`, `"NU"`, `"OG"`, `"OT"`, `"OR"`, `"PD"`, `"PA"`, `"PR"`, `"PV"`, `"PG"`, `"PU"`, `"PE"`, `"PC"`, `"PI"`, `"PT"`, `"PN"`, `"PZ"`, `"PO"`, `"RG"`, `"RA"`, `"RC"`, `"RE"`, `"RI"`, `"RN"`, `"RM"`, `"RO"`, `"SA"`, `"SS"`, `"SV"`, `"SI"`, `"SR"`, `"SO"`, `"TA"`, `"TE"`, `"TR"`, `"TO"`, `"TP"`, `"TN"`, `"TV"`, `"TS"`, `"UD"`, `"VA"`, `"VE"`, `"VB"`, `"VC"`, `"VR"`, `"VV"`, `"VI"`, `"VT"`, `"JP-23"`, `"JP-05"`, `"JP-02"`, `"JP-12"`, `"JP-38"`, `"JP-18"`, `"JP-40"`, `"JP-07"`, `"JP-21"`, `"JP-10"`, `"JP-34"`, `"JP-01"`, `"JP-28"`, `"JP-08"`, `"JP-17"`, `"JP-03"`, `"JP-37"`, `"JP-46"`, `"JP-14"`, `"JP-39"`, `"JP-43"`, `"JP-26"`, `"JP-24"`, `"JP-04"`, `"JP-45"`, `"JP-20"`, `"JP-42"`, `"JP-29"`, `"JP-15"`, `"JP-44"`, `"JP-33"`, `"JP-47"`, `"JP-27"`, `"JP-41"`, `"JP-11"`, `"JP-25"`, `"JP-32"`, `"JP-22"`, `"JP-09"`, `"JP-36"`, `"JP-13"`, `"JP-31"`, `"JP-16"`, `"JP-30"`, `"JP-06"`, `"JP-35"`, `"JP-19"`, `"JHR"`, `"KDH"`, `"KTN"`, `"KUL"`, `"LBN"`, `"MLK"`, `"NSN"`, `"PHG"`, `"PNG"`, `"PRK"`, `"PLS"`, `"PJY"`, `"SBH"`, `"SWK"`, `"SGR"`, `"TRG"`, `"AGU"`, `"BCN"`, `"BCS"`, `"CAM"`, `"CHP"`, `"CHH"`, `"CMX"`, `"COA"`, `"COL"`, `"DUR"`, `"GUA"`, `"GRO"`, `"HID"`, `"JAL"`, `"MIC"`, `"MOR"`, `"MEX"`, `"NAY"`, `"NLE"`, `"OAX"`, `"PUE"`, `"QUE"`, `"ROO"`, `"SLP"`, `"SIN"`, `"SON"`, `"TAB"`, `"TAM"`, `"TLA"`, `"VER"`, `"YUC"`, `"ZAC"`, `"AUK"`, `"BOP"`, `"CAN"`, `"CIT"`, `"GIS"`, `"HKB"`, `"MWT"`, `"MBH"`, `"NSN"`, `"NTL"`, `"OTA"`, `"STL"`, `"TKI"`, `"TAS"`, `"WKO"`, `"WGN"`, `"WTC"`, `"JK"`, `"BA"`, `"GB"`, `"IS"`, `"KP"`, `"PB"`, `"SD"`, `"AMA"`, `"ANC"`, `"APU"`, `"ARE"`, `"AYA"`, `"CAJ"`, `"CAL"`, `"CUS"`, `"HUV"`, `"HUC"`, `"ICA"`, `"JUN"`, `"LAL"`, `"LAM"`, `"LIM"`, `"LOR"`, `"MDD"`, `"MOQ"`, `"PAS"`, `"PIU"`, `"PUN"`, `"SAM"`, `"TAC"`, `"TUM"`, `"UCA"`, `"PH-ABR"`, `"PH-AGN"`, `"PH-AGS"`, `"PH-AKL"`, `"PH-ALB"`, `"PH-ANT"`, `"PH-APA"`, `"PH-AUR"`, `"PH-BAS"`, `"PH-BAN"`, `"PH-BTN"`, `"PH-BTG"`, `"PH-BEN"`, `"PH-BIL"`, `"PH-BOH"`, `"PH-BUK"`, `"PH-BUL"`, `"PH-CAG"`, `"PH-CAN"`, `"PH-CAS"`, `"PH-CAM"`, `"PH-CAP"`, `"PH-CAT"`, `"PH-CAV"`, `"PH-CEB"`, `"PH-NCO"`, `"PH-DAO"`, `"PH-DAV"`, `"PH-DAS"`, `"PH-EAS"`, `"PH-GUI"`, `"PH-IFU"`, `"PH-ILN"`, `"PH-ILS"`, `"PH-ILI"`, `"PH-ISA"`, `"PH-KAL"`, `"PH-LUN"`, `"PH-LAG"`, `"PH-LAN"`, `"PH-LAS"`, `"PH-LEY"`, `"PH-MAG"`, `"PH-MAD"`, `"PH-MAS"`, `"PH-00"`, `"PH-MSC"`, `"PH-MSR"`, `"PH-MOU"`, `"PH-NEC"`, `"PH-NER"`, `"PH-NSA"`, `"PH-NUE"`, `"PH-NUV"`, `"PH-MDC"`, `"PH-MDR"`, `"PH-PLW"`, `"PH-PAM"`, `"PH-PAN"`, `"PH-QUE"`, `"PH-QUI"`, `"PH-RIZ"`, `"PH-ROM"`, `"PH-WSA"`, `"PH-SAR"`, `"PH-SIG"`, `"PH-SOR"`, `"PH-SCO"`, `"PH-SLE"`, `"PH-SUK"`, `"PH-SLU"`, `"PH-SUN"`, `"PH-SUR"`, `"PH-TAR"`, `"PH-TAW"`, `"PH-ZMB"`, `"PH-ZAN"`, `"PH-ZAS"`, `"PH-ZSI"`, `"PT-20"`, `"PT-01"`, `"PT-02"`, `"PT-03"`, `"PT-04"`, `"PT-05"`, `"PT-06"`, `"PT-07"`, `"PT-08"`, `"PT-09"`, `"PT-10"`, `"PT-11"`, `"PT-30"`, `"PT-12"`, `"PT-13"`, `"PT-14"`, `"PT-15"`, `"PT-16"`, `"PT-17"`, `"PT-18"`, `"AB"`, `"AR"`, `"AG"`, `"BC"`, `"BH"`, `"BN"`, `"BT"`, `"BR"`, `"BV"`, `"B"`, `"BZ"`, `"CL"`, `"CS"`, `"CJ"`, `"CT"`, `"CV"`, `"DB"`, `"DJ"`, `"GL"`, `"GR"`, `"GJ"`, `"HR"`, `"HD"`, `"IL"`, `"IS"`, `"IF"`, `"MM"`, `"MH"`, `"MS"`, `"NT"`, `"OT"`, `"PH"`, `"SJ"`, `"SM"`, `"SB"`, `"SV"`, `"TR"`, `"TM"`, `"TL"`, `"VL"`, `"VS"`, `"VN"`, `"KR-26"`, `"KR-43"`, `"KR-44"`, `"KR-27"`, `"KR-30"`, `"KR-42"`, `"KR-29"`, `"KR-47"`, `"KR-41"`, `"KR-48"`, `"KR-28"`, `"KR-49"`, `"KR-45"`, `"KR-46"`, `"KR-50"`, `"KR-11"`, `"KR-31"`, `"C"`, `"VI"`, `"AB"`, `"A"`, `"AL"`, `"O"`, `"AV"`, `"BA"`, `"PM"`, `"B"`, `"BU"`, `"CC"`, `"CA"`, `"S"`, `"CS"`, `"CE"`, `"CR"`, `"CO"`, `"CU"`, `"GI"`, `"GR"`, `"GU"`, `"SS"`, `"H"`, `"HU"`, `"J"`, `"LO"`, `"GC"`, `"LE"`, `"L"`, `"LU"`, `"M"`, `"MA"`, `"ML"`, `"MU"`, `"NA"`, `"OR"`, `"P"`, `"PO"`, `"SA"`, `"TF"`, `"SG"`, `"SE"`, `"SO"`, `"T"`, `"TE"`, `"TO"`, `"V"`, `"VA"`, `"BI"`, `"ZA"`, `"Z"`, `"AZ"`, `"AJ"`, `"DU"`, `"FU"`, `"RK"`, `"SH"`, `"UQ"`, `"BFP"`, `"ENG"`, `"NIR"`, `"SCT"`, `"WLS"`, `"AR"`, `"CA"`, `"CL"`, `"CO"`, `"DU"`, `"FS"`, `"FD"`, `"LA"`, `"MA"`, `"MO"`, `"PA"`, `"RN"`, `"RV"`, `"RO"`, `"SA"`, `"SJ"`, `"SO"`, `"TA"`, `"TT"`.
        ///
        /// Required by the spec.
        #[serde(rename = "code", default, skip_serializing_if = "Option::is_none")]
        pub code: Option<String>,
    }

    impl ShippingZoneCountryStateDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(code: impl Into<String>) -> Self {
            Self {
                code: Some(code.into()),
                ..Self::default()
            }
        }
    }

    /// `ShippingZoneCountryDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ShippingZoneCountryDto {
        /// Country code (ISO 3166-1 alpha-2, e.g. `US`).
        ///
        /// Required by the spec.
        #[serde(rename = "code", default, skip_serializing_if = "Option::is_none")]
        pub code: Option<String>,
        /// List of states that are available. If states is empty, then all states are available
        #[serde(rename = "states", default, skip_serializing_if = "Option::is_none")]
        pub states: Option<Vec<crate::apps::store::models::ShippingZoneCountryStateDto>>,
    }

    impl ShippingZoneCountryDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(code: impl Into<String>) -> Self {
            Self {
                code: Some(code.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateShippingZoneDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateShippingZoneDto {
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
        /// Name of the shipping zone
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// List of countries that are available
        ///
        /// Required by the spec.
        #[serde(rename = "countries", default, skip_serializing_if = "Option::is_none")]
        pub countries: Option<Vec<crate::apps::store::models::ShippingZoneCountryDto>>,
    }

    impl CreateShippingZoneDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            countries: Vec<crate::apps::store::models::ShippingZoneCountryDto>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                countries: Some(countries),
                ..Self::default()
            }
        }
    }

    /// `ShippingCarrierServiceDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ShippingCarrierServiceDto {
        /// Name of the shipping carrier service
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Value of the shipping carrier service
        ///
        /// Required by the spec.
        #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
        pub value: Option<String>,
    }

    impl ShippingCarrierServiceDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(name: impl Into<String>, value: impl Into<String>) -> Self {
            Self {
                name: Some(name.into()),
                value: Some(value.into()),
                ..Self::default()
            }
        }
    }

    /// `ShippingRateSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ShippingRateSchema {
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
        /// Name of the shipping zone
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Delivery description
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// The currency of the amount of the rate / handling fee
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// The amount of the shipping rate if it is normal rate (0 means free ). Fixed Handling fee if it is a carrier rate (it will add to the carrier rate).
        ///
        /// Required by the spec.
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// Type of condition to provide the conditional pricing
        ///
        /// One of: `"none"`, `"price"`, `"weight"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "conditionType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub condition_type: Option<String>,
        /// Minimum condition for applying this price. set 0 or null if there is no minimum
        ///
        /// Required by the spec.
        #[serde(
            rename = "minCondition",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub min_condition: Option<f64>,
        /// Maximum condition for applying this price. set 0 or null if there is no maximum
        ///
        /// Required by the spec.
        #[serde(
            rename = "maxCondition",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub max_condition: Option<f64>,
        /// is this a carrier rate
        #[serde(
            rename = "isCarrierRate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_carrier_rate: Option<bool>,
        /// Shipping carrier id
        ///
        /// Required by the spec.
        #[serde(
            rename = "shippingCarrierId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub shipping_carrier_id: Option<String>,
        /// Percentage of rate fee if it is a carrier rate.
        #[serde(
            rename = "percentageOfRateFee",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub percentage_of_rate_fee: Option<f64>,
        /// An array of items
        #[serde(
            rename = "shippingCarrierServices",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub shipping_carrier_services:
            Option<Vec<crate::apps::store::models::ShippingCarrierServiceDto>>,
        /// The unique identifier for the product.
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// The unique identifier for the shipping zone.
        ///
        /// Required by the spec.
        #[serde(
            rename = "shippingZoneId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub shipping_zone_id: Option<String>,
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

    impl ShippingRateSchema {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            currency: impl Into<String>,
            amount: f64,
            condition_type: impl Into<String>,
            min_condition: f64,
            max_condition: f64,
            shipping_carrier_id: impl Into<String>,
            id: impl Into<String>,
            shipping_zone_id: impl Into<String>,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                currency: Some(currency.into()),
                amount: Some(amount),
                condition_type: Some(condition_type.into()),
                min_condition: Some(min_condition),
                max_condition: Some(max_condition),
                shipping_carrier_id: Some(shipping_carrier_id.into()),
                id: Some(id.into()),
                shipping_zone_id: Some(shipping_zone_id.into()),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `ShippingZoneSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ShippingZoneSchema {
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
        /// Name of the shipping zone
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// List of countries that are available
        ///
        /// Required by the spec.
        #[serde(rename = "countries", default, skip_serializing_if = "Option::is_none")]
        pub countries: Option<Vec<crate::apps::store::models::ShippingZoneCountryDto>>,
        /// The unique identifier for the product.
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Array of shipping rates under this shipping zone
        #[serde(
            rename = "shippingRates",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub shipping_rates: Option<Vec<crate::apps::store::models::ShippingRateSchema>>,
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

    impl ShippingZoneSchema {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            countries: Vec<crate::apps::store::models::ShippingZoneCountryDto>,
            id: impl Into<String>,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                countries: Some(countries),
                id: Some(id.into()),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateShippingZoneResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateShippingZoneResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// Success message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Shipping zone data
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::store::models::ShippingZoneSchema>,
    }

    impl CreateShippingZoneResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: bool, data: crate::apps::store::models::ShippingZoneSchema) -> Self {
            Self {
                status: Some(status),
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `ListShippingZoneResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ListShippingZoneResponseDto {
        /// Total number of items
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// An array of items
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<Vec<crate::apps::store::models::ShippingZoneSchema>>,
    }

    impl ListShippingZoneResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(total: f64, data: Vec<crate::apps::store::models::ShippingZoneSchema>) -> Self {
            Self {
                total: Some(total),
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `GetShippingZoneResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetShippingZoneResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// Success message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Shipping zone data
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::store::models::ShippingZoneSchema>,
    }

    impl GetShippingZoneResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: bool, data: crate::apps::store::models::ShippingZoneSchema) -> Self {
            Self {
                status: Some(status),
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `UpdateShippingZoneDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateShippingZoneDto {
        /// Location Id or Agency Id
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// One of: `"location"`.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// Name of the shipping zone
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// List of countries that are available
        #[serde(rename = "countries", default, skip_serializing_if = "Option::is_none")]
        pub countries: Option<Vec<crate::apps::store::models::ShippingZoneCountryDto>>,
    }

    /// `UpdateShippingZoneResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateShippingZoneResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// Success message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Shipping zone data
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::store::models::ShippingZoneSchema>,
    }

    impl UpdateShippingZoneResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: bool, data: crate::apps::store::models::ShippingZoneSchema) -> Self {
            Self {
                status: Some(status),
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `DeleteShippingZoneResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteShippingZoneResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// Success message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    impl DeleteShippingZoneResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: bool) -> Self {
            Self {
                status: Some(status),
                ..Self::default()
            }
        }
    }

    /// `ContactAddress` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ContactAddress {
        /// Name of the customer
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Name of the Company
        #[serde(
            rename = "companyName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub company_name: Option<String>,
        /// Address line 1 of the customer
        #[serde(
            rename = "addressLine1",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub address_line1: Option<String>,
        /// Country code of the customer
        ///
        /// One of: `"US"`, `"CA"`, `"AF"`, `"AX"`, `"AL"`, `"DZ"`, `"AS"`, `"AD"`, `"AO"`, `"AI"`, `"AQ"`, `"AG"`, `"AR"`, `"AM"`, `"AW"`, `"AU"`, `"AT"`, `"AZ"`, `"BS"`, `"BH"`, `"BD"`, `"BB"`, `"BY"`, `"BE"`, `"BZ"`, `"BJ"`, `"BM"`, `"BT"`, `"BO"`, `"BA"`, `"BW"`, `"BV"`, `"BR"`, `"IO"`, `"BN"`, `"BG"`, `"BF"`, `"BI"`, `"KH"`, `"CM"`, `"CV"`, `"KY"`, `"CF"`, `"TD"`, `"CL"`, `"CN"`, `"CX"`, `"CC"`, `"CO"`, `"KM"`, `"CG"`, `"CD"`, `"CK"`, `"CR"`, `"CI"`, `"HR"`, `"CU"`, `"CY"`, `"CZ"`, `"DK"`, `"DJ"`, `"DM"`, `"DO"`, `"EC"`, `"EG"`, `"SV"`, `"GQ"`, `"ER"`, `"EE"`, `"ET"`, `"FK"`, `"FO"`, `"FJ"`, `"FI"`, `"FR"`, `"GF"`, `"PF"`, `"TF"`, `"GA"`, `"GM"`, `"GE"`, `"DE"`, `"GH"`, `"GI"`, `"GR"`, `"GL"`, `"GD"`, `"GP"`, `"GU"`, `"GT"`, `"GG"`, `"GN"`, `"GW"`, `"GY"`, `"HT"`, `"HM"`, `"VA"`, `"HN"`, `"HK"`, `"HU"`, `"IS"`, `"IN"`, `"ID"`, `"IR"`, `"IQ"`, `"IE"`, `"IM"`, `"IL"`, `"IT"`, `"JM"`, `"JP"`, `"JE"`, `"JO"`, `"KZ"`, `"KE"`, `"KI"`, `"KP"`, `"XK"`, `"KW"`, `"KG"`, `"LA"`, `"LV"`, `"LB"`, `"LS"`, `"LR"`, `"LY"`, `"LI"`, `"LT"`, `"LU"`, `"MO"`, `"MK"`, `"MG"`, `"MW"`, `"MY"`, `"MV"`, `"ML"`, `"MT"`, `"MH"`, `"MQ"`, `"MR"`, `"MU"`, `"YT"`, `"MX"`, `"FM"`, `"MD"`, `"MC"`, `"MN"`, `"ME"`, `"MS"`, `"MA"`, `"MZ"`, `"MM"`, `"NA"`, `"NR"`, `"NP"`, `"NL"`, `"AN"`, `"NC"`, `"NZ"`, `"NI"`, `"NE"`, `"NG"`, `"NU"`, `"NF"`, `"MP"`, `"NO"`, `"OM"`, `"PK"`, `"PW"`, `"PS"`, `"PA"`, `"PG"`, `"PY"`, `"PE"`, `"PH"`, `"PN"`, `"PL"`, `"PT"`, `"PR"`, `"QA"`, `"RE"`, `"RO"`, `"RU"`, `"RW"`, `"SH"`, `"KN"`, `"LC"`, `"MF"`, `"PM"`, `"VC"`, `"WS"`, `"SM"`, `"ST"`, `"SA"`, `"SN"`, `"RS"`, `"SC"`, `"SL"`, `"SG"`, `"SX"`, `"SK"`, `"SI"`, `"SB"`, `"SO"`, `"ZA"`, `"GS"`, `"KR"`, `"ES"`, `"LK"`, `"SD"`, `"SR"`, `"SJ"`, `"SZ"`, `"SE"`, `"CH"`, `"SY"`, `"TW"`, `"TJ"`, `"TZ"`, `"TH"`, `"TL"`, `"TG"`, `"TK"`, `"TO"`, `"TT"`, `"TN"`, `"TR"`, `"TM"`, `"TC"`, `"TV"`, `"UG"`, `"UA"`, `"AE"`, `"GB"`, `"UM"`, `"UY"`, `"UZ"`, `"VU"`, `"VE"`, `"VN"`, `"VG"`, `"VI"`, `"WF"`, `"EH"`, `"YE"`, `"ZM"`, `"ZW"`.
        ///
        /// Required by the spec.
        #[serde(rename = "country", default, skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
        /// State code of the customer
        ///
        /// One of: `"AL"`, `"AK"`, `"AS"`, `"AZ"`, `"AR"`, `"AA"`, `"AE"`, `"AP"`, `"CA"`, `"CO"`, `"CT"`, `"DE"`, `"DC"`, `"FM"`, `"FL"`, `"GA"`, `"GU"`, `"HI"`, `"ID"`, `"IL"`, `"IN"`, `"IA"`, `"KS"`, `"KY"`, `"LA"`, `"ME"`, `"MH"`, `"MD"`, `"MA"`, `"MI"`, `"MN"`, `"MS"`, `"MO"`, `"MT"`, `"NE"`, `"NV"`, `"NH"`, `"NJ"`, `"NM"`, `"NY"`, `"NC"`, `"ND"`, `"MP"`, `"OH"`, `"OK"`, `"OR"`, `"PW"`, `"PA"`, `"PR"`, `"RI"`, `"SC"`, `"SD"`, `"TN"`, `"TX"`, `"UT"`, `"VT"`, `"VI"`, `"VA"`, `"WA"`, `"WV"`, `"WI"`, `"WY"`, `"AB"`, `"BC"`, `"MB"`, `"NB"`, `"NL"`, `"NT"`, `"NS"`, `"NU"`, `"ON"`, `"PE"`, `"QC"`, `"SK"`, `"YT"`, `"BA"`, `"CT"`, `"CC"`, `"CH"`, `"CB"`, `"CN"`, `"ER"`, `"FO"`, `"JY"`, `"LP"`, `"LR"`, `"MZ"`, `"MN"`, `"NQ"`, `"RN"`, `"SA"`, `"SJ"`, `"SL"`, `"SC"`, `"SF"`, `"SE"`, `"TF"`, `"TU"`, `"ACT"`, `"NSW"`, `"NT"`, `"QLD"`, `"SA"`, `"TAS"`, `"VIC"`, `"WA"`, `"AC"`, `"AL"`, `"AM"`, `"AP"`, `"BA"`, `"CE"`, `"DF"`, `"ES"`, `"GO"`, `"MA"`, `"MG"`, `"MS"`, `"MT"`, `"PA"`, `"PB"`, `"PE"`, `"PI"`, `"PR"`, `"RJ"`, `"RN"`, `"RO"`, `"RR"`, `"RS"`, `"SC"`, `"SE"`, `"SP"`, `"TO"`, `"AI"`, `"AN"`, `"AP"`, `"AT"`, `"BI"`, `"CO"`, `"AR"`, `"LI"`, `"LL"`, `"LR"`, `"MA"`, `"ML"`, `"RM"`, `"TA"`, `"VS"`, `"NB"`, `"AMA"`, `"ANT"`, `"ARA"`, `"ATL"`, `"BOL"`, `"BOY"`, `"CAL"`, `"CAQ"`, `"CAS"`, `"CAU"`, `"CES"`, `"CHO"`, `"CUN"`, `"COR"`, `"GUA"`, `"GUV"`, `"HUI"`, `"LAG"`, `"MAG"`, `"MET"`, `"NAR"`, `"NSA"`, `"PUT"`, `"QUI"`, `"RIS"`, `"SAP"`, `"SAN"`, `"SUC"`, `"TOL"`, `"VAC"`, `"VAU"`, `"VID"`, `"CR-A"`, `"CR-C"`, `"CR-G"`, `"CR-H"`, `"CR-L"`, `"CR-P"`, `"CR-SJ"`, `"GT-16"`, `"GT-15"`, `"GT-04"`, `"GT-20"`, `"GT-02"`, `"GT-05"`, `"GT-01"`, `"GT-13"`, `"GT-18"`, `"GT-21"`, `"GT-22"`, `"GT-17"`, `"GT-09"`, `"GT-14"`, `"GT-11"`, `"GT-03"`, `"GT-12"`, `"GT-06"`, `"GT-07"`, `"GT-10"`, `"GT-08"`, `"GT-19"`, `"HK"`, `"KL"`, `"NT"`, `"AN"`, `"AP"`, `"AR"`, `"AS"`, `"BR"`, `"CH"`, `"CG"`, `"DN"`, `"DD"`, `"DL"`, `"GA"`, `"GJ"`, `"HR"`, `"HP"`, `"JK"`, `"JH"`, `"KA"`, `"KL"`, `"LA"`, `"LD"`, `"MP"`, `"MH"`, `"MN"`, `"ML"`, `"MZ"`, `"NL"`, `"OR"`, `"PY"`, `"PB"`, `"RJ"`, `"SK"`, `"TN"`, `"TS"`, `"TR"`, `"UP"`, `"UK"`, `"WB"`, `"CW"`, `"CN"`, `"CE"`, `"CO"`, `"DL"`, `"D"`, `"G"`, `"KY"`, `"KE"`, `"KK"`, `"LS"`, `"LM"`, `"LK"`, `"LD"`, `"LH"`, `"MO"`, `"MH"`, `"MN"`, `"OY"`, `"RN"`, `"SO"`, `"TA"`, `"WD"`, `"WH"`, `"WX"`, `"WW"`, `"AG"`, `"AL"`, `"AN"`, `"AO"`, `"AR"`, `"AP"`, `"AT"`, `"AV"`, `"BA"`, `"BT"`, `"BL"`, `"BN"`, `"BG"`, `"BI"`, `"BO"`, `"BZ"`, `"BS"`, `"BR"`, `"CA"`, `"CL"`, `"CB"`, `"CI"`, `"CE"`, `"CT"`, `"CZ"`, `"CH"`, `"CO"`, `"CS"`, `"CR"`, `"KR"`, `"CN"`, `"EN"`, `"FM"`, `"FE"`, `"FI"`, `"FG"`, `"FC"`, `"FR"`, `"GE"`, `"GO"`, `"GR"`, `"IM"`, `"IS"`, `"AQ"`, `"SP"`, `"LT"`, `"LE"`, `"LC"`, `"LI"`, `"LO"`, `"LU"`, `"MC"`, `"MN"`, `"MS"`, `"MT"`, `"VS"`, `"ME"`, `"MI"`, `"MO"`, `"MB"`, `"NA"`, `"NO"`, `"NU"`, `"OG"`, `"OT"`, `"OR"`, `"PD"`, `"PA"`, `"PR"`, `"PV"`, `"PG"`, `"PU"`, `"PE"`, `"PC"`, `"PI"`, `"PT"`, `"PN"`, `"PZ"`, `"PO"`, `"RG"`, `"RA"`, `"RC"`, `"RE"`, `"RI"`, `"RN"`, `"RM"`, `"RO"`, `"SA"`, `"SS"`, `"SV"`, `"SI"`, `"SR"`, `"SO"`, `"TA"`, `"TE"`, `"TR"`, `"TO"`, `"TP"`, `"TN"`, `"TV"`, `"TS"`, `"UD"`, `"VA"`, `"VE"`, `"VB"`, `"VC"`, `"VR"`, `"VV"`, `"VI"`, `"VT"`, `"JP-23"`, `"JP-05"`, `"JP-02"`, `"JP-12"`, `"JP-38"`, `"JP-18"`, `"JP-40"`, `"JP-07"`, `"JP-21"`, `"JP-10"`, `"JP-34"`, `"JP-01"`, `"JP-28"`, `"JP-08"`, `"JP-17"`, `"JP-03"`, `"JP-37"`, `"JP-46"`, `"JP-14"`, `"JP-39"`, `"JP-43"`, `"JP-26"`, `"JP-24"`, `"JP-04"`, `"JP-45"`, `"JP-20"`, `"JP-42"`, `"JP-29"`, `"JP-15"`, `"JP-44"`, `"JP-33"`, `"JP-47"`, `"JP-27"`, `"JP-41"`, `"JP-11"`, `"JP-25"`, `"JP-32"`, `"JP-22"`, `"JP-09"`, `"JP-36"`, `"JP-13"`, `"JP-31"`, `"JP-16"`, `"JP-30"`, `"JP-06"`, `"JP-35"`, `"JP-19"`, `"JHR"`, `"KDH"`, `"KTN"`, `"KUL"`, `"LBN"`, `"MLK"`, `"NSN"`, `"PHG"`, `"PNG"`, `"PRK"`, `"PLS"`, `"PJY"`, `"SBH"`, `"SWK"`, `"SGR"`, `"TRG"`, `"AGU"`, `"BCN"`, `"BCS"`, `"CAM"`, `"CHP"`, `"CHH"`, `"CMX"`, `"COA"`, `"COL"`, `"DUR"`, `"GUA"`, `"GRO"`, `"HID"`, `"JAL"`, `"MIC"`, `"MOR"`, `"MEX"`, `"NAY"`, `"NLE"`, `"OAX"`, `"PUE"`, `"QUE"`, `"ROO"`, `"SLP"`, `"SIN"`, `"SON"`, `"TAB"`, `"TAM"`, `"TLA"`, `"VER"`, `"YUC"`, `"ZAC"`, `"AUK"`, `"BOP"`, `"CAN"`, `"CIT"`, `"GIS"`, `"HKB"`, `"MWT"`, `"MBH"`, `"NSN"`, `"NTL"`, `"OTA"`, `"STL"`, `"TKI"`, `"TAS"`, `"WKO"`, `"WGN"`, `"WTC"`, `"JK"`, `"BA"`, `"GB"`, `"IS"`, `"KP"`, `"PB"`, `"SD"`, `"AMA"`, `"ANC"`, `"APU"`, `"ARE"`, `"AYA"`, `"CAJ"`, `"CAL"`, `"CUS"`, `"HUV"`, `"HUC"`, `"ICA"`, `"JUN"`, `"LAL"`, `"LAM"`, `"LIM"`, `"LOR"`, `"MDD"`, `"MOQ"`, `"PAS"`, `"PIU"`, `"PUN"`, `"SAM"`, `"TAC"`, `"TUM"`, `"UCA"`, `"PH-ABR"`, `"PH-AGN"`, `"PH-AGS"`, `"PH-AKL"`, `"PH-ALB"`, `"PH-ANT"`, `"PH-APA"`, `"PH-AUR"`, `"PH-BAS"`, `"PH-BAN"`, `"PH-BTN"`, `"PH-BTG"`, `"PH-BEN"`, `"PH-BIL"`, `"PH-BOH"`, `"PH-BUK"`, `"PH-BUL"`, `"PH-CAG"`, `"PH-CAN"`, `"PH-CAS"`, `"PH-CAM"`, `"PH-CAP"`, `"PH-CAT"`, `"PH-CAV"`, `"PH-CEB"`, `"PH-NCO"`, `"PH-DAO"`, `"PH-DAV"`, `"PH-DAS"`, `"PH-EAS"`, `"PH-GUI"`, `"PH-IFU"`, `"PH-ILN"`, `"PH-ILS"`, `"PH-ILI"`, `"PH-ISA"`, `"PH-KAL"`, `"PH-LUN"`, `"PH-LAG"`, `"PH-LAN"`, `"PH-LAS"`, `"PH-LEY"`, `"PH-MAG"`, `"PH-MAD"`, `"PH-MAS"`, `"PH-00"`, `"PH-MSC"`, `"PH-MSR"`, `"PH-MOU"`, `"PH-NEC"`, `"PH-NER"`, `"PH-NSA"`, `"PH-NUE"`, `"PH-NUV"`, `"PH-MDC"`, `"PH-MDR"`, `"PH-PLW"`, `"PH-PAM"`, `"PH-PAN"`, `"PH-QUE"`, `"PH-QUI"`, `"PH-RIZ"`, `"PH-ROM"`, `"PH-WSA"`, `"PH-SAR"`, `"PH-SIG"`, `"PH-SOR"`, `"PH-SCO"`, `"PH-SLE"`, `"PH-SUK"`, `"PH-SLU"`, `"PH-SUN"`, `"PH-SUR"`, `"PH-TAR"`, `"PH-TAW"`, `"PH-ZMB"`, `"PH-ZAN"`, `"PH-ZAS"`, `"PH-ZSI"`, `"PT-20"`, `"PT-01"`, `"PT-02"`, `"PT-03"`, `"PT-04"`, `"PT-05"`, `"PT-06"`, `"PT-07"`, `"PT-08"`, `"PT-09"`, `"PT-10"`, `"PT-11"`, `"PT-30"`, `"PT-12"`, `"PT-13"`, `"PT-14"`, `"PT-15"`, `"PT-16"`, `"PT-17"`, `"PT-18"`, `"AB"`, `"AR"`, `"AG"`, `"BC"`, `"BH"`, `"BN"`, `"BT"`, `"BR"`, `"BV"`, `"B"`, `"BZ"`, `"CL"`, `"CS"`, `"CJ"`, `"CT"`, `"CV"`, `"DB"`, `"DJ"`, `"GL"`, `"GR"`, `"GJ"`, `"HR"`, `"HD"`, `"IL"`, `"IS"`, `"IF"`, `"MM"`, `"MH"`, `"MS"`, `"NT"`, `"OT"`, `"PH"`, `"SJ"`, `"SM"`, `"SB"`, `"SV"`, `"TR"`, `"TM"`, `"TL"`, `"VL"`, `"VS"`, `"VN"`, `"KR-26"`, `"KR-43"`, `"KR-44"`, `"KR-27"`, `"KR-30"`, `"KR-42"`, `"KR-29"`, `"KR-47"`, `"KR-41"`, `"KR-48"`, `"KR-28"`, `"KR-49"`, `"KR-45"`, `"KR-46"`, `"KR-50"`, `"KR-11"`, `"KR-31"`, `"C"`, `"VI"`, `"AB"`, `"A"`, `"AL"`, `"O"`, `"AV"`, `"BA"`, `"PM"`, `"B"`, `"BU"`, `"CC"`, `"CA"`, `"S"`, `"CS"`, `"CE"`, `"CR"`, `"CO"`, `"CU"`, `"GI"`, `"GR"`, `"GU"`, `"SS"`, `"H"`, `"HU"`, `"J"`, `"LO"`, `"GC"`, `"LE"`, `"L"`, `"LU"`, `"M"`, `"MA"`, `"ML"`, `"MU"`, `"NA"`, `"OR"`, `"P"`, `"PO"`, `"SA"`, `"TF"`, `"SG"`, `"SE"`, `"SO"`, `"T"`, `"TE"`, `"TO"`, `"V"`, `"VA"`, `"BI"`, `"ZA"`, `"Z"`, `"AZ"`, `"AJ"`, `"DU"`, `"FU"`, `"RK"`, `"SH"`, `"UQ"`, `"BFP"`, `"ENG"`, `"NIR"`, `"SCT"`, `"WLS"`, `"AR"`, `"CA"`, `"CL"`, `"CO"`, `"DU"`, `"FS"`, `"FD"`, `"LA"`, `"MA"`, `"MO"`, `"PA"`, `"RN"`, `"RV"`, `"RO"`, `"SA"`, `"SJ"`, `"SO"`, `"TA"`, `"TT"`.
        #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
        pub state: Option<String>,
        /// City of the customer
        #[serde(rename = "city", default, skip_serializing_if = "Option::is_none")]
        pub city: Option<String>,
        /// Zip code of the customer
        #[serde(rename = "zip", default, skip_serializing_if = "Option::is_none")]
        pub zip: Option<String>,
        /// Phone number of the customer
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        /// Email of the customer
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
    }

    impl ContactAddress {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(country: impl Into<String>) -> Self {
            Self {
                country: Some(country.into()),
                ..Self::default()
            }
        }
    }

    /// `OrderSource` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct OrderSource {
        /// Source of order
        ///
        /// One of: `"funnel"`, `"website"`, `"invoice"`, `"calendar"`, `"text2Pay"`, `"document_contracts"`, `"membership"`, `"mobile_app"`, `"communities"`, `"point_of_sale"`, `"manual"`, `"form"`, `"survey"`, `"payment_link"`, `"external"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Source subtype of order
        ///
        /// One of: `"one_step_order_form"`, `"two_step_order_form"`, `"upsell"`, `"tap_to_pay"`, `"card_payment"`, `"store"`, `"contact_view"`, `"email_campaign"`, `"payments_dashboard"`, `"shopify"`, `"subscription_view"`, `"store_upsell"`, `"woocommerce"`, `"service"`, `"meeting"`, `"imported_csv"`, `"qr_code"`.
        #[serde(rename = "subType", default, skip_serializing_if = "Option::is_none")]
        pub sub_type: Option<String>,
    }

    impl OrderSource {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(r#type: impl Into<String>) -> Self {
            Self {
                r#type: Some(r#type.into()),
                ..Self::default()
            }
        }
    }

    /// `ProductItem` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ProductItem {
        /// id of product
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// No of quantities
        ///
        /// Required by the spec.
        #[serde(rename = "qty", default, skip_serializing_if = "Option::is_none")]
        pub qty: Option<f64>,
    }

    impl ProductItem {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>, qty: f64) -> Self {
            Self {
                id: Some(id.into()),
                qty: Some(qty),
                ..Self::default()
            }
        }
    }

    /// `GetAvailableShippingRates` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetAvailableShippingRates {
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
        /// Country code of the customer
        ///
        /// One of: `"US"`, `"CA"`, `"AF"`, `"AX"`, `"AL"`, `"DZ"`, `"AS"`, `"AD"`, `"AO"`, `"AI"`, `"AQ"`, `"AG"`, `"AR"`, `"AM"`, `"AW"`, `"AU"`, `"AT"`, `"AZ"`, `"BS"`, `"BH"`, `"BD"`, `"BB"`, `"BY"`, `"BE"`, `"BZ"`, `"BJ"`, `"BM"`, `"BT"`, `"BO"`, `"BA"`, `"BW"`, `"BV"`, `"BR"`, `"IO"`, `"BN"`, `"BG"`, `"BF"`, `"BI"`, `"KH"`, `"CM"`, `"CV"`, `"KY"`, `"CF"`, `"TD"`, `"CL"`, `"CN"`, `"CX"`, `"CC"`, `"CO"`, `"KM"`, `"CG"`, `"CD"`, `"CK"`, `"CR"`, `"CI"`, `"HR"`, `"CU"`, `"CY"`, `"CZ"`, `"DK"`, `"DJ"`, `"DM"`, `"DO"`, `"EC"`, `"EG"`, `"SV"`, `"GQ"`, `"ER"`, `"EE"`, `"ET"`, `"FK"`, `"FO"`, `"FJ"`, `"FI"`, `"FR"`, `"GF"`, `"PF"`, `"TF"`, `"GA"`, `"GM"`, `"GE"`, `"DE"`, `"GH"`, `"GI"`, `"GR"`, `"GL"`, `"GD"`, `"GP"`, `"GU"`, `"GT"`, `"GG"`, `"GN"`, `"GW"`, `"GY"`, `"HT"`, `"HM"`, `"VA"`, `"HN"`, `"HK"`, `"HU"`, `"IS"`, `"IN"`, `"ID"`, `"IR"`, `"IQ"`, `"IE"`, `"IM"`, `"IL"`, `"IT"`, `"JM"`, `"JP"`, `"JE"`, `"JO"`, `"KZ"`, `"KE"`, `"KI"`, `"KP"`, `"XK"`, `"KW"`, `"KG"`, `"LA"`, `"LV"`, `"LB"`, `"LS"`, `"LR"`, `"LY"`, `"LI"`, `"LT"`, `"LU"`, `"MO"`, `"MK"`, `"MG"`, `"MW"`, `"MY"`, `"MV"`, `"ML"`, `"MT"`, `"MH"`, `"MQ"`, `"MR"`, `"MU"`, `"YT"`, `"MX"`, `"FM"`, `"MD"`, `"MC"`, `"MN"`, `"ME"`, `"MS"`, `"MA"`, `"MZ"`, `"MM"`, `"NA"`, `"NR"`, `"NP"`, `"NL"`, `"AN"`, `"NC"`, `"NZ"`, `"NI"`, `"NE"`, `"NG"`, `"NU"`, `"NF"`, `"MP"`, `"NO"`, `"OM"`, `"PK"`, `"PW"`, `"PS"`, `"PA"`, `"PG"`, `"PY"`, `"PE"`, `"PH"`, `"PN"`, `"PL"`, `"PT"`, `"PR"`, `"QA"`, `"RE"`, `"RO"`, `"RU"`, `"RW"`, `"SH"`, `"KN"`, `"LC"`, `"MF"`, `"PM"`, `"VC"`, `"WS"`, `"SM"`, `"ST"`, `"SA"`, `"SN"`, `"RS"`, `"SC"`, `"SL"`, `"SG"`, `"SX"`, `"SK"`, `"SI"`, `"SB"`, `"SO"`, `"ZA"`, `"GS"`, `"KR"`, `"ES"`, `"LK"`, `"SD"`, `"SR"`, `"SJ"`, `"SZ"`, `"SE"`, `"CH"`, `"SY"`, `"TW"`, `"TJ"`, `"TZ"`, `"TH"`, `"TL"`, `"TG"`, `"TK"`, `"TO"`, `"TT"`, `"TN"`, `"TR"`, `"TM"`, `"TC"`, `"TV"`, `"UG"`, `"UA"`, `"AE"`, `"GB"`, `"UM"`, `"UY"`, `"UZ"`, `"VU"`, `"VE"`, `"VN"`, `"VG"`, `"VI"`, `"WF"`, `"EH"`, `"YE"`, `"ZM"`, `"ZW"`.
        ///
        /// Required by the spec.
        #[serde(rename = "country", default, skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
        /// Address of the customer
        #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
        pub address: Option<crate::apps::store::models::ContactAddress>,
        /// it will not calculate the order amount form backend if it is true
        ///
        /// One of: `"AF"`, `"AX"`, `"AL"`, `"DZ"`, `"AS"`, `"AD"`, `"AO"`, `"AI"`, `"AQ"`, `"AG"`, `"AR"`, `"AM"`, `"AW"`, `"AU"`, `"AT"`, `"AZ"`, `"BS"`, `"BH"`, `"BD"`, `"BB"`, `"BY"`, `"BE"`, `"BZ"`, `"BJ"`, `"BM"`, `"BT"`, `"BO"`, `"BA"`, `"BW"`, `"BV"`, `"BR"`, `"IO"`, `"BN"`, `"BG"`, `"BF"`, `"BI"`, `"KH"`, `"CM"`, `"CA"`, `"CV"`, `"KY"`, `"CF"`, `"TD"`, `"CL"`, `"CN"`, `"CX"`, `"CC"`, `"CO"`, `"KM"`, `"CG"`, `"CD"`, `"CK"`, `"CR"`, `"CI"`, `"HR"`, `"CU"`, `"CY"`, `"CZ"`, `"DK"`, `"DJ"`, `"DM"`, `"DO"`, `"EC"`, `"EG"`, `"SV"`, `"GQ"`, `"ER"`, `"EE"`, `"ET"`, `"FK"`, `"FO"`, `"FJ"`, `"FI"`, `"FR"`, `"GF"`, `"PF"`, `"TF"`, `"GA"`, `"GM"`, `"GE"`, `"DE"`, `"GH"`, `"GI"`, `"GR"`, `"GL"`, `"GD"`, `"GP"`, `"GU"`, `"GT"`, `"GG"`, `"GN"`, `"GW"`, `"GY"`, `"HT"`, `"HM"`, `"VA"`, `"HN"`, `"HK"`, `"HU"`, `"IS"`, `"IN"`, `"ID"`, `"IR"`, `"IQ"`, `"IE"`, `"IM"`, `"IL"`, `"IT"`, `"JM"`, `"JP"`, `"JE"`, `"JO"`, `"KZ"`, `"KE"`, `"KI"`, `"KP"`, `"KR"`, `"XK"`, `"KW"`, `"KG"`, `"LA"`, `"LV"`, `"LB"`, `"LS"`, `"LR"`, `"LY"`, `"LI"`, `"LT"`, `"LU"`, `"MO"`, `"MK"`, `"MG"`, `"MW"`, `"MY"`, `"MV"`, `"ML"`, `"MT"`, `"MH"`, `"MQ"`, `"MR"`, `"MU"`, `"YT"`, `"MX"`, `"FM"`, `"MD"`, `"MC"`, `"MN"`, `"ME"`, `"MS"`, `"MA"`, `"MZ"`, `"MM"`, `"NA"`, `"NR"`, `"NP"`, `"NL"`, `"AN"`, `"NC"`, `"NZ"`, `"NI"`, `"NE"`, `"NG"`, `"NU"`, `"NF"`, `"MP"`, `"NO"`, `"OM"`, `"PK"`, `"PW"`, `"PS"`, `"PA"`, `"PG"`, `"PY"`, `"PE"`, `"PH"`, `"PN"`, `"PL"`, `"PT"`, `"PR"`, `"QA"`, `"RE"`, `"RO"`, `"RU"`, `"RW"`, `"SH"`, `"KN"`, `"LC"`, `"MF"`, `"PM"`, `"VC"`, `"WS"`, `"SM"`, `"ST"`, `"SA"`, `"SN"`, `"RS"`, `"SC"`, `"SL"`, `"SG"`, `"SX"`, `"SK"`, `"SI"`, `"SB"`, `"SO"`, `"ZA"`, `"GS"`, `"ES"`, `"LK"`, `"SD"`, `"SR"`, `"SJ"`, `"SZ"`, `"SE"`, `"CH"`, `"SY"`, `"TW"`, `"TJ"`, `"TZ"`, `"TH"`, `"TL"`, `"TG"`, `"TK"`, `"TO"`, `"TT"`, `"TN"`, `"TR"`, `"TM"`, `"TC"`, `"TV"`, `"UG"`, `"GB"`, `"UA"`, `"AE"`, `"US"`, `"UM"`, `"UY"`, `"UZ"`, `"VU"`, `"VE"`, `"VN"`, `"VG"`, `"VI"`, `"WF"`, `"EH"`, `"YE"`, `"ZM"`, `"ZW"`.
        #[serde(
            rename = "amountAvailable",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub amount_available: Option<String>,
        /// The amount of the price. ( min: 0.01 )
        ///
        /// Required by the spec.
        #[serde(
            rename = "totalOrderAmount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub total_order_amount: Option<f64>,
        /// Flag to pass when the weight is already calculated and should not calculate again
        #[serde(
            rename = "weightAvailable",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub weight_available: Option<bool>,
        /// Estimated weight of the order calculated from the order creation side in kg(s)
        ///
        /// Required by the spec.
        #[serde(
            rename = "totalOrderWeight",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub total_order_weight: Option<f64>,
        /// Source of the order
        ///
        /// Required by the spec.
        #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
        pub source: Option<crate::apps::store::models::OrderSource>,
        /// An array of price IDs and quantity
        ///
        /// Required by the spec.
        #[serde(rename = "products", default, skip_serializing_if = "Option::is_none")]
        pub products: Option<Vec<crate::apps::store::models::ProductItem>>,
        /// Coupon code
        #[serde(
            rename = "couponCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub coupon_code: Option<String>,
    }

    impl GetAvailableShippingRates {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            country: impl Into<String>,
            total_order_amount: f64,
            total_order_weight: f64,
            source: crate::apps::store::models::OrderSource,
            products: Vec<crate::apps::store::models::ProductItem>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                country: Some(country.into()),
                total_order_amount: Some(total_order_amount),
                total_order_weight: Some(total_order_weight),
                source: Some(source),
                products: Some(products),
                ..Self::default()
            }
        }
    }

    /// `AvailableShippingRate` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AvailableShippingRate {
        /// Name of the shipping zone
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Delivery description
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// The currency of the amount of the rate / handling fee
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// The amount of the shipping rate if it is normal rate (0 means free ). Fixed Handling fee if it is a carrier rate (it will add to the carrier rate).
        ///
        /// Required by the spec.
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// is this a carrier rate
        #[serde(
            rename = "isCarrierRate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_carrier_rate: Option<bool>,
        /// Shipping carrier id
        ///
        /// Required by the spec.
        #[serde(
            rename = "shippingCarrierId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub shipping_carrier_id: Option<String>,
        /// Percentage of rate fee if it is a carrier rate.
        #[serde(
            rename = "percentageOfRateFee",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub percentage_of_rate_fee: Option<f64>,
        /// An array of items
        #[serde(
            rename = "shippingCarrierServices",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub shipping_carrier_services:
            Option<Vec<crate::apps::store::models::ShippingCarrierServiceDto>>,
        /// The unique identifier for the product.
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// The unique identifier for the shipping zone.
        ///
        /// Required by the spec.
        #[serde(
            rename = "shippingZoneId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub shipping_zone_id: Option<String>,
    }

    impl AvailableShippingRate {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            name: impl Into<String>,
            currency: impl Into<String>,
            amount: f64,
            shipping_carrier_id: impl Into<String>,
            id: impl Into<String>,
            shipping_zone_id: impl Into<String>,
        ) -> Self {
            Self {
                name: Some(name.into()),
                currency: Some(currency.into()),
                amount: Some(amount),
                shipping_carrier_id: Some(shipping_carrier_id.into()),
                id: Some(id.into()),
                shipping_zone_id: Some(shipping_zone_id.into()),
                ..Self::default()
            }
        }
    }

    /// `GetAvailableShippingRatesResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetAvailableShippingRatesResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// Success message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Shipping rate data
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<Vec<crate::apps::store::models::AvailableShippingRate>>,
    }

    impl GetAvailableShippingRatesResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            status: bool,
            data: Vec<crate::apps::store::models::AvailableShippingRate>,
        ) -> Self {
            Self {
                status: Some(status),
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `CreateShippingRateDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateShippingRateDto {
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
        /// Name of the shipping zone
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Delivery description
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// The currency of the amount of the rate / handling fee
        ///
        /// Required by the spec.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// The amount of the shipping rate if it is normal rate (0 means free ). Fixed Handling fee if it is a carrier rate (it will add to the carrier rate).
        ///
        /// Required by the spec.
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// Type of condition to provide the conditional pricing
        ///
        /// One of: `"none"`, `"price"`, `"weight"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "conditionType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub condition_type: Option<String>,
        /// Minimum condition for applying this price. set 0 or null if there is no minimum
        ///
        /// Required by the spec.
        #[serde(
            rename = "minCondition",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub min_condition: Option<f64>,
        /// Maximum condition for applying this price. set 0 or null if there is no maximum
        ///
        /// Required by the spec.
        #[serde(
            rename = "maxCondition",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub max_condition: Option<f64>,
        /// is this a carrier rate
        #[serde(
            rename = "isCarrierRate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_carrier_rate: Option<bool>,
        /// Shipping carrier id
        ///
        /// Required by the spec.
        #[serde(
            rename = "shippingCarrierId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub shipping_carrier_id: Option<String>,
        /// Percentage of rate fee if it is a carrier rate.
        #[serde(
            rename = "percentageOfRateFee",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub percentage_of_rate_fee: Option<f64>,
        /// An array of items
        #[serde(
            rename = "shippingCarrierServices",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub shipping_carrier_services:
            Option<Vec<crate::apps::store::models::ShippingCarrierServiceDto>>,
    }

    impl CreateShippingRateDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            currency: impl Into<String>,
            amount: f64,
            condition_type: impl Into<String>,
            min_condition: f64,
            max_condition: f64,
            shipping_carrier_id: impl Into<String>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                currency: Some(currency.into()),
                amount: Some(amount),
                condition_type: Some(condition_type.into()),
                min_condition: Some(min_condition),
                max_condition: Some(max_condition),
                shipping_carrier_id: Some(shipping_carrier_id.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateShippingRateResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateShippingRateResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// Success message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Shipping zone data
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::store::models::ShippingRateSchema>,
    }

    impl CreateShippingRateResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: bool, data: crate::apps::store::models::ShippingRateSchema) -> Self {
            Self {
                status: Some(status),
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `ListShippingRateResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ListShippingRateResponseDto {
        /// Total number of items
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// An array of items
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<Vec<crate::apps::store::models::ShippingRateSchema>>,
    }

    impl ListShippingRateResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(total: f64, data: Vec<crate::apps::store::models::ShippingRateSchema>) -> Self {
            Self {
                total: Some(total),
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `GetShippingRateResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetShippingRateResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// Success message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Shipping zone data
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::store::models::ShippingRateSchema>,
    }

    impl GetShippingRateResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: bool, data: crate::apps::store::models::ShippingRateSchema) -> Self {
            Self {
                status: Some(status),
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `UpdateShippingRateDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateShippingRateDto {
        /// Location Id or Agency Id
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// One of: `"location"`.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// Name of the shipping zone
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Delivery description
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// The currency of the amount of the rate / handling fee
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// The amount of the shipping rate if it is normal rate (0 means free ). Fixed Handling fee if it is a carrier rate (it will add to the carrier rate).
        #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        /// Type of condition to provide the conditional pricing
        ///
        /// One of: `"none"`, `"price"`, `"weight"`.
        #[serde(
            rename = "conditionType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub condition_type: Option<String>,
        /// Minimum condition for applying this price. set 0 or null if there is no minimum
        #[serde(
            rename = "minCondition",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub min_condition: Option<f64>,
        /// Maximum condition for applying this price. set 0 or null if there is no maximum
        #[serde(
            rename = "maxCondition",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub max_condition: Option<f64>,
        /// is this a carrier rate
        #[serde(
            rename = "isCarrierRate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_carrier_rate: Option<bool>,
        /// Shipping carrier id
        #[serde(
            rename = "shippingCarrierId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub shipping_carrier_id: Option<String>,
        /// Percentage of rate fee if it is a carrier rate.
        #[serde(
            rename = "percentageOfRateFee",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub percentage_of_rate_fee: Option<f64>,
        /// An array of items
        #[serde(
            rename = "shippingCarrierServices",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub shipping_carrier_services:
            Option<Vec<crate::apps::store::models::ShippingCarrierServiceDto>>,
    }

    /// `UpdateShippingRateResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateShippingRateResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// Success message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Shipping zone data
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::store::models::ShippingRateSchema>,
    }

    impl UpdateShippingRateResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: bool, data: crate::apps::store::models::ShippingRateSchema) -> Self {
            Self {
                status: Some(status),
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `DeleteShippingRateResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteShippingRateResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// Success message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    impl DeleteShippingRateResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: bool) -> Self {
            Self {
                status: Some(status),
                ..Self::default()
            }
        }
    }

    /// `CreateShippingCarrierDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateShippingCarrierDto {
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
        /// Name of the shipping carrier
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// The URL endpoint that GHL needs to retrieve shipping rates. This must be a public URL.
        ///
        /// Required by the spec.
        #[serde(
            rename = "callbackUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub callback_url: Option<String>,
        /// An array of available shipping carrier services
        #[serde(rename = "services", default, skip_serializing_if = "Option::is_none")]
        pub services: Option<Vec<crate::apps::store::models::ShippingCarrierServiceDto>>,
        /// The seller can choose multiple services while creating shipping rates if this is true.
        #[serde(
            rename = "allowsMultipleServiceSelection",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allows_multiple_service_selection: Option<bool>,
    }

    impl CreateShippingCarrierDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            callback_url: impl Into<String>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                callback_url: Some(callback_url.into()),
                ..Self::default()
            }
        }
    }

    /// `ShippingCarrierSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ShippingCarrierSchema {
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
        /// Name of the shipping carrier
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// The URL endpoint that GHL needs to retrieve shipping rates. This must be a public URL.
        ///
        /// Required by the spec.
        #[serde(
            rename = "callbackUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub callback_url: Option<String>,
        /// An array of available shipping carrier services
        #[serde(rename = "services", default, skip_serializing_if = "Option::is_none")]
        pub services: Option<Vec<crate::apps::store::models::ShippingCarrierServiceDto>>,
        /// The seller can choose multiple services while creating shipping rates if this is true.
        #[serde(
            rename = "allowsMultipleServiceSelection",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allows_multiple_service_selection: Option<bool>,
        /// The unique identifier for the product.
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// The unique identifier for the marketplace app.
        ///
        /// Required by the spec.
        #[serde(
            rename = "marketplaceAppId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub marketplace_app_id: Option<String>,
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

    impl ShippingCarrierSchema {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            name: impl Into<String>,
            callback_url: impl Into<String>,
            id: impl Into<String>,
            marketplace_app_id: impl Into<String>,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                name: Some(name.into()),
                callback_url: Some(callback_url.into()),
                id: Some(id.into()),
                marketplace_app_id: Some(marketplace_app_id.into()),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateShippingCarrierResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateShippingCarrierResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// Success message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Shipping carrier data
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::store::models::ShippingCarrierSchema>,
    }

    impl CreateShippingCarrierResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: bool, data: crate::apps::store::models::ShippingCarrierSchema) -> Self {
            Self {
                status: Some(status),
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `ListShippingCarrierResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ListShippingCarrierResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// Success message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// An array of items
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<Vec<crate::apps::store::models::ShippingCarrierSchema>>,
    }

    impl ListShippingCarrierResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            status: bool,
            data: Vec<crate::apps::store::models::ShippingCarrierSchema>,
        ) -> Self {
            Self {
                status: Some(status),
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `GetShippingCarrierResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetShippingCarrierResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// Success message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Shipping carrier data
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::store::models::ShippingCarrierSchema>,
    }

    impl GetShippingCarrierResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: bool, data: crate::apps::store::models::ShippingCarrierSchema) -> Self {
            Self {
                status: Some(status),
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `UpdateShippingCarrierDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateShippingCarrierDto {
        /// Location Id or Agency Id
        #[serde(rename = "altId", default, skip_serializing_if = "Option::is_none")]
        pub alt_id: Option<String>,
        /// One of: `"location"`.
        #[serde(rename = "altType", default, skip_serializing_if = "Option::is_none")]
        pub alt_type: Option<String>,
        /// Name of the shipping carrier
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// The URL endpoint that GHL needs to retrieve shipping rates. This must be a public URL.
        #[serde(
            rename = "callbackUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub callback_url: Option<String>,
        /// An array of available shipping carrier services
        #[serde(rename = "services", default, skip_serializing_if = "Option::is_none")]
        pub services: Option<Vec<crate::apps::store::models::ShippingCarrierServiceDto>>,
        /// The seller can choose multiple services while creating shipping rates if this is true.
        #[serde(
            rename = "allowsMultipleServiceSelection",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allows_multiple_service_selection: Option<bool>,
    }

    /// `UpdateShippingCarrierResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateShippingCarrierResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// Success message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Shipping carrier data
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::store::models::ShippingCarrierSchema>,
    }

    impl UpdateShippingCarrierResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: bool, data: crate::apps::store::models::ShippingCarrierSchema) -> Self {
            Self {
                status: Some(status),
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `DeleteShippingCarrierResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteShippingCarrierResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// Success message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    impl DeleteShippingCarrierResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: bool) -> Self {
            Self {
                status: Some(status),
                ..Self::default()
            }
        }
    }

    /// `StoreShippingOriginDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct StoreShippingOriginDto {
        /// Name of the store / company
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Country code (ISO 3166-1 alpha-2, e.g. `US`).
        ///
        /// Required by the spec.
        #[serde(rename = "country", default, skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
        /// State code
        ///
        /// One of: `"AL"`, `"AK"`, `"AS"`, `"AZ"`, `"AR"`, `"AA"`, `"AE"`, `"AP"`, `"CA"`, `"CO"`, `"CT"`, `"DE"`, `"DC"`, `"FM"`, `"FL"`, `"GA"`, `"GU"`, `"HI"`, `"ID"`, `"IL"`, `"IN"`, `"IA"`, `"KS"`, `"KY"`, `"LA"`, `"ME"`, `"MH"`, `"MD"`, `"MA"`, `"MI"`, `"MN"`, `"MS"`, `"MO"`, `"MT"`, `"NE"`, `"NV"`, `"NH"`, `"NJ"`, `"NM"`, `"NY"`, `"NC"`, `"ND"`, `"MP"`, `"OH"`, `"OK"`, `"OR"`, `"PW"`, `"PA"`, `"PR"`, `"RI"`, `"SC"`, `"SD"`, `"TN"`, `"TX"`, `"UT"`, `"VT"`, `"VI"`, `"VA"`, `"WA"`, `"WV"`, `"WI"`, `"WY"`, `"AB"`, `"BC"`, `"MB"`, `"NB"`, `"NL"`, `"NT"`, `"NS"`, `"NU"`, `"ON"`, `"PE"`, `"QC"`, `"SK"`, `"YT"`, `"BA"`, `"CT"`, `"CC"`, `"CH"`, `"CB"`, `"CN"`, `"ER"`, `"FO"`, `"JY"`, `"LP"`, `"LR"`, `"MZ"`, `"MN"`, `"NQ"`, `"RN"`, `"SA"`, `"SJ"`, `"SL"`, `"SC"`, `"SF"`, `"SE"`, `"TF"`, `"TU"`, `"ACT"`, `"NSW"`, `"NT"`, `"QLD"`, `"SA"`, `"TAS"`, `"VIC"`, `"WA"`, `"AC"`, `"AL"`, `"AM"`, `"AP"`, `"BA"`, `"CE"`, `"DF"`, `"ES"`, `"GO"`, `"MA"`, `"MG"`, `"MS"`, `"MT"`, `"PA"`, `"PB"`, `"PE"`, `"PI"`, `"PR"`, `"RJ"`, `"RN"`, `"RO"`, `"RR"`, `"RS"`, `"SC"`, `"SE"`, `"SP"`, `"TO"`, `"AI"`, `"AN"`, `"AP"`, `"AT"`, `"BI"`, `"CO"`, `"AR"`, `"LI"`, `"LL"`, `"LR"`, `"MA"`, `"ML"`, `"RM"`, `"TA"`, `"VS"`, `"NB"`, `"AMA"`, `"ANT"`, `"ARA"`, `"ATL"`, `"BOL"`, `"BOY"`, `"CAL"`, `"CAQ"`, `"CAS"`, `"CAU"`, `"CES"`, `"CHO"`, `"CUN"`, `"COR"`, `"GUA"`, `"GUV"`, `"HUI"`, `"LAG"`, `"MAG"`, `"MET"`, `"NAR"`, `"NSA"`, `"PUT"`, `"QUI"`, `"RIS"`, `"SAP"`, `"SAN"`, `"SUC"`, `"TOL"`, `"VAC"`, `"VAU"`, `"VID"`, `"CR-A"`, `"CR-C"`, `"CR-G"`, `"CR-H"`, `"CR-L"`, `"CR-P"`, `"CR-SJ"`, `"GT-16"`, `"GT-15"`, `"GT-04"`, `"GT-20"`, `"GT-02"`, `"GT-05"`, `"GT-01"`, `"GT-13"`, `"GT-18"`, `"GT-21"`, `"GT-22"`, `"GT-17"`, `"GT-09"`, `"GT-14"`, `"GT-11"`, `"GT-03"`, `"GT-12"`, `"GT-06"`, `"GT-07"`, `"GT-10"`, `"GT-08"`, `"GT-19"`, `"HK"`, `"KL"`, `"NT"`, `"AN"`, `"AP"`, `"AR"`, `"AS"`, `"BR"`, `"CH"`, `"CG"`, `"DN"`, `"DD"`, `"DL"`, `"GA"`, `"GJ"`, `"HR"`, `"HP"`, `"JK"`, `"JH"`, `"KA"`, `"KL"`, `"LA"`, `"LD"`, `"MP"`, `"MH"`, `"MN"`, `"ML"`, `"MZ"`, `"NL"`, `"OR"`, `"PY"`, `"PB"`, `"RJ"`, `"SK"`, `"TN"`, `"TS"`, `"TR"`, `"UP"`, `"UK"`, `"WB"`, `"CW"`, `"CN"`, `"CE"`, `"CO"`, `"DL"`, `"D"`, `"G"`, `"KY"`, `"KE"`, `"KK"`, `"LS"`, `"LM"`, `"LK"`, `"LD"`, `"LH"`, `"MO"`, `"MH"`, `"MN"`, `"OY"`, `"RN"`, `"SO"`, `"TA"`, `"WD"`, `"WH"`, `"WX"`, `"WW"`, `"AG"`, `"AL"`, `"AN"`, `"AO"`, `"AR"`, `"AP"`, `"AT"`, `"AV"`, `"BA"`, `"BT"`, `"BL"`, `"BN"`, `"BG"`, `"BI"`, `"BO"`, `"BZ"`, `"BS"`, `"BR"`, `"CA"`, `"CL"`, `"CB"`, `"CI"`, `"CE"`, `"CT"`, `"CZ"`, `"CH"`, `"CO"`, `"CS"`, `"CR"`, `"KR"`, `"CN"`, `"EN"`, `"FM"`, `"FE"`, `"FI"`, `"FG"`, `"FC"`, `"FR"`, `"GE"`, `"GO"`, `"GR"`, `"IM"`, `"IS"`, `"AQ"`, `"SP"`, `"LT"`, `"LE"`, `"LC"`, `"LI"`, `"LO"`, `"LU"`, `"MC"`, `"MN"`, `"MS"`, `"MT"`, `"VS"`, `"ME"`, `"MI"`, `"MO"`, `"MB"`, `"NA"`, `"NO"`, `"NU"`, `"OG"`, `"OT"`, `"OR"`, `"PD"`, `"PA"`, `"PR"`, `"PV"`, `"PG"`, `"PU"`, `"PE"`, `"PC"`, `"PI"`, `"PT"`, `"PN"`, `"PZ"`, `"PO"`, `"RG"`, `"RA"`, `"RC"`, `"RE"`, `"RI"`, `"RN"`, `"RM"`, `"RO"`, `"SA"`, `"SS"`, `"SV"`, `"SI"`, `"SR"`, `"SO"`, `"TA"`, `"TE"`, `"TR"`, `"TO"`, `"TP"`, `"TN"`, `"TV"`, `"TS"`, `"UD"`, `"VA"`, `"VE"`, `"VB"`, `"VC"`, `"VR"`, `"VV"`, `"VI"`, `"VT"`, `"JP-23"`, `"JP-05"`, `"JP-02"`, `"JP-12"`, `"JP-38"`, `"JP-18"`, `"JP-40"`, `"JP-07"`, `"JP-21"`, `"JP-10"`, `"JP-34"`, `"JP-01"`, `"JP-28"`, `"JP-08"`, `"JP-17"`, `"JP-03"`, `"JP-37"`, `"JP-46"`, `"JP-14"`, `"JP-39"`, `"JP-43"`, `"JP-26"`, `"JP-24"`, `"JP-04"`, `"JP-45"`, `"JP-20"`, `"JP-42"`, `"JP-29"`, `"JP-15"`, `"JP-44"`, `"JP-33"`, `"JP-47"`, `"JP-27"`, `"JP-41"`, `"JP-11"`, `"JP-25"`, `"JP-32"`, `"JP-22"`, `"JP-09"`, `"JP-36"`, `"JP-13"`, `"JP-31"`, `"JP-16"`, `"JP-30"`, `"JP-06"`, `"JP-35"`, `"JP-19"`, `"JHR"`, `"KDH"`, `"KTN"`, `"KUL"`, `"LBN"`, `"MLK"`, `"NSN"`, `"PHG"`, `"PNG"`, `"PRK"`, `"PLS"`, `"PJY"`, `"SBH"`, `"SWK"`, `"SGR"`, `"TRG"`, `"AGU"`, `"BCN"`, `"BCS"`, `"CAM"`, `"CHP"`, `"CHH"`, `"CMX"`, `"COA"`, `"COL"`, `"DUR"`, `"GUA"`, `"GRO"`, `"HID"`, `"JAL"`, `"MIC"`, `"MOR"`, `"MEX"`, `"NAY"`, `"NLE"`, `"OAX"`, `"PUE"`, `"QUE"`, `"ROO"`, `"SLP"`, `"SIN"`, `"SON"`, `"TAB"`, `"TAM"`, `"TLA"`, `"VER"`, `"YUC"`, `"ZAC"`, `"AUK"`, `"BOP"`, `"CAN"`, `"CIT"`, `"GIS"`, `"HKB"`, `"MWT"`, `"MBH"`, `"NSN"`, `"NTL"`, `"OTA"`, `"STL"`, `"TKI"`, `"TAS"`, `"WKO"`, `"WGN"`, `"WTC"`, `"JK"`, `"BA"`, `"GB"`, `"IS"`, `"KP"`, `"PB"`, `"SD"`, `"AMA"`, `"ANC"`, `"APU"`, `"ARE"`, `"AYA"`, `"CAJ"`, `"CAL"`, `"CUS"`, `"HUV"`, `"HUC"`, `"ICA"`, `"JUN"`, `"LAL"`, `"LAM"`, `"LIM"`, `"LOR"`, `"MDD"`, `"MOQ"`, `"PAS"`, `"PIU"`, `"PUN"`, `"SAM"`, `"TAC"`, `"TUM"`, `"UCA"`, `"PH-ABR"`, `"PH-AGN"`, `"PH-AGS"`, `"PH-AKL"`, `"PH-ALB"`, `"PH-ANT"`, `"PH-APA"`, `"PH-AUR"`, `"PH-BAS"`, `"PH-BAN"`, `"PH-BTN"`, `"PH-BTG"`, `"PH-BEN"`, `"PH-BIL"`, `"PH-BOH"`, `"PH-BUK"`, `"PH-BUL"`, `"PH-CAG"`, `"PH-CAN"`, `"PH-CAS"`, `"PH-CAM"`, `"PH-CAP"`, `"PH-CAT"`, `"PH-CAV"`, `"PH-CEB"`, `"PH-NCO"`, `"PH-DAO"`, `"PH-DAV"`, `"PH-DAS"`, `"PH-EAS"`, `"PH-GUI"`, `"PH-IFU"`, `"PH-ILN"`, `"PH-ILS"`, `"PH-ILI"`, `"PH-ISA"`, `"PH-KAL"`, `"PH-LUN"`, `"PH-LAG"`, `"PH-LAN"`, `"PH-LAS"`, `"PH-LEY"`, `"PH-MAG"`, `"PH-MAD"`, `"PH-MAS"`, `"PH-00"`, `"PH-MSC"`, `"PH-MSR"`, `"PH-MOU"`, `"PH-NEC"`, `"PH-NER"`, `"PH-NSA"`, `"PH-NUE"`, `"PH-NUV"`, `"PH-MDC"`, `"PH-MDR"`, `"PH-PLW"`, `"PH-PAM"`, `"PH-PAN"`, `"PH-QUE"`, `"PH-QUI"`, `"PH-RIZ"`, `"PH-ROM"`, `"PH-WSA"`, `"PH-SAR"`, `"PH-SIG"`, `"PH-SOR"`, `"PH-SCO"`, `"PH-SLE"`, `"PH-SUK"`, `"PH-SLU"`, `"PH-SUN"`, `"PH-SUR"`, `"PH-TAR"`, `"PH-TAW"`, `"PH-ZMB"`, `"PH-ZAN"`, `"PH-ZAS"`, `"PH-ZSI"`, `"PT-20"`, `"PT-01"`, `"PT-02"`, `"PT-03"`, `"PT-04"`, `"PT-05"`, `"PT-06"`, `"PT-07"`, `"PT-08"`, `"PT-09"`, `"PT-10"`, `"PT-11"`, `"PT-30"`, `"PT-12"`, `"PT-13"`, `"PT-14"`, `"PT-15"`, `"PT-16"`, `"PT-17"`, `"PT-18"`, `"AB"`, `"AR"`, `"AG"`, `"BC"`, `"BH"`, `"BN"`, `"BT"`, `"BR"`, `"BV"`, `"B"`, `"BZ"`, `"CL"`, `"CS"`, `"CJ"`, `"CT"`, `"CV"`, `"DB"`, `"DJ"`, `"GL"`, `"GR"`, `"GJ"`, `"HR"`, `"HD"`, `"IL"`, `"IS"`, `"IF"`, `"MM"`, `"MH"`, `"MS"`, `"NT"`, `"OT"`, `"PH"`, `"SJ"`, `"SM"`, `"SB"`, `"SV"`, `"TR"`, `"TM"`, `"TL"`, `"VL"`, `"VS"`, `"VN"`, `"KR-26"`, `"KR-43"`, `"KR-44"`, `"KR-27"`, `"KR-30"`, `"KR-42"`, `"KR-29"`, `"KR-47"`, `"KR-41"`, `"KR-48"`, `"KR-28"`, `"KR-49"`, `"KR-45"`, `"KR-46"`, `"KR-50"`, `"KR-11"`, `"KR-31"`, `"C"`, `"VI"`, `"AB"`, `"A"`, `"AL"`, `"O"`, `"AV"`, `"BA"`, `"PM"`, `"B"`, `"BU"`, `"CC"`, `"CA"`, `"S"`, `"CS"`, `"CE"`, `"CR"`, `"CO"`, `"CU"`, `"GI"`, `"GR"`, `"GU"`, `"SS"`, `"H"`, `"HU"`, `"J"`, `"LO"`, `"GC"`, `"LE"`, `"L"`, `"LU"`, `"M"`, `"MA"`, `"ML"`, `"MU"`, `"NA"`, `"OR"`, `"P"`, `"PO"`, `"SA"`, `"TF"`, `"SG"`, `"SE"`, `"SO"`, `"T"`, `"TE"`, `"TO"`, `"V"`, `"VA"`, `"BI"`, `"ZA"`, `"Z"`, `"AZ"`, `"AJ"`, `"DU"`, `"FU"`, `"RK"`, `"SH"`, `"UQ"`, `"BFP"`, `"ENG"`, `"NIR"`, `"SCT"`, `"WLS"`, `"AR"`, `"CA"`, `"CL"`, `"CO"`, `"DU"`, `"FS"`, `"FD"`, `"LA"`, `"MA"`, `"MO"`, `"PA"`, `"RN"`, `"RV"`, `"RO"`, `"SA"`, `"SJ"`, `"SO"`, `"TA"`, `"TT"`.
        #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
        pub state: Option<String>,
        /// City name
        ///
        /// Required by the spec.
        #[serde(rename = "city", default, skip_serializing_if = "Option::is_none")]
        pub city: Option<String>,
        /// Street address line 1
        ///
        /// Required by the spec.
        #[serde(rename = "street1", default, skip_serializing_if = "Option::is_none")]
        pub street1: Option<String>,
        /// Street address line 2
        #[serde(rename = "street2", default, skip_serializing_if = "Option::is_none")]
        pub street2: Option<String>,
        /// Zip code
        ///
        /// Required by the spec.
        #[serde(rename = "zip", default, skip_serializing_if = "Option::is_none")]
        pub zip: Option<String>,
        /// Business Phone Number
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        /// Email
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
    }

    impl StoreShippingOriginDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            name: impl Into<String>,
            country: impl Into<String>,
            city: impl Into<String>,
            street1: impl Into<String>,
            zip: impl Into<String>,
        ) -> Self {
            Self {
                name: Some(name.into()),
                country: Some(country.into()),
                city: Some(city.into()),
                street1: Some(street1.into()),
                zip: Some(zip.into()),
                ..Self::default()
            }
        }
    }

    /// `StoreOrderNotificationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct StoreOrderNotificationDto {
        /// Store order notification enabled
        ///
        /// Required by the spec.
        #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
        pub enabled: Option<bool>,
        /// Store order email subject
        ///
        /// Required by the spec.
        #[serde(rename = "subject", default, skip_serializing_if = "Option::is_none")]
        pub subject: Option<String>,
        /// Email Template Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "emailTemplateId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub email_template_id: Option<String>,
        /// Default Email Template Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "defaultEmailTemplateId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub default_email_template_id: Option<String>,
    }

    impl StoreOrderNotificationDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            enabled: bool,
            subject: impl Into<String>,
            email_template_id: impl Into<String>,
            default_email_template_id: impl Into<String>,
        ) -> Self {
            Self {
                enabled: Some(enabled),
                subject: Some(subject.into()),
                email_template_id: Some(email_template_id.into()),
                default_email_template_id: Some(default_email_template_id.into()),
                ..Self::default()
            }
        }
    }

    /// `StoreOrderFulfillmentNotificationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct StoreOrderFulfillmentNotificationDto {
        /// Store order fulfillment notification enabled
        ///
        /// Required by the spec.
        #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
        pub enabled: Option<bool>,
        /// Store order fulfillment email subject
        ///
        /// Required by the spec.
        #[serde(rename = "subject", default, skip_serializing_if = "Option::is_none")]
        pub subject: Option<String>,
        /// Email Template Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "emailTemplateId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub email_template_id: Option<String>,
        /// Default Email Template Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "defaultEmailTemplateId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub default_email_template_id: Option<String>,
    }

    impl StoreOrderFulfillmentNotificationDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            enabled: bool,
            subject: impl Into<String>,
            email_template_id: impl Into<String>,
            default_email_template_id: impl Into<String>,
        ) -> Self {
            Self {
                enabled: Some(enabled),
                subject: Some(subject.into()),
                email_template_id: Some(email_template_id.into()),
                default_email_template_id: Some(default_email_template_id.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateStoreSettingDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateStoreSettingDto {
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
        /// Shipping origin address
        ///
        /// Required by the spec.
        #[serde(
            rename = "shippingOrigin",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub shipping_origin: Option<crate::apps::store::models::StoreShippingOriginDto>,
        /// Store order notification email
        #[serde(
            rename = "storeOrderNotification",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub store_order_notification: Option<crate::apps::store::models::StoreOrderNotificationDto>,
        /// Store order fulfillment notification email
        #[serde(
            rename = "storeOrderFulfillmentNotification",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub store_order_fulfillment_notification:
            Option<crate::apps::store::models::StoreOrderFulfillmentNotificationDto>,
    }

    impl CreateStoreSettingDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            shipping_origin: crate::apps::store::models::StoreShippingOriginDto,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                shipping_origin: Some(shipping_origin),
                ..Self::default()
            }
        }
    }

    /// `StoreSettingSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct StoreSettingSchema {
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
        /// Shipping origin address
        ///
        /// Required by the spec.
        #[serde(
            rename = "shippingOrigin",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub shipping_origin: Option<crate::apps::store::models::StoreShippingOriginDto>,
        /// Store order notification email
        #[serde(
            rename = "storeOrderNotification",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub store_order_notification: Option<crate::apps::store::models::StoreOrderNotificationDto>,
        /// Store order fulfillment notification email
        #[serde(
            rename = "storeOrderFulfillmentNotification",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub store_order_fulfillment_notification:
            Option<crate::apps::store::models::StoreOrderFulfillmentNotificationDto>,
        /// The unique identifier for the settings.
        ///
        /// Required by the spec.
        #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
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

    impl StoreSettingSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            alt_id: impl Into<String>,
            alt_type: impl Into<String>,
            shipping_origin: crate::apps::store::models::StoreShippingOriginDto,
            id: impl Into<String>,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                alt_id: Some(alt_id.into()),
                alt_type: Some(alt_type.into()),
                shipping_origin: Some(shipping_origin),
                id: Some(id.into()),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateStoreSettingResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateStoreSettingResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// Success message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Shipping carrier data
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::store::models::StoreSettingSchema>,
    }

    impl CreateStoreSettingResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: bool, data: crate::apps::store::models::StoreSettingSchema) -> Self {
            Self {
                status: Some(status),
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `GetStoreSettingResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetStoreSettingResponseDto {
        /// Status of api action
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<bool>,
        /// Success message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Shipping carrier data
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::store::models::StoreSettingSchema>,
    }

    impl GetStoreSettingResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(status: bool, data: crate::apps::store::models::StoreSettingSchema) -> Self {
            Self {
                status: Some(status),
                data: Some(data),
                ..Self::default()
            }
        }
    }
}

/// The Store API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct StoreApi {
    client: GhlClient,
}

impl StoreApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// List Shipping Zones
    ///
    /// The "List Shipping Zone" API allows to retrieve a list of shipping zone.
    ///
    /// `GET /store/shipping-zone`
    ///
    /// no `Version` header; retried after an unknown outcome; pages by Offset.
    pub fn list_shipping_zones(
        &self,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::ListShippingZones {
        let mut req = Request::new(
            http::Method::GET,
            "/store/shipping-zone",
            "/store/shipping-zone",
        );
        req = req.without_version();
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::ListShippingZones {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Shipping Zone
    ///
    /// The "Create Shipping Zone" API allows adding a new shipping zone.
    ///
    /// `POST /store/shipping-zone`
    ///
    /// no `Version` header; never repeated after an unknown outcome.
    pub fn create_shipping_zone(
        &self,
        body: &crate::apps::store::models::CreateShippingZoneDto,
    ) -> ops::CreateShippingZone {
        let mut req = Request::new(
            http::Method::POST,
            "/store/shipping-zone",
            "/store/shipping-zone",
        );
        req = req.without_version();
        req = crate::apps::support::json_body(req, body);
        ops::CreateShippingZone {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Shipping Zone
    ///
    /// The "List Shipping Zone" API allows to retrieve a paginated list of shipping zone.
    ///
    /// `GET /store/shipping-zone/{shippingZoneId}`
    ///
    /// no `Version` header; retried after an unknown outcome.
    pub fn get_shipping_zones(
        &self,
        shipping_zone_id: impl AsRef<str>,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::GetShippingZones {
        let mut req = Request::new(
            http::Method::GET,
            "/store/shipping-zone/{shippingZoneId}",
            format!(
                "/store/shipping-zone/{}",
                crate::request::segment(shipping_zone_id.as_ref())
            ),
        );
        req = req.without_version();
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::GetShippingZones {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Shipping Zone
    ///
    /// The "update Shipping Zone" API allows update a shipping zone to the system.
    ///
    /// `PUT /store/shipping-zone/{shippingZoneId}`
    ///
    /// no `Version` header; retried after an unknown outcome.
    pub fn update_shipping_zone(
        &self,
        shipping_zone_id: impl AsRef<str>,
        body: &crate::apps::store::models::UpdateShippingZoneDto,
    ) -> ops::UpdateShippingZone {
        let mut req = Request::new(
            http::Method::PUT,
            "/store/shipping-zone/{shippingZoneId}",
            format!(
                "/store/shipping-zone/{}",
                crate::request::segment(shipping_zone_id.as_ref())
            ),
        );
        req = req.without_version();
        req = crate::apps::support::json_body(req, body);
        ops::UpdateShippingZone {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete shipping zone
    ///
    /// Delete specific shipping zone with Id :shippingZoneId
    ///
    /// `DELETE /store/shipping-zone/{shippingZoneId}`
    ///
    /// no `Version` header; retried after an unknown outcome.
    pub fn delete_shipping_zone(
        &self,
        shipping_zone_id: impl AsRef<str>,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::DeleteShippingZone {
        let mut req = Request::new(
            http::Method::DELETE,
            "/store/shipping-zone/{shippingZoneId}",
            format!(
                "/store/shipping-zone/{}",
                crate::request::segment(shipping_zone_id.as_ref())
            ),
        );
        req = req.without_version();
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::DeleteShippingZone {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get available shipping rates
    ///
    /// This return available shipping rates for country based on order amount
    ///
    /// `POST /store/shipping-zone/shipping-rates`
    ///
    /// no `Version` header; never repeated after an unknown outcome.
    pub fn get_available_shipping_zones(
        &self,
        body: &crate::apps::store::models::GetAvailableShippingRates,
    ) -> ops::GetAvailableShippingZones {
        let mut req = Request::new(
            http::Method::POST,
            "/store/shipping-zone/shipping-rates",
            "/store/shipping-zone/shipping-rates",
        );
        req = req.without_version();
        req = crate::apps::support::json_body(req, body);
        ops::GetAvailableShippingZones {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List Shipping Rates
    ///
    /// The "List Shipping Rate" API allows to retrieve a list of shipping rate.
    ///
    /// `GET /store/shipping-zone/{shippingZoneId}/shipping-rate`
    ///
    /// no `Version` header; retried after an unknown outcome; pages by Offset.
    pub fn list_shipping_rates(
        &self,
        shipping_zone_id: impl AsRef<str>,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::ListShippingRates {
        let mut req = Request::new(
            http::Method::GET,
            "/store/shipping-zone/{shippingZoneId}/shipping-rate",
            format!(
                "/store/shipping-zone/{}/shipping-rate",
                crate::request::segment(shipping_zone_id.as_ref())
            ),
        );
        req = req.without_version();
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::ListShippingRates {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Shipping Rate
    ///
    /// The "Create Shipping Rate" API allows adding a new shipping rate.
    ///
    /// `POST /store/shipping-zone/{shippingZoneId}/shipping-rate`
    ///
    /// no `Version` header; never repeated after an unknown outcome.
    pub fn create_shipping_rate(
        &self,
        shipping_zone_id: impl AsRef<str>,
        body: &crate::apps::store::models::CreateShippingRateDto,
    ) -> ops::CreateShippingRate {
        let mut req = Request::new(
            http::Method::POST,
            "/store/shipping-zone/{shippingZoneId}/shipping-rate",
            format!(
                "/store/shipping-zone/{}/shipping-rate",
                crate::request::segment(shipping_zone_id.as_ref())
            ),
        );
        req = req.without_version();
        req = crate::apps::support::json_body(req, body);
        ops::CreateShippingRate {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Shipping Rate
    ///
    /// The "List Shipping Rate" API allows to retrieve a paginated list of shipping rate.
    ///
    /// `GET /store/shipping-zone/{shippingZoneId}/shipping-rate/{shippingRateId}`
    ///
    /// no `Version` header; retried after an unknown outcome.
    pub fn get_shipping_rates(
        &self,
        shipping_zone_id: impl AsRef<str>,
        shipping_rate_id: impl AsRef<str>,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::GetShippingRates {
        let mut req = Request::new(
            http::Method::GET,
            "/store/shipping-zone/{shippingZoneId}/shipping-rate/{shippingRateId}",
            format!(
                "/store/shipping-zone/{}/shipping-rate/{}",
                crate::request::segment(shipping_zone_id.as_ref()),
                crate::request::segment(shipping_rate_id.as_ref())
            ),
        );
        req = req.without_version();
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::GetShippingRates {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Shipping Rate
    ///
    /// The "update Shipping Rate" API allows update a shipping rate to the system.
    ///
    /// `PUT /store/shipping-zone/{shippingZoneId}/shipping-rate/{shippingRateId}`
    ///
    /// no `Version` header; retried after an unknown outcome.
    pub fn update_shipping_rate(
        &self,
        shipping_zone_id: impl AsRef<str>,
        shipping_rate_id: impl AsRef<str>,
        body: &crate::apps::store::models::UpdateShippingRateDto,
    ) -> ops::UpdateShippingRate {
        let mut req = Request::new(
            http::Method::PUT,
            "/store/shipping-zone/{shippingZoneId}/shipping-rate/{shippingRateId}",
            format!(
                "/store/shipping-zone/{}/shipping-rate/{}",
                crate::request::segment(shipping_zone_id.as_ref()),
                crate::request::segment(shipping_rate_id.as_ref())
            ),
        );
        req = req.without_version();
        req = crate::apps::support::json_body(req, body);
        ops::UpdateShippingRate {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete shipping rate
    ///
    /// Delete specific shipping rate with Id :shippingRateId
    ///
    /// `DELETE /store/shipping-zone/{shippingZoneId}/shipping-rate/{shippingRateId}`
    ///
    /// no `Version` header; retried after an unknown outcome.
    pub fn delete_shipping_rate(
        &self,
        shipping_zone_id: impl AsRef<str>,
        shipping_rate_id: impl AsRef<str>,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::DeleteShippingRate {
        let mut req = Request::new(
            http::Method::DELETE,
            "/store/shipping-zone/{shippingZoneId}/shipping-rate/{shippingRateId}",
            format!(
                "/store/shipping-zone/{}/shipping-rate/{}",
                crate::request::segment(shipping_zone_id.as_ref()),
                crate::request::segment(shipping_rate_id.as_ref())
            ),
        );
        req = req.without_version();
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::DeleteShippingRate {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List Shipping Carriers
    ///
    /// The "List Shipping Carrier" API allows to retrieve a list of shipping carrier.
    ///
    /// `GET /store/shipping-carrier`
    ///
    /// no `Version` header; retried after an unknown outcome.
    pub fn list_shipping_carriers(
        &self,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::ListShippingCarriers {
        let mut req = Request::new(
            http::Method::GET,
            "/store/shipping-carrier",
            "/store/shipping-carrier",
        );
        req = req.without_version();
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::ListShippingCarriers {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Shipping Carrier
    ///
    /// The "Create Shipping Carrier" API allows adding a new shipping carrier.
    ///
    /// `POST /store/shipping-carrier`
    ///
    /// no `Version` header; never repeated after an unknown outcome.
    pub fn create_shipping_carrier(
        &self,
        body: &crate::apps::store::models::CreateShippingCarrierDto,
    ) -> ops::CreateShippingCarrier {
        let mut req = Request::new(
            http::Method::POST,
            "/store/shipping-carrier",
            "/store/shipping-carrier",
        );
        req = req.without_version();
        req = crate::apps::support::json_body(req, body);
        ops::CreateShippingCarrier {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Shipping Carrier
    ///
    /// The "List Shipping Carrier" API allows to retrieve a paginated list of shipping carrier.
    ///
    /// `GET /store/shipping-carrier/{shippingCarrierId}`
    ///
    /// no `Version` header; retried after an unknown outcome.
    pub fn get_shipping_carriers(
        &self,
        shipping_carrier_id: impl AsRef<str>,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::GetShippingCarriers {
        let mut req = Request::new(
            http::Method::GET,
            "/store/shipping-carrier/{shippingCarrierId}",
            format!(
                "/store/shipping-carrier/{}",
                crate::request::segment(shipping_carrier_id.as_ref())
            ),
        );
        req = req.without_version();
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::GetShippingCarriers {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Shipping Carrier
    ///
    /// The "update Shipping Carrier" API allows update a shipping carrier to the system.
    ///
    /// `PUT /store/shipping-carrier/{shippingCarrierId}`
    ///
    /// no `Version` header; retried after an unknown outcome.
    pub fn update_shipping_carrier(
        &self,
        shipping_carrier_id: impl AsRef<str>,
        body: &crate::apps::store::models::UpdateShippingCarrierDto,
    ) -> ops::UpdateShippingCarrier {
        let mut req = Request::new(
            http::Method::PUT,
            "/store/shipping-carrier/{shippingCarrierId}",
            format!(
                "/store/shipping-carrier/{}",
                crate::request::segment(shipping_carrier_id.as_ref())
            ),
        );
        req = req.without_version();
        req = crate::apps::support::json_body(req, body);
        ops::UpdateShippingCarrier {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete shipping carrier
    ///
    /// Delete specific shipping carrier with Id :shippingCarrierId
    ///
    /// `DELETE /store/shipping-carrier/{shippingCarrierId}`
    ///
    /// no `Version` header; retried after an unknown outcome.
    pub fn delete_shipping_carrier(
        &self,
        shipping_carrier_id: impl AsRef<str>,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::DeleteShippingCarrier {
        let mut req = Request::new(
            http::Method::DELETE,
            "/store/shipping-carrier/{shippingCarrierId}",
            format!(
                "/store/shipping-carrier/{}",
                crate::request::segment(shipping_carrier_id.as_ref())
            ),
        );
        req = req.without_version();
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::DeleteShippingCarrier {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Store Settings
    ///
    /// Get store settings by altId and altType.
    ///
    /// `GET /store/store-setting`
    ///
    /// no `Version` header; retried after an unknown outcome.
    pub fn get_store_settings(
        &self,
        alt_id: impl Into<String>,
        alt_type: impl Into<String>,
    ) -> ops::GetStoreSettings {
        let mut req = Request::new(
            http::Method::GET,
            "/store/store-setting",
            "/store/store-setting",
        );
        req = req.without_version();
        req = req.query_pair("altId", alt_id.into());
        req = req.query_pair("altType", alt_type.into());
        ops::GetStoreSettings {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create/Update Store Settings
    ///
    /// Create or update store settings by altId and altType.
    ///
    /// `POST /store/store-setting`
    ///
    /// no `Version` header; never repeated after an unknown outcome.
    pub fn create_store_setting(
        &self,
        body: &crate::apps::store::models::CreateStoreSettingDto,
    ) -> ops::CreateStoreSetting {
        let mut req = Request::new(
            http::Method::POST,
            "/store/store-setting",
            "/store/store-setting",
        );
        req = req.without_version();
        req = crate::apps::support::json_body(req, body);
        ops::CreateStoreSetting {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Store API operations (generated from GHL's spec).
    pub fn store(&self) -> StoreApi {
        StoreApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /store/shipping-zone` request being built, to send with [`ListShippingZones::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListShippingZones {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ListShippingZones {
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

        /// Include shipping rates array
        pub fn with_shipping_rate(mut self, value: bool) -> Self {
            self.request = self
                .request
                .query_pair("withShippingRate", value.to_string());
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
        ) -> Result<crate::Page<crate::apps::store::models::ShippingZoneSchema>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("offset"),
                cursor,
                |r: crate::apps::store::models::ListShippingZoneResponseDto| {
                    (r.data.unwrap_or_default(), r.total.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<crate::apps::store::models::ShippingZoneSchema> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::store::models::ListShippingZoneResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /store/shipping-zone` request being built, to send with [`CreateShippingZone::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateShippingZone {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateShippingZone {
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
        ) -> Result<crate::apps::store::models::CreateShippingZoneResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /store/shipping-zone/{shippingZoneId}` request being built, to send with [`GetShippingZones::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetShippingZones {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetShippingZones {
        /// Include shipping rates array
        pub fn with_shipping_rate(mut self, value: bool) -> Self {
            self.request = self
                .request
                .query_pair("withShippingRate", value.to_string());
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
        pub async fn send(self) -> Result<crate::apps::store::models::GetShippingZoneResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /store/shipping-zone/{shippingZoneId}` request being built, to send with [`UpdateShippingZone::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateShippingZone {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateShippingZone {
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
        ) -> Result<crate::apps::store::models::UpdateShippingZoneResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /store/shipping-zone/{shippingZoneId}` request being built, to send with [`DeleteShippingZone::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteShippingZone {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteShippingZone {
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
        ) -> Result<crate::apps::store::models::DeleteShippingZoneResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /store/shipping-zone/shipping-rates` request being built, to send with [`GetAvailableShippingZones::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAvailableShippingZones {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAvailableShippingZones {
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
        ) -> Result<crate::apps::store::models::GetAvailableShippingRatesResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /store/shipping-zone/{shippingZoneId}/shipping-rate` request being built, to send with [`ListShippingRates::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListShippingRates {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ListShippingRates {
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
        ) -> Result<crate::Page<crate::apps::store::models::ShippingRateSchema>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("offset"),
                cursor,
                |r: crate::apps::store::models::ListShippingRateResponseDto| {
                    (r.data.unwrap_or_default(), r.total.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<crate::apps::store::models::ShippingRateSchema> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::store::models::ListShippingRateResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /store/shipping-zone/{shippingZoneId}/shipping-rate` request being built, to send with [`CreateShippingRate::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateShippingRate {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateShippingRate {
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
        ) -> Result<crate::apps::store::models::CreateShippingRateResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /store/shipping-zone/{shippingZoneId}/shipping-rate/{shippingRateId}` request being built, to send with [`GetShippingRates::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetShippingRates {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetShippingRates {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::store::models::GetShippingRateResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /store/shipping-zone/{shippingZoneId}/shipping-rate/{shippingRateId}` request being built, to send with [`UpdateShippingRate::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateShippingRate {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateShippingRate {
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
        ) -> Result<crate::apps::store::models::UpdateShippingRateResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /store/shipping-zone/{shippingZoneId}/shipping-rate/{shippingRateId}` request being built, to send with [`DeleteShippingRate::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteShippingRate {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteShippingRate {
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
        ) -> Result<crate::apps::store::models::DeleteShippingRateResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /store/shipping-carrier` request being built, to send with [`ListShippingCarriers::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListShippingCarriers {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ListShippingCarriers {
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
        ) -> Result<crate::apps::store::models::ListShippingCarrierResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /store/shipping-carrier` request being built, to send with [`CreateShippingCarrier::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateShippingCarrier {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateShippingCarrier {
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
        ) -> Result<crate::apps::store::models::CreateShippingCarrierResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /store/shipping-carrier/{shippingCarrierId}` request being built, to send with [`GetShippingCarriers::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetShippingCarriers {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetShippingCarriers {
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
        ) -> Result<crate::apps::store::models::GetShippingCarrierResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /store/shipping-carrier/{shippingCarrierId}` request being built, to send with [`UpdateShippingCarrier::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateShippingCarrier {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateShippingCarrier {
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
        ) -> Result<crate::apps::store::models::UpdateShippingCarrierResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /store/shipping-carrier/{shippingCarrierId}` request being built, to send with [`DeleteShippingCarrier::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteShippingCarrier {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteShippingCarrier {
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
        ) -> Result<crate::apps::store::models::DeleteShippingCarrierResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /store/store-setting` request being built, to send with [`GetStoreSettings::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetStoreSettings {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetStoreSettings {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::store::models::GetStoreSettingResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /store/store-setting` request being built, to send with [`CreateStoreSetting::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateStoreSetting {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateStoreSetting {
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
        ) -> Result<crate::apps::store::models::CreateStoreSettingResponseDto> {
            self.client.send(self.request).await
        }
    }
}
