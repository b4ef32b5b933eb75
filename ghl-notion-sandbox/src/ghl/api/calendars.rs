//! Appointment reads: `GET /calendars/events` and `GET /calendars/events/appointments/{id}`
//! (`apps/calendars.json`, `Version: 2021-04-15`), and a contact's appointments
//! (`apps/contacts.json`, `Version: 2021-07-28`).

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::{Extension, Json};
use serde::Deserialize;
use serde_json::{Value, json};

use super::contacts::check_owner;
use super::{in_location, owns};
use crate::app::App;
use crate::ghl::auth::{AuthClass, AuthContext};
use crate::ghl::errors::{GhlError, GhlResult};
use crate::ghl::extract::{GhlQuery, number, required};

const READ: &str = "calendars/events.readonly";

/// Query of `GET /calendars/events`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventsQuery {
    location_id: Option<String>,
    start_time: Option<String>,
    end_time: Option<String>,
    calendar_id: Option<String>,
    user_id: Option<String>,
    group_id: Option<String>,
}

/// `GET /calendars/events`: appointments starting within `[startTime, endTime]` (epoch millis
/// as strings, both required) of one calendar, user or group.
pub async fn events(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    GhlQuery(q): GhlQuery<EventsQuery>,
) -> GhlResult<Json<Value>> {
    auth.require(READ, AuthClass::Location)?;
    let loc = required("locationId", q.location_id.as_deref())?;
    let start = number(
        "startTime",
        Some(required("startTime", q.start_time.as_deref())?),
    )?;
    let end = number("endTime", Some(required("endTime", q.end_time.as_deref())?))?;
    if q.calendar_id.is_none() && q.user_id.is_none() && q.group_id.is_none() {
        return Err(GhlError::invalid(
            "One of calendarId, userId or groupId must be provided",
        ));
    }
    in_location(&app, &auth, loc)?;
    let (start, end) = (start.unwrap_or(0), end.unwrap_or(i64::MAX));
    Ok(Json(app.read(|s| {
        let mut list: Vec<_> = s
            .appointments
            .values()
            .filter(|a| a.location_id == loc)
            .filter(|a| {
                let t = a.start_time.timestamp_millis();
                t >= start && t <= end
            })
            .filter(|a| q.calendar_id.as_ref().is_none_or(|c| &a.calendar_id == c))
            .filter(|a| q.group_id.as_ref().is_none_or(|g| &a.group_id == g))
            .filter(|a| {
                q.user_id
                    .as_ref()
                    .is_none_or(|u| &a.assigned_user_id == u || a.users.contains(u))
            })
            .collect();
        list.sort_by(|a, b| (a.start_time, &a.id).cmp(&(b.start_time, &b.id)));
        json!({ "events": list.iter().map(|a| a.to_json()).collect::<Vec<_>>() })
    })))
}

/// `GET /calendars/events/appointments/{eventId}` → `{event}`.
pub async fn get(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path(id): Path<String>,
) -> GhlResult<Json<Value>> {
    auth.require(READ, AuthClass::Location)?;
    app.read(|s| {
        let a = s.appointment(&id)?;
        owns(&app, &auth, &a.location_id, || {
            GhlError::not_found("Appointment", &id)
        })?;
        Ok(Json(json!({"event": a.to_json()})))
    })
}

/// `GET /contacts/{contactId}/appointments` → `{events}`.
pub async fn for_contact(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path(contact_id): Path<String>,
) -> GhlResult<Json<Value>> {
    auth.require("contacts.readonly", AuthClass::Location)?;
    check_owner(&app, &auth, &contact_id)?;
    Ok(Json(app.read(|s| {
        let mut list: Vec<_> = s
            .appointments
            .values()
            .filter(|a| a.contact_id == contact_id)
            .collect();
        list.sort_by(|a, b| (a.start_time, &a.id).cmp(&(b.start_time, &b.id)));
        json!({ "events": list.iter().map(|a| a.to_contact_json()).collect::<Vec<_>>() })
    })))
}
