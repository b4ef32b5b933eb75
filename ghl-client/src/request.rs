//! A request as plain data: method, path, query, body, API version, idempotency, resource.
//!
//! Resource modules (`api/*`) only describe requests; [`crate::GhlClient::send`] executes every
//! one of them through the same pipeline. A request built here can also be sent directly, as
//! the escape hatch for endpoints this crate does not type yet:
//!
//! ```
//! use ghl_client::{ApiVersion, Request};
//!
//! let req = Request::get("/forms/", "/forms/")
//!     .query_pair("locationId", "loc_123")
//!     .version(ApiVersion::V2021_07_28);
//! assert!(req.is_idempotent());
//! ```

use http::Method;
use serde::Serialize;

/// The value of GHL's `Version` header for an endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ApiVersion(pub &'static str);

impl ApiVersion {
    /// `2021-07-28`: contacts, opportunities, locations, users, OAuth location tokens.
    pub const V2021_07_28: ApiVersion = ApiVersion("2021-07-28");
    /// `2021-04-15`: calendars.
    pub const V2021_04_15: ApiVersion = ApiVersion("2021-04-15");

    /// The header value.
    pub fn as_str(&self) -> &'static str {
        self.0
    }
}

/// A request body.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// No body.
    Empty,
    /// A JSON body.
    Json(serde_json::Value),
    /// An `application/x-www-form-urlencoded` body.
    Form(Vec<(String, String)>),
}

/// One API call, described as data.
#[derive(Debug, Clone)]
pub struct Request {
    pub(crate) method: Method,
    pub(crate) template: &'static str,
    pub(crate) path: String,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) body: Body,
    pub(crate) version: Option<ApiVersion>,
    pub(crate) idempotent: bool,
    pub(crate) resource: Option<String>,
    pub(crate) authenticated: bool,
    pub(crate) encode_error: Option<String>,
}

impl Request {
    /// A request of `method` to `path` (with ids filled in), traced under `template` (the
    /// path with `{placeholders}`, e.g. `/contacts/{contactId}`).
    ///
    /// GET, HEAD, PUT and DELETE are idempotent; POST is not unless marked with
    /// [`Request::idempotent`]. The `Version` header defaults to `2021-07-28`.
    pub fn new(method: Method, template: &'static str, path: impl Into<String>) -> Self {
        let idempotent = matches!(
            method,
            Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS
        );
        Self {
            method,
            template,
            path: path.into(),
            query: Vec::new(),
            body: Body::Empty,
            version: Some(ApiVersion::V2021_07_28),
            idempotent,
            resource: None,
            authenticated: true,
            encode_error: None,
        }
    }

    /// A GET request.
    pub fn get(template: &'static str, path: impl Into<String>) -> Self {
        Self::new(Method::GET, template, path)
    }

    /// A POST request (not idempotent unless marked).
    pub fn post(template: &'static str, path: impl Into<String>) -> Self {
        Self::new(Method::POST, template, path)
    }

    /// A PUT request.
    pub fn put(template: &'static str, path: impl Into<String>) -> Self {
        Self::new(Method::PUT, template, path)
    }

    /// A DELETE request.
    pub fn delete(template: &'static str, path: impl Into<String>) -> Self {
        Self::new(Method::DELETE, template, path)
    }

    /// Adds one query parameter.
    pub fn query_pair(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.push((name.into(), value.into()));
        self
    }

    /// Adds every field of `params` (a struct or map that serializes to a flat object) as
    /// query parameters; `None` fields are skipped, sequences become repeated parameters.
    pub fn query<Q: Serialize + ?Sized>(mut self, params: &Q) -> Self {
        match serde_json::to_value(params) {
            Ok(serde_json::Value::Object(map)) => {
                for (name, value) in map {
                    push_query_value(&mut self.query, &name, value);
                }
            }
            Ok(serde_json::Value::Null) => {}
            Ok(other) => {
                self.encode_error =
                    Some(format!("query parameters must be an object, got {other}"));
            }
            Err(e) => self.encode_error = Some(e.to_string()),
        }
        self
    }

    /// Sets a JSON body.
    pub fn json<B: Serialize + ?Sized>(mut self, body: &B) -> Self {
        match serde_json::to_value(body) {
            Ok(value) => self.body = Body::Json(value),
            Err(e) => self.encode_error = Some(e.to_string()),
        }
        self
    }

    /// Sets a form-encoded body.
    pub fn form<I, K, V>(mut self, fields: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        self.body = Body::Form(
            fields
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        );
        self
    }

    /// Sets the `Version` header.
    pub fn version(mut self, version: ApiVersion) -> Self {
        self.version = Some(version);
        self
    }

    /// Sends no `Version` header (GHL's `/oauth/token` declares none).
    pub fn without_version(mut self) -> Self {
        self.version = None;
        self
    }

    /// Marks whether repeating this call after an unknown outcome is safe. Read-only POSTs
    /// (searches) and upserts are; creates are not.
    pub fn idempotent(mut self, idempotent: bool) -> Self {
        self.idempotent = idempotent;
        self
    }

    /// The resource (location or company id) whose rate-limit budget this call spends.
    /// Defaults to the client's location.
    pub fn resource(mut self, resource: impl Into<String>) -> Self {
        self.resource = Some(resource.into());
        self
    }

    /// Sends the request without an `Authorization` header (token endpoints authenticate
    /// with client credentials in the body).
    pub fn unauthenticated(mut self) -> Self {
        self.authenticated = false;
        self
    }

    /// The HTTP method.
    pub fn method(&self) -> &Method {
        &self.method
    }

    /// The concrete path.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The path template used in traces.
    pub fn template(&self) -> &'static str {
        self.template
    }

    /// The query parameters.
    pub fn query_pairs(&self) -> &[(String, String)] {
        &self.query
    }

    /// The body.
    pub fn body(&self) -> &Body {
        &self.body
    }

    /// Whether the call may be repeated after an unknown outcome.
    pub fn is_idempotent(&self) -> bool {
        self.idempotent
    }
}

fn push_query_value(out: &mut Vec<(String, String)>, name: &str, value: serde_json::Value) {
    match value {
        serde_json::Value::Null => {}
        serde_json::Value::String(s) => out.push((name.to_owned(), s)),
        serde_json::Value::Array(items) => {
            for item in items {
                push_query_value(out, name, item);
            }
        }
        other => out.push((name.to_owned(), other.to_string())),
    }
}

/// Percent-encodes one path segment (an id that came from a user or the network).
pub fn segment(id: &str) -> String {
    url::form_urlencoded::byte_serialize(id.as_bytes())
        .collect::<String>()
        .replace('+', "%20")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Params {
        location_id: &'static str,
        limit: Option<u32>,
        skip: Option<u32>,
        ids: Vec<&'static str>,
        is_ok: bool,
    }

    #[test]
    fn query_flattens_a_struct() {
        let r = Request::get("/x", "/x").query(&Params {
            location_id: "loc",
            limit: Some(5),
            skip: None,
            ids: vec!["a", "b"],
            is_ok: true,
        });
        assert_eq!(
            r.query_pairs(),
            &[
                ("locationId".to_owned(), "loc".to_owned()),
                ("limit".to_owned(), "5".to_owned()),
                ("ids".to_owned(), "a".to_owned()),
                ("ids".to_owned(), "b".to_owned()),
                ("isOk".to_owned(), "true".to_owned()),
            ]
        );
    }

    #[test]
    fn idempotency_defaults() {
        assert!(Request::get("/", "/").is_idempotent());
        assert!(Request::put("/", "/").is_idempotent());
        assert!(!Request::post("/", "/").is_idempotent());
        assert!(Request::post("/", "/").idempotent(true).is_idempotent());
    }

    #[test]
    fn segments_are_escaped() {
        assert_eq!(segment("a/b c"), "a%2Fb%20c");
    }
}
