//! The status page's text: HTML escaping and the way times, durations and counts read.
//!
//! Every string that reaches the page from outside (an error, a title, a record id) passes
//! through [`escape`] exactly once, where it is written into the document.

use std::time::Duration;

use chrono::{DateTime, Utc};

/// `text` made safe for HTML text and for quoted attribute values: `&`, `<`, `>`, `"` and
/// `'` become character references; everything else is kept.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

/// `2026-12-02 07:50:09 UTC`.
pub(crate) fn time(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M:%S UTC").to_string()
}

/// A duration as a person says it: `350 ms`, `1.2 s`, `3 min 4 s`, `2 h 5 min`, `3 d 4 h`.
pub(crate) fn duration(d: Duration) -> String {
    let millis = d.as_millis();
    if millis < 1_000 {
        return format!("{millis} ms");
    }
    if millis < 60_000 {
        // Tenths, rounded down so 59.99 s never reads as "60.0 s".
        return format!("{}.{} s", millis / 1_000, millis % 1_000 / 100);
    }
    let secs = d.as_secs();
    let (days, hours, mins, secs) = (secs / 86_400, secs / 3_600 % 24, secs / 60 % 60, secs % 60);
    if days > 0 {
        format!("{days} d {hours} h")
    } else if hours > 0 {
        format!("{hours} h {mins} min")
    } else {
        format!("{mins} min {secs} s")
    }
}

/// A count with thousands grouped: `199,000`.
pub(crate) fn count(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `part` of `whole` as a whole percentage, `87 %`, rounded down (so a nearly spent budget
/// never reads as more than it is) and capped at 100; `None` when `whole` is zero.
pub(crate) fn percent(part: u64, whole: u64) -> Option<String> {
    (whole > 0).then(|| {
        format!(
            "{} %",
            u128::from(part.min(whole)) * 100 / u128::from(whole)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_replaces_the_five_markup_characters() {
        assert_eq!(
            escape(r#"<script>alert("x" & 'y')</script>"#),
            "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;"
        );
        assert_eq!(escape("plain · text é"), "plain · text é");
        assert_eq!(
            escape("&amp;"),
            "&amp;amp;",
            "escaping twice is visible, not undone"
        );
    }

    #[test]
    fn times_read_in_utc_to_the_second() {
        let at = DateTime::parse_from_rfc3339("2026-12-02T07:05:09.750+02:00")
            .expect("literal time")
            .with_timezone(&Utc);
        assert_eq!(time(at), "2026-12-02 05:05:09 UTC");
    }

    #[test]
    fn durations_read_as_a_person_says_them() {
        let table = [
            (Duration::ZERO, "0 ms"),
            (Duration::from_millis(350), "350 ms"),
            (Duration::from_millis(999), "999 ms"),
            (Duration::from_millis(1_000), "1.0 s"),
            (Duration::from_millis(1_250), "1.2 s"),
            (Duration::from_millis(59_999), "59.9 s"),
            (Duration::from_secs(60), "1 min 0 s"),
            (Duration::from_secs(184), "3 min 4 s"),
            (Duration::from_secs(3_599), "59 min 59 s"),
            (Duration::from_secs(3_600), "1 h 0 min"),
            (Duration::from_secs(7_500), "2 h 5 min"),
            (Duration::from_secs(86_400), "1 d 0 h"),
            (Duration::from_secs(3 * 86_400 + 4 * 3_600 + 59), "3 d 4 h"),
        ];
        for (d, want) in table {
            assert_eq!(duration(d), want, "{d:?}");
        }
    }

    #[test]
    fn counts_group_thousands() {
        let table = [
            (0, "0"),
            (999, "999"),
            (1_000, "1,000"),
            (199_000, "199,000"),
            (1_234_567, "1,234,567"),
        ];
        for (n, want) in table {
            assert_eq!(count(n), want);
        }
    }

    #[test]
    fn percentages_round_down_and_stay_in_range() {
        let table = [
            ((87, 100), Some("87 %")),
            ((999, 1_000), Some("99 %")),
            ((100, 100), Some("100 %")),
            ((0, 100), Some("0 %")),
            ((150, 100), Some("100 %")),
            ((u64::MAX, u64::MAX), Some("100 %")),
            ((5, 0), None),
        ];
        for ((part, whole), want) in table {
            assert_eq!(percent(part, whole).as_deref(), want, "{part} of {whole}");
        }
    }
}
