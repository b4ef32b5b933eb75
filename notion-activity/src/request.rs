//! A request as plain data: method, path, query, JSON body and whether repeating it is safe.
//!
//! The typed entry points of [`crate::NotionClient`] only describe requests; one pipeline
//! (`transport.rs`) executes them all. A request built here can also be sent directly with
//! [`crate::NotionClient::send`], as the escape hatch for endpoints this crate does not type:
//!
//! ```
//! use notion_activity::Request;
//!
//! let req = Request::post("/v1/search", "/v1/search")
//!     .json(&serde_json::json!({"query": "Activity"}))
//!     .idempotent(true); // a search is read-only
//! assert!(req.is_idempotent());
//! ```

use http::Method;
use serde::Serialize;

/// One API call, described as data.
#[derive(Debug, Clone)]
pub struct Request {
    pub(crate) method: Method,
    pub(crate) template: &'static str,
    pub(crate) path: String,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) body: Option<serde_json::Value>,
    pub(crate) idempotent: bool,
    pub(crate) encode_error: Option<String>,
}

impl Request {
    /// A request of `method` to `path` (ids filled in), traced under `template` (the path with
    /// `{placeholders}`). GET, PATCH and DELETE are idempotent; POST is not unless marked.
    pub fn new(method: Method, template: &'static str, path: impl Into<String>) -> Self {
        let idempotent = matches!(
            method,
            Method::GET | Method::HEAD | Method::PUT | Method::PATCH | Method::DELETE
        );
        Self {
            method,
            template,
            path: path.into(),
            query: Vec::new(),
            body: None,
            idempotent,
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

    /// A PATCH request (idempotent: Notion's PATCH bodies set absolute values).
    pub fn patch(template: &'static str, path: impl Into<String>) -> Self {
        Self::new(Method::PATCH, template, path)
    }

    /// Adds one query parameter.
    pub fn query_pair(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.push((name.into(), value.into()));
        self
    }

    /// Sets the JSON body.
    pub fn json<B: Serialize + ?Sized>(mut self, body: &B) -> Self {
        match serde_json::to_value(body) {
            Ok(value) => self.body = Some(value),
            Err(e) => self.encode_error = Some(e.to_string()),
        }
        self
    }

    /// Marks whether repeating this call after an unknown outcome is safe. Queries and
    /// searches are (read-only POSTs); page creation is not.
    pub fn idempotent(mut self, idempotent: bool) -> Self {
        self.idempotent = idempotent;
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

    /// The JSON body, if any.
    pub fn body(&self) -> Option<&serde_json::Value> {
        self.body.as_ref()
    }

    /// Whether the call may be repeated after an unknown outcome.
    pub fn is_idempotent(&self) -> bool {
        self.idempotent
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

    #[test]
    fn idempotency_defaults() {
        assert!(Request::get("/", "/").is_idempotent());
        assert!(Request::patch("/", "/").is_idempotent());
        assert!(!Request::post("/", "/").is_idempotent());
        assert!(Request::post("/", "/").idempotent(true).is_idempotent());
    }

    #[test]
    fn segments_are_escaped() {
        assert_eq!(segment("../a b"), "..%2Fa%20b");
    }
}
