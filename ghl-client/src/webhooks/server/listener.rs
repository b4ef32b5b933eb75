//! The accept loop: a capped number of HTTP/1.1 connections, each with a header-read
//! timeout, a bounded read buffer and a request budget, and a graceful drain on shutdown.
//!
//! axum's own `serve` sets no header timeout and no connection cap, so this loop drives hyper
//! directly and hands each request to the axum [`Router`].

use std::convert::Infallible;
use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::Router;
use axum::http::{HeaderValue, Request, header};
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};
use tokio::task::JoinSet;
use tower::ServiceExt as _;

use super::options::ServerOptions;

/// Serves `app` on `listener` until `shutdown` resolves, then stops accepting, lets requests
/// under way finish (up to [`ServerOptions::shutdown_grace`]) and returns.
pub(super) async fn serve(
    listener: TcpListener,
    app: Router,
    options: &ServerOptions,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let options = Arc::new(options.clone());
    let slots = Arc::new(Semaphore::new(options.connection_slots()));
    let (stop_tx, stop_rx) = watch::channel(false);
    let mut connections = JoinSet::new();
    tokio::pin!(shutdown);
    loop {
        // A slot first: beyond the cap, clients wait in the kernel's listen backlog.
        let slot = tokio::select! {
            () = &mut shutdown => break,
            slot = Arc::clone(&slots).acquire_owned() => match slot {
                Ok(slot) => slot,
                Err(_) => break,
            },
        };
        let stream = tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _peer)) => stream,
                Err(error) => {
                    backoff(&error).await;
                    continue;
                }
            },
        };
        while connections.try_join_next().is_some() {}
        connections.spawn(connection(
            stream,
            app.clone(),
            Arc::clone(&options),
            stop_rx.clone(),
            slot,
        ));
    }
    drop(listener);
    let _ = stop_tx.send(true);
    let drain = async { while connections.join_next().await.is_some() {} };
    if tokio::time::timeout(options.shutdown_grace, drain)
        .await
        .is_err()
    {
        tracing::warn!("webhook connections still open after the shutdown grace; dropping them");
        connections.abort_all();
        while connections.join_next().await.is_some() {}
    }
    Ok(())
}

/// After a failed `accept`: a connection that died in the backlog is nothing; running out of
/// file descriptors is waited out briefly instead of spinning.
async fn backoff(error: &std::io::Error) {
    use std::io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset};
    if matches!(
        error.kind(),
        ConnectionAborted | ConnectionRefused | ConnectionReset
    ) {
        return;
    }
    tracing::warn!(%error, "accepting a webhook connection failed; pausing");
    tokio::time::sleep(Duration::from_millis(100)).await;
}

/// Serves one connection; `_slot` is held until it closes.
async fn connection(
    stream: TcpStream,
    app: Router,
    options: Arc<ServerOptions>,
    mut stop: watch::Receiver<bool>,
    _slot: OwnedSemaphorePermit,
) {
    let _ = stream.set_nodelay(true);
    let served = Arc::new(AtomicU64::new(0));
    let budget = options.max_requests_per_connection.max(1);
    let service = hyper::service::service_fn(move |request: Request<Incoming>| {
        let app = app.clone();
        let count = served.fetch_add(1, Ordering::Relaxed).saturating_add(1);
        async move {
            let mut response = match app.oneshot(request).await {
                Ok(response) => response,
                Err(never) => match never {},
            };
            if count >= budget {
                response
                    .headers_mut()
                    .insert(header::CONNECTION, HeaderValue::from_static("close"));
            }
            Ok::<_, Infallible>(response)
        }
    });
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(options.header_read_timeout)
        .keep_alive(options.keep_alive)
        .max_buf_size(options.read_buffer_bytes());
    let conn = builder.serve_connection(TokioIo::new(stream), service);
    tokio::pin!(conn);
    let stopping = async move {
        // The watch's guard must not live across an await: keep only whether it fired.
        let _ = stop.wait_for(|stop| *stop).await.map(|_| ());
    };
    let result = tokio::select! {
        result = conn.as_mut() => result,
        () = stopping => {
            conn.as_mut().graceful_shutdown();
            conn.await
        }
    };
    if let Err(error) = result {
        tracing::debug!(%error, "webhook connection ended with an error");
    }
}
