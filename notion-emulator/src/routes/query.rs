//! Running a data-source query: filter, sort, cursor paging and the result cap.

use serde_json::{Map, Value, json};

use super::{list_type, page_size, paginate, start_cursor, trash_flag};
use crate::error::ApiError;
use crate::filter::{self, Row};
use crate::render::{self, View};
use crate::sort;
use crate::store::{PageParent, Store};

/// Settings of one query run.
pub(crate) struct QueryRun<'a> {
    pub(crate) view: View,
    pub(crate) now: chrono::DateTime<chrono::Utc>,
    pub(crate) cap: usize,
    pub(crate) only: Option<&'a [String]>,
}

type Candidate = (u64, String, Map<String, Value>, String, String);

fn as_row(r: &Candidate) -> (u64, Row<'_>) {
    (
        r.0,
        Row {
            props: &r.2,
            created_time: &r.3,
            last_edited_time: &r.4,
        },
    )
}

/// Answers a query (see the module docs).
pub(crate) fn run(
    store: &Store,
    ds_id: &str,
    body: &Value,
    run: &QueryRun<'_>,
) -> Result<Value, ApiError> {
    let Some(ds) = store.data_sources.get(ds_id) else {
        return Err(ApiError::not_found("data_source", ds_id));
    };
    let size = page_size(body)?;
    let cursor = start_cursor(body)?;
    let want_trash = trash_flag(body, run.view.version)?.unwrap_or(false);
    let filter = match body.get("filter") {
        None | Some(Value::Null) => None,
        Some(f) => Some(filter::parse(f, &ds.properties)?),
    };
    let sorts = match body.get("sorts") {
        None | Some(Value::Null) => Vec::new(),
        Some(s) => sort::parse(s, &ds.properties)?,
    };
    if let Some(rt) = body.get("result_type").filter(|v| !v.is_null()) {
        match rt.as_str() {
            Some("page") => {}
            Some("data_source") => return Ok(list(Vec::new(), None, false, run, None)),
            _ => {
                return Err(ApiError::invalid_field(
                    "body.result_type",
                    "`page` or `data_source`",
                    rt,
                ));
            }
        }
    }
    let parent = PageParent::DataSource(ds.id.clone());
    let mut rows: Vec<Candidate> = store
        .pages
        .values()
        .filter(|p| p.parent == parent && p.in_trash == want_trash)
        .map(|p| {
            (
                p.seq,
                p.id.clone(),
                render::page_properties(store, p, run.view.minute_precision),
                crate::dates::timestamp(p.created_time, run.view.minute_precision),
                crate::dates::timestamp(p.last_edited_time, run.view.minute_precision),
            )
        })
        .collect();
    if let Some(f) = &filter {
        rows.retain(|r| filter::matches(f, &as_row(r).1, run.now));
    }
    rows.sort_by(|a, b| {
        let (sa, ra) = as_row(a);
        let (sb, rb) = as_row(b);
        sort::compare(&sorts, &ra, &rb).then(sa.cmp(&sb))
    });
    let cut = rows.len() > run.cap;
    rows.truncate(run.cap);
    let ids: Vec<String> = rows.iter().map(|r| r.1.clone()).collect();
    let (start, end, next) = paginate(&ids, cursor.as_deref(), size)?;
    let results: Vec<Value> = ids[start..end]
        .iter()
        .filter_map(|id| store.pages.get(id))
        .map(|p| render::page(store, p, run.view, run.only))
        .collect();
    let status = if next.is_none() && cut {
        json!({"type": "incomplete", "incomplete_reason": "query_result_limit_reached"})
    } else {
        json!({"type": "complete"})
    };
    let has_more = next.is_some();
    Ok(list(results, next, has_more, run, Some(status)))
}

fn list(
    results: Vec<Value>,
    next: Option<String>,
    has_more: bool,
    run: &QueryRun<'_>,
    status: Option<Value>,
) -> Value {
    let kind = list_type(run.view.version);
    let mut obj = Map::new();
    obj.insert("object".into(), json!("list"));
    obj.insert("results".into(), Value::Array(results));
    obj.insert("next_cursor".into(), json!(next));
    obj.insert("has_more".into(), json!(has_more));
    obj.insert("type".into(), json!(kind));
    obj.insert(kind.into(), json!({}));
    obj.insert(
        "request_status".into(),
        status.unwrap_or_else(|| json!({"type": "complete"})),
    );
    Value::Object(obj)
}
