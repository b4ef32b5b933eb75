//! Which `Version` header values the GHL routes answer: a pure policy, checked by the
//! [`gate`](crate::ghl::gate).
//!
//! The official specs (`specs/ghl/apps/<app>.json`) declare one `Version` per operation — the
//! same one for every path of an app — but GHL's versioning guide lists `2021-04-15`,
//! `2021-07-28` and `2023-02-21` as supported, and the official Node SDK sends `2023-02-21` to
//! every route. The specs show no response that differs by version, so every family accepts
//! all of [`SUPPORTED`] and answers the same shape. `v3` and `legacy` select other APIs the
//! sandbox does not emulate; anything else is refused as GHL refuses it (400).
//!
//! ```
//! use ghl_notion_sandbox::ghl::versions::{Verdict, check, family};
//! assert_eq!(family("/calendars/events").map(|f| f.declared), Some("2021-04-15"));
//! assert_eq!(check(Some("2023-02-21")), Verdict::Accepted);
//! assert!(matches!(check(Some("2020-01-01")), Verdict::Refused(_)));
//! ```

/// The `Version` values GHL supports, oldest first; every emulated route accepts each.
pub const SUPPORTED: [&str; 3] = ["2021-04-15", "2021-07-28", "2023-02-21"];

/// `Version` values GHL knows that select an API the sandbox does not emulate.
pub const NOT_EMULATED: [&str; 2] = ["v3", "legacy"];

/// A group of routes documented by one official spec file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RouteFamily {
    /// The path prefix (`/contacts`); a path belongs to the first family whose prefix it has.
    pub prefix: &'static str,
    /// The spec file under `specs/ghl/apps/`.
    pub spec: &'static str,
    /// The `Version` its spec declares for every operation the sandbox serves.
    pub declared: &'static str,
}

/// The families the sandbox emulates, with their spec's declared version.
pub const FAMILIES: [RouteFamily; 6] = [
    RouteFamily {
        prefix: "/calendars",
        spec: "calendars.json",
        declared: "2021-04-15",
    },
    RouteFamily {
        prefix: "/contacts",
        spec: "contacts.json",
        declared: "2021-07-28",
    },
    RouteFamily {
        prefix: "/opportunities",
        spec: "opportunities.json",
        declared: "2021-07-28",
    },
    RouteFamily {
        prefix: "/locations",
        spec: "locations.json",
        declared: "2021-07-28",
    },
    RouteFamily {
        prefix: "/users",
        spec: "users.json",
        declared: "2021-07-28",
    },
    RouteFamily {
        prefix: "/oauth",
        spec: "oauth.json",
        declared: "2021-07-28",
    },
];

/// The family a path belongs to, if the sandbox emulates any of it.
pub fn family(path: &str) -> Option<&'static RouteFamily> {
    FAMILIES.iter().find(|f| {
        path.strip_prefix(f.prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    })
}

/// What the gate does with a request's `Version` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Answer it.
    Accepted,
    /// A version GHL knows but the sandbox does not emulate (`v3`, `legacy`).
    NotEmulated(String),
    /// 400 with this message: the header is missing or names no version GHL has.
    Refused(String),
}

/// Judges a `Version` header value (`None` when absent). The same for every family: see the
/// module docs.
pub fn check(version: Option<&str>) -> Verdict {
    let Some(raw) = version else {
        return Verdict::Refused("Version header is required".to_owned());
    };
    let v = raw.trim();
    if SUPPORTED.contains(&v) {
        Verdict::Accepted
    } else if NOT_EMULATED.contains(&v) {
        Verdict::NotEmulated(format!("Version {v}"))
    } else {
        Verdict::Refused(format!(
            "Version header {raw:?} is not supported here; use one of {}",
            SUPPORTED.join(", ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families_by_prefix() {
        for (path, declared) in [
            ("/calendars/events", Some("2021-04-15")),
            ("/contacts/", Some("2021-07-28")),
            ("/contacts/abc/appointments", Some("2021-07-28")),
            ("/opportunities/search", Some("2021-07-28")),
            ("/locations/x/customFields", Some("2021-07-28")),
            ("/users/search", Some("2021-07-28")),
            ("/oauth/locationToken", Some("2021-07-28")),
            ("/contactsX", None),
            ("/conversations/search", None),
        ] {
            assert_eq!(family(path).map(|f| f.declared), declared, "{path}");
        }
    }

    #[test]
    fn verdicts() {
        for v in SUPPORTED {
            assert_eq!(check(Some(v)), Verdict::Accepted, "{v}");
        }
        assert_eq!(check(Some(" 2023-02-21 ")), Verdict::Accepted);
        assert_eq!(check(Some("v3")), Verdict::NotEmulated("Version v3".into()));
        assert_eq!(
            check(None),
            Verdict::Refused("Version header is required".into())
        );
        for v in ["2022-01-01", "", "2021-07-28x", "V3"] {
            assert!(matches!(check(Some(v)), Verdict::Refused(m) if m.contains("not supported")));
        }
    }
}
