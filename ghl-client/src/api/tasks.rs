//! Tasks: per contact (list, get, create, update, complete, delete) and the
//! location-wide search (`POST /locations/{locationId}/tasks/search`, paged by `skip`).
//!
//! ```no_run
//! use chrono::{Duration, Utc};
//! use ghl_client::GhlClient;
//! use ghl_client::models::task::{NewTask, TaskSearch};
//!
//! # async fn run(client: GhlClient, contact: ghl_client::ContactId) -> Result<(), ghl_client::Error> {
//! let tasks = client.tasks();
//! let task = tasks
//!     .create(&contact, NewTask::new("Call back", Utc::now() + Duration::days(1)))
//!     .await?;
//! tasks.complete(&contact, &task.id, true).await?;
//! let open = tasks.search(TaskSearch::new().completed(false)).await?;
//! println!("{} open tasks", open.items.len());
//! # Ok(()) }
//! ```

use crate::api::{location_or_default, wrong_cursor};
use crate::client::GhlClient;
use crate::error::Result;
use crate::ids::{ContactId, TaskId};
use crate::models::common::Succeeded;
use crate::models::task::{NewTask, Task, TaskResponse, TaskSearch, TasksResponse, UpdateTask};
use crate::pagination::{Cursor, ItemStream, Page, stream_pages};
use crate::request::{Request, segment};

impl GhlClient {
    /// Tasks of contacts, and the location-wide task search.
    pub fn tasks(&self) -> TasksApi {
        TasksApi {
            client: self.clone(),
        }
    }
}

/// The tasks handler (see [`GhlClient::tasks`]).
#[derive(Debug, Clone)]
pub struct TasksApi {
    client: GhlClient,
}

fn task_path(contact: &ContactId, task: &TaskId) -> String {
    format!(
        "/contacts/{}/tasks/{}",
        segment(contact.as_str()),
        segment(task.as_str())
    )
}

impl TasksApi {
    /// `GET /contacts/{contactId}/tasks`.
    pub async fn list(&self, contact: &ContactId) -> Result<Vec<Task>> {
        let req = Request::get(
            "/contacts/{contactId}/tasks",
            format!("/contacts/{}/tasks", segment(contact.as_str())),
        );
        let resp: TasksResponse = self.client.send(req).await?;
        Ok(resp.tasks)
    }

    /// `GET /contacts/{contactId}/tasks/{taskId}`.
    pub async fn get(&self, contact: &ContactId, task: &TaskId) -> Result<Task> {
        let req = Request::get(
            "/contacts/{contactId}/tasks/{taskId}",
            task_path(contact, task),
        );
        let resp: TaskResponse = self.client.send(req).await?;
        Ok(resp.task)
    }

    /// `POST /contacts/{contactId}/tasks` (not retried on an unknown outcome).
    pub async fn create(&self, contact: &ContactId, task: NewTask) -> Result<Task> {
        let req = Request::post(
            "/contacts/{contactId}/tasks",
            format!("/contacts/{}/tasks", segment(contact.as_str())),
        )
        .json(&task);
        let resp: TaskResponse = self.client.send(req).await?;
        Ok(resp.task)
    }

    /// `PUT /contacts/{contactId}/tasks/{taskId}`.
    pub async fn update(
        &self,
        contact: &ContactId,
        task: &TaskId,
        update: UpdateTask,
    ) -> Result<Task> {
        let req = Request::put(
            "/contacts/{contactId}/tasks/{taskId}",
            task_path(contact, task),
        )
        .json(&update);
        let resp: TaskResponse = self.client.send(req).await?;
        Ok(resp.task)
    }

    /// `PUT /contacts/{contactId}/tasks/{taskId}/completed` with `{completed}`.
    pub async fn complete(
        &self,
        contact: &ContactId,
        task: &TaskId,
        completed: bool,
    ) -> Result<Task> {
        let req = Request::put(
            "/contacts/{contactId}/tasks/{taskId}/completed",
            format!("{}/completed", task_path(contact, task)),
        )
        .json(&serde_json::json!({ "completed": completed }));
        let resp: TaskResponse = self.client.send(req).await?;
        Ok(resp.task)
    }

    /// `DELETE /contacts/{contactId}/tasks/{taskId}`; returns GHL's `succeded`.
    pub async fn delete(&self, contact: &ContactId, task: &TaskId) -> Result<bool> {
        let req = Request::delete(
            "/contacts/{contactId}/tasks/{taskId}",
            task_path(contact, task),
        );
        let resp: Succeeded = self.client.send(req).await?;
        Ok(resp.is_success())
    }

    /// One page of `POST /locations/{locationId}/tasks/search` (scope
    /// `locations/tasks.readonly`; spends that location's rate-limit budget). The next
    /// cursor is a `skip` offset, given while pages come back full.
    pub async fn search(&self, mut search: TaskSearch) -> Result<Page<Task>> {
        let location = location_or_default(&self.client, search.location_id.as_ref())?;
        search.location_id = Some(location.clone());
        let limit = search.effective_limit() as usize;
        let skip = search.skip.unwrap_or(0);
        let req = Request::post(
            "/locations/{locationId}/tasks/search",
            format!("/locations/{}/tasks/search", segment(location.as_str())),
        )
        .json(&search)
        .idempotent(true)
        .resource(location.as_str());
        let resp: TasksResponse = self.client.send(req).await?;
        let returned = resp.tasks.len();
        let next =
            (returned > 0 && returned >= limit).then(|| Cursor::Skip(skip + returned as u64));
        Ok(Page {
            items: resp.tasks,
            total: None,
            next,
        })
    }

    /// Every task matching `search`, paged by `skip`.
    pub fn search_stream(&self, search: TaskSearch) -> ItemStream<Task> {
        let api = self.clone();
        let first = search.skip.filter(|s| *s > 0).map(Cursor::Skip);
        stream_pages(first, move |cursor| {
            let api = api.clone();
            let mut search = search.clone();
            async move {
                match cursor {
                    None => {}
                    Some(Cursor::Skip(skip)) => search.skip = Some(skip),
                    Some(other) => return Err(wrong_cursor("skip", &other)),
                }
                api.search(search).await
            }
        })
    }
}
