//! The objects this crate reads and writes, and the typed calls for each API area.
//!
//! Each module holds the types of one area and an `impl NotionClient` block with its calls;
//! the calls only describe [`crate::Request`]s, which the one pipeline executes.
//!
//! - [`database`]: create a database with its initial data source, retrieve it;
//! - [`data_source`]: retrieve and update a schema, search data sources by title;
//! - [`page`]: create, retrieve, update and trash rows;
//! - [`query`]: typed filters and sorts, cursor streams and the 10,000-row cap;
//! - [`user`]: `users/me`, to check a token.
//!
//! Unknown response fields are kept (`extra`), and `archived` is read as well as `in_trash`.

pub mod data_source;
pub mod database;
pub mod page;
pub mod query;
pub mod user;

use serde::{Deserialize, Deserializer};

/// Reads a list that Notion may send as `null`.
pub(crate) fn null_as_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// `in_trash` (2026-03-11) or `archived` (earlier versions), whichever the answer carries.
pub(crate) fn trashed(in_trash: Option<bool>, archived: Option<bool>) -> bool {
    in_trash.or(archived).unwrap_or(false)
}

/// The trash flags a PATCH body sends for `version`: `in_trash`, plus the legacy `archived`
/// for 2025-09-03.
pub(crate) fn trash_body(version: crate::NotionVersion, in_trash: bool) -> serde_json::Value {
    if version.sends_archived() {
        serde_json::json!({"in_trash": in_trash, "archived": in_trash})
    } else {
        serde_json::json!({"in_trash": in_trash})
    }
}
