//! How results are shown: aligned text tables, durations, JSON on stdout, failures on stderr.
//!
//! ```text
//! entity       seen  created  updated
//! contact        20       20        0
//! ```

use std::collections::BTreeMap;
use std::time::Duration;

use ghl_notion::sync_core::report::ApiStats;
use serde::Serialize;

use super::Fatal;

/// A text table: the first column left-aligned, the others right-aligned.
#[derive(Debug, Default)]
pub struct Table {
    rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with these column headers.
    pub fn new<const N: usize>(headers: [&str; N]) -> Self {
        Self {
            rows: vec![headers.iter().map(|h| (*h).to_owned()).collect()],
        }
    }

    /// Adds a row.
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// The table as lines, each ending with a newline.
    pub fn render(&self) -> String {
        let columns = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        let widths: Vec<usize> = (0..columns)
            .map(|c| {
                self.rows
                    .iter()
                    .filter_map(|r| r.get(c))
                    .map(|cell| cell.chars().count())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let mut out = String::new();
        for row in &self.rows {
            let cells: Vec<String> = row
                .iter()
                .zip(&widths)
                .enumerate()
                .map(|(i, (cell, &w))| {
                    if i == 0 {
                        format!("{cell:<w$}")
                    } else {
                        format!("{cell:>w$}")
                    }
                })
                .collect();
            out.push_str(cells.join("  ").trim_end());
            out.push('\n');
        }
        out
    }
}

/// `1.2s`, `340ms`, `2m05s`.
pub fn duration(d: Duration) -> String {
    let secs = d.as_secs_f64();
    if secs < 1.0 {
        format!("{}ms", d.as_millis())
    } else if secs < 60.0 {
        format!("{secs:.1}s")
    } else {
        let whole = d.as_secs();
        format!("{}m{:02}s", whole / 60, whole % 60)
    }
}

/// One line per API: requests, throttled answers, retries and time waited for the rate
/// limiter.
pub fn api_lines(api: &BTreeMap<String, ApiStats>) -> String {
    let mut out = String::new();
    for (name, s) in api {
        let mut line = format!(
            "  {name:<7} {} requests, {} throttled, {} retries",
            s.requests, s.throttled, s.retries
        );
        if !s.throttle_wait.is_zero() {
            line.push_str(&format!(
                ", {} waiting for the rate limit",
                duration(s.throttle_wait)
            ));
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Prints `value` as one JSON object on stdout.
pub fn json(value: &impl Serialize) -> Result<(), Fatal> {
    println!("{}", serde_json::to_string(value)?);
    Ok(())
}

/// Lists failures on stderr under `heading`.
pub fn failures(heading: &str, errors: &[String]) {
    eprintln!("{heading}");
    for e in errors {
        eprintln!("  - {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_align_text_left_and_numbers_right() {
        let mut t = Table::new(["entity", "seen"]);
        t.row(vec!["contact".into(), "5".into()]);
        t.row(vec!["opportunity".into(), "120".into()]);
        assert_eq!(
            t.render(),
            "entity       seen\ncontact         5\nopportunity   120\n"
        );
    }

    #[test]
    fn durations_read_naturally() {
        let cases = [
            (Duration::from_millis(340), "340ms"),
            (Duration::from_millis(1_240), "1.2s"),
            (Duration::from_secs(125), "2m05s"),
        ];
        for (d, text) in cases {
            assert_eq!(duration(d), text);
        }
    }
}
