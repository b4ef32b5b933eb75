//! What the source of truth hands the engine: records and change events.
//!
//! A [`SourceRecord`] is one record as the source holds it now; a [`SourceEvent`] says that
//! something happened to one (a webhook delivery, say). Both are transport-neutral: the
//! source adapter decodes its own wire format into them.
//!
//! ```
//! use sync_core::record::{EntityKind, SourceRecord};
//! use serde_json::json;
//!
//! let record = SourceRecord::new(EntityKind::new("contact"), "c-1")
//!     .with_display_name("Ada Lovelace")
//!     .with_fields(json!({ "email": "ada@example.com" }));
//! assert_eq!(record.entity.as_str(), "contact");
//! ```

use std::borrow::Cow;
use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The kind of record a source holds, by a stable lowercase name (`"contact"`, `"invoice"`).
///
/// Kinds are open: the engine attaches no meaning to a name, and each source adapter declares
/// the kinds it serves (as constants of its own, built with [`EntityKind::from_static`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntityKind(Cow<'static, str>);

impl EntityKind {
    /// A kind named by a string literal; usable in `const` items.
    pub const fn from_static(name: &'static str) -> Self {
        Self(Cow::Borrowed(name))
    }

    /// A kind by name.
    pub fn new(name: impl Into<String>) -> Self {
        Self(Cow::Owned(name.into()))
    }

    /// The kind's name, as given.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The kind named `name` (the inverse of [`EntityKind::as_str`]).
    pub fn parse(name: &str) -> Self {
        Self::new(name)
    }
}

impl From<&str> for EntityKind {
    fn from(name: &str) -> Self {
        Self::new(name)
    }
}

impl From<String> for EntityKind {
    fn from(name: String) -> Self {
        Self::new(name)
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for EntityKind {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for EntityKind {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        Ok(Self::parse(&name))
    }
}

/// One record as the source holds it now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceRecord {
    /// What kind of record this is.
    pub entity: EntityKind,
    /// The source's id; also the record's key in the sink.
    pub id: String,
    /// When the source last changed it, if the source says.
    pub updated_at: Option<DateTime<Utc>>,
    /// A human name (contact name, opportunity title), if any.
    pub display_name: Option<String>,
    /// Every field, as JSON (custom fields included, in the source's own shape).
    pub fields: serde_json::Value,
}

impl SourceRecord {
    /// A record with no timestamp, no name and empty fields.
    pub fn new(entity: EntityKind, id: impl Into<String>) -> Self {
        Self {
            entity,
            id: id.into(),
            updated_at: None,
            display_name: None,
            fields: serde_json::Value::Object(serde_json::Map::new()),
        }
    }

    /// Sets the display name.
    pub fn with_display_name(mut self, name: impl Into<String>) -> Self {
        self.display_name = Some(name.into());
        self
    }

    /// Sets the fields.
    pub fn with_fields(mut self, fields: serde_json::Value) -> Self {
        self.fields = fields;
        self
    }

    /// Sets the source's last-changed time.
    pub fn with_updated_at(mut self, at: DateTime<Utc>) -> Self {
        self.updated_at = Some(at);
        self
    }
}

/// What happened to a record.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EventKind {
    /// The record was created.
    Created,
    /// The record changed.
    Updated,
    /// The record was deleted.
    Deleted,
    /// Anything else (a stage change, a note added), by name.
    Other(String),
}

impl EventKind {
    /// The stable lowercase name.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "created",
            Self::Updated => "updated",
            Self::Deleted => "deleted",
            Self::Other(name) => name,
        }
    }

    /// Parses a name written by [`EventKind::as_str`].
    pub fn parse(name: &str) -> Self {
        match name {
            "created" => Self::Created,
            "updated" => Self::Updated,
            "deleted" => Self::Deleted,
            other => Self::Other(other.to_owned()),
        }
    }
}

impl fmt::Display for EventKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for EventKind {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for EventKind {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        Ok(Self::parse(&name))
    }
}

/// Something that happened to one record, as the source reported it (e.g. a webhook).
///
/// `event_id` must be unique per happening and identical across redeliveries of it: the
/// engine deduplicates on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceEvent {
    /// The source's id for this happening (a webhook id).
    pub event_id: String,
    /// The kind of record it concerns.
    pub entity: EntityKind,
    /// The record it concerns.
    pub record_id: String,
    /// What happened.
    pub kind: EventKind,
    /// When it happened, if the source says.
    pub occurred_at: Option<DateTime<Utc>>,
    /// The raw payload, kept for the activity log.
    pub payload: Option<serde_json::Value>,
    /// The full record after the change, when the payload carried one and the adapter decoded
    /// it. With `updated_at` set, the engine can apply it without fetching the record again.
    pub record: Option<SourceRecord>,
    /// Who caused it (a user id or name), if known.
    pub actor: Option<String>,
}

impl SourceEvent {
    /// An event with no time, payload, record or actor.
    pub fn new(
        event_id: impl Into<String>,
        entity: EntityKind,
        record_id: impl Into<String>,
        kind: EventKind,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            entity,
            record_id: record_id.into(),
            kind,
            occurred_at: None,
            payload: None,
            record: None,
            actor: None,
        }
    }

    /// The time this event speaks for: the carried record's `updated_at`, else `occurred_at`.
    pub fn effective_time(&self) -> Option<DateTime<Utc>> {
        self.record
            .as_ref()
            .and_then(|r| r.updated_at)
            .or(self.occurred_at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_names_round_trip() {
        for kind in [
            EntityKind::new("contact"),
            EntityKind::from_static("invoice"),
            EntityKind::from("custom_object"),
        ] {
            assert_eq!(EntityKind::parse(kind.as_str()), kind);
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(serde_json::from_str::<EntityKind>(&json).unwrap(), kind);
        }
    }

    #[test]
    fn effective_time_prefers_the_record() {
        let t1 = DateTime::from_timestamp(100, 0).unwrap();
        let t2 = DateTime::from_timestamp(200, 0).unwrap();
        let mut e = SourceEvent::new("e", EntityKind::new("contact"), "c", EventKind::Updated);
        assert_eq!(e.effective_time(), None);
        e.occurred_at = Some(t1);
        assert_eq!(e.effective_time(), Some(t1));
        e.record = Some(SourceRecord::new(EntityKind::new("contact"), "c").with_updated_at(t2));
        assert_eq!(e.effective_time(), Some(t2));
    }
}
