//! Associations API: 10 operations.
//!
//! Generated from GHL's `apps/associations.json` by `cargo run -p xtask -- ghl-api`: do not edit;
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

    /// `CreateRelationReqDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateRelationReqDto {
        /// Your Sub Account's ID
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Association's Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "associationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub association_id: Option<String>,
        /// First Record's Id. For instance, if you have an association between a contact and a custom object, and you specify the contact as the first object while creating the association, then your firstRecordId would be the contactId
        ///
        /// Required by the spec.
        #[serde(
            rename = "firstRecordId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub first_record_id: Option<String>,
        /// Second Record's Id.For instance, if you have an association between a contact and a custom object, and you specify the custom object as the second entity while creating the association, then your secondRecordId would be the customObject record Id
        ///
        /// Required by the spec.
        #[serde(
            rename = "secondRecordId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub second_record_id: Option<String>,
    }

    impl CreateRelationReqDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            association_id: impl Into<String>,
            first_record_id: impl Into<String>,
            second_record_id: impl Into<String>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                association_id: Some(association_id.into()),
                first_record_id: Some(first_record_id.into()),
                second_record_id: Some(second_record_id.into()),
                ..Self::default()
            }
        }
    }

    /// `GetPostSuccessfulResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct GetPostSuccessfulResponseDto {
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// First Objects Association Label (custom_objects.children)
        ///
        /// Required by the spec.
        #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
        pub key: Option<String>,
        /// First Objects Association Label (custom_objects.children)
        ///
        /// Required by the spec.
        #[serde(
            rename = "firstObjectLabel",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub first_object_label: Option<serde_json::Map<String, serde_json::Value>>,
        /// First Objects Key
        ///
        /// Required by the spec.
        #[serde(
            rename = "firstObjectKey",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub first_object_key: Option<serde_json::Map<String, serde_json::Value>>,
        /// Second Object Association Label (contact)
        ///
        /// Required by the spec.
        #[serde(
            rename = "secondObjectLabel",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub second_object_label: Option<serde_json::Map<String, serde_json::Value>>,
        /// Second Objects Key
        ///
        /// Required by the spec.
        #[serde(
            rename = "secondObjectKey",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub second_object_key: Option<serde_json::Map<String, serde_json::Value>>,
        /// Association Type can be USER_DEFINED or SYSTEM_DEFINED
        ///
        /// Required by the spec.
        #[serde(
            rename = "associationType",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub association_type: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl GetPostSuccessfulResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            location_id: impl Into<String>,
            id: impl Into<String>,
            key: impl Into<String>,
            first_object_label: serde_json::Map<String, serde_json::Value>,
            first_object_key: serde_json::Map<String, serde_json::Value>,
            second_object_label: serde_json::Map<String, serde_json::Value>,
            second_object_key: serde_json::Map<String, serde_json::Value>,
            association_type: serde_json::Map<String, serde_json::Value>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                id: Some(id.into()),
                key: Some(key.into()),
                first_object_label: Some(first_object_label),
                first_object_key: Some(first_object_key),
                second_object_label: Some(second_object_label),
                second_object_key: Some(second_object_key),
                association_type: Some(association_type),
                ..Self::default()
            }
        }
    }

    /// `CreateAssociationReqDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct CreateAssociationReqDto {
        ///
        /// Required by the spec.
        #[serde(
            rename = "locationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub location_id: Option<String>,
        /// Association's Unique key
        ///
        /// Required by the spec.
        #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
        pub key: Option<String>,
        /// First Objects Association Label (custom_objects.children)
        ///
        /// Required by the spec.
        #[serde(
            rename = "firstObjectLabel",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub first_object_label: Option<serde_json::Map<String, serde_json::Value>>,
        /// First Objects Key
        ///
        /// Required by the spec.
        #[serde(
            rename = "firstObjectKey",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub first_object_key: Option<serde_json::Map<String, serde_json::Value>>,
        /// Second Object Association Label (contact)
        ///
        /// Required by the spec.
        #[serde(
            rename = "secondObjectLabel",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub second_object_label: Option<serde_json::Map<String, serde_json::Value>>,
        /// Second Objects Key
        ///
        /// Required by the spec.
        #[serde(
            rename = "secondObjectKey",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub second_object_key: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl CreateAssociationReqDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            location_id: impl Into<String>,
            key: impl Into<String>,
            first_object_label: serde_json::Map<String, serde_json::Value>,
            first_object_key: serde_json::Map<String, serde_json::Value>,
            second_object_label: serde_json::Map<String, serde_json::Value>,
            second_object_key: serde_json::Map<String, serde_json::Value>,
        ) -> Self {
            Self {
                location_id: Some(location_id.into()),
                key: Some(key.into()),
                first_object_label: Some(first_object_label),
                first_object_key: Some(first_object_key),
                second_object_label: Some(second_object_label),
                second_object_key: Some(second_object_key),
                ..Self::default()
            }
        }
    }

    /// `UpdateAssociationReqDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct UpdateAssociationReqDto {
        ///
        /// Required by the spec.
        #[serde(
            rename = "firstObjectLabel",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub first_object_label: Option<serde_json::Map<String, serde_json::Value>>,
        ///
        /// Required by the spec.
        #[serde(
            rename = "secondObjectLabel",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub second_object_label: Option<serde_json::Map<String, serde_json::Value>>,
    }

    impl UpdateAssociationReqDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(
            first_object_label: serde_json::Map<String, serde_json::Value>,
            second_object_label: serde_json::Map<String, serde_json::Value>,
        ) -> Self {
            Self {
                first_object_label: Some(first_object_label),
                second_object_label: Some(second_object_label),
                ..Self::default()
            }
        }
    }

    /// `DeleteAssociationsResponseDto` in the spec.
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct DeleteAssociationsResponseDto {
        /// Deletion status
        ///
        /// Required by the spec.
        #[serde(rename = "deleted", default, skip_serializing_if = "Option::is_none")]
        pub deleted: Option<bool>,
        /// Association Id
        ///
        /// Required by the spec.
        #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        ///
        /// Required by the spec.
        #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    impl DeleteAssociationsResponseDto {
        /// A value with the fields the spec requires; set the others on the result.
        pub fn new(deleted: bool, id: impl Into<String>, message: impl Into<String>) -> Self {
            Self {
                deleted: Some(deleted),
                id: Some(id.into()),
                message: Some(message.into()),
                ..Self::default()
            }
        }
    }
}

/// The Associations API operations (see [`GhlClient::apps`]).
#[derive(Debug, Clone)]
pub struct AssociationsApi {
    client: GhlClient,
}

impl AssociationsApi {
    /// The handler, on `client`'s pipeline.
    pub fn new(client: GhlClient) -> Self {
        Self { client }
    }

    /// Create Relation for you associated entities.
    ///
    /// Create Relation.Documentation Link - https://doc.clickup.com/8631005/d/h/87cpx-293776/cd0f4122abc04d3
    ///
    /// `POST /associations/relations`
    ///
    /// Version `2021-07-28`; scope `associations/relation.write`; never repeated after an unknown outcome.
    pub fn create_relation(
        &self,
        body: &crate::apps::associations::models::CreateRelationReqDto,
    ) -> ops::CreateRelation {
        let mut req = Request::new(
            http::Method::POST,
            "/associations/relations",
            "/associations/relations",
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateRelation {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get all relations By record Id
    ///
    /// Get all relations by record Id
    ///
    /// `GET /associations/relations/{recordId}`
    ///
    /// Version `2021-07-28`; scope `associations/relation.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn get_relations_by_record_id(
        &self,
        record_id: impl AsRef<str>,
        location_id: impl Into<String>,
        skip: f64,
        limit: f64,
    ) -> ops::GetRelationsByRecordId {
        let mut req = Request::new(
            http::Method::GET,
            "/associations/relations/{recordId}",
            format!(
                "/associations/relations/{}",
                crate::request::segment(record_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("skip", skip.to_string());
        req = req.query_pair("limit", limit.to_string());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetRelationsByRecordId {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Relation
    ///
    /// `DELETE /associations/relations/{relationId}`
    ///
    /// Version `2021-07-28`; scope `associations/relation.write`; retried after an unknown outcome.
    pub fn delete_relation(
        &self,
        relation_id: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::DeleteRelation {
        let mut req = Request::new(
            http::Method::DELETE,
            "/associations/relations/{relationId}",
            format!(
                "/associations/relations/{}",
                crate::request::segment(relation_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::DeleteRelation {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get association key by key name
    ///
    /// Using this api you can get standard / user defined association by key
    ///
    /// `GET /associations/key/{key_name}`
    ///
    /// Version `2021-07-28`; scope `associations.readonly`; retried after an unknown outcome.
    pub fn get_association_key_by_key_name(
        &self,
        key_name: impl AsRef<str>,
        location_id: impl Into<String>,
    ) -> ops::GetAssociationKeyByKeyName {
        let mut req = Request::new(
            http::Method::GET,
            "/associations/key/{key_name}",
            format!(
                "/associations/key/{}",
                crate::request::segment(key_name.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::GetAssociationKeyByKeyName {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get association by object keys
    ///
    /// Get association by object keys like contacts, custom objects and opportunities. Documentation Link - https://doc.clickup.com/8631005/d/h/87cpx-293776/cd0f4122abc04d3
    ///
    /// `GET /associations/objectKey/{objectKey}`
    ///
    /// Version `2021-07-28`; scope `associations.readonly`; retried after an unknown outcome.
    pub fn get_association_by_object_keys(
        &self,
        object_key: impl AsRef<str>,
    ) -> ops::GetAssociationByObjectKeys {
        let mut req = Request::new(
            http::Method::GET,
            "/associations/objectKey/{objectKey}",
            format!(
                "/associations/objectKey/{}",
                crate::request::segment(object_key.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::GetAssociationByObjectKeys {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get association by ID
    ///
    /// Using this api you can get SYSTEM_DEFINED / USER_DEFINED association by id
    ///
    /// `GET /associations/{associationId}`
    ///
    /// Version `2021-07-28`; scope `associations.readonly`; retried after an unknown outcome.
    pub fn get_association_by_id(
        &self,
        association_id: impl AsRef<str>,
    ) -> ops::GetAssociationById {
        let mut req = Request::new(
            http::Method::GET,
            "/associations/{associationId}",
            format!(
                "/associations/{}",
                crate::request::segment(association_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::GetAssociationById {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Update Association By Id
    ///
    /// Update Association , Allows you to update labels of an associations. Documentation Link - https://doc.clickup.com/8631005/d/h/87cpx-293776/cd0f4122abc04d3
    ///
    /// `PUT /associations/{associationId}`
    ///
    /// Version `2021-07-28`; scope `associations.write`; retried after an unknown outcome.
    pub fn update_association(
        &self,
        association_id: impl AsRef<str>,
        body: &crate::apps::associations::models::UpdateAssociationReqDto,
    ) -> ops::UpdateAssociation {
        let mut req = Request::new(
            http::Method::PUT,
            "/associations/{associationId}",
            format!(
                "/associations/{}",
                crate::request::segment(association_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::UpdateAssociation {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Delete Association
    ///
    /// Delete USER_DEFINED Association By Id, deleting an association will also all the relations for that association
    ///
    /// `DELETE /associations/{associationId}`
    ///
    /// Version `2021-07-28`; scope `associations.write`; retried after an unknown outcome.
    pub fn delete_association(&self, association_id: impl AsRef<str>) -> ops::DeleteAssociation {
        let mut req = Request::new(
            http::Method::DELETE,
            "/associations/{associationId}",
            format!(
                "/associations/{}",
                crate::request::segment(association_id.as_ref())
            ),
        );
        req = req.version(crate::ApiVersion("2021-07-28"));
        ops::DeleteAssociation {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Get all associations for a sub-account / location
    ///
    /// Get all Associations
    ///
    /// `GET /associations/`
    ///
    /// Version `2021-07-28`; scope `associations.readonly`; retried after an unknown outcome; pages by Offset.
    pub fn find_associations(
        &self,
        location_id: impl Into<String>,
        skip: f64,
        limit: f64,
    ) -> ops::FindAssociations {
        let mut req = Request::new(http::Method::GET, "/associations/", "/associations/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = req.query_pair("locationId", location_id.into());
        req = req.query_pair("skip", skip.to_string());
        req = req.query_pair("limit", limit.to_string());
        req = crate::apps::support::resource_if_unset(req, "locationId");
        ops::FindAssociations {
            client: self.client.clone(),
            request: req,
        }
    }

    /// Create Association
    ///
    /// Allow you to create contact - contact , contact - custom objects associations, will add more in the future.Documentation Link - https://doc.clickup.com/8631005/d/h/87cpx-293776/cd0f4122abc04d3
    ///
    /// `POST /associations/`
    ///
    /// Version `2021-07-28`; scope `associations.write`; never repeated after an unknown outcome.
    pub fn create_association(
        &self,
        body: &crate::apps::associations::models::CreateAssociationReqDto,
    ) -> ops::CreateAssociation {
        let mut req = Request::new(http::Method::POST, "/associations/", "/associations/");
        req = req.version(crate::ApiVersion("2021-07-28"));
        req = crate::apps::support::json_body(req, body);
        ops::CreateAssociation {
            client: self.client.clone(),
            request: req,
        }
    }
}

impl GhlClient {
    /// The Associations API operations (generated from GHL's spec).
    pub fn associations(&self) -> AssociationsApi {
        AssociationsApi::new(self.clone())
    }
}

/// The request builders of this app's operations.
pub mod ops {
    use crate::GhlClient;
    use crate::error::Result;
    use crate::request::Request;

    /// The `POST /associations/relations` request being built, to send with [`CreateRelation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateRelation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateRelation {
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
        ) -> Result<crate::apps::associations::models::GetPostSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /associations/relations/{recordId}` request being built, to send with [`GetRelationsByRecordId::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetRelationsByRecordId {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetRelationsByRecordId {
        /// Association Ids
        pub fn association_ids(
            mut self,
            value: impl IntoIterator<Item = impl Into<String>>,
        ) -> Self {
            for v in value {
                self.request = self.request.query_pair("associationIds", v.into());
            }
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
        ) -> Result<crate::apps::associations::models::GetPostSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /associations/relations/{relationId}` request being built, to send with [`DeleteRelation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteRelation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteRelation {
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
        ) -> Result<crate::apps::associations::models::GetPostSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /associations/key/{key_name}` request being built, to send with [`GetAssociationKeyByKeyName::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAssociationKeyByKeyName {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAssociationKeyByKeyName {
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
        ) -> Result<crate::apps::associations::models::GetPostSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /associations/objectKey/{objectKey}` request being built, to send with [`GetAssociationByObjectKeys::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAssociationByObjectKeys {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAssociationByObjectKeys {
        /// Sets `locationId`.
        pub fn location_id(mut self, value: impl Into<String>) -> Self {
            self.request = self.request.query_pair("locationId", value.into());
            self.request = crate::apps::support::resource_if_unset(self.request, "locationId");
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
        ) -> Result<crate::apps::associations::models::GetPostSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /associations/{associationId}` request being built, to send with [`GetAssociationById::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetAssociationById {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl GetAssociationById {
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
        ) -> Result<crate::apps::associations::models::GetPostSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `PUT /associations/{associationId}` request being built, to send with [`UpdateAssociation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateAssociation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl UpdateAssociation {
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
        ) -> Result<crate::apps::associations::models::GetPostSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `DELETE /associations/{associationId}` request being built, to send with [`DeleteAssociation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct DeleteAssociation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl DeleteAssociation {
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
        ) -> Result<crate::apps::associations::models::DeleteAssociationsResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `GET /associations/` request being built, to send with [`FindAssociations::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct FindAssociations {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl FindAssociations {
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
        ) -> Result<crate::apps::associations::models::GetPostSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }

    /// The `POST /associations/` request being built, to send with [`CreateAssociation::send`].
    #[derive(Debug, Clone)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateAssociation {
        pub(super) client: GhlClient,
        pub(super) request: Request,
    }

    impl CreateAssociation {
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
        ) -> Result<crate::apps::associations::models::GetPostSuccessfulResponseDto> {
            self.client.send(self.request).await
        }
    }
}
