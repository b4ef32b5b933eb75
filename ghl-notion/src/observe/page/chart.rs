//! The "Writes per minute" chart: an inline SVG bar chart, one bar per minute, that scales
//! to any width (bar positions are percentages, heights are pixels) and keeps its labels
//! readable on a phone.

use std::fmt::Write as _;

use super::text::count;

/// The chart's height in CSS pixels.
const HEIGHT: u32 = 180;
/// Where the bars' tops may reach (room above for the peak label).
const PLOT_TOP: u32 = 28;
/// The baseline the bars stand on (room below for the time labels).
const BASELINE: u32 = 150;

/// What the chart says to a screen reader (and in its `<title>`): the span, the peak and the
/// total, e.g. `Notion writes per minute over the last 60 minutes: peak 42, 510 in all, 7
/// this minute`.
pub(crate) fn summary(per_minute: &[u64]) -> String {
    let minutes = per_minute.len();
    if minutes == 0 {
        return "Notion writes per minute: no minutes recorded yet".to_owned();
    }
    let span = if minutes == 1 {
        "the current minute".to_owned()
    } else {
        format!("the last {minutes} minutes")
    };
    let total: u64 = per_minute.iter().sum();
    if total == 0 {
        return format!("Notion writes per minute over {span}: no writes");
    }
    let peak = per_minute.iter().copied().max().unwrap_or(0);
    let now = per_minute.last().copied().unwrap_or(0);
    format!(
        "Notion writes per minute over {span}: peak {}, {} in all, {} this minute",
        count(peak),
        count(total),
        count(now)
    )
}

/// The `<svg id="writes-chart">` element for `per_minute` (oldest first, the last entry is
/// the current minute).
pub(crate) fn svg(per_minute: &[u64]) -> String {
    let label = summary(per_minute);
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg id="writes-chart" class="chart" role="img" aria-label="{label}" width="100%" height="{HEIGHT}"><title>{label}</title>"#
    );
    let minutes = per_minute.len();
    if minutes == 0 {
        let _ = write!(
            out,
            r#"<text class="note" x="50%" y="{}" text-anchor="middle">No data yet</text></svg>"#,
            HEIGHT / 2
        );
        return out;
    }
    let peak = per_minute.iter().copied().max().unwrap_or(0);
    let plot = f64::from(BASELINE - PLOT_TOP);
    let slot = 100.0 / minutes as f64;

    // The peak's gridline and label, then the baseline.
    let peak_label = if peak == 0 {
        "0 writes per minute".to_owned()
    } else {
        format!("peak {} per minute", count(peak))
    };
    let _ = write!(
        out,
        r#"<line class="grid" x1="0" x2="100%" y1="{PLOT_TOP}" y2="{PLOT_TOP}"/><text class="axis" x="0" y="{}">{peak_label}</text><line class="base" x1="0" x2="100%" y1="{BASELINE}" y2="{BASELINE}"/>"#,
        PLOT_TOP - 8
    );

    for (i, &writes) in per_minute.iter().enumerate() {
        let ago = minutes - 1 - i;
        let when = if ago == 0 {
            "this minute".to_owned()
        } else {
            format!("{ago} min ago")
        };
        // A minute with no writes still shows as a thin stub, so "nothing" reads as measured.
        let (class, height) = if writes == 0 || peak == 0 {
            ("bar zero", 1.0)
        } else {
            ("bar", (writes as f64 / peak as f64 * plot).max(1.0))
        };
        let _ = write!(
            out,
            r#"<rect class="{class}" x="{:.3}%" width="{:.3}%" y="{:.1}" height="{height:.1}"><title>{when}: {} writes</title></rect>"#,
            i as f64 * slot + slot * 0.15,
            slot * 0.7,
            f64::from(BASELINE) - height,
            count(writes),
        );
    }

    // The time axis: the oldest minute's start, the middle, and now.
    let label_y = BASELINE + 20;
    let _ = write!(
        out,
        r#"<text class="axis" x="0" y="{label_y}">{minutes} min ago</text>"#
    );
    if minutes >= 10 {
        let _ = write!(
            out,
            r#"<text class="axis" x="50%" y="{label_y}" text-anchor="middle">{} min ago</text>"#,
            minutes / 2
        );
    }
    let _ = write!(
        out,
        r#"<text class="axis" x="100%" y="{label_y}" text-anchor="end">now</text></svg>"#
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bars(svg: &str) -> Vec<&str> {
        svg.split("<rect ").skip(1).collect()
    }

    fn height(rect: &str) -> f64 {
        let start = rect.find("height=\"").expect("a height") + "height=\"".len();
        let end = start + rect[start..].find('"').expect("a closing quote");
        rect[start..end].parse().expect("a number")
    }

    #[test]
    fn an_hour_without_writes_draws_sixty_stubs_and_says_so() {
        let svg = svg(&[0; 60]);
        let bars = bars(&svg);
        assert_eq!(bars.len(), 60);
        assert!(
            bars.iter()
                .all(|b| b.contains("bar zero") && height(b) == 1.0)
        );
        assert!(svg.contains(
            r#"aria-label="Notion writes per minute over the last 60 minutes: no writes""#
        ));
        assert!(svg.contains("0 writes per minute"));
        assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
    }

    #[test]
    fn the_peak_reaches_the_top_and_the_rest_scale_to_it() {
        let mut minutes = vec![0; 60];
        minutes[10] = 21;
        minutes[30] = 42;
        minutes[59] = 7;
        let svg = svg(&minutes);
        let bars = bars(&svg);
        assert_eq!(bars.len(), 60);
        assert_eq!(height(bars[30]), 122.0, "the peak spans the whole plot");
        assert_eq!(height(bars[10]), 61.0, "half the peak, half the height");
        assert!(
            bars[30].contains(r#"y="28.0""#),
            "the peak's top is the gridline"
        );
        assert!(bars[30].contains("<title>29 min ago: 42 writes</title>"));
        assert!(bars[59].contains("<title>this minute: 7 writes</title>"));
        assert!(bars[0].contains("bar zero"));
        assert!(svg.contains(
            "Notion writes per minute over the last 60 minutes: peak 42, 70 in all, 7 this minute"
        ));
        assert!(svg.contains(">peak 42 per minute<"));
        for label in [">60 min ago<", ">30 min ago<", ">now<"] {
            assert!(svg.contains(label), "{label}");
        }
    }

    #[test]
    fn bars_share_the_width_without_overlapping() {
        let svg = svg(&[1, 2, 3, 4]);
        let bars = bars(&svg);
        assert!(
            bars[0].contains(r#"x="3.750%" width="17.500%""#),
            "{}",
            bars[0]
        );
        assert!(
            bars[3].contains(r#"x="78.750%" width="17.500%""#),
            "{}",
            bars[3]
        );
        assert!(
            !svg.contains("2 min ago</text>"),
            "no middle label on a short span"
        );
    }

    #[test]
    fn no_minutes_yet_is_a_note_not_an_empty_box() {
        let svg = svg(&[]);
        assert!(bars(&svg).is_empty());
        assert!(svg.contains(">No data yet<"));
        assert!(svg.contains(r#"id="writes-chart""#) && svg.contains(r#"role="img""#));
    }
}
