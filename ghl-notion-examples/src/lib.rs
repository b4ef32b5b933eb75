//! What the examples share: logging, a one-line run report, and, for the API-client examples
//! (`activity_log`, `ghl_tour`), the clients to use: the real services when credentials are in
//! the environment, the embedded sandbox otherwise.
//!
//! The sync examples need none of this plumbing: [`ghl_notion::SyncService`] picks the target
//! itself.

use std::error::Error;

use ghl_client::GhlClient;
use ghl_client::runtime::{ScaledClock, SharedClock};
use ghl_notion::RunReport;
use ghl_notion_sandbox::{Sandbox, SandboxConfig};
use notion_activity::NotionClient;

/// A boxed error for examples.
pub type BoxError = Box<dyn Error + Send + Sync>;

/// Logs to stderr, filtered by `RUST_LOG` (default: warnings).
pub fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

/// Prints one line per mirrored entity of `report`, then its failures; an `Err` (so the
/// example exits non-zero) when the run was not clean: a record failed or GHL could not be
/// read to the end.
pub fn print_run(label: &str, report: &RunReport) -> Result<(), BoxError> {
    for r in &report.entities {
        println!(
            "{label:<24} {:<12} seen {:>4} · created {:>4} · updated {:>3} · unchanged {:>4} · trashed {:>3} · failed {:>3} · {:.1?}",
            r.entity.as_ref().map_or("all", |e| e.as_str()),
            r.seen,
            r.created,
            r.updated,
            r.unchanged,
            r.trashed,
            r.failed,
            r.duration
        );
    }
    for error in report.errors().iter().take(3) {
        println!("    error: {error}");
    }
    let requests: Vec<String> = report
        .api
        .iter()
        .map(|(api, s)| format!("{api} {}", s.requests))
        .collect();
    println!("{:<24} requests: {}", "", requests.join(" · "));
    if report.is_clean() {
        return Ok(());
    }
    Err(format!(
        "{label}: {} records failed{}",
        report.failed(),
        if report.complete {
            ""
        } else {
            "; GHL was not read to the end"
        }
    )
    .into())
}

/// Where an API-client example's GHL calls go.
pub struct GhlTarget {
    /// The client to use.
    pub client: GhlClient,
    /// The embedded sandbox, when no credentials were given (kept alive while the example runs).
    pub sandbox: Option<Sandbox>,
    /// The clock every client of the example runs on: the real one against real services,
    /// one following the sandbox's advertised time against a sandbox started on its own,
    /// one sped up by the sandbox's time scale against the embedded sandbox.
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

/// The GHL target: the real API (or a standalone sandbox named by `GHL_BASE_URL`) when
/// `GHL_API_KEY` is set, otherwise a sandbox started in this process with `config`.
pub async fn ghl_target(config: SandboxConfig) -> Result<GhlTarget, BoxError> {
    if ghl_notion::service::credentials_in_env() {
        let client = GhlClient::from_env()?;
        if client.config().location_id.is_none() {
            return Err("GHL_API_KEY is set but GHL_LOCATION_ID is not".into());
        }
        // The client's default clock: real time against GHL, the sandbox's time against a
        // sandbox started on its own (learned from its responses).
        let clock = client.clock().clone();
        return Ok(GhlTarget {
            client,
            sandbox: None,
            clock,
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

/// Where an API-client example's Notion calls go.
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
/// `target`'s embedded sandbox; on `target`'s clock either way.
pub fn notion_target(target: &GhlTarget) -> Result<NotionTarget, BoxError> {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    if let (Some(_), Some(parent)) = (env("NOTION_TOKEN"), env("NOTION_PARENT_PAGE_ID")) {
        return Ok(NotionTarget {
            client: notion_activity::NotionClientBuilder::from_env()?
                .clock(target.clock.clone())
                .build()?,
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
