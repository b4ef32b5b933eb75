//! [`GhlSource`]: GoHighLevel as the [`Source`] of the sync engine.
//!
//! | entity | `stream_all` | `fetch` | `changes_since` |
//! |---|---|---|---|
//! | contact | `POST /contacts/search`, oldest first | `GET /contacts/{id}` | search on `dateUpdated` |
//! | opportunity | `GET /opportunities/search`, every status | `GET /opportunities/{id}` | none: full passes |
//! | task, note | fails: event-only | by `"{contactId}/{id}"` | none |
//! | appointment | fails: event-only | `GET /calendars/events/appointments/{id}` | none |
//!
//! **Incremental contacts.** The change feed asks for contacts whose `dateUpdated` is at or
//! after the cursor, sorted by `dateUpdated` ascending (so a contact changed during the pass
//! moves behind the reader and is still seen), and ends with a [`Change::Checkpoint`] at the
//! latest `dateUpdated` seen minus an *overlap* (5 s by default, [`GhlSource::overlap`]),
//! never behind the cursor it started from. GHL's search index may lag writes by seconds:
//! a contact written just before the newest one seen may not be searchable yet, and the
//! overlap makes the next run look back far enough to find it. Re-reading the contacts of
//! the overlap costs a few reads and no writes (the engine compares content hashes).
//! [`Source::checkpoint`], taken before a full pass, is the client's clock minus the same
//! overlap, which also absorbs small clock skew between this host and GHL. A lag or skew
//! longer than the overlap can hide a change until the next full pass. Deleted contacts do
//! not appear in the feed; full passes find them.
//!
//! **Event-only entities.** GHL lists tasks, notes and appointments only per contact or per
//! calendar window, so `stream_all` for them yields one non-retryable error rather than an
//! empty list (an empty full pass would let the engine trash every row). Sync them from
//! webhooks ([`super::events`]) with `fetch` to settle each event.
//!
//! **Custom fields by key.** Contact records carry `custom`, their custom field values by id
//! and by key ([`records`](super::records)). The keys come from
//! `GET /locations/{id}/customFields?model=contact`, loaded once and kept; a full contact pass
//! loads them again, so fields added in GHL get their keys by the next full pass
//! ([`GhlSource::load_custom_fields`]). Without the scope for that endpoint (GHL answers 401
//! or 403) the source warns once and `custom` holds the ids only; any other failure to load
//! them is warned about and retried at the next read, the records of that read carrying ids
//! only.
//!
//! **Errors.** Every failed read is [`Outcome::NotApplied`]; see [`remote_error`].

use crate::entity;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, PoisonError, RwLock};
use std::time::Duration;

use chrono::{DateTime, SecondsFormat, Utc};
use futures_util::{StreamExt, stream};
use serde_json::json;
use sync_core::error::{Outcome, RemoteError};
use sync_core::record::{EntityKind, SourceRecord};
use sync_core::source::{Change, ChangeCursor, ChangeStream, Source};
use sync_core::{BoxFuture, BoxStream};

use super::records::{
    CustomFieldKeys, PipelineNames, appointment_record, contact_record_with, note_record,
    opportunity_record, split_child_id, task_record,
};
use ghl_client::client::GhlClient;
use ghl_client::error::{ApiErrorKind, Error};
use ghl_client::ids::{ContactId, EventId, NoteId, OpportunityId, TaskId};
use ghl_client::models::contact::{
    ContactSearch, Filter, FilterOperator, MAX_SEARCH_PAGE_LIMIT, SortDirection,
};
use ghl_client::models::custom_field::CustomFieldModel;
use ghl_client::models::opportunity::{MAX_SEARCH_LIMIT, OpportunitySearch, OpportunityStatus};

/// The page size [`GhlSource::new`] uses for contact searches.
pub const DEFAULT_PAGE_SIZE: u32 = 250;
/// The smallest contact page size [`GhlSource::page_size`] accepts.
pub const MIN_PAGE_SIZE: u32 = 100;
/// The overlap [`GhlSource::new`] uses for change cursors.
pub const DEFAULT_OVERLAP: Duration = Duration::from_secs(5);

/// GoHighLevel as the sync engine's source of truth. See the [module docs](self).
#[derive(Debug)]
pub struct GhlSource {
    client: GhlClient,
    page_size: u32,
    entities: Vec<EntityKind>,
    overlap: Duration,
    pipelines: RwLock<Option<Arc<PipelineNames>>>,
    custom_fields: RwLock<Option<Arc<CustomFieldKeys>>>,
    /// Whether the "no access to custom field definitions" warning was given.
    warned_no_access: AtomicBool,
}

impl GhlSource {
    /// A source over `client`'s location for contacts, opportunities, tasks, notes and
    /// appointments, with [`DEFAULT_PAGE_SIZE`] and [`DEFAULT_OVERLAP`].
    pub fn new(client: GhlClient) -> Self {
        Self {
            client,
            page_size: DEFAULT_PAGE_SIZE,
            entities: vec![
                entity::CONTACT,
                entity::OPPORTUNITY,
                entity::TASK,
                entity::NOTE,
                entity::APPOINTMENT,
            ],
            overlap: DEFAULT_OVERLAP,
            pipelines: RwLock::new(None),
            custom_fields: RwLock::new(None),
            warned_no_access: AtomicBool::new(false),
        }
    }

    /// Contacts per search page, clamped to 100..=500. Opportunity pages hold at most 100
    /// (GHL's limit) whatever this says.
    pub fn page_size(mut self, size: u32) -> Self {
        self.page_size = size.clamp(MIN_PAGE_SIZE, MAX_SEARCH_PAGE_LIMIT);
        self
    }

    /// The entity kinds this source serves; calls for any other kind fail (not retryable).
    pub fn entities(mut self, entities: impl IntoIterator<Item = EntityKind>) -> Self {
        self.entities = entities.into_iter().collect();
        self
    }

    /// How far change cursors look back to survive GHL's search lag and clock skew.
    pub fn overlap(mut self, overlap: Duration) -> Self {
        self.overlap = overlap;
        self
    }

    /// The client this source reads with (for its metrics, say).
    pub fn client(&self) -> &GhlClient {
        &self.client
    }

    /// The contact search page size in force.
    pub fn contact_page_size(&self) -> u32 {
        self.page_size
    }

    /// The overlap in force.
    pub fn cursor_overlap(&self) -> Duration {
        self.overlap
    }

    /// Whether this source serves `entity`.
    pub fn serves(&self, entity: &EntityKind) -> bool {
        self.entities.contains(entity)
    }

    /// Loads pipeline and stage names and keeps them for later records. A full pass over
    /// opportunities calls it first, so names are fresh once per run; `fetch` loads them
    /// only if none are loaded yet.
    pub async fn load_pipelines(&self) -> Result<Arc<PipelineNames>, Error> {
        let pipelines = self.client.opportunities().pipelines().await?;
        let names = Arc::new(PipelineNames::new(&pipelines));
        *self
            .pipelines
            .write()
            .unwrap_or_else(PoisonError::into_inner) = Some(Arc::clone(&names));
        Ok(names)
    }

    /// The loaded pipeline names, loading them first if needed.
    pub async fn pipeline_names(&self) -> Result<Arc<PipelineNames>, Error> {
        let cached = self
            .pipelines
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        match cached {
            Some(names) => Ok(names),
            None => self.load_pipelines().await,
        }
    }

    /// Loads the contact custom field keys and keeps them for later records. A full contact
    /// pass calls it first; incremental reads and `fetch` load them only if none are kept.
    ///
    /// Without access to the definitions (GHL answers 403, or 401 for a missing scope) this
    /// keeps no keys, warns once and returns them empty: `custom` then holds ids only.
    pub async fn load_custom_fields(&self) -> Result<Arc<CustomFieldKeys>, Error> {
        let keys = match self
            .client
            .custom_fields()
            .list(CustomFieldModel::Contact)
            .await
        {
            Ok(definitions) => CustomFieldKeys::new(&definitions),
            Err(e) if no_access(&e) => {
                if !self.warned_no_access.swap(true, Ordering::Relaxed) {
                    tracing::warn!(error = %e, "no access to GHL custom field definitions (scope locations/customFields.readonly): custom.<key> field mappings stay empty, custom.<id> ones work");
                }
                CustomFieldKeys::default()
            }
            Err(e) => return Err(e),
        };
        let keys = Arc::new(keys);
        *self
            .custom_fields
            .write()
            .unwrap_or_else(PoisonError::into_inner) = Some(Arc::clone(&keys));
        Ok(keys)
    }

    /// The contact custom field keys kept from the last load, without loading.
    pub fn kept_custom_field_keys(&self) -> Option<Arc<CustomFieldKeys>> {
        self.custom_fields
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// The kept contact custom field keys, loading them first if needed.
    pub async fn custom_field_keys(&self) -> Result<Arc<CustomFieldKeys>, Error> {
        let cached = self
            .custom_fields
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        match cached {
            Some(keys) => Ok(keys),
            None => self.load_custom_fields().await,
        }
    }

    /// The keys (loaded again when `reload`). If they cannot be loaded, the keys kept from
    /// an earlier load serve, else none: that read's records carry their custom fields by id
    /// only, and the next read tries again.
    async fn keys_or_ids(&self, reload: bool) -> Arc<CustomFieldKeys> {
        let loaded = if reload {
            self.load_custom_fields().await
        } else {
            self.custom_field_keys().await
        };
        loaded.unwrap_or_else(|e| {
            let kept = self
                .custom_fields
                .read()
                .unwrap_or_else(PoisonError::into_inner)
                .clone();
            tracing::warn!(error = %e, kept = kept.is_some(), "GHL custom field definitions could not be read: using the keys kept from an earlier read, if any");
            kept.unwrap_or_default()
        })
    }

    /// The cursor for "`at` minus the overlap".
    fn cursor_at(&self, at: DateTime<Utc>) -> ChangeCursor {
        cursor_of(at - self.overlap)
    }

    fn check(&self, entity: &EntityKind) -> Result<(), RemoteError> {
        if self.serves(entity) {
            Ok(())
        } else {
            Err(RemoteError::not_applied(format!(
                "this GHL source does not serve {entity} records"
            )))
        }
    }

    fn contacts(&self) -> BoxStream<'_, Result<SourceRecord, RemoteError>> {
        let search = ContactSearch::new()
            .page_limit(self.page_size)
            .sort("dateAdded", SortDirection::Asc);
        let api = self.client.contacts();
        let records = stream::once(self.keys_or_ids(true)).flat_map(move |keys| {
            api.search_stream(search.clone()).map(move |r| {
                r.map(|c| contact_record_with(&c, &keys))
                    .map_err(remote_error)
            })
        });
        Box::pin(records)
    }

    fn opportunities(&self) -> BoxStream<'_, Result<SourceRecord, RemoteError>> {
        let search = OpportunitySearch::new()
            .status(OpportunityStatus::All)
            .limit(self.page_size.min(MAX_SEARCH_LIMIT));
        let api = self.client.opportunities();
        let records = stream::once(self.load_pipelines()).flat_map(move |names| match names {
            Ok(names) => api
                .search_stream(search.clone())
                .map(move |r| {
                    r.map(|o| opportunity_record(&o, &names))
                        .map_err(remote_error)
                })
                .boxed(),
            Err(e) => stream::iter([Err(remote_error(e))]).boxed(),
        });
        Box::pin(records)
    }

    fn contact_changes(&self, since: DateTime<Utc>) -> ChangeStream<'_> {
        let search = ContactSearch::new()
            .page_limit(self.page_size)
            .filter(Filter::condition(
                "dateUpdated",
                FilterOperator::Range,
                Some(json!({ "gte": iso(since) })),
            ))
            .sort("dateUpdated", SortDirection::Asc);
        let contacts = self.client.contacts().search_stream(search);
        let overlap = self.overlap;
        // State: the search, the checkpoint so far, whether the feed has ended, and the
        // custom field keys (loaded before the first contact).
        let changes = stream::unfold(
            (contacts, since, false, None),
            move |(mut contacts, checkpoint, ended, keys)| async move {
                if ended {
                    return None;
                }
                let keys = match keys {
                    Some(keys) => keys,
                    None => self.keys_or_ids(false).await,
                };
                match contacts.next().await {
                    Some(Ok(contact)) => {
                        let checkpoint = contact
                            .date_updated
                            .map_or(checkpoint, |at| checkpoint.max(at - overlap));
                        let change = Change::Upsert(contact_record_with(&contact, &keys));
                        Some((Ok(change), (contacts, checkpoint, false, Some(keys))))
                    }
                    Some(Err(e)) => Some((
                        Err(remote_error(e)),
                        (contacts, checkpoint, true, Some(keys)),
                    )),
                    None => {
                        let change = Change::Checkpoint(cursor_of(checkpoint));
                        Some((Ok(change), (contacts, checkpoint, true, Some(keys))))
                    }
                }
            },
        );
        Box::pin(changes)
    }

    async fn fetch_record(
        &self,
        entity: &EntityKind,
        id: &str,
    ) -> Result<Option<SourceRecord>, RemoteError> {
        self.check(entity)?;
        let found = match entity.as_str() {
            "contact" => {
                let keys = self.keys_or_ids(false).await;
                self.client
                    .contacts()
                    .get(&ContactId::from(id))
                    .await
                    .map(|c| contact_record_with(&c, &keys))
            }
            "opportunity" => {
                let names = self.pipeline_names().await.map_err(remote_error)?;
                self.client
                    .opportunities()
                    .get(&OpportunityId::from(id))
                    .await
                    .map(|o| opportunity_record(&o, &names))
            }
            "task" => {
                let (contact, task) = child_parts(entity, id)?;
                self.client
                    .tasks()
                    .get(&contact, &TaskId::from(task))
                    .await
                    .map(|t| task_record(&t, &contact))
            }
            "note" => {
                let (contact, note) = child_parts(entity, id)?;
                self.client
                    .notes()
                    .get(&contact, &NoteId::from(note))
                    .await
                    .map(|n| note_record(&n, &contact))
            }
            "appointment" => self
                .client
                .calendars()
                .appointment(&EventId::from(id))
                .await
                .map(|e| appointment_record(&e)),
            _ => return Err(unsupported(entity)),
        };
        match found {
            Ok(record) => Ok(Some(record)),
            Err(e) if e.is_not_found() => Ok(None),
            Err(e) => Err(remote_error(e)),
        }
    }
}

impl Source for GhlSource {
    fn stream_all<'a>(
        &'a self,
        entity: &'a EntityKind,
    ) -> BoxStream<'a, Result<SourceRecord, RemoteError>> {
        if let Err(e) = self.check(entity) {
            return Box::pin(stream::iter([Err(e)]));
        }
        match entity.as_str() {
            "contact" => self.contacts(),
            "opportunity" => self.opportunities(),
            _ => Box::pin(stream::iter([Err(RemoteError::not_applied(format!(
                "GHL cannot list every {entity}: sync {entity} records from webhooks"
            )))])),
        }
    }

    fn fetch<'a>(
        &'a self,
        entity: &'a EntityKind,
        id: &'a str,
    ) -> BoxFuture<'a, Result<Option<SourceRecord>, RemoteError>> {
        Box::pin(self.fetch_record(entity, id))
    }

    fn changes_since<'a>(
        &'a self,
        entity: &'a EntityKind,
        cursor: &'a ChangeCursor,
    ) -> Option<ChangeStream<'a>> {
        if *entity != entity::CONTACT || !self.serves(entity) {
            return None;
        }
        match parse_cursor(cursor) {
            Some(since) => Some(self.contact_changes(since)),
            None => {
                // A cursor this source did not write: a full pass replaces it.
                tracing::warn!(cursor = %cursor.0, "unreadable GHL change cursor; running a full pass");
                None
            }
        }
    }

    fn checkpoint<'a>(
        &'a self,
        entity: &'a EntityKind,
    ) -> BoxFuture<'a, Result<Option<ChangeCursor>, RemoteError>> {
        let cursor = (*entity == entity::CONTACT && self.serves(entity)).then(|| {
            let now = DateTime::<Utc>::from(self.client.clock().wall());
            self.cursor_at(now)
        });
        Box::pin(async move { Ok(cursor) })
    }
}

/// Maps a client error to the engine's [`RemoteError`], keeping it as the source.
///
/// A read changes nothing, so the outcome is always [`Outcome::NotApplied`].
///
/// **Retryable** means "the client did not already retry this, and repeating it is safe".
/// The client's pipeline is the one retry owner: it has already retried 408, 429, 5xx,
/// transport failures and undecodable answers as far as its policy and retry quota allow
/// (and a token provider failure went through the token client's own pipeline), so none of
/// those is retryable here. The one exception is an open circuit ([`Error::CircuitOpen`]):
/// nothing was sent, and the breaker itself paces the next try. A spent daily budget is not
/// retryable (it resets in hours: the next run picks the work up), nor are other 4xx
/// answers, invalid requests, configuration errors or a revoked authorization.
pub fn remote_error(error: Error) -> RemoteError {
    let retryable = matches!(error, Error::CircuitOpen { .. });
    RemoteError {
        outcome: Outcome::NotApplied,
        retryable,
        message: format!("GHL: {error}"),
        source: Some(Box::new(error)),
    }
}

/// Whether `error` says the token may not read custom field definitions: a 403, or a 401
/// for a missing scope.
fn no_access(error: &Error) -> bool {
    error
        .api()
        .is_some_and(|api| api.status.as_u16() == 403 || api.kind == ApiErrorKind::MissingScope)
}

fn child_parts<'a>(entity: &EntityKind, id: &'a str) -> Result<(ContactId, &'a str), RemoteError> {
    split_child_id(id).ok_or_else(|| {
        RemoteError::not_applied(format!(
            "a GHL {entity} record id must be \"{{contactId}}/{{id}}\", got {id:?}"
        ))
    })
}

fn unsupported(entity: &EntityKind) -> RemoteError {
    RemoteError::not_applied(format!("GHL has no {entity} records"))
}

/// A cursor is the instant as RFC 3339 with milliseconds.
fn cursor_of(at: DateTime<Utc>) -> ChangeCursor {
    ChangeCursor(iso(at))
}

fn parse_cursor(cursor: &ChangeCursor) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(&cursor.0)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

fn iso(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_with_milliseconds() {
        let at = DateTime::parse_from_rfc3339("2025-03-04T05:06:07.089Z")
            .unwrap()
            .with_timezone(&Utc);
        let cursor = cursor_of(at);
        assert_eq!(cursor.0, "2025-03-04T05:06:07.089Z");
        assert_eq!(parse_cursor(&cursor), Some(at));
        assert_eq!(parse_cursor(&ChangeCursor("yesterday".into())), None);
    }

    fn api(status: u16, kind: ApiErrorKind) -> Error {
        Error::Api(Box::new(ghl_client::error::ApiError {
            status: http::StatusCode::from_u16(status).unwrap(),
            kind,
            method: "GET".to_owned(),
            path: "/contacts/{id}",
            messages: vec!["answer".to_owned()],
            error: None,
            trace_id: Some("trace-1".to_owned()),
            retry_after: Some(Duration::from_secs(1)),
            excerpt: String::new(),
        }))
    }

    fn transport(connect: bool, timeout: bool) -> Error {
        let source = reqwest::Client::new()
            .get("not a url")
            .build()
            .expect_err("an invalid URL is a reqwest error");
        Error::Transport {
            method: "GET".to_owned(),
            path: "/contacts/{id}",
            timeout,
            connect,
            source,
        }
    }

    /// Asserts that `remote_error` gives `error` the outcome NotApplied and `retryable`,
    /// naming GHL and keeping the client's error as its source.
    fn check(error: Error, retryable: bool) {
        let text = error.to_string();
        let remote = remote_error(error);
        assert_eq!(remote.outcome, Outcome::NotApplied, "{text}");
        assert_eq!(remote.retryable, retryable, "{text}");
        assert_eq!(remote.message, format!("GHL: {text}"));
        let source = remote.source.as_ref().expect("the client's error is kept");
        assert!(source.downcast_ref::<Error>().is_some(), "{text}");
        assert_eq!(source.to_string(), text);
    }

    #[test]
    fn only_an_open_circuit_is_retryable() {
        check(
            Error::CircuitOpen {
                retry_in: Duration::from_secs(30),
            },
            true,
        );
        check(
            Error::CircuitOpen {
                retry_in: Duration::ZERO,
            },
            true,
        );
    }

    #[test]
    fn every_failed_read_is_not_applied_and_not_retried_again() {
        for (status, kind) in [
            (429, ApiErrorKind::RateLimited),
            (500, ApiErrorKind::Server),
            (502, ApiErrorKind::Server),
            (503, ApiErrorKind::Server),
            (504, ApiErrorKind::Server),
            (408, ApiErrorKind::Other),
            (400, ApiErrorKind::BadRequest),
            (401, ApiErrorKind::InvalidToken),
            (401, ApiErrorKind::MissingScope),
            (403, ApiErrorKind::WrongLocation),
            (404, ApiErrorKind::NotFound),
            (422, ApiErrorKind::Unprocessable),
        ] {
            check(api(status, kind), false);
        }
        // Failures whose outcome the client calls unknown are still reads: nothing changed.
        check(transport(false, true), false);
        check(transport(true, false), false);
        check(
            Error::OperationTimeout {
                method: "GET".to_owned(),
                path: "/contacts/search",
                elapsed: Duration::from_secs(60),
            },
            false,
        );
        check(
            Error::Decode {
                method: "GET".to_owned(),
                path: "/contacts/{id}",
                json_path: "contact.id".to_owned(),
                message: "missing field".to_owned(),
                excerpt: "{}".to_owned(),
            },
            false,
        );
        check(
            Error::DailyLimitExhausted {
                resource: "loc-1".to_owned(),
                limit: 200_000,
                resets_in: Duration::from_secs(3600),
            },
            false,
        );
        for error in [
            Error::InvalidRequest("bad query".to_owned()),
            Error::Config("no location".to_owned()),
            Error::Auth("token provider down".into()),
            Error::ReauthorizationRequired {
                resource: "loc-1".to_owned(),
                reason: "revoked".to_owned(),
            },
        ] {
            check(error, false);
        }
    }

    #[test]
    fn no_access_is_a_403_or_a_missing_scope() {
        assert!(no_access(&api(403, ApiErrorKind::WrongLocation)));
        assert!(no_access(&api(403, ApiErrorKind::Forbidden)));
        assert!(no_access(&api(401, ApiErrorKind::MissingScope)));
        assert!(!no_access(&api(401, ApiErrorKind::InvalidToken)));
        assert!(!no_access(&api(404, ApiErrorKind::NotFound)));
        assert!(!no_access(&api(500, ApiErrorKind::Server)));
        assert!(!no_access(&Error::Config("x".to_owned())));
    }
}
