//! Signature checks over the exact bytes GHL sent.
//!
//! GHL signs the raw request body. Two headers may carry a base64 signature:
//!
//! - `X-GHL-Signature`: Ed25519, the current scheme. **When present it decides**: if it fails,
//!   the delivery is rejected even if `X-WH-Signature` would verify.
//! - `X-WH-Signature`: RSA-SHA256 (PKCS#1 v1.5), the legacy scheme GHL retires on
//!   2026-07-01. Accepted while [`Verifier::accept_legacy_rsa`] is on (the default).
//!
//! A missing header, an empty one, or the literal `N/A` means "not signed". Unsigned
//! deliveries are rejected unless [`Verifier::allow_unsigned`] is set (local tools only).
//!
//! Always verify the bytes as received, before parsing: parsing and re-serialising JSON
//! changes spacing, key order or escapes and the signature no longer matches.
//!
//! ```
//! use ghl_client::webhooks::{SignatureScheme, Verifier, VerifyError};
//! use ghl_client::webhooks::testing::TestSigner;
//!
//! let signer = TestSigner::new();
//! let verifier = Verifier::new(signer.keys());
//! let body = br#"{"type":"ContactCreate","id":"c1"}"#;
//! let headers = signer.headers(body);
//! assert_eq!(verifier.verify(&headers, body), Ok(SignatureScheme::Ed25519));
//! assert_eq!(
//!     verifier.verify(&headers, br#"{"type":"ContactCreate","id":"c2"}"#),
//!     Err(VerifyError::BadSignature { scheme: SignatureScheme::Ed25519 })
//! );
//! ```

use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::{DecodePaddingMode, general_purpose};
use http::HeaderMap;
use rsa::signature::Verifier as _;

use super::keys::WebhookKeys;

/// The Ed25519 signature header.
pub const GHL_SIGNATURE_HEADER: &str = "x-ghl-signature";
/// The legacy RSA signature header.
pub const WH_SIGNATURE_HEADER: &str = "x-wh-signature";

/// Standard alphabet, padding optional (Node's `Buffer.from(s, 'base64')` is that lenient).
const STANDARD_LENIENT: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);
/// URL-safe alphabet, padding optional.
const URL_SAFE_LENIENT: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::URL_SAFE,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// How a delivery was authenticated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignatureScheme {
    /// `X-GHL-Signature`, Ed25519.
    Ed25519,
    /// `X-WH-Signature`, RSA-SHA256 PKCS#1 v1.5 (legacy).
    RsaSha256,
    /// No signature, accepted because [`Verifier::allow_unsigned`] is on.
    Unsigned,
}

impl SignatureScheme {
    /// The header that carries this scheme, if any.
    pub fn header(self) -> Option<&'static str> {
        match self {
            Self::Ed25519 => Some(GHL_SIGNATURE_HEADER),
            Self::RsaSha256 => Some(WH_SIGNATURE_HEADER),
            Self::Unsigned => None,
        }
    }
}

impl fmt::Display for SignatureScheme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Ed25519 => "ed25519",
            Self::RsaSha256 => "rsa-sha256",
            Self::Unsigned => "unsigned",
        })
    }
}

/// The signature headers a delivery came with, as sent (`None` when absent).
///
/// The [`Ingress`](super::Ingress) keeps them with the event
/// ([`Envelope::signatures`](super::Envelope::signatures)) and the journal
/// ([`FileSink`](super::FileSink)) stores them beside the exact body, so a journaled delivery
/// is verified again before it is replayed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct SignatureHeaders {
    /// `X-GHL-Signature` (Ed25519).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ghl: Option<String>,
    /// `X-WH-Signature` (legacy RSA).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wh: Option<String>,
}

impl SignatureHeaders {
    /// The two headers' text from `headers` (a value that is not visible ASCII is dropped: it
    /// could not have verified).
    pub fn from_headers(headers: &HeaderMap) -> Self {
        let text = |name| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        Self {
            ghl: text(GHL_SIGNATURE_HEADER),
            wh: text(WH_SIGNATURE_HEADER),
        }
    }

    /// Verifies `body` against these headers with `verifier`, exactly as the delivery was.
    pub fn verify(&self, verifier: &Verifier, body: &[u8]) -> Result<SignatureScheme, VerifyError> {
        verifier.verify_values(self.ghl.as_deref(), self.wh.as_deref(), body)
    }
}

/// What is wrong with a signature header's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Malformed {
    /// The header value is not visible ASCII.
    NotAscii,
    /// The value is not base64.
    Base64,
    /// The decoded signature has the wrong length for its scheme (64 bytes for Ed25519, the
    /// modulus size of a configured key for RSA).
    Length {
        /// The decoded length.
        actual: usize,
    },
}

impl fmt::Display for Malformed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotAscii => f.write_str("not visible ASCII"),
            Self::Base64 => f.write_str("not base64"),
            Self::Length { actual } => write!(f, "wrong signature length {actual}"),
        }
    }
}

/// Why a delivery failed verification. A failed check is always a rejection.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VerifyError {
    /// Neither header carries a signature and unsigned deliveries are not allowed.
    #[error("the webhook is not signed")]
    Missing,
    /// A signature header could not be decoded.
    #[error("malformed {header} header: {reason}")]
    Malformed {
        /// The header (lower case).
        header: &'static str,
        /// What is wrong.
        reason: Malformed,
    },
    /// The signature does not match the body under any configured key of its scheme.
    #[error("the {scheme} signature does not match the body")]
    BadSignature {
        /// The scheme that was checked.
        scheme: SignatureScheme,
    },
    /// No key of the signature's scheme is configured.
    #[error("no {scheme} key is configured")]
    NoKey {
        /// The scheme that had no key.
        scheme: SignatureScheme,
    },
    /// Only the legacy `X-WH-Signature` is present and legacy RSA is turned off.
    #[error("only the legacy X-WH-Signature is present and RSA signatures are disabled")]
    LegacyDisabled,
}

/// Checks webhook signatures against a set of public keys.
#[derive(Debug, Clone)]
pub struct Verifier {
    keys: WebhookKeys,
    accept_legacy_rsa: bool,
    allow_unsigned: bool,
}

impl Default for Verifier {
    fn default() -> Self {
        Self::ghl()
    }
}

impl Verifier {
    /// A verifier over `keys`: legacy RSA accepted, unsigned deliveries rejected.
    pub fn new(keys: WebhookKeys) -> Self {
        Self {
            keys,
            accept_legacy_rsa: true,
            allow_unsigned: false,
        }
    }

    /// A verifier over GHL's published keys ([`WebhookKeys::ghl`]).
    pub fn ghl() -> Self {
        Self::new(WebhookKeys::ghl())
    }

    /// Whether a delivery signed only with the legacy `X-WH-Signature` (RSA) is accepted.
    /// On by default until GHL retires the header (announced for 2026-07-01); turn it off
    /// once every delivery carries `X-GHL-Signature`.
    pub fn accept_legacy_rsa(mut self, accept: bool) -> Self {
        self.accept_legacy_rsa = accept;
        self
    }

    /// Whether unsigned deliveries are accepted (as [`SignatureScheme::Unsigned`]). Off by
    /// default; only for local tools that post hand-written payloads.
    pub fn allow_unsigned(mut self, allow: bool) -> Self {
        self.allow_unsigned = allow;
        self
    }

    /// The keys in use.
    pub fn keys(&self) -> &WebhookKeys {
        &self.keys
    }

    /// Verifies `body` against the signature headers in `headers`.
    pub fn verify(&self, headers: &HeaderMap, body: &[u8]) -> Result<SignatureScheme, VerifyError> {
        let ghl = header_value(headers, GHL_SIGNATURE_HEADER)?;
        let wh = header_value(headers, WH_SIGNATURE_HEADER)?;
        self.verify_values(ghl, wh, body)
    }

    /// Verifies `body` against the raw header values (`None` when a header is absent), for
    /// frameworks other than `http`.
    pub fn verify_values(
        &self,
        x_ghl_signature: Option<&str>,
        x_wh_signature: Option<&str>,
        body: &[u8],
    ) -> Result<SignatureScheme, VerifyError> {
        if let Some(signature) = x_ghl_signature.and_then(present) {
            return self.verify_ed25519(signature, body);
        }
        if let Some(signature) = x_wh_signature.and_then(present) {
            if !self.accept_legacy_rsa {
                return Err(VerifyError::LegacyDisabled);
            }
            return self.verify_rsa(signature, body);
        }
        if self.allow_unsigned {
            Ok(SignatureScheme::Unsigned)
        } else {
            Err(VerifyError::Missing)
        }
    }

    fn verify_ed25519(&self, signature: &str, body: &[u8]) -> Result<SignatureScheme, VerifyError> {
        let scheme = SignatureScheme::Ed25519;
        let header = GHL_SIGNATURE_HEADER;
        let bytes = decode_base64(signature, header)?;
        let Ok(array) = <[u8; 64]>::try_from(bytes.as_slice()) else {
            return Err(VerifyError::Malformed {
                header,
                reason: Malformed::Length {
                    actual: bytes.len(),
                },
            });
        };
        if self.keys.ed25519.is_empty() {
            return Err(VerifyError::NoKey { scheme });
        }
        let signature = ed25519_dalek::Signature::from_bytes(&array);
        if self
            .keys
            .ed25519
            .iter()
            .any(|key| key.verify_strict(body, &signature).is_ok())
        {
            Ok(scheme)
        } else {
            Err(VerifyError::BadSignature { scheme })
        }
    }

    fn verify_rsa(&self, signature: &str, body: &[u8]) -> Result<SignatureScheme, VerifyError> {
        let scheme = SignatureScheme::RsaSha256;
        let header = WH_SIGNATURE_HEADER;
        let bytes = decode_base64(signature, header)?;
        if self.keys.rsa.is_empty() {
            return Err(VerifyError::NoKey { scheme });
        }
        let malformed = VerifyError::Malformed {
            header,
            reason: Malformed::Length {
                actual: bytes.len(),
            },
        };
        if !self.keys.rsa.iter().any(|(_, size)| *size == bytes.len()) {
            return Err(malformed);
        }
        let Ok(signature) = rsa::pkcs1v15::Signature::try_from(bytes.as_slice()) else {
            return Err(malformed);
        };
        if self
            .keys
            .rsa
            .iter()
            .filter(|(_, size)| *size == bytes.len())
            .any(|(key, _)| key.verify(body, &signature).is_ok())
        {
            Ok(scheme)
        } else {
            Err(VerifyError::BadSignature { scheme })
        }
    }
}

/// The header's text, `None` when absent. A value that is not visible ASCII is malformed.
fn header_value<'a>(
    headers: &'a HeaderMap,
    name: &'static str,
) -> Result<Option<&'a str>, VerifyError> {
    match headers.get(name) {
        None => Ok(None),
        Some(value) => value
            .to_str()
            .map(Some)
            .map_err(|_| VerifyError::Malformed {
                header: name,
                reason: Malformed::NotAscii,
            }),
    }
}

/// `None` for the values that mean "no signature": empty and `N/A`.
fn present(value: &str) -> Option<&str> {
    let value = value.trim();
    if value.is_empty() || value.eq_ignore_ascii_case("N/A") {
        None
    } else {
        Some(value)
    }
}

fn decode_base64(value: &str, header: &'static str) -> Result<Vec<u8>, VerifyError> {
    STANDARD_LENIENT
        .decode(value)
        .or_else(|_| URL_SAFE_LENIENT.decode(value))
        .map_err(|_| VerifyError::Malformed {
            header,
            reason: Malformed::Base64,
        })
}

/// Encodes a signature as GHL puts it in a header (standard base64 with padding).
pub(crate) fn encode_base64(signature: &[u8]) -> String {
    general_purpose::STANDARD.encode(signature)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn na_and_empty_mean_unsigned() {
        let verifier = Verifier::ghl();
        for value in [None, Some(""), Some("N/A"), Some(" n/a ")] {
            assert_eq!(
                verifier.verify_values(value, value, b"{}"),
                Err(VerifyError::Missing)
            );
        }
        assert_eq!(
            verifier
                .allow_unsigned(true)
                .verify_values(Some("N/A"), None, b"{}"),
            Ok(SignatureScheme::Unsigned)
        );
    }

    #[test]
    fn malformed_headers_are_typed() {
        let verifier = Verifier::ghl();
        assert_eq!(
            verifier.verify_values(Some("***"), None, b"{}"),
            Err(VerifyError::Malformed {
                header: GHL_SIGNATURE_HEADER,
                reason: Malformed::Base64
            })
        );
        assert_eq!(
            verifier.verify_values(Some("AAAA"), None, b"{}"),
            Err(VerifyError::Malformed {
                header: GHL_SIGNATURE_HEADER,
                reason: Malformed::Length { actual: 3 }
            })
        );
        assert_eq!(
            verifier.verify_values(None, Some("AAAA"), b"{}"),
            Err(VerifyError::Malformed {
                header: WH_SIGNATURE_HEADER,
                reason: Malformed::Length { actual: 3 }
            })
        );
    }

    #[test]
    fn wrong_signature_under_real_keys_is_bad() {
        let verifier = Verifier::ghl();
        let zeros64 = encode_base64(&[7u8; 64]);
        assert_eq!(
            verifier.verify_values(Some(&zeros64), None, b"{}"),
            Err(VerifyError::BadSignature {
                scheme: SignatureScheme::Ed25519
            })
        );
        let sig512 = encode_base64(&[1u8; 512]);
        assert_eq!(
            verifier.verify_values(None, Some(&sig512), b"{}"),
            Err(VerifyError::BadSignature {
                scheme: SignatureScheme::RsaSha256
            })
        );
        assert_eq!(
            verifier
                .clone()
                .accept_legacy_rsa(false)
                .verify_values(None, Some(&sig512), b"{}"),
            Err(VerifyError::LegacyDisabled)
        );
    }
}
