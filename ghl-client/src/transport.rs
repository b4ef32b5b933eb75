//! The one request pipeline: build → authorize → throttle → send → classify → retry or fail.
//!
//! Every call of this crate passes through [`GhlClient::execute`], top to bottom:
//!
//! 1. **check** the request encoded and the operation still has time;
//! 2. **breaker**: fail fast with [`Error::CircuitOpen`] while GHL is known to be down;
//! 3. **throttle**: take a daily unit (fail fast with [`Error::DailyLimitExhausted`]) and a
//!    slot in the per-resource window, waiting on the injected clock if needed;
//! 4. **authorize**: ask the token provider for this resource's token;
//! 5. **send** with the per-attempt timeout (bounded by what is left of the operation);
//! 6. **observe** the rate-limit headers: record them, report them (and a 429's
//!    `Retry-After`) to the limiter, which follows the server's count of its window (see
//!    [`ghl_notion_runtime::server_window`]), correct the daily budget; and hand the headers
//!    to the clock, so a clock that
//!    follows a time-scaled sandbox learns its speed and time (the real GHL sends no such
//!    headers; see [`ghl_notion_runtime::clock::follow`]);
//! 7. **read and decode** the body: a 2xx answer is decoded here, inside the loop, so a body
//!    cut mid-stream or one that cannot be decoded is a failed attempt like a lost answer;
//! 8. **classify** the outcome ([`ErrorKind`]) and ask the pure [`RetryPolicy`] and the
//!    retry quota whether and when to try again. A 401 on a token the provider can refresh
//!    is retried once at once; 429 and refused connections (nothing sent) on every method;
//!    5xx, lost answers, cut bodies and undecodable 2xx bodies only for idempotent calls, so
//!    a create is never silently duplicated (its error says [`Error::outcome_unknown`]).
//!    This loop is the only place in the crate that repeats an HTTP attempt.

use std::time::Duration;

use http::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, RETRY_AFTER};
use http::{HeaderValue, StatusCode};
use secrecy::{ExposeSecret, SecretString};
use tracing::Instrument;

use ghl_notion_runtime::redact;
use ghl_notion_runtime::resilience::{Operation, Refusal};
use ghl_notion_runtime::retry::{ErrorKind, parse_retry_after};
use ghl_notion_runtime::server_window::Answer;

use crate::client::{GhlClient, RawResponse};
use crate::error::{
    ApiError, Error, Result, classify_api_error, classify_status, parse_error_body,
};
use crate::rate_limit::RateLimitStatus;
use crate::request::{Body, Request};

/// The resource key used when a call names none and the client has no location.
const DEFAULT_RESOURCE: &str = "default";

/// Longest body excerpt kept in errors.
const EXCERPT_CHARS: usize = 300;

/// What one attempt came to.
enum Attempt {
    Done(RawResponse),
    Failed {
        error: Error,
        kind: ErrorKind,
        retry_after: Option<Duration>,
    },
    /// The token was rejected and the provider has a new one: try again at once.
    Reauthorize(Error),
}

impl GhlClient {
    fn resource_for(&self, request: &Request) -> String {
        request
            .resource
            .clone()
            .or_else(|| {
                self.inner
                    .config
                    .location_id
                    .as_ref()
                    .map(|l| l.as_str().to_owned())
            })
            .or_else(|| {
                self.inner
                    .config
                    .company_id
                    .as_ref()
                    .map(|c| c.as_str().to_owned())
            })
            .unwrap_or_else(|| DEFAULT_RESOURCE.to_owned())
    }

    /// Executes `request` through the whole pipeline (see the module docs); `decode` turns a
    /// 2xx answer into `T`, and its failure is a failed attempt.
    pub(crate) async fn execute<T>(
        &self,
        request: Request,
        decode: impl FnMut(RawResponse) -> Result<T>,
    ) -> Result<T> {
        if let Some(problem) = &request.encode_error {
            return Err(Error::InvalidRequest(format!(
                "{} {}: {problem}",
                request.method, request.template
            )));
        }
        let resource = self.resource_for(&request);
        let span = tracing::info_span!(
            "ghl.request",
            method = %request.method,
            path = request.template,
            resource = %resource,
            attempt = tracing::field::Empty,
            status = tracing::field::Empty,
            wait_ms = tracing::field::Empty,
        );
        self.execute_in_span(&request, &resource, decode)
            .instrument(span)
            .await
    }

    async fn execute_in_span<T>(
        &self,
        request: &Request,
        resource: &str,
        mut decode: impl FnMut(RawResponse) -> Result<T>,
    ) -> Result<T> {
        let inner = &self.inner;
        let resilience = &inner.resilience;
        let method = request.method.to_string();
        let mut op = resilience.start(inner.config.timeouts.operation);
        let mut reauthorized = false;
        loop {
            let remaining = resilience.before_attempt(&mut op, resource).await.map_err(
                |refusal| match refusal {
                    Refusal::CircuitOpen { retry_in } => Error::CircuitOpen { retry_in },
                    Refusal::DailyExhausted(d) => Error::DailyLimitExhausted {
                        resource: resource.to_owned(),
                        limit: d.limit,
                        resets_in: d.resets_in,
                    },
                    Refusal::OutOfTime { elapsed } => self.timeout_error(&method, request, elapsed),
                },
            )?;
            let token = if request.authenticated {
                match inner.token.token(resource).await {
                    Ok(token) => token,
                    Err(error) => {
                        // Admitted but never sent.
                        resilience.answered(&mut op, resource, None);
                        return Err(error);
                    }
                }
            } else {
                SecretString::from(String::new())
            };
            let attempt_timeout = inner.config.timeouts.attempt.min(remaining);
            let (error, kind, retry_after) = match self
                .attempt(request, &method, resource, &token, attempt_timeout, &mut op)
                .await
            {
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
                Attempt::Reauthorize(error) => {
                    if reauthorized {
                        return Err(error);
                    }
                    reauthorized = true;
                    tracing::info!("token rejected; retrying once with a refreshed token");
                    op.repeat_attempt();
                    continue;
                }
                Attempt::Failed {
                    error,
                    kind,
                    retry_after,
                } => (error, kind, retry_after),
            };
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

    fn timeout_error(&self, method: &str, request: &Request, elapsed: Duration) -> Error {
        Error::OperationTimeout {
            method: method.to_owned(),
            path: request.template,
            elapsed,
        }
    }

    fn build_http_request(
        &self,
        request: &Request,
        token: &SecretString,
        timeout: Duration,
    ) -> Result<reqwest::Request> {
        let url = format!("{}{}", self.inner.config.base_url, request.path);
        let mut builder = self
            .inner
            .http
            .request(request.method.clone(), &url)
            .timeout(timeout)
            .header(ACCEPT, "application/json");
        if !request.query.is_empty() {
            builder = builder.query(&request.query);
        }
        if let Some(version) = request.version {
            builder = builder.header("Version", version.as_str());
        }
        if request.authenticated {
            let mut value = HeaderValue::from_str(&format!("Bearer {}", token.expose_secret()))
                .map_err(|_| {
                    Error::Config(
                        "the access token contains characters not allowed in an HTTP header".into(),
                    )
                })?;
            value.set_sensitive(true);
            builder = builder.header(AUTHORIZATION, value);
        }
        builder = match &request.body {
            Body::Empty => builder,
            Body::Json(value) => builder
                .header(CONTENT_TYPE, "application/json")
                .body(serde_json::to_vec(value).map_err(|e| Error::InvalidRequest(e.to_string()))?),
            Body::Form(fields) => builder.form(fields),
            Body::Multipart(form) => {
                let (content_type, bytes) = form.encode();
                builder.header(CONTENT_TYPE, content_type).body(bytes)
            }
        };
        builder.build().map_err(|e| {
            Error::InvalidRequest(format!("{} {}: {e}", request.method, request.template))
        })
    }

    async fn attempt(
        &self,
        request: &Request,
        method: &str,
        resource: &str,
        token: &SecretString,
        timeout: Duration,
        op: &mut Operation,
    ) -> Attempt {
        let inner = &self.inner;
        let http_request = match self.build_http_request(request, token, timeout) {
            Ok(r) => r,
            Err(error) => {
                inner.resilience.answered(op, resource, None);
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
            Err(e) => {
                inner.resilience.answered(op, resource, None);
                return transport_error(e);
            }
        };
        let status = response.status();
        let headers = response.headers().clone();
        tracing::Span::current().record("status", status.as_u16());
        inner.resilience.observe_response(&headers);
        let retry_after = headers
            .get(RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| parse_retry_after(v, inner.clock().wall()));
        let limits = self.observe_rate_limits(resource, &headers);
        let answer = Answer {
            remaining: limits.and_then(|l| l.remaining),
            interval: limits.and_then(|l| l.interval),
            retry_after: retry_after.filter(|_| status == StatusCode::TOO_MANY_REQUESTS),
        };
        inner.resilience.answered(op, resource, Some(&answer));
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

        let (messages, error_field, trace_id) = parse_error_body(&body);
        let api_kind = classify_api_error(status, &messages);
        let kind = classify_status(status);
        let secret = token.expose_secret();
        let error = Error::Api(Box::new(ApiError {
            status,
            kind: api_kind,
            method: method.to_owned(),
            path: request.template,
            messages: messages
                .iter()
                .map(|m| redact::redact(m, &[secret]))
                .collect(),
            error: error_field,
            trace_id,
            retry_after,
            excerpt: redact::excerpt(&body, EXCERPT_CHARS, &[secret]),
        }));

        if status == StatusCode::TOO_MANY_REQUESTS {
            let window = limits
                .and_then(|s| s.interval)
                .unwrap_or(inner.config.rate_limits.window);
            let pause = retry_after.unwrap_or(window);
            inner
                .resilience
                .limiter()
                .pause_until(resource, inner.clock().now() + pause);
        } else if status.is_server_error() {
            metrics.server_error();
        }

        if api_kind == crate::error::ApiErrorKind::InvalidToken && request.authenticated {
            match inner.token.token_rejected(resource, token).await {
                Ok(true) => return Attempt::Reauthorize(error),
                Ok(false) => {}
                Err(refresh_error) => {
                    return Attempt::Failed {
                        error: refresh_error,
                        kind: ErrorKind::Client,
                        retry_after: None,
                    };
                }
            }
        }
        Attempt::Failed {
            error,
            kind,
            retry_after,
        }
    }

    /// Records the rate-limit headers of an answer and adapts the limiter; returns them.
    fn observe_rate_limits(
        &self,
        resource: &str,
        headers: &http::HeaderMap,
    ) -> Option<RateLimitStatus> {
        let inner = &self.inner;
        let status = RateLimitStatus::from_headers(headers, inner.clock().wall())?;
        let now = inner.clock().now();
        let limiter = inner.resilience.limiter();
        let window = status.interval.unwrap_or(inner.config.rate_limits.window);
        limiter.observe_window(resource, status.remaining, window, now);
        if let Some(max) = status.max {
            // Follow a stricter server limit (trial accounts, shared budgets) from now on.
            limiter.observe_window_max(resource, max);
        }
        if let (Some(limit), Some(remaining)) = (status.daily_limit, status.daily_remaining) {
            limiter.observe_daily(resource, limit, remaining, now);
        }
        inner
            .status
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(resource.to_owned(), status);
        Some(status)
    }
}
