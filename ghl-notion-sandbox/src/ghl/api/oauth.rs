//! OAuth (`apps/oauth.json`): the authorize page, the token endpoint with rotating refresh
//! tokens, agency → location tokens and installed locations.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde::Deserialize;
use serde_json::{Value, json};

use super::in_location;
use crate::app::{App, lock};
use crate::clock::iso;
use crate::ghl::auth::{AuthClass, AuthContext, UserType};
use crate::ghl::errors::{GhlError, GhlResult};
use crate::ghl::extract::{GhlForm, GhlQuery, required};

/// Query of the authorize page.
#[derive(Debug, Deserialize)]
pub struct AuthorizeQuery {
    response_type: Option<String>,
    client_id: Option<String>,
    redirect_uri: Option<String>,
    scope: Option<String>,
    state: Option<String>,
}

/// `GET /v2/oauth/chooselocation`: approves the sandbox location at once and redirects to
/// `redirect_uri?code=…` (plus `state` when given).
pub async fn choose_location(
    State(app): State<Arc<App>>,
    GhlQuery(q): GhlQuery<AuthorizeQuery>,
) -> GhlResult<Response> {
    if q.response_type.as_deref() != Some("code") {
        return Err(GhlError::BadRequest("response_type must be code".into()));
    }
    let client_id = required("client_id", q.client_id.as_deref())?;
    let redirect = required("redirect_uri", q.redirect_uri.as_deref())?;
    let mut target = url::Url::parse(redirect)
        .map_err(|_| GhlError::BadRequest("redirect_uri is not a valid URL".into()))?;
    let scopes: Vec<String> = q
        .scope
        .as_deref()
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    let now = app.clock.now_millis();
    let code = lock(&app.tokens).issue_code(client_id, redirect, scopes, now)?;
    target.query_pairs_mut().append_pair("code", &code);
    if let Some(state) = &q.state {
        target.query_pairs_mut().append_pair("state", state);
    }
    Ok((StatusCode::FOUND, [(header::LOCATION, target.to_string())]).into_response())
}

/// Body of `POST /oauth/token` (`GetAccessCodebodyDto`).
#[derive(Debug, Deserialize)]
pub struct TokenForm {
    client_id: Option<String>,
    client_secret: Option<String>,
    grant_type: Option<String>,
    code: Option<String>,
    refresh_token: Option<String>,
    user_type: Option<String>,
    redirect_uri: Option<String>,
}

/// `POST /oauth/token` (form-encoded): `authorization_code` or `refresh_token`.
pub async fn token(
    State(app): State<Arc<App>>,
    GhlForm(form): GhlForm<TokenForm>,
) -> GhlResult<Json<Value>> {
    let mut missing = Vec::new();
    for (name, v) in [
        ("client_id", &form.client_id),
        ("client_secret", &form.client_secret),
        ("grant_type", &form.grant_type),
    ] {
        if v.as_deref().is_none_or(str::is_empty) {
            missing.push(format!("{name} should not be empty"));
        }
    }
    if !missing.is_empty() {
        return Err(GhlError::Unprocessable(missing));
    }
    let client_id = form.client_id.as_deref().unwrap_or_default();
    let user_type = match form.user_type.as_deref() {
        None | Some("Location") => UserType::Location,
        Some("Company") => UserType::Company,
        Some(_) => {
            return Err(GhlError::invalid(
                "user_type must be one of: Company, Location",
            ));
        }
    };
    let now = app.clock.now_millis();
    let mut tokens = lock(&app.tokens);
    tokens.check_client(client_id, form.client_secret.as_deref().unwrap_or_default())?;
    let issued = match form.grant_type.as_deref() {
        Some("authorization_code") => {
            let code = required("code", form.code.as_deref())?;
            tokens.exchange_code(
                code,
                client_id,
                form.redirect_uri.as_deref(),
                user_type,
                now,
            )?
        }
        Some("refresh_token") => {
            let rt = required("refresh_token", form.refresh_token.as_deref())?;
            tokens.refresh(rt, client_id, now)?
        }
        Some(other) => {
            return Err(GhlError::OAuth {
                error: "unsupported_grant_type",
                message: format!("grant_type {other} is not supported by the sandbox"),
            });
        }
        None => return Err(GhlError::invalid("grant_type should not be empty")),
    };
    let mut body = issued.token_response(now);
    if issued.grant.user_type == UserType::Company {
        let approved: Vec<&str> = app
            .identity
            .locations
            .iter()
            .map(|l| l.id.as_str())
            .collect();
        body["approvedLocations"] = json!(approved);
    }
    Ok(Json(body))
}

/// Body of `POST /oauth/locationToken`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LocationTokenForm {
    company_id: Option<String>,
    location_id: Option<String>,
}

/// `POST /oauth/locationToken`: an agency token mints a location token (no refresh token).
pub async fn location_token(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    GhlForm(form): GhlForm<LocationTokenForm>,
) -> GhlResult<Json<Value>> {
    auth.require("oauth.write", AuthClass::Agency)?;
    let company = required("companyId", form.company_id.as_deref())?;
    let location = required("locationId", form.location_id.as_deref())?;
    if company != auth.grant.company_id {
        return Err(GhlError::BadRequest(
            "Company does not match the token".into(),
        ));
    }
    in_location(&app, &auth, location)?;
    let now = app.clock.now_millis();
    let issued = lock(&app.tokens).location_token(&auth.grant, location, now);
    Ok(Json(json!({
        "access_token": issued.access_token,
        "token_type": "Bearer",
        "expires_in": (issued.expires_at_ms - now) / 1000,
        "scope": issued.grant.scopes.join(" "),
        "locationId": location,
        "userId": issued.grant.user_id,
        "appId": app.identity.app_id,
    })))
}

/// Query of `GET /oauth/installedLocations`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InstalledQuery {
    company_id: Option<String>,
    app_id: Option<String>,
}

/// `GET /oauth/installedLocations?companyId&appId` → `{locations, count, installToFutureLocations}`.
pub async fn installed_locations(
    State(app): State<Arc<App>>,
    Extension(auth): Extension<AuthContext>,
    GhlQuery(q): GhlQuery<InstalledQuery>,
) -> GhlResult<Json<Value>> {
    auth.require("oauth.readonly", AuthClass::Agency)?;
    let company = required("companyId", q.company_id.as_deref())?;
    let app_id = required("appId", q.app_id.as_deref())?;
    if company != auth.grant.company_id {
        return Err(GhlError::BadRequest(
            "Company does not match the token".into(),
        ));
    }
    let known = app_id == app.identity.app_id || app_id == app.identity.oauth_client_id;
    let installed_at = iso(app.clock.now() - chrono::Duration::days(30));
    Ok(Json(app.read(|s| {
        let locations: Vec<Value> = if known {
            s.locations
                .iter()
                .map(|l| {
                    json!({
                        "_id": l.id,
                        "name": l.name,
                        "address": l.address,
                        "isInstalled": true,
                        "installedAt": installed_at,
                    })
                })
                .collect()
        } else {
            Vec::new()
        };
        json!({"locations": locations, "count": locations.len(), "installToFutureLocations": false})
    })))
}
