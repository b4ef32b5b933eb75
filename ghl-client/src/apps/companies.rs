//! Companies API: 1 operations.
//!
//! Generated from GHL's `apps/companies.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `IOnboardingDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct IOnboardingDto {
        ///
        /// Required by the spec.
        #[serde(rename = "pending", default, skip_serializing_if = "Option::is_none")]
        pub pending: Option<bool>,
        /// `haveWebsite`.
        #[serde(
            rename = "haveWebsite",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub have_website: Option<bool>,
        /// `websiteUrl`.
        #[serde(
            rename = "websiteUrl",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub website_url: Option<String>,
        /// `industryServed`.
        #[serde(
            rename = "industryServed",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub industry_served: Option<String>,
        /// `customerCount`.
        #[serde(
            rename = "customerCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub customer_count: Option<String>,
        /// `tools`.
        #[serde(rename = "tools", default, skip_serializing_if = "Option::is_none")]
        pub tools: Option<Vec<String>>,
        /// `location`.
        #[serde(rename = "location", default, skip_serializing_if = "Option::is_none")]
        pub location: Option<bool>,
        /// `conversationDemo`.
        #[serde(
            rename = "conversationDemo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversation_demo: Option<bool>,
        /// `locationId`.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// `snapshotId`.
        #[serde(
            rename = "snapshotId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub snapshot_id: Option<String>,
        /// Selected agency plan unique plan Id
        #[serde(rename = "planId", default, skip_serializing_if = "Option::is_none")]
        pub plan_id: Option<String>,
        /// Set to true if it is from affiliate
        #[serde(
            rename = "affiliateSignup",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub affiliate_signup: Option<bool>,
        /// Set to true if user joined onboarding call
        #[serde(
            rename = "hasJoinedKickoffCall",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub has_joined_kickoff_call: Option<bool>,
        /// Set to true if user joined onboarding call
        #[serde(
            rename = "kickoffActionTaken",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub kickoff_action_taken: Option<bool>,
        /// Set to true if user joined implementation call
        #[serde(
            rename = "hasJoinedImplementationCall",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub has_joined_implementation_call: Option<bool>,
        /// This helps in A/B tracking of onboarding flow
        #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
        pub version: Option<String>,
        /// metaData for onboarding
        #[serde(rename = "metaData", default, skip_serializing_if = "Option::is_none")]
        pub meta_data: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl IOnboardingDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(pending: bool) -> Self {
            Self {
                pending: Some(pending),
                ..Self::default()
            }
        }
    }

    /// `GetCompanyByIdSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetCompanyByIdSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// `email`.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// `logoUrl`.
        #[serde(rename = "logoUrl", default, skip_serializing_if = "Option::is_none")]
        pub logo_url: Option<String>,
        /// `phone`.
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        /// `website`.
        #[serde(rename = "website", default, skip_serializing_if = "Option::is_none")]
        pub website: Option<String>,
        /// `domain`.
        #[serde(rename = "domain", default, skip_serializing_if = "Option::is_none")]
        pub domain: Option<String>,
        /// `spareDomain`.
        #[serde(
            rename = "spareDomain",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub spare_domain: Option<String>,
        /// `privacyPolicy`.
        #[serde(
            rename = "privacyPolicy",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub privacy_policy: Option<String>,
        /// `termsConditions`.
        #[serde(
            rename = "termsConditions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub terms_conditions: Option<String>,
        /// `address`.
        #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
        pub address: Option<String>,
        /// `city`.
        #[serde(rename = "city", default, skip_serializing_if = "Option::is_none")]
        pub city: Option<String>,
        /// `postalCode`.
        #[serde(
            rename = "postalCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub postal_code: Option<String>,
        /// `country`.
        #[serde(rename = "country", default, skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
        /// `state`.
        #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
        pub state: Option<String>,
        /// `timezone`.
        #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
        pub timezone: Option<String>,
        /// `relationshipNumber`.
        #[serde(
            rename = "relationshipNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub relationship_number: Option<String>,
        /// `subdomain`.
        #[serde(rename = "subdomain", default, skip_serializing_if = "Option::is_none")]
        pub subdomain: Option<String>,
        /// `plan`.
        #[serde(rename = "plan", default, skip_serializing_if = "Option::is_none")]
        pub plan: Option<f64>,
        /// `currency`.
        #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// `customerType`.
        #[serde(
            rename = "customerType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub customer_type: Option<String>,
        /// `termsOfServiceVersion`.
        #[serde(
            rename = "termsOfServiceVersion",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub terms_of_service_version: Option<String>,
        /// `termsOfServiceAcceptedBy`.
        #[serde(
            rename = "termsOfServiceAcceptedBy",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub terms_of_service_accepted_by: Option<String>,
        /// `twilioTrialMode`.
        #[serde(
            rename = "twilioTrialMode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub twilio_trial_mode: Option<bool>,
        /// `twilioFreeCredits`.
        #[serde(
            rename = "twilioFreeCredits",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub twilio_free_credits: Option<f64>,
        /// `termsOfServiceAcceptedDate`.
        #[serde(
            rename = "termsOfServiceAcceptedDate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub terms_of_service_accepted_date: Option<String>,
        /// `privacyPolicyVersion`.
        #[serde(
            rename = "privacyPolicyVersion",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub privacy_policy_version: Option<String>,
        /// `privacyPolicyAcceptedBy`.
        #[serde(
            rename = "privacyPolicyAcceptedBy",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub privacy_policy_accepted_by: Option<String>,
        /// `privacyPolicyAcceptedDate`.
        #[serde(
            rename = "privacyPolicyAcceptedDate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub privacy_policy_accepted_date: Option<String>,
        /// `affiliatePolicyVersion`.
        #[serde(
            rename = "affiliatePolicyVersion",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub affiliate_policy_version: Option<String>,
        /// `affiliatePolicyAcceptedBy`.
        #[serde(
            rename = "affiliatePolicyAcceptedBy",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub affiliate_policy_accepted_by: Option<String>,
        /// `affiliatePolicyAcceptedDate`.
        #[serde(
            rename = "affiliatePolicyAcceptedDate",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub affiliate_policy_accepted_date: Option<String>,
        /// `isReselling`.
        #[serde(
            rename = "isReselling",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_reselling: Option<bool>,
        /// `onboardingInfo`.
        #[serde(
            rename = "onboardingInfo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub onboarding_info: Option<crate::apps::companies::models::IOnboardingDto>,
        /// Flag to set if upgrade plan is enabled
        #[serde(
            rename = "upgradeEnabledForClients",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub upgrade_enabled_for_clients: Option<bool>,
        /// Flag to set if cancel plan is enabled
        #[serde(
            rename = "cancelEnabledForClients",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub cancel_enabled_for_clients: Option<bool>,
        /// Flag to set if auto suspend is enabled
        #[serde(
            rename = "autoSuspendEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub auto_suspend_enabled: Option<bool>,
        /// Saas Settings
        #[serde(
            rename = "saasSettings",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub saas_settings: Option<serde_json::Map<String, serde_json::Value>>,
        /// `stripeConnectId`.
        #[serde(
            rename = "stripeConnectId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub stripe_connect_id: Option<String>,
        /// `enableDepreciatedFeatures`.
        #[serde(
            rename = "enableDepreciatedFeatures",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_depreciated_features: Option<bool>,
        /// If you want to enable / disable Priority Support for any agency. Default value is false.
        #[serde(
            rename = "premiumUpgraded",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub premium_upgraded: Option<bool>,
        /// `status`.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// `locationCount`.
        #[serde(
            rename = "locationCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_count: Option<f64>,
        /// `disableEmailService`.
        #[serde(
            rename = "disableEmailService",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub disable_email_service: Option<bool>,
        /// `referralId`.
        #[serde(
            rename = "referralId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub referral_id: Option<String>,
        /// `isEnterpriseAccount`.
        #[serde(
            rename = "isEnterpriseAccount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_enterprise_account: Option<bool>,
        /// The business niche in which the agency is operating
        #[serde(
            rename = "businessNiche",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_niche: Option<String>,
        /// Business category
        #[serde(
            rename = "businessCategory",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_category: Option<String>,
        /// The affinity group of the agency
        #[serde(
            rename = "businessAffinityGroup",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_affinity_group: Option<String>,
        /// `isSandboxAccount`.
        #[serde(
            rename = "isSandboxAccount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_sandbox_account: Option<bool>,
        /// Flag to determine if new sub-accounts should use default data
        #[serde(
            rename = "enableNewSubAccountDefaultData",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_new_sub_account_default_data: Option<bool>,
    }

    /// `GetCompanyByIdSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetCompanyByIdSuccessfulResponseDto {
        /// `company`.
        #[serde(rename = "company", default, skip_serializing_if = "Option::is_none")]
        pub company: Option<crate::apps::companies::models::GetCompanyByIdSchema>,
    }
}

/// The Companies API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct CompaniesApi {
    client: GhlClient,
}

impl CompaniesApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Get Company
    ///
    /// Get Comapny
    ///
    /// `GET /companies/{companyId}`
    ///
    /// Version `2021-07-28`; scope `companies.readonly`; retried after an unknown outcome.
    pub fn get_company(&self, company_id: impl AsRef<str>) -> ops::GetCompany {
        let mut req = Request::new(
            http::Method::GET,
            "/companies/{companyId}",
            format!(
                "/companies/{}",
                crate::request::segment(company_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.resource(company_id.as_ref());
        ops::GetCompany {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Companies API operations (generated from GHL's spec).
    pub fn companies(&self) -> CompaniesApi {
        CompaniesApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /companies/{companyId}` request being built, to send with [`GetCompany::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCompany {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetCompany {
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
        ) -> Result<crate::apps::companies::models::GetCompanyByIdSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }
}
