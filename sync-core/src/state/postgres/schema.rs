//! The Postgres schema: embedded, versioned migrations and the code that applies them.
//!
//! Migration `i` (0-based) takes the schema from version `i` to `i + 1`. Applied versions are
//! recorded in `sync_state_migrations`, one row each. Applying runs in one transaction under
//! an advisory lock keyed by the schema, so workers starting together migrate once and the
//! others find the work done; applying again is a no-op. A database recording a version this
//! build does not know is refused ([`PostgresStoreError::SchemaTooNew`]), never downgraded.

use tokio_postgres::Client;

use super::error::PostgresStoreError;

/// The migrations, oldest first. Never edit one that shipped: add a new one.
pub(super) const MIGRATIONS: &[&str] = &[
    // 1: the tables.
    "CREATE TABLE sync_rows (
        tbl TEXT NOT NULL,
        key TEXT NOT NULL,
        row_id TEXT NOT NULL,
        hash TEXT,
        deleted BOOLEAN NOT NULL DEFAULT FALSE,
        source_updated_at TIMESTAMPTZ,
        last_written TIMESTAMPTZ,
        last_seen TIMESTAMPTZ,
        seen_run BIGINT NOT NULL DEFAULT 0,
        PRIMARY KEY (tbl, key)
    );
    CREATE TABLE sync_indexed_tables (tbl TEXT PRIMARY KEY);
    CREATE TABLE sync_cursors (entity TEXT PRIMARY KEY, cursor_value TEXT NOT NULL);
    CREATE TABLE sync_runs (
        entity TEXT PRIMARY KEY,
        runs BIGINT NOT NULL,
        runs_since_full INTEGER NOT NULL,
        last_full_pass TIMESTAMPTZ,
        needs_full BOOLEAN NOT NULL
    );
    CREATE TABLE sync_processed (
        scope TEXT NOT NULL,
        event_id TEXT NOT NULL,
        processed_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (scope, event_id)
    );
    CREATE TABLE sync_intents (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        body TEXT NOT NULL
    );",
    // 2: indexes for aging processed events and for deletion detection; application values.
    "CREATE INDEX sync_processed_at ON sync_processed (processed_at);
    CREATE INDEX sync_rows_seen ON sync_rows (tbl, seen_run);
    CREATE TABLE sync_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);",
];

/// The newest version this build knows.
pub(super) const LATEST: u32 = MIGRATIONS.len() as u32;

/// Two-key advisory lock namespace of these migrations (the second key is the schema's hash).
const LOCK_NAMESPACE: i32 = 0x5359_4e43; // "SYNC"

fn query_err(action: &'static str) -> impl FnOnce(tokio_postgres::Error) -> PostgresStoreError {
    move |source| PostgresStoreError::Query { action, source }
}

/// Creates `schema` if named, then applies every migration up to `target` not yet applied.
pub(super) async fn migrate(
    client: &mut Client,
    schema: Option<&str>,
    target: u32,
) -> Result<u32, PostgresStoreError> {
    let tx = client
        .transaction()
        .await
        .map_err(query_err("starting the migration"))?;
    let lock_key = schema.unwrap_or("");
    tx.execute(
        "SELECT pg_advisory_xact_lock($1, hashtext($2))",
        &[&LOCK_NAMESPACE, &lock_key],
    )
    .await
    .map_err(query_err("locking the schema for migration"))?;
    if let Some(schema) = schema {
        // `schema` is a checked plain identifier (see `check_schema`), so it needs no quoting.
        tx.batch_execute(&format!("CREATE SCHEMA IF NOT EXISTS {schema}"))
            .await
            .map_err(query_err("creating the schema"))?;
    }
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS sync_state_migrations (
            version INTEGER PRIMARY KEY,
            applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
        )",
    )
    .await
    .map_err(query_err("creating the migrations table"))?;
    let current = version_in(&tx).await?;
    if current > LATEST {
        return Err(PostgresStoreError::SchemaTooNew {
            found: current,
            known: LATEST,
        });
    }
    for (i, sql) in MIGRATIONS
        .iter()
        .enumerate()
        .take(target.min(LATEST) as usize)
        .skip(current as usize)
    {
        let version = i as i32 + 1;
        tx.batch_execute(sql)
            .await
            .map_err(query_err("applying a migration"))?;
        tx.execute(
            "INSERT INTO sync_state_migrations (version) VALUES ($1)",
            &[&version],
        )
        .await
        .map_err(query_err("recording a migration"))?;
        tracing::info!(version, "migrated the Postgres sync state schema");
    }
    let version = version_in(&tx).await?;
    tx.commit()
        .await
        .map_err(query_err("committing the migration"))?;
    Ok(version)
}

/// The newest version recorded (0 for a fresh database).
pub(super) async fn version_in(
    client: &impl tokio_postgres::GenericClient,
) -> Result<u32, PostgresStoreError> {
    let row = client
        .query_one(
            "SELECT COALESCE(MAX(version), 0) FROM sync_state_migrations",
            &[],
        )
        .await
        .map_err(query_err("reading the schema version"))?;
    let version: i32 = row.get(0);
    u32::try_from(version).map_err(|_| PostgresStoreError::Corrupt {
        what: "schema version",
        detail: format!("negative version {version}"),
    })
}

/// Checks that `schema` is a plain lower-case identifier, safe to use unquoted.
pub(super) fn check_schema(schema: &str) -> Result<(), PostgresStoreError> {
    let mut chars = schema.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_');
    let rest_ok = chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if first_ok && rest_ok && schema.len() <= 63 {
        Ok(())
    } else {
        Err(PostgresStoreError::InvalidSchema(schema.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_names_are_plain_identifiers() {
        for ok in ["a", "_x", "ghl_notion_1", &"s".repeat(63)] {
            assert!(check_schema(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "1a",
            "A",
            "a-b",
            "a b",
            "a;drop",
            "\"q\"",
            "é",
            &"s".repeat(64),
        ] {
            assert!(
                matches!(check_schema(bad), Err(PostgresStoreError::InvalidSchema(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn every_migration_is_numbered_by_its_place() {
        assert_eq!(LATEST as usize, MIGRATIONS.len());
        assert!(MIGRATIONS.iter().all(|m| !m.trim().is_empty()));
    }
}
