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
//!         (*entity == EntityKind::Contact).then(|| TableId::from("people"))
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

use crate::projection::{DateValue, Projection, Value};
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
