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
    /// A `multipart/form-data` body (file uploads).
    Multipart(Multipart),
}

/// A `multipart/form-data` body: text fields and files, kept as bytes so a retry can send
/// it again.
///
/// ```
/// use ghl_client::request::Multipart;
///
/// let form = Multipart::new()
///     .text("name", "logo")
///     .file("file", "logo.png", "image/png", vec![0x89, b'P', b'N', b'G']);
/// let (content_type, bytes) = form.encode();
/// assert!(content_type.starts_with("multipart/form-data; boundary="));
/// assert!(bytes.windows(8).any(|w| w == b"logo.png"));
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Multipart {
    parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq)]
struct Part {
    name: String,
    file_name: Option<String>,
    content_type: Option<String>,
    data: Vec<u8>,
}

impl Multipart {
    /// An empty form.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a text field.
    pub fn text(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.parts.push(Part {
            name: name.into(),
            file_name: None,
            content_type: None,
            data: value.into().into_bytes(),
        });
        self
    }

    /// Adds a file.
    pub fn file(
        mut self,
        name: impl Into<String>,
        file_name: impl Into<String>,
        content_type: impl Into<String>,
        data: impl Into<Vec<u8>>,
    ) -> Self {
        self.parts.push(Part {
            name: name.into(),
            file_name: Some(file_name.into()),
            content_type: Some(content_type.into()),
            data: data.into(),
        });
        self
    }

    /// The `Content-Type` header (with its boundary) and the encoded body. The boundary is
    /// the first of a fixed sequence that occurs in no part, so the encoding is
    /// deterministic.
    pub fn encode(&self) -> (String, Vec<u8>) {
        let contains = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).any(|w| w == needle);
        let boundary = (0u32..)
            .map(|n| format!("ghl-client-boundary-{n}"))
            .find(|b| !self.parts.iter().any(|p| contains(&p.data, b.as_bytes())))
            .unwrap_or_default();
        let quote = |s: &str| {
            s.replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace(['\r', '\n'], " ")
        };
        let mut body = Vec::new();
        for part in &self.parts {
            body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
            let mut disposition = format!(
                "Content-Disposition: form-data; name=\"{}\"",
                quote(&part.name)
            );
            if let Some(file_name) = &part.file_name {
                disposition.push_str(&format!("; filename=\"{}\"", quote(file_name)));
            }
            body.extend_from_slice(disposition.as_bytes());
            body.extend_from_slice(b"\r\n");
            if let Some(content_type) = &part.content_type {
                body.extend_from_slice(
                    format!("Content-Type: {}\r\n", quote(content_type)).as_bytes(),
                );
            }
            body.extend_from_slice(b"\r\n");
            body.extend_from_slice(&part.data);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        (format!("multipart/form-data; boundary={boundary}"), body)
    }
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

    /// Sets a `multipart/form-data` body.
    pub fn multipart(mut self, form: Multipart) -> Self {
        self.body = Body::Multipart(form);
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

    /// The `Version` header it sends, if any.
    pub fn api_version(&self) -> Option<ApiVersion> {
        self.version
    }

    /// The resource (location or company id) whose budget and token it uses, if named.
    pub fn resource_name(&self) -> Option<&str> {
        self.resource.as_deref()
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
    fn multipart_bodies_frame_each_part_with_a_boundary_found_in_none() {
        let form = Multipart::new().text("a", "ghl-client-boundary-0").file(
            "f",
            "x\".txt",
            "text/plain",
            b"hello".to_vec(),
        );
        let (content_type, body) = form.encode();
        assert_eq!(
            content_type,
            "multipart/form-data; boundary=ghl-client-boundary-1"
        );
        let text = String::from_utf8(body).unwrap();
        assert_eq!(
            text,
            "--ghl-client-boundary-1\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nghl-client-boundary-0\r\n\
             --ghl-client-boundary-1\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x\\\".txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n\
             --ghl-client-boundary-1--\r\n"
        );
    }

    #[test]
    fn segments_are_escaped() {
        assert_eq!(segment("a/b c"), "a%2Fb%20c");
    }
}
