//! Page content: which block types the emulator understands, how a request block is validated
//! (Notion's limits: 100 children per array, two levels of nesting and 1,000 blocks per
//! request), how validated blocks are placed under a page or block, and how a stored block is
//! answered.
//!
//! The common types (paragraph, headings, list items, to-do, code, divider, quote, callout,
//! toggle) are validated and get Notion's defaults (`color`, `is_toggleable`, `checked`, …);
//! Notion's other types are stored as given.

use chrono::{DateTime, Utc};
use serde_json::{Map, Value, json};

use crate::dates::timestamp;
use crate::error::ApiError;
use crate::render::{View, trash_fields, user_ref};
use crate::store::{Block, BlockParent, Store};

/// Most blocks in one `children` array.
const MAX_CHILDREN: usize = 100;
/// Most blocks in one request, nested ones included.
const MAX_BLOCKS: usize = 1000;
/// Levels of nesting allowed in one request below the blocks of the `children` array.
const MAX_NESTING: usize = 2;

/// Types whose content is rich text with a color (and may hold children).
const TEXT_TYPES: &[&str] = &[
    "paragraph",
    "bulleted_list_item",
    "numbered_list_item",
    "quote",
    "toggle",
    "to_do",
    "callout",
];
const HEADINGS: &[&str] = &["heading_1", "heading_2", "heading_3"];
/// Notion's other block types, stored as given.
const OTHER_TYPES: &[&str] = &[
    "bookmark",
    "breadcrumb",
    "column",
    "column_list",
    "embed",
    "equation",
    "file",
    "image",
    "link_preview",
    "link_to_page",
    "pdf",
    "synced_block",
    "table",
    "table_of_contents",
    "table_row",
    "template",
    "video",
    "audio",
];

/// A validated request block and the blocks nested in it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NewBlock {
    pub(crate) kind: String,
    pub(crate) content: Value,
    pub(crate) children: Vec<NewBlock>,
}

/// Where appended blocks go among the container's children.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Position {
    /// After the last child (the default).
    End,
    /// Before the first child.
    Start,
    /// Right after this child.
    After(String),
}

/// Validates a request's `children` array (at `path`, e.g. `body.children`).
pub(crate) fn parse_children(value: &Value, path: &str) -> Result<Vec<NewBlock>, ApiError> {
    let mut count = 0;
    parse_list(value, path, 0, &mut count)
}

fn parse_list(
    value: &Value,
    path: &str,
    depth: usize,
    count: &mut usize,
) -> Result<Vec<NewBlock>, ApiError> {
    let Some(items) = value.as_array() else {
        return Err(ApiError::invalid_field(path, "an array", value));
    };
    if items.len() > MAX_CHILDREN {
        return Err(ApiError::too_long(path, MAX_CHILDREN, items.len()));
    }
    if depth > MAX_NESTING {
        return Err(ApiError::body(format_args!(
            "{path} should be not present, instead was `{}`; at most {MAX_NESTING} levels of children may be nested in one request",
            crate::error::short_json(value)
        )));
    }
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            *count += 1;
            if *count > MAX_BLOCKS {
                return Err(ApiError::validation(format!(
                    "body failed validation: a request may create at most {MAX_BLOCKS} blocks."
                )));
            }
            parse_block(item, &format!("{path}[{i}]"), depth, count)
        })
        .collect()
}

fn is_known(kind: &str) -> bool {
    TEXT_TYPES.contains(&kind)
        || HEADINGS.contains(&kind)
        || OTHER_TYPES.contains(&kind)
        || matches!(kind, "code" | "divider")
}

fn parse_block(
    item: &Value,
    path: &str,
    depth: usize,
    count: &mut usize,
) -> Result<NewBlock, ApiError> {
    let Some(obj) = item.as_object() else {
        return Err(ApiError::invalid_field(path, "an object", item));
    };
    let kind = match obj.get("type") {
        Some(Value::String(k)) => k.clone(),
        Some(other) => {
            return Err(ApiError::invalid_field(
                &format!("{path}.type"),
                "a string",
                other,
            ));
        }
        None => obj.keys().find(|k| is_known(k)).cloned().ok_or_else(|| {
            ApiError::invalid_field(&format!("{path}.type"), "defined", &Value::Null)
        })?,
    };
    if !is_known(&kind) {
        return Err(ApiError::invalid_field(
            &format!("{path}.type"),
            "a supported block type",
            &Value::String(kind),
        ));
    }
    let cpath = format!("{path}.{kind}");
    let raw = obj.get(&kind).unwrap_or(&Value::Null);
    let Some(given) = raw.as_object() else {
        return Err(ApiError::invalid_field(&cpath, "an object", raw));
    };
    let mut content = given.clone();
    let nested = content.remove("children");
    let may_nest = validate_content(&kind, &mut content, &cpath)?;
    let children = match nested {
        None | Some(Value::Null) => Vec::new(),
        Some(_) if !may_nest => {
            return Err(ApiError::validation(format!(
                "body failed validation: {cpath}.children should be not present, as a {kind} block cannot have children."
            )));
        }
        Some(list) => parse_list(&list, &format!("{cpath}.children"), depth + 1, count)?,
    };
    Ok(NewBlock {
        kind,
        content: Value::Object(content),
        children,
    })
}

/// Checks and completes the type object of a common block type; returns whether the block may
/// hold children.
fn validate_content(
    kind: &str,
    content: &mut Map<String, Value>,
    path: &str,
) -> Result<bool, ApiError> {
    let text = |content: &mut Map<String, Value>| -> Result<(), ApiError> {
        let raw = content.get("rich_text").unwrap_or(&Value::Null);
        let parsed = crate::rich_text::parse(raw, &format!("{path}.rich_text"))?;
        content.insert("rich_text".into(), Value::Array(parsed));
        Ok(())
    };
    let flag = |content: &mut Map<String, Value>, key: &str| -> Result<bool, ApiError> {
        match content.get(key) {
            None | Some(Value::Null) => {
                content.insert(key.into(), Value::Bool(false));
                Ok(false)
            }
            Some(Value::Bool(b)) => Ok(*b),
            Some(other) => Err(ApiError::invalid_field(
                &format!("{path}.{key}"),
                "a boolean",
                other,
            )),
        }
    };
    let color = |content: &mut Map<String, Value>| -> Result<(), ApiError> {
        match content.get("color") {
            None | Some(Value::Null) => {
                content.insert("color".into(), json!("default"));
                Ok(())
            }
            Some(Value::String(_)) => Ok(()),
            Some(other) => Err(ApiError::invalid_field(
                &format!("{path}.color"),
                "a string",
                other,
            )),
        }
    };
    if TEXT_TYPES.contains(&kind) {
        text(content)?;
        if kind == "to_do" {
            flag(content, "checked")?;
        }
        if kind == "callout" {
            let icon = content.get("icon").cloned().unwrap_or(Value::Null);
            if !(icon.is_null() || icon.is_object()) {
                return Err(ApiError::invalid_field(
                    &format!("{path}.icon"),
                    "an object",
                    &icon,
                ));
            }
            content.insert("icon".into(), icon);
        }
        color(content)?;
        return Ok(true);
    }
    if HEADINGS.contains(&kind) {
        text(content)?;
        let toggleable = flag(content, "is_toggleable")?;
        color(content)?;
        return Ok(toggleable);
    }
    match kind {
        "code" => {
            text(content)?;
            let caption = match content.get("caption") {
                None | Some(Value::Null) => Vec::new(),
                Some(v) => crate::rich_text::parse(v, &format!("{path}.caption"))?,
            };
            content.insert("caption".into(), Value::Array(caption));
            let language = content.get("language").unwrap_or(&Value::Null);
            if !language.is_string() {
                return Err(ApiError::invalid_field(
                    &format!("{path}.language"),
                    "a string",
                    language,
                ));
            }
            Ok(false)
        }
        "divider" => {
            content.clear();
            Ok(false)
        }
        _ => Ok(true),
    }
}

/// Reads the insert position of an append: `position` (`{"type": "end" | "start" |
/// "after_block", "after_block": {"id"}}`) in every version, or the flat `after` id before
/// `2026-03-11`, which replaced it.
pub(crate) fn position(body: &Value, flat_after_allowed: bool) -> Result<Position, ApiError> {
    let after = body.get("after").filter(|v| !v.is_null());
    let position = body.get("position").filter(|v| !v.is_null());
    let block_id = |raw: &Value, path: &str| {
        raw.as_str()
            .and_then(crate::ids::normalize_uuid)
            .ok_or_else(|| ApiError::invalid_field(path, "a valid uuid", raw))
    };
    match (after, position) {
        (Some(_), Some(_)) => Err(ApiError::validation(
            "body failed validation: body.after and body.position should not both be present.",
        )),
        (Some(a), None) if !flat_after_allowed => {
            Err(ApiError::invalid_field("body.after", "not present", a))
        }
        (Some(a), None) => block_id(a, "body.after").map(Position::After),
        (None, None) => Ok(Position::End),
        (None, Some(p)) => match p.get("type").and_then(Value::as_str) {
            Some("end") => Ok(Position::End),
            Some("start") => Ok(Position::Start),
            Some("after_block") => {
                let raw = p.pointer("/after_block/id").unwrap_or(&Value::Null);
                block_id(raw, "body.position.after_block.id").map(Position::After)
            }
            _ => Err(ApiError::invalid_field(
                "body.position.type",
                "`end`, `start` or `after_block`",
                p.get("type").unwrap_or(&Value::Null),
            )),
        },
    }
}

/// Stores `blocks` (and their nested children) under `parent` at `position`; returns the ids
/// of the first-level blocks, in order. `position` must already be checked against the
/// container's children.
pub(crate) fn insert(
    store: &mut Store,
    parent: &BlockParent,
    blocks: Vec<NewBlock>,
    position: &Position,
    actor: &str,
    now: DateTime<Utc>,
) -> Vec<String> {
    let parent_id = match parent {
        BlockParent::Page(id) | BlockParent::Block(id) => id.clone(),
    };
    let mut ids = Vec::with_capacity(blocks.len());
    for block in blocks {
        let id = store.ids.uuid();
        let nested = block.children;
        store.blocks.insert(
            id.clone(),
            Block {
                id: id.clone(),
                parent: parent.clone(),
                kind: block.kind,
                content: block.content,
                in_trash: false,
                created_time: now,
                last_edited_time: now,
                created_by: actor.to_owned(),
                last_edited_by: actor.to_owned(),
            },
        );
        if !nested.is_empty() {
            insert(
                store,
                &BlockParent::Block(id.clone()),
                nested,
                &Position::End,
                actor,
                now,
            );
        }
        ids.push(id);
    }
    let siblings = store.children.entry(parent_id).or_default();
    let at = match position {
        Position::End => siblings.len(),
        Position::Start => 0,
        Position::After(after) => siblings
            .iter()
            .position(|s| s == after)
            .map_or(siblings.len(), |i| i + 1),
    };
    siblings.splice(at..at, ids.iter().cloned());
    ids
}

/// Whether children may be appended to `block` (not to a divider, code or plain heading).
pub(crate) fn may_hold_children(block: &Block) -> bool {
    if HEADINGS.contains(&block.kind.as_str()) {
        return block.content["is_toggleable"] == Value::Bool(true);
    }
    !matches!(block.kind.as_str(), "code" | "divider")
}

/// Whether the page or block `id` holds blocks.
pub(crate) fn has_children(store: &Store, id: &str) -> bool {
    store.children.get(id).is_some_and(|c| !c.is_empty())
}

/// A block object as Notion answers it.
pub(crate) fn render(store: &Store, block: &Block, view: View) -> Value {
    let parent = match &block.parent {
        BlockParent::Page(id) => json!({"type": "page_id", "page_id": id}),
        BlockParent::Block(id) => json!({"type": "block_id", "block_id": id}),
    };
    let mut obj = Map::new();
    obj.insert("object".into(), json!("block"));
    obj.insert("id".into(), json!(block.id));
    obj.insert("parent".into(), parent);
    obj.insert(
        "created_time".into(),
        json!(timestamp(block.created_time, view.minute_precision)),
    );
    obj.insert(
        "last_edited_time".into(),
        json!(timestamp(block.last_edited_time, view.minute_precision)),
    );
    obj.insert("created_by".into(), user_ref(&block.created_by));
    obj.insert("last_edited_by".into(), user_ref(&block.last_edited_by));
    obj.insert("has_children".into(), json!(has_children(store, &block.id)));
    trash_fields(&mut obj, block.in_trash, view.version);
    obj.insert("type".into(), json!(block.kind));
    obj.insert(block.kind.clone(), block.content.clone());
    Value::Object(obj)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(text: &str) -> Value {
        json!({"type": "paragraph", "paragraph": {"rich_text": [{"type": "text", "text": {"content": text}}]}})
    }

    #[test]
    fn common_types_get_notion_s_defaults() {
        let blocks = parse_children(
            &json!([
                para("a"),
                {"to_do": {"rich_text": []}},
                {"type": "heading_2", "heading_2": {"rich_text": [], "color": "red"}},
                {"type": "code", "code": {"rich_text": [], "language": "rust"}},
                {"type": "divider", "divider": {}},
            ]),
            "body.children",
        )
        .unwrap();
        let kinds: Vec<_> = blocks.iter().map(|b| b.kind.as_str()).collect();
        assert_eq!(
            kinds,
            ["paragraph", "to_do", "heading_2", "code", "divider"]
        );
        assert_eq!(blocks[0].content["color"], "default");
        assert_eq!(blocks[0].content["rich_text"][0]["plain_text"], "a");
        assert_eq!(blocks[1].content["checked"], false);
        assert_eq!(blocks[2].content["is_toggleable"], false);
        assert_eq!(blocks[2].content["color"], "red");
        assert_eq!(blocks[3].content["caption"], json!([]));
        assert_eq!(blocks[4].content, json!({}));
    }

    #[test]
    fn invalid_blocks_are_validation_errors() {
        for (body, needle) in [
            (json!({}), "body.children should be an array"),
            (
                json!([{"type": "nope", "nope": {}}]),
                "body.children[0].type",
            ),
            (
                json!([{"type": "paragraph"}]),
                "body.children[0].paragraph should be an object",
            ),
            (
                json!([{"paragraph": {}}]),
                "body.children[0].paragraph.rich_text",
            ),
            (json!([{"code": {"rich_text": []}}]), "language"),
            (
                json!([{"divider": {"children": [para("x")]}}]),
                "cannot have children",
            ),
            (
                json!([{"to_do": {"rich_text": [], "checked": "yes"}}]),
                "checked",
            ),
        ] {
            let e = parse_children(&body, "body.children").unwrap_err();
            assert_eq!(e.code.as_str(), "validation_error");
            assert!(e.message.contains(needle), "{body}: {}", e.message);
        }
        let many = Value::Array(vec![para("x"); 101]);
        assert!(parse_children(&many, "body.children").is_err());
    }

    #[test]
    fn two_levels_of_nesting_at_most() {
        let nest = |inner: Value| json!({"paragraph": {"rich_text": [], "children": [inner]}});
        let two = json!([nest(nest(para("leaf")))]);
        let blocks = parse_children(&two, "body.children").unwrap();
        assert_eq!(blocks[0].children[0].children[0].kind, "paragraph");
        let three = json!([nest(nest(nest(para("leaf"))))]);
        assert!(parse_children(&three, "body.children").is_err());
    }

    #[test]
    fn positions_by_version() {
        let id = "33333333-3333-4333-8333-333333333333";
        assert_eq!(position(&json!({}), true).unwrap(), Position::End);
        assert_eq!(
            position(&json!({"after": id}), true).unwrap(),
            Position::After(id.into())
        );
        assert!(position(&json!({"after": id}), false).is_err());
        assert_eq!(
            position(&json!({"position": {"type": "start"}}), false).unwrap(),
            Position::Start
        );
        assert_eq!(
            position(
                &json!({"position": {"type": "after_block", "after_block": {"id": id}}}),
                false
            )
            .unwrap(),
            Position::After(id.into())
        );
        assert!(position(&json!({"position": {"type": "middle"}}), true).is_err());
        assert!(position(&json!({"after": id, "position": {"type": "end"}}), true).is_err());
    }
}
