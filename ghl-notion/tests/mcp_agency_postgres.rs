//! `ghl-notion mcp` in agency mode, driven over stdio by rmcp's client: the real binary
//! against a sandbox process with three locations, an agency token and one Postgres.
//!
//! - a read tool on location 2 answers with location 2's contacts only;
//! - `sync_status` and `run_sync` on location 2 act on location 2's state and tables;
//! - a real write on location 2 logs one row in `GHL Activity Log (<location 2>)`;
//! - a location that is not the deployment's gets a clean error (not in `[agency] locations`,
//!   or, without that list, one the agency cannot reach: refused before any table is made);
//! - without `[agency] locations`, the default location is `GHL_LOCATION_ID`;
//! - `run_sync` is refused, naming the worker, while a worker holds the location's lease
//!   (and holds the lease itself while it runs).
//!
//! Needs `DATABASE_URL` (`.ci/with-postgres` sets it); without it the test says it was
//! skipped.
#![cfg(all(feature = "mcp", feature = "postgres"))]

mod chaos_support;
mod cli_support;

use std::collections::BTreeSet;
use std::process::Stdio;

use chaos_support::{Control, World, property_text, trashed};
use cli_support::{Sandbox, Workdir};
use ghl_notion::scale::LocationClaim;
use rmcp::model::CallToolRequestParams;
use rmcp::service::RunningService;
use rmcp::transport::TokioChildProcess;
use rmcp::{RoleClient, ServiceExt as _};
use serde_json::{Value, json};
use sync_core::testing::conformance::PostgresHarness;

/// Calls `name`: its structured result, or the error's text (an MCP error or a tool result
/// flagged `isError`). Fails the test if a token shows in either.
async fn call(
    client: &RunningService<RoleClient, ()>,
    secrets: &[String],
    name: &'static str,
    args: Value,
) -> Result<Value, String> {
    let Value::Object(args) = args else {
        panic!("arguments are an object")
    };
    let result = client
        .call_tool(CallToolRequestParams::new(name).with_arguments(args))
        .await;
    let (text, outcome) = match result {
        Ok(result) => {
            let text = serde_json::to_string(&result).expect("JSON");
            match result.is_error {
                Some(true) => (text.clone(), Err(text)),
                _ => (
                    text,
                    Ok(result.structured_content.expect("structured content")),
                ),
            }
        }
        Err(rmcp::ServiceError::McpError(e)) => (e.message.to_string(), Err(e.message.into())),
        Err(other) => panic!("{name}: {other}"),
    };
    for secret in secrets {
        assert!(!text.contains(secret.as_str()), "{name} leaked a token");
    }
    outcome
}

/// Starts `ghl-notion --config <config> mcp --allow-writes` in `work` with `env` added;
/// the client and the file its stderr goes to.
async fn start(
    work: &Workdir,
    config: &str,
    env: &[(&str, &str)],
) -> (RunningService<RoleClient, ()>, std::path::PathBuf) {
    let mut command = work.command(&["--config", config, "mcp", "--allow-writes"]);
    command.env("RUST_LOG", "info");
    command.envs(env.iter().copied());
    let stderr = work.path.join(format!("{config}.stderr.log"));
    let (transport, _) = TokioChildProcess::builder(command)
        .stderr(Stdio::from(
            std::fs::File::create(&stderr).expect("a stderr file"),
        ))
        .spawn()
        .expect("ghl-notion mcp starts");
    match ().serve(transport).await {
        Ok(client) => (client, stderr),
        Err(e) => panic!(
            "the MCP handshake failed ({e}):\n{}",
            std::fs::read_to_string(&stderr).unwrap_or_default()
        ),
    }
}

/// The ids in `list[key]`.
fn ids(list: &Value, key: &str) -> BTreeSet<String> {
    list[key]
        .as_array()
        .unwrap_or_else(|| panic!("no {key} in {list}"))
        .iter()
        .map(|c| c["id"].as_str().expect("an id").to_owned())
        .collect()
}

/// The ids of `location`'s GHL contacts.
fn contacts_of(world: &World, location: &str) -> BTreeSet<String> {
    world
        .ghl("contacts")
        .into_iter()
        .filter(|c| c["locationId"] == location)
        .filter_map(|c| c["id"].as_str().map(str::to_owned))
        .collect()
}

/// Live rows of the table titled `title`.
fn live_rows(world: &World, title: &str) -> Vec<Value> {
    world
        .pages_of(title)
        .into_iter()
        .filter(|p| !trashed(p))
        .collect()
}

/// Rows of `status`'s table for `entity`.
fn rows_of(status: &Value, entity: &str) -> (String, u64) {
    let table = status["tables"]
        .as_array()
        .expect("tables")
        .iter()
        .find(|t| t["entity"] == entity)
        .unwrap_or_else(|| panic!("no {entity} table in {status}"));
    (
        table["title"].as_str().expect("a title").to_owned(),
        table["rows"].as_u64().unwrap_or(0),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_mcp_in_agency_mode_acts_on_the_location_named() {
    let Some(h) = PostgresHarness::from_env() else {
        return;
    };
    let sandbox = Sandbox::start_with(4, 2, &["--locations", "3", "--time-scale", "60"]);
    let control = Control::new(sandbox.field("control_url"));
    let locations: Vec<String> = sandbox.info["locations"]
        .as_array()
        .expect("the sandbox lists its locations")
        .iter()
        .map(|l| l["id"].as_str().expect("an id").to_owned())
        .collect();
    assert_eq!(locations.len(), 3);
    let (loc1, loc2) = (locations[0].clone(), locations[1].clone());

    let token = sandbox.agency_token().await;
    let agency_token = token["access_token"].as_str().expect("a token").to_owned();

    let mut env = sandbox.agency_env(h.url());
    env.push(("GHL_API_KEY".to_owned(), agency_token.clone()));
    let work = Workdir::new(env);
    let listed: Vec<String> = locations.iter().map(|l| format!("{l:?}")).collect();
    std::fs::write(
        work.path.join("ghl-notion.toml"),
        format!(
            "[state]\nschema = \"{}\"\n\n[agency]\nenabled = true\nlocations = [{}]\nlease_ttl = \"3s\"\npoll_every = \"1s\"\n\n\
             [webhooks]\nenabled = false\n\n[admin]\nenabled = false\n\n[schedule]\nreconcile_every = \"60s\"\n",
            h.schema(),
            listed.join(", ")
        ),
    )
    .expect("the configuration is written");

    // The deployment's lease table, as the workers would have registered it.
    let coordinator = ghl_notion::scale::Coordinator::connect(
        h.url(),
        Some(h.schema()),
        "test-worker".to_owned(),
    )
    .await
    .expect("the shared tables");
    coordinator
        .register(&locations)
        .await
        .expect("the locations are registered");

    let (client, stderr) = start(&work, "ghl-notion.toml", &[]).await;
    let secrets = vec![
        agency_token.clone(),
        sandbox.field("notion_token"),
        sandbox.field("ghl_api_key"),
    ];

    // 1. A read tool on location 2: location 2's contacts, all of them, and no other's.
    let world = control.world().await;
    let expected = contacts_of(&world, &loc2);
    assert!(!expected.is_empty(), "the sandbox seeds location 2");
    assert!(
        expected.is_disjoint(&contacts_of(&world, &loc1)),
        "locations hold distinct contacts"
    );
    let page = call(
        &client,
        &secrets,
        "search_contacts",
        json!({"location": loc2, "limit": 50}),
    )
    .await
    .expect("search_contacts on location 2");
    assert_eq!(
        ids(&page, "contacts"),
        expected,
        "location 2's contacts only"
    );

    // 2. Location 2's sync: its own tables, empty before the run and filled by it, while
    //    the default location (the first listed) is untouched.
    let status = call(&client, &secrets, "sync_status", json!({"location": loc2}))
        .await
        .expect("sync_status on location 2");
    let (title, rows) = rows_of(&status, "contact");
    assert_eq!(title, format!("GHL Contacts ({loc2})"));
    assert_eq!(rows, 0, "nothing synced yet");

    let run = call(
        &client,
        &secrets,
        "run_sync",
        json!({"location": loc2, "dry_run": false}),
    )
    .await
    .expect("run_sync on location 2");
    let report = &run["report"];
    assert_eq!(report["complete"], true, "{run}");
    assert_eq!(report["failed"], 0, "{run}");
    assert!(
        report["created"].as_u64().unwrap_or(0) >= expected.len() as u64,
        "{run}"
    );

    let world = control.world().await;
    let mirrored: BTreeSet<String> = live_rows(&world, &format!("GHL Contacts ({loc2})"))
        .iter()
        .map(|p| property_text(p, "GHL ID"))
        .collect();
    assert_eq!(mirrored, expected, "location 2's table mirrors location 2");
    assert!(
        live_rows(&world, &format!("GHL Contacts ({loc1})")).is_empty(),
        "the default location was not synced"
    );

    let status = call(&client, &secrets, "sync_status", json!({"location": loc2}))
        .await
        .expect("sync_status after the run");
    assert_eq!(rows_of(&status, "contact").1, expected.len() as u64);
    assert!(!status["last_runs"].as_array().expect("runs").is_empty());
    let default_status = call(&client, &secrets, "sync_status", json!({}))
        .await
        .expect("sync_status on the default location");
    assert_eq!(
        rows_of(&default_status, "contact"),
        (format!("GHL Contacts ({loc1})"), 0),
        "the default location is the first listed, and its own"
    );

    // The run held location 2's lease and gave it back.
    let leases = coordinator.leases().await.expect("the leases");
    let lease2 = leases
        .iter()
        .find(|l| l.location_id == loc2)
        .expect("location 2");
    assert_eq!(lease2.holder, None, "the lease was given back: {lease2:?}");
    assert!(lease2.last_run_at.is_some(), "the run was recorded");

    // 3. A real write on location 2 is logged once in location 2's activity log.
    let log2 = format!("GHL Activity Log ({loc2})");
    let log1 = format!("GHL Activity Log ({loc1})");
    let assistant_rows = |world: &World, title: &str| {
        live_rows(world, title)
            .iter()
            .filter(|p| property_text(p, "Actor") == "assistant")
            .count()
    };
    let before = control.world().await;
    let written = call(
        &client,
        &secrets,
        "create_contact",
        json!({"location": loc2, "dry_run": false, "first_name": "Agency", "email": "agency@example.com"}),
    )
    .await
    .expect("create_contact on location 2");
    assert_eq!(written["logged"], true, "{written}");
    let id = written["record_id"].as_str().expect("an id").to_owned();
    let after = control.world().await;
    assert!(
        contacts_of(&after, &loc2).contains(&id),
        "created in location 2"
    );
    assert_eq!(
        assistant_rows(&after, &log2),
        assistant_rows(&before, &log2) + 1,
        "one row in location 2's log"
    );
    assert_eq!(
        assistant_rows(&after, &log1),
        assistant_rows(&before, &log1),
        "none in the default location's"
    );

    // 4. A location that is not the deployment's: a clean error, for GHL and sync tools.
    for tool in ["search_contacts", "sync_status"] {
        let err = call(
            &client,
            &secrets,
            tool,
            json!({"location": "no-such-location"}),
        )
        .await
        .expect_err("an unknown location is refused");
        assert!(err.contains("no-such-location"), "{tool}: {err}");
    }

    // 5. While a worker holds location 2's lease, run_sync is refused and names it.
    let (sql, connection) = tokio_postgres::connect(h.url(), tokio_postgres::NoTls)
        .await
        .expect("Postgres answers");
    tokio::spawn(connection);
    sql.execute(
        &format!(
            "UPDATE {}.ghl_notion_locations SET holder = 'worker-7', lease_until = clock_timestamp() + interval '1 hour' WHERE location_id = $1",
            h.schema()
        ),
        &[&loc2],
    )
    .await
    .expect("the lease is taken");
    let err = call(
        &client,
        &secrets,
        "run_sync",
        json!({"location": loc2, "dry_run": false}),
    )
    .await
    .expect_err("refused while a worker holds the location");
    assert!(
        err.contains("worker-7") && err.contains("1m"),
        "names the worker and its schedule: {err}"
    );
    let plan = call(&client, &secrets, "run_sync", json!({"location": loc2}))
        .await
        .expect("a dry run still answers");
    assert_eq!(plan["dry_run"], true);

    // The claim itself: a free location is claimed once; a second claim, even by the same
    // process, finds it held; a location not in the deployment is reported as such.
    let ttl = std::time::Duration::from_secs(3);
    let loc3 = &locations[2];
    assert_eq!(
        coordinator
            .claim_location(loc3, ttl)
            .await
            .expect("a claim"),
        LocationClaim::Claimed
    );
    assert_eq!(
        coordinator
            .claim_location(loc3, ttl)
            .await
            .expect("a claim"),
        LocationClaim::HeldBy("test-worker".to_owned())
    );
    assert_eq!(
        coordinator
            .claim_location("not-registered", ttl)
            .await
            .expect("a claim"),
        LocationClaim::Unregistered
    );

    client.cancel().await.expect("the client stops");

    // 6. Without [agency] locations, the default comes from GHL_LOCATION_ID and any location
    //    of the agency is served; one the agency cannot reach is refused before any table
    //    or state is made for it.
    std::fs::write(
        work.path.join("any.toml"),
        format!(
            "[state]\nschema = \"{}\"\n\n[agency]\nenabled = true\nlease_ttl = \"3s\"\npoll_every = \"1s\"\n\n\
             [webhooks]\nenabled = false\n\n[admin]\nenabled = false\n",
            h.schema()
        ),
    )
    .expect("the configuration is written");
    let (any, any_stderr) = start(&work, "any.toml", &[("GHL_LOCATION_ID", &loc2)]).await;
    let status = call(&any, &secrets, "sync_status", json!({}))
        .await
        .expect("sync_status on GHL_LOCATION_ID");
    assert_eq!(
        rows_of(&status, "contact"),
        (format!("GHL Contacts ({loc2})"), expected.len() as u64 + 1),
        "the default is GHL_LOCATION_ID's sync: the synced contacts and the one created"
    );
    let err = call(
        &any,
        &secrets,
        "sync_status",
        json!({"location": "no-such-location"}),
    )
    .await
    .expect_err("a location the agency cannot reach is refused");
    assert!(err.contains("no-such-location"), "{err}");
    assert!(
        control
            .world()
            .await
            .data_sources_titled("GHL Contacts (no-such-location)")
            .is_empty(),
        "no table made for it"
    );
    any.cancel().await.expect("the client stops");

    for log in [stderr, any_stderr] {
        let logs = std::fs::read_to_string(&log).unwrap_or_default();
        for secret in &secrets {
            assert!(!logs.contains(secret.as_str()), "stderr leaked a token");
        }
    }
}
