//! Voice AI API: 11 operations.
//!
//! Generated from GHL's `apps/voice-ai.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// Language code for the agent's speech and understanding. Default: "en-US"
    ///
    /// One of: `"en-US"`, `"pt-BR"`, `"es"`, `"fr"`, `"de"`, `"it"`, `"nl-NL"`, `"multi"`.
    pub type VoiceAiLanguage = String;

    /// Tolerance level for caller response delays. Default: "high"
    ///
    /// One of: `"low"`, `"medium"`, `"high"`.
    pub type PatienceLevel = String;

    /// `SendPostCallNotificationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SendPostCallNotificationDto {
        /// Enables post-call notifications to all admin users in the location. Default: true
        ///
        /// Required by the spec.
        #[serde(rename = "admins", default, skip_serializing_if = "Option::is_none")]
        pub admins: Option<bool>,
        /// Enables post-call notifications to all users in the location. Default: false
        ///
        /// Required by the spec.
        #[serde(rename = "allUsers", default, skip_serializing_if = "Option::is_none")]
        pub all_users: Option<bool>,
        /// Enables post-call notifications to the user assigned to the contact. Default: false
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactAssignedUser",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_assigned_user: Option<bool>,
        /// Array of specific user IDs to receive post-call notifications. Default: \[\]
        ///
        /// Required by the spec.
        #[serde(
            rename = "specificUsers",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub specific_users: Option<Vec<String>>,
        /// Array of custom email addresses to receive post-call notifications. Default: \[\]
        ///
        /// Required by the spec.
        #[serde(
            rename = "customEmails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_emails: Option<Vec<String>>,
    }

    impl SendPostCallNotificationDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            admins: bool,
            all_users: bool,
            contact_assigned_user: bool,
            specific_users: Vec<String>,
            custom_emails: Vec<String>,
        ) -> Self {
            Self {
                admins: Some(admins),
                all_users: Some(all_users),
                contact_assigned_user: Some(contact_assigned_user),
                specific_users: Some(specific_users),
                custom_emails: Some(custom_emails),
                ..Self::default()
            }
        }
    }

    /// `IntervalDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct IntervalDto {
        /// Starting hour of the working interval in 24-hour format (0-23)
        ///
        /// Required by the spec.
        #[serde(rename = "startHour", default, skip_serializing_if = "Option::is_none")]
        pub start_hour: Option<f64>,
        /// Ending hour of the working interval in 24-hour format (0-23)
        ///
        /// Required by the spec.
        #[serde(rename = "endHour", default, skip_serializing_if = "Option::is_none")]
        pub end_hour: Option<f64>,
        /// Starting minute of the working interval (0-59)
        ///
        /// Required by the spec.
        #[serde(
            rename = "startMinute",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub start_minute: Option<f64>,
        /// Ending minute of the working interval (0-59)
        ///
        /// Required by the spec.
        #[serde(rename = "endMinute", default, skip_serializing_if = "Option::is_none")]
        pub end_minute: Option<f64>,
    }

    impl IntervalDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(start_hour: f64, end_hour: f64, start_minute: f64, end_minute: f64) -> Self {
            Self {
                start_hour: Some(start_hour),
                end_hour: Some(end_hour),
                start_minute: Some(start_minute),
                end_minute: Some(end_minute),
                ..Self::default()
            }
        }
    }

    /// `AgentWorkingHoursDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AgentWorkingHoursDto {
        /// Day of the week for this working hours configuration (Monday=1 to Sunday=7)
        ///
        /// One of: `1`, `2`, `3`, `4`, `5`, `6`, `7`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "dayOfTheWeek",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub day_of_the_week: Option<f64>,
        /// Array of time intervals when the agent is available on this day
        ///
        /// Required by the spec.
        #[serde(rename = "intervals", default, skip_serializing_if = "Option::is_none")]
        pub intervals: Option<Vec<crate::apps::voice_ai::models::IntervalDto>>,
    }

    impl AgentWorkingHoursDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            day_of_the_week: f64,
            intervals: Vec<crate::apps::voice_ai::models::IntervalDto>,
        ) -> Self {
            Self {
                day_of_the_week: Some(day_of_the_week),
                intervals: Some(intervals),
                ..Self::default()
            }
        }
    }

    /// `TranslationDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TranslationDto {
        /// Enables language translation for agent conversations. Default: false
        ///
        /// Required by the spec.
        #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
        pub enabled: Option<bool>,
        /// Target language code for translation (e.g., "es" for Spanish, "fr" for French).
        #[serde(rename = "language", default, skip_serializing_if = "Option::is_none")]
        pub language: Option<String>,
    }

    impl TranslationDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(enabled: bool) -> Self {
            Self {
                enabled: Some(enabled),
                ..Self::default()
            }
        }
    }

    /// `AgentCreationRequestDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AgentCreationRequestDto {
        /// Unique identifier for the location where this agent will operate
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Display name for the voice AI agent, between 1-40 characters. Default: "My Agent {random 3 digit number}"
        #[serde(rename = "agentName", default, skip_serializing_if = "Option::is_none")]
        pub agent_name: Option<String>,
        /// Name of the business this agent represents. Default: Uses location name
        #[serde(
            rename = "businessName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_name: Option<String>,
        /// Initial greeting spoken when the agent answers calls. Default: Auto generated
        #[serde(
            rename = "welcomeMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub welcome_message: Option<String>,
        /// Custom instructions defining the agent's behavior and personality. Default: Basic prompt generated automatically
        #[serde(
            rename = "agentPrompt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub agent_prompt: Option<String>,
        /// Identifier for the speech synthesis voice from available voice options. Default: Auto generated
        #[serde(rename = "voiceId", default, skip_serializing_if = "Option::is_none")]
        pub voice_id: Option<String>,
        /// `language`.
        #[serde(rename = "language", default, skip_serializing_if = "Option::is_none")]
        pub language: Option<crate::apps::voice_ai::models::VoiceAiLanguage>,
        /// `patienceLevel`.
        #[serde(
            rename = "patienceLevel",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub patience_level: Option<crate::apps::voice_ai::models::PatienceLevel>,
        /// Maximum call duration in seconds, between 180-900 (3-15 minutes). Default: 300 seconds (5 minutes)
        #[serde(
            rename = "maxCallDuration",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub max_call_duration: Option<f64>,
        /// Enables automatic reminders when callers are silent. Default: true
        #[serde(
            rename = "sendUserIdleReminders",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub send_user_idle_reminders: Option<bool>,
        /// Seconds to wait before sending idle reminders, between 1-20. Default: 8 seconds
        #[serde(
            rename = "reminderAfterIdleTimeSeconds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub reminder_after_idle_time_seconds: Option<f64>,
        /// Phone number for receiving inbound calls to this agent. Default: null
        #[serde(
            rename = "inboundNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub inbound_number: Option<String>,
        /// Identifier for the number pool managing phone number allocation. Default: null
        #[serde(
            rename = "numberPoolId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub number_pool_id: Option<String>,
        /// Array of workflow IDs to trigger automatically when calls end. Default: \[\]
        #[serde(
            rename = "callEndWorkflowIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub call_end_workflow_ids: Option<Vec<String>>,
        /// Configuration for post-call email notifications to various recipients. Default: \[\]
        #[serde(
            rename = "sendPostCallNotificationTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub send_post_call_notification_to:
            Option<crate::apps::voice_ai::models::SendPostCallNotificationDto>,
        /// Time intervals defining when the agent accepts calls, organized by day of week. Default: \[\] (available 24/7)
        #[serde(
            rename = "agentWorkingHours",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub agent_working_hours: Option<Vec<crate::apps::voice_ai::models::AgentWorkingHoursDto>>,
        /// IANA timezone identifier affecting working hours and scheduling. Default: Location timezone
        #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
        pub timezone: Option<String>,
        /// Prevents this agent from being used as a fallback option. Default: false (Available as backup agent)
        #[serde(
            rename = "isAgentAsBackupDisabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_agent_as_backup_disabled: Option<bool>,
        /// Language translation settings including enablement flag and target language code. Rules: (1) translation.enabled can only be true if the agent's language is not en-US; (2) when enabled, translation.language must be either the agent's language or en-US; (3) when enabled, translation.language is required.
        #[serde(
            rename = "translation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub translation: Option<crate::apps::voice_ai::models::TranslationDto>,
    }

    impl AgentCreationRequestDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_id: impl Into<String>) -> Self {
            Self {
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `SendPostCallNotificationSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SendPostCallNotificationSchema {
        /// Send notifications to admins
        #[serde(rename = "admins", default, skip_serializing_if = "Option::is_none")]
        pub admins: Option<bool>,
        /// Send notifications to all users
        #[serde(rename = "allUsers", default, skip_serializing_if = "Option::is_none")]
        pub all_users: Option<bool>,
        /// Send notifications to contact assigned user
        #[serde(
            rename = "contactAssignedUser",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_assigned_user: Option<bool>,
        /// Specific user IDs to notify
        #[serde(
            rename = "specificUsers",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub specific_users: Option<Vec<String>>,
        /// Custom email addresses to notify
        #[serde(
            rename = "customEmails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_emails: Option<Vec<String>>,
    }

    /// `TranslationSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TranslationSchema {
        /// Whether translation is enabled
        #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
        pub enabled: Option<bool>,
        /// Translation language code
        #[serde(rename = "language", default, skip_serializing_if = "Option::is_none")]
        pub language: Option<String>,
    }

    /// `CreateAgentResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateAgentResponseDto {
        /// Unique identifier for the created agent
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Unique identifier for the location where this agent operates
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Display name of the voice AI agent
        ///
        /// Required by the spec.
        #[serde(rename = "agentName", default, skip_serializing_if = "Option::is_none")]
        pub agent_name: Option<String>,
        /// Name of the business this agent represents
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_name: Option<String>,
        /// Greeting message spoken when the agent answers calls
        ///
        /// Required by the spec.
        #[serde(
            rename = "welcomeMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub welcome_message: Option<String>,
        /// Custom instructions defining the agent's behavior
        ///
        /// Required by the spec.
        #[serde(
            rename = "agentPrompt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub agent_prompt: Option<String>,
        /// Identifier for the speech synthesis voice being used
        ///
        /// Required by the spec.
        #[serde(rename = "voiceId", default, skip_serializing_if = "Option::is_none")]
        pub voice_id: Option<String>,
        /// Language code for the agent's speech and understanding
        ///
        /// Required by the spec.
        #[serde(rename = "language", default, skip_serializing_if = "Option::is_none")]
        pub language: Option<String>,
        /// Current tolerance level for caller response delays
        ///
        /// Required by the spec.
        #[serde(
            rename = "patienceLevel",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub patience_level: Option<String>,
        /// Maximum call duration in seconds, between 180-900
        ///
        /// Required by the spec.
        #[serde(
            rename = "maxCallDuration",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub max_call_duration: Option<f64>,
        /// Indicates whether automatic idle reminders are enabled
        ///
        /// Required by the spec.
        #[serde(
            rename = "sendUserIdleReminders",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub send_user_idle_reminders: Option<bool>,
        /// Seconds to wait before sending idle reminders, between 1-20
        ///
        /// Required by the spec.
        #[serde(
            rename = "reminderAfterIdleTimeSeconds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub reminder_after_idle_time_seconds: Option<f64>,
        /// Phone number for receiving inbound calls
        #[serde(
            rename = "inboundNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub inbound_number: Option<String>,
        /// Identifier for the number pool managing this agent's phone allocation
        #[serde(
            rename = "numberPoolId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub number_pool_id: Option<String>,
        /// Array of workflow IDs triggered automatically when calls end
        #[serde(
            rename = "callEndWorkflowIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub call_end_workflow_ids: Option<Vec<String>>,
        /// Current post-call notification settings including recipient configuration
        #[serde(
            rename = "sendPostCallNotificationTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub send_post_call_notification_to:
            Option<crate::apps::voice_ai::models::SendPostCallNotificationSchema>,
        /// Time intervals when the agent accepts calls, organized by day of week
        #[serde(
            rename = "agentWorkingHours",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub agent_working_hours: Option<Vec<crate::apps::voice_ai::models::AgentWorkingHoursDto>>,
        /// IANA timezone identifier for working hours and scheduling
        ///
        /// Required by the spec.
        #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
        pub timezone: Option<String>,
        /// Indicates whether this agent is excluded from backup scenarios
        ///
        /// Required by the spec.
        #[serde(
            rename = "isAgentAsBackupDisabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_agent_as_backup_disabled: Option<bool>,
        /// Current language translation settings including enablement status and target language
        #[serde(
            rename = "translation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub translation: Option<crate::apps::voice_ai::models::TranslationSchema>,
    }

    impl CreateAgentResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            location_id: impl Into<String>,
            agent_name: impl Into<String>,
            business_name: impl Into<String>,
            welcome_message: impl Into<String>,
            agent_prompt: impl Into<String>,
            voice_id: impl Into<String>,
            language: impl Into<String>,
            patience_level: impl Into<String>,
            max_call_duration: f64,
            send_user_idle_reminders: bool,
            reminder_after_idle_time_seconds: f64,
            timezone: impl Into<String>,
            is_agent_as_backup_disabled: bool,
        ) -> Self {
            Self {
                id: Some(id.into()),
                location_id: Some(location_id.into()),
                agent_name: Some(agent_name.into()),
                business_name: Some(business_name.into()),
                welcome_message: Some(welcome_message.into()),
                agent_prompt: Some(agent_prompt.into()),
                voice_id: Some(voice_id.into()),
                language: Some(language.into()),
                patience_level: Some(patience_level.into()),
                max_call_duration: Some(max_call_duration),
                send_user_idle_reminders: Some(send_user_idle_reminders),
                reminder_after_idle_time_seconds: Some(reminder_after_idle_time_seconds),
                timezone: Some(timezone.into()),
                is_agent_as_backup_disabled: Some(is_agent_as_backup_disabled),
                ..Self::default()
            }
        }
    }

    /// `PatchAgentDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PatchAgentDto {
        /// Display name for the voice AI agent, between 1-40 characters. Default: "My Agent {random 3 digit number}"
        #[serde(rename = "agentName", default, skip_serializing_if = "Option::is_none")]
        pub agent_name: Option<String>,
        /// Name of the business this agent represents. Default: Uses location name
        #[serde(
            rename = "businessName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_name: Option<String>,
        /// Initial greeting spoken when the agent answers calls. Default: Auto generated
        #[serde(
            rename = "welcomeMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub welcome_message: Option<String>,
        /// Custom instructions defining the agent's behavior and personality. Default: Basic prompt generated automatically
        #[serde(
            rename = "agentPrompt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub agent_prompt: Option<String>,
        /// Identifier for the speech synthesis voice from available voice options. Default: Auto generated
        #[serde(rename = "voiceId", default, skip_serializing_if = "Option::is_none")]
        pub voice_id: Option<String>,
        /// `language`.
        #[serde(rename = "language", default, skip_serializing_if = "Option::is_none")]
        pub language: Option<crate::apps::voice_ai::models::VoiceAiLanguage>,
        /// `patienceLevel`.
        #[serde(
            rename = "patienceLevel",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub patience_level: Option<crate::apps::voice_ai::models::PatienceLevel>,
        /// Maximum call duration in seconds, between 180-900 (3-15 minutes). Default: 300 seconds (5 minutes)
        #[serde(
            rename = "maxCallDuration",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub max_call_duration: Option<f64>,
        /// Enables automatic reminders when callers are silent. Default: true
        #[serde(
            rename = "sendUserIdleReminders",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub send_user_idle_reminders: Option<bool>,
        /// Seconds to wait before sending idle reminders, between 1-20. Default: 8 seconds
        #[serde(
            rename = "reminderAfterIdleTimeSeconds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub reminder_after_idle_time_seconds: Option<f64>,
        /// Phone number for receiving inbound calls to this agent. Default: null
        #[serde(
            rename = "inboundNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub inbound_number: Option<String>,
        /// Identifier for the number pool managing phone number allocation. Default: null
        #[serde(
            rename = "numberPoolId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub number_pool_id: Option<String>,
        /// Array of workflow IDs to trigger automatically when calls end. Default: \[\]
        #[serde(
            rename = "callEndWorkflowIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub call_end_workflow_ids: Option<Vec<String>>,
        /// Configuration for post-call email notifications to various recipients. Default: \[\]
        #[serde(
            rename = "sendPostCallNotificationTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub send_post_call_notification_to:
            Option<crate::apps::voice_ai::models::SendPostCallNotificationDto>,
        /// Time intervals defining when the agent accepts calls, organized by day of week. Default: \[\] (available 24/7)
        #[serde(
            rename = "agentWorkingHours",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub agent_working_hours: Option<Vec<crate::apps::voice_ai::models::AgentWorkingHoursDto>>,
        /// IANA timezone identifier affecting working hours and scheduling. Default: Location timezone
        #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
        pub timezone: Option<String>,
        /// Prevents this agent from being used as a fallback option. Default: false (Available as backup agent)
        #[serde(
            rename = "isAgentAsBackupDisabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_agent_as_backup_disabled: Option<bool>,
        /// Language translation settings including enablement flag and target language code. Rules: (1) translation.enabled can only be true if the agent's language is not en-US; (2) when enabled, translation.language must be either the agent's language or en-US; (3) when enabled, translation.language is required.
        #[serde(
            rename = "translation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub translation: Option<crate::apps::voice_ai::models::TranslationDto>,
    }

    /// `PatchAgentResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PatchAgentResponseDto {
        /// Unique identifier for the created agent
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Unique identifier for the location where this agent operates
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Display name of the voice AI agent
        ///
        /// Required by the spec.
        #[serde(rename = "agentName", default, skip_serializing_if = "Option::is_none")]
        pub agent_name: Option<String>,
        /// Name of the business this agent represents
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_name: Option<String>,
        /// Greeting message spoken when the agent answers calls
        ///
        /// Required by the spec.
        #[serde(
            rename = "welcomeMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub welcome_message: Option<String>,
        /// Custom instructions defining the agent's behavior
        ///
        /// Required by the spec.
        #[serde(
            rename = "agentPrompt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub agent_prompt: Option<String>,
        /// Identifier for the speech synthesis voice being used
        ///
        /// Required by the spec.
        #[serde(rename = "voiceId", default, skip_serializing_if = "Option::is_none")]
        pub voice_id: Option<String>,
        /// Language code for the agent's speech and understanding
        ///
        /// Required by the spec.
        #[serde(rename = "language", default, skip_serializing_if = "Option::is_none")]
        pub language: Option<String>,
        /// Current tolerance level for caller response delays
        ///
        /// Required by the spec.
        #[serde(
            rename = "patienceLevel",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub patience_level: Option<String>,
        /// Maximum call duration in seconds, between 180-900
        ///
        /// Required by the spec.
        #[serde(
            rename = "maxCallDuration",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub max_call_duration: Option<f64>,
        /// Indicates whether automatic idle reminders are enabled
        ///
        /// Required by the spec.
        #[serde(
            rename = "sendUserIdleReminders",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub send_user_idle_reminders: Option<bool>,
        /// Seconds to wait before sending idle reminders, between 1-20
        ///
        /// Required by the spec.
        #[serde(
            rename = "reminderAfterIdleTimeSeconds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub reminder_after_idle_time_seconds: Option<f64>,
        /// Phone number for receiving inbound calls
        #[serde(
            rename = "inboundNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub inbound_number: Option<String>,
        /// Identifier for the number pool managing this agent's phone allocation
        #[serde(
            rename = "numberPoolId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub number_pool_id: Option<String>,
        /// Array of workflow IDs triggered automatically when calls end
        #[serde(
            rename = "callEndWorkflowIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub call_end_workflow_ids: Option<Vec<String>>,
        /// Current post-call notification settings including recipient configuration
        #[serde(
            rename = "sendPostCallNotificationTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub send_post_call_notification_to:
            Option<crate::apps::voice_ai::models::SendPostCallNotificationSchema>,
        /// Time intervals when the agent accepts calls, organized by day of week
        #[serde(
            rename = "agentWorkingHours",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub agent_working_hours: Option<Vec<crate::apps::voice_ai::models::AgentWorkingHoursDto>>,
        /// IANA timezone identifier for working hours and scheduling
        ///
        /// Required by the spec.
        #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
        pub timezone: Option<String>,
        /// Indicates whether this agent is excluded from backup scenarios
        ///
        /// Required by the spec.
        #[serde(
            rename = "isAgentAsBackupDisabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_agent_as_backup_disabled: Option<bool>,
        /// Current language translation settings including enablement status and target language
        #[serde(
            rename = "translation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub translation: Option<crate::apps::voice_ai::models::TranslationSchema>,
    }

    impl PatchAgentResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            location_id: impl Into<String>,
            agent_name: impl Into<String>,
            business_name: impl Into<String>,
            welcome_message: impl Into<String>,
            agent_prompt: impl Into<String>,
            voice_id: impl Into<String>,
            language: impl Into<String>,
            patience_level: impl Into<String>,
            max_call_duration: f64,
            send_user_idle_reminders: bool,
            reminder_after_idle_time_seconds: f64,
            timezone: impl Into<String>,
            is_agent_as_backup_disabled: bool,
        ) -> Self {
            Self {
                id: Some(id.into()),
                location_id: Some(location_id.into()),
                agent_name: Some(agent_name.into()),
                business_name: Some(business_name.into()),
                welcome_message: Some(welcome_message.into()),
                agent_prompt: Some(agent_prompt.into()),
                voice_id: Some(voice_id.into()),
                language: Some(language.into()),
                patience_level: Some(patience_level.into()),
                max_call_duration: Some(max_call_duration),
                send_user_idle_reminders: Some(send_user_idle_reminders),
                reminder_after_idle_time_seconds: Some(reminder_after_idle_time_seconds),
                timezone: Some(timezone.into()),
                is_agent_as_backup_disabled: Some(is_agent_as_backup_disabled),
                ..Self::default()
            }
        }
    }

    /// `AgentActionResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AgentActionResponseDto {
        /// Unique identifier for this action
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Type of action
        ///
        /// One of: `"CALL_TRANSFER"`, `"DATA_EXTRACTION"`, `"IN_CALL_DATA_EXTRACTION"`, `"WORKFLOW_TRIGGER"`, `"SMS"`, `"APPOINTMENT_BOOKING"`, `"CUSTOM_ACTION"`, `"KNOWLEDGE_BASE"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "actionType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub action_type: Option<String>,
        /// Human-readable name for this action
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Action parameters - structure varies by actionType
        ///
        /// Required by the spec.
        #[serde(
            rename = "actionParameters",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub action_parameters: Option<serde_json::Value>,
    }

    impl AgentActionResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            action_type: impl Into<String>,
            name: impl Into<String>,
            action_parameters: serde_json::Value,
        ) -> Self {
            Self {
                id: Some(id.into()),
                action_type: Some(action_type.into()),
                name: Some(name.into()),
                action_parameters: Some(action_parameters),
                ..Self::default()
            }
        }
    }

    /// `GetAgentResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetAgentResponseDto {
        /// Unique identifier for the created agent
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Unique identifier for the location where this agent operates
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Display name of the voice AI agent
        ///
        /// Required by the spec.
        #[serde(rename = "agentName", default, skip_serializing_if = "Option::is_none")]
        pub agent_name: Option<String>,
        /// Name of the business this agent represents
        ///
        /// Required by the spec.
        #[serde(
            rename = "businessName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_name: Option<String>,
        /// Greeting message spoken when the agent answers calls
        ///
        /// Required by the spec.
        #[serde(
            rename = "welcomeMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub welcome_message: Option<String>,
        /// Custom instructions defining the agent's behavior
        ///
        /// Required by the spec.
        #[serde(
            rename = "agentPrompt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub agent_prompt: Option<String>,
        /// Identifier for the speech synthesis voice being used
        ///
        /// Required by the spec.
        #[serde(rename = "voiceId", default, skip_serializing_if = "Option::is_none")]
        pub voice_id: Option<String>,
        /// Language code for the agent's speech and understanding
        ///
        /// Required by the spec.
        #[serde(rename = "language", default, skip_serializing_if = "Option::is_none")]
        pub language: Option<String>,
        /// Current tolerance level for caller response delays
        ///
        /// Required by the spec.
        #[serde(
            rename = "patienceLevel",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub patience_level: Option<String>,
        /// Maximum call duration in seconds, between 180-900
        ///
        /// Required by the spec.
        #[serde(
            rename = "maxCallDuration",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub max_call_duration: Option<f64>,
        /// Indicates whether automatic idle reminders are enabled
        ///
        /// Required by the spec.
        #[serde(
            rename = "sendUserIdleReminders",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub send_user_idle_reminders: Option<bool>,
        /// Seconds to wait before sending idle reminders, between 1-20
        ///
        /// Required by the spec.
        #[serde(
            rename = "reminderAfterIdleTimeSeconds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub reminder_after_idle_time_seconds: Option<f64>,
        /// Phone number for receiving inbound calls
        #[serde(
            rename = "inboundNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub inbound_number: Option<String>,
        /// Identifier for the number pool managing this agent's phone allocation
        #[serde(
            rename = "numberPoolId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub number_pool_id: Option<String>,
        /// Array of workflow IDs triggered automatically when calls end
        #[serde(
            rename = "callEndWorkflowIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub call_end_workflow_ids: Option<Vec<String>>,
        /// Current post-call notification settings including recipient configuration
        #[serde(
            rename = "sendPostCallNotificationTo",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub send_post_call_notification_to:
            Option<crate::apps::voice_ai::models::SendPostCallNotificationSchema>,
        /// Time intervals when the agent accepts calls, organized by day of week
        #[serde(
            rename = "agentWorkingHours",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub agent_working_hours: Option<Vec<crate::apps::voice_ai::models::AgentWorkingHoursDto>>,
        /// IANA timezone identifier for working hours and scheduling
        ///
        /// Required by the spec.
        #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
        pub timezone: Option<String>,
        /// Indicates whether this agent is excluded from backup scenarios
        ///
        /// Required by the spec.
        #[serde(
            rename = "isAgentAsBackupDisabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_agent_as_backup_disabled: Option<bool>,
        /// Current language translation settings including enablement status and target language
        #[serde(
            rename = "translation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub translation: Option<crate::apps::voice_ai::models::TranslationSchema>,
        /// Raw actions configured for this agent with complete actionParameters structure
        ///
        /// Required by the spec.
        #[serde(rename = "actions", default, skip_serializing_if = "Option::is_none")]
        pub actions: Option<Vec<crate::apps::voice_ai::models::AgentActionResponseDto>>,
    }

    impl GetAgentResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            location_id: impl Into<String>,
            agent_name: impl Into<String>,
            business_name: impl Into<String>,
            welcome_message: impl Into<String>,
            agent_prompt: impl Into<String>,
            voice_id: impl Into<String>,
            language: impl Into<String>,
            patience_level: impl Into<String>,
            max_call_duration: f64,
            send_user_idle_reminders: bool,
            reminder_after_idle_time_seconds: f64,
            timezone: impl Into<String>,
            is_agent_as_backup_disabled: bool,
            actions: Vec<crate::apps::voice_ai::models::AgentActionResponseDto>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                location_id: Some(location_id.into()),
                agent_name: Some(agent_name.into()),
                business_name: Some(business_name.into()),
                welcome_message: Some(welcome_message.into()),
                agent_prompt: Some(agent_prompt.into()),
                voice_id: Some(voice_id.into()),
                language: Some(language.into()),
                patience_level: Some(patience_level.into()),
                max_call_duration: Some(max_call_duration),
                send_user_idle_reminders: Some(send_user_idle_reminders),
                reminder_after_idle_time_seconds: Some(reminder_after_idle_time_seconds),
                timezone: Some(timezone.into()),
                is_agent_as_backup_disabled: Some(is_agent_as_backup_disabled),
                actions: Some(actions),
                ..Self::default()
            }
        }
    }

    /// `GetAgentsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetAgentsResponseDto {
        /// Total number of items
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// Page number starting from 1
        ///
        /// Required by the spec.
        #[serde(rename = "page", default, skip_serializing_if = "Option::is_none")]
        pub page: Option<f64>,
        /// Number of items per page
        ///
        /// Required by the spec.
        #[serde(rename = "pageSize", default, skip_serializing_if = "Option::is_none")]
        pub page_size: Option<f64>,
        ///
        /// Required by the spec.
        #[serde(rename = "agents", default, skip_serializing_if = "Option::is_none")]
        pub agents: Option<Vec<crate::apps::voice_ai::models::GetAgentResponseDto>>,
    }

    impl GetAgentsResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            total: f64,
            page: f64,
            page_size: f64,
            agents: Vec<crate::apps::voice_ai::models::GetAgentResponseDto>,
        ) -> Self {
            Self {
                total: Some(total),
                page: Some(page),
                page_size: Some(page_size),
                agents: Some(agents),
                ..Self::default()
            }
        }
    }

    /// `CallTransferActionParameters` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CallTransferActionParameters {
        /// When to trigger this action during the call
        ///
        /// Required by the spec.
        #[serde(
            rename = "triggerPrompt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub trigger_prompt: Option<String>,
        /// Type of transfer destination (currently only "number" is supported)
        ///
        /// One of: `"number"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "transferToType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub transfer_to_type: Option<String>,
        /// Phone number to transfer to. Must start with +, include country code, contain only numbers, and be 11-16 characters long (e.g., +12345678901).
        ///
        /// Required by the spec.
        #[serde(
            rename = "transferToValue",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub transfer_to_value: Option<String>,
        /// Message to tell the caller before transferring
        ///
        /// Required by the spec.
        #[serde(
            rename = "triggerMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub trigger_message: Option<String>,
        /// Whether to play whisper message to the receiving party
        #[serde(
            rename = "hearWhisperMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub hear_whisper_message: Option<bool>,
    }

    impl CallTransferActionParameters {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            trigger_prompt: impl Into<String>,
            transfer_to_type: impl Into<String>,
            transfer_to_value: impl Into<String>,
            trigger_message: impl Into<String>,
        ) -> Self {
            Self {
                trigger_prompt: Some(trigger_prompt.into()),
                transfer_to_type: Some(transfer_to_type.into()),
                transfer_to_value: Some(transfer_to_value.into()),
                trigger_message: Some(trigger_message.into()),
                ..Self::default()
            }
        }
    }

    /// `DataExtractionActionParameters` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DataExtractionActionParameters {
        /// ID of the contact field to be updated with the extracted data
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactFieldId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_field_id: Option<String>,
        /// Description of what data to extract
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Example values to help Agent understand the expected format. At least one example is required, maximum 5 examples allowed.
        ///
        /// Required by the spec.
        #[serde(rename = "examples", default, skip_serializing_if = "Option::is_none")]
        pub examples: Option<Vec<String>>,
        /// Whether to overwrite existing field value if already set, default is false
        #[serde(
            rename = "overwriteExistingValue",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub overwrite_existing_value: Option<bool>,
    }

    impl DataExtractionActionParameters {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            contact_field_id: impl Into<String>,
            description: impl Into<String>,
            examples: Vec<String>,
        ) -> Self {
            Self {
                contact_field_id: Some(contact_field_id.into()),
                description: Some(description.into()),
                examples: Some(examples),
                ..Self::default()
            }
        }
    }

    /// `InCallDataExtractionActionParameters` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct InCallDataExtractionActionParameters {
        /// ID of the contact field to be updated with the extracted data
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactFieldId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_field_id: Option<String>,
        /// Description of what data to extract
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Example values to help Agent understand the expected format. At least one example is required, maximum 5 examples allowed.
        ///
        /// Required by the spec.
        #[serde(rename = "examples", default, skip_serializing_if = "Option::is_none")]
        pub examples: Option<Vec<String>>,
        /// Whether to overwrite existing field value if already set, default is false
        #[serde(
            rename = "overwriteExistingValue",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub overwrite_existing_value: Option<bool>,
    }

    impl InCallDataExtractionActionParameters {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            contact_field_id: impl Into<String>,
            description: impl Into<String>,
            examples: Vec<String>,
        ) -> Self {
            Self {
                contact_field_id: Some(contact_field_id.into()),
                description: Some(description.into()),
                examples: Some(examples),
                ..Self::default()
            }
        }
    }

    /// `WorkflowTriggerParameters` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct WorkflowTriggerParameters {
        /// When to trigger this workflow
        ///
        /// Required by the spec.
        #[serde(
            rename = "triggerPrompt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub trigger_prompt: Option<String>,
        /// Message to tell the caller
        ///
        /// Required by the spec.
        #[serde(
            rename = "triggerMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub trigger_message: Option<String>,
        /// Workflow ID to trigger
        ///
        /// Required by the spec.
        #[serde(
            rename = "workflowId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub workflow_id: Option<String>,
    }

    impl WorkflowTriggerParameters {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            trigger_prompt: impl Into<String>,
            trigger_message: impl Into<String>,
            workflow_id: impl Into<String>,
        ) -> Self {
            Self {
                trigger_prompt: Some(trigger_prompt.into()),
                trigger_message: Some(trigger_message.into()),
                workflow_id: Some(workflow_id.into()),
                ..Self::default()
            }
        }
    }

    /// `SmsParameters` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SmsParameters {
        /// When to send the SMS
        ///
        /// Required by the spec.
        #[serde(
            rename = "triggerPrompt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub trigger_prompt: Option<String>,
        /// Message to tell the caller
        ///
        /// Required by the spec.
        #[serde(
            rename = "triggerMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub trigger_message: Option<String>,
        /// SMS message content to send
        ///
        /// Required by the spec.
        #[serde(
            rename = "messageBody",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub message_body: Option<String>,
    }

    impl SmsParameters {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            trigger_prompt: impl Into<String>,
            trigger_message: impl Into<String>,
            message_body: impl Into<String>,
        ) -> Self {
            Self {
                trigger_prompt: Some(trigger_prompt.into()),
                trigger_message: Some(trigger_message.into()),
                message_body: Some(message_body.into()),
                ..Self::default()
            }
        }
    }

    /// `AppointmentBookingActionParameters` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AppointmentBookingActionParameters {
        /// Calendar ID to book appointments in
        ///
        /// Required by the spec.
        #[serde(
            rename = "calendarId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub calendar_id: Option<String>,
        /// Number of days ahead to offer booking dates
        ///
        /// Required by the spec.
        #[serde(
            rename = "daysOfOfferingDates",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub days_of_offering_dates: Option<f64>,
        /// Number of available slots per day
        ///
        /// Required by the spec.
        #[serde(
            rename = "slotsPerDay",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub slots_per_day: Option<f64>,
        /// Hours between available slots
        ///
        /// Required by the spec.
        #[serde(
            rename = "hoursBetweenSlots",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub hours_between_slots: Option<f64>,
    }

    impl AppointmentBookingActionParameters {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            calendar_id: impl Into<String>,
            days_of_offering_dates: f64,
            slots_per_day: f64,
            hours_between_slots: f64,
        ) -> Self {
            Self {
                calendar_id: Some(calendar_id.into()),
                days_of_offering_dates: Some(days_of_offering_dates),
                slots_per_day: Some(slots_per_day),
                hours_between_slots: Some(hours_between_slots),
                ..Self::default()
            }
        }
    }

    /// `CustomActionHeaderDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomActionHeaderDto {
        /// HTTP header name
        ///
        /// Required by the spec.
        #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
        pub key: Option<String>,
        /// HTTP header value
        ///
        /// Required by the spec.
        #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
        pub value: Option<String>,
    }

    impl CustomActionHeaderDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(key: impl Into<String>, value: impl Into<String>) -> Self {
            Self {
                key: Some(key.into()),
                value: Some(value.into()),
                ..Self::default()
            }
        }
    }

    /// `CustomActionParameterDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomActionParameterDto {
        /// Parameter name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Parameter description
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Parameter type
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Example parameter value
        #[serde(rename = "example", default, skip_serializing_if = "Option::is_none")]
        pub example: Option<String>,
    }

    impl CustomActionParameterDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(name: impl Into<String>) -> Self {
            Self {
                name: Some(name.into()),
                ..Self::default()
            }
        }
    }

    /// `CustomActionApiDetailsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomActionApiDetailsDto {
        /// API endpoint URL
        ///
        /// Required by the spec.
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// HTTP method
        ///
        /// One of: `"POST"`, `"GET"`.
        ///
        /// Required by the spec.
        #[serde(rename = "method", default, skip_serializing_if = "Option::is_none")]
        pub method: Option<String>,
        /// Whether authentication is required
        #[serde(
            rename = "authenticationRequired",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub authentication_required: Option<bool>,
        /// Authentication token or API key (required if authenticationRequired is true)
        #[serde(
            rename = "authenticationValue",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub authentication_value: Option<String>,
        /// HTTP headers to include
        #[serde(rename = "headers", default, skip_serializing_if = "Option::is_none")]
        pub headers: Option<Vec<crate::apps::voice_ai::models::CustomActionHeaderDto>>,
        /// API parameters to send
        #[serde(
            rename = "parameters",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub parameters: Option<Vec<crate::apps::voice_ai::models::CustomActionParameterDto>>,
    }

    impl CustomActionApiDetailsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(url: impl Into<String>, method: impl Into<String>) -> Self {
            Self {
                url: Some(url.into()),
                method: Some(method.into()),
                ..Self::default()
            }
        }
    }

    /// `CustomActionParameters` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomActionParameters {
        /// When to call the custom API
        ///
        /// Required by the spec.
        #[serde(
            rename = "triggerPrompt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub trigger_prompt: Option<String>,
        /// Message to tell the caller
        ///
        /// Required by the spec.
        #[serde(
            rename = "triggerMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub trigger_message: Option<String>,
        /// API endpoint configuration
        ///
        /// Required by the spec.
        #[serde(
            rename = "apiDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub api_details: Option<crate::apps::voice_ai::models::CustomActionApiDetailsDto>,
        /// Selected response paths to extract from API response. Required: at least 1 value if the method is GET. Should be empty if the method is POST.
        #[serde(
            rename = "selectedPaths",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub selected_paths: Option<Vec<String>>,
    }

    impl CustomActionParameters {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            trigger_prompt: impl Into<String>,
            trigger_message: impl Into<String>,
            api_details: crate::apps::voice_ai::models::CustomActionApiDetailsDto,
        ) -> Self {
            Self {
                trigger_prompt: Some(trigger_prompt.into()),
                trigger_message: Some(trigger_message.into()),
                api_details: Some(api_details),
                ..Self::default()
            }
        }
    }

    /// `KnowledgeBaseParameters` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct KnowledgeBaseParameters {
        /// When to query the knowledge base
        ///
        /// Required by the spec.
        #[serde(
            rename = "triggerPrompt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub trigger_prompt: Option<String>,
        /// Knowledge base ID to query
        ///
        /// Required by the spec.
        #[serde(
            rename = "knowledgeBaseId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub knowledge_base_id: Option<String>,
    }

    impl KnowledgeBaseParameters {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            trigger_prompt: impl Into<String>,
            knowledge_base_id: impl Into<String>,
        ) -> Self {
            Self {
                trigger_prompt: Some(trigger_prompt.into()),
                knowledge_base_id: Some(knowledge_base_id.into()),
                ..Self::default()
            }
        }
    }

    /// `CallActionSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CallActionSchema {
        /// Action ID reference
        #[serde(rename = "actionId", default, skip_serializing_if = "Option::is_none")]
        pub action_id: Option<String>,
        /// Action type
        ///
        /// One of: `"CALL_TRANSFER"`, `"DATA_EXTRACTION"`, `"IN_CALL_DATA_EXTRACTION"`, `"WORKFLOW_TRIGGER"`, `"SMS"`, `"APPOINTMENT_BOOKING"`, `"CUSTOM_ACTION"`, `"KNOWLEDGE_BASE"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "actionType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub action_type: Option<String>,
        /// Action name
        ///
        /// Required by the spec.
        #[serde(
            rename = "actionName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub action_name: Option<String>,
        /// Action parameters - structure varies by actionType
        #[serde(
            rename = "actionParameters",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub action_parameters: Option<serde_json::Value>,
        /// When the action was executed
        #[serde(
            rename = "executedAt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub executed_at: Option<String>,
        /// When the trigger was received
        #[serde(
            rename = "triggerReceivedAt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub trigger_received_at: Option<String>,
    }

    impl CallActionSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(action_type: impl Into<String>, action_name: impl Into<String>) -> Self {
            Self {
                action_type: Some(action_type.into()),
                action_name: Some(action_name.into()),
                ..Self::default()
            }
        }
    }

    /// `ExtractedDataSchema` in the spec.
    pub type ExtractedDataSchema = serde_json::Map<String, serde_json::Value>;

    /// `CallLogDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CallLogDto {
        /// Unique identifier for the call
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Associated contact ID
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// Agent ID associated with the call
        ///
        /// Required by the spec.
        #[serde(rename = "agentId", default, skip_serializing_if = "Option::is_none")]
        pub agent_id: Option<String>,
        /// Whether the agent is deleted
        ///
        /// Required by the spec.
        #[serde(
            rename = "isAgentDeleted",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub is_agent_deleted: Option<bool>,
        /// Caller phone number
        #[serde(
            rename = "fromNumber",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub from_number: Option<String>,
        /// Timestamp when the call was created
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// Call duration in seconds
        ///
        /// Required by the spec.
        #[serde(rename = "duration", default, skip_serializing_if = "Option::is_none")]
        pub duration: Option<f64>,
        /// Whether this call was a trial call
        ///
        /// Required by the spec.
        #[serde(rename = "trialCall", default, skip_serializing_if = "Option::is_none")]
        pub trial_call: Option<bool>,
        /// Actions performed during the call. Note: The APPOINTMENT_BOOKING action will only be visible in executedCallActions from Sep 9th 2025.
        ///
        /// Required by the spec.
        #[serde(
            rename = "executedCallActions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub executed_call_actions: Option<Vec<crate::apps::voice_ai::models::CallActionSchema>>,
        /// Call summary
        ///
        /// Required by the spec.
        #[serde(rename = "summary", default, skip_serializing_if = "Option::is_none")]
        pub summary: Option<String>,
        /// Call transcript
        ///
        /// Required by the spec.
        #[serde(
            rename = "transcript",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub transcript: Option<String>,
        /// Transcript translation details
        #[serde(
            rename = "translation",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub translation: Option<crate::apps::voice_ai::models::TranslationSchema>,
        /// Dynamic data extracted from the call based on agent configuration
        #[serde(
            rename = "extractedData",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub extracted_data: Option<crate::apps::voice_ai::models::ExtractedDataSchema>,
        /// Message identifier associated with the call
        #[serde(rename = "messageId", default, skip_serializing_if = "Option::is_none")]
        pub message_id: Option<String>,
    }

    impl CallLogDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            agent_id: impl Into<String>,
            is_agent_deleted: bool,
            created_at: impl Into<String>,
            duration: f64,
            trial_call: bool,
            executed_call_actions: Vec<crate::apps::voice_ai::models::CallActionSchema>,
            summary: impl Into<String>,
            transcript: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                agent_id: Some(agent_id.into()),
                is_agent_deleted: Some(is_agent_deleted),
                created_at: Some(created_at.into()),
                duration: Some(duration),
                trial_call: Some(trial_call),
                executed_call_actions: Some(executed_call_actions),
                summary: Some(summary.into()),
                transcript: Some(transcript.into()),
                ..Self::default()
            }
        }
    }

    /// `CallLogsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CallLogsResponseDto {
        /// Total number of items
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// Page number starting from 1
        ///
        /// Required by the spec.
        #[serde(rename = "page", default, skip_serializing_if = "Option::is_none")]
        pub page: Option<f64>,
        /// Number of items per page
        ///
        /// Required by the spec.
        #[serde(rename = "pageSize", default, skip_serializing_if = "Option::is_none")]
        pub page_size: Option<f64>,
        /// Array of call logs
        ///
        /// Required by the spec.
        #[serde(rename = "callLogs", default, skip_serializing_if = "Option::is_none")]
        pub call_logs: Option<Vec<crate::apps::voice_ai::models::CallLogDto>>,
    }

    impl CallLogsResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            total: f64,
            page: f64,
            page_size: f64,
            call_logs: Vec<crate::apps::voice_ai::models::CallLogDto>,
        ) -> Self {
            Self {
                total: Some(total),
                page: Some(page),
                page_size: Some(page_size),
                call_logs: Some(call_logs),
                ..Self::default()
            }
        }
    }

    /// `CreateSingleActionDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateSingleActionDto {
        /// Agent ID to attach the action to
        ///
        /// Required by the spec.
        #[serde(rename = "agentId", default, skip_serializing_if = "Option::is_none")]
        pub agent_id: Option<String>,
        /// Location ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Type of action
        ///
        /// One of: `"CALL_TRANSFER"`, `"DATA_EXTRACTION"`, `"IN_CALL_DATA_EXTRACTION"`, `"WORKFLOW_TRIGGER"`, `"SMS"`, `"APPOINTMENT_BOOKING"`, `"CUSTOM_ACTION"`, `"KNOWLEDGE_BASE"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "actionType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub action_type: Option<String>,
        /// Human-readable name for this action
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Action parameters - structure varies by actionType
        ///
        /// Required by the spec.
        #[serde(
            rename = "actionParameters",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub action_parameters: Option<serde_json::Value>,
    }

    impl CreateSingleActionDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            agent_id: impl Into<String>,
            location_id: impl Into<String>,
            action_type: impl Into<String>,
            name: impl Into<String>,
            action_parameters: serde_json::Value,
        ) -> Self {
            Self {
                agent_id: Some(agent_id.into()),
                location_id: Some(location_id.into()),
                action_type: Some(action_type.into()),
                name: Some(name.into()),
                action_parameters: Some(action_parameters),
                ..Self::default()
            }
        }
    }

    /// `CreateActionResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateActionResponseDto {
        /// Unique identifier for the created action
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Type of action
        ///
        /// One of: `"CALL_TRANSFER"`, `"DATA_EXTRACTION"`, `"IN_CALL_DATA_EXTRACTION"`, `"WORKFLOW_TRIGGER"`, `"SMS"`, `"APPOINTMENT_BOOKING"`, `"CUSTOM_ACTION"`, `"KNOWLEDGE_BASE"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "actionType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub action_type: Option<String>,
        /// Human-readable name for this action
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Action parameters - structure varies by actionType
        ///
        /// Required by the spec.
        #[serde(
            rename = "actionParameters",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub action_parameters: Option<serde_json::Value>,
    }

    impl CreateActionResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            action_type: impl Into<String>,
            name: impl Into<String>,
            action_parameters: serde_json::Value,
        ) -> Self {
            Self {
                id: Some(id.into()),
                action_type: Some(action_type.into()),
                name: Some(name.into()),
                action_parameters: Some(action_parameters),
                ..Self::default()
            }
        }
    }

    /// `UpdateSingleActionDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateSingleActionDto {
        /// Agent ID to attach the action to
        ///
        /// Required by the spec.
        #[serde(rename = "agentId", default, skip_serializing_if = "Option::is_none")]
        pub agent_id: Option<String>,
        /// Location ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Type of action
        ///
        /// One of: `"CALL_TRANSFER"`, `"DATA_EXTRACTION"`, `"IN_CALL_DATA_EXTRACTION"`, `"WORKFLOW_TRIGGER"`, `"SMS"`, `"APPOINTMENT_BOOKING"`, `"CUSTOM_ACTION"`, `"KNOWLEDGE_BASE"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "actionType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub action_type: Option<String>,
        /// Human-readable name for this action
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Action parameters - structure varies by actionType
        ///
        /// Required by the spec.
        #[serde(
            rename = "actionParameters",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub action_parameters: Option<serde_json::Value>,
    }

    impl UpdateSingleActionDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            agent_id: impl Into<String>,
            location_id: impl Into<String>,
            action_type: impl Into<String>,
            name: impl Into<String>,
            action_parameters: serde_json::Value,
        ) -> Self {
            Self {
                agent_id: Some(agent_id.into()),
                location_id: Some(location_id.into()),
                action_type: Some(action_type.into()),
                name: Some(name.into()),
                action_parameters: Some(action_parameters),
                ..Self::default()
            }
        }
    }

    /// `UpdateActionResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateActionResponseDto {
        /// Unique identifier for the created action
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Type of action
        ///
        /// One of: `"CALL_TRANSFER"`, `"DATA_EXTRACTION"`, `"IN_CALL_DATA_EXTRACTION"`, `"WORKFLOW_TRIGGER"`, `"SMS"`, `"APPOINTMENT_BOOKING"`, `"CUSTOM_ACTION"`, `"KNOWLEDGE_BASE"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "actionType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub action_type: Option<String>,
        /// Human-readable name for this action
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Action parameters - structure varies by actionType
        ///
        /// Required by the spec.
        #[serde(
            rename = "actionParameters",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub action_parameters: Option<serde_json::Value>,
    }

    impl UpdateActionResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            action_type: impl Into<String>,
            name: impl Into<String>,
            action_parameters: serde_json::Value,
        ) -> Self {
            Self {
                id: Some(id.into()),
                action_type: Some(action_type.into()),
                name: Some(name.into()),
                action_parameters: Some(action_parameters),
                ..Self::default()
            }
        }
    }

    /// `GetActionResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetActionResponseDto {
        /// Unique identifier for the action
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Type of action
        ///
        /// One of: `"CALL_TRANSFER"`, `"DATA_EXTRACTION"`, `"IN_CALL_DATA_EXTRACTION"`, `"WORKFLOW_TRIGGER"`, `"SMS"`, `"APPOINTMENT_BOOKING"`, `"CUSTOM_ACTION"`, `"KNOWLEDGE_BASE"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "actionType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub action_type: Option<String>,
        /// Human-readable name for this action
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Action parameters - structure varies by actionType
        ///
        /// Required by the spec.
        #[serde(
            rename = "actionParameters",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub action_parameters: Option<serde_json::Value>,
    }

    impl GetActionResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            action_type: impl Into<String>,
            name: impl Into<String>,
            action_parameters: serde_json::Value,
        ) -> Self {
            Self {
                id: Some(id.into()),
                action_type: Some(action_type.into()),
                name: Some(name.into()),
                action_parameters: Some(action_parameters),
                ..Self::default()
            }
        }
    }
}

/// The Voice AI API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct VoiceAiApi {
    client: GhlClient,
}

impl VoiceAiApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// List Agents
    ///
    /// Retrieve a paginated list of agents for given location.
    ///
    /// `GET /voice-ai/agents`
    ///
    /// Version `2021-04-15`; scope `voice-ai-agents.readonly`; retried after an unknown outcome; pages by Page.
    pub fn get_agents(&self, location_id: impl Into<String>) -> ops::GetAgents {
        let mut req = Request::new(http::Method::GET, "/voice-ai/agents", "/voice-ai/agents");
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetAgents {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Agent
    ///
    /// Create a new voice AI agent configuration and settings
    ///
    /// `POST /voice-ai/agents`
    ///
    /// Version `2021-04-15`; scope `voice-ai-agents.write`; never repeated after an unknown outcome.
    pub fn create_agent(
        &self,
        body: &crate::apps::voice_ai::models::AgentCreationRequestDto,
    ) -> ops::CreateAgent {
        let mut req = Request::new(http::Method::POST, "/voice-ai/agents", "/voice-ai/agents");
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateAgent {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Agent
    ///
    /// Retrieve detailed configuration and settings for a specific voice AI agent
    ///
    /// `GET /voice-ai/agents/{agentId}`
    ///
    /// Version `2021-04-15`; scope `voice-ai-agents.readonly`; retried after an unknown outcome.
    pub fn get_agent(
        &self,
        agent_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::GetAgent {
        let mut req = Request::new(
            http::Method::GET,
            "/voice-ai/agents/{agentId}",
            format!(
                "/voice-ai/agents/{}",
                crate::request::segment(agent_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetAgent {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Patch Agent
    ///
    /// Partially update an existing voice AI agent
    ///
    /// `PATCH /voice-ai/agents/{agentId}`
    ///
    /// Version `2021-04-15`; scope `voice-ai-agents.write`; never repeated after an unknown outcome.
    pub fn patch_agent(
        &self,
        agent_id: impl AsRef<str>,
        location_id: impl Into<String>,
        body: &crate::apps::voice_ai::models::PatchAgentDto,
    ) -> ops::PatchAgent {
        let mut req = Request::new(
            http::Method::PATCH,
            "/voice-ai/agents/{agentId}",
            format!(
                "/voice-ai/agents/{}",
                crate::request::segment(agent_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        req = crate::apps::support::json_body(req, body);
        ops::PatchAgent {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Agent
    ///
    /// Delete a voice AI agent and all its configurations
    ///
    /// `DELETE /voice-ai/agents/{agentId}`
    ///
    /// Version `2021-04-15`; scope `voice-ai-agents.write`; retried after an unknown outcome.
    pub fn delete_agent(
        &self,
        agent_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::DeleteAgent {
        let mut req = Request::new(
            http::Method::DELETE,
            "/voice-ai/agents/{agentId}",
            format!(
                "/voice-ai/agents/{}",
                crate::request::segment(agent_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::DeleteAgent {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List Call Logs
    ///
    /// Returns call logs for Voice AI agents scoped to a location. Supports filtering by agent, contact, call type, action types, and date range (interpreted in the provided IANA timezone). Also supports sorting and 1-based pagination.
    ///
    /// `GET /voice-ai/dashboard/call-logs`
    ///
    /// Version `2021-04-15`; scope `voice-ai-dashboard.readonly`; retried after an unknown outcome; pages by Page.
    pub fn get_call_logs(&self, location_id: impl Into<String>) -> ops::GetCallLogs {
        let mut req = Request::new(
            http::Method::GET,
            "/voice-ai/dashboard/call-logs",
            "/voice-ai/dashboard/call-logs",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetCallLogs {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Call Log
    ///
    /// Returns a call log by callId.
    ///
    /// `GET /voice-ai/dashboard/call-logs/{callId}`
    ///
    /// Version `2021-04-15`; scope `voice-ai-dashboard.readonly`; retried after an unknown outcome.
    pub fn get_call_log(
        &self,
        call_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::GetCallLog {
        let mut req = Request::new(
            http::Method::GET,
            "/voice-ai/dashboard/call-logs/{callId}",
            format!(
                "/voice-ai/dashboard/call-logs/{}",
                crate::request::segment(call_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetCallLog {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Agent Action
    ///
    /// Create a new action for a voice AI agent. Actions define specific behaviors and capabilities for the agent during calls.
    ///
    /// `POST /voice-ai/actions`
    ///
    /// Version `2021-04-15`; scope `voice-ai-agent-goals.write`; never repeated after an unknown outcome.
    pub fn create_action(
        &self,
        body: &crate::apps::voice_ai::models::CreateSingleActionDto,
    ) -> ops::CreateAction {
        let mut req = Request::new(http::Method::POST, "/voice-ai/actions", "/voice-ai/actions");
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateAction {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Agent Action
    ///
    /// Retrieve details of a specific action by its ID. Returns the action configuration including actionParameters.
    ///
    /// `GET /voice-ai/actions/{actionId}`
    ///
    /// Version `2021-04-15`; scope `voice-ai-agent-goals.readonly`; retried after an unknown outcome.
    pub fn get_action(
        &self,
        action_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::GetAction {
        let mut req = Request::new(
            http::Method::GET,
            "/voice-ai/actions/{actionId}",
            format!(
                "/voice-ai/actions/{}",
                crate::request::segment(action_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetAction {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Agent Action
    ///
    /// Update an existing action for a voice AI agent. Modifies the behavior and configuration of an agent action.
    ///
    /// `PUT /voice-ai/actions/{actionId}`
    ///
    /// Version `2021-04-15`; scope `voice-ai-agent-goals.write`; retried after an unknown outcome.
    pub fn update_action(
        &self,
        action_id: impl AsRef<str>,
        body: &crate::apps::voice_ai::models::UpdateSingleActionDto,
    ) -> ops::UpdateAction {
        let mut req = Request::new(
            http::Method::PUT,
            "/voice-ai/actions/{actionId}",
            format!(
                "/voice-ai/actions/{}",
                crate::request::segment(action_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateAction {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Agent Action
    ///
    /// Delete an existing action from a voice AI agent. This permanently removes the action and its configuration.
    ///
    /// `DELETE /voice-ai/actions/{actionId}`
    ///
    /// Version `2021-04-15`; scope `voice-ai-agent-goals.write`; retried after an unknown outcome.
    pub fn delete_action(
        &self,
        action_id: impl AsRef<str>,
        location_id: impl Into<String>,
        agent_id: impl Into<String>,
    ) -> ops::DeleteAction {
        let mut req = Request::new(
            http::Method::DELETE,
            "/voice-ai/actions/{actionId}",
            format!(
                "/voice-ai/actions/{}",
                crate::request::segment(action_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("agentId", agent_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::DeleteAction {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Voice AI API operations (generated from GHL's spec).
    pub fn voice_ai(&self) -> VoiceAiApi {
        VoiceAiApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /voice-ai/agents` request being built, to send with [`GetAgents::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAgents {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAgents {
        /// Page number starting from 1
        pub fn page(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("page", value.to_string());
            self
        }

        /// Number of items per page
        pub fn page_size(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("pageSize", value.to_string());
            self
        }

        /// Query
        pub fn query(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("query", value.into());
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
        ) -> Result<crate::Page<crate::apps::voice_ai::models::GetAgentResponseDto>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Page("page"),
                cursor,
                |r: crate::apps::voice_ai::models::GetAgentsResponseDto| {
                    (r.agents.unwrap_or_default(), r.total.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(
            self,
        ) -> crate::ItemStream<crate::apps::voice_ai::models::GetAgentResponseDto> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::voice_ai::models::GetAgentsResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /voice-ai/agents` request being built, to send with [`CreateAgent::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateAgent {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateAgent {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::voice_ai::models::CreateAgentResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /voice-ai/agents/{agentId}` request being built, to send with [`GetAgent::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAgent {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAgent {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::voice_ai::models::GetAgentResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PATCH /voice-ai/agents/{agentId}` request being built, to send with [`PatchAgent::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct PatchAgent {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl PatchAgent {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::voice_ai::models::PatchAgentResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /voice-ai/agents/{agentId}` request being built, to send with [`DeleteAgent::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteAgent {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteAgent {
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

    /// The `GET /voice-ai/dashboard/call-logs` request being built, to send with [`GetCallLogs::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCallLogs {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetCallLogs {
        /// Agent identifier. When provided, returns logs for this agent only.
        pub fn agent_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("agentId", value.into());
            self
        }

        /// Contact IDs (comma-separated) to filter by.
        pub fn contact_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("contactId", value.into());
            self
        }

        /// Call type filter.
        ///
        /// One of: `"LIVE"`, `"TRIAL"`.
        pub fn call_type(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("callType", value.into());
            self
        }

        /// Start date filter (Unix timestamp). Must be less than endDate. Both startDate and endDate must be provided together.
        pub fn start_date(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("startDate", value.to_string());
            self
        }

        /// End date filter (Unix timestamp). Must be greater than startDate. Both startDate and endDate must be provided together.
        pub fn end_date(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("endDate", value.to_string());
            self
        }

        /// Action type filter for call logs (comma-separated ACTION_TYPE values)
        ///
        /// One of: `"CALL_TRANSFER"`, `"DATA_EXTRACTION"`, `"IN_CALL_DATA_EXTRACTION"`, `"WORKFLOW_TRIGGER"`, `"SMS"`, `"APPOINTMENT_BOOKING"`, `"CUSTOM_ACTION"`, `"KNOWLEDGE_BASE"`.
        pub fn action_type(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("actionType", value.into());
            self
        }

        /// Field to sort by. Defaults to newest if omitted.
        ///
        /// One of: `"duration"`, `"createdAt"`.
        pub fn sort_by(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("sortBy", value.into());
            self
        }

        /// Sort direction. Applies only when sortBy is provided.
        ///
        /// One of: `"ascend"`, `"descend"`.
        pub fn sort(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("sort", value.into());
            self
        }

        /// Page number (1-based).
        pub fn page(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("page", value.to_string());
            self
        }

        /// Page size (max 50).
        pub fn page_size(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("pageSize", value.to_string());
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
        ) -> Result<crate::Page<crate::apps::voice_ai::models::CallLogDto>> {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Page("page"),
                cursor,
                |r: crate::apps::voice_ai::models::CallLogsResponseDto| {
                    (r.call_logs.unwrap_or_default(), r.total.map(|t| t as u64))
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(self) -> crate::ItemStream<crate::apps::voice_ai::models::CallLogDto> {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::voice_ai::models::CallLogsResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /voice-ai/dashboard/call-logs/{callId}` request being built, to send with [`GetCallLog::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCallLog {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetCallLog {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::voice_ai::models::CallLogDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /voice-ai/actions` request being built, to send with [`CreateAction::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateAction {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateAction {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::voice_ai::models::CreateActionResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /voice-ai/actions/{actionId}` request being built, to send with [`GetAction::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAction {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAction {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::voice_ai::models::GetActionResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /voice-ai/actions/{actionId}` request being built, to send with [`UpdateAction::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateAction {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateAction {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::voice_ai::models::UpdateActionResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /voice-ai/actions/{actionId}` request being built, to send with [`DeleteAction::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteAction {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteAction {
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
}
