//! Whether a failed call may be sent again: a pure function with a table of tests.
//!
//! Only safe calls (look-ups, searches) are retried, with backoff. A create or a cancel is sent
//! again only when nothing left the machine; when it may have reached the supplier (no reply, a
//! server error, an unreadable success) it is reconciled by looking it up instead.

use std::time::Duration;

/// What kind of call failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Call {
    /// Changes nothing: look-ups, searches, availability, quotes.
    Safe,
    /// Creates or cancels something at the supplier.
    Change,
}

/// How it failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// No connection was made: nothing was sent.
    Unreachable,
    /// Sent, but no reply came (timeout, dropped connection).
    NoReply,
    /// The supplier answered with a server error (5xx) without a reason.
    ServerError,
    /// A success status whose body could not be read.
    Unreadable,
    /// The supplier refused (faults, 4xx, a failure envelope).
    Refused,
    /// The credentials or settings were refused.
    Setup,
}

/// What to do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Send it again after this pause.
    Retry(Duration),
    /// Do not send it again before looking up whether it took effect.
    Reconcile,
    /// Stop and report.
    GiveUp,
}

/// Tries a call gets in all, the first included.
pub const MAX_TRIES: u32 = 3;

/// The pause before try `tries + 1`: 200 ms, 400 ms, 800 ms ..., at most 2 s.
pub fn backoff(tries: u32) -> Duration {
    Duration::from_millis(200u64.saturating_mul(1 << tries.saturating_sub(1).min(4)))
        .min(Duration::from_secs(2))
}

/// The decision after `tries` tries (1 = the first) of a `call` failed with `failure`.
pub fn decide(call: Call, failure: Failure, tries: u32) -> Decision {
    let again = if tries < MAX_TRIES { Decision::Retry(backoff(tries)) } else { Decision::GiveUp };
    match (call, failure) {
        (_, Failure::Refused | Failure::Setup) => Decision::GiveUp,
        (_, Failure::Unreachable) => again,
        (Call::Safe, Failure::NoReply | Failure::ServerError | Failure::Unreadable) => again,
        (Call::Change, Failure::NoReply | Failure::ServerError | Failure::Unreadable) => Decision::Reconcile,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Call::{Change, Safe};
    use Decision::{GiveUp, Reconcile, Retry};
    use Failure::*;

    #[test]
    fn the_retry_table() {
        let ms = Duration::from_millis;
        let table = [
            (Safe, Unreachable, 1, Retry(ms(200)), "a look-up that could not connect is tried again"),
            (Safe, NoReply, 2, Retry(ms(400)), "a look-up without a reply is tried again, later"),
            (Safe, ServerError, 3, GiveUp, "three tries are enough"),
            (Safe, Unreadable, 1, Retry(ms(200)), "an unreadable look-up may read well next time"),
            (Safe, Refused, 1, GiveUp, "a refusal is not retried"),
            (Safe, Setup, 1, GiveUp, "wrong credentials are not retried"),
            (Change, Unreachable, 1, Retry(ms(200)), "a create that never left may be sent again"),
            (Change, Unreachable, 3, GiveUp, "but not forever"),
            (Change, NoReply, 1, Reconcile, "a create without a reply is looked up, never resent"),
            (Change, ServerError, 1, Reconcile, "a 5xx may come after the change was made"),
            (Change, Unreadable, 1, Reconcile, "an unreadable success is looked up"),
            (Change, Refused, 1, GiveUp, "a refused create is reported"),
            (Change, Setup, 1, GiveUp, "so are refused credentials"),
        ];
        for (call, failure, tries, expected, rule) in table {
            assert_eq!(decide(call, failure, tries), expected, "{rule}");
        }
    }

    #[test]
    fn backoff_doubles_and_stops_at_two_seconds() {
        let pauses: Vec<u128> = (1..=6).map(|t| backoff(t).as_millis()).collect();
        assert_eq!(pauses, [200, 400, 800, 1600, 2000, 2000]);
    }
}
