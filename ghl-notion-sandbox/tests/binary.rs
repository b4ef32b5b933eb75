//! The binary prints exactly one JSON line with its URLs and credentials, quickly, even with
//! 10,000 contacts, and answers on the printed URL; it advertises its clock (the time
//! handshake) in that line, in `GET /_sandbox/info` and in the headers of every answer.

use std::io::{BufRead as _, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn binary_prints_one_json_line_and_serves() {
    let began = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_ghl-notion-sandbox"))
        .args([
            "--port",
            "0",
            "--contacts",
            "10000",
            "--opportunities",
            "500",
            "--seed",
            "3",
        ])
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("binary starts");
    let stdout = child.stdout.take().expect("stdout");
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).expect("a line");
    let startup = began.elapsed();
    let info: serde_json::Value = serde_json::from_str(&line).expect("the line is JSON");
    for key in [
        "ghl_base_url",
        "notion_base_url",
        "ghl_api_key",
        "location_id",
        "notion_token",
        "notion_parent_page_id",
        "control_url",
        "company_id",
        "oauth_client_id",
    ] {
        assert!(info[key].is_string(), "{key} in {line}");
    }
    let health = http_get::blocking_get(&format!(
        "{}/health",
        info["control_url"].as_str().unwrap_or_default()
    ));
    let _ = child.kill();
    let _ = child.wait();
    assert!(health, "the control API answers");
    assert!(startup < Duration::from_secs(5), "startup took {startup:?}");
}

/// Starts the binary with `args` and reads its start-up line.
fn start(args: &[&str]) -> (std::process::Child, serde_json::Value) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ghl-notion-sandbox"))
        .args(args)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("binary starts");
    let stdout = child.stdout.take().expect("stdout");
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).expect("a line");
    let info = serde_json::from_str(&line).expect("the line is JSON");
    (child, info)
}

/// The value of header `name` in a raw HTTP answer.
fn header<'a>(answer: &'a str, name: &str) -> Option<&'a str> {
    let head = answer.split("\r\n\r\n").next()?;
    head.lines().skip(1).find_map(|line| {
        let (n, v) = line.split_once(':')?;
        n.trim().eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

/// The body of a raw HTTP answer, as JSON.
fn body(answer: &str) -> serde_json::Value {
    let body = answer.split_once("\r\n\r\n").map_or("", |(_, b)| b);
    serde_json::from_str(body).unwrap_or(serde_json::Value::Null)
}

fn unix_ms_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

#[test]
fn a_scaled_binary_advertises_its_clock_in_the_line_the_info_and_every_answer() {
    let started = unix_ms_now();
    let (mut child, info) = start(&["--port", "0", "--contacts", "5", "--time-scale", "10"]);
    let base = info["ghl_base_url"].as_str().unwrap_or_default().to_owned();
    let control = info["control_url"].as_str().unwrap_or_default().to_owned();
    let from_info = http_get::blocking_get_raw(&format!("{control}/info"));
    let ghl = http_get::blocking_get_raw(&format!("{base}/locations/nowhere"));
    let notion = http_get::blocking_get_raw(&format!("{base}/v1/users/me"));
    let _ = child.kill();
    let _ = child.wait();

    // The start-up line.
    assert_eq!(info["time_scale"], 10.0, "{info}");
    let now_ms = info["now_ms"].as_i64().expect("now_ms");
    assert!(
        (started - 1_000..unix_ms_now() + 60_000).contains(&now_ms),
        "{now_ms}"
    );
    let now = info["now"].as_str().expect("now");
    assert!(now.ends_with('Z') && now.contains('T'), "{now}");

    // GET /_sandbox/info: the same keys, and the headers.
    let first = body(&from_info);
    assert_eq!(first["time_scale"], 10.0, "{from_info}");
    assert_eq!(header(&from_info, "x-sandbox-time-scale"), Some("10"));
    let header_ms: i64 = header(&from_info, "x-sandbox-now")
        .and_then(|v| v.parse().ok())
        .expect("x-sandbox-now in unix ms");
    let body_ms = first["now_ms"].as_i64().expect("now_ms");
    assert!((header_ms - body_ms).abs() < 1_000, "{header_ms} {body_ms}");

    // Every answer carries the headers: a GHL error, a Notion error.
    for (what, answer) in [("GHL", &ghl), ("Notion", &notion)] {
        assert!(answer.starts_with("HTTP/1.1 4"), "{what}: {answer}");
        assert_eq!(header(answer, "x-sandbox-time-scale"), Some("10"), "{what}");
        assert!(
            header(answer, "x-sandbox-now").is_some_and(|v| v.parse::<i64>().is_ok()),
            "{what}: {answer}"
        );
    }
}

/// A tiny blocking GET without pulling in reqwest's blocking feature.
mod http_get {
    use std::io::{Read as _, Write as _};
    use std::net::TcpStream;

    pub fn blocking_get(url: &str) -> bool {
        blocking_get_raw(url).starts_with("HTTP/1.1 200")
    }

    /// The whole answer: status line, headers and body (empty when nothing answered).
    pub fn blocking_get_raw(url: &str) -> String {
        let Some(rest) = url.strip_prefix("http://") else {
            return String::new();
        };
        let (host, path) = rest
            .split_once('/')
            .map_or((rest, "/".to_owned()), |(h, p)| (h, format!("/{p}")));
        let Ok(mut stream) = TcpStream::connect(host) else {
            return String::new();
        };
        let request = format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
        if stream.write_all(request.as_bytes()).is_err() {
            return String::new();
        }
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        answer
    }
}
