//! Whether a start checks the Notion tables' columns or trusts what the last check found.
//!
//! Opening a table by checking it costs two or three Notion reads, on every start. After a
//! check succeeds the service keeps what it found ([`KnownSchema`]: the fingerprint of the
//! declaration, the data source, the column types) in the state, one meta entry per table
//! (`ghl-notion.schema.<table>`), with the time of the check. The next start trusts it, and
//! reads nothing, when [`decide`] says so: the declaration has the same fingerprint and
//! `[state] schema_check_every` has not passed since the check. A write Notion refuses as
//! invalid re-checks the table at once ([`NotionSink`]); what that re-check finds replaces
//! the entry, and a failed re-check deletes it, so the next start checks.
//!
//! State in memory starts empty on every run, so it always checks, as before.

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sync_core::{StateStore, TableId};

use notion_activity::properties::value::PropertyKind;

use crate::error::Error;
use crate::notion::{KnownSchema, NotionSink};

const META_PREFIX: &str = "ghl-notion.schema.";

/// What [`decide`] says about one table at a start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decision {
    /// Open the table as the last check found it: no request.
    Trust,
    /// Check the table against Notion, for this reason.
    Check(Reason),
}

/// Why a table is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reason {
    /// No check was kept (the first start, state in memory, or a re-check failed).
    NeverChecked,
    /// The declaration changed since the last check (columns, title, parent, data source).
    Declaration,
    /// `schema_check_every` is `0s`: every start checks.
    EveryStart,
    /// `schema_check_every` has passed since the last check (or the check is dated in the
    /// future: the clock went back, so its age is unknown).
    Due,
}

/// Whether to trust the kept check `(fingerprint, checked_at)` of a table whose declaration
/// has the fingerprint `wanted`, at `now`, re-checking every `every`.
pub(crate) fn decide(
    kept: Option<(&str, DateTime<Utc>)>,
    wanted: &str,
    now: DateTime<Utc>,
    every: Duration,
) -> Decision {
    let Some((fingerprint, checked_at)) = kept else {
        return Decision::Check(Reason::NeverChecked);
    };
    if fingerprint != wanted {
        return Decision::Check(Reason::Declaration);
    }
    if every.is_zero() {
        return Decision::Check(Reason::EveryStart);
    }
    match (now - checked_at).to_std() {
        Ok(age) if age < every => Decision::Trust,
        _ => Decision::Check(Reason::Due),
    }
}

/// The kept check of one table, as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Kept {
    fingerprint: String,
    data_source_id: String,
    #[serde(default)]
    columns: BTreeMap<String, String>,
    /// RFC 3339.
    checked_at: String,
}

fn key(table: &TableId) -> String {
    format!("{META_PREFIX}{}", table.0)
}

fn encode(known: &KnownSchema, checked_at: DateTime<Utc>) -> String {
    let kept = Kept {
        fingerprint: known.fingerprint.clone(),
        data_source_id: known.data_source_id.to_string(),
        columns: known
            .columns
            .iter()
            .map(|(name, kind)| (name.clone(), kind.as_str().to_owned()))
            .collect(),
        checked_at: checked_at.to_rfc3339(),
    };
    serde_json::to_string(&kept).unwrap_or_default()
}

/// The kept check in `text`; `None` for an empty or unreadable entry (then the table is
/// checked, and the entry written again).
fn decode(text: &str) -> Option<(KnownSchema, DateTime<Utc>)> {
    let kept: Kept = serde_json::from_str(text).ok()?;
    let checked_at = DateTime::parse_from_rfc3339(&kept.checked_at)
        .ok()?
        .with_timezone(&Utc);
    let known = KnownSchema {
        fingerprint: kept.fingerprint,
        data_source_id: kept.data_source_id.as_str().into(),
        columns: kept
            .columns
            .iter()
            .map(|(name, kind)| (name.clone(), PropertyKind::parse(kind)))
            .collect(),
    };
    Some((known, checked_at))
}

/// The check kept for `table`, if there is a readable one.
pub(crate) async fn kept(
    store: &dyn StateStore,
    table: &TableId,
) -> Result<Option<(KnownSchema, DateTime<Utc>)>, Error> {
    Ok(store.meta(&key(table)).await?.as_deref().and_then(decode))
}

/// Keeps what `sink` learned since it was last asked: each table checked against Notion is
/// kept as checked at `now`; each whose re-check failed is forgotten.
pub(crate) async fn remember(
    store: &dyn StateStore,
    sink: &NotionSink,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    for (table, known) in sink.take_schema_news() {
        let value = known.map(|k| encode(&k, now)).unwrap_or_default();
        store.set_meta(&key(&table), value).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: i64) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-12-01T00:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
            + chrono::Duration::seconds(secs)
    }

    #[test]
    fn a_kept_check_is_trusted_only_for_the_same_declaration_within_the_interval() {
        use Decision::*;
        use Reason::*;
        let day = Duration::from_secs(86_400);
        for (kept, now, every, decision) in [
            (None, at(0), day, Check(NeverChecked)),
            (Some(("aaaa", at(0))), at(10), day, Check(Declaration)),
            (Some(("ffff", at(0))), at(0), day, Trust),
            (Some(("ffff", at(0))), at(86_399), day, Trust),
            (Some(("ffff", at(0))), at(86_400), day, Check(Due)),
            (Some(("ffff", at(0))), at(10 * 86_400), day, Check(Due)),
            (
                Some(("ffff", at(0))),
                at(0),
                Duration::ZERO,
                Check(EveryStart),
            ),
            // Checked "in the future": the clock went back, the age is unknown.
            (Some(("ffff", at(60))), at(0), day, Check(Due)),
            // A changed declaration is checked even within the interval.
            (Some(("fff0", at(0))), at(1), day, Check(Declaration)),
        ] {
            assert_eq!(
                decide(kept, "ffff", now, every),
                decision,
                "{kept:?} {now} {every:?}"
            );
        }
    }

    #[test]
    fn a_kept_check_reads_back_as_written() {
        let known = KnownSchema {
            fingerprint: "0123456789abcdef".to_owned(),
            data_source_id: "ds-1".into(),
            columns: [
                ("Name".to_owned(), PropertyKind::Title),
                ("Stage".to_owned(), PropertyKind::Status),
                (
                    "Score".to_owned(),
                    PropertyKind::Other("formula".to_owned()),
                ),
            ]
            .into_iter()
            .collect(),
        };
        let text = encode(&known, at(42));
        assert_eq!(decode(&text), Some((known, at(42))));
        for unreadable in [
            "",
            "{}",
            "null",
            "not json",
            r#"{"fingerprint":"f","data_source_id":"d","checked_at":"yesterday"}"#,
        ] {
            assert_eq!(decode(unreadable), None, "{unreadable}");
        }
        // Columns are optional (an activity log keeps none).
        let (log, checked) = decode(
            r#"{"fingerprint":"f","data_source_id":"d","checked_at":"2026-12-01T00:00:00Z"}"#,
        )
        .expect("readable");
        assert!(log.columns.is_empty());
        assert_eq!(checked, at(0));
        assert_eq!(
            key(&TableId::from("contacts")),
            "ghl-notion.schema.contacts"
        );
    }
}
