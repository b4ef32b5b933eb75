//! The Summary strategy: chosen fields mapped to typed properties.
//!
//! Each [`FieldMap`] reads one value from the record's fields (a JSON pointer like
//! `/contact/email`, or a dotted path like `custom.source`), optionally transforms it (e.g. a
//! pipeline stage id to its name through caller-provided [`Lookups`]) and converts it to a
//! typed [`Value`]. Rows get a "Last Synced" stamp and, if you set one, an ownership marker.
//!
//! The strategy declares its columns ([`Strategy::schema`](super::Strategy::schema)), so a
//! sink can create or check them from this one declaration.
//!
//! ```
//! use sync_core::projection::{Value, ValueKind};
//! use sync_core::record::{EntityKind, SourceRecord};
//! use sync_core::strategy::{FieldMap, Lookups, Strategy, SummaryStrategy, Transform};
//! use serde_json::json;
//!
//! let s = SummaryStrategy::new()
//!     .table(EntityKind::new("opportunity"), "deals")
//!     .field(FieldMap::new("name", "Deal", ValueKind::Title))
//!     .field(FieldMap::new("monetaryValue", "Value", ValueKind::Number))
//!     .field(FieldMap::new("pipelineStageId", "Stage", ValueKind::Select)
//!         .transform(Transform::Lookup("stages".into())))
//!     .field(FieldMap::new("custom.cf1", "Source", ValueKind::Text));
//! s.set_lookups(Lookups::new().with("stages", "st-1", "Won"));
//! let record = SourceRecord::new(EntityKind::new("opportunity"), "o-1").with_fields(json!({
//!     "name": "Big deal", "monetaryValue": "1200.5", "pipelineStageId": "st-1",
//!     "custom": {"cf1": "Referral"}
//! }));
//! let p = s.project(&record).unwrap();
//! assert_eq!(p.get("Value"), Some(&Value::Number(1200.5)));
//! assert_eq!(p.get("Stage"), Some(&Value::Select("Won".into())));
//! assert_eq!(p.get("Source"), Some(&Value::Text("Referral".into())));
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, PoisonError, RwLock};

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::Value as Json;

use super::{Strategy, TableSchema, stamp_last_synced};
use crate::projection::{DateValue, Projection, Value, ValueKind};
use crate::record::{EntityKind, SourceRecord};
use crate::sink::TableId;

/// A caller-supplied function from a JSON value to a JSON value.
pub type CustomTransform = Arc<dyn Fn(&Json) -> Json + Send + Sync>;

/// A change applied to a field's value before it is converted.
#[derive(Clone)]
pub enum Transform {
    /// Replace a string id with its name from the named [`Lookups`] table (e.g. `"stages"`);
    /// unknown ids pass through unchanged.
    Lookup(String),
    /// Any function of your own.
    Custom(CustomTransform),
}

impl fmt::Debug for Transform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Lookup(table) => f.debug_tuple("Lookup").field(table).finish(),
            Self::Custom(_) => f.write_str("Custom(..)"),
        }
    }
}

/// One source field mapped to one property.
#[derive(Debug, Clone)]
pub struct FieldMap {
    /// Where the value is: a JSON pointer (`/a/b`) or a dotted path (`a.b`, `list.0`).
    pub source_path: String,
    /// The property it becomes.
    pub property: String,
    /// The kind of value to produce.
    pub kind: ValueKind,
    /// An optional change applied first.
    pub transform: Option<Transform>,
}

impl FieldMap {
    /// Maps `source_path` to `property` as `kind`.
    pub fn new(
        source_path: impl Into<String>,
        property: impl Into<String>,
        kind: ValueKind,
    ) -> Self {
        Self {
            source_path: source_path.into(),
            property: property.into(),
            kind,
            transform: None,
        }
    }

    /// Sets the transform.
    pub fn transform(mut self, transform: Transform) -> Self {
        self.transform = Some(transform);
        self
    }
}

/// Named id → name tables (pipelines, stages, users) supplied by the caller.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lookups {
    tables: BTreeMap<String, BTreeMap<String, String>>,
}

impl Lookups {
    /// No tables.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `id → name` to table `table`.
    pub fn with(mut self, table: &str, id: impl Into<String>, name: impl Into<String>) -> Self {
        self.insert(table, id, name);
        self
    }

    /// Adds `id → name` to table `table`.
    pub fn insert(&mut self, table: &str, id: impl Into<String>, name: impl Into<String>) {
        self.tables
            .entry(table.to_owned())
            .or_default()
            .insert(id.into(), name.into());
    }

    /// The name for `id` in `table`.
    pub fn get(&self, table: &str, id: &str) -> Option<&str> {
        self.tables.get(table)?.get(id).map(String::as_str)
    }
}

/// Chosen fields as typed properties, with a "Last Synced" stamp and an optional ownership
/// marker.
#[derive(Debug)]
pub struct SummaryStrategy {
    tables: BTreeMap<EntityKind, TableId>,
    fields: Vec<FieldMap>,
    lookups: RwLock<Lookups>,
    marker: Option<(String, String)>,
    last_synced: Option<String>,
}

impl Default for SummaryStrategy {
    fn default() -> Self {
        Self::new()
    }
}

impl SummaryStrategy {
    /// Default title property, used when no field maps to a title.
    pub const NAME: &'static str = "Name";
    /// Default stamp property.
    pub const LAST_SYNCED: &'static str = "Last Synced";

    /// No tables, no fields, no marker and a "Last Synced" stamp.
    pub fn new() -> Self {
        Self {
            tables: BTreeMap::new(),
            fields: Vec::new(),
            lookups: RwLock::new(Lookups::new()),
            marker: None,
            last_synced: Some(Self::LAST_SYNCED.to_owned()),
        }
    }

    /// Mirrors records of `entity` into `table`.
    pub fn table(mut self, entity: EntityKind, table: impl Into<String>) -> Self {
        self.tables.insert(entity, TableId(table.into()));
        self
    }

    /// Adds a field mapping.
    pub fn field(mut self, field: FieldMap) -> Self {
        self.fields.push(field);
        self
    }

    /// Sets (or with `None` removes) an ownership marker: a select property, and the value
    /// every row of this strategy gets in it (none by default).
    pub fn marker(mut self, marker: Option<(String, String)>) -> Self {
        self.marker = marker;
        self
    }

    /// Renames the "Last Synced" stamp, or removes it with `None`.
    pub fn last_synced(mut self, property: Option<String>) -> Self {
        self.last_synced = property;
        self
    }

    /// Replaces the lookup tables (e.g. after re-reading pipelines). Rows whose names
    /// changed are rewritten on the next pass, since the names are part of the content.
    pub fn set_lookups(&self, lookups: Lookups) {
        *self.lookups.write().unwrap_or_else(PoisonError::into_inner) = lookups;
    }

    fn apply_transform(&self, transform: &Transform, value: Json) -> Json {
        match transform {
            Transform::Lookup(table) => match &value {
                Json::String(id) => {
                    let lookups = self.lookups.read().unwrap_or_else(PoisonError::into_inner);
                    lookups
                        .get(table, id)
                        .map_or(value.clone(), |name| Json::String(name.to_owned()))
                }
                _ => value,
            },
            Transform::Custom(f) => f(&value),
        }
    }
}

impl Strategy for SummaryStrategy {
    fn name(&self) -> &str {
        "summary"
    }

    fn table(&self, entity: &EntityKind) -> Option<TableId> {
        self.tables.get(entity).cloned()
    }

    fn schema(&self, table: &TableId) -> Option<TableSchema> {
        if !self.tables.values().any(|t| t == table) {
            return None;
        }
        let mut schema = TableSchema::default();
        if !self.fields.iter().any(|f| f.kind == ValueKind::Title) {
            schema = schema.property(Self::NAME, ValueKind::Title);
        }
        for field in &self.fields {
            schema = schema.property(field.property.clone(), field.kind);
        }
        if let Some((property, _)) = &self.marker {
            schema = schema.property(property.clone(), ValueKind::Select);
        }
        if let Some(property) = &self.last_synced {
            schema = schema.stamp(property.clone(), ValueKind::Date);
        }
        Some(schema)
    }

    fn project(&self, record: &SourceRecord) -> Option<Projection> {
        let mut p = Projection::new();
        let mut has_title = false;
        for field in &self.fields {
            let raw = resolve_path(&record.fields, &field.source_path)
                .cloned()
                .unwrap_or(Json::Null);
            let raw = match &field.transform {
                Some(t) => self.apply_transform(t, raw),
                None => raw,
            };
            has_title |= field.kind == ValueKind::Title;
            p.set(field.property.clone(), convert(&raw, field.kind));
        }
        if !has_title {
            let title = record
                .display_name
                .clone()
                .unwrap_or_else(|| record.id.clone());
            p.set(Self::NAME, Value::Title(title));
        }
        if let Some((property, value)) = &self.marker {
            p.set(property.clone(), Value::Select(value.clone()));
        }
        Some(p)
    }

    fn stamp(&self, projection: &mut Projection, synced_at: DateTime<Utc>) {
        if let Some(property) = &self.last_synced {
            stamp_last_synced(projection, property, synced_at);
        }
    }
}

/// Finds a value by JSON pointer (`/a/0/b`) or dotted path (`a.0.b`).
///
/// In a dotted path a numeric segment indexes an array. Source adapters shape their records
/// so that every field worth mapping is reachable this way.
pub fn resolve_path<'a>(root: &'a Json, path: &str) -> Option<&'a Json> {
    if path.starts_with('/') {
        return root.pointer(path);
    }
    let mut current = root;
    for segment in path.split('.').filter(|s| !s.is_empty()) {
        current = match current {
            Json::Array(items) => items.get(segment.parse::<usize>().ok()?)?,
            _ => current.get(segment)?,
        };
    }
    Some(current)
}

fn scalar_text(value: &Json) -> Option<String> {
    match value {
        Json::String(s) => Some(s.clone()),
        Json::Number(n) => Some(n.to_string()),
        Json::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn non_empty(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

fn convert_date(value: &Json) -> Option<DateValue> {
    match value {
        Json::String(s) => {
            let s = s.trim();
            if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
                return Some(DateValue::DateTime(dt.with_timezone(&Utc)));
            }
            NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .ok()
                .map(DateValue::Date)
        }
        Json::Number(n) => {
            let n = n.as_i64()?;
            // Large numbers are epoch milliseconds, small ones epoch seconds. The number
            // comes from the source: `unsigned_abs` cannot overflow on `i64::MIN`, and an
            // instant out of range is no date.
            let dt = if n.unsigned_abs() >= 100_000_000_000 {
                DateTime::from_timestamp_millis(n)?
            } else {
                DateTime::from_timestamp(n, 0)?
            };
            Some(DateValue::DateTime(dt))
        }
        _ => None,
    }
}

fn string_list(value: &Json) -> Vec<String> {
    match value {
        Json::Array(items) => items.iter().filter_map(scalar_text).collect(),
        Json::String(s) => s
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        other => scalar_text(other).into_iter().collect(),
    }
}

/// Converts a JSON value to a property value of `kind`; anything unusable becomes
/// [`Value::Empty`].
pub fn convert(value: &Json, kind: ValueKind) -> Value {
    let text = || non_empty(scalar_text(value));
    let out = match kind {
        ValueKind::Title => text().map(Value::Title).or_else(|| match value {
            Json::Array(_) => Some(Value::Title(string_list(value).join(", "))),
            _ => None,
        }),
        ValueKind::Text => text().map(Value::Text).or_else(|| match value {
            Json::Array(_) => Some(Value::Text(string_list(value).join(", "))),
            Json::Object(_) => Some(Value::Text(value.to_string())),
            _ => None,
        }),
        ValueKind::Number => match value {
            Json::Number(n) => n.as_f64().map(Value::Number),
            Json::String(s) => s
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|f| f.is_finite())
                .map(Value::Number),
            _ => None,
        },
        ValueKind::Date => convert_date(value).map(Value::Date),
        ValueKind::Select => text().map(Value::Select),
        ValueKind::MultiSelect => Some(Value::MultiSelect(string_list(value))),
        ValueKind::Url => text().map(Value::Url),
        ValueKind::Email => text().map(Value::Email),
        ValueKind::Phone => text().map(Value::Phone),
        ValueKind::Checkbox => Some(Value::Checkbox(match value {
            Json::Bool(b) => *b,
            Json::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
            Json::String(s) => {
                matches!(s.trim().to_ascii_lowercase().as_str(), "true" | "yes" | "1")
            }
            _ => false,
        })),
        ValueKind::Relation => Some(Value::Relation(string_list(value))),
    };
    out.unwrap_or(Value::Empty)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn paths() {
        let v = json!({"a": {"b": [10, 20]}, "custom": {"x": "X"}});
        assert_eq!(resolve_path(&v, "/a/b/1"), Some(&json!(20)));
        assert_eq!(resolve_path(&v, "a.b.0"), Some(&json!(10)));
        assert_eq!(resolve_path(&v, "a.b.7"), None);
        assert_eq!(resolve_path(&v, "a.b.x"), None);
        assert_eq!(resolve_path(&v, "custom.x"), Some(&json!("X")));
        assert_eq!(resolve_path(&v, "a.missing"), None);
        assert_eq!(resolve_path(&v, ""), Some(&v));
    }

    #[test]
    fn conversions_table() {
        let cases: Vec<(Json, ValueKind, Value)> = vec![
            (json!("  "), ValueKind::Text, Value::Empty),
            (json!(null), ValueKind::Title, Value::Empty),
            (json!(3), ValueKind::Text, Value::Text("3".into())),
            (json!("2.5"), ValueKind::Number, Value::Number(2.5)),
            (json!("abc"), ValueKind::Number, Value::Empty),
            (
                json!("2026-03-04"),
                ValueKind::Date,
                Value::Date(DateValue::Date(
                    NaiveDate::from_ymd_opt(2026, 3, 4).unwrap(),
                )),
            ),
            (
                json!(1_700_000_000_000_i64),
                ValueKind::Date,
                Value::Date(DateValue::DateTime(
                    DateTime::from_timestamp(1_700_000_000, 0).unwrap(),
                )),
            ),
            (
                json!("a, b,"),
                ValueKind::MultiSelect,
                Value::MultiSelect(vec!["a".into(), "b".into()]),
            ),
            (
                json!(["x", 1]),
                ValueKind::MultiSelect,
                Value::MultiSelect(vec!["x".into(), "1".into()]),
            ),
            (json!("Yes"), ValueKind::Checkbox, Value::Checkbox(true)),
            (json!(null), ValueKind::Checkbox, Value::Checkbox(false)),
            (
                json!("r1"),
                ValueKind::Relation,
                Value::Relation(vec!["r1".into()]),
            ),
            (
                json!("a@b.c"),
                ValueKind::Email,
                Value::Email("a@b.c".into()),
            ),
        ];
        for (input, kind, expected) in cases {
            assert_eq!(convert(&input, kind), expected, "{input} as {kind:?}");
        }
    }

    #[test]
    fn adds_title_when_missing_and_marker_only_when_set() {
        let s = SummaryStrategy::new().table(EntityKind::new("contact"), "t");
        let record = SourceRecord::new(EntityKind::new("contact"), "c").with_display_name("N");
        let p = s.project(&record).unwrap();
        assert_eq!(p.get("Name"), Some(&Value::Title("N".into())));
        assert_eq!(p.properties.len(), 1);
        let s = s.marker(Some(("Owner".into(), "sync".into())));
        let p = s.project(&record).unwrap();
        assert_eq!(p.get("Owner"), Some(&Value::Select("sync".into())));
    }

    #[test]
    fn schema_declares_every_projected_property_and_stamp() {
        let s = SummaryStrategy::new()
            .table(EntityKind::new("contact"), "t")
            .field(FieldMap::new("email", "Email", ValueKind::Email))
            .field(FieldMap::new("n", "Score", ValueKind::Number))
            .marker(Some(("Owner".into(), "sync".into())));
        let schema = s.schema(&TableId::from("t")).unwrap();
        assert_eq!(s.schema(&TableId::from("other")), None);
        let record = SourceRecord::new(EntityKind::new("contact"), "c");
        let mut p = s.project(&record).unwrap();
        s.stamp(&mut p, Utc::now());
        let declared: Vec<&str> = schema.properties.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(declared, ["Name", "Email", "Score", "Owner"]);
        assert_eq!(schema.title(), Some("Name"));
        assert_eq!(
            schema.stamps,
            vec![("Last Synced".to_owned(), ValueKind::Date)]
        );
        for name in p.all().keys() {
            assert!(
                schema.declares(name),
                "{name} is projected but not declared"
            );
        }
        let titled = SummaryStrategy::new()
            .table(EntityKind::new("contact"), "t")
            .field(FieldMap::new("n", "Full name", ValueKind::Title))
            .last_synced(None);
        let schema = titled.schema(&TableId::from("t")).unwrap();
        assert_eq!(schema.title(), Some("Full name"));
        assert_eq!(schema.properties.len(), 1);
        assert!(schema.stamps.is_empty());
    }

    #[test]
    fn unknown_lookup_passes_through() {
        let s = SummaryStrategy::new().field(
            FieldMap::new("s", "Stage", ValueKind::Select)
                .transform(Transform::Lookup("stages".into())),
        );
        let p = s
            .project(
                &SourceRecord::new(EntityKind::new("opportunity"), "o")
                    .with_fields(json!({"s": "id-9"})),
            )
            .unwrap();
        assert_eq!(p.get("Stage"), Some(&Value::Select("id-9".into())));
    }

    #[test]
    fn extreme_epoch_numbers_are_no_date_and_never_panic() {
        for n in [i64::MIN, i64::MIN + 1, i64::MAX, -100_000_000_000_000_000] {
            assert_eq!(convert(&json!(n), ValueKind::Date), Value::Empty, "{n}");
        }
        assert_eq!(convert(&json!(u64::MAX), ValueKind::Date), Value::Empty);
        // In range, both units still read.
        let seconds = convert(&json!(1_700_000_000_i64), ValueKind::Date);
        let millis = convert(&json!(1_700_000_000_000_i64), ValueKind::Date);
        assert_eq!(seconds, millis);
        assert_ne!(seconds, Value::Empty);
        let before_1970 = convert(&json!(-1_700_000_000_000_i64), ValueKind::Date);
        assert_ne!(before_1970, Value::Empty, "negative milliseconds read too");
    }
}
