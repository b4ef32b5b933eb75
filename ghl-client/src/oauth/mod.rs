//! OAuth for Marketplace apps: the consent URL, the code exchange, refresh that cannot lose a
//! token, agency → location tokens, and install/uninstall handling.
//!
//! GHL's OAuth has three traits that shape this module:
//!
//! - **Refresh tokens rotate.** Each refresh returns a new refresh token and the old one
//!   dies 30 seconds after its first use. The new pair must be saved before it is used, and
//!   two refreshers must not race. [`OAuthProvider`] refreshes once per resource at a time
//!   (in the process and, through the [`TokenStore`]'s lease and compare-and-swap, across
//!   processes), early, and saves before handing the token out.
//! - **Location tokens have no refresh token.** [`LocationTokens`] mints them again from the
//!   agency token instead ([`GhlClient::for_location`](crate::GhlClient::for_location)).
//! - **A dead grant needs a person.** `invalid_grant` becomes
//!   [`Error::ReauthorizationRequired`](crate::Error::ReauthorizationRequired).
//!
//! Layout: [`authorize`] (consent URL, callback), [`app`] (credentials, `/oauth/token`),
//! [`token`] (token types), [`store`] (memory, file, SQLite), [`policy`] (when to refresh),
//! [`provider`] (refresh), [`error`] (failures),
//! [`location`] (agency → location), [`install`] (webhook hooks).
//!
//! ```no_run
//! use std::sync::Arc;
//! use ghl_client::GhlClient;
//! use ghl_client::oauth::{FileStore, OAuthApp, OAuthCredentials, OAuthProvider, Scope, UserType};
//!
//! # async fn run(code_from_redirect: String) -> Result<(), Box<dyn std::error::Error>> {
//! let app = OAuthApp::new(
//!     OAuthCredentials::new("my-app-id-abc123", "client-secret"),
//!     GhlClient::builder(),
//! )?;
//! // 1. Send a person to the consent page.
//! let url = app
//!     .authorize_url("https://example.com/oauth/callback")
//!     .scopes([Scope::CONTACTS_READONLY, Scope::OPPORTUNITIES_READONLY])
//!     .state("random-state")
//!     .build()?;
//! println!("open {url}");
//! // 2. Exchange the code the redirect brought back, and store the pair.
//! let provider = OAuthProvider::builder(app.clone(), Arc::new(FileStore::new("./ghl-tokens")?)).build();
//! let tokens = app.exchange_code(&code_from_redirect, UserType::Location, None).await?;
//! let location = provider.install(tokens).await?;
//! // 3. Call the API; tokens refresh themselves.
//! let client = GhlClient::builder()
//!     .location_id(location)
//!     .token_provider(Arc::new(provider))
//!     .build()?;
//! # let _ = client;
//! # Ok(()) }
//! ```

pub mod app;
pub mod authorize;
pub mod error;
pub mod install;
pub mod location;
pub mod policy;
pub mod provider;
pub mod store;
pub mod token;

pub use app::{OAuthApp, OAuthCredentials};
pub use authorize::{AuthorizeUrl, Callback, LoginWindowOpenMode, Scope};
pub use error::OAuthError;
#[cfg(feature = "webhooks")]
#[cfg_attr(docsrs, doc(cfg(feature = "webhooks")))]
pub use install::InstallSink;
pub use install::{InstallHooks, UninstallTarget};
pub use location::{
    InstalledLocation, InstalledLocations, InstalledLocationsQuery, LocationTokens,
};
pub use policy::RefreshPolicy;
pub use provider::{OAuthProvider, OAuthProviderBuilder};
#[cfg(feature = "sqlite")]
#[cfg_attr(docsrs, doc(cfg(feature = "sqlite")))]
pub use store::SqliteStore;
pub use store::{FileStore, MemoryStore, StoreError, StoreResult, TokenStore};
#[cfg(feature = "postgres")]
pub use store::{PostgresTokenStore, PostgresTokenStoreError};
pub use token::{Fingerprint, StoredToken, TokenResponse, UserType};
