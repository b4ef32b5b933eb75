//! Credentials: where the bearer token of each request comes from.
//!
//! A private integration token or a fixed access token is a [`StaticToken`]. OAuth installs
//! plug in through [`TokenProvider`], which the transport asks for a token before every
//! attempt and tells when GHL rejected one, so a provider can refresh exactly once.
//! Tokens are [`SecretString`]s: they never appear in `Debug` output, logs or errors.

use std::fmt;

use futures_util::future::BoxFuture;
use secrecy::SecretString;

use crate::error::Result;

/// Supplies bearer tokens per resource (location or company id).
pub trait TokenProvider: Send + Sync + fmt::Debug {
    /// The token to use for a call on `resource`.
    fn token<'a>(&'a self, resource: &'a str) -> BoxFuture<'a, Result<SecretString>>;

    /// GHL answered 401 "invalid token" to `rejected`. Return `true` if a different token
    /// may now be available (after a refresh), so the call is tried once more.
    fn token_rejected<'a>(
        &'a self,
        resource: &'a str,
        rejected: &'a SecretString,
    ) -> BoxFuture<'a, Result<bool>> {
        let _ = (resource, rejected);
        Box::pin(async { Ok(false) })
    }

    /// When the token for `resource` expires, if it does and the provider knows without
    /// waiting (for metrics; `None` for tokens that do not expire, such as private
    /// integration tokens).
    fn expires_at(&self, resource: &str) -> Option<std::time::SystemTime> {
        let _ = resource;
        None
    }
}

/// What kind of fixed token a [`StaticToken`] holds (for diagnostics only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaticTokenKind {
    /// A private integration token made in the GHL UI.
    PrivateIntegration,
    /// An OAuth access token obtained elsewhere, used as is.
    AccessToken,
}

/// A token that never changes: a private integration token or a fixed access token.
#[derive(Clone)]
pub struct StaticToken {
    token: SecretString,
    kind: StaticTokenKind,
}

impl StaticToken {
    /// A private integration token.
    pub fn private_integration(token: impl Into<String>) -> Self {
        Self {
            token: SecretString::from(token.into()),
            kind: StaticTokenKind::PrivateIntegration,
        }
    }

    /// A fixed OAuth access token.
    pub fn access_token(token: impl Into<String>) -> Self {
        Self {
            token: SecretString::from(token.into()),
            kind: StaticTokenKind::AccessToken,
        }
    }

    /// The kind of token.
    pub fn kind(&self) -> StaticTokenKind {
        self.kind
    }
}

impl fmt::Debug for StaticToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StaticToken")
            .field("kind", &self.kind)
            .field("token", &"[REDACTED]")
            .finish()
    }
}

impl TokenProvider for StaticToken {
    fn token<'a>(&'a self, _resource: &'a str) -> BoxFuture<'a, Result<SecretString>> {
        let token = self.token.clone();
        Box::pin(async move { Ok(token) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_is_redacted() {
        let t = StaticToken::private_integration("pit-super-secret");
        let shown = format!("{t:?}");
        assert!(!shown.contains("super-secret"), "{shown}");
        assert!(shown.contains("REDACTED"));
    }
}
