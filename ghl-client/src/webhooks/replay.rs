//! Replay protection: a timestamp window and `webhookId` dedupe.
//!
//! GHL puts a `timestamp` and a `webhookId` in every body. A [`ReplayGuard`] reports a
//! `webhookId` it has already recorded as a duplicate (to acknowledge without storing again),
//! and rejects a new delivery whose timestamp is further than the window (five minutes by
//! default, either direction) from its clock. Ids are remembered in a [`ReplayStore`]: [`MemoryReplayStore`] here, or the
//! sync engine's database.
//!
//! **Missing fields.** GHL's docs say every body carries both, but its documented examples do
//! not. A body without a readable `timestamp` is **rejected** by default: without one a
//! captured delivery could be replayed forever (once its `webhookId` has left the replay
//! store). A sender that does not stamp its bodies (a hand-written test payload, another
//! relay) needs the opt-out `ReplayPolicy::default().missing_timestamp(MissingPolicy::Accept)`,
//! which skips the window check for such bodies. A timestamp that is not a string or an
//! integer, that does not parse, or that is out of range counts as missing. A body without a
//! `webhookId` is accepted by default and deduplicated on the SHA-256 of its exact bytes (a
//! retry of the same delivery has the same bytes); [`ReplayPolicy::missing_webhook_id`] set to
//! [`MissingPolicy::Reject`] refuses it.
//!
//! **Retries after a 429.** GHL retries a delivery only when it was answered 429, ten
//! minutes later at the earliest, which is outside a five-minute window if GHL keeps the
//! original timestamp. So the guard remembers ([`ReplayGuard::defer`]) the keys it asked GHL
//! to retry and lets those through the window for [`ReplayPolicy::retry_grace`] (two hours).
//! That memory is in-process only.
//!
//! ```
//! use std::sync::Arc;
//! use std::time::Duration;
//! use ghl_client::runtime::ManualClock;
//! use ghl_client::webhooks::{decode, MemoryReplayStore, ReplayCheck, ReplayGuard};
//!
//! let clock = ManualClock::new(); // 2026-01-01T00:00:00Z
//! let guard = ReplayGuard::new(Arc::new(MemoryReplayStore::default()), clock.shared());
//! let body = br#"{"type":"NoteCreate","timestamp":"2026-01-01T00:01:00Z","webhookId":"w1"}"#;
//! let envelope = decode(body, None)?.envelope;
//!
//! let ReplayCheck::Fresh { key } = guard.check(&envelope, body)? else { panic!() };
//! guard.record(&key)?; // after the event is safely stored
//! assert!(matches!(guard.check(&envelope, body)?, ReplayCheck::Duplicate { .. }));
//!
//! clock.advance(Duration::from_secs(600));
//! let late = br#"{"type":"NoteCreate","timestamp":"2026-01-01T00:01:00Z","webhookId":"w2"}"#;
//! let late_envelope = decode(late, None)?.envelope;
//! assert!(guard.check(&late_envelope, late).is_err()); // now stale
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use chrono::{DateTime, Utc};
use ghl_notion_runtime::SharedClock;
use sha2::{Digest as _, Sha256};

use super::events::Envelope;

/// A replay store failed (database down...).
#[derive(Debug, thiserror::Error)]
#[error("replay store error: {0}")]
pub struct StoreError(#[source] pub Box<dyn std::error::Error + Send + Sync>);

impl StoreError {
    /// Wraps any error.
    pub fn new(error: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Self {
        Self(error.into())
    }
}

/// Where seen delivery keys are remembered.
///
/// Synchronous on purpose: an embedded database (SQLite) answers an indexed lookup in
/// microseconds. The ingress calls it inline, so keep implementations fast.
pub trait ReplayStore: Send + Sync + fmt::Debug {
    /// Whether `key` was recorded and has not expired at `now`.
    fn contains(&self, key: &str, now: SystemTime) -> Result<bool, StoreError>;

    /// Records `key` as seen at `seen_at`: `true` if it was new, `false` if already there.
    fn check_and_insert(&self, key: &str, seen_at: SystemTime) -> Result<bool, StoreError>;
}

impl<T: ReplayStore + ?Sized> ReplayStore for Arc<T> {
    fn contains(&self, key: &str, now: SystemTime) -> Result<bool, StoreError> {
        (**self).contains(key, now)
    }

    fn check_and_insert(&self, key: &str, seen_at: SystemTime) -> Result<bool, StoreError> {
        (**self).check_and_insert(key, seen_at)
    }
}

/// An in-memory [`ReplayStore`], bounded in size and age (oldest keys go first).
#[derive(Debug)]
pub struct MemoryReplayStore {
    capacity: usize,
    max_age: Duration,
    inner: Mutex<MemoryInner>,
}

#[derive(Debug, Default)]
struct MemoryInner {
    seen: HashMap<String, SystemTime>,
    order: VecDeque<(String, SystemTime)>,
}

impl Default for MemoryReplayStore {
    /// 100,000 keys, kept for 24 hours.
    fn default() -> Self {
        Self::new(100_000, Duration::from_secs(24 * 3600))
    }
}

impl MemoryReplayStore {
    /// A store keeping at most `capacity` keys, each for at most `max_age`.
    pub fn new(capacity: usize, max_age: Duration) -> Self {
        Self {
            capacity: capacity.max(1),
            max_age,
            inner: Mutex::new(MemoryInner::default()),
        }
    }

    /// How many keys are held.
    pub fn len(&self) -> usize {
        self.lock().seen.len()
    }

    /// Whether no key is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, MemoryInner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn expired(&self, seen_at: SystemTime, now: SystemTime) -> bool {
        now.duration_since(seen_at)
            .is_ok_and(|age| age > self.max_age)
    }
}

impl ReplayStore for MemoryReplayStore {
    fn contains(&self, key: &str, now: SystemTime) -> Result<bool, StoreError> {
        Ok(self
            .lock()
            .seen
            .get(key)
            .is_some_and(|seen_at| !self.expired(*seen_at, now)))
    }

    fn check_and_insert(&self, key: &str, seen_at: SystemTime) -> Result<bool, StoreError> {
        let mut inner = self.lock();
        // Drop expired keys, oldest first.
        while let Some((old_key, old_at)) = inner.order.front().cloned() {
            if !self.expired(old_at, seen_at) && inner.order.len() < self.capacity {
                break;
            }
            inner.order.pop_front();
            if inner.seen.get(&old_key) == Some(&old_at) {
                inner.seen.remove(&old_key);
            }
        }
        if let Some(previous) = inner.seen.get(key)
            && !self.expired(*previous, seen_at)
        {
            return Ok(false);
        }
        inner.seen.insert(key.to_owned(), seen_at);
        inner.order.push_back((key.to_owned(), seen_at));
        Ok(true)
    }
}

/// What to do with a body that lacks `timestamp` or `webhookId`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MissingPolicy {
    /// Accept: skip the window check / dedupe on the body's SHA-256.
    Accept,
    /// Reject the delivery.
    Reject,
}

/// Replay settings.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReplayPolicy {
    /// How far `timestamp` may be from the clock, either direction. Default five minutes.
    pub window: Duration,
    /// Bodies without a readable `timestamp`. Default [`MissingPolicy::Reject`]; accept them
    /// only for senders that never stamp their bodies (see the [module docs](self)).
    pub missing_timestamp: MissingPolicy,
    /// Bodies without `webhookId`. Default [`MissingPolicy::Accept`] (dedupe on body hash).
    pub missing_webhook_id: MissingPolicy,
    /// How long a delivery answered 429 may come back outside the window. Default two hours
    /// (GHL retries six times, ten minutes apart plus jitter).
    pub retry_grace: Duration,
}

impl Default for ReplayPolicy {
    fn default() -> Self {
        Self {
            window: Duration::from_secs(300),
            missing_timestamp: MissingPolicy::Reject,
            missing_webhook_id: MissingPolicy::Accept,
            retry_grace: Duration::from_secs(2 * 3600),
        }
    }
}

impl ReplayPolicy {
    /// Sets the window.
    pub fn window(mut self, window: Duration) -> Self {
        self.window = window;
        self
    }

    /// Sets both missing-field policies.
    pub fn missing_fields(mut self, policy: MissingPolicy) -> Self {
        self.missing_timestamp = policy;
        self.missing_webhook_id = policy;
        self
    }

    /// Sets the policy for bodies without a readable `timestamp` (the opt-out for senders
    /// that do not stamp their bodies is [`MissingPolicy::Accept`]).
    pub fn missing_timestamp(mut self, policy: MissingPolicy) -> Self {
        self.missing_timestamp = policy;
        self
    }

    /// Sets the policy for bodies without a `webhookId`.
    pub fn missing_webhook_id(mut self, policy: MissingPolicy) -> Self {
        self.missing_webhook_id = policy;
        self
    }

    /// Sets the retry grace.
    pub fn retry_grace(mut self, grace: Duration) -> Self {
        self.retry_grace = grace;
        self
    }
}

/// Why a delivery failed the replay check.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReplayError {
    /// The timestamp is older than the window.
    #[error("stale webhook: timestamp is {age:?} old")]
    Stale {
        /// How old.
        age: Duration,
    },
    /// The timestamp is further in the future than the window.
    #[error("webhook timestamp is {ahead:?} in the future")]
    Future {
        /// How far ahead.
        ahead: Duration,
    },
    /// No readable timestamp (absent, not a string or an integer, unparseable or out of
    /// range) and [`ReplayPolicy::missing_timestamp`] rejects.
    #[error("webhook has no readable timestamp")]
    MissingTimestamp,
    /// No `webhookId` and [`ReplayPolicy::missing_webhook_id`] rejects.
    #[error("webhook has no webhookId")]
    MissingWebhookId,
    /// The store could not be asked. `key` is the delivery's dedupe key.
    #[error("{error}")]
    Store {
        /// The dedupe key.
        key: String,
        /// The store's error.
        error: StoreError,
    },
}

/// The outcome of a passed replay check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplayCheck {
    /// Not seen before. Record `key` once the event is stored.
    Fresh {
        /// The dedupe key.
        key: String,
    },
    /// Already recorded: acknowledge without storing again.
    Duplicate {
        /// The dedupe key.
        key: String,
    },
}

/// The dedupe key of a delivery: `webhook:<webhookId>`, or `sha256:<hex of the body>`.
pub fn dedupe_key(envelope: &Envelope, body: &[u8]) -> String {
    match &envelope.webhook_id {
        Some(id) => format!("webhook:{id}"),
        None => {
            let digest = Sha256::digest(body);
            let mut key = String::with_capacity(7 + 64);
            key.push_str("sha256:");
            for byte in digest.iter() {
                key.push_str(&format!("{byte:02x}"));
            }
            key
        }
    }
}

/// Checks timestamps and remembers delivery keys.
#[derive(Debug)]
pub struct ReplayGuard {
    store: Arc<dyn ReplayStore>,
    clock: SharedClock,
    policy: ReplayPolicy,
    deferred: Mutex<HashMap<String, SystemTime>>,
}

impl ReplayGuard {
    /// A guard with the default [`ReplayPolicy`].
    pub fn new(store: Arc<dyn ReplayStore>, clock: SharedClock) -> Self {
        Self::with_policy(store, clock, ReplayPolicy::default())
    }

    /// A guard with `policy`.
    pub fn with_policy(
        store: Arc<dyn ReplayStore>,
        clock: SharedClock,
        policy: ReplayPolicy,
    ) -> Self {
        Self {
            store,
            clock,
            policy,
            deferred: Mutex::new(HashMap::new()),
        }
    }

    /// The policy in use.
    pub fn policy(&self) -> &ReplayPolicy {
        &self.policy
    }

    /// Checks whether the delivery was already recorded (a duplicate passes whatever its
    /// age), then the timestamp window. Records nothing: call [`record`](Self::record) once
    /// the event is safely stored.
    pub fn check(&self, envelope: &Envelope, body: &[u8]) -> Result<ReplayCheck, ReplayError> {
        if envelope.webhook_id.is_none() && self.policy.missing_webhook_id == MissingPolicy::Reject
        {
            return Err(ReplayError::MissingWebhookId);
        }
        let key = dedupe_key(envelope, body);
        let now = self.clock.wall();
        // A delivery already stored is acknowledged whatever its age: nothing is stored again.
        let store_result = self.store.contains(&key, now);
        if let Ok(true) = store_result {
            return Ok(ReplayCheck::Duplicate { key });
        }
        // An out-of-range timestamp (far before 1970 on some platforms) counts as missing.
        match envelope.timestamp.and_then(system_time) {
            None if self.policy.missing_timestamp == MissingPolicy::Reject => {
                return Err(ReplayError::MissingTimestamp);
            }
            None => {}
            Some(sent) => {
                let outside = match now.duration_since(sent) {
                    Ok(age) if age > self.policy.window => Some(ReplayError::Stale { age }),
                    Ok(_) => None,
                    Err(ahead) if ahead.duration() > self.policy.window => {
                        Some(ReplayError::Future {
                            ahead: ahead.duration(),
                        })
                    }
                    Err(_) => None,
                };
                if let Some(error) = outside
                    && !self.is_deferred(&key, now)
                {
                    return Err(error);
                }
            }
        }
        match store_result {
            Ok(_) => Ok(ReplayCheck::Fresh { key }),
            Err(error) => Err(ReplayError::Store { key, error }),
        }
    }

    /// Records `key` as seen now (after the event was stored). `true` if it was new.
    pub fn record(&self, key: &str) -> Result<bool, StoreError> {
        let now = self.clock.wall();
        self.lock_deferred().remove(key);
        self.store.check_and_insert(key, now)
    }

    /// Remembers that the delivery `key` was answered 429, so its retry may arrive outside
    /// the window (within [`ReplayPolicy::retry_grace`]).
    pub fn defer(&self, key: &str) {
        let now = self.clock.wall();
        let grace = self.policy.retry_grace;
        let mut deferred = self.lock_deferred();
        deferred.retain(|_, at| now.duration_since(*at).map_or(true, |age| age <= grace));
        // Bounded: a flood of failing deliveries cannot grow this without limit.
        if deferred.len() < 100_000 {
            deferred.entry(key.to_owned()).or_insert(now);
        }
    }

    fn is_deferred(&self, key: &str, now: SystemTime) -> bool {
        self.lock_deferred().get(key).is_some_and(|at| {
            now.duration_since(*at)
                .map_or(true, |age| age <= self.policy.retry_grace)
        })
    }

    fn lock_deferred(&self) -> std::sync::MutexGuard<'_, HashMap<String, SystemTime>> {
        self.deferred.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// `t` as a [`SystemTime`], `None` when the platform cannot represent it (never panics, unlike
/// `SystemTime::from`, whose subtraction may overflow for dates before the platform's epoch).
fn system_time(t: DateTime<Utc>) -> Option<SystemTime> {
    let seconds = t.timestamp();
    let nanos = Duration::from_nanos(u64::from(t.timestamp_subsec_nanos()));
    let whole = Duration::from_secs(seconds.unsigned_abs());
    if seconds >= 0 {
        UNIX_EPOCH.checked_add(whole)?.checked_add(nanos)
    } else {
        UNIX_EPOCH.checked_sub(whole)?.checked_add(nanos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_store_is_bounded_in_size_and_age() {
        let store = MemoryReplayStore::new(3, Duration::from_secs(60));
        let t0 = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
        for (i, key) in ["a", "b", "c", "d"].iter().enumerate() {
            assert_eq!(
                store
                    .check_and_insert(key, t0 + Duration::from_secs(i as u64))
                    .ok(),
                Some(true)
            );
        }
        assert_eq!(store.len(), 3, "oldest key evicted at capacity");
        assert_eq!(store.contains("a", t0).ok(), Some(false));
        assert_eq!(store.contains("d", t0).ok(), Some(true));
        assert_eq!(store.check_and_insert("d", t0).ok(), Some(false));
        let later = t0 + Duration::from_secs(120);
        assert_eq!(store.contains("d", later).ok(), Some(false), "expired");
        assert_eq!(store.check_and_insert("e", later).ok(), Some(true));
        assert_eq!(store.len(), 1, "expired keys pruned");
    }

    #[test]
    fn extreme_timestamps_convert_without_panicking() {
        for t in [DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC] {
            let _ = system_time(t);
        }
        let t = DateTime::from_timestamp(-1, 500_000_000).unwrap();
        assert_eq!(
            system_time(t),
            UNIX_EPOCH.checked_sub(Duration::from_millis(500))
        );
    }
}
