//! [`NotionEmulator`]: the shared state behind the router, and helpers for tests to inspect it
//! or to act as a human editing the workspace in Notion's UI.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use axum::Router;
use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use crate::config::NotionConfig;
use crate::error::ApiError;
use crate::ids::{IdGen, normalize_uuid};
use crate::rate_limit::RateLimiter;
use crate::render::{self, View};
use crate::store::{PageParent, Store};
use crate::version::ApiVersion;

/// The clock every timestamp and rate-limit window reads.
pub type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

/// An in-memory Notion workspace served over HTTP by [`NotionEmulator::router`].
pub struct NotionEmulator {
    config: NotionConfig,
    clock: Clock,
    store: Mutex<Store>,
    limiter: Mutex<RateLimiter>,
    request_ids: Mutex<IdGen>,
}

impl std::fmt::Debug for NotionEmulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NotionEmulator")
            .field("config", &"…")
            .finish_non_exhaustive()
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl NotionEmulator {
    /// A new emulator with an empty workspace (one top-level page), reading time from `now`.
    pub fn new(config: NotionConfig, now: Clock) -> Arc<Self> {
        let store = Store::new(config.seed, now());
        Arc::new(Self {
            limiter: Mutex::new(RateLimiter::new(config.requests_per_second, config.burst)),
            request_ids: Mutex::new(IdGen::new(config.seed ^ 0x9e37_79b9_7f4a_7c15)),
            store: Mutex::new(store),
            clock: now,
            config,
        })
    }

    /// The axum router serving `/v1/...`.
    pub fn router(self: &Arc<Self>) -> Router {
        crate::routes::router(Arc::clone(self))
    }

    /// The configuration.
    pub fn config(&self) -> &NotionConfig {
        &self.config
    }

    /// The token clients must send as `Authorization: Bearer <token>`.
    pub fn token(&self) -> &str {
        &self.config.token
    }

    /// Current emulator time.
    pub fn now(&self) -> DateTime<Utc> {
        (self.clock)()
    }

    /// Id of the page that exists from the start, under which databases can be created.
    pub fn parent_page_id(&self) -> String {
        lock(&self.store).parent_page_id.clone()
    }

    /// Id of the integration's bot user (`GET /v1/users/me`).
    pub fn bot_user_id(&self) -> String {
        lock(&self.store).bot_user_id.clone()
    }

    /// Id of the workspace's human member (author of [`Self::edit_page_as_user`] edits).
    pub fn person_user_id(&self) -> String {
        lock(&self.store).person_user_id.clone()
    }

    /// Everything held, as `2025-09-03` JSON: `{parent_page_id, databases, data_sources, pages}`
    /// (pages include trashed ones; each list in creation order).
    pub fn snapshot(&self) -> Value {
        let store = lock(&self.store);
        let view = self.view(ApiVersion::V2025_09_03);
        let mut dbs: Vec<_> = store.databases.values().collect();
        dbs.sort_by_key(|d| d.seq);
        let mut sources: Vec<_> = store.data_sources.values().collect();
        sources.sort_by_key(|d| d.seq);
        let mut pages: Vec<_> = store.pages.values().collect();
        pages.sort_by_key(|p| p.seq);
        json!({
            "parent_page_id": store.parent_page_id,
            "databases": dbs.iter().map(|d| render::database(&store, d, view)).collect::<Vec<_>>(),
            "data_sources": sources.iter().map(|d| render::data_source(&store, d, view)).collect::<Vec<_>>(),
            "pages": pages.iter().map(|p| render::page(&store, p, view, None)).collect::<Vec<_>>(),
        })
    }

    /// The rows of a data source that are not in the trash, oldest first, as page objects.
    pub fn pages_in(&self, data_source_id: &str) -> Vec<Value> {
        let Some(id) = normalize_uuid(data_source_id) else {
            return Vec::new();
        };
        let store = lock(&self.store);
        let view = self.view(ApiVersion::V2025_09_03);
        let mut pages: Vec<_> = store
            .pages
            .values()
            .filter(|p| !p.in_trash && p.parent == PageParent::DataSource(id.clone()))
            .collect();
        pages.sort_by_key(|p| p.seq);
        pages
            .iter()
            .map(|p| render::page(&store, p, view, None))
            .collect()
    }

    /// One page (trashed or not) as a `2025-09-03` page object.
    pub fn page(&self, page_id: &str) -> Option<Value> {
        let id = normalize_uuid(page_id)?;
        let store = lock(&self.store);
        let page = store.pages.get(&id)?;
        Some(render::page(
            &store,
            page,
            self.view(ApiVersion::V2025_09_03),
            None,
        ))
    }

    /// Ids of every data source, oldest first.
    pub fn data_source_ids(&self) -> Vec<String> {
        let store = lock(&self.store);
        let mut sources: Vec<_> = store.data_sources.values().collect();
        sources.sort_by_key(|d| d.seq);
        sources.iter().map(|d| d.id.clone()).collect()
    }

    /// Edits a page's properties as the human user would in Notion's UI (same validation as the
    /// API; the page's `last_edited_by` becomes the person user). Returns the page object.
    pub fn edit_page_as_user(&self, page_id: &str, properties: Value) -> Result<Value, ApiError> {
        self.as_user(page_id, json!({"properties": properties}))
    }

    /// Moves a page to the trash (`true`) or restores it (`false`) as the human user.
    pub fn set_page_in_trash_as_user(
        &self,
        page_id: &str,
        in_trash: bool,
    ) -> Result<Value, ApiError> {
        self.as_user(page_id, json!({"in_trash": in_trash}))
    }

    /// Adds a row to a data source as the human user. Returns the page object.
    pub fn create_page_as_user(
        &self,
        data_source_id: &str,
        properties: Value,
    ) -> Result<Value, ApiError> {
        let now = self.now();
        let mut store = lock(&self.store);
        let actor = store.person_user_id.clone();
        let body = json!({
            "parent": {"type": "data_source_id", "data_source_id": data_source_id},
            "properties": properties,
        });
        let id =
            crate::routes::pages::create(&mut store, &body, ApiVersion::V2025_09_03, &actor, now)?;
        let page = store
            .pages
            .get(&id)
            .ok_or_else(|| ApiError::not_found("page", &id))?;
        Ok(render::page(
            &store,
            page,
            self.view(ApiVersion::V2025_09_03),
            None,
        ))
    }

    fn as_user(&self, page_id: &str, body: Value) -> Result<Value, ApiError> {
        let id = normalize_uuid(page_id).ok_or_else(|| ApiError::not_found("page", page_id))?;
        let now = self.now();
        let mut store = lock(&self.store);
        let actor = store.person_user_id.clone();
        crate::routes::pages::update(&mut store, &id, &body, ApiVersion::V2026_03_11, &actor, now)?;
        let page = store
            .pages
            .get(&id)
            .ok_or_else(|| ApiError::not_found("page", &id))?;
        Ok(render::page(
            &store,
            page,
            self.view(ApiVersion::V2025_09_03),
            None,
        ))
    }

    /// Empties the workspace and the rate-limit buckets; ids start again from the seed.
    pub fn reset(&self) {
        *lock(&self.store) = Store::new(self.config.seed, self.now());
        lock(&self.limiter).clear();
    }

    pub(crate) fn store(&self) -> MutexGuard<'_, Store> {
        lock(&self.store)
    }

    pub(crate) fn view(&self, version: ApiVersion) -> View {
        View {
            version,
            minute_precision: self.config.minute_precision_timestamps,
        }
    }

    pub(crate) fn next_request_id(&self) -> String {
        lock(&self.request_ids).uuid()
    }

    /// Takes one request from `token`'s rate-limit bucket.
    pub(crate) fn admit(&self, token: &str) -> Result<(), ApiError> {
        let now = self.now();
        lock(&self.limiter)
            .acquire(token, now)
            .map_err(ApiError::rate_limited)
    }
}
