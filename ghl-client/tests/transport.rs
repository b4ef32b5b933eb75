//! The request pipeline against wiremock, with an injected clock: throttling, retries,
//! Retry-After, the circuit breaker, the retry quota, daily budgets, errors and secrets.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use ghl_client::runtime::breaker::{BreakerConfig, BreakerState};
use ghl_client::runtime::rate_limit::LimiterConfig;
use ghl_client::runtime::retry::{QuotaConfig, RetryPolicy};
use ghl_client::runtime::server_window::Probing;
use ghl_client::runtime::{Clock, ManualClock};
use ghl_client::{ApiErrorKind, Error, GhlClient, GhlClientBuilder, Request};
use serde_json::{Value, json};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, Request as WireRequest, Respond, ResponseTemplate};

const TOKEN: &str = "pit-7f3a9c2e-SECRET-token-value";

fn builder(server: &MockServer, clock: &ManualClock) -> GhlClientBuilder {
    GhlClient::builder()
        .base_url(server.uri())
        .private_token(TOKEN)
        .location_id("loc_1")
        .clock(clock.shared())
        .jitter_seed(7)
}

/// Answers with the scripted statuses in order (the last one repeats), recording the
/// manual clock's time at each arrival.
struct Script {
    clock: ManualClock,
    steps: Vec<ResponseTemplate>,
    seen: Arc<Mutex<Vec<Duration>>>,
}

impl Respond for Script {
    fn respond(&self, _: &WireRequest) -> ResponseTemplate {
        let mut seen = self.seen.lock().unwrap();
        let i = seen.len().min(self.steps.len() - 1);
        seen.push(self.clock.elapsed());
        self.steps[i].clone()
    }
}

async fn script(
    server: &MockServer,
    clock: &ManualClock,
    http_method: &str,
    at: &str,
    steps: Vec<ResponseTemplate>,
) -> Arc<Mutex<Vec<Duration>>> {
    let seen = Arc::new(Mutex::new(Vec::new()));
    Mock::given(method(http_method))
        .and(path(at))
        .respond_with(Script {
            clock: clock.clone(),
            steps,
            seen: seen.clone(),
        })
        .mount(server)
        .await;
    seen
}

fn ok() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({"ok": true}))
}

#[tokio::test]
async fn sends_version_auth_and_user_agent() {
    let server = MockServer::start().await;
    let clock = ManualClock::new();
    Mock::given(method("GET"))
        .and(path("/contacts/c1"))
        .and(header("Version", "2021-07-28"))
        .and(header("Authorization", format!("Bearer {TOKEN}").as_str()))
        .and(header("Accept", "application/json"))
        .respond_with(ok())
        .expect(1)
        .mount(&server)
        .await;
    let client = builder(&server, &clock).build().unwrap();
    let v: Value = client
        .send(Request::get("/contacts/{contactId}", "/contacts/c1"))
        .await
        .unwrap();
    assert_eq!(v, json!({"ok": true}));
    let req = &server.received_requests().await.unwrap()[0];
    let ua = req.headers.get("user-agent").unwrap().to_str().unwrap();
    assert!(ua.starts_with("ghl-client-rs/"), "{ua}");
}

#[tokio::test]
async fn limiter_never_exceeds_100_per_10s_across_bursts() {
    let server = MockServer::start().await;
    let clock = ManualClock::new();
    let seen = script(&server, &clock, "GET", "/x", vec![ok()]).await;
    let client = builder(&server, &clock).build().unwrap();
    // Bursts of uneven sizes with idle gaps between them.
    for (burst, gap) in [(150, 0), (30, 3), (120, 7), (5, 1), (60, 0)] {
        clock.advance(Duration::from_secs(gap));
        for _ in 0..burst {
            client.send_empty(Request::get("/x", "/x")).await.unwrap();
        }
    }
    let times = seen.lock().unwrap().clone();
    assert_eq!(times.len(), 365);
    let window = Duration::from_secs(10);
    for (i, t) in times.iter().enumerate() {
        let in_window = times[i..].iter().take_while(|u| **u < *t + window).count();
        assert!(
            in_window <= 100,
            "{in_window} requests in the window from {t:?}"
        );
    }
    // The first 100 went at once; the 101st waited for the window.
    assert_eq!(times[99], Duration::ZERO);
    assert_eq!(times[100], window);
    let m = client.metrics();
    assert_eq!(m.requests, 365);
    assert!(m.throttle_waits > 0);
}

#[tokio::test]
async fn a_429_with_retry_after_waits_that_long() {
    let server = MockServer::start().await;
    let clock = ManualClock::new();
    let seen = script(
        &server,
        &clock,
        "GET",
        "/x",
        vec![
            ResponseTemplate::new(429)
                .insert_header("Retry-After", "7")
                .set_body_json(json!({"statusCode": 429, "message": "Too many requests"})),
            ok(),
        ],
    )
    .await;
    let client = builder(&server, &clock).build().unwrap();
    client.send_empty(Request::get("/x", "/x")).await.unwrap();
    assert_eq!(clock.sleeps(), vec![Duration::from_secs(7)]);
    assert_eq!(
        *seen.lock().unwrap(),
        vec![Duration::ZERO, Duration::from_secs(7)]
    );
    let m = client.metrics();
    assert_eq!((m.requests, m.retries, m.throttled), (2, 1, 1));
}

#[tokio::test]
async fn a_429_with_an_http_date_retry_after_is_honoured() {
    let server = MockServer::start().await;
    let clock = ManualClock::new();
    let at = clock.wall() + Duration::from_secs(42);
    script(
        &server,
        &clock,
        "POST",
        "/contacts/",
        vec![
            ResponseTemplate::new(429).insert_header("Retry-After", httpdate_string(at).as_str()),
            ok(),
        ],
    )
    .await;
    let client = builder(&server, &clock).build().unwrap();
    // Even a create is retried after a 429: the server did not apply it.
    client
        .send_empty(Request::post("/contacts/", "/contacts/").json(&json!({"firstName": "A"})))
        .await
        .unwrap();
    assert_eq!(clock.sleeps(), vec![Duration::from_secs(42)]);
}

fn httpdate_string(t: std::time::SystemTime) -> String {
    // RFC 7231 IMF-fixdate, built by hand to avoid a test-only dependency.
    let secs = t.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    let days = secs / 86_400;
    let (h, m, s) = ((secs / 3600) % 24, (secs / 60) % 60, secs % 60);
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][(days % 7) as usize];
    let (y, mo, d) = civil_from_days(days as i64);
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ][(mo - 1) as usize];
    format!("{weekday}, {d:02} {month} {y} {h:02}:{m:02}:{s:02} GMT")
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[tokio::test]
async fn a_5xx_on_a_create_is_not_retried() {
    let server = MockServer::start().await;
    let clock = ManualClock::new();
    Mock::given(method("POST"))
        .and(path("/contacts/"))
        .respond_with(ResponseTemplate::new(502))
        .expect(1)
        .mount(&server)
        .await;
    let client = builder(&server, &clock).build().unwrap();
    let err = client
        .send_empty(Request::post("/contacts/", "/contacts/").json(&json!({"email": "a@b.c"})))
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(502));
    assert_eq!(client.metrics().retries, 0);
}

#[tokio::test]
async fn a_5xx_on_a_read_is_retried_with_backoff() {
    let server = MockServer::start().await;
    let clock = ManualClock::new();
    let seen = script(
        &server,
        &clock,
        "POST",
        "/contacts/search",
        vec![ResponseTemplate::new(503), ResponseTemplate::new(500), ok()],
    )
    .await;
    let client = builder(&server, &clock).build().unwrap();
    client
        .send_empty(
            Request::post("/contacts/search", "/contacts/search")
                .idempotent(true)
                .json(&json!({"locationId": "loc_1", "pageLimit": 10})),
        )
        .await
        .unwrap();
    assert_eq!(seen.lock().unwrap().len(), 3);
    let sleeps = clock.sleeps();
    assert_eq!(sleeps.len(), 2);
    // Full jitter: each backoff lies within its ceiling (0.5 s, then 1 s).
    assert!(sleeps[0] <= Duration::from_millis(500), "{sleeps:?}");
    assert!(sleeps[1] <= Duration::from_secs(1), "{sleeps:?}");
}

#[tokio::test]
async fn the_circuit_opens_then_half_opens() {
    let server = MockServer::start().await;
    let clock = ManualClock::new();
    let seen = script(
        &server,
        &clock,
        "GET",
        "/x",
        vec![
            ResponseTemplate::new(500),
            ResponseTemplate::new(500),
            ResponseTemplate::new(500),
            ok(),
        ],
    )
    .await;
    let client = builder(&server, &clock)
        .retry_policy(RetryPolicy::never())
        .circuit_breaker(BreakerConfig {
            failure_threshold: 3,
            open_for: Duration::from_secs(30),
        })
        .build()
        .unwrap();
    for _ in 0..3 {
        assert!(client.send_empty(Request::get("/x", "/x")).await.is_err());
    }
    assert_eq!(client.circuit_state(), BreakerState::Open);
    let err = client
        .send_empty(Request::get("/x", "/x"))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::CircuitOpen { retry_in } if retry_in == Duration::from_secs(30)));
    assert_eq!(
        seen.lock().unwrap().len(),
        3,
        "an open circuit sends nothing"
    );
    clock.advance(Duration::from_secs(30));
    assert_eq!(client.circuit_state(), BreakerState::HalfOpen);
    client.send_empty(Request::get("/x", "/x")).await.unwrap();
    assert_eq!(client.circuit_state(), BreakerState::Closed);
    assert_eq!(client.metrics().breaker_rejections, 1);
}

#[tokio::test]
async fn the_retry_quota_stops_a_storm() {
    let server = MockServer::start().await;
    let clock = ManualClock::new();
    let seen = script(
        &server,
        &clock,
        "GET",
        "/x",
        vec![ResponseTemplate::new(503)],
    )
    .await;
    let client = builder(&server, &clock)
        .retry_quota(QuotaConfig {
            capacity: 10,
            ..QuotaConfig::default()
        })
        .circuit_breaker(BreakerConfig {
            failure_threshold: 1000,
            ..BreakerConfig::default()
        })
        .build()
        .unwrap();
    for _ in 0..5 {
        assert!(client.send_empty(Request::get("/x", "/x")).await.is_err());
    }
    // 10 tokens at 5 per retry: two retries in all, then every call is sent only once.
    assert_eq!(seen.lock().unwrap().len(), 5 + 2);
    assert_eq!(client.metrics().retries, 2);
}

#[tokio::test]
async fn the_daily_budget_fails_fast() {
    let server = MockServer::start().await;
    let clock = ManualClock::new();
    let seen = script(&server, &clock, "GET", "/x", vec![ok()]).await;
    let client = builder(&server, &clock)
        .rate_limits(LimiterConfig {
            daily_limit: Some(3),
            ..LimiterConfig::ghl()
        })
        .build()
        .unwrap();
    for _ in 0..3 {
        client.send_empty(Request::get("/x", "/x")).await.unwrap();
    }
    let err = client
        .send_empty(Request::get("/x", "/x"))
        .await
        .unwrap_err();
    match err {
        Error::DailyLimitExhausted {
            resource, limit, ..
        } => assert_eq!((resource.as_str(), limit), ("loc_1", 3)),
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(seen.lock().unwrap().len(), 3);
}

fn limited(remaining: u64, daily_remaining: u64) -> ResponseTemplate {
    ok().insert_header("X-RateLimit-Limit-Daily", "200000")
        .insert_header(
            "X-RateLimit-Daily-Remaining",
            daily_remaining.to_string().as_str(),
        )
        .insert_header("X-RateLimit-Interval-Milliseconds", "10000")
        .insert_header("X-RateLimit-Max", "100")
        .insert_header("X-RateLimit-Remaining", remaining.to_string().as_str())
}

#[tokio::test]
async fn server_headers_are_tracked_and_obeyed() {
    let server = MockServer::start().await;
    let clock = ManualClock::new();
    let seen = script(
        &server,
        &clock,
        "GET",
        "/x",
        vec![limited(0, 1), limited(99, 0), ok()],
    )
    .await;
    // Without the probe (see `limiter_windows.rs` for it), a spent window is simply waited out.
    let client = builder(&server, &clock)
        .rate_limits(LimiterConfig {
            server_aware: Some(Probing::Never),
            ..LimiterConfig::ghl()
        })
        .build()
        .unwrap();
    client.send_empty(Request::get("/x", "/x")).await.unwrap();
    let status = client.rate_limit_status("loc_1").unwrap();
    assert_eq!(status.remaining, Some(0));
    assert_eq!(status.max, Some(100));
    assert_eq!(status.interval, Some(Duration::from_secs(10)));
    assert_eq!(client.daily_remaining("loc_1"), Some(1));
    // The server said the window is spent: the next call waits for it instead of a 429.
    client.send_empty(Request::get("/x", "/x")).await.unwrap();
    assert_eq!(
        *seen.lock().unwrap(),
        vec![Duration::ZERO, Duration::from_secs(10)]
    );
    // The server said the day is spent: fail fast.
    let err = client
        .send_empty(Request::get("/x", "/x"))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::DailyLimitExhausted { .. }), "{err:?}");
    assert_eq!(seen.lock().unwrap().len(), 2);
}

#[tokio::test]
async fn error_answers_are_typed() {
    let server = MockServer::start().await;
    let clock = ManualClock::new();
    let cases = [
        (
            "/a",
            401,
            json!({"statusCode": 401, "message": "Invalid token: access token is invalid", "error": "Unauthorized"}),
            ApiErrorKind::InvalidToken,
        ),
        (
            "/b",
            401,
            json!({"statusCode": 401, "message": "The token is not authorized for this scope."}),
            ApiErrorKind::MissingScope,
        ),
        (
            "/c",
            403,
            json!({"statusCode": 403, "message": "The token does not have access to this location."}),
            ApiErrorKind::WrongLocation,
        ),
        (
            "/d",
            404,
            json!({"statusCode": 404, "message": "Contact not found", "traceId": "tr-9"}),
            ApiErrorKind::NotFound,
        ),
        (
            "/e",
            422,
            json!({"statusCode": 422, "message": ["email must be an email", "phone is invalid"], "error": "Unprocessable Entity"}),
            ApiErrorKind::Unprocessable,
        ),
        (
            "/f",
            400,
            json!({"statusCode": 400, "message": "Bad Request"}),
            ApiErrorKind::BadRequest,
        ),
    ];
    for (at, status, body, _) in &cases {
        Mock::given(path(*at))
            .respond_with(ResponseTemplate::new(*status).set_body_json(body))
            .mount(&server)
            .await;
    }
    let client = builder(&server, &clock).build().unwrap();
    for (at, status, _, kind) in &cases {
        let err = client
            .send_empty(Request::get("/t", at.to_string()))
            .await
            .unwrap_err();
        let api = err.api().unwrap_or_else(|| panic!("{at}: {err:?}"));
        assert_eq!(api.status.as_u16(), *status);
        assert_eq!(api.kind, *kind, "{at}");
    }
    let err = client.send_empty(Request::get("/t", "/e")).await;
    assert!(err.is_err());
    let e = client
        .send_empty(Request::get("/t", "/d"))
        .await
        .unwrap_err();
    assert!(e.is_not_found());
    assert_eq!(e.api().unwrap().trace_id.as_deref(), Some("tr-9"));
    assert_eq!(e.api().unwrap().message(), "Contact not found");
}

#[tokio::test]
async fn the_422_message_array_is_kept() {
    let server = MockServer::start().await;
    let clock = ManualClock::new();
    Mock::given(path("/e"))
        .respond_with(ResponseTemplate::new(422).set_body_json(json!({
            "statusCode": 422, "message": ["email must be an email", "phone is invalid"]
        })))
        .mount(&server)
        .await;
    let client = builder(&server, &clock).build().unwrap();
    let err = client
        .send_empty(Request::get("/t", "/e"))
        .await
        .unwrap_err();
    assert_eq!(
        err.api().unwrap().messages,
        vec!["email must be an email", "phone is invalid"]
    );
    assert!(err.to_string().contains("phone is invalid"));
}

#[tokio::test]
async fn decode_errors_name_the_json_path() {
    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Wrapper {
        contact: Inner,
    }
    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Inner {
        tags: Vec<String>,
    }
    let server = MockServer::start().await;
    let clock = ManualClock::new();
    Mock::given(path("/c"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "contact": {"tags": ["a", 5]}, "access_token": TOKEN
        })))
        .mount(&server)
        .await;
    let client = builder(&server, &clock).build().unwrap();
    let err = client
        .send::<Wrapper>(Request::get("/c", "/c"))
        .await
        .unwrap_err();
    match &err {
        Error::Decode {
            json_path, excerpt, ..
        } => {
            assert_eq!(json_path, "contact.tags[1]");
            assert!(!excerpt.contains(TOKEN), "{excerpt}");
        }
        other => panic!("unexpected {other:?}"),
    }
    assert!(!err.to_string().contains(TOKEN));
}

#[tokio::test]
async fn the_operation_timeout_bounds_retries() {
    let server = MockServer::start().await;
    let clock = ManualClock::new();
    script(
        &server,
        &clock,
        "GET",
        "/x",
        vec![ResponseTemplate::new(429).insert_header("Retry-After", "20")],
    )
    .await;
    let client = builder(&server, &clock)
        .operation_timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let err = client
        .send_empty(Request::get("/x", "/x"))
        .await
        .unwrap_err();
    // One retry after 20 s fits, a second would not.
    assert_eq!(err.status().map(|s| s.as_u16()), Some(429));
    assert_eq!(client.metrics().requests, 2);
    assert!(clock.elapsed() < Duration::from_secs(30));
}

#[tokio::test]
async fn an_overlong_retry_after_fails_with_the_wait() {
    let server = MockServer::start().await;
    let clock = ManualClock::new();
    script(
        &server,
        &clock,
        "GET",
        "/x",
        vec![ResponseTemplate::new(429).insert_header("Retry-After", "3600")],
    )
    .await;
    let client = builder(&server, &clock).build().unwrap();
    let err = client
        .send_empty(Request::get("/x", "/x"))
        .await
        .unwrap_err();
    assert_eq!(
        err.api().unwrap().retry_after,
        Some(Duration::from_secs(3600))
    );
    assert_eq!(client.metrics().requests, 1);
}

#[derive(Debug)]
struct Rotating {
    tokens: Mutex<Vec<&'static str>>,
    rejected: Mutex<u32>,
}

impl ghl_client::TokenProvider for Rotating {
    fn token<'a>(
        &'a self,
        _resource: &'a str,
    ) -> futures_util::future::BoxFuture<'a, ghl_client::Result<secrecy::SecretString>> {
        let t = *self.tokens.lock().unwrap().last().unwrap();
        Box::pin(async move { Ok(secrecy::SecretString::from(t)) })
    }

    fn token_rejected<'a>(
        &'a self,
        _resource: &'a str,
        _rejected: &'a secrecy::SecretString,
    ) -> futures_util::future::BoxFuture<'a, ghl_client::Result<bool>> {
        *self.rejected.lock().unwrap() += 1;
        self.tokens.lock().unwrap().push("fresh-token");
        Box::pin(async { Ok(true) })
    }
}

#[tokio::test]
async fn a_rejected_token_is_refreshed_once() {
    let server = MockServer::start().await;
    let clock = ManualClock::new();
    Mock::given(header("Authorization", "Bearer fresh-token"))
        .respond_with(ok())
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(header("Authorization", "Bearer stale-token"))
        .respond_with(
            ResponseTemplate::new(401)
                .set_body_json(json!({"statusCode": 401, "message": "Invalid JWT"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let provider = Arc::new(Rotating {
        tokens: Mutex::new(vec!["stale-token"]),
        rejected: Mutex::new(0),
    });
    let client = GhlClient::builder()
        .base_url(server.uri())
        .token_provider(provider.clone())
        .location_id("loc_1")
        .clock(clock.shared())
        .build()
        .unwrap();
    client.send_empty(Request::get("/x", "/x")).await.unwrap();
    assert_eq!(*provider.rejected.lock().unwrap(), 1);
}

#[tokio::test]
async fn refused_connections_sent_nothing_so_even_creates_are_retried() {
    // Nothing listens on this port: every attempt fails to connect.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let clock = ManualClock::new();
    let client = GhlClient::builder()
        .base_url(format!("http://{addr}"))
        .private_token(TOKEN)
        .location_id("loc_1")
        .clock(clock.shared())
        .build()
        .unwrap();
    let err = client
        .send_empty(Request::get("/x", "/x"))
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Transport { connect: true, .. }),
        "{err:?}"
    );
    assert_eq!(client.metrics().requests, 4);
    assert!(!format!("{err:?}").contains(TOKEN));
    let err = client
        .send_empty(Request::post("/contacts/", "/contacts/"))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Transport { connect: true, .. }));
    assert!(!err.outcome_unknown(), "nothing reached GHL");
    assert_eq!(client.metrics().requests, 8);
}

/// A 200 whose JSON stops half-way.
fn truncated() -> ResponseTemplate {
    ResponseTemplate::new(200)
        .insert_header("content-type", "application/json")
        .set_body_string(r#"{"contact":{"id":"c-tru"#)
}

#[tokio::test]
async fn a_create_with_a_truncated_2xx_body_is_an_unknown_outcome_sent_once() {
    let server = MockServer::start().await;
    let clock = ManualClock::new();
    Mock::given(method("POST"))
        .and(path("/contacts/"))
        .respond_with(truncated())
        .expect(1)
        .mount(&server)
        .await;
    let client = builder(&server, &clock).build().unwrap();
    let err = client
        .send::<Value>(Request::post("/contacts/", "/contacts/").json(&json!({"firstName": "A"})))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    assert!(err.outcome_unknown(), "a 2xx means the contact may exist");
    assert_eq!(
        err.retry_kind(),
        Some(ghl_client::runtime::ErrorKind::Transient)
    );
    assert_eq!(client.metrics().requests, 1);
}

#[tokio::test]
async fn reads_with_a_truncated_body_are_retried_and_succeed() {
    let server = MockServer::start().await;
    let clock = ManualClock::new();
    let gets = script(
        &server,
        &clock,
        "GET",
        "/contacts/c1",
        vec![truncated(), ok()],
    )
    .await;
    let searches = script(
        &server,
        &clock,
        "POST",
        "/contacts/search",
        vec![truncated(), truncated(), ok()],
    )
    .await;
    let client = builder(&server, &clock).build().unwrap();
    client
        .send::<Value>(Request::get("/contacts/{contactId}", "/contacts/c1"))
        .await
        .unwrap();
    client
        .send::<Value>(
            Request::post("/contacts/search", "/contacts/search")
                .json(&json!({"locationId": "loc_1"}))
                .idempotent(true),
        )
        .await
        .unwrap();
    assert_eq!(gets.lock().unwrap().len(), 2);
    assert_eq!(searches.lock().unwrap().len(), 3);
    assert_eq!(client.metrics().retries, 3);
}

/// A server that answers each connection with the next canned response (the last one
/// repeats) and closes it; counts the requests it read.
async fn raw_server(responses: Vec<Vec<u8>>) -> (String, Arc<std::sync::atomic::AtomicUsize>) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let count = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&count);
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let n = seen.fetch_add(1, Ordering::SeqCst);
            let response = responses[n.min(responses.len() - 1)].clone();
            tokio::spawn(async move {
                // Read the request: headers, then `content-length` bytes of body.
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                loop {
                    match socket.read(&mut chunk).await {
                        Ok(0) | Err(_) => break,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                    let text = String::from_utf8_lossy(&buf).to_string();
                    if let Some(end) = text.find("\r\n\r\n") {
                        let length = text[..end]
                            .lines()
                            .find_map(|l| {
                                let (k, v) = l.split_once(':')?;
                                k.eq_ignore_ascii_case("content-length")
                                    .then(|| v.trim().parse::<usize>().ok())?
                            })
                            .unwrap_or(0);
                        if buf.len() >= end + 4 + length {
                            break;
                        }
                    }
                }
                let _ = socket.write_all(&response).await;
                let _ = socket.shutdown().await;
            });
        }
    });
    (format!("http://{addr}"), count)
}

#[tokio::test]
async fn a_body_cut_mid_stream_is_unknown_on_a_create_and_retried_on_a_read() {
    use std::sync::atomic::Ordering;
    // A 200 that promises more body than it sends, then closes.
    let cut = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{\"contact\":{"
        .to_vec();
    let body = json!({"contact": {"id": "c1"}}).to_string();
    let full = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes();
    let clock = ManualClock::new();
    let client_for = |uri: String| {
        GhlClient::builder()
            .base_url(uri)
            .private_token(TOKEN)
            .location_id("loc_1")
            .clock(clock.shared())
            .jitter_seed(7)
            .build()
            .unwrap()
    };

    let (uri, requests) = raw_server(vec![cut.clone()]).await;
    let client = client_for(uri);
    let err = client
        .send::<Value>(Request::post("/contacts/", "/contacts/").json(&json!({"firstName": "A"})))
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Transport { connect: false, .. }),
        "{err:?}"
    );
    assert!(err.outcome_unknown());
    assert_eq!(requests.load(Ordering::SeqCst), 1, "a create is sent once");

    let (uri, requests) = raw_server(vec![cut, full]).await;
    let client = client_for(uri);
    let got = client
        .send::<Value>(Request::get("/contacts/{contactId}", "/contacts/c1"))
        .await
        .unwrap();
    assert_eq!(got["contact"]["id"], "c1");
    assert_eq!(requests.load(Ordering::SeqCst), 2);
}

#[test]
fn debug_output_has_no_token() {
    let client = GhlClient::builder()
        .private_token(TOKEN)
        .location_id("loc_1")
        .build()
        .unwrap();
    let shown = format!("{client:?}");
    assert!(!shown.contains(TOKEN), "{shown}");
}
