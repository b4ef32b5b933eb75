//! Guides: the same text as the repository's `docs/`, read here beside the API.
//!
//! - [`client`]: configuration, limits, retries and errors.
//! - `auth` (feature `oauth`): private tokens, OAuth apps, token stores.
//! - `webhooks` (feature `webhook-server`): verification, replay, the ingress server.

#[doc = include_str!("client.md")]
pub mod client {}

#[cfg(feature = "oauth")]
#[cfg_attr(docsrs, doc(cfg(feature = "oauth")))]
#[doc = include_str!("auth.md")]
pub mod auth {}

#[cfg(feature = "webhook-server")]
#[cfg_attr(docsrs, doc(cfg(feature = "webhook-server")))]
#[doc = include_str!("webhooks.md")]
pub mod webhooks {}
