//! Payloads of custom-object events: object schemas, records, associations and relations.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ids::{LocationId, UserId};

/// `ObjectSchema{Create,Update}`: a custom object's definition.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ObjectSchemaEvent {
    /// The schema.
    pub id: Option<String>,
    /// The object key, e.g. `custom_objects.pets`.
    pub key: Option<String>,
    /// The sub-account.
    pub location_id: Option<LocationId>,
    /// `singular` / `plural` labels.
    pub labels: Option<Map<String, Value>>,
    /// Description.
    pub description: Option<String>,
    /// Searchable property keys.
    pub searchable_properties: Option<Vec<String>>,
    /// The property shown as the record's name.
    pub primary_display_property: Option<String>,
    /// `USER_DEFINED`.
    pub object_type: Option<String>,
    /// Who created it.
    pub created_by: Option<Value>,
    /// Who last changed it.
    pub updated_by: Option<Value>,
    /// Created.
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub created_at: Option<DateTime<Utc>>,
    /// Last updated.
    #[serde(default, with = "crate::models::common::opt_timestamp")]
    pub updated_at: Option<DateTime<Utc>>,
    /// Fields this struct does not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `Record{Create,Update,Delete}`: a custom-object record.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordEvent {
    /// The record.
    pub id: Option<String>,
    /// The sub-account.
    pub location_id: Option<LocationId>,
    /// Owners.
    pub owners: Option<Vec<UserId>>,
    /// Followers.
    pub followers: Option<Vec<UserId>>,
    /// Property values (`key` plus a `valueString`, `valueNumber`, ... field).
    pub properties: Option<Vec<Map<String, Value>>>,
    /// Fields this struct does not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `Association{Create,Update,Delete}`: a link type between two objects.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AssociationEvent {
    /// The association.
    pub id: Option<String>,
    /// `USER_DEFINED` or `SYSTEM_DEFINED`.
    pub association_type: Option<String>,
    /// Its key.
    pub key: Option<String>,
    /// The sub-account.
    pub location_id: Option<LocationId>,
    /// First object's key.
    pub first_object_key: Option<String>,
    /// First object's label.
    pub first_object_label: Option<String>,
    /// `ONE_TO_ONE`, `ONE_TO_MANY`, `MANY_TO_MANY`...
    pub first_object_to_second_object_cardinality: Option<String>,
    /// Second object's key.
    pub second_object_key: Option<String>,
    /// Second object's label.
    pub second_object_label: Option<String>,
    /// Reverse cardinality.
    pub second_object_to_first_object_cardinality: Option<String>,
    /// Fields this struct does not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `Relation{Create,Delete}`: two records linked through an association.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RelationEvent {
    /// The relation.
    pub id: Option<String>,
    /// The association.
    pub association_id: Option<String>,
    /// The sub-account.
    pub location_id: Option<LocationId>,
    /// First object's key.
    pub first_object_key: Option<String>,
    /// First record.
    pub first_record_id: Option<String>,
    /// Second object's key.
    pub second_object_key: Option<String>,
    /// Second record.
    pub second_record_id: Option<String>,
    /// Fields this struct does not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
