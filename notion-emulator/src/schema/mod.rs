//! Data-source schemas: property configurations as written in requests (create, update with
//! rename / delete / new options) and as rendered in `data_source.properties`.

use serde_json::{Map, Value, json};

use crate::error::ApiError;
use crate::ids::{IdGen, percent_decode};

mod config;
#[cfg(test)]
mod tests;

use config::parse_config;
pub(crate) use config::{check_option_name, ensure_option};

/// Every property type name Notion knows.
pub(crate) const TYPES: &[&str] = &[
    "title",
    "rich_text",
    "number",
    "select",
    "multi_select",
    "status",
    "date",
    "checkbox",
    "url",
    "email",
    "phone_number",
    "people",
    "files",
    "relation",
    "created_time",
    "last_edited_time",
    "created_by",
    "last_edited_by",
    "unique_id",
    "formula",
    "rollup",
    "button",
    "location",
    "verification",
    "last_visited_time",
    "place",
];

/// Colors of select, multi-select and status options.
pub(crate) const OPTION_COLORS: [&str; 10] = [
    "default", "gray", "brown", "orange", "yellow", "green", "blue", "purple", "pink", "red",
];

/// One option of a select, multi-select or status property.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SelectOption {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) color: String,
    pub(crate) description: Option<String>,
}

/// A group of status options (To-do, In progress, Complete).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct StatusGroup {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) color: String,
    pub(crate) option_ids: Vec<String>,
}

/// The type-specific configuration of one property.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum PropertyConfig {
    Title,
    RichText,
    Number {
        format: String,
    },
    Select {
        options: Vec<SelectOption>,
    },
    MultiSelect {
        options: Vec<SelectOption>,
    },
    Status {
        options: Vec<SelectOption>,
        groups: Vec<StatusGroup>,
    },
    Date,
    Checkbox,
    Url,
    Email,
    PhoneNumber,
    People,
    Files,
    Relation {
        data_source_id: String,
        database_id: String,
        dual: Option<Value>,
    },
    CreatedTime,
    LastEditedTime,
    CreatedBy,
    LastEditedBy,
    UniqueId {
        prefix: Option<String>,
    },
    Other {
        kind: String,
        config: Value,
    },
}

impl PropertyConfig {
    /// The type name (`rich_text`, `select`, …).
    pub(crate) fn kind(&self) -> &str {
        match self {
            Self::Title => "title",
            Self::RichText => "rich_text",
            Self::Number { .. } => "number",
            Self::Select { .. } => "select",
            Self::MultiSelect { .. } => "multi_select",
            Self::Status { .. } => "status",
            Self::Date => "date",
            Self::Checkbox => "checkbox",
            Self::Url => "url",
            Self::Email => "email",
            Self::PhoneNumber => "phone_number",
            Self::People => "people",
            Self::Files => "files",
            Self::Relation { .. } => "relation",
            Self::CreatedTime => "created_time",
            Self::LastEditedTime => "last_edited_time",
            Self::CreatedBy => "created_by",
            Self::LastEditedBy => "last_edited_by",
            Self::UniqueId { .. } => "unique_id",
            Self::Other { kind, .. } => kind,
        }
    }

    /// The options of a select-like property.
    pub(crate) fn options(&self) -> Option<&[SelectOption]> {
        match self {
            Self::Select { options }
            | Self::MultiSelect { options }
            | Self::Status { options, .. } => Some(options),
            _ => None,
        }
    }

    fn render(&self) -> Value {
        match self {
            Self::Number { format } => json!({"format": format}),
            Self::Select { options } | Self::MultiSelect { options } => {
                json!({"options": options.iter().map(render_option).collect::<Vec<_>>()})
            }
            Self::Status { options, groups } => json!({
                "options": options.iter().map(render_option).collect::<Vec<_>>(),
                "groups": groups.iter().map(|g| json!({
                    "id": g.id, "name": g.name, "color": g.color, "option_ids": g.option_ids,
                })).collect::<Vec<_>>(),
            }),
            Self::Relation {
                data_source_id,
                database_id,
                dual,
            } => match dual {
                None => json!({
                    "database_id": database_id, "data_source_id": data_source_id,
                    "type": "single_property", "single_property": {},
                }),
                Some(d) => json!({
                    "database_id": database_id, "data_source_id": data_source_id,
                    "type": "dual_property", "dual_property": d,
                }),
            },
            Self::UniqueId { prefix } => json!({"prefix": prefix}),
            Self::Other { config, .. } => config.clone(),
            _ => json!({}),
        }
    }
}

fn render_option(o: &SelectOption) -> Value {
    json!({"id": o.id, "name": o.name, "color": o.color, "description": o.description})
}

/// One property of a data source.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PropertySchema {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) description: Option<String>,
    pub(crate) config: PropertyConfig,
}

impl PropertySchema {
    /// The property as it appears in `data_source.properties`.
    pub(crate) fn render(&self) -> Value {
        let mut obj = Map::new();
        obj.insert("id".into(), json!(self.id));
        obj.insert("name".into(), json!(self.name));
        if let Some(d) = &self.description {
            obj.insert("description".into(), json!(d));
        }
        obj.insert("type".into(), json!(self.config.kind()));
        obj.insert(self.config.kind().to_owned(), self.config.render());
        Value::Object(obj)
    }
}

/// Resolves a relation target given as `(data_source_id, database_id)` to
/// `(data_source_id, database_id)`.
pub(crate) type RelationResolver = dyn Fn(Option<&str>, Option<&str>) -> Option<(String, String)>;

/// What schema parsing needs from the store.
pub(crate) struct SchemaEnv<'a> {
    /// The id generator.
    pub(crate) ids: &'a mut IdGen,
    /// Resolves a relation target (`data_source_id` or `database_id`) to
    /// `(data_source_id, database_id)`.
    pub(crate) relation_target: &'a RelationResolver,
}

/// Index of the property named `key`, or whose id is `key` (encoded or decoded).
pub(crate) fn find(schema: &[PropertySchema], key: &str) -> Option<usize> {
    schema.iter().position(|p| p.name == key).or_else(|| {
        let decoded = percent_decode(key);
        schema
            .iter()
            .position(|p| p.id == key || percent_decode(&p.id) == decoded)
    })
}

/// The property type a configuration object names, from `type` or its keys.
fn type_key(obj: &Map<String, Value>) -> Option<&str> {
    if let Some(t) = obj.get("type").and_then(Value::as_str) {
        return TYPES.iter().find(|k| **k == t).copied();
    }
    obj.keys()
        .find_map(|k| TYPES.iter().find(|t| **t == k.as_str()).copied())
}

/// Parses the `properties` of a new data source.
pub(crate) fn create(
    input: &Value,
    path: &str,
    env: &mut SchemaEnv<'_>,
) -> Result<Vec<PropertySchema>, ApiError> {
    let Some(map) = input.as_object() else {
        return Err(ApiError::invalid_field(path, "an object", input));
    };
    let mut schema: Vec<PropertySchema> = Vec::new();
    for (name, cfg) in map {
        let ppath = format!("{path}.{name}");
        if name.trim().is_empty() {
            return Err(ApiError::validation("Property names cannot be empty."));
        }
        let Some(obj) = cfg.as_object() else {
            return Err(ApiError::invalid_field(&ppath, "an object", cfg));
        };
        let Some(kind) = type_key(obj) else {
            return Err(ApiError::body(format_args!(
                "{ppath} should define a property type, instead was `{}`",
                crate::error::short_json(cfg)
            )));
        };
        let config = parse_config(kind, obj.get(kind), &format!("{ppath}.{kind}"), env, None)?;
        let id = if kind == "title" {
            "title".to_owned()
        } else {
            env.ids.short(&|c| schema.iter().any(|p| p.id == c))
        };
        let description = parse_description(obj, &ppath)?;
        schema.push(PropertySchema {
            id,
            name: name.clone(),
            description,
            config,
        });
    }
    let titles = schema
        .iter()
        .filter(|p| p.config == PropertyConfig::Title)
        .count();
    if titles != 1 {
        return Err(ApiError::validation(format!(
            "A data source must have exactly one title property, instead found {titles}."
        )));
    }
    Ok(schema)
}

/// Applies a `PATCH /v1/data_sources/{id}` `properties` object to `schema`.
pub(crate) fn update(
    schema: &mut Vec<PropertySchema>,
    input: &Value,
    path: &str,
    env: &mut SchemaEnv<'_>,
) -> Result<(), ApiError> {
    let Some(map) = input.as_object() else {
        return Err(ApiError::invalid_field(path, "an object", input));
    };
    for (key, change) in map {
        let ppath = format!("{path}.{key}");
        let existing = find(schema, key);
        match (existing, change) {
            (Some(i), Value::Null) => {
                if schema[i].config == PropertyConfig::Title {
                    return Err(ApiError::validation("Cannot delete the title property."));
                }
                schema.remove(i);
            }
            (None, Value::Null) => {
                return Err(ApiError::validation(format!(
                    "{key} is not a property that exists."
                )));
            }
            (_, Value::Object(obj)) => {
                let index = match existing {
                    Some(i) => i,
                    None => {
                        let Some(kind) = type_key(obj) else {
                            return Err(ApiError::validation(format!(
                                "{key} is not a property that exists."
                            )));
                        };
                        if kind == "title" {
                            return Err(ApiError::validation(
                                "A data source can have only one title property.",
                            ));
                        }
                        let config = parse_config(
                            kind,
                            obj.get(kind),
                            &format!("{ppath}.{kind}"),
                            env,
                            None,
                        )?;
                        let id = env.ids.short(&|c| schema.iter().any(|p| p.id == c));
                        schema.push(PropertySchema {
                            id,
                            name: key.clone(),
                            description: None,
                            config,
                        });
                        schema.len() - 1
                    }
                };
                if existing.is_some()
                    && let Some(kind) = type_key(obj)
                {
                    let current = schema[index].config.kind().to_owned();
                    if (current == "title") != (kind == "title") {
                        return Err(ApiError::validation(
                            "Cannot change the type of the title property, or create a second title property.",
                        ));
                    }
                    let previous = (current == kind).then(|| schema[index].config.clone());
                    schema[index].config = parse_config(
                        kind,
                        obj.get(kind),
                        &format!("{ppath}.{kind}"),
                        env,
                        previous.as_ref(),
                    )?;
                }
                if let Some(name) = obj.get("name") {
                    let Some(name) = name.as_str().filter(|n| !n.trim().is_empty()) else {
                        return Err(ApiError::invalid_field(
                            &format!("{ppath}.name"),
                            "a non-empty string",
                            name,
                        ));
                    };
                    if schema
                        .iter()
                        .enumerate()
                        .any(|(j, p)| j != index && p.name == name)
                    {
                        return Err(ApiError::validation(format!(
                            "A property named {name} already exists."
                        )));
                    }
                    schema[index].name = name.to_owned();
                }
                if obj.contains_key("description") {
                    schema[index].description = parse_description(obj, &ppath)?;
                }
            }
            (_, other) => {
                return Err(ApiError::invalid_field(
                    &ppath,
                    "an object or `null`",
                    other,
                ));
            }
        }
    }
    Ok(())
}

fn parse_description(obj: &Map<String, Value>, path: &str) -> Result<Option<String>, ApiError> {
    match obj.get("description") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Array(rt)) => Ok(Some(crate::rich_text::plain_text(
            &crate::rich_text::parse(&Value::Array(rt.clone()), &format!("{path}.description"))?,
        ))),
        Some(other) => Err(ApiError::invalid_field(
            &format!("{path}.description"),
            "a string",
            other,
        )),
    }
}
