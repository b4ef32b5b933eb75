//! `ghl-notion demo`: the whole sync on an embedded sandbox ([`ghl_notion::demo::run`]).

use ghl_notion::demo::DemoOptions;

use crate::cli::output;
use crate::cli::{Exit, Outcome};

/// Runs `demo`.
pub async fn run(json: bool) -> Outcome {
    let report = ghl_notion::demo::run(DemoOptions::default()).await?;
    if json {
        output::json(&report)?;
    } else {
        println!("{report}");
    }
    Ok(Exit::Clean)
}
