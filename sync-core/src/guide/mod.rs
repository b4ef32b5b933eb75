//! Guides: the same text as the repository's `docs/`, read here beside the API.
//!
//! - [`engine`]: how the engine decides and writes, and how it heals.

#[doc = include_str!("engine.md")]
pub mod engine {}
