//! Locations and custom field definitions against wiremock.

#[path = "fixtures/harness.rs"]
mod harness;

use ghl_client::models::custom_field::CustomFieldModel;
use ghl_client::{CustomFieldId, LocationId};
use harness::{client, fixture, ok, server};
use wiremock::Mock;
use wiremock::matchers::{header, method, path, query_param};

#[tokio::test]
async fn get_location_decodes_the_example() {
    let server = server().await;
    Mock::given(method("GET"))
        .and(path("/locations/ve9EPM428h8vShlRW1KT"))
        .and(header("Version", "2021-07-28"))
        .respond_with(ok(fixture("location")))
        .expect(1)
        .mount(&server)
        .await;
    let location = client(&server)
        .locations()
        .get(&LocationId::new("ve9EPM428h8vShlRW1KT"))
        .await
        .expect("location");
    assert_eq!(location.name.as_deref(), Some("dentist"));
    assert_eq!(location.timezone.as_deref(), Some("America/Chicago"));
    assert_eq!(
        location.company_id.map(|c| c.0),
        Some("5DP4iH6HLkQsiKESj6rh".to_owned())
    );
    assert_eq!(
        location.settings.and_then(|s| s.allow_duplicate_contact),
        Some(false)
    );
    assert!(location.business.and_then(|b| b.logo_url).is_some());
}

#[tokio::test]
async fn custom_fields_list_by_model_and_get_one() {
    let server = server().await;
    Mock::given(method("GET"))
        .and(path("/locations/loc_1/customFields"))
        .and(header("Version", "2021-07-28"))
        .and(query_param("model", "contact"))
        .respond_with(ok(fixture("custom_fields")))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/locations/loc_2/customFields/cf_1"))
        .and(header("Version", "2021-07-28"))
        .respond_with(ok(fixture("custom_field")))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    let fields = client
        .custom_fields()
        .list(CustomFieldModel::Contact)
        .await
        .expect("list");
    let field = &fields[0];
    assert_eq!(field.field_key.as_deref(), Some("contact.pincode"));
    assert_eq!(field.data_type.as_deref(), Some("TEXT"));
    assert_eq!(field.model, Some(CustomFieldModel::Opportunity));
    assert_eq!(field.options().collect::<Vec<_>>(), ["first option"]);
    assert_eq!(field.max_file_limit, Some(4));

    let one = client
        .custom_fields()
        .in_location("loc_2")
        .get(&CustomFieldId::new("cf_1"))
        .await
        .expect("get");
    assert_eq!(one.id.as_str(), "3sv6UEo51C9Bmpo1cKTq");
}
