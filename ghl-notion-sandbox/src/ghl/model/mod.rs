//! The GHL records the sandbox keeps, serialized with the field names of GHL's specs
//! (`apps/contacts.json`, `apps/opportunities.json`, …).
//!
//! Dates are kept typed and written as GHL writes them (`2021-07-02T05:18:26.704Z`); absent
//! optional fields are left out rather than written as `null`.

mod activity;
mod contact;
mod location;
mod opportunity;

pub use activity::{Appointment, Calendar, CreatedBy, Note, Task};
pub use contact::{Contact, ContactFieldValue};
pub use location::{CustomFieldDef, Location, LocationSettings, Pipeline, Roles, Stage, User};
pub use opportunity::{Opportunity, OpportunityFieldValue};

use chrono::{DateTime, Utc};
use serde::Serializer;

use crate::clock::iso;

/// Serializes a time as GHL does.
fn ser_iso<S: Serializer>(at: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&iso(*at))
}
