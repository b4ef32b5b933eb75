//! Users: search (paged by `skip`) and get.
//!
//! ```no_run
//! use futures_util::TryStreamExt;
//! use ghl_client::GhlClient;
//! use ghl_client::models::user::UserSearch;
//!
//! # async fn run(client: GhlClient) -> Result<(), ghl_client::Error> {
//! let users: Vec<_> = client
//!     .users()
//!     .search_stream(UserSearch::new("comp_1").location_id("loc_1"))
//!     .try_collect()
//!     .await?;
//! println!("{} users", users.len());
//! # Ok(()) }
//! ```

use crate::api::wrong_cursor;
use crate::client::GhlClient;
use crate::error::Result;
use crate::ids::UserId;
use crate::models::user::{User, UserSearch, UserSearchResponse};
use crate::pagination::{Cursor, ItemStream, Page, stream_pages};
use crate::request::{Request, segment};

impl GhlClient {
    /// Users.
    pub fn users(&self) -> UsersApi {
        UsersApi {
            client: self.clone(),
        }
    }
}

/// The users handler (see [`GhlClient::users`]).
#[derive(Debug, Clone)]
pub struct UsersApi {
    client: GhlClient,
}

impl UsersApi {
    /// One page of `GET /users/search`. The next cursor is a `skip` offset, given while
    /// pages come back full and `count` (when sent) says more remain.
    pub async fn search(&self, search: UserSearch) -> Result<Page<User>> {
        let limit = search.effective_limit() as usize;
        let skip = search.skip.unwrap_or(0);
        let mut req = Request::get("/users/search", "/users/search").query(&search);
        if let Some(location) = &search.location_id {
            req = req.resource(location.as_str());
        }
        let resp: UserSearchResponse = self.client.send(req).await?;
        let total = resp.count.and_then(|c| u64::try_from(c).ok());
        let returned = resp.users.len() as u64;
        let seen = skip + returned;
        let next =
            (returned > 0 && returned as usize >= limit && total.is_none_or(|total| seen < total))
                .then_some(Cursor::Skip(seen));
        Ok(Page {
            items: resp.users,
            total,
            next,
        })
    }

    /// Every user matching `search`, paged by `skip`.
    pub fn search_stream(&self, search: UserSearch) -> ItemStream<User> {
        let api = self.clone();
        let first = search.skip.filter(|s| *s > 0).map(Cursor::Skip);
        stream_pages(first, move |cursor| {
            let api = api.clone();
            let mut search = search.clone();
            async move {
                match cursor {
                    None => {}
                    Some(Cursor::Skip(skip)) => search.skip = Some(skip),
                    Some(other) => return Err(wrong_cursor("skip", &other)),
                }
                api.search(search).await
            }
        })
    }

    /// `GET /users/{userId}`.
    pub async fn get(&self, id: &UserId) -> Result<User> {
        let req = Request::get(
            "/users/{userId}",
            format!("/users/{}", segment(id.as_str())),
        );
        self.client.send(req).await
    }
}
