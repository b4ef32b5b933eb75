//! The agency benchmark: 1, 2 and 3 `ghl-notion serve` workers (agency mode, one Postgres)
//! sync a sandbox with many locations into one Notion workspace, each worker in its own
//! process. One Notion integration token is shared, so the floor is Notion's 3 requests per
//! second for every worker together: more workers cannot beat it, and the shared budget must
//! keep them from tripping it (429s).
//!
//! For each worker count: a fresh sandbox process (`BENCH_LOCATIONS` locations, default 20,
//! with `BENCH_CONTACTS` contacts each, default 20, clock ×`BENCH_SCALE`, default 10) and a
//! fresh Postgres schema; the time from the workers' start until every contact has its row,
//! in sandbox time, against the floor the Notion requests the sandbox counted impose
//! ([`Floor`]); the Notion 429s; the real time.
//!
//! Needs Postgres: `DATABASE_URL`, or run it inside `.ci/with-postgres`:
//!
//! ```sh
//! .ci/with-postgres cargo bench -p ghl-notion-benches --bench workers
//! BENCH_WORKERS=1,3 BENCH_LOCATIONS=10 .ci/with-postgres cargo bench -p ghl-notion-benches --bench workers
//! ```

use std::path::{Path, PathBuf};
use std::process::{ExitCode, Stdio};
use std::time::{Duration, Instant};

use ghl_notion_benches::{ApiCounts, BenchError, Floor, build_release_binaries, env_or, run_main};
use serde_json::{Value, json};
use tokio::io::AsyncBufReadExt as _;

type Error = BenchError;

fn main() -> ExitCode {
    run_main(bench())
}

/// Builds (if needed) the release `ghl-notion` with Postgres and the sandbox; their paths.
fn binaries() -> Result<(PathBuf, PathBuf), Error> {
    let built = build_release_binaries(
        &["ghl-notion", "ghl-notion-sandbox"],
        &["ghl-notion/postgres"],
    )?;
    Ok((built[0].clone(), built[1].clone()))
}

/// A child process killed when dropped.
struct Child(tokio::process::Child);

impl Drop for Child {
    fn drop(&mut self) {
        let _ = self.0.start_kill();
    }
}

/// The sandbox's control API.
struct Control {
    http: reqwest::Client,
    url: String,
}

impl Control {
    async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> Result<Value, Error> {
        let mut request = self.http.request(method, format!("{}{path}", self.url));
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await?;
        if !response.status().is_success() {
            return Err(format!("{path}: {}", response.status()).into());
        }
        let text = response.text().await?;
        Ok(if text.trim().is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text)?
        })
    }

    /// The sandbox clock, in milliseconds.
    async fn now_ms(&self) -> Result<i64, Error> {
        let time = self.call(reqwest::Method::GET, "/time", None).await?;
        time["nowMs"].as_i64().ok_or_else(|| "no nowMs".into())
    }
}

struct Run {
    workers: usize,
    rows: u64,
    sandbox_time: Duration,
    real: Duration,
    notion: ApiCounts,
    ghl: ApiCounts,
}

async fn bench() -> Result<(), Error> {
    let Ok(database) = std::env::var("DATABASE_URL") else {
        println!(
            "skipped: DATABASE_URL is not set (run `.ci/with-postgres cargo bench -p ghl-notion-benches --bench workers`)"
        );
        return Ok(());
    };
    let locations: u64 = env_or("BENCH_LOCATIONS", 20);
    let contacts: u64 = env_or("BENCH_CONTACTS", 20);
    let scale: f64 = env_or("BENCH_SCALE", 10.0);
    let counts: Vec<usize> = std::env::var("BENCH_WORKERS")
        .unwrap_or_else(|_| "1,2,3".to_owned())
        .split(',')
        .filter_map(|n| n.trim().parse().ok())
        .collect();
    let (cli, sandbox_bin) = binaries()?;
    println!(
        "agency: {locations} locations × {contacts} contacts, one Notion token (floor: 3 requests/s for all workers), clock ×{scale}"
    );
    for workers in counts {
        let run = run(
            &cli,
            &sandbox_bin,
            &database,
            workers,
            locations,
            contacts,
            scale,
        )
        .await?;
        let floor = Floor::default().time(run.notion.requests, 0);
        let ratio = run.sandbox_time.as_secs_f64() / floor.as_secs_f64().max(f64::EPSILON);
        println!(
            "workers {:<2} rows {:>5} · Notion requests {:>5} (429s {}) · GHL requests {:>5} (429s {}) · time {:>7.1}s vs floor {:>7.1}s ({ratio:.3}×) · {:.2} rows/s · real {:.1}s",
            run.workers,
            run.rows,
            run.notion.requests,
            run.notion.throttled,
            run.ghl.requests,
            run.ghl.throttled,
            run.sandbox_time.as_secs_f64(),
            floor.as_secs_f64(),
            run.rows as f64 / run.sandbox_time.as_secs_f64().max(f64::EPSILON),
            run.real.as_secs_f64(),
        );
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
async fn run(
    cli: &Path,
    sandbox_bin: &Path,
    database: &str,
    workers: usize,
    locations: u64,
    contacts: u64,
    scale: f64,
) -> Result<Run, Error> {
    let mut sandbox = tokio::process::Command::new(sandbox_bin)
        .args([
            "--port",
            "0",
            "--seed",
            "3",
            "--opportunities",
            "0",
            "--users",
            "1",
        ])
        .arg("--locations")
        .arg(locations.to_string())
        .arg("--contacts")
        .arg(contacts.to_string())
        .arg("--time-scale")
        .arg(scale.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()?;
    let stdout = sandbox.stdout.take().ok_or("no stdout")?;
    let mut lines = tokio::io::BufReader::new(stdout).lines();
    let line = lines
        .next_line()
        .await?
        .ok_or("the sandbox printed nothing")?;
    let _sandbox = Child(sandbox);
    let info: Value = serde_json::from_str(&line)?;
    let field = |name: &str| info[name].as_str().unwrap_or_default().to_owned();
    let control = Control {
        http: reqwest::Client::builder().no_proxy().build()?,
        url: field("control_url"),
    };
    let token = control
        .call(
            reqwest::Method::POST,
            "/oauth/tokens",
            Some(json!({"userType": "Company", "scopes": [
                "contacts.readonly", "locations.readonly", "locations/customFields.readonly",
                "users.readonly", "oauth.readonly", "oauth.write"
            ]})),
        )
        .await?;
    let token = token["access_token"].as_str().ok_or("no token")?.to_owned();

    let schema = format!("bench_w{workers}_{}", std::process::id());
    let dir = std::env::temp_dir().join(format!("ghl-notion-bench-{schema}"));
    std::fs::create_dir_all(&dir)?;
    std::fs::write(
        dir.join("ghl-notion.toml"),
        format!(
            "[[tables]]\nentity = \"contact\"\nstrategy = \"reference\"\n\n[activity]\nenabled = false\n\n\
             [state]\nschema = \"{schema}\"\n\n[agency]\nenabled = true\nlease_ttl = \"3s\"\npoll_every = \"1s\"\n\n\
             [webhooks]\nenabled = false\n\n[admin]\nenabled = false\n\n[schedule]\nreconcile_every = \"1h\"\n"
        ),
    )?;
    control
        .call(reqwest::Method::POST, "/stats/reset", None)
        .await?;
    let start_ms = control.now_ms().await?;
    let real = Instant::now();
    let mut children = Vec::new();
    for n in 0..workers {
        let log = std::fs::File::create(dir.join(format!("worker-{n}.log")))?;
        let child = tokio::process::Command::new(cli)
            .current_dir(&dir)
            .arg("--config")
            .arg(dir.join("ghl-notion.toml"))
            .arg("serve")
            .env("GHL_API_KEY", &token)
            .env("GHL_COMPANY_ID", field("company_id"))
            .env("GHL_BASE_URL", field("ghl_base_url"))
            .env("NOTION_TOKEN", field("notion_token"))
            .env("NOTION_BASE_URL", field("notion_base_url"))
            .env("NOTION_PARENT_PAGE_ID", field("notion_parent_page_id"))
            .env("DATABASE_URL", database)
            .env_remove("GHL_LOCATION_ID")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::from(log))
            .kill_on_drop(true)
            .spawn()?;
        children.push(Child(child));
    }
    let want = locations * contacts;
    let deadline = Instant::now() + Duration::from_secs(1800);
    let rows = loop {
        let stats = control.call(reqwest::Method::GET, "/stats", None).await?;
        let created = stats["requests"]["notion"]["POST /v1/pages"]["statuses"]
            .as_object()
            .map_or(0, |s| {
                s.iter()
                    .filter(|(code, _)| code.starts_with('2'))
                    .map(|(_, n)| n.as_u64().unwrap_or(0))
                    .sum::<u64>()
            });
        if created >= want {
            break created;
        }
        if Instant::now() > deadline {
            return Err(format!(
                "{workers} workers wrote {created} of {want} rows in 30 minutes (logs in {})",
                dir.display()
            )
            .into());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    let end_ms = control.now_ms().await?;
    let real = real.elapsed();
    let stats = control.call(reqwest::Method::GET, "/stats", None).await?;
    let apis = ApiCounts::from_stats(&stats);
    drop(children);
    // The schemas this run made: the shared tables' and one per location.
    let (client, connection) = tokio_postgres_connect(database).await?;
    let dropped = async {
        let rows = client
            .query(
                "SELECT nspname FROM pg_namespace WHERE nspname = $1 OR nspname LIKE $2",
                &[&schema, &format!("{schema}\\_%")],
            )
            .await?;
        for row in rows {
            let name: String = row.get(0);
            client
                .batch_execute(&format!("DROP SCHEMA IF EXISTS {name} CASCADE"))
                .await?;
        }
        Ok::<_, Error>(())
    };
    tokio::select! {
        r = dropped => r?,
        _ = connection => {}
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(Run {
        workers,
        rows,
        sandbox_time: Duration::from_millis(u64::try_from(end_ms - start_ms).unwrap_or(0)),
        real,
        notion: apis.get("notion").copied().unwrap_or_default(),
        ghl: apis.get("ghl").copied().unwrap_or_default(),
    })
}

async fn tokio_postgres_connect(
    url: &str,
) -> Result<
    (
        tokio_postgres::Client,
        impl std::future::Future<Output = Result<(), tokio_postgres::Error>>,
    ),
    Error,
> {
    Ok(tokio_postgres::connect(url, tokio_postgres::NoTls).await?)
}
