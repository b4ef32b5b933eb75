//! A new program whose only dependency is `ghl-notion` syncs the embedded sandbox in a few
//! lines: a fresh Cargo project in a temporary folder, built and run with `cargo run`.
//!
//! The project builds into `<target>/consumer` (its own target folder, kept between runs so
//! a rerun is incremental) with the workspace's `Cargo.lock`, offline. The first build
//! compiles every dependency, so this test takes minutes once and seconds afterwards; it
//! prints how long the build and run took.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// The whole program a user writes: at most 15 lines, one `use`.
const MAIN_RS: &str = r#"use ghl_notion::{Error, SyncMode, SyncService, block_on};

fn main() -> Result<(), Error> {
    let report = block_on(async {
        let service = SyncService::from_env().await?;
        service.run_once(SyncMode::Full).await
    })?;
    println!("written {} failed {}", report.writes(), report.failed());
    if report.failed() > 0 || report.writes() == 0 {
        std::process::exit(1);
    }
    Ok(())
}
"#;

/// What the default embedded sandbox holds (`ghl_notion::service::default_sandbox`).
const SANDBOX_CONTACTS: u64 = 120;
const SANDBOX_OPPORTUNITIES: u64 = 40;

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The workspace's target folder (`CARGO_TARGET_TMPDIR` is `<target>/tmp`).
fn target_dir() -> PathBuf {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    tmp.parent().unwrap_or(tmp).to_path_buf()
}

fn write_project(dir: &Path) {
    let crate_path = crate_dir()
        .canonicalize()
        .expect("the ghl-notion folder exists");
    std::fs::create_dir_all(dir.join("src")).expect("create the project folder");
    let manifest = format!(
        "[package]\nname = \"ghl-notion-consumer\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\nghl-notion = {{ path = {:?} }}\n\n# Build fast and small: this test checks what compiles and runs, not speed.\n[profile.dev]\ndebug = 0\nincremental = false\n",
        crate_path.display().to_string()
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).expect("write Cargo.toml");
    std::fs::write(dir.join("src/main.rs"), MAIN_RS).expect("write main.rs");
    let lock = crate_path.join("../Cargo.lock");
    std::fs::copy(&lock, dir.join("Cargo.lock")).expect("copy the workspace's Cargo.lock");
}

#[test]
fn a_fifteen_line_program_syncs_the_embedded_sandbox() {
    let lines: Vec<&str> = MAIN_RS.lines().collect();
    assert!(lines.len() <= 15, "main.rs has {} lines", lines.len());
    assert_eq!(
        lines
            .iter()
            .filter(|l| l.trim_start().starts_with("use "))
            .count(),
        1,
        "main.rs has exactly one use line"
    );

    let project = std::env::temp_dir().join(format!("ghl-notion-consumer-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&project);
    write_project(&project);
    let target = target_dir().join("consumer");
    let first_build = !target.join("debug").exists();

    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let started = Instant::now();
    let output = Command::new(cargo)
        .args(["run", "--offline", "--quiet"])
        .current_dir(&project)
        .env("CARGO_TARGET_DIR", &target)
        .env_remove("GHL_API_KEY")
        .env_remove("NOTION_TOKEN")
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    let took = started.elapsed();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    eprintln!(
        "consumer: build and run took {:.1} s ({} build) in {}",
        took.as_secs_f64(),
        if first_build { "first" } else { "incremental" },
        target.display()
    );
    let _ = std::fs::remove_dir_all(&project);

    assert!(
        output.status.success(),
        "the program failed ({}):\nstdout:\n{stdout}\nstderr:\n{stderr}",
        output.status
    );
    let line = stdout
        .lines()
        .find(|l| l.starts_with("written "))
        .unwrap_or_else(|| panic!("no counts printed:\n{stdout}\n{stderr}"));
    let numbers: Vec<u64> = line
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    assert_eq!(
        numbers,
        vec![SANDBOX_CONTACTS + SANDBOX_OPPORTUNITIES, 0],
        "{line}"
    );
}
