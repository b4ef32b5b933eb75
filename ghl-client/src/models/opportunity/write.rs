//! Create, update, status and upsert bodies, and their responses.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ids::{ContactId, LocationId, OpportunityId, PipelineId, PipelineStageId, UserId};
use crate::models::common::CustomFieldInput;

use super::*;
/// The body of `POST /opportunities/`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewOpportunity {
    /// The pipeline.
    pub pipeline_id: PipelineId,
    /// The location; defaults to the client's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<LocationId>,
    /// Name.
    pub name: String,
    /// The stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline_stage_id: Option<PipelineStageId>,
    /// Status.
    pub status: OpportunityStatus,
    /// The contact.
    pub contact_id: ContactId,
    /// Value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monetary_value: Option<f64>,
    /// The assigned user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<UserId>,
    /// Custom field values, in the write shape.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Vec<CustomFieldInput>>,
}

impl NewOpportunity {
    /// An open opportunity for `contact_id` in `pipeline_id`.
    pub fn new(
        pipeline_id: impl Into<PipelineId>,
        name: impl Into<String>,
        contact_id: impl Into<ContactId>,
    ) -> Self {
        Self {
            pipeline_id: pipeline_id.into(),
            location_id: None,
            name: name.into(),
            pipeline_stage_id: None,
            status: OpportunityStatus::Open,
            contact_id: contact_id.into(),
            monetary_value: None,
            assigned_to: None,
            custom_fields: None,
        }
    }

    /// Sets `status`.
    pub fn status(mut self, status: OpportunityStatus) -> Self {
        self.status = status;
        self
    }
}

setters!(NewOpportunity {
    location_id: LocationId,
    pipeline_stage_id: PipelineStageId,
    monetary_value: f64,
    assigned_to: UserId,
    custom_fields: Vec<CustomFieldInput>,
});

/// The body of `PUT /opportunities/{id}`: only the fields set are changed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateOpportunity {
    /// The pipeline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline_id: Option<PipelineId>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline_stage_id: Option<PipelineStageId>,
    /// Status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OpportunityStatus>,
    /// Value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monetary_value: Option<f64>,
    /// The assigned user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<UserId>,
    /// Custom field values, in the write shape.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Vec<CustomFieldInput>>,
}

impl UpdateOpportunity {
    /// An update that changes nothing yet.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(UpdateOpportunity {
    pipeline_id: PipelineId,
    name: String,
    pipeline_stage_id: PipelineStageId,
    status: OpportunityStatus,
    monetary_value: f64,
    assigned_to: UserId,
    custom_fields: Vec<CustomFieldInput>,
});

/// The body of `PUT /opportunities/{id}/status`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StatusUpdate {
    /// The new status.
    pub status: OpportunityStatus,
    /// Why it was lost.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lost_reason_id: Option<String>,
}

impl StatusUpdate {
    /// A change to `status`.
    pub fn new(status: OpportunityStatus) -> Self {
        Self {
            status,
            lost_reason_id: None,
        }
    }

    /// A change to `lost`, with a reason.
    pub fn lost(reason_id: impl Into<String>) -> Self {
        Self {
            status: OpportunityStatus::Lost,
            lost_reason_id: Some(reason_id.into()),
        }
    }
}

impl From<OpportunityStatus> for StatusUpdate {
    fn from(status: OpportunityStatus) -> Self {
        Self::new(status)
    }
}

string_enum! {
    /// What an upsert does with `followers`.
    pub enum FollowersAction {
        /// Adds the listed followers.
        Add = "add",
        /// Removes the listed followers.
        Remove = "remove",
    }
}

/// The body of `POST /opportunities/upsert`. With `id` it updates that opportunity;
/// otherwise GHL matches by contact and pipeline (creating one if none matches).
///
/// The spec lists `followers`, `isRemoveAllFollowers` and `followersActionType` as
/// required; they are optional here and only sent when set. `contactId` and
/// `customFields` are not in the spec's schema but are accepted like on create.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpsertOpportunity {
    /// The opportunity to update, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<OpportunityId>,
    /// The pipeline.
    pub pipeline_id: PipelineId,
    /// The location; defaults to the client's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<LocationId>,
    /// The contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<ContactId>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OpportunityStatus>,
    /// The stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline_stage_id: Option<PipelineStageId>,
    /// Value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monetary_value: Option<f64>,
    /// The assigned user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<UserId>,
    /// Why it was lost.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lost_reason_id: Option<String>,
    /// Follower user ids.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub followers: Option<Vec<UserId>>,
    /// Remove every follower.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_remove_all_followers: Option<bool>,
    /// Whether `followers` are added or removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub followers_action_type: Option<FollowersAction>,
    /// Custom field values, in the write shape.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Vec<CustomFieldInput>>,
}

impl UpsertOpportunity {
    /// An upsert in `pipeline_id`.
    pub fn new(pipeline_id: impl Into<PipelineId>) -> Self {
        Self {
            id: None,
            pipeline_id: pipeline_id.into(),
            location_id: None,
            contact_id: None,
            name: None,
            status: None,
            pipeline_stage_id: None,
            monetary_value: None,
            assigned_to: None,
            lost_reason_id: None,
            followers: None,
            is_remove_all_followers: None,
            followers_action_type: None,
            custom_fields: None,
        }
    }
}

setters!(UpsertOpportunity {
    id: OpportunityId,
    location_id: LocationId,
    contact_id: ContactId,
    name: String,
    status: OpportunityStatus,
    pipeline_stage_id: PipelineStageId,
    monetary_value: f64,
    assigned_to: UserId,
    lost_reason_id: String,
    followers: Vec<UserId>,
    is_remove_all_followers: bool,
    followers_action_type: FollowersAction,
    custom_fields: Vec<CustomFieldInput>,
});

/// `{ "opportunity": ... }`, the answer of get, create and update.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpportunityResponse {
    /// The opportunity.
    pub opportunity: Opportunity,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The answer of `POST /opportunities/upsert`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpsertOpportunityResponse {
    /// The opportunity after the upsert.
    pub opportunity: Opportunity,
    /// Whether it was created (otherwise updated).
    #[serde(default)]
    pub new: bool,
    /// Fields this crate does not know (`traceId`...).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
