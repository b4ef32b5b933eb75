//! The command line as types: one struct per subcommand, each with an example in its help.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use ghl_notion::entity::{self, EntityKind};

const ENVIRONMENT: &str = "\
Environment (secrets are read only from here, never from the file):
  GHL_API_KEY, GHL_LOCATION_ID       GoHighLevel private integration token and location
  NOTION_TOKEN, NOTION_PARENT_PAGE_ID Notion integration token and the page the tables live under
  GHL_BASE_URL, NOTION_BASE_URL      other API addresses (e.g. a sandbox started on its own)
  RUST_LOG                           log level on stderr (default: warn)
  GHL_NOTION_LOG_FORMAT              as --log-format: text (default) or json, one object a line
  OTEL_EXPORTER_OTLP_[TRACES_]ENDPOINT send spans to this OTLP/HTTP collector (feature otel builds)
  OTEL_SERVICE_NAME                  the service name exported spans carry (default: ghl-notion)
  GHL_NOTION_MCP_TOKEN               the bearer token `mcp --listen` requires (feature mcp builds)
Without GHL_API_KEY every command runs on an embedded sandbox (a local GHL + Notion emulator).

Exit codes: 0 everything applied; 2 finished with failed records (listed on stderr); 1 fatal.";

/// GoHighLevel → Notion: mirror CRM records into Notion tables and keep them in step.
#[derive(Debug, Parser)]
#[command(name = "ghl-notion", version, about, after_help = ENVIRONMENT)]
pub struct Cli {
    /// The configuration file [default: ./ghl-notion.toml, optional unless given here].
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// How log lines on stderr are written: `text` for people, `json` for log collectors.
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "FORMAT",
        env = "GHL_NOTION_LOG_FORMAT",
        default_value_t = LogFormat::Text
    )]
    pub log_format: LogFormat,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create (or adopt) the Notion tables and write a commented ghl-notion.toml.
    #[command(after_help = "\
Example:
  export GHL_API_KEY=pit-… GHL_LOCATION_ID=… NOTION_TOKEN=secret_… NOTION_PARENT_PAGE_ID=…
  ghl-notion init            # then: ghl-notion sync")]
    Init(InitArgs),
    /// Run one sync pass (for cron or CI) and report what it wrote.
    #[command(after_help = "\
Examples:
  ghl-notion sync                       # changes since the last run
  ghl-notion sync --full --json         # every record; rows of deleted records trashed
  ghl-notion sync --dry-run --entity contact")]
    Sync(SyncArgs),
    /// Receive GHL webhooks and reconcile on schedule until SIGINT or SIGTERM.
    #[command(after_help = "\
Examples:
  ghl-notion serve                       # Ctrl-C (SIGINT) or SIGTERM drains and stops
  ghl-notion serve --admin 0.0.0.0:9100  # metrics, health and status page on another address
  ghl-notion serve --admin off           # no admin address")]
    Serve(ServeArgs),
    /// Compare every Notion row with the sync state and repair hand edits and drift.
    #[command(after_help = "\
Example:
  ghl-notion repair --json")]
    Repair(JsonArgs),
    /// Show the last runs, cursors, pending writes, queued events and GHL rate-limit headroom.
    #[command(after_help = "\
Examples:
  ghl-notion status                               # from the state file
  ghl-notion status --admin http://127.0.0.1:3001 # live, from a running `serve`")]
    Status(StatusArgs),
    /// Check the configuration, the credentials and the Notion tables, with a fix for each problem.
    #[command(after_help = "\
Example:
  ghl-notion doctor          # exit code 1 when a check fails")]
    Doctor(JsonArgs),
    /// Run the whole sync on an embedded sandbox and show what it did (no account needed).
    #[cfg(feature = "sandbox")]
    #[command(after_help = "\
Example:
  ghl-notion demo")]
    Demo(JsonArgs),
    /// Serve GHL and the sync to AI assistants over MCP (stdio; HTTP with --listen).
    #[cfg(feature = "mcp")]
    #[command(after_help = "\
Examples:
  ghl-notion mcp                                   # stdio, read-only (Claude Desktop)
  ghl-notion mcp --allow-writes                    # write tools too, dry run by default
  GHL_NOTION_MCP_TOKEN=… ghl-notion mcp --listen 127.0.0.1:3002   # streamable HTTP at /mcp")]
    Mcp(McpArgs),
}

/// `mcp`.
#[cfg(feature = "mcp")]
#[derive(Debug, Args)]
pub struct McpArgs {
    /// Offer the write tools (create/update contact, add note or task, move an opportunity,
    /// run a sync); each still defaults to a dry run.
    #[arg(long)]
    pub allow_writes: bool,
    /// Serve streamable HTTP on this address (path /mcp) instead of stdio; requires a bearer
    /// token in GHL_NOTION_MCP_TOKEN (or the variable [mcp] token_env names).
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<String>,
}

/// `init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Overwrite an existing configuration file.
    #[arg(long)]
    pub force: bool,
}

/// `sync`.
#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Read every record and trash the rows of records deleted in GHL.
    #[arg(long)]
    pub full: bool,
    /// Print what a full pass would write, writing nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Sync only this table.
    #[arg(long, value_name = "NAME")]
    pub entity: Option<Entity>,
    /// Print the report as one JSON object on stdout (and nothing else there).
    #[arg(long)]
    pub json: bool,
}

/// `serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The admin address (metrics, /healthz, /readyz, the status page): an address to
    /// listen on, or `off` [default: admin.listen, 127.0.0.1:3001].
    #[arg(long, value_name = "ADDR")]
    pub admin: Option<String>,
}

/// `status`.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Read a running `serve`'s live numbers from its admin address (e.g.
    /// `http://127.0.0.1:3001`) instead of the state file.
    #[arg(long, value_name = "URL")]
    pub admin: Option<String>,
    /// Print the result as one JSON object on stdout.
    #[arg(long)]
    pub json: bool,
}

/// Commands whose only option is `--json`.
#[derive(Debug, Args)]
pub struct JsonArgs {
    /// Print the result as one JSON object on stdout.
    #[arg(long)]
    pub json: bool,
}

/// The format of the log lines on stderr (`--log-format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum LogFormat {
    /// One human-readable line per event, coloured on a terminal.
    #[default]
    Text,
    /// One JSON object per line: timestamp, level, target, message, the event's fields, and
    /// the current span and every span it is in, with their fields.
    Json,
}

/// A mirrored GHL record kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Entity {
    /// Contacts.
    Contact,
    /// Opportunities.
    Opportunity,
}

impl Entity {
    /// The library's kind.
    pub fn kind(self) -> EntityKind {
        match self {
            Self::Contact => entity::CONTACT,
            Self::Opportunity => entity::OPPORTUNITY,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn every_subcommand_has_an_example() {
        for sub in Cli::command().get_subcommands() {
            let help = sub.get_after_help().map(ToString::to_string);
            assert!(
                help.is_some_and(|h| h.contains("ghl-notion ")),
                "{} has no example",
                sub.get_name()
            );
        }
    }
}
