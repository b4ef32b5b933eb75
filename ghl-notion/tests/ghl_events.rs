//! Every documented webhook example (`tests/fixtures/webhooks/*.json`) mapped to a
//! `SourceEvent`: CRM events to the right entity, record id and kind, everything else to
//! `None`; and a verified delivery keeps its exact body and dedupe key.

use ghl_notion::entity;
use std::time::SystemTime;

use bytes::Bytes;
use ghl_client::webhooks::{SignatureScheme, VerifiedEvent, decode};
use ghl_notion::ghl::{source_event, verified_source_event};
use serde_json::Value;
use sync_core::record::{EntityKind, EventKind};

/// `(event name, example body)` for every fixture.
fn examples() -> Vec<(String, Value)> {
    let dir = format!(
        "{}/../ghl-client/tests/fixtures/webhooks",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the fixtures exist") {
        let path = entry.expect("a directory entry").path();
        let text = std::fs::read_to_string(&path).expect("readable");
        let file: Value = serde_json::from_str(&text).expect("JSON");
        let name = file["event"].as_str().expect("an event name").to_owned();
        for example in file["examples"].as_array().into_iter().flatten() {
            out.push((name.clone(), example.clone()));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn expected(name: &str) -> Option<(EntityKind, EventKind)> {
    let other = |s: &str| EventKind::Other(s.to_owned());
    let entity = [
        ("Contact", entity::CONTACT),
        ("Opportunity", entity::OPPORTUNITY),
        ("Task", entity::TASK),
        ("Note", entity::NOTE),
        ("Appointment", entity::APPOINTMENT),
    ]
    .into_iter()
    .find(|(prefix, _)| name.starts_with(prefix))?
    .1;
    let action = name;
    let kind = match () {
        _ if action.ends_with("TagUpdate") => other("TagUpdate"),
        _ if action.ends_with("DndUpdate") => other("DndUpdate"),
        _ if action.ends_with("StageUpdate") => other("StageUpdate"),
        _ if action.ends_with("StatusUpdate") => other("StatusUpdate"),
        _ if action.ends_with("MonetaryValueUpdate") => other("MonetaryValueUpdate"),
        _ if action.ends_with("AssignedToUpdate") => other("AssignedToUpdate"),
        _ if action.ends_with("Complete") => other("Completed"),
        _ if action.ends_with("Create") => EventKind::Created,
        _ if action.ends_with("Update") => EventKind::Updated,
        _ if action.ends_with("Delete") => EventKind::Deleted,
        _ => return None,
    };
    Some((entity, kind))
}

#[test]
fn documented_examples_map_to_the_right_events() {
    let examples = examples();
    assert!(examples.len() >= 50, "{} examples", examples.len());
    let mut mapped = 0;
    for (name, body) in examples {
        let bytes = serde_json::to_vec(&body).unwrap();
        // GHL's Appointment Update/Delete examples say `"type": "AppointmentCreate"`; the
        // decoder trusts `type`, so judge those by what was decoded.
        let decoded = decode(&bytes, None).unwrap();
        let judged = decoded.event.name().to_owned();
        let event = source_event(&decoded);
        match (expected(&judged), event) {
            (None, None) => {}
            (Some((entity, kind)), Some(event)) => {
                mapped += 1;
                assert_eq!(event.entity, entity, "{name}");
                assert_eq!(event.kind, kind, "{name}");
                let id = match entity.as_str() {
                    "appointment" => &body["appointment"]["id"],
                    _ => &body["id"],
                };
                let id = id.as_str().expect("an id");
                match entity.as_str() {
                    "task" | "note" => {
                        let contact = body["contactId"].as_str().unwrap();
                        assert_eq!(event.record_id, format!("{contact}/{id}"), "{name}");
                    }
                    _ => assert_eq!(event.record_id, id, "{name}"),
                }
                if kind == EventKind::Deleted {
                    assert!(
                        event.record.is_none(),
                        "{name}: a deletion carries no record"
                    );
                }
                if let Some(record) = &event.record {
                    assert_eq!(record.id, event.record_id, "{name}");
                    assert!(record.updated_at.is_some(), "{name}");
                }
                // The payload keeps what GHL sent.
                assert_eq!(
                    event.payload.as_ref().unwrap()["type"],
                    body["type"],
                    "{name}"
                );
            }
            (want, got) => panic!("{name}: expected {want:?}, got {got:?}"),
        }
    }
    assert!(mapped >= 20, "{mapped} CRM examples mapped");
}

#[test]
fn occurred_at_is_the_envelope_timestamp_not_date_added() {
    let body = br#"{"type":"OpportunityStatusUpdate","id":"o1","status":"won",
        "dateAdded":"2020-01-01T00:00:00Z","timestamp":"2025-05-05T05:05:05Z","webhookId":"w1"}"#;
    let event = source_event(&decode(body, None).unwrap()).unwrap();
    assert_eq!(
        event.occurred_at.map(|t| t.to_rfc3339()),
        Some("2025-05-05T05:05:05+00:00".into())
    );
    assert!(
        event.record.is_none(),
        "opportunity payloads have no update time"
    );
}

#[test]
fn appointment_payloads_with_date_updated_carry_the_record() {
    let body = br#"{"type":"AppointmentUpdate","locationId":"l","webhookId":"w",
        "appointment":{"id":"e1","title":"Demo","dateUpdated":"2025-01-01T10:00:00Z"}}"#;
    let event = source_event(&decode(body, None).unwrap()).unwrap();
    let record = event.record.clone().expect("a complete appointment");
    assert_eq!(record.id, "e1");
    assert_eq!(record.display_name.as_deref(), Some("Demo"));
    assert_eq!(event.effective_time(), record.updated_at);
}

#[test]
fn verified_events_keep_the_exact_body_and_fall_back_to_the_dedupe_key() {
    let body = Bytes::from_static(br#"{"data":{"type":"NoteDelete","id":"n1","contactId":"c1"}}"#);
    let decoded = decode(&body, None).unwrap();
    let verified = VerifiedEvent {
        envelope: decoded.envelope,
        event: decoded.event,
        body,
        scheme: SignatureScheme::Ed25519,
        dedupe_key: "sha256:abc".into(),
        received_at: SystemTime::now(),
    };
    let event = verified_source_event(&verified).unwrap();
    assert_eq!(event.event_id, "sha256:abc");
    assert_eq!(event.record_id, "c1/n1");
    assert_eq!(event.kind, EventKind::Deleted);
    assert_eq!(event.payload.unwrap()["id"], "n1", "unwrapped from data");

    let install = Bytes::from_static(br#"{"type":"INSTALL","appId":"a","locationId":"l"}"#);
    let decoded = decode(&install, None).unwrap();
    let verified = VerifiedEvent {
        envelope: decoded.envelope,
        event: decoded.event,
        body: install,
        scheme: SignatureScheme::Ed25519,
        dedupe_key: "sha256:def".into(),
        received_at: SystemTime::now(),
    };
    assert!(verified_source_event(&verified).is_none());
}
