//! In-memory fakes of a [`Source`](crate::source::Source), a [`Sink`](crate::sink::Sink) and a failing [`StateStore`](crate::state::StateStore), for tests of the
//! engine and of code built on it.
//!
//! The fakes count every call and inject faults on demand:
//!
//! - [`FakeSink::fail_next`] / [`FakeSource::fail_next`]: the next calls fail, with no effect.
//! - [`FakeSink::lose_next_creates`] / [`FakeSink::lose_next_appends`] /
//!   [`FakeSink::lose_next_writes`]: the write takes effect, but the caller gets an
//!   [`Outcome::Unknown`] error (a lost response).
//! - [`FakeSource::pause_next_listing`]: the next listing stops half-way and runs a future
//!   (create records, apply pushed events) before going on, as webhooks arrive while a full
//!   pass streams a listing that began before them.
//! - [`FakeSink::watch_trashes`]: see every trash, and whether it took a key's last live row.
//! - [`FakeSink::crash_at_write`] and [`FaultyStore::crash_at_write`]: at a chosen write the
//!   call never returns and a [`CrashSwitch`] fires, so a test can drop the engine's future
//!   mid-operation exactly as a killed process would stop.
//! - `hand_*` methods on [`FakeSink`] edit, trash, delete and duplicate rows as a person would.
//!
//! ```
//! use sync_core::testing::{CrashSwitch, FakeSink};
//! use sync_core::projection::Projection;
//! use sync_core::sink::Sink;
//!
//! # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
//! let switch = CrashSwitch::new();
//! let sink = FakeSink::new().with_crash_switch(switch.clone());
//! sink.crash_at_write(1, true); // the first write is applied, then the "process" dies
//! let table = "t".into();
//! let p = Projection::new();
//! let result = switch.run(sink.create(&table, "k", &p)).await;
//! assert!(result.is_err()); // crashed
//! assert_eq!(sink.live_rows(&table).len(), 1);
//! # });
//! ```

pub mod conformance;
mod crash;
mod sink;
mod source;
mod store;

pub use crash::{CrashSwitch, Crashed};
pub use sink::{FakeRow, FakeSink, SinkStats, TrashWatch};
pub use source::{FakeSource, SourceStats, fake_time};
pub use store::FaultyStore;

use std::sync::{Mutex, MutexGuard, PoisonError};

use crate::error::{Outcome, RemoteError};

pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A planned failure of upcoming calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Failure {
    pub(crate) remaining: usize,
    pub(crate) outcome: Outcome,
    pub(crate) retryable: bool,
}

impl Failure {
    pub(crate) fn take(slot: &mut Option<Failure>, what: &str) -> Option<RemoteError> {
        let f = slot.as_mut()?;
        if f.remaining == 0 {
            *slot = None;
            return None;
        }
        f.remaining -= 1;
        let e = match f.outcome {
            Outcome::NotApplied => RemoteError::not_applied(format!("injected failure: {what}")),
            Outcome::Unknown => RemoteError::unknown(format!("injected failure: {what}")),
        };
        Some(e.retryable(f.retryable))
    }
}
