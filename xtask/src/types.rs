//! JSON schemas to Rust types: one struct per object schema, aliases for the rest.
//!
//! Every field is an `Option` (GHL omits and nulls fields its specs call required), so
//! decoding tolerates what the real API sends; the fields a schema requires are enforced
//! where a value is built, by the struct's `new`. Enumerations stay `String`s, their values
//! listed in the docs, so a value GHL adds tomorrow does not break decoding today.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use crate::names::{doc_lines, lit, pascal, snake, unique};
use crate::spec::split_ref;

/// The path of the module holding the shared schemas.
pub const COMMON: &str = "crate::apps::common";

/// One field of a generated struct.
pub struct Field {
    pub rust: String,
    pub json: String,
    pub ty: String,
    pub doc: Vec<String>,
    pub required: bool,
    /// The struct this field holds directly (not in a `Vec` or map), if any.
    pub holds: Option<String>,
}

/// One generated struct.
pub struct Struct {
    pub name: String,
    pub doc: Vec<String>,
    pub fields: Vec<Field>,
}

/// Where a list answer keeps its items and total.
pub struct ListShape {
    /// The list field.
    pub items: String,
    /// The item type.
    pub item: String,
    /// The total field and its type, if any.
    pub total: Option<(String, String)>,
}

/// One generated item: a struct, or an alias.
pub enum Item {
    Struct(Struct),
    Alias {
        name: String,
        doc: Vec<String>,
        ty: String,
    },
}

/// The types of one module.
pub struct Types<'a> {
    /// This module's component schemas.
    schemas: &'a Map<String, Value>,
    /// The absolute path of the module the types live in, with a trailing `::`.
    prefix: String,
    /// Rust names of this module's component schemas, by spec name.
    named: BTreeMap<String, String>,
    /// Rust names of the common schemas, by spec name.
    common_named: BTreeMap<String, String>,
    taken: BTreeSet<String>,
    pub items: Vec<Item>,
    done: BTreeSet<String>,
}

impl<'a> Types<'a> {
    /// The types of a module whose component schemas are `schemas`.
    pub fn new(
        schemas: &'a Map<String, Value>,
        common: &Map<String, Value>,
        prefix: String,
    ) -> Self {
        let mut taken = BTreeSet::new();
        let named = schemas
            .keys()
            .map(|k| (k.clone(), unique(pascal(k), &mut taken)))
            .collect();
        let mut common_taken = BTreeSet::new();
        let common_named = common
            .keys()
            .map(|k| (k.clone(), unique(pascal(k), &mut common_taken)))
            .collect();
        Self {
            schemas,
            prefix,
            named,
            common_named,
            taken,
            items: Vec::new(),
            done: BTreeSet::new(),
        }
    }

    /// Emits every component schema.
    pub fn all_components(&mut self) {
        let names: Vec<String> = self.schemas.keys().cloned().collect();
        for name in names {
            self.component(&name);
        }
    }

    fn component(&mut self, spec_name: &str) -> String {
        let rust = self.named[spec_name].clone();
        if self.done.insert(spec_name.to_owned()) {
            let schema = &self.schemas[spec_name];
            let doc = schema_doc(schema);
            self.define(&rust, schema, doc);
        }
        rust
    }

    /// A new name for an inline type, unique in the module.
    pub fn fresh(&mut self, hint: &str) -> String {
        unique(pascal(hint), &mut self.taken)
    }

    /// Defines `name` as the type of `schema`.
    fn define(&mut self, name: &str, schema: &Value, doc: Vec<String>) {
        if let Some(properties) = object_properties(schema) {
            let required: BTreeSet<&str> = schema
                .get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let mut field_names = BTreeSet::new();
            let mut fields = Vec::new();
            for (json, prop) in properties {
                let rust = unique(snake(json), &mut field_names);
                let ty = self.ty(prop, &format!("{name} {json}"));
                let holds = self.direct_struct(prop, &ty);
                fields.push(Field {
                    rust,
                    json: json.clone(),
                    ty,
                    doc: schema_doc(prop),
                    required: required.contains(json.as_str()),
                    holds,
                });
            }
            self.items.push(Item::Struct(Struct {
                name: name.to_owned(),
                doc,
                fields,
            }));
        } else {
            let ty = self.ty_not_named(schema, name);
            self.items.push(Item::Alias {
                name: name.to_owned(),
                doc,
                ty,
            });
        }
    }

    /// The struct a field of this schema holds directly, for the recursion check.
    fn direct_struct(&self, schema: &Value, ty: &str) -> Option<String> {
        let name = ty.strip_prefix(&self.prefix)?;
        (!name.contains("::") && schema.get("type").and_then(Value::as_str) != Some("array"))
            .then(|| name.to_owned())
    }

    /// The Rust type of `schema`; inline objects become structs named after `hint`.
    pub fn ty(&mut self, schema: &Value, hint: &str) -> String {
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            return self.reference(reference);
        }
        if object_properties(schema).is_some() {
            let name = self.fresh(hint);
            self.define(&name, schema, schema_doc(schema));
            return format!("{}{name}", self.prefix);
        }
        self.ty_not_named(schema, hint)
    }

    fn ty_not_named(&mut self, schema: &Value, hint: &str) -> String {
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            return self.reference(reference);
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            if let Some(parts) = schema.get(key).and_then(Value::as_array) {
                let parts: Vec<&Value> = parts.iter().filter(|p| !is_null_type(p)).collect();
                return match parts.as_slice() {
                    [only] => self.ty(only, hint),
                    _ => "serde_json::Value".to_owned(),
                };
            }
        }
        match type_name(schema) {
            Some("string") => "String".to_owned(),
            Some("integer") => "i64".to_owned(),
            Some("number") => "f64".to_owned(),
            Some("boolean") => "bool".to_owned(),
            Some("array") => match schema.get("items") {
                Some(items) if items.is_object() => {
                    format!("Vec<{}>", self.ty(items, &format!("{hint} item")))
                }
                _ => "Vec<serde_json::Value>".to_owned(),
            },
            Some("object") => "serde_json::Map<String, serde_json::Value>".to_owned(),
            _ => "serde_json::Value".to_owned(),
        }
    }

    fn reference(&mut self, reference: &str) -> String {
        match split_ref(reference) {
            Some(("", name)) if self.named.contains_key(name) => {
                let rust = self.component(name);
                format!("{}{rust}", self.prefix)
            }
            Some((file, name)) if file.ends_with("common-schemas.json") => {
                match self.common_named.get(name) {
                    Some(rust) => format!("{COMMON}::{rust}"),
                    None => "serde_json::Value".to_owned(),
                }
            }
            _ => "serde_json::Value".to_owned(),
        }
    }

    /// For a response type that is a struct with exactly one list field: that field's name
    /// and item type, and a numeric `total`/`count` field if there is one.
    pub fn list_shape(&self, ty: &str) -> Option<ListShape> {
        let name = ty.strip_prefix(&self.prefix)?;
        let s = self.items.iter().find_map(|item| match item {
            Item::Struct(s) if s.name == name => Some(s),
            _ => None,
        })?;
        let lists: Vec<&Field> = s
            .fields
            .iter()
            .filter(|f| f.ty.starts_with("Vec<"))
            .collect();
        let [list] = lists.as_slice() else {
            return None;
        };
        let item = list.ty.strip_prefix("Vec<")?.strip_suffix('>')?.to_owned();
        let total = s
            .fields
            .iter()
            .find(|f| {
                matches!(
                    f.json.as_str(),
                    "total" | "count" | "totalCount" | "total_count"
                ) && matches!(f.ty.as_str(), "f64" | "i64")
            })
            .map(|f| (f.rust.clone(), f.ty.clone()));
        Some(ListShape {
            items: list.rust.clone(),
            item,
            total,
        })
    }

    /// Writes every item, boxing the fields that would make a struct contain itself.
    pub fn render(&self, out: &mut String) {
        let boxed = self.recursive_fields();
        for item in &self.items {
            match item {
                Item::Alias { name, doc, ty } => {
                    push_doc(out, "", doc, &format!("`{name}` in the spec."));
                    out.push_str(&format!("pub type {name} = {ty};\n\n"));
                }
                Item::Struct(s) => render_struct(out, s, &boxed),
            }
        }
    }

    /// `(struct, field)` pairs whose type leads back to the struct.
    fn recursive_fields(&self) -> BTreeSet<(String, String)> {
        let mut edges: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for item in &self.items {
            if let Item::Struct(s) = item {
                edges.insert(
                    &s.name,
                    s.fields.iter().filter_map(|f| f.holds.as_deref()).collect(),
                );
            }
        }
        let reaches = |from: &str, to: &str| {
            let mut stack = vec![from];
            let mut seen = BTreeSet::new();
            while let Some(n) = stack.pop() {
                if n == to {
                    return true;
                }
                if seen.insert(n) {
                    stack.extend(edges.get(n).into_iter().flatten().copied());
                }
            }
            false
        };
        let mut out = BTreeSet::new();
        for item in &self.items {
            if let Item::Struct(s) = item {
                for f in &s.fields {
                    if let Some(target) = &f.holds
                        && reaches(target, &s.name)
                    {
                        out.insert((s.name.clone(), f.rust.clone()));
                    }
                }
            }
        }
        out
    }
}

fn render_struct(out: &mut String, s: &Struct, boxed: &BTreeSet<(String, String)>) {
    push_doc(out, "", &s.doc, &format!("`{}` in the spec.", s.name));
    out.push_str("#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]\n");
    out.push_str("#[non_exhaustive]\n");
    out.push_str(&format!("pub struct {} {{\n", s.name));
    let field_ty = |f: &Field| {
        if boxed.contains(&(s.name.clone(), f.rust.clone())) {
            format!("Box<{}>", f.ty)
        } else {
            f.ty.clone()
        }
    };
    for f in &s.fields {
        let mut doc = f.doc.clone();
        if f.required {
            doc.push(String::new());
            doc.push("Required by the spec.".to_owned());
        }
        push_doc(out, "    ", &doc, &format!("`{}`.", f.json));
        out.push_str(&format!(
            "    #[serde(rename = {}, default, skip_serializing_if = \"Option::is_none\")]\n",
            lit(&f.json)
        ));
        out.push_str(&format!("    pub {}: Option<{}>,\n", f.rust, field_ty(f)));
    }
    out.push_str("}\n\n");
    let required: Vec<&Field> = s.fields.iter().filter(|f| f.required).collect();
    if required.is_empty() {
        return;
    }
    out.push_str(&format!("impl {} {{\n", s.name));
    out.push_str(
        "    /// A value with the fields the spec requires; set the others on the result.\n",
    );
    if required.len() > 6 {
        out.push_str("    #[allow(clippy::too_many_arguments)]\n");
    }
    let args: Vec<String> = required
        .iter()
        .map(|f| {
            let arg = f.rust.as_str();
            let ty = field_ty(f);
            if ty == "String" {
                format!("{arg}: impl Into<String>")
            } else {
                format!("{arg}: {ty}")
            }
        })
        .collect();
    out.push_str(&format!("    pub fn new({}) -> Self {{\n", args.join(", ")));
    out.push_str("        Self {\n");
    for f in &required {
        let arg = f.rust.as_str();
        let value = if field_ty(f) == "String" {
            format!("{arg}.into()")
        } else {
            arg.to_owned()
        };
        out.push_str(&format!("            {}: Some({value}),\n", f.rust));
    }
    out.push_str("            ..Self::default()\n        }\n    }\n}\n\n");
}

/// Writes a doc comment: `lines`, or `fallback` when there are none.
pub fn push_doc(out: &mut String, indent: &str, lines: &[String], fallback: &str) {
    let meaningful = lines.iter().any(|l| !l.is_empty());
    if !meaningful {
        out.push_str(&format!("{indent}/// {fallback}\n"));
        return;
    }
    for line in lines {
        if line.is_empty() {
            out.push_str(&format!("{indent}///\n"));
        } else {
            out.push_str(&format!("{indent}/// {line}\n"));
        }
    }
}

/// A schema's description, then its allowed values and example, for docs.
pub fn schema_doc(schema: &Value) -> Vec<String> {
    let mut lines: Vec<String> = schema
        .get("description")
        .or_else(|| schema.get("title"))
        .and_then(Value::as_str)
        .map(doc_lines)
        .unwrap_or_default();
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        let values: Vec<String> = values
            .iter()
            .map(|v| format!("`{}`", v.to_string().replace('`', "'")))
            .collect();
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.extend(doc_lines(&format!("One of: {}.", values.join(", "))));
    }
    lines
}

/// The properties of an object schema with at least one.
pub fn object_properties(schema: &Value) -> Option<&Map<String, Value>> {
    schema
        .get("properties")
        .and_then(Value::as_object)
        .filter(|p| !p.is_empty())
}

fn type_name(schema: &Value) -> Option<&str> {
    match schema.get("type") {
        Some(Value::String(t)) => Some(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).find(|t| *t != "null"),
        _ => None,
    }
}

fn is_null_type(schema: &Value) -> bool {
    schema.get("type").and_then(Value::as_str) == Some("null")
}
