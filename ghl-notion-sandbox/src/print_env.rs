//! `--print-env`: the start-up facts as shell `export` lines, values single-quoted, so a shell
//! can load them with `.` (see the binary's `--help` for the pattern that waits for them).

use ghl_notion_sandbox::Sandbox;

/// The variables, in print order, and their values for `sandbox`. With more than one location
/// `GHL_LOCATION_IDS` lists them all (comma-separated, the first one first), just before
/// `GHL_NOTION_SANDBOX_CONTROL_URL`, which stays the last line (the one a script waits for);
/// the other variables describe the first location.
pub fn variables(sandbox: &Sandbox) -> Vec<(&'static str, String)> {
    let mut variables = vec![
        ("GHL_BASE_URL", sandbox.ghl_base_url()),
        ("GHL_API_KEY", sandbox.ghl_api_key().to_owned()),
        ("GHL_LOCATION_ID", sandbox.location_id().to_owned()),
        ("NOTION_BASE_URL", sandbox.notion_base_url()),
        ("NOTION_TOKEN", sandbox.notion_token().to_owned()),
        ("NOTION_PARENT_PAGE_ID", sandbox.notion_parent_page_id()),
    ];
    if sandbox.locations().len() > 1 {
        let ids: Vec<&str> = sandbox.locations().iter().map(|l| l.id.as_str()).collect();
        variables.push(("GHL_LOCATION_IDS", ids.join(",")));
    }
    variables.push(("GHL_NOTION_SANDBOX_CONTROL_URL", sandbox.control_url()));
    variables
}

/// `value` single-quoted for a POSIX shell: a quote inside becomes `'\''`.
pub fn shell_quote(value: &str) -> String {
    format!("'{}'", value.replace('\'', r"'\''"))
}

/// One `export NAME='value'` line per variable, each ending in a newline.
pub fn export_lines(variables: &[(&str, String)]) -> String {
    variables
        .iter()
        .map(|(name, value)| format!("export {name}={}\n", shell_quote(value)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_single_quoted() {
        for (raw, quoted) in [
            ("http://127.0.0.1:8787", "'http://127.0.0.1:8787'"),
            ("", "''"),
            ("it's", r"'it'\''s'"),
            ("$HOME `x` \"y\"", "'$HOME `x` \"y\"'"),
        ] {
            assert_eq!(shell_quote(raw), quoted, "{raw}");
        }
        assert_eq!(
            export_lines(&[("A", "1".into()), ("B", "x y".into())]),
            "export A='1'\nexport B='x y'\n"
        );
    }
}
