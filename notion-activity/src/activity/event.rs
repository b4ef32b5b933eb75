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
    /// The kind of record in the source system, e.g. `Contact` (the log's entity column).
    #[serde(alias = "ghl_entity")]
    pub entity: String,
    /// The source system's id of the record (the log's record-id column).
    #[serde(default, alias = "ghl_record_id")]
    pub record_id: Option<String>,
    /// What happened: `Created`, `Updated`, `Deleted`, … ("Action").
    pub action: String,
    /// Who did it ("Actor").
    #[serde(default)]
    pub actor: Option<String>,
    /// When it happened in the source system ("Timestamp").
    pub timestamp: DateTime<Utc>,
    /// Free text ("Details"; split or cut to Notion's limits).
    #[serde(default)]
    pub details: Option<String>,
    /// A deep link to the record in the source system (the log's link column; dropped if
    /// not a valid URL).
    #[serde(default, alias = "ghl_link")]
    pub link: Option<String>,
    /// A page of the project database to relate the row to, when the log has that relation.
    #[serde(default)]
    pub project_page_id: Option<PageId>,
}

impl ActivityEvent {
    /// An event `event_id` of a record of kind `entity` named `entity_name`, with `action`,
    /// stamped now.
    pub fn new(
        event_id: impl Into<EventId>,
        entity: impl Into<String>,
        entity_name: impl Into<String>,
        action: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            entity_name: entity_name.into(),
            event_type: None,
            entity: entity.into(),
            record_id: None,
            action: action.into(),
            actor: None,
            timestamp: Utc::now(),
            details: None,
            link: None,
            project_page_id: None,
        }
    }

    /// Sets the event type.
    pub fn event_type(mut self, t: impl Into<String>) -> Self {
        self.event_type = Some(t.into());
        self
    }

    /// Sets the source system's record id.
    pub fn record_id(mut self, id: impl Into<String>) -> Self {
        self.record_id = Some(id.into());
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

    /// Sets the deep link to the record.
    pub fn link(mut self, url: impl Into<String>) -> Self {
        self.link = Some(url.into());
        self
    }

    /// Relates the row to a project page.
    pub fn project(mut self, page: impl Into<PageId>) -> Self {
        self.project_page_id = Some(page.into());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_kept_by_an_earlier_version_still_read() {
        let old = r#"{"event_id":"e1","entity_name":"Ada","ghl_entity":"Contact",
            "ghl_record_id":"c1","action":"Created","timestamp":"2026-01-01T00:00:00Z",
            "ghl_link":"https://app.example.com/c1"}"#;
        let event: ActivityEvent = serde_json::from_str(old).unwrap();
        assert_eq!(event.entity, "Contact");
        assert_eq!(event.record_id.as_deref(), Some("c1"));
        assert_eq!(event.link.as_deref(), Some("https://app.example.com/c1"));
        let again: ActivityEvent =
            serde_json::from_str(&serde_json::to_string(&event).unwrap()).unwrap();
        assert_eq!(again, event);
    }
}
