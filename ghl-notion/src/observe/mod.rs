//! Observability for a running service: the admin address (`/metrics`, `/healthz`,
//! `/readyz`, `/` and `/status.json`), the numbers behind it, and the status page.
//!
//! `ghl-notion serve` opens it on `admin.listen` (default `127.0.0.1:3001`, or
//! `--admin ADDR`); [`SyncService::serve`](crate::SyncService::serve) does the same for a
//! program that embeds the service. The [operations guide](crate::guide::operations) lists
//! every metric, with alert rules.

pub mod admin;
pub mod collector;
pub mod dashboard;
pub mod metrics;
pub mod page;

pub use admin::{AdminServer, AdminSources, WebhookProbe};
pub use collector::Observer;
pub use dashboard::{
    Dashboard, FailureRow, HeadroomBar, Readiness, ReadyCheck, RunKind, RunOutcome, RunRow,
    TableRow, WebhookCounts,
};
