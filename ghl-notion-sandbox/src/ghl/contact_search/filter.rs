//! Filters of a contact search: which fields exist, how each operator compares.

use chrono::{DateTime, NaiveDate};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::ghl::errors::{GhlError, GhlResult};
use crate::ghl::model::Contact;

/// One filter or a group of them.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Filter {
    /// `{group: "AND"|"OR", filters: [...]}`.
    Group {
        /// `AND` or `OR`.
        group: String,
        /// Members.
        filters: Vec<Filter>,
    },
    /// `{field, operator, value}`.
    Condition {
        /// Field name (`email`, `tags`, `dateUpdated`, `customFields.<id>`, …).
        field: String,
        /// Operator.
        operator: String,
        /// Operand (absent for `exists` / `not_exists`).
        #[serde(default)]
        value: Value,
    },
}

/// A field's value on one contact.
pub(super) enum FieldVal<'a> {
    Text(Option<&'a str>),
    List(&'a [String]),
    Date(i64),
    Bool(bool),
    Custom(Option<&'a Value>),
}

pub(super) fn field<'a>(c: &'a Contact, name: &str) -> Option<FieldVal<'a>> {
    use FieldVal::{Bool, Custom, Date, List, Text};
    if let Some(id) = name
        .strip_prefix("customFields.")
        .or_else(|| name.strip_prefix("customField."))
    {
        return Some(Custom(
            c.custom_fields
                .iter()
                .find(|f| f.id == id)
                .map(|f| &f.value),
        ));
    }
    Some(match name {
        "id" => Text(Some(&c.id)),
        "firstName" | "firstNameLowerCase" => Text(c.first_name.as_deref()),
        "lastName" | "lastNameLowerCase" => Text(c.last_name.as_deref()),
        "name" | "fullNameLowerCase" | "contactName" => Text(c.name.as_deref()),
        "email" => Text(c.email.as_deref()),
        "phone" => Text(c.phone.as_deref()),
        "companyName" => Text(c.company_name.as_deref()),
        "source" => Text(c.source.as_deref()),
        "type" => Text(Some(&c.contact_type)),
        "assignedTo" => Text(c.assigned_to.as_deref()),
        "address1" => Text(c.address1.as_deref()),
        "city" => Text(c.city.as_deref()),
        "state" => Text(c.state.as_deref()),
        "country" => Text(c.country.as_deref()),
        "postalCode" => Text(c.postal_code.as_deref()),
        "website" => Text(c.website.as_deref()),
        "timezone" => Text(c.timezone.as_deref()),
        "tags" => List(&c.tags),
        "dateAdded" => Date(c.date_added.timestamp_millis()),
        "dateUpdated" => Date(c.date_updated.timestamp_millis()),
        "dnd" => Bool(c.dnd),
        _ => return None,
    })
}

/// Reads a date operand: epoch millis (number or numeric string), RFC 3339, or `YYYY-MM-DD`.
pub(super) fn date_operand(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64().or_else(|| n.as_f64().map(|f| f as i64)),
        Value::String(s) => s
            .parse::<i64>()
            .ok()
            .or_else(|| {
                DateTime::parse_from_rfc3339(s)
                    .ok()
                    .map(|d| d.timestamp_millis())
            })
            .or_else(|| {
                NaiveDate::parse_from_str(s, "%Y-%m-%d")
                    .ok()
                    .and_then(|d| d.and_hms_opt(0, 0, 0))
                    .map(|d| d.and_utc().timestamp_millis())
            }),
        _ => None,
    }
}

fn text_operand(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.to_lowercase()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn custom_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.to_lowercase(),
        other => other.to_string().to_lowercase(),
    }
}

fn range_ok(x: f64, range: &Value, parse: impl Fn(&Value) -> Option<f64>) -> GhlResult<bool> {
    let obj = range.as_object().ok_or_else(|| {
        GhlError::invalid("range value must be an object with gt, gte, lt or lte")
    })?;
    let mut ok = true;
    for (key, operand) in obj {
        let bound = parse(operand)
            .ok_or_else(|| GhlError::invalid(format!("range bound {key} is not a valid value")))?;
        ok &= match key.as_str() {
            "gt" => x > bound,
            "gte" => x >= bound,
            "lt" => x < bound,
            "lte" => x <= bound,
            other => return Err(GhlError::invalid(format!("unknown range bound {other}"))),
        };
    }
    Ok(ok)
}

fn condition(c: &Contact, name: &str, op: &str, value: &Value) -> GhlResult<bool> {
    let val = field(c, name)
        .ok_or_else(|| GhlError::invalid(format!("{name} is not a searchable field")))?;
    let operand = || {
        text_operand(value)
            .ok_or_else(|| GhlError::invalid(format!("value for {name} must be a string")))
    };
    let exists = match &val {
        FieldVal::Text(t) => t.is_some_and(|s| !s.is_empty()),
        FieldVal::List(l) => !l.is_empty(),
        FieldVal::Date(_) | FieldVal::Bool(_) => true,
        FieldVal::Custom(v) => v.is_some_and(|v| !v.is_null()),
    };
    let eq = |want: &str| -> bool {
        match &val {
            FieldVal::Text(t) => t.is_some_and(|s| s.to_lowercase() == want),
            FieldVal::List(l) => l.iter().any(|s| s.to_lowercase() == want),
            FieldVal::Bool(b) => b.to_string() == want,
            FieldVal::Date(d) => date_operand(&json!(want)) == Some(*d),
            FieldVal::Custom(v) => v.is_some_and(|v| match v {
                Value::Array(items) => items.iter().any(|i| custom_text(i) == want),
                other => custom_text(other) == want,
            }),
        }
    };
    let contains = |want: &str| -> bool {
        match &val {
            FieldVal::Text(t) => t.is_some_and(|s| s.to_lowercase().contains(want)),
            FieldVal::List(l) => l.iter().any(|s| s.to_lowercase().contains(want)),
            FieldVal::Custom(v) => v.is_some_and(|v| custom_text(v).contains(want)),
            FieldVal::Date(_) | FieldVal::Bool(_) => false,
        }
    };
    Ok(match op {
        "exists" => exists,
        "not_exists" => !exists,
        "eq" => eq(&operand()?),
        "not_eq" => !eq(&operand()?),
        "contains" => contains(&operand()?),
        "not_contains" => !contains(&operand()?),
        "range" => match &val {
            FieldVal::Date(d) => range_ok(*d as f64, value, |v| date_operand(v).map(|d| d as f64))?,
            FieldVal::Custom(Some(v)) => match v
                .as_f64()
                .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
            {
                Some(x) => range_ok(x, value, |b| {
                    b.as_f64()
                        .or_else(|| b.as_str().and_then(|s| s.parse().ok()))
                })?,
                None => false,
            },
            FieldVal::Custom(None) => false,
            _ => {
                return Err(GhlError::invalid(format!(
                    "range is not supported on {name}"
                )));
            }
        },
        other => {
            return Err(GhlError::invalid(format!(
                "operator {other} is not supported"
            )));
        }
    })
}

pub(super) fn matches(c: &Contact, filter: &Filter) -> GhlResult<bool> {
    match filter {
        Filter::Condition {
            field,
            operator,
            value,
        } => condition(c, field, operator, value),
        Filter::Group { group, filters } => match group.to_ascii_uppercase().as_str() {
            "AND" => filters
                .iter()
                .try_fold(true, |acc, f| Ok(acc && matches(c, f)?)),
            "OR" => filters
                .iter()
                .try_fold(false, |acc, f| Ok(acc || matches(c, f)?)),
            other => Err(GhlError::invalid(format!(
                "group must be AND or OR, not {other}"
            ))),
        },
    }
}

pub(super) fn matches_query(c: &Contact, q: &str) -> bool {
    [&c.name, &c.email, &c.phone, &c.company_name]
        .iter()
        .any(|f| f.as_deref().is_some_and(|v| v.to_lowercase().contains(q)))
}

/// Whether `name` is a field filters and sorts know.
pub(super) fn is_field(name: &str) -> bool {
    field(
        &Contact::blank(String::new(), String::new(), DateTime::UNIX_EPOCH),
        name,
    )
    .is_some()
}
