//! Operations: one handler per app, one method and one request builder per operation, and
//! the catalog of every operation.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::names::{doc_lines, lit, pascal, snake, unique};
use crate::types::{Types, push_doc, schema_doc};

/// Methods the hand-written part of the crate already has on `GhlClient`: those apps are
/// reached through `client.apps()` only.
pub const HAND_WRITTEN: &[&str] = &[
    "calendars",
    "contacts",
    "custom_fields",
    "locations",
    "notes",
    "opportunities",
    "tasks",
    "users",
];

/// The hand-written helpers the generated code calls.
const SUPPORT: &str = "crate::apps::support";

/// How an operation pages, from its parameters.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Paging {
    None,
    StartAfter,
    SearchAfter,
    Offset,
    Page,
}

impl Paging {
    fn variant(self) -> &'static str {
        match self {
            Paging::None => "None",
            Paging::StartAfter => "StartAfter",
            Paging::SearchAfter => "SearchAfter",
            Paging::Offset => "Offset",
            Paging::Page => "Page",
        }
    }
}

/// What a query or path argument accepts.
#[derive(Clone, Copy)]
enum ArgKind {
    Str,
    Int,
    Num,
    Bool,
    StrList,
}

impl ArgKind {
    fn of(schema: Option<&Value>) -> Self {
        let t = schema.and_then(|s| s.get("type")).and_then(Value::as_str);
        match t {
            Some("integer") => ArgKind::Int,
            Some("number") => ArgKind::Num,
            Some("boolean") => ArgKind::Bool,
            Some("array") => ArgKind::StrList,
            _ => ArgKind::Str,
        }
    }

    fn param_ty(self) -> &'static str {
        match self {
            ArgKind::Str => "impl Into<String>",
            ArgKind::Int => "i64",
            ArgKind::Num => "f64",
            ArgKind::Bool => "bool",
            ArgKind::StrList => "impl IntoIterator<Item = impl Into<String>>",
        }
    }

    /// Statements adding the query parameter `name` from the variable `var` to `req`.
    fn push(self, req: &str, name: &str, var: &str) -> String {
        match self {
            ArgKind::Str => format!("{req} = {req}.query_pair({}, {var}.into());", lit(name)),
            ArgKind::StrList => format!(
                "for v in {var} {{ {req} = {req}.query_pair({}, v.into()); }}",
                lit(name)
            ),
            _ => format!(
                "{req} = {req}.query_pair({}, {var}.to_string());",
                lit(name)
            ),
        }
    }
}

struct Param {
    json: String,
    rust: String,
    kind: ArgKind,
    doc: Vec<String>,
    required: bool,
}

enum BodyKind {
    None,
    Json { ty: String, required: bool },
    Form { ty: String },
    Multipart,
}

/// One operation, ready to render.
pub struct Op {
    pub operation_id: String,
    pub method: String,
    pub path: String,
    pub version: Option<String>,
    pub scopes: Vec<String>,
    pub idempotent: bool,
    pub paging: Paging,
    pub summary: String,
    pub rust_method: String,
    builder: String,
    description: Vec<String>,
    path_params: Vec<Param>,
    query: Vec<Param>,
    body: BodyKind,
    response: Option<String>,
    /// For offset- or page-numbered lists with a recognisable answer: the query parameter
    /// that moves, and how to read a page.
    stream: Option<(String, crate::types::ListShape)>,
    deprecated: bool,
}

/// Collects the operations of one app, defining their inline types in `types`.
pub fn collect(doc: &Value, types: &mut Types<'_>) -> Vec<Op> {
    let mut ops = Vec::new();
    let mut methods = BTreeSet::new();
    let mut builders = BTreeSet::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return ops;
    };
    for (path, item) in paths {
        let Some(item) = item.as_object() else {
            continue;
        };
        let shared: Vec<Value> = item
            .get("parameters")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        for method in ["get", "post", "put", "patch", "delete"] {
            let Some(op) = item.get(method) else {
                continue;
            };
            let operation_id = op
                .get("operationId")
                .and_then(Value::as_str)
                .map(str::to_owned)
                .unwrap_or_else(|| format!("{method} {path}"));
            let rust_method = unique(snake(&operation_id), &mut methods);
            let builder = unique(pascal(&operation_id), &mut builders);
            ops.push(one(
                doc,
                path,
                method,
                op,
                &shared,
                operation_id,
                rust_method,
                builder,
                types,
            ));
        }
    }
    ops
}

#[allow(clippy::too_many_arguments)]
fn one(
    doc: &Value,
    path: &str,
    method: &str,
    op: &Value,
    shared: &[Value],
    operation_id: String,
    rust_method: String,
    builder: String,
    types: &mut Types<'_>,
) -> Op {
    let params: Vec<Value> = shared
        .iter()
        .chain(
            op.get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten(),
        )
        .map(|p| resolve_param(doc, p))
        .collect();
    let mut version = None;
    // The builder's own methods are not available to parameters.
    let mut taken: BTreeSet<String> = [
        "self",
        "body",
        "form",
        "send",
        "request",
        "into_request",
        "fetch_page",
        "stream",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect();
    let mut path_params = Vec::new();
    let mut query = Vec::new();
    for p in &params {
        let name = p.get("name").and_then(Value::as_str).unwrap_or_default();
        let location = p.get("in").and_then(Value::as_str).unwrap_or_default();
        let schema = p.get("schema");
        if location == "header" {
            if name.eq_ignore_ascii_case("version") {
                version = schema
                    .and_then(|s| s.get("enum"))
                    .and_then(Value::as_array)
                    .and_then(|e| e.first())
                    .and_then(Value::as_str)
                    .or_else(|| {
                        schema
                            .and_then(|s| s.get("default"))
                            .and_then(Value::as_str)
                    })
                    .map(str::to_owned);
            }
            continue;
        }
        let mut doc = p
            .get("description")
            .and_then(Value::as_str)
            .map(doc_lines)
            .unwrap_or_default();
        if let Some(s) = schema {
            let extra = schema_doc(&serde_json::json!({ "enum": s.get("enum") }));
            if s.get("enum").is_some() {
                doc.push(String::new());
                doc.extend(extra);
            }
        }
        let param = Param {
            json: name.to_owned(),
            rust: unique(snake(name), &mut taken),
            kind: ArgKind::of(schema),
            doc,
            required: p.get("required").and_then(Value::as_bool).unwrap_or(false)
                || location == "path",
        };
        match location {
            "path" => path_params.push(param),
            "query" => query.push(param),
            _ => {}
        }
    }
    // Path parameters in the order the template names them.
    path_params.sort_by_key(|p| path.find(&format!("{{{}}}", p.json)).unwrap_or(usize::MAX));
    for segment in placeholders(path) {
        if !path_params.iter().any(|p| p.json == segment) {
            path_params.push(Param {
                rust: unique(snake(&segment), &mut taken),
                json: segment,
                kind: ArgKind::Str,
                doc: Vec::new(),
                required: true,
            });
        }
    }
    let body = body_of(op, &builder, types);
    let response = response_of(op, &builder, types);
    let scopes = scopes_of(op);
    let last_segment = path
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or_default();
    let idempotent = match method {
        "get" | "put" | "delete" => true,
        "post" => last_segment == "search",
        _ => false,
    };
    let names: BTreeSet<&str> = query.iter().map(|p| p.json.as_str()).collect();
    let body_has = |field: &str| {
        op.pointer("/requestBody/content/application~1json/schema")
            .map(|s| resolve_schema(doc, s))
            .and_then(|s| s.get("properties").and_then(Value::as_object).cloned())
            .is_some_and(|p| p.contains_key(field))
    };
    let paging = if names.contains("startAfterId") {
        Paging::StartAfter
    } else if body_has("searchAfter") {
        Paging::SearchAfter
    } else if names.contains("skip") || names.contains("offset") || body_has("skip") {
        Paging::Offset
    } else if names.contains("page") || body_has("page") {
        Paging::Page
    } else {
        Paging::None
    };
    let moving = query
        .iter()
        .find(|p| match paging {
            Paging::Offset => p.json == "skip" || p.json == "offset",
            Paging::Page => p.json == "page",
            _ => false,
        })
        .filter(|p| matches!(p.kind, ArgKind::Int | ArgKind::Num | ArgKind::Str))
        .map(|p| p.json.clone());
    let stream = moving.and_then(|m| {
        response
            .as_deref()
            .and_then(|r| types.list_shape(r))
            .map(|shape| (m, shape))
    });
    let summary = op
        .get("summary")
        .and_then(Value::as_str)
        .unwrap_or(&operation_id)
        .trim()
        .to_owned();
    let description = op
        .get("description")
        .and_then(Value::as_str)
        .map(doc_lines)
        .unwrap_or_default();
    Op {
        operation_id,
        method: method.to_uppercase(),
        path: path.to_owned(),
        version,
        scopes,
        idempotent,
        paging,
        summary,
        rust_method,
        builder,
        description,
        path_params,
        query,
        body,
        response,
        stream,
        deprecated: op
            .get("deprecated")
            .and_then(Value::as_bool)
            .unwrap_or(false),
    }
}

fn placeholders(path: &str) -> Vec<String> {
    path.split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(name, _)| name.to_owned()))
        .collect()
}

fn resolve_param(doc: &Value, p: &Value) -> Value {
    match p.get("$ref").and_then(Value::as_str) {
        Some(r) => r
            .strip_prefix('#')
            .and_then(|ptr| doc.pointer(ptr))
            .cloned()
            .unwrap_or(Value::Null),
        None => p.clone(),
    }
}

fn resolve_schema<'a>(doc: &'a Value, s: &'a Value) -> &'a Value {
    match s.get("$ref").and_then(Value::as_str) {
        Some(r) => r
            .strip_prefix('#')
            .and_then(|ptr| doc.pointer(ptr))
            .unwrap_or(s),
        None => s,
    }
}

fn body_of(op: &Value, builder: &str, types: &mut Types<'_>) -> BodyKind {
    let Some(body) = op.get("requestBody") else {
        return BodyKind::None;
    };
    let required = body
        .get("required")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let content = body.get("content").and_then(Value::as_object);
    let schema_of = |ct: &str| {
        content
            .and_then(|c| c.get(ct))
            .and_then(|c| c.get("schema"))
    };
    if let Some(schema) = schema_of("application/json") {
        let ty = types.ty(schema, &format!("{builder} body"));
        return BodyKind::Json { ty, required };
    }
    if content.is_some_and(|c| c.contains_key("application/json")) {
        return BodyKind::Json {
            ty: "serde_json::Value".to_owned(),
            required,
        };
    }
    if let Some(schema) = schema_of("application/x-www-form-urlencoded") {
        let ty = types.ty(schema, &format!("{builder} form"));
        return BodyKind::Form { ty };
    }
    if content.is_some_and(|c| c.contains_key("multipart/form-data")) {
        return BodyKind::Multipart;
    }
    BodyKind::None
}

fn response_of(op: &Value, builder: &str, types: &mut Types<'_>) -> Option<String> {
    let responses = op.get("responses").and_then(Value::as_object)?;
    let (_, ok) = responses.iter().find(|(code, _)| code.starts_with('2'))?;
    let schema = ok.pointer("/content/application~1json/schema")?;
    Some(types.ty(schema, &format!("{builder} response")))
}

fn scopes_of(op: &Value) -> Vec<String> {
    let mut scopes = BTreeSet::new();
    for requirement in op
        .get("security")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(map) = requirement.as_object() {
            for list in map.values() {
                for s in list
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                {
                    scopes.insert(s.to_owned());
                }
            }
        }
    }
    scopes.into_iter().collect()
}

/// Writes the handler, its methods and the builders of one app.
pub fn render(out: &mut String, module: &str, title: &str, ops: &[Op]) {
    let handler = format!("{}Api", pascal(module));
    out.push_str(&format!(
        "/// The {title} operations (see [`GhlClient::apps`]).\n#[derive(Debug, Clone)]\npub struct {handler} {{\n    client: GhlClient,\n}}\n\n"
    ));
    out.push_str(&format!(
        "impl {handler} {{\n    /// The handler, on `client`'s pipeline.\n    pub fn new(client: GhlClient) -> Self {{\n        Self {{ client }}\n    }}\n"
    ));
    for op in ops {
        render_method(out, op);
    }
    out.push_str("}\n\n");
    if !HAND_WRITTEN.contains(&module) {
        out.push_str(&format!(
            "impl GhlClient {{\n    /// The {title} operations (generated from GHL's spec).\n    pub fn {module}(&self) -> {handler} {{\n        {handler}::new(self.clone())\n    }}\n}}\n\n"
        ));
    }
    out.push_str("/// The request builders of this app's operations.\npub mod ops {\n    use crate::GhlClient;\n    use crate::error::Result;\n    use crate::request::Request;\n\n");
    for op in ops {
        render_builder(out, op);
    }
    out.push_str("}\n");
}

fn op_doc(op: &Op) -> Vec<String> {
    let mut doc = doc_lines(&op.summary);
    if !op.description.is_empty() && op.description.join(" ").trim() != op.summary {
        doc.push(String::new());
        doc.extend(op.description.iter().cloned());
    }
    while doc.last().is_some_and(String::is_empty) {
        doc.pop();
    }
    doc.push(String::new());
    doc.push(format!("`{} {}`", op.method, op.path));
    let mut facts = vec![match &op.version {
        Some(v) => format!("Version `{v}`"),
        None => "no `Version` header".to_owned(),
    }];
    if !op.scopes.is_empty() {
        let scopes: Vec<String> = op.scopes.iter().map(|s| format!("`{s}`")).collect();
        facts.push(format!("scope {}", scopes.join(" or ")));
    }
    facts.push(if op.idempotent {
        "retried after an unknown outcome".to_owned()
    } else {
        "never repeated after an unknown outcome".to_owned()
    });
    if op.paging != Paging::None {
        facts.push(format!("pages by {}", op.paging.variant()));
    }
    doc.push(String::new());
    doc.push(format!("{}.", facts.join("; ")));
    doc
}

fn render_method(out: &mut String, op: &Op) {
    out.push('\n');
    push_doc(out, "    ", &op_doc(op), "");
    if op.deprecated {
        out.push_str("    #[deprecated(note = \"deprecated in GHL's spec\")]\n");
    }
    let mut args = vec!["&self".to_owned()];
    for p in &op.path_params {
        args.push(format!("{}: impl AsRef<str>", p.rust));
    }
    for p in op.query.iter().filter(|p| p.required) {
        args.push(format!("{}: {}", p.rust, p.kind.param_ty()));
    }
    match &op.body {
        BodyKind::Json { ty, required: true } => args.push(format!("body: &{ty}")),
        BodyKind::Form { ty } => args.push(format!("form: &{ty}")),
        BodyKind::Multipart => args.push("form: crate::request::Multipart".to_owned()),
        _ => {}
    }
    if args.len() > 7 {
        out.push_str("    #[allow(clippy::too_many_arguments)]\n");
    }
    out.push_str(&format!(
        "    pub fn {}({}) -> ops::{} {{\n",
        op.rust_method,
        args.join(", "),
        op.builder
    ));
    let path_expr = if op.path_params.is_empty() {
        lit(&op.path)
    } else {
        let mut template = op.path.replace('{', "{{").replace('}', "}}");
        let mut values = Vec::new();
        for p in &op.path_params {
            template = template.replace(&format!("{{{{{}}}}}", p.json), "{}");
            values.push(format!("crate::request::segment({}.as_ref())", p.rust));
        }
        format!("format!({}, {})", lit(&template), values.join(", "))
    };
    out.push_str(&format!(
        "        let mut req = Request::new(http::Method::{}, {}, {});\n",
        op.method,
        lit(&op.path),
        path_expr
    ));
    match &op.version {
        Some(v) => out.push_str(&format!(
            "        req = req.version(crate::ApiVersion({}));\n",
            lit(v)
        )),
        None => out.push_str("        req = req.without_version();\n"),
    }
    if op.method == "POST" && op.idempotent {
        out.push_str("        req = req.idempotent(true);\n");
    }
    for p in op.query.iter().filter(|p| p.required) {
        out.push_str(&format!(
            "        {}\n",
            p.kind.push("req", &p.json, &p.rust)
        ));
    }
    for key in ["locationId", "companyId"] {
        if let Some(p) = op
            .path_params
            .iter()
            .chain(op.query.iter().filter(|p| p.required))
            .find(|p| p.json == key)
        {
            let value = match p.kind {
                ArgKind::Str if op.path_params.iter().any(|pp| pp.json == key) => {
                    format!("{}.as_ref()", p.rust)
                }
                _ => {
                    out.push_str(&format!(
                        "        req = {SUPPORT}::resource_if_unset(req, {});\n",
                        lit(key)
                    ));
                    break;
                }
            };
            out.push_str(&format!("        req = req.resource({value});\n"));
            break;
        }
    }
    match &op.body {
        BodyKind::Json { required: true, .. } => {
            out.push_str(&format!("        req = {SUPPORT}::json_body(req, body);\n"));
        }
        BodyKind::Form { .. } => {
            out.push_str(&format!("        req = {SUPPORT}::form_body(req, form);\n"))
        }
        BodyKind::Multipart => out.push_str("        req = req.multipart(form);\n"),
        _ => {}
    }
    out.push_str(&format!(
        "        ops::{} {{ client: self.client.clone(), request: req }}\n    }}\n",
        op.builder
    ));
}

fn render_builder(out: &mut String, op: &Op) {
    let b = &op.builder;
    out.push_str(&format!(
        "    /// The `{} {}` request being built, to send with [`{b}::send`].\n",
        op.method, op.path
    ));
    out.push_str("    #[derive(Debug, Clone)]\n    #[must_use = \"a request does nothing until it is sent\"]\n");
    out.push_str(&format!(
        "    pub struct {b} {{\n        pub(super) client: GhlClient,\n        pub(super) request: Request,\n    }}\n\n    impl {b} {{\n"
    ));
    for p in op.query.iter().filter(|p| !p.required) {
        let mut doc = p.doc.clone();
        while doc.last().is_some_and(String::is_empty) {
            doc.pop();
        }
        push_doc(out, "        ", &doc, &format!("Sets `{}`.", p.json));
        let mut body = p.kind.push("self.request", &p.json, "value");
        if p.json == "locationId" || p.json == "companyId" {
            body.push_str(&format!(
                " self.request = {SUPPORT}::resource_if_unset(self.request, {});",
                lit(&p.json)
            ));
        }
        out.push_str(&format!(
            "        pub fn {}(mut self, value: {}) -> Self {{\n            {body}\n            self\n        }}\n\n",
            p.rust,
            p.kind.param_ty()
        ));
    }
    if let BodyKind::Json {
        ty,
        required: false,
    } = &op.body
    {
        out.push_str(&format!(
            "        /// Sets the JSON body (optional for this operation).\n        pub fn body(mut self, body: &{ty}) -> Self {{\n            self.request = {SUPPORT}::json_body(self.request, body);\n            self\n        }}\n\n"
        ));
    }
    out.push_str("        /// The request as it will be sent.\n        pub fn request(&self) -> &Request {\n            &self.request\n        }\n\n");
    out.push_str("        /// The request, to send later with [`GhlClient::send`] and friends.\n        pub fn into_request(self) -> Request {\n            self.request\n        }\n\n");
    if let (Some((moving, shape)), Some(ty)) = (&op.stream, &op.response) {
        let style = if op.paging == Paging::Page {
            "Page"
        } else {
            "Offset"
        };
        let total = match &shape.total {
            Some((field, t)) if t == "f64" => format!("r.{field}.map(|t| t as u64)"),
            Some((field, _)) => format!("r.{field}.and_then(|t| u64::try_from(t).ok())"),
            None => "None".to_owned(),
        };
        let item = &shape.item;
        let items = &shape.items;
        out.push_str(&format!(
            "        /// One page: the one this request asks for (`cursor` `None`), or the one a\n        /// previous page's [`Page::next`](crate::Page::next) names.\n        pub async fn fetch_page(&self, cursor: Option<crate::Cursor>) -> Result<crate::Page<{item}>> {{\n            {SUPPORT}::numbered_page(&self.client, self.request.clone(), {SUPPORT}::Numbering::{style}({}), cursor, |r: {ty}| (r.{items}.unwrap_or_default(), {total})).await\n        }}\n\n        /// Every item of every page from this one on, fetched lazily (see\n        /// [`stream_pages`](crate::pagination::stream_pages)).\n        pub fn stream(self) -> crate::ItemStream<{item}> {{\n            crate::pagination::stream_pages(None, move |cursor| {{\n                let this = self.clone();\n                async move {{ this.fetch_page(cursor).await }}\n            }})\n        }}\n\n",
            lit(moving)
        ));
    }
    match &op.response {
        Some(ty) => out.push_str(&format!(
            "        /// Sends it through the client's pipeline and decodes the answer.\n        pub async fn send(self) -> Result<{ty}> {{\n            self.client.send(self.request).await\n        }}\n"
        )),
        None => out.push_str(
            &format!("        /// Sends it through the client's pipeline; the spec gives no schema for the answer.\n        pub async fn send(self) -> Result<serde_json::Value> {{\n            {SUPPORT}::send_value(&self.client, self.request).await\n        }}\n"),
        ),
    }
    out.push_str("    }\n\n");
}

/// One catalog entry, as Rust source.
pub fn catalog_entry(app: &str, module: &str, op: &Op) -> String {
    let scopes: Vec<String> = op.scopes.iter().map(|s| lit(s)).collect();
    format!(
        "    Operation {{ app: {}, module: {}, operation_id: {}, method: {}, path: {}, version: {}, scopes: &[{}], idempotent: {}, paging: Paging::{}, rust_method: {}, summary: {} }},\n",
        lit(app),
        lit(module),
        lit(&op.operation_id),
        lit(&op.method),
        lit(&op.path),
        op.version
            .as_ref()
            .map_or("None".to_owned(), |v| format!("Some({})", lit(v))),
        scopes.join(", "),
        op.idempotent,
        op.paging.variant(),
        lit(op.rust_method.trim_start_matches("r#")),
        lit(&op.summary),
    )
}

/// One entry of the generated test table: how to build and send `op` with sample arguments
/// (`p-<name>` for path parameters, `q-<name>` for required query strings), the JSON body
/// decoded from an example the test supplies.
pub fn test_entry(app: &str, module: &str, op: &Op) -> String {
    let mut args = Vec::new();
    for p in &op.path_params {
        args.push(lit(&format!("p-{}", p.json)));
    }
    for p in op.query.iter().filter(|p| p.required) {
        args.push(match p.kind {
            ArgKind::Str => lit(&format!("q-{}", p.json)),
            ArgKind::StrList => format!("[{}]", lit(&format!("q-{}", p.json))),
            ArgKind::Int => "1".to_owned(),
            ArgKind::Num => "1.0".to_owned(),
            ArgKind::Bool => "true".to_owned(),
        });
    }
    let prelude;
    let mut tail = String::new();
    match &op.body {
        BodyKind::Json { ty, required } => {
            let ty = ty.replace("crate::", "ghl_client::");
            prelude = format!(
                "let body: {ty} = serde_json::from_value(body.unwrap_or_default()).map_err(|e| format!(\"the example does not decode into the body type: {{e}}\"))?;"
            );
            if *required {
                args.push("&body".to_owned());
            } else {
                tail = ".body(&body)".to_owned();
            }
        }
        BodyKind::Form { ty } => {
            let ty = ty.replace("crate::", "ghl_client::");
            prelude = format!(
                "let form: {ty} = serde_json::from_value(body.unwrap_or_default()).map_err(|e| format!(\"the example does not decode into the form type: {{e}}\"))?;"
            );
            args.push("&form".to_owned());
        }
        BodyKind::Multipart => {
            prelude = "let _ = body;".to_owned();
            args.push("ghl_client::request::Multipart::new().text(\"name\", \"x\")".to_owned());
        }
        BodyKind::None => prelude = "let _ = body;".to_owned(),
    }
    let call = format!(
        "c.apps().{module}().{}({}){tail}",
        op.rust_method,
        args.join(", ")
    );
    format!(
        "    Call {{ app: {}, operation_id: {}, build: |c, body| {{ {prelude} Ok({call}.into_request()) }}, send: |c, body| Box::pin(async move {{ {prelude} {call}.send().await.map(|_| ()).map_err(|e| e.to_string()) }}) }},\n",
        lit(app),
        lit(&op.operation_id),
    )
}
