//! `POST /contacts/search`: filters, sort and cursors, as pure functions over contacts.
//!
//! Filters are `{field, operator, value}` or `{group: "AND"|"OR", filters}`; operators `eq`,
//! `not_eq`, `contains`, `not_contains`, `exists`, `not_exists`, `range` (`{gt, gte, lt, lte}`,
//! dates as epoch millis or ISO strings). The sort defaults to `dateAdded` ascending; `id`
//! always breaks ties, so each contact's `searchAfter` (its sort values plus its id) is a
//! stable cursor. Filtering and sorting on `dateUpdated` make incremental pulls possible.

mod filter;
mod sort;

use std::cmp::Ordering;

use serde::Deserialize;
use serde_json::{Value, json};

pub use filter::Filter;
use filter::{matches, matches_query};
use sort::{Key, compare, key_of, parse_cursor, sort_keys};

use super::errors::{GhlError, GhlResult};
use super::model::Contact;

/// Largest `pageLimit`.
pub const MAX_PAGE_LIMIT: u64 = 500;
/// Page mode stops at this many records; beyond it use `searchAfter`.
pub const PAGE_MODE_CAP: u64 = 10_000;
/// Longest `query`.
pub const MAX_QUERY_LEN: usize = 75;

/// The request body.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchBody {
    /// Location (required).
    pub location_id: Option<String>,
    /// Page number from 1 (page mode).
    pub page: Option<u64>,
    /// Results per page (required, at most 500).
    pub page_limit: Option<u64>,
    /// Cursor: the last contact's `searchAfter`.
    pub search_after: Option<Vec<Value>>,
    /// Free text over name, email, phone and company.
    pub query: Option<String>,
    /// Filters, combined with AND.
    #[serde(default)]
    pub filters: Vec<Filter>,
    /// Sort keys.
    #[serde(default)]
    pub sort: Vec<SortSpec>,
}

/// One sort key.
#[derive(Debug, Clone, Deserialize)]
pub struct SortSpec {
    /// Field name.
    pub field: String,
    /// `asc` (default) or `desc`.
    #[serde(default)]
    pub direction: Option<String>,
}

/// A search result page.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchPage {
    /// Contacts, each with its `searchAfter`.
    pub contacts: Vec<Value>,
    /// How many contacts match, over all pages.
    pub total: usize,
}

/// Runs a search over `contacts` (already limited to the location).
pub fn search<'a>(
    contacts: impl Iterator<Item = &'a Contact>,
    body: &SearchBody,
) -> GhlResult<SearchPage> {
    let limit = body
        .page_limit
        .ok_or_else(|| GhlError::invalid("pageLimit should not be empty"))?;
    if limit == 0 || limit > MAX_PAGE_LIMIT {
        return Err(GhlError::invalid(format!(
            "pageLimit must be between 1 and {MAX_PAGE_LIMIT}"
        )));
    }
    let query = body
        .query
        .as_deref()
        .map(str::trim)
        .filter(|q| !q.is_empty());
    if query.is_some_and(|q| q.chars().count() > MAX_QUERY_LEN) {
        return Err(GhlError::invalid(format!(
            "query must be shorter than or equal to {MAX_QUERY_LEN} characters"
        )));
    }
    let query = query.map(str::to_lowercase);
    let keys = sort_keys(&body.sort)?;
    let cursor = body
        .search_after
        .as_deref()
        .filter(|c| !c.is_empty())
        .map(|c| parse_cursor(c, &keys))
        .transpose()?;
    let page = body.page.unwrap_or(1).max(1);
    if cursor.is_none() && page.saturating_mul(limit) > PAGE_MODE_CAP {
        return Err(GhlError::invalid(format!(
            "page mode is limited to {PAGE_MODE_CAP} records; use searchAfter to go further"
        )));
    }

    let mut hits: Vec<(Vec<Key>, &Contact)> = Vec::new();
    for c in contacts {
        if query.as_deref().is_some_and(|q| !matches_query(c, q)) {
            continue;
        }
        let mut ok = true;
        for f in &body.filters {
            if !matches(c, f)? {
                ok = false;
                break;
            }
        }
        if ok {
            hits.push((keys.iter().map(|k| key_of(c, k)).collect(), c));
        }
    }
    let total = hits.len();
    hits.sort_by(|(a, ac), (b, bc)| compare(a, &ac.id, b, &bc.id, &keys));

    let start = match &cursor {
        Some((values, id)) => {
            hits.partition_point(|(k, c)| compare(k, &c.id, values, id, &keys) != Ordering::Greater)
        }
        None => usize::try_from((page - 1) * limit).unwrap_or(usize::MAX),
    };
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    let contacts = hits
        .iter()
        .skip(start)
        .take(limit)
        .map(|(k, c)| {
            let mut v = c.to_json();
            let mut after: Vec<Value> = k.iter().map(Key::to_json).collect();
            after.push(json!(c.id));
            if let Some(obj) = v.as_object_mut() {
                obj.insert("searchAfter".into(), Value::Array(after));
            }
            v
        })
        .collect();
    Ok(SearchPage { contacts, total })
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Duration, Utc};

    use super::*;

    fn contacts() -> Vec<Contact> {
        let t0 = DateTime::<Utc>::UNIX_EPOCH + Duration::days(20_000);
        (0..10)
            .map(|i| {
                let mut c = Contact::blank(
                    format!("c{i:02}"),
                    "L".into(),
                    t0 + Duration::hours(i64::from(i % 5)),
                );
                c.date_updated = t0 + Duration::days(i64::from(i));
                c.email = Some(format!("user{i}@example.com"));
                c.first_name = Some(if i % 2 == 0 { "Ann" } else { "Bob" }.into());
                c.tags = if i < 3 { vec!["vip".into()] } else { vec![] };
                c.refresh_derived();
                c
            })
            .collect()
    }

    fn body(json: Value) -> SearchBody {
        serde_json::from_value(json).expect("valid body")
    }

    #[test]
    fn cursor_walk_visits_every_match_once_in_order() {
        let all = contacts();
        let mut seen = Vec::new();
        let mut after: Option<Value> = None;
        loop {
            let mut b = json!({"locationId": "L", "pageLimit": 3});
            if let Some(a) = &after {
                b["searchAfter"] = a.clone();
            }
            let page = search(all.iter(), &body(b)).expect("search");
            assert_eq!(page.total, 10);
            if page.contacts.is_empty() {
                break;
            }
            after = page.contacts.last().map(|c| c["searchAfter"].clone());
            seen.extend(
                page.contacts
                    .iter()
                    .map(|c| c["id"].as_str().unwrap_or_default().to_owned()),
            );
        }
        assert_eq!(seen.len(), 10);
        // dateAdded cycles through 5 hours; ties are broken by id.
        assert_eq!(&seen[..4], ["c00", "c05", "c01", "c06"]);
    }

    #[test]
    fn filters_on_date_updated_range_and_groups() {
        let all = contacts();
        let since = (DateTime::<Utc>::UNIX_EPOCH + Duration::days(20_007)).timestamp_millis();
        let b = body(json!({
            "locationId": "L", "pageLimit": 50,
            "filters": [{"field": "dateUpdated", "operator": "range", "value": {"gte": since}}],
            "sort": [{"field": "dateUpdated", "direction": "desc"}]
        }));
        let page = search(all.iter(), &b).expect("search");
        let ids: Vec<&str> = page
            .contacts
            .iter()
            .filter_map(|c| c["id"].as_str())
            .collect();
        assert_eq!(ids, ["c09", "c08", "c07"]);

        let b = body(json!({
            "locationId": "L", "pageLimit": 50,
            "filters": [{"group": "OR", "filters": [
                {"field": "tags", "operator": "eq", "value": "VIP"},
                {"field": "email", "operator": "eq", "value": "user9@example.com"}
            ]}]
        }));
        assert_eq!(search(all.iter(), &b).expect("search").total, 4);
    }

    #[test]
    fn bad_input_is_422() {
        let all = contacts();
        for bad in [
            json!({"locationId": "L"}),
            json!({"locationId": "L", "pageLimit": 501}),
            json!({"locationId": "L", "pageLimit": 10, "page": 1001}),
            json!({"locationId": "L", "pageLimit": 10, "filters": [{"field": "nope", "operator": "eq", "value": "x"}]}),
            json!({"locationId": "L", "pageLimit": 10, "filters": [{"field": "email", "operator": "like", "value": "x"}]}),
            json!({"locationId": "L", "pageLimit": 10, "searchAfter": [1]}),
        ] {
            assert!(matches!(
                search(all.iter(), &body(bad)),
                Err(GhlError::Unprocessable(_))
            ));
        }
    }
}
