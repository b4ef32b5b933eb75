//! The binary prints exactly one JSON line with its URLs and credentials, quickly, even with
//! 10,000 contacts, and answers on the printed URL; it advertises its clock (the time
//! handshake) in that line, in `GET /_sandbox/info` and in the headers of every answer. Its
//! command line has `--version`, `--help` and `--print-env` (shell `export` lines a shell can
//! load), and rejects a bad argument with status 2.

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

/// Runs the binary with `args` to completion: (exit code, stdout, stderr).
fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_ghl-notion-sandbox"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("binary runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn version_prints_the_crate_version() {
    let (code, stdout, _) = run(&["--version"]);
    assert_eq!(code, Some(0));
    assert_eq!(
        stdout.trim(),
        format!("ghl-notion-sandbox {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn help_lists_every_option_and_examples() {
    let (code, stdout, _) = run(&["--help"]);
    assert_eq!(code, Some(0));
    for option in [
        "--port",
        "--host",
        "--contacts",
        "--opportunities",
        "--users",
        "--seed",
        "--time-scale",
        "--webhook-url",
        "--burst-limit",
        "--ghl-window",
        "--daily-limit",
        "--notion-rate",
        "--access-token-ttl",
        "--print-env",
        "--help",
        "--version",
        "Examples:",
        "sandbox.env",
    ] {
        assert!(stdout.contains(option), "{option} missing from:\n{stdout}");
    }
}

#[test]
fn a_bad_argument_exits_2_with_clap_s_message() {
    let (code, stdout, stderr) = run(&["--bogus"]);
    assert_eq!(code, Some(2));
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.contains("--bogus"), "{stderr}");
    let (code, _, stderr) = run(&["--time-scale", "0"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("positive"), "{stderr}");
}

/// The pattern `--help` documents, run by bash: start in the background writing a file, wait
/// for the last line, source it. The script prints the sandbox's pid and the loaded variables.
const PRINT_ENV_SCRIPT: &str = r#"
bin="$1"; cd "$2" || exit 1
"$bin" --port 0 --contacts 5 --print-env > sandbox.env 2>/dev/null &
echo "PID=$!"
until grep -q GHL_NOTION_SANDBOX_CONTROL_URL sandbox.env 2>/dev/null; do sleep 0.1; done
. ./sandbox.env
for name in GHL_BASE_URL GHL_API_KEY GHL_LOCATION_ID NOTION_BASE_URL NOTION_TOKEN \
    NOTION_PARENT_PAGE_ID GHL_NOTION_SANDBOX_CONTROL_URL; do
    printf '%s=%s\n' "$name" "${!name}"
done
"#;

#[test]
fn print_env_lines_load_in_bash_and_point_at_a_working_sandbox() {
    let dir = std::env::temp_dir().join(format!(
        "ghl-notion-sandbox-print-env-{}-{}",
        std::process::id(),
        unix_ms_now()
    ));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut bash = Command::new("bash")
        .args(["-c", PRINT_ENV_SCRIPT, "bash"])
        .arg(env!("CARGO_BIN_EXE_ghl-notion-sandbox"))
        .arg(&dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("bash runs");
    let deadline = Instant::now() + Duration::from_secs(30);
    while bash.try_wait().ok().flatten().is_none() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = bash.kill();
    let output = bash.wait_with_output();
    let stdout = output
        .as_ref()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    let vars: std::collections::HashMap<&str, &str> =
        stdout.lines().filter_map(|l| l.split_once('=')).collect();
    // From here on the background sandbox is killed however the test ends, a failed
    // assertion included.
    let _sandbox = KillOnDrop(vars.get("PID").map(|pid| (*pid).to_owned()));
    let _dir = RemoveOnDrop(dir.clone());
    assert!(output.is_ok(), "bash output: {output:?}");
    let file = std::fs::read_to_string(dir.join("sandbox.env")).unwrap_or_default();

    let var = |name: &str| vars.get(name).copied().unwrap_or_default();
    let base = var("GHL_BASE_URL").to_owned();
    let location = http_get::blocking_get_with(
        &format!("{base}/locations/{}", var("GHL_LOCATION_ID")),
        &[
            ("Authorization", &format!("Bearer {}", var("GHL_API_KEY"))),
            ("Version", "2021-07-28"),
        ],
    );
    let me = http_get::blocking_get_with(
        &format!("{}/v1/users/me", var("NOTION_BASE_URL")),
        &[
            ("Authorization", &format!("Bearer {}", var("NOTION_TOKEN"))),
            ("Notion-Version", "2025-09-03"),
        ],
    );
    let health =
        http_get::blocking_get(&format!("{}/health", var("GHL_NOTION_SANDBOX_CONTROL_URL")));

    assert!(stdout.contains("PID="), "{stdout}");
    assert_eq!(file.lines().count(), 7, "{file}");
    assert!(
        file.lines()
            .all(|l| l.starts_with("export ") && l.ends_with('\'')),
        "{file}"
    );
    assert!(!file.contains('{'), "no JSON line with --print-env: {file}");
    assert!(base.starts_with("http://127.0.0.1:"), "{stdout}");
    assert!(!var("NOTION_PARENT_PAGE_ID").is_empty(), "{stdout}");
    assert!(location.starts_with("HTTP/1.1 200"), "{location}");
    assert_eq!(body(&location)["location"]["id"], var("GHL_LOCATION_ID"));
    assert!(me.starts_with("HTTP/1.1 200"), "{me}");
    assert!(health, "the control API answers");
}

/// A started binary, killed when dropped (also when an assertion fails).
struct Running(std::process::Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn with_several_locations_the_line_lists_them_and_print_env_adds_their_ids() {
    let (child, info) = start(&["--port", "0", "--contacts", "5", "--locations", "3"]);
    let _child = Running(child);
    let locations = info["locations"].as_array().cloned().unwrap_or_default();
    assert_eq!(locations.len(), 3, "{info}");
    assert_eq!(locations[0]["id"], info["location_id"]);
    assert_eq!(locations[0]["api_key"], info["ghl_api_key"]);
    for l in &locations {
        for key in ["id", "name", "api_key"] {
            assert!(l[key].is_string(), "{key} in {l}");
        }
    }

    let mut child = Command::new(env!("CARGO_BIN_EXE_ghl-notion-sandbox"))
        .args([
            "--port",
            "0",
            "--contacts",
            "5",
            "--locations",
            "2",
            "--print-env",
        ])
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("binary starts");
    let stdout = child.stdout.take().expect("stdout");
    let _child = Running(child);
    let mut lines = Vec::new();
    for line in BufReader::new(stdout).lines() {
        let line = line.expect("a line");
        let last = line.starts_with("export GHL_NOTION_SANDBOX_CONTROL_URL=");
        lines.push(line);
        if last {
            break;
        }
    }
    let var = |name: &str| {
        lines
            .iter()
            .find_map(|l| l.strip_prefix(&format!("export {name}=")))
            .map(|v| v.trim_matches('\'').to_owned())
            .unwrap_or_default()
    };
    assert_eq!(lines.len(), 8, "{lines:?}");
    let ids = var("GHL_LOCATION_IDS");
    let ids: Vec<&str> = ids.split(',').collect();
    assert_eq!(ids.len(), 2, "{lines:?}");
    assert_eq!(ids[0], var("GHL_LOCATION_ID"));
    assert_ne!(ids[0], ids[1]);
}

/// Kills the process with this pid (a background sandbox) when dropped, also on a panic.
struct KillOnDrop(Option<String>);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        if let Some(pid) = &self.0 {
            let _ = Command::new("kill").arg(pid).status();
        }
    }
}

/// Removes a temporary directory when dropped, also on a panic.
struct RemoveOnDrop(std::path::PathBuf);

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
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
        blocking_get_with(url, &[])
    }

    /// [`blocking_get_raw`] with extra request headers.
    pub fn blocking_get_with(url: &str, headers: &[(&str, &str)]) -> String {
        let Some(rest) = url.strip_prefix("http://") else {
            return String::new();
        };
        let (host, path) = rest
            .split_once('/')
            .map_or((rest, "/".to_owned()), |(h, p)| (h, format!("/{p}")));
        let Ok(mut stream) = TcpStream::connect(host) else {
            return String::new();
        };
        let extra: String = headers
            .iter()
            .map(|(name, value)| format!("{name}: {value}\r\n"))
            .collect();
        let request =
            format!("GET {path} HTTP/1.1\r\nHost: {host}\r\n{extra}Connection: close\r\n\r\n");
        if stream.write_all(request.as_bytes()).is_err() {
            return String::new();
        }
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        answer
    }
}
