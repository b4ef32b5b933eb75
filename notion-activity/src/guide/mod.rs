//! Guides: the same text as the repository's `docs/`, read here beside the API.
//!
//! - [`activity`]: the activity log's schema, the limits, and what happens on failure.

#[doc = include_str!("activity.md")]
pub mod activity {}
