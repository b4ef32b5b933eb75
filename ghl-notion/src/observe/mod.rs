//! Observability for a running service: the admin address (`/metrics`, `/healthz`,
//! `/readyz`, `/` and `/status.json`), the numbers behind it, and the status page.

pub mod dashboard;
pub mod page;

pub use dashboard::{
    Dashboard, FailureRow, HeadroomBar, Readiness, ReadyCheck, RunKind, RunOutcome, RunRow,
    TableRow, WebhookCounts,
};
