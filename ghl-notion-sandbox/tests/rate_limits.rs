//! Rate limits: the 101st request in a 10-second window is refused with 429, `Retry-After` and
//! the five headers; the window and the daily quota follow sandbox time.

mod common;

use common::{advance, config, ghl, start};
use reqwest::Method;
use reqwest::header::HeaderMap;

fn header(h: &HeaderMap, name: &str) -> i64 {
    h.get(name)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("missing or non-numeric header {name}"))
}

#[tokio::test]
async fn the_101st_request_in_a_window_gets_429_with_headers() {
    let sb = start(config()).await;
    let path = format!("/opportunities/pipelines?locationId={}", sb.location_id());
    for i in 1..=100 {
        let resp = ghl(&sb, Method::GET, &path).send().await.expect("request");
        assert_eq!(resp.status().as_u16(), 200, "request {i}");
        let h = resp.headers();
        assert_eq!(header(h, "x-ratelimit-max"), 100);
        assert_eq!(header(h, "x-ratelimit-remaining"), 100 - i);
        assert_eq!(header(h, "x-ratelimit-interval-milliseconds"), 10_000);
        assert_eq!(header(h, "x-ratelimit-limit-daily"), 200_000);
        assert_eq!(header(h, "x-ratelimit-daily-remaining"), 200_000 - i);
    }
    let resp = ghl(&sb, Method::GET, &path).send().await.expect("request");
    assert_eq!(resp.status().as_u16(), 429);
    let h = resp.headers().clone();
    assert_eq!(header(&h, "x-ratelimit-remaining"), 0);
    assert_eq!(header(&h, "x-ratelimit-max"), 100);
    assert_eq!(header(&h, "x-ratelimit-daily-remaining"), 199_900);
    let retry = header(&h, "retry-after");
    assert!((1..=10).contains(&retry), "retry-after {retry}");
    let body: serde_json::Value = resp.json().await.expect("json");
    assert_eq!(body["statusCode"], 429);

    // Errors carry the headers too, and the next window starts fresh.
    let resp = ghl(&sb, Method::GET, "/contacts/unknown")
        .send()
        .await
        .expect("request");
    assert_eq!(resp.status().as_u16(), 429);
    advance(&sb, 10.0).await;
    let resp = ghl(&sb, Method::GET, &path).send().await.expect("request");
    assert_eq!(resp.status().as_u16(), 200);
    assert_eq!(header(resp.headers(), "x-ratelimit-remaining"), 99);

    let stats = sb.stats();
    assert_eq!(stats["rateLimited"], 2);
}

#[tokio::test]
async fn daily_quota_spans_windows() {
    let sb = start(config().with_rate_limit(100, 3)).await;
    let path = format!("/opportunities/pipelines?locationId={}", sb.location_id());
    for _ in 0..3 {
        assert_eq!(
            ghl(&sb, Method::GET, &path)
                .send()
                .await
                .expect("req")
                .status()
                .as_u16(),
            200
        );
    }
    advance(&sb, 20.0).await;
    let resp = ghl(&sb, Method::GET, &path).send().await.expect("req");
    assert_eq!(resp.status().as_u16(), 429, "the daily quota spans windows");
    assert_eq!(header(resp.headers(), "x-ratelimit-daily-remaining"), 0);
    advance(&sb, 86_400.0).await;
    let resp = ghl(&sb, Method::GET, &path).send().await.expect("req");
    assert_eq!(resp.status().as_u16(), 200, "a new day");
}
