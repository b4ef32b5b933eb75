//! The `ghl-notion` command: `init`, `sync`, `serve`, `repair`, `status`, `doctor` and `demo`
//! over the library's [`ghl_notion::SyncService`]. `ghl-notion --help` lists them; each
//! subcommand's `--help` ends with an example.
//!
//! Exit codes: 0 everything applied; 2 finished with failed records (listed on stderr);
//! 1 fatal (the error and its causes on stderr, never a secret). Logs go to stderr
//! (`RUST_LOG`, default `warn`), as text or JSON lines (`--log-format`); everything a command
//! logs is inside the span `cli.command` with its field `command` (the subcommand's name).
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

mod cli;

use std::process::ExitCode;

use clap::{CommandFactory as _, FromArgMatches as _};
use tracing::Instrument as _;

fn main() -> ExitCode {
    let parsed = cli::args::Cli::command()
        .try_get_matches()
        .and_then(|mut matches| {
            // Read before the arguments take the subcommand's matches.
            let command = matches.subcommand_name().unwrap_or_default().to_owned();
            let args = cli::args::Cli::from_arg_matches_mut(&mut matches)
                .map_err(|e| e.format(&mut cli::args::Cli::command()))?;
            Ok((args, command))
        });
    let (args, command) = match parsed {
        Ok(parsed) => parsed,
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
    // Dropped last, after the runtime: sends the spans still queued (bounded wait).
    let _logs = cli::logging::init(args.log_format);
    let span = tracing::info_span!("cli.command", command = %command);
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime.block_on(cli::run(args).instrument(span)),
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            ExitCode::FAILURE
        }
    }
}
