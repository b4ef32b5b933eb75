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

/// The webhook receiver of an example: where it listens and the task serving it.
#[derive(Debug)]
pub struct Receiver {
    /// The address it listens on.
    pub addr: std::net::SocketAddr,
    /// The journal of acknowledged events.
    pub journal: std::path::PathBuf,
    /// The serving task.
    pub task: tokio::task::JoinHandle<()>,
    /// Whether the journal belongs to this run only (the embedded sandbox's).
    ephemeral: bool,
}

/// The keys webhooks must be signed with: `GHL_WEBHOOK_PUBLIC_KEY` (PEM text or a file path)
/// when set, the embedded sandbox's own keys when it runs, GHL's published keys otherwise.
async fn webhook_keys(app: &SyncApp) -> Result<ghl_client::webhooks::WebhookKeys, BoxError> {
    use ghl_client::webhooks::WebhookKeys;
    if let Ok(value) = std::env::var("GHL_WEBHOOK_PUBLIC_KEY") {
        let value = value.trim();
        return Ok(if value.contains("-----BEGIN") {
            WebhookKeys::empty().with_pem(value)?
        } else {
            WebhookKeys::empty().with_pem_file(value)?
        });
    }
    if let Some(sandbox) = &app.ghl.sandbox {
        let pem = crate::CrmUser::new(sandbox).public_keys().await?;
        return Ok(WebhookKeys::empty().with_pem(&pem)?);
    }
    Ok(WebhookKeys::ghl())
}

/// Starts the webhook ingress on `WEBHOOK_LISTEN` (default `127.0.0.1:3000`, path
/// `/webhooks/ghl`): verified, deduplicated, journaled (`WEBHOOK_JOURNAL`, default a file in
/// the temp directory) and handed to `queue`. Events journaled by an earlier run that stopped
/// before applying them are applied first. With the embedded sandbox, its webhooks are pointed
/// here.
pub async fn start_receiver(
    app: &SyncApp,
    queue: tokio::sync::mpsc::Sender<sync_core::SourceEvent>,
) -> Result<Receiver, BoxError> {
    use ghl_client::sync::EngineInbox;
    use ghl_client::webhooks::{Ingress, Verifier};

    let journal = match std::env::var("WEBHOOK_JOURNAL") {
        Ok(path) => std::path::PathBuf::from(path),
        // The embedded sandbox is a new world each run: its journal must not outlive it.
        Err(_) if app.ghl.sandbox.is_some() => std::env::temp_dir().join(format!(
            "ghl-notion-webhook-journal-{}.jsonl",
            std::process::id()
        )),
        Err(_) => std::env::temp_dir().join("ghl-notion-webhook-journal.jsonl"),
    };
    let pending = EngineInbox::replay(&journal)?;
    if !pending.is_empty() {
        let applied = app.engine.apply_events(&pending).await?;
        println!(
            "applied {} webhook events journaled by an earlier run: {applied:?}",
            pending.len()
        );
    }
    EngineInbox::compact(&journal)?;

    let mut ingress = Ingress::builder(EngineInbox::open(&journal, queue)?)
        .verifier(Verifier::new(webhook_keys(app).await?))
        .clock(app.ghl.clock.clone());
    if let (Ok(state), None) = (std::env::var("SYNC_STATE"), &app.ghl.sandbox) {
        // Remember seen webhookIds in the sync state file, across restarts.
        let seen = ghl_client::webhooks::SqliteReplayStore::open(
            &state,
            std::time::Duration::from_secs(24 * 3600),
        )?;
        ingress = ingress.replay_store(Arc::new(seen));
    }
    let ingress = ingress.build();
    let wanted = std::env::var("WEBHOOK_LISTEN").unwrap_or_else(|_| "127.0.0.1:3000".to_owned());
    let listener = match tokio::net::TcpListener::bind(&wanted).await {
        Ok(listener) => listener,
        Err(e) if app.ghl.sandbox.is_some() && std::env::var("WEBHOOK_LISTEN").is_err() => {
            println!("{wanted} is busy ({e}); listening on a free port instead");
            tokio::net::TcpListener::bind("127.0.0.1:0").await?
        }
        Err(e) => return Err(format!("cannot listen on {wanted}: {e}").into()),
    };
    let addr = listener.local_addr()?;
    let task = tokio::spawn(async move {
        if let Err(e) = ghl_client::webhooks::serve(listener, ingress).await {
            tracing::error!(error = %e, "webhook receiver stopped");
        }
    });
    if let Some(sandbox) = &app.ghl.sandbox {
        crate::CrmUser::new(sandbox)
            .subscribe(&format!("http://{addr}/webhooks/ghl"))
            .await?;
    }
    println!("webhooks: listening on http://{addr}/webhooks/ghl");
    Ok(Receiver {
        addr,
        ephemeral: app.ghl.sandbox.is_some() && std::env::var("WEBHOOK_JOURNAL").is_err(),
        journal,
        task,
    })
}

/// Plays a CRM user for `changes` steps, one every `every` (real time): creates, edits and
/// deletes contacts, adds notes and tasks, moves and closes deals. Returns what it did.
pub async fn simulate_crm(
    app: &SyncApp,
    changes: usize,
    every: std::time::Duration,
) -> Result<Vec<String>, BoxError> {
    use ghl_client::models::contact::ContactSearch;
    use ghl_client::models::opportunity::OpportunitySearch;
    use reqwest::Method;
    use serde_json::json;

    let Some(sandbox) = &app.ghl.sandbox else {
        return Ok(Vec::new());
    };
    let crm = crate::CrmUser::new(sandbox);
    let ghl = &app.ghl.client;
    let contacts = ghl
        .contacts()
        .search(ContactSearch::new().page_limit(40))
        .await?
        .items;
    let deals = ghl
        .opportunities()
        .search(OpportunitySearch::new().limit(20))
        .await?
        .items;
    let pipelines = ghl.opportunities().pipelines().await?;
    let mut rng = fastrand::Rng::with_seed(99);
    let mut done = Vec::new();
    for step in 0..changes {
        let contact = &contacts[rng
            .usize(..contacts.len().max(1))
            .min(contacts.len().saturating_sub(1))];
        let what = match step % 7 {
            0 => {
                let answer = crm
                    .change(
                        Method::POST,
                        "/contacts",
                        json!({"firstName": "Walk-in", "lastName": format!("Lead {step}"),
                               "email": format!("walkin{step}@example.com"), "tags": ["walk-in"]}),
                    )
                    .await?;
                format!(
                    "created contact {}",
                    answer["contact"]["id"].as_str().unwrap_or("?")
                )
            }
            1 => {
                crm.change(
                    Method::PUT,
                    &format!("/contacts/{}", contact.id),
                    json!({"city": format!("Braga {step}")}),
                )
                .await?;
                format!("edited contact {}", contact.id)
            }
            2 => {
                crm.change(
                    Method::POST,
                    &format!("/contacts/{}/notes", contact.id),
                    json!({"body": format!("Called back (step {step})")}),
                )
                .await?;
                format!("noted contact {}", contact.id)
            }
            3 => {
                let due = chrono::Utc::now() + chrono::Duration::days(2);
                crm.change(
                    Method::POST,
                    &format!("/contacts/{}/tasks", contact.id),
                    json!({"title": "Send the quote", "dueDate": due.to_rfc3339(), "completed": false}),
                )
                .await?;
                format!("gave contact {} a task", contact.id)
            }
            4 if !deals.is_empty() => {
                let deal = &deals[rng.usize(..deals.len())];
                let stage = pipelines
                    .iter()
                    .find(|p| Some(&p.id) == deal.pipeline_id.as_ref())
                    .and_then(|p| p.stages.get(rng.usize(..p.stages.len().max(1))))
                    .map(|s| s.id.to_string());
                crm.change(
                    Method::PUT,
                    &format!("/opportunities/{}", deal.id),
                    json!({"pipelineStageId": stage}),
                )
                .await?;
                format!("moved deal {}", deal.id)
            }
            5 if !deals.is_empty() => {
                let deal = &deals[rng.usize(..deals.len())];
                crm.change(
                    Method::PUT,
                    &format!("/opportunities/{}", deal.id),
                    json!({"status": "won"}),
                )
                .await?;
                format!("won deal {}", deal.id)
            }
            _ => {
                crm.change(
                    Method::POST,
                    &format!("/contacts/{}/tags", contact.id),
                    json!({"tags": ["engaged"]}),
                )
                .await?;
                format!("tagged contact {}", contact.id)
            }
        };
        done.push(what);
        tokio::time::sleep(every).await;
    }
    Ok(done)
}

impl Receiver {
    /// Stops serving and empties the journal: call after the runner has shut down, which
    /// applies every event it was handed.
    pub fn close(self) -> Result<(), BoxError> {
        self.task.abort();
        if self.ephemeral {
            std::fs::remove_file(&self.journal)?;
        } else {
            ghl_client::sync::EngineInbox::compact(&self.journal)?;
        }
        Ok(())
    }
}
