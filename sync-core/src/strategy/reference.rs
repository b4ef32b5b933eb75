//! The Reference strategy: one light index row per record.
//!
//! Each row holds the record's name (title), its source id, its kind and a deep link back to
//! the source, plus a "Last Synced" stamp. It changes only when the name or link changes, so
//! it costs almost no writes after the first pass.
//!
//! ```
//! use std::sync::Arc;
//! use sync_core::projection::Value;
//! use sync_core::record::{EntityKind, SourceRecord};
//! use sync_core::strategy::{ReferenceStrategy, Strategy};
//!
//! let s = ReferenceStrategy::new()
//!     .table(EntityKind::new("contact"), "contacts")
//!     .link(Arc::new(|r: &SourceRecord| Some(format!("https://crm.example/contacts/{}", r.id))));
//! let p = s.project(&SourceRecord::new(EntityKind::new("contact"), "c-1").with_display_name("Ada")).unwrap();
//! assert_eq!(p.get("Name"), Some(&Value::Title("Ada".into())));
//! assert_eq!(p.get("Link"), Some(&Value::Url("https://crm.example/contacts/c-1".into())));
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use chrono::{DateTime, Utc};

use super::{Strategy, TableSchema, stamp_last_synced};
use crate::projection::{Projection, Value, ValueKind};
use crate::record::{EntityKind, SourceRecord};
use crate::sink::TableId;

/// Builds the deep link from a record back to the source (e.g. the GHL contact page).
pub type LinkBuilder = Arc<dyn Fn(&SourceRecord) -> Option<String> + Send + Sync>;

/// One index row per record: name, id, kind, link.
#[derive(Clone)]
pub struct ReferenceStrategy {
    tables: BTreeMap<EntityKind, TableId>,
    link: Option<LinkBuilder>,
    last_synced: Option<String>,
}

impl fmt::Debug for ReferenceStrategy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ReferenceStrategy")
            .field("tables", &self.tables)
            .field("link", &self.link.is_some())
            .field("last_synced", &self.last_synced)
            .finish()
    }
}

impl Default for ReferenceStrategy {
    fn default() -> Self {
        Self::new()
    }
}

impl ReferenceStrategy {
    /// Title property name.
    pub const NAME: &'static str = "Name";
    /// Source id property name.
    pub const ID: &'static str = "Source ID";
    /// Entity kind property name.
    pub const KIND: &'static str = "Kind";
    /// Deep link property name.
    pub const LINK: &'static str = "Link";
    /// Default stamp property name.
    pub const LAST_SYNCED: &'static str = "Last Synced";

    /// A strategy with no tables, no link builder and a "Last Synced" stamp.
    pub fn new() -> Self {
        Self {
            tables: BTreeMap::new(),
            link: None,
            last_synced: Some(Self::LAST_SYNCED.to_owned()),
        }
    }

    /// Mirrors records of `entity` into `table`.
    pub fn table(mut self, entity: EntityKind, table: impl Into<String>) -> Self {
        self.tables.insert(entity, TableId(table.into()));
        self
    }

    /// Sets the deep-link builder.
    pub fn link(mut self, builder: LinkBuilder) -> Self {
        self.link = Some(builder);
        self
    }

    /// Renames the "Last Synced" stamp, or removes it with `None`.
    pub fn last_synced(mut self, property: Option<String>) -> Self {
        self.last_synced = property;
        self
    }
}

impl Strategy for ReferenceStrategy {
    fn name(&self) -> &str {
        "reference"
    }

    fn table(&self, entity: &EntityKind) -> Option<TableId> {
        self.tables.get(entity).cloned()
    }

    fn schema(&self, table: &TableId) -> Option<TableSchema> {
        if !self.tables.values().any(|t| t == table) {
            return None;
        }
        let schema = TableSchema::default()
            .property(Self::NAME, ValueKind::Title)
            .property(Self::ID, ValueKind::Text)
            .property(Self::KIND, ValueKind::Select)
            .property(Self::LINK, ValueKind::Url);
        Some(match &self.last_synced {
            Some(property) => schema.stamp(property.clone(), ValueKind::Date),
            None => schema,
        })
    }

    fn project(&self, record: &SourceRecord) -> Option<Projection> {
        let title = record
            .display_name
            .clone()
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| record.id.clone());
        let link = self
            .link
            .as_ref()
            .and_then(|build| build(record))
            .map_or(Value::Empty, Value::Url);
        let mut p = Projection::new();
        p.set(Self::NAME, Value::Title(title))
            .set(Self::ID, Value::Text(record.id.clone()))
            .set(Self::KIND, Value::Select(record.entity.as_str().to_owned()))
            .set(Self::LINK, link);
        Some(p)
    }

    fn stamp(&self, projection: &mut Projection, synced_at: DateTime<Utc>) {
        if let Some(property) = &self.last_synced {
            stamp_last_synced(projection, property, synced_at);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_declares_what_it_projects_for_its_own_tables_only() {
        let s = ReferenceStrategy::new().table(EntityKind::new("contact"), "t");
        assert_eq!(s.schema(&TableId::from("other")), None);
        let schema = s.schema(&TableId::from("t")).unwrap();
        assert_eq!(schema.title(), Some(ReferenceStrategy::NAME));
        assert_eq!(
            schema.properties,
            vec![
                ("Name".to_owned(), ValueKind::Title),
                ("Source ID".to_owned(), ValueKind::Text),
                ("Kind".to_owned(), ValueKind::Select),
                ("Link".to_owned(), ValueKind::Url),
            ]
        );
        assert_eq!(
            schema.stamps,
            vec![("Last Synced".to_owned(), ValueKind::Date)]
        );
        let mut p = s
            .project(&SourceRecord::new(EntityKind::new("contact"), "c"))
            .unwrap();
        s.stamp(&mut p, DateTime::from_timestamp(5, 0).unwrap());
        for name in p.all().keys() {
            assert!(schema.declares(name), "{name}");
        }
        let bare = s.last_synced(None).schema(&TableId::from("t")).unwrap();
        assert!(bare.stamps.is_empty());
    }

    #[test]
    fn a_schema_keeps_the_first_kind_of_a_name() {
        let schema = TableSchema::default()
            .property("A", ValueKind::Text)
            .property("A", ValueKind::Number)
            .stamp("A", ValueKind::Date)
            .stamp("S", ValueKind::Date)
            .stamp("S", ValueKind::Text)
            .property("S", ValueKind::Number);
        assert_eq!(schema.properties, vec![("A".to_owned(), ValueKind::Text)]);
        assert_eq!(schema.stamps, vec![("S".to_owned(), ValueKind::Date)]);
        assert!(schema.declares("A") && schema.declares("S") && !schema.declares("B"));
        assert_eq!(schema.title(), None);
    }

    #[test]
    fn last_synced_is_a_stamp_not_content() {
        let s = ReferenceStrategy::new().table(EntityKind::new("contact"), "t");
        let r = SourceRecord::new(EntityKind::new("contact"), "c");
        let mut a = s.project(&r).unwrap();
        let before = a.content_hash();
        s.stamp(&mut a, DateTime::from_timestamp(5, 0).unwrap());
        assert_eq!(a.content_hash(), before);
        assert!(a.stamps.contains_key("Last Synced"));
    }

    #[test]
    fn falls_back_to_id_for_title_and_ignores_other_kinds() {
        let s = ReferenceStrategy::new().table(EntityKind::new("contact"), "t");
        let p = s
            .project(&SourceRecord::new(EntityKind::new("contact"), "c-9"))
            .unwrap();
        assert_eq!(p.get("Name"), Some(&Value::Title("c-9".into())));
        assert_eq!(p.get("Link"), Some(&Value::Empty));
        assert_eq!(Strategy::table(&s, &EntityKind::new("task")), None);
    }
}
