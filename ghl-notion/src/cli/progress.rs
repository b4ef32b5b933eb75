//! Live progress of a run on stderr, fed by the engine's progress channel
//! ([`Engine::subscribe`](ghl_notion::sync_core::Engine::subscribe)): a spinner per table
//! on a terminal, plain lines otherwise (logs, CI), nothing for `--json`.
//!
//! The engine reports counts, not totals, so each table shows its counters and the real time
//! elapsed rather than a percentage.

use std::collections::BTreeMap;
use std::io::IsTerminal as _;
use std::time::{Duration, Instant};

use ghl_notion::sync_core::progress::{Phase, Progress};
use indicatif::{MultiProgress, ProgressBar, ProgressStyle};
use tokio::sync::{broadcast, oneshot};
use tokio::task::JoinHandle;

/// How often a plain line repeats while a phase goes on.
const LINE_EVERY: Duration = Duration::from_secs(2);

/// How progress is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Spinners with counters (stderr is a terminal).
    Bars,
    /// A line per phase change, and every few seconds while a phase lasts.
    Lines,
    /// Nothing.
    Quiet,
}

impl Style {
    /// Bars on a terminal, lines otherwise, nothing when the output is JSON.
    pub fn detect(json: bool) -> Self {
        if json {
            Self::Quiet
        } else if std::io::stderr().is_terminal() {
            Self::Bars
        } else {
            Self::Lines
        }
    }
}

/// Shows progress until [`Watcher::finish`].
#[derive(Debug)]
pub struct Watcher {
    stop: oneshot::Sender<()>,
    task: JoinHandle<()>,
}

/// Starts showing the updates `updates` receives in `style`.
pub fn watch(mut updates: broadcast::Receiver<Progress>, style: Style) -> Watcher {
    let (stop, mut stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let mut view = View::new(style);
        loop {
            tokio::select! {
                biased;
                update = updates.recv() => match update {
                    Ok(p) => view.show(&p),
                    Err(broadcast::error::RecvError::Lagged(_)) => {}
                    Err(broadcast::error::RecvError::Closed) => break,
                },
                _ = &mut stopped => {
                    loop {
                        match updates.try_recv() {
                            Ok(p) => view.show(&p),
                            Err(broadcast::error::TryRecvError::Lagged(_)) => {}
                            Err(_) => break,
                        }
                    }
                    break;
                }
            }
        }
        view.finish();
    });
    Watcher { stop, task }
}

impl Watcher {
    /// Shows the last updates and stops.
    pub async fn finish(self) {
        let _ = self.stop.send(());
        let _ = self.task.await;
    }
}

enum View {
    Bars {
        multi: MultiProgress,
        bars: BTreeMap<String, ProgressBar>,
    },
    Lines {
        last: BTreeMap<String, (Phase, Instant)>,
    },
    Quiet,
}

impl View {
    fn new(style: Style) -> Self {
        match style {
            Style::Bars => Self::Bars {
                multi: MultiProgress::new(),
                bars: BTreeMap::new(),
            },
            Style::Lines => Self::Lines {
                last: BTreeMap::new(),
            },
            Style::Quiet => Self::Quiet,
        }
    }

    fn show(&mut self, p: &Progress) {
        let entity = p.entity.to_string();
        match self {
            Self::Bars { multi, bars } => {
                let bar = bars.entry(entity.clone()).or_insert_with(|| {
                    let style =
                        ProgressStyle::with_template("{spinner} {prefix:<12} {msg}  [{elapsed}]")
                            .unwrap_or_else(|_| ProgressStyle::default_spinner());
                    let bar = multi.add(
                        ProgressBar::new_spinner()
                            .with_style(style)
                            .with_prefix(entity),
                    );
                    bar.enable_steady_tick(Duration::from_millis(120));
                    bar
                });
                if p.phase == Phase::Done {
                    bar.finish_with_message(counts(p));
                } else {
                    bar.set_message(counts(p));
                }
            }
            Self::Lines { last } => {
                let due = match last.get(&entity) {
                    None => true,
                    Some((phase, at)) => *phase != p.phase || at.elapsed() >= LINE_EVERY,
                };
                if due {
                    eprintln!("{entity}: {}", counts(p));
                    last.insert(entity, (p.phase, Instant::now()));
                }
            }
            Self::Quiet => {}
        }
    }

    fn finish(self) {
        if let Self::Bars { bars, .. } = self {
            for bar in bars.values().filter(|b| !b.is_finished()) {
                bar.finish();
            }
        }
    }
}

fn phase(phase: Phase) -> &'static str {
    match phase {
        Phase::Indexing => "reading the Notion rows",
        Phase::Reading => "reading GHL",
        Phase::Deleting => "trashing rows of deleted records",
        Phase::Done => "done",
    }
}

/// `reading GHL: 120 read, 30 created, 2 updated, 88 unchanged, 0 trashed, 0 failed`.
fn counts(p: &Progress) -> String {
    format!(
        "{}: {} read, {} created, {} updated, {} unchanged, {} trashed, {} failed",
        phase(p.phase),
        p.seen,
        p.created,
        p.updated,
        p.unchanged,
        p.trashed,
        p.failed
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use ghl_notion::entity;

    #[test]
    fn counts_name_the_phase_and_every_counter() {
        let mut p = Progress::new(entity::CONTACT, Phase::Reading);
        p.seen = 3;
        p.created = 2;
        assert_eq!(
            counts(&p),
            "reading GHL: 3 read, 2 created, 0 updated, 0 unchanged, 0 trashed, 0 failed"
        );
    }

    #[test]
    fn json_output_shows_no_progress() {
        assert_eq!(Style::detect(true), Style::Quiet);
    }
}
