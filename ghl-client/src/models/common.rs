//! Shapes shared by several areas: custom-field values, list metadata, `succeded` answers,
//! and the lenient readers for timestamps, numbers and booleans.
//!
//! GHL is not consistent about scalar encodings: the same timestamp may arrive as an ISO
//! string, as epoch milliseconds (a number or a numeric string), or as a naive
//! `2021-07-16 11:00:00`; booleans sometimes arrive as `"true"`. The readers here accept all
//! of those and write back one canonical form (ISO 8601 with milliseconds, `Z`).
//!
//! ```
//! use ghl_client::models::common::parse_timestamp;
//!
//! let iso = parse_timestamp("2021-07-02T05:18:26.704Z").unwrap();
//! let millis = parse_timestamp("1625203106704").unwrap();
//! assert_eq!(iso.timestamp_millis(), 1625203106704);
//! assert_eq!(iso, millis);
//! ```

use chrono::{DateTime, NaiveDate, NaiveDateTime, SecondsFormat, TimeZone, Utc};
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::ids::CustomFieldId;

/// Epoch values below this are read as seconds, at or above it as milliseconds
/// (10^11 ms is March 1973; 10^11 s is the year 5138).
const SECONDS_CUTOFF: i64 = 100_000_000_000;

/// Parses a timestamp the way GHL writes them: RFC 3339 / ISO 8601 (with or without an
/// offset; none means UTC), `YYYY-MM-DD HH:MM:SS`, a bare date (midnight UTC), or epoch
/// milliseconds as digits (epoch seconds when the value is small). `None` for anything else.
pub fn parse_timestamp(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if let Ok(n) = text.parse::<i64>() {
        return from_epoch(n);
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Some(t.with_timezone(&Utc));
    }
    for format in ["%Y-%m-%d %H:%M:%S%.f%:z", "%Y-%m-%d %H:%M:%S%.f%z"] {
        if let Ok(t) = DateTime::parse_from_str(text, format) {
            return Some(t.with_timezone(&Utc));
        }
    }
    for format in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(text, format) {
            return Some(Utc.from_utc_datetime(&t));
        }
    }
    if let Ok(d) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return d.and_hms_opt(0, 0, 0).map(|t| Utc.from_utc_datetime(&t));
    }
    if let Ok(f) = text.parse::<f64>() {
        return from_epoch_f64(f);
    }
    None
}

fn from_epoch(n: i64) -> Option<DateTime<Utc>> {
    // No `abs()`: it overflows on `i64::MIN`, which any sender may write.
    if (-SECONDS_CUTOFF + 1..SECONDS_CUTOFF).contains(&n) {
        DateTime::from_timestamp(n, 0)
    } else {
        DateTime::from_timestamp_millis(n)
    }
}

fn from_epoch_f64(f: f64) -> Option<DateTime<Utc>> {
    if !f.is_finite() || f.abs() > 9.0e15 {
        return None;
    }
    // Fractions of a millisecond are dropped; the bound above keeps the cast exact (and an
    // `as` cast from a float saturates, it never panics).
    from_epoch(f.trunc() as i64)
}

/// Reads a timestamp from any JSON value GHL uses for one. `Ok(None)` for null and `""`.
pub(crate) fn timestamp_from_value(value: &Value) -> Result<Option<DateTime<Utc>>, String> {
    match value {
        Value::Null => Ok(None),
        Value::String(s) if s.trim().is_empty() => Ok(None),
        Value::String(s) => parse_timestamp(s)
            .map(Some)
            .ok_or_else(|| format!("unrecognised timestamp {s:?}")),
        Value::Number(n) => {
            let parsed = match n.as_i64() {
                Some(i) => from_epoch(i),
                None => n.as_f64().and_then(from_epoch_f64),
            };
            parsed
                .map(Some)
                .ok_or_else(|| format!("timestamp {n} is out of range"))
        }
        other => Err(format!("expected a timestamp, found {other}")),
    }
}

/// Formats a timestamp as GHL writes them: `2021-07-02T05:18:26.704Z`.
pub fn format_timestamp(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Serde adapter for `Option<DateTime<Utc>>` read leniently (see [`parse_timestamp`]) and
/// written as ISO 8601. Use with `#[serde(default, with = "...")]`.
pub mod opt_timestamp {
    use super::*;

    /// Writes an ISO 8601 string or `null`.
    pub fn serialize<S: Serializer>(
        value: &Option<DateTime<Utc>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(t) => s.serialize_str(&format_timestamp(t)),
            None => s.serialize_none(),
        }
    }

    /// Reads a string, a number or `null`.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
        let value = Option::<Value>::deserialize(d)?.unwrap_or(Value::Null);
        timestamp_from_value(&value).map_err(D::Error::custom)
    }
}

/// Serde adapter for a required `DateTime<Utc>`, read leniently and written as ISO 8601.
pub mod timestamp {
    use super::*;

    /// Writes an ISO 8601 string.
    pub fn serialize<S: Serializer>(value: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format_timestamp(value))
    }

    /// Reads a string or a number.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        let value = Value::deserialize(d)?;
        timestamp_from_value(&value)
            .map_err(D::Error::custom)?
            .ok_or_else(|| D::Error::custom("missing timestamp"))
    }
}

/// Reads an optional boolean sent as `true`, `"true"`, `1` or `"1"` (and the negatives).
pub(crate) mod opt_bool {
    use super::*;

    pub fn serialize<S: Serializer>(value: &Option<bool>, s: S) -> Result<S::Ok, S::Error> {
        value.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
        match Option::<Value>::deserialize(d)?.unwrap_or(Value::Null) {
            Value::Null => Ok(None),
            Value::Bool(b) => Ok(Some(b)),
            Value::Number(n) => Ok(Some(n.as_f64().is_some_and(|f| f != 0.0))),
            Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
                "" => Ok(None),
                "true" | "1" | "yes" => Ok(Some(true)),
                "false" | "0" | "no" => Ok(Some(false)),
                other => Err(D::Error::custom(format!(
                    "expected a boolean, found {other:?}"
                ))),
            },
            other => Err(D::Error::custom(format!(
                "expected a boolean, found {other}"
            ))),
        }
    }
}

/// Reads an optional number sent as a number or a numeric string.
pub(crate) mod opt_f64 {
    use super::*;

    pub fn serialize<S: Serializer>(value: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
        value.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
        match Option::<Value>::deserialize(d)?.unwrap_or(Value::Null) {
            Value::Null => Ok(None),
            Value::Number(n) => Ok(n.as_f64()),
            Value::String(s) if s.trim().is_empty() => Ok(None),
            Value::String(s) => s
                .trim()
                .parse::<f64>()
                .map(Some)
                .map_err(|_| D::Error::custom(format!("expected a number, found {s:?}"))),
            other => Err(D::Error::custom(format!(
                "expected a number, found {other}"
            ))),
        }
    }
}

/// Reads an optional integer sent as an integer, a float or a numeric string.
pub(crate) mod opt_i64 {
    use super::*;

    pub fn serialize<S: Serializer>(value: &Option<i64>, s: S) -> Result<S::Ok, S::Error> {
        value.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
        let as_int = |f: f64| {
            if f.is_finite() && f.abs() < 9.0e18 {
                Ok(Some(f.round() as i64))
            } else {
                Err(D::Error::custom(format!("number {f} is out of range")))
            }
        };
        match Option::<Value>::deserialize(d)?.unwrap_or(Value::Null) {
            Value::Null => Ok(None),
            Value::Number(n) => match n.as_i64() {
                Some(i) => Ok(Some(i)),
                None => as_int(n.as_f64().unwrap_or(f64::NAN)),
            },
            Value::String(s) if s.trim().is_empty() => Ok(None),
            Value::String(s) => match s.trim().parse::<f64>() {
                Ok(f) => as_int(f),
                Err(_) => Err(D::Error::custom(format!(
                    "expected an integer, found {s:?}"
                ))),
            },
            other => Err(D::Error::custom(format!(
                "expected an integer, found {other}"
            ))),
        }
    }
}

/// Reads an optional string that is sometimes sent as a number or boolean.
pub(crate) mod opt_string {
    use super::*;

    pub fn serialize<S: Serializer>(value: &Option<String>, s: S) -> Result<S::Ok, S::Error> {
        value.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
        match Option::<Value>::deserialize(d)?.unwrap_or(Value::Null) {
            Value::Null => Ok(None),
            Value::String(s) => Ok(Some(s)),
            Value::Number(n) => Ok(Some(n.to_string())),
            Value::Bool(b) => Ok(Some(b.to_string())),
            other => Err(D::Error::custom(format!(
                "expected a string, found {other}"
            ))),
        }
    }
}

/// Reads a list of records that the spec sometimes types as an array of arrays (pipeline
/// stages, location tasks): objects are kept, nested arrays are flattened one level, `null`
/// is an empty list.
pub(crate) mod record_list {
    use super::*;
    use serde::de::DeserializeOwned;

    pub fn serialize<T: Serialize, S: Serializer>(value: &[T], s: S) -> Result<S::Ok, S::Error> {
        value.serialize(s)
    }

    pub fn deserialize<'de, T: DeserializeOwned, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Vec<T>, D::Error> {
        let items = match Option::<Value>::deserialize(d)?.unwrap_or(Value::Null) {
            Value::Null => return Ok(Vec::new()),
            Value::Array(items) => items,
            other => return Err(D::Error::custom(format!("expected a list, found {other}"))),
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            match item {
                Value::Array(inner) => {
                    for record in inner {
                        out.push(serde_json::from_value(record).map_err(D::Error::custom)?);
                    }
                }
                Value::Null => {}
                record => out.push(serde_json::from_value(record).map_err(D::Error::custom)?),
            }
        }
        Ok(out)
    }
}

/// A custom field value, read or written.
///
/// GHL sends and accepts a string (text, large text, single select, radio, date), a number
/// (numeric, monetary), a list of strings (checkbox, multi-select) or an object (file
/// uploads, keyed by upload id). Anything else is kept as [`CustomFieldValue::Other`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CustomFieldValue {
    /// Text, select, radio, date.
    Text(String),
    /// Numeric or monetary.
    Number(serde_json::Number),
    /// Checkbox or multi-select.
    List(Vec<String>),
    /// File uploads and other structured values.
    Object(Map<String, Value>),
    /// Any other shape (a list of objects, a boolean), kept verbatim.
    Other(Value),
}

impl CustomFieldValue {
    /// The text, for text-like values.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Self::Text(s) => Some(s),
            _ => None,
        }
    }

    /// The number, for numeric values (and numeric text).
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Self::Number(n) => n.as_f64(),
            Self::Text(s) => s.trim().parse().ok(),
            _ => None,
        }
    }

    /// The value as plain JSON.
    pub fn to_json(&self) -> Value {
        match self {
            Self::Text(s) => Value::String(s.clone()),
            Self::Number(n) => Value::Number(n.clone()),
            Self::List(items) => Value::Array(items.iter().cloned().map(Value::String).collect()),
            Self::Object(map) => Value::Object(map.clone()),
            Self::Other(v) => v.clone(),
        }
    }
}

impl From<&str> for CustomFieldValue {
    fn from(value: &str) -> Self {
        Self::Text(value.to_owned())
    }
}

impl From<String> for CustomFieldValue {
    fn from(value: String) -> Self {
        Self::Text(value)
    }
}

impl From<i64> for CustomFieldValue {
    fn from(value: i64) -> Self {
        Self::Number(value.into())
    }
}

impl From<f64> for CustomFieldValue {
    /// A non-finite float becomes [`CustomFieldValue::Other`] `null`.
    fn from(value: f64) -> Self {
        serde_json::Number::from_f64(value).map_or(Self::Other(Value::Null), Self::Number)
    }
}

impl From<Vec<String>> for CustomFieldValue {
    fn from(value: Vec<String>) -> Self {
        Self::List(value)
    }
}

impl From<Map<String, Value>> for CustomFieldValue {
    fn from(value: Map<String, Value>) -> Self {
        Self::Object(value)
    }
}

/// A custom field value to write: `{ "id", "key"?, "field_value" }`.
///
/// Contacts require `id`; opportunities accept `id` or `key` (e.g. `"opportunity.budget"`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CustomFieldInput {
    /// The field's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<CustomFieldId>,
    /// The field's key, instead of or beside its id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The value.
    pub field_value: CustomFieldValue,
}

impl CustomFieldInput {
    /// A value addressed by field id.
    pub fn by_id(id: impl Into<CustomFieldId>, value: impl Into<CustomFieldValue>) -> Self {
        Self {
            id: Some(id.into()),
            key: None,
            field_value: value.into(),
        }
    }

    /// A value addressed by field key (opportunities only).
    pub fn by_key(key: impl Into<String>, value: impl Into<CustomFieldValue>) -> Self {
        Self {
            id: None,
            key: Some(key.into()),
            field_value: value.into(),
        }
    }
}

/// Paging metadata of the `GET` list endpoints (`/opportunities/search`, the deprecated
/// `/contacts/`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PageMeta {
    /// Total matching records.
    #[serde(default, with = "opt_i64", skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// URL of the next page, absent or `null` on the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_url: Option<String>,
    /// `startAfterId` for the next page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_after_id: Option<String>,
    /// `startAfter` (epoch milliseconds) for the next page.
    #[serde(default, with = "opt_i64", skip_serializing_if = "Option::is_none")]
    pub start_after: Option<i64>,
    /// This page's number.
    #[serde(default, with = "opt_i64", skip_serializing_if = "Option::is_none")]
    pub current_page: Option<i64>,
    /// The next page's number, `null` on the last page.
    #[serde(default, with = "opt_i64", skip_serializing_if = "Option::is_none")]
    pub next_page: Option<i64>,
    /// The previous page's number.
    #[serde(default, with = "opt_i64", skip_serializing_if = "Option::is_none")]
    pub prev_page: Option<i64>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The answer of deletes and some updates: `{ "succeded": true }` (GHL's spelling).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Succeeded {
    /// Whether GHL reports success. Absent counts as success: the status code was 2xx.
    #[serde(rename = "succeded", default, skip_serializing_if = "Option::is_none")]
    pub succeeded: Option<bool>,
    /// Fields this crate does not know (`traceId`...).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Succeeded {
    /// `succeded`, defaulting to `true` when GHL leaves it out.
    pub fn is_success(&self) -> bool {
        self.succeeded.unwrap_or(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_in_every_shape() {
        let want = Utc.with_ymd_and_hms(2021, 7, 16, 11, 0, 0).single();
        for text in [
            "2021-07-16T11:00:00Z",
            "2021-07-16T11:00:00.000Z",
            "2021-07-16T16:30:00+05:30",
            "2021-07-16 11:00:00",
            "2021-07-16T11:00:00",
            "1626433200000",
            "1626433200",
        ] {
            assert_eq!(parse_timestamp(text), want, "{text}");
        }
        assert_eq!(
            parse_timestamp("2021-07-16"),
            Utc.with_ymd_and_hms(2021, 7, 16, 0, 0, 0).single()
        );
        assert_eq!(parse_timestamp("Date format YYYY-MM-DD"), None);
        assert_eq!(parse_timestamp(""), None);
    }

    #[test]
    fn timestamp_values() {
        let t = timestamp_from_value(&serde_json::json!(1625203104328_i64));
        assert_eq!(
            t.ok().flatten().map(|t| t.timestamp_millis()),
            Some(1625203104328)
        );
        assert_eq!(timestamp_from_value(&Value::Null), Ok(None));
        assert_eq!(timestamp_from_value(&serde_json::json!("")), Ok(None));
        assert!(timestamp_from_value(&serde_json::json!("soon")).is_err());
        assert!(timestamp_from_value(&serde_json::json!(true)).is_err());
    }

    #[test]
    fn extreme_epoch_values_are_none_not_a_panic() {
        for n in [
            i64::MIN,
            i64::MIN + 1,
            i64::MAX,
            -SECONDS_CUTOFF,
            SECONDS_CUTOFF,
        ] {
            let _ = parse_timestamp(&n.to_string());
            let _ = timestamp_from_value(&serde_json::json!(n));
        }
        assert_eq!(parse_timestamp(&i64::MIN.to_string()), None);
        assert_eq!(parse_timestamp(&i64::MAX.to_string()), None);
        for f in [f64::MIN, f64::MAX, -9.0e15, 9.0e15, f64::MIN_POSITIVE, -0.0] {
            let _ = timestamp_from_value(&serde_json::json!(f));
            let _ = parse_timestamp(&f.to_string());
        }
        assert_eq!(parse_timestamp("-1"), DateTime::from_timestamp(-1, 0));
        assert_eq!(
            parse_timestamp(&(-SECONDS_CUTOFF).to_string()),
            DateTime::from_timestamp_millis(-SECONDS_CUTOFF)
        );
    }

    #[test]
    fn custom_field_values_pick_the_right_shape() {
        let v: Vec<CustomFieldValue> = serde_json::from_value(
            serde_json::json!(["a", 1.5, ["x", "y"], {"k": 1}, [{"k": 1}], true]),
        )
        .unwrap_or_default();
        assert!(matches!(v[0], CustomFieldValue::Text(_)));
        assert!(matches!(v[1], CustomFieldValue::Number(_)));
        assert!(matches!(v[2], CustomFieldValue::List(_)));
        assert!(matches!(v[3], CustomFieldValue::Object(_)));
        assert!(matches!(v[4], CustomFieldValue::Other(_)));
        assert!(matches!(v[5], CustomFieldValue::Other(_)));
    }
}
