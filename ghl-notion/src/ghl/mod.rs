//! GoHighLevel as the source of truth of the `sync-core` engine (feature `sync`).
//!
//! - [`GhlSource`] implements [`sync_core::Source`]: contacts and opportunities are listed in
//!   full, contacts also incrementally by `dateUpdated`, and every kind can be fetched by id
//!   ([`source`] says how, and how the change cursor survives GHL's search lag).
//! - [`records`] turns GHL models into [`SourceRecord`](sync_core::SourceRecord)s: ids
//!   (`"{contactId}/{id}"` for tasks and notes), timestamps, display names, and fields with
//!   custom fields flattened and pipeline and stage names resolved.
//! - [`events`] turns webhook deliveries into [`SourceEvent`](sync_core::SourceEvent)s for
//!   [`Engine::apply_event`](sync_core::Engine::apply_event).
//! - [`EngineInbox`](crate::inbox::EngineInbox) joins the webhook ingress to the engine: journal first, then queue,
//!   so an acknowledged event is never lost.
//! - [`remote_error`] maps this crate's errors to the engine's (reads are never applied;
//!   the GHL client already retried throttling, server, network and undecodable answers,
//!   so only an open circuit comes out retryable).
//!
//! ```no_run
//! use std::sync::Arc;
//! use ghl_client::GhlClient;
//! use ghl_notion::entity;
//! use ghl_notion::ghl::GhlSource;
//! use sync_core::{Engine, MemoryStore, ReferenceStrategy};
//! use sync_core::testing::FakeSink;
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let source = GhlSource::new(GhlClient::from_env()?)
//!     .page_size(500)
//!     .entities([entity::CONTACT, entity::OPPORTUNITY]);
//! let engine = Engine::builder()
//!     .source(Arc::new(source))
//!     .sink(Arc::new(FakeSink::new())) // the Notion sink in production
//!     .store(Arc::new(MemoryStore::new()))
//!     .strategy(Arc::new(ReferenceStrategy::new().table(entity::CONTACT, "contacts")))
//!     .build()?;
//! let report = engine.reconcile(&entity::CONTACT).await?;
//! println!("{report:?}");
//! # Ok(()) }
//! ```

pub mod events;
pub mod records;
pub mod source;

pub use events::{source_event, verified_source_event};
pub use records::PipelineNames;
pub use source::{GhlSource, remote_error};
