//! Webhook signature verifications per second on one core, per scheme.
//!
//! `cargo bench -p ghl-client --bench webhook_verify` (no criterion: plain `Instant` timing).

use std::hint::black_box;
use std::time::{Duration, Instant};

use ghl_client::webhooks::testing::TestSigner;
use ghl_client::webhooks::{SignatureScheme, Verifier};

/// A typical 1 KiB contact event.
fn body() -> Vec<u8> {
    let mut body = br#"{"type":"ContactUpdate","locationId":"ve9EPM428h8vShlRW1KT","id":"nmFmQEsNgz6AVpgLVUJ0","timestamp":"2026-01-01T00:00:00Z","webhookId":"6f2c1e0a","notes":""#.to_vec();
    body.resize(1000, b'x');
    body.extend_from_slice(br#""}"#);
    body
}

/// Runs `f` for about `budget` and returns calls per second.
fn rate(budget: Duration, mut f: impl FnMut()) -> f64 {
    for _ in 0..10 {
        f();
    }
    let start = Instant::now();
    let mut calls = 0u64;
    while start.elapsed() < budget {
        for _ in 0..16 {
            f();
        }
        calls += 16;
    }
    calls as f64 / start.elapsed().as_secs_f64()
}

fn main() {
    let budget = Duration::from_secs(2);
    let body = body();
    let rsa4096 = include_str!("test-rsa-4096.pem");
    let cases: [(&str, TestSigner, bool); 3] = [
        ("ed25519", TestSigner::new(), true),
        ("rsa-2048", TestSigner::new(), false),
        (
            "rsa-4096",
            match TestSigner::new().with_rsa_private_pem(rsa4096) {
                Ok(signer) => signer,
                Err(error) => {
                    eprintln!("cannot load the RSA-4096 test key: {error}");
                    return;
                }
            },
            false,
        ),
    ];
    println!(
        "webhook signature verification, one core, {}-byte body",
        body.len()
    );
    for (name, signer, ed25519) in cases {
        let verifier = Verifier::new(signer.keys());
        let headers = if ed25519 {
            signer.ed25519_headers(&body)
        } else {
            signer.rsa_headers(&body)
        };
        let expected = if ed25519 {
            SignatureScheme::Ed25519
        } else {
            SignatureScheme::RsaSha256
        };
        assert_eq!(verifier.verify(&headers, &body), Ok(expected), "{name}");
        let per_second = rate(budget, || {
            let _ = black_box(verifier.verify(black_box(&headers), black_box(&body)));
        });
        println!("{name:>9}: {per_second:>10.0} verifications/s");
    }
}
