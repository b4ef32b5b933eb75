//! `PATCH /v1/blocks/{id}/children` (append) and `GET /v1/blocks/{id}/children` (list), where
//! the id is a block's or a page's (a page's content is its top-level blocks).

use std::sync::Arc;

use axum::extract::State;
use axum::response::Response;
use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use crate::NotionEmulator;
use crate::blocks::{self, Position};
use crate::call::Call;
use crate::error::ApiError;
use crate::store::{BlockParent, Store};

/// The page or block `id` names, if it may take children. Unknown ids are Notion's 404.
fn container(store: &Store, id: &str) -> Result<(BlockParent, bool), ApiError> {
    if let Some(page) = store.pages.get(id) {
        return Ok((BlockParent::Page(id.to_owned()), page.in_trash));
    }
    match store.blocks.get(id) {
        Some(block) => Ok((BlockParent::Block(id.to_owned()), block.in_trash)),
        None => Err(ApiError::not_found("block", id)),
    }
}

/// Applies an append body to `id`; returns the ids of the new first-level blocks.
pub(crate) fn append(
    store: &mut Store,
    id: &str,
    body: &Value,
    flat_after_allowed: bool,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Vec<String>, ApiError> {
    let (parent, in_trash) = container(store, id)?;
    let children = body.get("children").unwrap_or(&Value::Null);
    if children.is_null() {
        return Err(ApiError::invalid_field(
            "body.children",
            "defined",
            children,
        ));
    }
    let new = blocks::parse_children(children, "body.children")?;
    let position = blocks::position(body, flat_after_allowed)?;
    if in_trash {
        return Err(ApiError::validation(
            "Can't edit block that is archived. You must unarchive the block before editing.",
        ));
    }
    if let BlockParent::Block(block_id) = &parent
        && let Some(block) = store.blocks.get(block_id)
        && !blocks::may_hold_children(block)
    {
        return Err(ApiError::validation(format!(
            "Block type {} does not support children.",
            block.kind
        )));
    }
    if let Position::After(after) = &position
        && !store.children.get(id).is_some_and(|c| c.contains(after))
    {
        return Err(ApiError::validation(format!(
            "body failed validation: the block {after} given as the position is not a child of {id}."
        )));
    }
    let ids = blocks::insert(store, &parent, new, &position, actor, now);
    match &parent {
        BlockParent::Page(page_id) => {
            if let Some(page) = store.pages.get_mut(page_id) {
                page.last_edited_time = now;
                page.last_edited_by = actor.to_owned();
            }
        }
        BlockParent::Block(block_id) => {
            if let Some(block) = store.blocks.get_mut(block_id) {
                block.last_edited_time = now;
                block.last_edited_by = actor.to_owned();
            }
        }
    }
    Ok(ids)
}

/// A list object of blocks.
fn block_list(results: Vec<Value>, next_cursor: Option<String>) -> Value {
    json!({
        "object": "list",
        "results": results,
        "next_cursor": next_cursor,
        "has_more": next_cursor.is_some(),
        "type": "block",
        "block": {},
    })
}

/// `page_size` from the query string (1..=100, default 100).
fn page_size(call: &Call) -> Result<usize, ApiError> {
    let Some(raw) = call.query_values("page_size").pop() else {
        return Ok(100);
    };
    match raw.parse::<i64>() {
        Ok(n) if n > 100 => Err(ApiError::validation(format!(
            "query failed validation: query.page_size should be ≤ `100`, instead was `{n}`."
        ))),
        Ok(n) if n < 1 => Err(ApiError::validation(format!(
            "query failed validation: query.page_size should be ≥ `1`, instead was `{n}`."
        ))),
        Ok(n) => Ok(usize::try_from(n).unwrap_or(100)),
        Err(_) => Err(ApiError::validation(format!(
            "query failed validation: query.page_size should be a number, instead was `\"{raw}\"`."
        ))),
    }
}

/// One page of `id`'s children: `start_cursor` is the id of the first block to answer.
fn list(emu: &NotionEmulator, call: &Call, id: &str) -> Result<Value, ApiError> {
    let size = page_size(call)?;
    let cursor = call.query_values("start_cursor").pop();
    let store = emu.store();
    container(&store, id)?;
    let ids = store.children.get(id).cloned().unwrap_or_default();
    let start = match cursor {
        None => 0,
        Some(c) => crate::ids::normalize_uuid(&c)
            .and_then(|c| ids.iter().position(|i| *i == c))
            .ok_or_else(|| {
                ApiError::validation(format!(
                    "query failed validation: query.start_cursor should be a valid cursor, instead was `\"{c}\"`."
                ))
            })?,
    };
    let end = start.saturating_add(size).min(ids.len());
    let view = emu.view(call.version);
    let results = ids[start..end]
        .iter()
        .filter_map(|b| store.blocks.get(b))
        .map(|b| blocks::render(&store, b, view))
        .collect();
    Ok(block_list(results, ids.get(end).cloned()))
}

pub(crate) async fn append_route(State(emu): State<Arc<NotionEmulator>>, call: Call) -> Response {
    let result = (|| {
        let id = call.id_param(3, "block_id")?;
        let now = emu.now();
        let mut store = emu.store();
        let actor = store.bot_user_id.clone();
        let flat_after = call.version.has_archived();
        let ids = append(&mut store, &id, &call.body, flat_after, &actor, now)?;
        let view = emu.view(call.version);
        let results = ids
            .iter()
            .filter_map(|b| store.blocks.get(b))
            .map(|b| blocks::render(&store, b, view))
            .collect();
        Ok(block_list(results, None))
    })();
    call.respond(result)
}

pub(crate) async fn list_route(State(emu): State<Arc<NotionEmulator>>, call: Call) -> Response {
    let result = (|| {
        let id = call.id_param(3, "block_id")?;
        list(&emu, &call, &id)
    })();
    call.respond(result)
}
