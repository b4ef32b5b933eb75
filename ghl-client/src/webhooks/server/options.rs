//! The limits of the webhook server, with safe defaults.

use std::time::Duration;

/// Limits that keep the receiver answering under slow or hostile clients.
///
/// What they bound, with the defaults:
///
/// | Limit | Default | Beyond it |
/// |---|---|---|
/// | [`header_read_timeout`](Self::header_read_timeout) | 10 s | the connection is closed |
/// | [`body_read_timeout`](Self::body_read_timeout) | 10 s | `408` (or `429` if no slot freed up) |
/// | [`max_in_flight`](Self::max_in_flight) | 64 requests | waits for a slot, then `429` |
/// | [`max_connections`](Self::max_connections) | 1024 | waits in the listen backlog |
/// | [`max_requests_per_connection`](Self::max_requests_per_connection) | 1000 | `Connection: close` |
/// | [`max_header_bytes`](Self::max_header_bytes) | 16 KiB | `431`, connection closed |
/// | body size ([`Ingress::max_body_bytes`](crate::webhooks::Ingress::max_body_bytes)) | 1 MiB | `413`, checked while streaming |
///
/// Memory stays bounded whatever the clients do: bodies are buffered only by requests that
/// hold one of the `max_in_flight` slots, each up to the body limit (64 × 1 MiB by default),
/// and every open connection holds at most a `max_header_bytes` read buffer (1024 × 16 KiB).
/// GHL sends small bodies quickly and retries only a `429`, so a real delivery that meets a
/// full server is retried later rather than lost.
///
/// ```
/// use std::time::Duration;
/// use ghl_client::webhooks::server::ServerOptions;
///
/// let options = ServerOptions::default()
///     .header_read_timeout(Duration::from_secs(5))
///     .max_in_flight(32);
/// assert_eq!(options.max_connections, 1024);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ServerOptions {
    /// How long a client has to send a request's line and headers. It is also how long a
    /// kept-alive connection may sit idle between two requests. Default 10 s.
    pub header_read_timeout: Duration,
    /// How long, from the end of its headers, a request has to deliver its whole body
    /// (waiting for a free slot included). Default 10 s. A body still incomplete is answered
    /// `408`; a request that never got a slot is answered `429`.
    pub body_read_timeout: Duration,
    /// Requests whose bodies are read or processed at once. Default 64. Others wait for a
    /// slot (first come, first served) until their `body_read_timeout` runs out.
    pub max_in_flight: usize,
    /// Open connections. Default 1024. Further clients wait in the listen backlog until a
    /// connection closes.
    pub max_connections: usize,
    /// Requests served on one connection before it is closed. Default 1000.
    pub max_requests_per_connection: u64,
    /// Whether connections are kept open between requests. Default `true`.
    pub keep_alive: bool,
    /// The largest request line and header section, in bytes; also each connection's read
    /// buffer. Default 16 KiB (at least 8 KiB is used).
    pub max_header_bytes: usize,
    /// On shutdown, how long requests under way may take to finish before their connections
    /// are dropped. Default 10 s.
    pub shutdown_grace: Duration,
}

impl Default for ServerOptions {
    fn default() -> Self {
        Self {
            header_read_timeout: Duration::from_secs(10),
            body_read_timeout: Duration::from_secs(10),
            max_in_flight: 64,
            max_connections: 1024,
            max_requests_per_connection: 1000,
            keep_alive: true,
            max_header_bytes: 16 * 1024,
            shutdown_grace: Duration::from_secs(10),
        }
    }
}

impl ServerOptions {
    /// Sets [`header_read_timeout`](Self::header_read_timeout).
    #[must_use]
    pub fn header_read_timeout(mut self, timeout: Duration) -> Self {
        self.header_read_timeout = timeout;
        self
    }

    /// Sets [`body_read_timeout`](Self::body_read_timeout).
    #[must_use]
    pub fn body_read_timeout(mut self, timeout: Duration) -> Self {
        self.body_read_timeout = timeout;
        self
    }

    /// Sets [`max_in_flight`](Self::max_in_flight) (at least 1).
    #[must_use]
    pub fn max_in_flight(mut self, requests: usize) -> Self {
        self.max_in_flight = requests;
        self
    }

    /// Sets [`max_connections`](Self::max_connections) (at least 1).
    #[must_use]
    pub fn max_connections(mut self, connections: usize) -> Self {
        self.max_connections = connections;
        self
    }

    /// Sets [`max_requests_per_connection`](Self::max_requests_per_connection) (at least 1).
    #[must_use]
    pub fn max_requests_per_connection(mut self, requests: u64) -> Self {
        self.max_requests_per_connection = requests;
        self
    }

    /// Sets [`keep_alive`](Self::keep_alive).
    #[must_use]
    pub fn keep_alive(mut self, keep_alive: bool) -> Self {
        self.keep_alive = keep_alive;
        self
    }

    /// Sets [`max_header_bytes`](Self::max_header_bytes).
    #[must_use]
    pub fn max_header_bytes(mut self, bytes: usize) -> Self {
        self.max_header_bytes = bytes;
        self
    }

    /// Sets [`shutdown_grace`](Self::shutdown_grace).
    #[must_use]
    pub fn shutdown_grace(mut self, grace: Duration) -> Self {
        self.shutdown_grace = grace;
        self
    }

    /// Semaphore sizes and buffer sizes clamped to what the machinery accepts.
    pub(super) fn in_flight_slots(&self) -> usize {
        self.max_in_flight
            .clamp(1, tokio::sync::Semaphore::MAX_PERMITS)
    }

    pub(super) fn connection_slots(&self) -> usize {
        self.max_connections
            .clamp(1, tokio::sync::Semaphore::MAX_PERMITS)
    }

    /// hyper refuses a read buffer under 8 KiB.
    pub(super) fn read_buffer_bytes(&self) -> usize {
        self.max_header_bytes.max(8 * 1024)
    }
}
