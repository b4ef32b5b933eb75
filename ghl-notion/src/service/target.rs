//! Where the service runs: the real services (or a sandbox started on its own) when
//! credentials are in the environment, the embedded sandbox otherwise.

use ghl_client::GhlClient;
use ghl_client::runtime::SharedClock;
use notion_activity::NotionClient;

use crate::config::Config;
use crate::error::Error;

/// The environment variable holding the GHL private integration token.
pub const ENV_GHL_API_KEY: &str = "GHL_API_KEY";
/// The environment variable holding the GHL location id.
pub const ENV_GHL_LOCATION_ID: &str = "GHL_LOCATION_ID";
/// The environment variable holding the Notion integration token.
pub const ENV_NOTION_TOKEN: &str = "NOTION_TOKEN";
/// The environment variable holding the Notion page the tables live under.
pub const ENV_NOTION_PARENT_PAGE_ID: &str = "NOTION_PARENT_PAGE_ID";

/// What the service talks to (for output; never holds a secret).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Target {
    /// The sandbox started inside this process (no credentials were set).
    EmbeddedSandbox {
        /// Its base URL.
        url: String,
    },
    /// GHL and Notion at these base URLs (the real services, or a sandbox of their own).
    Remote {
        /// GHL's base URL.
        ghl: String,
        /// Notion's base URL.
        notion: String,
    },
}

impl Target {
    /// Whether this is the sandbox started inside this process.
    pub fn is_embedded_sandbox(&self) -> bool {
        matches!(self, Self::EmbeddedSandbox { .. })
    }
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::EmbeddedSandbox { url } => write!(f, "the embedded sandbox at {url}"),
            Self::Remote { ghl, notion } => write!(f, "GHL at {ghl}, Notion at {notion}"),
        }
    }
}

/// The resolved clients.
pub(crate) struct Resolved {
    pub(crate) ghl: GhlClient,
    pub(crate) notion: NotionClient,
    pub(crate) parent_page_id: String,
    pub(crate) clock: SharedClock,
    pub(crate) target: Target,
    #[cfg(feature = "sandbox")]
    pub(crate) sandbox: Option<ghl_notion_sandbox::Sandbox>,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// Whether GHL credentials are in the environment.
pub fn credentials_in_env() -> bool {
    env(ENV_GHL_API_KEY).is_some()
}

/// Clients for the real services (or a standalone sandbox) from the environment and `config`,
/// both on `clock` (see [`super::service_clock`]: a follow clock keeps learning from both).
pub(crate) fn remote(config: &Config, clock: SharedClock) -> Result<Resolved, Error> {
    let mut ghl = ghl_client::GhlClientBuilder::from_env()?;
    if env(ENV_GHL_LOCATION_ID).is_none() {
        match &config.ghl.location_id {
            Some(location) => ghl = ghl.location_id(location.clone()),
            None => {
                return Err(Error::Config(format!(
                    "{ENV_GHL_API_KEY} is set but no location is: set {ENV_GHL_LOCATION_ID} (or ghl.location_id in the configuration)"
                )));
            }
        }
    }
    if env("GHL_BASE_URL").is_none()
        && let Some(base) = &config.ghl.base_url
    {
        ghl = ghl.base_url(base.clone());
    }
    let ghl = ghl.clock(clock.clone()).build()?;
    let mut notion = notion_activity::NotionClientBuilder::from_env().map_err(|_| {
        Error::Config(format!(
            "{ENV_GHL_API_KEY} is set but {ENV_NOTION_TOKEN} is not: create a Notion integration, share the parent page with it and set {ENV_NOTION_TOKEN}"
        ))
    })?;
    if env("NOTION_BASE_URL").is_none()
        && let Some(base) = &config.notion.base_url
    {
        notion = notion.base_url(base.clone());
    }
    let notion = notion.clock(clock.clone()).build()?;
    let parent_page_id = env(ENV_NOTION_PARENT_PAGE_ID)
        .or_else(|| config.notion.parent_page_id.clone())
        .ok_or_else(|| {
            Error::Config(format!(
                "no Notion parent page: set {ENV_NOTION_PARENT_PAGE_ID} (or notion.parent_page_id in the configuration) to the id of a page shared with your integration"
            ))
        })?;
    let target = Target::Remote {
        ghl: ghl.config().base_url.clone(),
        notion: notion.config().base_url.clone(),
    };
    Ok(Resolved {
        ghl,
        notion,
        parent_page_id,
        clock,
        target,
        #[cfg(feature = "sandbox")]
        sandbox: None,
    })
}

/// The sandbox every run without credentials starts: a few hundred records and a clock ten
/// times faster than real time (GHL's and Notion's limits keep their shape).
#[cfg(feature = "sandbox")]
#[cfg_attr(docsrs, doc(cfg(feature = "sandbox")))]
pub fn default_sandbox() -> ghl_notion_sandbox::SandboxConfig {
    ghl_notion_sandbox::SandboxConfig::default()
        .with_seed(7)
        .with_contacts(120)
        .with_opportunities(40)
        .with_time_scale(10.0)
}

/// Starts the embedded sandbox and clients on it, sharing its time scale.
#[cfg(feature = "sandbox")]
pub(crate) async fn sandbox(config: ghl_notion_sandbox::SandboxConfig) -> Result<Resolved, Error> {
    use ghl_client::runtime::ScaledClock;
    let clock = ScaledClock::new(config.time_scale).shared();
    let sandbox = ghl_notion_sandbox::Sandbox::start(config)
        .await
        .map_err(|e| Error::Sandbox(e.to_string()))?;
    let ghl = GhlClient::builder()
        .base_url(sandbox.ghl_base_url())
        .private_token(sandbox.ghl_api_key())
        .location_id(sandbox.location_id())
        .company_id(sandbox.company_id())
        .clock(clock.clone())
        .build()?;
    let notion = NotionClient::builder()
        .base_url(sandbox.notion_base_url())
        .token(sandbox.notion_token())
        .clock(clock.clone())
        .build()?;
    Ok(Resolved {
        ghl,
        notion,
        parent_page_id: sandbox.notion_parent_page_id(),
        clock,
        target: Target::EmbeddedSandbox {
            url: sandbox.ghl_base_url(),
        },
        sandbox: Some(sandbox),
    })
}
