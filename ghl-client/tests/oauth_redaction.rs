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

/// How the echoing token endpoint answers.
#[derive(Clone, Copy)]
enum Echo {
    /// 400 JSON whose message, error and an extra field repeat the request's form.
    Json,
    /// 400 with the request's form as a form-encoded body.
    Form,
    /// 400 `invalid_grant` whose message quotes the sent values, decoded.
    InvalidGrant,
}

impl wiremock::Respond for Echo {
    fn respond(&self, req: &wiremock::Request) -> wiremock::ResponseTemplate {
        let raw = String::from_utf8_lossy(&req.body).into_owned();
        let sent: std::collections::HashMap<String, String> =
            url::form_urlencoded::parse(&req.body)
                .into_owned()
                .collect();
        let values = format!(
            "client_secret {} refresh_token {} code {}",
            sent.get("client_secret").cloned().unwrap_or_default(),
            sent.get("refresh_token").cloned().unwrap_or_default(),
            sent.get("code").cloned().unwrap_or_default(),
        );
        match self {
            Echo::Json => wiremock::ResponseTemplate::new(400).set_body_json(serde_json::json!({
                "statusCode": 400,
                "message": format!("cannot parse {raw}"),
                "error": values,
                "traceId": format!("trace {raw}"),
                "echo": {"body": raw, "values": values},
            })),
            Echo::Form => wiremock::ResponseTemplate::new(400)
                .set_body_raw(raw.into_bytes(), "application/x-www-form-urlencoded"),
            Echo::InvalidGrant => {
                wiremock::ResponseTemplate::new(400).set_body_json(serde_json::json!({
                    "statusCode": 400,
                    "error": "invalid_grant",
                    "message": format!("Invalid grant: refresh token is invalid ({values})"),
                }))
            }
        }
    }
}

/// A token endpoint that echoes the client secret, refresh token and code it was sent,
/// verbatim, in JSON and form encoding: no error's `Display` or `Debug` shows them.
#[tokio::test]
async fn token_endpoint_errors_never_show_the_secrets_they_echo() {
    use ghl_client::oauth::{OAuthApp, OAuthCredentials, UserType};
    use secrecy::SecretString;
    use wiremock::matchers::{body_string_contains, method, path};

    // Secrets with characters that form and JSON encoding change.
    const SECRET: &str = "cs+Secret/with=odd&chars\"1";
    const REFRESH: &str = "rt-Refresh+Token/2==";
    const CODE: &str = "code-Once+Only/3";
    let server = wiremock::MockServer::start().await;
    let clock = ManualClock::new();
    let app = OAuthApp::new(
        OAuthCredentials::new("app-echo-1", SECRET),
        support::builder(&server, clock.shared()),
    )
    .unwrap();
    let refresh = SecretString::from(REFRESH);
    let encoded = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    let json_escaped = |s: &str| {
        serde_json::to_string(s)
            .unwrap()
            .trim_matches('"')
            .to_owned()
    };

    for echo in [Echo::Json, Echo::Form, Echo::InvalidGrant] {
        server.reset().await;
        wiremock::Mock::given(method("POST"))
            .and(path("/oauth/token"))
            .respond_with(echo)
            .mount(&server)
            .await;
        let refreshed = app.refresh(LOCATION, &refresh, None).await.unwrap_err();
        let exchanged = app
            .exchange_code(CODE, UserType::Location, None)
            .await
            .unwrap_err();
        for error in [&refreshed, &exchanged] {
            let shown = format!("{error} | {error:?} | {:?}", error.api());
            for secret in [SECRET, REFRESH, CODE] {
                for spelling in [secret.to_owned(), encoded(secret), json_escaped(secret)] {
                    assert!(
                        !shown.contains(&spelling),
                        "{spelling} leaked through {error:?}"
                    );
                }
            }
            // Fragments a partial redaction would leave behind.
            for fragment in [
                "cs+Secret",
                "cs%2BSecret",
                "rt-Refresh",
                "Once+Only",
                "Once%2BOnly",
            ] {
                assert!(!shown.contains(fragment), "{fragment} leaked: {shown}");
            }
        }
        if matches!(echo, Echo::InvalidGrant) {
            assert!(
                matches!(refreshed, ghl_client::Error::ReauthorizationRequired { .. }),
                "{refreshed:?}"
            );
        } else {
            assert!(refreshed.api().is_some(), "{refreshed:?}");
        }
    }
    // The request really carried the secrets (the mock matched on them).
    server.reset().await;
    wiremock::Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .and(body_string_contains(encoded(SECRET)))
        .respond_with(Echo::Json)
        .expect(1)
        .mount(&server)
        .await;
    let _ = app.refresh(LOCATION, &refresh, None).await;
}
