//! Tokens and what they may do: the private-integration token, OAuth access and refresh
//! tokens with GHL's rotation and 30-second grace window, authorization codes, and the
//! per-request checks of scope, token class and location.

use std::collections::HashMap;

use serde_json::{Value, json};

use super::errors::{
    AUTH_CLASS_DENIED, GhlError, GhlResult, INVALID_TOKEN, LOCATION_DENIED, SCOPE_DENIED,
};
use crate::config::TokenConfig;
use crate::ids::IdGen;
use crate::seed::Identity;

/// Scopes of a sub-account token that asked for none in particular (and of the
/// private-integration token).
pub const LOCATION_SCOPES: &[&str] = &[
    "contacts.readonly",
    "contacts.write",
    "opportunities.readonly",
    "opportunities.write",
    "locations.readonly",
    "locations/customFields.readonly",
    "locations/tasks.readonly",
    "locations/tags.readonly",
    "users.readonly",
    "calendars.readonly",
    "calendars/events.readonly",
    "calendars/events.write",
];

/// Extra scopes of an agency (Company) token that asked for none in particular.
pub const COMPANY_ONLY_SCOPES: &[&str] = &["oauth.readonly", "oauth.write"];

/// The app id under which private-integration tokens are rate-limited (GHL shares one budget
/// across an account's PITs).
pub const PRIVATE_INTEGRATION_APP: &str = "private-integration";

/// Whose token it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserType {
    /// A sub-account (location) token.
    Location,
    /// An agency (company) token.
    Company,
}

impl UserType {
    /// `Location` or `Company`, as in `userType`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Location => "Location",
            Self::Company => "Company",
        }
    }
}

/// What a token grants.
#[derive(Debug, Clone, PartialEq)]
pub struct Grant {
    /// The app (OAuth client id, or [`PRIVATE_INTEGRATION_APP`]).
    pub app: String,
    /// Location or Company.
    pub user_type: UserType,
    /// The agency.
    pub company_id: String,
    /// The location, for sub-account tokens.
    pub location_id: Option<String>,
    /// Granted scopes.
    pub scopes: Vec<String>,
    /// The installing user.
    pub user_id: String,
}

impl Grant {
    /// The resource whose rate-limit budget this token spends (location or company).
    pub fn resource(&self) -> &str {
        self.location_id.as_deref().unwrap_or(&self.company_id)
    }
}

/// Which token classes a route accepts (the spec's security schemes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthClass {
    /// `bearer` / `Location-Access`: sub-account tokens only.
    Location,
    /// `Location-Access` or `Agency-Access`: either.
    Any,
    /// `Agency-Access-Only`.
    Agency,
}

/// The authenticated caller of one request, placed in the request's extensions by the gate.
#[derive(Debug, Clone)]
pub struct AuthContext {
    /// What the token grants.
    pub grant: Grant,
}

impl AuthContext {
    /// Checks scope first (401), then token class (401).
    pub fn require(&self, scope: &str, class: AuthClass) -> GhlResult<()> {
        if !self.grant.scopes.iter().any(|s| s == scope) {
            return Err(GhlError::Unauthorized(SCOPE_DENIED.into()));
        }
        let class_ok = match class {
            AuthClass::Any => true,
            AuthClass::Location => self.grant.user_type == UserType::Location,
            AuthClass::Agency => self.grant.user_type == UserType::Company,
        };
        if class_ok {
            Ok(())
        } else {
            Err(GhlError::Unauthorized(AUTH_CLASS_DENIED.into()))
        }
    }

    /// Checks that the token may act on `location_id` (403 otherwise). An agency token reaches
    /// the locations in `company_locations`.
    pub fn require_location(&self, location_id: &str, company_locations: &[&str]) -> GhlResult<()> {
        let ok = match &self.grant.location_id {
            Some(own) => own == location_id,
            None => company_locations.contains(&location_id),
        };
        if ok {
            Ok(())
        } else {
            Err(GhlError::Forbidden(LOCATION_DENIED.into()))
        }
    }
}

#[derive(Debug, Clone)]
struct AccessEntry {
    grant: Grant,
    expires_at_ms: Option<i64>,
}

/// A freshly minted (or, inside the grace window, re-sent) token pair.
#[derive(Debug, Clone, PartialEq)]
pub struct Issued {
    /// The access token.
    pub access_token: String,
    /// The refresh token (absent for `/oauth/locationToken`).
    pub refresh_token: Option<String>,
    /// When the access token expires (Unix millis, sandbox time).
    pub expires_at_ms: i64,
    /// What it grants.
    pub grant: Grant,
}

impl Issued {
    /// The `/oauth/token` answer (`GetAccessCodeSuccessfulResponseDto`).
    pub fn token_response(&self, now_ms: i64) -> Value {
        let mut v = json!({
            "access_token": self.access_token,
            "token_type": "Bearer",
            "expires_in": ((self.expires_at_ms - now_ms) / 1000).max(0),
            "scope": self.grant.scopes.join(" "),
            "userType": self.grant.user_type.as_str(),
            "companyId": self.grant.company_id,
            "userId": self.grant.user_id,
            "isBulkInstallation": false,
        });
        if let Some(obj) = v.as_object_mut() {
            if let Some(rt) = &self.refresh_token {
                obj.insert("refresh_token".into(), json!(rt));
            }
            if let Some(loc) = &self.grant.location_id {
                obj.insert("locationId".into(), json!(loc));
            }
        }
        v
    }
}

#[derive(Debug, Clone)]
struct RefreshEntry {
    grant: Grant,
    expires_at_ms: i64,
    /// When it was first used and the pair that use returned.
    used: Option<(i64, Issued)>,
}

#[derive(Debug, Clone)]
struct AuthCode {
    client_id: String,
    redirect_uri: String,
    location_id: String,
    scopes: Vec<String>,
    expires_at_ms: i64,
}

/// All live tokens and codes. Its `Debug` shows counts only, never a token.
pub struct TokenStore {
    identity: Identity,
    config: TokenConfig,
    access: HashMap<String, AccessEntry>,
    refresh: HashMap<String, RefreshEntry>,
    codes: HashMap<String, AuthCode>,
    ids: IdGen,
    /// The user who "installs" the app.
    installer_user_id: String,
}

impl std::fmt::Debug for TokenStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenStore")
            .field("access_tokens", &self.access.len())
            .field("refresh_tokens", &self.refresh.len())
            .field("codes", &self.codes.len())
            .finish_non_exhaustive()
    }
}

fn ms(d: std::time::Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

impl TokenStore {
    /// A store holding the private-integration token of each location of `identity`: each
    /// reaches its own location only.
    pub fn new(
        identity: &Identity,
        config: TokenConfig,
        seed: u64,
        installer_user_id: &str,
    ) -> Self {
        let mut access = HashMap::new();
        for location in &identity.locations {
            access.insert(
                location.api_key.clone(),
                AccessEntry {
                    grant: Grant {
                        app: PRIVATE_INTEGRATION_APP.into(),
                        user_type: UserType::Location,
                        company_id: identity.company_id.clone(),
                        location_id: Some(location.id.clone()),
                        scopes: LOCATION_SCOPES.iter().map(|s| (*s).to_owned()).collect(),
                        user_id: installer_user_id.to_owned(),
                    },
                    expires_at_ms: None,
                },
            );
        }
        Self {
            identity: identity.clone(),
            config,
            access,
            refresh: HashMap::new(),
            codes: HashMap::new(),
            ids: IdGen::new(seed ^ 0x70CE_2005),
            installer_user_id: installer_user_id.to_owned(),
        }
    }

    /// The grant of a live access token.
    pub fn authenticate(&self, token: &str, now_ms: i64) -> GhlResult<Grant> {
        match self.access.get(token) {
            Some(e) if e.expires_at_ms.is_none_or(|exp| now_ms < exp) => Ok(e.grant.clone()),
            _ => Err(GhlError::Unauthorized(INVALID_TOKEN.into())),
        }
    }

    /// Checks an OAuth client's credentials.
    pub fn check_client(&self, client_id: &str, client_secret: &str) -> GhlResult<()> {
        if client_id == self.identity.oauth_client_id
            && client_secret == self.identity.oauth_client_secret
        {
            Ok(())
        } else {
            Err(GhlError::Unauthorized("Invalid client credentials".into()))
        }
    }

    /// Issues an authorization code for the sandbox location (the authorize page
    /// auto-approves). `scopes` empty means the default set.
    pub fn issue_code(
        &mut self,
        client_id: &str,
        redirect_uri: &str,
        scopes: Vec<String>,
        now_ms: i64,
    ) -> GhlResult<String> {
        if client_id != self.identity.oauth_client_id {
            return Err(GhlError::BadRequest("Invalid client_id".into()));
        }
        let code = self.ids.alphanumeric(40).to_lowercase();
        self.codes.insert(
            code.clone(),
            AuthCode {
                client_id: client_id.to_owned(),
                redirect_uri: redirect_uri.to_owned(),
                location_id: self.identity.location_id.clone(),
                scopes,
                expires_at_ms: now_ms.saturating_add(ms(self.config.auth_code_ttl)),
            },
        );
        Ok(code)
    }

    fn mint(&mut self, grant: Grant, with_refresh: bool, now_ms: i64) -> Issued {
        let access_token = self.ids.token("sbx-at-");
        let expires_at_ms = now_ms.saturating_add(ms(self.config.access_token_ttl));
        self.access.insert(
            access_token.clone(),
            AccessEntry {
                grant: grant.clone(),
                expires_at_ms: Some(expires_at_ms),
            },
        );
        let refresh_token = with_refresh.then(|| {
            let rt = self.ids.token("sbx-rt-");
            self.refresh.insert(
                rt.clone(),
                RefreshEntry {
                    grant: grant.clone(),
                    expires_at_ms: now_ms.saturating_add(ms(self.config.refresh_token_ttl)),
                    used: None,
                },
            );
            rt
        });
        Issued {
            access_token,
            refresh_token,
            expires_at_ms,
            grant,
        }
    }

    /// `grant_type=authorization_code`: a code is good once, before it expires.
    pub fn exchange_code(
        &mut self,
        code: &str,
        client_id: &str,
        redirect_uri: Option<&str>,
        user_type: UserType,
        now_ms: i64,
    ) -> GhlResult<Issued> {
        let invalid = || GhlError::OAuth {
            error: "invalid_grant",
            message: "Invalid grant: authorization code is invalid".into(),
        };
        let entry = self.codes.remove(code).ok_or_else(invalid)?;
        if entry.client_id != client_id
            || now_ms >= entry.expires_at_ms
            || redirect_uri.is_some_and(|r| r != entry.redirect_uri)
        {
            return Err(invalid());
        }
        let mut scopes = entry.scopes;
        if scopes.is_empty() {
            scopes = LOCATION_SCOPES.iter().map(|s| (*s).to_owned()).collect();
            if user_type == UserType::Company {
                scopes.extend(COMPANY_ONLY_SCOPES.iter().map(|s| (*s).to_owned()));
            }
        }
        let grant = Grant {
            app: client_id.to_owned(),
            user_type,
            company_id: self.identity.company_id.clone(),
            location_id: (user_type == UserType::Location).then_some(entry.location_id),
            scopes,
            user_id: self.installer_user_id.clone(),
        };
        Ok(self.mint(grant, true, now_ms))
    }

    /// `grant_type=refresh_token`: the first use rotates (old token dies, new pair issued); a
    /// repeat within the grace window returns that same pair; later uses fail.
    pub fn refresh(
        &mut self,
        refresh_token: &str,
        client_id: &str,
        now_ms: i64,
    ) -> GhlResult<Issued> {
        let invalid = || GhlError::OAuth {
            error: "invalid_grant",
            message: "Invalid grant: refresh token is invalid".into(),
        };
        let grace = ms(self.config.refresh_grace);
        let entry = self.refresh.get(refresh_token).ok_or_else(invalid)?;
        if entry.grant.app != client_id || now_ms >= entry.expires_at_ms {
            return Err(invalid());
        }
        if let Some((used_at, pair)) = &entry.used {
            return if now_ms.saturating_sub(*used_at) <= grace {
                Ok(pair.clone())
            } else {
                Err(invalid())
            };
        }
        let grant = entry.grant.clone();
        let issued = self.mint(grant, true, now_ms);
        if let Some(entry) = self.refresh.get_mut(refresh_token) {
            entry.used = Some((now_ms, issued.clone()));
        }
        Ok(issued)
    }

    /// `/oauth/locationToken`: a sub-account token minted from an agency grant, without a
    /// refresh token.
    pub fn location_token(&mut self, agency: &Grant, location_id: &str, now_ms: i64) -> Issued {
        let grant = Grant {
            app: agency.app.clone(),
            user_type: UserType::Location,
            company_id: agency.company_id.clone(),
            location_id: Some(location_id.to_owned()),
            scopes: agency
                .scopes
                .iter()
                .filter(|s| !COMPANY_ONLY_SCOPES.contains(&s.as_str()))
                .cloned()
                .collect(),
            user_id: agency.user_id.clone(),
        };
        self.mint(grant, false, now_ms)
    }

    /// Mints a token directly (control API), for tests of scope and location checks.
    pub fn mint_for_test(&mut self, grant: Grant, now_ms: i64) -> Issued {
        self.mint(grant, true, now_ms)
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::config::SandboxConfig;

    fn store(grace_secs: u64) -> (TokenStore, Identity) {
        let identity = Identity::derive(&SandboxConfig::default());
        let config = TokenConfig {
            refresh_grace: Duration::from_secs(grace_secs),
            ..TokenConfig::default()
        };
        (TokenStore::new(&identity, config, 1, "user1"), identity)
    }

    #[test]
    fn refresh_rotates_with_grace_window() {
        let (mut s, id) = store(30);
        let code = s
            .issue_code(&id.oauth_client_id, "http://cb", vec![], 0)
            .expect("code");
        let first = s
            .exchange_code(&code, &id.oauth_client_id, None, UserType::Location, 0)
            .expect("pair");
        assert!(
            s.exchange_code(&code, &id.oauth_client_id, None, UserType::Location, 1)
                .is_err(),
            "codes are single-use"
        );
        let rt = first.refresh_token.clone().expect("refresh token");
        let second = s.refresh(&rt, &id.oauth_client_id, 1_000).expect("rotated");
        assert_ne!(second.access_token, first.access_token);
        let again = s.refresh(&rt, &id.oauth_client_id, 31_000).expect("grace");
        assert_eq!(again, second);
        assert!(s.refresh(&rt, &id.oauth_client_id, 31_001).is_err());
        let new_rt = second.refresh_token.expect("new refresh token");
        assert!(s.refresh(&new_rt, &id.oauth_client_id, 40_000).is_ok());
    }

    #[test]
    fn debug_never_shows_a_token() {
        let identity = Identity::derive(&SandboxConfig::default().with_locations(2));
        let s = TokenStore::new(&identity, TokenConfig::default(), 1, "user1");
        let shown = format!("{s:?} {identity:?}");
        for location in &identity.locations {
            assert!(!shown.contains(&location.api_key), "{shown}");
        }
        assert!(!shown.contains(&identity.oauth_client_secret), "{shown}");
        assert!(s.authenticate(&identity.locations[1].api_key, 0).is_ok());
    }

    #[test]
    fn each_location_key_reaches_its_own_location() {
        let identity = Identity::derive(&SandboxConfig::default().with_locations(3));
        let s = TokenStore::new(&identity, TokenConfig::default(), 1, "user1");
        let ids: Vec<&str> = identity.locations.iter().map(|l| l.id.as_str()).collect();
        for location in &identity.locations {
            let grant = s.authenticate(&location.api_key, 0).expect("a live key");
            assert_eq!(grant.location_id.as_deref(), Some(location.id.as_str()));
            let ctx = AuthContext { grant };
            for other in &ids {
                assert_eq!(
                    ctx.require_location(other, &ids).is_ok(),
                    *other == location.id
                );
            }
        }
        assert_eq!(identity.locations[0].id, identity.location_id);
        assert_eq!(identity.locations[0].api_key, identity.private_token);
    }

    #[test]
    fn scope_then_class_then_location() {
        let ctx = AuthContext {
            grant: Grant {
                app: "a".into(),
                user_type: UserType::Company,
                company_id: "c".into(),
                location_id: None,
                scopes: vec!["users.readonly".into()],
                user_id: "u".into(),
            },
        };
        assert_eq!(
            ctx.require("contacts.readonly", AuthClass::Location),
            Err(GhlError::Unauthorized(SCOPE_DENIED.into()))
        );
        assert_eq!(
            ctx.require("users.readonly", AuthClass::Location),
            Err(GhlError::Unauthorized(AUTH_CLASS_DENIED.into()))
        );
        assert!(ctx.require("users.readonly", AuthClass::Any).is_ok());
        assert!(ctx.require_location("L1", &["L1"]).is_ok());
        assert!(ctx.require_location("L2", &["L1"]).is_err());
    }
}
