//! GHL records as [`SourceRecord`]s: ids, timestamps, display names and fields.
//!
//! Every record's `fields` is the typed model serialized back to JSON (unknown fields
//! included, the search-only `searchAfter` cursor removed, so a record read by search and the
//! same record read by id look alike), plus:
//!
//! - contacts only: `custom`, an object mapping each custom field's id **and** its key (the
//!   definition's `fieldKey` without the `contact.` prefix, e.g. `favourite_color`) to the
//!   value, so a field mapping reaches it with the dotted path `custom.favourite_color` or
//!   `custom.<id>`. The keys come from [`CustomFieldKeys`] (which [`GhlSource`] loads once
//!   from `GET /locations/{id}/customFields`); without them (no scope for that endpoint, or
//!   [`contact_record`] without keys) only the ids are there.
//! - `customFields.<id>`: each custom field value as a top-level key, kept for compatibility.
//!   Reach it with the JSON pointer `/customFields.<id>` (a dotted path would split at the
//!   dot); prefer `custom.<id>`.
//! - opportunities only: `pipelineName` and `stageName`, resolved from the ids through
//!   [`PipelineNames`] (`null` when unknown).
//!
//! Tasks and notes belong to a contact and GHL reads them only through it, so their record
//! id is `"{contactId}/{taskId}"` / `"{contactId}/{noteId}"` ([`child_id`]).
//!
//! ```
//! use ghl_client::models::contact::Contact;
//! use ghl_client::models::custom_field::CustomFieldDefinition;
//! use ghl_notion::ghl::records::{CustomFieldKeys, contact_record_with};
//! use serde_json::json;
//!
//! let contact: Contact = serde_json::from_value(json!({
//!     "id": "c1", "firstName": "Ada", "lastName": "Lovelace",
//!     "dateUpdated": "2025-01-02T03:04:05.000Z",
//!     "customFields": [{"id": "cf1", "value": "blue"}],
//!     "searchAfter": [1, "c1"]
//! })).unwrap();
//! let definition: CustomFieldDefinition = serde_json::from_value(json!({
//!     "id": "cf1", "fieldKey": "contact.favourite_color", "model": "contact"
//! })).unwrap();
//! let keys = CustomFieldKeys::new(&[definition]);
//! let record = contact_record_with(&contact, &keys);
//! assert_eq!(record.display_name.as_deref(), Some("Ada Lovelace"));
//! assert_eq!(record.fields["custom"]["favourite_color"], json!("blue"));
//! assert_eq!(record.fields["custom"]["cf1"], json!("blue"));
//! assert_eq!(record.fields.pointer("/customFields.cf1"), Some(&json!("blue")));
//! assert!(record.fields.get("searchAfter").is_none());
//! ```
//!
//! [`GhlSource`]: super::GhlSource

use crate::entity;
use std::collections::HashMap;

use serde::Serialize;
use serde_json::{Map, Value};
use sync_core::record::SourceRecord;

use ghl_client::ids::ContactId;
use ghl_client::models::appointment::CalendarEvent;
use ghl_client::models::contact::Contact;
use ghl_client::models::custom_field::CustomFieldDefinition;
use ghl_client::models::note::Note;
use ghl_client::models::opportunity::Opportunity;
use ghl_client::models::pipeline::Pipeline;
use ghl_client::models::task::Task;

/// The longest display name taken from a note's body.
const NOTE_NAME_CHARS: usize = 80;

/// Pipeline and stage names by id, loaded from `GET /opportunities/pipelines`.
///
/// ```
/// use ghl_client::models::pipeline::Pipeline;
/// use ghl_notion::ghl::records::PipelineNames;
///
/// let p: Pipeline = serde_json::from_value(serde_json::json!({
///     "id": "p1", "name": "Sales", "stages": [{"id": "s1", "name": "Won"}]
/// })).unwrap();
/// let names = PipelineNames::new(&[p]);
/// assert_eq!(names.pipeline("p1"), Some("Sales"));
/// assert_eq!(names.stage("s1"), Some("Won"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PipelineNames {
    pipelines: HashMap<String, String>,
    stages: HashMap<String, String>,
}

impl PipelineNames {
    /// Indexes the names of `pipelines` and of their stages (stage ids are unique across
    /// pipelines). Pipelines or stages without a name are left out.
    pub fn new(pipelines: &[Pipeline]) -> Self {
        let mut names = Self::default();
        for pipeline in pipelines {
            if let Some(name) = &pipeline.name {
                names
                    .pipelines
                    .insert(pipeline.id.to_string(), name.clone());
            }
            for stage in &pipeline.stages {
                if let Some(name) = &stage.name {
                    names.stages.insert(stage.id.to_string(), name.clone());
                }
            }
        }
        names
    }

    /// The name of the pipeline with this id.
    pub fn pipeline(&self, id: &str) -> Option<&str> {
        self.pipelines.get(id).map(String::as_str)
    }

    /// The name of the stage with this id.
    pub fn stage(&self, id: &str) -> Option<&str> {
        self.stages.get(id).map(String::as_str)
    }
}

/// Custom field keys by field id, loaded from `GET /locations/{id}/customFields`.
///
/// A key is the definition's `fieldKey` without its model prefix (`contact.favourite_color`
/// → `favourite_color`), the name people use in `ghl-notion.toml` (`custom.favourite_color`).
///
/// ```
/// use ghl_client::models::custom_field::CustomFieldDefinition;
/// use ghl_notion::ghl::records::CustomFieldKeys;
///
/// let d: CustomFieldDefinition = serde_json::from_value(serde_json::json!({
///     "id": "cf1", "fieldKey": "contact.favourite_color"
/// })).unwrap();
/// let keys = CustomFieldKeys::new(&[d]);
/// assert_eq!(keys.key("cf1"), Some("favourite_color"));
/// assert_eq!(keys.key("cf2"), None);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CustomFieldKeys {
    keys: HashMap<String, String>,
}

impl CustomFieldKeys {
    /// Indexes the keys of `definitions`; definitions without a key are left out.
    pub fn new(definitions: &[CustomFieldDefinition]) -> Self {
        let keys = definitions
            .iter()
            .filter_map(|d| {
                let key = d.field_key.as_deref()?.trim();
                let key = ["contact.", "opportunity."]
                    .iter()
                    .find_map(|prefix| key.strip_prefix(prefix))
                    .unwrap_or(key);
                (!key.is_empty()).then(|| (d.id.to_string(), key.to_owned()))
            })
            .collect();
        Self { keys }
    }

    /// The key of the field with this id.
    pub fn key(&self, id: &str) -> Option<&str> {
        self.keys.get(id).map(String::as_str)
    }

    /// How many fields have a key.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Whether no field has a key (none loaded, or no access to the definitions).
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Adds the keys to the `custom` object of a contact record built without them (from a
    /// webhook payload, say): every custom field value by id and by key.
    pub fn apply(&self, record: &mut SourceRecord) {
        if let Value::Object(fields) = &mut record.fields {
            insert_custom(fields, "value", self);
        }
    }
}

/// The record id of a task or note: `"{contactId}/{id}"`.
pub fn child_id(contact: &str, id: &str) -> String {
    format!("{contact}/{id}")
}

/// Splits a task or note record id written by [`child_id`] into the contact id and the
/// task or note id; `None` unless both halves are non-empty.
pub fn split_child_id(record_id: &str) -> Option<(ContactId, &str)> {
    let (contact, id) = record_id.split_once('/')?;
    (!contact.is_empty() && !id.is_empty() && !id.contains('/'))
        .then(|| (ContactId::from(contact), id))
}

/// A contact as a record: `updated_at` is `dateUpdated`; the display name is `name`, else
/// first and last name, else the email. Its `custom` object holds the custom field values by
/// id only: [`contact_record_with`] adds their keys.
pub fn contact_record(contact: &Contact) -> SourceRecord {
    contact_record_with(contact, &CustomFieldKeys::default())
}

/// A contact as a record, as [`contact_record`], with its custom field values in `custom` by
/// id and by the key `keys` give them.
pub fn contact_record_with(contact: &Contact, keys: &CustomFieldKeys) -> SourceRecord {
    let mut fields = to_fields(contact);
    flatten_custom_fields(&mut fields, "value");
    insert_custom(&mut fields, "value", keys);
    SourceRecord {
        entity: entity::CONTACT,
        id: contact.id.to_string(),
        updated_at: contact.date_updated,
        display_name: contact_name(contact),
        fields: Value::Object(fields),
    }
}

fn contact_name(contact: &Contact) -> Option<String> {
    let full = [&contact.first_name, &contact.last_name]
        .into_iter()
        .flatten()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    non_empty(contact.name.as_deref())
        .or_else(|| non_empty(Some(&full)))
        .or_else(|| non_empty(contact.email.as_deref()))
}

/// An opportunity as a record: `updated_at` is `updatedAt`, the display name its `name`,
/// and `pipelineName` / `stageName` are resolved through `names`.
pub fn opportunity_record(opportunity: &Opportunity, names: &PipelineNames) -> SourceRecord {
    let mut fields = to_fields(opportunity);
    flatten_custom_fields(&mut fields, "fieldValue");
    let resolve = |name: Option<&str>| name.map_or(Value::Null, |n| Value::String(n.to_owned()));
    let pipeline = opportunity
        .pipeline_id
        .as_ref()
        .and_then(|id| names.pipeline(id.as_str()));
    let stage = opportunity
        .pipeline_stage_id
        .as_ref()
        .and_then(|id| names.stage(id.as_str()));
    fields.insert("pipelineName".to_owned(), resolve(pipeline));
    fields.insert("stageName".to_owned(), resolve(stage));
    SourceRecord {
        entity: entity::OPPORTUNITY,
        id: opportunity.id.to_string(),
        updated_at: opportunity.updated_at,
        display_name: non_empty(opportunity.name.as_deref()),
        fields: Value::Object(fields),
    }
}

/// A task of `contact` as a record with id `"{contactId}/{taskId}"`. GHL keeps no update
/// time for tasks, so `updated_at` is `None`; the display name is the title.
pub fn task_record(task: &Task, contact: &ContactId) -> SourceRecord {
    let contact = task.contact_id.as_ref().unwrap_or(contact);
    SourceRecord {
        entity: entity::TASK,
        id: child_id(contact.as_str(), task.id.as_str()),
        updated_at: None,
        display_name: non_empty(task.title.as_deref()),
        fields: Value::Object(to_fields(task)),
    }
}

/// A note of `contact` as a record with id `"{contactId}/{noteId}"`. GHL keeps no update
/// time for notes, so `updated_at` is `None`; the display name is the title, else the start
/// of the body.
pub fn note_record(note: &Note, contact: &ContactId) -> SourceRecord {
    let contact = note.contact_id.as_ref().unwrap_or(contact);
    let name = non_empty(note.title.as_deref()).or_else(|| {
        let first_line = note
            .body
            .as_deref()?
            .lines()
            .find(|l| !l.trim().is_empty())?;
        Some(first_line.trim().chars().take(NOTE_NAME_CHARS).collect())
    });
    SourceRecord {
        entity: entity::NOTE,
        id: child_id(contact.as_str(), note.id.as_str()),
        updated_at: None,
        display_name: name,
        fields: Value::Object(to_fields(note)),
    }
}

/// An appointment (calendar event) as a record: `updated_at` is `dateUpdated`, the display
/// name its title.
pub fn appointment_record(event: &CalendarEvent) -> SourceRecord {
    SourceRecord {
        entity: entity::APPOINTMENT,
        id: event.id.to_string(),
        updated_at: event.date_updated,
        display_name: non_empty(event.title.as_deref()),
        fields: Value::Object(to_fields(event)),
    }
}

/// The model as a JSON object, without the search cursor.
fn to_fields(model: &impl Serialize) -> Map<String, Value> {
    // The models serialize to objects with string keys; anything else would be a bug in a
    // model, and an empty object is then the least surprising record content.
    let mut fields = match serde_json::to_value(model) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    };
    fields.remove("searchAfter");
    fields
}

/// Copies each `customFields[i].<value_key>` to a top-level `customFields.<id>` key.
fn flatten_custom_fields(fields: &mut Map<String, Value>, value_key: &str) {
    let flat: Vec<(String, Value)> = fields
        .get("customFields")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|entry| {
            let id = entry.get("id")?.as_str()?;
            let value = entry.get(value_key).cloned().unwrap_or(Value::Null);
            Some((format!("customFields.{id}"), value))
        })
        .collect();
    fields.extend(flat);
}

/// Sets `custom` to `{<id>: value, <key>: value}` for each `customFields[i]`; a key never
/// replaces an id.
fn insert_custom(fields: &mut Map<String, Value>, value_key: &str, keys: &CustomFieldKeys) {
    let entries: Vec<(String, Value)> = fields
        .get("customFields")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|entry| {
            let id = entry.get("id")?.as_str()?;
            let value = entry.get(value_key).cloned().unwrap_or(Value::Null);
            Some((id.to_owned(), value))
        })
        .collect();
    let mut custom = Map::new();
    for (id, value) in &entries {
        custom.insert(id.clone(), value.clone());
    }
    for (id, value) in entries {
        if let Some(key) = keys.key(&id)
            && !custom.contains_key(key)
        {
            custom.insert(key.to_owned(), value);
        }
    }
    fields.insert("custom".to_owned(), Value::Object(custom));
}

fn non_empty(s: Option<&str>) -> Option<String> {
    s.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn child_ids_round_trip_and_reject_malformed_ids() {
        let id = child_id("c1", "t1");
        assert_eq!(id, "c1/t1");
        let (contact, task) = split_child_id(&id).unwrap();
        assert_eq!((contact.as_str(), task), ("c1", "t1"));
        for bad in ["c1", "/t1", "c1/", "c1/t1/x", ""] {
            assert!(split_child_id(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn contact_names_fall_back_in_order() {
        let contact = |v: Value| -> Contact { serde_json::from_value(v).unwrap() };
        let name = |v| contact_record(&contact(v)).display_name;
        assert_eq!(
            name(json!({"id": "c", "name": "Ada L", "firstName": "X"})),
            Some("Ada L".into())
        );
        assert_eq!(
            name(json!({"id": "c", "name": " ", "firstName": "Ada", "email": "a@x"})),
            Some("Ada".into())
        );
        assert_eq!(name(json!({"id": "c", "email": "a@x"})), Some("a@x".into()));
        assert_eq!(name(json!({"id": "c"})), None);
    }

    #[test]
    fn opportunities_carry_resolved_names_and_flat_custom_fields() {
        let pipeline: Pipeline = serde_json::from_value(json!({
            "id": "p1", "name": "Sales", "stages": [{"id": "s1", "name": "Won"}]
        }))
        .unwrap();
        let names = PipelineNames::new(&[pipeline]);
        let opp: Opportunity = serde_json::from_value(json!({
            "id": "o1", "name": "Deal", "pipelineId": "p1", "pipelineStageId": "s9",
            "updatedAt": "2025-01-01T00:00:00Z",
            "customFields": [{"id": "cf", "fieldValue": 3}], "mystery": true
        }))
        .unwrap();
        let r = opportunity_record(&opp, &names);
        assert_eq!(r.fields["pipelineName"], "Sales");
        assert_eq!(r.fields["stageName"], Value::Null);
        assert_eq!(r.fields["customFields.cf"], 3);
        assert_eq!(r.fields["mystery"], true);
        assert_eq!(r.updated_at.map(|t| t.timestamp()), Some(1_735_689_600));
    }

    #[test]
    fn custom_holds_values_by_id_and_by_key() {
        let definitions: Vec<CustomFieldDefinition> = serde_json::from_value(json!([
            {"id": "cf1", "fieldKey": "contact.favourite_color"},
            {"id": "cf2", "fieldKey": "opportunity.deal_type"},
            {"id": "cf3"},
            {"id": "cf4", "fieldKey": "cf1"}
        ]))
        .unwrap();
        let keys = CustomFieldKeys::new(&definitions);
        assert_eq!(keys.len(), 3);
        assert_eq!(keys.key("cf2"), Some("deal_type"));
        let contact: Contact = serde_json::from_value(json!({
            "id": "c1",
            "customFields": [{"id": "cf1", "value": "blue"}, {"id": "cf3", "value": 7},
                             {"id": "cf4", "value": "shadowed"}]
        }))
        .unwrap();
        let keyed = contact_record_with(&contact, &keys);
        assert_eq!(
            keyed.fields["custom"],
            json!({"cf1": "blue", "cf3": 7, "cf4": "shadowed", "favourite_color": "blue"})
        );
        assert_eq!(keyed.fields["customFields.cf1"], "blue");
        let mut by_id = contact_record(&contact);
        assert_eq!(
            by_id.fields["custom"],
            json!({"cf1": "blue", "cf3": 7, "cf4": "shadowed"})
        );
        keys.apply(&mut by_id);
        assert_eq!(by_id, keyed);
        let bare: Contact = serde_json::from_value(json!({"id": "c2"})).unwrap();
        assert_eq!(
            contact_record_with(&bare, &keys).fields["custom"],
            json!({})
        );
    }

    #[test]
    fn notes_are_named_by_title_or_first_line() {
        let note: Note =
            serde_json::from_value(json!({"id": "n1", "body": "\n  Met at the fair \nmore"}))
                .unwrap();
        let r = note_record(&note, &ContactId::from("c1"));
        assert_eq!(r.id, "c1/n1");
        assert_eq!(r.display_name.as_deref(), Some("Met at the fair"));
    }
}
