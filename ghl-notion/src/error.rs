//! The one error type of the product crate.

use std::path::PathBuf;

/// What can go wrong setting up or running the sync.
///
/// Every variant names what to fix. Secrets never appear in messages.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The configuration is invalid or incomplete.
    #[error("configuration: {0}")]
    Config(String),
    /// The configuration file could not be read or parsed.
    #[error("configuration file {path}: {message}")]
    ConfigFile {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
    /// A Notion table exists with a property that conflicts with the declared one. Nothing
    /// was written.
    #[error(
        "Notion table {table:?}: property {property:?} is {found} there, but the sync declares it as {wanted}; fix: rename or delete that column in Notion, or map the field to another property name in ghl-notion.toml"
    )]
    SchemaConflict {
        /// The table's title.
        table: String,
        /// The conflicting property.
        property: String,
        /// Its type in Notion.
        found: String,
        /// The type the sync declares.
        wanted: String,
    },
    /// A GHL call failed.
    #[error("GoHighLevel: {0}")]
    Ghl(#[from] ghl_client::Error),
    /// A Notion call failed.
    #[error("Notion: {0}")]
    Notion(#[from] notion_activity::Error),
    /// The sync engine failed.
    #[error("sync: {0}")]
    Sync(#[from] sync_core::SyncError),
    /// The state store failed.
    #[error("state store: {0}")]
    Store(#[from] sync_core::StoreError),
    /// A local file or socket failed.
    #[error("{context}: {source}")]
    Io {
        /// What was being done.
        context: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The embedded sandbox could not start.
    #[error("sandbox: {0}")]
    Sandbox(String),
}

impl Error {
    pub(crate) fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Self::Io {
            context: context.into(),
            source,
        }
    }
}
