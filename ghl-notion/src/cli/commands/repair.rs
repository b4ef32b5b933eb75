//! `ghl-notion repair`: compares every Notion row with the sync state and repairs drift.

use std::path::Path;

use ghl_notion::RepairRun;

use crate::cli::output::{self, Table};
use crate::cli::{Exit, Outcome, setup};

/// Runs `repair`.
pub async fn run(config: Option<&Path>, json: bool) -> Outcome {
    let loaded = setup::load(config)?;
    let service = setup::service(loaded.config.clone()).await?;
    setup::announce(&service, &loaded, json);
    let run = service.repair().await?;
    if json {
        output::json(&run)?;
    } else {
        print!("{}", render(&run));
    }
    if run.failed() == 0 {
        return Ok(Exit::Clean);
    }
    let errors: Vec<String> = run
        .entities
        .iter()
        .flat_map(|(entity, r)| r.errors.iter().map(move |e| format!("{entity}: {e}")))
        .collect();
    output::failures(&format!("{} repairs failed:", run.failed()), &errors);
    Ok(Exit::Failures)
}

fn render(run: &RepairRun) -> String {
    let mut table = Table::new([
        "entity",
        "checked",
        "rewritten",
        "restored",
        "recreated",
        "trashed",
        "duplicates",
        "adopted",
        "failed",
    ]);
    for (entity, r) in &run.entities {
        table.row(vec![
            entity.clone(),
            r.checked.to_string(),
            r.rewritten.to_string(),
            r.restored.to_string(),
            r.recreated.to_string(),
            r.trashed.to_string(),
            r.duplicates_trashed.to_string(),
            r.adopted.to_string(),
            r.failed.to_string(),
        ]);
    }
    let verdict = match run.writes() {
        0 => "Notion matches the state: nothing to repair.".to_owned(),
        n => format!("Repaired {n} row{}.", if n == 1 { "" } else { "s" }),
    };
    format!("{}{verdict}\n", table.render())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ghl_notion::sync_core::report::RepairReport;

    #[test]
    fn the_table_counts_each_kind_of_repair() {
        let run = RepairRun {
            entities: vec![(
                "contact".into(),
                RepairReport {
                    checked: 20,
                    rewritten: 1,
                    ..RepairReport::default()
                },
            )],
        };
        let text = render(&run);
        assert!(text.contains("rewritten"), "{text}");
        assert!(text.contains("Repaired 1 row."), "{text}");
    }
}
