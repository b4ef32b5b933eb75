//! A rate budget shared by several processes (workers on several machines sending with one
//! Notion integration token, say).
//!
//! A [`Limiter`](crate::rate_limit::Limiter) counts only its own process's requests: N
//! workers with one limiter each would send N times the rate to one token. A
//! [`SharedBudget`] hands out request slots from one place every process sees (a database
//! row, for instance), spaced `window / max_per_window` apart, so all of them together stay
//! under the limit. Give it to the limiter with
//! [`Limiter::with_shared_budget`](crate::rate_limit::Limiter::with_shared_budget); the
//! client then takes a shared slot after its local limiter admitted the attempt, and waits
//! for it on its own clock.
//!
//! `ghl-notion` implements it on Postgres (`ghl_notion::scale::PgBudget`).

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, SystemTime};

/// Why a shared budget could not hand out a slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetError(pub String);

impl fmt::Display for BudgetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "shared rate budget unavailable: {}", self.0)
    }
}

impl std::error::Error for BudgetError {}

/// The future [`SharedBudget::reserve`] returns.
pub type ReserveFuture<'a> =
    Pin<Box<dyn Future<Output = Result<Duration, BudgetError>> + Send + 'a>>;

/// Request slots for a key, handed out to every process that shares the budget.
pub trait SharedBudget: Send + Sync + fmt::Debug {
    /// Reserves the next slot for `key`, at least `spacing` after the slot reserved before it
    /// by any process, and returns how long after `now` it starts (zero: send now). `now` is
    /// the caller's clock's wall time, so processes on one time-scaled clock agree.
    fn reserve<'a>(&'a self, key: &'a str, spacing: Duration, now: SystemTime)
    -> ReserveFuture<'a>;
}
