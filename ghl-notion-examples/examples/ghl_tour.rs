//! A tour of every typed GHL resource: reads and writes on one location.
//!
//! ```sh
//! cargo run --example ghl_tour                 # against the embedded sandbox
//! GHL_API_KEY=pit-… GHL_LOCATION_ID=… cargo run --example ghl_tour   # against a test location
//! ```
//!
//! Against a real account it creates a test contact (with a task, a note and an opportunity)
//! and deletes all of them at the end.

use chrono::{Duration as Days, Utc};
use futures_util::TryStreamExt;
use ghl_client::models::contact::{ContactList, ContactSearch, Filter, NewContact, UpdateContact};
use ghl_client::models::custom_field::CustomFieldModel;
use ghl_client::models::note::{NewNote, UpdateNote};
use ghl_client::models::opportunity::{
    NewOpportunity, OpportunitySearch, OpportunityStatus, UpdateOpportunity, UpsertOpportunity,
};
use ghl_client::models::task::{NewTask, TaskSearch};
use ghl_client::models::user::UserSearch;
use ghl_client::models::{EventsOwner, EventsQuery};
use ghl_notion_examples::{BoxError, ghl_target, init_tracing};
use ghl_notion_sandbox::SandboxConfig;

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    init_tracing();
    let target = ghl_target(
        SandboxConfig::default()
            .with_seed(42)
            .with_contacts(300)
            .with_opportunities(120),
    )
    .await?;
    let ghl = &target.client;
    let location = ghl.location_id()?.clone();
    println!("GHL tour against {}\n", target.describe());

    // Location and its configuration.
    let loc = ghl.locations().get(&location).await?;
    println!(
        "location      {} ({})",
        loc.name.as_deref().unwrap_or("?"),
        loc.id
    );
    let fields = ghl.custom_fields().list(CustomFieldModel::All).await?;
    println!("custom fields {} defined", fields.len());
    if let Some(company) = ghl.company_id().cloned() {
        let users = ghl
            .users()
            .search(UserSearch::new(company).limit(5))
            .await?;
        println!("users         {} on the first page", users.items.len());
        if let Some(user) = users.items.first() {
            let user = ghl.users().get(&user.id).await?;
            println!(
                "              first: {}",
                user.name.as_deref().unwrap_or("?")
            );
            let now = Utc::now();
            let events = ghl
                .calendars()
                .events(EventsQuery::new(
                    EventsOwner::User(user.id.clone()),
                    now - Days::days(30),
                    now + Days::days(30),
                ))
                .await?;
            println!(
                "appointments  {} for that user within 30 days",
                events.len()
            );
        }
    }

    // Contacts: one page by hand, then every contact as a stream.
    let page = ghl
        .contacts()
        .search(ContactSearch::new().page_limit(50))
        .await?;
    println!(
        "\ncontacts      {} in all, {} on the first page",
        page.total.unwrap_or_default(),
        page.items.len()
    );
    let streamed: usize = ghl
        .contacts()
        .search_stream(ContactSearch::new().page_limit(100))
        .try_fold(0, |n, _| async move { Ok(n + 1) })
        .await?;
    println!("              {streamed} streamed page by page");
    let vips = ghl
        .contacts()
        .search(
            ContactSearch::new()
                .filter(Filter::contains("tags", "vip"))
                .page_limit(10),
        )
        .await?;
    println!(
        "              {} tagged vip",
        vips.total.unwrap_or_default()
    );
    let legacy = ghl
        .contacts()
        .list_deprecated(ContactList::new().limit(20))
        .await?;
    println!(
        "              {} from the deprecated list",
        legacy.items.len()
    );

    // Contact writes.
    let stamp = Utc::now().timestamp_millis();
    let contact = ghl
        .contacts()
        .create(
            NewContact::new()
                .first_name("Tour")
                .last_name(format!("Contact {stamp}"))
                .email(format!("tour-{stamp}@example.com")),
        )
        .await?;
    println!("\ncreated       contact {}", contact.id);
    let contact = ghl
        .contacts()
        .update(&contact.id, UpdateContact::new().city("Lisbon"))
        .await?;
    let tags = ghl
        .contacts()
        .add_tags(&contact.id, ["tour", "sdk"])
        .await?;
    println!("tags          {tags:?}");
    let tags = ghl.contacts().remove_tags(&contact.id, ["sdk"]).await?;
    println!("              after removal {tags:?}");
    let upserted = ghl
        .contacts()
        .upsert(
            NewContact::new()
                .email(format!("tour-{stamp}@example.com"))
                .phone("+15550100"),
        )
        .await?;
    println!("upsert        matched existing: {}", !upserted.new);

    // Tasks and notes on the contact.
    let task = ghl
        .tasks()
        .create(
            &contact.id,
            NewTask::new("Call back", Utc::now() + Days::days(2)),
        )
        .await?;
    ghl.tasks().complete(&contact.id, &task.id, true).await?;
    let tasks = ghl.tasks().list(&contact.id).await?;
    let open = ghl.tasks().search(TaskSearch::new().limit(10)).await?;
    println!(
        "tasks         {} on the contact, {} in the location search",
        tasks.len(),
        open.items.len()
    );
    let note = ghl
        .notes()
        .create(&contact.id, NewNote::new("Met at the tour"))
        .await?;
    ghl.notes()
        .update(
            &contact.id,
            &note.id,
            UpdateNote::new().body("Met at the tour (edited)"),
        )
        .await?;
    println!(
        "notes         {}",
        ghl.notes().list(&contact.id).await?.len()
    );
    let appointments = ghl.contacts().appointments(&contact.id).await?;
    println!("appointments  {} on the contact", appointments.len());

    // Opportunities.
    let pipelines = ghl.opportunities().pipelines().await?;
    println!("\npipelines     {}", pipelines.len());
    let page = ghl
        .opportunities()
        .search(OpportunitySearch::new().limit(20))
        .await?;
    println!("opportunities {} in all", page.total.unwrap_or_default());
    let won: usize = ghl
        .opportunities()
        .search_stream(
            OpportunitySearch::new()
                .status(OpportunityStatus::Won)
                .limit(100),
        )
        .try_fold(0, |n, _| async move { Ok(n + 1) })
        .await?;
    println!("              {won} won (streamed)");
    if let Some(pipeline) = pipelines.first() {
        let mut opp = NewOpportunity::new(
            pipeline.id.clone(),
            format!("Tour deal {stamp}"),
            contact.id.clone(),
        )
        .monetary_value(1200.0);
        if let Some(stage) = pipeline.stages.first() {
            opp = opp.pipeline_stage_id(stage.id.clone());
        }
        let opp = ghl.opportunities().create(opp).await?;
        let opp = ghl
            .opportunities()
            .update(&opp.id, UpdateOpportunity::new().monetary_value(1500.0))
            .await?;
        ghl.opportunities()
            .update_status(&opp.id, OpportunityStatus::Won)
            .await?;
        let again = ghl
            .opportunities()
            .upsert(
                UpsertOpportunity::new(pipeline.id.clone())
                    .name(format!("Tour deal {stamp}"))
                    .contact_id(contact.id.clone()),
            )
            .await?;
        let fetched = ghl.opportunities().get(&opp.id).await?;
        println!(
            "created       opportunity {} ({:?}), upsert new: {:?}",
            fetched.id, fetched.status, again.new
        );
        ghl.opportunities().delete(&opp.id).await?;
    }

    // Clean up.
    ghl.tasks().delete(&contact.id, &task.id).await?;
    ghl.notes().delete(&contact.id, &note.id).await?;
    ghl.contacts().delete(&contact.id).await?;
    let gone = ghl.contacts().get(&contact.id).await;
    println!(
        "\ndeleted       the tour's records (contact gone: {})",
        gone.is_err_and(|e| e.is_not_found())
    );

    let status = ghl.rate_limit_status(location.as_str());
    let m = ghl.metrics();
    println!(
        "\nrequests {} · retries {} · 429s {} · throttle waits {} ({:?})",
        m.requests, m.retries, m.throttled, m.throttle_waits, m.throttle_wait
    );
    if let Some(s) = status {
        println!(
            "rate limit: {:?}/{:?} left in the window, {:?} of {:?} left today",
            s.remaining, s.max, s.daily_remaining, s.daily_limit
        );
    }
    Ok(())
}
