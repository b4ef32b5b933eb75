//! Pure conversions between sync-core [`Value`]s and Notion property JSON.
//!
//! Writing goes through the crate's own [`PropertyValue`], so every Notion limit applies:
//! text is split at 2,000 characters (and cut at 100 objects), option names are made valid,
//! invalid URLs, emails and phone numbers are dropped with a warning, arrays are capped at 100.
//! Reading back turns a page's property JSON into the [`Value`] Notion now holds.
//!
//! Because Notion changes some values on the way in, [`notion_view`] says what a projection
//! *becomes* in Notion: `read(write(v))`. For a value Notion keeps as is the two are equal;
//! the rules where they differ are:
//!
//! | written | read back |
//! |---|---|
//! | `Text("")`, `Title("")`, `MultiSelect([])`, `Relation([])` | `Empty` |
//! | `Empty` on a checkbox column | `Checkbox(false)` |
//! | an instant with sub-millisecond precision | the instant cut to milliseconds |
//! | `Number(NaN)` or an infinity | `Empty` |
//! | an invalid URL, email or phone; a blank option name | `Empty` (with a warning) |
//! | URL, email, phone with surrounding spaces | trimmed |
//! | option names | commas replaced by `‚`, whitespace collapsed, cut at 100 |
//! | duplicate options or relation ids | the first of each |
//! | relation ids without hyphens | Notion's hyphenated lowercase form |
//! | text past 100 rich-text objects | cut, ending in the truncation marker |
//!
//! ```
//! use notion_activity::properties::PropertyKind;
//! use ghl_notion::notion::convert::{read_value, write_value};
//! use sync_core::projection::Value;
//!
//! let json = write_value("Email", &Value::Email(" ada@example.com ".into()), &PropertyKind::Email);
//! assert_eq!(read_value(&json), Some(Value::Email("ada@example.com".into())));
//! let json = write_value("Done", &Value::Empty, &PropertyKind::Checkbox);
//! assert_eq!(read_value(&json), Some(Value::Checkbox(false)));
//! ```

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde_json::{Map, Value as Json};
use sync_core::hash::ContentHash;
use sync_core::projection::{DateValue, Projection, Value, ValueKind};

use notion_activity::ids::PageId;
use notion_activity::models::page::Page;
use notion_activity::properties::PropertySchema;
use notion_activity::properties::text::plain_text;
use notion_activity::properties::value::{DateValue as NotionDate, PropertyKind, PropertyValue};

/// The Notion property type that holds values of `kind`.
pub fn property_kind(kind: ValueKind) -> PropertyKind {
    match kind {
        ValueKind::Title => PropertyKind::Title,
        ValueKind::Text => PropertyKind::RichText,
        ValueKind::Number => PropertyKind::Number,
        ValueKind::Date => PropertyKind::Date,
        ValueKind::Select => PropertyKind::Select,
        ValueKind::MultiSelect => PropertyKind::MultiSelect,
        ValueKind::Url => PropertyKind::Url,
        ValueKind::Email => PropertyKind::Email,
        ValueKind::Phone => PropertyKind::PhoneNumber,
        ValueKind::Checkbox => PropertyKind::Checkbox,
        ValueKind::Relation => PropertyKind::Relation,
    }
}

/// The column schema for `kind`; `None` for a relation (it needs a target data source).
pub fn property_schema(kind: ValueKind) -> Option<PropertySchema> {
    Some(match kind {
        ValueKind::Title => PropertySchema::Title,
        ValueKind::Text => PropertySchema::RichText,
        ValueKind::Number => PropertySchema::Number { format: None },
        ValueKind::Date => PropertySchema::Date,
        ValueKind::Select => PropertySchema::select([]),
        ValueKind::MultiSelect => PropertySchema::multi_select([]),
        ValueKind::Url => PropertySchema::Url,
        ValueKind::Email => PropertySchema::Email,
        ValueKind::Phone => PropertySchema::PhoneNumber,
        ValueKind::Checkbox => PropertySchema::Checkbox,
        ValueKind::Relation => return None,
    })
}

/// A relation id in Notion's form: hyphenated lowercase when it is 32 hex digits, else as is.
fn notion_id(id: &str) -> String {
    let hex: String = id
        .chars()
        .filter(|c| *c != '-')
        .flat_map(char::to_lowercase)
        .collect();
    if hex.len() == 32 && hex.chars().all(|c| c.is_ascii_hexdigit()) {
        format!(
            "{}-{}-{}-{}-{}",
            &hex[..8],
            &hex[8..12],
            &hex[12..16],
            &hex[16..20],
            &hex[20..]
        )
    } else {
        id.trim().to_owned()
    }
}

/// The crate's [`PropertyValue`] for `value`; `Empty` becomes the cleared value of `column`.
fn to_property_value(value: &Value, column: &PropertyKind) -> PropertyValue {
    match value {
        Value::Title(t) => PropertyValue::Title(t.clone()),
        Value::Text(t) => PropertyValue::RichText(t.clone()),
        Value::Number(n) => PropertyValue::Number(Some(*n)),
        Value::Date(DateValue::DateTime(t)) => PropertyValue::Date(Some(NotionDate::at(*t))),
        Value::Date(DateValue::Date(d)) => PropertyValue::Date(Some(NotionDate::day(*d))),
        Value::Select(s) => PropertyValue::Select(Some(s.clone())),
        Value::MultiSelect(items) => PropertyValue::MultiSelect(items.clone()),
        Value::Url(u) => PropertyValue::Url(Some(u.clone())),
        Value::Email(e) => PropertyValue::Email(Some(e.clone())),
        Value::Phone(p) => PropertyValue::Phone(Some(p.clone())),
        Value::Checkbox(b) => PropertyValue::Checkbox(*b),
        Value::Relation(ids) => {
            let mut seen = std::collections::HashSet::new();
            PropertyValue::Relation(
                ids.iter()
                    .map(|id| notion_id(id))
                    .filter(|id| !id.is_empty() && seen.insert(id.clone()))
                    .map(PageId::from)
                    .collect(),
            )
        }
        Value::Empty => match column {
            PropertyKind::Title => PropertyValue::Title(String::new()),
            PropertyKind::RichText => PropertyValue::RichText(String::new()),
            PropertyKind::Number => PropertyValue::Number(None),
            PropertyKind::Select => PropertyValue::Select(None),
            PropertyKind::Status => PropertyValue::Status(None),
            PropertyKind::MultiSelect => PropertyValue::MultiSelect(Vec::new()),
            PropertyKind::Date => PropertyValue::Date(None),
            PropertyKind::Checkbox => PropertyValue::Checkbox(false),
            PropertyKind::Email => PropertyValue::Email(None),
            PropertyKind::PhoneNumber => PropertyValue::Phone(None),
            PropertyKind::People => PropertyValue::People(Vec::new()),
            PropertyKind::Relation => PropertyValue::Relation(Vec::new()),
            // Url, and anything unknown: a null URL is the mildest guess.
            _ => PropertyValue::Url(None),
        },
    }
}

/// The request JSON (`{"rich_text": […]}`) setting property `name` of type `column` to
/// `value`, with Notion's limits applied. A value of another kind is converted where the
/// crate knows how (e.g. text into a select); otherwise it is written as its own kind and
/// Notion will reject it.
pub fn write_value(name: &str, value: &Value, column: &PropertyKind) -> Json {
    let v = to_property_value(value, column);
    let v = v.coerce_to(column).unwrap_or(v);
    v.to_json(name)
}

fn non_empty<T>(items: Vec<T>, make: impl FnOnce(Vec<T>) -> Value) -> Value {
    if items.is_empty() {
        Value::Empty
    } else {
        make(items)
    }
}

fn read_date(start: &str) -> Option<DateValue> {
    if let Ok(d) = NaiveDate::parse_from_str(start, "%Y-%m-%d") {
        return Some(DateValue::Date(d));
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(start) {
        return Some(DateValue::DateTime(t.with_timezone(&Utc)));
    }
    // A date-time without an offset (set by hand with no time zone): read as UTC.
    ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(start, f).ok())
        .map(|n| DateValue::DateTime(n.and_utc()))
}

/// The [`Value`] a property holds, from a page's property JSON (`{"type": "url", "url": …}`)
/// or from request JSON (`{"url": …}`). `None` when the type cannot be read as a `Value`
/// (formulas, rollups, files, people) or a relation lists more ids than the page shows.
pub fn read_value(property: &Json) -> Option<Value> {
    let obj = property.as_object()?;
    let kind = match obj.get("type").and_then(Json::as_str) {
        Some(kind) => kind,
        None => obj
            .keys()
            .find(|k| *k != "id" && *k != "has_more")?
            .as_str(),
    };
    let v = obj.get(kind)?;
    let text = |v: &Json| v.as_str().map(str::to_owned);
    Some(match kind {
        "title" | "rich_text" => {
            let t = plain_text(v);
            match (t.is_empty(), kind) {
                (true, _) => Value::Empty,
                (false, "title") => Value::Title(t),
                (false, _) => Value::Text(t),
            }
        }
        "number" => v.as_f64().map_or(Value::Empty, Value::Number),
        "select" | "status" => v
            .get("name")
            .and_then(text)
            .map_or(Value::Empty, Value::Select),
        "multi_select" => non_empty(
            v.as_array()?
                .iter()
                .filter_map(|o| o.get("name").and_then(text))
                .collect(),
            Value::MultiSelect,
        ),
        "date" => match v.get("start").and_then(Json::as_str) {
            None => Value::Empty,
            Some(start) => Value::Date(read_date(start)?),
        },
        "checkbox" => Value::Checkbox(v.as_bool().unwrap_or(false)),
        "url" => text(v).map_or(Value::Empty, Value::Url),
        "email" => text(v).map_or(Value::Empty, Value::Email),
        "phone_number" => text(v).map_or(Value::Empty, Value::Phone),
        "relation" => {
            if obj.get("has_more").and_then(Json::as_bool) == Some(true) {
                return None;
            }
            non_empty(
                v.as_array()?
                    .iter()
                    .filter_map(|o| o.get("id").and_then(text))
                    .map(|id| notion_id(&id))
                    .collect(),
                Value::Relation,
            )
        }
        _ => return None,
    })
}

/// What `value` becomes once written to a column of type `column` and read back.
pub fn notion_value(name: &str, value: &Value, column: &PropertyKind) -> Option<Value> {
    read_value(&write_value(name, value, column))
}

/// What `projection`'s hashed properties become in Notion (see the module docs), with each
/// property's column type from `columns` (a property not listed is taken as its own kind).
/// Stamps are dropped. `None` if some value cannot be read back.
pub fn notion_view(
    projection: &Projection,
    columns: &BTreeMap<String, PropertyKind>,
) -> Option<Projection> {
    let mut out = Projection::new();
    for (name, value) in &projection.properties {
        let column = columns
            .get(name)
            .cloned()
            .or_else(|| value_kind(value).map(property_kind))
            .unwrap_or(PropertyKind::RichText);
        out.set(name.clone(), notion_value(name, value, &column)?);
    }
    Some(out)
}

/// The kind of a value (`None` for `Empty`).
pub fn value_kind(value: &Value) -> Option<ValueKind> {
    Some(match value {
        Value::Title(_) => ValueKind::Title,
        Value::Text(_) => ValueKind::Text,
        Value::Number(_) => ValueKind::Number,
        Value::Date(_) => ValueKind::Date,
        Value::Select(_) => ValueKind::Select,
        Value::MultiSelect(_) => ValueKind::MultiSelect,
        Value::Url(_) => ValueKind::Url,
        Value::Email(_) => ValueKind::Email,
        Value::Phone(_) => ValueKind::Phone,
        Value::Checkbox(_) => ValueKind::Checkbox,
        Value::Relation(_) => ValueKind::Relation,
        Value::Empty => return None,
    })
}

/// The request `properties` for every property and stamp of `projection`.
pub fn write_projection(
    projection: &Projection,
    columns: &BTreeMap<String, PropertyKind>,
) -> Map<String, Json> {
    projection
        .all()
        .into_iter()
        .map(|(name, value)| {
            let column = columns
                .get(name)
                .cloned()
                .or_else(|| value_kind(value).map(property_kind))
                .unwrap_or(PropertyKind::RichText);
            (name.to_owned(), write_value(name, value, &column))
        })
        .collect()
}

/// The hashed properties `names` as `page` holds them now (a missing property reads as
/// `Empty`). `None` if one cannot be read back.
pub fn read_back<'a>(
    page: &Page,
    names: impl IntoIterator<Item = &'a String>,
) -> Option<Projection> {
    let mut out = Projection::new();
    for name in names {
        let value = match page.properties.get(name) {
            Some(p) => read_value(p)?,
            None => Value::Empty,
        };
        out.set(name.clone(), value);
    }
    Some(out)
}

/// The fingerprint stored with a row: the engine's hash of what it asked to write, and the
/// hash of what Notion holds after the write (they differ when Notion changed a value).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    /// [`Projection::content_hash`] of the projection the engine wrote.
    pub written: ContentHash,
    /// The hash of the same projection as Notion holds it ([`notion_view`]).
    pub stored: ContentHash,
}

impl Fingerprint {
    /// The text stored in the fingerprint property: `written:stored`, 16 hex digits each.
    pub fn to_text(&self) -> String {
        format!("{}:{}", self.written, self.stored)
    }

    /// Parses [`Fingerprint::to_text`]; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let (written, stored) = text.trim().split_once(':')?;
        Some(Self {
            written: written.parse().ok()?,
            stored: stored.parse().ok()?,
        })
    }

    /// The hash to report for a row whose current content hashes to `current`: the engine's
    /// own hash while the row still holds what was written, else `current` (a hand edit).
    pub fn resolve(fingerprint: Option<Self>, current: ContentHash) -> ContentHash {
        match fingerprint {
            Some(f) if f.stored == current => f.written,
            _ => current,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn round(value: Value, column: PropertyKind) -> Option<Value> {
        notion_value("p", &value, &column)
    }

    #[test]
    fn normalisation_table() {
        let t = DateTime::parse_from_rfc3339("2026-01-02T03:04:05.123456Z")
            .unwrap()
            .with_timezone(&Utc);
        let t_ms = DateTime::parse_from_rfc3339("2026-01-02T03:04:05.123Z")
            .unwrap()
            .with_timezone(&Utc);
        let id = "0123456789abcdef0123456789ABCDEF";
        let dashed = "01234567-89ab-cdef-0123-456789abcdef";
        use PropertyKind as K;
        let cases = [
            (
                Value::Title("Ada".into()),
                K::Title,
                Value::Title("Ada".into()),
            ),
            (Value::Title(String::new()), K::Title, Value::Empty),
            (Value::Text(String::new()), K::RichText, Value::Empty),
            (Value::Number(1.5), K::Number, Value::Number(1.5)),
            (Value::Number(f64::NAN), K::Number, Value::Empty),
            (
                Value::Date(DateValue::DateTime(t)),
                K::Date,
                Value::Date(DateValue::DateTime(t_ms)),
            ),
            (
                Value::Select("a, b".into()),
                K::Select,
                Value::Select("a\u{201A} b".into()),
            ),
            (Value::Select("  ".into()), K::Select, Value::Empty),
            (
                Value::MultiSelect(vec!["x".into(), "y".into(), "x".into()]),
                K::MultiSelect,
                Value::MultiSelect(vec!["x".into(), "y".into()]),
            ),
            (Value::MultiSelect(vec![]), K::MultiSelect, Value::Empty),
            (Value::Url("nope".into()), K::Url, Value::Empty),
            (
                Value::Email("a@b.co ".into()),
                K::Email,
                Value::Email("a@b.co".into()),
            ),
            (Value::Phone("12".into()), K::PhoneNumber, Value::Empty),
            (Value::Empty, K::Checkbox, Value::Checkbox(false)),
            (Value::Empty, K::Number, Value::Empty),
            (
                Value::Relation(vec![id.into(), dashed.into()]),
                K::Relation,
                Value::Relation(vec![dashed.into()]),
            ),
            (
                Value::Text("v".into()),
                K::Select,
                Value::Select("v".into()),
            ),
        ];
        for (value, column, expected) in cases {
            assert_eq!(round(value.clone(), column), Some(expected), "{value:?}");
        }
    }

    #[test]
    fn long_text_round_trips_through_chunks() {
        let long = "é".repeat(4500);
        assert_eq!(
            round(Value::Text(long.clone()), PropertyKind::RichText),
            Some(Value::Text(long))
        );
    }

    #[test]
    fn reads_page_json_as_notion_sends_it() {
        let p = |v: Json| read_value(&v);
        assert_eq!(
            p(
                json!({"id": "x", "type": "date", "date": {"start": "2026-05-01T09:00:00.000+00:00", "end": null}})
            ),
            Some(Value::Date(DateValue::DateTime(
                DateTime::parse_from_rfc3339("2026-05-01T09:00:00Z")
                    .unwrap()
                    .with_timezone(&Utc)
            )))
        );
        assert_eq!(
            p(json!({"type": "number", "number": 3})),
            Some(Value::Number(3.0))
        );
        assert_eq!(
            p(json!({"type": "relation", "relation": [], "has_more": true})),
            None
        );
        assert_eq!(p(json!({"type": "formula", "formula": {}})), None);
    }

    #[test]
    fn fingerprint_resolves_only_unchanged_rows() {
        let f = Fingerprint {
            written: ContentHash(1),
            stored: ContentHash(2),
        };
        assert_eq!(Fingerprint::parse(&f.to_text()), Some(f));
        assert_eq!(Fingerprint::parse("garbage"), None);
        assert_eq!(
            Fingerprint::resolve(Some(f), ContentHash(2)),
            ContentHash(1)
        );
        assert_eq!(
            Fingerprint::resolve(Some(f), ContentHash(3)),
            ContentHash(3)
        );
        assert_eq!(Fingerprint::resolve(None, ContentHash(3)), ContentHash(3));
    }
}
