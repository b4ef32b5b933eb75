//! Tasks: per contact (`/contacts/{contactId}/tasks`) and the location-wide search
//! (`POST /locations/{locationId}/tasks/search`).
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use ghl_client::models::task::NewTask;
//!
//! let due = Utc.with_ymd_and_hms(2024, 5, 1, 9, 0, 0).unwrap();
//! let task = NewTask::new("Call back", due).body("About the quote");
//! let body = serde_json::to_value(&task).unwrap();
//! assert_eq!(body["dueDate"], "2024-05-01T09:00:00.000Z");
//! assert_eq!(body["completed"], false);
//! ```

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ids::{ContactId, LocationId, TaskId, UserId};
use crate::models::common::{opt_bool, opt_timestamp, record_list, timestamp};

/// The task search's default page size.
pub const DEFAULT_SEARCH_LIMIT: u32 = 25;

/// A task.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Task {
    /// The task's id (`id`, or `_id` in the location-wide search).
    #[serde(alias = "_id")]
    pub id: TaskId,
    /// Title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The assigned user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<UserId>,
    /// Due date.
    #[serde(
        default,
        with = "opt_timestamp",
        skip_serializing_if = "Option::is_none"
    )]
    pub due_date: Option<DateTime<Utc>>,
    /// Whether it is done.
    #[serde(default, with = "opt_bool", skip_serializing_if = "Option::is_none")]
    pub completed: Option<bool>,
    /// The contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<ContactId>,
    /// When it was created (sent by some endpoints and webhooks).
    #[serde(
        default,
        with = "opt_timestamp",
        skip_serializing_if = "Option::is_none"
    )]
    pub date_added: Option<DateTime<Utc>>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The body of `POST /contacts/{contactId}/tasks`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewTask {
    /// Title.
    pub title: String,
    /// Body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Due date.
    #[serde(with = "timestamp")]
    pub due_date: DateTime<Utc>,
    /// Whether it is done.
    pub completed: bool,
    /// The assigned user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<UserId>,
}

impl NewTask {
    /// An open task.
    pub fn new(title: impl Into<String>, due_date: DateTime<Utc>) -> Self {
        Self {
            title: title.into(),
            body: None,
            due_date,
            completed: false,
            assigned_to: None,
        }
    }

    /// Sets `completed`.
    pub fn completed(mut self, completed: bool) -> Self {
        self.completed = completed;
        self
    }
}

setters!(NewTask {
    body: String,
    assigned_to: UserId,
});

/// The body of `PUT /contacts/{contactId}/tasks/{taskId}`: only the fields set change.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateTask {
    /// Title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Due date.
    #[serde(
        default,
        with = "opt_timestamp",
        skip_serializing_if = "Option::is_none"
    )]
    pub due_date: Option<DateTime<Utc>>,
    /// Whether it is done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<bool>,
    /// The assigned user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<UserId>,
}

impl UpdateTask {
    /// An update that changes nothing yet.
    pub fn new() -> Self {
        Self::default()
    }
}

setters!(UpdateTask {
    title: String,
    body: String,
    due_date: DateTime<Utc>,
    completed: bool,
    assigned_to: UserId,
});

/// The body of `POST /locations/{locationId}/tasks/search`. Pages by `skip`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskSearch {
    /// The location (goes in the path, not the body); defaults to the client's.
    #[serde(skip)]
    pub location_id: Option<LocationId>,
    /// Only tasks of these contacts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<Vec<ContactId>>,
    /// Only done (or open) tasks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<bool>,
    /// Only tasks assigned to these users.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<Vec<UserId>>,
    /// Free-text query.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Page size (default 25).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// Offset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip: Option<u64>,
    /// Only tasks of this business.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_id: Option<String>,
}

impl TaskSearch {
    /// Sets the page size.
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Sets the offset.
    pub fn skip(mut self, skip: u64) -> Self {
        self.skip = Some(skip);
        self
    }

    /// A search of the client's location.
    pub fn new() -> Self {
        Self::default()
    }

    /// The page size in effect.
    pub fn effective_limit(&self) -> u32 {
        self.limit.unwrap_or(DEFAULT_SEARCH_LIMIT)
    }
}

setters!(TaskSearch {
    location_id: LocationId,
    contact_id: Vec<ContactId>,
    completed: bool,
    assigned_to: Vec<UserId>,
    query: String,
    business_id: String,
});

/// `{ "task": ... }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaskResponse {
    /// The task.
    pub task: Task,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `{ "tasks": [...] }` (the location-wide search leaves items untyped in the spec).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TasksResponse {
    /// The tasks.
    #[serde(default, with = "record_list")]
    pub tasks: Vec<Task>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
