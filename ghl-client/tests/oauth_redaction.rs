//! Every log line (all targets, TRACE) and every `Debug` output of an OAuth run, through a
//! code exchange, refreshes, a 401, a lost refresh answer, a failed save, a dead grant and
//! location-token mints: no access token, refresh token, code or client secret appears.
#![cfg(feature = "oauth")]

#[path = "oauth_support/mod.rs"]
mod support;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ghl_client::oauth::LocationTokens;
use ghl_client::runtime::ManualClock;
use ghl_client::{Request, TokenProvider};
use support::{COMPANY, FakeGhl, FlakyStore, LOCATION};

#[derive(Clone)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn no_secret_in_any_log_line_or_debug_output() {
    let buf = Arc::new(Mutex::new(Vec::new()));
    let writer = Capture(buf.clone());
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let clock = ManualClock::new();
    let fake = FakeGhl::new(&clock);
    let server = fake.start().await;
    let flaky = Arc::new(FlakyStore::new(support::memory()));
    let provider = support::provider(&server, clock.shared(), flaky.clone());
    let code = fake.issue_code(LOCATION, "Location");
    let response = provider
        .app()
        .exchange_code(&code, ghl_client::oauth::UserType::Location, None)
        .await
        .unwrap();
    tracing::info!(response = ?response, "exchanged");
    provider.install(response).await.unwrap();
    let client = support::builder(&server, clock.shared())
        .location_id(LOCATION)
        .token_provider(Arc::new(provider.clone()))
        .build()
        .unwrap();

    // A 401, then a refresh whose answer is lost, then a failed save, then a dead grant.
    let first = fake.issued().last().unwrap().access.clone();
    fake.revoke_access(&first);
    client
        .send_raw(Request::get("/ping", "/ping"))
        .await
        .unwrap();
    fake.lose_next_refresh_answers(1);
    clock.advance(Duration::from_secs(86_399));
    client
        .send_raw(Request::get("/ping", "/ping"))
        .await
        .unwrap();
    *flaky.broken.lock().unwrap() = true;
    clock.advance(Duration::from_secs(86_399));
    let unsaved = provider.token(LOCATION).await.unwrap_err();
    *flaky.broken.lock().unwrap() = false;
    provider.token(LOCATION).await.unwrap();
    fake.revoke_all_refresh();
    clock.advance(Duration::from_secs(86_399));
    let dead = client
        .send_raw(Request::get("/ping", "/ping"))
        .await
        .unwrap_err();

    // Location tokens from an agency install.
    let agency_provider = support::provider(&server, clock.shared(), support::memory());
    support::install(&fake, &agency_provider, COMPANY, "Company").await;
    let agency = support::builder(&server, clock.shared())
        .company_id(COMPANY)
        .token_provider(Arc::new(agency_provider.clone()))
        .build()
        .unwrap();
    let tokens = LocationTokens::new(agency.clone(), COMPANY);
    let location = tokens.client(LOCATION).unwrap();
    location
        .send_raw(Request::get("/ping", "/ping"))
        .await
        .unwrap();
    let minted = tokens.mint(LOCATION).await.unwrap();

    for e in [&unsaved, &dead] {
        tracing::error!(error = %e, debug = ?e, "reporting the failure");
    }
    let stored = flaky.inner.load(LOCATION).await.unwrap();
    tracing::info!(
        provider = ?provider,
        app = ?provider.app(),
        store = ?flaky,
        stored = ?stored,
        minted = ?minted,
        tokens = ?tokens,
        agency = ?agency,
        location = ?location,
        "state"
    );

    let text = String::from_utf8_lossy(&buf.lock().unwrap()).to_string();
    assert!(
        text.contains("refreshing the access token"),
        "refreshes were logged:\n{text}"
    );
    assert!(
        text.contains("minting a location token"),
        "mints were logged"
    );
    assert!(
        text.contains("re-authorization"),
        "the dead grant was logged"
    );
    let secrets = fake.secrets();
    assert!(secrets.len() > 5);
    for secret in &secrets {
        assert!(
            !text.contains(secret.as_str()),
            "a secret leaked into logs:\n{text}"
        );
    }
    assert!(!text.contains(&code), "the code leaked");
    assert!(
        !text.contains("SECRET"),
        "a secret fragment leaked:\n{text}"
    );
    assert!(!text.contains("client-SECRET"), "the client secret leaked");
}
