//! The server's view of its burst window, learned from its answers, for one resource key.
//!
//! The local [`SlidingWindow`](crate::rate_limit::SlidingWindow) log is always safe (no window
//! of its length ever holds more than `max` of our requests), but against a server whose
//! window is *fixed* it is slow: after a burst it waits a whole interval, although the
//! server's window may restart much earlier. A [`ServerWindow`] follows what the server says
//! (`X-RateLimit-Remaining`, `-Max`, `-Interval-Milliseconds`, a 429's `Retry-After`):
//!
//! - **Credit**: each answer gives a lower bound of the requests the server will still accept,
//!   the larger of two: its `remaining` minus every request of ours the server may have counted
//!   after it (in flight, or answered after this one was sent: answers overtake each other);
//!   and the smallest `remaining` heard since a moment nothing was in flight, minus what is in
//!   flight now (the request counted last is among those answers). Each send takes one off.
//!   The latest answer replaces the bound, so a lower count (another process sharing the
//!   budget) tightens at once. While it is positive, requests go even if the local log says
//!   wait: the server's window demonstrably restarted earlier.
//! - **Spent**: an answer saying `remaining: 0` holds requests for one interval, a 429 until
//!   its `Retry-After` (unless a credit or a learned boundary frees them earlier), so a budget
//!   shared with another process is not exceeded.
//! - **Probe** (opt-in, [`Probing::Once`]): when the server's window is full and its phase is
//!   unknown, one request is sent anyway. On a fixed window its 429's `Retry-After` (rounded up
//!   to whole seconds, so never early) gives the next boundary: from then on the limiter
//!   sends one *sounding* request at each boundary and the rest as soon as its answer gives a
//!   credit, with no further 429. If the `Retry-After` is no earlier than the local log would
//!   have allowed the probe (a sliding window, or a fixed one in phase with our burst), the
//!   server gets no more probes.
//!
//! Everything here is a pure function of the state, the time and the answers, tested below.
//!
//! ```
//! use ghl_notion_runtime::server_window::{Answer, Probing, ServerWindow, Step, Why};
//! use std::time::{Duration, Instant};
//!
//! let t0 = Instant::now();
//! let later = t0 + Duration::from_secs(10); // when the local log frees a slot
//! let mut w = ServerWindow::new(Duration::from_secs(10));
//! // Nothing heard yet: the local log decides.
//! assert_eq!(w.step(t0, t0, Probing::Never), Step::Send(Why::Log));
//! let ticket = w.sent(Why::Log, t0, t0);
//! // The server says 40 more fit: they go even though the local log says wait.
//! w.answered(ticket, Some(&Answer::remaining(40)), t0);
//! assert_eq!(w.step(t0, later, Probing::Never), Step::Send(Why::Credit));
//! ```

use std::time::{Duration, Instant};

/// Whether to probe a full server window whose phase is unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Probing {
    /// Never send a request the local log or the server has not made room for: no 429 on a
    /// fixed or a sliding window, but a fixed window's early restart is only used once the
    /// local log has let a request through.
    Never,
    /// Send one probe when the server's window is full and its phase unknown: one 429 that
    /// teaches a fixed window's phase (no more after it); on a sliding window one 429, after
    /// which the server is never probed again.
    Once,
}

/// What the server said in one answer (the parts the limiter uses).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Answer {
    /// `X-RateLimit-Remaining`.
    pub remaining: Option<u64>,
    /// `X-RateLimit-Interval-Milliseconds`.
    pub interval: Option<Duration>,
    /// The `Retry-After` of a 429; `None` for every other answer.
    pub retry_after: Option<Duration>,
}

impl Answer {
    /// An answer with only `X-RateLimit-Remaining`.
    pub fn remaining(remaining: u64) -> Self {
        Self {
            remaining: Some(remaining),
            ..Self::default()
        }
    }

    /// A 429 with `Retry-After` and `X-RateLimit-Remaining: 0`.
    pub fn too_many(retry_after: Duration) -> Self {
        Self {
            remaining: Some(0),
            retry_after: Some(retry_after),
            ..Self::default()
        }
    }
}

/// Why a request may go now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// The server said it has room.
    Credit,
    /// The local log has room and the server has not said otherwise.
    Log,
    /// The server's window is full and its phase unknown: asking costs at most one 429.
    Probe,
    /// A learned boundary of the server's fixed window has passed: one request asks how much
    /// room the new window has.
    Sounding,
}

/// The decision for the next request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Send it now.
    Send(Why),
    /// Nothing allows it before this time (an answer heard meanwhile may change that).
    WaitUntil(Instant),
}

/// A sent request, handed back with its answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ticket {
    seq: u64,
    answered_before: u64,
    why: Why,
    log_free_at: Instant,
}

/// What is known of the server's window shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Nothing yet.
    Unknown,
    /// A fixed window restarting at `boundary` plus whole intervals (`boundary` is never
    /// earlier than the true one).
    Fixed {
        /// A restart of the server's window (or just after it).
        boundary: Instant,
    },
    /// A probe's `Retry-After` matched the local log: a sliding window, or a fixed one in
    /// phase with it. No more probes.
    NotEarlier,
}

/// The server's burst window as this client knows it, for one resource key.
#[derive(Debug, Clone)]
pub struct ServerWindow {
    interval: Duration,
    /// Requests the server will still accept beyond every request sent (a lower bound).
    credit: Option<i64>,
    sent: u64,
    answered: u64,
    /// The first request sent with nothing in flight, and the smallest `remaining` answered to
    /// it or to any request sent after it.
    epoch: u64,
    epoch_min: Option<u64>,
    /// When the server last said its window was full.
    spent_at: Option<Instant>,
    /// Until when that answer holds requests back (one interval, or a 429's `Retry-After`).
    held_until: Option<Instant>,
    /// When the last request was sent: a window it was sent in needs no sounding.
    last_sent_at: Option<Instant>,
    shape: Shape,
    /// A probe or sounding is awaiting its answer.
    asking: bool,
}

impl ServerWindow {
    /// Nothing heard yet; `interval` is the configured window until the server names its own.
    pub fn new(interval: Duration) -> Self {
        Self {
            interval: interval.max(Duration::from_millis(1)),
            credit: None,
            sent: 0,
            answered: 0,
            epoch: 0,
            epoch_min: None,
            spent_at: None,
            held_until: None,
            last_sent_at: None,
            shape: Shape::Unknown,
            asking: false,
        }
    }

    /// What is known of the window's shape.
    pub fn shape(&self) -> Shape {
        self.shape
    }

    /// The current lower bound of the requests the server will still accept, if any was heard.
    pub fn credit(&self) -> Option<i64> {
        self.credit
    }

    /// The first learned boundary strictly after the server last said its window was full
    /// and after the last request sent (whose answer speaks for its window).
    fn next_boundary(&self) -> Option<Instant> {
        let (Shape::Fixed { boundary }, Some(spent)) = (self.shape, self.spent_at) else {
            return None;
        };
        let spent = self.last_sent_at.map_or(spent, |s| s.max(spent));
        if spent < boundary {
            return Some(boundary);
        }
        let intervals = (spent - boundary).as_nanos() / self.interval.as_nanos() + 1;
        let whole = u32::try_from(intervals).ok()?;
        boundary.checked_add(self.interval.checked_mul(whole)?)
    }

    /// The decision at `now`, given when the local log frees its next slot.
    pub fn step(&self, now: Instant, log_free_at: Instant, probing: Probing) -> Step {
        if self.credit.is_some_and(|c| c > 0) {
            return Step::Send(Why::Credit);
        }
        let log_at = self.held_until.map_or(log_free_at, |h| h.max(log_free_at));
        if log_at <= now {
            return Step::Send(Why::Log);
        }
        let boundary = self.next_boundary();
        if boundary.is_some_and(|b| b <= now) {
            if !self.asking {
                return Step::Send(Why::Sounding);
            }
            // The sounding's answer will say how much room there is.
            return Step::WaitUntil(log_at);
        }
        let full = self.credit.is_some_and(|c| c <= 0);
        if probing == Probing::Once && self.shape == Shape::Unknown && full && !self.asking {
            return Step::Send(Why::Probe);
        }
        Step::WaitUntil(boundary.map_or(log_at, |b| b.min(log_at)))
    }

    /// Records a request sent at `now` for the reason `why`, when the local log would have
    /// freed a slot at `log_free_at`. A learned window it is sent in needs no sounding.
    pub fn sent(&mut self, why: Why, now: Instant, log_free_at: Instant) -> Ticket {
        self.last_sent_at = Some(now);
        if self.sent == self.answered {
            // Nothing in flight: every answer from here on is counted after every earlier one.
            self.epoch = self.sent;
            self.epoch_min = None;
        }
        let seq = self.sent;
        self.sent += 1;
        if let Some(c) = &mut self.credit {
            *c -= 1;
        }
        if matches!(why, Why::Probe | Why::Sounding) {
            self.asking = true;
        }
        Ticket {
            seq,
            answered_before: self.answered,
            why,
            log_free_at,
        }
    }

    /// Records the answer to `ticket` received at `now`: `None` when nothing came back (a
    /// transport error) or the request was never sent. Returns whether waiting requests should
    /// look again.
    pub fn answered(&mut self, ticket: Ticket, answer: Option<&Answer>, now: Instant) -> bool {
        self.answered += 1;
        let was_asking = matches!(ticket.why, Why::Probe | Why::Sounding);
        if was_asking {
            self.asking = false;
        }
        let Some(answer) = answer else {
            if ticket.why == Why::Sounding {
                // Unanswered: this window still needs its sounding.
                self.last_sent_at = None;
            }
            return was_asking;
        };
        if let Some(interval) = answer.interval.filter(|i| !i.is_zero()) {
            self.interval = interval;
        }
        if let Some(remaining) = answer.remaining {
            // Every other request sent before this answer and not answered before this one was
            // sent may be counted after it.
            let int = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
            let uncounted = self.sent.saturating_sub(1 + ticket.answered_before);
            let mut bound = int(remaining).saturating_sub(int(uncounted));
            if ticket.seq >= self.epoch {
                let least = self.epoch_min.map_or(remaining, |m| m.min(remaining));
                self.epoch_min = Some(least);
                let in_flight = self.sent.saturating_sub(self.answered);
                bound = bound.max(int(least).saturating_sub(int(in_flight)));
            }
            self.credit = Some(bound);
            if remaining == 0 {
                self.spent_at = Some(self.spent_at.map_or(now, |s| s.max(now)));
                self.held_until = Some(now + self.interval);
            }
        }
        if let Some(retry_after) = answer.retry_after {
            let reset = now + retry_after;
            self.spent_at = Some(self.spent_at.map_or(now, |s| s.max(now)));
            // The server said when: no need to hold a whole interval.
            self.held_until = Some(reset);
            self.shape = match self.shape {
                // The server restarts before our own requests leave the window: fixed.
                Shape::Unknown if reset < ticket.log_free_at => Shape::Fixed { boundary: reset },
                Shape::Unknown => Shape::NotEarlier,
                // A sounding refused: the boundary was wrong; this one is not early.
                Shape::Fixed { .. } => Shape::Fixed { boundary: reset },
                Shape::NotEarlier => Shape::NotEarlier,
            };
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: fn(u64) -> Duration = Duration::from_secs;
    const MS: fn(u64) -> Duration = Duration::from_millis;

    /// Sends `n` requests at `at` for `why`, answering none.
    fn send(w: &mut ServerWindow, n: usize, why: Why, at: Instant) -> Vec<Ticket> {
        (0..n).map(|_| w.sent(why, at, at)).collect()
    }

    #[test]
    fn the_local_log_decides_until_the_server_speaks() {
        let t0 = Instant::now();
        let w = ServerWindow::new(S(10));
        assert_eq!(w.step(t0, t0, Probing::Once), Step::Send(Why::Log));
        assert_eq!(
            w.step(t0, t0 + S(3), Probing::Once),
            Step::WaitUntil(t0 + S(3)),
            "no probe before the server said its window is full"
        );
        assert_eq!(w.credit(), None);
        assert_eq!(w.shape(), Shape::Unknown);
    }

    #[test]
    fn credit_subtracts_every_request_the_answer_may_not_have_counted() {
        let t0 = Instant::now();
        let mut w = ServerWindow::new(S(10));
        // A and B in flight; B's answer (remaining 8: both counted) arrives first.
        let a = w.sent(Why::Log, t0, t0);
        let b = w.sent(Why::Log, t0, t0);
        w.answered(b, Some(&Answer::remaining(8)), t0);
        assert_eq!(w.credit(), Some(7), "A may still be counted after B");
        // A's answer (remaining 9: counted before B) is stale: B, answered while A was in
        // flight, is subtracted, which gives the true 8, not 9.
        w.answered(a, Some(&Answer::remaining(9)), t0);
        assert_eq!(w.credit(), Some(8));
        // A request sent after both answers is counted exactly.
        let c = w.sent(Why::Credit, t0, t0);
        assert_eq!(w.credit(), Some(7));
        w.answered(c, Some(&Answer::remaining(7)), t0);
        assert_eq!(w.credit(), Some(7));
        // A lower count than expected (another process shares the budget) tightens at once.
        let d = w.sent(Why::Credit, t0, t0);
        assert_eq!(w.credit(), Some(6));
        w.answered(d, Some(&Answer::remaining(1)), t0);
        assert_eq!(w.credit(), Some(1));
        assert_eq!(
            w.step(t0, t0 + S(9), Probing::Never),
            Step::Send(Why::Credit)
        );
        w.sent(Why::Credit, t0, t0);
        assert_eq!(
            w.step(t0, t0 + S(9), Probing::Never),
            Step::WaitUntil(t0 + S(9))
        );
    }

    #[test]
    fn answers_since_nothing_was_in_flight_bound_the_credit_exactly_once_all_are_in() {
        let t0 = Instant::now();
        let mut w = ServerWindow::new(S(10));
        let tickets = send(&mut w, 3, Why::Log, t0);
        // In order: 9, 8, 7 left. Each alone could have been overtaken by the others...
        w.answered(tickets[0], Some(&Answer::remaining(9)), t0);
        assert_eq!(w.credit(), Some(7));
        w.answered(tickets[1], Some(&Answer::remaining(8)), t0);
        assert_eq!(w.credit(), Some(7));
        // ...but once all three are in, the smallest count is the server's.
        w.answered(tickets[2], Some(&Answer::remaining(7)), t0);
        assert_eq!(w.credit(), Some(7));
        // A new epoch starts with the next send, as nothing is in flight: its answers are not
        // held down by the old window's counts.
        let t = w.sent(Why::Credit, t0, t0);
        w.answered(t, Some(&Answer::remaining(99)), t0);
        assert_eq!(w.credit(), Some(99));
        // While something stays in flight, the epoch goes on.
        let a = w.sent(Why::Credit, t0, t0);
        let b = w.sent(Why::Credit, t0, t0);
        w.answered(a, Some(&Answer::remaining(50)), t0);
        assert_eq!(w.credit(), Some(49), "b may be counted after a");
        let c = w.sent(Why::Credit, t0, t0);
        w.answered(b, Some(&Answer::remaining(49)), t0);
        assert_eq!(w.credit(), Some(48), "c is still in flight");
        w.answered(c, Some(&Answer::remaining(48)), t0);
        assert_eq!(w.credit(), Some(48));
    }

    #[test]
    fn a_stale_answer_counted_after_the_epoch_began_is_held_down_by_it() {
        let t0 = Instant::now();
        let mut w = ServerWindow::new(S(10));
        let a = w.sent(Why::Log, t0, t0);
        let b = w.sent(Why::Log, t0, t0);
        // The server counted b first (9 left), then a (8 left); a's answer comes first.
        w.answered(a, Some(&Answer::remaining(8)), t0);
        assert_eq!(w.credit(), Some(7));
        w.answered(b, Some(&Answer::remaining(9)), t0);
        assert_eq!(w.credit(), Some(8), "not b's 9: a was counted after it");
    }

    #[test]
    fn after_a_restart_an_answer_alone_bounds_the_credit_while_requests_stay_in_flight() {
        let t0 = Instant::now();
        let mut w = ServerWindow::new(S(10));
        let a = w.sent(Why::Log, t0, t0);
        let _b = w.sent(Why::Log, t0, t0);
        w.answered(a, Some(&Answer::remaining(0)), t0);
        // The window restarts; b is still in flight, so the epoch (and its 0) goes on.
        let c = w.sent(Why::Log, t0 + S(1), t0 + S(1));
        w.answered(c, Some(&Answer::remaining(99)), t0 + S(1));
        assert_eq!(
            w.credit(),
            Some(98),
            "99 less b, which may be counted after c"
        );
    }

    #[test]
    fn a_429_says_the_window_is_full() {
        assert_eq!(Answer::too_many(S(3)).remaining, Some(0));
        assert_eq!(Answer::too_many(S(3)).retry_after, Some(S(3)));
        assert_eq!(Answer::remaining(4).retry_after, None);
    }

    #[test]
    fn a_free_local_log_needs_no_sounding() {
        let t0 = Instant::now();
        let mut w = ServerWindow::new(S(10));
        let probe = w.sent(Why::Probe, t0, t0 + S(10));
        w.answered(probe, Some(&Answer::too_many(S(3))), t0);
        assert_eq!(
            w.step(t0 + S(3), t0 + S(3), Probing::Once),
            Step::Send(Why::Log)
        );
        w.sent(Why::Log, t0 + S(3), t0 + S(3));
        // That request entered the window starting at 3 s: its answer speaks for it.
        assert_eq!(
            w.step(t0 + S(3), t0 + S(10), Probing::Once),
            Step::WaitUntil(t0 + S(10))
        );
        let sounding = w.sent(Why::Sounding, t0 + S(3), t0 + S(10));
        // While the sounding is out, the others wait for the log (or its answer).
        assert_eq!(
            w.step(t0 + S(3), t0 + S(10), Probing::Once),
            Step::WaitUntil(t0 + S(10))
        );
        assert_eq!(
            w.step(t0 + S(3), t0 + S(3), Probing::Once),
            Step::Send(Why::Log)
        );
        w.answered(sounding, None, t0 + S(4));
        assert_eq!(
            w.step(t0 + S(4), t0 + S(10), Probing::Once),
            Step::Send(Why::Sounding),
            "a lost sounding is asked again"
        );
    }

    #[test]
    fn a_full_window_holds_an_interval_unless_the_server_frees_room_earlier() {
        let t0 = Instant::now();
        let mut w = ServerWindow::new(S(10));
        for left in [2, 1, 0] {
            let t = w.sent(Why::Log, t0, t0);
            w.answered(t, Some(&Answer::remaining(left)), t0 + S(1));
        }
        assert_eq!(w.credit(), Some(0));
        // The local log is free at once (say, a lower local count), but the server is full:
        // hold until 10 s after it said so.
        assert_eq!(
            w.step(t0 + S(2), t0, Probing::Never),
            Step::WaitUntil(t0 + S(11))
        );
        assert_eq!(w.step(t0 + S(11), t0, Probing::Never), Step::Send(Why::Log));
        // The later of the two wins.
        assert_eq!(
            w.step(t0 + S(2), t0 + S(12), Probing::Never),
            Step::WaitUntil(t0 + S(12))
        );
        // A 429 holds until its Retry-After, not a whole interval.
        let t = w.sent(Why::Log, t0 + S(11), t0 + S(11));
        w.answered(t, Some(&Answer::too_many(S(7))), t0 + S(11));
        assert_eq!(
            w.step(t0 + S(12), t0, Probing::Never),
            Step::WaitUntil(t0 + S(18))
        );
        assert_eq!(w.step(t0 + S(18), t0, Probing::Never), Step::Send(Why::Log));
    }

    #[test]
    fn a_probe_429_earlier_than_the_log_teaches_a_fixed_boundary() {
        let t0 = Instant::now();
        let mut w = ServerWindow::new(S(10));
        for t in send(&mut w, 2, Why::Log, t0) {
            w.answered(t, Some(&Answer::remaining(0)), t0);
        }
        let log = t0 + S(10);
        assert_eq!(w.step(t0, log, Probing::Never), Step::WaitUntil(log));
        assert_eq!(w.step(t0, log, Probing::Once), Step::Send(Why::Probe));
        let probe = w.sent(Why::Probe, t0, log);
        // One probe at a time.
        assert_eq!(w.step(t0, log, Probing::Once), Step::WaitUntil(log));
        let mut answer = Answer::too_many(S(3));
        answer.interval = Some(S(10));
        assert!(w.answered(probe, Some(&answer), t0));
        assert_eq!(
            w.shape(),
            Shape::Fixed {
                boundary: t0 + S(3)
            }
        );
        assert_eq!(
            w.step(t0 + S(1), log, Probing::Once),
            Step::WaitUntil(t0 + S(3))
        );
        // At the boundary, one sounding; the others wait for its answer.
        assert_eq!(
            w.step(t0 + S(3), log, Probing::Once),
            Step::Send(Why::Sounding)
        );
        let sounding = w.sent(Why::Sounding, t0 + S(3), log);
        assert_eq!(w.step(t0 + S(3), log, Probing::Once), Step::WaitUntil(log));
        w.answered(sounding, Some(&Answer::remaining(9)), t0 + S(3));
        assert_eq!(
            w.step(t0 + S(3), log, Probing::Once),
            Step::Send(Why::Credit)
        );
        // Credit spent before the server said "full": no second sounding in this window.
        let mut spent = w.clone();
        for _ in 0..9 {
            spent.sent(Why::Credit, t0 + S(3), log);
        }
        assert_eq!(
            spent.step(t0 + S(4), t0 + S(14), Probing::Once),
            Step::WaitUntil(t0 + S(13))
        );
        // The new window fills at 3 s: the next sounding is at 13 s, not 3 + 10 from the log.
        for t in send(&mut w, 9, Why::Credit, t0 + S(3)) {
            w.answered(t, Some(&Answer::remaining(0)), t0 + S(4));
        }
        let log = t0 + S(14);
        assert_eq!(
            w.step(t0 + S(5), log, Probing::Once),
            Step::WaitUntil(t0 + S(13))
        );
        assert_eq!(
            w.step(t0 + S(13), log, Probing::Once),
            Step::Send(Why::Sounding)
        );
    }

    #[test]
    fn a_refused_sounding_moves_the_boundary() {
        let t0 = Instant::now();
        let mut w = ServerWindow::new(S(10));
        let probe = w.sent(Why::Probe, t0, t0 + S(10));
        w.answered(probe, Some(&Answer::too_many(S(2))), t0);
        let sounding = w.sent(Why::Sounding, t0 + S(2), t0 + S(10));
        w.answered(sounding, Some(&Answer::too_many(S(1))), t0 + S(2));
        assert_eq!(
            w.shape(),
            Shape::Fixed {
                boundary: t0 + S(3)
            }
        );
        assert_eq!(
            w.step(t0 + S(2), t0 + S(10), Probing::Once),
            Step::WaitUntil(t0 + S(3))
        );
    }

    #[test]
    fn a_probe_429_no_earlier_than_the_log_stops_probing() {
        let t0 = Instant::now();
        let mut w = ServerWindow::new(S(10));
        for t in send(&mut w, 1, Why::Log, t0) {
            w.answered(t, Some(&Answer::remaining(0)), t0);
        }
        let probe = w.sent(Why::Probe, t0, t0 + S(10));
        // A sliding window: the slot frees when our oldest request ages out, i.e. exactly
        // when the local log said.
        w.answered(probe, Some(&Answer::too_many(S(10))), t0);
        assert_eq!(w.shape(), Shape::NotEarlier);
        assert_eq!(
            w.step(t0 + S(1), t0 + S(10), Probing::Once),
            Step::WaitUntil(t0 + S(10)),
            "never probed again"
        );
        // Even a later 429 does not make it fixed.
        let t = w.sent(Why::Log, t0, t0 + S(10));
        w.answered(t, Some(&Answer::too_many(S(1))), t0 + S(10));
        assert_eq!(w.shape(), Shape::NotEarlier);
    }

    #[test]
    fn a_lost_answer_releases_the_question_and_the_server_interval_is_followed() {
        let t0 = Instant::now();
        let mut w = ServerWindow::new(S(10));
        let probe = w.sent(Why::Probe, t0, t0);
        assert!(w.answered(probe, None, t0), "waiters look again");
        let plain = w.sent(Why::Log, t0, t0);
        assert!(!w.answered(plain, None, t0), "nothing learned");
        assert_eq!(w.credit(), None);
        let t = w.sent(Why::Log, t0, t0);
        let answer = Answer {
            remaining: Some(0),
            interval: Some(S(60)),
            retry_after: None,
        };
        w.answered(t, Some(&answer), t0);
        assert_eq!(w.step(t0, t0, Probing::Never), Step::WaitUntil(t0 + S(60)));
        // A zero interval is ignored.
        let t = w.sent(Why::Log, t0, t0);
        let answer = Answer {
            interval: Some(Duration::ZERO),
            ..Answer::remaining(0)
        };
        w.answered(t, Some(&answer), t0);
        assert_eq!(w.step(t0, t0, Probing::Never), Step::WaitUntil(t0 + S(60)));
    }

    #[test]
    fn boundaries_repeat_every_interval_after_the_last_full_answer() {
        let t0 = Instant::now();
        let mut w = ServerWindow::new(S(10));
        w.shape = Shape::Fixed {
            boundary: t0 + S(3),
        };
        w.credit = Some(0);
        let log = t0 + S(100);
        for (spent, next) in [(0, 3), (3, 13), (12, 13), (13, 23), (47, 53)] {
            w.spent_at = Some(t0 + S(spent));
            assert_eq!(
                w.step(t0 + S(spent) + MS(1), log, Probing::Never),
                Step::WaitUntil(t0 + S(next)),
                "full at {spent} s"
            );
            assert_eq!(
                w.step(t0 + S(next), log, Probing::Never),
                Step::Send(Why::Sounding)
            );
        }
    }
}
