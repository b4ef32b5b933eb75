//! Helpers of the chaos and crash tests: the sandbox's own view of both worlds
//! (`GET /_sandbox/state`) and the comparison of a Notion mirror table with the GHL records it
//! mirrors, independent of the product's code.
//!
//! The comparison reads the Notion emulator's pages directly, not through the sink, so a bug
//! in how the product reads rows back cannot hide a bug in how it writes them. A table
//! matches when every GHL record has exactly one live row (no **missing** keys, no
//! **duplicates**), no live row belongs to a record GHL no longer has (**extra**), and every
//! live row shows the record's current values (no **stale** rows).
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::time::Duration;

use serde_json::Value;

/// A control-API client (`…/_sandbox`) that bypasses any system proxy.
#[derive(Debug, Clone)]
pub struct Control {
    http: reqwest::Client,
    url: String,
}

impl Control {
    /// A client of the control API at `url` (`http://host:port/_sandbox`).
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            http: reqwest::Client::builder()
                .no_proxy()
                .timeout(Duration::from_secs(30))
                .build()
                .expect("an HTTP client"),
            url: url.into(),
        }
    }

    /// Sends `method path` with an optional JSON body; panics unless the answer is 2xx, and
    /// returns its JSON (`null` for an empty body).
    pub async fn call(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        let mut request = self
            .http
            .request(method.clone(), format!("{}{path}", self.url));
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("the control API answers");
        let status = response.status();
        let text = response.text().await.expect("a body");
        assert!(status.is_success(), "{method} {path}: {status} {text}");
        if text.trim().is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).expect("control answers are JSON")
        }
    }

    /// Both worlds as the sandbox holds them.
    pub async fn world(&self) -> World {
        World(self.call(reqwest::Method::GET, "/state", None).await)
    }

    /// The sandbox's counters.
    pub async fn stats(&self) -> Value {
        self.call(reqwest::Method::GET, "/stats", None).await
    }
}

/// `GET /_sandbox/state`: GHL's records and Notion's pages.
#[derive(Debug, Clone)]
pub struct World(pub Value);

/// A Notion id without dashes, lowercased, so ids from different renderings compare equal.
pub fn normalize_id(id: &str) -> String {
    id.chars()
        .filter(|c| *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

fn plain_text(parts: &Value) -> String {
    parts
        .as_array()
        .map(|parts| {
            parts
                .iter()
                .filter_map(|p| p["plain_text"].as_str().or(p["text"]["content"].as_str()))
                .collect()
        })
        .unwrap_or_default()
}

/// A page property as text: titles and texts joined, multi-selects sorted and joined with
/// commas, numbers and checkboxes printed, empty values as "".
pub fn property_text(page: &Value, name: &str) -> String {
    let property = &page["properties"][name];
    let kind = property["type"].as_str().unwrap_or_default();
    let value = &property[kind];
    match kind {
        "title" | "rich_text" => plain_text(value),
        "select" | "status" => value["name"].as_str().unwrap_or_default().to_owned(),
        "multi_select" => {
            let mut names: Vec<&str> = value
                .as_array()
                .map(|options| options.iter().filter_map(|o| o["name"].as_str()).collect())
                .unwrap_or_default();
            names.sort_unstable();
            names.join(",")
        }
        _ => match value {
            Value::Null => String::new(),
            Value::String(s) => s.clone(),
            other => other.to_string(),
        },
    }
}

impl World {
    /// GHL records of one kind (`contacts`, `opportunities`).
    pub fn ghl(&self, kind: &str) -> Vec<Value> {
        self.0["ghl"][kind].as_array().cloned().unwrap_or_default()
    }

    /// The ids of the live Notion data sources titled `title`.
    pub fn data_sources_titled(&self, title: &str) -> Vec<String> {
        self.0["notion"]["data_sources"]
            .as_array()
            .map(|sources| {
                sources
                    .iter()
                    .filter(|d| !d["in_trash"].as_bool().unwrap_or(false))
                    .filter(|d| plain_text(&d["title"]) == title)
                    .filter_map(|d| d["id"].as_str().map(normalize_id))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Every page (trashed ones too) of the data sources titled `title`.
    pub fn pages_of(&self, title: &str) -> Vec<Value> {
        let sources: BTreeSet<String> = self.data_sources_titled(title).into_iter().collect();
        self.0["notion"]["pages"]
            .as_array()
            .map(|pages| {
                pages
                    .iter()
                    .filter(|p| {
                        p["parent"]["data_source_id"]
                            .as_str()
                            .is_some_and(|ds| sources.contains(&normalize_id(ds)))
                    })
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// Whether a page is in the trash.
pub fn trashed(page: &Value) -> bool {
    page["in_trash"].as_bool().unwrap_or(false) || page["archived"].as_bool().unwrap_or(false)
}

/// The values a contact's row must show: `(property, value)`.
pub fn contact_fields(contact: &Value) -> Vec<(&'static str, String)> {
    let text = |name: &str| contact[name].as_str().unwrap_or_default().to_owned();
    let mut tags: Vec<&str> = contact["tags"]
        .as_array()
        .map(|t| t.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    tags.sort_unstable();
    let mut fields = vec![
        ("Email", text("email")),
        ("City", text("city")),
        ("Company", text("companyName")),
        ("Tags", tags.join(",")),
    ];
    if contact["name"].is_string() {
        fields.push(("Name", text("name")));
    }
    fields
}

/// The values an opportunity's row must show: `(property, value)`.
pub fn opportunity_fields(opportunity: &Value) -> Vec<(&'static str, String)> {
    let text = |name: &str| opportunity[name].as_str().unwrap_or_default().to_owned();
    vec![("Name", text("name")), ("Status", text("status"))]
}

/// How one mirror table compares with GHL.
#[derive(Debug, Clone, Default)]
pub struct TableCheck {
    /// The Notion title.
    pub title: String,
    /// Notion data sources with that title (1 unless a table was created twice).
    pub data_sources: usize,
    /// GHL records.
    pub records: usize,
    /// Live (not trashed) rows.
    pub live_rows: usize,
    /// Trashed rows.
    pub trashed_rows: usize,
    /// Records without a live row.
    pub missing: Vec<String>,
    /// Keys with more than one live row.
    pub duplicates: Vec<String>,
    /// Live rows whose record GHL no longer has.
    pub extra: Vec<String>,
    /// Live rows showing an old value: `key: property want ≠ got`.
    pub stale: Vec<String>,
}

impl TableCheck {
    /// Whether the table matches GHL exactly.
    pub fn is_clean(&self) -> bool {
        self.data_sources == 1
            && self.missing.is_empty()
            && self.duplicates.is_empty()
            && self.extra.is_empty()
            && self.stale.is_empty()
    }
}

/// Compares the Notion table `title` (rows keyed by `key_property`) with `records`, each
/// expected to show `expect(record)`.
pub fn check_mirror(
    world: &World,
    title: &str,
    key_property: &str,
    records: &[Value],
    expect: fn(&Value) -> Vec<(&'static str, String)>,
) -> TableCheck {
    let pages = world.pages_of(title);
    let mut live: BTreeMap<String, Vec<&Value>> = BTreeMap::new();
    let mut check = TableCheck {
        title: title.to_owned(),
        data_sources: world.data_sources_titled(title).len(),
        records: records.len(),
        ..TableCheck::default()
    };
    for page in &pages {
        if trashed(page) {
            check.trashed_rows += 1;
        } else {
            check.live_rows += 1;
            live.entry(property_text(page, key_property))
                .or_default()
                .push(page);
        }
    }
    let mut ids = BTreeSet::new();
    for record in records {
        let id = record["id"].as_str().unwrap_or_default().to_owned();
        ids.insert(id.clone());
        let Some(rows) = live.get(&id) else {
            check.missing.push(id);
            continue;
        };
        if rows.len() > 1 {
            check.duplicates.push(format!("{id} ×{}", rows.len()));
        }
        // Stale when no live row shows the record's values (a duplicate is reported as one).
        let wanted = expect(record);
        let differences = |row: &Value| -> Vec<String> {
            wanted
                .iter()
                .filter_map(|(property, want)| {
                    let got = property_text(row, property);
                    (got != *want).then(|| format!("{property} {want:?} ≠ {got:?}"))
                })
                .collect()
        };
        let all: Vec<Vec<String>> = rows.iter().map(|row| differences(row)).collect();
        if all.iter().all(|d| !d.is_empty()) {
            check.stale.push(format!("{id}: {}", all[0].join(", ")));
        }
    }
    check.extra = live
        .iter()
        .filter(|(key, _)| !ids.contains(*key))
        .map(|(key, rows)| format!("{key} ×{}", rows.len()))
        .collect();
    check
}

/// The checks as a table of counts, then the first few keys of each problem.
pub fn render(checks: &[TableCheck]) -> String {
    let mut out = format!(
        "{:<22} {:>3} {:>7} {:>5} {:>7} {:>7} {:>4} {:>5} {:>5}\n",
        "table", "ds", "records", "live", "trashed", "missing", "dup", "extra", "stale"
    );
    for c in checks {
        let _ = writeln!(
            out,
            "{:<22} {:>3} {:>7} {:>5} {:>7} {:>7} {:>4} {:>5} {:>5}",
            c.title,
            c.data_sources,
            c.records,
            c.live_rows,
            c.trashed_rows,
            c.missing.len(),
            c.duplicates.len(),
            c.extra.len(),
            c.stale.len()
        );
    }
    for c in checks {
        for (what, keys) in [
            ("missing", &c.missing),
            ("duplicates", &c.duplicates),
            ("extra", &c.extra),
            ("stale", &c.stale),
        ] {
            if !keys.is_empty() {
                let shown: Vec<&str> = keys.iter().take(5).map(String::as_str).collect();
                let _ = writeln!(out, "  {} {what}: {}", c.title, shown.join("; "));
            }
        }
    }
    out
}

/// The injected faults counted by the sandbox (`api:kind` → count).
pub fn injected_faults(stats: &Value) -> BTreeMap<String, u64> {
    stats["faults"]
        .as_object()
        .map(|faults| {
            faults
                .iter()
                .map(|(k, v)| (k.clone(), v.as_u64().unwrap_or(0)))
                .collect()
        })
        .unwrap_or_default()
}
