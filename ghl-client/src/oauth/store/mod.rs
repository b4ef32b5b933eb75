//! Where tokens live between runs, and how processes sharing them take turns.
//!
//! GHL rotates the refresh token on every refresh: the old one stops working 30 seconds
//! after its first use. A refreshed pair that is not saved is an install lost, so a
//! [`TokenStore`] must make [`save`](TokenStore::save) durable before it returns, and the
//! [`OAuthProvider`](super::OAuthProvider) saves before it hands the new access token to
//! anyone.
//!
//! Several processes may share one store (workers, a webhook server, a CLI). Two primitives
//! keep them from refreshing the same token at once:
//!
//! - a **lease** ([`acquire_lease`](TokenStore::acquire_lease) /
//!   [`release_lease`](TokenStore::release_lease)): whoever holds it refreshes; the others
//!   wait and re-load the result. A holder killed after GHL rotated the token but before the
//!   save leaves the old refresh token in the store, and GHL honours that token again only
//!   for 30 seconds, so a lease must never block the others longer than that. Two safeguards:
//!   a lease expires on its own well inside the grace
//!   ([`RefreshPolicy::lease_ttl`](super::RefreshPolicy::lease_ttl), at most
//!   [`MAX_LEASE_TTL`](super::policy::MAX_LEASE_TTL)), and the shipped stores notice a dead
//!   holder at once: [`FileStore`] holds an OS lock on the lease file for the lease's
//!   lifetime (the OS drops it when the holder dies), `SqliteStore` records the holder's
//!   process (boot id, pid namespace, pid, start time) and takes over a lease whose process
//!   is gone;
//! - a **compare-and-swap** ([`save_if`](TokenStore::save_if)): a refreshed pair replaces only
//!   the generation it was refreshed from, so a late writer never overwrites a newer pair.
//!
//! If both fail (two processes refresh the same token in the same instant), GHL's
//! 30-second grace hands both the same new pair, so either save is right.
//!
//! The stores that come with the crate: [`MemoryStore`] (one process), [`FileStore`] (JSON
//! files, atomic writes, OS file locks), with the `sqlite` feature `SqliteStore`, and with the
//! `postgres` feature `PostgresTokenStore` (workers on several hosts, one database). The file and
//! SQLite stores keep their files private to their owner (`0700` directory, `0600` files) and
//! never open them through a symbolic link.
//!
//! ```
//! use ghl_client::oauth::{MemoryStore, TokenStore};
//!
//! # async fn demo() -> Result<(), ghl_client::oauth::StoreError> {
//! let store = MemoryStore::new();
//! assert!(store.load("loc_1").await?.is_none());
//! # Ok(()) }
//! ```

use std::fmt;
use std::path::PathBuf;
use std::time::SystemTime;

use futures_util::future::BoxFuture;

use super::token::{Fingerprint, StoredToken};

mod file;
mod memory;
#[cfg(feature = "postgres")]
mod postgres;
mod process;
#[cfg(feature = "sqlite")]
mod sqlite;

pub use file::FileStore;
pub use memory::MemoryStore;
#[cfg(feature = "postgres")]
pub use postgres::{PostgresTokenStore, PostgresTokenStoreError};
#[cfg(feature = "sqlite")]
#[cfg_attr(docsrs, doc(cfg(feature = "sqlite")))]
pub use sqlite::SqliteStore;

/// A store's result.
pub type StoreResult<T> = std::result::Result<T, StoreError>;

/// A token store failed. Its message never contains a token.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// Reading or writing a file failed.
    #[error("token store I/O on {}: {source}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// What went wrong.
        #[source]
        source: std::io::Error,
    },
    /// A stored record could not be read back.
    #[error("the stored token for {resource} is unreadable: {message}")]
    Corrupt {
        /// The location or company id.
        resource: String,
        /// What was wrong.
        message: String,
    },
    /// The backend (a database, your own store) failed.
    #[error("token store backend: {0}")]
    Backend(#[source] Box<dyn std::error::Error + Send + Sync>),
}

impl StoreError {
    /// Wraps any backend error.
    pub fn backend(e: impl std::error::Error + Send + Sync + 'static) -> Self {
        Self::Backend(Box::new(e))
    }
}

/// Durable storage of tokens, keyed by resource (a location or company id).
///
/// Contract:
/// - [`save`](Self::save) and [`save_if`](Self::save_if) return `Ok` only once the token
///   would survive a crash of this process;
/// - [`save_if`](Self::save_if) is atomic with respect to every other call on the same
///   backing storage, from any process;
/// - a lease is held by at most one holder at a time until its `until` time passes, or
///   until its holder is known to be dead (a store may free it then, and should: see the
///   module docs).
pub trait TokenStore: Send + Sync + fmt::Debug {
    /// The token stored for `resource`.
    fn load<'a>(&'a self, resource: &'a str) -> BoxFuture<'a, StoreResult<Option<StoredToken>>>;

    /// Stores `token` for `resource`, replacing what was there.
    fn save<'a>(
        &'a self,
        resource: &'a str,
        token: &'a StoredToken,
    ) -> BoxFuture<'a, StoreResult<()>>;

    /// Stores `token` only if the stored token's [`fingerprint`](StoredToken::fingerprint)
    /// is `expected` (`None`: only if nothing is stored), or already is `token`'s. Returns
    /// whether it stored.
    fn save_if<'a>(
        &'a self,
        resource: &'a str,
        expected: Option<&'a Fingerprint>,
        token: &'a StoredToken,
    ) -> BoxFuture<'a, StoreResult<bool>>;

    /// Removes the token of `resource` (an uninstall). Removing nothing is not an error.
    fn delete<'a>(&'a self, resource: &'a str) -> BoxFuture<'a, StoreResult<()>>;

    /// Every resource with a stored token.
    fn resources(&self) -> BoxFuture<'_, StoreResult<Vec<String>>>;

    /// Takes the refresh lease of `resource` for `holder` until `until`, if no other live
    /// holder has an unexpired one at `now`. Taking a lease one already holds extends it.
    fn acquire_lease<'a>(
        &'a self,
        resource: &'a str,
        holder: &'a str,
        until: SystemTime,
        now: SystemTime,
    ) -> BoxFuture<'a, StoreResult<bool>>;

    /// Gives the lease back, if `holder` holds it.
    fn release_lease<'a>(
        &'a self,
        resource: &'a str,
        holder: &'a str,
    ) -> BoxFuture<'a, StoreResult<()>>;
}

/// Whether a CAS expecting `expected` may replace `current` with `new`.
pub(crate) fn cas_allows(
    current: Option<&Fingerprint>,
    expected: Option<&Fingerprint>,
    new: &Fingerprint,
) -> bool {
    current == expected || current == Some(new)
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::SecretString;

    #[test]
    fn cas_table() {
        let fp = |s: &str| Fingerprint::of(&SecretString::from(s));
        let (a, b, c) = (fp("a"), fp("b"), fp("c"));
        // Nothing stored, nothing expected: a first save.
        assert!(cas_allows(None, None, &a));
        // Stored a, expected a: the normal rotation.
        assert!(cas_allows(Some(&a), Some(&a), &b));
        // Stored b already (someone saved the same pair): idempotent.
        assert!(cas_allows(Some(&b), Some(&a), &b));
        // Stored c, a newer generation: refuse.
        assert!(!cas_allows(Some(&c), Some(&a), &b));
        // Something stored but we expected nothing: refuse.
        assert!(!cas_allows(Some(&a), None, &b));
    }
}
