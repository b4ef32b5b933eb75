//! The GHL side's data: one company, its locations and their records, kept in memory.
//!
//! Every record carries its location's id, and every lookup that a sub-account token makes is
//! scoped to that location (see [`GhlState::contact_in`] and the route helpers in
//! [`crate::ghl::api`]). Every change goes through a method on [`GhlState`] (in the per-area
//! modules), which pushes the matching webhook events onto [`GhlState::outbox`]; the caller
//! publishes them after the lock is released (see [`crate::app::App::write`]).

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::errors::{GhlError, GhlResult};
use super::model::{
    Appointment, Calendar, Contact, CustomFieldDef, Location, Note, Opportunity, Pipeline, Task,
    User,
};
use crate::clock::SandboxClock;
use crate::ids::IdGen;
use crate::webhooks::events::WebhookEvent;

/// All GHL records of the sandbox.
#[derive(Debug)]
pub struct GhlState {
    /// Sandbox time, for `dateAdded` / `dateUpdated`.
    pub clock: SandboxClock,
    /// Ids for new records (continues the seeded sequence of the first location).
    pub ids: IdGen,
    /// The agency.
    pub company_id: String,
    /// The agency's locations, in seeding order (never empty: the first is the sandbox's
    /// default location).
    pub locations: Vec<Location>,
    /// Users of every location (`roles.locationIds` says whose).
    pub users: Vec<User>,
    /// Calendars of every location.
    pub calendars: Vec<Calendar>,
    /// Custom field definitions (contact and opportunity) of every location.
    pub custom_fields: Vec<CustomFieldDef>,
    /// Pipelines with their stages, of every location.
    pub pipelines: Vec<Pipeline>,
    /// Contacts by id.
    pub contacts: BTreeMap<String, Contact>,
    /// Opportunities by id.
    pub opportunities: BTreeMap<String, Opportunity>,
    /// Tasks by id.
    pub tasks: BTreeMap<String, Task>,
    /// Notes by id.
    pub notes: BTreeMap<String, Note>,
    /// Appointments by id.
    pub appointments: BTreeMap<String, Appointment>,
    /// Events produced by changes, not yet published.
    pub outbox: Vec<WebhookEvent>,
}

impl GhlState {
    /// The first (default) location's id.
    pub fn location_id(&self) -> &str {
        self.locations.first().map_or("", |l| l.id.as_str())
    }

    /// A location of the agency by id.
    pub fn location(&self, id: &str) -> Option<&Location> {
        self.locations.iter().find(|l| l.id == id)
    }

    /// A location by id, or GHL's 404.
    pub fn known_location(&self, id: &str) -> GhlResult<&Location> {
        self.location(id)
            .ok_or_else(|| GhlError::not_found("Location", id))
    }

    /// The location a write names, defaulting to the first one (the control API may omit it).
    pub fn location_or_default(&self, id: Option<&str>) -> GhlResult<Location> {
        match id {
            Some(id) => self.known_location(id).cloned(),
            None => self
                .locations
                .first()
                .cloned()
                .ok_or_else(|| GhlError::not_found("Location", "")),
        }
    }

    /// The location of a contact (of a deleted one too, while its events are emitted: then
    /// the first location's, which is where the control API creates records by default).
    pub fn location_of_contact(&self, contact_id: &str) -> String {
        self.contacts
            .get(contact_id)
            .map_or_else(|| self.location_id().to_owned(), |c| c.location_id.clone())
    }

    /// Queues a webhook event.
    pub fn emit(&mut self, event: WebhookEvent) {
        self.outbox.push(event);
    }

    /// Whether `user_id` is a user of `location_id`.
    pub fn has_user(&self, location_id: &str, user_id: &str) -> bool {
        self.users
            .iter()
            .any(|u| u.id == user_id && u.roles.location_ids.iter().any(|l| l == location_id))
    }

    /// The custom field definitions of `location_id`.
    pub fn custom_fields_of(&self, location_id: &str) -> Vec<CustomFieldDef> {
        self.custom_fields
            .iter()
            .filter(|f| f.location_id == location_id)
            .cloned()
            .collect()
    }

    /// An opportunity rendered with its contact summary.
    pub fn render_opportunity(&self, o: &Opportunity) -> Value {
        o.to_json(self.contacts.get(&o.contact_id))
    }

    /// Everything, for `GET /_sandbox/state` and determinism checks. Maps are ordered by id.
    /// `location` is the first location (as before there were several); `locations` lists all.
    pub fn dump(&self) -> Value {
        json!({
            "companyId": self.company_id,
            "location": self.locations.first(),
            "locations": self.locations,
            "users": self.users,
            "calendars": self.calendars,
            "customFields": self.custom_fields,
            "pipelines": self.pipelines,
            "contacts": self.contacts.values().collect::<Vec<_>>(),
            "opportunities": self.opportunities.values()
                .map(|o| self.render_opportunity(o)).collect::<Vec<_>>(),
            "tasks": self.tasks.values().collect::<Vec<_>>(),
            "notes": self.notes.values().collect::<Vec<_>>(),
            "appointments": self.appointments.values().collect::<Vec<_>>(),
        })
    }
}
