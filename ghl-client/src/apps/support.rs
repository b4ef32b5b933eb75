//! What the generated modules share: the catalog's types and the few steps every generated
//! request takes (a JSON or form body, the rate-limit resource, an answer without a schema).

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::GhlClient;
use crate::error::{Error, Result};
use crate::pagination::{Cursor, Page};
use crate::request::{Body, Request};

/// How an operation pages through its results, read from its parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Paging {
    /// One answer holds everything.
    None,
    /// `startAfter` + `startAfterId` query parameters (see [`crate::Cursor::StartAfter`]).
    StartAfter,
    /// A `searchAfter` array in the body (see [`crate::Cursor::SearchAfter`]).
    SearchAfter,
    /// An offset: `skip` or `offset` with `limit` (see [`crate::Cursor::Skip`]).
    Offset,
    /// A page number: `page` (see [`crate::Cursor::Page`]).
    Page,
}

/// One operation of GHL's specs, as generated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Operation {
    /// The app's spec file (`conversations`), also its feature (`api-conversations`).
    pub app: &'static str,
    /// The module under [`crate::apps`] (`conversations`).
    pub module: &'static str,
    /// The spec's `operationId`.
    pub operation_id: &'static str,
    /// The HTTP method, upper case.
    pub method: &'static str,
    /// The spec's path template, verbatim.
    pub path: &'static str,
    /// The `Version` header it sends, if the spec declares one.
    pub version: Option<&'static str>,
    /// The OAuth scopes that allow it (any one of them).
    pub scopes: &'static [&'static str],
    /// Whether it is repeated after an unknown outcome (GET, PUT, DELETE, search POSTs).
    pub idempotent: bool,
    /// How it pages.
    pub paging: Paging,
    /// The method on the app's handler.
    pub rust_method: &'static str,
    /// The spec's summary.
    pub summary: &'static str,
}

/// Sets a JSON body, and takes the rate-limit resource (location, else company) from its
/// `locationId` or `companyId` when the request has none yet.
#[cfg_attr(not(feature = "full"), allow(dead_code))] // used by the generated apps
pub(crate) fn json_body<B: Serialize + ?Sized>(request: Request, body: &B) -> Request {
    let request = request.json(body);
    let ids = match &request.body {
        Body::Json(value) => ["locationId", "companyId"]
            .iter()
            .find_map(|k| value.get(*k).and_then(serde_json::Value::as_str))
            .map(str::to_owned),
        _ => None,
    };
    match ids {
        Some(id) if request.resource.is_none() => request.resource(id),
        _ => request,
    }
}

/// Sets a form body from a struct's fields (strings as they are, other values as JSON).
#[cfg_attr(not(feature = "full"), allow(dead_code))] // used by the generated apps
pub(crate) fn form_body<B: Serialize + ?Sized>(request: Request, form: &B) -> Request {
    let pairs = match serde_json::to_value(form) {
        Ok(serde_json::Value::Object(map)) => map
            .into_iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| match v {
                serde_json::Value::String(s) => (k, s),
                other => (k, other.to_string()),
            })
            .collect(),
        _ => Vec::new(),
    };
    request.form(pairs)
}

/// Takes the rate-limit resource from the query parameter `name` unless one is set.
#[cfg_attr(not(feature = "full"), allow(dead_code))] // used by the generated apps
pub(crate) fn resource_if_unset(request: Request, name: &str) -> Request {
    if request.resource.is_some() {
        return request;
    }
    let value = request
        .query
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone());
    match value {
        Some(v) => request.resource(v),
        None => request,
    }
}

/// Which query parameter moves from one page to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(feature = "full"), allow(dead_code))] // used by the generated apps
pub(crate) enum Numbering {
    /// An offset (`skip`, `offset`), from 0, advanced by the items received.
    Offset(&'static str),
    /// A page number (`page`), from 1, advanced by one.
    Page(&'static str),
}

/// Fetches one page of an offset- or page-numbered list: the one `request` asks for
/// (`cursor` `None`), or the one `cursor` names. The next cursor is set after a full page
/// (as many items as the request's `limit`, or any items when it sets none); `read` takes
/// the items and the total out of the answer.
#[cfg_attr(not(feature = "full"), allow(dead_code))] // used by the generated apps
pub(crate) async fn numbered_page<R, T>(
    client: &GhlClient,
    mut request: Request,
    numbering: Numbering,
    cursor: Option<Cursor>,
    read: impl FnOnce(R) -> (Vec<T>, Option<u64>),
) -> Result<Page<T>>
where
    R: DeserializeOwned,
{
    let (param, first) = match numbering {
        Numbering::Offset(p) => (p, 0),
        Numbering::Page(p) => (p, 1),
    };
    let number = |v: &str| {
        v.parse::<f64>()
            .ok()
            .filter(|v| *v >= 0.0)
            .map(|v| v as u64)
    };
    let current = match cursor {
        Some(Cursor::Skip(n) | Cursor::Page(n)) => n,
        Some(other) => {
            return Err(Error::InvalidRequest(format!(
                "{other:?} is not a page cursor of {}",
                request.template
            )));
        }
        None => request
            .query
            .iter()
            .find(|(k, _)| k == param)
            .and_then(|(_, v)| number(v))
            .unwrap_or(first),
    };
    request.query.retain(|(k, _)| k != param);
    request = request.query_pair(param, current.to_string());
    let limit = request
        .query
        .iter()
        .find(|(k, _)| matches!(k.as_str(), "limit" | "pageLimit" | "pageSize" | "perPage"))
        .and_then(|(_, v)| number(v));
    let answer: R = client.send(request).await?;
    let (items, total) = read(answer);
    let received = items.len() as u64;
    let full = received > 0 && limit.is_none_or(|l| received >= l);
    let next = full.then(|| match numbering {
        Numbering::Offset(_) => Cursor::Skip(current + received),
        Numbering::Page(_) => Cursor::Page(current + 1),
    });
    Ok(Page { items, total, next })
}

/// Sends `request` and reads its answer as JSON; an empty body is `Null`. For operations
/// whose spec gives no schema for the answer.
pub async fn send_value(client: &GhlClient, request: Request) -> Result<serde_json::Value> {
    let method = request.method().to_string();
    let template = request.template();
    let raw = client.send_raw(request).await?;
    if raw.body.iter().all(u8::is_ascii_whitespace) {
        return Ok(serde_json::Value::Null);
    }
    client.decode(&method, template, &raw.body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_json_body_names_the_resource_unless_one_is_set() {
        let r = json_body(Request::post("/x", "/x"), &json!({"locationId": "loc1"}));
        assert_eq!(r.resource.as_deref(), Some("loc1"));
        let r = json_body(Request::post("/x", "/x"), &json!({"companyId": "co1"}));
        assert_eq!(r.resource.as_deref(), Some("co1"));
        let r = json_body(
            Request::post("/x", "/x").resource("set"),
            &json!({"locationId": "loc1"}),
        );
        assert_eq!(r.resource.as_deref(), Some("set"));
        let r = json_body(Request::post("/x", "/x"), &json!({"name": "n"}));
        assert_eq!(r.resource, None);
    }

    #[test]
    fn a_query_parameter_names_the_resource_unless_one_is_set() {
        let r = resource_if_unset(
            Request::get("/x", "/x").query_pair("locationId", "loc1"),
            "locationId",
        );
        assert_eq!(r.resource.as_deref(), Some("loc1"));
        let r = resource_if_unset(
            Request::get("/x", "/x")
                .query_pair("locationId", "loc1")
                .resource("set"),
            "locationId",
        );
        assert_eq!(r.resource.as_deref(), Some("set"));
        let r = resource_if_unset(Request::get("/x", "/x"), "locationId");
        assert_eq!(r.resource, None);
    }

    #[test]
    fn form_bodies_keep_strings_and_drop_nulls() {
        let r = form_body(
            Request::post("/x", "/x"),
            &json!({"a": "x", "b": 2, "c": null, "d": true}),
        );
        let Body::Form(pairs) = r.body() else {
            panic!("a form body");
        };
        let expected = [("a", "x"), ("b", "2"), ("d", "true")];
        assert_eq!(pairs.len(), 3);
        for (k, v) in expected {
            assert!(pairs.contains(&(k.to_owned(), v.to_owned())), "{k}");
        }
    }
}
