//! Note endpoints (`apps/contacts.json`).

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::{Extension, Json};
use serde_json::{Value, json};

use super::contacts::check_owner;
use crate::app::App;
use crate::ghl::auth::{AuthClass, AuthContext};
use crate::ghl::errors::GhlResult;
use crate::ghl::extract::GhlJson;
use crate::ghl::notes::NoteInput;

const READ: &str = "contacts.readonly";
const WRITE: &str = "contacts.write";

/// `GET /contacts/{contactId}/notes` → `{notes}`, newest first.
pub async fn list(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path(contact_id): Path<String>,
) -> GhlResult<Json<Value>> {
    auth.require(READ, AuthClass::Location)?;
    check_owner(&app, &auth, &contact_id)?;
    Ok(Json(app.read(|s| {
        let mut notes: Vec<_> = s
            .notes
            .values()
            .filter(|n| n.contact_id == contact_id)
            .collect();
        notes.sort_by(|a, b| (b.date_added, &b.id).cmp(&(a.date_added, &a.id)));
        json!({ "notes": notes })
    })))
}

/// `POST /contacts/{contactId}/notes` → 201 `{note}`.
pub async fn create(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path(contact_id): Path<String>,
    GhlJson(input): GhlJson<NoteInput>,
) -> GhlResult<(StatusCode, Json<Value>)> {
    auth.require(WRITE, AuthClass::Location)?;
    check_owner(&app, &auth, &contact_id)?;
    let n = app.write(|s| s.create_note(&contact_id, &input))?;
    Ok((StatusCode::CREATED, Json(json!({"note": n}))))
}

/// `GET /contacts/{contactId}/notes/{id}` → `{note}`.
pub async fn get(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path((contact_id, id)): Path<(String, String)>,
) -> GhlResult<Json<Value>> {
    auth.require(READ, AuthClass::Location)?;
    check_owner(&app, &auth, &contact_id)?;
    app.read(|s| Ok(Json(json!({"note": s.note(&contact_id, &id)?}))))
}

/// `PUT /contacts/{contactId}/notes/{id}` → `{note}`.
pub async fn update(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path((contact_id, id)): Path<(String, String)>,
    GhlJson(input): GhlJson<NoteInput>,
) -> GhlResult<Json<Value>> {
    auth.require(WRITE, AuthClass::Location)?;
    check_owner(&app, &auth, &contact_id)?;
    let n = app.write(|s| s.update_note(&contact_id, &id, &input))?;
    Ok(Json(json!({"note": n})))
}

/// `DELETE /contacts/{contactId}/notes/{id}` → `{succeded}`.
pub async fn delete(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path((contact_id, id)): Path<(String, String)>,
) -> GhlResult<Json<Value>> {
    auth.require(WRITE, AuthClass::Location)?;
    check_owner(&app, &auth, &contact_id)?;
    app.write(|s| s.delete_note(&contact_id, &id))?;
    Ok(Json(json!({"succeded": true})))
}
