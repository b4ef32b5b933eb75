//! Calendar events (appointments), with `Version: 2021-04-15`.
//!
//! ```no_run
//! use chrono::{Duration, Utc};
//! use ghl_client::GhlClient;
//! use ghl_client::models::appointment::EventsQuery;
//!
//! # async fn run(client: GhlClient) -> Result<(), ghl_client::Error> {
//! let now = Utc::now();
//! let events = client
//!     .calendars()
//!     .events(EventsQuery::for_calendar("cal_1", now - Duration::days(7), now))
//!     .await?;
//! println!("{} events this week", events.len());
//! # Ok(()) }
//! ```

use crate::api::location_or_default;
use crate::client::GhlClient;
use crate::error::Result;
use crate::ids::EventId;
use crate::models::appointment::{CalendarEvent, EventResponse, EventsQuery, EventsResponse};
use crate::request::{ApiVersion, Request, segment};

impl GhlClient {
    /// Calendar events.
    pub fn calendars(&self) -> CalendarsApi {
        CalendarsApi {
            client: self.clone(),
        }
    }
}

/// The calendars handler (see [`GhlClient::calendars`]).
#[derive(Debug, Clone)]
pub struct CalendarsApi {
    client: GhlClient,
}

impl CalendarsApi {
    /// `GET /calendars/events`: events of one calendar, user or group in a time window
    /// (sent as epoch-millisecond strings).
    pub async fn events(&self, query: EventsQuery) -> Result<Vec<CalendarEvent>> {
        let location = location_or_default(&self.client, query.location_id.as_ref())?;
        let mut req = Request::get("/calendars/events", "/calendars/events")
            .version(ApiVersion::V2021_04_15)
            .resource(location.as_str());
        for (name, value) in query.to_query_pairs(&location) {
            req = req.query_pair(name, value);
        }
        let resp: EventsResponse = self.client.send(req).await?;
        Ok(resp.events)
    }

    /// `GET /calendars/events/appointments/{eventId}`.
    pub async fn appointment(&self, id: &EventId) -> Result<CalendarEvent> {
        let req = Request::get(
            "/calendars/events/appointments/{eventId}",
            format!("/calendars/events/appointments/{}", segment(id.as_str())),
        )
        .version(ApiVersion::V2021_04_15);
        let resp: EventResponse = self.client.send(req).await?;
        Ok(resp.event)
    }
}
