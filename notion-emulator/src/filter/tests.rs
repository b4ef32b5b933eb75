//! Table tests of filter parsing and matching.

use super::*;
use crate::ids::IdGen;
use crate::schema::{self, PropertySchema, SchemaEnv};
use serde_json::json;

fn schema() -> Vec<PropertySchema> {
    let mut ids = IdGen::new(1);
    let resolve = |_: Option<&str>, _: Option<&str>| None;
    let mut env = SchemaEnv {
        ids: &mut ids,
        relation_target: &resolve,
    };
    schema::create(
        &json!({
            "Name": {"title": {}}, "Value": {"number": {}}, "Stage": {"select": {}},
            "Tags": {"multi_select": {}}, "Due": {"date": {}}, "Done": {"checkbox": {}},
            "Site": {"url": {}}, "Status": {"status": {}},
        }),
        "p",
        &mut env,
    )
    .unwrap()
}

fn row() -> Map<String, Value> {
    json!({
        "Name": {"id": "title", "type": "title", "title": [{"plain_text": "Acme Corp"}]},
        "Value": {"type": "number", "number": 10},
        "Stage": {"type": "select", "select": {"name": "Won"}},
        "Tags": {"type": "multi_select", "multi_select": [{"name": "vip"}]},
        "Due": {"type": "date", "date": {"start": "2026-05-01T09:00:00.000+00:00"}},
        "Done": {"type": "checkbox", "checkbox": true},
        "Site": {"type": "url", "url": null},
        "Status": {"type": "status", "status": null},
    })
    .as_object()
    .cloned()
    .unwrap()
}

fn check(filter: Value) -> bool {
    let props = row();
    let r = Row {
        props: &props,
        created_time: "2026-01-01T00:00:00.000Z",
        last_edited_time: "2026-02-01T00:00:00.000Z",
    };
    let f = parse(&filter, &schema()).unwrap();
    let now = dates::parse("2026-05-03T00:00:00Z").unwrap().1.instant;
    matches(&f, &r, now)
}

#[test]
fn table() {
    let cases = [
        (
            json!({"property": "Name", "title": {"equals": "Acme Corp"}}),
            true,
        ),
        (
            json!({"property": "Name", "rich_text": {"contains": "acme"}}),
            true,
        ),
        (
            json!({"property": "Name", "title": {"does_not_contain": "corp"}}),
            false,
        ),
        (
            json!({"property": "Name", "title": {"starts_with": "Ac"}}),
            true,
        ),
        (
            json!({"property": "Name", "title": {"ends_with": "Inc"}}),
            false,
        ),
        (
            json!({"property": "Name", "title": {"does_not_equal": "X"}}),
            true,
        ),
        (json!({"property": "Site", "url": {"is_empty": true}}), true),
        (
            json!({"property": "Site", "url": {"is_not_empty": true}}),
            false,
        ),
        (
            json!({"property": "Value", "number": {"greater_than": 5}}),
            true,
        ),
        (
            json!({"property": "Value", "number": {"less_than_or_equal_to": 9}}),
            false,
        ),
        (json!({"property": "Value", "number": {"equals": 10}}), true),
        (
            json!({"property": "Stage", "select": {"equals": "Won"}}),
            true,
        ),
        (
            json!({"property": "Stage", "select": {"does_not_equal": "Won"}}),
            false,
        ),
        (
            json!({"property": "Status", "status": {"is_empty": true}}),
            true,
        ),
        (
            json!({"property": "Tags", "multi_select": {"contains": "vip"}}),
            true,
        ),
        (
            json!({"property": "Tags", "multi_select": {"does_not_contain": "vip"}}),
            false,
        ),
        (
            json!({"property": "Due", "date": {"equals": "2026-05-01"}}),
            true,
        ),
        (
            json!({"property": "Due", "date": {"before": "2026-05-01T10:00:00Z"}}),
            true,
        ),
        (
            json!({"property": "Due", "date": {"after": "2026-05-01"}}),
            false,
        ),
        (
            json!({"property": "Due", "date": {"on_or_after": "2026-05-01"}}),
            true,
        ),
        (json!({"property": "Due", "date": {"past_week": {}}}), true),
        (
            json!({"property": "Done", "checkbox": {"equals": false}}),
            false,
        ),
        (
            json!({"timestamp": "created_time", "created_time": {"before": "2026-01-02"}}),
            true,
        ),
        (
            json!({"timestamp": "last_edited_time", "last_edited_time": {"on_or_after": "2026-03-01"}}),
            false,
        ),
        (
            json!({"and": [{"property": "Done", "checkbox": {"equals": true}}, {"or": [
            {"property": "Value", "number": {"less_than": 0}},
            {"property": "Stage", "select": {"equals": "Won"}}]}]}),
            true,
        ),
        (json!({"or": []}), false),
        (json!({"and": []}), true),
    ];
    for (filter, expected) in cases {
        assert_eq!(check(filter.clone()), expected, "{filter}");
    }
}

#[test]
fn invalid_filters() {
    let s = schema();
    let err = |f: Value| parse(&f, &s).unwrap_err().message;
    assert_eq!(
        err(json!({"property": "Ghost", "rich_text": {"equals": "x"}})),
        "Could not find property with name or id: Ghost"
    );
    assert!(
        err(json!({"property": "Stage", "multi_select": {"contains": "x"}}))
            .contains("does not match filter")
    );
    assert!(
        err(json!({"property": "Value", "number": {"between": 1}}))
            .contains("not a supported condition")
    );
    assert!(
        err(json!({"property": "Value", "number": {"equals": "1"}})).contains("should be a number")
    );
    assert!(err(json!({"property": "Due", "date": {"after": "soon"}})).contains("ISO 8601"));
    assert!(err(json!({"property": "Name", "title": {"is_empty": false}})).contains("`true`"));
    assert!(err(json!({"and": {}})).contains("should be an array"));
    assert!(err(json!({"timestamp": "updated"})).contains("created_time"));
    assert!(err(json!([])).contains("should be an object"));
}
