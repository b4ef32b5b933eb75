//! Task endpoints: per contact (`apps/contacts.json`) and the location-wide search
//! (`apps/locations.json`).

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::{Extension, Json};
use serde::Deserialize;
use serde_json::{Value, json};

use super::contacts::check_owner;
use super::in_location;
use crate::app::App;
use crate::ghl::auth::{AuthClass, AuthContext};
use crate::ghl::errors::{GhlError, GhlResult};
use crate::ghl::extract::GhlJson;
use crate::ghl::tasks::TaskInput;

const READ: &str = "contacts.readonly";
const WRITE: &str = "contacts.write";

/// `GET /contacts/{contactId}/tasks` → `{tasks}`.
pub async fn list(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path(contact_id): Path<String>,
) -> GhlResult<Json<Value>> {
    auth.require(READ, AuthClass::Location)?;
    check_owner(&app, &auth, &contact_id)?;
    Ok(Json(app.read(|s| {
        let tasks: Vec<_> = s
            .tasks
            .values()
            .filter(|t| t.contact_id == contact_id)
            .collect();
        json!({ "tasks": tasks })
    })))
}

/// `POST /contacts/{contactId}/tasks` → 201 `{task}`.
pub async fn create(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path(contact_id): Path<String>,
    GhlJson(input): GhlJson<TaskInput>,
) -> GhlResult<(StatusCode, Json<Value>)> {
    auth.require(WRITE, AuthClass::Location)?;
    check_owner(&app, &auth, &contact_id)?;
    let t = app.write(|s| s.create_task(&contact_id, &input))?;
    Ok((StatusCode::CREATED, Json(json!({"task": t}))))
}

/// `GET /contacts/{contactId}/tasks/{taskId}` → `{task}`.
pub async fn get(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path((contact_id, task_id)): Path<(String, String)>,
) -> GhlResult<Json<Value>> {
    auth.require(READ, AuthClass::Location)?;
    check_owner(&app, &auth, &contact_id)?;
    app.read(|s| Ok(Json(json!({"task": s.task(&contact_id, &task_id)?}))))
}

/// `PUT /contacts/{contactId}/tasks/{taskId}` → `{task}`.
pub async fn update(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path((contact_id, task_id)): Path<(String, String)>,
    GhlJson(input): GhlJson<TaskInput>,
) -> GhlResult<Json<Value>> {
    auth.require(WRITE, AuthClass::Location)?;
    check_owner(&app, &auth, &contact_id)?;
    let t = app.write(|s| s.update_task(&contact_id, &task_id, &input))?;
    Ok(Json(json!({"task": t})))
}

/// Body of `PUT …/completed` (`UpdateTaskStatusParams`).
#[derive(Debug, Deserialize)]
pub struct CompletedBody {
    completed: Option<bool>,
}

/// `PUT /contacts/{contactId}/tasks/{taskId}/completed` → `{task}`.
pub async fn set_completed(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path((contact_id, task_id)): Path<(String, String)>,
    GhlJson(body): GhlJson<CompletedBody>,
) -> GhlResult<Json<Value>> {
    auth.require(WRITE, AuthClass::Location)?;
    let completed = body
        .completed
        .ok_or_else(|| GhlError::invalid("completed must be a boolean value"))?;
    check_owner(&app, &auth, &contact_id)?;
    let input = TaskInput {
        completed: Some(completed),
        ..TaskInput::default()
    };
    let t = app.write(|s| s.update_task(&contact_id, &task_id, &input))?;
    Ok(Json(json!({"task": t})))
}

/// `DELETE /contacts/{contactId}/tasks/{taskId}` → `{succeded}`.
pub async fn delete(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path((contact_id, task_id)): Path<(String, String)>,
) -> GhlResult<Json<Value>> {
    auth.require(WRITE, AuthClass::Location)?;
    check_owner(&app, &auth, &contact_id)?;
    app.write(|s| s.delete_task(&contact_id, &task_id))?;
    Ok(Json(json!({"succeded": true})))
}

/// Body of the location-wide search (`TaskSearchParamsDto`).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskSearchBody {
    #[serde(default)]
    contact_id: Option<Vec<String>>,
    #[serde(default)]
    completed: Option<bool>,
    #[serde(default)]
    assigned_to: Option<Vec<String>>,
    #[serde(default)]
    query: Option<String>,
    #[serde(default)]
    limit: Option<u64>,
    #[serde(default)]
    skip: Option<u64>,
}

/// `POST /locations/{locationId}/tasks/search` → `{tasks}` (due date order).
pub async fn search(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path(location_id): Path<String>,
    GhlJson(body): GhlJson<TaskSearchBody>,
) -> GhlResult<Json<Value>> {
    auth.require("locations/tasks.readonly", AuthClass::Location)?;
    in_location(&app, &auth, &location_id)?;
    let limit = usize::try_from(body.limit.unwrap_or(25)).unwrap_or(25);
    let skip = usize::try_from(body.skip.unwrap_or(0)).unwrap_or(0);
    let needle = body
        .query
        .as_deref()
        .map(str::to_lowercase)
        .filter(|q| !q.is_empty());
    Ok(Json(app.read(|s| {
        let mut tasks: Vec<_> = s
            .tasks
            .values()
            .filter(|t| {
                s.contacts
                    .get(&t.contact_id)
                    .is_some_and(|c| c.location_id == location_id)
            })
            .filter(|t| {
                body.contact_id
                    .as_ref()
                    .is_none_or(|ids| ids.contains(&t.contact_id))
            })
            .filter(|t| body.completed.is_none_or(|c| t.completed == c))
            .filter(|t| {
                body.assigned_to
                    .as_ref()
                    .is_none_or(|ids| t.assigned_to.as_ref().is_some_and(|a| ids.contains(a)))
            })
            .filter(|t| {
                needle.as_deref().is_none_or(|q| {
                    t.title.to_lowercase().contains(q)
                        || t.body
                            .as_deref()
                            .is_some_and(|b| b.to_lowercase().contains(q))
                })
            })
            .collect();
        tasks.sort_by(|a, b| (a.due_date, &a.id).cmp(&(b.due_date, &b.id)));
        let page: Vec<_> = tasks.into_iter().skip(skip).take(limit).collect();
        json!({ "tasks": page })
    })))
}
