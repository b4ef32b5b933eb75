//! Notes on a contact: list, get, create, update, delete.
//!
//! ```no_run
//! use ghl_client::GhlClient;
//! use ghl_client::models::note::{NewNote, UpdateNote};
//!
//! # async fn run(client: GhlClient, contact: ghl_client::ContactId) -> Result<(), ghl_client::Error> {
//! let notes = client.notes();
//! let note = notes.create(&contact, NewNote::new("Met at the fair")).await?;
//! notes.update(&contact, &note.id, UpdateNote::new().pinned(true)).await?;
//! println!("{} notes", notes.list(&contact).await?.len());
//! # Ok(()) }
//! ```

use crate::client::GhlClient;
use crate::error::Result;
use crate::ids::{ContactId, NoteId};
use crate::models::common::Succeeded;
use crate::models::note::{NewNote, Note, NoteResponse, NotesResponse, UpdateNote};
use crate::request::{Request, segment};

impl GhlClient {
    /// Notes of contacts.
    pub fn notes(&self) -> NotesApi {
        NotesApi {
            client: self.clone(),
        }
    }
}

/// The notes handler (see [`GhlClient::notes`]).
#[derive(Debug, Clone)]
pub struct NotesApi {
    client: GhlClient,
}

fn note_path(contact: &ContactId, note: &NoteId) -> String {
    format!(
        "/contacts/{}/notes/{}",
        segment(contact.as_str()),
        segment(note.as_str())
    )
}

impl NotesApi {
    /// `GET /contacts/{contactId}/notes`.
    pub async fn list(&self, contact: &ContactId) -> Result<Vec<Note>> {
        let req = Request::get(
            "/contacts/{contactId}/notes",
            format!("/contacts/{}/notes", segment(contact.as_str())),
        );
        let resp: NotesResponse = self.client.send(req).await?;
        Ok(resp.notes)
    }

    /// `GET /contacts/{contactId}/notes/{id}`.
    pub async fn get(&self, contact: &ContactId, note: &NoteId) -> Result<Note> {
        let req = Request::get("/contacts/{contactId}/notes/{id}", note_path(contact, note));
        let resp: NoteResponse = self.client.send(req).await?;
        Ok(resp.note)
    }

    /// `POST /contacts/{contactId}/notes` (not retried on an unknown outcome).
    pub async fn create(&self, contact: &ContactId, note: NewNote) -> Result<Note> {
        let req = Request::post(
            "/contacts/{contactId}/notes",
            format!("/contacts/{}/notes", segment(contact.as_str())),
        )
        .json(&note);
        let resp: NoteResponse = self.client.send(req).await?;
        Ok(resp.note)
    }

    /// `PUT /contacts/{contactId}/notes/{id}`.
    pub async fn update(
        &self,
        contact: &ContactId,
        note: &NoteId,
        update: UpdateNote,
    ) -> Result<Note> {
        let req = Request::put("/contacts/{contactId}/notes/{id}", note_path(contact, note))
            .json(&update);
        let resp: NoteResponse = self.client.send(req).await?;
        Ok(resp.note)
    }

    /// `DELETE /contacts/{contactId}/notes/{id}`; returns GHL's `succeded`.
    pub async fn delete(&self, contact: &ContactId, note: &NoteId) -> Result<bool> {
        let req = Request::delete("/contacts/{contactId}/notes/{id}", note_path(contact, note));
        let resp: Succeeded = self.client.send(req).await?;
        Ok(resp.is_success())
    }
}
