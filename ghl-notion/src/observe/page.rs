//! The status page: one server-rendered HTML document, no external assets.

use super::Dashboard;

/// Renders `dashboard` as a complete HTML page.
pub fn render(dashboard: &Dashboard) -> String {
    let _ = dashboard;
    String::from("<!doctype html><title>ghl-notion</title>")
}
