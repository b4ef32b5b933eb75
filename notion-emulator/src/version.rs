//! The `Notion-Version` header: which API versions exist and what each changes in answers.

use http::HeaderMap;

use crate::error::ApiError;

/// An API version the emulator understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ApiVersion {
    /// `2021-05-13` (legacy, database era).
    V2021_05_13,
    /// `2021-08-16` (legacy, database era).
    V2021_08_16,
    /// `2022-02-22` (legacy, database era).
    V2022_02_22,
    /// `2022-06-28` (legacy, database era).
    V2022_06_28,
    /// `2025-09-03`: data sources; responses carry both `archived` and `in_trash`.
    V2025_09_03,
    /// `2026-03-11`: `archived` is gone, only `in_trash`.
    V2026_03_11,
}

impl ApiVersion {
    /// Every version, oldest first.
    pub const ALL: [ApiVersion; 6] = [
        Self::V2021_05_13,
        Self::V2021_08_16,
        Self::V2022_02_22,
        Self::V2022_06_28,
        Self::V2025_09_03,
        Self::V2026_03_11,
    ];

    /// The header value of this version.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::V2021_05_13 => "2021-05-13",
            Self::V2021_08_16 => "2021-08-16",
            Self::V2022_02_22 => "2022-02-22",
            Self::V2022_06_28 => "2022-06-28",
            Self::V2025_09_03 => "2025-09-03",
            Self::V2026_03_11 => "2026-03-11",
        }
    }

    /// The version a header value names, if any.
    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == raw.trim())
    }

    /// True from 2025-09-03 on: rows live in data sources.
    pub fn has_data_sources(self) -> bool {
        self >= Self::V2025_09_03
    }

    /// True before 2026-03-11: `archived` is accepted in requests and sent in responses.
    pub fn has_archived(self) -> bool {
        self < Self::V2026_03_11
    }
}

/// Reads the `Notion-Version` header of a request.
pub(crate) fn from_headers(headers: &HeaderMap) -> Result<ApiVersion, ApiError> {
    let Some(raw) = headers.get("notion-version") else {
        return Err(ApiError::missing_version());
    };
    let text = raw.to_str().unwrap_or("");
    ApiVersion::parse(text).ok_or_else(|| {
        ApiError::validation(format!(
            "Notion-Version header failed validation: Notion-Version header should be one of the supported API versions ({}), instead was `\"{}\"`.",
            ApiVersion::ALL.map(ApiVersion::as_str).join(", "),
            text.chars().take(40).collect::<String>()
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_parsing() {
        let mut headers = HeaderMap::new();
        assert_eq!(
            from_headers(&headers).unwrap_err().code.as_str(),
            "missing_version"
        );
        headers.insert("Notion-Version", "2026-03-11".parse().unwrap());
        assert_eq!(from_headers(&headers).unwrap(), ApiVersion::V2026_03_11);
        headers.insert("Notion-Version", "2024-01-01".parse().unwrap());
        assert_eq!(
            from_headers(&headers).unwrap_err().code.as_str(),
            "validation_error"
        );
        assert!(ApiVersion::V2025_09_03.has_archived());
        assert!(!ApiVersion::V2026_03_11.has_archived());
        assert!(!ApiVersion::V2022_06_28.has_data_sources());
    }
}
