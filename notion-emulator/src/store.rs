//! The in-memory workspace: databases, data sources, pages, page content (blocks) and users,
//! plus the id generator.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::ids::IdGen;
use crate::schema::{PropertySchema, SchemaEnv};

/// A database: a container of data sources under a page.
#[derive(Debug, Clone)]
pub(crate) struct Database {
    pub(crate) id: String,
    pub(crate) parent_page_id: String,
    pub(crate) title: Vec<Value>,
    pub(crate) description: Vec<Value>,
    pub(crate) is_inline: bool,
    pub(crate) is_locked: bool,
    pub(crate) in_trash: bool,
    pub(crate) icon: Value,
    pub(crate) cover: Value,
    pub(crate) created_time: DateTime<Utc>,
    pub(crate) last_edited_time: DateTime<Utc>,
    pub(crate) created_by: String,
    pub(crate) last_edited_by: String,
    pub(crate) data_source_ids: Vec<String>,
    pub(crate) seq: u64,
}

/// A data source: a schema and its rows.
#[derive(Debug, Clone)]
pub(crate) struct DataSource {
    pub(crate) id: String,
    pub(crate) database_id: String,
    pub(crate) title: Vec<Value>,
    pub(crate) description: Vec<Value>,
    pub(crate) properties: Vec<PropertySchema>,
    pub(crate) in_trash: bool,
    pub(crate) icon: Value,
    pub(crate) created_time: DateTime<Utc>,
    pub(crate) last_edited_time: DateTime<Utc>,
    pub(crate) created_by: String,
    pub(crate) last_edited_by: String,
    pub(crate) next_unique_id: u64,
    pub(crate) seq: u64,
}

/// Where a page lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PageParent {
    /// A row of a data source.
    DataSource(String),
    /// A sub-page of a page.
    Page(String),
    /// A top-level workspace page.
    Workspace,
}

/// A page (a row when its parent is a data source).
#[derive(Debug, Clone)]
pub(crate) struct Page {
    pub(crate) id: String,
    pub(crate) parent: PageParent,
    /// Stored values keyed by property id (for non-row pages: `title`).
    pub(crate) values: HashMap<String, Value>,
    pub(crate) unique_number: u64,
    pub(crate) in_trash: bool,
    pub(crate) is_locked: bool,
    pub(crate) icon: Value,
    pub(crate) cover: Value,
    pub(crate) created_time: DateTime<Utc>,
    pub(crate) last_edited_time: DateTime<Utc>,
    pub(crate) created_by: String,
    pub(crate) last_edited_by: String,
    pub(crate) seq: u64,
}

/// What holds a block: a page (its content) or another block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum BlockParent {
    /// A top-level block of a page's content.
    Page(String),
    /// A block nested in another block.
    Block(String),
}

/// One block of page content.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    pub(crate) id: String,
    pub(crate) parent: BlockParent,
    /// The block type (`paragraph`, `to_do`, …).
    pub(crate) kind: String,
    /// The type's object as answered: validated, defaults filled in, without `children`.
    pub(crate) content: Value,
    pub(crate) in_trash: bool,
    pub(crate) created_time: DateTime<Utc>,
    pub(crate) last_edited_time: DateTime<Utc>,
    pub(crate) created_by: String,
    pub(crate) last_edited_by: String,
}

/// Everything the emulator holds.
#[derive(Debug, Clone)]
pub(crate) struct Store {
    pub(crate) ids: IdGen,
    pub(crate) seq: u64,
    pub(crate) bot_user_id: String,
    pub(crate) person_user_id: String,
    pub(crate) parent_page_id: String,
    pub(crate) databases: HashMap<String, Database>,
    pub(crate) data_sources: HashMap<String, DataSource>,
    pub(crate) pages: HashMap<String, Page>,
    pub(crate) blocks: HashMap<String, Block>,
    /// The ordered child block ids of each page or block that has any.
    pub(crate) children: HashMap<String, Vec<String>>,
}

impl Store {
    /// A fresh workspace holding one top-level page, created at `now`.
    pub(crate) fn new(seed: u64, now: DateTime<Utc>) -> Self {
        let mut ids = IdGen::new(seed);
        let bot_user_id = ids.uuid();
        let person_user_id = ids.uuid();
        let parent_page_id = ids.uuid();
        let mut store = Self {
            ids,
            seq: 0,
            bot_user_id,
            person_user_id: person_user_id.clone(),
            parent_page_id: parent_page_id.clone(),
            databases: HashMap::new(),
            data_sources: HashMap::new(),
            pages: HashMap::new(),
            blocks: HashMap::new(),
            children: HashMap::new(),
        };
        let seq = store.next_seq();
        let mut values = HashMap::new();
        values.insert(
            "title".to_owned(),
            Value::Array(crate::rich_text::from_plain("Sandbox")),
        );
        store.pages.insert(
            parent_page_id.clone(),
            Page {
                id: parent_page_id,
                parent: PageParent::Workspace,
                values,
                unique_number: 0,
                in_trash: false,
                is_locked: false,
                icon: Value::Null,
                cover: Value::Null,
                created_time: now,
                last_edited_time: now,
                created_by: person_user_id.clone(),
                last_edited_by: person_user_id,
                seq,
            },
        );
        store
    }

    /// The next creation sequence number (orders objects created at the same instant).
    pub(crate) fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    /// The plain-text title of a page (row or not).
    pub(crate) fn page_title(&self, page: &Page) -> String {
        let key = match &page.parent {
            PageParent::DataSource(ds) => self
                .data_sources
                .get(ds)
                .and_then(|d| d.properties.iter().find(|p| p.config.kind() == "title"))
                .map(|p| p.id.as_str())
                .unwrap_or("title"),
            _ => "title",
        };
        page.values
            .get(key)
            .and_then(Value::as_array)
            .map(|a| crate::rich_text::plain_text(a))
            .unwrap_or_default()
    }

    /// Runs `f` with a schema environment whose relation targets are this store's data sources.
    pub(crate) fn with_schema_env<T>(&mut self, f: impl FnOnce(&mut SchemaEnv<'_>) -> T) -> T {
        let ds_map: HashMap<String, String> = self
            .data_sources
            .iter()
            .map(|(k, v)| (k.clone(), v.database_id.clone()))
            .collect();
        let db_map: HashMap<String, String> = self
            .databases
            .iter()
            .filter_map(|(k, v)| v.data_source_ids.first().map(|f| (k.clone(), f.clone())))
            .collect();
        let resolve = move |ds: Option<&str>, db: Option<&str>| -> Option<(String, String)> {
            if let Some(ds) = ds {
                let id = crate::ids::normalize_uuid(ds)?;
                let db = ds_map.get(&id)?;
                return Some((id, db.clone()));
            }
            let id = crate::ids::normalize_uuid(db?)?;
            let first = db_map.get(&id)?;
            Some((first.clone(), id))
        };
        let mut env = SchemaEnv {
            ids: &mut self.ids,
            relation_target: &resolve,
        };
        f(&mut env)
    }
}
