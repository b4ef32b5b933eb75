//! Pagination cursors handed to the assistant: opaque strings that say where the next page
//! starts. Each list tool accepts only its own kind; anything else is an invalid argument.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::errors::bad_argument;
use rmcp::ErrorData;

/// Where the next page starts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Cursor {
    /// GHL's contact-search `searchAfter`.
    SearchAfter(Vec<Value>),
    /// GHL's opportunity-search `startAfter` and `startAfterId`.
    StartAfter(i64, String),
    /// An offset into a list GHL returns whole (tasks, notes).
    Offset(usize),
    /// Notion's query cursor (the activity log).
    Notion(String),
}

impl Cursor {
    /// The string given to the assistant.
    pub(crate) fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads `text`, an earlier [`Cursor::encode`]; `None` for no cursor.
    pub(crate) fn decode(text: Option<&str>) -> Result<Option<Self>, ErrorData> {
        match text.map(str::trim).filter(|t| !t.is_empty()) {
            None => Ok(None),
            Some(t) => serde_json::from_str(t)
                .map(Some)
                .map_err(|_| bad_argument("cursor", "not a cursor this server returned")),
        }
    }
}

/// The wrong kind of cursor for a tool.
pub(crate) fn wrong_cursor() -> ErrorData {
    bad_argument("cursor", "a cursor from another tool")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_garbage_is_refused() {
        for c in [
            Cursor::SearchAfter(vec![Value::from(1), Value::from("x")]),
            Cursor::StartAfter(1_700_000_000_000, "o-1".into()),
            Cursor::Offset(40),
            Cursor::Notion("abc".into()),
        ] {
            assert_eq!(Cursor::decode(Some(&c.encode())).unwrap(), Some(c));
        }
        assert_eq!(Cursor::decode(None).unwrap(), None);
        assert_eq!(Cursor::decode(Some("  ")).unwrap(), None);
        assert!(Cursor::decode(Some("nonsense")).is_err());
    }
}
