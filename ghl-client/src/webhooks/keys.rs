//! The public keys webhook signatures are checked against.
//!
//! [`WebhookKeys::ghl`] holds the keys GHL publishes: the Ed25519 key for `X-GHL-Signature`
//! and the 4096-bit RSA key for the legacy `X-WH-Signature`. GHL announces rotations by email
//! and in its developer Slack (there is no key-id header and no discovery endpoint), so a set
//! can hold several keys of each kind at once: add the new key next to the old one, deploy,
//! and drop the old key once GHL has switched.
//!
//! ```
//! use ghl_client::webhooks::WebhookKeys;
//!
//! let keys = WebhookKeys::ghl();
//! assert_eq!((keys.ed25519_len(), keys.rsa_len()), (1, 1));
//!
//! // During a rotation: GHL's current keys plus a new one from a PEM file or string.
//! # let new_pem = ghl_client::webhooks::testing::TestSigner::new().ed25519_public_pem();
//! let keys = WebhookKeys::ghl().with_pem(&new_pem)?;
//! assert_eq!(keys.ed25519_len(), 2);
//! # Ok::<(), ghl_client::webhooks::KeyError>(())
//! ```

use std::fmt;
use std::path::Path;

use ed25519_dalek::pkcs8::DecodePublicKey as _;
use rsa::pkcs1::DecodeRsaPublicKey as _;
use sha2::Sha256;

/// GHL's published Ed25519 public key (SPKI PEM), used for `X-GHL-Signature`.
pub const GHL_ED25519_PUBLIC_KEY_PEM: &str = include_str!("keys/ghl-ed25519-public.pem");

/// GHL's published RSA-4096 public key (SPKI PEM), used for the legacy `X-WH-Signature`.
pub const GHL_RSA_PUBLIC_KEY_PEM: &str = include_str!("keys/ghl-rsa-public.pem");

/// Why a key could not be loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KeyError {
    /// The text holds no `-----BEGIN ...-----` block.
    #[error("no PEM block found")]
    NoPem,
    /// A PEM block is neither an Ed25519 nor an RSA public key (a private key, a
    /// certificate, another curve, or damaged text).
    #[error("unsupported or malformed public key in PEM block {index} ({label})")]
    UnsupportedKey {
        /// The block's position in the text, from 0.
        index: usize,
        /// The block's label, e.g. `PUBLIC KEY`.
        label: String,
    },
    /// The key file could not be read.
    #[error("cannot read key file {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}

/// An Ed25519 or RSA public key, ready to verify.
#[derive(Clone)]
pub(crate) enum PublicKey {
    Ed25519(ed25519_dalek::VerifyingKey),
    Rsa {
        key: rsa::pkcs1v15::VerifyingKey<Sha256>,
        /// Signature length in bytes (the modulus size).
        size: usize,
    },
}

impl PublicKey {
    fn from_pem_block(block: &str, index: usize, label: &str) -> Result<Self, KeyError> {
        if let Ok(key) = ed25519_dalek::VerifyingKey::from_public_key_pem(block) {
            return Ok(Self::Ed25519(key));
        }
        let rsa = rsa::PublicKey::from_public_key_pem(block)
            .or_else(|_| rsa::PublicKey::from_pkcs1_pem(block));
        match rsa {
            Ok(key) => Ok(Self::rsa(key)),
            Err(_) => Err(KeyError::UnsupportedKey {
                index,
                label: label.to_owned(),
            }),
        }
    }

    fn rsa(key: rsa::PublicKey) -> Self {
        use rsa::traits::PublicKeyParts as _;
        let size = key.size();
        Self::Rsa {
            key: rsa::pkcs1v15::VerifyingKey::new(key),
            size,
        }
    }
}

/// The public keys a [`Verifier`](super::Verifier) accepts, several of each kind allowed.
///
/// A signature is valid if it verifies under **any** key of its kind, which is what a key
/// rotation needs. Keys are public, so `Debug` prints only how many there are.
#[derive(Clone, Default)]
pub struct WebhookKeys {
    pub(crate) ed25519: Vec<ed25519_dalek::VerifyingKey>,
    pub(crate) rsa: Vec<(rsa::pkcs1v15::VerifyingKey<Sha256>, usize)>,
}

impl fmt::Debug for WebhookKeys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebhookKeys")
            .field("ed25519", &self.ed25519.len())
            .field("rsa", &self.rsa.len())
            .finish()
    }
}

impl WebhookKeys {
    /// No keys at all: every signed delivery fails with [`VerifyError::NoKey`](super::VerifyError::NoKey).
    pub fn empty() -> Self {
        Self::default()
    }

    /// GHL's published keys: [`GHL_ED25519_PUBLIC_KEY_PEM`] and [`GHL_RSA_PUBLIC_KEY_PEM`].
    pub fn ghl() -> Self {
        let mut keys = Self::empty();
        // The embedded PEMs are fixed at compile time and covered by tests; should one ever
        // fail to parse, the set simply lacks it and verification fails closed.
        for pem in [GHL_ED25519_PUBLIC_KEY_PEM, GHL_RSA_PUBLIC_KEY_PEM] {
            if let Err(error) = keys.add_pem(pem) {
                tracing::error!(%error, "embedded GHL webhook key failed to load");
            }
        }
        keys
    }

    /// Parses every PEM block in `pem` (SPKI `PUBLIC KEY` for Ed25519 or RSA, or PKCS#1
    /// `RSA PUBLIC KEY`) and adds them. Nothing is added if any block fails.
    pub fn add_pem(&mut self, pem: &str) -> Result<(), KeyError> {
        let mut parsed = Vec::new();
        for (index, (label, block)) in pem_blocks(pem).into_iter().enumerate() {
            parsed.push(PublicKey::from_pem_block(block, index, label)?);
        }
        if parsed.is_empty() {
            return Err(KeyError::NoPem);
        }
        for key in parsed {
            self.push(key);
        }
        Ok(())
    }

    /// [`add_pem`](Self::add_pem), builder style.
    pub fn with_pem(mut self, pem: &str) -> Result<Self, KeyError> {
        self.add_pem(pem)?;
        Ok(self)
    }

    /// Reads a PEM file (one or several blocks) and adds its keys.
    pub fn add_pem_file(&mut self, path: impl AsRef<Path>) -> Result<(), KeyError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|source| KeyError::Io {
            path: path.display().to_string(),
            source,
        })?;
        self.add_pem(&text)
    }

    /// [`add_pem_file`](Self::add_pem_file), builder style.
    pub fn with_pem_file(mut self, path: impl AsRef<Path>) -> Result<Self, KeyError> {
        self.add_pem_file(path)?;
        Ok(self)
    }

    /// Adds an already-parsed Ed25519 key.
    pub fn add_ed25519(&mut self, key: ed25519_dalek::VerifyingKey) {
        self.push(PublicKey::Ed25519(key));
    }

    /// Adds an already-parsed RSA key (signatures are checked as PKCS#1 v1.5 with SHA-256).
    pub fn add_rsa(&mut self, key: rsa::PublicKey) {
        self.push(PublicKey::rsa(key));
    }

    /// Drops every RSA key (the legacy `X-WH-Signature` then never verifies).
    pub fn without_rsa(mut self) -> Self {
        self.rsa.clear();
        self
    }

    /// How many Ed25519 keys the set holds.
    pub fn ed25519_len(&self) -> usize {
        self.ed25519.len()
    }

    /// How many RSA keys the set holds.
    pub fn rsa_len(&self) -> usize {
        self.rsa.len()
    }

    fn push(&mut self, key: PublicKey) {
        match key {
            PublicKey::Ed25519(key) => {
                if !self.ed25519.contains(&key) {
                    self.ed25519.push(key);
                }
            }
            PublicKey::Rsa { key, size } => self.rsa.push((key, size)),
        }
    }
}

/// Splits text into `(label, block)` pairs, one per `-----BEGIN X----- ... -----END X-----`.
fn pem_blocks(text: &str) -> Vec<(&str, &str)> {
    const BEGIN: &str = "-----BEGIN ";
    let mut blocks = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(BEGIN) {
        let from_begin = &rest[start..];
        let after = &from_begin[BEGIN.len()..];
        let Some(label_end) = after.find("-----") else {
            break;
        };
        let label = &after[..label_end];
        let end_marker = format!("-----END {label}-----");
        let Some(end) = from_begin.find(&end_marker) else {
            break;
        };
        let block_len = end + end_marker.len();
        blocks.push((label, &from_begin[..block_len]));
        rest = &from_begin[block_len..];
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ghl_keys_load() {
        let keys = WebhookKeys::ghl();
        assert_eq!(keys.ed25519_len(), 1);
        assert_eq!(keys.rsa_len(), 1);
        assert_eq!(keys.rsa[0].1, 512, "GHL's RSA key is 4096-bit");
    }

    #[test]
    fn several_blocks_in_one_text() {
        let both = format!("{GHL_ED25519_PUBLIC_KEY_PEM}\n{GHL_RSA_PUBLIC_KEY_PEM}");
        let keys = WebhookKeys::empty().with_pem(&both).expect("two keys");
        assert_eq!((keys.ed25519_len(), keys.rsa_len()), (1, 1));
    }

    #[test]
    fn rejects_garbage_and_private_keys() {
        assert!(matches!(
            WebhookKeys::empty().with_pem("hello"),
            Err(KeyError::NoPem)
        ));
        let bad = "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n";
        assert!(matches!(
            WebhookKeys::empty().with_pem(bad),
            Err(KeyError::UnsupportedKey { index: 0, .. })
        ));
        let private = include_str!("testing/test-rsa-2048.pem");
        assert!(WebhookKeys::empty().with_pem(private).is_err());
    }
}
