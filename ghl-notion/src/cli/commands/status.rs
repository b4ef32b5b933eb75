//! `ghl-notion status`: where the sync stands, read from the state and the webhook journal,
//! or live from a running `serve`'s admin address (`--admin URL`).

use std::path::Path;

use chrono::{DateTime, Utc};
use ghl_notion::observe::Dashboard;
use ghl_notion::service::Headroom;
use ghl_notion::{Status, SyncMode};

use crate::cli::output::{self, Table};
use crate::cli::{Exit, Fatal, Outcome, setup};

/// Runs `status`: from `admin` (a running `serve`'s admin address) when given, else from
/// the state.
pub async fn run(config: Option<&Path>, admin: Option<&str>, json: bool) -> Outcome {
    if let Some(url) = admin {
        let dashboard = fetch(url).await?;
        if json {
            output::json(&dashboard)?;
        } else {
            print!("{}", render_live(&dashboard));
        }
        return Ok(Exit::Clean);
    }
    let loaded = setup::load(config)?;
    if loaded.config.agency.enabled {
        return agency(&loaded.config, json).await;
    }
    let service = setup::service(loaded.config.clone()).await?;
    let status = service.status().await?;
    if json {
        setup::announce(&service, &loaded, true);
        output::json(&status)?;
    } else {
        // The target and the state are the first lines of the text.
        print!("{}", render(&status));
    }
    Ok(Exit::Clean)
}

/// `status` in agency mode: every location with its worker, lease, last run and queued
/// events, from the shared tables.
#[cfg(feature = "postgres")]
async fn agency(config: &ghl_notion::config::Config, json: bool) -> Outcome {
    use ghl_notion::scale::Coordinator;
    let url = config
        .state
        .url
        .as_ref()
        .ok_or_else(|| Fatal::msg("[agency] mode needs [state] url (or DATABASE_URL)"))?;
    let coordinator = Coordinator::connect(
        url.expose(),
        config.state.schema.as_deref(),
        "status".to_owned(),
    )
    .await?;
    let leases = coordinator.leases().await?;
    if json {
        let rows: Vec<serde_json::Value> = leases
            .iter()
            .map(|l| {
                serde_json::json!({
                    "location": l.location_id,
                    "worker": l.holder,
                    "lease_left_secs": l.lease_left_secs,
                    "claims": l.claims,
                    "last_run_at": l.last_run_at,
                    "last_error": l.last_error,
                    "queued_events": l.queued,
                })
            })
            .collect();
        output::json(&serde_json::json!({ "locations": rows }))?;
        return Ok(Exit::Clean);
    }
    let mut table = Table::new([
        "location",
        "worker",
        "lease",
        "claims",
        "last run",
        "queued",
        "last error",
    ]);
    for l in &leases {
        table.row(vec![
            l.location_id.clone(),
            l.holder.clone().unwrap_or_else(|| "(free)".to_owned()),
            format!("{} s", l.lease_left_secs),
            l.claims.to_string(),
            l.last_run_at.clone().unwrap_or_else(|| "never".to_owned()),
            l.queued.to_string(),
            l.last_error.clone().unwrap_or_default(),
        ]);
    }
    print!(
        "Agency mode: {} locations\n\n{}",
        leases.len(),
        table.render()
    );
    Ok(Exit::Clean)
}

/// Without the `postgres` feature there is no agency mode.
#[cfg(not(feature = "postgres"))]
async fn agency(_config: &ghl_notion::config::Config, _json: bool) -> Outcome {
    Err(Fatal::msg(
        "[agency] mode needs Postgres: build ghl-notion with `--features postgres`",
    ))
}

fn render(status: &Status) -> String {
    let mut out = format!("Target: {}\nState:  {}\n\n", status.target, status.state);
    let mut tables = Table::new([
        "entity",
        "table",
        "rows",
        "runs",
        "last full pass",
        "cursor",
    ]);
    for t in &status.tables {
        tables.row(vec![
            t.entity.clone(),
            t.title.clone(),
            t.rows.to_string(),
            t.runs.runs.to_string(),
            t.runs
                .last_full_pass
                .map_or_else(|| "never".to_owned(), time),
            t.cursor.clone().unwrap_or_else(|| "-".to_owned()),
        ]);
    }
    out.push_str(&tables.render());
    out.push_str(&format!(
        "\nPending writes (settled at the next start): {}\nQueued webhook events:                      {}\nGHL rate-limit headroom:                    {}\n",
        status.pending_intents,
        status.queued_events,
        headroom(status.ghl_headroom.as_ref())
    ));
    out.push_str("\nLast runs (newest first, real time):\n");
    if status.last_runs.is_empty() {
        out.push_str("  none yet: run `ghl-notion sync`\n");
        return out;
    }
    let mut runs = Table::new([
        "started", "mode", "seen", "created", "updated", "trashed", "failed", "duration",
    ]);
    for r in &status.last_runs {
        let sum = |f: fn(&ghl_notion::sync_core::SyncReport) -> u64| -> String {
            r.entities.iter().map(f).sum::<u64>().to_string()
        };
        runs.row(vec![
            r.started_at.map_or_else(|| "-".to_owned(), time),
            format!(
                "{}{}",
                match r.mode {
                    SyncMode::Full => "full",
                    SyncMode::Incremental => "incremental",
                },
                if r.served { " (serve)" } else { "" }
            ),
            sum(|e| e.seen),
            sum(|e| e.created),
            sum(|e| e.updated),
            sum(|e| e.trashed),
            sum(|e| e.failed),
            output::duration(r.duration),
        ]);
    }
    out.push_str(&runs.render());
    out
}

/// How long `status --admin` waits for the service.
const ADMIN_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// Reads `<url>/status.json`.
async fn fetch(url: &str) -> Result<Dashboard, Fatal> {
    let base = url.trim_end_matches('/');
    let base = if base.contains("://") {
        base.to_owned()
    } else {
        format!("http://{base}")
    };
    let endpoint = format!("{base}/status.json");
    let failed = |e: &dyn std::fmt::Display| {
        Fatal::msg(format!(
            "reading {endpoint}: {e} (is `ghl-notion serve` running with its admin address there?)"
        ))
    };
    let client = reqwest::Client::builder()
        .timeout(ADMIN_TIMEOUT)
        .build()
        .map_err(|e| failed(&e))?;
    let answer = client.get(&endpoint).send().await.map_err(|e| failed(&e))?;
    if !answer.status().is_success() {
        return Err(failed(&answer.status()));
    }
    answer.json::<Dashboard>().await.map_err(|e| failed(&e))
}

/// The text of a live [`Dashboard`].
fn render_live(d: &Dashboard) -> String {
    let mut out = format!(
        "Target: {}\nState:  {}\nUp:     {}\nReady:  {}\n",
        d.target,
        d.state,
        output::duration(d.uptime),
        if d.readiness.ready { "yes" } else { "NO" }
    );
    for c in &d.readiness.checks {
        let mark = if c.ok { "ok  " } else { "FAIL" };
        out.push_str(&format!("  {mark} {}: {}\n", c.name, c.detail));
    }
    let mut tables = Table::new(["entity", "table", "rows"]);
    for t in &d.tables {
        tables.row(vec![t.entity.clone(), t.title.clone(), t.rows.to_string()]);
    }
    out.push('\n');
    out.push_str(&tables.render());
    let w = &d.webhooks;
    out.push_str(&format!(
        "\nWebhooks: {} accepted, {} duplicates, {} refused, {} asked to retry; {} event groups applied, {} failed\nQueued events: {}\nPending writes: {}\n",
        w.accepted, w.duplicate, w.refused, w.retry_later, w.applied, w.failed, d.queue_depth, d.pending_intents
    ));
    out.push_str("\nRate-limit headroom:\n");
    for h in &d.headroom {
        let left = match (h.remaining, h.max) {
            (Some(l), Some(m)) => format!("{l}/{m} left"),
            (Some(l), None) => format!("{l} left"),
            _ => "unknown".to_owned(),
        };
        out.push_str(&format!("  {} {}: {left}\n", h.api, h.window));
    }
    let last_hour: u64 = d.writes_per_minute.iter().sum();
    out.push_str(&format!("Notion writes in the last hour: {last_hour}\n"));
    out.push_str("\nLast runs (newest first):\n");
    if d.runs.is_empty() {
        out.push_str("  none yet\n");
    } else {
        let mut runs = Table::new([
            "started", "kind", "outcome", "seen", "created", "updated", "trashed", "failed",
            "duration",
        ]);
        for r in &d.runs {
            runs.row(vec![
                time(r.started_at),
                format!("{:?}", r.kind).to_lowercase(),
                format!("{:?}", r.outcome).to_lowercase(),
                r.seen.to_string(),
                r.created.to_string(),
                r.updated.to_string(),
                r.trashed.to_string(),
                r.failed.to_string(),
                output::duration(r.duration),
            ]);
        }
        out.push_str(&runs.render());
    }
    if !d.failures.is_empty() {
        out.push_str("\nFailures (newest first):\n");
        for f in &d.failures {
            let record = f
                .record
                .as_deref()
                .map(|r| format!(" {r}"))
                .unwrap_or_default();
            out.push_str(&format!(
                "  {} {}{record}: {}\n",
                time(f.at),
                f.entity,
                f.error
            ));
        }
    }
    out
}

fn time(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M:%S UTC").to_string()
}

fn headroom(h: Option<&Headroom>) -> String {
    let Some(h) = h else {
        return "unknown (no run yet)".to_owned();
    };
    let pair = |left: Option<u64>, max: Option<u64>| match (left, max) {
        (Some(l), Some(m)) => format!("{l}/{m}"),
        (Some(l), None) => l.to_string(),
        _ => "?".to_owned(),
    };
    format!(
        "{} requests left in the 10 s window, {} today",
        pair(h.burst_remaining, h.burst_max),
        pair(h.daily_remaining, h.daily_max)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headroom_reads_as_left_over_budget() {
        let h = Headroom {
            burst_remaining: Some(95),
            burst_max: Some(100),
            daily_remaining: Some(199_000),
            daily_max: Some(200_000),
        };
        assert_eq!(
            headroom(Some(&h)),
            "95/100 requests left in the 10 s window, 199000/200000 today"
        );
        assert_eq!(headroom(None), "unknown (no run yet)");
    }
}
