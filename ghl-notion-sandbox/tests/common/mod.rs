//! Helpers shared by the integration tests: a started sandbox, a GHL request builder, and
//! JSON Schema validation against the official GHL specs in `../shared/specs/ghl`.

#![allow(dead_code)] // Each test binary uses a different subset.

use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, Utc};
use ghl_notion_sandbox::{Sandbox, SandboxConfig};
use reqwest::{Client, Method, RequestBuilder};
use serde_json::{Value, json};

/// A fixed start so runs are reproducible.
pub fn fixed_start() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2025-06-15T12:00:00Z")
        .map(|d| d.with_timezone(&Utc))
        .expect("valid date")
}

/// A small, fast configuration with a frozen-ish clock (tests move time explicitly).
pub fn config() -> SandboxConfig {
    SandboxConfig::default()
        .with_seed(7)
        .with_contacts(60)
        .with_opportunities(30)
        .with_start_time(fixed_start())
        .with_time_scale(1e-6)
}

pub async fn start(config: SandboxConfig) -> Sandbox {
    Sandbox::start(config).await.expect("sandbox starts")
}

pub fn client() -> Client {
    Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(20))
        .build()
        .expect("client")
}

/// A GHL request with the PIT and the right `Version` header.
pub fn ghl(sb: &Sandbox, method: Method, path: &str) -> RequestBuilder {
    let version = if path.starts_with("/calendars") {
        "2021-04-15"
    } else {
        "2021-07-28"
    };
    client()
        .request(method, format!("{}{path}", sb.ghl_base_url()))
        .bearer_auth(sb.ghl_api_key())
        .header("Version", version)
}

/// A control-API request.
pub fn control(sb: &Sandbox, method: Method, path: &str) -> RequestBuilder {
    client().request(method, format!("{}{path}", sb.control_url()))
}

pub async fn json_of(rb: RequestBuilder) -> (u16, Value) {
    let resp = rb.send().await.expect("request sent");
    let status = resp.status().as_u16();
    let body = resp.json::<Value>().await.unwrap_or(Value::Null);
    (status, body)
}

pub async fn advance(sb: &Sandbox, seconds: f64) {
    let (status, _) =
        json_of(control(sb, Method::POST, "/time/advance").json(&json!({"seconds": seconds})))
            .await;
    assert_eq!(status, 200);
}

fn specs_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/specs/ghl")
}

/// Reads a JSON file under `shared/specs/ghl`.
pub fn load(rel: &str) -> Value {
    let path = specs_dir().join(rel);
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    serde_json::from_str(&text).expect("spec is JSON")
}

/// Resolves every `$ref` (local or into `../common/common-schemas.json`) by inlining it.
/// A reference already being expanded becomes `{}` (no recursion in these schemas matters).
fn inline(node: &Value, doc: &Value, common: &Value, stack: &mut Vec<String>) -> Value {
    match node {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get("$ref") {
                let (target_doc, pointer) = match r.split_once('#') {
                    Some(("", ptr)) => (doc, ptr.to_owned()),
                    Some((_, ptr)) => (common, ptr.to_owned()),
                    None => return json!({}),
                };
                if stack.contains(r) || stack.len() > 12 {
                    return json!({});
                }
                let target = target_doc
                    .pointer(&pointer)
                    .cloned()
                    .unwrap_or_else(|| panic!("dangling $ref {r}"));
                stack.push(r.clone());
                // A reference into the common file resolves its own refs there.
                let next_doc = if std::ptr::eq(target_doc, common) {
                    common
                } else {
                    doc
                };
                let out = inline(&target, next_doc, common, stack);
                stack.pop();
                return out;
            }
            let mut out = serde_json::Map::new();
            for (k, v) in map {
                if k == "example" || k == "examples" {
                    continue;
                }
                out.insert(k.clone(), inline(v, doc, common, stack));
            }
            Value::Object(out)
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

/// Known slips in the official schemas, corrected in one place for the whole workspace:
/// `ghl-client/spec-overlay.json`, which ghl-client's generator applies too (each patch has
/// its reason there; docs/sandbox.md lists the ones the sandbox meets).
fn patch(app: &str, doc: &mut Value) {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ghl-client/spec-overlay.json");
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    let overlay: Value = serde_json::from_str(&text).expect("the overlay is JSON");
    for p in overlay["patches"].as_array().expect("patches") {
        if p["app"] != app {
            continue;
        }
        let pointer = p["pointer"].as_str().expect("pointer");
        let (parent, last) = pointer.rsplit_once('/').expect("a pointer");
        let last = last.replace("~1", "/").replace("~0", "~");
        let parent = doc
            .pointer_mut(parent)
            .and_then(Value::as_object_mut)
            .unwrap_or_else(|| panic!("{app} {pointer}: the patched object is in the spec"));
        match p.get("value") {
            Some(v) => {
                parent.insert(last, v.clone());
            }
            None => {
                parent.remove(&last);
            }
        }
    }
}

/// Validates `instance` against `components.schemas.<schema>` of `apps/<app>.json`, failing the
/// test with every error.
pub fn assert_schema(app: &str, schema: &str, instance: &Value) {
    let mut doc = load(&format!("apps/{app}.json"));
    patch(app, &mut doc);
    let common = load("common/common-schemas.json");
    let root = json!({"$ref": format!("#/components/schemas/{schema}")});
    let resolved = inline(&root, &doc, &common, &mut Vec::new());
    let validator = jsonschema::validator_for(&resolved).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{app}#{schema} rejects the answer:\n{}\n{instance:#}",
        errors.join("\n")
    );
}

/// Validates against a common schema (`BadRequestDTO`, `UnauthorizedDTO`, `UnprocessableDTO`).
pub fn assert_common(schema: &str, instance: &Value) {
    let common = load("common/common-schemas.json");
    let node = common
        .pointer(&format!("/components/schemas/{schema}"))
        .cloned()
        .expect("schema exists");
    let resolved = inline(&node, &common, &common, &mut Vec::new());
    let validator = jsonschema::validator_for(&resolved).expect("schema compiles");
    assert!(
        validator.is_valid(instance),
        "{schema} rejects {instance:#}"
    );
}

/// Fields every delivery carries besides its event's documented ones (GHL documents them for
/// every body in `WebhookAuthentication.md`; the event schemas list only `INSTALL`'s `appId`).
pub const WEBHOOK_ENVELOPE: [&str; 3] = ["appId", "timestamp", "webhookId"];

/// Validates a delivered body against `webhook-events/<type>.json`'s `schema`, and checks it
/// has no field that neither the schema nor [`WEBHOOK_ENVELOPE`] names.
pub fn assert_webhook_event(body: &Value) {
    let kind = body["type"].as_str().expect("a webhook body has a type");
    let spec = load(&format!("webhook-events/{kind}.json"));
    let schema = spec.get("schema").cloned().expect("event has a schema");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(body)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{kind} schema rejects the delivery:\n{}\n{body:#}",
        errors.join("\n")
    );
    let documented = schema["properties"].as_object().expect("properties");
    for key in body.as_object().expect("object").keys() {
        assert!(
            documented.contains_key(key) || WEBHOOK_ENVELOPE.contains(&key.as_str()),
            "{kind} carries {key}, which its schema does not name"
        );
    }
}
