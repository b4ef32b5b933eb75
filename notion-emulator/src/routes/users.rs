//! `GET /v1/users/me`, `GET /v1/users`, `GET /v1/users/{id}`.

use std::sync::Arc;

use axum::extract::State;
use axum::response::Response;
use serde_json::json;

use crate::NotionEmulator;
use crate::call::Call;
use crate::error::ApiError;
use crate::render;

pub(crate) async fn me_route(State(emu): State<Arc<NotionEmulator>>, call: Call) -> Response {
    let store = emu.store();
    let bot = render::bot_user(&store, &emu.config().bot_name, &emu.config().workspace_name);
    drop(store);
    call.respond(Ok(bot))
}

pub(crate) async fn list_route(State(emu): State<Arc<NotionEmulator>>, call: Call) -> Response {
    let store = emu.store();
    let users = vec![
        render::person_user(&store),
        render::bot_user(&store, &emu.config().bot_name, &emu.config().workspace_name),
    ];
    drop(store);
    call.respond(Ok(json!({
        "object": "list", "results": users, "next_cursor": null, "has_more": false,
        "type": "user", "user": {},
    })))
}

pub(crate) async fn retrieve_route(State(emu): State<Arc<NotionEmulator>>, call: Call) -> Response {
    let result = (|| {
        let id = call.id_param(3, "user_id")?;
        let store = emu.store();
        if id == store.bot_user_id {
            Ok(render::bot_user(
                &store,
                &emu.config().bot_name,
                &emu.config().workspace_name,
            ))
        } else if id == store.person_user_id {
            Ok(render::person_user(&store))
        } else {
            Err(ApiError::not_found("user", &id))
        }
    })();
    call.respond(result)
}
