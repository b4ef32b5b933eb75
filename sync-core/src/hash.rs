//! Stable content hashing.
//!
//! The engine decides "unchanged" by comparing a hash of what it would write with the hash it
//! recorded when it last wrote. That hash is kept in the state store across releases, so it
//! must never depend on the Rust version or on map iteration order: it is 64-bit FNV-1a over a
//! canonical JSON text (object keys sorted, no whitespace), never std's `DefaultHasher`.
//!
//! ```
//! use sync_core::hash::{ContentHash, hash_json};
//! use serde_json::json;
//!
//! // Key order does not matter; values do.
//! assert_eq!(hash_json(&json!({"a": 1, "b": 2})), hash_json(&json!({"b": 2, "a": 1})));
//! assert_ne!(hash_json(&json!({"a": 1})), hash_json(&json!({"a": 2})));
//! let h: ContentHash = hash_json(&json!(null));
//! assert_eq!(h.to_string().parse::<ContentHash>().ok(), Some(h));
//! ```

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// 64-bit FNV-1a over `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash = FNV_OFFSET;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

/// A stable 64-bit content hash, shown and stored as 16 lowercase hex digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ContentHash(pub u64);

impl fmt::Display for ContentHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

/// A string that is not 16 hex digits.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a content hash: expected 16 hex digits")]
pub struct ParseHashError;

impl FromStr for ContentHash {
    type Err = ParseHashError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.len() != 16 {
            return Err(ParseHashError);
        }
        u64::from_str_radix(s, 16)
            .map(ContentHash)
            .map_err(|_| ParseHashError)
    }
}

impl Serialize for ContentHash {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ContentHash {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// Writes `value` as canonical JSON: object keys sorted by their UTF-8 bytes, no whitespace.
pub fn canonical_json(value: &serde_json::Value, out: &mut String) {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            let mut entries: Vec<_> = map.iter().collect();
            entries.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            out.push('{');
            for (i, (key, item)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                push_string(key, out);
                out.push(':');
                canonical_json(item, out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                canonical_json(item, out);
            }
            out.push(']');
        }
        Value::String(text) => push_string(text, out),
        // Numbers, booleans and null print the same way in every serde_json release.
        other => out.push_str(&other.to_string()),
    }
}

fn push_string(text: &str, out: &mut String) {
    // serde_json's string escaping is fixed by the JSON grammar it implements.
    out.push_str(&serde_json::Value::String(text.to_owned()).to_string());
}

/// The [`ContentHash`] of `value`'s canonical JSON.
pub fn hash_json(value: &serde_json::Value) -> ContentHash {
    let mut text = String::new();
    canonical_json(value, &mut text);
    ContentHash(fnv1a64(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fnv_matches_published_vectors() {
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn canonical_json_sorts_nested_keys() {
        let mut out = String::new();
        canonical_json(
            &json!({"b": [1, {"d": 1, "c": "x\"y"}], "a": null}),
            &mut out,
        );
        assert_eq!(out, r#"{"a":null,"b":[1,{"c":"x\"y","d":1}]}"#);
    }

    #[test]
    fn hash_is_pinned() {
        // Pinned: a change here invalidates every stored hash (each row is rewritten once).
        assert_eq!(
            hash_json(&json!({"a": 1})).to_string(),
            format!("{:016x}", fnv1a64(br#"{"a":1}"#))
        );
    }

    #[test]
    fn parse_rejects_garbage() {
        assert!("xyz".parse::<ContentHash>().is_err());
        assert!("000000000000000g".parse::<ContentHash>().is_err());
    }
}
