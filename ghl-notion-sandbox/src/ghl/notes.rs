//! Notes on contacts: create → `NoteCreate`, update → `NoteUpdate`, delete → `NoteDelete`.

use serde::Deserialize;

use super::errors::{GhlError, GhlResult};
use super::input::Patch;
use super::model::Note;
use super::state::GhlState;
use crate::webhooks::events::{EventType, WebhookEvent};

/// The body of create and update (`NotesDTO`, `UpdateNoteDTO`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)] // Field names are GHL's.
pub struct NoteInput {
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub user_id: Patch<String>,
    #[serde(default)]
    pub title: Patch<String>,
    #[serde(default)]
    pub color: Patch<String>,
    #[serde(default)]
    pub pinned: Option<bool>,
}

impl NoteInput {
    fn apply(&self, n: &mut Note) {
        if let Some(body) = &self.body {
            n.body.clone_from(body);
        }
        self.user_id.apply_to(&mut n.user_id);
        self.title.apply_to(&mut n.title);
        self.color.apply_to(&mut n.color);
        if self.pinned.is_some() {
            n.pinned = self.pinned;
        }
    }
}

impl GhlState {
    /// A note of a contact.
    pub fn note(&self, contact_id: &str, note_id: &str) -> GhlResult<&Note> {
        self.contact(contact_id)?;
        self.notes
            .get(note_id)
            .filter(|n| n.contact_id == contact_id)
            .ok_or_else(|| GhlError::not_found("Note", note_id))
    }

    fn emit_note(&mut self, kind: EventType, n: &Note) {
        let loc = self.location_of_contact(&n.contact_id);
        self.emit(WebhookEvent::note(kind, n, &loc));
    }

    /// Creates a note; `body` is required.
    pub fn create_note(&mut self, contact_id: &str, input: &NoteInput) -> GhlResult<Note> {
        self.contact(contact_id)?;
        if input.body.as_deref().is_none_or(|b| b.trim().is_empty()) {
            return Err(GhlError::invalid("body should not be empty"));
        }
        let mut n = Note {
            id: self.ids.ghl_id(),
            body: String::new(),
            user_id: None,
            date_added: self.clock.now(),
            contact_id: contact_id.to_owned(),
            title: None,
            color: None,
            pinned: None,
        };
        input.apply(&mut n);
        self.emit_note(EventType::NoteCreate, &n);
        self.notes.insert(n.id.clone(), n.clone());
        Ok(n)
    }

    /// Updates a note.
    pub fn update_note(
        &mut self,
        contact_id: &str,
        note_id: &str,
        input: &NoteInput,
    ) -> GhlResult<Note> {
        let before = self.note(contact_id, note_id)?.clone();
        let mut n = before.clone();
        input.apply(&mut n);
        if n != before {
            self.emit_note(EventType::NoteUpdate, &n);
            self.notes.insert(n.id.clone(), n.clone());
        }
        Ok(n)
    }

    /// Deletes a note.
    pub fn delete_note(&mut self, contact_id: &str, note_id: &str) -> GhlResult<Note> {
        self.note(contact_id, note_id)?;
        let n = self
            .notes
            .remove(note_id)
            .ok_or_else(|| GhlError::not_found("Note", note_id))?;
        self.emit_note(EventType::NoteDelete, &n);
        Ok(n)
    }
}
