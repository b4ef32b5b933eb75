//! A local emulator of the GoHighLevel (GHL) API, hosting the Notion emulator beside it, for
//! tests, examples and benchmarks of a GHL → Notion sync.
//!
//! One port serves GHL's paths, Notion's `/v1/...` and a control API under `/_sandbox/`. The
//! GHL side keeps seeded fake data in memory and behaves like GHL where a client can notice:
//! response shapes from the official specs, `Version` and token checks, scopes, rate limits
//! with their five headers, GHL's error bodies, OAuth with rotating refresh tokens, and signed
//! webhooks with GHL's lossy delivery. Faults (429/5xx, resets, broken JSON, lost responses)
//! can be injected on either API, reproducibly. One agency holds one location by default, or
//! several ([`SandboxConfig::with_locations`]), each with its own records, key, rate limits
//! and webhook stream ([`Sandbox::locations`]).
//!
//! ```no_run
//! use ghl_notion_sandbox::{Sandbox, SandboxConfig};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let sandbox = Sandbox::start(SandboxConfig::default().with_seed(7)).await?;
//! let contacts: serde_json::Value = reqwest::Client::new()
//!     .post(format!("{}/contacts/search", sandbox.ghl_base_url()))
//!     .bearer_auth(sandbox.ghl_api_key())
//!     .header("Version", "2021-07-28")
//!     .json(&serde_json::json!({"locationId": sandbox.location_id(), "pageLimit": 100}))
//!     .send()
//!     .await?
//!     .json()
//!     .await?;
//! println!("{} contacts", contacts["total"]);
//! # Ok(()) }
//! ```
//!
//! Layout: [`server`] (the port and the [`Sandbox`] handle), [`app`] (shared state),
//! [`ghl`] (records, rules and the HTTP API), [`webhooks`], [`faults`], [`stats`],
//! [`control`], [`seed`], [`clock`].
//!
//! # Features
#![doc = document_features::document_features!()]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod app;
pub mod clock;
pub mod config;
pub mod control;
pub mod faults;
pub mod ghl;
pub mod ids;
pub mod seed;
pub mod server;
pub mod stats;
pub mod webhooks;

pub use clock::SandboxClock;
pub use config::{RateLimitConfig, SandboxConfig, TokenConfig, WebhookConfig, WindowShape};
pub use seed::LocationIdentity;
pub use server::{Sandbox, SandboxError};
