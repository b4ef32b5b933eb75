//! The GHL record kinds the sync knows, as the engine's open [`EntityKind`]s.
//!
//! ```
//! use ghl_notion::entity;
//!
//! assert_eq!(entity::CONTACT.as_str(), "contact");
//! assert_eq!(entity::parse("opportunities"), Some(entity::OPPORTUNITY));
//! assert_eq!(entity::table_id(&entity::OPPORTUNITY), "opportunities");
//! ```

pub use sync_core::EntityKind;

/// A contact (a person).
pub const CONTACT: EntityKind = EntityKind::from_static("contact");
/// An opportunity (a deal in a pipeline).
pub const OPPORTUNITY: EntityKind = EntityKind::from_static("opportunity");
/// A task attached to a contact (webhook-driven).
pub const TASK: EntityKind = EntityKind::from_static("task");
/// A note attached to a contact (webhook-driven).
pub const NOTE: EntityKind = EntityKind::from_static("note");
/// A calendar appointment (webhook-driven).
pub const APPOINTMENT: EntityKind = EntityKind::from_static("appointment");

/// Every kind the GHL source can fetch by id.
pub const ALL: [EntityKind; 5] = [CONTACT, OPPORTUNITY, TASK, NOTE, APPOINTMENT];

/// The kinds a full pass can list (the others arrive by webhook only).
pub const LISTABLE: [EntityKind; 2] = [CONTACT, OPPORTUNITY];

/// The kind named `name`, singular or plural, any case (`"Contacts"` → [`CONTACT`]).
pub fn parse(name: &str) -> Option<EntityKind> {
    let name = name.trim().to_ascii_lowercase();
    ALL.into_iter()
        .find(|k| name == k.as_str() || name == table_id(k))
}

/// The engine table id the service gives a kind's mirror (`"contacts"`, `"opportunities"`).
pub fn table_id(kind: &EntityKind) -> String {
    match kind.as_str() {
        "opportunity" => "opportunities".to_owned(),
        other => format!("{other}s"),
    }
}
