//! The Marketplace app: its credentials and the token endpoint (`POST /oauth/token`).
//!
//! Token requests go through the same pipeline as every other call (throttling, retries,
//! circuit breaker), on a client of their own that sends no bearer token.
//!
//! **Retrying a refresh.** A refresh is not idempotent in effect: it rotates the refresh
//! token. It is nevertheless marked idempotent, so a refresh whose answer was lost (reset,
//! timeout, 5xx) is sent again: GHL answers a repeat of the same refresh within 30 seconds
//! of its first use with the same new pair. To stay inside that window, the token client's
//! whole-operation timeout is [`TOKEN_OPERATION_TIMEOUT`] (15 s), which is also shorter than
//! a refresh lease ([`RefreshPolicy::lease_ttl`](super::RefreshPolicy::lease_ttl)). A code
//! exchange is not retried: a code works once.
//!
//! **Secrets in errors.** An error answer of the token endpoint may echo what it was sent.
//! Every error this module returns has the secrets of its request (client secret, refresh
//! token, code), raw, form-encoded and JSON-escaped, replaced by `[REDACTED]` in every text
//! it carries, on top of the transport's shape-based redaction.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use futures_util::future::BoxFuture;
use secrecy::{ExposeSecret, SecretString};

use ghl_notion_runtime::SharedClock;

use super::authorize::AuthorizeUrl;
use super::token::{TokenResponse, UserType};
use crate::auth::TokenProvider;
use crate::client::GhlClient;
use crate::config::GhlClientBuilder;
use crate::error::{ApiError, Error, Result};
use crate::request::Request;

/// Environment variable holding the app's client id.
pub const ENV_CLIENT_ID: &str = "GHL_CLIENT_ID";
/// Environment variable holding the app's client secret.
pub const ENV_CLIENT_SECRET: &str = "GHL_CLIENT_SECRET";

/// The whole-operation timeout of token requests, retries included: well inside GHL's
/// 30-second grace, so a repeated refresh still gets the same pair, and shorter than a
/// refresh lease, so a holder's refresh ends (or gives up) before its lease does.
pub const TOKEN_OPERATION_TIMEOUT: Duration = Duration::from_secs(15);

/// The app's client id and secret. `Debug` never shows the secret.
#[derive(Clone)]
pub struct OAuthCredentials {
    client_id: String,
    client_secret: SecretString,
}

impl fmt::Debug for OAuthCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OAuthCredentials")
            .field("client_id", &self.client_id)
            .field("client_secret", &"[REDACTED]")
            .finish()
    }
}

impl OAuthCredentials {
    /// Credentials from the app's settings page.
    pub fn new(client_id: impl Into<String>, client_secret: impl Into<String>) -> Self {
        Self {
            client_id: client_id.into(),
            client_secret: SecretString::from(client_secret.into()),
        }
    }

    /// Credentials from `GHL_CLIENT_ID` and `GHL_CLIENT_SECRET`, if both are set.
    pub fn from_env() -> Option<Self> {
        let get = |name| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        Some(Self::new(get(ENV_CLIENT_ID)?, get(ENV_CLIENT_SECRET)?))
    }

    /// The client id.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    /// The client secret.
    pub fn client_secret(&self) -> &SecretString {
        &self.client_secret
    }

    /// The app id: the client id up to its first `-` (what `/oauth/installedLocations`
    /// calls `appId`).
    pub fn app_id(&self) -> &str {
        self.client_id
            .split_once('-')
            .map_or(self.client_id.as_str(), |(id, _)| id)
    }
}

/// Supplies no token: the token client's requests are all unauthenticated.
#[derive(Debug)]
struct NoToken;

impl TokenProvider for NoToken {
    fn token<'a>(&'a self, _resource: &'a str) -> BoxFuture<'a, Result<SecretString>> {
        Box::pin(async { Ok(SecretString::from(String::new())) })
    }
}

/// A Marketplace app: exchanges codes and refreshes tokens.
#[derive(Clone, Debug)]
pub struct OAuthApp {
    credentials: OAuthCredentials,
    client: GhlClient,
}

impl OAuthApp {
    /// The app, sending its token requests with a client made from `builder` (base URL,
    /// clock, limits, HTTP client); its credentials and operation timeout are replaced.
    ///
    /// ```
    /// use ghl_client::GhlClient;
    /// use ghl_client::oauth::{OAuthApp, OAuthCredentials};
    ///
    /// let app = OAuthApp::new(
    ///     OAuthCredentials::new("my-app-id-abc123", "client-secret"),
    ///     GhlClient::builder(),
    /// )
    /// .expect("valid configuration");
    /// assert_eq!(app.credentials().app_id(), "my");
    /// ```
    pub fn new(credentials: OAuthCredentials, builder: GhlClientBuilder) -> Result<Self> {
        let client = builder
            .token_provider(Arc::new(NoToken))
            .operation_timeout(TOKEN_OPERATION_TIMEOUT)
            .build()?;
        Ok(Self {
            credentials,
            client,
        })
    }

    /// The credentials.
    pub fn credentials(&self) -> &OAuthCredentials {
        &self.credentials
    }

    /// The clock the app reads expiry times from.
    pub fn clock(&self) -> &SharedClock {
        self.client.inner.clock()
    }

    /// The wall time now, by the injected clock.
    pub fn now(&self) -> SystemTime {
        self.client.inner.clock().wall()
    }

    /// The client that sends token requests (base URL, limits, clock).
    pub fn token_client(&self) -> &GhlClient {
        &self.client
    }

    /// A consent-page URL for this app, redirecting to `redirect_uri` (add scopes and state).
    pub fn authorize_url(&self, redirect_uri: impl Into<String>) -> AuthorizeUrl {
        AuthorizeUrl::new(self.credentials.client_id.clone(), redirect_uri)
    }

    /// Exchanges an authorization code for a token pair (`grant_type=authorization_code`).
    /// A code works once, so this call is never retried after an unknown outcome.
    pub async fn exchange_code(
        &self,
        code: &str,
        user_type: UserType,
        redirect_uri: Option<&str>,
    ) -> Result<TokenResponse> {
        let mut form = self.base_form("authorization_code");
        form.push(("code", code.to_owned()));
        form.push(("user_type", user_type.as_str().to_owned()));
        if let Some(redirect) = redirect_uri {
            form.push(("redirect_uri", redirect.to_owned()));
        }
        let request = token_request(form).idempotent(false).resource("oauth");
        tracing::info!(
            user_type = user_type.as_str(),
            "exchanging an authorization code"
        );
        let secret = self.credentials.client_secret.expose_secret();
        self.client
            .send(request)
            .await
            .map_err(|e| grant_error(scrub(e, &[secret, code]), "authorization code"))
    }

    /// Refreshes a token pair (`grant_type=refresh_token`) for `resource` (used for rate
    /// limits and errors). GHL rotates the refresh token: save the answer before using it.
    pub async fn refresh(
        &self,
        resource: &str,
        refresh_token: &SecretString,
        user_type: Option<UserType>,
    ) -> Result<TokenResponse> {
        let mut form = self.base_form("refresh_token");
        form.push(("refresh_token", refresh_token.expose_secret().to_owned()));
        if let Some(user_type) = user_type {
            form.push(("user_type", user_type.as_str().to_owned()));
        }
        // Safe to repeat within GHL's 30-second grace (see the module docs).
        let request = token_request(form).idempotent(true).resource(resource);
        let secrets = [
            self.credentials.client_secret.expose_secret(),
            refresh_token.expose_secret(),
        ];
        self.client
            .send(request)
            .await
            .map_err(|e| grant_error(scrub(e, &secrets), resource))
    }

    fn base_form(&self, grant_type: &str) -> Vec<(&'static str, String)> {
        vec![
            ("client_id", self.credentials.client_id.clone()),
            (
                "client_secret",
                self.credentials.client_secret.expose_secret().to_owned(),
            ),
            ("grant_type", grant_type.to_owned()),
        ]
    }
}

fn token_request(form: Vec<(&'static str, String)>) -> Request {
    Request::post("/oauth/token", "/oauth/token")
        .form(form)
        .without_version()
        .unauthenticated()
}

/// Each secret as it may be echoed: raw, form-encoded, JSON-escaped.
fn spellings<'a>(secrets: &[&'a str]) -> Vec<std::borrow::Cow<'a, str>> {
    use std::borrow::Cow;
    let mut out: Vec<Cow<'a, str>> = Vec::new();
    for secret in secrets {
        let form: String = url::form_urlencoded::byte_serialize(secret.as_bytes()).collect();
        let json = serde_json::to_string(secret).unwrap_or_default();
        let json = json
            .strip_prefix('"')
            .and_then(|j| j.strip_suffix('"'))
            .unwrap_or_default()
            .to_owned();
        for spelling in [Cow::Borrowed(*secret), Cow::Owned(form), Cow::Owned(json)] {
            if !spelling.is_empty() && !out.contains(&spelling) {
                out.push(spelling);
            }
        }
    }
    // Longest first, so a spelling containing another is replaced whole.
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out
}

/// Replaces `secrets` (the values a token request sent) in every text `error` carries from
/// the answer: messages, `error`, trace id, excerpt, decode message.
pub(crate) fn scrub(error: Error, secrets: &[&str]) -> Error {
    let spellings = spellings(secrets);
    let known: Vec<&str> = spellings.iter().map(AsRef::as_ref).collect();
    let clean = |text: &mut String| {
        if known.iter().any(|s| text.contains(s)) {
            *text = ghl_notion_runtime::redact::redact(text, &known);
        }
    };
    match error {
        Error::Api(mut api) => {
            for message in &mut api.messages {
                clean(message);
            }
            if let Some(e) = api.error.as_mut() {
                clean(e);
            }
            if let Some(t) = api.trace_id.as_mut() {
                clean(t);
            }
            clean(&mut api.excerpt);
            cut_partial_secret(&mut api.excerpt, &known);
            Error::Api(api)
        }
        Error::Decode {
            method,
            path,
            json_path,
            mut message,
            mut excerpt,
        } => {
            clean(&mut message);
            clean(&mut excerpt);
            cut_partial_secret(&mut excerpt, &known);
            Error::Decode {
                method,
                path,
                json_path,
                message,
                excerpt,
            }
        }
        other => other,
    }
}

/// An excerpt cut short (ending in `…`) may end inside a secret, where a whole-secret
/// search cannot see it: a tail of 4 characters or more that starts a secret is replaced.
fn cut_partial_secret(excerpt: &mut String, secrets: &[&str]) {
    let Some(body) = excerpt.strip_suffix('…') else {
        return;
    };
    let longest = secrets
        .iter()
        .flat_map(|secret| {
            secret
                .char_indices()
                .map(|(i, _)| &secret[..i])
                .filter(|prefix| prefix.len() >= 4 && body.ends_with(prefix))
        })
        .map(str::len)
        .max();
    if let Some(len) = longest {
        *excerpt = format!(
            "{}{}…",
            &body[..body.len() - len],
            ghl_notion_runtime::redact::REDACTED
        );
    }
}

/// Whether a token-endpoint error means the grant (code or refresh token) is dead: a 400 or
/// 401 naming `invalid_grant`, or saying the refresh token or code is invalid, expired or
/// revoked. Bad client credentials are not a dead grant.
pub(crate) fn is_invalid_grant(api: &ApiError) -> bool {
    if !matches!(api.status.as_u16(), 400 | 401) {
        return false;
    }
    let mut text = api.messages.join(" ");
    if let Some(error) = &api.error {
        text.push(' ');
        text.push_str(error);
    }
    text.push(' ');
    text.push_str(&api.excerpt);
    let text = text.to_ascii_lowercase();
    if text.contains("invalid_grant") || text.contains("invalid grant") {
        return true;
    }
    let about_grant = text.contains("refresh token")
        || text.contains("refresh_token")
        || text.contains("authorization code");
    let dead = ["invalid", "expired", "revoked", "used"]
        .iter()
        .any(|w| text.contains(w));
    about_grant && dead
}

/// Turns a dead-grant answer into [`Error::ReauthorizationRequired`].
pub(crate) fn grant_error(error: Error, resource: &str) -> Error {
    match error {
        Error::Api(api) if is_invalid_grant(&api) => {
            let reason = if api.message().is_empty() {
                api.error.clone().unwrap_or_else(|| "invalid_grant".into())
            } else {
                api.message().to_owned()
            };
            tracing::warn!(resource, %reason, "the grant is no longer valid: re-authorization needed");
            Error::ReauthorizationRequired {
                resource: resource.to_owned(),
                reason,
            }
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ApiErrorKind;
    use http::StatusCode;

    fn api(status: u16, messages: &[&str], error: Option<&str>) -> ApiError {
        ApiError {
            status: StatusCode::from_u16(status).unwrap(),
            kind: ApiErrorKind::Other,
            method: "POST".into(),
            path: "/oauth/token",
            messages: messages.iter().map(|m| (*m).to_owned()).collect(),
            error: error.map(str::to_owned),
            trace_id: None,
            retry_after: None,
            excerpt: String::new(),
        }
    }

    #[test]
    fn invalid_grant_table() {
        let cases = [
            (
                400,
                vec!["Invalid grant: refresh token is invalid"],
                Some("invalid_grant"),
                true,
            ),
            (400, vec![], Some("invalid_grant"), true),
            (401, vec!["Refresh token expired"], None, true),
            (
                400,
                vec!["Invalid grant: authorization code is invalid"],
                None,
                true,
            ),
            (
                401,
                vec!["Invalid client credentials"],
                Some("Unauthorized"),
                false,
            ),
            (400, vec!["Location is not active"], None, false),
            (500, vec!["invalid_grant"], None, false),
            (422, vec!["refresh_token must be a string"], None, false),
        ];
        for (status, messages, error, expected) in cases {
            assert_eq!(
                is_invalid_grant(&api(status, &messages, error)),
                expected,
                "{status} {messages:?} {error:?}"
            );
        }
    }

    #[test]
    fn scrub_removes_every_spelling_of_the_secrets() {
        let secret = "s3cr3t+/=&\"x";
        let mut e = api(
            400,
            &[
                "client_secret=s3cr3t%2B%2F%3D%26%22x&refresh_token=rt-123456",
                "echo: s3cr3t+/=&\"x",
            ],
            Some("bad rt-123456"),
        );
        e.excerpt = r#"{"echo":"s3cr3t+/=&\"x rt-123456"}"#.into();
        e.trace_id = Some("trace-rt-123456".into());
        let out = scrub(Error::Api(Box::new(e)), &[secret, "rt-123456"]);
        let shown = format!("{out} {out:?}");
        for leak in ["s3cr3t", "rt-123456", "%2B%2F"] {
            assert!(!shown.contains(leak), "{leak} in {shown}");
        }
        assert!(shown.contains("[REDACTED]"), "{shown}");
        // An excerpt cut inside a secret loses the secret's start too.
        let mut cut = "{\"echo\":\"client_secret=s3cr3t%2B%2…".to_owned();
        cut_partial_secret(&mut cut, &["s3cr3t%2B%2F%3D%26%22x"]);
        assert_eq!(cut, "{\"echo\":\"client_secret=[REDACTED]…");
        let mut whole = "short and whole".to_owned();
        cut_partial_secret(&mut whole, &["whole-secret"]);
        assert_eq!(whole, "short and whole");
        // A secret spelled the same every way is listed once; empty ones are skipped.
        assert_eq!(spellings(&["plain-secret", ""]), vec!["plain-secret"]);
    }

    #[test]
    fn credentials_debug_hides_the_secret() {
        let c = OAuthCredentials::new("abc-123", "shhh-very-secret");
        let shown = format!("{c:?}");
        assert!(!shown.contains("very-secret"), "{shown}");
        assert_eq!(c.app_id(), "abc");
    }
}
