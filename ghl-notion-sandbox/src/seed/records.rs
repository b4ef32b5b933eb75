//! One fake contact, opportunity or custom field value at a time.

use chrono::{DateTime, Duration, Utc};
use serde_json::{Value, json};

use super::words::{CITIES, COMPANIES, FIRST, LAST, SOURCES, TAGS, TIMEZONES};
use super::{between, pick};
use crate::ghl::model::{
    Contact, ContactFieldValue, CustomFieldDef, Opportunity, OpportunityFieldValue, Pipeline,
};
use crate::ids::IdGen;

pub(super) fn fake_field_value(
    rng: &mut fastrand::Rng,
    def: &CustomFieldDef,
    anchor: DateTime<Utc>,
) -> Value {
    match def.data_type.as_str() {
        "NUMERICAL" => json!(rng.u32(0..=100)),
        "MONETORY" => json!(f64::from(rng.u32(1..=400)) * 25.0),
        "SINGLE_OPTIONS" => json!(def.picklist_options[rng.usize(..def.picklist_options.len())]),
        "MULTIPLE_OPTIONS" => {
            let mut picked: Vec<&String> =
                def.picklist_options.iter().filter(|_| rng.bool()).collect();
            if picked.is_empty() {
                picked.extend(def.picklist_options.first());
            }
            json!(picked)
        }
        "DATE" => json!(
            (anchor + Duration::days(rng.i64(-200..200)))
                .format("%Y-%m-%d")
                .to_string()
        ),
        _ => json!(format!("REF-{:05}", rng.u32(..100_000))),
    }
}

pub(super) fn fake_contact(
    ids: &mut IdGen,
    n: usize,
    loc: &str,
    user_ids: &[String],
    fields: &[CustomFieldDef],
    from: DateTime<Utc>,
    anchor: DateTime<Utc>,
) -> Contact {
    let rng_roll = |ids: &mut IdGen| ids.rng().u8(..100);
    let first = pick(ids.rng(), FIRST).to_owned();
    let last = pick(ids.rng(), LAST).to_owned();
    let date_added = between(ids.rng(), from, anchor);
    let date_updated = between(ids.rng(), date_added, anchor);
    let (city, state, country, postal) = CITIES[ids.rng().usize(..CITIES.len())];
    let email = (rng_roll(ids) < 90).then(|| {
        format!("{}.{}{n}@example.com", first, last)
            .to_lowercase()
            .replace('ü', "u")
    });
    let phone = (rng_roll(ids) < 80).then(|| format!("+1555{:07}", ids.rng().u32(..10_000_000)));
    let company_name = (rng_roll(ids) < 60).then(|| pick(ids.rng(), COMPANIES).to_owned());
    let mut tags: Vec<String> = Vec::new();
    for _ in 0..ids.rng().usize(0..=3) {
        let tag = pick(ids.rng(), TAGS).to_owned();
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    let mut custom_fields = Vec::new();
    for d in fields.iter().filter(|d| d.model == "contact") {
        if ids.rng().u8(..100) < 60 {
            let value = fake_field_value(ids.rng(), d, anchor);
            custom_fields.push(ContactFieldValue {
                id: d.id.clone(),
                value,
            });
        }
    }
    let mut c = Contact {
        id: ids.ghl_id(),
        name: None,
        location_id: loc.to_owned(),
        first_name: Some(first),
        last_name: Some(last),
        email,
        email_lower_case: None,
        timezone: Some(pick(ids.rng(), TIMEZONES).to_owned()),
        company_name,
        phone,
        dnd: rng_roll(ids) < 5,
        contact_type: if rng_roll(ids) < 30 {
            "customer"
        } else {
            "lead"
        }
        .into(),
        source: Some(pick(ids.rng(), SOURCES).to_owned()),
        assigned_to: (rng_roll(ids) < 70)
            .then(|| user_ids[ids.rng().usize(..user_ids.len())].clone()),
        address1: Some(format!("{} Main St", ids.rng().u16(1..9999))),
        city: Some(city.into()),
        state: Some(state.into()),
        country: Some(country.into()),
        postal_code: Some(postal.into()),
        website: None,
        tags,
        date_of_birth: None,
        date_added,
        date_updated,
        first_name_lower_case: None,
        last_name_lower_case: None,
        full_name_lower_case: None,
        custom_fields,
    };
    c.refresh_derived();
    c
}

pub(super) fn fake_opportunity(
    ids: &mut IdGen,
    contact: &Contact,
    pipelines: &[Pipeline],
    user_ids: &[String],
    fields: &[CustomFieldDef],
    anchor: DateTime<Utc>,
) -> Opportunity {
    let pipeline = &pipelines[ids.rng().usize(..pipelines.len())];
    let stage = &pipeline.stages[ids.rng().usize(..pipeline.stages.len())];
    let roll = ids.rng().u8(..100);
    let status = match roll {
        0..60 => "open",
        60..80 => "won",
        80..95 => "lost",
        _ => "abandoned",
    };
    let created_at = between(ids.rng(), contact.date_added, anchor);
    let updated_at = between(ids.rng(), created_at, anchor);
    let label = contact
        .company_name
        .clone()
        .or_else(|| contact.name.clone())
        .unwrap_or_else(|| "Deal".into());
    let mut custom_fields = Vec::new();
    for d in fields.iter().filter(|d| d.model == "opportunity") {
        if ids.rng().u8(..100) < 60 {
            let field_value = fake_field_value(ids.rng(), d, anchor);
            custom_fields.push(OpportunityFieldValue {
                id: d.id.clone(),
                field_value,
            });
        }
    }
    Opportunity {
        id: ids.ghl_id(),
        name: format!("{label} - {}", pipeline.name),
        monetary_value: f64::from(ids.rng().u32(2..=1000)) * 50.0,
        pipeline_id: pipeline.id.clone(),
        pipeline_stage_id: stage.id.clone(),
        assigned_to: (ids.rng().u8(..100) < 80)
            .then(|| user_ids[ids.rng().usize(..user_ids.len())].clone()),
        status: status.into(),
        source: pick(ids.rng(), SOURCES).into(),
        last_status_change_at: updated_at,
        last_stage_change_at: updated_at,
        created_at,
        updated_at,
        contact_id: contact.id.clone(),
        location_id: contact.location_id.clone(),
        lost_reason_id: None,
        custom_fields,
    }
}
