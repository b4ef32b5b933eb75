//! [`StateStore`] for [`PostgresStore`]: one statement per call (atomic on its own), keys
//! listed in byte order (`COLLATE "C"`) as the other stores list them.

use chrono::{DateTime, Utc};
use tokio_postgres::Row;

use super::error::PostgresStoreError;
use super::{PostgresStore, to_i64, to_u64};
use crate::BoxFuture;
use crate::hash::ContentHash;
use crate::record::EntityKind;
use crate::sink::{RowId, TableId};
use crate::source::ChangeCursor;
use crate::state::{Intent, RowState, RunInfo, StateStore, StoreResult};

const ROW_COLUMNS: &str =
    "key, row_id, hash, deleted, source_updated_at, last_written, last_seen, seen_run";

fn row_state(row: &Row) -> Result<(String, RowState), PostgresStoreError> {
    let get = |e: tokio_postgres::Error| PostgresStoreError::Corrupt {
        what: "row state",
        detail: e.to_string(),
    };
    let hash: Option<String> = row.try_get("hash").map_err(get)?;
    Ok((
        row.try_get("key").map_err(get)?,
        RowState {
            row_id: RowId(row.try_get("row_id").map_err(get)?),
            hash: hash.and_then(|h| h.parse::<ContentHash>().ok()),
            deleted: row.try_get("deleted").map_err(get)?,
            source_updated_at: row.try_get("source_updated_at").map_err(get)?,
            last_written: row.try_get("last_written").map_err(get)?,
            last_seen: row.try_get("last_seen").map_err(get)?,
            seen_run: to_u64(row.try_get("seen_run").map_err(get)?),
        },
    ))
}

fn column<'r, T: tokio_postgres::types::FromSql<'r>>(
    row: &'r Row,
    index: usize,
    what: &'static str,
) -> Result<T, PostgresStoreError> {
    row.try_get(index).map_err(|e| PostgresStoreError::Corrupt {
        what,
        detail: e.to_string(),
    })
}

impl StateStore for PostgresStore {
    fn get_row<'a>(
        &'a self,
        table: &'a TableId,
        key: &'a str,
    ) -> BoxFuture<'a, StoreResult<Option<RowState>>> {
        Box::pin(async move {
            let row = self
                .query_opt(
                    "reading a row",
                    &format!("SELECT {ROW_COLUMNS} FROM sync_rows WHERE tbl = $1 AND key = $2"),
                    &[&table.0, &key],
                )
                .await?;
            Ok(row.map(|r| row_state(&r)).transpose()?.map(|(_, s)| s))
        })
    }

    fn put_row<'a>(
        &'a self,
        table: &'a TableId,
        key: &'a str,
        row: RowState,
    ) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            let hash = row.hash.map(|h| h.to_string());
            self.execute(
                "writing a row",
                "INSERT INTO sync_rows (tbl, key, row_id, hash, deleted, source_updated_at, last_written, last_seen, seen_run)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                 ON CONFLICT (tbl, key) DO UPDATE SET row_id = EXCLUDED.row_id, hash = EXCLUDED.hash,
                   deleted = EXCLUDED.deleted, source_updated_at = EXCLUDED.source_updated_at,
                   last_written = EXCLUDED.last_written, last_seen = EXCLUDED.last_seen,
                   seen_run = EXCLUDED.seen_run",
                &[
                    &table.0,
                    &key,
                    &row.row_id.0,
                    &hash,
                    &row.deleted,
                    &row.source_updated_at,
                    &row.last_written,
                    &row.last_seen,
                    &to_i64(row.seen_run),
                ],
            )
            .await?;
            Ok(())
        })
    }

    fn remove_row<'a>(
        &'a self,
        table: &'a TableId,
        key: &'a str,
    ) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            self.execute(
                "removing a row",
                "DELETE FROM sync_rows WHERE tbl = $1 AND key = $2",
                &[&table.0, &key],
            )
            .await?;
            Ok(())
        })
    }

    fn rows<'a>(
        &'a self,
        table: &'a TableId,
    ) -> BoxFuture<'a, StoreResult<Vec<(String, RowState)>>> {
        Box::pin(async move {
            // `COLLATE "C"`: byte order, as the other stores list keys.
            let rows = self
                .query(
                    "listing rows",
                    &format!(
                        "SELECT {ROW_COLUMNS} FROM sync_rows WHERE tbl = $1 ORDER BY key COLLATE \"C\""
                    ),
                    &[&table.0],
                )
                .await?;
            Ok(rows.iter().map(row_state).collect::<Result<Vec<_>, _>>()?)
        })
    }

    fn count_rows<'a>(&'a self, table: &'a TableId) -> BoxFuture<'a, StoreResult<u64>> {
        Box::pin(async move {
            let rows = self
                .query(
                    "counting rows",
                    "SELECT COUNT(*) FROM sync_rows WHERE tbl = $1",
                    &[&table.0],
                )
                .await?;
            let n: i64 = match rows.first() {
                Some(row) => column(row, 0, "row count")?,
                None => 0,
            };
            Ok(to_u64(n))
        })
    }

    fn touch_rows<'a>(
        &'a self,
        table: &'a TableId,
        keys: &'a [String],
        run: u64,
        at: DateTime<Utc>,
    ) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            if keys.is_empty() {
                return Ok(());
            }
            // One statement, so the batch is atomic.
            self.execute(
                "marking rows seen",
                "UPDATE sync_rows SET seen_run = $1, last_seen = $2 WHERE tbl = $3 AND key = ANY($4)",
                &[&to_i64(run), &at, &table.0, &keys],
            )
            .await?;
            Ok(())
        })
    }

    fn unseen_rows<'a>(
        &'a self,
        table: &'a TableId,
        run: u64,
    ) -> BoxFuture<'a, StoreResult<Vec<(String, RowState)>>> {
        Box::pin(async move {
            let rows = self
                .query(
                    "listing unseen rows",
                    &format!(
                        "SELECT {ROW_COLUMNS} FROM sync_rows
                         WHERE tbl = $1 AND NOT deleted AND seen_run < $2 ORDER BY key COLLATE \"C\""
                    ),
                    &[&table.0, &to_i64(run)],
                )
                .await?;
            Ok(rows.iter().map(row_state).collect::<Result<Vec<_>, _>>()?)
        })
    }

    fn is_indexed<'a>(&'a self, table: &'a TableId) -> BoxFuture<'a, StoreResult<bool>> {
        Box::pin(async move {
            let row = self
                .query_opt(
                    "reading the index mark",
                    "SELECT 1 FROM sync_indexed_tables WHERE tbl = $1",
                    &[&table.0],
                )
                .await?;
            Ok(row.is_some())
        })
    }

    fn set_indexed<'a>(&'a self, table: &'a TableId) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            self.execute(
                "marking a table indexed",
                "INSERT INTO sync_indexed_tables (tbl) VALUES ($1) ON CONFLICT DO NOTHING",
                &[&table.0],
            )
            .await?;
            Ok(())
        })
    }

    fn cursor<'a>(
        &'a self,
        entity: &'a EntityKind,
    ) -> BoxFuture<'a, StoreResult<Option<ChangeCursor>>> {
        Box::pin(async move {
            let row = self
                .query_opt(
                    "reading a cursor",
                    "SELECT cursor_value FROM sync_cursors WHERE entity = $1",
                    &[&entity.as_str()],
                )
                .await?;
            Ok(row
                .map(|r| column::<String>(&r, 0, "cursor"))
                .transpose()?
                .map(ChangeCursor))
        })
    }

    fn set_cursor<'a>(
        &'a self,
        entity: &'a EntityKind,
        cursor: Option<ChangeCursor>,
    ) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            match cursor {
                Some(cursor) => {
                    self.execute(
                        "writing a cursor",
                        "INSERT INTO sync_cursors (entity, cursor_value) VALUES ($1, $2)
                         ON CONFLICT (entity) DO UPDATE SET cursor_value = EXCLUDED.cursor_value",
                        &[&entity.as_str(), &cursor.0],
                    )
                    .await?
                }
                None => {
                    self.execute(
                        "clearing a cursor",
                        "DELETE FROM sync_cursors WHERE entity = $1",
                        &[&entity.as_str()],
                    )
                    .await?
                }
            };
            Ok(())
        })
    }

    fn meta<'a>(&'a self, key: &'a str) -> BoxFuture<'a, StoreResult<Option<String>>> {
        Box::pin(async move {
            let row = self
                .query_opt(
                    "reading a meta value",
                    "SELECT value FROM sync_meta WHERE key = $1",
                    &[&key],
                )
                .await?;
            Ok(row.map(|r| column(&r, 0, "meta value")).transpose()?)
        })
    }

    fn set_meta<'a>(&'a self, key: &'a str, value: String) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            self.execute(
                "writing a meta value",
                "INSERT INTO sync_meta (key, value) VALUES ($1, $2)
                 ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                &[&key, &value],
            )
            .await?;
            Ok(())
        })
    }

    fn run_info<'a>(&'a self, entity: &'a EntityKind) -> BoxFuture<'a, StoreResult<RunInfo>> {
        Box::pin(async move {
            let row = self
                .query_opt(
                    "reading run info",
                    "SELECT runs, runs_since_full, last_full_pass, needs_full FROM sync_runs WHERE entity = $1",
                    &[&entity.as_str()],
                )
                .await?;
            let Some(row) = row else {
                return Ok(RunInfo::default());
            };
            let runs: i64 = column(&row, 0, "run info")?;
            let since: i32 = column(&row, 1, "run info")?;
            Ok(RunInfo {
                runs: to_u64(runs),
                runs_since_full: u32::try_from(since).unwrap_or(0),
                last_full_pass: column(&row, 2, "run info")?,
                needs_full: column(&row, 3, "run info")?,
            })
        })
    }

    fn set_run_info<'a>(
        &'a self,
        entity: &'a EntityKind,
        info: RunInfo,
    ) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            let since = i32::try_from(info.runs_since_full).unwrap_or(i32::MAX);
            self.execute(
                "writing run info",
                "INSERT INTO sync_runs (entity, runs, runs_since_full, last_full_pass, needs_full)
                 VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (entity) DO UPDATE SET runs = EXCLUDED.runs,
                   runs_since_full = EXCLUDED.runs_since_full,
                   last_full_pass = EXCLUDED.last_full_pass, needs_full = EXCLUDED.needs_full",
                &[
                    &entity.as_str(),
                    &to_i64(info.runs),
                    &since,
                    &info.last_full_pass,
                    &info.needs_full,
                ],
            )
            .await?;
            Ok(())
        })
    }

    fn is_processed<'a>(
        &'a self,
        scope: &'a str,
        event_id: &'a str,
    ) -> BoxFuture<'a, StoreResult<bool>> {
        Box::pin(async move {
            let row = self
                .query_opt(
                    "reading a processed event",
                    "SELECT 1 FROM sync_processed WHERE scope = $1 AND event_id = $2",
                    &[&scope, &event_id],
                )
                .await?;
            Ok(row.is_some())
        })
    }

    fn mark_processed<'a>(
        &'a self,
        scope: &'a str,
        event_id: &'a str,
        at: DateTime<Utc>,
    ) -> BoxFuture<'a, StoreResult<()>> {
        Box::pin(async move {
            self.execute(
                "recording a processed event",
                "INSERT INTO sync_processed (scope, event_id, processed_at) VALUES ($1, $2, $3)
                 ON CONFLICT (scope, event_id) DO UPDATE SET processed_at = EXCLUDED.processed_at",
                &[&scope, &event_id, &at],
            )
            .await?;
            Ok(())
        })
    }

    fn prune_processed(&self, before: DateTime<Utc>) -> BoxFuture<'_, StoreResult<u64>> {
        Box::pin(async move {
            Ok(self
                .execute(
                    "pruning processed events",
                    "DELETE FROM sync_processed WHERE processed_at < $1",
                    &[&before],
                )
                .await?)
        })
    }

    fn begin_intent(&self, intent: Intent) -> BoxFuture<'_, StoreResult<u64>> {
        Box::pin(async move {
            let body = serde_json::to_string(&intent).map_err(|e| PostgresStoreError::Corrupt {
                what: "intent",
                detail: e.to_string(),
            })?;
            let rows = self
                .query(
                    "recording an intent",
                    "INSERT INTO sync_intents (body) VALUES ($1) RETURNING id",
                    &[&body],
                )
                .await?;
            let id: i64 = match rows.first() {
                Some(row) => column(row, 0, "intent id")?,
                None => {
                    return Err(PostgresStoreError::Corrupt {
                        what: "intent id",
                        detail: "the insert returned no id".to_owned(),
                    }
                    .into());
                }
            };
            Ok(to_u64(id))
        })
    }

    fn finish_intent(&self, id: u64) -> BoxFuture<'_, StoreResult<()>> {
        Box::pin(async move {
            self.execute(
                "removing an intent",
                "DELETE FROM sync_intents WHERE id = $1",
                &[&to_i64(id)],
            )
            .await?;
            Ok(())
        })
    }

    fn pending_intents(&self) -> BoxFuture<'_, StoreResult<Vec<Intent>>> {
        Box::pin(async move {
            let rows = self
                .query(
                    "listing intents",
                    "SELECT id, body FROM sync_intents ORDER BY id",
                    &[],
                )
                .await?;
            let mut out = Vec::with_capacity(rows.len());
            for row in &rows {
                let id: i64 = column(row, 0, "intent")?;
                let body: String = column(row, 1, "intent")?;
                let mut intent: Intent =
                    serde_json::from_str(&body).map_err(|e| PostgresStoreError::Corrupt {
                        what: "intent",
                        detail: e.to_string(),
                    })?;
                intent.id = to_u64(id);
                out.push(intent);
            }
            Ok(out)
        })
    }
}
