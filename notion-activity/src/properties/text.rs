//! Notion's text limits, applied before a request is sent.
//!
//! A rich-text object holds at most 2,000 characters and a rich-text array at most 100
//! objects. Notion counts characters as JavaScript does, in UTF-16 code units, so this module
//! counts that way too: an emoji outside the BMP counts as two, which is never fewer than
//! Notion counts. Text is split on character boundaries; text past 100 objects is cut and
//! ends with [`TRUNCATION_MARKER`] so a reader sees that something is missing.
//!
//! Values Notion would reject (a malformed URL, email or phone number) are dropped with a
//! `tracing` warning by the `sanitize_*` functions instead of failing the whole write.
//!
//! ```
//! use notion_activity::properties::text::{split_text, TRUNCATION_MARKER};
//!
//! let short = split_text("hello");
//! assert_eq!(short.chunks, vec!["hello".to_owned()]);
//! assert!(!short.truncated);
//!
//! let huge = "x".repeat(250_000);
//! let cut = split_text(&huge);
//! assert_eq!(cut.chunks.len(), 100);
//! assert!(cut.truncated && cut.chunks[99].ends_with(TRUNCATION_MARKER));
//! ```

use serde_json::{Value, json};

/// Most characters (UTF-16 code units) in one rich-text object.
pub const MAX_TEXT_UNITS: usize = 2000;
/// Most objects in one rich-text array.
pub const MAX_RICH_TEXT_OBJECTS: usize = 100;
/// Appended to text cut at the 100-object limit.
pub const TRUNCATION_MARKER: &str = "… [truncated]";
/// Longest URL Notion accepts.
pub const MAX_URL_LEN: usize = 2000;
/// Longest email Notion accepts.
pub const MAX_EMAIL_LEN: usize = 200;
/// Longest phone number Notion accepts.
pub const MAX_PHONE_LEN: usize = 200;
/// Longest select, multi-select or status option name.
pub const MAX_OPTION_NAME: usize = 100;
/// Most entries in a multi-select, people or relation value.
pub const MAX_ARRAY_ITEMS: usize = 100;

/// Text split into rich-text-sized pieces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextChunks {
    /// The pieces, in order; each at most [`MAX_TEXT_UNITS`] UTF-16 code units.
    pub chunks: Vec<String>,
    /// Whether the text was cut (the last piece then ends with [`TRUNCATION_MARKER`]).
    pub truncated: bool,
}

/// Length in UTF-16 code units, as Notion counts.
pub fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// Splits `text` for a rich-text array within Notion's limits (see the module docs).
pub fn split_text(text: &str) -> TextChunks {
    split_text_with(text, MAX_TEXT_UNITS, MAX_RICH_TEXT_OBJECTS)
}

/// [`split_text`] with other limits (`max_units` is raised to fit the marker if needed).
pub fn split_text_with(text: &str, max_units: usize, max_chunks: usize) -> TextChunks {
    let marker_units = utf16_len(TRUNCATION_MARKER);
    let max_units = max_units.max(marker_units + 2);
    let max_chunks = max_chunks.max(1);
    let mut chunks: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut units = 0;
    for c in text.chars() {
        let w = c.len_utf16();
        if units + w > max_units {
            chunks.push(std::mem::take(&mut current));
            units = 0;
            if chunks.len() == max_chunks {
                // Everything from `c` on does not fit: cut the last chunk to make room.
                let Some(last) = chunks.last_mut() else { break };
                while utf16_len(last) + marker_units > max_units {
                    last.pop();
                }
                last.push_str(TRUNCATION_MARKER);
                return TextChunks {
                    chunks,
                    truncated: true,
                };
            }
        }
        current.push(c);
        units += w;
    }
    if !current.is_empty() {
        chunks.push(current);
    }
    TextChunks {
        chunks,
        truncated: false,
    }
}

/// A rich-text array (`[{"type":"text","text":{"content":…}}, …]`) holding `text` within
/// Notion's limits; a cut is logged at `warn`.
pub fn rich_text(text: &str) -> Vec<Value> {
    let split = split_text(text);
    if split.truncated {
        tracing::warn!(
            chars = text.chars().count(),
            "text longer than 100 rich-text objects was truncated"
        );
    }
    split
        .chunks
        .into_iter()
        .map(|content| json!({"type": "text", "text": {"content": content}}))
        .collect()
}

/// The plain text of a rich-text array from a response (its `plain_text` fields, or
/// `text.content` when `plain_text` is missing).
pub fn plain_text(rich: &Value) -> String {
    rich.as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|item| {
                    item.get("plain_text")
                        .and_then(Value::as_str)
                        .or_else(|| item.pointer("/text/content").and_then(Value::as_str))
                })
                .collect()
        })
        .unwrap_or_default()
}

fn cut_units(s: &str, max: usize) -> String {
    let mut out = String::new();
    let mut units = 0;
    for c in s.chars() {
        if units + c.len_utf16() > max {
            break;
        }
        units += c.len_utf16();
        out.push(c);
    }
    out
}

/// A valid option name: commas (which Notion refuses) become `‚` (U+201A), whitespace runs
/// become one space, the ends are trimmed, and the name is cut to 100 characters. `None` when
/// nothing is left.
pub fn sanitize_option_name(name: &str) -> Option<String> {
    let replaced: String = name
        .chars()
        .map(|c| if c == ',' { '\u{201A}' } else { c })
        .collect();
    let collapsed = replaced.split_whitespace().collect::<Vec<_>>().join(" ");
    let cut = cut_units(&collapsed, MAX_OPTION_NAME);
    let cut = cut.trim();
    (!cut.is_empty()).then(|| cut.to_owned())
}

/// `url` if Notion would accept it (http, https, mailto or tel; at most 2,000 characters),
/// otherwise `None` with a warning naming `property`.
pub fn sanitize_url(property: &str, url: &str) -> Option<String> {
    let url = url.trim();
    let ok = utf16_len(url) <= MAX_URL_LEN
        && url::Url::parse(url)
            .is_ok_and(|u| matches!(u.scheme(), "http" | "https" | "mailto" | "tel"));
    if !ok {
        tracing::warn!(property, "dropping an invalid URL");
    }
    ok.then(|| url.to_owned())
}

/// `email` if it looks like an address (one `@`, a dotted domain, no spaces, at most 200
/// characters), otherwise `None` with a warning naming `property`.
pub fn sanitize_email(property: &str, email: &str) -> Option<String> {
    let email = email.trim();
    let ok = utf16_len(email) <= MAX_EMAIL_LEN
        && !email.chars().any(char::is_whitespace)
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        });
    if !ok {
        tracing::warn!(property, "dropping an invalid email address");
    }
    ok.then(|| email.to_owned())
}

/// `phone` if it looks like a phone number (digits, spaces and `+-()./#*`, an optional
/// extension `x`/`ext`, at least three digits, at most 200 characters), otherwise `None` with
/// a warning naming `property`.
pub fn sanitize_phone(property: &str, phone: &str) -> Option<String> {
    let phone = phone.trim();
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    let lowered = phone.to_ascii_lowercase().replace("ext", "x");
    let ok = utf16_len(phone) <= MAX_PHONE_LEN
        && digits >= 3
        && lowered
            .chars()
            .all(|c| c.is_ascii_digit() || " +-()./#*x".contains(c));
    if !ok {
        tracing::warn!(property, "dropping an invalid phone number");
    }
    ok.then(|| phone.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn splits_at_the_limit_and_counts_utf16() {
        let s = "a".repeat(4001);
        let split = split_text(&s);
        assert_eq!(
            split.chunks.iter().map(|c| c.len()).collect::<Vec<_>>(),
            vec![2000, 2000, 1]
        );
        // An emoji is two UTF-16 units: 1000 fit in one object, not 2000.
        let emoji = "😀".repeat(1001);
        let split = split_text(&emoji);
        assert_eq!(split.chunks.len(), 2);
        assert_eq!(split.chunks[0].chars().count(), 1000);
        assert!(split_text("").chunks.is_empty());
    }

    #[test]
    fn exactly_full_is_not_truncated() {
        let s = "b".repeat(MAX_TEXT_UNITS * MAX_RICH_TEXT_OBJECTS);
        let split = split_text(&s);
        assert!(!split.truncated);
        assert_eq!(split.chunks.len(), 100);
        let split = split_text(&format!("{s}c"));
        assert!(split.truncated);
        assert_eq!(split.chunks.len(), 100);
        assert!(split.chunks[99].ends_with(TRUNCATION_MARKER));
        assert!(utf16_len(&split.chunks[99]) <= MAX_TEXT_UNITS);
    }

    #[test]
    fn option_names_are_made_valid() {
        assert_eq!(
            sanitize_option_name(" Won, Lost \n"),
            Some("Won\u{201A} Lost".into())
        );
        assert_eq!(sanitize_option_name("   "), None);
        assert_eq!(
            sanitize_option_name(&"z".repeat(150)).map(|s| s.len()),
            Some(100)
        );
    }

    #[test]
    fn invalid_contact_values_are_dropped() {
        assert_eq!(
            sanitize_url("u", "https://example.com/x?y=1"),
            Some("https://example.com/x?y=1".into())
        );
        assert_eq!(sanitize_url("u", "not a url"), None);
        assert_eq!(sanitize_url("u", "javascript:alert(1)"), None);
        assert_eq!(
            sanitize_url("u", &format!("https://e.com/{}", "a".repeat(2000))),
            None
        );
        assert_eq!(
            sanitize_email("e", " ann@example.com "),
            Some("ann@example.com".into())
        );
        for bad in [
            "ann",
            "ann@",
            "@x.com",
            "a b@x.com",
            "a@b",
            "a@@b.com",
            "a@.com",
        ] {
            assert_eq!(sanitize_email("e", bad), None, "{bad}");
        }
        assert_eq!(
            sanitize_phone("p", "+1 (555) 010-0100 ext 12"),
            Some("+1 (555) 010-0100 ext 12".into())
        );
        assert_eq!(sanitize_phone("p", "call me"), None);
        assert_eq!(sanitize_phone("p", "12"), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Never more than the limits; content kept up to the cut; marker iff cut.
        #[test]
        fn split_respects_limits(
            text in "(?s).{0,300}",
            max_units in 15usize..60,
            max_chunks in 1usize..8,
        ) {
            let split = split_text_with(&text, max_units, max_chunks);
            prop_assert!(split.chunks.len() <= max_chunks);
            for chunk in &split.chunks {
                prop_assert!(utf16_len(chunk) <= max_units);
                prop_assert!(!chunk.is_empty());
            }
            let joined: String = split.chunks.concat();
            if split.truncated {
                let kept = joined.strip_suffix(TRUNCATION_MARKER);
                prop_assert!(kept.is_some(), "marker missing");
                let kept = kept.unwrap_or_default();
                prop_assert!(text.starts_with(kept));
                prop_assert!(kept.len() < text.len());
                prop_assert!(utf16_len(&text) > (max_units - 1) * max_chunks);
            } else {
                prop_assert_eq!(&joined, &text);
            }
        }

        /// The same at Notion's real limits, with long inputs of wide characters.
        #[test]
        fn split_at_notion_limits(
            piece in "[a-z😀é中]{1,8}",
            repeat in 0usize..40_000,
        ) {
            let text = piece.repeat(repeat);
            let split = split_text(&text);
            prop_assert!(split.chunks.len() <= MAX_RICH_TEXT_OBJECTS);
            prop_assert!(split.chunks.iter().all(|c| utf16_len(c) <= MAX_TEXT_UNITS));
            let joined: String = split.chunks.concat();
            prop_assert_eq!(split.truncated, joined != text);
            prop_assert_eq!(split.truncated, joined.ends_with(TRUNCATION_MARKER));
        }
    }
}
