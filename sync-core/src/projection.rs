//! What the engine writes: a transport-neutral set of named, typed property values.
//!
//! A [`Projection`] is what a strategy makes of one source record. The sink adapter maps each
//! [`Value`] to its own format (the Notion sink to Notion property JSON). Properties live in a
//! map ordered by name, and [`Projection::content_hash`] hashes them canonically, so two
//! projections with the same content always hash the same.
//!
//! *Stamps* (such as "Last Synced") are written with the row but left out of the hash:
//! otherwise every run would see a change and rewrite every row.
//!
//! ```
//! use sync_core::projection::{Projection, Value};
//!
//! let mut a = Projection::new();
//! a.set("Name", Value::Title("Ada".into()));
//! a.set("Score", Value::Number(3.0));
//! let mut b = a.clone();
//! b.stamp("Last Synced", Value::Text("2026-01-01".into()));
//! assert_eq!(a.content_hash(), b.content_hash());
//! b.set("Score", Value::Number(4.0));
//! assert_ne!(a.content_hash(), b.content_hash());
//! ```

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::hash::{ContentHash, hash_json};

/// A date, with or without a time of day.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateValue {
    /// A precise instant.
    DateTime(DateTime<Utc>),
    /// A calendar day.
    Date(NaiveDate),
}

/// One property value, in the few shapes a table-like sink understands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Value {
    /// The row's title (one per projection, by convention).
    Title(String),
    /// Plain text.
    Text(String),
    /// A number.
    Number(f64),
    /// A date or instant.
    Date(DateValue),
    /// One option of a fixed set.
    Select(String),
    /// Several options of a fixed set.
    MultiSelect(Vec<String>),
    /// A link.
    Url(String),
    /// An e-mail address.
    Email(String),
    /// A phone number.
    Phone(String),
    /// A yes/no flag.
    Checkbox(bool),
    /// References to other rows, by the sink's row ids or by source keys.
    Relation(Vec<String>),
    /// No value: clears the property.
    Empty,
}

/// The kind of a [`Value`], used by field mappings to say what to produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ValueKind {
    /// [`Value::Title`].
    Title,
    /// [`Value::Text`].
    Text,
    /// [`Value::Number`].
    Number,
    /// [`Value::Date`].
    Date,
    /// [`Value::Select`].
    Select,
    /// [`Value::MultiSelect`].
    MultiSelect,
    /// [`Value::Url`].
    Url,
    /// [`Value::Email`].
    Email,
    /// [`Value::Phone`].
    Phone,
    /// [`Value::Checkbox`].
    Checkbox,
    /// [`Value::Relation`].
    Relation,
}

/// Named property values for one row, plus stamps that are written but not hashed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Projection {
    /// The hashed content, by property name.
    pub properties: BTreeMap<String, Value>,
    /// Written with the row but not hashed (e.g. "Last Synced").
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub stamps: BTreeMap<String, Value>,
}

impl Projection {
    /// An empty projection.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets a hashed property, replacing any earlier value.
    pub fn set(&mut self, name: impl Into<String>, value: Value) -> &mut Self {
        self.properties.insert(name.into(), value);
        self
    }

    /// Builder form of [`Projection::set`].
    pub fn with(mut self, name: impl Into<String>, value: Value) -> Self {
        self.set(name, value);
        self
    }

    /// Sets a stamp: written, never hashed.
    pub fn stamp(&mut self, name: impl Into<String>, value: Value) -> &mut Self {
        self.stamps.insert(name.into(), value);
        self
    }

    /// A hashed property's value.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.properties.get(name)
    }

    /// Every property to write, hashed ones and stamps, by name (a stamp wins a name clash).
    pub fn all(&self) -> BTreeMap<&str, &Value> {
        let mut out: BTreeMap<&str, &Value> = self
            .properties
            .iter()
            .map(|(k, v)| (k.as_str(), v))
            .collect();
        for (k, v) in &self.stamps {
            out.insert(k.as_str(), v);
        }
        out
    }

    /// The stable hash of the hashed properties (stamps excluded).
    pub fn content_hash(&self) -> ContentHash {
        // Serializing a map of plain enums cannot fail; fall back to null defensively.
        let json = serde_json::to_value(&self.properties).unwrap_or(serde_json::Value::Null);
        hash_json(&json)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_ignores_insertion_order_and_stamps() {
        let mut a = Projection::new();
        a.set("b", Value::Checkbox(true)).set("a", Value::Empty);
        let mut b = Projection::new();
        b.set("a", Value::Empty).set("b", Value::Checkbox(true));
        b.stamp("Last Synced", Value::Number(1.0));
        assert_eq!(a.content_hash(), b.content_hash());
    }

    #[test]
    fn hash_distinguishes_kinds_with_equal_text() {
        let a = Projection::new().with("x", Value::Text("v".into()));
        let b = Projection::new().with("x", Value::Select("v".into()));
        assert_ne!(a.content_hash(), b.content_hash());
    }

    #[test]
    fn serde_round_trip() {
        let p = Projection::new()
            .with(
                "d",
                Value::Date(DateValue::Date(
                    NaiveDate::from_ymd_opt(2026, 1, 2).unwrap(),
                )),
            )
            .with("m", Value::MultiSelect(vec!["a".into()]));
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(serde_json::from_str::<Projection>(&json).unwrap(), p);
    }
}
