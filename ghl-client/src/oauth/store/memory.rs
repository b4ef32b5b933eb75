//! A store in this process's memory: for tests, and for one process that can re-authorize.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::SystemTime;

use futures_util::future::BoxFuture;

use super::{StoreResult, TokenStore, cas_allows};
use crate::oauth::token::{Fingerprint, StoredToken};

#[derive(Debug, Default)]
struct State {
    tokens: HashMap<String, StoredToken>,
    leases: HashMap<String, (String, SystemTime)>,
}

/// Tokens in memory. Nothing survives the process: use [`super::FileStore`] or the SQLite
/// store for anything that must outlive a restart.
#[derive(Debug, Default)]
pub struct MemoryStore {
    state: Mutex<State>,
}

impl MemoryStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    fn with<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        f(&mut self.state.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

impl TokenStore for MemoryStore {
    fn load<'a>(&'a self, resource: &'a str) -> BoxFuture<'a, StoreResult<Option<StoredToken>>> {
        let found = self.with(|s| s.tokens.get(resource).cloned());
        Box::pin(async move { Ok(found) })
    }

    fn save<'a>(
        &'a self,
        resource: &'a str,
        token: &'a StoredToken,
    ) -> BoxFuture<'a, StoreResult<()>> {
        self.with(|s| s.tokens.insert(resource.to_owned(), token.clone()));
        Box::pin(async { Ok(()) })
    }

    fn save_if<'a>(
        &'a self,
        resource: &'a str,
        expected: Option<&'a Fingerprint>,
        token: &'a StoredToken,
    ) -> BoxFuture<'a, StoreResult<bool>> {
        let stored = self.with(|s| {
            let current = s.tokens.get(resource).map(StoredToken::fingerprint);
            let ok = cas_allows(current.as_ref(), expected, &token.fingerprint());
            if ok {
                s.tokens.insert(resource.to_owned(), token.clone());
            }
            ok
        });
        Box::pin(async move { Ok(stored) })
    }

    fn delete<'a>(&'a self, resource: &'a str) -> BoxFuture<'a, StoreResult<()>> {
        self.with(|s| {
            s.tokens.remove(resource);
            s.leases.remove(resource);
        });
        Box::pin(async { Ok(()) })
    }

    fn resources(&self) -> BoxFuture<'_, StoreResult<Vec<String>>> {
        let mut all: Vec<String> = self.with(|s| s.tokens.keys().cloned().collect());
        all.sort();
        Box::pin(async move { Ok(all) })
    }

    fn acquire_lease<'a>(
        &'a self,
        resource: &'a str,
        holder: &'a str,
        until: SystemTime,
        now: SystemTime,
    ) -> BoxFuture<'a, StoreResult<bool>> {
        let got = self.with(|s| match s.leases.get(resource) {
            Some((other, expires)) if other != holder && *expires > now => false,
            _ => {
                s.leases
                    .insert(resource.to_owned(), (holder.to_owned(), until));
                true
            }
        });
        Box::pin(async move { Ok(got) })
    }

    fn release_lease<'a>(
        &'a self,
        resource: &'a str,
        holder: &'a str,
    ) -> BoxFuture<'a, StoreResult<()>> {
        self.with(|s| {
            if s.leases.get(resource).is_some_and(|(h, _)| h == holder) {
                s.leases.remove(resource);
            }
        });
        Box::pin(async { Ok(()) })
    }
}
