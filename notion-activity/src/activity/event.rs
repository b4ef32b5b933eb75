//! [`ActivityEvent`]: one thing that happened in GHL, as one row of the log.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::PageId;

/// The unique id of an event (a GHL webhook id, or an id the sync derives). Rows are
/// deduplicated on it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EventId(pub String);

impl EventId {
    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EventId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for EventId {
    fn from(id: &str) -> Self {
        Self(id.to_owned())
    }
}

impl From<String> for EventId {
    fn from(id: String) -> Self {
        Self(id)
    }
}

/// One event of the activity log.
///
/// ```
/// use notion_activity::activity::ActivityEvent;
/// let e = ActivityEvent::new("wh_1", "Opportunity", "Acme deal", "Stage Changed")
///     .event_type("Webhook")
///     .record_id("opp_9")
///     .actor("Jane (GHL user)")
///     .details("Stage: Qualified → Won");
/// assert_eq!(e.event_id.as_str(), "wh_1");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActivityEvent {
    /// Unique id (the "Event ID" column); rows are never duplicated for one id.
    pub event_id: EventId,
    /// The row title: the name of the contact, deal, task… ("Entity Name").
    pub entity_name: String,
    /// How the event was observed, e.g. `Webhook`, `Sync`, `Reconciliation` ("Event Type").
    #[serde(default)]
    pub event_type: Option<String>,
    /// The kind of GHL record: `Contact`, `Opportunity`, `Task`, `Appointment` ("GHL Entity").
    pub ghl_entity: String,
    /// The GHL id of the record ("GHL Record ID").
    #[serde(default)]
    pub ghl_record_id: Option<String>,
    /// What happened: `Created`, `Updated`, `Deleted`, … ("Action").
    pub action: String,
    /// Who did it ("Actor").
    #[serde(default)]
    pub actor: Option<String>,
    /// When it happened in GHL ("Timestamp").
    pub timestamp: DateTime<Utc>,
    /// Free text ("Details"; split or cut to Notion's limits).
    #[serde(default)]
    pub details: Option<String>,
    /// A deep link into GHL ("GHL Link"; dropped if not a valid URL).
    #[serde(default)]
    pub ghl_link: Option<String>,
    /// A page of the project database to relate the row to, when the log has that relation.
    #[serde(default)]
    pub project_page_id: Option<PageId>,
}

impl ActivityEvent {
    /// An event `event_id` of a `ghl_entity` named `entity_name`, with `action`, stamped now.
    pub fn new(
        event_id: impl Into<EventId>,
        ghl_entity: impl Into<String>,
        entity_name: impl Into<String>,
        action: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            entity_name: entity_name.into(),
            event_type: None,
            ghl_entity: ghl_entity.into(),
            ghl_record_id: None,
            action: action.into(),
            actor: None,
            timestamp: Utc::now(),
            details: None,
            ghl_link: None,
            project_page_id: None,
        }
    }

    /// Sets the event type.
    pub fn event_type(mut self, t: impl Into<String>) -> Self {
        self.event_type = Some(t.into());
        self
    }

    /// Sets the GHL record id.
    pub fn record_id(mut self, id: impl Into<String>) -> Self {
        self.ghl_record_id = Some(id.into());
        self
    }

    /// Sets the actor.
    pub fn actor(mut self, actor: impl Into<String>) -> Self {
        self.actor = Some(actor.into());
        self
    }

    /// Sets when it happened.
    pub fn at(mut self, t: DateTime<Utc>) -> Self {
        self.timestamp = t;
        self
    }

    /// Sets the details.
    pub fn details(mut self, details: impl Into<String>) -> Self {
        self.details = Some(details.into());
        self
    }

    /// Sets the GHL deep link.
    pub fn link(mut self, url: impl Into<String>) -> Self {
        self.ghl_link = Some(url.into());
        self
    }

    /// Relates the row to a project page.
    pub fn project(mut self, page: impl Into<PageId>) -> Self {
        self.project_page_id = Some(page.into());
        self
    }
}
