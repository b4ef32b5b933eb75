//! Where verified events go before GHL is told "200".
//!
//! An [`EventSink`] must make the event durable (or hand it to something that will) before
//! returning `Ok`: the ingress answers 200 only then, and GHL never sends an acknowledged
//! event again. When it returns an error the ingress answers 429, the one status GHL retries.
//!
//! - [`ChannelSink`]: a bounded in-memory queue; full means 429. Not durable across a crash.
//! - [`FileSink`]: append-only JSON lines, `fsync`ed before returning. Durable.
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
use std::io::{BufRead as _, Write as _};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use tokio::sync::mpsc;

use super::events::{Envelope, WebhookEvent};
use super::verify::SignatureScheme;

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

/// Appends each event as one JSON line and `fsync`s the file before returning.
///
/// A line holds the envelope essentials and the **exact body as a string**, so the event can
/// be decoded again, or even re-verified, later. [`FileSink::read`] reads a file back and
/// skips a torn last line.
#[derive(Debug, Clone)]
pub struct FileSink {
    path: PathBuf,
    file: Arc<Mutex<FileState>>,
}

#[derive(Debug)]
struct FileState {
    file: std::fs::File,
    /// A write failed midway: start the next line on a fresh line.
    torn: bool,
}

/// One line of a [`FileSink`] file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StoredEvent {
    /// [`VerifiedEvent::dedupe_key`].
    pub dedupe_key: String,
    /// The event name (or the unknown `type`).
    pub event: String,
    /// The `webhookId`, if any.
    pub webhook_id: Option<String>,
    /// The location, if known.
    pub location_id: Option<String>,
    /// How it was authenticated.
    pub scheme: SignatureScheme,
    /// When it was received, milliseconds since the Unix epoch.
    pub received_at_ms: u64,
    /// The exact body.
    pub body: String,
}

impl FileSink {
    /// Opens (creating if needed) `path` for appending.
    pub fn open(path: impl AsRef<Path>) -> std::io::Result<Self> {
        let path = path.as_ref().to_path_buf();
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)?;
        Ok(Self {
            path,
            file: Arc::new(Mutex::new(FileState { file, torn: false })),
        })
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads every complete line of a sink file.
    pub fn read(path: impl AsRef<Path>) -> std::io::Result<Vec<StoredEvent>> {
        let file = std::fs::File::open(path)?;
        let mut events = Vec::new();
        for line in std::io::BufReader::new(file).lines() {
            let line = line?;
            if let Ok(event) = serde_json::from_str::<StoredEvent>(&line) {
                events.push(event);
            }
        }
        Ok(events)
    }

    fn line(event: &VerifiedEvent) -> Result<Vec<u8>, SinkError> {
        let stored = StoredEvent {
            dedupe_key: event.dedupe_key.clone(),
            event: event.event.name().to_owned(),
            webhook_id: event.envelope.webhook_id.clone(),
            location_id: event
                .envelope
                .location_id
                .as_ref()
                .map(|l| l.as_str().to_owned()),
            scheme: event.scheme,
            received_at_ms: event
                .received_at
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX)),
            // Bodies reach a sink only after they parsed as JSON, which is UTF-8.
            body: String::from_utf8_lossy(&event.body).into_owned(),
        };
        let mut line = serde_json::to_vec(&stored).map_err(SinkError::other)?;
        line.push(b'\n');
        Ok(line)
    }
}

impl EventSink for FileSink {
    async fn persist(&self, event: VerifiedEvent) -> Result<(), SinkError> {
        let line = Self::line(&event)?;
        let file = Arc::clone(&self.file);
        tokio::task::spawn_blocking(move || {
            let mut state = file.lock().unwrap_or_else(PoisonError::into_inner);
            if state.torn {
                state.file.write_all(b"\n")?;
                state.torn = false;
            }
            let written = state
                .file
                .write_all(&line)
                .and_then(|()| state.file.sync_data());
            if written.is_err() {
                state.torn = true;
            }
            written
        })
        .await
        .map_err(SinkError::other)??;
        Ok(())
    }
}
