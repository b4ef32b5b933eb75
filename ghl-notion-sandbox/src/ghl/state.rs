//! The GHL side's data: one company, one location and its records, kept in memory.
//!
//! Every change goes through a method on [`GhlState`] (in the per-area modules), which pushes
//! the matching webhook events onto [`GhlState::outbox`]; the caller publishes them after the
//! lock is released (see [`crate::app::App::write`]).

use std::collections::BTreeMap;

use serde_json::{Value, json};

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
    /// Ids for new records (continues the seeded sequence).
    pub ids: IdGen,
    /// The agency.
    pub company_id: String,
    /// The one location the data lives in.
    pub location: Location,
    /// Users of the location.
    pub users: Vec<User>,
    /// Calendars.
    pub calendars: Vec<Calendar>,
    /// Custom field definitions (contact and opportunity).
    pub custom_fields: Vec<CustomFieldDef>,
    /// Pipelines with their stages.
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
    /// The sandbox location's id.
    pub fn location_id(&self) -> &str {
        &self.location.id
    }

    /// Queues a webhook event.
    pub fn emit(&mut self, event: WebhookEvent) {
        self.outbox.push(event);
    }

    /// Whether `user_id` is a user of the location.
    pub fn has_user(&self, user_id: &str) -> bool {
        self.users.iter().any(|u| u.id == user_id)
    }

    /// An opportunity rendered with its contact summary.
    pub fn render_opportunity(&self, o: &Opportunity) -> Value {
        o.to_json(self.contacts.get(&o.contact_id))
    }

    /// Everything, for `GET /_sandbox/state` and determinism checks. Maps are ordered by id.
    pub fn dump(&self) -> Value {
        json!({
            "companyId": self.company_id,
            "location": self.location,
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
