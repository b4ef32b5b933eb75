//! One handler per API area; each only describes requests.
//!
//! Handlers are cheap, owned values (a clone of the client), reached from methods of the
//! client, [`crate::GhlClient`]: [`contacts`](crate::GhlClient::contacts),
//! [`tasks`](crate::GhlClient::tasks), [`notes`](crate::GhlClient::notes),
//! [`opportunities`](crate::GhlClient::opportunities),
//! [`calendars`](crate::GhlClient::calendars),
//! [`custom_fields`](crate::GhlClient::custom_fields),
//! [`locations`](crate::GhlClient::locations) and [`users`](crate::GhlClient::users).
//! List operations return a [`Page`](crate::Page) to step by hand and offer a `*_stream`
//! twin that yields every item lazily.
//!
//! ```no_run
//! use futures_util::TryStreamExt;
//! use ghl_client::GhlClient;
//! use ghl_client::models::contact::{ContactSearch, Filter};
//!
//! # async fn run() -> Result<(), ghl_client::Error> {
//! let client = GhlClient::from_env()?;
//! let vips: Vec<_> = client
//!     .contacts()
//!     .search_stream(ContactSearch::new().filter(Filter::eq("tags", "vip")))
//!     .try_collect()
//!     .await?;
//! println!("{} VIP contacts", vips.len());
//! # Ok(()) }
//! ```

pub mod calendars;
pub mod contacts;
pub mod custom_fields;
pub mod locations;
pub mod notes;
pub mod opportunities;
pub mod tasks;
pub mod users;

pub use calendars::CalendarsApi;
pub use contacts::ContactsApi;
pub use custom_fields::CustomFieldsApi;
pub use locations::LocationsApi;
pub use notes::NotesApi;
pub use opportunities::OpportunitiesApi;
pub use tasks::TasksApi;
pub use users::UsersApi;

use crate::client::GhlClient;
use crate::error::{Error, Result};
use crate::ids::LocationId;
use crate::models::common::PageMeta;
use crate::pagination::Cursor;

/// The explicit location if given, else the client's (an [`Error::Config`] if neither).
pub(crate) fn location_or_default(
    client: &GhlClient,
    explicit: Option<&LocationId>,
) -> Result<LocationId> {
    match explicit {
        Some(id) => Ok(id.clone()),
        None => client.location_id().cloned(),
    }
}

/// The next `startAfter` / `startAfterId` cursor from a list's `meta`.
///
/// There is a next page when the meta carries both cursor values and either points to a
/// next page (`nextPageUrl` or `nextPage`) or the page was full. (A stream ends on an empty
/// page, or on a full one once the listing reached the `total` of its answers: see
/// [`Tally`](crate::pagination::Tally).)
pub(crate) fn start_after_cursor(
    meta: Option<&PageMeta>,
    returned: usize,
    limit: u32,
) -> Option<Cursor> {
    let meta = meta?;
    let (start_after, start_after_id) = (meta.start_after?, meta.start_after_id.clone()?);
    if returned == 0 || start_after_id.is_empty() {
        return None;
    }
    let says_more =
        meta.next_page_url.as_deref().is_some_and(|u| !u.is_empty()) || meta.next_page.is_some();
    (says_more || returned >= limit as usize).then_some(Cursor::StartAfter {
        start_after,
        start_after_id,
    })
}

/// An error for a cursor of the wrong scheme handed to a stream.
pub(crate) fn wrong_cursor(expected: &str, got: &Cursor) -> Error {
    Error::InvalidRequest(format!("expected a {expected} cursor, got {got:?}"))
}
