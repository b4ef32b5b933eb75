//! Sort keys and `searchAfter` cursors of a contact search.

use std::cmp::Ordering;

use serde_json::{Value, json};

use super::SortSpec;
use super::filter::{FieldVal, date_operand, field, is_field};
use crate::ghl::errors::{GhlError, GhlResult};
use crate::ghl::model::Contact;

/// A sort key value.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Key {
    Num(i64),
    Text(String),
}

impl Key {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Self::Num(a), Self::Num(b)) => a.cmp(b),
            (Self::Text(a), Self::Text(b)) => a.cmp(b),
            (Self::Num(_), Self::Text(_)) => Ordering::Less,
            (Self::Text(_), Self::Num(_)) => Ordering::Greater,
        }
    }

    pub(super) fn to_json(&self) -> Value {
        match self {
            Self::Num(n) => json!(n),
            Self::Text(s) => json!(s),
        }
    }
}

pub(super) struct SortKey {
    field: String,
    desc: bool,
    numeric: bool,
}

pub(super) fn sort_keys(specs: &[SortSpec]) -> GhlResult<Vec<SortKey>> {
    if specs.is_empty() {
        return Ok(vec![SortKey {
            field: "dateAdded".into(),
            desc: false,
            numeric: true,
        }]);
    }
    specs
        .iter()
        .map(|s| {
            let desc = match s
                .direction
                .as_deref()
                .map(str::to_ascii_lowercase)
                .as_deref()
            {
                None | Some("asc") => false,
                Some("desc") => true,
                Some(other) => {
                    return Err(GhlError::invalid(format!(
                        "sort direction must be asc or desc, not {other}"
                    )));
                }
            };
            let numeric = matches!(s.field.as_str(), "dateAdded" | "dateUpdated");
            if !is_field(&s.field) || s.field.starts_with("custom") || s.field == "tags" {
                return Err(GhlError::invalid(format!(
                    "{} is not a sortable field",
                    s.field
                )));
            }
            Ok(SortKey {
                field: s.field.clone(),
                desc,
                numeric,
            })
        })
        .collect()
}

pub(super) fn key_of(c: &Contact, k: &SortKey) -> Key {
    match field(c, &k.field) {
        Some(FieldVal::Date(d)) => Key::Num(d),
        Some(FieldVal::Text(t)) => Key::Text(t.unwrap_or_default().to_lowercase()),
        Some(FieldVal::Bool(b)) => Key::Text(b.to_string()),
        _ => Key::Text(String::new()),
    }
}

pub(super) fn compare(a: &[Key], a_id: &str, b: &[Key], b_id: &str, keys: &[SortKey]) -> Ordering {
    for ((x, y), k) in a.iter().zip(b).zip(keys) {
        let o = x.cmp(y);
        let o = if k.desc { o.reverse() } else { o };
        if o != Ordering::Equal {
            return o;
        }
    }
    a_id.cmp(b_id)
}

pub(super) fn parse_cursor(raw: &[Value], keys: &[SortKey]) -> GhlResult<(Vec<Key>, String)> {
    let bad = || {
        GhlError::invalid(
            "searchAfter does not match the sort: pass the last contact's searchAfter unchanged",
        )
    };
    if raw.len() != keys.len() + 1 {
        return Err(bad());
    }
    let values = keys
        .iter()
        .zip(raw)
        .map(|(k, v)| {
            if k.numeric {
                date_operand(v).map(Key::Num).ok_or_else(bad)
            } else {
                v.as_str().map(|s| Key::Text(s.to_owned())).ok_or_else(bad)
            }
        })
        .collect::<GhlResult<Vec<_>>>()?;
    let id = raw
        .last()
        .and_then(Value::as_str)
        .ok_or_else(bad)?
        .to_owned();
    Ok((values, id))
}
