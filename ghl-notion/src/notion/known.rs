//! What a schema check learned about a table, so a later start can skip the check.
//!
//! Finding a table, reading its columns and adding the missing ones costs two or three
//! Notion reads per table on every start. A check that succeeded is summed up as a
//! [`KnownSchema`]: a *fingerprint* of the declaration (what the sync wants: title, parent
//! page, configured data source, and every column with its type and options), the data
//! source the check settled on, and the column types it found there. Handed back to
//! [`NotionSinkBuilder::trust`](super::NotionSinkBuilder::trust) with the same fingerprint,
//! the table opens without a single request. A changed declaration changes the fingerprint,
//! and the table is checked again.
//!
//! Notion can still change behind the sync's back (a column deleted or retyped by hand). A
//! write Notion refuses as invalid (`400 validation_error`, or a data source it no longer
//! finds) re-checks that table, repairs its columns and sends the write once more; see
//! [`NotionSink`](super::NotionSink). Whoever keeps the knowledge also re-checks on a
//! schedule (the service: `[state] schema_check_every`).
//!
//! ```
//! use ghl_notion::notion::known::mirror_fingerprint;
//! use ghl_notion::notion::MirrorOptions;
//! use sync_core::projection::ValueKind;
//!
//! let options = MirrorOptions::new().property("Name", ValueKind::Title);
//! let a = mirror_fingerprint("parent", "GHL Contacts", &options).unwrap();
//! assert_eq!(a, mirror_fingerprint("parent", "GHL Contacts", &options).unwrap());
//! let more = options.clone().property("Stage", ValueKind::Select);
//! assert_ne!(a, mirror_fingerprint("parent", "GHL Contacts", &more).unwrap());
//! ```

use std::collections::BTreeMap;

use serde_json::json;
use sync_core::hash::hash_json;

use notion_activity::activity::{ActivityLogOptions, activity_schema};
use notion_activity::error::{Error, ErrorCode, Result};
use notion_activity::ids::DataSourceId;
use notion_activity::properties::value::PropertyKind;

use super::tables::MirrorOptions;

/// Bumped when the meaning of a fingerprint changes, so older knowledge is checked again.
const FINGERPRINT_VERSION: u32 = 1;

/// What a successful schema check of one table found (see the module docs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownSchema {
    /// The fingerprint of the declaration the check was made for.
    pub fingerprint: String,
    /// The data source the table lives in.
    pub data_source_id: DataSourceId,
    /// The types the data source has for the declared columns (a mirror table's properties
    /// and stamps; empty for an activity log, which reads its columns before its first
    /// append).
    pub columns: BTreeMap<String, PropertyKind>,
}

/// The fingerprint of a mirror table titled `title` under `parent_page_id`, declared by
/// `options`: 16 hex digits, stable across releases and processes.
pub fn mirror_fingerprint(
    parent_page_id: &str,
    title: &str,
    options: &MirrorOptions,
) -> Result<String> {
    let data_source = options.data_source_id.as_ref().map(DataSourceId::as_str);
    Ok(hash_json(&json!({
        "version": FINGERPRINT_VERSION,
        "table": "mirror",
        "parent": parent_page_id,
        "title": title,
        "data_source": data_source,
        "key": options.key_property,
        "hashed": options.properties.iter().map(|(name, _)| name).collect::<Vec<_>>(),
        "schema": options.schema()?.to_json(),
    }))
    .to_string())
}

/// The fingerprint of the activity log `options` describe under `parent_page_id`.
pub fn events_fingerprint(parent_page_id: &str, options: &ActivityLogOptions) -> String {
    let data_source = options.data_source_id.as_ref().map(DataSourceId::as_str);
    hash_json(&json!({
        "version": FINGERPRINT_VERSION,
        "table": "events",
        "parent": parent_page_id,
        "title": options.title,
        "data_source": data_source,
        "schema": activity_schema(options).to_json(),
    }))
    .to_string()
}

/// Whether Notion refused a request in a way a changed table explains: a property that does
/// not exist or has another type (`validation_error`), or, for a request addressed to the
/// data source itself (`addresses_table`: a create, not an update of one row), a data source
/// it no longer finds. Such a refusal re-checks the table before the write is given up.
pub fn is_schema_refusal(error: &Error, addresses_table: bool) -> bool {
    match error.code() {
        Some(ErrorCode::ValidationError) => true,
        Some(ErrorCode::ObjectNotFound) => addresses_table,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use http::StatusCode;
    use notion_activity::error::ApiError;
    use sync_core::projection::ValueKind;

    use super::*;

    fn api(status: u16, code: &str) -> Error {
        Error::Api(Box::new(ApiError {
            status: StatusCode::from_u16(status).unwrap(),
            code: ErrorCode::parse(code),
            message: "answer".to_owned(),
            request_id: None,
            additional_data: None,
            retry_after: None,
            method: "POST".to_owned(),
            path: "/v1/pages",
            from_edge: false,
            cf_ray: None,
        }))
    }

    #[test]
    fn a_schema_refusal_is_a_validation_error_or_a_missing_object() {
        // (status, code, refused for the table's sake: by a create, by a row's update)
        for (status, code, create, update) in [
            (400, "validation_error", true, true),
            // A row that is gone is not the table's fault; a data source that is gone is.
            (404, "object_not_found", true, false),
            (400, "invalid_json", false, false),
            (400, "invalid_request", false, false),
            (409, "conflict_error", false, false),
            (429, "rate_limited", false, false),
            (500, "internal_server_error", false, false),
            (401, "unauthorized", false, false),
        ] {
            let error = api(status, code);
            assert_eq!(is_schema_refusal(&error, true), create, "{status} {code}");
            assert_eq!(is_schema_refusal(&error, false), update, "{status} {code}");
        }
        for addresses_table in [true, false] {
            let open = Error::CircuitOpen {
                retry_in: Duration::from_secs(1),
            };
            assert!(!is_schema_refusal(&open, addresses_table));
            let invalid = Error::InvalidRequest("x".to_owned());
            assert!(!is_schema_refusal(&invalid, addresses_table));
        }
    }

    #[test]
    fn a_mirror_fingerprint_follows_every_part_of_the_declaration() {
        let base = MirrorOptions::new()
            .property("Name", ValueKind::Title)
            .property("Stage", ValueKind::Select);
        let of = |parent: &str, title: &str, options: &MirrorOptions| {
            mirror_fingerprint(parent, title, options).unwrap()
        };
        let fp = of("p", "T", &base);
        assert_eq!(fp.len(), 16, "{fp}");
        assert_eq!(fp, of("p", "T", &base.clone()));
        let changed = [
            of("q", "T", &base),
            of("p", "U", &base),
            of("p", "T", &base.clone().data_source("ds-1")),
            of("p", "T", &base.clone().key_property("Key")),
            of("p", "T", &base.clone().property("Value", ValueKind::Number)),
            of("p", "T", &base.clone().stamps(Vec::new())),
            of(
                "p",
                "T",
                &MirrorOptions::new()
                    .property("Name", ValueKind::Title)
                    .property("Stage", ValueKind::Text),
            ),
            // A stamp is not hashed: the same columns, another meaning.
            of(
                "p",
                "T",
                &MirrorOptions::new()
                    .property("Name", ValueKind::Title)
                    .stamps(vec![
                        ("Stage".to_owned(), ValueKind::Select),
                        ("Last Synced".to_owned(), ValueKind::Date),
                    ]),
            ),
        ];
        for (i, other) in changed.iter().enumerate() {
            assert_ne!(&fp, other, "change {i}");
        }
    }

    #[test]
    fn an_events_fingerprint_follows_the_title_source_and_columns() {
        let base = ActivityLogOptions::default();
        let fp = events_fingerprint("p", &base);
        assert_eq!(fp, events_fingerprint("p", &base.clone()));
        assert_ne!(fp, events_fingerprint("q", &base));
        let mut titled = base.clone();
        titled.title = "Other".to_owned();
        assert_ne!(fp, events_fingerprint("p", &titled));
        let mut pinned = base.clone();
        pinned.data_source_id = Some("ds-1".into());
        assert_ne!(fp, events_fingerprint("p", &pinned));
        let mut renamed = base.clone();
        renamed.source_columns.link = "URL".to_owned();
        assert_ne!(fp, events_fingerprint("p", &renamed));
        // Only what Notion holds counts: the lookup delay is not a column.
        let mut slower = base.clone();
        slower.lookup_delay = Duration::from_secs(9);
        assert_eq!(fp, events_fingerprint("p", &slower));
        // Never the same as a mirror table's.
        assert_ne!(
            fp,
            mirror_fingerprint("p", &base.title, &MirrorOptions::new()).unwrap()
        );
    }
}
