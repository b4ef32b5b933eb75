//! Agency mode with several workers: three `ghl-notion serve` processes share one Postgres
//! and a sandbox process with 20 locations. Webhooks reach a random live worker through a
//! small load balancer; one worker is killed with SIGKILL while the CRM changes. Every
//! location converges with no duplicate and no lost acknowledged event, no Notion 429, and
//! the dead worker's locations are taken over within the lease time. The workers hold the
//! agency's OAuth install (client id and secret, and a refresh token they rotate in
//! Postgres), not a fixed token.
//!
//! Needs `DATABASE_URL` (`.ci/with-postgres` sets it); without it the test says it was
//! skipped.
#![cfg(feature = "postgres")]

mod chaos_support;
mod cli_support;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chaos_support::{
    Control, World, check_mirror, contact_fields, opportunity_fields, property_text, render,
    trashed,
};
use cli_support::{ENV_NAMES, Sandbox, cli_binary};
use reqwest::Method;
use serde_json::{Value, json};
use sync_core::testing::conformance::{PostgresHarness, StoreHarness};
use tokio::io::{AsyncBufReadExt, BufReader};

const LOCATIONS: usize = 20;
const WORKERS: usize = 3;
/// `[agency] lease_ttl` and `poll_every` of the test's configuration.
const LEASE_TTL: Duration = Duration::from_secs(3);
const POLL: Duration = Duration::from_secs(1);
/// How long the whole deployment may take to converge (a loaded 2-core machine).
const PATIENCE: Duration = Duration::from_secs(240);

/// One `ghl-notion serve` worker process, killed when dropped.
struct Worker {
    child: tokio::process::Child,
    pid: u32,
    url: String,
    /// Its standard output after the listening line.
    output: Arc<Mutex<Vec<String>>>,
    /// The task reading it, done once the worker has exited.
    drain: tokio::task::JoinHandle<()>,
}

/// Starts a worker in `dir` with `env` and waits for its webhook URL.
async fn spawn_worker(dir: &Path, env: &[(String, String)], n: usize) -> Worker {
    let log = std::fs::File::create(dir.join(format!("worker-{n}.log"))).expect("a log file");
    let mut command = tokio::process::Command::new(cli_binary());
    command
        .current_dir(dir)
        .arg("--config")
        .arg(dir.join("ghl-notion.toml"))
        .arg("serve");
    for name in ENV_NAMES {
        command.env_remove(name);
    }
    command
        .env_remove("GHL_COMPANY_ID")
        .env_remove("GHL_CLIENT_ID")
        .env_remove("GHL_CLIENT_SECRET")
        .envs(env.iter().map(|(k, v)| (k, v)))
        .env("RUST_LOG", "info")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::from(log))
        .kill_on_drop(true);
    let mut child = command.spawn().expect("the worker starts");
    let pid = child.id().expect("a pid");
    let stdout = child.stdout.take().expect("piped stdout");
    let mut lines = BufReader::new(stdout).lines();
    let url = tokio::time::timeout(Duration::from_secs(60), async {
        while let Some(line) = lines.next_line().await.expect("stdout reads") {
            if let Some(url) = line.strip_prefix("Listening for GHL webhooks at ") {
                return url.trim().to_owned();
            }
        }
        panic!(
            "worker {n} exited before listening; see {}",
            dir.join(format!("worker-{n}.log")).display()
        );
    })
    .await
    .expect("the worker listens within a minute");
    // Keep draining stdout so the worker never blocks on a full pipe.
    let output = Arc::new(Mutex::new(Vec::new()));
    let kept = Arc::clone(&output);
    let drain = tokio::spawn(async move {
        while let Ok(Some(line)) = lines.next_line().await {
            kept.lock().unwrap().push(line);
        }
    });
    Worker {
        child,
        pid,
        url,
        output,
        drain,
    }
}

/// A load balancer: each delivery goes to a random worker; a worker that refuses the
/// connection (dead) is skipped, as a balancer's health check would.
async fn start_balancer(targets: Arc<Mutex<Vec<String>>>) -> String {
    let http = reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(30))
        .build()
        .expect("an HTTP client");
    let handler = move |headers: axum::http::HeaderMap, body: axum::body::Bytes| {
        let http = http.clone();
        let mut order = targets.lock().unwrap().clone();
        fastrand::shuffle(&mut order);
        async move {
            for url in order {
                let mut request = http.post(&url).body(body.clone());
                for (name, value) in &headers {
                    if name != axum::http::header::HOST
                        && name != axum::http::header::CONTENT_LENGTH
                    {
                        request = request.header(name, value);
                    }
                }
                if let Ok(response) = request.send().await {
                    let status = response.status().as_u16();
                    let text = response.bytes().await.unwrap_or_default();
                    return (
                        axum::http::StatusCode::from_u16(status)
                            .unwrap_or(axum::http::StatusCode::BAD_GATEWAY),
                        text,
                    );
                }
            }
            (
                axum::http::StatusCode::BAD_GATEWAY,
                axum::body::Bytes::new(),
            )
        }
    };
    let app = axum::Router::new().fallback(handler);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("the balancer binds");
    let addr = listener.local_addr().expect("an address");
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}/webhooks/ghl")
}

/// GHL records of `kind` in `location`.
fn records_of(world: &World, kind: &str, location: &str) -> Vec<Value> {
    world
        .ghl(kind)
        .into_iter()
        .filter(|r| r["locationId"] == location)
        .collect()
}

/// The mirror checks of every location's two tables.
fn mirror_checks(world: &World, locations: &[String]) -> Vec<chaos_support::TableCheck> {
    let mut checks = Vec::new();
    for location in locations {
        checks.push(check_mirror(
            world,
            &format!("GHL Contacts ({location})"),
            "GHL ID",
            &records_of(world, "contacts", location),
            contact_fields,
        ));
        checks.push(check_mirror(
            world,
            &format!("GHL Opportunities ({location})"),
            "GHL ID",
            &records_of(world, "opportunities", location),
            opportunity_fields,
        ));
    }
    checks
}

/// Webhook ids the balancer answered 2xx for, by location.
async fn acknowledged(control: &Control) -> BTreeMap<String, Vec<String>> {
    let log = control.call(Method::GET, "/webhooks/log", None).await;
    let mut by_location: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for d in log["deliveries"].as_array().expect("a delivery log") {
        if d["outcome"] == "delivered"
            && let (Some(id), Some(location)) = (d["webhookId"].as_str(), d["locationId"].as_str())
        {
            by_location
                .entry(location.to_owned())
                .or_default()
                .push(id.to_owned());
        }
    }
    by_location
}

/// Activity rows per Event ID in `location`'s activity log.
fn activity_of(world: &World, location: &str) -> BTreeMap<String, usize> {
    let mut rows = BTreeMap::new();
    for page in world.pages_of(&format!("GHL Activity Log ({location})")) {
        if !trashed(&page) {
            *rows.entry(property_text(&page, "Event ID")).or_default() += 1;
        }
    }
    rows
}

/// Notion answers with status 429, on any endpoint.
fn notion_429s(stats: &Value) -> u64 {
    stats["requests"]["notion"]
        .as_object()
        .map(|endpoints| {
            endpoints
                .values()
                .map(|e| e["statuses"]["429"].as_u64().unwrap_or(0))
                .sum()
        })
        .unwrap_or(0)
}

async fn sql(url: &str) -> tokio_postgres::Client {
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .expect("Postgres answers");
    tokio::spawn(connection);
    client
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_three_workers_twenty_locations_survive_a_sigkill() {
    let Some(h) = PostgresHarness::from_env() else {
        return;
    };
    let started = Instant::now();
    let locations = LOCATIONS.to_string();
    let sandbox = Sandbox::start_with(
        3,
        1,
        &[
            "--locations",
            &locations,
            "--time-scale",
            "10",
            "--users",
            "1",
        ],
    );
    let control = Control::new(sandbox.field("control_url"));
    let location_ids: Vec<String> = sandbox.info["locations"]
        .as_array()
        .expect("the sandbox lists its locations")
        .iter()
        .map(|l| l["id"].as_str().expect("an id").to_owned())
        .collect();
    assert_eq!(location_ids.len(), LOCATIONS);

    // The agency's token, as an agency install would hold it.
    let token = sandbox.agency_token().await;
    // The workers get only the refresh token: they refresh it (once, whichever worker wins
    // the race) and keep the rotating pair in Postgres.
    let agency_refresh = token["refresh_token"]
        .as_str()
        .expect("a refresh token")
        .to_owned();

    let dir = ghl_notion::ghl_client::runtime::private_fs::private_temp_dir("ghl-notion-agency")
        .expect("a private temp dir");
    std::fs::write(
        dir.join("ghl-notion.toml"),
        format!(
            "[state]\nschema = \"{}\"\n\n[agency]\nenabled = true\nlease_ttl = \"{}s\"\npoll_every = \"{}s\"\n\n\
             [webhooks]\nlisten = \"127.0.0.1:0\"\n\n[admin]\nenabled = false\n\n\
             [schedule]\nreconcile_every = \"60s\"\n",
            h.schema(),
            LEASE_TTL.as_secs(),
            POLL.as_secs()
        ),
    )
    .expect("the configuration is written");
    let pem_path = dir.join("webhook.pem");
    std::fs::write(&pem_path, sandbox.webhook_key_pem().await).expect("the key is written");
    let mut env = sandbox.agency_env(h.url());
    env.extend(
        [
            ("GHL_CLIENT_ID", sandbox.field("oauth_client_id")),
            ("GHL_CLIENT_SECRET", sandbox.field("oauth_client_secret")),
            ("GHL_AGENCY_REFRESH_TOKEN", agency_refresh.clone()),
            ("GHL_WEBHOOK_PUBLIC_KEY", pem_path.display().to_string()),
        ]
        .map(|(k, v)| (k.to_owned(), v)),
    );

    let mut workers = Vec::new();
    for n in 0..WORKERS {
        workers.push(spawn_worker(&dir, &env, n).await);
    }
    let targets = Arc::new(Mutex::new(
        workers.iter().map(|w| w.url.clone()).collect::<Vec<_>>(),
    ));
    let balancer = start_balancer(Arc::clone(&targets)).await;
    control
        .call(Method::PUT, "/webhooks", Some(json!({"url": balancer})))
        .await;

    // 1. Every location's seeded records reach Notion.
    let converged = |world: &World| {
        mirror_checks(world, &location_ids)
            .iter()
            .all(|c| c.is_clean())
    };
    let deadline = Instant::now() + PATIENCE;
    loop {
        let world = control.world().await;
        if converged(&world) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the seeded records did not converge:\n{}\nlogs in {}",
            render(&mirror_checks(&world, &location_ids)),
            dir.display()
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let initial = started.elapsed();

    // 2. The CRM changes in every location; a worker dies in the middle.
    let db = sql(h.url()).await;
    let schema = h.schema();
    let victim = workers.remove(0);
    let victim_tag = format!("%-{}-%", victim.pid);
    let mut victim = victim;
    let mut killed_at = None;
    for round in 0..3 {
        for (i, location) in location_ids.iter().enumerate() {
            control
                .call(
                    Method::POST,
                    "/ghl/contacts",
                    Some(json!({
                        "locationId": location,
                        "firstName": format!("Agency{round}"),
                        "lastName": format!("Contact{i}"),
                        "email": format!("agency{round}.{i}@example.com"),
                    })),
                )
                .await;
        }
        if round == 0 {
            let held: i64 = db
                .query_one(
                    &format!(
                        "SELECT COUNT(*) FROM {schema}.ghl_notion_locations WHERE holder LIKE $1"
                    ),
                    &[&victim_tag],
                )
                .await
                .expect("the leases read")
                .get(0);
            assert!(held > 0, "the victim held no location before it was killed");
            victim.child.start_kill().expect("SIGKILL is sent");
            let _ = victim.child.wait().await;
            killed_at = Some(Instant::now());
        }
    }
    let killed_at = killed_at.expect("a worker was killed");

    // 3. The dead worker's locations are taken over within the lease time.
    let takeover = loop {
        let orphaned: i64 = db
            .query_one(
                &format!(
                    "SELECT COUNT(*) FROM {schema}.ghl_notion_locations
                     WHERE holder IS NULL OR holder LIKE $1 OR lease_until <= clock_timestamp()"
                ),
                &[&victim_tag],
            )
            .await
            .expect("the leases read")
            .get(0);
        if orphaned == 0 {
            break killed_at.elapsed();
        }
        assert!(
            killed_at.elapsed() < PATIENCE,
            "{orphaned} locations were never taken over"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };

    // 4. Everything converges: mirrors, and one activity row per acknowledged event.
    let deadline = Instant::now() + PATIENCE;
    let (world, lost, doubled, acked) = loop {
        let world = control.world().await;
        let acked = acknowledged(&control).await;
        let mut lost = Vec::new();
        let mut doubled = Vec::new();
        for location in &location_ids {
            let rows = activity_of(&world, location);
            for id in acked.get(location).into_iter().flatten() {
                match rows.get(id) {
                    None => lost.push(format!("{location}/{id}")),
                    Some(n) if *n > 1 => doubled.push(format!("{location}/{id} ×{n}")),
                    Some(_) => {}
                }
            }
        }
        if (converged(&world) && lost.is_empty()) || Instant::now() >= deadline {
            break (
                world,
                lost,
                doubled,
                acked.values().map(Vec::len).sum::<usize>(),
            );
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    };
    let checks = mirror_checks(&world, &location_ids);
    let stats = control.stats().await;
    let summary = format!(
        "initial sync {initial:.1?}; takeover {takeover:.1?}; total {:.1?}\n{}\
         acknowledged events {acked}; lost acknowledged events {lost:?}\nevents with several rows {doubled:?}\nNotion 429s {}\nlogs in {}",
        started.elapsed(),
        render(&checks),
        notion_429s(&stats),
        dir.display()
    );
    println!("{summary}");
    assert!(checks.iter().all(|c| c.is_clean()), "{summary}");
    assert!(
        acked >= 3 * LOCATIONS,
        "every created contact's webhook was acknowledged: {summary}"
    );
    assert!(lost.is_empty(), "{summary}");
    assert!(doubled.is_empty(), "{summary}");
    assert_eq!(notion_429s(&stats), 0, "{summary}");
    // The stated bound: lease_ttl + poll_every, plus a margin for a loaded machine.
    assert!(
        takeover <= LEASE_TTL + POLL + Duration::from_secs(6),
        "{summary}"
    );

    // A clean stop (SIGTERM) gives the worker's locations back at once, not after the lease
    // time, and says what the worker did.
    let mut last = workers.pop().expect("a worker is left");
    let tag = format!("%-{}-%", last.pid);
    let status = std::process::Command::new("kill")
        .args(["-TERM", &last.pid.to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    let exit = tokio::time::timeout(Duration::from_secs(60), last.child.wait())
        .await
        .expect("the worker stops within a minute")
        .expect("the worker is waited for");
    assert!(exit.success(), "{exit:?}: {summary}");
    let kept: i64 = db
        .query_one(
            &format!(
                "SELECT COUNT(*) FROM {schema}.ghl_notion_locations
                 WHERE holder LIKE $1 AND lease_until > clock_timestamp()"
            ),
            &[&tag],
        )
        .await
        .expect("the leases read")
        .get(0);
    assert_eq!(kept, 0, "a stopped worker keeps no lease");
    let _ = (&mut last.drain).await;
    let said = last.output.lock().unwrap().join("\n");
    assert!(
        said.contains(&format!("-{}-", last.pid)) && said.contains("locations claimed"),
        "{said}"
    );

    drop(workers);
    let schemas = db
        .query(
            "SELECT nspname FROM pg_namespace WHERE nspname LIKE $1",
            &[&format!("{schema}\\_%")],
        )
        .await
        .expect("schemas list");
    for row in schemas {
        let name: String = row.get(0);
        let _ = db
            .batch_execute(&format!("DROP SCHEMA IF EXISTS {name} CASCADE"))
            .await;
    }
    h.cleanup().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn postgres_coordinator_leases_inbox_and_budget_decide_as_documented() {
    use ghl_notion::scale::Coordinator;
    use sync_core::{EntityKind, EventKind, SourceEvent};
    let Some(h) = PostgresHarness::from_env() else {
        return;
    };
    let schema = Some(h.schema());
    let a = Coordinator::connect(h.url(), schema, "worker-a".into())
        .await
        .expect("a connects and migrates");
    let b = Coordinator::connect(h.url(), schema, "worker-b".into())
        .await
        .expect("b connects; the migration is already there");
    let locations: Vec<String> = ["l1", "l2", "l3"].map(String::from).to_vec();
    a.register(&locations).await.unwrap();
    b.register(&locations[..1]).await.unwrap();
    let ttl = Duration::from_secs(30);
    assert_eq!(a.heartbeat(ttl).await.unwrap(), (1, 3));
    assert_eq!(b.heartbeat(ttl).await.unwrap(), (2, 3), "two live workers");

    // Claims take free locations only, in id order, never one another's.
    assert_eq!(a.claim(2, ttl).await.unwrap(), ["l1", "l2"]);
    assert_eq!(b.claim(5, ttl).await.unwrap(), ["l3"]);
    assert!(a.claim(1, ttl).await.unwrap().is_empty());
    assert!(a.claim(0, ttl).await.unwrap().is_empty());
    assert_eq!(
        a.renew(&["l1".into(), "l2".into(), "l3".into()], ttl)
            .await
            .unwrap()
            .len(),
        2,
        "a renews only its own leases"
    );
    // A released location is free for the next claim.
    a.release("l2").await.unwrap();
    b.release("l1").await.unwrap(); // not b's: nothing happens
    assert_eq!(b.claim(5, ttl).await.unwrap(), ["l2"]);
    // A lapsed lease is lost: its holder cannot renew it and another worker claims it.
    assert_eq!(
        a.renew(&["l1".into()], Duration::ZERO).await.unwrap(),
        ["l1"]
    );
    assert!(
        a.renew(&["l1".into()], ttl).await.unwrap().is_empty(),
        "lapsed"
    );
    assert_eq!(b.claim(5, ttl).await.unwrap(), ["l1"]);
    let leases = a.leases().await.unwrap();
    assert_eq!(leases.len(), 3);
    assert!(
        leases
            .iter()
            .all(|l| l.holder.as_deref() == Some("worker-b")),
        "{leases:?}"
    );
    assert_eq!(leases[0].claims, 2, "l1 was claimed twice");

    // The inbox stores a delivery once, only for a registered location, and hands it back
    // in order until it is marked done.
    let event = |id: &str| {
        SourceEvent::new(
            id,
            EntityKind::new("contact"),
            format!("c-{id}"),
            EventKind::Updated,
        )
    };
    assert!(a.push("l1", "webhook:1", &event("1")).await.unwrap());
    assert!(
        !b.push("l1", "webhook:1", &event("1")).await.unwrap(),
        "a redelivery"
    );
    assert!(
        !a.push("elsewhere", "webhook:2", &event("2")).await.unwrap(),
        "not synced here"
    );
    assert!(a.push("l1", "webhook:3", &event("3")).await.unwrap());
    assert!(a.push("l2", "webhook:4", &event("4")).await.unwrap());
    let taken = b.take("l1", 10).await.unwrap();
    let ids: Vec<String> = taken
        .iter()
        .map(|(_, e)| e.clone().unwrap().event_id)
        .collect();
    assert_eq!(ids, ["1", "3"]);
    assert_eq!(b.take("l1", 1).await.unwrap().len(), 1, "the limit holds");
    b.done("l1", taken[0].0).await.unwrap();
    assert_eq!(
        b.take("l1", 10).await.unwrap().len(),
        1,
        "done up to the first only"
    );
    b.done("l1", taken[1].0).await.unwrap();
    assert!(b.take("l1", 10).await.unwrap().is_empty());
    assert_eq!(
        b.take("l2", 10).await.unwrap().len(),
        1,
        "other locations untouched"
    );
    assert_eq!(a.leases().await.unwrap()[1].queued, 1);

    // The budget hands out slots a spacing apart, whoever asks; a late caller waits none.
    use ghl_notion::ghl_client::runtime::shared_budget::SharedBudget;
    let (pa, pb) = (
        ghl_notion::scale::PgBudget::new(a.clone()),
        ghl_notion::scale::PgBudget::new(b.clone()),
    );
    let third = Duration::from_secs(1) / 3;
    let at = |ms: u64| std::time::UNIX_EPOCH + Duration::from_millis(1_000_000 + ms);
    let waits = [
        pa.reserve("notion-token-x", third, at(0)).await.unwrap(),
        pb.reserve("notion-token-x", third, at(0)).await.unwrap(),
        pa.reserve("notion-token-x", third, at(100)).await.unwrap(),
        pb.reserve("notion-token-y", third, at(0)).await.unwrap(),
        pa.reserve("notion-token-x", third, at(10_000))
            .await
            .unwrap(),
    ];
    let ms = Duration::from_millis;
    assert_eq!(waits, [ms(0), ms(334), ms(568), ms(0), ms(0)]);

    a.retire().await.unwrap();
    assert_eq!(b.heartbeat(ttl).await.unwrap(), (1, 3), "a retired");
    h.cleanup().await;
}
