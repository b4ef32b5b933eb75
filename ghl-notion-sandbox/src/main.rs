//! The `ghl-notion-sandbox` binary: starts a sandbox, prints one JSON line with its URLs and
//! credentials on stdout, logs to stderr and serves until killed.

mod cli;

use std::io::{IsTerminal as _, Write as _};
use std::process::ExitCode;

use ghl_notion_sandbox::Sandbox;
use ghl_notion_sandbox::server::startup_line;
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    let config = match cli::parse(std::env::args().skip(1)) {
        Ok(cli::Command::Help) => {
            println!("{}", cli::USAGE);
            return ExitCode::SUCCESS;
        }
        Ok(cli::Command::Run(config)) => *config,
        Err(e) => {
            eprintln!("error: {e}\n\n{}", cli::USAGE);
            return ExitCode::from(2);
        }
    };
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
        if writeln!(stdout, "{}", startup_line(&sandbox))
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
