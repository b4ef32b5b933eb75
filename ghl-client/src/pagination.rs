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
use std::sync::{Arc, Mutex, PoisonError};

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
///
/// It ends after a page without a next cursor (a short page, see each list operation), and
/// after a full page once a listing from the first page has yielded exactly the `total`
/// every one of its pages reported ([`Tally`]): 1,000 records at 500 a page take 2
/// requests, not 2 and an empty one.
pub fn stream_pages<T, F, Fut>(first: Option<Cursor>, mut fetch: F) -> BoxStream<'static, Result<T>>
where
    T: Send + 'static,
    F: FnMut(Option<Cursor>) -> Fut + Send + 'static,
    Fut: Future<Output = Result<Page<T>>> + Send + 'static,
{
    // A listing resumed from a cursor cannot count what came before it.
    let tally = first
        .is_none()
        .then(|| Arc::new(Mutex::new(Tally::default())));
    let stream = cursor_stream(
        first,
        move |cursor| {
            let fut = fetch(cursor);
            let tally = tally.clone();
            async move {
                let page = fut.await?;
                let mut next = page.next;
                if let Some(tally) = tally {
                    let mut tally = tally.lock().unwrap_or_else(PoisonError::into_inner);
                    tally.add(page.items.len(), page.total);
                    if tally.complete() {
                        next = None;
                    }
                }
                Ok(PageOf {
                    items: page.items,
                    next,
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

/// What a listing from the first page has seen so far: how many items, and the `total` its
/// pages reported. It decides when a full page is the last one without asking for the
/// next (empty) page.
///
/// The rule: the listing is complete when every page reported the same `total` and exactly
/// that many items have come. It never drops a record a listing would have found:
///
/// - no `total`, or pages that disagree about it (records added or deleted mid-listing):
///   the listing goes on until a short page, as without the rule;
/// - more items than the `total` says exist: the `total` is wrong, ignored from then on;
/// - a `total` of exactly [`Tally::CAPPED_TOTAL`]: search indexes commonly stop counting
///   there (the answer means "at least"), so it is not trusted either;
/// - the same `total` on every page and exactly that many items: had a record been deleted
///   behind the reader and another added, the `total` would stay the same with an unseen
///   record left. New records sort after the old ones (by date added, or date updated for a
///   change feed), so the unseen one was added after the listing began: a record no
///   listing that ended earlier would have found either, and the next incremental run's
///   cursor (taken before the listing began, or at the newest change seen) still finds it.
///   Every record older than the listing is among the items counted.
///
/// ```
/// use ghl_client::pagination::Tally;
///
/// let mut tally = Tally::default();
/// tally.add(500, Some(1000));
/// assert!(!tally.complete());
/// tally.add(500, Some(1000));
/// assert!(tally.complete()); // no third, empty page
/// ```
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pages: u64,
    seen: u64,
    total: Option<u64>,
    unreliable: bool,
}

impl Tally {
    /// A `total` that may be a search index's cap rather than a count (10,000).
    pub const CAPPED_TOTAL: u64 = 10_000;

    /// Counts a page of `items` that reported `total`.
    pub fn add(&mut self, items: usize, total: Option<u64>) {
        self.pages += 1;
        self.seen += items as u64;
        match (self.pages, self.total, total) {
            (1, _, Some(t)) if t != Self::CAPPED_TOTAL => self.total = Some(t),
            (_, Some(before), Some(t)) if before == t => {}
            _ => self.unreliable = true,
        }
        if self.total.is_some_and(|t| self.seen > t) {
            self.unreliable = true;
        }
    }

    /// Items counted so far.
    pub fn seen(&self) -> u64 {
        self.seen
    }

    /// Whether the listing has every record its `total` promised (see the type's docs).
    pub fn complete(&self) -> bool {
        !self.unreliable && self.total == Some(self.seen)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `(items, total)` per page, and whether the listing is complete after the last.
    #[test]
    fn a_listing_is_complete_when_every_page_reported_the_total_it_reached() {
        for (pages, complete) in [
            (&[(500, Some(1000)), (500, Some(1000))][..], true),
            (&[(500, Some(1000))][..], false),
            (&[(500, Some(500))][..], true),
            (&[(0, Some(0))][..], true),
            (&[(300, Some(300))][..], true),
            // No total, or one page without it.
            (&[(500, None), (500, None)][..], false),
            (&[(500, Some(1000)), (500, None)][..], false),
            (&[(500, None), (500, Some(1000))][..], false),
            // The total moved mid-listing (a record deleted, or added).
            (&[(500, Some(1001)), (500, Some(1000))][..], false),
            (&[(500, Some(1000)), (500, Some(1001))][..], false),
            // More items than the total says exist: the total is wrong.
            (&[(500, Some(400))][..], false),
            (&[(500, Some(0))][..], false),
            // A total that may be a search index's cap.
            (&[(500, Some(10_000))][..], false),
            (&[(5000, Some(10_000)), (5000, Some(10_000))][..], false),
            (&[(5000, Some(9_999)), (4999, Some(9_999))][..], true),
            (&[(5000, Some(10_001)), (5001, Some(10_001))][..], true),
        ] {
            let mut tally = Tally::default();
            for (items, total) in pages {
                tally.add(*items, *total);
            }
            assert_eq!(tally.complete(), complete, "{pages:?}");
            let items: usize = pages.iter().map(|(n, _)| n).sum();
            assert_eq!(tally.seen(), items as u64);
        }
    }

    #[test]
    fn a_wrong_total_is_not_trusted_again_once_exceeded() {
        let mut tally = Tally::default();
        tally.add(500, Some(400));
        tally.add(0, Some(400));
        assert!(!tally.complete());
        // Even if the count later matches another total.
        let mut tally = Tally::default();
        tally.add(2, Some(1));
        tally.add(0, Some(2));
        assert!(!tally.complete());
    }
}
