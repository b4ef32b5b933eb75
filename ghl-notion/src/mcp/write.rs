//! The write tools, offered only with `--allow-writes`. Each takes `dry_run` (default true):
//! a dry run returns the action and the request body it would send and writes nothing. A
//! real write goes through the location's GHL client once (creates are never retried on an
//! unknown outcome, by the client's policy) and is then logged to that location's Notion
//! activity log with the actor [`ACTOR`](super::ACTOR).

use chrono::{DateTime, Utc};
use ghl_client::ids::{ContactId, OpportunityId, PipelineId, PipelineStageId};
use ghl_client::models::contact::{NewContact, UpdateContact};
use ghl_client::models::note::NewNote;
use ghl_client::models::opportunity::UpdateOpportunity;
use ghl_client::models::task::NewTask;
use rmcp::handler::server::wrapper::Parameters;
use rmcp::{ErrorData, Json, tool, tool_router};
use serde_json::{Value, json};
use sync_core::{EntityKind, EventKind, SourceEvent};

use super::convert::plan_out;
use super::errors::{bad_argument, tool_error};
use super::types::*;
use super::{ACTOR, GhlMcp, is_dry_run};
use crate::entity;
use crate::{SyncMode, SyncService};

fn body(value: &impl serde::Serialize) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

fn dry(action: String, request: Value, record_id: Option<String>) -> Json<WriteOut> {
    Json(WriteOut {
        dry_run: true,
        action,
        request,
        record_id,
        logged: false,
    })
}

/// A unique event id for a write made here.
fn event_id(service: &SyncService) -> String {
    let now = DateTime::<Utc>::from(service.clock().wall());
    format!(
        "assistant-{}-{:016x}",
        now.timestamp_millis(),
        fastrand::u64(..)
    )
}

impl GhlMcp {
    /// Logs a real write in `location` to that location's activity log (and, for a mirrored
    /// record, brings its row up to date). A write that succeeded in GHL stays a success
    /// when the log fails, or when the location's log is not this server's (another
    /// location outside agency mode): the answer says `logged: false` and why goes to the
    /// log on stderr.
    async fn log_write(
        &self,
        location: Option<&str>,
        entity: EntityKind,
        record_id: &str,
        kind: EventKind,
        payload: Value,
    ) -> bool {
        match self.service_for(location).await {
            Ok(service) => log_to(&service, entity, record_id, kind, payload).await,
            Err(e) => {
                tracing::warn!(error = %e.message, record = record_id, "the write was made but not logged: the location's activity log is not this server's");
                false
            }
        }
    }
}

/// Logs a real write to `service`'s activity log; see [`GhlMcp::log_write`].
async fn log_to(
    service: &SyncService,
    entity: EntityKind,
    record_id: &str,
    kind: EventKind,
    payload: Value,
) -> bool {
    let mut event = SourceEvent::new(event_id(service), entity, record_id, kind);
    event.actor = Some(ACTOR.to_owned());
    event.occurred_at = Some(DateTime::<Utc>::from(service.clock().wall()));
    event.payload = Some(payload);
    match service.engine().apply_event(&event).await {
        Ok(applied) => applied.logged > 0,
        Err(e) => {
            tracing::warn!(error = %e, record = record_id, "the write was made but not logged to the activity log");
            false
        }
    }
}

#[tool_router(router = write_tools, vis = "pub(crate)")]
impl GhlMcp {
    /// Create a contact. dry_run (default true) only shows the request.
    #[tool(annotations(read_only_hint = false, destructive_hint = false))]
    async fn create_contact(
        &self,
        Parameters(input): Parameters<CreateContactInput>,
    ) -> Result<Json<WriteOut>, ErrorData> {
        let client = self.client_for(input.location.as_deref())?;
        if input.first_name.is_none()
            && input.last_name.is_none()
            && input.email.is_none()
            && input.phone.is_none()
        {
            return Err(bad_argument(
                "email",
                "give at least one of first_name, last_name, email, phone",
            ));
        }
        let contact = NewContact {
            first_name: input.first_name,
            last_name: input.last_name,
            email: input.email,
            phone: input.phone,
            company_name: input.company_name,
            tags: input.tags,
            ..NewContact::new()
        };
        let request = body(&contact);
        let action = "create contact".to_owned();
        if is_dry_run(input.dry_run) {
            return Ok(dry(action, request, None));
        }
        let created = client
            .contacts()
            .create(contact)
            .await
            .map_err(|e| tool_error(&e))?;
        let id = created.id.to_string();
        let logged = self
            .log_write(
                input.location.as_deref(),
                entity::CONTACT,
                &id,
                EventKind::Created,
                request.clone(),
            )
            .await;
        Ok(Json(WriteOut {
            dry_run: false,
            action: format!("created contact {id}"),
            request,
            record_id: Some(id),
            logged,
        }))
    }

    /// Update a contact's name, email or phone (only the fields given change). dry_run
    /// (default true) only shows the request.
    #[tool(annotations(
        read_only_hint = false,
        destructive_hint = false,
        idempotent_hint = true
    ))]
    async fn update_contact(
        &self,
        Parameters(input): Parameters<UpdateContactInput>,
    ) -> Result<Json<WriteOut>, ErrorData> {
        let client = self.client_for(input.location.as_deref())?;
        let update = UpdateContact {
            first_name: input.first_name,
            last_name: input.last_name,
            email: input.email,
            phone: input.phone,
            ..UpdateContact::new()
        };
        if update == UpdateContact::new() {
            return Err(bad_argument(
                "id",
                "nothing to change: give first_name, last_name, email or phone",
            ));
        }
        let request = body(&update);
        let action = format!("update contact {}", input.id);
        if is_dry_run(input.dry_run) {
            return Ok(dry(action, request, Some(input.id)));
        }
        let updated = client
            .contacts()
            .update(&ContactId::from(input.id), update)
            .await
            .map_err(|e| tool_error(&e))?;
        let id = updated.id.to_string();
        let logged = self
            .log_write(
                input.location.as_deref(),
                entity::CONTACT,
                &id,
                EventKind::Updated,
                request.clone(),
            )
            .await;
        Ok(Json(WriteOut {
            dry_run: false,
            action: format!("updated contact {id}"),
            request,
            record_id: Some(id),
            logged,
        }))
    }

    /// Add a note to a contact. dry_run (default true) only shows the request.
    #[tool(annotations(read_only_hint = false, destructive_hint = false))]
    async fn add_note(
        &self,
        Parameters(input): Parameters<AddNoteInput>,
    ) -> Result<Json<WriteOut>, ErrorData> {
        let client = self.client_for(input.location.as_deref())?;
        if input.body.trim().is_empty() {
            return Err(bad_argument("body", "empty"));
        }
        let note = NewNote::new(input.body);
        let request = body(&note);
        let action = format!("add a note to contact {}", input.contact_id);
        if is_dry_run(input.dry_run) {
            return Ok(dry(action, request, None));
        }
        let contact = ContactId::from(input.contact_id);
        let created = client
            .notes()
            .create(&contact, note)
            .await
            .map_err(|e| tool_error(&e))?;
        let id = created.id.to_string();
        let payload = json!({"contactId": contact.to_string(), "note": request});
        let logged = self
            .log_write(
                input.location.as_deref(),
                entity::NOTE,
                &id,
                EventKind::Created,
                payload,
            )
            .await;
        Ok(Json(WriteOut {
            dry_run: false,
            action: format!("added note {id} to contact {contact}"),
            request,
            record_id: Some(id),
            logged,
        }))
    }

    /// Add a task to a contact. dry_run (default true) only shows the request.
    #[tool(annotations(read_only_hint = false, destructive_hint = false))]
    async fn add_task(
        &self,
        Parameters(input): Parameters<AddTaskInput>,
    ) -> Result<Json<WriteOut>, ErrorData> {
        let client = self.client_for(input.location.as_deref())?;
        if input.title.trim().is_empty() {
            return Err(bad_argument("title", "empty"));
        }
        let due = DateTime::parse_from_rfc3339(&input.due)
            .map_err(|_| bad_argument("due", "not an RFC 3339 instant (2026-12-24T09:00:00Z)"))?
            .with_timezone(&Utc);
        let mut task = NewTask::new(input.title, due);
        task.body = input.body;
        let request = body(&task);
        let action = format!("add a task to contact {}", input.contact_id);
        if is_dry_run(input.dry_run) {
            return Ok(dry(action, request, None));
        }
        let contact = ContactId::from(input.contact_id);
        let created = client
            .tasks()
            .create(&contact, task)
            .await
            .map_err(|e| tool_error(&e))?;
        let id = created.id.to_string();
        let payload = json!({"contactId": contact.to_string(), "task": request});
        let logged = self
            .log_write(
                input.location.as_deref(),
                entity::TASK,
                &id,
                EventKind::Created,
                payload,
            )
            .await;
        Ok(Json(WriteOut {
            dry_run: false,
            action: format!("added task {id} to contact {contact}"),
            request,
            record_id: Some(id),
            logged,
        }))
    }

    /// Move an opportunity to another stage (list_pipelines lists the stages). dry_run
    /// (default true) reads the opportunity and only shows the move.
    #[tool(annotations(
        read_only_hint = false,
        destructive_hint = false,
        idempotent_hint = true
    ))]
    async fn move_opportunity(
        &self,
        Parameters(input): Parameters<MoveOpportunityInput>,
    ) -> Result<Json<WriteOut>, ErrorData> {
        let client = self.client_for(input.location.as_deref())?;
        let id = OpportunityId::from(input.id);
        let current = client
            .opportunities()
            .get(&id)
            .await
            .map_err(|e| tool_error(&e))?;
        let from = current
            .pipeline_stage_id
            .as_ref()
            .map_or_else(|| "no stage".to_owned(), |s| format!("stage {s}"));
        let update = UpdateOpportunity {
            pipeline_stage_id: Some(PipelineStageId::from(input.stage_id.clone())),
            pipeline_id: Some(
                input
                    .pipeline_id
                    .map(PipelineId::from)
                    .or(current.pipeline_id)
                    .ok_or_else(|| {
                        bad_argument("pipeline_id", "the opportunity has no pipeline: give one")
                    })?,
            ),
            ..UpdateOpportunity::new()
        };
        let request = body(&update);
        let action = format!(
            "move opportunity {id} from {from} to stage {}",
            input.stage_id
        );
        if is_dry_run(input.dry_run) {
            return Ok(dry(action, request, Some(id.to_string())));
        }
        let moved = client
            .opportunities()
            .update(&id, update)
            .await
            .map_err(|e| tool_error(&e))?;
        let logged = self
            .log_write(
                input.location.as_deref(),
                entity::OPPORTUNITY,
                moved.id.as_str(),
                EventKind::Other("stage_changed".to_owned()),
                request.clone(),
            )
            .await;
        Ok(Json(WriteOut {
            dry_run: false,
            action: action.replacen("move", "moved", 1),
            request,
            record_id: Some(moved.id.to_string()),
            logged,
        }))
    }

    /// Run a sync pass to Notion. dry_run (default true) only returns the plan.
    #[tool(annotations(read_only_hint = false, destructive_hint = false))]
    async fn run_sync(
        &self,
        Parameters(input): Parameters<RunSyncInput>,
    ) -> Result<Json<RunSyncOut>, ErrorData> {
        let location = input.location.as_deref();
        self.client_for(location)?;
        if is_dry_run(input.dry_run) {
            let service = self.service_for(location).await?;
            let plan = service.plan().await.map_err(|e| tool_error(&e))?;
            return Ok(Json(RunSyncOut {
                dry_run: true,
                plan: Some(plan_out(&plan)),
                report: None,
            }));
        }
        let mode = if input.full.unwrap_or(false) {
            SyncMode::Full
        } else {
            SyncMode::Incremental
        };
        let out = self
            .with_sync_lease(location, move |service| async move {
                let report = service.run_once(mode).await.map_err(|e| tool_error(&e))?;
                let sum = |f: fn(&sync_core::report::SyncReport) -> u64| {
                    report.entities.iter().map(f).sum()
                };
                let mut out = SyncRunOut {
                    seen: sum(|r| r.seen),
                    created: sum(|r| r.created),
                    updated: sum(|r| r.updated),
                    trashed: sum(|r| r.trashed),
                    failed: report.failed(),
                    complete: report.complete,
                    logged: false,
                };
                let payload = body(&json!({
                    "mode": mode,
                    "seen": out.seen,
                    "created": out.created,
                    "updated": out.updated,
                    "trashed": out.trashed,
                    "failed": out.failed,
                }));
                out.logged = log_to(
                    &service,
                    EntityKind::new("sync"),
                    "run",
                    EventKind::Other("sync_run".to_owned()),
                    payload,
                )
                .await;
                Ok(out)
            })
            .await?;
        Ok(Json(RunSyncOut {
            dry_run: false,
            plan: None,
            report: Some(out),
        }))
    }
}
