//! `ghl-notion mcp` driven over stdio by rmcp's client, exactly as an assistant would: the
//! real binary as a child process, configured against a sandbox started as its own process
//! (the sandbox clock runs 60× faster, so GHL's one-second `Retry-After` costs ~17 ms).
//!
//! - read-only by default: no write tool is listed, and every read tool answers with what
//!   the sandbox holds; bad arguments are typed MCP errors;
//! - with `--allow-writes`: a write with the default `dry_run` changes nothing; with
//!   `dry_run: false` it writes once and logs one activity row with the actor `assistant`;
//! - a 429 storm from GHL makes a tool wait and answer;
//! - the tokens never appear in tool output or on stderr.
#![cfg(feature = "mcp")]

mod cli_support;

use std::process::Stdio;

use cli_support::{Sandbox, Workdir};
use rmcp::model::{CallToolRequestParams, ErrorCode};
use rmcp::service::RunningService;
use rmcp::transport::TokioChildProcess;
use rmcp::{RoleClient, ServiceExt as _};
use serde_json::{Value, json};

const READ_TOOLS: [&str; 11] = [
    "get_contact",
    "get_opportunity",
    "list_notes",
    "list_pipelines",
    "list_tasks",
    "recent_activity",
    "search_contacts",
    "search_opportunities",
    "sync_plan",
    "sync_status",
    "upcoming_appointments",
];
const WRITE_TOOLS: [&str; 6] = [
    "add_note",
    "add_task",
    "create_contact",
    "move_opportunity",
    "run_sync",
    "update_contact",
];

/// A running `ghl-notion mcp` and where its stderr goes.
struct Server {
    client: RunningService<RoleClient, ()>,
    stderr: std::path::PathBuf,
    secrets: Vec<String>,
}

impl Server {
    async fn start(sandbox: &Sandbox, work: &Workdir, args: &[&str]) -> Server {
        let mut argv = vec!["mcp"];
        argv.extend_from_slice(args);
        let mut command = work.command(&argv);
        command.env("RUST_LOG", "info");
        let stderr = work.path.join(format!("stderr-{}.log", args.join("-")));
        let file = std::fs::File::create(&stderr).expect("a stderr file");
        let (transport, _) = TokioChildProcess::builder(command)
            .stderr(Stdio::from(file))
            .spawn()
            .expect("ghl-notion mcp starts");
        let client = ().serve(transport).await.expect("the MCP handshake");
        Server {
            client,
            stderr,
            secrets: vec![sandbox.field("ghl_api_key"), sandbox.field("notion_token")],
        }
    }

    async fn tools(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .client
            .list_all_tools()
            .await
            .expect("tools/list")
            .into_iter()
            .map(|t| t.name.into_owned())
            .collect();
        names.sort();
        names
    }

    /// Calls `name`; the structured result, or the error: an MCP error with its code, or a
    /// tool result flagged `isError` (how rmcp reports arguments that do not fit the schema).
    async fn call(&self, name: &'static str, args: Value) -> Result<Value, Refused> {
        let Value::Object(args) = args else {
            panic!("arguments are an object")
        };
        let result = self
            .client
            .call_tool(CallToolRequestParams::new(name).with_arguments(args))
            .await;
        match result {
            Ok(result) => {
                let text = serde_json::to_string(&result).expect("JSON");
                self.assert_no_secret(name, &text);
                if result.is_error == Some(true) {
                    return Err(Refused {
                        code: None,
                        message: text,
                    });
                }
                Ok(result.structured_content.expect("structured content"))
            }
            Err(rmcp::ServiceError::McpError(e)) => {
                self.assert_no_secret(name, &e.message);
                Err(Refused {
                    code: Some(e.code),
                    message: e.message.into_owned(),
                })
            }
            Err(other) => panic!("{name}: {other}"),
        }
    }

    fn assert_no_secret(&self, name: &str, text: &str) {
        for secret in &self.secrets {
            assert!(!text.contains(secret.as_str()), "{name} leaked a token");
        }
    }

    async fn ok(&self, name: &'static str, args: Value) -> Value {
        self.call(name, args)
            .await
            .unwrap_or_else(|e| panic!("{name}: {e:?}"))
    }

    /// Calls `name` with a bad argument: refused as invalid, with a message.
    async fn invalid(&self, name: &'static str, args: Value) -> String {
        let e = self.call(name, args).await.expect_err("refused");
        assert!(
            matches!(e.code, None | Some(ErrorCode::INVALID_PARAMS)),
            "{name}: {e:?}"
        );
        e.message
    }

    /// Stops the server and checks its stderr holds no token.
    async fn stop(self) {
        self.client.cancel().await.expect("the client stops");
        let logs = std::fs::read_to_string(&self.stderr).unwrap_or_default();
        for secret in &self.secrets {
            assert!(
                !logs.contains(secret.as_str()),
                "stderr leaked a token:\n{logs}"
            );
        }
    }
}

/// A refused call.
#[derive(Debug)]
#[allow(dead_code)]
struct Refused {
    /// The MCP error code; `None` for a tool result flagged `isError`.
    code: Option<ErrorCode>,
    message: String,
}

fn ids(list: &Value, key: &str) -> Vec<String> {
    list[key]
        .as_array()
        .unwrap_or_else(|| panic!("no {key} in {list}"))
        .iter()
        .map(|c| c["id"].as_str().expect("an id").to_owned())
        .collect()
}

fn start_sandbox() -> Sandbox {
    Sandbox::start_with(6, 4, &["--time-scale", "60"])
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn read_only_by_default_and_every_read_tool_answers_from_ghl() {
    let sandbox = start_sandbox();
    let work = Workdir::new(sandbox.env());
    let state = sandbox.state().await;
    let server = Server::start(&sandbox, &work, &[]).await;

    assert_eq!(
        server.tools().await,
        READ_TOOLS,
        "no write tool without --allow-writes"
    );

    // Contacts: pages of two follow each other without repeats, up to every contact.
    let mut seen = Vec::new();
    let mut cursor = Value::Null;
    for _ in 0..10 {
        let page = server
            .ok("search_contacts", json!({"limit": 2, "cursor": cursor}))
            .await;
        let page_ids = ids(&page, "contacts");
        assert!(page_ids.len() <= 2);
        seen.extend(page_ids);
        cursor = page["next_cursor"].clone();
        if cursor.is_null() {
            break;
        }
    }
    let mut expected: Vec<String> = state["ghl"]["contacts"]
        .as_array()
        .expect("contacts")
        .iter()
        .map(|c| c["id"].as_str().expect("id").to_owned())
        .collect();
    expected.sort();
    seen.sort();
    assert_eq!(seen, expected, "paging reads each contact once");

    let first = &state["ghl"]["contacts"][0];
    let contact_id = first["id"].as_str().expect("id").to_owned();
    let got = server.ok("get_contact", json!({"id": contact_id})).await;
    assert_eq!(got["id"], first["id"]);
    assert_eq!(got["email"], first["email"]);

    let opportunities = server.ok("search_opportunities", json!({})).await;
    let opp_ids = ids(&opportunities, "opportunities");
    assert_eq!(opp_ids.len(), 4, "{opportunities}");
    let opp = server
        .ok("get_opportunity", json!({"id": opp_ids[0]}))
        .await;
    assert_eq!(opp["id"], json!(opp_ids[0]));

    let pipelines = server.ok("list_pipelines", json!({})).await;
    let pipeline = &pipelines["pipelines"][0];
    assert!(
        !pipeline["stages"].as_array().expect("stages").is_empty(),
        "{pipelines}"
    );

    // Tasks and notes of the contact that has most of them.
    let owner_of = |kind: &str| -> (String, usize) {
        let mut counts = std::collections::BTreeMap::<String, usize>::new();
        for item in state["ghl"][kind].as_array().expect("a list").iter() {
            let owner = item["contactId"].as_str().expect("contactId").to_owned();
            *counts.entry(owner).or_default() += 1;
        }
        counts
            .into_iter()
            .max_by_key(|(_, n)| *n)
            .unwrap_or_else(|| panic!("the seed has {kind}"))
    };
    let (task_owner, task_count) = owner_of("tasks");
    let tasks = server
        .ok("list_tasks", json!({"contact_id": task_owner, "limit": 50}))
        .await;
    assert_eq!(ids(&tasks, "tasks").len(), task_count, "{tasks}");
    let (note_owner, note_count) = owner_of("notes");
    let notes = server
        .ok("list_notes", json!({"contact_id": note_owner, "limit": 1}))
        .await;
    assert_eq!(ids(&notes, "notes").len(), 1);
    assert_eq!(notes["next_cursor"].is_null(), note_count == 1, "{notes}");

    // Appointments: only upcoming ones, soonest first.
    let appointment = &state["ghl"]["appointments"][0];
    let calendar = appointment["calendarId"].as_str().expect("calendarId");
    let upcoming = server
        .ok(
            "upcoming_appointments",
            json!({"calendar_id": calendar, "days": 90}),
        )
        .await;
    let starts: Vec<&str> = upcoming["appointments"]
        .as_array()
        .expect("appointments")
        .iter()
        .map(|a| a["start"].as_str().expect("start"))
        .collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted, "soonest first");
    let message = server.invalid("upcoming_appointments", json!({})).await;
    assert!(message.contains("contact_id"), "{message}");

    // The sync: nothing mirrored yet, so the plan creates every record.
    let status = server.ok("sync_status", json!({})).await;
    assert_eq!(
        status["tables"].as_array().expect("tables").len(),
        2,
        "{status}"
    );
    let plan = server.ok("sync_plan", json!({})).await;
    assert_eq!(plan["writes"], json!(10), "{plan}");
    let activity = server.ok("recent_activity", json!({"limit": 5})).await;
    assert_eq!(activity["events"], json!([]), "{activity}");

    // Bad arguments are typed errors, never a crash.
    let unknown = server
        .invalid("get_contact", json!({"id": contact_id, "token": "x"}))
        .await;
    assert!(unknown.contains("token"), "{unknown}");
    let wrong_type = server
        .invalid("search_contacts", json!({"limit": "many"}))
        .await;
    assert!(wrong_type.contains("u32"), "{wrong_type}");
    server
        .invalid("search_contacts", json!({"cursor": "not ours"}))
        .await;
    server
        .invalid("search_contacts", json!({"location": "another-location"}))
        .await;
    // Outside agency mode the sync is the configured location's only: another location is
    // refused, never answered for the configured one.
    for tool in ["sync_status", "sync_plan", "recent_activity"] {
        let message = server
            .invalid(tool, json!({"location": "another-location"}))
            .await;
        assert!(message.contains("another-location"), "{tool}: {message}");
    }
    let own = server
        .ok(
            "sync_status",
            json!({"location": sandbox.field("location_id")}),
        )
        .await;
    assert_eq!(
        own["tables"], status["tables"],
        "the configured location, named"
    );
    server
        .invalid("recent_activity", json!({"since": "yesterday"}))
        .await;
    let missing = server
        .invalid("get_contact", json!({"id": "no-such-contact"}))
        .await;
    assert!(missing.contains("no such record"), "{missing}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn writes_need_the_flag_default_to_a_dry_run_and_log_one_row() {
    let sandbox = start_sandbox();
    let work = Workdir::new(sandbox.env());
    let server = Server::start(&sandbox, &work, &["--allow-writes"]).await;
    let mut all: Vec<&str> = READ_TOOLS.iter().chain(&WRITE_TOOLS).copied().collect();
    all.sort();
    assert_eq!(server.tools().await, all);

    let contacts_before = sandbox.state().await["ghl"]["contacts"]
        .as_array()
        .expect("contacts")
        .len();
    sandbox.reset_stats().await;
    let args = json!({"first_name": "Ada", "email": "ada@example.com"});
    let dry = server.ok("create_contact", args.clone()).await;
    assert_eq!(dry["dry_run"], json!(true));
    assert_eq!(dry["request"]["email"], json!("ada@example.com"), "{dry}");
    let opportunity = server.ok("search_opportunities", json!({"limit": 1})).await;
    let opp_id = ids(&opportunity, "opportunities")[0].clone();
    let stage_before = opportunity["opportunities"][0]["stage_id"].clone();
    let moved = server
        .ok(
            "move_opportunity",
            json!({"id": opp_id, "stage_id": "some-stage"}),
        )
        .await;
    assert_eq!(moved["dry_run"], json!(true));
    let sync = server.ok("run_sync", json!({})).await;
    assert_eq!(sync["dry_run"], json!(true));
    server
        .invalid(
            "run_sync",
            json!({"location": "another-location", "dry_run": false}),
        )
        .await;
    assert_eq!(sync["plan"]["writes"], json!(10), "{sync}");
    // Nothing changed: no contact, no stage, no Notion row.
    let state = sandbox.state().await;
    assert_eq!(
        state["ghl"]["contacts"].as_array().expect("contacts").len(),
        contacts_before
    );
    let still = server.ok("get_opportunity", json!({"id": opp_id})).await;
    assert_eq!(still["stage_id"], stage_before);
    assert_eq!(
        sandbox.notion_row_writes().await,
        0,
        "a dry run writes nothing"
    );

    // A real write: once in GHL, one activity row with the actor "assistant".
    let mut real = args.clone();
    real["dry_run"] = json!(false);
    let created = server.ok("create_contact", real).await;
    assert_eq!(created["dry_run"], json!(false));
    assert_eq!(created["logged"], json!(true), "{created}");
    let id = created["record_id"]
        .as_str()
        .expect("the new id")
        .to_owned();
    let state = sandbox.state().await;
    let contacts = state["ghl"]["contacts"].as_array().expect("contacts");
    assert_eq!(contacts.len(), contacts_before + 1);
    assert_eq!(
        contacts
            .iter()
            .filter(|c| c["email"] == json!("ada@example.com"))
            .count(),
        1
    );
    let log = server.ok("recent_activity", json!({"record_id": id})).await;
    let rows = log["events"].as_array().expect("events");
    assert_eq!(rows.len(), 1, "{log}");
    assert_eq!(rows[0]["actor"], json!("assistant"));
    assert_eq!(rows[0]["kind"], json!("created"));
    assert_eq!(rows[0]["entity"], json!("contact"));
    let everything = server.ok("recent_activity", json!({})).await;
    assert_eq!(everything["events"].as_array().expect("events").len(), 1);
    let by_kind = server
        .ok(
            "recent_activity",
            json!({"entity": "contacts", "kind": "created"}),
        )
        .await;
    assert_eq!(by_kind["events"].as_array().expect("events").len(), 1);
    let none = server
        .ok("recent_activity", json!({"kind": "deleted"}))
        .await;
    assert_eq!(none["events"], json!([]));

    // A bad write argument is a typed error, and writes nothing.
    server
        .invalid(
            "add_task",
            json!({"contact_id": id, "title": "Call", "due": "tomorrow", "dry_run": false}),
        )
        .await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_storm_makes_tools_wait_and_answer() {
    let sandbox = start_sandbox();
    let work = Workdir::new(sandbox.env());
    let server = Server::start(&sandbox, &work, &[]).await;
    sandbox
        .control(
            reqwest::Method::POST,
            "/faults",
            Some(json!({
                "api": "ghl",
                "pathPrefix": "/contacts/search",
                "script": ["429", "429", "429"],
            })),
        )
        .await;
    let page = server.ok("search_contacts", json!({"limit": 50})).await;
    assert_eq!(ids(&page, "contacts").len(), 6, "{page}");
    let faults = sandbox.control(reqwest::Method::GET, "/faults", None).await;
    let matched = faults["plans"][0]["matched"].as_u64().unwrap_or(0);
    assert!(
        matched >= 4,
        "three 429s and the answer were served: {faults}"
    );

    // A storm that outlasts the client's retries: an error that says when to try again,
    // never a raw 429.
    sandbox
        .control(
            reqwest::Method::POST,
            "/faults",
            Some(json!({
                "api": "ghl",
                "pathPrefix": "/opportunities/pipelines",
                "script": ["429"],
                "repeat": true,
            })),
        )
        .await;
    let busy = server
        .call("list_pipelines", json!({}))
        .await
        .expect_err("GHL never stopped answering 429");
    assert_eq!(busy.code, Some(ErrorCode::INTERNAL_ERROR), "{busy:?}");
    assert!(busy.message.contains("try again"), "{busy:?}");
    assert!(!busy.message.contains("429"), "{busy:?}");
    sandbox
        .control(reqwest::Method::DELETE, "/faults", None)
        .await;
    server.ok("list_pipelines", json!({})).await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_write_tool_writes_once_when_asked_and_logs_it() {
    let sandbox = start_sandbox();
    let work = Workdir::new(sandbox.env());
    let server = Server::start(&sandbox, &work, &["--allow-writes"]).await;
    let state = sandbox.state().await;
    let contact = state["ghl"]["contacts"][0]["id"]
        .as_str()
        .expect("id")
        .to_owned();

    let updated = server
        .ok(
            "update_contact",
            json!({"id": contact, "last_name": "Lovelace", "dry_run": false}),
        )
        .await;
    assert_eq!(updated["logged"], json!(true), "{updated}");
    let got = server.ok("get_contact", json!({"id": contact})).await;
    assert!(
        got["name"]
            .as_str()
            .unwrap_or_default()
            .contains("Lovelace"),
        "{got}"
    );

    let notes_before = ids(
        &server
            .ok("list_notes", json!({"contact_id": contact, "limit": 50}))
            .await,
        "notes",
    )
    .len();
    let note = server
        .ok(
            "add_note",
            json!({"contact_id": contact, "body": "Prefers email", "dry_run": false}),
        )
        .await;
    assert_eq!(note["logged"], json!(true), "{note}");
    let notes = server
        .ok("list_notes", json!({"contact_id": contact, "limit": 50}))
        .await;
    assert_eq!(ids(&notes, "notes").len(), notes_before + 1);

    let task = server
        .ok(
            "add_task",
            json!({"contact_id": contact, "title": "Call back", "due": "2030-01-02T09:00:00Z", "dry_run": false}),
        )
        .await;
    assert_eq!(task["logged"], json!(true), "{task}");
    let tasks = server
        .ok("list_tasks", json!({"contact_id": contact, "limit": 50}))
        .await;
    assert!(
        tasks["tasks"]
            .as_array()
            .expect("tasks")
            .iter()
            .any(|t| t["title"] == json!("Call back")),
        "{tasks}"
    );

    // Move an opportunity to another stage of its pipeline.
    let opp = &server.ok("search_opportunities", json!({"limit": 1})).await["opportunities"][0];
    let pipelines = server.ok("list_pipelines", json!({})).await;
    let stages = pipelines["pipelines"]
        .as_array()
        .expect("pipelines")
        .iter()
        .find(|p| p["id"] == opp["pipeline_id"])
        .expect("the opportunity's pipeline")["stages"]
        .clone();
    let target = stages
        .as_array()
        .expect("stages")
        .iter()
        .find(|s| s["id"] != opp["stage_id"])
        .expect("another stage")["id"]
        .clone();
    let moved = server
        .ok(
            "move_opportunity",
            json!({"id": opp["id"], "stage_id": target, "dry_run": false}),
        )
        .await;
    assert_eq!(moved["logged"], json!(true), "{moved}");
    let after = server.ok("get_opportunity", json!({"id": opp["id"]})).await;
    assert_eq!(after["stage_id"], target);

    let run = server.ok("run_sync", json!({"dry_run": false})).await;
    assert_eq!(run["report"]["failed"], json!(0), "{run}");
    assert_eq!(run["report"]["logged"], json!(true), "{run}");
    let plan = server.ok("sync_plan", json!({})).await;
    assert_eq!(plan["writes"], json!(0), "in step after the run: {plan}");

    // Five writes, five rows, each by the assistant, newest first.
    let log = server.ok("recent_activity", json!({"limit": 50})).await;
    let rows = log["events"].as_array().expect("events");
    let kinds: Vec<&str> = rows
        .iter()
        .map(|r| r["kind"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(
        kinds,
        ["sync_run", "stage_changed", "created", "created", "updated"],
        "{log}"
    );
    assert!(rows.iter().all(|r| r["actor"] == json!("assistant")));
    let paged = server.ok("recent_activity", json!({"limit": 2})).await;
    assert_eq!(paged["events"].as_array().expect("events").len(), 2);
    let rest = server
        .ok(
            "recent_activity",
            json!({"limit": 50, "cursor": paged["next_cursor"]}),
        )
        .await;
    assert_eq!(
        rest["events"].as_array().expect("events").len(),
        3,
        "{rest}"
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http_needs_a_bearer_token() {
    use tokio::io::AsyncBufReadExt as _;

    let sandbox = start_sandbox();
    let work = Workdir::new(sandbox.env());
    // Without a token the server refuses to start.
    let refused = work
        .run(&["mcp", "--listen", "127.0.0.1:0"])
        .await
        .expect_code(1);
    assert!(refused.stderr.contains("GHL_NOTION_MCP_TOKEN"), "{refused}");

    let token = "mcp-test-token-0123456789";
    let mut command = work.command(&["mcp", "--listen", "127.0.0.1:0"]);
    command
        .env("GHL_NOTION_MCP_TOKEN", token)
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("ghl-notion mcp --listen starts");
    let stderr = child.stderr.take().expect("piped stderr");
    let mut lines = tokio::io::BufReader::new(stderr).lines();
    let url = tokio::time::timeout(cli_support::COMMAND_TIMEOUT, async {
        while let Some(line) = lines.next_line().await.expect("stderr") {
            assert!(!line.contains(token), "the token was logged");
            if let Some(rest) = line.strip_prefix("listening on ") {
                return rest.split_whitespace().next().expect("a URL").to_owned();
            }
        }
        panic!("the server stopped before listening")
    })
    .await
    .expect("the server listens");
    let initialize = json!({
        "jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"protocolVersion": "2025-06-18", "capabilities": {},
                   "clientInfo": {"name": "test", "version": "0"}}
    });
    let http = reqwest::Client::new();
    let post = |auth: Option<&str>| {
        let mut request = http
            .post(&url)
            .header("accept", "application/json, text/event-stream")
            .json(&initialize);
        if let Some(auth) = auth {
            request = request.header("authorization", auth);
        }
        request.send()
    };
    assert_eq!(post(None).await.expect("an answer").status(), 401);
    assert_eq!(
        post(Some("Bearer wrong"))
            .await
            .expect("an answer")
            .status(),
        401
    );
    let mut ok = post(Some(&format!("Bearer {token}")))
        .await
        .expect("an answer");
    assert_eq!(ok.status(), 200);
    let mut body = String::new();
    while !body.contains("serverInfo") {
        let chunk = tokio::time::timeout(cli_support::COMMAND_TIMEOUT, ok.chunk())
            .await
            .expect("the initialize answer")
            .expect("a body")
            .expect("more body");
        body.push_str(&String::from_utf8_lossy(&chunk));
    }
    assert!(body.contains("ghl-notion"), "{body}");
    let _ = child.kill().await;
}
