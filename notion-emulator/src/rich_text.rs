//! Rich text: validating request arrays (length limits) and building Notion's full objects
//! (`type`, `text`, `annotations`, `plain_text`, `href`).

use serde_json::{Map, Value, json};

use crate::error::ApiError;

/// Most elements in one rich-text (or other) array of a request.
pub(crate) const MAX_ARRAY: usize = 100;
/// Most characters (UTF-16 units, as Notion counts) in one `text.content` or link URL.
pub(crate) const MAX_TEXT: usize = 2000;
/// Most characters in one `equation.expression`.
pub(crate) const MAX_EQUATION: usize = 1000;

const COLORS: &[&str] = &[
    "default",
    "gray",
    "brown",
    "orange",
    "yellow",
    "green",
    "blue",
    "purple",
    "pink",
    "red",
    "gray_background",
    "brown_background",
    "orange_background",
    "yellow_background",
    "green_background",
    "blue_background",
    "purple_background",
    "pink_background",
    "red_background",
    "default_background",
];

/// Length of a string as JavaScript (and so Notion) counts it.
pub(crate) fn js_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Checks an array's length against [`MAX_ARRAY`].
pub(crate) fn check_array_len(items: &[Value], path: &str) -> Result<(), ApiError> {
    if items.len() > MAX_ARRAY {
        return Err(ApiError::too_long(path, MAX_ARRAY, items.len()));
    }
    Ok(())
}

/// Validates a request rich-text array and returns the full response objects.
pub(crate) fn parse(value: &Value, path: &str) -> Result<Vec<Value>, ApiError> {
    let Some(items) = value.as_array() else {
        return Err(ApiError::invalid_field(path, "an array", value));
    };
    check_array_len(items, path)?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| parse_item(item, &format!("{path}[{i}]")))
        .collect()
}

fn parse_item(item: &Value, path: &str) -> Result<Value, ApiError> {
    let Some(obj) = item.as_object() else {
        return Err(ApiError::invalid_field(path, "an object", item));
    };
    let kind = match obj.get("type").and_then(Value::as_str) {
        Some(k) => k,
        None if obj.contains_key("text") => "text",
        None if obj.contains_key("mention") => "mention",
        None if obj.contains_key("equation") => "equation",
        None => {
            return Err(ApiError::invalid_field(
                &format!("{path}.text"),
                "defined",
                &Value::Null,
            ));
        }
    };
    let annotations = parse_annotations(obj.get("annotations"), path)?;
    match kind {
        "text" => {
            let text = obj.get("text").unwrap_or(&Value::Null);
            let tpath = format!("{path}.text");
            let Some(t) = text.as_object() else {
                return Err(ApiError::invalid_field(&tpath, "an object", text));
            };
            let content = t.get("content").unwrap_or(&Value::Null);
            let Some(content) = content.as_str() else {
                return Err(ApiError::invalid_field(
                    &format!("{tpath}.content"),
                    "a string",
                    content,
                ));
            };
            let len = js_len(content);
            if len > MAX_TEXT {
                return Err(ApiError::too_long(
                    &format!("{tpath}.content"),
                    MAX_TEXT,
                    len,
                ));
            }
            let link = match t.get("link") {
                None | Some(Value::Null) => Value::Null,
                Some(Value::Object(l)) => {
                    let url = l.get("url").unwrap_or(&Value::Null);
                    let Some(url) = url.as_str() else {
                        return Err(ApiError::invalid_field(
                            &format!("{tpath}.link.url"),
                            "a string",
                            url,
                        ));
                    };
                    let len = js_len(url);
                    if len > MAX_TEXT {
                        return Err(ApiError::too_long(
                            &format!("{tpath}.link.url"),
                            MAX_TEXT,
                            len,
                        ));
                    }
                    json!({"url": url})
                }
                Some(other) => {
                    return Err(ApiError::invalid_field(
                        &format!("{tpath}.link"),
                        "an object or `null`",
                        other,
                    ));
                }
            };
            let href = link.get("url").cloned().unwrap_or(Value::Null);
            Ok(json!({
                "type": "text",
                "text": {"content": content, "link": link},
                "annotations": annotations,
                "plain_text": content,
                "href": href,
            }))
        }
        "equation" => {
            let expr = obj
                .get("equation")
                .and_then(|e| e.get("expression"))
                .unwrap_or(&Value::Null);
            let epath = format!("{path}.equation.expression");
            let Some(expr) = expr.as_str() else {
                return Err(ApiError::invalid_field(&epath, "a string", expr));
            };
            let len = js_len(expr);
            if len > MAX_EQUATION {
                return Err(ApiError::too_long(&epath, MAX_EQUATION, len));
            }
            Ok(json!({
                "type": "equation",
                "equation": {"expression": expr},
                "annotations": annotations,
                "plain_text": expr,
                "href": null,
            }))
        }
        "mention" => {
            let mention = obj.get("mention").unwrap_or(&Value::Null);
            if !mention.is_object() {
                return Err(ApiError::invalid_field(
                    &format!("{path}.mention"),
                    "an object",
                    mention,
                ));
            }
            let plain = obj.get("plain_text").and_then(Value::as_str).unwrap_or("");
            Ok(json!({
                "type": "mention",
                "mention": mention,
                "annotations": annotations,
                "plain_text": plain,
                "href": null,
            }))
        }
        other => Err(ApiError::invalid_field(
            &format!("{path}.type"),
            "`text`, `mention` or `equation`",
            &Value::String(other.to_owned()),
        )),
    }
}

fn parse_annotations(value: Option<&Value>, path: &str) -> Result<Value, ApiError> {
    let mut out = Map::new();
    for key in ["bold", "italic", "strikethrough", "underline", "code"] {
        out.insert(key.to_owned(), Value::Bool(false));
    }
    out.insert("color".to_owned(), Value::String("default".to_owned()));
    match value {
        None | Some(Value::Null) => {}
        Some(Value::Object(given)) => {
            for (key, v) in given {
                let apath = format!("{path}.annotations.{key}");
                match key.as_str() {
                    "bold" | "italic" | "strikethrough" | "underline" | "code" => {
                        if !v.is_boolean() {
                            return Err(ApiError::invalid_field(&apath, "a boolean", v));
                        }
                        out.insert(key.clone(), v.clone());
                    }
                    "color" => match v.as_str() {
                        Some(c) if COLORS.contains(&c) => {
                            out.insert(key.clone(), v.clone());
                        }
                        _ => return Err(ApiError::invalid_field(&apath, "a valid color", v)),
                    },
                    _ => {}
                }
            }
        }
        Some(other) => {
            return Err(ApiError::invalid_field(
                &format!("{path}.annotations"),
                "an object",
                other,
            ));
        }
    }
    Ok(Value::Object(out))
}

/// The text of a full rich-text array.
pub(crate) fn plain_text(items: &[Value]) -> String {
    items
        .iter()
        .filter_map(|i| i.get("plain_text").and_then(Value::as_str))
        .collect()
}

/// A full rich-text array holding one plain text run.
pub(crate) fn from_plain(text: &str) -> Vec<Value> {
    if text.is_empty() {
        return Vec::new();
    }
    parse(&json!([{"text": {"content": text}}]), "text").unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_full_objects() {
        let out = parse(
            &json!([{"text": {"content": "hi", "link": {"url": "https://x.y"}}, "annotations": {"bold": true}}]),
            "body.title",
        )
        .unwrap();
        assert_eq!(out[0]["plain_text"], "hi");
        assert_eq!(out[0]["href"], "https://x.y");
        assert_eq!(out[0]["annotations"]["bold"], true);
        assert_eq!(out[0]["annotations"]["color"], "default");
        assert_eq!(plain_text(&out), "hi");
    }

    #[test]
    fn limits() {
        let long = "a".repeat(2001);
        let err = parse(
            &json!([{"text": {"content": long}}]),
            "body.properties.N.rich_text",
        )
        .unwrap_err();
        assert_eq!(
            err.message,
            "body failed validation: body.properties.N.rich_text[0].text.content.length should be ≤ `2000`, instead was `2001`."
        );
        // 2000 emoji are 4000 UTF-16 units.
        let emoji = "😀".repeat(1001);
        assert!(parse(&json!([{"text": {"content": emoji}}]), "p").is_err());
        let many: Vec<Value> = (0..101)
            .map(|_| json!({"text": {"content": "x"}}))
            .collect();
        let err = parse(&Value::Array(many), "p").unwrap_err();
        assert!(
            err.message
                .contains("p.length should be ≤ `100`, instead was `101`")
        );
        assert!(parse(&json!("text"), "p").is_err());
        assert!(parse(&json!([{"text": {"content": 5}}]), "p").is_err());
        assert!(
            parse(
                &json!([{"equation": {"expression": "x".repeat(1001)}}]),
                "p"
            )
            .is_err()
        );
        assert!(
            parse(
                &json!([{"text": {"content": "x"}, "annotations": {"color": "neon"}}]),
                "p"
            )
            .is_err()
        );
    }
}
