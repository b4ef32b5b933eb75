//! Opportunities.

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::{Value, json};

use super::ser_iso;

use super::Contact;

/// An opportunity's custom field value (read shape `{id, fieldValue}`).
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct OpportunityFieldValue {
    /// Custom field id.
    pub id: String,
    /// The value as written.
    pub field_value: Value,
}

/// An opportunity (`SearchOpportunitiesResponseSchema`, without the embedded contact, which is
/// added by [`Opportunity::to_json`]).
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Opportunity {
    /// Opportunity id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Value in the location's currency.
    pub monetary_value: f64,
    /// Pipeline.
    pub pipeline_id: String,
    /// Stage within the pipeline.
    pub pipeline_stage_id: String,
    /// Assigned user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<String>,
    /// `open`, `won`, `lost` or `abandoned`.
    pub status: String,
    /// Source.
    pub source: String,
    /// Last status change.
    #[serde(serialize_with = "ser_iso")]
    pub last_status_change_at: DateTime<Utc>,
    /// Last stage change.
    #[serde(serialize_with = "ser_iso")]
    pub last_stage_change_at: DateTime<Utc>,
    /// Creation time.
    #[serde(serialize_with = "ser_iso")]
    pub created_at: DateTime<Utc>,
    /// Last change.
    #[serde(serialize_with = "ser_iso")]
    pub updated_at: DateTime<Utc>,
    /// The contact it belongs to.
    pub contact_id: String,
    /// Owning location.
    pub location_id: String,
    /// Why it was lost.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lost_reason_id: Option<String>,
    /// Custom field values.
    pub custom_fields: Vec<OpportunityFieldValue>,
}

impl Opportunity {
    /// The opportunity as GHL returns it, with its contact summary and the (empty) relation
    /// arrays.
    pub fn to_json(&self, contact: Option<&Contact>) -> Value {
        let mut v = serde_json::to_value(self).unwrap_or(Value::Null);
        if let Some(obj) = v.as_object_mut() {
            obj.insert("indexVersion".into(), json!("1"));
            if let Some(c) = contact {
                let mut summary = serde_json::Map::new();
                summary.insert("id".into(), json!(c.id));
                for (key, val) in [
                    ("name", &c.name),
                    ("companyName", &c.company_name),
                    ("email", &c.email),
                    ("phone", &c.phone),
                ] {
                    if let Some(val) = val {
                        summary.insert(key.into(), json!(val));
                    }
                }
                summary.insert("tags".into(), json!(c.tags));
                obj.insert("contact".into(), Value::Object(summary));
            }
            for key in ["notes", "tasks", "calendarEvents", "followers"] {
                obj.insert(key.into(), json!([]));
            }
        }
        v
    }
}
