//! Shared fixture for the engine tests: fake source and sink, a crashable memory store, a
//! manual clock, a Reference mirror of contacts and an activity log.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::sync::Arc;

use ghl_notion_runtime::ManualClock;
use sync_core::engine::{Engine, EngineOptions};
use sync_core::projection::Value;
use sync_core::record::EntityKind;
use sync_core::sink::TableId;
use sync_core::state::MemoryStore;
use sync_core::strategy::{EventStreamStrategy, ReferenceStrategy, Strategy};
use sync_core::testing::{CrashSwitch, FakeSink, FakeSource, FaultyStore};

pub const CONTACTS: &str = "contacts";
pub const LOG: &str = "log";

pub fn contacts() -> TableId {
    TableId::from(CONTACTS)
}

pub fn log() -> TableId {
    TableId::from(LOG)
}

pub fn reference() -> ReferenceStrategy {
    ReferenceStrategy::new().table(EntityKind::new("contact"), CONTACTS)
}

pub struct Fixture {
    pub source: Arc<FakeSource>,
    pub sink: Arc<FakeSink>,
    pub memory: MemoryStore,
    pub store: FaultyStore<MemoryStore>,
    pub switch: CrashSwitch,
    pub clock: ManualClock,
    pub options: EngineOptions,
}

impl Default for Fixture {
    fn default() -> Self {
        Self::new()
    }
}

impl Fixture {
    pub fn new() -> Self {
        let switch = CrashSwitch::new();
        let memory = MemoryStore::new();
        Self {
            source: Arc::new(FakeSource::new()),
            sink: Arc::new(FakeSink::new().with_crash_switch(switch.clone())),
            store: FaultyStore::new(memory.clone(), switch.clone()),
            memory,
            switch,
            clock: ManualClock::new(),
            options: EngineOptions::default(),
        }
    }

    /// A new engine over the same source, sink and store (a "restarted process").
    pub fn engine(&self) -> Engine {
        self.engine_with(self.options.clone())
    }

    pub fn engine_with(&self, options: EngineOptions) -> Engine {
        Engine::builder()
            .source(self.source.clone())
            .sink(self.sink.clone())
            .store(Arc::new(self.store.clone()))
            .clock(self.clock.shared())
            .strategy(Arc::new(reference()))
            .strategy(Arc::new(EventStreamStrategy::new(LOG)))
            .options(options)
            .build()
            .expect("engine")
    }

    /// What the contacts table must hold: the projection of every source contact.
    pub fn expected(&self) -> BTreeMap<String, BTreeMap<String, Value>> {
        let strategy = reference();
        self.source
            .all(&EntityKind::new("contact"))
            .into_iter()
            .filter_map(|r| strategy.project(&r).map(|p| (r.id.clone(), p.properties)))
            .collect()
    }

    /// What the contacts table holds (live rows), failing on a key with two live rows.
    pub fn mirrored(&self) -> BTreeMap<String, BTreeMap<String, Value>> {
        let mut out = BTreeMap::new();
        for (key, props) in self.sink.live_rows(&contacts()) {
            assert!(
                out.insert(key.clone(), props).is_none(),
                "two live rows for {key}"
            );
        }
        out
    }

    pub fn assert_mirrored(&self) {
        assert_eq!(self.mirrored(), self.expected());
    }
}
