//! `/_sandbox/ghl/...`: change GHL records as a CRM user would (no auth, no rate limit, no
//! faults). Each change emits the same webhooks as the API. Bodies use the API's write shapes.
//!
//! Also `POST /_sandbox/oauth/tokens`, which mints an access token with chosen scopes and
//! location, for testing scope (401) and location (403) checks.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{post, put};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::app::{App, lock};
use crate::ghl::appointments::AppointmentInput;
use crate::ghl::auth::{Grant, LOCATION_SCOPES, UserType};
use crate::ghl::contacts::ContactInput;
use crate::ghl::errors::{GhlError, GhlResult};
use crate::ghl::extract::GhlJson;
use crate::ghl::notes::NoteInput;
use crate::ghl::opportunities::OpportunityInput;
use crate::ghl::tasks::TaskInput;

type Reply = GhlResult<(StatusCode, Json<Value>)>;

fn ok(status: StatusCode, key: &str, value: impl serde::Serialize) -> Reply {
    Ok((status, Json(json!({ key: value }))))
}

async fn create_contact(
    State(app): State<Arc<App>>,
    GhlJson(input): GhlJson<ContactInput>,
) -> Reply {
    ok(
        StatusCode::CREATED,
        "contact",
        app.write(|s| s.create_contact(&input))?,
    )
}

async fn update_contact(
    State(app): State<Arc<App>>,
    Path(id): Path<String>,
    GhlJson(input): GhlJson<ContactInput>,
) -> Reply {
    ok(
        StatusCode::OK,
        "contact",
        app.write(|s| s.update_contact(&id, &input))?,
    )
}

async fn delete_contact(State(app): State<Arc<App>>, Path(id): Path<String>) -> Reply {
    ok(
        StatusCode::OK,
        "contact",
        app.write(|s| s.delete_contact(&id))?,
    )
}

#[derive(Debug, Deserialize)]
struct Tags {
    tags: Vec<String>,
}

async fn add_tags(
    State(app): State<Arc<App>>,
    Path(id): Path<String>,
    GhlJson(b): GhlJson<Tags>,
) -> Reply {
    ok(
        StatusCode::OK,
        "tags",
        app.write(|s| s.add_tags(&id, &b.tags))?,
    )
}

async fn remove_tags(
    State(app): State<Arc<App>>,
    Path(id): Path<String>,
    GhlJson(b): GhlJson<Tags>,
) -> Reply {
    ok(
        StatusCode::OK,
        "tags",
        app.write(|s| s.remove_tags(&id, &b.tags))?,
    )
}

async fn create_opportunity(
    State(app): State<Arc<App>>,
    GhlJson(input): GhlJson<OpportunityInput>,
) -> Reply {
    let o = app.write(|s| {
        s.create_opportunity(&input)
            .map(|o| s.render_opportunity(&o))
    })?;
    ok(StatusCode::CREATED, "opportunity", o)
}

async fn update_opportunity(
    State(app): State<Arc<App>>,
    Path(id): Path<String>,
    GhlJson(input): GhlJson<OpportunityInput>,
) -> Reply {
    let o = app.write(|s| {
        s.update_opportunity(&id, &input)
            .map(|o| s.render_opportunity(&o))
    })?;
    ok(StatusCode::OK, "opportunity", o)
}

async fn delete_opportunity(State(app): State<Arc<App>>, Path(id): Path<String>) -> Reply {
    let o = app.write(|s| s.delete_opportunity(&id))?;
    ok(StatusCode::OK, "opportunity", o)
}

async fn create_task(
    State(app): State<Arc<App>>,
    Path(contact): Path<String>,
    GhlJson(input): GhlJson<TaskInput>,
) -> Reply {
    ok(
        StatusCode::CREATED,
        "task",
        app.write(|s| s.create_task(&contact, &input))?,
    )
}

async fn update_task(
    State(app): State<Arc<App>>,
    Path((contact, id)): Path<(String, String)>,
    GhlJson(input): GhlJson<TaskInput>,
) -> Reply {
    ok(
        StatusCode::OK,
        "task",
        app.write(|s| s.update_task(&contact, &id, &input))?,
    )
}

async fn delete_task(
    State(app): State<Arc<App>>,
    Path((contact, id)): Path<(String, String)>,
) -> Reply {
    ok(
        StatusCode::OK,
        "task",
        app.write(|s| s.delete_task(&contact, &id))?,
    )
}

async fn create_note(
    State(app): State<Arc<App>>,
    Path(contact): Path<String>,
    GhlJson(input): GhlJson<NoteInput>,
) -> Reply {
    ok(
        StatusCode::CREATED,
        "note",
        app.write(|s| s.create_note(&contact, &input))?,
    )
}

async fn update_note(
    State(app): State<Arc<App>>,
    Path((contact, id)): Path<(String, String)>,
    GhlJson(input): GhlJson<NoteInput>,
) -> Reply {
    ok(
        StatusCode::OK,
        "note",
        app.write(|s| s.update_note(&contact, &id, &input))?,
    )
}

async fn delete_note(
    State(app): State<Arc<App>>,
    Path((contact, id)): Path<(String, String)>,
) -> Reply {
    ok(
        StatusCode::OK,
        "note",
        app.write(|s| s.delete_note(&contact, &id))?,
    )
}

async fn create_appointment(
    State(app): State<Arc<App>>,
    GhlJson(input): GhlJson<AppointmentInput>,
) -> Reply {
    ok(
        StatusCode::CREATED,
        "event",
        app.write(|s| s.create_appointment(&input))?.to_json(),
    )
}

async fn update_appointment(
    State(app): State<Arc<App>>,
    Path(id): Path<String>,
    GhlJson(input): GhlJson<AppointmentInput>,
) -> Reply {
    ok(
        StatusCode::OK,
        "event",
        app.write(|s| s.update_appointment(&id, &input))?.to_json(),
    )
}

async fn delete_appointment(State(app): State<Arc<App>>, Path(id): Path<String>) -> Reply {
    ok(
        StatusCode::OK,
        "event",
        app.write(|s| s.delete_appointment(&id))?.to_json(),
    )
}

/// Body of `POST /_sandbox/oauth/tokens`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct MintBody {
    #[serde(default)]
    scopes: Option<Vec<String>>,
    #[serde(default)]
    location_id: Option<String>,
    #[serde(default)]
    user_type: Option<String>,
}

/// Mints an OAuth access + refresh token pair for the sandbox's app with chosen scopes and
/// location (default: all sub-account scopes on the sandbox location).
async fn mint_token(
    State(app): State<Arc<App>>,
    GhlJson(body): GhlJson<MintBody>,
) -> GhlResult<Json<Value>> {
    let user_type = match body.user_type.as_deref() {
        None | Some("Location") => UserType::Location,
        Some("Company") => UserType::Company,
        Some(other) => return Err(GhlError::invalid(format!("unknown userType {other}"))),
    };
    let grant = Grant {
        app: app.identity.oauth_client_id.clone(),
        user_type,
        company_id: app.identity.company_id.clone(),
        location_id: match user_type {
            UserType::Location => Some(
                body.location_id
                    .unwrap_or_else(|| app.identity.location_id.clone()),
            ),
            UserType::Company => None,
        },
        scopes: body
            .scopes
            .unwrap_or_else(|| LOCATION_SCOPES.iter().map(|s| (*s).to_owned()).collect()),
        user_id: app.read(|s| s.users.first().map(|u| u.id.clone()).unwrap_or_default()),
    };
    let now = app.clock.now_millis();
    let issued = lock(&app.tokens).mint_for_test(grant, now);
    Ok(Json(issued.token_response(now)))
}

/// The record routes.
pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/_sandbox/ghl/contacts", post(create_contact))
        .route(
            "/_sandbox/ghl/contacts/{id}",
            put(update_contact).delete(delete_contact),
        )
        .route(
            "/_sandbox/ghl/contacts/{id}/tags",
            post(add_tags).delete(remove_tags),
        )
        .route("/_sandbox/ghl/contacts/{id}/tasks", post(create_task))
        .route(
            "/_sandbox/ghl/contacts/{id}/tasks/{taskId}",
            put(update_task).delete(delete_task),
        )
        .route("/_sandbox/ghl/contacts/{id}/notes", post(create_note))
        .route(
            "/_sandbox/ghl/contacts/{id}/notes/{noteId}",
            put(update_note).delete(delete_note),
        )
        .route("/_sandbox/ghl/opportunities", post(create_opportunity))
        .route(
            "/_sandbox/ghl/opportunities/{id}",
            put(update_opportunity).delete(delete_opportunity),
        )
        .route("/_sandbox/oauth/tokens", post(mint_token))
        .route("/_sandbox/ghl/appointments", post(create_appointment))
        .route(
            "/_sandbox/ghl/appointments/{id}",
            put(update_appointment).delete(delete_appointment),
        )
}
