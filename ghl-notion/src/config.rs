//! The configuration: which GHL records become which Notion tables, how, and when.
//!
//! Read from `ghl-notion.toml` ([`Config::load`]) or built in code; every field has a default,
//! so an empty file (or [`Config::default`]) mirrors contacts and opportunities with the
//! Summary strategy and keeps an activity log. Secrets never live here: `GHL_API_KEY` and
//! `NOTION_TOKEN` come only from the environment, and a file that tries to set one is refused.
//!
//! ```
//! use ghl_notion::config::{Config, StrategyName};
//!
//! let config = Config::parse(r#"
//!     [[tables]]
//!     entity = "contact"
//!     strategy = "summary"
//!     fields = [
//!       { from = "name", to = "Name", kind = "title" },
//!       { from = "email", to = "Email", kind = "email" },
//!       { from = "custom.favourite_color", to = "Colour", kind = "select" },
//!     ]
//!
//!     [schedule]
//!     reconcile_every = "10m"
//! "#).unwrap();
//! assert_eq!(config.tables[0].strategy, StrategyName::Summary);
//! assert_eq!(config.schedule.reconcile_every.as_secs(), 600);
//! assert!(config.activity.enabled);
//! ```

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sync_core::projection::ValueKind;

use crate::entity::{self, EntityKind};
use crate::error::Error;

/// The default configuration file name, looked for in the working directory.
pub const DEFAULT_PATH: &str = "ghl-notion.toml";

/// Keys that would hold a secret; a configuration file containing one is refused.
const SECRET_KEYS: [&str; 8] = [
    "api_key",
    "apikey",
    "token",
    "notion_token",
    "ghl_api_key",
    "client_secret",
    "refresh_token",
    "access_token",
];

/// The whole configuration (see the [module docs](self)).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The mirrored tables; empty means the defaults ([`Config::tables_or_default`]).
    pub tables: Vec<TableConfig>,
    /// The activity log.
    pub activity: ActivityConfig,
    /// When the service reconciles and repairs.
    pub schedule: ScheduleConfig,
    /// Where the sync state lives.
    pub state: StateConfig,
    /// The webhook listener of `serve`.
    pub webhooks: WebhookConfig,
    /// The admin address of `serve`: metrics, health checks and the status page.
    pub admin: AdminConfig,
    /// GoHighLevel (non-secret settings).
    pub ghl: GhlConfig,
    /// Notion (non-secret settings).
    pub notion: NotionConfig,
    /// The engine.
    pub sync: EngineConfig,
    /// Time against a sandbox started on its own (`[sandbox] time_scale`).
    pub sandbox: SandboxSettings,
    /// The MCP server of `ghl-notion mcp` (`[mcp]`).
    pub mcp: McpConfig,
    /// Agency mode (`[agency]`): many locations, shared by several workers through Postgres.
    pub agency: AgencyConfig,
}

/// Agency mode (`[agency]`, feature `postgres`): `ghl-notion serve` syncs many locations of
/// one agency, minting each location's token from the agency token in `GHL_API_KEY`, and
/// any number of identical processes share the work through the Postgres state (see
/// `docs/scale.md` and the [`scale`](crate::scale) module).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AgencyConfig {
    /// Turns agency mode on (default off).
    pub enabled: bool,
    /// The agency's company id; `GHL_COMPANY_ID` wins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_id: Option<String>,
    /// The locations to sync; empty (the default) means every location the app is
    /// installed on (`GET /oauth/installedLocations`).
    pub locations: Vec<String>,
    /// How long a worker's claim on a location lasts without a heartbeat (default 30 s): a
    /// dead worker's locations are taken over within `lease_ttl` plus `poll_every`.
    #[serde(with = "duration_text")]
    pub lease_ttl: Duration,
    /// How often a worker renews its leases, claims free locations and reads the shared
    /// webhook inbox (default 1 s).
    #[serde(with = "duration_text")]
    pub poll_every: Duration,
    /// The most locations one worker holds (default 0: an even share of the live workers).
    pub max_locations: usize,
}

impl Default for AgencyConfig {
    fn default() -> Self {
        Self {
            enabled: false,
            company_id: None,
            locations: Vec::new(),
            lease_ttl: Duration::from_secs(30),
            poll_every: Duration::from_secs(1),
            max_locations: 0,
        }
    }
}

/// The MCP server (`[mcp]`). The bearer token that HTTP (`--listen`) requires is a secret,
/// so it is never in the file: the file names the environment variable that holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct McpConfig {
    /// The environment variable holding the HTTP bearer token (default
    /// `GHL_NOTION_MCP_TOKEN`).
    pub token_env: String,
    /// Host names (or `host:port`) HTTP requests may be addressed to, besides loopback and
    /// the `--listen` address (a guard against DNS rebinding).
    pub allowed_hosts: Vec<String>,
}

impl Default for McpConfig {
    fn default() -> Self {
        Self {
            token_env: "GHL_NOTION_MCP_TOKEN".to_owned(),
            allowed_hosts: Vec::new(),
        }
    }
}

/// How a table is mirrored.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StrategyName {
    /// Chosen fields as typed columns (the default).
    #[default]
    Summary,
    /// One light index row per record: name, id, kind, deep link.
    Reference,
}

/// One mirrored table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableConfig {
    /// The GHL record kind: `contact` or `opportunity`.
    pub entity: String,
    /// How it is mirrored.
    #[serde(default)]
    pub strategy: StrategyName,
    /// The Notion database title (default "GHL Contacts", "GHL Opportunities").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Summary only: the fields to mirror; empty means the entity's default fields.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldConfig>,
    /// Write to this existing Notion data source instead of finding one by title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_source_id: Option<String>,
}

/// One GHL field mapped to one Notion property.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldConfig {
    /// Where the value is in the GHL record: a field name (`email`), a dotted path
    /// (`contact.name`), a JSON pointer (`/contact/name`), or `custom.<key or id>` for a
    /// custom field by its key (`custom.favourite_color`) or id.
    pub from: String,
    /// The Notion property it becomes.
    pub to: String,
    /// Its Notion type: title, text, number, date, select, multi_select, url, email, phone,
    /// checkbox.
    pub kind: ValueKind,
}

impl FieldConfig {
    /// `from` → `to` as `kind`.
    pub fn new(from: &str, to: &str, kind: ValueKind) -> Self {
        Self {
            from: from.to_owned(),
            to: to.to_owned(),
            kind,
        }
    }
}

/// The activity log: one row per GHL event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ActivityConfig {
    /// Whether webhook events are logged (default true).
    pub enabled: bool,
    /// The Notion database title (default "GHL Activity Log").
    pub title: String,
}

impl Default for ActivityConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            title: "GHL Activity Log".to_owned(),
        }
    }
}

/// When `serve` works (the one-shot `sync` command ignores these).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ScheduleConfig {
    /// How often to reconcile (incremental where GHL allows it), e.g. "15m".
    #[serde(with = "duration_text")]
    pub reconcile_every: Duration,
    /// How often a reconciliation is a full pass (which also applies deletions), e.g. "24h".
    #[serde(with = "duration_text")]
    pub full_every: Duration,
    /// How often to compare Notion with the state and repair drift, e.g. "6h"; "0s" turns it
    /// off.
    #[serde(with = "duration_text")]
    pub repair_every: Duration,
}

impl Default for ScheduleConfig {
    fn default() -> Self {
        Self {
            reconcile_every: Duration::from_secs(15 * 60),
            full_every: Duration::from_secs(24 * 3600),
            repair_every: Duration::from_secs(6 * 3600),
        }
    }
}

/// Where the sync state lives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct StateConfig {
    /// The SQLite file (default `ghl-notion.sqlite`, relative to the configuration file's
    /// folder); `:memory:` keeps it in memory, forgotten at exit. With a [`url`](Self::url)
    /// it only places the files kept beside the state (the webhook journal and replay ids).
    pub path: PathBuf,
    /// A Postgres database holding the state instead of the file, e.g.
    /// `"postgres://ghl@db.internal:5432/ghl_notion"` (needs the `postgres` feature). A
    /// configuration file may not hold its password: when the file names neither `url` nor
    /// `path`, [`Config::load`] takes the whole URL from the `DATABASE_URL` environment
    /// variable instead. `Debug` shows it without a password.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<StateUrl>,
    /// The Postgres schema holding the tables (created if missing; default: the
    /// connection's `search_path`, usually `public`), so one database can serve several
    /// deployments. Only with a `url`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// How long a schema check of the Notion tables is trusted (default "24h"). A check
    /// that succeeded is kept in the state as a fingerprint of the declared columns; a start
    /// within this time whose declaration has the same fingerprint reads nothing from Notion
    /// to open the tables. A write Notion refuses as invalid re-checks its table at once.
    /// `"0s"` checks on every start, as does state kept in memory.
    #[serde(with = "duration_text")]
    pub schema_check_every: Duration,
}

impl Default for StateConfig {
    fn default() -> Self {
        Self {
            path: PathBuf::from("ghl-notion.sqlite"),
            url: None,
            schema: None,
            schema_check_every: Duration::from_secs(24 * 3600),
        }
    }
}

impl StateConfig {
    /// Whether the state is kept in memory only (no `url`, and the `:memory:` path).
    pub fn in_memory(&self) -> bool {
        self.url.is_none() && self.path.as_os_str() == ":memory:"
    }
}

/// A database connection URL: `Debug` and `Display` show it with its password replaced by
/// `***`; [`StateUrl::expose`] gives the real one to the code that connects.
#[derive(Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(transparent)]
pub struct StateUrl(String);

impl StateUrl {
    /// Wraps `url`.
    pub fn new(url: impl Into<String>) -> Self {
        Self(url.into())
    }

    /// The URL itself, password included: only for connecting.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The URL with its password replaced by `***`.
    pub fn redacted(&self) -> String {
        ghl_notion_runtime::redact::redact_db_url(&self.0)
    }

    /// Whether the URL carries a password.
    pub fn has_password(&self) -> bool {
        self.redacted() != self.0
    }
}

impl std::fmt::Debug for StateUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "StateUrl({})", self.redacted())
    }
}

impl std::fmt::Display for StateUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.redacted())
    }
}

/// The webhook listener of `serve`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WebhookConfig {
    /// Whether `serve` listens for webhooks (default true).
    pub enabled: bool,
    /// The address to listen on (default `127.0.0.1:3000`).
    pub listen: String,
    /// The public key webhooks are verified with: `ghl` (GHL's published keys, the
    /// default) or a PEM file's path.
    pub public_key: String,
    /// The journal of acknowledged events (default `ghl-notion.journal.jsonl` beside the
    /// state file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub journal: Option<PathBuf>,
}

impl Default for WebhookConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            listen: "127.0.0.1:3000".to_owned(),
            public_key: "ghl".to_owned(),
            journal: None,
        }
    }
}

/// The admin address of `serve` (`[admin]`): `/metrics`, `/healthz`, `/readyz`, `/` (the
/// status page) and `/status.json`, on a listener of its own, apart from the webhooks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AdminConfig {
    /// Whether `serve` opens it (default true).
    pub enabled: bool,
    /// The address (default `127.0.0.1:3001`: this machine only; it shows record ids and
    /// names, so put it behind your own access control before exposing it).
    pub listen: String,
    /// `/readyz` fails once reconciliation rounds have failed for this long in a row
    /// (default "30m").
    #[serde(with = "duration_text")]
    pub unready_after: Duration,
}

impl Default for AdminConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            listen: "127.0.0.1:3001".to_owned(),
            unready_after: Duration::from_secs(30 * 60),
        }
    }
}

/// GoHighLevel settings that are not secret (the API key comes from `GHL_API_KEY`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct GhlConfig {
    /// The location (sub-account); `GHL_LOCATION_ID` wins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<String>,
    /// The API base URL; `GHL_BASE_URL` wins (default GHL's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// Contacts per search page (100 to 500, default 500).
    pub page_size: u32,
}

impl Default for GhlConfig {
    fn default() -> Self {
        Self {
            location_id: None,
            base_url: None,
            page_size: 500,
        }
    }
}

/// Notion settings that are not secret (the token comes from `NOTION_TOKEN`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct NotionConfig {
    /// The page the tables live under; `NOTION_PARENT_PAGE_ID` wins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_page_id: Option<String>,
    /// The API base URL; `NOTION_BASE_URL` wins (default Notion's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
}

/// Engine settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EngineConfig {
    /// Records written at once (default 4; Notion's rate limit is the real bound).
    pub concurrency: usize,
}

impl Default for EngineConfig {
    fn default() -> Self {
        Self { concurrency: 4 }
    }
}

/// How the service's clock relates to a sandbox's (`[sandbox]`). Only for the real services
/// or a sandbox started on its own (credentials in the environment); the embedded sandbox
/// always shares its own clock.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SandboxSettings {
    /// `"auto"` (the default) or a number of seconds per real second.
    pub time_scale: TimeScale,
}

/// How fast the service's clock runs: `time_scale = "auto"` or `time_scale = 10`.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub enum TimeScale {
    /// Follow the sandbox (the default): real time against the production GHL and Notion;
    /// against any other base URL, a clock that asks `GET {GHL base}/_sandbox/info` once
    /// at start and then follows the `x-sandbox-time-scale` / `x-sandbox-now` headers of
    /// every response, so a sandbox started with `--time-scale 10` is followed with no
    /// configuration (webhook timestamps included). A server that sends no such headers
    /// leaves it on real time.
    #[default]
    Auto,
    /// Real time sped up this many times, whatever a sandbox says (`1`: real time). The
    /// wall time starts at this machine's, not the sandbox's.
    Fixed(f64),
}

impl Serialize for TimeScale {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Auto => serializer.serialize_str("auto"),
            Self::Fixed(scale) => serializer.serialize_f64(*scale),
        }
    }
}

impl<'de> Deserialize<'de> for TimeScale {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Text(String),
            Number(f64),
        }
        match Raw::deserialize(deserializer)? {
            Raw::Text(text) if text.trim().eq_ignore_ascii_case("auto") => Ok(Self::Auto),
            Raw::Text(text) => Err(serde::de::Error::custom(format!(
                "time_scale {text:?}: use \"auto\" or a number such as 10"
            ))),
            Raw::Number(scale) => Ok(Self::Fixed(scale)),
        }
    }
}

impl Config {
    /// Parses TOML text, refusing secrets, unknown keys and invalid tables.
    pub fn parse(text: &str) -> Result<Self, Error> {
        if let Ok(raw) = text.parse::<toml::Table>()
            && let Some(key) = find_secret(&raw)
        {
            return Err(Error::Config(format!(
                "the configuration sets {key:?}: secrets are read only from the environment (GHL_API_KEY, NOTION_TOKEN); remove it from the file"
            )));
        }
        let config: Self = toml::from_str(text).map_err(|e| Error::Config(e.to_string()))?;
        config.validate()?;
        if let Some(url) = config.state.url.as_ref().filter(|u| u.has_password()) {
            return Err(Error::Config(format!(
                "[state] url {url} holds a password, and a configuration file keeps no secrets: \
                 drop `url` from the file and set the whole URL in DATABASE_URL instead"
            )));
        }
        Ok(config)
    }

    /// Reads and parses `path`. A relative state path or journal is taken relative to the
    /// file's folder. When the file names neither `[state] url` nor `[state] path`, a
    /// `DATABASE_URL` in the environment (in a build with the `postgres` feature) becomes the
    /// state's `url`.
    pub fn load(path: impl AsRef<Path>) -> Result<Self, Error> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| Error::ConfigFile {
            path: path.to_owned(),
            message: format!("{e} (create one with `ghl-notion init`)"),
        })?;
        let mut config = Self::parse(&text).map_err(|e| Error::ConfigFile {
            path: path.to_owned(),
            message: match e {
                Error::Config(m) => m,
                other => other.to_string(),
            },
        })?;
        if config.state.url.is_none() && !names_a_state(&text) {
            config.state.url = state_url_from_env(std::env::var("DATABASE_URL").ok());
        }
        let dir = path.parent().unwrap_or(Path::new(""));
        if !config.state.in_memory() && config.state.path.is_relative() {
            config.state.path = dir.join(&config.state.path);
        }
        if let Some(journal) = &mut config.webhooks.journal
            && journal.is_relative()
        {
            *journal = dir.join(&*journal);
        }
        Ok(config)
    }

    /// Checks what types alone cannot: known entities, one table per entity, fields only
    /// where the strategy takes them, at most one title per table, a sane page size.
    pub fn validate(&self) -> Result<(), Error> {
        self.validate_state()?;
        self.validate_agency()?;
        let mut seen: Vec<EntityKind> = Vec::new();
        for table in &self.tables {
            let kind = table.entity_kind()?;
            if !entity::LISTABLE.contains(&kind) {
                return Err(Error::Config(format!(
                    "table entity {:?} cannot be mirrored: GHL lists only contacts and opportunities (tasks, notes and appointments reach the activity log by webhook)",
                    table.entity
                )));
            }
            if seen.contains(&kind) {
                return Err(Error::Config(format!(
                    "entity {kind} has two tables; keep one [[tables]] entry per entity"
                )));
            }
            seen.push(kind);
            if table.strategy == StrategyName::Reference && !table.fields.is_empty() {
                return Err(Error::Config(format!(
                    "the {} table uses the reference strategy, which takes no fields; remove `fields` or use strategy = \"summary\"",
                    table.entity
                )));
            }
            let titles = table
                .fields
                .iter()
                .filter(|f| f.kind == ValueKind::Title)
                .count();
            if titles > 1 {
                return Err(Error::Config(format!(
                    "the {} table maps {titles} fields to kind \"title\"; a Notion table has one title",
                    table.entity
                )));
            }
            if let Some(f) = table.fields.iter().find(|f| f.kind == ValueKind::Relation) {
                return Err(Error::Config(format!(
                    "field {:?} of the {} table: kind \"relation\" is not supported in the configuration file",
                    f.to, table.entity
                )));
            }
            let mut names: Vec<&str> = table.fields.iter().map(|f| f.to.as_str()).collect();
            names.sort_unstable();
            if let Some(w) = names.windows(2).find(|w| w[0] == w[1]) {
                return Err(Error::Config(format!(
                    "the {} table maps two fields to property {:?}",
                    table.entity, w[0]
                )));
            }
        }
        if !(100..=500).contains(&self.ghl.page_size) {
            return Err(Error::Config(format!(
                "ghl.page_size is {}; GHL pages hold 100 to 500 contacts",
                self.ghl.page_size
            )));
        }
        if self.schedule.reconcile_every.is_zero() {
            return Err(Error::Config(
                "schedule.reconcile_every must be longer than 0s".to_owned(),
            ));
        }
        if let TimeScale::Fixed(scale) = self.sandbox.time_scale
            && !(scale.is_finite() && scale > 0.0)
        {
            return Err(Error::Config(format!(
                "sandbox.time_scale is {scale}; use \"auto\" or a number above 0"
            )));
        }
        Ok(())
    }

    /// The configured tables, or the defaults when none are: contacts and opportunities,
    /// each with the Summary strategy and its default fields.
    pub fn tables_or_default(&self) -> Vec<TableConfig> {
        if !self.tables.is_empty() {
            return self.tables.clone();
        }
        entity::LISTABLE
            .iter()
            .map(|kind| TableConfig {
                entity: kind.as_str().to_owned(),
                strategy: StrategyName::Summary,
                title: None,
                fields: Vec::new(),
                data_source_id: None,
            })
            .collect()
    }

    /// The configuration as a commented `ghl-notion.toml`, as `ghl-notion init` writes it.
    /// It never contains a secret.
    pub fn to_commented_toml(&self) -> String {
        let mut out = String::from(TEMPLATE_HEAD);
        for table in self.tables_or_default() {
            let fields = if table.strategy == StrategyName::Summary {
                table.fields_or_default()
            } else {
                Vec::new()
            };
            out.push_str("\n[[tables]]\n");
            out.push_str(&format!("entity = {}\n", quote(&table.entity)));
            out.push_str(&format!(
                "strategy = {}   # summary: chosen fields as columns; reference: name, id, link\n",
                quote(match table.strategy {
                    StrategyName::Summary => "summary",
                    StrategyName::Reference => "reference",
                })
            ));
            out.push_str(&format!("title = {}\n", quote(&table.title_or_default())));
            if let Some(id) = &table.data_source_id {
                out.push_str(&format!("data_source_id = {}\n", quote(id)));
            }
            if !fields.is_empty() {
                out.push_str(
                    "# from: the GHL field (a name, a dotted path, or custom.<key> for a custom field)\n\
                     # kind: title, text, number, date, select, multi_select, url, email, phone, checkbox\n\
                     fields = [\n",
                );
                for f in fields {
                    out.push_str(&format!(
                        "  {{ from = {}, to = {}, kind = {} }},\n",
                        quote(&f.from),
                        quote(&f.to),
                        quote(kind_name(f.kind))
                    ));
                }
                out.push_str("]\n");
            }
        }
        out.push_str(&format!(
            "\n# Every GHL event (webhook) as one row of an append-only log.\n[activity]\nenabled = {}\ntitle = {}\n",
            self.activity.enabled,
            quote(&self.activity.title)
        ));
        out.push_str(&format!(
            "\n# For `ghl-notion serve`; `ghl-notion sync` runs once and ignores them.\n[schedule]\nreconcile_every = {}   # pull changes GHL's webhooks may have missed\nfull_every = {}        # a full pass: also trashes rows of deleted records\nrepair_every = {}       # compare Notion with the state and fix hand edits (\"0s\": off)\n",
            quote(&duration_text::format(self.schedule.reconcile_every)),
            quote(&duration_text::format(self.schedule.full_every)),
            quote(&duration_text::format(self.schedule.repair_every)),
        ));
        out.push_str(&format!(
            "\n# The sync state: what was written where. Keep it between runs (cron, CI cache).\n[state]\npath = {}   # \":memory:\" to forget it at exit\nschema_check_every = {}   # re-read the Notion tables' columns this often (\"0s\": every start)\n",
            quote(&self.state.path.display().to_string()),
            quote(&duration_text::format(self.state.schema_check_every))
        ));
        // A URL with a password came from the environment: it never goes into a file.
        if let Some(url) = self.state.url.as_ref().filter(|u| !u.has_password()) {
            out.push_str(&format!(
                "url = {}   # Postgres state\n",
                quote(url.expose())
            ));
            if let Some(schema) = &self.state.schema {
                out.push_str(&format!("schema = {}\n", quote(schema)));
            }
        }
        out.push_str(&format!(
            "\n[webhooks]\nenabled = {}\nlisten = {}\npublic_key = {}   # \"ghl\": GHL's published keys; or a PEM file's path\n",
            self.webhooks.enabled,
            quote(&self.webhooks.listen),
            quote(&self.webhooks.public_key)
        ));
        if let Some(journal) = &self.webhooks.journal {
            out.push_str(&format!(
                "journal = {}\n",
                quote(&journal.display().to_string())
            ));
        }
        out.push_str(&format!(
            "\n# Metrics (/metrics), health (/healthz, /readyz) and a status page (/) for `serve`.\n[admin]\nenabled = {}\nlisten = {}   # this machine only by default\nunready_after = {}   # /readyz fails after reconciliation has failed this long\n",
            self.admin.enabled,
            quote(&self.admin.listen),
            quote(&duration_text::format(self.admin.unready_after))
        ));
        out.push_str("\n# Non-secret settings; the environment (GHL_LOCATION_ID, GHL_BASE_URL,\n# NOTION_PARENT_PAGE_ID, NOTION_BASE_URL) wins over them.\n[ghl]\n");
        if let Some(id) = &self.ghl.location_id {
            out.push_str(&format!("location_id = {}\n", quote(id)));
        }
        out.push_str(&format!("page_size = {}\n", self.ghl.page_size));
        out.push_str("\n[notion]\n");
        if let Some(id) = &self.notion.parent_page_id {
            out.push_str(&format!("parent_page_id = {}\n", quote(id)));
        }
        out.push_str(&format!(
            "\n[sync]\nconcurrency = {}\n",
            self.sync.concurrency
        ));
        if let TimeScale::Fixed(scale) = self.sandbox.time_scale {
            out.push_str(&format!(
                "\n# \"auto\" (the default) follows a time-scaled sandbox's clock.\n[sandbox]\ntime_scale = {scale:?}\n"
            ));
        }
        out
    }
}

const TEMPLATE_HEAD: &str = "\
# ghl-notion configuration: which GoHighLevel records become which Notion tables.
#
# Secrets are never written here. Set them in the environment:
#   GHL_API_KEY, GHL_LOCATION_ID, NOTION_TOKEN, NOTION_PARENT_PAGE_ID
#
# `ghl-notion doctor` checks this file, the credentials and the Notion tables.
";

impl TableConfig {
    /// The entity kind, checked.
    pub fn entity_kind(&self) -> Result<EntityKind, Error> {
        entity::parse(&self.entity).ok_or_else(|| {
            Error::Config(format!(
                "unknown entity {:?}: use \"contact\" or \"opportunity\"",
                self.entity
            ))
        })
    }

    /// The Notion title: as configured, else "GHL Contacts" / "GHL Opportunities".
    pub fn title_or_default(&self) -> String {
        self.title.clone().unwrap_or_else(|| {
            let kind = entity::parse(&self.entity).unwrap_or_else(|| EntityKind::new(""));
            let plural = entity::table_id(&kind);
            let mut chars = plural.chars();
            let capital: String = chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default();
            format!("GHL {capital}")
        })
    }

    /// The configured fields, or the entity's defaults when none are configured.
    pub fn fields_or_default(&self) -> Vec<FieldConfig> {
        if !self.fields.is_empty() {
            return self.fields.clone();
        }
        default_fields(&entity::parse(&self.entity).unwrap_or_else(|| EntityKind::new("")))
    }
}

/// The fields a Summary table of `kind` mirrors by default.
pub fn default_fields(kind: &EntityKind) -> Vec<FieldConfig> {
    use ValueKind::*;
    let f = FieldConfig::new;
    match kind.as_str() {
        "contact" => vec![
            f("name", "Name", Title),
            f("email", "Email", Email),
            f("phone", "Phone", Phone),
            f("tags", "Tags", MultiSelect),
            f("companyName", "Company", Text),
            f("city", "City", Text),
            f("source", "Source", Select),
            f("dateAdded", "Added in GHL", Date),
        ],
        "opportunity" => vec![
            f("name", "Name", Title),
            f("monetaryValue", "Value", Number),
            f("status", "Status", Select),
            f("pipelineName", "Pipeline", Select),
            f("stageName", "Stage", Select),
            f("contact.name", "Contact", Text),
        ],
        _ => vec![f("name", "Name", Title)],
    }
}

fn kind_name(kind: ValueKind) -> &'static str {
    match kind {
        ValueKind::Title => "title",
        ValueKind::Text => "text",
        ValueKind::Number => "number",
        ValueKind::Date => "date",
        ValueKind::Select => "select",
        ValueKind::MultiSelect => "multi_select",
        ValueKind::Url => "url",
        ValueKind::Email => "email",
        ValueKind::Phone => "phone",
        ValueKind::Checkbox => "checkbox",
        ValueKind::Relation => "relation",
    }
}

fn quote(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

fn find_secret(table: &toml::Table) -> Option<String> {
    for (key, value) in table {
        let lower = key.to_ascii_lowercase();
        if SECRET_KEYS.contains(&lower.as_str()) {
            return Some(key.clone());
        }
        if let toml::Value::Table(inner) = value
            && let Some(found) = find_secret(inner)
        {
            return Some(format!("{key}.{found}"));
        }
    }
    None
}

/// Durations written as text: `90s`, `15m`, `6h`, `1d`, or combined (`1h30m`).
pub mod duration_text {
    use super::*;

    /// Parses `text`; `None` when it is not a duration.
    pub fn parse(text: &str) -> Option<Duration> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let mut total: u64 = 0;
        let mut number = String::new();
        for c in text.chars() {
            if c.is_ascii_digit() {
                number.push(c);
                continue;
            }
            let unit: u64 = match c {
                's' => 1,
                'm' => 60,
                'h' => 3600,
                'd' => 86_400,
                _ => return None,
            };
            let n: u64 = number.parse().ok()?;
            total = total.checked_add(n.checked_mul(unit)?)?;
            number.clear();
        }
        if !number.is_empty() {
            return None;
        }
        Some(Duration::from_secs(total))
    }

    /// Writes `d` in the largest units that divide it (`90m` → `1h30m`).
    pub fn format(d: Duration) -> String {
        let mut secs = d.as_secs();
        if secs == 0 {
            return "0s".to_owned();
        }
        let mut out = String::new();
        for (unit, name) in [(86_400, 'd'), (3600, 'h'), (60, 'm'), (1, 's')] {
            if secs >= unit {
                out.push_str(&format!("{}{name}", secs / unit));
                secs %= unit;
            }
        }
        out
    }

    pub(crate) fn serialize<S: Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format(*d))
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        let text = String::deserialize(d)?;
        parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "{text:?} is not a duration: write e.g. \"90s\", \"15m\", \"6h\", \"1d\""
            ))
        })
    }
}

/// Whether the configuration text names where the state lives (`[state] url` or `path`).
fn names_a_state(text: &str) -> bool {
    let Ok(table) = text.parse::<toml::Table>() else {
        return true;
    };
    table
        .get("state")
        .and_then(toml::Value::as_table)
        .is_some_and(|state| state.contains_key("url") || state.contains_key("path"))
}

/// `DATABASE_URL`'s value `env`, when set and this build can use it.
fn state_url_from_env(env: Option<String>) -> Option<StateUrl> {
    if !cfg!(feature = "postgres") {
        return None;
    }
    env.filter(|url| !url.trim().is_empty()).map(StateUrl::new)
}

impl Config {
    /// `[state]`: a URL is a Postgres one; a schema is a plain identifier (it applies only
    /// with a URL, which `DATABASE_URL` may give after parsing).
    fn validate_agency(&self) -> Result<(), Error> {
        let agency = &self.agency;
        if !agency.enabled {
            return Ok(());
        }
        if let Some(table) = self.tables.iter().find(|t| t.data_source_id.is_some()) {
            return Err(Error::Config(format!(
                "the {} table names a data_source_id, but in [agency] mode every location has \
                 tables of its own: remove data_source_id",
                table.entity
            )));
        }
        if agency.lease_ttl < agency.poll_every * 3 {
            return Err(Error::Config(format!(
                "[agency] lease_ttl ({}) must be at least three times poll_every ({}), so a \
                 live worker renews its leases before they lapse",
                duration_text::format(agency.lease_ttl),
                duration_text::format(agency.poll_every)
            )));
        }
        if agency.poll_every.is_zero() {
            return Err(Error::Config(
                "[agency] poll_every must be above zero".to_owned(),
            ));
        }
        Ok(())
    }

    fn validate_state(&self) -> Result<(), Error> {
        if let Some(url) = &self.state.url {
            let text = url.expose();
            let lower = text.to_ascii_lowercase();
            let is_url = lower.starts_with("postgres://") || lower.starts_with("postgresql://");
            if !is_url {
                return Err(Error::Config(format!(
                    "[state] url {url} is not a postgres:// URL"
                )));
            }
        }
        if let Some(schema) = &self.state.schema {
            let plain = schema.len() <= 63
                && schema
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
                && schema
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            if !plain {
                return Err(Error::Config(format!(
                    "[state] schema {schema:?}: use 1 to 63 of a-z, 0-9 and _, not starting with a digit"
                )));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse_and_format_as_a_table() {
        let cases = [
            ("90s", Some(90)),
            ("15m", Some(900)),
            ("6h", Some(21_600)),
            ("1d", Some(86_400)),
            ("1h30m", Some(5_400)),
            ("0s", Some(0)),
            ("", None),
            ("15", None),
            ("m", None),
            ("5w", None),
            ("-5m", None),
            ("99999999999999999999d", None),
        ];
        for (text, secs) in cases {
            assert_eq!(parse_secs(text), secs, "{text:?}");
        }
        for secs in [0, 1, 59, 60, 61, 3600, 5400, 86_400, 90_061] {
            let d = Duration::from_secs(secs);
            assert_eq!(duration_text::parse(&duration_text::format(d)), Some(d));
        }
        assert_eq!(duration_text::format(Duration::from_secs(5400)), "1h30m");
    }

    fn parse_secs(text: &str) -> Option<u64> {
        duration_text::parse(text).map(|d| d.as_secs())
    }

    #[test]
    fn an_empty_file_is_the_default_and_defaults_validate() {
        let config = Config::parse("").unwrap();
        assert_eq!(config, Config::default());
        let tables = config.tables_or_default();
        assert_eq!(tables.len(), 2);
        assert_eq!(tables[0].title_or_default(), "GHL Contacts");
        assert_eq!(tables[1].title_or_default(), "GHL Opportunities");
        assert_eq!(tables[0].fields_or_default()[0].kind, ValueKind::Title);
    }

    #[test]
    fn secrets_are_refused_wherever_they_hide() {
        for text in [
            "token = \"secret_abc\"",
            "[ghl]\napi_key = \"pit-123\"",
            "[notion]\nTOKEN = \"x\"",
            "[ghl.oauth]\nclient_secret = \"x\"",
        ] {
            let err = Config::parse(text).unwrap_err().to_string();
            assert!(err.contains("environment"), "{text}: {err}");
            assert!(
                !err.contains("pit-123") && !err.contains("secret_abc"),
                "{err}"
            );
        }
    }

    #[test]
    fn invalid_tables_name_the_fix() {
        let cases = [
            ("[[tables]]\nentity = \"invoice\"", "unknown entity"),
            ("[[tables]]\nentity = \"task\"", "cannot be mirrored"),
            (
                "[[tables]]\nentity = \"contact\"\n[[tables]]\nentity = \"contacts\"",
                "two tables",
            ),
            (
                "[[tables]]\nentity = \"contact\"\nstrategy = \"reference\"\nfields = [{from = \"a\", to = \"A\", kind = \"text\"}]",
                "takes no fields",
            ),
            (
                "[[tables]]\nentity = \"contact\"\nfields = [{from = \"a\", to = \"A\", kind = \"title\"}, {from = \"b\", to = \"B\", kind = \"title\"}]",
                "one title",
            ),
            (
                "[[tables]]\nentity = \"contact\"\nfields = [{from = \"a\", to = \"A\", kind = \"text\"}, {from = \"b\", to = \"A\", kind = \"text\"}]",
                "two fields",
            ),
            (
                "[[tables]]\nentity = \"contact\"\nfields = [{from = \"a\", to = \"A\", kind = \"relation\"}]",
                "relation",
            ),
            ("[ghl]\npage_size = 50", "page_size"),
            ("[ghl]\npage_size = 501", "page_size"),
            ("[schedule]\nreconcile_every = \"0s\"", "reconcile_every"),
            ("[schedule]\nreconcile_every = \"soon\"", "not a duration"),
            ("[bogus]\nx = 1", "unknown field"),
        ];
        for (text, wanted) in cases {
            let err = Config::parse(text).unwrap_err().to_string();
            assert!(err.contains(wanted), "{text:?}: {err}");
        }
        for ok in ["[ghl]\npage_size = 100", "[ghl]\npage_size = 500"] {
            Config::parse(ok).unwrap();
        }
    }

    #[test]
    fn the_commented_file_parses_back_to_the_same_configuration() {
        let mut config = Config::default();
        config.tables = config.tables_or_default();
        for table in &mut config.tables {
            table.fields = table.fields_or_default();
            table.title = Some(table.title_or_default());
        }
        config.tables.push(TableConfig {
            entity: "opportunity".into(),
            strategy: StrategyName::Reference,
            title: Some("Deals \"index\"".into()),
            fields: Vec::new(),
            data_source_id: Some("ds-1".into()),
        });
        config.tables.remove(1);
        config.ghl.location_id = Some("loc-1".into());
        config.notion.parent_page_id = Some("page-1".into());
        config.webhooks.journal = Some("j.jsonl".into());
        config.schedule.repair_every = Duration::ZERO;
        let text = config.to_commented_toml();
        assert!(text.contains("# "), "{text}");
        assert_eq!(Config::parse(&text).unwrap(), config, "{text}");
    }

    #[test]
    fn the_sandbox_time_scale_is_auto_or_a_positive_number() {
        let scale = |text: &str| Config::parse(text).map(|c| c.sandbox.time_scale);
        assert_eq!(scale("").ok(), Some(TimeScale::Auto));
        assert_eq!(scale("[sandbox]").ok(), Some(TimeScale::Auto));
        let cases = [
            ("\"auto\"", Some(TimeScale::Auto)),
            ("\"AUTO\"", Some(TimeScale::Auto)),
            ("10", Some(TimeScale::Fixed(10.0))),
            ("2.5", Some(TimeScale::Fixed(2.5))),
            ("1", Some(TimeScale::Fixed(1.0))),
            ("0", None),
            ("-1", None),
            ("\"fast\"", None),
            ("nan", None),
        ];
        for (value, expected) in cases {
            assert_eq!(
                scale(&format!("[sandbox]\ntime_scale = {value}\n")).ok(),
                expected,
                "{value}"
            );
        }
        let refused = scale("[sandbox]\ntime_scale = \"fast\"\n").unwrap_err();
        assert!(refused.to_string().contains("\"auto\""), "{refused}");
        let refused = scale("[sandbox]\ntime_scale = 0\n").unwrap_err();
        assert!(refused.to_string().contains("above 0"), "{refused}");
        let mut pinned = Config::default();
        pinned.sandbox.time_scale = TimeScale::Fixed(10.0);
        let text = pinned.to_commented_toml();
        assert!(text.contains("[sandbox]\ntime_scale = 10.0"), "{text}");
        assert_eq!(Config::parse(&text).unwrap().sandbox, pinned.sandbox);
        assert!(!Config::default().to_commented_toml().contains("[sandbox]"));
    }

    #[test]
    fn load_resolves_relative_paths_beside_the_file() {
        let dir = std::env::temp_dir().join(format!("ghl-notion-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("ghl-notion.toml");
        std::fs::write(
            &file,
            "[state]\npath = \"s.sqlite\"\n[webhooks]\njournal = \"j\"\n",
        )
        .unwrap();
        let config = Config::load(&file).unwrap();
        assert_eq!(config.state.path, dir.join("s.sqlite"));
        assert_eq!(config.webhooks.journal, Some(dir.join("j")));
        std::fs::write(&file, "[state]\npath = \":memory:\"\n").unwrap();
        assert!(Config::load(&file).unwrap().state.in_memory());
        let missing = Config::load(dir.join("nope.toml")).unwrap_err().to_string();
        assert!(missing.contains("ghl-notion init"), "{missing}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn defaults_are_the_documented_values() {
        let schedule = ScheduleConfig::default();
        assert_eq!(schedule.reconcile_every, Duration::from_secs(900));
        assert_eq!(schedule.full_every, Duration::from_secs(86_400));
        assert_eq!(schedule.repair_every, Duration::from_secs(21_600));
        assert_eq!(
            StateConfig::default().path,
            PathBuf::from("ghl-notion.sqlite")
        );
        assert_eq!(
            ActivityConfig::default(),
            ActivityConfig {
                enabled: true,
                title: "GHL Activity Log".to_owned()
            }
        );
        assert_eq!(
            WebhookConfig::default(),
            WebhookConfig {
                enabled: true,
                listen: "127.0.0.1:3000".to_owned(),
                public_key: "ghl".to_owned(),
                journal: None,
            }
        );
        assert_eq!(
            GhlConfig::default(),
            GhlConfig {
                location_id: None,
                base_url: None,
                page_size: 500
            }
        );
        assert_eq!(EngineConfig::default().concurrency, 4);
        assert_eq!(NotionConfig::default().parent_page_id, None);
        // An empty file gives exactly these.
        let parsed = Config::parse("").unwrap();
        assert_eq!(parsed.schedule.full_every, Duration::from_secs(86_400));
        assert_eq!(parsed.ghl.page_size, 500);
        assert!(parsed.webhooks.enabled && parsed.activity.enabled);
    }

    #[test]
    fn in_memory_means_exactly_the_memory_marker() {
        let state = |path: &str| StateConfig {
            path: PathBuf::from(path),
            ..StateConfig::default()
        };
        assert!(state(":memory:").in_memory());
        for path in ["ghl-notion.sqlite", "memory", ":memory", "dir/:memory:", ""] {
            assert!(!state(path).in_memory(), "{path:?}");
        }
        assert!(!StateConfig::default().in_memory());
    }

    #[test]
    fn default_fields_are_the_documented_columns() {
        let columns = |kind: &str| -> Vec<(String, String, ValueKind)> {
            default_fields(&EntityKind::new(kind))
                .into_iter()
                .map(|f| (f.from, f.to, f.kind))
                .collect()
        };
        let own = |list: &[(&str, &str, ValueKind)]| -> Vec<(String, String, ValueKind)> {
            list.iter()
                .map(|(f, t, k)| ((*f).to_owned(), (*t).to_owned(), *k))
                .collect()
        };
        use ValueKind::*;
        assert_eq!(
            columns("contact"),
            own(&[
                ("name", "Name", Title),
                ("email", "Email", Email),
                ("phone", "Phone", Phone),
                ("tags", "Tags", MultiSelect),
                ("companyName", "Company", Text),
                ("city", "City", Text),
                ("source", "Source", Select),
                ("dateAdded", "Added in GHL", Date),
            ])
        );
        assert_eq!(
            columns("opportunity"),
            own(&[
                ("name", "Name", Title),
                ("monetaryValue", "Value", Number),
                ("status", "Status", Select),
                ("pipelineName", "Pipeline", Select),
                ("stageName", "Stage", Select),
                ("contact.name", "Contact", Text),
            ])
        );
        for other in ["task", ""] {
            assert_eq!(columns(other), own(&[("name", "Name", Title)]), "{other:?}");
        }
    }

    #[test]
    fn tables_and_fields_fall_back_only_when_none_are_configured() {
        let table = |entity: &str, fields: Vec<FieldConfig>| TableConfig {
            entity: entity.to_owned(),
            strategy: StrategyName::Summary,
            title: None,
            fields,
            data_source_id: None,
        };
        let defaults = Config::default().tables_or_default();
        assert_eq!(
            defaults,
            vec![
                table("contact", Vec::new()),
                table("opportunity", Vec::new())
            ]
        );
        let one = vec![FieldConfig::new("email", "Mail", ValueKind::Email)];
        let config = Config {
            tables: vec![table("opportunity", one.clone())],
            ..Config::default()
        };
        assert_eq!(
            config.tables_or_default(),
            vec![table("opportunity", one.clone())]
        );
        assert_eq!(table("contact", one.clone()).fields_or_default(), one);
        let fallback = table("contacts", Vec::new()).fields_or_default();
        assert_eq!(fallback.len(), 8);
        assert_eq!(
            fallback[1],
            FieldConfig::new("email", "Email", ValueKind::Email)
        );
        assert_eq!(
            table("invoice", Vec::new()).fields_or_default(),
            vec![FieldConfig::new("name", "Name", ValueKind::Title)]
        );
        assert_eq!(table("deals", Vec::new()).title_or_default(), "GHL S");
        let mut titled = table("contact", Vec::new());
        titled.title = Some("People".to_owned());
        assert_eq!(titled.title_or_default(), "People");
    }

    #[test]
    fn durations_format_in_the_largest_units() {
        for (secs, text) in [
            (0, "0s"),
            (1, "1s"),
            (59, "59s"),
            (60, "1m"),
            (61, "1m1s"),
            (3599, "59m59s"),
            (3600, "1h"),
            (3601, "1h1s"),
            (86_399, "23h59m59s"),
            (86_400, "1d"),
            (90_061, "1d1h1m1s"),
            (172_800, "2d"),
        ] {
            assert_eq!(
                duration_text::format(Duration::from_secs(secs)),
                text,
                "{secs}"
            );
        }
        // Below a second is not written.
        assert_eq!(duration_text::format(Duration::from_millis(999)), "0s");
        assert_eq!(duration_text::format(Duration::from_millis(1500)), "1s");
    }

    #[test]
    fn durations_parse_each_unit_and_sum_them() {
        for (text, secs) in [
            ("1s", Some(1)),
            ("1m", Some(60)),
            ("1h", Some(3600)),
            ("1d", Some(86_400)),
            ("2d3h4m5s", Some(2 * 86_400 + 3 * 3600 + 4 * 60 + 5)),
            ("30m30m", Some(3600)),
            ("  15m  ", Some(900)),
            ("0h", Some(0)),
            ("007s", Some(7)),
            ("   ", None),
            ("1h30", None),
            ("h1", None),
            ("1 h", None),
            ("1H", None),
            ("1.5h", None),
            ("1ms", None),
            ("1y", None),
        ] {
            assert_eq!(parse_secs(text), secs, "{text:?}");
        }
        // The largest sum that fits, and one more.
        let max = u64::MAX.to_string();
        assert_eq!(parse_secs(&format!("{max}s")), Some(u64::MAX));
        assert_eq!(parse_secs(&format!("{max}s1s")), None);
        assert_eq!(parse_secs(&format!("{}m", u64::MAX / 60 + 1)), None);
    }

    #[test]
    fn durations_serialize_as_text() {
        let schedule = ScheduleConfig {
            reconcile_every: Duration::from_secs(90),
            full_every: Duration::from_secs(3600),
            repair_every: Duration::ZERO,
        };
        let text = toml::to_string(&schedule).unwrap();
        assert!(text.contains("reconcile_every = \"1m30s\""), "{text}");
        assert!(text.contains("full_every = \"1h\""), "{text}");
        assert!(text.contains("repair_every = \"0s\""), "{text}");
        let back: ScheduleConfig = toml::from_str(&text).unwrap();
        assert_eq!(back, schedule);
        let err = toml::from_str::<ScheduleConfig>("full_every = \"daily\"")
            .unwrap_err()
            .to_string();
        assert!(err.contains("\"daily\" is not a duration"), "{err}");
        let parsed =
            Config::parse("[schedule]\nrepair_every = \"2h\"\nfull_every = \"3d\"").unwrap();
        assert_eq!(parsed.schedule.repair_every, Duration::from_secs(7200));
        assert_eq!(parsed.schedule.full_every, Duration::from_secs(259_200));
        assert_eq!(parsed.schedule.reconcile_every, Duration::from_secs(900));
    }

    #[test]
    fn find_secret_names_the_key_where_it_is() {
        let find = |text: &str| find_secret(&text.parse::<toml::Table>().unwrap());
        assert_eq!(find(""), None);
        assert_eq!(find("title = \"x\"\ntokens = 1\nmy_token = 2"), None);
        assert_eq!(
            find("[ghl]\nlocation_id = \"x\"\n[notion]\nbase_url = \"y\""),
            None
        );
        assert_eq!(find("Api_Key = \"x\""), Some("Api_Key".to_owned()));
        assert_eq!(find("[ghl]\napikey = \"x\""), Some("ghl.apikey".to_owned()));
        assert_eq!(
            find("[a.b]\nREFRESH_TOKEN = \"x\""),
            Some("a.b.REFRESH_TOKEN".to_owned())
        );
        // A table named like a secret is refused by its own name.
        assert_eq!(
            find("[access_token]\nx = 1"),
            Some("access_token".to_owned())
        );
        for key in [
            "api_key",
            "apikey",
            "token",
            "notion_token",
            "ghl_api_key",
            "client_secret",
            "refresh_token",
            "access_token",
        ] {
            assert_eq!(find(&format!("{key} = 1")), Some(key.to_owned()), "{key}");
        }
        let err = Config::parse("[ghl]\nGHL_API_KEY = \"pit-1\"").unwrap_err();
        assert!(err.to_string().contains("\"ghl.GHL_API_KEY\""), "{err}");
        // Text that is not TOML is reported as such, not as a secret.
        let err = Config::parse("token = ").unwrap_err().to_string();
        assert!(!err.contains("environment"), "{err}");
    }

    #[test]
    fn validate_accepts_each_rule_at_its_limit() {
        let base = |toml: &str| Config::parse(toml);
        // Reference without fields, and summary with exactly one title, are fine.
        base("[[tables]]\nentity = \"contact\"\nstrategy = \"reference\"").unwrap();
        base("[[tables]]\nentity = \"opportunities\"\nfields = [{from = \"a\", to = \"A\", kind = \"title\"}, {from = \"b\", to = \"B\", kind = \"text\"}]").unwrap();
        // Fields without a title, distinct names differing by case only.
        base("[[tables]]\nentity = \"contact\"\nfields = [{from = \"a\", to = \"A\", kind = \"text\"}, {from = \"b\", to = \"a\", kind = \"text\"}]").unwrap();
        base("[[tables]]\nentity = \"contact\"\n[[tables]]\nentity = \"opportunity\"").unwrap();
        base("[schedule]\nreconcile_every = \"1s\"\nrepair_every = \"0s\"").unwrap();
        for size in [99, 501, 0] {
            let config = Config {
                ghl: GhlConfig {
                    page_size: size,
                    ..GhlConfig::default()
                },
                ..Config::default()
            };
            assert!(config.validate().is_err(), "{size}");
        }
        for size in [100, 101, 499, 500] {
            let config = Config {
                ghl: GhlConfig {
                    page_size: size,
                    ..GhlConfig::default()
                },
                ..Config::default()
            };
            config.validate().unwrap();
        }
        let mut zero = Config::default();
        zero.schedule.reconcile_every = Duration::ZERO;
        assert!(
            zero.validate()
                .unwrap_err()
                .to_string()
                .contains("reconcile_every")
        );
        zero.schedule.reconcile_every = Duration::from_millis(1);
        zero.validate().unwrap();
        // Three titles name their count.
        let err = base("[[tables]]\nentity = \"contact\"\nfields = [{from = \"a\", to = \"A\", kind = \"title\"}, {from = \"b\", to = \"B\", kind = \"title\"}, {from = \"c\", to = \"C\", kind = \"title\"}]").unwrap_err();
        assert!(err.to_string().contains("maps 3 fields"), "{err}");
    }

    #[test]
    fn the_commented_file_writes_each_setting() {
        let mut config = Config {
            tables: vec![
                TableConfig {
                    entity: "contact".into(),
                    strategy: StrategyName::Reference,
                    title: None,
                    fields: Vec::new(),
                    data_source_id: None,
                },
                TableConfig {
                    entity: "opportunity".into(),
                    strategy: StrategyName::Summary,
                    title: None,
                    fields: Vec::new(),
                    data_source_id: None,
                },
            ],
            ..Config::default()
        };
        config.activity.enabled = false;
        config.webhooks.enabled = false;
        config.sync.concurrency = 9;
        config.ghl.page_size = 250;
        config.schedule.reconcile_every = Duration::from_secs(5400);
        let text = config.to_commented_toml();
        assert!(text.starts_with("# ghl-notion configuration"), "{text}");
        for wanted in [
            "strategy = \"reference\"",
            "strategy = \"summary\"",
            "title = \"GHL Contacts\"",
            "title = \"GHL Opportunities\"",
            "{ from = \"monetaryValue\", to = \"Value\", kind = \"number\" }",
            "{ from = \"contact.name\", to = \"Contact\", kind = \"text\" }",
            "[activity]\nenabled = false\ntitle = \"GHL Activity Log\"",
            "reconcile_every = \"1h30m\"",
            "full_every = \"1d\"",
            "repair_every = \"6h\"",
            "path = \"ghl-notion.sqlite\"",
            "[webhooks]\nenabled = false\nlisten = \"127.0.0.1:3000\"",
            "page_size = 250",
            "[sync]\nconcurrency = 9",
        ] {
            assert!(text.contains(wanted), "{wanted:?} missing from:\n{text}");
        }
        // The reference table lists no fields: only the opportunity table has a list.
        assert_eq!(text.matches("fields = [").count(), 1, "{text}");
        assert!(
            !text.contains("journal") && !text.contains("location_id"),
            "{text}"
        );
        assert!(!text.contains("data_source_id") && !text.contains("parent_page_id"));
        let back = Config::parse(&text).unwrap();
        assert_eq!(back.tables[0].fields, Vec::new());
        assert_eq!(back.tables[1].fields, default_fields(&entity::OPPORTUNITY));
        assert_eq!(back.sync.concurrency, 9);
        assert!(!back.activity.enabled && !back.webhooks.enabled);
    }

    #[test]
    fn every_kind_is_written_by_its_configuration_name() {
        use ValueKind::*;
        for (kind, name) in [
            (Title, "title"),
            (Text, "text"),
            (Number, "number"),
            (Date, "date"),
            (Select, "select"),
            (MultiSelect, "multi_select"),
            (Url, "url"),
            (Email, "email"),
            (Phone, "phone"),
            (Checkbox, "checkbox"),
            (Relation, "relation"),
        ] {
            assert_eq!(kind_name(kind), name);
            let field: FieldConfig =
                toml::from_str(&format!("from = \"a\"\nto = \"A\"\nkind = {}", quote(name)))
                    .unwrap();
            assert_eq!(field.kind, kind, "{name}");
        }
        for text in ["a \"b\"", "", "it's", "back\\slash", "line\nbreak"] {
            let table: toml::Table = format!("x = {}", quote(text)).parse().unwrap();
            assert_eq!(table["x"].as_str(), Some(text), "{text:?}");
        }
    }

    #[test]
    fn load_keeps_absolute_and_memory_paths_and_names_the_file() {
        let dir =
            std::env::temp_dir().join(format!("ghl-notion-config-abs-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("ghl-notion.toml");
        let elsewhere = std::env::temp_dir().join("elsewhere");
        std::fs::write(
            &file,
            format!(
                "[state]\npath = {}\n[webhooks]\njournal = {}\n",
                quote(&elsewhere.join("s.sqlite").display().to_string()),
                quote(&elsewhere.join("j").display().to_string())
            ),
        )
        .unwrap();
        let config = Config::load(&file).unwrap();
        assert_eq!(config.state.path, elsewhere.join("s.sqlite"));
        assert_eq!(config.webhooks.journal, Some(elsewhere.join("j")));
        std::fs::write(
            &file,
            "[state]\npath = \":memory:\"\n[webhooks]\njournal = \"j\"\n",
        )
        .unwrap();
        let config = Config::load(&file).unwrap();
        assert_eq!(config.state.path, PathBuf::from(":memory:"));
        assert_eq!(config.webhooks.journal, Some(dir.join("j")));
        std::fs::write(&file, "").unwrap();
        let config = Config::load(&file).unwrap();
        assert_eq!(config.state.path, dir.join("ghl-notion.sqlite"));
        assert_eq!(config.webhooks.journal, None);
        std::fs::write(&file, "[ghl]\npage_size = 7\n").unwrap();
        match Config::load(&file).unwrap_err() {
            Error::ConfigFile { path, message } => {
                assert_eq!(path, file);
                assert!(message.contains("page_size is 7"), "{message}");
                assert!(!message.starts_with("configuration:"), "{message}");
            }
            other => panic!("{other}"),
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_postgres_url_in_the_file_keeps_no_password() {
        let config = Config::parse(
            "[state]\nurl = \"postgres://ghl@db:5432/sync\"\nschema = \"tenant_1\"\n",
        )
        .unwrap();
        let url = config.state.url.as_ref().unwrap();
        assert_eq!(url.expose(), "postgres://ghl@db:5432/sync");
        assert_eq!(config.state.schema.as_deref(), Some("tenant_1"));
        assert!(!config.state.in_memory());
        // The written file keeps the URL and schema.
        let again = Config::parse(&config.to_commented_toml()).unwrap();
        assert_eq!(again.state, config.state);

        let error = Config::parse("[state]\nurl = \"postgres://ghl:s3cret@db/sync\"\n")
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("DATABASE_URL") && !error.contains("s3cret"),
            "{error}"
        );
        let error = Config::parse("[state]\nurl = \"mysql://db/sync\"\n").unwrap_err();
        assert!(error.to_string().contains("postgres://"), "{error}");
        for bad in ["Tenant", "1a", "a-b", "a;b"] {
            let text = format!("[state]\nurl = \"postgres://db/x\"\nschema = \"{bad}\"\n");
            assert!(Config::parse(&text).is_err(), "{bad}");
        }
        // A URL with a password (from the environment) shows none in Debug or Display.
        let secret = StateUrl::new("postgres://ghl:s3cret@db/sync");
        let shown = format!("{secret:?} {secret}");
        assert!(
            !shown.contains("s3cret") && shown.contains("ghl:***@db"),
            "{shown}"
        );
        let mut from_env = Config::default();
        from_env.state.url = Some(secret);
        assert!(!from_env.to_commented_toml().contains("s3cret"));
        assert!(!format!("{from_env:?}").contains("s3cret"));
    }

    #[test]
    fn database_url_is_the_state_only_when_the_file_names_none() {
        assert!(!names_a_state(""));
        assert!(!names_a_state("[state]\nschema = \"t\"\n"));
        assert!(names_a_state("[state]\npath = \"s.sqlite\"\n"));
        assert!(names_a_state("[state]\nurl = \"postgres://db/x\"\n"));
        let env = Some("postgres://u:pw@db/x".to_owned());
        let url = state_url_from_env(env);
        assert_eq!(url.is_some(), cfg!(feature = "postgres"));
        assert_eq!(state_url_from_env(Some("  ".to_owned())), None);
        assert_eq!(state_url_from_env(None), None);
    }
}
