//! Pieces shared by the write bodies: a field that can be absent, `null` or set, and custom
//! field values in GHL's write shape (`{id | key, field_value}`).

use serde::{Deserialize, Deserializer};
use serde_json::Value;

use super::errors::{GhlError, GhlResult};
use super::model::CustomFieldDef;

/// A body field that may be left out (keep), `null` (clear) or given (set).
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Patch<T> {
    /// Not in the body.
    #[default]
    Missing,
    /// `null`.
    Null,
    /// A value.
    Set(T),
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Patch<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(d).map(|o| o.map_or(Self::Null, Self::Set))
    }
}

impl<T: Clone> Patch<T> {
    /// Applies the patch to an optional field.
    pub fn apply_to(&self, target: &mut Option<T>) {
        match self {
            Self::Missing => {}
            Self::Null => *target = None,
            Self::Set(v) => *target = Some(v.clone()),
        }
    }

    /// Whether the body mentions the field.
    pub fn is_present(&self) -> bool {
        !matches!(self, Self::Missing)
    }
}

/// A custom field value as written.
#[derive(Debug, Clone, Deserialize)]
pub struct CustomFieldInput {
    /// Field id.
    #[serde(default)]
    pub id: Option<String>,
    /// Field key (`contact.lead_score` or `lead_score`).
    #[serde(default)]
    pub key: Option<String>,
    /// The value; `null` removes it.
    #[serde(default)]
    pub field_value: Value,
}

/// Resolves written values against the `model`'s definitions and checks their types.
/// Returns `(field id, value)` pairs; a `null` value means "remove".
pub fn resolve_custom_fields(
    inputs: &[CustomFieldInput],
    defs: &[CustomFieldDef],
    model: &str,
) -> GhlResult<Vec<(String, Value)>> {
    inputs
        .iter()
        .map(|input| {
            let def = defs
                .iter()
                .filter(|d| d.model == model)
                .find(|d| match (&input.id, &input.key) {
                    (Some(id), _) => &d.id == id,
                    (None, Some(key)) => {
                        d.field_key == *key || d.field_key == format!("{model}.{key}")
                    }
                    (None, None) => false,
                })
                .ok_or_else(|| {
                    let which = input
                        .id
                        .as_deref()
                        .or(input.key.as_deref())
                        .unwrap_or("(none)");
                    GhlError::invalid(format!("customFields: unknown custom field {which}"))
                })?;
            Ok((def.id.clone(), coerce(def, &input.field_value)?))
        })
        .collect()
}

fn coerce(def: &CustomFieldDef, v: &Value) -> GhlResult<Value> {
    let bad = |want: &str| {
        GhlError::invalid(format!(
            "customFields: {} ({}) expects {want}",
            def.field_key, def.data_type
        ))
    };
    if v.is_null() {
        return Ok(Value::Null);
    }
    match def.data_type.as_str() {
        "NUMERICAL" | "MONETORY" => match v {
            Value::Number(_) => Ok(v.clone()),
            Value::String(s) => s
                .trim()
                .parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
                .map(Value::Number)
                .ok_or_else(|| bad("a number")),
            _ => Err(bad("a number")),
        },
        "MULTIPLE_OPTIONS" | "CHECKBOX" => match v {
            Value::String(s) => Ok(Value::Array(vec![Value::String(s.clone())])),
            // An empty selection clears the field.
            Value::Array(items) if items.is_empty() => Ok(Value::Null),
            Value::Array(items) if items.iter().all(Value::is_string) => Ok(v.clone()),
            _ => Err(bad("a list of strings")),
        },
        "FILE_UPLOAD" => Ok(v.clone()),
        _ => match v {
            Value::String(_) => Ok(v.clone()),
            Value::Number(n) => Ok(Value::String(n.to_string())),
            _ => Err(bad("a string")),
        },
    }
}

/// Merges resolved values into `current` (`(id, value)` pairs), removing nulls.
pub fn merge_values(current: &mut Vec<(String, Value)>, updates: Vec<(String, Value)>) {
    for (id, value) in updates {
        current.retain(|(cid, _)| *cid != id);
        if !value.is_null() {
            current.push((id, value));
        }
    }
}
