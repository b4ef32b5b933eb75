//! `ghl-notion mcp`: the MCP server for AI assistants, on stdio (the default; stdout carries
//! only the protocol, logs go to stderr) or on streamable HTTP with `--listen`, which needs
//! a bearer token in the environment. Read-only unless `--allow-writes`. In `[agency]` mode
//! every tool's `location` reaches that location's own sync (see `docs/mcp.md`).

use std::path::Path;

use ghl_notion::mcp::{GhlMcp, McpOptions};
use secrecy::SecretString;
use tokio::signal::unix::{SignalKind, signal};

use crate::cli::args::McpArgs;
use crate::cli::{Exit, Fatal, Outcome, setup};

/// Runs `mcp`.
pub async fn run(config: Option<&Path>, args: &McpArgs) -> Outcome {
    let loaded = setup::load(config)?;
    // Checked before anything starts: HTTP without a token is refused.
    let token = match &args.listen {
        Some(_) => Some(token(&loaded.config.mcp.token_env)?),
        None => None,
    };
    let options = McpOptions {
        allow_writes: args.allow_writes,
    };
    let server = match loaded.config.agency.enabled {
        true => agency(&loaded, options).await?,
        false => {
            let service = setup::service(loaded.config.clone()).await?;
            eprintln!("{}", setup::describe(&service, &loaded));
            GhlMcp::new(service.into(), options)
        }
    };
    eprintln!(
        "MCP server ready ({}): {} tools",
        if args.allow_writes {
            "writes allowed, dry run by default"
        } else {
            "read-only"
        },
        server.tool_names().len()
    );
    match (&args.listen, token) {
        (Some(addr), Some(token)) => {
            let listener = tokio::net::TcpListener::bind(addr)
                .await
                .map_err(|e| Fatal::msg(format!("cannot listen on {addr}: {e}")))?;
            let local = listener.local_addr()?;
            eprintln!("listening on http://{local}/mcp (Authorization: Bearer required)");
            let mut interrupt = signal(SignalKind::interrupt())
                .map_err(|e| Fatal::msg(format!("listening for SIGINT: {e}")))?;
            let mut terminate = signal(SignalKind::terminate())
                .map_err(|e| Fatal::msg(format!("listening for SIGTERM: {e}")))?;
            let shutdown = async move {
                tokio::select! {
                    _ = interrupt.recv() => {}
                    _ = terminate.recv() => {}
                }
            };
            server.serve_http(listener, token, shutdown).await?;
        }
        _ => server.serve_stdio().await?,
    }
    Ok(Exit::Clean)
}

/// The server of an agency deployment: every location's service on first use, the default
/// location's now.
#[cfg(feature = "postgres")]
async fn agency(loaded: &setup::Loaded, options: McpOptions) -> Result<GhlMcp, Fatal> {
    let server = GhlMcp::agency(loaded.config.clone(), options).await?;
    eprintln!(
        "{} · agency mode: every location on first use ({}) · state: {}",
        server.service().target(),
        loaded.path.as_ref().map_or_else(
            || "the default configuration".to_owned(),
            |p| p.display().to_string()
        ),
        server.service().state_description()
    );
    Ok(server)
}

/// Without the `postgres` feature there is no agency mode.
#[cfg(not(feature = "postgres"))]
async fn agency(_loaded: &setup::Loaded, _options: McpOptions) -> Result<GhlMcp, Fatal> {
    Err(Fatal::msg(
        "[agency] mode needs Postgres: build ghl-notion with `--features postgres`",
    ))
}

/// The bearer token from the environment variable `name`, or a fatal error naming it.
fn token(name: &str) -> Result<SecretString, Fatal> {
    match std::env::var(name) {
        Ok(value) if !value.trim().is_empty() => Ok(SecretString::from(value.trim().to_owned())),
        _ => Err(Fatal::msg(format!(
            "refusing to serve MCP over HTTP without a bearer token: set {name} (named by [mcp] token_env)"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_token_is_fatal_and_names_the_variable() {
        let err = token("GHL_NOTION_MCP_TOKEN_SURELY_UNSET_IN_TESTS").unwrap_err();
        assert!(err.chain()[0].contains("GHL_NOTION_MCP_TOKEN_SURELY_UNSET_IN_TESTS"));
    }
}
