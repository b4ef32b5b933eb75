//! Dates as Notion writes them: `YYYY-MM-DD` or ISO 8601 date-times, with optional offsets.

use chrono::{DateTime, NaiveDate, NaiveDateTime, SecondsFormat, Utc};

/// A parsed date value: the instant it starts and whether it was a bare date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ParsedDate {
    /// The instant (midnight UTC for bare dates; UTC for naive date-times).
    pub(crate) instant: DateTime<Utc>,
    /// True for `YYYY-MM-DD`.
    pub(crate) date_only: bool,
}

/// Parses a date or date-time; returns the normalized text Notion echoes back and its value.
pub(crate) fn parse(raw: &str) -> Option<(String, ParsedDate)> {
    let raw = raw.trim();
    if let Ok(d) = NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
        let instant = d.and_hms_opt(0, 0, 0)?.and_utc();
        return Some((
            d.format("%Y-%m-%d").to_string(),
            ParsedDate {
                instant,
                date_only: true,
            },
        ));
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(raw) {
        let text = dt.format("%Y-%m-%dT%H:%M:%S%.3f%:z").to_string();
        return Some((
            text,
            ParsedDate {
                instant: dt.with_timezone(&Utc),
                date_only: false,
            },
        ));
    }
    for fmt in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M"] {
        if let Ok(n) = NaiveDateTime::parse_from_str(raw, fmt) {
            let text = n.format("%Y-%m-%dT%H:%M:%S%.3f").to_string();
            return Some((
                text,
                ParsedDate {
                    instant: n.and_utc(),
                    date_only: false,
                },
            ));
        }
    }
    None
}

/// Renders a timestamp as Notion does (`2026-01-01T10:00:00.000Z`), optionally cut to the minute.
pub(crate) fn timestamp(t: DateTime<Utc>, minute_precision: bool) -> String {
    let t = if minute_precision {
        truncate_minute(t)
    } else {
        t
    };
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// `t` without seconds.
pub(crate) fn truncate_minute(t: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp(t.timestamp() - t.timestamp().rem_euclid(60), 0).unwrap_or(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_forms() {
        let (t, d) = parse("2026-05-01").unwrap();
        assert_eq!(t, "2026-05-01");
        assert!(d.date_only);
        let (t, d) = parse("2026-05-01T09:00:00Z").unwrap();
        assert_eq!(t, "2026-05-01T09:00:00.000+00:00");
        assert!(!d.date_only);
        let (t, _) = parse("2026-05-01T09:00:00-04:00").unwrap();
        assert_eq!(t, "2026-05-01T09:00:00.000-04:00");
        let (t, _) = parse("2026-05-01T09:00:00").unwrap();
        assert_eq!(t, "2026-05-01T09:00:00.000");
        assert!(parse("yesterday").is_none());
        assert!(parse("2026-13-01").is_none());
    }

    #[test]
    fn timestamps() {
        let t = parse("2026-05-01T09:07:31.5Z").unwrap().1.instant;
        assert_eq!(timestamp(t, true), "2026-05-01T09:07:00.000Z");
        assert_eq!(timestamp(t, false), "2026-05-01T09:07:31.500Z");
    }
}
