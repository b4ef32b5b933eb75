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
    fn apply_skips_covered_and_empty_ranges() {
        assert_eq!(apply("abcdef", vec![(2, 3), (1, 5)]), "a[REDACTED]f");
        assert_eq!(
            apply("abcdef", vec![(4, 5), (1, 2)]),
            "a[REDACTED]cd[REDACTED]f"
        );
        assert_eq!(apply("abcdef", vec![(2, 2)]), "abcdef");
        assert_eq!(apply("abcdef", vec![(0, 6)]), "[REDACTED]");
    }

    /// Top-level quoted pairs: where a string ends (escapes, characters of 1 to 4 bytes
    /// after a backslash), which quotes open a key, escaped keys, scalar values.
    #[test]
    fn quoted_pair_boundaries() {
        #[rustfmt::skip]
        let table: &[(&str, &str)] = &[
            // An escaped character is skipped whole: never more, never less.
            (r#"{"token":"a\"","n":1}"#, r#"{"token":"[REDACTED]","n":1}"#),
            (r#"{"token":"\é","n":1}"#, r#"{"token":"[REDACTED]","n":1}"#),
            (r#"{"token":"\€","n":1}"#, r#"{"token":"[REDACTED]","n":1}"#),
            (r#"{"token":"\😀","n":1}"#, r#"{"token":"[REDACTED]","n":1}"#),
            (r#"{"token":"é\"","n":1}"#, r#"{"token":"[REDACTED]","n":1}"#),
            (r#"{"token":"é"}"#, r#"{"token":"[REDACTED]"}"#),
            (r#"{"token":"a\\","n":1}"#, r#"{"token":"[REDACTED]","n":1}"#),
            (r#"{"token":"ab"#, r#"{"token":"[REDACTED]"#),
            (r#"{"token":"ab\"#, r#"{"token":"[REDACTED]"#),
            // A quote after an odd run of backslashes opens nothing; after an even one it does.
            (r#"x\"token":"v""#, r#"x\"token":"v""#),
            (r#"x\\"token":"v""#, r#"x\\"token":"[REDACTED]""#),
            // Keys are read escaped and unescaped; a key that does not decode still counts.
            (r#"{"\u0074oken":"v"}"#, r#"{"\u0074oken":"[REDACTED]"}"#),
            (r#"{"token\q":"v"}"#, r#"{"token\q":"[REDACTED]"}"#),
            (r#"{"postalCode":"75001","n":"token"}"#, r#"{"postalCode":"75001","n":"token"}"#),
            // Blanks of every kind around the colon.
            ("{\"apiKey\" \t\r\n: \n\"k\"}", "{\"apiKey\" \t\r\n: \n\"[REDACTED]\"}"),
            // Scalars end at the first delimiter; null, objects and arrays stay.
            (r#"{"apiKey":12}"#, r#"{"apiKey":[REDACTED]}"#),
            (r#"{"apiKey":12]"#, r#"{"apiKey":[REDACTED]]"#),
            (r#"{"apiKey":12 ,"n":1}"#, r#"{"apiKey":[REDACTED] ,"n":1}"#),
            (r#"{"apiKey":true"n":1}"#, r#"{"apiKey":[REDACTED]"n":1}"#),
            (r#"{"apiKey":12\n"#, r#"{"apiKey":[REDACTED]\n"#),
            (r#"{"apiKey":12"#, r#"{"apiKey":[REDACTED]"#),
            (r#"{"apiKey":nul}"#, r#"{"apiKey":[REDACTED]}"#),
            (r#"{"apiKey":null}"#, r#"{"apiKey":null}"#),
            (r#"{"token":{"a":"b"},"n":1}"#, r#"{"token":{"a":"b"},"n":1}"#),
            (r#"{"token":["b"]}"#, r#"{"token":["b"]}"#),
            (r#"{"token":"#, r#"{"token":"#),
            (r#"{"token""#, r#"{"token""#),
            // After a value the scan goes on at the next quote.
            (r#"{"token":"a","secret":"b","n":"c"}"#, r#"{"token":"[REDACTED]","secret":"[REDACTED]","n":"c"}"#),
            (r#"{"token":1,"secret":2}"#, r#"{"token":[REDACTED],"secret":[REDACTED]}"#),
        ];
        for (input, want) in table {
            assert_eq!(quoted_pairs(input, false), *want, "{input}");
        }
    }

    /// Quoted pairs one level down, inside a JSON string (`\"key\":\"value\"`).
    #[test]
    fn nested_quoted_pair_boundaries() {
        #[rustfmt::skip]
        let table: &[(&str, &str)] = &[
            // The outer string ending ends the inner value too.
            (r#"{"body":"{\"token\":\"abc","n":"v"}"#, r#"{"body":"{\"token\":\"[REDACTED]","n":"v"}"#),
            // A key must end with an escaped quote, not with the outer string.
            (r#"\"token" : 5"#, r#"\"token" : 5"#),
            // Unescaped and twice-escaped quotes open nothing at this level.
            (r#"{"token\":\"v\"}"#, r#"{"token\":\"v\"}"#),
            (r#"x\\\"token\": 5"#, r#"x\\\"token\": 5"#),
            // An escaped backslash pair is one inner character, after any character.
            (r#""{\"token\":\"é\\\"x\",\"n\":1}""#, r#""{\"token\":\"[REDACTED]\",\"n\":1}""#),
            (r#""{\"token\":\"a\\\\\",\"n\":1}""#, r#""{\"token\":\"[REDACTED]\",\"n\":1}""#),
            (r#""{\"token\":\"a\\nb\",\"n\":1}""#, r#""{\"token\":\"[REDACTED]\",\"n\":1}""#),
            (r#""{\"apiKey\":12,\"n\":1}""#, r#""{\"apiKey\":[REDACTED],\"n\":1}""#),
            (r#""{\"apiKey\":12\"}""#, r#""{\"apiKey\":[REDACTED]\"}""#),
            (r#"\"token\":\"cut"#, r#"\"token\":\"[REDACTED]"#),
            (r#"\"token\":\"cut\"#, r#"\"token\":\"[REDACTED]"#),
        ];
        for (input, want) in table {
            assert_eq!(quoted_pairs(input, true), *want, "{input}");
        }
    }

    #[test]
    fn form_pair_boundaries() {
        #[rustfmt::skip]
        let table: &[(&str, &str)] = &[
            // Keys: percent-decoded (to a letter too), `+` for a space, brackets.
            ("api%5Fkey=v&x=1", "api%5Fkey=[REDACTED]&x=1"),
            ("%74oken=v", "%74oken=[REDACTED]"),
            ("pass%77ord=v", "pass%77ord=[REDACTED]"),
            ("x+token=v", "x+token=[REDACTED]"),
            ("a%2=1&token%=v", "a%2=1&token%=[REDACTED]"),
            ("user[password]=v", "user[password]=[REDACTED]"),
            ("postalCode=75001&a=1", "postalCode=75001&a=1"),
            // The key is only the run of key characters before `=`.
            ("token x=1", "token x=1"),
            ("=token", "=token"),
            ("a==token", "a==token"),
            // Values end at `&`, blanks and quotes; a backslash escapes one character.
            ("password=abc def", "password=[REDACTED] def"),
            ("password=abc\tdef", "password=[REDACTED]\tdef"),
            ("password=a\\\"b&x=1", "password=[REDACTED]&x=1"),
            ("password=é\\\"&x=1", "password=[REDACTED]&x=1"),
            ("password=é\\", "password=[REDACTED]"),
            ("<p>password=abc</p>", "<p>password=[REDACTED]</p>"),
            ("'password=abc'", "'password=[REDACTED]'"),
            ("\"password=abc\"", "\"password=[REDACTED]\""),
            ("password=a&token=b&c=d", "password=[REDACTED]&token=[REDACTED]&c=d"),
        ];
        for (input, want) in table {
            assert_eq!(form_pairs(input), *want, "{input}");
        }
    }

    #[test]
    fn header_value_boundaries() {
        #[rustfmt::skip]
        let table: &[(&str, &str)] = &[
            // At the start of a line (after any blanks): the rest of the line, after a scheme.
            ("password: a b", "password: [REDACTED]"),
            ("  password: a b", "  password: [REDACTED]"),
            ("x\npassword: a b", "x\npassword: [REDACTED]"),
            ("x\rpassword: a b\r\nok: 1", "x\rpassword: [REDACTED]\r\nok: 1"),
            ("Authorization: Bearer abc def\nx", "Authorization: Bearer [REDACTED]\nx"),
            ("Authorization:Bearer \t abc", "Authorization:Bearer \t [REDACTED]"),
            ("Authorization: digest", "Authorization: [REDACTED]"),
            ("Authorization: Tokenabc", "Authorization: [REDACTED]"),
            ("authorization : token abc", "authorization : token [REDACTED]"),
            // Anything else before the name on the line makes it mid-line.
            ("; password: a b", "; password: a b"),
            ("{password: a b", "{password: a b"),
            // Mid-line: only header names, one word after any scheme, case-insensitive.
            ("sent Authorization: Basic abc def", "sent Authorization: Basic [REDACTED] def"),
            ("sent x-API-key: k ok", "sent x-API-key: [REDACTED] ok"),
            ("sent COOKIE: c ok", "sent COOKIE: [REDACTED] ok"),
            ("sent proxy_authorization: p ok", "sent proxy_authorization: [REDACTED] ok"),
            ("say \"Cookie: sid=1\" ok", "say \"Cookie: [REDACTED]\" ok"),
            ("<b>Cookie: sid=1</b>", "<b>Cookie: [REDACTED]</b>"),
            ("sent token: x", "sent token: x"),
            ("sent password: x", "sent password: x"),
            // Words without a colon, or with text between them and it, are not names.
            ("password x: y", "password x: y"),
            ("Cookie:", "Cookie:"),
        ];
        for (input, want) in table {
            assert_eq!(header_values(input), *want, "{input}");
        }
    }

    #[test]
    fn auth_scheme_boundaries() {
        #[rustfmt::skip]
        let table: &[(&str, &str)] = &[
            ("sent Bearer abc def", "sent Bearer [REDACTED] def"),
            ("(bearer a~b+c/d=)", "(bearer [REDACTED])"),
            ("Bearer,abc", "Bearer,abc"),
            ("Bearer ,abc", "Bearer ,abc"),
            ("xbearer abc", "xbearer abc"),
            ("9bearer abc", "9bearer abc"),
            ("_bearer abc", "_bearer [REDACTED]"),
            // Basic: only base64 (any alphabet letter) that decodes to `user:password`.
            ("Basic dXNlcjpwYXNz", "Basic [REDACTED]"),
            ("basic dTE6cDk+Pw==,", "basic [REDACTED],"),
            ("x Basic YWI6fn4/ y", "x Basic [REDACTED] y"),
            ("BASIC  bWU6+/8=", "BASIC  [REDACTED]"),
            ("Basic dGVzdGluZzEy", "Basic dGVzdGluZzEy"),
            ("Basic abcd-efgh_ij", "Basic abcd-efgh_ij"),
            // At least 8 characters, padding included.
            ("Basic YTpiY2Q=", "Basic [REDACTED]"),
            ("Basic YTpiY2Q", "Basic YTpiY2Q"),
            ("Basic YTpiYw==", "Basic [REDACTED]"),
        ];
        for (input, want) in table {
            assert_eq!(auth_schemes(input), *want, "{input}");
        }
    }

    #[test]
    fn token_shape_boundaries() {
        #[rustfmt::skip]
        let table: &[(&str, &str)] = &[
            // JWT: `eyJ` plus at least one character, a second part of 4+, 3 or 5 parts.
            ("a eyJa.eyJb.c b", "a [REDACTED] b"),
            ("a eyJ.eyJb.c b", "a eyJ.eyJb.c b"),
            ("a eyJa.eyJ.c b", "a eyJa.eyJ.c b"),
            ("a eyJa.eyJb.c.d.e b", "a [REDACTED] b"),
            ("a eyJa.eyJb.c.d b", "a eyJa.eyJb.c.d b"),
            ("a abcd.efgh.ijk b", "a abcd.efgh.ijk b"),
            ("a eyJabcdef b", "a eyJabcdef b"),
            // GHL: `pit-` and 8+ letters, digits or dashes, one digit at least.
            ("pit-1234567", "pit-1234567"),
            ("pit-12345678", "[REDACTED]"),
            ("pit-1234-5678", "[REDACTED]"),
            ("pit-abcdefgh", "pit-abcdefgh"),
            ("pit-1234_5678", "pit-1234_5678"),
            // Notion: `ntn_` or `secret_` and 20+ letters or digits.
            ("ntn_1234567890abcdefghi", "ntn_1234567890abcdefghi"),
            ("ntn_1234567890abcdefghij", "[REDACTED]"),
            ("secret_1234567890abcdefghi", "secret_1234567890abcdefghi"),
            ("secret_1234567890abcdefghij", "[REDACTED]"),
            ("ntn_1234567890abcdefghi-", "ntn_1234567890abcdefghi-"),
            // Word edges: trailing dots, punctuation, multibyte neighbours, the text's end.
            ("see pit-12345678.", "see [REDACTED]."),
            ("é pit-12345678é", "é [REDACTED]é"),
            ("(pit-12345678)", "([REDACTED])"),
            ("x pit-12345678", "x [REDACTED]"),
        ];
        for (input, want) in table {
            assert_eq!(token_shapes(input), *want, "{input}");
        }
    }

    #[test]
    fn scan_runs_every_pass() {
        #[rustfmt::skip]
        let table: &[(&str, &str)] = &[
            (r#"{"token":"a","body":"{\"secret\":\"b\"}","#, r#"{"token":"[REDACTED]","body":"{\"secret\":\"[REDACTED]\"}","#),
            ("a=1&password=p\nAuthorization: Basic dXNlcjpwYXNz\nsent Bearer t, ntn_1234567890abcdefghij",
             "a=1&password=[REDACTED]\nAuthorization: Basic [REDACTED]\nsent Bearer [REDACTED], [REDACTED]"),
            ("nothing to hide", "nothing to hide"),
        ];
        for (input, want) in table {
            assert_eq!(scan(input), *want, "{input}");
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
