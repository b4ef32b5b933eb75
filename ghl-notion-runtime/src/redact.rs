//! Keeping secrets out of logs and errors.
//!
//! [`redact`] removes from a text every secret the caller knows (a token, a client secret)
//! and everything that looks like one, whatever the text's shape:
//!
//! - **JSON** is parsed and walked: the value of every key that names a secret (`token`,
//!   `secret`, `password`, `apiKey`, `private_key`, `Authorization`, `code`… in any case and
//!   in snake, camel or kebab form, see [`is_secret_key`]) is replaced, and string values
//!   are redacted in turn (a JSON document inside a string included);
//! - anything else (truncated JSON, form bodies, headers, free text) goes through a text
//!   scanner that honours JSON escapes (`"refresh_token":"ab\"cd"` loses all of `ab\"cd`),
//!   reads form pairs with percent-encoded keys (`client%5Fsecret=…`), header lines
//!   (`Authorization: Basic …`, `X-Api-Key: …`), `Bearer` values after any run of spaces or
//!   tabs, and token shapes: JWTs, GHL private integration tokens (`pit-…`) and Notion
//!   integration tokens (`ntn_…`, `secret_…`).
//!
//! [`redact_db_url`] hides the password of a database connection URL (both the URL and the
//! key-value forms).
//!
//! [`excerpt`] cuts a response body to a short, printable excerpt after redacting it.
//!
//! ```
//! use ghl_notion_runtime::redact::redact;
//!
//! let body = r#"{"access_token":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln","scope":"contacts"}"#;
//! assert_eq!(redact(body, &[]), r#"{"access_token":"[REDACTED]","scope":"contacts"}"#);
//!
//! let form = "grant_type=refresh_token&client_secret=s3cr3t&refresh_token=r-1";
//! assert_eq!(
//!     redact(form, &[]),
//!     "grant_type=refresh_token&client_secret=[REDACTED]&refresh_token=[REDACTED]"
//! );
//! assert_eq!(redact("Authorization:\tBearer  abc.def", &[]), "Authorization:\tBearer  [REDACTED]");
//! ```

mod db_url;
mod scan;

pub use db_url::redact_db_url;

use serde_json::Value;

/// The marker that replaces a secret.
pub const REDACTED: &str = "[REDACTED]";

/// Known secrets shorter than this are not searched for (they would match everywhere).
const MIN_KNOWN_SECRET: usize = 4;

/// How deep JSON documents nested in JSON strings are parsed.
const MAX_DEPTH: u8 = 4;

/// Key fragments that mark a secret wherever they appear in a (normalized) key.
const SECRET_FRAGMENTS: &[&str] = &[
    "token",
    "secret",
    "password",
    "passwd",
    "passphrase",
    "apikey",
    "privatekey",
    "authorization",
    "cookie",
    "credential",
];

/// Keys that are secrets only when they are the whole (normalized) key.
const SECRET_KEYS: &[&str] = &["code", "authcode", "authorizationcode", "auth", "pwd"];

/// Whether a field, header or parameter called `name` holds a secret. Case, `_`, `-`, `.`
/// and spaces are ignored, so `refresh_token`, `refreshToken`, `Refresh-Token`,
/// `X-Api-Key`, `api_key`, `apiKey`, `private_key` and `privateKey` are all recognized.
/// `code` (an OAuth authorization code) counts only as the whole name, so `postalCode` does
/// not.
///
/// ```
/// use ghl_notion_runtime::redact::is_secret_key;
/// assert!(is_secret_key("client_secret") && is_secret_key("X-Api-Key") && is_secret_key("code"));
/// assert!(!is_secret_key("postalCode") && !is_secret_key("name"));
/// ```
pub fn is_secret_key(name: &str) -> bool {
    let norm: String = name
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    SECRET_FRAGMENTS.iter().any(|f| norm.contains(f)) || SECRET_KEYS.contains(&norm.as_str())
}

/// Removes secrets from `text`: every occurrence of each of `secrets` (those of at least 4
/// bytes, also in their JSON-escaped and percent-encoded forms), the values of fields and
/// parameters whose names say they hold one, `Bearer` and `Basic` credentials, and
/// token-shaped words. See the module docs.
pub fn redact(text: &str, secrets: &[&str]) -> String {
    let known = replace_known(text, secrets);
    redact_text(&known, secrets, 0)
}

/// Replaces, in a parsed JSON value, the values of secret keys and redacts every string.
///
/// ```
/// use ghl_notion_runtime::redact::redact_value;
/// let mut v = serde_json::json!({"user": {"apiKey": 42, "name": "Ann"}});
/// redact_value(&mut v, &[]);
/// assert_eq!(v, serde_json::json!({"user": {"apiKey": "[REDACTED]", "name": "Ann"}}));
/// ```
pub fn redact_value(value: &mut Value, secrets: &[&str]) {
    walk(value, secrets, 0);
}

/// A printable excerpt of at most `max` characters of `body`, secrets removed (before
/// cutting, so a cut never exposes part of a secret).
pub fn excerpt(body: &[u8], max: usize, secrets: &[&str]) -> String {
    let text = String::from_utf8_lossy(body);
    let clean = redact(&text, secrets);
    let mut out: String = clean.chars().take(max).collect();
    if clean.chars().count() > max {
        out.push('…');
    }
    out
}

/// Replaces each known secret, raw, JSON-escaped and percent-encoded.
fn replace_known(text: &str, secrets: &[&str]) -> String {
    let mut out = text.to_owned();
    for secret in secrets.iter().filter(|s| s.len() >= MIN_KNOWN_SECRET) {
        let escaped = serde_json::to_string(secret).unwrap_or_default();
        let escaped = escaped
            .strip_prefix('"')
            .and_then(|e| e.strip_suffix('"'))
            .unwrap_or(secret);
        for form in [*secret, escaped, &percent_encode(secret)] {
            if out.contains(form) {
                out = out.replace(form, REDACTED);
            }
        }
    }
    out
}

/// Redacts one text: as JSON when it parses as an object or array, otherwise by scanning.
fn redact_text(text: &str, secrets: &[&str], depth: u8) -> String {
    let trimmed = text.trim();
    if depth < MAX_DEPTH
        && (trimmed.starts_with('{') || trimmed.starts_with('['))
        && let Ok(mut value) = serde_json::from_str::<Value>(trimmed)
    {
        walk(&mut value, secrets, depth);
        return serde_json::to_string(&value).unwrap_or_else(|_| REDACTED.to_owned());
    }
    scan::scan(text)
}

fn walk(value: &mut Value, secrets: &[&str], depth: u8) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if is_secret_key(key) && !v.is_null() {
                    *v = Value::String(REDACTED.to_owned());
                } else {
                    walk(v, secrets, depth);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| walk(v, secrets, depth)),
        Value::String(s) => {
            let known = replace_known(s, secrets);
            *s = redact_text(&known, secrets, depth + 1);
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// `application/x-www-form-urlencoded` encoding of `s` (as form serializers write it).
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' => {
                out.push(b as char);
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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

    #[test]
    fn secret_keys_in_every_spelling() {
        for key in [
            "access_token",
            "refreshToken",
            "Refresh-Token",
            "id_token",
            "client_secret",
            "clientSecret",
            "password",
            "apiKey",
            "api_key",
            "API-KEY",
            "X-Api-Key",
            "private_key",
            "privateKey",
            "Authorization",
            "Proxy-Authorization",
            "code",
            "Cookie",
            "Set-Cookie",
            "credentials",
        ] {
            assert!(is_secret_key(key), "{key}");
        }
        for key in [
            "postalCode",
            "countryCode",
            "statusCode",
            "name",
            "scope",
            "id",
        ] {
            assert!(!is_secret_key(key), "{key}");
        }
    }

    /// Input, then fragments that must not survive, then fragments that must.
    type Row = (
        &'static str,
        &'static [&'static str],
        &'static [&'static str],
    );

    #[test]
    fn redaction_table() {
        #[rustfmt::skip]
        let table: &[Row] = &[
            // JSON, parsed: every spelling, any value type, nested, in arrays, in strings.
            (r#"{"apiKey":"k-1111","api_key":"k-2222","private_key":"k-3333","privateKey":"k-4444"}"#,
             &["k-1111", "k-2222", "k-3333", "k-4444"], &[r#""apiKey":"[REDACTED]""#]),
            (r#"{"data":[{"password":123456,"user":"ann"}]}"#, &["123456"], &["ann"]),
            (r#"{"refresh_token":"ab\"cd-tail"}"#, &["ab", "cd-tail"], &[]),
            (r#"{"message":"sent Bearer abcdef123 to GHL","body":"{\"client_secret\":\"cs-9999\"}"}"#,
             &["abcdef123", "cs-9999"], &["sent Bearer [REDACTED] to GHL"]),
            (r#"{"CODE":"oauth-code-1","postalCode":"75001"}"#, &["oauth-code-1"], &["75001"]),
            // Truncated JSON: the text scanner, with escapes.
            (r#"{"refresh_token":"ab\"cd-tail","x":1"#, &["cd-tail"], &[r#""x":1"#]),
            (r#"{"user":"ann","access_token":"cut-off-tok"#, &["cut-off-tok"], &["ann"]),
            (r#"{"apiKey": 987654321, "n": 1"#, &["987654321"], &[r#""n": 1"#]),
            (r#"{"body":"{\"password\":\"pw-nested\",\"a\":"#, &["pw-nested"], &[]),
            // Form bodies, percent-encoded keys.
            ("grant_type=authorization_code&code=oc-1234&client_secret=cs-5678&user_type=Location",
             &["oc-1234", "cs-5678"], &["grant_type=authorization_code", "user_type=Location"]),
            ("client%5Fsecret=cs-0000&access%5Ftoken=at-0000&password=pw%26x&refresh_token=rt-1",
             &["cs-0000", "at-0000", "pw%26x", "rt-1"], &[]),
            ("https://x.test/cb?code=oc-77&state=s1", &["oc-77"], &["state=s1"]),
            // Headers.
            ("Authorization: Basic dXNlcjpwYXNzd29yZA==\nAccept: */*",
             &["dXNlcjpwYXNzd29yZA=="], &["Authorization: Basic [REDACTED]", "Accept: */*"]),
            ("x-api-key: key-abcdef\r\n", &["key-abcdef"], &["x-api-key: "]),
            ("Authorization:\tBearer\t\ttab-token", &["tab-token"], &[]),
            ("auth failed: bearer    many-spaces.tok ok", &["many-spaces.tok"], &[" ok"]),
            ("sent Basic dXNlcjpwYXNzd29yZA== upstream", &["dXNlcjpwYXNzd29yZA=="], &["upstream"]),
            // Token shapes.
            ("jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl.", &["eyJzdWIiOiIxIn0"], &["jwt "]),
            ("GHL_API_KEY=pit-4b1d2c3e-aaaa-bbbb-cccc-0123456789ab", &["4b1d2c3e"], &[]),
            ("token pit-4b1d2c3e-aaaa-bbbb-cccc-0123456789ab refused", &["4b1d2c3e"], &["refused"]),
            ("NOTION_TOKEN is ntn_1234567890abcdefghijABCDEFG", &["ntn_1234567890"], &["NOTION_TOKEN is "]),
            // Left alone.
            ("Invalid token: the pit stop is basic", &[], &["Invalid token: the pit stop is basic"]),
        ];
        for (input, gone, kept) in table {
            let out = redact(input, &[]);
            for g in *gone {
                assert!(!out.contains(g), "{input:?} → {out:?} still has {g:?}");
            }
            for k in *kept {
                assert!(out.contains(k), "{input:?} → {out:?} lost {k:?}");
            }
        }
    }

    #[test]
    fn known_secrets_in_escaped_and_encoded_forms() {
        let secret = r#"p@ss "word"/1"#;
        let json = serde_json::json!({ "note": format!("use {secret}") }).to_string();
        assert!(!redact(&json, &[secret]).contains("word"));
        let form = format!("x={}", percent_encode(secret));
        assert!(!redact(&form, &[secret]).contains("word"));
    }

    #[test]
    fn an_excerpt_of_exactly_max_characters_is_not_marked_as_cut() {
        assert_eq!(excerpt(b"abcde", 5, &[]), "abcde");
        assert_eq!(excerpt(b"abcdef", 5, &[]), "abcde…");
        assert_eq!(excerpt(b"", 0, &[]), "");
    }

    #[test]
    fn known_secrets_shorter_than_four_bytes_are_left_alone() {
        assert_eq!(redact("the abc here", &["abc"]), "the abc here");
        assert_eq!(
            redact("the word abcd here", &["abcd"]),
            "the word [REDACTED] here"
        );
    }

    #[test]
    fn known_secrets_in_literal_form_encoding() {
        let secret = "p@ss word/1";
        for form in ["note=p%40ss+word%2F1&x=1", "note=p@ss word/1&x=1"] {
            let out = redact(form, &[secret]);
            assert!(!out.contains("word"), "{form} → {out}");
            assert!(out.ends_with("&x=1"), "{form} → {out}");
        }
        let out = redact("say=hello+big+world", &["hello big world"]);
        assert!(!out.contains("hello"), "{out}");
    }

    #[test]
    fn json_is_rewritten_exactly_and_null_secrets_stay_null() {
        assert_eq!(
            redact(
                r#"{"password": 123456, "user": "ann", "apiKey": null}"#,
                &[]
            ),
            r#"{"password":"[REDACTED]","user":"ann","apiKey":null}"#
        );
        assert_eq!(
            redact(r#" [{"apiKey": 42}, "plain"] "#, &[]),
            r#"[{"apiKey":"[REDACTED]"},"plain"]"#
        );
        let mut v = serde_json::json!({"a": ["x", {"client_secret": "cs"}], "n": 1});
        redact_value(&mut v, &[]);
        assert_eq!(
            v,
            serde_json::json!({"a": ["x", {"client_secret": "[REDACTED]"}], "n": 1})
        );
    }

    /// `{"x": 1}` wrapped `levels` times as the string value of `s`, redacted, unwrapped.
    fn innermost_after_redaction(levels: usize) -> String {
        let mut text = r#"{"x": 1}"#.to_owned();
        for _ in 0..levels {
            text = serde_json::json!({ "s": text }).to_string();
        }
        let mut out = redact(&text, &[]);
        for _ in 0..levels {
            let v: Value = serde_json::from_str(&out).unwrap();
            out = v["s"].as_str().unwrap().to_owned();
        }
        out
    }

    #[test]
    fn json_inside_strings_is_parsed_four_levels_deep_and_no_deeper() {
        assert_eq!(innermost_after_redaction(0), r#"{"x":1}"#);
        assert_eq!(innermost_after_redaction(3), r#"{"x":1}"#);
        assert_eq!(
            innermost_after_redaction(4),
            r#"{"x": 1}"#,
            "scanned, not parsed"
        );
    }

    /// The keys whose values the properties below hide.
    const KEYS: &[&str] = &[
        "access_token",
        "refreshToken",
        "client_secret",
        "apiKey",
        "api_key",
        "private_key",
        "privateKey",
        "password",
        "code",
        "Authorization",
        "X-Api-Key",
    ];

    fn key() -> impl Strategy<Value = &'static str> {
        prop::sample::select(KEYS)
    }

    /// Secret-like values: long enough not to appear by chance.
    fn token() -> impl Strategy<Value = String> {
        "[A-Za-z0-9_~+/=.-]{12,40}".prop_filter("not all padding", |s| {
            s.chars().filter(char::is_ascii_alphanumeric).count() >= 10
        })
    }

    /// Values with characters that need escaping in JSON and encoding in forms.
    fn awkward() -> impl Strategy<Value = (String, String, String)> {
        (
            "[A-Za-z0-9]{10,20}",
            "[A-Za-z0-9]{10,20}",
            r#"["\\ &=:;,'{}]"#,
        )
    }

    fn jwt() -> impl Strategy<Value = String> {
        (
            "[A-Za-z0-9_-]{10,30}",
            "[A-Za-z0-9_-]{10,60}",
            "[A-Za-z0-9_-]{10,40}",
        )
            .prop_map(|(h, p, s)| format!("eyJ{h}.eyJ{p}.{s}"))
    }

    fn pit() -> impl Strategy<Value = String> {
        "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
            .prop_map(|uuid| format!("pit-{uuid}"))
    }

    /// Every place a secret under `key` can hide.
    fn contexts(key: &str, value: &str) -> Vec<String> {
        let json = serde_json::json!({"ok": 1, key: value, "after": "x"}).to_string();
        let mut out = vec![
            json.clone(),
            serde_json::json!({"outer": {"list": [{key: value}]}}).to_string(),
            serde_json::json!({"body": serde_json::json!({key: value}).to_string()}).to_string(),
            format!("a=1&{}={}&b=2", percent_encode(key), percent_encode(value)),
            format!("{key}={}", percent_encode(value)),
            format!("POST /x\r\n{key}: {value}\r\nAccept: */*"),
        ];
        // Truncated JSON: cut anywhere after the value starts.
        let start = json.find(&format!("\"{key}\"")).unwrap_or(0) + key.len() + 4;
        for cut in [start, start + 3, json.len() - 12, json.len() - 1] {
            if let Some(prefix) = json.get(..cut.min(json.len())) {
                out.push(prefix.to_owned());
            }
        }
        out
    }

    /// Fails if any piece of `secret` of 8 characters or more (the value itself, its escaped
    /// or encoded forms, or what a truncation left of it) survives in `out`.
    fn assert_hidden(out: &str, input: &str, secret: &str) -> Result<(), TestCaseError> {
        let escaped = serde_json::to_string(secret).unwrap_or_default();
        let escaped = escaped.trim_matches('"');
        for form in [secret, escaped, &percent_encode(secret)] {
            // The longest prefix of the secret that the input holds.
            let held = (8..=form.len())
                .rev()
                .filter_map(|n| form.get(..n))
                .find(|p| input.contains(p));
            if let Some(piece) = held {
                prop_assert!(!out.contains(piece), "{input:?} → {out:?} leaks {piece:?}");
            }
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn secret_values_never_survive(key in key(), value in token()) {
            for input in contexts(key, &value) {
                let out = redact(&input, &[]);
                assert_hidden(&out, &input, &value)?;
            }
        }

        #[test]
        fn escaped_quotes_and_separators_never_leak_the_tail(
            key in key(),
            (head, tail, sep) in awkward(),
        ) {
            let value = format!("{head}{sep}{tail}");
            for input in contexts(key, &value) {
                let out = redact(&input, &[]);
                if input.contains(&tail) {
                    prop_assert!(!out.contains(&tail), "{input:?} → {out:?}");
                }
                if input.contains(&head) {
                    prop_assert!(!out.contains(&head), "{input:?} → {out:?}");
                }
            }
        }

        #[test]
        fn token_shapes_never_survive_anywhere(
            secret in prop_oneof![jwt(), pit(), token().prop_map(|t| format!("Bearer {t}"))],
            sep in prop::sample::select(vec![" ", "\t", "  ", " \t "]),
            wrap in 0usize..4,
        ) {
            let secret = secret.replacen(' ', sep, 1);
            let input = match wrap {
                0 => format!("error: {secret}, retry"),
                1 => serde_json::json!({"message": format!("got {secret}")}).to_string(),
                2 => format!("{{\"message\":\"got {secret}"),
                _ => format!("Authorization: {secret}\nnext"),
            };
            let out = redact(&input, &[]);
            let value = secret.rsplit(sep).next().unwrap_or(&secret);
            prop_assert!(!out.contains(value), "{input:?} → {out:?}");
        }

        #[test]
        fn never_panics_and_known_secrets_go(text in "\\PC{0,200}", cut in 0usize..200) {
            let cut = (0..=cut.min(text.len())).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
            let _ = redact(&text[..cut], &[]);
            let secret = "KNOWN-SECRET-42";
            let out = redact(&format!("{}{secret}{}", &text[..cut], &text[cut..]), &[secret]);
            prop_assert!(!out.contains(secret));
        }
    }
}
