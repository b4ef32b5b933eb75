//! Hostile bodies, correctly signed: no body panics the decoder or the ingress pipeline.
//!
//! GHL's signature proves who sent a body, not that it is sane. A proptest feeds 100,000
//! signed bodies (in batches of 500 per case, called directly rather than over HTTP) built
//! to hurt: extreme and malformed numbers (`i64::MIN`, `u64::MAX + 1`, `1e400`, `-0`), odd
//! types where timestamps and ids belong, nesting close to the parser's limit, invalid UTF-8
//! and random bytes.
#![cfg(feature = "webhooks")]

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use ghl_client::runtime::ManualClock;
use ghl_client::webhooks::testing::TestSigner;
use ghl_client::webhooks::{EventKind, EventSink, Ingress, Outcome, SinkError, VerifiedEvent};
use proptest::prelude::*;

/// Number literals that have hurt parsers: extremes, overflow, signed zero, exponents.
const NUMBERS: &[&str] = &[
    "-9223372036854775808",
    "9223372036854775807",
    "18446744073709551615",
    "18446744073709551616",
    "-18446744073709551617",
    "-9223372036854775809",
    "123456789012345678901234567890",
    "-0",
    "-0.0",
    "1e400",
    "-1e400",
    "1e-400",
    "1.7976931348623157e308",
    "-9.0e15",
    "9.0e18",
    "100000000000",
    "-100000000000",
    "99999999999",
    "1767225600000",
    "1767225600",
];

/// Strings where timestamps or ids belong.
const TEXTS: &[&str] = &[
    "",
    " ",
    "2026-01-01T00:00:00Z",
    "2026-01-01T00:04:59.999+00:00",
    "2026-01-01 00:00:00",
    "2026-13-45T25:61:61Z",
    "+262143-12-31T23:59:59Z",
    "-262144-01-01T00:00:00Z",
    "-9223372036854775808",
    "9223372036854775807",
    " 1767225600000 ",
    "1e10",
    "-1e308",
    "NaN",
    "inf",
    "-inf",
    "N/A",
    r"\u0000\ufeff\u202e",
];

/// Keys GHL bodies use (so typed payloads get odd values).
const KEYS: &[&str] = &[
    "type",
    "timestamp",
    "webhookId",
    "locationId",
    "companyId",
    "id",
    "_id",
    "data",
    "altId",
    "altType",
    "contactId",
    "dateAdded",
    "dateUpdated",
    "startTime",
    "endTime",
    "monetaryValue",
    "amount",
    "amountPaid",
    "total",
    "invoiceNumber",
    "status",
    "tags",
    "customFields",
    "dnd",
    "dndSettings",
    "appointment",
    "messageId",
    "conversationId",
    "attachments",
    "properties",
    "owners",
    "followers",
    "permissions",
    "role",
    "product",
    "firstRecordId",
    "secondRecordId",
    "associationType",
    "firstObjectKey",
    "labels",
    "objectType",
    "unreadCount",
    "lastStatusChangeAt",
    "dueDate",
    "completed",
    "body",
    "email",
    "phone",
    "assignedTo",
    "pipelineId",
    "pipelineStageId",
    "invoiceItems",
    "fulfillmentStatus",
    "contactSnapshot",
    "emailTo",
    "message",
    "appId",
    "versionId",
];

/// Writes hostile JSON text from a seed (fast enough for 100,000 bodies in a debug build;
/// proptest picks the seeds and reports the failing one).
struct Gen(fastrand::Rng);

impl Gen {
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.0.usize(..items.len())]
    }

    fn number(&mut self, out: &mut String) {
        match self.0.u8(..4) {
            0 => out.push_str(&self.0.i64(..).to_string()),
            1 => out.push_str(&self.0.u64(..).to_string()),
            2 => out.push_str(
                &format!("{:e}", f64::from_bits(self.0.u64(..)))
                    .replace("inf", "1e999")
                    .replace("NaN", "0"),
            ),
            _ => out.push_str(self.pick(NUMBERS)),
        }
    }

    fn string(&mut self, out: &mut String) {
        out.push('"');
        match self.0.u8(..3) {
            0 => out.push_str(self.pick(TEXTS)),
            1 => out.push_str(self.pick(NUMBERS)),
            _ => {
                let text: String = (0..self.0.usize(..24)).map(|_| self.0.char(..)).collect();
                let quoted = serde_json::Value::from(text).to_string();
                out.push_str(&quoted[1..quoted.len() - 1]);
            }
        }
        out.push('"');
    }

    fn leaf(&mut self, out: &mut String) {
        match self.0.u8(..6) {
            0 => out.push_str("null"),
            1 => out.push_str(if self.0.bool() { "true" } else { "false" }),
            2 | 3 => self.number(out),
            _ => self.string(out),
        }
    }

    fn key(&mut self, out: &mut String) {
        out.push('"');
        if self.0.u8(..4) == 0 {
            let key: String = (0..self.0.usize(1..10))
                .map(|_| self.0.alphabetic())
                .collect();
            out.push_str(&key);
        } else {
            out.push_str(self.pick(KEYS));
        }
        out.push('"');
    }

    fn value(&mut self, out: &mut String, depth: u32) {
        match (depth, self.0.u8(..5)) {
            (0, _) | (_, 0 | 1) => self.leaf(out),
            (_, 2) => {
                out.push('[');
                for i in 0..self.0.usize(..5) {
                    if i > 0 {
                        out.push(',');
                    }
                    self.value(out, depth - 1);
                }
                out.push(']');
            }
            _ => {
                out.push('{');
                for i in 0..self.0.usize(..6) {
                    if i > 0 {
                        out.push(',');
                    }
                    self.key(out);
                    out.push(':');
                    self.value(out, depth - 1);
                }
                out.push('}');
            }
        }
    }

    /// An object with GHL's keys; `type`, `timestamp` and `webhookId` are likely present
    /// and any value at all.
    fn object(&mut self, out: &mut String) {
        out.push('{');
        if self.0.u8(..4) > 0 {
            out.push_str("\"type\":\"");
            out.push_str(EventKind::ALL[self.0.usize(..EventKind::ALL.len())].wire_type());
            out.push_str("\",");
        }
        for (name, odds) in [("timestamp", 3), ("webhookId", 2)] {
            if self.0.u8(..4) < odds {
                out.push_str(&format!("\"{name}\":"));
                if self.0.bool() {
                    self.leaf(out);
                } else {
                    self.value(out, 2);
                }
                out.push(',');
            }
        }
        for _ in 0..self.0.usize(..8) {
            self.key(out);
            out.push(':');
            self.value(out, 4);
            out.push(',');
        }
        out.push_str("\"end\":0}");
    }

    /// Nesting around and past serde_json's limit (128).
    fn deep(&mut self, out: &mut String) {
        let depth = self.0.usize(100..140);
        let (open, close) = if self.0.bool() {
            ("{\"data\":", "}")
        } else {
            ("[", "]")
        };
        out.push_str(
            "{\"type\":\"ContactCreate\",\"timestamp\":\"2026-01-01T00:00:00Z\",\"customFields\":",
        );
        out.push_str(&open.repeat(depth));
        self.leaf(out);
        out.push_str(&close.repeat(depth));
        out.push('}');
    }

    fn body(&mut self) -> Vec<u8> {
        let mut out = String::new();
        match self.0.u8(..9) {
            0 => return (0..self.0.usize(..300)).map(|_| self.0.u8(..)).collect(),
            1 => {
                // Invalid UTF-8 inside a string.
                let mut bytes =
                    br#"{"type":"NoteCreate","timestamp":"2026-01-01T00:00:00Z","body":""#.to_vec();
                bytes.extend((0..self.0.usize(..40)).map(|_| self.0.u8(..)));
                bytes.extend_from_slice(br#""}"#);
                return bytes;
            }
            2 => self.deep(&mut out),
            _ => self.object(&mut out),
        }
        out.into_bytes()
    }
}

/// Counts what reaches it, and what reached it without a timestamp.
#[derive(Debug, Default)]
struct CountingSink {
    stored: AtomicU64,
    unstamped: AtomicU64,
}

impl EventSink for CountingSink {
    async fn persist(&self, event: VerifiedEvent) -> Result<(), SinkError> {
        // What a real sink does with an event: read its envelope and serialize it.
        let _ = serde_json::to_string(&event.envelope.signatures).map_err(SinkError::other)?;
        let _ = event.event.name();
        if event.envelope.timestamp.is_none() {
            self.unstamped.fetch_add(1, Ordering::Relaxed);
        }
        self.stored.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }
}

/// Bodies per proptest case, and cases: 100,000 bodies in all.
const BATCH: usize = 500;
const CASES: u32 = 200;

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, ..ProptestConfig::default() })]

    #[test]
    fn no_signed_body_panics_the_decoder_or_the_ingress(seed in any::<u64>()) {
        let mut generator = Gen(fastrand::Rng::with_seed(seed));
        let deliveries: Vec<(Vec<u8>, Option<EventKind>)> = (0..BATCH)
            .map(|_| {
                let body = generator.body();
                let hint = generator
                    .0
                    .bool()
                    .then(|| EventKind::ALL[generator.0.usize(..EventKind::ALL.len())]);
                (body, hint)
            })
            .collect();
        let signer = TestSigner::new();
        let sink = Arc::new(CountingSink::default());
        let ingress = Ingress::builder(Arc::clone(&sink))
            .verifier(signer.verifier())
            .clock(ManualClock::new().shared()) // 2026-01-01T00:00:00Z
            .build();
        // Two workers share one ingress (and its replay memory), as a server's tasks do.
        let statuses: Vec<u16> = std::thread::scope(|scope| {
            let workers: Vec<_> = deliveries
                .chunks(BATCH / 2)
                .map(|chunk| {
                    let (ingress, signer) = (ingress.clone(), &signer);
                    scope.spawn(move || {
                        let runtime = tokio::runtime::Builder::new_current_thread()
                            .build()
                            .expect("runtime");
                        runtime.block_on(async {
                            let mut statuses = Vec::with_capacity(chunk.len());
                            for (body, hint) in chunk {
                                // The ingress verifies, then decodes with the hint.
                                let headers = signer.ed25519_headers(body);
                                let outcome =
                                    ingress.handle(&headers, body.clone().into(), *hint).await;
                                statuses.push(outcome.status().as_u16());
                            }
                            statuses
                        })
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|worker| worker.join().expect("a worker panicked"))
                .collect()
        });
        // 429: the same delivery was being stored by the other worker at that moment (the
        // sink here never fails), which GHL retries; no other answer is allowed.
        for status in &statuses {
            prop_assert!([200, 400, 401, 413, 429].contains(status), "status {status}");
        }
        // Only bodies with a readable timestamp (inside the window) were stored.
        prop_assert_eq!(sink.unstamped.load(Ordering::Relaxed), 0);
    }
}

/// The generator reaches every outcome (a generator that only made junk would prove little).
#[test]
fn the_generator_reaches_every_outcome() {
    let mut generator = Gen(fastrand::Rng::with_seed(7));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime");
    let signer = TestSigner::new();
    let sink = Arc::new(CountingSink::default());
    let ingress = Ingress::builder(Arc::clone(&sink))
        .verifier(signer.verifier())
        .clock(ManualClock::new().shared())
        .build();
    let mut seen = std::collections::BTreeMap::new();
    runtime.block_on(async {
        for _ in 0..3000 {
            let body = generator.body();
            let outcome = ingress
                .handle(&signer.ed25519_headers(&body), body.into(), None)
                .await;
            let label = match &outcome {
                Outcome::Rejected(rejection) => {
                    format!("{}", outcome.status().as_u16())
                        + if rejection.to_string().contains("timestamp") {
                            " timestamp"
                        } else {
                            ""
                        }
                }
                other => other.label().to_owned(),
            };
            *seen.entry(label).or_insert(0u32) += 1;
        }
    });
    for wanted in [
        "persisted",
        "duplicate",
        "400",
        "400 timestamp",
        "401 timestamp",
    ] {
        assert!(
            seen.contains_key(wanted),
            "{wanted} never happened: {seen:?}"
        );
    }
    assert!(sink.stored.load(Ordering::Relaxed) > 0);
}
