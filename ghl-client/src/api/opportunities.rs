//! Opportunities: search (a `startAfter` / `startAfterId` stream), get, create, update,
//! status, upsert, delete, and the location's pipelines.
//!
//! ```no_run
//! use futures_util::TryStreamExt;
//! use ghl_client::GhlClient;
//! use ghl_client::models::opportunity::{OpportunitySearch, OpportunityStatus, StatusUpdate};
//!
//! # async fn run(client: GhlClient) -> Result<(), ghl_client::Error> {
//! let opps = client.opportunities();
//! let pipelines = opps.pipelines().await?;
//! let open: Vec<_> = opps
//!     .search_stream(OpportunitySearch::new().status(OpportunityStatus::Open).limit(100))
//!     .try_collect()
//!     .await?;
//! if let Some(first) = open.first() {
//!     opps.update_status(&first.id, StatusUpdate::new(OpportunityStatus::Won)).await?;
//! }
//! println!("{} pipelines, {} open", pipelines.len(), open.len());
//! # Ok(()) }
//! ```

use crate::api::{location_or_default, start_after_cursor, wrong_cursor};
use crate::client::GhlClient;
use crate::error::Result;
use crate::ids::{LocationId, OpportunityId};
use crate::models::common::Succeeded;
use crate::models::opportunity::{
    NewOpportunity, Opportunity, OpportunityResponse, OpportunitySearch, OpportunitySearchResponse,
    StatusUpdate, UpdateOpportunity, UpsertOpportunity, UpsertOpportunityResponse,
};
use crate::models::pipeline::{Pipeline, PipelinesResponse};
use crate::pagination::{Cursor, ItemStream, Page, stream_pages};
use crate::request::{Request, segment};

impl GhlClient {
    /// Opportunities and pipelines.
    pub fn opportunities(&self) -> OpportunitiesApi {
        OpportunitiesApi {
            client: self.clone(),
        }
    }
}

/// The opportunities handler (see [`GhlClient::opportunities`]).
#[derive(Debug, Clone)]
pub struct OpportunitiesApi {
    client: GhlClient,
}

impl OpportunitiesApi {
    /// One page of `GET /opportunities/search` (query names as the API wants them:
    /// `location_id`, `pipeline_id`..., `startAfter`, `startAfterId`).
    pub async fn search(&self, mut search: OpportunitySearch) -> Result<Page<Opportunity>> {
        let location = location_or_default(&self.client, search.location_id.as_ref())?;
        search.location_id = Some(location.clone());
        let req = Request::get("/opportunities/search", "/opportunities/search")
            .query(&search)
            .resource(location.as_str());
        let resp: OpportunitySearchResponse = self.client.send(req).await?;
        let next = start_after_cursor(
            resp.meta.as_ref(),
            resp.opportunities.len(),
            search.effective_limit(),
        );
        Ok(Page {
            total: resp
                .meta
                .as_ref()
                .and_then(|m| m.total)
                .and_then(|t| u64::try_from(t).ok()),
            items: resp.opportunities,
            next,
        })
    }

    /// Every opportunity matching `search`, paged with `startAfter` / `startAfterId`.
    pub fn search_stream(&self, search: OpportunitySearch) -> ItemStream<Opportunity> {
        let api = self.clone();
        let first = match (&search.start_after, &search.start_after_id) {
            (Some(after), Some(id)) => Some(Cursor::StartAfter {
                start_after: *after,
                start_after_id: id.clone(),
            }),
            _ => None,
        };
        stream_pages(first, move |cursor| {
            let api = api.clone();
            let mut search = search.clone();
            async move {
                match cursor {
                    None => {}
                    Some(Cursor::StartAfter {
                        start_after,
                        start_after_id,
                    }) => {
                        search.start_after = Some(start_after);
                        search.start_after_id = Some(start_after_id);
                        search.page = None;
                    }
                    Some(other) => return Err(wrong_cursor("startAfter", &other)),
                }
                api.search(search).await
            }
        })
    }

    /// `GET /opportunities/{id}`.
    pub async fn get(&self, id: &OpportunityId) -> Result<Opportunity> {
        let req = Request::get(
            "/opportunities/{id}",
            format!("/opportunities/{}", segment(id.as_str())),
        );
        let resp: OpportunityResponse = self.client.send(req).await?;
        Ok(resp.opportunity)
    }

    /// `POST /opportunities/` (not retried on an unknown outcome: it could duplicate).
    pub async fn create(&self, mut opportunity: NewOpportunity) -> Result<Opportunity> {
        let location = location_or_default(&self.client, opportunity.location_id.as_ref())?;
        opportunity.location_id = Some(location.clone());
        let req = Request::post("/opportunities/", "/opportunities/")
            .json(&opportunity)
            .resource(location.as_str());
        let resp: OpportunityResponse = self.client.send(req).await?;
        Ok(resp.opportunity)
    }

    /// `PUT /opportunities/{id}`; returns the updated opportunity.
    pub async fn update(
        &self,
        id: &OpportunityId,
        update: UpdateOpportunity,
    ) -> Result<Opportunity> {
        let req = Request::put(
            "/opportunities/{id}",
            format!("/opportunities/{}", segment(id.as_str())),
        )
        .json(&update);
        let resp: OpportunityResponse = self.client.send(req).await?;
        Ok(resp.opportunity)
    }

    /// `PUT /opportunities/{id}/status`; returns GHL's `succeded`.
    pub async fn update_status(
        &self,
        id: &OpportunityId,
        status: impl Into<StatusUpdate>,
    ) -> Result<bool> {
        let req = Request::put(
            "/opportunities/{id}/status",
            format!("/opportunities/{}/status", segment(id.as_str())),
        )
        .json(&status.into());
        let resp: Succeeded = self.client.send(req).await?;
        Ok(resp.is_success())
    }

    /// `POST /opportunities/upsert`.
    pub async fn upsert(&self, mut upsert: UpsertOpportunity) -> Result<UpsertOpportunityResponse> {
        let location = location_or_default(&self.client, upsert.location_id.as_ref())?;
        upsert.location_id = Some(location.clone());
        let req = Request::post("/opportunities/upsert", "/opportunities/upsert")
            .json(&upsert)
            .idempotent(true)
            .resource(location.as_str());
        self.client.send(req).await
    }

    /// `DELETE /opportunities/{id}`; returns GHL's `succeded`.
    pub async fn delete(&self, id: &OpportunityId) -> Result<bool> {
        let req = Request::delete(
            "/opportunities/{id}",
            format!("/opportunities/{}", segment(id.as_str())),
        );
        let resp: Succeeded = self.client.send(req).await?;
        Ok(resp.is_success())
    }

    /// `GET /opportunities/pipelines?locationId=` for the client's location.
    pub async fn pipelines(&self) -> Result<Vec<Pipeline>> {
        let location = location_or_default(&self.client, None)?;
        self.pipelines_of(&location).await
    }

    /// `GET /opportunities/pipelines?locationId=` for another location.
    pub async fn pipelines_of(&self, location: &LocationId) -> Result<Vec<Pipeline>> {
        let req = Request::get("/opportunities/pipelines", "/opportunities/pipelines")
            .query_pair("locationId", location.as_str())
            .resource(location.as_str());
        let resp: PipelinesResponse = self.client.send(req).await?;
        Ok(resp.pipelines)
    }
}
