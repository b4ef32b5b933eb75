//! The [`Outbox`] trait: where events wait between [`crate::activity::WriterHandle::log`]
//! and their row in Notion, and [`MemoryOutbox`], an implementation for tests.
//!
//! The trait is synchronous and object-safe, so a file journal ([`crate::activity::FileOutbox`])
//! and a SQLite table (a later state store) fit it alike; the writer calls it on a blocking
//! thread. Every method must be durable when it returns (for a durable implementation).
//!
//! ```
//! use notion_activity::activity::{ActivityEvent, MemoryOutbox, Outbox};
//!
//! let outbox = MemoryOutbox::new();
//! let e = ActivityEvent::new("e1", "Contact", "Ann", "Created");
//! assert!(outbox.enqueue(&e).unwrap());
//! assert!(!outbox.enqueue(&e).unwrap(), "same Event ID: not queued twice");
//! outbox.mark_delivered(&e.event_id, None).unwrap();
//! assert!(outbox.pending().unwrap().is_empty());
//! ```

use std::collections::{HashMap, HashSet, VecDeque};
use std::fmt;
use std::sync::{Mutex, MutexGuard, PoisonError};

use serde::{Deserialize, Serialize};

use crate::activity::event::{ActivityEvent, EventId};
use crate::ids::PageId;

/// An outbox failure (disk full, permission, a corrupt record that cannot be written).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OutboxError {
    /// Reading or writing the journal failed.
    #[error("outbox I/O: {0}")]
    Io(#[from] std::io::Error),
    /// An event could not be encoded.
    #[error("outbox encoding: {0}")]
    Encode(#[from] serde_json::Error),
    /// Another failure of a custom outbox.
    #[error("outbox: {0}")]
    Other(String),
}

/// An event Notion rejected (a validation error): kept with the error, not retried.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeadLetter {
    /// The event.
    pub event: ActivityEvent,
    /// Why Notion rejected it.
    pub error: String,
}

/// Durable storage of events not yet in Notion.
pub trait Outbox: Send + Sync + fmt::Debug {
    /// Stores `event` until it is delivered. Returns `false`, storing nothing, when an event
    /// with the same id is already pending, delivered (as far as the outbox remembers) or
    /// dead.
    fn enqueue(&self, event: &ActivityEvent) -> Result<bool, OutboxError>;
    /// Records that `id` has its row (`page_id`, when known).
    fn mark_delivered(&self, id: &EventId, page_id: Option<&PageId>) -> Result<(), OutboxError>;
    /// Records that Notion rejected `id`, with the error.
    fn mark_dead(&self, id: &EventId, error: &str) -> Result<(), OutboxError>;
    /// Events not yet delivered, oldest first.
    fn pending(&self) -> Result<Vec<ActivityEvent>, OutboxError>;
    /// Events Notion rejected.
    fn dead_letters(&self) -> Result<Vec<DeadLetter>, OutboxError>;
}

/// The state both built-in outboxes keep in memory.
#[derive(Debug, Default)]
pub(crate) struct OutboxState {
    order: VecDeque<EventId>,
    pending: HashMap<EventId, ActivityEvent>,
    delivered: HashSet<EventId>,
    delivered_order: VecDeque<EventId>,
    dead: Vec<DeadLetter>,
    remember: usize,
}

impl OutboxState {
    pub(crate) fn new(remember: usize) -> Self {
        Self {
            remember,
            ..Self::default()
        }
    }

    pub(crate) fn knows(&self, id: &EventId) -> bool {
        self.pending.contains_key(id)
            || self.delivered.contains(id)
            || self.dead.iter().any(|d| d.event.event_id == *id)
    }

    pub(crate) fn add(&mut self, event: ActivityEvent) -> bool {
        if self.knows(&event.event_id) {
            return false;
        }
        self.order.push_back(event.event_id.clone());
        self.pending.insert(event.event_id.clone(), event);
        true
    }

    pub(crate) fn deliver(&mut self, id: &EventId) {
        self.pending.remove(id);
        self.order.retain(|o| o != id);
        if self.delivered.insert(id.clone()) {
            self.delivered_order.push_back(id.clone());
        }
        while self.delivered_order.len() > self.remember {
            if let Some(old) = self.delivered_order.pop_front() {
                self.delivered.remove(&old);
            }
        }
    }

    pub(crate) fn kill(&mut self, id: &EventId, error: &str, event: Option<ActivityEvent>) {
        let event = self.pending.remove(id).or(event);
        self.order.retain(|o| o != id);
        if let Some(event) = event {
            self.dead.push(DeadLetter {
                event,
                error: error.to_owned(),
            });
        }
    }

    pub(crate) fn pending(&self) -> Vec<ActivityEvent> {
        self.order
            .iter()
            .filter_map(|id| self.pending.get(id).cloned())
            .collect()
    }

    pub(crate) fn delivered_ids(&self) -> impl Iterator<Item = &EventId> {
        self.delivered_order.iter()
    }

    pub(crate) fn dead(&self) -> &[DeadLetter] {
        &self.dead
    }
}

/// How many delivered ids an outbox remembers to refuse a repeated event (default).
pub const REMEMBER_DELIVERED: usize = 10_000;

/// An outbox in memory: not durable, for tests and for callers who accept losing queued
/// events on a crash.
#[derive(Debug)]
pub struct MemoryOutbox {
    state: Mutex<OutboxState>,
}

impl Default for MemoryOutbox {
    fn default() -> Self {
        Self::new()
    }
}

impl MemoryOutbox {
    /// An empty outbox.
    pub fn new() -> Self {
        Self {
            state: Mutex::new(OutboxState::new(REMEMBER_DELIVERED)),
        }
    }

    fn lock(&self) -> MutexGuard<'_, OutboxState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Outbox for MemoryOutbox {
    fn enqueue(&self, event: &ActivityEvent) -> Result<bool, OutboxError> {
        Ok(self.lock().add(event.clone()))
    }

    fn mark_delivered(&self, id: &EventId, _page_id: Option<&PageId>) -> Result<(), OutboxError> {
        self.lock().deliver(id);
        Ok(())
    }

    fn mark_dead(&self, id: &EventId, error: &str) -> Result<(), OutboxError> {
        self.lock().kill(id, error, None);
        Ok(())
    }

    fn pending(&self) -> Result<Vec<ActivityEvent>, OutboxError> {
        Ok(self.lock().pending())
    }

    fn dead_letters(&self) -> Result<Vec<DeadLetter>, OutboxError> {
        Ok(self.lock().dead().to_vec())
    }
}
