//! Request and response types, from the official OpenAPI specs.
//!
//! Every response record keeps the fields this crate does not know in an `extra` map, so a
//! record read from GHL and written back out loses nothing. Timestamps are typed
//! ([`chrono::DateTime<Utc>`](chrono::DateTime)) and read leniently (ISO strings, epoch
//! milliseconds, naive `YYYY-MM-DD HH:MM:SS`); almost every field is optional because real
//! responses omit fields freely.
//!
//! Request bodies are plain structs with public `Option` fields and chaining setters; unset
//! fields are not sent.
//!
//! ```
//! use ghl_client::models::contact::{ContactSearch, Filter, SortDirection};
//!
//! let search = ContactSearch::new()
//!     .page_limit(200)
//!     .filter(Filter::eq("tags", "vip"))
//!     .filter(Filter::or(vec![
//!         Filter::exists("email"),
//!         Filter::exists("phone"),
//!     ]))
//!     .sort("dateAdded", SortDirection::Asc);
//! let body = serde_json::to_value(&search).unwrap();
//! assert_eq!(body["pageLimit"], 200);
//! assert_eq!(body["filters"][1]["group"], "OR");
//! ```

/// Defines a string enum that keeps values it does not know in an `Unknown(String)` variant.
macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )*
            /// A value this crate does not know, kept verbatim.
            Unknown(String),
        }

        impl $name {
            /// The value as GHL spells it.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $text, )*
                    Self::Unknown(other) => other,
                }
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $( $text => Self::$variant, )*
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }

        impl From<String> for $name {
            fn from(value: String) -> Self {
                Self::from(value.as_str())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = String::deserialize(d)?;
                Ok(Self::from(text))
            }
        }
    };
}

/// Generates chaining setters `fn field(self, value: impl Into<T>) -> Self` for `Option<T>`
/// fields of a request struct.
macro_rules! setters {
    ($ty:ident { $( $field:ident : $fty:ty ),* $(,)? }) => {
        impl $ty {
            $(
                #[doc = concat!("Sets `", stringify!($field), "`.")]
                pub fn $field(mut self, value: impl Into<$fty>) -> Self {
                    self.$field = Some(value.into());
                    self
                }
            )*
        }
    };
}

pub mod appointment;
pub mod common;
pub mod contact;
pub mod custom_field;
pub mod location;
pub mod note;
pub mod opportunity;
pub mod pipeline;
pub mod task;
pub mod user;

pub use appointment::{AppointmentStatus, CalendarEvent, EventsOwner, EventsQuery};
pub use common::{CustomFieldInput, CustomFieldValue, PageMeta};
pub use contact::{
    Contact, ContactList, ContactSearch, Filter, FilterOperator, NewContact, SortDirection,
    UpdateContact, UpsertContact, UpsertContactResponse,
};
pub use custom_field::{CustomFieldDefinition, CustomFieldModel};
pub use location::Location;
pub use note::{NewNote, Note, UpdateNote};
pub use opportunity::{
    NewOpportunity, Opportunity, OpportunitySearch, OpportunityStatus, UpdateOpportunity,
    UpsertOpportunity, UpsertOpportunityResponse,
};
pub use pipeline::{Pipeline, PipelineStage};
pub use task::{NewTask, Task, TaskSearch, UpdateTask};
pub use user::{User, UserSearch};
