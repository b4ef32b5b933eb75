//! Signing payloads the way GHL does, for your own tests.
//!
//! [`TestSigner`] holds an Ed25519 key made from a seed and an RSA-2048 test key shipped with
//! this crate (generating RSA keys at test time is slow). Point a [`Verifier`] at
//! [`TestSigner::keys`] and post bodies with [`TestSigner::headers`].
//!
//! **Never use these keys outside tests**: the RSA private key is public, in this crate's
//! source.
//!
//! ```
//! use ghl_client::webhooks::testing::TestSigner;
//! use ghl_client::webhooks::{SignatureScheme, Verifier};
//!
//! let signer = TestSigner::from_seed([42; 32]);
//! let verifier = Verifier::new(signer.keys());
//! let body = br#"{"type":"NoteCreate","id":"n1"}"#;
//!
//! let rsa_only = signer.rsa_headers(body);
//! assert_eq!(verifier.verify(&rsa_only, body), Ok(SignatureScheme::RsaSha256));
//! ```

use ed25519_dalek::Signer as _;
use ed25519_dalek::pkcs8::EncodePublicKey as _;
use http::{HeaderMap, HeaderValue};
use rsa::pkcs8::DecodePrivateKey as _;
use rsa::signature::SignatureEncoding as _;
use sha2::Sha256;

use super::keys::{KeyError, WebhookKeys};
use super::verify::{GHL_SIGNATURE_HEADER, Verifier, WH_SIGNATURE_HEADER, encode_base64};

/// The RSA-2048 test key shipped with the crate (PKCS#8 PEM). Test use only.
pub const TEST_RSA_PRIVATE_KEY_PEM: &str = include_str!("test-rsa-2048.pem");

/// The seed [`TestSigner::new`] uses.
pub const DEFAULT_SEED: [u8; 32] = *b"ghl-client webhook test signer!!";

/// Signs webhook bodies with test keys and produces GHL's signature headers.
#[derive(Clone)]
pub struct TestSigner {
    ed25519: ed25519_dalek::SigningKey,
    rsa: rsa::pkcs1v15::SigningKey<Sha256>,
}

impl std::fmt::Debug for TestSigner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TestSigner").finish_non_exhaustive()
    }
}

impl Default for TestSigner {
    fn default() -> Self {
        Self::new()
    }
}

impl TestSigner {
    /// A signer from [`DEFAULT_SEED`] and the shipped RSA test key.
    pub fn new() -> Self {
        Self::from_seed(DEFAULT_SEED)
    }

    /// A signer whose Ed25519 key comes from `seed`; RSA uses the shipped test key.
    ///
    /// # Panics
    ///
    /// Only if the RSA PEM embedded in the crate is damaged (a build defect, covered by tests).
    pub fn from_seed(seed: [u8; 32]) -> Self {
        let rsa = rsa::PrivateKey::from_pkcs8_pem(TEST_RSA_PRIVATE_KEY_PEM)
            .expect("the embedded RSA test key is valid PKCS#8");
        Self {
            ed25519: ed25519_dalek::SigningKey::from_bytes(&seed),
            rsa: rsa::pkcs1v15::SigningKey::new(rsa),
        }
    }

    /// Replaces the RSA key with another PKCS#8 PEM private key (e.g. RSA-4096).
    pub fn with_rsa_private_pem(mut self, pem: &str) -> Result<Self, KeyError> {
        let key = rsa::PrivateKey::from_pkcs8_pem(pem).map_err(|_| KeyError::UnsupportedKey {
            index: 0,
            label: "PRIVATE KEY".to_owned(),
        })?;
        self.rsa = rsa::pkcs1v15::SigningKey::new(key);
        Ok(self)
    }

    /// The Ed25519 public key.
    pub fn ed25519_public_key(&self) -> ed25519_dalek::VerifyingKey {
        self.ed25519.verifying_key()
    }

    /// The RSA public key.
    pub fn rsa_public_key(&self) -> rsa::PublicKey {
        rsa::PublicKey::from(self.rsa.as_ref())
    }

    /// The Ed25519 public key as SPKI PEM, as GHL publishes its own.
    pub fn ed25519_public_pem(&self) -> String {
        self.ed25519_public_key()
            .to_public_key_pem(rsa::pkcs8::LineEnding::LF)
            .unwrap_or_default()
    }

    /// The RSA public key as SPKI PEM.
    pub fn rsa_public_pem(&self) -> String {
        self.rsa_public_key()
            .to_public_key_pem(rsa::pkcs8::LineEnding::LF)
            .unwrap_or_default()
    }

    /// Both public keys, for a [`Verifier`].
    pub fn keys(&self) -> WebhookKeys {
        let mut keys = WebhookKeys::empty();
        keys.add_ed25519(self.ed25519_public_key());
        keys.add_rsa(self.rsa_public_key());
        keys
    }

    /// A verifier over [`keys`](Self::keys) with default settings.
    pub fn verifier(&self) -> Verifier {
        Verifier::new(self.keys())
    }

    /// The `X-GHL-Signature` value for `body`.
    pub fn sign_ed25519(&self, body: &[u8]) -> String {
        encode_base64(&self.ed25519.sign(body).to_bytes())
    }

    /// The `X-WH-Signature` value for `body`.
    ///
    /// # Panics
    ///
    /// Never for the shipped key: PKCS#1 v1.5 signing only fails for keys too small for a
    /// SHA-256 digest.
    pub fn sign_rsa(&self, body: &[u8]) -> String {
        let signature = self.rsa.sign(body);
        encode_base64(&signature.to_bytes())
    }

    /// Both signature headers, as GHL sends them today, and `Content-Type: application/json`.
    pub fn headers(&self, body: &[u8]) -> HeaderMap {
        let mut headers = self.ed25519_headers(body);
        headers.extend(self.rsa_headers(body));
        headers
    }

    /// Only `X-GHL-Signature` (what GHL will send after the RSA header is retired), and
    /// `Content-Type: application/json`.
    pub fn ed25519_headers(&self, body: &[u8]) -> HeaderMap {
        header(GHL_SIGNATURE_HEADER, &self.sign_ed25519(body))
    }

    /// Only the legacy `X-WH-Signature`, and `Content-Type: application/json`.
    pub fn rsa_headers(&self, body: &[u8]) -> HeaderMap {
        header(WH_SIGNATURE_HEADER, &self.sign_rsa(body))
    }
}

fn header(name: &'static str, value: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(
        http::header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    // Base64 is always a valid header value.
    if let Ok(value) = HeaderValue::from_str(value) {
        headers.insert(name, value);
    }
    headers
}
