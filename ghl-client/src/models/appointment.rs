//! Calendar events (appointments): `GET /calendars/events`, one appointment, and a
//! contact's appointments. Calendar endpoints use `Version: 2021-04-15`.
//!
//! The events query takes epoch milliseconds **as strings** plus exactly one of a
//! calendar, a user or a group; [`EventsQuery`] makes that impossible to get wrong.
//!
//! ```
//! use chrono::{Duration, TimeZone, Utc};
//! use ghl_client::models::appointment::EventsQuery;
//!
//! let start = Utc.with_ymd_and_hms(2023, 4, 1, 0, 0, 0).unwrap();
//! let query = EventsQuery::for_calendar("cal_1", start, start + Duration::days(7));
//! let pairs = query.to_query_pairs(&"loc_1".into());
//! assert!(pairs.contains(&("startTime".to_owned(), "1680307200000".to_owned())));
//! assert!(pairs.contains(&("calendarId".to_owned(), "cal_1".to_owned())));
//! ```

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ids::{CalendarGroupId, CalendarId, ContactId, EventId, LocationId, UserId};
use crate::models::common::{opt_bool, opt_timestamp};

string_enum! {
    /// An appointment's status.
    pub enum AppointmentStatus {
        /// New.
        New = "new",
        /// Booked (older answers).
        Booked = "booked",
        /// Confirmed.
        Confirmed = "confirmed",
        /// Cancelled.
        Cancelled = "cancelled",
        /// The contact showed up.
        Showed = "showed",
        /// The contact did not show up.
        NoShow = "noshow",
        /// Invalid.
        Invalid = "invalid",
        /// Active.
        Active = "active",
        /// Completed.
        Completed = "completed",
    }
}

/// A calendar event (appointment).
///
/// Times are read leniently: the calendar endpoints send ISO strings with an offset, the
/// contact-appointments endpoint sends naive `2021-07-16 11:00:00`, read as UTC.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CalendarEvent {
    /// The event's id.
    pub id: EventId,
    /// Title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The calendar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendar_id: Option<CalendarId>,
    /// The location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<LocationId>,
    /// The contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<ContactId>,
    /// The calendar group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<CalendarGroupId>,
    /// Appointment status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appointment_status: Option<AppointmentStatus>,
    /// Event status (older answers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The user who owns the appointment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_user_id: Option<UserId>,
    /// Every user on the appointment.
    #[serde(default)]
    pub users: Vec<UserId>,
    /// Notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Address or meeting link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Whether it recurs (sometimes sent as `"true"`).
    #[serde(default, with = "opt_bool", skip_serializing_if = "Option::is_none")]
    pub is_recurring: Option<bool>,
    /// Recurrence rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rrule: Option<String>,
    /// Start.
    #[serde(
        default,
        with = "opt_timestamp",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<DateTime<Utc>>,
    /// End.
    #[serde(
        default,
        with = "opt_timestamp",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time: Option<DateTime<Utc>>,
    /// When it was booked.
    #[serde(
        default,
        with = "opt_timestamp",
        skip_serializing_if = "Option::is_none"
    )]
    pub date_added: Option<DateTime<Utc>>,
    /// When it was last changed.
    #[serde(
        default,
        with = "opt_timestamp",
        skip_serializing_if = "Option::is_none"
    )]
    pub date_updated: Option<DateTime<Utc>>,
    /// Rooms, equipment... assigned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assigned_resources: Vec<String>,
    /// Who booked it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<CreatedBy>,
    /// The recurring series this occurrence belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub master_event_id: Option<String>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Who created an appointment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatedBy {
    /// The user, if a user booked it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<UserId>,
    /// The channel, e.g. `booking_widget`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Whose events to list: GHL requires exactly one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventsOwner {
    /// One calendar.
    Calendar(CalendarId),
    /// One user's appointments.
    User(UserId),
    /// One calendar group.
    Group(CalendarGroupId),
}

/// The query of `GET /calendars/events`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventsQuery {
    /// The location; defaults to the client's.
    pub location_id: Option<LocationId>,
    /// Window start (sent as epoch milliseconds).
    pub start_time: DateTime<Utc>,
    /// Window end (sent as epoch milliseconds).
    pub end_time: DateTime<Utc>,
    /// Whose events.
    pub owner: EventsOwner,
}

impl EventsQuery {
    /// Events of `owner` between `start` and `end`.
    pub fn new(owner: EventsOwner, start: DateTime<Utc>, end: DateTime<Utc>) -> Self {
        Self {
            location_id: None,
            start_time: start,
            end_time: end,
            owner,
        }
    }

    /// Events of one calendar.
    pub fn for_calendar(
        id: impl Into<CalendarId>,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
    ) -> Self {
        Self::new(EventsOwner::Calendar(id.into()), start, end)
    }

    /// Events of one user.
    pub fn for_user(id: impl Into<UserId>, start: DateTime<Utc>, end: DateTime<Utc>) -> Self {
        Self::new(EventsOwner::User(id.into()), start, end)
    }

    /// Events of one calendar group.
    pub fn for_group(
        id: impl Into<CalendarGroupId>,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
    ) -> Self {
        Self::new(EventsOwner::Group(id.into()), start, end)
    }

    /// Queries this location instead of the client's.
    pub fn location_id(mut self, id: impl Into<LocationId>) -> Self {
        self.location_id = Some(id.into());
        self
    }

    /// The query parameters, with `location` used when no location is set.
    pub fn to_query_pairs(&self, location: &LocationId) -> Vec<(String, String)> {
        let location = self.location_id.as_ref().unwrap_or(location);
        let (name, id) = match &self.owner {
            EventsOwner::Calendar(id) => ("calendarId", id.as_str()),
            EventsOwner::User(id) => ("userId", id.as_str()),
            EventsOwner::Group(id) => ("groupId", id.as_str()),
        };
        vec![
            ("locationId".to_owned(), location.to_string()),
            (
                "startTime".to_owned(),
                self.start_time.timestamp_millis().to_string(),
            ),
            (
                "endTime".to_owned(),
                self.end_time.timestamp_millis().to_string(),
            ),
            (name.to_owned(), id.to_owned()),
        ]
    }
}

/// `{ "events": [...] }`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EventsResponse {
    /// The events.
    #[serde(default)]
    pub events: Vec<CalendarEvent>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `{ "event": ... }` (some answers say `appointment`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventResponse {
    /// The event.
    #[serde(alias = "appointment")]
    pub event: CalendarEvent,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
