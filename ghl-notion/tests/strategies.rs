//! Every built-in strategy on `NotionSink` with the defaults, its table declared through
//! `strategy_table` (the columns come from `Strategy::schema`), run by the real engine
//! against the Notion emulator: rows land with the projected values, and a second pass
//! writes nothing. Then a Reference table configured in `Config` on the embedded sandbox.

#[path = "../../notion-activity/tests/common/mod.rs"]
mod common;

use std::sync::Arc;

use chrono::NaiveDate;
use common::Emu;
use ghl_notion::config::{Config, StrategyName};
use ghl_notion::entity;
use ghl_notion::notion::NotionSink;
use ghl_notion::notion::convert::read_back;
use ghl_notion::service::default_sandbox;
use ghl_notion::{SyncMode, SyncService};
use notion_activity::Page;
use serde_json::json;
use sync_core::engine::Engine;
use sync_core::projection::{DateValue, Projection, Value, ValueKind};
use sync_core::record::{EventKind, SourceEvent, SourceRecord};
use sync_core::sink::{Sink, TableId};
use sync_core::state::MemoryStore;
use sync_core::strategy::{
    EventStreamStrategy, FieldMap, ReferenceStrategy, Strategy, SummaryStrategy,
};
use sync_core::testing::FakeSource;

/// Every value kind but relations, with the field it is read from.
const FIELDS: [(&str, &str, ValueKind); 10] = [
    ("name", "Deal", ValueKind::Title),
    ("note", "Notes", ValueKind::Text),
    ("value", "Value", ValueKind::Number),
    ("close", "Close", ValueKind::Date),
    ("stage", "Stage", ValueKind::Select),
    ("tags", "Tags", ValueKind::MultiSelect),
    ("site", "Site", ValueKind::Url),
    ("mail", "Mail", ValueKind::Email),
    ("phone", "Phone", ValueKind::Phone),
    ("won", "Won", ValueKind::Checkbox),
];

fn summary() -> SummaryStrategy {
    let mut s = SummaryStrategy::new()
        .table(entity::OPPORTUNITY, "deals")
        .marker(Some(("Owner".to_owned(), "sync".to_owned())));
    for (from, to, kind) in FIELDS {
        s = s.field(FieldMap::new(from, to, kind));
    }
    s
}

fn reference() -> ReferenceStrategy {
    ReferenceStrategy::new()
        .table(entity::CONTACT, "people")
        .link(Arc::new(|r: &SourceRecord| {
            Some(format!("https://crm.example/contacts/{}", r.id))
        }))
}

/// What the full deal `o-1` must read as in Notion.
fn full_deal() -> Projection {
    Projection::new()
        .with("Deal", Value::Title("Big deal".into()))
        .with("Notes", Value::Text("first of many".into()))
        .with("Value", Value::Number(1200.5))
        .with(
            "Close",
            Value::Date(DateValue::Date(
                NaiveDate::from_ymd_opt(2026, 3, 4).expect("a date"),
            )),
        )
        .with("Stage", Value::Select("Won".into()))
        .with("Tags", Value::MultiSelect(vec!["vip".into(), "q1".into()]))
        .with("Site", Value::Url("https://example.com/deals/o-1".into()))
        .with("Mail", Value::Email("buyer@example.com".into()))
        .with("Phone", Value::Phone("+15550001".into()))
        .with("Won", Value::Checkbox(true))
        .with("Owner", Value::Select("sync".into()))
}

async fn row(emu: &Emu, sink: &NotionSink, table: &str, key: &str) -> Page {
    let rows = sink
        .find_by_key(&TableId::from(table), key)
        .await
        .expect("find by key");
    assert_eq!(rows.len(), 1, "{table}/{key}: {rows:?}");
    assert!(rows[0].managed, "{table}/{key} is not marked as the sync's");
    let page = emu.emulator.page(&rows[0].row_id.0).expect("the page");
    serde_json::from_value(page).expect("a page")
}

fn names(schema: &[(String, ValueKind)]) -> Vec<String> {
    schema.iter().map(|(n, _)| n.clone()).collect()
}

#[tokio::test]
async fn every_built_in_strategy_writes_its_rows_then_rests() {
    let emu = Emu::default().await;
    let reference = Arc::new(reference());
    let summary = Arc::new(summary());
    let events = Arc::new(EventStreamStrategy::new("activity"));
    let sink = Arc::new(
        NotionSink::builder(emu.client(), emu.parent())
            .strategy_table(reference.as_ref(), "people", "People")
            .strategy_table(summary.as_ref(), "deals", "Deals")
            .strategy_table(events.as_ref(), "activity", "Activity")
            .ensure()
            .await
            .expect("the tables are created from the strategies"),
    );

    let source = Arc::new(FakeSource::new());
    for (id, name) in [("c-1", "Ada"), ("c-2", "Grace"), ("c-3", "Linus")] {
        source.set(entity::CONTACT, id, name);
    }
    source.upsert(
        SourceRecord::new(entity::OPPORTUNITY, "o-1").with_fields(json!({
            "name": "Big deal", "note": "first of many", "value": 1200.5,
            "close": "2026-03-04", "stage": "Won", "tags": ["vip", "q1"],
            "site": "https://example.com/deals/o-1", "mail": "buyer@example.com",
            "phone": "+15550001", "won": true
        })),
    );
    source.upsert(
        SourceRecord::new(entity::OPPORTUNITY, "o-2")
            .with_fields(json!({"name": "Small deal", "value": "3"})),
    );
    let engine = Engine::builder()
        .source(source.clone())
        .sink(sink.clone())
        .store(Arc::new(MemoryStore::new()))
        .strategy(reference.clone())
        .strategy(summary.clone())
        .strategy(events.clone())
        .clock(emu.clock.shared())
        .build()
        .expect("the engine");

    let people = engine.reconcile(&entity::CONTACT).await.expect("contacts");
    let deals = engine.reconcile(&entity::OPPORTUNITY).await.expect("deals");
    for (report, created) in [(&people, 3), (&deals, 2)] {
        assert_eq!(report.failed, 0, "{report:?}");
        assert_eq!(report.created, created, "{report:?}");
    }

    // Reference rows: name, id, kind, link, as projected.
    let people_ds = sink
        .data_source_id(&TableId::from("people"))
        .expect("people");
    assert_eq!(emu.emulator.pages_in(people_ds.as_str()).len(), 3);
    let declared = reference
        .schema(&TableId::from("people"))
        .expect("a schema");
    for id in ["c-1", "c-2", "c-3"] {
        let record = source.get(&entity::CONTACT, id).expect("record");
        let page = row(&emu, &sink, "people", id).await;
        let held = read_back(&page, &names(&declared.properties)).expect("readable");
        assert_eq!(Some(held), reference.project(&record), "{id}");
        assert!(page.date_start("Last Synced").is_some(), "{id}: no stamp");
    }
    let ada = row(&emu, &sink, "people", "c-1").await;
    assert_eq!(ada.text("Name").as_deref(), Some("Ada"));
    assert_eq!(
        ada.properties["Link"]["url"],
        "https://crm.example/contacts/c-1"
    );

    // Summary rows: every kind, the marker, and empties for what the record lacks.
    let deal_columns = names(
        &summary
            .schema(&TableId::from("deals"))
            .expect("schema")
            .properties,
    );
    assert_eq!(deal_columns.len(), FIELDS.len() + 1);
    let big = row(&emu, &sink, "deals", "o-1").await;
    assert_eq!(read_back(&big, &deal_columns), Some(full_deal()));
    let small = row(&emu, &sink, "deals", "o-2").await;
    let small = read_back(&small, &deal_columns).expect("readable");
    assert_eq!(small.get("Deal"), Some(&Value::Title("Small deal".into())));
    assert_eq!(small.get("Value"), Some(&Value::Number(3.0)));
    assert_eq!(small.get("Notes"), Some(&Value::Empty));
    assert_eq!(small.get("Won"), Some(&Value::Checkbox(false)));
    assert_eq!(small.get("Owner"), Some(&Value::Select("sync".into())));

    // Events: one row each, once, however often delivered.
    let created = SourceEvent::new("wh-1", entity::CONTACT, "c-1", EventKind::Created);
    let updated = SourceEvent::new("wh-2", entity::OPPORTUNITY, "o-1", EventKind::Updated);
    for event in [&created, &updated, &created] {
        engine.apply_event(event).await.expect("event");
    }
    let log_ds = sink
        .data_source_id(&TableId::from("activity"))
        .expect("activity");
    let log: Vec<Page> = emu
        .emulator
        .pages_in(log_ds.as_str())
        .into_iter()
        .map(|p| serde_json::from_value(p).expect("page"))
        .collect();
    let mut ids: Vec<String> = log.iter().filter_map(|p| p.text("Event ID")).collect();
    ids.sort();
    assert_eq!(ids, ["wh-1", "wh-2"]);
    let first = log
        .iter()
        .find(|p| p.text("Event ID").as_deref() == Some("wh-1"))
        .expect("wh-1");
    // The activity log has its own fixed columns; the event row is mapped onto them.
    assert_eq!(first.select("Action").as_deref(), Some("Created"));
    assert_eq!(first.select("GHL Entity").as_deref(), Some("Contact"));
    assert_eq!(first.text("GHL Record ID").as_deref(), Some("c-1"));
    assert_eq!(
        first.text("Entity Name").as_deref(),
        Some("contact created c-1")
    );

    // Nothing changed: a second pass, incremental then full, writes nothing at all.
    let before = emu.emulator.snapshot();
    for entity in [entity::CONTACT, entity::OPPORTUNITY] {
        let again = engine.reconcile(&entity).await.expect("again");
        let full = engine.reconcile_full(&entity).await.expect("full again");
        for r in [again, full] {
            assert_eq!((r.writes(), r.failed), (0, 0), "{entity}: {r:?}");
        }
    }
    assert_eq!(
        emu.emulator.snapshot(),
        before,
        "a quiet pass changed Notion"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reference_table_from_the_config_syncs_the_sandbox() {
    let config = Config::parse(
        r#"
        [[tables]]
        entity = "contact"
        strategy = "reference"
        title = "Contacts index"

        [activity]
        enabled = false
        "#,
    )
    .expect("the configuration");
    assert_eq!(config.tables[0].strategy, StrategyName::Reference);
    let service = SyncService::builder()
        .config(config)
        .sandbox(default_sandbox().with_contacts(12).with_opportunities(3))
        .build()
        .await
        .expect("the service starts on the embedded sandbox");
    let report = service.run_once(SyncMode::Full).await.expect("the run");
    assert_eq!(report.failed(), 0, "{:?}", report.errors());
    assert!(report.complete);
    assert_eq!(report.writes(), 12, "{report:?}");

    let ds = service
        .sink()
        .data_source_id(&TableId::from("contacts"))
        .expect("the contacts table")
        .clone();
    let rows =
        futures_util::TryStreamExt::try_collect::<Vec<Page>>(service.notion().query_all(&ds, None))
            .await
            .expect("the rows");
    assert_eq!(rows.len(), 12);
    let location = service.ghl().location_id().expect("a location").to_string();
    for page in &rows {
        let id = page.text("Source ID").expect("a source id");
        assert_eq!(page.text("GHL ID").as_deref(), Some(id.as_str()));
        assert_eq!(page.select("Kind").as_deref(), Some("contact"));
        let link = page.properties["Link"]["url"].as_str().expect("a link");
        assert!(
            link.contains(&location) && link.contains(&id),
            "{link} points elsewhere"
        );
        assert!(!page.text("Name").unwrap_or_default().is_empty());
    }
    let again = service.run_once(SyncMode::Full).await.expect("again");
    assert_eq!((again.writes(), again.failed()), (0, 0), "{again:?}");
}
