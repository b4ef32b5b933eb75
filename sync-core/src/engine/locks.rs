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
            if worth_pruning(map.len()) {
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

/// Whether the map has grown enough that a scan for released keys is worth its cost.
fn worth_pruning(len: usize) -> bool {
    len > PRUNE_AT
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

    /// Pruning past 4096 entries drops released keys only: the map stays bounded, and a
    /// key still held keeps excluding.
    #[tokio::test]
    async fn pruning_keeps_held_keys_and_bounds_the_map() {
        use futures_util::FutureExt as _;
        let locks = KeyLocks::default();
        let t = TableId::from("t");
        let held = locks.lock(&t, "held").await;
        for i in 0..5_000 {
            drop(locks.lock(&t, &format!("k{i}")).await);
        }
        let len = locks.map.lock().unwrap().len();
        assert!(len <= 4_098, "{len} entries: released keys were not pruned");
        assert!(
            locks.lock(&t, "held").now_or_never().is_none(),
            "a held key must still exclude after a prune"
        );
        drop(held);
        assert!(locks.lock(&t, "held").now_or_never().is_some());
    }
}
