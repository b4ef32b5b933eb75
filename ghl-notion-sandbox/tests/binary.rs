//! The binary prints exactly one JSON line with its URLs and credentials, quickly, even with
//! 10,000 contacts, and answers on the printed URL.

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

/// A tiny blocking GET without pulling in reqwest's blocking feature.
mod http_get {
    use std::io::{Read as _, Write as _};
    use std::net::TcpStream;

    pub fn blocking_get(url: &str) -> bool {
        let Some(rest) = url.strip_prefix("http://") else {
            return false;
        };
        let (host, path) = rest
            .split_once('/')
            .map_or((rest, "/".to_owned()), |(h, p)| (h, format!("/{p}")));
        let Ok(mut stream) = TcpStream::connect(host) else {
            return false;
        };
        let request = format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
        if stream.write_all(request.as_bytes()).is_err() {
            return false;
        }
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        answer.starts_with("HTTP/1.1 200")
    }
}
