//! When a token is refreshed: a pure function of the token, the policy and a random draw,
//! tested as a table; and the limits that keep a crashed refresher from stranding an
//! install.
//!
//! **Timing.** GHL honours a used refresh token again for [`GHL_REFRESH_GRACE`] (30 s) and
//! answers such a repeat with the pair it already issued. A process killed after GHL rotated
//! the token but before it saved the new pair leaves the old refresh token in the store; the
//! next process recovers by refreshing with it, which works only inside that grace. So:
//!
//! - a refresh (retries included) gives up after [`TOKEN_OPERATION_TIMEOUT`] (15 s);
//! - a lease lasts [`RefreshPolicy::lease_ttl`] (default 20 s, at most [`MAX_LEASE_TTL`]):
//!   longer than a refresh plus its saves, so a live holder never loses it mid-refresh, and
//!   short enough that a process waiting out a dead holder's lease (stores that cannot tell
//!   the holder died) still refreshes about 10 s inside the grace;
//! - the file and SQLite stores notice a dead holder at once (see
//!   [`store`](super::store)), so usually nobody waits at all.
//!
//! [`RefreshPolicy::validate`] checks these relations; the provider builder refuses a policy
//! that breaks them.

use std::time::{Duration, SystemTime};

use super::app::TOKEN_OPERATION_TIMEOUT;
use super::token::StoredToken;
use crate::error::{Error, Result};

/// How long GHL honours a used refresh token again (answering with the same new pair).
pub const GHL_REFRESH_GRACE: Duration = Duration::from_secs(30);

/// The longest allowed [`RefreshPolicy::lease_ttl`]: a process that waits out a dead
/// holder's lease then still has 10 s of [`GHL_REFRESH_GRACE`] for its own refresh.
pub const MAX_LEASE_TTL: Duration = Duration::from_secs(20);

/// The longest allowed [`RefreshPolicy::lease_poll`].
pub const MAX_LEASE_POLL: Duration = Duration::from_secs(1);

/// The most save attempts a policy may ask for.
pub const MAX_SAVE_ATTEMPTS: u32 = 5;

/// When and how a provider refreshes.
#[derive(Debug, Clone, PartialEq)]
pub struct RefreshPolicy {
    /// Refresh this long before expiry (at most half the token's lifetime). Default 5 min.
    pub margin: Duration,
    /// Refresh up to `jitter × margin` earlier still, at random (0 = never). Default 0.5.
    pub jitter: f64,
    /// How long a refresh lease lasts: longer than a refresh ([`TOKEN_OPERATION_TIMEOUT`])
    /// plus its saves, at most [`MAX_LEASE_TTL`] (see the module docs). Default 20 s.
    pub lease_ttl: Duration,
    /// How often a process waiting for another's refresh re-loads the store (at most
    /// [`MAX_LEASE_POLL`]). Default 250 ms.
    pub lease_poll: Duration,
    /// Attempts to save a refreshed pair before failing the call (1 to
    /// [`MAX_SAVE_ATTEMPTS`]); the pair stays in memory after the last one. Default 3.
    pub save_attempts: u32,
    /// Pause between save attempts (times the attempt number). Default 200 ms.
    pub save_backoff: Duration,
    /// After an early refresh fails for a passing reason while the token is still valid,
    /// keep using it and try again this much later (at most half the time left). Default 30 s.
    pub retry_after_failure: Duration,
}

impl Default for RefreshPolicy {
    fn default() -> Self {
        Self {
            margin: Duration::from_secs(300),
            jitter: 0.5,
            lease_ttl: Duration::from_secs(20),
            lease_poll: Duration::from_millis(250),
            save_attempts: 3,
            save_backoff: Duration::from_millis(200),
            retry_after_failure: Duration::from_secs(30),
        }
    }
}

impl RefreshPolicy {
    /// The most a holder spends pausing between save attempts.
    pub fn save_pauses(&self) -> Duration {
        (1..self.save_attempts.max(1))
            .map(|n| self.save_backoff * n)
            .sum()
    }

    /// Checks that a crashed refresher cannot strand an install (see the module docs):
    /// `lease_ttl` at most [`MAX_LEASE_TTL`] and longer than a refresh plus its save pauses,
    /// `lease_poll` between 1 ms and [`MAX_LEASE_POLL`], `save_attempts` between 1 and
    /// [`MAX_SAVE_ATTEMPTS`]. The error says what to change.
    pub fn validate(&self) -> Result<()> {
        let refuse = |msg: String| Err(Error::Config(format!("RefreshPolicy: {msg}")));
        if self.lease_ttl > MAX_LEASE_TTL {
            return refuse(format!(
                "lease_ttl {:?} is too long: GHL honours the old refresh token for only {:?} after \
                 a refresh, so a process killed between GHL's rotation and the save would make the \
                 others wait past that grace and the install would need re-authorization; set \
                 lease_ttl to at most {:?} (the default is 20 s)",
                self.lease_ttl, GHL_REFRESH_GRACE, MAX_LEASE_TTL
            ));
        }
        if !(1..=MAX_SAVE_ATTEMPTS).contains(&self.save_attempts) {
            return refuse(format!(
                "save_attempts {} is out of range: use 1 to {MAX_SAVE_ATTEMPTS}",
                self.save_attempts
            ));
        }
        let busy = TOKEN_OPERATION_TIMEOUT + self.save_pauses();
        if self.lease_ttl <= busy {
            return refuse(format!(
                "lease_ttl {:?} is too short: a refresh may take {:?} and its save pauses {:?}, \
                 so another process could refresh the same token meanwhile; set lease_ttl above \
                 {:?} (at most {:?}), or lower save_attempts or save_backoff",
                self.lease_ttl,
                TOKEN_OPERATION_TIMEOUT,
                self.save_pauses(),
                busy,
                MAX_LEASE_TTL
            ));
        }
        if self.lease_poll.is_zero() || self.lease_poll > MAX_LEASE_POLL {
            return refuse(format!(
                "lease_poll {:?} is out of range: use 1 ms to {:?}",
                self.lease_poll, MAX_LEASE_POLL
            ));
        }
        Ok(())
    }

    /// When to start refreshing `token`: `margin` before expiry (at most half the token's
    /// lifetime) plus `draw × jitter × margin` (`draw` in `[0, 1)`), and never earlier than a
    /// quarter into its life.
    pub fn refresh_at(&self, token: &StoredToken, draw: f64) -> SystemTime {
        let lifetime = token
            .expires_at
            .duration_since(token.obtained_at)
            .unwrap_or(Duration::ZERO);
        let margin = self.margin.min(lifetime / 2);
        let extra = margin.mul_f64(self.jitter.clamp(0.0, 1.0) * draw.clamp(0.0, 1.0));
        let early = (margin + extra).min(lifetime.mul_f64(0.75));
        token
            .expires_at
            .checked_sub(early)
            .unwrap_or(token.expires_at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::SecretString;
    use std::time::UNIX_EPOCH;

    fn token(lifetime_secs: u64) -> StoredToken {
        let at = UNIX_EPOCH + Duration::from_secs(1_000_000);
        StoredToken {
            access_token: SecretString::from("a"),
            refresh_token: None,
            expires_at: at + Duration::from_secs(lifetime_secs),
            obtained_at: at,
            user_type: None,
            company_id: None,
            location_id: None,
            user_id: None,
            scopes: Vec::new(),
        }
    }

    #[test]
    fn validation_table() {
        let base = RefreshPolicy::default();
        assert!(base.validate().is_ok(), "the default is valid");
        let s = Duration::from_secs;
        let ms = Duration::from_millis;
        // (lease_ttl, lease_poll, save_attempts, save_backoff, valid, words in the error)
        let cases = [
            (s(20), ms(250), 3, ms(200), true, ""),
            (s(16), ms(250), 1, ms(200), true, ""),
            (s(45), ms(250), 3, ms(200), false, "at most 20s"),
            (s(30), ms(250), 3, ms(200), false, "grace"),
            (s(15), ms(250), 3, ms(200), false, "too short"),
            (s(20), ms(250), 5, s(1), false, "save_backoff"),
            (s(20), ms(250), 0, ms(200), false, "save_attempts"),
            (s(20), ms(250), 6, ms(1), false, "save_attempts"),
            (s(20), Duration::ZERO, 3, ms(200), false, "lease_poll"),
            (s(20), s(2), 3, ms(200), false, "lease_poll"),
        ];
        for (lease_ttl, lease_poll, save_attempts, save_backoff, valid, words) in cases {
            let policy = RefreshPolicy {
                lease_ttl,
                lease_poll,
                save_attempts,
                save_backoff,
                ..base.clone()
            };
            match policy.validate() {
                Ok(()) => assert!(valid, "{policy:?} should be refused"),
                Err(e) => {
                    assert!(!valid, "{policy:?} refused: {e}");
                    assert!(e.to_string().contains(words), "{e}");
                }
            }
        }
        assert_eq!(base.save_pauses(), ms(600));
    }

    #[test]
    fn refresh_time_table() {
        let policy = RefreshPolicy::default(); // 300 s margin, 0.5 jitter
        // (lifetime, draw, seconds before expiry)
        let cases = [
            (86_399, 0.0, 300),   // the margin
            (86_399, 0.5, 375),   // + a quarter of it
            (86_399, 0.999, 449), // up to one and a half margins
            (600, 0.0, 300),      // half the life of a 10-minute token
            (120, 0.0, 60),       // short-lived: half its life
            (120, 0.999, 89),     // jitter stays inside three quarters of its life
            (0, 0.5, 0),          // already expired
        ];
        for (lifetime, draw, before) in cases {
            let t = token(lifetime);
            let at = policy.refresh_at(&t, draw);
            let got = t.expires_at.duration_since(at).unwrap().as_secs();
            assert_eq!(got, before, "lifetime {lifetime}, draw {draw}");
        }
        let none = RefreshPolicy {
            jitter: 0.0,
            ..RefreshPolicy::default()
        };
        let t = token(86_399);
        assert_eq!(none.refresh_at(&t, 0.9), none.refresh_at(&t, 0.1));
    }
}
