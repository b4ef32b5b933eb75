//! The GoHighLevel side: records and their changes (one module per area), the pure rules they
//! follow (search, rate limits, tokens), and the HTTP API in [`api`].

pub mod api;
pub mod appointments;
pub mod auth;
pub mod contact_search;
pub mod contacts;
pub mod errors;
pub mod extract;
pub mod gate;
pub mod input;
pub mod model;
pub mod notes;
pub mod opportunities;
pub mod rate_limit;
pub mod state;
pub mod tasks;
pub mod versions;
