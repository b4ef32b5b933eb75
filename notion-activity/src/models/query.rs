//! Querying a data source: typed filters and sorts, cursor streams, and the 10,000-row cap.
//!
//! Notion stops a query after 10,000 rows with `has_more: false`; only `request_status`
//! (`{"type":"incomplete","incomplete_reason":"query_result_limit_reached"}`) shows the cut.
//! [`NotionClient::query_all`] walks around it: it sorts by `created_time` ascending and, when
//! a window is cut, queries again from the last `created_time` seen (`on_or_after`), skipping
//! ids it already returned.
//!
//! ```no_run
//! use futures_util::TryStreamExt;
//! use notion_activity::DataSourceId;
//! use notion_activity::models::query::{Filter, TextOp};
//!
//! # async fn run(client: notion_activity::NotionClient) -> Result<(), notion_activity::Error> {
//! let filter = Filter::rich_text("GHL Contact ID", TextOp::Equals("c_123".into()));
//! let rows: Vec<_> = client
//!     .query_all(&DataSourceId::from("ds-id"), Some(filter))
//!     .try_collect()
//!     .await?;
//! # Ok(()) }
//! ```

use std::collections::{HashSet, VecDeque};
use std::pin::Pin;

use futures_core::Stream;
use futures_util::{StreamExt, stream};
use serde::Deserialize;
use serde_json::{Map, Value, json};

use ghl_notion_runtime::paging::{PageOf, cursor_stream};

use crate::client::NotionClient;
use crate::error::{Error, Result};
use crate::ids::{DataSourceId, canonical_id};
use crate::models::null_as_default;
use crate::models::page::Page;
use crate::request::{Request, segment};

/// A condition on a text-like property (title, rich text, URL, email, phone).
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub enum TextOp {
    Equals(String),
    DoesNotEqual(String),
    Contains(String),
    DoesNotContain(String),
    StartsWith(String),
    EndsWith(String),
    IsEmpty,
    IsNotEmpty,
}

/// A condition on a number.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub enum NumberOp {
    Equals(f64),
    DoesNotEqual(f64),
    GreaterThan(f64),
    LessThan(f64),
    GreaterThanOrEqualTo(f64),
    LessThanOrEqualTo(f64),
    IsEmpty,
    IsNotEmpty,
}

/// A condition on a date or timestamp (ISO 8601 values).
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub enum DateOp {
    Equals(String),
    Before(String),
    After(String),
    OnOrBefore(String),
    OnOrAfter(String),
    IsEmpty,
    IsNotEmpty,
}

/// A condition on a select or status option.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub enum OptionOp {
    Equals(String),
    DoesNotEqual(String),
    IsEmpty,
    IsNotEmpty,
}

/// A query filter.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Filter {
    /// A title property.
    Title(String, TextOp),
    /// A rich-text property.
    RichText(String, TextOp),
    /// A URL property.
    Url(String, TextOp),
    /// An email property.
    Email(String, TextOp),
    /// A phone property.
    Phone(String, TextOp),
    /// A number property.
    Number(String, NumberOp),
    /// A checkbox property equal to the value.
    Checkbox(String, bool),
    /// A select property.
    Select(String, OptionOp),
    /// A status property.
    Status(String, OptionOp),
    /// A multi-select property containing the option.
    MultiSelectContains(String, String),
    /// A date property.
    Date(String, DateOp),
    /// The row's `created_time`.
    CreatedTime(DateOp),
    /// The row's `last_edited_time`.
    LastEditedTime(DateOp),
    /// All of these.
    And(Vec<Filter>),
    /// Any of these.
    Or(Vec<Filter>),
}

fn text_op(op: &TextOp) -> Value {
    match op {
        TextOp::Equals(v) => json!({"equals": v}),
        TextOp::DoesNotEqual(v) => json!({"does_not_equal": v}),
        TextOp::Contains(v) => json!({"contains": v}),
        TextOp::DoesNotContain(v) => json!({"does_not_contain": v}),
        TextOp::StartsWith(v) => json!({"starts_with": v}),
        TextOp::EndsWith(v) => json!({"ends_with": v}),
        TextOp::IsEmpty => json!({"is_empty": true}),
        TextOp::IsNotEmpty => json!({"is_not_empty": true}),
    }
}

fn number_op(op: &NumberOp) -> Value {
    match op {
        NumberOp::Equals(v) => json!({"equals": v}),
        NumberOp::DoesNotEqual(v) => json!({"does_not_equal": v}),
        NumberOp::GreaterThan(v) => json!({"greater_than": v}),
        NumberOp::LessThan(v) => json!({"less_than": v}),
        NumberOp::GreaterThanOrEqualTo(v) => json!({"greater_than_or_equal_to": v}),
        NumberOp::LessThanOrEqualTo(v) => json!({"less_than_or_equal_to": v}),
        NumberOp::IsEmpty => json!({"is_empty": true}),
        NumberOp::IsNotEmpty => json!({"is_not_empty": true}),
    }
}

fn date_op(op: &DateOp) -> Value {
    match op {
        DateOp::Equals(v) => json!({"equals": v}),
        DateOp::Before(v) => json!({"before": v}),
        DateOp::After(v) => json!({"after": v}),
        DateOp::OnOrBefore(v) => json!({"on_or_before": v}),
        DateOp::OnOrAfter(v) => json!({"on_or_after": v}),
        DateOp::IsEmpty => json!({"is_empty": true}),
        DateOp::IsNotEmpty => json!({"is_not_empty": true}),
    }
}

fn option_op(op: &OptionOp) -> Value {
    match op {
        OptionOp::Equals(v) => json!({"equals": v}),
        OptionOp::DoesNotEqual(v) => json!({"does_not_equal": v}),
        OptionOp::IsEmpty => json!({"is_empty": true}),
        OptionOp::IsNotEmpty => json!({"is_not_empty": true}),
    }
}

impl Filter {
    /// `property` (rich text) matching `op`.
    pub fn rich_text(property: impl Into<String>, op: TextOp) -> Self {
        Self::RichText(property.into(), op)
    }

    /// `property` (title) matching `op`.
    pub fn title(property: impl Into<String>, op: TextOp) -> Self {
        Self::Title(property.into(), op)
    }

    /// Both this and `other`.
    pub fn and(self, other: Filter) -> Self {
        match self {
            Self::And(mut all) => {
                all.push(other);
                Self::And(all)
            }
            first => Self::And(vec![first, other]),
        }
    }

    /// The filter JSON.
    pub fn to_json(&self) -> Value {
        let prop = |name: &str, kind: &str, cond: Value| json!({"property": name, kind: cond});
        match self {
            Self::Title(p, op) => prop(p, "title", text_op(op)),
            Self::RichText(p, op) => prop(p, "rich_text", text_op(op)),
            Self::Url(p, op) => prop(p, "url", text_op(op)),
            Self::Email(p, op) => prop(p, "email", text_op(op)),
            Self::Phone(p, op) => prop(p, "phone_number", text_op(op)),
            Self::Number(p, op) => prop(p, "number", number_op(op)),
            Self::Checkbox(p, b) => prop(p, "checkbox", json!({"equals": b})),
            Self::Select(p, op) => prop(p, "select", option_op(op)),
            Self::Status(p, op) => prop(p, "status", option_op(op)),
            Self::MultiSelectContains(p, v) => prop(p, "multi_select", json!({"contains": v})),
            Self::Date(p, op) => prop(p, "date", date_op(op)),
            Self::CreatedTime(op) => {
                json!({"timestamp": "created_time", "created_time": date_op(op)})
            }
            Self::LastEditedTime(op) => {
                json!({"timestamp": "last_edited_time", "last_edited_time": date_op(op)})
            }
            Self::And(all) => json!({"and": all.iter().map(Filter::to_json).collect::<Vec<_>>()}),
            Self::Or(any) => json!({"or": any.iter().map(Filter::to_json).collect::<Vec<_>>()}),
        }
    }
}

/// Sort direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Direction {
    Ascending,
    Descending,
}

impl Direction {
    fn as_str(self) -> &'static str {
        match self {
            Self::Ascending => "ascending",
            Self::Descending => "descending",
        }
    }
}

/// A sort.
#[derive(Debug, Clone, PartialEq)]
pub enum Sort {
    /// By a property.
    Property(String, Direction),
    /// By `created_time`.
    CreatedTime(Direction),
    /// By `last_edited_time`.
    LastEditedTime(Direction),
}

impl Sort {
    /// The sort JSON.
    pub fn to_json(&self) -> Value {
        match self {
            Self::Property(p, d) => json!({"property": p, "direction": d.as_str()}),
            Self::CreatedTime(d) => json!({"timestamp": "created_time", "direction": d.as_str()}),
            Self::LastEditedTime(d) => {
                json!({"timestamp": "last_edited_time", "direction": d.as_str()})
            }
        }
    }
}

/// The body (and `filter_properties`) of one data-source query.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QueryRequest {
    /// The filter.
    pub filter: Option<Filter>,
    /// The sorts, first one first.
    pub sorts: Vec<Sort>,
    /// Rows per page (at most 100; Notion's default is 100).
    pub page_size: Option<u32>,
    /// The cursor of the page to read.
    pub start_cursor: Option<String>,
    /// Only return these property ids (query string `filter_properties`).
    pub filter_properties: Vec<String>,
}

impl QueryRequest {
    /// A query with `filter`.
    pub fn filtered(filter: Filter) -> Self {
        Self {
            filter: Some(filter),
            ..Self::default()
        }
    }

    /// The JSON body.
    pub fn to_json(&self) -> Value {
        let mut body = Map::new();
        if let Some(f) = &self.filter {
            body.insert("filter".into(), f.to_json());
        }
        if !self.sorts.is_empty() {
            body.insert(
                "sorts".into(),
                Value::Array(self.sorts.iter().map(Sort::to_json).collect()),
            );
        }
        if let Some(size) = self.page_size {
            body.insert("page_size".into(), json!(size.clamp(1, 100)));
        }
        if let Some(c) = &self.start_cursor {
            body.insert("start_cursor".into(), json!(c));
        }
        Value::Object(body)
    }

    /// The request for `data_source` (a read-only POST, so retried on 5xx).
    pub fn request(&self, data_source: &DataSourceId) -> Request {
        let mut request = Request::post(
            "/v1/data_sources/{data_source_id}/query",
            format!("/v1/data_sources/{}/query", segment(data_source.as_str())),
        )
        .json(&self.to_json())
        .idempotent(true);
        for id in &self.filter_properties {
            request = request.query_pair("filter_properties", id.clone());
        }
        request
    }
}

/// `request_status` of a query answer.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct RequestStatus {
    /// `"complete"` or `"incomplete"`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Why it is incomplete (`"query_result_limit_reached"`).
    #[serde(default)]
    pub incomplete_reason: Option<String>,
}

/// One page of query results.
#[derive(Debug, Clone, Deserialize)]
pub struct QueryResponse {
    /// The rows (data sources of a wiki are skipped by the streams).
    #[serde(default, deserialize_with = "null_as_default")]
    pub results: Vec<Page>,
    /// The cursor of the next page.
    #[serde(default)]
    pub next_cursor: Option<String>,
    /// Whether there is a next page.
    #[serde(default)]
    pub has_more: bool,
    /// Whether the query was cut at the result cap.
    #[serde(default)]
    pub request_status: Option<RequestStatus>,
}

impl QueryResponse {
    /// Whether Notion cut the query at its result cap.
    pub fn is_incomplete(&self) -> bool {
        self.request_status
            .as_ref()
            .is_some_and(|s| s.kind == "incomplete")
    }
}

/// A boxed stream of results.
pub type BoxStream<T> = Pin<Box<dyn Stream<Item = Result<T>> + Send>>;

impl NotionClient {
    /// One page of a query.
    pub async fn query_data_source(
        &self,
        data_source: &DataSourceId,
        query: &QueryRequest,
    ) -> Result<QueryResponse> {
        self.send(query.request(data_source)).await
    }

    /// Every page of one query, following cursors; stops with [`Error::CursorRepeated`] if
    /// a cursor comes back twice.
    pub fn query_pages(
        &self,
        data_source: &DataSourceId,
        query: QueryRequest,
    ) -> BoxStream<QueryResponse> {
        let client = self.clone();
        let data_source = data_source.clone();
        cursor_stream(
            query.start_cursor.clone(),
            move |cursor: Option<String>| {
                let client = client.clone();
                let data_source = data_source.clone();
                let query = QueryRequest {
                    start_cursor: cursor,
                    ..query.clone()
                };
                async move {
                    let page = client.query_data_source(&data_source, &query).await?;
                    let next = page.next_cursor.clone().filter(|_| page.has_more);
                    Ok(PageOf {
                        items: vec![page],
                        next,
                    })
                }
            },
            |c: &String| Error::CursorRepeated { cursor: c.clone() },
        )
        .boxed()
    }

    /// The rows of one query, across cursors. If Notion cuts the query at its cap, the
    /// stream ends early with a warning; use [`NotionClient::query_all`] to read past it.
    pub fn query_stream(&self, data_source: &DataSourceId, query: QueryRequest) -> BoxStream<Page> {
        self.query_pages(data_source, query)
            .flat_map(|page| {
                let items: Vec<Result<Page>> = match page {
                    Ok(page) => {
                        if page.is_incomplete() {
                            tracing::warn!("query cut at Notion's result cap; use query_all");
                        }
                        page.results
                            .into_iter()
                            .filter(Page::is_page)
                            .map(Ok)
                            .collect()
                    }
                    Err(e) => vec![Err(e)],
                };
                stream::iter(items)
            })
            .boxed()
    }

    /// Every row matching `filter`, past the 10,000-row cap (see the module docs). Rows come
    /// oldest first; each id once.
    pub fn query_all(&self, data_source: &DataSourceId, filter: Option<Filter>) -> BoxStream<Page> {
        let state = Windowed {
            client: self.clone(),
            data_source: data_source.clone(),
            filter,
            window_start: None,
            pages: None,
            buffer: VecDeque::new(),
            seen: HashSet::new(),
            new_in_window: 0,
            capped: false,
            last_created: None,
            done: false,
        };
        stream::unfold(state, |mut st| async move {
            let item = st.next().await?;
            Some((item, st))
        })
        .boxed()
    }
}

struct Windowed {
    client: NotionClient,
    data_source: DataSourceId,
    filter: Option<Filter>,
    window_start: Option<String>,
    pages: Option<BoxStream<QueryResponse>>,
    buffer: VecDeque<Page>,
    seen: HashSet<String>,
    new_in_window: usize,
    capped: bool,
    last_created: Option<String>,
    done: bool,
}

impl Windowed {
    fn window_query(&self) -> QueryRequest {
        let since = self
            .window_start
            .clone()
            .map(|t| Filter::CreatedTime(DateOp::OnOrAfter(t)));
        let filter = match (self.filter.clone(), since) {
            (Some(f), Some(s)) => Some(f.and(s)),
            (f, s) => f.or(s),
        };
        QueryRequest {
            filter,
            sorts: vec![Sort::CreatedTime(Direction::Ascending)],
            page_size: Some(100),
            ..QueryRequest::default()
        }
    }

    async fn next(&mut self) -> Option<Result<Page>> {
        loop {
            if let Some(page) = self.buffer.pop_front() {
                return Some(Ok(page));
            }
            if self.done {
                return None;
            }
            if self.pages.is_none() {
                let query = self.window_query();
                self.pages = Some(self.client.query_pages(&self.data_source, query));
                self.new_in_window = 0;
                self.capped = false;
            }
            let next = match self.pages.as_mut() {
                Some(pages) => pages.next().await,
                None => None,
            };
            match next {
                Some(Err(e)) => {
                    self.done = true;
                    return Some(Err(e));
                }
                Some(Ok(response)) => {
                    self.capped |= response.is_incomplete();
                    for page in response.results.into_iter().filter(Page::is_page) {
                        if let Some(t) = &page.created_time {
                            self.last_created = Some(t.clone());
                        }
                        if self.seen.insert(canonical_id(page.id.as_str())) {
                            self.new_in_window += 1;
                            self.buffer.push_back(page);
                        }
                    }
                }
                None => {
                    self.pages = None;
                    if !self.capped {
                        self.done = true;
                        continue;
                    }
                    let Some(at) = self.last_created.clone() else {
                        self.done = true;
                        continue;
                    };
                    if self.new_in_window == 0 {
                        self.done = true;
                        return Some(Err(Error::QueryCapUnresolved { at }));
                    }
                    tracing::info!(from = %at, "query cap reached: continuing from created_time");
                    self.window_start = Some(at);
                }
            }
        }
    }
}
