//! [`OAuthProvider`]: a [`TokenProvider`] that refreshes GHL's rotating tokens without ever
//! losing one.
//!
//! Per resource (location or company id) it keeps the current pair in memory, backed by a
//! [`TokenStore`]:
//!
//! 1. **Single flight in the process**: a tokio mutex per resource, so 100 requests that find
//!    the token due at the same moment cause one refresh; the 99 others get its result.
//! 2. **One refresher across processes**: before refreshing it re-loads the store (another
//!    process may have refreshed already) and takes the store's lease; the others wait and
//!    re-load. The save is a compare-and-swap on the generation refreshed from.
//! 3. **Early**: a refresh starts [`RefreshPolicy::margin`] before expiry (5 minutes), plus
//!    a random part of the margin ([`RefreshPolicy::jitter`]) so workers spread out.
//! 4. **Write-ahead**: the new pair is saved before anyone gets the new access token. A
//!    failed save is tried again, a bounded number of times
//!    ([`RefreshPolicy::save_attempts`], at most 5, default 3, with short pauses that fit
//!    inside the lease); if it still fails the pair stays in memory, the call fails with
//!    [`OAuthError::Unsaved`], and the next call for the resource saves it first (a
//!    compare-and-swap against the generation it replaces): a refresh token is never dropped
//!    while the process lives.
//! 5. **On a 401** the transport calls [`TokenProvider::token_rejected`]: one refresh, one
//!    retry.
//! 6. A dead grant (`invalid_grant`) is [`Error::ReauthorizationRequired`].
//!
//! If a process dies between the refresh and the save, the store still holds the old
//! refresh token; a refresh with it within GHL's 30-second grace returns the same new pair,
//! which is how the next process recovers. It gets there in time because the dead process's
//! lease never outlives the grace: the file and SQLite stores free a dead holder's lease at
//! once, and any lease expires after [`RefreshPolicy::lease_ttl`] (at most 20 s; see
//! [`policy`](super::policy) for the timing).

use std::collections::HashMap;
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime};

use futures_util::future::BoxFuture;
use secrecy::SecretString;

use super::app::OAuthApp;
use super::error::OAuthError;
use super::policy::RefreshPolicy;
use super::store::{StoreError, TokenStore};
use super::token::{Fingerprint, StoredToken, TokenResponse};
use crate::auth::TokenProvider;
use crate::error::{Error, Result};

fn store_error(resource: &str, source: StoreError) -> Error {
    Error::Auth(Box::new(OAuthError::Store {
        resource: resource.to_owned(),
        source,
    }))
}

fn reauth(resource: &str, reason: impl Into<String>) -> Error {
    Error::ReauthorizationRequired {
        resource: resource.to_owned(),
        reason: reason.into(),
    }
}

/// What one resource's slot holds.
#[derive(Default)]
struct Slot {
    current: Option<StoredToken>,
    refresh_at: Option<SystemTime>,
    /// A refreshed pair not saved yet, and the generation it replaces.
    unsaved: Option<(StoredToken, Option<Fingerprint>)>,
}

#[derive(Clone, Copy)]
enum Trigger<'a> {
    /// The token is inside its refresh margin.
    Due,
    /// GHL rejected this access token.
    Rejected(&'a SecretString),
}

struct Inner {
    app: OAuthApp,
    store: Arc<dyn TokenStore>,
    policy: RefreshPolicy,
    holder: String,
    rng: Mutex<fastrand::Rng>,
    slots: Mutex<HashMap<String, Arc<tokio::sync::Mutex<Slot>>>>,
    refreshes: AtomicU64,
}

/// A token provider for an OAuth install (see the module docs). Cheap to clone.
///
/// ```no_run
/// use std::sync::Arc;
/// use ghl_client::GhlClient;
/// use ghl_client::oauth::{FileStore, OAuthApp, OAuthCredentials, OAuthProvider, UserType};
///
/// # async fn run(code: &str) -> Result<(), Box<dyn std::error::Error>> {
/// let app = OAuthApp::new(OAuthCredentials::from_env().ok_or("set GHL_CLIENT_ID")?, GhlClient::builder())?;
/// let provider = OAuthProvider::builder(app.clone(), Arc::new(FileStore::new("./tokens")?)).build();
/// // Once, after the consent page redirected with `code`:
/// let location = provider.install(app.exchange_code(code, UserType::Location, None).await?).await?;
/// let client = GhlClient::builder()
///     .location_id(location)
///     .token_provider(Arc::new(provider))
///     .build()?;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct OAuthProvider {
    inner: Arc<Inner>,
}

impl fmt::Debug for OAuthProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OAuthProvider")
            .field("client_id", &self.inner.app.credentials().client_id())
            .field("store", &self.inner.store)
            .field("policy", &self.inner.policy)
            .field("refreshes", &self.refresh_count())
            .finish_non_exhaustive()
    }
}

/// Builds an [`OAuthProvider`].
#[derive(Debug)]
pub struct OAuthProviderBuilder {
    app: OAuthApp,
    store: Arc<dyn TokenStore>,
    policy: RefreshPolicy,
    holder: Option<String>,
    seed: Option<u64>,
}

impl OAuthProviderBuilder {
    /// The whole refresh policy, if it passes [`RefreshPolicy::validate`] (a lease that
    /// could outlive GHL's refresh grace is refused, with the fix in the error).
    pub fn policy(mut self, policy: RefreshPolicy) -> Result<Self> {
        policy.validate()?;
        self.policy = policy;
        Ok(self)
    }

    /// Refresh this long before expiry.
    pub fn margin(mut self, margin: Duration) -> Self {
        self.policy.margin = margin;
        self
    }

    /// The random extra part of the margin (0 to 1).
    pub fn jitter(mut self, jitter: f64) -> Self {
        self.policy.jitter = jitter.clamp(0.0, 1.0);
        self
    }

    /// Seeds the jitter, for reproducible tests.
    pub fn jitter_seed(mut self, seed: u64) -> Self {
        self.seed = Some(seed);
        self
    }

    /// Names this provider in store leases (default: process id plus a random part).
    pub fn holder(mut self, holder: impl Into<String>) -> Self {
        self.holder = Some(holder.into());
        self
    }

    /// The provider.
    pub fn build(self) -> OAuthProvider {
        let mut rng = self
            .seed
            .map_or_else(fastrand::Rng::new, fastrand::Rng::with_seed);
        let holder = self
            .holder
            .unwrap_or_else(|| format!("pid{}-{:016x}", std::process::id(), rng.u64(..)));
        OAuthProvider {
            inner: Arc::new(Inner {
                app: self.app,
                store: self.store,
                policy: self.policy,
                holder,
                rng: Mutex::new(rng),
                slots: Mutex::new(HashMap::new()),
                refreshes: AtomicU64::new(0),
            }),
        }
    }
}

impl OAuthProvider {
    /// A provider refreshing through `app` and keeping tokens in `store`.
    pub fn builder(app: OAuthApp, store: Arc<dyn TokenStore>) -> OAuthProviderBuilder {
        OAuthProviderBuilder {
            app,
            store,
            policy: RefreshPolicy::default(),
            holder: None,
            seed: None,
        }
    }

    /// The app.
    pub fn app(&self) -> &OAuthApp {
        &self.inner.app
    }

    /// The store.
    pub fn store(&self) -> &Arc<dyn TokenStore> {
        &self.inner.store
    }

    /// The refresh policy.
    pub fn policy(&self) -> &RefreshPolicy {
        &self.inner.policy
    }

    /// How many refresh requests this provider has completed.
    pub fn refresh_count(&self) -> u64 {
        self.inner.refreshes.load(Ordering::Relaxed)
    }

    fn slot(&self, resource: &str) -> Arc<tokio::sync::Mutex<Slot>> {
        self.inner
            .slots
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .entry(resource.to_owned())
            .or_default()
            .clone()
    }

    fn now(&self) -> SystemTime {
        self.inner.app.now()
    }

    /// When to refresh `token`: `margin` (capped at half its lifetime) plus jitter before
    /// expiry.
    fn refresh_at(&self, token: &StoredToken) -> SystemTime {
        let draw = self
            .inner
            .rng
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .f64();
        self.inner.policy.refresh_at(token, draw)
    }

    fn adopt(&self, slot: &mut Slot, token: StoredToken) {
        slot.refresh_at = Some(self.refresh_at(&token));
        slot.current = Some(token);
    }

    /// Saves the pair from a code exchange under its resource (its location, else its
    /// company) and returns that resource. If the save fails the pair is kept in memory and
    /// saved on the next call for the resource.
    pub async fn install(&self, response: TokenResponse) -> Result<String> {
        let resource = response
            .resource()
            .ok_or_else(|| {
                Error::Config("the token response names neither a location nor a company".into())
            })?
            .to_owned();
        let token = response.into_stored(self.now());
        let slot = self.slot(&resource);
        let mut slot = slot.lock().await;
        slot.unsaved = None;
        match self.inner.store.save(&resource, &token).await {
            Ok(()) => {
                tracing::info!(resource = %resource, token = %token.fingerprint(), "installed a token");
                self.adopt(&mut slot, token);
                Ok(resource)
            }
            Err(source) => {
                slot.unsaved = Some((token, None));
                Err(Error::Auth(Box::new(OAuthError::Unsaved {
                    resource: resource.clone(),
                    source,
                })))
            }
        }
    }

    /// Forgets what this process holds for `resource` (after an uninstall); the store is
    /// not touched.
    pub async fn forget(&self, resource: &str) {
        let slot = self.slot(resource);
        let mut slot = slot.lock().await;
        *slot = Slot::default();
    }

    /// Refreshes `resource` now, whatever its expiry.
    pub async fn force_refresh(&self, resource: &str) -> Result<()> {
        let slot = self.slot(resource);
        let mut slot = slot.lock().await;
        self.flush_unsaved(resource, &mut slot).await?;
        self.ensure_loaded(resource, &mut slot).await?;
        let ours = slot.current.clone();
        let rejected = ours.as_ref().map(|t| t.access_token.clone());
        match &rejected {
            Some(token) => {
                self.renew(resource, &mut slot, Trigger::Rejected(token))
                    .await
            }
            None => self.renew(resource, &mut slot, Trigger::Due).await,
        }
    }

    async fn ensure_loaded(&self, resource: &str, slot: &mut Slot) -> Result<()> {
        if slot.current.is_some() {
            return Ok(());
        }
        match self.inner.store.load(resource).await {
            Ok(Some(token)) => {
                self.adopt(slot, token);
                Ok(())
            }
            Ok(None) => Err(reauth(
                resource,
                "no token is stored for this resource: authorize the app",
            )),
            Err(e) => Err(store_error(resource, e)),
        }
    }

    async fn flush_unsaved(&self, resource: &str, slot: &mut Slot) -> Result<()> {
        if let Some((token, expected)) = slot.unsaved.take() {
            tracing::info!(resource, "saving a refreshed token left unsaved earlier");
            self.persist(resource, slot, token, expected).await?;
        }
        Ok(())
    }

    /// Saves `new` (compare-and-swap on `expected`), retrying; on success it becomes current.
    /// On failure it stays in `slot.unsaved`.
    async fn persist(
        &self,
        resource: &str,
        slot: &mut Slot,
        new: StoredToken,
        expected: Option<Fingerprint>,
    ) -> Result<()> {
        let policy = &self.inner.policy;
        let store = &self.inner.store;
        let clock = self.inner.app.clock();
        let mut last = None;
        // Bounded by `RefreshPolicy::validate` (at most MAX_SAVE_ATTEMPTS, pauses inside the
        // lease); after the last attempt the pair stays in `slot.unsaved`.
        for attempt in 1..=policy.save_attempts.max(1) {
            match store.save_if(resource, expected.as_ref(), &new).await {
                Ok(true) => {
                    tracing::info!(resource, token = %new.fingerprint(), "saved the refreshed token");
                    self.adopt(slot, new);
                    return Ok(());
                }
                Ok(false) => {
                    // Another process saved another generation meanwhile: the store wins.
                    return match store.load(resource).await {
                        Ok(Some(theirs)) => {
                            tracing::warn!(resource, ours = %new.fingerprint(), theirs = %theirs.fingerprint(),
                                "another process saved a different token; using the stored one");
                            self.adopt(slot, theirs);
                            Ok(())
                        }
                        Ok(None) => {
                            *slot = Slot::default();
                            Err(reauth(resource, "the token was deleted (uninstalled?)"))
                        }
                        Err(e) => {
                            slot.unsaved = Some((new, expected));
                            Err(store_error(resource, e))
                        }
                    };
                }
                Err(e) => {
                    tracing::warn!(resource, attempt, error = %e, "could not save the refreshed token");
                    last = Some(e);
                    if attempt < policy.save_attempts {
                        clock.sleep(policy.save_backoff * attempt).await;
                    }
                }
            }
        }
        slot.unsaved = Some((new, expected));
        let source = last.unwrap_or_else(|| StoreError::Backend("save failed".into()));
        Err(Error::Auth(Box::new(OAuthError::Unsaved {
            resource: resource.to_owned(),
            source,
        })))
    }

    /// A stored token this process may use instead of refreshing.
    fn adoptable(
        &self,
        stored: Option<StoredToken>,
        ours: Option<&StoredToken>,
        trigger: Trigger<'_>,
    ) -> Option<StoredToken> {
        let stored = stored?;
        let now = self.now();
        let usable = match trigger {
            Trigger::Due => {
                ours.is_none_or(|o| o.fingerprint() != stored.fingerprint())
                    && !stored.is_due(now, self.inner.policy.margin)
            }
            Trigger::Rejected(token) => !stored.same_access_token(token) && !stored.is_expired(now),
        };
        usable.then_some(stored)
    }

    /// Brings a fresh token into `slot`: another process's, or one refreshed here under the
    /// store's lease.
    async fn renew(&self, resource: &str, slot: &mut Slot, trigger: Trigger<'_>) -> Result<()> {
        let store = &self.inner.store;
        let policy = &self.inner.policy;
        let clock = self.inner.app.clock();
        let ours = slot.current.clone();
        let started = clock.now();
        let max_wait = policy.lease_ttl * 3;
        loop {
            let stored = store
                .load(resource)
                .await
                .map_err(|e| store_error(resource, e))?;
            if let Some(fresh) = self.adoptable(stored, ours.as_ref(), trigger) {
                tracing::debug!(resource, token = %fresh.fingerprint(), "using a token refreshed elsewhere");
                self.adopt(slot, fresh);
                return Ok(());
            }
            let now = self.now();
            let got = store
                .acquire_lease(resource, &self.inner.holder, now + policy.lease_ttl, now)
                .await
                .map_err(|e| store_error(resource, e))?;
            if got {
                break;
            }
            let waited = clock.now().saturating_duration_since(started);
            if waited >= max_wait {
                return Err(Error::Auth(Box::new(OAuthError::LeaseWait {
                    resource: resource.to_owned(),
                    waited,
                })));
            }
            tracing::debug!(resource, "another process is refreshing; waiting");
            clock.sleep(policy.lease_poll).await;
        }
        let result = self
            .refresh_under_lease(resource, slot, ours, trigger)
            .await;
        if let Err(e) = store.release_lease(resource, &self.inner.holder).await {
            tracing::warn!(resource, error = %e, "could not release the refresh lease; it will expire");
        }
        result
    }

    async fn refresh_under_lease(
        &self,
        resource: &str,
        slot: &mut Slot,
        ours: Option<StoredToken>,
        trigger: Trigger<'_>,
    ) -> Result<()> {
        let store = &self.inner.store;
        // Another process may have finished between our last look and the lease.
        let stored = store
            .load(resource)
            .await
            .map_err(|e| store_error(resource, e))?;
        if let Some(fresh) = self.adoptable(stored.clone(), ours.as_ref(), trigger) {
            self.adopt(slot, fresh);
            return Ok(());
        }
        let Some(base) = stored else {
            *slot = Slot::default();
            return Err(reauth(
                resource,
                "no token is stored for this resource (uninstalled?): authorize the app",
            ));
        };
        let Some(refresh_token) = base.refresh_token.clone() else {
            return Err(reauth(
                resource,
                "the stored token has no refresh token (a location token must be minted again from the agency token)",
            ));
        };
        let base_fp = base.fingerprint();
        tracing::info!(resource, from = %base_fp, "refreshing the access token");
        let response = match self
            .inner
            .app
            .refresh(resource, &refresh_token, base.user_type)
            .await
        {
            Ok(response) => response,
            Err(e @ Error::ReauthorizationRequired { .. }) => {
                // Someone outside the lease protocol may have rotated it: trust a newer save.
                if let Ok(Some(again)) = store.load(resource).await
                    && again.fingerprint() != base_fp
                    && !again.is_expired(self.now())
                {
                    tracing::warn!(
                        resource,
                        "refresh token already rotated elsewhere; using the stored one"
                    );
                    self.adopt(slot, again);
                    return Ok(());
                }
                return Err(e);
            }
            Err(e) => return Err(e),
        };
        self.inner.refreshes.fetch_add(1, Ordering::Relaxed);
        let new = response.into_stored(self.now());
        self.persist(resource, slot, new, Some(base_fp)).await
    }
}

impl TokenProvider for OAuthProvider {
    fn expires_at(&self, resource: &str) -> Option<SystemTime> {
        // Never waits: a slot busy with a refresh answers next time.
        let slot = self.slot(resource);
        let slot = slot.try_lock().ok()?;
        slot.current.as_ref().map(|t| t.expires_at)
    }

    fn token<'a>(&'a self, resource: &'a str) -> BoxFuture<'a, Result<SecretString>> {
        Box::pin(async move {
            let slot = self.slot(resource);
            let mut slot = slot.lock().await;
            self.flush_unsaved(resource, &mut slot).await?;
            self.ensure_loaded(resource, &mut slot).await?;
            let now = self.now();
            if slot.refresh_at.is_some_and(|at| now < at)
                && let Some(current) = &slot.current
            {
                return Ok(current.access_token.clone());
            }
            match self.renew(resource, &mut slot, Trigger::Due).await {
                Ok(()) => {}
                Err(e) => {
                    let still_valid = slot.current.as_ref().is_some_and(|t| !t.is_expired(now));
                    let passing = !matches!(e, Error::ReauthorizationRequired { .. })
                        && slot.unsaved.is_none();
                    if !(still_valid && passing) {
                        return Err(e);
                    }
                    // The old token still works: use it, and try again a little later.
                    let remaining = slot
                        .current
                        .as_ref()
                        .map_or(Duration::ZERO, |t| t.remaining(now));
                    let later = self.inner.policy.retry_after_failure.min(remaining / 2);
                    tracing::warn!(resource, error = %e, retry_in = ?later, "early refresh failed; using the current token meanwhile");
                    slot.refresh_at = Some(now + later);
                }
            }
            slot.current
                .as_ref()
                .map(|t| t.access_token.clone())
                .ok_or_else(|| reauth(resource, "no token is available"))
        })
    }

    fn token_rejected<'a>(
        &'a self,
        resource: &'a str,
        rejected: &'a SecretString,
    ) -> BoxFuture<'a, Result<bool>> {
        Box::pin(async move {
            let slot = self.slot(resource);
            let mut slot = slot.lock().await;
            self.flush_unsaved(resource, &mut slot).await?;
            if let Some(current) = &slot.current
                && !current.same_access_token(rejected)
                && !current.is_expired(self.now())
            {
                // Refreshed by a concurrent call already.
                return Ok(true);
            }
            tracing::info!(resource, "GHL rejected the access token; refreshing once");
            self.renew(resource, &mut slot, Trigger::Rejected(rejected))
                .await?;
            Ok(true)
        })
    }
}
