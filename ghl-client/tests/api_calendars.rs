//! Calendars against wiremock: `Version: 2021-04-15`, epoch-millisecond string times, the
//! owner parameter, and the spec's examples.

#[path = "fixtures/harness.rs"]
mod harness;

use chrono::{TimeZone, Utc};
use ghl_client::EventId;
use ghl_client::models::appointment::{AppointmentStatus, EventsQuery};
use harness::{LOCATION, client, fixture, ok, server};
use wiremock::Mock;
use wiremock::matchers::{header, method, path, query_param, query_param_is_missing};

#[tokio::test]
async fn events_send_millis_the_owner_and_the_calendar_version() {
    let server = server().await;
    Mock::given(method("GET"))
        .and(path("/calendars/events"))
        .and(header("Version", "2021-04-15"))
        .and(query_param("locationId", LOCATION))
        .and(query_param("startTime", "1680373800000"))
        .and(query_param("endTime", "1680978599999"))
        .and(query_param("calendarId", "BqTwX8QFwXzpegMve9EQ"))
        .and(query_param_is_missing("userId"))
        .and(query_param_is_missing("groupId"))
        .respond_with(ok(fixture("calendar_events")))
        .expect(1)
        .mount(&server)
        .await;
    let start = Utc
        .timestamp_millis_opt(1680373800000)
        .single()
        .expect("start");
    let end = Utc
        .timestamp_millis_opt(1680978599999)
        .single()
        .expect("end");
    let events = client(&server)
        .calendars()
        .events(EventsQuery::for_calendar(
            "BqTwX8QFwXzpegMve9EQ",
            start,
            end,
        ))
        .await
        .expect("events");
    let event = &events[0];
    assert_eq!(event.id.as_str(), "evt_spec_1");
    assert_eq!(event.appointment_status, Some(AppointmentStatus::Confirmed));
    // The example sends `isRecurring` as the string "true".
    assert_eq!(event.is_recurring, Some(true));
    // `+05:30` is kept as the same instant in UTC.
    assert_eq!(
        event.start_time.map(|t| t.to_rfc3339()),
        Some("2023-09-25T10:30:00+00:00".to_owned())
    );
    assert_eq!(
        event.created_by.as_ref().and_then(|c| c.source.clone()),
        None
    );
}

#[tokio::test]
async fn events_by_user_or_group_send_that_parameter() {
    let server = server().await;
    Mock::given(method("GET"))
        .and(path("/calendars/events"))
        .and(query_param("userId", "u1"))
        .and(query_param("locationId", "loc_2"))
        .and(query_param_is_missing("calendarId"))
        .respond_with(ok(serde_json::json!({"events": []})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/calendars/events"))
        .and(query_param("groupId", "g1"))
        .and(query_param_is_missing("calendarId"))
        .respond_with(ok(serde_json::json!({"events": []})))
        .expect(1)
        .mount(&server)
        .await;
    let calendars = client(&server).calendars();
    let now = Utc::now();
    let by_user = calendars
        .events(EventsQuery::for_user("u1", now, now).location_id("loc_2"))
        .await
        .expect("user");
    let by_group = calendars
        .events(EventsQuery::for_group("g1", now, now))
        .await
        .expect("group");
    assert!(by_user.is_empty() && by_group.is_empty());
}

#[tokio::test]
async fn appointment_gets_one_event_with_the_calendar_version() {
    let server = server().await;
    Mock::given(method("GET"))
        .and(path("/calendars/events/appointments/evt_1"))
        .and(header("Version", "2021-04-15"))
        .respond_with(ok(fixture("calendar_appointment")))
        .expect(1)
        .mount(&server)
        .await;
    let event = client(&server)
        .calendars()
        .appointment(&EventId::new("evt_1"))
        .await
        .expect("appointment");
    assert_eq!(
        event.title.as_deref(),
        Some("Appointment with GHL Dev team")
    );
    assert_eq!(
        event.master_event_id.as_deref(),
        Some("ocWd2wuBGAQzh2cH1fSZ")
    );
}
