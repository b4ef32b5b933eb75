//! What can go wrong with the Postgres store, and how a connection URL is shown safely.

use std::fmt;

use crate::error::StoreError;

/// A failure of [`PostgresStore`](super::PostgresStore).
///
/// No variant carries a password: connection URLs are kept only in their redacted form
/// ([`redact_url`]), and the driver's own errors name options, never their values.
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

/// `url` with any password replaced by `***`, for logs and errors.
///
/// Handles both forms the driver reads: a URL (`postgres://user:secret@host/db`, and a
/// `password=` query parameter) and a key-value string (`host=h password=secret`). A value
/// that cannot be read at all is replaced whole, since where its password sits is unknown.
pub fn redact_url(url: &str) -> String {
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("postgres://") || lower.starts_with("postgresql://") {
        redact_url_form(url)
    } else if url.contains('=') {
        redact_key_values(url)
    } else {
        "<unreadable Postgres URL>".to_owned()
    }
}

fn redact_url_form(url: &str) -> String {
    let Some(scheme_end) = url.find("://").map(|i| i + 3) else {
        return "<unreadable Postgres URL>".to_owned();
    };
    let (scheme, rest) = url.split_at(scheme_end);
    // The authority ends at the first '/', '?' or '#'; its userinfo at the last '@' in it.
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    let authority = match authority.rfind('@') {
        Some(at) => {
            let (userinfo, host) = authority.split_at(at);
            match userinfo.find(':') {
                Some(colon) => format!("{}:***{host}", &userinfo[..colon]),
                None => authority.to_owned(),
            }
        }
        None => authority.to_owned(),
    };
    let tail = match tail.find('?') {
        Some(q) => {
            let (path, query) = tail.split_at(q + 1);
            let query = query
                .split('&')
                .map(|pair| match pair.split_once('=') {
                    Some((k, _)) if k.eq_ignore_ascii_case("password") => format!("{k}=***"),
                    _ => pair.to_owned(),
                })
                .collect::<Vec<_>>()
                .join("&");
            format!("{path}{query}")
        }
        None => tail.to_owned(),
    };
    format!("{scheme}{authority}{tail}")
}

fn redact_key_values(conn: &str) -> String {
    // `password = 'it''s secret'`: find the key, skip to the end of its value.
    let lower = conn.to_ascii_lowercase();
    let Some(key) = lower.find("password") else {
        return conn.to_owned();
    };
    let after_key = key + "password".len();
    let rest = &conn[after_key..];
    let Some(eq) = rest.find('=') else {
        return conn.to_owned();
    };
    if !rest[..eq].trim().is_empty() {
        return "<unreadable Postgres URL>".to_owned();
    }
    let value = rest[eq + 1..].trim_start();
    let value_start = conn.len() - value.len();
    let value_len = if let Some(quoted) = value.strip_prefix('\'') {
        // Up to the closing quote ('' and \' are escapes).
        let bytes = quoted.as_bytes();
        let mut i = 0;
        loop {
            match bytes.get(i) {
                None => break quoted.len() + 1,
                Some(b'\\') => i += 2,
                Some(b'\'') if bytes.get(i + 1) == Some(&b'\'') => i += 2,
                Some(b'\'') => break i + 2,
                Some(_) => i += 1,
            }
        }
    } else {
        value.find(char::is_whitespace).unwrap_or(value.len())
    };
    let value_end = (value_start + value_len).min(conn.len());
    format!(
        "{}***{}",
        &conn[..value_start],
        redact_key_values(&conn[value_end..])
    )
}

/// A connection URL that shows only its redacted form, in `Debug` and `Display` alike.
#[derive(Clone)]
pub(crate) struct SecretUrl {
    redacted: String,
}

impl SecretUrl {
    pub(crate) fn new(url: &str) -> Self {
        Self {
            redacted: redact_url(url),
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
    fn passwords_never_survive_redaction() {
        let cases = [
            (
                "postgres://app:s3cret@db.example:5432/sync",
                "postgres://app:***@db.example:5432/sync",
            ),
            (
                "postgresql://app:p%40ss@h/db?sslmode=disable",
                "postgresql://app:***@h/db?sslmode=disable",
            ),
            ("postgres://app@h/db", "postgres://app@h/db"),
            ("postgres://h/db", "postgres://h/db"),
            (
                "postgres://u@h/db?password=s3cret&application_name=x",
                "postgres://u@h/db?password=***&application_name=x",
            ),
            ("postgres://u:a@b@h/db", "postgres://u:***@h/db"),
            (
                "host=h user=u password=s3cret dbname=d",
                "host=h user=u password=*** dbname=d",
            ),
            (
                "host=h password = 'it''s s3cret' dbname=d",
                "host=h password = *** dbname=d",
            ),
            ("not a url", "<unreadable Postgres URL>"),
        ];
        for (url, want) in cases {
            let got = redact_url(url);
            assert_eq!(got, want, "{url}");
            assert!(!got.contains("s3cret"), "{got}");
        }
        let shown = format!("{:?}", SecretUrl::new("postgres://u:s3cret@h/db"));
        assert!(!shown.contains("s3cret"), "{shown}");
    }

    #[test]
    fn redaction_never_panics_on_odd_input() {
        for url in [
            "",
            "=",
            "password",
            "password=",
            "password='",
            "password='\\",
            "postgres://",
            "postgres://:@",
            "postgres://@/?",
            "postgres://u:p@h?password",
            "PASSWORD=é x",
        ] {
            let _ = redact_url(url);
        }
    }
}
