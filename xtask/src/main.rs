//! Workspace tasks, run by hand (`cargo run -p xtask -- <task>`).
//!
//! - `ghl-api`: regenerates ghl-client's `src/apps/` (one module per GHL app, and the
//!   catalog of every operation) from GHL's official OpenAPI specs in
//!   `../shared/specs/ghl`, after applying `ghl-client/spec-overlay.json`.
//! - `ghl-api --check`: regenerates in memory and fails if the checked-in files differ (CI
//!   runs it, so a spec or generator change always comes with its regenerated code).

mod names;
mod ops;
mod spec;
mod types;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

use serde_json::Value;

use crate::names::{lit, pascal, snake};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("ghl-api") => ghl_api(&args[1..]),
        _ => Err("usage: cargo run -p xtask -- ghl-api [--check] [--specs DIR]".to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The key of the generated test table among the generated files.
const CALLS: &str = "calls";

fn workspace_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(Path::to_path_buf).unwrap_or(manifest)
}

fn ghl_api(args: &[String]) -> Result<(), String> {
    let root = workspace_root();
    let check = args.iter().any(|a| a == "--check");
    let specs = args
        .iter()
        .position(|a| a == "--specs")
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/specs/ghl"));
    let client = root.join("ghl-client");
    let files = generate(&specs, &client.join("spec-overlay.json"))?;
    let out_dir = client.join("src/apps");
    let tests = files
        .get(CALLS)
        .cloned()
        .ok_or("the test table was not generated")?;
    let files: BTreeMap<String, String> = files.into_iter().filter(|(k, _)| k != CALLS).collect();
    let calls_path = client.join("tests/apps/calls.rs");
    if check {
        let current = std::fs::read_to_string(&calls_path).unwrap_or_default();
        let calls_stale = current != tests;
        let result = compare(&out_dir, &files);
        return match (result, calls_stale) {
            (Ok(()), false) => Ok(()),
            (Ok(()), true) => Err("ghl-client/tests/apps/calls.rs differs from what the specs generate; run `cargo run -p xtask -- ghl-api`".into()),
            (Err(e), _) => Err(e),
        };
    }
    std::fs::create_dir_all(calls_path.parent().unwrap_or(&client)).map_err(|e| e.to_string())?;
    std::fs::write(&calls_path, &tests).map_err(|e| e.to_string())?;
    std::fs::create_dir_all(&out_dir).map_err(|e| e.to_string())?;
    for entry in std::fs::read_dir(&out_dir).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if name.ends_with(".rs") && name != "support.rs" && !files.contains_key(name) {
            std::fs::remove_file(&path).map_err(|e| e.to_string())?;
        }
    }
    for (name, text) in &files {
        std::fs::write(out_dir.join(name), text).map_err(|e| format!("{name}: {e}"))?;
    }
    println!("wrote {} files to {}", files.len(), out_dir.display());
    Ok(())
}

fn compare(dir: &Path, files: &BTreeMap<String, String>) -> Result<(), String> {
    let mut stale = Vec::new();
    for (name, text) in files {
        match std::fs::read_to_string(dir.join(name)) {
            Ok(current) if &current == text => {}
            _ => stale.push(name.clone()),
        }
    }
    for entry in std::fs::read_dir(dir).map_err(|e| e.to_string())? {
        let name = entry.map_err(|e| e.to_string())?.file_name();
        let name = name.to_string_lossy().into_owned();
        if name.ends_with(".rs") && name != "support.rs" && !files.contains_key(&name) {
            stale.push(format!("{name} (no longer generated)"));
        }
    }
    if stale.is_empty() {
        println!("ghl-client/src/apps is up to date with the specs");
        Ok(())
    } else {
        Err(format!(
            "ghl-client/src/apps differs from what the specs generate: {}; run `cargo run -p xtask -- ghl-api` and review the diff",
            stale.join(", ")
        ))
    }
}

/// Every generated file, by name, formatted.
fn generate(specs: &Path, overlay: &Path) -> Result<BTreeMap<String, String>, String> {
    let specs = spec::load(specs, overlay)?;
    let mut files = BTreeMap::new();
    let mut catalog = String::new();
    let mut calls = String::new();
    let mut modules = Vec::new();

    let mut common =
        types::Types::new(&specs.common, &specs.common, format!("{}::", types::COMMON));
    common.all_components();
    let mut text = header(
        "common/common-schemas.json",
        "The schemas GHL's apps share.",
    );
    text.push_str("use serde::{Deserialize, Serialize};\n\n");
    common.render(&mut text);
    files.insert("common.rs".to_owned(), rustfmt(&text)?);

    for app in &specs.apps {
        let module = snake(&app.name);
        let title = app
            .doc
            .pointer("/info/title")
            .and_then(Value::as_str)
            .unwrap_or(&app.name)
            .trim()
            .to_owned();
        let schemas = app
            .doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let mut types = types::Types::new(
            &schemas,
            &specs.common,
            format!("crate::apps::{module}::models::"),
        );
        types.all_components();
        let ops = ops::collect(&app.doc, &mut types);
        let summary = format!("{title}: {} operations.", ops.len());
        let mut text = header(&format!("apps/{}.json", app.name), &summary);
        text.push_str("use crate::GhlClient;\nuse crate::request::Request;\n\n");
        text.push_str("/// The types of the spec's schemas.\npub mod models {\n    use serde::{Deserialize, Serialize};\n\n");
        types.render(&mut text);
        text.push_str("}\n\n");
        ops::render(&mut text, &module, &title, &ops);
        files.insert(
            format!("{}.rs", module.trim_start_matches("r#")),
            rustfmt(&text)?,
        );
        for op in &ops {
            catalog.push_str(&ops::catalog_entry(&app.name, &module, op));
            calls.push_str(&ops::test_entry(&app.name, &module, op));
        }
        modules.push((app.name.clone(), module, title, ops.len()));
    }
    files.insert(
        "mod.rs".to_owned(),
        rustfmt(&module_file(&modules, &catalog))?,
    );
    let table = format!(
        "//! Every generated operation called with sample arguments (see `tests/apps.rs`).\n//!\n//! Generated by `cargo run -p xtask -- ghl-api`: do not edit.\n\nuse crate::Call;\n\n/// One entry per operation of GHL's specs, in spec order.\npub fn calls() -> Vec<Call> {{\n    vec![\n{calls}    ]\n}}\n"
    );
    files.insert(CALLS.to_owned(), rustfmt(&table)?);
    Ok(files)
}

fn header(source: &str, summary: &str) -> String {
    format!(
        "//! {summary}\n//!\n//! Generated from GHL's `{source}` by `cargo run -p xtask -- ghl-api`: do not edit;\n//! patch `ghl-client/spec-overlay.json` or the generator instead.\n#![allow(clippy::doc_markdown, clippy::large_enum_variant, clippy::struct_field_names, rustdoc::bare_urls, rustdoc::invalid_html_tags, rustdoc::broken_intra_doc_links)]\n\n"
    )
}

fn module_file(modules: &[(String, String, String, usize)], catalog: &str) -> String {
    let total: usize = modules.iter().map(|m| m.3).sum();
    let mut out = String::new();
    out.push_str(&format!(
        "//! GHL's whole API v2, generated from its official OpenAPI specs: {} apps, {total} operations.\n",
        modules.len()
    ));
    out.push_str(
        include_str!("apps_doc.md")
            .lines()
            .map(|l| {
                if l.is_empty() {
                    "//!\n".to_owned()
                } else {
                    format!("//! {l}\n")
                }
            })
            .collect::<String>()
            .as_str(),
    );
    out.push_str("//!\n//! | App | Feature | Handler | Operations |\n//! |---|---|---|---|\n");
    for (name, module, title, count) in modules {
        let m = module.trim_start_matches("r#");
        out.push_str(&format!(
            "//! | {title} | `api-{name}` | `{m}::{}Api` | {count} |\n",
            pascal(module)
        ));
    }
    out.push_str("//!\n//! Generated by `cargo run -p xtask -- ghl-api`: do not edit.\n\n");
    out.push_str(
        "mod support;\n\npub use support::{Operation, Paging, send_value};\n\npub mod common;\n\n",
    );
    for (name, module, _, _) in modules {
        out.push_str(&format!(
            "#[cfg(feature = \"api-{name}\")]\npub mod {module};\n"
        ));
    }
    out.push_str("\n/// Every generated app's handler, by name: `client.apps().conversations()`.\n#[derive(Debug, Clone)]\npub struct Apps {\n    #[cfg_attr(not(feature = \"full\"), allow(dead_code))] // used by the enabled apps\n    client: crate::GhlClient,\n}\n\nimpl crate::GhlClient {\n    /// The generated handlers of every app enabled by a feature (see [`crate::apps`]).\n    pub fn apps(&self) -> Apps {\n        Apps { client: self.clone() }\n    }\n}\n\nimpl Apps {\n");
    for (name, module, title, _) in modules {
        let m = module.trim_start_matches("r#");
        out.push_str(&format!(
            "    /// {title} (feature `api-{name}`).\n    #[cfg(feature = \"api-{name}\")]\n    pub fn {module}(&self) -> {m}::{}Api {{\n        {m}::{}Api::new(self.client.clone())\n    }}\n\n",
            pascal(module),
            pascal(module)
        ));
    }
    out.push_str("}\n\n");
    out.push_str(&format!(
        "/// Every operation of every app (whether or not its feature is on), in spec order.\npub const OPERATIONS: &[Operation] = &[\n{catalog}];\n\n/// The number of operations in GHL's specs.\npub const OPERATION_COUNT: usize = {total};\n"
    ));
    let _ = lit;
    out
}

fn rustfmt(text: &str) -> Result<String, String> {
    // The workspace's own configuration, wherever the task is run from.
    let config = workspace_root().join("rustfmt.toml");
    let mut child = Command::new("rustfmt")
        .args([
            "--edition",
            "2024",
            "--emit",
            "stdout",
            "--quiet",
            "--config-path",
        ])
        .arg(config)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("rustfmt: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("rustfmt: no stdin")?;
    let input = text.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child
        .wait_with_output()
        .map_err(|e| format!("rustfmt: {e}"))?;
    let _ = writer.join();
    if !output.status.success() {
        let dump = std::env::temp_dir().join("xtask-rustfmt-input.rs");
        let _ = std::fs::write(&dump, text);
        return Err(format!(
            "rustfmt failed (input saved to {}): {}",
            dump.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    String::from_utf8(output.stdout).map_err(|e| e.to_string())
}
