//! One module per subcommand; each exposes `run`, returning an [`Outcome`](super::Outcome).

#[cfg(feature = "sandbox")]
pub mod demo;
pub mod doctor;
pub mod init;
#[cfg(feature = "mcp")]
pub mod mcp;
pub mod repair;
pub mod serve;
pub mod status;
pub mod sync;
