//! CUSTOM_OBJECTS API: 9 operations.
//!
//! Generated from GHL's `apps/objects.json` by `cargo run -p xtask -- ghl-api`: do not edit;
//! patch `ghl-client/spec-overlay.json` or the generator instead.
#![allow(
    clippy::doc_markdown,
    clippy::large_enum_variant,
    clippy::struct_field_names,
    rustdoc::bare_urls,
    rustdoc::invalid_html_tags,
    rustdoc::broken_intra_doc_links
)]

use crate::GhlClient;
use crate::request::Request;

/// The types of the spec's schemas.
pub mod models {
    use serde::{Deserialize, Serialize};

    /// `CustomObjectLabelDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomObjectLabelDto {
        /// Singular name of the custom object
        ///
        /// Required by the spec.
        #[serde(rename = "singular", default, skip_serializing_if = "Option::is_none")]
        pub singular: Option<String>,
        /// Plural name of the custom object
        ///
        /// Required by the spec.
        #[serde(rename = "plural", default, skip_serializing_if = "Option::is_none")]
        pub plural: Option<String>,
    }

    impl CustomObjectLabelDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(singular: impl Into<String>, plural: impl Into<String>) -> Self {
            Self {
                singular: Some(singular.into()),
                plural: Some(plural.into()),
                ..Self::default()
            }
        }
    }

    /// `ICustomObjectSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ICustomObjectSchema {
        /// id of the custom / standard object schema
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// false in case of custom objects and true in case of standard objects like contacts and opportunities
        ///
        /// Required by the spec.
        #[serde(rename = "standard", default, skip_serializing_if = "Option::is_none")]
        pub standard: Option<bool>,
        /// key that would be used to refer the custom / standard Object internally (lowercase + underscore_separated). For custom objects, 'custom_objects.' would be added as prefix by default
        ///
        /// Required by the spec.
        #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
        pub key: Option<String>,
        /// This is what your custom / standard  object will be called. These labels will be used to display your custom object on the UI
        ///
        /// Required by the spec.
        #[serde(rename = "labels", default, skip_serializing_if = "Option::is_none")]
        pub labels: Option<crate::apps::objects::models::CustomObjectLabelDto>,
        /// Custom / Standard  Object Descriptions for example , Pet Object`s description
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// location's id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Primary property for the custom / standard  Object. This would be used as primary data when rendering the UI. 'custom_objects.{{object_key}} or business.{{object_key}} (for company)' would be added as prefix by default for all the custom / standard objects
        ///
        /// Required by the spec.
        #[serde(
            rename = "primaryDisplayProperty",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub primary_display_property: Option<String>,
        /// Date and time when the object was added
        ///
        /// Required by the spec.
        #[serde(rename = "dateAdded", default, skip_serializing_if = "Option::is_none")]
        pub date_added: Option<String>,
        /// Date and time when the object was last updated
        ///
        /// Required by the spec.
        #[serde(
            rename = "dateUpdated",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub date_updated: Option<String>,
        /// Object`s Type
        #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl ICustomObjectSchema {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            standard: bool,
            key: impl Into<String>,
            labels: crate::apps::objects::models::CustomObjectLabelDto,
            location_id: impl Into<String>,
            primary_display_property: impl Into<String>,
            date_added: impl Into<String>,
            date_updated: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                standard: Some(standard),
                key: Some(key.into()),
                labels: Some(labels),
                location_id: Some(location_id.into()),
                primary_display_property: Some(primary_display_property.into()),
                date_added: Some(date_added.into()),
                date_updated: Some(date_updated.into()),
                ..Self::default()
            }
        }
    }

    /// `OptionDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct OptionDto {
        /// Key of the option (Included in Create and Response, excluded in Update)
        ///
        /// Required by the spec.
        #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
        pub key: Option<String>,
        /// Value of the option
        ///
        /// Required by the spec.
        #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
        pub label: Option<String>,
        /// URL associated with the option (Optional, valid only for RADIO type)
        #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
    }

    impl OptionDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(key: impl Into<String>, label: impl Into<String>) -> Self {
            Self {
                key: Some(key.into()),
                label: Some(label.into()),
                ..Self::default()
            }
        }
    }

    /// `ICustomField` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ICustomField {
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Field name
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Description of the field
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Placeholder text for the field
        #[serde(
            rename = "placeholder",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub placeholder: Option<String>,
        /// Whether the field should be shown in forms
        ///
        /// Required by the spec.
        #[serde(
            rename = "showInForms",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub show_in_forms: Option<bool>,
        /// Options for the field (Optional, valid only for SINGLE_OPTIONS, MULTIPLE_OPTIONS, RADIO, CHECKBOX, TEXTBOX_LIST type)
        #[serde(rename = "options", default, skip_serializing_if = "Option::is_none")]
        pub options: Option<Vec<crate::apps::objects::models::OptionDto>>,
        /// Allowed file formats for uploads. Options include: .pdf, .docx, .doc, .jpg, .jpeg, .png, .gif, .csv, .xlsx, .xls, all
        ///
        /// One of: `".pdf"`, `".docx"`, `".doc"`, `".jpg"`, `".jpeg"`, `".png"`, `".gif"`, `".csv"`, `".xlsx"`, `".xls"`, `"all"`.
        #[serde(
            rename = "acceptedFormats",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub accepted_formats: Option<String>,
        /// Unique identifier of the object
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// The key for your custom / standard object. This key uniquely identifies the custom object. Example: "custom_object.pet" for a custom object related to pets.
        ///
        /// Required by the spec.
        #[serde(rename = "objectKey", default, skip_serializing_if = "Option::is_none")]
        pub object_key: Option<String>,
        /// Type of field that you are trying to create
        ///
        /// One of: `"TEXT"`, `"LARGE_TEXT"`, `"NUMERICAL"`, `"PHONE"`, `"MONETORY"`, `"CHECKBOX"`, `"SINGLE_OPTIONS"`, `"MULTIPLE_OPTIONS"`, `"DATE"`, `"TEXTBOX_LIST"`, `"FILE_UPLOAD"`, `"RADIO"`.
        ///
        /// Required by the spec.
        #[serde(rename = "dataType", default, skip_serializing_if = "Option::is_none")]
        pub data_type: Option<String>,
        /// ID of the parent folder
        ///
        /// Required by the spec.
        #[serde(rename = "parentId", default, skip_serializing_if = "Option::is_none")]
        pub parent_id: Option<String>,
        /// Field key. For Custom Object it's formatted as "custom_object.{objectKey}.{fieldKey}". "custom_object" is a fixed prefix, "{objectKey}" is your custom object's identifier, and "{fieldName}" is the unique field name within that object. Example: "custom_object.pet.name" for a "name" field in a "pet" custom object.
        ///
        /// Required by the spec.
        #[serde(rename = "fieldKey", default, skip_serializing_if = "Option::is_none")]
        pub field_key: Option<String>,
        /// Determines if users can add a custom option value different from the predefined options in records for RADIO type fields. A custom value added in one record does not automatically become an option and will not appear as an option for other records.
        #[serde(
            rename = "allowCustomOption",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_custom_option: Option<bool>,
        /// Maximum file limit for uploads
        #[serde(
            rename = "maxFileLimit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub max_file_limit: Option<f64>,
        /// Date and time when the object was added
        ///
        /// Required by the spec.
        #[serde(rename = "dateAdded", default, skip_serializing_if = "Option::is_none")]
        pub date_added: Option<String>,
        /// Date and time when the object was last updated
        ///
        /// Required by the spec.
        #[serde(
            rename = "dateUpdated",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub date_updated: Option<String>,
    }

    impl ICustomField {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            location_id: impl Into<String>,
            show_in_forms: bool,
            id: impl Into<String>,
            object_key: impl Into<String>,
            data_type: impl Into<String>,
            parent_id: impl Into<String>,
            field_key: impl Into<String>,
            date_added: impl Into<String>,
            date_updated: impl Into<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                show_in_forms: Some(show_in_forms),
                id: Some(id.into()),
                object_key: Some(object_key.into()),
                data_type: Some(data_type.into()),
                parent_id: Some(parent_id.into()),
                field_key: Some(field_key.into()),
                date_added: Some(date_added.into()),
                date_updated: Some(date_updated.into()),
                ..Self::default()
            }
        }
    }

    /// `CustomObjectByIdResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomObjectByIdResponseDto {
        /// `object`.
        #[serde(rename = "object", default, skip_serializing_if = "Option::is_none")]
        pub object: Option<crate::apps::objects::models::ICustomObjectSchema>,
        /// Is the response served from cache
        ///
        /// Required by the spec.
        #[serde(rename = "cache", default, skip_serializing_if = "Option::is_none")]
        pub cache: Option<bool>,
        /// `fields`.
        #[serde(rename = "fields", default, skip_serializing_if = "Option::is_none")]
        pub fields: Option<Vec<crate::apps::objects::models::ICustomField>>,
    }

    impl CustomObjectByIdResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(cache: bool) -> Self {
            Self {
                cache: Some(cache),
                ..Self::default()
            }
        }
    }

    /// `CustomObjectListResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomObjectListResponseDto {
        /// `objects`.
        #[serde(rename = "objects", default, skip_serializing_if = "Option::is_none")]
        pub objects: Option<Vec<crate::apps::objects::models::ICustomObjectSchema>>,
    }

    /// `CustomObjectDisplayPropertyDetails` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomObjectDisplayPropertyDetails {
        /// key that would be used to refer the custom field internally (lowercase + underscore_separated). 'custom_objects.{{objectKey}}' would be added as prefix by default is not passed
        ///
        /// Required by the spec.
        #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
        pub key: Option<String>,
        /// Name of the Primary property name which will be displayed on the record page
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Primary property data Type (it can either be TEXT or NUMERICAL type)
        ///
        /// Required by the spec.
        #[serde(rename = "dataType", default, skip_serializing_if = "Option::is_none")]
        pub data_type: Option<String>,
    }

    impl CustomObjectDisplayPropertyDetails {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            key: impl Into<String>,
            name: impl Into<String>,
            data_type: impl Into<String>,
        ) -> Self {
            Self {
                key: Some(key.into()),
                name: Some(name.into()),
                data_type: Some(data_type.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateCustomObjectSchemaDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateCustomObjectSchemaDto {
        /// This is what your custom object will be called. These labels will be used to display your custom object on the UI
        ///
        /// Required by the spec.
        #[serde(rename = "labels", default, skip_serializing_if = "Option::is_none")]
        pub labels: Option<crate::apps::objects::models::CustomObjectLabelDto>,
        /// key that would be used to refer the Custom Object internally (lowercase + underscore_separated). 'custom_objects.' would be added as prefix by default
        ///
        /// Required by the spec.
        #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
        pub key: Option<String>,
        /// Pet Object`s description
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Primary property which will be displayed on the record page
        ///
        /// Required by the spec.
        #[serde(
            rename = "primaryDisplayPropertyDetails",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub primary_display_property_details:
            Option<crate::apps::objects::models::CustomObjectDisplayPropertyDetails>,
    }

    impl CreateCustomObjectSchemaDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            labels: crate::apps::objects::models::CustomObjectLabelDto,
            key: impl Into<String>,
            location_id: impl Into<String>,
            primary_display_property_details: crate::apps::objects::models::CustomObjectDisplayPropertyDetails,
        ) -> Self {
            Self {
                labels: Some(labels),
                key: Some(key.into()),
                location_id: Some(location_id.into()),
                primary_display_property_details: Some(primary_display_property_details),
                ..Self::default()
            }
        }
    }

    /// `CustomObjectResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomObjectResponseDto {
        /// `object`.
        #[serde(rename = "object", default, skip_serializing_if = "Option::is_none")]
        pub object: Option<crate::apps::objects::models::ICustomObjectSchema>,
    }

    /// `CustomObjectLabelUpdateDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomObjectLabelUpdateDto {
        /// Singular name of the custom object
        #[serde(rename = "singular", default, skip_serializing_if = "Option::is_none")]
        pub singular: Option<String>,
        /// Plural name of the custom object
        #[serde(rename = "plural", default, skip_serializing_if = "Option::is_none")]
        pub plural: Option<String>,
    }

    /// `UpdateCustomObjectSchemaDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateCustomObjectSchemaDto {
        /// This is how your custom object will  be  displayed
        #[serde(rename = "labels", default, skip_serializing_if = "Option::is_none")]
        pub labels: Option<crate::apps::objects::models::CustomObjectLabelUpdateDto>,
        /// Pet Object`s description
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub description: Option<String>,
        /// location id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Searchable Fields: Provide the field key of your object that you want to search on, using the format (custom_object.&lt;object_name&gt;.&lt;field_key&gt;).
        ///
        /// Required by the spec.
        #[serde(
            rename = "searchableProperties",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub searchable_properties: Option<Vec<String>>,
    }

    impl UpdateCustomObjectSchemaDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_id: impl Into<String>, searchable_properties: Vec<String>) -> Self {
            Self {
                location_id: Some(location_id.into()),
                searchable_properties: Some(searchable_properties),
                ..Self::default()
            }
        }
    }

    /// `IRecordSchema` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct IRecordSchema {
        /// id of the record
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Owner (User's id). Limited to 1 for now. Only Supported with custom objects
        ///
        /// Required by the spec.
        #[serde(rename = "owner", default, skip_serializing_if = "Option::is_none")]
        pub owner: Option<Vec<String>>,
        /// Follower (User's ids). Limited to 10 for now
        ///
        /// Required by the spec.
        #[serde(rename = "followers", default, skip_serializing_if = "Option::is_none")]
        pub followers: Option<Vec<String>>,
        /// Properties of the record
        ///
        /// Required by the spec.
        #[serde(
            rename = "properties",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub properties: Option<String>,
        /// Date and time when the object was added
        ///
        /// Required by the spec.
        #[serde(rename = "dateAdded", default, skip_serializing_if = "Option::is_none")]
        pub date_added: Option<String>,
        /// Date and time when the object was last updated
        ///
        /// Required by the spec.
        #[serde(
            rename = "dateUpdated",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub date_updated: Option<String>,
    }

    impl IRecordSchema {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            owner: Vec<String>,
            followers: Vec<String>,
            properties: impl Into<String>,
            date_added: impl Into<String>,
            date_updated: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                owner: Some(owner),
                followers: Some(followers),
                properties: Some(properties.into()),
                date_added: Some(date_added.into()),
                date_updated: Some(date_updated.into()),
                ..Self::default()
            }
        }
    }

    /// `RecordByIdResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct RecordByIdResponseDto {
        /// `record`.
        #[serde(rename = "record", default, skip_serializing_if = "Option::is_none")]
        pub record: Option<crate::apps::objects::models::IRecordSchema>,
    }

    /// `CreateCustomObjectRecordDto` in the spec.
    pub type CreateCustomObjectRecordDto = serde_json::Map<String, serde_json::Value>;

    /// `UpdateCustomObjectRecordDto` in the spec.
    pub type UpdateCustomObjectRecordDto = serde_json::Map<String, serde_json::Value>;

    /// `ObjectRecordDeleteResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ObjectRecordDeleteResponseDto {
        /// id of the deleted object
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// boolean that defines if the operation was a success or not
        #[serde(rename = "success", default, skip_serializing_if = "Option::is_none")]
        pub success: Option<bool>,
    }

    /// `SearchRecordsBody` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SearchRecordsBody {
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Page
        ///
        /// Required by the spec.
        #[serde(rename = "page", default, skip_serializing_if = "Option::is_none")]
        pub page: Option<f64>,
        /// Page Limit
        ///
        /// Required by the spec.
        #[serde(rename = "pageLimit", default, skip_serializing_if = "Option::is_none")]
        pub page_limit: Option<f64>,
        /// Pass this query parameter to search using your searchable properties. For example, if you have a custom object called “Pets” and have configured “name” as a searchable property, you can pass name:Buddy to search for pets with the name “Buddy.”
        ///
        /// Required by the spec.
        #[serde(rename = "query", default, skip_serializing_if = "Option::is_none")]
        pub query: Option<String>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "searchAfter",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub search_after: Option<Vec<String>>,
    }

    impl SearchRecordsBody {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            page: f64,
            page_limit: f64,
            query: impl Into<String>,
            search_after: Vec<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                page: Some(page),
                page_limit: Some(page_limit),
                query: Some(query.into()),
                search_after: Some(search_after),
                ..Self::default()
            }
        }
    }

    /// `CreatedByResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreatedByResponseDto {
        /// Creation Channel
        ///
        /// Required by the spec.
        #[serde(rename = "channel", default, skip_serializing_if = "Option::is_none")]
        pub channel: Option<String>,
        /// Created At
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// From where the record was created
        ///
        /// Required by the spec.
        #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
        pub source: Option<String>,
        /// User/Resource Id
        ///
        /// Required by the spec.
        #[serde(rename = "sourceId", default, skip_serializing_if = "Option::is_none")]
        pub source_id: Option<String>,
    }

    impl CreatedByResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            channel: impl Into<String>,
            created_at: impl Into<String>,
            source: impl Into<String>,
            source_id: impl Into<String>,
        ) -> Self {
            Self {
                channel: Some(channel.into()),
                created_at: Some(created_at.into()),
                source: Some(source.into()),
                source_id: Some(source_id.into()),
                ..Self::default()
            }
        }
    }

    /// `RecordResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct RecordResponseDto {
        /// id of the record
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Owner (User's id). Limited to 1 for now . Only supported for custom objects for now
        ///
        /// Required by the spec.
        #[serde(rename = "owner", default, skip_serializing_if = "Option::is_none")]
        pub owner: Option<Vec<String>>,
        /// Follower (User's ids). Limited to 10 and supported for custom objects for now
        ///
        /// Required by the spec.
        #[serde(rename = "followers", default, skip_serializing_if = "Option::is_none")]
        pub followers: Option<Vec<String>>,
        /// Properties of the record
        ///
        /// Required by the spec.
        #[serde(
            rename = "properties",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub properties: Option<String>,
        /// Date and time when the object was added
        ///
        /// Required by the spec.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<String>,
        /// Date and time when the object was last updated
        ///
        /// Required by the spec.
        #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
        pub updated_at: Option<String>,
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// ObjectId Id
        ///
        /// Required by the spec.
        #[serde(rename = "objectId", default, skip_serializing_if = "Option::is_none")]
        pub object_id: Option<String>,
        /// ObjectId key
        ///
        /// Required by the spec.
        #[serde(rename = "objectKey", default, skip_serializing_if = "Option::is_none")]
        pub object_key: Option<String>,
        /// Created By Meta
        ///
        /// Required by the spec.
        #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
        pub created_by: Option<crate::apps::objects::models::CreatedByResponseDto>,
        /// Last Updated By Meta
        ///
        /// Required by the spec.
        #[serde(
            rename = "lastUpdatedBy",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_updated_by: Option<crate::apps::objects::models::CreatedByResponseDto>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "searchAfter",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub search_after: Option<Vec<f64>>,
    }

    impl RecordResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            id: impl Into<String>,
            owner: Vec<String>,
            followers: Vec<String>,
            properties: impl Into<String>,
            created_at: impl Into<String>,
            updated_at: impl Into<String>,
            location_id: impl Into<String>,
            object_id: impl Into<String>,
            object_key: impl Into<String>,
            created_by: crate::apps::objects::models::CreatedByResponseDto,
            last_updated_by: crate::apps::objects::models::CreatedByResponseDto,
            search_after: Vec<f64>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                owner: Some(owner),
                followers: Some(followers),
                properties: Some(properties.into()),
                created_at: Some(created_at.into()),
                updated_at: Some(updated_at.into()),
                location_id: Some(location_id.into()),
                object_id: Some(object_id.into()),
                object_key: Some(object_key.into()),
                created_by: Some(created_by),
                last_updated_by: Some(last_updated_by),
                search_after: Some(search_after),
                ..Self::default()
            }
        }
    }

    /// `SearchRecordResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct SearchRecordResponseDto {
        /// Records
        #[serde(rename = "records", default, skip_serializing_if = "Option::is_none")]
        pub records: Option<Vec<crate::apps::objects::models::RecordResponseDto>>,
        /// Total Number of records
        ///
        /// Required by the spec.
        #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
    }

    impl SearchRecordResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(total: f64) -> Self {
            Self {
                total: Some(total),
                ..Self::default()
            }
        }
    }
}

/// The CUSTOM_OBJECTS API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct ObjectsApi {
    client: GhlClient,
}

impl ObjectsApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Get Object Schema by key / id
    ///
    /// Retrieve Object Schema by key or ID. This will return the schema of the custom object, including all its fields and properties. Supported objects include contact, opportunity, business and custom objects.To understand objects and records, please have a look the documentation here : https://doc.clickup.com/8631005/d/h/87cpx-277156/93bf0c2e23177b0
    ///
    /// `GET /objects/{key}`
    ///
    /// Version `2021-07-28`; scope `objects/schema.readonly`; retried after an unknown outcome.
    pub fn get_object_schema_by_key(
        &self,
        key: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::GetObjectSchemaByKey {
        let mut req = Request::new(
            http::Method::GET,
            "/objects/{key}",
            format!("/objects/{}", crate::request::segment(key.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetObjectSchemaByKey {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Object Schema By Key / Id
    ///
    /// Update Custom Object Schema  or standard object's like contact, opportunity, business searchable fields. To understand objects and records, please have a look at the documentation here : https://doc.clickup.com/8631005/d/h/87cpx-277156/93bf0c2e23177b0
    ///
    /// `PUT /objects/{key}`
    ///
    /// Version `2021-07-28`; scope `objects/schema.write`; retried after an unknown outcome.
    pub fn update_custom_object(
        &self,
        key: impl AsRef<str>,
        body: &crate::apps::objects::models::UpdateCustomObjectSchemaDto,
    ) -> ops::UpdateCustomObject {
        let mut req = Request::new(
            http::Method::PUT,
            "/objects/{key}",
            format!("/objects/{}", crate::request::segment(key.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateCustomObject {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Record By Id
    ///
    /// Allows you to get a Standard Object like business and custom object record by Id
    ///
    /// `GET /objects/{schemaKey}/records/{id}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn get_record_by_id(
        &self,
        schema_key: impl AsRef<str>,
        id: impl AsRef<str>,
    ) -> ops::GetRecordById {
        let mut req = Request::new(
            http::Method::GET,
            "/objects/{schemaKey}/records/{id}",
            format!(
                "/objects/{}/records/{}",
                crate::request::segment(schema_key.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::GetRecordById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Record
    ///
    /// Update a Custom Object Record by Id. Supported Objects are business and custom objects. Documentation Link - https://doc.clickup.com/8631005/d/h/87cpx-277156/93bf0c2e23177b0/87cpx-376296
    ///
    /// `PUT /objects/{schemaKey}/records/{id}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn update_object_record(
        &self,
        schema_key: impl AsRef<str>,
        id: impl AsRef<str>,
        location_id: impl Into<String>,
        body: &crate::apps::objects::models::UpdateCustomObjectRecordDto,
    ) -> ops::UpdateObjectRecord {
        let mut req = Request::new(
            http::Method::PUT,
            "/objects/{schemaKey}/records/{id}",
            format!(
                "/objects/{}/records/{}",
                crate::request::segment(schema_key.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        req = crate::apps::support::json_body(req, body);
        ops::UpdateObjectRecord {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Record
    ///
    /// Delete Record By Id . Supported Objects are business and custom objects.
    ///
    /// `DELETE /objects/{schemaKey}/records/{id}`
    ///
    /// Version `2021-07-28`; retried after an unknown outcome.
    pub fn delete_object_record(
        &self,
        schema_key: impl AsRef<str>,
        id: impl AsRef<str>,
    ) -> ops::DeleteObjectRecord {
        let mut req = Request::new(
            http::Method::DELETE,
            "/objects/{schemaKey}/records/{id}",
            format!(
                "/objects/{}/records/{}",
                crate::request::segment(schema_key.as_ref()),
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::DeleteObjectRecord {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Record
    ///
    /// Create a Custom Object Record. Supported Objects business and custom objects. Documentation Link - https://doc.clickup.com/8631005/d/h/87cpx-277156/93bf0c2e23177b0/87cpx-376296
    ///
    /// `POST /objects/{schemaKey}/records`
    ///
    /// Version `2021-07-28`; scope `objects/record.write`; never repeated after an unknown outcome.
    pub fn create_object_record(
        &self,
        schema_key: impl AsRef<str>,
        body: &crate::apps::objects::models::CreateCustomObjectRecordDto,
    ) -> ops::CreateObjectRecord {
        let mut req = Request::new(
            http::Method::POST,
            "/objects/{schemaKey}/records",
            format!(
                "/objects/{}/records",
                crate::request::segment(schema_key.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateObjectRecord {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Search Object Records
    ///
    /// Supported Objects are custom objects and standard objects like "business". Documentation Link - https://doc.clickup.com/8631005/d/h/87cpx-277156/93bf0c2e23177b0/87cpx-379336
    ///
    /// `POST /objects/{schemaKey}/records/search`
    ///
    /// Version `2021-07-28`; scope `objects/record.readonly`; retried after an unknown outcome; pages by SearchAfter.
    pub fn search_object_records(
        &self,
        schema_key: impl AsRef<str>,
        body: &crate::apps::objects::models::SearchRecordsBody,
    ) -> ops::SearchObjectRecords {
        let mut req = Request::new(
            http::Method::POST,
            "/objects/{schemaKey}/records/search",
            format!(
                "/objects/{}/records/search",
                crate::request::segment(schema_key.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.idempotent(true);
        req = crate::apps::support::json_body(req, body);
        ops::SearchObjectRecords {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get all objects for a location
    ///
    /// Get all objects for a location. Supported Objects are contact, opportunity, business and custom objects.To understand objects and records, please have a look at the documentation here : https://doc.clickup.com/8631005/d/h/87cpx-277156/93bf0c2e23177b0
    ///
    /// `GET /objects/`
    ///
    /// Version `2021-07-28`; scope `objects/schema.readonly`; retried after an unknown outcome.
    pub fn get_object_by_location_id(
        &self,
        location_id: impl Into<String>,
    ) -> ops::GetObjectByLocationId {
        let mut req = Request::new(http::Method::GET, "/objects/", "/objects/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetObjectByLocationId {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Custom Object
    ///
    /// Allows you to create a custom object schema. To understand objects and records, please have a look at the documentation here : https://doc.clickup.com/8631005/d/h/87cpx-277156/93bf0c2e23177b0
    ///
    /// `POST /objects/`
    ///
    /// Version `2021-07-28`; scope `objects/schema.write`; never repeated after an unknown outcome.
    pub fn create_custom_object_schema(
        &self,
        body: &crate::apps::objects::models::CreateCustomObjectSchemaDto,
    ) -> ops::CreateCustomObjectSchema {
        let mut req = Request::new(http::Method::POST, "/objects/", "/objects/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateCustomObjectSchema {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The CUSTOM_OBJECTS API operations (generated from GHL's spec).
    pub fn objects(&self) -> ObjectsApi {
        ObjectsApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /objects/{key}` request being built, to send with [`GetObjectSchemaByKey::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetObjectSchemaByKey {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetObjectSchemaByKey {
        /// Fetch Properties , Fetches all the standard / custom fields of the object when set to true
        pub fn fetch_properties(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("fetchProperties", value.into());
            self
        }

        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::objects::models::CustomObjectByIdResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /objects/{key}` request being built, to send with [`UpdateCustomObject::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateCustomObject {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateCustomObject {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::objects::models::CustomObjectResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /objects/{schemaKey}/records/{id}` request being built, to send with [`GetRecordById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetRecordById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetRecordById {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::objects::models::RecordByIdResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /objects/{schemaKey}/records/{id}` request being built, to send with [`UpdateObjectRecord::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateObjectRecord {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateObjectRecord {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::objects::models::RecordByIdResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /objects/{schemaKey}/records/{id}` request being built, to send with [`DeleteObjectRecord::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteObjectRecord {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteObjectRecord {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::objects::models::ObjectRecordDeleteResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /objects/{schemaKey}/records` request being built, to send with [`CreateObjectRecord::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateObjectRecord {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateObjectRecord {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::objects::models::RecordByIdResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /objects/{schemaKey}/records/search` request being built, to send with [`SearchObjectRecords::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct SearchObjectRecords {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl SearchObjectRecords {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::objects::models::SearchRecordResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /objects/` request being built, to send with [`GetObjectByLocationId::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetObjectByLocationId {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetObjectByLocationId {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(
            self,
        ) -> Result<crate::apps::objects::models::CustomObjectListResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /objects/` request being built, to send with [`CreateCustomObjectSchema::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateCustomObjectSchema {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateCustomObjectSchema {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::objects::models::CustomObjectResponseDto> {
            self.client.send(self.request).await
        }
    }
}
