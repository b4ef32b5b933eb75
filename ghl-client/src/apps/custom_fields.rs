//! Custom Fields V2: 8 operations.
//!
//! Generated from GHL's `apps/custom-fields.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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
        pub options: Option<Vec<crate::apps::custom_fields::models::OptionDto>>,
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

    /// `CustomFieldSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomFieldSuccessfulResponseDto {
        /// `field`.
        #[serde(rename = "field", default, skip_serializing_if = "Option::is_none")]
        pub field: Option<crate::apps::custom_fields::models::ICustomField>,
    }

    /// `CustomFieldsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomFieldsResponseDto {
        /// Custom Fields for the object.
        #[serde(rename = "fields", default, skip_serializing_if = "Option::is_none")]
        pub fields: Option<Vec<crate::apps::custom_fields::models::ICustomField>>,
        /// Custom Fields folder for the object.
        #[serde(rename = "folders", default, skip_serializing_if = "Option::is_none")]
        pub folders: Option<Vec<crate::apps::custom_fields::models::ICustomField>>,
    }

    /// `CreateCustomFieldsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateCustomFieldsDto {
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
        pub options: Option<Vec<crate::apps::custom_fields::models::OptionDto>>,
        /// Allowed file formats for uploads. Options include: .pdf, .docx, .doc, .jpg, .jpeg, .png, .gif, .csv, .xlsx, .xls, all
        ///
        /// One of: `".pdf"`, `".docx"`, `".doc"`, `".jpg"`, `".jpeg"`, `".png"`, `".gif"`, `".csv"`, `".xlsx"`, `".xls"`, `"all"`.
        #[serde(
            rename = "acceptedFormats",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub accepted_formats: Option<String>,
        /// Type of field that you are trying to create
        ///
        /// One of: `"TEXT"`, `"LARGE_TEXT"`, `"NUMERICAL"`, `"PHONE"`, `"MONETORY"`, `"CHECKBOX"`, `"SINGLE_OPTIONS"`, `"MULTIPLE_OPTIONS"`, `"DATE"`, `"TEXTBOX_LIST"`, `"FILE_UPLOAD"`, `"RADIO"`, `"EMAIL"`.
        ///
        /// Required by the spec.
        #[serde(rename = "dataType", default, skip_serializing_if = "Option::is_none")]
        pub data_type: Option<String>,
        /// Field key. For Custom Object it's formatted as "custom_object.{objectKey}.{fieldKey}". "custom_object" is a fixed prefix, "{objectKey}" is your custom object's identifier, and "{fieldKey}" is the unique field name within that object. Example: "custom_object.pet.name" for a "name" field in a "pet" custom object.
        ///
        /// Required by the spec.
        #[serde(rename = "fieldKey", default, skip_serializing_if = "Option::is_none")]
        pub field_key: Option<String>,
        /// The key for your custom object. This key uniquely identifies the custom object. Example: "custom_object.pet" for a custom object related to pets.
        ///
        /// Required by the spec.
        #[serde(rename = "objectKey", default, skip_serializing_if = "Option::is_none")]
        pub object_key: Option<String>,
        /// Maximum file limit for uploads. Applicable only for fields with a data type of FILE_UPLOAD.
        #[serde(
            rename = "maxFileLimit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub max_file_limit: Option<f64>,
        /// Determines if users can add a custom option value different from the predefined options in records for RADIO type fields. A custom value added in one record does not automatically become an option and will not appear as an option for other records.
        #[serde(
            rename = "allowCustomOption",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub allow_custom_option: Option<bool>,
        /// ID of the parent folder
        ///
        /// Required by the spec.
        #[serde(rename = "parentId", default, skip_serializing_if = "Option::is_none")]
        pub parent_id: Option<String>,
    }

    impl CreateCustomFieldsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            show_in_forms: bool,
            data_type: impl Into<String>,
            field_key: impl Into<String>,
            object_key: impl Into<String>,
            parent_id: impl Into<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                show_in_forms: Some(show_in_forms),
                data_type: Some(data_type.into()),
                field_key: Some(field_key.into()),
                object_key: Some(object_key.into()),
                parent_id: Some(parent_id.into()),
                ..Self::default()
            }
        }
    }

    /// `CreateFolder` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateFolder {
        /// The key for your custom object. This key uniquely identifies the custom object. Example: "custom_object.pet" for a custom object related to pets.
        ///
        /// Required by the spec.
        #[serde(rename = "objectKey", default, skip_serializing_if = "Option::is_none")]
        pub object_key: Option<String>,
        /// Field name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
    }

    impl CreateFolder {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            object_key: impl Into<String>,
            name: impl Into<String>,
            location_id: impl Into<String>,
        ) -> Self {
            Self {
                object_key: Some(object_key.into()),
                name: Some(name.into()),
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `ICustomFieldFolder` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct ICustomFieldFolder {
        /// Unique identifier of the object
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// The key for your custom object. This key uniquely identifies the custom object. Example: "custom_object.pet" for a custom object related to pets.
        ///
        /// Required by the spec.
        #[serde(rename = "objectKey", default, skip_serializing_if = "Option::is_none")]
        pub object_key: Option<String>,
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
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
    }

    impl ICustomFieldFolder {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            id: impl Into<String>,
            object_key: impl Into<String>,
            location_id: impl Into<String>,
            name: impl Into<String>,
        ) -> Self {
            Self {
                id: Some(id.into()),
                object_key: Some(object_key.into()),
                location_id: Some(location_id.into()),
                name: Some(name.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateFolder` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateFolder {
        /// Field name
        ///
        /// Required by the spec.
        #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Location Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
    }

    impl UpdateFolder {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(name: impl Into<String>, location_id: impl Into<String>) -> Self {
            Self {
                name: Some(name.into()),
                location_id: Some(location_id.into()),
                ..Self::default()
            }
        }
    }

    /// `CustomFolderDeleteResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CustomFolderDeleteResponseDto {
        ///
        /// Required by the spec.
        #[serde(rename = "succeded", default, skip_serializing_if = "Option::is_none")]
        pub succeded: Option<bool>,
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
        pub key: Option<String>,
    }

    impl CustomFolderDeleteResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(succeded: bool, id: impl Into<String>, key: impl Into<String>) -> Self {
            Self {
                succeded: Some(succeded),
                id: Some(id.into()),
                key: Some(key.into()),
                ..Self::default()
            }
        }
    }

    /// `UpdateCustomFieldsDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateCustomFieldsDto {
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
        /// Options for the field. Important: Providing options will completely replace the existing options array. You must include all existing options alongside any new options you wish to add. Removal of options is not supported through this update. Applicable only for SINGLE_OPTIONS, MULTIPLE_OPTIONS, RADIO, CHECKBOX, TEXTBOX_LIST types.
        #[serde(rename = "options", default, skip_serializing_if = "Option::is_none")]
        pub options: Option<Vec<crate::apps::custom_fields::models::OptionDto>>,
        /// Allowed file formats for uploads. Options include: .pdf, .docx, .doc, .jpg, .jpeg, .png, .gif, .csv, .xlsx, .xls, all
        ///
        /// One of: `".pdf"`, `".docx"`, `".doc"`, `".jpg"`, `".jpeg"`, `".png"`, `".gif"`, `".csv"`, `".xlsx"`, `".xls"`, `"all"`.
        #[serde(
            rename = "acceptedFormats",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub accepted_formats: Option<String>,
        /// Maximum file limit for uploads. Applicable only for fields with a data type of FILE_UPLOAD.
        #[serde(
            rename = "maxFileLimit",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub max_file_limit: Option<f64>,
    }

    impl UpdateCustomFieldsDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(location_id: impl Into<String>, show_in_forms: bool) -> Self {
            Self {
                location_id: Some(location_id.into()),
                show_in_forms: Some(show_in_forms),
                ..Self::default()
            }
        }
    }
}

/// The Custom Fields V2 operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct CustomFieldsApi {
    client: GhlClient,
}

impl CustomFieldsApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Get Custom Field / Folder By Id
    ///
    /// &lt;div&gt;
    /// &lt;p&gt; Get Custom Field / Folder By Id.&lt;/p&gt;
    /// &lt;div&gt;
    /// &lt;span style= "display: inline-block;
    /// width: 25px; height: 25px;
    /// background-color: yellow;
    /// color: black;
    /// font-weight: bold;
    /// font-size: 24px;
    /// text-align: center;
    /// line-height: 22px;
    /// border: 2px solid black;
    /// border-radius: 10%;
    /// margin-right: 10px;"&gt;
    /// !
    /// &lt;/span&gt;
    /// &lt;span&gt;
    /// &lt;strong&gt;
    /// Only supports Custom Objects and Company (Business) today. Will be extended to other Standard Objects in the future.
    /// &lt;/strong&gt;
    /// &lt;/span&gt;
    /// &lt;/div&gt;
    /// &lt;/div&gt;
    ///
    /// `GET /custom-fields/{id}`
    ///
    /// Version `2021-07-28`; scope `locations/customFields.readonly`; retried after an unknown outcome.
    pub fn get_custom_field_by_id(&self, id: impl AsRef<str>) -> ops::GetCustomFieldById {
        let mut req = Request::new(
            http::Method::GET,
            "/custom-fields/{id}",
            format!("/custom-fields/{}", crate::request::segment(id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::GetCustomFieldById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Custom Field By Id
    ///
    /// &lt;div&gt;
    /// &lt;p&gt; Update Custom Field By Id &lt;/p&gt;
    /// &lt;div&gt;
    /// &lt;span style= "display: inline-block;
    /// width: 25px; height: 25px;
    /// background-color: yellow;
    /// color: black;
    /// font-weight: bold;
    /// font-size: 24px;
    /// text-align: center;
    /// line-height: 22px;
    /// border: 2px solid black;
    /// border-radius: 10%;
    /// margin-right: 10px;"&gt;
    /// !
    /// &lt;/span&gt;
    /// &lt;span&gt;
    /// &lt;strong&gt;
    /// Only supports Custom Objects and Company (Business) today. Will be extended to other Standard Objects in the future.
    /// &lt;/strong&gt;
    /// &lt;/span&gt;
    /// &lt;/div&gt;
    /// &lt;/div&gt;
    ///
    /// `PUT /custom-fields/{id}`
    ///
    /// Version `2021-07-28`; scope `locations/customFields.write`; retried after an unknown outcome.
    pub fn update_custom_field(
        &self,
        id: impl AsRef<str>,
        body: &crate::apps::custom_fields::models::UpdateCustomFieldsDto,
    ) -> ops::UpdateCustomField {
        let mut req = Request::new(
            http::Method::PUT,
            "/custom-fields/{id}",
            format!("/custom-fields/{}", crate::request::segment(id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateCustomField {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Custom Field By Id
    ///
    /// &lt;div&gt;
    /// &lt;p&gt; Delete Custom Field By Id &lt;/p&gt;
    /// &lt;div&gt;
    /// &lt;span style= "display: inline-block;
    /// width: 25px; height: 25px;
    /// background-color: yellow;
    /// color: black;
    /// font-weight: bold;
    /// font-size: 24px;
    /// text-align: center;
    /// line-height: 22px;
    /// border: 2px solid black;
    /// border-radius: 10%;
    /// margin-right: 10px;"&gt;
    /// !
    /// &lt;/span&gt;
    /// &lt;span&gt;
    /// &lt;strong&gt;
    /// Only supports Custom Objects and Company (Business) today. Will be extended to other Standard Objects in the future.
    /// &lt;/strong&gt;
    /// &lt;/span&gt;
    /// &lt;/div&gt;
    /// &lt;/div&gt;
    ///
    /// `DELETE /custom-fields/{id}`
    ///
    /// Version `2021-07-28`; scope `locations/customFields.write`; retried after an unknown outcome.
    pub fn delete_custom_field(&self, id: impl AsRef<str>) -> ops::DeleteCustomField {
        let mut req = Request::new(
            http::Method::DELETE,
            "/custom-fields/{id}",
            format!("/custom-fields/{}", crate::request::segment(id.as_ref())),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::DeleteCustomField {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get Custom Fields By Object Key
    ///
    /// &lt;div&gt;
    /// &lt;p&gt; Get Custom Fields By Object Key&lt;/p&gt;
    /// &lt;div&gt;
    /// &lt;span style= "display: inline-block;
    /// width: 25px; height: 25px;
    /// background-color: yellow;
    /// color: black;
    /// font-weight: bold;
    /// font-size: 24px;
    /// text-align: center;
    /// line-height: 22px;
    /// border: 2px solid black;
    /// border-radius: 10%;
    /// margin-right: 10px;"&gt;
    /// !
    /// &lt;/span&gt;
    /// &lt;span&gt;
    /// &lt;strong&gt;
    /// Only supports Custom Objects and Company (Business) today. Will be extended to other Standard Objects in the future.
    /// &lt;/strong&gt;
    /// &lt;/span&gt;
    /// &lt;/div&gt;
    /// &lt;/div&gt;
    ///
    /// `GET /custom-fields/object-key/{objectKey}`
    ///
    /// Version `2021-07-28`; scope `locations/customFields.readonly`; retried after an unknown outcome.
    pub fn get_custom_fields_by_object_key(
        &self,
        object_key: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::GetCustomFieldsByObjectKey {
        let mut req = Request::new(
            http::Method::GET,
            "/custom-fields/object-key/{objectKey}",
            format!(
                "/custom-fields/object-key/{}",
                crate::request::segment(object_key.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetCustomFieldsByObjectKey {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Custom Field Folder
    ///
    /// &lt;div&gt;
    /// &lt;p&gt; Create Custom Field Folder &lt;/p&gt;
    /// &lt;div&gt;
    /// &lt;span style= "display: inline-block;
    /// width: 25px; height: 25px;
    /// background-color: yellow;
    /// color: black;
    /// font-weight: bold;
    /// font-size: 24px;
    /// text-align: center;
    /// line-height: 22px;
    /// border: 2px solid black;
    /// border-radius: 10%;
    /// margin-right: 10px;"&gt;
    /// !
    /// &lt;/span&gt;
    /// &lt;span&gt;
    /// &lt;strong&gt;
    /// Only supports Custom Objects and Company (Business) today. Will be extended to other Standard Objects in the future.
    /// &lt;/strong&gt;
    /// &lt;/span&gt;
    /// &lt;/div&gt;
    /// &lt;/div&gt;
    ///
    /// `POST /custom-fields/folder`
    ///
    /// Version `2021-07-28`; scope `locations/customFields.write`; never repeated after an unknown outcome.
    pub fn create_custom_field_folder(
        &self,
        body: &crate::apps::custom_fields::models::CreateFolder,
    ) -> ops::CreateCustomFieldFolder {
        let mut req = Request::new(
            http::Method::POST,
            "/custom-fields/folder",
            "/custom-fields/folder",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateCustomFieldFolder {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Custom Field Folder Name
    ///
    /// &lt;div&gt;
    /// &lt;p&gt; Create Custom Field Folder &lt;/p&gt;
    /// &lt;div&gt;
    /// &lt;span style= "display: inline-block;
    /// width: 25px; height: 25px;
    /// background-color: yellow;
    /// color: black;
    /// font-weight: bold;
    /// font-size: 24px;
    /// text-align: center;
    /// line-height: 22px;
    /// border: 2px solid black;
    /// border-radius: 10%;
    /// margin-right: 10px;"&gt;
    /// !
    /// &lt;/span&gt;
    /// &lt;span&gt;
    /// &lt;strong&gt;
    /// Only supports Custom Objects and Company (Business) today. Will be extended to other Standard Objects in the future.
    /// &lt;/strong&gt;
    /// &lt;/span&gt;
    /// &lt;/div&gt;
    /// &lt;/div&gt;
    ///
    /// `PUT /custom-fields/folder/{id}`
    ///
    /// Version `2021-07-28`; scope `locations/customFields.write`; retried after an unknown outcome.
    pub fn update_custom_field_folder(
        &self,
        id: impl AsRef<str>,
        body: &crate::apps::custom_fields::models::UpdateFolder,
    ) -> ops::UpdateCustomFieldFolder {
        let mut req = Request::new(
            http::Method::PUT,
            "/custom-fields/folder/{id}",
            format!(
                "/custom-fields/folder/{}",
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateCustomFieldFolder {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Custom Field Folder
    ///
    /// &lt;div&gt;
    /// &lt;p&gt; Create Custom Field Folder &lt;/p&gt;
    /// &lt;div&gt;
    /// &lt;span style= "display: inline-block;
    /// width: 25px; height: 25px;
    /// background-color: yellow;
    /// color: black;
    /// font-weight: bold;
    /// font-size: 24px;
    /// text-align: center;
    /// line-height: 22px;
    /// border: 2px solid black;
    /// border-radius: 10%;
    /// margin-right: 10px;"&gt;
    /// !
    /// &lt;/span&gt;
    /// &lt;span&gt;
    /// &lt;strong&gt;
    /// Only supports Custom Objects and Company (Business) today. Will be extended to other Standard Objects in the future.
    /// &lt;/strong&gt;
    /// &lt;/span&gt;
    /// &lt;/div&gt;
    /// &lt;/div&gt;
    ///
    /// `DELETE /custom-fields/folder/{id}`
    ///
    /// Version `2021-07-28`; scope `locations/customFields.write`; retried after an unknown outcome.
    pub fn delete_custom_field_folder(
        &self,
        id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::DeleteCustomFieldFolder {
        let mut req = Request::new(
            http::Method::DELETE,
            "/custom-fields/folder/{id}",
            format!(
                "/custom-fields/folder/{}",
                crate::request::segment(id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::DeleteCustomFieldFolder {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Custom Field
    ///
    /// &lt;div&gt;
    /// &lt;p&gt; Create Custom Field &lt;/p&gt;
    /// &lt;div&gt;
    /// &lt;span style= "display: inline-block;
    /// width: 25px; height: 25px;
    /// background-color: yellow;
    /// color: black;
    /// font-weight: bold;
    /// font-size: 24px;
    /// text-align: center;
    /// line-height: 22px;
    /// border: 2px solid black;
    /// border-radius: 10%;
    /// margin-right: 10px;"&gt;
    /// !
    /// &lt;/span&gt;
    /// &lt;span&gt;
    /// &lt;strong&gt;
    /// Only supports Custom Objects and Company (Business) today. Will be extended to other Standard Objects in the future.
    /// &lt;/strong&gt;
    /// &lt;/span&gt;
    /// &lt;/div&gt;
    /// &lt;/div&gt;
    ///
    /// `POST /custom-fields/`
    ///
    /// Version `2021-07-28`; scope `locations/customFields.write`; never repeated after an unknown outcome.
    pub fn create_custom_field(
        &self,
        body: &crate::apps::custom_fields::models::CreateCustomFieldsDto,
    ) -> ops::CreateCustomField {
        let mut req = Request::new(http::Method::POST, "/custom-fields/", "/custom-fields/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateCustomField {
            client: self.client.clone(),
            request: req,
        }
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `GET /custom-fields/{id}` request being built, to send with [`GetCustomFieldById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCustomFieldById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetCustomFieldById {
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
        ) -> Result<crate::apps::custom_fields::models::CustomFieldSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /custom-fields/{id}` request being built, to send with [`UpdateCustomField::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateCustomField {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateCustomField {
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
        ) -> Result<crate::apps::custom_fields::models::CustomFieldSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /custom-fields/{id}` request being built, to send with [`DeleteCustomField::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteCustomField {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteCustomField {
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
        ) -> Result<crate::apps::custom_fields::models::CustomFolderDeleteResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /custom-fields/object-key/{objectKey}` request being built, to send with [`GetCustomFieldsByObjectKey::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCustomFieldsByObjectKey {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetCustomFieldsByObjectKey {
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
        ) -> Result<crate::apps::custom_fields::models::CustomFieldsResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /custom-fields/folder` request being built, to send with [`CreateCustomFieldFolder::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateCustomFieldFolder {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateCustomFieldFolder {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::custom_fields::models::ICustomFieldFolder> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /custom-fields/folder/{id}` request being built, to send with [`UpdateCustomFieldFolder::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateCustomFieldFolder {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateCustomFieldFolder {
        /// The request as it will be sent.
        pub fn request(&self) -> &Request {
            &self.request
        }

        /// The request, to send later with [`GhlClient::send`] and friends.
        pub fn into_request(self) -> Request {
            self.request
        }

        /// Sends it through the client's pipeline and decodes the answer.
        pub async fn send(self) -> Result<crate::apps::custom_fields::models::ICustomFieldFolder> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /custom-fields/folder/{id}` request being built, to send with [`DeleteCustomFieldFolder::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteCustomFieldFolder {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteCustomFieldFolder {
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
        ) -> Result<crate::apps::custom_fields::models::CustomFolderDeleteResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /custom-fields/` request being built, to send with [`CreateCustomField::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateCustomField {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateCustomField {
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
        ) -> Result<crate::apps::custom_fields::models::CustomFieldSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }
}
