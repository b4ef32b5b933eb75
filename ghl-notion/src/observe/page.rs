//! The status page (`/` on the admin address): one server-rendered HTML document with its
//! stylesheet inlined, no script and no external assets, that reloads itself every
//! [`Dashboard::refresh_secs`].
//!
//! It reads top to bottom as an operator asks: is it up and ready (current state), how much
//! rate-limit budget is left, how busy it has been (writes per minute), how the last runs
//! went, and what failed. Every string from outside (titles, record ids, errors) is escaped
//! where it is written.
//!
//! ```
//! use std::time::Duration;
//!
//! use ghl_notion::observe::{Dashboard, Readiness, WebhookCounts, page};
//!
//! let dashboard = Dashboard {
//!     generated_at: chrono::Utc::now(),
//!     target: "the embedded sandbox".into(),
//!     state: "ghl-notion.db".into(),
//!     uptime: Duration::from_secs(184),
//!     refresh_secs: 15,
//!     readiness: Readiness::default(),
//!     tables: vec![],
//!     runs: vec![],
//!     failures: vec![],
//!     headroom: vec![],
//!     writes_per_minute: vec![0; 60],
//!     webhooks: WebhookCounts::default(),
//!     queue_depth: 0,
//!     pending_intents: 0,
//! };
//! let html = page::render(&dashboard);
//! assert!(html.starts_with("<!doctype html>"));
//! assert!(html.contains("3 min 4 s"));
//! ```

mod chart;
mod text;

use std::fmt::Write as _;

use super::{Dashboard, FailureRow, HeadroomBar, Readiness, RunKind, RunOutcome, RunRow};
use text::{count, duration, escape, percent, time};

/// The page's stylesheet, inlined into its `<head>`.
const STYLE: &str = include_str!("page/style.css");

/// A headroom bar below this share left is drawn as running low.
const LOW_HEADROOM_PERCENT: u64 = 20;

/// Renders `dashboard` as a complete HTML document.
pub fn render(dashboard: &Dashboard) -> String {
    let mut page = String::with_capacity(24 * 1024);
    head(&mut page, dashboard);
    page.push_str("<body>");
    header(&mut page, dashboard);
    page.push_str(r#"<main class="wrap">"#);
    current_state(&mut page, dashboard);
    headroom(&mut page, &dashboard.headroom);
    writes(&mut page, &dashboard.writes_per_minute);
    runs(&mut page, &dashboard.runs);
    failures(&mut page, &dashboard.failures);
    page.push_str("</main>");
    footer(&mut page);
    page.push_str("</body></html>\n");
    page
}

/// How often the page reloads itself unless the reader asks otherwise (`?refresh=N`).
pub const DEFAULT_REFRESH_SECS: u32 = 10;

/// The reload period a `?refresh=` value asks for: `0` stops it; others are kept between 5 s
/// and an hour; anything unreadable means the default.
pub fn refresh_from_query(value: Option<&str>) -> u32 {
    match value.map(str::trim).map(str::parse::<u32>) {
        Some(Ok(0)) => 0,
        Some(Ok(secs)) => secs.clamp(5, 3600),
        _ => DEFAULT_REFRESH_SECS,
    }
}

fn head(page: &mut String, d: &Dashboard) {
    let verdict = if d.readiness.ready {
        "Ready"
    } else {
        "Not ready"
    };
    page.push_str(r#"<!doctype html><html lang="en"><head><meta charset="utf-8">"#);
    page.push_str(r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#);
    // An empty icon, so a browser refreshing the page does not ask for /favicon.ico each time.
    page.push_str(r#"<link rel="icon" href="data:,">"#);
    // Zero would reload without pause; such a page simply does not refresh itself.
    if d.refresh_secs > 0 {
        let _ = write!(
            page,
            r#"<meta http-equiv="refresh" content="{}">"#,
            d.refresh_secs
        );
    }
    let _ = write!(
        page,
        "<title>{verdict} · ghl-notion status</title><style>{STYLE}</style></head>"
    );
}

fn header(page: &mut String, d: &Dashboard) {
    let _ = write!(
        page,
        r#"<header><div class="wrap"><h1>ghl-notion status</h1><p class="muted">Updated {}"#,
        time(d.generated_at)
    );
    // A reader can stop the reload (WCAG 2.2.1) and start it again.
    if d.refresh_secs > 0 {
        let _ = write!(
            page,
            r#" · refreshes every {} s · <a href="?refresh=0">Stop refreshing</a>"#,
            d.refresh_secs
        );
    } else {
        let _ = write!(
            page,
            r#" · not refreshing · <a href="?refresh={DEFAULT_REFRESH_SECS}">Refresh every {DEFAULT_REFRESH_SECS} s</a>"#
        );
    }
    page.push_str("</p></div></header>");
}

fn current_state(page: &mut String, d: &Dashboard) {
    page.push_str(r#"<section id="state" aria-labelledby="state-h"><h2 id="state-h">Current state</h2><dl class="facts">"#);
    let verdict = verdict_badge(&d.readiness);
    let facts = [
        ("Readiness", verdict),
        ("Target", escape(&d.target)),
        ("State store", escape(&d.state)),
        ("Uptime", duration(d.uptime)),
        ("Webhook events waiting", count(d.queue_depth)),
        ("Pending writes", count(d.pending_intents)),
    ];
    for (name, value) in facts {
        let _ = write!(page, "<div><dt>{name}</dt><dd>{value}</dd></div>");
    }
    page.push_str("</dl>");

    readiness(page, &d.readiness);

    let w = &d.webhooks;
    page.push_str(r#"<h3>Webhooks since start</h3><dl class="facts">"#);
    let counts = [
        ("Accepted", w.accepted),
        ("Duplicates", w.duplicate),
        ("Refused", w.refused),
        ("Asked to retry later", w.retry_later),
        ("Applied to Notion", w.applied),
        ("Failed to apply", w.failed),
    ];
    for (name, n) in counts {
        let _ = write!(page, "<div><dt>{name}</dt><dd>{}</dd></div>", count(n));
    }
    page.push_str("</dl>");

    page.push_str("<h3>Mirrored tables</h3>");
    if d.tables.is_empty() {
        page.push_str(r#"<p class="empty">No tables mirrored yet.</p>"#);
    } else {
        page.push_str(r#"<div class="scroll" role="region" aria-labelledby="tables-caption" tabindex="0"><table id="tables"><caption id="tables-caption">Notion tables and the rows the state knows of</caption><thead><tr><th scope="col">entity</th><th scope="col">Notion table</th><th scope="col" class="num">rows</th></tr></thead><tbody>"#);
        for t in &d.tables {
            let _ = write!(
                page,
                r#"<tr><td>{}</td><td>{}</td><td class="num">{}</td></tr>"#,
                escape(&t.entity),
                escape(&t.title),
                count(t.rows)
            );
        }
        page.push_str("</tbody></table></div>");
    }
    page.push_str("</section>");
}

fn verdict_badge(r: &Readiness) -> String {
    if r.ready {
        r#"<span class="badge ok">Ready</span>"#.to_owned()
    } else {
        r#"<span class="badge failed">Not ready</span>"#.to_owned()
    }
}

fn readiness(page: &mut String, r: &Readiness) {
    let failing = r.checks.iter().filter(|c| !c.ok).count();
    let _ = write!(
        page,
        r#"<div id="readiness"><h3>Readiness</h3><p>{} "#,
        verdict_badge(r)
    );
    match (r.checks.len(), failing) {
        (0, _) => page.push_str("No checks reported."),
        (n, 0) => {
            let _ = write!(page, "All {n} checks pass.");
        }
        (n, f) => {
            let _ = write!(page, "{f} of {n} checks failing.");
        }
    }
    page.push_str("</p>");
    if !r.checks.is_empty() {
        page.push_str(r#"<ul class="checks">"#);
        for c in &r.checks {
            let badge = if c.ok {
                r#"<span class="badge ok">ok</span>"#
            } else {
                r#"<span class="badge failed">failing</span>"#
            };
            let _ = write!(
                page,
                r#"<li>{badge}<span class="check-name">{}</span><span class="detail">{}</span></li>"#,
                escape(&c.name),
                escape(&c.detail)
            );
        }
        page.push_str("</ul>");
    }
    page.push_str("</div>");
}

fn headroom(page: &mut String, bars: &[HeadroomBar]) {
    page.push_str(r#"<section id="headroom" aria-labelledby="headroom-h"><h2 id="headroom-h">Rate-limit headroom</h2>"#);
    if bars.is_empty() {
        page.push_str(r#"<p class="empty">No requests yet, so no budget is known.</p></section>"#);
        return;
    }
    page.push_str(r#"<ul class="headroom">"#);
    for (i, bar) in bars.iter().enumerate() {
        let _ = write!(
            page,
            r#"<li><div class="bar-label"><span id="headroom-{i}">{}</span><span>{}</span></div>"#,
            escape(&bar.name()),
            bar.reading()
        );
        match (bar.remaining, bar.max) {
            (Some(left), Some(max)) if max > 0 => {
                let left = left.min(max);
                let share = left as f64 / max as f64 * 100.0;
                let low =
                    u128::from(left) * 100 < u128::from(max) * u128::from(LOW_HEADROOM_PERCENT);
                let _ = write!(
                    page,
                    r#"<div class="track" role="meter" aria-labelledby="headroom-{i}" aria-valuemin="0" aria-valuemax="{max}" aria-valuenow="{left}" aria-valuetext="{}"><div class="fill{}" style="width:{share:.1}%"></div></div></li>"#,
                    bar.reading(),
                    if low { " low" } else { "" }
                );
            }
            _ => page.push_str(r#"<div class="track unknown" aria-hidden="true"></div></li>"#),
        }
    }
    page.push_str("</ul></section>");
}

impl HeadroomBar {
    /// `ghl · 10 s window` (not escaped).
    fn name(&self) -> String {
        format!("{} · {}", self.api, self.window)
    }

    /// `87 of 100 left · 87 %`, `87 left` when the budget is unknown, or `unknown`.
    fn reading(&self) -> String {
        match (self.remaining, self.max) {
            (Some(left), Some(max)) => match percent(left, max) {
                Some(share) => format!("{} of {} left · {share}", count(left.min(max)), count(max)),
                None => format!("{} left of a budget of 0", count(left)),
            },
            (Some(left), None) => format!("{} left", count(left)),
            _ => "unknown".to_owned(),
        }
    }
}

fn writes(page: &mut String, per_minute: &[u64]) {
    page.push_str(r#"<section id="writes" aria-labelledby="writes-h"><h2 id="writes-h">Writes per minute</h2><p class="muted">Notion rows created, updated or trashed and activity entries appended, per minute over the last hour.</p>"#);
    page.push_str(&chart::svg(per_minute));
    page.push_str("</section>");
}

fn runs(page: &mut String, runs: &[RunRow]) {
    page.push_str(
        r#"<section id="last-runs" aria-labelledby="runs-h"><h2 id="runs-h">Last runs</h2>"#,
    );
    if runs.is_empty() {
        page.push_str(r#"<p class="empty">No runs yet: the first reconciliation round will show here.</p></section>"#);
        return;
    }
    let _ = write!(
        page,
        r#"<div class="scroll" role="region" aria-labelledby="runs-caption" tabindex="0"><table id="runs"><caption id="runs-caption">{}</caption><thead><tr>"#,
        latest(runs.len(), "run", "runs")
    );
    let numeric = ["seen", "created", "updated", "trashed", "failed"];
    for name in ["started", "kind", "outcome", "duration", "entities"] {
        let _ = write!(page, r#"<th scope="col">{name}</th>"#);
    }
    for name in numeric {
        let _ = write!(page, r#"<th scope="col" class="num">{name}</th>"#);
    }
    page.push_str("</tr></thead><tbody>");
    for r in runs {
        let _ = write!(
            page,
            r#"<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class="entities">{}</td>"#,
            time(r.started_at),
            r.kind.word(),
            r.outcome.badge(),
            duration(r.duration),
            escape(&r.entities)
        );
        for n in [r.seen, r.created, r.updated, r.trashed, r.failed] {
            let _ = write!(page, r#"<td class="num">{}</td>"#, count(n));
        }
        page.push_str("</tr>");
    }
    page.push_str("</tbody></table></div></section>");
}

impl RunKind {
    fn word(self) -> &'static str {
        match self {
            RunKind::Reconcile => "reconcile",
            RunKind::Repair => "repair",
            RunKind::Sync => "sync",
        }
    }
}

impl RunOutcome {
    /// The outcome as a word in its colour: the word carries the meaning, the colour helps.
    fn badge(self) -> &'static str {
        match self {
            RunOutcome::Ok => r#"<span class="badge ok">ok</span>"#,
            RunOutcome::Partial => r#"<span class="badge partial">partial</span>"#,
            RunOutcome::Failed => r#"<span class="badge failed">failed</span>"#,
        }
    }
}

fn failures(page: &mut String, failures: &[FailureRow]) {
    page.push_str(
        r#"<section id="failures" aria-labelledby="failures-h"><h2 id="failures-h">Failures</h2>"#,
    );
    if failures.is_empty() {
        page.push_str(r#"<p class="empty">No failures.</p></section>"#);
        return;
    }
    let _ = write!(
        page,
        r#"<div class="scroll" role="region" aria-labelledby="failures-caption" tabindex="0"><table id="failures-table"><caption id="failures-caption">{}</caption><thead><tr><th scope="col">time</th><th scope="col">entity</th><th scope="col">record</th><th scope="col">error</th></tr></thead><tbody>"#,
        latest(failures.len(), "failure", "failures")
    );
    for f in failures {
        let record = f.record.as_deref().map_or_else(
            || "—".to_owned(),
            |id| format!("<code>{}</code>", escape(id)),
        );
        let _ = write!(
            page,
            r#"<tr><td>{}</td><td>{}</td><td>{record}</td><td class="error">{}</td></tr>"#,
            time(f.at),
            escape(&f.entity),
            escape(&f.error)
        );
    }
    page.push_str("</tbody></table></div></section>");
}

/// A table's caption: `The last run`, `The last 7 runs, newest first`.
fn latest(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("The last {one}")
    } else {
        format!("The last {n} {many}, newest first")
    }
}

fn footer(page: &mut String) {
    page.push_str(r#"<footer class="wrap muted">Also on this address: <a href="/metrics">/metrics</a> · <a href="/healthz">/healthz</a> · <a href="/readyz">/readyz</a> · <a href="/status.json">/status.json</a></footer>"#);
}

#[cfg(test)]
mod tests;
