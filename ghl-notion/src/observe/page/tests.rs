//! What the status page must always be: escaped, self-contained, in heading order, and
//! saying so when a list is empty.

use std::time::Duration;

use chrono::{DateTime, TimeZone as _, Utc};

use super::{DEFAULT_REFRESH_SECS, refresh_from_query, render};
use crate::observe::{
    Dashboard, FailureRow, HeadroomBar, Readiness, ReadyCheck, RunKind, RunOutcome, RunRow,
    TableRow, WebhookCounts,
};

const HOSTILE: &str = r#"<script>alert(1)</script>"#;
const HOSTILE_ESCAPED: &str = "&lt;script&gt;alert(1)&lt;/script&gt;";

fn at(h: u32, m: u32, s: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 2, h, m, s)
        .single()
        .expect("a valid time")
}

fn bar(api: &str, window: &str, remaining: Option<u64>, max: Option<u64>) -> HeadroomBar {
    HeadroomBar {
        api: api.into(),
        window: window.into(),
        remaining,
        max,
    }
}

fn run(outcome: RunOutcome) -> RunRow {
    RunRow {
        started_at: at(7, 40, 0),
        kind: RunKind::Reconcile,
        outcome,
        duration: Duration::from_millis(1_250),
        entities: "contact, opportunity".into(),
        seen: 1_200,
        created: 3,
        updated: 14,
        trashed: 1,
        failed: 0,
    }
}

fn dashboard() -> Dashboard {
    Dashboard {
        generated_at: at(7, 50, 9),
        target: "the embedded sandbox".into(),
        state: "ghl-notion.db".into(),
        uptime: Duration::from_secs(184),
        refresh_secs: 15,
        readiness: Readiness {
            ready: false,
            checks: vec![
                ReadyCheck {
                    name: "state store".into(),
                    ok: true,
                    detail: "open".into(),
                },
                ReadyCheck {
                    name: "reconciliation".into(),
                    ok: false,
                    detail: "no round finished yet".into(),
                },
            ],
        },
        tables: vec![TableRow {
            entity: "contact".into(),
            title: "Contacts".into(),
            rows: 1_200,
        }],
        runs: vec![
            run(RunOutcome::Ok),
            run(RunOutcome::Partial),
            run(RunOutcome::Failed),
        ],
        failures: vec![FailureRow {
            at: at(7, 41, 2),
            entity: "contact".into(),
            record: Some("c-42".into()),
            error: "Notion answered 400: body.title is too long".into(),
        }],
        headroom: vec![
            bar("ghl", "10 s window", Some(87), Some(100)),
            bar("ghl", "today", Some(199_000), Some(200_000)),
            bar("notion", "per second", None, None),
        ],
        writes_per_minute: vec![1; 60],
        webhooks: WebhookCounts {
            accepted: 12,
            duplicate: 1,
            refused: 2,
            retry_later: 0,
            applied: 11,
            failed: 1,
        },
        queue_depth: 4,
        pending_intents: 2,
    }
}

/// The heading levels and texts, in document order.
fn headings(html: &str) -> Vec<(u8, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<h") {
        rest = &rest[start + 2..];
        let Some(level) = rest.chars().next().and_then(|c| c.to_digit(10)) else {
            continue;
        };
        let open_end = rest.find('>').expect("the tag closes");
        let close = rest.find("</h").expect("the heading closes");
        out.push((level as u8, rest[open_end + 1..close].to_owned()));
        rest = &rest[close..];
    }
    out
}

/// Every `src=`/`href=` value in `html`.
fn references(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["src=", "href="] {
        for (i, _) in html.match_indices(attr) {
            let value = &html[i + attr.len()..];
            let quote = value.chars().next().expect("a value follows");
            let value = value[1..].split(quote).next().expect("a closing quote");
            out.push(value.to_owned());
        }
    }
    out
}

#[test]
fn every_outside_string_is_escaped() {
    let mut d = dashboard();
    d.target = HOSTILE.into();
    d.state = HOSTILE.into();
    d.readiness.checks[1].detail = HOSTILE.into();
    d.tables[0].title = HOSTILE.into();
    d.runs[0].entities = HOSTILE.into();
    d.failures[0].error = format!("{HOSTILE} \"quoted\" & 'single'");
    d.failures[0].record = Some(HOSTILE.into());
    d.headroom[0].api = HOSTILE.into();
    let html = render(&d);
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("alert(1)</"), "a closing tag got through");
    assert_eq!(html.matches(HOSTILE_ESCAPED).count(), 8, "{html}");
    assert!(html.contains(
        "&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39;"
    ));
}

#[test]
fn the_document_is_complete_and_refreshes_itself() {
    let html = render(&dashboard());
    assert!(html.starts_with(r#"<!doctype html><html lang="en"><head><meta charset="utf-8">"#));
    assert!(
        html.contains(r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#)
    );
    assert!(html.contains(r#"<meta http-equiv="refresh" content="15">"#));
    assert!(
        html.contains(r#"<a href="?refresh=0">Stop refreshing</a>"#),
        "a reader can stop the reload (WCAG 2.2.1)"
    );
    assert!(html.contains("<title>Not ready · ghl-notion status</title>"));
    assert!(html.ends_with("</body></html>\n"));
    for id in ["runs", "writes-chart", "headroom", "failures", "readiness"] {
        assert_eq!(html.matches(&format!(r#"id="{id}""#)).count(), 1, "id {id}");
    }
}

#[test]
fn a_refresh_of_zero_seconds_does_not_reload_in_a_loop() {
    let mut d = dashboard();
    d.refresh_secs = 0;
    let html = render(&d);
    assert!(!html.contains("http-equiv"));
    assert!(!html.contains("refreshes every"));
    assert!(
        html.contains(r#"<a href="?refresh=10">Refresh every 10 s</a>"#),
        "and start it again"
    );
}

#[test]
fn headings_go_one_h1_then_sections_in_order_without_skipping_a_level() {
    let headings = headings(&render(&dashboard()));
    assert_eq!(headings[0], (1, "ghl-notion status".to_owned()));
    assert_eq!(headings.iter().filter(|(l, _)| *l == 1).count(), 1);
    for pair in headings.windows(2) {
        assert!(pair[1].0 <= pair[0].0 + 1, "skipped a level: {pair:?}");
    }
    let sections: Vec<&str> = headings
        .iter()
        .filter(|(l, _)| *l == 2)
        .map(|(_, t)| t.as_str())
        .collect();
    assert_eq!(
        sections,
        [
            "Current state",
            "Rate-limit headroom",
            "Writes per minute",
            "Last runs",
            "Failures"
        ]
    );
    assert!(headings.iter().all(|(_, t)| !t.trim().is_empty()));
}

#[test]
fn nothing_is_loaded_from_elsewhere() {
    let mut d = dashboard();
    d.failures[0].error = "see https://example.com/x and http://example.com".into();
    let html = render(&d);
    let refs = references(&html);
    assert!(!refs.is_empty(), "the footer links are found");
    for r in refs {
        let local = (r.starts_with('/') && !r.starts_with("//"))
            || r.starts_with('?')
            || r.starts_with("data:");
        assert!(local, "external reference {r}");
    }
    assert_eq!(html.matches("<link").count(), 1, "only the empty icon");
    for banned in [
        "<script",
        "@import",
        "url(",
        "@font-face",
        "<img",
        "<iframe",
    ] {
        assert!(!html.contains(banned), "{banned}");
    }
    let outside = html.replace("https://example.com/x and http://example.com", "");
    assert!(!outside.contains("http://") && !outside.contains("https://"));
}

#[test]
fn empty_lists_say_so_in_a_sentence() {
    let mut d = dashboard();
    d.runs.clear();
    d.failures.clear();
    d.tables.clear();
    d.headroom.clear();
    d.readiness.checks.clear();
    d.writes_per_minute.clear();
    let html = render(&d);
    assert!(!html.contains("<table"), "no empty tables");
    assert!(html.contains("No runs yet: the first reconciliation round will show here."));
    assert!(html.contains(r#"<section id="failures" aria-labelledby="failures-h"><h2 id="failures-h">Failures</h2><p class="empty">No failures.</p></section>"#));
    assert!(html.contains("No tables mirrored yet."));
    assert!(html.contains("No requests yet, so no budget is known."));
    assert!(html.contains("No checks reported."));
    assert!(html.contains(">No data yet<"));
}

#[test]
fn runs_read_as_a_table_of_words_and_numbers() {
    let html = render(&dashboard());
    assert!(html.contains("<caption id=\"runs-caption\">The last 3 runs, newest first</caption>"));
    let header: Vec<&str> = html
        .split(r#"<th scope="col""#)
        .skip(1)
        .filter_map(|th| th.split('>').nth(1)?.strip_suffix("</th"))
        .collect();
    assert!(header.starts_with(&["entity", "Notion table", "rows"]));
    assert!(header.ends_with(&[
        "started", "kind", "outcome", "duration", "entities", "seen", "created", "updated",
        "trashed", "failed", "time", "entity", "record", "error"
    ]));
    assert_eq!(
        html.matches("<tr><td>2026-12-02 07:40:00 UTC</td><td>reconcile</td>")
            .count(),
        3
    );
    for outcome in ["ok", "partial", "failed"] {
        let cell = format!(r#"<td><span class="badge {outcome}">{outcome}</span></td>"#);
        assert_eq!(html.matches(&cell).count(), 1, "{cell}");
    }
    assert!(html.contains("<td>1.2 s</td>"));
    assert!(html.contains(r#"<td class="num">1,200</td>"#));
    assert!(
        html.contains("<td>2026-12-02 07:41:02 UTC</td><td>contact</td><td><code>c-42</code></td>")
    );
}

#[test]
fn current_state_shows_readiness_checks_and_counts() {
    let html = render(&dashboard());
    assert!(html.contains("<dt>Uptime</dt><dd>3 min 4 s</dd>"));
    assert!(html.contains("<dt>Webhook events waiting</dt><dd>4</dd>"));
    assert!(html.contains("<dt>Pending writes</dt><dd>2</dd>"));
    assert!(html.contains("<dt>Refused</dt><dd>2</dd>"));
    assert!(html.contains("1 of 2 checks failing."));
    assert!(html.contains(r#"<span class="badge failed">failing</span><span class="check-name">reconciliation</span><span class="detail">no round finished yet</span>"#));
    assert!(html.contains("Updated 2026-12-02 07:50:09 UTC · refreshes every 15 s"));

    let mut d = dashboard();
    d.readiness.ready = true;
    d.readiness.checks[1].ok = true;
    let html = render(&d);
    assert!(html.contains("All 2 checks pass."));
    assert!(html.contains("<title>Ready · ghl-notion status</title>"));
}

#[test]
fn headroom_bars_carry_their_reading_in_text_and_in_aria() {
    let html = render(&dashboard());
    assert!(html.contains(
        r#"<span id="headroom-0">ghl · 10 s window</span><span>87 of 100 left · 87 %</span>"#
    ));
    assert!(html.contains(r#"role="meter" aria-labelledby="headroom-0" aria-valuemin="0" aria-valuemax="100" aria-valuenow="87" aria-valuetext="87 of 100 left · 87 %"><div class="fill" style="width:87.0%">"#));
    assert!(html.contains("199,000 of 200,000 left · 99 %"));
    assert!(html.contains(r#"style="width:99.5%""#));
    assert!(html.contains(r#"<span id="headroom-2">notion · per second</span><span>unknown</span></div><div class="track unknown" aria-hidden="true">"#));
    assert_eq!(
        html.matches(r#"role="meter""#).count(),
        2,
        "an unknown budget is no meter"
    );
}

#[test]
fn a_nearly_spent_budget_is_marked_low_and_the_numbers_say_it_too() {
    let mut d = dashboard();
    d.headroom = vec![
        bar("ghl", "10 s window", Some(19), Some(100)),
        bar("ghl", "today", Some(20), Some(100)),
        bar("notion", "per second", Some(250), Some(100)),
        bar("notion", "budget", Some(3), None),
        bar("ghl", "empty", Some(0), Some(0)),
    ];
    let html = render(&d);
    assert!(html.contains(
        r#"aria-valuenow="19" aria-valuetext="19 of 100 left · 19 %"><div class="fill low""#
    ));
    assert!(html.contains(
        r#"aria-valuenow="20" aria-valuetext="20 of 100 left · 20 %"><div class="fill""#
    ));
    assert!(html.contains(r#"aria-valuenow="100" aria-valuetext="100 of 100 left · 100 %"><div class="fill" style="width:100.0%""#));
    assert!(html.contains("<span>3 left</span>"));
    assert!(html.contains("<span>0 left of a budget of 0</span>"));
}

#[test]
fn captions_count_in_words() {
    let mut d = dashboard();
    d.runs.truncate(1);
    let html = render(&d);
    assert!(html.contains(r#"<caption id="runs-caption">The last run</caption>"#));
    assert!(html.contains(r#"<caption id="failures-caption">The last failure</caption>"#));
    d.failures.push(d.failures[0].clone());
    let html = render(&d);
    assert!(
        html.contains(
            r#"<caption id="failures-caption">The last 2 failures, newest first</caption>"#
        )
    );
}

#[test]
fn the_reader_can_stop_the_reload_and_start_it_again() {
    for (query, secs) in [
        (None, DEFAULT_REFRESH_SECS),
        (Some("0"), 0),
        (Some(" 30 "), 30),
        (Some("1"), 5),
        (Some("99999"), 3600),
        (Some("soon"), DEFAULT_REFRESH_SECS),
        (Some("-1"), DEFAULT_REFRESH_SECS),
    ] {
        assert_eq!(refresh_from_query(query), secs, "{query:?}");
    }
}
