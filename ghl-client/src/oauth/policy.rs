//! When a token is refreshed: a pure function of the token, the policy and a random draw,
//! tested as a table.

use std::time::{Duration, SystemTime};

use super::token::StoredToken;

/// When and how a provider refreshes.
#[derive(Debug, Clone, PartialEq)]
pub struct RefreshPolicy {
    /// Refresh this long before expiry (at most half the token's lifetime). Default 5 min.
    pub margin: Duration,
    /// Refresh up to `jitter × margin` earlier still, at random (0 = never). Default 0.5.
    pub jitter: f64,
    /// How long a refresh lease lasts: longer than a refresh plus its save. Default 45 s.
    pub lease_ttl: Duration,
    /// How often a process waiting for another's refresh re-loads the store. Default 250 ms.
    pub lease_poll: Duration,
    /// Attempts to save a refreshed pair before failing the call. Default 3.
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
            lease_ttl: Duration::from_secs(45),
            lease_poll: Duration::from_millis(250),
            save_attempts: 3,
            save_backoff: Duration::from_millis(200),
            retry_after_failure: Duration::from_secs(30),
        }
    }
}

impl RefreshPolicy {
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
