//! Signatures verify over the exact bytes and fail after any change.
#![cfg(feature = "webhooks")]

use ghl_client::webhooks::testing::TestSigner;
use ghl_client::webhooks::{
    GHL_SIGNATURE_HEADER, Malformed, SignatureScheme, Verifier, VerifyError, WH_SIGNATURE_HEADER,
    WebhookKeys,
};
use http::{HeaderMap, HeaderValue};

/// A realistic body with spacing and key order that re-serialisation would change.
fn body() -> Vec<u8> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/webhooks/ContactCreate.json"
    );
    let spec: serde_json::Value =
        serde_json::from_slice(&std::fs::read(path).expect("fixture")).expect("json");
    let mut example = spec["examples"][0].clone();
    example["timestamp"] = "2025-01-28T14:35:00Z".into();
    example["webhookId"] = "6f2c1e0a-3b1d-4c57-9a0e-8c1f2d3e4f5a".into();
    serde_json::to_vec_pretty(&example).expect("serialize")
}

fn only(name: &'static str, value: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(name, HeaderValue::from_str(value).expect("header"));
    headers
}

#[test]
fn ed25519_verifies_raw_bytes_and_fails_after_any_one_byte_change() {
    let signer = TestSigner::new();
    let verifier = signer.verifier();
    let body = body();
    let headers = signer.ed25519_headers(&body);
    assert_eq!(
        verifier.verify(&headers, &body),
        Ok(SignatureScheme::Ed25519)
    );
    for i in 0..body.len() {
        let mut changed = body.clone();
        changed[i] ^= 0x01;
        assert_eq!(
            verifier.verify(&headers, &changed),
            Err(VerifyError::BadSignature {
                scheme: SignatureScheme::Ed25519
            }),
            "byte {i}"
        );
    }
    let mut longer = body.clone();
    longer.push(b' ');
    assert!(verifier.verify(&headers, &longer).is_err(), "appended byte");
    assert!(
        verifier.verify(&headers, &body[..body.len() - 1]).is_err(),
        "truncated"
    );
}

#[test]
fn rsa_verifies_raw_bytes_and_fails_after_one_byte_changes() {
    let signer = TestSigner::new();
    let verifier = signer.verifier();
    let body = body();
    let headers = signer.rsa_headers(&body);
    assert_eq!(
        verifier.verify(&headers, &body),
        Ok(SignatureScheme::RsaSha256)
    );
    // Every 5th byte plus both ends (RSA verification is slower in debug builds).
    let positions: Vec<usize> = (0..body.len()).step_by(5).chain([body.len() - 1]).collect();
    for i in positions {
        let mut changed = body.clone();
        changed[i] = changed[i].wrapping_add(1);
        assert_eq!(
            verifier.verify(&headers, &changed),
            Err(VerifyError::BadSignature {
                scheme: SignatureScheme::RsaSha256
            }),
            "byte {i}"
        );
    }
}

#[test]
fn re_serialised_json_no_longer_verifies() {
    let signer = TestSigner::new();
    let verifier = signer.verifier();
    let body = body();
    let parsed: serde_json::Value = serde_json::from_slice(&body).expect("json");
    let compact = serde_json::to_vec(&parsed).expect("serialize");
    assert_ne!(compact, body, "re-serialisation changes the bytes");
    for headers in [signer.ed25519_headers(&body), signer.rsa_headers(&body)] {
        assert!(verifier.verify(&headers, &body).is_ok());
        assert!(matches!(
            verifier.verify(&headers, &compact),
            Err(VerifyError::BadSignature { .. })
        ));
    }
}

#[test]
fn x_ghl_signature_decides_when_present() {
    let signer = TestSigner::new();
    let verifier = signer.verifier();
    let body = body();
    // Bad Ed25519 plus a valid RSA signature: rejected, no fallback.
    let mut headers = signer.rsa_headers(&body);
    let other = TestSigner::from_seed([9; 32]);
    headers.insert(
        GHL_SIGNATURE_HEADER,
        HeaderValue::from_str(&other.sign_ed25519(&body)).expect("header"),
    );
    assert_eq!(
        verifier.verify(&headers, &body),
        Err(VerifyError::BadSignature {
            scheme: SignatureScheme::Ed25519
        })
    );
    // `N/A` in X-GHL-Signature means absent: the RSA header is used.
    headers.insert(GHL_SIGNATURE_HEADER, HeaderValue::from_static("N/A"));
    assert_eq!(
        verifier.verify(&headers, &body),
        Ok(SignatureScheme::RsaSha256)
    );
}

#[test]
fn legacy_rsa_can_be_turned_off() {
    let signer = TestSigner::new();
    let body = body();
    let verifier = signer.verifier().accept_legacy_rsa(false);
    assert_eq!(
        verifier.verify(&signer.rsa_headers(&body), &body),
        Err(VerifyError::LegacyDisabled)
    );
    assert_eq!(
        verifier.verify(&signer.headers(&body), &body),
        Ok(SignatureScheme::Ed25519)
    );
    // Same effect by dropping RSA keys.
    let no_rsa = Verifier::new(signer.keys().without_rsa());
    assert_eq!(
        no_rsa.verify(&signer.rsa_headers(&body), &body),
        Err(VerifyError::NoKey {
            scheme: SignatureScheme::RsaSha256
        })
    );
}

#[test]
fn unsigned_is_rejected_unless_allowed() {
    let verifier = Verifier::ghl();
    let body = body();
    assert_eq!(
        verifier.verify(&HeaderMap::new(), &body),
        Err(VerifyError::Missing)
    );
    let na = only(WH_SIGNATURE_HEADER, "N/A");
    assert_eq!(verifier.verify(&na, &body), Err(VerifyError::Missing));
    assert_eq!(
        verifier.allow_unsigned(true).verify(&na, &body),
        Ok(SignatureScheme::Unsigned)
    );
}

#[test]
fn malformed_headers_are_rejected_with_a_reason() {
    let verifier = Verifier::ghl();
    let body = body();
    let cases = [
        (only(GHL_SIGNATURE_HEADER, "not base64!"), Malformed::Base64),
        (
            only(GHL_SIGNATURE_HEADER, "AAEC"),
            Malformed::Length { actual: 3 },
        ),
        (
            only(WH_SIGNATURE_HEADER, "AAEC"),
            Malformed::Length { actual: 3 },
        ),
    ];
    for (headers, reason) in cases {
        assert!(matches!(
            verifier.verify(&headers, &body),
            Err(VerifyError::Malformed { reason: r, .. }) if r == reason
        ));
    }
    let mut headers = HeaderMap::new();
    headers.insert(
        GHL_SIGNATURE_HEADER,
        HeaderValue::from_bytes(b"\xffabc").expect("opaque header"),
    );
    assert!(matches!(
        verifier.verify(&headers, &body),
        Err(VerifyError::Malformed {
            reason: Malformed::NotAscii,
            ..
        })
    ));
}

#[test]
fn ghl_published_keys_load_and_reject_test_signatures() {
    let keys = WebhookKeys::ghl();
    assert_eq!((keys.ed25519_len(), keys.rsa_len()), (1, 1));
    let body = body();
    let signer = TestSigner::new();
    let verifier = Verifier::ghl();
    assert_eq!(
        verifier.verify(&signer.ed25519_headers(&body), &body),
        Err(VerifyError::BadSignature {
            scheme: SignatureScheme::Ed25519
        })
    );
    // The test key is RSA-2048, GHL's is 4096: the length alone rules it out.
    assert!(matches!(
        verifier.verify(&signer.rsa_headers(&body), &body),
        Err(VerifyError::Malformed {
            reason: Malformed::Length { actual: 256 },
            ..
        })
    ));
    // The spec copies in /work/shared match the embedded ones when present.
    let shared = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/specs/ghl/keys/webhook-ed25519-public.pem"
    );
    if let Ok(text) = std::fs::read_to_string(shared) {
        assert_eq!(
            text.trim(),
            ghl_client::webhooks::keys::GHL_ED25519_PUBLIC_KEY_PEM.trim()
        );
    }
}

#[test]
fn rotation_accepts_old_and_new_keys_and_keys_load_from_files() {
    let old = TestSigner::from_seed([1; 32]);
    let new = TestSigner::from_seed([2; 32]);
    let dir = std::env::temp_dir().join(format!("ghl-webhook-keys-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let file = dir.join("new.pem");
    std::fs::write(&file, new.ed25519_public_pem()).expect("write");
    let keys = WebhookKeys::empty()
        .with_pem(&old.ed25519_public_pem())
        .expect("pem")
        .with_pem_file(&file)
        .expect("file");
    assert_eq!(keys.ed25519_len(), 2);
    let verifier = Verifier::new(keys);
    let body = body();
    assert!(verifier.verify(&old.ed25519_headers(&body), &body).is_ok());
    assert!(verifier.verify(&new.ed25519_headers(&body), &body).is_ok());
    let stranger = TestSigner::from_seed([3; 32]);
    assert!(
        verifier
            .verify(&stranger.ed25519_headers(&body), &body)
            .is_err()
    );
    assert!(
        WebhookKeys::empty()
            .with_pem_file(dir.join("missing.pem"))
            .is_err()
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn test_signer_rsa_4096_keys_work_too() {
    let pem = include_str!("../benches/test-rsa-4096.pem");
    let signer = TestSigner::new()
        .with_rsa_private_pem(pem)
        .expect("4096 key");
    let body = body();
    let verifier = signer.verifier();
    assert_eq!(
        verifier.verify(&signer.rsa_headers(&body), &body),
        Ok(SignatureScheme::RsaSha256)
    );
    assert_eq!(signer.sign_rsa(&body).len(), 684, "512 bytes in base64");
}
