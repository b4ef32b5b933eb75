//! Webhook signatures with the sandbox's fixed test keys (never GHL's): Ed25519 for
//! `X-GHL-Signature`, RSA-SHA256 PKCS#1 v1.5 for the legacy `X-WH-Signature`, both base64 over
//! the exact body bytes sent.
//!
//! The Ed25519 key comes from a constant seed; the RSA key is the 2048-bit PEM in
//! `sandbox/keys/`, compiled in and parsed on first use (generating RSA keys at start would be
//! slow). Both public keys are served by `GET /_sandbox/keys`.

use std::sync::OnceLock;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ed25519_dalek::pkcs8::EncodePublicKey as _;
use ed25519_dalek::pkcs8::spki::der::pem::LineEnding;
use ed25519_dalek::{Signer as _, SigningKey};
use rsa::pkcs1v15;
use rsa::pkcs8::DecodePrivateKey as _;
use rsa::sha2::{Digest as _, Sha256};
use rsa::signature::SignatureEncoding as _;
use rsa::{PrivateKey, PublicKey};

/// The sandbox's RSA test key (PKCS#8 PEM). Public, for tests only.
const RSA_PRIVATE_PEM: &str = include_str!("../../keys/webhook-rsa-private.pem");

/// The phrase the Ed25519 test key's seed is hashed from.
const ED25519_SEED_PHRASE: &[u8] = b"ghl-notion-sandbox webhook ed25519 test key v1";

/// Both signatures of one body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signatures {
    /// Base64 Ed25519 signature, for `X-GHL-Signature`.
    pub ed25519: String,
    /// Base64 RSA-SHA256 signature, for `X-WH-Signature` (`None` if the RSA key failed to load).
    pub rsa: Option<String>,
}

/// The signing keys.
#[derive(Debug)]
pub struct WebhookSigner {
    ed25519: SigningKey,
    rsa: OnceLock<Option<pkcs1v15::SigningKey<Sha256>>>,
}

impl Default for WebhookSigner {
    fn default() -> Self {
        Self::new()
    }
}

impl WebhookSigner {
    /// The fixed test keys.
    pub fn new() -> Self {
        let seed: [u8; 32] = Sha256::digest(ED25519_SEED_PHRASE).into();
        Self {
            ed25519: SigningKey::from_bytes(&seed),
            rsa: OnceLock::new(),
        }
    }

    fn rsa(&self) -> Option<&pkcs1v15::SigningKey<Sha256>> {
        self.rsa
            .get_or_init(|| match PrivateKey::from_pkcs8_pem(RSA_PRIVATE_PEM) {
                Ok(key) => Some(pkcs1v15::SigningKey::new(key)),
                Err(e) => {
                    tracing::error!(error = %e, "cannot load the RSA webhook test key");
                    None
                }
            })
            .as_ref()
    }

    /// Signs `body` with both keys.
    pub fn sign(&self, body: &[u8]) -> Signatures {
        let ed25519 = STANDARD.encode(self.ed25519.sign(body).to_bytes());
        let rsa = self
            .rsa()
            .map(|signer| STANDARD.encode(signer.sign(body).to_bytes()));
        Signatures { ed25519, rsa }
    }

    /// The Ed25519 public key as SPKI PEM.
    pub fn ed25519_public_pem(&self) -> String {
        self.ed25519
            .verifying_key()
            .to_public_key_pem(LineEnding::LF)
            .unwrap_or_default()
    }

    /// The RSA public key as SPKI PEM.
    pub fn rsa_public_pem(&self) -> String {
        self.rsa()
            .and_then(|signer| {
                let private: &PrivateKey = signer.as_ref();
                PublicKey::from(private)
                    .to_public_key_pem(rsa::pkcs8::LineEnding::LF)
                    .ok()
            })
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use ed25519_dalek::pkcs8::DecodePublicKey as _;
    use ed25519_dalek::{Signature, Verifier as _, VerifyingKey};

    use super::*;

    #[test]
    fn signatures_verify_with_the_public_keys() {
        let signer = WebhookSigner::new();
        let body = br#"{"type":"ContactCreate","locationId":"x"}"#;
        let sigs = signer.sign(body);

        let ed_pub = VerifyingKey::from_public_key_pem(&signer.ed25519_public_pem()).expect("pem");
        let ed_sig =
            Signature::from_slice(&STANDARD.decode(&sigs.ed25519).expect("b64")).expect("sig");
        assert!(ed_pub.verify(body, &ed_sig).is_ok());

        let rsa_pub = PublicKey::from_public_key_pem(&signer.rsa_public_pem()).expect("pem");
        let verifier = pkcs1v15::VerifyingKey::<Sha256>::new(rsa_pub);
        let raw = STANDARD
            .decode(sigs.rsa.expect("rsa key loads"))
            .expect("b64");
        let rsa_sig = pkcs1v15::Signature::try_from(raw.as_slice()).expect("sig");
        assert!(verifier.verify(body, &rsa_sig).is_ok());
        assert!(verifier.verify(b"other", &rsa_sig).is_err());
    }

    #[test]
    fn keys_are_fixed() {
        assert_eq!(
            WebhookSigner::new().ed25519_public_pem(),
            WebhookSigner::new().ed25519_public_pem()
        );
    }
}
