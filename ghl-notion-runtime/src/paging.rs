//! Cursor pagination as a stream of items, guarded against cursors that do not advance.
//!
//! Both GHL (`searchAfter`, `startAfter`/`startAfterId`) and Notion (`next_cursor`) page by an
//! opaque cursor. [`cursor_stream`] turns a "fetch the page after this cursor" function into a
//! `Stream` of items. It stops when a page has no next cursor, when a page is empty, and when
//! the server hands back a cursor it already gave (a loop that would never end). The last case
//! yields the items of that page and then the error made by `on_repeat`, so the caller sees
//! it rather than a silent truncation. Pages are fetched lazily, one at a time.
//!
//! ```
//! use futures_util::{StreamExt, TryStreamExt};
//! use ghl_notion_runtime::paging::{cursor_stream, PageOf};
//!
//! # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
//! let pages = cursor_stream(
//!     None,
//!     |cursor: Option<u32>| async move {
//!         let start = cursor.unwrap_or(0);
//!         let next = (start < 4).then_some(start + 2);
//!         Ok::<_, String>(PageOf { items: vec![start, start + 1], next })
//!     },
//!     |c| format!("cursor {c} repeated"),
//! );
//! let all: Vec<u32> = pages.try_collect().await.unwrap();
//! assert_eq!(all, vec![0, 1, 2, 3, 4, 5]);
//! # });
//! ```

use std::collections::HashSet;
use std::future::Future;
use std::hash::Hash;

use futures_core::Stream;
use futures_util::stream;

/// One page as returned by a fetch function: its items and the cursor of the next page.
#[derive(Debug, Clone, PartialEq)]
pub struct PageOf<T, C> {
    /// The items on this page.
    pub items: Vec<T>,
    /// The cursor for the next page, `None` on the last page.
    pub next: Option<C>,
}

struct State<T, C, E, F, R> {
    cursor: Option<C>,
    seen: HashSet<C>,
    fetch: F,
    on_repeat: R,
    buffer: std::vec::IntoIter<T>,
    pending_error: Option<E>,
    done: bool,
}

/// Streams every item of every page, starting from `first` (`None` = the first page).
pub fn cursor_stream<T, C, E, F, Fut, R>(
    first: Option<C>,
    fetch: F,
    on_repeat: R,
) -> impl Stream<Item = Result<T, E>> + Send
where
    T: Send + 'static,
    C: Clone + Eq + Hash + Send + 'static,
    E: Send + 'static,
    F: FnMut(Option<C>) -> Fut + Send + 'static,
    Fut: Future<Output = Result<PageOf<T, C>, E>> + Send,
    R: Fn(&C) -> E + Send + 'static,
{
    let mut seen = HashSet::new();
    if let Some(c) = &first {
        seen.insert(c.clone());
    }
    let state = State {
        cursor: first,
        seen,
        fetch,
        on_repeat,
        buffer: Vec::new().into_iter(),
        pending_error: None,
        done: false,
    };
    stream::unfold(state, |mut st| async move {
        loop {
            if let Some(item) = st.buffer.next() {
                return Some((Ok(item), st));
            }
            if let Some(err) = st.pending_error.take() {
                return Some((Err(err), st));
            }
            if st.done {
                return None;
            }
            match (st.fetch)(st.cursor.clone()).await {
                Err(err) => {
                    st.done = true;
                    return Some((Err(err), st));
                }
                Ok(page) => {
                    st.done = page.items.is_empty();
                    match page.next {
                        Some(next) if !st.done => {
                            if st.seen.insert(next.clone()) {
                                st.cursor = Some(next);
                            } else {
                                st.done = true;
                                st.pending_error = Some((st.on_repeat)(&next));
                            }
                        }
                        _ => st.done = true,
                    }
                    st.buffer = page.items.into_iter();
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::StreamExt;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU32, Ordering};

    #[tokio::test]
    async fn stops_on_a_repeated_cursor_with_an_error() {
        let calls = Arc::new(AtomicU32::new(0));
        let c = calls.clone();
        let s = cursor_stream(
            None,
            move |cursor: Option<&'static str>| {
                c.fetch_add(1, Ordering::SeqCst);
                async move {
                    Ok::<_, String>(match cursor {
                        None => PageOf {
                            items: vec![1, 2],
                            next: Some("a"),
                        },
                        Some(_) => PageOf {
                            items: vec![3],
                            next: Some("a"),
                        },
                    })
                }
            },
            |c| format!("repeated {c}"),
        );
        let got: Vec<Result<i32, String>> = s.collect().await;
        assert_eq!(got, vec![Ok(1), Ok(2), Ok(3), Err("repeated a".to_owned())]);
        assert_eq!(calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn an_empty_last_page_ends_quietly_even_if_its_cursor_repeats() {
        let s = cursor_stream(
            None,
            |cursor: Option<&'static str>| async move {
                Ok::<_, String>(match cursor {
                    None => PageOf {
                        items: vec![1],
                        next: Some("a"),
                    },
                    Some(_) => PageOf {
                        items: vec![],
                        next: Some("a"),
                    },
                })
            },
            |c| format!("repeated {c}"),
        );
        let got: Vec<Result<i32, String>> = s.collect().await;
        assert_eq!(got, vec![Ok(1)]);
    }

    #[tokio::test]
    async fn stops_on_an_empty_page_and_on_errors() {
        let s = cursor_stream(
            Some(0u32),
            |cursor: Option<u32>| async move {
                match cursor {
                    Some(0) => Ok(PageOf {
                        items: vec![10],
                        next: Some(1),
                    }),
                    _ => Ok::<_, ()>(PageOf {
                        items: vec![],
                        next: Some(2),
                    }),
                }
            },
            |_| (),
        );
        let got: Vec<Result<u32, ()>> = s.collect().await;
        assert_eq!(got, vec![Ok(10)]);

        let s = cursor_stream(
            None,
            |_: Option<u32>| async { Err::<PageOf<u32, u32>, _>("down") },
            |_| "rep",
        );
        let got: Vec<_> = s.collect().await;
        assert_eq!(got, vec![Err("down")]);
    }
}
