//! Identifier newtypes, so a page id cannot be passed where a data source id is expected.
//!
//! Notion ids are UUIDs that the API prints with hyphens but accepts with or without them.
//! [`same_id`] compares two ids the way Notion does (hyphens and case ignored).
//!
//! ```
//! use notion_activity::ids::{PageId, same_id};
//! let a = PageId::from("1429989F-E8AC-4EFF-BC8F-57F56486DB54");
//! assert!(same_id(a.as_str(), "1429989fe8ac4effbc8f57f56486db54"));
//! ```

use std::fmt;

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta] $name:ident),* $(,)?) => {$(
        #[$doc]
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// Wraps an id.
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            /// The id as sent to Notion.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// Whether `other` names the same object (hyphens and case ignored).
            pub fn same_as(&self, other: &str) -> bool {
                same_id(&self.0, other)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                Self(id)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
    )*};
}

id_type! {
    /// A database (the container of one or more data sources).
    DatabaseId,
    /// A data source (a table with its own schema and rows).
    DataSourceId,
    /// A page (a row of a data source, or a plain page).
    PageId,
    /// A user or bot.
    UserId,
}

/// An id in canonical form: lowercase hex without hyphens.
pub fn canonical_id(id: &str) -> String {
    id.chars()
        .filter(|c| *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether two ids name the same Notion object (hyphens and case ignored).
pub fn same_id(a: &str, b: &str) -> bool {
    canonical_id(a) == canonical_id(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_compare_like_notion() {
        assert!(same_id(
            "59833787-2cf9-4fdf-8782-e53db20768a5",
            "598337872CF94FDF8782E53DB20768A5"
        ));
        assert!(!same_id("a", "b"));
        assert!(DataSourceId::from("ab-cd").same_as("ABCD"));
    }
}
