//! A small stateful GHL OAuth emulation on wiremock, driven by the test's manual clock:
//! code exchange, refresh with rotation and a 30-second grace, access-token expiry,
//! location tokens without a refresh token, and an API route that checks the bearer.
#![allow(dead_code)]

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use ghl_client::oauth::{
    FileStore, Fingerprint, MemoryStore, OAuthApp, OAuthCredentials, OAuthProvider, StoreError,
    StoreResult, StoredToken, TokenStore,
};
use ghl_client::runtime::{Clock, ManualClock, SharedClock};
use ghl_client::{GhlClient, GhlClientBuilder};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

pub const CLIENT_ID: &str = "app123-client9";
pub const CLIENT_SECRET: &str = "client-SECRET-shh-42";
pub const COMPANY: &str = "company_1";
pub const LOCATION: &str = "location_1";

/// One issued pair.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub access: String,
    pub refresh: Option<String>,
    pub expires_at: SystemTime,
    pub user_type: &'static str,
    pub resource: String,
}

#[derive(Debug, Default)]
pub struct Counters {
    /// Every `grant_type=refresh_token` request.
    pub refresh_requests: u64,
    /// Refreshes that rotated (first use of a refresh token).
    pub rotations: u64,
    /// Refreshes answered from the grace window.
    pub grace_hits: u64,
    /// Refreshes refused with invalid_grant.
    pub refused: u64,
    /// Code exchanges.
    pub exchanges: u64,
    /// Location tokens minted.
    pub mints: u64,
    /// API calls answered 200 / 401.
    pub api_ok: u64,
    pub api_401: u64,
}

#[derive(Debug)]
struct RefreshEntry {
    pair_for: (String, &'static str),
    used: Option<(SystemTime, Pair)>,
}

#[derive(Debug)]
struct State {
    next: u64,
    access: HashMap<String, Pair>,
    refresh: HashMap<String, RefreshEntry>,
    codes: HashMap<String, (String, &'static str)>,
    issued: Vec<Pair>,
    counters: Counters,
    access_ttl: Duration,
    location_ttl: Duration,
    grace: Duration,
    /// Answer the next N refresh requests with 503 after processing them (a lost answer).
    lose_next_refresh_answers: u32,
}

#[derive(Clone)]
pub struct FakeGhl {
    pub clock: ManualClock,
    state: Arc<Mutex<State>>,
}

fn form(req: &Request) -> HashMap<String, String> {
    url::form_urlencoded::parse(&req.body)
        .into_owned()
        .collect()
}

fn bearer(req: &Request) -> Option<String> {
    req.headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::to_owned)
}

fn invalid_grant(what: &str) -> ResponseTemplate {
    ResponseTemplate::new(400).set_body_json(json!({
        "statusCode": 400,
        "error": "invalid_grant",
        "message": format!("Invalid grant: {what} is invalid"),
    }))
}

fn unauthorized() -> ResponseTemplate {
    ResponseTemplate::new(401).set_body_json(json!({
        "statusCode": 401,
        "message": "Invalid token: access token is invalid",
        "error": "Unauthorized",
    }))
}

impl FakeGhl {
    pub fn new(clock: &ManualClock) -> Self {
        Self {
            clock: clock.clone(),
            state: Arc::new(Mutex::new(State {
                next: 0,
                access: HashMap::new(),
                refresh: HashMap::new(),
                codes: HashMap::new(),
                issued: Vec::new(),
                counters: Counters::default(),
                access_ttl: Duration::from_secs(86_399),
                location_ttl: Duration::from_secs(86_399),
                grace: Duration::from_secs(30),
                lose_next_refresh_answers: 0,
            })),
        }
    }

    fn with<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        f(&mut self.state.lock().unwrap())
    }

    pub fn refresh_requests(&self) -> u64 {
        self.with(|s| s.counters.refresh_requests)
    }
    pub fn rotations(&self) -> u64 {
        self.with(|s| s.counters.rotations)
    }
    pub fn grace_hits(&self) -> u64 {
        self.with(|s| s.counters.grace_hits)
    }
    pub fn mints(&self) -> u64 {
        self.with(|s| s.counters.mints)
    }
    pub fn exchanges(&self) -> u64 {
        self.with(|s| s.counters.exchanges)
    }
    pub fn api_calls(&self) -> (u64, u64) {
        self.with(|s| (s.counters.api_ok, s.counters.api_401))
    }
    pub fn issued(&self) -> Vec<Pair> {
        self.with(|s| s.issued.clone())
    }
    pub fn set_location_ttl(&self, ttl: Duration) {
        self.with(|s| s.location_ttl = ttl);
    }
    pub fn lose_next_refresh_answers(&self, n: u32) {
        self.with(|s| s.lose_next_refresh_answers = n);
    }
    /// Revokes an access token (the API answers 401 to it).
    pub fn revoke_access(&self, token: &str) {
        self.with(|s| s.access.remove(token));
    }
    /// Revokes every refresh token (an uninstall).
    pub fn revoke_all_refresh(&self) {
        self.with(|s| s.refresh.clear());
    }
    /// Every secret the fake ever issued, plus the client secret.
    pub fn secrets(&self) -> Vec<String> {
        self.with(|s| {
            let mut all: Vec<String> = s
                .issued
                .iter()
                .flat_map(|p| std::iter::once(p.access.clone()).chain(p.refresh.clone()))
                .collect();
            all.push(CLIENT_SECRET.to_owned());
            all
        })
    }

    /// Issues a code for `resource` (what the consent page's redirect carries).
    pub fn issue_code(&self, resource: &str, user_type: &'static str) -> String {
        self.with(|s| {
            s.next += 1;
            let code = format!("code-{}-SECRETCODE", s.next);
            s.codes
                .insert(code.clone(), (resource.to_owned(), user_type));
            code
        })
    }

    fn mint(
        s: &mut State,
        now: SystemTime,
        resource: &str,
        user_type: &'static str,
        with_refresh: bool,
    ) -> Pair {
        s.next += 1;
        let n = s.next;
        let ttl = if with_refresh {
            s.access_ttl
        } else {
            s.location_ttl
        };
        let pair = Pair {
            access: format!("at-{n}-SECRETACCESS"),
            refresh: with_refresh.then(|| format!("rt-{n}-SECRETREFRESH")),
            expires_at: now + ttl,
            user_type,
            resource: resource.to_owned(),
        };
        s.access.insert(pair.access.clone(), pair.clone());
        if let Some(rt) = &pair.refresh {
            s.refresh.insert(
                rt.clone(),
                RefreshEntry {
                    pair_for: (resource.to_owned(), user_type),
                    used: None,
                },
            );
        }
        s.issued.push(pair.clone());
        pair
    }

    fn answer(pair: &Pair, now: SystemTime) -> ResponseTemplate {
        let expires_in = pair
            .expires_at
            .duration_since(now)
            .unwrap_or_default()
            .as_secs();
        let mut body = json!({
            "access_token": pair.access,
            "token_type": "Bearer",
            "expires_in": expires_in,
            "scope": "contacts.readonly oauth.write",
            "userType": pair.user_type,
            "companyId": COMPANY,
            "userId": "user_1",
        });
        if let Some(rt) = &pair.refresh {
            body["refresh_token"] = json!(rt);
        }
        if pair.user_type == "Location" {
            body["locationId"] = json!(pair.resource);
        } else {
            body["approvedLocations"] = json!([LOCATION]);
        }
        ResponseTemplate::new(200).set_body_json(body)
    }

    fn token_endpoint(&self, req: &Request) -> ResponseTemplate {
        let f = form(req);
        let now = self.clock.wall();
        if f.get("client_id").map(String::as_str) != Some(CLIENT_ID)
            || f.get("client_secret").map(String::as_str) != Some(CLIENT_SECRET)
        {
            return ResponseTemplate::new(401).set_body_json(json!({
                "statusCode": 401, "message": "Invalid client credentials", "error": "Unauthorized"
            }));
        }
        self.with(|s| match f.get("grant_type").map(String::as_str) {
            Some("authorization_code") => {
                s.counters.exchanges += 1;
                let Some((resource, user_type)) = f.get("code").and_then(|c| s.codes.remove(c))
                else {
                    return invalid_grant("authorization code");
                };
                let pair = Self::mint(s, now, &resource, user_type, true);
                Self::answer(&pair, now)
            }
            Some("refresh_token") => {
                s.counters.refresh_requests += 1;
                let grace = s.grace;
                let Some(rt) = f.get("refresh_token") else {
                    return invalid_grant("refresh token");
                };
                let Some(entry) = s.refresh.get(rt) else {
                    s.counters.refused += 1;
                    return invalid_grant("refresh token");
                };
                let pair = match &entry.used {
                    Some((used_at, pair)) => {
                        if now.duration_since(*used_at).unwrap_or_default() <= grace {
                            s.counters.grace_hits += 1;
                            pair.clone()
                        } else {
                            s.counters.refused += 1;
                            return invalid_grant("refresh token");
                        }
                    }
                    None => {
                        let (resource, user_type) = entry.pair_for.clone();
                        let pair = Self::mint(s, now, &resource, user_type, true);
                        s.counters.rotations += 1;
                        if let Some(e) = s.refresh.get_mut(rt) {
                            e.used = Some((now, pair.clone()));
                        }
                        pair
                    }
                };
                if s.lose_next_refresh_answers > 0 {
                    s.lose_next_refresh_answers -= 1;
                    return ResponseTemplate::new(503).set_body_string("upstream reset");
                }
                Self::answer(&pair, now)
            }
            _ => ResponseTemplate::new(422)
                .set_body_json(json!({"statusCode": 422, "message": ["grant_type must be valid"]})),
        })
    }

    fn location_token(&self, req: &Request) -> ResponseTemplate {
        let now = self.clock.wall();
        let f = form(req);
        self.with(|s| {
            let agency = bearer(req).and_then(|t| s.access.get(&t).cloned());
            match agency {
                Some(p) if p.user_type == "Company" && now < p.expires_at => {}
                _ => {
                    s.counters.api_401 += 1;
                    return unauthorized();
                }
            }
            let Some(location) = f.get("locationId") else {
                return ResponseTemplate::new(422).set_body_json(
                    json!({"statusCode": 422, "message": ["locationId is required"]}),
                );
            };
            s.counters.mints += 1;
            let pair = Self::mint(s, now, location, "Location", false);
            Self::answer(&pair, now)
        })
    }

    fn api(&self, req: &Request) -> ResponseTemplate {
        let now = self.clock.wall();
        self.with(
            |s| match bearer(req).and_then(|t| s.access.get(&t).cloned()) {
                Some(p) if now < p.expires_at => {
                    s.counters.api_ok += 1;
                    ResponseTemplate::new(200)
                        .set_body_json(json!({"resource": p.resource, "userType": p.user_type}))
                }
                _ => {
                    s.counters.api_401 += 1;
                    unauthorized()
                }
            },
        )
    }

    /// Starts a wiremock server answering `/oauth/token`, `/oauth/locationToken` and `/ping`.
    pub async fn start(&self) -> MockServer {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/oauth/token"))
            .respond_with(Route(self.clone(), FakeGhl::token_endpoint))
            .mount(&server)
            .await;
        Mock::given(method("POST"))
            .and(path("/oauth/locationToken"))
            .respond_with(Route(self.clone(), FakeGhl::location_token))
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path("/ping"))
            .respond_with(Route(self.clone(), FakeGhl::api))
            .mount(&server)
            .await;
        server
    }
}

struct Route(FakeGhl, fn(&FakeGhl, &Request) -> ResponseTemplate);

impl Respond for Route {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        (self.1)(&self.0, req)
    }
}

/// A clock that shares a manual clock's time but whose sleeps do not move it: they yield for
/// a millisecond. Waiting loops in two "processes" then cannot run time past a lease while
/// the other holds it.
#[derive(Debug, Clone)]
pub struct StillClock(pub ManualClock);

impl Clock for StillClock {
    fn now(&self) -> std::time::Instant {
        self.0.now()
    }
    fn wall(&self) -> SystemTime {
        self.0.wall()
    }
    fn sleep(&self, _duration: Duration) -> Pin<Box<dyn Future<Output = ()> + Send + 'static>> {
        Box::pin(tokio::time::sleep(Duration::from_millis(1)))
    }
}

pub fn builder(server: &MockServer, clock: SharedClock) -> GhlClientBuilder {
    GhlClient::builder()
        .base_url(server.uri())
        .clock(clock)
        .jitter_seed(3)
}

pub fn app(server: &MockServer, clock: SharedClock) -> OAuthApp {
    OAuthApp::new(
        OAuthCredentials::new(CLIENT_ID, CLIENT_SECRET),
        builder(server, clock),
    )
    .unwrap()
}

pub fn provider(
    server: &MockServer,
    clock: SharedClock,
    store: Arc<dyn TokenStore>,
) -> OAuthProvider {
    OAuthProvider::builder(app(server, clock), store)
        .jitter(0.0)
        .build()
}

/// Exchanges a fresh code for `resource` and stores the pair through `provider`.
pub async fn install(
    fake: &FakeGhl,
    provider: &OAuthProvider,
    resource: &str,
    user_type: &'static str,
) -> Pair {
    let code = fake.issue_code(resource, user_type);
    let ut = if user_type == "Company" {
        ghl_client::oauth::UserType::Company
    } else {
        ghl_client::oauth::UserType::Location
    };
    let response = provider.app().exchange_code(&code, ut, None).await.unwrap();
    let stored_under = provider.install(response).await.unwrap();
    assert_eq!(stored_under, resource);
    fake.issued().last().cloned().unwrap()
}

/// A unique scratch directory under the system temp dir.
pub fn scratch_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "ghl-oauth-{name}-{}-{:016x}",
        std::process::id(),
        fastrand_u64()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn fastrand_u64() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(
        SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos() as u64,
    );
    h.finish()
}

pub fn json_of(v: &Value) -> String {
    v.to_string()
}

/// A store wrapper whose saves fail while `failing > 0` (decremented per failed save), or
/// for good while `broken` is set.
#[derive(Debug)]
pub struct FlakyStore {
    pub inner: Arc<dyn TokenStore>,
    pub failing: Mutex<u32>,
    pub broken: Mutex<bool>,
    pub saves: Mutex<u32>,
}

impl FlakyStore {
    pub fn new(inner: Arc<dyn TokenStore>) -> Self {
        Self {
            inner,
            failing: Mutex::new(0),
            broken: Mutex::new(false),
            saves: Mutex::new(0),
        }
    }

    fn fail_now(&self) -> bool {
        *self.saves.lock().unwrap() += 1;
        if *self.broken.lock().unwrap() {
            return true;
        }
        let mut f = self.failing.lock().unwrap();
        if *f > 0 {
            *f -= 1;
            return true;
        }
        false
    }
}

fn disk_full() -> StoreError {
    StoreError::Io {
        path: "/tokens/location_1.json".into(),
        source: std::io::Error::other("no space left on device"),
    }
}

impl TokenStore for FlakyStore {
    fn load<'a>(
        &'a self,
        resource: &'a str,
    ) -> futures_util::future::BoxFuture<'a, StoreResult<Option<StoredToken>>> {
        self.inner.load(resource)
    }
    fn save<'a>(
        &'a self,
        resource: &'a str,
        token: &'a StoredToken,
    ) -> futures_util::future::BoxFuture<'a, StoreResult<()>> {
        if self.fail_now() {
            return Box::pin(async { Err(disk_full()) });
        }
        self.inner.save(resource, token)
    }
    fn save_if<'a>(
        &'a self,
        resource: &'a str,
        expected: Option<&'a Fingerprint>,
        token: &'a StoredToken,
    ) -> futures_util::future::BoxFuture<'a, StoreResult<bool>> {
        if self.fail_now() {
            return Box::pin(async { Err(disk_full()) });
        }
        self.inner.save_if(resource, expected, token)
    }
    fn delete<'a>(
        &'a self,
        resource: &'a str,
    ) -> futures_util::future::BoxFuture<'a, StoreResult<()>> {
        self.inner.delete(resource)
    }
    fn resources(&self) -> futures_util::future::BoxFuture<'_, StoreResult<Vec<String>>> {
        self.inner.resources()
    }
    fn acquire_lease<'a>(
        &'a self,
        resource: &'a str,
        holder: &'a str,
        until: SystemTime,
        now: SystemTime,
    ) -> futures_util::future::BoxFuture<'a, StoreResult<bool>> {
        self.inner.acquire_lease(resource, holder, until, now)
    }
    fn release_lease<'a>(
        &'a self,
        resource: &'a str,
        holder: &'a str,
    ) -> futures_util::future::BoxFuture<'a, StoreResult<()>> {
        self.inner.release_lease(resource, holder)
    }
}

pub fn memory() -> Arc<dyn TokenStore> {
    Arc::new(MemoryStore::new())
}

pub fn file_store(dir: &std::path::Path) -> Arc<dyn TokenStore> {
    Arc::new(FileStore::new(dir).unwrap())
}
