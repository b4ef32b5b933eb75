//! The `ghl-notion-sandbox` binary: starts a sandbox, prints one JSON line with its URLs and
//! credentials on stdout (or, with `--print-env`, shell `export` lines), logs to stderr and
//! serves until killed.

mod cli;
mod print_env;

use std::io::{IsTerminal as _, Write as _};
use std::process::ExitCode;

use clap::Parser as _;
use ghl_notion_sandbox::Sandbox;
use ghl_notion_sandbox::server::startup_line;
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    // Help and version print to stdout and exit 0; a bad argument exits 2 with clap's message.
    let args = cli::Args::parse();
    let config = args.config();
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async move {
        let sandbox = match Sandbox::start(config).await {
            Ok(s) => s,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        };
        let mut stdout = std::io::stdout().lock();
        let startup = if args.print_env {
            print_env::export_lines(&print_env::variables(&sandbox))
        } else {
            format!("{}\n", startup_line(&sandbox))
        };
        if stdout
            .write_all(startup.as_bytes())
            .and_then(|()| stdout.flush())
            .is_err()
        {
            return ExitCode::FAILURE;
        }
        drop(stdout);
        match tokio::signal::ctrl_c().await {
            Ok(()) => tracing::info!("interrupted; shutting down"),
            Err(e) => tracing::error!(error = %e, "cannot listen for ctrl-c"),
        }
        sandbox.shutdown().await;
        ExitCode::SUCCESS
    })
}
