//! What can go wrong with the Postgres store, and how a connection URL is shown safely.

use std::fmt;

use crate::error::StoreError;

/// A failure of [`PostgresStore`](super::PostgresStore).
///
/// No variant carries a password: connection URLs are kept only in their redacted form
/// ([`redact_db_url`](ghl_notion_runtime::redact::redact_db_url)), and the driver's own errors name options, never their values.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PostgresStoreError {
    /// The connection URL could not be read.
    #[error("invalid Postgres URL {url}: {source}")]
    InvalidUrl {
        /// The URL with its password replaced by `***`.
        url: String,
        /// The driver's parse error (it names the option, never its value).
        #[source]
        source: tokio_postgres::Error,
    },
    /// The schema name is not a plain lower-case SQL identifier.
    #[error(
        "invalid Postgres schema name {0:?}: use 1 to 63 of a-z, 0-9 and _, not starting with a digit"
    )]
    InvalidSchema(String),
    /// No connection could be made (or taken from the pool).
    #[error("connecting to Postgres at {url}: {source}")]
    Connect {
        /// The URL with its password replaced by `***`.
        url: String,
        /// The pool's error, which holds the driver's.
        #[source]
        source: deadpool_postgres::PoolError,
    },
    /// A statement failed.
    #[error("Postgres {action}: {source}")]
    Query {
        /// What the store was doing, e.g. `"reading a row"`.
        action: &'static str,
        /// The driver's error.
        #[source]
        source: tokio_postgres::Error,
    },
    /// The database holds a schema newer than this build knows: a newer release wrote it.
    #[error(
        "the Postgres sync state has schema version {found}, newer than this build's {known}; \
         run the newer release (or point this one at another schema)"
    )]
    SchemaTooNew {
        /// The newest version recorded in the database.
        found: u32,
        /// The newest version this build can apply.
        known: u32,
    },
    /// A stored value could not be read back (edited by hand, or written by a buggy build).
    #[error("corrupt {what} in the Postgres sync state: {detail}")]
    Corrupt {
        /// What was being read.
        what: &'static str,
        /// Why it could not be read.
        detail: String,
    },
}

impl From<PostgresStoreError> for StoreError {
    fn from(e: PostgresStoreError) -> Self {
        StoreError::wrap("postgres", e)
    }
}

/// A connection URL that shows only its redacted form
/// ([`redact_db_url`](ghl_notion_runtime::redact::redact_db_url)) in `Debug`.
#[derive(Clone)]
pub(crate) struct SecretUrl {
    redacted: String,
}

impl SecretUrl {
    pub(crate) fn new(url: &str) -> Self {
        Self {
            redacted: ghl_notion_runtime::redact::redact_db_url(url),
        }
    }

    pub(crate) fn redacted(&self) -> &str {
        &self.redacted
    }
}

impl fmt::Debug for SecretUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_shows_the_redacted_url() {
        let shown = format!("{:?}", SecretUrl::new("postgres://u:s3cret@h/db"));
        assert_eq!(shown, "postgres://u:***@h/db");
    }
}
