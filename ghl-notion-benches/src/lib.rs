//! Scenario benchmarks of the sync against the sandbox with GHL's and Notion's real limit
//! shapes, time-scaled. Run them with `cargo bench -p ghl-notion-benches`; see
//! `benches/sync_scenario.rs`.

/// Peak resident memory of this process in KiB (Linux `VmHWM`), if known.
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}
