//! Identifier newtypes, so a contact id cannot be passed where a location id is expected.

use std::fmt;

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta] $name:ident),* $(,)?) => {$(
        #[$doc]
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// Wraps an id.
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            /// The id as a string slice.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                Self(id)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
    )*};
}

id_type! {
    /// A sub-account (location) id.
    LocationId,
    /// An agency (company) id.
    CompanyId,
    /// A contact id.
    ContactId,
    /// An opportunity id.
    OpportunityId,
    /// A pipeline id.
    PipelineId,
    /// A pipeline stage id.
    PipelineStageId,
    /// A user id.
    UserId,
    /// A task id.
    TaskId,
    /// A note id.
    NoteId,
    /// A calendar id.
    CalendarId,
    /// A calendar group id.
    CalendarGroupId,
    /// A calendar event (appointment) id.
    EventId,
    /// A custom field id.
    CustomFieldId,
}
