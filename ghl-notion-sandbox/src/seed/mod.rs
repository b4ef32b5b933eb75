//! Deterministic fake data: the same seed and start day give byte-identical records.
//!
//! The identity (company, locations, tokens, OAuth client) comes from its own generator, so it
//! does not change when the record counts do. Record dates lie in the two years before the
//! start of the sandbox's first day; appointments spread a month either side of it.
//!
//! With several locations, the first is seeded exactly as a one-location sandbox is (same
//! ids, same records), and each further location draws its ids and its records from
//! generators of its own, so adding locations never changes the first one's data.

mod records;
mod words;

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};

use crate::clock::SandboxClock;
use crate::config::SandboxConfig;
use crate::ghl::model::{
    Appointment, Calendar, CreatedBy, CustomFieldDef, Location, LocationSettings, Note, Pipeline,
    Roles, Stage, Task, User,
};
use crate::ghl::state::GhlState;
use crate::ids::{IdGen, location_seed};
use records::{fake_contact, fake_opportunity};
use words::{FIRST, LAST, NOTE_BODIES, TASK_TITLES};

/// One location's identity: id, name and private-integration token.
#[derive(Clone, PartialEq)]
pub struct LocationIdentity {
    /// The location's id.
    pub id: String,
    /// Its display name.
    pub name: String,
    /// Its private-integration token (all sub-account scopes on this location only).
    pub api_key: String,
}

impl std::fmt::Debug for LocationIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocationIdentity")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("api_key", &"[redacted]")
            .finish()
    }
}

/// Names of the seeded locations, in order (a suffix tells repeats apart).
const LOCATION_NAMES: &[&str] = &[
    "Sandbox Dental Studio",
    "Sandbox Law Office",
    "Sandbox Realty",
    "Sandbox Fitness Club",
    "Sandbox Roofing Co",
];

/// Salt of the generator of the second and later locations' ids and tokens.
const EXTRA_LOCATIONS_SALT: u64 = 0x10CA_7105_A6E7_C1E5;

/// Who the sandbox is: ids and credentials, derived from the seed.
#[derive(Clone, PartialEq)]
pub struct Identity {
    /// Agency id.
    pub company_id: String,
    /// The first location's id.
    pub location_id: String,
    /// The first location's private-integration token (all scopes on that location).
    pub private_token: String,
    /// Every location of the agency, the first one first (its id and token are
    /// [`Identity::location_id`] and [`Identity::private_token`]).
    pub locations: Vec<LocationIdentity>,
    /// The marketplace app's id (the OAuth client id's prefix).
    pub app_id: String,
    /// OAuth client id.
    pub oauth_client_id: String,
    /// OAuth client secret.
    pub oauth_client_secret: String,
}

impl Identity {
    /// The identity for `config`.
    pub fn derive(config: &SandboxConfig) -> Self {
        let mut ids = IdGen::new(config.seed ^ 0x1D3A_7E11_F00D_5EED);
        let company_id = ids.ghl_id();
        let location_id = ids.ghl_id();
        let private_token = format!("pit-{}", ids.uuid());
        let generated_app_id: String = (0..24)
            .map(|_| char::from(b"0123456789abcdef"[ids.rng().usize(..16)]))
            .collect();
        let suffix = ids.alphanumeric(8).to_lowercase();
        let generated_client_id = format!("{generated_app_id}-{suffix}");
        // A configured client id names its app in its prefix, as GHL's do.
        let app_id = match &config.oauth_client_id {
            Some(id) => id.split('-').next().unwrap_or(id).to_owned(),
            None => generated_app_id,
        };
        let generated_secret = ids.uuid();
        let mut extra = IdGen::new(config.seed ^ EXTRA_LOCATIONS_SALT);
        let locations = (0..config.locations.max(1))
            .map(|k| {
                let name = match (
                    LOCATION_NAMES[k % LOCATION_NAMES.len()],
                    k / LOCATION_NAMES.len(),
                ) {
                    (name, 0) => name.to_owned(),
                    (name, round) => format!("{name} {}", round + 1),
                };
                if k == 0 {
                    LocationIdentity {
                        id: location_id.clone(),
                        name,
                        api_key: private_token.clone(),
                    }
                } else {
                    LocationIdentity {
                        id: extra.ghl_id(),
                        name,
                        api_key: format!("pit-{}", extra.uuid()),
                    }
                }
            })
            .collect();
        Self {
            company_id,
            location_id,
            private_token,
            locations,
            oauth_client_id: config
                .oauth_client_id
                .clone()
                .unwrap_or(generated_client_id),
            oauth_client_secret: config
                .oauth_client_secret
                .clone()
                .unwrap_or(generated_secret),
            app_id,
        }
    }
}

impl std::fmt::Debug for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Identity")
            .field("company_id", &self.company_id)
            .field("location_id", &self.location_id)
            .field("private_token", &"[redacted]")
            .field("locations", &self.locations)
            .field("app_id", &self.app_id)
            .field("oauth_client_id", &self.oauth_client_id)
            .field("oauth_client_secret", &"[redacted]")
            .finish()
    }
}

fn pick<'a>(rng: &mut fastrand::Rng, items: &[&'a str]) -> &'a str {
    items[rng.usize(..items.len())]
}

fn between(rng: &mut fastrand::Rng, from: DateTime<Utc>, to: DateTime<Utc>) -> DateTime<Utc> {
    let span = (to - from).num_milliseconds().max(1);
    from + Duration::milliseconds(rng.i64(0..span))
}

/// Builds the initial GHL state for `config`: every location of `identity` with its records.
pub fn generate(config: &SandboxConfig, identity: &Identity, clock: &SandboxClock) -> GhlState {
    let mut ids = IdGen::new(config.seed);
    let now = clock.now();
    let anchor = now
        .date_naive()
        .and_hms_opt(0, 0, 0)
        .map(|d| d.and_utc())
        .unwrap_or(now);
    let mut state = GhlState {
        clock: clock.clone(),
        ids: IdGen::new(config.seed),
        company_id: identity.company_id.clone(),
        locations: Vec::with_capacity(identity.locations.len()),
        users: Vec::new(),
        calendars: Vec::new(),
        custom_fields: Vec::new(),
        pipelines: Vec::new(),
        contacts: BTreeMap::new(),
        opportunities: BTreeMap::new(),
        tasks: BTreeMap::new(),
        notes: BTreeMap::new(),
        appointments: BTreeMap::new(),
        outbox: Vec::new(),
    };
    for (k, location) in identity.locations.iter().enumerate() {
        if k == 0 {
            // The first location continues the one sequence a one-location sandbox has.
            seed_location(config, identity, location, 0, &mut ids, anchor, &mut state);
        } else {
            let mut own = IdGen::new(location_seed(config.seed ^ EXTRA_LOCATIONS_SALT, k));
            seed_location(config, identity, location, k, &mut own, anchor, &mut state);
        }
    }
    state.ids = ids;
    state
}

/// A user's email: location `k > 0` gets its own domain part so emails stay unique.
fn user_email(first: &str, last: &str, i: usize, k: usize) -> String {
    let email = if k == 0 {
        format!("{first}.{last}{i}@sandbox-agency.example.com")
    } else {
        format!("{first}.{last}{i}@l{k}.sandbox-agency.example.com")
    };
    email.to_lowercase()
}

/// Seeds one location and its records into `out`, drawing from `ids`.
fn seed_location(
    config: &SandboxConfig,
    identity: &Identity,
    me: &LocationIdentity,
    k: usize,
    ids: &mut IdGen,
    anchor: DateTime<Utc>,
    out: &mut GhlState,
) {
    let loc = me.id.clone();
    let site = if k == 0 {
        "sandbox".to_owned()
    } else {
        format!("sandbox-{k}")
    };
    let location = Location {
        id: loc.clone(),
        company_id: identity.company_id.clone(),
        name: me.name.clone(),
        address: format!("{} Sandbox Way", k + 1),
        city: "Austin".into(),
        state: "TX".into(),
        country: "US".into(),
        postal_code: "73301".into(),
        website: format!("https://{site}.example.com"),
        timezone: "America/Chicago".into(),
        email: format!("owner@{site}.example.com"),
        phone: format!("+1512555{:04}", 100 + k),
        settings: LocationSettings {
            allow_duplicate_contact: false,
            allow_duplicate_opportunity: false,
            allow_facebook_name_merge: false,
            disable_contact_timezone: false,
        },
    };

    let users: Vec<User> = (0..config.users.max(1))
        .map(|i| {
            let first = pick(ids.rng(), FIRST);
            let last = pick(ids.rng(), LAST);
            User {
                id: ids.ghl_id(),
                name: format!("{first} {last}"),
                first_name: first.into(),
                last_name: last.into(),
                email: user_email(first, last, i, k),
                phone: format!("+1512555{:04}", 200 + i),
                extension: String::new(),
                roles: Roles {
                    kind: "account".into(),
                    role: if i == 0 { "admin" } else { "user" }.into(),
                    location_ids: vec![loc.clone()],
                },
                deleted: false,
            }
        })
        .collect();
    let user_ids: Vec<String> = users.iter().map(|u| u.id.clone()).collect();

    let calendars: Vec<Calendar> = ["Sales Calls", "Onboarding"]
        .iter()
        .map(|name| Calendar {
            id: ids.ghl_id(),
            name: (*name).into(),
            group_id: ids.ghl_id(),
            user_ids: user_ids.clone(),
            location_id: loc.clone(),
        })
        .collect();

    let mut custom_fields = Vec::new();
    let field_specs: [(&str, &str, &str, &[&str]); 10] = [
        ("contact", "Lead Score", "NUMERICAL", &[]),
        (
            "contact",
            "Industry",
            "SINGLE_OPTIONS",
            &["Dental", "Legal", "Real Estate", "Fitness", "SaaS"],
        ),
        (
            "contact",
            "Interests",
            "MULTIPLE_OPTIONS",
            &["Email", "SEO", "Ads", "Social", "Webinars"],
        ),
        ("contact", "Referral Code", "TEXT", &[]),
        ("contact", "Renewal Date", "DATE", &[]),
        ("contact", "Budget", "MONETORY", &[]),
        (
            "opportunity",
            "Deal Type",
            "SINGLE_OPTIONS",
            &["New Business", "Renewal", "Upsell"],
        ),
        (
            "opportunity",
            "Products",
            "MULTIPLE_OPTIONS",
            &["Implants", "Whitening", "Aligners", "Checkups"],
        ),
        ("opportunity", "Competitor", "TEXT", &[]),
        ("opportunity", "Expected Close", "DATE", &[]),
    ];
    for (position, (model, name, data_type, options)) in field_specs.iter().enumerate() {
        let key = name.to_lowercase().replace(' ', "_");
        custom_fields.push(CustomFieldDef {
            id: ids.ghl_id(),
            name: (*name).into(),
            field_key: format!("{model}.{key}"),
            placeholder: (*name).into(),
            data_type: (*data_type).into(),
            position: u32::try_from(position).unwrap_or(0) * 50,
            picklist_options: options.iter().map(|o| (*o).to_owned()).collect(),
            location_id: loc.clone(),
            model: (*model).into(),
        });
    }

    let pipelines: Vec<Pipeline> = [
        (
            "Sales Pipeline",
            &[
                "New Lead",
                "Contacted",
                "Proposal Sent",
                "Negotiation",
                "Closed",
            ][..],
        ),
        ("Onboarding", &["Kickoff", "Setup", "Training", "Live"][..]),
    ]
    .iter()
    .map(|(name, stages)| Pipeline {
        id: ids.ghl_id(),
        name: (*name).into(),
        stages: stages
            .iter()
            .enumerate()
            .map(|(i, s)| Stage {
                id: ids.uuid(),
                name: (*s).into(),
                position: u32::try_from(i).unwrap_or(0),
            })
            .collect(),
        show_in_funnel: true,
        show_in_pie_chart: true,
        location_id: loc.clone(),
    })
    .collect();

    let two_years_ago = anchor - Duration::days(730);
    let mut contacts = BTreeMap::new();
    let mut contact_ids = Vec::with_capacity(config.contacts);
    for n in 0..config.contacts {
        let c = fake_contact(
            ids,
            n,
            &loc,
            &user_ids,
            &custom_fields,
            two_years_ago,
            anchor,
        );
        contact_ids.push(c.id.clone());
        contacts.insert(c.id.clone(), c);
    }

    let mut opportunities = BTreeMap::new();
    if !contact_ids.is_empty() {
        for _ in 0..config.opportunities {
            let contact = &contacts[&contact_ids[ids.rng().usize(..contact_ids.len())]];
            let o = fake_opportunity(ids, contact, &pipelines, &user_ids, &custom_fields, anchor);
            opportunities.insert(o.id.clone(), o);
        }
    }

    let mut tasks = BTreeMap::new();
    let mut notes = BTreeMap::new();
    let mut appointments = BTreeMap::new();
    for cid in &contact_ids {
        let added = contacts[cid].date_added;
        let roll = ids.rng().u8(..100);
        if roll < 20 {
            for _ in 0..ids.rng().usize(1..=3) {
                let date_added = between(ids.rng(), added, anchor);
                let t = Task {
                    id: ids.ghl_id(),
                    title: pick(ids.rng(), TASK_TITLES).into(),
                    body: Some("Generated by the sandbox.".into()),
                    assigned_to: Some(user_ids[ids.rng().usize(..user_ids.len())].clone()),
                    due_date: date_added + Duration::days(ids.rng().i64(1..30)),
                    completed: ids.rng().u8(..100) < 40,
                    contact_id: cid.clone(),
                    date_added,
                };
                tasks.insert(t.id.clone(), t);
            }
        }
        if ids.rng().u8(..100) < 25 {
            for _ in 0..ids.rng().usize(1..=2) {
                let n = Note {
                    id: ids.ghl_id(),
                    body: pick(ids.rng(), NOTE_BODIES).into(),
                    user_id: Some(user_ids[ids.rng().usize(..user_ids.len())].clone()),
                    date_added: between(ids.rng(), added, anchor),
                    contact_id: cid.clone(),
                    title: None,
                    color: None,
                    pinned: Some(false),
                };
                notes.insert(n.id.clone(), n);
            }
        }
        if ids.rng().u8(..100) < 10 {
            let cal = &calendars[ids.rng().usize(..calendars.len())];
            let start = between(
                ids.rng(),
                anchor - Duration::days(30),
                anchor + Duration::days(30),
            );
            let assigned = user_ids[ids.rng().usize(..user_ids.len())].clone();
            let created = between(ids.rng(), added, anchor);
            let a = Appointment {
                id: ids.ghl_id(),
                address: Some("https://meet.example.com/sandbox".into()),
                title: format!(
                    "{} with {}",
                    cal.name,
                    contacts[cid].name.clone().unwrap_or_default()
                ),
                calendar_id: cal.id.clone(),
                location_id: loc.clone(),
                contact_id: cid.clone(),
                group_id: cal.group_id.clone(),
                appointment_status: pick(
                    ids.rng(),
                    &["confirmed", "new", "showed", "noshow", "cancelled"],
                )
                .into(),
                assigned_user_id: assigned.clone(),
                users: vec![assigned],
                notes: None,
                description: None,
                is_recurring: false,
                start_time: start,
                end_time: start + Duration::minutes(30),
                date_added: created,
                date_updated: created,
                created_by: CreatedBy {
                    user_id: None,
                    source: "booking_widget".into(),
                },
            };
            appointments.insert(a.id.clone(), a);
        }
    }

    out.locations.push(location);
    out.users.extend(users);
    out.calendars.extend(calendars);
    out.custom_fields.extend(custom_fields);
    out.pipelines.extend(pipelines);
    out.contacts.extend(contacts);
    out.opportunities.extend(opportunities);
    out.tasks.extend(tasks);
    out.notes.extend(notes);
    out.appointments.extend(appointments);
}
