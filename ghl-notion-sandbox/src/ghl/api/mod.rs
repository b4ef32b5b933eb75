//! The GHL HTTP API: one module per area, and [`router`], the route table, read top to bottom.
//!
//! Every route except the OAuth token exchange and the authorize page passes the
//! [`gate`](crate::ghl::gate) (token, rate limit, `Version` header). Faults sit inside the
//! gate, so injected errors still carry rate-limit headers; stats sit outside everything.
//! Any other method or path answers 501 [`GhlError::NotEmulated`] without passing the gate.

pub mod calendars;
pub mod contacts;
pub mod locations;
pub mod notes;
pub mod oauth;
pub mod opportunities;
pub mod tasks;
pub mod users;

use std::sync::Arc;

use axum::Router;
use axum::http::{Method, Uri};
use axum::middleware::from_fn_with_state;
use axum::routing::{get, post, put};

use super::auth::AuthContext;
use super::errors::{GhlError, GhlResult};
use super::gate::gate;
use crate::app::App;
use crate::faults::{Api, FaultLayer, inject};
use crate::stats::{StatsLayer, record};

/// 403 unless the token may act on `location_id`: a sub-account token on its own location, an
/// agency token on any of the agency's locations.
pub fn in_location(app: &App, auth: &AuthContext, location_id: &str) -> GhlResult<()> {
    let agency: Vec<&str> = app
        .identity
        .locations
        .iter()
        .map(|l| l.id.as_str())
        .collect();
    auth.require_location(location_id, &agency)
}

/// For the routes that name a record by id, whose record lives in `record_location`: a
/// sub-account token of one of the agency's locations sees only its own location's records,
/// so another location's record is `not_found` (404, as for an id that does not exist). A
/// token for a location the sandbox does not have is refused first (403, [`in_location`]).
pub fn owns(
    app: &App,
    auth: &AuthContext,
    record_location: &str,
    not_found: impl FnOnce() -> GhlError,
) -> GhlResult<()> {
    match auth.grant.location_id.as_deref() {
        Some(own) if own == record_location => Ok(()),
        Some(own) if app.has_location(own) => Err(not_found()),
        _ => in_location(app, auth, record_location),
    }
}

/// A fresh `traceId`.
pub fn trace_id(app: &App) -> String {
    app.trace_id()
}

/// Every method and path the route table does not name: [`GhlError::NotEmulated`], before
/// the gate (no token, rate limit or `Version` needed to learn it).
async fn not_emulated(method: Method, uri: Uri) -> GhlError {
    GhlError::NotEmulated(format!("{method} {}", uri.path()))
}

/// The GHL router with its gate, faults and stats layers.
pub fn router(app: Arc<App>) -> Router {
    let faults = from_fn_with_state(
        FaultLayer {
            api: Api::Ghl,
            faults: app.faults.clone(),
        },
        inject,
    );
    let stats = from_fn_with_state(
        StatsLayer {
            api: Api::Ghl,
            stats: app.stats.clone(),
        },
        record,
    );

    let gated = Router::new()
        // Contacts
        .route("/contacts/search", post(contacts::search))
        .route("/contacts/upsert", post(contacts::upsert))
        .route("/contacts/", get(contacts::list).post(contacts::create))
        .route("/contacts", get(contacts::list).post(contacts::create))
        .route(
            "/contacts/{contactId}",
            get(contacts::get)
                .put(contacts::update)
                .delete(contacts::delete),
        )
        .route(
            "/contacts/{contactId}/tags",
            post(contacts::add_tags).delete(contacts::remove_tags),
        )
        // Tasks and notes
        .route(
            "/contacts/{contactId}/tasks",
            get(tasks::list).post(tasks::create),
        )
        .route(
            "/contacts/{contactId}/tasks/{taskId}",
            get(tasks::get).put(tasks::update).delete(tasks::delete),
        )
        .route(
            "/contacts/{contactId}/tasks/{taskId}/completed",
            put(tasks::set_completed),
        )
        .route("/locations/{locationId}/tasks/search", post(tasks::search))
        .route(
            "/contacts/{contactId}/notes",
            get(notes::list).post(notes::create),
        )
        .route(
            "/contacts/{contactId}/notes/{id}",
            get(notes::get).put(notes::update).delete(notes::delete),
        )
        // Appointments
        .route(
            "/contacts/{contactId}/appointments",
            get(calendars::for_contact),
        )
        .route("/calendars/events", get(calendars::events))
        .route(
            "/calendars/events/appointments/{eventId}",
            get(calendars::get),
        )
        // Opportunities
        .route("/opportunities/search", get(opportunities::search))
        .route("/opportunities/pipelines", get(opportunities::pipelines))
        .route("/opportunities/upsert", post(opportunities::upsert))
        .route("/opportunities/", post(opportunities::create))
        .route("/opportunities", post(opportunities::create))
        .route(
            "/opportunities/{id}",
            get(opportunities::get)
                .put(opportunities::update)
                .delete(opportunities::delete),
        )
        .route("/opportunities/{id}/status", put(opportunities::set_status))
        // Locations and users
        .route("/locations/search", get(locations::search))
        .route("/locations/{locationId}", get(locations::get))
        .route(
            "/locations/{locationId}/customFields",
            get(locations::custom_fields),
        )
        .route(
            "/locations/{locationId}/customFields/{id}",
            get(locations::custom_field),
        )
        .route("/users/search", get(users::search))
        .route("/users/", get(users::by_location))
        .route("/users", get(users::by_location))
        .route("/users/{userId}", get(users::get))
        // OAuth calls made with an agency token
        .route("/oauth/locationToken", post(oauth::location_token))
        .route("/oauth/installedLocations", get(oauth::installed_locations))
        .method_not_allowed_fallback(not_emulated)
        .route_layer(faults.clone())
        .route_layer(from_fn_with_state(app.clone(), gate));

    let open = Router::new()
        .route("/oauth/token", post(oauth::token))
        .route("/v2/oauth/chooselocation", get(oauth::choose_location))
        .route("/oauth/chooselocation", get(oauth::choose_location))
        .method_not_allowed_fallback(not_emulated)
        .layer(faults);

    gated
        .merge(open)
        .fallback(not_emulated)
        .layer(stats)
        .with_state(app)
}
