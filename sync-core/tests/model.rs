//! Model-based test of the whole engine.
//!
//! Random sequences of source creates, updates and deletes; webhook deliveries that are
//! duplicated, reordered or dropped; injected faults (failures with and without effect,
//! lost responses); crashes at chosen writes (the engine's future is dropped, a new engine
//! is built over the same state and recovers); and syncs. After every step no key has two
//! live rows. After a final recovery and full reconciliation, the mirror equals the
//! strategy's projection of the source exactly, and the activity log holds exactly one row
//! per delivered event.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{Fixture, log};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::Config;
use proptest_state_machine::{ReferenceStateMachine, StateMachineTest, prop_state_machine};
use sync_core::Outcome;
use sync_core::engine::{Engine, EngineOptions};
use sync_core::record::{EntityKind, EventKind, SourceEvent};
use sync_core::testing::Crashed;

const C: EntityKind = EntityKind::from_static("contact");
const IDS: u8 = 5;

#[derive(Debug, Clone, Copy)]
enum Fault {
    Fail {
        n: usize,
        unknown: bool,
        retryable: bool,
    },
    LoseCreate,
    LoseAppend,
    SourceFail,
}

#[derive(Debug, Clone, Copy)]
struct CrashPlan {
    write: u64,
    applied: bool,
    in_store: bool,
}

#[derive(Debug, Clone)]
enum Transition {
    Upsert {
        id: u8,
        with_record: bool,
    },
    Delete {
        id: u8,
    },
    Deliver {
        pick: Index,
        crash: Option<CrashPlan>,
    },
    Fault(Fault),
    Sync {
        crash: Option<CrashPlan>,
    },
}

/// The pure model: which records exist, and how many events were generated.
#[derive(Debug, Clone, Default)]
struct Model {
    records: BTreeSet<u8>,
    events: usize,
}

fn crash_plan() -> impl Strategy<Value = Option<CrashPlan>> {
    prop_oneof![
        3 => Just(None),
        1 => (1u64..8, any::<bool>(), any::<bool>())
            .prop_map(|(write, applied, in_store)| Some(CrashPlan { write, applied, in_store })),
    ]
}

fn fault() -> impl Strategy<Value = Fault> {
    prop_oneof![
        (1usize..3, any::<bool>(), any::<bool>()).prop_map(|(n, unknown, retryable)| Fault::Fail {
            n,
            unknown,
            retryable
        }),
        Just(Fault::LoseCreate),
        Just(Fault::LoseAppend),
        Just(Fault::SourceFail),
    ]
}

impl ReferenceStateMachine for Model {
    type State = Model;
    type Transition = Transition;

    fn init_state() -> BoxedStrategy<Model> {
        Just(Model::default()).boxed()
    }

    fn transitions(state: &Model) -> BoxedStrategy<Transition> {
        let upsert = (0..IDS, any::<bool>())
            .prop_map(|(id, with_record)| Transition::Upsert { id, with_record });
        let existing: Vec<u8> = state.records.iter().copied().collect();
        let delete = if existing.is_empty() {
            upsert.clone().boxed()
        } else {
            proptest::sample::select(existing)
                .prop_map(|id| Transition::Delete { id })
                .boxed()
        };
        let deliver = (any::<Index>(), crash_plan())
            .prop_map(|(pick, crash)| Transition::Deliver { pick, crash });
        prop_oneof![
            4 => upsert,
            2 => delete,
            4 => deliver,
            1 => fault().prop_map(Transition::Fault),
            2 => crash_plan().prop_map(|crash| Transition::Sync { crash }),
        ]
        .boxed()
    }

    fn preconditions(state: &Model, transition: &Transition) -> bool {
        match transition {
            Transition::Delete { id } => state.records.contains(id),
            Transition::Deliver { .. } => state.events > 0,
            _ => true,
        }
    }

    fn apply(mut state: Model, transition: &Transition) -> Model {
        match transition {
            Transition::Upsert { id, .. } => {
                state.records.insert(*id);
                state.events += 1;
            }
            Transition::Delete { id } => {
                state.records.remove(id);
                state.events += 1;
            }
            _ => {}
        }
        state
    }
}

struct Sut {
    fx: Fixture,
    engine: Option<Engine>,
    rt: tokio::runtime::Runtime,
    events: Vec<SourceEvent>,
    delivered: BTreeSet<String>,
    version: u32,
}

impl Sut {
    fn options() -> EngineOptions {
        EngineOptions {
            full_pass_every_runs: Some(3),
            concurrency: 3,
            ..EngineOptions::default()
        }
    }

    fn engine(&self) -> &Engine {
        self.engine.as_ref().expect("engine")
    }

    fn arm(&self, plan: Option<CrashPlan>) {
        match plan {
            Some(CrashPlan {
                write,
                in_store: true,
                ..
            }) => self.fx.store.crash_at_write(write),
            Some(CrashPlan { write, applied, .. }) => self.fx.sink.crash_at_write(write, applied),
            None => {}
        }
    }

    /// A new process: drop the engine where it stood, start another over the same state.
    fn restart(&mut self) {
        self.engine = None;
        self.fx.switch.reset();
        self.fx.sink.clear_crash();
        self.fx.store.clear_faults();
        let engine = self.fx.engine_with(Self::options());
        // Recovery may meet injected faults; what it leaves is retried on first use.
        let _ = self.rt.block_on(self.fx.switch.run(engine.recover()));
        self.engine = Some(engine);
    }

    /// Runs an engine operation that may crash; restarts after a crash.
    fn run<T>(&mut self, op: impl AsyncFnOnce(&Engine) -> T) -> Result<T, Crashed> {
        let engine = self.engine.take().expect("engine");
        let switch = self.fx.switch.clone();
        let out = self.rt.block_on(switch.run(op(&engine)));
        self.engine = Some(engine);
        if out.is_err() {
            self.restart();
        }
        out
    }

    fn deliver(&mut self, event: SourceEvent, crash: Option<CrashPlan>) {
        self.arm(crash);
        for attempt in 0..6 {
            if attempt == 3 {
                self.fx.sink.clear_faults();
                self.fx.store.clear_faults();
            }
            // An error or a crash means the webhook was not acknowledged: deliver it again.
            if let Ok(Ok(_)) = self.run(async |e| e.apply_event(&event).await) {
                self.delivered.insert(event.event_id.clone());
                self.clear_crash();
                return;
            }
        }
        panic!(
            "event {} could not be delivered without faults",
            event.event_id
        );
    }

    fn clear_crash(&self) {
        self.fx.store.clear_faults();
        self.fx.sink.clear_crash();
    }
}

struct EngineMachine;

impl StateMachineTest for EngineMachine {
    type SystemUnderTest = Sut;
    type Reference = Model;

    fn init_test(_: &Model) -> Sut {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let fx = Fixture::new();
        let engine = fx.engine_with(Sut::options());
        Sut {
            fx,
            engine: Some(engine),
            rt,
            events: Vec::new(),
            delivered: BTreeSet::new(),
            version: 0,
        }
    }

    fn apply(mut sut: Sut, _: &Model, transition: Transition) -> Sut {
        match transition {
            Transition::Upsert { id, with_record } => {
                sut.version += 1;
                let key = format!("c{id}");
                let existed = sut.fx.source.get(&C, &key).is_some();
                let record = sut
                    .fx
                    .source
                    .set(C, &key, &format!("name {id} v{}", sut.version));
                let kind = if existed {
                    EventKind::Updated
                } else {
                    EventKind::Created
                };
                let mut event = SourceEvent::new(format!("ev{}", sut.events.len()), C, key, kind);
                event.occurred_at = record.updated_at;
                event.payload = Some(record.fields.clone());
                event.record = with_record.then_some(record);
                sut.events.push(event);
            }
            Transition::Delete { id } => {
                let key = format!("c{id}");
                let at = sut.fx.source.delete(&C, &key);
                let mut event = SourceEvent::new(
                    format!("ev{}", sut.events.len()),
                    C,
                    key,
                    EventKind::Deleted,
                );
                event.occurred_at = at;
                sut.events.push(event);
            }
            Transition::Deliver { pick, crash } => {
                let event = sut.events[pick.index(sut.events.len())].clone();
                sut.deliver(event, crash);
            }
            Transition::Fault(fault) => match fault {
                Fault::Fail {
                    n,
                    unknown,
                    retryable,
                } => {
                    let outcome = if unknown {
                        Outcome::Unknown
                    } else {
                        Outcome::NotApplied
                    };
                    sut.fx.sink.fail_next(n, outcome, retryable);
                }
                Fault::LoseCreate => sut.fx.sink.lose_next_creates(1),
                Fault::LoseAppend => sut.fx.sink.lose_next_appends(1),
                Fault::SourceFail => sut.fx.source.fail_next(1, false),
            },
            Transition::Sync { crash } => {
                sut.arm(crash);
                let _ = sut.run(async |e| e.reconcile(&C).await);
                sut.clear_crash();
            }
        }
        sut
    }

    fn check_invariants(sut: &Sut, _: &Model) {
        // Never two live rows for one key, even mid-way through faults and crashes.
        let _ = sut.fx.mirrored();
        // Never two activity rows for one event.
        let ids: Vec<String> = sut
            .fx
            .sink
            .events(&log())
            .into_iter()
            .map(|e| e.event_id)
            .collect();
        let unique: BTreeSet<&String> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "duplicate activity rows: {ids:?}");
    }

    fn teardown(mut sut: Sut, _: Model) {
        sut.fx.sink.clear_faults();
        sut.fx.store.clear_faults();
        sut.fx.source.fail_next(0, false);
        sut.restart();
        let report = sut
            .rt
            .block_on(sut.engine().reconcile_full(&C))
            .expect("final reconcile");
        assert_eq!(report.failed, 0, "{:?}", report.errors);
        sut.fx.assert_mirrored();
        let mut logged: BTreeMap<String, usize> = BTreeMap::new();
        for e in sut.fx.sink.events(&log()) {
            *logged.entry(e.event_id).or_default() += 1;
        }
        let expected: BTreeMap<String, usize> =
            sut.delivered.iter().map(|id| (id.clone(), 1)).collect();
        assert_eq!(
            logged, expected,
            "exactly one activity row per delivered event"
        );
        let pending = sut
            .rt
            .block_on(sync_core::StateStore::pending_intents(&sut.fx.memory))
            .expect("intents");
        assert!(pending.is_empty(), "intents left: {pending:?}");
    }
}

prop_state_machine! {
    #![proptest_config(Config {
        cases: 384,
        max_shrink_iters: 2000,
        failure_persistence: None,
        .. Config::default()
    })]

    #[test]
    fn engine_matches_model(sequential 1..60 => EngineMachine);
}
