//! `doctor`: checks everything a sync needs, one line per check, each with its fix.
//!
//! [`diagnose`] reads the environment as [`SyncService`](crate::SyncService) does and checks,
//! in order: the configuration; that GHL accepts `GHL_API_KEY` and Notion accepts
//! `NOTION_TOKEN`; that the token may read contacts and opportunities (its scopes); that the
//! integration can read the parent page (`NOTION_PARENT_PAGE_ID`); that every existing
//! Notion table agrees with its declaration (schema drift, read only); that the webhook
//! public key loads; and that this machine's clock agrees with GHL's. Nothing is written.
//!
//! Checks are independent: one that fails does not hide the others, unless it makes them
//! meaningless, in which case they report `skipped: <why>` as a warning. No text of the
//! report ever holds a secret. This file runs the probes; `doctor/advice.rs` turns what they
//! found into checks (pure functions, tested as tables).
//!
//! ```no_run
//! use ghl_notion::doctor::{Verdict, diagnose};
//!
//! # async fn run(config: ghl_notion::Config) {
//! let report = diagnose(&config).await;
//! for check in &report.checks {
//!     println!("{:?} {}: {}", check.outcome, check.name, check.detail);
//!     if let Some(fix) = &check.fix {
//!         println!("    fix: {fix}");
//!     }
//! }
//! assert_eq!(report.passed(), report.checks.iter().all(|c| c.outcome != Verdict::Fail));
//! # }
//! ```

mod advice;

use ghl_client::GhlClient;
use notion_activity::{NotionClient, PageId};
use serde::{Deserialize, Serialize};
use sync_core::TableId;

use crate::config::Config;
use crate::entity;
use crate::notion::NotionSink;
use crate::service::{ENV_GHL_API_KEY, ENV_NOTION_TOKEN, built_in_strategy};
use advice::{Area, names};

pub use advice::{CLOCK_FAIL_AFTER, CLOCK_WARN_AFTER, ENV_WEBHOOK_PUBLIC_KEY};

/// How a check came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// All good.
    Pass,
    /// Works, but deserves a look (or was skipped because another check failed).
    Warn,
    /// The sync will not work until this is fixed.
    Fail,
}

/// One check: what was looked at, how it came out, and how to fix it when it did not pass.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    /// Short and stable, e.g. `ghl credentials`, `schema: GHL Contacts`.
    pub name: String,
    /// How it came out.
    pub outcome: Verdict,
    /// What was found, in one line.
    pub detail: String,
    /// What to do about it; always set when the check did not pass.
    pub fix: Option<String>,
}

impl Check {
    fn pass(name: impl Into<String>, detail: impl Into<String>) -> Self {
        Self::new(name, Verdict::Pass, detail, None)
    }

    fn warn(name: impl Into<String>, detail: impl Into<String>, fix: impl Into<String>) -> Self {
        Self::new(name, Verdict::Warn, detail, Some(fix.into()))
    }

    fn fail(name: impl Into<String>, detail: impl Into<String>, fix: impl Into<String>) -> Self {
        Self::new(name, Verdict::Fail, detail, Some(fix.into()))
    }

    /// A check another one made meaningless: a warning saying why, and what to do first.
    fn skipped(name: impl Into<String>, why: &str, first: &str) -> Self {
        Self::warn(
            name,
            format!("skipped: {why}"),
            format!("{first}, {}", advice::RUN_AGAIN),
        )
    }

    fn new(
        name: impl Into<String>,
        outcome: Verdict,
        detail: impl Into<String>,
        fix: Option<String>,
    ) -> Self {
        Self {
            name: name.into(),
            outcome,
            detail: detail.into(),
            fix,
        }
    }

    fn passed(&self) -> bool {
        self.outcome == Verdict::Pass
    }
}

/// Every check, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// The checks, in the order they ran.
    pub checks: Vec<Check>,
}

impl Report {
    /// Whether no check failed (warnings pass).
    pub fn passed(&self) -> bool {
        self.checks.iter().all(|c| c.outcome != Verdict::Fail)
    }

    /// Removes `secrets` (and anything shaped like a token) from every text.
    fn redacted(mut self, secrets: &[String]) -> Self {
        let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
        let clean = |text: &str| ghl_notion_runtime::redact::redact(text, &secrets);
        for check in &mut self.checks {
            check.detail = clean(&check.detail);
            check.fix = check.fix.as_deref().map(clean);
        }
        self
    }
}

/// Checks the configuration, the environment's credentials and what they reach. Without
/// credentials it reports the missing variables as failures (it never starts the embedded
/// sandbox).
pub async fn diagnose(config: &Config) -> Report {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    let secrets: Vec<String> = [ENV_GHL_API_KEY, ENV_NOTION_TOKEN]
        .into_iter()
        .filter_map(env)
        .collect();
    let report = match advice::offline_report(config, &env) {
        Some(report) => report,
        None => match crate::service::remote(config, crate::service::service_clock(config).await) {
            Ok(r) => diagnose_with(config, r.ghl, r.notion, r.parent_page_id).await,
            Err(e) => {
                advice::unresolved_report(config, &e.to_string(), env(ENV_WEBHOOK_PUBLIC_KEY))
            }
        },
    };
    report.redacted(&secrets)
}

/// [`diagnose`] with clients of your own (tests, embedders, another GHL or Notion).
pub async fn diagnose_with(
    config: &Config,
    ghl: GhlClient,
    notion: NotionClient,
    parent_page_id: String,
) -> Report {
    let ghl_first = "fix the ghl credentials check first";
    let notion_first = "fix the notion credentials check first";
    let mut checks = vec![advice::configuration(config)];
    let config_ok = checks[0].passed();

    let (ghl_check, date) = ghl_credentials(&ghl).await;
    let ghl_ok = ghl_check.passed();
    checks.push(ghl_check);
    let notion_check = notion_credentials(&notion).await;
    let notion_ok = notion_check.passed();
    checks.push(notion_check);

    for area in [Area::Contacts, Area::Opportunities] {
        checks.push(if ghl_ok {
            scope(&ghl, area).await
        } else {
            Check::skipped(area.check_name(), "GHL did not accept the token", ghl_first)
        });
    }

    let sharing = if notion_ok {
        sharing(&notion, &parent_page_id).await
    } else {
        let why = "Notion did not accept the token";
        Check::skipped(names::SHARING, why, notion_first)
    };
    let sharing_ok = sharing.passed();
    checks.push(sharing);

    let schema_skipped = if !config_ok {
        let first = "fix the configuration check first";
        Some(("the configuration is invalid", first))
    } else if !notion_ok {
        Some(("Notion did not accept the token", notion_first))
    } else if !sharing_ok {
        let first = "fix the notion sharing check first";
        Some(("the parent page is not readable", first))
    } else {
        None
    };
    match schema_skipped {
        Some((why, first)) => checks.push(Check::skipped(names::SCHEMA, why, first)),
        None => checks.extend(schema(config, &ghl, notion, parent_page_id).await),
    }

    let key = std::env::var(ENV_WEBHOOK_PUBLIC_KEY).ok();
    checks.push(advice::webhook_key(&config.webhooks, key));
    checks.push(match date {
        Some(date) => advice::clock_skew(date.as_deref(), ghl.clock().wall()),
        None => Check::skipped(
            names::CLOCK,
            "no answer from GHL to read its clock from",
            ghl_first,
        ),
    });
    Report { checks }.redacted(&[])
}

/// GETs the location: the token's cheapest proof. Also returns, when GHL answered, its
/// `Date` header (`Some(None)` for an answer without one).
pub(crate) async fn ghl_credentials(ghl: &GhlClient) -> (Check, Option<Option<String>>) {
    let location = match ghl.location_id() {
        Ok(l) => l.to_string(),
        Err(e) => return (advice::no_location(&e), None),
    };
    let path = format!("/locations/{}", ghl_client::request::segment(&location));
    let request = ghl_client::Request::get("/locations/{locationId}", path).resource(&location);
    match ghl.send_raw(request).await {
        Ok(raw) => {
            let date = raw.headers.get("date").and_then(|v| v.to_str().ok());
            let name = serde_json::from_slice::<serde_json::Value>(&raw.body)
                .ok()
                .and_then(|b| b["location"]["name"].as_str().map(str::to_owned));
            let detail = match name {
                Some(name) => {
                    format!("{ENV_GHL_API_KEY} accepted for location {name:?} ({location})")
                }
                None => format!("{ENV_GHL_API_KEY} accepted for location {location}"),
            };
            let check = Check::pass(names::GHL_CREDENTIALS, detail);
            (check, Some(date.map(str::to_owned)))
        }
        Err(e) => {
            let base = &ghl.config().base_url;
            (advice::ghl_credentials_failure(&e, &location, base), None)
        }
    }
}

/// `users/me`: the cheapest Notion call that needs a valid token.
pub(crate) async fn notion_credentials(notion: &NotionClient) -> Check {
    match notion.me().await {
        Ok(me) => {
            let who = me
                .name
                .map(|n| format!(" (integration {n:?})"))
                .unwrap_or_default();
            let detail = format!("{ENV_NOTION_TOKEN} accepted{who}");
            Check::pass(names::NOTION_CREDENTIALS, detail)
        }
        Err(e) => advice::notion_credentials_failure(&e, &notion.config().base_url),
    }
}

/// Searches `area` with the smallest page.
async fn scope(ghl: &GhlClient, area: Area) -> Check {
    use ghl_client::models::contact::ContactSearch;
    use ghl_client::models::opportunity::OpportunitySearch;
    let total = match area {
        Area::Contacts => {
            let search = ContactSearch::new().page_limit(1);
            ghl.contacts().search(search).await.map(|p| p.total)
        }
        Area::Opportunities => {
            let search = OpportunitySearch::new().limit(1);
            ghl.opportunities().search(search).await.map(|p| p.total)
        }
    };
    match total {
        Ok(total) => {
            let count = total
                .map(|t| format!(" ({t} in the location)"))
                .unwrap_or_default();
            Check::pass(
                area.check_name(),
                format!("{} readable{count}", area.noun()),
            )
        }
        Err(e) => advice::scope_failure(area, &e),
    }
}

/// Reads the parent page.
async fn sharing(notion: &NotionClient, parent_page_id: &str) -> Check {
    match notion.retrieve_page(&PageId::from(parent_page_id)).await {
        Ok(page) if page.in_trash() => advice::parent_in_trash(parent_page_id),
        Ok(_) => Check::pass(
            names::SHARING,
            format!("the integration can read the parent page {parent_page_id}"),
        ),
        Err(e) => advice::sharing_failure(&e, parent_page_id),
    }
}

/// Compares every configured table that exists in Notion with its declaration, declared as
/// [`SyncServiceBuilder::build`](crate::SyncServiceBuilder::build) declares it. The
/// activity log is not compared: its columns are only ever added.
async fn schema(
    config: &Config,
    ghl: &GhlClient,
    notion: NotionClient,
    parent: String,
) -> Vec<Check> {
    let location = ghl.location_id().map(|l| l.to_string()).unwrap_or_default();
    let mut sink = NotionSink::builder(notion, parent);
    for table in config.tables_or_default() {
        let declared = table.entity_kind().and_then(|kind| {
            let strategy = built_in_strategy(&table, &kind, &location)?;
            Ok((TableId(entity::table_id(&kind)), strategy))
        });
        match declared {
            Ok((id, strategy)) => {
                sink = sink.strategy_table(strategy.as_ref(), id, table.title_or_default());
            }
            Err(e) => return vec![advice::undeclarable(&e)],
        }
    }
    match sink.check().await {
        Ok(tables) => tables
            .iter()
            .map(|(title, check)| advice::table_check(title, check))
            .collect(),
        Err(e) => vec![advice::unreadable_tables(&e)],
    }
}
