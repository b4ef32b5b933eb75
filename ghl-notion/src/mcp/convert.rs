//! From the client's and the service's types to the tools' outputs, and paging of lists GHL
//! returns whole.

use chrono::{DateTime, Utc};
use ghl_client::models::appointment::CalendarEvent;
use ghl_client::models::contact::Contact;
use ghl_client::models::note::Note;
use ghl_client::models::opportunity::Opportunity;
use ghl_client::models::task::Task;
use rmcp::ErrorData;

use super::cursor::{Cursor, wrong_cursor};
use super::types::*;
use crate::PlanReport;

/// The ids of changed records a plan lists per table.
const PLAN_SAMPLE: usize = 20;

pub(crate) fn time(t: Option<DateTime<Utc>>) -> Option<String> {
    t.map(|t| t.to_rfc3339())
}

pub(crate) fn contact_out(c: Contact) -> ContactOut {
    let name = c.name.clone().or_else(|| {
        let full = [c.first_name.as_deref(), c.last_name.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        (!full.is_empty()).then_some(full)
    });
    ContactOut {
        id: c.id.to_string(),
        name,
        email: c.email,
        phone: c.phone,
        company_name: c.company_name,
        tags: c.tags,
        date_added: time(c.date_added),
        date_updated: time(c.date_updated),
    }
}

pub(crate) fn opportunity_out(o: Opportunity) -> OpportunityOut {
    OpportunityOut {
        id: o.id.to_string(),
        name: o.name,
        monetary_value: o.monetary_value,
        status: o.status.map(|s| s.to_string()),
        pipeline_id: o.pipeline_id.map(|p| p.to_string()),
        stage_id: o.pipeline_stage_id.map(|s| s.to_string()),
        contact_id: o.contact_id.map(|c| c.to_string()),
        updated_at: time(o.updated_at),
    }
}

pub(crate) fn task_out(t: Task) -> TaskOut {
    TaskOut {
        id: t.id.to_string(),
        title: t.title,
        body: t.body.as_deref().map(bounded),
        due: time(t.due_date),
        completed: t.completed,
    }
}

pub(crate) fn note_out(n: Note) -> NoteOut {
    NoteOut {
        id: n.id.to_string(),
        body: n.body.as_deref().map(bounded),
        date_added: time(n.date_added),
    }
}

pub(crate) fn appointment_out(e: CalendarEvent) -> AppointmentOut {
    AppointmentOut {
        id: e.id.to_string(),
        title: e.title,
        calendar_id: e.calendar_id.map(|c| c.to_string()),
        contact_id: e.contact_id.map(|c| c.to_string()),
        status: e.appointment_status.map(|s| s.to_string()).or(e.status),
        start: time(e.start_time),
        end: time(e.end_time),
    }
}

/// `name` with its first letter upper-cased, as the activity log writes selects.
pub(crate) fn capitalise(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A page of `items` (a list GHL returns whole) starting at `cursor`.
pub(crate) fn slice<T>(
    items: Vec<T>,
    cursor: Option<Cursor>,
    limit: u32,
) -> Result<(Vec<T>, Option<String>), ErrorData> {
    let start = match cursor {
        None => 0,
        Some(Cursor::Offset(n)) => n,
        Some(_) => return Err(wrong_cursor()),
    };
    let total = items.len();
    let end = start.saturating_add(limit as usize).min(total);
    let page: Vec<T> = items
        .into_iter()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect();
    let next = (end < total).then(|| Cursor::Offset(end).encode());
    Ok((page, next))
}

/// The bounded form of a plan.
pub(crate) fn plan_out(plan: &PlanReport) -> SyncPlanOut {
    let tables = plan
        .entities
        .iter()
        .map(|(entity, p)| TablePlanOut {
            entity: entity.clone(),
            creates: p.creates.len() as u64,
            updates: p.updates.len() as u64,
            restores: p.restores.len() as u64,
            trashes: p.trashes.len() as u64,
            unchanged: p.unchanged,
            sample: p
                .creates
                .iter()
                .chain(&p.updates)
                .chain(&p.restores)
                .chain(&p.trashes)
                .take(PLAN_SAMPLE)
                .cloned()
                .collect(),
        })
        .collect();
    SyncPlanOut {
        tables,
        writes: plan.writes() as u64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_returned_whole_are_sliced_by_offset() {
        let items: Vec<u32> = (0..45).collect();
        let (first, next) = slice(items.clone(), None, 20).unwrap();
        assert_eq!(first, (0..20).collect::<Vec<_>>());
        let next = Cursor::decode(next.as_deref()).unwrap();
        let (second, next) = slice(items.clone(), next, 20).unwrap();
        assert_eq!(second, (20..40).collect::<Vec<_>>());
        let (third, last) =
            slice(items.clone(), Cursor::decode(next.as_deref()).unwrap(), 20).unwrap();
        assert_eq!(third, (40..45).collect::<Vec<_>>());
        assert_eq!(last, None);
        assert!(slice(items, Some(Cursor::Notion("x".into())), 20).is_err());
        let (past, none) = slice(vec![1, 2], Some(Cursor::Offset(99)), 20).unwrap();
        assert!(past.is_empty() && none.is_none());
    }
}
