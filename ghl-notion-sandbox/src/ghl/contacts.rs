//! Contacts: the state changes (create, update, upsert, delete, tags), shared by the API and
//! the control API, with the webhook events each one emits.
//!
//! Events: create → `ContactCreate`; a change to tags only → `ContactTagUpdate`; a change to
//! other fields → `ContactUpdate` (plus `ContactTagUpdate` if tags changed too); delete →
//! `ContactDelete` with the full contact.

use serde::Deserialize;
use serde_json::Value;

use super::errors::{GhlError, GhlResult};
use super::input::{CustomFieldInput, Patch, merge_values, resolve_custom_fields};
use super::model::{Contact, ContactFieldValue, CustomFieldDef};
use super::state::GhlState;
use crate::webhooks::events::{EventType, WebhookEvent};

/// The body of create, update and upsert (`CreateContactDto`, `UpdateContactDto`,
/// `UpsertContactDto`). Unknown fields are ignored.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)] // Field names are GHL's.
pub struct ContactInput {
    #[serde(default)]
    pub location_id: Option<String>,
    #[serde(default)]
    pub first_name: Patch<String>,
    #[serde(default)]
    pub last_name: Patch<String>,
    #[serde(default)]
    pub name: Patch<String>,
    #[serde(default)]
    pub email: Patch<String>,
    #[serde(default)]
    pub phone: Patch<String>,
    #[serde(default)]
    pub address1: Patch<String>,
    #[serde(default)]
    pub city: Patch<String>,
    #[serde(default)]
    pub state: Patch<String>,
    #[serde(default)]
    pub postal_code: Patch<String>,
    #[serde(default)]
    pub country: Patch<String>,
    #[serde(default)]
    pub website: Patch<String>,
    #[serde(default)]
    pub timezone: Patch<String>,
    #[serde(default)]
    pub company_name: Patch<String>,
    #[serde(default)]
    pub source: Patch<String>,
    #[serde(default)]
    pub assigned_to: Patch<String>,
    #[serde(default)]
    pub date_of_birth: Patch<String>,
    #[serde(default)]
    pub dnd: Option<bool>,
    #[serde(default)]
    pub tags: Option<Vec<String>>,
    #[serde(default)]
    pub custom_fields: Option<Vec<CustomFieldInput>>,
}

fn dedupe(tags: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(tags.len());
    for t in tags.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
        if !out.iter().any(|o| o.eq_ignore_ascii_case(t)) {
            out.push(t.to_owned());
        }
    }
    out
}

impl ContactInput {
    /// Applies the body to `c`, validating emails and custom fields.
    pub fn apply(&self, c: &mut Contact, defs: &[CustomFieldDef]) -> GhlResult<()> {
        if let Patch::Set(email) = &self.email
            && !email.is_empty()
            && !email.contains('@')
        {
            return Err(GhlError::invalid("email must be an email"));
        }
        self.first_name.apply_to(&mut c.first_name);
        self.last_name.apply_to(&mut c.last_name);
        self.email.apply_to(&mut c.email);
        self.phone.apply_to(&mut c.phone);
        self.address1.apply_to(&mut c.address1);
        self.city.apply_to(&mut c.city);
        self.state.apply_to(&mut c.state);
        self.postal_code.apply_to(&mut c.postal_code);
        self.country.apply_to(&mut c.country);
        self.website.apply_to(&mut c.website);
        self.timezone.apply_to(&mut c.timezone);
        self.company_name.apply_to(&mut c.company_name);
        self.source.apply_to(&mut c.source);
        self.assigned_to.apply_to(&mut c.assigned_to);
        self.date_of_birth.apply_to(&mut c.date_of_birth);
        if let Some(dnd) = self.dnd {
            c.dnd = dnd;
        }
        if let Some(tags) = &self.tags {
            c.tags = dedupe(tags);
        }
        if let Some(inputs) = &self.custom_fields {
            let updates = resolve_custom_fields(inputs, defs, "contact")?;
            let mut current: Vec<(String, Value)> =
                c.custom_fields.drain(..).map(|f| (f.id, f.value)).collect();
            merge_values(&mut current, updates);
            c.custom_fields = current
                .into_iter()
                .map(|(id, value)| ContactFieldValue { id, value })
                .collect();
        }
        c.refresh_derived();
        let names_given = self.first_name.is_present() || self.last_name.is_present();
        if !names_given {
            self.name.apply_to(&mut c.name);
            c.full_name_lower_case = c.name.as_ref().map(|n| n.to_lowercase());
        }
        Ok(())
    }
}

impl GhlState {
    fn check_duplicate(&self, c: &Contact) -> GhlResult<()> {
        if self
            .location(&c.location_id)
            .is_some_and(|l| l.settings.allow_duplicate_contact)
        {
            return Ok(());
        }
        let same_location = self
            .contacts
            .values()
            .filter(|o| o.location_id == c.location_id);
        for other in same_location.filter(|o| o.id != c.id) {
            if c.email_lower_case.is_some() && other.email_lower_case == c.email_lower_case {
                return Err(GhlError::Duplicate {
                    contact_id: other.id.clone(),
                    field: "email",
                });
            }
            if c.phone.is_some() && other.phone == c.phone {
                return Err(GhlError::Duplicate {
                    contact_id: other.id.clone(),
                    field: "phone",
                });
            }
        }
        Ok(())
    }

    /// A contact by id.
    pub fn contact(&self, id: &str) -> GhlResult<&Contact> {
        self.contacts
            .get(id)
            .ok_or_else(|| GhlError::not_found("Contact", id))
    }

    /// A contact by id, only if it is in `location_id` (404 otherwise, as for an unknown id).
    pub fn contact_in(&self, location_id: &str, id: &str) -> GhlResult<&Contact> {
        self.contacts
            .get(id)
            .filter(|c| c.location_id == location_id)
            .ok_or_else(|| GhlError::not_found("Contact", id))
    }

    /// Creates a contact in the location the body names (the first location if none).
    pub fn create_contact(&mut self, input: &ContactInput) -> GhlResult<Contact> {
        let location = self.location_or_default(input.location_id.as_deref())?;
        let mut c = Contact::blank(self.ids.ghl_id(), location.id.clone(), self.clock.now());
        input.apply(&mut c, &self.custom_fields_of(&location.id))?;
        self.check_duplicate(&c)?;
        self.emit(WebhookEvent::contact(EventType::ContactCreate, &c));
        self.contacts.insert(c.id.clone(), c.clone());
        Ok(c)
    }

    /// Updates a contact; unchanged contacts keep their `dateUpdated` and emit nothing.
    pub fn update_contact(&mut self, id: &str, input: &ContactInput) -> GhlResult<Contact> {
        let before = self.contact(id)?.clone();
        let mut after = before.clone();
        input.apply(&mut after, &self.custom_fields_of(&before.location_id))?;
        self.check_duplicate(&after)?;
        Ok(self.commit_contact(before, after))
    }

    fn commit_contact(&mut self, before: Contact, mut after: Contact) -> Contact {
        let tags_changed = before.tags != after.tags;
        let mut others = after.clone();
        others.tags.clone_from(&before.tags);
        let others_changed = others != before;
        if tags_changed || others_changed {
            after.date_updated = self.clock.now();
            if others_changed {
                self.emit(WebhookEvent::contact(EventType::ContactUpdate, &after));
            }
            if tags_changed {
                self.emit(WebhookEvent::contact(EventType::ContactTagUpdate, &after));
            }
            self.contacts.insert(after.id.clone(), after.clone());
        }
        after
    }

    /// Creates or updates, matching on email first, then phone, among the contacts of the
    /// location the body names. Returns `(new, contact)`.
    pub fn upsert_contact(&mut self, input: &ContactInput) -> GhlResult<(bool, Contact)> {
        let location = self.location_or_default(input.location_id.as_deref())?.id;
        let email = match &input.email {
            Patch::Set(e) if !e.is_empty() => Some(e.to_lowercase()),
            _ => None,
        };
        let phone = match &input.phone {
            Patch::Set(p) if !p.is_empty() => Some(p.clone()),
            _ => None,
        };
        let mut here = self.contacts.values().filter(|c| c.location_id == location);
        let existing = here
            .find(|c| email.is_some() && c.email_lower_case == email)
            .or_else(|| {
                self.contacts
                    .values()
                    .filter(|c| c.location_id == location)
                    .find(|c| phone.is_some() && c.phone == phone)
            })
            .map(|c| c.id.clone());
        match existing {
            Some(id) => self.update_contact(&id, input).map(|c| (false, c)),
            None => self.create_contact(input).map(|c| (true, c)),
        }
    }

    /// Deletes a contact with its tasks and notes.
    pub fn delete_contact(&mut self, id: &str) -> GhlResult<Contact> {
        let c = self
            .contacts
            .remove(id)
            .ok_or_else(|| GhlError::not_found("Contact", id))?;
        self.tasks.retain(|_, t| t.contact_id != id);
        self.notes.retain(|_, n| n.contact_id != id);
        self.emit(WebhookEvent::contact(EventType::ContactDelete, &c));
        Ok(c)
    }

    /// Adds tags (case-insensitively unique); returns all tags.
    pub fn add_tags(&mut self, id: &str, tags: &[String]) -> GhlResult<Vec<String>> {
        let before = self.contact(id)?.clone();
        let mut after = before.clone();
        let mut all = after.tags.clone();
        all.extend(tags.iter().cloned());
        after.tags = dedupe(&all);
        Ok(self.commit_contact(before, after).tags)
    }

    /// Removes tags (case-insensitively); returns the remaining tags.
    pub fn remove_tags(&mut self, id: &str, tags: &[String]) -> GhlResult<Vec<String>> {
        let before = self.contact(id)?.clone();
        let mut after = before.clone();
        after
            .tags
            .retain(|t| !tags.iter().any(|r| r.trim().eq_ignore_ascii_case(t)));
        Ok(self.commit_contact(before, after).tags)
    }
}
