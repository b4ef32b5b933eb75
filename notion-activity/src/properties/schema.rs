//! Data-source schemas: [`PropertySchema`] (one column), [`Schema`] (an ordered set of
//! columns) and [`plan_migration`], which computes what an existing schema lacks without
//! touching what a user changed or added.
//!
//! ```
//! use notion_activity::properties::{Color, Schema, SelectOption};
//!
//! let schema = Schema::new()
//!     .title("Name")
//!     .rich_text("GHL Contact ID")
//!     .select("Stage", [SelectOption::new("Open").color(Color::Blue), SelectOption::new("Won").color(Color::Green)])
//!     .checkbox("Managed by sync");
//! let json = schema.to_json();
//! assert_eq!(json["Stage"]["select"]["options"][1]["color"], "green");
//! ```

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use crate::ids::DataSourceId;
use crate::properties::text::sanitize_option_name;
use crate::properties::value::PropertyKind;

/// Option colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Color {
    #[default]
    Default,
    Gray,
    Brown,
    Orange,
    Yellow,
    Green,
    Blue,
    Purple,
    Pink,
    Red,
}

/// One option of a select, multi-select or status property.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelectOption {
    /// Notion's id of the option (set when read back).
    pub id: Option<String>,
    /// The name (made valid when serialized).
    pub name: String,
    /// The colour (Notion picks one when `None`).
    pub color: Option<Color>,
}

impl SelectOption {
    /// An option named `name`, colour left to Notion.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            id: None,
            name: name.into(),
            color: None,
        }
    }

    /// Sets the colour.
    pub fn color(mut self, color: Color) -> Self {
        self.color = Some(color);
        self
    }

    fn to_json(&self) -> Option<Value> {
        let mut obj = Map::new();
        if let Some(id) = &self.id {
            obj.insert("id".into(), json!(id));
        }
        obj.insert("name".into(), json!(sanitize_option_name(&self.name)?));
        if let Some(c) = self.color {
            obj.insert("color".into(), json!(c));
        }
        Some(Value::Object(obj))
    }

    fn from_json(v: &Value) -> Option<Self> {
        Some(Self {
            id: v.get("id").and_then(Value::as_str).map(str::to_owned),
            name: v.get("name")?.as_str()?.to_owned(),
            color: v
                .get("color")
                .and_then(|c| serde_json::from_value(c.clone()).ok()),
        })
    }
}

/// The configuration of one property (column) of a data source.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PropertySchema {
    /// The title column (exactly one per data source).
    Title,
    /// Rich text.
    RichText,
    /// A number, with an optional format (`"number"`, `"dollar"`, `"percent"`, …).
    Number {
        /// Notion's number format.
        format: Option<String>,
    },
    /// A select with its options.
    Select {
        /// The options.
        options: Vec<SelectOption>,
    },
    /// A multi-select with its options.
    MultiSelect {
        /// The options.
        options: Vec<SelectOption>,
    },
    /// A status with its options.
    Status {
        /// The options.
        options: Vec<SelectOption>,
    },
    /// A date.
    Date,
    /// A checkbox.
    Checkbox,
    /// A URL.
    Url,
    /// An email.
    Email,
    /// A phone number.
    PhoneNumber,
    /// People.
    People,
    /// A relation to another data source.
    Relation {
        /// The related data source.
        data_source_id: DataSourceId,
        /// `dual_property` (a synced back-relation) instead of `single_property`.
        dual: bool,
    },
    /// Any other type, kept as read.
    Other {
        /// Notion's type name.
        kind: String,
        /// Its configuration object.
        config: Value,
    },
}

fn options_json(options: &[SelectOption]) -> Value {
    json!({"options": options.iter().filter_map(SelectOption::to_json).collect::<Vec<_>>()})
}

fn read_options(config: &Value) -> Vec<SelectOption> {
    config
        .get("options")
        .and_then(Value::as_array)
        .map(|opts| opts.iter().filter_map(SelectOption::from_json).collect())
        .unwrap_or_default()
}

impl PropertySchema {
    /// A select with `options`.
    pub fn select(options: impl IntoIterator<Item = SelectOption>) -> Self {
        Self::Select {
            options: options.into_iter().collect(),
        }
    }

    /// A multi-select with `options`.
    pub fn multi_select(options: impl IntoIterator<Item = SelectOption>) -> Self {
        Self::MultiSelect {
            options: options.into_iter().collect(),
        }
    }

    /// A one-way relation to `data_source_id`.
    pub fn relation(data_source_id: impl Into<DataSourceId>) -> Self {
        Self::Relation {
            data_source_id: data_source_id.into(),
            dual: false,
        }
    }

    /// The property type.
    pub fn kind(&self) -> PropertyKind {
        match self {
            Self::Title => PropertyKind::Title,
            Self::RichText => PropertyKind::RichText,
            Self::Number { .. } => PropertyKind::Number,
            Self::Select { .. } => PropertyKind::Select,
            Self::MultiSelect { .. } => PropertyKind::MultiSelect,
            Self::Status { .. } => PropertyKind::Status,
            Self::Date => PropertyKind::Date,
            Self::Checkbox => PropertyKind::Checkbox,
            Self::Url => PropertyKind::Url,
            Self::Email => PropertyKind::Email,
            Self::PhoneNumber => PropertyKind::PhoneNumber,
            Self::People => PropertyKind::People,
            Self::Relation { .. } => PropertyKind::Relation,
            Self::Other { kind, .. } => PropertyKind::Other(kind.clone()),
        }
    }

    /// The options of a select, multi-select or status.
    pub fn options(&self) -> Option<&[SelectOption]> {
        match self {
            Self::Select { options } | Self::MultiSelect { options } | Self::Status { options } => {
                Some(options)
            }
            _ => None,
        }
    }

    /// The schema JSON for a create or update body (`{"select": {"options": […]}}`).
    pub fn to_json(&self) -> Value {
        match self {
            Self::Title => json!({"title": {}}),
            Self::RichText => json!({"rich_text": {}}),
            Self::Number { format } => match format {
                Some(f) => json!({"number": {"format": f}}),
                None => json!({"number": {}}),
            },
            Self::Select { options } => json!({"select": options_json(options)}),
            Self::MultiSelect { options } => json!({"multi_select": options_json(options)}),
            Self::Status { options } => json!({"status": options_json(options)}),
            Self::Date => json!({"date": {}}),
            Self::Checkbox => json!({"checkbox": {}}),
            Self::Url => json!({"url": {}}),
            Self::Email => json!({"email": {}}),
            Self::PhoneNumber => json!({"phone_number": {}}),
            Self::People => json!({"people": {}}),
            Self::Relation {
                data_source_id,
                dual,
            } => {
                let (key, cfg) = if *dual {
                    ("dual_property", json!({}))
                } else {
                    ("single_property", json!({}))
                };
                json!({"relation": {"data_source_id": data_source_id.as_str(), "type": key, key: cfg}})
            }
            Self::Other { kind, config } => json!({ kind.clone(): config }),
        }
    }

    /// Reads a property object of a data source (`{"id","name","type":"select","select":{…}}`).
    pub fn from_json(property: &Value) -> Self {
        let kind = property
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or("unknown");
        let config = property.get(kind).cloned().unwrap_or(Value::Null);
        match kind {
            "title" => Self::Title,
            "rich_text" => Self::RichText,
            "number" => Self::Number {
                format: config
                    .get("format")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
            },
            "select" => Self::Select {
                options: read_options(&config),
            },
            "multi_select" => Self::MultiSelect {
                options: read_options(&config),
            },
            "status" => Self::Status {
                options: read_options(&config),
            },
            "date" => Self::Date,
            "checkbox" => Self::Checkbox,
            "url" => Self::Url,
            "email" => Self::Email,
            "phone_number" => Self::PhoneNumber,
            "people" => Self::People,
            "relation" => Self::Relation {
                data_source_id: DataSourceId::from(
                    config
                        .get("data_source_id")
                        .and_then(Value::as_str)
                        .unwrap_or_default(),
                ),
                dual: config.get("type").and_then(Value::as_str) == Some("dual_property"),
            },
            other => Self::Other {
                kind: other.to_owned(),
                config,
            },
        }
    }
}

/// An ordered set of named properties: the columns a data source should have.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Schema {
    /// The properties, in order.
    pub properties: Vec<(String, PropertySchema)>,
}

impl Schema {
    /// An empty schema.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds (or replaces) a property.
    pub fn with(mut self, name: impl Into<String>, property: PropertySchema) -> Self {
        let name = name.into();
        self.properties.retain(|(n, _)| *n != name);
        self.properties.push((name, property));
        self
    }

    /// Adds the title property.
    pub fn title(self, name: impl Into<String>) -> Self {
        self.with(name, PropertySchema::Title)
    }

    /// Adds a rich-text property.
    pub fn rich_text(self, name: impl Into<String>) -> Self {
        self.with(name, PropertySchema::RichText)
    }

    /// Adds a number property.
    pub fn number(self, name: impl Into<String>) -> Self {
        self.with(name, PropertySchema::Number { format: None })
    }

    /// Adds a select property with `options`.
    pub fn select(
        self,
        name: impl Into<String>,
        options: impl IntoIterator<Item = SelectOption>,
    ) -> Self {
        self.with(name, PropertySchema::select(options))
    }

    /// Adds a date property.
    pub fn date(self, name: impl Into<String>) -> Self {
        self.with(name, PropertySchema::Date)
    }

    /// Adds a checkbox property.
    pub fn checkbox(self, name: impl Into<String>) -> Self {
        self.with(name, PropertySchema::Checkbox)
    }

    /// Adds a URL property.
    pub fn url(self, name: impl Into<String>) -> Self {
        self.with(name, PropertySchema::Url)
    }

    /// The property named `name`.
    pub fn get(&self, name: &str) -> Option<&PropertySchema> {
        self.properties
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, p)| p)
    }

    /// The name of the title property, if any.
    pub fn title_name(&self) -> Option<&str> {
        self.properties
            .iter()
            .find(|(_, p)| *p == PropertySchema::Title)
            .map(|(n, _)| n.as_str())
    }

    /// The `properties` object of a create body.
    pub fn to_json(&self) -> Value {
        Value::Object(
            self.properties
                .iter()
                .map(|(n, p)| (n.clone(), p.to_json()))
                .collect(),
        )
    }

    /// Reads a data source's `properties` object.
    pub fn from_json(properties: &Map<String, Value>) -> Self {
        Self {
            properties: properties
                .iter()
                .map(|(name, p)| {
                    let name = p
                        .get("name")
                        .and_then(Value::as_str)
                        .unwrap_or(name)
                        .to_owned();
                    (name, PropertySchema::from_json(p))
                })
                .collect(),
        }
    }
}

/// A property whose type differs from the wanted one; it is left as the user made it.
#[derive(Debug, Clone, PartialEq)]
pub struct Mismatch {
    /// The property name.
    pub name: String,
    /// The type wanted.
    pub wanted: PropertyKind,
    /// The type found.
    pub found: PropertyKind,
}

/// What [`plan_migration`] found: properties and options to add, and what it leaves alone.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SchemaPatch {
    /// Properties to add, with their full configuration.
    pub add: Vec<(String, PropertySchema)>,
    /// Select-like properties whose options must be extended: the full list to send (the
    /// existing options, by id, followed by the missing ones).
    pub extend_options: Vec<(String, PropertySchema)>,
    /// Properties whose type differs (left untouched; values are converted or skipped).
    pub mismatched: Vec<Mismatch>,
    /// The wanted title name and the existing title property used instead (never renamed).
    pub title_alias: Option<(String, String)>,
}

impl SchemaPatch {
    /// Whether nothing needs to be sent.
    pub fn is_empty(&self) -> bool {
        self.add.is_empty() && self.extend_options.is_empty()
    }

    /// The `properties` object of a data-source update body.
    pub fn to_json(&self) -> Value {
        Value::Object(
            self.add
                .iter()
                .chain(&self.extend_options)
                .map(|(n, p)| (n.clone(), p.to_json()))
                .collect(),
        )
    }
}

/// Compares the `wanted` schema with the `existing` one and lists only additions: missing
/// properties, and missing options of select-like properties. Nothing is renamed, retyped or
/// deleted; properties a user added are not mentioned at all.
pub fn plan_migration(wanted: &Schema, existing: &Schema) -> SchemaPatch {
    let mut patch = SchemaPatch::default();
    for (name, want) in &wanted.properties {
        if *want == PropertySchema::Title {
            match existing.title_name() {
                Some(found) if found != name => {
                    patch.title_alias = Some((name.clone(), found.to_owned()));
                }
                Some(_) => {}
                None => patch.add.push((name.clone(), want.clone())),
            }
            continue;
        }
        let Some(have) = existing.get(name) else {
            patch.add.push((name.clone(), want.clone()));
            continue;
        };
        if have.kind() != want.kind() {
            patch.mismatched.push(Mismatch {
                name: name.clone(),
                wanted: want.kind(),
                found: have.kind(),
            });
            continue;
        }
        let (Some(want_opts), Some(have_opts)) = (want.options(), have.options()) else {
            continue;
        };
        let have_names: Vec<Option<String>> = have_opts
            .iter()
            .map(|o| sanitize_option_name(&o.name))
            .collect();
        let missing: Vec<SelectOption> = want_opts
            .iter()
            .filter(|o| !have_names.contains(&sanitize_option_name(&o.name)))
            .cloned()
            .collect();
        if missing.is_empty() {
            continue;
        }
        let mut options: Vec<SelectOption> = have_opts.to_vec();
        options.extend(missing);
        let full = match have {
            PropertySchema::MultiSelect { .. } => PropertySchema::MultiSelect { options },
            PropertySchema::Status { .. } => PropertySchema::Status { options },
            _ => PropertySchema::Select { options },
        };
        patch.extend_options.push((name.clone(), full));
    }
    patch
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_it_writes() {
        let wanted = Schema::new()
            .title("Name")
            .select("Stage", [SelectOption::new("Open").color(Color::Blue)])
            .with("Related", PropertySchema::relation("ds-1"));
        let mut read = Map::new();
        for (i, (name, p)) in wanted.properties.iter().enumerate() {
            let mut obj = p.to_json();
            let kind = p.kind().as_str().to_owned();
            obj["id"] = json!(format!("id{i}"));
            obj["name"] = json!(name);
            obj["type"] = json!(kind);
            read.insert(name.clone(), obj);
        }
        let back = Schema::from_json(&read);
        assert!(plan_migration(&wanted, &back).is_empty());
    }

    #[test]
    fn migration_only_adds() {
        let wanted = Schema::new()
            .title("Entity Name")
            .select(
                "Action",
                [SelectOption::new("Created"), SelectOption::new("Deleted")],
            )
            .rich_text("Details")
            .date("Timestamp");
        let existing = Schema::new()
            .title("Name")
            .with(
                "Action",
                PropertySchema::Select {
                    options: vec![SelectOption {
                        id: Some("a1".into()),
                        name: "Created".into(),
                        color: Some(Color::Green),
                    }],
                },
            )
            .number("Details")
            .checkbox("User column");
        let patch = plan_migration(&wanted, &existing);
        assert_eq!(
            patch.title_alias,
            Some(("Entity Name".into(), "Name".into()))
        );
        assert_eq!(
            patch.add,
            vec![("Timestamp".to_owned(), PropertySchema::Date)]
        );
        assert_eq!(patch.mismatched.len(), 1);
        assert_eq!(patch.mismatched[0].name, "Details");
        let json = patch.to_json();
        assert_eq!(
            json["Action"]["select"]["options"],
            json!([{"id": "a1", "name": "Created", "color": "green"}, {"name": "Deleted"}])
        );
        assert!(json.get("User column").is_none() && json.get("Name").is_none());
    }
}
