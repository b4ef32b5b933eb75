//! MCP over streamable HTTP (`ghl-notion mcp --listen ADDR`), only behind a bearer token:
//! every request without `Authorization: Bearer <token>` is answered 401 before it reaches
//! the MCP service. The token comes from the environment ([`ENV_MCP_TOKEN`], or the variable
//! `[mcp] token_env` names), never from the configuration file, and is never logged.

use std::sync::Arc;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use rmcp::transport::streamable_http_server::session::local::LocalSessionManager;
use rmcp::transport::{StreamableHttpServerConfig, StreamableHttpService};
use secrecy::{ExposeSecret as _, SecretString};

use super::GhlMcp;
use super::errors::McpServeError;

/// The environment variable holding the HTTP bearer token (unless `[mcp] token_env` names
/// another).
pub const ENV_MCP_TOKEN: &str = "GHL_NOTION_MCP_TOKEN";

/// The path the MCP endpoint is served on.
pub const MCP_PATH: &str = "/mcp";

/// Serves `server` over streamable HTTP on `listener` at [`MCP_PATH`] until `shutdown`
/// resolves. An empty `token` is refused ([`McpServeError::NoToken`]).
pub async fn serve_http(
    server: GhlMcp,
    listener: tokio::net::TcpListener,
    token: SecretString,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), McpServeError> {
    if token.expose_secret().trim().is_empty() {
        return Err(McpServeError::NoToken);
    }
    let local = listener.local_addr()?;
    let mut hosts: Vec<String> = vec![
        "localhost".into(),
        "127.0.0.1".into(),
        "::1".into(),
        local.ip().to_string(),
        local.to_string(),
    ];
    hosts.extend(server.service().config().mcp.allowed_hosts.iter().cloned());
    let config = StreamableHttpServerConfig::default().with_allowed_hosts(hosts);
    let cancel = config.cancellation_token.clone();
    let service = StreamableHttpService::new(
        move || Ok(server.clone()),
        Arc::new(LocalSessionManager::default()),
        config,
    );
    let router = Router::new()
        .nest_service(MCP_PATH, service)
        .layer(middleware::from_fn_with_state(Arc::new(token), bearer));
    tracing::info!(address = %local, path = MCP_PATH, "serving MCP over HTTP");
    axum::serve(listener, router)
        .with_graceful_shutdown(async move {
            shutdown.await;
            cancel.cancel();
        })
        .await?;
    Ok(())
}

/// Lets a request through only with the right bearer token.
async fn bearer(State(token): State<Arc<SecretString>>, request: Request, next: Next) -> Response {
    let given = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    match given {
        Some(given) if same(given.as_bytes(), token.expose_secret().as_bytes()) => {
            next.run(request).await
        }
        _ => (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, "Bearer")],
            "a bearer token is required",
        )
            .into_response(),
    }
}

/// Compares in time that depends on the lengths only.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_compare_exactly() {
        assert!(same(b"abc", b"abc"));
        assert!(!same(b"abc", b"abd"));
        assert!(!same(b"abc", b"abcd"));
        assert!(!same(b"", b"a"));
    }
}
