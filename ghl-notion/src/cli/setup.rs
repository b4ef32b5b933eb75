//! From the command line to a running [`SyncService`]: which configuration file is read, and
//! how the service is described to the user.
//!
//! Without `--config`, `./ghl-notion.toml` is read when it exists and the defaults are used
//! otherwise, so `ghl-notion sync` works with only the environment. A `--config` that does not
//! exist is an error that suggests `ghl-notion init`.

use std::path::{Path, PathBuf};

use ghl_notion::SyncService;
use ghl_notion::config::{self, Config};
use ghl_notion::ghl_client::runtime::SharedClock;

use super::Fatal;

/// The configuration in force and the file it came from (`None`: the defaults).
#[derive(Debug)]
pub struct Loaded {
    /// The configuration.
    pub config: Config,
    /// The file read, if any.
    pub path: Option<PathBuf>,
}

/// Reads the configuration `--config` names, or `./ghl-notion.toml` when it exists, or the
/// defaults.
pub fn load(explicit: Option<&Path>) -> Result<Loaded, Fatal> {
    let (path, required) = match explicit {
        Some(path) => (path.to_owned(), true),
        None => (PathBuf::from(config::DEFAULT_PATH), false),
    };
    if !required && !path.exists() {
        tracing::info!("no {} here; using the defaults", config::DEFAULT_PATH);
        return Ok(Loaded {
            config: Config::default(),
            path: None,
        });
    }
    Ok(Loaded {
        config: Config::load(&path)?,
        path: Some(path),
    })
}

/// The path `init` writes: `--config`, else `./ghl-notion.toml`.
pub fn path_to_write(explicit: Option<&Path>) -> PathBuf {
    explicit.map_or_else(|| PathBuf::from(config::DEFAULT_PATH), Path::to_owned)
}

/// Builds the service on `config` and the environment: this finds or creates the Notion
/// tables.
pub async fn service(config: Config) -> Result<SyncService, Fatal> {
    single_location(&config)?;
    Ok(SyncService::builder().config(config).build().await?)
}

/// The commands other than `serve`, `status` and `mcp` work on one location; in agency mode
/// the workers own the locations.
fn single_location(config: &Config) -> Result<(), Fatal> {
    if config.agency.enabled {
        return Err(Fatal::msg(
            "this command works on one location, and [agency] mode is on: run `ghl-notion serve` \
             (the workers sync every location) and `ghl-notion status`, or set [agency] enabled = false \
             and GHL_LOCATION_ID for one location",
        ));
    }
    Ok(())
}

/// [`service`] on `clock` (the one a webhook receiver started earlier already runs on).
pub async fn service_on(config: Config, clock: SharedClock) -> Result<SyncService, Fatal> {
    single_location(&config)?;
    Ok(SyncService::builder()
        .config(config)
        .clock(clock)
        .build()
        .await?)
}

/// Whether the service runs on the embedded sandbox (no `GHL_API_KEY`).
pub fn is_embedded(service: &SyncService) -> bool {
    service.target().is_embedded_sandbox()
}

/// Says on stderr where the service runs: always in text mode; with `--json` only on the
/// embedded sandbox, which in a cron job most likely means `GHL_API_KEY` is missing.
pub fn announce(service: &SyncService, loaded: &Loaded, json: bool) {
    if !json {
        eprintln!("{}", describe(service, loaded));
    } else if is_embedded(service) {
        eprintln!(
            "note: no GHL_API_KEY set: this ran on the embedded sandbox, not on your accounts"
        );
    }
}

/// One line saying where the service runs and where its state lives.
pub fn describe(service: &SyncService, loaded: &Loaded) -> String {
    let file = loaded.path.as_ref().map_or_else(
        || "the default configuration".to_owned(),
        |p| p.display().to_string(),
    );
    let mut line = format!(
        "{} · {} · state: {}",
        service.target(),
        file,
        service.state_description()
    );
    if is_embedded(service) {
        line.push_str(
            "\n(no GHL_API_KEY set: running on the embedded sandbox, whose clock runs faster than real time — \"sandbox time\")",
        );
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_explicit_file_suggests_init() {
        let err = load(Some(Path::new("/nonexistent/ghl-notion.toml"))).unwrap_err();
        assert!(err.chain().join(" ").contains("ghl-notion init"));
    }
}
