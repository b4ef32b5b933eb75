//! `ghl-notion serve`: webhooks plus scheduled reconciliation and repair until SIGINT or
//! SIGTERM, then a drain of every event already acknowledged. Exits 0 when nothing failed
//! while serving; 2 when something did (a round, an event group, a repair, the journal
//! replay), listed on stderr, even if later rounds healed it, so a supervisor sees it.

use std::path::Path;

use ghl_notion::WebhookReceiver;
use ghl_notion::service::{credentials_in_env, service_clock};
use tokio::signal::unix::{SignalKind, signal};

use crate::cli::{Exit, Fatal, Outcome, setup};

/// Runs `serve`; `admin` (`--admin`) replaces `admin.listen`, or turns it off with `off`.
///
/// On the real services (credentials in the environment) with webhooks on and the state on
/// disk, the webhook receiver starts first, before the service finds its Notion tables: a
/// restarted process answers GHL within milliseconds instead of refusing deliveries GHL
/// would not send again.
pub async fn run(config: Option<&Path>, admin: Option<&str>) -> Outcome {
    let mut loaded = setup::load(config)?;
    match admin.map(str::trim) {
        Some("off" | "none" | "false") => loaded.config.admin.enabled = false,
        Some(addr) => {
            loaded.config.admin.enabled = true;
            loaded.config.admin.listen = addr.to_owned();
        }
        None => {}
    }
    let mut interrupt = signal(SignalKind::interrupt())
        .map_err(|e| Fatal::msg(format!("listening for SIGINT: {e}")))?;
    let mut terminate = signal(SignalKind::terminate())
        .map_err(|e| Fatal::msg(format!("listening for SIGTERM: {e}")))?;
    if loaded.config.agency.enabled {
        return agency(loaded.config, interrupt, terminate).await;
    }
    let schedule = &loaded.config.schedule;
    let schedule = format!(
        "Reconciling every {}, a full pass every {}, repairing every {}. Stop with Ctrl-C or SIGTERM.",
        ghl_notion::config::duration_text::format(schedule.reconcile_every),
        ghl_notion::config::duration_text::format(schedule.full_every),
        ghl_notion::config::duration_text::format(schedule.repair_every),
    );
    let early =
        loaded.config.webhooks.enabled && !loaded.config.state.in_memory() && credentials_in_env();
    // The receiver and the service share one clock: real time against the real services,
    // the sandbox's against a time-scaled sandbox started on its own.
    let (receiver, service) = match early {
        true => {
            let clock = service_clock(&loaded.config).await;
            let receiver = WebhookReceiver::start(&loaded.config, clock.clone()).await?;
            println!("Listening for GHL webhooks at {}", receiver.url());
            println!("{schedule}");
            let service = setup::service_on(loaded.config.clone(), clock).await?;
            (Some(receiver), service)
        }
        false => (None, setup::service(loaded.config.clone()).await?),
    };
    eprintln!("{}", setup::describe(&service, &loaded));
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
    let announced_early = receiver.is_some();
    let summary = service
        .serve_announcing(receiver, shutdown, |at| {
            if !announced_early && let Some(url) = &at.webhooks {
                println!("Listening for GHL webhooks at {url}");
                println!("{schedule}");
            }
            if let Some(url) = &at.admin {
                println!(
                    "Admin address: {url} (status page; {url}metrics, {url}healthz, {url}readyz)"
                );
            }
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
        crate::cli::output::failures("Failures while serving:", &summary.errors);
        return Ok(Exit::Failures);
    }
    Ok(Exit::Clean)
}

/// `serve` in agency mode: this process is one worker of the deployment (see
/// `ghl_notion::scale`).
#[cfg(feature = "postgres")]
async fn agency(
    config: ghl_notion::config::Config,
    mut interrupt: tokio::signal::unix::Signal,
    mut terminate: tokio::signal::unix::Signal,
) -> Outcome {
    let shutdown = async move {
        tokio::select! {
            _ = interrupt.recv() => tracing::info!("SIGINT: stopping"),
            _ = terminate.recv() => tracing::info!("SIGTERM: stopping"),
        }
        eprintln!("Stopping: giving the locations back…");
    };
    let summary = ghl_notion::scale::serve_agency(config, shutdown, |url| match url {
        Some(url) => println!("Listening for GHL webhooks at {url}"),
        None => {
            println!("Webhooks are off (webhooks.enabled = false): reconciling on schedule only.")
        }
    })
    .await?;
    println!(
        "Worker {} served: {} locations claimed, {} given back, {} lost, {} failures.",
        summary.worker, summary.claimed, summary.released, summary.lost, summary.failures
    );
    if summary.failures > 0 {
        crate::cli::output::failures("Failures while serving:", &summary.errors);
        return Ok(Exit::Failures);
    }
    Ok(Exit::Clean)
}

/// Without the `postgres` feature there is no agency mode.
#[cfg(not(feature = "postgres"))]
async fn agency(
    _config: ghl_notion::config::Config,
    _interrupt: tokio::signal::unix::Signal,
    _terminate: tokio::signal::unix::Signal,
) -> Outcome {
    Err(Fatal::msg(
        "[agency] mode needs Postgres: build ghl-notion with `--features postgres`",
    ))
}
