//! Deep links into the GHL app for the "GHL Link" property.
//!
//! GHL does not document deep links; these shapes are what the app's own URLs look like and
//! are **best effort**: they may change without notice. The app domain is configurable for
//! white-label accounts (default `https://app.gohighlevel.com`).
//!
//! | Record | URL |
//! |---|---|
//! | contact | `{app}/v2/location/{locationId}/contacts/detail/{contactId}` |
//! | opportunity | `{app}/v2/location/{locationId}/opportunities/list?opportunityId={id}` |
//! | task | the contact's page when the contact is known, else `{app}/v2/location/{locationId}/tasks` |
//! | appointment | `{app}/v2/location/{locationId}/calendars/view?appointmentId={id}` |
//!
//! ```
//! use ghl_notion::links::GhlLinks;
//! let links = GhlLinks::default();
//! assert_eq!(
//!     links.contact("loc1", "c 1"),
//!     "https://app.gohighlevel.com/v2/location/loc1/contacts/detail/c%201"
//! );
//! let white_label = GhlLinks::new("https://crm.example.com/");
//! assert!(white_label.opportunity("loc1", "o1").starts_with("https://crm.example.com/v2/"));
//! ```

use notion_activity::request::segment;

/// The default GHL app domain.
pub const DEFAULT_APP_URL: &str = "https://app.gohighlevel.com";

/// Builds deep links into one GHL app domain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GhlLinks {
    app: String,
}

impl Default for GhlLinks {
    fn default() -> Self {
        Self::new(DEFAULT_APP_URL)
    }
}

impl GhlLinks {
    /// Links into `app_url` (a white-label domain, e.g. `https://crm.agency.com`).
    pub fn new(app_url: impl Into<String>) -> Self {
        Self {
            app: app_url.into().trim_end_matches('/').to_owned(),
        }
    }

    fn location(&self, location_id: &str) -> String {
        format!("{}/v2/location/{}", self.app, segment(location_id))
    }

    /// A contact's page.
    pub fn contact(&self, location_id: &str, contact_id: &str) -> String {
        format!(
            "{}/contacts/detail/{}",
            self.location(location_id),
            segment(contact_id)
        )
    }

    /// An opportunity in the pipeline list.
    pub fn opportunity(&self, location_id: &str, opportunity_id: &str) -> String {
        format!(
            "{}/opportunities/list?opportunityId={}",
            self.location(location_id),
            segment(opportunity_id)
        )
    }

    /// A task: on its contact's page when the contact is known (tasks live there), else
    /// the location's task list.
    pub fn task(&self, location_id: &str, contact_id: Option<&str>) -> String {
        match contact_id {
            Some(contact) => self.contact(location_id, contact),
            None => format!("{}/tasks", self.location(location_id)),
        }
    }

    /// An appointment in the calendar view.
    pub fn appointment(&self, location_id: &str, appointment_id: &str) -> String {
        format!(
            "{}/calendars/view?appointmentId={}",
            self.location(location_id),
            segment(appointment_id)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_shapes() {
        let l = GhlLinks::default();
        assert_eq!(
            l.opportunity("L", "O"),
            "https://app.gohighlevel.com/v2/location/L/opportunities/list?opportunityId=O"
        );
        assert_eq!(
            l.task("L", None),
            "https://app.gohighlevel.com/v2/location/L/tasks"
        );
        assert_eq!(l.task("L", Some("C")), l.contact("L", "C"));
        assert_eq!(
            l.appointment("L", "A"),
            "https://app.gohighlevel.com/v2/location/L/calendars/view?appointmentId=A"
        );
        assert!(l.contact("../x", "y").contains("..%2Fx"));
    }
}
