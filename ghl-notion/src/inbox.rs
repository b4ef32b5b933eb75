//! The webhook ingress's hand-off to the sync engine: journal first, then queue.
//!
//! [`EngineInbox`] is an [`EventSink`] for the webhook [`Ingress`](ghl_client::webhooks::Ingress).
//! For each verified delivery that concerns a synced record it
//!
//! 1. appends the exact body to a durable journal (a [`FileSink`]: one fsynced JSON line),
//! 2. then offers the engine event to a bounded queue (the hybrid runner's channel).
//!
//! Only when both succeed does the ingress answer 200. If the journal fails or the queue is
//! full, the ingress answers 429 and GHL delivers the event again later (it retries only on
//! 429), so an event is never acknowledged and then lost. An event journaled whose queue
//! hand-off failed is journaled again on the retry; that is harmless, because the engine
//! dedupes by event id. After a crash, [`EngineInbox::replay`] reads the journal back so the
//! events acknowledged but not yet applied are applied on the next start (again deduped),
//! and [`EngineInbox::compact`] empties it once they are.
//!
//! Deliveries that concern no synced record (installs, messages, invoices…) are
//! acknowledged without being stored here; route them elsewhere if you need them.

use std::path::{Path, PathBuf};

use tokio::sync::mpsc;

use sync_core::SourceEvent;

use std::sync::Arc;

use crate::ghl::GhlSource;
use crate::ghl::events::{key_custom_fields, source_event, verified_source_event};
use ghl_client::webhooks::{EventSink, FileSink, SinkError, VerifiedEvent, decode};

/// An [`EventSink`] that journals engine events durably, then queues them; see the module docs.
#[derive(Debug, Clone)]
pub struct EngineInbox {
    journal: FileSink,
    queue: mpsc::Sender<SourceEvent>,
    source: Option<Arc<GhlSource>>,
}

impl EngineInbox {
    /// An inbox journaling to `path` and handing events to `queue`.
    pub fn open(path: impl AsRef<Path>, queue: mpsc::Sender<SourceEvent>) -> std::io::Result<Self> {
        Ok(Self {
            journal: FileSink::open(path)?,
            queue,
            source: None,
        })
    }

    /// Keys the custom fields of contact records carried by webhooks the way `source` reads
    /// them ([`key_custom_fields`]), so a delivered contact writes the same row a read would.
    pub fn keyed_by(mut self, source: Arc<GhlSource>) -> Self {
        self.source = Some(source);
        self
    }

    /// The journal's path.
    pub fn path(&self) -> &Path {
        self.journal.path()
    }

    /// Every engine event in the journal at `path`, oldest first (a missing file has none; a
    /// torn last line is skipped). Apply them before serving, then [`EngineInbox::compact`].
    pub fn replay(path: impl AsRef<Path>) -> std::io::Result<Vec<SourceEvent>> {
        let path = path.as_ref();
        if !path.exists() {
            return Ok(Vec::new());
        }
        let mut events = Vec::new();
        for stored in FileSink::read(path)? {
            let Ok(decoded) = decode(stored.body.as_bytes(), None) else {
                tracing::warn!(key = %stored.dedupe_key, "journaled webhook no longer decodes; skipped");
                continue;
            };
            if let Some(mut event) = source_event(&decoded) {
                event.event_id = stored.webhook_id.unwrap_or(stored.dedupe_key);
                events.push(event);
            }
        }
        Ok(events)
    }

    /// Empties the journal at `path` (after its events were applied).
    pub fn compact(path: impl AsRef<Path>) -> std::io::Result<()> {
        let path: PathBuf = path.as_ref().to_path_buf();
        if path.exists() {
            std::fs::OpenOptions::new()
                .write(true)
                .truncate(true)
                .open(&path)?
                .sync_all()?;
        }
        Ok(())
    }
}

impl EventSink for EngineInbox {
    async fn persist(&self, event: VerifiedEvent) -> Result<(), SinkError> {
        let Some(mut source) = verified_source_event(&event) else {
            tracing::debug!(
                event = event.event.name(),
                "webhook concerns no synced record"
            );
            return Ok(());
        };
        if let Some(ghl) = &self.source {
            key_custom_fields(&mut source, ghl);
        }
        self.journal.persist(event).await?;
        self.queue.try_send(source).map_err(|e| match e {
            mpsc::error::TrySendError::Full(_) => SinkError::Full,
            mpsc::error::TrySendError::Closed(_) => SinkError::Closed,
        })
    }
}
