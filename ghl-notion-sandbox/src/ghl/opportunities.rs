//! Opportunities: create, update, status, upsert and delete, with their webhook events.
//!
//! An update emits `OpportunityUpdate` when anything changed, then one specific event per key
//! field that changed: `OpportunityStageUpdate`, `OpportunityStatusUpdate`,
//! `OpportunityMonetaryValueUpdate`, `OpportunityAssignedToUpdate`.

use serde::Deserialize;
use serde_json::Value;

use super::errors::{GhlError, GhlResult};
use super::input::{CustomFieldInput, Patch, merge_values, resolve_custom_fields};
use super::model::{Opportunity, OpportunityFieldValue};
use super::state::GhlState;
use crate::webhooks::events::{EventType, WebhookEvent};

/// Statuses an opportunity can have (`all` is only a search value).
pub const STATUSES: &[&str] = &["open", "won", "lost", "abandoned"];

/// The body of create, update and upsert (`CreateDto`, `UpdateOpportunityDto`,
/// `UpsertOpportunityDto`). Unknown fields are ignored.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)] // Field names are GHL's.
pub struct OpportunityInput {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub pipeline_id: Option<String>,
    #[serde(default)]
    pub location_id: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub pipeline_stage_id: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub contact_id: Option<String>,
    #[serde(default)]
    pub monetary_value: Option<Value>,
    #[serde(default)]
    pub assigned_to: Patch<String>,
    #[serde(default)]
    pub lost_reason_id: Patch<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub custom_fields: Option<Vec<CustomFieldInput>>,
}

fn check_status(status: &str) -> GhlResult<()> {
    if STATUSES.contains(&status) {
        Ok(())
    } else {
        Err(GhlError::invalid(
            "status must be one of the following values: open, won, lost, abandoned",
        ))
    }
}

fn money(v: &Value) -> GhlResult<f64> {
    v.as_f64()
        .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
        .filter(|f: &f64| f.is_finite())
        .ok_or_else(|| GhlError::invalid("monetaryValue must be a number"))
}

impl GhlState {
    /// An opportunity by id.
    pub fn opportunity(&self, id: &str) -> GhlResult<&Opportunity> {
        self.opportunities
            .get(id)
            .ok_or_else(|| GhlError::not_found("Opportunity", id))
    }

    fn apply_opportunity(&self, o: &mut Opportunity, input: &OpportunityInput) -> GhlResult<()> {
        if let Some(pid) = &input.pipeline_id {
            let pipeline = self
                .pipelines
                .iter()
                .find(|p| &p.id == pid && p.location_id == o.location_id)
                .ok_or_else(|| GhlError::BadRequest(format!("Pipeline with id {pid} not found")))?;
            if *pid != o.pipeline_id && input.pipeline_stage_id.is_none() {
                o.pipeline_stage_id = pipeline
                    .stages
                    .first()
                    .map(|s| s.id.clone())
                    .unwrap_or_default();
            }
            o.pipeline_id.clone_from(pid);
        }
        if let Some(stage) = &input.pipeline_stage_id {
            let ok = self
                .pipelines
                .iter()
                .find(|p| p.id == o.pipeline_id)
                .is_some_and(|p| p.stages.iter().any(|s| &s.id == stage));
            if !ok {
                return Err(GhlError::BadRequest(format!(
                    "Pipeline stage {stage} does not belong to pipeline {}",
                    o.pipeline_id
                )));
            }
            o.pipeline_stage_id.clone_from(stage);
        }
        if let Some(name) = &input.name {
            if name.trim().is_empty() {
                return Err(GhlError::invalid("name should not be empty"));
            }
            o.name.clone_from(name);
        }
        if let Some(status) = &input.status {
            check_status(status)?;
            o.status.clone_from(status);
        }
        if let Some(v) = &input.monetary_value {
            o.monetary_value = money(v)?;
        }
        if let Patch::Set(user) = &input.assigned_to
            && !self.has_user(&o.location_id, user)
        {
            return Err(GhlError::invalid(format!(
                "assignedTo {user} is not a user of this location"
            )));
        }
        input.assigned_to.apply_to(&mut o.assigned_to);
        input.lost_reason_id.apply_to(&mut o.lost_reason_id);
        if let Some(source) = &input.source {
            o.source.clone_from(source);
        }
        if let Some(inputs) = &input.custom_fields {
            let defs = self.custom_fields_of(&o.location_id);
            let updates = resolve_custom_fields(inputs, &defs, "opportunity")?;
            let mut current: Vec<(String, Value)> = o
                .custom_fields
                .drain(..)
                .map(|f| (f.id, f.field_value))
                .collect();
            merge_values(&mut current, updates);
            o.custom_fields = current
                .into_iter()
                .map(|(id, field_value)| OpportunityFieldValue { id, field_value })
                .collect();
        }
        Ok(())
    }

    /// Creates an opportunity. `pipelineId`, `name`, `status` and `contactId` are required.
    pub fn create_opportunity(&mut self, input: &OpportunityInput) -> GhlResult<Opportunity> {
        let mut missing = Vec::new();
        for (name, present) in [
            ("pipelineId", input.pipeline_id.is_some()),
            ("name", input.name.is_some()),
            ("status", input.status.is_some()),
            ("contactId", input.contact_id.is_some()),
        ] {
            if !present {
                missing.push(format!("{name} should not be empty"));
            }
        }
        if !missing.is_empty() {
            return Err(GhlError::Unprocessable(missing));
        }
        let contact_id = input.contact_id.clone().unwrap_or_default();
        let location = match input.location_id.as_deref() {
            Some(id) => self.known_location(id)?.clone(),
            None => {
                let of_contact = self.contact(&contact_id)?.location_id.clone();
                self.known_location(&of_contact)?.clone()
            }
        };
        self.contact_in(&location.id, &contact_id)?;
        let pipeline_id = input.pipeline_id.clone().unwrap_or_default();
        if !location.settings.allow_duplicate_opportunity
            && self
                .opportunities
                .values()
                .any(|o| o.contact_id == contact_id && o.pipeline_id == pipeline_id)
        {
            return Err(GhlError::BadRequest(
                "Can not create duplicate opportunity for the contact.".into(),
            ));
        }
        let now = self.clock.now();
        let mut o = Opportunity {
            id: self.ids.ghl_id(),
            name: String::new(),
            monetary_value: 0.0,
            pipeline_id: String::new(),
            pipeline_stage_id: String::new(),
            assigned_to: None,
            status: "open".into(),
            source: String::new(),
            last_status_change_at: now,
            last_stage_change_at: now,
            created_at: now,
            updated_at: now,
            contact_id,
            location_id: location.id.clone(),
            lost_reason_id: None,
            custom_fields: Vec::new(),
        };
        self.apply_opportunity(&mut o, input)?;
        self.emit(WebhookEvent::opportunity(EventType::OpportunityCreate, &o));
        self.opportunities.insert(o.id.clone(), o.clone());
        Ok(o)
    }

    /// Updates an opportunity and emits the matching events.
    pub fn update_opportunity(
        &mut self,
        id: &str,
        input: &OpportunityInput,
    ) -> GhlResult<Opportunity> {
        let before = self.opportunity(id)?.clone();
        let mut after = before.clone();
        self.apply_opportunity(&mut after, input)?;
        if after == before {
            return Ok(after);
        }
        let now = self.clock.now();
        after.updated_at = now;
        let mut events = vec![EventType::OpportunityUpdate];
        if after.pipeline_stage_id != before.pipeline_stage_id
            || after.pipeline_id != before.pipeline_id
        {
            after.last_stage_change_at = now;
            events.push(EventType::OpportunityStageUpdate);
        }
        if after.status != before.status {
            after.last_status_change_at = now;
            events.push(EventType::OpportunityStatusUpdate);
        }
        if after.monetary_value.to_bits() != before.monetary_value.to_bits() {
            events.push(EventType::OpportunityMonetaryValueUpdate);
        }
        if after.assigned_to != before.assigned_to {
            events.push(EventType::OpportunityAssignedToUpdate);
        }
        for e in events {
            self.emit(WebhookEvent::opportunity(e, &after));
        }
        self.opportunities.insert(after.id.clone(), after.clone());
        Ok(after)
    }

    /// `PUT /opportunities/{id}/status`.
    pub fn set_opportunity_status(
        &mut self,
        id: &str,
        status: &str,
        lost_reason_id: Option<String>,
    ) -> GhlResult<Opportunity> {
        check_status(status)?;
        let input = OpportunityInput {
            status: Some(status.to_owned()),
            lost_reason_id: lost_reason_id.map_or(Patch::Missing, Patch::Set),
            ..OpportunityInput::default()
        };
        self.update_opportunity(id, &input)
    }

    /// Updates the opportunity with `id`, or the one of this contact in this pipeline, or
    /// creates one. Returns `(new, opportunity)`.
    pub fn upsert_opportunity(
        &mut self,
        input: &OpportunityInput,
    ) -> GhlResult<(bool, Opportunity)> {
        let location = input.location_id.as_deref();
        let here = |o: &&Opportunity| location.is_none_or(|l| l == o.location_id);
        let existing = match &input.id {
            Some(id) => Some(
                self.opportunities
                    .get(id)
                    .filter(here)
                    .ok_or_else(|| GhlError::not_found("Opportunity", id))?
                    .id
                    .clone(),
            ),
            None => self
                .opportunities
                .values()
                .filter(here)
                .find(|o| {
                    input.contact_id.as_deref() == Some(o.contact_id.as_str())
                        && input.pipeline_id.as_deref() == Some(o.pipeline_id.as_str())
                })
                .map(|o| o.id.clone()),
        };
        match existing {
            Some(id) => self.update_opportunity(&id, input).map(|o| (false, o)),
            None => self.create_opportunity(input).map(|o| (true, o)),
        }
    }

    /// Deletes an opportunity.
    pub fn delete_opportunity(&mut self, id: &str) -> GhlResult<Opportunity> {
        let o = self
            .opportunities
            .remove(id)
            .ok_or_else(|| GhlError::not_found("Opportunity", id))?;
        self.emit(WebhookEvent::opportunity(EventType::OpportunityDelete, &o));
        Ok(o)
    }
}
