//! The authorization-code flow's requests, exactly: the code exchange and the refresh are
//! form-encoded, carry no `Version` and no bearer, and their answers are typed with the
//! expiry computed on the injected clock. A code exchange is never retried.
#![cfg(feature = "oauth")]

use std::collections::HashMap;
use std::time::Duration;

use ghl_client::oauth::{Callback, OAuthApp, OAuthCredentials, Scope, UserType};
use ghl_client::runtime::{Clock, ManualClock};
use ghl_client::{Error, GhlClient};
use secrecy::{ExposeSecret, SecretString};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn app(server: &MockServer, clock: &ManualClock) -> OAuthApp {
    OAuthApp::new(
        OAuthCredentials::new("app123-client9", "the-client-secret"),
        GhlClient::builder()
            .base_url(server.uri())
            .clock(clock.shared())
            .jitter_seed(1),
    )
    .unwrap()
}

fn form_of(req: &wiremock::Request) -> HashMap<String, String> {
    url::form_urlencoded::parse(&req.body)
        .into_owned()
        .collect()
}

#[tokio::test]
async fn code_exchange_and_refresh_send_the_documented_form() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "access_token": "at-1", "token_type": "Bearer", "expires_in": 86399,
            "refresh_token": "rt-1", "scope": "contacts.readonly oauth.write",
            "userType": "Company", "companyId": "company_1",
            "approvedLocations": ["location_1", "location_2"], "userId": "user_1",
            "planId": "plan_1", "isBulkInstallation": true
        })))
        .expect(2)
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let app = app(&server, &clock);

    let tokens = app
        .exchange_code(
            "the-code",
            UserType::Company,
            Some("https://example.com/cb"),
        )
        .await
        .unwrap();
    assert_eq!(tokens.user_type, Some(UserType::Company));
    assert_eq!(tokens.company_id.as_ref().unwrap().as_str(), "company_1");
    assert_eq!(tokens.approved_locations.len(), 2);
    assert_eq!(tokens.scopes(), vec!["contacts.readonly", "oauth.write"]);
    assert_eq!(tokens.is_bulk_installation, Some(true));
    let stored = tokens.clone().into_stored(clock.wall());
    assert_eq!(
        stored.expires_at,
        clock.wall() + Duration::from_secs(86_399)
    );

    app.refresh(
        "company_1",
        &SecretString::from("rt-0"),
        Some(UserType::Company),
    )
    .await
    .unwrap();

    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    for r in &requests {
        assert_eq!(
            r.headers.get("content-type").unwrap(),
            "application/x-www-form-urlencoded"
        );
        assert!(
            r.headers.get("version").is_none(),
            "/oauth/token declares no Version"
        );
        assert!(
            r.headers.get("authorization").is_none(),
            "client credentials, no bearer"
        );
    }
    let exchange = form_of(&requests[0]);
    let expected: HashMap<String, String> = [
        ("client_id", "app123-client9"),
        ("client_secret", "the-client-secret"),
        ("grant_type", "authorization_code"),
        ("code", "the-code"),
        ("user_type", "Company"),
        ("redirect_uri", "https://example.com/cb"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    assert_eq!(exchange, expected);
    let refresh = form_of(&requests[1]);
    assert_eq!(refresh["grant_type"], "refresh_token");
    assert_eq!(refresh["refresh_token"], "rt-0");
    assert_eq!(refresh["user_type"], "Company");
    assert_eq!(refresh["client_secret"], "the-client-secret");
}

#[tokio::test]
async fn a_code_exchange_is_not_retried_and_a_bad_code_needs_reauthorization() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .respond_with(ResponseTemplate::new(503))
        .expect(1)
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let app = app(&server, &clock);
    let err = app
        .exchange_code("c", UserType::Location, None)
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    server.verify().await;

    server.reset().await;
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({
            "statusCode": 400, "error": "invalid_grant",
            "message": "Invalid grant: authorization code is invalid"
        })))
        .mount(&server)
        .await;
    let err = app
        .exchange_code("used-code", UserType::Location, None)
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::ReauthorizationRequired { .. }),
        "{err:?}"
    );
}

#[tokio::test]
async fn bad_client_credentials_are_not_a_dead_grant() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({
            "statusCode": 401, "message": "Invalid client credentials", "error": "Unauthorized"
        })))
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let err = app(&server, &clock)
        .refresh("loc", &SecretString::from("rt"), None)
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401), "{err:?}");
}

#[test]
fn the_authorize_url_and_callback_round_trip() {
    let server_host = "http://127.0.0.1:9";
    let app = OAuthApp::new(
        OAuthCredentials::new("app123-client9", "s"),
        GhlClient::builder(),
    )
    .unwrap();
    let url = app
        .authorize_url("http://localhost:3000/cb")
        .host(server_host)
        .scopes([Scope::CONTACTS_READONLY, Scope::OAUTH_WRITE])
        .raw_scope("locations/tags.readonly")
        .state("st-1")
        .build()
        .unwrap();
    assert!(
        url.as_str()
            .starts_with("http://127.0.0.1:9/v2/oauth/chooselocation?response_type=code&")
    );
    let pairs: HashMap<String, String> = url.query_pairs().into_owned().collect();
    assert_eq!(
        pairs["scope"],
        "contacts.readonly oauth.write locations/tags.readonly"
    );
    assert_eq!(pairs["client_id"], "app123-client9");
    let cb = Callback::from_redirect("http://localhost:3000/cb?code=abc&state=st-1", Some("st-1"))
        .unwrap();
    assert_eq!(cb.code, "abc");
    assert_eq!(SecretString::from(cb.code).expose_secret(), "abc");
}
