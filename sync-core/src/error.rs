//! Errors: what a source or sink reports, and what the engine returns.
//!
//! Adapters report failures as [`RemoteError`], which carries the one fact the engine needs
//! beyond "retry or not": whether the call **may have been applied** ([`Outcome::Unknown`],
//! e.g. a timeout or a 5xx on a create) or certainly was not ([`Outcome::NotApplied`], e.g. a
//! 4xx or a 429). On `Unknown`, the engine looks the key up before trying again, so a lost
//! response never turns into a duplicate row.
//!
//! [`RemoteError::retryable`] is a contract between the adapter and the engine's one retry
//! loop: `true` means *the adapter did not already retry this call, and repeating it is
//! safe*. An adapter whose HTTP client retries (with its own policy and quota) reports what
//! that client already retried as `false`, so the engine does not multiply the attempts;
//! see [the engine docs](crate::engine#retries-one-policy-one-quota) for the worst case.
//!
//! ```
//! use sync_core::error::{Outcome, RemoteError};
//!
//! let e = RemoteError::unknown("timed out").retryable(true);
//! assert_eq!(e.outcome, Outcome::Unknown);
//! assert!(e.retryable);
//! ```

use std::error::Error as StdError;

/// Whether a failed call may have taken effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// The call certainly had no effect (rejected, throttled, never sent).
    NotApplied,
    /// The call may have taken effect (timeout, connection reset, 5xx after sending).
    Unknown,
}

/// A failure reported by a [`Source`](crate::source::Source) or [`Sink`](crate::sink::Sink).
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct RemoteError {
    /// Whether the call may have taken effect.
    pub outcome: Outcome,
    /// Whether the engine may repeat the call: `true` means the adapter did **not** already
    /// retry it and repeating it is safe (a create or append with an unknown outcome is
    /// repeated only after a lookup proves it left nothing). `false` for failures the
    /// adapter's HTTP client already retried, and for failures repeating cannot fix; the
    /// engine then gives up at once and leaves the work to the next run.
    pub retryable: bool,
    /// What went wrong, safe to log (no secrets).
    pub message: String,
    /// The underlying error, if any.
    #[source]
    pub source: Option<Box<dyn StdError + Send + Sync + 'static>>,
}

impl RemoteError {
    /// A failure that certainly had no effect; not retryable until marked so.
    pub fn not_applied(message: impl Into<String>) -> Self {
        Self {
            outcome: Outcome::NotApplied,
            retryable: false,
            message: message.into(),
            source: None,
        }
    }

    /// A failure that may have taken effect; not retryable until marked so.
    pub fn unknown(message: impl Into<String>) -> Self {
        Self {
            outcome: Outcome::Unknown,
            ..Self::not_applied(message)
        }
    }

    /// Sets whether the engine may repeat the call (see [`RemoteError::retryable`](#structfield.retryable)).
    pub fn retryable(mut self, retryable: bool) -> Self {
        self.retryable = retryable;
        self
    }

    /// Attaches the underlying error.
    pub fn with_source(mut self, source: impl StdError + Send + Sync + 'static) -> Self {
        self.source = Some(Box::new(source));
        self
    }
}

/// A failure of the state store.
#[derive(Debug, thiserror::Error)]
#[error("state store: {message}")]
pub struct StoreError {
    /// What went wrong.
    pub message: String,
    /// The underlying error, if any.
    #[source]
    pub source: Option<Box<dyn StdError + Send + Sync + 'static>>,
}

impl StoreError {
    /// A store error with a message only.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            source: None,
        }
    }

    /// A store error wrapping `source`.
    pub fn wrap(message: impl Into<String>, source: impl StdError + Send + Sync + 'static) -> Self {
        Self {
            message: message.into(),
            source: Some(Box::new(source)),
        }
    }
}

/// Everything the engine can fail with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SyncError {
    /// The source failed.
    #[error("source: {0}")]
    Source(#[source] RemoteError),
    /// The sink failed.
    #[error("sink: {0}")]
    Sink(#[source] RemoteError),
    /// The state store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The engine was built or called wrongly.
    #[error("configuration: {0}")]
    Config(String),
}

impl SyncError {
    /// Whether the failed call may have taken effect in the sink.
    pub fn outcome(&self) -> Outcome {
        match self {
            Self::Sink(e) => e.outcome,
            _ => Outcome::NotApplied,
        }
    }
}
