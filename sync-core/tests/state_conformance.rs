//! The store conformance suite (`sync_core::testing::conformance`) against every store the
//! crate ships. The Postgres checks need `DATABASE_URL` (each uses a schema of its own) and
//! say they were skipped without it; `.ci/with-postgres` provides a throwaway server.

mod memory {
    sync_core::state_store_conformance!(async {
        Some(sync_core::testing::conformance::MemoryHarness::default())
    });
}

#[cfg(feature = "sqlite")]
mod sqlite {
    sync_core::state_store_conformance!(async {
        Some(sync_core::testing::conformance::SqliteHarness::default())
    });
}

#[cfg(feature = "postgres")]
mod postgres {
    sync_core::state_store_conformance!(async {
        sync_core::testing::conformance::PostgresHarness::from_env()
    });
}
