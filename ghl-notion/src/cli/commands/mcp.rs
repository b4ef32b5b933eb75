//! `ghl-notion mcp`: the MCP server for AI assistants, on stdio (the default; stdout carries
//! only the protocol, logs go to stderr) or on streamable HTTP with `--listen`, which needs
//! a bearer token in the environment. Read-only unless `--allow-writes`.

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
    let service = setup::service(loaded.config.clone()).await?;
    eprintln!("{}", setup::describe(&service, &loaded));
    let options = McpOptions {
        allow_writes: args.allow_writes,
    };
    let server = GhlMcp::new(service.into(), options);
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
