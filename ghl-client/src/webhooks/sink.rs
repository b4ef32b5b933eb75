//! Where verified events go before GHL is told "200".
//!
//! An [`EventSink`] must make the event durable (or hand it to something that will) before
//! returning `Ok`: the ingress answers 200 only then, and GHL never sends an acknowledged
//! event again. When it returns an error the ingress answers 429, the one status GHL retries.
//!
//! - [`ChannelSink`]: a bounded in-memory queue; full means 429. Not durable across a crash.
//! - [`FileSink`]: the journal, append-only JSON lines `fsync`ed before returning, kept
//!   private and verified again when read back (see [`journal`](super::journal)). Durable.
//! - Your own: the sync engine stores events in its state database. Delivery into a sink is
//!   at-least-once (a crash between storing and recording the `webhookId` means GHL's retry
//!   is stored again), so a sink that ignores a [`VerifiedEvent::dedupe_key`] it already has
//!   gets exactly-once.
//!
//! ```
//! use ghl_client::webhooks::{ChannelSink, EventSink};
//!
//! # async fn run() {
//! let (sink, mut events) = ChannelSink::new(1024);
//! tokio::spawn(async move {
//!     while let Some(event) = events.recv().await {
//!         println!("{} {:?}", event.event.name(), event.envelope.location_id);
//!     }
//! });
//! # drop(sink);
//! # }
//! ```

use std::future::Future;
use std::sync::Arc;
use std::time::SystemTime;

use bytes::Bytes;
use tokio::sync::mpsc;

use super::events::{Envelope, WebhookEvent};
use super::verify::SignatureScheme;

pub use super::journal::{FileSink, StoredEvent};

/// A delivery that passed verification and the replay check.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedEvent {
    /// Timestamp, webhook id, location, kind.
    pub envelope: Envelope,
    /// The typed event.
    pub event: WebhookEvent,
    /// The exact bytes received (what the signature covers).
    pub body: Bytes,
    /// How it was authenticated.
    pub scheme: SignatureScheme,
    /// `webhook:<webhookId>` or `sha256:<body hash>`: the idempotency key.
    pub dedupe_key: String,
    /// When the ingress received it.
    pub received_at: SystemTime,
}

/// Why a sink could not take an event. Every variant makes the ingress answer 429.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SinkError {
    /// The queue is full.
    #[error("event queue is full")]
    Full,
    /// The consumer is gone.
    #[error("event queue is closed")]
    Closed,
    /// Storage failed.
    #[error("event storage failed: {0}")]
    Io(#[from] std::io::Error),
    /// Anything else.
    #[error("event sink failed: {0}")]
    Other(Box<dyn std::error::Error + Send + Sync>),
}

impl SinkError {
    /// Wraps any error.
    pub fn other(error: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Self {
        Self::Other(error.into())
    }
}

/// Durable storage for verified events (see the [module docs](self)).
///
/// Implement it with `async fn persist(&self, event: VerifiedEvent) -> Result<(), SinkError>`.
pub trait EventSink: Send + Sync + 'static {
    /// Stores `event`. `Ok` means it survives a crash of this process.
    fn persist(&self, event: VerifiedEvent) -> impl Future<Output = Result<(), SinkError>> + Send;
}

impl<T: EventSink> EventSink for Arc<T> {
    fn persist(&self, event: VerifiedEvent) -> impl Future<Output = Result<(), SinkError>> + Send {
        (**self).persist(event)
    }
}

/// A bounded in-memory queue. Returns [`SinkError::Full`] instead of waiting.
#[derive(Debug, Clone)]
pub struct ChannelSink {
    sender: mpsc::Sender<VerifiedEvent>,
}

impl ChannelSink {
    /// A sink holding up to `capacity` events (at least 1), and the receiving end.
    pub fn new(capacity: usize) -> (Self, mpsc::Receiver<VerifiedEvent>) {
        let (sender, receiver) = mpsc::channel(capacity.max(1));
        (Self { sender }, receiver)
    }
}

impl EventSink for ChannelSink {
    async fn persist(&self, event: VerifiedEvent) -> Result<(), SinkError> {
        self.sender.try_send(event).map_err(|error| match error {
            mpsc::error::TrySendError::Full(_) => SinkError::Full,
            mpsc::error::TrySendError::Closed(_) => SinkError::Closed,
        })
    }
}
