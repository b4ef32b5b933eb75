//! Pipelines and their stages (`GET /opportunities/pipelines`).
//!
//! The spec leaves stage items untyped; GHL sends objects with at least `id`, `name` and
//! `position`, which [`PipelineStage`] types while keeping the rest.
//!
//! ```
//! use ghl_client::models::pipeline::Pipeline;
//!
//! let p: Pipeline = serde_json::from_value(serde_json::json!({
//!     "id": "pipe_1", "name": "Sales",
//!     "stages": [{"id": "st_1", "name": "New", "position": 0, "showInFunnel": true}]
//! })).unwrap();
//! assert_eq!(p.stage("st_1").and_then(|s| s.name.as_deref()), Some("New"));
//! assert!(p.stages[0].extra.contains_key("showInFunnel"));
//! ```

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ids::{LocationId, PipelineId, PipelineStageId};
use crate::models::common::{opt_bool, opt_i64, record_list};

/// A pipeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Pipeline {
    /// The pipeline's id.
    pub id: PipelineId,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Stages, in the order GHL sends them (see [`PipelineStage::position`]).
    #[serde(default, with = "record_list")]
    pub stages: Vec<PipelineStage>,
    /// Shown in the funnel chart.
    #[serde(default, with = "opt_bool", skip_serializing_if = "Option::is_none")]
    pub show_in_funnel: Option<bool>,
    /// Shown in the pie chart.
    #[serde(default, with = "opt_bool", skip_serializing_if = "Option::is_none")]
    pub show_in_pie_chart: Option<bool>,
    /// The location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<LocationId>,
    /// How stage colours are drawn: `dot`, `bg-tint` or `none`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color_render_mode: Option<String>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Pipeline {
    /// The stage with this id.
    pub fn stage(&self, id: &str) -> Option<&PipelineStage> {
        self.stages.iter().find(|s| s.id.as_str() == id)
    }
}

/// A pipeline stage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PipelineStage {
    /// The stage's id.
    pub id: PipelineStageId,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Position within the pipeline (0-based).
    #[serde(default, with = "opt_i64", skip_serializing_if = "Option::is_none")]
    pub position: Option<i64>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `{ "pipelines": [...] }`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PipelinesResponse {
    /// The pipelines.
    #[serde(default)]
    pub pipelines: Vec<Pipeline>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
