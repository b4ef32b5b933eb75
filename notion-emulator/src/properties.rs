//! Page property values: validating and normalizing values written in requests, and rendering
//! stored values as Notion's `{"id","type",<type>: value}` objects.

use std::collections::HashMap;

use serde_json::{Map, Value, json};

use crate::error::ApiError;
use crate::ids::{IdGen, normalize_uuid};
use crate::rich_text::{self, check_array_len, js_len};
use crate::schema::{self, PropertyConfig, PropertySchema, SelectOption};

/// Longest URL a property accepts.
pub(crate) const MAX_URL: usize = 2000;
/// Longest email or phone number a property accepts.
pub(crate) const MAX_EMAIL_PHONE: usize = 200;
/// Most references a page object shows for one relation or people property.
pub(crate) const MAX_REFERENCES_SHOWN: usize = 25;

/// Validates `input` (a request's `properties` object) against `schema` and writes the
/// normalized values into `values` (keyed by property id). Select options that do not exist yet
/// are added to `schema`. On error nothing should be committed by the caller.
pub(crate) fn apply(
    schema: &mut [PropertySchema],
    values: &mut HashMap<String, Value>,
    input: &Value,
    ids: &mut IdGen,
    path: &str,
) -> Result<(), ApiError> {
    let Some(map) = input.as_object() else {
        return Err(ApiError::invalid_field(path, "an object", input));
    };
    for (key, given) in map {
        let Some(index) = schema::find(schema, key) else {
            return Err(ApiError::validation(format!(
                "{key} is not a property that exists."
            )));
        };
        let prop = &mut schema[index];
        let ppath = format!("{path}.{key}");
        let kind = prop.config.kind().to_owned();
        let Some(obj) = given.as_object() else {
            return Err(ApiError::invalid_field(&ppath, "an object", given));
        };
        let type_mismatch = obj
            .get("type")
            .and_then(Value::as_str)
            .is_some_and(|t| t != kind);
        let Some(raw) = obj.get(&kind).filter(|_| !type_mismatch) else {
            return Err(ApiError::validation(format!(
                "{} is expected to be {kind}.",
                prop.name
            )));
        };
        let vpath = format!("{ppath}.{kind}");
        let stored = normalize(&mut prop.config, &prop.name, raw, &vpath, ids)?;
        values.insert(prop.id.clone(), stored);
    }
    Ok(())
}

fn normalize(
    config: &mut PropertyConfig,
    name: &str,
    raw: &Value,
    path: &str,
    ids: &mut IdGen,
) -> Result<Value, ApiError> {
    match config {
        PropertyConfig::Title | PropertyConfig::RichText => {
            Ok(Value::Array(rich_text::parse(raw, path)?))
        }
        PropertyConfig::Number { .. } => match raw {
            Value::Null | Value::Number(_) => Ok(raw.clone()),
            other => Err(ApiError::invalid_field(path, "a number or `null`", other)),
        },
        PropertyConfig::Checkbox => match raw {
            Value::Bool(_) => Ok(raw.clone()),
            other => Err(ApiError::invalid_field(path, "a boolean", other)),
        },
        PropertyConfig::Url => bounded_string(raw, path, MAX_URL),
        PropertyConfig::Email | PropertyConfig::PhoneNumber => {
            bounded_string(raw, path, MAX_EMAIL_PHONE)
        }
        PropertyConfig::Select { options } => match raw {
            Value::Null => Ok(Value::Null),
            _ => Ok(Value::String(pick_option(options, raw, path, ids, true)?)),
        },
        PropertyConfig::Status { options, groups } => match raw {
            Value::Null => Ok(Value::Null),
            _ => {
                let before = options.len();
                let id = pick_option(options, raw, path, ids, false)?;
                if options.len() != before
                    && let Some(g) = groups.first_mut()
                {
                    g.option_ids.push(id.clone());
                }
                Ok(Value::String(id))
            }
        },
        PropertyConfig::MultiSelect { options } => {
            let Some(items) = raw.as_array() else {
                return Err(ApiError::invalid_field(path, "an array", raw));
            };
            check_array_len(items, path)?;
            let mut chosen: Vec<Value> = Vec::new();
            for (i, item) in items.iter().enumerate() {
                let id = Value::String(pick_option(
                    options,
                    item,
                    &format!("{path}[{i}]"),
                    ids,
                    true,
                )?);
                if !chosen.contains(&id) {
                    chosen.push(id);
                }
            }
            Ok(Value::Array(chosen))
        }
        PropertyConfig::Date => normalize_date(raw, path),
        PropertyConfig::People | PropertyConfig::Relation { .. } => {
            let Some(items) = raw.as_array() else {
                return Err(ApiError::invalid_field(path, "an array", raw));
            };
            check_array_len(items, path)?;
            let mut out: Vec<Value> = Vec::new();
            for (i, item) in items.iter().enumerate() {
                let id = item.get("id").unwrap_or(&Value::Null);
                let Some(id) = id.as_str().and_then(normalize_uuid) else {
                    return Err(ApiError::invalid_field(
                        &format!("{path}[{i}].id"),
                        "a valid uuid",
                        id,
                    ));
                };
                let id = Value::String(id);
                if !out.contains(&id) {
                    out.push(id);
                }
            }
            Ok(Value::Array(out))
        }
        PropertyConfig::Files => {
            let Some(items) = raw.as_array() else {
                return Err(ApiError::invalid_field(path, "an array", raw));
            };
            check_array_len(items, path)?;
            Ok(raw.clone())
        }
        other => Err(ApiError::validation(format!(
            "Cannot update property {name}: properties of type {} are read-only.",
            other.kind()
        ))),
    }
}

fn bounded_string(raw: &Value, path: &str, max: usize) -> Result<Value, ApiError> {
    match raw {
        Value::Null => Ok(Value::Null),
        Value::String(s) => {
            let len = js_len(s);
            if len > max {
                return Err(ApiError::too_long(path, max, len));
            }
            Ok(raw.clone())
        }
        other => Err(ApiError::invalid_field(path, "a string or `null`", other)),
    }
}

/// Resolves `{name}` / `{id}` to an option id; `create` adds unknown names.
fn pick_option(
    options: &mut Vec<SelectOption>,
    raw: &Value,
    path: &str,
    ids: &mut IdGen,
    create: bool,
) -> Result<String, ApiError> {
    let Some(obj) = raw.as_object() else {
        return Err(ApiError::invalid_field(path, "an object", raw));
    };
    if let Some(id) = obj.get("id").and_then(Value::as_str) {
        return match options.iter().find(|o| o.id == id) {
            Some(o) => Ok(o.id.clone()),
            None => Err(ApiError::validation(format!("Invalid option id: {id}"))),
        };
    }
    let name = obj.get("name").unwrap_or(&Value::Null);
    let Some(name) = name.as_str() else {
        return Err(ApiError::invalid_field(
            &format!("{path}.name"),
            "a string",
            name,
        ));
    };
    schema::check_option_name(name, path)?;
    if !create {
        return options
            .iter()
            .find(|o| o.name == name)
            .map(|o| o.id.clone())
            .ok_or_else(|| {
                ApiError::validation(format!(
                    "Invalid status option. Status option \"{name}\" does not exist."
                ))
            });
    }
    Ok(schema::ensure_option(options, name, ids))
}

fn normalize_date(raw: &Value, path: &str) -> Result<Value, ApiError> {
    let obj = match raw {
        Value::Null => return Ok(Value::Null),
        Value::Object(o) => o,
        other => return Err(ApiError::invalid_field(path, "an object or `null`", other)),
    };
    let parse = |key: &str, required: bool| -> Result<Value, ApiError> {
        match obj.get(key) {
            None | Some(Value::Null) if !required => Ok(Value::Null),
            Some(Value::String(s)) => crate::dates::parse(s)
                .map(|(text, _)| Value::String(text))
                .ok_or_else(|| {
                    ApiError::invalid_field(
                        &format!("{path}.{key}"),
                        "a valid ISO 8601 date string",
                        &json!(s),
                    )
                }),
            other => Err(ApiError::invalid_field(
                &format!("{path}.{key}"),
                "a valid ISO 8601 date string",
                other.unwrap_or(&Value::Null),
            )),
        }
    };
    let start = parse("start", true)?;
    let end = parse("end", false)?;
    let time_zone = match obj.get("time_zone") {
        None | Some(Value::Null) => Value::Null,
        Some(Value::String(tz)) => Value::String(tz.clone()),
        Some(other) => {
            return Err(ApiError::invalid_field(
                &format!("{path}.time_zone"),
                "a string",
                other,
            ));
        }
    };
    Ok(json!({"start": start, "end": end, "time_zone": time_zone}))
}

/// What rendering a value needs besides the schema and the stored value.
pub(crate) struct RenderMeta<'a> {
    pub(crate) created_time: &'a str,
    pub(crate) last_edited_time: &'a str,
    pub(crate) created_by: &'a str,
    pub(crate) last_edited_by: &'a str,
    pub(crate) unique_number: u64,
}

/// Renders one property value as it appears in `page.properties`.
pub(crate) fn render(
    prop: &PropertySchema,
    stored: Option<&Value>,
    meta: &RenderMeta<'_>,
) -> Value {
    let kind = prop.config.kind();
    let stored_array = || {
        stored
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let option = |options: &[SelectOption], id: &Value| {
        options
            .iter()
            .find(|o| Some(o.id.as_str()) == id.as_str())
            .map(|o| json!({"id": o.id, "name": o.name, "color": o.color}))
    };
    let user = |id: &str| json!({"object": "user", "id": id});
    let mut out = Map::new();
    out.insert("id".into(), json!(prop.id));
    out.insert("type".into(), json!(kind));
    let value = match &prop.config {
        PropertyConfig::Title | PropertyConfig::RichText | PropertyConfig::Files => {
            Value::Array(stored_array())
        }
        PropertyConfig::Checkbox => Value::Bool(stored.and_then(Value::as_bool).unwrap_or(false)),
        PropertyConfig::Select { options } | PropertyConfig::Status { options, .. } => stored
            .and_then(|id| option(options, id))
            .unwrap_or(Value::Null),
        PropertyConfig::MultiSelect { options } => Value::Array(
            stored_array()
                .iter()
                .filter_map(|id| option(options, id))
                .collect(),
        ),
        PropertyConfig::People => Value::Array(
            stored_array()
                .iter()
                .take(MAX_REFERENCES_SHOWN)
                .filter_map(Value::as_str)
                .map(user)
                .collect(),
        ),
        PropertyConfig::Relation { .. } => {
            let all = stored_array();
            out.insert(
                "has_more".into(),
                Value::Bool(all.len() > MAX_REFERENCES_SHOWN),
            );
            Value::Array(
                all.iter()
                    .take(MAX_REFERENCES_SHOWN)
                    .map(|id| json!({"id": id}))
                    .collect(),
            )
        }
        PropertyConfig::CreatedTime => json!(meta.created_time),
        PropertyConfig::LastEditedTime => json!(meta.last_edited_time),
        PropertyConfig::CreatedBy => user(meta.created_by),
        PropertyConfig::LastEditedBy => user(meta.last_edited_by),
        PropertyConfig::UniqueId { prefix } => {
            json!({"prefix": prefix, "number": meta.unique_number})
        }
        PropertyConfig::Other { kind, .. } => match kind.as_str() {
            "formula" => json!({"type": "string", "string": null}),
            "rollup" => json!({"type": "array", "array": [], "function": "show_original"}),
            "button" => json!({}),
            _ => Value::Null,
        },
        _ => stored.cloned().unwrap_or(Value::Null),
    };
    // Keep `id`, `type`, value order as Notion does (relation's `has_more` last).
    let has_more = out.remove("has_more");
    out.insert(kind.to_owned(), value);
    if let Some(h) = has_more {
        out.insert("has_more".into(), h);
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::SchemaEnv;

    fn schema() -> Vec<PropertySchema> {
        let mut ids = IdGen::new(3);
        let resolve =
            |ds: Option<&str>, _: Option<&str>| ds.map(|d| (d.to_owned(), "db".to_owned()));
        let mut env = SchemaEnv {
            ids: &mut ids,
            relation_target: &resolve,
        };
        schema::create(
            &json!({
                "Name": {"title": {}}, "Notes": {"rich_text": {}}, "Value": {"number": {}},
                "Stage": {"select": {}}, "Tags": {"multi_select": {}}, "Status": {"status": {}},
                "Due": {"date": {}}, "Done": {"checkbox": {}}, "Site": {"url": {}},
                "Email": {"email": {}}, "Phone": {"phone_number": {}}, "Owner": {"people": {}},
                "Company": {"relation": {"data_source_id": "d"}}, "Created": {"created_time": {}},
            }),
            "body.properties",
            &mut env,
        )
        .unwrap()
    }

    fn write(input: Value) -> Result<(Vec<PropertySchema>, HashMap<String, Value>), ApiError> {
        let mut s = schema();
        let mut values = HashMap::new();
        apply(
            &mut s,
            &mut values,
            &input,
            &mut IdGen::new(9),
            "body.properties",
        )?;
        Ok((s, values))
    }

    fn meta() -> RenderMeta<'static> {
        RenderMeta {
            created_time: "2026-01-01T00:00:00.000Z",
            last_edited_time: "2026-01-01T00:00:00.000Z",
            created_by: "u",
            last_edited_by: "u",
            unique_number: 1,
        }
    }

    #[test]
    fn writes_and_renders_every_type() {
        let uid = "5389a034-eb5c-47b5-8a9e-f79c99ef166c";
        let (s, v) = write(json!({
            "Name": {"title": [{"text": {"content": "Acme"}}]},
            "Notes": {"type": "rich_text", "rich_text": [{"text": {"content": "n"}}]},
            "Value": {"number": 1234.5},
            "Stage": {"select": {"name": "Won"}},
            "Tags": {"multi_select": [{"name": "vip"}, {"name": "vip"}, {"name": "new"}]},
            "Status": {"status": {"name": "In progress"}},
            "Due": {"date": {"start": "2026-05-01T09:00:00", "time_zone": "America/New_York"}},
            "Done": {"checkbox": true},
            "Site": {"url": "https://example.com"},
            "Email": {"email": "a@b.co"},
            "Phone": {"phone_number": "+1 555 0100"},
            "Owner": {"people": [{"object": "user", "id": uid}]},
            "Company": {"relation": [{"id": uid.replace('-', "")}]},
        }))
        .unwrap();
        let r = |name: &str| {
            let p = s.iter().find(|p| p.name == name).unwrap();
            render(p, v.get(&p.id), &meta())
        };
        assert_eq!(r("Name")["title"][0]["plain_text"], "Acme");
        assert_eq!(r("Name")["id"], "title");
        assert_eq!(r("Value")["number"], 1234.5);
        assert_eq!(r("Stage")["select"]["name"], "Won");
        assert_eq!(r("Tags")["multi_select"].as_array().unwrap().len(), 2);
        assert_eq!(r("Status")["status"]["name"], "In progress");
        assert_eq!(r("Due")["date"]["start"], "2026-05-01T09:00:00.000");
        assert_eq!(r("Due")["date"]["time_zone"], "America/New_York");
        assert_eq!(r("Done")["checkbox"], true);
        assert_eq!(r("Owner")["people"][0]["id"], uid);
        assert_eq!(r("Company")["relation"][0]["id"], uid);
        assert_eq!(r("Company")["has_more"], false);
        assert_eq!(r("Created")["created_time"], "2026-01-01T00:00:00.000Z");
        // Unset values render empty.
        let p = s.iter().find(|p| p.name == "Site").unwrap();
        assert_eq!(render(p, None, &meta())["url"], Value::Null);
    }

    #[test]
    fn rejects_invalid_values() {
        let msg = |input: Value| write(input).unwrap_err().message;
        assert_eq!(
            msg(json!({"Ghost": {"rich_text": []}})),
            "Ghost is not a property that exists."
        );
        assert_eq!(
            msg(json!({"Notes": {"number": 1}})),
            "Notes is expected to be rich_text."
        );
        assert_eq!(
            msg(json!({"Notes": {"type": "number", "rich_text": []}})),
            "Notes is expected to be rich_text."
        );
        assert!(
            msg(json!({"Value": {"number": "1"}}))
                .contains("body.properties.Value.number should be a number")
        );
        assert!(
            msg(json!({"Site": {"url": "x".repeat(2001)}}))
                .contains("url.length should be ≤ `2000`, instead was `2001`")
        );
        assert!(msg(json!({"Email": {"email": "x".repeat(201)}})).contains("≤ `200`"));
        assert!(msg(json!({"Phone": {"phone_number": "1".repeat(201)}})).contains("≤ `200`"));
        assert!(msg(json!({"Stage": {"select": {"name": "a,b"}}})).contains("commas not allowed"));
        let tags: Vec<Value> = (0..101).map(|i| json!({"name": format!("t{i}")})).collect();
        assert!(
            msg(json!({"Tags": {"multi_select": tags}}))
                .contains("multi_select.length should be ≤ `100`")
        );
        assert!(msg(json!({"Status": {"status": {"name": "Nope"}}})).contains("does not exist"));
        assert!(msg(json!({"Due": {"date": {"start": "tomorrow"}}})).contains("date.start"));
        assert!(msg(json!({"Owner": {"people": [{"id": "x"}]}})).contains("valid uuid"));
        assert!(msg(json!({"Created": {"created_time": "2026-01-01"}})).contains("read-only"));
        assert!(msg(json!({"Done": {"checkbox": null}})).contains("a boolean"));
        assert!(msg(json!({"Notes": "text"})).contains("should be an object"));
    }

    #[test]
    fn new_select_options_are_added_to_schema() {
        let (s, _) = write(json!({"Stage": {"select": {"name": "Lost"}}})).unwrap();
        let stage = s.iter().find(|p| p.name == "Stage").unwrap();
        assert_eq!(stage.config.options().unwrap()[0].name, "Lost");
    }
}
