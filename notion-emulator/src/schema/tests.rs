//! Tests of schema creation and updates.

use super::*;

fn env_run<T>(f: impl FnOnce(&mut SchemaEnv<'_>) -> T) -> T {
    let mut ids = IdGen::new(1);
    let resolve = |ds: Option<&str>, _db: Option<&str>| ds.map(|d| (d.to_owned(), "db".to_owned()));
    let mut env = SchemaEnv {
        ids: &mut ids,
        relation_target: &resolve,
    };
    f(&mut env)
}

#[test]
fn create_and_update() {
    env_run(|env| {
        let mut schema = create(
            &json!({
                "Name": {"title": {}},
                "Stage": {"select": {"options": [{"name": "Open", "color": "blue"}]}},
                "Value": {"type": "number", "number": {"format": "dollar"}},
                "Status": {"status": {}},
                "Company": {"relation": {"data_source_id": "x", "single_property": {}}},
            }),
            "body.properties",
            env,
        )
        .unwrap();
        assert_eq!(schema[0].id, "title");
        assert_eq!(schema[1].render()["select"]["options"][0]["name"], "Open");
        assert_eq!(schema[2].render()["number"]["format"], "dollar");
        let status = schema[3].render();
        assert_eq!(status["status"]["options"].as_array().unwrap().len(), 3);
        assert_eq!(
            status["status"]["groups"][2]["option_ids"][0],
            status["status"]["options"][2]["id"]
        );
        assert_eq!(schema[4].render()["relation"]["type"], "single_property");

        update(
            &mut schema,
            &json!({
                "Stage": {"select": {"options": [{"name": "Won", "color": "green"}]}},
                "Value": {"name": "Amount"},
                "Company": null,
                "Notes": {"rich_text": {}},
            }),
            "body.properties",
            env,
        )
        .unwrap();
        let names: Vec<_> = schema.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Name", "Stage", "Amount", "Status", "Notes"]);
        assert_eq!(schema[1].config.options().unwrap().len(), 2);
        let id = schema[2].id.clone();
        assert_eq!(find(&schema, &id), Some(2));
        assert_eq!(find(&schema, &percent_decode(&id)), Some(2));

        assert!(update(&mut schema, &json!({"Name": null}), "p", env).is_err());
        assert!(update(&mut schema, &json!({"Name": {"rich_text": {}}}), "p", env).is_err());
        assert!(update(&mut schema, &json!({"Ghost": {"name": "x"}}), "p", env).is_err());
        assert!(update(&mut schema, &json!({"Notes": {"name": "Stage"}}), "p", env).is_err());
    });
}

#[test]
fn create_rejects_bad_input() {
    env_run(|env| {
        assert!(create(&json!({"A": {"rich_text": {}}}), "p", env).is_err());
        assert!(create(&json!({"A": {"title": {}}, "B": {"title": {}}}), "p", env).is_err());
        assert!(create(&json!({"A": {"title": {}}, "B": {"bogus": {}}}), "p", env).is_err());
        let err = create(
            &json!({"A": {"title": {}}, "S": {"select": {"options": [{"name": "a,b"}]}}}),
            "p",
            env,
        )
        .unwrap_err();
        assert!(err.message.contains("commas not allowed"));
        assert!(
            create(
                &json!({"A": {"title": {}}, "R": {"relation": {}}}),
                "p",
                env
            )
            .is_err()
        );
    });
}
