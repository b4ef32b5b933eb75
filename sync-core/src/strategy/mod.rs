//! Strategies: what a record (or an event) becomes in the sink.
//!
//! A strategy is pure: it names the table for an entity kind and turns a record into a
//! [`Projection`] (mirroring strategies) or an event into an [`EventRow`] (event strategies).
//! The engine does everything else. Three come with the crate:
//!
//! - [`ReferenceStrategy`]: a light index row per record (name, id, deep link back).
//! - [`SummaryStrategy`]: chosen fields mapped to typed properties, for views and filters.
//! - [`EventStreamStrategy`]: an append-only activity log, one row per event.
//!
//! Writing your own means implementing [`Strategy`]:
//!
//! ```
//! use sync_core::projection::{Projection, Value};
//! use sync_core::record::{EntityKind, SourceRecord};
//! use sync_core::sink::TableId;
//! use sync_core::strategy::Strategy;
//!
//! struct Names;
//! impl Strategy for Names {
//!     fn name(&self) -> &str { "names" }
//!     fn table(&self, entity: &EntityKind) -> Option<TableId> {
//!         (*entity == EntityKind::new("contact")).then(|| TableId::from("people"))
//!     }
//!     fn project(&self, record: &SourceRecord) -> Option<Projection> {
//!         let name = record.display_name.clone().unwrap_or_default();
//!         Some(Projection::new().with("Name", Value::Title(name)))
//!     }
//! }
//! ```

mod event_stream;
mod reference;
mod summary;

pub use event_stream::EventStreamStrategy;
pub use reference::{LinkBuilder, ReferenceStrategy};
pub use summary::{FieldMap, Lookups, SummaryStrategy, Transform};

use chrono::{DateTime, Utc};

use crate::projection::{DateValue, Projection, Value, ValueKind};
use crate::record::{EntityKind, SourceEvent, SourceRecord};
use crate::sink::{EventRow, TableId};

/// Whether a strategy mirrors records or logs events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// One row per record, kept equal to the record's projection.
    Mirror,
    /// One row per event, appended once and never changed.
    EventLog,
}

/// The columns a mirroring strategy writes to one table, declared once by the strategy so a
/// sink can create them, and check an existing table against them, before the first write.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TableSchema {
    /// The hashed properties, by name, in column order. The one of kind
    /// [`ValueKind::Title`] is the title column.
    pub properties: Vec<(String, ValueKind)>,
    /// Columns written with every row but never hashed (such as "Last Synced").
    pub stamps: Vec<(String, ValueKind)>,
}

impl TableSchema {
    /// Adds a hashed property; a name already declared keeps its first kind.
    pub fn property(mut self, name: impl Into<String>, kind: ValueKind) -> Self {
        let name = name.into();
        if !self.declares(&name) {
            self.properties.push((name, kind));
        }
        self
    }

    /// Adds a stamp; a name already declared keeps its first kind.
    pub fn stamp(mut self, name: impl Into<String>, kind: ValueKind) -> Self {
        let name = name.into();
        if !self.declares(&name) {
            self.stamps.push((name, kind));
        }
        self
    }

    /// Whether `name` is declared, as a property or a stamp.
    pub fn declares(&self, name: &str) -> bool {
        self.properties
            .iter()
            .chain(&self.stamps)
            .any(|(n, _)| n == name)
    }

    /// The title property, if one is declared.
    pub fn title(&self) -> Option<&str> {
        self.properties
            .iter()
            .find(|(_, k)| *k == ValueKind::Title)
            .map(|(n, _)| n.as_str())
    }
}

/// What a record or an event becomes in the sink.
pub trait Strategy: Send + Sync {
    /// A short name for logs and reports.
    fn name(&self) -> &str;

    /// Whether this strategy mirrors records (the default) or logs events.
    fn role(&self) -> Role {
        Role::Mirror
    }

    /// The table for records (or events) of `entity`, or `None` to ignore that kind.
    fn table(&self, entity: &EntityKind) -> Option<TableId>;

    /// The columns this strategy writes to `table` (mirroring strategies): every property
    /// [`Strategy::project`] emits and every stamp [`Strategy::stamp`] adds. Sinks derive
    /// their columns from it. Default: `None` (undeclared; the sink must be told).
    fn schema(&self, table: &TableId) -> Option<TableSchema> {
        let _ = table;
        None
    }

    /// The row content for `record` (mirroring strategies), or `None` to skip the record.
    ///
    /// Emit every property on every call, using [`Value::Empty`] for missing values:
    /// updates only set the properties given, so an omitted one would keep a stale value.
    fn project(&self, record: &SourceRecord) -> Option<Projection> {
        let _ = record;
        None
    }

    /// Adds stamps (e.g. "Last Synced") just before a row is written. Stamps are never
    /// hashed, so they do not make an unchanged record look changed. Default: none.
    fn stamp(&self, projection: &mut Projection, synced_at: DateTime<Utc>) {
        let _ = (projection, synced_at);
    }

    /// The activity row for `event` (event strategies), or `None` to skip it. `record` is
    /// the record the event carried, if any.
    fn event_row(&self, event: &SourceEvent, record: Option<&SourceRecord>) -> Option<EventRow> {
        let _ = (event, record);
        None
    }
}

/// The conventional "Last Synced" stamp, shared by the built-in mirroring strategies.
pub(crate) fn stamp_last_synced(projection: &mut Projection, property: &str, at: DateTime<Utc>) {
    projection.stamp(property, Value::Date(DateValue::DateTime(at)));
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Undeclared;

    impl Strategy for Undeclared {
        fn name(&self) -> &str {
            "undeclared"
        }
        fn table(&self, _: &EntityKind) -> Option<TableId> {
            Some(TableId::from("t"))
        }
    }

    #[test]
    fn a_strategy_declares_no_columns_unless_it_says_so() {
        // The sink then asks for an explicit declaration instead of guessing an empty one.
        assert_eq!(Undeclared.schema(&TableId::from("t")), None);
        assert_eq!(Undeclared.role(), Role::Mirror);
    }
}
