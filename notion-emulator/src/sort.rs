//! Query sorts: `[{"property": name, "direction"}]` or `[{"timestamp": …, "direction"}]`.
//! Empty values sort last in both directions; ties keep creation order.

use std::cmp::Ordering;

use serde_json::Value;

use crate::dates;
use crate::error::ApiError;
use crate::filter::Row;
use crate::schema::{self, PropertyConfig, PropertySchema};

/// One sort criterion.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Sort {
    key: SortKey,
    descending: bool,
}

#[derive(Debug, Clone, PartialEq)]
enum SortKey {
    Property {
        name: String,
        kind: String,
        option_ids: Vec<String>,
    },
    Timestamp(&'static str),
}

/// A comparable value; `Empty` always sorts last.
#[derive(Debug, Clone, PartialEq, PartialOrd)]
enum SortValue {
    Number(f64),
    Text(String),
}

/// Parses a `sorts` body value against `schema`.
pub(crate) fn parse(value: &Value, schema: &[PropertySchema]) -> Result<Vec<Sort>, ApiError> {
    let path = "body.sorts";
    let Some(items) = value.as_array() else {
        return Err(ApiError::invalid_field(path, "an array", value));
    };
    crate::rich_text::check_array_len(items, path)?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let ipath = format!("{path}[{i}]");
            let descending = match item.get("direction").and_then(Value::as_str) {
                Some("ascending") | None => false,
                Some("descending") => true,
                Some(_) => {
                    return Err(ApiError::invalid_field(
                        &format!("{ipath}.direction"),
                        "`ascending` or `descending`",
                        item.get("direction").unwrap_or(&Value::Null),
                    ));
                }
            };
            let key = if let Some(ts) = item.get("timestamp") {
                match ts.as_str() {
                    Some("created_time") => SortKey::Timestamp("created_time"),
                    Some("last_edited_time") => SortKey::Timestamp("last_edited_time"),
                    _ => {
                        return Err(ApiError::invalid_field(
                            &format!("{ipath}.timestamp"),
                            "`created_time` or `last_edited_time`",
                            ts,
                        ));
                    }
                }
            } else if let Some(p) = item.get("property") {
                let Some(name) = p.as_str() else {
                    return Err(ApiError::invalid_field(&format!("{ipath}.property"), "a string", p));
                };
                let Some(index) = schema::find(schema, name) else {
                    return Err(ApiError::validation(format!("Could not find sort property with name or id: {name}")));
                };
                let prop = &schema[index];
                let option_ids = match &prop.config {
                    PropertyConfig::Select { options } | PropertyConfig::Status { options, .. } => {
                        options.iter().map(|o| o.id.clone()).collect()
                    }
                    _ => Vec::new(),
                };
                SortKey::Property { name: prop.name.clone(), kind: prop.config.kind().to_owned(), option_ids }
            } else {
                return Err(ApiError::body(format_args!(
                    "{ipath}.property or {ipath}.timestamp should be defined, instead was `undefined`"
                )));
            };
            Ok(Sort { key, descending })
        })
        .collect()
}

fn value_of(key: &SortKey, row: &Row<'_>) -> Option<SortValue> {
    let (name, kind, option_ids) = match key {
        SortKey::Timestamp(which) => {
            let raw = if *which == "created_time" {
                row.created_time
            } else {
                row.last_edited_time
            };
            return Some(SortValue::Text(raw.to_owned()));
        }
        SortKey::Property {
            name,
            kind,
            option_ids,
        } => (name, kind.as_str(), option_ids),
    };
    let v = row.props.get(name)?.get(kind)?;
    match kind {
        "title" | "rich_text" => {
            let t = crate::rich_text::plain_text(v.as_array()?);
            (!t.is_empty()).then(|| SortValue::Text(t.to_lowercase()))
        }
        "number" => v.as_f64().map(SortValue::Number),
        "unique_id" => v.get("number")?.as_f64().map(SortValue::Number),
        "checkbox" => Some(SortValue::Number(if v.as_bool()? { 1.0 } else { 0.0 })),
        "select" | "status" => {
            let id = v.get("id")?.as_str()?;
            option_ids
                .iter()
                .position(|o| o == id)
                .map(|i| SortValue::Number(i as f64))
        }
        "date" => {
            let start = v.get("start")?.as_str()?;
            dates::parse(start).map(|(_, d)| SortValue::Number(d.instant.timestamp_millis() as f64))
        }
        "created_time" | "last_edited_time" => Some(SortValue::Text(v.as_str()?.to_owned())),
        "multi_select" => {
            let first = v.as_array()?.first()?.get("name")?.as_str()?;
            Some(SortValue::Text(first.to_lowercase()))
        }
        _ => match v {
            Value::String(s) if !s.is_empty() => Some(SortValue::Text(s.to_lowercase())),
            _ => None,
        },
    }
}

/// Orders two rows by `sorts` (the caller breaks remaining ties).
pub(crate) fn compare(sorts: &[Sort], a: &Row<'_>, b: &Row<'_>) -> Ordering {
    for sort in sorts {
        let ordering = match (value_of(&sort.key, a), value_of(&sort.key, b)) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Greater,
            (Some(_), None) => Ordering::Less,
            (Some(x), Some(y)) => {
                let o = x.partial_cmp(&y).unwrap_or(Ordering::Equal);
                if sort.descending { o.reverse() } else { o }
            }
        };
        if ordering != Ordering::Equal {
            return ordering;
        }
    }
    Ordering::Equal
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::IdGen;
    use crate::schema::SchemaEnv;
    use serde_json::{Map, json};

    #[test]
    fn sorts_with_empties_last() {
        let mut ids = IdGen::new(1);
        let resolve = |_: Option<&str>, _: Option<&str>| None;
        let mut env = SchemaEnv {
            ids: &mut ids,
            relation_target: &resolve,
        };
        let schema = schema::create(
            &json!({"Name": {"title": {}}, "Value": {"number": {}}}),
            "p",
            &mut env,
        )
        .unwrap();
        let mk = |v: Value| -> Map<String, Value> {
            json!({"Value": {"type": "number", "number": v}})
                .as_object()
                .cloned()
                .unwrap()
        };
        let (a, b, c) = (mk(json!(1)), mk(json!(5)), mk(Value::Null));
        let row = |p| Row {
            props: p,
            created_time: "",
            last_edited_time: "",
        };
        for dir in ["ascending", "descending"] {
            let sorts = parse(&json!([{"property": "Value", "direction": dir}]), &schema).unwrap();
            let mut rows = [row(&c), row(&a), row(&b)];
            rows.sort_by(|x, y| compare(&sorts, x, y));
            let got: Vec<_> = rows
                .iter()
                .map(|r| r.props["Value"]["number"].clone())
                .collect();
            if dir == "ascending" {
                assert_eq!(got, [json!(1), json!(5), Value::Null]);
            } else {
                assert_eq!(got, [json!(5), json!(1), Value::Null]);
            }
        }
        assert!(parse(&json!([{"property": "Ghost"}]), &schema).is_err());
        assert!(
            parse(
                &json!([{"timestamp": "created_time", "direction": "up"}]),
                &schema
            )
            .is_err()
        );
        assert!(parse(&json!([{"direction": "ascending"}]), &schema).is_err());
    }
}
