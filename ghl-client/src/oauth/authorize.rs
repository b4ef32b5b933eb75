//! The first leg of the authorization-code flow: the URL a person opens to install the app,
//! and the redirect that brings the code back.
//!
//! ```
//! use ghl_client::oauth::{AuthorizeUrl, Scope};
//!
//! let url = AuthorizeUrl::new("my-app-id-abc123", "https://example.com/oauth/callback")
//!     .scopes([Scope::CONTACTS_READONLY, Scope::OPPORTUNITIES_READONLY])
//!     .raw_scope("locations/customFields.readonly")
//!     .state("csrf-4242")
//!     .build()
//!     .expect("valid URL");
//! assert!(url.as_str().starts_with("https://marketplace.gohighlevel.com/v2/oauth/chooselocation?"));
//! assert!(url.as_str().contains("scope=contacts.readonly+opportunities.readonly+locations%2FcustomFields.readonly"));
//! ```

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The marketplace host that serves the consent page.
pub const MARKETPLACE_HOST: &str = "https://marketplace.gohighlevel.com";

/// The white-label marketplace host (for agencies that hide the HighLevel brand).
pub const WHITE_LABEL_HOST: &str = "https://marketplace.leadconnectorhq.com";

/// The path of the consent page ("choose location").
pub const AUTHORIZE_PATH: &str = "/v2/oauth/chooselocation";

/// An OAuth scope, such as `contacts.readonly`.
///
/// The constants cover the scopes this workspace uses; any other scope is
/// [`Scope::custom`] (or [`AuthorizeUrl::raw_scope`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Scope(Cow<'static, str>);

impl Scope {
    /// Read contacts.
    pub const CONTACTS_READONLY: Scope = Scope(Cow::Borrowed("contacts.readonly"));
    /// Create and edit contacts.
    pub const CONTACTS_WRITE: Scope = Scope(Cow::Borrowed("contacts.write"));
    /// Read opportunities.
    pub const OPPORTUNITIES_READONLY: Scope = Scope(Cow::Borrowed("opportunities.readonly"));
    /// Create and edit opportunities.
    pub const OPPORTUNITIES_WRITE: Scope = Scope(Cow::Borrowed("opportunities.write"));
    /// Read the location (sub-account).
    pub const LOCATIONS_READONLY: Scope = Scope(Cow::Borrowed("locations.readonly"));
    /// Read custom fields.
    pub const CUSTOM_FIELDS_READONLY: Scope =
        Scope(Cow::Borrowed("locations/customFields.readonly"));
    /// Read tasks.
    pub const TASKS_READONLY: Scope = Scope(Cow::Borrowed("locations/tasks.readonly"));
    /// Read tags.
    pub const TAGS_READONLY: Scope = Scope(Cow::Borrowed("locations/tags.readonly"));
    /// Read users.
    pub const USERS_READONLY: Scope = Scope(Cow::Borrowed("users.readonly"));
    /// Read calendars.
    pub const CALENDARS_READONLY: Scope = Scope(Cow::Borrowed("calendars.readonly"));
    /// Read calendar events (appointments).
    pub const CALENDAR_EVENTS_READONLY: Scope = Scope(Cow::Borrowed("calendars/events.readonly"));
    /// Read installed locations (agency tokens).
    pub const OAUTH_READONLY: Scope = Scope(Cow::Borrowed("oauth.readonly"));
    /// Mint location tokens from an agency token.
    pub const OAUTH_WRITE: Scope = Scope(Cow::Borrowed("oauth.write"));

    /// Any other scope, spelled as GHL spells it.
    pub fn custom(scope: impl Into<String>) -> Self {
        Self(Cow::Owned(scope.into()))
    }

    /// The scope's name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Scope {
    fn from(scope: &str) -> Self {
        Self::custom(scope)
    }
}

/// How the consent page opens (`loginWindowOpenMode`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoginWindowOpenMode {
    /// `self`: in the same window.
    SameWindow,
    /// Any other value, sent as is.
    Other(String),
}

impl LoginWindowOpenMode {
    fn as_str(&self) -> &str {
        match self {
            Self::SameWindow => "self",
            Self::Other(s) => s,
        }
    }
}

/// Builds the consent-page URL (`/v2/oauth/chooselocation`) a person opens to install the app.
#[derive(Debug, Clone)]
pub struct AuthorizeUrl {
    host: String,
    client_id: String,
    redirect_uri: String,
    scopes: Vec<Scope>,
    state: Option<String>,
    login_window_open_mode: Option<LoginWindowOpenMode>,
}

impl AuthorizeUrl {
    /// A URL for `client_id` that redirects to `redirect_uri`, on the HighLevel marketplace.
    pub fn new(client_id: impl Into<String>, redirect_uri: impl Into<String>) -> Self {
        Self {
            host: MARKETPLACE_HOST.to_owned(),
            client_id: client_id.into(),
            redirect_uri: redirect_uri.into(),
            scopes: Vec::new(),
            state: None,
            login_window_open_mode: None,
        }
    }

    /// Uses the white-label marketplace host ([`WHITE_LABEL_HOST`]).
    pub fn white_label(self) -> Self {
        self.host(WHITE_LABEL_HOST)
    }

    /// Uses another host (a sandbox), given as `scheme://host[:port]`.
    pub fn host(mut self, host: impl Into<String>) -> Self {
        self.host = host.into().trim_end_matches('/').to_owned();
        self
    }

    /// Asks for one more scope.
    pub fn scope(mut self, scope: Scope) -> Self {
        self.scopes.push(scope);
        self
    }

    /// Asks for these scopes too.
    pub fn scopes(mut self, scopes: impl IntoIterator<Item = Scope>) -> Self {
        self.scopes.extend(scopes);
        self
    }

    /// Asks for a scope given by name.
    pub fn raw_scope(self, scope: impl Into<String>) -> Self {
        self.scope(Scope::custom(scope))
    }

    /// An opaque value echoed back on the redirect; check it there to stop forged callbacks.
    pub fn state(mut self, state: impl Into<String>) -> Self {
        self.state = Some(state.into());
        self
    }

    /// Sets `loginWindowOpenMode`.
    pub fn login_window_open_mode(mut self, mode: LoginWindowOpenMode) -> Self {
        self.login_window_open_mode = Some(mode);
        self
    }

    /// The URL.
    pub fn build(&self) -> Result<url::Url> {
        let mut url = url::Url::parse(&format!("{}{AUTHORIZE_PATH}", self.host))
            .map_err(|e| Error::Config(format!("invalid marketplace host {:?}: {e}", self.host)))?;
        {
            let mut q = url.query_pairs_mut();
            q.append_pair("response_type", "code");
            q.append_pair("redirect_uri", &self.redirect_uri);
            q.append_pair("client_id", &self.client_id);
            if !self.scopes.is_empty() {
                let joined: Vec<&str> = self.scopes.iter().map(Scope::as_str).collect();
                q.append_pair("scope", &joined.join(" "));
            }
            if let Some(state) = &self.state {
                q.append_pair("state", state);
            }
            if let Some(mode) = &self.login_window_open_mode {
                q.append_pair("loginWindowOpenMode", mode.as_str());
            }
        }
        Ok(url)
    }
}

/// What the redirect brought back.
#[derive(Clone, PartialEq, Eq)]
pub struct Callback {
    /// The authorization code (single use, short-lived).
    pub code: String,
    /// The `state` echoed back, if any.
    pub state: Option<String>,
}

impl fmt::Debug for Callback {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Callback")
            .field("code", &"[REDACTED]")
            .field("state", &self.state)
            .finish()
    }
}

impl Callback {
    /// Reads `code` and `state` from the redirect URL. When `expected_state` is given, the
    /// callback must carry exactly that state.
    pub fn from_redirect(redirect: &str, expected_state: Option<&str>) -> Result<Self> {
        let url = url::Url::parse(redirect)
            .map_err(|e| Error::InvalidRequest(format!("the redirect is not a URL: {e}")))?;
        let mut code = None;
        let mut state = None;
        let mut error = None;
        for (k, v) in url.query_pairs() {
            match k.as_ref() {
                "code" => code = Some(v.into_owned()),
                "state" => state = Some(v.into_owned()),
                "error" => error = Some(v.into_owned()),
                _ => {}
            }
        }
        if let Some(error) = error {
            return Err(Error::InvalidRequest(format!(
                "the authorization was refused: {error}"
            )));
        }
        if let Some(expected) = expected_state
            && state.as_deref() != Some(expected)
        {
            return Err(Error::InvalidRequest(
                "the redirect's state does not match the one sent".into(),
            ));
        }
        let code = code
            .filter(|c| !c.is_empty())
            .ok_or_else(|| Error::InvalidRequest("the redirect carries no code".into()))?;
        Ok(Self { code, state })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_has_every_parameter() {
        let url = AuthorizeUrl::new("cid", "http://localhost:8080/cb?x=1")
            .white_label()
            .scope(Scope::CONTACTS_WRITE)
            .state("s 1")
            .login_window_open_mode(LoginWindowOpenMode::SameWindow)
            .build()
            .unwrap();
        assert_eq!(url.host_str(), Some("marketplace.leadconnectorhq.com"));
        assert_eq!(url.path(), "/v2/oauth/chooselocation");
        let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
        let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
        assert_eq!(get("response_type"), Some("code"));
        assert_eq!(get("redirect_uri"), Some("http://localhost:8080/cb?x=1"));
        assert_eq!(get("client_id"), Some("cid"));
        assert_eq!(get("scope"), Some("contacts.write"));
        assert_eq!(get("state"), Some("s 1"));
        assert_eq!(get("loginWindowOpenMode"), Some("self"));
    }

    #[test]
    fn callback_checks_state() {
        let cb = Callback::from_redirect("http://x/cb?code=abc&state=s1", Some("s1")).unwrap();
        assert_eq!(cb.code, "abc");
        assert!(!format!("{cb:?}").contains("abc"));
        assert!(Callback::from_redirect("http://x/cb?code=abc&state=s2", Some("s1")).is_err());
        assert!(Callback::from_redirect("http://x/cb?state=s1", Some("s1")).is_err());
        assert!(Callback::from_redirect("http://x/cb?error=access_denied", None).is_err());
    }
}
