//! [`FileOutbox`]: a durable outbox in an append-only JSON-lines journal.
//!
//! Each change is one line, written and `fsync`ed before the call returns:
//!
//! ```text
//! {"op":"enqueued","event":{…}}
//! {"op":"delivered","id":"wh_1","page_id":"…"}
//! {"op":"dead","id":"wh_2","error":"…","event":{…}}
//! ```
//!
//! On open the journal is replayed and compacted (rewritten to a temporary file, synced,
//! renamed over the old one): pending events, dead letters and the most recent delivered ids
//! survive. A line cut short by a crash mid-write (no newline, or not JSON) is ignored, so a
//! killed process never makes the outbox unreadable.
//!
//! ```no_run
//! use notion_activity::activity::{FileOutbox, Outbox};
//! let outbox = FileOutbox::open("/var/lib/ghl-notion/activity.jsonl")?;
//! println!("{} events waiting", outbox.pending()?.len());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fs::{File, OpenOptions};
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use serde::{Deserialize, Serialize};

use crate::activity::event::{ActivityEvent, EventId};
use crate::activity::outbox::{DeadLetter, Outbox, OutboxError, OutboxState, REMEMBER_DELIVERED};
use crate::ids::PageId;

#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
enum Record {
    Enqueued {
        event: ActivityEvent,
    },
    Delivered {
        id: EventId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        page_id: Option<PageId>,
    },
    Dead {
        id: EventId,
        error: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        event: Option<ActivityEvent>,
    },
}

#[derive(Debug)]
struct Journal {
    file: File,
    state: OutboxState,
}

/// A durable outbox in a JSON-lines journal (see the module docs).
#[derive(Debug)]
pub struct FileOutbox {
    path: PathBuf,
    journal: Mutex<Journal>,
}

fn replay(bytes: &[u8], state: &mut OutboxState) -> usize {
    let mut ignored = 0;
    let mut rest = bytes;
    while !rest.is_empty() {
        let Some(end) = rest.iter().position(|b| *b == b'\n') else {
            // A torn last line: the crash happened mid-write; the call never returned.
            tracing::warn!(
                bytes = rest.len(),
                "ignoring a torn last line in the outbox journal"
            );
            ignored += 1;
            break;
        };
        let line = &rest[..end];
        rest = &rest[end + 1..];
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match serde_json::from_slice::<Record>(line) {
            Ok(Record::Enqueued { event }) => {
                state.add(event);
            }
            Ok(Record::Delivered { id, .. }) => state.deliver(&id),
            Ok(Record::Dead { id, error, event }) => state.kill(&id, &error, event),
            Err(e) => {
                tracing::warn!(error = %e, "ignoring an unreadable line in the outbox journal");
                ignored += 1;
            }
        }
    }
    ignored
}

fn write_line(out: &mut impl Write, record: &Record) -> Result<(), OutboxError> {
    let mut line = serde_json::to_vec(record)?;
    line.push(b'\n');
    out.write_all(&line)?;
    Ok(())
}

fn sync_dir(path: &Path) {
    #[cfg(unix)]
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Ok(d) = File::open(dir)
    {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = path;
}

impl FileOutbox {
    /// Opens (or creates) the journal at `path`, replays it and compacts it.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, OutboxError> {
        Self::open_with(path, REMEMBER_DELIVERED)
    }

    /// [`FileOutbox::open`], remembering up to `remember_delivered` delivered ids so a
    /// repeated event is refused.
    pub fn open_with(
        path: impl AsRef<Path>,
        remember_delivered: usize,
    ) -> Result<Self, OutboxError> {
        let path = path.as_ref().to_path_buf();
        let mut state = OutboxState::new(remember_delivered);
        match File::open(&path) {
            Ok(mut f) => {
                let mut bytes = Vec::new();
                f.read_to_end(&mut bytes)?;
                let ignored = replay(&bytes, &mut state);
                if ignored > 0 {
                    tracing::warn!(ignored, path = %path.display(), "outbox journal had unreadable lines");
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e.into()),
        }
        Self::compact(&path, &state)?;
        let file = OpenOptions::new().append(true).open(&path)?;
        Ok(Self {
            path,
            journal: Mutex::new(Journal { file, state }),
        })
    }

    fn compact(path: &Path, state: &OutboxState) -> Result<(), OutboxError> {
        let mut tmp_name = path.as_os_str().to_owned();
        tmp_name.push(".compact");
        let tmp = PathBuf::from(tmp_name);
        {
            let file = File::create(&tmp)?;
            let mut out = BufWriter::new(file);
            for id in state.delivered_ids() {
                write_line(
                    &mut out,
                    &Record::Delivered {
                        id: id.clone(),
                        page_id: None,
                    },
                )?;
            }
            for dead in state.dead() {
                write_line(
                    &mut out,
                    &Record::Dead {
                        id: dead.event.event_id.clone(),
                        error: dead.error.clone(),
                        event: Some(dead.event.clone()),
                    },
                )?;
            }
            for event in state.pending() {
                write_line(&mut out, &Record::Enqueued { event })?;
            }
            let file = out
                .into_inner()
                .map_err(|e| OutboxError::Io(e.into_error()))?;
            file.sync_all()?;
        }
        std::fs::rename(&tmp, path)?;
        sync_dir(path);
        Ok(())
    }

    /// The journal's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn lock(&self) -> MutexGuard<'_, Journal> {
        self.journal.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn append(journal: &mut Journal, record: &Record) -> Result<(), OutboxError> {
        write_line(&mut journal.file, record)?;
        journal.file.sync_data()?;
        Ok(())
    }
}

impl Outbox for FileOutbox {
    fn enqueue(&self, event: &ActivityEvent) -> Result<bool, OutboxError> {
        let mut journal = self.lock();
        if journal.state.knows(&event.event_id) {
            return Ok(false);
        }
        Self::append(
            &mut journal,
            &Record::Enqueued {
                event: event.clone(),
            },
        )?;
        Ok(journal.state.add(event.clone()))
    }

    fn mark_delivered(&self, id: &EventId, page_id: Option<&PageId>) -> Result<(), OutboxError> {
        let mut journal = self.lock();
        Self::append(
            &mut journal,
            &Record::Delivered {
                id: id.clone(),
                page_id: page_id.cloned(),
            },
        )?;
        journal.state.deliver(id);
        Ok(())
    }

    fn mark_dead(&self, id: &EventId, error: &str) -> Result<(), OutboxError> {
        let mut journal = self.lock();
        let event = journal
            .state
            .pending()
            .into_iter()
            .find(|e| e.event_id == *id);
        Self::append(
            &mut journal,
            &Record::Dead {
                id: id.clone(),
                error: error.to_owned(),
                event,
            },
        )?;
        journal.state.kill(id, error, None);
        Ok(())
    }

    fn pending(&self) -> Result<Vec<ActivityEvent>, OutboxError> {
        Ok(self.lock().state.pending())
    }

    fn dead_letters(&self) -> Result<Vec<DeadLetter>, OutboxError> {
        Ok(self.lock().state.dead().to_vec())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_path(name: &str) -> PathBuf {
        std::env::temp_dir().join(format!(
            "notion-activity-{name}-{}-{}.jsonl",
            std::process::id(),
            fastrand::u64(..)
        ))
    }

    fn ev(id: &str) -> ActivityEvent {
        ActivityEvent::new(id, "Contact", "Ann", "Created")
    }

    #[test]
    fn survives_reopen_and_compacts() {
        let path = temp_path("reopen");
        {
            let o = FileOutbox::open(&path).unwrap();
            assert!(o.enqueue(&ev("a")).unwrap());
            assert!(o.enqueue(&ev("b")).unwrap());
            assert!(o.enqueue(&ev("c")).unwrap());
            o.mark_delivered(&EventId::from("a"), None).unwrap();
            o.mark_dead(&EventId::from("c"), "validation_error")
                .unwrap();
        }
        let o = FileOutbox::open(&path).unwrap();
        let pending: Vec<_> = o
            .pending()
            .unwrap()
            .into_iter()
            .map(|e| e.event_id.0)
            .collect();
        assert_eq!(pending, vec!["b"]);
        assert_eq!(o.dead_letters().unwrap().len(), 1);
        assert!(
            !o.enqueue(&ev("a")).unwrap(),
            "delivered ids are remembered"
        );
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            text.lines().count(),
            3,
            "compacted: delivered a, dead c, pending b"
        );
        let _ = std::fs::remove_file(&path);
    }

    #[test]
    fn a_torn_last_line_is_ignored() {
        let path = temp_path("torn");
        let good = serde_json::to_string(&Record::Enqueued { event: ev("x") }).unwrap();
        let torn = &serde_json::to_string(&Record::Enqueued { event: ev("y") }).unwrap()[..40];
        std::fs::write(&path, format!("{good}\nnot json\n{torn}")).unwrap();
        let o = FileOutbox::open(&path).unwrap();
        let pending: Vec<_> = o
            .pending()
            .unwrap()
            .into_iter()
            .map(|e| e.event_id.0)
            .collect();
        assert_eq!(pending, vec!["x"]);
        assert!(o.enqueue(&ev("y")).unwrap());
        drop(o);
        let o = FileOutbox::open(&path).unwrap();
        assert_eq!(o.pending().unwrap().len(), 2);
        let _ = std::fs::remove_file(&path);
    }
}
