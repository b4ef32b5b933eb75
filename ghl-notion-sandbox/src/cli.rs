//! Command-line arguments of the `ghl-notion-sandbox` binary, as clap types. Every default is
//! read from [`SandboxConfig::default`], so the help shows the values the library uses.

use std::net::IpAddr;
use std::time::Duration;

use clap::{Parser, ValueEnum};
use ghl_notion_sandbox::config::MAX_LOCATIONS;
use ghl_notion_sandbox::{SandboxConfig, WindowShape};

const AFTER_HELP: &str = "\
On start it prints one JSON line with the URLs, credentials and clock (time_scale, now,
now_ms) on stdout, then logs to stderr (RUST_LOG controls the level) and serves until killed.
With --print-env it prints shell `export` lines instead of the JSON line. Every answer
carries x-sandbox-time-scale and x-sandbox-now, which the workspace's clients follow.
A bad argument exits with status 2 and clap's message on stderr.

Examples:
  ghl-notion-sandbox --port 8787 --contacts 1000 --seed 7
  ghl-notion-sandbox --time-scale 60 --ghl-window sliding --notion-rate unlimited
  ghl-notion-sandbox --locations 3   # one agency, three locations (see \"locations\")

  # bash: start it in the background, wait for its lines, then load them
  ghl-notion-sandbox --port 8787 --print-env > sandbox.env &
  until grep -q GHL_NOTION_SANDBOX_CONTROL_URL sandbox.env 2>/dev/null; do sleep 0.1; done
  . ./sandbox.env     # GHL_BASE_URL, GHL_API_KEY, NOTION_TOKEN, … now set";

/// A local GoHighLevel + Notion API emulator on one port.
#[derive(Debug, Parser)]
#[command(name = "ghl-notion-sandbox", version, after_help = AFTER_HELP)]
pub struct Args {
    /// Port to bind (0 = any free port).
    #[arg(long, value_name = "PORT", default_value_t = SandboxConfig::default().port)]
    pub port: u16,
    /// Address to bind.
    #[arg(long, value_name = "ADDR", default_value_t = SandboxConfig::default().host)]
    pub host: IpAddr,
    /// Contacts to generate (per location).
    #[arg(long, value_name = "N", default_value_t = SandboxConfig::default().contacts)]
    pub contacts: usize,
    /// Opportunities to generate (per location).
    #[arg(long, value_name = "N", default_value_t = SandboxConfig::default().opportunities)]
    pub opportunities: usize,
    /// Users to generate (per location).
    #[arg(long, value_name = "N", default_value_t = SandboxConfig::default().users)]
    pub users: usize,
    /// Locations (sub-accounts) of the agency, each with its own records, API key, rate
    /// limits and webhook stream; the counts of contacts, opportunities and users are per
    /// location. The JSON line lists them under `locations`.
    #[arg(
        long,
        value_name = "N",
        default_value_t = SandboxConfig::default().locations,
        value_parser = locations
    )]
    pub locations: usize,
    /// Seed of all generated data.
    #[arg(long, value_name = "N", default_value_t = SandboxConfig::default().seed)]
    pub seed: u64,
    /// Sandbox seconds per real second (a positive number).
    #[arg(
        long,
        value_name = "X",
        default_value_t = SandboxConfig::default().time_scale,
        value_parser = time_scale,
        allow_negative_numbers = true
    )]
    pub time_scale: f64,
    /// Where to POST webhooks (also settable via the control API).
    #[arg(long, value_name = "URL")]
    pub webhook_url: Option<String>,
    /// GHL requests per 10-second window.
    #[arg(long, value_name = "N", default_value_t = SandboxConfig::default().rate_limit.burst_max)]
    pub burst_limit: u32,
    /// How GHL's 10-second window counts: `fixed` restarts the count every 10 s; `sliding`
    /// allows at most the burst limit in any trailing 10 s.
    #[arg(long, value_name = "SHAPE", value_enum, ignore_case = true, default_value_t = Window::Fixed)]
    pub ghl_window: Window,
    /// GHL requests per day.
    #[arg(long, value_name = "N", default_value_t = SandboxConfig::default().rate_limit.daily_max)]
    pub daily_limit: u32,
    /// Notion requests per second per token; `unlimited` or 0 lifts the limit (e.g. for a
    /// memory benchmark).
    #[arg(
        long,
        value_name = "N|unlimited",
        default_value_t = SandboxConfig::default().notion.requests_per_second,
        value_parser = notion_rate,
        allow_negative_numbers = true
    )]
    pub notion_rate: f64,
    /// OAuth access-token lifetime in sandbox seconds.
    #[arg(
        long,
        value_name = "SECS",
        default_value_t = SandboxConfig::default().tokens.access_token_ttl.as_secs()
    )]
    pub access_token_ttl: u64,
    /// Print shell `export` lines (GHL_BASE_URL, GHL_API_KEY, GHL_LOCATION_ID, NOTION_BASE_URL,
    /// NOTION_TOKEN, NOTION_PARENT_PAGE_ID, GHL_NOTION_SANDBOX_CONTROL_URL; with several
    /// locations also GHL_LOCATION_IDS, comma-separated) instead of the JSON line, then keep
    /// serving. The GHL variables describe the first location.
    #[arg(long)]
    pub print_env: bool,
}

/// `--ghl-window`: the shape of GHL's burst window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Window {
    /// The count restarts at every 10-second boundary.
    Fixed,
    /// At most the burst limit in any trailing 10 seconds.
    Sliding,
}

impl From<Window> for WindowShape {
    fn from(window: Window) -> Self {
        match window {
            Window::Fixed => Self::Fixed,
            Window::Sliding => Self::Sliding,
        }
    }
}

/// `--time-scale`: a finite, positive number.
fn time_scale(raw: &str) -> Result<f64, String> {
    match raw.parse::<f64>() {
        Ok(scale) if scale.is_finite() && scale > 0.0 => Ok(scale),
        _ => Err("must be a positive number".into()),
    }
}

/// `--locations`: a whole number within `1..=MAX_LOCATIONS`.
fn locations(raw: &str) -> Result<usize, String> {
    match raw.parse::<usize>() {
        Ok(n) if (1..=MAX_LOCATIONS).contains(&n) => Ok(n),
        _ => Err(format!("must be a whole number from 1 to {MAX_LOCATIONS}")),
    }
}

/// `--notion-rate`: a non-negative number, or `unlimited` (0: the emulator does not limit).
fn notion_rate(raw: &str) -> Result<f64, String> {
    if raw.eq_ignore_ascii_case("unlimited") {
        return Ok(0.0);
    }
    match raw.parse::<f64>() {
        Ok(rate) if rate.is_finite() && rate >= 0.0 => Ok(rate),
        _ => Err("must be a number of requests per second or `unlimited`".into()),
    }
}

impl Args {
    /// The sandbox configuration these arguments describe.
    pub fn config(&self) -> SandboxConfig {
        let mut config = SandboxConfig {
            host: self.host,
            port: self.port,
            contacts: self.contacts,
            opportunities: self.opportunities,
            users: self.users,
            locations: self.locations,
            seed: self.seed,
            time_scale: self.time_scale,
            ..SandboxConfig::default()
        };
        config.webhooks.url.clone_from(&self.webhook_url);
        config.rate_limit.burst_max = self.burst_limit;
        config.rate_limit.window_shape = self.ghl_window.into();
        config.rate_limit.daily_max = self.daily_limit;
        config.notion.requests_per_second = self.notion_rate;
        config.tokens.access_token_ttl = Duration::from_secs(self.access_token_ttl);
        config
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory as _;
    use clap::error::ErrorKind;

    use super::*;

    fn parse(s: &str) -> Result<Args, clap::Error> {
        Args::try_parse_from(std::iter::once("ghl-notion-sandbox").chain(s.split_whitespace()))
    }

    fn config(s: &str) -> SandboxConfig {
        match parse(s) {
            Ok(args) => args.config(),
            Err(e) => panic!("{s:?} should parse: {e}"),
        }
    }

    #[test]
    fn the_command_is_well_formed() {
        Args::command().debug_assert();
    }

    #[test]
    fn parses_flags() {
        let c = config("--port 8787 --contacts 500 --opportunities=200 --seed 9 --time-scale 10");
        assert_eq!(
            (c.port, c.contacts, c.opportunities, c.seed),
            (8787, 500, 200, 9)
        );
        assert!((c.time_scale - 10.0).abs() < f64::EPSILON);
        assert_eq!(
            c.notion.requests_per_second, 3.0,
            "Notion's documented rate by default"
        );
        let c = config("--webhook-url http://127.0.0.1:9/hook --burst-limit 5 --daily-limit 7");
        assert_eq!(c.webhooks.url.as_deref(), Some("http://127.0.0.1:9/hook"));
        assert_eq!((c.rate_limit.burst_max, c.rate_limit.daily_max), (5, 7));
        let c = config("--access-token-ttl 60 --users 2 --host 0.0.0.0");
        assert_eq!(c.tokens.access_token_ttl, Duration::from_secs(60));
        assert_eq!(c.users, 2);
        assert_eq!(config("").locations, 1, "one location by default");
        assert_eq!(config("--locations 3").locations, 3);
        assert_eq!(c.host.to_string(), "0.0.0.0");
    }

    #[test]
    fn defaults_are_the_library_defaults() {
        let (c, d) = (config(""), SandboxConfig::default());
        assert_eq!(
            (c.host, c.port, c.contacts, c.opportunities, c.users, c.seed),
            (d.host, d.port, d.contacts, d.opportunities, d.users, d.seed)
        );
        assert_eq!(c.rate_limit, d.rate_limit);
        assert_eq!(c.tokens, d.tokens);
        assert_eq!(c.webhooks, d.webhooks);
        assert_eq!(c.notion, d.notion);
        assert!(!parse("").is_ok_and(|a| a.print_env));
        assert!(parse("--print-env").is_ok_and(|a| a.print_env));
    }

    #[test]
    fn the_notion_rate_can_be_set_or_lifted() {
        for (arg, rate) in [
            ("--notion-rate 10", 10.0),
            ("--notion-rate=unlimited", 0.0),
            ("--notion-rate 0", 0.0),
        ] {
            assert_eq!(config(arg).notion.requests_per_second, rate, "{arg}");
        }
    }

    #[test]
    fn reports_errors() {
        let kind = |s: &str| parse(s).err().map(|e| e.kind());
        assert_eq!(kind("--port"), Some(ErrorKind::InvalidValue));
        assert_eq!(kind("--port abc"), Some(ErrorKind::ValueValidation));
        assert_eq!(kind("--bogus"), Some(ErrorKind::UnknownArgument));
        for bad in [
            "--time-scale 0",
            "--time-scale nan",
            "--time-scale -2",
            "--notion-rate -1",
            "--notion-rate fast",
            "--ghl-window round",
            "--locations 0",
            "--locations many",
            "--locations 1001",
        ] {
            let e = parse(bad).err().map(|e| (e.kind(), e.exit_code()));
            assert!(
                matches!(
                    e,
                    Some((ErrorKind::ValueValidation | ErrorKind::InvalidValue, 2))
                ),
                "{bad}: {e:?}"
            );
        }
        assert_eq!(kind("--help"), Some(ErrorKind::DisplayHelp));
        assert_eq!(kind("--version"), Some(ErrorKind::DisplayVersion));
    }

    #[test]
    fn parses_the_window_shape() {
        let shape = |s: &str| parse(s).ok().map(|a| a.config().rate_limit.window_shape);
        assert_eq!(shape(""), Some(WindowShape::Fixed));
        assert_eq!(shape("--ghl-window sliding"), Some(WindowShape::Sliding));
        assert_eq!(shape("--ghl-window=Fixed"), Some(WindowShape::Fixed));
    }
}
