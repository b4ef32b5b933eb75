//! What to do when GHL says the app was installed or uninstalled (the `INSTALL` and
//! `UNINSTALL` webhook events). The webhook ingress calls these with plain ids.
//!
//! ```no_run
//! use ghl_client::oauth::{InstallHooks, UninstallTarget};
//!
//! # async fn run(hooks: InstallHooks) -> Result<(), ghl_client::Error> {
//! // INSTALL for a location of the agency: mint and store its token.
//! hooks.on_install("companyId123", Some("locationId456")).await?;
//! // UNINSTALL: delete what is stored for it.
//! hooks.on_uninstall(UninstallTarget::Location("locationId456".into())).await?;
//! # Ok(()) }
//! ```

use std::sync::Arc;

use super::error::OAuthError;
use super::location::LocationTokens;
use super::store::TokenStore;
use crate::error::{Error, Result};

/// What an uninstall removes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UninstallTarget {
    /// One location's token.
    Location(String),
    /// The agency's token and the tokens of every one of its locations.
    Company(String),
}

/// Install and uninstall handling over a token store.
#[derive(Debug, Clone)]
pub struct InstallHooks {
    store: Arc<dyn TokenStore>,
    locations: Option<LocationTokens>,
}

fn store_err(resource: &str, source: super::store::StoreError) -> Error {
    Error::Auth(Box::new(OAuthError::Store {
        resource: resource.to_owned(),
        source,
    }))
}

impl InstallHooks {
    /// Hooks that only delete on uninstall (no agency token to mint location tokens with).
    pub fn new(store: Arc<dyn TokenStore>) -> Self {
        Self {
            store,
            locations: None,
        }
    }

    /// Hooks that also mint and store a location's token on install, with `locations`
    /// (which should use the same store).
    pub fn with_location_tokens(store: Arc<dyn TokenStore>, locations: LocationTokens) -> Self {
        Self {
            store,
            locations: Some(locations),
        }
    }

    /// An install: for a location of an agency whose token this process holds, mint the
    /// location's token and store it under the location id. An install without a location
    /// (agency level), or without an agency token here, changes nothing: its tokens arrive
    /// through the authorization-code flow.
    pub async fn on_install(&self, company_id: &str, location_id: Option<&str>) -> Result<()> {
        let (Some(location), Some(tokens)) = (location_id, &self.locations) else {
            tracing::info!(company = company_id, location = ?location_id, "install noted; nothing to mint");
            return Ok(());
        };
        if tokens.company_id().as_str() != company_id {
            tracing::warn!(
                company = company_id,
                "install for another agency; nothing to mint"
            );
            return Ok(());
        }
        let token = tokens.mint(location).await?;
        // `mint` saves on a best-effort basis; an install must end with the token stored.
        self.store
            .save(location, &token)
            .await
            .map_err(|e| store_err(location, e))?;
        tracing::info!(
            company = company_id,
            location,
            "install: location token stored"
        );
        Ok(())
    }

    /// An uninstall: delete the stored token of the location, or of the company and all its
    /// locations.
    pub async fn on_uninstall(&self, target: UninstallTarget) -> Result<()> {
        match target {
            UninstallTarget::Location(location) => self.delete(&location).await,
            UninstallTarget::Company(company) => {
                let resources = self
                    .store
                    .resources()
                    .await
                    .map_err(|e| store_err(&company, e))?;
                for resource in resources {
                    let belongs = match self.store.load(&resource).await {
                        Ok(Some(token)) => token
                            .company_id
                            .as_ref()
                            .is_some_and(|c| c.as_str() == company),
                        Ok(None) => false,
                        Err(e) => return Err(store_err(&resource, e)),
                    };
                    if belongs || resource == company {
                        self.delete(&resource).await?;
                    }
                }
                Ok(())
            }
        }
    }

    async fn delete(&self, resource: &str) -> Result<()> {
        if let Some(tokens) = &self.locations {
            tokens.remove(resource).await?;
        }
        self.store
            .delete(resource)
            .await
            .map_err(|e| store_err(resource, e))?;
        tracing::info!(resource, "uninstall: token deleted");
        Ok(())
    }
}

/// An [`EventSink`](crate::webhooks::EventSink) for the webhook ingress that handles
/// `INSTALL` and `UNINSTALL` with [`InstallHooks`] and hands every other event to `inner`
/// (e.g. the sync engine's inbox).
///
/// A hook that fails (the token store is down, minting failed) makes the ingress answer 429,
/// so GHL delivers the install again rather than leaving the location without a token.
#[cfg(feature = "webhooks")]
#[cfg_attr(docsrs, doc(cfg(feature = "webhooks")))]
#[derive(Debug, Clone)]
pub struct InstallSink<S> {
    hooks: InstallHooks,
    inner: S,
}

#[cfg(feature = "webhooks")]
impl<S> InstallSink<S> {
    /// Install events to `hooks`, everything else to `inner`.
    pub fn new(hooks: InstallHooks, inner: S) -> Self {
        Self { hooks, inner }
    }
}

#[cfg(feature = "webhooks")]
impl<S: crate::webhooks::EventSink> crate::webhooks::EventSink for InstallSink<S> {
    async fn persist(
        &self,
        event: crate::webhooks::VerifiedEvent,
    ) -> std::result::Result<(), crate::webhooks::SinkError> {
        use crate::webhooks::{SinkError, WebhookEvent};
        let outcome = match &event.event {
            WebhookEvent::AppInstall(install) => {
                let Some(company) = install.company_id.as_ref() else {
                    tracing::warn!("INSTALL without a companyId: nothing to mint");
                    return Ok(());
                };
                self.hooks
                    .on_install(
                        company.as_str(),
                        install.location_id.as_ref().map(|l| l.as_str()),
                    )
                    .await
            }
            WebhookEvent::AppUninstall(uninstall) => {
                let target = match (&uninstall.location_id, &uninstall.company_id) {
                    (Some(location), _) => UninstallTarget::Location(location.as_str().to_owned()),
                    (None, Some(company)) => UninstallTarget::Company(company.as_str().to_owned()),
                    (None, None) => {
                        tracing::warn!("UNINSTALL without a location or company id");
                        return Ok(());
                    }
                };
                self.hooks.on_uninstall(target).await
            }
            _ => return self.inner.persist(event).await,
        };
        outcome.map_err(SinkError::other)
    }
}
