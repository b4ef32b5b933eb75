//! Agency → location: sub-account tokens minted from an agency token, clients scoped to one
//! location, and the list of locations the app is installed on.
//!
//! A location token from `POST /oauth/locationToken` has **no refresh token**: when it nears
//! expiry (or GHL rejects it) [`LocationTokens`] mints a new one with the agency token. It
//! never refreshes one.
//!
//! ```no_run
//! use ghl_client::GhlClient;
//!
//! # async fn run(agency: GhlClient) -> Result<(), ghl_client::Error> {
//! // `agency` authenticates with an agency (Company) token and knows its company id.
//! let location = agency.for_location("ve9EPM428h8vShlRW1KT")?;
//! // Calls on `location` use (and re-mint) that location's token, with its own rate limits.
//! # Ok(()) }
//! ```

use std::collections::HashMap;
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use futures_util::future::BoxFuture;
use secrecy::SecretString;
use serde::{Deserialize, Serialize};

use super::store::TokenStore;
use super::token::{StoredToken, TokenResponse};
use crate::auth::TokenProvider;
use crate::client::GhlClient;
use crate::error::{Error, Result};
use crate::ids::{CompanyId, LocationId};
use crate::request::{ApiVersion, Request};

/// Default time before expiry at which a location token is minted again.
pub const DEFAULT_REMINT_MARGIN: Duration = Duration::from_secs(300);

/// Query of `GET /oauth/installedLocations`.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InstalledLocationsQuery {
    /// The agency (required).
    pub company_id: String,
    /// The app id: the client id before its first `-` (required).
    pub app_id: String,
    /// Records to skip.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip: Option<u32>,
    /// Records per page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// Filter by name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Only locations where the app is (or is not) installed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_installed: Option<bool>,
    /// Only this version of the app.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_id: Option<String>,
    /// Only locations on a trial.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_trial: Option<bool>,
    /// Only this plan.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan_id: Option<String>,
    /// Only this location.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location_id: Option<String>,
}

impl InstalledLocationsQuery {
    /// A query for `company_id`'s locations of `app_id`.
    pub fn new(company_id: impl Into<String>, app_id: impl Into<String>) -> Self {
        Self {
            company_id: company_id.into(),
            app_id: app_id.into(),
            ..Self::default()
        }
    }
}

/// One location in [`InstalledLocations`].
#[derive(Debug, Clone, Deserialize)]
#[non_exhaustive]
pub struct InstalledLocation {
    /// The location id.
    #[serde(rename = "_id")]
    pub id: LocationId,
    /// Its name.
    #[serde(default)]
    pub name: Option<String>,
    /// Its address.
    #[serde(default)]
    pub address: Option<String>,
    /// Whether the app is installed there.
    #[serde(default, rename = "isInstalled")]
    pub is_installed: Option<bool>,
    /// The installed version of the app.
    #[serde(default, rename = "versionId")]
    pub version_id: Option<String>,
    /// When the app was installed (ISO 8601).
    #[serde(default, rename = "installedAt")]
    pub installed_at: Option<String>,
    /// Every other field.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The answer of `GET /oauth/installedLocations`.
#[derive(Debug, Clone, Deserialize)]
#[non_exhaustive]
pub struct InstalledLocations {
    /// The locations of this page.
    #[serde(default)]
    pub locations: Vec<InstalledLocation>,
    /// The total count.
    #[serde(default)]
    pub count: Option<u64>,
    /// Whether the app installs itself on the agency's future locations.
    #[serde(default, rename = "installToFutureLocations")]
    pub install_to_future_locations: Option<bool>,
}

impl GhlClient {
    /// Mints a token for `location_id` from this client's agency token
    /// (`POST /oauth/locationToken`). It has no refresh token; mint again when it expires.
    /// Minting twice is harmless, so a lost answer is retried.
    pub async fn mint_location_token(
        &self,
        company_id: &str,
        location_id: &str,
    ) -> Result<TokenResponse> {
        let request = Request::post("/oauth/locationToken", "/oauth/locationToken")
            .form([("companyId", company_id), ("locationId", location_id)])
            .version(ApiVersion::V2021_07_28)
            .idempotent(true)
            .resource(company_id);
        self.send(request).await
    }

    /// The locations of an agency and whether the app is installed on each
    /// (`GET /oauth/installedLocations`, agency token).
    pub async fn installed_locations(
        &self,
        query: &InstalledLocationsQuery,
    ) -> Result<InstalledLocations> {
        let request = Request::get("/oauth/installedLocations", "/oauth/installedLocations")
            .query(query)
            .version(ApiVersion::V2021_07_28)
            .resource(query.company_id.clone());
        self.send(request).await
    }

    /// A client for one location, from this agency client: same base URL, clock, HTTP
    /// client and policies, its own rate limits, and a [`LocationTokens`] provider that mints
    /// (and re-mints) the location's token with this client's agency token. Needs the
    /// company id (`.company_id()` on the builder).
    ///
    /// Each call makes a fresh token cache: keep the returned client (clones share it), or
    /// use one [`LocationTokens`] for many locations.
    pub fn for_location(&self, location_id: impl Into<LocationId>) -> Result<GhlClient> {
        let company = self.company_id().cloned().ok_or_else(|| {
            Error::Config(
                "for_location needs the agency's company id: call .company_id() on the builder"
                    .into(),
            )
        })?;
        LocationTokens::new(self.clone(), company).client(location_id)
    }
}

struct Inner {
    agency: GhlClient,
    company_id: CompanyId,
    store: Option<Arc<dyn TokenStore>>,
    margin: Duration,
    slots: Mutex<HashMap<String, Arc<tokio::sync::Mutex<Option<StoredToken>>>>>,
    mints: AtomicU64,
}

/// Location tokens minted from an agency client, cached until shortly before expiry, and
/// optionally kept in a [`TokenStore`] (keyed by location id). A [`TokenProvider`] for any
/// location of the agency. Cheap to clone.
#[derive(Clone)]
pub struct LocationTokens {
    inner: Arc<Inner>,
}

impl fmt::Debug for LocationTokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LocationTokens")
            .field("company_id", &self.inner.company_id)
            .field("store", &self.inner.store)
            .field("margin", &self.inner.margin)
            .field("mints", &self.mint_count())
            .finish_non_exhaustive()
    }
}

impl LocationTokens {
    /// Tokens for `company_id`'s locations, minted with `agency`'s token, cached in memory.
    pub fn new(agency: GhlClient, company_id: impl Into<CompanyId>) -> Self {
        Self::build(agency, company_id.into(), None, DEFAULT_REMINT_MARGIN)
    }

    /// As [`LocationTokens::new`], also loading from and saving to `store`.
    pub fn with_store(
        agency: GhlClient,
        company_id: impl Into<CompanyId>,
        store: Arc<dyn TokenStore>,
    ) -> Self {
        Self::build(
            agency,
            company_id.into(),
            Some(store),
            DEFAULT_REMINT_MARGIN,
        )
    }

    /// The same tokens, minted again `margin` before expiry.
    pub fn with_margin(self, margin: Duration) -> Self {
        let inner = &self.inner;
        Self::build(
            inner.agency.clone(),
            inner.company_id.clone(),
            inner.store.clone(),
            margin,
        )
    }

    fn build(
        agency: GhlClient,
        company_id: CompanyId,
        store: Option<Arc<dyn TokenStore>>,
        margin: Duration,
    ) -> Self {
        Self {
            inner: Arc::new(Inner {
                agency,
                company_id,
                store,
                margin,
                slots: Mutex::new(HashMap::new()),
                mints: AtomicU64::new(0),
            }),
        }
    }

    /// The agency.
    pub fn company_id(&self) -> &CompanyId {
        &self.inner.company_id
    }

    /// The agency client.
    pub fn agency(&self) -> &GhlClient {
        &self.inner.agency
    }

    /// The store, if any.
    pub fn store(&self) -> Option<&Arc<dyn TokenStore>> {
        self.inner.store.as_ref()
    }

    /// How many tokens were minted.
    pub fn mint_count(&self) -> u64 {
        self.inner.mints.load(Ordering::Relaxed)
    }

    /// A client for `location_id` using these tokens (see [`GhlClient::for_location`]).
    pub fn client(&self, location_id: impl Into<LocationId>) -> Result<GhlClient> {
        let agency = &self.inner.agency.inner;
        let config = &agency.config;
        GhlClient::builder()
            .base_url(config.base_url.clone())
            .location_id(location_id)
            .company_id(self.inner.company_id.clone())
            .user_agent(config.user_agent.clone())
            .timeouts(config.timeouts)
            .rate_limits(config.rate_limits.clone())
            .retry_policy(config.retry.clone())
            .retry_quota(config.retry_quota)
            .circuit_breaker(config.breaker)
            .clock(agency.clock().clone())
            .http_client(agency.http.clone())
            .token_provider(Arc::new(self.clone()))
            .build()
    }

    fn slot(&self, location: &str) -> Arc<tokio::sync::Mutex<Option<StoredToken>>> {
        self.inner
            .slots
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .entry(location.to_owned())
            .or_default()
            .clone()
    }

    fn usable(&self, token: &StoredToken) -> bool {
        !token.is_due(self.inner.agency.inner.clock().wall(), self.inner.margin)
    }

    /// Mints a token for `location_id` now, saves it (if there is a store) and caches it.
    pub async fn mint(&self, location_id: &str) -> Result<StoredToken> {
        let slot = self.slot(location_id);
        let mut slot = slot.lock().await;
        self.mint_locked(location_id, &mut slot).await
    }

    async fn mint_locked(
        &self,
        location_id: &str,
        slot: &mut Option<StoredToken>,
    ) -> Result<StoredToken> {
        let company = self.inner.company_id.as_str();
        tracing::info!(location = location_id, company, "minting a location token");
        let response = self
            .inner
            .agency
            .mint_location_token(company, location_id)
            .await?;
        self.inner.mints.fetch_add(1, Ordering::Relaxed);
        let mut token = response.into_stored(self.inner.agency.inner.clock().wall());
        if token.company_id.is_none() {
            token.company_id = Some(self.inner.company_id.clone());
        }
        if token.location_id.is_none() {
            token.location_id = Some(LocationId::new(location_id));
        }
        if let Some(store) = &self.inner.store
            && let Err(e) = store.save(location_id, &token).await
        {
            // A location token can always be minted again: a failed save costs a mint later.
            tracing::warn!(location = location_id, error = %e, "could not save the location token");
        }
        *slot = Some(token.clone());
        Ok(token)
    }

    /// Forgets `location_id`'s token here and in the store (an uninstall).
    pub async fn remove(&self, location_id: &str) -> Result<()> {
        let slot = self.slot(location_id);
        let mut slot = slot.lock().await;
        *slot = None;
        if let Some(store) = &self.inner.store {
            store.delete(location_id).await.map_err(|source| {
                Error::Auth(Box::new(super::error::OAuthError::Store {
                    resource: location_id.to_owned(),
                    source,
                }))
            })?;
        }
        Ok(())
    }

    async fn current(&self, location_id: &str) -> Result<SecretString> {
        let slot = self.slot(location_id);
        let mut slot = slot.lock().await;
        if let Some(token) = slot.as_ref().filter(|t| self.usable(t)) {
            return Ok(token.access_token.clone());
        }
        if let Some(store) = &self.inner.store {
            match store.load(location_id).await {
                Ok(Some(stored)) if self.usable(&stored) => {
                    let token = stored.access_token.clone();
                    *slot = Some(stored);
                    return Ok(token);
                }
                Ok(_) => {}
                Err(e) => {
                    tracing::warn!(location = location_id, error = %e, "could not load the location token; minting one");
                }
            }
        }
        Ok(self.mint_locked(location_id, &mut slot).await?.access_token)
    }
}

impl TokenProvider for LocationTokens {
    fn token<'a>(&'a self, resource: &'a str) -> BoxFuture<'a, Result<SecretString>> {
        Box::pin(self.current(resource))
    }

    fn token_rejected<'a>(
        &'a self,
        resource: &'a str,
        rejected: &'a SecretString,
    ) -> BoxFuture<'a, Result<bool>> {
        Box::pin(async move {
            let slot = self.slot(resource);
            let mut slot = slot.lock().await;
            if slot
                .as_ref()
                .is_some_and(|t| !t.same_access_token(rejected))
            {
                return Ok(true);
            }
            tracing::info!(
                location = resource,
                "GHL rejected the location token; minting another"
            );
            self.mint_locked(resource, &mut slot).await?;
            Ok(true)
        })
    }
}
