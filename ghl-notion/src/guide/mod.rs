//! Guides: the same text as the repository's `docs/`, read here beside the API.
//!
//! - [`product`]: the command, the configuration file and the library.
//! - [`operations`]: metrics, alerts, health checks and the status page.
//!
//! How the engine decides and heals is in [`sync_core::guide::engine`].

#[doc = include_str!("product.md")]
pub mod product {}

#[doc = include_str!("operations.md")]
pub mod operations {}
