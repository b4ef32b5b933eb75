//! `ghl-notion status`: where the sync stands, read from the state and the webhook journal.

use std::path::Path;

use chrono::{DateTime, Utc};
use ghl_notion::service::Headroom;
use ghl_notion::{Status, SyncMode};

use crate::cli::output::{self, Table};
use crate::cli::{Exit, Outcome, setup};

/// Runs `status`.
pub async fn run(config: Option<&Path>, json: bool) -> Outcome {
    let loaded = setup::load(config)?;
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
            match r.mode {
                SyncMode::Full => "full",
                SyncMode::Incremental => "incremental",
            }
            .to_owned(),
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
