//! The status page in a real browser: a realistic dashboard rendered by
//! `observe::page::render`, served on 127.0.0.1, loaded at a phone and a desktop size, and
//! audited with axe-core. Screenshots land in `target/tmp/status-page/`.
//!
//! Skipped (with the reason on stderr) where Chromium or Node cannot be had; see
//! `browser_support`.

mod browser_support;

use std::path::Path;
use std::time::Duration;

use axum::Router;
use axum::response::Html;
use axum::routing::get;
use chrono::{DateTime, TimeZone as _, Utc};
use ghl_notion::observe::{
    Dashboard, FailureRow, HeadroomBar, Readiness, ReadyCheck, RunKind, RunOutcome, RunRow,
    TableRow, WebhookCounts, page,
};

use browser_support::{BrowserCheck, check_page};

fn at(h: u32, m: u32, s: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 2, h, m, s)
        .single()
        .expect("a valid time")
}

fn run(
    started_at: DateTime<Utc>,
    kind: RunKind,
    outcome: RunOutcome,
    millis: u64,
    counts: [u64; 5],
) -> RunRow {
    let [seen, created, updated, trashed, failed] = counts;
    RunRow {
        started_at,
        kind,
        outcome,
        duration: Duration::from_millis(millis),
        entities: "contact, opportunity, appointment".into(),
        seen,
        created,
        updated,
        trashed,
        failed,
    }
}

fn check(name: &str, ok: bool, detail: &str) -> ReadyCheck {
    ReadyCheck {
        name: name.into(),
        ok,
        detail: detail.into(),
    }
}

fn bar(api: &str, window: &str, remaining: Option<u64>, max: Option<u64>) -> HeadroomBar {
    HeadroomBar {
        api: api.into(),
        window: window.into(),
        remaining,
        max,
    }
}

/// A service two hours in: several runs of each outcome, a hostile error text, three
/// headroom bars (one unknown) and an hour of writes with a peak.
fn sample() -> Dashboard {
    use RunKind::{Reconcile, Repair, Sync};
    use RunOutcome::{Failed, Ok, Partial};
    let writes_per_minute = (0..60u64)
        .map(|m| match m {
            41 => 42,
            40 | 42 => 18,
            _ => (m * 7 + 3) % 11,
        })
        .collect();
    Dashboard {
        generated_at: at(9, 12, 30),
        target: "the embedded sandbox".into(),
        state: "sqlite: /var/lib/ghl-notion/state.db".into(),
        uptime: Duration::from_secs(2 * 3_600 + 14 * 60 + 5),
        refresh_secs: 15,
        readiness: Readiness {
            ready: true,
            checks: vec![
                check("state store", true, "open, schema 7"),
                check("ghl credentials", true, "token valid for 23 h"),
                check("notion credentials", true, "integration can see 4 databases"),
                check("webhook listener", true, "listening on 0.0.0.0:8080"),
                check("reconciliation", true, "last round 2 min ago"),
            ],
        },
        tables: vec![
            TableRow { entity: "contact".into(), title: "Contacts".into(), rows: 12_480 },
            TableRow { entity: "opportunity".into(), title: "Opportunities".into(), rows: 2_315 },
            TableRow { entity: "appointment".into(), title: "Appointments".into(), rows: 918 },
        ],
        runs: vec![
            run(at(9, 10, 0), Reconcile, Ok, 1_240, [15_713, 2, 9, 0, 0]),
            run(at(9, 5, 0), Reconcile, Partial, 3_480, [15_711, 4, 17, 1, 2]),
            run(at(9, 0, 0), Repair, Ok, 184_000, [15_707, 0, 31, 0, 0]),
            run(at(8, 55, 0), Reconcile, Failed, 620, [0, 0, 0, 0, 0]),
            run(at(8, 50, 0), Reconcile, Ok, 1_105, [15_707, 1, 3, 0, 0]),
            run(at(8, 45, 0), Sync, Partial, 12_300, [15_706, 120, 40, 2, 5]),
            run(at(8, 40, 0), Repair, Failed, 45_000, [2_000, 0, 3, 0, 1]),
        ],
        failures: vec![
            FailureRow {
                at: at(9, 5, 41),
                entity: "contact".into(),
                record: Some("ocQHyuzHvysMo5N5VsXc".into()),
                error: "Notion answered 400: validation_error: body.properties.Name.title[0].text.content.length should be ≤ 2000 <script>alert(1)</script>".into(),
            },
            FailureRow {
                at: at(8, 55, 2),
                entity: "service".into(),
                record: None,
                error: "GHL answered 503 Service Unavailable after 4 attempts; the round will run again in 5 min".into(),
            },
        ],
        headroom: vec![
            bar("ghl", "10 s window", Some(87), Some(100)),
            bar("ghl", "today", Some(183_402), Some(200_000)),
            bar("notion", "per second", None, None),
        ],
        writes_per_minute,
        webhooks: WebhookCounts {
            accepted: 1_284,
            duplicate: 37,
            refused: 3,
            retry_later: 0,
            applied: 1_279,
            failed: 2,
        },
        queue_depth: 5,
        pending_intents: 1,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_status_page_reads_well_on_a_phone_and_a_desktop() {
    let dashboard = sample();
    let html = page::render(&dashboard);
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !html.contains("<script"),
        "the hostile error text is escaped"
    );

    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("status-page");
    std::fs::create_dir_all(&out_dir).expect("create the output folder");
    std::fs::write(out_dir.join("status-page.html"), &html).expect("save the page");
    let dashboard_for_browser = dashboard.clone();

    let app = Router::new().route(
        "/",
        get(
            move |query: axum::extract::Query<std::collections::HashMap<String, String>>| {
                let mut served = dashboard_for_browser.clone();
                served.refresh_secs =
                    page::refresh_from_query(query.get("refresh").map(String::as_str));
                async move { Html(page::render(&served)) }
            },
        ),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind 127.0.0.1:0");
    let url = format!("http://{}/", listener.local_addr().expect("an address"));
    let server = tokio::spawn(async move { axum::serve(listener, app).await });

    // The page as a reader who stopped the reload sees it (see `AXE_RULES_OFF`).
    let url = format!("{url}?refresh=0");
    let runs = dashboard.runs.len();
    let check = tokio::task::spawn_blocking(move || check_page(&url, &out_dir, runs))
        .await
        .expect("the browser check did not panic");
    server.abort();

    let report = match check {
        BrowserCheck::Skipped(why) => {
            eprintln!("status page browser test skipped: {why}");
            return;
        }
        BrowserCheck::Passed(report) => report,
    };
    eprintln!(
        "status page: Chromium {} and axe-core {} (rules off: {:?}) in {:.1} s, {} runs, {} chart marks, {} axe violations, screenshots {:?}",
        report.browser,
        report.axe_version,
        report.axe_rules_off,
        report.elapsed.as_secs_f64(),
        report.runs_rows,
        report.chart_marks,
        report.violations.len(),
        report.screenshots
    );
    assert_eq!(report.problems(), Vec::<String>::new());
    assert_eq!(report.runs_rows, runs, "every run is a row");
    assert_eq!(report.chart_marks, 60, "a bar per minute");
    assert!(!report.phone_overflow);
    assert!(report.violations.is_empty());
    assert_eq!(report.title, "Ready · ghl-notion status");
    assert_eq!(
        report.chart_label.as_deref(),
        Some(
            "Notion writes per minute over the last 60 minutes: peak 42, 371 in all, 9 this minute"
        )
    );
    for name in ["status-page-desktop.png", "status-page-phone.png"] {
        assert!(
            report
                .screenshots
                .iter()
                .any(|s| s.ends_with(name) && s.is_file()),
            "{name} saved"
        );
    }
}
