//! The text scanner behind [`super::redact`], for text that is not a whole JSON document:
//! truncated JSON, form bodies, header lines and free text.
//!
//! It runs a few passes, each marking byte ranges to replace and never looking inside a
//! range an earlier pass replaced: quoted `"key": value` pairs (also one level of escaped
//! JSON inside a string), `key=value` pairs, `Name: value` header lines, `Bearer` / `Basic`
//! credentials, and token-shaped words. Every range starts and ends on an ASCII byte or at
//! the end of the text, so slicing never splits a character.

use super::{REDACTED, is_secret_key};

/// Redacts `text` (see the module docs).
pub(super) fn scan(text: &str) -> String {
    let s = quoted_pairs(text, false);
    let s = quoted_pairs(&s, true);
    let s = form_pairs(&s);
    let s = header_values(&s);
    let s = auth_schemes(&s);
    token_shapes(&s)
}

/// Replaces the byte `ranges` of `text` with the marker (overlaps merged).
fn apply(text: &str, mut ranges: Vec<(usize, usize)>) -> String {
    if ranges.is_empty() {
        return text.to_owned();
    }
    ranges.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end) in ranges {
        let start = start.max(at);
        if end <= start {
            continue;
        }
        out.push_str(&text[at..start]);
        out.push_str(REDACTED);
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

/// Byte length of the character starting at `i` (0 at the end).
fn char_len(b: &[u8], i: usize) -> usize {
    let len = match b.get(i) {
        None => 0,
        Some(&c) if c < 0x80 => 1,
        Some(&c) if c >= 0xF0 => 4,
        Some(&c) if c >= 0xE0 => 3,
        Some(_) => 2,
    };
    len.min(b.len().saturating_sub(i))
}

fn skip_blanks(b: &[u8], mut i: usize) -> usize {
    while b
        .get(i)
        .is_some_and(|c| matches!(c, b' ' | b'\t' | b'\r' | b'\n'))
    {
        i += 1;
    }
    i
}

/// The end of a JSON string whose content starts at `from`: the offset of its closing
/// quote and `true`, or the end of the text and `false` when it never closes. `nested`
/// reads a string that is itself escaped inside another one (`\"…\"`).
fn string_end(b: &[u8], from: usize, nested: bool) -> (usize, bool) {
    let mut i = from;
    if !nested {
        while i < b.len() {
            match b[i] {
                b'\\' => i += 1 + char_len(b, i + 1),
                b'"' => return (i, true),
                _ => i += 1,
            }
        }
        return (b.len(), false);
    }
    // Each outer escape pair (`\x`) is one character of the inner string.
    let mut inner_escape = false;
    while i < b.len() {
        match (b[i], b.get(i + 1)) {
            // The outer string ended, so the inner one did too.
            (b'"', _) => return (i, true),
            (b'\\', next) => {
                if inner_escape {
                    inner_escape = false;
                } else if next == Some(&b'\\') {
                    inner_escape = true;
                } else if next == Some(&b'"') {
                    return (i, true);
                }
                i += 1 + char_len(b, i + 1);
            }
            _ => {
                inner_escape = false;
                i += 1;
            }
        }
    }
    (b.len(), false)
}

/// Whether the quote at `at` opens a string at the level scanned: unescaped at the top level
/// (an even run of backslashes before it), escaped once when `nested` (`\"`, not the
/// escaped-again `\\\"` of a quote inside the nested string).
fn opens_string(b: &[u8], at: usize, nested: bool) -> bool {
    let slashes = b[..at].iter().rev().take_while(|&&c| c == b'\\').count();
    if nested {
        slashes % 2 == 1 && (slashes / 2) % 2 == 0
    } else {
        slashes % 2 == 0
    }
}

/// `"key": value` pairs whose key names a secret: a string value up to its unescaped closing
/// quote (or the end of a truncated text), a scalar up to the next delimiter. Every quote
/// that can open a string at this level is tried as the start of a key, so stray quotes
/// cannot hide a pair; each try stops at the next quote, so the pass stays linear.
fn quoted_pairs(text: &str, nested: bool) -> String {
    let quote = if nested { "\\\"" } else { "\"" };
    let b = text.as_bytes();
    let mut ranges = Vec::new();
    let mut from = 0;
    while let Some(offset) = text.get(from..).and_then(|rest| rest.find('"')) {
        let at = from + offset;
        let key_start = at + 1;
        from = key_start;
        if !opens_string(b, at, nested) {
            continue;
        }
        let (key_end, closed) = string_end(b, key_start, nested);
        // A nested key must end with an escaped quote, not with the outer string.
        if !closed || (nested && b.get(key_end) != Some(&b'\\')) {
            continue;
        }
        let colon = skip_blanks(b, key_end + quote.len());
        if b.get(colon) != Some(&b':') {
            continue;
        }
        let key = &text[key_start..key_end];
        let decoded = serde_json::from_str::<String>(&format!("\"{key}\"")).ok();
        if !is_secret_key(key) && !decoded.as_deref().is_some_and(is_secret_key) {
            continue;
        }
        let value = skip_blanks(b, colon + 1);
        if text[value..].starts_with(quote) {
            let start = value + quote.len();
            let (end, closed) = string_end(b, start, nested);
            ranges.push((start, end));
            from = if closed { end } else { b.len() };
        } else if !matches!(b.get(value), None | Some(b'{' | b'[')) {
            let end = (value..b.len())
                .find(|&i| {
                    matches!(b[i], b',' | b'}' | b']' | b'"' | b'\\') || b[i].is_ascii_whitespace()
                })
                .unwrap_or(b.len());
            if &text[value..end] != "null" {
                ranges.push((value, end));
            }
            from = end;
        }
    }
    apply(text, ranges)
}

fn is_form_key_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'%' | b'+' | b'-' | b'[' | b']')
}

/// Percent-decodes a form key (`client%5Fsecret` → `client_secret`).
fn decode_form_key(key: &str) -> String {
    let b = key.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match (
            b[i],
            b.get(i + 1).copied().and_then(hex),
            b.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `key=value` pairs (form bodies, query strings, `KEY=value` lines) whose decoded key names
/// a secret; the value runs to `&`, whitespace or an unescaped quote.
fn form_pairs(text: &str) -> String {
    let b = text.as_bytes();
    let mut ranges = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'=' {
            i += 1;
            continue;
        }
        let key_start = (0..i)
            .rev()
            .take_while(|&k| is_form_key_byte(b[k]))
            .last()
            .unwrap_or(i);
        let key = decode_form_key(&text[key_start..i]);
        i += 1;
        if key_start == i - 1 || !is_secret_key(&key) {
            continue;
        }
        let start = i;
        while i < b.len() {
            match b[i] {
                b'&' | b'"' | b'\'' | b'<' | b'>' => break,
                c if c.is_ascii_whitespace() => break,
                b'\\' => i += 1 + char_len(b, i + 1),
                _ => i += 1,
            }
        }
        ranges.push((start, i));
    }
    apply(text, ranges)
}

fn is_name_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-')
}

/// Names strong enough to mark a credential even in the middle of a line.
fn is_header_name(name: &str) -> bool {
    let norm = name.to_ascii_lowercase().replace(['-', '_'], "");
    ["authorization", "apikey", "cookie"]
        .iter()
        .any(|n| norm.contains(n))
}

/// The length of an authentication scheme word (`Bearer`, `Basic`…) and the blanks after it
/// at the start of `rest`, if there is one.
fn scheme_len(rest: &[u8]) -> Option<usize> {
    let word = rest.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let scheme = std::str::from_utf8(&rest[..word])
        .ok()?
        .to_ascii_lowercase();
    if !["bearer", "basic", "token", "digest", "bot"].contains(&scheme.as_str()) {
        return None;
    }
    let blanks = rest[word..]
        .iter()
        .take_while(|c| matches!(c, b' ' | b'\t'))
        .count();
    (blanks > 0).then_some(word + blanks)
}

/// `Name: value` where the name is a secret's: at the start of a line the rest of the line,
/// elsewhere (for `Authorization`, API keys and cookies) one word after any scheme.
fn header_values(text: &str) -> String {
    let b = text.as_bytes();
    let mut ranges = Vec::new();
    let mut i = 0;
    let mut line_start = true;
    while i < b.len() {
        if b[i] == b'\n' || b[i] == b'\r' {
            line_start = true;
            i += 1;
            continue;
        }
        if matches!(b[i], b' ' | b'\t') || !is_name_byte(b[i]) || (i > 0 && is_name_byte(b[i - 1]))
        {
            line_start &= matches!(b[i], b' ' | b'\t');
            i += 1;
            continue;
        }
        let name_end = (i..b.len())
            .find(|&k| !is_name_byte(b[k]))
            .unwrap_or(b.len());
        let name = &text[i..name_end];
        let colon = (name_end..b.len())
            .find(|&k| !matches!(b[k], b' ' | b'\t'))
            .unwrap_or(b.len());
        let at_line_start = line_start;
        line_start = false;
        if b.get(colon) != Some(&b':') || !is_secret_key(name) {
            i = name_end;
            continue;
        }
        if !at_line_start && !is_header_name(name) {
            i = name_end;
            continue;
        }
        let mut start = colon + 1;
        while b.get(start).is_some_and(|c| matches!(c, b' ' | b'\t')) {
            start += 1;
        }
        start += scheme_len(&b[start..]).unwrap_or(0);
        let end = if at_line_start {
            (start..b.len())
                .find(|&k| matches!(b[k], b'\r' | b'\n'))
                .unwrap_or(b.len())
        } else {
            (start..b.len())
                .find(|&k| b[k].is_ascii_whitespace() || matches!(b[k], b'"' | b'\'' | b'<' | b'>'))
                .unwrap_or(b.len())
        };
        ranges.push((start, end));
        i = end.max(name_end);
    }
    apply(text, ranges)
}

fn is_b64token_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_' | b'~' | b'+' | b'/' | b'=')
}

/// Decodes standard base64 (padding optional); `None` if it is not base64.
fn base64_decode(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for &c in s.iter().take_while(|&&c| c != b'=') {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Some(out)
}

/// `Bearer <token>` after any run of spaces or tabs, and `Basic <base64 of user:password>`.
fn auth_schemes(text: &str) -> String {
    let b = text.as_bytes();
    let lower = text.to_ascii_lowercase();
    let mut ranges = Vec::new();
    for scheme in ["bearer", "basic"] {
        let mut from = 0;
        while let Some(offset) = lower.get(from..).and_then(|rest| rest.find(scheme)) {
            let at = from + offset;
            from = at + scheme.len();
            if at > 0 && b[at - 1].is_ascii_alphanumeric() {
                continue;
            }
            let start = (from..b.len())
                .find(|&k| !matches!(b[k], b' ' | b'\t'))
                .unwrap_or(b.len());
            if start == from {
                continue;
            }
            let end = (start..b.len())
                .find(|&k| !is_b64token_byte(b[k]))
                .unwrap_or(b.len());
            let token = &b[start..end];
            let credential = scheme == "bearer"
                || token.len() >= 8 && base64_decode(token).is_some_and(|d| d.contains(&b':'));
            if end > start && credential {
                ranges.push((start, end));
            }
        }
    }
    apply(text, ranges)
}

fn is_word_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.')
}

/// Whether `word` is shaped like a credential: a JWT (or JWE), a GHL private integration
/// token (`pit-` and a UUID-like tail with digits), or a Notion integration token (`ntn_…`,
/// `secret_…`).
fn looks_like_token(word: &str) -> bool {
    let parts: Vec<&str> = word.split('.').collect();
    let jwt = matches!(parts.len(), 3 | 5)
        && parts[0].starts_with("eyJ")
        && parts[0].len() >= 4
        && parts[1].len() >= 4;
    let long_alnum = |rest: &str, min: usize| {
        rest.len() >= min && rest.bytes().all(|c| c.is_ascii_alphanumeric())
    };
    let pit = word.strip_prefix("pit-").is_some_and(|rest| {
        rest.len() >= 8
            && rest.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
            && rest.bytes().any(|c| c.is_ascii_digit())
    });
    let notion = word.strip_prefix("ntn_").is_some_and(|r| long_alnum(r, 20))
        || word
            .strip_prefix("secret_")
            .is_some_and(|r| long_alnum(r, 20));
    jwt || pit || notion
}

/// Token-shaped words (see [`looks_like_token`]).
fn token_shapes(text: &str) -> String {
    let b = text.as_bytes();
    let mut ranges = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !is_word_byte(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && is_word_byte(b[i]) {
            i += 1;
        }
        let word = text[start..i].trim_end_matches('.');
        if looks_like_token(word) {
            ranges.push((start, start + word.len()));
        }
    }
    apply(text, ranges)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pass, its input and the output it must give.
    type Row = (fn(&str) -> String, &'static str, &'static str);

    #[test]
    fn pass_table() {
        #[rustfmt::skip]
        let table: &[Row] = &[
            (|t| quoted_pairs(t, false), r#"{"token":"a\"b","n":1}"#, r#"{"token":"[REDACTED]","n":1}"#),
            (|t| quoted_pairs(t, false), r#"x "apiKey" : 12, y"#, r#"x "apiKey" : [REDACTED], y"#),
            (|t| quoted_pairs(t, false), r#"{"password":null,"code":"c"#, r#"{"password":null,"code":"[REDACTED]"#),
            (|t| quoted_pairs(t, true), r#""{\"token\":\"a\\\"b\",\"n\":1}""#, r#""{\"token\":\"[REDACTED]\",\"n\":1}""#),
            (form_pairs, "a=1&client%5Fsecret=x%26y&b=2", "a=1&client%5Fsecret=[REDACTED]&b=2"),
            (form_pairs, "password=", "password="),
            (header_values, "Cookie: a=1; b=2\nok: 1", "Cookie: [REDACTED]\nok: 1"),
            (header_values, "sent X-Api-Key: k1 ok", "sent X-Api-Key: [REDACTED] ok"),
            (header_values, "Invalid token: expired", "Invalid token: expired"),
            (auth_schemes, "BEARER\tx.y z", "BEARER\t[REDACTED] z"),
            (auth_schemes, "Basic plan, basic auth", "Basic plan, basic auth"),
            (auth_schemes, "unbearer x", "unbearer x"),
            (token_shapes, "id pit-12345678 and pit-stop-now", "id [REDACTED] and pit-stop-now"),
            (token_shapes, "é eyJa.eyJb.c!", "é [REDACTED]!"),
        ];
        for (pass, input, want) in table {
            assert_eq!(pass(input), *want, "{input}");
        }
    }

    #[test]
    fn long_runs_of_escaped_quotes_stay_linear() {
        // Quadratic scanning would take minutes here.
        let text = format!("\"{}", "\\\"x".repeat(100_000));
        assert_eq!(scan(&text).len(), text.len());
        let text = format!("{{\"body\":\"{}", "\\\\\\\"y\\\"".repeat(50_000));
        let _ = scan(&text);
    }

    #[test]
    fn cut_text_and_multibyte_characters_never_panic() {
        for text in [
            "\"token\":\"é\\",
            "\\\"token\\\":\\\"ü",
            "password=\\",
            "Authorization: ",
            "bearer",
            "\"é\":",
        ] {
            let _ = scan(text);
        }
    }
}
