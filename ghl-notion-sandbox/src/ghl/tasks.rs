//! Tasks on contacts. GHL has no `TaskUpdate` event: create → `TaskCreate`, marking complete →
//! `TaskComplete`, delete → `TaskDelete`; other edits emit nothing.

use chrono::{DateTime, Utc};
use serde::Deserialize;

use super::errors::{GhlError, GhlResult};
use super::input::Patch;
use super::model::Task;
use super::state::GhlState;
use crate::webhooks::events::{EventType, WebhookEvent};

/// The body of create and update (`CreateTaskParams`, `UpdateTaskBody`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)] // Field names are GHL's.
pub struct TaskInput {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub body: Patch<String>,
    #[serde(default)]
    pub due_date: Option<String>,
    #[serde(default)]
    pub completed: Option<bool>,
    #[serde(default)]
    pub assigned_to: Patch<String>,
}

fn parse_due(raw: &str) -> GhlResult<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(raw)
        .map(|d| d.with_timezone(&Utc))
        .map_err(|_| GhlError::invalid("dueDate must be a valid ISO 8601 date string"))
}

impl GhlState {
    /// A task of a contact.
    pub fn task(&self, contact_id: &str, task_id: &str) -> GhlResult<&Task> {
        self.contact(contact_id)?;
        self.tasks
            .get(task_id)
            .filter(|t| t.contact_id == contact_id)
            .ok_or_else(|| GhlError::not_found("Task", task_id))
    }

    fn emit_task(&mut self, kind: EventType, t: &Task) {
        let loc = self.location_of_contact(&t.contact_id);
        self.emit(WebhookEvent::task(kind, t, &loc));
    }

    /// Creates a task; `title`, `dueDate` and `completed` are required.
    pub fn create_task(&mut self, contact_id: &str, input: &TaskInput) -> GhlResult<Task> {
        self.contact(contact_id)?;
        let mut missing = Vec::new();
        if input.title.as_deref().is_none_or(|t| t.trim().is_empty()) {
            missing.push("title should not be empty".to_owned());
        }
        if input.due_date.is_none() {
            missing.push("dueDate should not be empty".to_owned());
        }
        if input.completed.is_none() {
            missing.push("completed must be a boolean value".to_owned());
        }
        if !missing.is_empty() {
            return Err(GhlError::Unprocessable(missing));
        }
        let due_date = parse_due(input.due_date.as_deref().unwrap_or_default())?;
        let mut t = Task {
            id: self.ids.ghl_id(),
            title: input.title.clone().unwrap_or_default(),
            body: None,
            assigned_to: None,
            due_date,
            completed: input.completed.unwrap_or(false),
            contact_id: contact_id.to_owned(),
            date_added: self.clock.now(),
        };
        input.body.apply_to(&mut t.body);
        input.assigned_to.apply_to(&mut t.assigned_to);
        self.emit_task(EventType::TaskCreate, &t);
        if t.completed {
            self.emit_task(EventType::TaskComplete, &t);
        }
        self.tasks.insert(t.id.clone(), t.clone());
        Ok(t)
    }

    /// Updates a task; becoming complete emits `TaskComplete`.
    pub fn update_task(
        &mut self,
        contact_id: &str,
        task_id: &str,
        input: &TaskInput,
    ) -> GhlResult<Task> {
        let before = self.task(contact_id, task_id)?.clone();
        let mut t = before.clone();
        if let Some(title) = &input.title {
            t.title.clone_from(title);
        }
        if let Some(due) = &input.due_date {
            t.due_date = parse_due(due)?;
        }
        if let Some(done) = input.completed {
            t.completed = done;
        }
        input.body.apply_to(&mut t.body);
        input.assigned_to.apply_to(&mut t.assigned_to);
        if t.completed && !before.completed {
            self.emit_task(EventType::TaskComplete, &t);
        }
        self.tasks.insert(t.id.clone(), t.clone());
        Ok(t)
    }

    /// Deletes a task.
    pub fn delete_task(&mut self, contact_id: &str, task_id: &str) -> GhlResult<Task> {
        self.task(contact_id, task_id)?;
        let t = self
            .tasks
            .remove(task_id)
            .ok_or_else(|| GhlError::not_found("Task", task_id))?;
        self.emit_task(EventType::TaskDelete, &t);
        Ok(t)
    }
}
