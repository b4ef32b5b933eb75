//! Pages and item streams for GHL's two cursor schemes.
//!
//! - **`searchAfter`** (`POST /contacts/search`, `POST /opportunities/search`): each record
//!   carries a `searchAfter` array; the last record's array is the next cursor.
//! - **`startAfter` + `startAfterId`** (`GET` lists such as `/opportunities/search` and the
//!   deprecated `/contacts/`): the response's `meta` gives both values for the next page.
//!
//! A [`Page`] can be stepped by hand (pass [`Page::next`] back in), and every list operation
//! also offers a `Stream` of items that fetches pages lazily and stops with
//! [`crate::Error::InvalidRequest`] if the server ever repeats a cursor.

use std::future::Future;
use std::hash::{Hash, Hasher};

use futures_core::Stream;
use futures_util::StreamExt;
use futures_util::stream::BoxStream;
use serde::{Deserialize, Serialize};

use ghl_notion_runtime::paging::{PageOf, cursor_stream};

use crate::error::{Error, Result};

/// The position of the next page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Cursor {
    /// A search cursor: the `searchAfter` array of the last record.
    SearchAfter(Vec<serde_json::Value>),
    /// A list cursor: `startAfter` (epoch milliseconds) and `startAfterId`.
    StartAfter {
        /// `startAfter`, epoch milliseconds.
        start_after: i64,
        /// `startAfterId`.
        start_after_id: String,
    },
    /// An offset cursor (`skip`) for endpoints that page by offset.
    Skip(u64),
    /// A page number (`page`) for endpoints that page by number.
    Page(u64),
}

impl Eq for Cursor {}

impl Hash for Cursor {
    fn hash<H: Hasher>(&self, state: &mut H) {
        match self {
            Cursor::SearchAfter(values) => {
                0u8.hash(state);
                serde_json::to_string(values)
                    .unwrap_or_default()
                    .hash(state);
            }
            Cursor::StartAfter {
                start_after,
                start_after_id,
            } => {
                1u8.hash(state);
                start_after.hash(state);
                start_after_id.hash(state);
            }
            Cursor::Skip(n) => {
                2u8.hash(state);
                n.hash(state);
            }
            Cursor::Page(n) => {
                3u8.hash(state);
                n.hash(state);
            }
        }
    }
}

/// One page of results.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The records on this page.
    pub items: Vec<T>,
    /// The total number of matching records, when the API says.
    pub total: Option<u64>,
    /// The cursor of the next page; `None` on the last page.
    pub next: Option<Cursor>,
}

impl<T> Page<T> {
    /// Whether another page follows.
    pub fn has_more(&self) -> bool {
        self.next.is_some()
    }
}

/// Streams every item of every page, fetching lazily, starting at `first` (`None` = the
/// first page). The stream ends with an error if the server repeats a cursor.
pub fn stream_pages<T, F, Fut>(first: Option<Cursor>, mut fetch: F) -> BoxStream<'static, Result<T>>
where
    T: Send + 'static,
    F: FnMut(Option<Cursor>) -> Fut + Send + 'static,
    Fut: Future<Output = Result<Page<T>>> + Send + 'static,
{
    let stream = cursor_stream(
        first,
        move |cursor| {
            let fut = fetch(cursor);
            async move {
                let page = fut.await?;
                Ok(PageOf {
                    items: page.items,
                    next: page.next,
                })
            }
        },
        |cursor: &Cursor| {
            Error::InvalidRequest(format!(
                "the server returned the same page cursor twice ({cursor:?}); stopping to avoid an endless loop"
            ))
        },
    );
    stream.boxed()
}

/// Boxed stream alias used by list operations.
pub type ItemStream<T> = BoxStream<'static, Result<T>>;

/// Helper so generic code can name the stream type.
pub fn boxed<T, S>(s: S) -> ItemStream<T>
where
    S: Stream<Item = Result<T>> + Send + 'static,
{
    s.boxed()
}
