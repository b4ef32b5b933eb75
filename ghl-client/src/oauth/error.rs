//! Failures of the token machinery, carried in [`Error::Auth`](crate::Error::Auth).

use std::time::Duration;

use super::store::StoreError;

/// Failures of the token machinery, carried in [`Error::Auth`](crate::Error::Auth).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OAuthError {
    /// The store failed.
    #[error("the token store failed for {resource}")]
    Store {
        /// The location or company id.
        resource: String,
        /// The store's error.
        #[source]
        source: StoreError,
    },
    /// A refreshed pair could not be saved. It is kept in memory and saved first on the next
    /// call; until then no call gets the new token.
    #[error(
        "refreshed the token of {resource} but could not save it; the new pair is kept in memory and saved on the next call"
    )]
    Unsaved {
        /// The location or company id.
        resource: String,
        /// The last save error.
        #[source]
        source: StoreError,
    },
    /// Another process held the refresh lease for too long without saving a new token.
    #[error("waited {waited:?} for another process to refresh the token of {resource}")]
    LeaseWait {
        /// The location or company id.
        resource: String,
        /// Time waited.
        waited: Duration,
    },
}
