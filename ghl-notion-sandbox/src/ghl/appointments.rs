//! Appointments. The API only reads them; the control API creates, edits and deletes them as
//! a user booking in the calendar would, emitting `AppointmentCreate/Update/Delete`.

use chrono::{DateTime, Duration, Utc};
use serde::Deserialize;

use super::errors::{GhlError, GhlResult};
use super::input::Patch;
use super::model::{Appointment, CreatedBy};
use super::state::GhlState;
use crate::webhooks::events::{EventType, WebhookEvent};

/// The body of a create or update (a subset of `AppointmentCreateSchema`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)] // Field names are GHL's.
pub struct AppointmentInput {
    #[serde(default)]
    pub calendar_id: Option<String>,
    #[serde(default)]
    pub contact_id: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub appointment_status: Option<String>,
    #[serde(default)]
    pub assigned_user_id: Option<String>,
    #[serde(default)]
    pub address: Patch<String>,
    #[serde(default)]
    pub notes: Patch<String>,
    #[serde(default)]
    pub start_time: Option<String>,
    #[serde(default)]
    pub end_time: Option<String>,
}

fn parse_time(name: &str, raw: &str) -> GhlResult<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(raw)
        .map(|d| d.with_timezone(&Utc))
        .map_err(|_| GhlError::invalid(format!("{name} must be an ISO 8601 date-time")))
}

impl GhlState {
    /// An appointment by id.
    pub fn appointment(&self, id: &str) -> GhlResult<&Appointment> {
        self.appointments
            .get(id)
            .ok_or_else(|| GhlError::not_found("Appointment", id))
    }

    fn apply_appointment(&self, a: &mut Appointment, input: &AppointmentInput) -> GhlResult<()> {
        if let Some(cid) = &input.calendar_id {
            let cal = self
                .calendars
                .iter()
                .find(|c| &c.id == cid && c.location_id == a.location_id)
                .ok_or_else(|| GhlError::BadRequest(format!("Calendar with id {cid} not found")))?;
            a.calendar_id.clone_from(&cal.id);
            a.group_id.clone_from(&cal.group_id);
        }
        if let Some(contact) = &input.contact_id {
            self.contact_in(&a.location_id, contact)?;
            a.contact_id.clone_from(contact);
        }
        if let Some(t) = &input.title {
            a.title.clone_from(t);
        }
        if let Some(s) = &input.appointment_status {
            a.appointment_status.clone_from(s);
        }
        if let Some(u) = &input.assigned_user_id {
            a.assigned_user_id.clone_from(u);
            a.users = vec![u.clone()];
        }
        input.address.apply_to(&mut a.address);
        input.notes.apply_to(&mut a.notes);
        if let Some(start) = &input.start_time {
            let length = a.end_time - a.start_time;
            a.start_time = parse_time("startTime", start)?;
            a.end_time = a.start_time + length;
        }
        if let Some(end) = &input.end_time {
            a.end_time = parse_time("endTime", end)?;
        }
        if a.end_time < a.start_time {
            return Err(GhlError::invalid("endTime must be after startTime"));
        }
        Ok(())
    }

    /// Books an appointment; `calendarId`, `contactId` and `startTime` are required.
    pub fn create_appointment(&mut self, input: &AppointmentInput) -> GhlResult<Appointment> {
        let (Some(calendar_id), Some(contact_id), Some(_)) =
            (&input.calendar_id, &input.contact_id, &input.start_time)
        else {
            return Err(GhlError::invalid(
                "calendarId, contactId and startTime should not be empty",
            ));
        };
        let location_id = self.contact(contact_id)?.location_id.clone();
        let now = self.clock.now();
        let default_user = self
            .calendars
            .iter()
            .find(|c| &c.id == calendar_id)
            .and_then(|c| c.user_ids.first().cloned())
            .unwrap_or_default();
        let mut a = Appointment {
            id: self.ids.ghl_id(),
            address: None,
            title: "Appointment".into(),
            calendar_id: calendar_id.clone(),
            location_id,
            contact_id: contact_id.clone(),
            group_id: String::new(),
            appointment_status: "confirmed".into(),
            assigned_user_id: default_user.clone(),
            users: vec![default_user],
            notes: None,
            description: None,
            is_recurring: false,
            start_time: now,
            end_time: now + Duration::minutes(30),
            date_added: now,
            date_updated: now,
            created_by: CreatedBy {
                user_id: None,
                source: "third_party".into(),
            },
        };
        self.apply_appointment(&mut a, input)?;
        self.emit(WebhookEvent::appointment(EventType::AppointmentCreate, &a));
        self.appointments.insert(a.id.clone(), a.clone());
        Ok(a)
    }

    /// Edits an appointment.
    pub fn update_appointment(
        &mut self,
        id: &str,
        input: &AppointmentInput,
    ) -> GhlResult<Appointment> {
        let before = self.appointment(id)?.clone();
        let mut a = before.clone();
        self.apply_appointment(&mut a, input)?;
        if a != before {
            a.date_updated = self.clock.now();
            self.emit(WebhookEvent::appointment(EventType::AppointmentUpdate, &a));
            self.appointments.insert(a.id.clone(), a.clone());
        }
        Ok(a)
    }

    /// Deletes an appointment.
    pub fn delete_appointment(&mut self, id: &str) -> GhlResult<Appointment> {
        let a = self
            .appointments
            .remove(id)
            .ok_or_else(|| GhlError::not_found("Appointment", id))?;
        self.emit(WebhookEvent::appointment(EventType::AppointmentDelete, &a));
        Ok(a)
    }
}
