//! Verified, typed GHL webhooks.
//!
//! - [`Verifier`]: Ed25519 (`X-GHL-Signature`) and legacy RSA (`X-WH-Signature`) signatures
//!   over the exact bytes received, against GHL's published keys or your own ([`WebhookKeys`]).
//! - [`ReplayGuard`]: a timestamp window and `webhookId` dedupe through a [`ReplayStore`].
//! - [`decode`]: a [`WebhookEvent`] per documented event, unknown ones kept as raw JSON.
//! - [`Ingress`]: the whole pipeline; answers 200 only once an [`EventSink`] has stored the
//!   event, and 429 (the one status GHL retries) when it cannot.
//! - [`journal`]: the durable [`FileSink`], private on disk, whose lines are verified again
//!   before they are replayed.
//! - `server` (feature `webhook-server`): the pipeline as an axum route, and a hardened
//!   listener (header and body timeouts, connection and request caps) to serve it alone.
//! - [`testing::TestSigner`]: sign bodies like GHL does, for your tests.
//!
//! GHL drops any delivery not answered 200 or 429 and may drop some anyway, so webhooks make
//! a sync fast, not complete: keep a periodic reconciliation. The webhooks guide is
//! `guide::webhooks` (with the `webhook-server` feature).
//!
//! ```
//! use ghl_client::webhooks::{Verifier, WebhookEvent, decode};
//! use ghl_client::webhooks::testing::TestSigner;
//!
//! let signer = TestSigner::new();
//! let body = br#"{"type":"ContactTagUpdate","id":"c1","tags":["vip"]}"#;
//! let headers = signer.headers(body);
//!
//! // In production: Verifier::ghl(). Verify first, then parse.
//! signer.verifier().verify(&headers, body)?;
//! let decoded = decode(body, None)?;
//! if let WebhookEvent::ContactTagUpdate(contact) = decoded.event {
//!     assert_eq!(contact.tags, Some(vec!["vip".to_owned()]));
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod events;
pub mod ingress;
pub mod journal;
pub mod keys;
pub mod replay;
#[cfg(feature = "webhook-server")]
#[cfg_attr(docsrs, doc(cfg(feature = "webhook-server")))]
pub mod server;
pub mod sink;
#[cfg(feature = "sqlite")]
#[cfg_attr(docsrs, doc(cfg(feature = "sqlite")))]
pub mod sqlite_replay;
pub mod testing;
pub mod verify;

pub use events::{
    DecodeError, DecodedEvent, Envelope, EventKind, KindSource, UnknownEventKind, WebhookEvent,
    decode, decode_value,
};
pub use ingress::{
    DEFAULT_MAX_BODY_BYTES, Ingress, IngressBuilder, IngressStats, Outcome, Rejection,
};
pub use journal::{FileSink, JournalRead, StoredEvent};
pub use keys::{KeyError, WebhookKeys};
pub use replay::{
    MemoryReplayStore, MissingPolicy, ReplayCheck, ReplayError, ReplayGuard, ReplayPolicy,
    ReplayStore, StoreError,
};
#[cfg(feature = "webhook-server")]
#[cfg_attr(docsrs, doc(cfg(feature = "webhook-server")))]
pub use server::{router, serve};
pub use sink::{ChannelSink, EventSink, SinkError, VerifiedEvent};
#[cfg(feature = "sqlite")]
#[cfg_attr(docsrs, doc(cfg(feature = "sqlite")))]
pub use sqlite_replay::SqliteReplayStore;
pub use verify::{
    GHL_SIGNATURE_HEADER, Malformed, SignatureHeaders, SignatureScheme, Verifier, VerifyError,
    WH_SIGNATURE_HEADER,
};
