//! A transport-agnostic sync engine: mirror records from a source of truth into a sink, and
//! keep an append-only activity log of what happened to them.
//!
//! The crate knows nothing about HTTP, GoHighLevel or Notion. Adapters implement two traits:
//!
//! - [`Source`]: stream every record of a kind, fetch one, and optionally
//!   list changes since a cursor.
//! - [`Sink`]: find rows by key, create, update, trash and restore rows, append
//!   activity rows, and stream a table's index.
//!
//! [`Strategy`]s say what a record (or an event) becomes: a
//! [`ReferenceStrategy`] index row, a
//! [`SummaryStrategy`] of chosen fields, or an
//! [`EventStreamStrategy`] activity row. The
//! [`Engine`] does the rest: it compares content hashes against a
//! [`StateStore`] so unchanged records cost nothing, records every sink
//! write as an intent first so a crash never duplicates or loses a write, deduplicates and
//! orders pushed events, and repairs drift. The [`HybridRunner`]
//! combines scheduled reconciliation with pushed events.
//!
//! Layout: [`record`] and [`projection`] are the data, [`source`] and [`sink`] the two
//! ports, [`strategy`] the mappings, [`state`] the memory, [`engine`] the decisions and
//! writes, [`runner`] the schedule, [`report`] and [`progress`] the output, `testing` the
//! in-memory fakes with fault injection (feature `test-util`). The [guide](guide::engine)
//! explains the decisions and the healing.
//!
//! # Quick start: run a sync
//!
//! With your own [`Source`] and [`Sink`] (here the in-memory fakes of the `test-util`
//! feature) and a [`StateStore`] (`state::SqliteStore` with the `sqlite` feature):
//!
//! ```
//! use std::sync::Arc;
//! use sync_core::engine::Engine;
//! use sync_core::record::{EntityKind, EventKind, SourceEvent, SourceRecord};
//! use sync_core::state::MemoryStore;
//! use sync_core::strategy::{EventStreamStrategy, ReferenceStrategy};
//! use sync_core::testing::{FakeSink, FakeSource};
//!
//! # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
//! let source = Arc::new(FakeSource::new());
//! let sink = Arc::new(FakeSink::new());
//! let engine = Engine::builder()
//!     .source(source.clone())
//!     .sink(sink.clone())
//!     .store(Arc::new(MemoryStore::new()))
//!     .strategy(Arc::new(ReferenceStrategy::new().table(EntityKind::new("contact"), "contacts")))
//!     .strategy(Arc::new(EventStreamStrategy::new("activity")))
//!     .build()
//!     .unwrap();
//!
//! let contact = EntityKind::new("contact");
//! source.upsert(SourceRecord::new(contact.clone(), "c-1").with_display_name("Ada"));
//! source.upsert(SourceRecord::new(contact.clone(), "c-2").with_display_name("Grace"));
//! let report = engine.reconcile(&contact).await.unwrap(); // a full pass
//! assert_eq!((report.created, report.failed), (2, 0));
//! assert_eq!(sink.live_rows(&"contacts".into()).len(), 2);
//!
//! // Pushed events (webhooks) between passes:
//! source.upsert(SourceRecord::new(contact.clone(), "c-3").with_display_name("Edsger"));
//! let event = SourceEvent::new("wh-1", contact.clone(), "c-3", EventKind::Created);
//! engine.apply_event(&event).await.unwrap();
//! engine.apply_event(&event).await.unwrap(); // a redelivery changes nothing
//! assert_eq!(sink.live_rows(&"contacts".into()).len(), 3);
//! assert_eq!(sink.events(&"activity".into()).len(), 1);
//! # });
//! ```
//!
//! # Features
#![doc = document_features::document_features!()]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

pub mod engine;
pub mod error;
pub mod guide;
pub mod hash;
pub mod progress;
pub mod projection;
pub mod record;
pub mod report;
pub mod runner;
pub mod sink;
pub mod source;
pub mod state;
pub mod strategy;
#[cfg(any(test, feature = "test-util"))]
#[cfg_attr(docsrs, doc(cfg(feature = "test-util")))]
pub mod testing;

use std::future::Future;
use std::pin::Pin;

/// A boxed, sendable future, as returned by the traits of this crate.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A boxed, sendable stream, as returned by the traits of this crate.
pub type BoxStream<'a, T> = Pin<Box<dyn futures_core::Stream<Item = T> + Send + 'a>>;

pub use engine::{DeletionPolicy, Engine, EngineBuilder, EngineOptions};
pub use error::{Outcome, RemoteError, StoreError, SyncError};
pub use projection::{Projection, Value};
pub use record::{EntityKind, EventKind, SourceEvent, SourceRecord};
pub use report::{Applied, SyncReport};
pub use runner::{HybridRunner, QueueGauge, RunnerHandle, RunnerObserver};
pub use sink::{EventRow, RowId, Sink, SinkRow, TableId};
pub use source::{Change, ChangeCursor, Source};
pub use state::{MemoryStore, StateStore};
pub use strategy::{
    EventStreamStrategy, ReferenceStrategy, Strategy, SummaryStrategy, TableSchema,
};

/// The README's quick start, compiled as a doctest so that it cannot drift from the API.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
