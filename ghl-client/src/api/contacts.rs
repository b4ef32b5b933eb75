//! Contacts: search (with a `searchAfter` stream), get, create, update, upsert, delete,
//! tags, a contact's appointments, and the deprecated list.
//!
//! ```no_run
//! use futures_util::TryStreamExt;
//! use ghl_client::GhlClient;
//! use ghl_client::models::contact::{ContactSearch, NewContact, SortDirection};
//!
//! # async fn run(client: GhlClient) -> Result<(), ghl_client::Error> {
//! let contacts = client.contacts();
//! let created = contacts.create(NewContact::new().email("ada@example.com")).await?;
//! contacts.add_tags(&created.id, ["vip"]).await?;
//!
//! let search = ContactSearch::new().sort("dateAdded", SortDirection::Asc);
//! let mut stream = contacts.search_stream(search);
//! while let Some(contact) = stream.try_next().await? {
//!     println!("{} {:?}", contact.id, contact.email);
//! }
//! # Ok(()) }
//! ```

use crate::api::{location_or_default, start_after_cursor, wrong_cursor};
use crate::client::GhlClient;
use crate::error::Result;
use crate::ids::ContactId;
use crate::models::appointment::{CalendarEvent, EventsResponse};
use crate::models::common::Succeeded;
use crate::models::contact::{
    Contact, ContactList, ContactListResponse, ContactResponse, ContactSearch,
    ContactSearchResponse, DEFAULT_LIST_LIMIT, NewContact, Tags, UpdateContact,
    UpdateContactResponse, UpsertContact, UpsertContactResponse,
};
use crate::pagination::{Cursor, ItemStream, Page, stream_pages};
use crate::request::{Request, segment};

impl GhlClient {
    /// Contacts: search, CRUD, upsert, tags.
    pub fn contacts(&self) -> ContactsApi {
        ContactsApi {
            client: self.clone(),
        }
    }
}

/// The contacts handler (see [`GhlClient::contacts`]).
#[derive(Debug, Clone)]
pub struct ContactsApi {
    client: GhlClient,
}

impl ContactsApi {
    /// One page of `POST /contacts/search`.
    ///
    /// The next cursor is the last contact's `searchAfter`; there is none when the page
    /// holds fewer than `pageLimit` contacts or the last one carries no `searchAfter`.
    pub async fn search(&self, mut search: ContactSearch) -> Result<Page<Contact>> {
        let location = location_or_default(&self.client, search.location_id.as_ref())?;
        search.location_id = Some(location.clone());
        let limit = search.page_limit as usize;
        let req = Request::post("/contacts/search", "/contacts/search")
            .json(&search)
            .idempotent(true)
            .resource(location.as_str());
        let resp: ContactSearchResponse = self.client.send(req).await?;
        let next = if resp.contacts.len() < limit {
            None
        } else {
            resp.contacts
                .last()
                .and_then(|c| c.search_after.clone())
                .filter(|cursor| !cursor.is_empty())
                .map(Cursor::SearchAfter)
        };
        Ok(Page {
            total: resp.total.and_then(|t| u64::try_from(t).ok()),
            items: resp.contacts,
            next,
        })
    }

    /// Every contact matching `search`, paged with `searchAfter` (any `page` is dropped
    /// after the first request, so streams are not capped at 10,000 results).
    pub fn search_stream(&self, search: ContactSearch) -> ItemStream<Contact> {
        let api = self.clone();
        let first = search.search_after.clone().map(Cursor::SearchAfter);
        stream_pages(first, move |cursor| {
            let api = api.clone();
            let mut search = search.clone();
            async move {
                match cursor {
                    None => {}
                    Some(Cursor::SearchAfter(after)) => {
                        search.search_after = Some(after);
                        search.page = None;
                    }
                    Some(other) => return Err(wrong_cursor("searchAfter", &other)),
                }
                api.search(search).await
            }
        })
    }

    /// `GET /contacts/{contactId}`.
    pub async fn get(&self, id: &ContactId) -> Result<Contact> {
        let req = Request::get(
            "/contacts/{contactId}",
            format!("/contacts/{}", segment(id.as_str())),
        );
        let resp: ContactResponse = self.client.send(req).await?;
        Ok(resp.contact)
    }

    /// `POST /contacts/` (not retried on an unknown outcome: it could duplicate).
    pub async fn create(&self, mut contact: NewContact) -> Result<Contact> {
        let location = location_or_default(&self.client, contact.location_id.as_ref())?;
        contact.location_id = Some(location.clone());
        let req = Request::post("/contacts/", "/contacts/")
            .json(&contact)
            .resource(location.as_str());
        let resp: ContactResponse = self.client.send(req).await?;
        Ok(resp.contact)
    }

    /// `PUT /contacts/{contactId}`; returns the updated contact.
    pub async fn update(&self, id: &ContactId, update: UpdateContact) -> Result<Contact> {
        let req = Request::put(
            "/contacts/{contactId}",
            format!("/contacts/{}", segment(id.as_str())),
        )
        .json(&update);
        let resp: UpdateContactResponse = self.client.send(req).await?;
        Ok(resp.contact)
    }

    /// `POST /contacts/upsert`: creates or updates by email / phone.
    pub async fn upsert(&self, upsert: impl Into<UpsertContact>) -> Result<UpsertContactResponse> {
        let mut upsert = upsert.into();
        let location = location_or_default(&self.client, upsert.contact.location_id.as_ref())?;
        upsert.contact.location_id = Some(location.clone());
        let req = Request::post("/contacts/upsert", "/contacts/upsert")
            .json(&upsert)
            .idempotent(true)
            .resource(location.as_str());
        self.client.send(req).await
    }

    /// `DELETE /contacts/{contactId}`; returns GHL's `succeded`.
    pub async fn delete(&self, id: &ContactId) -> Result<bool> {
        let req = Request::delete(
            "/contacts/{contactId}",
            format!("/contacts/{}", segment(id.as_str())),
        );
        let resp: Succeeded = self.client.send(req).await?;
        Ok(resp.is_success())
    }

    /// `POST /contacts/{contactId}/tags`; returns the tags GHL reports.
    pub async fn add_tags<I, S>(&self, id: &ContactId, tags: I) -> Result<Vec<String>>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let req = Request::post(
            "/contacts/{contactId}/tags",
            format!("/contacts/{}/tags", segment(id.as_str())),
        )
        .json(&Tags::new(tags))
        .idempotent(true);
        let resp: Tags = self.client.send(req).await?;
        Ok(resp.tags)
    }

    /// `DELETE /contacts/{contactId}/tags` (with a JSON body); returns the tags GHL reports.
    pub async fn remove_tags<I, S>(&self, id: &ContactId, tags: I) -> Result<Vec<String>>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let req = Request::delete(
            "/contacts/{contactId}/tags",
            format!("/contacts/{}/tags", segment(id.as_str())),
        )
        .json(&Tags::new(tags))
        .idempotent(true);
        let resp: Tags = self.client.send(req).await?;
        Ok(resp.tags)
    }

    /// `GET /contacts/{contactId}/appointments`.
    pub async fn appointments(&self, id: &ContactId) -> Result<Vec<CalendarEvent>> {
        let req = Request::get(
            "/contacts/{contactId}/appointments",
            format!("/contacts/{}/appointments", segment(id.as_str())),
        );
        let resp: EventsResponse = self.client.send(req).await?;
        Ok(resp.events)
    }

    /// One page of the deprecated `GET /contacts/` (prefer [`ContactsApi::search`]).
    ///
    /// The next cursor comes from `meta.startAfter` / `meta.startAfterId`; when GHL sends
    /// no `meta` and the page is full, from the last contact's `dateAdded` and `id`.
    pub async fn list_deprecated(&self, mut list: ContactList) -> Result<Page<Contact>> {
        let location = location_or_default(&self.client, list.location_id.as_ref())?;
        list.location_id = Some(location.clone());
        let limit = list.limit.unwrap_or(DEFAULT_LIST_LIMIT);
        let req = Request::get("/contacts/", "/contacts/")
            .query(&list)
            .resource(location.as_str());
        let resp: ContactListResponse = self.client.send(req).await?;
        let returned = resp.contacts.len();
        let next = match &resp.meta {
            Some(meta) => start_after_cursor(Some(meta), returned, limit),
            None if returned >= limit as usize => resp.contacts.last().and_then(|c| {
                c.date_added.map(|added| Cursor::StartAfter {
                    start_after: added.timestamp_millis(),
                    start_after_id: c.id.to_string(),
                })
            }),
            None => None,
        };
        let total = resp
            .meta
            .as_ref()
            .and_then(|m| m.total)
            .or(resp.count)
            .and_then(|t| u64::try_from(t).ok());
        Ok(Page {
            items: resp.contacts,
            total,
            next,
        })
    }

    /// Every contact of the deprecated list, paged with `startAfter` / `startAfterId`.
    pub fn list_deprecated_stream(&self, list: ContactList) -> ItemStream<Contact> {
        let api = self.clone();
        let first = match (&list.start_after, &list.start_after_id) {
            (Some(after), Some(id)) => Some(Cursor::StartAfter {
                start_after: *after,
                start_after_id: id.clone(),
            }),
            _ => None,
        };
        stream_pages(first, move |cursor| {
            let api = api.clone();
            let mut list = list.clone();
            async move {
                match cursor {
                    None => {}
                    Some(Cursor::StartAfter {
                        start_after,
                        start_after_id,
                    }) => {
                        list.start_after = Some(start_after);
                        list.start_after_id = Some(start_after_id);
                    }
                    Some(other) => return Err(wrong_cursor("startAfter", &other)),
                }
                api.list_deprecated(list).await
            }
        })
    }
}
