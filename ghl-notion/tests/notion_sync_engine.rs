//! `sync_core::Engine` end to end on `NotionSink` and the Notion emulator: an initial sync,
//! a quiet second run, and drift repair of a hand edit and a hand trash.

#[path = "../../notion-activity/tests/common/mod.rs"]
mod common;

use ghl_notion::entity;
use std::sync::Arc;

use common::Emu;
use ghl_notion::notion::{MirrorOptions, NotionSink};
use notion_activity::Page;
use serde_json::json;
use sync_core::engine::Engine;
use sync_core::projection::ValueKind;
use sync_core::sink::{Sink, TableId};
use sync_core::state::MemoryStore;
use sync_core::strategy::ReferenceStrategy;
use sync_core::testing::FakeSource;

#[tokio::test]
async fn engine_syncs_stays_quiet_and_repairs_drift() {
    let emu = Emu::default().await;
    let options = MirrorOptions::new()
        .property(ReferenceStrategy::NAME, ValueKind::Title)
        .property(ReferenceStrategy::ID, ValueKind::Text)
        .property(ReferenceStrategy::KIND, ValueKind::Select)
        .property(ReferenceStrategy::LINK, ValueKind::Url);
    let sink = Arc::new(
        NotionSink::builder(emu.client(), emu.parent())
            .mirror("contacts", "GHL Contacts", options)
            .ensure()
            .await
            .expect("ensure"),
    );
    let source = Arc::new(FakeSource::new());
    for (id, name) in [("c-1", "Ada"), ("c-2", "Grace"), ("c-3", "Linus")] {
        source.set(entity::CONTACT, id, name);
    }
    let strategy = ReferenceStrategy::new()
        .table(entity::CONTACT, "contacts")
        .link(Arc::new(|r: &sync_core::SourceRecord| {
            Some(format!("https://crm.example/contacts/{}", r.id))
        }));
    let engine = Engine::builder()
        .source(source.clone())
        .sink(sink.clone())
        .store(Arc::new(MemoryStore::new()))
        .strategy(Arc::new(strategy))
        .clock(emu.clock.shared())
        .build()
        .expect("engine");

    let first = engine.reconcile(&entity::CONTACT).await.expect("first");
    assert_eq!(first.created, 3, "{first:?}");
    assert!(first.is_clean(), "{first:?}");
    let table = TableId::from("contacts");
    let ds = sink.data_source_id(&table).expect("ds").0.clone();
    assert_eq!(emu.emulator.pages_in(&ds).len(), 3);

    let creates = emu.creates.load(std::sync::atomic::Ordering::SeqCst);
    let second = engine.reconcile(&entity::CONTACT).await.expect("second");
    assert_eq!(second.writes(), 0, "{second:?}");
    assert_eq!(
        emu.creates.load(std::sync::atomic::Ordering::SeqCst),
        creates
    );

    // People touch the table: one row edited, one trashed.
    let edited = sink.find_by_key(&table, "c-1").await.expect("find")[0]
        .row_id
        .clone();
    let trashed = sink.find_by_key(&table, "c-2").await.expect("find")[0]
        .row_id
        .clone();
    emu.emulator
        .edit_page_as_user(
            &edited.0,
            json!({"Name": {"title": [{"text": {"content": "Ada!!"}}]}}),
        )
        .expect("edit");
    emu.emulator
        .set_page_in_trash_as_user(&trashed.0, true)
        .expect("trash");

    let repair = engine
        .verify_and_repair(&entity::CONTACT)
        .await
        .expect("repair");
    assert_eq!(repair.rewritten, 1, "{repair:?}");
    assert_eq!(repair.restored, 1, "{repair:?}");
    let page = |id: &str| -> Page {
        serde_json::from_value(emu.emulator.page(id).expect("page")).expect("decode")
    };
    assert_eq!(page(&edited.0).text("Name").as_deref(), Some("Ada"));
    assert!(!page(&trashed.0).in_trash());

    let again = engine
        .verify_and_repair(&entity::CONTACT)
        .await
        .expect("repair again");
    assert_eq!(
        (
            again.rewritten,
            again.restored,
            again.recreated,
            again.duplicates_trashed
        ),
        (0, 0, 0, 0),
        "{again:?}"
    );
    assert_eq!(emu.emulator.pages_in(&ds).len(), 3);
}
