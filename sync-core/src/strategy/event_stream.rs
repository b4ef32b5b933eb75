//! The EventStream strategy: an append-only activity log.
//!
//! Every delivered event becomes exactly one row (title, kind, record, actor, time and the
//! payload as text), written once and never updated. Use it to see *what happened*; use a
//! mirroring strategy to see *what is*.
//!
//! ```
//! use sync_core::projection::Value;
//! use sync_core::record::{EntityKind, EventKind, SourceEvent};
//! use sync_core::strategy::{EventStreamStrategy, Strategy};
//!
//! let s = EventStreamStrategy::new("activity");
//! let e = SourceEvent::new("wh-1", EntityKind::new("contact"), "c-1", EventKind::Created);
//! let row = s.event_row(&e, None).unwrap();
//! assert_eq!(row.event_id, "wh-1");
//! assert_eq!(row.properties.get("Kind"), Some(&Value::Select("created".into())));
//! ```

use std::collections::BTreeSet;

use super::{Role, Strategy};
use crate::projection::{DateValue, Projection, Value};
use crate::record::{EntityKind, SourceEvent, SourceRecord};
use crate::sink::{EventRow, TableId};

/// The longest text written for a payload, in characters (Notion's rich-text limit).
pub const MAX_PAYLOAD_CHARS: usize = 2000;

/// One activity row per event, in one table.
#[derive(Debug, Clone)]
pub struct EventStreamStrategy {
    table: TableId,
    only: Option<BTreeSet<EntityKind>>,
    include_payload: bool,
}

impl EventStreamStrategy {
    /// Logs events of every kind of record into `table`, payloads included.
    pub fn new(table: impl Into<String>) -> Self {
        Self {
            table: TableId(table.into()),
            only: None,
            include_payload: true,
        }
    }

    /// Logs only events about these kinds of record.
    pub fn only(mut self, entities: impl IntoIterator<Item = EntityKind>) -> Self {
        self.only = Some(entities.into_iter().collect());
        self
    }

    /// Whether to write the payload as text (default true).
    pub fn include_payload(mut self, include: bool) -> Self {
        self.include_payload = include;
        self
    }
}

fn truncate_chars(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => text[..cut].to_owned(),
        None => text.to_owned(),
    }
}

fn opt_text(value: Option<&str>) -> Value {
    value.map_or(Value::Empty, |s| Value::Text(s.to_owned()))
}

impl Strategy for EventStreamStrategy {
    fn name(&self) -> &str {
        "event-stream"
    }

    fn role(&self) -> Role {
        Role::EventLog
    }

    fn table(&self, entity: &EntityKind) -> Option<TableId> {
        match &self.only {
            Some(set) if !set.contains(entity) => None,
            _ => Some(self.table.clone()),
        }
    }

    fn event_row(&self, event: &SourceEvent, record: Option<&SourceRecord>) -> Option<EventRow> {
        let name = record.and_then(|r| r.display_name.as_deref());
        let title = match name {
            Some(name) => format!("{} {}: {name}", event.entity, event.kind),
            None => format!("{} {} {}", event.entity, event.kind, event.record_id),
        };
        let mut p = Projection::new();
        p.set("Event", Value::Title(title))
            .set("Event ID", Value::Text(event.event_id.clone()))
            .set("Entity", Value::Select(event.entity.as_str().to_owned()))
            .set("Kind", Value::Select(event.kind.as_str().to_owned()))
            .set("Record ID", Value::Text(event.record_id.clone()))
            .set("Record", opt_text(name))
            .set("Actor", opt_text(event.actor.as_deref()))
            .set(
                "Occurred",
                event
                    .occurred_at
                    .map_or(Value::Empty, |t| Value::Date(DateValue::DateTime(t))),
            );
        if self.include_payload {
            let payload = event.payload.as_ref().map_or(Value::Empty, |v| {
                Value::Text(truncate_chars(&v.to_string(), MAX_PAYLOAD_CHARS))
            });
            p.set("Payload", payload);
        }
        Some(EventRow {
            event_id: event.event_id.clone(),
            entity: event.entity.clone(),
            record_id: event.record_id.clone(),
            occurred_at: event.occurred_at,
            properties: p,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::EventKind;

    #[test]
    fn payload_is_truncated_on_a_char_boundary() {
        let s = EventStreamStrategy::new("log");
        let mut e = SourceEvent::new("e", EntityKind::new("task"), "t", EventKind::Updated);
        e.payload = Some(serde_json::Value::String("é".repeat(3000)));
        let row = s.event_row(&e, None).unwrap();
        match row.properties.get("Payload") {
            Some(Value::Text(t)) => assert_eq!(t.chars().count(), MAX_PAYLOAD_CHARS),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn only_filters_tables() {
        let s = EventStreamStrategy::new("log").only([EntityKind::new("contact")]);
        assert!(s.table(&EntityKind::new("contact")).is_some());
        assert!(s.table(&EntityKind::new("note")).is_none());
    }
}
