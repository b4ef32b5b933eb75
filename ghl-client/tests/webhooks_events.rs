//! Every documented GHL webhook example decodes into its typed variant.
#![cfg(feature = "webhooks")]

use std::path::PathBuf;

use ghl_client::webhooks::{EventKind, KindSource, WebhookEvent, decode, decode_value};
use serde_json::{Value, json};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/webhooks")
}

/// `(file event, examples)` for every spec file.
fn spec_files() -> Vec<(String, Vec<Value>)> {
    let mut files: Vec<_> = std::fs::read_dir(fixtures())
        .expect("fixtures dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let spec: Value =
                serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("json");
            let event = spec["event"].as_str().expect("event name").to_owned();
            let examples = spec["examples"].as_array().cloned().unwrap_or_default();
            (event, examples)
        })
        .collect()
}

/// Documented examples whose `type` names another event: the `type` wins.
fn expected_kind(file_event: &str, index: usize) -> EventKind {
    match (file_event, index) {
        // GHL copy-paste slips: the Update/Delete examples say "AppointmentCreate".
        ("AppointmentUpdate" | "AppointmentDelete", _) => EventKind::AppointmentCreate,
        // The InboundMessage page shows an outbound call as its second example.
        ("InboundMessage", 1) => EventKind::OutboundMessage,
        (event, _) => event.parse().expect("every spec event is an EventKind"),
    }
}

#[test]
fn every_spec_event_is_a_kind_and_every_kind_has_a_spec() {
    let files = spec_files();
    assert_eq!(files.len(), 58);
    let mut kinds: Vec<EventKind> = files
        .iter()
        .map(|(event, _)| event.parse().expect(event))
        .collect();
    kinds.sort();
    kinds.dedup();
    assert_eq!(
        kinds.len(),
        EventKind::ALL.len(),
        "one kind per documented event"
    );
}

#[test]
fn every_documented_example_decodes_into_its_variant_with_the_route_hint() {
    let mut decoded = 0;
    for (event, examples) in spec_files() {
        let hint: EventKind = event.parse().expect("kind");
        for (i, example) in examples.iter().enumerate() {
            let body = serde_json::to_vec(example).expect("serialize");
            let d = decode(&body, Some(hint)).expect("decodes");
            assert_eq!(
                d.event.kind(),
                Some(expected_kind(&event, i)),
                "{event} example {i}: {:?}",
                d.envelope.payload_error
            );
            assert!(d.envelope.payload_error.is_none(), "{event} #{i}");
            assert!(!matches!(d.event, WebhookEvent::Unknown { .. }));
            decoded += 1;
        }
    }
    assert!(decoded >= 60, "decoded {decoded} examples");
}

#[test]
fn every_documented_example_decodes_without_a_hint() {
    for (event, examples) in spec_files() {
        for (i, example) in examples.iter().enumerate() {
            let body = serde_json::to_vec(example).expect("serialize");
            let d = decode(&body, None).expect("decodes");
            let kind = d
                .event
                .kind()
                .unwrap_or_else(|| panic!("{event} #{i} unknown"));
            let expected = expected_kind(&event, i);
            match d.envelope.kind_source {
                KindSource::Type => assert_eq!(kind, expected, "{event} #{i}"),
                // Typeless examples: same family (name prefix), action possibly neutral.
                KindSource::Shape => {
                    let family = |k: EventKind| {
                        let name = k.name();
                        [
                            "Invoice",
                            "Product",
                            "Price",
                            "Relation",
                            "Record",
                            "Association",
                            "ObjectSchema",
                            "User",
                            "ProviderOutboundMessage",
                        ]
                        .into_iter()
                        .find(|p| name.starts_with(p))
                        .unwrap_or(name)
                    };
                    assert_eq!(family(kind), family(expected), "{event} #{i} -> {kind}");
                }
                other => panic!("{event} #{i}: kind source {other:?}"),
            }
        }
    }
}

#[test]
fn invoice_status_picks_the_invoice_event_without_a_type() {
    for (file, kind) in [
        ("InvoicePaid", EventKind::InvoicePaid),
        ("InvoicePartiallyPaid", EventKind::InvoicePartiallyPaid),
        ("InvoiceVoid", EventKind::InvoiceVoid),
        ("InvoiceSent", EventKind::InvoiceSent),
        ("InvoiceDelete", EventKind::InvoiceDelete),
        ("InvoiceCreate", EventKind::InvoiceUpdate), // draft: create or update, unknowable
    ] {
        let spec: Value = serde_json::from_slice(
            &std::fs::read(fixtures().join(format!("{file}.json"))).expect("read"),
        )
        .expect("json");
        let d = decode_value(spec["examples"][0].clone(), None).expect("decodes");
        assert_eq!(d.event.kind(), Some(kind), "{file}");
        assert_eq!(d.envelope.kind_source, KindSource::Shape);
        assert_eq!(
            d.envelope.location_id.as_ref().map(|l| l.as_str()),
            Some("6578278e879ad2646715ba9c"),
            "location from altId"
        );
    }
}

#[test]
fn typed_fields_are_read() {
    let spec: Value = serde_json::from_slice(
        &std::fs::read(fixtures().join("ContactDndUpdate.json")).expect("read"),
    )
    .expect("json");
    let d = decode_value(spec["examples"][0].clone(), None).expect("decodes");
    let WebhookEvent::ContactDndUpdate(contact) = d.event else {
        panic!("wrong variant");
    };
    assert_eq!(
        contact.id.as_ref().map(|i| i.as_str()),
        Some("nmFmQEsNgz6AVpgLVUJ0")
    );
    assert_eq!(contact.dnd, Some(true));
    assert_eq!(contact.tags.as_ref().map(Vec::len), Some(2));
    assert!(
        contact
            .dnd_settings
            .as_ref()
            .is_some_and(|s| s.contains_key("WhatsApp"))
    );
    assert_eq!(
        contact.date_added.map(|t| t.timestamp_millis()),
        Some(1_637_930_462_193)
    );

    let d = decode(
        br#"{"type":"AppointmentCreate","locationId":"l","appointment":{"id":"a1",
            "startTime":"2023-09-25T16:00:00+05:30","users":["u1"]}}"#,
        None,
    )
    .expect("decodes");
    let WebhookEvent::AppointmentCreate(a) = d.event else {
        panic!()
    };
    let appt = a.appointment.expect("appointment");
    assert_eq!(
        appt.start_time.map(|t| t.to_rfc3339()),
        Some("2023-09-25T10:30:00+00:00".into())
    );
}

#[test]
fn unknown_fields_are_kept() {
    let d = decode(
        br#"{"type":"NoteCreate","id":"n","brandNew":{"x":1}}"#,
        None,
    )
    .expect("ok");
    let WebhookEvent::NoteCreate(note) = d.event else {
        panic!()
    };
    assert_eq!(note.extra.get("brandNew"), Some(&json!({"x": 1})));
}

#[test]
fn unknown_event_types_keep_the_raw_json() {
    let body = br#"{"type":"SomethingNew","locationId":"l1","webhookId":"w","x":[1,2]}"#;
    let d = decode(body, None).expect("decodes");
    assert_eq!(d.event.kind(), None);
    assert_eq!(d.event.name(), "SomethingNew");
    let WebhookEvent::Unknown { event_type, raw } = &d.event else {
        panic!()
    };
    assert_eq!(event_type.as_deref(), Some("SomethingNew"));
    assert_eq!(raw["x"], json!([1, 2]));
    assert_eq!(
        d.envelope.location_id.as_ref().map(|l| l.as_str()),
        Some("l1")
    );
    assert_eq!(d.envelope.kind_source, KindSource::Unknown);
}

#[test]
fn a_payload_that_does_not_fit_falls_back_to_unknown_with_the_reason() {
    let d = decode(
        br#"{"type":"ContactCreate","id":"c","dnd":"perhaps"}"#,
        None,
    )
    .expect("ok");
    assert!(
        matches!(&d.event, WebhookEvent::Unknown { event_type: Some(t), .. } if t == "ContactCreate")
    );
    assert_eq!(d.envelope.kind, Some(EventKind::ContactCreate));
    assert!(
        d.envelope
            .payload_error
            .as_deref()
            .is_some_and(|e| e.contains("boolean"))
    );
}

#[test]
fn a_data_envelope_is_unwrapped() {
    let body = br#"{"data":{"type":"TaskCreate","id":"t1","locationId":"l1"},
                   "timestamp":"2025-01-28T14:35:00Z","webhookId":"w-9"}"#;
    let d = decode(body, None).expect("decodes");
    assert!(d.envelope.wrapped_in_data);
    assert_eq!(d.event.kind(), Some(EventKind::TaskCreate));
    assert_eq!(d.envelope.webhook_id.as_deref(), Some("w-9"));
    assert_eq!(
        d.envelope.timestamp.map(|t| t.timestamp()),
        Some(1_738_074_900)
    );
    // A payload that merely has a `data` field next to real fields is not unwrapped.
    let d = decode(br#"{"type":"NoteCreate","id":"n","data":{"a":1}}"#, None).expect("ok");
    assert!(!d.envelope.wrapped_in_data);
    assert_eq!(d.event.kind(), Some(EventKind::NoteCreate));
}

#[test]
fn type_wins_over_hint_and_hint_wins_over_shape() {
    let d = decode(
        br#"{"type":"NoteDelete","id":"n"}"#,
        Some(EventKind::NoteCreate),
    )
    .expect("ok");
    assert_eq!(
        (d.event.kind(), d.envelope.kind_source),
        (Some(EventKind::NoteDelete), KindSource::Type)
    );
    let body = br#"{"_id":"p","product":"prod","amount":5,"currency":"USD"}"#;
    let d = decode(body, Some(EventKind::PriceDelete)).expect("ok");
    assert_eq!(
        (d.event.kind(), d.envelope.kind_source),
        (Some(EventKind::PriceDelete), KindSource::Hint)
    );
    let d = decode(body, None).expect("ok");
    assert_eq!(
        (d.event.kind(), d.envelope.kind_source),
        (Some(EventKind::PriceUpdate), KindSource::Shape)
    );
}

#[test]
fn price_events_have_no_documented_example_so_use_the_schema() {
    let body = json!({
        "_id": "655b33aa2209e60b6adb87a7", "locationId": "3SwdhCsvxI8Au3KsPJt6",
        "product": "655b33a82209e60b6adb87a5", "name": "Monthly", "type": "recurring",
        "currency": "USD", "amount": 9.99, "recurring": {"interval": "month", "intervalCount": 1},
        "membershipOffers": [{"label": "Gold", "value": "gold", "_id": "m1"}],
        "variantOptionIds": ["h4z7u0im2q8"], "trackInventory": null,
        "createdAt": "2023-11-20T10:23:38.000Z", "updatedAt": "2023-11-20T10:23:38.000Z"
    });
    for kind in [
        EventKind::PriceCreate,
        EventKind::PriceUpdate,
        EventKind::PriceDelete,
    ] {
        let d = decode_value(body.clone(), Some(kind)).expect("decodes");
        let Some(k) = d.event.kind() else {
            panic!("{:?}", d.envelope.payload_error)
        };
        assert_eq!(k, kind);
    }
}

#[test]
fn kinds_parse_from_names_wire_types_and_aliases() {
    for kind in EventKind::ALL {
        assert_eq!(kind.name().parse::<EventKind>().ok(), Some(*kind));
        assert_eq!(kind.wire_type().parse::<EventKind>().ok(), Some(*kind));
        assert_eq!(EventKind::from_type(kind.wire_type()), Some(*kind));
    }
    assert_eq!(EventKind::from_type("INSTALL"), Some(EventKind::AppInstall));
    assert_eq!(
        EventKind::from_type("PLAN_CHANGE"),
        Some(EventKind::PlanChange)
    );
    assert_eq!(
        EventKind::from_type("ConversationUnreadWebhook"),
        Some(EventKind::ConversationUnreadUpdate)
    );
    assert_eq!(
        "contactcreate".parse::<EventKind>().ok(),
        Some(EventKind::ContactCreate)
    );
    assert!("Nope".parse::<EventKind>().is_err());
}

#[test]
fn non_objects_are_decode_errors() {
    assert!(decode(b"not json", None).is_err());
    assert!(decode(b"[1,2]", None).is_err());
    assert!(decode(b"\"x\"", None).is_err());
    assert!(decode(b"{}", None).is_ok());
}
