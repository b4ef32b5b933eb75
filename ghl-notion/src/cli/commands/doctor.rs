//! `ghl-notion doctor`: checks the configuration, the credentials and the Notion tables
//! ([`ghl_notion::doctor::diagnose`]) and prints one line per check with its fix.

use std::path::Path;

use ghl_notion::doctor::{Report, Verdict};

use crate::cli::output;
use crate::cli::{Exit, Outcome, setup};

/// Runs `doctor`: exit code 1 when a check failed.
pub async fn run(config: Option<&Path>, json: bool) -> Outcome {
    let loaded = setup::load(config)?;
    let report = ghl_notion::doctor::diagnose(&loaded.config).await;
    if json {
        output::json(&report)?;
    } else {
        print!("{}", render(&report));
    }
    Ok(if report.passed() {
        Exit::Clean
    } else {
        Exit::CheckFailed
    })
}

fn render(report: &Report) -> String {
    let mut out = String::new();
    for check in &report.checks {
        let mark = match check.outcome {
            Verdict::Pass => "ok  ",
            Verdict::Warn => "warn",
            Verdict::Fail => "FAIL",
        };
        out.push_str(&format!("[{mark}] {}: {}\n", check.name, check.detail));
        if let Some(fix) = &check.fix {
            out.push_str(&format!("       fix: {fix}\n"));
        }
    }
    out.push_str(if report.passed() {
        "All checks passed.\n"
    } else {
        "Some checks failed: apply the fixes above, then run `ghl-notion doctor` again.\n"
    });
    out
}
