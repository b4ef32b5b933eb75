//! Contact endpoints (`apps/contacts.json`, `Version: 2021-07-28`).

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::{Extension, Json};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{in_location, owns, trace_id};
use crate::app::App;
use crate::ghl::auth::{AuthClass, AuthContext};
use crate::ghl::contact_search::{self, SearchBody};
use crate::ghl::contacts::ContactInput;
use crate::ghl::errors::{GhlError, GhlResult};
use crate::ghl::extract::{GhlJson, GhlQuery, number, required};

const READ: &str = "contacts.readonly";
const WRITE: &str = "contacts.write";

/// `POST /contacts/search`.
pub async fn search(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    GhlJson(body): GhlJson<SearchBody>,
) -> GhlResult<Json<Value>> {
    auth.require(READ, AuthClass::Location)?;
    let loc = required("locationId", body.location_id.as_deref())?;
    in_location(&app, &auth, loc)?;
    let page = app.read(|s| {
        contact_search::search(s.contacts.values().filter(|c| c.location_id == loc), &body)
    })?;
    Ok(Json(
        json!({"contacts": page.contacts, "total": page.total}),
    ))
}

/// Query of the deprecated list.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListQuery {
    location_id: Option<String>,
    limit: Option<String>,
    start_after: Option<String>,
    start_after_id: Option<String>,
    query: Option<String>,
}

/// `GET /contacts/` (deprecated): `startAfter`/`startAfterId` cursor, oldest first.
pub async fn list(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    headers: HeaderMap,
    GhlQuery(q): GhlQuery<ListQuery>,
) -> GhlResult<Json<Value>> {
    auth.require(READ, AuthClass::Location)?;
    let loc = required("locationId", q.location_id.as_deref())?;
    in_location(&app, &auth, loc)?;
    let limit = number("limit", q.limit.as_deref())?.unwrap_or(20);
    if !(1..=100).contains(&limit) {
        return Err(GhlError::invalid("limit must not be greater than 100"));
    }
    let start_after = number("startAfter", q.start_after.as_deref())?;
    let needle = q
        .query
        .as_deref()
        .map(str::to_lowercase)
        .filter(|s| !s.is_empty());
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1");
    app.read(|s| {
        let mut all: Vec<_> = s
            .contacts
            .values()
            .filter(|c| c.location_id == loc)
            .filter(|c| {
                needle.as_deref().is_none_or(|n| {
                    [&c.name, &c.email, &c.phone, &c.company_name]
                        .iter()
                        .any(|f| f.as_deref().is_some_and(|v| v.to_lowercase().contains(n)))
                })
            })
            .collect();
        all.sort_by(|a, b| (a.date_added, &a.id).cmp(&(b.date_added, &b.id)));
        let position = match start_after {
            Some(ms) => all.partition_point(|c| {
                let t = c.date_added.timestamp_millis();
                t < ms || (t == ms && q.start_after_id.as_deref().is_none_or(|id| c.id.as_str() <= id))
            }),
            None => 0,
        };
        let limit = usize::try_from(limit).unwrap_or(20);
        let page: Vec<Value> = all.iter().skip(position).take(limit).map(|c| c.to_json()).collect();
        let total = all.len();
        let current = position / limit + 1;
        let mut meta = json!({"total": total, "currentPage": current});
        let end = position + page.len();
        let more = end < all.len();
        if let Some(last) = end.checked_sub(1).and_then(|i| all.get(i)).filter(|_| more && !page.is_empty()) {
            let ms = last.date_added.timestamp_millis();
            meta["startAfter"] = json!(ms);
            meta["startAfterId"] = json!(last.id);
            meta["nextPage"] = json!(current + 1);
            meta["nextPageUrl"] = json!(format!(
                "http://{host}/contacts/?locationId={loc}&startAfter={ms}&startAfterId={}&limit={limit}",
                last.id
            ));
        }
        if current > 1 {
            meta["prevPage"] = json!(current - 1);
        }
        Ok(Json(json!({"contacts": page, "count": total, "meta": meta})))
    })
}

/// `GET /contacts/{contactId}`.
pub async fn get(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path(id): Path<String>,
) -> GhlResult<Json<Value>> {
    auth.require(READ, AuthClass::Location)?;
    app.read(|s| {
        let c = s.contact(&id)?;
        owns(&app, &auth, &c.location_id, || {
            GhlError::not_found("Contact", &id)
        })?;
        Ok(Json(json!({"contact": c})))
    })
}

/// `POST /contacts/` → 201 `{contact}`.
pub async fn create(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    GhlJson(input): GhlJson<ContactInput>,
) -> GhlResult<(StatusCode, Json<Value>)> {
    auth.require(WRITE, AuthClass::Location)?;
    let loc = required("locationId", input.location_id.as_deref())?;
    in_location(&app, &auth, loc)?;
    let c = app.write(|s| s.create_contact(&input))?;
    Ok((StatusCode::CREATED, Json(json!({"contact": c}))))
}

/// `PUT /contacts/{contactId}` → `{succeded, contact}` (GHL's spelling).
pub async fn update(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path(id): Path<String>,
    GhlJson(input): GhlJson<ContactInput>,
) -> GhlResult<Json<Value>> {
    auth.require(WRITE, AuthClass::Location)?;
    check_owner(&app, &auth, &id)?;
    let c = app.write(|s| s.update_contact(&id, &input))?;
    Ok(Json(json!({"succeded": true, "contact": c})))
}

/// `DELETE /contacts/{contactId}` → `{succeded}`.
pub async fn delete(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path(id): Path<String>,
) -> GhlResult<Json<Value>> {
    auth.require(WRITE, AuthClass::Location)?;
    check_owner(&app, &auth, &id)?;
    app.write(|s| s.delete_contact(&id))?;
    Ok(Json(json!({"succeded": true})))
}

/// `POST /contacts/upsert` → `{new, contact, traceId}`.
pub async fn upsert(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    GhlJson(input): GhlJson<ContactInput>,
) -> GhlResult<Json<Value>> {
    auth.require(WRITE, AuthClass::Location)?;
    let loc = required("locationId", input.location_id.as_deref())?;
    in_location(&app, &auth, loc)?;
    let (new, c) = app.write(|s| s.upsert_contact(&input))?;
    Ok(Json(
        json!({"new": new, "contact": c, "traceId": trace_id(&app)}),
    ))
}

/// Body of the tag endpoints (`TagsDTO`).
#[derive(Debug, Deserialize)]
pub struct TagsBody {
    tags: Option<Vec<String>>,
}

fn tags_of(body: &TagsBody) -> GhlResult<&[String]> {
    body.tags
        .as_deref()
        .ok_or_else(|| GhlError::invalid("tags must be an array"))
}

/// `POST /contacts/{contactId}/tags` → 201 `{tags}`.
pub async fn add_tags(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path(id): Path<String>,
    GhlJson(body): GhlJson<TagsBody>,
) -> GhlResult<(StatusCode, Json<Value>)> {
    auth.require(WRITE, AuthClass::Location)?;
    let tags = tags_of(&body)?;
    check_owner(&app, &auth, &id)?;
    let all = app.write(|s| s.add_tags(&id, tags))?;
    Ok((StatusCode::CREATED, Json(json!({"tags": all}))))
}

/// `DELETE /contacts/{contactId}/tags` (JSON body) → `{tags}`.
pub async fn remove_tags(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path(id): Path<String>,
    GhlJson(body): GhlJson<TagsBody>,
) -> GhlResult<Json<Value>> {
    auth.require(WRITE, AuthClass::Location)?;
    let tags = tags_of(&body)?;
    check_owner(&app, &auth, &id)?;
    let left = app.write(|s| s.remove_tags(&id, tags))?;
    Ok(Json(json!({"tags": left})))
}

/// 404 for an unknown contact or one in another of the agency's locations (see [`owns`]).
pub fn check_owner(app: &App, auth: &AuthContext, contact_id: &str) -> GhlResult<()> {
    let loc = app.read(|s| s.contact(contact_id).map(|c| c.location_id.clone()))?;
    owns(app, auth, &loc, || {
        GhlError::not_found("Contact", contact_id)
    })
}
