//! The `ghl-notion` command: arguments ([`args`]), how the service is set up from the
//! configuration file and the environment ([`setup`]), one module per subcommand
//! ([`commands`]), how results are shown ([`output`], [`progress`]), and where logs go
//! ([`logging`]).
//!
//! Every command returns an [`Exit`] or a [`Fatal`]; [`run`] turns them into the process exit
//! code: 0 everything applied, 2 finished with failed records, 1 fatal.

pub mod args;
pub mod commands;
pub mod logging;
pub mod output;
pub mod progress;
pub mod setup;

use std::process::ExitCode;

use args::{Cli, Command};

/// How a command that ran to its end finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Everything was applied (exit code 0).
    Clean,
    /// Some records failed; they were listed on stderr (exit code 2).
    Failures,
    /// A check failed (exit code 1, as fatal errors).
    CheckFailed,
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> Self {
        match exit {
            Exit::Clean => ExitCode::SUCCESS,
            Exit::Failures => ExitCode::from(2),
            Exit::CheckFailed => ExitCode::FAILURE,
        }
    }
}

/// An error that stops a command (exit code 1). Printed with its chain of causes; the
/// library's errors never carry a secret.
#[derive(Debug)]
pub struct Fatal(Box<dyn std::error::Error + Send + Sync>);

impl Fatal {
    /// A fatal error with this message.
    pub fn msg(message: impl Into<String>) -> Self {
        Self(message.into().into())
    }

    /// The message, then each cause not already contained in the message before it.
    pub fn chain(&self) -> Vec<String> {
        let mut lines = vec![self.0.to_string()];
        let mut source = self.0.source();
        while let Some(cause) = source {
            let text = cause.to_string();
            if lines.last().is_none_or(|last| !last.contains(&text)) {
                lines.push(text);
            }
            source = cause.source();
        }
        lines
    }
}

impl<E: std::error::Error + Send + Sync + 'static> From<E> for Fatal {
    fn from(error: E) -> Self {
        Self(Box::new(error))
    }
}

/// What a command returns.
pub type Outcome = Result<Exit, Fatal>;

/// Runs the command `cli` asks for and returns the process exit code.
pub async fn run(cli: Cli) -> ExitCode {
    let config = cli.config.as_deref();
    let outcome = match cli.command {
        Command::Init(args) => commands::init::run(config, &args).await,
        Command::Sync(args) => commands::sync::run(config, &args).await,
        Command::Serve(args) => commands::serve::run(config, args.admin.as_deref()).await,
        Command::Repair(args) => commands::repair::run(config, args.json).await,
        Command::Status(args) => {
            commands::status::run(config, args.admin.as_deref(), args.json).await
        }
        Command::Doctor(args) => commands::doctor::run(config, args.json).await,
        #[cfg(feature = "sandbox")]
        Command::Demo(args) => commands::demo::run(args.json).await,
        #[cfg(feature = "mcp")]
        Command::Mcp(args) => commands::mcp::run(config, &args).await,
    };
    match outcome {
        Ok(exit) => exit.into(),
        Err(fatal) => {
            let mut lines = fatal.chain().into_iter();
            if let Some(first) = lines.next() {
                eprintln!("error: {first}");
            }
            for cause in lines {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, thiserror::Error)]
    #[error("outer: {0}")]
    struct Outer(#[source] Inner);

    #[derive(Debug, thiserror::Error)]
    #[error("inner")]
    struct Inner(#[source] std::io::Error);

    #[test]
    fn the_chain_skips_causes_the_message_already_says() {
        let e = Fatal::from(Outer(Inner(std::io::Error::other("disk full"))));
        assert_eq!(e.chain(), vec!["outer: inner", "disk full"]);
        assert_eq!(Fatal::msg("plain").chain(), vec!["plain"]);
    }
}
