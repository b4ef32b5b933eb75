//! Contact search (filters, sort, `searchAfter`) and the deprecated `GET /contacts/` list.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ids::LocationId;
use crate::models::common::{PageMeta, opt_i64};

/// Most results a contact search returns per page.
use super::*;
// ---------------------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------------------

string_enum! {
    /// A contact-search filter operator.
    pub enum FilterOperator {
        /// Equal to the value.
        Eq = "eq",
        /// Not equal to the value.
        NotEq = "not_eq",
        /// Contains the value.
        Contains = "contains",
        /// Does not contain the value.
        NotContains = "not_contains",
        /// The field has a value.
        Exists = "exists",
        /// The field has no value.
        NotExists = "not_exists",
        /// Within `{gt|gte, lt|lte}`.
        Range = "range",
    }
}

string_enum! {
    /// How a filter group combines its filters.
    pub enum GroupOperator {
        /// Every filter must match.
        And = "AND",
        /// At least one filter must match.
        Or = "OR",
    }
}

/// One contact-search filter: a condition on a field, or a group of filters.
///
/// Top-level filters are combined with AND.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Filter {
    /// `{ "group": "AND" | "OR", "filters": [...] }`.
    Group {
        /// How the filters combine.
        group: GroupOperator,
        /// The filters of the group.
        filters: Vec<Filter>,
    },
    /// `{ "field", "operator", "value"? }`.
    Condition {
        /// The field, e.g. `email`, `tags`, `dateAdded`, `customFields.{id}`.
        field: String,
        /// The operator.
        operator: FilterOperator,
        /// The value; absent for `exists` / `not_exists`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        value: Option<Value>,
    },
}

impl Filter {
    /// A condition `field operator value`.
    pub fn condition(
        field: impl Into<String>,
        operator: FilterOperator,
        value: Option<Value>,
    ) -> Self {
        Self::Condition {
            field: field.into(),
            operator,
            value,
        }
    }

    /// `field` equals `value`.
    pub fn eq(field: impl Into<String>, value: impl Into<Value>) -> Self {
        Self::condition(field, FilterOperator::Eq, Some(value.into()))
    }

    /// `field` does not equal `value`.
    pub fn not_eq(field: impl Into<String>, value: impl Into<Value>) -> Self {
        Self::condition(field, FilterOperator::NotEq, Some(value.into()))
    }

    /// `field` contains `value`.
    pub fn contains(field: impl Into<String>, value: impl Into<Value>) -> Self {
        Self::condition(field, FilterOperator::Contains, Some(value.into()))
    }

    /// `field` does not contain `value`.
    pub fn not_contains(field: impl Into<String>, value: impl Into<Value>) -> Self {
        Self::condition(field, FilterOperator::NotContains, Some(value.into()))
    }

    /// `field` has a value.
    pub fn exists(field: impl Into<String>) -> Self {
        Self::condition(field, FilterOperator::Exists, None)
    }

    /// `field` has no value.
    pub fn not_exists(field: impl Into<String>) -> Self {
        Self::condition(field, FilterOperator::NotExists, None)
    }

    /// `field` lies within `[gte, lte]` (either bound may be open). Dates are ISO strings
    /// or epoch milliseconds.
    pub fn range(field: impl Into<String>, gte: Option<Value>, lte: Option<Value>) -> Self {
        let mut bounds = Map::new();
        if let Some(v) = gte {
            bounds.insert("gte".to_owned(), v);
        }
        if let Some(v) = lte {
            bounds.insert("lte".to_owned(), v);
        }
        Self::condition(field, FilterOperator::Range, Some(Value::Object(bounds)))
    }

    /// Every filter must match.
    pub fn and(filters: Vec<Filter>) -> Self {
        Self::Group {
            group: GroupOperator::And,
            filters,
        }
    }

    /// At least one filter must match.
    pub fn or(filters: Vec<Filter>) -> Self {
        Self::Group {
            group: GroupOperator::Or,
            filters,
        }
    }
}

string_enum! {
    /// A sort direction.
    pub enum SortDirection {
        /// Ascending.
        Asc = "asc",
        /// Descending.
        Desc = "desc",
    }
}

/// One sort key of a search.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sort {
    /// The field, e.g. `dateAdded`.
    pub field: String,
    /// The direction.
    pub direction: SortDirection,
}

/// The body of `POST /contacts/search`.
///
/// `location_id` may be left unset: the client's location is used. For more than 10,000
/// results, page with `search_after` (the streams do) rather than `page`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContactSearch {
    /// The location to search; defaults to the client's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<LocationId>,
    /// Page number (1-based), for page mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Results per page, at most 500.
    pub page_limit: u32,
    /// The cursor: the `searchAfter` of the last record of the previous page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_after: Option<Vec<Value>>,
    /// Filters, combined with AND.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub filters: Vec<Filter>,
    /// Sort keys.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sort: Vec<Sort>,
    /// Free-text query (at most 75 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
}

impl Default for ContactSearch {
    fn default() -> Self {
        Self::new()
    }
}

impl ContactSearch {
    /// A search of the client's location, 100 per page, no filters.
    pub fn new() -> Self {
        Self {
            location_id: None,
            page: None,
            page_limit: DEFAULT_SEARCH_PAGE_LIMIT,
            search_after: None,
            filters: Vec::new(),
            sort: Vec::new(),
            query: None,
        }
    }

    /// Searches this location instead of the client's.
    pub fn location_id(mut self, id: impl Into<LocationId>) -> Self {
        self.location_id = Some(id.into());
        self
    }

    /// Results per page, clamped to 1..=500.
    pub fn page_limit(mut self, limit: u32) -> Self {
        self.page_limit = limit.clamp(1, MAX_SEARCH_PAGE_LIMIT);
        self
    }

    /// Asks for this page (1-based).
    pub fn page(mut self, page: u32) -> Self {
        self.page = Some(page);
        self
    }

    /// Starts after this cursor.
    pub fn search_after(mut self, cursor: Vec<Value>) -> Self {
        self.search_after = Some(cursor);
        self
    }

    /// Adds a filter (top-level filters combine with AND).
    pub fn filter(mut self, filter: Filter) -> Self {
        self.filters.push(filter);
        self
    }

    /// Adds a sort key.
    pub fn sort(mut self, field: impl Into<String>, direction: SortDirection) -> Self {
        self.sort.push(Sort {
            field: field.into(),
            direction,
        });
        self
    }

    /// Sets the free-text query.
    pub fn query(mut self, query: impl Into<String>) -> Self {
        self.query = Some(query.into());
        self
    }
}

/// The answer of `POST /contacts/search`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContactSearchResponse {
    /// The matching contacts, each with its `searchAfter` cursor.
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// Total matches.
    #[serde(default, with = "opt_i64", skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

// ---------------------------------------------------------------------------------------
// Deprecated list
// ---------------------------------------------------------------------------------------

/// The query of the deprecated `GET /contacts/` (prefer [`ContactSearch`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContactList {
    /// The location; defaults to the client's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<LocationId>,
    /// Cursor: `startAfter` (epoch milliseconds) of the previous page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_after: Option<i64>,
    /// Cursor: `startAfterId` of the previous page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_after_id: Option<String>,
    /// Free-text query.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Page size (default 20, at most 100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

setters!(ContactList {
    location_id: LocationId,
    query: String,
});

impl ContactList {
    /// A list of the client's location with the default page size.
    pub fn new() -> Self {
        Self::default()
    }

    /// Page size, clamped to 1..=100.
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = Some(limit.clamp(1, MAX_LIST_LIMIT));
        self
    }

    /// Starts after this cursor.
    pub fn start_after(mut self, start_after: i64, start_after_id: impl Into<String>) -> Self {
        self.start_after = Some(start_after);
        self.start_after_id = Some(start_after_id.into());
        self
    }
}

/// The answer of the deprecated `GET /contacts/`: `{contacts, count}` and, in older
/// answers, `meta` with the next cursor.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContactListResponse {
    /// The contacts.
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// Total matches.
    #[serde(default, with = "opt_i64", skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// Paging metadata, when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<PageMeta>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
