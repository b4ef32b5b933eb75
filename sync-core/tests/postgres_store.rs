//! What only the Postgres store has: versioned migrations, several workers starting at once,
//! typed errors that never show the password. The checks every store passes are in
//! `state_conformance.rs`. Tests that need a server read `DATABASE_URL` and say they were
//! skipped without it.
#![cfg(feature = "postgres")]

use std::time::Duration;

use sync_core::sink::{RowId, TableId};
use sync_core::state::{PostgresOptions, PostgresStore, PostgresStoreError, RowState, StateStore};
use sync_core::testing::conformance::{PostgresHarness, StoreHarness};

/// A raw client on the harness's database, for checking what the store wrote.
async fn raw(h: &PostgresHarness) -> tokio_postgres::Client {
    let (client, connection) = tokio_postgres::connect(h.url(), tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    client
}

async fn migration_rows(h: &PostgresHarness) -> Vec<i32> {
    raw(h)
        .await
        .query(
            &format!(
                "SELECT version FROM {}.sync_state_migrations ORDER BY version",
                h.schema()
            ),
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
}

fn all_versions() -> Vec<i32> {
    (1..=PostgresStore::SCHEMA_VERSION as i32).collect()
}

#[tokio::test]
async fn postgres_migrations_apply_once_and_again_is_a_no_op() {
    let Some(h) = PostgresHarness::from_env() else {
        return;
    };
    let store = h.open().await;
    assert_eq!(
        store.schema_version().await.unwrap(),
        PostgresStore::SCHEMA_VERSION
    );
    assert_eq!(
        store.migrate().await.unwrap(),
        PostgresStore::SCHEMA_VERSION
    );
    drop(store);
    let again = h.open().await;
    assert_eq!(
        again.schema_version().await.unwrap(),
        PostgresStore::SCHEMA_VERSION
    );
    assert_eq!(migration_rows(&h).await, all_versions());
    assert_eq!(again.schema(), Some(h.schema()));
    h.cleanup().await;
}

#[tokio::test]
async fn postgres_migrates_an_old_schema_and_keeps_its_data() {
    let Some(h) = PostgresHarness::from_env() else {
        return;
    };
    let table = TableId::from("t");
    let v1 = PostgresStore::connect_at_version(h.url(), h.options(), 1)
        .await
        .unwrap();
    assert_eq!(v1.schema_version().await.unwrap(), 1);
    v1.put_row(&table, "k", RowState::new(RowId::from("r")))
        .await
        .unwrap();
    drop(v1);
    let store = h.open().await;
    assert_eq!(
        store.schema_version().await.unwrap(),
        PostgresStore::SCHEMA_VERSION
    );
    assert!(store.get_row(&table, "k").await.unwrap().is_some());
    // Version 2's table and index exist now.
    store.set_meta("m", "v".into()).await.unwrap();
    let indexes: i64 = raw(&h)
        .await
        .query_one(
            "SELECT count(*) FROM pg_indexes WHERE schemaname = $1 AND indexname = 'sync_processed_at'",
            &[&h.schema()],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(indexes, 1);
    assert_eq!(migration_rows(&h).await, all_versions());
    h.cleanup().await;
}

#[tokio::test]
async fn postgres_refuses_a_schema_newer_than_this_build() {
    let Some(h) = PostgresHarness::from_env() else {
        return;
    };
    drop(h.open().await);
    raw(&h)
        .await
        .execute(
            &format!(
                "INSERT INTO {}.sync_state_migrations (version) VALUES (99)",
                h.schema()
            ),
            &[],
        )
        .await
        .unwrap();
    let error = PostgresStore::connect_with(h.url(), h.options())
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            PostgresStoreError::SchemaTooNew { found: 99, known } if known == PostgresStore::SCHEMA_VERSION
        ),
        "{error:?}"
    );
    assert!(
        error.to_string().contains("newer than this build"),
        "{error}"
    );
    h.cleanup().await;
}

#[tokio::test]
async fn postgres_workers_starting_together_migrate_once() {
    let Some(h) = PostgresHarness::from_env() else {
        return;
    };
    let connects = (0..4).map(|_| PostgresStore::connect_with(h.url(), h.options()));
    for store in futures_util::future::join_all(connects).await {
        assert_eq!(
            store.unwrap().schema_version().await.unwrap(),
            PostgresStore::SCHEMA_VERSION
        );
    }
    assert_eq!(migration_rows(&h).await, all_versions());
    h.cleanup().await;
}

#[tokio::test]
async fn postgres_schemas_keep_deployments_apart() {
    let Some(a) = PostgresHarness::from_env() else {
        return;
    };
    let b = PostgresHarness::new(a.url());
    let (sa, sb) = (a.open().await, b.open().await);
    let table = TableId::from("t");
    sa.put_row(&table, "k", RowState::new(RowId::from("in-a")))
        .await
        .unwrap();
    assert_eq!(sb.get_row(&table, "k").await.unwrap(), None);
    assert_eq!(sa.count_rows(&table).await.unwrap(), 1);
    a.cleanup().await;
    b.cleanup().await;
}

#[tokio::test]
async fn postgres_errors_and_debug_never_show_the_password() {
    // A closed port: the connection fails, and the error must not echo the password.
    let url = "postgres://app:s3cret-pw@127.0.0.1:1/sync";
    let options = PostgresOptions::default().connect_timeout(Duration::from_secs(2));
    let error = PostgresStore::connect_with(url, options).await.unwrap_err();
    assert!(
        matches!(error, PostgresStoreError::Connect { .. }),
        "{error:?}"
    );
    let store_error = sync_core::StoreError::from(error);
    let shown = format!(
        "{store_error} {store_error:?} {:?}",
        std::error::Error::source(&store_error)
    );
    assert!(!shown.contains("s3cret"), "{shown}");
    assert!(shown.contains("app:***@127.0.0.1:1"), "{shown}");

    let Some(h) = PostgresHarness::from_env() else {
        return;
    };
    // The throwaway server trusts every login, so a password in the URL is accepted (and
    // ignored): the store's Debug must still hide it.
    let Some(with_password) = h.url().strip_prefix("postgres://postgres@") else {
        eprintln!("skipped the Debug check: DATABASE_URL is not postgres://postgres@…");
        return;
    };
    let url = format!("postgres://postgres:s3cret-pw@{with_password}");
    let store = PostgresStore::connect_with(&url, h.options())
        .await
        .unwrap();
    let debug = format!("{store:?} {}", store.redacted_url());
    assert!(!debug.contains("s3cret"), "{debug}");
    assert!(debug.contains("postgres:***@"), "{debug}");
    h.cleanup().await;
}

#[tokio::test]
async fn postgres_bad_urls_and_schema_names_are_typed_errors() {
    let error = PostgresStore::connect("postgres://u:s3cret@h:notaport/db")
        .await
        .unwrap_err();
    assert!(
        matches!(error, PostgresStoreError::InvalidUrl { .. }),
        "{error:?}"
    );
    assert!(!format!("{error} {error:?}").contains("s3cret"));
    let options = PostgresOptions::default().schema("Robert'); DROP TABLE x;--");
    let error = PostgresStore::connect_with("postgres://u@127.0.0.1:1/db", options)
        .await
        .unwrap_err();
    assert!(
        matches!(error, PostgresStoreError::InvalidSchema(_)),
        "{error:?}"
    );
}
