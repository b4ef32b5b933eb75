//! What the doctor's probes found, turned into checks with their fixes: pure functions of
//! an answer, an error, a header or the configuration, tested as tables below.

use std::time::{Duration, SystemTime};

use crate::service::configured_webhook_keys;
use chrono::{DateTime, Utc};
use ghl_client::ApiErrorKind;
use notion_activity::ErrorCode;

use super::{Check, Report, Verdict};
use crate::config::{Config, WebhookConfig};
use crate::notion::TableCheck;
use crate::service::{
    ENV_GHL_API_KEY, ENV_GHL_LOCATION_ID, ENV_NOTION_PARENT_PAGE_ID, ENV_NOTION_TOKEN,
};

/// The environment variable that overrides `webhooks.public_key` (PEM text or a file's path).
pub use crate::service::ENV_WEBHOOK_PUBLIC_KEY;
/// A clock further off than this from GHL's is a warning.
pub const CLOCK_WARN_AFTER: Duration = Duration::from_secs(30);
/// A clock further off than this from GHL's fails: webhooks older than 5 minutes are refused.
pub const CLOCK_FAIL_AFTER: Duration = Duration::from_secs(5 * 60);

/// The names of the checks, in the order they run.
pub(super) mod names {
    pub(crate) const CONFIGURATION: &str = "configuration";
    pub(crate) const GHL_CREDENTIALS: &str = "ghl credentials";
    pub(crate) const NOTION_CREDENTIALS: &str = "notion credentials";
    pub(crate) const SHARING: &str = "notion sharing";
    /// Alone when skipped; `schema: <table title>` per table otherwise.
    pub(crate) const SCHEMA: &str = "schema";
    pub(crate) const WEBHOOK_KEY: &str = "webhook key";
    pub(crate) const CLOCK: &str = "clock skew";
}
use names::*;

pub(super) const RUN_AGAIN: &str = "then run `ghl-notion doctor` again";
const PIT_FIX: &str = "in GHL open Settings → Private Integrations, create one in this location with the scopes contacts.readonly and opportunities.readonly, and set GHL_API_KEY to its token";
const LOCATION_FIX: &str =
    "set GHL_LOCATION_ID to the location (sub-account) id: the id after /location/ in GHL's URLs";
const NOTION_TOKEN_FIX: &str = "set NOTION_TOKEN to your integration's Internal Integration Secret: https://www.notion.so/profile/integrations → the integration → Configuration";
const SHARE_FIX: &str = "share the page with your integration: open it in Notion, ••• → Connections → add the integration (and check NOTION_PARENT_PAGE_ID is that page's id: the 32 hex characters at the end of its URL)";
const CLOCK_FIX: &str = "sync this machine's clock with NTP (e.g. `timedatectl set-ntp true`): webhooks older than 5 minutes are refused, so a clock that far off refuses them all";

/// A GHL record kind the sync reads, and the scope reading it takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Area {
    Contacts,
    Opportunities,
}

impl Area {
    pub(super) fn check_name(self) -> &'static str {
        match self {
            Area::Contacts => "ghl scope: contacts",
            Area::Opportunities => "ghl scope: opportunities",
        }
    }

    pub(super) fn scope(self) -> &'static str {
        match self {
            Area::Contacts => "contacts.readonly",
            Area::Opportunities => "opportunities.readonly",
        }
    }

    pub(super) fn noun(self) -> &'static str {
        match self {
            Area::Contacts => "contacts",
            Area::Opportunities => "opportunities",
        }
    }
}

/// The configuration validates.
pub(super) fn configuration(config: &Config) -> Check {
    if let Err(e) = config.validate() {
        let fix = format!(
            "edit ghl-notion.toml as the message says (`ghl-notion init` writes a commented one), {RUN_AGAIN}"
        );
        return Check::fail(CONFIGURATION, e.to_string(), fix);
    }
    let tables: Vec<String> = config
        .tables_or_default()
        .iter()
        .map(|t| format!("{:?} ({})", t.title_or_default(), t.entity))
        .collect();
    let activity = if config.activity.enabled {
        format!("activity log {:?}", config.activity.title)
    } else {
        "no activity log".to_owned()
    };
    let detail = format!("valid: tables {}; {activity}", tables.join(", "));
    Check::pass(CONFIGURATION, detail)
}

/// The report when variables are missing (no client is built, nothing is called), or
/// `None` when every variable is there. `env` reads one variable.
pub(super) fn offline_report(
    config: &Config,
    env: &dyn Fn(&str) -> Option<String>,
) -> Option<Report> {
    let key = env(ENV_GHL_API_KEY).is_none();
    let location = env(ENV_GHL_LOCATION_ID).is_none() && config.ghl.location_id.is_none();
    let token = env(ENV_NOTION_TOKEN).is_none();
    let parent = env(ENV_NOTION_PARENT_PAGE_ID).is_none() && config.notion.parent_page_id.is_none();
    let missing: Vec<&str> = [
        (key, ENV_GHL_API_KEY),
        (location, ENV_GHL_LOCATION_ID),
        (token, ENV_NOTION_TOKEN),
        (parent, ENV_NOTION_PARENT_PAGE_ID),
    ]
    .into_iter()
    .filter_map(|(missing, name)| missing.then_some(name))
    .collect();
    if missing.is_empty() {
        return None;
    }
    let why = format!("nothing is called until {} is set", missing.join(", "));
    let skipped = |name: &str| Check::skipped(name, &why, "set the missing variables first");

    let mut ghl = (Vec::new(), Vec::new());
    if key {
        ghl.0.push(format!("{ENV_GHL_API_KEY} is not set"));
        ghl.1.push(PIT_FIX);
    }
    if location {
        ghl.0.push(format!(
            "{ENV_GHL_LOCATION_ID} is not set (nor ghl.location_id in the configuration)"
        ));
        ghl.1.push(LOCATION_FIX);
    }
    let ghl = if ghl.0.is_empty() {
        skipped(GHL_CREDENTIALS)
    } else {
        Check::fail(GHL_CREDENTIALS, ghl.0.join("; "), ghl.1.join("; "))
    };
    let notion = if token {
        let detail = format!("{ENV_NOTION_TOKEN} is not set");
        Check::fail(NOTION_CREDENTIALS, detail, NOTION_TOKEN_FIX)
    } else {
        skipped(NOTION_CREDENTIALS)
    };
    let sharing = if parent {
        Check::fail(
            SHARING,
            format!(
                "{ENV_NOTION_PARENT_PAGE_ID} is not set (nor notion.parent_page_id in the configuration)"
            ),
            format!(
                "set {ENV_NOTION_PARENT_PAGE_ID} to the id of the page the tables go under, and {SHARE_FIX}"
            ),
        )
    } else {
        skipped(SHARING)
    };
    Some(Report {
        checks: vec![
            configuration(config),
            ghl,
            notion,
            skipped(Area::Contacts.check_name()),
            skipped(Area::Opportunities.check_name()),
            sharing,
            skipped(SCHEMA),
            webhook_key(&config.webhooks, env(ENV_WEBHOOK_PUBLIC_KEY)),
            skipped(CLOCK),
        ],
    })
}

/// The report when every variable is set but the clients cannot be built from them.
pub(super) fn unresolved_report(
    config: &Config,
    error: &str,
    webhook_key_env: Option<String>,
) -> Report {
    let why = "the API clients could not be built";
    let first = "fix the ghl credentials check first";
    let mut checks = vec![
        configuration(config),
        Check::fail(
            GHL_CREDENTIALS,
            format!("could not build the clients from the environment: {error}"),
            format!(
                "check GHL_BASE_URL and NOTION_BASE_URL (unset them for the real services), {RUN_AGAIN}"
            ),
        ),
    ];
    for name in [
        NOTION_CREDENTIALS,
        Area::Contacts.check_name(),
        Area::Opportunities.check_name(),
        SHARING,
        SCHEMA,
    ] {
        checks.push(Check::skipped(name, why, first));
    }
    checks.push(webhook_key(&config.webhooks, webhook_key_env));
    checks.push(Check::skipped(CLOCK, why, first));
    Report { checks }
}

/// The GHL client has no location.
pub(super) fn no_location(e: &ghl_client::Error) -> Check {
    Check::fail(GHL_CREDENTIALS, e.to_string(), LOCATION_FIX)
}

/// GHL refused the location GET.
pub(super) fn ghl_credentials_failure(
    e: &ghl_client::Error,
    location: &str,
    base_url: &str,
) -> Check {
    let name = GHL_CREDENTIALS;
    let Some(api) = e.api() else {
        return Check::fail(
            name,
            format!("no answer from GHL at {base_url}: {e}"),
            format!(
                "check the network (or a proxy) and GHL_BASE_URL (unset it for GHL itself), {RUN_AGAIN}"
            ),
        );
    };
    match api.kind {
        ApiErrorKind::InvalidToken => Check::fail(
            name,
            format!(
                "GHL refused {ENV_GHL_API_KEY} ({}: {})",
                api.status.as_u16(),
                api.message()
            ),
            PIT_FIX,
        ),
        // Authenticated, only not allowed to read the location itself, which the sync
        // does not need.
        ApiErrorKind::MissingScope => Check::pass(
            name,
            format!(
                "{ENV_GHL_API_KEY} accepted (it may not read the location's details: no locations.readonly scope, which the sync does not need)"
            ),
        ),
        ApiErrorKind::WrongLocation => Check::fail(
            name,
            format!("{ENV_GHL_API_KEY} has no access to location {location}"),
            format!(
                "set {ENV_GHL_LOCATION_ID} to the location the token was created in, or {PIT_FIX}"
            ),
        ),
        ApiErrorKind::NotFound => Check::fail(
            name,
            format!("GHL knows no location {location}"),
            LOCATION_FIX,
        ),
        _ => Check::fail(
            name,
            format!("GHL answered: {e}"),
            format!("retry later (quote the traceId to GHL support if it persists), {RUN_AGAIN}"),
        ),
    }
}

/// Notion refused `users/me`.
pub(super) fn notion_credentials_failure(e: &notion_activity::Error, base_url: &str) -> Check {
    let name = NOTION_CREDENTIALS;
    match e.api() {
        Some(api) if api.code == ErrorCode::Unauthorized || api.status.as_u16() == 401 => {
            let detail = format!(
                "Notion refused {ENV_NOTION_TOKEN} ({} {})",
                api.status.as_u16(),
                api.code
            );
            Check::fail(name, detail, NOTION_TOKEN_FIX)
        }
        Some(_) => Check::fail(
            name,
            format!("Notion answered: {e}"),
            format!(
                "retry later (quote the request_id to Notion support if it persists), {RUN_AGAIN}"
            ),
        ),
        None => Check::fail(
            name,
            format!("no answer from Notion at {base_url}: {e}"),
            format!(
                "check the network (or a proxy) and NOTION_BASE_URL (unset it for Notion itself), {RUN_AGAIN}"
            ),
        ),
    }
}

/// GHL refused a search of `area`: a 401 "scope" answer or a 403 means a missing scope.
pub(super) fn scope_failure(area: Area, e: &ghl_client::Error) -> Check {
    let name = area.check_name();
    let scope = area.scope();
    match e.api().map(|a| (a.kind, a.status.as_u16())) {
        Some((ApiErrorKind::MissingScope, _) | (ApiErrorKind::Forbidden, 403)) => Check::fail(
            name,
            format!(
                "{ENV_GHL_API_KEY} may not read {}: it lacks the scope {scope}",
                area.noun()
            ),
            format!(
                "in GHL open Settings → Private Integrations → this integration → Scopes and add {scope} (update {ENV_GHL_API_KEY} if GHL issues a new token)"
            ),
        ),
        Some((ApiErrorKind::WrongLocation, _)) => Check::fail(
            name,
            format!(
                "{ENV_GHL_API_KEY} has no access to this location's {}",
                area.noun()
            ),
            format!("set {ENV_GHL_LOCATION_ID} to the location the token was created in"),
        ),
        Some((ApiErrorKind::InvalidToken, _)) => {
            Check::fail(name, format!("GHL refused {ENV_GHL_API_KEY}"), PIT_FIX)
        }
        _ => Check::fail(
            name,
            format!("searching {} failed: {e}", area.noun()),
            format!("retry later, {RUN_AGAIN}"),
        ),
    }
}

/// The parent page is in the trash.
pub(super) fn parent_in_trash(parent_page_id: &str) -> Check {
    Check::fail(
        SHARING,
        format!("the parent page {parent_page_id} is in Notion's trash"),
        format!("restore it from the trash, or set {ENV_NOTION_PARENT_PAGE_ID} to another page"),
    )
}

/// Notion refused to read the parent page: 404 and 403 mean it is not shared.
pub(super) fn sharing_failure(e: &notion_activity::Error, parent_page_id: &str) -> Check {
    let status = e.status().map(|s| s.as_u16());
    match (e.api().map(|a| &a.code), status) {
        (Some(ErrorCode::ObjectNotFound | ErrorCode::RestrictedResource), _)
        | (_, Some(403 | 404)) => Check::fail(
            SHARING,
            format!(
                "the integration cannot read the parent page {parent_page_id} ({ENV_NOTION_PARENT_PAGE_ID}): Notion answered {}",
                status.unwrap_or_default()
            ),
            SHARE_FIX,
        ),
        (Some(ErrorCode::ValidationError | ErrorCode::InvalidRequest), _) | (_, Some(400)) => {
            Check::fail(
                SHARING,
                format!("{ENV_NOTION_PARENT_PAGE_ID} {parent_page_id:?} is not a page id: {e}"),
                format!(
                    "set {ENV_NOTION_PARENT_PAGE_ID} to the 32 hex characters at the end of the page's URL"
                ),
            )
        }
        _ => Check::fail(
            SHARING,
            format!("reading the parent page failed: {e}"),
            format!("retry later, {RUN_AGAIN}"),
        ),
    }
}

/// A configured table no strategy can be built for.
pub(super) fn undeclarable(e: &crate::Error) -> Check {
    let fix = format!("fix the table in ghl-notion.toml, {RUN_AGAIN}");
    Check::fail(SCHEMA, e.to_string(), fix)
}

/// The tables under the parent page could not be read.
pub(super) fn unreadable_tables(e: &notion_activity::Error) -> Check {
    Check::fail(
        SCHEMA,
        format!("could not read the tables under the parent page: {e}"),
        format!("retry later, {RUN_AGAIN}"),
    )
}

/// One table compared with its declaration: conflicts fail, missing columns warn (the next
/// run adds them), a table not created yet passes.
pub(super) fn table_check(title: &str, check: &TableCheck) -> Check {
    let name = format!("{SCHEMA}: {title}");
    let missing = quoted(check.missing.iter());
    if !check.conflicts.is_empty() {
        let conflicts: Vec<String> = check
            .conflicts
            .iter()
            .map(|c| {
                format!(
                    "property {:?} is {} there, the sync wants {}",
                    c.property, c.found, c.wanted
                )
            })
            .collect();
        let mut detail = format!("Notion table {title:?}: {}", conflicts.join("; "));
        if !missing.is_empty() {
            detail.push_str(&format!("; lacks {missing} (added on the next run)"));
        }
        let columns = quoted(check.conflicts.iter().map(|c| &c.property));
        let fix = format!(
            "rename or delete the column {columns} in Notion (the next run recreates it with the right type), or map the field to another property name in ghl-notion.toml; nothing is written until then"
        );
        return Check::fail(name, detail, fix);
    }
    match &check.data_source_id {
        None => Check::pass(
            name,
            "not in Notion yet: the next run creates it under the parent page",
        ),
        Some(_) if !missing.is_empty() => Check::warn(
            name,
            format!("Notion table {title:?} lacks {missing}: added on the next run"),
            "nothing to do: the next run adds them (your own columns are left alone)",
        ),
        Some(id) => Check::pass(name, format!("matches its declaration (data source {id})")),
    }
}

/// `"A", "B"`.
fn quoted<'a>(names: impl Iterator<Item = &'a String>) -> String {
    names
        .map(|n| format!("{n:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether the webhook public key loads: `GHL_WEBHOOK_PUBLIC_KEY` (PEM text or a file's
/// path) when set, else `webhooks.public_key` (`ghl` or a PEM file's path).
pub(super) fn webhook_key(webhooks: &WebhookConfig, env_value: Option<String>) -> Check {
    let from_env = env_value.as_deref().is_some_and(|v| !v.trim().is_empty());
    if !from_env && !webhooks.enabled {
        let detail = "webhooks are off (webhooks.enabled = false): no key needed";
        return Check::pass(WEBHOOK_KEY, detail);
    }
    let (source, loaded) = configured_webhook_keys(webhooks, env_value.as_deref());
    let fix = if from_env {
        format!(
            "set {ENV_WEBHOOK_PUBLIC_KEY} to GHL's public key (PEM text, or a PEM file's path), or unset it to use webhooks.public_key"
        )
    } else {
        "set webhooks.public_key in ghl-notion.toml to \"ghl\" (GHL's published keys) or to the path of a PEM file holding an Ed25519 or RSA public key".to_owned()
    };
    match loaded {
        Ok(keys) if keys.ed25519_len() + keys.rsa_len() > 0 => {
            let (ed, rsa) = (keys.ed25519_len(), keys.rsa_len());
            let detail = format!("{source}: {ed} Ed25519 and {rsa} RSA key(s) loaded");
            Check::pass(WEBHOOK_KEY, detail)
        }
        Ok(_) => Check::fail(WEBHOOK_KEY, format!("{source}: no key loaded"), fix),
        Err(e) => Check::fail(WEBHOOK_KEY, format!("{source}: {e}"), fix),
    }
}

/// Compares GHL's `Date` header (whole seconds) with the local wall clock.
pub(super) fn clock_skew(date: Option<&str>, local: SystemTime) -> Check {
    let unreadable = "nothing to do unless webhooks are refused as too old; then sync this machine's clock with NTP";
    let Some(date) = date else {
        return Check::warn(CLOCK, "GHL's answer carried no Date header", unreadable);
    };
    let Ok(server) = DateTime::parse_from_rfc2822(date) else {
        let detail = format!("GHL's Date header {date:?} is not an HTTP date");
        return Check::warn(CLOCK, detail, unreadable);
    };
    let local: DateTime<Utc> = local.into();
    let seconds = (server.with_timezone(&Utc) - local).num_seconds();
    let off = seconds.unsigned_abs();
    let detail = match seconds {
        // The header counts whole seconds: a second either way is agreement.
        -1..=1 => "GHL's clock agrees with this machine's (to the second)".to_owned(),
        ..-1 => format!("GHL's clock is {off}s behind this machine's"),
        _ => format!("GHL's clock is {off}s ahead of this machine's"),
    };
    match skew_outcome(Duration::from_secs(off)) {
        Verdict::Pass => Check::pass(CLOCK, detail),
        Verdict::Warn => Check::warn(CLOCK, detail, CLOCK_FIX),
        Verdict::Fail => Check::fail(CLOCK, detail, CLOCK_FIX),
    }
}

/// How far off a clock may be: Warn past [`CLOCK_WARN_AFTER`], Fail past
/// [`CLOCK_FAIL_AFTER`].
pub(super) fn skew_outcome(skew: Duration) -> Verdict {
    if skew > CLOCK_FAIL_AFTER {
        Verdict::Fail
    } else if skew > CLOCK_WARN_AFTER {
        Verdict::Warn
    } else {
        Verdict::Pass
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn clock_skew_thresholds_as_a_table() {
        for (secs, outcome) in [
            (0, Verdict::Pass),
            (1, Verdict::Pass),
            (30, Verdict::Pass),
            (31, Verdict::Warn),
            (299, Verdict::Warn),
            (300, Verdict::Warn),
            (301, Verdict::Fail),
            (86_400, Verdict::Fail),
        ] {
            assert_eq!(skew_outcome(Duration::from_secs(secs)), outcome, "{secs}s");
        }
    }

    #[test]
    fn clock_skew_reads_the_date_header_both_ways() {
        let local = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let header = |offset: i64| {
            let local: DateTime<Utc> = local.into();
            let at = local + chrono::Duration::seconds(offset);
            at.format("%a, %d %b %Y %H:%M:%S GMT").to_string()
        };
        for (offset, outcome, words) in [
            (0, Verdict::Pass, "agrees"),
            (-1, Verdict::Pass, "agrees"),
            (2, Verdict::Pass, "2s ahead of"),
            (45, Verdict::Warn, "45s ahead of"),
            (-45, Verdict::Warn, "45s behind"),
            (-301, Verdict::Fail, "301s behind"),
            (600, Verdict::Fail, "600s ahead of"),
        ] {
            let check = clock_skew(Some(&header(offset)), local);
            assert_eq!(check.outcome, outcome, "{offset}: {check:?}");
            assert!(check.detail.contains(words), "{offset}: {}", check.detail);
            assert_eq!(check.fix.is_some(), outcome != Verdict::Pass);
        }
        assert_eq!(clock_skew(Some("yesterday"), local).outcome, Verdict::Warn);
        assert_eq!(clock_skew(None, local).outcome, Verdict::Warn);
    }

    fn status(code: u16) -> reqwest::StatusCode {
        reqwest::StatusCode::from_u16(code).unwrap()
    }

    fn ghl_error(code: u16, kind: ApiErrorKind, message: &str) -> ghl_client::Error {
        ghl_client::Error::Api(Box::new(ghl_client::ApiError {
            status: status(code),
            kind,
            method: "GET".into(),
            path: "/locations/{locationId}",
            messages: vec![message.into()],
            error: None,
            trace_id: None,
            retry_after: None,
            excerpt: String::new(),
        }))
    }

    fn notion_error(code: u16, error: ErrorCode) -> notion_activity::Error {
        notion_activity::Error::Api(Box::new(notion_activity::ApiError {
            status: status(code),
            code: error,
            message: "nope".into(),
            request_id: None,
            additional_data: None,
            retry_after: None,
            method: "GET".into(),
            path: "/v1/pages/{page_id}",
            from_edge: false,
            cf_ray: None,
        }))
    }

    fn fix(check: &Check) -> &str {
        check.fix.as_deref().unwrap_or_default()
    }

    #[test]
    fn ghl_failures_name_the_variable_and_the_fix() {
        let invalid = ghl_error(401, ApiErrorKind::InvalidToken, "Invalid token");
        let c = ghl_credentials_failure(&invalid, "loc-1", "http://x");
        assert_eq!(c.outcome, Verdict::Fail);
        assert!(c.detail.contains("GHL_API_KEY"), "{c:?}");
        assert!(fix(&c).contains("Private Integrations"), "{c:?}");

        let wrong = ghl_error(403, ApiErrorKind::WrongLocation, "no access to location");
        let c = ghl_credentials_failure(&wrong, "loc-1", "http://x");
        assert!(c.detail.contains("loc-1") && fix(&c).contains("GHL_LOCATION_ID"));

        let scope = ghl_error(401, ApiErrorKind::MissingScope, "not authorized for scope");
        let c = ghl_credentials_failure(&scope, "loc-1", "http://x");
        assert_eq!(c.outcome, Verdict::Pass, "the token itself was accepted");

        let forbidden = ghl_error(403, ApiErrorKind::Forbidden, "forbidden");
        for (area, e) in [(Area::Contacts, &scope), (Area::Opportunities, &forbidden)] {
            let c = scope_failure(area, e);
            assert_eq!(c.outcome, Verdict::Fail);
            assert!(c.detail.contains(area.scope()), "{c:?}");
            assert!(fix(&c).contains(area.scope()), "{c:?}");
        }
        let c = scope_failure(Area::Contacts, &invalid);
        assert!(fix(&c).contains("GHL_API_KEY"), "{c:?}");
    }

    #[test]
    fn notion_failures_name_the_variable_and_the_fix() {
        let c = notion_credentials_failure(&notion_error(401, ErrorCode::Unauthorized), "u");
        assert!(c.detail.contains("NOTION_TOKEN") && fix(&c).contains("NOTION_TOKEN"));
        for e in [
            notion_error(404, ErrorCode::ObjectNotFound),
            notion_error(403, ErrorCode::RestrictedResource),
        ] {
            let c = sharing_failure(&e, "page-1");
            assert_eq!(c.outcome, Verdict::Fail);
            assert!(c.detail.contains("page-1"), "{c:?}");
            assert!(fix(&c).contains("Connections"), "{c:?}");
        }
        let c = sharing_failure(&notion_error(400, ErrorCode::ValidationError), "x");
        assert!(c.detail.contains("not a page id"), "{c:?}");
    }

    #[test]
    fn schema_checks_read_as_pass_warn_or_fail() {
        let absent = table_check("GHL Contacts", &TableCheck::default());
        assert_eq!(absent.outcome, Verdict::Pass);
        let mut check = TableCheck {
            data_source_id: Some("ds-1".into()),
            missing: vec!["Phone".into()],
            conflicts: Vec::new(),
        };
        let warn = table_check("GHL Contacts", &check);
        assert_eq!(warn.outcome, Verdict::Warn);
        assert_eq!(warn.name, "schema: GHL Contacts");
        assert!(warn.detail.contains("\"Phone\"") && warn.detail.contains("next run"));
        check.missing.clear();
        assert_eq!(table_check("T", &check).outcome, Verdict::Pass);
        check.conflicts.push(crate::notion::Conflict {
            property: "Email".into(),
            found: "number".into(),
            wanted: "email".into(),
        });
        let fail = table_check("GHL Contacts", &check);
        assert_eq!(fail.outcome, Verdict::Fail);
        for words in ["\"GHL Contacts\"", "\"Email\"", "number", "email"] {
            assert!(fail.detail.contains(words), "{words}: {fail:?}");
        }
        assert!(fix(&fail).contains("\"Email\""));
    }

    #[test]
    fn missing_variables_fail_with_their_fix_and_skip_the_rest() {
        let env: HashMap<&str, &str> = HashMap::from([(ENV_NOTION_TOKEN, "secret_abc")]);
        let lookup = |name: &str| env.get(name).map(|v| (*v).to_owned());
        let report = offline_report(&Config::default(), &lookup).expect("variables are missing");
        let names: Vec<&str> = report.checks.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "configuration",
                "ghl credentials",
                "notion credentials",
                "ghl scope: contacts",
                "ghl scope: opportunities",
                "notion sharing",
                "schema",
                "webhook key",
                "clock skew"
            ]
        );
        let ghl = &report.checks[1];
        assert_eq!(ghl.outcome, Verdict::Fail);
        assert!(ghl.detail.contains("GHL_API_KEY") && ghl.detail.contains("GHL_LOCATION_ID"));
        assert!(fix(ghl).contains("Private Integrations"));
        let notion = &report.checks[2];
        assert_eq!(notion.outcome, Verdict::Warn, "the token is set");
        assert!(notion.detail.starts_with("skipped: "), "{notion:?}");
        assert_eq!(report.checks[5].outcome, Verdict::Fail);
        assert!(report.checks[5].detail.contains("NOTION_PARENT_PAGE_ID"));
        assert_eq!(report.checks[7].outcome, Verdict::Pass, "GHL's keys load");
        assert!(report.checks.iter().all(|c| c.passed() || c.fix.is_some()));
        assert!(!report.passed());

        let mut config = Config::default();
        config.ghl.location_id = Some("loc-1".into());
        config.notion.parent_page_id = Some("page-1".into());
        let only_secrets = |name: &str| {
            [ENV_GHL_API_KEY, ENV_NOTION_TOKEN]
                .contains(&name)
                .then(|| format!("value of {name}"))
        };
        assert!(offline_report(&config, &only_secrets).is_none());
        assert!(offline_report(&Config::default(), &only_secrets).is_some());
    }

    #[test]
    fn webhook_keys_load_from_the_environment_the_file_or_ghl() {
        let mut webhooks = WebhookConfig::default();
        assert_eq!(webhook_key(&webhooks, None).outcome, Verdict::Pass);
        let bad = webhook_key(&webhooks, Some("/nonexistent/key.pem".into()));
        assert_eq!(bad.outcome, Verdict::Fail);
        assert!(bad.detail.contains(ENV_WEBHOOK_PUBLIC_KEY) && bad.fix.is_some());
        let pem = ghl_client::webhooks::keys::GHL_ED25519_PUBLIC_KEY_PEM.to_owned();
        assert_eq!(webhook_key(&webhooks, Some(pem)).outcome, Verdict::Pass);
        webhooks.public_key = "/nonexistent/key.pem".into();
        let bad = webhook_key(&webhooks, None);
        assert_eq!(bad.outcome, Verdict::Fail);
        assert!(bad.detail.contains("webhooks.public_key"), "{bad:?}");
        webhooks.enabled = false;
        assert_eq!(webhook_key(&webhooks, None).outcome, Verdict::Pass);
    }

    #[test]
    fn reports_serialize_in_snake_case_and_redact_secrets() {
        let check = Check::fail("x", "token pit-12345 refused", "set GHL_API_KEY");
        let report = Report {
            checks: vec![check],
        }
        .redacted(&["pit-12345".into()]);
        let json = serde_json::to_string(&report).unwrap();
        assert!(json.contains("\"outcome\":\"fail\""), "{json}");
        assert!(!json.contains("pit-12345"), "{json}");
        assert!(!report.passed());
        assert!(Report::default().passed());
    }
}
