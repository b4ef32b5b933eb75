//! The crate boundaries: each API client knows only its API, and the engine knows no vendor.
//!
//! - `ghl-client` and `notion-activity` depend neither on `sync-core` nor on each other (in
//!   any dependency table: normal, dev, build, per target).
//! - `sync-core`'s code names nothing of GoHighLevel: no `ghl`, `gohighlevel`,
//!   `customFields` or `leadconnector` outside comments and tests.

use std::path::{Path, PathBuf};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every dependency a manifest declares, by package name (a renamed dependency counts under
/// its real name), from every dependency table.
fn dependencies(manifest: &Path) -> Vec<String> {
    let text =
        std::fs::read_to_string(manifest).unwrap_or_else(|e| panic!("{}: {e}", manifest.display()));
    let doc: toml::Table =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{} is not TOML: {e}", manifest.display()));
    let tables_of = |t: &toml::Table| -> Vec<toml::Table> {
        ["dependencies", "dev-dependencies", "build-dependencies"]
            .iter()
            .filter_map(|key| t.get(*key).and_then(toml::Value::as_table).cloned())
            .collect()
    };
    let mut tables = tables_of(&doc);
    if let Some(targets) = doc.get("target").and_then(toml::Value::as_table) {
        for target in targets.values().filter_map(toml::Value::as_table) {
            tables.extend(tables_of(target));
        }
    }
    let mut names = Vec::new();
    for deps in &tables {
        for (key, spec) in deps {
            let package = spec
                .get("package")
                .and_then(toml::Value::as_str)
                .unwrap_or(key);
            names.push(package.to_owned());
        }
    }
    names
}

#[test]
fn the_api_clients_depend_on_neither_the_engine_nor_each_other() {
    let cases = [
        ("ghl-client", ["sync-core", "notion-activity"]),
        ("notion-activity", ["sync-core", "ghl-client"]),
    ];
    for (krate, forbidden) in cases {
        let manifest = workspace().join(krate).join("Cargo.toml");
        let deps = dependencies(&manifest);
        assert!(
            deps.iter().any(|d| d == "serde"),
            "{krate}: the manifest was not read ({deps:?})"
        );
        for name in forbidden {
            assert!(
                !deps.iter().any(|d| d == name),
                "{krate} depends on {name}: an API client knows only its API"
            );
        }
    }
    // The reader sees renames and every table, or the checks above prove nothing.
    let probe = std::env::temp_dir().join(format!("arch-probe-{}.toml", std::process::id()));
    std::fs::write(
        &probe,
        "[package]\nname = \"x\"\n[dev-dependencies]\nengine = { package = \"sync-core\", path = \"..\" }\n[target.'cfg(unix)'.dependencies]\nghl-client = \"1\"\n",
    )
    .expect("write probe");
    let found = dependencies(&probe);
    let _ = std::fs::remove_file(&probe);
    assert_eq!(found, ["sync-core", "ghl-client"]);
}

/// Words the engine must not contain, compared case-insensitively.
const VENDOR_WORDS: [&str; 4] = ["ghl", "gohighlevel", "customfields", "leadconnector"];

/// Identifiers that contain a vendor word without being vendor knowledge: the workspace's
/// shared runtime crate (rate limiting, retry, clock) carries the product's name.
const ALLOWED: [&str; 1] = ["ghl_notion_runtime"];

/// The words of `line`'s identifiers and literals, split at `_`, non-alphanumerics and
/// lower→upper case changes (`GhlSource` → `ghl`, `source`; `highlight` stays one word).
fn words(token: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in token.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut word = String::new();
        let mut prev_lower = false;
        for c in part.chars() {
            if c.is_ascii_uppercase() && prev_lower && !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
            word.push(c.to_ascii_lowercase());
        }
        if !word.is_empty() {
            out.push(word);
        }
    }
    out
}

/// The vendor words in a line of code (comments excluded by the caller).
fn vendor_hits(line: &str) -> Vec<String> {
    let mut hits = Vec::new();
    for token in line.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
        if token.is_empty() || ALLOWED.contains(&token) {
            continue;
        }
        let lower = token.to_ascii_lowercase();
        let whole = VENDOR_WORDS[1..].iter().any(|w| lower.contains(w));
        let split = words(token).iter().any(|w| w == VENDOR_WORDS[0]);
        if whole || split {
            hits.push(token.to_owned());
        }
    }
    hits
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if name != "testing" {
                rust_files(&path, out);
            }
        } else if name.ends_with(".rs") && !name.ends_with("tests.rs") {
            out.push(path);
        }
    }
}

/// The code lines of a file: comment lines dropped, nothing read from `#[cfg(test)]` on.
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .take_while(|(_, l)| l.trim() != "#[cfg(test)]")
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
        .map(|(i, l)| (i + 1, l))
}

#[test]
fn the_engine_names_no_vendor() {
    let src = workspace().join("sync-core/src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(
        files.iter().any(|f| f.ends_with("engine/mod.rs")),
        "sync-core's sources were not found under {}",
        src.display()
    );
    assert!(
        !files
            .iter()
            .any(|f| f.components().any(|c| c.as_os_str() == "testing"))
    );
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("read a source file");
        for (number, line) in code_lines(&text) {
            for hit in vendor_hits(line) {
                found.push(format!("{}:{number}: {hit}", file.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "GHL names in sync-core:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scanner_finds_what_it_should_and_only_that() {
    let cases = [
        ("let s = GhlSource::new();", vec!["GhlSource"]),
        ("use ghl_client::Client;", vec!["ghl_client"]),
        (
            "let url = \"https://services.leadconnectorhq.com\";",
            vec!["leadconnectorhq"],
        ),
        ("fields.get(\"customFields\")", vec!["customFields"]),
        ("const KEY: &str = \"GHL ID\";", vec!["GHL"]),
        ("// GoHighLevel", vec!["GoHighLevel"]),
        ("fn highlight(x: u8) {}", vec![]),
        ("use ghl_notion_runtime::SharedClock;", vec![]),
        ("let ghl = 1;", vec!["ghl"]),
    ];
    for (line, wanted) in cases {
        assert_eq!(vendor_hits(line), wanted, "{line}");
    }
    let text = "use a;\n// ghl in a comment\n/// GhlSource docs\nfn f() {}\n#[cfg(test)]\nmod tests { use ghl_client; }\n";
    let lines: Vec<usize> = code_lines(text).map(|(n, _)| n).collect();
    assert_eq!(lines, [1, 4]);
}
