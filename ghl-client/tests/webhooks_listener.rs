//! The hardened listener over real TCP on 127.0.0.1: slow and hostile clients cannot keep
//! valid deliveries from being answered, and nothing they send is buffered past the limits.
#![cfg(feature = "webhook-server")]

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ghl_client::runtime::ManualClock;
use ghl_client::webhooks::server::{ServerOptions, WebhookServer};
use ghl_client::webhooks::testing::TestSigner;
use ghl_client::webhooks::{ChannelSink, EventSink, Ingress, SinkError, VerifiedEvent};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;
use tokio::sync::{Notify, oneshot};

const PATH: &str = "/webhooks/ghl";

/// A running server and what it needs to sign deliveries.
struct Running {
    addr: SocketAddr,
    signer: TestSigner,
    stop: Option<oneshot::Sender<()>>,
    done: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Running {
    async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let served = tokio::time::timeout(Duration::from_secs(5), self.done)
            .await
            .expect("the server stops within its grace");
        served.expect("join").expect("served");
    }
}

async fn start<S: EventSink>(sink: S, options: ServerOptions, max_body: usize) -> Running {
    let signer = TestSigner::new();
    let ingress = Ingress::builder(sink)
        .verifier(signer.verifier())
        .clock(ManualClock::new().shared()) // 2026-01-01T00:00:00Z
        .max_body_bytes(max_body)
        .build();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let (stop, stopped) = oneshot::channel::<()>();
    let server = WebhookServer::new(ingress).options(options);
    let done = tokio::spawn(server.serve_until(listener, async {
        let _ = stopped.await;
    }));
    Running {
        addr,
        signer,
        stop: Some(stop),
        done,
    }
}

/// A sink that takes everything (the receiver end is drained in the background).
fn draining_sink() -> ChannelSink {
    let (sink, mut events) = ChannelSink::new(100_000);
    tokio::spawn(async move { while events.recv().await.is_some() {} });
    sink
}

fn delivery(id: &str) -> Vec<u8> {
    format!(
        r#"{{"type":"ContactCreate","locationId":"loc1","id":"c-{id}","timestamp":"2026-01-01T00:00:00Z","webhookId":"{id}"}}"#
    )
    .into_bytes()
}

/// A whole HTTP/1.1 request for `body`, signed by `signer`.
fn signed_request(signer: &TestSigner, body: &[u8], close: bool) -> Vec<u8> {
    let mut head = format!(
        "POST {PATH} HTTP/1.1\r\nHost: test\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in &signer.headers(body) {
        head.push_str(&format!(
            "{name}: {}\r\n",
            value.to_str().expect("ascii header")
        ));
    }
    if close {
        head.push_str("Connection: close\r\n");
    }
    head.push_str("\r\n");
    let mut request = head.into_bytes();
    request.extend_from_slice(body);
    request
}

/// The status of the first response on `stream` and the response head's text.
async fn read_response(stream: &mut TcpStream) -> (u16, String) {
    let mut seen = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let n = stream.read(&mut chunk).await.expect("read");
        if n == 0 {
            break;
        }
        seen.extend_from_slice(&chunk[..n]);
        if let Some(end) = find(&seen, b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&seen[..end]).into_owned();
            let length = head
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase()
                        .strip_prefix("content-length:")
                        .map(|v| v.trim().parse::<usize>().unwrap_or(0))
                })
                .unwrap_or(0);
            while seen.len() < end + 4 + length {
                let n = stream.read(&mut chunk).await.expect("read body");
                if n == 0 {
                    break;
                }
                seen.extend_from_slice(&chunk[..n]);
            }
            let status = head
                .split_whitespace()
                .nth(1)
                .and_then(|s| s.parse().ok())
                .unwrap_or(0);
            return (status, head);
        }
    }
    (0, String::from_utf8_lossy(&seen).into_owned())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Posts one signed delivery on a fresh connection; the status and how long it took.
async fn post_signed(running: &Running, id: &str) -> (u16, Duration) {
    let started = Instant::now();
    let mut stream = TcpStream::connect(running.addr).await.expect("connect");
    stream
        .write_all(&signed_request(&running.signer, &delivery(id), true))
        .await
        .expect("write");
    let (status, _) = read_response(&mut stream).await;
    (status, started.elapsed())
}

/// Whether the server closed `stream` (EOF or reset) within `within`.
async fn closed_within(stream: &mut TcpStream, within: Duration) -> bool {
    let mut buf = [0u8; 1024];
    let read = async {
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        }
    };
    tokio::time::timeout(within, read).await.is_ok()
}

/// The soft limit on open files, from `/proc` (Linux), if readable.
fn open_files_limit() -> Option<usize> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = limits.lines().find(|l| l.starts_with("Max open files"))?;
    line.split_whitespace().nth(3)?.parse().ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn valid_deliveries_are_answered_within_2s_while_500_slow_clients_hold_connections() {
    let options = ServerOptions::default()
        .header_read_timeout(Duration::from_millis(500))
        .body_read_timeout(Duration::from_millis(500));
    let running = start(draining_sink(), options, 1024 * 1024).await;
    // 500 slow clients need ~1000 descriptors (both ends live in this process).
    let slow = match open_files_limit() {
        Some(limit) if limit < 1300 => {
            eprintln!("open-files limit {limit}: using fewer slow clients");
            limit.saturating_sub(300) / 2
        }
        _ => 500,
    };
    let mut held = Vec::with_capacity(slow);
    for i in 0..slow {
        let mut stream = TcpStream::connect(running.addr).await.expect("connect");
        if i % 2 == 0 {
            // Half-sent headers.
            stream
                .write_all(b"POST /webhooks/ghl HTTP/1.1\r\nHost: test\r\nContent-Type: appl")
                .await
                .expect("write");
        } else {
            // Complete headers, a 1 MB body announced, 1 KiB sent, then nothing.
            let head = "POST /webhooks/ghl HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n";
            stream.write_all(head.as_bytes()).await.expect("write");
            stream.write_all(&[b' '; 1024]).await.expect("write");
        }
        held.push(stream);
    }
    // Valid deliveries, while every slow client is still connected.
    let mut answered = Vec::new();
    for i in 0..10 {
        let id = format!("valid-{i}");
        let running = &running;
        answered.push(async move { post_signed(running, &id).await });
    }
    let results = futures_util::future::join_all(answered).await;
    let slowest = results.iter().map(|(_, took)| *took).max();
    eprintln!("{slow} slow clients held; slowest valid delivery answered in {slowest:?}");
    for (i, (status, took)) in results.iter().enumerate() {
        assert_eq!(*status, 200, "delivery {i}");
        assert!(*took < Duration::from_secs(2), "delivery {i} took {took:?}");
    }
    // The stalled bodies were answered 408 and the half-sent headers cut off: none of them
    // is holding memory or a slot any more.
    for (i, stream) in held.iter_mut().enumerate().take(20) {
        if i % 2 == 1 {
            let (status, _) = tokio::time::timeout(Duration::from_secs(3), read_response(stream))
                .await
                .expect("a stalled body is answered");
            assert!(status == 408 || status == 429, "stalled body {i}: {status}");
        } else {
            assert!(
                closed_within(stream, Duration::from_secs(3)).await,
                "half-sent headers {i} cut off"
            );
        }
    }
    drop(held);
    running.shutdown().await;
}

#[tokio::test]
async fn bodies_over_the_limit_are_refused_before_they_are_buffered() {
    let running = start(draining_sink(), ServerOptions::default(), 64 * 1024).await;
    // Declared too large: refused before a byte of the body is sent.
    let mut stream = TcpStream::connect(running.addr).await.expect("connect");
    let head = "POST /webhooks/ghl HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 2000000\r\n\r\n";
    stream.write_all(head.as_bytes()).await.expect("write");
    let (status, _) = tokio::time::timeout(Duration::from_secs(2), read_response(&mut stream))
        .await
        .expect("answered at once");
    assert_eq!(status, 413);

    // Chunked, no length: refused once the stream passes the limit, long before its end.
    let mut stream = TcpStream::connect(running.addr).await.expect("connect");
    let head = "POST /webhooks/ghl HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    stream.write_all(head.as_bytes()).await.expect("write");
    let chunk = format!("{:x}\r\n{}\r\n", 16 * 1024, " ".repeat(16 * 1024));
    for _ in 0..5 {
        stream.write_all(chunk.as_bytes()).await.expect("write");
    }
    // 80 KiB sent of an endless body: the answer comes now.
    let (status, _) = tokio::time::timeout(Duration::from_secs(2), read_response(&mut stream))
        .await
        .expect("answered while the client is still sending");
    assert_eq!(status, 413);
    running.shutdown().await;
}

#[tokio::test]
async fn a_stalled_body_is_answered_408_and_half_sent_headers_are_cut_off() {
    let options = ServerOptions::default()
        .header_read_timeout(Duration::from_millis(200))
        .body_read_timeout(Duration::from_millis(200));
    let running = start(draining_sink(), options, 64 * 1024).await;
    let mut stalled = TcpStream::connect(running.addr).await.expect("connect");
    let head = "POST /webhooks/ghl HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{";
    stalled.write_all(head.as_bytes()).await.expect("write");
    let (status, _) = tokio::time::timeout(Duration::from_secs(3), read_response(&mut stalled))
        .await
        .expect("answered");
    assert_eq!(status, 408);

    let mut slow = TcpStream::connect(running.addr).await.expect("connect");
    slow.write_all(b"POST /webhooks/ghl HTTP/1.1\r\nHo")
        .await
        .expect("write");
    assert!(closed_within(&mut slow, Duration::from_secs(3)).await);

    // An idle kept-alive connection is closed after the same timeout.
    let mut idle = TcpStream::connect(running.addr).await.expect("connect");
    idle.write_all(&signed_request(&running.signer, &delivery("ka"), false))
        .await
        .expect("write");
    assert_eq!(read_response(&mut idle).await.0, 200);
    assert!(closed_within(&mut idle, Duration::from_secs(3)).await);
    running.shutdown().await;
}

/// Holds the first event until released; takes the others at once.
#[derive(Debug, Default)]
struct GateSink {
    release: Notify,
    first: std::sync::atomic::AtomicBool,
}

impl EventSink for GateSink {
    async fn persist(&self, _event: VerifiedEvent) -> Result<(), SinkError> {
        if !self.first.swap(true, std::sync::atomic::Ordering::SeqCst) {
            self.release.notified().await;
        }
        Ok(())
    }
}

#[tokio::test]
async fn a_request_that_finds_no_free_slot_in_time_is_answered_429() {
    let gate = Arc::new(GateSink::default());
    let options = ServerOptions::default()
        .max_in_flight(1)
        .body_read_timeout(Duration::from_millis(300));
    let running = start(Arc::clone(&gate), options, 64 * 1024).await;
    let first = {
        let (addr, request) = (
            running.addr,
            signed_request(&running.signer, &delivery("held"), true),
        );
        tokio::spawn(async move {
            let mut stream = TcpStream::connect(addr).await.expect("connect");
            stream.write_all(&request).await.expect("write");
            read_response(&mut stream).await.0
        })
    };
    // Wait until the first delivery is inside the sink (holding the only slot).
    while !gate.first.load(std::sync::atomic::Ordering::SeqCst) {
        tokio::task::yield_now().await;
    }
    let mut stream = TcpStream::connect(running.addr).await.expect("connect");
    stream
        .write_all(&signed_request(&running.signer, &delivery("waits"), true))
        .await
        .expect("write");
    let (status, head) = read_response(&mut stream).await;
    assert_eq!(status, 429);
    assert!(head.to_ascii_lowercase().contains("retry-after"), "{head}");
    gate.release.notify_one();
    assert_eq!(first.await.expect("join"), 200);
    // The slot is free again.
    assert_eq!(post_signed(&running, "after").await.0, 200);
    running.shutdown().await;
}

#[tokio::test]
async fn a_connection_is_closed_after_its_request_budget() {
    let options = ServerOptions::default().max_requests_per_connection(2);
    let running = start(draining_sink(), options, 64 * 1024).await;
    let mut stream = TcpStream::connect(running.addr).await.expect("connect");
    for (i, id) in ["k1", "k2"].iter().enumerate() {
        stream
            .write_all(&signed_request(&running.signer, &delivery(id), false))
            .await
            .expect("write");
        let (status, head) = read_response(&mut stream).await;
        assert_eq!(status, 200);
        let closing = head.to_ascii_lowercase().contains("connection: close");
        assert_eq!(closing, i == 1, "{head}");
    }
    assert!(closed_within(&mut stream, Duration::from_secs(2)).await);
    running.shutdown().await;
}

#[tokio::test]
async fn extra_connections_wait_in_the_backlog_until_a_slot_frees() {
    let gate = Arc::new(GateSink::default());
    let options = ServerOptions::default().max_connections(1);
    let running = start(Arc::clone(&gate), options, 64 * 1024).await;
    let first = {
        let (addr, request) = (
            running.addr,
            signed_request(&running.signer, &delivery("hog"), true),
        );
        tokio::spawn(async move {
            let mut stream = TcpStream::connect(addr).await.expect("connect");
            stream.write_all(&request).await.expect("write");
            read_response(&mut stream).await.0
        })
    };
    while !gate.first.load(std::sync::atomic::Ordering::SeqCst) {
        tokio::task::yield_now().await;
    }
    // The only connection slot is taken: the next client is connected by the kernel but
    // not served.
    let mut waiting = TcpStream::connect(running.addr).await.expect("connect");
    waiting
        .write_all(&signed_request(&running.signer, &delivery("queued"), true))
        .await
        .expect("write");
    assert!(
        tokio::time::timeout(Duration::from_millis(300), read_response(&mut waiting))
            .await
            .is_err(),
        "not served while the only connection slot is taken"
    );
    gate.release.notify_one();
    assert_eq!(first.await.expect("join"), 200);
    let (status, _) = tokio::time::timeout(Duration::from_secs(2), read_response(&mut waiting))
        .await
        .expect("served once the slot frees");
    assert_eq!(status, 200);
    running.shutdown().await;
}

#[tokio::test]
async fn shutdown_stops_accepting_and_finishes() {
    let running = start(draining_sink(), ServerOptions::default(), 64 * 1024).await;
    assert_eq!(post_signed(&running, "before").await.0, 200);
    let addr = running.addr;
    running.shutdown().await;
    assert!(
        TcpStream::connect(addr).await.is_err(),
        "the port is closed"
    );
}
