//! The engine's one retry loop, driven by one [`RetryPolicy`] and one [`RetryQuota`].
//!
//! Every source and sink call the engine makes goes through [`Engine::retry`] (reads,
//! updates, trashes, restores: calls that are safe to repeat) or [`Engine::retry_settled`]
//! (creates and activity appends, which are repeated only once a lookup proved the earlier
//! attempt left nothing behind). Both are the same loop:
//!
//! 1. call; on success, refill the quota a little and return;
//! 2. on a failure whose outcome is [`Outcome::Unknown`], with a lookup at hand: the next
//!    attempt is the lookup, sent at once. Found: the write took effect, return what it made.
//!    Absent: the failure counts as [`Outcome::NotApplied`]. The lookup failed: look up
//!    again (never write again) while the policy allows, else return the unknown failure;
//! 3. otherwise ask the policy: a failure the adapter marked not
//!    [`retryable`](RemoteError::retryable) ends the loop; a retryable one is tried again
//!    after `jitter × ceiling(attempt)` on the engine's clock, while attempts (writes and
//!    lookups together) stay below `max_attempts` and the quota can pay for the retry.
//!
//! The loop returns the last failure; when it gives up with a write's effect still
//! unknown, that failure's outcome is [`Outcome::Unknown`], and the caller leaves the
//! write's intent for recovery and looks the key up before any new create.

use std::future::Future;
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use ghl_notion_runtime::retry::{ErrorKind, QuotaConfig, RetryDecision, RetryPolicy, RetryQuota};

use super::Engine;
use crate::error::{Outcome, RemoteError};

/// The policy, the quota and the jitter source of one engine.
#[derive(Debug)]
pub(crate) struct Retries {
    policy: RetryPolicy,
    quota: RetryQuota,
    jitter: Mutex<fastrand::Rng>,
}

impl Retries {
    /// Retries under `policy`, paid from a quota of `quota`, with jitter seeded by `seed`
    /// (random when `None`).
    pub(crate) fn new(policy: RetryPolicy, quota: QuotaConfig, seed: Option<u64>) -> Self {
        Self {
            policy,
            quota: RetryQuota::new(quota),
            jitter: Mutex::new(seed.map_or_else(fastrand::Rng::new, fastrand::Rng::with_seed)),
        }
    }

    /// The wait before the attempt after failed attempt number `attempt` (1-based), or
    /// `None` to give up. Spends from the quota when it says to retry.
    fn next_wait(&self, attempt: u32, error: &RemoteError) -> Option<Duration> {
        let kind = kind_of(error);
        let jitter = self
            .jitter
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .f64();
        // Every call the loop repeats is safe to repeat: reads, idempotent writes, and writes
        // whose earlier attempt a lookup proved absent.
        match self.policy.decide(attempt, kind, true, None, jitter) {
            RetryDecision::Retry(wait) if self.quota.try_spend(kind) => Some(wait),
            _ => None,
        }
    }

    fn succeeded(&self) {
        self.quota.refill();
    }

    fn has_attempt_after(&self, attempt: u32) -> bool {
        attempt < self.policy.max_attempts
    }
}

/// How the policy sees an adapter's failure. The adapter already said whether repeating is
/// worthwhile ([`RemoteError::retryable`]); the kind only prices the retry in the quota.
pub(crate) fn kind_of(error: &RemoteError) -> ErrorKind {
    match (error.retryable, error.outcome) {
        (false, _) => ErrorKind::Client,
        (true, Outcome::Unknown) => ErrorKind::Transient,
        (true, Outcome::NotApplied) => ErrorKind::Server,
    }
}

/// A lookup for calls that need none.
type NoLookup<T> = fn() -> std::future::Ready<Result<Option<T>, RemoteError>>;

impl Engine {
    /// Calls an operation that is safe to repeat (a read, an update, a trash, a restore)
    /// until it succeeds or the retry policy gives up.
    pub(crate) async fn retry<T, C, F>(&self, call: C) -> Result<T, RemoteError>
    where
        C: FnMut() -> F,
        F: Future<Output = Result<T, RemoteError>>,
    {
        self.retry_settled(call, None::<NoLookup<T>>).await
    }

    /// The one retry loop (see the [module docs](self)). `look_up` settles an unknown
    /// outcome of `call`: `Some` with what the write made if it took effect, `None` if it
    /// certainly did not.
    pub(crate) async fn retry_settled<T, C, F, L, G>(
        &self,
        mut call: C,
        mut look_up: Option<L>,
    ) -> Result<T, RemoteError>
    where
        C: FnMut() -> F,
        F: Future<Output = Result<T, RemoteError>>,
        L: FnMut() -> G,
        G: Future<Output = Result<Option<T>, RemoteError>>,
    {
        let retries = &self.retries;
        let mut attempt: u32 = 0;
        // The failure of a write whose effect is not known yet: the next attempt looks it up.
        let mut unsettled: Option<RemoteError> = None;
        loop {
            attempt = attempt.saturating_add(1);
            let failure = match (unsettled.take(), look_up.as_mut()) {
                (Some(write_failure), Some(look_up)) => match look_up().await {
                    Ok(Some(made)) => {
                        retries.succeeded();
                        return Ok(made);
                    }
                    Ok(None) => RemoteError {
                        outcome: Outcome::NotApplied,
                        ..write_failure
                    },
                    Err(lookup_failure) => {
                        unsettled = Some(write_failure);
                        lookup_failure
                    }
                },
                (_, look_up) => match call().await {
                    Ok(value) => {
                        retries.succeeded();
                        return Ok(value);
                    }
                    Err(e) if e.outcome == Outcome::Unknown && look_up.is_some() => {
                        if !retries.has_attempt_after(attempt) {
                            return Err(e);
                        }
                        // Settle it before anything else.
                        unsettled = Some(e);
                        continue;
                    }
                    Err(e) => e,
                },
            };
            match retries.next_wait(attempt, &failure) {
                Some(wait) => self.clock.sleep(wait).await,
                None => return Err(unsettled.unwrap_or(failure)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_table() {
        let cases = [
            (RemoteError::not_applied("x"), ErrorKind::Client),
            (RemoteError::unknown("x"), ErrorKind::Client),
            (
                RemoteError::not_applied("x").retryable(true),
                ErrorKind::Server,
            ),
            (
                RemoteError::unknown("x").retryable(true),
                ErrorKind::Transient,
            ),
        ];
        for (error, kind) in cases {
            assert_eq!(kind_of(&error), kind, "{error:?}");
        }
    }

    #[test]
    fn waits_follow_the_policy_and_stop_at_max_attempts() {
        let policy = RetryPolicy {
            max_attempts: 3,
            ..RetryPolicy::default()
        };
        let retries = Retries::new(policy.clone(), QuotaConfig::default(), Some(7));
        let error = RemoteError::not_applied("503").retryable(true);
        let first = retries.next_wait(1, &error).unwrap();
        let second = retries.next_wait(2, &error).unwrap();
        assert!(first <= policy.ceiling(1) && second <= policy.ceiling(2));
        assert_eq!(retries.next_wait(3, &error), None, "attempts exhausted");
        let not_retryable = RemoteError::not_applied("400");
        assert_eq!(retries.next_wait(1, &not_retryable), None);
        // The same seed draws the same waits.
        let again = Retries::new(policy, QuotaConfig::default(), Some(7));
        assert_eq!(again.next_wait(1, &error), Some(first));
        assert_eq!(again.next_wait(2, &error), Some(second));
    }

    #[test]
    fn an_empty_quota_stops_retrying() {
        let quota = QuotaConfig {
            capacity: 5,
            ..QuotaConfig::default()
        };
        let retries = Retries::new(RetryPolicy::default(), quota, Some(1));
        let error = RemoteError::not_applied("503").retryable(true);
        assert!(
            retries.next_wait(1, &error).is_some(),
            "5 tokens pay one retry"
        );
        assert_eq!(retries.next_wait(1, &error), None, "nothing left");
        for _ in 0..5 {
            retries.succeeded();
        }
        assert!(retries.next_wait(1, &error).is_some(), "successes refill");
    }
}
