//! Per-key locks, so a reconciliation and a pushed event never write one key at once.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError, Weak};

use tokio::sync::OwnedMutexGuard;

use crate::sink::TableId;

/// Drop dead entries once the map grows past this.
const PRUNE_AT: usize = 4096;

type LockMap = HashMap<(TableId, String), Weak<tokio::sync::Mutex<()>>>;

#[derive(Debug, Default)]
pub(crate) struct KeyLocks {
    map: Mutex<LockMap>,
}

impl KeyLocks {
    /// Waits for exclusive use of `key` in `table`; released when the guard drops.
    pub(crate) async fn lock(&self, table: &TableId, key: &str) -> OwnedMutexGuard<()> {
        let lock = {
            let mut map = self.map.lock().unwrap_or_else(PoisonError::into_inner);
            if map.len() > PRUNE_AT {
                map.retain(|_, weak| weak.strong_count() > 0);
            }
            let id = (table.clone(), key.to_owned());
            match map.get(&id).and_then(Weak::upgrade) {
                Some(lock) => lock,
                None => {
                    let lock = Arc::new(tokio::sync::Mutex::new(()));
                    map.insert(id, Arc::downgrade(&lock));
                    lock
                }
            }
        };
        lock.lock_owned().await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn same_key_excludes_other_keys_do_not() {
        let locks = KeyLocks::default();
        let t = TableId::from("t");
        let a = locks.lock(&t, "a").await;
        let _b = locks.lock(&t, "b").await;
        let again =
            tokio::time::timeout(std::time::Duration::from_millis(20), locks.lock(&t, "a")).await;
        assert!(again.is_err());
        drop(a);
        let _a2 = locks.lock(&t, "a").await;
    }
}
