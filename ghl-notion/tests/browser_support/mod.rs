//! A served page checked in a real browser: headless Chromium (Debian's package), driven by
//! Node with `playwright-core`, measured, screenshotted at a phone and a desktop size, and
//! audited with `axe-core` for WCAG 2.1 A/AA and axe's best practices.
//!
//! ```ignore
//! mod browser_support;
//! use browser_support::{BrowserCheck, check_page};
//!
//! match check_page(&url, &out_dir, 3) {
//!     BrowserCheck::Skipped(why) => eprintln!("browser check skipped: {why}"),
//!     BrowserCheck::Passed(report) => assert_eq!(report.problems(), Vec::<String>::new()),
//! }
//! ```
//!
//! What it needs, and what it does when that is missing:
//! - `/usr/bin/chromium` (or `$CHROMIUM`): installed with `apt-get install -y
//!   --no-install-recommends chromium` when missing and we are root; otherwise the check is
//!   skipped, saying what to install.
//! - `node` and `npm`: skipped when missing.
//! - `playwright-core` and `axe-core`: installed once with npm into
//!   `target/tmp/browser-tools` (`CARGO_TARGET_TMPDIR`) and reused; playwright-core never
//!   downloads a browser, it drives the system Chromium.
//!
//! Once everything is there, any failure to run the check (the script crashes, the page
//! does not load, 90 s pass) panics: that is a failed test, not a skip.
#![allow(dead_code)]

use std::io::Read;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::Deserialize;

/// The longest the Node process may run before the check fails.
pub const NODE_TIMEOUT: Duration = Duration::from_secs(90);

/// Debian's Chromium, unless `$CHROMIUM` names another binary.
pub const DEFAULT_CHROMIUM: &str = "/usr/bin/chromium";

/// The npm packages the script loads; majors pinned so a new major cannot change the audit
/// under us.
pub const NPM_PACKAGES: [&str; 2] = ["playwright-core@1", "axe-core@4"];

/// axe-core rules left out of every check, each with the reason: none.
///
/// The status page reloads itself (the Observability issue asks for it), which axe's
/// `meta-refresh` rule (WCAG 2.2.1, failure F41) flags whatever else the page offers. The
/// page offers a "Stop refreshing" link (`?refresh=0`), which is what 2.2.1 asks for; axe
/// cannot see that, so the pages are audited as a reader who stopped the reload sees them
/// (`?refresh=0`), with every rule on, and a unit test pins the link on the default page.
pub const AXE_RULES_OFF: &[(&str, &str)] = &[];

/// The Node script, kept beside this module.
const SCRIPT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/browser_support/check_page.mjs"
);

/// One install at a time within a test binary.
static SETUP: Mutex<()> = Mutex::new(());

/// How a browser check ended.
#[derive(Debug)]
pub enum BrowserCheck {
    /// The page was loaded and measured (look at [`Report::problems`] for the verdict).
    Passed(Box<Report>),
    /// The browser or Node could not be had on this machine; says what to install.
    Skipped(String),
}

/// What the browser saw, as `check_page.mjs` reports it.
#[derive(Debug, Clone, Deserialize)]
pub struct Report {
    /// Chromium's version.
    pub browser: String,
    /// axe-core's version.
    pub axe_version: String,
    /// The axe rules that were not run ([`AXE_RULES_OFF`]).
    pub axe_rules_off: Vec<String>,
    /// The page's HTTP status (desktop load).
    pub http_status: u16,
    /// The document's title.
    pub title: String,
    /// Body rows in `table#runs` (desktop).
    pub runs_rows: usize,
    /// Body rows in `table#runs` at the phone size.
    pub phone_runs_rows: usize,
    /// Bars or points in `svg#writes-chart`.
    pub chart_marks: usize,
    /// The chart's accessible name.
    pub chart_label: Option<String>,
    /// The chart's rendered size at each viewport (`None` when there is no chart).
    pub chart_size: ChartSizes,
    /// Whether the page is wider than the phone's viewport (it scrolls sideways).
    pub phone_overflow: bool,
    /// The page's scroll width at the phone size.
    pub phone_scroll_width: u32,
    /// The phone viewport's width.
    pub phone_inner_width: u32,
    /// The screenshots saved (`status-page-phone.png`, `status-page-desktop.png`).
    pub screenshots: Vec<PathBuf>,
    /// axe-core's violations, at both sizes.
    pub violations: Vec<Violation>,
    /// Script errors and failed loads the page logged.
    pub page_errors: Vec<String>,
    /// Requests the page made to any other origin (it should make none).
    pub outside_requests: Vec<String>,
    /// The least `runs_rows` the caller expects.
    #[serde(skip)]
    pub min_runs_rows: usize,
    /// How long the browser check took (Node start to report).
    #[serde(skip)]
    pub elapsed: Duration,
}

/// The chart's size at each viewport.
#[derive(Debug, Clone, Deserialize)]
pub struct ChartSizes {
    /// At 1280×900.
    pub desktop: Option<Size>,
    /// At 390×844.
    pub phone: Option<Size>,
}

/// A rendered size in CSS pixels.
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct Size {
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

/// One axe-core rule that failed.
#[derive(Debug, Clone, Deserialize)]
pub struct Violation {
    /// The rule, e.g. `color-contrast`.
    pub id: String,
    /// `minor`, `moderate`, `serious` or `critical`.
    pub impact: String,
    /// What the rule asks for.
    pub help: String,
    /// `phone` or `desktop`.
    pub viewport: String,
    /// CSS selectors of up to three offending elements.
    pub targets: Vec<String>,
}

impl Report {
    /// Everything wrong with the page, one sentence each; empty when it is sound.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.http_status != 200 {
            out.push(format!("the page answered HTTP {}", self.http_status));
        }
        if self.runs_rows < self.min_runs_rows.max(1) {
            out.push(format!(
                "table#runs has {} body rows, expected at least {}",
                self.runs_rows,
                self.min_runs_rows.max(1)
            ));
        }
        if self.phone_runs_rows != self.runs_rows {
            out.push(format!(
                "the phone shows {} runs, the desktop {}",
                self.phone_runs_rows, self.runs_rows
            ));
        }
        for (name, size) in [
            ("desktop", self.chart_size.desktop),
            ("phone", self.chart_size.phone),
        ] {
            match size {
                Some(s) if s.width > 0.0 && s.height > 0.0 => {}
                Some(s) => out.push(format!(
                    "svg#writes-chart is {}×{} on the {name}",
                    s.width, s.height
                )),
                None => out.push(format!("no svg#writes-chart on the {name}")),
            }
        }
        if self.chart_marks == 0 {
            out.push("svg#writes-chart has no bars or points".to_owned());
        }
        if self.phone_overflow {
            out.push(format!(
                "the page is {} px wide on a {} px phone: it scrolls sideways",
                self.phone_scroll_width, self.phone_inner_width
            ));
        }
        for v in &self.violations {
            out.push(format!(
                "axe {} ({}, {}): {} at {}",
                v.id,
                v.impact,
                v.viewport,
                v.help,
                v.targets.join(", ")
            ));
        }
        for e in &self.page_errors {
            out.push(format!("the page logged an error: {e}"));
        }
        for r in &self.outside_requests {
            out.push(format!("the page loaded {r} from another origin"));
        }
        for s in &self.screenshots {
            if !s.is_file() {
                out.push(format!("no screenshot at {}", s.display()));
            }
        }
        out
    }
}

/// Loads `url` in headless Chromium, saves screenshots into `out_dir` and reports what it
/// saw; `min_runs_rows` is the least number of runs the page should list (see
/// [`Report::problems`]).
///
/// # Panics
///
/// When the browser, once installed, cannot run the check: the script fails, its report
/// does not parse, or it runs past [`NODE_TIMEOUT`].
pub fn check_page(url: &str, out_dir: &Path, min_runs_rows: usize) -> BrowserCheck {
    let (chromium, tools) = {
        let _one_at_a_time = SETUP.lock().unwrap_or_else(|e| e.into_inner());
        let chromium = match chromium() {
            Ok(path) => path,
            Err(why) => return BrowserCheck::Skipped(why),
        };
        if let Err(why) = node_available() {
            return BrowserCheck::Skipped(why);
        }
        let tools = match npm_tools() {
            Ok(dir) => dir,
            Err(why) => return BrowserCheck::Skipped(why),
        };
        (chromium, tools)
    };
    std::fs::create_dir_all(out_dir)
        .unwrap_or_else(|e| panic!("cannot create {}: {e}", out_dir.display()));

    let started = Instant::now();
    let mut command = Command::new("node");
    command
        .arg(SCRIPT)
        .arg(url)
        .arg(out_dir)
        .arg(&tools)
        .arg(&chromium)
        .arg(
            AXE_RULES_OFF
                .iter()
                .map(|(rule, _)| *rule)
                .collect::<Vec<_>>()
                .join(","),
        );
    let (status, stdout, stderr) = run_with_timeout(command, NODE_TIMEOUT)
        .unwrap_or_else(|why| panic!("the browser check did not run: {why}"));
    assert!(
        status.success(),
        "the browser check failed ({status}):\n{stderr}\n{stdout}"
    );
    let line = stdout
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_else(|| panic!("the browser check printed no report:\n{stderr}"));
    let mut report: Report = serde_json::from_str(line)
        .unwrap_or_else(|e| panic!("the browser check's report does not parse ({e}): {line}"));
    report.min_runs_rows = min_runs_rows;
    report.elapsed = started.elapsed();
    BrowserCheck::Passed(Box::new(report))
}

/// Where the npm tools are cached: under the cargo target directory, shared by every test.
pub fn tools_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser-tools")
}

/// The Chromium binary, installed from Debian's packages when missing and we may.
fn chromium() -> Result<PathBuf, String> {
    let path = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(DEFAULT_CHROMIUM));
    if path.is_file() {
        return Ok(path);
    }
    let how = "install Debian's Chromium (`apt-get install -y --no-install-recommends chromium`) \
               or set CHROMIUM to a Chromium binary";
    if !is_root() || !Path::new("/usr/bin/apt-get").is_file() || path != Path::new(DEFAULT_CHROMIUM)
    {
        return Err(format!("no browser at {}: {how}", path.display()));
    }
    let started = Instant::now();
    eprintln!("browser check: installing chromium with apt-get");
    let installed = apt_install_chromium() || (apt_update() && apt_install_chromium());
    if installed && path.is_file() {
        eprintln!(
            "browser check: chromium installed in {:.0} s",
            started.elapsed().as_secs_f64()
        );
        Ok(path)
    } else {
        Err(format!("apt-get could not install chromium: {how}"))
    }
}

fn apt_install_chromium() -> bool {
    quiet(
        Command::new("apt-get")
            .args(["install", "-y", "--no-install-recommends", "chromium"])
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}

fn apt_update() -> bool {
    quiet(Command::new("apt-get").arg("update"))
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.status.success() && String::from_utf8_lossy(&o.stdout).trim() == "0")
}

fn node_available() -> Result<(), String> {
    let ok = |program: &str| quiet(Command::new(program).arg("--version"));
    match (ok("node"), ok("npm")) {
        (true, true) => Ok(()),
        _ => Err("no `node` or `npm` on PATH: install Node.js 18 or later with npm".to_owned()),
    }
}

/// `playwright-core` and `axe-core` in [`tools_dir`], installed with npm the first time.
/// The install goes to a fresh folder that is renamed into place, so two test binaries
/// racing never see half an install.
fn npm_tools() -> Result<PathBuf, String> {
    let dir = tools_dir();
    let complete = |d: &Path| {
        d.join("node_modules/playwright-core/package.json")
            .is_file()
            && d.join("node_modules/axe-core/axe.min.js").is_file()
    };
    if complete(&dir) {
        return Ok(dir);
    }
    let staging = dir.with_file_name(format!("browser-tools.{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&staging);
    std::fs::create_dir_all(&staging)
        .map_err(|e| format!("cannot create {}: {e}", staging.display()))?;
    std::fs::write(staging.join("package.json"), "{\"private\":true}\n")
        .map_err(|e| format!("cannot write to {}: {e}", staging.display()))?;
    let started = Instant::now();
    eprintln!(
        "browser check: npm install {} into {}",
        NPM_PACKAGES.join(" "),
        dir.display()
    );
    let installed = quiet(
        Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--loglevel=error"])
            .args(NPM_PACKAGES)
            .current_dir(&staging)
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
    );
    if !installed || !complete(&staging) {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(format!(
            "npm could not install {}: check that the npm registry is reachable",
            NPM_PACKAGES.join(" ")
        ));
    }
    if std::fs::rename(&staging, &dir).is_err() {
        // Another test binary finished first; use its install.
        let _ = std::fs::remove_dir_all(&staging);
    }
    eprintln!(
        "browser check: npm tools ready in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    if complete(&dir) {
        Ok(dir)
    } else {
        Err(format!(
            "{} is incomplete: delete it and run again",
            dir.display()
        ))
    }
}

/// Runs `command` to the end with its output discarded; whether it succeeded.
fn quiet(command: &mut Command) -> bool {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Runs `command`, killing it after `timeout`; its status, stdout and stderr.
fn run_with_timeout(
    mut command: Command,
    timeout: Duration,
) -> Result<(std::process::ExitStatus, String, String), String> {
    // Its own process group, so a timeout ends Chromium's processes with Node's.
    let mut child = command
        .process_group(0)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start node: {e}"))?;
    // Drain both pipes on threads so a chatty child never blocks on a full pipe.
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut text = String::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_string(&mut text);
            }
            text
        })
    };
    let stdout = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let deadline = Instant::now() + timeout;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(100)),
            Ok(None) => {
                let group = format!("-{}", child.id());
                let _ = quiet(Command::new("kill").args(["-KILL", "--", &group]));
                let _ = child.kill();
                let _ = child.wait();
                let err = stderr.join().unwrap_or_default();
                return Err(format!("node ran past {timeout:?} and was killed:\n{err}"));
            }
            Err(e) => return Err(format!("cannot wait for node: {e}")),
        }
    };
    let out = stdout.join().unwrap_or_default();
    let err = stderr.join().unwrap_or_default();
    Ok((status, out, err))
}
