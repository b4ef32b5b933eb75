//! Replay protection against an injected clock.
#![cfg(feature = "webhooks")]

use std::sync::Arc;
use std::time::Duration;

use ghl_client::runtime::ManualClock;
use ghl_client::webhooks::{
    MemoryReplayStore, MissingPolicy, ReplayCheck, ReplayError, ReplayGuard, ReplayPolicy, decode,
};

/// ManualClock::new() starts at 2026-01-01T00:00:00Z.
fn body(timestamp: &str, webhook_id: &str) -> Vec<u8> {
    format!(r#"{{"type":"ContactUpdate","id":"c1","timestamp":"{timestamp}","webhookId":"{webhook_id}"}}"#)
        .into_bytes()
}

fn guard(clock: &ManualClock, policy: ReplayPolicy) -> ReplayGuard {
    ReplayGuard::with_policy(
        Arc::new(MemoryReplayStore::default()),
        clock.shared(),
        policy,
    )
}

fn check(guard: &ReplayGuard, body: &[u8]) -> Result<ReplayCheck, ReplayError> {
    guard.check(&decode(body, None).expect("decodes").envelope, body)
}

#[test]
fn a_replayed_webhook_id_is_a_duplicate_once_recorded() {
    let clock = ManualClock::new();
    let guard = guard(&clock, ReplayPolicy::default());
    let first = body("2026-01-01T00:00:00Z", "w1");
    let Ok(ReplayCheck::Fresh { key }) = check(&guard, &first) else {
        panic!()
    };
    assert_eq!(key, "webhook:w1");
    // Not recorded yet: still fresh (the ingress records only after persisting).
    assert!(matches!(
        check(&guard, &first),
        Ok(ReplayCheck::Fresh { .. })
    ));
    assert_eq!(guard.record(&key).ok(), Some(true));
    // Same id, different bytes (a replay with another timestamp): still a duplicate.
    clock.advance(Duration::from_secs(60));
    let replay = body("2026-01-01T00:01:00Z", "w1");
    assert!(matches!(
        check(&guard, &replay),
        Ok(ReplayCheck::Duplicate { .. })
    ));
}

#[test]
fn stale_and_future_timestamps_are_rejected_both_directions() {
    let clock = ManualClock::new();
    clock.advance(Duration::from_secs(3600)); // 01:00:00
    let guard = guard(&clock, ReplayPolicy::default());
    assert!(
        check(&guard, &body("2026-01-01T00:55:00Z", "a")).is_ok(),
        "exactly 5 min old"
    );
    assert!(matches!(
        check(&guard, &body("2026-01-01T00:54:59Z", "b")),
        Err(ReplayError::Stale { age }) if age == Duration::from_secs(301)
    ));
    assert!(
        check(&guard, &body("2026-01-01T01:05:00Z", "c")).is_ok(),
        "5 min ahead"
    );
    assert!(matches!(
        check(&guard, &body("2026-01-01T01:05:01Z", "d")),
        Err(ReplayError::Future { .. })
    ));
    let wide = self::guard(
        &clock,
        ReplayPolicy::default().window(Duration::from_secs(3600)),
    );
    assert!(check(&wide, &body("2026-01-01T00:10:00Z", "e")).is_ok());
}

#[test]
fn missing_fields_accept_by_default_and_dedupe_on_the_body_hash() {
    let clock = ManualClock::new();
    let guard = guard(&clock, ReplayPolicy::default());
    let bare = br#"{"type":"NoteCreate","id":"n1"}"#;
    let Ok(ReplayCheck::Fresh { key }) = check(&guard, bare) else {
        panic!()
    };
    assert!(key.starts_with("sha256:") && key.len() == 7 + 64, "{key}");
    guard.record(&key).expect("record");
    assert!(matches!(
        check(&guard, bare),
        Ok(ReplayCheck::Duplicate { .. })
    ));
    // A different body is a different event.
    assert!(matches!(
        check(&guard, br#"{"type":"NoteCreate","id":"n2"}"#),
        Ok(ReplayCheck::Fresh { .. })
    ));
    // An unreadable timestamp counts as missing.
    assert!(check(&guard, br#"{"type":"NoteCreate","timestamp":"yesterday"}"#).is_ok());
}

#[test]
fn missing_fields_can_be_rejected() {
    let clock = ManualClock::new();
    let guard = guard(
        &clock,
        ReplayPolicy::default().missing_fields(MissingPolicy::Reject),
    );
    assert!(matches!(
        check(
            &guard,
            br#"{"type":"NoteCreate","timestamp":"2026-01-01T00:00:00Z"}"#
        ),
        Err(ReplayError::MissingWebhookId)
    ));
    assert!(matches!(
        check(&guard, br#"{"type":"NoteCreate","webhookId":"w"}"#),
        Err(ReplayError::MissingTimestamp)
    ));
}

#[test]
fn a_deferred_delivery_may_come_back_after_the_window_within_the_grace() {
    let clock = ManualClock::new();
    let guard = guard(&clock, ReplayPolicy::default());
    let delivery = body("2026-01-01T00:00:00Z", "w-retry");
    let Ok(ReplayCheck::Fresh { key }) = check(&guard, &delivery) else {
        panic!()
    };
    guard.defer(&key); // we answered 429
    clock.advance(Duration::from_secs(11 * 60));
    assert!(matches!(
        check(&guard, &delivery),
        Ok(ReplayCheck::Fresh { .. })
    ));
    // Another stale delivery is still rejected.
    assert!(check(&guard, &body("2026-01-01T00:00:00Z", "other")).is_err());
    // After the grace, the deferral is forgotten.
    clock.advance(Duration::from_secs(3 * 3600));
    assert!(matches!(
        check(&guard, &delivery),
        Err(ReplayError::Stale { .. })
    ));
}
