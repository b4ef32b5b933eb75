//! sync-core's engine tests, in one test binary (one link instead of one per file: faster
//! builds, and so faster mutation runs).

mod common;

mod builder;
mod crash;
mod model;
mod proof;
mod push;
mod reconcile;
mod repair;
mod retry;
mod runner;
mod sqlite;
mod write;
