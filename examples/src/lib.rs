//! Shared plumbing for the examples: pick the target (the embedded sandbox by default, the
//! real services when credentials are in the environment) and set up logging.
//!
//! Every example goes through [`ghl_target`], so the same code path serves both: only the
//! base URL and the credentials differ.

use std::error::Error;

pub mod push;
pub mod sync;

use ghl_client::GhlClient;
use ghl_client::runtime::{ScaledClock, SharedClock, SystemClock};
use ghl_notion_sandbox::{Sandbox, SandboxConfig};
use notion_activity::NotionClient;

/// A boxed error for examples.
pub type BoxError = Box<dyn Error + Send + Sync>;

/// Where an example's GHL calls go.
pub struct GhlTarget {
    /// The client to use.
    pub client: GhlClient,
    /// The embedded sandbox, when no credentials were given (kept alive while the example runs).
    pub sandbox: Option<Sandbox>,
    /// The clock every client of the example runs on: the real one against real services,
    /// one sped up by the sandbox's time scale against the embedded sandbox (so GHL's and
    /// Notion's limits keep their shape while the example runs faster).
    pub clock: SharedClock,
}

impl GhlTarget {
    /// A one-line description of the target, for the example's output.
    pub fn describe(&self) -> String {
        match &self.sandbox {
            Some(sandbox) => format!("the embedded sandbox at {}", sandbox.ghl_base_url()),
            None => format!("GHL at {}", self.client.config().base_url),
        }
    }
}

/// Logs to stderr, filtered by `RUST_LOG` (default: warnings, and info for our crates).
pub fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn,ghl_client=warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

/// The GHL target: the real API (or a standalone sandbox named by `GHL_BASE_URL`) when
/// `GHL_API_KEY` is set, otherwise a sandbox started in this process with `config`.
pub async fn ghl_target(config: SandboxConfig) -> Result<GhlTarget, BoxError> {
    if std::env::var("GHL_API_KEY").is_ok_and(|v| !v.trim().is_empty()) {
        let client = GhlClient::from_env()?;
        if client.config().location_id.is_none() {
            return Err("GHL_API_KEY is set but GHL_LOCATION_ID is not".into());
        }
        return Ok(GhlTarget {
            client,
            sandbox: None,
            clock: SystemClock::shared(),
        });
    }
    let clock = ScaledClock::new(config.time_scale).shared();
    let sandbox = Sandbox::start(config).await?;
    let client = GhlClient::builder()
        .base_url(sandbox.ghl_base_url())
        .private_token(sandbox.ghl_api_key())
        .location_id(sandbox.location_id())
        .company_id(sandbox.company_id())
        .clock(clock.clone())
        .build()?;
    Ok(GhlTarget {
        client,
        sandbox: Some(sandbox),
        clock,
    })
}

/// Where an example's Notion calls go.
pub struct NotionTarget {
    /// The client to use.
    pub client: NotionClient,
    /// The page under which the example's databases live.
    pub parent_page_id: String,
    /// Whether this is the embedded sandbox.
    pub sandboxed: bool,
}

/// The Notion target: the real API (or a standalone sandbox named by `NOTION_BASE_URL`)
/// when `NOTION_TOKEN` and `NOTION_PARENT_PAGE_ID` are set, otherwise the Notion side of
/// `target`'s embedded sandbox (the same one the GHL side uses, on the same clock).
pub fn notion_target(target: &GhlTarget) -> Result<NotionTarget, BoxError> {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    if let (Some(_), Some(parent)) = (env("NOTION_TOKEN"), env("NOTION_PARENT_PAGE_ID")) {
        return Ok(NotionTarget {
            client: NotionClient::from_env()?,
            parent_page_id: parent,
            sandboxed: false,
        });
    }
    let Some(sandbox) = &target.sandbox else {
        return Err(
            "GHL credentials are set but Notion's are not: set NOTION_TOKEN and NOTION_PARENT_PAGE_ID too"
                .into(),
        );
    };
    let client = NotionClient::builder()
        .base_url(sandbox.notion_base_url())
        .token(sandbox.notion_token())
        .clock(target.clock.clone())
        .build()?;
    Ok(NotionTarget {
        client,
        parent_page_id: sandbox.notion_parent_page_id(),
        sandboxed: true,
    })
}

/// Acts as a person using the CRM, through the embedded sandbox's control API: every change
/// emits the webhooks GHL would send.
pub struct CrmUser {
    http: reqwest::Client,
    control: String,
}

impl CrmUser {
    /// A CRM user on `sandbox`.
    pub fn new(sandbox: &Sandbox) -> Self {
        Self {
            http: reqwest::Client::new(),
            control: sandbox.control_url(),
        }
    }

    /// Sends one change (`method` on `/_sandbox/ghl{path}` with a body shaped like the API's)
    /// and returns the sandbox's answer.
    pub async fn change(
        &self,
        method: reqwest::Method,
        path: &str,
        body: serde_json::Value,
    ) -> Result<serde_json::Value, BoxError> {
        let response = self
            .http
            .request(method, format!("{}/ghl{path}", self.control))
            .json(&body)
            .send()
            .await?;
        let status = response.status();
        let answer = response.json().await.unwrap_or(serde_json::Value::Null);
        if !status.is_success() {
            return Err(format!("sandbox refused {path}: {status} {answer}").into());
        }
        Ok(answer)
    }

    /// Points the sandbox's webhooks at `url`.
    pub async fn subscribe(&self, url: &str) -> Result<(), BoxError> {
        self.webhook_settings(serde_json::json!({ "url": url }))
            .await
    }

    /// Changes the sandbox's webhook delivery settings (`dropRate`, `duplicateRate`,
    /// `reorderRate`, `delayRate`, `delayMs`…; see `docs/sandbox.md`).
    pub async fn webhook_settings(&self, settings: serde_json::Value) -> Result<(), BoxError> {
        self.http
            .put(format!("{}/webhooks", self.control))
            .json(&settings)
            .send()
            .await?
            .error_for_status()?;
        Ok(())
    }

    /// The sandbox's counters (requests, 429s, webhook deliveries and their outcomes).
    pub async fn stats(&self) -> Result<serde_json::Value, BoxError> {
        Ok(self
            .http
            .get(format!("{}/stats", self.control))
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?)
    }

    /// The sandbox's webhook public keys (Ed25519 and RSA), as PEM text.
    pub async fn public_keys(&self) -> Result<String, BoxError> {
        let mut pem = String::new();
        for key in ["ed25519", "rsa"] {
            let text = self
                .http
                .get(format!("{}/keys/{key}.pem", self.control))
                .send()
                .await?
                .error_for_status()?
                .text()
                .await?;
            pem.push_str(&text);
            pem.push('\n');
        }
        Ok(pem)
    }
}
