//! The tools' inputs and outputs: plain data with JSON schemas (schemars), so an assistant
//! sees exactly what each tool takes and returns. Lists are bounded ([`MAX_LIMIT`] items a
//! call) and carry an opaque `next_cursor` to ask for the next page.

mod input;
mod output;

pub use input::*;
pub use output::*;

/// Items a list tool returns when `limit` is not given.
pub const DEFAULT_LIMIT: u32 = 20;
/// The most items a list tool returns in one call.
pub const MAX_LIMIT: u32 = 50;
/// The longest text (a note body, a task description) returned, in characters.
pub const MAX_TEXT_CHARS: usize = 1000;

/// `limit` clamped to `1..=MAX_LIMIT` ([`DEFAULT_LIMIT`] when absent).
pub fn clamp_limit(limit: Option<u32>) -> u32 {
    limit.unwrap_or(DEFAULT_LIMIT).clamp(1, MAX_LIMIT)
}

/// `text` cut to [`MAX_TEXT_CHARS`] characters (on a character boundary), marked with `…`.
pub fn bounded(text: &str) -> String {
    match text.char_indices().nth(MAX_TEXT_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_clamped_and_texts_bounded() {
        assert_eq!(clamp_limit(None), DEFAULT_LIMIT);
        assert_eq!(clamp_limit(Some(0)), 1);
        assert_eq!(clamp_limit(Some(10_000)), MAX_LIMIT);
        assert_eq!(bounded("short"), "short");
        let long = "é".repeat(MAX_TEXT_CHARS + 5);
        let cut = bounded(&long);
        assert_eq!(cut.chars().count(), MAX_TEXT_CHARS + 1);
        assert!(cut.ends_with('…'));
    }

    #[test]
    fn unknown_arguments_are_refused() {
        let bad = serde_json::json!({"query": "x", "token": "y"});
        assert!(serde_json::from_value::<SearchContactsInput>(bad).is_err());
    }
}
