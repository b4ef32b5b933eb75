//! Who holds a refresh lease: enough about a process for another process on the same
//! machine to tell, at once, that it has died.
//!
//! A lease records the [`ProcessTag`] of the process that took it: the kernel's boot id,
//! the process's pid namespace, its pid and its start time (in clock ticks since boot, from
//! `/proc/<pid>/stat`). Another process declares the holder dead only when it is sure: same
//! boot and same pid namespace, and `/proc/<pid>` is gone, is a zombie, or belongs to a
//! process that started at another time (the pid was reused). Anything it cannot tell (another
//! machine, another container, a platform without `/proc`) counts as alive, and the lease's
//! time limit decides instead.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// Identifies one run of one process on one machine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ProcessTag {
    /// `/proc/sys/kernel/random/boot_id`: changes on every boot, differs between machines.
    boot: String,
    /// The pid namespace (`/proc/self/ns/pid`), so containers sharing a kernel are told apart.
    pid_ns: String,
    /// The process id.
    pid: u32,
    /// Start time in clock ticks since boot (field 22 of `/proc/<pid>/stat`).
    start: u64,
}

/// What `/proc/<pid>/stat` says about a process.
#[derive(Debug, PartialEq, Eq)]
enum Seen {
    /// Running (or sleeping, stopped…) and started at this tick.
    Running { start: u64 },
    /// A zombie or dead entry: it holds nothing any more.
    Exited,
    /// No such process.
    Gone,
    /// Could not tell.
    Unknown,
}

impl ProcessTag {
    /// This process's tag, or `None` where it cannot be known (no `/proc`).
    pub(crate) fn current() -> Option<&'static ProcessTag> {
        static CURRENT: OnceLock<Option<ProcessTag>> = OnceLock::new();
        CURRENT.get_or_init(read_current).as_ref()
    }

    /// The tag as stored with a lease (only the SQLite store keeps leases as text).
    #[cfg(any(feature = "sqlite", test))]
    pub(crate) fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A tag read back from a lease; `None` if absent or unreadable.
    #[cfg(any(feature = "sqlite", test))]
    pub(crate) fn from_json(text: Option<&str>) -> Option<ProcessTag> {
        serde_json::from_str(text?).ok()
    }

    /// Whether this process is certainly dead, as seen from the current process.
    pub(crate) fn is_dead(&self) -> bool {
        let Some(me) = Self::current() else {
            return false;
        };
        if self.boot != me.boot || self.pid_ns != me.pid_ns {
            return false;
        }
        if self.pid == me.pid {
            // Ourselves, or an earlier run of a process that had our pid.
            return self.start != me.start;
        }
        match stat(self.pid) {
            Seen::Gone | Seen::Exited => true,
            Seen::Running { start } => start != self.start,
            Seen::Unknown => false,
        }
    }
}

#[cfg(target_os = "linux")]
fn read_current() -> Option<ProcessTag> {
    let boot = std::fs::read_to_string("/proc/sys/kernel/random/boot_id").ok()?;
    let pid_ns = std::fs::read_link("/proc/self/ns/pid").ok()?;
    let pid = std::process::id();
    let Seen::Running { start } = stat(pid) else {
        return None;
    };
    Some(ProcessTag {
        boot: boot.trim().to_owned(),
        pid_ns: pid_ns.to_string_lossy().into_owned(),
        pid,
        start,
    })
}

#[cfg(not(target_os = "linux"))]
fn read_current() -> Option<ProcessTag> {
    None
}

#[cfg(target_os = "linux")]
fn stat(pid: u32) -> Seen {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(text) => parse_stat(&text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Seen::Gone,
        // ESRCH: the process went away while being read.
        Err(e) if e.raw_os_error() == Some(3) => Seen::Gone,
        Err(_) => Seen::Unknown,
    }
}

#[cfg(not(target_os = "linux"))]
fn stat(_pid: u32) -> Seen {
    Seen::Unknown
}

/// Reads the state (field 3) and start time (field 22) of a `/proc/<pid>/stat` line. The
/// command name (field 2) may hold spaces and parentheses, so fields are counted from the
/// last `)`.
fn parse_stat(text: &str) -> Seen {
    let Some(close) = text.rfind(')') else {
        return Seen::Unknown;
    };
    let fields: Vec<&str> = text[close + 1..].split_whitespace().collect();
    let (Some(state), Some(start)) = (fields.first(), fields.get(19)) else {
        return Seen::Unknown;
    };
    if matches!(*state, "Z" | "X" | "x") {
        return Seen::Exited;
    }
    match start.parse() {
        Ok(start) => Seen::Running { start },
        Err(_) => Seen::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINE: &str = "4242 (my (odd) proc) S 1 4242 4242 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 987654 1000000 200 18446744073709551615";

    #[test]
    fn stat_lines_are_read_from_the_last_parenthesis() {
        assert_eq!(parse_stat(LINE), Seen::Running { start: 987_654 });
        let zombie = LINE.replace(") S ", ") Z ");
        assert_eq!(parse_stat(&zombie), Seen::Exited);
        assert_eq!(parse_stat("garbage"), Seen::Unknown);
        assert_eq!(parse_stat("1 (x) S 1"), Seen::Unknown);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn this_process_is_alive_and_a_reaped_child_is_dead() {
        let me = ProcessTag::current().expect("/proc is mounted");
        assert!(!me.is_dead());
        let round_trip = ProcessTag::from_json(Some(&me.to_json())).expect("parses");
        assert_eq!(&round_trip, me);

        let mut child = std::process::Command::new("true")
            .spawn()
            .expect("spawn true");
        let pid = child.id();
        child.wait().expect("reaped");
        let dead = ProcessTag {
            pid,
            start: me.start,
            ..me.clone()
        };
        assert!(dead.is_dead(), "a reaped child is dead");

        // The same pid started at another time: reused, so the holder is dead.
        let reused = ProcessTag {
            start: me.start + 1,
            ..me.clone()
        };
        assert!(reused.is_dead());

        // Another machine or container: cannot tell, so alive.
        let elsewhere = ProcessTag {
            boot: "another-boot".into(),
            ..dead.clone()
        };
        assert!(!elsewhere.is_dead());
        let other_ns = ProcessTag {
            pid_ns: "pid:[1]".into(),
            ..dead
        };
        assert!(!other_ns.is_dead());
        assert!(ProcessTag::from_json(Some("not json")).is_none());
        assert!(ProcessTag::from_json(None).is_none());
    }
}
