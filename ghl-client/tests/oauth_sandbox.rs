//! End to end against the embedded sandbox: consent page → redirect → code exchange → API
//! call → refresh at expiry → GHL's 30-second grace → agency token → installed locations →
//! a location client with a minted token.
#![cfg(feature = "oauth")]

use std::sync::Arc;
use std::time::Duration;

use ghl_client::oauth::{
    Callback, InstalledLocationsQuery, MemoryStore, OAuthApp, OAuthCredentials, OAuthProvider,
    TokenStore, UserType,
};
use ghl_client::runtime::ManualClock;
use ghl_client::{Error, GhlClient, Request};
use ghl_notion_sandbox::{Sandbox, SandboxConfig};
use secrecy::ExposeSecret;

const REDIRECT: &str = "http://localhost:9/oauth/callback";

/// Opens the consent page (the sandbox approves at once) and reads the code off the redirect.
async fn authorize(sandbox: &Sandbox, app: &OAuthApp) -> String {
    let url = app
        .authorize_url(REDIRECT)
        .host(sandbox.ghl_base_url())
        .state("state-7")
        .build()
        .unwrap();
    let browser = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let answer = browser.get(url).send().await.unwrap();
    assert_eq!(answer.status().as_u16(), 302);
    let location = answer.headers()["location"].to_str().unwrap().to_owned();
    Callback::from_redirect(&location, Some("state-7"))
        .unwrap()
        .code
}

fn location_path(id: &str) -> Request {
    Request::get("/locations/{locationId}", format!("/locations/{id}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_whole_oauth_dance_against_the_sandbox() {
    let sandbox = Sandbox::start(SandboxConfig::default().with_seed(11))
        .await
        .unwrap();
    let clock = ManualClock::new();
    let advance = |by: Duration| {
        clock.advance(by);
        sandbox.advance(by);
    };
    let base = || {
        GhlClient::builder()
            .base_url(sandbox.ghl_base_url())
            .clock(clock.shared())
            .jitter_seed(5)
    };
    let app = OAuthApp::new(
        OAuthCredentials::new(sandbox.oauth_client_id(), sandbox.oauth_client_secret()),
        base(),
    )
    .unwrap();
    let store = Arc::new(MemoryStore::new());

    // A location install.
    let code = authorize(&sandbox, &app).await;
    let tokens = app
        .exchange_code(&code, UserType::Location, Some(REDIRECT))
        .await
        .unwrap();
    assert_eq!(tokens.user_type, Some(UserType::Location));
    let provider = OAuthProvider::builder(app.clone(), store.clone()).build();
    let location = provider.install(tokens).await.unwrap();
    assert_eq!(location, sandbox.location_id());
    let client = base()
        .location_id(location.as_str())
        .token_provider(Arc::new(provider.clone()))
        .build()
        .unwrap();
    client.send_raw(location_path(&location)).await.unwrap();

    // A minute before expiry: refreshed, saved, used.
    advance(Duration::from_secs(86_399 - 60));
    client.send_raw(location_path(&location)).await.unwrap();
    assert_eq!(provider.refresh_count(), 1);

    // GHL's grace: the same refresh token within 30 s gives the same pair, later it is dead.
    let stored = store.load(&location).await.unwrap().unwrap();
    let rt = stored.refresh_token.clone().unwrap();
    let first = app.refresh(&location, &rt, None).await.unwrap();
    advance(Duration::from_secs(10));
    let again = app.refresh(&location, &rt, None).await.unwrap();
    assert_eq!(
        first.access_token.expose_secret(),
        again.access_token.expose_secret()
    );
    advance(Duration::from_secs(31));
    let err = app.refresh(&location, &rt, None).await.unwrap_err();
    assert!(
        matches!(err, Error::ReauthorizationRequired { .. }),
        "{err:?}"
    );

    // An agency install, its locations, and a location client minted from it.
    let code = authorize(&sandbox, &app).await;
    let agency_tokens = app
        .exchange_code(&code, UserType::Company, Some(REDIRECT))
        .await
        .unwrap();
    let agency_provider = OAuthProvider::builder(app.clone(), store.clone()).build();
    let company = agency_provider.install(agency_tokens).await.unwrap();
    assert_eq!(company, sandbox.company_id());
    let agency = base()
        .company_id(company.as_str())
        .token_provider(Arc::new(agency_provider))
        .build()
        .unwrap();
    let installed = agency
        .installed_locations(&InstalledLocationsQuery::new(
            company.as_str(),
            app.credentials().app_id(),
        ))
        .await
        .unwrap();
    assert!(
        installed
            .locations
            .iter()
            .any(|l| l.id.as_str() == sandbox.location_id())
    );
    let scoped = agency.for_location(sandbox.location_id()).unwrap();
    scoped
        .send_raw(location_path(sandbox.location_id()))
        .await
        .unwrap();
}
