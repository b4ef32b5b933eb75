//! `NotionSink` against the Notion emulator: row round trips, read-back hashes, hand edits,
//! the activity log and lost responses.

#[path = "../../notion-activity/tests/common/mod.rs"]
mod common;

use ghl_notion::entity;
use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use common::Emu;
use futures_util::TryStreamExt;
use ghl_notion::notion::convert::{notion_view, read_back};
use ghl_notion::notion::{MirrorOptions, NotionSink};
use notion_activity::properties::PropertyKind;
use notion_activity::{Page, PageId};
use proptest::prelude::*;
use serde_json::json;
use sync_core::error::Outcome;
use sync_core::projection::{DateValue, Projection, Value, ValueKind};
use sync_core::record::{EventKind, SourceEvent};
use sync_core::sink::{Sink, SinkRow, TableId};
use sync_core::strategy::{EventStreamStrategy, Strategy as _};

const KINDS: [(&str, ValueKind); 11] = [
    ("Name", ValueKind::Title),
    ("Notes", ValueKind::Text),
    ("Score", ValueKind::Number),
    ("When", ValueKind::Date),
    ("Stage", ValueKind::Select),
    ("Tags", ValueKind::MultiSelect),
    ("Site", ValueKind::Url),
    ("Mail", ValueKind::Email),
    ("Phone", ValueKind::Phone),
    ("Done", ValueKind::Checkbox),
    ("Company", ValueKind::Relation),
];

fn table() -> TableId {
    TableId::from("contacts")
}

struct Setup {
    emu: Emu,
    sink: NotionSink,
    /// A row of the companies table, for relations.
    company: String,
}

async fn setup() -> Setup {
    let emu = Emu::default().await;
    let companies = NotionSink::builder(emu.client(), emu.parent())
        .mirror(
            "companies",
            "Companies",
            MirrorOptions::new().property("Name", ValueKind::Title),
        )
        .ensure()
        .await
        .expect("companies");
    let companies_table = TableId::from("companies");
    let company = companies
        .create(
            &companies_table,
            "co-1",
            &Projection::new().with("Name", Value::Title("Acme".into())),
        )
        .await
        .expect("company")
        .0;
    let target = companies
        .data_source_id(&companies_table)
        .expect("ds")
        .clone();
    let mut options = MirrorOptions::new();
    for (name, kind) in KINDS {
        options = match kind {
            ValueKind::Relation => options.relation(name, target.clone()),
            _ => options.property(name, kind),
        };
    }
    let sink = NotionSink::builder(emu.client(), emu.parent())
        .mirror("contacts", "Contacts", options)
        .events(
            "activity",
            ghl_notion::notion::events::ghl_activity_log("GHL Activity Log"),
        )
        .ensure()
        .await
        .expect("ensure");
    Setup { emu, sink, company }
}

fn full(name: &str) -> Projection {
    let mut p = Projection::new()
        .with("Name", Value::Title(name.into()))
        .with("Notes", Value::Text("x".repeat(4100)))
        .with("Score", Value::Number(42.5))
        .with(
            "When",
            Value::Date(DateValue::Date(
                NaiveDate::from_ymd_opt(2026, 3, 4).unwrap(),
            )),
        )
        .with("Stage", Value::Select("Won".into()))
        .with("Tags", Value::MultiSelect(vec!["b".into(), "a".into()]))
        .with("Site", Value::Url("https://example.com/a".into()))
        .with("Mail", Value::Email("ada@example.com".into()))
        .with("Phone", Value::Phone("+1 555 0100".into()))
        .with("Done", Value::Checkbox(true))
        .with("Company", Value::Empty);
    p.stamp("Last Synced", Value::Date(DateValue::DateTime(Utc::now())));
    p
}

async fn rows(s: &Setup, key: &str) -> Vec<SinkRow> {
    s.sink.find_by_key(&table(), key).await.expect("find")
}

fn page(s: &Setup, id: &str) -> Page {
    serde_json::from_value(s.emu.emulator.page(id).expect("page")).expect("decode")
}

#[tokio::test]
async fn create_update_trash_restore_round_trip() {
    let s = setup().await;
    let p = full("Ada");
    let row = s.sink.create(&table(), "c-1", &p).await.expect("create");
    let found = rows(&s, "c-1").await;
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].row_id, row);
    assert!(found[0].managed && !found[0].trashed);
    assert_eq!(found[0].projection_hash, Some(p.content_hash()));
    assert!(found[0].last_edited.is_some());
    let stored = page(&s, &row.0);
    assert_eq!(stored.text("GHL ID").as_deref(), Some("c-1"));
    assert!(stored.date_start("Last Synced").is_some());

    // PATCH semantics: only the given properties change.
    let partial = Projection::new().with("Score", Value::Number(7.0));
    s.sink
        .update(&table(), &row, &partial)
        .await
        .expect("update");
    let stored = page(&s, &row.0);
    assert_eq!(stored.number("Score"), Some(7.0));
    assert_eq!(stored.text("Name").as_deref(), Some("Ada"));
    let changed = rows(&s, "c-1").await;
    assert_ne!(changed[0].projection_hash, Some(p.content_hash()));

    let p2 = full("Ada Lovelace");
    s.sink.update(&table(), &row, &p2).await.expect("update");
    assert_eq!(
        rows(&s, "c-1").await[0].projection_hash,
        Some(p2.content_hash())
    );

    s.sink.trash(&table(), &row).await.expect("trash");
    s.sink.trash(&table(), &row).await.expect("trash twice");
    let found = rows(&s, "c-1").await;
    assert_eq!(found.len(), 1, "trashed rows are found");
    assert!(found[0].trashed);
    let index: Vec<SinkRow> = s
        .sink
        .load_index(&table())
        .try_collect()
        .await
        .expect("index");
    assert!(index.iter().any(|r| r.row_id == row && r.trashed));

    s.sink.restore(&table(), &row).await.expect("restore");
    s.sink.restore(&table(), &row).await.expect("restore twice");
    assert!(!rows(&s, "c-1").await[0].trashed);
    assert!(rows(&s, "nobody").await.is_empty());
}

#[tokio::test]
async fn hand_edits_change_the_read_back_hash_and_unmanaged_rows_show() {
    let s = setup().await;
    let p = full("Grace");
    let row = s.sink.create(&table(), "c-2", &p).await.expect("create");
    s.emu
        .emulator
        .edit_page_as_user(&row.0, json!({"Stage": {"select": {"name": "Lost"}}}))
        .expect("edit");
    let after = rows(&s, "c-2").await;
    assert_ne!(after[0].projection_hash, Some(p.content_hash()));
    // Setting it back by hand reads as unchanged again.
    s.emu
        .emulator
        .edit_page_as_user(&row.0, json!({"Stage": {"select": {"name": "Won"}}}))
        .expect("edit");
    assert_eq!(
        rows(&s, "c-2").await[0].projection_hash,
        Some(p.content_hash())
    );

    let ds = s.sink.data_source_id(&table()).expect("ds").0.clone();
    s.emu
        .emulator
        .create_page_as_user(
            &ds,
            json!({"Name": {"title": [{"text": {"content": "mine"}}]},
                   "GHL ID": {"rich_text": [{"text": {"content": "c-3"}}]}}),
        )
        .expect("user row");
    let found = rows(&s, "c-3").await;
    assert_eq!(found.len(), 1);
    assert!(!found[0].managed);
}

#[tokio::test]
async fn sanitised_values_keep_the_engine_hash_until_edited() {
    let s = setup().await;
    let mut p = full("Linus");
    p.set("Mail", Value::Email("not an email".into()));
    p.set("Site", Value::Url(" https://example.com/b ".into()));
    let row = s.sink.create(&table(), "c-4", &p).await.expect("create");
    let stored = page(&s, &row.0);
    assert_eq!(stored.text("Mail"), None, "the invalid email was dropped");
    assert_eq!(
        rows(&s, "c-4").await[0].projection_hash,
        Some(p.content_hash())
    );
    s.emu
        .emulator
        .edit_page_as_user(&row.0, json!({"Mail": {"email": "linus@example.com"}}))
        .expect("edit");
    assert_ne!(
        rows(&s, "c-4").await[0].projection_hash,
        Some(p.content_hash())
    );
}

#[tokio::test]
async fn undeclared_properties_are_refused() {
    let s = setup().await;
    let p = full("X").with("Nope", Value::Text("?".into()));
    let e = s
        .sink
        .create(&table(), "c-5", &p)
        .await
        .expect_err("refused");
    assert_eq!(e.outcome, Outcome::NotApplied);
    assert!(!e.retryable);
}

#[tokio::test]
async fn lost_create_is_unknown_and_the_row_is_found() {
    let s = setup().await;
    s.emu
        .lose_creates
        .store(1, std::sync::atomic::Ordering::SeqCst);
    let e = s
        .sink
        .create(&table(), "c-6", &full("Lost"))
        .await
        .expect_err("lost");
    assert_eq!(e.outcome, Outcome::Unknown);
    // Never repeated blindly: the engine looks the key up instead.
    assert!(!e.retryable);
    assert_eq!(rows(&s, "c-6").await.len(), 1, "the row was written");
}

#[tokio::test]
async fn events_append_once_and_are_found() {
    let s = setup().await;
    let log = TableId::from("activity");
    let mut e = SourceEvent::new("wh-1", entity::CONTACT, "c-1", EventKind::Created);
    e.actor = Some("Ann".into());
    e.occurred_at = DateTime::from_timestamp(1_700_000_000, 0);
    let row = EventStreamStrategy::new("activity")
        .event_row(&e, None)
        .expect("row");
    assert_eq!(s.sink.find_event(&log, "wh-1").await.expect("find"), None);
    let id = s.sink.append_event(&log, &row).await.expect("append");
    assert_eq!(
        s.sink.find_event(&log, "wh-1").await.expect("find"),
        Some(id.clone())
    );
    let again = s.sink.append_event(&log, &row).await.expect("append again");
    assert_eq!(again, id);
    let ds = s.sink.data_source_id(&log).expect("ds");
    assert_eq!(s.emu.emulator.pages_in(&ds.0).len(), 1);
    let stored = page(&s, &id.0);
    assert_eq!(stored.select("Action").as_deref(), Some("Created"));
    assert_eq!(stored.select("GHL Entity").as_deref(), Some("Contact"));
    assert_eq!(stored.text("Actor").as_deref(), Some("Ann"));

    s.emu
        .lose_creates
        .store(1, std::sync::atomic::Ordering::SeqCst);
    let e2 = SourceEvent::new("wh-2", entity::CONTACT, "c-1", EventKind::Updated);
    let row2 = EventStreamStrategy::new("activity")
        .event_row(&e2, None)
        .expect("row");
    let id2 = s
        .sink
        .append_event(&log, &row2)
        .await
        .expect("found after a lost answer");
    assert_eq!(
        s.sink.find_event(&log, "wh-2").await.expect("find"),
        Some(id2)
    );
    assert_eq!(s.emu.emulator.pages_in(&ds.0).len(), 2, "no duplicate");
    // Mirror calls on an event table are refused, not sent.
    assert!(s.sink.find_by_key(&log, "c-1").await.is_err());
}

fn any_value(kind: ValueKind, company: String) -> BoxedStrategy<Value> {
    let text = "[a-zA-Z0-9 ,é😀]{0,12}";
    let value = match kind {
        ValueKind::Title => text.prop_map(Value::Title).boxed(),
        ValueKind::Text => prop_oneof![
            text.prop_map(Value::Text),
            (1usize..3).prop_map(|n| Value::Text("ab😀".repeat(700 * n))),
        ]
        .boxed(),
        ValueKind::Number => prop_oneof![
            any::<f64>().prop_map(Value::Number),
            (-1000i64..1000).prop_map(|n| Value::Number(n as f64)),
        ]
        .boxed(),
        ValueKind::Date => prop_oneof![
            (0i64..4_000_000_000, 0u32..1_000_000_000).prop_map(|(s, n)| Value::Date(
                DateValue::DateTime(DateTime::from_timestamp(s, n).unwrap())
            )),
            (0i64..40_000).prop_map(|d| Value::Date(DateValue::Date(
                NaiveDate::from_num_days_from_ce_opt(700_000 + d as i32).unwrap()
            ))),
        ]
        .boxed(),
        ValueKind::Select => text.prop_map(Value::Select).boxed(),
        ValueKind::MultiSelect => prop::collection::vec("[a-d ,]{0,3}", 0..4)
            .prop_map(Value::MultiSelect)
            .boxed(),
        ValueKind::Url => prop_oneof![
            "[a-z]{1,8}".prop_map(|p| Value::Url(format!("https://example.com/{p}"))),
            text.prop_map(Value::Url),
        ]
        .boxed(),
        ValueKind::Email => prop_oneof![
            "[a-z]{1,8}".prop_map(|p| Value::Email(format!("{p}@example.com"))),
            text.prop_map(Value::Email),
        ]
        .boxed(),
        ValueKind::Phone => prop_oneof![
            "[0-9 +()-]{0,14}".prop_map(Value::Phone),
            text.prop_map(Value::Phone),
        ]
        .boxed(),
        ValueKind::Checkbox => any::<bool>().prop_map(Value::Checkbox).boxed(),
        ValueKind::Relation => prop_oneof![
            Just(Value::Relation(vec![company.clone()])),
            Just(Value::Relation(vec![
                company.replace('-', "").to_uppercase()
            ])),
            Just(Value::Relation(vec![])),
        ]
        .boxed(),
    };
    prop_oneof![1 => Just(Value::Empty), 6 => value].boxed()
}

fn any_projection(company: String) -> impl proptest::strategy::Strategy<Value = Projection> {
    KINDS
        .iter()
        .map(|(name, kind)| any_value(*kind, company.clone()).prop_map(move |v| (*name, v)))
        .collect::<Vec<_>>()
        .prop_map(|values| {
            let mut p = Projection::new();
            for (name, v) in values {
                p.set(name, v);
            }
            p
        })
}

#[test]
fn read_back_hash_matches_for_every_value_kind() {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let s = rt.block_on(setup());
    let columns: BTreeMap<String, PropertyKind> = KINDS
        .iter()
        .map(|(n, k)| {
            (
                n.to_string(),
                ghl_notion::notion::convert::property_kind(*k),
            )
        })
        .collect();
    let names: Vec<String> = columns.keys().cloned().collect();
    let n = std::sync::atomic::AtomicUsize::new(0);
    proptest!(ProptestConfig::with_cases(40), |(p in any_projection(s.company.clone()))| {
        let key = format!("p-{}", n.fetch_add(1, std::sync::atomic::Ordering::SeqCst));
        let row = rt.block_on(s.sink.create(&table(), &key, &p)).expect("create");
        let found = rt.block_on(rows(&s, &key));
        // What the engine sees: its own hash while the row is untouched.
        prop_assert_eq!(found[0].projection_hash, Some(p.content_hash()));
        // What Notion holds: exactly the predicted normalisation of the projection.
        let stored = page(&s, &row.0);
        let held = read_back(&stored, &names).expect("readable");
        let view = notion_view(&p, &columns).expect("view");
        prop_assert_eq!(&held, &view);
        prop_assert_eq!(held.content_hash(), view.content_hash());
        // An update with the same content reads back the same.
        rt.block_on(s.sink.update(&table(), &row, &p)).expect("update");
        prop_assert_eq!(rt.block_on(rows(&s, &key))[0].projection_hash, Some(p.content_hash()));
    });
    // The relation form without hyphens is what Notion normalises.
    let _ = PageId::from(s.company.as_str());
}

#[test]
fn remote_error_marks_retryable_only_what_the_client_did_not_retry() {
    use ghl_notion::notion::remote_error;
    use notion_activity::{ApiError, Error, ErrorCode};
    let api = |status: u16, code: ErrorCode| {
        Error::Api(Box::new(ApiError {
            status: http::StatusCode::from_u16(status).unwrap(),
            code,
            message: String::new(),
            request_id: None,
            additional_data: None,
            retry_after: None,
            method: "POST".into(),
            path: "/v1/pages",
            from_edge: false,
            cf_ray: None,
        }))
    };
    let decode = Error::Decode {
        method: "POST".into(),
        path: "/v1/pages",
        json_path: ".".into(),
        message: "EOF while parsing".into(),
        excerpt: "{\"object\":\"pa".into(),
    };
    #[rustfmt::skip]
    let cases: Vec<(&str, Error, Outcome, bool)> = vec![
        ("circuit open", Error::CircuitOpen { retry_in: std::time::Duration::from_secs(3) }, Outcome::NotApplied, true),
        ("429", api(429, ErrorCode::RateLimited), Outcome::NotApplied, false),
        ("409", api(409, ErrorCode::ConflictError), Outcome::NotApplied, false),
        ("503", api(503, ErrorCode::ServiceUnavailable), Outcome::Unknown, false),
        ("400", api(400, ErrorCode::ValidationError), Outcome::NotApplied, false),
        ("undecodable 2xx", decode, Outcome::Unknown, false),
    ];
    for (name, error, outcome, retryable) in cases {
        let mapped = remote_error(error);
        assert_eq!(mapped.outcome, outcome, "{name}");
        assert_eq!(mapped.retryable, retryable, "{name}");
    }
}
