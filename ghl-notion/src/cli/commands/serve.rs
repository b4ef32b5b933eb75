//! `ghl-notion serve`: webhooks plus scheduled reconciliation and repair until SIGINT or
//! SIGTERM, then a drain of every event already acknowledged. A clean drain exits 0 even if
//! some rounds failed while serving (later rounds retry them); those are listed on stderr.

use std::path::Path;

use tokio::signal::unix::{SignalKind, signal};

use crate::cli::{Exit, Fatal, Outcome, setup};

/// Runs `serve`.
pub async fn run(config: Option<&Path>) -> Outcome {
    let loaded = setup::load(config)?;
    let service = setup::service(loaded.config.clone()).await?;
    eprintln!("{}", setup::describe(&service, &loaded));
    let mut interrupt = signal(SignalKind::interrupt())
        .map_err(|e| Fatal::msg(format!("listening for SIGINT: {e}")))?;
    let mut terminate = signal(SignalKind::terminate())
        .map_err(|e| Fatal::msg(format!("listening for SIGTERM: {e}")))?;
    let schedule = &service.config().schedule;
    let schedule = format!(
        "Reconciling every {}, a full pass every {}, repairing every {}. Stop with Ctrl-C or SIGTERM.",
        ghl_notion::config::duration_text::format(schedule.reconcile_every),
        ghl_notion::config::duration_text::format(schedule.full_every),
        ghl_notion::config::duration_text::format(schedule.repair_every),
    );
    if !service.config().webhooks.enabled {
        println!("Webhooks are off (webhooks.enabled = false): reconciling on schedule only.");
        println!("{schedule}");
    }
    let shutdown = async move {
        tokio::select! {
            _ = interrupt.recv() => tracing::info!("SIGINT: draining"),
            _ = terminate.recv() => tracing::info!("SIGTERM: draining"),
        }
        eprintln!("Stopping: applying the events already received…");
    };
    let summary = service
        .serve_announced(shutdown, |url| {
            println!("Listening for GHL webhooks at {url}");
            println!("{schedule}");
        })
        .await?;
    println!(
        "Served: {} reconciliations, {} events received ({} duplicates ignored), {} event groups applied, {} replayed from the journal, {} repairs, {} failures.",
        summary.reconciliations,
        summary.events_received,
        summary.duplicates,
        summary.groups_applied,
        summary.replayed,
        summary.repairs,
        summary.failures
    );
    if summary.failures > 0 {
        // Failed work is retried by later rounds; a clean drain still exits 0.
        crate::cli::output::failures("Failures while serving:", &summary.errors);
    }
    Ok(Exit::Clean)
}
