//! Keeping secrets out of logs and errors.
//!
//! [`excerpt`] cuts a response body to a short, printable excerpt with every known secret
//! and anything that looks like a bearer token or JWT replaced by `[REDACTED]`.

/// The marker that replaces a secret.
pub const REDACTED: &str = "[REDACTED]";

/// JSON keys whose string values are always replaced.
const SECRET_KEYS: &[&str] = &["token", "secret", "password", "authorization", "code"];

/// Replaces every occurrence of each secret (ignoring secrets shorter than 4 bytes), the
/// values of JSON fields whose names say they hold one (`access_token`, `client_secret`…),
/// `Bearer` values and JWT-shaped words.
pub fn redact(text: &str, secrets: &[&str]) -> String {
    let mut out = redact_json_fields(text);
    for secret in secrets {
        if secret.len() >= 4 {
            out = out.replace(secret, REDACTED);
        }
    }
    redact_token_shapes(&out)
}

fn is_secret_key(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    SECRET_KEYS.iter().any(|k| key.contains(k))
}

/// Replaces the values of `"…token…": "value"` style fields, in JSON or JSON-like text.
fn redact_json_fields(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('"') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('"') else { break };
        let key = &after[..end];
        let tail = &after[end + 1..];
        let trimmed = tail.trim_start();
        if is_secret_key(key) && trimmed.starts_with(':') {
            let value = trimmed[1..].trim_start();
            if let Some(close) = value.strip_prefix('"').and_then(|body| body.find('"')) {
                let consumed = text_len_before(tail, value) + 1 + close + 1;
                out.push_str(&rest[..start + 1 + end + 1]);
                out.push_str(&tail[..text_len_before(tail, value)]);
                out.push('"');
                out.push_str(REDACTED);
                out.push('"');
                rest = &tail[consumed..];
                continue;
            }
        }
        out.push_str(&rest[..start + 1 + end + 1]);
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// Byte offset of `inner` (a suffix of `outer`) within `outer`.
fn text_len_before(outer: &str, inner: &str) -> usize {
    outer.len() - inner.len()
}

/// Replaces `Bearer <token>` values and JWT-shaped words.
fn redact_token_shapes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = find_ci(rest, "bearer ") {
        let (head, tail) = rest.split_at(pos + "bearer ".len());
        out.push_str(head);
        let end = tail
            .find(|c: char| c.is_whitespace() || c == '"' || c == '\'' || c == ',')
            .unwrap_or(tail.len());
        if end > 0 {
            out.push_str(REDACTED);
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out.split_inclusive(|c: char| !is_token_char(c))
        .map(|piece| {
            let word = piece.trim_end_matches(|c: char| !is_token_char(c));
            if looks_like_jwt(word) {
                piece.replacen(word, REDACTED, 1)
            } else {
                piece.to_owned()
            }
        })
        .collect()
}

fn find_ci(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')
}

fn looks_like_jwt(word: &str) -> bool {
    let parts: Vec<&str> = word.split('.').collect();
    parts.len() == 3 && parts[0].starts_with("eyJ") && parts.iter().all(|p| p.len() >= 4)
}

/// A printable excerpt of at most `max` characters of `body`, secrets removed.
pub fn excerpt(body: &[u8], max: usize, secrets: &[&str]) -> String {
    let text = String::from_utf8_lossy(body);
    let clean = redact(&text, secrets);
    let mut out: String = clean.chars().take(max).collect();
    if clean.chars().count() > max {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_known_secrets_and_token_shapes() {
        let s = redact(
            "token pit-abc123 and Authorization: Bearer xyz.789, jwt eyJhbGciOi.eyJzdWIiOjE.sig_nature!",
            &["pit-abc123"],
        );
        assert!(!s.contains("pit-abc123"), "{s}");
        assert!(!s.contains("xyz.789"), "{s}");
        assert!(!s.contains("eyJzdWIiOjE"), "{s}");
        assert!(s.ends_with("!"), "{s}");
    }

    #[test]
    fn removes_secret_json_fields() {
        let s = redact(
            r#"{"access_token":"abc123xyz","refresh_token" : "r-456","name":"Ann","scope":"x"}"#,
            &[],
        );
        assert!(!s.contains("abc123xyz") && !s.contains("r-456"), "{s}");
        assert!(s.contains(r#""name":"Ann""#), "{s}");
        assert_eq!(redact(r#"{"a":"b""#, &[]), r#"{"a":"b""#);
        assert_eq!(redact(r#""token""#, &[]), r#""token""#);
    }

    #[test]
    fn excerpt_is_short() {
        let e = excerpt(&[b'a'; 1000], 10, &[]);
        assert_eq!(e, "aaaaaaaaaa…");
        let e = excerpt(&[0xff, 0xfe, b'o', b'k'], 10, &[]);
        assert!(e.ends_with("ok"));
    }
}
