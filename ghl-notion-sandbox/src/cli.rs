//! Command-line arguments of the `ghl-notion-sandbox` binary, parsed by hand.

use std::time::Duration;

use ghl_notion_sandbox::SandboxConfig;

pub const USAGE: &str = "\
ghl-notion-sandbox: a local GoHighLevel + Notion API emulator

USAGE:
    ghl-notion-sandbox [OPTIONS]

OPTIONS:
    --port <PORT>              Port to bind on 127.0.0.1 (default 0 = any free port)
    --host <ADDR>              Address to bind (default 127.0.0.1)
    --contacts <N>             Contacts to generate (default 200)
    --opportunities <N>        Opportunities to generate (default 80)
    --users <N>                Users to generate (default 5)
    --seed <N>                 Seed of all generated data (default 42)
    --time-scale <X>           Sandbox seconds per real second (default 1)
    --webhook-url <URL>        Where to POST webhooks (also settable via the control API)
    --burst-limit <N>          Requests per 10-second window (default 100)
    --ghl-window <SHAPE>       fixed (default): the count restarts every 10 s; sliding: at
                               most the burst limit in any trailing 10 s
    --daily-limit <N>          Requests per day (default 200000)
    --notion-rate <N|unlimited>
                               Notion requests per second per token (default 3;
                               `unlimited` or 0 lifts the limit, e.g. for a memory benchmark)
    --access-token-ttl <SECS>  OAuth access-token lifetime in sandbox seconds (default 86399)
    -h, --help                 Print this help

On start it prints one JSON line with the URLs, credentials and clock (time_scale, now,
now_ms), then logs to stderr (RUST_LOG controls the level) and serves until killed. Every
answer carries x-sandbox-time-scale and x-sandbox-now, which the workspace's clients follow.";

/// What the command line asks for.
#[derive(Debug)]
pub enum Command {
    /// Print help.
    Help,
    /// Run with this configuration.
    Run(Box<SandboxConfig>),
}

fn value<T: std::str::FromStr>(flag: &str, raw: Option<String>) -> Result<T, String> {
    let raw = raw.ok_or_else(|| format!("{flag} needs a value"))?;
    raw.parse()
        .map_err(|_| format!("{flag}: {raw:?} is not a valid value"))
}

/// `--notion-rate`: a non-negative number, or `unlimited` (0: the emulator does not limit).
fn notion_rate(raw: Option<String>) -> Result<f64, String> {
    match raw.as_deref() {
        Some("unlimited") => Ok(0.0),
        _ => {
            let rate: f64 = value("--notion-rate", raw)?;
            if rate.is_finite() && rate >= 0.0 {
                Ok(rate)
            } else {
                Err("--notion-rate must be a number of requests per second or `unlimited`".into())
            }
        }
    }
}

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut config = SandboxConfig::default();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_owned(), Some(v.to_owned())),
            _ => (arg.clone(), None),
        };
        let mut next = || inline.clone().or_else(|| args.next());
        match flag.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "--port" => config.port = value(&flag, next())?,
            "--host" => config.host = value(&flag, next())?,
            "--contacts" => config.contacts = value(&flag, next())?,
            "--opportunities" => config.opportunities = value(&flag, next())?,
            "--users" => config.users = value(&flag, next())?,
            "--seed" => config.seed = value(&flag, next())?,
            "--time-scale" => {
                let scale: f64 = value(&flag, next())?;
                if !(scale.is_finite() && scale > 0.0) {
                    return Err("--time-scale must be a positive number".into());
                }
                config.time_scale = scale;
            }
            "--webhook-url" => config.webhooks.url = Some(value(&flag, next())?),
            "--burst-limit" => config.rate_limit.burst_max = value(&flag, next())?,
            "--ghl-window" => config.rate_limit.window_shape = value(&flag, next())?,
            "--daily-limit" => config.rate_limit.daily_max = value(&flag, next())?,
            "--notion-rate" => config.notion.requests_per_second = notion_rate(next())?,
            "--access-token-ttl" => {
                config.tokens.access_token_ttl = Duration::from_secs(value(&flag, next())?);
            }
            other => return Err(format!("unknown argument {other:?} (see --help)")),
        }
    }
    Ok(Command::Run(Box::new(config)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn parses_flags() {
        let Ok(Command::Run(c)) = parse(args(
            "--port 8787 --contacts 500 --opportunities=200 --seed 9 --time-scale 10",
        )) else {
            panic!("should parse");
        };
        assert_eq!(
            (c.port, c.contacts, c.opportunities, c.seed),
            (8787, 500, 200, 9)
        );
        assert!((c.time_scale - 10.0).abs() < f64::EPSILON);
        assert_eq!(
            c.notion.requests_per_second, 3.0,
            "Notion's documented rate by default"
        );
    }

    #[test]
    fn the_notion_rate_can_be_set_or_lifted() {
        for (arg, rate) in [
            ("--notion-rate 10", 10.0),
            ("--notion-rate=unlimited", 0.0),
            ("--notion-rate 0", 0.0),
        ] {
            let Ok(Command::Run(c)) = parse(args(arg)) else {
                panic!("{arg} should parse");
            };
            assert_eq!(c.notion.requests_per_second, rate, "{arg}");
        }
    }

    #[test]
    fn reports_errors() {
        assert!(parse(args("--port")).unwrap_err().contains("needs a value"));
        assert!(
            parse(args("--port abc"))
                .unwrap_err()
                .contains("not a valid")
        );
        assert!(parse(args("--bogus")).unwrap_err().contains("unknown"));
        assert!(parse(args("--time-scale 0")).is_err());
        assert!(parse(args("--notion-rate -1")).is_err());
        assert!(parse(args("--notion-rate fast")).is_err());
        assert!(matches!(parse(args("--help")), Ok(Command::Help)));
        assert!(parse(args("--ghl-window round")).is_err());
    }

    #[test]
    fn parses_the_window_shape() {
        use ghl_notion_sandbox::config::WindowShape;
        let shape = |s: &str| match parse(args(s)) {
            Ok(Command::Run(c)) => Some(c.rate_limit.window_shape),
            _ => None,
        };
        assert_eq!(shape(""), Some(WindowShape::Fixed));
        assert_eq!(shape("--ghl-window sliding"), Some(WindowShape::Sliding));
        assert_eq!(shape("--ghl-window=Fixed"), Some(WindowShape::Fixed));
    }
}
