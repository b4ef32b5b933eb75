//! Conversation AI API: 12 operations.
//!
//! Generated from GHL's `apps/conversation-ai.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `TriggerWorkflowDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TriggerWorkflowDto {
        /// Array of workflow IDs to trigger
        ///
        /// Required by the spec.
        #[serde(
            rename = "workflowIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub workflow_ids: Option<Vec<String>>,
        /// Condition that triggers the workflow
        ///
        /// Required by the spec.
        #[serde(
            rename = "triggerCondition",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub trigger_condition: Option<String>,
        /// Optional message to send when triggering the workflow
        #[serde(
            rename = "triggerMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub trigger_message: Option<String>,
    }

    impl TriggerWorkflowDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(workflow_ids: Vec<String>, trigger_condition: impl Into<String>) -> Self {
            Self {
                workflow_ids: Some(workflow_ids),
                trigger_condition: Some(trigger_condition.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateContactFieldDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateContactFieldDto {
        /// ID of the contact field in Contacts Table
        ///
        /// Required by the spec.
        #[serde(
            rename = "contactFieldId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_field_id: Option<String>,
        /// Description of the contact field in Contacts Table
        ///
        /// Required by the spec.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Contact update examples in Contacts Table. Not required when using standard fields, Monetory or Date Custom fields.
        #[serde(
            rename = "contactUpdateExamples",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_update_examples: Option<Vec<String>>,
    }

    impl UpdateContactFieldDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(contact_field_id: impl Into<String>, description: impl Into<String>) -> Self {
            Self {
                contact_field_id: Some(contact_field_id.into()),
                description: Some(description.into()),
                ..Self::default()
            }
        }
    }

    /// `AppointmentBookingDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AppointmentBookingDto {
        /// Optional action ID reference
        #[serde(rename = "actionId", default, skip_serializing_if = "Option::is_none")]
        pub action_id: Option<String>,
        /// Calendar ID for appointment booking
        ///
        /// Required by the spec.
        #[serde(
            rename = "calendarId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub calendar_id: Option<String>,
        /// If true, only sends the appointment link without booking
        ///
        /// Required by the spec.
        #[serde(
            rename = "onlySendLink",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub only_send_link: Option<bool>,
        /// Whether to trigger a workflow after booking (cannot be true when onlySendLink is true)
        ///
        /// Required by the spec.
        #[serde(
            rename = "triggerWorkflow",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub trigger_workflow: Option<bool>,
        /// Workflow IDs to trigger after booking (required when triggerWorkflow is true)
        #[serde(
            rename = "workflowIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub workflow_ids: Option<Vec<String>>,
        /// Whether to put the agent to sleep after booking (cannot be true when onlySendLink is true)
        ///
        /// Required by the spec.
        #[serde(
            rename = "sleepAfterBooking",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sleep_after_booking: Option<bool>,
        /// Unit for sleep time (required when sleepAfterBooking is true)
        ///
        /// One of: `"days"`, `"hours"`, `"minutes"`.
        #[serde(
            rename = "sleepTimeUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sleep_time_unit: Option<String>,
        /// Sleep duration (required when sleepAfterBooking is true)
        #[serde(rename = "sleepTime", default, skip_serializing_if = "Option::is_none")]
        pub sleep_time: Option<f64>,
        /// Whether to transfer to another agent after booking (cannot be true when onlySendLink is true)
        ///
        /// Required by the spec.
        #[serde(
            rename = "transferBot",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub transfer_bot: Option<bool>,
        /// Agent ID to transfer to (required when transferBot is true)
        #[serde(
            rename = "transferAgent",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub transfer_agent: Option<String>,
        /// Whether to allow appointment rescheduling (cannot be true when onlySendLink is true)
        ///
        /// Required by the spec.
        #[serde(
            rename = "rescheduleEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub reschedule_enabled: Option<bool>,
        /// Whether to allow appointment cancellation (cannot be true when onlySendLink is true)
        ///
        /// Required by the spec.
        #[serde(
            rename = "cancelEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub cancel_enabled: Option<bool>,
    }

    impl AppointmentBookingDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            calendar_id: impl Into<String>,
            only_send_link: bool,
            trigger_workflow: bool,
            sleep_after_booking: bool,
            transfer_bot: bool,
            reschedule_enabled: bool,
            cancel_enabled: bool,
        ) -> Self {
            Self {
                calendar_id: Some(calendar_id.into()),
                only_send_link: Some(only_send_link),
                trigger_workflow: Some(trigger_workflow),
                sleep_after_booking: Some(sleep_after_booking),
                transfer_bot: Some(transfer_bot),
                reschedule_enabled: Some(reschedule_enabled),
                cancel_enabled: Some(cancel_enabled),
                ..Self::default()
            }
        }
    }

    /// `StopBotDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct StopBotDto {
        /// Type of stop bot detection - Goodbye or Custom
        ///
        /// One of: `"Goodbye"`, `"Custom"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "stopBotDetectionType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub stop_bot_detection_type: Option<String>,
        /// Condition that triggers stopping the bot
        ///
        /// Required by the spec.
        #[serde(
            rename = "stopBotTriggerCondition",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub stop_bot_trigger_condition: Option<String>,
        /// Whether the bot can be reactivated after being stopped
        ///
        /// Required by the spec.
        #[serde(
            rename = "reactivateEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub reactivate_enabled: Option<bool>,
        /// Time unit for reactivation delay (required when reactivateEnabled is true)
        ///
        /// One of: `"days"`, `"hours"`, `"minutes"`.
        #[serde(
            rename = "sleepTimeUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sleep_time_unit: Option<String>,
        /// Time duration before reactivation (required when reactivateEnabled is true)
        #[serde(rename = "sleepTime", default, skip_serializing_if = "Option::is_none")]
        pub sleep_time: Option<f64>,
        /// Whether this action is enabled for the agent
        ///
        /// Required by the spec.
        #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
        pub enabled: Option<bool>,
        /// Example phrases that trigger stop bot action (minimum 2 required)
        ///
        /// Required by the spec.
        #[serde(
            rename = "stopBotExamples",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub stop_bot_examples: Option<Vec<String>>,
        /// Final message sent when stopping the bot
        ///
        /// Required by the spec.
        #[serde(
            rename = "finalMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub final_message: Option<String>,
        /// Tags to apply when stopping the bot
        #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<String>>,
    }

    impl StopBotDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            stop_bot_detection_type: impl Into<String>,
            stop_bot_trigger_condition: impl Into<String>,
            reactivate_enabled: bool,
            enabled: bool,
            stop_bot_examples: Vec<String>,
            final_message: impl Into<String>,
        ) -> Self {
            Self {
                stop_bot_detection_type: Some(stop_bot_detection_type.into()),
                stop_bot_trigger_condition: Some(stop_bot_trigger_condition.into()),
                reactivate_enabled: Some(reactivate_enabled),
                enabled: Some(enabled),
                stop_bot_examples: Some(stop_bot_examples),
                final_message: Some(final_message.into()),
                ..Self::default()
            }
        }
    }

    /// `HumanHandOverDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct HumanHandOverDto {
        /// Whether human handover action is enabled
        ///
        /// Required by the spec.
        #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
        pub enabled: Option<bool>,
        /// Condition that triggers human handover
        ///
        /// Required by the spec.
        #[serde(
            rename = "triggerCondition",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub trigger_condition: Option<String>,
        /// Example phrases that trigger human handover (required when handoverType is custom or contactRequest)
        #[serde(rename = "examples", default, skip_serializing_if = "Option::is_none")]
        pub examples: Option<Vec<String>>,
        /// ID of the user to assign the conversation to
        #[serde(
            rename = "assignToUserId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub assign_to_user_id: Option<String>,
        /// Whether to skip assigning to a specific user
        #[serde(
            rename = "skipAssignToUser",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub skip_assign_to_user: Option<bool>,
        /// Whether to create a task when handing over
        #[serde(
            rename = "createTask",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub create_task: Option<bool>,
        /// Whether the agent can be reactivated after handover
        ///
        /// Required by the spec.
        #[serde(
            rename = "reactivateEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub reactivate_enabled: Option<bool>,
        /// Time unit for reactivation delay (required when reactivateEnabled is true)
        ///
        /// One of: `"days"`, `"hours"`, `"minutes"`.
        #[serde(
            rename = "sleepTimeUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sleep_time_unit: Option<String>,
        /// Time duration before reactivation (required when reactivateEnabled is true)
        #[serde(rename = "sleepTime", default, skip_serializing_if = "Option::is_none")]
        pub sleep_time: Option<f64>,
        /// Final message sent when handing over to human
        ///
        /// Required by the spec.
        #[serde(
            rename = "finalMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub final_message: Option<String>,
        /// Tags to apply during handover
        #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<String>>,
        /// Type of human handover detection
        ///
        /// One of: `"contactRequest"`, `"lackOfInformation"`, `"failedToResolveIssue"`, `"custom"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "handoverType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub handover_type: Option<String>,
    }

    impl HumanHandOverDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            enabled: bool,
            trigger_condition: impl Into<String>,
            reactivate_enabled: bool,
            final_message: impl Into<String>,
            handover_type: impl Into<String>,
        ) -> Self {
            Self {
                enabled: Some(enabled),
                trigger_condition: Some(trigger_condition.into()),
                reactivate_enabled: Some(reactivate_enabled),
                final_message: Some(final_message.into()),
                handover_type: Some(handover_type.into()),
                ..Self::default()
            }
        }
    }

    /// `FollowupSequence` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FollowupSequence {
        /// Unique identifier for this followup step
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<f64>,
        /// Time unit for followup delay
        ///
        /// One of: `"days"`, `"hours"`, `"minutes"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "followupTimeUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub followup_time_unit: Option<String>,
        /// Time duration before followup (max: 60 minutes, 24 hours, or 180 days depending on unit)
        ///
        /// Required by the spec.
        #[serde(
            rename = "followupTime",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub followup_time: Option<f64>,
        /// Whether to use AI to generate the followup message
        #[serde(
            rename = "aiEnabledMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub ai_enabled_message: Option<bool>,
        /// Whether to trigger a workflow during this followup
        #[serde(
            rename = "triggerWorkflow",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub trigger_workflow: Option<bool>,
        /// Custom message to send (when aiEnabledMessage is false)
        #[serde(
            rename = "customMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub custom_message: Option<String>,
        /// Workflow ID to trigger (when triggerWorkflow is true)
        #[serde(
            rename = "workflowId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub workflow_id: Option<String>,
        /// Whether contact was requested in this followup
        #[serde(
            rename = "contactRequested",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub contact_requested: Option<bool>,
    }

    impl FollowupSequence {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: f64, followup_time_unit: impl Into<String>, followup_time: f64) -> Self {
            Self {
                id: Some(id),
                followup_time_unit: Some(followup_time_unit.into()),
                followup_time: Some(followup_time),
                ..Self::default()
            }
        }
    }

    /// `Interval` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct Interval {
        /// Start hour (24-hour format)
        ///
        /// Required by the spec.
        #[serde(rename = "startHour", default, skip_serializing_if = "Option::is_none")]
        pub start_hour: Option<f64>,
        /// Start minute
        ///
        /// Required by the spec.
        #[serde(
            rename = "startMinute",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub start_minute: Option<f64>,
        /// End hour (24-hour format)
        ///
        /// Required by the spec.
        #[serde(rename = "endHour", default, skip_serializing_if = "Option::is_none")]
        pub end_hour: Option<f64>,
        /// End minute
        ///
        /// Required by the spec.
        #[serde(rename = "endMinute", default, skip_serializing_if = "Option::is_none")]
        pub end_minute: Option<f64>,
    }

    impl Interval {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(start_hour: f64, start_minute: f64, end_hour: f64, end_minute: f64) -> Self {
            Self {
                start_hour: Some(start_hour),
                start_minute: Some(start_minute),
                end_hour: Some(end_hour),
                end_minute: Some(end_minute),
                ..Self::default()
            }
        }
    }

    /// `WorkingHours` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct WorkingHours {
        /// Day of the week (0=Sunday, 1=Monday, etc.)
        ///
        /// Required by the spec.
        #[serde(
            rename = "dayOfTheWeek",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub day_of_the_week: Option<f64>,
        /// Time intervals for this day
        #[serde(rename = "intervals", default, skip_serializing_if = "Option::is_none")]
        pub intervals: Option<Vec<crate::apps::conversation_ai::models::Interval>>,
    }

    impl WorkingHours {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(day_of_the_week: f64) -> Self {
            Self {
                day_of_the_week: Some(day_of_the_week),
                ..Self::default()
            }
        }
    }

    /// `FollowupSettings` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FollowupSettings {
        /// Whether to dynamically switch channels for followups
        ///
        /// Required by the spec.
        #[serde(
            rename = "dynamicChannelSwitching",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub dynamic_channel_switching: Option<bool>,
        /// Whether to respect working hours for followups
        #[serde(
            rename = "followUpHours",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub follow_up_hours: Option<bool>,
        /// Working hours configuration for followups
        #[serde(
            rename = "workingHours",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub working_hours: Option<Vec<crate::apps::conversation_ai::models::WorkingHours>>,
        /// Timezone to use for followups, contact or location
        ///
        /// One of: `"contact"`, `"business"`.
        #[serde(
            rename = "timezoneToUse",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub timezone_to_use: Option<String>,
    }

    impl FollowupSettings {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(dynamic_channel_switching: bool) -> Self {
            Self {
                dynamic_channel_switching: Some(dynamic_channel_switching),
                ..Self::default()
            }
        }
    }

    /// `AdvancedFollowupDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct AdvancedFollowupDto {
        /// Whether advanced followup is enabled
        ///
        /// Required by the spec.
        #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
        pub enabled: Option<bool>,
        /// ID of the followup scenario
        ///
        /// One of: `"contactStoppedReplying"`, `"contactIsBusy"`, `"contactRequested"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "scenarioId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub scenario_id: Option<String>,
        /// Sequence of followup actions to perform
        ///
        /// Required by the spec.
        #[serde(
            rename = "followupSequence",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub followup_sequence: Option<Vec<crate::apps::conversation_ai::models::FollowupSequence>>,
        /// Additional settings for followup behavior
        #[serde(
            rename = "followupSettings",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub followup_settings: Option<crate::apps::conversation_ai::models::FollowupSettings>,
    }

    impl AdvancedFollowupDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            enabled: bool,
            scenario_id: impl Into<String>,
            followup_sequence: Vec<crate::apps::conversation_ai::models::FollowupSequence>,
        ) -> Self {
            Self {
                enabled: Some(enabled),
                scenario_id: Some(scenario_id.into()),
                followup_sequence: Some(followup_sequence),
                ..Self::default()
            }
        }
    }

    /// `TransferBotDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct TransferBotDto {
        /// Type of transfer - Default or Custom
        ///
        /// One of: `"Default"`, `"Custom"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "transferBotType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub transfer_bot_type: Option<String>,
        /// ID of the bot/agent to transfer to
        ///
        /// Required by the spec.
        #[serde(
            rename = "transferToBot",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub transfer_to_bot: Option<String>,
        /// Whether this transfer action is enabled
        ///
        /// Required by the spec.
        #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
        pub enabled: Option<bool>,
        /// Condition that triggers the transfer (required for Custom type)
        #[serde(
            rename = "transferBotTriggerCondition",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub transfer_bot_trigger_condition: Option<String>,
        /// Example phrases that trigger transfer (required for Custom type, minimum 2)
        #[serde(
            rename = "transferBotExamples",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub transfer_bot_examples: Option<Vec<String>>,
    }

    impl TransferBotDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            transfer_bot_type: impl Into<String>,
            transfer_to_bot: impl Into<String>,
            enabled: bool,
        ) -> Self {
            Self {
                transfer_bot_type: Some(transfer_bot_type.into()),
                transfer_to_bot: Some(transfer_to_bot.into()),
                enabled: Some(enabled),
                ..Self::default()
            }
        }
    }

    /// `CreateActionDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateActionDto {
        /// One of: `"triggerWorkflow"`, `"updateContactField"`, `"appointmentBooking"`, `"stopBot"`, `"humanHandOver"`, `"advancedFollowup"`, `"transferBot"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Action-specific details. The structure depends on the action type. For TRIGGER_WORKFLOW use triggerWorkflowDto, for UPDATE_CONTACT_FIELD use updateContactFieldDto, for APPOINTMENT_BOOKING use appointmentBookingDto, for STOP_BOT use stopBotDto, for HUMAN_HAND_OVER use humanHandOverDto, for ADVANCED_FOLLOWUP use advancedFollowupDto, and for TRANSFER_BOT use transferBotDto.
        ///
        /// Required by the spec.
        #[serde(rename = "details", default, skip_serializing_if = "Option::is_none")]
        pub details: Option<serde_json::Value>,
    }

    impl CreateActionDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            r#type: impl Into<String>,
            name: impl Into<String>,
            details: serde_json::Value,
        ) -> Self {
            Self {
                r#type: Some(r#type.into()),
                name: Some(name.into()),
                details: Some(details),
                ..Self::default()
            }
        }
    }

    /// `ActionDataDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ActionDataDto {
        /// Unique identifier for the action
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Name of the action
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Type of the action
        ///
        /// One of: `"triggerWorkflow"`, `"updateContactField"`, `"appointmentBooking"`, `"stopBot"`, `"humanHandOver"`, `"advancedFollowup"`, `"transferBot"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Agent ID where the action belongs
        #[serde(rename = "agentId", default, skip_serializing_if = "Option::is_none")]
        pub agent_id: Option<String>,
        /// Action-specific details. The structure depends on the action type. For TRIGGER_WORKFLOW use triggerWorkflowDto, for UPDATE_CONTACT_FIELD use updateContactFieldDto, for APPOINTMENT_BOOKING use appointmentBookingDto, for STOP_BOT use stopBotDto, for HUMAN_HAND_OVER use humanHandOverDto, for ADVANCED_FOLLOWUP use advancedFollowupDto, and for TRANSFER_BOT use transferBotDto.
        ///
        /// Required by the spec.
        #[serde(rename = "details", default, skip_serializing_if = "Option::is_none")]
        pub details: Option<serde_json::Value>,
    }

    impl ActionDataDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            name: impl Into<String>,
            r#type: impl Into<String>,
            details: serde_json::Value,
        ) -> Self {
            Self {
                id: Some(id.into()),
                name: Some(name.into()),
                r#type: Some(r#type.into()),
                details: Some(details),
                ..Self::default()
            }
        }
    }

    /// `CreateActionResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateActionResponseDto {
        /// Created action details
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::conversation_ai::models::ActionDataDto>,
        /// Success status of the request
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    impl CreateActionResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            data: crate::apps::conversation_ai::models::ActionDataDto,
            success: bool,
        ) -> Self {
            Self {
                data: Some(data),
                success: Some(success),
                ..Self::default()
            }
        }
    }

    /// `FetchActionsForEmployeeResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FetchActionsForEmployeeResponseDto {
        /// Grouped actions by type
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<Vec<crate::apps::conversation_ai::models::ActionDataDto>>,
        /// Success status of the request
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    impl FetchActionsForEmployeeResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            data: Vec<crate::apps::conversation_ai::models::ActionDataDto>,
            success: bool,
        ) -> Self {
            Self {
                data: Some(data),
                success: Some(success),
                ..Self::default()
            }
        }
    }

    /// `FetchActionDetailsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FetchActionDetailsResponseDto {
        /// Action details
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::conversation_ai::models::ActionDataDto>,
        /// Success status of the request
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    impl FetchActionDetailsResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            data: crate::apps::conversation_ai::models::ActionDataDto,
            success: bool,
        ) -> Self {
            Self {
                data: Some(data),
                success: Some(success),
                ..Self::default()
            }
        }
    }

    /// `UpdateActionResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateActionResponseDto {
        /// Updated action details
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::conversation_ai::models::ActionDataDto>,
        /// Success status of the request
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    impl UpdateActionResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            data: crate::apps::conversation_ai::models::ActionDataDto,
            success: bool,
        ) -> Self {
            Self {
                data: Some(data),
                success: Some(success),
                ..Self::default()
            }
        }
    }

    /// `DeleteActionDataDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteActionDataDto {
        /// ID of the deleted action
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
    }

    impl DeleteActionDataDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `DeleteActionResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteActionResponseDto {
        /// Deleted action information
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<crate::apps::conversation_ai::models::DeleteActionDataDto>,
        /// Success status of the request
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    impl DeleteActionResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            data: crate::apps::conversation_ai::models::DeleteActionDataDto,
            success: bool,
        ) -> Self {
            Self {
                data: Some(data),
                success: Some(success),
                ..Self::default()
            }
        }
    }

    /// `UpdateFollowupSettingsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateFollowupSettingsDto {
        ///
        /// Required by the spec.
        #[serde(rename = "actionIds", default, skip_serializing_if = "Option::is_none")]
        pub action_ids: Option<Vec<String>>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "followupSettings",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub followup_settings: Option<crate::apps::conversation_ai::models::FollowupSettings>,
    }

    impl UpdateFollowupSettingsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            action_ids: Vec<String>,
            followup_settings: crate::apps::conversation_ai::models::FollowupSettings,
        ) -> Self {
            Self {
                action_ids: Some(action_ids),
                followup_settings: Some(followup_settings),
                ..Self::default()
            }
        }
    }

    /// `CreateEmployeeDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateEmployeeDto {
        /// Name of the agent.
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Name of the business the agent represents.
        #[serde(
            rename = "businessName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_name: Option<String>,
        /// Mode of operation - OFF, SUGGESTIVE, or AUTO_PILOT
        ///
        /// One of: `"off"`, `"suggestive"`, `"auto-pilot"`.
        #[serde(rename = "mode", default, skip_serializing_if = "Option::is_none")]
        pub mode: Option<String>,
        /// Communication channels the agent can operate on
        #[serde(rename = "channels", default, skip_serializing_if = "Option::is_none")]
        pub channels: Option<Vec<String>>,
        /// Indicates if this agent is a primary agent.
        #[serde(rename = "isPrimary", default, skip_serializing_if = "Option::is_none")]
        pub is_primary: Option<bool>,
        /// Wait time before agent responds (max 5 for minutes, 300 for seconds)
        #[serde(rename = "waitTime", default, skip_serializing_if = "Option::is_none")]
        pub wait_time: Option<f64>,
        /// Unit for wait time - SECONDS or MINUTES
        ///
        /// One of: `"minutes"`, `"seconds"`.
        #[serde(
            rename = "waitTimeUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub wait_time_unit: Option<String>,
        /// Indicates if sleep functionality is enabled.
        #[serde(
            rename = "sleepEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sleep_enabled: Option<bool>,
        /// Duration of sleep period (required if sleepEnabled is true). Set to null for indefinite sleep. (max 2880 for minutes, 172800 for seconds, 48 for hours)
        #[serde(rename = "sleepTime", default, skip_serializing_if = "Option::is_none")]
        pub sleep_time: Option<f64>,
        /// Unit of sleep time - HOURS, MINUTES, or SECONDS (required if sleepEnabled is true). Set to null for indefinite sleep.
        ///
        /// One of: `"hours"`, `"minutes"`, `"seconds"`.
        #[serde(
            rename = "sleepTimeUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sleep_time_unit: Option<String>,
        /// Personality traits of the agent.
        ///
        /// Required by the spec.
        #[serde(
            rename = "personality",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub personality: Option<String>,
        /// The goal of the agent.
        ///
        /// Required by the spec.
        #[serde(rename = "goal", default, skip_serializing_if = "Option::is_none")]
        pub goal: Option<String>,
        /// Instructions for the agent.
        ///
        /// Required by the spec.
        #[serde(
            rename = "instructions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub instructions: Option<String>,
        /// Maximum number of messages in auto-pilot mode before requiring human intervention. (max: 100, min: 1)
        #[serde(
            rename = "autoPilotMaxMessages",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub auto_pilot_max_messages: Option<f64>,
        /// Array of knowledge base IDs associated with this agent.
        #[serde(
            rename = "knowledgeBaseIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub knowledge_base_ids: Option<Vec<String>>,
        /// Allow agent to respond to images
        #[serde(
            rename = "respondToImages",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub respond_to_images: Option<bool>,
        /// Allow agent to respond to audio
        #[serde(
            rename = "respondToAudio",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub respond_to_audio: Option<bool>,
        /// Enable sleep when a manual outbound message is sent.
        #[serde(
            rename = "sleepOnManualMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sleep_on_manual_message: Option<bool>,
        /// Enable sleep when a workflow outbound message is sent.
        #[serde(
            rename = "sleepOnWorkflowMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sleep_on_workflow_message: Option<bool>,
    }

    impl CreateEmployeeDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            name: impl Into<String>,
            personality: impl Into<String>,
            goal: impl Into<String>,
            instructions: impl Into<String>,
        ) -> Self {
            Self {
                name: Some(name.into()),
                personality: Some(personality.into()),
                goal: Some(goal.into()),
                instructions: Some(instructions.into()),
                ..Self::default()
            }
        }
    }

    /// `ActionsIdDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ActionsIdDto {
        /// Unique identifier for the action.
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// type of action.
        ///
        /// One of: `"triggerWorkflow"`, `"updateContactField"`, `"appointmentBooking"`, `"stopBot"`, `"humanHandOver"`, `"advancedFollowup"`, `"transferBot"`.
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
    }

    impl ActionsIdDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(id: impl Into<String>, r#type: impl Into<String>) -> Self {
            Self {
                id: Some(id.into()),
                r#type: Some(r#type.into()),
                ..Self::default()
            }
        }
    }

    /// `EmployeeResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct EmployeeResponseDto {
        /// Unique identifier for the agent.
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Name of the agent.
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Name of the business the agent represents.
        #[serde(
            rename = "businessName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_name: Option<String>,
        /// Current operating mode of the agent.
        ///
        /// One of: `"off"`, `"suggestive"`, `"auto-pilot"`.
        ///
        /// Required by the spec.
        #[serde(rename = "mode", default, skip_serializing_if = "Option::is_none")]
        pub mode: Option<String>,
        /// Communication channels the agent operates on.
        ///
        /// Required by the spec.
        #[serde(rename = "channels", default, skip_serializing_if = "Option::is_none")]
        pub channels: Option<Vec<String>>,
        /// Wait time before agent responds.
        ///
        /// Required by the spec.
        #[serde(rename = "waitTime", default, skip_serializing_if = "Option::is_none")]
        pub wait_time: Option<f64>,
        /// Unit for wait time.
        ///
        /// One of: `"minutes"`, `"seconds"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "waitTimeUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub wait_time_unit: Option<String>,
        /// Indicates if sleep functionality is enabled.
        ///
        /// Required by the spec.
        #[serde(
            rename = "sleepEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sleep_enabled: Option<bool>,
        /// Duration of sleep period.
        #[serde(rename = "sleepTime", default, skip_serializing_if = "Option::is_none")]
        pub sleep_time: Option<f64>,
        /// Unit of sleep time.
        ///
        /// One of: `"hours"`, `"minutes"`, `"seconds"`.
        #[serde(
            rename = "sleepTimeUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sleep_time_unit: Option<String>,
        /// List of actions associated with this agent.
        ///
        /// Required by the spec.
        #[serde(rename = "actions", default, skip_serializing_if = "Option::is_none")]
        pub actions: Option<Vec<crate::apps::conversation_ai::models::ActionsIdDto>>,
        /// Indicates if this agent is a primary agent.
        ///
        /// Required by the spec.
        #[serde(rename = "isPrimary", default, skip_serializing_if = "Option::is_none")]
        pub is_primary: Option<bool>,
        /// Maximum number of messages in auto-pilot mode before requiring human intervention.
        ///
        /// Required by the spec.
        #[serde(
            rename = "autoPilotMaxMessages",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub auto_pilot_max_messages: Option<f64>,
        /// The goal of the agent.
        #[serde(rename = "goal", default, skip_serializing_if = "Option::is_none")]
        pub goal: Option<String>,
        /// Personality traits of the agent.
        #[serde(
            rename = "personality",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub personality: Option<String>,
        /// Instructions for the agent.
        #[serde(
            rename = "instructions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub instructions: Option<String>,
        /// Array of knowledge base IDs associated with this agent.
        #[serde(
            rename = "knowledgeBaseIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub knowledge_base_ids: Option<Vec<String>>,
        /// Whether the bot sleeps on manual outbound messages.
        #[serde(
            rename = "sleepOnManualMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sleep_on_manual_message: Option<bool>,
        /// Whether the bot sleeps on workflow outbound messages.
        #[serde(
            rename = "sleepOnWorkflowMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sleep_on_workflow_message: Option<bool>,
    }

    impl EmployeeResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            name: impl Into<String>,
            mode: impl Into<String>,
            channels: Vec<String>,
            wait_time: f64,
            wait_time_unit: impl Into<String>,
            sleep_enabled: bool,
            actions: Vec<crate::apps::conversation_ai::models::ActionsIdDto>,
            is_primary: bool,
            auto_pilot_max_messages: f64,
        ) -> Self {
            Self {
                id: Some(id.into()),
                name: Some(name.into()),
                mode: Some(mode.into()),
                channels: Some(channels),
                wait_time: Some(wait_time),
                wait_time_unit: Some(wait_time_unit.into()),
                sleep_enabled: Some(sleep_enabled),
                actions: Some(actions),
                is_primary: Some(is_primary),
                auto_pilot_max_messages: Some(auto_pilot_max_messages),
                ..Self::default()
            }
        }
    }

    /// `EmployeeListItemDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct EmployeeListItemDto {
        /// Unique identifier for the agent.
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Name of the agent.
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Name of the business the agent represents.
        #[serde(
            rename = "businessName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_name: Option<String>,
        /// Current operating mode of the agent.
        ///
        /// One of: `"off"`, `"suggestive"`, `"auto-pilot"`.
        ///
        /// Required by the spec.
        #[serde(rename = "mode", default, skip_serializing_if = "Option::is_none")]
        pub mode: Option<String>,
        /// Communication channels the agent operates on.
        ///
        /// Required by the spec.
        #[serde(rename = "channels", default, skip_serializing_if = "Option::is_none")]
        pub channels: Option<Vec<String>>,
        /// Wait time before agent responds.
        ///
        /// Required by the spec.
        #[serde(rename = "waitTime", default, skip_serializing_if = "Option::is_none")]
        pub wait_time: Option<f64>,
        /// Unit for wait time.
        ///
        /// One of: `"minutes"`, `"seconds"`.
        ///
        /// Required by the spec.
        #[serde(
            rename = "waitTimeUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub wait_time_unit: Option<String>,
        /// Indicates if sleep functionality is enabled.
        ///
        /// Required by the spec.
        #[serde(
            rename = "sleepEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sleep_enabled: Option<bool>,
        /// Duration of sleep period.
        #[serde(rename = "sleepTime", default, skip_serializing_if = "Option::is_none")]
        pub sleep_time: Option<f64>,
        /// Unit of sleep time.
        ///
        /// One of: `"hours"`, `"minutes"`, `"seconds"`.
        #[serde(
            rename = "sleepTimeUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sleep_time_unit: Option<String>,
        /// List of actions associated with this agent.
        ///
        /// Required by the spec.
        #[serde(rename = "actions", default, skip_serializing_if = "Option::is_none")]
        pub actions: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
        /// Indicates if this agent is a primary agent. (First agent created for a location is primary by default)
        ///
        /// Required by the spec.
        #[serde(rename = "isPrimary", default, skip_serializing_if = "Option::is_none")]
        pub is_primary: Option<bool>,
        /// Maximum number of messages in auto-pilot mode before requiring human intervention.
        ///
        /// Required by the spec.
        #[serde(
            rename = "autoPilotMaxMessages",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub auto_pilot_max_messages: Option<f64>,
        /// Goal configuration for the agent.
        #[serde(rename = "goal", default, skip_serializing_if = "Option::is_none")]
        pub goal: Option<serde_json::Map<String, serde_json::Value>>,
        /// Array of knowledge base IDs associated with this agent.
        #[serde(
            rename = "knowledgeBaseIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub knowledge_base_ids: Option<Vec<String>>,
        /// Timestamp when the agent was created.
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// Timestamp when the agent was last updated.
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// Whether the bot sleeps on manual outbound messages.
        #[serde(
            rename = "sleepOnManualMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sleep_on_manual_message: Option<bool>,
        /// Whether the bot sleeps on workflow outbound messages.
        #[serde(
            rename = "sleepOnWorkflowMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sleep_on_workflow_message: Option<bool>,
    }

    impl EmployeeListItemDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            name: impl Into<String>,
            mode: impl Into<String>,
            channels: Vec<String>,
            wait_time: f64,
            wait_time_unit: impl Into<String>,
            sleep_enabled: bool,
            actions: Vec<serde_json::Map<String, serde_json::Value>>,
            is_primary: bool,
            auto_pilot_max_messages: f64,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                name: Some(name.into()),
                mode: Some(mode.into()),
                channels: Some(channels),
                wait_time: Some(wait_time),
                wait_time_unit: Some(wait_time_unit.into()),
                sleep_enabled: Some(sleep_enabled),
                actions: Some(actions),
                is_primary: Some(is_primary),
                auto_pilot_max_messages: Some(auto_pilot_max_messages),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                ..Self::default()
            }
        }
    }

    /// `SearchEmployeeResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SearchEmployeeResponseDto {
        /// List of agents matching the search criteria.
        ///
        /// Required by the spec.
        #[serde(rename = "agents", default, skip_serializing_if = "Option::is_none")]
        pub agents: Option<Vec<crate::apps::conversation_ai::models::EmployeeListItemDto>>,
        /// Total number of agents in the location (unfiltered count).
        ///
        /// Required by the spec.
        #[serde(
            rename = "totalCount",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub total_count: Option<f64>,
        /// Number of agents in the current response (filtered/paginated count).
        ///
        /// Required by the spec.
        #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
        pub count: Option<f64>,
    }

    impl SearchEmployeeResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            agents: Vec<crate::apps::conversation_ai::models::EmployeeListItemDto>,
            total_count: f64,
            count: f64,
        ) -> Self {
            Self {
                agents: Some(agents),
                total_count: Some(total_count),
                count: Some(count),
                ..Self::default()
            }
        }
    }

    /// `UpdateEmployeeDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateEmployeeDto {
        /// Name of the agent.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Name of the business the agent represents.
        #[serde(
            rename = "businessName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub business_name: Option<String>,
        /// Mode of operation for the agent, required if primary is enabled.
        ///
        /// One of: `"off"`, `"suggestive"`, `"auto-pilot"`.
        #[serde(rename = "mode", default, skip_serializing_if = "Option::is_none")]
        pub mode: Option<String>,
        /// Channels the agent can use.
        #[serde(rename = "channels", default, skip_serializing_if = "Option::is_none")]
        pub channels: Option<Vec<String>>,
        /// Indicates if this agent is a primary agent.
        #[serde(rename = "isPrimary", default, skip_serializing_if = "Option::is_none")]
        pub is_primary: Option<bool>,
        /// Wait time before agent responds (max 5 for minutes, 300 for seconds).
        #[serde(rename = "waitTime", default, skip_serializing_if = "Option::is_none")]
        pub wait_time: Option<f64>,
        /// Unit for wait time - SECONDS or MINUTES
        ///
        /// One of: `"minutes"`, `"seconds"`.
        #[serde(
            rename = "waitTimeUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub wait_time_unit: Option<String>,
        /// Indicates if sleep functionality is enabled.
        #[serde(
            rename = "sleepEnabled",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sleep_enabled: Option<bool>,
        /// Duration of sleep period (required if sleepEnabled is true). Set to null for indefinite sleep. (max 2880 for minutes, 172800 for seconds, 48 for hours)
        #[serde(rename = "sleepTime", default, skip_serializing_if = "Option::is_none")]
        pub sleep_time: Option<f64>,
        /// Unit of sleep time - HOURS, MINUTES, or SECONDS (required if sleepEnabled is true). Set to null for indefinite sleep.
        ///
        /// One of: `"hours"`, `"minutes"`, `"seconds"`.
        #[serde(
            rename = "sleepTimeUnit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sleep_time_unit: Option<String>,
        /// Personality traits of the agent.
        #[serde(
            rename = "personality",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub personality: Option<String>,
        /// The goal of the agent.
        #[serde(rename = "goal", default, skip_serializing_if = "Option::is_none")]
        pub goal: Option<String>,
        /// Instructions for the agent.
        #[serde(
            rename = "instructions",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub instructions: Option<String>,
        /// Maximum number of messages in auto-pilot mode before requiring human intervention. (max: 100, min: 1)
        ///
        /// Required by the spec.
        #[serde(
            rename = "autoPilotMaxMessages",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub auto_pilot_max_messages: Option<f64>,
        /// Array of knowledge base IDs associated with this agent.
        #[serde(
            rename = "knowledgeBaseIds",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub knowledge_base_ids: Option<Vec<String>>,
        /// Allow agent to respond to images
        #[serde(
            rename = "respondToImages",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub respond_to_images: Option<bool>,
        /// Allow agent to respond to audio
        #[serde(
            rename = "respondToAudio",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub respond_to_audio: Option<bool>,
        /// Enable sleep when a manual outbound message is sent.
        #[serde(
            rename = "sleepOnManualMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sleep_on_manual_message: Option<bool>,
        /// Enable sleep when a workflow outbound message is sent.
        #[serde(
            rename = "sleepOnWorkflowMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub sleep_on_workflow_message: Option<bool>,
    }

    impl UpdateEmployeeDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(auto_pilot_max_messages: f64) -> Self {
            Self {
                auto_pilot_max_messages: Some(auto_pilot_max_messages),
                ..Self::default()
            }
        }
    }

    /// `DeleteEmployeeResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteEmployeeResponseDto {
        /// Indicates if the agent was deleted successfully.
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Unique identifier of the deleted agent.
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
    }

    impl DeleteEmployeeResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, id: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                id: Some(id.into()),
                ..Self::default()
            }
        }
    }

    /// `FetchAiResponseDetailsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct FetchAiResponseDetailsResponseDto {
        /// The complete prompt used for the AI response.
        ///
        /// Required by the spec.
        #[serde(rename = "prompt", default, skip_serializing_if = "Option::is_none")]
        pub prompt: Option<String>,
        /// The intent/goal extracted from location prompt.
        #[serde(rename = "intent", default, skip_serializing_if = "Option::is_none")]
        pub intent: Option<String>,
        /// The response message generated by the AI.
        ///
        /// Required by the spec.
        #[serde(
            rename = "responseMessage",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub response_message: Option<String>,
        /// FAQ chunks used in generating the response from fine-tuned data.
        #[serde(rename = "faqs", default, skip_serializing_if = "Option::is_none")]
        pub faqs: Option<Vec<serde_json::Value>>,
        /// Website content chunks used in generating the response.
        #[serde(rename = "website", default, skip_serializing_if = "Option::is_none")]
        pub website: Option<Vec<serde_json::Value>>,
        /// ID of the employee/agent that generated the response.
        #[serde(rename = "agentId", default, skip_serializing_if = "Option::is_none")]
        pub agent_id: Option<String>,
        /// The original input message that triggered this response.
        #[serde(rename = "input", default, skip_serializing_if = "Option::is_none")]
        pub input: Option<String>,
        /// List of actions taken during this interaction.
        ///
        /// Required by the spec.
        #[serde(
            rename = "actionLogs",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub action_logs: Option<Vec<serde_json::Value>>,
        /// Conversation history leading up to this response.
        ///
        /// Required by the spec.
        #[serde(rename = "history", default, skip_serializing_if = "Option::is_none")]
        pub history: Option<Vec<serde_json::Value>>,
        /// Mode of operation during this interaction.
        #[serde(rename = "mode", default, skip_serializing_if = "Option::is_none")]
        pub mode: Option<String>,
    }

    impl FetchAiResponseDetailsResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            prompt: impl Into<String>,
            response_message: impl Into<String>,
            action_logs: Vec<serde_json::Value>,
            history: Vec<serde_json::Value>,
        ) -> Self {
            Self {
                prompt: Some(prompt.into()),
                response_message: Some(response_message.into()),
                action_logs: Some(action_logs),
                history: Some(history),
                ..Self::default()
            }
        }
    }
}

/// The Conversation AI API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct ConversationAiApi {
    client: GhlClient,
}

impl ConversationAiApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Attach Action to Agent
    ///
    /// Creates and attach a new action for an AI agent. Actions define specific tasks or behaviors that the agent can perform, such as booking appointments, sending follow-ups, or collecting information.
    ///
    /// `POST /conversation-ai/agents/{agentId}/actions`
    ///
    /// Version `2021-04-15`; scope `conversation-ai.write`; never repeated after an unknown outcome.
    pub fn create_action(
        &self,
        agent_id: impl AsRef<str>,
        body: &crate::apps::conversation_ai::models::CreateActionDto,
    ) -> ops::CreateAction {
        let mut req = Request::new(
            http::Method::POST,
            "/conversation-ai/agents/{agentId}/actions",
            format!(
                "/conversation-ai/agents/{}/actions",
                crate::request::segment(agent_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateAction {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List Actions for an Agent
    ///
    /// List for actions for an agent
    ///
    /// `GET /conversation-ai/agents/{agentId}/actions/list`
    ///
    /// Version `2021-04-15`; scope `conversation-ai.readonly`; retried after an unknown outcome.
    pub fn list_actions(&self, agent_id: impl AsRef<str>) -> ops::ListActions {
        let mut req = Request::new(
            http::Method::GET,
            "/conversation-ai/agents/{agentId}/actions/list",
            format!(
                "/conversation-ai/agents/{}/actions/list",
                crate::request::segment(agent_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::ListActions {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Action by ID
    ///
    /// Retrieves detailed information about a specific action using its unique identifier. Returns the action configuration, associated agents, and performance metrics.
    ///
    /// `GET /conversation-ai/agents/{agentId}/actions/{actionId}`
    ///
    /// Version `2021-04-15`; scope `conversation-ai.readonly`; retried after an unknown outcome.
    pub fn get_action_by_id(
        &self,
        agent_id: impl AsRef<str>,
        action_id: impl AsRef<str>,
    ) -> ops::GetActionById {
        let mut req = Request::new(
            http::Method::GET,
            "/conversation-ai/agents/{agentId}/actions/{actionId}",
            format!(
                "/conversation-ai/agents/{}/actions/{}",
                crate::request::segment(agent_id.as_ref()),
                crate::request::segment(action_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::GetActionById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Action
    ///
    /// Updates an existing action's configuration. This includes modifying the action name, description, trigger conditions, and behavior settings.
    ///
    /// `PUT /conversation-ai/agents/{agentId}/actions/{actionId}`
    ///
    /// Version `2021-04-15`; scope `conversation-ai.write`; retried after an unknown outcome.
    pub fn update_action(
        &self,
        agent_id: impl AsRef<str>,
        action_id: impl AsRef<str>,
        body: &crate::apps::conversation_ai::models::CreateActionDto,
    ) -> ops::UpdateAction {
        let mut req = Request::new(
            http::Method::PUT,
            "/conversation-ai/agents/{agentId}/actions/{actionId}",
            format!(
                "/conversation-ai/agents/{}/actions/{}",
                crate::request::segment(agent_id.as_ref()),
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

    /// Remove Action from Agent
    ///
    /// Permanently deletes an action. This will remove the action from all associated agents and cannot be undone.
    ///
    /// `DELETE /conversation-ai/agents/{agentId}/actions/{actionId}`
    ///
    /// Version `2021-04-15`; scope `conversation-ai.write`; retried after an unknown outcome.
    pub fn delete_action(
        &self,
        agent_id: impl AsRef<str>,
        action_id: impl AsRef<str>,
    ) -> ops::DeleteAction {
        let mut req = Request::new(
            http::Method::DELETE,
            "/conversation-ai/agents/{agentId}/actions/{actionId}",
            format!(
                "/conversation-ai/agents/{}/actions/{}",
                crate::request::segment(agent_id.as_ref()),
                crate::request::segment(action_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::DeleteAction {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Followup Settings
    ///
    /// Update the followup settings for an action
    ///
    /// `PATCH /conversation-ai/agents/{agentId}/followup-settings`
    ///
    /// Version `2021-04-15`; scope `conversation-ai.write`; never repeated after an unknown outcome.
    pub fn update_followup_settings(
        &self,
        agent_id: impl AsRef<str>,
        body: &crate::apps::conversation_ai::models::UpdateFollowupSettingsDto,
    ) -> ops::UpdateFollowupSettings {
        let mut req = Request::new(
            http::Method::PATCH,
            "/conversation-ai/agents/{agentId}/followup-settings",
            format!(
                "/conversation-ai/agents/{}/followup-settings",
                crate::request::segment(agent_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateFollowupSettings {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create an Agent
    ///
    /// Creates a new AI agent for the location. The agent will be created with the specified configuration including name, role, actions, and behavior settings.
    ///
    /// `POST /conversation-ai/agents`
    ///
    /// Version `2021-04-15`; scope `conversation-ai.write`; never repeated after an unknown outcome.
    pub fn create_agent(
        &self,
        body: &crate::apps::conversation_ai::models::CreateEmployeeDto,
    ) -> ops::CreateAgent {
        let mut req = Request::new(
            http::Method::POST,
            "/conversation-ai/agents",
            "/conversation-ai/agents",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateAgent {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Search Agents
    ///
    /// Searches for AI agents based on various criteria including name, status, and configuration. Supports advanced filtering and full-text search capabilities.
    ///
    /// `GET /conversation-ai/agents/search`
    ///
    /// Version `2021-04-15`; scope `conversation-ai.readonly`; retried after an unknown outcome.
    pub fn search_agent(&self) -> ops::SearchAgent {
        let mut req = Request::new(
            http::Method::GET,
            "/conversation-ai/agents/search",
            "/conversation-ai/agents/search",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::SearchAgent {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Agent
    ///
    /// Retrieves a specific AI agent by its ID. Returns the complete agent configuration including name, status, actions, and settings.
    ///
    /// `GET /conversation-ai/agents/{agentId}`
    ///
    /// Version `2021-04-15`; scope `conversation-ai.readonly`; retried after an unknown outcome.
    pub fn get_agent(&self, agent_id: impl AsRef<str>) -> ops::GetAgent {
        let mut req = Request::new(
            http::Method::GET,
            "/conversation-ai/agents/{agentId}",
            format!(
                "/conversation-ai/agents/{}",
                crate::request::segment(agent_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::GetAgent {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Agent
    ///
    /// Updates an existing AI agent's configuration. All fields in the agent configuration can be updated including name, status, actions, and behavior settings.
    ///
    /// `PUT /conversation-ai/agents/{agentId}`
    ///
    /// Version `2021-04-15`; scope `conversation-ai.write`; retried after an unknown outcome.
    pub fn update_agent(
        &self,
        agent_id: impl AsRef<str>,
        body: &crate::apps::conversation_ai::models::UpdateEmployeeDto,
    ) -> ops::UpdateAgent {
        let mut req = Request::new(
            http::Method::PUT,
            "/conversation-ai/agents/{agentId}",
            format!(
                "/conversation-ai/agents/{}",
                crate::request::segment(agent_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateAgent {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Agent
    ///
    /// Deletes an AI agent permanently. This action cannot be undone. All associated configurations and conversation history will be removed.
    ///
    /// `DELETE /conversation-ai/agents/{agentId}`
    ///
    /// Version `2021-04-15`; scope `conversation-ai.write`; retried after an unknown outcome.
    pub fn delete_agent(&self, agent_id: impl AsRef<str>) -> ops::DeleteAgent {
        let mut req = Request::new(
            http::Method::DELETE,
            "/conversation-ai/agents/{agentId}",
            format!(
                "/conversation-ai/agents/{}",
                crate::request::segment(agent_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        ops::DeleteAgent {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get the generation details
    ///
    /// Retrieves detailed information about AI responses including the System Prompt, Conversation history, Knowledge base, website, FAQ chunks, and Rich Text chunks.
    ///
    /// `GET /conversation-ai/generations`
    ///
    /// Version `2021-04-15`; scope `conversation-ai.readonly`; retried after an unknown outcome.
    pub fn get_generation_details(
        &self,
        message_id: impl Into<String>,
        source: impl Into<String>,
    ) -> ops::GetGenerationDetails {
        let mut req = Request::new(
            http::Method::GET,
            "/conversation-ai/generations",
            "/conversation-ai/generations",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("messageId", message_id.into());
        req = req.query_pair("source", source.into());
        ops::GetGenerationDetails {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Conversation AI API operations (generated from GHL's spec).
    pub fn conversation_ai(&self) -> ConversationAiApi {
        ConversationAiApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `POST /conversation-ai/agents/{agentId}/actions` request being built, to send with [`CreateAction::send`].
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
        pub async fn send(
            self,
        ) -> Result<crate::apps::conversation_ai::models::CreateActionResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /conversation-ai/agents/{agentId}/actions/list` request being built, to send with [`ListActions::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListActions {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ListActions {
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
        ) -> Result<crate::apps::conversation_ai::models::FetchActionsForEmployeeResponseDto>
        {
            self.client.send(self.request).await
        }
    }

    /// The `GET /conversation-ai/agents/{agentId}/actions/{actionId}` request being built, to send with [`GetActionById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetActionById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetActionById {
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
        ) -> Result<crate::apps::conversation_ai::models::FetchActionDetailsResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /conversation-ai/agents/{agentId}/actions/{actionId}` request being built, to send with [`UpdateAction::send`].
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
        pub async fn send(
            self,
        ) -> Result<crate::apps::conversation_ai::models::UpdateActionResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /conversation-ai/agents/{agentId}/actions/{actionId}` request being built, to send with [`DeleteAction::send`].
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

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::conversation_ai::models::DeleteActionResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PATCH /conversation-ai/agents/{agentId}/followup-settings` request being built, to send with [`UpdateFollowupSettings::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateFollowupSettings {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateFollowupSettings {
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
        ) -> Result<crate::apps::conversation_ai::models::UpdateActionResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /conversation-ai/agents` request being built, to send with [`CreateAgent::send`].
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
        pub async fn send(
            self,
        ) -> Result<crate::apps::conversation_ai::models::EmployeeResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /conversation-ai/agents/search` request being built, to send with [`SearchAgent::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct SearchAgent {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl SearchAgent {
        /// Start after is the agent id to start after, Serving as skip, send empty when first page
        pub fn start_after(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("startAfter", value.into());
            self
        }

        /// Records per page
        pub fn limit(mut self, value: f64) -> Self {
            self.request = self.request.query_pair("limit", value.to_string());
            self
        }

        /// query to search on agent name, must be provided in lowercase
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

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::conversation_ai::models::SearchEmployeeResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /conversation-ai/agents/{agentId}` request being built, to send with [`GetAgent::send`].
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
        pub async fn send(
            self,
        ) -> Result<crate::apps::conversation_ai::models::EmployeeResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /conversation-ai/agents/{agentId}` request being built, to send with [`UpdateAgent::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateAgent {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateAgent {
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
        ) -> Result<crate::apps::conversation_ai::models::EmployeeResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /conversation-ai/agents/{agentId}` request being built, to send with [`DeleteAgent::send`].
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

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::conversation_ai::models::DeleteEmployeeResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /conversation-ai/generations` request being built, to send with [`GetGenerationDetails::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetGenerationDetails {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetGenerationDetails {
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
        ) -> Result<crate::apps::conversation_ai::models::FetchAiResponseDetailsResponseDto>
        {
            self.client.send(self.request).await
        }
    }
}
