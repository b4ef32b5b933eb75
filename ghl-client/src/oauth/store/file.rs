//! Tokens as JSON files in one directory, one file per resource.
//!
//! - **Atomic**: a token is written to a temporary file, flushed to disk (`fsync`), then
//!   renamed over the old file, and the directory is synced; a crash leaves the old file or
//!   the new one, never half of either.
//! - **Private**: the directory is created `0700` and every file `0600` (on Unix); files are
//!   opened without following symbolic links, so a link planted at a token's path is refused
//!   and its target left alone; a directory every user may write to is refused.
//! - **Shared safely**: every read-compare-write holds an OS lock (`flock`) on the
//!   directory's `.lock` file, so processes sharing the directory see each other's writes
//!   whole.
//! - **Leases die with their holder**: a refresh lease is the `<resource>.lease` file, and
//!   its holder keeps an OS lock on that file for as long as it holds the lease. The OS drops
//!   the lock when the holder dies, however it dies (`SIGKILL` included), so the next process
//!   takes the lease at once instead of waiting out its time limit. The file also records the
//!   holder's name and time limit: a holder that is alive but stuck past its limit is
//!   overtaken on the record alone.

use std::collections::HashMap;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::SystemTime;

use futures_util::future::BoxFuture;
use ghl_notion_runtime::private_fs::{self, Access};
use serde::{Deserialize, Serialize};

use super::process::ProcessTag;
use super::{StoreError, StoreResult, TokenStore, cas_allows};
use crate::oauth::token::{Fingerprint, StoredToken, TokenRecord, from_unix_ms, unix_ms};

const TOKEN_EXT: &str = "json";
const LEASE_EXT: &str = "lease";
const LOCK_FILE: &str = ".lock";

/// Tokens as files in a directory (see the module docs). Clones share their leases.
#[derive(Clone)]
pub struct FileStore {
    dir: Arc<PathBuf>,
    /// Leases this store holds, by resource: the open lease file keeps the OS lock.
    held: Arc<Mutex<HashMap<String, HeldLease>>>,
}

impl std::fmt::Debug for FileStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileStore")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

/// A lease this store holds.
struct HeldLease {
    /// The provider holding it.
    holder: String,
    /// The open lease file.
    file: File,
    /// Whether `file` carries the OS lock (false: taken over from a live but stuck holder,
    /// which still has the lock).
    locked: bool,
}

/// What a `.lease` file says.
#[derive(Serialize, Deserialize)]
struct LeaseRecord {
    holder: String,
    until_ms: i64,
    /// The holding process, when known.
    #[serde(default)]
    process: Option<ProcessTag>,
    /// Held without the OS lock (see [`HeldLease::locked`]).
    #[serde(default)]
    unlocked: bool,
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_owned(),
        source,
    }
}

/// A file name for a resource id: letters, digits, `-` and `_` kept, every other byte as
/// `~xx` (hex), so no id can escape the directory.
fn encode_name(resource: &str) -> String {
    let mut out = String::with_capacity(resource.len());
    for b in resource.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("~{b:02x}"));
        }
    }
    if out.is_empty() {
        out.push('~');
    }
    out
}

fn decode_name(name: &str) -> Option<String> {
    if name == "~" {
        return Some(String::new());
    }
    let bytes = name.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'~' {
            let hex = name.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

impl FileStore {
    /// A store in `dir`, created (mode `0700` on Unix) if missing. Refuses a `dir` that is a
    /// symbolic link or that every user may write to (keep tokens in a directory of your
    /// own).
    pub fn new(dir: impl Into<PathBuf>) -> StoreResult<Self> {
        let dir = dir.into();
        private_fs::create_private_dir(&dir).map_err(io_err(&dir))?;
        private_fs::check_not_shared(&dir).map_err(io_err(&dir))?;
        Ok(Self {
            dir: Arc::new(dir),
            held: Arc::default(),
        })
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file holding `resource`'s token.
    pub fn token_path(&self, resource: &str) -> PathBuf {
        self.dir
            .join(format!("{}.{TOKEN_EXT}", encode_name(resource)))
    }

    /// The file holding `resource`'s refresh lease while one is held.
    pub fn lease_path(&self, resource: &str) -> PathBuf {
        self.dir
            .join(format!("{}.{LEASE_EXT}", encode_name(resource)))
    }

    fn held(&self) -> std::sync::MutexGuard<'_, HashMap<String, HeldLease>> {
        self.held.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Runs `f` on a blocking thread while holding the directory's lock.
    fn locked<T, F>(&self, f: F) -> BoxFuture<'static, StoreResult<T>>
    where
        T: Send + 'static,
        F: FnOnce(&FileStore) -> StoreResult<T> + Send + 'static,
    {
        let store = self.clone();
        Box::pin(async move {
            tokio::task::spawn_blocking(move || {
                let lock_path = store.dir.join(LOCK_FILE);
                let lock = private_fs::open_private(&lock_path, Access::ReadWrite)
                    .map_err(io_err(&lock_path))?;
                lock.lock().map_err(io_err(&lock_path))?;
                let out = f(&store);
                // Dropping the handle releases the lock too; unlocking first is explicit.
                let _ = lock.unlock();
                out
            })
            .await
            .map_err(StoreError::backend)?
        })
    }

    fn read_token(&self, resource: &str) -> StoreResult<Option<StoredToken>> {
        let path = self.token_path(resource);
        let Some(bytes) = read_private(&path)? else {
            return Ok(None);
        };
        let record: TokenRecord =
            serde_json::from_slice(&bytes).map_err(|e| StoreError::Corrupt {
                resource: resource.to_owned(),
                // serde_json's message names the position, never the content.
                message: e.to_string(),
            })?;
        Ok(Some(StoredToken::from_record(record)))
    }

    fn write_token(&self, resource: &str, token: &StoredToken) -> StoreResult<()> {
        let bytes = serde_json::to_vec_pretty(&token.to_record()).map_err(StoreError::backend)?;
        write_atomic(&self.dir, &self.token_path(resource), &bytes)
    }

    /// Takes the lease (see [`TokenStore::acquire_lease`]); runs under the directory lock.
    fn take_lease(
        &self,
        resource: &str,
        holder: &str,
        until: SystemTime,
        now: SystemTime,
    ) -> StoreResult<bool> {
        let path = self.lease_path(resource);
        let record = read_lease(&path)?;
        let live_other = |r: &LeaseRecord| r.holder != holder && from_unix_ms(r.until_ms) > now;
        let mut held = self.held();
        if let Some(lease) = held.get_mut(resource) {
            // This store already has the file open (for this holder or another provider of
            // this process): the record decides.
            if record.as_ref().is_some_and(live_other) {
                return Ok(false);
            }
            write_lease(&mut lease.file, &path, holder, until, !lease.locked)?;
            lease.holder = holder.to_owned();
            return Ok(true);
        }
        let mut file = private_fs::open_private(&path, Access::ReadWrite).map_err(io_err(&path))?;
        let locked = match file.try_lock() {
            // Nobody alive holds the OS lock: a recorded holder has released or died, unless
            // it holds the lease on the record alone and is still running.
            Ok(()) => {
                if let Some(r) = &record
                    && r.unlocked
                    && live_other(r)
                    && !r.process.as_ref().is_some_and(ProcessTag::is_dead)
                {
                    return Ok(false);
                }
                if let Some(r) = record.as_ref().filter(|r| live_other(r)) {
                    tracing::warn!(
                        resource,
                        dead_holder = %r.holder,
                        "the holder of the refresh lease has died; taking the lease over"
                    );
                }
                true
            }
            // A live process holds it: only its time limit can free it.
            Err(fs::TryLockError::WouldBlock) => {
                if record.as_ref().is_some_and(live_other) {
                    return Ok(false);
                }
                false
            }
            Err(fs::TryLockError::Error(e)) => return Err(io_err(&path)(e)),
        };
        write_lease(&mut file, &path, holder, until, !locked)?;
        held.insert(
            resource.to_owned(),
            HeldLease {
                holder: holder.to_owned(),
                file,
                locked,
            },
        );
        Ok(true)
    }

    /// Gives the lease back (see [`TokenStore::release_lease`]); runs under the directory
    /// lock.
    fn give_back(&self, resource: &str, holder: &str) -> StoreResult<()> {
        let path = self.lease_path(resource);
        let mut held = self.held();
        if held.get(resource).is_none_or(|l| l.holder != holder) {
            return Ok(());
        }
        let lease = held.remove(resource);
        // Remove the file only if the record is still ours: a holder that was overtaken
        // leaves the file to the one that overtook it.
        if read_lease(&path)?.is_some_and(|r| r.holder == holder) {
            remove_if_present(&path)?;
        }
        // Closing the file drops the OS lock.
        drop(lease);
        Ok(())
    }
}

/// Reads a whole private file, never through a symbolic link; `None` if it does not exist.
fn read_private(path: &Path) -> StoreResult<Option<Vec<u8>>> {
    let mut file = match private_fs::open_private(path, Access::Read) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io_err(path)(e)),
    };
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes).map_err(io_err(path))?;
    Ok(Some(bytes))
}

/// Writes `bytes` to `target` atomically and durably: temp file, fsync, rename, dir fsync.
/// Refuses a `target` that is a symbolic link.
fn write_atomic(dir: &Path, target: &Path, bytes: &[u8]) -> StoreResult<()> {
    refuse_symlink(target)?;
    let file_name = target
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("token");
    let tmp = dir.join(format!(
        ".{file_name}.tmp-{}-{:016x}",
        std::process::id(),
        fastrand::u64(..)
    ));
    let result = (|| {
        let mut file = create_new_private(&tmp).map_err(io_err(&tmp))?;
        file.write_all(bytes).map_err(io_err(&tmp))?;
        file.sync_all().map_err(io_err(&tmp))?;
        drop(file);
        // `rename` replaces a link planted meanwhile rather than writing through it.
        fs::rename(&tmp, target).map_err(io_err(target))?;
        sync_dir(dir).map_err(io_err(dir))
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

fn refuse_symlink(path: &Path) -> StoreResult<()> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => Err(io_err(path)(io::Error::new(
            io::ErrorKind::PermissionDenied,
            format!("refusing {}: it is a symbolic link", path.display()),
        ))),
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io_err(path)(e)),
    }
}

/// Creates a new file with mode `0600`; fails if anything (a symbolic link included) is
/// already at `path`.
fn create_new_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(private_fs::FILE_MODE);
    }
    options.open(path)
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}

fn remove_if_present(path: &Path) -> StoreResult<()> {
    match fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io_err(path)(e)),
    }
}

fn read_lease(path: &Path) -> StoreResult<Option<LeaseRecord>> {
    // An unreadable lease is treated as absent: leases only ever delay, never decide.
    Ok(read_private(path)?.and_then(|bytes| serde_json::from_slice(&bytes).ok()))
}

/// Writes the lease record in place, through the open (and locked) lease file: renaming a
/// new file over it would move the record off the locked file.
fn write_lease(
    file: &mut File,
    path: &Path,
    holder: &str,
    until: SystemTime,
    unlocked: bool,
) -> StoreResult<()> {
    let record = LeaseRecord {
        holder: holder.to_owned(),
        until_ms: unix_ms(until),
        process: ProcessTag::current().cloned(),
        unlocked,
    };
    let bytes = serde_json::to_vec(&record).map_err(StoreError::backend)?;
    (|| {
        file.set_len(0)?;
        file.seek(SeekFrom::Start(0))?;
        file.write_all(&bytes)?;
        file.flush()
    })()
    .map_err(io_err(path))
}

impl TokenStore for FileStore {
    fn load<'a>(&'a self, resource: &'a str) -> BoxFuture<'a, StoreResult<Option<StoredToken>>> {
        let resource = resource.to_owned();
        self.locked(move |s| s.read_token(&resource))
    }

    fn save<'a>(
        &'a self,
        resource: &'a str,
        token: &'a StoredToken,
    ) -> BoxFuture<'a, StoreResult<()>> {
        let (resource, token) = (resource.to_owned(), token.clone());
        self.locked(move |s| s.write_token(&resource, &token))
    }

    fn save_if<'a>(
        &'a self,
        resource: &'a str,
        expected: Option<&'a Fingerprint>,
        token: &'a StoredToken,
    ) -> BoxFuture<'a, StoreResult<bool>> {
        let (resource, token, expected) = (resource.to_owned(), token.clone(), expected.cloned());
        self.locked(move |s| {
            let current = s.read_token(&resource)?.map(|t| t.fingerprint());
            if !cas_allows(current.as_ref(), expected.as_ref(), &token.fingerprint()) {
                return Ok(false);
            }
            s.write_token(&resource, &token)?;
            Ok(true)
        })
    }

    fn delete<'a>(&'a self, resource: &'a str) -> BoxFuture<'a, StoreResult<()>> {
        let resource = resource.to_owned();
        self.locked(move |s| {
            remove_if_present(&s.token_path(&resource))?;
            // A lease file someone holds stays: removing it would let a second holder lock a
            // new file while the first still refreshes.
            let lease = s.lease_path(&resource);
            if !s.held().contains_key(&resource) {
                match private_fs::open_private(&lease, Access::Read) {
                    Ok(file) if file.try_lock().is_ok() => remove_if_present(&lease)?,
                    Ok(_) => {}
                    Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                    Err(e) => return Err(io_err(&lease)(e)),
                }
            }
            sync_dir(&s.dir).map_err(io_err(&s.dir))
        })
    }

    fn resources(&self) -> BoxFuture<'_, StoreResult<Vec<String>>> {
        self.locked(|s| {
            let mut out = Vec::new();
            for entry in fs::read_dir(&*s.dir).map_err(io_err(&s.dir))? {
                let entry = entry.map_err(io_err(&s.dir))?;
                let name = entry.file_name();
                let Some(name) = name.to_str() else { continue };
                if name.starts_with('.') {
                    continue;
                }
                if let Some(stem) = name.strip_suffix(&format!(".{TOKEN_EXT}"))
                    && let Some(resource) = decode_name(stem)
                {
                    out.push(resource);
                }
            }
            out.sort();
            Ok(out)
        })
    }

    fn acquire_lease<'a>(
        &'a self,
        resource: &'a str,
        holder: &'a str,
        until: SystemTime,
        now: SystemTime,
    ) -> BoxFuture<'a, StoreResult<bool>> {
        let (resource, holder) = (resource.to_owned(), holder.to_owned());
        self.locked(move |s| s.take_lease(&resource, &holder, until, now))
    }

    fn release_lease<'a>(
        &'a self,
        resource: &'a str,
        holder: &'a str,
    ) -> BoxFuture<'a, StoreResult<()>> {
        let (resource, holder) = (resource.to_owned(), holder.to_owned());
        self.locked(move |s| s.give_back(&resource, &holder))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_stay_in_the_directory() {
        for id in ["loc_ABC-123", "../../etc/passwd", "a b/c~d", "", "ünï"] {
            let name = encode_name(id);
            assert!(
                name.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_~".contains(&b))
            );
            assert_eq!(decode_name(&name).as_deref(), Some(id));
        }
    }
}
