//! The webhook ingress's hand-off to the sync engine: journal first, then queue.
//!
//! [`EngineInbox`] is an [`EventSink`] for the webhook [`Ingress`](ghl_client::webhooks::Ingress).
//! For each verified delivery that concerns a synced record it
//!
//! 1. appends the exact body and its signature headers to a durable journal (a [`FileSink`]:
//!    one fsynced JSON line, in a file only its owner can read),
//! 2. then offers the engine event to a bounded queue (the hybrid runner's channel).
//!
//! Only when both succeed does the ingress answer 200. If the journal fails or the queue is
//! full, the ingress answers 429 and GHL delivers the event again later (it retries only on
//! 429), so an event is never acknowledged and then lost. An event journaled whose queue
//! hand-off failed is journaled again on the retry; that is harmless, because the engine
//! dedupes by event id.
//!
//! **After a crash**, the journal holds events acknowledged but perhaps not applied. On the
//! next start [`EngineInbox::take_leftovers`] moves them to `<journal>.replaying` before the
//! new inbox opens an empty journal, so the receiver answers at once while
//! [`EngineInbox::replay_verified`] reads the old lines back — each one verified again with
//! the configured keys, a line that does not verify is skipped and counted — and they are
//! applied behind it (deduped again). [`EngineInbox::finish_replay`] deletes the file once
//! they are; a crash during the replay leaves it for the next start.
//!
//! Deliveries that concern no synced record (installs, messages, invoices…) are
//! acknowledged without being stored here; route them elsewhere if you need them.
//!
//! ```
//! use ghl_client::webhooks::testing::TestSigner;
//! use ghl_notion::inbox::EngineInbox;
//!
//! # fn main() -> std::io::Result<()> {
//! let dir = std::env::temp_dir().join(format!("inbox-doc-{}", std::process::id()));
//! let journal = dir.join("journal.jsonl");
//! let (queue, _events) = tokio::sync::mpsc::channel(1024);
//! // Start: move what an earlier run left aside, then open an empty journal.
//! let leftovers = EngineInbox::take_leftovers(&journal)?;
//! let inbox = EngineInbox::open(&journal, queue)?;
//! // ... serve with `inbox`, and meanwhile, behind it:
//! if let Some(old) = leftovers {
//!     let replay = EngineInbox::replay_verified(&old, &TestSigner::new().verifier())?;
//!     // apply `replay.events` to the engine, then:
//!     EngineInbox::finish_replay(&old)?;
//! }
//! # drop(inbox);
//! # std::fs::remove_dir_all(&dir)?;
//! # Ok(()) }
//! ```

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use ghl_client::webhooks::{
    EventSink, FileSink, SinkError, StoredEvent, VerifiedEvent, Verifier, decode,
};
use sync_core::SourceEvent;
use tokio::sync::mpsc;

use crate::ghl::GhlSource;
use crate::ghl::events::{key_custom_fields, source_event, verified_source_event};

/// An [`EventSink`] that journals engine events durably, then queues them; see the module docs.
#[derive(Debug, Clone)]
pub struct EngineInbox {
    journal: FileSink,
    queue: mpsc::Sender<SourceEvent>,
    /// Keys carried contacts once set; while empty, carried contacts are dropped so the
    /// engine fetches them (a receiver may start before the source exists).
    source: Option<Arc<OnceLock<Arc<GhlSource>>>>,
}

/// The engine events of a journal file whose lines verified, and what was skipped.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Replay {
    /// The events to apply, oldest first.
    pub events: Vec<SourceEvent>,
    /// Lines that did not verify with the configured keys (forged, edited, or written by an
    /// older version without their signature headers). Skipped.
    pub rejected: u64,
    /// Lines that could not be read (a torn last line, junk). Skipped.
    pub unreadable: u64,
}

impl EngineInbox {
    /// An inbox journaling to `path` and handing events to `queue`. The journal's missing
    /// directories are created `0700`, the file `0600`; a symbolic link is refused.
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
        self.source = Some(Arc::new(OnceLock::from(source)));
        self
    }

    /// Like [`EngineInbox::keyed_by`], with a source set later into `slot`: until then,
    /// delivered contacts carry no record and the engine fetches them.
    pub(crate) fn keyed_later(mut self, slot: Arc<OnceLock<Arc<GhlSource>>>) -> Self {
        self.source = Some(slot);
        self
    }

    /// The journal's path.
    pub fn path(&self) -> &Path {
        self.journal.path()
    }

    /// Moves the lines an earlier run left in the journal at `path` to `<path>.replaying`
    /// (merging them into one a crash during an earlier replay left), before
    /// [`EngineInbox::open`] opens an empty journal there. Returns the file to replay, if any.
    pub fn take_leftovers(path: impl AsRef<Path>) -> std::io::Result<Option<PathBuf>> {
        FileSink::rotate(path)
    }

    /// The engine events of the journal file at `path` whose lines verify with `verifier`
    /// (the receiver's keys), oldest first; the others are skipped with a warning and
    /// counted. A missing file has none.
    pub fn replay_verified(path: impl AsRef<Path>, verifier: &Verifier) -> std::io::Result<Replay> {
        let read = FileSink::read_verified(path, verifier)?;
        let mut replay = Replay {
            events: Vec::with_capacity(read.events.len()),
            rejected: read.rejected,
            unreadable: read.unreadable,
        };
        replay
            .events
            .extend(read.events.into_iter().filter_map(engine_event));
        Ok(replay)
    }

    /// Deletes a file [`EngineInbox::take_leftovers`] returned, once its events are applied.
    pub fn finish_replay(path: impl AsRef<Path>) -> std::io::Result<()> {
        FileSink::finish_replay(path)
    }

    /// How many journaled events wait to be applied: the lines of the journal at `path` and
    /// of its `.replaying` file (not verified: a count for `status`).
    pub fn queued(path: impl AsRef<Path>) -> std::io::Result<u64> {
        Ok(Self::replay(path)?.len() as u64)
    }

    /// The engine events journaled at `path` and in its `.replaying` file, oldest first (a
    /// missing file has none; a torn last line is skipped).
    ///
    /// **Not verified**: for inspection and counting only. What is applied must come from
    /// [`EngineInbox::replay_verified`], which checks every line's signature.
    pub fn replay(path: impl AsRef<Path>) -> std::io::Result<Vec<SourceEvent>> {
        let path = path.as_ref();
        let mut events = Vec::new();
        for file in [FileSink::replaying_path(path), path.to_path_buf()] {
            match FileSink::read(&file) {
                Ok(stored) => events.extend(stored.into_iter().filter_map(engine_event)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
        }
        Ok(events)
    }

    /// Empties the journal at `path` (after its events were applied).
    pub fn compact(path: impl AsRef<Path>) -> std::io::Result<()> {
        FileSink::compact(path)
    }
}

/// The engine event a journal line carries, `None` for one about no synced record.
fn engine_event(stored: StoredEvent) -> Option<SourceEvent> {
    let Ok(decoded) = decode(stored.body.as_bytes(), None) else {
        tracing::warn!(key = %stored.dedupe_key, "journaled webhook no longer decodes; skipped");
        return None;
    };
    let mut event = source_event(&decoded)?;
    event.event_id = stored.webhook_id.unwrap_or(stored.dedupe_key);
    Some(event)
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
        match self.source.as_deref().map(OnceLock::get) {
            Some(Some(ghl)) => key_custom_fields(&mut source, ghl),
            Some(None) if source.entity == crate::entity::CONTACT => source.record = None,
            _ => {}
        }
        self.journal.persist(event).await?;
        self.queue.try_send(source).map_err(|e| match e {
            mpsc::error::TrySendError::Full(_) => SinkError::Full,
            mpsc::error::TrySendError::Closed(_) => SinkError::Closed,
        })
    }
}
