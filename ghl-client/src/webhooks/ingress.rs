//! The receiving pipeline, independent of any HTTP framework:
//! size limit → verify → decode → replay check → persist → record → answer.
//!
//! [`Ingress::handle`] returns an [`Outcome`] whose [`status`](Outcome::status) is what to
//! answer GHL. The axum server (feature `webhook-server`) is a thin adapter over it; use it
//! directly from another framework.
//!
//! | Outcome | Status | GHL does |
//! |---|---|---|
//! | stored | 200 | done |
//! | already stored (same `webhookId` / body) | 200 | done |
//! | sink failed, or the same delivery is being stored right now | **429** | retries (10 min, up to 6 times) |
//! | body over the limit | 413 | drops it |
//! | bad or missing signature, stale or future timestamp | 401 | drops it |
//! | not a JSON object, no readable `timestamp` (unless [`ReplayPolicy::missing_timestamp`] accepts it), or no `webhookId` under [`MissingPolicy::Reject`](super::MissingPolicy::Reject) | 400 | drops it |
//!
//! The delivery key is recorded as seen only **after** the sink succeeded, so a failed store
//! followed by GHL's retry is stored, not mistaken for a replay.
//!
//! Nothing here does arithmetic that can overflow on what a sender wrote: timestamps and
//! numbers are read with checked conversions, so a hostile body is a rejection, never a panic.
//!
//! ```
//! use ghl_client::runtime::ManualClock;
//! use ghl_client::webhooks::{ChannelSink, Ingress, Outcome};
//! use ghl_client::webhooks::testing::TestSigner;
//!
//! # async fn run() {
//! let signer = TestSigner::new();
//! let clock = ManualClock::new(); // 2026-01-01T00:00:00Z
//! let (sink, mut events) = ChannelSink::new(16);
//! let ingress = Ingress::builder(sink)
//!     .verifier(signer.verifier())
//!     .clock(clock.shared())
//!     .build();
//!
//! let body = br#"{"type":"TaskComplete","id":"t1","webhookId":"w1","timestamp":"2026-01-01T00:00:00Z"}"#;
//! let outcome = ingress.handle(&signer.headers(body), body.to_vec().into(), None).await;
//! assert_eq!(outcome.status(), 200);
//! assert!(events.recv().await.is_some());
//! # }
//! ```

use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use bytes::Bytes;
use ghl_notion_runtime::{SharedClock, SystemClock};
use http::{HeaderMap, StatusCode};

use super::events::{DecodeError, EventKind, decode};
use super::replay::{
    MemoryReplayStore, ReplayCheck, ReplayError, ReplayGuard, ReplayPolicy, ReplayStore,
};
use super::sink::{EventSink, SinkError, VerifiedEvent};
use super::verify::{SignatureHeaders, Verifier, VerifyError};

/// The default body limit: 1 MiB.
pub const DEFAULT_MAX_BODY_BYTES: usize = 1024 * 1024;

/// Why a delivery was refused (GHL does not retry these).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Rejection {
    /// The body is larger than the limit (413).
    #[error("body of {size} bytes exceeds the {limit}-byte limit")]
    TooLarge {
        /// The body size.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// The signature check failed (401).
    #[error(transparent)]
    Signature(#[from] VerifyError),
    /// The body is not a JSON object (400).
    #[error(transparent)]
    Decode(#[from] DecodeError),
    /// Stale or future timestamp (401), or a missing field under a rejecting policy (400;
    /// a missing `timestamp` is rejected by default).
    #[error(transparent)]
    Replay(ReplayError),
}

impl Rejection {
    /// The HTTP status for this rejection.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Signature(_) => StatusCode::UNAUTHORIZED,
            Self::Decode(_) => StatusCode::BAD_REQUEST,
            Self::Replay(ReplayError::Stale { .. } | ReplayError::Future { .. }) => {
                StatusCode::UNAUTHORIZED
            }
            Self::Replay(_) => StatusCode::BAD_REQUEST,
        }
    }
}

/// What the ingress did with a delivery.
#[derive(Debug)]
#[non_exhaustive]
pub enum Outcome {
    /// Stored by the sink (200).
    Persisted {
        /// The dedupe key.
        key: String,
        /// The event kind, `None` if unknown.
        kind: Option<EventKind>,
    },
    /// Already stored earlier (200, nothing stored again).
    Duplicate {
        /// The dedupe key.
        key: String,
    },
    /// Not stored; GHL should retry (429).
    RetryLater {
        /// The dedupe key.
        key: String,
        /// The sink's error, or `None` when the same delivery is being stored concurrently.
        error: Option<SinkError>,
    },
    /// Refused.
    Rejected(Rejection),
}

impl Outcome {
    /// The HTTP status to answer.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::Persisted { .. } | Self::Duplicate { .. } => StatusCode::OK,
            Self::RetryLater { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::Rejected(rejection) => rejection.status(),
        }
    }

    /// A short machine-readable label: `persisted`, `duplicate`, `retry_later`, `rejected`.
    pub fn label(&self) -> &'static str {
        match self {
            Self::Persisted { .. } => "persisted",
            Self::Duplicate { .. } => "duplicate",
            Self::RetryLater { .. } => "retry_later",
            Self::Rejected(_) => "rejected",
        }
    }
}

/// Verifies, deduplicates and persists deliveries. Cheap to clone (shared state).
#[derive(Debug)]
pub struct Ingress<S> {
    inner: Arc<Inner<S>>,
}

impl<S> Clone for Ingress<S> {
    fn clone(&self) -> Self {
        Self {
            inner: Arc::clone(&self.inner),
        }
    }
}

#[derive(Debug)]
struct Inner<S> {
    verifier: Verifier,
    guard: ReplayGuard,
    sink: S,
    clock: SharedClock,
    max_body_bytes: usize,
    in_flight: Mutex<HashSet<String>>,
    counts: Counts,
}

/// Builds an [`Ingress`].
#[derive(Debug)]
#[must_use]
pub struct IngressBuilder<S> {
    sink: S,
    verifier: Verifier,
    store: Option<Arc<dyn ReplayStore>>,
    policy: ReplayPolicy,
    clock: Option<SharedClock>,
    max_body_bytes: usize,
}

impl<S: EventSink> IngressBuilder<S> {
    /// The signature verifier. Default: GHL's published keys, legacy RSA accepted.
    pub fn verifier(mut self, verifier: Verifier) -> Self {
        self.verifier = verifier;
        self
    }

    /// Where seen delivery keys are kept. Default: a [`MemoryReplayStore`].
    pub fn replay_store(mut self, store: Arc<dyn ReplayStore>) -> Self {
        self.store = Some(store);
        self
    }

    /// Timestamp window and missing-field policies. Default: [`ReplayPolicy::default`].
    pub fn replay_policy(mut self, policy: ReplayPolicy) -> Self {
        self.policy = policy;
        self
    }

    /// The clock for the timestamp window. Default: the system clock.
    pub fn clock(mut self, clock: SharedClock) -> Self {
        self.clock = Some(clock);
        self
    }

    /// The body size limit. Default [`DEFAULT_MAX_BODY_BYTES`].
    pub fn max_body_bytes(mut self, limit: usize) -> Self {
        self.max_body_bytes = limit;
        self
    }

    /// Builds the ingress.
    pub fn build(self) -> Ingress<S> {
        let clock = self.clock.unwrap_or_else(SystemClock::shared);
        let store = self
            .store
            .unwrap_or_else(|| Arc::new(MemoryReplayStore::default()));
        Ingress {
            inner: Arc::new(Inner {
                verifier: self.verifier,
                guard: ReplayGuard::with_policy(store, Arc::clone(&clock), self.policy),
                sink: self.sink,
                clock,
                max_body_bytes: self.max_body_bytes,
                in_flight: Mutex::new(HashSet::new()),
                counts: Counts::default(),
            }),
        }
    }
}

impl<S: EventSink> Ingress<S> {
    /// An ingress with every default (GHL keys, in-memory replay store, system clock).
    pub fn new(sink: S) -> Self {
        Self::builder(sink).build()
    }

    /// Starts building an ingress around `sink`.
    pub fn builder(sink: S) -> IngressBuilder<S> {
        IngressBuilder {
            sink,
            verifier: Verifier::ghl(),
            store: None,
            policy: ReplayPolicy::default(),
            clock: None,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
        }
    }

    /// The body size limit.
    pub fn max_body_bytes(&self) -> usize {
        self.inner.max_body_bytes
    }

    /// The sink.
    pub fn sink(&self) -> &S {
        &self.inner.sink
    }

    /// Deliveries handled so far, by outcome (for metrics and status pages).
    pub fn stats(&self) -> IngressStats {
        self.inner.counts.snapshot()
    }

    /// Handles one delivery. `hint` is the event kind the route implies, if any.
    pub async fn handle(
        &self,
        headers: &HeaderMap,
        body: Bytes,
        hint: Option<EventKind>,
    ) -> Outcome {
        let outcome = self.decide(headers, body, hint).await;
        self.inner.counts.count(&outcome);
        outcome
    }

    async fn decide(&self, headers: &HeaderMap, body: Bytes, hint: Option<EventKind>) -> Outcome {
        let inner = &*self.inner;
        if body.len() > inner.max_body_bytes {
            return Outcome::Rejected(Rejection::TooLarge {
                size: body.len(),
                limit: inner.max_body_bytes,
            });
        }
        let scheme = match inner.verifier.verify(headers, &body) {
            Ok(scheme) => scheme,
            Err(error) => return Outcome::Rejected(error.into()),
        };
        let mut decoded = match decode(&body, hint) {
            Ok(decoded) => decoded,
            Err(error) => return Outcome::Rejected(error.into()),
        };
        decoded.envelope.signatures = SignatureHeaders::from_headers(headers);
        let key = match inner.guard.check(&decoded.envelope, &body) {
            Ok(ReplayCheck::Fresh { key }) => key,
            Ok(ReplayCheck::Duplicate { key }) => return Outcome::Duplicate { key },
            // Not knowing whether it is a replay, store it: duplicates are harmless to an
            // idempotent sink, a lost event is not.
            Err(ReplayError::Store { key, error }) => {
                tracing::warn!(%error, "replay store unavailable; storing without dedupe");
                key
            }
            Err(error) => return Outcome::Rejected(Rejection::Replay(error)),
        };
        let Some(_flight) = InFlight::claim(&inner.in_flight, &key) else {
            return Outcome::RetryLater { key, error: None };
        };
        let kind = decoded.event.kind();
        let event = VerifiedEvent {
            envelope: decoded.envelope,
            event: decoded.event,
            body,
            scheme,
            dedupe_key: key.clone(),
            received_at: inner.clock.wall(),
        };
        if let Err(error) = inner.sink.persist(event).await {
            tracing::warn!(%error, key, "could not persist webhook; answering 429");
            inner.guard.defer(&key);
            return Outcome::RetryLater {
                key,
                error: Some(error),
            };
        }
        if let Err(error) = inner.guard.record(&key) {
            tracing::warn!(%error, key, "webhook persisted but its key could not be recorded");
        }
        Outcome::Persisted { key, kind }
    }
}

/// Deliveries an [`Ingress`] handled, by outcome, since it was built.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct IngressStats {
    /// Verified and stored ([`Outcome::Persisted`]).
    pub persisted: u64,
    /// Already stored earlier ([`Outcome::Duplicate`]).
    pub duplicate: u64,
    /// Not stored, GHL asked to retry ([`Outcome::RetryLater`]).
    pub retry_later: u64,
    /// Refused: over the body size limit.
    pub too_large: u64,
    /// Refused: the signature did not verify (forged, edited or unsigned).
    pub bad_signature: u64,
    /// Refused: not a JSON object, or not an event.
    pub malformed: u64,
    /// Refused: a stale or future timestamp, or a field the replay policy requires is
    /// missing.
    pub replay: u64,
}

impl IngressStats {
    /// Every refused delivery (the four `Rejected` kinds).
    pub fn rejected(&self) -> u64 {
        self.too_large + self.bad_signature + self.malformed + self.replay
    }

    /// Every delivery handled.
    pub fn total(&self) -> u64 {
        self.persisted + self.duplicate + self.retry_later + self.rejected()
    }
}

#[derive(Debug, Default)]
struct Counts([AtomicU64; 7]);

impl Counts {
    fn count(&self, outcome: &Outcome) {
        let slot = match outcome {
            Outcome::Persisted { .. } => 0,
            Outcome::Duplicate { .. } => 1,
            Outcome::RetryLater { .. } => 2,
            Outcome::Rejected(Rejection::TooLarge { .. }) => 3,
            Outcome::Rejected(Rejection::Signature(_)) => 4,
            Outcome::Rejected(Rejection::Decode(_)) => 5,
            Outcome::Rejected(Rejection::Replay(_)) => 6,
        };
        self.0[slot].fetch_add(1, Ordering::Relaxed);
    }

    fn snapshot(&self) -> IngressStats {
        let n = |i: usize| self.0[i].load(Ordering::Relaxed);
        IngressStats {
            persisted: n(0),
            duplicate: n(1),
            retry_later: n(2),
            too_large: n(3),
            bad_signature: n(4),
            malformed: n(5),
            replay: n(6),
        }
    }
}

/// Marks a key as being stored; unmarks it when dropped (also on cancellation).
struct InFlight<'a> {
    set: &'a Mutex<HashSet<String>>,
    key: String,
}

impl<'a> InFlight<'a> {
    fn claim(set: &'a Mutex<HashSet<String>>, key: &str) -> Option<Self> {
        let mut guard = set.lock().unwrap_or_else(PoisonError::into_inner);
        guard.insert(key.to_owned()).then(|| Self {
            set,
            key: key.to_owned(),
        })
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.set
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(&self.key);
    }
}
