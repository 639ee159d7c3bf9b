//! The offers the agent was shown, kept in the core under an opaque id. The web view gets the id
//! and what the agent reads; what to book with — FTBook's product as availability described it,
//! FASTTRAK's package and quote — stays here, so a booking is made with, and its product's rules
//! are checked against, the core's own copy, never one that travelled through the web view.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use super::OfferKey;

/// How many offers are kept (the newest); a day's work is far fewer.
const KEPT: usize = 2000;
/// How long an offer is kept: a supplier's price does not hold longer.
const FOR: Duration = Duration::from_secs(6 * 60 * 60);

/// The offers shown, newest last.
#[derive(Debug)]
pub(crate) struct Shelf {
    /// Tells this run's ids from an earlier run's.
    run: u64,
    next: u64,
    kept: VecDeque<(String, Instant, OfferKey)>,
}

impl Default for Shelf {
    fn default() -> Self {
        let run = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64 & 0xffff_ffff);
        Shelf { run, next: 0, kept: VecDeque::new() }
    }
}

impl Shelf {
    /// Keeps `key`; its id.
    pub(crate) fn put(&mut self, key: OfferKey) -> String {
        self.next += 1;
        let id = format!("offer-{:x}-{}", self.run, self.next);
        self.kept.push_back((id.clone(), Instant::now(), key));
        while self.kept.len() > KEPT || self.kept.front().is_some_and(|(_, at, _)| at.elapsed() > FOR) {
            self.kept.pop_front();
        }
        id
    }

    /// What offer `id` is booked with, while it is kept.
    pub(crate) fn get(&self, id: &str) -> Option<OfferKey> {
        self.kept
            .iter()
            .rev()
            .find(|(kept, at, _)| kept == id && at.elapsed() <= FOR)
            .map(|(_, _, key)| key.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(n: i64) -> OfferKey {
        OfferKey::Fasttrak { quote_package_id: n, quote_id: n, pickup: None }
    }

    #[test]
    fn an_offer_is_found_by_its_id_and_an_unknown_id_finds_nothing() {
        let mut shelf = Shelf::default();
        let one = shelf.put(key(1));
        let two = shelf.put(key(2));
        assert_ne!(one, two);
        assert_eq!(shelf.get(&one), Some(key(1)));
        assert_eq!(shelf.get(&two), Some(key(2)));
        assert_eq!(shelf.get("offer-forged-1"), None, "an id the core never gave books nothing");
    }

    #[test]
    fn only_the_newest_are_kept() {
        let mut shelf = Shelf::default();
        let first = shelf.put(key(0));
        for n in 1..=KEPT as i64 {
            shelf.put(key(n));
        }
        assert_eq!(shelf.get(&first), None, "the oldest made room");
        assert_eq!(shelf.kept.len(), KEPT);
    }
}
