//! Tokens as GHL sends them ([`TokenResponse`]) and as a [`TokenStore`](super::TokenStore)
//! keeps them ([`StoredToken`]).
//!
//! Secrets are [`SecretString`]s: `Debug` shows `[REDACTED]`, and a token is identified in
//! logs only by its [`Fingerprint`] (a short hash that cannot be turned back into the token).

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::ids::{CompanyId, LocationId};

/// Whose token it is (`userType`, and the `user_type` of a token request).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum UserType {
    /// An agency (company) token.
    Company,
    /// A sub-account (location) token.
    Location,
}

impl UserType {
    /// `Company` or `Location`, as GHL spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Company => "Company",
            Self::Location => "Location",
        }
    }
}

/// The answer of `POST /oauth/token` (and, without a refresh token, of
/// `POST /oauth/locationToken`). Unknown fields are kept in `extra`.
#[derive(Debug, Clone, Deserialize)]
#[non_exhaustive]
pub struct TokenResponse {
    /// The bearer token.
    pub access_token: SecretString,
    /// `Bearer`.
    #[serde(default)]
    pub token_type: Option<String>,
    /// Seconds until the access token expires (about a day).
    pub expires_in: u64,
    /// The next refresh token (absent for location tokens minted from an agency token).
    #[serde(default)]
    pub refresh_token: Option<SecretString>,
    /// Granted scopes, space-separated.
    #[serde(default)]
    pub scope: Option<String>,
    /// `Company` or `Location`.
    #[serde(default, rename = "userType")]
    pub user_type: Option<UserType>,
    /// The location, for sub-account tokens.
    #[serde(default, rename = "locationId")]
    pub location_id: Option<LocationId>,
    /// The agency.
    #[serde(default, rename = "companyId")]
    pub company_id: Option<CompanyId>,
    /// Locations an agency install was approved for.
    #[serde(default, rename = "approvedLocations")]
    pub approved_locations: Vec<LocationId>,
    /// The installing user.
    #[serde(default, rename = "userId")]
    pub user_id: Option<String>,
    /// The app's plan.
    #[serde(default, rename = "planId")]
    pub plan_id: Option<String>,
    /// Whether the app was installed on many locations at once.
    #[serde(default, rename = "isBulkInstallation")]
    pub is_bulk_installation: Option<bool>,
    /// Every other field.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl TokenResponse {
    /// The granted scopes as a list.
    pub fn scopes(&self) -> Vec<String> {
        self.scope
            .as_deref()
            .unwrap_or("")
            .split_whitespace()
            .map(str::to_owned)
            .collect()
    }

    /// The resource this token acts for: its location, else its company.
    pub fn resource(&self) -> Option<&str> {
        self.location_id
            .as_ref()
            .map(LocationId::as_str)
            .or(self.company_id.as_ref().map(CompanyId::as_str))
    }

    /// What to store, with the expiry computed from `expires_in` and `now` (the injected
    /// clock's wall time when the answer arrived).
    pub fn into_stored(self, now: SystemTime) -> StoredToken {
        let scopes = self.scopes();
        StoredToken {
            expires_at: now + Duration::from_secs(self.expires_in),
            obtained_at: now,
            access_token: self.access_token,
            refresh_token: self.refresh_token,
            user_type: self.user_type,
            company_id: self.company_id,
            location_id: self.location_id,
            user_id: self.user_id,
            scopes,
        }
    }
}

/// A short, one-way identifier of a token, safe to log and to compare in a store.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Fingerprint(String);

impl Fingerprint {
    /// The fingerprint of `secret` (SHA-256, hex).
    pub fn of(secret: &SecretString) -> Self {
        let digest = Sha256::digest(secret.expose_secret().as_bytes());
        let mut hex = String::with_capacity(64);
        for byte in digest.iter() {
            hex.push_str(&format!("{byte:02x}"));
        }
        Self(hex)
    }

    /// A fingerprint read back from storage.
    #[cfg_attr(not(feature = "sqlite"), allow(dead_code))]
    pub(crate) fn from_hex(hex: String) -> Self {
        Self(hex)
    }

    /// The full hex string.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The first eight hex digits, for log lines.
    pub fn short(&self) -> &str {
        self.0.get(..8).unwrap_or(&self.0)
    }
}

impl fmt::Debug for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Fingerprint({})", self.short())
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.short())
    }
}

/// A token as a store keeps it: the pair, its expiry and whose it is.
#[derive(Clone)]
pub struct StoredToken {
    /// The bearer token.
    pub access_token: SecretString,
    /// The refresh token; `None` for location tokens minted from an agency token.
    pub refresh_token: Option<SecretString>,
    /// When the access token expires (wall time).
    pub expires_at: SystemTime,
    /// When it was obtained (wall time).
    pub obtained_at: SystemTime,
    /// `Company` or `Location`.
    pub user_type: Option<UserType>,
    /// The agency.
    pub company_id: Option<CompanyId>,
    /// The location, for sub-account tokens.
    pub location_id: Option<LocationId>,
    /// The installing user.
    pub user_id: Option<String>,
    /// Granted scopes.
    pub scopes: Vec<String>,
}

impl fmt::Debug for StoredToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StoredToken")
            .field("access_token", &"[REDACTED]")
            .field(
                "refresh_token",
                &self.refresh_token.as_ref().map(|_| "[REDACTED]"),
            )
            .field("fingerprint", &self.fingerprint())
            .field("expires_at", &unix_ms(self.expires_at))
            .field("user_type", &self.user_type)
            .field("company_id", &self.company_id)
            .field("location_id", &self.location_id)
            .field("scopes", &self.scopes)
            .finish_non_exhaustive()
    }
}

impl StoredToken {
    /// Identifies this generation of the token: the refresh token's fingerprint, or the
    /// access token's when there is no refresh token. Stores compare it in
    /// [`TokenStore::save_if`](super::TokenStore::save_if).
    pub fn fingerprint(&self) -> Fingerprint {
        Fingerprint::of(self.refresh_token.as_ref().unwrap_or(&self.access_token))
    }

    /// Whether the access token has expired at `now`.
    pub fn is_expired(&self, now: SystemTime) -> bool {
        now >= self.expires_at
    }

    /// Time left before expiry at `now` (zero once expired).
    pub fn remaining(&self, now: SystemTime) -> Duration {
        self.expires_at
            .duration_since(now)
            .unwrap_or(Duration::ZERO)
    }

    /// Whether the token is inside `margin` of its expiry (or past it) at `now`. The margin
    /// shrinks to half the token's lifetime for short-lived tokens, so a token is never
    /// "due" the moment it arrives.
    pub fn is_due(&self, now: SystemTime, margin: Duration) -> bool {
        let lifetime = self
            .expires_at
            .duration_since(self.obtained_at)
            .unwrap_or(Duration::ZERO);
        let margin = margin.min(lifetime / 2);
        self.remaining(now) <= margin
    }

    /// The resource this token acts for: its location, else its company.
    pub fn resource(&self) -> Option<&str> {
        self.location_id
            .as_ref()
            .map(LocationId::as_str)
            .or(self.company_id.as_ref().map(CompanyId::as_str))
    }

    /// Whether both hold the same access token.
    pub fn same_access_token(&self, other: &SecretString) -> bool {
        self.access_token.expose_secret() == other.expose_secret()
    }

    /// The plain record a store writes (secrets exposed: write it only to protected storage).
    pub(crate) fn to_record(&self) -> TokenRecord {
        TokenRecord {
            access_token: self.access_token.expose_secret().to_owned(),
            refresh_token: self
                .refresh_token
                .as_ref()
                .map(|t| t.expose_secret().to_owned()),
            expires_at_ms: unix_ms(self.expires_at),
            obtained_at_ms: unix_ms(self.obtained_at),
            user_type: self.user_type,
            company_id: self.company_id.clone(),
            location_id: self.location_id.clone(),
            user_id: self.user_id.clone(),
            scopes: self.scopes.clone(),
        }
    }

    pub(crate) fn from_record(record: TokenRecord) -> Self {
        Self {
            access_token: SecretString::from(record.access_token),
            refresh_token: record.refresh_token.map(SecretString::from),
            expires_at: from_unix_ms(record.expires_at_ms),
            obtained_at: from_unix_ms(record.obtained_at_ms),
            user_type: record.user_type,
            company_id: record.company_id,
            location_id: record.location_id,
            user_id: record.user_id,
            scopes: record.scopes,
        }
    }
}

/// The serialized form of a [`StoredToken`] (file and SQLite stores).
#[derive(Serialize, Deserialize)]
pub(crate) struct TokenRecord {
    access_token: String,
    #[serde(default)]
    refresh_token: Option<String>,
    expires_at_ms: i64,
    #[serde(default)]
    obtained_at_ms: i64,
    #[serde(default)]
    user_type: Option<UserType>,
    #[serde(default)]
    company_id: Option<CompanyId>,
    #[serde(default)]
    location_id: Option<LocationId>,
    #[serde(default)]
    user_id: Option<String>,
    #[serde(default)]
    scopes: Vec<String>,
}

/// Milliseconds since the Unix epoch (negative before it).
pub(crate) fn unix_ms(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_millis()).unwrap_or(i64::MAX),
        Err(e) => -i64::try_from(e.duration().as_millis()).unwrap_or(i64::MAX),
    }
}

/// The inverse of [`unix_ms`].
pub(crate) fn from_unix_ms(ms: i64) -> SystemTime {
    if ms >= 0 {
        UNIX_EPOCH + Duration::from_millis(ms.unsigned_abs())
    } else {
        UNIX_EPOCH - Duration::from_millis(ms.unsigned_abs())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response() -> TokenResponse {
        serde_json::from_value(serde_json::json!({
            "access_token": "at-secret-1",
            "token_type": "Bearer",
            "expires_in": 86399,
            "refresh_token": "rt-secret-1",
            "scope": "contacts.readonly opportunities.readonly",
            "userType": "Location",
            "locationId": "loc1",
            "companyId": "co1",
            "approvedLocations": ["loc1"],
            "userId": "u1",
            "planId": "p1",
            "somethingNew": 1
        }))
        .unwrap()
    }

    #[test]
    fn response_becomes_a_stored_token_with_clock_expiry() {
        let now = UNIX_EPOCH + Duration::from_secs(1_000);
        let r = response();
        assert_eq!(r.extra.get("somethingNew"), Some(&serde_json::json!(1)));
        assert_eq!(r.resource(), Some("loc1"));
        let t = r.into_stored(now);
        assert_eq!(t.expires_at, now + Duration::from_secs(86399));
        assert_eq!(
            t.scopes,
            vec!["contacts.readonly", "opportunities.readonly"]
        );
        assert!(!t.is_due(now, Duration::from_secs(300)));
        assert!(t.is_due(
            now + Duration::from_secs(86399 - 300),
            Duration::from_secs(300)
        ));
        let shown = format!("{t:?} {:?}", response());
        assert!(!shown.contains("secret"), "{shown}");
    }

    #[test]
    fn short_lived_tokens_are_not_due_at_once() {
        let now = UNIX_EPOCH + Duration::from_secs(1_000);
        let mut r = response();
        r.expires_in = 60;
        let t = r.into_stored(now);
        assert!(!t.is_due(now, Duration::from_secs(300)));
        assert!(t.is_due(now + Duration::from_secs(30), Duration::from_secs(300)));
    }

    #[test]
    fn records_round_trip() {
        let now = UNIX_EPOCH + Duration::from_millis(1_234_567);
        let t = response().into_stored(now);
        let back = StoredToken::from_record(t.to_record());
        assert_eq!(back.fingerprint(), t.fingerprint());
        assert_eq!(back.expires_at, t.expires_at);
        assert_eq!(back.location_id, t.location_id);
        assert_eq!(from_unix_ms(unix_ms(now)), now);
    }

    #[test]
    fn fingerprints_are_short_and_stable() {
        let a = Fingerprint::of(&SecretString::from("x"));
        assert_eq!(a, Fingerprint::of(&SecretString::from("x")));
        assert_ne!(a, Fingerprint::of(&SecretString::from("y")));
        assert_eq!(a.short().len(), 8);
        assert_eq!(a.as_str().len(), 64);
    }
}
