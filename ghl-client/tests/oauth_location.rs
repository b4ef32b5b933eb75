//! Agency → location: location tokens are minted and re-minted (never refreshed),
//! `for_location` clients, the exact `/oauth/locationToken` and `/oauth/installedLocations`
//! requests, and the install / uninstall hooks.
#![cfg(feature = "oauth")]

#[path = "oauth_support/mod.rs"]
mod support;

use std::sync::Arc;
use std::time::Duration;

use ghl_client::oauth::{
    InstallHooks, InstalledLocationsQuery, LocationTokens, MemoryStore, TokenStore, UninstallTarget,
};
use ghl_client::runtime::ManualClock;
use ghl_client::{Error, GhlClient, Request};
use serde_json::{Value, json};
use support::{COMPANY, FakeGhl, LOCATION};
use wiremock::matchers::{body_string, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn agency(
    fake: &FakeGhl,
    server: &MockServer,
    clock: &ManualClock,
    store: Arc<dyn TokenStore>,
) -> GhlClient {
    let provider = support::provider(server, clock.shared(), store);
    support::install(fake, &provider, COMPANY, "Company").await;
    support::builder(server, clock.shared())
        .company_id(COMPANY)
        .token_provider(Arc::new(provider))
        .build()
        .unwrap()
}

#[tokio::test]
async fn location_tokens_are_minted_again_never_refreshed() {
    let clock = ManualClock::new();
    let fake = FakeGhl::new(&clock);
    fake.set_location_ttl(Duration::from_secs(3_600));
    let server = fake.start().await;
    let agency = agency(&fake, &server, &clock, support::memory()).await;
    let location = agency.for_location(LOCATION).unwrap();
    assert_eq!(location.location_id().unwrap().as_str(), LOCATION);

    let who: Value = location.send(Request::get("/ping", "/ping")).await.unwrap();
    assert_eq!(who, json!({"resource": LOCATION, "userType": "Location"}));
    location
        .send_raw(Request::get("/ping", "/ping"))
        .await
        .unwrap();
    assert_eq!(fake.mints(), 1, "cached between calls");

    // Inside the 5-minute margin of the location token's one-hour life: mint again.
    clock.advance(Duration::from_secs(3_600 - 240));
    location
        .send_raw(Request::get("/ping", "/ping"))
        .await
        .unwrap();
    assert_eq!(fake.mints(), 2, "re-minted before expiry");
    assert_eq!(
        fake.refresh_requests(),
        0,
        "a location token is never refreshed"
    );

    // GHL rejects it: mint once more and retry.
    let current = fake.issued().last().unwrap().access.clone();
    fake.revoke_access(&current);
    location
        .send_raw(Request::get("/ping", "/ping"))
        .await
        .unwrap();
    assert_eq!(fake.mints(), 3);
    assert_eq!(fake.refresh_requests(), 0);
    let (ok, rejected) = fake.api_calls();
    assert_eq!((ok, rejected), (4, 1));
}

#[tokio::test]
async fn for_location_needs_the_company_id() {
    let client = GhlClient::builder()
        .access_token("agency-token")
        .build()
        .unwrap();
    assert!(matches!(
        client.for_location(LOCATION),
        Err(Error::Config(_))
    ));
}

#[tokio::test]
async fn mint_and_installed_locations_send_the_documented_requests() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth/locationToken"))
        .and(header("Version", "2021-07-28"))
        .and(header("authorization", "Bearer agency-token"))
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .and(body_string("companyId=company_1&locationId=location_1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "access_token": "loc-token", "token_type": "Bearer", "expires_in": 86399,
            "scope": "contacts.readonly", "locationId": "location_1", "userId": "u1",
            "planId": "p1", "appId": "app123", "versionId": "v1"
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/oauth/installedLocations"))
        .and(query_param("companyId", "company_1"))
        .and(query_param("appId", "app123"))
        .and(query_param("isInstalled", "true"))
        .and(query_param("limit", "50"))
        .and(header("Version", "2021-07-28"))
        .and(header("authorization", "Bearer agency-token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "locations": [{"_id": "location_1", "name": "Shop", "address": "1 Main St",
                           "isInstalled": true, "installedAt": "2024-01-15T10:30:00.000Z"}],
            "count": 1,
            "installToFutureLocations": false
        })))
        .expect(1)
        .mount(&server)
        .await;
    let agency = GhlClient::builder()
        .base_url(server.uri())
        .access_token("agency-token")
        .company_id(COMPANY)
        .build()
        .unwrap();

    let minted = agency.mint_location_token(COMPANY, LOCATION).await.unwrap();
    assert!(
        minted.refresh_token.is_none(),
        "location tokens carry no refresh token"
    );
    assert_eq!(minted.extra.get("appId"), Some(&json!("app123")));

    let mut query = InstalledLocationsQuery::new(COMPANY, "app123");
    query.is_installed = Some(true);
    query.limit = Some(50);
    let page = agency.installed_locations(&query).await.unwrap();
    assert_eq!(page.count, Some(1));
    assert_eq!(page.locations[0].id.as_str(), LOCATION);
    assert_eq!(page.locations[0].is_installed, Some(true));
}

#[tokio::test]
async fn install_mints_and_stores_uninstall_deletes() {
    let clock = ManualClock::new();
    let fake = FakeGhl::new(&clock);
    let server = fake.start().await;
    let store: Arc<dyn TokenStore> = Arc::new(MemoryStore::new());
    let agency = agency(&fake, &server, &clock, store.clone()).await;
    let tokens = LocationTokens::with_store(agency, COMPANY, store.clone());
    let hooks = InstallHooks::with_location_tokens(store.clone(), tokens.clone());

    hooks.on_install(COMPANY, Some(LOCATION)).await.unwrap();
    hooks.on_install(COMPANY, Some("location_2")).await.unwrap();
    let stored = store.load(LOCATION).await.unwrap().unwrap();
    assert!(stored.refresh_token.is_none());
    assert_eq!(
        stored.company_id.as_ref().map(|c| c.as_str()),
        Some(COMPANY)
    );
    assert_eq!(fake.mints(), 2);

    // A client over the same store uses the stored token: no new mint.
    tokens
        .client(LOCATION)
        .unwrap()
        .send_raw(Request::get("/ping", "/ping"))
        .await
        .unwrap();
    assert_eq!(fake.mints(), 2);

    // A token of another agency is left alone by a company uninstall.
    let mut foreign = stored.clone();
    foreign.company_id = Some("company_2".into());
    store.save("location_9", &foreign).await.unwrap();

    hooks
        .on_uninstall(UninstallTarget::Location(LOCATION.into()))
        .await
        .unwrap();
    assert!(store.load(LOCATION).await.unwrap().is_none());
    hooks
        .on_uninstall(UninstallTarget::Company(COMPANY.into()))
        .await
        .unwrap();
    assert_eq!(
        store.resources().await.unwrap(),
        vec!["location_9".to_owned()]
    );
    // An agency-level install has nothing to mint.
    hooks.on_install(COMPANY, None).await.unwrap();
    assert_eq!(fake.mints(), 2);
}
