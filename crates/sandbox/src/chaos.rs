//! Faults real services have, injected at random with a fixed seed, so a soak of many bookings
//! meets each of them in a reproducible mix: a change not carried out with the connection
//! dropped, a change carried out and its reply lost, a change carried out and answered 5xx with
//! a fault body, and a change carried out only after the client gave up (a late commit); and
//! look-ups answered empty (FTBook's 204) shortly after a change, as a replica that has not
//! caught up yet (never for longer than [`Chaos::late`], the bound a commit window covers).

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// How often and how faults are injected into changes (creates and cancellations).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Chaos {
    /// Seed of the dice: the same seed gives the same faults for the same calls.
    pub seed: u64,
    /// Share of changes (0.0–1.0) that get a fault.
    pub rate: f64,
    /// How long after its dropped reply a late commit lands; also how long after a change a
    /// look-up may still miss it.
    pub late: Duration,
}

/// A number in 0.0..1.0 from `state` (xorshift64: reproducible, good enough for test faults).
pub fn roll(state: &AtomicU64) -> f64 {
    let mut x = state.load(Ordering::Relaxed);
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    state.store(x, Ordering::Relaxed);
    (x % 1_000_000) as f64 / 1_000_000.0
}

/// One injected fault.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Not carried out; the connection is dropped.
    DropBeforeCommit,
    /// Carried out; the connection is dropped before the reply.
    DropAfterCommit,
    /// Carried out; answered 503 with a fault body.
    ServerErrorAfterCommit,
    /// The connection is dropped now and the change carried out later.
    LateCommit,
}

/// Seeded dice (xorshift64), shared by the handlers of one supplier; every fault thrown is
/// counted in `injected` (the sandbox's counters show it).
#[derive(Debug, Clone)]
pub struct Dice {
    chaos: Option<Chaos>,
    state: Arc<AtomicU64>,
    injected: Arc<AtomicU64>,
    changed: Arc<std::sync::Mutex<Option<std::time::Instant>>>,
}

impl Dice {
    /// Dice for `chaos` (none: never a fault).
    pub fn new(chaos: Option<Chaos>) -> Self {
        Dice::counting(chaos, Arc::new(AtomicU64::new(0)))
    }

    /// Dice that count their faults in `injected`.
    pub fn counting(chaos: Option<Chaos>, injected: Arc<AtomicU64>) -> Self {
        let seed = chaos.map_or(1, |c| c.seed.max(1));
        Dice { chaos, state: Arc::new(AtomicU64::new(seed)), injected, changed: Arc::default() }
    }

    fn roll(&self) -> f64 {
        roll(&self.state)
    }

    /// The fault for the next change, if it gets one.
    pub fn fault(&self) -> Option<Fault> {
        let chaos = self.chaos?;
        if self.roll() >= chaos.rate {
            return None;
        }
        self.injected.fetch_add(1, Ordering::Relaxed);
        Some(match (self.roll() * 4.0) as u32 {
            0 => Fault::DropBeforeCommit,
            1 => Fault::DropAfterCommit,
            2 => Fault::ServerErrorAfterCommit,
            _ => Fault::LateCommit,
        })
    }

    /// Notes that a change was committed now (look-ups shortly after may miss it).
    pub fn changed(&self) {
        *self.changed.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) =
            Some(std::time::Instant::now());
    }

    /// Whether this look-up misses what was committed lately: only within [`Chaos::late`] of
    /// the last change, at the chaos rate.
    pub fn stale_look_up(&self) -> bool {
        let Some(chaos) = self.chaos else { return false };
        let last = *self.changed.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if last.is_none_or(|at| at.elapsed() > chaos.late) || self.roll() >= chaos.rate {
            return false;
        }
        self.injected.fetch_add(1, Ordering::Relaxed);
        true
    }

    /// How long a late commit waits.
    pub fn late(&self) -> Duration {
        self.chaos.map_or(Duration::ZERO, |c| c.late)
    }

    /// How many faults were injected so far.
    pub fn injected(&self) -> u64 {
        self.injected.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_faults_at_about_the_rate() {
        let chaos = Chaos { seed: 42, rate: 0.3, late: Duration::from_millis(10) };
        let (one, two) = (Dice::new(Some(chaos)), Dice::new(Some(chaos)));
        let first: Vec<_> = (0..1000).map(|_| one.fault()).collect();
        let second: Vec<_> = (0..1000).map(|_| two.fault()).collect();
        assert_eq!(first, second, "reproducible");
        let faults = first.iter().filter(|f| f.is_some()).count();
        assert!((200..400).contains(&faults), "about 30 %: {faults}");
        for kind in [
            Fault::DropBeforeCommit,
            Fault::DropAfterCommit,
            Fault::ServerErrorAfterCommit,
            Fault::LateCommit,
        ] {
            assert!(first.contains(&Some(kind)), "{kind:?} is injected");
        }
        assert!(Dice::new(None).fault().is_none(), "no chaos, no fault");
    }

    #[test]
    fn look_ups_miss_only_what_changed_lately() {
        let dice = Dice::new(Some(Chaos { seed: 3, rate: 1.0, late: Duration::from_millis(50) }));
        assert!(!dice.stale_look_up(), "nothing changed yet");
        dice.changed();
        assert!(dice.stale_look_up(), "right after a change");
        std::thread::sleep(Duration::from_millis(60));
        assert!(!dice.stale_look_up(), "never past the bound");
        assert_eq!(dice.injected(), 1);
    }
}
