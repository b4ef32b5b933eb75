//! Opportunity and pipeline endpoints (`apps/opportunities.json`, `Version: 2021-07-28`).
//! Note the spec's mixed naming: search takes `location_id`, pipelines take `locationId`.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::{Extension, Json};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{in_location, owns};
use crate::app::App;
use crate::ghl::auth::{AuthClass, AuthContext};
use crate::ghl::errors::{GhlError, GhlResult};
use crate::ghl::extract::{GhlJson, GhlQuery, number, required};
use crate::ghl::opportunities::{OpportunityInput, STATUSES};

const READ: &str = "opportunities.readonly";
const WRITE: &str = "opportunities.write";

/// Query of `GET /opportunities/search`.
#[derive(Debug, Deserialize)]
#[allow(missing_docs)]
pub struct SearchQuery {
    location_id: Option<String>,
    q: Option<String>,
    pipeline_id: Option<String>,
    pipeline_stage_id: Option<String>,
    contact_id: Option<String>,
    status: Option<String>,
    assigned_to: Option<String>,
    id: Option<String>,
    order: Option<String>,
    date: Option<String>,
    #[serde(rename = "endDate")]
    end_date: Option<String>,
    #[serde(rename = "startAfter")]
    start_after: Option<String>,
    #[serde(rename = "startAfterId")]
    start_after_id: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

fn mdy(name: &str, raw: Option<&str>) -> GhlResult<Option<i64>> {
    raw.filter(|s| !s.is_empty())
        .map(|s| {
            NaiveDate::parse_from_str(s, "%m-%d-%Y")
                .ok()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(|d| d.and_utc().timestamp_millis())
                .ok_or_else(|| {
                    GhlError::invalid(format!("{name} must be a date in mm-dd-yyyy format"))
                })
        })
        .transpose()
}

/// `GET /opportunities/search`: filters, `order` (`added_asc` or `added_desc`, the default),
/// `startAfter`/`startAfterId` cursor or `page`.
pub async fn search(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    headers: HeaderMap,
    GhlQuery(q): GhlQuery<SearchQuery>,
) -> GhlResult<Json<Value>> {
    auth.require(READ, AuthClass::Location)?;
    let loc = required("location_id", q.location_id.as_deref())?;
    in_location(&app, &auth, loc)?;
    let limit = number("limit", q.limit.as_deref())?.unwrap_or(20);
    if !(1..=100).contains(&limit) {
        return Err(GhlError::invalid("limit must not be greater than 100"));
    }
    let page = number("page", q.page.as_deref())?.unwrap_or(1).max(1);
    let start_after = number("startAfter", q.start_after.as_deref())?;
    let status = q.status.as_deref().filter(|s| *s != "all");
    if let Some(s) = status
        && !STATUSES.contains(&s)
    {
        return Err(GhlError::invalid(
            "status must be one of: open, won, lost, abandoned, all",
        ));
    }
    let ascending = match q.order.as_deref() {
        None | Some("added_desc") => false,
        Some("added_asc") => true,
        Some(other) => return Err(GhlError::invalid(format!("order {other} is not supported"))),
    };
    let from = mdy("date", q.date.as_deref())?;
    let to = mdy("endDate", q.end_date.as_deref())?.map(|t| t + 86_400_000);
    let needle =
        q.q.as_deref()
            .map(str::to_lowercase)
            .filter(|s| !s.is_empty());
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1")
        .to_owned();

    app.read(|s| {
        let eq = |want: &Option<String>, have: &str| want.as_deref().is_none_or(|w| w == have);
        let mut hits: Vec<_> = s
            .opportunities
            .values()
            .filter(|o| o.location_id == loc)
            .filter(|o| eq(&q.pipeline_id, &o.pipeline_id))
            .filter(|o| eq(&q.pipeline_stage_id, &o.pipeline_stage_id))
            .filter(|o| eq(&q.contact_id, &o.contact_id))
            .filter(|o| eq(&q.id, &o.id))
            .filter(|o| status.is_none_or(|st| o.status == st))
            .filter(|o| {
                q.assigned_to
                    .as_deref()
                    .is_none_or(|a| o.assigned_to.as_deref() == Some(a))
            })
            .filter(|o| {
                let t = o.created_at.timestamp_millis();
                from.is_none_or(|f| t >= f) && to.is_none_or(|e| t < e)
            })
            .filter(|o| {
                needle.as_deref().is_none_or(|n| {
                    let c = s.contacts.get(&o.contact_id);
                    o.name.to_lowercase().contains(n)
                        || c.is_some_and(|c| {
                            [&c.name, &c.email, &c.phone, &c.company_name]
                                .iter()
                                .any(|f| f.as_deref().is_some_and(|v| v.to_lowercase().contains(n)))
                        })
                })
            })
            .collect();
        hits.sort_by(|a, b| {
            let o = (a.created_at, &a.id).cmp(&(b.created_at, &b.id));
            if ascending { o } else { o.reverse() }
        });
        let total = hits.len();
        let limit = usize::try_from(limit).unwrap_or(20);
        let position = match start_after {
            Some(ms) => hits.partition_point(|o| {
                let key = (o.created_at.timestamp_millis(), o.id.as_str());
                let cursor = (ms, q.start_after_id.as_deref().unwrap_or(if ascending { "\u{10FFFF}" } else { "" }));
                if ascending { key <= cursor } else { key >= cursor }
            }),
            None => usize::try_from(page - 1).unwrap_or(0).saturating_mul(limit),
        };
        let items: Vec<Value> = hits
            .iter()
            .skip(position)
            .take(limit)
            .map(|o| s.render_opportunity(o))
            .collect();
        let current = position / limit + 1;
        let mut meta = json!({"total": total, "currentPage": current});
        let end = position + items.len();
        if let Some(last) = end.checked_sub(1).and_then(|i| hits.get(i)).filter(|_| end < total && !items.is_empty()) {
            let ms = last.created_at.timestamp_millis();
            meta["startAfter"] = json!(ms);
            meta["startAfterId"] = json!(last.id);
            meta["nextPage"] = json!(current + 1);
            meta["nextPageUrl"] = json!(format!(
                "http://{host}/opportunities/search?location_id={loc}&startAfter={ms}&startAfterId={}&limit={limit}",
                last.id
            ));
        }
        if current > 1 {
            meta["prevPage"] = json!(current - 1);
        }
        Ok(Json(json!({"opportunities": items, "meta": meta, "aggregations": {}})))
    })
}

/// Query of `GET /opportunities/pipelines`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PipelinesQuery {
    location_id: Option<String>,
}

/// `GET /opportunities/pipelines?locationId=`.
pub async fn pipelines(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    GhlQuery(q): GhlQuery<PipelinesQuery>,
) -> GhlResult<Json<Value>> {
    auth.require(READ, AuthClass::Location)?;
    let loc = required("locationId", q.location_id.as_deref())?;
    in_location(&app, &auth, loc)?;
    Ok(Json(app.read(|s| {
        let list: Vec<_> = s
            .pipelines
            .iter()
            .filter(|p| p.location_id == loc)
            .collect();
        json!({ "pipelines": list })
    })))
}

/// 404 for an unknown opportunity or one in another of the agency's locations.
fn check_owner(app: &App, auth: &AuthContext, id: &str) -> GhlResult<()> {
    let loc = app.read(|s| s.opportunity(id).map(|o| o.location_id.clone()))?;
    owns(app, auth, &loc, || GhlError::not_found("Opportunity", id))
}

/// `GET /opportunities/{id}` → `{opportunity}`.
pub async fn get(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path(id): Path<String>,
) -> GhlResult<Json<Value>> {
    auth.require(READ, AuthClass::Location)?;
    check_owner(&app, &auth, &id)?;
    app.read(|s| {
        let o = s.opportunity(&id)?;
        Ok(Json(json!({"opportunity": s.render_opportunity(o)})))
    })
}

/// `POST /opportunities/` → 201 `{opportunity}`.
pub async fn create(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    GhlJson(input): GhlJson<OpportunityInput>,
) -> GhlResult<(StatusCode, Json<Value>)> {
    auth.require(WRITE, AuthClass::Location)?;
    let loc = required("locationId", input.location_id.as_deref())?;
    in_location(&app, &auth, loc)?;
    let o = app.write(|s| {
        s.create_opportunity(&input)
            .map(|o| s.render_opportunity(&o))
    })?;
    Ok((StatusCode::CREATED, Json(json!({"opportunity": o}))))
}

/// `PUT /opportunities/{id}` → `{opportunity}`.
pub async fn update(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path(id): Path<String>,
    GhlJson(input): GhlJson<OpportunityInput>,
) -> GhlResult<Json<Value>> {
    auth.require(WRITE, AuthClass::Location)?;
    check_owner(&app, &auth, &id)?;
    let o = app.write(|s| {
        s.update_opportunity(&id, &input)
            .map(|o| s.render_opportunity(&o))
    })?;
    Ok(Json(json!({"opportunity": o})))
}

/// Body of the status endpoint (`UpdateStatusDto`).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StatusBody {
    status: Option<String>,
    lost_reason_id: Option<String>,
}

/// `PUT /opportunities/{id}/status` → `{succeded}`.
pub async fn set_status(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path(id): Path<String>,
    GhlJson(body): GhlJson<StatusBody>,
) -> GhlResult<Json<Value>> {
    auth.require(WRITE, AuthClass::Location)?;
    let status = required("status", body.status.as_deref())?.to_owned();
    check_owner(&app, &auth, &id)?;
    app.write(|s| s.set_opportunity_status(&id, &status, body.lost_reason_id))?;
    Ok(Json(json!({"succeded": true})))
}

/// `POST /opportunities/upsert` → `{opportunity, new}`.
pub async fn upsert(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    GhlJson(input): GhlJson<OpportunityInput>,
) -> GhlResult<Json<Value>> {
    auth.require(WRITE, AuthClass::Location)?;
    let loc = required("locationId", input.location_id.as_deref())?;
    required("pipelineId", input.pipeline_id.as_deref())?;
    in_location(&app, &auth, loc)?;
    let (new, o) = app.write(|s| {
        s.upsert_opportunity(&input)
            .map(|(new, o)| (new, s.render_opportunity(&o)))
    })?;
    Ok(Json(json!({"opportunity": o, "new": new})))
}

/// `DELETE /opportunities/{id}` → `{succeded}`.
pub async fn delete(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    Path(id): Path<String>,
) -> GhlResult<Json<Value>> {
    auth.require(WRITE, AuthClass::Location)?;
    check_owner(&app, &auth, &id)?;
    app.write(|s| s.delete_opportunity(&id))?;
    Ok(Json(json!({"succeded": true})))
}
