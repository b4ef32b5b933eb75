//! The `ghl-notion` command: `init`, `sync`, `serve`, `repair`, `status`, `doctor` and `demo`
//! over the library's [`ghl_notion::SyncService`]. `ghl-notion --help` lists them; each
//! subcommand's `--help` ends with an example.
//!
//! Exit codes: 0 everything applied; 2 finished with failed records (listed on stderr);
//! 1 fatal (the error and its causes on stderr, never a secret). Logs go to stderr
//! (`RUST_LOG`, default `warn`).
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

mod cli;

use std::io::IsTerminal as _;
use std::process::ExitCode;

use clap::Parser as _;
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    let args = match cli::args::Cli::try_parse() {
        Ok(args) => args,
        // Help and version go to stdout (exit 0); a usage error is fatal (exit 1, not clap's
        // 2, which here means "finished with failed records").
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("warn")),
        )
        .init();
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime.block_on(cli::run(args)),
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            ExitCode::FAILURE
        }
    }
}
