//! The one request pipeline: build → authorize → throttle → send → classify → retry or fail.
//!
//! Every call of this crate passes through [`NotionClient::execute`], top to bottom:
//!
//! 1. **check** that the request encoded and the operation still has time;
//! 2. **breaker**: fail fast with [`Error::CircuitOpen`] while Notion is known to be down;
//! 3. **throttle**: take a slot in the per-token window (3 requests per second by default),
//!    waiting on the injected clock; a `Retry-After` seen earlier holds every request of the
//!    token until it has passed;
//! 4. **build and authorize**: `Authorization: Bearer …` (marked sensitive) and
//!    `Notion-Version`;
//! 5. **send** with the per-attempt timeout (bounded by what is left of the operation), and
//!    hand the answer's headers to the clock, so a clock that follows a time-scaled sandbox
//!    learns its speed and time (the real Notion sends no such headers; see
//!    [`ghl_notion_runtime::clock::follow`]);
//! 6. **read and decode** the body: a 2xx answer is decoded here, inside the loop, so a body
//!    cut mid-stream or one that cannot be decoded is a failed attempt like a lost answer;
//! 7. **classify** the outcome ([`ErrorKind`]): 429 and 529 are throttling, retried on
//!    every method after `Retry-After` (seconds or an HTTP date, however long, up to the
//!    policy's `max_retry_after`); a 409 `conflict_error` was not applied and is retried on
//!    every method; a refused connection sent nothing and is retried on every method;
//!    500/502/503/504, lost connections, cut bodies and undecodable 2xx bodies are retried
//!    only for idempotent requests (GET, PATCH, read-only POSTs), never for a page create,
//!    whose error then says the outcome is unknown ([`Error::outcome_unknown`]);
//! 8. **retry or fail**, through the pure [`ghl_notion_runtime::RetryPolicy`] and the retry
//!    quota. This loop is the only place in the crate that repeats an HTTP attempt.

use std::time::Duration;

use http::HeaderValue;
use http::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, RETRY_AFTER};
use secrecy::ExposeSecret;
use tracing::Instrument;

use ghl_notion_runtime::resilience::Refusal;
use ghl_notion_runtime::retry::{ErrorKind, parse_retry_after};

use crate::client::{NotionClient, RawResponse};
use crate::error::{Error, Result, classify, parse_error};
use crate::request::Request;

/// What one attempt came to.
enum Attempt {
    Done(RawResponse),
    Failed {
        error: Error,
        kind: ErrorKind,
        retry_after: Option<Duration>,
    },
}

impl NotionClient {
    /// Executes `request` through the whole pipeline (see the module docs); `decode` turns a
    /// 2xx answer into `T`, and its failure is a failed attempt.
    pub(crate) async fn execute<T>(
        &self,
        request: &Request,
        decode: impl FnMut(RawResponse) -> Result<T>,
    ) -> Result<T> {
        if let Some(problem) = &request.encode_error {
            return Err(Error::InvalidRequest(format!(
                "{} {}: {problem}",
                request.method, request.template
            )));
        }
        let span = tracing::info_span!(
            "notion.request",
            method = %request.method,
            path = request.template,
            attempt = tracing::field::Empty,
            status = tracing::field::Empty,
            request_id = tracing::field::Empty,
            wait_ms = tracing::field::Empty,
        );
        self.execute_in_span(request, decode).instrument(span).await
    }

    async fn execute_in_span<T>(
        &self,
        request: &Request,
        mut decode: impl FnMut(RawResponse) -> Result<T>,
    ) -> Result<T> {
        let inner = &self.inner;
        let resilience = &inner.resilience;
        let method = request.method.to_string();
        let mut op = resilience.start(inner.config.timeouts.operation);
        loop {
            // Breaker, then throttle (Notion has no daily budget).
            let remaining = resilience
                .before_attempt(&mut op, &inner.limiter_key)
                .await
                .map_err(|refusal| match refusal {
                    Refusal::CircuitOpen { retry_in } => Error::CircuitOpen { retry_in },
                    Refusal::DailyExhausted(d) => Error::DailyLimitExhausted {
                        limit: d.limit,
                        resets_in: d.resets_in,
                    },
                    Refusal::OutOfTime { elapsed } => Error::OperationTimeout {
                        method: method.clone(),
                        path: request.template,
                        elapsed,
                    },
                })?;

            // Build, authorize, send, read, decode, classify.
            let attempt_timeout = inner.config.timeouts.attempt.min(remaining);
            let (error, kind, retry_after) =
                match self.attempt(request, &method, attempt_timeout).await {
                    Attempt::Done(raw) => match decode(raw) {
                        Ok(value) => {
                            resilience.succeeded();
                            return Ok(value);
                        }
                        // A 2xx: applied. Repeated only where that is safe, like a lost answer.
                        Err(error) => {
                            resilience
                                .after_undecodable(&op, request.idempotent, &error)
                                .await
                                .map_err(|_| error)?;
                            continue;
                        }
                    },
                    Attempt::Failed {
                        error,
                        kind,
                        retry_after,
                    } => (error, kind, retry_after),
                };
            if let (ErrorKind::Throttling, Some(after)) = (kind, retry_after) {
                // Hold every request of this token, not only this one.
                resilience
                    .limiter()
                    .pause_until(&inner.limiter_key, inner.resilience.clock().now() + after);
            }

            // Retry or fail. A refused connection sent nothing: repeating it is always safe.
            let not_sent = matches!(error, Error::Transport { connect: true, .. });
            resilience
                .after_failure(
                    &op,
                    kind,
                    request.idempotent || not_sent,
                    retry_after,
                    &error,
                )
                .await
                .map_err(|_| error)?;
        }
    }

    fn build_http_request(&self, request: &Request, timeout: Duration) -> Result<reqwest::Request> {
        let inner = &self.inner;
        let url = format!("{}{}", inner.config.base_url, request.path);
        let mut auth = HeaderValue::from_str(&format!("Bearer {}", inner.token.expose_secret()))
            .map_err(|_| {
                Error::Config("the token contains characters not allowed in an HTTP header".into())
            })?;
        auth.set_sensitive(true);
        let mut builder = inner
            .http
            .request(request.method.clone(), &url)
            .timeout(timeout)
            .header(ACCEPT, "application/json")
            .header("Notion-Version", inner.config.version.as_str())
            .header(AUTHORIZATION, auth);
        if !request.query.is_empty() {
            builder = builder.query(&request.query);
        }
        if let Some(body) = &request.body {
            let bytes =
                serde_json::to_vec(body).map_err(|e| Error::InvalidRequest(e.to_string()))?;
            builder = builder.header(CONTENT_TYPE, "application/json").body(bytes);
        }
        builder.build().map_err(|e| {
            Error::InvalidRequest(format!("{} {}: {e}", request.method, request.template))
        })
    }

    async fn attempt(&self, request: &Request, method: &str, timeout: Duration) -> Attempt {
        let inner = &self.inner;
        let http_request = match self.build_http_request(request, timeout) {
            Ok(r) => r,
            Err(error) => {
                return Attempt::Failed {
                    error,
                    kind: ErrorKind::Client,
                    retry_after: None,
                };
            }
        };
        let metrics = inner.resilience.metrics();
        metrics.request();
        let transport_error = |source: reqwest::Error| {
            metrics.transport_error();
            Attempt::Failed {
                kind: ErrorKind::Transient,
                retry_after: None,
                error: Error::Transport {
                    method: method.to_owned(),
                    path: request.template,
                    timeout: source.is_timeout(),
                    connect: source.is_connect(),
                    source: source.without_url(),
                },
            }
        };
        let response = match inner.http.execute(http_request).await {
            Ok(response) => response,
            Err(e) => return transport_error(e),
        };
        let status = response.status();
        let headers = response.headers().clone();
        inner.resilience.observe_response(&headers);
        let span = tracing::Span::current();
        span.record("status", status.as_u16());
        if let Some(id) = headers
            .get("x-notion-request-id")
            .and_then(|v| v.to_str().ok())
        {
            span.record("request_id", id);
        }
        let body = match response.bytes().await {
            Ok(body) => body,
            // A 2xx whose body was cut: the call happened, its answer is lost.
            Err(e) if status.is_success() => return transport_error(e),
            // An error status whose body was cut: the status still classifies it.
            Err(_) => bytes::Bytes::new(),
        };
        if status.is_success() {
            return Attempt::Done(RawResponse {
                status,
                headers,
                body,
            });
        }
        let retry_after = headers
            .get(RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| parse_retry_after(v, inner.resilience.clock().wall()));
        let api = parse_error(
            status,
            &headers,
            &body,
            method,
            request.template,
            retry_after,
        );
        let kind = classify(status, &api.code);
        if status.is_server_error() {
            metrics.server_error();
        }
        // Only throttling answers carry a wait worth obeying.
        let retry_after = if kind == ErrorKind::Throttling || status.is_server_error() {
            retry_after
        } else {
            None
        };
        Attempt::Failed {
            error: Error::Api(Box::new(api)),
            kind,
            retry_after,
        }
    }
}
