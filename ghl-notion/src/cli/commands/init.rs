//! `ghl-notion init`: creates or adopts the Notion tables with the default configuration and
//! writes it as a commented `ghl-notion.toml`.
//!
//! Existing tables are looked up (read only) before the service is built, so the output can
//! say which tables were created and which were found and adopted.

use std::path::Path;

use ghl_notion::config::Config;
use ghl_notion::notion::{MirrorOptions, check_table};
use ghl_notion::notion_activity::NotionClientBuilder;
use ghl_notion::service::{ENV_NOTION_PARENT_PAGE_ID, credentials_in_env};

use crate::cli::args::InitArgs;
use crate::cli::{Exit, Fatal, Outcome, setup};

/// Runs `init`.
pub async fn run(config: Option<&Path>, args: &InitArgs) -> Outcome {
    let path = setup::path_to_write(config);
    if path.exists() && !args.force {
        return Err(Fatal::msg(format!(
            "{} already exists; keep it, or run `ghl-notion init --force` to overwrite it",
            path.display()
        )));
    }
    let config = Config::default();
    let titles = titles(&config);
    let existing = existing_tables(&config, &titles).await?;
    let service = setup::service(beside(&config, &path)).await?;
    std::fs::write(&path, config.to_commented_toml())
        .map_err(|e| Fatal::msg(format!("writing {}: {e}", path.display())))?;

    println!(
        "Notion tables under page {} ({}):",
        service.parent_page_id(),
        service.target()
    );
    let width = titles.iter().map(String::len).max().unwrap_or(0);
    for (title, found) in titles.iter().zip(&existing) {
        let what = if *found {
            "adopted (found under the page and kept; missing columns added)"
        } else {
            "created"
        };
        println!("  {title:<width$}  {what}");
    }
    if setup::is_embedded(&service) {
        println!(
            "These live on the embedded sandbox and vanish when this command exits: set GHL_API_KEY, GHL_LOCATION_ID, NOTION_TOKEN and {ENV_NOTION_PARENT_PAGE_ID} to create them in your workspace."
        );
    }
    println!(
        "Wrote {} (commented; choose tables and fields there).",
        path.display()
    );
    let flag = match config_flag(&path) {
        Some(flag) => format!(" {flag}"),
        None => String::new(),
    };
    println!("Next: ghl-notion sync{flag}   (then `ghl-notion serve{flag}` to stay in step)");
    Ok(Exit::Clean)
}

/// The Notion titles the default configuration declares: its tables, then the activity log.
fn titles(config: &Config) -> Vec<String> {
    let mut titles: Vec<String> = config
        .tables_or_default()
        .iter()
        .map(|t| t.title_or_default())
        .collect();
    if config.activity.enabled {
        titles.push(config.activity.title.clone());
    }
    titles
}

/// Whether each title already names a table under the parent page (reading only). On the
/// embedded sandbox nothing exists yet.
async fn existing_tables(config: &Config, titles: &[String]) -> Result<Vec<bool>, Fatal> {
    if !credentials_in_env() {
        return Ok(vec![false; titles.len()]);
    }
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    let mut builder = NotionClientBuilder::from_env()?;
    if env("NOTION_BASE_URL").is_none()
        && let Some(base) = &config.notion.base_url
    {
        builder = builder.base_url(base.clone());
    }
    let client = builder.build()?;
    let Some(parent) =
        env(ENV_NOTION_PARENT_PAGE_ID).or_else(|| config.notion.parent_page_id.clone())
    else {
        return Err(Fatal::msg(format!(
            "set {ENV_NOTION_PARENT_PAGE_ID} to the id of a Notion page shared with your integration"
        )));
    };
    let mut found = Vec::new();
    for title in titles {
        let check = check_table(&client, &parent, title, &MirrorOptions::new()).await?;
        found.push(check.data_source_id.is_some());
    }
    Ok(found)
}

/// `config` with its state file beside `path`, as `Config::load` will read it.
fn beside(config: &Config, path: &Path) -> Config {
    let mut config = config.clone();
    let dir = path.parent().unwrap_or(Path::new(""));
    if !config.state.in_memory() && config.state.path.is_relative() {
        config.state.path = dir.join(&config.state.path);
    }
    config
}

/// `--config PATH` when the file is not the default one.
fn config_flag(path: &Path) -> Option<String> {
    (path != Path::new(ghl_notion::config::DEFAULT_PATH))
        .then(|| format!("--config {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_declare_three_tables() {
        assert_eq!(
            titles(&Config::default()),
            vec!["GHL Contacts", "GHL Opportunities", "GHL Activity Log"]
        );
    }

    #[test]
    fn the_state_goes_beside_the_file() {
        let config = beside(&Config::default(), Path::new("conf/ghl-notion.toml"));
        assert_eq!(config.state.path, Path::new("conf/ghl-notion.sqlite"));
        assert_eq!(config_flag(Path::new("ghl-notion.toml")), None);
        assert_eq!(
            config_flag(Path::new("conf/x.toml")).as_deref(),
            Some("--config conf/x.toml")
        );
    }
}
