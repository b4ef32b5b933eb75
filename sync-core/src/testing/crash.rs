//! A simulated process death.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use tokio::sync::Notify;

use crate::BoxFuture;

/// A simulated process death, shared by the fakes that can trigger it.
#[derive(Debug, Clone, Default)]
pub struct CrashSwitch {
    fired: Arc<AtomicBool>,
    notify: Arc<Notify>,
}

/// Returned by [`CrashSwitch::run`] when the switch fired.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Crashed;

impl CrashSwitch {
    /// A switch that has not fired.
    pub fn new() -> Self {
        Self::default()
    }

    /// Fires the switch.
    pub fn fire(&self) {
        self.fired.store(true, Ordering::SeqCst);
        self.notify.notify_waiters();
    }

    /// Whether the switch fired.
    pub fn fired(&self) -> bool {
        self.fired.load(Ordering::SeqCst)
    }

    /// Re-arms the switch after a crash.
    pub fn reset(&self) {
        self.fired.store(false, Ordering::SeqCst);
    }

    /// Runs `fut` until it finishes or the switch fires; in the second case `fut` is
    /// dropped where it stood, like a killed process.
    pub async fn run<F: Future>(&self, fut: F) -> Result<F::Output, Crashed> {
        let notified = self.notify.notified();
        tokio::pin!(notified);
        tokio::pin!(fut);
        if self.fired() {
            return Err(Crashed);
        }
        tokio::select! {
            biased;
            () = &mut notified => Err(Crashed),
            out = &mut fut => if self.fired() { Err(Crashed) } else { Ok(out) },
        }
    }

    /// A future that fires the switch and never completes.
    pub(crate) fn die<'a, T: Send + 'a>(&self) -> BoxFuture<'a, T> {
        self.fire();
        Box::pin(std::future::pending())
    }
}
