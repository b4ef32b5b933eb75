//! [`PropertyValue`]: what one property of a row is set to, serialized within Notion's limits.
//!
//! ```
//! use notion_activity::properties::PropertyValue;
//! use serde_json::json;
//!
//! let v = PropertyValue::Select(Some("Won, at last".into()));
//! assert_eq!(v.to_json("Stage"), json!({"select": {"name": "Won\u{201A} at last"}}));
//! // An invalid email is dropped (cleared) with a warning instead of failing the write.
//! assert_eq!(PropertyValue::Email(Some("nope".into())).to_json("Email"), json!({"email": null}));
//! ```

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde_json::{Value, json};

use crate::ids::{PageId, UserId};
use crate::properties::text::{
    MAX_ARRAY_ITEMS, rich_text, sanitize_email, sanitize_option_name, sanitize_phone, sanitize_url,
};

/// The type of a property, as Notion names it (`"rich_text"`, `"select"`, …).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PropertyKind {
    /// `title`
    Title,
    /// `rich_text`
    RichText,
    /// `number`
    Number,
    /// `select`
    Select,
    /// `multi_select`
    MultiSelect,
    /// `status`
    Status,
    /// `date`
    Date,
    /// `checkbox`
    Checkbox,
    /// `url`
    Url,
    /// `email`
    Email,
    /// `phone_number`
    PhoneNumber,
    /// `people`
    People,
    /// `relation`
    Relation,
    /// Any other type (formula, rollup, created_time, …), by name.
    Other(String),
}

impl PropertyKind {
    /// Notion's name of the type.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Title => "title",
            Self::RichText => "rich_text",
            Self::Number => "number",
            Self::Select => "select",
            Self::MultiSelect => "multi_select",
            Self::Status => "status",
            Self::Date => "date",
            Self::Checkbox => "checkbox",
            Self::Url => "url",
            Self::Email => "email",
            Self::PhoneNumber => "phone_number",
            Self::People => "people",
            Self::Relation => "relation",
            Self::Other(name) => name,
        }
    }

    /// The kind Notion's type name denotes.
    pub fn parse(name: &str) -> Self {
        match name {
            "title" => Self::Title,
            "rich_text" => Self::RichText,
            "number" => Self::Number,
            "select" => Self::Select,
            "multi_select" => Self::MultiSelect,
            "status" => Self::Status,
            "date" => Self::Date,
            "checkbox" => Self::Checkbox,
            "url" => Self::Url,
            "email" => Self::Email,
            "phone_number" => Self::PhoneNumber,
            "people" => Self::People,
            "relation" => Self::Relation,
            other => Self::Other(other.to_owned()),
        }
    }
}

impl std::fmt::Display for PropertyKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A date or date-time, with an optional end and IANA time zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateValue {
    /// ISO 8601 start (`2026-05-01` or `2026-05-01T09:00:00.000Z`).
    pub start: String,
    /// ISO 8601 end, for a range.
    pub end: Option<String>,
    /// IANA time zone (e.g. `America/New_York`) for naive date-times.
    pub time_zone: Option<String>,
}

impl DateValue {
    /// An instant.
    pub fn at(t: DateTime<Utc>) -> Self {
        Self {
            start: t.to_rfc3339_opts(SecondsFormat::Millis, true),
            end: None,
            time_zone: None,
        }
    }

    /// A whole day.
    pub fn day(d: NaiveDate) -> Self {
        Self {
            start: d.format("%Y-%m-%d").to_string(),
            end: None,
            time_zone: None,
        }
    }

    /// A range ending at `end`.
    pub fn until(mut self, end: DateTime<Utc>) -> Self {
        self.end = Some(end.to_rfc3339_opts(SecondsFormat::Millis, true));
        self
    }

    fn to_json(&self) -> Value {
        json!({"start": self.start, "end": self.end, "time_zone": self.time_zone})
    }
}

/// The value one property of a row is set to. `None` / empty clears it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PropertyValue {
    /// The title (split into rich-text objects as needed).
    Title(String),
    /// Rich text (split into rich-text objects as needed).
    RichText(String),
    /// A number (non-finite numbers clear the property).
    Number(Option<f64>),
    /// A select option by name (made valid: no commas, ≤ 100 characters).
    Select(Option<String>),
    /// Multi-select options by name (made valid; at most 100).
    MultiSelect(Vec<String>),
    /// A status option by name.
    Status(Option<String>),
    /// A date.
    Date(Option<DateValue>),
    /// A checkbox.
    Checkbox(bool),
    /// A URL (dropped if invalid).
    Url(Option<String>),
    /// An email address (dropped if invalid).
    Email(Option<String>),
    /// A phone number (dropped if invalid).
    Phone(Option<String>),
    /// People by user id (at most 100).
    People(Vec<UserId>),
    /// Related pages (at most 100).
    Relation(Vec<PageId>),
}

fn cap<T>(property: &str, mut items: Vec<T>) -> Vec<T> {
    if items.len() > MAX_ARRAY_ITEMS {
        tracing::warn!(
            property,
            count = items.len(),
            "more than 100 items: keeping the first 100"
        );
        items.truncate(MAX_ARRAY_ITEMS);
    }
    items
}

fn option_json(name: Option<&str>) -> Value {
    match name.and_then(sanitize_option_name) {
        Some(n) => json!({"name": n}),
        None => Value::Null,
    }
}

impl PropertyValue {
    /// The property type this value writes.
    pub fn kind(&self) -> PropertyKind {
        match self {
            Self::Title(_) => PropertyKind::Title,
            Self::RichText(_) => PropertyKind::RichText,
            Self::Number(_) => PropertyKind::Number,
            Self::Select(_) => PropertyKind::Select,
            Self::MultiSelect(_) => PropertyKind::MultiSelect,
            Self::Status(_) => PropertyKind::Status,
            Self::Date(_) => PropertyKind::Date,
            Self::Checkbox(_) => PropertyKind::Checkbox,
            Self::Url(_) => PropertyKind::Url,
            Self::Email(_) => PropertyKind::Email,
            Self::Phone(_) => PropertyKind::PhoneNumber,
            Self::People(_) => PropertyKind::People,
            Self::Relation(_) => PropertyKind::Relation,
        }
    }

    /// The property value JSON for a create or update body, with every limit applied and
    /// invalid values cleared (with a warning naming `property`).
    pub fn to_json(&self, property: &str) -> Value {
        match self {
            Self::Title(t) => json!({"title": rich_text(t)}),
            Self::RichText(t) => json!({"rich_text": rich_text(t)}),
            Self::Number(n) => json!({"number": n.filter(|n| n.is_finite())}),
            Self::Select(name) => json!({"select": option_json(name.as_deref())}),
            Self::Status(name) => json!({"status": option_json(name.as_deref())}),
            Self::MultiSelect(names) => {
                let mut seen = std::collections::HashSet::new();
                let options: Vec<Value> = names
                    .iter()
                    .filter_map(|n| sanitize_option_name(n))
                    .filter(|n| seen.insert(n.clone()))
                    .map(|n| json!({"name": n}))
                    .collect();
                json!({"multi_select": cap(property, options)})
            }
            Self::Date(d) => json!({"date": d.as_ref().map(DateValue::to_json)}),
            Self::Checkbox(b) => json!({"checkbox": b}),
            Self::Url(u) => {
                json!({"url": u.as_deref().and_then(|u| sanitize_url(property, u))})
            }
            Self::Email(e) => {
                json!({"email": e.as_deref().and_then(|e| sanitize_email(property, e))})
            }
            Self::Phone(p) => {
                json!({"phone_number": p.as_deref().and_then(|p| sanitize_phone(property, p))})
            }
            Self::People(ids) => {
                let people: Vec<Value> = ids
                    .iter()
                    .map(|id| json!({"object": "user", "id": id.as_str()}))
                    .collect();
                json!({"people": cap(property, people)})
            }
            Self::Relation(ids) => {
                let pages: Vec<Value> = ids.iter().map(|id| json!({"id": id.as_str()})).collect();
                json!({"relation": cap(property, pages)})
            }
        }
    }

    fn as_text(&self) -> Option<String> {
        match self {
            Self::Title(t) | Self::RichText(t) => Some(t.clone()),
            Self::Select(s) | Self::Status(s) | Self::Url(s) | Self::Email(s) | Self::Phone(s) => {
                Some(s.clone().unwrap_or_default())
            }
            Self::MultiSelect(items) => Some(items.join(", ")),
            Self::Number(n) => Some(n.map(|n| n.to_string()).unwrap_or_default()),
            Self::Date(d) => Some(d.as_ref().map(|d| d.start.clone()).unwrap_or_default()),
            Self::Checkbox(b) => Some(b.to_string()),
            Self::People(_) | Self::Relation(_) => None,
        }
    }

    /// This value converted for a property of type `kind` (a user may have changed a column's
    /// type): text-like values convert between text, title, select, status, URL, email and
    /// phone. `None` when no sensible conversion exists.
    pub fn coerce_to(&self, kind: &PropertyKind) -> Option<PropertyValue> {
        if &self.kind() == kind {
            return Some(self.clone());
        }
        let text = self.as_text()?;
        let opt = || (!text.is_empty()).then(|| text.clone());
        Some(match kind {
            PropertyKind::Title => Self::Title(text),
            PropertyKind::RichText => Self::RichText(text),
            PropertyKind::Select => Self::Select(opt()),
            PropertyKind::Status => Self::Status(opt()),
            PropertyKind::MultiSelect => Self::MultiSelect(opt().into_iter().collect()),
            PropertyKind::Url => Self::Url(opt()),
            PropertyKind::Email => Self::Email(opt()),
            PropertyKind::PhoneNumber => Self::Phone(opt()),
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_serialize_as_notion_expects() {
        let cases = [
            (PropertyValue::Number(Some(1.5)), json!({"number": 1.5})),
            (
                PropertyValue::Number(Some(f64::NAN)),
                json!({"number": null}),
            ),
            (PropertyValue::Select(None), json!({"select": null})),
            (
                PropertyValue::Select(Some("  ".into())),
                json!({"select": null}),
            ),
            (
                PropertyValue::Status(Some("Done".into())),
                json!({"status": {"name": "Done"}}),
            ),
            (
                PropertyValue::MultiSelect(vec!["a".into(), "a".into(), "b,c".into()]),
                json!({"multi_select": [{"name": "a"}, {"name": "b\u{201A}c"}]}),
            ),
            (PropertyValue::Checkbox(true), json!({"checkbox": true})),
            (
                PropertyValue::Url(Some("ftp:/x y".into())),
                json!({"url": null}),
            ),
            (
                PropertyValue::Phone(Some("+1 555 0100".into())),
                json!({"phone_number": "+1 555 0100"}),
            ),
            (
                PropertyValue::People(vec![UserId::from("u1")]),
                json!({"people": [{"object": "user", "id": "u1"}]}),
            ),
            (
                PropertyValue::Relation(vec![PageId::from("p1")]),
                json!({"relation": [{"id": "p1"}]}),
            ),
            (
                PropertyValue::Date(Some(DateValue::day(
                    NaiveDate::from_ymd_opt(2026, 5, 1).unwrap(),
                ))),
                json!({"date": {"start": "2026-05-01", "end": null, "time_zone": null}}),
            ),
        ];
        for (value, want) in cases {
            assert_eq!(value.to_json("p"), want, "{value:?}");
        }
        let many: Vec<PageId> = (0..150).map(|i| PageId::from(format!("p{i}"))).collect();
        let json = PropertyValue::Relation(many).to_json("r");
        assert_eq!(json["relation"].as_array().map(Vec::len), Some(100));
    }

    #[test]
    fn coercion_between_text_kinds() {
        let v = PropertyValue::Select(Some("Contact".into()));
        assert_eq!(
            v.coerce_to(&PropertyKind::RichText),
            Some(PropertyValue::RichText("Contact".into()))
        );
        assert_eq!(
            PropertyValue::RichText(String::new()).coerce_to(&PropertyKind::Select),
            Some(PropertyValue::Select(None))
        );
        assert_eq!(
            PropertyValue::Relation(vec![]).coerce_to(&PropertyKind::Title),
            None
        );
        assert_eq!(v.coerce_to(&PropertyKind::Number), None);
    }
}
