//! Tokens as JSON files in one directory, one file per resource.
//!
//! - **Atomic**: a token is written to a temporary file, flushed to disk (`fsync`), then
//!   renamed over the old file, and the directory is synced; a crash leaves the old file or
//!   the new one, never half of either.
//! - **Private**: on Unix the directory is created `0700` and every file `0600`.
//! - **Shared safely**: every read-compare-write holds an OS lock (`flock`) on the
//!   directory's `.lock` file, so processes sharing the directory see each other's writes
//!   whole; the OS drops the lock if a process dies. Refresh leases are `<resource>.lease`
//!   files written under the same lock.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use futures_util::future::BoxFuture;
use serde::{Deserialize, Serialize};

use super::{StoreError, StoreResult, TokenStore, cas_allows};
use crate::oauth::token::{Fingerprint, StoredToken, TokenRecord, from_unix_ms, unix_ms};

const TOKEN_EXT: &str = "json";
const LEASE_EXT: &str = "lease";
const LOCK_FILE: &str = ".lock";

/// Tokens as files in a directory (see the module docs).
#[derive(Debug, Clone)]
pub struct FileStore {
    dir: Arc<PathBuf>,
}

#[derive(Serialize, Deserialize)]
struct LeaseRecord {
    holder: String,
    until_ms: i64,
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
    /// A store in `dir`, created (mode `0700` on Unix) if missing.
    pub fn new(dir: impl Into<PathBuf>) -> StoreResult<Self> {
        let dir = dir.into();
        create_private_dir(&dir).map_err(io_err(&dir))?;
        Ok(Self { dir: Arc::new(dir) })
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

    fn lease_path(&self, resource: &str) -> PathBuf {
        self.dir
            .join(format!("{}.{LEASE_EXT}", encode_name(resource)))
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
                let lock = open_private(&lock_path, false).map_err(io_err(&lock_path))?;
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
        let bytes = match fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(io_err(&path)(e)),
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
}

fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

fn open_private(path: &Path, create_new: bool) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true);
    if create_new {
        options.create_new(true);
    } else {
        options.create(true).truncate(false);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Writes `bytes` to `target` atomically and durably: temp file, fsync, rename, dir fsync.
fn write_atomic(dir: &Path, target: &Path, bytes: &[u8]) -> StoreResult<()> {
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
        let mut file = open_private(&tmp, true).map_err(io_err(&tmp))?;
        file.write_all(bytes).map_err(io_err(&tmp))?;
        file.sync_all().map_err(io_err(&tmp))?;
        drop(file);
        fs::rename(&tmp, target).map_err(io_err(target))?;
        sync_dir(dir).map_err(io_err(dir))
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
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
    match fs::read(path) {
        // An unreadable lease is treated as absent: leases only ever delay, never decide.
        Ok(bytes) => Ok(serde_json::from_slice(&bytes).ok()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io_err(path)(e)),
    }
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
            remove_if_present(&s.lease_path(&resource))?;
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
        self.locked(move |s| {
            let path = s.lease_path(&resource);
            if let Some(lease) = read_lease(&path)?
                && lease.holder != holder
                && from_unix_ms(lease.until_ms) > now
            {
                return Ok(false);
            }
            let record = LeaseRecord {
                holder,
                until_ms: unix_ms(until),
            };
            let bytes = serde_json::to_vec(&record).map_err(StoreError::backend)?;
            write_atomic(&s.dir, &path, &bytes)?;
            Ok(true)
        })
    }

    fn release_lease<'a>(
        &'a self,
        resource: &'a str,
        holder: &'a str,
    ) -> BoxFuture<'a, StoreResult<()>> {
        let (resource, holder) = (resource.to_owned(), holder.to_owned());
        self.locked(move |s| {
            let path = s.lease_path(&resource);
            match read_lease(&path)? {
                Some(lease) if lease.holder == holder => remove_if_present(&path),
                _ => Ok(()),
            }
        })
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
