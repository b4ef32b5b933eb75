//! Users API: 7 operations.
//!
//! Generated from GHL's `apps/users.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `PermissionsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PermissionsDto {
        /// `campaignsEnabled`.
        #[serde(
            rename = "campaignsEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub campaigns_enabled: Option<bool>,
        /// `campaignsReadOnly`.
        #[serde(
            rename = "campaignsReadOnly",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub campaigns_read_only: Option<bool>,
        /// `contactsEnabled`.
        #[serde(
            rename = "contactsEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contacts_enabled: Option<bool>,
        /// `workflowsEnabled`.
        #[serde(
            rename = "workflowsEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub workflows_enabled: Option<bool>,
        /// `workflowsReadOnly`.
        #[serde(
            rename = "workflowsReadOnly",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub workflows_read_only: Option<bool>,
        /// `triggersEnabled`.
        #[serde(
            rename = "triggersEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub triggers_enabled: Option<bool>,
        /// `funnelsEnabled`.
        #[serde(
            rename = "funnelsEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub funnels_enabled: Option<bool>,
        /// `websitesEnabled`.
        #[serde(
            rename = "websitesEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub websites_enabled: Option<bool>,
        /// `opportunitiesEnabled`.
        #[serde(
            rename = "opportunitiesEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub opportunities_enabled: Option<bool>,
        /// `dashboardStatsEnabled`.
        #[serde(
            rename = "dashboardStatsEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub dashboard_stats_enabled: Option<bool>,
        /// `bulkRequestsEnabled`.
        #[serde(
            rename = "bulkRequestsEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub bulk_requests_enabled: Option<bool>,
        /// `appointmentsEnabled`.
        #[serde(
            rename = "appointmentsEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub appointments_enabled: Option<bool>,
        /// `reviewsEnabled`.
        #[serde(
            rename = "reviewsEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub reviews_enabled: Option<bool>,
        /// `onlineListingsEnabled`.
        #[serde(
            rename = "onlineListingsEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub online_listings_enabled: Option<bool>,
        /// `phoneCallEnabled`.
        #[serde(
            rename = "phoneCallEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub phone_call_enabled: Option<bool>,
        /// `conversationsEnabled`.
        #[serde(
            rename = "conversationsEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub conversations_enabled: Option<bool>,
        /// `assignedDataOnly`.
        #[serde(
            rename = "assignedDataOnly",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assigned_data_only: Option<bool>,
        /// `adwordsReportingEnabled`.
        #[serde(
            rename = "adwordsReportingEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub adwords_reporting_enabled: Option<bool>,
        /// `membershipEnabled`.
        #[serde(
            rename = "membershipEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub membership_enabled: Option<bool>,
        /// `facebookAdsReportingEnabled`.
        #[serde(
            rename = "facebookAdsReportingEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub facebook_ads_reporting_enabled: Option<bool>,
        /// `attributionsReportingEnabled`.
        #[serde(
            rename = "attributionsReportingEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attributions_reporting_enabled: Option<bool>,
        /// `settingsEnabled`.
        #[serde(
            rename = "settingsEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub settings_enabled: Option<bool>,
        /// `tagsEnabled`.
        #[serde(
            rename = "tagsEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tags_enabled: Option<bool>,
        /// `leadValueEnabled`.
        #[serde(
            rename = "leadValueEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub lead_value_enabled: Option<bool>,
        /// `marketingEnabled`.
        #[serde(
            rename = "marketingEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub marketing_enabled: Option<bool>,
        /// `agentReportingEnabled`.
        #[serde(
            rename = "agentReportingEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub agent_reporting_enabled: Option<bool>,
        /// `botService`.
        #[serde(
            rename = "botService",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub bot_service: Option<bool>,
        /// `socialPlanner`.
        #[serde(
            rename = "socialPlanner",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub social_planner: Option<bool>,
        /// `bloggingEnabled`.
        #[serde(
            rename = "bloggingEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub blogging_enabled: Option<bool>,
        /// `invoiceEnabled`.
        #[serde(
            rename = "invoiceEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub invoice_enabled: Option<bool>,
        /// `affiliateManagerEnabled`.
        #[serde(
            rename = "affiliateManagerEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub affiliate_manager_enabled: Option<bool>,
        /// `contentAiEnabled`.
        #[serde(
            rename = "contentAiEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub content_ai_enabled: Option<bool>,
        /// `refundsEnabled`.
        #[serde(
            rename = "refundsEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub refunds_enabled: Option<bool>,
        /// `recordPaymentEnabled`.
        #[serde(
            rename = "recordPaymentEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub record_payment_enabled: Option<bool>,
        /// `cancelSubscriptionEnabled`.
        #[serde(
            rename = "cancelSubscriptionEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub cancel_subscription_enabled: Option<bool>,
        /// `paymentsEnabled`.
        #[serde(
            rename = "paymentsEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub payments_enabled: Option<bool>,
        /// `communitiesEnabled`.
        #[serde(
            rename = "communitiesEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub communities_enabled: Option<bool>,
        /// `exportPaymentsEnabled`.
        #[serde(
            rename = "exportPaymentsEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub export_payments_enabled: Option<bool>,
    }

    /// `RoleSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct RoleSchema {
        /// `type`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// `role`.
        #[serde(rename = "role", default, skip_serializing_if = "Option::is_none")]
        pub role: Option<String>,
        /// `locationIds`.
        #[serde(
            rename = "locationIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_ids: Option<Vec<String>>,
        /// `restrictSubAccount`.
        #[serde(
            rename = "restrictSubAccount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub restrict_sub_account: Option<bool>,
    }

    /// `UserSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UserSchema {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
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
        /// `extension`.
        #[serde(rename = "extension", default, skip_serializing_if = "Option::is_none")]
        pub extension: Option<String>,
        /// `permissions`.
        #[serde(
            rename = "permissions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub permissions: Option<crate::apps::users::models::PermissionsDto>,
        /// One of: `"campaigns.readonly"`, `"campaigns.write"`, `"calendars.readonly"`, `"calendars/events.write"`, `"calendars/groups.write"`, `"calendars.write"`, `"contacts.write"`, `"contacts/bulkActions.write"`, `"workflows.readonly"`, `"workflows.write"`, `"triggers.write"`, `"funnels.write"`, `"forms.write"`, `"surveys.write"`, `"quizzes.write"`, `"websites.write"`, `"medias.write"`, `"medias.readonly"`, `"opportunities.write"`, `"opportunities/leadValue.readonly"`, `"opportunities/bulkActions.write"`, `"reporting/phone.readonly"`, `"reporting/adwords.readonly"`, `"reporting/facebookAds.readonly"`, `"reporting/attributions.readonly"`, `"prospecting/auditReport.write"`, `"reporting/reports.readonly"`, `"reporting/agent.readonly"`, `"reporting/reports.write"`, `"reporting/stats.export"`, `"payments.write"`, `"payments/records.write"`, `"payments/orders.readonly"`, `"payments/orders.export"`, `"payments/orders.import"`, `"payments/orders.collectPayment"`, `"payments/subscriptions.readonly"`, `"payments/subscriptions.write"`, `"payments/subscriptions.update"`, `"payments/subscriptions.export"`, `"payments/subscriptions.pauseResumeCancel"`, `"payments/subscriptions.sharePaymentMethod"`, `"payments/transactions.readonly"`, `"payments/transactions.export"`, `"payments/transactions.import"`, `"payments/transactions.refund"`, `"payments/transactions.viewReceipts"`, `"payments/taxesSettings.readonly"`, `"payments/settings.readonly"`, `"payments/taxesSettings.updateInclusiveExclusive"`, `"payments/taxesSettings.manageRates"`, `"payments/taxesSettings.configureAutomatic"`, `"products.readonly"`, `"products.write"`, `"products.delete"`, `"products.duplicate"`, `"products.bulkActions"`, `"payments/settings.write"`, `"payments/settings.configureReceipt"`, `"payments/settings.configureSubscription"`, `"invoices.write"`, `"invoices.readonly"`, `"invoices/schedule.readonly"`, `"invoices/schedule.write"`, `"invoices/template.readonly"`, `"invoices/template.write"`, `"reputation/review.write"`, `"reputation/listing.write"`, `"reputation/reviewsAIAgents.write"`, `"reputation/gbp.write"`, `"conversations.write"`, `"conversations.readonly"`, `"conversations/message.readonly"`, `"conversations/message.write"`, `"contentAI.write"`, `"dashboard/stats.readonly"`, `"locations/tags.write"`, `"locations/tags.readonly"`, `"marketing.write"`, `"eliza.write"`, `"settings.write"`, `"socialplanner/post.write"`, `"socialplanner/account.readonly"`, `"socialplanner/account.write"`, `"socialplanner/category.readonly"`, `"socialplanner/category.write"`, `"socialplanner/csv.readonly"`, `"socialplanner/csv.write"`, `"socialplanner/group.write"`, `"socialplanner/hashtag.readonly"`, `"socialplanner/hashtag.write"`, `"socialplanner/oauth.readonly"`, `"socialplanner/oauth.write"`, `"socialplanner/post.readonly"`, `"socialplanner/recurring.readonly"`, `"socialplanner/recurring.write"`, `"socialplanner/review.readonly"`, `"socialplanner/review.write"`, `"socialplanner/rss.readonly"`, `"socialplanner/rss.write"`, `"socialplanner/search.readonly"`, `"socialplanner/setting.readonly"`, `"socialplanner/setting.write"`, `"socialplanner/stat.readonly"`, `"socialplanner/tag.readonly"`, `"socialplanner/tag.write"`, `"socialplanner/filters.readonly"`, `"socialplanner/medias.readonly"`, `"socialplanner/medias.write"`, `"socialplanner/watermarks.readonly"`, `"socialplanner/watermarks.write"`, `"socialplanner/metatag.readonly"`, `"socialplanner/facebook.readonly"`, `"socialplanner/linkedin.readonly"`, `"socialplanner/twitter.readonly"`, `"socialplanner/notification.readonly"`, `"socialplanner/notification.write"`, `"socialplanner/snapshot.readonly"`, `"socialplanner/snapshot.write"`, `"marketing/affiliate.write"`, `"blogs.write"`, `"membership.write"`, `"communities.write"`, `"gokollab.write"`, `"certificates.write"`, `"certificates.readonly"`, `"adPublishing.write"`, `"adPublishing.readonly"`, `"prospecting.write"`, `"prospecting.readonly"`, `"prospecting/reports.readonly"`, `"private-integration-location.readonly"`, `"private-integration-location.write"`, `"private-integration-company.readonly"`, `"private-integration-company.write"`, `"native-integrations.readonly"`, `"native-integrations.write"`, `"wordpress.write"`, `"wordpress.read"`, `"custom-menu-link.write"`, `"qrcodes.write"`, `"users/team-management.write"`, `"users/team-management.readonly"`, `"loginas.write"`, `"users-sso-login-management.write"`, `"users-sso-login-management.readonly"`, `"sso-config.write"`, `"snapshots/api.readonly"`, `"snapshots/api.create"`, `"snapshots/api.edit"`, `"snapshots/api.push"`, `"snapshots/api.refresh"`, `"snapshots/api.share"`, `"snapshots/api.delete"`, `"internaltools.location-transfer.write"`, `"internaltools.location-transfer.readonly"`, `"affiliateportal.write"`, `"affiliateportal.readonly"`, `"companies.write"`, `"internaltools.billing.write"`, `"internaltools.billing.readonly"`, `"internaltools.billing-common.readonly"`, `"internaltools.billing-common.write"`, `"voice-ai-agents.write"`, `"voice-ai-agents.readonly"`, `"voice-ai-common.readonly"`, `"voice-ai-common.write"`, `"voice-ai-agent-goals.readonly"`, `"voice-ai-agent-goals.write"`, `"voice-ai-dashboard.readonly"`, `"agency/launchpad.write"`, `"agency/launchpad.readonly"`, `"launchpad/location.write"`, `"launchpad/location.readonly"`, `"text-ai-agents.write"`, `"text-ai-agent-goals.readonly"`, `"text-ai-agent-goals.write"`, `"text-ai-agent-training.write"`, `"text-ai-agents-dashboard.readonly"`, `"locations.create"`, `"locations.delete"`, `"locations.export.list"`, `"locations.features-limits.manage"`, `"locations.pause-resume"`, `"locations.agency-subaccounts.manage"`, `"locations.billing.manage"`, `"locations.details.manage"`, `"audit-logs.readonly"`, `"audit-logs.export"`.
        #[serde(rename = "scopes", default, skip_serializing_if = "Option::is_none")]
        pub scopes: Option<String>,
        /// `roles`.
        #[serde(rename = "roles", default, skip_serializing_if = "Option::is_none")]
        pub roles: Option<crate::apps::users::models::RoleSchema>,
        /// `deleted`.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// LC Phone Inbound Phone Numbers
        #[serde(rename = "lcPhone", default, skip_serializing_if = "Option::is_none")]
        pub lc_phone: Option<serde_json::Map<String, serde_json::Value>>,
        /// Platform language preference for the user
        ///
        /// One of: `"en_US"`, `"es"`, `"fr_CA"`, `"fr_FR"`, `"nl"`, `"de"`, `"pt_PT"`, `"pt_BR"`, `"it"`, `"sv"`, `"da"`, `"fi"`, `"no"`.
        #[serde(
            rename = "platformLanguage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub platform_language: Option<String>,
    }

    /// `SearchUserSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SearchUserSuccessfulResponseDto {
        /// `users`.
        #[serde(rename = "users", default, skip_serializing_if = "Option::is_none")]
        pub users: Option<Vec<crate::apps::users::models::UserSchema>>,
        /// `count`.
        #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
        pub count: Option<f64>,
    }

    /// `FilterByEmailDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FilterByEmailDto {
        /// Company ID to filter users
        ///
        /// Required by the spec.
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
        /// Comma-separated list of email addresses to filter users
        ///
        /// Required by the spec.
        #[serde(rename = "emails", default, skip_serializing_if = "Option::is_none")]
        pub emails: Option<String>,
        /// Filter deleted users
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// No of results to be skipped before returning the result
        #[serde(rename = "skip", default, skip_serializing_if = "Option::is_none")]
        pub skip: Option<String>,
        /// No of results to be limited before returning the result
        #[serde(rename = "limit", default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<String>,
        /// Projection fields to return. Use "all" for all fields, or specify comma-separated field names. Default returns only id and email
        #[serde(
            rename = "projection",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub projection: Option<String>,
    }

    impl FilterByEmailDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(company_id: impl Into<String>, emails: impl Into<String>) -> Self {
            Self {
                company_id: Some(company_id.into()),
                emails: Some(emails.into()),
                ..Self::default()
            }
        }
    }

    /// `LocationSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct LocationSuccessfulResponseDto {
        /// `users`.
        #[serde(rename = "users", default, skip_serializing_if = "Option::is_none")]
        pub users: Option<Vec<crate::apps::users::models::UserSchema>>,
    }

    /// `UserSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UserSuccessfulResponseDto {
        /// `id`.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// `name`.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
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
        /// `extension`.
        #[serde(rename = "extension", default, skip_serializing_if = "Option::is_none")]
        pub extension: Option<String>,
        /// `permissions`.
        #[serde(
            rename = "permissions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub permissions: Option<crate::apps::users::models::PermissionsDto>,
        /// One of: `"campaigns.readonly"`, `"campaigns.write"`, `"calendars.readonly"`, `"calendars/events.write"`, `"calendars/groups.write"`, `"calendars.write"`, `"contacts.write"`, `"contacts/bulkActions.write"`, `"workflows.readonly"`, `"workflows.write"`, `"triggers.write"`, `"funnels.write"`, `"forms.write"`, `"surveys.write"`, `"quizzes.write"`, `"websites.write"`, `"medias.write"`, `"medias.readonly"`, `"opportunities.write"`, `"opportunities/leadValue.readonly"`, `"opportunities/bulkActions.write"`, `"reporting/phone.readonly"`, `"reporting/adwords.readonly"`, `"reporting/facebookAds.readonly"`, `"reporting/attributions.readonly"`, `"prospecting/auditReport.write"`, `"reporting/reports.readonly"`, `"reporting/agent.readonly"`, `"reporting/reports.write"`, `"reporting/stats.export"`, `"payments.write"`, `"payments/records.write"`, `"payments/orders.readonly"`, `"payments/orders.export"`, `"payments/orders.import"`, `"payments/orders.collectPayment"`, `"payments/subscriptions.readonly"`, `"payments/subscriptions.write"`, `"payments/subscriptions.update"`, `"payments/subscriptions.export"`, `"payments/subscriptions.pauseResumeCancel"`, `"payments/subscriptions.sharePaymentMethod"`, `"payments/transactions.readonly"`, `"payments/transactions.export"`, `"payments/transactions.import"`, `"payments/transactions.refund"`, `"payments/transactions.viewReceipts"`, `"payments/taxesSettings.readonly"`, `"payments/settings.readonly"`, `"payments/taxesSettings.updateInclusiveExclusive"`, `"payments/taxesSettings.manageRates"`, `"payments/taxesSettings.configureAutomatic"`, `"products.readonly"`, `"products.write"`, `"products.delete"`, `"products.duplicate"`, `"products.bulkActions"`, `"payments/settings.write"`, `"payments/settings.configureReceipt"`, `"payments/settings.configureSubscription"`, `"invoices.write"`, `"invoices.readonly"`, `"invoices/schedule.readonly"`, `"invoices/schedule.write"`, `"invoices/template.readonly"`, `"invoices/template.write"`, `"reputation/review.write"`, `"reputation/listing.write"`, `"reputation/reviewsAIAgents.write"`, `"reputation/gbp.write"`, `"conversations.write"`, `"conversations.readonly"`, `"conversations/message.readonly"`, `"conversations/message.write"`, `"contentAI.write"`, `"dashboard/stats.readonly"`, `"locations/tags.write"`, `"locations/tags.readonly"`, `"marketing.write"`, `"eliza.write"`, `"settings.write"`, `"socialplanner/post.write"`, `"socialplanner/account.readonly"`, `"socialplanner/account.write"`, `"socialplanner/category.readonly"`, `"socialplanner/category.write"`, `"socialplanner/csv.readonly"`, `"socialplanner/csv.write"`, `"socialplanner/group.write"`, `"socialplanner/hashtag.readonly"`, `"socialplanner/hashtag.write"`, `"socialplanner/oauth.readonly"`, `"socialplanner/oauth.write"`, `"socialplanner/post.readonly"`, `"socialplanner/recurring.readonly"`, `"socialplanner/recurring.write"`, `"socialplanner/review.readonly"`, `"socialplanner/review.write"`, `"socialplanner/rss.readonly"`, `"socialplanner/rss.write"`, `"socialplanner/search.readonly"`, `"socialplanner/setting.readonly"`, `"socialplanner/setting.write"`, `"socialplanner/stat.readonly"`, `"socialplanner/tag.readonly"`, `"socialplanner/tag.write"`, `"socialplanner/filters.readonly"`, `"socialplanner/medias.readonly"`, `"socialplanner/medias.write"`, `"socialplanner/watermarks.readonly"`, `"socialplanner/watermarks.write"`, `"socialplanner/metatag.readonly"`, `"socialplanner/facebook.readonly"`, `"socialplanner/linkedin.readonly"`, `"socialplanner/twitter.readonly"`, `"socialplanner/notification.readonly"`, `"socialplanner/notification.write"`, `"socialplanner/snapshot.readonly"`, `"socialplanner/snapshot.write"`, `"marketing/affiliate.write"`, `"blogs.write"`, `"membership.write"`, `"communities.write"`, `"gokollab.write"`, `"certificates.write"`, `"certificates.readonly"`, `"adPublishing.write"`, `"adPublishing.readonly"`, `"prospecting.write"`, `"prospecting.readonly"`, `"prospecting/reports.readonly"`, `"private-integration-location.readonly"`, `"private-integration-location.write"`, `"private-integration-company.readonly"`, `"private-integration-company.write"`, `"native-integrations.readonly"`, `"native-integrations.write"`, `"wordpress.write"`, `"wordpress.read"`, `"custom-menu-link.write"`, `"qrcodes.write"`, `"users/team-management.write"`, `"users/team-management.readonly"`, `"loginas.write"`, `"users-sso-login-management.write"`, `"users-sso-login-management.readonly"`, `"sso-config.write"`, `"snapshots/api.readonly"`, `"snapshots/api.create"`, `"snapshots/api.edit"`, `"snapshots/api.push"`, `"snapshots/api.refresh"`, `"snapshots/api.share"`, `"snapshots/api.delete"`, `"internaltools.location-transfer.write"`, `"internaltools.location-transfer.readonly"`, `"affiliateportal.write"`, `"affiliateportal.readonly"`, `"companies.write"`, `"internaltools.billing.write"`, `"internaltools.billing.readonly"`, `"internaltools.billing-common.readonly"`, `"internaltools.billing-common.write"`, `"voice-ai-agents.write"`, `"voice-ai-agents.readonly"`, `"voice-ai-common.readonly"`, `"voice-ai-common.write"`, `"voice-ai-agent-goals.readonly"`, `"voice-ai-agent-goals.write"`, `"voice-ai-dashboard.readonly"`, `"agency/launchpad.write"`, `"agency/launchpad.readonly"`, `"launchpad/location.write"`, `"launchpad/location.readonly"`, `"text-ai-agents.write"`, `"text-ai-agent-goals.readonly"`, `"text-ai-agent-goals.write"`, `"text-ai-agent-training.write"`, `"text-ai-agents-dashboard.readonly"`, `"locations.create"`, `"locations.delete"`, `"locations.export.list"`, `"locations.features-limits.manage"`, `"locations.pause-resume"`, `"locations.agency-subaccounts.manage"`, `"locations.billing.manage"`, `"locations.details.manage"`, `"audit-logs.readonly"`, `"audit-logs.export"`.
        #[serde(rename = "scopes", default, skip_serializing_if = "Option::is_none")]
        pub scopes: Option<String>,
        /// `roles`.
        #[serde(rename = "roles", default, skip_serializing_if = "Option::is_none")]
        pub roles: Option<crate::apps::users::models::RoleSchema>,
        /// LC Phone Inbound Phone Numbers
        #[serde(rename = "lcPhone", default, skip_serializing_if = "Option::is_none")]
        pub lc_phone: Option<serde_json::Map<String, serde_json::Value>>,
        /// Platform language preference for the user
        ///
        /// One of: `"en_US"`, `"es"`, `"fr_CA"`, `"fr_FR"`, `"nl"`, `"de"`, `"pt_PT"`, `"pt_BR"`, `"it"`, `"sv"`, `"da"`, `"fi"`, `"no"`.
        #[serde(
            rename = "platformLanguage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub platform_language: Option<String>,
    }

    /// `CreateUserDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateUserDto {
        ///
        /// Required by the spec.
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "firstName", default, skip_serializing_if = "Option::is_none")]
        pub first_name: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "lastName", default, skip_serializing_if = "Option::is_none")]
        pub last_name: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "password", default, skip_serializing_if = "Option::is_none")]
        pub password: Option<String>,
        /// `phone`.
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "role", default, skip_serializing_if = "Option::is_none")]
        pub role: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_ids: Option<Vec<String>>,
        /// `permissions`.
        #[serde(
            rename = "permissions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub permissions: Option<crate::apps::users::models::PermissionsDto>,
        /// Scopes allowed for users. Only scopes that have been passed will be enabled. Note:- If passed empty all the scopes will be get disabled
        #[serde(rename = "scopes", default, skip_serializing_if = "Option::is_none")]
        pub scopes: Option<Vec<String>>,
        /// Assigned Scopes allowed for users. Only scopes that have been passed will be enabled. If passed empty all the assigned scopes will be get disabled
        #[serde(
            rename = "scopesAssignedToOnly",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub scopes_assigned_to_only: Option<Vec<String>>,
        /// `profilePhoto`.
        #[serde(
            rename = "profilePhoto",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub profile_photo: Option<String>,
        /// Per-location inbound Twilio number in E.164 format, keyed by location id (Call and Voicemail Inbound Number for direct Twilio, not LC Phone). Replacement semantics: if you send twilioPhone in the request body, the stored map is replaced entirely with this object (not merged). Any location id omitted from the object is removed from the saved map. Omit the twilioPhone property entirely to leave existing numbers unchanged. Send an empty object {} to clear all per-location numbers. To clear a single location only, set that location id to an empty string "".
        #[serde(
            rename = "twilioPhone",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub twilio_phone: Option<serde_json::Map<String, serde_json::Value>>,
        /// Platform language preference for the user
        ///
        /// One of: `"en_US"`, `"es"`, `"fr_CA"`, `"fr_FR"`, `"nl"`, `"de"`, `"pt_PT"`, `"pt_BR"`, `"it"`, `"sv"`, `"da"`, `"fi"`, `"no"`.
        #[serde(
            rename = "platformLanguage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub platform_language: Option<String>,
    }

    impl CreateUserDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            company_id: impl Into<String>,
            first_name: impl Into<String>,
            last_name: impl Into<String>,
            email: impl Into<String>,
            password: impl Into<String>,
            r#type: impl Into<String>,
            role: impl Into<String>,
            location_ids: Vec<String>,
        ) -> Self {
            Self {
                company_id: Some(company_id.into()),
                first_name: Some(first_name.into()),
                last_name: Some(last_name.into()),
                email: Some(email.into()),
                password: Some(password.into()),
                r#type: Some(r#type.into()),
                role: Some(role.into()),
                location_ids: Some(location_ids),
                ..Self::default()
            }
        }
    }

    /// `UpdateUserDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateUserDto {
        /// `firstName`.
        #[serde(rename = "firstName", default, skip_serializing_if = "Option::is_none")]
        pub first_name: Option<String>,
        /// `lastName`.
        #[serde(rename = "lastName", default, skip_serializing_if = "Option::is_none")]
        pub last_name: Option<String>,
        /// Email update is no longer supported due to security reasons.
        #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// `password`.
        #[serde(rename = "password", default, skip_serializing_if = "Option::is_none")]
        pub password: Option<String>,
        /// `phone`.
        #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
        pub phone: Option<String>,
        /// `type`.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// `role`.
        #[serde(rename = "role", default, skip_serializing_if = "Option::is_none")]
        pub role: Option<String>,
        /// Company/Agency Id. Required for Agency Level access
        #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
        pub company_id: Option<String>,
        /// `locationIds`.
        #[serde(
            rename = "locationIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_ids: Option<Vec<String>>,
        /// `permissions`.
        #[serde(
            rename = "permissions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub permissions: Option<crate::apps::users::models::PermissionsDto>,
        /// Scopes allowed for users. Only scopes that have been passed will be enabled. If passed empty all the scopes will be get disabled
        #[serde(rename = "scopes", default, skip_serializing_if = "Option::is_none")]
        pub scopes: Option<Vec<String>>,
        /// Assigned Scopes allowed for users. Only scopes that have been passed will be enabled. If passed empty all the assigned scopes will be get disabled
        #[serde(
            rename = "scopesAssignedToOnly",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub scopes_assigned_to_only: Option<Vec<String>>,
        /// `profilePhoto`.
        #[serde(
            rename = "profilePhoto",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub profile_photo: Option<String>,
        /// Per-location inbound Twilio number in E.164 format, keyed by location id (Call and Voicemail Inbound Number for direct Twilio, not LC Phone). Replacement semantics: if you send twilioPhone in the request body, the stored map is replaced entirely with this object (not merged). Any location id omitted from the object is removed from the saved map. Omit the twilioPhone property entirely to leave existing numbers unchanged. Send an empty object {} to clear all per-location numbers. To clear a single location only, set that location id to an empty string "".
        #[serde(
            rename = "twilioPhone",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub twilio_phone: Option<serde_json::Map<String, serde_json::Value>>,
        /// Platform language preference for the user
        ///
        /// One of: `"en_US"`, `"es"`, `"fr_CA"`, `"fr_FR"`, `"nl"`, `"de"`, `"pt_PT"`, `"pt_BR"`, `"it"`, `"sv"`, `"da"`, `"fi"`, `"no"`.
        #[serde(
            rename = "platformLanguage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub platform_language: Option<String>,
    }

    /// `DeleteUserSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteUserSuccessfulResponseDto {
        /// `succeded`.
        #[serde(rename = "succeded", default, skip_serializing_if = "Option::is_none")]
        pub succeded: Option<bool>,
        /// `message`.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }
}

/// The Users API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct UsersApi {
    client: GhlClient,
}

impl UsersApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Search Users
    ///
    /// `GET /users/search`
    ///
    /// Version `2021-07-28`; scope `users.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn search_users(&self, company_id: impl Into<String>) -> ops::SearchUsers {
        let mut req = Request::new(http::Method::GET, "/users/search", "/users/search");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("companyId", company_id.into());
        req = crate::apps::support::resource_if_unset(req, "companyId");
        ops::SearchUsers {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Filter Users by Email
    ///
    /// Filter users by company ID, deleted status, and email array
    ///
    /// `POST /users/search/filter-by-email`
    ///
    /// Version `2021-07-28`; scope `users.readonly`; never repeated after an unknown outcome; pages by Offset.
    pub fn filter_users_by_email(
        &self,
        body: &crate::apps::users::models::FilterByEmailDto,
    ) -> ops::FilterUsersByEmail {
        let mut req = Request::new(
            http::Method::POST,
            "/users/search/filter-by-email",
            "/users/search/filter-by-email",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::FilterUsersByEmail {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get User
    ///
    /// `GET /users/{userId}`
    ///
    /// Version `2021-07-28`; scope `users.readonly`; retried after an unknown outcome.
    pub fn get_user(&self, user_id: impl AsRef<str>) -> ops::GetUser {
        let mut req = Request::new(
            http::Method::GET,
            "/users/{userId}",
            format!("/users/{}", crate::request::segment(user_id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::GetUser {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update User
    ///
    /// `PUT /users/{userId}`
    ///
    /// Version `2021-07-28`; scope `users.write`; retried after an unknown outcome.
    pub fn update_user(
        &self,
        user_id: impl AsRef<str>,
        body: &crate::apps::users::models::UpdateUserDto,
    ) -> ops::UpdateUser {
        let mut req = Request::new(
            http::Method::PUT,
            "/users/{userId}",
            format!("/users/{}", crate::request::segment(user_id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateUser {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete User
    ///
    /// `DELETE /users/{userId}`
    ///
    /// Version `2021-07-28`; scope `users.write`; retried after an unknown outcome.
    pub fn delete_user(&self, user_id: impl AsRef<str>) -> ops::DeleteUser {
        let mut req = Request::new(
            http::Method::DELETE,
            "/users/{userId}",
            format!("/users/{}", crate::request::segment(user_id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::DeleteUser {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get User by Location
    ///
    /// Deprecated. Use `GET /users/search` instead. Pass `locationId` as a query parameter to filter results by location, along with the required `companyId` and other search filters as needed.
    ///
    /// `GET /users/`
    ///
    /// Version `2021-07-28`; scope `users.readonly`; retried after an unknown outcome.
    #[deprecated(note = "deprecated in GHL's spec")]
    pub fn get_user_by_location(&self, location_id: impl Into<String>) -> ops::GetUserByLocation {
        let mut req = Request::new(http::Method::GET, "/users/", "/users/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetUserByLocation {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create User
    ///
    /// `POST /users/`
    ///
    /// Version `2021-07-28`; scope `users.write`; never repeated after an unknown outcome.
    pub fn create_user(&self, body: &crate::apps::users::models::CreateUserDto) -> ops::CreateUser {
        let mut req = Request::new(http::Method::POST, "/users/", "/users/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateUser {
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

    /// The `GET /users/search` request being built, to send with [`SearchUsers::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct SearchUsers {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl SearchUsers {
        /// The search term for the user is matched based on the user full name, email or phone
        pub fn query(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("query", value.into());
            self
        }

        /// No of results to be skipped before returning the result
        pub fn skip(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("skip", value.into());
            self
        }

        /// No of results to be limited before returning the result
        pub fn limit(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("limit", value.into());
            self
        }

        /// Location ID in which the search needs to be performed
        pub fn location_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("locationId", value.into());
            self.request = crate::apps::support::resource_if_unset(self.request, "locationId");
            self
        }

        /// Type of the users to be filtered in the search
        pub fn r#type(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("type", value.into());
            self
        }

        /// Role of the users to be filtered in the search
        pub fn role(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("role", value.into());
            self
        }

        /// List of User IDs to be filtered in the search
        pub fn ids(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("ids", value.into());
            self
        }

        /// The field on which sort is applied in which the results need to be sorted. Default is based on the first and last name
        pub fn sort(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("sort", value.into());
            self
        }

        /// The direction in which the results need to be sorted
        pub fn sort_direction(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("sortDirection", value.into());
            self
        }

        /// Sets `enabled2waySync`.
        pub fn enabled2way_sync(mut self, value: bool) -> Self {
            self.request = self
                .request
                .query_pair("enabled2waySync", value.to_string());
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
        ) -> Result<crate::Page<crate::apps::users::models::UserSchema>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("skip"),
                cursor,
                |r: crate::apps::users::models::SearchUserSuccessfulResponseDto| {
                    (r.users.unwrap_or_default(), r.count.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<crate::apps::users::models::UserSchema> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::users::models::SearchUserSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /users/search/filter-by-email` request being built, to send with [`FilterUsersByEmail::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FilterUsersByEmail {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FilterUsersByEmail {
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
        ) -> Result<crate::apps::users::models::SearchUserSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /users/{userId}` request being built, to send with [`GetUser::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetUser {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetUser {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::users::models::UserSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /users/{userId}` request being built, to send with [`UpdateUser::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateUser {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateUser {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::users::models::UserSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /users/{userId}` request being built, to send with [`DeleteUser::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteUser {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteUser {
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
        ) -> Result<crate::apps::users::models::DeleteUserSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /users/` request being built, to send with [`GetUserByLocation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetUserByLocation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetUserByLocation {
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
        ) -> Result<crate::apps::users::models::LocationSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /users/` request being built, to send with [`CreateUser::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateUser {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateUser {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::users::models::UserSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }
}
