//! Parsing Notion's filter JSON into a [`Filter`], validated against a data-source schema.

use serde_json::Value;

use super::{ChoiceOp, Cond, DateOp, Filter, ListOp, NumberOp, TextOp};
use crate::dates::{self, ParsedDate};
use crate::error::{ApiError, short_json};
use crate::schema::{self, PropertySchema};

/// Deepest nesting of compound filters accepted (a guard, not a documented limit).
const MAX_DEPTH: usize = 16;

/// Parses a `filter` body value against `schema`.
pub(crate) fn parse(value: &Value, schema: &[PropertySchema]) -> Result<Filter, ApiError> {
    parse_at(value, schema, "body.filter", 0)
}

fn parse_at(
    value: &Value,
    schema: &[PropertySchema],
    path: &str,
    depth: usize,
) -> Result<Filter, ApiError> {
    if depth > MAX_DEPTH {
        return Err(ApiError::validation("Filters are nested too deeply."));
    }
    let Some(obj) = value.as_object() else {
        return Err(ApiError::invalid_field(path, "an object", value));
    };
    for key in ["and", "or"] {
        if let Some(list) = obj.get(key) {
            let lpath = format!("{path}.{key}");
            let Some(items) = list.as_array() else {
                return Err(ApiError::invalid_field(&lpath, "an array", list));
            };
            crate::rich_text::check_array_len(items, &lpath)?;
            let parts = items
                .iter()
                .enumerate()
                .map(|(i, f)| parse_at(f, schema, &format!("{lpath}[{i}]"), depth + 1))
                .collect::<Result<Vec<_>, _>>()?;
            return Ok(if key == "and" {
                Filter::And(parts)
            } else {
                Filter::Or(parts)
            });
        }
    }
    if let Some(ts) = obj.get("timestamp") {
        let which = match ts.as_str() {
            Some("created_time") => "created_time",
            Some("last_edited_time") => "last_edited_time",
            _ => {
                return Err(ApiError::invalid_field(
                    &format!("{path}.timestamp"),
                    "`created_time` or `last_edited_time`",
                    ts,
                ));
            }
        };
        let cond_value = obj.get(which).unwrap_or(&Value::Null);
        let (op, arg) = single_condition(cond_value, &format!("{path}.{which}"))?;
        return Ok(Filter::Timestamp {
            which,
            cond: date_op(op, arg, &format!("{path}.{which}.{op}"))?,
        });
    }
    let Some(key) = obj.get("property") else {
        return Err(ApiError::body(format_args!(
            "{path} should be a property filter, a timestamp filter or a compound filter, instead was `{}`",
            short_json(value)
        )));
    };
    let Some(key) = key.as_str() else {
        return Err(ApiError::invalid_field(
            &format!("{path}.property"),
            "a string",
            key,
        ));
    };
    let Some(index) = schema::find(schema, key) else {
        return Err(ApiError::validation(format!(
            "Could not find property with name or id: {key}"
        )));
    };
    let prop = &schema[index];
    let kind = prop.config.kind();
    let Some((filter_key, cond_value)) = obj
        .iter()
        .find(|(k, _)| k.as_str() != "property" && k.as_str() != "type")
    else {
        return Err(ApiError::body(format_args!(
            "{path}.{kind} should be defined, instead was `undefined`"
        )));
    };
    if !compatible(filter_key, kind) {
        return Err(ApiError::validation(format!(
            "database property {kind} does not match filter {filter_key}"
        )));
    }
    let cpath = format!("{path}.{filter_key}");
    let (op, arg) = single_condition(cond_value, &cpath)?;
    let opath = format!("{cpath}.{op}");
    let cond = match filter_key.as_str() {
        "title" | "rich_text" | "text" | "url" | "email" | "phone_number" => {
            Cond::Text(text_op(op, arg, &opath)?)
        }
        "number" | "unique_id" => Cond::Number(number_op(op, arg, &opath)?),
        "checkbox" => match (op, arg) {
            ("equals", Value::Bool(b)) => Cond::Checkbox { equals: *b },
            ("does_not_equal", Value::Bool(b)) => Cond::Checkbox { equals: !*b },
            _ => return Err(unsupported(&cpath, op, arg)),
        },
        "select" | "status" => Cond::Choice(choice_op(op, arg, &opath)?),
        "multi_select" | "people" | "relation" | "created_by" | "last_edited_by" => {
            Cond::List(list_op(op, arg, &opath)?)
        }
        "date" | "created_time" | "last_edited_time" => Cond::Date(date_op(op, arg, &opath)?),
        _ => match op {
            "is_empty" => Cond::Empty {
                empty: require_true(arg, &opath)?,
            },
            "is_not_empty" => Cond::Empty {
                empty: !require_true(arg, &opath)?,
            },
            _ => return Err(unsupported(&cpath, op, arg)),
        },
    };
    Ok(Filter::Property {
        name: prop.name.clone(),
        kind: kind.to_owned(),
        cond,
    })
}

fn compatible(filter_key: &str, kind: &str) -> bool {
    match filter_key {
        "title" | "rich_text" | "text" => matches!(kind, "title" | "rich_text"),
        "people" => matches!(kind, "people" | "created_by" | "last_edited_by"),
        "date" => matches!(kind, "date" | "created_time" | "last_edited_time"),
        other => other == kind,
    }
}

fn single_condition<'v>(value: &'v Value, path: &str) -> Result<(&'v str, &'v Value), ApiError> {
    let Some(obj) = value.as_object() else {
        return Err(ApiError::invalid_field(path, "an object", value));
    };
    if obj.len() != 1 {
        return Err(ApiError::body(format_args!(
            "{path} should have exactly one condition, instead was `{}`",
            short_json(value)
        )));
    }
    obj.iter()
        .next()
        .map(|(k, v)| (k.as_str(), v))
        .ok_or_else(|| ApiError::invalid_field(path, "an object with one condition", value))
}

fn unsupported(path: &str, op: &str, arg: &Value) -> ApiError {
    ApiError::body(format_args!(
        "{path}.{op} is not a supported condition, instead was `{}`",
        short_json(arg)
    ))
}

fn require_true(arg: &Value, path: &str) -> Result<bool, ApiError> {
    match arg {
        Value::Bool(true) => Ok(true),
        other => Err(ApiError::invalid_field(path, "`true`", other)),
    }
}

fn string_arg(arg: &Value, path: &str) -> Result<String, ApiError> {
    arg.as_str()
        .map(str::to_owned)
        .ok_or_else(|| ApiError::invalid_field(path, "a string", arg))
}

fn text_op(op: &str, arg: &Value, path: &str) -> Result<TextOp, ApiError> {
    Ok(match op {
        "equals" => TextOp::Equals(string_arg(arg, path)?),
        "does_not_equal" => TextOp::DoesNotEqual(string_arg(arg, path)?),
        "contains" => TextOp::Contains(string_arg(arg, path)?),
        "does_not_contain" => TextOp::DoesNotContain(string_arg(arg, path)?),
        "starts_with" => TextOp::StartsWith(string_arg(arg, path)?),
        "ends_with" => TextOp::EndsWith(string_arg(arg, path)?),
        "is_empty" => require_true(arg, path).map(|_| TextOp::IsEmpty)?,
        "is_not_empty" => require_true(arg, path).map(|_| TextOp::IsNotEmpty)?,
        _ => {
            return Err(unsupported(
                path.rsplit_once('.').map_or(path, |p| p.0),
                op,
                arg,
            ));
        }
    })
}

fn number_op(op: &str, arg: &Value, path: &str) -> Result<NumberOp, ApiError> {
    let n = || {
        arg.as_f64()
            .ok_or_else(|| ApiError::invalid_field(path, "a number", arg))
    };
    Ok(match op {
        "equals" => NumberOp::Equals(n()?),
        "does_not_equal" => NumberOp::DoesNotEqual(n()?),
        "greater_than" => NumberOp::GreaterThan(n()?),
        "less_than" => NumberOp::LessThan(n()?),
        "greater_than_or_equal_to" => NumberOp::GreaterThanOrEqualTo(n()?),
        "less_than_or_equal_to" => NumberOp::LessThanOrEqualTo(n()?),
        "is_empty" => require_true(arg, path).map(|_| NumberOp::IsEmpty)?,
        "is_not_empty" => require_true(arg, path).map(|_| NumberOp::IsNotEmpty)?,
        _ => {
            return Err(unsupported(
                path.rsplit_once('.').map_or(path, |p| p.0),
                op,
                arg,
            ));
        }
    })
}

fn choice_op(op: &str, arg: &Value, path: &str) -> Result<ChoiceOp, ApiError> {
    let names = || -> Result<Vec<String>, ApiError> {
        match arg {
            Value::String(s) => Ok(vec![s.clone()]),
            Value::Array(items) => items.iter().map(|i| string_arg(i, path)).collect(),
            other => Err(ApiError::invalid_field(path, "a string", other)),
        }
    };
    Ok(match op {
        "equals" => ChoiceOp::Equals(names()?),
        "does_not_equal" => ChoiceOp::DoesNotEqual(names()?),
        "is_empty" => require_true(arg, path).map(|_| ChoiceOp::IsEmpty)?,
        "is_not_empty" => require_true(arg, path).map(|_| ChoiceOp::IsNotEmpty)?,
        _ => {
            return Err(unsupported(
                path.rsplit_once('.').map_or(path, |p| p.0),
                op,
                arg,
            ));
        }
    })
}

fn list_op(op: &str, arg: &Value, path: &str) -> Result<ListOp, ApiError> {
    Ok(match op {
        "contains" => ListOp::Contains(string_arg(arg, path)?),
        "does_not_contain" => ListOp::DoesNotContain(string_arg(arg, path)?),
        "is_empty" => require_true(arg, path).map(|_| ListOp::IsEmpty)?,
        "is_not_empty" => require_true(arg, path).map(|_| ListOp::IsNotEmpty)?,
        _ => {
            return Err(unsupported(
                path.rsplit_once('.').map_or(path, |p| p.0),
                op,
                arg,
            ));
        }
    })
}

fn date_op(op: &str, arg: &Value, path: &str) -> Result<DateOp, ApiError> {
    let date = || -> Result<ParsedDate, ApiError> {
        arg.as_str()
            .and_then(dates::parse)
            .map(|(_, d)| d)
            .ok_or_else(|| ApiError::invalid_field(path, "a valid ISO 8601 date string", arg))
    };
    let empty_obj = || -> Result<(), ApiError> {
        match arg {
            Value::Object(o) if o.is_empty() => Ok(()),
            other => Err(ApiError::invalid_field(path, "an empty object", other)),
        }
    };
    Ok(match op {
        "equals" => DateOp::Equals(date()?),
        "before" => DateOp::Before(date()?),
        "after" => DateOp::After(date()?),
        "on_or_before" => DateOp::OnOrBefore(date()?),
        "on_or_after" => DateOp::OnOrAfter(date()?),
        "is_empty" => require_true(arg, path).map(|_| DateOp::IsEmpty)?,
        "is_not_empty" => require_true(arg, path).map(|_| DateOp::IsNotEmpty)?,
        "past_week" => empty_obj().map(|_| DateOp::PastWeek)?,
        "past_month" => empty_obj().map(|_| DateOp::PastMonth)?,
        "past_year" => empty_obj().map(|_| DateOp::PastYear)?,
        "this_week" => empty_obj().map(|_| DateOp::ThisWeek)?,
        "next_week" => empty_obj().map(|_| DateOp::NextWeek)?,
        "next_month" => empty_obj().map(|_| DateOp::NextMonth)?,
        "next_year" => empty_obj().map(|_| DateOp::NextYear)?,
        _ => {
            return Err(unsupported(
                path.rsplit_once('.').map_or(path, |p| p.0),
                op,
                arg,
            ));
        }
    })
}
