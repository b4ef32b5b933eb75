//! `ghl-notion sync`: one pass for cron or CI, or with `--dry-run` the plan of one.

use std::path::Path;

use ghl_notion::config::Config;
use ghl_notion::{PlanReport, RepairRun, RunReport, SyncMode, SyncService};

use crate::cli::args::{Entity, SyncArgs};
use crate::cli::output::{self, Table};
use crate::cli::progress::{self, Style};
use crate::cli::{Exit, Fatal, Outcome, setup};

/// Runs `sync`.
pub async fn run(config: Option<&Path>, args: &SyncArgs) -> Outcome {
    let mut loaded = setup::load(config)?;
    if let Some(entity) = args.entity {
        keep_only(&mut loaded.config, entity)?;
    }
    let service = setup::service(loaded.config.clone()).await?;
    setup::announce(&service, &loaded, args.json);
    if args.dry_run {
        return dry_run(&service, args.json).await;
    }
    let mode = if args.full {
        SyncMode::Full
    } else {
        SyncMode::Incremental
    };
    let watcher = progress::watch(service.engine().subscribe(), Style::detect(args.json));
    let report = service.run_once(mode).await;
    watcher.finish().await;
    let report = report?;
    if args.json {
        output::json(&report)?;
    } else {
        print!("{}", render(&report, setup::is_embedded(&service)));
    }
    Ok(verdict(&report))
}

/// Keeps only the table of `entity` (the activity log stays as configured).
fn keep_only(config: &mut Config, entity: Entity) -> Result<(), Fatal> {
    let kind = entity.kind();
    let tables: Vec<_> = config
        .tables_or_default()
        .into_iter()
        .filter(|t| t.entity_kind().is_ok_and(|k| k == kind))
        .collect();
    if tables.is_empty() {
        return Err(Fatal::msg(format!(
            "the configuration mirrors no {kind}s: add a [[tables]] entry with entity = \"{kind}\""
        )));
    }
    config.tables = tables;
    Ok(())
}

async fn dry_run(service: &SyncService, json: bool) -> Outcome {
    let plan = service.plan().await?;
    if json {
        output::json(&plan)?;
    } else {
        print!("{}", render_plan(&plan));
    }
    Ok(Exit::Clean)
}

/// Exit code 0 when everything was applied; otherwise the failures go to stderr and 2.
fn verdict(report: &RunReport) -> Exit {
    if report.is_clean() {
        return Exit::Clean;
    }
    let errors = report.errors();
    let failed = report.failed() + report.repair.as_ref().map_or(0, RepairRun::failed);
    if failed > 0 {
        output::failures(&format!("{failed} records failed:"), &errors);
        let unlisted = failed.saturating_sub(errors.len() as u64);
        if unlisted > 0 {
            eprintln!("  … and {unlisted} more (the first few per table are listed)");
        }
        eprintln!("They are retried on the next run.");
    }
    for r in report.entities.iter().filter(|r| r.source_failed) {
        let entity = r.entity.as_ref().map_or("all", |e| e.as_str());
        eprintln!(
            "{entity}: GHL could not be read to the end; rows of deleted records are trashed after the next complete pass"
        );
    }
    Exit::Failures
}

/// The report as a table per entity, then the requests per API.
fn render(report: &RunReport, embedded: bool) -> String {
    let mut table = Table::new([
        "entity",
        "seen",
        "created",
        "updated",
        "unchanged",
        "trashed",
        "failed",
        "duration",
    ]);
    for r in &report.entities {
        table.row(vec![
            r.entity.as_ref().map_or("all", |e| e.as_str()).to_owned(),
            r.seen.to_string(),
            r.created.to_string(),
            r.updated.to_string(),
            r.unchanged.to_string(),
            r.trashed.to_string(),
            r.failed.to_string(),
            output::duration(r.duration),
        ]);
    }
    let sum = |f: fn(&ghl_notion::sync_core::SyncReport) -> u64| -> String {
        report.entities.iter().map(f).sum::<u64>().to_string()
    };
    table.row(vec![
        "total".to_owned(),
        sum(|r| r.seen),
        sum(|r| r.created),
        sum(|r| r.updated),
        sum(|r| r.unchanged),
        sum(|r| r.trashed),
        sum(|r| r.failed),
        output::duration(report.duration),
    ]);
    let mut out = table.render();
    if embedded {
        out.push_str(
            "(per-table durations and rate-limit waits are sandbox time; the total is real time)\n",
        );
    }
    if report.recovered > 0 {
        out.push_str(&format!(
            "Settled {} writes left unfinished by an earlier run.\n",
            report.recovered
        ));
    }
    let unknown: u64 = report.entities.iter().map(|r| r.unknown_outcomes).sum();
    if unknown > 0 {
        out.push_str(&format!(
            "{unknown} writes may or may not have reached Notion (their answers were lost).\n"
        ));
    }
    if let Some(repair) = &report.repair {
        out.push_str(&format!(
            "Drift repair: {} rows fixed, {} failed.\n",
            repair.writes(),
            repair.failed()
        ));
    }
    out.push_str("Requests:\n");
    out.push_str(&output::api_lines(&report.api));
    out
}

fn render_plan(plan: &PlanReport) -> String {
    let mut table = Table::new([
        "entity",
        "create",
        "update",
        "restore",
        "trash",
        "unchanged",
        "skipped",
    ]);
    for (entity, p) in &plan.entities {
        table.row(vec![
            entity.clone(),
            p.creates.len().to_string(),
            p.updates.len().to_string(),
            p.restores.len().to_string(),
            p.trashes.len().to_string(),
            p.unchanged.to_string(),
            p.skipped.to_string(),
        ]);
    }
    format!(
        "{}Dry run: nothing was written; a full pass would change {} rows.\n",
        table.render(),
        plan.writes()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use ghl_notion::entity;
    use ghl_notion::sync_core::SyncReport;

    #[test]
    fn keep_only_leaves_one_table_and_refuses_an_unmirrored_entity() {
        let mut config = Config::default();
        keep_only(&mut config, Entity::Opportunity).unwrap();
        assert_eq!(config.tables.len(), 1);
        assert_eq!(config.tables[0].entity, "opportunity");
        let err = keep_only(&mut config, Entity::Contact).unwrap_err();
        assert!(err.chain()[0].contains("[[tables]]"));
    }

    #[test]
    fn a_report_with_failures_exits_2() {
        let mut failed = SyncReport::new(entity::CONTACT);
        failed.fail("boom");
        let report = RunReport {
            entities: vec![failed],
            complete: true,
            ..RunReport::default()
        };
        assert_eq!(verdict(&report), Exit::Failures);
        let clean = RunReport {
            complete: true,
            ..RunReport::default()
        };
        assert_eq!(verdict(&clean), Exit::Clean);
    }

    #[test]
    fn the_report_has_a_total_row_and_the_requests() {
        let mut contact = SyncReport::new(entity::CONTACT);
        contact.seen = 3;
        contact.created = 3;
        let report = RunReport {
            entities: vec![contact],
            complete: true,
            ..RunReport::default()
        };
        let text = render(&report, true);
        assert!(text.contains("total"), "{text}");
        assert!(text.contains("sandbox time"), "{text}");
        assert!(text.contains("Requests:"), "{text}");
    }
}
