//! Word lists the fake records are drawn from.

pub(super) const FIRST: &[&str] = &[
    "Ava", "Liam", "Mia", "Noah", "Zoe", "Ethan", "Isla", "Lucas", "Aria", "Mateo", "Nora", "Kai",
    "Leah", "Omar", "Ruby", "Hugo", "Elena", "Ravi", "Sofia", "Jonas", "Priya", "Diego", "Hana",
    "Felix", "Amara", "Theo", "Lina", "Yusuf", "Clara", "Marco",
];
pub(super) const LAST: &[&str] = &[
    "Nguyen", "Smith", "Garcia", "Okafor", "Müller", "Rossi", "Kim", "Patel", "Silva", "Cohen",
    "Dubois", "Novak", "Haddad", "Larsen", "Ito", "Walker", "Moreno", "Schmidt", "Khan", "Berg",
];
pub(super) const COMPANIES: &[&str] = &[
    "Brightsmile Dental",
    "Northwind Realty",
    "Peak Fitness",
    "Lumen Legal",
    "Cobalt SaaS",
    "Harbor Retail",
    "Verde Landscaping",
    "Atlas Roofing",
    "Summit Coaching",
    "Nimbus Media",
];
pub(super) const CITIES: &[(&str, &str, &str, &str)] = &[
    ("Austin", "TX", "US", "73301"),
    ("Denver", "CO", "US", "80202"),
    ("Toronto", "ON", "CA", "M5H 2N2"),
    ("London", "ENG", "GB", "EC1A 1BB"),
    ("Berlin", "BE", "DE", "10115"),
    ("Sydney", "NSW", "AU", "2000"),
];
pub(super) const TAGS: &[&str] = &[
    "lead",
    "customer",
    "vip",
    "newsletter",
    "webinar",
    "referral",
    "cold",
    "hot",
];
pub(super) const SOURCES: &[&str] = &["public api", "form", "import", "facebook", "manual"];
pub(super) const TIMEZONES: &[&str] = &[
    "America/Chicago",
    "America/Denver",
    "Europe/London",
    "Europe/Berlin",
];
pub(super) const TASK_TITLES: &[&str] = &[
    "Call back",
    "Send proposal",
    "Follow up by email",
    "Book demo",
    "Collect documents",
];
pub(super) const NOTE_BODIES: &[&str] = &[
    "Asked about pricing for the annual plan.",
    "Prefers to be contacted in the morning.",
    "Met at the spring webinar.",
    "Wants a callback after the holidays.",
];
