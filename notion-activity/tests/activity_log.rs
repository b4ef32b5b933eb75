//! The activity log against the Notion emulator: bootstrap, migration, no duplicates.

mod common;

use chrono::{TimeZone, Utc};
use notion_activity::activity::{
    ActivityEvent, ActivityLog, ActivityLogOptions, AppendOutcome, columns,
};
use notion_activity::models::database::CreateDatabase;
use notion_activity::properties::{Color, PropertySchema, Schema, SelectOption};
use notion_activity::{DataSourceId, NotionVersion};
use serde_json::{Value, json};

fn event(id: &str) -> ActivityEvent {
    ActivityEvent::new(id, "Contact", "Ann Lee", "Created")
        .event_type("Webhook")
        .record_id("c_1")
        .actor("GHL workflow")
        .at(Utc.with_ymd_and_hms(2026, 1, 1, 9, 30, 0).unwrap())
        .details("x".repeat(4500))
        .link("https://app.gohighlevel.com/v2/location/L/contacts/detail/c_1")
}

fn rows(emu: &common::Emu, ds: &DataSourceId) -> Vec<Value> {
    emu.emulator.pages_in(ds.as_str())
}

fn prop_names(schema: &Value) -> Vec<String> {
    schema["properties"]
        .as_object()
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default()
}

#[tokio::test]
async fn bootstraps_on_an_empty_page_and_finds_it_again() {
    for version in [NotionVersion::V2026_03_11, NotionVersion::V2025_09_03] {
        let emu = common::Emu::default().await;
        let client = emu.client_with(version);
        let log = ActivityLog::ensure(client.clone(), &emu.parent(), ActivityLogOptions::default())
            .await
            .unwrap();
        let ds = client
            .retrieve_data_source(log.data_source_id())
            .await
            .unwrap();
        let mut names = prop_names(&json!({"properties": ds.properties}));
        names.sort();
        let mut want = vec![
            columns::ENTITY_NAME,
            columns::EVENT_TYPE,
            "Entity",
            "Record ID",
            columns::ACTION,
            columns::ACTOR,
            columns::TIMESTAMP,
            columns::DETAILS,
            "Link",
            columns::EVENT_ID,
        ];
        want.sort();
        assert_eq!(names, want, "{version:?}");
        assert_eq!(
            ds.schema().get(columns::ENTITY_NAME),
            Some(&PropertySchema::Title)
        );

        // A second ensure finds the same log instead of creating another.
        let again =
            ActivityLog::ensure(client.clone(), &emu.parent(), ActivityLogOptions::default())
                .await
                .unwrap();
        assert_eq!(again.data_source_id(), log.data_source_id());
        assert_eq!(emu.emulator.data_source_ids().len(), 1);

        let outcome = log.append(&event("evt-1"), false).await.unwrap();
        assert!(matches!(outcome, AppendOutcome::Created(_)));
        let rows = rows(&emu, log.data_source_id());
        assert_eq!(rows.len(), 1);
        let props = &rows[0]["properties"];
        assert_eq!(props["Event ID"]["rich_text"][0]["plain_text"], "evt-1");
        assert_eq!(props["Action"]["select"]["name"], "Created");
        assert_eq!(
            props["Details"]["rich_text"].as_array().map(Vec::len),
            Some(3),
            "4,500 chars in 3 objects"
        );
        let start = props["Timestamp"]["date"]["start"].as_str().unwrap();
        assert_eq!(
            chrono::DateTime::parse_from_rfc3339(start).unwrap(),
            Utc.with_ymd_and_hms(2026, 1, 1, 9, 30, 0).unwrap()
        );
    }
}

#[tokio::test]
async fn migrates_an_older_log_without_touching_user_columns() {
    let emu = common::Emu::default().await;
    let client = emu.client();
    // An older log: a different title column name, one option only, columns missing, and a
    // column the user added.
    let old = Schema::new()
        .title("Name")
        .select("Action", [SelectOption::new("Created").color(Color::Pink)])
        .rich_text(columns::EVENT_ID)
        .rich_text("Entity")
        .checkbox("Reviewed by Jane");
    let db = client
        .create_database(&CreateDatabase::new(emu.parent(), "Activity Log", old))
        .await
        .unwrap();
    let ds_id = db.first_data_source().unwrap();

    let log = ActivityLog::ensure(client.clone(), &emu.parent(), ActivityLogOptions::default())
        .await
        .unwrap();
    assert_eq!(log.data_source_id(), &ds_id, "the existing log is reused");
    let ds = client.retrieve_data_source(&ds_id).await.unwrap();
    let schema = ds.schema();
    assert_eq!(
        schema.get("Reviewed by Jane"),
        Some(&PropertySchema::Checkbox),
        "user column untouched"
    );
    assert_eq!(schema.title_name(), Some("Name"), "title not renamed");
    assert!(schema.get(columns::ENTITY_NAME).is_none());
    assert_eq!(
        schema.get("Entity"),
        Some(&PropertySchema::RichText),
        "type not changed"
    );
    for added in [
        columns::EVENT_TYPE,
        columns::ACTOR,
        columns::TIMESTAMP,
        columns::DETAILS,
        "Link",
    ] {
        assert!(schema.get(added).is_some(), "{added} added");
    }
    let action = schema
        .get(columns::ACTION)
        .and_then(|p| p.options())
        .unwrap()
        .to_vec();
    let names: Vec<_> = action.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, vec!["Created", "Updated", "Deleted", "Restored"]);
    assert_eq!(
        action[0].color,
        Some(Color::Pink),
        "existing option kept as the user coloured it"
    );

    // Rows are written into the actual columns (title "Name", GHL Entity as text), and a
    // new action gets its option added first.
    let e = ActivityEvent::new("evt-9", "Opportunity", "Big deal", "Stage Changed");
    log.append(&e, false).await.unwrap();
    let rows = rows(&emu, &ds_id);
    assert_eq!(
        rows[0]["properties"]["Name"]["title"][0]["plain_text"],
        "Big deal"
    );
    assert_eq!(
        rows[0]["properties"]["Entity"]["rich_text"][0]["plain_text"],
        "Opportunity"
    );
    assert_eq!(
        rows[0]["properties"]["Action"]["select"]["name"],
        "Stage Changed"
    );
}

#[tokio::test]
async fn a_create_whose_answer_is_lost_is_not_duplicated() {
    let emu = common::Emu::default().await;
    let client = emu.client();
    let log = ActivityLog::ensure(client, &emu.parent(), ActivityLogOptions::default())
        .await
        .unwrap();
    // The emulator writes the row, then the answer is replaced by an HTML 500.
    emu.lose_creates
        .store(1, std::sync::atomic::Ordering::SeqCst);
    let outcome = log.append(&event("evt-lost"), false).await.unwrap();
    assert!(
        matches!(outcome, AppendOutcome::AlreadyPresent(_)),
        "{outcome:?}"
    );
    assert_eq!(
        emu.creates.load(std::sync::atomic::Ordering::SeqCst),
        1,
        "created once"
    );
    assert_eq!(rows(&emu, log.data_source_id()).len(), 1);
    // The lookup waited for the configured delay on the injected clock.
    assert!(
        emu.clock
            .sleeps()
            .contains(&std::time::Duration::from_secs(1))
    );

    // Appending again after a crash (check_first) finds it too.
    let again = log.append(&event("evt-lost"), true).await.unwrap();
    assert_eq!(again.page_id(), outcome.page_id());
    assert_eq!(rows(&emu, log.data_source_id()).len(), 1);
}

#[tokio::test]
async fn the_log_can_relate_rows_to_a_project() {
    let emu = common::Emu::default().await;
    let client = emu.client();
    let projects = client
        .create_database(&CreateDatabase::new(
            emu.parent(),
            "Projects",
            Schema::new().title("Name"),
        ))
        .await
        .unwrap()
        .first_data_source()
        .unwrap();
    let project = client
        .create_page(
            &projects,
            notion_activity::models::page::properties([(
                "Name",
                notion_activity::PropertyValue::Title("Website".into()),
            )]),
        )
        .await
        .unwrap();
    let options = ActivityLogOptions {
        project_relation: Some(notion_activity::activity::ProjectRelation {
            property: "Project".into(),
            data_source_id: projects.clone(),
        }),
        ..ActivityLogOptions::default()
    };
    let log = ActivityLog::ensure(client, &emu.parent(), options)
        .await
        .unwrap();
    log.append(&event("evt-p").project(project.id.clone()), false)
        .await
        .unwrap();
    let rows = rows(&emu, log.data_source_id());
    assert_eq!(
        rows[0]["properties"]["Project"]["relation"][0]["id"],
        json!(project.id.as_str())
    );
}
