//! The OAuth dance, end to end: consent URL → code → token pair (stored) → API call →
//! refresh → a location token minted from an agency token.
//!
//! With no environment it runs against a sandbox started in this process:
//!
//! ```text
//! cargo run --example oauth_flow
//! ```
//!
//! Against a real Marketplace app, set `GHL_CLIENT_ID`, `GHL_CLIENT_SECRET` and
//! `GHL_REDIRECT_URI` (as registered in the app). The example prints the consent URL; open
//! it, approve, and give it the code (or the whole redirect URL) through `GHL_OAUTH_CODE` or
//! on stdin. Optional: `GHL_USER_TYPE=Company` for an agency install, `GHL_WHITE_LABEL=1`,
//! `GHL_TOKEN_DIR` (default `./.ghl-tokens`), `GHL_BASE_URL`.
//!
//! No token is ever printed: tokens are identified by their fingerprint.

use std::error::Error;
use std::io::BufRead;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use ghl_client::oauth::{
    Callback, FileStore, InstalledLocationsQuery, OAuthApp, OAuthCredentials, OAuthProvider, Scope,
    StoredToken, TokenStore, UserType,
};
use ghl_client::{GhlClient, GhlClientBuilder, Request};
use ghl_notion_sandbox::{Sandbox, SandboxConfig};
use serde_json::Value;

type BoxError = Box<dyn Error + Send + Sync>;

const SANDBOX_REDIRECT: &str = "http://localhost:3000/oauth/callback";

fn scopes() -> [Scope; 5] {
    [
        Scope::CONTACTS_READONLY,
        Scope::OPPORTUNITIES_READONLY,
        Scope::LOCATIONS_READONLY,
        Scope::OAUTH_READONLY,
        Scope::OAUTH_WRITE,
    ]
}

/// A state value that is hard to guess, without a random-number crate.
fn fresh_state() -> String {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    format!("st{:x}{:x}", nanos, std::process::id())
}

fn describe(token: &StoredToken) -> String {
    format!(
        "token {} ({}), expires in {} min",
        token.fingerprint(),
        token.user_type.map_or("?", UserType::as_str),
        token.remaining(SystemTime::now()).as_secs() / 60
    )
}

async fn location_name(client: &GhlClient, location: &str) -> Result<String, BoxError> {
    let body: Value = client
        .send(Request::get(
            "/locations/{locationId}",
            format!("/locations/{location}"),
        ))
        .await?;
    let name = body
        .pointer("/location/name")
        .and_then(Value::as_str)
        .unwrap_or("(unnamed)");
    Ok(name.to_owned())
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn,ghl_client=info")),
        )
        .with_writer(std::io::stderr)
        .init();
    match OAuthCredentials::from_env() {
        Some(credentials) => real_app(credentials).await,
        None => sandbox_app().await,
    }
}

/// The whole flow against the embedded sandbox, whose consent page approves at once.
async fn sandbox_app() -> Result<(), BoxError> {
    let sandbox = Sandbox::start(SandboxConfig::default()).await?;
    println!("sandbox at {}", sandbox.ghl_base_url());
    let builder = || GhlClient::builder().base_url(sandbox.ghl_base_url());
    let app = OAuthApp::new(
        OAuthCredentials::new(sandbox.oauth_client_id(), sandbox.oauth_client_secret()),
        builder(),
    )?;
    let dir = std::env::temp_dir().join(format!("ghl-oauth-example-{}", std::process::id()));
    let store: Arc<dyn TokenStore> = Arc::new(FileStore::new(&dir)?);
    println!("tokens are stored in {}", dir.display());

    // 1-2. Consent page → redirect with a code (a browser would follow it; we read it).
    let code = sandbox_consent(&sandbox, &app).await?;
    // 3. Exchange the code and store the pair before using it.
    let provider = OAuthProvider::builder(app.clone(), store.clone()).build();
    let tokens = app
        .exchange_code(&code, UserType::Location, Some(SANDBOX_REDIRECT))
        .await?;
    let location = provider.install(tokens).await?;
    if let Some(t) = store.load(&location).await? {
        println!("3. installed on location {location}: {}", describe(&t));
    }
    // 4. Call the API.
    let client = builder()
        .location_id(location.as_str())
        .token_provider(Arc::new(provider.clone()))
        .build()?;
    println!(
        "4. location name: {}",
        location_name(&client, &location).await?
    );
    // 5. Refresh: on demand, then because the server says the token expired (sandbox time
    //    jumps a day; the next call gets a 401, refreshes once and retries).
    provider.force_refresh(&location).await?;
    sandbox.advance(Duration::from_secs(86_400));
    location_name(&client, &location).await?;
    if let Some(t) = store.load(&location).await? {
        println!(
            "5. refreshed {} times; now {}",
            provider.refresh_count(),
            describe(&t)
        );
    }
    // 6. An agency install, and a location token minted from it (no refresh token: it is
    //    minted again when it nears expiry).
    let code = sandbox_consent(&sandbox, &app).await?;
    let agency_provider = OAuthProvider::builder(app.clone(), store.clone()).build();
    let company = agency_provider
        .install(
            app.exchange_code(&code, UserType::Company, Some(SANDBOX_REDIRECT))
                .await?,
        )
        .await?;
    let agency = builder()
        .company_id(company.as_str())
        .token_provider(Arc::new(agency_provider))
        .build()?;
    let scoped = agency.for_location(sandbox.location_id())?;
    println!(
        "6. agency {company}: location {} reached with a minted location token",
        location_name(&scoped, sandbox.location_id()).await?
    );
    let _ = std::fs::remove_dir_all(dir);
    sandbox.shutdown().await;
    Ok(())
}

async fn sandbox_consent(sandbox: &Sandbox, app: &OAuthApp) -> Result<String, BoxError> {
    let state = fresh_state();
    let url = app
        .authorize_url(SANDBOX_REDIRECT)
        .host(sandbox.ghl_base_url())
        .scopes(scopes())
        .state(state.as_str())
        .build()?;
    println!("1. consent page: {url}");
    let browser = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let answer = browser.get(url).send().await?;
    let redirect = answer
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .ok_or("the consent page did not redirect")?
        .to_owned();
    let callback = Callback::from_redirect(&redirect, Some(&state))?;
    println!("2. redirected to the callback with a code (state checked)");
    Ok(callback.code)
}

/// The flow with a real Marketplace app: a person approves in a browser.
async fn real_app(credentials: OAuthCredentials) -> Result<(), BoxError> {
    let redirect = std::env::var("GHL_REDIRECT_URI")
        .map_err(|_| "set GHL_REDIRECT_URI to the redirect URL registered in your app")?;
    let app = OAuthApp::new(credentials, real_builder())?;
    let user_type = match std::env::var("GHL_USER_TYPE").as_deref() {
        Ok("Company") => UserType::Company,
        _ => UserType::Location,
    };
    let state = fresh_state();
    let mut url = app
        .authorize_url(redirect.as_str())
        .scopes(scopes())
        .state(state.as_str());
    if std::env::var("GHL_WHITE_LABEL").is_ok() {
        url = url.white_label();
    }
    println!(
        "Open this URL, choose the account and approve:\n\n  {}\n",
        url.build()?
    );

    let answer = match std::env::var("GHL_OAUTH_CODE") {
        Ok(code) => code,
        Err(_) => {
            println!("Paste the code, or the whole URL you were redirected to:");
            let mut line = String::new();
            std::io::stdin().lock().read_line(&mut line)?;
            line.trim().to_owned()
        }
    };
    let code = if answer.contains("code=") {
        // A pasted redirect URL: check the state too.
        Callback::from_redirect(&answer, Some(&state))?.code
    } else {
        answer
    };

    let dir = std::env::var("GHL_TOKEN_DIR").unwrap_or_else(|_| ".ghl-tokens".into());
    let store: Arc<dyn TokenStore> = Arc::new(FileStore::new(&dir)?);
    let provider = OAuthProvider::builder(app.clone(), store.clone()).build();
    let tokens = app
        .exchange_code(&code, user_type, Some(redirect.as_str()))
        .await?;
    let resource = provider.install(tokens).await?;
    if let Some(t) = store.load(&resource).await? {
        println!("Stored in {dir}: {resource} → {}", describe(&t));
    }
    let base = real_builder();
    match user_type {
        UserType::Location => {
            let client = base
                .location_id(resource.as_str())
                .token_provider(Arc::new(provider.clone()))
                .build()?;
            println!(
                "Location name: {}",
                location_name(&client, &resource).await?
            );
            provider.force_refresh(&resource).await?;
            println!("Refreshed and saved; calling again with the new token…");
            println!(
                "Location name: {}",
                location_name(&client, &resource).await?
            );
        }
        UserType::Company => {
            let agency = base
                .company_id(resource.as_str())
                .token_provider(Arc::new(provider.clone()))
                .build()?;
            let installed = agency
                .installed_locations(&InstalledLocationsQuery::new(
                    resource.as_str(),
                    app.credentials().app_id(),
                ))
                .await?;
            println!("{} location(s) in the agency", installed.locations.len());
            let target = std::env::var("GHL_LOCATION_ID").ok().or_else(|| {
                installed
                    .locations
                    .iter()
                    .find(|l| l.is_installed == Some(true))
                    .map(|l| l.id.to_string())
            });
            if let Some(location) = target {
                let scoped = agency.for_location(location.as_str())?;
                println!(
                    "Location {location} via a minted token: {}",
                    location_name(&scoped, &location).await?
                );
            }
        }
    }
    Ok(())
}

/// GHL, or the host named by `GHL_BASE_URL`.
fn real_builder() -> GhlClientBuilder {
    match std::env::var("GHL_BASE_URL") {
        Ok(base) => GhlClient::builder().base_url(base),
        Err(_) => GhlClient::builder(),
    }
}
