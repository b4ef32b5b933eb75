//! Agent Studio APIs: 11 operations.
//!
//! Generated from GHL's `apps/agent-studio.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `InternalServerErrorDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct InternalServerErrorDto {
        /// `statusCode`.
        #[serde(
            rename = "statusCode",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub status_code: Option<f64>,
        /// `message`.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    /// `CreatePublicAgentDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreatePublicAgentDto {
        /// Location ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Name of the agent
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Description of the agent
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Agency ID
        #[serde(rename = "agencyId", default, skip_serializing_if = "Option::is_none")]
        pub agency_id: Option<String>,
        /// Author ID
        #[serde(rename = "authorId", default, skip_serializing_if = "Option::is_none")]
        pub author_id: Option<String>,
        /// Author name
        #[serde(
            rename = "authorName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub author_name: Option<String>,
        /// Author email
        #[serde(
            rename = "authorEmail",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub author_email: Option<String>,
        /// Status of the agent
        ///
        /// One of: `"active"`, `"inactive"`, `"archived"`.
        ///
        /// Required by the spec.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// Version data for the agent including nodes, edges, and configuration
        ///
        /// Required by the spec.
        #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
        pub version: Option<serde_json::Map<String, serde_json::Value>>,
        /// Nodes array (deprecated, prefer using version.nodes)
        #[serde(rename = "nodes", default, skip_serializing_if = "Option::is_none")]
        pub nodes: Option<Vec<String>>,
        /// Edges array (deprecated, prefer using version.edges)
        #[serde(rename = "edges", default, skip_serializing_if = "Option::is_none")]
        pub edges: Option<Vec<String>>,
    }

    impl CreatePublicAgentDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            status: impl Into<String>,
            version: serde_json::Map<String, serde_json::Value>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                status: Some(status.into()),
                version: Some(version),
                ..Self::default()
            }
        }
    }

    /// `CreatePublicAgentResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreatePublicAgentResponseDto {
        /// Success status
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Response message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Created agent data with metadata
        ///
        /// Required by the spec.
        #[serde(rename = "agent", default, skip_serializing_if = "Option::is_none")]
        pub agent: Option<serde_json::Map<String, serde_json::Value>>,
        /// Created versions array (initial staging version)
        ///
        /// Required by the spec.
        #[serde(rename = "versions", default, skip_serializing_if = "Option::is_none")]
        pub versions: Option<Vec<serde_json::Value>>,
    }

    impl CreatePublicAgentResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            success: bool,
            message: impl Into<String>,
            agent: serde_json::Map<String, serde_json::Value>,
            versions: Vec<serde_json::Value>,
        ) -> Self {
            Self {
                success: Some(success),
                message: Some(message.into()),
                agent: Some(agent),
                versions: Some(versions),
                ..Self::default()
            }
        }
    }

    /// `UpdatePublicAgentVersionDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdatePublicAgentVersionDto {
        /// Location ID for authorization
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Version name
        #[serde(
            rename = "versionName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub version_name: Option<String>,
        /// Description of the version
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Complete array of nodes for the agent workflow. Provide all nodes including unchanged ones.
        #[serde(rename = "nodes", default, skip_serializing_if = "Option::is_none")]
        pub nodes: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
        /// Complete array of edges connecting the nodes. Provide all edges including unchanged ones.
        #[serde(rename = "edges", default, skip_serializing_if = "Option::is_none")]
        pub edges: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
        /// Global variables accessible throughout the agent workflow
        #[serde(
            rename = "globalVariables",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub global_variables: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
        /// Input variables required from user at execution time
        #[serde(
            rename = "inputVariables",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub input_variables: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
        /// Runtime variables generated during agent execution
        #[serde(
            rename = "runtimeVariables",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub runtime_variables: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
        /// Global configuration including prompts and settings
        #[serde(
            rename = "globalConfig",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub global_config: Option<serde_json::Map<String, serde_json::Value>>,
        /// User ID performing the update
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// User name performing the update
        #[serde(rename = "userName", default, skip_serializing_if = "Option::is_none")]
        pub user_name: Option<String>,
    }

    impl UpdatePublicAgentVersionDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_id: impl Into<String>) -> Self {
            Self {
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdatePublicAgentResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdatePublicAgentResponseDto {
        /// Success status
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Response message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Updated agent or version data
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl UpdatePublicAgentResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            success: bool,
            message: impl Into<String>,
            data: serde_json::Map<String, serde_json::Value>,
        ) -> Self {
            Self {
                success: Some(success),
                message: Some(message.into()),
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `UpdatePublicAgentMetadataDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdatePublicAgentMetadataDto {
        /// Location ID for authorization (cannot be updated)
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Name of the agent
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Description of the agent
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Status of the agent
        ///
        /// One of: `"active"`, `"inactive"`, `"archived"`.
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
    }

    impl UpdatePublicAgentMetadataDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_id: impl Into<String>) -> Self {
            Self {
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `DeletePublicAgentResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeletePublicAgentResponseDto {
        /// Success status
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Response message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Deleted agent ID
        #[serde(rename = "agentId", default, skip_serializing_if = "Option::is_none")]
        pub agent_id: Option<String>,
    }

    impl DeletePublicAgentResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(success: bool, message: impl Into<String>) -> Self {
            Self {
                success: Some(success),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }

    /// `PromoteAndPublishDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PromoteAndPublishDto {
        /// Location ID for authorization
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// User ID performing the promotion action
        #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<String>,
        /// User name performing the promotion action
        #[serde(rename = "userName", default, skip_serializing_if = "Option::is_none")]
        pub user_name: Option<String>,
        /// User email performing the promotion action
        #[serde(rename = "userEmail", default, skip_serializing_if = "Option::is_none")]
        pub user_email: Option<String>,
    }

    impl PromoteAndPublishDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_id: impl Into<String>) -> Self {
            Self {
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `PromoteAndPublishResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PromoteAndPublishResponseDto {
        /// Success status
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Response message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Result data with production and new draft version details
        ///
        /// Required by the spec.
        #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
        pub data: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl PromoteAndPublishResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            success: bool,
            message: impl Into<String>,
            data: serde_json::Map<String, serde_json::Value>,
        ) -> Self {
            Self {
                success: Some(success),
                message: Some(message.into()),
                data: Some(data),
                ..Self::default()
            }
        }
    }

    /// `GetPublishedAgentsResponseDtoAgentsItem` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetPublishedAgentsResponseDtoAgentsItem {
        /// Agent ID
        #[serde(rename = "agentId", default, skip_serializing_if = "Option::is_none")]
        pub agent_id: Option<String>,
        /// Agent name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Agent description
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Location ID
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Agent status (always "active")
        #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// Creation timestamp
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// Last update timestamp
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
    }

    /// Pagination metadata
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetPublishedAgentsResponseDtoPagination {
        /// Total number of agents
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// Number of agents per page
        #[serde(rename = "limit", default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<f64>,
        /// Starting position
        #[serde(rename = "offset", default, skip_serializing_if = "Option::is_none")]
        pub offset: Option<f64>,
        /// Whether more agents exist
        #[serde(rename = "hasMore", default, skip_serializing_if = "Option::is_none")]
        pub has_more: Option<bool>,
    }

    /// `GetPublishedAgentsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetPublishedAgentsResponseDto {
        /// Success status
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Response message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// List of agents with metadata
        ///
        /// Required by the spec.
        #[serde(rename = "agents", default, skip_serializing_if = "Option::is_none")]
        pub agents:
            Option<Vec<crate::apps::agent_studio::models::GetPublishedAgentsResponseDtoAgentsItem>>,
        /// Pagination metadata
        ///
        /// Required by the spec.
        #[serde(
            rename = "pagination",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub pagination:
            Option<crate::apps::agent_studio::models::GetPublishedAgentsResponseDtoPagination>,
    }

    impl GetPublishedAgentsResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            success: bool,
            message: impl Into<String>,
            agents: Vec<crate::apps::agent_studio::models::GetPublishedAgentsResponseDtoAgentsItem>,
            pagination: crate::apps::agent_studio::models::GetPublishedAgentsResponseDtoPagination,
        ) -> Self {
            Self {
                success: Some(success),
                message: Some(message.into()),
                agents: Some(agents),
                pagination: Some(pagination),
                ..Self::default()
            }
        }
    }

    /// `GetAgentByIdResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetAgentByIdResponseDto {
        /// Success status
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Response message
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Agent metadata with all active versions
        ///
        /// Required by the spec.
        #[serde(rename = "agent", default, skip_serializing_if = "Option::is_none")]
        pub agent: Option<serde_json::Map<String, serde_json::Value>>,
        /// Request trace ID for debugging
        #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
        pub trace_id: Option<String>,
    }

    impl GetAgentByIdResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            success: bool,
            message: impl Into<String>,
            agent: serde_json::Map<String, serde_json::Value>,
        ) -> Self {
            Self {
                success: Some(success),
                message: Some(message.into()),
                agent: Some(agent),
                ..Self::default()
            }
        }
    }

    /// `PublicAttachmentSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct PublicAttachmentSchema {
        /// Type of attachment
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// URL of the image attachment
        ///
        /// Required by the spec.
        #[serde(rename = "imageUrl", default, skip_serializing_if = "Option::is_none")]
        pub image_url: Option<String>,
    }

    impl PublicAttachmentSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(r#type: impl Into<String>, image_url: impl Into<String>) -> Self {
            Self {
                r#type: Some(r#type.into()),
                image_url: Some(image_url.into()),
                ..Self::default()
            }
        }
    }

    /// `ExecutePublicAgentDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ExecutePublicAgentDto {
        /// Message to send to the agent
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Unique session identifier that maintains conversational context across multiple interactions within the same agent session. Omit this field for the first message in a new session. Include the executionId returned from the previous response to maintain context in subsequent messages.
        #[serde(
            rename = "executionId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub execution_id: Option<String>,
        /// Input variables to pass to the agent. These should match the input variables defined in the agent configuration.
        #[serde(
            rename = "inputVariables",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub input_variables: Option<serde_json::Map<String, serde_json::Value>>,
        /// Published version ID to execute. If not provided, the latest published production version will be used.
        #[serde(rename = "versionId", default, skip_serializing_if = "Option::is_none")]
        pub version_id: Option<String>,
        /// Attachments for the message
        #[serde(
            rename = "attachments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attachments: Option<Vec<crate::apps::agent_studio::models::PublicAttachmentSchema>>,
        /// Location ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Contact ID to associate with this execution. When provided, contact data will be hydrated and made available to the agent.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
    }

    impl ExecutePublicAgentDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(message: impl Into<String>, location_id: impl Into<String>) -> Self {
            Self {
                message: Some(message.into()),
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `ExecutePublicAgentResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ExecutePublicAgentResponseDto {
        /// Success status
        ///
        /// Required by the spec.
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
        /// Unique session identifier that maintains conversational context across multiple interactions within the same agent session. Use this ID in subsequent requests to continue the conversation.
        ///
        /// Required by the spec.
        #[serde(
            rename = "executionId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub execution_id: Option<String>,
        /// Unique identifier for a single interaction cycle, consisting of one user input and the corresponding agent response. Each message exchange generates a new interactionId.
        ///
        /// Required by the spec.
        #[serde(
            rename = "interactionId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub interaction_id: Option<String>,
        /// Agent response text
        ///
        /// Required by the spec.
        #[serde(rename = "response", default, skip_serializing_if = "Option::is_none")]
        pub response: Option<String>,
        /// Response type
        ///
        /// Required by the spec.
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// Expected input type for next interaction
        ///
        /// Required by the spec.
        #[serde(
            rename = "nextExpectedInput",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub next_expected_input: Option<String>,
        /// When end node is added in the graph, this will be true if the agent reached the end node in the graph
        ///
        /// Required by the spec.
        #[serde(
            rename = "goalCompletion",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub goal_completion: Option<bool>,
        /// Execution status
        ///
        /// Required by the spec.
        #[serde(
            rename = "executionStatus",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub execution_status: Option<String>,
        /// Whether flow was switched
        ///
        /// Required by the spec.
        #[serde(
            rename = "flowSwitch",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub flow_switch: Option<bool>,
        /// Response attachments
        ///
        /// Required by the spec.
        #[serde(
            rename = "attachments",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub attachments: Option<Vec<serde_json::Value>>,
        /// Generated outputs
        ///
        /// Required by the spec.
        #[serde(
            rename = "generativeOutputs",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub generative_outputs: Option<Vec<serde_json::Value>>,
    }

    impl ExecutePublicAgentResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            success: bool,
            execution_id: impl Into<String>,
            interaction_id: impl Into<String>,
            response: impl Into<String>,
            r#type: impl Into<String>,
            next_expected_input: impl Into<String>,
            goal_completion: bool,
            execution_status: impl Into<String>,
            flow_switch: bool,
            attachments: Vec<serde_json::Value>,
            generative_outputs: Vec<serde_json::Value>,
        ) -> Self {
            Self {
                success: Some(success),
                execution_id: Some(execution_id.into()),
                interaction_id: Some(interaction_id.into()),
                response: Some(response.into()),
                r#type: Some(r#type.into()),
                next_expected_input: Some(next_expected_input.into()),
                goal_completion: Some(goal_completion),
                execution_status: Some(execution_status.into()),
                flow_switch: Some(flow_switch),
                attachments: Some(attachments),
                generative_outputs: Some(generative_outputs),
                ..Self::default()
            }
        }
    }
}

/// The Agent Studio APIs operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct AgentStudioApi {
    client: GhlClient,
}

impl AgentStudioApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// List Agents
    ///
    /// Lists all active agents for the specified location. locationId is required parameter to ensure optimal performance. Supports pagination using limit and offset. Optionally filter by isPublished=true to return only agents with a published production version.
    ///
    /// `GET /agent-studio/agent`
    ///
    /// Version `2021-04-15`; scope `agent-studio.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn get_agents(
        &self,
        location_id: impl Into<String>,
        limit: impl Into<String>,
        offset: impl Into<String>,
    ) -> ops::GetAgents {
        let mut req = Request::new(
            http::Method::GET,
            "/agent-studio/agent",
            "/agent-studio/agent",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("limit", limit.into());
        req = req.query_pair("offset", offset.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetAgents {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Agent
    ///
    /// Creates a new agent with staging version. The agent will be created with an initial staging version that can later be promoted to production.
    ///
    /// `POST /agent-studio/agent`
    ///
    /// Version `2021-04-15`; scope `agent-studio.write`; never repeated after an unknown outcome.
    pub fn create_agent(
        &self,
        body: &crate::apps::agent_studio::models::CreatePublicAgentDto,
    ) -> ops::CreateAgent {
        let mut req = Request::new(
            http::Method::POST,
            "/agent-studio/agent",
            "/agent-studio/agent",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateAgent {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Agent
    ///
    /// Updates a specific agent version by versionId. Supports updating nodes, edges, variables, and configuration.
    ///
    /// `PATCH /agent-studio/agent/versions/{versionId}`
    ///
    /// Version `2021-04-15`; scope `agent-studio.write`; never repeated after an unknown outcome.
    pub fn update_agent_version(
        &self,
        version_id: impl AsRef<str>,
        body: &crate::apps::agent_studio::models::UpdatePublicAgentVersionDto,
    ) -> ops::UpdateAgentVersion {
        let mut req = Request::new(
            http::Method::PATCH,
            "/agent-studio/agent/versions/{versionId}",
            format!(
                "/agent-studio/agent/versions/{}",
                crate::request::segment(version_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateAgentVersion {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Agent
    ///
    /// Gets a specific agent by its ID for the specified location with all its versions. Returns complete agent metadata and all non-deleted versions (draft, staging, production). locationId is required parameter. The agent must have active status.
    ///
    /// `GET /agent-studio/agent/{agentId}`
    ///
    /// Version `2021-04-15`; scope `agent-studio.readonly`; retried after an unknown outcome.
    pub fn get_agent_by_id(
        &self,
        agent_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::GetAgentById {
        let mut req = Request::new(
            http::Method::GET,
            "/agent-studio/agent/{agentId}",
            format!(
                "/agent-studio/agent/{}",
                crate::request::segment(agent_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetAgentById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Agent Metadata
    ///
    /// Updates agent metadata such as name, description, and status.
    ///
    /// `PATCH /agent-studio/agent/{agentId}`
    ///
    /// Version `2021-04-15`; scope `agent-studio.write`; never repeated after an unknown outcome.
    pub fn update_agent_metadata(
        &self,
        agent_id: impl AsRef<str>,
        body: &crate::apps::agent_studio::models::UpdatePublicAgentMetadataDto,
    ) -> ops::UpdateAgentMetadata {
        let mut req = Request::new(
            http::Method::PATCH,
            "/agent-studio/agent/{agentId}",
            format!(
                "/agent-studio/agent/{}",
                crate::request::segment(agent_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateAgentMetadata {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Agent
    ///
    /// Deletes an agent and all its versions.
    ///
    /// `DELETE /agent-studio/agent/{agentId}`
    ///
    /// Version `2021-04-15`; scope `agent-studio.write`; retried after an unknown outcome.
    pub fn delete_agent(
        &self,
        agent_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::DeleteAgent {
        let mut req = Request::new(
            http::Method::DELETE,
            "/agent-studio/agent/{agentId}",
            format!(
                "/agent-studio/agent/{}",
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

    /// Promote to Production
    ///
    /// Promotes a draft version to production.
    ///
    /// `POST /agent-studio/agent/versions/{versionId}/publish`
    ///
    /// Version `2021-04-15`; scope `agent-studio.write`; never repeated after an unknown outcome.
    pub fn promote_and_publish(
        &self,
        version_id: impl AsRef<str>,
        body: &crate::apps::agent_studio::models::PromoteAndPublishDto,
    ) -> ops::PromoteAndPublish {
        let mut req = Request::new(
            http::Method::POST,
            "/agent-studio/agent/versions/{versionId}/publish",
            format!(
                "/agent-studio/agent/versions/{}/publish",
                crate::request::segment(version_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::PromoteAndPublish {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Execute Agent
    ///
    /// Executes the specified agent and returns a non-streaming JSON response with the complete agent output. The agent must be in active status and belong to the specified location. locationId is required in the request body.
    ///
    /// **Session Management:**
    /// - For the first message in a new session, do not include the `executionId` in the request payload.
    /// - The API will return an `executionId` along with the agent response, which uniquely identifies this conversation session.
    /// - To continue the conversation within the same session, include the `executionId` from the previous response in subsequent requests. This allows the agent to maintain conversation context and history across multiple interactions.
    ///
    /// `POST /agent-studio/agent/{agentId}/execute`
    ///
    /// Version `2021-04-15`; scope `agent-studio.write`; never repeated after an unknown outcome.
    pub fn execute_agent(
        &self,
        agent_id: impl AsRef<str>,
        body: &crate::apps::agent_studio::models::ExecutePublicAgentDto,
    ) -> ops::ExecuteAgent {
        let mut req = Request::new(
            http::Method::POST,
            "/agent-studio/agent/{agentId}/execute",
            format!(
                "/agent-studio/agent/{}/execute",
                crate::request::segment(agent_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::ExecuteAgent {
            client: self.client.clone(),
            request: req,
        }
    }

    /// List Agents (Deprecated)
    ///
    /// **Deprecated endpoint - use GET /agent instead.**
    ///
    /// Lists all active agents that have a published production version for the specified location. locationId is required parameter. Supports pagination using limit and offset.
    ///
    /// `GET /agent-studio/public-api/agents`
    ///
    /// Version `2021-04-15`; scope `agent-studio.readonly`; retried after an unknown outcome; pages by Offset.
    #[deprecated(note = "deprecated in GHL's spec")]
    pub fn get_agents_deprecated(
        &self,
        location_id: impl Into<String>,
        limit: impl Into<String>,
        offset: impl Into<String>,
    ) -> ops::GetAgentsDeprecated {
        let mut req = Request::new(
            http::Method::GET,
            "/agent-studio/public-api/agents",
            "/agent-studio/public-api/agents",
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("limit", limit.into());
        req = req.query_pair("offset", offset.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetAgentsDeprecated {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Agent (Deprecated)
    ///
    /// **Deprecated endpoint - use GET /agent/:agentId instead.**
    ///
    /// Gets a specific agent by its ID for the specified location with all its versions. locationId is required parameter. The agent must have active status.
    ///
    /// `GET /agent-studio/public-api/agents/{agentId}`
    ///
    /// Version `2021-04-15`; scope `agent-studio.readonly`; retried after an unknown outcome.
    #[deprecated(note = "deprecated in GHL's spec")]
    pub fn get_agent_by_id_deprecated(
        &self,
        agent_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::GetAgentByIdDeprecated {
        let mut req = Request::new(
            http::Method::GET,
            "/agent-studio/public-api/agents/{agentId}",
            format!(
                "/agent-studio/public-api/agents/{}",
                crate::request::segment(agent_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetAgentByIdDeprecated {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Execute Agent (Deprecated)
    ///
    /// **Deprecated endpoint - use POST /agent/:agentId/execute instead.**
    ///
    /// Executes the specified agent and returns a non-streaming JSON response with the complete agent output. The agent must be in active status and belong to the specified location. locationId is required in the request body.
    ///
    /// **Session Management:**
    /// - For the first message in a new session, do not include the `executionId` in the request payload.
    /// - The API will return an `executionId` along with the agent response, which uniquely identifies this conversation session.
    /// - To continue the conversation within the same session, include the `executionId` from the previous response in subsequent requests.
    ///
    /// `POST /agent-studio/public-api/agents/{agentId}/execute`
    ///
    /// Version `2021-04-15`; scope `agent-studio.write`; never repeated after an unknown outcome.
    #[deprecated(note = "deprecated in GHL's spec")]
    pub fn execute_agent_deprecated(
        &self,
        agent_id: impl AsRef<str>,
        body: &crate::apps::agent_studio::models::ExecutePublicAgentDto,
    ) -> ops::ExecuteAgentDeprecated {
        let mut req = Request::new(
            http::Method::POST,
            "/agent-studio/public-api/agents/{agentId}/execute",
            format!(
                "/agent-studio/public-api/agents/{}/execute",
                crate::request::segment(agent_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-04-15"));
        req = crate::apps::support::json_body(req, body);
        ops::ExecuteAgentDeprecated {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Agent Studio APIs operations (generated from GHL's spec).
    pub fn agent_studio(&self) -> AgentStudioApi {
        AgentStudioApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /agent-studio/agent` request being built, to send with [`GetAgents::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAgents {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAgents {
        /// Optional filter to return only agents with a published production version
        pub fn is_published(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("isPublished", value.into());
            self
        }

        /// Sets `source`.
        pub fn source(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("source", value.into());
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
        ) -> Result<
            crate::Page<crate::apps::agent_studio::models::GetPublishedAgentsResponseDtoAgentsItem>,
        > {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("offset"),
                cursor,
                |r: crate::apps::agent_studio::models::GetPublishedAgentsResponseDto| {
                    (r.agents.unwrap_or_default(), None)
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(
            self,
        ) -> crate::ItemStream<
            crate::apps::agent_studio::models::GetPublishedAgentsResponseDtoAgentsItem,
        > {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::agent_studio::models::GetPublishedAgentsResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /agent-studio/agent` request being built, to send with [`CreateAgent::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateAgent {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateAgent {
        /// Sets `source`.
        pub fn source(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("source", value.into());
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
        ) -> Result<crate::apps::agent_studio::models::CreatePublicAgentResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PATCH /agent-studio/agent/versions/{versionId}` request being built, to send with [`UpdateAgentVersion::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateAgentVersion {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateAgentVersion {
        /// Sets `source`.
        pub fn source(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("source", value.into());
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
        ) -> Result<crate::apps::agent_studio::models::UpdatePublicAgentResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /agent-studio/agent/{agentId}` request being built, to send with [`GetAgentById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAgentById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAgentById {
        /// Sets `source`.
        pub fn source(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("source", value.into());
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
        ) -> Result<crate::apps::agent_studio::models::GetAgentByIdResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PATCH /agent-studio/agent/{agentId}` request being built, to send with [`UpdateAgentMetadata::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateAgentMetadata {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateAgentMetadata {
        /// Sets `source`.
        pub fn source(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("source", value.into());
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
        ) -> Result<crate::apps::agent_studio::models::UpdatePublicAgentResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /agent-studio/agent/{agentId}` request being built, to send with [`DeleteAgent::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteAgent {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteAgent {
        /// Sets `source`.
        pub fn source(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("source", value.into());
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
        ) -> Result<crate::apps::agent_studio::models::DeletePublicAgentResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /agent-studio/agent/versions/{versionId}/publish` request being built, to send with [`PromoteAndPublish::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct PromoteAndPublish {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl PromoteAndPublish {
        /// Sets `source`.
        pub fn source(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("source", value.into());
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
        ) -> Result<crate::apps::agent_studio::models::PromoteAndPublishResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /agent-studio/agent/{agentId}/execute` request being built, to send with [`ExecuteAgent::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ExecuteAgent {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ExecuteAgent {
        /// Sets `source`.
        pub fn source(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("source", value.into());
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
        ) -> Result<crate::apps::agent_studio::models::ExecutePublicAgentResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /agent-studio/public-api/agents` request being built, to send with [`GetAgentsDeprecated::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAgentsDeprecated {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAgentsDeprecated {
        /// Sets `source`.
        pub fn source(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("source", value.into());
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
        ) -> Result<
            crate::Page<crate::apps::agent_studio::models::GetPublishedAgentsResponseDtoAgentsItem>,
        > {
            crate::apps::support::numbered_page(
                &self.client,
                self.request.clone(),
                crate::apps::support::Numbering::Offset("offset"),
                cursor,
                |r: crate::apps::agent_studio::models::GetPublishedAgentsResponseDto| {
                    (r.agents.unwrap_or_default(), None)
                },
            )
            .await
        }

        /// Every item of every page from this one on, fetched lazily (see
        /// [`stream_pages`](crate::pagination::stream_pages)).
        pub fn stream(
            self,
        ) -> crate::ItemStream<
            crate::apps::agent_studio::models::GetPublishedAgentsResponseDtoAgentsItem,
        > {
            crate::pagination::stream_pages(None, move |cursor| {
                let this = self.clone();
                async move { this.fetch_page(cursor).await }
            })
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::agent_studio::models::GetPublishedAgentsResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /agent-studio/public-api/agents/{agentId}` request being built, to send with [`GetAgentByIdDeprecated::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAgentByIdDeprecated {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAgentByIdDeprecated {
        /// Sets `source`.
        pub fn source(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("source", value.into());
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
        ) -> Result<crate::apps::agent_studio::models::GetAgentByIdResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /agent-studio/public-api/agents/{agentId}/execute` request being built, to send with [`ExecuteAgentDeprecated::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ExecuteAgentDeprecated {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl ExecuteAgentDeprecated {
        /// Sets `source`.
        pub fn source(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("source", value.into());
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
        ) -> Result<crate::apps::agent_studio::models::ExecutePublicAgentResponseDto> {
            self.client.send(self.request).await
        }
    }
}
