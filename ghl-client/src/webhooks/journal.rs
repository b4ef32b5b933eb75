//! The journal: verified deliveries as durable JSON lines, private on disk, verified again
//! when read back.
//!
//! [`FileSink`] appends one line per event and `fsync`s it before the ingress answers 200. A
//! line ([`StoredEvent`]) holds the **exact body** and the **signature headers** it came with,
//! so whoever reads the journal later checks each line again with the configured keys
//! ([`FileSink::read_verified`]) and skips a line that does not verify: a line planted in the
//! file, edited, or written by a version of this crate that did not keep signatures, is
//! counted and dropped, never replayed.
//!
//! The file is opened through [`private_fs`]: created with mode `0600` in a directory created
//! `0700`, never through a symbolic link. Keep it in a directory of your own, not in a
//! shared temp directory.
//!
//! **Replaying after a restart.** [`FileSink::rotate`] moves the lines an earlier run left in
//! the journal to `<journal>.replaying` (merging them with a file a crash during an earlier
//! replay left there), so a new [`FileSink`] can open an empty journal at once and the
//! receiver answers while the old lines are applied. Delete the `.replaying` file
//! ([`FileSink::finish_replay`]) only once its events are applied.
//!
//! ```
//! use ghl_client::runtime::ManualClock;
//! use ghl_client::webhooks::testing::TestSigner;
//! use ghl_client::webhooks::{FileSink, Ingress};
//!
//! # async fn run() -> std::io::Result<()> {
//! let dir = std::env::temp_dir().join(format!("journal-doc-{}", std::process::id()));
//! let path = dir.join("journal.jsonl");
//! let signer = TestSigner::new();
//! let ingress = Ingress::builder(FileSink::open(&path)?)
//!     .verifier(signer.verifier())
//!     .clock(ManualClock::new().shared()) // 2026-01-01T00:00:00Z
//!     .build();
//! let body = br#"{"type":"NoteCreate","id":"n1","webhookId":"w1","timestamp":"2026-01-01T00:00:00Z"}"#;
//! ingress.handle(&signer.headers(body), body.to_vec().into(), None).await;
//!
//! // Next start: move the old lines aside, serve from a fresh journal, replay the old ones.
//! let leftover = FileSink::rotate(&path)?.expect("one line to replay");
//! let read = FileSink::read_verified(&leftover, &signer.verifier())?;
//! assert_eq!((read.events.len(), read.rejected), (1, 0));
//! FileSink::finish_replay(&leftover)?;
//! # std::fs::remove_dir_all(&dir)?;
//! # Ok(()) }
//! ```

use std::io::{self, BufRead as _, Read as _, Seek as _, SeekFrom, Write as _};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::UNIX_EPOCH;

use ghl_notion_runtime::private_fs::{self, Access};

use super::sink::{EventSink, SinkError, VerifiedEvent};
use super::verify::{SignatureHeaders, SignatureScheme, Verifier, VerifyError};

/// The suffix of the file [`FileSink::rotate`] moves a journal's old lines to.
pub const REPLAYING_SUFFIX: &str = ".replaying";

/// Appends each event as one JSON line and `fsync`s the file before returning.
///
/// See the [module docs](self): lines keep the exact body and its signature headers; the file
/// is private (`0600`, no symbolic links followed).
#[derive(Debug, Clone)]
pub struct FileSink {
    path: PathBuf,
    file: Arc<Mutex<FileState>>,
}

#[derive(Debug)]
struct FileState {
    file: std::fs::File,
    /// The file does not end with a newline (a write failed midway, or a crash tore the last
    /// line): start the next line on a fresh line.
    torn: bool,
}

/// One line of a [`FileSink`] file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct StoredEvent {
    /// [`VerifiedEvent::dedupe_key`].
    pub dedupe_key: String,
    /// The event name (or the unknown `type`).
    pub event: String,
    /// The `webhookId`, if any.
    pub webhook_id: Option<String>,
    /// The location, if known.
    pub location_id: Option<String>,
    /// How it was authenticated.
    pub scheme: SignatureScheme,
    /// When it was received, milliseconds since the Unix epoch. (The sender's `timestamp` is
    /// inside the signed body.)
    pub received_at_ms: u64,
    /// The exact body.
    pub body: String,
    /// The signature headers the body came with. Empty in lines written before they were
    /// kept: such lines no longer verify and are skipped on replay.
    #[serde(default)]
    pub signatures: SignatureHeaders,
}

impl StoredEvent {
    /// Verifies the stored body against its stored signature headers with `verifier`.
    pub fn verify(&self, verifier: &Verifier) -> Result<SignatureScheme, VerifyError> {
        self.signatures.verify(verifier, self.body.as_bytes())
    }
}

/// The lines of a journal that verified, and how many did not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct JournalRead {
    /// The lines whose body verified against their signature headers, oldest first.
    pub events: Vec<StoredEvent>,
    /// Lines that parsed but did not verify (forged, edited, unsigned, or written without
    /// signature headers by an older version). Skipped.
    pub rejected: u64,
    /// Lines that are not a stored event (a torn last line, junk). Skipped.
    pub unreadable: u64,
}

impl FileSink {
    /// Opens (creating if needed) the journal at `path` for appending: missing directories
    /// are created `0700`, the file `0600`; a symbolic link at `path` is refused.
    pub fn open(path: impl AsRef<Path>) -> io::Result<Self> {
        let path = path.as_ref().to_path_buf();
        private_fs::create_private_parent(&path)?;
        let file = private_fs::open_private(&path, Access::Append)?;
        let torn = !ends_with_newline(&path)?;
        Ok(Self {
            path,
            file: Arc::new(Mutex::new(FileState { file, torn })),
        })
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Every complete line of a journal, **not verified**: for inspection and counting. To
    /// act on the events, use [`FileSink::read_verified`].
    pub fn read(path: impl AsRef<Path>) -> io::Result<Vec<StoredEvent>> {
        let mut events = Vec::new();
        for_each_line(path.as_ref(), |line| {
            if let Ok(event) = serde_json::from_str::<StoredEvent>(line) {
                events.push(event);
            }
        })?;
        Ok(events)
    }

    /// The lines of a journal whose body verifies against its stored signature headers with
    /// `verifier` (the keys the receiver is configured with). Lines that do not are counted
    /// in [`JournalRead::rejected`], logged, and left out. A missing file reads as empty.
    pub fn read_verified(path: impl AsRef<Path>, verifier: &Verifier) -> io::Result<JournalRead> {
        let path = path.as_ref();
        let mut read = JournalRead::default();
        let result = for_each_line(path, |line| {
            if line.trim().is_empty() {
                return;
            }
            let Ok(event) = serde_json::from_str::<StoredEvent>(line) else {
                read.unreadable += 1;
                return;
            };
            match event.verify(verifier) {
                Ok(_) => read.events.push(event),
                Err(error) => {
                    read.rejected += 1;
                    tracing::warn!(
                        journal = %path.display(),
                        key = %event.dedupe_key,
                        %error,
                        "journaled webhook does not verify; skipped"
                    );
                }
            }
        });
        match result {
            Ok(()) => Ok(read),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(read),
            Err(e) => Err(e),
        }
    }

    /// Where [`FileSink::rotate`] moves the old lines of the journal at `path`:
    /// `<path>.replaying`.
    pub fn replaying_path(path: impl AsRef<Path>) -> PathBuf {
        let mut name = path.as_ref().as_os_str().to_owned();
        name.push(REPLAYING_SUFFIX);
        PathBuf::from(name)
    }

    /// Moves the lines left in the journal at `path` to [`FileSink::replaying_path`], before
    /// a new [`FileSink`] opens `path`: returns that file when it holds lines to replay.
    ///
    /// A `.replaying` file left by a crash during an earlier replay is kept and the journal's
    /// lines are appended to it (oldest first), so nothing acknowledged is lost; a line may
    /// then be replayed twice, which an idempotent consumer ignores. Refuses symbolic links.
    pub fn rotate(path: impl AsRef<Path>) -> io::Result<Option<PathBuf>> {
        let path = path.as_ref();
        let replaying = Self::replaying_path(path);
        let current = private_len(path)?.unwrap_or(0);
        let leftover = private_len(&replaying)?;
        match (leftover, current) {
            (None, 0) => return Ok(None),
            (None, _) => {
                std::fs::rename(path, &replaying)?;
                private_fs::restrict(&replaying)?;
                sync_parent(path);
            }
            (Some(_), 0) => {}
            (Some(_), _) => {
                let mut old = Vec::new();
                private_fs::open_private(path, Access::Read)?.read_to_end(&mut old)?;
                let mut target = private_fs::open_private(&replaying, Access::Append)?;
                if !ends_with_newline(&replaying)? {
                    target.write_all(b"\n")?;
                }
                target.write_all(&old)?;
                target.sync_all()?;
                std::fs::remove_file(path)?;
                sync_parent(path);
            }
        }
        Ok(Some(replaying))
    }

    /// Deletes a `.replaying` file once its events are applied.
    pub fn finish_replay(replaying: impl AsRef<Path>) -> io::Result<()> {
        match std::fs::remove_file(replaying.as_ref()) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => {
                sync_parent(replaying.as_ref());
                Ok(())
            }
        }
    }

    /// Empties the journal at `path` (its events were applied). A missing file is fine; a
    /// symbolic link is refused.
    pub fn compact(path: impl AsRef<Path>) -> io::Result<()> {
        let path = path.as_ref();
        if private_len(path)?.is_some() {
            private_fs::open_private(path, Access::Truncate)?.sync_all()?;
        }
        Ok(())
    }

    fn line(event: &VerifiedEvent) -> Result<Vec<u8>, SinkError> {
        let stored = StoredEvent {
            dedupe_key: event.dedupe_key.clone(),
            event: event.event.name().to_owned(),
            webhook_id: event.envelope.webhook_id.clone(),
            location_id: event
                .envelope
                .location_id
                .as_ref()
                .map(|l| l.as_str().to_owned()),
            scheme: event.scheme,
            received_at_ms: event
                .received_at
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX)),
            // Bodies reach a sink only after they parsed as JSON, which is UTF-8: lossless.
            body: String::from_utf8_lossy(&event.body).into_owned(),
            signatures: event.envelope.signatures.clone(),
        };
        let mut line = serde_json::to_vec(&stored).map_err(SinkError::other)?;
        line.push(b'\n');
        Ok(line)
    }
}

impl EventSink for FileSink {
    async fn persist(&self, event: VerifiedEvent) -> Result<(), SinkError> {
        let line = Self::line(&event)?;
        let file = Arc::clone(&self.file);
        tokio::task::spawn_blocking(move || {
            let mut state = file.lock().unwrap_or_else(PoisonError::into_inner);
            if state.torn {
                state.file.write_all(b"\n")?;
                state.torn = false;
            }
            let written = state
                .file
                .write_all(&line)
                .and_then(|()| state.file.sync_data());
            if written.is_err() {
                state.torn = true;
            }
            written
        })
        .await
        .map_err(SinkError::other)??;
        Ok(())
    }
}

/// Calls `f` with each line of the file at `path` (opened without following a link).
fn for_each_line(path: &Path, mut f: impl FnMut(&str)) -> io::Result<()> {
    let file = private_fs::open_private(path, Access::Read)?;
    let mut reader = io::BufReader::new(file);
    let mut buffer = Vec::new();
    loop {
        buffer.clear();
        if reader.read_until(b'\n', &mut buffer)? == 0 {
            return Ok(());
        }
        // A line that is not UTF-8 is junk: hand it over lossily, it will not parse.
        f(&String::from_utf8_lossy(&buffer));
    }
}

/// The length of the file at `path`, `None` if there is none; a symbolic link is refused.
fn private_len(path: &Path) -> io::Result<Option<u64>> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            format!("refusing {}: it is a symbolic link", path.display()),
        )),
        Ok(meta) => Ok(Some(meta.len())),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Whether the file at `path` is empty, missing, or ends with a newline.
fn ends_with_newline(path: &Path) -> io::Result<bool> {
    if private_len(path)?.unwrap_or(0) == 0 {
        return Ok(true);
    }
    let mut file = private_fs::open_private(path, Access::Read)?;
    file.seek(SeekFrom::End(-1))?;
    let mut last = [0u8; 1];
    file.read_exact(&mut last)?;
    Ok(last[0] == b'\n')
}

/// Makes a rename or delete in `path`'s directory durable (best effort: not every platform
/// can sync a directory).
fn sync_parent(path: &Path) {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if let Ok(dir) = std::fs::File::open(parent) {
        let _ = dir.sync_all();
    }
}
