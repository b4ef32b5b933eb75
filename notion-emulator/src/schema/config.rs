//! Parsing one property's type configuration, and select / status option handling.

use serde_json::{Map, Value, json};

use super::{OPTION_COLORS, PropertyConfig, SchemaEnv, SelectOption, StatusGroup};
use crate::error::ApiError;
use crate::ids::IdGen;

/// Longest option name accepted.
const MAX_OPTION_NAME: usize = 100;

/// Parses one type's configuration; `previous` (same type) is merged for option updates.
pub(super) fn parse_config(
    kind: &str,
    body: Option<&Value>,
    path: &str,
    env: &mut SchemaEnv<'_>,
    previous: Option<&PropertyConfig>,
) -> Result<PropertyConfig, ApiError> {
    let empty = Value::Object(Map::new());
    let body = match body {
        None | Some(Value::Null) => &empty,
        Some(b) if b.is_object() => b,
        Some(other) => return Err(ApiError::invalid_field(path, "an object", other)),
    };
    let prev_options: Vec<SelectOption> = previous
        .and_then(PropertyConfig::options)
        .map(<[_]>::to_vec)
        .unwrap_or_default();
    Ok(match kind {
        "title" => PropertyConfig::Title,
        "rich_text" => PropertyConfig::RichText,
        "number" => {
            let format = match body.get("format") {
                None | Some(Value::Null) => match previous {
                    Some(PropertyConfig::Number { format }) => format.clone(),
                    _ => "number".to_owned(),
                },
                Some(Value::String(f)) => f.clone(),
                Some(other) => {
                    return Err(ApiError::invalid_field(
                        &format!("{path}.format"),
                        "a string",
                        other,
                    ));
                }
            };
            PropertyConfig::Number { format }
        }
        "select" => PropertyConfig::Select {
            options: merge_options(prev_options, body, path, env)?,
        },
        "multi_select" => PropertyConfig::MultiSelect {
            options: merge_options(prev_options, body, path, env)?,
        },
        "status" => {
            let had_previous = matches!(previous, Some(PropertyConfig::Status { .. }));
            let mut groups = match previous {
                Some(PropertyConfig::Status { groups, .. }) => groups.clone(),
                _ => Vec::new(),
            };
            let mut options = prev_options.clone();
            if !had_previous && body.get("options").is_none() {
                for (name, color) in [
                    ("Not started", "default"),
                    ("In progress", "blue"),
                    ("Done", "green"),
                ] {
                    let id = env.ids.short(&|c| options.iter().any(|o| o.id == c));
                    options.push(SelectOption {
                        id,
                        name: name.into(),
                        color: color.into(),
                        description: None,
                    });
                }
            } else {
                options = merge_options(options, body, path, env)?;
            }
            if groups.is_empty() {
                for (name, color) in [
                    ("To-do", "gray"),
                    ("In progress", "blue"),
                    ("Complete", "green"),
                ] {
                    let id = env.ids.short(&|c| groups.iter().any(|g| g.id == c));
                    groups.push(StatusGroup {
                        id,
                        name: name.into(),
                        color: color.into(),
                        option_ids: Vec::new(),
                    });
                }
            }
            for (i, option) in options.iter().enumerate() {
                if groups.iter().any(|g| g.option_ids.contains(&option.id)) {
                    continue;
                }
                // Fresh defaults go to their own group; anything added later to To-do.
                let group = match (had_previous, option.name.as_str()) {
                    (false, "In progress") if i == 1 => 1,
                    (false, "Done") if i == 2 => 2,
                    _ => 0,
                };
                if let Some(g) = groups.get_mut(group) {
                    g.option_ids.push(option.id.clone());
                }
            }
            PropertyConfig::Status { options, groups }
        }
        "date" => PropertyConfig::Date,
        "checkbox" => PropertyConfig::Checkbox,
        "url" => PropertyConfig::Url,
        "email" => PropertyConfig::Email,
        "phone_number" => PropertyConfig::PhoneNumber,
        "people" => PropertyConfig::People,
        "files" => PropertyConfig::Files,
        "created_time" => PropertyConfig::CreatedTime,
        "last_edited_time" => PropertyConfig::LastEditedTime,
        "created_by" => PropertyConfig::CreatedBy,
        "last_edited_by" => PropertyConfig::LastEditedBy,
        "unique_id" => {
            let prefix = match body.get("prefix") {
                None | Some(Value::Null) => None,
                Some(Value::String(p)) => Some(p.clone()),
                Some(other) => {
                    return Err(ApiError::invalid_field(
                        &format!("{path}.prefix"),
                        "a string",
                        other,
                    ));
                }
            };
            PropertyConfig::UniqueId { prefix }
        }
        "relation" => {
            let ds = body.get("data_source_id").and_then(Value::as_str);
            let db = body.get("database_id").and_then(Value::as_str);
            if ds.is_none() && db.is_none() {
                return Err(ApiError::body(format_args!(
                    "{path}.data_source_id should be defined, instead was `undefined`"
                )));
            }
            let Some((data_source_id, database_id)) = (env.relation_target)(ds, db) else {
                return Err(ApiError::not_found(
                    if ds.is_some() {
                        "data_source"
                    } else {
                        "database"
                    },
                    ds.or(db).unwrap_or_default(),
                ));
            };
            let dual = match body.get("type").and_then(Value::as_str) {
                Some("dual_property") => {
                    Some(body.get("dual_property").cloned().unwrap_or(json!({})))
                }
                _ if body.get("dual_property").is_some() => body.get("dual_property").cloned(),
                _ => None,
            };
            PropertyConfig::Relation {
                data_source_id,
                database_id,
                dual,
            }
        }
        other => PropertyConfig::Other {
            kind: other.to_owned(),
            config: body.clone(),
        },
    })
}

/// Checks an option name written in a schema or a page value.
pub(crate) fn check_option_name(name: &str, path: &str) -> Result<(), ApiError> {
    if name.contains(',') {
        return Err(ApiError::validation(format!(
            "Invalid select option, commas not allowed: {name}"
        )));
    }
    if name.trim().is_empty() {
        return Err(ApiError::invalid_field(
            &format!("{path}.name"),
            "a non-empty string",
            &json!(name),
        ));
    }
    let len = crate::rich_text::js_len(name);
    if len > MAX_OPTION_NAME {
        return Err(ApiError::too_long(
            &format!("{path}.name"),
            MAX_OPTION_NAME,
            len,
        ));
    }
    Ok(())
}

/// Adds or updates the `options` listed in `body` (matched by id or name).
fn merge_options(
    mut options: Vec<SelectOption>,
    body: &Value,
    path: &str,
    env: &mut SchemaEnv<'_>,
) -> Result<Vec<SelectOption>, ApiError> {
    let given = match body.get("options") {
        None | Some(Value::Null) => return Ok(options),
        Some(Value::Array(a)) => a,
        Some(other) => {
            return Err(ApiError::invalid_field(
                &format!("{path}.options"),
                "an array",
                other,
            ));
        }
    };
    for (i, opt) in given.iter().enumerate() {
        let opath = format!("{path}.options[{i}]");
        let Some(obj) = opt.as_object() else {
            return Err(ApiError::invalid_field(&opath, "an object", opt));
        };
        let id = obj.get("id").and_then(Value::as_str);
        let name = obj.get("name").and_then(Value::as_str);
        if let Some(n) = name {
            check_option_name(n, &opath)?;
        }
        let color = match obj.get("color") {
            None | Some(Value::Null) => None,
            Some(Value::String(c)) if OPTION_COLORS.contains(&c.as_str()) => Some(c.clone()),
            Some(other) => {
                return Err(ApiError::invalid_field(
                    &format!("{opath}.color"),
                    "a valid color",
                    other,
                ));
            }
        };
        let description = obj
            .get("description")
            .and_then(Value::as_str)
            .map(str::to_owned);
        let existing = options
            .iter()
            .position(|o| Some(o.id.as_str()) == id)
            .or_else(|| options.iter().position(|o| Some(o.name.as_str()) == name));
        match existing {
            Some(j) => {
                if let Some(n) = name {
                    if options
                        .iter()
                        .enumerate()
                        .any(|(k, o)| k != j && o.name == n)
                    {
                        return Err(ApiError::validation(format!("Duplicate option name: {n}")));
                    }
                    options[j].name = n.to_owned();
                }
                if let Some(c) = color {
                    options[j].color = c;
                }
                if description.is_some() {
                    options[j].description = description;
                }
            }
            None => {
                let Some(n) = name else {
                    return Err(ApiError::body(format_args!(
                        "{opath}.name should be defined, instead was `undefined`"
                    )));
                };
                let color = color.unwrap_or_else(|| {
                    OPTION_COLORS[options.len() % OPTION_COLORS.len()].to_owned()
                });
                let id = env.ids.short(&|c| options.iter().any(|o| o.id == c));
                options.push(SelectOption {
                    id,
                    name: n.to_owned(),
                    color,
                    description,
                });
            }
        }
    }
    Ok(options)
}

/// Finds the option named `name`, adding it (with the next color) when missing.
pub(crate) fn ensure_option(
    options: &mut Vec<SelectOption>,
    name: &str,
    ids: &mut IdGen,
) -> String {
    if let Some(o) = options.iter().find(|o| o.name == name) {
        return o.id.clone();
    }
    let id = ids.short(&|c| options.iter().any(|o| o.id == c));
    let color = OPTION_COLORS[options.len() % OPTION_COLORS.len()].to_owned();
    options.push(SelectOption {
        id: id.clone(),
        name: name.to_owned(),
        color,
        description: None,
    });
    id
}
