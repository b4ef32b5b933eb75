//! Loading GHL's specs and applying the overlay of patches.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

/// One app's spec, patched.
pub struct App {
    /// The spec file's stem (`social-media-posting`).
    pub name: String,
    /// The patched document.
    pub doc: Value,
}

/// Every app spec plus the shared schemas, patched.
pub struct Specs {
    /// The apps in file-name order.
    pub apps: Vec<App>,
    /// `common/common-schemas.json`'s `components.schemas`.
    pub common: Map<String, Value>,
}

/// Reads `dir/apps/*.json` and `dir/common/common-schemas.json` and applies `overlay`.
pub fn load(dir: &Path, overlay: &Path) -> Result<Specs, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("apps"))
        .map_err(|e| format!("{}: {e}", dir.join("apps").display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut apps = Vec::new();
    for file in files {
        let name = file
            .file_stem()
            .and_then(|s| s.to_str())
            .ok_or_else(|| format!("{}: odd file name", file.display()))?
            .to_owned();
        apps.push(App {
            name,
            doc: read_json(&file)?,
        });
    }
    let mut common_doc = read_json(&dir.join("common/common-schemas.json"))?;
    let overlay = read_json(overlay)?;
    let patches = overlay
        .get("patches")
        .and_then(Value::as_array)
        .ok_or("the overlay has no `patches` array")?;
    for (i, patch) in patches.iter().enumerate() {
        let field = |k: &str| patch.get(k).and_then(Value::as_str);
        let (Some(app), Some(pointer), Some(_reason)) =
            (field("app"), field("pointer"), field("reason"))
        else {
            return Err(format!("overlay patch {i}: needs app, pointer and reason"));
        };
        let doc = if app == "common" {
            &mut common_doc
        } else {
            &mut apps
                .iter_mut()
                .find(|a| a.name == app)
                .ok_or_else(|| format!("overlay patch {i}: no app {app}"))?
                .doc
        };
        apply(doc, pointer, patch.get("value"))
            .map_err(|e| format!("overlay patch {i} ({app} {pointer}): {e}"))?;
    }
    let common = common_doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    Ok(Specs { apps, common })
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Sets (`Some`) or removes (`None`) the value at a JSON pointer whose parent exists.
fn apply(doc: &mut Value, pointer: &str, value: Option<&Value>) -> Result<(), String> {
    let (parent, last) = pointer
        .rsplit_once('/')
        .ok_or("the pointer must start with /")?;
    let last = last.replace("~1", "/").replace("~0", "~");
    let parent = doc
        .pointer_mut(parent)
        .ok_or("the pointer's parent is not in the spec")?;
    match (parent, value) {
        (Value::Object(map), Some(v)) => {
            map.insert(last, v.clone());
        }
        (Value::Object(map), None) => {
            map.remove(&last).ok_or("nothing to remove there")?;
        }
        (Value::Array(items), value) => {
            let i: usize = last.parse().map_err(|_| "not an array index")?;
            if i >= items.len() {
                return Err("array index out of range".into());
            }
            match value {
                Some(v) => items[i] = v.clone(),
                None => {
                    items.remove(i);
                }
            }
        }
        _ => return Err("the pointer's parent is neither an object nor an array".into()),
    }
    Ok(())
}

/// A `$ref` split into its file (empty for this one) and schema name.
pub fn split_ref(reference: &str) -> Option<(&str, &str)> {
    let (file, pointer) = reference.split_once('#')?;
    let name = pointer.strip_prefix("/components/schemas/")?;
    Some((file, name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn patches_set_replace_and_remove() {
        let mut doc = json!({"a": {"b~c/d": 1, "list": [1, 2]}});
        apply(&mut doc, "/a/b~0c~1d", Some(&json!(2))).unwrap();
        apply(&mut doc, "/a/new", Some(&json!("x"))).unwrap();
        apply(&mut doc, "/a/list/1", Some(&json!(3))).unwrap();
        assert_eq!(doc, json!({"a": {"b~c/d": 2, "new": "x", "list": [1, 3]}}));
        apply(&mut doc, "/a/new", None).unwrap();
        assert!(apply(&mut doc, "/a/new", None).is_err());
        assert!(apply(&mut doc, "/missing/x", Some(&json!(1))).is_err());
        assert!(apply(&mut doc, "/a/list/9", Some(&json!(1))).is_err());
    }

    #[test]
    fn refs_split() {
        assert_eq!(split_ref("#/components/schemas/Foo"), Some(("", "Foo")));
        assert_eq!(
            split_ref("../common/common-schemas.json#/components/schemas/Bar"),
            Some(("../common/common-schemas.json", "Bar"))
        );
        assert_eq!(split_ref("#/paths/x"), None);
    }
}
