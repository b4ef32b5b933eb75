//! The `ghl-notion` command end to end, against the sandbox binary run as a separate process.
//!
//! Each step asserts by effect: the `--json` report, and the rows the sandbox's Notion
//! actually received (`/_sandbox/stats`).

mod cli_support;

use cli_support::{Sandbox, Workdir, total};
use futures_util::StreamExt as _;
use ghl_notion::notion_activity::ids::PageId;
use reqwest::Method;
use serde_json::{Value, json};
use tokio::io::AsyncBufReadExt as _;

const SUBCOMMANDS: [&str; 7] = [
    "init", "sync", "serve", "repair", "status", "doctor", "demo",
];

#[tokio::test]
async fn version_and_an_example_in_every_subcommands_help() {
    let dir = Workdir::new(Vec::new());
    let version = dir.run(&["--version"]).await.expect_code(0);
    assert_eq!(
        version.stdout.trim(),
        format!("ghl-notion {}", env!("CARGO_PKG_VERSION"))
    );
    let top = dir.run(&["--help"]).await.expect_code(0);
    for sub in SUBCOMMANDS {
        assert!(
            top.stdout.contains(sub),
            "--help does not list {sub}:\n{top}"
        );
        let help = dir.run(&[sub, "--help"]).await.expect_code(0);
        assert!(
            help.stdout.contains("Example") && help.stdout.contains(&format!("ghl-notion {sub}")),
            "{sub} --help has no example:\n{help}"
        );
    }
}

#[tokio::test]
async fn a_missing_config_file_or_a_bad_argument_is_fatal() {
    let dir = Workdir::new(Vec::new());
    let run = dir
        .run(&["--config", "nowhere.toml", "sync"])
        .await
        .expect_code(1);
    assert!(run.stderr.contains("nowhere.toml"), "{run}");
    assert!(run.stderr.contains("ghl-notion init"), "{run}");
    assert!(run.stdout.is_empty(), "{run}");
    let usage = dir
        .run(&["sync", "--entity", "invoice"])
        .await
        .expect_code(1);
    assert!(usage.stderr.contains("contact"), "{usage}");
}

#[tokio::test]
async fn one_location_commands_refuse_agency_mode_and_name_the_fix() {
    let dir = Workdir::new(Vec::new());
    std::fs::write(
        dir.path.join("agency.toml"),
        "[agency]\nenabled = true\n[state]\npath = \"memory\"\n",
    )
    .unwrap();
    for command in ["sync", "repair"] {
        let run = dir
            .run(&["--config", "agency.toml", command])
            .await
            .expect_code(1);
        assert!(run.stderr.contains("[agency] mode is on"), "{run}");
        assert!(run.stderr.contains("ghl-notion serve"), "{run}");
    }
    // Agency mode without Postgres state names what to set.
    let serve = dir.run(&["--config", "agency.toml", "serve"]).await;
    assert_ne!(serve.code, 0, "{serve}");
    assert!(
        serve.stderr.contains("DATABASE_URL") || serve.stderr.contains("--features postgres"),
        "{serve}"
    );
}

/// init → sync → sync → edits → sync → delete → sync --full → hand edit → repair → status.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_whole_lifecycle_writes_exactly_what_changed() {
    let sandbox = Sandbox::start(12, 3);
    let dir = Workdir::new(sandbox.env());

    // init creates the three tables and writes the configuration.
    let init = dir.run(&["init"]).await.expect_code(0);
    for title in ["GHL Contacts", "GHL Opportunities", "GHL Activity Log"] {
        assert!(init.stdout.contains(title), "{init}");
    }
    assert_eq!(init.stdout.matches("created").count(), 3, "{init}");
    assert!(init.stdout.contains("ghl-notion sync"), "{init}");
    let written =
        std::fs::read_to_string(dir.path.join("ghl-notion.toml")).expect("init wrote the file");
    ghl_notion::Config::parse(&written).expect("the written file parses");

    // The first sync creates every row.
    sandbox.reset_stats().await;
    let first = dir.run(&["sync", "--json"]).await.expect_code(0).json();
    assert_eq!(total(&first, "created"), 15, "{first}");
    assert_eq!(total(&first, "failed"), 0, "{first}");
    assert_eq!(sandbox.notion_row_writes().await, 15);
    assert!(
        first["api"]["notion"]["requests"]
            .as_u64()
            .expect("a request count")
            >= 15
    );

    // The second writes nothing.
    sandbox.reset_stats().await;
    let second = dir.run(&["sync", "--json"]).await.expect_code(0).json();
    assert_eq!(
        total(&second, "created") + total(&second, "updated"),
        0,
        "{second}"
    );
    assert_eq!(sandbox.notion_row_writes().await, 0);

    // Five contacts change in GHL: the dry run sees them and writes nothing; sync writes five.
    let state = sandbox.state().await;
    let contacts = state["ghl"]["contacts"].as_array().expect("contacts");
    let with_deals: Vec<&str> = state["ghl"]["opportunities"]
        .as_array()
        .expect("opportunities")
        .iter()
        .filter_map(|o| o["contactId"].as_str().or(o["contact"]["id"].as_str()))
        .collect();
    let ids: Vec<&str> = contacts.iter().filter_map(|c| c["id"].as_str()).collect();
    for (i, id) in ids.iter().take(5).enumerate() {
        sandbox
            .control(
                Method::PUT,
                &format!("/ghl/contacts/{id}"),
                Some(json!({"city": format!("Edited City {i}")})),
            )
            .await;
    }
    sandbox.reset_stats().await;
    let plan = dir
        .run(&["sync", "--dry-run", "--json", "--entity", "contact"])
        .await
        .expect_code(0)
        .json();
    let updates: usize = plan["entities"]
        .as_array()
        .expect("plan entities")
        .iter()
        .map(|e| e[1]["updates"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(updates, 5, "{plan}");
    assert_eq!(
        sandbox.notion_row_writes().await,
        0,
        "a dry run writes nothing"
    );
    let edited = dir.run(&["sync", "--json"]).await.expect_code(0).json();
    assert_eq!(total(&edited, "updated"), 5, "{edited}");
    assert_eq!(sandbox.notion_row_writes().await, 5);

    // A contact is deleted in GHL: a full pass trashes its row.
    let gone = ids
        .iter()
        .copied()
        .skip(5)
        .find(|id| !with_deals.contains(id))
        .expect("a contact without opportunities");
    sandbox
        .control(Method::DELETE, &format!("/ghl/contacts/{gone}"), None)
        .await;
    sandbox.reset_stats().await;
    let full = dir
        .run(&["sync", "--full", "--json"])
        .await
        .expect_code(0)
        .json();
    assert_eq!(full["mode"], "full", "{full}");
    assert_eq!(total(&full, "trashed"), 1, "{full}");
    assert_eq!(sandbox.notion_row_writes().await, 1);

    // Someone edits a row in Notion by hand: repair rewrites exactly that row.
    hand_edit_one_contact_row(&sandbox).await;
    sandbox.reset_stats().await;
    let repair = dir.run(&["repair", "--json"]).await.expect_code(0).json();
    let rewritten: u64 = repair["entities"]
        .as_array()
        .expect("repair entities")
        .iter()
        .map(|e| e[1]["rewritten"].as_u64().unwrap_or(0))
        .sum();
    assert_eq!(rewritten, 1, "{repair}");
    assert_eq!(sandbox.notion_row_writes().await, 1);

    // status shows the four runs, newest first, and the rows.
    let status = dir.run(&["status", "--json"]).await.expect_code(0).json();
    let runs = status["last_runs"].as_array().expect("last runs");
    assert_eq!(runs.len(), 4, "{status}");
    assert_eq!(runs[0]["mode"], "full");
    assert_eq!(status["tables"][0]["rows"], 12, "{status}");
    assert_eq!(status["pending_intents"], 0);
    let text = dir.run(&["status"]).await.expect_code(0);
    for wanted in [
        "Last runs",
        "GHL Contacts",
        "incremental",
        "full",
        "headroom",
    ] {
        assert!(
            text.stdout.contains(wanted),
            "status lacks {wanted:?}:\n{text}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn init_refuses_to_overwrite_and_with_force_adopts_the_tables() {
    let sandbox = Sandbox::start(2, 1);
    let dir = Workdir::new(sandbox.env());
    dir.run(&["init"]).await.expect_code(0);
    let file = dir.path.join("ghl-notion.toml");
    let written = std::fs::read_to_string(&file).expect("init wrote ghl-notion.toml");

    // A second init refuses to overwrite; with --force it adopts the existing tables.
    std::fs::write(&file, "# mine\n").expect("overwrite the file");
    let again = dir.run(&["init"]).await.expect_code(1);
    assert!(again.stderr.contains("--force"), "{again}");
    assert_eq!(
        std::fs::read_to_string(&file).expect("the file"),
        "# mine\n"
    );
    let forced = dir.run(&["init", "--force"]).await.expect_code(0);
    assert_eq!(forced.stdout.matches("adopted").count(), 3, "{forced}");
    assert_eq!(std::fs::read_to_string(&file).expect("the file"), written);
}

/// Rewrites the City of one row of "GHL Contacts" through the sandbox's Notion API.
async fn hand_edit_one_contact_row(sandbox: &Sandbox) {
    let notion = sandbox.notion();
    let sources = notion
        .search_data_sources("GHL Contacts")
        .await
        .expect("search");
    let source = sources.first().expect("the contacts table");
    let mut pages = notion.query_all(&source.id, None);
    let page = pages
        .next()
        .await
        .expect("a row")
        .expect("the query answers");
    let id: PageId = page.id.clone();
    let mut properties = serde_json::Map::new();
    properties.insert(
        "City".into(),
        json!({"rich_text": [{"text": {"content": "Changed by hand"}}]}),
    );
    notion
        .update_page(&id, properties)
        .await
        .expect("the hand edit");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_records_exit_2_and_are_listed() {
    let sandbox = Sandbox::start(6, 2);
    let dir = Workdir::new(sandbox.env());
    sandbox
        .control(
            Method::POST,
            "/faults",
            Some(json!({
                "api": "notion",
                "method": "POST",
                "pathPrefix": "/v1/pages",
                "probability": 1.0,
                "faults": ["500"],
            })),
        )
        .await;
    let run = dir
        .run(&["sync", "--entity", "contact", "--json"])
        .await
        .expect_code(2);
    let report = run.json();
    assert_eq!(total(&report, "failed"), 6, "{run}");
    assert_eq!(total(&report, "created"), 0, "{run}");
    assert!(run.stderr.contains("6 records failed"), "{run}");
    assert!(
        run.stderr
            .lines()
            .filter(|l| l.starts_with("  - contact:"))
            .count()
            >= 1,
        "{run}"
    );
    assert_eq!(sandbox.notion_row_writes().await, 0);
}

#[tokio::test]
async fn demo_runs_on_the_embedded_sandbox() {
    let dir = Workdir::new(Vec::new());
    let run = dir.run(&["demo", "--json"]).await.expect_code(0);
    let report = run.json();
    assert!(report.is_object(), "{run}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn doctor_names_a_wrong_notion_token_and_its_fix() {
    let sandbox = Sandbox::start(2, 1);
    let dir = Workdir::new(sandbox.env());
    let bad = [("NOTION_TOKEN", "secret_not_the_right_one")];
    let run = dir
        .run_with(&["doctor", "--json"], &bad)
        .await
        .expect_code(1);
    let report = run.json();
    let failed: Vec<&Value> = report["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .filter(|c| {
            c["outcome"]
                .as_str()
                .is_some_and(|o| o.eq_ignore_ascii_case("fail"))
        })
        .collect();
    assert!(
        failed.iter().any(|c| {
            let text = format!("{} {} {}", c["name"], c["detail"], c["fix"]);
            text.contains("NOTION_TOKEN") && c["fix"].is_string()
        }),
        "no failed check names NOTION_TOKEN with a fix:\n{run}"
    );
    assert!(!run.stdout.contains("secret_not_the_right_one"), "{run}");
    let text = dir.run_with(&["doctor"], &bad).await.expect_code(1);
    assert!(text.stdout.contains("NOTION_TOKEN"), "{text}");
    assert!(text.stdout.contains("fix:"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_applies_webhooks_and_drains_on_sigterm() {
    let sandbox = Sandbox::start(3, 1);
    let dir = Workdir::new(sandbox.env());
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    std::fs::write(
        dir.path.join("ghl-notion.toml"),
        format!("[webhooks]\nlisten = \"127.0.0.1:{port}\"\n"),
    )
    .expect("write the configuration");
    sandbox
        .control(
            Method::PUT,
            "/webhooks",
            Some(json!({"url": format!("http://127.0.0.1:{port}/webhooks/ghl")})),
        )
        .await;
    let key = sandbox.webhook_key_pem().await;
    // `--admin` on a free port: the default's may be taken by another test.
    let mut command = dir.command(&["serve", "--admin", "127.0.0.1:0"]);
    command
        .env("GHL_WEBHOOK_PUBLIC_KEY", key)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut serve = command.spawn().expect("serve starts");
    let pid = serve.id().expect("a pid");
    let mut stdout = tokio::io::BufReader::new(serve.stdout.take().expect("stdout")).lines();
    let listening = tokio::time::timeout(cli_support::COMMAND_TIMEOUT, stdout.next_line())
        .await
        .expect("serve prints where it listens")
        .expect("stdout is readable")
        .unwrap_or_default();
    assert!(
        listening.contains(&format!("127.0.0.1:{port}")),
        "{listening}"
    );

    // The reconciliation on start creates the four rows; then a change arrives by webhook.
    let within = std::time::Duration::from_secs(40);
    sandbox
        .wait_for("the first reconciliation", within, || async {
            sandbox.notion_ok(&["POST /v1/pages"]).await >= 4
        })
        .await;
    let contact = sandbox.state().await["ghl"]["contacts"][0]["id"]
        .as_str()
        .expect("a contact")
        .to_owned();
    sandbox.reset_stats().await;
    sandbox
        .control(
            Method::PUT,
            &format!("/ghl/contacts/{contact}"),
            Some(json!({"city": "Changed while serving"})),
        )
        .await;
    sandbox
        .wait_for("the webhook's row update", within, || async {
            sandbox.notion_ok(&["PATCH /v1/pages/{id}"]).await >= 1
        })
        .await;

    // `status --admin` reads the running service's live numbers.
    let mut admin = None;
    while admin.is_none() {
        let line = tokio::time::timeout(cli_support::COMMAND_TIMEOUT, stdout.next_line())
            .await
            .expect("serve prints its admin address")
            .expect("stdout is readable")
            .expect("serve is still running");
        admin = line
            .strip_prefix("Admin address: ")
            .and_then(|rest| rest.split_whitespace().next())
            .map(str::to_owned);
    }
    let admin = admin.expect("an admin URL");
    let live = dir.run(&["status", "--admin", &admin, "--json"]).await;
    assert_eq!(live.code, 0, "{}", live.stderr);
    let dashboard: Value = serde_json::from_str(&live.stdout).expect("status --admin --json");
    assert_eq!(
        dashboard["readiness"]["ready"],
        json!(true),
        "{}",
        live.stdout
    );
    assert!(
        dashboard["runs"]
            .as_array()
            .is_some_and(|runs| runs.iter().any(|r| r["kind"] == "reconcile")),
        "{}",
        live.stdout
    );
    assert!(
        dashboard["webhooks"]["accepted"].as_u64() >= Some(1),
        "{}",
        live.stdout
    );
    let text = dir.run(&["status", "--admin", &admin]).await;
    assert_eq!(text.code, 0, "{}", text.stderr);
    assert!(text.stdout.contains("Ready:  yes"), "{}", text.stdout);
    assert!(
        !text.stdout.contains(&sandbox.field("ghl_api_key")),
        "no secret"
    );
    let gone = dir.run(&["status", "--admin", "http://127.0.0.1:9"]).await;
    assert_eq!(gone.code, 1, "an unreachable admin address is fatal");
    assert!(gone.stderr.contains("status.json"), "{}", gone.stderr);

    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    let status = tokio::time::timeout(cli_support::COMMAND_TIMEOUT, serve.wait())
        .await
        .expect("serve drains and exits")
        .expect("serve's status");
    let mut rest = String::new();
    while let Ok(Some(line)) = stdout.next_line().await {
        rest.push_str(&line);
        rest.push('\n');
    }
    assert_eq!(status.code(), Some(0), "{rest}");
    assert!(rest.contains("Served:"), "{rest}");
    assert!(!rest.contains(" 0 events received"), "{rest}");

    // The rounds `serve` ran are kept in the state for `status`.
    let kept = dir.run(&["status", "--json"]).await;
    assert_eq!(kept.code, 0, "{}", kept.stderr);
    let runs = kept.json()["last_runs"].clone();
    assert!(
        runs.as_array()
            .is_some_and(|runs| runs.iter().any(|r| r["served"] == json!(true))),
        "{runs}"
    );
    let text = dir.run(&["status"]).await;
    assert!(text.stdout.contains("(serve)"), "{}", text.stdout);
}
