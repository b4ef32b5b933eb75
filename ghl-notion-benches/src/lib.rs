//! Scenario benchmarks of the sync against the sandbox with GHL's and Notion's real limit
//! shapes, time-scaled. Run them with `cargo bench -p ghl-notion-benches`; see
//! `benches/sync_scenario.rs`.
//!
//! The sandbox and the sync run as separate processes, so the sync's peak memory is its own.
//! This library holds the pure parts the benchmark prints from, tested here: the floor the
//! rate limits set ([`Floor`]), the sandbox's request counters per API ([`ApiCounts`]), and
//! the peak resident memory of a child process ([`children_peak_rss_kib`]).
//!
//! ```
//! use ghl_notion_benches::Floor;
//! // 10,000 Notion creates and 21 GHL reads: Notion's 3 per second sets the floor.
//! let floor = Floor::default().time(10_000, 21);
//! assert_eq!(floor.as_secs(), 3332);
//! ```

use std::collections::BTreeMap;
use std::process::ExitCode;
use std::time::Duration;

use serde_json::Value;

/// The rate limits a sync cannot beat, and the time they impose on a run.
///
/// Notion allows an average of `notion_rps` requests per second per token; the client sends a
/// first burst of `notion_burst` at once and then keeps to the average. GHL allows
/// `ghl_per_window` requests per `ghl_window`. GHL reads and Notion writes overlap (records
/// are written while the next page is read), so the floor is the slower of the two, not
/// their sum.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Floor {
    /// Notion's average requests per second per token (3).
    pub notion_rps: f64,
    /// Requests the Notion client sends at once before the average applies (3: its window
    /// holds 3 per second).
    pub notion_burst: u64,
    /// GHL requests per window (100).
    pub ghl_per_window: u64,
    /// GHL's window (10 s).
    pub ghl_window: Duration,
}

impl Default for Floor {
    fn default() -> Self {
        Self {
            notion_rps: 3.0,
            notion_burst: 3,
            ghl_per_window: 100,
            ghl_window: Duration::from_secs(10),
        }
    }
}

impl Floor {
    /// The least time `notion` Notion requests and `ghl` GHL requests take under the limits.
    pub fn time(&self, notion: u64, ghl: u64) -> Duration {
        let notion = Duration::from_secs_f64(
            notion.saturating_sub(self.notion_burst) as f64 / self.notion_rps,
        );
        // The n-th window's requests start (n - 1) windows after the first.
        let ghl =
            self.ghl_window * (ghl.div_ceil(self.ghl_per_window.max(1)).saturating_sub(1)) as u32;
        notion.max(ghl)
    }
}

/// Requests one API answered, as the sandbox counted them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ApiCounts {
    /// Requests answered (any status).
    pub requests: u64,
    /// Of them, answered 429.
    pub throttled: u64,
}

impl ApiCounts {
    /// Per API (`ghl`, `notion`), from the sandbox's `GET /_sandbox/stats` answer.
    pub fn from_stats(stats: &Value) -> BTreeMap<String, ApiCounts> {
        let mut out = BTreeMap::new();
        let Some(apis) = stats["requests"].as_object() else {
            return out;
        };
        for (api, endpoints) in apis {
            let mut counts = ApiCounts::default();
            for endpoint in endpoints.as_object().into_iter().flat_map(|e| e.values()) {
                counts.requests += endpoint["count"].as_u64().unwrap_or(0);
                counts.throttled += endpoint["statuses"]["429"].as_u64().unwrap_or(0);
            }
            out.insert(api.clone(), counts);
        }
        out
    }

    /// Requests per endpoint of `api` (`POST /v1/pages` → 10000), from the same answer.
    pub fn endpoints(stats: &Value, api: &str) -> BTreeMap<String, u64> {
        stats["requests"][api]
            .as_object()
            .into_iter()
            .flat_map(|e| e.iter())
            .map(|(name, e)| (name.clone(), e["count"].as_u64().unwrap_or(0)))
            .collect()
    }
}

/// `got` against `min` as the benchmark prints it: `21 (1.05× min 20)`.
pub fn against_min(got: u64, min: u64) -> String {
    match min {
        0 => format!("{got} (min 0)"),
        _ => format!("{got} ({:.2}× min {min})", got as f64 / min as f64),
    }
}

/// The largest peak resident memory (`ru_maxrss`, KiB on Linux) of this process's waited-for
/// children and their descendants. A process that starts one child, waits for it and calls
/// this measures that child alone.
pub fn children_peak_rss_kib() -> Option<u64> {
    let usage =
        nix::sys::resource::getrusage(nix::sys::resource::UsageWho::RUSAGE_CHILDREN).ok()?;
    u64::try_from(usage.max_rss()).ok()
}

/// CPU time (user + system) a process has used, from the text of its `/proc/<pid>/stat`, at
/// `ticks_per_second` clock ticks (100 on Linux).
pub fn proc_stat_cpu(stat: &str, ticks_per_second: u64) -> Option<Duration> {
    // The command name may hold spaces and parentheses: fields are counted after the last ')'.
    let after_name = &stat[stat.rfind(')')? + 1..];
    let mut fields = after_name.split_whitespace();
    // state(3) ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime(14) stime(15)
    let utime: u64 = fields.nth(11)?.parse().ok()?;
    let stime: u64 = fields.next()?.parse().ok()?;
    Some(Duration::from_millis(
        (utime + stime) * 1000 / ticks_per_second.max(1),
    ))
}

/// CPU time process `pid` has used so far (Linux), if known.
pub fn process_cpu(pid: u32) -> Option<Duration> {
    proc_stat_cpu(
        &std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?,
        100,
    )
}

/// Builds the release binaries of `packages` (with `features`, such as
/// `ghl-notion/postgres`) into the target folder the running benchmark was built in, and
/// returns each package's binary (named like its package), in order.
pub fn build_release_binaries(
    packages: &[&str],
    features: &[&str],
) -> Result<Vec<std::path::PathBuf>, BenchError> {
    // <target>/release/deps/<bench>-<hash>
    let exe = std::env::current_exe()?;
    let target = exe
        .ancestors()
        .nth(3)
        .ok_or("the benchmark is not in a target folder")?
        .to_owned();
    let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.toml");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let mut command = std::process::Command::new(cargo);
    command.args(["build", "--release", "--bins"]);
    for package in packages {
        command.args(["-p", package]);
    }
    if !features.is_empty() {
        command.args(["--features", &features.join(",")]);
    }
    let status = command
        .arg("--manifest-path")
        .arg(&manifest)
        .arg("--target-dir")
        .arg(&target)
        .status()?;
    if !status.success() {
        return Err(format!("building {} failed", packages.join(" and ")).into());
    }
    Ok(packages
        .iter()
        .map(|name| {
            target
                .join("release")
                .join(format!("{name}{}", std::env::consts::EXE_SUFFIX))
        })
        .collect())
}

/// The error a benchmark stops with.
pub type BenchError = Box<dyn std::error::Error + Send + Sync>;

/// `name` from the environment, parsed; `default` when unset or not parsable.
pub fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Runs a benchmark on a two-thread runtime: success, or its error on stderr and a failure
/// exit code.
pub fn run_main(bench: impl std::future::Future<Output = Result<(), BenchError>>) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(bench) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_floor_is_the_slower_api_after_the_first_burst() {
        let floor = Floor::default();
        let s = |secs: f64| Duration::from_secs_f64(secs);
        for (notion, ghl, expected) in [
            (0, 0, s(0.0)),
            (3, 1, s(0.0)),
            (10_000, 21, s(9_997.0 / 3.0)),
            (100, 1, s(97.0 / 3.0)),
            // Reads only: 250 GHL requests need three windows, the third starting at 20 s.
            (0, 250, s(20.0)),
            (0, 100, s(0.0)),
            (0, 101, s(10.0)),
            // Both: the slower one.
            (30, 250, s(20.0)),
        ] {
            assert_eq!(
                floor.time(notion, ghl),
                expected,
                "{notion} Notion, {ghl} GHL"
            );
        }
    }

    #[test]
    fn counts_sum_every_endpoint_and_its_429s() {
        let stats = json!({"requests": {
            "ghl": {
                "POST /contacts/search": {"count": 21, "statuses": {"200": 20, "429": 1}},
                "GET /locations/{locationId}": {"count": 1, "statuses": {"200": 1}}
            },
            "notion": {
                "POST /v1/pages": {"count": 10_000, "statuses": {"200": 10_000}}
            }
        }});
        let counts = ApiCounts::from_stats(&stats);
        assert_eq!(
            counts["ghl"],
            ApiCounts {
                requests: 22,
                throttled: 1
            }
        );
        assert_eq!(
            counts["notion"],
            ApiCounts {
                requests: 10_000,
                throttled: 0
            }
        );
        assert_eq!(
            ApiCounts::endpoints(&stats, "ghl")["POST /contacts/search"],
            21
        );
        assert!(ApiCounts::from_stats(&json!({})).is_empty());
        assert!(ApiCounts::endpoints(&json!({}), "ghl").is_empty());
    }

    #[test]
    fn cpu_time_is_read_after_the_command_name() {
        let stat = "4242 (a (weird) name) S 1 4242 4242 0 -1 4194560 900 0 0 0 250 50 0 0 20 0 3 0";
        assert_eq!(proc_stat_cpu(stat, 100), Some(Duration::from_secs(3)));
        assert_eq!(proc_stat_cpu("garbage", 100), None);
        assert!(
            process_cpu(std::process::id()).is_some(),
            "this process is readable"
        );
    }

    #[test]
    fn against_min_prints_the_ratio() {
        assert_eq!(against_min(21, 20), "21 (1.05× min 20)");
        assert_eq!(against_min(3, 0), "3 (min 0)");
    }

    #[test]
    fn a_waited_for_child_s_peak_memory_is_measured() {
        // A shell holding a 20 MB string: its peak is at least that.
        let status = std::process::Command::new("sh")
            .args([
                "-c",
                "x=$(head -c 20000000 /dev/zero | tr '\\0' a); test ${#x} -eq 20000000",
            ])
            .status()
            .expect("sh runs");
        assert!(status.success());
        let peak = children_peak_rss_kib().expect("getrusage answers");
        assert!(peak >= 19_000, "peak {peak} KiB");
    }
}
