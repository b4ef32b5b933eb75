//! From sync-core's [`EventRow`] to the activity log's [`ActivityEvent`].
//!
//! The activity log has a fixed schema (see [`notion_activity::activity::columns`]); an event row's
//! properties are read by the names [`EventStreamStrategy`](sync_core::EventStreamStrategy)
//! gives them:
//!
//! | activity column | from |
//! |---|---|
//! | Entity Name (title) | the row's title value, else "Record", else the record id |
//! | GHL Entity | `entity`, capitalised (`contact` → `Contact`) |
//! | GHL Record ID | `record_id` |
//! | Action | "Kind", capitalised (`created` → `Created`), else "Event" |
//! | Actor | "Actor" |
//! | Timestamp | `occurred_at`, else the time of the append |
//! | Details | "Payload", else "Details" |
//! | GHL Link | the first URL value |
//! | Event ID | `event_id` |
//!
//! ```
//! use ghl_notion::entity;
//! use ghl_notion::notion::events::activity_event;
//! use sync_core::record::{EventKind, SourceEvent};
//! use sync_core::strategy::{EventStreamStrategy, Strategy};
//!
//! let e = SourceEvent::new("wh-1", entity::CONTACT, "c-1", EventKind::Created);
//! let row = EventStreamStrategy::new("log").event_row(&e, None).unwrap();
//! let activity = activity_event(&row, chrono::Utc::now());
//! assert_eq!(activity.entity, "Contact");
//! assert_eq!(activity.action, "Created");
//! assert_eq!(activity.event_id.as_str(), "wh-1");
//! ```

use chrono::{DateTime, Utc};
use sync_core::projection::Value;
use sync_core::sink::EventRow;

use notion_activity::activity::{ActivityEvent, ActivityLogOptions, SourceColumns};

fn capitalise(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn text_of(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::Title(t) | Value::Text(t) | Value::Select(t) => {
            Some(t.clone()).filter(|t| !t.trim().is_empty())
        }
        _ => None,
    }
}

/// The activity log's options for GHL: the source columns named "GHL Entity", "GHL Record ID"
/// and "GHL Link", with GHL's record kinds offered from the start, titled `title`.
pub fn ghl_activity_log(title: impl Into<String>) -> ActivityLogOptions {
    ActivityLogOptions {
        title: title.into(),
        source_columns: SourceColumns {
            entity: "GHL Entity".to_owned(),
            record_id: "GHL Record ID".to_owned(),
            link: "GHL Link".to_owned(),
            entity_kinds: ["Contact", "Opportunity", "Task", "Note", "Appointment"]
                .map(str::to_owned)
                .to_vec(),
        },
        ..ActivityLogOptions::default()
    }
}

/// The activity-log event for `row` (see the module docs); `now` stamps rows without a time.
pub fn activity_event(row: &EventRow, now: DateTime<Utc>) -> ActivityEvent {
    let props = &row.properties.properties;
    let title = props.values().find_map(|v| match v {
        Value::Title(t) if !t.trim().is_empty() => Some(t.clone()),
        _ => None,
    });
    let name = title
        .or_else(|| text_of(props.get("Record")))
        .unwrap_or_else(|| row.record_id.clone());
    let action = text_of(props.get("Kind")).map_or_else(|| "Event".to_owned(), |k| capitalise(&k));
    let mut event = ActivityEvent::new(
        row.event_id.clone(),
        capitalise(row.entity.as_str()),
        name,
        action,
    )
    .record_id(row.record_id.clone())
    .at(row.occurred_at.unwrap_or(now));
    event.actor = text_of(props.get("Actor"));
    event.details = text_of(props.get("Payload")).or_else(|| text_of(props.get("Details")));
    event.link = props.values().find_map(|v| match v {
        Value::Url(u) => Some(u.clone()),
        _ => None,
    });
    event
}
