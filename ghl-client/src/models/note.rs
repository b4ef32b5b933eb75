//! Notes on a contact (`/contacts/{contactId}/notes`). There is no location-wide list.
//!
//! ```
//! use ghl_client::models::note::NewNote;
//!
//! let note = NewNote::new("Met at the fair").title("Lead").pinned(true);
//! let body = serde_json::to_value(&note).unwrap();
//! assert_eq!(body, serde_json::json!({"body": "Met at the fair", "title": "Lead", "pinned": true}));
//! ```

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ids::{ContactId, NoteId, UserId};
use crate::models::common::{opt_bool, opt_timestamp};

/// A note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    /// The note's id.
    pub id: NoteId,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The author.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<UserId>,
    /// When it was written.
    #[serde(
        default,
        with = "opt_timestamp",
        skip_serializing_if = "Option::is_none"
    )]
    pub date_added: Option<DateTime<Utc>>,
    /// The contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<ContactId>,
    /// Title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Colour, e.g. `#FFAA00`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// Pinned to the top.
    #[serde(default, with = "opt_bool", skip_serializing_if = "Option::is_none")]
    pub pinned: Option<bool>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The body of `POST /contacts/{contactId}/notes`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewNote {
    /// Text.
    pub body: String,
    /// The author.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<UserId>,
    /// Title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Colour.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// Pinned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pinned: Option<bool>,
}

impl NewNote {
    /// A note with this text.
    pub fn new(body: impl Into<String>) -> Self {
        Self {
            body: body.into(),
            ..Self::default()
        }
    }
}

setters!(NewNote {
    user_id: UserId,
    title: String,
    color: String,
    pinned: bool,
});

/// The body of `PUT /contacts/{contactId}/notes/{id}`: only the fields set change.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateNote {
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The author.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<UserId>,
    /// Title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Colour.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// Pinned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pinned: Option<bool>,
}

impl UpdateNote {
    /// An update that changes nothing yet.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(UpdateNote {
    body: String,
    user_id: UserId,
    title: String,
    color: String,
    pinned: bool,
});

/// `{ "note": ... }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoteResponse {
    /// The note.
    pub note: Note,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `{ "notes": [...] }`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NotesResponse {
    /// The notes.
    #[serde(default)]
    pub notes: Vec<Note>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
