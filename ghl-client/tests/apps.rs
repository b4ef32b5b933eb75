//! The generated API surface (`ghl_client::apps`) against GHL's official specs.
//!
//! The specs are read here, independently of the generator: every operation in
//! `shared/specs/ghl/apps` must have a generated method whose request has the spec's method,
//! path template, `Version` and required query parameters; JSON bodies built from the
//! spec's examples must validate against the spec's request schemas; and answers built from
//! the spec's response examples must decode into the generated types when served by
//! wiremock through the client's whole pipeline. The overlay
//! (`ghl-client/spec-overlay.json`) is applied first, as the generator does.
#![cfg(feature = "full")]
#![allow(deprecated)] // every operation is called, deprecated ones too

mod apps {
    pub mod calls;
}

use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::time::Duration;

use ghl_client::apps::OPERATIONS;
use ghl_client::runtime::rate_limit::LimiterConfig;
use ghl_client::{Body, GhlClient, Request};
use serde_json::{Value, json};
use wiremock::{Mock, MockServer, Respond, ResponseTemplate};

/// An operation sent and its answer decoded (or why not).
pub type Sent = Pin<Box<dyn Future<Output = Result<(), String>>>>;

/// One generated operation, called with sample arguments.
pub struct Call {
    /// The app's spec file.
    pub app: &'static str,
    /// The spec's `operationId`.
    pub operation_id: &'static str,
    /// Builds the request, the JSON body (if any) decoded from the given example.
    pub build: fn(&GhlClient, Option<Value>) -> Result<Request, String>,
    /// Sends it and decodes the answer into the generated type.
    pub send: fn(GhlClient, Option<Value>) -> Sent,
}

fn specs_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/specs/ghl")
}

fn load(path: PathBuf) -> Value {
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).expect("JSON")
}

/// The specs with the overlay applied, by app.
struct Specs {
    apps: BTreeMap<String, Value>,
    common: Value,
}

fn specs() -> Specs {
    let mut apps = BTreeMap::new();
    for entry in std::fs::read_dir(specs_dir().join("apps")).expect("specs") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "json") {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            apps.insert(name, load(path));
        }
    }
    let mut common = load(specs_dir().join("common/common-schemas.json"));
    let overlay = load(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("spec-overlay.json"));
    for patch in overlay["patches"].as_array().expect("patches") {
        let app = patch["app"].as_str().expect("app");
        let pointer = patch["pointer"].as_str().expect("pointer");
        assert!(
            patch["reason"].as_str().is_some_and(|r| !r.is_empty()),
            "{pointer}: a reason"
        );
        let doc = if app == "common" {
            &mut common
        } else {
            apps.get_mut(app).expect("app")
        };
        let (parent, last) = pointer.rsplit_once('/').expect("pointer");
        let last = last.replace("~1", "/").replace("~0", "~");
        let parent = doc.pointer_mut(parent).expect("patched parent exists");
        match (parent, patch.get("value")) {
            (Value::Object(map), Some(v)) => {
                map.insert(last, v.clone());
            }
            (Value::Object(map), None) => {
                map.remove(&last).expect("removed key exists");
            }
            (Value::Array(items), Some(v)) => {
                items[last.parse::<usize>().expect("index")] = v.clone()
            }
            (Value::Array(items), None) => {
                items.remove(last.parse::<usize>().expect("index"));
            }
            _ => panic!("{pointer}: not patchable"),
        }
    }
    Specs { apps, common }
}

/// One operation as the spec describes it.
struct SpecOp {
    app: String,
    operation_id: String,
    method: String,
    path: String,
    version: Option<String>,
    required_query: Vec<String>,
    request_schema: Option<Value>,
    form_schema: Option<Value>,
    response_schema: Option<Value>,
}

fn spec_ops(specs: &Specs) -> Vec<SpecOp> {
    let mut out = Vec::new();
    for (app, doc) in &specs.apps {
        for (path, item) in doc["paths"].as_object().expect("paths") {
            for method in ["get", "post", "put", "patch", "delete"] {
                let Some(op) = item.get(method) else { continue };
                let params: Vec<Value> = op["parameters"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default()
                    .into_iter()
                    .map(|p| match p["$ref"].as_str() {
                        Some(r) => doc.pointer(&r[1..]).cloned().expect("param ref"),
                        None => p,
                    })
                    .collect();
                let version = params
                    .iter()
                    .find(|p| p["in"] == "header" && p["name"] == "Version")
                    .and_then(|p| p["schema"]["enum"][0].as_str().map(str::to_owned));
                let required_query = params
                    .iter()
                    .filter(|p| p["in"] == "query" && p["required"] == true)
                    .filter_map(|p| p["name"].as_str().map(str::to_owned))
                    .collect();
                let response_schema = op["responses"]
                    .as_object()
                    .and_then(|r| r.iter().find(|(code, _)| code.starts_with('2')))
                    .and_then(|(_, r)| r.pointer("/content/application~1json/schema").cloned());
                out.push(SpecOp {
                    app: app.clone(),
                    operation_id: op["operationId"]
                        .as_str()
                        .map(str::to_owned)
                        .unwrap_or_else(|| format!("{method} {path}")),
                    method: method.to_uppercase(),
                    path: path.clone(),
                    version,
                    required_query,
                    request_schema: op
                        .pointer("/requestBody/content/application~1json/schema")
                        .cloned(),
                    form_schema: op
                        .pointer("/requestBody/content/application~1x-www-form-urlencoded/schema")
                        .cloned(),
                    response_schema,
                });
            }
        }
    }
    out
}

/// Follows a `$ref` (local, or into the common file) to its schema and the document its own
/// refs resolve in.
fn deref<'a>(schema: &'a Value, doc: &'a Value, common: &'a Value) -> (&'a Value, &'a Value) {
    let mut current = (schema, doc);
    for _ in 0..16 {
        let Some(r) = current.0["$ref"].as_str() else {
            return current;
        };
        let (file, pointer) = r.split_once('#').expect("ref with a pointer");
        let target_doc = if file.is_empty() { current.1 } else { common };
        current = (
            target_doc.pointer(pointer).expect("dangling $ref"),
            target_doc,
        );
    }
    current
}

/// A value for `schema` made of the spec's own examples, or plain values by type (the first
/// of an enumeration) where it gives none. Recursion stops after a few levels.
///
/// An example that contradicts its own schema (a string for an object, a value outside the
/// enumeration, an object without its required fields: slips in the documentation, not in
/// the API) is set aside for one built from the schema.
fn example(schema: &Value, doc: &Value, common: &Value, depth: usize) -> Value {
    if depth > 24 {
        return Value::Null;
    }
    if let Some(r) = schema["$ref"].as_str() {
        // A schema that contains itself stops at its second appearance.
        thread_local!(static EXPANDING: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) });
        if EXPANDING.with(|s| s.borrow().iter().any(|x| x == r)) {
            return Value::Null;
        }
        EXPANDING.with(|s| s.borrow_mut().push(r.to_owned()));
        let (target, target_doc) = deref(schema, doc, common);
        let out = example(target, target_doc, common, depth + 1);
        EXPANDING.with(|s| s.borrow_mut().pop());
        return out;
    }
    if let Some(e) = schema.get("example")
        && fits(e, schema, doc, common)
    {
        return e.clone();
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        if let Some(parts) = schema[key].as_array() {
            if key == "allOf" {
                let mut merged = serde_json::Map::new();
                for p in parts {
                    if let Value::Object(m) = example(p, doc, common, depth + 1) {
                        merged.extend(m);
                    }
                }
                return Value::Object(merged);
            }
            return parts
                .first()
                .map_or(Value::Null, |p| example(p, doc, common, depth + 1));
        }
    }
    if let Some(values) = schema["enum"].as_array().and_then(|v| v.first()) {
        return values.clone();
    }
    if let Some(props) = schema["properties"].as_object() {
        return Value::Object(
            props
                .iter()
                .map(|(k, p)| (k.clone(), example(p, doc, common, depth + 1)))
                .filter(|(_, v)| !v.is_null())
                .collect(),
        );
    }
    match schema["type"].as_str() {
        Some("string") => json!("string"),
        Some("integer") => json!(1),
        Some("number") => json!(1.5),
        Some("boolean") => json!(true),
        Some("array") => match schema.get("items") {
            Some(items) => {
                let item = example(items, doc, common, depth + 1);
                if item.is_null() {
                    json!([])
                } else {
                    json!([item])
                }
            }
            None => json!([]),
        },
        Some("object") => json!({}),
        _ => Value::Null,
    }
}

/// Whether an example agrees with its schema's type, enumeration and required fields.
fn fits(example: &Value, schema: &Value, doc: &Value, common: &Value) -> bool {
    let (schema, doc) = deref(schema, doc, common);
    if let Some(parts) = schema["allOf"].as_array() {
        return parts.iter().all(|p| fits(example, p, doc, common));
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(parts) = schema[key].as_array() {
            return parts.iter().any(|p| fits(example, p, doc, common));
        }
    }
    if let Some(values) = schema["enum"].as_array()
        && !values.contains(example)
    {
        return false;
    }
    let object_like = schema.get("properties").is_some() || schema["type"] == "object";
    match example {
        Value::Object(map) => {
            let properties = schema["properties"].as_object();
            object_like
                && schema["required"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .all(|k| map.contains_key(k))
                && map.iter().all(|(k, v)| {
                    properties
                        .and_then(|p| p.get(k))
                        .is_none_or(|p| v.is_null() || fits(v, p, doc, common))
                })
        }
        Value::Array(items) => {
            schema["type"] == "array"
                && schema
                    .get("items")
                    .is_none_or(|i| items.iter().all(|x| fits(x, i, doc, common)))
        }
        Value::String(_) => {
            schema["type"] == "string" || schema.get("type").is_none() && !object_like
        }
        Value::Number(n) => match schema["type"].as_str() {
            Some("integer") => n.is_i64() || n.is_u64(),
            Some("number") => true,
            None => !object_like,
            _ => false,
        },
        Value::Bool(_) => {
            schema["type"] == "boolean" || schema.get("type").is_none() && !object_like
        }
        Value::Null => false,
    }
}

/// Resolves every `$ref` by inlining it (a ref already being expanded becomes `{}`), and
/// drops `example`s, so jsonschema can validate with no retrieval.
fn inline(node: &Value, doc: &Value, common: &Value, stack: &mut Vec<String>) -> Value {
    match node {
        Value::Object(map) => {
            if let Some(r) = map.get("$ref").and_then(Value::as_str) {
                if stack.iter().any(|s| s == r) || stack.len() > 12 {
                    return json!({});
                }
                let (target, target_doc) = deref(node, doc, common);
                stack.push(r.to_owned());
                let out = inline(target, target_doc, common, stack);
                stack.pop();
                return out;
            }
            Value::Object(
                map.iter()
                    .filter(|(k, _)| *k != "example" && *k != "examples")
                    .map(|(k, v)| (k.clone(), inline(v, doc, common, stack)))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|i| inline(i, doc, common, stack))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// The path a generated call with sample arguments sends: each `{name}` becomes `p-name`.
fn sample_path(template: &str) -> String {
    let mut concrete = template.to_owned();
    while let Some(start) = concrete.find('{') {
        let end = concrete[start..].find('}').expect("closed") + start;
        let name = concrete[start + 1..end].to_owned();
        concrete.replace_range(start..=end, &format!("p-{name}"));
    }
    concrete
}

fn client(base: &str) -> GhlClient {
    GhlClient::builder()
        .base_url(base)
        .private_token("pit-test")
        .location_id("loc-default")
        .rate_limits(LimiterConfig {
            max_per_window: 1_000_000,
            window: Duration::from_secs(10),
            daily_limit: None,
            daily_warn_below: 0.0,
            server_aware: None,
        })
        .build()
        .expect("client")
}

fn calls_by_op() -> BTreeMap<(String, String), Call> {
    let mut out = BTreeMap::new();
    for call in apps::calls::calls() {
        let key = (call.app.to_owned(), call.operation_id.to_owned());
        assert!(out.insert(key, call).is_none(), "one call per operation");
    }
    out
}

#[test]
fn every_operation_in_the_specs_has_a_method_with_its_method_path_and_version() {
    let specs = specs();
    let ops = spec_ops(&specs);
    assert_eq!(ops.len(), ghl_client::apps::OPERATION_COUNT);
    assert!(ops.len() >= 576, "{} operations", ops.len());
    let calls = calls_by_op();
    assert_eq!(
        calls.len(),
        ops.len(),
        "one generated call per spec operation"
    );
    let catalog: BTreeSet<(&str, &str)> =
        OPERATIONS.iter().map(|o| (o.app, o.operation_id)).collect();
    assert_eq!(catalog.len(), ops.len());
    let client = client("http://127.0.0.1:9");
    let mut failures = Vec::new();
    for op in &ops {
        let key = (op.app.clone(), op.operation_id.clone());
        let call = calls
            .get(&key)
            .unwrap_or_else(|| panic!("no method for {key:?}"));
        assert!(catalog.contains(&(op.app.as_str(), op.operation_id.as_str())));
        let body = op
            .request_schema
            .as_ref()
            .or(op.form_schema.as_ref())
            .map(|s| example(s, &specs.apps[&op.app], &specs.common, 0));
        let what = format!("{} {} ({})", op.method, op.path, op.operation_id);
        let req = match (call.build)(&client, body) {
            Ok(req) => req,
            Err(e) => {
                failures.push(format!("{what}: {e}"));
                continue;
            }
        };
        assert_eq!(req.method().as_str(), op.method, "{what}");
        assert_eq!(req.template(), op.path, "{what}");
        let concrete = sample_path(&op.path);
        assert_eq!(req.path(), concrete, "{what}");
        assert_eq!(
            req.api_version().map(|v| v.as_str().to_owned()),
            op.version,
            "{what}"
        );
        let sent: BTreeSet<&str> = req.query_pairs().iter().map(|(k, _)| k.as_str()).collect();
        for name in &op.required_query {
            assert!(
                sent.contains(name.as_str()),
                "{what}: required query {name}"
            );
        }
        let expected_idempotent = matches!(op.method.as_str(), "GET" | "PUT" | "DELETE")
            || (op.method == "POST" && op.path.trim_end_matches('/').ends_with("/search"));
        assert_eq!(req.is_idempotent(), expected_idempotent, "{what}");
        if op.required_query.iter().any(|q| q == "locationId") || op.path.contains("{locationId}") {
            let expected = if op.path.contains("{locationId}") {
                "p-locationId"
            } else {
                "q-locationId"
            };
            assert_eq!(
                req.resource_name(),
                Some(expected),
                "{what}: throttled per location"
            );
        }
    }
    assert!(
        failures.is_empty(),
        "{} operations fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn request_bodies_built_from_the_spec_examples_validate_against_the_spec() {
    let specs = specs();
    let calls = calls_by_op();
    let client = client("http://127.0.0.1:9");
    let mut checked = 0;
    let mut failures = Vec::new();
    for op in spec_ops(&specs) {
        let Some(schema) = &op.request_schema else {
            continue;
        };
        let doc = &specs.apps[&op.app];
        let body = example(schema, doc, &specs.common, 0);
        let call = &calls[&(op.app.clone(), op.operation_id.clone())];
        let req = match (call.build)(&client, Some(body)) {
            Ok(req) => req,
            Err(e) => {
                failures.push(format!("{} {}: {e}", op.app, op.operation_id));
                continue;
            }
        };
        let Body::Json(sent) = req.body() else {
            failures.push(format!("{} {}: no JSON body", op.app, op.operation_id));
            continue;
        };
        let resolved = inline(schema, doc, &specs.common, &mut Vec::new());
        let validator = jsonschema::validator_for(&resolved).expect("schema compiles");
        let errors: Vec<String> = validator
            .iter_errors(sent)
            .take(3)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        if !errors.is_empty() {
            failures.push(format!(
                "{} {}: {}",
                op.app,
                op.operation_id,
                errors.join("; ")
            ));
        }
        checked += 1;
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} bodies fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(checked >= 250, "{checked} bodies checked");
}

/// Answers each request with the example of its operation's response, by method and path.
struct Examples(BTreeMap<(String, String), Value>);

impl Respond for Examples {
    fn respond(&self, request: &wiremock::Request) -> ResponseTemplate {
        let key = (request.method.to_string(), request.url.path().to_owned());
        match self.0.get(&key) {
            Some(body) => ResponseTemplate::new(200).set_body_json(body),
            None => ResponseTemplate::new(404),
        }
    }
}

#[tokio::test]
async fn answers_built_from_the_spec_examples_decode_through_the_pipeline() {
    let specs = specs();
    let calls = calls_by_op();
    let server = MockServer::start().await;
    let mut answers = BTreeMap::new();
    let ops = spec_ops(&specs);
    for op in &ops {
        let concrete = sample_path(&op.path);
        let doc = &specs.apps[&op.app];
        let answer = op
            .response_schema
            .as_ref()
            .map_or(json!({}), |s| example(s, doc, &specs.common, 0));
        answers.insert((op.method.clone(), concrete), answer);
    }
    Mock::given(wiremock::matchers::any())
        .respond_with(Examples(answers))
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let mut failures = Vec::new();
    let mut decoded = 0;
    for op in &ops {
        if op.response_schema.is_none() {
            continue;
        }
        let call = &calls[&(op.app.clone(), op.operation_id.clone())];
        let body = op
            .request_schema
            .as_ref()
            .or(op.form_schema.as_ref())
            .map(|s| example(s, &specs.apps[&op.app], &specs.common, 0));
        match (call.send)(client.clone(), body).await {
            Ok(()) => decoded += 1,
            Err(e) => failures.push(format!("{} {} {}: {e}", op.app, op.method, op.path)),
        }
    }
    assert!(
        failures.is_empty(),
        "{} answers fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(decoded >= 440, "{decoded} answers decoded");
}

/// Answers `GET /forms/` from 5 forms, `limit` at a time from `skip`, with the total.
struct FormPages;

impl Respond for FormPages {
    fn respond(&self, request: &wiremock::Request) -> ResponseTemplate {
        let query: BTreeMap<String, String> = request.url.query_pairs().into_owned().collect();
        let skip: usize = query.get("skip").map_or(0, |s| s.parse().expect("skip"));
        let limit: usize = query
            .get("limit")
            .map_or(10, |s| s.parse::<f64>().expect("limit") as usize);
        let forms: Vec<Value> = (skip..5.min(skip + limit))
            .map(|i| json!({"id": format!("f{i}"), "name": format!("Form {i}")}))
            .collect();
        ResponseTemplate::new(200).set_body_json(json!({"forms": forms, "total": 5}))
    }
}

#[tokio::test]
async fn an_offset_list_streams_every_page_and_stops_at_the_total() {
    use futures_util::TryStreamExt;
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::path("/forms/"))
        .respond_with(FormPages)
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let forms = client.forms();
    let first = forms
        .get_forms("loc1")
        .limit(2.0)
        .fetch_page(None)
        .await
        .expect("page");
    assert_eq!(first.items.len(), 2);
    assert_eq!(first.total, Some(5));
    assert_eq!(first.next, Some(ghl_client::Cursor::Skip(2)));
    let ids: Vec<String> = forms
        .get_forms("loc1")
        .limit(2.0)
        .stream()
        .map_ok(|f| f.id.expect("id"))
        .try_collect()
        .await
        .expect("stream");
    assert_eq!(ids, ["f0", "f1", "f2", "f3", "f4"]);
    let requests = server.received_requests().await.expect("recorded");
    let skips: Vec<String> = requests
        .iter()
        .skip(1)
        .map(|r| {
            r.url
                .query_pairs()
                .find(|(k, _)| k == "skip")
                .map(|(_, v)| v.into_owned())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(skips, ["0", "2", "4"], "three pages, no empty fourth");
    assert!(
        requests
            .iter()
            .all(|r| r.headers.get("version").is_some_and(|v| v == "2021-07-28"))
    );
    // A cursor of another scheme is refused, not sent.
    let wrong = forms
        .get_forms("loc1")
        .fetch_page(Some(ghl_client::Cursor::SearchAfter(vec![])))
        .await;
    assert!(
        matches!(wrong, Err(ghl_client::Error::InvalidRequest(_))),
        "{wrong:?}"
    );
}

/// Answers `GET /forms/submissions` from 5 submissions, `limit` per numbered `page`.
struct SubmissionPages;

impl Respond for SubmissionPages {
    fn respond(&self, request: &wiremock::Request) -> ResponseTemplate {
        let query: BTreeMap<String, String> = request.url.query_pairs().into_owned().collect();
        let page: usize = query.get("page").map_or(1, |s| s.parse().expect("page"));
        let limit: usize = query
            .get("limit")
            .map_or(20, |s| s.parse::<f64>().expect("limit") as usize);
        let start = (page - 1) * limit;
        let rows: Vec<Value> = (start..5.min(start + limit))
            .map(|i| json!({"id": format!("s{i}")}))
            .collect();
        ResponseTemplate::new(200).set_body_json(json!({"submissions": rows}))
    }
}

#[tokio::test]
async fn a_page_numbered_list_streams_from_the_page_asked_for() {
    use futures_util::TryStreamExt;
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::path("/forms/submissions"))
        .respond_with(SubmissionPages)
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let pages = |r: &[wiremock::Request]| -> Vec<String> {
        r.iter()
            .map(|r| {
                r.url
                    .query_pairs()
                    .find(|(k, _)| k == "page")
                    .map(|(_, v)| v.into_owned())
                    .unwrap_or_default()
            })
            .collect()
    };
    let ids = |items: Vec<ghl_client::apps::forms::models::FormsSubmissionsSubmissionsSchema>| {
        items
            .into_iter()
            .map(|s| s.id.expect("id"))
            .collect::<Vec<_>>()
    };
    let all = client
        .forms()
        .get_forms_submissions("loc1")
        .limit(2.0)
        .stream()
        .try_collect::<Vec<_>>()
        .await
        .expect("stream");
    assert_eq!(ids(all), ["s0", "s1", "s2", "s3", "s4"]);
    let seen = server.received_requests().await.expect("recorded");
    assert_eq!(
        pages(&seen),
        ["1", "2", "3"],
        "pages from 1, no empty fourth"
    );
    // From the page the request names, each page sent once with the parameter replaced.
    let from_two = client
        .forms()
        .get_forms_submissions("loc1")
        .limit(2.0)
        .page(2.0)
        .stream()
        .try_collect::<Vec<_>>()
        .await
        .expect("stream");
    assert_eq!(ids(from_two), ["s2", "s3", "s4"]);
    let seen = server.received_requests().await.expect("recorded");
    assert_eq!(pages(&seen[3..]), ["2", "3"]);
    assert!(
        seen[3..]
            .iter()
            .all(|r| r.url.query_pairs().filter(|(k, _)| k == "page").count() == 1)
    );
    // Without a limit, any items make a full page: the list ends at the first empty one.
    let first = client
        .forms()
        .get_forms_submissions("loc1")
        .fetch_page(None)
        .await
        .expect("page");
    assert_eq!(
        (first.items.len(), first.next),
        (5, Some(ghl_client::Cursor::Page(2)))
    );
}

#[tokio::test]
async fn an_answer_without_a_schema_is_json_or_null_when_empty() {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::query_param("userId", "u1"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"url": "https://example.com/consent"})),
        )
        .mount(&server)
        .await;
    Mock::given(wiremock::matchers::query_param("userId", "u2"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let posting = client.social_media_posting();
    let answer = posting
        .start_google_oauth("loc1", "u1")
        .send()
        .await
        .expect("json");
    assert_eq!(answer, json!({"url": "https://example.com/consent"}));
    let empty = posting
        .start_google_oauth("loc1", "u2")
        .send()
        .await
        .expect("empty");
    assert_eq!(empty, Value::Null);
}
