//! The OAuth provider against a stateful GHL emulation with rotation and a 30-second grace,
//! on an injected clock: single-flight refresh, early refresh with jitter, 401 handling,
//! dead grants, save failures and a crash between refresh and save.

#![cfg(feature = "oauth")]

#[path = "oauth_support/mod.rs"]
mod support;

use std::sync::Arc;
use std::time::Duration;

use ghl_client::oauth::{MemoryStore, OAuthError, OAuthProvider, RefreshPolicy, TokenStore};
use ghl_client::runtime::{Clock, ManualClock};
use ghl_client::{Error, GhlClient, Request, TokenProvider};
use secrecy::ExposeSecret;
use support::{FakeGhl, FlakyStore, LOCATION};

const DAY: Duration = Duration::from_secs(86_399);

fn api_client(
    server: &wiremock::MockServer,
    clock: &ManualClock,
    provider: &OAuthProvider,
) -> GhlClient {
    support::builder(server, clock.shared())
        .location_id(LOCATION)
        .token_provider(Arc::new(provider.clone()))
        .build()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn hundred_concurrent_requests_at_expiry_cause_one_refresh() {
    let clock = ManualClock::new();
    let fake = FakeGhl::new(&clock);
    let server = fake.start().await;
    let provider = support::provider(&server, clock.shared(), support::memory());
    let first = support::install(&fake, &provider, LOCATION, "Location").await;
    let client = api_client(&server, &clock, &provider);

    // One minute before expiry: well inside the 5-minute margin.
    clock.advance(DAY - Duration::from_secs(60));
    let calls = (0..100).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.send_raw(Request::get("/ping", "/ping")).await })
    });
    for call in futures_util::future::join_all(calls).await {
        call.unwrap().unwrap();
    }
    assert_eq!(
        fake.refresh_requests(),
        1,
        "exactly one refresh for 100 requests"
    );
    assert_eq!(provider.refresh_count(), 1);
    assert_eq!(
        fake.api_calls(),
        (100, 0),
        "every request used a valid token"
    );
    let stored = provider.store().load(LOCATION).await.unwrap().unwrap();
    assert!(!stored.same_access_token(&first.access.clone().into()));
}

#[tokio::test]
async fn refreshes_early_within_margin_and_jitter() {
    let clock = ManualClock::new();
    let fake = FakeGhl::new(&clock);
    let server = fake.start().await;
    let provider = OAuthProvider::builder(support::app(&server, clock.shared()), support::memory())
        .margin(Duration::from_secs(300))
        .jitter(0.5)
        .jitter_seed(9)
        .build();
    let first = support::install(&fake, &provider, LOCATION, "Location").await;

    // The earliest a jittered refresh may start is margin × 1.5 = 7.5 min before expiry.
    clock.advance(DAY - Duration::from_secs(451));
    let t = provider.token(LOCATION).await.unwrap();
    assert_eq!(t.expose_secret(), first.access);
    assert_eq!(fake.refresh_requests(), 0, "not before margin + jitter");

    // The latest is the margin itself: 5 minutes before expiry.
    clock.advance(Duration::from_secs(151));
    let t = provider.token(LOCATION).await.unwrap();
    assert_ne!(t.expose_secret(), first.access);
    assert_eq!(fake.refresh_requests(), 1, "refreshed by the margin");
    let again = provider.token(LOCATION).await.unwrap();
    assert_eq!(again.expose_secret(), t.expose_secret());
    assert_eq!(fake.refresh_requests(), 1, "the new token is not due");
}

#[tokio::test]
async fn a_rejected_token_is_refreshed_once_and_the_call_retried() {
    let clock = ManualClock::new();
    let fake = FakeGhl::new(&clock);
    let server = fake.start().await;
    let provider = support::provider(&server, clock.shared(), support::memory());
    let first = support::install(&fake, &provider, LOCATION, "Location").await;
    let client = api_client(&server, &clock, &provider);

    fake.revoke_access(&first.access);
    client
        .send_raw(Request::get("/ping", "/ping"))
        .await
        .unwrap();
    assert_eq!(fake.api_calls(), (1, 1), "one 401, then one success");
    assert_eq!(fake.refresh_requests(), 1);
}

#[tokio::test]
async fn a_dead_refresh_token_asks_for_reauthorization() {
    let clock = ManualClock::new();
    let fake = FakeGhl::new(&clock);
    let server = fake.start().await;
    let provider = support::provider(&server, clock.shared(), support::memory());
    support::install(&fake, &provider, LOCATION, "Location").await;
    let client = api_client(&server, &clock, &provider);

    fake.revoke_all_refresh();
    clock.advance(DAY);
    let err = client
        .send_raw(Request::get("/ping", "/ping"))
        .await
        .unwrap_err();
    match err {
        Error::ReauthorizationRequired { resource, reason } => {
            assert_eq!(resource, LOCATION);
            assert!(reason.contains("Invalid grant"), "{reason}");
        }
        other => panic!("expected ReauthorizationRequired, got {other:?}"),
    }
    assert_eq!(
        fake.api_calls(),
        (0, 0),
        "nothing sent with an expired token"
    );
}

#[tokio::test]
async fn nothing_stored_asks_for_authorization() {
    let clock = ManualClock::new();
    let fake = FakeGhl::new(&clock);
    let server = fake.start().await;
    let provider = support::provider(&server, clock.shared(), support::memory());
    let err = provider.token("unknown_location").await.unwrap_err();
    assert!(
        matches!(err, Error::ReauthorizationRequired { ref resource, .. } if resource == "unknown_location"),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_failed_save_is_retried_before_the_new_token_is_used() {
    let clock = ManualClock::new();
    let fake = FakeGhl::new(&clock);
    let server = fake.start().await;
    let flaky = Arc::new(FlakyStore::new(support::memory()));
    let provider = support::provider(&server, clock.shared(), flaky.clone());
    support::install(&fake, &provider, LOCATION, "Location").await;

    *flaky.failing.lock().unwrap() = 1;
    clock.advance(DAY);
    let token = provider.token(LOCATION).await.unwrap();
    let issued = fake.issued().last().cloned().unwrap();
    assert_eq!(token.expose_secret(), issued.access);
    let stored = flaky.inner.load(LOCATION).await.unwrap().unwrap();
    assert!(stored.same_access_token(&token), "saved before use");
    assert_eq!(fake.refresh_requests(), 1);
}

#[tokio::test]
async fn an_unsaved_pair_is_kept_in_memory_and_saved_on_the_next_call() {
    let clock = ManualClock::new();
    let fake = FakeGhl::new(&clock);
    let server = fake.start().await;
    let flaky = Arc::new(FlakyStore::new(support::memory()));
    let provider = support::provider(&server, clock.shared(), flaky.clone());
    let first = support::install(&fake, &provider, LOCATION, "Location").await;

    *flaky.broken.lock().unwrap() = true;
    clock.advance(DAY);
    let err = provider.token(LOCATION).await.unwrap_err();
    match &err {
        Error::Auth(source) => assert!(
            matches!(
                source.downcast_ref::<OAuthError>(),
                Some(OAuthError::Unsaved { .. })
            ),
            "{err:?}"
        ),
        other => panic!("expected an unsaved-token error, got {other:?}"),
    }
    // The store still holds the old pair; no one got the new token.
    let stored = flaky.inner.load(LOCATION).await.unwrap().unwrap();
    assert!(stored.same_access_token(&first.access.clone().into()));

    // The disk recovers: the next call saves the pair it kept, without refreshing again.
    *flaky.broken.lock().unwrap() = false;
    let token = provider.token(LOCATION).await.unwrap();
    let issued = fake.issued().last().cloned().unwrap();
    assert_eq!(token.expose_secret(), issued.access);
    assert_eq!(
        fake.refresh_requests(),
        1,
        "the kept pair was saved, not refreshed again"
    );
    let stored = flaky.inner.load(LOCATION).await.unwrap().unwrap();
    assert!(stored.same_access_token(&token));
}

/// A process refreshes, then dies before saving (its store refuses every save); the next
/// process starts from the old refresh token.
async fn crash_then_restart(
    after: Duration,
) -> (
    FakeGhl,
    Result<secrecy::SecretString, Error>,
    Arc<MemoryStore>,
) {
    let clock = ManualClock::new();
    let fake = FakeGhl::new(&clock);
    let server = fake.start().await;
    let disk = Arc::new(MemoryStore::new());
    let flaky = Arc::new(FlakyStore::new(disk.clone()));
    let doomed = support::provider(&server, clock.shared(), flaky.clone());
    support::install(&fake, &doomed, LOCATION, "Location").await;

    *flaky.broken.lock().unwrap() = true;
    clock.advance(DAY - Duration::from_secs(60));
    assert!(doomed.token(LOCATION).await.is_err());
    assert_eq!(
        fake.rotations(),
        1,
        "the crashed process did rotate the token"
    );
    drop(doomed);

    clock.advance(after);
    let restarted = support::provider(&server, clock.shared(), disk.clone());
    let result = restarted.token(LOCATION).await;
    (fake, result, disk)
}

#[tokio::test]
async fn a_crash_between_refresh_and_save_recovers_inside_the_grace_window() {
    let (fake, result, disk) = crash_then_restart(Duration::from_secs(10)).await;
    let token = result.unwrap();
    let rotated = fake.issued().last().cloned().unwrap();
    assert_eq!(
        token.expose_secret(),
        rotated.access,
        "the same pair the crashed process got"
    );
    assert_eq!(fake.rotations(), 1, "no second rotation");
    assert_eq!(fake.grace_hits(), 1, "recovered through GHL's grace window");
    let stored = disk.load(LOCATION).await.unwrap().unwrap();
    assert!(stored.same_access_token(&token));
    assert_eq!(
        stored
            .refresh_token
            .as_ref()
            .map(|t| t.expose_secret().to_owned()),
        rotated.refresh
    );
}

#[tokio::test]
async fn refresh_token_reuse_after_the_grace_window_asks_for_reauthorization() {
    let (fake, result, _) = crash_then_restart(Duration::from_secs(31)).await;
    match result {
        Err(Error::ReauthorizationRequired { resource, .. }) => assert_eq!(resource, LOCATION),
        other => panic!("expected ReauthorizationRequired, got {other:?}"),
    }
    assert_eq!(fake.rotations(), 1);
}

#[tokio::test]
async fn a_lost_refresh_answer_is_retried_and_gets_the_same_pair() {
    let clock = ManualClock::new();
    let fake = FakeGhl::new(&clock);
    let server = fake.start().await;
    let provider = support::provider(&server, clock.shared(), support::memory());
    support::install(&fake, &provider, LOCATION, "Location").await;

    fake.lose_next_refresh_answers(1);
    clock.advance(DAY);
    let started = clock.now();
    let token = provider.token(LOCATION).await.unwrap();
    assert!(
        clock.now() - started < Duration::from_secs(30),
        "retried inside the grace"
    );
    assert_eq!(
        fake.refresh_requests(),
        2,
        "the lost answer was asked for again"
    );
    assert_eq!(fake.rotations(), 1);
    assert_eq!(fake.grace_hits(), 1);
    assert_eq!(token.expose_secret(), fake.issued().last().unwrap().access);
}

#[tokio::test]
async fn a_lease_longer_than_ghls_grace_is_refused_with_the_fix() {
    let clock = ManualClock::new();
    let fake = FakeGhl::new(&clock);
    let server = fake.start().await;
    let builder =
        || OAuthProvider::builder(support::app(&server, clock.shared()), support::memory());
    let too_long = RefreshPolicy {
        lease_ttl: Duration::from_secs(45),
        ..RefreshPolicy::default()
    };
    match builder().policy(too_long) {
        Err(Error::Config(message)) => {
            assert!(message.contains("lease_ttl"), "{message}");
            assert!(message.contains("at most 20s"), "{message}");
        }
        other => panic!("expected a configuration error, got {other:?}"),
    }
    let provider = builder().policy(RefreshPolicy::default()).unwrap().build();
    assert_eq!(provider.policy().lease_ttl, Duration::from_secs(20));
    assert!(provider.policy().lease_ttl < ghl_client::oauth::policy::GHL_REFRESH_GRACE);
    assert!(ghl_client::oauth::app::TOKEN_OPERATION_TIMEOUT < provider.policy().lease_ttl);
}
