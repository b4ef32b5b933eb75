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
fn a_missing_or_unreadable_timestamp_is_rejected_by_default() {
    let clock = ManualClock::new();
    let guard = guard(&clock, ReplayPolicy::default());
    for body in [
        br#"{"type":"NoteCreate","id":"n1","webhookId":"w"}"#.to_vec(),
        br#"{"type":"NoteCreate","webhookId":"w","timestamp":"yesterday"}"#.to_vec(),
        br#"{"type":"NoteCreate","webhookId":"w","timestamp":""}"#.to_vec(),
        br#"{"type":"NoteCreate","webhookId":"w","timestamp":null}"#.to_vec(),
        br#"{"type":"NoteCreate","webhookId":"w","timestamp":true}"#.to_vec(),
        br#"{"type":"NoteCreate","webhookId":"w","timestamp":[1]}"#.to_vec(),
        br#"{"type":"NoteCreate","webhookId":"w","timestamp":1.5e300}"#.to_vec(),
        br#"{"type":"NoteCreate","webhookId":"w","timestamp":-9223372036854775808}"#.to_vec(),
        br#"{"type":"NoteCreate","webhookId":"w","timestamp":"-9223372036854775808"}"#.to_vec(),
        br#"{"type":"NoteCreate","webhookId":"w","timestamp":9223372036854775807}"#.to_vec(),
        br#"{"type":"NoteCreate","webhookId":"w","timestamp":18446744073709551615}"#.to_vec(),
    ] {
        let text = String::from_utf8_lossy(&body).into_owned();
        assert!(
            matches!(check(&guard, &body), Err(ReplayError::MissingTimestamp)),
            "{text}"
        );
    }
    // Epoch milliseconds and seconds are readable timestamps.
    assert!(
        check(
            &guard,
            br#"{"type":"NoteCreate","webhookId":"a","timestamp":1767225600000}"#
        )
        .is_ok()
    );
    assert!(
        check(
            &guard,
            br#"{"type":"NoteCreate","webhookId":"b","timestamp":"1767225600"}"#
        )
        .is_ok()
    );
    // Far in the past but representable: stale, not a panic.
    assert!(matches!(
        check(
            &guard,
            br#"{"type":"NoteCreate","webhookId":"c","timestamp":-99999999999999}"#
        ),
        Err(ReplayError::Stale { .. })
    ));
}

#[test]
fn missing_fields_may_be_accepted_and_dedupe_on_the_body_hash() {
    let clock = ManualClock::new();
    let guard = guard(
        &clock,
        ReplayPolicy::default().missing_timestamp(MissingPolicy::Accept),
    );
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
    // Under the opt-out an unreadable timestamp counts as missing, and is accepted too.
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
