//! The push side of the sync examples: the webhook receiver wired to the engine, and a
//! simulated CRM user for the embedded sandbox.

use std::sync::Arc;

use crate::BoxError;
use crate::sync::SyncApp;

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
