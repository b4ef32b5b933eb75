//! Email ISV API: 1 operations.
//!
//! Generated from GHL's `apps/email-isv.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `EmailNotVerifiedResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct EmailNotVerifiedResponseDto {
        /// Email verification not processed
        ///
        /// Required by the spec.
        #[serde(rename = "verified", default, skip_serializing_if = "Option::is_none")]
        pub verified: Option<bool>,
        /// Email verification failure message
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Email address
        #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
        pub address: Option<String>,
    }

    impl EmailNotVerifiedResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(verified: bool) -> Self {
            Self {
                verified: Some(verified),
                ..Self::default()
            }
        }
    }

    /// `LeadConnectorRecomandationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LeadConnectorRecomandationDto {
        /// Email verification status
        #[serde(
            rename = "isEmailValid",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_email_valid: Option<bool>,
    }

    /// `EmailVerifiedResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct EmailVerifiedResponseDto {
        /// Reason for email verification failure
        #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
        pub reason: Option<Vec<String>>,
        /// Email verification result
        ///
        /// One of: `"deliverable"`, `"undeliverable"`, `"do_not_send"`, `"unknown"`, `"catch_all"`.
        ///
        /// Required by the spec.
        #[serde(rename = "result", default, skip_serializing_if = "Option::is_none")]
        pub result: Option<String>,
        /// Risk level of email sending to bounce
        ///
        /// One of: `"high"`, `"low"`, `"medium"`, `"unknown"`.
        ///
        /// Required by the spec.
        #[serde(rename = "risk", default, skip_serializing_if = "Option::is_none")]
        pub risk: Option<String>,
        /// Email address
        ///
        /// Required by the spec.
        #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
        pub address: Option<String>,
        /// Lead Connector email verification recomendation
        ///
        /// Required by the spec.
        #[serde(
            rename = "leadconnectorRecomendation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub leadconnector_recomendation:
            Option<crate::apps::email_isv::models::LeadConnectorRecomandationDto>,
    }

    impl EmailVerifiedResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            result: impl Into<String>,
            risk: impl Into<String>,
            address: impl Into<String>,
            leadconnector_recomendation: crate::apps::email_isv::models::LeadConnectorRecomandationDto,
        ) -> Self {
            Self {
                result: Some(result.into()),
                risk: Some(risk.into()),
                address: Some(address.into()),
                leadconnector_recomendation: Some(leadconnector_recomendation),
                ..Self::default()
            }
        }
    }

    /// `VerificationBodyDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct VerificationBodyDto {
        /// Email Verification type
        ///
        /// One of: `"email"`, `"contact"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Email Verification recepient (email address / contactId)
        ///
        /// Required by the spec.
        #[serde(rename = "verify", default, skip_serializing_if = "Option::is_none")]
        pub verify: Option<String>,
    }

    impl VerificationBodyDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(r#type: impl Into<String>, verify: impl Into<String>) -> Self {
            Self {
                r#type: Some(r#type.into()),
                verify: Some(verify.into()),
                ..Self::default()
            }
        }
    }
}

/// The Email ISV API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct EmailIsvApi {
    client: GhlClient,
}

impl EmailIsvApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Email Verification
    ///
    /// Verify Email
    ///
    /// `POST /email/verify`
    ///
    /// Version `2021-07-28`; never repeated after an unknown outcome.
    pub fn verify_email(
        &self,
        location_id: impl Into<String>,
        body: &crate::apps::email_isv::models::VerificationBodyDto,
    ) -> ops::VerifyEmail {
        let mut req = Request::new(http::Method::POST, "/email/verify", "/email/verify");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        req = crate::apps::support::json_body(req, body);
        ops::VerifyEmail {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Email ISV API operations (generated from GHL's spec).
    pub fn email_isv(&self) -> EmailIsvApi {
        EmailIsvApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `POST /email/verify` request being built, to send with [`VerifyEmail::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct VerifyEmail {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl VerifyEmail {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<serde_json::Value> {
            self.client.send(self.request).await
        }
    }
}
