//! The exactly-once invariants, checked between the journal and a sandbox's own state (its
//! state files): what the soak and the kill -9 tests assert, and what a trainer can run after
//! a session of faults. The sandbox's files stand in for the supplier's database, which the
//! real suppliers do not show us.
//!
//! - every attempt is settled, or still open (in doubt) — never guessed;
//! - every confirmed booking attempt has exactly one trip at the supplier, and holds it;
//! - no attempt made two trips, and none said `not_made`/`rejected` has one;
//! - every trip at the supplier belongs to an attempt and is in the history;
//! - a trip's cancelled state agrees between history and supplier (unless its cancellation is
//!   still open).

use std::collections::{HashMap, HashSet};

use history::{Attempt, AttemptKind, AttemptState, History, Supplier};
use serde_json::Value;

use crate::Result;
use crate::booking::ATTEMPT_SYSTEM;

/// What the audit found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Attempts in the journal.
    pub attempts: usize,
    /// Attempts that made more than one trip.
    pub duplicates: usize,
    /// Trips lost: confirmed without a trip, a trip for an attempt said not made, a trip no
    /// attempt or no history row knows.
    pub lost: usize,
    /// Trips wrongly matched: an attempt holding another trip, a cancelled state that disagrees.
    pub wrong: usize,
    /// Attempts still open.
    pub in_doubt: usize,
    /// One line per problem.
    pub problems: Vec<String>,
}

impl Report {
    /// Whether nothing was lost, doubled or wrongly matched.
    pub fn clean(&self) -> bool {
        self.duplicates == 0 && self.lost == 0 && self.wrong == 0
    }

    /// The one-line summary: `N attempts, F faults injected: 0 duplicates, 0 lost, ...`.
    pub fn line(&self, faults: u64) -> String {
        format!(
            "{} attempts, {faults} faults injected: {} duplicates, {} lost, {} wrongly matched, {} in doubt",
            self.attempts, self.duplicates, self.lost, self.wrong, self.in_doubt
        )
    }
}

/// The attempt key an attempt sent: FTBook's TRANSFERDESK identity, FASTTRAK's `attemptKey`.
fn key_of(attempt: &Attempt) -> Option<String> {
    match attempt.supplier {
        Supplier::Ftbook => attempt.draft["booking"]["identities"]
            .as_array()?
            .iter()
            .find(|i| i["system"] == ATTEMPT_SYSTEM)
            .and_then(|i| i["number"].as_str().map(str::to_owned)),
        Supplier::Fasttrak => attempt.draft["attemptKey"].as_str().map(str::to_owned),
    }
}

/// The supplier's trips by the attempt key they carry, each as (id, cancelled).
fn trips(ftbook: &Value, fasttrak: &Value) -> HashMap<String, Vec<(String, bool)>> {
    let mut trips: HashMap<String, Vec<(String, bool)>> = HashMap::new();
    let bookings = ftbook["bookings"].as_object().cloned().unwrap_or_default();
    for segment in ftbook["segments"].as_object().cloned().unwrap_or_default().values() {
        let reference = segment["bookingReference"].as_str().unwrap_or_default();
        let key = bookings
            .get(reference)
            .and_then(|b| b["identities"].as_array().cloned())
            .unwrap_or_default()
            .iter()
            .find(|i| i["system"] == ATTEMPT_SYSTEM)
            .and_then(|i| i["number"].as_str().map(str::to_owned))
            .unwrap_or_default();
        let ftresid = segment["ftresid"].as_str().unwrap_or_default().to_owned();
        trips.entry(key).or_default().push((ftresid, segment["cancelled"] == true));
    }
    for reservation in fasttrak["reservations"].as_object().cloned().unwrap_or_default().values() {
        let key = reservation["referencePO"]
            .as_str()
            .and_then(|po| po.split_whitespace().find(|w| w.starts_with("TD-")).map(str::to_owned))
            .unwrap_or_default();
        let id = reservation["reservationId"].as_i64().unwrap_or_default().to_string();
        trips.entry(key).or_default().push((id, reservation["reservationStatus"] == "Cancelled"));
    }
    trips
}

/// Audits `profile`'s journal and history against the sandbox's FTBook and FASTTRAK state.
pub fn audit(history: &History, profile: &str, ftbook: &Value, fasttrak: &Value) -> Result<Report> {
    let all = history.all_attempts(profile)?;
    let trips = trips(ftbook, fasttrak);
    let mut report = Report { attempts: all.len(), ..Report::default() };
    let mut keys = HashSet::new();
    for attempt in all.iter().filter(|a| a.kind == AttemptKind::Book) {
        let Some(key) = key_of(attempt) else { continue };
        keys.insert(key.clone());
        let made = trips.get(&key).map_or(&[][..], Vec::as_slice);
        if made.len() > 1 {
            report.duplicates += 1;
            report.problems.push(format!("attempt {} made {} trips", attempt.id, made.len()));
        }
        match (attempt.state, made.first()) {
            (AttemptState::Confirmed, None) => {
                report.lost += 1;
                report.problems.push(format!("attempt {} confirmed without a trip", attempt.id));
            }
            (AttemptState::Confirmed, Some((id, _)))
                if attempt.segment_ref.as_deref() != Some(id.as_str()) =>
            {
                report.wrong += 1;
                report.problems.push(format!(
                    "attempt {} holds {:?}; its trip is {id}",
                    attempt.id, attempt.segment_ref
                ));
            }
            (AttemptState::NotMade | AttemptState::Rejected, Some((id, _))) => {
                report.lost += 1;
                report.problems.push(format!(
                    "attempt {} said {:?}, but its trip {id} exists",
                    attempt.id, attempt.state
                ));
            }
            (AttemptState::Pending | AttemptState::Unknown, _) => report.in_doubt += 1,
            _ => {}
        }
    }
    let open_cancels: HashSet<String> = all
        .iter()
        .filter(|a| a.kind != AttemptKind::Book && a.state.is_open())
        .filter_map(|a| a.booking_reference.clone())
        .collect();
    for (key, made) in &trips {
        if !keys.contains(key) {
            report.lost += made.len();
            report.problems.push(format!("trips {made:?} belong to no attempt"));
            continue;
        }
        for (id, cancelled) in made {
            match history.segment(profile, id)? {
                None if keys.contains(key)
                    && all.iter().any(|a| key_of(a).as_deref() == Some(key) && a.state.is_open()) =>
                {
                    // Its attempt is still open: the trip is found when it is reconciled.
                }
                None => {
                    report.lost += 1;
                    report.problems.push(format!("trip {id} is at the supplier but not in history"));
                }
                Some(row)
                    if row.cancelled != *cancelled && !open_cancels.contains(&row.booking_reference) =>
                {
                    report.wrong += 1;
                    report.problems.push(format!(
                        "trip {id}: history says cancelled={}, the supplier cancelled={cancelled}",
                        row.cancelled
                    ));
                }
                Some(_) => {}
            }
        }
    }
    Ok(report)
}
