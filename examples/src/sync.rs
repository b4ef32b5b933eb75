//! What the sync examples share: the engine wired to GHL and Notion, the state store, the
//! strategies with their Notion tables, a progress display and the report.

use std::io::Write;
use std::sync::Arc;

use ghl_client::sync::GhlSource;
use ghl_notion_sandbox::SandboxConfig;
use notion_activity::activity::ActivityLogOptions;
use notion_activity::links::GhlLinks;
use notion_activity::sync::{MirrorOptions, NotionSink};
use sync_core::progress::Progress;
use sync_core::projection::ValueKind;
use sync_core::report::ApiStats;
use sync_core::state::SqliteStore;
use sync_core::strategy::{FieldMap, Strategy};
use sync_core::{
    Engine, EngineOptions, EntityKind, EventStreamStrategy, MemoryStore, ReferenceStrategy,
    SourceRecord, StateStore, SummaryStrategy, SyncReport,
};
use tokio::sync::broadcast;

use crate::{BoxError, GhlTarget, NotionTarget, ghl_target, notion_target};

/// Which strategies an example runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strategies {
    /// One index row per contact and opportunity.
    Reference,
    /// Chosen fields of contacts and opportunities.
    Summary,
    /// The activity log only.
    EventStream,
    /// Summary mirrors plus the activity log.
    Hybrid,
}

/// The sandbox every sync example starts when no credentials are set: a few hundred records
/// and a clock ten times faster than real time (GHL's and Notion's limits keep their shape).
pub fn sandbox_config() -> SandboxConfig {
    SandboxConfig::default()
        .with_seed(7)
        .with_contacts(120)
        .with_opportunities(40)
        .with_time_scale(10.0)
}

/// Everything a sync example runs on.
pub struct SyncApp {
    /// GHL (real, or the embedded sandbox).
    pub ghl: GhlTarget,
    /// Notion (real, or the embedded sandbox).
    pub notion: NotionTarget,
    /// The GHL source.
    pub source: Arc<GhlSource>,
    /// The Notion sink.
    pub sink: Arc<NotionSink>,
    /// The engine.
    pub engine: Arc<Engine>,
    /// Where the sync state lives, for the output.
    pub state: String,
}

const CONTACTS: &str = "contacts";
const DEALS: &str = "opportunities";
/// The table id of the activity log.
pub const ACTIVITY: &str = "activity";

fn contact_fields() -> Vec<FieldMap> {
    vec![
        FieldMap::new("name", "Name", ValueKind::Title),
        FieldMap::new("email", "Email", ValueKind::Email),
        FieldMap::new("phone", "Phone", ValueKind::Phone),
        FieldMap::new("tags", "Tags", ValueKind::MultiSelect),
        FieldMap::new("companyName", "Company", ValueKind::Text),
        FieldMap::new("city", "City", ValueKind::Text),
        FieldMap::new("source", "Source", ValueKind::Select),
        FieldMap::new("dateAdded", "Added in GHL", ValueKind::Date),
    ]
}

fn deal_fields() -> Vec<FieldMap> {
    vec![
        FieldMap::new("name", "Name", ValueKind::Title),
        FieldMap::new("monetaryValue", "Value", ValueKind::Number),
        FieldMap::new("status", "Status", ValueKind::Select),
        FieldMap::new("pipelineName", "Pipeline", ValueKind::Select),
        FieldMap::new("stageName", "Stage", ValueKind::Select),
        FieldMap::new("/contact/name", "Contact", ValueKind::Text),
    ]
}

fn summary(
    entity: EntityKind,
    table: &str,
    fields: &[FieldMap],
) -> (SummaryStrategy, MirrorOptions) {
    // The Notion sink marks its rows as owned by the sync itself ("Managed by sync").
    let mut strategy = SummaryStrategy::new().table(entity, table).marker(None);
    let mut mirror = MirrorOptions::new();
    for field in fields {
        strategy = strategy.field(field.clone());
        mirror = mirror.property(field.property.clone(), field.kind);
    }
    (strategy, mirror)
}

fn reference_mirror() -> MirrorOptions {
    MirrorOptions::new()
        .property(ReferenceStrategy::NAME, ValueKind::Title)
        .property(ReferenceStrategy::ID, ValueKind::Text)
        .property(ReferenceStrategy::KIND, ValueKind::Select)
        .property(ReferenceStrategy::LINK, ValueKind::Url)
}

/// The SQLite file named by `SYNC_STATE` (so a second run picks up where the first left off),
/// or memory.
///
/// With the embedded sandbox `SYNC_STATE` is ignored: that sandbox starts as a new world on
/// every run, so state kept from an earlier run would describe rows that no longer exist.
/// Run the sandbox binary and point the `GHL_*` and `NOTION_*` variables at it to keep both.
pub fn state_store(sandboxed: bool) -> Result<(Arc<dyn StateStore>, String), BoxError> {
    match std::env::var("SYNC_STATE") {
        Ok(_) if sandboxed => Ok((
            Arc::new(MemoryStore::new()),
            "memory (SYNC_STATE is ignored with the embedded sandbox, which starts empty each run)"
                .into(),
        )),
        Ok(path) if !path.trim().is_empty() => {
            let store = SqliteStore::open(&path)?;
            Ok((Arc::new(store), format!("SQLite file {path}")))
        }
        _ => Ok((
            Arc::new(MemoryStore::new()),
            "memory (set SYNC_STATE to keep it)".into(),
        )),
    }
}

/// Starts (or connects to) GHL and Notion and wires the engine for `strategies`.
pub async fn build(strategies: Strategies, config: SandboxConfig) -> Result<SyncApp, BoxError> {
    let ghl = ghl_target(config).await?;
    let notion = notion_target(&ghl)?;
    let location = ghl.client.location_id()?.to_string();
    let links = GhlLinks::default();
    let mut sink = NotionSink::builder(notion.client.clone(), notion.parent_page_id.clone());
    let mut list: Vec<Arc<dyn Strategy>> = Vec::new();
    match strategies {
        Strategies::Reference => {
            let link = Arc::new(move |r: &SourceRecord| match r.entity {
                EntityKind::Contact => Some(links.contact(&location, &r.id)),
                EntityKind::Opportunity => Some(links.opportunity(&location, &r.id)),
                _ => None,
            });
            list.push(Arc::new(
                ReferenceStrategy::new()
                    .table(EntityKind::Contact, CONTACTS)
                    .table(EntityKind::Opportunity, DEALS)
                    .link(link),
            ));
            sink = sink
                .mirror(CONTACTS, "GHL Contacts (reference)", reference_mirror())
                .mirror(DEALS, "GHL Opportunities (reference)", reference_mirror());
        }
        Strategies::Summary | Strategies::Hybrid => {
            let (contacts, contacts_table) =
                summary(EntityKind::Contact, CONTACTS, &contact_fields());
            let (deals, deals_table) = summary(EntityKind::Opportunity, DEALS, &deal_fields());
            list.push(Arc::new(contacts));
            list.push(Arc::new(deals));
            sink = sink
                .mirror(CONTACTS, "GHL Contacts", contacts_table)
                .mirror(DEALS, "GHL Opportunities", deals_table);
        }
        Strategies::EventStream => {}
    }
    if matches!(strategies, Strategies::EventStream | Strategies::Hybrid) {
        list.push(Arc::new(EventStreamStrategy::new(ACTIVITY)));
        sink = sink.events(ACTIVITY, ActivityLogOptions::default());
    }
    let sink = Arc::new(sink.ensure().await?);
    let source = Arc::new(GhlSource::new(ghl.client.clone()).page_size(500));
    let (store, state) = state_store(ghl.sandbox.is_some())?;
    let mut engine = Engine::builder()
        .source(source.clone())
        .sink(sink.clone())
        .store(store)
        .clock(ghl.clock.clone())
        .options(EngineOptions {
            concurrency: 4,
            ..EngineOptions::default()
        });
    for strategy in list {
        engine = engine.strategy(strategy);
    }
    Ok(SyncApp {
        engine: Arc::new(engine.build()?),
        ghl,
        notion,
        source,
        sink,
        state,
    })
}

impl SyncApp {
    /// Fills `report`'s API counters from both clients.
    pub fn api_stats(&self, report: &mut SyncReport) {
        for (api, m) in [
            ("ghl", self.ghl.client.metrics()),
            ("notion", self.notion.client.metrics()),
        ] {
            report.api_stats.insert(
                api.to_owned(),
                ApiStats {
                    requests: m.requests,
                    throttled: m.throttled,
                    retries: m.retries,
                    throttle_wait: m.throttle_wait,
                },
            );
        }
    }

    /// Prints where the example runs.
    pub fn describe(&self) {
        println!("GHL:    {}", self.ghl.describe());
        println!(
            "Notion: {}",
            if self.notion.sandboxed {
                "the embedded sandbox"
            } else {
                "your workspace"
            }
        );
        println!("state:  {}", self.state);
        if self.ghl.sandbox.is_some() {
            println!(
                "time:   the sandbox and both clients run 10× faster than real time; durations and waits below are in that time"
            );
        }
        println!();
    }
}

/// Draws progress events on one stderr line until the channel closes.
pub fn show_progress(mut events: broadcast::Receiver<Progress>) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            match events.recv().await {
                Ok(p) => {
                    let mut err = std::io::stderr().lock();
                    let _ = write!(
                        err,
                        "\r{:<12} {:<9} seen {:>5} · created {:>5} · updated {:>4} · unchanged {:>5} · trashed {:>3} · failed {:>3}",
                        p.entity.to_string(),
                        format!("{:?}", p.phase).to_lowercase(),
                        p.seen,
                        p.created,
                        p.updated,
                        p.unchanged,
                        p.trashed,
                        p.failed
                    );
                    let _ = err.flush();
                }
                Err(broadcast::error::RecvError::Lagged(_)) => {}
                Err(broadcast::error::RecvError::Closed) => break,
            }
        }
    })
}

/// Prints one report line per entity.
pub fn print_report(label: &str, report: &SyncReport) {
    eprintln!();
    println!(
        "{label:<28} {:<12} seen {:>5} · created {:>5} · updated {:>4} · unchanged {:>5} · trashed {:>3} · failed {:>3} · skipped {:>3} · {:.1?}",
        report
            .entity
            .as_ref()
            .map_or("all".to_owned(), ToString::to_string),
        report.seen,
        report.created,
        report.updated,
        report.unchanged,
        report.trashed,
        report.failed,
        report.skipped,
        report.duration
    );
    for error in report.errors.iter().take(3) {
        println!("    error: {error}");
    }
}

/// Prints the request counters of both APIs.
pub fn print_api_stats(app: &SyncApp) {
    for (api, m) in [
        ("GHL", app.ghl.client.metrics()),
        ("Notion", app.notion.client.metrics()),
    ] {
        println!(
            "{api:<7} requests {:>5} · retries {:>3} · 429s {:>3} · throttled {:>4} times ({:.1?} in all)",
            m.requests, m.retries, m.throttled, m.throttle_waits, m.throttle_wait
        );
    }
}
