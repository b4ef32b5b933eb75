//! The sync scenario benchmark: contacts from GHL into a Notion mirror, the sandbox binary
//! and the `ghl-notion sync` command each in its own process.
//!
//! **Time runs** (10,000 contacts by default): the sandbox keeps GHL's limits (100 requests
//! per 10 s, 200,000 per day) and Notion's (3 requests per second), its clock sped up so the
//! same shape runs in seconds; the sync follows that clock by itself. The scale is chosen per
//! run so the floor takes about `BENCH_REAL_SECS` (30) real seconds, at most `BENCH_SCALE`
//! (×50): a faster clock would make the machine, not the limits, set the pace. Three runs: the initial sync, a re-sync with nothing changed, and a
//! re-sync after 1 % of the contacts changed (through the sandbox's control API). For each:
//! requests per API as the **sandbox** counted them against the fewest possible, the elapsed
//! sandbox time against the floor the limits set ([`Floor`]), 429s, and the sync process's
//! peak resident memory and CPU time.
//!
//! **Memory runs** (`BENCH_MEMORY`, default 1,000, 10,000 and 100,000 contacts): an initial sync
//! against a sandbox whose Notion limit is lifted (`--notion-rate unlimited`) and whose clock
//! runs `BENCH_MEMORY_SCALE` (default ×5000) times faster, so the machine, not the limits,
//! sets the pace; only the peak memory counts there.
//!
//! The peak is `ru_maxrss` of the sync process alone: the benchmark re-runs itself as a small
//! wrapper (`--measure`) that starts `ghl-notion sync`, waits for it and reads
//! `getrusage(RUSAGE_CHILDREN)`.
//!
//! `BENCH_GHL_NOTION=<path>` measures another build of `ghl-notion` against the same sandbox.
//!
//! ```sh
//! cargo bench -p ghl-notion-benches
//! BENCH_CONTACTS=2000 BENCH_REAL_SECS=10 BENCH_MEMORY=2000,20000 cargo bench -p ghl-notion-benches
//! ```

use std::path::{Path, PathBuf};
use std::process::{ExitCode, Stdio};
use std::time::{Duration, Instant};

use ghl_notion_benches::{
    ApiCounts, BenchError, Floor, against_min, build_release_binaries, children_peak_rss_kib,
    env_or, process_cpu, run_main,
};
use serde_json::{Value, json};
use tokio::io::AsyncBufReadExt as _;

type Error = BenchError;

/// GHL's largest contact-search page.
const GHL_PAGE: u64 = 500;

/// The sync's configuration: one reference table of contacts, no activity log, state in a
/// SQLite file beside it.
fn config(state: &Path) -> String {
    format!(
        r#"[[tables]]
entity = "contact"
strategy = "reference"

[activity]
enabled = false

[state]
path = "{}"
"#,
        state.display()
    )
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--measure") {
        return measure(&args[2..]);
    }
    run_main(bench())
}

/// Wrapper mode, `--measure <out> <program> <args…>`: runs the program, waits for it, writes
/// its peak RSS (KiB) and CPU time (ms) to `<out>` and exits with its code.
fn measure(args: &[String]) -> ExitCode {
    let [out, program, rest @ ..] = args else {
        eprintln!("usage: --measure <out> <program> <args…>");
        return ExitCode::from(2);
    };
    let status = match std::process::Command::new(program).args(rest).status() {
        Ok(status) => status,
        Err(e) => {
            eprintln!("cannot run {program}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let cpu_ms = nix::sys::resource::getrusage(nix::sys::resource::UsageWho::RUSAGE_CHILDREN)
        .map(|u| {
            let ms = |t: nix::sys::time::TimeVal| t.tv_sec() * 1000 + t.tv_usec() / 1000;
            ms(u.user_time()) + ms(u.system_time())
        })
        .unwrap_or(0);
    let peak = children_peak_rss_kib().unwrap_or(0);
    if std::fs::write(out, format!("{peak} {cpu_ms}")).is_err() {
        return ExitCode::FAILURE;
    }
    ExitCode::from(status.code().unwrap_or(1).clamp(0, 255) as u8)
}

/// Builds (if needed) and finds the release `ghl-notion` and `ghl-notion-sandbox` binaries.
fn binaries() -> Result<(PathBuf, PathBuf), Error> {
    // Another build of the sync (an earlier commit's, say) can be measured instead.
    match std::env::var_os("BENCH_GHL_NOTION").map(PathBuf::from) {
        Some(other) => {
            let built = build_release_binaries(&["ghl-notion-sandbox"], &[])?;
            Ok((other, built[0].clone()))
        }
        None => {
            let built = build_release_binaries(&["ghl-notion", "ghl-notion-sandbox"], &[])?;
            Ok((built[0].clone(), built[1].clone()))
        }
    }
}

/// A sandbox process, killed when dropped.
struct Sandbox {
    child: tokio::process::Child,
    info: Value,
    http: reqwest::Client,
}

impl Sandbox {
    async fn start(
        binary: &Path,
        contacts: u64,
        scale: f64,
        extra: &[&str],
    ) -> Result<Self, Error> {
        let mut child = tokio::process::Command::new(binary)
            .args(["--port", "0", "--seed", "1", "--opportunities", "0"])
            .arg("--contacts")
            .arg(contacts.to_string())
            .arg("--time-scale")
            .arg(scale.to_string())
            .args(extra)
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .kill_on_drop(true)
            .spawn()?;
        let stdout = child.stdout.take().ok_or("no stdout")?;
        let mut line = String::new();
        tokio::io::BufReader::new(stdout)
            .read_line(&mut line)
            .await?;
        let info =
            serde_json::from_str(&line).map_err(|e| format!("start-up line {line:?}: {e}"))?;
        Ok(Self {
            child,
            info,
            http: reqwest::Client::new(),
        })
    }

    fn field(&self, name: &str) -> String {
        self.info[name].as_str().unwrap_or_default().to_owned()
    }

    async fn control(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> Result<Value, Error> {
        let url = format!("{}{path}", self.field("control_url"));
        let mut request = self.http.request(method.clone(), url);
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await?;
        let status = response.status();
        let text = response.text().await?;
        if !status.is_success() {
            return Err(format!("{method} {path}: {status} {text}").into());
        }
        Ok(serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    /// Sandbox time now, in Unix milliseconds.
    async fn now_ms(&self) -> Result<i64, Error> {
        let time = self.control(reqwest::Method::GET, "/time", None).await?;
        time["nowMs"].as_i64().ok_or_else(|| "no nowMs".into())
    }

    /// Sets how many sandbox seconds pass per real second; a sync started afterwards follows.
    async fn set_scale(&self, scale: f64) -> Result<(), Error> {
        self.control(
            reqwest::Method::PUT,
            "/time/scale",
            Some(json!({"scale": scale})),
        )
        .await
        .map(drop)
    }

    async fn stats(&self) -> Result<Value, Error> {
        self.control(reqwest::Method::GET, "/stats", None).await
    }

    async fn reset_stats(&self) -> Result<(), Error> {
        self.control(reqwest::Method::POST, "/stats/reset", None)
            .await
            .map(drop)
    }

    /// Changes the first name of `n` contacts, as a CRM user would.
    async fn change_contacts(&self, n: usize) -> Result<u64, Error> {
        let state = self.control(reqwest::Method::GET, "/state", None).await?;
        let ids: Vec<String> = state["ghl"]["contacts"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| c["id"].as_str().map(str::to_owned))
            .take(n)
            .collect();
        for (i, id) in ids.iter().enumerate() {
            self.control(
                reqwest::Method::PUT,
                &format!("/ghl/contacts/{id}"),
                Some(json!({"firstName": format!("Changed {i}")})),
            )
            .await?;
        }
        Ok(ids.len() as u64)
    }

    /// The variables `ghl-notion` reads, pointing at this sandbox.
    fn env(&self) -> Vec<(&'static str, String)> {
        [
            ("GHL_API_KEY", "ghl_api_key"),
            ("GHL_LOCATION_ID", "location_id"),
            ("GHL_BASE_URL", "ghl_base_url"),
            ("NOTION_TOKEN", "notion_token"),
            ("NOTION_BASE_URL", "notion_base_url"),
            ("NOTION_PARENT_PAGE_ID", "notion_parent_page_id"),
        ]
        .into_iter()
        .map(|(var, field)| (var, self.field(field)))
        .collect()
    }

    async fn stop(mut self) {
        let _ = self.child.kill().await;
    }
}

/// One `ghl-notion sync` process and what it cost.
struct SyncRun {
    report: Value,
    /// Sandbox time it took.
    elapsed: Duration,
    real: Duration,
    peak_kib: u64,
    cpu: Duration,
    /// CPU time the sandbox used meanwhile.
    sandbox_cpu: Duration,
    counts: std::collections::BTreeMap<String, ApiCounts>,
    stats: Value,
}

impl SyncRun {
    fn total(&self, field: &str) -> u64 {
        self.report["entities"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|e| e[field].as_u64().unwrap_or(0))
            .sum()
    }

    fn writes(&self) -> u64 {
        self.total("created") + self.total("updated") + self.total("trashed")
    }

    fn api(&self, api: &str) -> ApiCounts {
        self.counts.get(api).copied().unwrap_or_default()
    }

    fn throttled(&self) -> u64 {
        self.counts.values().map(|c| c.throttled).sum()
    }

    fn peak_mib(&self) -> f64 {
        self.peak_kib as f64 / 1024.0
    }
}

/// Where the sync runs: its binary, its folder (configuration and state).
struct SyncDir {
    binary: PathBuf,
    dir: PathBuf,
}

impl SyncDir {
    fn new(binary: PathBuf, name: &str) -> Result<Self, Error> {
        let dir =
            std::env::temp_dir().join(format!("ghl-notion-bench-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        std::fs::write(
            dir.join("ghl-notion.toml"),
            config(&dir.join("state.sqlite")),
        )?;
        Ok(Self { binary, dir })
    }

    async fn run(&self, sandbox: &Sandbox) -> Result<SyncRun, Error> {
        sandbox.reset_stats().await?;
        let out = self.dir.join("rusage");
        let mut command = tokio::process::Command::new(std::env::current_exe()?);
        command
            .arg("--measure")
            .arg(&out)
            .arg(&self.binary)
            .arg("--config")
            .arg(self.dir.join("ghl-notion.toml"))
            .args(["sync", "--json"])
            .current_dir(&self.dir)
            .env("RUST_LOG", "warn")
            .env_remove("GHL_WEBHOOK_PUBLIC_KEY")
            .envs(sandbox.env())
            .stdin(Stdio::null())
            .kill_on_drop(true);
        let sandbox_cpu = || sandbox.child.id().and_then(process_cpu).unwrap_or_default();
        let cpu_before = sandbox_cpu();
        let (started, real) = (sandbox.now_ms().await?, Instant::now());
        let output = command.output().await?;
        let (real, ended) = (real.elapsed(), sandbox.now_ms().await?);
        let sandbox_cpu = sandbox_cpu().saturating_sub(cpu_before);
        if !output.status.success() {
            return Err(format!(
                "ghl-notion sync exited {}:\n{}\n{}",
                output.status,
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            )
            .into());
        }
        let report = serde_json::from_slice(&output.stdout)?;
        let rusage = std::fs::read_to_string(&out)?;
        let mut fields = rusage
            .split_whitespace()
            .map(|f| f.parse::<u64>().unwrap_or(0));
        let (peak_kib, cpu_ms) = (fields.next().unwrap_or(0), fields.next().unwrap_or(0));
        let stats = sandbox.stats().await?;
        Ok(SyncRun {
            report,
            elapsed: Duration::from_millis(u64::try_from(ended - started).unwrap_or(0)),
            real,
            peak_kib,
            cpu: Duration::from_millis(cpu_ms),
            sandbox_cpu,
            counts: ApiCounts::from_stats(&stats),
            stats,
        })
    }
}

impl Drop for SyncDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Prints a time run's line; returns its time against the floor.
fn print_time_run(
    label: &str,
    scale: f64,
    run: &SyncRun,
    min_ghl: u64,
    min_notion: u64,
) -> Option<f64> {
    let floor = Floor::default().time(min_notion, min_ghl);
    let ratio = (!floor.is_zero()).then(|| run.elapsed.as_secs_f64() / floor.as_secs_f64());
    println!(
        "{label:<18} ×{scale:<5.1} writes {:>6} · GHL requests {:<20} · Notion requests {:<24} · time {:>7.1}s vs floor {:>7.1}s ({}) · 429s {} · real {:.1}s (CPU: sync {:.1}s, sandbox {:.1}s) · peak RSS {:.1} MiB",
        run.writes(),
        against_min(run.api("ghl").requests, min_ghl),
        against_min(run.api("notion").requests, min_notion),
        run.elapsed.as_secs_f64(),
        floor.as_secs_f64(),
        ratio.map_or("no floor".to_owned(), |r| format!("{r:.3}×")),
        run.throttled(),
        run.real.as_secs_f64(),
        run.cpu.as_secs_f64(),
        run.sandbox_cpu.as_secs_f64(),
        run.peak_mib(),
    );
    for api in ["ghl", "notion"] {
        let endpoints = ApiCounts::endpoints(&run.stats, api);
        if !endpoints.is_empty() {
            let list: Vec<String> = endpoints.iter().map(|(e, n)| format!("{e} {n}")).collect();
            println!("{:<18}   {api}: {}", "", list.join(" · "));
        }
    }
    ratio
}

async fn bench() -> Result<(), Error> {
    let contacts: u64 = env_or("BENCH_CONTACTS", 10_000);
    let max_scale: f64 = env_or("BENCH_SCALE", 50.0);
    let real_secs: f64 = env_or("BENCH_REAL_SECS", 30.0);
    let memory_scale: f64 = env_or("BENCH_MEMORY_SCALE", 5_000.0);
    let memory: Vec<u64> = std::env::var("BENCH_MEMORY")
        .unwrap_or_else(|_| "1000,10000,100000".to_owned())
        .split(',')
        .filter_map(|n| n.trim().parse().ok())
        .collect();
    let (cli, sandbox_bin) = binaries()?;

    println!(
        "sync scenario: {contacts} contacts, Reference strategy, sandbox and `ghl-notion sync` in separate processes, limits as documented (GHL 100/10 s, Notion 3/s)"
    );
    println!(
        "time scale per run: the floor in about {real_secs} s real, at most ×{max_scale}, so the machine is not the bottleneck (each line prints its scale and the CPU both processes used)"
    );
    let sandbox = Sandbox::start(&sandbox_bin, contacts, max_scale, &[]).await?;
    let sync = SyncDir::new(cli.clone(), "time")?;
    let time_run = |label: &'static str, min_ghl: u64, min_notion: u64| {
        let (sandbox, sync) = (&sandbox, &sync);
        async move {
            let floor = Floor::default().time(min_notion, min_ghl);
            let scale = (floor.as_secs_f64() / real_secs).clamp(1.0, max_scale);
            sandbox.set_scale(scale).await?;
            let run = sync.run(sandbox).await?;
            let ratio = print_time_run(label, scale, &run, min_ghl, min_notion);
            Ok::<_, Error>((run, ratio))
        }
    };

    // 1. Initial sync: every contact read once, one Notion create each.
    let (initial, initial_ratio) =
        time_run("initial sync", contacts.div_ceil(GHL_PAGE), contacts).await?;
    // 2. Nothing changed: one incremental read, no Notion request at all.
    let (unchanged, _) = time_run("no-change re-sync", 1, 0).await?;
    // 3. 1 % changed in the CRM.
    let edited = sandbox
        .change_contacts((contacts / 100).max(1) as usize)
        .await?;
    let (changed, changed_ratio) =
        time_run("1 % changed", edited.div_ceil(GHL_PAGE).max(1), edited).await?;
    sandbox.stop().await;
    drop(sync);

    println!(
        "memory: initial sync per size, Notion's limit LIFTED (sandbox --notion-rate unlimited), sandbox time ×{memory_scale}: the machine sets the pace, times are not compared to a floor"
    );
    let mut peaks = Vec::new();
    for &n in &memory {
        let sandbox = Sandbox::start(
            &sandbox_bin,
            n,
            memory_scale,
            &["--notion-rate", "unlimited"],
        )
        .await?;
        let sync = SyncDir::new(cli.clone(), &format!("memory-{n}"))?;
        let run = sync.run(&sandbox).await?;
        sandbox.stop().await;
        println!(
            "{:<18} writes {:>6} · GHL requests {:<6} · Notion requests {:<7} · 429s {} · real {:.1}s (CPU: sync {:.1}s, sandbox {:.1}s) · peak RSS {:.1} MiB ({:.2} KiB per contact)",
            format!("{n} contacts"),
            run.writes(),
            run.api("ghl").requests,
            run.api("notion").requests,
            run.throttled(),
            run.real.as_secs_f64(),
            run.cpu.as_secs_f64(),
            run.sandbox_cpu.as_secs_f64(),
            run.peak_mib(),
            run.peak_kib as f64 / n.max(1) as f64,
        );
        peaks.push((n, run.peak_mib()));
    }

    let ratio = |r: Option<f64>| r.map_or("-".to_owned(), |r| format!("{r:.3}×"));
    // The growth the issue bounds: from 10,000 contacts (else the smallest size) to the largest.
    let from = peaks.iter().find(|(n, _)| *n == 10_000).or(peaks.first());
    let memory_summary = match (from, peaks.last()) {
        (Some((n0, p0)), Some((n1, p1))) if n1 > n0 => format!(
            "peak RSS {n0}: {p0:.1} MiB → {n1}: {p1:.1} MiB ({:+.1} %)",
            (p1 / p0 - 1.0) * 100.0
        ),
        (Some((n0, p0)), _) => format!("peak RSS {n0}: {p0:.1} MiB"),
        _ => "no memory run".to_owned(),
    };
    let min = |got: u64, min: u64| match min {
        0 => format!("{got}/0"),
        _ => format!("{:.2}×", got as f64 / min as f64),
    };
    let (ghl_min, changed_min) = (
        contacts.div_ceil(GHL_PAGE),
        edited.div_ceil(GHL_PAGE).max(1),
    );
    println!(
        "summary: time/floor initial {} · 1 %-changed {} | requests/min initial GHL {} Notion {} · no-change GHL {} Notion {} · 1 %-changed GHL {} Notion {} | 429s {} | {memory_summary}",
        ratio(initial_ratio),
        ratio(changed_ratio),
        min(initial.api("ghl").requests, ghl_min),
        min(initial.api("notion").requests, contacts),
        min(unchanged.api("ghl").requests, 1),
        min(unchanged.api("notion").requests, 0),
        min(changed.api("ghl").requests, changed_min),
        min(changed.api("notion").requests, edited),
        initial.throttled() + unchanged.throttled() + changed.throttled(),
    );
    Ok(())
}
