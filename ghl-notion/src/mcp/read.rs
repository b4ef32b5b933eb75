//! The read tools: GHL records through the location's client, and the sync's status, plan
//! and activity log (the location's service's). None of them writes anything.

use chrono::{DateTime, Utc};
use ghl_client::ids::{CalendarId, ContactId, OpportunityId, PipelineId, PipelineStageId};
use ghl_client::models::appointment::{CalendarEvent, EventsQuery};
use ghl_client::models::contact::ContactSearch;
use ghl_client::models::opportunity::OpportunitySearch;
use ghl_client::pagination::Cursor as GhlCursor;
use notion_activity::activity::columns;
use notion_activity::models::query::{
    DateOp, Direction, Filter, OptionOp, QueryRequest, Sort, TextOp,
};
use rmcp::handler::server::wrapper::Parameters;
use rmcp::{ErrorData, Json, tool, tool_router};
use sync_core::TableId;

use super::GhlMcp;
use super::convert::{
    appointment_out, capitalise, contact_out, note_out, opportunity_out, plan_out, slice, task_out,
    time,
};
use super::cursor::{Cursor, wrong_cursor};
use super::errors::{bad_argument, tool_error};
use super::types::*;
use crate::notion::events::ghl_activity_log;
use crate::service::ACTIVITY_TABLE;

#[tool_router(router = read_tools, vis = "pub(crate)")]
impl GhlMcp {
    /// Search contacts by free text (name, email, phone, company).
    #[tool(annotations(read_only_hint = true))]
    async fn search_contacts(
        &self,
        Parameters(input): Parameters<SearchContactsInput>,
    ) -> Result<Json<ContactPage>, ErrorData> {
        let client = self.client_for(input.location.as_deref())?;
        let mut search = ContactSearch::new().page_limit(clamp_limit(input.limit));
        if let Some(q) = input.query.filter(|q| !q.trim().is_empty()) {
            search = search.query(q);
        }
        match Cursor::decode(input.cursor.as_deref())? {
            None => {}
            Some(Cursor::SearchAfter(after)) => search = search.search_after(after),
            Some(_) => return Err(wrong_cursor()),
        }
        let page = client
            .contacts()
            .search(search)
            .await
            .map_err(|e| tool_error(&e))?;
        let next_cursor = match page.next {
            Some(GhlCursor::SearchAfter(after)) => Some(Cursor::SearchAfter(after).encode()),
            _ => None,
        };
        Ok(Json(ContactPage {
            total: page.total,
            contacts: page.items.into_iter().map(contact_out).collect(),
            next_cursor,
        }))
    }

    /// One contact by its GHL id.
    #[tool(annotations(read_only_hint = true))]
    async fn get_contact(
        &self,
        Parameters(input): Parameters<IdInput>,
    ) -> Result<Json<ContactOut>, ErrorData> {
        let client = self.client_for(input.location.as_deref())?;
        let contact = client
            .contacts()
            .get(&ContactId::from(input.id))
            .await
            .map_err(|e| tool_error(&e))?;
        Ok(Json(contact_out(contact)))
    }

    /// Search opportunities (deals) by text, pipeline, stage or contact.
    #[tool(annotations(read_only_hint = true))]
    async fn search_opportunities(
        &self,
        Parameters(input): Parameters<SearchOpportunitiesInput>,
    ) -> Result<Json<OpportunityPage>, ErrorData> {
        let client = self.client_for(input.location.as_deref())?;
        let mut search = OpportunitySearch::new().limit(clamp_limit(input.limit));
        search.q = input.query.filter(|q| !q.trim().is_empty());
        search.pipeline_id = input.pipeline_id.map(PipelineId::from);
        search.pipeline_stage_id = input.stage_id.map(PipelineStageId::from);
        search.contact_id = input.contact_id.map(ContactId::from);
        match Cursor::decode(input.cursor.as_deref())? {
            None => {}
            Some(Cursor::StartAfter(at, id)) => search = search.start_after(at, id),
            Some(_) => return Err(wrong_cursor()),
        }
        let page = client
            .opportunities()
            .search(search)
            .await
            .map_err(|e| tool_error(&e))?;
        let next_cursor = match page.next {
            Some(GhlCursor::StartAfter {
                start_after,
                start_after_id,
            }) => Some(Cursor::StartAfter(start_after, start_after_id).encode()),
            _ => None,
        };
        Ok(Json(OpportunityPage {
            total: page.total,
            opportunities: page.items.into_iter().map(opportunity_out).collect(),
            next_cursor,
        }))
    }

    /// One opportunity by its GHL id.
    #[tool(annotations(read_only_hint = true))]
    async fn get_opportunity(
        &self,
        Parameters(input): Parameters<IdInput>,
    ) -> Result<Json<OpportunityOut>, ErrorData> {
        let client = self.client_for(input.location.as_deref())?;
        let o = client
            .opportunities()
            .get(&OpportunityId::from(input.id))
            .await
            .map_err(|e| tool_error(&e))?;
        Ok(Json(opportunity_out(o)))
    }

    /// The location's pipelines and their stages, in order.
    #[tool(annotations(read_only_hint = true))]
    async fn list_pipelines(
        &self,
        Parameters(input): Parameters<LocationInput>,
    ) -> Result<Json<PipelineList>, ErrorData> {
        let client = self.client_for(input.location.as_deref())?;
        let pipelines = client
            .opportunities()
            .pipelines()
            .await
            .map_err(|e| tool_error(&e))?;
        Ok(Json(PipelineList {
            pipelines: pipelines
                .into_iter()
                .take(MAX_LIMIT as usize)
                .map(|p| PipelineOut {
                    id: p.id.to_string(),
                    name: p.name,
                    stages: p
                        .stages
                        .into_iter()
                        .map(|s| StageOut {
                            id: s.id.to_string(),
                            name: s.name,
                        })
                        .collect(),
                })
                .collect(),
        }))
    }

    /// A contact's tasks.
    #[tool(annotations(read_only_hint = true))]
    async fn list_tasks(
        &self,
        Parameters(input): Parameters<ContactItemsInput>,
    ) -> Result<Json<TaskPage>, ErrorData> {
        let client = self.client_for(input.location.as_deref())?;
        let cursor = Cursor::decode(input.cursor.as_deref())?;
        let tasks = client
            .tasks()
            .list(&ContactId::from(input.contact_id))
            .await
            .map_err(|e| tool_error(&e))?;
        let (tasks, next_cursor) = slice(tasks, cursor, clamp_limit(input.limit))?;
        Ok(Json(TaskPage {
            tasks: tasks.into_iter().map(task_out).collect(),
            next_cursor,
        }))
    }

    /// A contact's notes.
    #[tool(annotations(read_only_hint = true))]
    async fn list_notes(
        &self,
        Parameters(input): Parameters<ContactItemsInput>,
    ) -> Result<Json<NotePage>, ErrorData> {
        let client = self.client_for(input.location.as_deref())?;
        let cursor = Cursor::decode(input.cursor.as_deref())?;
        let notes = client
            .notes()
            .list(&ContactId::from(input.contact_id))
            .await
            .map_err(|e| tool_error(&e))?;
        let (notes, next_cursor) = slice(notes, cursor, clamp_limit(input.limit))?;
        Ok(Json(NotePage {
            notes: notes.into_iter().map(note_out).collect(),
            next_cursor,
        }))
    }

    /// A contact's or a calendar's appointments from now on (14 days ahead by default).
    #[tool(annotations(read_only_hint = true))]
    async fn upcoming_appointments(
        &self,
        Parameters(input): Parameters<AppointmentsInput>,
    ) -> Result<Json<AppointmentList>, ErrorData> {
        let client = self.client_for(input.location.as_deref())?;
        let now = DateTime::<Utc>::from(self.service.clock().wall());
        let days = input.days.unwrap_or(14).clamp(1, 90);
        let end = now + chrono::Duration::days(i64::from(days));
        let events = match (input.contact_id, input.calendar_id) {
            (Some(contact), None) => {
                client
                    .contacts()
                    .appointments(&ContactId::from(contact))
                    .await
            }
            (None, Some(calendar)) => {
                client
                    .calendars()
                    .events(EventsQuery::for_calendar(
                        CalendarId::from(calendar),
                        now,
                        end,
                    ))
                    .await
            }
            _ => {
                return Err(bad_argument(
                    "contact_id",
                    "give exactly one of contact_id and calendar_id",
                ));
            }
        }
        .map_err(|e| tool_error(&e))?;
        let mut upcoming: Vec<CalendarEvent> = events
            .into_iter()
            .filter(|e| e.start_time.is_some_and(|t| t >= now && t <= end))
            .collect();
        upcoming.sort_by_key(|e| e.start_time);
        let limit = clamp_limit(input.limit) as usize;
        let more = upcoming.len().saturating_sub(limit) as u64;
        Ok(Json(AppointmentList {
            appointments: upcoming
                .into_iter()
                .take(limit)
                .map(appointment_out)
                .collect(),
            more,
        }))
    }

    /// Where the sync stands: rows per table, pending writes, queued webhook events, the last
    /// runs and GHL's rate-limit headroom.
    #[tool(annotations(read_only_hint = true))]
    async fn sync_status(
        &self,
        Parameters(input): Parameters<LocationInput>,
    ) -> Result<Json<SyncStatusOut>, ErrorData> {
        let service = self.service_for(input.location.as_deref()).await?;
        let status = service.status().await.map_err(|e| tool_error(&e))?;
        Ok(Json(SyncStatusOut {
            target: status.target,
            tables: status
                .tables
                .into_iter()
                .map(|t| TableStatusOut {
                    entity: t.entity,
                    title: t.title,
                    rows: t.rows,
                    has_cursor: t.cursor.is_some(),
                })
                .collect(),
            pending_writes: status.pending_intents,
            queued_events: status.queued_events,
            last_runs: status
                .last_runs
                .iter()
                .take(5)
                .map(|r| LastRunOut {
                    mode: serde_json::to_value(r.mode)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_owned))
                        .unwrap_or_default(),
                    started_at: time(r.started_at),
                    writes: r.writes(),
                    failed: r.failed(),
                    complete: r.complete,
                })
                .collect(),
            ghl_burst_remaining: status.ghl_headroom.as_ref().and_then(|h| h.burst_remaining),
            ghl_daily_remaining: status.ghl_headroom.as_ref().and_then(|h| h.daily_remaining),
        }))
    }

    /// What a full sync would write to Notion now, per table (a dry run: nothing is written).
    #[tool(annotations(read_only_hint = true))]
    async fn sync_plan(
        &self,
        Parameters(input): Parameters<LocationInput>,
    ) -> Result<Json<SyncPlanOut>, ErrorData> {
        let service = self.service_for(input.location.as_deref()).await?;
        let plan = service.plan().await.map_err(|e| tool_error(&e))?;
        Ok(Json(plan_out(&plan)))
    }

    /// The Notion activity log, newest first, filtered by record, entity, kind and time.
    #[tool(annotations(read_only_hint = true))]
    async fn recent_activity(
        &self,
        Parameters(input): Parameters<ActivityInput>,
    ) -> Result<Json<ActivityPage>, ErrorData> {
        let service = self.service_for(input.location.as_deref()).await?;
        let Some(data_source) = service
            .sink()
            .data_source_id(&TableId::from(ACTIVITY_TABLE))
        else {
            return Err(ErrorData::invalid_request(
                "the activity log is turned off in the configuration ([activity] enabled = false)",
                None,
            ));
        };
        let source = ghl_activity_log("").source_columns;
        let mut filters = Vec::new();
        if let Some(id) = input.record_id.filter(|s| !s.is_empty()) {
            filters.push(Filter::rich_text(
                source.record_id.as_str(),
                TextOp::Equals(id),
            ));
        }
        if let Some(entity) = input.entity.filter(|s| !s.trim().is_empty()) {
            let kind = crate::entity::parse(&entity)
                .map_or_else(|| entity.trim().to_owned(), |k| k.as_str().to_owned());
            filters.push(Filter::Select(
                source.entity.clone(),
                OptionOp::Equals(capitalise(&kind)),
            ));
        }
        if let Some(kind) = input.kind.filter(|s| !s.trim().is_empty()) {
            filters.push(Filter::Select(
                columns::ACTION.into(),
                OptionOp::Equals(capitalise(kind.trim())),
            ));
        }
        if let Some(since) = input.since.filter(|s| !s.is_empty()) {
            let at = DateTime::parse_from_rfc3339(&since).map_err(|_| {
                bad_argument("since", "not an RFC 3339 instant (2026-12-01T00:00:00Z)")
            })?;
            filters.push(Filter::Date(
                columns::TIMESTAMP.into(),
                DateOp::OnOrAfter(at.with_timezone(&Utc).to_rfc3339()),
            ));
        }
        let start_cursor = match Cursor::decode(input.cursor.as_deref())? {
            None => None,
            Some(Cursor::Notion(c)) => Some(c),
            Some(_) => return Err(wrong_cursor()),
        };
        let query = QueryRequest {
            filter: match filters.len() {
                0 => None,
                1 => filters.pop(),
                _ => Some(Filter::And(filters)),
            },
            sorts: vec![
                Sort::Property(columns::TIMESTAMP.into(), Direction::Descending),
                Sort::CreatedTime(Direction::Descending),
            ],
            page_size: Some(clamp_limit(input.limit)),
            start_cursor,
            filter_properties: Vec::new(),
        };
        let page = service
            .notion()
            .query_data_source(&data_source, &query)
            .await
            .map_err(|e| tool_error(&e))?;
        let next_cursor = page
            .next_cursor
            .filter(|_| page.has_more)
            .map(|c| Cursor::Notion(c).encode());
        Ok(Json(ActivityPage {
            events: page
                .results
                .iter()
                .filter(|p| p.is_page() && !p.in_trash())
                .map(|p| ActivityOut {
                    record: p.text(columns::ENTITY_NAME),
                    event_id: p.text(columns::EVENT_ID),
                    entity: p.select(&source.entity).map(|e| e.to_lowercase()),
                    kind: p.select(columns::ACTION).map(|k| k.to_lowercase()),
                    record_id: p.text(&source.record_id),
                    actor: p.text(columns::ACTOR),
                    occurred: p.date_start(columns::TIMESTAMP),
                    details: p.text(columns::DETAILS).as_deref().map(bounded),
                })
                .collect(),
            next_cursor,
        }))
    }
}
