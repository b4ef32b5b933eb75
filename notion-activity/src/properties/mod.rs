//! Property values and schemas as types, with Notion's request limits applied on the way out.
//!
//! - [`text`]: rich-text splitting (2,000 characters per object, 100 objects, a visible
//!   truncation marker) and validation of URLs, emails, phone numbers and option names;
//! - [`value`]: [`PropertyValue`], what a row's property is set to;
//! - [`schema`]: [`PropertySchema`] and [`Schema`], a data source's columns, with options and
//!   colours, and [`schema::plan_migration`] to add what an existing schema lacks.

pub mod schema;
pub mod text;
pub mod value;

pub use schema::{Color, PropertySchema, Schema, SchemaPatch, SelectOption};
pub use value::{DateValue, PropertyKind, PropertyValue};
