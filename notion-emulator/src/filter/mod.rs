//! Query filters: parsing Notion's filter JSON against a schema, and matching rows.
//!
//! A row is matched on its rendered properties (`{"Name": {"id","type","title": […]}, …}`), so the
//! filter sees exactly what a client would read.

use chrono::{DateTime, Datelike, Duration, Months, Utc};
use serde_json::{Map, Value};

mod parse;
#[cfg(test)]
mod tests;

pub(crate) use parse::parse;

use crate::dates::{self, ParsedDate};

/// One row as filters and sorts see it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Row<'a> {
    /// Rendered properties keyed by name.
    pub(crate) props: &'a Map<String, Value>,
    /// Rendered `created_time`.
    pub(crate) created_time: &'a str,
    /// Rendered `last_edited_time`.
    pub(crate) last_edited_time: &'a str,
}

/// A parsed filter.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Filter {
    And(Vec<Filter>),
    Or(Vec<Filter>),
    Property {
        name: String,
        kind: String,
        cond: Cond,
    },
    Timestamp {
        which: &'static str,
        cond: DateOp,
    },
}

/// A condition on one property.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cond {
    Text(TextOp),
    Number(NumberOp),
    Checkbox { equals: bool },
    Choice(ChoiceOp),
    List(ListOp),
    Date(DateOp),
    Empty { empty: bool },
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum TextOp {
    Equals(String),
    DoesNotEqual(String),
    Contains(String),
    DoesNotContain(String),
    StartsWith(String),
    EndsWith(String),
    IsEmpty,
    IsNotEmpty,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum NumberOp {
    Equals(f64),
    DoesNotEqual(f64),
    GreaterThan(f64),
    LessThan(f64),
    GreaterThanOrEqualTo(f64),
    LessThanOrEqualTo(f64),
    IsEmpty,
    IsNotEmpty,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ChoiceOp {
    Equals(Vec<String>),
    DoesNotEqual(Vec<String>),
    IsEmpty,
    IsNotEmpty,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ListOp {
    Contains(String),
    DoesNotContain(String),
    IsEmpty,
    IsNotEmpty,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum DateOp {
    Equals(ParsedDate),
    Before(ParsedDate),
    After(ParsedDate),
    OnOrBefore(ParsedDate),
    OnOrAfter(ParsedDate),
    IsEmpty,
    IsNotEmpty,
    PastWeek,
    PastMonth,
    PastYear,
    ThisWeek,
    NextWeek,
    NextMonth,
    NextYear,
}
/// Whether `row` passes `filter` at time `now`.
pub(crate) fn matches(filter: &Filter, row: &Row<'_>, now: DateTime<Utc>) -> bool {
    match filter {
        Filter::And(parts) => parts.iter().all(|f| matches(f, row, now)),
        Filter::Or(parts) => parts.iter().any(|f| matches(f, row, now)),
        Filter::Timestamp { which, cond } => {
            let raw = if *which == "created_time" {
                row.created_time
            } else {
                row.last_edited_time
            };
            date_matches(cond, dates::parse(raw).map(|(_, d)| d), now)
        }
        Filter::Property { name, kind, cond } => {
            let value = row
                .props
                .get(name)
                .and_then(|p| p.get(kind.as_str()))
                .unwrap_or(&Value::Null);
            cond_matches(cond, kind, value, now)
        }
    }
}

fn cond_matches(cond: &Cond, kind: &str, value: &Value, now: DateTime<Utc>) -> bool {
    match cond {
        Cond::Text(op) => {
            let text = match value {
                Value::Array(items) => crate::rich_text::plain_text(items),
                Value::String(s) => s.clone(),
                _ => String::new(),
            };
            text_matches(op, &text)
        }
        Cond::Number(op) => {
            let n = if kind == "unique_id" {
                value.get("number").and_then(Value::as_f64)
            } else {
                value.as_f64()
            };
            number_matches(op, n)
        }
        Cond::Checkbox { equals } => value.as_bool().unwrap_or(false) == *equals,
        Cond::Choice(op) => {
            let name = value.get("name").and_then(Value::as_str);
            match op {
                ChoiceOp::Equals(names) => name.is_some_and(|n| names.iter().any(|x| x == n)),
                ChoiceOp::DoesNotEqual(names) => {
                    !name.is_some_and(|n| names.iter().any(|x| x == n))
                }
                ChoiceOp::IsEmpty => name.is_none(),
                ChoiceOp::IsNotEmpty => name.is_some(),
            }
        }
        Cond::List(op) => {
            let items: Vec<String> = match value {
                Value::Array(items) => items
                    .iter()
                    .filter_map(|i| {
                        i.get("name")
                            .or_else(|| i.get("id"))
                            .and_then(Value::as_str)
                    })
                    .map(str::to_owned)
                    .collect(),
                Value::Object(user) => user
                    .get("id")
                    .and_then(Value::as_str)
                    .map(str::to_owned)
                    .into_iter()
                    .collect(),
                _ => Vec::new(),
            };
            let has = |x: &str| {
                let x = crate::ids::normalize_uuid(x).unwrap_or_else(|| x.to_owned());
                items.contains(&x)
            };
            match op {
                ListOp::Contains(x) => has(x),
                ListOp::DoesNotContain(x) => !has(x),
                ListOp::IsEmpty => items.is_empty(),
                ListOp::IsNotEmpty => !items.is_empty(),
            }
        }
        Cond::Date(op) => {
            let start = match value {
                Value::String(s) => Some(s.as_str()),
                Value::Object(d) => d.get("start").and_then(Value::as_str),
                _ => None,
            };
            date_matches(op, start.and_then(dates::parse).map(|(_, d)| d), now)
        }
        Cond::Empty { empty } => {
            let is_empty = match value {
                Value::Null => true,
                Value::Array(a) => a.is_empty(),
                Value::String(s) => s.is_empty(),
                _ => false,
            };
            is_empty == *empty
        }
    }
}

fn text_matches(op: &TextOp, text: &str) -> bool {
    let lower = text.to_lowercase();
    match op {
        TextOp::Equals(x) => text == x,
        TextOp::DoesNotEqual(x) => text != x,
        TextOp::Contains(x) => lower.contains(&x.to_lowercase()),
        TextOp::DoesNotContain(x) => !lower.contains(&x.to_lowercase()),
        TextOp::StartsWith(x) => lower.starts_with(&x.to_lowercase()),
        TextOp::EndsWith(x) => lower.ends_with(&x.to_lowercase()),
        TextOp::IsEmpty => text.is_empty(),
        TextOp::IsNotEmpty => !text.is_empty(),
    }
}

fn number_matches(op: &NumberOp, n: Option<f64>) -> bool {
    match (op, n) {
        (NumberOp::IsEmpty, n) => n.is_none(),
        (NumberOp::IsNotEmpty, n) => n.is_some(),
        (NumberOp::DoesNotEqual(x), n) => n != Some(*x),
        (_, None) => false,
        (NumberOp::Equals(x), Some(n)) => n == *x,
        (NumberOp::GreaterThan(x), Some(n)) => n > *x,
        (NumberOp::LessThan(x), Some(n)) => n < *x,
        (NumberOp::GreaterThanOrEqualTo(x), Some(n)) => n >= *x,
        (NumberOp::LessThanOrEqualTo(x), Some(n)) => n <= *x,
    }
}

fn date_matches(op: &DateOp, value: Option<ParsedDate>, now: DateTime<Utc>) -> bool {
    use std::cmp::Ordering::{Equal, Greater, Less};
    let Some(v) = value else {
        return matches!(op, DateOp::IsEmpty);
    };
    let cmp = |f: &ParsedDate| {
        if f.date_only || v.date_only {
            v.instant.date_naive().cmp(&f.instant.date_naive())
        } else {
            v.instant.cmp(&f.instant)
        }
    };
    let t = v.instant;
    let month = |n: u32, forward: bool| {
        if forward {
            now.checked_add_months(Months::new(n))
        } else {
            now.checked_sub_months(Months::new(n))
        }
        .unwrap_or(now)
    };
    match op {
        DateOp::Equals(f) => cmp(f) == Equal,
        DateOp::Before(f) => cmp(f) == Less,
        DateOp::After(f) => cmp(f) == Greater,
        DateOp::OnOrBefore(f) => cmp(f) != Greater,
        DateOp::OnOrAfter(f) => cmp(f) != Less,
        DateOp::IsEmpty => false,
        DateOp::IsNotEmpty => true,
        DateOp::PastWeek => t >= now - Duration::days(7) && t <= now,
        DateOp::PastMonth => t >= month(1, false) && t <= now,
        DateOp::PastYear => t >= month(12, false) && t <= now,
        DateOp::NextWeek => t >= now && t <= now + Duration::days(7),
        DateOp::NextMonth => t >= now && t <= month(1, true),
        DateOp::NextYear => t >= now && t <= month(12, true),
        DateOp::ThisWeek => t.iso_week() == now.iso_week(),
    }
}
